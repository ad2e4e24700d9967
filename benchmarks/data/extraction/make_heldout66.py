#!/usr/bin/env python3
"""Sixty-sixth held-out part (h66-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout66.py           # write pages/h66-*.html
    python benchmarks/data/extraction/make_heldout66.py --check   # verify pages/h66-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout66.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout65.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h66_en.py / articles_h66_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: tap-water checkers on stories about water, drought, burst mains, pipes and utilities --
the "check your water supply" postcode box and its button, the supply zones as a table with their hardness and the
last test result, the "report discoloured water" link, the water company's contact card as a definition list --,
club finders on stories about sport, youth, leisure and health -- the "find a club near you" form with its sport and
postcode fields, the clubs by sport as a table with age groups and training nights, the "try a free session" link,
the council's sports development team card as a definition list --, and consultation boards on stories about council
plans, transport changes, planning and public services -- the open consultations as a table with their closing
dates, the "respond to the consultation" link, the "have your say" form with its comment box, the consultation
team's contact card as a definition list --), their wrapper class names, related headlines, site names, the sites'
own strings in the earlier layouts and the first-round furniture strings are new here: none of the sentences of
make_pages.RESIDUE / UI or of the R pools of make_heldout2..64, nor their labels, furniture strings, widget rows,
headlines or site names; verify() refuses to build if one is reused, if a wrapper class name of an earlier part
recurs, if a "new" family is already in an earlier pool, family list, template family or docstring, if a story
paragraph or headline of an earlier part (h63 and h64 included) recurs, if a headline is also a story paragraph, or if
a body is outside 150-400 words.  Every name and number is fictional.  (h48's reservoir widgets print reservoir stocks
and the restrictions in force, h39's outage checkers count homes without power, h59's leisure-centre widget books
courts and h60's community-grant panel funds groups; the supply checker with its zones, hardness and test results, the
club finder with its clubs by sport and the consultation board with its closing dates and comment form are new
families by name, wording and markup.)  The tables' heads and the forms' field labels (ZONE_HEAD, CLUB_HEAD,
CONSULT_HEAD, POSTCODE_LABEL, CLUB_LABELS, COMMENT_LABEL) are the web teams' generic strings and not checked; the
rows themselves (SUPPLY_ZONES, WATER_COMPANY, CLUB_LIST, SPORTS_TEAM, OPEN_CONSULTATIONS, CONSULT_TEAM) are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link among them may be run into a paragraph instead): tap-water checkers on an English town's burst main (the
new layout), a Turkish town's night-time water cuts in a drought, a Spanish comarca's drought cuts and a Russian
district's rusty pipes being replaced (the new layout); club finders on an English boxing club in an old fire
station, a Turkish village school's girls' volleyball team, a German Turnverein's new hall and a French women's rugby
team's promotion; consultation boards on an English district's recycling centres, an English town's 20mph plans, a
French commune's own page on revising its plan local d'urbanisme (a mairie on TYPO3) and a Spanish town's plan to
pedestrianise its old quarter.  Earlier families that need a reason in the story are placed the same way (a map on
the Turkish water cuts, a calendar row on an allotment open day and a cargo-bike birthday, scores on the rugby
promotion, a gallery on a Russian village's playground); the other generic families are balanced over the part,
leaving out those the page's site would not print (the story's "kind": a commune on TYPO3 -- no newspaper furniture
--, a village website on uCoz, an independent publication on Medium, which prints no ads, app, push or print prompts,
comment counters or press-standards lines, and of the newsletter family only its appeal for money); a correction box
goes only on a story that was corrected, with that story's own wording.  Residue markup varies as on real pages:
classed boxes, bars, chips, cards, strips and widgets, bare <p> / <div> lines as pasted by editors, headings, links,
lists, spans, forms, definition lists and tables, and, for a few families, a line run into the end of a story
paragraph (credit, tip, newsletter pitch, share line, the discoloured-water link, the free-session link, the
respond link; only one line in any paragraph) or a bold section tag run into the start of the first one (on the
Spanish cinema story, "section_tag").
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, magazine, sanity and gutenberg), italics (a one-line quote on both new-layout pages,
quotes on semantic and on medium), a highlighted sentence (the Rich Text Editor's background-colour span on both
new-layout pages, a <mark> on quintype), a paragraph in a box (the magazine's panel, a CKEditor style on drupal), a
fact box holding a subheading and its list (a Fusion custom embed), a Ghost callout card, a paragraph typed after a
<br> (Shift+Enter in the Rich Text Editor on both new-layout pages, and on chunks); story structures that look like
furniture but are the story: question-and-answer interviews (questions typed in bold, some of two or three words --
"Worst weather?", "And who takes over from you?", "Neden odun fırını?", "Und Sie?", "Самый трудный вызов?" --, in English,
Turkish, German and Russian: a lollipop man of 79, a baker at his wood-fired oven, a chimney sweep, a village
feldsher), lists inside the story (options in a council consultation, what an allotment society added, how to save
water in a drought, what a commune's plan aims at, what promotion changes for a rugby team, what cargo bikes were
borrowed for, who did what on a village playground, who runs a cooperative cinema), story tables (bottled-water stations,
the stages of a pipe replacement, in the Rich Text Editor's table markup on the new layout), crossheads as headings
and as bold paragraphs, one-line quotes and short one-line paragraphs ("“We had nothing to flush the toilet with
until Tuesday.”", "„Ein Auto haben wir abgeschafft, das zweite steht meistens.“", "La primera sesión se agotó en
veinte minutos.", a Russian pensioner's one-line wish), a closing line with practical information (a tap to run, a
consultation drop-in, an assembly, boxing sessions' price, a bus back on its route, an open day, a shop's hours, a
dog warden's number, a water-cut timetable, the regional finals, a bakery's hours, an open day with taster sessions,
a birthday with test rides, letters from the new sweep, a mairie's hours, rugby open days, cinema sessions, a meeting
with a contractor, a feldsher's hours), and story sentences that mention furniture words in ordinary reporting ("A
photo shared more than 9,000 times" opening a story and "can contact the council's dog warden" closing it, villagers
who "follow" a shop's plans and "subscribe to its monthly email", a water company that "would contact anyone who had
been missed", chocolate cookies at a village bakery, "residents bought shares", a village's photo album closing a
Russian story), some at the start or end of the story where furniture usually sits.  Two pages carry no residue at
all (an English interview, a Turkish interview) and one only its correction line (an English bridge reopening).
One page layout is new (expressionengine: a county weekly's and a regional news magazine's sites built on
ExpressionEngine 7, as they serve a channel entry page, on two pages, an English and a Russian one): the head with the
theme's /themes/user/site/default/css/... stylesheets and /themes/user/site/default/js/... scripts, the og: metas and
the canonical link, with no template tag left unparsed; the header with the site logo and tagline, the main menu
(ul.nav with li.has-sub and ul.sub-menu lists) and the simple search form posting to the EE search action (its hidden
ACT, RES, meta, site_id and csrf_token fields and the "keywords" input); the breadcrumbs; the channel entry template:
the category link, the h1 "entry-title", the summary field in "entry-summary" (the story's "sub", not in the truth),
the byline "entry-author" and the "entry-date" time, the lead image with caption and credit (figure.entry-image), the
rich-text field in div.entry-body as EE's Rich Text Editor (CKEditor 5) writes it -- p, h2, strong / em, the
background-colour span, blockquote, ul / ol, <br>, a figure.table, the image with its figcaption after the first
paragraph (this layout's own residue in the container) --; after the body the entry's categories list, the share
links, the author card, the "Related entries" list, the comments section (the readers' comments with names and dates
and the EE comment form: ACT, RET, URI, PRV, entry_id, site_id and csrf_token hidden fields, Name, Email, Location,
Comment, "Remember my personal information", "Notify me of follow-up comments?", "Submit") and the "Subscribe to our
newsletter" mailing-list form; the sidebar (popular entries, archives by month, an ad slot with the Google Publisher
Tag); the footer (columns, "Cookie policy", "Contact", copyright, "Powered by ExpressionEngine") and EE's cookie
consent banner (the consent module's form with its ACT field and the functionality / performance / targeting
checkboxes, "Accept all", "Only necessary", "Save my choices"), then the theme's JS.  ExpressionEngine's and the
theme's own strings (EE_CORE, per language) are left as the platform ships them and not checked; the sites' own
strings (EE_SITES: the logo's alt text, the tagline, the menu with its sub-menus, the categories, the author's card,
the newsletter text, the commenters, the footer columns, address and copyright, the consent banner's wording) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h63 or h64 gave it (9 English pages, 3 in each other language: English on cms, legacy-br,
portal, regional, magazine, nextjs, quintype and sanity; Turkish on hugo, table and storybody; German on drupal,
medium and gutenberg; French on typo3, fusion and wordpress; Spanish on semantic, ghost and amp; Russian on ucoz and
chunks); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site
rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped
for this part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout64.py, so that make_pages.py can import this module and merge it the same way. Standard
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
from make_pages import E, A, UI  # noqa: E402
from articles_h66_en import ARTICLES as H66_EN  # noqa: E402
from articles_h66_intl import ARTICLES as H66_INTL  # noqa: E402

ARTICLES = H66_EN + H66_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64)
# parts whose layouts' languages this part avoids (the two before it; h65 is written at the same time)
LANG_PARTS = (mp63, mp64)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h66"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Sedgemoor Vale Bugle and Post", "Holmfield Chronicle Online", "Carrow Heath Courier", "Wendle Valley Standard",
           "Gorse Lane Journal", "Wexley Borough Times", "Bramford and District Messenger", "Oakhurst Weekly Lantern"],
    "tr": ["Kızılyurt Ekspres", "Yeşilova Ses Gazetesi", "Eskiçarşı Haber Postası"],
    "de": ["Brunnbacher Kreisanzeiger", "Aschauer Rundblick"],
    "fr": ["L'Écho des Combes et de l'Arve", "La Dépêche du Val de Lentigny"],
    "es": ["Crónica del Alto Gévora", "El Pregonero de Torrebaja", "La Voz del Arlanza Digital"],
    "ru": ["Покровский край онлайн"],
}
# sites fixed per page (the two ExpressionEngine sites, a French commune on TYPO3, a Russian village website on uCoz,
# an independent publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h64 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This flood-alert map needs mapping cookies — allow them in your settings to load it", "The video from the scene is hidden until you accept video-sharing cookies"],
        "tr": ["Bu sel uyarı haritası harita çerezlerine ihtiyaç duyuyor; yüklemek için ayarlardan izin verin", "Olay yerinden video, video paylaşım çerezlerini kabul edene kadar gizli"],
        "de": ["Diese Hochwasserkarte braucht Karten-Cookies — erlauben Sie sie in den Einstellungen, um sie zu laden", "Das Video vom Ort des Geschehens bleibt verborgen, bis Sie Videodienst-Cookies akzeptieren"],
        "fr": ["Cette carte des alertes crues nécessite des cookies de cartographie — autorisez-les dans vos réglages pour l'afficher", "La vidéo tournée sur place reste masquée tant que vous n'acceptez pas les cookies de partage vidéo"],
        "es": ["Este mapa de avisos por crecidas necesita cookies de mapas: permítelas en la configuración para cargarlo", "El vídeo grabado en el lugar está oculto hasta que aceptes las cookies de plataformas de vídeo"],
        "ru": ["Для карты паводковых предупреждений нужны картографические cookie — разрешите их в настройках", "Видео с места событий скрыто, пока вы не примете cookie видеосервисов"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["The Friday Roundup: the week's local news in one email, before your first cup of tea", "That was your third free story this month — register or subscribe to carry on reading",
               "Independent, local and reader-funded: chip in to keep {site} going"],
        "tr": ["Cuma Özeti: haftanın yerel haberleri, ilk çayınızdan önce tek bir e-postada", "Bu ayki üçüncü ücretsiz haberinizi okudunuz — devam etmek için kaydolun ya da abone olun",
               "Bağımsız, yerel ve okur desteğiyle: {site} yayında kalsın diye siz de katkı verin"],
        "de": ["Die Freitagsrunde: die Lokalnachrichten der Woche in einer Mail, noch vor dem ersten Kaffee", "Das war Ihr dritter kostenloser Artikel in diesem Monat — registrieren Sie sich oder abonnieren Sie, um weiterzulesen",
               "Unabhängig, lokal und von Leserinnen und Lesern getragen: Helfen Sie mit, dass es {site} weiter gibt"],
        "fr": ["Le Récap du vendredi : l'actu locale de la semaine en un seul courriel, avant votre premier café", "C'était votre troisième article gratuit du mois — inscrivez-vous ou abonnez-vous pour continuer",
               "Indépendant, local et financé par ses lecteurs : donnez un coup de pouce pour que {site} continue"],
        "es": ["El Resumen del viernes: las noticias locales de la semana en un correo, antes del primer café", "Era tu tercera noticia gratuita del mes: regístrate o suscríbete para seguir leyendo",
               "Independiente, local y sostenido por sus lectores: echa una mano para que {site} siga adelante"],
        "ru": ["«Пятничная сводка»: местные новости недели одним письмом, ещё до первой чашки чая", "Это был ваш третий бесплатный материал в этом месяце — зарегистрируйтесь или оформите подписку",
               "Независимое, местное, на деньги читателей: помогите «{site}» продолжать работу"],
    },
    "share": {
        "en": ["Send this one round: WhatsApp · Facebook · Nextdoor · Copy the link", "Got a neighbour on Coppice Lane or the Hollins who needs to see this? Pop it in their inbox"],
        "tr": ["Bu haberi çevrenize yollayın: WhatsApp · Facebook · Telegram · Bağlantıyı al", "Mahallede bunu görmesi gereken biri var mı? Bu sayfayı ona yollayıverin"],
        "de": ["Diesen Artikel herumschicken: WhatsApp · Facebook · Signal · Link holen", "Wer im Ort sollte das noch lesen? Leiten Sie es einfach weiter"],
        "fr": ["Faire circuler cet article : WhatsApp · Facebook · Signal · Récupérer le lien", "Qui, dans votre quartier, devrait lire ceci ? Transférez-le-lui"],
        "es": ["Haz correr esta noticia: WhatsApp · Facebook · Telegram · Coger el enlace", "¿Quién de tu barrio debería leer esto? Pásale esta página por el móvil"],
        "ru": ["Разошлите эту новость: WhatsApp · Telegram · ОК · Взять ссылку", "Кому из соседей по подъезду стоит это прочесть? Перешлите ему"],
    },
    "photo": {
        "en": ["Image supplied by the club", "Photograph: {site} / submitted"],
        "tr": ["Görsel kulüp tarafından sağlandı", "Fotoğraf: {site} / okur gönderisi"],
        "de": ["Bild: vom Verein zur Verfügung gestellt", "Foto: {site} / eingesandt"],
        "fr": ["Image fournie par le club", "Photographie : {site} / envoi de lecteur"],
        "es": ["Imagen facilitada por el club", "Fotografía: {site} / envío de un lector"],
        "ru": ["Изображение предоставлено клубом", "Фотография: «{site}» / прислали читатели"],
    },
    "copyright": {
        "en": ["Copying or redistributing this story without the written consent of {site} is not allowed."],
        "tr": ["Bu haberin {site}'in yazılı onayı olmadan kopyalanması ya da dağıtılması yasaktır."],
        "de": ["Das Kopieren oder Weiterverbreiten dieses Artikels ohne schriftliche Einwilligung von {site} ist nicht gestattet."],
        "fr": ["Toute copie ou rediffusion de cet article sans l'accord écrit de {site} est interdite."],
        "es": ["Queda prohibido copiar o redistribuir esta noticia sin el consentimiento por escrito de {site}."],
        "ru": ["Копирование и распространение материала без письменного согласия «{site}» запрещено."],
    },
    "section": {
        "en": ["More from {section} this week", "{section} news, all in one place ›"],
        "tr": ["Bu hafta {section} sayfasından daha fazlası", "{section} haberleri tek bir yerde ›"],
        "de": ["Mehr aus dem Ressort {section} in dieser Woche", "Alle Meldungen aus {section} an einem Ort ›"],
        "fr": ["Plus de {section} cette semaine", "Toute l'actu {section} au même endroit ›"],
        "es": ["Más de {section} esta semana", "Todas las noticias de {section} en un solo lugar ›"],
        "ru": ["Ещё из рубрики «{section}» на этой неделе", "Все новости рубрики «{section}» в одном месте ›"],
    },
    "related": {
        "en": ["Meanwhile, across the Vale", "Opened next by readers of this page"],
        "tr": ["Bu arada ilçenin öbür ucunda", "Bu sayfayı okuyanların ardından açtıkları"],
        "de": ["Derweil im übrigen Kreisgebiet", "Danach von Lesern dieser Seite geöffnet"],
        "fr": ["Pendant ce temps, dans le reste de la vallée", "Ouverts ensuite par les lecteurs de cette page"],
        "es": ["Mientras tanto, en el resto del valle", "Lo que abrieron después los lectores de esta página"],
        "ru": ["Тем временем в других концах района", "Что открывали дальше читатели этой страницы"],
    },
    "symbol": {"*": ['✧ ⋆ ✧ ⋆ ✧', '—⟡—', '⁕ ⁕ ⁕ ⁕', '∘ ∙ ∘ ∙ ∘']},
    "credit": {
        "en": ["Additional reporting by our county hall correspondent", "With reporting from the {site} sports desk"],
        "tr": ["Habere il meclisi muhabirimiz de katkıda bulundu", "{site} spor servisinin katkılarıyla"],
        "de": ["Mitarbeit: unser Korrespondent im Kreishaus", "Mit Material der Sportredaktion von {site}"],
        "fr": ["Avec la contribution de notre correspondant à l'hôtel du département", "Avec le service des sports de {site}"],
        "es": ["Con la colaboración de nuestro corresponsal en la diputación", "Con información de la sección de deportes de {site}"],
        "ru": ["При участии нашего корреспондента в областной думе", "При участии спортивной редакции «{site}»"],
    },
    "ad": {
        "en": ["Paid promotion · article continues below", "Want to reach readers here? Advertise with {site}"],
        "tr": ["Ücretli tanıtım · haber aşağıda devam ediyor", "Okurlara buradan ulaşmak mı istiyorsunuz? {site}'e reklam verin"],
        "de": ["Bezahlte Werbung · der Artikel geht unten weiter", "Hier Leserinnen und Leser erreichen? Werben Sie bei {site}"],
        "fr": ["Promotion payante · l'article continue ci-dessous", "Envie de toucher nos lecteurs ici ? Annoncez dans {site}"],
        "es": ["Promoción pagada · la noticia sigue abajo", "¿Quieres llegar a los lectores desde aquí? Anúnciate en {site}"],
        "ru": ["Оплаченное продвижение · статья продолжается ниже", "Хотите, чтобы вас увидели читатели? Разместите рекламу в «{site}»"],
    },
    "continue": {
        "en": ["The report carries on below the advert", "Unfold the remainder of the report ↓"],
        "tr": ["Haberin devamı bu reklam kutusunun altında", "Haberin geri kalanını açın ↓"],
        "de": ["Der Bericht geht unter der Anzeige weiter", "Den Rest des Berichts aufklappen ↓"],
        "fr": ["Le reportage reprend sous la publicité", "Déplier la fin du reportage ↓"],
        "es": ["La crónica continúa debajo del anuncio", "Despliega el final de la crónica ↓"],
        "ru": ["Продолжение репортажа — сразу под рекламным блоком", "Развернуть окончание репортажа ↓"],
    },
    "comments": {
        "en": ["{n} people from round here have had their say below", "Scroll to the {n} reader comments ↓"],
        "tr": ["Buralı {n} kişi aşağıda fikrini yazdı", "{n} okur yorumuna inin ↓"],
        "de": ["{n} Menschen aus der Gegend haben unten mitdiskutiert", "Zu den {n} Leserkommentaren scrollen ↓"],
        "fr": ["{n} personnes du coin ont donné leur avis plus bas", "Descendre jusqu'aux {n} commentaires de lecteurs ↓"],
        "es": ["{n} personas de la zona han opinado más abajo", "Bajar hasta los {n} comentarios de lectores ↓"],
        "ru": ["{n} местных жителей уже высказались ниже", "Пролистать к {n} читательским комментариям ↓"],
    },
    "readtime": {
        "en": ["A {m}-minute read, give or take", "{m} min · from the Vale newsroom"],
        "tr": ["Aşağı yukarı {m} dakikalık bir okuma", "{m} dk · ilçe haber odasından"],
        "de": ["Eine Lektüre von gut {m} Minuten", "{m} Minuten · aus dem Lokalressort"],
        "fr": ["Une lecture de {m} minutes, à peu près", "{m} min · depuis la rédaction de la vallée"],
        "es": ["Una lectura de {m} minutos, más o menos", "{m} min · desde la redacción comarcal"],
        "ru": ["Чтение примерно на {m} минут, плюс-минус", "{m} мин · из редакции района"],
    },
    "updated": {
        "en": ["Updated with the latest from the scene at {t}, {d}", "Revised by the newsdesk: {d} at {t}"],
        "tr": ["Olay yerinden son bilgilerle {d}, saat {t}'de güncellendi", "Haber masası düzenledi: {d}, {t}"],
        "de": ["Mit neuesten Informationen von vor Ort aktualisiert um {t} Uhr, {d}", "Von der Redaktion überarbeitet: {d} um {t} Uhr"],
        "fr": ["Mis à jour avec les dernières informations du terrain à {t}, le {d}", "Revu par la rédaction : {d} à {t}"],
        "es": ["Actualizada con lo último desde el lugar a las {t} del {d}", "Revisada por la redacción: {d} a las {t}"],
        "ru": ["Дополнено свежими данными с места событий в {t}, {d}", "Правка редакции: {d} в {t}"],
    },
    "audio": {
        "en": ["▶ Have this valley report read to you ({m} min of audio)", "Driving or cooking? Let us read this report to you"],
        "tr": ["▶ Bu haberin seslendirilmiş halini açın ({m} dk)", "Araba mı kullanıyorsunuz, yemek mi yapıyorsunuz? Bu vadi haberini sesli dinleyin"],
        "de": ["▶ Diesen Talbericht vorlesen lassen ({m} Min. Audio)", "Am Steuer oder am Herd? Wir lesen Ihnen den Bericht vor"],
        "fr": ["▶ Se faire lire ce reportage de la vallée ({m} min d'audio)", "Au volant ou aux fourneaux ? On vous lit ce reportage"],
        "es": ["▶ Reproduce la versión narrada de esta crónica ({m} min)", "¿Conduciendo o cocinando? Te leemos la crónica"],
        "ru": ["▶ Включить озвучку этого репортажа ({m} мин)", "За рулём или у плиты? Мы прочитаем репортаж за вас"],
    },
    "app": {
        "en": ["Breaking news alerts, puzzles and the digital paper: download the {site} app", "Open this in the app ›"],
        "tr": ["Son dakika uyarıları, bulmacalar ve dijital gazete: {site} uygulamasını indirin", "Bunu uygulamada açın ›"],
        "de": ["Eilmeldungen, Rätsel und die digitale Zeitung: Laden Sie die App von {site}", "In der App öffnen ›"],
        "fr": ["Alertes info, jeux et journal numérique : téléchargez l'appli {site}", "Ouvrir dans l'appli ›"],
        "es": ["Alertas de última hora, pasatiempos y el periódico digital: descarga la app de {site}", "Abrir en la app ›"],
        "ru": ["Срочные новости, кроссворды и электронный номер: скачайте приложение «{site}»", "Открыть в приложении ›"],
    },
    "bio": {
        "en": ["{by} reports on {section} for {site} from the Brackenford office.", "Read everything {by} has written for us ›"],
        "tr": ["{by}, {site} için {section} konularını ilçe bürosundan takip ediyor.", "{by} adlı muhabirin bize yazdığı her şeyi okuyun ›"],
        "de": ["{by} berichtet für {site} aus der Lokalredaktion über {section}.", "Alles lesen, was {by} für uns geschrieben hat ›"],
        "fr": ["{by} suit la rubrique {section} pour {site} depuis l'agence locale.", "Lire tout ce que {by} a écrit pour nous ›"],
        "es": ["{by} escribe sobre {section} en {site} desde la oficina del valle.", "Lee todo lo que {by} ha escrito para nosotros ›"],
        "ru": ["{by} освещает тему «{section}» для «{site}» из районного корпункта.", "Читать всё, что {by} написал для нас ›"],
    },
    "tip": {
        "en": ["Know something the Vale should hear about? Our inbox is tips@valenewsroom.example", "Text the newsroom day or night on 07700 900 466"],
        "tr": ["İlçenin duyması gereken bir şey mi biliyorsunuz? Adresimiz ihbar@ilce-haberodasi.example", "Haber odasına gece gündüz mesaj atın: 0532 900 04 66"],
        "de": ["Wissen Sie etwas, das der Ort erfahren sollte? Unser Postfach: tipps@ortsredaktion.example", "Schreiben Sie der Redaktion Tag und Nacht: 0151 900 466"],
        "fr": ["Vous savez quelque chose que la vallée devrait apprendre ? Notre boîte : infos@redac-vallee.example", "Écrivez à la rédaction jour et nuit au 06 00 90 04 66"],
        "es": ["¿Sabes algo que la comarca debería conocer? Nuestro buzón: pistas@redaccion-comarcal.example", "Escribe a la redacción de día o de noche al 622 900 466"],
        "ru": ["Знаете то, что должен узнать весь район? Наш адрес: tema@redakciya-raiona.example", "Пишите в редакцию днём и ночью: +7 900 000-04-66"],
    },
    "typo": {
        "en": ["Found a slip in our copy? Select it, hit Ctrl+Enter and the subs will sort it"],
        "tr": ["Metinde bir yanlışlık mı buldunuz? Seçin, Ctrl+Enter'a basın, editörlerimiz düzeltsin"],
        "de": ["Einen Patzer im Text gefunden? Markieren, Strg+Enter drücken, die Schlussredaktion kümmert sich"],
        "fr": ["Une faute s'est glissée dans le texte ? Sélectionnez-la, tapez Ctrl+Entrée et le secrétariat de rédaction s'en charge"],
        "es": ["¿Se nos ha colado un fallo en el texto? Selecciónalo, pulsa Ctrl+Intro y la mesa de edición lo arregla"],
        "ru": ["Нашли ляп в тексте? Выделите его, нажмите Ctrl+Enter, и корректор всё поправит"],
    },
    "push": {
        "en": ["Want a ping on your phone when {site} breaks a story? Ping me · Not right now"],
        "tr": ["{site} son dakika haberi verdiğinde telefonunuza bildirim gelsin mi? Bana haber ver · Şimdilik değil"],
        "de": ["Soll Ihr Handy klingeln, wenn {site} eine Eilmeldung hat? Bitte melden · Gerade nicht"],
        "fr": ["Un signal sur votre téléphone quand {site} publie une info urgente ? Prévenez-moi · Pas maintenant"],
        "es": ["¿Un aviso en el móvil cuando {site} dé una exclusiva? Avísame · Ahora no"],
        "ru": ["Сигнал на телефон, когда «{site}» публикует срочную новость? Сообщайте · Не сейчас"],
    },
    "print": {
        "en": ["Print the report · Keep it as a PDF · Email it on", "Printer-friendly copy of this valley report"],
        "tr": ["Haberi yazdır · PDF olarak sakla · E-postayla ilet", "Bu haberin yazdırmaya hazır kopyası"],
        "de": ["Bericht drucken · Als PDF behalten · Per Mail weitergeben", "Druckfreundliche Fassung dieses Talberichts"],
        "fr": ["Imprimer le reportage · Le garder en PDF · Le transférer par courriel", "Version à imprimer de ce reportage de la vallée"],
        "es": ["Imprimir la crónica · Guardarla en PDF · Reenviarla por correo", "Copia lista para imprimir de esta crónica"],
        "ru": ["Распечатать репортаж · Сохранить в PDF · Переслать по почте", "Копия репортажа, готовая к печати"],
    },
    "feedback": {
        "en": ["Was this Vale report worth your time? Definitely · Sort of · Not for me"],
        "tr": ["Bu ilçe haberi vaktinize değdi mi? Kesinlikle · Bir nebze · Bana göre değil"],
        "de": ["War dieser Bericht aus der Region Ihre Zeit wert? Unbedingt · Irgendwie schon · Nichts für mich"],
        "fr": ["Ce reportage de la vallée valait-il votre temps ? Tout à fait · Plus ou moins · Pas pour moi"],
        "es": ["¿Ha merecido la pena esta crónica de la comarca? Del todo · Más o menos · No es para mí"],
        "ru": ["Стоил ли этот репортаж из района вашего времени? Безусловно · Отчасти да · Не для меня"],
    },
    "standards": {
        "en": ["As an IPSO member, {site} puts right significant errors promptly; write to the readers' editor at the Brackenford office."],
        "tr": ["{site} önemli hataları vakit kaybetmeden düzeltir; okur editörüne ilçe bürosu üzerinden yazabilirsiniz."],
        "de": ["{site} berichtigt wesentliche Fehler umgehend; schreiben Sie an die Leserredaktion im Lokalbüro."],
        "fr": ["{site} rectifie sans tarder les erreurs importantes ; écrivez au médiateur des lecteurs à l'agence locale."],
        "es": ["{site} corrige con rapidez los errores relevantes; escribe al defensor del lector en la delegación comarcal."],
        "ru": ["«{site}» оперативно исправляет существенные ошибки; пишите уполномоченному по правам читателей в районный корпункт."],
    },
    "topics": {
        "en": ["Tagged: {section} · public services · neighbourhoods", "Alert me about new {section} stories ›"],
        "tr": ["Etiketlenen konular: {section} · kamu hizmetleri · mahalleler", "Yeni {section} haberlerinde bana haber ver ›"],
        "de": ["Verschlagwortet: {section} · öffentliche Dienste · Nachbarschaften", "Bei neuen Artikeln zu {section} Bescheid geben ›"],
        "fr": ["Mots-clés : {section} · services publics · quartiers", "M'avertir des nouveaux articles {section} ›"],
        "es": ["Etiquetas: {section} · servicios públicos · barrios", "Avísame de nuevas noticias de {section} ›"],
        "ru": ["Метки: {section} · коммунальные службы · микрорайоны", "Сообщать о новых материалах по теме «{section}» ›"],
    },
    "bookmark": {
        "en": ["♡ Add to my reading list"],
        "tr": ["♡ Okuma listeme ekle"],
        "de": ["♡ Auf meine Leseliste"],
        "fr": ["♡ Ajouter à ma liste de lecture"],
        "es": ["♡ Añadir a mi lista de lectura"],
        "ru": ["♡ Добавить в список для чтения"],
    },
    "poll": {
        "en": ["Reader vote: is this the right call for the Vale? Right call · Wrong call · Too early to tell", "The tally appears once you have picked an answer"],
        "tr": ["Okur oylaması: bu karar ilçe için doğru mu? Bence doğru · Bence yanlış · Vakit erken, bakalım", "Bir cevap seçtiğinizde sonuçlar görünür"],
        "de": ["Leserabstimmung: Ist das die richtige Entscheidung für den Ort? Richtig · Falsch · Noch zu früh", "Das Zwischenergebnis erscheint nach Ihrer Antwort"],
        "fr": ["Vote des lecteurs : est-ce la bonne décision pour la vallée ? Plutôt oui · Plutôt non · On verra bien", "Le décompte s'affiche une fois votre réponse choisie"],
        "es": ["Votación de lectores: ¿es la decisión acertada para la comarca? Yo creo que sí · Yo creo que no · Ya se verá", "El recuento aparece cuando eliges una respuesta"],
        "ru": ["Голосование читателей: верное ли это решение для района? Верное · Неверное · Рано судить", "Итоги появятся, когда вы выберете ответ"],
    },
    "embed": {
        "en": ["Open {handle}'s Instagram post from the morning it happened", "{handle} filmed it: play the clip on YouTube"],
        "tr": ["{handle} hesabının o sabahki Instagram paylaşımını açın", "{handle} çekti: videoyu YouTube'da oynatın"],
        "de": ["Den Instagram-Beitrag von {handle} vom Morgen des Geschehens öffnen", "{handle} hat gefilmt: den Clip auf YouTube abspielen"],
        "fr": ["Ouvrir la publication Instagram de {handle} du matin même", "{handle} a filmé la scène : lancer la vidéo sur YouTube"],
        "es": ["Abre la publicación de Instagram de {handle} de esa misma mañana", "{handle} lo grabó: reproduce el vídeo en YouTube"],
        "ru": ["Открыть пост {handle} в Instagram в то самое утро", "{handle} снял это на видео: смотреть ролик на YouTube"],
    },
    "gallery": {
        "en": ["📷 Flick through all {g} pictures from the day", "Our photographer's {g} best shots ›"],
        "tr": ["📷 Günün {g} fotoğrafının hepsine göz atın", "Foto muhabirimizin en iyi {g} karesi ›"],
        "de": ["📷 Durch alle {g} Bilder des Tages blättern", "Die {g} besten Aufnahmen unseres Fotografen ›"],
        "fr": ["📷 Feuilleter les {g} images de la journée", "Les {g} meilleurs clichés de notre photographe ›"],
        "es": ["📷 Pasa las {g} fotos de la jornada", "Las {g} mejores imágenes de nuestro fotógrafo ›"],
        "ru": ["📷 Пролистать все {g} снимков этого дня", "{g} лучших кадров нашего фотографа ›"],
    },
    "map": {
        "en": ["Enlarge the map of the affected area", "Find your way there: Google Maps · Apple Maps · OS Maps"],
        "tr": ["Etkilenen bölgenin haritasını büyütün", "Oraya nasıl gidilir: Google Haritalar · Apple Haritalar · Yandex Navigasyon"],
        "de": ["Karte des betroffenen Gebiets vergrößern", "So kommen Sie hin: Google Maps · Apple Karten · Komoot"],
        "fr": ["Agrandir la carte du secteur concerné", "Pour vous y rendre : Google Maps · Plans · Géoportail"],
        "es": ["Amplía el mapa de la zona afectada", "Cómo ir hasta allí: Google Maps · Apple Mapas · Wikiloc"],
        "ru": ["Увеличить карту затронутого района", "Как туда добраться: Яндекс Карты · 2ГИС · Google Карты Онлайн"],
    },
    "calendar": {
        "en": ["Save the date: Google Calendar · Outlook · iCal", "Remind me by email"],
        "tr": ["Tarihi kaydedin: Google Takvim · Outlook · iCal", "Bana e-postayla hatırlatın"],
        "de": ["Termin speichern: Google Kalender · Outlook · iCal", "Per E-Mail an den Termin erinnern"],
        "fr": ["Notez la date : Google Agenda · Outlook · iCal", "Me le rappeler par courriel"],
        "es": ["Guarda la fecha: Google Calendar · Outlook · iCal", "Recuérdamelo por correo"],
        "ru": ["Сохранить дату: Google Календарь · Outlook · iCal", "Напомнить по почте"],
    },
    "scores": {
        "en": ["Every score from the weekend's grassroots games ›", "Fixtures list · Full-time scores · League ladder · Leading try scorers"],
        "tr": ["Hafta sonu amatör maçlarının tüm skorları ›", "Maç programı · Maç sonuçları · Lig sıralaması · En skorer oyuncular"],
        "de": ["Alle Ergebnisse der Amateurspiele vom Wochenende ›", "Ansetzungen · Endstände · Ligatabelle · Beste Punktesammler"],
        "fr": ["Tous les scores du sport amateur ce week-end ›", "Programme des matchs · Scores finaux · Classement de la poule · Meilleures marqueuses d'essais"],
        "es": ["Todos los marcadores del deporte base del fin de semana ›", "Jornada · Marcadores finales · Tabla de la liga · Máximas anotadoras"],
        "ru": ["Все счета любительских матчей выходных ›", "Расписание игр · Итоговые счета · Турнирная таблица · Лучшие бомбардиры сезона"],
    },
    "correction": {
        "en": ["This article has been amended since it was first published."],
        "tr": ["Bu haber ilk yayımlandığı halinden sonra düzeltildi."],
        "de": ["Dieser Artikel wurde nach seiner ersten Veröffentlichung geändert."],
        "fr": ["Cet article a été modifié depuis sa première publication."],
        "es": ["Esta noticia se ha modificado desde su primera publicación."],
        "ru": ["Материал изменён после первой публикации."],
    },
    # the three families new in this part
    "tapwater": {  # tap-water checkers: the postcode box's heading, the supply-zones table, the discoloured-water link, the water company's card
        "en": ["Check your water supply", "Your supply zone: hardness and latest test result",
               "Report discoloured or smelly water ›", "Severn Moor Water customer services"],
        "tr": ["Su durumunuzu sorgulayın", "Besleme bölgeleri: sertlik ve son analiz sonucu",
               "Bulanık ya da kokulu suyu bildirin ›", "Kızılyurt Su İdaresi müşteri hizmetleri"],
        "de": ["Versorgung an Ihrer Adresse prüfen", "Ihr Versorgungsgebiet: Härte und letzter Prüfbefund",
               "Braunes oder riechendes Wasser melden ›", "Kundenservice der Wasserversorgung"],
        "fr": ["Vérifiez l'eau du robinet à votre adresse", "Votre unité de distribution : dureté et dernier contrôle",
               "Signaler une eau colorée ou malodorante ›", "Service clients du syndicat des eaux"],
        "es": ["Consulta el suministro en tu calle", "Tu zona de abastecimiento: dureza y último análisis",
               "Avisa de agua turbia o con olor ›", "Atención al cliente de Aguas del Alto Gévora"],
        "ru": ["Проверьте водоснабжение по вашему адресу", "Ваша зона водоснабжения: жёсткость и последний анализ",
               "Сообщить о ржавой или пахнущей воде ›", "Абонентский отдел водоканала"],
    },
    "clubfinder": {  # club finders: the sport-and-postcode form, the clubs-by-sport table, the free-session link, the sports development card
        "en": ["Find a club near you", "Clubs by sport: ages and training nights",
               "Try a free session at a local club ›", "Sports Development Team"],
        "tr": ["Yakınınızdaki bir kulübü bulun", "Branşa göre kulüpler: yaş grupları ve antrenman günleri",
               "Bir kulüpte ücretsiz deneme antrenmanına katılın ›", "Gençlik ve Spor İlçe Müdürlüğü"],
        "de": ["Einen Verein in Ihrer Nähe finden", "Vereine nach Sportart: Altersgruppen und Trainingszeiten",
               "Kostenloses Probetraining in einem Verein ›", "Sportamt, Vereinsberatung"],
        "fr": ["Trouver un club près de chez vous", "Clubs par sport : catégories d'âge et jours d'entraînement",
               "Faire une séance d'essai gratuite en club ›", "Service des sports de l'agglomération"],
        "es": ["Encuentra un club cerca de ti", "Clubes por deporte: categorías y días de entrenamiento",
               "Prueba gratis una sesión en un club ›", "Servicio Municipal de Deportes"],
        "ru": ["Найдите секцию рядом с домом", "Секции по видам спорта: возраст и дни тренировок",
               "Записаться на бесплатное пробное занятие ›", "Отдел физкультуры и спорта администрации"],
    },
    "consultboard": {  # consultation boards: the open-consultations table, the respond link, the comment form, the consultation team's card
        "en": ["Open consultations and closing dates", "Respond to the consultation ›",
               "Have your say: leave a comment", "Consultation and Engagement Team"],
        "tr": ["Açık kamuoyu görüşleri ve son tarihleri", "Görüş bildirin ›",
               "Fikrinizi yazın: yorum bırakın", "Belediye Halkla İlişkiler Birimi"],
        "de": ["Laufende Beteiligungsverfahren und Fristen", "Jetzt an der Beteiligung teilnehmen ›",
               "Ihre Meinung: Kommentar hinterlassen", "Team Bürgerbeteiligung"],
        "fr": ["Consultations en cours et dates de clôture", "Participer à la consultation ›",
               "Donnez votre avis : laissez un commentaire", "Service démocratie participative"],
        "es": ["Consultas abiertas y plazos", "Participa en la consulta ›",
               "Opina: deja tu comentario", "Oficina de Participación Ciudadana"],
        "ru": ["Открытые обсуждения и сроки", "Принять участие в обсуждении ›",
               "Ваше мнение: оставьте комментарий", "Отдел по работе с обращениями граждан"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"tapwater": [0, 1, 2, 3], "clubfinder": [0, 1, 2, 3], "consultboard": [0, 1, 2, 3]}
# the supply zones: zone, hardness, last test result
SUPPLY_ZONES = {
    "en": [("Brackenford North", "Hard (248 mg/l)", "Passed, 9 July"), ("Brackenford Town", "Hard (236 mg/l)", "Passed, 7 July"),
           ("Upper Hollins", "Moderately hard (171 mg/l)", "Passed, 2 July"), ("Sedge Moor villages", "Very hard (302 mg/l)", "Retest due, 16 July")],
    "tr": [("Kuzey bölgesi (tek günler)", "Orta sert, 18 °F", "Uygun, 1 Ağustos"), ("Güney bölgesi (çift günler)", "Sert, 27 °F", "Uygun, 30 Temmuz"),
           ("Akpınar köyleri", "Yumuşak, 9 °F", "Tekrar ölçülecek, 8 Ağustos")],
    "de": [("Brunnbach-Ort", "hart, 16,4 °dH", "einwandfrei, Probe vom 03.10.2026"), ("Mühlweg und Neubaugebiet", "mittel, 11,2 °dH", "einwandfrei, Probe vom 29.09.2026"),
           ("Aschau-Höfe", "weich, 6,8 °dH", "Nachprüfung am 14.10.2026")],
    "fr": [("Bourg de Saint-Vérand", "calcaire, 32 °f", "conforme, 12 mars"), ("Hameaux du plateau des Combes", "peu calcaire, 14 °f", "conforme, 4 mars"),
           ("Valbonne centre", "moyennement calcaire, 22 °f", "conforme, 28 avril")],
    "es": [("Cabecera comarcal", "dura, 312 mg/l", "apta, 18 de agosto"), ("Valdemora y Las Tejeras", "media, 190 mg/l", "suministro por cisterna"),
           ("Riberas del Gévora", "muy dura, 405 mg/l", "apta con turbidez, 14 de agosto")],
    "ru": [("Сосновка", "жёсткая, 7,9 °Ж", "норма по железу превышена, 28 апреля"), ("Центральный район", "средняя, 5,1 °Ж", "соответствует, 30 апреля"),
           ("Заречная сторона", "мягкая, 2,6 °Ж", "соответствует, 24 апреля")],
}
# the water company's card: label, value
WATER_COMPANY = {
    "en": [("Supply problems, 24 hours", "0800 900 4417"), ("Priority services register", "0800 900 4418"), ("Online", "severnmoorwater.example/help")],
    "tr": [("ALO Su arıza hattı", "0 (356) 900 44 17"), ("Abone işlemleri", "Belediye hizmet binası, zemin kat")],
    "de": [("Störungsdienst Wasser, rund um die Uhr", "07562 900 441"), ("Kundenzentrum", "Mühlweg 2, Mo–Fr 8–16 Uhr")],
    "fr": [("Urgences eau, 24 h/24", "04 00 90 44 17"), ("Accueil abonnés", "maison des services, lundi au vendredi de 9 h à 12 h")],
    "es": [("Averías, 24 horas", "924 900 441"), ("Oficina de atención", "plaza de España, 3, de 9 a 14 h")],
    "ru": [("Аварийно-диспетчерская служба", "8 (48342) 4-41-70"), ("Абонентский отдел", "улица Заводская, 12, пн–пт с 8:00 до 17:00")],
}
# clubs: club, sport, age groups, training nights
CLUB_LIST = {
    "en": [("Carrow Heath ABC", "Boxing", "11–19", "Mon to Sat"), ("Wendle Valley Harriers", "Athletics", "9 and over", "Tue, Thu"),
           ("Heath Rangers Girls FC", "Football", "Under-9s to under-16s", "Wed"), ("Carrow Swimming Club", "Swimming", "7 and over", "Mon, Fri")],
    "tr": [("Yeşilköy Gençlik Spor", "Voleybol", "10–16 yaş", "Salı ve Perşembe 16.30"), ("Eskiçarşı Güreş İhtisas", "Güreş", "8–18 yaş", "Pazartesi-Çarşamba-Cuma 18.00"),
           ("Kızılyurt Belediyespor", "Basketbol", "12–18 yaş", "Cumartesi sabahı 10.00")],
    "de": [("TSV Brunnbach 1898", "Kinderturnen", "3–10 Jahre", "Di, Do"), ("TSV Brunnbach 1898", "Rollstuhlbasketball", "ab 12 Jahren", "mittwochs ab 17 Uhr"),
           ("TTC Brunnbach", "Tischtennis", "ab 8 Jahren", "Mo, Fr"), ("SV Aschau", "Handball", "E- bis A-Jugend", "Di, Fr")],
    "fr": [("RC Valbonne-sur-Arve", "Rugby féminin", "dès 15 ans", "mardi, jeudi"), ("Valbonne Athlétisme", "Athlétisme", "dès 7 ans", "mercredi soir et samedi matin"),
           ("Judo Club de l'Arve", "Judo", "dès 5 ans", "lundi, vendredi")],
    "es": [("CD Torrebaja", "Fútbol sala", "benjamín a juvenil", "lunes y miércoles"), ("Club Natación Arlanza", "Natación", "desde 6 años", "martes y jueves"),
           ("CB Alto Gévora", "Baloncesto", "alevín a cadete", "viernes")],
    "ru": [("ДЮСШ «Олимп»", "Лыжные гонки", "с 8 лет", "вт, чт, сб"), ("Клуб «Ринг»", "Бокс", "10–17 лет", "пн, ср, пт"),
           ("Секция при Доме культуры", "Настольный теннис", "с 9 лет", "ср, сб")],
}
# the sports development team's card: label, value
SPORTS_TEAM = {
    "en": [("Sports development officer", "Lauren Mwangi"), ("Sports development line", "01632 960 254"), ("Email the sport team", "sport@carrowheath.example")],
    "tr": [("İlçe spor koordinatörü", "Serdar Aydemir"), ("İlçe spor hattı", "0 (356) 900 25 40")],
    "de": [("Ansprechpartner im Sportamt", "Tobias Reindl"), ("Sprechstunde im Sportamt", "Di und Do 9–12 Uhr, Rathaus, Zimmer 14")],
    "fr": [("Conseillère sport et jeunesse", "Élodie Serrault"), ("Permanence à la halle des sports", "le mercredi de 14 h à 17 h")],
    "es": [("Técnico de deportes", "Jaime Solana"), ("Teléfono del servicio de deportes", "924 900 254")],
    "ru": [("Специалист по спорту", "Ирина Мелехова"), ("Приём", "пн–чт с 9:00 до 17:00, кабинет 21")],
}
# open consultations: subject, closing date
OPEN_CONSULTATIONS = {
    "en": [("Household recycling centres review", "Closes 28 April"), ("20mph limit on residential roads", "Closes 28 November"),
           ("Draft local plan: sites for new homes", "Closes 9 March"), ("Library opening hours", "Closes 30 January")],
    "tr": [("Çarşı içi trafik düzenlemesi", "Son gün 30 Nisan"), ("Yeni pazar yeri projesi", "Son gün 15 Mayıs")],
    "de": [("Radverkehrskonzept 2030", "Frist bis 12.06.2026"), ("Bebauungsplan Mühlweg-Süd", "Frist bis 03.07.2026")],
    "fr": [("Révision du plan local d'urbanisme", "jusqu'au 30 juin"), ("Réaménagement de la place de la Mairie", "jusqu'au 15 mai"),
           ("Horaires de la médiathèque", "jusqu'au 31 mars")],
    "es": [("Peatonalización del casco antiguo", "Hasta el 15 de mayo"), ("Presupuestos participativos 2027", "Hasta el 30 de junio"),
           ("Ordenanza de terrazas", "Hasta el 2 de mayo")],
    "ru": [("Благоустройство сквера у Дома культуры", "до 20 мая"), ("Новая схема движения автобусов", "до 1 июня")],
}
# the consultation team's card: label, value
CONSULT_TEAM = {
    "en": [("Consultation team", "01632 960 512"), ("Post your response to", "Freepost Consultation, Council Offices"), ("Consultation inbox", "haveyoursay@council.example")],
    "tr": [("Halkla ilişkiler", "0 (356) 900 51 20"), ("Başvuru adresi", "Belediye binası birinci kat, 104 numaralı oda")],
    "de": [("Bürgerbeteiligung", "07562 900 512"), ("Beteiligungs-Postfach", "beteiligung@rathaus.example")],
    "fr": [("Service urbanisme", "04 00 90 51 20"), ("Courrier", "Monsieur le Maire, place de la Mairie")],
    "es": [("Participación Ciudadana", "924 900 512"), ("Registro municipal", "de 9 a 14 h, planta baja")],
    "ru": [("Приёмная администрации", "8 (48342) 5-12-00"), ("Почта для предложений", "obsuzhdenie@admin.example")],
}
WIDGET_ROWS = (("supply zones", SUPPLY_ZONES), ("water company", WATER_COMPANY), ("club list", CLUB_LIST),
               ("sports team", SPORTS_TEAM), ("open consultations", OPEN_CONSULTATIONS), ("consultation team", CONSULT_TEAM))


# headlines of the linked stories (related lists, sidebars, popular entries, "more news")
HEADLINES = {
    "en": ["Market square fountain working again after 15 years", "Headteacher steps down after 22 years at Holmfield Primary",
           "Two new GP surgeries promised for the growing east side", "Ring road roundabout to be rebuilt over the summer",
           "Choir raises \u00a39,000 for the hospice with a carol marathon", "Village hall gets solar panels and a new kitchen"],
    "tr": ["Çarşı meydanındaki çeşme 15 yıl sonra yeniden akıyor", "Okul müdürü 22 yıllık görevinden ayrıldı",
           "Doğu yakasına iki yeni aile sağlığı merkezi sözü", "Çevre yolundaki kavşak yaz boyunca yeniden yapılacak",
           "Koro, darülaceze için 90 bin lira topladı", "Köy konağına güneş paneli ve yeni mutfak"],
    "de": ["Marktbrunnen plätschert nach 15 Jahren wieder", "Rektorin verabschiedet sich nach 22 Jahren",
           "Zwei neue Hausarztpraxen für den wachsenden Osten versprochen", "Kreisel an der Umgehung wird im Sommer neu gebaut",
           "Chor singt 9.000 Euro für das Hospiz zusammen", "Dorfgemeinschaftshaus bekommt Solardach und neue Küche"],
    "fr": ["La fontaine de la place du marché coule de nouveau après quinze ans", "La directrice de l'école part après 22 ans",
           "Deux nouveaux cabinets médicaux promis dans les quartiers est", "Le rond-point de la rocade sera refait cet été",
           "La chorale récolte 9 000 euros pour les soins palliatifs", "La salle des fêtes s'équipe de panneaux solaires et d'une cuisine neuve"],
    "es": ["La fuente de la plaza del mercado vuelve a manar tras quince años", "El director del colegio se despide tras 22 cursos",
           "Prometen dos nuevos consultorios para la zona este", "La rotonda de la circunvalación se rehará en verano",
           "El coro recauda 9.000 euros para cuidados paliativos", "El centro social estrena placas solares y cocina nueva"],
    "ru": ["Фонтан на рыночной площади заработал спустя 15 лет", "Директор школы уходит после 22 лет работы",
           "В восточной части города обещают две новые амбулатории", "Кольцо на объездной перестроят летом",
           "Хор собрал 90 тысяч рублей для хосписа", "Сельский клуб получил солнечные панели и новую кухню"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["de"]
TEASERS = {
    "de": ["Ein Förderverein hat die Pumpe aus eigener Tasche bezahlt.",
           "Zum Abschied sangen alle vier Klassen ein Lied, das sie selbst geschrieben hatten.",
           "Die Kassenärztliche Vereinigung hat zwei Sitze freigegeben.",
           "Der Verkehr wird sechs Wochen lang über die Gewerbestraße umgeleitet.",
           "Zwölf Stunden lang wechselten sich 40 Sängerinnen und Sänger ab.",
           "Die Arbeiten haben Ehrenamtliche an elf Wochenenden erledigt."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["News from our valley towns", "Round the council chamber", "Police log and court list", "Schools and nurseries", "Grassroots sport round-up", "Valley diary: things to do", "Notices, tributes and anniversaries"],
               cookie="We use cookies and similar technologies to make this website work, to understand how you use it and to show you relevant advertising. Select Accept and continue to agree, or Settings to choose which cookies we may use.",
               accept="Fine by me, carry on", reject="I'll choose which ones", share="Share this story from the valley",
               related="Also worth your time from the valley", newsletter="Morning Headlines, in your inbox at 6.30am",
               subscribe="Get Morning Headlines", email="name@morning-headlines.example",
               comment_note="Comments are moderated. Be kind, stay on topic and do not post personal details.",
               closed="We have switched comments off on this valley report.",
               footer=["Reach the valley newsroom", "Complaints about our reporting", "Our data and cookie promise", "Advertise in the valley papers", "Site terms and comment rules"],
               rights="Content on this website is subject to copyright and may not be reproduced without permission.",
               commenters=[("HollinsRes", "The state of the roads round here, I'm not surprised."),
                           ("Bev from Upper Hollins", "Well done to everyone involved, great to read some good news.")]),
    "tr": dict(nav=["Vadideki ilçelerden", "Meclis salonundan notlar", "Polis, mahkeme ve adli haberler", "Okullar ve kreşler", "Amatör spordan notlar", "Vadide bu hafta ne var", "Vefat, anma ve ilanlar"],
               cookie="Bu sitenin çalışması, nasıl kullandığınızı anlamamız ve size ilgili reklamlar göstermemiz için çerezler ve benzeri teknolojiler kullanıyoruz. Kabul etmek için “Kabul et ve devam et”i, hangi çerezlere izin vereceğinizi seçmek için Ayarlar'ı seçin.",
               accept="Bana uyar, devam et", reject="Hangilerine izin vereceğimi seçeceğim", share="Vadiden bu haberi paylaşın",
               related="Vadiden okumaya değer diğer haberler", newsletter="Sabah Manşetleri, her gün 06.30'da e-postanızda",
               subscribe="Sabah Manşetleri'ni al", email="ad@sabah-mansetleri.example",
               comment_note="Yorumlar denetlenir. Nazik olun, konudan sapmayın ve kişisel bilgi paylaşmayın.",
               closed="Bu vadi haberine yorumları kapattık.",
               footer=["Vadi haber odasına ulaşın", "Haberlerimizle ilgili şikâyetler", "Veri ve çerez sözümüz", "Vadi gazetelerine reklam verin", "Site şartları ve yorum kuralları"],
               rights="Bu sitedeki içerikler telif hakkına tabidir ve izinsiz çoğaltılamaz.",
               commenters=[("kizilyurtlu_55", "Buradaki yolların haline bakınca hiç şaşırmadım."),
                           ("Yeşilovalı Fatma", "Emeği geçen herkesi tebrik ederim, güzel bir haber okumak iyi geldi.")]),
    "de": dict(nav=["Aus den Orten im Tal", "Aus dem Sitzungssaal", "Polizeibericht und Gerichtssaal", "Schulen und Kitas im Tal", "Vereinssport kompakt", "Talkalender: was man unternehmen kann", "Anzeigen, Nachrufe und Jubiläen"],
               cookie="Wir verwenden Cookies und ähnliche Technologien, damit diese Website funktioniert, um zu verstehen, wie Sie sie nutzen, und um Ihnen passende Werbung zu zeigen. Wählen Sie „Akzeptieren und weiter“, um zuzustimmen, oder Einstellungen, um selbst zu entscheiden.",
               accept="Einverstanden, zum Bericht", reject="Ich wähle einzeln aus", share="Diesen Bericht aus dem Tal teilen",
               related="Ebenfalls lesenswert aus dem Tal", newsletter="Morgenlage, um 6.30 Uhr in Ihrem Postfach",
               subscribe="Morgenlage bestellen", email="name@morgenlage.example",
               comment_note="Kommentare werden moderiert. Bleiben Sie freundlich und beim Thema und nennen Sie keine persönlichen Daten.",
               closed="Unter diesem Bericht aus dem Tal haben wir die Kommentare abgeschaltet.",
               footer=["So erreichen Sie die Talredaktion", "Beschwerden über unsere Berichte", "Wie wir mit Daten und Cookies umgehen", "Anzeigen in den Talzeitungen", "Seitenbedingungen und Kommentarregeln"],
               rights="Die Inhalte dieser Website sind urheberrechtlich geschützt und dürfen nicht ohne Erlaubnis vervielfältigt werden.",
               commenters=[("Brunnbacher_Bua", "Bei dem Zustand der Straßen hier wundert mich gar nichts mehr."),
                           ("Hilde aus Aschau", "Glückwunsch an alle, die mitgeholfen haben, schön, mal was Gutes zu lesen.")]),
    "fr": dict(nav=["Les communes de la vallée", "Conseil municipal en direct", "Gendarmerie et tribunal", "Écoles et crèches", "Le sport des clubs", "Que faire dans la vallée", "Avis, hommages et anniversaires"],
               cookie="Nous utilisons des cookies et technologies similaires pour faire fonctionner ce site, comprendre comment vous l'utilisez et vous montrer des publicités adaptées. Choisissez « Accepter et continuer » pour donner votre accord, ou Paramètres pour choisir.",
               accept="Ça me convient, on continue", reject="Je choisis au cas par cas", share="Partager ce reportage de la vallée",
               related="À lire aussi depuis la vallée", newsletter="Les Titres du matin, dans votre boîte à 6 h 30",
               subscribe="Recevoir les Titres du matin", email="nom@titres-du-matin.example",
               comment_note="Les commentaires sont modérés. Soyez bienveillant, restez dans le sujet et ne publiez pas de données personnelles.",
               closed="Nous avons fermé les commentaires sous ce reportage de la vallée.",
               footer=["Joindre la rédaction de la vallée", "Réclamations sur nos articles", "Ce que nous faisons de vos données et des cookies", "Annoncer dans les journaux de la vallée", "Conditions du site et règles des commentaires"],
               rights="Les contenus de ce site sont protégés par le droit d'auteur et ne peuvent être reproduits sans autorisation.",
               commenters=[("Jojo_de_l_Arve", "Vu l'état des routes par ici, ça ne m'étonne pas."),
                           ("Ginette L.", "Bravo à tous ceux qui ont participé, ça fait du bien de lire une bonne nouvelle.")]),
    "es": dict(nav=["Pueblos del valle", "Desde el salón de plenos", "Guardia Civil y juzgados", "Colegios y guarderías", "Deporte de los clubes", "Qué hacer en el valle", "Esquelas, homenajes y aniversarios"],
               cookie="Usamos cookies y tecnologías similares para que esta web funcione, entender cómo la usas y mostrarte publicidad relevante. Elige «Aceptar y continuar» para dar tu consentimiento o Configuración para decidir qué cookies admites.",
               accept="Me parece bien, seguir", reject="Elegiré una por una", share="Comparte esta crónica del valle",
               related="Más crónicas del valle que merecen la pena", newsletter="Titulares de la mañana, en tu correo a las 6.30",
               subscribe="Recibir los Titulares de la mañana", email="nombre@titulares-manana.example",
               comment_note="Los comentarios se moderan. Sé amable, no te salgas del tema y no publiques datos personales.",
               closed="Hemos cerrado los comentarios de esta crónica del valle.",
               footer=["Escribe a la redacción del valle", "Quejas sobre nuestras informaciones", "Qué hacemos con tus datos y las cookies", "Anúnciate en los periódicos del valle", "Condiciones de la web y normas de comentarios"],
               rights="Los contenidos de esta web están protegidos por derechos de autor y no pueden reproducirse sin permiso.",
               commenters=[("Manolo_Torrebaja", "Con cómo están las carreteras por aquí, no me extraña nada."),
                           ("Pili de Valdemora", "Enhorabuena a todos los que han participado, da gusto leer una buena noticia.")]),
    "ru": dict(nav=["Города и сёла долины", "Депутаты под присмотром", "Полиция, суды, происшествия района", "Школы и детсады долины", "Спорт во дворах и клубах", "Куда пойти в долине", "Объявления, память, юбилеи"],
               cookie="Мы используем cookie и похожие технологии, чтобы сайт работал, чтобы понимать, как вы им пользуетесь, и показывать подходящую рекламу. Нажмите «Принять и продолжить», чтобы согласиться, или «Настройки», чтобы выбрать самим.",
               accept="Меня устраивает, дальше", reject="Выберу по одной", share="Поделиться репортажем из долины",
               related="Ещё стоит прочитать из долины", newsletter="«Утренние заголовки» — в вашей почте в 6:30",
               subscribe="Получать «Утренние заголовки»", email="imya@utrennie-zagolovki.example",
               comment_note="Комментарии проходят модерацию. Будьте доброжелательны, пишите по теме и не публикуйте личные данные.",
               closed="Комментарии под этим репортажем из долины мы закрыли.",
               footer=["Написать в редакцию долины", "Жалобы на наши публикации", "Как мы обращаемся с данными и cookie", "Реклама в газетах долины", "Правила сайта и комментариев"],
               rights="Материалы сайта охраняются авторским правом и не могут воспроизводиться без разрешения.",
               commenters=[("pokrovsky_ded", "С нашими-то дорогами ничему не удивляюсь."),
                           ("Люся с Покровской", "Спасибо всем, кто участвовал, приятно прочитать хорошую новость.")]),
}
UI66 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "MORE FROM THE WENDLE VALLEY STANDARD:"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"en": "{name} writes long reads about the people and places of the valley for {site}, and edits the {section} section. Ideas welcome at longreads@gorselane-journal.example"},
    (mp4, "READMORE"): {"fr": "À LIRE AUSSI DANS LE RÉVEIL :"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"en": dict(also="More from the Messenger")},
    (mp6, "TYPO3"): {"fr": dict(ext="Présentation du PLU en vidéo (YouTube)",
                                note="Une vidéo de présentation de la révision du plan local d'urbanisme est intégrée ici. Elle ne se charge depuis YouTube qu'après votre accord ; YouTube reçoit alors des données sur votre visite.",
                                button="Accepter et voir la présentation du PLU", by="Publié par le", search="Rechercher sur saint-verand-sur-loise.example",
                                lang_menu="Saint-Vérand en facile à lire")},
    (mp7, "SANITY"): {"en": dict(nl_title="The Lantern Lunchtime", nl_text="Oakhurst's news at one o'clock, every weekday, in a single short email.",
                                 nl_button="Send me The Lantern Lunchtime", nl_placeholder="Your email for The Lantern Lunchtime")},
    (mp11, "HUGO"): {"tr": dict(nl_title="Kızılyurt Haftası", nl_text="Her pazartesi sabahı, şehirde bir hafta içinde olan biten her şey tek bir e-postada.",
                                nl_label="Kızılyurt Haftası için e-posta adresiniz", nl_button="Kızılyurt Haftası'na abone ol")},
    (mp13, "PUB_NAV"): {"de": ["Neu in der Nordstadt", "Menschen im Viertel", "Läden und Werkstätten", "Die Notizen unterstützen"]},
    (mp13, "TEASERS"): {"de": TEASERS["de"]},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Ольховый Кут — наше село на сайте",
                                menu=["Ольховый Кут: главная", "Что нового в Ольховом Куте", "Доска объявлений старосты Ольхового Кута", "Ольховый Кут в прошлом веке",
                                      "Фото из Ольхового Кута", "Вопрос старосте Ольхового Кута"],
                                cats=["Что нового в Ольховом Куте", "Дела всем Ольховым Кутом", "Доска объявлений старосты Ольхового Кута"],
                                friends=["Начальная школа Ольхового Кута", "Фермерское хозяйство Н. Лаптева", "Сельский клуб «Ольшанка»"],
                                footer="Село Ольховый Кут © 2026 · сайт ведут сами жители Ольхового Кута",
                                poster="olhkut_starosta", tags=["детская площадка", "всем селом"],
                                commenters=[("Зина_Ольховская", "Молодцы, мужики! Внуки теперь с площадки не уходят."),
                                            ("Саша_из_Твери", "Приеду летом — помогу с фонарями, я электрик.")],
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
# the new layout: a county weekly's or a regional news magazine's site built on ExpressionEngine 7, as it serves a
# channel entry page: the head with the theme's /themes/user/site/default/css/ and /js/ files, the og: metas and the
# canonical link; the header with the logo and tagline, the simple search form posting to the search module's action
# (hidden ACT, RES, meta, site_id, csrf_token, the "keywords" input) and the main menu (ul.nav with li.has-sub and
# ul.sub-menu); the breadcrumbs; the entry template: the category link, h1.entry-title, p.entry-summary, the byline
# span.entry-author and time.entry-date, the lead image (figure.entry-image with its caption and credit), the rich-text
# field in div.entry-body as the Rich Text Editor (CKEditor 5) writes it (p, h2, strong / em, the background-colour
# span, blockquote, ul / ol, <br>, figure.table, figure.image with its figcaption -- this layout's own residue in the
# container); after the body the categories, the share links, the author card, "Related entries", the comments (the
# readers' comments and the comment module's form) and the mailing-list form; the sidebar (popular entries, archives by
# month, the ad slot); the footer ("Cookie policy", "Contact", copyright, "Powered by ExpressionEngine") and the
# consent module's cookie banner; then the theme's JS
# --------------------------------------------------------------------------
# ExpressionEngine's and the theme's generic strings, per language (not checked)
EE_CORE = {
    "en": dict(skip="Skip to content", search="Search", home="Home", news="News", by="By", menu="Menu",
               crumb="Breadcrumb", categories="Posted in", share="Share", related="Related entries",
               comments="Comments", leave="Leave a comment", name="Name", email="Email", location="Location",
               comment="Comment", remember="Remember my personal information",
               notify="Notify me of follow-up comments?", submit="Submit", nl_title="Subscribe to our newsletter",
               nl_button="Subscribe", nl_email="Your email address", popular="Popular entries", archives="Archives",
               advert="Advertisement", cookie_policy="Cookie policy", contact="Contact", privacy="Privacy policy",
               powered="Powered by ExpressionEngine", about_author="About the author", posted="Posted",
               c_title="Cookies", c_func="Functionality cookies", c_perf="Performance cookies", c_target="Targeting cookies",
               c_accept="Accept all", c_necessary="Only necessary", c_save="Save my choices", read_more="Read more",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"]),
    "ru": dict(skip="Перейти к содержимому", search="Поиск", home="Главная", news="Новости", by="Автор:", menu="Меню",
               crumb="Навигация", categories="Рубрики", share="Поделиться", related="Похожие записи",
               comments="Комментарии", leave="Оставить комментарий", name="Имя", email="Email", location="Город",
               comment="Комментарий", remember="Запомнить мои данные",
               notify="Уведомлять о новых комментариях?", submit="Отправить", nl_title="Подпишитесь на рассылку",
               nl_button="Подписаться", nl_email="Ваш адрес электронной почты", popular="Популярное", archives="Архив",
               advert="Реклама", cookie_policy="Политика cookie", contact="Контакты", privacy="Политика конфиденциальности",
               powered="Работает на ExpressionEngine", about_author="Об авторе", posted="Опубликовано",
               c_title="Файлы cookie", c_func="Функциональные cookie", c_perf="Аналитические cookie", c_target="Рекламные cookie",
               c_accept="Принять все", c_necessary="Только необходимые", c_save="Сохранить выбор", read_more="Читать далее",
               months=["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                       "октября", "ноября", "декабря"]),
}
EE_MONTHS_NOM = {"en": EE_CORE["en"]["months"],
                 "ru": ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь",
                        "Ноябрь", "Декабрь"]}
# the sites' own strings: domain, theme and ids (exempt), the logo's alt text, the tagline, the menu with its
# sub-menus, the entry's categories, the author's card, the newsletter text, the readers' comments, the footer columns,
# address and copyright, the consent banner's wording
EE_SITES = {
    "Kestrel Vale Mercury": dict(
        domain="www.kestrelvalemercury.example", gid="G-KV7M2Q4XRP", slot="/21877/kvmercury/news_mpu",
        logo="Kestrel Vale Mercury, serving Brackenford and the Hollins since 1874", tagline="Your weekly paper for Brackenford, the Hollins and the Sedge Moor villages",
        menu=[("Brackenford news", "/news", [("Brackenford town centre", "/news/category/town-centre"), ("The Hollins villages", "/news/category/hollins"),
                                              ("Courts and inquests", "/news/category/courts")]),
              ("Mercury sport", "/sport", [("Brackenford Town FC", "/sport/category/town-fc"), ("Club cricket", "/sport/category/cricket")]),
              ("Hollins history", "/history", []), ("Family notices in the Mercury", "/notices", []), ("Buy this week's Mercury", "/shop", [])],
        cats=[("Brackenford news", "brackenford-news"), ("Water and utilities", "water-utilities")],
        author="{by} has covered Brackenford and the Hollins for the Mercury since 2017 and writes the weekly Parish Pump column.",
        newsletter="The Mercury Midweek: the best of the paper every Wednesday evening, free.",
        commenters=[("Coppice Lane resident", "16 Jul 2026", "Ours came back on at 5pm on Tuesday, brown for the first hour. Thank you to the scouts who brought water round."),
                    ("Graham H.", "17 Jul 2026", "Third burst on that stretch in ten years. When are they going to replace the whole main?")],
        footer=[("The Mercury", [("Our newsroom and editors", "/about/newsroom"), ("Send the Mercury your news", "/about/send-news"), ("Mercury archive 1874-1999", "/archive")]),
                ("Advertising in the Mercury", [("Display and classified adverts", "/advertise"), ("Place a notice in the Mercury", "/notices/place")]),
                ("Getting the Mercury", [("Newsagents stocking the Mercury", "/stockists"), ("Postal subscriptions", "/subscribe")])],
        address="Kestrel Vale Mercury, 14 Sheep Street, Brackenford BK4 2LR",
        copyright="© 2026 Kestrel Vale Newspapers Ltd, company number 00938122, registered in England and Wales",
        banner="The Mercury uses cookies to keep this site running, to see which stories are read and to show adverts that help pay for local reporting. You can change your choice at any time from the cookie policy page."),
    "Междуречье сегодня": dict(
        domain="mezhdurechye-segodnya.example", gid="G-MZ4R8T1KWD", slot="/21877/mezhdurechye/news_mpu",
        logo="«Междуречье сегодня» — новости Краснопольска и района", tagline="Городской журнал Краснопольска: новости, люди, история",
        menu=[("Новости Краснопольска", "/news", [("Городское хозяйство Краснопольска", "/news/category/zhkh"), ("Сосновка и Заречная сторона", "/news/category/raiony"),
                                                   ("Дороги и транспорт Краснопольска", "/news/category/transport")]),
              ("Люди Междуречья", "/people", [("Интервью недели", "/people/category/interview"), ("Наши земляки", "/people/category/zemlyaki")]),
              ("Краснопольск в старых фото", "/history", []), ("Афиша Дома культуры", "/afisha", []), ("Журнал в PDF", "/pdf", [])],
        cats=[("Городское хозяйство Краснопольска", "zhkh"), ("Микрорайон Сосновка", "sosnovka")],
        author="{by} пишет о городском хозяйстве Краснопольска с 2015 года и ведёт рубрику «Вопрос к мэрии».",
        newsletter="«Междуречье за неделю» — главные новости города по пятницам, без рекламы.",
        commenters=[("Нина Фёдоровна", "06.05.2026", "Наконец-то! Двадцать лет фильтры меняли каждые два месяца."),
                    ("Андрей, ул. Садовая", "07.05.2026", "Лишь бы двор потом закопали, как обещают, а то в прошлый раз ждали до осени.")],
        footer=[("Журнал", [("Редакция «Междуречья»", "/about"), ("Прислать новость в «Междуречье»", "/about/news"), ("Вакансии редакции", "/about/jobs")]),
                ("Реклама в «Междуречье»", [("Размещение рекламы в журнале", "/reklama"), ("Частные объявления краснопольцев", "/obyavleniya")]),
                ("Читателям «Междуречья»", [("Где купить свежий номер", "/gde-kupit"), ("Подписка на журнал", "/podpiska")])],
        address="Редакция «Междуречье сегодня»: г. Краснопольск, ул. Советская, 27, офис 4",
        copyright="© 2026 «Междуречье сегодня». Свидетельство о регистрации СМИ ЭЛ № ФС 77-00000, знак информационной продукции 16+",
        banner="«Междуречье сегодня» использует cookie, чтобы сайт работал, чтобы считать посещения и показывать рекламу, на которую живёт редакция. Изменить выбор можно в любой момент на странице о политике cookie."),
}
EE_EXEMPT = {"domain", "gid", "slot"}  # (ids)


def ee_slug(text):
    import unicodedata
    tr = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
                        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
                        "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "",
                        "э": "e", "ю": "yu", "я": "ya"})
    t = mp.inline_text(text).lower().translate(tr)
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:72]


def ee_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    months = EE_CORE[lang]["months"]
    return ("%d %s %d" % (d, months[m - 1], y)) if lang == "en" else ("%d %s %d г." % (d, months[m - 1], y))


def ee_table(rows):
    # a table inserted with the Rich Text Editor (CKEditor 5): figure.table, the first row as the head
    head = "".join("<th>%s</th>" % mp.inline_html(c) for c in rows[0])
    body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % mp.inline_html(c) for c in r) for r in rows[1:])
    return '<figure class="table"><table><thead><tr>%s</tr></thead><tbody>%s</tbody></table></figure>' % (head, body)


def ee_block(kind, val):
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    if kind == "table":
        return ee_table(val)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def ee_menu(items):
    lis = []
    for label, href, children in items:
        if children:
            kids = "".join('<li><a href="%s">%s</a></li>' % (h, E(t)) for t, h in children)
            lis.append('<li class="has-sub"><a href="%s" aria-haspopup="true">%s</a>\n<ul class="sub-menu">%s</ul>\n</li>' % (
                href, E(label), kids))
        else:
            lis.append('<li><a href="%s">%s</a></li>' % (href, E(label)))
    return "\n".join(lis)


def ee_hidden(pairs):
    return '<div class="hiddenFields">\n%s\n</div>' % "\n".join(
        '<input type="hidden" name="%s" value="%s">' % (n, v) for n, v in pairs)


def tpl_expressionengine(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = EE_CORE[lang], EE_SITES[site]
    host = "https://" + s["domain"]
    url_title = ee_slug(art["title"])
    path = "/news/entry/" + url_title
    url = host + path
    entry_id = rng.randint(1800, 9800)
    csrf = "%040x" % rng.getrandbits(160)
    ver = "%d" % rng.randint(1700000000, 1790000000)
    y, m, d = (int(x) for x in art["date"].split("-"))
    hh, mm = rng.randint(6, 18), rng.randint(0, 59)
    iso = "%sT%02d:%02d:00+%s" % (art["date"], hh, mm, "01:00" if lang == "en" else "03:00")
    img = "/images/uploads/news/%d/%s.jpg" % (y, url_title[:40])
    blocks, n = art["blocks"], len(art["blocks"])
    # the rich-text field: the first block, the image the editor put in with its caption, the rest
    body = placed.get(0, []) + [ee_block(*blocks[0])]
    body.append('<figure class="image"><img src="/images/uploads/news/%d/%s-2.jpg" alt="%s" width="1200" height="800"><figcaption>%s %s</figcaption></figure>' % (
        y, url_title[:40], A(art["body_caption"]), E(art["body_caption"]), E(art["credit"])))
    for i in range(1, n + 1):
        body.extend(placed.get(i, []))
        if i < n:
            body.append(ee_block(*blocks[i]))
    cats = [(art["section"], ee_slug(art["section"]))] + s["cats"]
    cat_links = "".join('<li><a href="/news/category/%s">%s</a></li>' % (sl, E(t)) for t, sl in cats)
    share = "".join('<li><a class="share-%s" href="%s" target="_blank" rel="noopener">%s</a></li>' % (k.lower(), h, E(k)) for k, h in (
        ("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url), ("X", "https://x.com/intent/post?url=" + url),
        ("WhatsApp", "https://wa.me/?text=" + url), ("Email", "mailto:?subject=%s&amp;body=%s" % (A(art["title"]), url))))
    heads = rng.sample(HEADLINES[lang], 6)
    related = "\n".join('<li><a href="/news/entry/%s">%s</a></li>' % (ee_slug(h), E(h)) for h in heads[:3])
    popular = "\n".join('<li><a href="/news/entry/%s">%s</a></li>' % (ee_slug(h), E(h)) for h in heads[3:])
    months = []
    yy, mo = y, m
    for _ in range(6):
        months.append('<li><a href="/news/archive/%d/%02d">%s %d</a></li>' % (yy, mo, E(EE_MONTHS_NOM[lang][mo - 1]), yy))
        yy, mo = (yy, mo - 1) if mo > 1 else (yy - 1, 12)
    comments = "\n".join(
        '<li class="comment" id="comment-%d"><p class="comment-meta"><strong class="comment-author">%s</strong> <span class="comment-date">%s</span></p>'
        '<div class="comment-body"><p>%s</p></div></li>' % (rng.randint(20000, 90000), E(who), E(when), E(text))
        for who, when, text in s["commenters"])
    footer_cols = "\n".join('<div class="footer-col"><h3>%s</h3><ul>%s</ul></div>' % (
        E(head), "".join('<li><a href="%s">%s</a></li>' % (h, E(t)) for t, h in links)) for head, links in s["footer"])
    meta = base64.b64encode(hashlib.sha256((art["id"] + "search").encode()).digest() * 2).decode()
    author_slug = ee_slug(art["byline"])
    bio = s["author"].replace("{by}", art["byline"])
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(art["title"])} | {E(site)}</title>
<meta name="description" content="{A(art["sub"])}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{A(site)}">
<meta property="og:title" content="{A(art["title"])}">
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{host}{img}">
<meta property="article:published_time" content="{iso}">
<meta name="twitter:card" content="summary_large_image">
<link rel="icon" href="/themes/user/site/default/img/favicon.png">
<link rel="stylesheet" href="/themes/user/site/default/css/main.min.css?v={ver}">
<link rel="stylesheet" href="/themes/user/site/default/css/entry.min.css?v={ver}">
<link rel="stylesheet" href="/themes/user/site/default/css/print.css?v={ver}" media="print">
<script src="/themes/user/site/default/js/vendor/jquery-3.7.1.min.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id={s["gid"]}"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('consent', 'default', {{'analytics_storage': 'denied', 'ad_storage': 'denied'}});gtag('js', new Date());gtag('config', '{s["gid"]}');</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.googletag = window.googletag || {{cmd: []}};googletag.cmd.push(function() {{googletag.defineSlot('{s["slot"]}', [300, 250], 'div-gpt-ad-sidebar-1').addService(googletag.pubads());googletag.enableServices();}});</script>
</head>
<body class="template-entry channel-news">
<a class="skip-link" href="#content">{E(c["skip"])}</a>
<header class="site-header">
<div class="site-header__inner container">
<a class="site-logo" href="{host}/"><img src="/themes/user/site/default/img/logo.svg" alt="{A(s["logo"])}" width="260" height="56"></a>
<p class="site-tagline">{E(s["tagline"])}</p>
<form class="site-search" method="post" action="{host}/">
{ee_hidden([("ACT", "11"), ("RES", ""), ("meta", meta), ("site_id", "1"), ("csrf_token", csrf)])}
<label for="keywords" class="visually-hidden">{E(c["search"])}</label>
<input type="text" name="keywords" id="keywords" value="" size="18" maxlength="100" placeholder="{A(c["search"])}">
<button type="submit" class="site-search__submit">{E(c["search"])}</button>
</form>
<button class="nav-toggle" aria-controls="main-nav" aria-expanded="false">{E(c["menu"])}</button>
</div>
<nav class="main-nav" id="main-nav" aria-label="{A(c["menu"])}">
<ul class="nav">
{ee_menu(s["menu"])}
</ul>
</nav>
</header>
<div class="container layout layout--sidebar">
<main id="content" class="layout__main">
<nav class="breadcrumbs" aria-label="{A(c["crumb"])}">
<ol>
<li><a href="{host}/">{E(c["home"])}</a></li>
<li><a href="{host}/news">{E(c["news"])}</a></li>
<li><a href="{host}/news/category/{ee_slug(art["section"])}">{E(art["section"])}</a></li>
<li aria-current="page">{E(art["title"])}</li>
</ol>
</nav>
<article class="entry entry--news" id="entry-{entry_id}">
<header class="entry-header">
<p class="entry-category"><a href="/news/category/{ee_slug(art["section"])}">{E(art["section"])}</a></p>
<h1 class="entry-title">{E(art["title"])}</h1>
<p class="entry-summary">{E(art["sub"])}</p>
<div class="entry-meta">
<span class="entry-author">{E(c["by"])} <a href="/authors/{author_slug}">{E(art["byline"])}</a></span>
<time class="entry-date" datetime="{iso}">{E(ee_date(lang, art["date"]))}</time>
</div>
</header>
<figure class="entry-image">
<img src="{img}" alt="{A(art["caption"])}" width="1200" height="675">
<figcaption><span class="entry-image__caption">{E(art["caption"])}</span> <span class="entry-image__credit">{E(art["credit"])}</span></figcaption>
</figure>
<div class="entry-body">
{chr(10).join(body)}
</div>
<footer class="entry-footer">
<div class="entry-categories"><span class="entry-categories__label">{E(c["categories"])}</span>
<ul>{cat_links}</ul></div>
<div class="entry-share"><span class="entry-share__label">{E(c["share"])}</span>
<ul>{share}</ul></div>
</footer>
<aside class="author-card">
<img class="author-card__photo" src="/images/uploads/authors/{author_slug}.jpg" alt="" width="96" height="96">
<div class="author-card__text"><h2 class="author-card__title">{E(c["about_author"])}</h2>
<p class="author-card__name"><a href="/authors/{author_slug}">{E(art["byline"])}</a></p>
<p class="author-card__bio">{E(bio)}</p></div>
</aside>
</article>
<section class="related-entries">
<h2>{E(c["related"])}</h2>
<ul>
{related}
</ul>
</section>
<section class="comments" id="comments">
<h2>{E(c["comments"])} ({len(s["commenters"])})</h2>
<ol class="comment-list">
{comments}
</ol>
<h3>{E(c["leave"])}</h3>
<form id="comment_form" class="comment-form" method="post" action="{host}/">
{ee_hidden([("ACT", "14"), ("RET", url), ("URI", path.lstrip("/")), ("PRV", ""), ("entry_id", str(entry_id)), ("site_id", "1"), ("csrf_token", csrf)])}
<p><label for="name">{E(c["name"])}</label><input type="text" name="name" id="name" value="" size="50"></p>
<p><label for="email">{E(c["email"])}</label><input type="email" name="email" id="email" value="" size="50"></p>
<p><label for="location">{E(c["location"])}</label><input type="text" name="location" id="location" value="" size="50"></p>
<p><label for="comment">{E(c["comment"])}</label><textarea name="comment" id="comment" cols="70" rows="10"></textarea></p>
<p><label><input type="checkbox" name="save_info" value="yes"> {E(c["remember"])}</label></p>
<p><label><input type="checkbox" name="notify_me" value="yes"> {E(c["notify"])}</label></p>
<p><input type="submit" name="submit" value="{A(c["submit"])}"></p>
</form>
</section>
<section class="newsletter-signup">
<h2>{E(c["nl_title"])}</h2>
<p>{E(s["newsletter"])}</p>
<form id="mailinglist_form" method="post" action="{host}/">
{ee_hidden([("ACT", "9"), ("RET", url), ("list", "newsletter"), ("site_id", "1"), ("csrf_token", csrf)])}
<label for="ml-email" class="visually-hidden">{E(c["nl_email"])}</label>
<input type="email" name="email" id="ml-email" value="" placeholder="{A(c["nl_email"])}">
<input type="submit" value="{A(c["nl_button"])}">
</form>
</section>
</main>
<aside class="layout__sidebar sidebar">
<section class="widget widget--popular"><h2 class="widget__title">{E(c["popular"])}</h2>
<ol>
{popular}
</ol></section>
<section class="widget widget--archives"><h2 class="widget__title">{E(c["archives"])}</h2>
<ul>
{chr(10).join(months)}
</ul></section>
<section class="widget widget--ad"><p class="widget__label">{E(c["advert"])}</p>
<div id="div-gpt-ad-sidebar-1" style="min-width: 300px; min-height: 250px;"><script>googletag.cmd.push(function() {{ googletag.display('div-gpt-ad-sidebar-1'); }});</script></div></section>
</aside>
</div>
<footer class="site-footer">
<div class="container site-footer__cols">
{footer_cols}
</div>
<div class="container site-footer__bottom">
<ul class="site-footer__links"><li><a href="/cookie-policy">{E(c["cookie_policy"])}</a></li><li><a href="/privacy">{E(c["privacy"])}</a></li><li><a href="/contact">{E(c["contact"])}</a></li></ul>
<p class="site-footer__address">{E(s["address"])}</p>
<p class="site-footer__copyright">{E(s["copyright"])}</p>
<p class="site-footer__powered"><a href="https://expressionengine.com/" rel="nofollow">{E(c["powered"])}</a></p>
</div>
</footer>
<div class="cookie-consent" id="cookie-consent" role="dialog" aria-labelledby="cookie-consent-title" aria-live="polite">
<form class="cookie-consent__form" method="post" action="{host}/">
{ee_hidden([("ACT", "22"), ("RET", url), ("consent_form_uri", path.lstrip("/")), ("site_id", "1"), ("csrf_token", csrf)])}
<h2 id="cookie-consent-title">{E(c["c_title"])}</h2>
<p class="cookie-consent__text">{E(s["banner"])} <a href="/cookie-policy">{E(c["cookie_policy"])}</a></p>
<ul class="cookie-consent__choices">
<li><label><input type="checkbox" name="ee:cookies_functionality" value="y"> {E(c["c_func"])}</label></li>
<li><label><input type="checkbox" name="ee:cookies_performance" value="y"> {E(c["c_perf"])}</label></li>
<li><label><input type="checkbox" name="ee:cookies_targeting" value="y"> {E(c["c_target"])}</label></li>
</ul>
<button type="submit" name="consent" value="all" class="cookie-consent__accept">{E(c["c_accept"])}</button>
<button type="submit" name="consent" value="necessary" class="cookie-consent__necessary">{E(c["c_necessary"])}</button>
<button type="submit" name="consent" value="save" class="cookie-consent__save">{E(c["c_save"])}</button>
</form>
</div>
<script src="/themes/user/site/default/js/main.min.js?v={ver}"></script>
<script src="/themes/user/site/default/js/cookie-consent.js?v={ver}"></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"expressionengine": ["caption"]}  # the rich-text body's image with its figcaption and credit
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "tapwater", "clubfinder", "consultboard"]
NEW_FAMILIES = ["tapwater", "clubfinder", "consultboard"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"tapwater": ["tap-water", "tap water", "water supply", "supply zone", "discoloured water", "water hardness",
                                 "last test result", "check your supply"],
                    "clubfinder": ["club finder", "club-finder", "find a club", "clubs by sport", "free session",
                                   "sports development", "training nights"],
                    "consultboard": ["consultation board", "open consultations", "respond to the consultation",
                                     "consultation team", "have your say form", "closing dates of consultations"]}
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
    "cookie": ['<div class="cookie-gated-frame-kv"><p class="cookie-gated-frame-kv__msg">%s</p><a class="cookie-gated-frame-kv__settings" href="#cookie-settings">&#9881;</a></div>',
               '<p class="needs-cookies-note">%s</p>', '<div><i>%s</i></div>'],
    "newsletter": ['<div class="friday-roundup-cta"><p class="friday-roundup-cta__txt">%s</p><a class="friday-roundup-cta__btn" href="/friday-roundup">&#9993;</a></div>',
                   '<p class="third-free-story-meter">%s</p>', '<h4 class="roundup-signup-hd">%s</h4>', '<p><strong><a href="/chip-in">%s</a></strong></p>'],
    "share": ['<ul class="pass-on-list">{items}</ul>', '<div class="send-story-strip">%s</div>', '<p><a href="#pass-on">%s</a></p>'],
    "photo": ['<p class="club-supplied-img">%s</p>', '<span class="submitted-pic-tag">%s</span>', '<div><small>%s</small></div>'],
    "copyright": ['<p class="no-redistribute-line">%s</p>', '<div class="no-copying-consent-kv"><small>%s</small></div>', '<div><em>%s</em></div>'],
    "section": ['<p class="section-week-more">%s</p>', '<h6 class="section-onepage-hd">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="star-break-row">%s</p>', '<div class="diamond-dash-gap">%s</div>', '<div style="text-align: center;">%s</div>'],
    "credit": ['<p class="extra-reporting-credit-kv">%s</p>', '<div class="sportsdesk-credit-note">%s</div>', '<div><small><i>%s</i></small></div>'],
    "title": ['<p class="repeat-hed-p-kv"><strong>%s</strong></p>', '<h2 class="repeat-hed-h2-kv">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="paid-promo-label">%s</div>', '<p class="advertise-here-line">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="story-goes-on"><a href="#rest-of-story">%s</a></p>', '<div class="unfold-remainder-bar">%s</div>', '<div><a href="#rest-of-story">%s</a></div>'],
    "comments": ['<p class="readers-commented-link"><a href="#reader-comments">%s</a></p>', '<div class="comment-total-pill">%s</div>', '<div><a href="#reader-comments">%s</a></div>'],
    "readtime": ['<p class="mins-roughly-badge">%s</p>', '<span class="min-read-badge">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="amended-time-stamp-kv"><time>%s</time></p>', '<div class="new-info-stamp">%s</div>', '<div><small><i>%s</i></small></div>'],
    "audio": ['<div class="narrated-report-player"><button class="narrated-report-player__play" aria-label="Play"></button><span class="narrated-report-player__txt">%s</span></div>',
              '<p class="prefer-listen-link"><a href="#read-aloud">%s</a></p>', '<div><a href="#read-aloud">%s</a></div>'],
    "correction": ['<aside class="amended-since-box"><p>%s</p></aside>', '<p class="amended-since-line"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="puzzles-app-promo"><p class="puzzles-app-promo__txt">%s</p><a class="puzzles-app-promo__get" href="/app">&#8595;</a></div>',
            '<p class="app-open-this-kv">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="reporter-office-box-kv"><p class="reporter-office-box-kv__txt">%s</p></div>', '<p class="reporter-all-stories-kv"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "tip": ['<div class="vale-inbox-tip-box"><p class="vale-inbox-tip-box__txt">%s</p></div>', '<p class="newsdesk-text-line">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="slip-in-copy-hint"><p>%s</p></div>', '<p class="slip-in-copy-line">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="news-alert-optin"><p class="news-alert-optin__q">%s</p></div>', '<p class="news-alert-line">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="report-print-tools-kv">{items}</ul>', '<p class="print-page-link"><a href="?print=1">%s</a></p>',
              '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="worth-time-box-kv"><p class="worth-time-box-kv__q">%s</p></div>', '<p class="worth-time-line-kv">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="regulated-by-note"><p>%s</p></div>', '<p class="readers-editor-strip"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="topic-chips-row"><span class="topic-chips-row__txt">%s</span></div>', '<p class="topic-updates-line">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="my-list-heart-btn"><a class="my-list-heart-btn__a" href="#reading-list">%s</a></div>',
                 '<p class="my-list-heart-line"><a href="#reading-list">%s</a></p>', '<div><a href="#reading-list">%s</a></div>'],
    "poll": ['<div class="quick-poll-card"><p class="quick-poll-card__q">%s</p><button class="quick-poll-card__btn" type="button">&#10004;</button></div>',
             '<h6 class="quick-poll-hd">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/H{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/H{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-click-load"><a class="yt-click-load__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="all-photos-link-bar"><a class="all-photos-link-bar__a" href="#photos">%s</a></div>',
                '<p class="gallery-count-line">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="leaflet-embed-k"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="600" height="340" loading="lazy"></iframe><p class="leaflet-embed-k__links">%s</p></div>',
            '<figure class="map-still-k"><img src="/maps/{k}.png" alt="" width="600" height="380"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="date-save-links">{items}</ul>', '<p class="email-remind-line"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="date-save-bar"><span class="date-save-bar__label">%s</span></div>'],
    "scores": ['<div class="scores-fixtures-link"><a class="scores-fixtures-link__a" href="/sport/fixtures">%s</a></div>',
               '<ul class="stats-tabs-k">{items}</ul>', '<div><a href="/sport/fixtures"><b>%s</b></a></div>'],
    # the three families new in this part ({postcode}: the supply checker's postcode field; {zones}: the supply zones
    # as a table; {company}: the water company as a definition list; {clubfields}: the club finder's sport and postcode
    # fields; {clubs}: the clubs by sport as a table; {sportsteam}: the sports development team as a definition list;
    # {consultations}: the open consultations as a table; {comment}: the comment box; {consultteam}: the consultation
    # team as a definition list)
    "tapwater": ['<form class="supply-lookup-form" action="/water/check-my-supply" method="get"><p class="supply-lookup-form__hd"><strong>%s</strong></p>{postcode}<button type="submit">&#10140;</button></form>',
                 '<div class="zone-quality-table"><h4 class="zone-quality-table__hd">%s</h4><table class="zone-quality-table__grid">{zones}</table></div>',
                 '<p class="discoloured-report-link"><a href="/water/report-a-problem">%s</a></p>',
                 '<div class="water-co-card"><p class="water-co-card__hd"><b>%s</b></p><dl class="water-co-card__list">{company}</dl></div>'],
    "clubfinder": ['<form class="club-search-box" action="/sport/clubs/search" method="get"><h5 class="club-search-box__hd">%s</h5>{clubfields}<button type="submit">&#128269;</button></form>',
                   '<div class="clubs-by-sport"><h4 class="clubs-by-sport__hd">%s</h4><table class="clubs-by-sport__grid">{clubs}</table></div>',
                   '<p class="taster-session-link"><a href="/sport/clubs/free-taster">%s</a></p>',
                   '<div class="sportdev-team-card"><p class="sportdev-team-card__hd"><strong>%s</strong></p><dl class="sportdev-team-card__list">{sportsteam}</dl></div>'],
    "consultboard": ['<div class="consult-open-list"><h4 class="consult-open-list__hd">%s</h4><table class="consult-open-list__grid">{consultations}</table></div>',
                     '<p class="consult-respond-link"><a href="/consultations/respond">%s</a></p>',
                     '<form class="say-comment-form" action="/consultations/comment" method="post"><h5 class="say-comment-form__hd">%s</h5>{comment}<button type="submit">&#10003;</button></form>',
                     '<div class="engagement-team-card"><p class="engagement-team-card__hd"><b>%s</b></p><dl class="engagement-team-card__list">{consultteam}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>(%s)</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/friday-roundup"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#pass-on">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "tapwater": (0.7, [' <a href="/water/report-a-problem"><b>%s</b></a>']),
          "clubfinder": (0.7, ['<br><a href="/sport/clubs/free-taster"><strong>%s</strong></a>']),
          "consultboard": (0.7, ['<br><a href="/consultations/respond">%s</a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# discoloured-water link, the free-session link and the respond link, not the tables, forms or cards)
INLINE_WORDING = {"newsletter": 0, "tapwater": 2, "clubfinder": 2, "consultboard": 1}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="story-inline-pic"><img src="/media/{id}-4.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-inline.jpg" alt="" width="600"><br><small>{cap} – {cr}</small></div>']
RELATED_STYLES = ['<div class="elsewhere-paper-box"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="also-opened-aside"><p class="also-opened-aside__hd">%s</p><ul>%s</ul></aside>',
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




# the tables' heads and the forms' field labels, as the web teams left them (not checked)
ZONE_HEAD = {"en": ("Supply zone", "Hardness", "Last test"), "tr": ("Bölge", "Sertlik", "Son analiz"), "de": ("Versorgungsgebiet", "Härte", "Letzte Prüfung"),
             "fr": ("Unité de distribution", "Dureté", "Dernier contrôle"), "es": ("Zona", "Dureza", "Último análisis"), "ru": ("Зона", "Жёсткость", "Последний анализ")}
CLUB_HEAD = {"en": ("Club", "Sport", "Ages", "Training"), "tr": ("Kulüp", "Branş", "Yaş", "Antrenman"), "de": ("Verein", "Sportart", "Alter", "Training"),
             "fr": ("Club", "Sport", "Âge", "Entraînements"), "es": ("Club", "Deporte", "Edades", "Entrenamientos"), "ru": ("Секция", "Вид спорта", "Возраст", "Тренировки")}
CONSULT_HEAD = {"en": ("Consultation", "Closing date"), "tr": ("Konu", "Son gün"), "de": ("Verfahren", "Frist"), "fr": ("Consultation", "Clôture"),
                "es": ("Consulta", "Plazo"), "ru": ("Обсуждение", "Срок")}
POSTCODE_LABEL = {"en": ("Postcode",), "tr": ("Mahalle ve sokak",), "de": ("Postleitzahl und Straße",), "fr": ("Code postal",),
                  "es": ("Código postal",), "ru": ("Улица и дом",)}
CLUB_LABELS = {"en": ("Sport", "Postcode"), "tr": ("Branş", "Mahalle"), "de": ("Sportart", "Postleitzahl"), "fr": ("Sport", "Code postal"),
               "es": ("Deporte", "Código postal"), "ru": ("Вид спорта", "Район")}
COMMENT_LABEL = {"en": "Your comment", "tr": "Yorumunuz", "de": "Ihr Kommentar", "fr": "Votre commentaire", "es": "Tu comentario", "ru": "Ваш комментарий"}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, definition list or form, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    def fields(labels, name):
        k = "%06x" % rng.randint(0, 16**6 - 1)
        return "".join('<label for="%s-%s-%d">%s</label><input id="%s-%s-%d" type="text" name="%s%d">' % (
            name, k, j, esc(x), name, k, j, name, j) for j, x in enumerate(labels))

    def box():
        k = "%06x" % rng.randint(0, 16**6 - 1)
        return '<label for="say-%s">%s</label><textarea id="say-%s" name="comment" rows="4"></textarea>' % (
            k, esc(COMMENT_LABEL[lang]), k)
    return (style.replace("{postcode}", fields(POSTCODE_LABEL[lang], "pc"))
            .replace("{zones}", table(ZONE_HEAD[lang], SUPPLY_ZONES[lang]))
            .replace("{company}", dl(WATER_COMPANY[lang]))
            .replace("{clubfields}", fields(CLUB_LABELS[lang], "club"))
            .replace("{clubs}", table(CLUB_HEAD[lang], CLUB_LIST[lang]))
            .replace("{sportsteam}", dl(SPORTS_TEAM[lang]))
            .replace("{consultations}", table(CONSULT_HEAD[lang], OPEN_CONSULTATIONS[lang]))
            .replace("{comment}", box())
            .replace("{consultteam}", dl(CONSULT_TEAM[lang])))



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
               "scores": rng.choice([0, mid, n]), "tapwater": rng.choice([mid, n, n]),
               "clubfinder": rng.choice([0, mid, n]), "consultboard": rng.choice([mid, n])}.get(fam, mid)
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
BOX = {"gutenberg": ("wrap", '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "infokasten"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--mint">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">📝</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"expressionengine": ('<span style="background-color:hsl(60,75%,60%);">', "</span>"),  # the Rich Text Editor's font background colour
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
# templates: expressionengine is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"expressionengine": tpl_expressionengine, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h64), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "expressionengine"


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
            rng = random.Random("newsflow-heldout66-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI66[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 65) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h64), labels, furniture strings,
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
    # layouts: expressionengine (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h63 or h64 gave it
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
    # the expressionengine pages: a site of EE_SITES in a language of EE_CORE, with an image caption for the body; no
    # drop cap, box, fact box or callout look (the Rich Text Editor as the sites configure it writes none of them); story tables only there, and no footnotes
    # anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in EE_SITES or a["lang"] not in EE_CORE or a.get("kind") or not a.get("body_caption")
                                       or any(st in ("box", "factbox", "dropcap", "callout") for st, _ in a.get("look", []))):
            problems.append("%s: expressionengine page needs an EE site, a body caption and text-editor looks only" % a["id"])
        if marks or a.get("notes") or (a["tpl"] != NEW_LAYOUT and any(k == "table" for k, _ in blocks)):
            problems.append("%s: footnotes, or a story table on a layout without them" % a["id"])
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
    ee_sites = [{k: v for k, v in d.items() if k not in EE_EXEMPT} for d in EE_SITES.values()]
    # (EE_CORE, ZONE_HEAD, CLUB_HEAD, CONSULT_HEAD, POSTCODE_LABEL, CLUB_LABELS and COMMENT_LABEL, the platform's and
    # theme's strings and the web teams' generic table heads and field labels, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("EE_SITES", ee_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "EE_SITES" and s.startswith("/")):
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




