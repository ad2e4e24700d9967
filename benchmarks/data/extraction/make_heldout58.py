#!/usr/bin/env python3
"""Fifty-eighth held-out part (h58-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout58.py           # write pages/h58-*.html
    python benchmarks/data/extraction/make_heldout58.py --check   # verify pages/h58-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout58.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout57.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h58_en.py / articles_h58_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: market-day boards on stories about markets, high streets, local food and small traders --
this week's stalls and traders as a table, the market's days, hours and place as a definition list, the "become a
market trader" / apply-for-a-pitch button, the "this week's guest stall" badge --, neighbourhood-policing panels on
stories about crime, anti-social behaviour, police and community safety -- the local team's officers by name and role
as a list, the next "meet your officer" drop-in as a definition list, the "report a crime online" link, the 101 /
non-emergency number card --, and registry-office widgets on stories about weddings, births, civil ceremonies, town
halls and council services -- the "book a birth or death registration" appointment form with its select and date
fields, the ceremony rooms and fees table, the "give notice of marriage" link, the register office's opening hours as
a definition list --), their wrapper class names, related headlines, site names, the sites' own strings in the
earlier layouts and the first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI
or of the R pools of make_heldout2..56, nor their labels, furniture strings, widget rows, headlines or site names;
verify() refuses to build if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is
already in an earlier pool, family list, template family or docstring, if a story paragraph or headline of an earlier
part (h55 and h56 included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.
Every name and number is fictional.
(h33's market rows are fuel, gold and currency prices, and h51 names market traders only among its stories' topics;
the market-day board here is a new family by name, wording and markup.)  The form's field labels and the tables'
heads (REG_LABELS, REG_HEAD, MARKET_HEAD) are the council web team's generic strings and not checked; the rows
themselves (MARKET_STALLS, MARKET_HOURS, MARKET_GUEST, POLICE_TEAM, POLICE_MEET, POLICE_CARD, REG_ROOMS, REG_HOURS)
are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, each of the four markups of a family once: market
boards on a volunteer-run English town news site's report of its Thursday market returning to the resurfaced square
(the new layout), a Turkish Tuesday market moving into a covered market hall, a French producers' market moving under
the Foirail hall and a Spanish covered market opening on Friday evenings; policing panels on an English interview
with a PCSO about six years on Fore Street, a German district's new contact officer, a Spanish barrio getting its
neighbourhood police back and a Russian district's new local police office; registry-office widgets on an English
town hall's old council chamber licensed for weddings, a German Gemeinde's second wedding room in an old mill (on the
Gemeinde's own Drupal page), a French village mairie putting its état civil on appointments and reopening its wedding
room (the new layout) and a Spanish civil registry moving to appointments only.  Earlier families that need a reason
in the story are placed the same way (score-centre links on a women's cricket team's county cup, a map on a village's
repaired well); the other generic families are balanced over the part, leaving out those the page's site would not
print (the story's "kind": a Gemeinde -- no newspaper furniture --, a volunteer-run news site or a village website,
an independent publication on Medium, which prints no ads, app, push or print prompts, comment counters or
press-standards lines, and of the newsletter family only its appeal for money); a correction box goes only on a story
that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes, badges,
cards, panels and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans, forms,
definition lists and tables, and, for a few families, a line run into the end of a story paragraph after a <br> (on
this part's pages: two share lines, a tip line, the become-a-trader link, the give-notice link; the credit line, the
newsletter pitch and the report-online link may be run in the same way) or a bold section tag run into the start of
the first one (on the German contact-officer story, "section_tag").
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, gutenberg, magazine and sanity), whole paragraphs in bold (interview questions) or
italics (quotes, a paragraph near the end), a highlighted sentence (markdown-it-mark's <mark> on the new layout), a
paragraph in a box (a CKEditor style on the Gemeinde's Drupal page), a fact box holding a subheading and its list (a
Fusion custom embed), a Ghost callout card, a paragraph typed after a <br>; story structures that look like furniture
but are the story: question-and-answer interviews (bold questions, some of three or four words, in English, Turkish
and Russian: a PCSO, a simit baker, a village librarian), lists inside the story (what changed on the market square,
what the Sunday bus cuts take away, a Tuesday market's new rules, what was done for a village school, a wedding
room's rules, a producers' market under its hall, what a covered market's traders promise, what villagers did to a
well in a day), a story table (pitch fees before and after, in markdown-it's table markup), crossheads as headings
and as bold paragraphs, one-line quotes and short one-line paragraphs ("Venn, now 84, still rings the tenor on
Sundays."), a closing line with practical information (market hours, a drop-in date, opening hours of a pool, a
mairie and a library, a phone number, a deadline for applications, the notice couples must give), and story sentences
that mention furniture words in ordinary reporting ("Share a tree, share the fruit" opening an orchard story,
"Подписка на журналы" opening a Russian interview, a pool's newsletter, households paying for simit like subscribers,
teenagers who follow their grandparents up a bell tower, photos of an old footbridge asked for by the library closing
a French story, "contact the council's passenger transport team" closing a bus story, a call to the village headwoman
closing a Russian village notice), some at the start or end of the story where furniture usually sits.  Two pages
carry no residue at all and one only its correction line.
One page layout is new (eleventy: a static site built with Eleventy v2 from the eleventy-base-blog starter, as a
volunteer-run English town news site and a French village's news site serve a post, on two pages, an English and a
French one): a plain head with one /css/style.css link (English) or an inlined critical <style> (French), the Atom
and JSON feed links, the "Eleventy v2.0.1" generator meta, canonical and og: metas, the webmention.io endpoints and
the Pagefind UI assets; the visually-hidden skip link, the header with the site title, tagline, the nav list and the
<div id="search"> that Pagefind UI fills; the post layout around the Markdown body: h1, the post-metadata list with
the <time>, the byline and the /tags/... links, the summary, then the body as markdown-it writes it -- p, h2 with
markdown-it-anchor's tabindex and "#" header-anchor permalinks, blockquote, ul / ol, the eleventy-img shortcode's
figure with <picture>, avif / webp sources and srcset after the first paragraph, a table, markdown-it-footnote's
sup.footnote-ref links and its section.footnotes with li.footnote-item and ↩︎ backrefs (footnotes are not story text,
as in make_heldout3.py and make_heldout51.py) --; the previous / next post links, the webmentions section (likes,
reposts, the facepile and replies from other people's sites), the footer with the about line, the RSS link and "Built
with Eleventy", a one-line no-trackers note on the French site and no cookie banner on the English one, and the
Cloudflare Web Analytics beacon.  The starter's generic strings (ELEVENTY_CORE, per language) are left as developers
leave them and not checked; the sites' own strings (ELEVENTY: tagline, nav, about line, RSS link text, cookie note,
the webmentions' authors and texts, the likers) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h55 or h56 gave it (9 English pages, 3 in each other language: English on cms, legacy-br,
portal, regional, magazine, quintype, typo3 and hugo; Turkish on wordpress, fusion and chunks; German on drupal, amp
and ghost; French on table and nextjs; Spanish on semantic, gutenberg and storybody; Russian on ucoz, medium and
sanity); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site rather
than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this
part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout56.py, so that make_pages.py can import this module and merge it the same way. Standard
library only; deterministic (each page's choices are seeded from its id).
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
import make_heldout55 as mp55  # noqa: E402
import make_heldout56 as mp56  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h58_en import ARTICLES as H58_EN  # noqa: E402
from articles_h58_intl import ARTICLES as H58_INTL  # noqa: E402

ARTICLES = H58_EN + H58_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56)
# parts whose layouts' languages this part avoids (the two before it; h57 is written at the same time)
LANG_PARTS = (mp55, mp56)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h58"



# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Orrinford & Lowfield Gazette", "Hollowmere Advertiser & Mercury", "Hetherley Parish Lantern", "Carnbridge Valley Chronicle",
           "Kelsworth & Tarrant Courier", "Lindow Moss Observer", "Abbeyfield District Clarion", "Ashby Market Dispatch"],
    "tr": ["Kırkpınar Haber Postası", "Bozyazı Kıyı Gazetesi", "Yeniçarşı Mahalle Sesi"],
    "de": ["Gerberstädter Anzeiger", "Lindacher Rundschau am Sonntag"],
    "fr": ["L'Écho de Montbrézac", "Le Réveil de la Dourbie"],
    "es": ["Diario de San Lázaro y Vega Baja", "La Voz de Torrealba", "El Pregonero de Villanueva"],
    "ru": ["Северный курьер"],
}
# sites fixed per page (the two Eleventy news sites, a Gemeinde on Drupal, a village on uCoz, an independent
# publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h56 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This map needs optional cookies from its provider before it will load", "Allow embedded content cookies to see the council's live camera"],
        "tr": ["Bu harita, sağlayıcısının isteğe bağlı çerezlerine izin verilmeden yüklenmiyor", "Belediyenin canlı kamerasını görmek için gömülü içerik çerezlerine izin verin"],
        "de": ["Diese Karte lädt erst, wenn Sie die optionalen Cookies ihres Anbieters zulassen", "Erlauben Sie Cookies für eingebettete Inhalte, um die Live-Kamera der Stadt zu sehen"],
        "fr": ["Cette carte ne se charge qu'après acceptation des cookies facultatifs de son fournisseur", "Autorisez les cookies de contenus intégrés pour voir la caméra en direct de la mairie"],
        "es": ["Este mapa no se carga hasta que aceptes las cookies opcionales de su proveedor", "Permite las cookies de contenido incrustado para ver la cámara en directo del Ayuntamiento"],
        "ru": ["Карта загрузится только после того, как вы разрешите необязательные cookie её поставщика", "Разрешите cookie встроенного контента, чтобы увидеть онлайн-камеру мэрии"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["The {site} Saturday Edition lands in your inbox before breakfast", "That was your last free article this month — log in or subscribe to read on",
               "No billionaire owns {site}. Readers do: chip in from £3"],
        "tr": ["{site} Cumartesi Baskısı kahvaltıdan önce gelen kutunuzda", "Bu ayki son ücretsiz haberinizdi — devam etmek için giriş yapın ya da abone olun",
               "{site}'in arkasında bir patron yok, okurlar var: 50 liradan başlayan destekle katılın"],
        "de": ["Die Samstagsausgabe von {site} liegt vor dem Frühstück in Ihrem Postfach", "Das war Ihr letzter freier Artikel in diesem Monat — melden Sie sich an oder abonnieren Sie, um weiterzulesen",
               "{site} gehört keinem Konzern, sondern seinen Leserinnen und Lesern: Unterstützen Sie uns ab 3 Euro"],
        "fr": ["L'Édition du samedi de {site} arrive dans votre boîte avant le petit-déjeuner", "C'était votre dernier article gratuit du mois — connectez-vous ou abonnez-vous pour poursuivre",
               "{site} n'appartient à aucun milliardaire, mais à ses lecteurs : soutenez-nous dès 3 euros"],
        "es": ["La Edición del sábado de {site} llega a tu correo antes del desayuno", "Ese era tu último artículo gratis del mes — entra o suscríbete para seguir leyendo",
               "{site} no es de ningún millonario, es de sus lectores: apóyanos desde 3 euros"],
        "ru": ["Субботний выпуск «{site}» приходит на почту ещё до завтрака", "Это был ваш последний бесплатный материал в этом месяце — войдите или оформите подписку, чтобы читать дальше",
               "У «{site}» нет олигарха-владельца, есть читатели: поддержите нас от 100 рублей"],
    },
    "share": {
        "en": ["Forward to: WhatsApp · Facebook · Mastodon · Email", "Got a neighbour who'd want this — send them the link"],
        "tr": ["İletin: WhatsApp · Facebook · Mastodon · E-posta", "Bunu isteyecek bir komşunuz varsa bağlantıyı ona yollayın"],
        "de": ["Weiterleiten an: WhatsApp · Facebook · Mastodon · E-Mail", "Ein Nachbar will das bestimmt auch lesen — schicken Sie ihm den Link"],
        "fr": ["Transférer via : WhatsApp · Facebook · Mastodon · Courriel", "Un voisin voudra sûrement le lire — faites-lui passer le lien"],
        "es": ["Reenviar por: WhatsApp · Facebook · Mastodon · Correo", "Seguro que a algún vecino le interesa — pásale el enlace"],
        "ru": ["Переслать: WhatsApp · ВКонтакте · Одноклассники · Почта", "Наверняка соседу тоже будет интересно — отправьте ему ссылку"],
    },
    "photo": {
        "en": ["Image handed to us by the event's organising committee", "Taken by the {site} photographer on the morning"],
        "tr": ["Görsel, etkinliğin düzenleme kurulu tarafından bize verildi", "{site} fotoğrafçısı o sabah çekti"],
        "de": ["Das Bild hat uns das Organisationskomitee überlassen", "Aufgenommen von der Fotografin von {site} am Morgen"],
        "fr": ["Image remise par le comité d'organisation de l'événement", "Prise par le photographe de {site} le matin même"],
        "es": ["Imagen facilitada por la comisión organizadora", "Tomada por la fotógrafa de {site} esa misma mañana"],
        "ru": ["Снимок передал нам оргкомитет мероприятия", "Снимал фотограф «{site}» в то же утро"],
    },
    "copyright": {
        "en": ["Text and photographs copyright {site} and its contributors; reprinting in any newspaper, newsletter or website needs our written say-so."],
        "tr": ["Metin ve fotoğrafların telif hakkı {site} ve yazarlarına aittir; herhangi bir gazete, bülten ya da sitede yeniden yayım için yazılı onayımız şarttır."],
        "de": ["Texte und Fotos urheberrechtlich geschützt durch {site} und die Mitwirkenden; Nachdruck in Zeitungen, Rundbriefen oder Websites nur mit unserer schriftlichen Zusage."],
        "fr": ["Textes et photos protégés par {site} et ses contributeurs ; toute reprise dans un journal, un bulletin ou un site exige notre accord écrit préalable."],
        "es": ["Textos y fotografías protegidos por {site} y sus colaboradores; reproducirlos en cualquier periódico, boletín o web exige nuestro visto bueno por escrito."],
        "ru": ["Тексты и фотографии охраняются авторским правом «{site}» и авторов; перепечатка в любой газете, рассылке или на сайте — только с нашего письменного согласия."],
    },
    "section": {
        "en": ["More from the {section} desk", "{section} · latest first ›"],
        "tr": ["{section} masasından daha fazlası", "{section} · en yeniler başta ›"],
        "de": ["Mehr vom Ressort {section}", "{section} · die neuesten zuerst ›"],
        "fr": ["D'autres articles du service {section}", "{section} · du plus récent au plus ancien ›"],
        "es": ["Más de la sección de {section}", "{section} · lo último primero ›"],
        "ru": ["Ещё из отдела «{section}»", "{section} · сначала новые ›"],
    },
    "related": {
        "en": ["Read alongside this", "How the story unfolded before"],
        "tr": ["Bununla birlikte okuyun", "Konu daha önce nasıl gelişti"],
        "de": ["Dazu passend", "Wie sich die Geschichte vorher entwickelte"],
        "fr": ["À lire en complément", "Comment l'affaire a évolué jusqu'ici"],
        "es": ["Para leer junto a esta", "Cómo se ha ido desarrollando la historia"],
        "ru": ["Читайте вместе с этим", "Как развивалась эта история раньше"],
    },
    "symbol": {"*": ['❧ ✣ ❧', '✣ ✣ ✣ ✣ ✣', '◈ ❖ ◈ ❖', '⁕ · ⁕ · ⁕ · ⁕']},
    "credit": {
        "en": ["Additional reporting by the {site} weekend team", "This report was produced with the local democracy desk"],
        "tr": ["Habere {site} hafta sonu ekibi de katkı verdi", "Bu haber yerel demokrasi masasıyla birlikte hazırlandı"],
        "de": ["Mitarbeit: das Wochenendteam von {site}", "Entstanden in Zusammenarbeit mit dem Rathausdesk"],
        "fr": ["Avec la participation de l'équipe du week-end de {site}", "Article réalisé avec le pôle vie municipale"],
        "es": ["Con la colaboración del equipo de fin de semana de {site}", "Información elaborada con la mesa de política municipal"],
        "ru": ["При участии выходной смены «{site}»", "Материал подготовлен вместе с отделом городской политики"],
    },
    "ad": {
        "en": ["Paid promotion · story resumes after this", "Advertising keeps {site} free at the point of reading"],
        "tr": ["Ücretli tanıtım · haber bunun ardından devam ediyor", "Reklamlar sayesinde {site} okurlarına ücretsiz kalıyor"],
        "de": ["Bezahlte Werbung · der Artikel geht danach weiter", "Werbung hält {site} für Leserinnen und Leser kostenlos"],
        "fr": ["Promotion payante · l'article reprend juste après", "La publicité permet à {site} de rester gratuit à la lecture"],
        "es": ["Promoción pagada · la noticia sigue después", "La publicidad mantiene {site} gratis para quien lee"],
        "ru": ["Оплаченное продвижение · материал продолжится после него", "Рекламодатели оплачивают то, что «{site}» остаётся бесплатным"],
    },
    "continue": {
        "en": ["Keep reading — the full story is below", "Show the whole article +"],
        "tr": ["Okumaya devam edin — haberin tamamı aşağıda", "Haberin hepsini göster +"],
        "de": ["Weiterlesen — der ganze Text folgt unten", "Ganzen Artikel anzeigen +"],
        "fr": ["Continuez votre lecture — l'article complet est ci-dessous", "Afficher tout l'article +"],
        "es": ["Sigue leyendo — la información completa está abajo", "Mostrar la noticia entera +"],
        "ru": ["Читайте дальше — полный текст ниже", "Показать материал полностью +"],
    },
    "comments": {
        "en": ["{n} readers have had their say below — add yours", "Jump to the {n} comments ›"],
        "tr": ["{n} okur aşağıda görüşünü yazdı — siz de ekleyin", "{n} yoruma atlayın ›"],
        "de": ["{n} Leserinnen und Leser haben unten ihre Meinung gesagt — sagen Sie Ihre", "Zu den {n} Kommentaren springen ›"],
        "fr": ["{n} lecteurs ont donné leur avis plus bas — ajoutez le vôtre", "Aller aux {n} commentaires ›"],
        "es": ["{n} lectores han dado su opinión más abajo — añade la tuya", "Ir a los {n} comentarios ›"],
        "ru": ["{n} читателей уже высказались ниже — добавьте своё мнение", "Перейти к {n} комментариям ›"],
    },
    "readtime": {
        "en": ["This one takes around {m} minutes to get through", "{m} min · a short read with a cup of tea"],
        "tr": ["Bu haberi bitirmek yaklaşık {m} dakika sürüyor", "{m} dk · bir çay içimlik okuma"],
        "de": ["Für diesen Text brauchen Sie ungefähr {m} Minuten", "{m} Minuten · kurz genug für eine Tasse Tee"],
        "fr": ["Comptez à peu près {m} minutes pour en venir à bout", "{m} min · le temps d'un thé"],
        "es": ["Terminarla te llevará unos {m} minutos", "{m} min · lo que dura un café"],
        "ru": ["Чтобы дочитать, понадобится примерно {m} минуты", "{m} мин · как раз на чашку чая"],
    },
    "updated": {
        "en": ["Last revised {d}, {t}", "First published {d}; latest version {t}"],
        "tr": ["Son düzenleme: {d}, {t}", "İlk yayın: {d}; son sürüm saat {t}"],
        "de": ["Zuletzt überarbeitet am {d}, {t} Uhr", "Erstmals erschienen am {d}; aktuelle Fassung von {t} Uhr"],
        "fr": ["Dernière révision le {d} à {t}", "Première publication le {d} ; version actuelle de {t}"],
        "es": ["Revisada por última vez el {d} a las {t}", "Publicado por primera vez el {d}; última versión de las {t}"],
        "ru": ["Редакция в последний раз правила текст {d} в {t}", "Впервые опубликовано {d}; актуальная версия от {t}"],
    },
    "audio": {
        "en": ["🔊 Listen instead — {m} minutes, read by a human", "Would rather listen than read — the audio version of this report is here"],
        "tr": ["🔊 Okumak yerine dinleyin — {m} dakika, gerçek bir sesle", "Okumak yerine dinlemek isteyenler için haberin sesli hâli burada"],
        "de": ["🔊 Lieber hören — {m} Minuten, von einem Menschen gelesen", "Wer lieber zuhört als liest, findet hier die Audiofassung dieses Berichts"],
        "fr": ["🔊 Écoutez plutôt — {m} minutes, lu par une vraie voix", "Pour qui préfère l'écoute à la lecture, la version audio de ce reportage est ici"],
        "es": ["🔊 Mejor escúchalo — {m} minutos, leído por una persona", "Si prefieres oírla antes que leerla, aquí tienes la versión en audio"],
        "ru": ["🔊 Лучше послушайте — {m} минуты, читает живой диктор", "Тем, кто любит слушать больше, чем читать, — аудиоверсия материала здесь"],
    },
    "app": {
        "en": ["Get {site} on your phone — free on iOS and Android", "Open in the {site} app ›"],
        "tr": ["{site} artık telefonunuzda — iOS ve Android'de ücretsiz", "{site} uygulamasında açın ›"],
        "de": ["{site} aufs Handy — kostenlos für iOS und Android", "In der App von {site} öffnen ›"],
        "fr": ["{site} sur votre téléphone — gratuit sur iOS et Android", "Ouvrir dans l'appli {site} ›"],
        "es": ["{site} en tu móvil — gratis en iOS y Android", "Abrir en la app de {site} ›"],
        "ru": ["«{site}» в вашем телефоне — бесплатно для iOS и Android", "Открыть в приложении «{site}» ›"],
    },
    "bio": {
        "en": ["{by} reports on {section} for {site} and lives a short walk from the newsroom.", "Everything by {by} in one place ›"],
        "tr": ["{by}, {site} için {section} haberlerini yazıyor ve haber merkezine birkaç dakika yürüme mesafesinde yaşıyor.", "{by} bugüne kadar bizim için ne yazdıysa ›"],
        "de": ["{by} berichtet für {site} über {section} und wohnt ein paar Gehminuten von der Redaktion entfernt.", "Alle Texte von {by} auf einer Seite ›"],
        "fr": ["{by} couvre la rubrique {section} pour {site} et habite à quelques minutes à pied de la rédaction.", "Tous les papiers de {by} réunis ›"],
        "es": ["{by} informa sobre {section} para {site} y vive a pocos minutos andando de la redacción.", "Todas las firmas de {by} reunidas ›"],
        "ru": ["{by} пишет для «{site}» о теме «{section}» и живёт в нескольких минутах ходьбы от редакции.", "Всё, что автор написал для нас ›"],
    },
    "tip": {
        "en": ["Spotted something on your patch that we ought to be covering — tell newsdesk@ourtown.example", "Call or text the newsroom: 07700 900 744"],
        "tr": ["Mahallenizde haber yapmamız gereken bir şey gözünüze çarptıysa haber@bizimilce.example adresine yazın", "Haber merkezini arayın ya da mesaj atın: 0533 900 07 44"],
        "de": ["Ihnen ist vor der Haustür etwas aufgefallen, über das wir berichten sollten — schreiben Sie an redaktion@unsere-stadt.example", "Rufen Sie die Redaktion an oder schreiben Sie: 0160 900 744"],
        "fr": ["Vous avez remarqué près de chez vous quelque chose dont nous devrions parler — écrivez à redaction@notreville.example", "Appelez ou écrivez à la rédaction : 06 00 90 07 44"],
        "es": ["Si has visto en tu zona algo que deberíamos contar, escribe a redaccion@nuestropueblo.example", "Llama o escribe a la redacción: 611 900 744"],
        "ru": ["Заметили у себя в округе что-то, о чём нам стоит написать, — сообщите на redakciya@nash-gorod.example", "Звоните или пишите в редакцию: +7 900 000-07-44"],
    },
    "typo": {
        "en": ["Spotted a slip of the keyboard — highlight it, press Ctrl+Enter and a sub-editor will put it right"],
        "tr": ["Gözden kaçan bir harf hatası varsa işaretleyip Ctrl+Enter'a basın, düzeltmen hemen ilgilensin"],
        "de": ["Ein Vertipper entdeckt — markieren, Strg+Enter drücken, und die Schlussredaktion bessert ihn aus"],
        "fr": ["Une faute de frappe vous a sauté aux yeux — surlignez-la, faites Ctrl+Entrée et le secrétariat de rédaction la corrigera"],
        "es": ["Si se nos ha colado una errata, márcala, pulsa Ctrl+Intro y la mesa de cierre la arreglará"],
        "ru": ["Заметили опечатку — выделите её, нажмите Ctrl+Enter, и корректор всё поправит"],
    },
    "push": {
        "en": ["{site} would like to send you a pop-up when something big happens locally: Allow alerts · Not now, thank you"],
        "tr": ["{site} yerelde önemli bir şey olduğunda size açılır bildirim göndermek istiyor: Bildirimlere izin ver · Şimdi değil, sağ olun"],
        "de": ["{site} möchte Sie per Einblendung informieren, wenn vor Ort etwas Großes passiert: Meldungen zulassen · Jetzt nicht, danke"],
        "fr": ["{site} aimerait vous envoyer une notification quand un événement important se produit près de chez vous : Autoriser les alertes · Pas maintenant, merci"],
        "es": ["{site} quiere enviarte un aviso emergente cuando pase algo gordo en la zona: Permitir avisos · Ahora no, gracias"],
        "ru": ["«{site}» хочет присылать всплывающее оповещение, когда рядом происходит что-то важное: Разрешить оповещения · Не сейчас, спасибо"],
    },
    "print": {
        "en": ["Print · Save as PDF · Email a friend", "A printer-friendly copy of this report"],
        "tr": ["Yazdır · PDF olarak kaydet · Arkadaşına gönder", "Bu haberin yazıcı dostu kopyası"],
        "de": ["Drucken · Als PDF speichern · Einem Freund mailen", "Eine druckfreundliche Fassung dieses Berichts"],
        "fr": ["Imprimer · Enregistrer en PDF · Envoyer à un ami", "Une version de ce reportage prête à imprimer"],
        "es": ["Imprimir · Guardar como PDF · Enviar a un amigo", "Una copia de esta información lista para imprimir"],
        "ru": ["Распечатать · Сохранить в PDF · Отправить другу", "Версия этого материала, удобная для печати"],
    },
    "feedback": {
        "en": ["Tell us whether this report told you what you needed to know: It did · Only partly · It didn't"],
        "tr": ["Bu haber bilmeniz gerekeni anlattı mı, bize söyleyin: Anlattı · Kısmen · Anlatmadı"],
        "de": ["Sagen Sie uns, ob dieser Bericht Ihnen das Nötige erklärt hat: Ja, hat er · Nur zum Teil · Nein"],
        "fr": ["Dites-nous si ce reportage vous a appris ce que vous vouliez savoir : Tout à fait · En partie seulement · Pas du tout"],
        "es": ["Dinos si esta información te ha contado lo que necesitabas saber: Sí, del todo · Solo en parte · No"],
        "ru": ["Расскажите, нашли ли вы в материале то, что хотели узнать: Да, нашёл · Отчасти · Нет"],
    },
    "standards": {
        "en": ["{site} abides by the Editors' Code of Practice. To complain about a story, write to our standards editor."],
        "tr": ["{site}, gazetecilik meslek ilkelerine bağlıdır. Bir haberle ilgili şikâyetinizi yayın ilkeleri editörümüze yazın."],
        "de": ["Die Redaktion von {site} arbeitet nach den Regeln des Pressekodex und prüft jede Beschwerde über einen Artikel selbst."],
        "fr": ["La rédaction de {site} s'engage à suivre la charte de Munich et examine elle-même chaque contestation d'article."],
        "es": ["{site} cumple el código deontológico de la profesión. Para reclamar sobre una noticia, escribe a nuestra responsable de calidad."],
        "ru": ["Редакция «{site}» работает по хартии профессиональной этики и сама разбирает каждую жалобу на публикацию."],
    },
    "topics": {
        "en": ["More on: {section} · high street · town hall", "Follow {section} to get new stories by email ›"],
        "tr": ["Daha fazlası: {section} · çarşı · belediye", "Yeni haberleri e-postayla almak için {section} konusunu takip edin ›"],
        "de": ["Mehr zu: {section} · Innenstadt · Rathaus", "{section} folgen und neue Artikel per Mail bekommen ›"],
        "fr": ["Plus sur : {section} · centre-ville · mairie", "Suivre {section} pour recevoir les nouveaux articles par courriel ›"],
        "es": ["Más sobre: {section} · centro · ayuntamiento", "Sigue {section} y recibe las nuevas noticias por correo ›"],
        "ru": ["Ещё по темам: {section} · центр города · мэрия", "Подпишитесь на тему «{section}», чтобы получать новые материалы на почту ›"],
    },
    "bookmark": {
        "en": ["🔖 Save to your reading list"],
        "tr": ["🔖 Okuma listenize kaydedin"],
        "de": ["🔖 Auf die Leseliste setzen"],
        "fr": ["🔖 Garder de côté pour plus tard"],
        "es": ["🔖 Guardar en tu lista de lectura"],
        "ru": ["🔖 Отложить, чтобы дочитать вечером"],
    },
    "poll": {
        "en": ["Quick vote, is this good news for the town: Good news · Bad news · Too early to say", "You'll see how others voted once you've cast yours"],
        "tr": ["Hızlı oylama, bu ilçe için iyi haber mi: İyi haber · Kötü haber · Söylemek için erken", "Siz oy verince başkalarının ne dediğini göreceksiniz"],
        "de": ["Kurz abgestimmt, ist das gut für die Stadt: Gute Nachricht · Schlechte Nachricht · Noch zu früh", "Wie die anderen abgestimmt haben, sehen Sie nach Ihrer Stimme"],
        "fr": ["Vote express, est-ce une bonne nouvelle pour la ville : Bonne nouvelle · Mauvaise nouvelle · Trop tôt pour le dire", "Vous verrez les votes des autres une fois le vôtre enregistré"],
        "es": ["Vota rápido, ¿es buena noticia para el pueblo?: Buena noticia · Mala noticia · Es pronto para saberlo", "Verás lo que han votado los demás cuando votes tú"],
        "ru": ["Быстрый опрос, хорошая ли это новость для города: Хорошая · Плохая · Пока рано судить", "Итоги голосования откроются после того, как вы проголосуете"],
    },
    "embed": {
        "en": ["Open {handle}'s picture on Instagram", "Watch {handle}'s footage, hosted on YouTube"],
        "tr": ["{handle} fotoğrafını Instagram'da açın", "{handle} tarafından çekilen görüntüleri YouTube'da izleyin"],
        "de": ["Das Bild von {handle} auf Instagram öffnen", "Die Aufnahmen von {handle} auf YouTube anschauen"],
        "fr": ["Ouvrir la photo de {handle} sur Instagram", "Regarder les images tournées par {handle}, hébergées sur YouTube"],
        "es": ["Abrir la foto de {handle} en Instagram", "Ver las imágenes grabadas por {handle}, alojadas en YouTube"],
        "ru": ["Открыть снимок {handle} в Instagram", "Смотреть кадры, которые снял {handle}, на YouTube"],
    },
    "gallery": {
        "en": ["📷 The day in {g} photographs", "Browse all {g} photos from the morning ›"],
        "tr": ["📷 {g} fotoğrafla o gün", "Sabahtan {g} fotoğrafın hepsine göz atın ›"],
        "de": ["📷 Der Tag in {g} Aufnahmen", "Alle {g} Fotos vom Vormittag durchblättern ›"],
        "fr": ["📷 La journée en {g} clichés", "Parcourir les {g} photos de la matinée ›"],
        "es": ["📷 La jornada en {g} fotografías", "Repasa las {g} fotos de la mañana ›"],
        "ru": ["📷 Этот день в {g} кадрах", "Пролистать все {g} фотографий того утра ›"],
    },
    "map": {
        "en": ["Show on a larger map", "Map © OpenStreetMap contributors · Get directions ›"],
        "tr": ["Daha büyük haritada göster", "Harita © OpenStreetMap katkıcıları · Yol tarifi alın ›"],
        "de": ["Auf größerer Karte anzeigen", "Karte © OpenStreetMap-Mitwirkende · Route planen ›"],
        "fr": ["Afficher sur une carte plus grande", "Carte © contributeurs d'OpenStreetMap · Itinéraire ›"],
        "es": ["Abrir el plano a pantalla completa", "Mapa © colaboradores de OpenStreetMap · Cómo llegar ›"],
        "ru": ["Показать на большой карте", "Карта © участники OpenStreetMap · Как добраться ›"],
    },
    "calendar": {
        "en": ["Save the date: Google · Outlook · iCal", "Send me a reminder"],
        "tr": ["Tarihi kaydedin: Google · Outlook · iCal", "Bana hatırlatma gönder"],
        "de": ["Termin speichern: Google · Outlook · iCal", "Erinnerung schicken"],
        "fr": ["Réservez la date : Google · Outlook · iCal", "M'envoyer un rappel"],
        "es": ["Guarda la fecha: Google · Outlook · iCal", "Envíame un recordatorio"],
        "ru": ["Сохранить дату: Google · Outlook · iCal", "Прислать напоминание"],
    },
    "scores": {
        "en": ["Live scores and tables from every county competition ›", "Results · Fixtures · Standings · Averages"],
        "tr": ["Tüm il liglerinden canlı skorlar ve tablolar ›", "Sonuçlar · Maçlar · Sıralama · Ortalamalar"],
        "de": ["Liveticker und Tabellen aller Kreisligen ›", "Ergebnisse · Spielplan · Tabelle · Durchschnitte"],
        "fr": ["Scores en direct et classements de toutes les compétitions du district ›", "Résultats · Rencontres · Classement · Moyennes"],
        "es": ["Resultados en directo y clasificaciones de todas las ligas provinciales ›", "Resultados · Partidos · Clasificación · Promedios"],
        "ru": ["Онлайн-счёт и таблицы всех районных турниров ›", "Результаты · Матчи · Турнирная таблица · Средние показатели"],
    },
    "correction": {
        "en": ["Clarification: an earlier version of this story contained an inaccuracy, which has now been put right."],
        "tr": ["Açıklama: Bu haberin önceki sürümünde bir yanlışlık vardı, düzeltildi."],
        "de": ["Klarstellung: Eine frühere Version dieses Artikels enthielt eine Ungenauigkeit, die inzwischen behoben ist."],
        "fr": ["Précision : une version antérieure de cet article comportait une inexactitude, désormais corrigée."],
        "es": ["Aclaración: una versión anterior de esta noticia contenía una inexactitud que ya se ha subsanado."],
        "ru": ["Уточнение: в прежней версии материала была неточность, теперь она исправлена."],
    },
    # the three families new in this part
    "marketday": {  # market-day boards: this week's stalls, the hours and place, the become-a-trader link, the guest-stall badge
        "en": ["On the market this week", "Market days, hours and where to find us",
               "Become a market trader: apply for a pitch ›", "This week's guest stall"],
        "tr": ["Bu hafta pazarda kimler var", "Pazar günleri, saatleri ve yeri",
               "Pazarda tezgâh açmak için başvurun ›", "Haftanın misafir tezgâhı"],
        "de": ["Diese Woche auf dem Markt", "Markttage, Öffnungszeiten und Standort",
               "Marktbeschicker werden: Standplatz beantragen ›", "Gaststand der Woche"],
        "fr": ["Sur le marché cette semaine", "Jours, horaires et emplacement du marché",
               "Devenir exposant : demander un emplacement ›", "L'exposant invité de la semaine"],
        "es": ["En el mercado esta semana", "Días, horario y dónde encontrarnos",
               "Hazte placero: solicita un puesto ›", "Puesto invitado de la semana"],
        "ru": ["Кто торгует на ярмарке на этой неделе", "Дни работы ярмарки, часы и место",
               "Стать участником ярмарки: подать заявку на место ›", "Гость недели на ярмарке"],
    },
    "policeteam": {  # neighbourhood-policing panels: the team, the next drop-in, the report-online link, the non-emergency card
        "en": ["Your local policing team", "Meet your officer: next drop-in session",
               "Report a crime online ›", "For anything that is not an emergency, call 101"],
        "tr": ["Mahallenizin toplum destekli polis ekibi", "Polisinizle tanışın: bir sonraki buluşma",
               "Suç ihbarını çevrimiçi yapın ›", "Acil olmayan durumlarda karakolu arayın"],
        "de": ["Ihr Bezirksdienst vor Ort", "Sprechen Sie mit Ihrer Kontaktbeamtin: nächste Sprechstunde",
               "Anzeige online erstatten ›", "Wenn es kein Notfall ist, erreichen Sie die Wache so"],
        "fr": ["Votre équipe de police de proximité", "Rencontrer votre policier : prochaine permanence",
               "Porter plainte en ligne ›", "Hors urgence, joignez le commissariat de secteur"],
        "es": ["Tu equipo de policía de barrio", "Conoce a tu agente: próxima atención vecinal",
               "Denuncia por internet ›", "Para lo que no sea urgente, llama a la Policía Local"],
        "ru": ["Ваши участковые уполномоченные", "Встреча с участковым: ближайший приём",
               "Подать заявление в полицию онлайн ›", "Если случай не экстренный, звоните в отдел полиции"],
    },
    "registrar": {  # registry-office widgets: the appointment form, the rooms-and-fees table, the give-notice link, the opening hours
        "en": ["Book an appointment to register a birth or death", "Ceremony rooms and fees",
               "Give notice of marriage or civil partnership ›", "Register office opening hours"],
        "tr": ["Doğum veya ölüm kaydı için randevu alın", "Nikâh salonları ve ücretleri",
               "Evlenme başvurusu yapın ›", "Evlendirme ve nüfus işleri çalışma saatleri"],
        "de": ["Termin zur Beurkundung einer Geburt oder eines Sterbefalls buchen", "Trauzimmer und Gebühren",
               "Eheschließung beim Standesamt anmelden ›", "Öffnungszeiten des Standesamts"],
        "fr": ["Prendre rendez-vous pour une déclaration de naissance ou de décès", "Salles de cérémonie et tarifs",
               "Déposer un dossier de mariage ou de PACS ›", "Horaires du service de l'état civil"],
        "es": ["Pide cita para inscribir un nacimiento o una defunción", "Salas para bodas civiles y tasas",
               "Inicia el expediente de matrimonio ›", "Horario del Registro Civil"],
        "ru": ["Записаться в ЗАГС на регистрацию рождения или смерти", "Залы для торжественной регистрации и пошлины",
               "Подать заявление о регистрации брака ›", "Часы работы отдела ЗАГС"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"marketday": [0, 1, 2, 3], "policeteam": [0, 1, 2, 3], "registrar": [0, 1, 2, 3]}
# the market board: trader, what they sell
MARKET_STALLS = {
    "en": [("Coldharbour Farm", "Eggs, honey and seasonal veg"), ("Tidepool Fish", "Day-boat fish and dressed crab"), ("The Knife Man", "Sharpening while you shop")],
    "tr": [("Yaylacı Hüseyin", "Köy peyniri ve tereyağı"), ("Sahil Balıkçısı", "Günlük balık"), ("Kızılcık Bahçesi", "Ev reçelleri ve pekmez")],
    "de": [("Hofladen Brenninger", "Eier, Kartoffeln und Salat"), ("Fischerei am Weiher", "Räucherforellen"), ("Messerschleifer Ott", "Scheren und Messer schleifen")],
    "fr": [("Ferme des Trois Fontaines", "Œufs, volailles et légumes"), ("Le Rucher de Saint-Pons", "Miels et pain d'épices"), ("Fromagerie Cabanel", "Tommes et pélardons")],
    "es": [("Huerta de los Molina", "Verdura de temporada"), ("Pescados Ortuño", "Pescado de lonja"), ("Quesería El Alcornocal", "Quesos de cabra curados")],
    "ru": [("Пасека Гордеевых", "Мёд и перга"), ("Хозяйство «Заречное»", "Молоко, творог, сметана"), ("Кузница Фомина", "Ножи и садовый инвентарь")],
}
# the market's days, hours and place: label, value
MARKET_HOURS = {
    "en": [("Thursdays", "8am–2pm"), ("Farmers' market", "Second Saturday, 9am–1pm"), ("Where", "The Buttercross and Sheep Street")],
    "tr": [("Salı pazarı", "07.00–19.00"), ("Köylü pazarı", "Cumartesi 07.00–14.00"), ("Pazarın adresi", "Eski Garaj kapalı pazar yeri")],
    "de": [("Wochenmarkt am Mittwoch", "7–13 Uhr"), ("Bauernmarkt", "Samstag, 8–12 Uhr"), ("Wo der Markt steht", "Marktplatz vor dem Rathaus")],
    "fr": [("Marché du mercredi", "8 h – 13 h"), ("Marché de producteurs", "Vendredi, 16 h – 20 h"), ("Où nous trouver", "Halle de la place du Foirail")],
    "es": [("Lunes a sábado", "8:30 – 14:30"), ("Viernes por la tarde", "17:00 – 21:00"), ("Dónde", "Plaza de Abastos, calle del Pósito")],
    "ru": [("Суббота", "8:00–15:00"), ("Воскресенье", "8:00–13:00"), ("Место", "Площадь у Дома культуры")],
}
# the guest stall of the week
MARKET_GUEST = {"en": "Puddle Lane Bakehouse (sourdough and buns)", "tr": "Mihalıççık Tarhanacısı", "de": "Kaffeerösterei Holzapfel",
                "fr": "La Brûlerie du Causse (cafés torréfiés)", "es": "Turrones Vallejo", "ru": "Сыроварня «Луговая»"}
# the policing team: name, role
POLICE_TEAM = {
    "en": [("Sgt Ross Halloway", "Neighbourhood sergeant"), ("PC Dana Mirza", "Beat manager, town centre"), ("PCSO Lee Carver", "Community support officer, estates")],
    "tr": [("Komiser Yardımcısı Levent Aksu", "Toplum destekli polislik büro amiri"), ("Polis Memuru Ebru Kaya", "Mahalle sorumlusu"), ("Polis Memuru Tarık Şen", "Okul güvenliği")],
    "de": [("PHK Stefan Dorn", "Leiter Bezirksdienst"), ("POKin Melike Brandstätter", "Kontaktbeamtin Bahnhofsvorstadt"), ("PK Lukas Feil", "Jugendsachbearbeiter")],
    "fr": [("Brigadier-chef Yannick Sabatier", "Chef de secteur"), ("Gardienne de la paix Inès Lapeyre", "Îlotière centre-ville"), ("Adjoint de sécurité Rémi Costes", "Prévention écoles")],
    "es": [("Oficial Tomás Villar", "Jefe de la unidad de barrio"), ("Agente Rocío Benjumea", "Agente de barrio, San Lázaro"), ("Agente Alberto Quiles", "Agente de barrio, San Lázaro")],
    "ru": [("Майор полиции В. Корнилов", "Старший участковый"), ("Капитан полиции А. Дёмин", "Участковый, ул. Строителей"), ("Лейтенант полиции О. Гусева", "Инспектор по делам несовершеннолетних")],
}
# the next meet-your-officer session: label, value
POLICE_MEET = {
    "en": [("When", "Thursday, 10am–noon"), ("Where", "Orrinford Library, meeting room")],
    "tr": [("Ne zaman", "Çarşamba, 14.00–16.00"), ("Nerede", "Muhtarlık binası")],
    "de": [("Wann", "Dienstag, 16–18 Uhr"), ("Wo", "Stadtteilbüro Gerberstraße 9")],
    "fr": [("Quand", "Samedi, 10 h – 12 h"), ("Où", "Maison des associations")],
    "es": [("Cuándo", "Martes y jueves, 9:30 – 13:00"), ("Dónde", "Centro cívico San Lázaro")],
    "ru": [("Когда", "Вторник и четверг, 17:00–19:00"), ("Где", "улица Строителей, дом 14")],
}
# the non-emergency card: label, value
POLICE_CARD = {
    "en": [("Non-emergency", "101"), ("Emergency", "999"), ("Textphone", "18001 101")],
    "tr": [("Acil olmayan durumlar", "Karakol: 0 (324) 900 11 55"), ("Acil", "112")],
    "de": [("Polizeiwache Mitte", "0821 900 3310"), ("Notruf", "110")],
    "fr": [("Commissariat de secteur", "04 00 90 17 17"), ("En cas d'urgence", "17 ou 112")],
    "es": [("Policía Local", "092"), ("Emergencias", "112")],
    "ru": [("Дежурная часть отдела полиции № 3", "8 (3452) 90-01-02"), ("Экстренный вызов", "102 или 112")],
}
# the ceremony rooms: room, guests, fee
REG_ROOMS = {
    "en": [("The Old Council Chamber", "80", "£520 (Fri), £610 (Sat)"), ("The Garden Room", "30", "£340"), ("Statutory ceremony, Ashby Road", "2 witnesses", "£56")],
    "tr": [("Belediye Nikâh Salonu", "250", "2.400 TL"), ("Kordon Nikâh Bahçesi", "150", "4.800 TL"), ("Makam odası", "10", "Ücretsiz")],
    "de": [("Sitzungssaal im Rathaus", "30", "80 €"), ("Alte Mühle, Mahlraum", "60", "230 €"), ("Außerhalb der Dienstzeit", "–", "+ 120 €")],
    "fr": [("Salle des mariages", "60", "Gratuit"), ("Salle du conseil", "90", "Gratuit"), ("Cérémonie le samedi après-midi", "60", "Gratuit")],
    "es": [("Salón de plenos", "110", "90 € / 220 €"), ("Sala del juzgado de paz", "15", "Sin coste"), ("Jardín del Ayuntamiento", "200", "300 €")],
    "ru": [("Малый зал", "20", "350 ₽"), ("Торжественный зал", "80", "350 ₽"), ("Выездная регистрация", "–", "по договору")],
}
# the register office's opening hours: day, hours
REG_HOURS = {
    "en": [("Monday to Thursday", "9am–4.30pm"), ("Fridays at Ashby Road", "9am–4pm"), ("Saturdays at the Town Hall", "Ceremonies only")],
    "tr": [("Hafta içi", "08.30–17.30"), ("Cumartesi", "Yalnızca nikâh"), ("Pazar", "Kapalı")],
    "de": [("Montag bis Freitag", "8–12 Uhr"), ("Donnerstagnachmittag", "14–18 Uhr"), ("Trautage", "Freitag und Samstag")],
    "fr": [("Du lundi au vendredi", "9 h – 12 h"), ("Mercredi après-midi", "14 h – 17 h"), ("Samedi après-midi", "Mariages uniquement")],
    "es": [("De lunes a viernes, con cita", "9:00 – 14:00"), ("Sábados por la mañana", "Solo bodas"), ("Horario de agosto", "9:00 – 13:00")],
    "ru": [("Вторник – суббота", "9:00–18:00"), ("Перерыв", "13:00–14:00"), ("Воскресенье и понедельник", "приёма нет")],
}
WIDGET_ROWS = (("market stalls", MARKET_STALLS), ("market hours", MARKET_HOURS), ("market guest", MARKET_GUEST),
               ("police team", POLICE_TEAM), ("police meet", POLICE_MEET), ("police card", POLICE_CARD),
               ("reg rooms", REG_ROOMS), ("reg hours", REG_HOURS))


# headlines of the linked stories (related lists, sidebars, previous / next posts)
HEADLINES = {
    "en": ["Parish clock ticks again after a retired engineer spends a winter in the tower", "Repair café fixes its 1,000th toaster",
           "Allotment society turns away 60 families as waiting list doubles", "Lido volunteers repaint the diving boards ahead of May opening",
           "Primary school pupils write the bus stop timetable in Welsh", "Rugby club's clubhouse roof blown off in overnight gale"],
    "tr": ["Mahalle çeşmesi 30 yıl sonra yeniden akıyor", "Sahil yolu bisiklet şeridine kavuştu",
           "Eski un fabrikası kültür merkezi olarak açıldı", "Köy kadınları kooperatifi ilk ihracatını yaptı",
           "Hastane önüne yeni otobüs durağı yapıldı", "Kıyıdaki çay bahçesi kış için kapanmayacak"],
    "de": ["Kirchturmuhr schlägt wieder: Rentner repariert das Uhrwerk", "Reparaturcafé rettet den tausendsten Toaster",
           "Kleingartenverein: Warteliste so lang wie nie", "Ehrenamtliche streichen die Sprungtürme im Freibad",
           "Grundschüler gestalten Fahrplan an der Haltestelle", "Sturm deckt Vereinsheim des Rugbyclubs ab"],
    "fr": ["L'horloge de l'église sonne à nouveau grâce à un retraité", "Le repair café répare son millième grille-pain",
           "Jardins familiaux : la liste d'attente a doublé", "Des bénévoles repeignent les plongeoirs de la piscine",
           "Les écoliers écrivent les horaires de l'arrêt de bus en occitan", "La tempête arrache le toit du club-house de rugby"],
    "es": ["El reloj de la torre vuelve a dar las horas gracias a un jubilado", "El café de reparaciones arregla su tostadora número mil",
           "Los huertos urbanos dejan fuera a 60 familias", "Voluntarios pintan los trampolines de la piscina municipal",
           "Los escolares diseñan el horario de la parada del autobús", "El temporal arranca el tejado del club de rugby"],
    "ru": ["Часы на колокольне снова идут благодаря пенсионеру-инженеру", "В мастерской «Почини сам» отремонтировали тысячный тостер",
           "В садовое товарищество очередь из шестидесяти семей", "Волонтёры покрасили вышки на городском пляже",
           "Школьники нарисовали расписание для автобусной остановки", "Ураган сорвал крышу с клуба регбистов"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["ru"]
TEASERS = {
    "ru": ["Механизм 1912 года собирали всю зиму по старым чертежам.",
           "Приходят раз в месяц, чинят всё — от утюгов до велосипедов.",
           "Новые участки обещают выделить только через два года.",
           "К открытию сезона успели и вышки, и раздевалки.",
           "Крупные цифры и картинки придумали третьеклассники.",
           "Тренировки пока перенесли в спортзал школы."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Round the district since dawn", "Your town, your parish, your street", "Police blotter and court lists", "Pay packets, shop fronts and rents", "Saturday's matches and Sunday's runs", "Out and about over the weekend", "Letters to the editor, columns and rows"],
               cookie="Our pages drop a handful of cookies into your browser: the essential ones keep logins and pages working, the optional ones, if you say yes, count which reports get read and pay for the adverts. You can revisit the decision from the Cookie choices link at the foot of the page.",
               accept="Yes, all of them are fine", reject="Only the ones the site cannot do without", share="Pass this report to someone who'd want to read it",
               related="Also in the news around the district", newsletter="The district before breakfast: the morning's local headlines by email",
               subscribe="Send me the district before breakfast", email="reader@district-before-breakfast.example",
               comment_note="Comments need a free account and are read by a moderator before they show, usually within two hours in the daytime.",
               closed="Commenting has been closed on this report.",
               footer=["The people who make this paper", "Tell us we've got something wrong", "How we handle your data and our cookies", "Advertising in print and on the website", "What you agree to when you browse these pages"],
               rights="Everything on this website is the publisher's copyright, and none of it may be copied elsewhere without the publisher's permission.",
               commenters=[("fore_street_phil", "Fair play to whoever wrote this, it's the full picture for a change."),
                           ("Hollowmere Hilary", "Is the council going to ask the rest of us, or is it already decided?")]),
    "tr": dict(nav=["Sabahtan beri ilçede olanlar", "Kasabanız, köyünüz, sokağınız", "Karakol ve mahkeme kayıtları", "Maaşlar, dükkânlar ve kiralar", "Cumartesi maçları, pazar koşuları", "Hafta sonu gezip görmeye", "Editöre mektuplar ve köşe yazıları"],
               cookie="Sayfalarımız tarayıcınıza birkaç çerez bırakıyor: zorunlu olanlar oturumların ve sayfaların çalışmasını sağlıyor, isteğe bağlı olanlar ise evet derseniz hangi haberlerin okunduğunu sayıyor ve reklamların parasını ödüyor. Kararınızı sayfanın altındaki Çerez tercihleri bağlantısından yeniden gözden geçirebilirsiniz.",
               accept="Evet, hepsi olur", reject="Yalnızca sitenin vazgeçemediği çerezler", share="Bu haberi okumak isteyecek birine iletin",
               related="İlçede gündemdeki diğer konular", newsletter="Kahvaltıdan önce ilçe: sabahın yerel manşetleri e-postayla",
               subscribe="Kahvaltıdan önce ilçe bültenini gönderin", email="okur@kahvaltidan-once.example",
               comment_note="Yorum için ücretsiz bir hesap gerekiyor; yorumlar görünmeden önce bir moderatör tarafından okunuyor, gündüzleri genellikle iki saat içinde.",
               closed="Bu haberin altına artık yorum yazılamıyor.",
               footer=["Bu gazeteyi çıkaranlar", "Bir yanlışımızı bize bildirin", "Verilerinizi ve çerezlerimizi nasıl kullanıyoruz", "Gazetede ve sitede ilan", "Bu sitenin kullanımına dair ince ayrıntılar"],
               rights="Bu sitedeki her şeyin telif hakkı yayıncıya aittir ve yayıncının izni olmadan hiçbir bölümü başka yerde kullanılamaz.",
               commenters=[("carsili_mustafa", "Kim yazdıysa eline sağlık, bu sefer resmin tamamı var."),
                           ("Kırkpınarlı Sevim", "Belediye bize de soracak mı, yoksa iş çoktan bitti mi?")]),
    "de": dict(nav=["Was seit dem Morgen im Kreis passiert ist", "Ihre Stadt, Ihr Dorf, Ihre Straße", "Polizeiberichte und Gerichtstermine", "Löhne, Ladenzeilen und Mieten", "Samstagsspiele und Sonntagsläufe", "Am Wochenende unterwegs", "Briefe an die Redaktion und Kolumnen"],
               cookie="Unsere Seiten legen eine Handvoll Cookies in Ihrem Browser ab: Die notwendigen halten Anmeldung und Seiten am Laufen, die optionalen zählen, wenn Sie zustimmen, welche Berichte gelesen werden, und bezahlen die Anzeigen. Über den Link Cookie-Auswahl unten auf der Seite können Sie Ihre Entscheidung jederzeit überdenken.",
               accept="Ja, alle sind in Ordnung", reject="Nur die, ohne die die Seite nicht auskommt", share="Diesen Bericht an jemanden weitergeben, der ihn lesen möchte",
               related="Was im Kreis sonst Thema ist", newsletter="Der Kreis vor dem Frühstück: die Lokalschlagzeilen des Morgens per Mail",
               subscribe="Den Kreis vor dem Frühstück bestellen", email="leser@kreis-vor-dem-fruehstueck.example",
               comment_note="Zum Kommentieren brauchen Sie ein kostenloses Konto; eine Moderatorin liest jeden Beitrag vor dem Erscheinen, tagsüber meist binnen zwei Stunden.",
               closed="Für diesen Bericht ist das Kommentieren beendet.",
               footer=["Wer diese Zeitung Tag für Tag macht", "Sagen Sie uns, wenn wir falsch liegen", "Was mit Ihren Daten und unseren Cookies geschieht", "Inserieren auf Papier und im Netz", "Das Kleingedruckte zur Nutzung dieser Website"],
               rights="Alles auf dieser Website ist urheberrechtlich geschützt und darf ohne Genehmigung des Verlags nirgendwo anders verwendet werden.",
               commenters=[("Gerbervorstadt_Uwe", "Respekt an den, der das geschrieben hat, diesmal ist das ganze Bild drin."),
                           ("Ilse aus Lindach", "Fragt die Stadt uns auch noch, oder ist das schon längst beschlossen?")]),
    "fr": dict(nav=["Depuis ce matin sur le territoire", "Votre ville, votre village, votre rue", "Mains courantes et audiences", "Salaires, vitrines et loyers", "Les matchs du samedi, les courses du dimanche", "Où sortir samedi et dimanche", "Lettres à la rédaction et chroniques"],
               cookie="Nos pages déposent une poignée de cookies dans votre navigateur : les indispensables font marcher la connexion et les pages, les facultatifs, si vous dites oui, comptent les articles lus et paient les annonces. Vous pouvez revenir sur votre décision grâce au lien Choix des cookies en pied de page.",
               accept="Oui, tous me conviennent", reject="Seulement ceux dont le site ne peut se passer", share="Transmettre ce reportage à quelqu'un qui aimerait le lire",
               related="Ce qui fait aussi parler sur le territoire", newsletter="Le territoire avant le café : les titres locaux du matin par courriel",
               subscribe="Recevoir Le territoire avant le café", email="lecteur@territoire-avant-le-cafe.example",
               comment_note="Pour commenter, il faut un compte gratuit ; chaque message est lu par un modérateur avant de paraître, en journée sous deux heures le plus souvent.",
               closed="Il n'est plus possible de commenter ce reportage.",
               footer=["Les personnes qui font ce journal", "Signalez-nous une erreur", "Ce que nous faisons de vos données et de nos cookies", "Réserver un encart dans nos colonnes ou sur le site", "Ce que vous acceptez en parcourant ces pages"],
               rights="Tout ce qui figure sur ce site est protégé par le droit d'auteur de l'éditeur et ne peut être repris ailleurs sans sa permission.",
               commenters=[("foirail_Jeannot", "Chapeau à qui a écrit ça, pour une fois on a toute l'histoire."),
                           ("Mireille du Causse", "La mairie va-t-elle nous demander notre avis, ou tout est déjà joué ?")]),
    "es": dict(nav=["Lo que ha pasado en la comarca desde el amanecer", "Tu pueblo, tu barrio, tu calle", "Atestados y señalamientos", "Nóminas, escaparates y alquileres", "Los partidos del sábado y las carreras del domingo", "Salir el fin de semana", "Cartas al director y columnas"],
               cookie="Nuestras páginas dejan un puñado de cookies en tu navegador: las imprescindibles mantienen el acceso y las páginas funcionando; las opcionales, si dices que sí, cuentan qué noticias se leen y pagan los anuncios. Puedes replantearte la decisión desde el enlace Elegir cookies al pie de la página.",
               accept="Sí, me valen todas", reject="Solo las que la web no puede dejar de usar", share="Pásale esta información a quien quiera leerla",
               related="De qué más se habla en la comarca", newsletter="La comarca antes del café: los titulares locales de la mañana por correo",
               subscribe="Quiero La comarca antes del café", email="lector@comarca-antes-del-cafe.example",
               comment_note="Para comentar hace falta una cuenta gratuita; un moderador lee cada mensaje antes de que aparezca, de día casi siempre en menos de dos horas.",
               closed="Ya no se puede comentar esta información.",
               footer=["Las personas que hacen este periódico", "Avísanos si nos hemos equivocado", "Qué hacemos con tus datos y con nuestras cookies", "Anunciarse en el papel y en internet", "Las normas para usar esta web"],
               rights="Todo lo que aparece en esta web está protegido por los derechos de autor del editor y no puede reutilizarse en otro sitio sin su permiso.",
               commenters=[("torrealbeño_Manolo", "Olé por quien haya escrito esto, por una vez está la historia entera."),
                           ("Reme de la plaza", "¿Nos va a preguntar el Ayuntamiento o ya está todo decidido?")]),
    "ru": dict(nav=["Что случилось в районе с утра", "Ваш город, ваше село, ваша улица", "Сводки полиции и судебные заседания", "Зарплаты, витрины и аренда", "Субботние матчи и воскресные забеги", "Куда податься в субботу и воскресенье", "Письма в редакцию и колонки"],
               cookie="Наши страницы оставляют в браузере несколько cookie: обязательные отвечают за вход и работу страниц, необязательные — если вы согласитесь — считают, какие материалы читают, и оплачивают рекламу. Пересмотреть решение можно по ссылке «Выбор cookie» внизу страницы.",
               accept="Да, подходят все", reject="Только те, без которых сайт не работает", share="Перешлите этот материал тому, кто захочет его прочитать",
               related="О чём ещё говорят в районе", newsletter="Район до завтрака: утренние местные заголовки на почту",
               subscribe="Присылайте мне «Район до завтрака»", email="chitatel@rayon-do-zavtraka.example",
               comment_note="Для комментариев нужна бесплатная учётная запись; каждое сообщение до публикации читает модератор, днём обычно в течение двух часов.",
               closed="Обсуждение этого материала завершено.",
               footer=["Кто каждый день делает эту газету", "Сообщите нам об ошибке", "Что происходит с вашими данными и нашими cookie", "Разместить объявление на бумаге и в сети", "Мелкий шрифт о пользовании сайтом"],
               rights="Всё, что опубликовано на этом сайте, защищено авторским правом издателя и не может использоваться в других местах без его разрешения.",
               commenters=[("строитель_Николаич", "Спасибо автору, на этот раз картина целиком."),
                           ("Зинаида с Северного", "Нас администрация спросит или всё уже решено без нас?")]),
}
UI58 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "ALSO IN THE CHRONICLE:"},  # the regional layout's inline links
    (mp2, "BIO"): {"en": "{name} writes for {site} about {section} and the people behind it, and has done since 2018. Story ideas to desk@carnbridge-chronicle.example"},
    (mp4, "READMORE"): {"tr": "KIYI GAZETESİ'NDE BU DA VAR:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"en": dict(also="Also on the Observer")},
    (mp6, "TYPO3"): {"en": dict(ext="Video from Abbeyfield Baths (Vimeo)", note="A film of the pool's new roof is embedded here. It only loads from Vimeo once you agree, and Vimeo then receives data about your visit.",
                                button="Agree and play the pool film", by="Report and pictures by", search="Search the Abbeyfield Clarion",
                                lang_menu="Y stori hon yn Gymraeg")},
    (mp7, "SANITY"): {"ru": dict(nl_title="Северный по утрам", nl_text="Что случилось в микрорайоне за ночь и что ждёт сегодня — одним письмом в семь утра.",
                                 nl_button="Присылайте мне «Северный по утрам»", nl_placeholder="Ваш адрес для рассылки «Северный по утрам»")},
    (mp11, "HUGO"): {"en": dict(nl_title="The Dispatch Weekly", nl_text="Every Friday at noon: the buses, the council, the markets and the villages around Ashby, in one email.",
                                nl_label="Your email for the Dispatch Weekly", nl_button="Send me the Dispatch Weekly")},
    (mp13, "PUB_NAV"): {"ru": ["Новое в «Дневнике»", "Заречане и их истории", "Заречье и окрестные деревни", "Поддержать «Дневник»"]},
    (mp13, "TEASERS"): {"ru": TEASERS["ru"]},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Ольховка: наше село, новости и объявления",
                                menu=["Ольховка — главная", "Новости Ольховки", "Объявления старосты", "История села Ольховка", "Ольховка в фотографиях", "Написать старосте"],
                                cats=["Новости Ольховки", "Объявления старосты", "Субботники и толоки"],
                                friends=["Ольховская основная школа", "Ольховский сельский клуб", "Приход храма Покрова в Ольховке"],
                                footer="Сайт села Ольховка © 2026 · ведут сами жители",
                                poster="olhovka_admin", tags=["колодец-журавль", "ольховская толока"],
                                commenters=[("Тётя_Валя_Ольховка", "Молодцы мужики! Вода теперь чистая будет."),
                                            ("Михаил из города", "Жаль, не смог приехать. Деньги перевёл Нине Сергеевне.")],
                                style="br", heads="b")},
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
# the new layout: a static site built with Eleventy v2 (the eleventy-base-blog starter, adapted by a small news site),
# as it serves a post: a plain head with the stylesheet (or inlined critical CSS), the Atom and JSON feed links, the
# generator meta, the Pagefind UI assets and the webmention endpoints; the skip link, the header with the site title
# and the nav list, the Pagefind search box; the post layout (Nunjucks) around the Markdown body as markdown-it
# writes it -- p, h2 with markdown-it-anchor's "#" permalinks, blockquote, ul / ol, the eleventy-img shortcode's
# figure with <picture> and srcset, a table, markdown-it-footnote's sup.footnote-ref links and section.footnotes --;
# the tags list, the previous / next post links, the webmentions block (likes, reposts, replies from other sites),
# the footer with the about line, the RSS link and "Built with Eleventy", the Cloudflare analytics beacon
# --------------------------------------------------------------------------
# the platform's (the starter's and its plugins') generic strings, per language (not checked)
ELEVENTY_CORE = {
    "en": dict(skip="Skip to main content", navhd="Top level navigation menu", prev="Previous", next="Next",
               webmentions="Webmentions", likes="{n} likes", reposts="{n} reposts", replies="Replies",
               built="Built with", by="By", tagged="Tagged", months=["January", "February", "March", "April", "May", "June", "July",
                                                                    "August", "September", "October", "November", "December"],
               search="Search", feed="Atom feed", backref="Back to content"),
    "fr": dict(skip="Aller au contenu principal", navhd="Menu de navigation principal", prev="Précédent", next="Suivant",
               webmentions="Webmentions", likes="{n} j'aime", reposts="{n} partages", replies="Réponses",
               built="Construit avec", by="Par", tagged="Mots-clés", months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                                                          "août", "septembre", "octobre", "novembre", "décembre"],
               search="Rechercher", feed="Flux Atom", backref="Retour au texte"),
}
# the sites' own strings: host, tagline, nav, footer texts, the cookie line (if any), the webmentions from other sites
# (author, their site, text), how many people liked and reposted, the analytics token
ELEVENTY = {
    "The Wexcombe Weathercock": dict(
        domain="wexcombeclarion.example", css="link", token="3f9c1d7ab24e4c0e9b1f6a2d8e5c7b40",
        tagline="News from Wexcombe and the villages around it, gathered by volunteers since 2019",
        nav=[("Weathercock front page", "/"), ("All stories", "/stories/"), ("Coming up in Wexcombe", "/whats-on/"), ("About the Weathercock", "/about/"), ("Help us report", "/volunteer/")],
        about="The Wexcombe Weathercock is written and edited by unpaid volunteers. We take no advertising and answer to nobody but our readers.",
        rss="Every story by RSS", cookie=None,
        mentions=[("Pippa Lorrimer", "pippalorrimer.example", "Lovely to see the market back where it belongs. Mandy's cheese stall is worth the trip alone."),
                  ("Wexcombe Town Band", "wexcombeband.example", "We'll be playing on the Buttercross steps at the first summer market on 2 July — come and say hello."),
                  ("Tom Atherley", "social.atherley.example", "Twenty pounds for a standard pitch still seems fair to me, for what it's worth.")],
        likers=["Jen Haworth", "Sam Q.", "Ollie Dunmore", "Beck Street Deli"]),
    "La Feuille de Châtel-Vieux": dict(
        domain="feuille-chatelvieux.example", css="inline", token="8b2e60c4f1d94a7386c5e0d2a91f4b77",
        tagline="Le journal en ligne du village, fait par des habitants bénévoles",
        nav=[("La une", "/"), ("Tous les articles", "/articles/"), ("Agenda du village", "/agenda/"), ("La petite équipe de la Feuille", "/a-propos/"), ("Écrire à la Feuille", "/contact/")],
        about="La Feuille de Châtel-Vieux est rédigée par une petite équipe d'habitants, sans publicité ni subvention.",
        rss="S'abonner au flux RSS", cookie="Ce site ne dépose aucun traceur publicitaire ; la mesure d'audience est anonyme.",
        mentions=[("Odile Marcou", "odile-marcou.example", "Enfin ! Ma mère pourra assister au mariage de ma fille sans qu'on la porte dans l'escalier."),
                  ("Comité des fêtes de Châtel-Vieux", "comite-chatelvieux.example", "Nous prêterons les tables pour les vins d'honneur dans la cour du presbytère, il suffit de demander."),
                  ("Luc Bastide", "bastide.example", "Le rendez-vous, c'est bien, mais il faudrait aussi un créneau le samedi matin pour ceux qui travaillent.")],
        likers=["Anne-So", "Gilles Ferrand", "Mairie de Murasson", "Patou"]),
}
ELEVENTY_EXEMPT = {"domain", "css", "token"}
ELEVENTY_VERSION = "2.0.1"


def e11_slug(text):
    """Eleventy's slugify filter (@sindresorhus/slugify): accents dropped, apostrophes removed, lower case, dashes."""
    import unicodedata
    t = unicodedata.normalize("NFKD", mp.inline_text(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"['\u2019]", "", t.lower())).strip("-")


