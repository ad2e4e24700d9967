#!/usr/bin/env python3
"""Fifty-third held-out part (h53-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout53.py           # write pages/h53-*.html
    python benchmarks/data/extraction/make_heldout53.py --check   # verify pages/h53-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout53.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout54.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h53_en.py / articles_h53_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: roadworks trackers on stories about roads, bridges, bus diversions and street repairs --
the list of road closures and diversions with their dates, the "view the roadworks map" link, the line asking readers
to report a pothole or another road fault, the live badge counting the disruptions on local roads --, pollen
forecasts on stories about spring, hay fever, allergies, parks and grass cutting -- today's pollen count by type with
its level as a table, the five-day outlook as a row of days, the hay-fever advice box with its list, the "get pollen
alerts" link --, and broadband checkers on stories about broadband, rural connectivity, mobile masts and digital
exclusion -- the "is full fibre available at your address?" postcode form, the speed-checker result card as a
definition list, the table of providers with their speeds, the "register your interest" link --), their wrapper class
names, related headlines, site names, the sites' own strings in the earlier layouts and the first-round furniture
strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..52, nor
their labels, furniture strings, widget rows, headlines or site names; verify() refuses to build if one is reused, if
a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier pool, family list,
template family or docstring, if a story paragraph or headline of an earlier part (h51 and h52 included) recurs, if a
headline is also a story paragraph, or if a body is outside 150-400 words.  Every name and number is fictional.
(h39's air-quality and pollen widgets -- an air-quality index with a table of monitoring sites and a pollen count --,
h30's travel-disruption list, h44's traffic cameras and h50's pothole reports are other families with other wordings
and markup; the pollen forecast here is a new family by name, wording and markup, and so is the roadworks tracker.)
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages: roadworks trackers on a regional portal's story
about a river bridge closing for ten weeks with three bus routes diverted (on the new layout), a Turkish
municipality's resurfacing of its main street (on the municipality's own page), a German town's bridge repair with
bus diversions and a Russian district road's repair with a detour; pollen forecasts on an early, heavy grass-pollen
season, an English council's parks manager explaining why a third of the verges are left unmown (an interview), a
French city adapting its mowing and planting for allergy sufferers (on the city's own site) and olive pollen filling
a Spanish district's surgeries; broadband checkers on an English village digging its own trench for fibre, parents
opposing a phone mast beside a primary school in a village without signal, a Turkish mountain village getting fibre
and a Russian district newspaper's story on fibre reaching twelve villages (on the new layout).  Earlier families that
need a reason in the story are placed the same way (score-centre links on a women's cricket cup final, a calendar row
on a neighbours' association's fiesta programme, a gallery link on a retired postman's photo exhibition); the other
generic families are balanced over the part, leaving out those the page's site would not print (the story's "kind":
a city or a municipality -- no newspaper furniture --, a village website or a neighbours' association, an independent
publication on Medium, which prints no ads, app, push or print prompts, comment counters, press-standards or topic
lines, and of the newsletter family only its appeal for money); a correction box goes only on a story that was
corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes, badges, cards and
widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans, forms, definition lists and
tables, and, for a few families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share
line, the roadworks-map link, the pollen-alerts link, the register-your-interest link) or a bold section tag run into
the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a style
format of the rich text editor on the new layout), whole paragraphs in bold (interview questions, a one-line quote) or
italics, a highlighted sentence (the editor's background colour on the new layout, a marker elsewhere), a paragraph
in a box (the editor's inline-styled div on the new layout, a CKEditor style on the municipality's Drupal page), a fact
box holding a subheading and its list (the new layout's info box and a Fusion custom embed), a Ghost callout card, a
paragraph typed after a <br>; story structures that look like furniture but are the story: question-and-answer
interviews (bold questions, some of one or two words, in English, German, French and Russian: a parks manager, a
chimney sweep, a school-bus driver, a village postwoman), lists inside the story (diverted bus routes in two
languages, closed streets, a fiesta programme, a market's opening hours), crossheads as headings and as bold
paragraphs, one-line quotes and short one-line paragraphs ("We did it with spades.", "Nobody comes in because of the
internet."), a closing line with practical information (opening hours, prices, phone numbers, training times), and
story sentences that mention furniture words in ordinary reporting ("Cookies, tea and a soldering iron" opening a
repair café story, "Follow the link in the text message" opening a Medium post about helping people offline, a
parish magazine's 610 subscribers, a library's newsletter, a Turkish headman selling cookies as a girl, a village
messenger group's subscribers, a retired postman's photos, "Comparte el programa con tus vecinos" closing a fiesta
programme, "contact the group" closing the fibre story), some at the start or end of the story where furniture
usually sits.  Two pages carry no residue at all and one only its correction line.
One page layout is new (modx: a MODX Revolution site, as an English regional news portal and a Russian district
newspaper serve an article, on two pages, an English and a Russian one): the head with the <base href> MODX templates
set from [[++site_url]], the title filled from [[*pagetitle]] and [[++site_name]], the description from the
introtext, the template's assets/templates/... favicon and custom stylesheet and the MinifyX extra's cached bundles
(assets/components/minifyx/cache/styles_*.min.css and scripts_*.min.js), Tickets' stylesheet, TicketsConfig and script
on the newspaper, Google's gtag with its consent default on the portal; the header chunk (logo, tagline, the
SimpleSearch form as its default chunk prints it: form.sisea-search-form with its fieldset, label and hidden id), the
pdoMenu menu (ul.nav with first / active / last classes on the items, relative links under the base href); pdoCrumbs'
ol.breadcrumb; the resource (h1 from the pagetitle, the publishedon date, the author TV, the introtext as the lead,
the image TV through phpThumbOf's cache with the caption and photo-credit TVs, [[*content]] as the rich text editor
saved it -- <p> paragraphs, on the portal two paragraphs sometimes typed as one with an empty line (<br /><br />)
between them, on the newspaper paragraphs justified with inline styles and an &nbsp; paragraph before each h3, lists,
inline styles, lines editors pasted in --, the source TV line, tagLister's tag links, AddToAny or Yandex share
buttons, the newspaper's hits counter); the comments (Disqus' embed on the portal, Tickets' comment list and form on
the newspaper); pdoResources' related list (div.news-item with phpThumbOf thumbnails) and the sidebar's latest news;
the FormIt chunk (a subscription form on the portal, a news-tip feedback form on the newspaper, both with FormIt's
nospam:blank field); the footer chunk with the publisher's details, links, the developer's credit, and the
Yandex.Metrika and LiveInternet counters on the newspaper; the template's cookie notice.  The platform's, the
extras' and the theme's generic strings (MODX_CORE, per language, and the checker form's field label) are left as
developers leave them and not checked; the sites' own strings (MODX: menus, tagline, titles, the source TV's value,
the form chunk's texts, footer texts, readers' comments) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h51 or h52 gave it (9 English pages, 3 in each other language); while a page is rendered, the
earlier modules' related headlines, the strings that belong to one site rather than to the platform (see
SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's own, and the
templates get this part's furniture strings (UI53) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout52.py, so that make_pages.py can import this module and merge it the same way.
Standard library only; deterministic (each page's choices are seeded from its id).
"""
import collections
import contextlib
import copy
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
from make_pages import E, A, UI  # noqa: E402
from articles_h53_en import ARTICLES as H53_EN  # noqa: E402
from articles_h53_intl import ARTICLES as H53_INTL  # noqa: E402

