#!/usr/bin/env python3
"""Sixty-fourth held-out part (h64-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout64.py           # write pages/h64-*.html
    python benchmarks/data/extraction/make_heldout64.py --check   # verify pages/h64-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout64.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout63.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h64_en.py / articles_h64_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: school-offer-day checkers on stories about school places, admissions, new schools and
families -- this year's allocations as a table by school with its places, applications and the last distance
offered, the "check your child's school offer" login link, the "appeal a school place decision" link, the admissions
team's contact card as a definition list --, street-lighting fault reporters on stories about street lighting, dark
streets, road safety and council repairs -- the "report a faulty street light" form with its lamp-column number and
street fields, this month's faults by ward as a table with open and fixed counts, the "check planned street lighting
repairs" link, the highways team's contact card as a definition list --, and benefits calculators on stories about
benefits, pensions, cost of living and poverty -- the household fields (adults, children, take-home pay, rent) with
the "estimate what you could get" button, this year's benefit or pension rates as a table, the "check your
entitlement" link, the advice charity's contact card as a definition list --), their wrapper class names, related
headlines, site names, the sites' own strings in the earlier layouts and the first-round furniture strings are new
here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..62, nor their labels,
furniture strings, widget rows, headlines or site names; verify() refuses to build if one is reused, if a wrapper
class name of an earlier part recurs, if a "new" family is already in an earlier pool, family list, template family
or docstring, if a story paragraph or headline of an earlier part (h61 and h62 included) recurs, if a headline is
also a story paragraph, or if a body is outside 150-400 words.  Every name and number is fictional.
(h40's school-closure lists say whether a school is open on a snow day, h32's and h37's property widgets carry a
mortgage calculator and h61's mortgage calculator works out repayments; the allocations table, the fault reporter
and the benefits calculator are new families by name, wording and markup.)  The tables' heads and the forms' field
labels (ALLOC_HEAD, FAULTS_HEAD, RATES_HEAD64, COLUMN_LABELS, HOUSEHOLD_LABELS) are the web teams' generic strings and
not checked; the rows themselves (SCHOOL_ALLOCATIONS, ADMISSIONS_TEAM, LIGHT_FAULTS, HIGHWAYS_TEAM, BENEFIT_RATES,
ADVICE_CHARITY) are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link among them may be run into a paragraph instead): school-offer-day checkers on an English estate's new
primary school on national offer day, a German Gemeinde's own page on enrolling the first pupils of its new
Grundschule (the check-your-offer link run into the last paragraph), a French département moving 140 pupils to
another collège and a Spanish new colegio allocating its first 75 infant places; street-lighting fault reporters on
an English county switching its lights back on all night in 41 villages (the new layout), an English estate left
dark by 23 broken lights, a Turkish mahalle where 37 lamps have been out for three months and a Russian district lit
again after five years; benefits calculators on English pensioners missing out on pension credit, a German district
where Wohngeld claims have doubled (the new layout), a French town's benefits help desk reopening (the entitlement
link run into a paragraph) and a Russian town's new centre for claiming benefits and housing subsidies.  Earlier
families that need a reason in the story are placed the same way (a map on the Turkish dark streets, a calendar row
on the Gemeinde's enrolment and information evening, scores on an English cricket club's new pavilion, a gallery on a
Turkish village's coffee-house roof); the other generic families are balanced over the part, leaving out those the
page's site would not print (the story's "kind": a Gemeinde on TYPO3 -- no newspaper furniture --, a village website
on uCoz, an independent publication on Medium, which prints no ads, app, push or print prompts, comment counters or
press-standards lines, and of the newsletter family only its appeal for money); a correction box goes only on a
story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes,
bars, chips, cards, strips and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans,
forms, definition lists and tables, and, for a few families, a line run into the end of a story paragraph (credit,
tip, newsletter pitch, share line, the check-your-offer link, the planned-repairs link, the entitlement link; only
one line in any paragraph) or a bold section tag run into the start of the first one (on the French market story,
"section_tag").
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, magazine, sanity and gutenberg), whole paragraphs in bold (interview questions) or
italics (a one-line quote on the English new-layout page, quotes on semantic and on hugo), a highlighted sentence (TinyMCE's
background-colour span on the English new-layout page and on the German one, a <mark> on quintype), a paragraph in a
box (the magazine's panel, a CKEditor style on drupal, a Gutenberg group), a fact box holding a subheading and its
list (a Fusion custom embed), a Ghost callout card, a paragraph typed after a <br> (Shift+Enter in TinyMCE on both
new-layout pages, and on chunks); story structures that look like furniture but are the story: question-and-answer
interviews (bold questions, some of two or three words -- "Hardest moment?", "And the happiest?", "Pişman mısınız?",
"Ihre schönste Geburt?", "Не страшно было?" --, in English, Turkish, German and Russian: a village postmistress, a
watchmaker of 78, a midwife after 35 years, a village librarian), lists inside the story (what a new primary school
will have, what to bring to a pension-credit drop-in, what a repair café mends, who moved into a high street's empty
shops, what residents of a dark mahalle demand, who did what at a village imece, what to bring to a German school
enrolment, what to bring to a French benefits desk, what a new olive mill offers, what a Russian lighting scheme
did, what people claim at a Russian benefits centre), story tables (lights back on all night by area, Wohngeld
households by size, in TinyMCE's table markup on the new layout), crossheads as headings and as bold paragraphs,
one-line quotes and short one-line paragraphs ("“I walked home with a head torch for seven winters.”",
"I never thought I'd be this pleased to see a tea urn.", "The next repair café is on 18 April from 10am to 1pm.",
"Das Geld wird allerdings rückwirkend ab dem Monat gezahlt, ..." typed after a <br>), a closing line with practical information (a library drop-in's hours, a post office's last
morning, a residents' meeting, a bus's first and last journeys, the next repair café, junior nets, a watchmaker's
hours, a Wohngeld office's hours, a school's information evening, a market's hours and parking, a benefits desk's
address, a wash-house's visiting hours, the first oil of the season, a library's hours, a benefits centre's hours),
and story sentences that mention furniture words in ordinary reporting ("Photographs of everything the repair café
has fixed" opening a story, tea and home-made cookies, volunteers "happy to share their tools", parish councils
agreeing to "share the cost" in a headline, "residents can follow progress" closing a story, a cricket club's
newsletter, a veg box scheme's 300 subscribers closing a story, "can contact the community centre" closing another,
a village's photographs closing a Turkish story, old photographs lent for an exhibition), some at the start or end
of the story where furniture usually sits.  Two pages carry no residue at all (an English interview, a Turkish
interview) and one only its correction line (an English bus route saved).
One page layout is new (optimizely: a regional daily's and a regional broadcaster's news sites built on Optimizely
CMS, formerly Episerver, with an Alloy-style MVC template, as they serve an ArticlePage to an anonymous reader, on two
pages, an English and a German one): the head with the /Static/css/... bundles (bootstrap, style, article-page) and
the /Static/js/ jQuery, the EPiServer.Forms stylesheet, the Cookiebot script, the Optimizely Web Experimentation
snippet from cdn.optimizely.com and the Optimizely Data Platform (zaius) tracking code; the header partial (the
top-header with the logo and the utility menu with its search form, the Bootstrap navbar whose collapse "mainnav"
holds the navbar-nav mainnav list with nav-item dropdown / dropdown-menu lists); the breadcrumb list; the ArticlePage
view: the h1 "article-page__heading", the "introduction" lead (the story's "sub", not in the truth), the byline with
the published and updated dates, the MainBody XhtmlString in div.article-page__body as TinyMCE writes it -- p, h2,
strong, em, the background-colour span, blockquote, ul / ol, <br>, a table with its colgroup and inline styles, the
image with its figcaption after the first paragraph (caption and credit: this layout's own residue in the container)
and the &nbsp; paragraph an editor leaves at the end --, the share links; the MainContentArea (div.ContentArea with
"block" children: a TeaserBlock, an EditorialBlock, a PageListBlock "More news" with its links and dates, a
ContactBlock card and a FormContainerBlock holding the newsletter form in EPiServer.Forms markup: the __FormGuid /
__FormHostedPage / __FormLanguage hidden system elements, Form__Title, Form__Description, Form__Status,
Form__MainBody with its FormStep section, a FormTextbox and a FormChoice consent box with their validation messages,
the FormSubmitButton "Submit"); the footer partial (block columns of links, "Follow us", "About us", "Cookie
settings", the privacy link, the address and copyright); the Cookiebot consent dialog (CybotCookiebotDialog with the
site's wording, "Deny", "Customise", "Allow all"); then the Bootstrap and site JS, the EPiServer.Forms scripts and
settings and the Search & Navigation (Find) tracking snippet.  Optimizely's and the theme's own strings
(OPTIMIZELY_CORE, per language) are left as the platform ships them and not checked; the sites' own strings
(OPTIMIZELY: the logo's alt text, the utility and main menus, the teaser and editorial blocks, the contact card, the
form's title, description and consent, the footer columns, address and copyright, the Cookiebot wording) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h61 or h62 gave it (9 English pages, 3 in each other language: English on wordpress, amp,
table, semantic, storybody, ghost, hugo and medium; Turkish on portal, regional and ucoz; German on typo3 and cms;
French on legacy-br, nextjs and chunks; Spanish on quintype, fusion and drupal; Russian on magazine, sanity and
gutenberg); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site
rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped
for this part's own, Drupal's node strings in Spanish (which the drupal layout lacks) are taken from h28
(PLATFORM_STRINGS), and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout62.py, so that make_pages.py can import this module and merge it the same way. Standard
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
from make_pages import E, A, UI  # noqa: E402
from articles_h64_en import ARTICLES as H64_EN  # noqa: E402
from articles_h64_intl import ARTICLES as H64_INTL  # noqa: E402

ARTICLES = H64_EN + H64_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62)
# parts whose layouts' languages this part avoids (the two before it; h63 is written at the same time)
LANG_PARTS = (mp61, mp62)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h64"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Wendlebury Vale Gazette", "Castlemere Advertiser Online", "North Harrowdale Clarion", "Selbourne Bridge Packet",
           "Lowmarsh and Fenby Recorder", "Ashcombe Valley Despatch", "Thornbeck Green Sentinel"],
    "tr": ["Akçaova Sabah Postası", "Karaçam Kent Haberleri"],
    "de": ["Schwarzachtaler Tagblatt"],
    "fr": ["L'Écho du Val de Sauldre", "Le Petit Courrier de Montcellier", "La Gazette des Trois Ponts"],
    "es": ["Diario de la Ribera del Jalón", "Heraldo de Villafría", "El Faro de Punta Arenal"],
    "ru": ["Окская неделя Заречья", "Приокский курьер", "Городецкие ведомости онлайн"],
}
# sites fixed per page (the two Optimizely sites, a German Gemeinde on TYPO3, a Turkish village website on uCoz, an
# independent publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h62 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The council meeting webcast appears here once you accept video cookies", "To see this bus-route map, switch on mapping cookies first"],
        "tr": ["Meclis toplantısının canlı yayını, video çerezlerini kabul ettiğinizde burada görünür", "Bu otobüs güzergâhı haritası için önce harita çerezlerini açın"],
        "de": ["Die Übertragung der Ratssitzung erscheint hier, sobald Sie Video-Cookies zulassen", "Für diese Buslinien-Karte schalten Sie bitte zuerst die Karten-Cookies ein"],
        "fr": ["La retransmission du conseil municipal s'affiche ici dès que vous acceptez les cookies vidéo", "Pour voir ce plan des lignes de bus, activez d'abord les cookies cartographiques"],
        "es": ["La emisión del pleno aparecerá aquí cuando aceptes las cookies de vídeo", "Para ver este mapa de líneas de autobús, activa antes las cookies de mapas"],
        "ru": ["Трансляция заседания совета появится здесь, когда вы примете видео-cookie", "Чтобы увидеть схему автобусных маршрутов, сначала включите картографические cookie"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["The Town Hall Brief: what the council decided this week, every Thursday teatime", "You've reached your limit of four free articles this month — sign in or subscribe to keep reading",
               "Local reporting costs money: back {site} with the price of a bus fare a week"],
        "tr": ["Belediye Bülteni: meclisin bu hafta aldığı kararlar, her perşembe akşamüstü", "Bu ayki dört ücretsiz haber hakkınızı doldurdunuz — okumaya devam etmek için giriş yapın ya da abone olun",
               "Yerel habercilik para ister: {site}'e haftada bir otobüs bileti kadar destek verin"],
        "de": ["Der Rathausbrief: was der Gemeinderat diese Woche beschlossen hat, jeden Donnerstag zum Feierabend", "Sie haben Ihre vier kostenlosen Artikel in diesem Monat gelesen — melden Sie sich an oder schließen Sie ein Abo ab",
               "Lokaljournalismus kostet Geld: Unterstützen Sie {site} mit dem Preis einer Busfahrt pro Woche"],
        "fr": ["La Lettre de la mairie : ce que le conseil a décidé cette semaine, chaque jeudi à l'heure du goûter", "Vous avez atteint votre limite de quatre articles gratuits ce mois-ci — connectez-vous ou abonnez-vous pour poursuivre",
               "L'info locale a un coût : soutenez {site} avec le prix d'un ticket de bus par semaine"],
        "es": ["El Boletín del Ayuntamiento: lo que decidió el pleno esta semana, cada jueves por la tarde", "Has llegado al límite de cuatro noticias gratis este mes — inicia sesión o suscríbete para seguir leyendo",
               "El periodismo local cuesta dinero: apoya a {site} con lo que vale un billete de autobús a la semana"],
        "ru": ["«Вести из мэрии»: что решили депутаты за неделю, каждый четверг к вечеру", "Вы исчерпали лимит в четыре бесплатных материала за месяц — войдите или оформите подписку, чтобы читать дальше",
               "Местная журналистика стоит денег: поддержите «{site}» суммой одной поездки на автобусе в неделю"],
    },
    "share": {
        "en": ["Forward this to your street's group chat: WhatsApp · Messenger · Bluesky · Email", "Neighbour not seen this yet? Send the link on"],
        "tr": ["Sokağınızın grubuna iletin: WhatsApp · Messenger · Bluesky · E-posta", "Komşunuz bunu henüz görmedi mi? Bağlantıyı komşunuza siz iletin"],
        "de": ["In den Gruppenchat Ihrer Straße schicken: WhatsApp · Messenger · Bluesky · E-Mail", "Die Nachbarin hat es noch nicht gesehen? Den Link weiterschicken"],
        "fr": ["Envoyer au groupe de discussion de votre rue : WhatsApp · Messenger · Bluesky · Courriel", "Votre voisin ne l'a pas encore vu ? Faites-lui suivre l'adresse de la page"],
        "es": ["Mándalo al grupo de tu calle: WhatsApp · Messenger · Bluesky · Correo", "¿Tu vecino aún no lo ha visto? Hazle llegar la dirección de esta página"],
        "ru": ["Отправить в чат вашего дома: WhatsApp · Telegram · ВКонтакте · Почта", "Сосед ещё не видел? Перешлите ему ссылку"],
    },
    "photo": {
        "en": ["Family photograph, used with their permission", "Picture: {site} reader, sent in via our upload page"],
        "tr": ["Fotoğrafı aile gönderdi", "Fotoğraf: {site} okuru, yükleme sayfamız aracılığıyla gönderdi"],
        "de": ["Foto von der Familie zur Verfügung gestellt", "Bild: ein Leser von {site}, über unser Upload-Formular eingeschickt"],
        "fr": ["Photo de famille, publiée avec son accord", "Photo : un lecteur de {site}, envoyée via notre page de dépôt"],
        "es": ["Fotografía cedida por la familia", "Foto: un lector de {site}, enviada desde nuestra página de envíos"],
        "ru": ["Семейное фото, публикуется с согласия родных", "Фото: читатель «{site}», прислано через форму на сайте"],
    },
    "copyright": {
        "en": ["This article is the property of {site} and may not be republished, broadcast or rewritten in whole or in part."],
        "tr": ["Bu haber {site}'in malıdır; tamamı ya da bir bölümü yeniden yayımlanamaz, yayınlanamaz veya yeniden yazılamaz."],
        "de": ["Dieser Artikel ist Eigentum von {site} und darf weder ganz noch teilweise nachgedruckt, gesendet oder umgeschrieben werden."],
        "fr": ["Cet article est la propriété de {site} et ne peut être republié, diffusé ou réécrit, en tout ou en partie."],
        "es": ["Esta noticia es propiedad de {site} y no puede republicarse, emitirse ni reescribirse total o parcialmente."],
        "ru": ["Материал является собственностью «{site}» и не может перепечатываться, транслироваться или пересказываться полностью или частично."],
    },
    "section": {
        "en": ["Latest from our {section} reporters", "Browse the {section} desk ›"],
        "tr": ["{section} muhabirlerimizden son haberler", "{section} masasına göz atın ›"],
        "de": ["Neues von unseren {section}-Reportern", "Zum Ressort {section} ›"],
        "fr": ["Les derniers papiers de nos reporters {section}", "Parcourir la rubrique {section} du journal ›"],
        "es": ["Lo último de nuestros redactores de {section}", "Ver la sección de {section} al completo ›"],
        "ru": ["Свежее от наших корреспондентов рубрики «{section}»", "Перейти в рубрику «{section}» целиком ›"],
    },
    "related": {
        "en": ["From across the district this week", "More reporting you may have missed"],
        "tr": ["Bu hafta ilçenin dört bir yanından", "Gözünüzden kaçmış olabilecek diğer haberler"],
        "de": ["Aus dem ganzen Landkreis diese Woche", "Weitere Berichte, die Sie verpasst haben könnten"],
        "fr": ["Cette semaine, d'un bout à l'autre du canton", "D'autres reportages qui ont pu vous échapper"],
        "es": ["Esta semana, de punta a punta de la comarca", "Otras informaciones que quizá se te pasaron"],
        "ru": ["Со всего района за эту неделю", "Другие материалы, которые вы могли пропустить"],
    },
    "symbol": {"*": ['⬩ ⬥ ⬩', '· · ✺ · ·', '═══ ◈ ═══', '❦  ❦  ❦']},
    "credit": {
        "en": ["Further reporting by the {site} local democracy team", "With thanks to our education correspondent"],
        "tr": ["Habere {site} yerel yönetim ekibi de katkıda bulundu", "Eğitim muhabirimize teşekkürlerimizle"],
        "de": ["Weitere Recherche: das Kommunalteam von {site}", "Mit Dank an unsere Bildungsreporterin"],
        "fr": ["Avec les informations de l'équipe démocratie locale de {site}", "Merci à notre correspondante éducation"],
        "es": ["Ha colaborado el equipo de información municipal de {site}", "Con el agradecimiento a nuestra redactora de educación"],
        "ru": ["Дополнительно материал готовила группа «{site}» по местному самоуправлению", "Благодарим нашего корреспондента по образованию"],
    },
    "ad": {
        "en": ["Sponsored · story resumes after this message", "Advertising space — book it through {site}'s sales team"],
        "tr": ["Sponsorlu · haber bu mesajın ardından sürüyor", "Reklam alanı — {site} satış ekibi üzerinden ayırtın"],
        "de": ["Anzeige eines Partners · danach geht es mit dem Text weiter", "Werbefläche — buchbar über die Anzeigenabteilung von {site}"],
        "fr": ["Message d'un partenaire · la suite de l'article juste après", "Espace publicitaire — à réserver auprès de la régie de {site}"],
        "es": ["Patrocinado · la noticia continúa tras este mensaje", "Espacio publicitario — resérvalo con el equipo comercial de {site}"],
        "ru": ["Спонсорский материал · текст продолжается после сообщения", "Рекламное место — бронируйте через отдел продаж «{site}»"],
    },
    "continue": {
        "en": ["Keep reading this story", "Tap to expand the full article ↓"],
        "tr": ["Haberin devamı da var, okumayı bırakmayın", "Haberin tamamını görmek için dokunun ↓"],
        "de": ["Weiterlesen in diesem Artikel", "Tippen, um den ganzen Text aufzuklappen ↓"],
        "fr": ["La suite de cet article est juste en dessous", "Touchez pour déplier l'article en entier ↓"],
        "es": ["Sigue leyendo esta noticia", "Toca para desplegar la noticia completa ↓"],
        "ru": ["Дальше — самое интересное, читайте", "Нажмите, чтобы развернуть текст полностью ↓"],
    },
    "comments": {
        "en": ["{n} neighbours have weighed in on this", "Jump to the {n} comments ↓"],
        "tr": ["{n} kişi bu konuyu konuşuyor", "{n} yoruma atlayın ↓"],
        "de": ["{n} Menschen reden darüber", "Zu den {n} Kommentaren springen ↓"],
        "fr": ["{n} personnes en parlent", "Aller aux {n} commentaires ↓"],
        "es": ["{n} vecinos ya han opinado sobre esto", "Ir a los {n} comentarios ↓"],
        "ru": ["{n} читателей уже высказались об этом", "Перейти к комментариям ({n}) ↓"],
    },
    "readtime": {
        "en": ["About {m} minutes to read, start to finish", "{m}-minute read · county desk"],
        "tr": ["Baştan sona yaklaşık {m} dakikalık okuma", "{m} dakikalık okuma · il masası"],
        "de": ["Von Anfang bis Ende etwa {m} Minuten Lektüre", "{m} Minuten Lesezeit · Kreisredaktion"],
        "fr": ["Environ {m} minutes de lecture, du début à la fin", "{m} minutes de lecture · rédaction départementale"],
        "es": ["Unos {m} minutos de lectura de principio a fin", "{m} minutos de lectura · redacción provincial"],
        "ru": ["Около {m} минут чтения от начала до конца", "{m} минут чтения · районная редакция"],
    },
    "updated": {
        "en": ["Story updated {d}, {t}, with the council's response", "Last revised at {t} on {d}"],
        "tr": ["Haber {d} {t} itibarıyla belediyenin yanıtıyla güncellendi", "Masa bu haberi en son {d} günü saat {t}'de düzenledi"],
        "de": ["Aktualisiert am {d}, {t} Uhr, mit der Stellungnahme der Verwaltung", "Zuletzt überarbeitet um {t} Uhr am {d}"],
        "fr": ["Article actualisé le {d} à {t} avec la réponse de la mairie", "Dernière révision à {t} le {d}"],
        "es": ["Noticia actualizada el {d} a las {t} con la respuesta del ayuntamiento", "Última revisión a las {t} del {d}"],
        "ru": ["Материал дополнен {d} в {t} ответом администрации", "Последняя правка в {t}, {d}"],
    },
    "audio": {
        "en": ["▶ Listen to this county report ({m} min)", "Busy with your hands? Press play for the spoken version"],
        "tr": ["▶ İl haberini sesli dinleyin ({m} dk)", "Elleriniz mi meşgul? Sesli sürüm için oynat düğmesine dokunun"],
        "de": ["▶ Den Kreisbericht anhören ({m} Min.)", "Hände gerade nicht frei? Für die gesprochene Fassung auf Play drücken"],
        "fr": ["▶ Écouter ce reportage départemental ({m} min)", "Les mains occupées ? Lancez la version parlée"],
        "es": ["▶ Escucha esta crónica provincial ({m} min)", "¿Tienes las manos ocupadas? Dale al play para la versión hablada"],
        "ru": ["▶ Прослушать районный репортаж ({m} мин)", "Руки заняты готовкой или рулём? Включите озвученную версию"],
    },
    "app": {
        "en": ["Get bin days, roadworks and breaking news in the free {site} app", "Read on in the app — it's quicker ›"],
        "tr": ["Çöp günleri, yol çalışmaları ve son dakika haberleri ücretsiz {site} uygulamasında", "Uygulamada okumaya devam edin — daha hızlı ›"],
        "de": ["Abfuhrtermine, Baustellen und Eilmeldungen in der kostenlosen App von {site}", "In der App weiterlesen — das geht schneller ›"],
        "fr": ["Collectes des déchets, travaux et alertes info dans l'appli gratuite {site}", "Continuez dans l'appli, c'est plus rapide ›"],
        "es": ["Días de recogida, obras y última hora en la app gratuita de {site}", "Sigue leyendo en la app, va más rápido ›"],
        "ru": ["График вывоза мусора, ремонт дорог и срочные новости в бесплатном приложении «{site}»", "Читайте дальше в приложении — так быстрее ›"],
    },
    "bio": {
        "en": ["{by} covers {section} and the county council for {site}.", "Contact {by} or read more of their reporting ›"],
        "tr": ["{by}, {site} için {section} ve il yönetimi haberlerini takip ediyor.", "{by} adlı muhabire yazın ya da il masasındaki diğer haberlerine bakın ›"],
        "de": ["{by} berichtet für {site} über {section} und den Kreistag.", "{by} schreiben oder weitere Kreisberichte lesen ›"],
        "fr": ["{by} suit la rubrique {section} et le conseil départemental pour {site}.", "Écrire à {by} ou lire ses autres papiers départementaux ›"],
        "es": ["{by} cubre {section} y la diputación para {site}.", "Escribe a {by} o lee más de sus informaciones ›"],
        "ru": ["{by} пишет для «{site}» о теме «{section}» и работе районного совета.", "Написать автору или прочитать другие его материалы ›"],
    },
    "tip": {
        "en": ["Is something happening on your street? Tell us: newsdesk@valedesk.example", "WhatsApp the newsroom on 07700 900 318"],
        "tr": ["Sokağınızda olup bitenden haberimiz olsun: ihbar@ilmasasi.example", "Haber merkezine WhatsApp'tan yazın: 0532 900 03 18"],
        "de": ["Was in Ihrer Straße los ist, wollen wir wissen: hinweis@kreisredaktion.example", "WhatsApp an die Redaktion: 0151 900 318"],
        "fr": ["Ce qui se passe dans votre rue nous intéresse : alerte@redac-canton.example", "WhatsApp de la rédaction : 06 00 90 03 18"],
        "es": ["Lo que pasa en tu calle nos interesa: avisos@redaccion-comarca.example", "WhatsApp de la redacción: 622 900 318"],
        "ru": ["Нам важно, что происходит на вашей улице: signal@raion-redakciya.example", "WhatsApp редакции: +7 900 000-03-18"],
    },
    "typo": {
        "en": ["Noticed a mistake in this article? Select the words and press Ctrl+Enter to tell the desk"],
        "tr": ["Bu haberde bir hata mı fark ettiniz? Kelimeleri seçip Ctrl+Enter ile masaya bildirin"],
        "de": ["Einen Fehler im Text bemerkt? Wörter markieren und mit Strg+Enter an den Desk schicken"],
        "fr": ["Vous avez remarqué une erreur ? Sélectionnez les mots et faites Ctrl+Entrée pour prévenir le desk"],
        "es": ["¿Has visto un error en la noticia? Selecciona las palabras y pulsa Ctrl+Intro para avisar a la mesa"],
        "ru": ["Заметили ошибку в тексте? Выделите слова и нажмите Ctrl+Enter, чтобы сообщить дежурному редактору"],
    },
    "push": {
        "en": ["Turn on notifications from {site} for road closures and council decisions? Switch them on · Maybe later"],
        "tr": ["Yol kapanışları ve meclis kararları için {site} bildirimlerini açmak ister misiniz? Bildirimleri aç · Belki sonra"],
        "de": ["Benachrichtigungen von {site} zu Sperrungen und Ratsbeschlüssen einschalten? Ja, einschalten · Lieber nicht jetzt"],
        "fr": ["Activer les notifications de {site} pour les routes fermées et les décisions du conseil ? Les activer · Peut-être plus tard"],
        "es": ["¿Activar los avisos de {site} sobre cortes de tráfico y acuerdos del pleno? Activarlos · Quizá más tarde"],
        "ru": ["Включить уведомления «{site}» о перекрытиях и решениях совета? Да, включить · Нет, спасибо"],
    },
    "print": {
        "en": ["Print · Save this page as a PDF · Email it to yourself", "Printer-friendly version without images"],
        "tr": ["Yazdır · Bu sayfayı PDF olarak sakla · Kendinize e-postayla gönderin", "Görselsiz, yazıcı dostu sürüm"],
        "de": ["Drucken · Diese Seite als PDF sichern · An sich selbst mailen", "Druckfreundliche Fassung ohne Bilder"],
        "fr": ["Imprimer · Garder cette page en PDF · Se l'envoyer par courriel", "Version imprimable sans images"],
        "es": ["Imprimir · Guardar esta página en PDF · Enviártela por correo", "Versión para imprimir sin imágenes"],
        "ru": ["Печать · Сохранить страницу в PDF · Отправить себе на почту", "Версия для печати без фотографий"],
    },
    "feedback": {
        "en": ["How useful was this county report? Very useful · Quite useful · Not useful"],
        "tr": ["Bu il haberi ne kadar işinize yaradı? Çok yaradı · Biraz · Hiç yaramadı"],
        "de": ["Wie hilfreich war dieser Kreisbericht? Sehr hilfreich · Etwas · Gar nicht"],
        "fr": ["Ce reportage départemental vous a-t-il été utile ? Très utile · Un peu · Pas du tout"],
        "es": ["¿Te ha servido esta crónica provincial? Mucho · Algo · Nada en absoluto"],
        "ru": ["Насколько полезен был этот районный материал? Очень полезен · Немного · Совсем бесполезен"],
    },
    "standards": {
        "en": ["{site} follows the IPSO Editors' Code of Practice; complaints go to our standards editor first."],
        "tr": ["{site}, Türkiye Gazeteciler Cemiyeti'nin ilkelerine uyar; şikâyetler önce okur temsilcimize iletilir."],
        "de": ["{site} folgt dem Pressekodex; Beschwerden gehen zuerst an unsere Leseranwältin."],
        "fr": ["{site} applique la charte d'éthique de la profession ; les réclamations vont d'abord à notre médiatrice."],
        "es": ["{site} sigue el código deontológico de la profesión; las quejas van primero a nuestra defensora del lector."],
        "ru": ["«{site}» следует хартии профессиональной этики; жалобы сначала рассматривает наш омбудсмен читателей."],
    },
    "topics": {
        "en": ["Filed under: {section} · council services · your street", "Follow {section} for alerts ›"],
        "tr": ["Etiketler: {section} · belediye hizmetleri · sokağınız", "Uyarılar için {section} konusunu takip edin ›"],
        "de": ["Abgelegt unter: {section} · Verwaltung · Ihre Straße", "{section} folgen und benachrichtigt werden ›"],
        "fr": ["Classé dans : {section} · services municipaux · votre rue", "Suivre {section} pour recevoir des alertes ›"],
        "es": ["Archivado en: {section} · servicios municipales · tu calle", "Sigue {section} para recibir avisos ›"],
        "ru": ["Рубрики: {section} · городское хозяйство · ваша улица", "Следить за рубрикой «{section}» и получать уведомления ›"],
    },
    "bookmark": {
        "en": ["☆ Keep for the weekend read"],
        "tr": ["☆ Hafta sonu okumak üzere sakla"],
        "de": ["☆ Fürs Wochenende aufheben"],
        "fr": ["☆ À lire ce week-end"],
        "es": ["☆ Dejar para el fin de semana"],
        "ru": ["☆ Оставить на выходные"],
    },
    "poll": {
        "en": ["Have your say: should the council have acted sooner? Yes, much sooner · It acted in time · Can't say", "Results are shown once you've voted"],
        "tr": ["Siz ne düşünüyorsunuz: belediye daha önce harekete geçmeli miydi? Evet, çok daha önce · Zamanında davrandı · Bilemiyorum", "Sonuçlar oy verdikten sonra gösterilir"],
        "de": ["Ihre Meinung: Hätte die Verwaltung früher handeln sollen? Ja, viel früher · Sie hat rechtzeitig gehandelt · Kann ich nicht sagen", "Das Ergebnis sehen Sie nach Ihrer Stimmabgabe"],
        "fr": ["À vous de voter : la mairie aurait-elle dû agir plus tôt ? Oui, bien plus tôt · Elle a agi à temps · Je ne saurais dire", "Les résultats s'affichent une fois que vous avez voté"],
        "es": ["Opina: ¿debió actuar antes el ayuntamiento? Sí, mucho antes · Actuó a tiempo · No sabría decir", "Verás los resultados cuando hayas votado"],
        "ru": ["Ваше мнение: должна ли была администрация вмешаться раньше? Да, гораздо раньше · Всё сделали вовремя · Затрудняюсь ответить", "Результаты видны после голосования"],
    },
    "embed": {
        "en": ["View {handle}'s post from the day on Instagram", "Watch {handle}'s footage from the scene on YouTube"],
        "tr": ["{handle} hesabının o günkü paylaşımını Instagram'da açın", "{handle} kanalının olay yerinden görüntülerini YouTube'da izleyin"],
        "de": ["Den Beitrag von {handle} vom Tag auf Instagram öffnen", "Die Aufnahmen von {handle} vor Ort auf YouTube ansehen"],
        "fr": ["Voir la publication du jour de {handle} sur Instagram", "Regarder les images tournées sur place par {handle} sur YouTube"],
        "es": ["Ver en Instagram la publicación de {handle} de ese día", "Ver en YouTube las imágenes de {handle} sobre el terreno"],
        "ru": ["Открыть в Instagram пост {handle} в тот день", "Смотреть на YouTube съёмку {handle} с места событий"],
    },
    "gallery": {
        "en": ["🖼 {g} more pictures in the gallery", "All {g} photos from the day in one gallery ›"],
        "tr": ["🖼 Galeride {g} fotoğraf daha", "Günün {g} fotoğrafı tek galeride ›"],
        "de": ["🖼 {g} weitere Bilder in der Galerie", "Alle {g} Fotos des Tages in einer Galerie ›"],
        "fr": ["🖼 {g} autres images dans la galerie", "Les {g} photos de la journée dans une galerie ›"],
        "es": ["🖼 {g} fotos más en la galería", "Abrir la galería ({g} imágenes) ›"],
        "ru": ["🖼 Ещё {g} снимков в галерее", "Все {g} снимков дня в одной галерее ›"],
    },
    "map": {
        "en": ["Open the county map in a new tab", "Get directions: Google Maps · Apple Maps · Bing Maps"],
        "tr": ["İl haritasını yeni sekmede açın", "Yol tarifi alın: Google Haritalar · Apple Haritalar · Bing Haritalar"],
        "de": ["Kreiskarte in neuem Tab öffnen", "Route planen: Google Maps · Apple Karten · Bing Maps"],
        "fr": ["Ouvrir la carte du département dans un nouvel onglet", "Obtenir l'itinéraire : Google Maps · Plans · Bing Maps"],
        "es": ["Ver el mapa más grande", "Cómo llegar: Google Maps · Apple Mapas · Bing Maps"],
        "ru": ["Показать карту крупнее", "Проложить маршрут: Яндекс Карты · 2ГИС · Google Карты"],
    },
    "calendar": {
        "en": ["Put it in your diary: Google · Outlook · Apple · .ics file", "Email me a reminder the day before"],
        "tr": ["Ajandanıza ekleyin: Google · Outlook · Apple · .ics dosyası", "Bir gün önce bana e-postayla hatırlat"],
        "de": ["In den eigenen Kalender: Google · Outlook · Apple · .ics-Datei", "Am Vortag per E-Mail erinnern"],
        "fr": ["Dans votre agenda : Google · Outlook · Apple · fichier .ics", "M'envoyer un rappel la veille"],
        "es": ["A tu agenda: Google · Outlook · Apple · archivo .ics", "Mándame un recordatorio el día antes"],
        "ru": ["В ваш календарь: Google · Outlook · Apple · файл .ics", "Напомнить мне по почте накануне"],
    },
    "scores": {
        "en": ["All the weekend's local results ›", "This weekend · Results · League tables · Top scorers"],
        "tr": ["Hafta sonunun tüm yerel sonuçları ›", "Bu hafta sonu · Sonuçlar · Lig tabloları · Gol krallığı"],
        "de": ["Alle Ergebnisse vom Wochenende aus der Region ›", "Dieses Wochenende · Ergebnisse · Ligatabellen · Torjägerliste"],
        "fr": ["Tous les résultats locaux du week-end ›", "Ce week-end · Résultats · Tableaux des ligues · Meilleurs buteurs"],
        "es": ["Todos los resultados locales del fin de semana ›", "Este fin de semana · Resultados · Tablas de liga · Máximos goleadores"],
        "ru": ["Все результаты местных матчей за выходные ›", "Эти выходные · Результаты · Таблицы лиг · Лучшие бомбардиры"],
    },
    "correction": {
        "en": ["An error in this article has been put right since it was published."],
        "tr": ["Bu haberdeki bir hata yayımlandıktan sonra giderildi."],
        "de": ["Ein Fehler in diesem Artikel wurde nach der Veröffentlichung berichtigt."],
        "fr": ["Une erreur dans cet article a été rectifiée après sa publication."],
        "es": ["Un error de esta noticia se ha subsanado después de su publicación."],
        "ru": ["Ошибка в этом материале исправлена после публикации."],
    },
    # the three families new in this part
    "schooloffers": {  # school-offer-day checkers: the allocations table, the check-your-offer link, the appeal link, the admissions card
        "en": ["How this year's school places were allocated", "Log in to check your child's school offer ›",
               "Appeal a school place decision ›", "School Admissions Team"],
        "tr": ["Bu yıl okullara yerleştirme sonuçları", "Çocuğunuzun okul yerleştirme sonucunu görmek için giriş yapın ›",
               "Yerleştirme kararına itiraz edin ›", "İlçe Milli Eğitim kayıt birimi"],
        "de": ["So wurden die Schulplätze in diesem Jahr vergeben", "Hier den Zuweisungsbescheid Ihres Kindes abrufen ›",
               "Widerspruch gegen die Schulplatzvergabe einlegen ›", "Schulanmeldung im Bürgerbüro"],
        "fr": ["Affectations en sixième, collège par collège", "Consulter la notification d'affectation de votre enfant ›",
               "Contester une décision d'affectation ›", "Service des inscriptions scolaires"],
        "es": ["Así se han adjudicado las plazas escolares este curso", "Consulta la plaza adjudicada a tu hijo ›",
               "Presentar una reclamación a la adjudicación ›", "Oficina municipal de escolarización"],
        "ru": ["Как распределили места в школах в этом году", "Узнать, в какую школу зачислен ваш ребёнок ›",
               "Обжаловать решение о зачислении ›", "Отдел приёма в школы"],
    },
    "streetlights": {  # street-lighting fault reporters: the report form, the faults-by-ward table, the planned-repairs link, the highways card
        "en": ["Report a faulty street light", "Street light faults by ward this month",
               "Check planned street lighting repairs ›", "Highways and Street Lighting"],
        "tr": ["Arızalı sokak lambasını bildirin", "Bu ay mahallelere göre aydınlatma arızaları",
               "Planlanan aydınlatma onarımlarına bakın ›", "Fen İşleri Aydınlatma Birimi"],
        "de": ["Defekte Straßenlaterne melden", "Laternenstörungen nach Ortsteil in diesem Monat",
               "Geplante Reparaturen an der Straßenbeleuchtung ansehen ›", "Tiefbauamt, Straßenbeleuchtung"],
        "fr": ["Signaler un lampadaire en panne", "Pannes d'éclairage public par quartier ce mois-ci",
               "Voir les réparations d'éclairage programmées ›", "Service voirie et éclairage public"],
        "es": ["Avisar de una farola averiada", "Averías de alumbrado por barrio este mes",
               "Consulta las reparaciones de alumbrado previstas ›", "Servicio de Alumbrado Público"],
        "ru": ["Сообщить о неисправном фонаре", "Неисправности освещения по микрорайонам за месяц",
               "Посмотреть график ремонта уличного освещения ›", "Служба благоустройства и освещения"],
    },
    "benefitscalc": {  # benefits calculators: the household form and its button, the rates table, the entitlement link, the advice card
        "en": ["Estimate what you could get", "Weekly benefit and pension rates from April 2026",
               "Check your entitlement in five minutes ›", "Free benefits advice: Vale Citizens Advice"],
        "tr": ["Ne kadar alabileceğinizi hesaplayın", "2026 yılı sosyal yardım ve emekli aylığı tutarları",
               "Hak sahibi olup olmadığınızı beş dakikada öğrenin ›", "Ücretsiz danışma: Sosyal Yardımlaşma Vakfı"],
        "de": ["Berechnen Sie Ihren möglichen Anspruch", "Regelsätze und Renten ab Januar 2026",
               "Anspruch in fünf Minuten prüfen ›", "Kostenlose Beratung: Sozialverband Kreisgeschäftsstelle"],
        "fr": ["Estimez le montant de vos aides", "Montants des prestations au 1er avril 2026",
               "Vérifier vos droits en cinq minutes ›", "Conseil gratuit : point d'accès au droit"],
        "es": ["Calcula cuánto te podría corresponder", "Cuantías de prestaciones y pensiones para 2026",
               "Comprueba si tienes derecho en cinco minutos ›", "Asesoramiento gratuito: Cáritas parroquial"],
        "ru": ["Рассчитайте, на какие выплаты вы можете рассчитывать", "Размеры пособий и пенсий с 1 января 2026 года",
               "Проверить право на выплаты за пять минут ›", "Бесплатная консультация: центр социальной помощи"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"schooloffers": [0, 1, 2, 3], "streetlights": [0, 1, 2, 3], "benefitscalc": [0, 1, 2, 3]}
# this year's allocations: school, places, applications, last distance offered
SCHOOL_ALLOCATIONS = {
    "en": [("Harrowfield Primary (new)", "60 places", "71 applications", "1.9 miles"), ("St Aidan's CE Primary", "30 places", "58 applications", "0.6 miles"),
           ("Wendlebury Park Primary", "90 places", "104 applications", "1.2 miles")],
    "tr": [("Yenidoğan İlkokulu", "120 kontenjan", "186 başvuru", "1,4 km"), ("Şehit Er Ali Kaya İlkokulu", "90 kontenjan", "97 başvuru", "2,3 km"),
           ("Akçaova Cumhuriyet İlkokulu", "60 kontenjan", "143 başvuru", "0,8 km")],
    "de": [("Grundschule Lerchenfeld (neu)", "44 Plätze", "51 Anmeldungen", "nur Schulbezirk"), ("Grundschule am Kirchberg", "50 Plätze", "63 Anmeldungen", "1,1 km"),
           ("Verbundschule Oberstetten", "28 Plätze", "22 Anmeldungen", "alle aufgenommen")],
    "fr": [("Collège Jean-Moulin, Saint-Aubin", "168 places", "201 demandes", "2,3 km"), ("Collège des Tilleuls, Montcellier", "140 places", "129 demandes", "tous les demandeurs admis"),
           ("Collège Marie-Curie, Vernouillet", "196 places", "188 demandes", "tous les demandeurs admis")],
    "es": [("CEIP Las Eras (nuevo)", "75 plazas", "96 solicitudes", "1,6 km"), ("CEIP Virgen del Pilar", "50 plazas", "81 solicitudes", "0,9 km"),
           ("Colegio concertado San José", "50 plazas", "62 solicitudes", "1,1 km")],
    "ru": [("Школа № 4 им. Гагарина", "100 мест", "137 заявлений", "только закреплённая территория"), ("Гимназия № 1", "75 мест", "212 заявлений", "только по прописке"),
           ("Школа № 11 (новая)", "150 мест", "118 заявлений", "свободные места есть")],
}
# the admissions team's card: label, value
ADMISSIONS_TEAM = {
    "en": [("Admissions line", "01632 960 417"), ("Admissions email", "admissions@wendlebury.example"), ("Appeals must be lodged by", "20 May 2026")],
    "tr": [("Kayıt birimi telefonu", "0 (224) 900 41 70"), ("Başvuru yeri", "Hükümet Konağı, 2. kat, oda 214")],
    "de": [("Bürgerbüro, Schulanmeldung", "07345 900 417"), ("Anmeldezeiten im Bürgerbüro", "Mo bis Fr 8–12 Uhr, Do 14–18 Uhr")],
    "fr": [("Service des inscriptions, téléphone", "02 00 90 41 70"), ("Accueil des familles", "mairie annexe, du lundi au vendredi de 9 h à 12 h")],
    "es": [("Teléfono de escolarización", "976 900 417"), ("Plazo de reclamaciones", "hasta el 12 de mayo")],
    "ru": [("Телефон отдела приёма", "8 (49133) 4-17-00"), ("Приём документов", "вт и чт с 9:00 до 13:00, кабинет 12")],
}
# faults by ward: ward, open, fixed this month
LIGHT_FAULTS = {
    "en": [("Moorside ward", "23 open", "9 fixed"), ("Castle ward", "7 open", "15 fixed"), ("Fenby Road ward", "11 open", "6 fixed"),
           ("Abbey Fields ward", "4 open", "12 fixed")],
    "tr": [("Yenidoğan Mahallesi", "37 açık", "5 giderildi"), ("Fatih Mahallesi", "12 açık", "18 giderildi"), ("Çınarlı Mahallesi", "6 açık", "21 giderildi")],
    "de": [("Ortsteil Oberstetten", "5 offen", "8 behoben"), ("Ortsteil Lerchenfeld", "2 offen", "4 behoben"), ("Ortskern Hohenstetten", "9 offen", "11 behoben")],
    "fr": [("Quartier des Aubiers", "14 en cours", "6 réparées"), ("Centre-bourg de Saint-Aubin", "3 en cours", "10 réparées"), ("La Garenne", "8 en cours", "2 réparées")],
    "es": [("El Arrabal", "19 pendientes", "7 reparadas"), ("Las Eras", "5 pendientes", "13 reparadas"), ("Barrio de la Judería", "11 pendientes", "9 reparadas")],
    "ru": [("Заречье", "41 открыта", "12 устранено"), ("Центральный микрорайон", "8 открыто", "26 устранено"), ("Северный посёлок", "15 открыто", "10 устранено")],
}
# the highways team's card: label, value
HIGHWAYS_TEAM = {
    "en": [("Street lighting faults line", "0300 900 5561"), ("Dangerous faults, 24 hours", "0300 900 5562"), ("Street lighting email", "streetlighting@valecounty.example")],
    "tr": [("Aydınlatma arıza hattı", "0 (224) 900 55 61"), ("Birimin adresi", "Fen İşleri Müdürlüğü, Sanayi Cd. No: 8")],
    "de": [("Störungstelefon Straßenbeleuchtung", "07345 900 556"), ("Am Störungstelefon erreichbar", "Mo bis Do 7:30–16 Uhr")],
    "fr": [("Numéro pour les pannes d'éclairage", "02 00 90 55 61"), ("Permanence", "services techniques, du lundi au vendredi")],
    "es": [("Teléfono de averías de alumbrado", "976 900 556"), ("Horario de atención", "de lunes a viernes, de 8 a 15 h")],
    "ru": [("Диспетчерская освещения", "8 (49133) 5-56-10"), ("Где находится служба", "улица Коммунальная, 3, МБУ «Благоустройство»")],
}
# this year's rates: benefit or pension, amount
BENEFIT_RATES = {
    "en": [("State pension (full new rate)", "£241.30 a week"), ("Pension credit, single", "£227.10 a week"),
           ("Pension credit, couple", "£346.60 a week"), ("Attendance allowance, higher rate", "£114.60 a week")],
    "tr": [("En düşük emekli aylığı", "16.881 TL"), ("Yaşlı aylığı (65 yaş)", "5.234 TL"), ("Engelli aylığı, %70 ve üzeri", "7.851 TL")],
    "de": [("Regelsatz Bürgergeld, Alleinstehende", "563 € im Monat"), ("Wohngeld, 2-Personen-Haushalt (Durchschnitt)", "421 € im Monat"),
           ("Grundsicherung im Alter, Regelsatz", "563 € im Monat")],
    "fr": [("RSA, personne seule", "646,52 €"), ("Prime d'activité, montant forfaitaire", "633,21 €"), ("Minimum vieillesse (ASPA)", "1 034,28 €")],
    "es": [("Ingreso mínimo vital, adulto solo", "658,81 €/mes"), ("Pensión no contributiva", "564,74 €/mes"),
           ("Complemento a mínimos, con cónyuge", "1.033,30 €/mes")],
    "ru": [("Социальная пенсия по старости", "9 150 ₽"), ("Ежемесячная выплата на ребёнка (50 %)", "8 310 ₽"),
           ("Субсидия на ЖКУ (средняя по району)", "2 740 ₽")],
}
# the advice charity's card: label, value
ADVICE_CHARITY = {
    "en": [("Adviceline", "0800 900 2274"), ("Drop-in", "Tuesdays and Fridays, 10am to 1pm, Wendlebury Library"), ("Web chat", "valeadvice.example")],
    "tr": [("Vakıf telefonu", "0 (224) 900 22 74"), ("Vakfın başvuru saatleri", "hafta içi 08.30 ile 17.00 arası")],
    "de": [("Beratungstelefon des Sozialverbands", "0800 900 2274"), ("Offene Sprechstunde", "mittwochs 9–12 Uhr, Haus der Vereine")],
    "fr": [("Permanence téléphonique", "02 00 90 22 74"), ("Accueil sans rendez-vous", "jeudi 14 h – 17 h, maison France services")],
    "es": [("Teléfono de acogida", "976 900 227"), ("Atención", "martes y jueves por la mañana, salón parroquial")],
    "ru": [("Горячая линия центра", "8 (49133) 2-27-40"), ("Личный приём в центре", "пн–пт с 9:00 до 16:00, улица Первомайская, 21")],
}
WIDGET_ROWS = (("school allocations", SCHOOL_ALLOCATIONS), ("admissions team", ADMISSIONS_TEAM),
               ("light faults", LIGHT_FAULTS), ("highways team", HIGHWAYS_TEAM),
               ("benefit rates", BENEFIT_RATES), ("advice charity", ADVICE_CHARITY))


# headlines of the linked stories (related lists, sidebars, page-list blocks, "more news")
HEADLINES = {
    "en": ["Library van returns to six villages after two-year gap", "Zebra crossing approved outside Fenby surgery",
           "Volunteers clear 40 bags of litter from the canal towpath", "Leisure centre pool to close for new roof in August",
           "Parish council buys the old bank for a community hub", "Brass band marks its centenary with a concert in the park"],
    "tr": ["Gezici kütüphane iki yıl aradan sonra altı köye geri döndü", "Aile sağlığı merkezinin önüne yaya geçidi yapılacak",
           "Gönüllüler kanal kıyısından 40 torba çöp topladı", "Kapalı yüzme havuzu çatı onarımı için ağustosta kapanıyor",
           "Muhtarlık eski banka binasını mahalle evi yapmak için satın aldı", "Bando takımı 100. yılını parkta konserle kutladı"],
    "de": ["Bücherbus fährt nach zwei Jahren wieder sechs Dörfer an", "Zebrastreifen vor der Hausarztpraxis genehmigt",
           "Freiwillige sammeln 40 Säcke Müll am Kanalufer", "Hallenbad schließt im August für ein neues Dach",
           "Gemeinde kauft die alte Bankfiliale für einen Bürgertreff", "Musikverein feiert 100 Jahre mit Konzert im Park"],
    "fr": ["Le bibliobus dessert de nouveau six villages après deux ans d'absence", "Un passage piéton validé devant le cabinet médical",
           "Des bénévoles ramassent 40 sacs de déchets le long du canal", "La piscine fermera en août pour refaire sa toiture",
           "La commune rachète l'ancienne agence bancaire pour en faire une maison des associations", "L'harmonie fête ses cent ans par un concert au parc"],
    "es": ["El bibliobús vuelve a seis pueblos tras dos años", "Aprobado un paso de cebra frente al centro de salud",
           "Voluntarios retiran 40 bolsas de basura de la orilla del canal", "La piscina cubierta cerrará en agosto para cambiar el tejado",
           "El ayuntamiento compra la antigua sucursal bancaria para un centro cívico", "La banda de música celebra su centenario con un concierto en el parque"],
    "ru": ["Библиобус после двухлетнего перерыва снова ездит в шесть сёл", "У поликлиники появится пешеходный переход",
           "Волонтёры собрали на берегу канала 40 мешков мусора", "Бассейн закроют в августе на ремонт крыши",
           "Администрация выкупила здание бывшего банка под центр для жителей", "Духовой оркестр отметил столетие концертом в парке"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["en"]
TEASERS = {
    "en": ["The county found the money for a driver and a second-hand van.",
           "Patients had asked for one since a near miss in the winter.",
           "A shopping trolley and two traffic cones were among the finds.",
           "Swimming lessons will move to the school pool for ten weeks.",
           "The building has stood empty since the branch closed in 2024.",
           "Three former players came back to play the first half."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["News from the towns", "County Hall and politics", "Schools and colleges", "Money and cost of living", "Roads, buses and potholes", "Community and charity", "Letters to the county desk"],
               cookie="We and our advertising partners store and access information on your device, such as cookies, to run this site, measure how it is used and personalise the adverts you see. Choose OK, accept everything to allow all of these, or Manage options to pick which ones you are happy with.",
               accept="OK, accept everything", reject="Manage options", share="Send this county story to a friend",
               related="Also on the county desk", newsletter="The County Catch-up: every weekday at 7am",
               subscribe="Add me to the County Catch-up list", email="you@county-catchup.example",
               comment_note="Please keep comments polite and relevant. Posts that break our house rules will be removed by the moderators.",
               closed="Comments are switched off on this story.",
               footer=["Meet the county desk", "Corrections we have published", "Your data and the county desk", "Advertise with us across the county", "Terms of the county websites and house rules"],
               rights="All material on this site is protected by copyright; reuse needs our written permission.",
               commenters=[("FenbyFrank", "About time somebody listened to the people who actually live here."),
                           ("Jan at number 12", "Good news, but let's see if it actually happens this year.")]),
    "tr": dict(nav=["İlçelerden haberler", "Belediye meclisi ve siyaset", "Okullar", "Geçim derdi ve ekonomi", "Yollar ve ulaşım", "Dernekler ve yardımlaşma", "İl masasına okur mektupları"],
               cookie="Biz ve reklam ortaklarımız, siteyi çalıştırmak, nasıl kullanıldığını ölçmek ve gördüğünüz reklamları kişiselleştirmek için cihazınızda çerez gibi bilgileri saklar ve bunlara erişiriz. Tümüne izin vermek için “Tamamdır, tümünü kabul ediyorum” düğmesini, hangilerine izin verdiğinizi seçmek için Seçenekleri yönet'i seçin.",
               accept="Tamamdır, tümünü kabul ediyorum", reject="Seçenekleri yönet", share="Bu il haberini bir arkadaşınıza gönderin",
               related="İl masasından diğer haberler", newsletter="İlçe Özeti: hafta içi her sabah 07.00'de",
               subscribe="İlçe Özeti'ne kaydolun", email="siz@ilce-ozeti.example",
               comment_note="Lütfen yorumlarınızda nazik ve konuyla ilgili kalın. Kurallarımıza uymayan yorumlar moderatörlerce kaldırılır.",
               closed="Bu haberde yorumlar kapalı.",
               footer=["İl masası ekibi", "Yayımladığımız düzeltmeler", "Verileriniz ve il masası", "İlde reklam verin", "Site koşulları ve yorum kuralları"],
               rights="Bu sitedeki tüm içerik telif hakkıyla korunur; yeniden kullanım için yazılı iznimiz gerekir.",
               commenters=[("akcaovali_hasan", "Sonunda burada yaşayanları dinleyen biri çıktı."),
                           ("Karaçamlı Gülsüm", "Güzel haber ama bakalım bu yıl gerçekten yapılacak mı.")]),
    "de": dict(nav=["Aus Dörfern und Gemeinden", "Kreistag und Politik", "Schulen und Kitas", "Geld und Lebenshaltung", "Straßen, Busse, Baustellen", "Vereine und Ehrenamt", "Briefe an die Kreisredaktion"],
               cookie="Wir und unsere Werbepartner speichern Informationen auf Ihrem Gerät, etwa Cookies, und greifen darauf zu, um diese Seite zu betreiben, die Nutzung zu messen und Werbung zu personalisieren. Mit „In Ordnung, alles akzeptieren“ erlauben Sie alles, unter „Optionen verwalten“ wählen Sie selbst aus.",
               accept="In Ordnung, alles akzeptieren", reject="Optionen verwalten", share="Diesen Kreisbericht einer Freundin schicken",
               related="Mehr aus der Kreisredaktion", newsletter="Der Kreis am Morgen: werktags um 7 Uhr",
               subscribe="Den Kreis am Morgen bestellen", email="sie@kreis-am-morgen.example",
               comment_note="Bitte bleiben Sie höflich und beim Thema. Beiträge, die gegen unsere Hausregeln verstoßen, werden von der Moderation entfernt.",
               closed="Unter diesem Kreisbericht kann nicht mehr kommentiert werden.",
               footer=["Die Kreisredaktion", "Von uns veröffentlichte Korrekturen", "So nutzen wir Ihre Daten", "Anzeigen im ganzen Landkreis", "Bedingungen der Kreisportale und Hausregeln"],
               rights="Alle Inhalte dieser Seite sind urheberrechtlich geschützt; eine Weiterverwendung bedarf unserer schriftlichen Zustimmung.",
               commenters=[("Schwarzachtaler", "Wurde aber auch Zeit, dass mal jemand auf die Leute vor Ort hört."),
                           ("Elke aus Oberstetten", "Schön und gut, mal sehen, ob es dieses Jahr wirklich klappt.")]),
    "fr": dict(nav=["L'actu des communes", "Conseil et politique", "Écoles et collèges", "Pouvoir d'achat", "Routes, cars et travaux", "Associations et solidarité", "Lettres à la rédaction départementale"],
               cookie="Nos partenaires publicitaires et nous-mêmes stockons des informations sur votre appareil, comme des cookies, et y accédons pour faire fonctionner le site, mesurer son audience et personnaliser les publicités. Choisissez « Ça me va, tout accepter » pour tout autoriser, ou Gérer les options pour faire votre choix.",
               accept="Ça me va, tout accepter", reject="Gérer les options", share="Envoyer ce reportage départemental à un ami",
               related="Aussi à la rédaction départementale", newsletter="Le Point du matin : chaque jour de semaine à 7 h",
               subscribe="M'inscrire au Point du matin", email="vous@point-du-matin.example",
               comment_note="Restez courtois et ne sortez pas du sujet, s'il vous plaît. Les messages contraires à notre charte seront retirés par la modération.",
               closed="Impossible de commenter ce reportage départemental.",
               footer=["La rédaction départementale", "Les rectificatifs que nous avons publiés", "L'usage de vos données", "Annoncer dans tout le département", "Conditions du site et charte des commentaires"],
               rights="Tous les contenus de ce site sont protégés par le droit d'auteur ; toute réutilisation exige notre accord écrit.",
               commenters=[("Dédé_des_Aubiers", "Enfin quelqu'un qui écoute ceux qui vivent ici."),
                           ("Maryvonne B.", "Bonne nouvelle, reste à voir si ça se fera vraiment cette année.")]),
    "es": dict(nav=["Noticias de los pueblos", "Plenos, concejales y política", "Colegios e institutos", "Bolsillo y precios", "Carreteras, autobuses y obras", "Asociaciones y solidaridad", "Cartas a la redacción provincial"],
               cookie="Nosotros y nuestros socios publicitarios almacenamos información en tu dispositivo, como cookies, y accedemos a ella para que la web funcione, medir su uso y personalizar los anuncios. Elige «Vale, aceptarlo todo» para permitirlo todo o Gestionar opciones para decidir tú.",
               accept="Vale, aceptarlo todo", reject="Gestionar opciones", share="Envía esta crónica provincial a un amigo",
               related="También en la redacción provincial", newsletter="El Resumen de la mañana: cada día laborable a las 7",
               subscribe="Apuntarme al Resumen", email="tu@resumen-manana.example",
               comment_note="Por favor, sé educado y no te salgas del tema. Los moderadores retirarán los mensajes que incumplan nuestras normas.",
               closed="Ya no se puede comentar esta crónica provincial.",
               footer=["La redacción provincial", "Las correcciones que hemos publicado", "Tus datos y la redacción provincial", "Publicidad en toda la provincia", "Condiciones de la web y normas de participación"],
               rights="Todo el material de esta web está protegido por derechos de autor; reutilizarlo requiere nuestro permiso por escrito.",
               commenters=[("Paco_del_Arrabal", "Ya era hora de que alguien escuchara a los que vivimos aquí."),
                           ("Loli Gracia", "Buena noticia, a ver si de verdad se hace este año.")]),
    "ru": dict(nav=["Новости сёл и посёлков", "Администрация, депутаты, политика", "Школы и колледжи", "Деньги и цены", "Дороги, автобусы, ремонт", "Общество и благотворительность", "Письма в районную редакцию"],
               cookie="Мы и наши рекламные партнёры храним информацию на вашем устройстве, например cookie, и обращаемся к ней, чтобы сайт работал, чтобы измерять посещаемость и подбирать рекламу. Нажмите «Согласен, принять все cookie», чтобы разрешить всё, или «Выбрать самостоятельно», чтобы решить самим.",
               accept="Согласен, принять все cookie", reject="Выбрать самостоятельно", share="Отправить этот районный материал другу",
               related="Ещё из районной редакции", newsletter="«Район с утра»: по будням в 7:00",
               subscribe="Подписаться на «Район с утра»", email="vy@raion-s-utra.example",
               comment_note="Пожалуйста, будьте вежливы и пишите по теме. Сообщения, нарушающие правила, модераторы удаляют.",
               closed="Обсуждение этого районного материала закрыто.",
               footer=["Районная редакция", "Опубликованные нами исправления", "Ваши данные и районная редакция", "Реклама по всему району", "Условия сайта и правила комментариев"],
               rights="Все материалы сайта защищены авторским правом; для использования нужно наше письменное разрешение.",
               commenters=[("Zarechye_Nikolaich", "Наконец-то кто-то послушал тех, кто здесь живёт."),
                           ("Галина Петровна", "Новость хорошая, посмотрим, сделают ли в этом году.")]),
}
UI64 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"tr": "KARAÇAM'DA BUGÜN:"},  # the regional layout's inline links
    (mp2, "BIO"): {"ru": "{name} ведёт в «{site}» рубрику «{section}» и двадцать лет ездит по сельским библиотекам района. Письма: ocherk@zarechnaya-nedelya.example"},
    (mp4, "READMORE"): {"es": "EN LA VEGA TAMBIÉN:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"es": dict(also="No te pierdas en el Faro")},
    (mp6, "TYPO3"): {"de": dict(ext="Rundgang durch die neue Schule (YouTube)",
                                note="Hier ist ein Video vom Rundgang durch die Grundschule Lerchenfeld eingebunden. Es wird erst nach Ihrer Zustimmung von YouTube geladen; YouTube erhält dann Daten über Ihren Besuch.",
                                button="Zustimmen und Rundgang ansehen", by="Veröffentlicht von", search="Auf hohenstetten.example suchen",
                                lang_menu="Hohenstetten in Leichter Sprache")},
    (mp7, "SANITY"): {"ru": dict(nl_title="Приокский вечер", nl_text="Главное за день из сёл и посёлков вдоль Оки — одно письмо в восемь вечера.",
                                 nl_button="Хочу получать «Приокский вечер»", nl_placeholder="Ваша почта для «Приокского вечера»")},
    (mp11, "HUGO"): {"en": dict(nl_title="The Thornbeck Over", nl_text="Fixtures, results and club news from the green every Monday during the season.",
                                nl_label="Your email for The Thornbeck Over", nl_button="Send me The Thornbeck Over")},
    (mp13, "PUB_NAV"): {"en": ["Latest letters", "Sheep Street and the market", "Shops and makers", "Keep the Letters going"]},
    (mp13, "TEASERS"): {"en": TEASERS["en"]},
    (mp19, "UCOZ"): {"tr": dict(domain="ucoz.com", slogan="Dikmeçam — Toros eteğinde bir dağ köyü",
                                menu=["Dikmeçam ana sayfası", "Dikmeçam'dan son haberler", "Muhtarımızın duyuruları", "Dikmeçam'ın eski günleri", "Dikmeçam'dan fotoğraflar", "Köy derneğine yazın"],
                                cats=["Dikmeçam'dan son haberler", "İmece günleri", "Derneğin duyuruları"],
                                friends=["Dikmeçam Kalkındırma Derneği", "Çamlıyayla Ortaokulu", "Aşağıdikmen köy sayfası"],
                                footer="Dikmeçam Köyü © 2026 · sayfayı köyün gençleri gönüllü olarak tutuyor",
                                poster="dikmecam_dernek", tags=["köy kahvesi", "imece günü"],
                                commenters=[("Almanyadan_Yusuf", "Almanya'dan izliyoruz, eline sağlık gençlerin. Yazın gelince bir çay da biz ısmarlarız."),
                                            ("Dikmeçamlı_Ayten", "Kadınlar da gözleme yaptı, onu da yazsaydınız keşke!")],
                                style="p", heads="h3")},
}
# the platform's own strings that an earlier layout lacks in a language: Drupal's node strings in Spanish (from h28)
PLATFORM_STRINGS = {(mp3, "DRUPAL"): {"es": mp28.SITE_STRINGS[(mp3, "DRUPAL")]["es"]}}


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
# the new layout: a regional daily's or a regional broadcaster's news site built on Optimizely CMS (formerly
# Episerver) with an Alloy-style MVC template, as it serves an ArticlePage to an anonymous reader: the head with the
# /Static/css/... and /Static/js/... bundles, the EPiServer.Forms stylesheet, the Cookiebot script, the Optimizely Web
# Experimentation snippet and the Optimizely Data Platform (zaius) tracking code; the header partial (top-header with
# the logo and the utility menu with the search form, the Bootstrap navbar with the collapse "mainnav" and its
# nav-item dropdown / dropdown-menu lists); the breadcrumb; the ArticlePage view: the h1 "article-page__heading", the
# "introduction" lead, the byline and the published / updated dates, the MainBody XhtmlString in div.article-page__body
# as TinyMCE writes it (p, h2, strong, em, the background-colour span, blockquote, ul / ol, <br>, a table with its
# inline styles, the image with its figcaption -- this layout's own residue in the container --, the &nbsp; paragraph
# an editor leaves at the end), the share links; the MainContentArea (div.ContentArea with "block" children: a
# TeaserBlock, an EditorialBlock, a PageListBlock "More news", a ContactBlock card and a FormContainerBlock holding
# the newsletter form in EPiServer.Forms markup: the __FormGuid / __FormHostedPage / __FormLanguage hidden system
# elements, Form__Title, Form__Description, Form__Status, Form__MainBody with the FormStep section, a FormTextbox and
# a FormChoice, the FormSubmitButton "Submit"); the footer partial (block columns, "About us", "Cookie settings",
# privacy, the address and copyright); the Cookiebot consent dialog (CybotCookiebotDialog); then the Bootstrap and
# site JS, the EPiServer.Forms scripts and the Search & Navigation (Find) tracking snippet
# --------------------------------------------------------------------------
# the platform's and the theme's generic strings, per language (not checked)
OPTIMIZELY_CORE = {
    "en": dict(skip="Skip to main content", search="Search", home="Home", news="News", by="By", published="Published",
               updated="Updated", share="Share", more_news="More news", read_more="Read more", submit="Submit",
               required="This field is required.", invalid="Enter a valid email address.", about="About us",
               cookie_settings="Cookie settings", privacy="Privacy", toggle="Toggle navigation", menu="Main menu",
               email="Email address", cb_title="This website uses cookies", cb_deny="Deny", cb_custom="Customise",
               cb_allow="Allow all", cb_logo="Cookiebot - opens in a new window", follow="Follow us", crumb="Breadcrumb",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December"]),
    "de": dict(skip="Zum Hauptinhalt springen", search="Suche", home="Startseite", news="Nachrichten", by="Von",
               published="Veröffentlicht", updated="Aktualisiert", share="Teilen", more_news="Weitere Nachrichten",
               read_more="Weiterlesen", submit="Absenden", required="Dieses Feld ist erforderlich.",
               invalid="Bitte geben Sie eine gültige E-Mail-Adresse ein.", about="Über uns", cookie_settings="Cookie-Einstellungen",
               privacy="Datenschutz", toggle="Navigation umschalten", menu="Hauptmenü", email="E-Mail-Adresse",
               cb_title="Diese Webseite verwendet Cookies", cb_deny="Ablehnen", cb_custom="Anpassen", cb_allow="Alle zulassen",
               cb_logo="Cookiebot – öffnet in einem neuen Fenster", follow="Folgen Sie uns", crumb="Brotkrumen",
               months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                       "November", "Dezember"]),
}
# the sites' own strings: domain and ids (exempt), the logo's alt text, the utility links, the menu with its
# dropdowns, the teaser and editorial blocks, the contact card, the newsletter form's texts, the footer columns,
# address and copyright, the Cookiebot dialog's wording
OPTIMIZELY = {
    "Wexcombe Evening Star": dict(
        domain="www.wexcombestar.example", lang_path="/en", cbid="5f1c0a2e-7d4b-4c39-9a61-2b8e0d7f3c15", project="24817306551",
        tracker="wXq3Lm0PzRt7Vb2Yc9Ke", logo="Wexcombe Evening Star, front page",
        utility=[("E-edition", "/en/e-edition/"), ("Jobs in the Vale", "/en/jobs/"), ("Vale public notices", "/en/public-notices/")],
        menu=[("Wexcombe and Vale news", "/en/news/", [("Wexcombe town", "/en/news/wexcombe/"), ("Vale villages", "/en/news/villages/"),
                                                 ("From County Hall", "/en/news/council/"), ("Vale courts", "/en/news/courts/")]),
              ("Sport in the Star", "/en/sport/", [("Rovers match reports", "/en/sport/rovers/"), ("Vale grassroots football", "/en/sport/grassroots/"),
                                            ("Village cricket round-up", "/en/sport/cricket/")]),
              ("Vale days out and events", "/en/whats-on/", []), ("Wexcombe memories", "/en/nostalgia/", []),
              ("Star family announcements", "/en/announcements/", [])],
        teaser=("Star Awards 2026", "Nominate the neighbour, volunteer or small business who made a difference this year.", "Make a nomination"),
        editorial="The Evening Star has reported on Wexcombe and the Vale since 1887. Tell us what is happening where you live: our newsroom is open every day of the week.",
        contact=("Got a story for the Star?", "The Star newsdesk", "01632 960 288", "newsdesk@wexcombestar.example"),
        form_title="Star After Six",
        form_text="The evening's top stories from Wexcombe and the Vale, in your inbox at 6pm every weekday.",
        form_consent="I agree to receive Star After Six and understand I can unsubscribe at any time.",
        footer=[("The Evening Star", [("Ring or email the Star newsroom", "/en/contact/"), ("Complaints about Star coverage", "/en/complaints/"), ("Buy a photo", "/en/photo-sales/")]),
                ("Advertising with the Star", [("Book a display advert", "/en/advertise/"), ("Place a family notice", "/en/announcements/place/")]),
                ("Reading the Star", [("Home delivery", "/en/delivery/"), ("Digital subscription", "/en/subscribe/")])],
        social=[("Facebook", "https://www.facebook.com/wexcombestar"), ("Instagram", "https://www.instagram.com/wexcombestar"),
                ("X", "https://x.com/wexcombestar")],
        banner="The Evening Star uses cookies to keep the site working, to count visits and to show adverts that pay for our journalism. You can change your choice at any time from the link at the bottom of every page.",
        address="Wexcombe Evening Star, Star House, 9 Corn Exchange Street, Wexcombe WX2 4HB",
        copyright="© 2026 Vale Newspapers Ltd. The Wexcombe Evening Star is a member of IPSO."),
    "Donauland Rundfunk": dict(
        domain="www.donauland-rundfunk.example", lang_path="/de", cbid="a93e6d10-4f2b-47c8-b0d5-8c1f27e94a63", project="25190447382",
        tracker="Dr7Kt2Mv9Qx1Hz6Pw4Ls", logo="Donauland Rundfunk – zur Startseite",
        utility=[("Radio live hören", "/de/radio/live/"), ("Donauland-Mediathek", "/de/mediathek/"), ("Verkehrsmeldungen", "/de/verkehr/")],
        menu=[("Nachrichten aus Donauland", "/de/nachrichten/", [("Aus den Donaugemeinden", "/de/nachrichten/region/"), ("Landespolitik im Blick", "/de/nachrichten/politik/"),
                                                            ("Wirtschaft an der Donau", "/de/nachrichten/wirtschaft/"), ("Soziales und Gesundheit", "/de/nachrichten/soziales/")]),
              ("Sport in Donauland", "/de/sport/", [("Fußball von der Kreisliga bis zur Regionalliga", "/de/sport/fussball/"), ("Handball in der Region", "/de/sport/handball/")]),
              ("Ratgeber für Verbraucher", "/de/ratgeber/", []), ("Kultur und Brauchtum", "/de/kultur/", []), ("Unser Programm heute", "/de/programm/", [])],
        teaser=("Donauland vor Ort", "Unser Übertragungswagen kommt in Ihren Ort: Im Mai senden wir live aus Riedlingen-Au.", "Alle Termine"),
        editorial="Donauland Rundfunk ist das Regionalprogramm für die Landkreise an der oberen Donau. Hinweise auf Themen nimmt unsere Nachrichtenredaktion rund um die Uhr entgegen.",
        contact=("Thema für uns?", "Nachrichtenredaktion Donauland", "0731 900 4410", "nachrichten@donauland-rundfunk.example"),
        form_title="Donauland kompakt",
        form_text="Die wichtigsten Nachrichten aus der Region jeden Morgen um halb sieben im Postfach.",
        form_consent="Ich möchte Donauland kompakt erhalten und kann mich jederzeit wieder abmelden.",
        footer=[("Donauland Rundfunk", [("Kontakt zur Donauland-Redaktion", "/de/kontakt/"), ("Empfang und Frequenzen", "/de/empfang/"), ("Jobs beim Sender", "/de/karriere/")]),
                ("Das Programm", [("Sendeplan der Woche", "/de/programm/sendeplan/"), ("Podcasts aus Donauland", "/de/podcasts/")]),
                ("Service für Hörer", [("Barrierefreiheit bei Donauland", "/de/barrierefreiheit/"), ("Impressum des Senders", "/de/impressum/")])],
        social=[("Instagram", "https://www.instagram.com/donaulandrundfunk"), ("Facebook", "https://www.facebook.com/donaulandrundfunk"),
                ("YouTube", "https://www.youtube.com/@donaulandrundfunk")],
        banner="Donauland Rundfunk setzt Cookies ein, damit die Seite funktioniert, um Abrufe unserer Angebote zu zählen und um Audio und Video von Drittanbietern einzubinden. Ihre Auswahl können Sie über den Link am Ende jeder Seite ändern.",
        address="Donauland Rundfunk GmbH, Funkhausplatz 1, 89077 Ulm-Söflingen",
        copyright="© 2026 Donauland Rundfunk GmbH, Ulm. Nachdruck und Mitschnitt nur mit Genehmigung des Senders."),
}
OPTIMIZELY_EXEMPT = {"domain", "lang_path", "cbid", "project", "tracker", "social"}  # (ids, and the networks' names)


def op_guid(rng):
    h = "%032x" % rng.getrandbits(128)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def op_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    months = OPTIMIZELY_CORE[lang]["months"]
    return ("%d %s %d" % (d, months[m - 1], y)) if lang == "en" else ("%d. %s %d" % (d, months[m - 1], y))


def op_slug(text):
    import unicodedata
    t = mp.inline_text(text).lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:80]


def op_table(rows):
    # a table inserted with TinyMCE: inline width and border styles, the first row as the head
    width = "%.4f%%" % (100.0 / len(rows[0]))
    head = "".join('<th style="width: %s;">%s</th>' % (width, mp.inline_html(c)) for c in rows[0])
    body = "".join("<tr>%s</tr>" % "".join('<td style="width: %s;">%s</td>' % (width, mp.inline_html(c)) for c in r) for r in rows[1:])
    return ('<table style="border-collapse: collapse; width: 100%%;" border="1"><colgroup>%s</colgroup>'
            '<thead><tr>%s</tr></thead><tbody>%s</tbody></table>') % (
        "".join('<col style="width: %s;">' % width for _ in rows[0]), head, body)


def op_block(kind, val):
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote>\n<p>%s</p>\n</blockquote>" % mp.inline_html(val)
    if kind == "table":
        return op_table(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def op_menu(items, lp):
    lis = []
    for label, href, children in items:
        if children:
            kids = "".join('<li><a class="dropdown-item" href="%s">%s</a></li>' % (h, E(t)) for t, h in children)
            lis.append('<li class="nav-item dropdown">\n<a class="nav-link dropdown-toggle" href="%s" role="button" data-bs-toggle="dropdown" '
                       'aria-expanded="false">%s</a>\n<ul class="dropdown-menu">%s</ul>\n</li>' % (href, E(label), kids))
        else:
            lis.append('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % (href, E(label)))
    return "\n".join(lis)


def op_form(c, s, lang, page_id, rng):
    """The newsletter form as EPiServer.Forms renders a FormContainerBlock in view mode."""
    gid = op_guid(rng)
    f_email, f_choice, f_submit = ("__field_%d" % rng.randint(1100, 1999) for _ in range(3))
    hidden = "\n".join(
        '<input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="%s" value="%s" />' % (n, v)
        for n, v in (("__FormGuid", gid), ("__FormHostedPage", page_id), ("__FormLanguage", lang), ("__FormCurrentStepIndex", ""),
                     ("__FormSubmissionId", "")))
    return (
        '<form method="post" novalidate="novalidate" data-f-metadata="" aria-labelledby="%s_label" enctype="multipart/form-data" '
        'class="EPiServerForms" data-f-type="form" id="%s">\n'
        '<script type="text/javascript" src="/Util/EPiServer.Forms/EPiServerForms_prerequisite.js"></script>\n'
        '%s\n<input name="__RequestVerificationToken" type="hidden" value="CfDJ8%s" />\n'
        '<h2 class="Form__Title" id="%s_label">%s</h2>\n<aside class="Form__Description">%s</aside>\n'
        '<div class="Form__Status"><div role="status" class="Form__Status__Message hide"></div></div>\n'
        '<div data-f-mainbody class="Form__MainBody">\n'
        '<section id="__field_" data-f-type="step" data-f-element-name="__field_" class="Form__Element FormStep Form__Element--NonData " '
        'data-f-stepindex="0" data-f-element-nondata>\n'
        '<div class="Form__Element FormTextbox FormTextbox--Email ValidationRequired ValidationEmail" data-f-element-name="%s" data-f-type="textbox">\n'
        '<label for="%s" class="Form__Element__Caption">%s</label>\n'
        '<input name="%s" id="%s" type="email" class="FormTextbox__Input" aria-describedby="%s_desc" placeholder="" data-f-datainput value="" '
        'autocomplete="email" aria-required="true" />\n'
        '<span class="Form__Element__ValidationError" id="%s_desc" role="alert" data-f-linked-name="%s" data-f-validationerror="" '
        'style="display:none;">%s</span>\n</div>\n'
        '<div class="Form__Element FormChoice ValidationRequired" data-f-element-name="%s" data-f-type="choice">\n'
        '<fieldset aria-describedby="%s_desc"><legend class="Form__Element__Caption"></legend>\n'
        '<label for="%s_0" class="FormChoice__Label"><input type="checkbox" id="%s_0" name="%s" value="yes" '
        'class="FormChoice__Input FormChoice__Input--Checkbox" data-f-datainput />%s</label>\n</fieldset>\n'
        '<span class="Form__Element__ValidationError" id="%s_desc" role="alert" data-f-linked-name="%s" data-f-validationerror="" '
        'style="display:none;">%s</span>\n</div>\n'
        '<button id="%s" name="submit" type="submit" value="%s" data-f-is-finalized="false" data-f-is-progressive-submit="true" '
        'data-f-type="submitbutton" data-f-element-name="%s" class="Form__Element FormExcludeDataRebind FormSubmitButton">%s</button>\n'
        '</section>\n</div>\n</form>') % (
        gid, gid, hidden, "%040x" % rng.getrandbits(160), gid, E(s["form_title"]), E(s["form_text"]),
        f_email, f_email, E(c["email"]), f_email, f_email, f_email, f_email, f_email, E(c["required"]),
        f_choice, f_choice, f_choice, f_choice, f_choice, E(s["form_consent"]), f_choice, f_choice, E(c["required"]),
        f_submit, f_submit, f_submit, E(c["submit"]))


def tpl_optimizely(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = OPTIMIZELY_CORE[lang], OPTIMIZELY[site]
    host, lp = "https://" + s["domain"], s["lang_path"]
    section_slug = op_slug(art["section"])
    slug_ = op_slug(art["title"])
    path = "%s/%s/%s/%s/" % (lp, op_slug(c["news"]), section_slug, slug_)
    url = host + path
    page_id = str(rng.randint(18000, 64000))
    ver = "%d.%d.%d" % (rng.randint(3, 6), rng.randint(0, 9), rng.randint(100, 999))
    img = "/globalassets/%s/%s/%s.jpg" % (op_slug(c["news"]), art["date"][:4], slug_[:48])
    blocks, n = art["blocks"], len(art["blocks"])
    # the MainBody: the first paragraph, the image with its caption, the rest, the &nbsp; paragraph left at the end
    body = placed.get(0, []) + [op_block(*blocks[0])]
    body.append('<figure class="image"><img src="%s" alt="%s" width="800" height="450" />\n<figcaption>%s %s</figcaption></figure>' % (
        img, A(art["caption"]), E(art["caption"]), E(art["credit"])))
    for i in range(1, n + 1):
        body.extend(placed.get(i, []))
        if i < n:
            body.append(op_block(*blocks[i]))
    body.append("<p>&nbsp;</p>")
    hh, mm = rng.randint(5, 9), rng.randint(0, 59)
    uh = hh + rng.randint(2, 9)
    published = '%s <time datetime="%sT%02d:%02d:00+01:00">%s, %02d:%02d</time>' % (
        E(c["published"]), art["date"], hh, mm, E(op_date(lang, art["date"])), hh, mm)
    updated = '%s <time datetime="%sT%02d:%02d:00+01:00">%s, %02d:%02d</time>' % (
        E(c["updated"]), art["date"], uh, mm, E(op_date(lang, art["date"])), uh, mm)
    utility = "".join('<li><a href="%s">%s</a></li>' % (h, E(t)) for t, h in s["utility"])
    share = "".join(('<a class="share-links__link share-links__link--%s" href="%s" target="_blank" rel="noopener">%s</a>') % (
        k.lower(), h, E(k)) for k, h in (("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                                         ("X", "https://x.com/intent/post?url=" + url),
                                         ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + url),
                                         ("E-mail", "mailto:?subject=%s&amp;body=%s" % (A(art["title"]), url))))
    heads = rng.sample(HEADLINES[lang], 4)
    page_list = "\n".join('<li class="pagelistblock__item"><a href="%s/%s/%s/">%s</a> <span class="pagelistblock__date">%s</span></li>' % (
        lp, op_slug(c["news"]), op_slug(h)[:60], E(h), E(op_date(lang, art["date"]))) for h in heads)
    t_head, t_text, t_link = s["teaser"]
    k_head, k_name, k_phone, k_mail = s["contact"]
    footer_cols = "\n".join('<div class="col-12 col-md-6 col-lg-3 block"><h3>%s</h3><ul class="list-unstyled">%s</ul></div>' % (
        E(head), "".join('<li><a href="%s%s">%s</a></li>' % (lp, h[len(lp):] if h.startswith(lp) else h, E(t)) for t, h in links))
        for head, links in s["footer"])
    social = "".join('<li><a href="%s" target="_blank" rel="noopener">%s</a></li>' % (h, E(net)) for net, h in s["social"])
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{E(art["title"])} - {E(site)}</title>
<meta name="description" content="{A(art["sub"])}" />
<link rel="canonical" href="{url}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{A(art["title"])}" />
<meta property="og:description" content="{A(art["sub"])}" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{host}{img}?width=1200&amp;height=630&amp;mode=crop" />
<meta property="og:site_name" content="{A(site)}" />
<meta name="twitter:card" content="summary_large_image" />
<meta property="article:published_time" content="{art["date"]}T{hh:02d}:{mm:02d}:00+01:00" />
<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon" />
<link rel="stylesheet" href="/Static/css/bootstrap.min.css?v={ver}" />
<link rel="stylesheet" href="/Static/css/style.min.css?v={ver}" />
<link rel="stylesheet" href="/Static/css/article-page.min.css?v={ver}" />
<link rel="stylesheet" type="text/css" href="/Util/EPiServer.Forms/EPiServerForms.css" />
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="{s["cbid"]}" data-blockingmode="auto" data-culture="{lang.upper()}" type="text/javascript"></script>
<script src="https://cdn.optimizely.com/js/{s["project"]}.js"></script>
<script type="text/javascript">
var zaius = window['zaius']||(window['zaius']=[]);zaius.methods=["initialize","onload","customer","entity","event","subscribe","unsubscribe","consent","identify","anonymize","dispatch"];zaius.factory=function(e){{return function(){{var t=Array.prototype.slice.call(arguments);t.unshift(e);zaius.push(t);return zaius}}}};(function(){{for(var i=0;i<zaius.methods.length;i++){{var method=zaius.methods[i];zaius[method]=zaius.factory(method)}}var e=document.createElement("script");e.type="text/javascript";e.async=true;e.src=("https:"===document.location.protocol?"https://":"http://")+"d1igp3oop3iho5.cloudfront.net/v2/{s["tracker"]}/zaius-min.js";var t=document.getElementsByTagName("script")[0];t.parentNode.insertBefore(e,t)}})();
zaius.event("pageview");
</script>
<script src="/Static/js/jquery.min.js?v={ver}"></script>
</head>
<body>
<a class="skip-link visually-hidden-focusable" href="#main">{E(c["skip"])}</a>
<header class="header">
<div class="top-header">
<div class="container">
<div class="d-flex justify-content-between align-items-center">
<a href="{lp}/" class="logo" title="{A(site)}"><img src="/globalassets/logo/{op_slug(site)}.svg" alt="{A(s["logo"])}" width="220" height="48" /></a>
<ul class="utilities" id="utilityMenu">
{utility}
<li class="utilities__search"><form action="{lp}/{op_slug(c["search"])}/" method="get" class="search-form" role="search"><input type="search" class="search-query form-control" name="q" placeholder="{A(c["search"])}" aria-label="{A(c["search"])}" /><button type="submit" class="btn btn-search"><span class="visually-hidden">{E(c["search"])}</span></button></form></li>
</ul>
</div>
</div>
</div>
<nav class="navbar navbar-expand-lg" aria-label="{A(c["menu"])}">
<div class="container">
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainnav" aria-controls="mainnav" aria-expanded="false" aria-label="{A(c["toggle"])}"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainnav">
<ul class="navbar-nav mainnav">
{op_menu(s["menu"], lp)}
</ul>
</div>
</div>
</nav>
</header>
<main id="main" class="container">
<nav aria-label="{A(c["crumb"])}">
<ol class="breadcrumb">
<li class="breadcrumb-item"><a href="{lp}/">{E(c["home"])}</a></li>
<li class="breadcrumb-item"><a href="{lp}/{op_slug(c["news"])}/">{E(c["news"])}</a></li>
<li class="breadcrumb-item"><a href="{lp}/{op_slug(c["news"])}/{section_slug}/">{E(art["section"])}</a></li>
<li class="breadcrumb-item active" aria-current="page">{E(art["title"])}</li>
</ol>
</nav>
<div class="row">
<article class="col-12 col-lg-8 article-page">
<h1 class="article-page__heading">{E(art["title"])}</h1>
<p class="introduction">{E(art["sub"])}</p>
<div class="article-page__meta">
<span class="article-page__byline">{E(c["by"])} <a href="{lp}/{op_slug(c["about"])}/{op_slug(art["byline"])}/">{E(art["byline"])}</a></span>
<span class="article-page__date">{published}</span>
<span class="article-page__date article-page__date--updated">{updated}</span>
</div>
<div class="article-page__body">
{chr(10).join(body)}
</div>
<div class="article-page__share share-links"><span class="share-links__label">{E(c["share"])}</span>{share}</div>
</article>
</div>
<div class="ContentArea row equal-height">
<div class="block teaserblock col-12 col-md-6 col-lg-4">
<div class="teaserblock__inner">
<img class="teaserblock__image" src="/globalassets/blocks/{op_slug(t_head)}.jpg" alt="" loading="lazy" />
<h2 class="teaserblock__heading">{E(t_head)}</h2>
<p class="teaserblock__text">{E(t_text)}</p>
<a class="teaserblock__link" href="{lp}/{op_slug(t_head)}/">{E(t_link)}</a>
</div>
</div>
<div class="block editorialblock col-12 col-md-6 col-lg-4">
<div class="editorialblock__inner"><p>{E(s["editorial"])}</p></div>
</div>
<div class="block pagelistblock col-12 col-lg-4">
<h2 class="pagelistblock__heading">{E(c["more_news"])}</h2>
<ul class="pagelistblock__list">
{page_list}
</ul>
</div>
<div class="block contactblock col-12 col-md-6 col-lg-4">
<div class="contact-card">
<img class="contact-card__image" src="/globalassets/blocks/newsdesk.jpg" alt="" loading="lazy" />
<h3 class="contact-card__heading">{E(k_head)}</h3>
<p class="contact-card__name">{E(k_name)}</p>
<p class="contact-card__phone"><a href="tel:{re.sub(r"[^0-9+]", "", k_phone)}">{E(k_phone)}</a></p>
<p class="contact-card__email"><a href="mailto:{k_mail}">{E(k_mail)}</a></p>
</div>
</div>
<div class="block formcontainerblock col-12 col-lg-8">
{op_form(c, s, lang, page_id, rng)}
</div>
</div>
</main>
<footer class="footer">
<div class="container">
<div class="row">
{footer_cols}
<div class="col-12 col-md-6 col-lg-3 block"><h3>{E(c["follow"])}</h3><ul class="list-unstyled">{social}</ul></div>
</div>
<div class="footer__bottom">
<ul class="footer__links"><li><a href="{lp}/{op_slug(c["about"])}/">{E(c["about"])}</a></li><li><a href="javascript:Cookiebot.renew()">{E(c["cookie_settings"])}</a></li><li><a href="{lp}/{op_slug(c["privacy"])}/">{E(c["privacy"])}</a></li></ul>
<p class="footer__address">{E(s["address"])}</p>
<p class="footer__copyright">{E(s["copyright"])}</p>
</div>
</div>
</footer>
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle" tabindex="-1" lang="{lang}" dir="ltr" class="CybotCookiebotDialogActive" data-template="popup" style="display: flex;">
<div class="CybotCookiebotDialogContentWrapper">
<div id="CybotCookiebotDialogHeader"><div id="CybotCookiebotDialogHeaderLogosWrapper"><a id="CybotCookiebotDialogPoweredbyCybot" href="https://www.cookiebot.com/en/what-is-behind-powered-by-cookiebot/" target="_blank" rel="noopener nofollow" aria-label="{A(c["cb_logo"])}"><svg width="100%" height="100%" viewBox="0 0 2500 500"><path d="M1310.6 186.9c-13.5-6.7-30.3-9.3-46.6-9.3-63 0-103 39.9-103 97.1 0 57.2 40 97.1 103 97.1 16.3 0 33.1-2.6 46.6-9.3"></path></svg></a></div></div>
<div id="CybotCookiebotDialogTabContent"><div id="CybotCookiebotDialogBody"><div id="CybotCookiebotDialogBodyContent">
<h2 id="CybotCookiebotDialogBodyContentTitle" lang="{lang}">{E(c["cb_title"])}</h2>
<div id="CybotCookiebotDialogBodyContentText" lang="{lang}">{E(s["banner"])}</div>
</div></div></div>
<div id="CybotCookiebotDialogFooter"><div id="CybotCookiebotDialogBodyButtonsWrapper">
<button id="CybotCookiebotDialogBodyButtonDecline" class="CybotCookiebotDialogBodyButton" tabindex="0" lang="{lang}">{E(c["cb_deny"])}</button>
<button id="CybotCookiebotDialogBodyLevelButtonCustomize" class="CybotCookiebotDialogBodyButton" tabindex="0" lang="{lang}">{E(c["cb_custom"])}</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" class="CybotCookiebotDialogBodyButton" tabindex="0" lang="{lang}">{E(c["cb_allow"])}</button>
</div></div>
</div>
</div>
<script src="/Static/js/bootstrap.bundle.min.js?v={ver}"></script>
<script src="/Static/js/main.min.js?v={ver}"></script>
<script type="text/javascript">
var epi = epi||{{}}; epi.EPiServer = epi.EPiServer||{{}}; epi.EPiServer.Forms = epi.EPiServer.Forms||{{}};
epi.EPiServer.Forms.InjectFormOwnJQuery = true;epi.EPiServer.Forms.OriginalJQuery = typeof jQuery !== 'undefined' ? jQuery : undefined;
</script>
<script type="text/javascript" src="/Util/EPiServer.Forms/jquery-3.5.1.min.js"></script>
<script type="text/javascript" src="/Util/EPiServer.Forms/EPiServerForms.min.js"></script>
<script type="text/javascript">
epi.EPiServer.Forms.ExternalScriptSources = []; epi.EPiServer.Forms.ExternalCssSources = [];
epi.EPiServer.Forms.UploadExtensionBlackList = 'asp,aspx,asa,ashx,asmx,bat,chm,class,cmd,com,config,dll,exe,hta,htr,htw,jse,json,lnk,mda,mdb,msc,msh,pif,printer,ps1,ps2,reg,rem,scf,scr,sct,shtm,shtml,soap,stm,svc,url,vb,vbe,vbs,vsix,ws,wsc,wsf,wsh,xamlx,htm,html,js,jar';
epi.EPiServer.Forms.Messages = {{viewMode: {{malformStepConfiguration: "Improperly formed navigation.", commonErrorMessage: "Something went wrong.", commonValidationFail: "{c["required"]}"}}}};
</script>
<script type="text/javascript" src="/util/find/epi-util/find.js"></script>
<script type="text/javascript">
if(typeof FindApi === 'function'){{var api = new FindApi();api.setApplicationUrl('/');api.setServiceApiBaseUrl('/find_v2/');api.processEventFromCurrentUri();api.bindWindowEvents();api.bindAClickEvent();api.sendBufferedEvents();}}
</script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"optimizely": ["caption"]}  # the body image's figcaption with its credit
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "schooloffers", "streetlights", "benefitscalc"]
NEW_FAMILIES = ["schooloffers", "streetlights", "benefitscalc"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"schooloffers": ["school-offer", "school offer", "offer day", "check your offer", "check your child's school offer",
                                     "last distance offered", "allocations by school", "admissions team", "appeal a school place"],
                    "streetlights": ["street-light", "street light", "streetlight", "street-lighting", "street lighting",
                                     "lamp column", "column number", "faults by ward", "planned repairs"],
                    "benefitscalc": ["benefits calculator", "benefits-calculator", "benefit calculator", "check your entitlement",
                                     "estimate what you could get", "benefit rates", "pension rates", "advice charity"]}
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
    "cookie": ['<div class="webcast-cookie-gate"><p class="webcast-cookie-gate__msg">%s</p><button class="webcast-cookie-gate__btn" type="button">&#10003;</button></div>',
               '<p class="mapcookie-needed-note">%s</p>', '<div><em>%s</em></div>'],
    "newsletter": ['<div class="townhall-brief-promo"><p class="townhall-brief-promo__txt">%s</p><a class="townhall-brief-promo__go" href="/town-hall-brief">&#8594;</a></div>',
                   '<p class="freearticle-limit-line">%s</p>', '<h5 class="townhall-brief-hd">%s</h5>', '<p><b><a href="/back-us">%s</a></b></p>'],
    "share": ['<ul class="passalong-links">{items}</ul>', '<div class="streetmate-send-bar">%s</div>', '<p><a href="#send-on">%s</a></p>'],
    "photo": ['<p class="family-permission-pic">%s</p>', '<span class="reader-upload-tag">%s</span>', '<div><small>%s</small></div>'],
    "copyright": ['<p class="property-of-line">%s</p>', '<div class="no-rewrite-notice"><small>%s</small></div>', '<div><i>%s</i></div>'],
    "section": ['<p class="desk-latest-line">%s</p>', '<h6 class="desk-browse-hd">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="diamond-rule-sep">%s</p>', '<div class="ornate-gap-z">%s</div>', '<div style="text-align:center">%s</div>'],
    "credit": ['<p class="ldr-team-line">%s</p>', '<div class="thanks-correspondent-note">%s</div>', '<div><small><em>%s</em></small></div>'],
    "title": ['<p class="hed-repeat-pw"><b>%s</b></p>', '<h2 class="hed-repeat-h2w">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsored-resume-tag">%s</div>', '<p class="adspace-book-line">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="keep-reading-link"><a href="#story-rest">%s</a></p>', '<div class="tap-expand-bar">%s</div>', '<div><a href="#story-rest">%s</a></div>'],
    "comments": ['<p class="talking-about-link"><a href="#talk">%s</a></p>', '<div class="jump-comments-chip">%s</div>', '<div><a href="#talk">%s</a></div>'],
    "readtime": ['<p class="reading-mins-est">%s</p>', '<span class="countydesk-mins-chip">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="revised-stamp-line"><time>%s</time></p>', '<div class="council-response-upd">%s</div>', '<div><small><em>%s</em></small></div>'],
    "audio": ['<div class="handsbusy-audio-bar"><button class="handsbusy-audio-bar__play" aria-label="Play"></button><span class="handsbusy-audio-bar__txt">%s</span></div>',
              '<p class="countyreport-listen-link"><a href="#spoken">%s</a></p>', '<div><a href="#spoken">%s</a></div>'],
    "correction": ['<aside class="error-rectified-box"><p>%s</p></aside>', '<p class="error-rectified-line"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="bindays-app-promo"><p class="bindays-app-promo__txt">%s</p><a class="bindays-app-promo__get" href="/get-the-app">&#8681;</a></div>',
            '<p class="read-on-app-line">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="countycouncil-writer-box"><p class="countycouncil-writer-box__txt">%s</p></div>', '<p class="writer-more-line"><i>%s</i></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="your-street-ask"><p class="your-street-ask__txt">%s</p></div>', '<p class="desk-whatsapp-number">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="desk-mistake-tip"><p>%s</p></div>', '<p class="desk-mistake-line">%s</p>', '<div><small><em>%s</em></small></div>'],
    "push": ['<div class="closure-notify-ask"><p class="closure-notify-ask__q">%s</p></div>', '<p class="closure-notify-line">%s</p>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="page-print-actions">{items}</ul>', '<p class="noimage-print-link"><a href="?print=true">%s</a></p>',
              '<div><a href="?print=true">%s</a></div>'],
    "feedback": ['<div class="usefulness-rate-box"><p class="usefulness-rate-box__q">%s</p></div>', '<p class="usefulness-rate-line">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="ipso-code-note"><p>%s</p></div>', '<p class="standards-editor-strip"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="countytopic-row"><span class="countytopic-row__txt">%s</span></div>', '<p class="countytopic-line">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="later-save-btn"><a class="later-save-btn__a" href="#saved">%s</a></div>',
                 '<p class="later-save-line"><a href="#saved">%s</a></p>', '<div><a href="#saved">%s</a></div>'],
    "poll": ['<div class="acted-sooner-vote"><p class="acted-sooner-vote__q">%s</p><button class="acted-sooner-vote__btn" type="button">&#9745;</button></div>',
             '<h6 class="acted-sooner-hd">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/E{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/E{k}/" target="_blank">%s</a></blockquote>',
              '<div class="ytlite-holder"><a class="ytlite-holder__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="more-pics-strip"><a class="more-pics-strip__a" href="#gallery">%s</a></div>',
                '<p class="dayphotos-one-gallery">%s</p>', '<div><strong>%s</strong></div>'],
    "map": ['<div class="osm-embed-wx"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-embed-wx__links">%s</p></div>',
            '<figure class="staticmap-fig-w"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="addcal-links-w">{items}</ul>', '<p class="daybefore-remind-line"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="addcal-bar-w"><span class="addcal-bar-w__label">%s</span></div>'],
    "scores": ['<div class="localresults-weekend-link"><a class="localresults-weekend-link__a" href="/sport/results">%s</a></div>',
               '<ul class="fixtures-tabs-w">{items}</ul>', '<div><a href="/sport/results"><b>%s</b></a></div>'],
    # the three families new in this part ({allocations}: this year's allocations by school as a table; {admissions}:
    # the admissions team as a definition list; {column}: the fault form's column-number and street fields;
    # {faults}: this month's faults by ward as a table; {highways}: the highways team as a definition list;
    # {household}: the calculator's household fields; {rates}: this year's rates as a table; {advice}: the advice
    # charity as a definition list)
    "schooloffers": ['<div class="school-alloc-table"><h4 class="school-alloc-table__hd">%s</h4><table class="school-alloc-table__grid">{allocations}</table></div>',
                     '<p class="offer-check-login"><a href="/admissions/check-your-offer">%s</a></p>',
                     '<div class="place-appeal-strip"><a class="place-appeal-strip__a" href="/admissions/appeals">%s</a></div>',
                     '<div class="admissions-team-card"><p class="admissions-team-card__hd"><strong>%s</strong></p><dl class="admissions-team-card__list">{admissions}</dl></div>'],
    "streetlights": ['<form class="lamp-fault-report" action="/roads/street-lighting/report" method="post"><h5 class="lamp-fault-report__hd">%s</h5>{column}<button type="submit">&#10148;</button></form>',
                     '<div class="ward-lamp-faults"><h4 class="ward-lamp-faults__hd">%s</h4><table class="ward-lamp-faults__grid">{faults}</table></div>',
                     '<p class="planned-lamp-works"><a href="/roads/street-lighting/planned-works">%s</a></p>',
                     '<div class="highways-lighting-card"><p class="highways-lighting-card__hd"><b>%s</b></p><dl class="highways-lighting-card__list">{highways}</dl></div>'],
    "benefitscalc": ['<form class="entitlement-estimator" action="/benefits/estimate" method="get">{household}<button class="entitlement-estimator__go" type="submit">%s</button></form>',
                     '<div class="benefit-rate-grid"><h4 class="benefit-rate-grid__hd">%s</h4><table class="benefit-rate-grid__table">{rates}</table></div>',
                     '<p class="entitlement-check-link"><a href="/benefits/check">%s</a></p>',
                     '<div class="advice-charity-card"><p class="advice-charity-card__hd"><strong>%s</strong></p><dl class="advice-charity-card__list">{advice}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>(%s)</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/town-hall-brief"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#send-on">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "schooloffers": (0.7, ['<br><a href="/admissions/check-your-offer"><strong>%s</strong></a>']),
          "streetlights": (0.7, [' <a href="/roads/street-lighting/planned-works"><b>%s</b></a>']),
          "benefitscalc": (0.7, ['<br><a href="/benefits/check">%s</a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# check-your-offer link, the planned-repairs link and the entitlement link, not the tables, forms or cards)
INLINE_WORDING = {"newsletter": 0, "schooloffers": 1, "streetlights": 2, "benefitscalc": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inbody-photo-v"><img src="/media/{id}-3.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-body.jpg" alt="" width="640"><br><small>{cap} / {cr}</small></div>']
RELATED_STYLES = ['<div class="district-also-box"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="missed-reports-aside"><p class="missed-reports-aside__hd">%s</p><ul>%s</ul></aside>',
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
ALLOC_HEAD = {"en": ("School", "Places", "Applications", "Last distance offered"), "tr": ("Okul", "Kontenjan", "Başvuru", "En uzak mesafe"),
              "de": ("Schule", "Plätze", "Anmeldungen", "Weitester Schulweg"), "fr": ("Collège", "Places", "Demandes", "Distance maximale"),
              "es": ("Centro", "Plazas", "Solicitudes", "Distancia del último admitido"), "ru": ("Школа", "Мест", "Заявлений", "Последний принятый")}
FAULTS_HEAD = {"en": ("Ward", "Open", "Fixed"), "tr": ("Mahalle", "Açık", "Giderildi"), "de": ("Ortsteil", "Offen", "Behoben"),
               "fr": ("Quartier", "En cours", "Réparées"), "es": ("Barrio", "Pendientes", "Reparadas"), "ru": ("Микрорайон", "Открыто", "Устранено")}
RATES_HEAD64 = {"en": ("Benefit", "Rate"), "tr": ("Ödeme", "Tutar"), "de": ("Leistung", "Betrag"), "fr": ("Prestation", "Montant"),
                "es": ("Prestación", "Cuantía"), "ru": ("Выплата", "Размер")}
COLUMN_LABELS = {"en": ("Lamp column number", "Street"), "tr": ("Direk numarası", "Sokak"), "de": ("Laternennummer", "Straße"),
                 "fr": ("Numéro du candélabre", "Rue"), "es": ("Número de farola", "Calle"), "ru": ("Номер опоры", "Улица")}
HOUSEHOLD_LABELS = {"en": ("Adults in your household", "Children", "Monthly take-home pay", "Monthly rent"),
                    "tr": ("Hanedeki yetişkin sayısı", "Çocuk sayısı", "Aylık net gelir", "Aylık kira"),
                    "de": ("Erwachsene im Haushalt", "Kinder", "Monatliches Nettoeinkommen", "Monatliche Miete"),
                    "fr": ("Adultes dans le foyer", "Enfants", "Revenus nets mensuels", "Loyer mensuel"),
                    "es": ("Adultos en el hogar", "Hijos", "Ingresos netos al mes", "Alquiler al mes"),
                    "ru": ("Взрослых в семье", "Детей", "Доход в месяц", "Квартплата в месяц")}


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
    return (style.replace("{allocations}", table(ALLOC_HEAD[lang], SCHOOL_ALLOCATIONS[lang]))
            .replace("{admissions}", dl(ADMISSIONS_TEAM[lang]))
            .replace("{column}", fields(COLUMN_LABELS[lang], "lamp"))
            .replace("{faults}", table(FAULTS_HEAD[lang], LIGHT_FAULTS[lang]))
            .replace("{highways}", dl(HIGHWAYS_TEAM[lang]))
            .replace("{household}", fields(HOUSEHOLD_LABELS[lang], "hh"))
            .replace("{rates}", table(RATES_HEAD64[lang], BENEFIT_RATES[lang]))
            .replace("{advice}", dl(ADVICE_CHARITY[lang])))


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
               "scores": rng.choice([0, mid, n]), "schooloffers": rng.choice([mid, n, n]),
               "streetlights": rng.choice([mid, n]), "benefitscalc": rng.choice([0, mid, n])}.get(fam, mid)
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
       "drupal": ("class", "encadre-texte"),  # a CKEditor style the commune's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--mint">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">🌷</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"optimizely": ('<span style="background-color: #f1c40f;">', "</span>"),  # TinyMCE's text background colour in Optimizely
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
# templates: optimizely is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"optimizely": tpl_optimizely, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h62), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "optimizely"


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
            rng = random.Random("newsflow-heldout64-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI64[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 63) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h62), labels, furniture strings,
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
    # layouts: optimizely (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h61 or h62 gave it
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
    # the optimizely pages: a site of OPTIMIZELY in a language of OPTIMIZELY_CORE; no drop cap, box, fact box or
    # callout look (TinyMCE as the sites configure it writes none of them); story tables only there, and no footnotes
    # anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in OPTIMIZELY or a["lang"] not in OPTIMIZELY_CORE or a.get("kind")
                                       or any(st in ("box", "factbox", "dropcap", "callout") for st, _ in a.get("look", []))):
            problems.append("%s: optimizely page needs an Optimizely site and text-editor looks only" % a["id"])
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
    op_sites = [{k: v for k, v in d.items() if k not in OPTIMIZELY_EXEMPT} for d in OPTIMIZELY.values()]
    # (OPTIMIZELY_CORE, ALLOC_HEAD, FAULTS_HEAD, RATES_HEAD64, COLUMN_LABELS and HOUSEHOLD_LABELS, the platform's and
    # theme's strings and the web teams' generic table heads and field labels, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("OPTIMIZELY", op_sites), ("UI_NEW", UI_NEW)):
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