def e11_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return "%d %s %d" % (d, ELEVENTY_CORE[lang]["months"][m - 1], y)


def e11_hash(art, n=10):
    """eleventy-img's output file name: a short hash of the source image."""
    h = base64.urlsafe_b64encode(hashlib.sha256(("img-" + art["id"]).encode()).digest()).decode()
    return h[:n]


def render_inline(tpl, val):
    return mp.inline_html(val)


def e11_figure(art):
    # the {% image %} shortcode of eleventy-img in a <figure>, as the site's own shortcode wraps it
    h = e11_hash(art)
    widths = (400, 800, 1200)
    sizes = "(min-width: 48em) 720px, 100vw"
    def srcset(fmt):
        return ", ".join("/img/%s-%d.%s %dw" % (h, w, fmt, w) for w in widths)
    return ('<figure class="post-figure"><picture><source type="image/avif" srcset="%s" sizes="%s">'
            '<source type="image/webp" srcset="%s" sizes="%s"><img alt="%s" loading="lazy" decoding="async" '
            'src="/img/%s-400.jpeg" width="1200" height="800" srcset="%s" sizes="%s"></picture>'
            '<figcaption>%s <small>%s</small></figcaption></figure>') % (
        srcset("avif"), sizes, srcset("webp"), sizes, A(art["caption"]), h, srcset("jpeg"), sizes,
        E(art["caption"]), E(art["credit"]))