ARTICLES = H53_EN + H53_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52)
# parts whose layouts' languages this part avoids (the two before it; h54 is written at the same time)
LANG_PARTS = (mp51, mp52)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h53"

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Caldmoor Gazette & Echo", "Coldwell Vale Clarion", "Saltwick Harbour Herald", "Kettleby Lantern",
           "Upper Tansley Chronicle", "Brackenhurst Bugle Online", "Kingsmere Wicket & Town"],
    "tr": ["Yaylaköy Haber Hattı", "Hacıbekir Mahalle Gazetesi"],
    "de": ["Lehnbacher Tageskurier", "Lautertaler Bergbote", "Kaltenbronner Stadtspiegel"],
    "fr": ["L'Éclaireur de Lamothe", "Le Plateau de Saint-Péran"],
    "es": ["La Voz de Villanueva del Olivar", "Crónica de Peñarrubia"],
    "ru": ["Липовский районный курьер"],
}
# sites fixed per page (the two MODX sites, a village website on uCoz, a municipality on Drupal, a city on TYPO3, a
# neighbours' association on Ghost, an independent publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h52 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The audio clip here is held back until you allow third-party cookies", "Embedded map hidden: it needs functional cookies switched on"],
        "tr": ["Buradaki ses kaydı, üçüncü taraf çerezlere izin verene kadar bekletiliyor", "Gömülü harita gizlendi: işlevsel çerezlerin açık olması gerekiyor"],
        "de": ["Der Audiobeitrag an dieser Stelle wartet, bis Sie Drittanbieter-Cookies erlauben", "Eingebettete Karte ausgeblendet: Dafür müssen funktionale Cookies aktiv sein"],
        "fr": ["L'extrait sonore prévu ici reste bloqué tant que les cookies tiers ne sont pas autorisés", "Carte intégrée masquée : elle nécessite les cookies fonctionnels"],
        "es": ["El audio de este punto espera a que permitas las cookies de terceros", "Mapa incrustado oculto: necesita las cookies funcionales activadas"],
        "ru": ["Аудиозапись здесь появится, когда вы разрешите сторонние cookie", "Встроенная карта скрыта: для неё нужны функциональные cookie"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["The {site} Breakfast Bulletin lands at 7am, free, Monday to Saturday", "That was your third free article this month. Subscribers read on for 90p a week",
               "Help keep a reporter at the town hall: chip in to {site}"],
        "tr": ["{site} Kahvaltı Bülteni pazartesiden cumartesiye sabah 7'de ücretsiz", "Bu ay üçüncü ücretsiz haberinizi okudunuz. Aboneler haftada 5 liraya devam ediyor",
               "Belediyede bir muhabir tutmamıza yardım edin: {site}'e katkıda bulunun"],
        "de": ["Das {site}-Frühstücksbriefing kommt um 7 Uhr, gratis, Montag bis Samstag", "Das war Ihr dritter freier Artikel in diesem Monat. Abonnenten lesen für 2,49 € pro Woche weiter",
               "Damit weiter jemand im Rathaus sitzt: Geben Sie {site} etwas dazu"],
        "fr": ["Le Bulletin du petit-déjeuner, signé {site}, arrive à 7 h, gratuit, du lundi au samedi", "C'était votre troisième article offert ce mois-ci. Les abonnés continuent pour 1,90 € par semaine",
               "Pour qu'un journaliste reste à la mairie : participez à {site}"],
        "es": ["El Boletín del desayuno de {site} llega a las 7, gratis, de lunes a sábado", "Era tu tercera noticia gratis este mes. Los suscriptores siguen por 1,90 € a la semana",
               "Ayuda a que siga habiendo un periodista en el pleno: colabora con {site}"],
        "ru": ["Утренний бюллетень «{site}» приходит в 7:00 бесплатно с понедельника по субботу", "Это был ваш третий бесплатный материал в этом месяце. Подписчики читают дальше за 49 рублей в неделю",
               "Чтобы на заседаниях райсовета был корреспондент: поддержите «{site}»"],
    },
    "share": {  # the first wording is a list of networks (" · ")
        "en": ["Pass it on: WhatsApp · Threads · Nextdoor · Copy link", "Know someone on this road? They'll want to see this"],
        "tr": ["İletin: WhatsApp · Threads · Telegram · Bağlantıyı kopyala", "Bu yolda oturan birini tanıyor musunuz? Bunu görmek isteyecektir"],
        "de": ["Weitergeben: WhatsApp · Threads · Signal · Link kopieren", "Kennen Sie jemanden aus der Straße? Den interessiert das bestimmt"],
        "fr": ["Faire suivre : WhatsApp · Threads · Signal · Copier le lien", "Un voisin de cette rue ? Faites-lui suivre, ça le concerne"],
        "es": ["Pásalo: WhatsApp · Threads · Telegram · Copiar enlace", "¿Un vecino de esta calle? Reenvíaselo, le afecta"],
        "ru": ["Переслать: ВКонтакте · Одноклассники · Telegram · Скопировать ссылку", "Сосед с этой улицы? Перешлите ему, это его касается"],
    },
    "photo": {
        "en": ["Picture supplied by a reader", "Photograph taken for {site} with permission"],
        "tr": ["Bu kareyi bir okurumuz yolladı", "Fotoğraf {site} için izinle çekildi"],
        "de": ["Bild von einer Leserin zur Verfügung gestellt", "Aufnahme mit Erlaubnis für {site} entstanden"],
        "fr": ["Image adressée à la rédaction par une lectrice", "Photo prise pour {site} avec autorisation"],
        "es": ["Imagen enviada por una lectora", "Fotografía tomada para {site} con permiso"],
        "ru": ["Этот кадр прислала читательница", "Фото сделано для «{site}» с разрешения"],
    },
    "copyright": {
        "en": ["This article may not be copied, scraped or republished without a licence from {site}."],
        "tr": ["Bu haber {site}'ten lisans alınmadan kopyalanamaz, otomatik olarak toplanamaz ya da yeniden yayımlanamaz."],
        "de": ["Dieser Artikel darf ohne Lizenz von {site} weder kopiert noch automatisiert ausgelesen oder erneut veröffentlicht werden."],
        "fr": ["Cet article ne peut être copié, aspiré ou republié sans licence accordée par {site}."],
        "es": ["Esta noticia no puede copiarse, extraerse de forma automática ni republicarse sin licencia de {site}."],
        "ru": ["Материал нельзя копировать, собирать автоматически или публиковать повторно без лицензии «{site}»."],
    },
    "section": {
        "en": ["Out of the {section} notebook", "Latest from {section} »"],
        "tr": ["{section} defterimizden", "{section} bölümünden en yeniler »"],
        "de": ["Aus dem {section}-Notizbuch", "Neu im Ressort {section} »"],
        "fr": ["Tiré du carnet {section}", "Du nouveau en rubrique {section} »"],
        "es": ["Del cuaderno de {section}", "Lo último de {section} »"],
        "ru": ["Из блокнота раздела «{section}»", "Свежее в разделе «{section}» »"],
    },
    "related": {
        "en": ["Elsewhere this week", "More from the patch"],
        "tr": ["Bu hafta başka neler oldu", "Çevreden başka haberler"],
        "de": ["Sonst noch diese Woche", "Mehr aus dem Verbreitungsgebiet"],
        "fr": ["Ailleurs cette semaine", "Encore du secteur"],
        "es": ["En otras noticias esta semana", "Más de nuestra zona"],
        "ru": ["Другие новости недели", "Ещё из нашей округи"],
    },
    "symbol": {"*": ["◆ ◇ ◆ ◇ ◆ ◇ ◆", "❧ ~ ❧ ~ ❧ ~", "▪ ▪ ▪ ▪ ▪", "✶ · ✶ · ✶ · ✶ · ✶"]},
    "credit": {
        "en": ["Additional reporting by the {site} court and council team", "Graphics by {site}'s visual desk"],
        "tr": ["Ek haberler: {site} adliye ve belediye ekibi", "Grafikler: {site} görsel masası"],
        "de": ["Mitarbeit: das Gerichts- und Rathausteam von {site}", "Grafiken: Visual Desk von {site}"],
        "fr": ["Avec la contribution du pôle justice et mairie ({site})", "Infographies : pôle visuel, {site}"],
        "es": ["Con información adicional del equipo de tribunales y ayuntamiento de {site}", "Gráficos: mesa visual de {site}"],
        "ru": ["При участии отдела суда и власти «{site}»", "Инфографика: визуальная служба «{site}»"],
    },
    "ad": {
        "en": ["Advert · the report resumes after this", "Local businesses help pay for {site}'s journalism"],
        "tr": ["Reklam · haber bu alanın ardından sürüyor", "Yerel işletmeler {site}'in gazeteciliğini destekliyor"],
        "de": ["Werbung · weiterscrollen zum Artikel", "Lokale Firmen finanzieren den Journalismus von {site} mit"],
        "fr": ["Publicité · l'article reprend après cet encart", "Les commerces du coin financent le journalisme de notre rédaction"],
        "es": ["Publicidad · la noticia sigue tras este espacio", "Los comercios de la zona ayudan a pagar el periodismo de {site}"],
        "ru": ["Реклама · листайте, чтобы читать дальше", "Местные предприниматели помогают оплачивать журналистику «{site}»"],
    },
    "continue": {
        "en": ["Read the full article ↓", "Expand to carry on reading"],
        "tr": ["Haberin tamamını okuyun ↓", "Okumaya devam etmek için genişletin"],
        "de": ["Ganzen Artikel lesen ↓", "Zum Weiterlesen bitte aufklappen"],
        "fr": ["Lire l'article complet ↓", "Déployer pour poursuivre la lecture"],
        "es": ["Leer la noticia completa ↓", "Despliega para seguir leyendo"],
        "ru": ["Читать полностью ↓", "Раскрыть оставшуюся часть текста"],
    },
    "comments": {
        "en": ["{n} readers have had their say ›", "{n} comments and counting: add yours"],
        "tr": ["{n} okur görüşünü yazdı ›", "Siz de yazın: {n} yorum"],
        "de": ["{n} Leser haben schon mitdiskutiert ›", "Ihre Meinung: {n} Kommentare"],
        "fr": ["{n} lecteurs ont donné leur avis ›", "À vous : {n} commentaires"],
        "es": ["{n} lectores ya han opinado ›", "{n} comentarios y subiendo: deja el tuyo"],
        "ru": ["Высказались {n} читателей ›", "Под материалом {n} комментариев, добавьте свой"],
    },
    "readtime": {
        "en": ["A {m}-minute read, roughly one cup of tea", "{m}-minute read ☕"],
        "tr": ["Yaklaşık {m} dakika, bir çay içimi", "{m} dakikalık okuma ☕"],
        "de": ["Rund {m} Minuten, etwa eine Tasse Kaffee lang", "{m} Minuten Lesestoff ☕"],
        "fr": ["Environ {m} minutes, le temps d'un café", "Lecture de {m} minutes ☕"],
        "es": ["Unos {m} minutos, lo que dura un café", "Lectura de {m} minutos ☕"],
        "ru": ["Около {m} минут — как раз на чашку чая", "Читать {m} минуты ☕"],
    },
    "updated": {
        "en": ["Online since {d} · last revised {t}", "This story was updated at {t} with a response from the council"],
        "tr": ["{d} tarihinden beri yayında · son düzenleme {t}", "Bu haber saat {t}'da belediyenin yanıtıyla güncellendi"],
        "de": ["Zuerst erschienen am {d} · aktualisiert {t} Uhr", "Dieser Artikel wurde um {t} Uhr um eine Stellungnahme der Stadt ergänzt"],
        "fr": ["Publié pour la première fois le {d} · mis à jour à {t}", "Article mis à jour à {t} avec la réponse de la mairie"],
        "es": ["Publicada por primera vez el {d} · actualizada a las {t}", "Noticia actualizada a las {t} con la respuesta del ayuntamiento"],
        "ru": ["На сайте с {d} · последняя редакция в {t}", "Материал дополнен в {t} ответом администрации"],
    },
    "audio": {
        "en": ["▶ Listen to this story · {m} min", "This report also exists as audio, read by a colleague"],
        "tr": ["▶ Bu haberi dinleyin · {m} dk", "Bu haberi bir meslektaşımız seslendirdi, dinleyebilirsiniz"],
        "de": ["▶ Diesen Bericht anhören · {m} Min.", "Diesen Bericht hat eine Kollegin auch eingesprochen"],
        "fr": ["▶ Écouter cet article · {m} min", "Ce reportage a aussi été lu au micro par un collègue"],
        "es": ["▶ Escucha esta noticia · {m} min", "Un compañero ha grabado esta información en audio"],
        "ru": ["▶ Слушать материал · {m} мин", "Этот репортаж коллега начитал в аудиоформате"],
    },
    "correction": {
        "en": ["Correction: a figure in this report has been amended since it was first published."],
        "tr": ["Düzeltme: Bu haberdeki bir rakam ilk yayımlandıktan sonra düzeltildi."],
        "de": ["Korrektur: Eine Zahl in diesem Bericht wurde nach der ersten Veröffentlichung berichtigt."],
        "fr": ["Rectificatif : un chiffre de cet article a été corrigé après sa première publication."],
        "es": ["Fe de errores: una cifra de esta información se ha corregido tras su primera publicación."],
        "ru": ["Исправление: одна из цифр в материале уточнена после первой публикации."],
    },
    "app": {
        "en": ["Get {site} on your phone: free on iOS and Android", "Read the rest of this in the {site} app ›"],
        "tr": ["{site} telefonunuzda: iOS ve Android'de ücretsiz", "Haberin devamını {site} uygulamasında okuyun ›"],
        "de": ["{site} als App fürs Telefon, gratis für iOS und Android", "Den Rest in der App von {site} lesen ›"],
        "fr": ["{site} en appli sur votre mobile, gratuite sur iOS et Android", "Lire la suite dans l'appli {site} ›"],
        "es": ["{site} en tu móvil: gratis en iOS y Android", "Lee el resto en la app de {site} ›"],
        "ru": ["«{site}» в телефоне: бесплатно для iOS и Android", "Остаток текста — в приложении «{site}» ›"],
    },
    "bio": {
        "en": ["{by} is {site}'s {section} reporter. Story ideas welcome.", "More stories by {by} »"],
        "tr": ["{by}, {site}'in {section} muhabiri. Haber önerilerinizi bekliyor.", "{by} imzalı diğer haberler »"],
        "de": ["{by} ist Reporterin bzw. Reporter für {section} bei {site}. Themenhinweise willkommen.", "Weitere Artikel von {by} »"],
        "fr": ["{by} couvre la rubrique {section} à {site} et attend vos idées de sujets.", "Autres articles de {by} »"],
        "es": ["{by} lleva la sección de {section} en {site} y espera tus propuestas de temas.", "Más noticias de {by} »"],
        "ru": ["{by} — корреспондент раздела «{section}» в «{site}». Присылайте темы.", "Другие материалы автора »"],
    },
    "tip": {
        "en": ["Spotted something on your street the paper should chase? WhatsApp 07700 900 413", "In confidence, write to newsroom@tipline.example with what you know"],
        "tr": ["Sokağınızda gazetenin peşine düşmesi gereken bir şey mi var? WhatsApp: 0532 900 04 13", "Bildiklerinizi gizlilik içinde haber@ihbarhatti.example adresine yazın"],
        "de": ["Etwas in Ihrer Straße, dem die Zeitung nachgehen sollte? WhatsApp an 0151 900 413", "Was Sie wissen, vertraulich an redaktion@hinweisgeber.example"],
        "fr": ["Un sujet dans votre rue que le journal devrait creuser ? WhatsApp au 06 00 90 04 13", "Ce que vous savez, en toute confidentialité : redac@signalement.example"],
        "es": ["¿Algo en tu calle que el periódico debería investigar? WhatsApp al 600 900 413", "Cuéntanos lo que sabes con total reserva en redaccion@chivatazo.example"],
        "ru": ["На вашей улице происходит то, чем стоит заняться газете? WhatsApp: 8 900 900-04-13", "Всё, что знаете, — конфиденциально на redakciya@soobshchit.example"],
    },
    "typo": {
        "en": ["Typo or wrong figure spotted? Mark it and hit Ctrl+Enter, and the subeditor on duty gets a note"],
        "tr": ["Yazım ya da rakam hatası mı yakaladınız? İşaretleyip Ctrl+Enter'a basın, nöbetçi editöre not düşsün"],
        "de": ["Tippfehler oder falsche Zahl gefunden? Markieren, Strg+Enter drücken, und die diensthabende Schlussredaktion bekommt eine Notiz"],
        "fr": ["Coquille ou chiffre erroné repéré ? Surlignez, faites Ctrl+Entrée, et le secrétaire de rédaction de permanence reçoit une note"],
        "es": ["¿Una errata o una cifra equivocada? Márcala, pulsa Ctrl+Intro y el corrector de guardia recibe una nota"],
        "ru": ["Нашли опечатку или неверную цифру? Выделите, нажмите Ctrl+Enter — дежурный корректор получит заметку"],
    },
    "push": {
        "en": ["Allow {site} to send you alerts when big local news breaks? Go ahead · Ask me later"],
        "tr": ["Önemli yerel gelişmelerde {site} size bildirim göndersin mi? Olur · Sonra sor"],
        "de": ["Darf {site} Ihnen bei wichtigen Lokalnachrichten Hinweise schicken? Erlauben · Nicht jetzt"],
        "fr": ["Autoriser {site} à vous alerter en cas d'info locale importante ? Autoriser · Pas maintenant"],
        "es": ["¿Permitir que {site} te avise cuando haya noticias locales importantes? Adelante · Pregúntame luego"],
        "ru": ["Присылать вам оповещения «{site}», когда в районе случится что-то важное? Давайте · Спросите позже"],
    },
    "print": {
        "en": ["Print this page · Save as PDF · Email it", "A clean copy for the printer, no adverts"],
        "tr": ["Bu sayfayı yazdır · PDF olarak kaydet · E-postala", "Yazıcı için reklamsız temiz kopya"],
        "de": ["Seite drucken · Als PDF sichern · Mailen", "Saubere Druckfassung ohne Anzeigen"],
        "fr": ["Imprimer la page · Enregistrer en PDF · Envoyer", "Une copie propre pour l'imprimante, sans pub"],
        "es": ["Imprimir la página · Guardar en PDF · Mandar por correo", "Versión apta para impresora"],
        "ru": ["Распечатать страницу · Сохранить в PDF · Отправить", "Версия для принтера"],
    },
    "feedback": {
        "en": ["How useful did you find this article? Very · Quite · Not really"],
        "tr": ["Bu haberi ne kadar faydalı buldunuz? Çok · Oldukça · Pek değil"],
        "de": ["Wie nützlich fanden Sie diesen Artikel? Sehr · Ziemlich · Eher nicht"],
        "fr": ["Dans quelle mesure cet article vous a-t-il servi ? Très · Assez · Pas vraiment"],
        "es": ["¿En qué medida te ha servido esta noticia? Mucho · Bastante · No mucho"],
        "ru": ["Насколько полезной оказалась статья? Очень · Вполне · Не особо"],
    },
    "standards": {
        "en": ["{site} is regulated under the Editors' Code of Practice, which it signed up to in 2014. Complaints go first to the managing editor."],
        "tr": ["{site}, 2014'te imzaladığı basın ahlak esaslarına bağlıdır. Şikâyetler önce yazı işleri müdürüne iletilir."],
        "de": ["{site} hat sich 2014 dem Pressekodex verpflichtet. Beschwerden gehen zuerst an die Chefin vom Dienst."],
        "fr": ["{site} a signé en 2014 la charte de déontologie de la profession. Les réclamations vont d'abord au rédacteur en chef adjoint."],
        "es": ["{site} firmó en 2014 el código deontológico de la profesión. Las quejas van primero a la subdirección."],
        "ru": ["«{site}» в 2014 году присоединилась к кодексу профессиональной этики. Жалобы сначала рассматривает заместитель главного редактора."],
    },
    "topics": {
        "en": ["Kept under: {section}", "Be first to see new {section} stories ›"],
        "tr": ["Şurada arşivlendi: {section}", "Yeni {section} haberlerini ilk siz görün ›"],
        "de": ["Abgelegt im Themenordner {section}", "Neue Artikel zu {section} als Erste sehen ›"],
        "fr": ["Classé au rayon {section} de la rédaction", "Voir en premier les nouveaux articles {section} ›"],
        "es": ["Guardado en la carpeta {section}", "Sé el primero en ver lo nuevo de {section} ›"],
        "ru": ["Материал лежит на полке раздела «{section}»", "Первыми видеть новое в разделе «{section}» ›"],
    },
    "bookmark": {
        "en": ["🔖 Put this aside for Sunday morning"], "tr": ["🔖 Pazar sabahına ayırın"], "de": ["🔖 Für den Sonntagmorgen zurücklegen"],
        "fr": ["🔖 Mettre de côté pour dimanche matin"], "es": ["🔖 Apartar para el domingo por la mañana"], "ru": ["🔖 Отложить до воскресного утра"],
    },
    "poll": {
        "en": ["Quick poll: was the council right? Spot on · Got it wrong · Can't say yet", "See what other readers said"],
        "tr": ["Hızlı anket: Belediye doğru mu yaptı? Evet, yerinde · Hayır, yanlış · Henüz bilmiyorum", "Diğer okurların ne dediğini görün"],
        "de": ["Kurze Umfrage: Hat die Stadt richtig entschieden? Genau richtig · Daneben · Kann ich noch nicht sagen", "Sehen, was andere Leser gesagt haben"],
        "fr": ["Sondage express : la mairie a-t-elle eu raison ? Tout à fait · À côté de la plaque · Trop tôt pour le dire", "Voir ce qu'ont répondu les autres lecteurs"],
        "es": ["Encuesta rápida: ¿ha acertado el ayuntamiento? Acertó · Se equivocó · Aún no lo sé", "Mira qué han contestado otros lectores"],
        "ru": ["Быстрый опрос: права ли администрация? Да · Нет · Не уверен", "Посмотреть, что ответили другие читатели"],
    },
    "embed": {
        "en": ["{handle} posted this on Instagram: tap to view it there", "{handle} filmed this: play it on YouTube"],
        "tr": ["{handle} bunu Instagram'da paylaştı: orada görmek için dokunun", "{handle} bunu çekti: YouTube'da oynatın"],
        "de": ["{handle} hat das auf Instagram gepostet: dort ansehen", "{handle} hat das gefilmt: auf YouTube abspielen"],
        "fr": ["{handle} a publié ceci sur Instagram : à voir là-bas", "{handle} a filmé la scène : à lire sur YouTube"],
        "es": ["{handle} lo publicó en Instagram: tócalo para verlo allí", "{handle} lo grabó: dale al play en YouTube"],
        "ru": ["{handle} выложил это в Instagram: посмотреть там", "{handle} снял это на видео: включить на YouTube"],
    },
    "gallery": {
        "en": ["📷 {g} photos in this gallery", "Browse the gallery ({g}) »"],
        "tr": ["📷 Galeride {g} kare sizi bekliyor", "Galeriye göz atın ({g}) »"],
        "de": ["📷 {g} Aufnahmen warten in der Galerie", "Zur Galerie ({g}) »"],
        "fr": ["📷 {g} clichés vous attendent dans la galerie", "Parcourir la galerie ({g}) »"],
        "es": ["📷 {g} fotos en esta galería", "Ver la galería ({g}) »"],
        "ru": ["📷 {g} фото в галерее", "Листать галерею ({g}) »"],
    },
    "map": {
        "en": ["Enlarge the map", "Map data © OpenStreetMap · Get directions"],
        "tr": ["Haritayı büyük görüntüle", "Harita verileri © OpenStreetMap · Yol tarifi"],
        "de": ["Größere Karte anzeigen", "Kartendaten © OpenStreetMap · Route planen"],
        "fr": ["Afficher une carte plus grande", "Données cartographiques © OpenStreetMap · Itinéraire"],
        "es": ["Ver este mapa a pantalla completa", "Datos del mapa © OpenStreetMap · Cómo llegar"],
        "ru": ["Развернуть карту на весь экран", "Картографические данные © OpenStreetMap · Маршрут"],
    },
    "calendar": {
        "en": ["Save the dates: Apple · Google · Outlook", "Add the whole programme to your calendar (.ics)"],
        "tr": ["Tarihleri kaydedin: Apple · Google · Outlook", "Programın tamamını takviminize ekleyin (.ics)"],
        "de": ["Termine speichern: Apple · Google · Outlook", "Das ganze Programm in den Kalender (.ics)"],
        "fr": ["Notez les dates : Apple · Google · Outlook", "Ajouter tout le programme à votre agenda (.ics)"],
        "es": ["Guarda las fechas: Apple · Google · Outlook", "Añade todo el programa a tu calendario (.ics)"],
        "ru": ["Сохранить даты: Apple · Google · Outlook", "Добавить всю программу в календарь (.ics)"],
    },
    "scores": {
        "en": ["Live scores and results ›", "Results · Fixtures · Tables · Averages"],
        "tr": ["Canlı skorlar ve sonuçlar ›", "Sonuçlar · Maç programı · Tablolar · İstatistikler"],
        "de": ["Live-Ergebnisse und Resultate ›", "Resultate · Termine · Tabellen · Statistiken"],
        "fr": ["Scores en direct et résultats ›", "Résultats · Programme · Classements · Statistiques"],
        "es": ["Marcadores en directo y resultados ›", "Resultados · Jornadas · Tablas · Estadísticas"],
        "ru": ["Онлайн-счёт и результаты ›", "Итоги · Расписание · Таблицы · Статистика"],
    },
    # the three families new in this part
    "roadworks": {  # roadworks trackers: the closures-and-diversions list, the map link, the report-a-fault line, the live badge
        "en": ["Road closures and diversions in your area", "View the roadworks map ›",
               "Report a pothole, a broken streetlight or another road fault", "LIVE · {n} disruptions on local roads right now"],
        "tr": ["Bölgenizdeki yol kapanışları ve alternatif güzergâhlar", "Yol çalışmaları haritasını açın ›",
               "Çukur, yanmayan sokak lambası ya da başka bir yol arızası bildirin", "CANLI · Şu anda yerel yollarda {n} aksama"],
        "de": ["Sperrungen und Umleitungen in Ihrer Umgebung", "Zur Baustellenkarte ›",
               "Schlagloch, defekte Straßenlaterne oder anderen Straßenschaden melden", "LIVE · {n} Verkehrsstörungen auf Straßen in der Region"],
        "fr": ["Fermetures de routes et déviations près de chez vous", "Voir la carte des travaux ›",
               "Signaler un nid-de-poule, un lampadaire éteint ou un autre défaut de voirie", "EN DIRECT · {n} perturbations sur les routes du secteur"],
        "es": ["Cortes de tráfico y desvíos en tu zona", "Ver el mapa de obras ›",
               "Avisa de un bache, una farola fundida u otra avería en la calzada", "EN DIRECTO · {n} incidencias en las carreteras de la zona"],
        "ru": ["Перекрытия и объезды в вашем районе", "Открыть карту дорожных работ ›",
               "Сообщить о яме, неработающем фонаре или другой неисправности дороги", "СЕЙЧАС · {n} затруднений движения на дорогах района"],
    },
    "pollen": {  # pollen forecasts: the count by type, the five-day outlook row, the hay-fever advice box, the alerts link
        "en": ["Today's pollen count by type", "Pollen outlook for the next five days",
               "Hay fever tips for high-count days", "Get pollen alerts by email or text ›"],
        "tr": ["Türlere göre bugünkü polen yoğunluğu", "Önümüzdeki beş günün polen tahmini",
               "Polenin yüksek olduğu günler için saman nezlesi önerileri", "Polen uyarılarını e-posta ya da SMS ile alın ›"],
        "de": ["Pollenflug heute nach Pflanzenart", "Pollenvorhersage für die nächsten fünf Tage",
               "Tipps für Heuschnupfen-Geplagte an starken Flugtagen", "Pollenwarnungen per E-Mail oder SMS erhalten ›"],
        "fr": ["Pollens du jour par espèce", "Prévisions polliniques sur cinq jours",
               "Rhume des foins : les conseils pour les jours à risque élevé", "Recevoir les alertes pollens par courriel ou SMS ›"],
        "es": ["Niveles de polen de hoy por especie", "Previsión de polen para los próximos cinco días",
               "Consejos para alérgicos en los días de niveles altos", "Recibe avisos de polen por correo o SMS ›"],
        "ru": ["Пыльца сегодня: по видам растений", "Прогноз пыльцы на пять дней",
               "Советы при поллинозе в дни высокой концентрации", "Получать оповещения о пыльце по почте или СМС ›"],
    },
    "broadband": {  # broadband checkers: the full-fibre postcode form, the speed-checker card, the provider list, the register link
        "en": ["Is full fibre available at your address?", "Speed check: median download in this area",
               "Broadband providers covering this postcode", "Register your interest in full fibre ›"],
        "tr": ["Adresinizde fiber altyapı var mı?", "Hız testi: bu bölgedeki ortanca indirme hızı",
               "Bu bölgede hizmet veren internet sağlayıcıları", "Fiber altyapı için talebinizi kaydettirin ›"],
        "de": ["Ist Glasfaser an Ihrer Adresse verfügbar?", "Speedtest: mittlere Download-Rate in diesem Gebiet",
               "Internetanbieter für diese Postleitzahl", "Jetzt Interesse an Glasfaser vormerken ›"],
        "fr": ["La fibre est-elle disponible à votre adresse ?", "Test de débit : débit descendant médian dans ce secteur",
               "Fournisseurs d'accès présents à cette adresse", "Manifester votre intérêt pour la fibre ›"],
        "es": ["¿Llega la fibra óptica a tu dirección?", "Test de velocidad: bajada mediana en esta zona",
               "Operadores de banda ancha en este código postal", "Apúntate para recibir la fibra ›"],
        "ru": ["Проведено ли оптоволокно к вашему дому?", "Проверка скорости: медианная скорость загрузки в этом районе",
               "Провайдеры, работающие по этому адресу", "Оставить заявку на подключение оптоволокна ›"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES): the closures list, the map link,
# the report-a-fault line, the live badge; the count by type, the five-day row, the advice box, the alerts link; the
# postcode form, the speed card, the provider list, the register link
NEW_STYLE_WORDING = {"roadworks": [0, 1, 2, 3], "pollen": [0, 1, 2, 3], "broadband": [0, 1, 2, 3]}
# roadworks: road, dates, what happens
ROADWORKS_ROWS = {
    "en": [("B2210 Ferry Road", "14 Sep – 20 Nov", "Closed, diversion via Crossford"), ("Quarry Lane, Holbrook", "21–25 Sep", "Temporary lights"), ("Market Square", "Overnight 28 Sep", "Resurfacing, no access 8pm–6am")],
    "tr": [("Cumhuriyet Caddesi (Saat Kulesi–Hükümet Konağı)", "22–28 Haziran", "Kapalı, İstasyon Caddesi'nden yönlendirme"), ("Değirmen Sokak", "24–26 Haziran", "Tek şerit"), ("Eski Hal Kavşağı", "1 Temmuz gecesi", "Kaplama, 22.00–05.00 kapalı")],
    "de": [("Mühlenstraße (Lehnbachbrücke)", "7.9. – 18.12.", "Vollsperrung, Umleitung über K 12"), ("Lindenallee", "14.–18.9.", "Baustellenampel"), ("Marktplatz", "Nacht zum 20.9.", "Deckenarbeiten, 20–6 Uhr gesperrt")],
    "fr": [("Avenue de la Gare", "du 4 au 15 mai", "Fermée, déviation par le boulevard Carnot"), ("Rue des Tanneurs", "6 et 7 mai", "Circulation alternée"), ("Pont de l'Aulne", "nuit du 12 mai", "Enrobés, fermé de 21 h à 6 h")],
    "es": [("Calle Alfareros", "19–21 de junio", "Cortada, desvío por la avenida del Parque"), ("Camino de la Noria", "22–26 de junio", "Semáforo provisional"), ("Glorieta de la Estación", "Noche del 28 de junio", "Asfaltado, cerrada de 22.00 a 6.00")],
    "ru": [("Дорога райцентр — Липовка", "6 июля — 31 августа", "Закрыта, объезд через Горки"), ("Улица Заводская", "10–14 июля", "Реверсивное движение"), ("Мост через Лужу", "ночь на 20 июля", "Укладка асфальта, закрыт с 22:00 до 6:00")],
}
# pollen: type, level
POLLEN_ROWS = {
    "en": [("Grass", "Very high · 94 grains/m³"), ("Birch", "Low · 8 grains/m³"), ("Nettle", "Moderate · 31 grains/m³")],
    "tr": [("Çayır otları", "Çok yüksek · 88 tane/m³"), ("Zeytin", "Yüksek · 57 tane/m³"), ("Çam", "Düşük · 6 tane/m³")],
    "de": [("Gräser", "stark · 71 Pollen/m³"), ("Birke", "schwach · 9 Pollen/m³"), ("Roggen", "mittel · 23 Pollen/m³")],
    "fr": [("Graminées", "très élevé · 83 grains/m³"), ("Bouleau", "faible · 7 grains/m³"), ("Plantain", "moyen · 26 grains/m³")],
    "es": [("Olivo", "muy alto · 412 granos/m³"), ("Gramíneas", "alto · 64 granos/m³"), ("Plátano de sombra", "bajo · 11 granos/m³")],
    "ru": [("Злаки", "очень высокий · 97 зёрен/м³"), ("Берёза", "низкий · 5 зёрен/м³"), ("Полынь", "средний · 28 зёрен/м³")],
}
# the five-day outlook: day, level
POLLEN_DAYS = {
    "en": [("Mon 11 May", "high ●●●○"), ("Tue 12 May", "very high ●●●●"), ("Wed 13 May", "high ●●●○"), ("Thu 14 May", "moderate ●●○○"), ("Fri 15 May", "moderate ●●○○")],
    "tr": [("4 Mayıs Pzt", "yüksek ●●●○"), ("5 Mayıs Sal", "çok yüksek ●●●●"), ("6 Mayıs Çar", "yüksek ●●●○"), ("7 Mayıs Per", "orta ●●○○"), ("8 Mayıs Cum", "orta ●●○○")],
    "de": [("Mo., 11.5.", "stark ●●●○"), ("Di., 12.5.", "sehr stark ●●●●"), ("Mi., 13.5.", "stark ●●●○"), ("Do., 14.5.", "mittel ●●○○"), ("Fr., 15.5.", "mittel ●●○○")],
    "fr": [("lundi 20 avril", "élevé ●●●○"), ("mardi 21 avril", "très élevé ●●●●"), ("mercredi 22 avril", "élevé ●●●○"), ("jeudi 23 avril", "moyen ●●○○"), ("vendredi 24 avril", "moyen ●●○○")],
    "es": [("lun 4 may", "alto ●●●○"), ("mar 5 may", "muy alto ●●●●"), ("mié 6 may", "alto ●●●○"), ("jue 7 may", "moderado ●●○○"), ("vie 8 may", "moderado ●●○○")],
    "ru": [("пн, 8 июня", "высокий ●●●○"), ("вт, 9 июня", "очень высокий ●●●●"), ("ср, 10 июня", "высокий ●●●○"), ("чт, 11 июня", "средний ●●○○"), ("пт, 12 июня", "средний ●●○○")],
}
HAYFEVER_TIPS = {
    "en": ["Keep windows closed in the early evening", "Wear wraparound sunglasses outdoors", "Shower and change after being outside"],
    "tr": ["Akşamüstü pencereleri kapalı tutun", "Dışarıda güneş gözlüğü takın", "Eve dönünce duş alıp üstünüzü değiştirin"],
    "de": ["Fenster am frühen Abend geschlossen halten", "Draußen eine Sonnenbrille tragen", "Nach dem Heimkommen duschen und umziehen"],
    "fr": ["Garder les fenêtres fermées en début de soirée", "Porter des lunettes de soleil dehors", "Se doucher et se changer en rentrant"],
    "es": ["Cierra las ventanas a primera hora de la tarde", "Usa gafas de sol al salir", "Dúchate y cámbiate de ropa al volver a casa"],
    "ru": ["Держите окна закрытыми ранним вечером", "Носите солнцезащитные очки на улице", "Вернувшись домой, примите душ и переоденьтесь"],
}
# broadband: the speed card's rows (measure, value), the providers (name, top speed)
SPEED_CARD = {
    "en": [("Download", "38 Mbps"), ("Upload", "7 Mbps"), ("Full fibre coverage", "46%")],
    "tr": [("İndirme", "24 Mbps"), ("Yükleme", "4 Mbps"), ("Fiber kapsama", "%38")],
    "de": [("Download", "41 Mbit/s"), ("Upload", "9 Mbit/s"), ("Glasfaserabdeckung", "33 % der Haushalte")],
    "fr": [("Descendant", "52 Mb/s"), ("Montant", "11 Mb/s"), ("Couverture fibre", "61 %")],
    "es": [("Bajada", "87 Mbps"), ("Subida", "40 Mbps"), ("Cobertura de fibra", "72 %")],
    "ru": [("Загрузка", "18 Мбит/с"), ("Отдача", "5 Мбит/с"), ("Покрытие оптоволокном", "29 % домохозяйств")],
}
PROVIDERS = {
    "en": [("Holbrook Fibre Co-op", "up to 900 Mbps"), ("Vale Broadband", "up to 500 Mbps"), ("Skyline Rural 4G", "up to 60 Mbps")],
    "tr": [("Yayla Net", "100 Mbps'ye kadar"), ("Anadolu Fiber", "1000 Mbps'ye kadar"), ("KırsalNet Kablosuz", "50 Mbps'ye kadar")],
    "de": [("Lautertal Glasfaser eG", "bis 1 Gbit/s"), ("Regionet Süd", "bis 250 Mbit/s"), ("Funkwerk LTE Land", "bis 75 Mbit/s")],
    "fr": [("Fibre du Plateau", "jusqu'à 1 Gb/s"), ("Réseau Aulne Numérique", "jusqu'à 500 Mb/s"), ("Campagne 4G Box", "jusqu'à 80 Mb/s")],
    "es": [("Olivar Fibra", "hasta 1 Gbps"), ("Conecta Sierra", "hasta 600 Mbps"), ("Rural Radio Enlace", "hasta 50 Mbps")],
    "ru": [("Зареченский телеком", "до 100 Мбит/с"), ("Оптика-Регион", "до 500 Мбит/с"), ("СельНет 4G", "до 40 Мбит/с")],
}
WIDGET_ROWS = (("roadworks rows", ROADWORKS_ROWS), ("pollen rows", POLLEN_ROWS), ("pollen days", POLLEN_DAYS),
               ("hay fever tips", HAYFEVER_TIPS), ("speed card", SPEED_CARD), ("providers", PROVIDERS))
HEADLINES = {
    "en": ["Lifeboat crew rescue two paddleboarders off Saltwick point", "Village hall wins lottery grant for a new roof",
           "Bakery's sourdough starter turns fifty", "Sixth-formers build a solar-powered bus shelter",
           "Retired vet opens hedgehog hospital in her garage", "Canal lock gates replaced for the first time since 1932"],
    "tr": ["Cankurtaranlar burunda iki kano sporcusunu kurtardı", "Köy konağının çatısına hibe çıktı",
           "Fırının ekşi mayası elli yaşına girdi", "Lise öğrencileri güneş enerjili otobüs durağı yaptı",
           "Emekli veteriner garajında kirpi hastanesi açtı", "Kanal savağının kapakları doksan yıl sonra yenilendi"],
    "de": ["Seenotretter holen zwei Stand-up-Paddler aus dem Wasser", "Dorfgemeinschaftshaus bekommt Zuschuss für neues Dach",
           "Der Sauerteig der Bäckerei Ranft wird fünfzig", "Oberstufenschüler bauen ein Buswartehäuschen mit Solardach",
           "Tierärztin im Ruhestand eröffnet Igelstation in der Garage", "Schleusentore am Kanal erstmals seit 1932 erneuert"],
    "fr": ["La SNSM secourt deux pratiquants de paddle au large de la pointe", "La salle communale obtient une subvention pour sa toiture",
           "Le levain de la boulangerie fête ses cinquante ans", "Des lycéens construisent un abribus solaire",
           "Une vétérinaire retraitée ouvre un hôpital pour hérissons dans son garage", "Les portes de l'écluse remplacées pour la première fois depuis 1932"],
    "es": ["Salvamento rescata a dos palistas frente a la punta del faro", "El centro social del pueblo logra una ayuda para el tejado",
           "La masa madre de la panadería cumple cincuenta años", "Alumnos de bachillerato construyen una marquesina solar",
           "Una veterinaria jubilada abre un hospital de erizos en su garaje", "Cambian las compuertas de la esclusa por primera vez desde 1932"],
    "ru": ["Спасатели сняли с воды двух сапбордистов у мыса", "Сельский клуб получил грант на новую крышу",
           "Закваске местной пекарни исполнилось пятьдесят лет", "Старшеклассники построили остановку на солнечных батареях",
           "Ветеринар на пенсии открыла в гараже приют для ежей", "Ворота шлюза на канале заменили впервые с 1932 года"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["en"]
TEASERS = {
    "en": ["The pair had drifted almost a mile out on an offshore breeze.",
           "The slates had been held on with tarpaulin and hope since 2019.",
           "The baker's grandmother brought it from Gdańsk in a jam jar.",
           "It charges phones and lights itself after dark.",
           "She has nursed 212 hedgehogs back to health since the spring.",
           "The old oak gates were lifted out by a crane in one piece."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Fresh off the newsdesk", "Our towns and parishes", "Crime and the courts", "Jobs, shops and money", "From the touchline: reports and results", "Gigs, shows and days out", "Letters and comment"],
               cookie="This site uses cookies. Some are needed for it to work; others help us understand how it is used and pay for our journalism through advertising. Use the buttons below to allow them all or to keep only the essential ones; the 'Cookie settings' link at the foot of each page lets you think again later.",
               accept="That's fine, let them all through", reject="Necessary only", share="Send this story by email to someone",
               related="Read next from around the county", newsletter="A morning email with the stories that matter where you live",
               subscribe="Send me the morning email", email="you@your-inbox.example",
               comment_note="Commenting needs a free account, and we ask that you keep the tone neighbourly.",
               closed="Comments are now closed on this article.",
               footer=["The people who put this site together", "How to complain about our coverage", "Your personal data and what happens to it", "Taking out an advert, on paper or online", "The small print for using this site"],
               rights="Content on this site is the copyright of its publisher and may not be reproduced in any form without written permission.",
               commenters=[("ferry_road_regular", "Good to see this reported properly for once."),
                           ("Auntie Pat of Holbrook", "Will there be a public meeting? Nobody told us anything.")]),
    "tr": dict(nav=["Bölgeden son dakika", "İlçelerimiz, köylerimiz", "Asayiş, mahkeme ve kazalar", "İş, çarşı ve para", "Maç sonuçları ve özetler", "Bu hafta ne yapsak", "Okur mektupları ve yorum"],
               cookie="Bu site çerez kullanır. Bazıları sitenin çalışması için gereklidir; diğerleri sitenin nasıl kullanıldığını anlamamıza ve reklamla gazeteciliğimizi finanse etmemize yardımcı olur. Aşağıdaki düğmelerle hepsine ya da yalnızca zorunlu olanlara izin verebilirsiniz; her sayfanın altındaki 'Çerez ayarları' bağlantısıyla sonradan fikrinizi değiştirebilirsiniz.",
               accept="Çerezlerin hepsine evet", reject="Sadece gerekli olanlar", share="Bu haberi e-postayla gönder",
               related="İlden okunacak sıradaki haberler", newsletter="Yaşadığınız yerde önemli olan haberler her sabah e-postanızda",
               subscribe="Sabah e-postasını istiyorum", email="siz@gelen-kutunuz.example",
               comment_note="Yorum yazmak için ücretsiz bir hesap açmanız yeterli; komşuca bir dil kullanmanızı rica ederiz.",
               closed="Bu habere artık yorum yapılamıyor.",
               footer=["Bu siteyi hazırlayan ekip", "Haberlerimizle ilgili nasıl şikâyette bulunulur", "Kişisel verilerinizle ne yapıyoruz", "Kâğıtta ya da internette ilan vermek", "Sitenin ev kuralları"],
               rights="Bu sitedeki içeriğin telif hakkı yayıncısına aittir; yazılı izin olmadan hiçbir biçimde çoğaltılamaz.",
               commenters=[("yaylakoylu_mehmet", "Sonunda biri bu işi hakkıyla haber yapmış."),
                           ("Hacıbekirli Nermin", "Halka açık bir toplantı olacak mı? Bize kimse bir şey söylemedi.")]),
    "de": dict(nav=["Das Neueste aus der Region", "Unsere Städte und Gemeinden", "Blaulicht und Justiz", "Arbeit, Läden und Geldbeutel", "Vom Spielfeldrand: Berichte und Resultate", "Konzerte, Bühne und Ausflüge", "Leserbriefe und Kommentare"],
               cookie="Diese Seite verwendet Cookies. Einige sind für den Betrieb nötig; andere helfen uns zu verstehen, wie die Seite genutzt wird, und finanzieren unseren Journalismus über Werbung. Mit den Schaltflächen unten lassen Sie alle zu oder nur die unverzichtbaren; über den Link „Cookie-Einstellungen“ am Fuß jeder Seite können Sie es sich später anders überlegen.",
               accept="In Ordnung, alle Cookies erlauben", reject="Nur die unverzichtbaren Cookies", share="Diesen Bericht jemandem mailen",
               related="Als Nächstes aus dem Landkreis lesen", newsletter="Jeden Morgen eine E-Mail mit dem, was bei Ihnen vor Ort wichtig ist",
               subscribe="Morgen-Mail bestellen", email="sie@ihr-posteingang.example",
               comment_note="Zum Mitreden genügt ein kostenloses Konto, und wir bitten um einen nachbarschaftlichen Ton.",
               closed="Die Kommentarfunktion für diesen Artikel ist geschlossen.",
               footer=["Die Leute hinter dieser Seite", "So beschweren Sie sich über unsere Berichterstattung", "Wie wir Ihre Daten verwenden", "Werben in Zeitung und online", "Hausordnung dieser Website"],
               rights="Die Inhalte dieser Seite sind urheberrechtlich geschützt und dürfen ohne schriftliche Genehmigung des Verlags in keiner Form vervielfältigt werden.",
               commenters=[("Lehnbacher_Karl", "Endlich mal ordentlich berichtet."),
                           ("Gisela aus Oberlehnbach", "Gibt es eine Bürgerversammlung? Uns hat keiner was gesagt.")]),
    "fr": dict(nav=["Les dernières infos du canton", "Nos bourgs et nos hameaux", "Faits divers, tribunal et accidents", "Travail, boutiques et porte-monnaie", "Comptes rendus et résultats sportifs", "Concerts, spectacles et balades", "Courrier des lecteurs et opinions"],
               cookie="Notre site dépose des cookies. Certains sont nécessaires à son fonctionnement ; d'autres nous aident à comprendre son utilisation et financent notre journalisme grâce à la publicité. Les boutons ci-dessous permettent de tous les autoriser ou de ne garder que l'indispensable ; le lien « Réglages des cookies » en pied de chaque page permet de revenir sur ce choix.",
               accept="D'accord, autoriser tous les cookies", reject="Nécessaires uniquement", share="Envoyer l'article par courriel",
               related="À lire ensuite dans le département", newsletter="Chaque matin, un courriel avec les infos qui comptent près de chez vous",
               subscribe="Recevoir le courriel du matin", email="vous@votre-boite.example",
               comment_note="Pour commenter, un compte gratuit suffit ; nous vous demandons de garder un ton de bon voisinage.",
               closed="Les commentaires sont désormais fermés pour cet article.",
               footer=["Les personnes qui font ce site", "Comment contester un de nos articles", "Comment nous utilisons vos données", "Faire de la publicité dans le journal et sur le site", "Le règlement intérieur du site"],
               rights="Les contenus de ce site sont la propriété de leur éditeur et ne peuvent être reproduits sous aucune forme sans autorisation écrite.",
               commenters=[("lamothois_Robert", "Pour une fois, un papier qui prend le sujet au sérieux."),
                           ("Josette de Saint-Péran", "Une réunion est-elle prévue pour les riverains ? On ne nous a rien annoncé.")]),
    "es": dict(nav=["Lo último de la comarca", "Nuestras aldeas y barriadas", "Sucesos, juzgado y accidentes", "Trabajo, tiendas y bolsillo", "Crónicas y resultados deportivos", "Conciertos, teatro y escapadas", "Cartas y opinión"],
               cookie="Este sitio utiliza cookies. Algunas son necesarias para que funcione; otras nos ayudan a entender cómo se usa y a financiar nuestro periodismo con publicidad. Con los botones de abajo puedes permitirlas todas o quedarte solo con las imprescindibles; el enlace «Configuración de cookies», al pie de cada página, te deja cambiar de idea más adelante.",
               accept="Vale, permitir todas las cookies", reject="Solo necesarias", share="Mandar esta información a alguien por correo",
               related="Para leer después en la provincia", newsletter="Cada mañana, un correo con lo que importa donde vives",
               subscribe="Quiero el correo de la mañana", email="tu@tu-bandeja.example",
               comment_note="Para comentar basta una cuenta gratuita, y os pedimos un tono de buenos vecinos.",
               closed="Los comentarios de esta noticia ya están cerrados.",
               footer=["Las personas que hacen esta web", "Cómo reclamar sobre nuestras informaciones", "Cómo usamos tus datos", "Anúnciate en el periódico y en la web", "Normas de uso de este sitio"],
               rights="Los contenidos de este sitio son propiedad de su editor y no pueden reproducirse de ninguna forma sin permiso por escrito.",
               commenters=[("olivarero_de_toda_la_vida", "Al fin alguien lo explica tal cual pasó."),
                           ("Maripaz la del estanco", "¿Habrá reunión con los vecinos? A nosotros no nos han dicho nada.")]),
    "ru": dict(nav=["Последние новости района", "Наши сёла и посёлки", "Происшествия и суд", "Работа, торговля и деньги", "Спортивные отчёты и результаты", "Концерты, спектакли и поездки", "Письма и мнения"],
               cookie="Этот сайт использует cookie. Одни нужны для его работы, другие помогают понять, как сайтом пользуются, и оплачивать нашу журналистику за счёт рекламы. Кнопками ниже можно разрешить все cookie или только обязательные; ссылка «Настройки cookie» внизу каждой страницы позволит передумать позже.",
               accept="Да, разрешаю все cookie", reject="Разрешить лишь те cookie, без которых сайт не работает", share="Отправить статью по почте",
               related="Читайте дальше о жизни области", newsletter="Каждое утро письмо о том, что важно там, где вы живёте",
               subscribe="Хочу получать утреннее письмо", email="vy@vash-yashchik.example",
               comment_note="Для комментариев хватит бесплатной учётной записи, а тон просим держать соседский.",
               closed="Комментарии под этой статьёй больше не принимаются.",
               footer=["Люди, которые делают этот сайт", "Как пожаловаться на нашу публикацию", "Как мы используем ваши данные", "Разместить объявление на бумаге или онлайн", "Внутренние правила сайта"],
               rights="Материалы сайта принадлежат издателю и не могут воспроизводиться в любой форме без письменного разрешения.",
               commenters=[("липовчанин_Николай", "Хоть кто-то толково про это рассказал."),
                           ("Зинаида Ивановна из Горок", "Собрание жителей будет? Нам никто ничего не сказал.")]),
}
UI53 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "MORE FROM THE LANTERN:"},  # the regional layout's inline links
    (mp2, "BIO"): {"en": "{name} has reported on the district's streets, parishes and council chamber for {site} since 2011, and looks after the {section} pages. Letters to localdesk@example.org"},
    (mp4, "READMORE"): {"es": "TAMBIÉN EN LA CRÓNICA:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"en": dict(also="Also on the Bugle")},
    (mp6, "TYPO3"): {"fr": dict(ext="Vidéo de la Ville de Montcalvel sur Dailymotion", note="Une vidéo de la Ville sur la gestion différenciée des espaces verts est intégrée ici. Elle ne se charge depuis Dailymotion qu'avec votre accord ; des données sont alors transmises à Dailymotion.",
                                button="J'accepte, voir la vidéo de la Ville", by="Communiqué du", search="Rechercher sur montcalvel.example",
                                lang_menu="Montcalvel en breton")},
    (mp7, "SANITY"): {"de": dict(nl_title="Lehnbach kompakt", nl_text="Baustellen, Gemeinderat und Vereine: das Wichtigste aus Lehnbach jeden Mittag in Ihrem Postfach.",
                                 nl_button="Lehnbach kompakt abonnieren", nl_placeholder="Ihre Adresse für Lehnbach kompakt")},
    (mp11, "HUGO"): {"en": dict(nl_title="The Wicket on Friday", nl_text="Kingsmere's week in one email, with the weekend's fixtures, every Friday at six.",
                                nl_label="Your email for the Wicket on Friday", nl_button="Send me the Friday email")},
    (mp13, "PUB_NAV"): {"en": ["Latest in the Lowfield Notebook", "Library Tuesdays", "Lowfield streets and people", "About the Notebook"]},
    (mp13, "TEASERS"): {"en": TEASERS["en"]},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Село Озерки: новости, объявления и жизнь нашего села",
                                menu=["Главная села Озерки", "Новости нашего села", "Люди Озерков", "Объявления для сельчан", "Фотоархив Озерков", "Написать администратору"],
                                cats=["Новости нашего села", "Люди Озерков", "Объявления для сельчан"],
                                friends=["Озерковская основная школа", "Озерковский сельский клуб", "Фельдшерский пункт Озерков"],
                                footer="Село Озерки © 2026 · сайт делают односельчане в свободное время",
                                poster="admin_ozerki", tags=["почтальон", "наши люди"],
                                commenters=[("Тоня_Кривцово", "Галина Ивановна, здоровья вам! Без вас бы пропали."),
                                            ("Володя_Лужки", "Помню, как она мне повестку в армию принесла. Тоже с улыбкой.")],
                                style="br", heads="b")},
}
# the platform's own strings that an earlier layout lacks in a language: none needed in this part (Drupal core's
# Turkish translation is in make_heldout3.py)
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
# the new layout: a MODX Revolution site (a regional news portal, a district newspaper): the head with the base href
# and the [[*pagetitle]] - [[++site_name]] title, the template's assets/templates/... files and MinifyX's cached
# bundles, the header chunk (logo, tagline, the SimpleSearch form), the pdoMenu / Wayfinder menu (ul.nav with first /
# active / last classes), pdoCrumbs breadcrumbs, the resource (pagetitle, the publishedon date, the author TV, the
# introtext as a lead, the image TV through phpThumbOf with its caption and photo-credit TV, [[*content]] as the rich
# text editor saved it, the source TV, tagLister's tags, the share buttons), the comments (Disqus on the portal,
# Tickets on the newspaper), pdoResources lists of related and latest news, the FormIt form chunk in the sidebar, the
# footer chunk with the counters, and the template's cookie notice
# --------------------------------------------------------------------------
# the platform's, the extras' and the theme's generic strings (lexicons, TV captions as theme developers name them),
# per language (not checked: they recur on any MODX site)
MODX_CORE = {
    "en": dict(html_lang="en", home="Home", search="Search", tags="Tags", author="Author", source="Source",
               views="Views", disqus_ns="Please enable JavaScript to view the", disqus_link="comments powered by Disqus.",
               name="Name", email="Email", send="Send", months=["January", "February", "March", "April", "May", "June", "July",
                                                                  "August", "September", "October", "November", "December"]),
    "ru": dict(html_lang="ru", home="Главная", search="Поиск", tags="Теги", author="Автор", source="Источник",
               views="Просмотров", comments="Комментарии", write="Написать комментарий", name="Имя", email="Email",
               preview="Предпросмотр", submit="Написать", send="Отправить", phone="Телефон", message="Сообщение",
               months=None),
}
# the sites' own strings: host, template folder, resource ids, menus (titles and aliases), tagline, labels, the
# source TV's value, tags, the form chunk's texts, footer texts, comments, counters
MODX = {
    "Wyvern Vale Today": dict(
        domain="wyvernvaletoday.example", template="wvt2020", text_mode="brrun", comments="disqus", disqus="wyvernvaletoday",
        menu=["Wyvern Vale news", "Getting about the Vale", "Vale towns and parishes", "Business in the Vale", "Health and care", "Sport round the Vale"],
        slugs=["news", "transport", "towns", "business", "health", "sport"],
        tagline="Independent news for the Wyvern Vale since 2014",
        related_title="More on getting around the Vale", latest_title="Just in from the newsroom",
        agency="Wyvern Vale Today, with information from the county highways department",
        tags=["Ashby Ferry", "bus diversions", "bridge repairs"],
        form=dict(title="The Vale at Seven", text="Our free morning briefing: the day's news from the Wyvern Vale before you leave the house.",
                  placeholder="Email address for the Vale at Seven", agree="I agree to Wyvern Vale Today keeping my address to send me the briefing",
                  button="Get the Vale at Seven"),
        footer=["Wyvern Vale Today is published by Vale Community Media CIC, Unit 4, Tanyard Court, Crossford", "News desk: 01632 960 771 · desk@wyvernvaletoday.example"],
        footer_links=["About Wyvern Vale Today", "Tell the Vale newsroom something", "Advertise with Wyvern Vale Today", "Cookie settings on Wyvern Vale Today"],
        developer="Site built by Longbarn Web Studio",
        gtag="G-7WV3K2M9QA", hits=None),
    "Заречанская правда": dict(
        domain="zarech-pravda.example", template="zp2019", text_mode="justify", comments="tickets",
        menu=["Новости Заречанского района", "Сельское хозяйство", "Связь и дороги", "Образование и культура", "Спорт в районе", "Письма читателей «Правды»"],
        slugs=["novosti", "selskoe-hozyajstvo", "svyaz-i-dorogi", "obrazovanie-i-kultura", "sport", "pisma"],
        tagline="Общественно-политическая газета Заречанского района. Выходит с 1931 года",
        related_title="Другие материалы рубрики", latest_title="Свежий номер: главное",
        agency="Редакция газеты «Заречанская правда»",
        tags=["интернет", "сёла района", "цифровое неравенство"],
        form=dict(title="Сообщите новость в редакцию", text="Есть тема для районной газеты? Оставьте сообщение, и корреспондент с вами свяжется.",
                  placeholder="Ваш телефон для связи с корреспондентом", agree="Согласен на обработку персональных данных редакцией «Заречанской правды»",
                  button="Отправить новость в редакцию"),
        footer=["Учредитель: АНО «Редакция газеты „Заречанская правда“»", "Адрес редакции: 412900, с. Заречное, ул. Первомайская, 17 · (000) 2-14-56 · redakciya@zarech-pravda.example",
                "Свидетельство о регистрации СМИ ПИ № ТУ00-00412, знак информационной продукции 16+"],
        footer_links=["О газете «Заречанская правда»", "Подписка на «Заречанскую правду»", "Объявления и реклама в газете", "Архив номеров «Заречанской правды»"],
        developer="Сайт газеты сделан в студии «Заречье-Веб»",
        commenters=[("Нина Сосновская", "У нас в Сосновке обещают к Новому году. Ждём не дождёмся!"),
                    ("Пётр Алексеевич", "А в Грязях что, опять вышку? Мобильный там еле ловит.")],
        metrika="96324185", li="licnt5D9E", hits=1284),
}
MODX_EXEMPT = {"domain", "template", "text_mode", "comments", "disqus", "slugs", "gtag", "metrika", "li", "hits"}


TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                     "u", "f", "h", "cz", "ch", "sh", "shh", "", "y", "", "e", "yu", "ya"]))


def translit_alias(title):
    """The resource alias as the translit extra makes it from a Russian pagetitle (its "russian" table)."""
    low = "".join(TRANSLIT.get(ch, ch) for ch in title.lower())
    return re.sub(r"[^a-z0-9]+", "-", low).strip("-")


def modx_block(kind, val, mode):
    """One block of [[*content]] as the rich text editor saved it."""
    if kind == "p":
        if mode == "justify":
            return '<p style="text-align: justify;">%s</p>' % mp.inline_html(val)
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return ("<p>&nbsp;</p>\n<h3>%s</h3>" if mode == "justify" else "<h3>%s</h3>") % E(val)
    if kind == "q":
        return "<blockquote>\n<p>%s</p>\n</blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def modx_content(art, placed, mode):
    """[[*content]]: the blocks with what editors pasted between them; on the portal (mode "brrun") two plain
    paragraphs in a row were often typed as one, with an empty line (<br /><br />) between them."""
    blocks, n = art["blocks"], len(art["blocks"])
    out, joined = [], False
    for i, (kind, val) in enumerate(blocks):
        out.extend(placed.get(i, []))
        if (mode == "brrun" and not joined and i > 0 and kind == "p" and blocks[i - 1][0] == "p" and not placed.get(i)
                and i not in art["looked"] and i - 1 not in art["looked"] and out and out[-1].startswith("<p>")
                and not blocks[i - 1][1].endswith(":") and i % 2 == 0):
            out[-1] = out[-1][:-4] + "<br />\n<br />\n%s</p>" % mp.inline_html(val)
            joined = True
            continue
        joined = False
        out.append(modx_block(kind, val, mode))
    out.extend(placed.get(n, []))
    return "\n".join(out)


