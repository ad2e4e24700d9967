#!/usr/bin/env python3
"""Seventy-fourth held-out part (h74-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout74.py           # write pages/h74-*.html
    python benchmarks/data/extraction/make_heldout74.py --check   # verify pages/h74-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout74.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout73.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h74_en.py / articles_h74_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: organised fireworks and bonfire display finders on stories about bonfire nights, a
cricket club's fireworks, a town's central New Year's Eve display and a 14 July display over a lake -- the displays
near you as a list with their dates, gate times and ticket prices, the displays as a table, the "add your display"
link, the gate times and tickets as a definition list card --, rental e-scooter zone boxes on stories about e-scooter
hire schemes getting parking bays, slow zones and no-go zones -- the parking bays near you as a list with their
spaces, the no-go, slow and no-parking zones as a table, the "see the zones map" link, the operators' hours as a
definition list panel --, and hazardous-waste amnesty notices on stories about collection days for old paint,
garden chemicals, batteries and oil -- the amnesty days with their dates, sites and times as a list, what is taken
and what is not as a table, the "book a drop-off slot" button, the booking form with its postcode field, its day
select and its booking button --), their wrapper class names, related headlines, site names, the sites' own strings
in the earlier layouts and the first-round furniture strings are new here: none of the sentences of
make_pages.RESIDUE / UI or of the R pools of make_heldout2..72, nor their labels, furniture strings, widget rows,
headlines or site names; verify() refuses to build if one is reused, if a wrapper class name of an earlier part
recurs, if a "new" family is already in an earlier pool, family list, template family or docstring, if a story
paragraph or headline of an earlier part (h71 and h72 included) recurs, if a headline is also a story paragraph, or
if a body is outside 150-400 words.  Every name and number is fictional.  The tables' heads, the forms' field labels
and buttons and the displays' "gates" word (FIREWORK_HEAD, FIREWORK_GATES, SCOOTER_HEAD, AMNESTY_HEAD, SLOT_LABELS,
SLOT_BUTTON) are the web teams' generic strings and not checked; the rows themselves (FIREWORK_DISPLAYS,
SCOOTER_BAYS, SCOOTER_ZONES, SCOOTER_HOURS, AMNESTY_DAYS, AMNESTY_ITEMS) are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link among them may be run into a paragraph instead): fireworks finders on an English town's bonfire night
back after three years (the English new-layout page: the displays-near-you list), an English cricket club's
fireworks for a pavilion roof (the displays table), a German town's central Silvester display replacing private
rockets in its old town (the add-your-display link) and a French 14 July display fired from a pontoon on a lake (the
gate-times card); e-scooter zone boxes on an English trial extended with 40 parking bays (the parking-bays box), a
Turkish city's parking rule for rental scooters (the zones table), a Spanish town's slow zones in its old quarter
(the Spanish new-layout page: the zones map link, run into a paragraph) and a Russian town's slow zones on its
embankment (the operators' hours panel); hazardous-waste amnesty notices on an English district council's first
amnesty (the amnesty-days list), a German Schadstoffmobil's April round (the accepted-items table), a French
commune's own page on its collection days (a commune on TYPO3: the book-a-drop-off-slot button) and a Spanish
mancomunidad's mobile punto limpio (the booking form).  An earlier family that needs a reason in the story is placed
the same way (a gallery on the cricket club's fireworks, a calendar row on a German Freibad's season); the other
generic families are balanced over the part, leaving out those the page's site would not print (the story's "kind":
a French commune's own page on TYPO3 -- no newspaper furniture --, a Russian village's website on uCoz, an
independent neighbourhood publication on Medium, which prints no ads, app, push or print prompts, comment counters or
press-standards lines, and of the newsletter family only its appeal for money); a correction box goes only on a
story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes,
bars, chips, cards, panels, strips and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists,
spans, forms, definition lists and tables, and, for a few families, a line run into the end of a story paragraph
(credit, tip, newsletter pitch, share line, the add-your-display link, the zones map link, the book-a-slot button;
only one line in any paragraph) or a bold section tag run into the start of the first paragraph (drawn at random; no
story of this part asks for one).  On the new layout, residue the editor pasted sits in WPBakery raw HTML elements
(wpb_raw_html) between the text blocks, as it does on real WPBakery sites.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph on wordpress, magazine, sanity and gutenberg, the theme's dropcap span around the first letter on
the Spanish new-layout page), italics (a one-line quote on the English new-layout page, on semantic and on medium),
bold (a one-line paragraph on the English new-layout page, on nextjs and on medium), a highlighted sentence (a <mark>
on quintype), a paragraph in a box (a Gutenberg group, the magazine's panel, a CKEditor style on drupal, WPBakery's
message box on the Spanish new-layout page), a fact box holding a subheading and its list (a Fusion custom embed:
what an orchard on old railway sidings has planted), a Ghost callout card (what a mobile punto limpio refuses), a
paragraph typed after a <br> (Shift+Enter on chunks, amp and hugo); story structures that look like furniture but
are the story: question-and-answer interviews (questions typed in bold, some of two or three words -- "Coldest
morning?", "Do they remember you?", "En zor iş?", "Мост — это хорошо?" --, in English, Turkish and Russian: a school
crossing patrol after 31 years, a tinsmith after 50, a river ferryman after 38), lists inside the story (what
people keep in their sheds, what a cricket club's display needs, what an orchard has planted, a minibus line's stops,
what a Schadstoffmobil takes, what a commune's collection accepts, a tool library's most borrowed tools as a
numbered list, a summer cinema's programme, a Russian town's new scooter rules, what a renovated village club has),
crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs ("The guy has been
built by Year 6.", "“We were not going to let it die on a spreadsheet.”", "Nothing will be tipped or burned.", "She
has never missed a day through illness.", "65 yaş üstü ve öğrenciler ücretsiz yararlanacak.", "Wer ohne Termin
kommt, wird weggeschickt.", "Personne n'a jamais rendu une échelle en retard.", "«Aquí me declaré a mi mujer, en la
fila siete», cuenta."), a closing line with practical information (a bonfire's gate times, a leaving assembly, an
orchard's gate and hours, a village shop's shareholders' meeting, a workshop's Saturday mornings, a minibus's
timetable, a tinsmith's last month, a market square's opening time, a Freibad's opening day, a bal after the
fireworks, a town hall's opening hours, a mobile punto limpio's hours, a cinema's start time, a club's hobby groups,
a ferry's last crossing), and story sentences that mention furniture words in ordinary reporting ("Photographs of a
garage" opening a story, "Compartir coche" opening another, a mother told to "follow a sign that pointed into a
hedge", "Shares are still on sale from the counter" closing a story, a Medium piece asking readers to "poussez la
porte", a village website thanking Lyudmila "за все фото" and closing with "Поделитесь этой новостью"), some at the
start or end of the story where furniture usually sits.  Two pages carry no residue at all (an English and a
Russian interview) and one only its correction line (an English railway footbridge).
One page layout is new (wpbakery: an article page of a small news site built with WordPress and the WPBakery Page
Builder, formerly Visual Composer, on two pages, an English and a Spanish one): the permalink (/<year>/<month>/<slug>/)
and the uploads' sized images with srcset; the head as WordPress prints it (charset, viewport, the profile link,
"<headline> &#8211; <site>" as the title, the robots meta, the feed links, the emoji settings script, the
block-library, Cookie Notice, theme, Google Fonts and js_composer_front stylesheets with their ids and versions,
jQuery and jquery-migrate, Cookie Notice's cnArgs and front script, the REST, EditURI, canonical, shortlink and oEmbed
links, the WordPress and "Powered by WPBakery Page Builder" generator metas, the vc_shortcodes-custom-css style and
the wpb_animate noscript style, the theme's custom colours); body.single-post with its postid and "wpb-js-composer
js-comp-ver-7.6 vc_responsive" classes; the skip link, the theme's header (top bar with the date, the site title and
tagline, the primary menu with WordPress's menu-item classes); the single-post template built as WPBakery rows
(vc_row wpb_row vc_row-fluid > wpb_column vc_column_container vc_col-sm-8 / vc_col-sm-4 > vc_column-inner >
wpb_wrapper): the article (category link, h1.entry-title, entry-meta with the author vcard and the time, the theme's
share buttons, the post thumbnail with its caption and credit), div.entry-content holding the post's own WPBakery
output -- the story in wpb_text_column wpb_content_element text blocks (p, h3, ul / ol, blockquote, strong / em, the
theme's dropcap span, WPBakery's vc_message_box), a vc_separator before the first subheading, a wpb_single_image with
its vc_figure-caption in the middle of the story (this layout's own residue in the container), residue in
wpb_raw_html elements --, the entry footer with the tags, the share buttons again, the post navigation, the related
posts with their thumbnails, the comment form; in the side column a vc_tta-tabs element ("Latest" / "Popular" tabs,
each panel a post list, with the vc_tta-panel-heading WPBakery prints for small screens) and the widgetised sidebar
(search, categories with counts); the footer (the site's about text and links, the copyright); the Cookie Notice
plugin's #cookie-notice dialog (the site's text, accept / refuse / privacy policy buttons, the close icon, the revoke
container); then the theme's navigation script, wp-embed, js_composer_front, vc_accordion, the tta autoplay and
vc_tabs scripts.  The theme's and plugins' strings (WPB_CORE, per language) are left as they ship and not checked;
the sites' own strings (WPB_SITES: tagline, menu, categories, tags, about text, footer links, copyright and the
Cookie Notice text the site typed) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h71 or h72 gave it (9 English pages, 3 in each other language: English on cms, chunks,
regional, magazine, quintype, nextjs, fusion and gutenberg; Turkish on wordpress, drupal and hugo; German on amp,
semantic and sanity; French on storybody, typo3 and medium; Spanish on ghost and legacy-br; Russian on table, portal
and ucoz); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site
rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped
for this part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout72.py, so that make_pages.py can import this module and merge it the same way. Standard
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
import make_heldout71 as mp71  # noqa: E402
import make_heldout72 as mp72  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h74_en import ARTICLES as H74_EN  # noqa: E402
from articles_h74_intl import ARTICLES as H74_INTL  # noqa: E402



ARTICLES = H74_EN + H74_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72)
# parts whose layouts' languages this part avoids (the two before it; h73 is written at the same time)
LANG_PARTS = (mp71, mp72)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h74"



# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Wrenford Weekly Lantern", "Tolverne Bridge Herald", "Stainmore and Lune Reporter", "Ashcombe Valley Echo",
           "Harrowdale Evening Mercury", "Lunesdale Morning Post", "Greyholme Gazette and Argus", "Fellside Courier"],
    "tr": ["Yeşilvadi Haber Postası", "Yeşilvadi Çarşı Gazetesi", "Dereboyu Sesi"],
    "de": ["Talbacher Abendpost", "Kreisanzeiger für das obere Talbachtal", "Rothenauer Lokalanzeiger"],
    "fr": ["L'Écho des Trois Vallées"],
    "es": ["El Heraldo de Valdeoliva", "Valdeoliva al Día"],
    "ru": ["Долинские ведомости", "Вестник Долинска и Заречья"],
}
# sites fixed per page (the two WPBakery sites, a French commune's own site on TYPO3, a Russian village's website on
# uCoz, an independent neighbourhood publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h72 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The valleys' bonfire webcam is blocked until you allow video cookies", "This zones map needs mapping cookies before it will draw the Three Valleys"],
        "tr": ["Üç vadi şenlik ateşi kamerası, video çerezlerine izin verene kadar kapalı", "Bu bölge haritası üç vadiyi çizmek için harita çerezlerine ihtiyaç duyuyor"],
        "de": ["Die Feuerwerks-Webcam der drei Täler bleibt gesperrt, bis Sie Video-Cookies erlauben", "Diese Zonenkarte braucht Karten-Cookies, bevor sie die drei Täler zeichnet"],
        "fr": ["La webcam du feu d'artifice des trois vallées reste bloquée tant que les cookies vidéo sont refusés", "Cette carte des zones a besoin des cookies cartographiques pour afficher les trois vallées"],
        "es": ["La webcam de los fuegos de los tres valles está bloqueada hasta que permitas las cookies de vídeo", "Este mapa de zonas necesita cookies de mapas para dibujar los tres valles"],
        "ru": ["Веб-камера салюта трёх долин заблокирована, пока вы не разрешите видео-cookie", "Этой карте зон нужны картографические cookie, чтобы показать три долины"],
    },
    "newsletter": {
        "en": ["The Valleys at Seven: the night's news from every village, in your inbox with the first cuppa", "You've hit this month's free limit for Three Valleys stories: register in a minute to read on", "No owner, no shareholders: readers' pound-a-week pledges keep {site} reporting"],
        "tr": ["Yedide Vadiler: her köyden gecenin haberleri, ilk çayla birlikte e-postanızda", "Bu ayki üç vadi haberi sınırınıza ulaştınız: okumaya devam etmek için bir dakikada kaydolun", "Patronumuz da hissedarımız da yok: okurların haftalık küçük bağışları {site} habercilimizi sürdürüyor"],
        "de": ["Die Täler um sieben: die Nachrichten der Nacht aus jedem Dorf, mit dem ersten Kaffee im Postfach", "Sie haben Ihr Gratiskontingent an Drei-Täler-Artikeln für diesen Monat erreicht: in einer Minute registrieren und weiterlesen", "Kein Verleger, keine Aktionäre: die Wochenbeiträge der Leser halten {site} am Laufen"],
        "fr": ["Les Vallées à sept heures : les nouvelles de la nuit de chaque village, dans votre boîte avec le premier café", "Vous avez atteint la limite gratuite des articles des trois vallées ce mois-ci : inscrivez-vous en une minute pour continuer", "Ni patron ni actionnaires : les dons hebdomadaires des lecteurs font vivre {site}"],
        "es": ["Los Valles a las siete: lo que pasó de noche en cada pueblo, en tu correo con el primer café", "Has llegado al límite gratuito de noticias de los tres valles este mes: regístrate en un minuto para seguir", "Sin dueños ni accionistas: las aportaciones semanales de los lectores mantienen {site} en marcha"],
        "ru": ["«Долины в семь»: ночные новости каждого села у вас в почте к первой чашке чая", "Вы исчерпали бесплатный лимит новостей трёх долин в этом месяце: зарегистрируйтесь за минуту, чтобы читать дальше", "Ни владельца, ни акционеров: еженедельные взносы читателей позволяют «{site}» работать"],
    },
    "share": {
        "en": ["Pass it round the valleys: Facebook · WhatsApp · Threads · Email", "Someone in the Three Valleys needs to read this? Forward it ›"],
        "tr": ["Vadilere yayın: Facebook · WhatsApp · Threads · E-posta", "Üç vadide bunu okuması gereken biri mi var? İletin ›"],
        "de": ["In den Tälern herumreichen: Facebook · WhatsApp · Threads · E-Mail", "Jemand in den drei Tälern sollte das lesen? Weiterleiten ›"],
        "fr": ["Faites circuler dans les vallées : Facebook · WhatsApp · Threads · Courriel", "Quelqu'un des trois vallées doit lire ceci ? Faites suivre ›"],
        "es": ["Que corra por los valles: Facebook · WhatsApp · Threads · Correo", "¿Alguien de los tres valles debería leer esto? Reenvíalo ›"],
        "ru": ["Передайте по долинам: ВКонтакте · Telegram · Одноклассники · Почта", "Кому-то в трёх долинах стоит это прочитать? Отправьте им ссылку ›"],
    },
    "photo": {
        "en": ["Picture: handed in at the Three Valleys photo counter", "Photograph supplied by a {site} reader and used with thanks"],
        "tr": ["Fotoğraf: üç vadi fotoğraf bankosuna teslim edildi", "Fotoğrafı bir {site} okuru gönderdi, teşekkürlerimizle"],
        "de": ["Bild: am Fototresen der drei Täler abgegeben", "Foto von einer Leserin von {site}, mit Dank verwendet"],
        "fr": ["Photo : déposée au comptoir photo des trois vallées", "Photo fournie par un lecteur de {site}, avec nos remerciements"],
        "es": ["Foto: entregada en el mostrador fotográfico de los tres valles", "Fotografía cedida por una lectora de {site}, con nuestro agradecimiento"],
        "ru": ["Снимок передан в фотобюро трёх долин", "Фото прислал читатель «{site}», публикуем с благодарностью"],
    },
    "copyright": {
        "en": ["© {site} 2026 — this report may not be copied to another website or newsletter without the written agreement of our licensing desk."],
        "tr": ["© {site} 2026 — bu haber, lisans masamızın yazılı onayı olmadan başka bir siteye ya da bültene kopyalanamaz."],
        "de": ["© {site} 2026 — dieser Bericht darf ohne schriftliche Zustimmung unserer Lizenzabteilung nicht auf andere Websites oder in Newsletter übernommen werden."],
        "fr": ["© {site} 2026 — cet article ne peut être repris sur un autre site ou dans une lettre sans l'accord écrit de notre service des droits."],
        "es": ["© {site} 2026 — esta información no puede copiarse en otra web o boletín sin el acuerdo por escrito de nuestro departamento de derechos."],
        "ru": ["© «{site}», 2026 — перепечатка этого материала на других сайтах и в рассылках возможна только с письменного согласия отдела лицензий."],
    },
    "section": {
        "en": ["Fresh from the valleys: {section}", "All our {section} coverage across the valleys ›"],
        "tr": ["Vadilerden yeni: {section}", "Vadilerdeki bütün {section} haberlerimiz ›"],
        "de": ["Frisch aus den Tälern: {section}", "Unsere ganze Berichterstattung zu {section} in den Tälern ›"],
        "fr": ["Tout frais des vallées : {section}", "Toute notre rubrique {section} dans les vallées ›"],
        "es": ["Recién llegado de los valles: {section}", "Toda nuestra cobertura de {section} en los valles ›"],
        "ru": ["Свежее из долин: {section}", "Вся наша рубрика «{section}» по долинам ›"],
    },
    "related": {
        "en": ["Meanwhile, up and down the valleys", "More from the valley desk"],
        "tr": ["Bu arada vadilerin dört bir yanında", "Vadi masasından daha fazlası"],
        "de": ["Derweil in den Tälern", "Mehr vom Täler-Desk"],
        "fr": ["Pendant ce temps, dans les vallées", "D'autres articles du bureau des vallées"],
        "es": ["Mientras tanto, valle arriba y valle abajo", "Más de la mesa de los valles"],
        "ru": ["Тем временем в долинах", "Ещё от редакции долин"],
    },
    "symbol": {
        "*": ["✽ ✽ ✽ ✽ ✽", "•—•—•—•", "◈ · ◈ · ◈", "~ ✧ ~ ✧ ~"],
    },
    "credit": {
        "en": ["Additional reporting by the {site} valleys team", "Our Three Valleys community reporter contributed to this report"],
        "tr": ["Habere {site} vadi ekibi katkıda bulundu", "Üç vadi yerel muhabirimiz bu habere katkı verdi"],
        "de": ["Mitarbeit: das Täler-Team von {site}", "Unser Gemeinschaftsreporter für die drei Täler hat mitgewirkt"],
        "fr": ["Avec la participation de l'équipe des vallées de {site}", "Notre correspondant local des trois vallées a contribué à cet article"],
        "es": ["Con la colaboración del equipo de los valles de {site}", "Ha colaborado nuestro corresponsal comarcal de los tres valles"],
        "ru": ["При участии команды долин «{site}»", "В подготовке помогал наш общественный корреспондент трёх долин"],
    },
    "ad": {
        "en": ["Advertisement · story continues underneath", "Reach every village in the valleys: advertise with {site} from £15 a week"],
        "tr": ["Reklam · vadi haberi aşağıda sürüyor", "Vadilerdeki her köye ulaşın: {site} reklamları haftalık 350 liradan"],
        "de": ["Werbung · der Täler-Artikel geht unten weiter", "Jedes Dorf in den Tälern erreichen: Anzeigen bei {site} ab 15 € pro Woche"],
        "fr": ["Publicité · l'article continue en dessous", "Touchez chaque village des vallées : publicité avec {site} dès 15 € la semaine"],
        "es": ["Publicidad · la noticia de los valles sigue abajo", "Llega a cada pueblo de los valles: anúnciate en {site} desde 15 € a la semana"],
        "ru": ["Реклама · материал долин продолжается ниже", "Доберитесь до каждого села в долинах: реклама в «{site}» от 1 200 ₽ в неделю"],
    },
    "continue": {
        "en": ["Keep reading the valleys report", "Show the rest of this story ▼"],
        "tr": ["Vadi haberini okumaya devam edin", "Haberin kalanını göster ▼"],
        "de": ["Den Täler-Bericht weiterlesen", "Den Rest dieser Geschichte zeigen ▼"],
        "fr": ["Poursuivre la lecture de l'article des vallées", "Afficher la fin de cet article ▼"],
        "es": ["Sigue leyendo la noticia de los valles", "Mostrar el resto de esta noticia ▼"],
        "ru": ["Читать материал долин дальше", "Показать остаток материала ▼"],
    },
    "comments": {
        "en": ["{n} valley readers have had their say", "Join the {n} comments below ›"],
        "tr": ["{n} vadi okuru görüşünü yazdı", "Aşağıdaki {n} yoruma katılın ›"],
        "de": ["{n} Leser aus den Tälern haben mitdiskutiert", "Bei den {n} Kommentaren unten mitreden ›"],
        "fr": ["{n} lecteurs des vallées ont donné leur avis", "Rejoignez les {n} commentaires ci-dessous ›"],
        "es": ["{n} lectores de los valles ya han opinado", "Únete a los {n} comentarios de abajo ›"],
        "ru": ["{n} читателей долин уже высказались", "Присоединиться к {n} комментариям ниже ›"],
    },
    "readtime": {
        "en": ["Valleys read · {m} min", "Time to read this valleys report: around {m} minutes"],
        "tr": ["Vadi okuması · {m} dk", "Bu vadi haberinin okuma süresi: aşağı yukarı {m} dakika"],
        "de": ["Täler-Lektüre · {m} Min.", "Lesezeit für diesen Täler-Bericht: rund {m} Minuten"],
        "fr": ["Lecture des vallées · {m} min", "Temps de lecture de cet article des vallées : environ {m} minutes"],
        "es": ["Lectura de los valles · {m} min", "Tiempo para leer esta noticia de los valles: unos {m} minutos"],
        "ru": ["Чтение из долин · {m} мин", "Время чтения этого материала долин: примерно {m} минуты"],
    },
    "updated": {
        "en": ["Story revised by the valleys desk on {d}, {t}", "Updated {d} at {t} with the organisers' latest figures"],
        "tr": ["Haber vadi masası tarafından {d}, {t} itibarıyla yenilendi", "{d} saat {t} itibarıyla organizatörlerin son rakamlarıyla güncellendi"],
        "de": ["Vom Täler-Desk überarbeitet am {d}, {t} Uhr", "Aktualisiert am {d} um {t} Uhr mit den neuesten Zahlen der Veranstalter"],
        "fr": ["Article revu par le bureau des vallées le {d}, {t}", "Mis à jour le {d} à {t} avec les derniers chiffres des organisateurs"],
        "es": ["Noticia revisada por la mesa de los valles el {d}, {t}", "Actualizado el {d} a las {t} con las últimas cifras de la organización"],
        "ru": ["Материал пересмотрен редакцией долин {d}, {t}", "Обновлено {d} в {t}: последние данные организаторов"],
    },
    "audio": {
        "en": ["▶ Play the valleys audio version ({m} min)", "Driving over the tops? Listen to this story instead, it runs {m} minutes"],
        "tr": ["▶ Vadi sesli sürümünü çalın ({m} dk)", "Yayladan mı geçiyorsunuz? Bu haberi dinleyin, {m} dakika sürüyor"],
        "de": ["▶ Die Täler-Audiofassung abspielen ({m} Min.)", "Über den Pass unterwegs? Hören Sie diesen Artikel, er dauert {m} Minuten"],
        "fr": ["▶ Lire la version audio des vallées ({m} min)", "Sur la route du col ? Écoutez plutôt cet article, il dure {m} minutes"],
        "es": ["▶ Reproducir la versión en audio de los valles ({m} min)", "¿Cruzas el puerto en coche? Escucha esta noticia, dura {m} minutos"],
        "ru": ["▶ Включить аудиоверсию долин ({m} мин)", "Едете через перевал? Послушайте этот материал, он длится {m} минуты"],
    },
    "app": {
        "en": ["Download the {site} app for valley alerts as they happen", "Carry on in the valleys app ›"],
        "tr": ["Anında vadi bildirimleri için {site} uygulamasını indirin", "Vadiler uygulamasında devam edin ›"],
        "de": ["Laden Sie die App von {site} für Täler-Meldungen in Echtzeit", "In der Täler-App weiterlesen ›"],
        "fr": ["Téléchargez l'application {site} pour les alertes des vallées en direct", "Continuer dans l'appli des vallées ›"],
        "es": ["Descarga la app de {site} para recibir los avisos de los valles al momento", "Sigue en la app de los valles ›"],
        "ru": ["Скачайте приложение «{site}», чтобы получать новости долин сразу", "Продолжить в приложении долин ›"],
    },
    "bio": {
        "en": ["{by} covers {section} for {site} from a desk above the old post office and walks the fells at weekends.", "More by {by} from the valleys ›"],
        "tr": ["{by}, {site} için {section} haberlerini eski postanenin üstündeki masasından yazıyor, hafta sonları yaylada yürüyor.", "{by} imzasıyla vadilerden daha fazlası ›"],
        "de": ["{by} schreibt für {site} über {section}, vom Schreibtisch über der alten Post, und wandert am Wochenende über die Höhen.", "Mehr von {by} aus den Tälern ›"],
        "fr": ["{by} suit la rubrique {section} pour {site} depuis un bureau au-dessus de l'ancienne poste et marche sur les crêtes le week-end.", "Plus de {by} depuis les vallées ›"],
        "es": ["{by} cubre {section} para {site} desde una mesa encima de la antigua oficina de correos y sube al monte los fines de semana.", "Más textos de {by} ›"],
        "ru": ["{by} пишет о теме «{section}» для «{site}» из кабинета над старой почтой, а по выходным ходит по горам.", "Другие материалы автора {by} ›"],
    },
    "tip": {
        "en": ["Seen something in your village? Tell us at news@threevalleys.example", "Call or message the valleys desk on 07700 900 412"],
        "tr": ["Köyünüzde bir şey mi gördünüz? haber@ucvadi.example adresinden bize yazın", "Vadi masasını arayın ya da mesaj atın: 0 (532) 900 41 20"],
        "de": ["Etwas im Dorf gesehen? Schreiben Sie uns an hinweise@drei-taeler.example", "Anruf oder Nachricht an den Täler-Desk: 0151 900 41 20"],
        "fr": ["Vu quelque chose dans votre village ? Écrivez-nous à infos@trois-vallees.example", "Appelez ou écrivez au bureau des vallées : 06 00 90 41 20"],
        "es": ["¿Has visto algo en tu pueblo? Cuéntanoslo en noticias@tres-valles.example", "Llama o escribe a la mesa de los valles: 600 900 412"],
        "ru": ["Что-то случилось в вашем селе? Напишите нам: novosti@tri-doliny.example", "Звоните или пишите в редакцию долин: +7 900 000-41-20"],
    },
    "typo": {
        "en": ["Found a mistake in this valleys story? Select the words and press Ctrl+Enter to let us know"],
        "tr": ["Bu vadi haberinde bir hata mı var? Hatalı kelimeleri seçip Ctrl+Enter tuşlarına basarak vadi masasına iletin"],
        "de": ["Einen Fehler in diesem Täler-Artikel gefunden? Wörter markieren und Strg+Enter drücken, um es uns zu melden"],
        "fr": ["Une erreur dans cet article des vallées ? Sélectionnez les mots fautifs et appuyez sur Ctrl+Entrée pour prévenir le bureau des vallées"],
        "es": ["¿Un fallo en esta noticia de los valles? Selecciona las palabras y pulsa Ctrl+Intro para avisarnos"],
        "ru": ["Нашли ошибку в материале долин? Выделите слова и нажмите Ctrl+Enter, чтобы сообщить нам"],
    },
    "push": {
        "en": ["Want an alert the moment the valleys have big news? Turn on alerts · Not now, thanks"],
        "tr": ["Vadilerde büyük bir haber olduğu an uyarı ister misiniz? Uyarıları aç · Şimdi değil, teşekkürler"],
        "de": ["Sofort benachrichtigt werden, wenn es in den Tälern große Neuigkeiten gibt? Hinweise einschalten · Jetzt nicht, danke"],
        "fr": ["Une alerte dès qu'il y a une grosse nouvelle dans les vallées ? Activer les alertes · Pas maintenant, merci"],
        "es": ["¿Quieres un aviso en cuanto haya una gran noticia en los valles? Activar avisos · Ahora no, gracias"],
        "ru": ["Получать оповещение, как только в долинах случится что-то важное? Включить оповещения · Не сейчас, спасибо"],
    },
    "print": {
        "en": ["Keep a copy: Print · Download PDF · Email to a friend", "Printer-friendly valleys page ›"],
        "tr": ["Bir kopyasını saklayın: Yazdır · PDF indir · Bir arkadaşa e-postala", "Yazıcı dostu vadi sayfası ›"],
        "de": ["Eine Kopie behalten: Drucken · PDF laden · An Bekannte mailen", "Druckfreundliche Täler-Seite ›"],
        "fr": ["Garder une copie : Imprimer · Télécharger le PDF · Envoyer à un ami", "Page des vallées adaptée à l'impression ›"],
        "es": ["Guarda una copia: Imprimir · Descargar PDF · Enviar a un amigo", "Página de los valles para imprimir ›"],
        "ru": ["Сохраните копию: Печать · Скачать PDF · Отправить другу", "Страница долин для печати ›"],
    },
    "feedback": {
        "en": ["Was this valleys story useful to you? Very useful · Fairly useful · Not useful to me"],
        "tr": ["Bu vadi haberi size bir şey kattı mı? Çok kattı · Biraz kattı · Hiç katmadı"],
        "de": ["War dieser Täler-Artikel nützlich für Sie? Sehr · Etwas · Eher nicht"],
        "fr": ["Cet article des vallées vous a-t-il été utile ? Très utile · Assez utile · Pas utile pour moi"],
        "es": ["¿Te ha servido esta noticia de los valles? Mucho · Algo · No mucho"],
        "ru": ["Был ли вам полезен этот материал долин? Очень полезен · Отчасти полезен · Бесполезен"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code of Practice across its valley titles. If you think this story breaks it, contact standards@threevalleys.example."],
        "tr": ["{site}, vadi yayınlarında gazetecilik meslek ilkelerine uyar. Bu haberin ilkeleri çiğnediğini düşünüyorsanız ilkeler@ucvadi.example adresine yazın."],
        "de": ["{site} folgt in allen Täler-Ausgaben dem Pressekodex. Wenn Sie meinen, dieser Artikel verstößt dagegen, schreiben Sie an kodex@drei-taeler.example."],
        "fr": ["{site} applique la charte de déontologie dans tous ses titres des vallées. Si vous pensez que cet article y manque, écrivez à deontologie@trois-vallees.example."],
        "es": ["{site} sigue el código deontológico en todas sus cabeceras de los valles. Si crees que esta noticia lo incumple, escribe a codigo@tres-valles.example."],
        "ru": ["«{site}» во всех изданиях долин соблюдает кодекс профессиональной этики. Если вы считаете, что материал его нарушает, пишите на etika@tri-doliny.example."],
    },
    "topics": {
        "en": ["Tagged: {section} · Three Valleys · local life", "Follow {section} in the valleys ›"],
        "tr": ["Etiketler: {section} · Üç Vadi · yerel yaşam", "Vadilerde {section} konusunu izleyin ›"],
        "de": ["Schlagworte: {section} · Drei Täler · Leben vor Ort", "{section} in den Tälern folgen ›"],
        "fr": ["Mots-clés : {section} · Trois Vallées · vie locale", "Suivre {section} dans les vallées ›"],
        "es": ["Etiquetas: {section} · Tres Valles · vida local", "Sigue {section} en los valles ›"],
        "ru": ["Метки: {section} · Три долины · местная жизнь", "Следить за темой «{section}» в долинах ›"],
    },
    "bookmark": {
        "en": ["🔖 Save to your valleys reading pile"],
        "tr": ["🔖 Vadi okuma yığınınıza kaydedin"],
        "de": ["🔖 Auf den Täler-Lesestapel legen"],
        "fr": ["🔖 Garder dans votre pile de lecture des vallées"],
        "es": ["🔖 Guardar en tu montón de lecturas de los valles"],
        "ru": ["🔖 Отложить в стопку чтения долин"],
    },
    "poll": {
        "en": ["Quick vote: does this change things where you live? Yes, it does · No, it doesn't · Can't say yet", "Valley results appear once you've cast your vote"],
        "tr": ["Hızlı oylama: bu, yaşadığınız yerde bir şeyi değiştirir mi? Evet, değiştirir · Hayır, değiştirmez · Henüz bilmiyorum", "Vadi sonuçları oyunuzu verince görünür"],
        "de": ["Kurz abgestimmt: Ändert das etwas bei Ihnen vor Ort? Ja, spürbar · Nein, gar nicht · Kann ich noch nicht sagen", "Die Ergebnisse aus den Tälern erscheinen nach Ihrer Stimmabgabe"],
        "fr": ["Vote express : cela change-t-il quelque chose chez vous ? Oui, nettement · Non, pas du tout · Trop tôt pour le dire", "Les résultats des vallées s'affichent après votre vote"],
        "es": ["Votación rápida: ¿cambia esto algo donde vives? Sí, bastante · No, nada · Es pronto para saberlo", "Los resultados de los valles aparecen cuando hayas votado"],
        "ru": ["Быстрый опрос: меняет ли это что-то там, где вы живёте? Да, заметно · Нет, никак · Пока рано судить", "Результаты долин появятся после вашего голоса"],
    },
    "embed": {
        "en": ["{handle} posted this from the valleys on Instagram", "{handle} filmed it: play on YouTube"],
        "tr": ["{handle} bunu vadilerden Instagram'a yükledi", "{handle} kaydetti: YouTube'da oynatın"],
        "de": ["{handle} hat das aus den Tälern auf Instagram gepostet", "{handle} hat es gefilmt: auf YouTube abspielen"],
        "fr": ["{handle} l'a publié depuis les vallées sur Instagram", "{handle} l'a filmé : lire sur YouTube"],
        "es": ["{handle} lo publicó desde los valles en Instagram", "{handle} lo grabó: reproducir en YouTube"],
        "ru": ["{handle} выложил это из долин в Instagram", "{handle} снял это на видео: смотреть на YouTube"],
    },
    "gallery": {
        "en": ["🖼 {g} pictures from the night", "Swipe through our {g}-picture gallery ›"],
        "tr": ["🖼 Geceden {g} kare", "{g} fotoğraflık galerimizi kaydırın ›"],
        "de": ["🖼 {g} Bilder vom Abend", "Durch unsere Galerie mit {g} Bildern wischen ›"],
        "fr": ["🖼 {g} images de la soirée", "Faites défiler notre galerie de {g} photos ›"],
        "es": ["🖼 {g} imágenes de la noche", "Desliza por nuestra galería de {g} fotos ›"],
        "ru": ["🖼 {g} кадров того вечера", "Листайте нашу галерею из {g} снимков ›"],
    },
    "map": {
        "en": ["View a larger map of the valleys", "Getting there from the valleys: Google Maps · Apple Maps · What3words"],
        "tr": ["Vadilerin daha büyük haritasını görün", "Yol tarifi: Google Haritalar · Apple Haritalar · Yandex Navigasyon"],
        "de": ["Größere Karte der Täler anzeigen", "Anfahrt: Google Maps · Apple Karten · OsmAnd"],
        "fr": ["Voir une carte plus grande des vallées", "Y aller : Google Maps · Plans d'Apple · Waze"],
        "es": ["Ver un mapa más grande de los valles", "Cómo ir: Google Maps · Mapas de Apple · Waze"],
        "ru": ["Открыть карту долин покрупнее", "Как добраться: Яндекс Навигатор · 2ГИС · Google Карты"],
    },
    "calendar": {
        "en": ["Save the date: Google · Outlook · Apple Calendar", "Nudge me the evening before ›"],
        "tr": ["Tarihi kaydedin: Google · Outlook · Apple Takvim", "Bir gün önce hatırlat ›"],
        "de": ["Termin merken: Google · Outlook · Apple Kalender", "Am Vortag erinnern ›"],
        "fr": ["Bloquez la date : Google · Outlook · Calendrier Apple", "Me prévenir la veille au soir ›"],
        "es": ["Guarda la fecha: Google · Outlook · Calendario de Apple", "Avísame la víspera por la tarde ›"],
        "ru": ["Сохраните дату: Google · Outlook · Календарь Apple", "Напомнить накануне ›"],
    },
    "scores": {
        "en": ["Every valley league result from the weekend ›", "Scores hub: Fixtures · Results · League tables · Top scorers"],
        "tr": ["Hafta sonunun bütün vadi ligi sonuçları ›", "Skor merkezi: Fikstür · Sonuçlar · Lig tabloları · Gol krallığı"],
        "de": ["Alle Ergebnisse der Täler-Ligen vom Wochenende ›", "Ergebniszentrale: Spielplan · Ergebnisse · Tabellen · Torjäger"],
        "fr": ["Tous les résultats des ligues des vallées ce week-end ›", "Espace scores : Calendrier · Résultats · Classements · Meilleurs buteurs"],
        "es": ["Todos los resultados de las ligas de los valles del fin de semana ›", "Zona de resultados: Calendario · Resultados · Clasificaciones · Máximos goleadores"],
        "ru": ["Все результаты лиг долин за выходные ›", "Центр результатов: Календарь · Результаты · Таблицы · Лучшие бомбардиры"],
    },
    "correction": {
        "en": ["This story has been amended."],
        "tr": ["Bu haber düzeltilerek yeniden yayımlandı."],
        "de": ["Dieser Täler-Artikel wurde nachträglich berichtigt."],
        "fr": ["Cet article des vallées a été rectifié après publication."],
        "es": ["Esta noticia de los valles se ha rectificado tras su publicación."],
        "ru": ["В этот материал долин после публикации внесены исправления."],
    },
    # the three families new in this part
    "fireworksfinder": {
        "en": ["Fireworks displays near you", "Organised displays: dates, gates and tickets", "Add your display to the finder ›", "Gate times and ticket prices"],
        "tr": ["Yakınınızdaki havai fişek gösterileri", "Düzenlenen gösteriler: tarih, kapı ve bilet", "Gösterinizi listeye ekleyin ›", "Kapı saatleri ve bilet fiyatları"],
        "de": ["Feuerwerke in Ihrer Nähe", "Organisierte Feuerwerke: Termine, Einlass und Eintritt", "Ihr Feuerwerk im Feuerwerksfinder eintragen ›", "Einlasszeiten und Eintrittspreise"],
        "fr": ["Feux d'artifice près de chez vous", "Les spectacles organisés : dates, ouverture et billets", "Ajouter votre feu d'artifice à la liste ›", "Horaires d'ouverture et prix des billets"],
        "es": ["Espectáculos pirotécnicos cerca de ti", "Castillos de fuegos organizados: fechas, accesos y entradas", "Añade tu espectáculo al buscador ›", "Horarios de acceso y precio de las entradas"],
        "ru": ["Салюты и фейерверки рядом с вами", "Организованные фейерверки: даты, вход и билеты", "Добавить свой фейерверк в афишу ›", "Время открытия входа и цены билетов"],
    },
    "escooterzones": {
        "en": ["E-scooter parking bays near you", "No-go, slow and parking zones", "See the zones map ›", "When the rental scooters run"],
        "tr": ["Yakınınızdaki scooter park alanları", "Yasak, yavaş ve park bölgeleri", "Bölge haritasını görün ›", "Kiralık scooterların çalışma saatleri"],
        "de": ["E-Scooter-Parkflächen in Ihrer Nähe", "Verbots-, Langsamfahr- und Parkzonen", "Zur Zonenkarte ›", "Wann die Leih-Scooter fahren"],
        "fr": ["Places de stationnement des trottinettes près de chez vous", "Zones interdites, lentes et de stationnement", "Voir la carte des zones ›", "Horaires des trottinettes en libre-service"],
        "es": ["Aparcamientos de patinetes cerca de ti", "Zonas prohibidas, lentas y de aparcamiento", "Ver el mapa de zonas ›", "Horario de los patinetes de alquiler"],
        "ru": ["Парковки самокатов рядом с вами", "Запретные, медленные и парковочные зоны", "Смотреть карту зон ›", "Когда работают прокатные самокаты"],
    },
    "wasteamnesty": {
        "en": ["Hazardous waste amnesty days", "What you can bring, and what you can't", "Book a drop-off slot ›", "Book your free drop-off"],
        "tr": ["Tehlikeli atık toplama günleri", "Neler getirilebilir, neler getirilemez", "Teslim saati için randevu alın ›", "Ücretsiz teslim randevunuzu alın"],
        "de": ["Schadstoff-Sammeltage", "Was Sie abgeben können und was nicht", "Einen Abgabetermin buchen ›", "Kostenlosen Abgabetermin buchen"],
        "fr": ["Journées de collecte des déchets dangereux", "Ce que vous pouvez apporter, et ce qui est refusé", "Réserver un créneau de dépôt ›", "Réservez votre dépôt gratuit"],
        "es": ["Jornadas de recogida de residuos peligrosos", "Qué puedes llevar y qué no", "Reserva tu hora de entrega ›", "Reserva tu entrega gratuita"],
        "ru": ["Дни сбора опасных отходов", "Что можно сдать, а что нельзя", "Записаться на время сдачи ›", "Бесплатная запись на сдачу"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"fireworksfinder": [0, 1, 2, 3], "escooterzones": [0, 1, 2, 3], "wasteamnesty": [0, 1, 2, 3]}
# the organised displays: where, date, gates open, tickets
FIREWORK_DISPLAYS = {
    "en": [("Castlemead Park bonfire", "Sat 7 Nov", "5.30pm", "£6, under-12s £3"), ("Wrenford Cricket Club", "Thu 5 Nov", "6pm", "£5 a car"), ("Tolverne Rugby Ground", "Sun 1 Nov", "5pm", "£8 family ticket")],
    "tr": [("Yeşilvadi Sahil Parkı", "29 Ekim", "19.00", "ücretsiz, herkese açık"), ("Dereboyu Meydanı", "31 Aralık", "22.30", "ücretsiz, meydanda")],
    "de": [("Marktplatz Talbach", "31.12.", "23.15 Uhr", "frei"), ("Sportplatz Rothenau", "31.12.", "23.00 Uhr", "3 €, Kinder frei")],
    "fr": [("lac de Montfaucon", "14 juillet", "21 h", "gratuit pour tous"), ("stade de Saint-Vérand", "13 juillet", "21 h 30", "2 €, gratuit moins de 12 ans"), ("plage de la Garenne", "15 août", "21 h 30", "gratuit, sur la plage")],
    "es": [("Recinto ferial de Valdeoliva", "15 de agosto", "22.30", "gratis, sin entrada"), ("Playa fluvial de La Aceña", "23 de junio", "23.00", "gratis, con silla propia")],
    "ru": [("Набережная Долинска", "12 июня, День России", "22:15", "бесплатно для всех"), ("Парк «Берёзовая роща»", "день города", "21:30", "бесплатно, с пледом")],
}
FIREWORK_HEAD = {"en": ("Display", "Date", "Gates open", "Tickets"), "tr": ("Gösteri", "Tarih", "Kapılar", "Bilet"),
                 "de": ("Feuerwerk", "Datum", "Einlass", "Eintritt"), "fr": ("Spectacle", "Date", "Ouverture", "Billets"),
                 "es": ("Espectáculo", "Fecha", "Acceso", "Entrada"), "ru": ("Фейерверк", "Дата", "Вход", "Билеты")}
FIREWORK_GATES = {"en": "gates", "tr": "kapılar", "de": "Einlass", "fr": "ouverture", "es": "acceso", "ru": "вход"}
# the scooter parking bays: where, spaces
SCOOTER_BAYS = {
    "en": [("Harrowdale station forecourt", "24 spaces"), ("Corn Exchange, Bridge Street", "12 spaces"), ("Hospital main entrance", "16 spaces")],
    "tr": [("Eski Çarşı girişi", "20 araç"), ("İskele Meydanı, balıkçı barınağı yanı", "15 araç")],
    "de": [("Bahnhof Talbach, Ostseite", "18 Plätze"), ("Rathausplatz", "10 Plätze")],
    "fr": [("gare de Montfaucon", "20 places"), ("place de la Mairie, côté fontaine", "8 places")],
    "es": [("Estación de autobuses de Valdeoliva", "20 plazas"), ("Plaza de Abastos", "12 plazas")],
    "ru": [("Вокзальная площадь", "на 30 самокатов"), ("Парк «Берёзовая роща», главный вход", "на 20 самокатов")],
}
# the zones: zone, rule
SCOOTER_ZONES = {
    "en": [("Market Place and Shambles", "No riding: scooters stop and must be walked"), ("Riverside path", "Slow zone: 8mph"), ("Park Road cemetery", "No parking")],
    "tr": [("Eski Çarşı ve Bedesten", "Girilmez: scooter durur, yürüterek geçilir"), ("Sahil yürüyüş yolu", "Yavaş bölge: saatte 10 km"), ("Devlet Hastanesi önü", "Park yasak")],
    "de": [("Fußgängerzone Talbach", "Fahrverbot"), ("Uferweg", "Langsam: 10 km/h")],
    "fr": [("rue piétonne du Bourg", "interdit : on pousse la trottinette"), ("voie verte", "zone lente : 10 km/h")],
    "es": [("Casco histórico de Villarrubia", "Zona lenta: 10 km/h"), ("Paseo de la Ribera", "Prohibido circular de 10.00 a 22.00"), ("Plaza Mayor", "Prohibido aparcar")],
    "ru": [("Набережная Долинска", "медленная зона: 10 км/ч"), ("Парк «Берёзовая роща»", "запретная зона"), ("Площадь Ленина", "парковка запрещена")],
}
SCOOTER_HEAD = {"en": ("Zone", "Rule"), "tr": ("Bölge", "Kural"), "de": ("Zone", "Regel"), "fr": ("Zone", "Règle"),
                "es": ("Zona", "Norma"), "ru": ("Зона", "Правило")}
# the operators' hours: operator, hours
SCOOTER_HOURS = {
    "en": [("Zipp", "6am to midnight, every day"), ("Valley Wheels", "7am to 10pm; no hires on bonfire night")],
    "tr": [("Vınn", "07.00–23.00"), ("Martı Go", "07.00–24.00, cuma ve cumartesi 02.00'ye kadar")],
    "de": [("Rollo", "5 bis 23 Uhr"), ("Talflitzer", "6 bis 22 Uhr")],
    "fr": [("Trotti'Val", "6 h à minuit"), ("Zoum", "7 h à 22 h")],
    "es": [("Patín Valle", "de 7.00 a 23.00"), ("Zas", "de 8.00 a 24.00, viernes hasta las 2.00")],
    "ru": [("Ветерок", "с 7:00 до 23:00"), ("Самокатыч", "с 6:00 до 24:00, ночью катание запрещено")],
}
# the amnesty days: date, site, times
AMNESTY_DAYS = {
    "en": [("Saturday 14 March", "Greyholme depot, Mill Lane", "9am to 3pm"), ("Sunday 15 March", "Ashcombe Leisure Centre car park", "10am to 2pm"), ("Saturday 21 March", "Stainmore auction mart", "9am to 1pm")],
    "tr": [("14 Mart Cumartesi", "Yeşilvadi Belediyesi şantiyesi", "09.00–15.00"), ("21 Mart Cumartesi", "Dereboyu pazar yeri", "09.00–13.00")],
    "de": [("Samstag, 18.04.2026", "Wertstoffhof Talbach", "8 bis 12 Uhr"), ("Dienstag, 21.04.2026", "Parkplatz Festhalle Rothenau", "13 bis 16 Uhr"), ("Freitag, 24.04.2026", "Bauhof Oberweiler", "9 bis 11 Uhr")],
    "fr": [("samedi 16 mai", "déchetterie des Essarts", "9 h - 12 h"), ("samedi 23 mai", "parking du gymnase", "9 h - 12 h")],
    "es": [("sábado 9 de mayo", "Punto limpio de Valdeoliva", "de 9.00 a 14.00"), ("sábado 16 de mayo", "Plaza de la Feria, La Aceña", "de 10.00 a 13.00")],
    "ru": [("суббота, 16 мая", "двор управы, ул. Заводская, 3", "с 10 до 15"), ("воскресенье, 24 мая", "рынок «Долинский»", "с 10 до 14")],
}
# what is taken and what is not: accepted, refused
AMNESTY_ITEMS = {
    "en": [("Paint, varnish and wood stain", "Asbestos"), ("Weedkiller and garden chemicals", "Gas bottles"), ("Car batteries and engine oil", "Fireworks and ammunition")],
    "tr": [("Boya ve tiner", "Asbest"), ("Tarım ilacı", "Tüp gaz"), ("Akü ve motor yağı", "Havai fişek")],
    "de": [("Lacke, Farben, Lösemittel", "Asbest"), ("Pflanzenschutzmittel", "Gasflaschen"), ("Autobatterien, Altöl", "Feuerwerkskörper")],
    "fr": [("peintures et solvants", "amiante"), ("produits phytosanitaires", "bouteilles de gaz"), ("huiles de vidange", "munitions")],
    "es": [("pinturas y disolventes", "amianto"), ("pesticidas de huerto", "bombonas de butano"), ("aceite de motor", "material pirotécnico")],
    "ru": [("краски и растворители", "асбест"), ("ядохимикаты для огорода", "газовые баллоны"), ("аккумуляторы и масло", "пиротехника")],
}
WIDGET_ROWS = (("firework displays", FIREWORK_DISPLAYS), ("scooter bays", SCOOTER_BAYS), ("scooter zones", SCOOTER_ZONES),
               ("scooter hours", SCOOTER_HOURS), ("amnesty days", AMNESTY_DAYS), ("amnesty items", AMNESTY_ITEMS))


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Sheepdog trials move to the showground after the river floods the field", "Post office counter returns to Wrenford inside the chemist's",
           "Harrowdale's Victorian bandstand gets a new copper roof", "Snow gates on the tops road to be fitted with cameras",
           "Blacksmith who forged the lych gate hinges dies aged 88", "Escaped alpaca spends the night in a primary school playground"],
    "tr": ["Sel tarlayı basınca çoban köpeği yarışması fuar alanına taşındı", "Yeşilvadi'de postane gişesi eczanenin içinde yeniden açıldı",
           "Tarihi bando kürsüsüne yeni bakır çatı", "Yayla yoluna kar bariyeri kameraları takılacak",
           "Cami kapısının menteşelerini döven demirci 88 yaşında hayatını kaybetti", "Kaçan alpaka geceyi ilkokul bahçesinde geçirdi"],
    "de": ["Hütehunde-Wettbewerb zieht nach dem Hochwasser auf das Messegelände", "Postschalter kehrt nach Talbach zurück, diesmal in der Apotheke",
           "Der Musikpavillon im Kurpark bekommt ein neues Kupferdach", "Wintersperre am Höhenweg wird mit Kameras überwacht",
           "Kunstschmied der Friedhofstor-Scharniere mit 88 gestorben", "Entlaufenes Alpaka verbringt die Nacht auf dem Schulhof"],
    "fr": ["Le concours de chiens de berger déménage au champ de foire après la crue", "Un guichet de poste rouvre à Montfaucon, dans la pharmacie",
           "Le kiosque à musique du jardin public retrouve un toit en cuivre", "Des caméras sur les barrières à neige de la route des crêtes",
           "Le forgeron qui avait forgé les gonds du portail du cimetière est mort à 88 ans", "Un alpaga échappé passe la nuit dans une cour d'école"],
    "es": ["El concurso de perros pastores se muda al recinto ferial tras la riada", "Vuelve la ventanilla de correos a Valdeoliva, dentro de la farmacia",
           "El quiosco de música del parque estrena tejado de cobre", "Cámaras en las barreras de nieve de la carretera del puerto",
           "Muere a los 88 años el herrero que forjó las bisagras del cementerio", "Una alpaca fugada pasa la noche en el patio de un colegio"],
    "ru": ["Соревнования пастушьих собак перенесли на ярмарочную площадь после паводка", "Почтовое окошко вернулось в Долинск, теперь в аптеке",
           "Старой эстраде в парке сделали медную крышу", "На шлагбаумах горной дороги поставят камеры",
           "Умер кузнец, выковавший петли для кладбищенских ворот, ему было 88 лет", "Сбежавшая альпака провела ночь на школьном дворе"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["fr"]
TEASERS = {
    "fr": ["Le terrain habituel était encore sous trente centimètres d'eau la veille.",
           "Les timbres et les colis se retirent désormais au comptoir des ordonnances.",
           "La toiture d'origine avait été revendue pendant la guerre.",
           "Les images serviront à vérifier qu'aucune voiture ne passe quand la route est fermée.",
           "Il avait aussi réparé la grille de l'école en 1974.",
           "Les enfants l'ont trouvé en arrivant, couché près du bac à sable."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Latest from the Three Valleys", "Town and parish councils", "Courts and crime in the valleys", "Schools in the valleys", "Valley sport", "What's on in the valleys", "Notices from the valleys"],
               cookie="We and our advertising partners use cookies and similar technology on this device to keep the site working, count visitors and show adverts that fund valley journalism. Accept them all or choose which ones you allow.",
               accept="Accept cookies and continue", reject="Choose my cookies", share="Share this valleys story",
               related="Read next in the valleys", newsletter="The Valleys Daily: one email at teatime with every local story",
               subscribe="Sign me up to The Valleys Daily", email="name@valleys-daily.example",
               comment_note="Every comment is read by a valleys moderator before it appears. Be kind, stay on topic and remember your neighbours read this too.",
               closed="Comments are switched off for this valleys story.",
               footer=["Contact the valleys newsroom", "How the valleys desk corrects mistakes", "Privacy notice for valley readers", "Advertise across the valleys", "Guidelines for valley commenters"],
               rights="All content on this site is owned by its publisher and must not be republished without permission in writing.",
               commenters=[("FellsideBev", "Brilliant, the kids will love this."),
                           ("Ron from Tolverne", "Good to see something going right for a change.")]),
    "tr": dict(nav=["Vadilerden haberler", "Vadi belediyeleri ve seçim", "Vadilerde asayiş ve adliye", "Vadilerin okulları", "Vadi sporu", "Vadilerde etkinlikler", "Vadilerden ilanlar"],
               cookie="Biz ve reklam ortaklarımız, sitenin çalışması, ziyaretçileri saymak ve vadi gazeteciliğini finanse eden reklamları göstermek için bu cihazda çerezler ve benzeri teknolojiler kullanıyoruz. Hepsini kabul edin ya da hangilerine izin verdiğinizi seçin.",
               accept="Çerezleri kabul et ve devam et", reject="Çerezlerimi seçeyim", share="Bu vadi haberini komşularla paylaşın",
               related="Vadilerde sıradaki haber", newsletter="Vadiler Günlüğü: çay saatinde bütün yerel haberlerle tek e-posta",
               subscribe="Vadiler Günlüğü'ne kaydol", email="ad@vadiler-gunlugu.example",
               comment_note="Her yorumu yayına girmeden önce vadi masasından bir moderatör okur. Nazik olun, konudan sapmayın, komşularınızın da okuduğunu unutmayın.",
               closed="Bu vadi haberine artık yorum yazılamıyor.",
               footer=["Vadi haber merkeziyle iletişim", "Vadi masası hataları nasıl düzeltir", "Vadi okurları için gizlilik bildirimi", "Vadilerde reklam verin", "Vadi yorumcuları için kurallar"],
               rights="Bu sitedeki bütün içerik yayıncısına aittir ve yazılı izin olmadan yeniden yayımlanamaz.",
               commenters=[("Yayla_Nurcan", "Harika, çocuklar çok sevinecek."),
                           ("Dereboyu Hüseyin Amca", "Nihayet bir şey yolunda gidiyor.")]),
    "de": dict(nav=["Neues aus den drei Tälern", "Gemeinderäte und Wahlen", "Polizei und Gericht in den Tälern", "Schulen in den Tälern", "Sport aus den Tälern", "Was ist los in den Tälern", "Anzeigen und Bekanntmachungen"],
               cookie="Wir und unsere Werbepartner nutzen Cookies und ähnliche Technik auf diesem Gerät, damit die Seite funktioniert, um Besuche zu zählen und Werbung zu zeigen, die den Journalismus in den Tälern finanziert. Alle akzeptieren oder selbst auswählen.",
               accept="Cookies akzeptieren und weiter", reject="Cookies für die Täler einstellen", share="Diese Täler-Geschichte teilen",
               related="Als Nächstes aus den Tälern", newsletter="Täler täglich: eine Mail zur Teezeit mit allen lokalen Geschichten",
               subscribe="Täler täglich abonnieren", email="name@taeler-taeglich.example",
               comment_note="Eine Moderatorin liest jeden Kommentar, bevor er erscheint. Seien Sie freundlich, bleiben Sie beim Thema, Ihre Nachbarn lesen mit.",
               closed="Zu dieser Täler-Geschichte sind die Kommentare abgeschaltet.",
               footer=["Kontakt zum Täler-Newsroom", "Unsere Korrekturregeln", "Datenschutzhinweise für Leser aus den Tälern", "Werben in den Tälern", "Regeln für die Gemeinschaft"],
               rights="Alle Inhalte dieser Seite gehören dem Verlag und dürfen ohne schriftliche Erlaubnis nicht erneut veröffentlicht werden.",
               commenters=[("Hangbauer_Fritz", "Prima, da freuen sich die Kinder."),
                           ("Gisela aus Rothenau", "Schön, dass mal etwas klappt.")]),
    "fr": dict(nav=["L'actualité des trois vallées", "Mairies et élections", "Justice et faits divers des vallées", "Les écoles des vallées", "Le sport des vallées", "Sortir dans les vallées", "Avis et annonces"],
               cookie="Nos partenaires publicitaires et nous utilisons des cookies et technologies similaires sur cet appareil pour faire marcher le site, compter les visites et afficher des publicités qui financent le journalisme des vallées. Acceptez tout ou choisissez ce que vous autorisez.",
               accept="Accepter les cookies et continuer", reject="Choisir mes cookies", share="Partager cet article des vallées",
               related="À lire ensuite dans les vallées", newsletter="Les Vallées au quotidien : un courriel à l'heure du goûter avec toute l'actu locale",
               subscribe="M'inscrire aux Vallées au quotidien", email="nom@vallees-quotidien.example",
               comment_note="Chaque commentaire est lu par un modérateur des vallées avant sa mise en ligne. Soyez aimable, restez dans le sujet, vos voisins vous lisent aussi.",
               closed="Les commentaires sont désactivés pour cet article des vallées.",
               footer=["Contacter la rédaction des vallées", "Comment le bureau des vallées corrige ses erreurs", "Confidentialité des lecteurs des vallées", "Annoncer dans les vallées", "Règles pour les commentateurs des vallées"],
               rights="Tout le contenu de ce site appartient à son éditeur et ne peut être republié sans autorisation écrite.",
               commenters=[("Bergere_du_Causse", "Génial, les enfants vont adorer."),
                           ("Dédé de Saint-Vérand", "Enfin quelque chose qui marche.")]),
    "es": dict(nav=["Noticias de los tres valles", "Ayuntamientos y urnas de los valles", "Tribunales y sucesos de los valles", "Colegios de los valles", "Deporte de los valles", "Agenda de los valles", "Anuncios y avisos"],
               cookie="Nosotros y nuestros socios publicitarios usamos cookies y tecnologías parecidas en este dispositivo para que la web funcione, contar las visitas y mostrar anuncios que pagan el periodismo de los valles. Acéptalas todas o elige cuáles permites.",
               accept="Aceptar cookies y seguir", reject="Elegir mis cookies", share="Comparte esta noticia de los valles",
               related="Lee a continuación en los valles", newsletter="Los Valles al día: un correo a la hora de la merienda con todas las noticias locales",
               subscribe="Apuntarme a Los Valles al día", email="nombre@valles-al-dia.example",
               comment_note="Una moderadora lee cada comentario antes de publicarlo. Sé amable, no te salgas del tema y recuerda que tus vecinos también leen.",
               closed="Los comentarios están desactivados en esta noticia de los valles.",
               footer=["Contactar con la redacción de los valles", "Nuestra política de rectificaciones", "Aviso de privacidad para lectores de los valles", "Anúnciate en los valles", "Normas para comentar en los valles"],
               rights="Todo el contenido de esta web pertenece a su editor y no puede volver a publicarse sin permiso por escrito.",
               commenters=[("Pastora_de_la_Sierra", "Genial, a los críos les va a encantar."),
                           ("Julián de La Aceña", "Por fin algo que sale bien.")]),
    "ru": dict(nav=["Новости долин", "Власть и выборы в долинах", "Суды и происшествия в долинах", "Школы долин", "Спорт долин", "Афиша долин", "Объявления из долин"],
               cookie="Мы и наши рекламные партнёры используем cookie и похожие технологии на этом устройстве, чтобы сайт работал, чтобы считать посетителей и показывать рекламу, которая оплачивает журналистику долин. Примите все или выберите, какие разрешить.",
               accept="Принять cookie и продолжить", reject="Настроить cookie для долин", share="Поделиться новостью долин",
               related="Читайте дальше в долинах", newsletter="«Долины за день»: одно письмо к вечернему чаю со всеми местными новостями",
               subscribe="Подписаться на «Долины за день»", email="imya@doliny-za-den.example",
               comment_note="Каждый комментарий до публикации читает модератор долин. Будьте доброжелательны, держитесь темы и помните, что вас читают соседи.",
               closed="Комментарии к этой новости долин отключены.",
               footer=["Связаться с редакцией долин", "Наши правила исправлений", "Политика конфиденциальности для читателей долин", "Реклама в долинах", "Правила для комментаторов долин"],
               rights="Все материалы сайта принадлежат издателю и не могут публиковаться повторно без письменного разрешения.",
               commenters=[("Dolinsk_Valya", "Здорово, дети будут в восторге."),
                           ("Пётр Ильич с Заводской", "Наконец-то хоть что-то получается.")]),
}
UI74 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "MORE FROM ACROSS THE DALE:"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"en": "{name} writes the long reads for {site}, mostly about {section} and the people of the upper dale. Story ideas to features@ashcombe-echo.example"},
    (mp4, "READMORE"): {"en": "MORE FROM GREYHOLME AND THE FELLS:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"en": dict(also="Also from the Evening Mercury")},
    (mp6, "TYPO3"): {"fr": dict(ext="Carte : les points de collecte de la commune (OpenStreetMap)",
                                note="Une carte des points de collecte est intégrée ici. Elle ne se charge depuis OpenStreetMap qu'après votre accord ; votre adresse IP est alors transmise à OpenStreetMap.",
                                button="Accepter et afficher la carte des collectes", by="Information publiée par le", search="Rechercher sur saint-verand-les-essarts.example",
                                lang_menu="Saint-Vérand en FALC")},
    (mp7, "SANITY"): {"de": dict(nl_title="Rothenau am Morgen", nl_text="Werktags um sechs: was in Rothenau und den Dörfern am Bach los ist, in einer Mail.",
                                 nl_button="Rothenau am Morgen bestellen", nl_placeholder="Ihre Adresse für Rothenau am Morgen")},
    (mp11, "HUGO"): {"tr": dict(nl_title="Dereboyu Mektubu", nl_text="Her pazar sabahı: Dereboyu köylerinden haftanın haberleri ve insanları tek e-postada.",
                                nl_label="Dereboyu Mektubu için e-posta adresiniz", nl_button="Dereboyu Mektubu'nu gönderin")},
    (mp13, "PUB_NAV"): {"fr": ["Nouveau à la Croix-Rousse d'en bas", "Les gens du quartier", "Ateliers et boutiques", "Soutenir Le Carnet des Pentes"]},
    (mp13, "TEASERS"): {"fr": TEASERS["fr"]},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Сайт села Сосновые Ключи и его жителей",
                                menu=["Главная страница Сосновых Ключей", "Новости Сосновых Ключей", "Клуб и библиотека Сосновых Ключей", "Праздники в Сосновых Ключах", "Фотоальбом Сосновых Ключей", "Написать на сайт села"],
                                cats=["Новости Сосновых Ключей", "Клуб и библиотека Сосновых Ключей", "Объявления для жителей Ключей"],
                                friends=["Сосновоключевская основная школа", "Храм Покрова в Сосновых Ключах", "Футбольная команда «Сосновые Ключи»"],
                                footer="Сосновые Ключи в сети © 2026 · сайт ведут жители на общественных началах",
                                poster="admin_sosnovye", tags=["клуб после ремонта", "открытие клуба в Ключах"],
                                commenters=[("Нина Петровна", "Спасибо всем, кто помогал, клуб как новый."),
                                            ("Sergey_Kluchi", "Приду на открытие с баяном.")],
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
# the new layout: an article page of a small news site built with WordPress and the WPBakery Page Builder (Visual
# Composer), as WordPress serves it to a reader who has not yet answered the cookie notice: the head (charset and
# viewport, profile link, "<headline> &#8211; <site>" as the title, the robots meta, the feed links, the emoji
# settings script, the block library, Cookie Notice, theme and js_composer_front stylesheets with their ids and
# versions, jQuery and jquery-migrate, the cnArgs script and the Cookie Notice front script, the REST / EditURI /
# shortlink / oEmbed links, the generator metas for WordPress and for "WPBakery Page Builder", the
# vc_shortcodes-custom-css style block and the wpb_animate noscript style); body.single-post with the postid,
# "wpb-js-composer js-comp-ver-7.6 vc_responsive" classes; the theme's header (top bar with the date, site branding
# with title and tagline, the primary menu with its menu-item classes); the single-post template built as WPBakery
# rows (vc_row wpb_row vc_row-fluid > wpb_column vc_column_container vc_col-sm-8 / vc_col-sm-4 > vc_column-inner >
# wpb_wrapper): in the main column the article (category link, h1.entry-title, entry-meta with the author vcard and
# the time, the theme's share buttons, the post thumbnail with its caption) and div.entry-content holding the post's
# own WPBakery shortcode output -- the story as wpb_text_column wpb_content_element text blocks (p, h3, ul / ol,
# blockquote, em / strong), a vc_separator before the first subheading, the wpb_single_image with its
# vc_figure-caption further down (this layout's own residue in the container), residue pasted by editors as
# wpb_raw_html elements between the text blocks --, then the entry footer with tags, the share buttons again, the post
# navigation, the related posts and the comment form; in the side column a vc_tta-tabs element ("Latest" /
# "Popular", each panel a list of posts, with its vc_tta-panel-heading for small screens) and the widgetised
# sidebar (search, categories); the footer (about text, the site's links, copyright); the Cookie Notice plugin's
# #cookie-notice dialog with its text, accept / refuse / privacy policy buttons; then the scripts (wp-embed, the
# theme's navigation, js_composer_front, vc_accordion and vc_tabs)
# --------------------------------------------------------------------------
# the theme's and plugins' own strings per language (as they ship them, not checked)
WPB_CORE = {
    "en": dict(skip="Skip to content", by="by", posted="Posted on", share="Share:", nets=["Facebook", "X", "WhatsApp", "Email"],
               tags="Tags:", prev="Previous article", next="Next article", related="Related posts", reply="Leave a Reply",
               note="Your email address will not be published. Required fields are marked", comment="Comment", name="Name",
               email="Email", website="Website", submit="Post Comment", search="Search for:", search_btn="Search",
               latest="Latest", popular="Popular", categories="Categories", ok="Ok", no="No", more="Privacy policy",
               cn_label="Cookie Notice", locale="en-GB", lang="en_GB",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]),
    "es": dict(skip="Saltar al contenido", by="por", posted="Publicado el", share="Compartir:", nets=["Facebook", "X", "WhatsApp", "Correo electrónico"],
               tags="Etiquetas:", prev="Artículo anterior", next="Artículo siguiente", related="Entradas relacionadas", reply="Deja una respuesta",
               note="Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con", comment="Comentario",
               name="Nombre", email="Correo electrónico", website="Web", submit="Publicar el comentario", search="Buscar:", search_btn="Buscar",
               latest="Lo último", popular="Lo más leído", categories="Categorías", ok="Aceptar", no="Rechazar", more="Política de privacidad",
               cn_label="Aviso de cookies", locale="es-ES", lang="es_ES",
               months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]),
}
# the sites' own strings (checked): tagline, menu, categories, footer text and links, copyright, the cookie notice text
WPB_SITES = {
    "Castlemead and Dale Gazette": dict(
        host="castlemeadgazette.example", theme="dalepress", color="#7a1f2b",
        tagline="News, sport and goings-on from Castlemead and the upper dale",
        nav=["Castlemead news", "Upper dale villages", "Dale sport", "Farming and the fells", "Dale diary", "Tell the Gazette your news"],
        cats=["Castlemead news", "Upper dale villages", "Dale diary", "Farming and the fells"],
        tags=["bonfire night", "Castlemead Park"],
        about="The Castlemead and Dale Gazette is an independent weekly run by two reporters and a lot of help from the dale.",
        links=["About the Gazette", "Put an advert in the Gazette", "Delivery round volunteers", "Gazette privacy policy"],
        copyright="Copyright © 2026 Castlemead and Dale Gazette Ltd. Printed in Kendal on Thursdays.",
        cookie="The Gazette uses cookies so the website remembers you and so we can see which stories from the dale get read. Is that all right with you?"),
    "El Faro de Villarrubia": dict(
        host="elfarodevillarrubia.example", theme="faronews", color="#0f5c7a",
        tagline="El periódico digital de Villarrubia del Campo y su comarca",
        nav=["Villarrubia", "La comarca", "Deportes del Campo", "Fiestas y cultura", "Opinión en El Faro", "Cuéntale tu noticia a El Faro"],
        cats=["Villarrubia", "La comarca", "Movilidad en Villarrubia", "Fiestas y cultura"],
        tags=["patinetes", "casco antiguo"],
        about="El Faro de Villarrubia es un diario digital independiente hecho por tres periodistas del pueblo desde 2017.",
        links=["Quiénes somos en El Faro", "Publicidad en El Faro", "Aviso legal de El Faro", "Privacidad de El Faro"],
        copyright="© 2026 El Faro de Villarrubia. Villarrubia del Campo, con la ayuda de sus lectores.",
        cookie="El Faro usa cookies para que la web recuerde tus preferencias y para saber qué noticias de Villarrubia se leen más. ¿Te parece bien?"),
}
WPB_EXEMPT = {"host", "theme", "color"}  # (a domain, the theme's slug and a colour)


def wpb_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    months = WPB_CORE[lang]["months"]
    return ("%s %d, %d" % (months[m - 1], d, y)) if lang == "en" else ("%d de %s de %d" % (d, months[m - 1], y))


def wpb_block(kind, val):
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h3>%s</h3>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


WPB_TEXT_OPEN = '\t<div class="wpb_text_column wpb_content_element">\n\t\t<div class="wpb_wrapper">\n'
WPB_TEXT_CLOSE = '\n\n\t\t</div>\n\t</div>\n'
WPB_SEPARATOR = ('<div class="vc_separator wpb_content_element vc_separator_align_center vc_sep_width_100 vc_sep_pos_align_center '
                 'vc_separator_no_text vc_sep_color_grey"><span class="vc_sep_holder vc_sep_holder_l"><span class="vc_sep_line">'
                 '</span></span><span class="vc_sep_holder vc_sep_holder_r"><span class="vc_sep_line"></span></span></div>')


def wpb_row(inner, cols="vc_col-sm-12", extra=""):
    return ('<div class="vc_row wpb_row vc_row-fluid%s"><div class="wpb_column vc_column_container %s"><div class="vc_column-inner">'
            '<div class="wpb_wrapper">\n%s\n</div></div></div></div>') % (extra, cols, inner)


def wpb_image(host, art, name, caption, yyyymm):
    src = "https://%s/wp-content/uploads/%s/%s" % (host, yyyymm, name)
    return ('<div class="wpb_single_image wpb_content_element vc_align_center">\n\t\t<figure class="wpb_wrapper vc_figure">\n'
            '\t\t\t<div class="vc_single_image-wrapper vc_box_border_grey"><img width="1024" height="683" src="%s-1024x683.jpg" '
            'class="vc_single_image-img attachment-large" alt="" decoding="async" loading="lazy" srcset="%s-1024x683.jpg 1024w, '
            '%s-300x200.jpg 300w, %s-768x512.jpg 768w, %s.jpg 1200w" sizes="(max-width: 1024px) 100vw, 1024px" /></div>'
            '<figcaption class="vc_figure-caption">%s</figcaption>\n\t\t</figure>\n\t</div>') % (
        src, src, src, src, src, E(caption))


def tpl_wpbakery(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = WPB_CORE[lang], WPB_SITES[site]
    host = s["host"]
    base = "https://" + host
    pid = rng.randint(2100, 9800)
    slug_ = hc.slug(art["title"])[:70].strip("-")
    y, m, _ = art["date"].split("-")
    url = "%s/%s/%s/%s/" % (base, y, m, slug_)
    yyyymm = "%s/%s" % (y, m)
    blocks, n = art["blocks"], len(art["blocks"])
    ver = "7.6"
    heads = rng.sample(HEADLINES[lang], 6)
    vc_id = rng.randint(1690000000000, 1720000000000)
    # the body image (a wpb_single_image the editor dropped between two text blocks in the middle of the story)
    img_at = next((i for i in range(n // 2, n) if blocks[i][0] == "p" and blocks[i - 1][0] == "p"
                   and not blocks[i - 1][1].endswith(":")), n)
    first_h = next((i for i, (k, _) in enumerate(blocks) if k == "h"), None)
    parts, text = [], []

    def flush():
        if text:
            parts.append(WPB_TEXT_OPEN + "\n".join(text) + WPB_TEXT_CLOSE)
            del text[:]
    for i in range(n + 1):
        if i == img_at:
            flush()
            parts.append(wpb_image(host, art, slug_[:40] + "-2", art["body_caption"], yyyymm))
        if i == first_h:
            flush()
            parts.append(WPB_SEPARATOR)
        if placed.get(i):
            flush()
            parts.extend('<div class="wpb_raw_code wpb_content_element wpb_raw_html">\n\t\t<div class="wpb_wrapper">\n\t\t\t%s\n\t\t</div>\n\t</div>' % x
                         for x in placed[i])
        if i < n:
            text.append(wpb_block(blocks[i][0], blocks[i][1]))
    flush()
    content = wpb_row("\n".join(parts), extra=" vc_custom_%d" % vc_id)
    nav = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category%s menu-item-%d"><a href="%s/category/%s/">%s</a></li>' % (
        40 + k, " current-post-ancestor current-menu-parent" if k == 0 else "", 40 + k, base, hc.slug(t), E(t)) for k, t in enumerate(s["nav"]))
    share = "".join('<a class="share-%s" href="#" rel="nofollow noopener" target="_blank">%s</a>' % (hc.slug(x), E(x)) for x in c["nets"])

    def plist(hs, cls):
        return "".join('<li class="%s"><a href="%s/%s/%02d/%s/">%s</a><span class="post-date">%s</span></li>' % (
            cls, base, y, rng.randint(1, 12), hc.slug(h)[:60], E(h), E(wpb_date(lang, "%s-%02d-%02d" % (y, rng.randint(1, 12), rng.randint(1, 28)))))
            for h in hs)
    related = "".join('<div class="related-post"><a href="%s/%s/%02d/%s/"><img width="300" height="200" src="%s/wp-content/uploads/%s/rel-%d-300x200.jpg" class="attachment-medium size-medium wp-post-image" alt="" loading="lazy" /></a><h4 class="related-post-title"><a href="%s/%s/%02d/%s/">%s</a></h4></div>' % (
        base, y, rng.randint(1, 12), hc.slug(h)[:60], base, yyyymm, k, base, y, rng.randint(1, 12), hc.slug(h)[:60], E(h)) for k, h in enumerate(heads[:3]))
    tabs_id = "%d-%d" % (vc_id + 7, rng.randint(100, 999))
    tab_names = [("latest", c["latest"], heads[3:] + heads[:1]), ("popular", c["popular"], heads[1:4])]
    tabs_list = "".join('<li class="vc_tta-tab%s" data-vc-tab><a href="#%s-%s" data-vc-tabs data-vc-container=".vc_tta"><span class="vc_tta-title-text">%s</span></a></li>' % (
        " vc_active" if k == 0 else "", tabs_id, key, E(label)) for k, (key, label, _) in enumerate(tab_names))
    panels = "".join(('<div class="vc_tta-panel%s" id="%s-%s" data-vc-content=".vc_tta-panel-body"><div class="vc_tta-panel-heading"><h4 class="vc_tta-panel-title">'
                      '<a href="#%s-%s" data-vc-accordion data-vc-container=".vc_tta-container"><span class="vc_tta-title-text">%s</span></a></h4></div>'
                      '<div class="vc_tta-panel-body"><div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper"><ul class="tab-post-list">%s</ul></div></div></div></div>') % (
        " vc_active" if k == 0 else "", tabs_id, key, tabs_id, key, E(label), plist(hs, "tab-post")) for k, (key, label, hs) in enumerate(tab_names))
    tabs = ('<div class="vc_tta-container" data-vc-action="collapse"><div class="vc_general vc_tta vc_tta-tabs vc_tta-color-grey vc_tta-style-classic '
            'vc_tta-shape-rounded vc_tta-spacing-1 vc_tta-tabs-position-top vc_tta-controls-align-left"><div class="vc_tta-tabs-container">'
            '<ul class="vc_tta-tabs-list">%s</ul></div><div class="vc_tta-panels-container"><div class="vc_tta-panels">%s</div></div></div></div>') % (tabs_list, panels)
    cats = "".join('<li class="cat-item cat-item-%d"><a href="%s/category/%s/">%s</a> (%d)</li>' % (
        3 + k, base, hc.slug(t), E(t), rng.randint(12, 340)) for k, t in enumerate(s["cats"]))
    tags = ", ".join('<a href="%s/tag/%s/" rel="tag">%s</a>' % (base, hc.slug(t), E(t)) for t in s["tags"])
    links = "".join('<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="%s/%s/">%s</a></li>' % (base, hc.slug(t), E(t)) for t in s["links"])
    author = hc.slug(art["byline"])
    emoji = json.dumps({"baseUrl": "https://s.w.org/images/core/emoji/15.0.3/72x72/", "ext": ".png",
                        "svgUrl": "https://s.w.org/images/core/emoji/15.0.3/svg/", "svgExt": ".svg",
                        "source": {"concatemoji": base + "/wp-includes/js/wp-emoji-release.min.js?ver=6.5.3"}})
    cn = json.dumps({"ajaxUrl": base + "/wp-admin/admin-ajax.php", "nonce": "%010x" % rng.randint(16**9, 16**10 - 1),
                     "hideEffect": "fade", "position": "bottom", "onScroll": False, "onScrollOffset": 100, "onClick": False,
                     "cookieName": "cookie_notice_accepted", "cookieTime": 2592000, "cookieTimeRejected": 2592000,
                     "globalCookie": False, "redirection": False, "cache": False, "revokeCookies": False, "revokeCookiesOpt": "automatic"})
    thumb = "%s/wp-content/uploads/%s/%s" % (base, yyyymm, slug_[:40])
    today = wpb_date(lang, art["date"])
    return f'''<!DOCTYPE html>
<html lang="{c["locale"]}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{E(art["title"])} &#8211; {E(site)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; Feed" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; Comments Feed" href="{base}/comments/feed/" />
<script>
window._wpemojiSettings = {emoji};
/*! This file is auto-generated */
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}}}(window,document);
</script>
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='cookie-notice-front-css' href='{base}/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.16' media='all' />
<link rel='stylesheet' id='{s["theme"]}-style-css' href='{base}/wp-content/themes/{s["theme"]}/style.css?ver=2.3.1' media='all' />
<link rel='stylesheet' id='{s["theme"]}-fonts-css' href='https://fonts.googleapis.com/css?family=Merriweather%3A400%2C700%7CSource+Sans+Pro%3A400%2C600&#038;subset=latin%2Clatin-ext' media='all' />
<link rel='stylesheet' id='js_composer_front-css' href='{base}/wp-content/plugins/js_composer/assets/css/js_composer.min.css?ver={ver}' media='all' />
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="{base}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<script id="cookie-notice-front-js-before">
var cnArgs = {cn};
</script>
<script src="{base}/wp-content/plugins/cookie-notice/js/front.min.js?ver=2.4.16" id="cookie-notice-front-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" type="application/json" href="{base}/wp-json/wp/v2/posts/{pid}" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.5.3" />
<link rel="canonical" href="{url}" />
<link rel='shortlink' href='{base}/?p={pid}' />
<link rel="alternate" type="application/json+oembed" href="{base}/wp-json/oembed/1.0/embed?url={url.replace(":", "%3A").replace("/", "%2F")}" />
<meta name="generator" content="Powered by WPBakery Page Builder - drag and drop page builder for WordPress."/>
<style type="text/css" data-type="vc_shortcodes-custom-css">.vc_custom_{vc_id}{{margin-bottom: 10px !important;}}.vc_custom_{vc_id + 1}{{padding-top: 30px !important;}}</style><noscript><style> .wpb_animate_when_almost_visible {{ opacity: 1; }}</style></noscript>
<style id="{s["theme"]}-custom-colors">a,.entry-meta a,.cat-links a{{color:{s["color"]}}}.site-header .main-navigation{{background:{s["color"]}}}</style>
</head>

<body class="post-template-default single single-post postid-{pid} single-format-standard cookies-not-set wpb-js-composer js-comp-ver-{ver} vc_responsive">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">{E(c["skip"])}</a>
	<header id="masthead" class="site-header">
		<div class="top-bar"><div class="container"><span class="top-bar-date">{E(today)}</span></div></div>
		<div class="site-branding container">
			<p class="site-title"><a href="{base}/" rel="home">{E(site)}</a></p>
			<p class="site-description">{E(s["tagline"])}</p>
		</div>
		<nav id="site-navigation" class="main-navigation">
			<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">&#9776;</button>
			<div class="menu-primary-container"><ul id="primary-menu" class="menu">{nav}</ul></div>
		</nav>
	</header>

	<div id="content" class="site-content">
	<div class="container">
<div class="vc_row wpb_row vc_row-fluid vc_custom_{vc_id + 1}"><div class="wpb_column vc_column_container vc_col-sm-8"><div class="vc_column-inner"><div class="wpb_wrapper">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{hc.slug(art["section"])}">
	<header class="entry-header">
		<span class="cat-links"><a href="{base}/category/{hc.slug(art["section"])}/" rel="category tag">{E(art["section"])}</a></span>
		<h1 class="entry-title">{E(art["title"])}</h1>
		<div class="entry-meta"><span class="byline"> {E(c["by"])} <span class="author vcard"><a class="url fn n" href="{base}/author/{author}/">{E(art["byline"])}</a></span></span> <span class="posted-on">{E(c["posted"])} <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{art["date"]}T07:{rng.randint(10, 59)}:00+00:00">{E(today)}</time></a></span></div>
	</header>
	<div class="post-share"><span class="post-share-title">{E(c["share"])}</span> {share}</div>
	<div class="post-thumbnail"><img width="1024" height="683" src="{thumb}-1024x683.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" fetchpriority="high" srcset="{thumb}-1024x683.jpg 1024w, {thumb}-300x200.jpg 300w, {thumb}-768x512.jpg 768w" sizes="(max-width: 1024px) 100vw, 1024px" /><span class="thumb-caption">{E(art["caption"])} {E(art["credit"])}</span></div>
	<div class="entry-content">
		{content}
	</div><!-- .entry-content -->
	<footer class="entry-footer"><span class="tags-links">{E(c["tags"])} {tags}</span></footer>
</article><!-- #post-{pid} -->
{WPB_SEPARATOR}
<div class="post-share post-share-bottom"><span class="post-share-title">{E(c["share"])}</span> {share}</div>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="{base}/{y}/{m}/{hc.slug(heads[4])[:60]}/" rel="prev"><span class="meta-nav">{E(c["prev"])}</span> <span class="post-title">{E(heads[4])}</span></a></div><div class="nav-next"><a href="{base}/{y}/{m}/{hc.slug(heads[5])[:60]}/" rel="next"><span class="meta-nav">{E(c["next"])}</span> <span class="post-title">{E(heads[5])}</span></a></div></div></nav>
<div class="related-posts"><h3 class="related-posts-title">{E(c["related"])}</h3><div class="related-posts-list">{related}</div></div>
<div id="comments" class="comments-area">
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{E(c["reply"])}</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">{E(c["note"])}</span> <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">{E(c["comment"])} <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">{E(c["name"])} <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p><p class="comment-form-email"><label for="email">{E(c["email"])} <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p><p class="comment-form-url"><label for="url">{E(c["website"])}</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{A(c["submit"])}" /> <input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form>
	</div><!-- #respond -->
</div><!-- #comments -->
</div></div></div><div class="wpb_column vc_column_container vc_col-sm-4"><div class="vc_column-inner"><div class="wpb_wrapper">
{tabs}
<div class="wpb_widgetised_column wpb_content_element"><div class="wpb_wrapper">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{base}/"><label><span class="screen-reader-text">{E(c["search"])}</span><input type="search" class="search-field" value="" name="s" /></label><input type="submit" class="search-submit" value="{A(c["search_btn"])}" /></form></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">{E(c["categories"])}</h2><ul>{cats}</ul></aside>
</div></div>
</div></div></div></div>
	</div><!-- .container -->
	</div><!-- #content -->

	<footer id="colophon" class="site-footer">
		<div class="footer-widgets container"><section class="widget widget_text"><div class="textwidget"><p>{E(s["about"])}</p></div></section>
		<section class="widget widget_nav_menu"><div class="menu-footer-container"><ul id="menu-footer" class="menu">{links}</ul></div></section></div>
		<div class="site-info container">{E(s["copyright"])}</div>
	</footer>
</div><!-- #page -->

<!-- Cookie Notice plugin v2.4.16 by Hu-manity.co https://hu-manity.co/ -->
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="{A(c["cn_label"])}" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">{E(s["cookie"])}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="{A(c["ok"])}" style="background-color: #00a99d">{E(c["ok"])}</a><a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button" aria-label="{A(c["no"])}" style="background-color: #00a99d">{E(c["no"])}</a><a href="{base}/{hc.slug(s["links"][-1])}/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="{A(c["more"])}" style="background-color: #00a99d">{E(c["more"])}</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="{A(c["no"])}"></span></div>
	<div class="cookie-revoke-container" style="color: #fff"><span id="cn-revoke-buttons" class="cn-buttons-container"></span></div>
</div>
<!-- / Cookie Notice plugin --><script src="{base}/wp-content/themes/{s["theme"]}/js/navigation.js?ver=2.3.1" id="{s["theme"]}-navigation-js"></script>
<script src="{base}/wp-includes/js/wp-embed.min.js?ver=6.5.3" id="wp-embed-js"></script>
<script src="{base}/wp-content/plugins/js_composer/assets/js/dist/js_composer_front.min.js?ver={ver}" id="wpb_composer_front_js-js"></script>
<script src="{base}/wp-content/plugins/js_composer/assets/lib/vc_accordion/vc-accordion.min.js?ver={ver}" id="vc_accordion_script-js"></script>
<script src="{base}/wp-content/plugins/js_composer/assets/lib/vc-tta-autoplay/vc-tta-autoplay.min.js?ver={ver}" id="vc_tta_autoplay_script-js"></script>
<script src="{base}/wp-content/plugins/js_composer/assets/lib/vc_tabs/vc-tabs.min.js?ver={ver}" id="vc_tabs_script-js"></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)



# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"wpbakery": ["caption"]}  # the wpb_single_image in the body, with its vc_figure-caption
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "fireworksfinder", "escooterzones", "wasteamnesty"]
NEW_FAMILIES = ["fireworksfinder", "escooterzones", "wasteamnesty"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"fireworksfinder": ["fireworks finder", "fireworks display", "firework display", "bonfire display",
                                        "add your display", "organised display", "gate times"],
                    "escooterzones": ["e-scooter", "escooter", "scooter zone", "scooter parking", "parking bay", "see the zones map",
                                      "no-go zone", "slow zone"],
                    "wasteamnesty": ["amnesty", "hazardous waste", "hazardous-waste", "drop-off slot", "household chemicals"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village's, a residents' or a community forum's website would not carry
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
    "cookie": ['<div class="valley-cam-gate"><p class="valley-cam-gate__msg">%s</p><button class="valley-cam-gate__ok" type="button">&#10003;</button></div>',
               '<p class="zone-map-cookie-note">%s</p>', '<div><em><small>%s</small></em></div>'],
    "newsletter": ['<div class="valleys-at-seven"><p class="valleys-at-seven__pitch">%s</p><a class="valleys-at-seven__join" href="/newsletters/valleys-at-seven">&#187;</a></div>',
                   '<p class="free-limit-reached-vl">%s</p>', '<h5 class="valleys-at-seven-hd">%s</h5>', '<p><strong><a href="/pledge">%s</a></strong></p>'],
    "share": ['<ul class="pass-it-round-bar">{items}</ul>', '<div class="forward-story-strip-vl">%s</div>', '<p><a href="#pass-it-round">%s</a></p>'],
    "photo": ['<p class="photo-counter-credit-vl">%s</p>', '<span class="reader-supplied-chip">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="licensing-desk-line">%s</p>', '<div class="no-republish-notice-vl"><small>%s</small></div>', '<div><small><em>%s</em></small></div>'],
    "section": ['<p class="fresh-from-valleys">%s</p>', '<h6 class="all-coverage-link-vl">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="star-divider-vl">%s</p>', '<div class="section-flourish-vl">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="valleys-team-credit">%s</p>', '<div class="valley-community-reporter">%s</div>', '<div><i><small>%s</small></i></div>'],
    "title": ['<p class="headline-echo-vl"><strong>%s</strong></p>', '<h2 class="headline-echo-h2-vl">%s</h2>', '<h4>%s</h4>'],
    "ad": ['<div class="advert-continues-tag">%s</div>', '<p class="reach-every-village-line">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="keep-reading-valleys"><a href="#rest">%s</a></p>', '<div class="show-rest-bar-vl">%s</div>', '<div><a href="#rest">%s</a></div>'],
    "comments": ['<p class="had-their-say-link"><a href="#comments">%s</a></p>', '<div class="join-comments-count-vl">%s</div>', '<div><a href="#comments"><b>%s</b></a></div>'],
    "readtime": ['<p class="valleys-read-length">%s</p>', '<span class="read-mins-chip-vl">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="revised-stamp-vl"><time>%s</time></p>', '<div class="latest-figures-note-vl">%s</div>', '<div><em>%s</em></div>'],
    "audio": ['<div class="valleys-audio-player"><button class="valleys-audio-player__play" aria-label="Play"></button><span class="valleys-audio-player__lbl">%s</span></div>',
              '<p class="listen-over-the-tops"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="story-amended-box"><p>%s</p></aside>', '<p class="amended-note-valleys"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="valley-alerts-app"><p class="valley-alerts-app__txt">%s</p><a class="valley-alerts-app__dl" href="/app">&#8681;</a></div>',
            '<p class="carry-on-in-app">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="desk-above-post-office"><p class="desk-above-post-office__txt">%s</p></div>', '<p class="read-more-from-author-vl"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "tip": ['<div class="seen-in-village-box"><p class="seen-in-village-box__txt">%s</p></div>', '<p class="call-valleys-desk">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="mistake-report-hint-vl"><p>%s</p></div>', '<p class="select-and-report-line">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="big-news-alert-optin-vl"><p class="big-news-alert-optin-vl__q">%s</p></div>', '<p class="alerts-on-valleys">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="keep-a-copy-tools">{items}</ul>', '<p class="printer-page-valleys"><a href="?print=1">%s</a></p>',
              '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="useful-vote-valleys-box"><p class="useful-vote-valleys-box__q">%s</p></div>', '<p class="useful-vote-valleys-line">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-valleys"><p>%s</p></div>', '<p class="standards-contact-strip"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="tagged-row-vl"><span class="tagged-row-vl__txt">%s</span></div>', '<p class="follow-topic-valleys">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="reading-pile-add"><a class="reading-pile-add__a" href="#reading-pile">%s</a></div>',
                 '<p class="reading-pile-line"><a href="#reading-pile">%s</a></p>', '<div><a href="#reading-pile">%s</a></div>'],
    "poll": ['<div class="quick-vote-vl"><p class="quick-vote-vl__q">%s</p><button class="quick-vote-vl__go" type="button">&#10004;</button></div>',
             '<h6 class="valley-results-note">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/V{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/V{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-facade-valleys"><a class="yt-facade-valleys__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="night-pictures-strip"><a class="night-pictures-strip__a" href="#gallery">%s</a></div>',
                '<p class="swipe-pictures-valleys">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-frame-valleys"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-frame-valleys__links">%s</p></div>',
            '<figure class="static-map-vl"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="add-to-diary-tv">{items}</ul>', '<p class="eve-reminder-tv"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="save-date-strip-vl"><span class="save-date-strip-vl__lbl">%s</span></div>'],
    "scores": ['<div class="valley-league-results"><a class="valley-league-results__a" href="/sport/valley-leagues">%s</a></div>',
               '<ul class="valley-scores-hub">{items}</ul>', '<div><a href="/sport/valley-leagues"><b>%s</b></a></div>'],
    # the three families new in this part ({displaylist}: the displays near you as a list with date, gates and
    # tickets; {displayrows}: the displays as a table; {gatetimes}: gate times and tickets as a definition list;
    # {baylist}: the scooter parking bays as a list; {zonerows}: the no-go, slow and no-parking zones as a table;
    # {operatorhours}: the operators' hours as a definition list; {amnestylist}: the amnesty days and sites as a list;
    # {amnestyrows}: what is taken and what is not as a table; {slotfields}: the postcode field, the day select and
    # the booking button)
    "fireworksfinder": ['<div class="fireworks-near-you"><h4 class="fireworks-near-you__hd">%s</h4><ul class="fireworks-near-you__list">{displaylist}</ul><a class="fireworks-near-you__all" href="/whats-on/fireworks">&#8250;</a></div>',
                        '<div class="display-listings-grid"><p class="display-listings-grid__hd"><strong>%s</strong></p><table class="display-listings-grid__tbl">{displayrows}</table></div>',
                        '<p class="add-display-link"><a href="/whats-on/fireworks/add">%s</a></p>',
                        '<div class="gate-times-card"><h5 class="gate-times-card__hd">%s</h5><dl class="gate-times-card__list">{gatetimes}</dl></div>'],
    "escooterzones": ['<div class="scooter-bays-box"><h4 class="scooter-bays-box__hd">%s</h4><ul class="scooter-bays-box__list">{baylist}</ul></div>',
                      '<div class="ride-zones-table"><p class="ride-zones-table__hd"><b>%s</b></p><table class="ride-zones-table__grid">{zonerows}</table></div>',
                      '<p class="zones-map-link"><a href="/travel/e-scooters/zones-map">%s</a></p>',
                      '<div class="operator-hours-panel"><h5 class="operator-hours-panel__hd">%s</h5><dl class="operator-hours-panel__dl">{operatorhours}</dl></div>'],
    "wasteamnesty": ['<div class="amnesty-days-notice"><h4 class="amnesty-days-notice__hd">%s</h4><ul class="amnesty-days-notice__list">{amnestylist}</ul></div>',
                     '<div class="accepted-items-grid"><p class="accepted-items-grid__hd"><strong>%s</strong></p><table class="accepted-items-grid__tbl">{amnestyrows}</table></div>',
                     '<p class="dropoff-slot-cta"><a class="dropoff-slot-cta__btn" role="button" href="/waste/amnesty/book">%s</a></p>',
                     '<form class="dropoff-booking-form" action="/waste/amnesty/book" method="post"><h5 class="dropoff-booking-form__hd">%s</h5>{slotfields}</form>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>[%s]</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/valleys-at-seven"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#pass-it-round">%s</a>']),
          "section": (0.5, ['<b>%s</b> | ']),
          "fireworksfinder": (0.7, [' <a href="/whats-on/fireworks/add"><b>%s</b></a>']),
          "escooterzones": (0.7, ['<br><a href="/travel/e-scooters/zones-map"><strong>%s</strong></a>']),
          "wasteamnesty": (0.7, [' <a class="btn" href="/waste/amnesty/book"><em>%s</em></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the meter or the donation note; the
# add-your-display link, the zones map link and the book-a-slot button, not the lists, tables, cards or forms)
INLINE_WORDING = {"newsletter": 0, "fireworksfinder": 2, "escooterzones": 2, "wasteamnesty": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="body-picture-vl"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-inline.jpg" alt="" width="640"><br><small>{cap} / {cr}</small></div>']
RELATED_STYLES = ['<div class="up-and-down-valleys"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="valley-desk-more"><p class="valley-desk-more__hd">%s</p><ul>%s</ul></aside>',
                  '<h5>%s</h5>\n<ul>%s</ul>']


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


# the tables' heads, the forms' field labels, options and buttons, as the web teams left them (not checked)
AMNESTY_HEAD = {"en": ("We take", "We can't take"), "tr": ("Kabul edilir", "Kabul edilmez"), "de": ("Angenommen", "Nicht angenommen"),
                "fr": ("Acceptés", "Refusés"), "es": ("Se admite", "No se admite"), "ru": ("Принимаем", "Не принимаем")}
SLOT_LABELS = {"en": ("Postcode", "Day"), "tr": ("Mahalle", "Gün"), "de": ("PLZ", "Tag"), "fr": ("Code postal", "Jour"),
               "es": ("Código postal", "Día"), "ru": ("Индекс", "День")}
SLOT_BUTTON = {"en": "Book", "tr": "Randevu al", "de": "Buchen", "fr": "Réserver", "es": "Reservar", "ru": "Записаться"}


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
    displays = "".join('<li><a href="/whats-on/fireworks/%s-%d"><strong>%s</strong></a> · %s · %s %s · %s</li>' % (
        k, j, esc(w), esc(d), esc(FIREWORK_GATES[lang]), esc(g), esc(p)) for j, (w, d, g, p) in enumerate(FIREWORK_DISPLAYS[lang]))
    gates = dl([(w, "%s, %s %s, %s" % (d, FIREWORK_GATES[lang], g, p)) for w, d, g, p in FIREWORK_DISPLAYS[lang]])
    bays = "".join('<li><b>%s</b> (%s)</li>' % (esc(w), esc(n)) for w, n in SCOOTER_BAYS[lang])
    amnesty = "".join('<li><strong>%s</strong>: %s, %s</li>' % (esc(d), esc(w), esc(t)) for d, w, t in AMNESTY_DAYS[lang])
    sl = SLOT_LABELS[lang]
    slots = ('<label for="slot-%s-0">%s</label><input id="slot-%s-0" type="text" name="postcode" autocomplete="postal-code">' % (k, esc(sl[0]), k)
             + '<label for="slot-%s-1">%s</label><select id="slot-%s-1" name="day">%s</select>' % (
                 k, esc(sl[1]), k, "".join("<option>%s</option>" % esc("%s, %s" % (d, w)) for d, w, _ in AMNESTY_DAYS[lang]))
             + '<button type="submit" class="btn-book-dropoff">%s</button>' % esc(SLOT_BUTTON[lang]))
    return (style.replace("{displaylist}", displays)
            .replace("{displayrows}", table(FIREWORK_HEAD[lang], FIREWORK_DISPLAYS[lang]))
            .replace("{gatetimes}", gates)
            .replace("{baylist}", bays)
            .replace("{zonerows}", table(SCOOTER_HEAD[lang], SCOOTER_ZONES[lang]))
            .replace("{operatorhours}", dl(SCOOTER_HOURS[lang]))
            .replace("{amnestylist}", amnesty)
            .replace("{amnestyrows}", table(AMNESTY_HEAD[lang], AMNESTY_ITEMS[lang]))
            .replace("{slotfields}", slots))



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
               "scores": rng.choice([0, mid, n]), "fireworksfinder": rng.choice([mid, n, n]),
               "escooterzones": rng.choice([0, mid, n]), "wasteamnesty": rng.choice([mid, n])}.get(fam, mid)
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
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap"),
           "wpbakery": ("span", '<span class="dropcap dropcap-square">%s</span>')}  # the theme's [dropcap] shortcode
BOX = {"gutenberg": ("wrap", '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "text-box-grey"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>"),
       # WPBakery's Message Box element, as the editor dropped it into the text
       "wpbakery": ("wrap", '<div class="vc_message_box vc_message_box-standard vc_message_box-rounded vc_color-info"><div class="vc_message_box-icon"><i class="fas fa-info-circle"></i></div>\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">♻️</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
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
# templates: wpbakery is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"wpbakery": tpl_wpbakery, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h72), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "wpbakery"


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
            rng = random.Random("newsflow-heldout74-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI74[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 73) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h72), labels, furniture strings,
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
    # layouts: wpbakery (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h71 or h72 gave it
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
    # the wpbakery pages: a site of WPB_SITES in a language of WPB_CORE, with an image caption for the body image; of
    # the looks only those the site's editor can set in a WPBakery text block (the theme's drop cap, bold, italic,
    # WPBakery's message box); no story tables and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in WPB_SITES or a["lang"] not in WPB_CORE or a.get("kind") or not a.get("body_caption")
                                       or any(st not in ("dropcap", "bold", "italic", "box") for st, _ in a.get("look", []))):
            problems.append("%s: wpbakery page needs a WPBakery site, a body caption and the editor's looks only" % a["id"])
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
    wpb_sites = [{k: v for k, v in d.items() if k not in WPB_EXEMPT} for d in WPB_SITES.values()]
    # (WPB_CORE, FIREWORK_HEAD, FIREWORK_GATES, SCOOTER_HEAD, AMNESTY_HEAD, SLOT_LABELS and SLOT_BUTTON, the theme's and
    # plugins' strings and the web teams' generic table heads, field labels and buttons, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("WPB_SITES", wpb_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "WPB_SITES" and s.startswith("/")):
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