def e11_table(rows):
    head, body = rows[0], rows[1:]
    return ("<table>\n<thead>\n<tr>\n%s\n</tr>\n</thead>\n<tbody>\n%s\n</tbody>\n</table>" % (
        "\n".join("<th>%s</th>" % mp.inline_html(c) for c in head),
        "\n".join("<tr>\n%s\n</tr>" % "\n".join("<td>%s</td>" % mp.inline_html(c) for c in r) for r in body)))


def e11_body(art, placed, c):
    """The post body as markdown-it renders the Markdown file (with the anchor and footnote plugins), the figure
    shortcode after the first paragraph and what the editors pasted in between."""
    blocks, n, marks = art["blocks"], len(art["blocks"]), art["marks"]
    out = []
    for i in range(n + 1):
        out.extend(placed.get(i, []))
        if i == n:
            break
        kind, val = blocks[i]
        if kind == "p":
            ref = ""
            if i in marks:
                k = marks[i]
                ref = '<sup class="footnote-ref"><a href="#fn%d" id="fnref%d">[%d]</a></sup>' % (k, k, k)
            out.append("<p>%s%s</p>" % (mp.inline_html(val), ref))
        elif kind == "h":
            hid = e11_slug(val)
            out.append('<h2 id="%s" tabindex="-1">%s <a class="header-anchor" href="#%s">#</a></h2>' % (hid, E(val), hid))
        elif kind == "q":
            out.append("<blockquote>\n<p>%s</p>\n</blockquote>" % mp.inline_html(val))
        elif kind == "table":
            out.append(e11_table(val))
        else:
            out.append("<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind))
        if i == 0:
            out.append(e11_figure(art))
    if art.get("notes"):
        out.append('<hr class="footnotes-sep">\n<section class="footnotes">\n<ol class="footnotes-list">\n%s\n</ol>\n</section>' % "\n".join(
            '<li id="fn%d" class="footnote-item"><p>%s <a href="#fnref%d" class="footnote-backref">\u21a9\ufe0e</a></p>\n</li>' % (
                k + 1, mp.inline_html(t), k + 1) for k, t in enumerate(art["notes"])))
    return "\n".join(out)


E11_CSS = ("*{box-sizing:border-box}:root{--text-color:#212121;--link:#0b5cad;--bg:#fffdf8;--soft:#6b6b6b}"
           "body{font-family:-apple-system,system-ui,sans-serif;color:var(--text-color);background:var(--bg);max-width:46em;margin:0 auto;padding:0 1rem;line-height:1.55}"
           ".visually-hidden:not(:focus):not(:active){clip:rect(0 0 0 0);clip-path:inset(50%);height:1px;overflow:hidden;position:absolute;white-space:nowrap;width:1px}"
           "header{display:flex;flex-wrap:wrap;gap:1em .5em;align-items:center;padding:1em 0;border-bottom:1px solid #ddd}"
           ".home-link{font-size:1.4em;font-weight:700;flex-grow:1;text-decoration:none}.nav{display:flex;gap:.5em 1em;padding:0;margin:0;list-style:none}"
           ".post-metadata{display:inline-flex;flex-wrap:wrap;gap:.5em;list-style:none;padding:0;color:var(--soft)}"
           ".header-anchor{text-decoration:none;font-style:normal;font-size:1em;display:inline-block;margin-left:.1em;opacity:.4}"
           ".links-nextprev{display:flex;justify-content:space-between;gap:.5em 1em;list-style:none;padding:1em 0;border-top:1px dashed #ccc}"
           "figure{margin:1.5em 0}img{max-width:100%;height:auto}table{border-collapse:collapse}td,th{padding:.25em .6em;border-bottom:1px solid #ddd}"
           ".webmentions__facepile{display:flex;gap:.25em;list-style:none;padding:0}.webmention{list-style:none;margin:0 0 1em}"
           "footer{margin-top:3em;padding:1em 0;border-top:1px solid #ddd;font-size:.9em;color:var(--soft)}")


def tpl_eleventy(art, ui, site, placed, rng):
    # a post of a news site built with Eleventy v2, as served from its CDN (see the module docstring)
    lang = art["lang"]
    c, s = ELEVENTY_CORE[lang], ELEVENTY[site]
    host = "https://" + s["domain"]
    y, m, d = art["date"].split("-")
    pslug = e11_slug(art["title"])[:70].strip("-")
    url = "%s/%s/%s/%s/" % (host, y, m, pslug)
    body = e11_body(art, placed, c)
    shown = e11_date(lang, art["date"])
    tags = "\n".join('\t\t<li><a href="/tags/%s/" class="post-tag">%s</a>%s</li>' % (e11_slug(t), E(t), "," if k < len(art["tags"]) - 1 else "")
                     for k, t in enumerate(art["tags"]))
    nav = "\n".join('\t\t\t<li class="nav-item"><a href="%s"%s>%s</a></li>' % (href, ' aria-current="page"' if False else "", E(name))
                    for name, href in s["nav"])
    prev_h, next_h = rng.sample(HEADLINES[lang], 2)
    # the webmentions, as the site's webmention.io template renders them at build time
    likes, reposts = rng.randint(8, 40), rng.randint(2, 12)
    face = "\n".join('\t\t<li><a href="https://%s.example/" title="%s"><img class="webmention__author__photo" src="/img/wm/%s.jpg" alt="%s" width="36" height="36" loading="lazy"></a></li>' % (
        slug(u), A(u), e11_hash(dict(id=u), 8), A(u)) for u in s["likers"])
    replies = []
    for k, (who, where, text) in enumerate(s["mentions"]):
        wid = rng.randint(1500000, 1999999)
        day = "%s-%s-%02d" % (y, m, min(28, int(d) + k + 1))
        replies.append(f'''		<li class="webmention h-cite" id="webmention-{wid}">
			<div class="webmention__meta">
				<a class="webmention__author p-author h-card u-url" href="https://{where}/" target="_blank" rel="noopener noreferrer">
					<img class="webmention__author__photo u-photo" src="/img/wm/{e11_hash(dict(id=who), 8)}.jpg" alt="" width="48" height="48" loading="lazy">
					<strong class="p-name">{E(who)}</strong>
				</a>
				<span class="webmention__divider" aria-hidden="true">&sdot;</span>
				<time class="webmention__pubdate dt-published" datetime="{day}T{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}:00Z">{e11_date(lang, day)}</time>
			</div>
			<div class="webmention__content p-content">{E(text)}</div>
		</li>''')
    css = ('<link rel="stylesheet" href="/css/style.css?v=%s">' % e11_hash(dict(id=site), 8) if s["css"] == "link"
           else "<style>%s</style>" % E11_CSS)
    cookie = ('\n<div class="cookie-note" role="note"><p>%s</p></div>' % E(s["cookie"])) if s.get("cookie") else ""
    return f'''<!doctype html>
<html lang="{lang}">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1.0">
		<title>{E(art["title"])} — {E(site)}</title>
		<meta name="description" content="{A(art["sub"])}">
		<link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" title="{A(site)}">
		<link rel="alternate" href="/feed/feed.json" type="application/json" title="{A(site)}">
		<meta name="generator" content="Eleventy v{ELEVENTY_VERSION}">
		<link rel="canonical" href="{url}">
		<meta property="og:type" content="article">
		<meta property="og:title" content="{A(art["title"])}">
		<meta property="og:description" content="{A(art["sub"])}">
		<meta property="og:url" content="{url}">
		<meta property="og:image" content="{host}/img/{e11_hash(art)}-1200.jpeg">
		<meta name="twitter:card" content="summary_large_image">
		<link rel="webmention" href="https://webmention.io/{s["domain"]}/webmention">
		<link rel="pingback" href="https://webmention.io/{s["domain"]}/xmlrpc">
		<link rel="icon" href="/favicon.svg" type="image/svg+xml">
		{css}
		<link href="/pagefind/pagefind-ui.css" rel="stylesheet">
		<script src="/pagefind/pagefind-ui.js"></script>
	</head>
	<body>
		<a href="#skip" class="visually-hidden">{E(c["skip"])}</a>

		<header>
			<a href="/" class="home-link">{E(site)}</a>
			<p class="site-tagline">{E(s["tagline"])}</p>
			<nav>
				<h2 class="visually-hidden">{E(c["navhd"])}</h2>
				<ul class="nav">
{nav}
				</ul>
			</nav>
			<div id="search" class="site-search"></div>
			<script>
				window.addEventListener('DOMContentLoaded', (event) => {{
					new PagefindUI({{ element: "#search", showSubResults: true, showImages: false }});
				}});
			</script>
		</header>

		<main id="skip">
<article class="post" data-pagefind-body>
	<h1>{E(art["title"])}</h1>
	<ul class="post-metadata">
		<li><time datetime="{art["date"]}">{shown}</time></li>
		<li class="post-author">{E(c["by"])} {E(art["byline"])}</li>
{tags}
	</ul>
	<p class="post-summary" data-pagefind-meta="excerpt">{E(art["sub"])}</p>

{body}
</article>

<ul class="links-nextprev">
	<li class="links-nextprev-prev">← {E(c["prev"])}<br> <a href="/{y}/{m}/{e11_slug(prev_h)[:70].strip("-")}/">{E(prev_h)}</a></li>
	<li class="links-nextprev-next">{E(c["next"])} →<br> <a href="/{y}/{m}/{e11_slug(next_h)[:70].strip("-")}/">{E(next_h)}</a></li>
</ul>

<section class="webmentions" id="webmentions" data-pagefind-ignore>
	<h2 class="webmentions__title">{E(c["webmentions"])}</h2>
	<p class="webmentions__meta"><span class="webmentions__likes">{E(c["likes"].replace("{n}", str(likes)))}</span> &middot; <span class="webmentions__reposts">{E(c["reposts"].replace("{n}", str(reposts)))}</span></p>
	<ul class="webmentions__facepile">
{face}
	</ul>
	<h3 class="webmentions__subtitle">{E(c["replies"])}</h3>
	<ol class="webmentions__list">
{chr(10).join(replies)}
	</ol>
</section>
		</main>

		<footer>
			<p>{E(s["about"])}</p>
			<p><a href="/feed/feed.xml">{E(s["rss"])}</a> &middot; <em>{E(c["built"])} <a href="https://www.11ty.dev/">Eleventy v{ELEVENTY_VERSION}</a></em></p>
		</footer>{cookie}

		<!-- This page `{url[len(host):]}` was built on {art["date"]}T0{rng.randint(5, 9)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{rng.randint(100, 999)}Z -->
		<!-- Cloudflare Web Analytics --><script defer src='https://static.cloudflareinsights.com/beacon.min.js' data-cf-beacon='{{"token": "{s["token"]}"}}'></script><!-- End Cloudflare Web Analytics -->
	</body>
</html>
'''


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"eleventy": ["caption", "footnote"]}  # the figure shortcode's caption with its credit, the footnotes
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "marketday", "policeteam", "registrar"]
NEW_FAMILIES = ["marketday", "policeteam", "registrar"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"marketday": ["market-day board", "market day board", "market board", "guest stall", "guest-stall",
                                  "become a market trader", "stallholder", "market opening hours"],
                    "policeteam": ["neighbourhood policing", "neighbourhood-policing", "meet your officer", "policing team",
                                   "report a crime online", "police team", "beat manager"],
                    "registrar": ["register office", "registry office", "registry-office", "register-office",
                                  "notice of marriage", "ceremony room", "registration appointment", "registrar"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village association's, a residents' or a community forum's website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio", "print", "comments", "standards"}
# a council's, a town hall's or a commune's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY}
# of a family, only these wordings on a kind of site (an independent publication asks for money, it has no paywall)
KIND_WORDING = {("indie", "newsletter"): 2}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), forms, definition lists and tables
STYLES = {
    "cookie": ['<div class="provider-cookie-wall"><p class="provider-cookie-wall__text">%s</p><button class="provider-cookie-wall__allow" type="button">OK</button></div>',
               '<p class="thirdparty-held-note">%s</p>', '<div><i>%s</i></div>'],
    "newsletter": ['<div class="saturday-edition-pitch"><p class="saturday-edition-pitch__txt">%s</p><a class="saturday-edition-pitch__go" href="/saturday">&rarr;</a></div>',
                   '<p class="meter-exhausted-line">%s</p>', '<h5 class="edition-signup-hd">%s</h5>', '<p><strong><a href="/chip-in">%s</a></strong></p>'],
    "share": ['<ul class="pass-it-on-list">{items}</ul>', '<div class="street-forward-strip">%s</div>', '<p><a href="#forward">%s</a></p>'],
    "photo": ['<p class="organisers-pic-note">%s</p>', '<span class="shot-for-credit">%s</span>', '<div><small>%s</small></div>'],
    "copyright": ['<p class="consent-reuse-note">%s</p>', '<div class="all-content-mark"><small>%s</small></div>', '<div><em>%s</em></div>'],
    "section": ['<p class="desk-more-line">%s</p>', '<h6 class="desk-more-hd">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="fleuron-gap">%s</p>', '<div class="flourish-rule">%s</div>', '<div style="text-align:center">%s</div>'],
    "credit": ['<p class="weekend-team-line">%s</p>', '<div class="democracy-desk-note">%s</div>', '<div><small><i>%s</i></small></div>'],
    "title": ['<p class="title-twice-p"><strong>%s</strong></p>', '<h2 class="title-twice-h2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="paid-promo-tag">%s</div>', '<p class="ads-fund-line">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="keep-reading-tap"><a href="#rest">%s</a></p>', '<div class="unfold-whole-btn">%s</div>', '<div><a href="#rest">%s</a></div>'],
    "comments": ['<p class="readers-think-link"><a href="#talk">%s</a></p>', '<div class="readers-said-pill">%s</div>', '<div><a href="#talk">%s</a></div>'],
    "readtime": ['<p class="get-through-line">%s</p>', '<span class="tea-minutes-pill">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="revised-at-chip"><time>%s</time></p>', '<div class="version-note-box">%s</div>', '<div><small><i>%s</i></small></div>'],
    "audio": ['<div class="human-voice-player"><button class="human-voice-player__play" aria-label="Play"></button><span class="human-voice-player__lbl">%s</span></div>',
              '<p class="spoken-copy-link"><a href="#voice">%s</a></p>', '<div><a href="#voice">%s</a></div>'],
    "correction": ['<aside class="clarify-box"><p>%s</p></aside>', '<p class="clarify-line"><i>%s</i></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="handset-app-plug"><p class="handset-app-plug__txt">%s</p><a class="handset-app-plug__get" href="/mobile">&#8595;</a></div>',
            '<p class="handset-open-line">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="writer-blurb-z"><p class="writer-blurb-z__txt">%s</p></div>', '<p class="writer-all-line"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "tip": ['<div class="seen-something-box"><p class="seen-something-box__txt">%s</p></div>', '<p class="newsroom-call-line">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="coquille-report"><p>%s</p></div>', '<p class="coquille-line">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="bigstory-popup-ask"><p class="bigstory-popup-ask__q">%s</p></div>', '<p class="bigstory-popup-line">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="save-print-row">{items}</ul>', '<p class="print-story-link"><a href="?view=print">%s</a></p>',
              '<div><a href="?view=print">%s</a></div>'],
    "feedback": ['<div class="needed-know-meter"><p class="needed-know-meter__q">%s</p></div>', '<p class="needed-know-line">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="code-practice-note"><p>%s</p></div>', '<p class="code-practice-strip"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="follow-topic-row"><span class="follow-topic-row__txt">%s</span></div>', '<p class="more-on-line">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="read-later-save-z"><a class="read-later-save-z__a" href="#saved">%s</a></div>',
                 '<p class="read-later-anchor-z"><a href="#saved">%s</a></p>', '<div><a href="#saved">%s</a></div>'],
    "poll": ['<div class="town-verdict-box"><p class="town-verdict-box__q">%s</p><button class="town-verdict-box__send" type="button">&#10003;</button></div>',
             '<h6 class="town-verdict-hd">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Q{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/Q{k}/" target="_blank">%s</a></blockquote>',
              '<div class="tube-still-facade"><a class="tube-still-facade__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="more-pics-link"><a class="more-pics-link__a" href="#pics">%s</a></div>',
                '<p class="pics-count-line">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-iframe-pinbox"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-iframe-pinbox__links">%s</p></div>',
            '<figure class="locator-map-img"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="save-date-links">{items}</ul>', '<p class="reminder-send-line"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="save-date-bar"><span class="save-date-bar__label">%s</span></div>'],
    "scores": ['<div class="county-scores-link"><a class="county-scores-link__a" href="/sport/live">%s</a></div>',
               '<ul class="county-scores-tabs">{items}</ul>', '<div><a href="/sport/live"><strong>%s</strong></a></div>'],
    # the three families new in this part ({stalls}: this week's traders; {mhours}: the market's days, hours and
    # place; {guest}: the guest stall; {team}: the officers and their roles; {meet}: the next drop-in; {pcard}: the
    # non-emergency numbers; {reglabels}: the appointment form's fields; {rooms}: the ceremony rooms and fees table;
    # {reghours}: the register office's hours)
    "marketday": ['<div class="market-board"><h4 class="market-board__hd">%s</h4><table class="market-board__stalls">{stalls}</table></div>',
                  '<div class="market-times-card"><p class="market-times-card__hd"><strong>%s</strong></p><dl class="market-times-card__list">{mhours}</dl></div>',
                  '<p class="become-trader"><a class="become-trader__btn" href="/markets/apply-for-a-pitch" role="button">%s</a></p>',
                  '<div class="guest-stall-badge"><span class="guest-stall-badge__lbl">%s</span> <span class="guest-stall-badge__name">{guest}</span></div>'],
    "policeteam": ['<div class="local-police-team"><h4 class="local-police-team__hd">%s</h4><ul class="local-police-team__officers">{team}</ul></div>',
                   '<div class="officer-drop-in"><h5 class="officer-drop-in__hd">%s</h5><dl class="officer-drop-in__when">{meet}</dl></div>',
                   '<p class="report-online-cta"><a href="/police/report-online">%s</a></p>',
                   '<div class="nonurgent-call-card"><p class="nonurgent-call-card__hd"><b>%s</b></p><dl class="nonurgent-call-card__nums">{pcard}</dl></div>'],
    "registrar": ['<form class="registration-booking" action="/register-office/book" method="get"><h4 class="registration-booking__hd">%s</h4>{reglabels}<button type="submit">&#10140;</button></form>',
                  '<div class="ceremony-fees"><h5 class="ceremony-fees__hd">%s</h5><table class="ceremony-fees__table">{rooms}</table></div>',
                  '<p class="notice-marriage-link"><a href="/register-office/give-notice">%s</a></p>',
                  '<div class="regoffice-hours"><p class="regoffice-hours__hd"><strong>%s</strong></p><dl class="regoffice-hours__list">{reghours}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>(%s)</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/saturday"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#forward">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "marketday": (0.6, ['<br><a href="/markets/apply-for-a-pitch"><b>%s</b></a>']),
          "policeteam": (0.6, [' <a href="/police/report-online"><strong>%s</strong></a>']),
          "registrar": (0.6, ['<br><a href="/register-office/give-notice">%s</a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# become-a-trader link, the report-online link and the give-notice link, not the boards, panels, forms or tables)
INLINE_WORDING = {"newsletter": 0, "marketday": 2, "policeteam": 2, "registrar": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="body-photo-y"><img src="/media/{id}-3.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-inline.jpg" alt="" width="600"><br><small>{cap} / {cr}</small></div>']
RELATED_STYLES = ['<div class="maybe-missed"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="earlier-coverage"><p class="earlier-coverage__hd">%s</p><ul>%s</ul></aside>',
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


# the appointment form's fields and the fees table's head, as the council's web team left them (not checked)
REG_LABELS = {"en": ("Type of registration", ("Birth", "Death"), "Preferred date"),
              "tr": ("İşlem türü", ("Doğum", "Ölüm"), "Tercih edilen tarih"),
              "de": ("Art der Beurkundung", ("Geburt", "Sterbefall"), "Wunschtermin"),
              "fr": ("Type de démarche", ("Naissance", "Décès"), "Date souhaitée"),
              "es": ("Tipo de trámite", ("Nacimiento", "Defunción"), "Fecha preferida"),
              "ru": ("Вид регистрации", ("Рождение", "Смерть"), "Желаемая дата")}
REG_HEAD = {"en": ("Room", "Guests", "Fee"), "tr": ("Salon", "Kişi", "Ücret"), "de": ("Raum", "Gäste", "Gebühr"),
            "fr": ("Salle", "Invités", "Tarif"), "es": ("Sala", "Invitados", "Tasa"), "ru": ("Зал", "Гостей", "Пошлина")}
MARKET_HEAD = {"en": ("Stall", "Selling"), "tr": ("Tezgâh", "Ürün"), "de": ("Stand", "Angebot"),
               "fr": ("Exposant", "Produits"), "es": ("Puesto", "Qué vende"), "ru": ("Участник", "Товар")}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's list, table or form, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")
    kind_l, kinds, date_l = REG_LABELS[lang]
    k = "%06x" % rng.randint(0, 16**6 - 1)
    form = ('<label for="rk-%s">%s</label><select id="rk-%s" name="type">%s</select><label for="rd-%s">%s</label>'
            '<input id="rd-%s" type="date" name="date">') % (k, esc(kind_l), k, "".join("<option>%s</option>" % esc(x) for x in kinds),
                                                            k, esc(date_l), k)
    return (style.replace("{stalls}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in MARKET_HEAD[lang])
                          + "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in MARKET_STALLS[lang]))
            .replace("{mhours}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in MARKET_HOURS[lang]))
            .replace("{guest}", esc(MARKET_GUEST[lang]))
            .replace("{team}", "".join('<li><span class="officer-name">%s</span> — %s</li>' % (esc(a), esc(b)) for a, b in POLICE_TEAM[lang]))
            .replace("{meet}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in POLICE_MEET[lang]))
            .replace("{pcard}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in POLICE_CARD[lang]))
            .replace("{reglabels}", form)
            .replace("{rooms}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in REG_HEAD[lang])
                     + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b), esc(c)) for a, b, c in REG_ROOMS[lang]))
            .replace("{reghours}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in REG_HOURS[lang])))


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
               "scores": rng.choice([0, mid, n]), "marketday": rng.choice([mid, n, n]),
               "policeteam": rng.choice([0, mid, n]), "registrar": rng.choice([mid, n])}.get(fam, mid)
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
       "drupal": ("class", "encadre-texte"),  # a CKEditor style the commune's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--mint">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">🌷</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"eleventy": ("<mark>", "</mark>"),  # markdown-it-mark's ==text==
             "quintype": ('<mark>', "</mark>")}




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
# templates: eleventy is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"eleventy": tpl_eleventy, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h56), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "eleventy"


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
            rng = random.Random("newsflow-heldout58-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI58[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 57) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h56), labels, furniture strings,
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
    # layouts: eleventy (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h55 or h56 gave it
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
    # the eleventy pages: a site of ELEVENTY in a language of ELEVENTY_CORE, tags, footnotes marked in the text; no drop
    # cap, box, fact box, callout or <br> look (markdown-it writes none of them here); story tables only there
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in ELEVENTY or a["lang"] not in ELEVENTY_CORE or not a.get("tags")
                                       or not a.get("notes") or sorted(marks.values()) != list(range(1, len(a["notes"]) + 1))
                                       or any(st in ("box", "factbox", "dropcap", "br", "callout") for st, _ in a.get("look", []))):
            problems.append("%s: eleventy page needs an Eleventy site, tags, its footnotes and markdown looks only" % a["id"])
        if a["tpl"] != NEW_LAYOUT and (marks or a.get("notes") or any(k == "table" for k, _ in blocks)):
            problems.append("%s: footnotes or a story table on a layout without them" % a["id"])
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
    e11_sites = [{k: v for k, v in d.items() if k not in ELEVENTY_EXEMPT} for d in ELEVENTY.values()]
    # (ELEVENTY_CORE, REG_LABELS, REG_HEAD and MARKET_HEAD, the starter's strings and the council web team's generic
    # field labels, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("ELEVENTY", e11_sites), ("UI_NEW", UI_NEW)):
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