def tpl_modx(art, ui, site, placed, rng):
    # an article page of a MODX Revolution site (see the module docstring)
    lang, title = art["lang"], art["title"]
    c, s = MODX_CORE[lang], MODX[site]
    host = "https://" + s["domain"]
    sec_i = s["menu"].index(art["section"])
    sec, sec_slug = s["menu"][sec_i], s["slugs"][sec_i]
    rid = rng.randint(800, 4800)
    alias = mp13.medium_slug(mp.inline_text(title), 48).lower() if lang == "en" else translit_alias(title)
    path = "%s/%s.html" % (sec_slug, alias)
    url = host + "/" + path
    y, m, d = art["date"].split("-")
    shown = ("%d %s %s" % (int(d), c["months"][int(m) - 1], y)) if c["months"] else "%s.%s.%s" % (d, m, y)
    tpl_dir = s["template"]

    def hx(k):
        return "%0*x" % (k, rng.randint(0, 16**k - 1))

    stamp = rng.randint(1700000000, 1760000000)
    heads = rng.sample(HEADLINES[lang], 6)
    content = modx_content(art, placed, s["text_mode"])
    menu_items = [("/", c["home"])] + [(sl + "/", t) for t, sl in zip(s["menu"], s["slugs"])]
    menu = "\n".join('<li%s><a href="%s" >%s</a></li>' % (
        (' class="%s"' % " ".join(x for x in ("first" if k == 0 else "", "active" if k == sec_i + 1 else "",
                                                 "last" if k == len(menu_items) - 1 else "") if x)) if k in (0, sec_i + 1, len(menu_items) - 1) else "",
        href, E(t)) for k, (href, t) in enumerate(menu_items))
    crumbs = ('<ol class="breadcrumb">\n<li class="breadcrumb-item"><a href="/">%s</a></li>\n'
              '<li class="breadcrumb-item"><a href="%s/">%s</a></li>\n<li class="breadcrumb-item active">%s</li>\n</ol>') % (
        E(c["home"]), sec_slug, E(sec), E(title))
    tags = ", ".join('<a href="tags.html?tag=%s&amp;key=tags" class="tl-tag">%s</a>' % (A(t).replace(" ", "+"), E(t)) for t in s["tags"])
    thumb = "/assets/components/phpthumbof/cache/%s.%s.jpg" % (hx(12), hx(32))

    def row(k, t):
        day = max(1, int(d) - k - 1)
        when = ("%d %s %s" % (day, c["months"][int(m) - 1], y)) if c["months"] else "%02d.%s.%s" % (day, m, y)
        href = "%s/%d-%s.html" % (sec_slug, rid - k - 1, hx(6))
        return ('<div class="news-item">\n<a class="news-item__img" href="%s"><img src="/assets/components/phpthumbof/cache/%s.%s.jpg" alt="" width="240" height="160" loading="lazy"></a>\n'
                '<div class="news-item__body"><span class="news-item__date">%s</span>\n<a class="news-item__title" href="%s">%s</a></div>\n</div>') % (
            href, hx(12), hx(32), when, href, E(t))
    related = "\n".join(row(k, t) for k, t in enumerate(heads[:3]))
    latest = "\n".join('<li><a href="%s/%d.html">%s</a></li>' % (s["slugs"][0], rid + k + 1, E(t)) for k, t in enumerate(heads[3:]))
    if lang == "ru":
        share = '''<div class="article-share">
<script src="https://yastatic.net/share2/share.js"></script>
<div class="ya-share2" data-curtain data-shape="round" data-services="vkontakte,odnoklassniki,telegram,whatsapp"></div>
</div>'''
    else:
        share = '''<div class="article-share">
<div class="a2a_kit a2a_kit_size_32 a2a_default_style">
<a class="a2a_button_facebook"></a>
<a class="a2a_button_whatsapp"></a>
<a class="a2a_button_email"></a>
<a class="a2a_dd" href="https://www.addtoany.com/share"></a>
</div>
<script async src="https://static.addtoany.com/menu/page.js"></script>
</div>'''
    if s["comments"] == "disqus":
        comments = f'''<section class="article-comments">
<div id="disqus_thread"></div>
<script>
var disqus_config = function () {{
this.page.url = '{url}';
this.page.identifier = 'resource-{rid}';
}};
(function() {{
var d = document, s = d.createElement('script');
s.src = 'https://{s["disqus"]}.disqus.com/embed.js';
s.setAttribute('data-timestamp', +new Date());
(d.head || d.body).appendChild(s);
}})();
</script>
<noscript>{E(c["disqus_ns"])} <a href="https://disqus.com/?ref_noscript">{E(c["disqus_link"])}</a></noscript>
</section>'''
    else:
        items = []
        for k, (who, what) in enumerate(s["commenters"]):
            cid = rid * 3 + k
            items.append(f'''<li class="ticket-comment" id="comment-{cid}" data-parent="0" data-newparent="0" data-id="{cid}">
<div class="ticket-comment-body">
<div class="ticket-comment-header">
<div class="ticket-comment-dot-wrapper"><div class="ticket-comment-dot"></div></div>
<img src="https://www.gravatar.com/avatar/{hx(32)}?s=24&amp;d=mm" class="ticket-avatar" alt="" />
<span class="ticket-comment-author">{E(who)}</span>
<span class="ticket-comment-createdon">{d}.{m}.{y}, {rng.randint(9, 22):02d}:{rng.randint(0, 59):02d}</span>
<span class="ticket-comment-link"><a href="{path}#comment-{cid}">#</a></span>
</div>
<div class="ticket-comment-text">{E(what)}</div>
</div>
<ol class="comments-list"></ol>
</li>''')
        comments = f'''<div class="comments">
<h4 class="title">{E(c["comments"])} (<span id="comment-total">{len(items)}</span>)</h4>
<div id="comments-wrapper">
<ol class="comment-list" id="comments">
{chr(10).join(items)}
</ol>
</div>
<div id="comments-tpanel"><div id="tpanel-refresh"></div><div id="tpanel-new"></div></div>
<h4 id="comment-new-link"><a href="#" class="btn btn-default">{E(c["write"])}</a></h4>
<div id="comment-form-placeholder">
<form id="comment-form" action="" method="post" class="well">
<div id="comment-preview-placeholder"></div>
<input type="hidden" name="thread" value="resource-{rid}" />
<input type="hidden" name="parent" value="0" />
<input type="hidden" name="id" value="0" />
<div class="form-group"><label for="comment-name">{E(c["name"])}</label><input type="text" name="name" value="" id="comment-name" class="form-control" /></div>
<div class="form-group"><label for="comment-email">{E(c["email"])}</label><input type="text" name="email" value="" id="comment-email" class="form-control" /></div>
<div class="form-group"><textarea name="text" id="comment-editor" cols="30" rows="10" class="form-control"></textarea></div>
<div class="form-actions"><input type="button" class="btn btn-default preview" value="{A(c["preview"])}" title="Ctrl + Enter" /> <input type="submit" class="btn btn-primary submit" value="{A(c["submit"])}" title="Ctrl + Shift + Enter" /></div>
</form>
</div>
</div>'''
    f = s["form"]
    if lang == "ru":  # FormIt's feedback chunk
        form = f'''<form action="{path}#feedback" method="post" class="feedback-form" id="feedback">
<input type="hidden" name="nospam:blank" value="" />
<div class="feedback-form__title">{E(f["title"])}</div>
<p class="feedback-form__text">{E(f["text"])}</p>
<div class="form-group"><label for="fb-name">{E(c["name"])}</label><input type="text" name="name" id="fb-name" value="" class="form-control" /></div>
<div class="form-group"><label for="fb-phone">{E(c["phone"])}</label><input type="tel" name="phone" id="fb-phone" value="" class="form-control" placeholder="{A(f["placeholder"])}" /></div>
<div class="form-group"><label for="fb-message">{E(c["message"])}</label><textarea name="message" id="fb-message" rows="4" class="form-control"></textarea></div>
<label class="feedback-form__agree"><input type="checkbox" name="agree" value="1" required /> {E(f["agree"])}</label>
<button type="submit" name="feedback" value="1" class="btn btn-primary">{E(f["button"])}</button>
</form>'''
    else:  # FormIt's subscription chunk
        form = f'''<form action="{path}#subscribe" method="post" class="subscribe-form" id="subscribe">
<input type="hidden" name="nospam:blank" value="" />
<div class="subscribe-form__title">{E(f["title"])}</div>
<p class="subscribe-form__text">{E(f["text"])}</p>
<input type="email" name="email" value="" placeholder="{A(f["placeholder"])}" required />
<label class="subscribe-form__agree"><input type="checkbox" name="agree" value="1" required /> {E(f["agree"])}</label>
<button type="submit" name="subscribe" value="1">{E(f["button"])}</button>
</form>'''
    if s.get("metrika"):
        counters = f'''<!-- Yandex.Metrika counter -->
<script type="text/javascript">
   (function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};
   m[i].l=1*new Date();
   for (var j = 0; j < document.scripts.length; j++) {{if (document.scripts[j].src === r) {{ return; }}}}
   k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)}})
   (window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");
   ym({s["metrika"]}, "init", {{clickmap:true, trackLinks:true, accurateTrackBounce:true}});
</script>
<noscript><div><img src="https://mc.yandex.ru/watch/{s["metrika"]}" style="position:absolute; left:-9999px;" alt="" /></div></noscript>
<!-- /Yandex.Metrika counter -->
<!--LiveInternet counter--><a href="https://www.liveinternet.ru/click" target="_blank"><img id="{s["li"]}" width="88" height="31" style="border:0" title="LiveInternet: показано число просмотров за 24 часа, посетителей за 24 часа и за сегодня" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAEALAAAAAABAAEAAAIBTAA7" alt=""/></a><script>(function(d,s){{d.getElementById("{s["li"]}").src=
"https://counter.yadro.ru/hit?t14.1;r"+escape(d.referrer)+
((typeof(s)=="undefined")?"":";s"+s.width+"*"+s.height+"*"+
(s.colorDepth?s.colorDepth:s.pixelDepth))+";u"+escape(d.URL)+
";h"+escape(d.title.substring(0,150))+";"+Math.random()}})
(document,screen)</script><!--/LiveInternet-->'''
        analytics_head = ""
    else:
        counters = ""
        analytics_head = f'''<script async src="https://www.googletagmanager.com/gtag/js?id={s["gtag"]}"></script>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}
gtag('consent', 'default', {{'analytics_storage': 'denied', 'ad_storage': 'denied'}});
gtag('js', new Date());
gtag('config', '{s["gtag"]}');
</script>'''
    tickets_head = ""
    if s["comments"] == "tickets":
        tickets_head = f'''<link rel="stylesheet" href="/assets/components/tickets/css/web/default.css" type="text/css" />
<script type="text/javascript">TicketsConfig={{"ctx":"web","jsUrl":"\\/assets\\/components\\/tickets\\/js\\/web\\/","cssUrl":"\\/assets\\/components\\/tickets\\/css\\/web\\/","actionUrl":"\\/assets\\/components\\/tickets\\/action.php","close_all_message":"закрыть все","tpanel":1,"enable_editor":0}};</script>
<script type="text/javascript" src="/assets/components/tickets/js/web/default.js"></script>'''
    hits = ('<span class="article-hits">%s: %s</span>' % (E(c["views"]), "{:,}".format(s["hits"]).replace(",", " "))) if s.get("hits") else ""
    footer = "\n".join("<p>%s</p>" % E(x) for x in s["footer"])
    footer_links = "\n".join('<li><a href="%s.html">%s</a></li>' % (mp13.medium_slug(t, 30).lower() if lang == "en" else "info-%d" % k, E(t))
                             for k, t in enumerate(s["footer_links"]))
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}">
<head>
<meta charset="UTF-8">
<base href="{host}/" />
<title>{E(title)} — {E(site)}</title>
<meta name="description" content="{A(art["sub"])}">
<meta name="keywords" content="{A(", ".join(s["tags"]))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:title" content="{A(title)}">
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{host}{thumb}">
<meta property="og:site_name" content="{A(site)}">
<link rel="icon" href="/assets/templates/{tpl_dir}/img/favicon.ico" type="image/x-icon">
<link rel="alternate" type="application/rss+xml" title="{A(site)}" href="{host}/rss.xml">
<link rel="stylesheet" href="/assets/components/minifyx/cache/styles_{hx(10)}.min.css?v={stamp}">
<link rel="stylesheet" href="/assets/templates/{tpl_dir}/css/custom.css?v={stamp % 100000}">
{tickets_head}
{analytics_head}
</head>
<body class="page-{rid} template-article">
<div class="wrapper">
<header class="header">
<div class="container header__inner">
<a class="header__logo" href="/"><img src="/assets/templates/{tpl_dir}/img/logo.svg" alt="{A(site)}" width="220" height="56"></a>
<div class="header__slogan">{E(s["tagline"])}</div>
<form class="sisea-search-form" action="search.html" method="get">
<fieldset>
<label for="search">{E(c["search"])}</label>
<input type="text" name="search" id="search" value="" />
<input type="hidden" name="id" value="{rng.randint(5, 60)}" />
<input type="submit" value="{A(c["search"])}" />
</fieldset>
</form>
<button class="header__burger" type="button" aria-label="Menu"><span></span><span></span><span></span></button>
</div>
<nav class="header__nav">
<div class="container">
<ul class="nav">
{menu}
</ul>
</div>
</nav>
</header>
<main class="main">
<div class="container">
{crumbs}
<div class="row">
<div class="col-lg-8">
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<h1 class="article__title" itemprop="headline">{E(title)}</h1>
<div class="article__meta">
<time class="article__date" datetime="{art["date"]}T09:00:00" itemprop="datePublished">{shown}</time>
<span class="article__author">{E(c["author"])}: <span itemprop="author">{E(art["byline"])}</span></span>
{hits}
</div>
<div class="article__introtext" itemprop="description">{E(art["sub"])}</div>
<figure class="article__image">
<img src="{thumb}" alt="{A(title)}" width="770" height="480" itemprop="image">
<figcaption>{E(art["caption"])} <span class="article__photo-credit">{E(art["credit"])}</span></figcaption>
</figure>
<div class="article__content" itemprop="articleBody">
{content}
</div>
<div class="article__source">{E(c["source"])}: {E(s["agency"])}</div>
<div class="article__tags">{E(c["tags"])}: {tags}</div>
{share}
</article>
{comments}
<section class="related">
<h3 class="related__title">{E(s["related_title"])}</h3>
<div class="news-list">
{related}
</div>
</section>
</div>
<aside class="col-lg-4 sidebar">
<div class="sidebar__block">
<div class="sidebar__title">{E(s["latest_title"])}</div>
<ul class="sidebar__list">
{latest}
</ul>
</div>
<div class="sidebar__block sidebar__block--form">
{form}
</div>
</aside>
</div>
</div>
</main>
<footer class="footer">
<div class="container footer__inner">
<div class="footer__about">
<a class="footer__logo" href="/">{E(site)}</a>
{footer}
</div>
<ul class="footer__menu">
{footer_links}
</ul>
<div class="footer__counters">
{counters}
</div>
<div class="footer__bottom">&copy; 2014–{y} {E(site)} · <span class="footer__dev">{E(s["developer"])}</span></div>
</div>
</footer>
</div>
<div class="cookie-notice" id="cookie-notice" hidden>
<p class="cookie-notice__text">{E(ui["cookie"])}</p>
<div class="cookie-notice__actions"><button type="button" class="cookie-notice__btn cookie-notice__btn--accept" data-cookie="all">{E(ui["accept"])}</button> <button type="button" class="cookie-notice__btn" data-cookie="necessary">{E(ui["reject"])}</button></div>
</div>
<script src="/assets/components/minifyx/cache/scripts_{hx(10)}.min.js?v={stamp}"></script>
<script>
(function(){{var n=document.getElementById('cookie-notice');if(!localStorage.getItem('cookie_choice')){{n.hidden=false;}}
n.addEventListener('click',function(e){{var b=e.target.closest('[data-cookie]');if(!b)return;localStorage.setItem('cookie_choice',b.getAttribute('data-cookie'));n.hidden=true;}});}})();
</script>
</body>
</html>
'''


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"modx": ["caption", "credit", "topics"]}  # the image TV with its caption, the source TV, tagLister
for _mod, _names in ((mp, []), (mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "roadworks", "pollen", "broadband"]
NEW_FAMILIES = ["roadworks", "pollen", "broadband"]
# what an earlier docstring would say if it had described one of them (h39's air-quality and pollen widgets -- an
# air-quality index with a table of monitoring sites and a pollen count -- h44's traffic cameras, h30's travel
# disruption list and h50's pothole reports are other families: see the module docstring)
NEW_FAMILY_WORDS = {"roadworks": ["roadworks tracker", "roadworks map", "closures and diversions", "live-disruption badge",
                                  "report a road fault", "report-a-fault"],
                    "pollen": ["pollen forecast", "pollen outlook", "five-day pollen", "hay-fever advice", "pollen alerts",
                               "pollen-alert"],
                    "broadband": ["broadband checker", "full fibre", "full-fibre", "speed-checker", "speed checker",
                                  "register your interest", "provider list"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village website or a neighbours' association would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print"}
# an independent publication on Medium (Medium prints none of these of its own, and a writer pastes no paywall note)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio", "print", "comments", "standards", "topics", "cookie"}
# a municipality's or a city's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY}
# of a family, only these wordings on a kind of site (an independent writer's appeal for money, not a paywall note)
KIND_WORDING = {("indie", "newsletter"): 2}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), forms, definition lists and tables
STYLES = {
    "cookie": ['<div class="thirdparty-media-hold"><p class="thirdparty-media-hold__why">%s</p><button class="thirdparty-media-hold__allow" type="button">&#9658;</button></div>',
               '<p class="consent-placeholder-line">%s</p>', '<div><small><em>%s</em></small></div>'],
    "newsletter": ['<div class="breakfast-bulletin-promo"><p class="breakfast-bulletin-promo__pitch">%s</p><a class="breakfast-bulletin-promo__go" href="/breakfast">&#9993;</a></div>',
                   '<p class="meter-wall-note">%s</p>', '<h4 class="breakfast-bulletin-hd">%s</h4>', '<p><strong><a href="/chip-in">%s</a></strong></p>'],
    "share": ['<ul class="pass-on-row">{items}</ul>', '<div class="neighbour-nudge">%s</div>', '<p><a href="#pass-on">%s</a></p>'],
    "photo": ['<p class="reader-pic-credit">%s</p>', '<span class="permission-pic-tag">%s</span>', '<div><small>%s</small></div>'],
    "copyright": ['<p class="scrape-licence-line">%s</p>', '<div class="scrape-licence-box"><small>%s</small></div>', '<div><em>%s</em></div>'],
    "section": ['<p class="desk-origin-tag">%s</p>', '<h6 class="team-signoff-hd">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="glyph-separator">%s</p>', '<div class="dingbat-gap">%s</div>', '<div align="center">%s</div>'],
    "credit": ['<p class="court-council-assist">%s</p>', '<div class="visual-desk-credit">%s</div>', '<div><i><small>%s</small></i></div>'],
    "title": ['<p class="pasted-hed"><b>%s</b></p>', '<h2 class="pasted-hed-h2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="advert-scroll-label">%s</div>', '<p class="local-sponsor-note">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="unfold-rest-cta"><a href="#rest">%s</a></p>', '<div class="article-unfold">%s</div>', '<div><a href="#rest">%s</a></div>'],
    "comments": ['<p class="reader-say-link"><a href="#talk">%s</a></p>', '<div class="talk-tally-pill">%s</div>', '<div><a href="#talk">%s</a></div>'],
    "readtime": ['<p class="reading-minutes-note">%s</p>', '<span class="reading-minutes-chip">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="pubstamp-line"><time>%s</time></p>', '<div class="council-reply-stamp">%s</div>', '<div><small><em>%s</em></small></div>'],
    "audio": ['<div class="narrated-player"><button class="narrated-player__play" aria-label="Play"></button><span class="narrated-player__label">%s</span></div>',
              '<p class="spoken-edition-link"><a href="#narrated">%s</a></p>', '<div><a href="#narrated">%s</a></div>'],
    "correction": ['<aside class="amended-note"><p>%s</p></aside>', '<p class="number-amended-line"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="phone-app-banner"><p class="phone-app-banner__txt">%s</p><a class="phone-app-banner__get" href="/app">&#8681;</a></div>',
            '<p class="app-continue-line">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="byline-footnote-card"><p class="byline-footnote-card__txt">%s</p></div>', '<p class="reporter-more-line"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="tipline-wa-box"><p class="tipline-wa-box__txt">%s</p></div>', '<p class="story-tipoff-line">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="flag-an-error"><p>%s</p></div>', '<p class="ctrl-enter-report">%s</p>', '<div><small><em>%s</em></small></div>'],
    "push": ['<div class="breaking-optin-ask"><p class="breaking-optin-ask__q">%s</p></div>', '<p class="bignews-ping-line">%s</p>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="printmail-tools">{items}</ul>', '<p class="paper-friendly-link"><a href="?print=1">%s</a></p>',
              '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="helpful-vote"><p class="helpful-vote__q">%s</p></div>', '<p class="usefulness-poll-line">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-note"><p>%s</p></div>', '<p class="editors-code-line"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="theme-follow-bar"><span class="theme-follow-bar__txt">%s</span></div>', '<p class="theme-more-line">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="readlist-save"><a class="readlist-save__btn" href="#list">%s</a></div>',
                 '<p class="readlist-anchor"><a href="#list">%s</a></p>', '<div><a href="#list">%s</a></div>'],
    "poll": ['<div class="reader-quick-poll"><p class="reader-quick-poll__q">%s</p><button class="reader-quick-poll__go" type="button">&#10003;</button></div>',
             '<h6 class="reader-quick-poll-hd">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/W{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/W{k}/" target="_blank">%s</a></blockquote>',
              '<div class="tube-click-load"><a class="tube-click-load__link" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="photo-set-launch"><a class="photo-set-launch__link" href="#pics">%s</a></div>',
                '<p class="pics-in-set-line">%s</p>', '<div><strong>%s</strong></div>'],
    "map": ['<div class="osm-export-frame"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-export-frame__links">%s</p></div>',
            '<figure class="locator-still"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="date-saver-links">{items}</ul>', '<p class="ics-download-line"><a href="/events/{k}.ics">%s</a></p>',
                 '<div class="date-saver-bar"><span class="date-saver-bar__label">%s</span></div>'],
    "scores": ['<div class="live-scores-link"><a class="live-scores-link__a" href="/sport/live">%s</a></div>',
               '<ul class="results-hub-tabs">{items}</ul>', '<div><a href="/sport/live"><b>%s</b></a></div>'],
    # the three families new in this part ({roadrows}: closures and diversions; {pollenrows}: the count by type;
    # {pollendays}: the five-day outlook; {tips}: hay-fever advice; {speedrows}: the speed card; {providers}: the
    # providers and their speeds)
    "roadworks": ['<div class="closures-tracker"><h4 class="closures-tracker__hd">%s</h4><ul class="closures-tracker__list">{roadrows}</ul></div>',
                  '<p class="roadworks-map-cta"><a href="/travel/roadworks-map">%s</a></p>',
                  '<div class="fault-report-line"><a href="/report/road-fault">%s</a></div>',
                  '<span class="disruption-live-badge"><span class="disruption-live-badge__dot" aria-hidden="true"></span>%s</span>'],
    "pollen": ['<table class="pollen-count-table"><caption>%s</caption>{pollenrows}</table>',
               '<div class="pollen-outlook-row"><p class="pollen-outlook-row__hd">%s</p><ol class="pollen-outlook-row__days">{pollendays}</ol></div>',
               '<aside class="hayfever-help-box"><h5 class="hayfever-help-box__hd">%s</h5><ul>{tips}</ul></aside>',
               '<p class="pollen-alert-signup"><a href="/health/pollen-alerts">%s</a></p>'],
    "broadband": ['<form class="fibre-address-check" action="/broadband/check" method="get"><p class="fibre-address-check__hd"><strong>%s</strong></p><label for="fc-{k}">{pclabel}</label><input id="fc-{k}" type="text" name="postcode" maxlength="10"><button type="submit">&#10140;</button></form>',
                  '<div class="line-speed-card"><p class="line-speed-card__hd">%s</p><dl class="line-speed-card__figures">{speedrows}</dl></div>',
                  '<div class="isp-coverage-list"><h5 class="isp-coverage-list__hd">%s</h5><table>{providers}</table></div>',
                  '<p class="fibre-interest-cta"><a href="/broadband/register-interest">%s</a></p>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <em>(%s)</em>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/breakfast"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#pass-on">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "roadworks": (0.5, ['<br><a href="/travel/roadworks-map"><strong>%s</strong></a>']),
          "pollen": (0.5, [' <a href="/health/pollen-alerts"><b>%s</b></a>']),
          "broadband": (0.5, ['<br><a href="/broadband/register-interest"><b>%s</b></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# map link, the alerts link and the register link, not the lists, tables, cards or forms)
INLINE_WORDING = {"newsletter": 0, "roadworks": 1, "pollen": 3, "broadband": 3}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="bodycopy-picture"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-inline.jpg" alt="" width="640"><br><em>{cap} {cr}</em></div>']
RELATED_STYLES = ['<div class="elsewhere-week-box"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="patch-more-aside"><p class="patch-more-aside__hd">%s</p><ul>%s</ul></aside>',
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
        idx = rng.randrange(len(pool))
    return idx, fill_text(pool[idx], rng, site, art)


# the checker form's field label, as the form plugin's developers left it (not checked)
FORM_LABELS = {"en": "Your postcode", "tr": "Posta kodunuz", "de": "Ihre Postleitzahl", "fr": "Votre code postal",
               "es": "Tu código postal", "ru": "Ваш индекс"}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's list, table or card, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")
    return (style.replace("{roadrows}", "".join('<li><b>%s</b> <span>%s</span> — %s</li>' % (esc(a), esc(b), esc(c)) for a, b, c in ROADWORKS_ROWS[lang]))
            .replace("{pollenrows}", "".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in POLLEN_ROWS[lang]))
            .replace("{pollendays}", "".join('<li><span>%s</span> %s</li>' % (esc(a), esc(b)) for a, b in POLLEN_DAYS[lang]))
            .replace("{tips}", "".join("<li>%s</li>" % esc(x) for x in HAYFEVER_TIPS[lang]))
            .replace("{speedrows}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in SPEED_CARD[lang]))
            .replace("{providers}", "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in PROVIDERS[lang]))
            .replace("{pclabel}", esc(FORM_LABELS[lang])))
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
    ended = set()  # paragraphs that already have a line run into their end

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
               "scores": rng.choice([0, mid, n]), "roadworks": rng.choice([0, mid, n]),
               "pollen": rng.choice([mid, n]), "broadband": rng.choice([mid, n, n])}.get(fam, mid)
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
                if (blocks[at - 1][0] == "p" and not blocks[at - 1][1].endswith(":") and at - 1 not in looked
                        and at - 1 not in ended):
                    inline.append((at - 1, "end", markup % E(text)))
                    ended.add(at - 1)
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
DROPCAP = {"modx": ("class", "dropcap-first"),  # a style format the template adds to the rich text editor
           "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"modx": ("wrap", '<div style="background: #f6f1e1; border-left: 4px solid #c8a23c; padding: 12px 18px; margin: 15px 0;">\n', "\n</div>"),  # the editor's inline styles
       "gutenberg": ("wrap", '<div class="wp-block-group has-luminous-vivid-amber-background-color has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "drupal": ("class", "duyuru-kutusu"),  # a style of the municipality's CKEditor
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"modx": ("wrap", '<div class="article-infobox">\n', "\n</div>"),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">🙋</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>"), "modx": ("<strong>", "</strong>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="ob">', "</em>"), "modx": ("<em>", "</em>")}
HIGHLIGHT = {"modx": ('<span style="background-color: #ffff99;">', "</span>"), "quintype": ('<mark>', "</mark>")}




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
# templates: modx is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"modx": tpl_modx, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h52), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "modx"


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
            rng = random.Random("newsflow-heldout53-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI53[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 53) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h52), labels, furniture strings,
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
    # layouts: modx (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h51 or h52 gave it
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
    # the MODX pages: a site of MODX, a section of the site's menu; sites of the others
    for a in ARTICLES:
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in MODX or a["lang"] not in MODX_CORE
                                       or a["section"] not in MODX[a["site"]]["menu"]):
            problems.append("%s: modx page needs a MODX site and a menu section" % a["id"])
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
    modx_sites = [{k: v for k, v in d.items() if k not in MODX_EXEMPT} for d in MODX.values()]
    # (MODX_CORE and FORM_LABELS, the platform's, the extras' and the form plugin's generic strings, are left as
    # developers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("MODX", modx_sites), ("UI_NEW", UI_NEW)):
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


