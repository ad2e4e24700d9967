#!/usr/bin/env python3
"""Seventy-second held-out part (h72-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout72.py           # write pages/h72-*.html
    python benchmarks/data/extraction/make_heldout72.py --check   # verify pages/h72-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout72.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout71.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h72_en.py / articles_h72_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: race-day road-closure widgets on stories about marathons and half marathons -- the roads
shut on race day as a list with the times they close and reopen, the closures as a table, the "see the route map"
link, the diversions while the roads are shut as a definition list --, free advice-session timetables on stories
about debt, housing, rent and benefits advice drop-ins -- the sessions as a list with what they help with, venue, day
and time, the drop-ins as a table, the "book a slot with an adviser" link, the "ask an adviser to call you back" form
with its name and phone fields, its topic select and its button --, and community book-swap finders on stories about
little free libraries, book boxes, Bücherschränke and book-swap shelves -- the book boxes near you as a list with
what is in each, what is on the shelves this week as a table, the "add a book box to the map" link, the "find a
little library" search form with its town field, its genre select and its search button --), their wrapper class
names, related headlines, site names, the sites' own strings in the earlier layouts and the first-round furniture
strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..70, nor
their labels, furniture strings, widget rows, headlines or site names; verify() refuses to build if one is reused, if
a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier pool, family list,
template family or docstring, if a story paragraph or headline of an earlier part (h69 and h70 included) recurs, if a
headline is also a story paragraph, or if a body is outside 150-400 words.  Every name and number is fictional.
(h53's roadworks trackers listed closures and diversions for street works, h65's event permits had a road-closure
link for street parties, h59's recycling-centre widgets had their own booking form and h46 put a map on a commune's
book boxes; the race-day closures widget with its close and reopen times and route map, the advice-session timetable
with its call-back form and the book-swap finder with its shelves and library search are new families by name,
wording and markup, and none of those parts' wordings, rows or class names recur.)  The tables' heads, the forms'
field labels, options and buttons (CLOSURE_HEAD, CLOSURE_TO, ADVICE_HEAD, CALLBACK_LABELS, CALLBACK_BUTTON,
BOOK_HEAD, FIND_LABELS, FIND_GENRES, FIND_BUTTON) are the web teams' generic strings and not checked; the rows
themselves (RACE_CLOSURES, RACE_DIVERSIONS, ADVICE_SESSIONS, BOOK_BOXES) are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link among them may be run into a paragraph instead): race-day closures on an English city's first marathon
for 31 years (the English new-layout page: the roads-shut list), an English town's half marathon back after a row
with traders (the closures table), a Turkish city's first international half marathon (the Turkish new-layout page:
the route map link, run into a paragraph) and a French town's semi-marathon on a new riverside course (the
diversions card); advice-session timetables on free debt advice returning to an English town's libraries (the
sessions box), a German Schuldnerberatung reopening its open consultation hours (the drop-ins table), a Spanish
centro cívico's free tenancy advice (the book-a-slot link, run into a paragraph) and free legal consultations in
Russian district libraries (the call-back form); book-swap finders on an English village's three little libraries
passing 5,000 swaps (the book-box list), Turkish book-swap shelves in ferry and bus waiting rooms (the shelves
table), a German village association's new Bücherschrank at the bus stop (a village website on uCoz: the
add-a-book-box link, run into a paragraph) and Russian book-crossing shelves at bus stops (the library search form).
An earlier family that needs a reason in the story is placed the same way (the score-centre links on a German
village club's promotion); the other generic families are balanced over the part, leaving out those the page's site
would not print (the story's "kind": an English borough council's own news page on TYPO3 -- no newspaper
furniture --, a German village association's website on uCoz, an independent street publication on Medium, which
prints no ads, app, push or print prompts, comment counters or press-standards lines, and of the newsletter family
only its appeal for money); a correction box goes only on a story that was corrected, with that story's own wording.
Residue markup varies as on real pages: classed boxes, bars, chips, cards, panels, strips and widgets, bare <p> /
<div> lines as pasted by editors, headings, links, lists, spans, forms, definition lists and tables, and, for a few
families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share line, the route map
link, the book-a-slot link, the add-a-book-box link; only one line in any paragraph) or a bold section tag run into
the start of the first paragraph (drawn at random; no story of this part asks for one).
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, magazine, sanity and gutenberg), italics (a one-line quote on both new-layout pages,
Optimo's italic as Simorgh renders it, on semantic and on medium), bold (a one-line paragraph on the English
new-layout page, on nextjs and on medium), a highlighted sentence (a <mark> on quintype), a paragraph in a box (a
Gutenberg group, the magazine's panel, a CKEditor style on drupal), a fact box holding a subheading and its list (a
Fusion custom embed: what a village's communal oven bakes), a Ghost callout card (a little library's opening rule), a
paragraph typed after a <br> (Shift+Enter on chunks); story structures that look like furniture but are the story:
question-and-answer interviews (questions typed in bold, some of two or three words -- "Strangest repair?", "And
you?", "Martılar mı?", "А сельские собаки?" --, in English, Turkish and Russian: the last cobbler of a street after
47 years, a ferry-pier simit seller after 40, a village postwoman after 40), lists inside the story (a marathon's
charities, what debt advisers help with, a half marathon's numbers, a car park's new charges, a community fridge's
rules, the problems a Schuldnerberatung sees most, a Bücherschrank's rules, what a repair café mends most, a summer
cinema's programme, what a communal oven bakes, a book-swap shelf's rules), crossheads as headings and as bold
paragraphs, one-line quotes and short one-line paragraphs ("The course has been measured twice.", "“I will be the
one at the back with the bagpipes.”", "Nobody checks.", "“Food in a bin is the real waste.”", "“Ben yürüyerek de
olsa bitireceğim.”", "Çocuk kitapları da hızla tükeniyor.", "Der Schrank ist Tag und Nacht geöffnet.", "La primera
sesión se agotó en dos horas."), a closing line with practical information (what to bring to a debt advice session,
a clock that will not strike at night, a half marathon's park-and-ride, a book box's count at the parish council,
autumn menus, a council's parking team, a prize-giving on a bandstand, where to leave donated books, a
Beratungsstelle's address, season tickets in a club house, shuttle buses from a car park, the next repair café, a
baker's van round, what to take to tenancy advice, a summer cinema's times, a communal oven's first Sundays, a
library's opening hours), and story sentences that mention furniture words in ordinary reporting ("Contact with an
adviser" opening a story, "Follow the cones, not the satnav" opening another, a librarian who "shares it at every
parish council meeting", a Medium piece asking readers to "drop a note through the laundrette's door", a village
website thanking Helga "für die schönen Fotos"), some at the start or end of the story where furniture usually sits.
Two pages carry no residue at all (an English and a Turkish interview) and one only its correction line (an English
town hall clock).
One page layout is new (simorgh: an article page of a fictional public broadcaster's English and Turkish language
services, served by Simorgh, the web platform of the BBC World Service language sites, on two pages, an English and
a Turkish one): the article URLs (/<service>/articles/<Optimo id>), the images from the broadcaster's image host in
fixed widths with srcSet; the head as Simorgh's server renders it (charSet and viewport metas, "<headline> -
<brand>" as the title, the description, fb:app_id, apple-mobile-web-app-title, application-name,
mobile-web-app-capable, msapplication and theme-color metas, og: / twitter: / article: metas, canonical, amphtml and
hreflang links, apple-touch-icon, manifest, preconnect and font preload, the emotion style blocks
(<style data-emotion="bbc ...">) and the JSON-LD @graph with its ReportageNewsArticle); in div#root the consent
banner (section[data-e2e="consent-banner"] with its heading, its text and cookie link, "Yes, I agree" and "No, take
me to settings"), the skip link, the header (role=banner) with the brand svg and its visually hidden name, the
service navigation (nav[role=navigation], ul[role=list], aria-current) with its dropdown button and list;
main[role=main] with every element in the emotion class pairs Simorgh's components carry ("bbc-1ka88fa e1j2237y0",
"bbc-hhl7in e17g058b0" ...) and their data-e2e / data-testid attributes: h1#content, the byline block
(div[data-testid="byline"]: author, visually hidden role, "Reporting from" -- the story's "place" --, the time), the
lead figure (the image placeholder, the copyright overlay "Image source, ..." in p[role=text] and the caption with
its visually hidden "Image caption, "), the body as p[dir=ltr], h2[tabindex=-1] with ids, ul[role=list] and inline
b / i, a second figure with its copyright overlay and caption in the middle of the story (this layout's own residue
in the container), the related topics (aside role=complementary), the related content promos
(section[data-e2e="related-content-heading"]); the secondary column (top stories, features); "Most read"
(section[data-e2e="most-read"], an ordered list with its rank numbers); the footer (role=contentinfo: the brand, the
broadcaster's links, the copyright and external-linking line); then window.SIMORGH_DATA (the page data with the
article's blocks, from which Simorgh hydrates the page), the bundles and the analytics noscript pixel.  Simorgh's
own strings (SM_CORE, per service language, and the emotion class names SMC) are left as the platform ships them and
not checked; the services' own strings (SM_SITES: the navigation, the topics, the features' headlines, the footer's
links, the copyright and external-linking line) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h69 or h70 gave it (9 English pages, 3 in each other language: English on wordpress, amp,
semantic, storybody, ghost, drupal, typo3 and medium; Turkish on cms and chunks; German on legacy-br, regional and
ucoz; French on portal, magazine and quintype; Spanish on table, nextjs and fusion; Russian on gutenberg, sanity and
hugo); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site rather
than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this
part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout70.py, so that make_pages.py can import this module and merge it the same way. Standard
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
from make_pages import E, A, UI  # noqa: E402
from articles_h72_en import ARTICLES as H72_EN  # noqa: E402
from articles_h72_intl import ARTICLES as H72_INTL  # noqa: E402




ARTICLES = H72_EN + H72_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70)
# parts whose layouts' languages this part avoids (the two before it; h71 is written at the same time)
LANG_PARTS = (mp69, mp70)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h72"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Brackwater Clarion", "Ellerby Town Crier", "Kilnsey Street Journal", "Ferrybridge Packet",
           "Upwick and Cray Villager", "Eastfold County Standard"],
    "tr": ["Karadere Sabah Postası", "Karadere Kent Gazetesi"],
    "de": ["Erlbacher Tagespost", "Hollenbacher Kreisbote"],
    "fr": ["Le Courrier de Villebrune", "Saint-Aubin Magazine", "La Gazette du Haut-Limousin"],
    "es": ["Diario de Villaseca", "Villaseca Hoy", "La Voz de la Tierra de Fuentelapeña"],
    "ru": ["Светлогорская неделя", "Заречный вестник Светлогорска", "Ивантеевские зори"],
}
# sites fixed per page (the two Simorgh services of a fictional public broadcaster, an English borough council's own
# site on TYPO3, a German village association's website on uCoz, an independent street publication on Medium) are
# given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h70 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This race-day livestream loads from a third-party player: allow its cookies to watch it here", "The five towns' map layer is switched off until you agree to location cookies"],
        "tr": ["Bu canlı yayın üçüncü taraf bir oynatıcıdan geliyor: izlemek için çerezlerine izin verin", "Beş kasaba harita katmanı, konum çerezlerini onaylayana kadar kapalı"],
        "de": ["Dieser Livestream kommt von einem fremden Player: erlauben Sie seine Cookies, um ihn hier zu sehen", "Die Kartenebene der fünf Städte bleibt aus, bis Sie Standort-Cookies zustimmen"],
        "fr": ["Ce direct est diffusé par un lecteur tiers : autorisez ses cookies pour le regarder ici", "La couche cartographique des cinq villes reste éteinte tant que vous refusez les cookies de localisation"],
        "es": ["Esta emisión en directo llega desde un reproductor externo: permite sus cookies para verla aquí", "La capa de mapa de las cinco villas sigue apagada hasta que aceptes las cookies de ubicación"],
        "ru": ["Эта трансляция идёт через сторонний плеер: разрешите его cookie, чтобы смотреть здесь", "Слой карты пяти городов отключён, пока вы не согласитесь на cookie геолокации"],
    },
    "newsletter": {
        "en": ["Five Towns Breakfast: the overnight news from every high street, in your inbox by 7am", "That was your last free story from the five towns this month: sign in or create an account to keep going", "Independent and reader-funded: a coffee a month keeps {site} on the street"],
        "tr": ["Beş Kasaba Kahvaltısı: bütün çarşılardan gece haberleri, sabah 7'de e-postanızda", "Bu ay beş kasabadan son ücretsiz haberinizdi: devam etmek için giriş yapın ya da hesap açın", "Bağımsız ve okur desteğiyle: ayda bir kahve parası {site} yayınını sokakta tutar"],
        "de": ["Fünf-Städte-Frühstück: die Nachrichten der Nacht aus jeder Hauptstraße, um 7 Uhr in Ihrem Postfach", "Das war Ihr letzter freier Artikel aus den fünf Städten in diesem Monat: anmelden oder Konto anlegen und weiterlesen", "Unabhängig und von Lesern bezahlt: ein Kaffee im Monat hält {site} auf der Straße"],
        "fr": ["Le Petit-déjeuner des cinq villes : les nouvelles de la nuit de chaque grand-rue, dans votre boîte à 7 h", "C'était votre dernier article gratuit des cinq villes ce mois-ci : connectez-vous ou créez un compte pour continuer", "Indépendant et financé par ses lecteurs : un café par mois garde {site} dans la rue"],
        "es": ["El Desayuno de las cinco villas: lo que pasó de noche en cada calle mayor, en tu correo a las 7", "Era tu última noticia gratis de las cinco villas este mes: inicia sesión o crea una cuenta para seguir", "Independiente y pagado por sus lectores: un café al mes mantiene a {site} en la calle"],
        "ru": ["«Завтрак пяти городов»: ночные новости с каждой главной улицы у вас в почте к 7 утра", "Это была последняя бесплатная новость пяти городов в этом месяце: войдите или создайте аккаунт, чтобы читать дальше", "Независимы и живём на деньги читателей: чашка кофе в месяц держит «{site}» на улице"],
    },
    "share": {
        "en": ["Tell the street: Facebook · WhatsApp · Bluesky · Copy link", "Know someone in the five towns who should see this? Send it on ›"],
        "tr": ["Sokağa duyurun: Facebook · WhatsApp · Bluesky · Bağlantıyı kopyala", "Beş kasabada bunu görmesi gereken biri mi var? Ona gönderin ›"],
        "de": ["Sagen Sie es weiter: Facebook · WhatsApp · Bluesky · Link kopieren", "Kennen Sie jemanden in den fünf Städten, der das sehen sollte? Weiterschicken ›"],
        "fr": ["Dites-le à la rue : Facebook · WhatsApp · Bluesky · Copier le lien", "Quelqu'un des cinq villes devrait voir ça ? Transmettez-le ›"],
        "es": ["Cuéntaselo a la calle: Facebook · WhatsApp · Bluesky · Copiar enlace", "¿Conoces a alguien de las cinco villas que debería verlo? Reenvíaselo ›"],
        "ru": ["Расскажите соседям: ВКонтакте · Telegram · WhatsApp · Скопировать ссылку", "Знаете кого-то в пяти городах, кому это нужно? Перешлите ›"],
    },
    "photo": {
        "en": ["Picture sent in to the five towns picture desk", "Photograph by a {site} reader, with permission"],
        "tr": ["Fotoğraf beş kasaba foto masasına gönderildi", "Fotoğraf: bir {site} okuru, izniyle"],
        "de": ["Bild an den Fotodesk der fünf Städte geschickt", "Foto eines Lesers von {site}, mit Erlaubnis"],
        "fr": ["Photo envoyée au service photo des cinq villes", "Photo d'un lecteur de {site}, avec son accord"],
        "es": ["Foto enviada a la mesa de fotografía de las cinco villas", "Fotografía de un lector de {site}, con su permiso"],
        "ru": ["Снимок прислан в фотослужбу пяти городов", "Фото читателя «{site}», публикуется с разрешения"],
    },
    "copyright": {
        "en": ["© {site}, all rights reserved. Quoting more than a paragraph of this report elsewhere requires a licence from our syndication desk."],
        "tr": ["© {site}, tüm hakları saklıdır. Bu haberin bir paragraftan fazlasını başka yerde alıntılamak için dağıtım masamızdan lisans alınmalıdır."],
        "de": ["© {site}, alle Rechte vorbehalten. Wer mehr als einen Absatz dieses Berichts anderswo zitiert, braucht eine Lizenz unserer Syndication."],
        "fr": ["© {site}, tous droits réservés. Citer plus d'un paragraphe de cet article ailleurs exige une licence de notre service de syndication."],
        "es": ["© {site}, todos los derechos reservados. Citar más de un párrafo de esta información en otro medio exige una licencia de nuestra agencia."],
        "ru": ["© «{site}», все права защищены. Цитирование более одного абзаца этого материала в других изданиях требует лицензии нашей службы распространения."],
    },
    "section": {
        "en": ["Latest from the five towns: {section}", "Every {section} report from the five towns ›"],
        "tr": ["Beş kasabadan son {section} haberleri", "Beş kasabadan bütün {section} haberleri ›"],
        "de": ["Das Neueste aus den fünf Städten: {section}", "Jeder Bericht aus {section} in den fünf Städten ›"],
        "fr": ["Les dernières des cinq villes : {section}", "Tous les articles {section} des cinq villes ›"],
        "es": ["Lo último de las cinco villas: {section}", "Todas las noticias de {section} de las cinco villas ›"],
        "ru": ["Последнее из пяти городов: {section}", "Все материалы рубрики «{section}» из пяти городов ›"],
    },
    "related": {
        "en": ["Elsewhere in the five towns today", "More from our high street reporters"],
        "tr": ["Bugün beş kasabada başka neler oldu", "Çarşı muhabirlerimizden daha fazlası"],
        "de": ["Was heute sonst in den fünf Städten los ist", "Mehr von unseren Reportern in der Hauptstraße"],
        "fr": ["Ailleurs dans les cinq villes aujourd'hui", "D'autres articles de nos reporters de la grand-rue"],
        "es": ["Hoy en el resto de las cinco villas", "Más de nuestros reporteros de la calle mayor"],
        "ru": ["Что ещё сегодня в пяти городах", "Ещё от наших корреспондентов с главной улицы"],
    },
    "symbol": {
        "*": ["⁂ · ⁂ · ⁂", "❦ · ❦ · ❦", "◆ ◇ ◆ ◇ ◆ ◇", "— ✣ —"],
    },
    "credit": {
        "en": ["With reporting from the {site} high street team", "Our five towns data reporter contributed"],
        "tr": ["Habere {site} çarşı ekibi katkı verdi", "Beş kasaba veri muhabirimiz de katkıda bulundu"],
        "de": ["Mit Material des Hauptstraßen-Teams von {site}", "Unsere Datenreporterin für die fünf Städte hat mitgearbeitet"],
        "fr": ["Avec l'équipe grand-rue de {site}", "Notre journaliste données des cinq villes a contribué"],
        "es": ["Con información del equipo de calle de {site}", "Ha colaborado nuestra periodista de datos de las cinco villas"],
        "ru": ["При участии уличной команды «{site}»", "В подготовке участвовал наш дата-журналист пяти городов"],
    },
    "ad": {
        "en": ["Sponsored · article resumes after this", "Put your shop in front of the five towns: adverts with {site} from £19"],
        "tr": ["Sponsorlu · haber bunun ardından sürüyor", "Dükkânınızı beş kasabaya tanıtın: {site} reklamları 400 liradan"],
        "de": ["Gesponsert · der Text geht danach weiter", "Ihr Laden vor den fünf Städten: Anzeigen bei {site} ab 19 €"],
        "fr": ["Sponsorisé · l'article reprend après", "Montrez votre boutique aux cinq villes : publicités avec {site} dès 19 €"],
        "es": ["Patrocinado · la noticia sigue después", "Tu tienda ante las cinco villas: anuncios en {site} desde 19 €"],
        "ru": ["Спонсорский блок · текст продолжится ниже", "Покажите свой магазин пяти городам: реклама в «{site}» от 1 500 ₽"],
    },
    "continue": {
        "en": ["There's more: read on below", "Open the whole five towns report ▾"],
        "tr": ["Devamı var: aşağıda okumayı sürdürün", "Beş kasaba haberinin tamamını açın ▾"],
        "de": ["Es geht noch weiter: unten weiterlesen", "Den ganzen Bericht aus den fünf Städten öffnen ▾"],
        "fr": ["Ce n'est pas fini : la suite ci-dessous", "Ouvrir tout l'article des cinq villes ▾"],
        "es": ["Hay más: sigue leyendo abajo", "Abrir la noticia completa de las cinco villas ▾"],
        "ru": ["Это ещё не всё: читайте ниже", "Открыть материал пяти городов полностью ▾"],
    },
    "comments": {
        "en": ["{n} neighbours are talking about this", "Read the {n} comments and add yours ›"],
        "tr": ["{n} komşu bunu konuşuyor", "{n} yorumu okuyun, siz de yazın ›"],
        "de": ["{n} Nachbarn reden darüber", "Die {n} Kommentare lesen und mitreden ›"],
        "fr": ["{n} voisins en parlent", "Lire les {n} commentaires et ajouter le vôtre ›"],
        "es": ["{n} vecinos están hablando de esto", "Lee los {n} comentarios y deja el tuyo ›"],
        "ru": ["{n} соседей уже обсуждают это", "Прочитать {n} комментариев и добавить свой ›"],
    },
    "readtime": {
        "en": ["A {m}-minute read from the five towns", "Reading time for this five towns story: about {m} min"],
        "tr": ["Beş kasabadan {m} dakikalık okuma", "Bu beş kasaba haberinin okuma süresi: yaklaşık {m} dk"],
        "de": ["{m} Minuten Lesezeit aus den fünf Städten", "Lesedauer dieser Fünf-Städte-Geschichte: etwa {m} Min."],
        "fr": ["{m} minutes de lecture depuis les cinq villes", "Temps de lecture de cet article des cinq villes : environ {m} min"],
        "es": ["{m} minutos de lectura desde las cinco villas", "Tiempo de lectura de esta noticia de las cinco villas: unos {m} min"],
        "ru": ["{m} минуты чтения из пяти городов", "Время чтения новости пяти городов: около {m} мин"],
    },
    "updated": {
        "en": ["This report was last changed on {d} at {t}", "Five towns desk update, {d}, {t}: new figures added"],
        "tr": ["Beş kasaba masası bu haberi en son {d} tarihinde saat {t}'de değiştirdi", "Haber {d}, {t} itibarıyla güncellendi: yeni rakamlar eklendi"],
        "de": ["Dieser Bericht wurde zuletzt am {d} um {t} Uhr geändert", "Artikel aktualisiert am {d}, {t} Uhr: neue Zahlen ergänzt"],
        "fr": ["La rédaction des cinq villes a modifié cet article pour la dernière fois le {d} à {t}", "Article actualisé le {d}, {t} : nouveaux chiffres ajoutés"],
        "es": ["Esta noticia se cambió por última vez el {d} a las {t}", "Noticia actualizada el {d}, {t}: se añaden nuevas cifras"],
        "ru": ["Материал последний раз изменён {d} в {t}", "Новость обновлена {d}, {t}: добавлены новые цифры"],
    },
    "audio": {
        "en": ["▶ Hear this five towns report ({m} min)", "Walking to the shops? The five towns audio edition of this story is {m} minutes long"],
        "tr": ["▶ Bu beş kasaba haberini dinleyin ({m} dk)", "Çarşıya mı yürüyorsunuz? Bu haberin beş kasaba sesli sürümü {m} dakika"],
        "de": ["▶ Diesen Bericht aus den fünf Städten anhören ({m} Min.)", "Auf dem Weg zum Einkaufen? Die Fünf-Städte-Audiofassung dieses Artikels dauert {m} Minuten"],
        "fr": ["▶ Écouter cet article des cinq villes ({m} min)", "En route pour les courses ? La version audio des cinq villes de cet article dure {m} minutes"],
        "es": ["▶ Escucha esta noticia de las cinco villas ({m} min)", "¿Vas andando a la compra? La versión en audio de las cinco villas dura {m} minutos"],
        "ru": ["▶ Слушать этот материал пяти городов ({m} мин)", "Идёте в магазин? Аудиоверсия этой новости пяти городов длится {m} минуты"],
    },
    "app": {
        "en": ["Get the {site} app: breaking news from the five towns before anyone else", "Read this in the five towns app ›"],
        "tr": ["{site} uygulamasını indirin: beş kasabadan son dakika haberleri herkesten önce", "Bu haberi beş kasaba uygulamasında okuyun ›"],
        "de": ["Holen Sie sich die App von {site}: Eilmeldungen aus den fünf Städten vor allen anderen", "In der Fünf-Städte-App lesen ›"],
        "fr": ["Téléchargez l'appli {site} : l'info des cinq villes avant tout le monde", "Lire dans l'appli des cinq villes ›"],
        "es": ["Descarga la app de {site}: la última hora de las cinco villas antes que nadie", "Léelo en la app de las cinco villas ›"],
        "ru": ["Скачайте приложение «{site}»: срочные новости пяти городов раньше всех", "Читать в приложении пяти городов ›"],
    },
    "bio": {
        "en": ["{by} reports on {section} across the five towns for {site} and still lives above a shop on the high street.", "Everything {by} has written from the five towns ›"],
        "tr": ["{by}, {site} için beş kasabada {section} haberlerini yazıyor ve hâlâ çarşıda bir dükkânın üstünde oturuyor.", "{by} imzalı tüm haberler ›"],
        "de": ["{by} berichtet für {site} aus den fünf Städten über {section} und wohnt noch immer über einem Laden an der Hauptstraße.", "Alles, was {by} aus den fünf Städten geschrieben hat ›"],
        "fr": ["{by} couvre la rubrique {section} dans les cinq villes pour {site} et habite toujours au-dessus d'une boutique de la grand-rue.", "Tout ce que {by} a écrit depuis les cinq villes ›"],
        "es": ["{by} cubre {section} en las cinco villas para {site} y sigue viviendo encima de una tienda de la calle mayor.", "Todo lo publicado por {by} ›"],
        "ru": ["{by} пишет для «{site}» о теме «{section}» в пяти городах и до сих пор живёт над магазином на главной улице.", "Все материалы автора {by} ›"],
    },
    "tip": {
        "en": ["Got a story from your street? Email newsdesk@fivetowns-news.example", "Text or WhatsApp the news desk: 07700 900 738"],
        "tr": ["Sokağınızdan bir haber mi var? haber@bes-kasaba.example adresine yazın", "Haber masasına mesaj ya da WhatsApp: 0 (533) 900 73 80"],
        "de": ["Eine Geschichte aus Ihrer Straße? Mail an redaktion@fuenf-staedte.example", "SMS oder WhatsApp an den Newsdesk: 0152 900 73 80"],
        "fr": ["Une histoire dans votre rue ? Écrivez à redaction@cinq-villes.example", "SMS ou WhatsApp à la rédaction : 06 00 90 73 80"],
        "es": ["¿Tienes una historia de tu calle? Escribe a redaccion@cinco-villas.example", "Mensaje o WhatsApp a la redacción: 600 900 738"],
        "ru": ["Есть история с вашей улицы? Пишите на redakciya@pyat-gorodov.example", "SMS или WhatsApp в редакцию: +7 900 000-73-80"],
    },
    "typo": {
        "en": ["Notice a typo in this report? Highlight it and hit Ctrl+Enter so we can fix it"],
        "tr": ["Bu haberde yazım hatası mı var? İşaretleyip Ctrl+Enter'a basın, düzeltelim"],
        "de": ["Tippfehler in diesem Bericht gefunden? Markieren und Strg+Enter drücken, wir korrigieren ihn"],
        "fr": ["Une coquille dans cet article des cinq villes ? Surlignez-la et appuyez sur Ctrl+Entrée pour que nous la corrigions"],
        "es": ["¿Una errata en esta noticia? Márcala y pulsa Ctrl+Intro para que la corrijamos"],
        "ru": ["Нашли опечатку в этом материале? Выделите её и нажмите Ctrl+Enter, мы исправим"],
    },
    "push": {
        "en": ["Get a ping when something big happens in the five towns? Allow notifications · Maybe later"],
        "tr": ["Beş kasabada önemli bir şey olduğunda bildirim alın mı? Bildirimlere izin ver · Belki sonra"],
        "de": ["Eine Nachricht, wenn in den fünf Städten etwas Großes passiert? Benachrichtigungen erlauben · Vielleicht später"],
        "fr": ["Être prévenu quand il se passe quelque chose d'important dans les cinq villes ? Autoriser les notifications · Plus tard peut-être"],
        "es": ["¿Quieres un aviso cuando pase algo gordo en las cinco villas? Permitir notificaciones · Quizá luego"],
        "ru": ["Получать сигнал, когда в пяти городах происходит что-то важное? Разрешить уведомления · Может быть, позже"],
    },
    "print": {
        "en": ["Print or save: Print this page · Save as PDF · Send by email", "Plain version for printing ›"],
        "tr": ["Yazdır ya da kaydet: Bu sayfayı yazdır · PDF olarak kaydet · E-postayla gönder", "Yazdırmak için sade sürüm ›"],
        "de": ["Drucken oder sichern: Diese Seite drucken · Als PDF sichern · Per Mail senden", "Schlichte Fassung zum Drucken ›"],
        "fr": ["Imprimer ou garder : Imprimer cette page · Enregistrer en PDF · Envoyer par courriel", "Version simple pour l'impression ›"],
        "es": ["Imprimir o guardar: Imprimir esta página · Guardar en PDF · Enviar por correo", "Versión sencilla para imprimir ›"],
        "ru": ["Печать и сохранение: Распечатать страницу · Сохранить в PDF · Отправить по почте", "Простая версия для печати ›"],
    },
    "feedback": {
        "en": ["Did this five towns report tell you what you needed? Yes, thanks · Partly · No"],
        "tr": ["Bu beş kasaba haberi aradığınızı anlattı mı? Evet, teşekkürler · Kısmen · Hayır"],
        "de": ["Hat Ihnen dieser Bericht aus den fünf Städten gesagt, was Sie wissen wollten? Ja, danke · Teilweise · Nein"],
        "fr": ["Cet article des cinq villes vous a-t-il appris ce que vous cherchiez ? Oui, merci · En partie · Non"],
        "es": ["¿Te ha contado esta noticia de las cinco villas lo que buscabas? Sí, gracias · En parte · No"],
        "ru": ["Ответил ли этот материал на ваш вопрос? Да, спасибо · Отчасти · Нет"],
    },
    "standards": {
        "en": ["{site} is a member of the Independent Press Standards Organisation's scheme for the five towns titles. To complain about this report, write to complaints@fivetowns-news.example."],
        "tr": ["{site}, beş kasaba yayınları için basın ahlak esaslarını benimsemiştir. Bu haberle ilgili şikâyetinizi sikayet@bes-kasaba.example adresine iletebilirsiniz."],
        "de": ["{site} hat sich für die Titel der fünf Städte dem Pressekodex verpflichtet. Beschwerden zu diesem Bericht an beschwerde@fuenf-staedte.example."],
        "fr": ["{site} adhère pour les titres des cinq villes au conseil de déontologie journalistique. Pour une réclamation sur cet article, écrivez à reclamation@cinq-villes.example."],
        "es": ["{site} está adherido, para los títulos de las cinco villas, a la comisión de quejas y deontología. Para reclamar sobre esta noticia, escribe a quejas@cinco-villas.example."],
        "ru": ["«{site}» для изданий пяти городов следует хартии журналистской этики. Жалобы на этот материал направляйте на zhaloby@pyat-gorodov.example."],
    },
    "topics": {
        "en": ["Filed under: {section} · the five towns · community", "Get more on {section} from the five towns ›"],
        "tr": ["Konu: {section} · beş kasaba · toplum", "Beş kasabadan daha fazla {section} ›"],
        "de": ["Abgelegt unter: {section} · die fünf Städte · Gemeinschaft", "Mehr zu {section} aus den fünf Städten ›"],
        "fr": ["Classé dans : {section} · les cinq villes · vie locale", "Plus sur {section} dans les cinq villes ›"],
        "es": ["Archivado en: {section} · las cinco villas · comunidad", "Más sobre {section} en las cinco villas ›"],
        "ru": ["Рубрики: {section} · пять городов · общество", "Больше о теме «{section}» в пяти городах ›"],
    },
    "bookmark": {
        "en": ["☆ Keep this in your Five Towns reading list"],
        "tr": ["☆ Beş Kasaba okuma listenize ekleyin"],
        "de": ["☆ Auf Ihre Fünf-Städte-Leseliste setzen"],
        "fr": ["☆ Ajouter à votre liste de lecture des cinq villes"],
        "es": ["☆ Añadir a tu lista de lectura de las cinco villas"],
        "ru": ["☆ Добавить в список чтения «Пять городов»"],
    },
    "poll": {
        "en": ["Your say: is this good news for your street? Good · Bad · Makes no difference", "You'll see how the five towns voted once you've voted"],
        "tr": ["Sizce: bu sokağınız için iyi haber mi? İyi · Kötü · Fark etmez", "Beş kasabanın nasıl oy verdiğini oy verince göreceksiniz"],
        "de": ["Ihre Meinung: Ist das eine gute Nachricht für Ihre Straße? Gut · Schlecht · Egal", "Wie die fünf Städte abgestimmt haben, sehen Sie nach Ihrer Stimme"],
        "fr": ["À vous : bonne nouvelle pour votre rue ? Bonne · Mauvaise · Ça ne change rien", "Vous verrez le vote des cinq villes après avoir voté"],
        "es": ["Tu opinión: ¿es una buena noticia para tu calle? Buena · Mala · Me da igual", "Verás cómo han votado las cinco villas después de votar"],
        "ru": ["Ваше мнение: хорошая ли это новость для вашей улицы? Хорошая · Плохая · Без разницы", "Как проголосовали пять городов, вы увидите после своего голоса"],
    },
    "embed": {
        "en": ["{handle} shared this on Instagram: open the post", "Watch {handle}'s video of the day on YouTube"],
        "tr": ["{handle} bunu Instagram'da paylaştı: gönderiyi açın", "{handle} kanalının günün videosunu YouTube'da izleyin"],
        "de": ["{handle} hat das auf Instagram geteilt: Beitrag öffnen", "Das Video des Tages von {handle} auf YouTube ansehen"],
        "fr": ["{handle} l'a partagé sur Instagram : ouvrir la publication", "Regarder la vidéo du jour de {handle} sur YouTube"],
        "es": ["{handle} lo compartió en Instagram: abre la publicación", "Mira el vídeo del día de {handle} en YouTube"],
        "ru": ["{handle} поделился этим в Instagram: открыть публикацию", "Смотреть видео дня от {handle} на YouTube"],
    },
    "gallery": {
        "en": ["📷 Flick through all {g} pictures", "See the day in {g} photos ›"],
        "tr": ["📷 {g} fotoğrafın hepsine göz atın", "Günü {g} fotoğrafta görün ›"],
        "de": ["📷 Alle {g} Bilder durchblättern", "Der Tag in {g} Fotos ›"],
        "fr": ["📷 Feuilletez les {g} photos", "La journée en {g} images ›"],
        "es": ["📷 Repasa las {g} fotos", "El día en {g} fotos ›"],
        "ru": ["📷 Пролистайте все {g} снимков", "День в {g} фотографиях ›"],
    },
    "map": {
        "en": ["Open the full-size map", "Find your way there: Google Maps · Apple Maps · Citymapper"],
        "tr": ["Haritayı tam boyutta açın", "Oraya nasıl gidilir: Google Haritalar · Apple Haritalar · Yandex Haritalar"],
        "de": ["Karte in voller Größe öffnen", "Wegbeschreibung: Google Maps · Apple Karten · Komoot"],
        "fr": ["Ouvrir la carte en grand", "Itinéraire : Google Maps · Plans d'Apple · Mappy"],
        "es": ["Abrir el mapa a tamaño completo", "Cómo llegar: Google Maps · Mapas de Apple · Citymapper"],
        "ru": ["Открыть карту целиком", "Маршрут: Яндекс Карты · 2ГИС · Google Карты"],
    },
    "calendar": {
        "en": ["Pop it in your calendar: Google · Outlook · iCal", "Send me a reminder a week before ›"],
        "tr": ["Takviminize ekleyin: Google · Outlook · iCal", "Bir hafta önce bana hatırlatma gönder ›"],
        "de": ["In den eigenen Kalender: Google · Outlook · iCal", "Eine Woche vorher erinnern ›"],
        "fr": ["Notez la date : Google · Outlook · iCal", "M'envoyer un rappel une semaine avant ›"],
        "es": ["Llévalo a tu calendario: Google · Outlook · iCal", "Envíame un recordatorio una semana antes ›"],
        "ru": ["Добавьте в свой календарь: Google · Outlook · iCal", "Напомнить за неделю ›"],
    },
    "scores": {
        "en": ["All the weekend's grassroots results ›", "Match centre: Fixtures · Results · Tables · Scorers"],
        "tr": ["Hafta sonunun bütün amatör sonuçları ›", "Maç merkezi: Fikstür · Sonuçlar · Puan tablosu · Golcüler"],
        "de": ["Alle Amateurergebnisse vom Wochenende ›", "Spielcenter: Spielplan · Ergebnisse · Tabellen · Torschützen"],
        "fr": ["Tous les résultats amateurs du week-end ›", "Centre des matchs : Calendrier · Résultats · Classements · Buteurs"],
        "es": ["Todos los resultados del fútbol base del fin de semana ›", "Centro de partidos: Calendario · Resultados · Clasificación · Goleadores"],
        "ru": ["Все любительские результаты выходных ›", "Матч-центр: Календарь · Результаты · Таблицы · Бомбардиры"],
    },
    "correction": {
        "en": ["We have corrected this report."],
        "tr": ["Bu haberde düzeltme yapılmıştır."],
        "de": ["Wir haben diesen Bericht korrigiert."],
        "fr": ["La rédaction des cinq villes a corrigé cet article."],
        "es": ["Hemos corregido esta información."],
        "ru": ["Редакция пяти городов исправила этот материал."],
    },
    # the three families new in this part
    "racedayclosures": {
        "en": ["Race day: roads closed on Sunday", "Road closures and reopening times", "See the route map ›", "Diversions while the roads are shut"],
        "tr": ["Yarış günü: pazar günü kapalı yollar", "Kapanan yollar ve açılış saatleri", "Parkur haritasını görün ›", "Yollar kapalıyken alternatif güzergâhlar"],
        "de": ["Renntag: gesperrte Straßen am Sonntag", "Straßensperrungen und Freigabezeiten", "Zur Streckenkarte ›", "Umleitungen während der Sperrung"],
        "fr": ["Jour de course : routes fermées dimanche", "Fermetures de routes et heures de réouverture", "Voir le plan du parcours ›", "Déviations pendant les fermetures"],
        "es": ["Día de carrera: calles cortadas el domingo", "Cortes de tráfico y horas de apertura", "Ver el mapa del recorrido ›", "Desvíos mientras las calles están cortadas"],
        "ru": ["День забега: перекрытые в воскресенье улицы", "Перекрытия и время открытия движения", "Смотреть карту трассы ›", "Объезды на время перекрытия"],
    },
    "advicesessions": {
        "en": ["Free advice sessions near you", "Drop-in advice: where and when", "Book a slot with an adviser ›", "Ask an adviser to call you back"],
        "tr": ["Yakınınızdaki ücretsiz danışma saatleri", "Randevusuz danışma: nerede, ne zaman", "Bir danışmandan randevu alın ›", "Danışmanın sizi aramasını isteyin"],
        "de": ["Kostenlose Beratung in Ihrer Nähe", "Offene Sprechstunden: wo und wann", "Einen Beratungstermin buchen ›", "Rückruf von einer Beraterin anfordern"],
        "fr": ["Permanences de conseil gratuites près de chez vous", "Permanences sans rendez-vous : où et quand", "Réserver un créneau avec un conseiller ›", "Demander à être rappelé par un conseiller"],
        "es": ["Asesorías gratuitas cerca de ti", "Atención sin cita: dónde y cuándo", "Reserva tu cita con un asesor ›", "Pide que un asesor te llame"],
        "ru": ["Бесплатные консультации рядом с вами", "Приём без записи: где и когда", "Записаться на приём к консультанту ›", "Попросить консультанта перезвонить"],
    },
    "bookswap": {
        "en": ["Book swaps near you", "What's on the shelves this week", "Add a book box to the map ›", "Find a little library"],
        "tr": ["Yakınınızdaki kitap takas noktaları", "Bu hafta raflarda neler var", "Haritaya bir kitap kutusu ekleyin ›", "Bir mini kütüphane bulun"],
        "de": ["Bücherschränke in Ihrer Nähe", "Was diese Woche in den Regalen steht", "Einen Bücherschrank auf der Karte eintragen ›", "Einen offenen Bücherschrank finden"],
        "fr": ["Boîtes à livres près de chez vous", "Ce qu'il y a sur les étagères cette semaine", "Ajouter une boîte à livres sur la carte ›", "Trouver une boîte à livres"],
        "es": ["Puntos de intercambio de libros cerca de ti", "Qué hay en las estanterías esta semana", "Añade una caseta de libros al mapa ›", "Encuentra una minibiblioteca"],
        "ru": ["Книжные полки для обмена рядом с вами", "Что на полках на этой неделе", "Добавить книжную полку на карту ›", "Найти ближайшую полку буккроссинга"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"racedayclosures": [0, 1, 2, 3], "advicesessions": [0, 1, 2, 3], "bookswap": [0, 1, 2, 3]}
# the roads shut on race day: road, closed from, reopens
RACE_CLOSURES = {
    "en": [("Quayside Road (whole length)", "6am", "1.30pm"), ("Hallam Park Drive", "7.30am", "12.15pm"), ("Nether Cray Lane", "8.15am", "1pm"), ("Merchant Square", "6am", "2pm")],
    "tr": [("Sahil Yolu (Liman Meydanı–Fener Burnu)", "06.30", "12.30"), ("Atatürk Bulvarı", "07.00", "11.45"), ("İskele Caddesi", "06.30", "12.00")],
    "de": [("Uferstraße Erlbach", "ab 7.15 Uhr", "gegen 13.20 Uhr"), ("Brückenweg", "ab 8.10 Uhr", "gegen 12.05 Uhr")],
    "fr": [("quai de la Vézère", "7 h", "12 h 30"), ("rue Nationale", "8 h", "11 h 45"), ("avenue du Stade", "8 h 30", "12 h 30")],
    "es": [("paseo del Río", "desde las 7.10", "hacia las 13.20"), ("calle Mayor de Villaseca", "desde las 8.05", "hacia las 12.10")],
    "ru": [("набережная Заречья", "с 7:00", "до 13:00"), ("улица Садовая", "с 8:00", "до 12:00")],
}
# the diversions while the roads are shut: for, use
RACE_DIVERSIONS = {
    "en": [("Dock Green and the ferry terminal", "the inner ring road via Foundry Street"), ("Hallam Park and Nether Cray", "the A6142 and Cray Hill"), ("Upwick", "Mill Road only, from the north")],
    "tr": [("Liman ve iskele", "Çevre Yolu üzerinden Değirmen Sokak"), ("Fener Burnu", "Yukarı Mahalle yolu")],
    "de": [("Innenstadt Erlbach", "über die Bahnhofstraße und den Gerberweg"), ("Kreisklinik Erlbach", "über die Ringstraße, Zufahrt frei")],
    "fr": [("centre-ville et gare", "par la rocade nord et l'avenue Foch"), ("hôpital", "par la route de Brive, accès maintenu"), ("stade municipal", "par le chemin des Granges")],
    "es": [("centro y estación", "por la ronda norte"), ("centro de salud", "por la avenida de la Constitución")],
    "ru": [("центр и вокзал", "по Объездной улице"), ("больница", "через улицу Мира")],
}
# the free advice sessions: help with, venue, day and time
ADVICE_SESSIONS = {
    "en": [("Debt and money worries", "Brackwater Central Library", "Tuesday mornings, 10am to 1pm"), ("Housing, rent and repairs", "Northgate Library", "Wednesday afternoons, 2pm to 5pm"), ("Benefits you may be missing", "Eastfold Homes office, Bank Street", "Thursday mornings, 9.30am to 12.30pm")],
    "tr": [("Borç, kredi ve icra", "Karadere Halk Kütüphanesi", "salı sabahları 10.00–13.00 arası"), ("Kira ve konut sorunları", "Liman Mahallesi Muhtarlığı", "perşembe öğleden sonra 14.00–17.00 arası")],
    "de": [("Schulden und Inkassobriefe", "Diakonie Erlbach, Hauptstraße 41", "dienstags von 9 bis 12 Uhr, ohne Termin"), ("Mietrückstand und Energiesperre", "Stadtteilbüro Erlbach-Nord", "mittwochs von 14 bis 17 Uhr, ohne Termin"), ("Bürgergeld und Anträge ausfüllen", "Rathaus Erlbach, Zimmer 12", "donnerstags von 9 bis 12 Uhr, ohne Termin")],
    "fr": [("Dettes et dossier de surendettement", "maison France services de Villebrune", "le mardi de 9 h à 12 h, sans rendez-vous"), ("Logement et loyers impayés", "centre social des Granges", "le jeudi de 14 h à 17 h, sans rendez-vous")],
    "es": [("Alquiler, fianzas y contratos", "Centro cívico de San Lázaro, sala 3", "lunes de 17.00 a 20.00, sin cita"), ("Desahucios y ocupaciones", "Centro cívico de San Lázaro, sala 3", "miércoles de 10.00 a 13.00, sin cita"), ("Ayudas al alquiler y bono social", "Biblioteca de La Estación", "jueves de 10.00 a 13.00, sin cita")],
    "ru": [("Долги по кредитам и коллекторы", "библиотека имени Пришвина", "по вторникам с 15 до 19 часов, без записи"), ("Жильё и долги за ЖКХ", "библиотека на Садовой, 12", "по средам с 15 до 19 часов, без записи"), ("Пособия, субсидии и льготы", "библиотека в Заречье", "по четвергам с 11 до 14 часов, без записи")],
}
# the book boxes: where, what is on the shelves
BOOK_BOXES = {
    "en": [("Church Lane phone box, Upwick", "crime novels, cookery, local walks"), ("Village hall porch, Upwick", "picture books and early readers"), ("Mill Road bus shelter", "paperback thrillers, two atlases")],
    "tr": [("İskele bekleme salonu", "polisiye, gezi kitapları"), ("Otogar bekleme salonu", "çocuk kitapları, şiir"), ("Kent kütüphanesi girişi", "romanlar ve dergi yıllıkları")],
    "de": [("Haltestelle Dorfplatz", "Krimis, Heimatkalender, Kochbücher"), ("Pfarrheim Kleinerlbach", "Kinderbücher und Bilderbücher"), ("Sportheim", "Romane und Reiseführer")],
    "fr": [("place de la Halle", "romans policiers et BD"), ("gare routière", "livres pour enfants")],
    "es": [("plaza del Rincón", "novelas y cómics"), ("centro de salud", "libros infantiles")],
    "ru": [("остановка «Парк Победы»", "детективы, детские книги"), ("остановка «Поликлиника»", "романы, книги о садоводстве"), ("набережная у лодочной станции", "приключения и фантастика")],
}
WIDGET_ROWS = (("race closures", RACE_CLOSURES), ("race diversions", RACE_DIVERSIONS), ("advice sessions", ADVICE_SESSIONS),
               ("book boxes", BOOK_BOXES))

# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Swing bridge bolts melted down to make marathon medals", "Allotment waiting list in Upwick falls below 50 for the first time",
           "Leisure centre sauna to reopen after a year of repairs", "Ferry fares to Nether Cray frozen for the summer",
           "Potter who made the town's war memorial plaques dies aged 91", "Runaway ram found grazing on the bowling green"],
    "tr": ["Eski döner köprünün cıvataları maraton madalyası oldu", "Hobi bahçesi bekleme listesi ilk kez 50'nin altına indi",
           "Spor merkezinin saunası bir yıllık onarımın ardından açılıyor", "Karşı kıyıya vapur ücretleri yaz boyunca sabit",
           "Kentin şehitlik plaketlerini yapan seramik ustası 91 yaşında öldü", "Kaçan koç bowling çiminde otlarken bulundu"],
    "de": ["Schrauben der alten Drehbrücke werden zu Marathonmedaillen", "Warteliste für Kleingärten erstmals unter 50",
           "Sauna im Freizeitbad öffnet nach einem Jahr Reparatur wieder", "Fährpreise nach Niederau bleiben im Sommer stabil",
           "Töpferin der Gedenktafeln am Kriegerdenkmal mit 91 gestorben", "Entlaufener Schafbock grast auf der Bowlingwiese"],
    "fr": ["Les boulons du vieux pont tournant fondus pour les médailles du marathon", "Moins de 50 inscrits sur la liste d'attente des jardins familiaux",
           "Le sauna du centre aquatique rouvre après un an de travaux", "Les tarifs du bac vers Basse-Cray gelés cet été",
           "Le potier des plaques du monument aux morts est mort à 91 ans", "Un bélier fugueur retrouvé en train de brouter sur le terrain de boules"],
    "es": ["Los tornillos del viejo puente giratorio se funden para las medallas del maratón", "La lista de espera de los huertos urbanos baja de 50 por primera vez",
           "La sauna del polideportivo reabre tras un año de obras", "Congelan este verano la tarifa del transbordador a Vega Baja",
           "Muere a los 91 años el alfarero que hizo las placas del monumento", "Encuentran a un carnero fugado pastando en la pista de petanca"],
    "ru": ["Болты старого разводного моста переплавили на медали марафона", "Очередь на садовые участки впервые меньше 50 человек",
           "Сауна в спорткомплексе откроется после года ремонта", "Цены на паром до Нижней Слободы заморозили на лето",
           "Умер гончар, сделавший таблички для мемориала, ему был 91 год", "Сбежавшего барана нашли на лужайке для боулинга"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["en"]
TEASERS = {
    "en": ["A foundry in Ellerby cast 9,000 of them from the old bridge's ironwork.",
           "Twelve new plots were created on the old tennis courts.",
           "A leaking roof above the changing rooms had to be replaced first.",
           "The operator says diesel prices have finally come down.",
           "He made more than 300 plaques for villages across the county.",
           "Its owner says it jumped a wall that is nearly a metre high."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Five towns news", "Town halls and ballots", "Crime, courts and coroners in the five towns", "Classrooms and colleges", "Five towns sport", "Out and about in the five towns", "Births, marriages and deaths"],
               cookie="We and our partners store and read information on your device to run this site, measure its audience and show personalised adverts that pay for local reporting. You can agree or manage your choices.",
               accept="Agree and read on", reject="Manage choices", share="Pass this five towns story on",
               related="Also read in the five towns", newsletter="Five Towns Tonight: the day's stories at 5pm, weekdays",
               subscribe="Get Five Towns Tonight", email="you@fivetowns-tonight.example",
               comment_note="Comments are checked by a person before they appear. Keep it civil, keep it local and keep it about the story.",
               closed="We have closed comments on this five towns story.",
               footer=["Reach the five towns newsroom", "Corrections and clarifications from the five towns desk", "Privacy at the five towns titles", "Advertising in the five towns", "House rules for comments"],
               rights="Every article on this site belongs to its publisher and may not be reused without written consent.",
               commenters=[("QuaysideKev", "Proper good news for once, well done all."),
                           ("Maggie in Upwick", "About time too, but credit where it's due.")]),
    "tr": dict(nav=["Beş kasabadan haberler", "Belediye ve sandık", "Suç ve yargı", "Okullar ve kolejler", "Beş kasabada spor", "Beş kasabada gezi", "Doğum, nikâh ve vefat"],
               cookie="Biz ve iş ortaklarımız, bu siteyi çalıştırmak, okur sayısını ölçmek ve yerel habercilimizi finanse eden kişiselleştirilmiş reklamları göstermek için cihazınızda bilgi saklıyor ve okuyoruz. Onaylayabilir ya da tercihlerinizi yönetebilirsiniz.",
               accept="Onayla ve okumaya devam et", reject="Tercihleri yönet", share="Bu beş kasaba haberini iletin",
               related="Beş kasabada bunları da okuyun", newsletter="Beş Kasaba Akşamı: günün haberleri hafta içi saat 17.00'de",
               subscribe="Beş Kasaba Akşamı'nı alın", email="siz@bes-kasaba-aksami.example",
               comment_note="Yorumlar yayımlanmadan önce bir editör tarafından kontrol edilir. Kibar kalın, yerel kalın, haberle ilgili kalın.",
               closed="Bu beş kasaba haberine yorumları kapattık.",
               footer=["Beş kasaba haber merkezine ulaşın", "Beş kasaba masasından düzeltmeler", "Beş kasaba yayınlarında gizlilik", "Beş kasabada reklam", "Yorum kuralları"],
               rights="Bu sitedeki her haber yayıncısına aittir ve yazılı izin olmadan yeniden kullanılamaz.",
               commenters=[("Iskeleci_Cemil", "Sonunda güzel bir haber, herkesin emeğine sağlık."),
                           ("Sevim Teyze Liman", "Geç oldu ama hakkını vermek lazım.")]),
    "de": dict(nav=["Nachrichten aus den fünf Städten", "Rathäuser und Wahlurnen der fünf Städte", "Kriminalität und Justiz", "Schulen und Hochschulen", "Sport in den fünf Städten", "Unterwegs in den fünf Städten", "Geburten, Hochzeiten, Todesfälle"],
               cookie="Wir und unsere Partner speichern und lesen Informationen auf Ihrem Gerät, um diese Seite zu betreiben, die Reichweite zu messen und personalisierte Werbung zu zeigen, die Lokaljournalismus bezahlt. Sie können zustimmen oder Ihre Auswahl verwalten.",
               accept="Zustimmen und weiterlesen", reject="Einstellungen für die fünf Städte", share="Diese Geschichte aus den fünf Städten weitergeben",
               related="Auch gelesen in den fünf Städten", newsletter="Fünf Städte am Abend: die Geschichten des Tages um 17 Uhr, werktags",
               subscribe="Fünf Städte am Abend bestellen", email="sie@fuenf-staedte-abend.example",
               comment_note="Kommentare werden von einem Menschen geprüft, bevor sie erscheinen. Bleiben Sie höflich, lokal und beim Thema.",
               closed="Für diese Geschichte aus den fünf Städten haben wir die Kommentare geschlossen.",
               footer=["Newsroom der fünf Städte erreichen", "Korrekturen aus den fünf Städten", "Datenschutz bei den Titeln der fünf Städte", "Werbung in den fünf Städten", "Hausregeln für Kommentare"],
               rights="Jeder Artikel dieser Seite gehört seinem Verlag und darf ohne schriftliche Zustimmung nicht weiterverwendet werden.",
               commenters=[("Uferstrassen_Klaus", "Endlich mal eine gute Nachricht, gut gemacht."),
                           ("Brigitte aus Erlbach", "Hat gedauert, aber Lob, wem Lob gebührt.")]),
    "fr": dict(nav=["L'actu des cinq villes", "Mairies et scrutins", "Faits divers et tribunaux des cinq villes", "Écoles et lycées", "Le sport des cinq villes", "Sorties dans les cinq villes", "Naissances, mariages, décès"],
               cookie="Nos partenaires et nous stockons et lisons des informations sur votre appareil pour faire fonctionner ce site, mesurer son audience et afficher des publicités personnalisées qui financent l'information locale. Vous pouvez accepter ou gérer vos choix.",
               accept="Accepter et continuer la lecture", reject="Réglages des cinq villes", share="Transmettre cet article des cinq villes",
               related="À lire aussi dans les cinq villes", newsletter="Les Cinq Villes ce soir : les articles du jour à 17 h, en semaine",
               subscribe="Recevoir Les Cinq Villes ce soir", email="vous@cinq-villes-soir.example",
               comment_note="Chaque commentaire est relu par une personne avant publication. Restez courtois, local et dans le sujet.",
               closed="Les commentaires sont fermés sur cet article des cinq villes.",
               footer=["Joindre la rédaction des cinq villes", "Rectificatifs de la rédaction des cinq villes", "Confidentialité des titres des cinq villes", "Faire de la publicité dans les cinq villes", "Règles des commentaires"],
               rights="Chaque article de ce site appartient à son éditeur et ne peut être réutilisé sans accord écrit.",
               commenters=[("Quai_Vezere", "Enfin une bonne nouvelle, bravo à tous."),
                           ("Mamie Josette", "Il était temps, mais rendons à César ce qui est à César.")]),
    "es": dict(nav=["Noticias de las cinco villas", "Ayuntamientos y urnas", "Sucesos y juzgados de las cinco villas", "Colegios e institutos de la comarca", "Deportes de las cinco villas", "Escapadas por las cinco villas", "Nacimientos, bodas y esquelas"],
               cookie="Nosotros y nuestros socios guardamos y leemos información en tu dispositivo para que esta web funcione, medir la audiencia y mostrar publicidad personalizada que paga el periodismo local. Puedes aceptar o gestionar tus opciones.",
               accept="Aceptar y volver a la noticia", reject="Ajustes de las cinco villas", share="Pasa esta noticia de las cinco villas",
               related="También se lee en las cinco villas", newsletter="Las Cinco Villas esta tarde: las noticias del día a las 17.00, entre semana",
               subscribe="Recibir Las Cinco Villas esta tarde", email="tu@cinco-villas-tarde.example",
               comment_note="Una persona revisa cada comentario antes de publicarlo. Sé educado, habla de lo local y del tema de la noticia.",
               closed="Hemos cerrado los comentarios de esta noticia de las cinco villas.",
               footer=["Contacta con la redacción de las cinco villas", "Rectificaciones y aclaraciones", "Privacidad en los medios de las cinco villas", "Publicidad en las cinco villas", "Normas de los comentarios"],
               rights="Cada noticia de esta web pertenece a su editor y no puede reutilizarse sin permiso por escrito.",
               commenters=[("Vecina_del_Rincon", "Por fin una buena noticia, enhorabuena a todos."),
                           ("Paco de La Estación", "Ya era hora, pero hay que reconocerlo.")]),
    "ru": dict(nav=["Новости пяти городов", "Власть и выборы в пяти городах", "Происшествия и суды пяти городов", "Школы и колледжи района", "Спорт пяти городов", "Куда пойти в пяти городах", "Рождения, свадьбы, некрологи"],
               cookie="Мы и наши партнёры храним и считываем информацию на вашем устройстве, чтобы сайт работал, чтобы измерять аудиторию и показывать персональную рекламу, которая оплачивает местную журналистику. Вы можете согласиться или настроить выбор.",
               accept="Согласиться и читать дальше", reject="Настройки пяти городов", share="Передать новость пяти городов",
               related="Также читают в пяти городах", newsletter="«Пять городов вечером»: новости дня в 17:00 по будням",
               subscribe="Получать «Пять городов вечером»", email="vy@pyat-gorodov-vecherom.example",
               comment_note="Каждый комментарий перед публикацией читает человек. Будьте вежливы, пишите о местном и по теме.",
               closed="Комментарии к этой новости пяти городов закрыты.",
               footer=["Связаться с редакцией пяти городов", "Исправления редакции пяти городов", "Конфиденциальность изданий пяти городов", "Реклама в пяти городах", "Правила комментариев"],
               rights="Каждый материал этого сайта принадлежит издателю и не может использоваться повторно без письменного согласия.",
               commenters=[("Zarechye_Oleg", "Наконец-то хорошая новость, молодцы."),
                           ("Тамара Ивановна из Заречья", "Долго, но надо отдать должное.")]),
}
UI72 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"de": "MEHR AUS DEM KREIS HOLLENBACH:", "fr": "À LIRE AUSSI DANS LE PAYS DE SAINT-AUBIN :"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"fr": "{name} raconte pour {site} la vie des villages autour de Saint-Aubin et tient la rubrique {section}. Idées de reportages : reportages@pays-saint-aubin.example"},
    (mp4, "READMORE"): {"es": "MÁS DE LA TIERRA DE FUENTELAPEÑA:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"fr": dict(also="Plus de la Gazette du Haut-Limousin")},
    (mp6, "TYPO3"): {"en": dict(ext="Map: town centre car parks (OpenStreetMap)",
                                note="A map of the council's car parks is embedded here. It only loads from OpenStreetMap once you agree, and your IP address is then sent to OpenStreetMap.",
                                button="Agree and show the car park map", by="Published by the", search="Search ferrybridge.example",
                                lang_menu="Ferrybridge in Easy Read")},
    (mp7, "SANITY"): {"ru": dict(nl_title="Заречье за неделю", nl_text="Каждую пятницу: что случилось в Заречном районе, в библиотеках и в администрации, одним письмом.",
                                 nl_button="Подписаться на «Заречье за неделю»", nl_placeholder="Ваша почта для «Заречья за неделю»")},
    (mp11, "HUGO"): {"ru": dict(nl_title="Письма из Ивантеевки", nl_text="Раз в неделю: сёла, почта, школа и люди Ивантеевки в одном письме.",
                                nl_label="Ваш e-mail для «Писем из Ивантеевки»", nl_button="Получать «Письма из Ивантеевки»")},
    (mp13, "PUB_NAV"): {"en": ["Fresh on Tanner Row", "People of the Row", "Shops and stalls", "Chip in to The Tanner Row Letter"]},
    (mp13, "TEASERS"): {"en": TEASERS["en"]},
    (mp19, "UCOZ"): {"de": dict(domain="ucoz.de", slogan="Die Dorfgemeinschaft Kleinerlbach im Netz",
                                menu=["Startseite Kleinerlbach", "Neues aus Kleinerlbach", "Unsere Dorfgemeinschaft", "Feste und Termine in Kleinerlbach", "Bilder aus Kleinerlbach", "Schreiben Sie der Dorfgemeinschaft"],
                                cats=["Neues aus Kleinerlbach", "Bücherschrank und Bücherei", "Mitteilungen der Gemeinde"],
                                friends=["Freiwillige Feuerwehr Kleinerlbach", "Trachtenverein Edelweiß Kleinerlbach", "Grundschule Oberes Erlbachtal"],
                                footer="Dorfgemeinschaft Kleinerlbach e.V. © 2026 · ehrenamtlich gepflegt von Mitgliedern",
                                poster="Dorfgemeinschaft", tags=["Bücherschrank", "Dorfplatz"],
                                commenters=[("Resi_vom_Oberhof", "So eine schöne Idee, ich bringe am Sonntag eine Kiste Bücher."),
                                            ("Sepp G.", "Danke an Alois für die Schreinerarbeit, sieht super aus.")],
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
# the new layout: an article page of a public broadcaster's language services served by Simorgh, the web platform the
# BBC World Service language sites run on, as it serves an article (/<service>/articles/<optimo id>) to a reader who
# has not yet answered the cookie banner: the server-rendered React page with its head (the charSet / viewport metas,
# the title "<headline> - <brand>", description, fb: / apple-mobile-web-app / application-name / msapplication /
# theme-color metas, og: / twitter: / article: metas, canonical, amphtml and hreflang alternates, the manifest, the
# font preloads, the emotion <style data-emotion="bbc ..."> blocks and the JSON-LD @graph with its ReportageNewsArticle),
# then in div#root: the consent banner (section[data-e2e="consent-banner"]: heading, text with the cookie link, "Yes, I
# agree" / "No, take me to settings"), the skip link, the header (role=banner) with the brand svg and its visually
# hidden name, the service navigation (nav[role=navigation] > ul[role=list] > li > a, aria-current on the section) and
# its dropdown for small screens; main[role=main] with the primary column: h1#content, the byline block
# (div[data-testid="byline"]: author, role, "Reporting from", the time), the lead figure (the image placeholder with
# its data-e2e, the copyright overlay "Image source, ..." as p[role=text] with a visually hidden prefix, the caption
# "Image caption, ..."), the paragraphs as p[dir=ltr] with the emotion class pair, subheadings as h2[tabindex=-1] with
# an id, lists as ul[role=list], inline b / i; a second figure further down (this layout's own residue in the
# container, with its copyright overlay and caption); after the body the related topics (aside role=complementary,
# "Related Topics"), the related content (section[data-e2e="related-content-heading"] with its promos and times); the
# secondary column (top stories, features); the "Most read" list (section[data-e2e="most-read"], ordered, with its
# rank numbers); the footer (role=contentinfo: the brand, the broadcaster's links, the copyright and external-linking
# line); then window.SIMORGH_DATA (the page data, the article blocks included, as Simorgh hydrates the page) and the
# bundles, and the analytics noscript pixel
# --------------------------------------------------------------------------
# Simorgh's own strings per service language (the platform's translations, not checked)
SM_CORE = {
    "en": dict(skip="Skip to content", author="Author", role="Role", role_val="Reporter", place="Reporting from",
               img_src="Image source, ", img_cap="Image caption, ", topics="Related Topics", related="Related content",
               top="Top stories", features="Features", mostread="Most read", menu="Menu", published="Published",
               ctitle="Let us know you agree to cookies",
               ctext="We use {cookies} to give you the best online experience. Please let us know if you agree to all of these cookies.",
               cword="cookies", cyes="Yes, I agree", cno="No, take me to settings", locale="en-GB",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]),
    "tr": dict(skip="İçeriğe geç", author="Yazan", role="Rolü", role_val="Muhabir", place="Haberin yapıldığı yer",
               img_src="Görsel kaynağı, ", img_cap="Fotoğraf altı yazısı, ", topics="İlgili konular", related="İlgili haberler",
               top="Manşet haberler", features="Özel haberler", mostread="En çok okunanlar", menu="Menü", published="Yayınlanma tarihi",
               ctitle="Çerezleri kabul ettiğinizi bize bildirin",
               ctext="Size en iyi çevrimiçi deneyimi sunmak için {cookies} kullanıyoruz. Lütfen bu çerezlerin tamamını kabul edip etmediğinizi bize bildirin.",
               cword="çerezler", cyes="Evet, kabul ediyorum", cno="Hayır, beni ayarlara götür", locale="tr-TR",
               months=["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]),
}
# the services' own strings: brand, service path and ids (exempt); the navigation, topics, features headlines, footer
# links and copyright line (checked)
SM_SITES = {
    "Kestrel News English": dict(
        service="english", host="www.kestrelnews.example", brand="Kestrel News, English", short="Kestrel News",
        fb_app="1840392271653108", colour="#0B4F6C", topic_ids=["c4kd7m2q0vxt", "c9wq31zr5ept"],
        nav=[("Kestrel English front page", "/english"), ("England", "/english/topics/c2q7n4e1m8kt"), ("Scotland", "/english/topics/c5m2t8w3r6qt"),
             ("Wales", "/english/topics/c7p3k9d2x4lt"), ("Nature and outdoors", "/english/topics/c1v8h5n7q2zt"),
             ("Sport in the regions", "/english/topics/c6r4b2j9t5wt"), ("Listen: Regions Tonight", "/english/podcasts/p0kx2m4v")],
        topics=["Road running", "Portmarrow"],
        features=["The estuary islanders who still row to school", "Why a tiny Welsh chapel has a queue every Sunday",
                  "Inside the night shift at a cathedral city's last bakery"],
        footer=[("Why you can trust Kestrel News", "/english/institutional-49283451"), ("Kestrel terms of use", "/english/institutional-49283452"),
                ("About Kestrel", "/english/institutional-49283453"), ("Kestrel privacy policy", "/english/institutional-49283454"),
                ("Cookies", "/english/institutional-49283455"), ("Contact Kestrel", "/english/institutional-49283456"),
                ("Do not share or sell my info", "/english/institutional-49283457")],
        copyright="© 2026 Kestrel Broadcasting Trust. Kestrel is not responsible for the content of external sites.",
        extlink="Read about our approach to external linking."),
    "Kestrel Haber Türkçe": dict(
        service="turkce", host="www.kestrelnews.example", brand="Kestrel Haber, Türkçe", short="Kestrel Haber",
        fb_app="1840392271653108", colour="#0B4F6C", topic_ids=["c8xn2q5w7ejt", "c3pd6v9k1rmt"],
        nav=[("Kestrel Haber ana sayfası", "/turkce"), ("Türkiye", "/turkce/topics/c4e8q2v6x1nt"), ("Dünyadan haberler", "/turkce/topics/c9t3w7m5k2dt"),
             ("Ekonomi ve para", "/turkce/topics/c2z6p8r4j7qt"), ("Bilim ve teknoloji", "/turkce/topics/c7k1d5n3w9xt"),
             ("Spor haberleri", "/turkce/topics/c5q9v2b8t4mt"), ("Kestrel Haber video", "/turkce/topics/c1m4x7r2e6vt")],
        topics=["Koşu", "Karadere"],
        features=["Kıyıdaki son kayıkhane: babadan oğula 90 yıl", "Köy okulunun tek öğretmeni kırk öğrenciyi nasıl okutuyor?",
                  "Bir kasabanın ekmek fırını gece neden hiç sönmüyor?"],
        footer=[("Neden Kestrel Haber'e güvenebilirsiniz", "/turkce/institutional-51830271"), ("Kestrel Haber kullanım koşulları", "/turkce/institutional-51830272"),
                ("Kestrel hakkında", "/turkce/institutional-51830273"), ("Kestrel Haber gizlilik politikası", "/turkce/institutional-51830274"),
                ("Çerez politikası", "/turkce/institutional-51830275"), ("Kestrel ile iletişim", "/turkce/institutional-51830276"),
                ("Bilgilerimi paylaşmayın ya da satmayın", "/turkce/institutional-51830277")],
        copyright="© 2026 Kestrel Yayın Vakfı. Kestrel, dış sitelerin içeriğinden sorumlu değildir.",
        extlink="Dış bağlantılara yaklaşımımızı okuyun."),
}
SM_EXEMPT = {"service", "host", "fb_app", "colour", "topic_ids"}  # (ids, paths and codes)
# the emotion class pairs Simorgh's components carry (a hash class and the component's label class)
SMC = dict(banner="bbc-1fm5xd0 e1l8xbpy6", banner_in="bbc-12xw2z3 e1l8xbpy5", banner_h="bbc-1xpbs0t e1l8xbpy4",
           banner_p="bbc-m8wu1t e1l8xbpy3", banner_ul="bbc-1qqd6p9 e1l8xbpy2", banner_yes="bbc-17x3ru0 e1l8xbpy1",
           banner_no="bbc-1r2aq7d e1l8xbpy0", skip="bbc-1i4ie53 e1d658bg0", header="bbc-1l9wtf0 e1rbrvsm5",
           header_in="bbc-mu2so8 e1rbrvsm4", brand="bbc-1ka88fa e1j2237y0", brand_svg="bbc-1u2rdrp e1j2237y1",
           hidden="bbc-1cvxiy9 e1jiafsw0", nav="bbc-1tmtak e1rbrvsm3", nav_ul="bbc-1rx3acp e1hhu4jv2",
           nav_li="bbc-4nebfy e1hhu4jv1", nav_a="bbc-12ng0cg e1hhu4jv0", drop="bbc-9u8d1c e1ibkbnw1",
           drop_btn="bbc-1i7rtkp e1ibkbnw0", main="bbc-fa0wmp", grid="bbc-1151pbn ebmt73l0", primary="bbc-1o8dxn0 e57qer20",
           h1="bbc-14gqcmb e1p3vdyi0", byline="bbc-jpbzn9 e8mq1e96", byline_ul="bbc-1wv8ej2 e8mq1e95",
           byline_li="bbc-1a3w4ok e8mq1e94", byline_lbl="bbc-m04vo2 e8mq1e93", time="bbc-1dafq0j e1mklfmt0",
           fig="bbc-1qn0xuy e6bmn90", fig_wrap="bbc-172p16q ebmt73l0", ph="bbc-1ngjqu8 e1f4cbkv0", img="bbc-139onq ebmt73l0",
           copy="bbc-1gbdjf2 e1dd7ofm0", copy_lbl="bbc-m04vo2 e1dd7ofm1", cap="bbc-1tk2oip e1nbyi2w0",
           cap_lbl="bbc-1cvxiy9 e1nbyi2w1", p="bbc-hhl7in e17g058b0", h2="bbc-1mxeuep e1pl8xh50",
           ul="bbc-1ifgvf3 e5tfeyi2", li="bbc-1kvi4fn e5tfeyi1", b="bbc-14ixvju e5tfeyi0",
           topics="bbc-1j3phm8 e1hq59l0", topics_h="bbc-1yy6kbj e1hq59l1", topics_a="bbc-1h3ix4w e1hq59l2",
           rel="bbc-1c0u4ir e1yixf6o0", rel_h="bbc-1b4ncz7 e1yixf6o1", promo="bbc-bjn8wh e1v051r10",
           promo_h="bbc-zkwd0a e47bds20", promo_a="bbc-uk8dsi e1d658bg0", secondary="bbc-1mw4r6j ebmt73l0",
           mr="bbc-1b0p8ee e1t2ywk70", mr_h="bbc-dv1yen e1t2ywk71", mr_ol="bbc-18gnjr4 e1t2ywk72",
           mr_li="bbc-1ayl3y1 e1t2ywk73", mr_rank="bbc-1kvvnrw e1ybwvwm0", mr_a="bbc-1i4ie53 e1t2ywk74",
           footer="bbc-1gexbd8 e1f8ugv70", footer_ul="bbc-1ifxl8m e1f8ugv71", footer_li="bbc-a6s6o6 e1f8ugv72",
           footer_p="bbc-13qynqx e1f8ugv73")


def sm_id(rng):
    """An Optimo article id: "c", ten lower-case letters and digits, and "o"."""
    return "c" + "".join(rng.choice("0123456789abcdefghjkmnpqrstvwxyz") for _ in range(10)) + "o"


def sm_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return "%d %s %d" % (d, SM_CORE[lang]["months"][m - 1], y)


def sm_block(kind, val, idx):
    if kind == "p":
        return '<p dir="ltr" class="%s">%s</p>' % (SMC["p"], mp.inline_html(val).replace("<strong>", '<b class="%s">' % SMC["b"]).replace("</strong>", "</b>"))
    if kind == "h":
        return '<h2 id="%s" class="%s" tabindex="-1">%s</h2>' % (hc.slug(mp.inline_text(val))[:60], SMC["h2"], E(val))
    if kind == "q":
        return '<blockquote class="%s"><p dir="ltr" class="%s">%s</p></blockquote>' % (SMC["fig"], SMC["p"], mp.inline_html(val))
    return '<%s role="list" class="%s">%s</%s>' % (kind, SMC["ul"], "".join('<li class="%s">%s</li>' % (SMC["li"], mp.inline_html(v)) for v in val), kind)


def sm_image(host, uid, width):
    return "https://ichef.%s/ace/ws/%d/cpsprodpb/%s/live/%s.jpg.webp" % (host.replace("www.", ""), width, uid[:4], uid)


def sm_figure(c, s, art, uid, caption, lead):
    src = sm_image(s["host"], uid, 800)
    srcset = ", ".join("%s %dw" % (sm_image(s["host"], uid, w), w) for w in (240, 320, 480, 624, 800))
    return ('<figure class="%s"><div class="%s"><div data-e2e="image-placeholder" class="%s" style="padding-bottom:56.25%%">'
            '<img src="%s" srcSet="%s" sizes="(min-width: 1008px) 645px, 100vw" alt="%s" width="800" height="450" class="%s"%s>'
            '<p role="text" class="%s"><span class="%s">%s</span>%s</p></div></div>'
            '<figcaption class="%s"><span class="%s">%s</span>%s</figcaption></figure>') % (
        SMC["fig"], SMC["fig_wrap"], SMC["ph"], src, srcset, A(caption), SMC["img"], "" if lead else ' loading="lazy"',
        SMC["copy"], SMC["copy_lbl"], E(c["img_src"]), E(art["credit"]), SMC["cap"], SMC["cap_lbl"], E(c["img_cap"]), E(caption))


def tpl_simorgh(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = SM_CORE[lang], SM_SITES[site]
    svc, host = s["service"], "https://" + s["host"]
    aid = sm_id(rng)
    url = "%s/%s/articles/%s" % (host, svc, aid)
    lead_img, body_img = "%032x" % rng.randint(0, 16**32 - 1), "%032x" % rng.randint(0, 16**32 - 1)
    hh, mm = rng.randint(5, 11), rng.randint(0, 59)
    iso = "%sT%02d:%02d:%02d.000Z" % (art["date"], hh, mm, rng.randint(0, 59))
    blocks, n = art["blocks"], len(art["blocks"])
    heads = rng.sample(HEADLINES[lang], 6)
    # the second image, placed by the journalist in Optimo's editor before a paragraph in the middle of the story
    img_at = next((i for i in range(n // 2, n) if blocks[i][0] == "p" and blocks[i - 1][0] == "p"
                   and not blocks[i - 1][1].endswith(":")), n)
    body = []
    for i in range(n + 1):
        if i == img_at:
            body.append(sm_figure(c, s, art, body_img, art["body_caption"], False))
        body.extend(placed.get(i, []))
        if i < n:
            body.append(sm_block(blocks[i][0], blocks[i][1], i))
    nav = "".join('<li class="%s"><a href="%s" class="%s"%s>%s</a></li>' % (
        SMC["nav_li"], h, SMC["nav_a"], ' aria-current="page"' if k == 1 else "", E(t)) for k, (t, h) in enumerate(s["nav"]))
    drop = "".join('<li class="%s"><a href="%s" class="%s">%s</a></li>' % (SMC["nav_li"], h, SMC["nav_a"], E(t)) for t, h in s["nav"])
    topics = "".join('<li class="%s"><a href="/%s/topics/%s" class="%s">%s</a></li>' % (
        SMC["nav_li"], svc, tid, SMC["topics_a"], E(t)) for t, tid in zip(s["topics"], s["topic_ids"]))

    def promo(h, days):
        d = "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        return ('<li class="%s"><div class="%s" data-testid="promo"><h3 class="%s"><a href="/%s/articles/%s" class="%s">%s</a></h3>'
                '<time datetime="%s" class="%s">%s</time></div></li>') % (
            SMC["nav_li"], SMC["promo"], SMC["promo_h"], svc, sm_id(rng), SMC["promo_a"], E(h), d, SMC["time"], E(sm_date(lang, d)))
    related = "".join(promo(h, 0) for h in heads[:3])
    top = "".join(promo(h, 0) for h in heads[3:])
    features = "".join(promo(h, 0) for h in s["features"])
    mostread = "".join('<li class="%s"><span class="%s" dir="ltr">%d</span><div class="%s"><a href="/%s/articles/%s" class="%s">%s</a></div></li>' % (
        SMC["mr_li"], SMC["mr_rank"], k + 1, SMC["promo"], svc, sm_id(rng), SMC["mr_a"], E(h)) for k, h in enumerate(heads[3:] + heads[:2]))
    footer = "".join('<li class="%s"><a href="%s" class="%s">%s</a></li>' % (SMC["footer_li"], h, SMC["promo_a"], E(t)) for t, h in s["footer"])
    ld = json.dumps({"@context": "http://schema.org", "@graph": [{
        "@type": "ReportageNewsArticle", "url": url, "publisher": {"@type": "NewsMediaOrganization", "name": s["brand"],
        "publishingPrinciples": "%s/%s/institutional-49283451" % (host, svc),
        "logo": {"@type": "ImageObject", "width": 1024, "height": 576, "url": "%s/%s/images/metadata/poster-1024x576.png" % (host, svc)}},
        "thumbnailUrl": sm_image(s["host"], lead_img, 1024), "image": {"@type": "ImageObject", "width": 1024, "height": 576, "url": sm_image(s["host"], lead_img, 1024)},
        "mainEntityOfPage": {"@type": "WebPage", "@id": url, "name": art["title"]}, "headline": art["title"],
        "description": art["sub"], "datePublished": iso, "dateModified": iso, "inLanguage": {"@type": "Language", "name": c["locale"], "alternateName": lang},
        "author": {"@type": "NewsMediaOrganization", "name": s["brand"], "noBylinesPolicy": "%s/%s/institutional-49283451#authorexpertise" % (host, svc)}}]},
        ensure_ascii=False).replace("</", "<\\/")
    model = []
    for kind, val in blocks:
        if kind in ("ul", "ol"):
            model.append({"type": "unorderedList" if kind == "ul" else "orderedList", "model": {"blocks": [
                {"type": "listItem", "model": {"blocks": [{"type": "paragraph", "model": {"text": mp.inline_text(v)}}]}} for v in val]}})
        else:
            model.append({"type": "subheadline" if kind == "h" else "text", "model": {"blocks": [
                {"type": "paragraph", "model": {"text": mp.inline_text(val)}}]}})
    data = json.dumps({"pageData": {"metadata": {"id": "urn:bbc:ares::article:" + aid, "locators": {"optimoUrn": "urn:bbc:optimo:asset:" + aid},
                                                 "type": "article", "language": lang, "firstPublished": iso, "lastPublished": iso},
                                    "content": {"model": {"blocks": [{"type": "headline", "model": {"blocks": [{"type": "text", "model": {"text": art["title"]}}]}}] + model}},
                                    "promo": {"headlines": {"seoHeadline": art["title"]}, "summary": art["sub"]}},
                       "service": svc, "path": "/%s/articles/%s" % (svc, aid), "pageType": "article", "isAmp": False, "status": 200},
                      ensure_ascii=False).replace("</", "<\\/")
    ver = "%07x" % rng.randint(16**6, 16**7 - 1)
    ctext = E(c["ctext"]).replace("{cookies}", '<a href="/usingkestrel/cookies/what-are-cookies/" class="%s">%s</a>' % (SMC["promo_a"], E(c["cword"])))
    return f'''<!DOCTYPE html>
<html lang="{c["locale"]}" class="no-js">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"/>
<title>{E(art["title"])} - {E(s["short"])}</title>
<meta name="apple-mobile-web-app-title" content="{A(s["short"])}"/>
<meta name="application-name" content="{A(s["short"])}"/>
<meta name="description" content="{A(art["sub"])}"/>
<meta property="fb:app_id" content="{s["fb_app"]}"/>
<meta name="mobile-web-app-capable" content="yes"/>
<meta name="msapplication-TileColor" content="{s["colour"]}"/>
<meta name="msapplication-TileImage" content="https://static.files.kestrelnews.example/ws/simorgh-assets/public/{svc}/images/icons/ms-icon-144x144.png"/>
<meta name="theme-color" content="{s["colour"]}"/>
<meta property="og:description" content="{A(art["sub"])}"/>
<meta property="og:image" content="{sm_image(s["host"], lead_img, 1024)}"/>
<meta property="og:image:alt" content="{A(art["caption"])}"/>
<meta property="og:locale" content="{c["locale"]}"/>
<meta property="og:site_name" content="{A(s["short"])}"/>
<meta property="og:title" content="{A(art["title"])}"/>
<meta property="og:type" content="article"/>
<meta property="og:url" content="{url}"/>
<meta name="twitter:card" content="summary_large_image"/>
<meta name="twitter:title" content="{A(art["title"])}"/>
<meta name="twitter:description" content="{A(art["sub"])}"/>
<meta name="article:author" content="{host}/{svc}"/>
<meta name="article:modified_time" content="{iso}"/>
<meta name="article:published_time" content="{iso}"/>
<meta name="article:section" content="{A(art["section"])}"/>
<link rel="canonical" href="{url}"/>
<link rel="amphtml" href="{url}.amp"/>
<link rel="alternate" hrefLang="{lang}" href="{url}"/>
<link rel="apple-touch-icon" sizes="192x192" href="https://static.files.kestrelnews.example/ws/simorgh-assets/public/{svc}/images/icons/icon-192x192.png"/>
<link rel="manifest" href="{host}/{svc}/manifest.json"/>
<link rel="preconnect" href="https://ichef.kestrelnews.example" crossOrigin="anonymous"/>
<link rel="preload" href="https://static.files.kestrelnews.example/fonts/kestrel-sans/v3/KestrelSansRg.woff2" as="font" type="font/woff2" crossOrigin="anonymous"/>
<style data-emotion="bbc-global">html{{-webkit-text-size-adjust:100%}}body{{margin:0;background:#F6F6F6}}@font-face{{font-family:"Kestrel Sans";font-display:optional;src:url("https://static.files.kestrelnews.example/fonts/kestrel-sans/v3/KestrelSansRg.woff2") format("woff2")}}</style>
<style data-emotion="bbc 1ka88fa 1l9wtf0 14gqcmb hhl7in 1mxeuep 1qn0xuy 1fm5xd0 1dafq0j 1ifgvf3">.bbc-1ka88fa{{display:inline-block;padding:0.5rem 0;color:#FFFFFF}}.bbc-1l9wtf0{{background-color:{s["colour"]}}}.bbc-14gqcmb{{font-size:1.75rem;line-height:2rem;font-family:"Kestrel Sans",Helvetica,Arial,sans-serif;font-weight:700;color:#141414;margin:0;padding:2.5rem 0 1.5rem}}.bbc-hhl7in{{font-size:1rem;line-height:1.375rem;color:#3F3F42;padding-bottom:1.5rem;margin:0}}.bbc-1mxeuep{{font-size:1.25rem;font-weight:700;margin:0;padding:1rem 0 0.5rem}}.bbc-1fm5xd0{{position:fixed;bottom:0;width:100%;z-index:2147483647;background-color:#323232;color:#FFFFFF}}.bbc-1cvxiy9{{clip-path:inset(100%);clip:rect(1px,1px,1px,1px);height:1px;overflow:hidden;position:absolute;width:1px;margin:0}}</style>
<script type="application/ld+json">{ld}</script>
</head>
<body>
<div id="root">
<section class="{SMC["banner"]}" aria-labelledby="cookieBannerHeading" data-e2e="consent-banner" role="region" tabindex="-1">
<div class="{SMC["banner_in"]}"><h2 id="cookieBannerHeading" class="{SMC["banner_h"]}">{E(c["ctitle"])}</h2>
<p class="{SMC["banner_p"]}">{ctext}</p>
<ul class="{SMC["banner_ul"]}" role="list"><li class="{SMC["banner_yes"]}"><button type="button" data-cookie-banner="accept">{E(c["cyes"])}</button></li><li class="{SMC["banner_no"]}"><a href="/usingkestrel/cookies/how-can-i-change-my-cookie-settings/" data-cookie-banner="reject">{E(c["cno"])}</a></li></ul></div>
</section>
<a href="#content" class="{SMC["skip"]}">{E(c["skip"])}</a>
<header role="banner" lang="{c["locale"]}" class="{SMC["header"]}">
<div class="{SMC["header_in"]}"><a href="/{svc}" class="{SMC["brand"]}" data-e2e="header-brand"><svg class="{SMC["brand_svg"]}" viewBox="0 0 1200 160" height="24" focusable="false" aria-hidden="true"><path d="M0 0h160v160H0zm200 0h160v160H200zm200 0h160v160H400z"></path></svg><span class="{SMC["hidden"]}">{E(s["brand"])}</span></a></div>
<nav role="navigation" class="{SMC["nav"]}" aria-label="{A(s["short"])}">
<div class="{SMC["drop"]}"><button type="button" class="{SMC["drop_btn"]}" aria-expanded="false" aria-label="{A(c["menu"])}" data-e2e="dropdown-nav-button"><svg viewBox="0 0 32 32" width="16" height="16" aria-hidden="true" focusable="false"><path d="M1 3h30v4H1zm0 11h30v4H1zm0 11h30v4H1z"></path></svg></button></div>
<ul role="list" class="{SMC["nav_ul"]}" data-e2e="scrollable-nav">{nav}</ul>
<ul role="list" class="{SMC["nav_ul"]}" data-e2e="dropdown-nav" hidden>{drop}</ul>
</nav>
</header>
<main role="main" class="{SMC["main"]}">
<div class="{SMC["grid"]}">
<div class="{SMC["primary"]}">
<h1 id="content" class="{SMC["h1"]}" tabindex="-1">{E(art["title"])}</h1>
<div data-testid="byline" class="{SMC["byline"]}"><ul class="{SMC["byline_ul"]}" role="list">
<li class="{SMC["byline_li"]}"><span role="text"><span class="{SMC["byline_lbl"]}">{E(c["author"])},</span> {E(art["byline"])}</span></li>
<li class="{SMC["byline_li"]}"><span role="text"><span class="{SMC["hidden"]}">{E(c["role"])},</span> {E(c["role_val"])}</span></li>
<li class="{SMC["byline_li"]}"><span role="text"><span class="{SMC["byline_lbl"]}">{E(c["place"])},</span> {E(art.get("place", ""))}</span></li>
<li class="{SMC["byline_li"]}"><span class="{SMC["hidden"]}">{E(c["published"])}</span><time datetime="{art["date"]}" class="{SMC["time"]}">{E(sm_date(lang, art["date"]))}</time></li>
</ul></div>
{sm_figure(c, s, art, lead_img, art["caption"], True)}
{chr(10).join(body)}
<aside aria-labelledby="related-topics" role="complementary" class="{SMC["topics"]}"><h2 id="related-topics" class="{SMC["topics_h"]}">{E(c["topics"])}</h2><ul role="list" class="{SMC["nav_ul"]}">{topics}</ul></aside>
<section aria-labelledby="related-content-heading" role="region" data-e2e="related-content-heading" class="{SMC["rel"]}"><div class="{SMC["fig_wrap"]}"><h2 id="related-content-heading" class="{SMC["rel_h"]}">{E(c["related"])}</h2></div>
<ul role="list" class="{SMC["nav_ul"]}">{related}</ul></section>
</div>
<div class="{SMC["secondary"]}" data-testid="secondary-column">
<section aria-labelledby="top-stories-heading" role="region" data-e2e="top-stories-heading" class="{SMC["rel"]}"><h2 id="top-stories-heading" class="{SMC["rel_h"]}">{E(c["top"])}</h2><ul role="list" class="{SMC["nav_ul"]}">{top}</ul></section>
<section aria-labelledby="features-analysis-heading" role="region" data-e2e="features-analysis-heading" class="{SMC["rel"]}"><h2 id="features-analysis-heading" class="{SMC["rel_h"]}">{E(c["features"])}</h2><ul role="list" class="{SMC["nav_ul"]}">{features}</ul></section>
</div>
</div>
<section aria-labelledby="Most-Read" role="region" data-e2e="most-read" class="{SMC["mr"]}"><h2 id="Most-Read" class="{SMC["mr_h"]}">{E(c["mostread"])}</h2>
<ol role="list" dir="ltr" class="{SMC["mr_ol"]}">{mostread}</ol></section>
</main>
<footer role="contentinfo" class="{SMC["footer"]}">
<div class="{SMC["header_in"]}"><a href="/{svc}" class="{SMC["brand"]}"><svg class="{SMC["brand_svg"]}" viewBox="0 0 1200 160" height="24" focusable="false" aria-hidden="true"><path d="M0 0h160v160H0zm200 0h160v160H200zm200 0h160v160H400z"></path></svg><span class="{SMC["hidden"]}">{E(s["brand"])}</span></a></div>
<ul role="list" class="{SMC["footer_ul"]}">{footer}</ul>
<p class="{SMC["footer_p"]}">{E(s["copyright"])} <a href="/{svc}/institutional-49283458" class="{SMC["promo_a"]}">{E(s["extlink"])}</a></p>
</footer>
</div>
<script>window.SIMORGH_DATA={data}</script>
<script src="https://static.files.kestrelnews.example/ws/simorgh-assets/public/static/js/modern.frosted_promo-{ver}.js" defer></script>
<script src="https://static.files.kestrelnews.example/ws/simorgh-assets/public/static/js/modern.main-{ver}.js" defer></script>
<noscript><img height="1px" width="1px" alt="" style="position:absolute" src="https://ati-host.kestrelnews.example/hit.xiti?s=598253&amp;s2=64&amp;p={svc}.articles.{aid}.page&amp;x1=[urn:kestrel:optimo:{aid}]&amp;x7=[article]"/></noscript>
</body>
</html>
'''


def render_inline(tpl, val):
    if tpl == "simorgh":
        return mp.inline_html(val).replace("<strong>", '<b class="%s">' % SMC["b"]).replace("</strong>", "</b>")
    return mp.inline_html(val)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"simorgh": ["caption"]}  # the second image in the body, with its copyright overlay and caption
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "racedayclosures", "advicesessions", "bookswap"]
NEW_FAMILIES = ["racedayclosures", "advicesessions", "bookswap"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"racedayclosures": ["race-day closure", "race day closure", "race-day road", "marathon road closure",
                                        "roads shut on race day", "see the route map", "diversions while"],
                    "advicesessions": ["advice session", "advice-session", "advice drop-in", "debt advice", "book a slot with an adviser",
                                       "drop-in advice", "call-back form"],
                    "bookswap": ["book swap", "book-swap", "little free librar", "little library", "book-box finder",
                                 "add a book box", "on the shelves this week"]}
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
    "cookie": ['<div class="stream-consent-wall-ft"><p class="stream-consent-wall-ft__msg">%s</p><button class="stream-consent-wall-ft__allow" type="button">&#9654;</button></div>',
               '<p class="maplayer-off-note">%s</p>', '<div><small><em>%s</em></small></div>'],
    "newsletter": ['<div class="breakfast-brief-signup"><p class="breakfast-brief-signup__txt">%s</p><a class="breakfast-brief-signup__go" href="/newsletters/five-towns-breakfast">&#8594;</a></div>',
                   '<p class="last-free-story-note">%s</p>', '<h4 class="breakfast-brief-hd">%s</h4>', '<p><b><a href="/support-us">%s</a></b></p>'],
    "share": ['<ul class="tell-the-street-bar">{items}</ul>', '<div class="send-it-on-strip-ft">%s</div>', '<p><a href="#tell-the-street">%s</a></p>'],
    "photo": ['<p class="picture-desk-note-ft">%s</p>', '<span class="reader-photo-chip-ft">%s</span>', '<div><i><small>%s</small></i></div>'],
    "copyright": ['<p class="syndication-licence-line">%s</p>', '<div class="quote-limit-notice"><small>%s</small></div>', '<div><em><small>%s</small></em></div>'],
    "section": ['<p class="latest-from-towns">%s</p>', '<h5 class="every-section-report-link">%s</h5>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="asterism-row-ft">%s</p>', '<div class="dinkus-break-ft">%s</div>', '<p align="center">%s</p>'],
    "credit": ['<p class="high-street-team-credit">%s</p>', '<div class="data-reporter-note-ft">%s</div>', '<div><small><i>%s</i></small></div>'],
    "title": ['<p class="headline-repeat-ft"><b>%s</b></p>', '<h2 class="headline-repeat-h2-ft">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsored-resumes-tag">%s</div>', '<p class="shop-front-advert-line">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="theres-more-link"><a href="#more">%s</a></p>', '<div class="open-whole-report-bar">%s</div>', '<div><a href="#more">%s</a></div>'],
    "comments": ['<p class="neighbours-talking-link"><a href="#comments">%s</a></p>', '<div class="add-yours-count-ft">%s</div>', '<div><a href="#comments"><strong>%s</strong></a></div>'],
    "readtime": ['<p class="read-length-ft">%s</p>', '<span class="minutes-pill-ft">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="last-changed-stamp"><time>%s</time></p>', '<div class="figures-added-note">%s</div>', '<div><i>%s</i></div>'],
    "audio": ['<div class="hear-report-player"><button class="hear-report-player__btn" aria-label="Play"></button><span class="hear-report-player__lbl">%s</span></div>',
              '<p class="audio-edition-link-ft"><a href="#audio">%s</a></p>', '<div><a href="#audio">%s</a></div>'],
    "correction": ['<aside class="report-corrected-box"><p>%s</p></aside>', '<p class="report-corrected-line"><i>%s</i></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="towns-app-banner"><p class="towns-app-banner__txt">%s</p><a class="towns-app-banner__get" href="/get-the-app">&#8595;</a></div>',
            '<p class="read-in-app-line-ft">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="high-street-reporter-box"><p class="high-street-reporter-box__txt">%s</p></div>', '<p class="everything-by-link"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="your-street-story-box"><p class="your-street-story-box__txt">%s</p></div>', '<p class="text-the-desk-line">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="typo-spotter-hint"><p>%s</p></div>', '<p class="typo-spotter-line-ft">%s</p>', '<div><small><em>%s</em></small></div>'],
    "push": ['<div class="big-news-ping-optin"><p class="big-news-ping-optin__q">%s</p></div>', '<p class="allow-notifications-line">%s</p>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="print-or-save-tools">{items}</ul>', '<p class="plain-print-link-ft"><a href="?view=print">%s</a></p>',
              '<div><a href="?view=print">%s</a></div>'],
    "feedback": ['<div class="told-you-enough-box"><p class="told-you-enough-box__q">%s</p></div>', '<p class="told-you-enough-line">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="ipso-member-note-ft"><p>%s</p></div>', '<p class="complain-about-report-strip"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="filed-under-row-ft"><span class="filed-under-row-ft__txt">%s</span></div>', '<p class="get-more-topic-line">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="reading-list-add-ft"><a class="reading-list-add-ft__a" href="#reading-list">%s</a></div>',
                 '<p class="reading-list-line-ft"><a href="#reading-list">%s</a></p>', '<div><a href="#reading-list">%s</a></div>'],
    "poll": ['<div class="your-street-poll"><p class="your-street-poll__q">%s</p><button class="your-street-poll__vote" type="button">&#10003;</button></div>',
             '<h6 class="towns-voted-note">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/F{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/F{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-click-to-load-ft"><a class="yt-click-to-load-ft__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="flick-through-strip"><a class="flick-through-strip__a" href="#photos">%s</a></div>',
                '<p class="day-in-photos-line">%s</p>', '<div><strong>%s</strong></div>'],
    "map": ['<div class="osm-frame-ft"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-frame-ft__links">%s</p></div>',
            '<figure class="map-snapshot-ft"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="save-the-date-links-ft">{items}</ul>', '<p class="remind-week-ahead-ft"><a href="/events/{k}/reminder">%s</a></p>',
                 '<div class="save-the-date-bar-ft"><span class="save-the-date-bar-ft__lbl">%s</span></div>'],
    "scores": ['<div class="grassroots-results-link"><a class="grassroots-results-link__a" href="/sport/grassroots">%s</a></div>',
               '<ul class="match-centre-tabs-ft">{items}</ul>', '<div><a href="/sport/grassroots"><strong>%s</strong></a></div>'],
    # the three families new in this part ({closurelist}: the roads shut as a list with their times; {closurerows}: the
    # closures as a table; {diversions}: the diversions as a definition list; {advicelist}: the sessions as a list with
    # venue, day and time; {advicerows}: the sessions as a table; {callbackfields}: the name and phone fields, the topic
    # select and the send button; {bookboxes}: the book boxes as a list; {bookrows}: what is on the shelves as a table;
    # {findfields}: the town field, the "what are you after" select and the search button)
    "racedayclosures": ['<div class="raceday-roads-widget"><h4 class="raceday-roads-widget__hd">%s</h4><ul class="raceday-roads-widget__list">{closurelist}</ul><a class="raceday-roads-widget__more" href="/travel/race-day">&#8250;</a></div>',
                        '<div class="road-closure-times"><p class="road-closure-times__hd"><strong>%s</strong></p><table class="road-closure-times__grid">{closurerows}</table></div>',
                        '<p class="route-map-link-ft"><a href="/travel/race-day/route-map">%s</a></p>',
                        '<div class="diversion-card-ft"><h5 class="diversion-card-ft__hd">%s</h5><dl class="diversion-card-ft__list">{diversions}</dl></div>'],
    "advicesessions": ['<div class="advice-timetable-box"><h4 class="advice-timetable-box__hd">%s</h4><ul class="advice-timetable-box__list">{advicelist}</ul><a class="advice-timetable-box__all" href="/help/advice-sessions">&#8250;</a></div>',
                       '<div class="dropin-advice-grid"><p class="dropin-advice-grid__hd"><b>%s</b></p><table class="dropin-advice-grid__tbl">{advicerows}</table></div>',
                       '<p class="book-adviser-link"><a href="/help/advice-sessions/book">%s</a></p>',
                       '<form class="adviser-callback-form" action="/help/advice-sessions/callback" method="post"><h5 class="adviser-callback-form__hd">%s</h5>{callbackfields}</form>'],
    "bookswap": ['<div class="bookbox-finder-ft"><h4 class="bookbox-finder-ft__hd">%s</h4><ul class="bookbox-finder-ft__list">{bookboxes}</ul></div>',
                 '<div class="shelf-stock-panel"><p class="shelf-stock-panel__hd"><strong>%s</strong></p><table class="shelf-stock-panel__grid">{bookrows}</table></div>',
                 '<p class="add-bookbox-link"><a href="/community/book-boxes/add">%s</a></p>',
                 '<form class="little-library-search" action="/community/book-boxes" method="get"><h5 class="little-library-search__hd">%s</h5>{findfields}</form>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>(%s)</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/newsletters/five-towns-breakfast"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#tell-the-street">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> / ']),
          "racedayclosures": (0.7, [' <a href="/travel/race-day/route-map"><strong>%s</strong></a>']),
          "advicesessions": (0.7, ['<br><a href="/help/advice-sessions/book"><b>%s</b></a>']),
          "bookswap": (0.7, [' <a href="/community/book-boxes/add"><em>%s</em></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the meter or the donation note; the
# route map link, the book-a-slot link and the add-a-book-box link, not the lists, tables, cards or forms)
INLINE_WORDING = {"newsletter": 0, "racedayclosures": 2, "advicesessions": 2, "bookswap": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-photo-ft"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-body.jpg" alt="" width="620"><br><small>{cap} | {cr}</small></div>']
RELATED_STYLES = ['<div class="elsewhere-today-ft"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="high-street-more"><p class="high-street-more__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads, the forms' field labels and buttons, as the web teams left them (not checked)
CLOSURE_HEAD = {"en": ("Road", "Closed from", "Reopens"), "tr": ("Yol", "Kapanış", "Açılış"), "de": ("Straße", "Gesperrt ab", "Frei ab"),
                "fr": ("Voie", "Fermée à partir de", "Réouverture"), "es": ("Calle", "Cortada desde", "Reapertura"), "ru": ("Улица", "Перекрыта", "Открытие")}
CLOSURE_TO = {"en": "to", "tr": "–", "de": "bis", "fr": "à", "es": "a", "ru": "–"}
ADVICE_HEAD = {"en": ("Help with", "Where", "When"), "tr": ("Konu", "Yer", "Ne zaman"), "de": ("Thema", "Ort", "Wann"),
               "fr": ("Thème", "Lieu", "Quand"), "es": ("Tema", "Lugar", "Cuándo"), "ru": ("Тема", "Где", "Когда")}
CALLBACK_LABELS = {"en": ("Your name", "Phone number", "What do you need help with?"), "tr": ("Adınız", "Telefon", "Hangi konuda yardım istiyorsunuz?"),
                   "de": ("Ihr Name", "Telefonnummer", "Wobei brauchen Sie Hilfe?"), "fr": ("Votre nom", "Téléphone", "Pour quelle question ?"),
                   "es": ("Tu nombre", "Teléfono", "¿Con qué necesitas ayuda?"), "ru": ("Ваше имя", "Телефон", "С чем нужна помощь?")}
CALLBACK_BUTTON = {"en": "Request a call", "tr": "Arayın", "de": "Rückruf anfordern", "fr": "Être rappelé", "es": "Que me llamen", "ru": "Перезвоните мне"}
BOOK_HEAD = {"en": ("Book box", "On the shelves"), "tr": ("Nokta", "Raflarda"), "de": ("Standort", "Im Regal"), "fr": ("Boîte", "Sur les étagères"),
             "es": ("Punto", "En las estanterías"), "ru": ("Место", "На полках")}
FIND_LABELS = {"en": ("Town or postcode", "Looking for"), "tr": ("İlçe ya da mahalle", "Aradığınız"), "de": ("Ort oder PLZ", "Gesucht"),
               "fr": ("Ville ou code postal", "Vous cherchez"), "es": ("Localidad o código postal", "Buscas"), "ru": ("Город или индекс", "Что ищете")}
FIND_GENRES = {"en": ("Any books", "Children's books", "Novels"), "tr": ("Her tür kitap", "Çocuk kitapları", "Roman"),
               "de": ("Alle Bücher", "Kinderbücher", "Romane"), "fr": ("Tous les livres", "Livres pour enfants", "Romans"),
               "es": ("Todos los libros", "Libros infantiles", "Novelas"), "ru": ("Любые книги", "Детские книги", "Романы")}
FIND_BUTTON = {"en": "Search", "tr": "Ara", "de": "Suchen", "fr": "Rechercher", "es": "Buscar", "ru": "Найти"}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list, definition list or form, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    k = "%06x" % rng.randint(0, 16**6 - 1)
    closures = "".join('<li><strong>%s</strong> %s %s %s</li>' % (esc(r), esc(a), esc(CLOSURE_TO[lang]), esc(b))
                       for r, a, b in RACE_CLOSURES[lang])
    advice = "".join('<li><b>%s</b>: %s, %s</li>' % (esc(t), esc(v), esc(w)) for t, v, w in ADVICE_SESSIONS[lang])
    lab = CALLBACK_LABELS[lang]
    callback = ('<label for="cb-%s-0">%s</label><input id="cb-%s-0" type="text" name="name" autocomplete="name">' % (k, esc(lab[0]), k)
                + '<label for="cb-%s-1">%s</label><input id="cb-%s-1" type="tel" name="phone" autocomplete="tel">' % (k, esc(lab[1]), k)
                + '<label for="cb-%s-2">%s</label><select id="cb-%s-2" name="topic">%s</select>' % (
                    k, esc(lab[2]), k, "".join("<option>%s</option>" % esc(t) for t, _, _ in ADVICE_SESSIONS[lang]))
                + '<button type="submit" class="btn-callback">%s</button>' % esc(CALLBACK_BUTTON[lang]))
    boxes = "".join('<li><a href="/community/book-boxes/%s-%d">%s</a> · %s</li>' % (k, j, esc(w), esc(st)) for j, (w, st) in enumerate(BOOK_BOXES[lang]))
    fl = FIND_LABELS[lang]
    find = ('<label for="lib-%s-0">%s</label><input id="lib-%s-0" type="search" name="q">' % (k, esc(fl[0]), k)
            + '<label for="lib-%s-1">%s</label><select id="lib-%s-1" name="genre">%s</select>' % (
                k, esc(fl[1]), k, "".join("<option>%s</option>" % esc(g) for g in FIND_GENRES[lang]))
            + '<button type="submit" class="btn-find-library">%s</button>' % esc(FIND_BUTTON[lang]))
    return (style.replace("{closurelist}", closures)
            .replace("{closurerows}", table(CLOSURE_HEAD[lang], RACE_CLOSURES[lang]))
            .replace("{diversions}", dl(RACE_DIVERSIONS[lang]))
            .replace("{advicelist}", advice)
            .replace("{advicerows}", table(ADVICE_HEAD[lang], ADVICE_SESSIONS[lang]))
            .replace("{callbackfields}", callback)
            .replace("{bookboxes}", boxes)
            .replace("{bookrows}", table(BOOK_HEAD[lang], BOOK_BOXES[lang]))
            .replace("{findfields}", find))



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
               "scores": rng.choice([0, mid, n]), "racedayclosures": rng.choice([0, mid, n]),
               "advicesessions": rng.choice([mid, n, n]), "bookswap": rng.choice([mid, n])}.get(fam, mid)
        if fam == "section" and art.get("section_tag"):  # the story's section typed as a bold tag into its first line
            inline.append((0, "start", INLINE["section"][1][0] % E(text)))
            continue
        # run into a story paragraph: of some families only one wording (INLINE_WORDING)
        if (fam in INLINE and rng.random() < INLINE[fam][0] and tpl not in ("medium",)
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
BOX = {"gutenberg": ("wrap", '<div class="wp-block-group has-pale-pink-background-color has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "drupal": ("class", "text-box-grey"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">📚</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>"),
        "simorgh": ('<b class="%s">' % SMC["b"], "</b>")}  # Optimo's bold, as Simorgh renders it
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>"),
          "simorgh": ('<i class="bbc-1yn4nl7 e5tfeyi3">', "</i>")}  # Optimo's italic
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
# templates: simorgh is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"simorgh": tpl_simorgh, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h70), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "simorgh"


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
            rng = random.Random("newsflow-heldout72-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI72[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 71) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h70), labels, furniture strings,
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
    # layouts: simorgh (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h69 or h70 gave it
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
    # the simorgh pages: a service of SM_SITES in a language of SM_CORE, with an image caption for the body and the
    # byline's place; of the looks only Optimo's bold and italic (its editor has no drop cap, box, callout, highlight
    # or soft line break); no story tables and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in SM_SITES or a["lang"] not in SM_CORE or a.get("kind") or not a.get("body_caption")
                                       or not a.get("place") or any(st not in ("bold", "italic") for st, _ in a.get("look", []))):
            problems.append("%s: simorgh page needs a Simorgh service, a body caption, a place and the editor's looks only" % a["id"])
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
    sm_sites = [{k: v for k, v in d.items() if k not in SM_EXEMPT} for d in SM_SITES.values()]
    # (SM_CORE, SMC, CLOSURE_HEAD, CLOSURE_TO, ADVICE_HEAD, CALLBACK_LABELS, CALLBACK_BUTTON, BOOK_HEAD, FIND_LABELS,
    # FIND_GENRES and FIND_BUTTON, the platform's strings and the web teams' generic table heads, field labels, select
    # options and buttons, are left as
    # their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("SM_SITES", sm_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "SM_SITES" and s.startswith("/")):
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




