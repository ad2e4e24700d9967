#!/usr/bin/env python3
"""Sixtieth held-out part (h60-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout60.py           # write pages/h60-*.html
    python benchmarks/data/extraction/make_heldout60.py --check   # verify pages/h60-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout60.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout59.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h60_en.py / articles_h60_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: housing-bids boards on stories about housing, homelessness, rents and new homes -- this
week's advertised council or housing-association homes as a table with address, type, rent and band, the "bid for a
home" button, the "check your housing band" link, the housing-options team card with its phone line and drop-in as a
definition list --, warm-space finders on stories about the cost of living, winter, libraries, churches and community
centres -- this week's warm spaces with venue and opening hours as a list, the "find a warm space near you" postcode
form, the "free hot drink and Wi-Fi" badge, the energy-advice helpline card --, and community-grant panels on stories
about community groups, festivals, village halls and sports clubs -- the "apply for a community grant" button, the
fund's closing-date pill, the table of grants awarded with group and amount, the grants officer's contact card --),
their wrapper class names, related headlines, site names, the sites' own strings in the earlier layouts and the
first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of
make_heldout2..58, nor their labels, furniture strings, widget rows, headlines or site names; verify() refuses to
build if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier
pool, family list, template family or docstring, if a story paragraph or headline of an earlier part (h57 and h58
included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  Every name and
number is fictional.
(h32's and h37's property widgets sell and value homes on the open market, h50's home-upgrade grant checker is about
insulation grants for householders and h54's planning-application finder searches applications; the housing-bids
board, the warm-space finder and the community-grant panel are new families by name, wording and markup.)  The
tables' heads and the finder's field label (HOMES_HEAD, GRANTS_HEAD, POSTCODE_LABEL) are the web teams' generic
strings and not checked; the rows themselves (HOUSING_HOMES, HOUSING_TEAM, WARM_PLACES, WARM_ADVICE, GRANTS_AWARDED,
GRANTS_OFFICER, GRANTS_CLOSING) are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link among them may be run into a paragraph instead): housing boards on an English district council's own
news page about its first council homes in forty years (the new layout), an English interview with an outreach
worker about sleeping rough, forty-two French social homes with six hundred households waiting and a Spanish town's
draw for 48 affordable flats in an old barracks; warm-space finders on an English library's warm room staying open
until April, a Turkish municipality's twelve warming points, a German Stadt's seven "Wärmeinseln" (the new layout)
and a Russian town's heating points; grant panels on an English village hall reopening after its appeal, a Turkish
neighbourhood festival interview, a German canoe club's grant for its boathouse roof and a French barn festival's
tenth year.  Earlier families that need a reason in the story are placed the same way (a map on a village's 20mph
survey, a gallery on a Heimatverein's bakehouse festival, a calendar row on the festival, score-centre links on a
rowing club's new trainera); the other generic families are balanced over the part, leaving out those the page's
site would not print (the story's "kind": a district council or a Stadt -- no newspaper furniture --, a Heimatverein
on uCoz, an independent publication on Medium, which prints no ads, app, push or print prompts, comment counters or
press-standards lines, and of the newsletter family only its appeal for money); a correction box goes only on a
story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes,
badges, pills, cards and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans, forms,
definition lists and tables, and, for a few families, a line run into the end of a story paragraph (credit, tip,
newsletter pitch, share line, the check-your-band link, the find-a-warm-space link, the apply-for-a-grant link) or a
bold section tag run into the start of the first one (on the French village-shop story, "section_tag").
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, gutenberg, magazine and sanity), whole paragraphs in bold (interview questions) or
italics (a one-line paragraph, a quote), a highlighted sentence (SharePoint's highlightColorYellow span on the new layout,
a <mark> on quintype), a paragraph in a box (a CKEditor style on drupal, a Gutenberg group, the magazine's panel), a
fact box holding a subheading and its list (a Fusion custom embed), a Ghost callout card, a paragraph typed after a
<br> (Shift+Enter in SharePoint's text web part); story structures that look like furniture but are the story:
question-and-answer interviews (bold questions, some of one to four words, in English, Turkish, Spanish and Russian:
an outreach worker, a neighbourhood festival's organiser, the last haberdasher of a barrio, a village postwoman),
lists inside the story (what a council built, what a warm room offers, where a Stadt's warm places are, what a
league offers new referees, roads for a 20mph limit, what a canoe club will repair, who gets French social homes, who
may enter a Spanish draw, how a fountain was restored), a story table (weekly rents, in SharePoint's table markup),
crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs ("It felt like the
village had lost its front room.", "Le premier jour, 130 clients sont passés."), a closing line with practical
information (opening hours of a warm room, a fridge, a post office and a shop, a phone number, a consultation's
deadline, ticket prices, a regatta's start), and story sentences that mention furniture words in ordinary reporting
("Cookies, flapjacks and a raffle" opening a story and "Follow the Thornbury village Facebook page" closing it,
"Share what you can, take what you need" opening a community-fridge story, a friends group's newsletter, bread
subscriptions in a French village, newspaper subscriptions in a Russian one, "contact the Fenwick Yard housing
officer" and "contact her at the parish office" closing two stories, "подписаться на новости сквера" closing a
Russian one), some at the start or end of the story where furniture usually sits.  Two pages carry no residue at all
and one only its correction line.
One page layout is new (sharepoint: a SharePoint Online communication site, as an English district council's news
site and a German Stadt's news site serve a modern news page to an anonymous reader, on two pages, an English and a
German one): the head with the og: metas, the sp-pages-assembly stylesheet and scripts and the odsp-next require
bundle from res-1.cdn.office.net, the _spPageContextInfo inline JSON (isAnonymousGuestUser, webTitle, pageItemId ...)
and _spClientSidePageContext; the skip link, the SuiteNavWrapper with the O365 header bar (app launcher,
"SharePoint", the site search box, Help and "Sign in"); the hub navigation, the site header (logo, site title, "Not
following" and Share buttons) and the horizontal mega-menu (buttons with hidden MegaMenu panels of links, the hidden
"Edit" link); the canvas (CanvasZone / CanvasZoneSectionContainer / CanvasSection-xl12, -xl8 and -xl4 / ControlZone
divs with data-sp-feature-tag, data-sp-feature-instance-id and data-automation-id): the title area web part (topic
header, the title as a role="heading" div, the author's ms-Persona card with initials and job title, "Published
<date>"), the Text web parts (div[data-sp-rte]) holding the story as the editor writes it -- p, h2, strong, em, the
highlight span, blockquote, ul / ol, <br>, a table in the canvasRteResponsiveTable wrapper with a table-style class
-- split over two or three parts, with the Image web part and its caption (caption and credit: this layout's own
residue in the container) after the first paragraph; the right-hand column with the Quick links web part and the
site's press-contact Text web part; the News web part with its "See all" link and related-news cards (persona and
relative date); the social bar (Like, Comment, Save for later, views), the comments section ("Add a comment", readers'
comments with Like / Reply), the site footer with its links and the cookie banner of an SPFx application customizer
in the Bottom placeholder, then the spfx preload script.  SharePoint's own strings (SHAREPOINT_CORE, per language) are
left as the platform ships them and not checked; the sites' own strings (SHAREPOINT: site title, hub and mega-menu
links, quick links, the news web part's title, the press box, footer, cookie texts, the related-news authors and the
commenters) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h57 or h58 gave it (9 English pages, 3 in each other language: English on wordpress, amp,
table, semantic, storybody, ghost, sanity and drupal; Turkish on cms, nextjs and gutenberg; German on ucoz and
fusion; French on typo3, magazine and regional; Spanish on quintype, medium and chunks; Russian on legacy-br, portal
and hugo); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site
rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped
for this part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout58.py, so that make_pages.py can import this module and merge it the same way. Standard
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
from make_pages import E, A, UI  # noqa: E402
from articles_h60_en import ARTICLES as H60_EN  # noqa: E402
from articles_h60_intl import ARTICLES as H60_INTL  # noqa: E402

ARTICLES = H60_EN + H60_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58)
# parts whose layouts' languages this part avoids (the two before it; h59 is written at the same time)
LANG_PARTS = (mp57, mp58)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h60"





# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Sallowby & District Echo", "Pellow Valley Packet", "Dunmore Harbour Herald", "Thornbury Vale Telegraph",
           "Wyre Valley Sunday Sport", "Mossgate Street Notes", "Ashlow & Wend Estuary News", "Ashcombe and Hatherden Journal"],
    "tr": ["Sarıgöl Güncel Haber", "Değirmenaltı Postası", "Kayacık Ovası Gazetesi"],
    "de": ["Lindentaler Kreisbote"],
    "fr": ["La Gazette des Causses et Vallées", "Le Fenil, magazine du plateau", "L'Éclaireur de Saint-Genest"],
    "es": ["Villagordo al Día", "Hoja del Muelle de Portuzarra"],
    "ru": ["Заозёрская неделя", "Полянский вестник", "Покровский курьер"],
}
# sites fixed per page (the two SharePoint news sites of a district council and a Stadt, a Heimatverein on uCoz, an
# independent publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h58 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This video player stays blank until you accept functional cookies", "Switch on third-party cookies to see the reservoir webcam"],
        "tr": ["Bu video oynatıcı, işlevsel çerezleri kabul edene kadar boş kalıyor", "Baraj web kamerasını görmek için üçüncü taraf çerezlerini açın"],
        "de": ["Dieser Videoplayer bleibt leer, bis Sie funktionale Cookies akzeptieren", "Schalten Sie Drittanbieter-Cookies ein, um die Talsperren-Webcam zu sehen"],
        "fr": ["Ce lecteur vidéo reste vide tant que vous n'acceptez pas les cookies fonctionnels", "Activez les cookies tiers pour voir la webcam du barrage"],
        "es": ["Este reproductor seguirá en blanco hasta que aceptes las cookies funcionales", "Activa las cookies de terceros para ver la cámara del embalse"],
        "ru": ["Этот видеоплеер останется пустым, пока вы не примете функциональные cookie", "Включите сторонние cookie, чтобы смотреть веб-камеру на плотине"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Our Thursday round-up drops into your inbox at teatime", "You've reached this month's limit of free reports — sign in or become a subscriber to keep going",
               "Independent local news costs money to make: give {site} the price of a pint a month"],
        "tr": ["Perşembe özetimiz akşamüstü e-posta kutunuza düşer", "Bu ayki ücretsiz haber sınırına ulaştınız — okumaya devam etmek için giriş yapın ya da abone olun",
               "Bağımsız yerel habercilik para ister: {site}'e ayda bir çay parası bağışlayın"],
        "de": ["Unser Donnerstags-Überblick kommt am Nachmittag in Ihr Postfach", "Sie haben Ihr Kontingent an Gratisartikeln für diesen Monat erreicht — melden Sie sich an oder werden Sie Abonnent",
               "Unabhängiger Lokaljournalismus kostet Geld: Geben Sie {site} monatlich den Preis eines Biers"],
        "fr": ["Notre récap du jeudi arrive dans votre boîte à l'heure du goûter", "Vous avez atteint la limite d'articles gratuits de ce mois — connectez-vous ou devenez abonné pour continuer",
               "Une info locale indépendante a un coût : offrez à {site} le prix d'un café par mois"],
        "es": ["Nuestro resumen de los jueves llega a tu correo a la hora de la merienda", "Has llegado al límite de noticias gratis de este mes — entra o hazte suscriptor para seguir",
               "El periodismo local independiente cuesta dinero: dale a {site} lo que vale una caña al mes"],
        "ru": ["Наш четверговый дайджест приходит на почту к вечернему чаю", "Вы исчерпали лимит бесплатных материалов на этот месяц — войдите или станьте подписчиком, чтобы продолжить",
               "Независимые местные новости стоят денег: поддержите «{site}» суммой, равной чашке кофе в месяц"],
    },
    "share": {
        "en": ["Pass it along: WhatsApp · Messenger · Bluesky · Copy link", "Know someone on this street — forward them the story"],
        "tr": ["Paylaşın: WhatsApp · Messenger · Bluesky · Bağlantıyı kopyala", "Bu sokakta oturan birini tanıyorsanız haberi ona iletin"],
        "de": ["Weitersagen: WhatsApp · Messenger · Bluesky · Link kopieren", "Sie kennen jemanden in dieser Straße — leiten Sie den Artikel weiter"],
        "fr": ["Faites circuler : WhatsApp · Messenger · Bluesky · Copier le lien", "Vous connaissez quelqu'un dans cette rue — transmettez-lui l'article"],
        "es": ["Difúndelo: WhatsApp · Messenger · Bluesky · Copiar enlace", "Si conoces a alguien de esta calle, reenvíale la noticia"],
        "ru": ["Поделиться: WhatsApp · Telegram · ВКонтакте · Скопировать ссылку", "Знаете кого-то с этой улицы — перешлите ему материал"],
    },
    "photo": {
        "en": ["Picture supplied by the family and used with their permission", "Photographed for {site} by a reader who was there"],
        "tr": ["Fotoğraf aile tarafından izinleriyle paylaşıldı", "{site} için olay yerindeki bir okurumuz çekti"],
        "de": ["Bild zur Verfügung gestellt von der Familie, Abdruck mit Erlaubnis", "Für {site} fotografiert von einer Leserin, die dabei war"],
        "fr": ["Photo transmise par la famille et publiée avec son accord", "Photographiée pour {site} par une lectrice présente sur place"],
        "es": ["Imagen cedida por la familia, publicada con su permiso", "Fotografiada para {site} por un lector que estaba allí"],
        "ru": ["Фото предоставила семья, публикуется с её разрешения", "Снимок для «{site}» сделала читательница, оказавшаяся рядом"],
    },
    "copyright": {
        "en": ["All material on this page belongs to {site}; ask the editor before you copy any of it to another site or paper."],
        "tr": ["Bu sayfadaki tüm içerik {site}'e aittir; başka bir site ya da gazetede kullanmadan önce editöre sorun."],
        "de": ["Alle Inhalte dieser Seite gehören {site}; fragen Sie die Redaktion, bevor Sie etwas davon auf eine andere Seite oder in ein Blatt übernehmen."],
        "fr": ["Tout ce qui figure sur cette page appartient à {site} ; demandez à la rédaction avant d'en copier quoi que ce soit ailleurs."],
        "es": ["Todo el material de esta página pertenece a {site}; pregunta a la dirección antes de copiarlo en otra web o periódico."],
        "ru": ["Все материалы этой страницы принадлежат «{site}»; прежде чем копировать их на другой сайт или в газету, спросите редакцию."],
    },
    "section": {
        "en": ["Latest from our {section} team", "Browse {section} »"],
        "tr": ["{section} ekibimizden son haberler", "{section} bölümüne göz atın »"],
        "de": ["Neues aus unserem Team {section}", "{section} durchstöbern »"],
        "fr": ["Les dernières nouvelles de notre équipe {section}", "Feuilleter la rubrique {section} »"],
        "es": ["Lo último de nuestro equipo de {section}", "Hojear {section} »"],
        "ru": ["Свежее от нашей команды «{section}»", "Листать раздел «{section}» »"],
    },
    "related": {
        "en": ["Meanwhile, elsewhere on our patch", "Before you go, one more from the district"],
        "tr": ["Bu arada bölgenin öbür ucunda", "Gitmeden önce ilçeden bir haber daha"],
        "de": ["Derweil anderswo in unserem Gebiet", "Bevor Sie gehen, noch etwas aus dem Kreis"],
        "fr": ["Pendant ce temps, ailleurs sur notre territoire", "Avant de partir, encore une du canton"],
        "es": ["Mientras tanto, en otra punta de la comarca", "Antes de irte, una más de la comarca"],
        "ru": ["Тем временем на другом конце района", "Прежде чем уйти, ещё одна новость района"],
    },
    "symbol": {"*": ['❦ ✦ ❦ ✦ ❦', '— ✻ —', '⸻ ⁂ ⸻', '• ◇ • ◇ •']},
    "credit": {
        "en": ["With reporting from the {site} evening desk", "Compiled with help from the courts and councils reporter"],
        "tr": ["Habere {site} akşam masası da katkı sundu", "Mahkeme ve belediye muhabirimizin yardımıyla derlendi"],
        "de": ["Mit Material des Spätdiensts von {site}", "Zusammengestellt mit Hilfe unseres Gerichts- und Rathausreporters"],
        "fr": ["Avec la contribution de l'équipe du soir de {site}", "Rédigé avec l'aide de notre correspondant tribunaux et conseils"],
        "es": ["Con información de la mesa de noche de {site}", "Elaborado con ayuda de nuestro redactor de tribunales y plenos"],
        "ru": ["При участии вечерней смены «{site}»", "Подготовлено при помощи нашего корреспондента по судам и советам"],
    },
    "ad": {
        "en": ["Sponsored · scroll on for the rest of the report", "Adverts help pay {site}'s reporters"],
        "tr": ["Sponsorlu · haberin devamı için kaydırın", "Reklamlar {site} muhabirlerinin maaşına katkı sağlar"],
        "de": ["Gesponsert · weiter unten geht der Bericht weiter", "Anzeigen helfen, die Reporter von {site} zu bezahlen"],
        "fr": ["Sponsorisé · faites défiler pour lire la suite", "La publicité aide à payer les journalistes de {site}"],
        "es": ["Patrocinado · desliza para seguir con la noticia", "Los anuncios ayudan a pagar a los periodistas de {site}"],
        "ru": ["Спонсорский блок · листайте дальше, материал продолжается", "Реклама помогает платить журналистам «{site}»"],
    },
    "continue": {
        "en": ["Tap to read the rest of this report", "Expand the full story ▾"],
        "tr": ["Haberin kalan kısmını görmek için şuraya dokunun", "Haberin bütününü aşağı doğru aç ▾"],
        "de": ["Tippen, um den Rest des Berichts zu lesen", "Den ganzen Bericht aufklappen ▾"],
        "fr": ["Touchez pour lire la suite de ce reportage", "Déplier l'article entier ▾"],
        "es": ["Toca aquí para leer lo que queda de la noticia", "Desplegar hacia abajo la noticia entera ▾"],
        "ru": ["Нажмите здесь, чтобы прочитать остаток материала", "Раскрыть материал целиком вниз ▾"],
    },
    "comments": {
        "en": ["{n} people are talking about this — join in", "Read the {n} replies »"],
        "tr": ["{n} kişi bunu konuşuyor — siz de katılın", "{n} yanıtı okuyun »"],
        "de": ["{n} Menschen diskutieren darüber — reden Sie mit", "Die {n} Antworten lesen »"],
        "fr": ["{n} personnes en discutent — participez", "Lire les {n} réponses »"],
        "es": ["{n} personas están hablando de esto — únete", "Lee las {n} respuestas »"],
        "ru": ["{n} человек уже обсуждают это — присоединяйтесь", "Читать {n} ответов »"],
    },
    "readtime": {
        "en": ["Roughly {m} minutes from top to bottom", "{m}-minute read · no maths required"],
        "tr": ["Baştan sona aşağı yukarı {m} dakikalık haber", "{m} dakikalık okuma · hesap gerektirmez"],
        "de": ["Von oben bis unten etwa {m} Minuten", "{m} Minuten Lesezeit · ganz ohne Rechnen"],
        "fr": ["Environ {m} minutes du début à la fin", "{m} minutes de lecture · sans calcul"],
        "es": ["Unos {m} minutos de principio a fin", "{m} minutos de lectura · sin cuentas"],
        "ru": ["От начала до конца примерно {m} минуты", "{m} мин чтения · без всяких подсчётов"],
    },
    "updated": {
        "en": ["Amended {d} at {t}", "Story updated at {t} on {d} with new details"],
        "tr": ["{d} tarihinde saat {t}'de değiştirildi", "Haber {d} günü saat {t}'de yeni ayrıntılarla güncellendi"],
        "de": ["Geändert am {d} um {t}", "Bericht am {d} um {t} Uhr um neue Details ergänzt"],
        "fr": ["Texte retouché par la rédaction le {d} à {t}", "Article complété le {d} à {t} avec de nouveaux détails"],
        "es": ["Modificada el {d} a las {t}", "Noticia ampliada el {d} a las {t} con nuevos detalles"],
        "ru": ["Текст поправлен {d} в {t}", "{d} в {t} в текст добавлены свежие подробности"],
    },
    "audio": {
        "en": ["▶ Hear this report — {m} min", "Prefer your ears — tap play for the spoken version"],
        "tr": ["▶ Bu haberi dinleyin — {m} dk", "Kulağınıza güveniyorsanız sesli sürüm için oynata dokunun"],
        "de": ["▶ Diesen Bericht hören — {m} Min.", "Lieber mit den Ohren — Play drücken für die gesprochene Fassung"],
        "fr": ["▶ Écouter ce reportage — {m} min", "Plutôt à l'oreille — lancez la version lue"],
        "es": ["▶ Escucha esta noticia — {m} min", "Si prefieres oírla, pulsa play para la versión locutada"],
        "ru": ["▶ Прослушать материал — {m} мин", "Удобнее слушать — нажмите «play», и текст прочитают вслух"],
    },
    "app": {
        "en": ["Read {site} faster in our free app", "Switch to the app for breaking alerts ›"],
        "tr": ["{site}'i ücretsiz uygulamamızda daha hızlı okuyun", "Son dakika uyarıları için uygulamaya geçin ›"],
        "de": ["{site} schneller lesen in unserer kostenlosen App", "Für Eilmeldungen zur App wechseln ›"],
        "fr": ["Lisez {site} plus vite dans notre appli gratuite", "Passez à l'appli pour les alertes info ›"],
        "es": ["Lee {site} más rápido en nuestra app gratuita", "Pásate a la app para recibir las alertas ›"],
        "ru": ["Читайте «{site}» быстрее в нашем бесплатном приложении", "Перейдите в приложение, чтобы получать срочные новости ›"],
    },
    "bio": {
        "en": ["{by} has covered {section} for {site} since joining from a weekly paper up the coast.", "Everything {by} has filed »"],
        "tr": ["{by}, kıyıdaki bir haftalık gazeteden ayrılıp {site}'e katıldığından beri {section} haberlerini izliyor.", "{by} bugüne dek neler yazdı »"],
        "de": ["{by} kümmert sich bei {site} um {section}, seit sie von einem Wochenblatt an der Küste kam.", "Weitere Berichte von {by} »"],
        "fr": ["{by} suit la rubrique {section} pour {site} depuis son arrivée d'un hebdomadaire de la côte.", "Tout ce que {by} a signé »"],
        "es": ["{by} cubre {section} para {site} desde que llegó de un semanario de la costa.", "Todo lo que ha firmado {by} »"],
        "ru": ["{by} ведёт тему «{section}» в «{site}» с тех пор, как перешёл к нам из еженедельника с побережья.", "Всё, что написал этот автор »"],
    },
    "tip": {
        "en": ["Is something happening near you that nobody's reporting — drop us a line at tips@patchnews.example", "WhatsApp the newsdesk on 07700 900 318"],
        "tr": ["Yakınınızda kimsenin haber yapmadığı bir şey mi oluyor — ihbar@bolgehaber.example adresine yazın", "Haber masasına WhatsApp'tan yazın: 0532 900 03 18"],
        "de": ["Passiert bei Ihnen etwas, worüber niemand berichtet — schreiben Sie an hinweise@lokalnachrichten.example", "Schreiben Sie der Redaktion per WhatsApp: 0151 900 318"],
        "fr": ["Il se passe près de chez vous quelque chose dont personne ne parle — écrivez à infos@actu-locale.example", "Écrivez à la rédaction sur WhatsApp : 06 00 90 03 18"],
        "es": ["¿Pasa algo cerca de ti que nadie cuenta? Escríbenos a pistas@noticiaslocales.example", "Escribe a la redacción por WhatsApp: 622 900 318"],
        "ru": ["Рядом с вами происходит что-то, о чём никто не пишет, — сообщите на tip@mestnye-novosti.example", "Пишите в редакцию в WhatsApp: +7 900 000-03-18"],
    },
    "typo": {
        "en": ["Found a mistake in the text — select the words and hit Ctrl+Enter to tell the subs"],
        "tr": ["Metinde bir hata mı buldunuz — kelimeleri seçip Ctrl+Enter'a basarak editörlere bildirin"],
        "de": ["Einen Fehler im Text gefunden — Wörter markieren und mit Strg+Enter der Redaktion melden"],
        "fr": ["Une erreur dans le texte — sélectionnez les mots et appuyez sur Ctrl+Entrée pour prévenir les correcteurs"],
        "es": ["¿Has visto un error en el texto? Selecciona las palabras y pulsa Ctrl+Intro para avisar a los correctores"],
        "ru": ["Нашли ошибку в тексте — выделите слова и нажмите Ctrl+Enter, чтобы сообщить корректорам"],
    },
    "push": {
        "en": ["Get a ping from {site} when news breaks nearby? Ping me · Not today"],
        "tr": ["Yakınınızda bir gelişme olduğunda {site}'den bildirim almak ister misiniz? Bana haber ver · Bugün değil"],
        "de": ["Soll {site} Sie anpingen, wenn in der Nähe etwas passiert? Anpingen bitte · Heute nicht"],
        "fr": ["Recevoir un signal de {site} quand l'actualité tombe près de chez vous ? M'avertir · Pas aujourd'hui"],
        "es": ["¿Quieres que {site} te avise cuando pase algo cerca? Avísame · Hoy no"],
        "ru": ["Присылать вам сигнал от «{site}», когда рядом что-то случится? Сигнальте · Не сегодня"],
    },
    "print": {
        "en": ["Print this · Download PDF · Send by email", "Get a clean copy for printing"],
        "tr": ["Bunu yazdır · PDF indir · E-postayla gönder", "Yazdırmak için sade bir kopya alın"],
        "de": ["Das drucken · PDF herunterladen · Per E-Mail senden", "Eine saubere Druckfassung holen"],
        "fr": ["Imprimer ceci · Télécharger le PDF · Envoyer par courriel", "Obtenir une copie propre à imprimer"],
        "es": ["Imprimir esto · Descargar PDF · Enviar por correo", "Obtén una copia limpia para imprimir"],
        "ru": ["Напечатать · Скачать PDF · Отправить по почте", "Получить чистую копию для печати"],
    },
    "feedback": {
        "en": ["Was this report useful to you: Very · A bit · Not really"],
        "tr": ["Bu haber işinize yaradı mı: Çok · Biraz · Pek değil"],
        "de": ["War dieser Bericht nützlich für Sie: Sehr · Ein wenig · Eher nicht"],
        "fr": ["Ce reportage vous a-t-il été utile : Beaucoup · Un peu · Pas vraiment"],
        "es": ["¿Te ha sido útil esta noticia?: Mucho · Un poco · No mucho"],
        "ru": ["Был ли материал вам полезен: Очень · Немного · Не особенно"],
    },
    "standards": {
        "en": ["As a member of IMPRESS, {site} follows its Standards Code; our complaints page explains how to tell us we got it wrong."],
        "tr": ["{site} Basın Meslek İlkeleri'ni imzalamıştır; hata yaptığımızı düşünüyorsanız şikâyet sayfamız nasıl bildireceğinizi anlatıyor."],
        "de": ["Als Mitglied im Presserat folgt {site} dem Pressekodex; auf unserer Beschwerdeseite steht, wie Sie uns einen Fehler melden."],
        "fr": ["Membre du CDJM, {site} suit sa charte ; notre page réclamations explique comment nous signaler une erreur."],
        "es": ["Como miembro de la FAPE, {site} sigue su código; en nuestra página de reclamaciones se explica cómo avisarnos de un fallo."],
        "ru": ["«{site}» подписал хартию Общественной коллегии по жалобам на прессу; как сообщить нам об ошибке, рассказано на странице жалоб."],
    },
    "topics": {
        "en": ["Tagged: {section} · villages · council money", "Get alerts for {section} »"],
        "tr": ["Etiketler: {section} · köyler · belediye bütçesi", "{section} için uyarı alın »"],
        "de": ["Schlagworte: {section} · Dörfer · Stadtfinanzen", "Benachrichtigungen zu {section} erhalten »"],
        "fr": ["Mots-clés : {section} · villages · finances locales", "Recevoir les alertes {section} »"],
        "es": ["Etiquetas: {section} · pueblos · cuentas municipales", "Recibe avisos de {section} »"],
        "ru": ["Теги: {section} · сёла · городской бюджет", "Получать уведомления по теме «{section}» »"],
    },
    "bookmark": {
        "en": ["☆ Keep this for later"],
        "tr": ["☆ Bunu sonraya sakla"],
        "de": ["☆ Für später behalten"],
        "fr": ["☆ Conserver pour plus tard"],
        "es": ["☆ Guárdalo para después"],
        "ru": ["☆ Сохранить на потом"],
    },
    "poll": {
        "en": ["Have your say, should the council do more: Yes · No · Not sure", "Tallies show once your vote is in"],
        "tr": ["Fikrinizi söyleyin, belediye daha fazlasını yapmalı mı: Evet · Hayır · Emin değilim", "Oyunuz girilince sayım görünür"],
        "de": ["Ihre Meinung, sollte die Stadt mehr tun: Ja · Nein · Weiß nicht", "Das Ergebnis erscheint nach Ihrer Abstimmung"],
        "fr": ["Donnez votre avis, la mairie devrait-elle en faire plus : Oui · Non · Je ne sais pas", "Le décompte apparaît une fois votre vote enregistré"],
        "es": ["Opina, ¿debería el Ayuntamiento hacer más?: Sí · No · No lo sé", "Los resultados aparecen cuando votas"],
        "ru": ["Ваше мнение, должна ли администрация делать больше: Да · Нет · Не знаю", "Подсчёт голосов откроется, когда вы проголосуете"],
    },
    "embed": {
        "en": ["{handle} posted this on Instagram — open it there", "{handle}'s video lives on YouTube — watch it there"],
        "tr": ["{handle} bunu Instagram'da paylaştı — orada açın", "{handle} videosu YouTube'da — orada izleyin"],
        "de": ["{handle} hat das auf Instagram gepostet — dort öffnen", "Das Video von {handle} liegt auf YouTube — dort ansehen"],
        "fr": ["{handle} l'a publié sur Instagram — à ouvrir là-bas", "La vidéo de {handle} est sur YouTube — à regarder là-bas"],
        "es": ["{handle} lo publicó en Instagram — ábrelo allí", "El vídeo de {handle} está en YouTube — míralo allí"],
        "ru": ["{handle} выложил это в Instagram — откройте там", "Видео {handle} лежит на YouTube — смотрите там"],
    },
    "gallery": {
        "en": ["🖼 The whole day in {g} frames", "Open the photo gallery ({g}) »"],
        "tr": ["🖼 Bütün gün {g} karede", "Fotoğraf galerisini açın ({g}) »"],
        "de": ["🖼 Der ganze Tag in {g} Bildern", "Zur Bildergalerie ({g}) »"],
        "fr": ["🖼 Toute la journée en {g} images", "Ouvrir la galerie photos ({g}) »"],
        "es": ["🖼 Toda la jornada en {g} imágenes", "Abrir la galería de fotos ({g}) »"],
        "ru": ["🖼 {g} снимков этого дня", "Открыть фотогалерею ({g}) »"],
    },
    "map": {
        "en": ["View larger map ↗", "Map data © OpenStreetMap · Plan your route »"],
        "tr": ["Haritayı büyüt ↗", "Harita verisi © OpenStreetMap · Rotanızı planlayın »"],
        "de": ["Karte vergrößern ↗", "Kartendaten © OpenStreetMap · Route berechnen »"],
        "fr": ["Agrandir la carte ↗", "Données cartographiques © OpenStreetMap · Calculer l'itinéraire »"],
        "es": ["Ampliar el mapa ↗", "Datos del mapa © OpenStreetMap · Planifica la ruta »"],
        "ru": ["Увеличить карту ↗", "Данные карты © OpenStreetMap · Проложить маршрут »"],
    },
    "calendar": {
        "en": ["Put it in your diary: Google Calendar · Apple · Outlook.com", "Email me the day before"],
        "tr": ["Takviminize ekleyin: Google Takvim · Apple · Outlook.com", "Bir gün önce bana e-posta gönder"],
        "de": ["In den Kalender eintragen: Google Kalender · Apple · Outlook.com", "Mir am Vortag eine Mail schicken"],
        "fr": ["Notez-le dans votre agenda : Google Agenda · Apple · Outlook.com", "M'envoyer un courriel la veille"],
        "es": ["Apúntalo en tu agenda: Google Calendar · Apple · Outlook.com", "Mándame un correo el día antes"],
        "ru": ["Добавить в календарь: Google Календарь · Apple · Outlook.com", "Напомнить мне письмом накануне"],
    },
    "scores": {
        "en": ["All the weekend's results and tables in one place »", "Fixtures · Results · League table · Top scorers"],
        "tr": ["Hafta sonunun tüm sonuçları ve puan durumları tek yerde »", "Fikstür · Skorlar · Lig tablosu · Asist listesi"],
        "de": ["Alle Ergebnisse und Tabellen des Wochenendes auf einen Blick »", "Spielplan · Ergebnisse · Tabelle · Torschützen"],
        "fr": ["Tous les résultats et classements du week-end au même endroit »", "Programme · Scores · Tableau · Passeurs"],
        "es": ["Todos los resultados y clasificaciones del fin de semana en un sitio »", "Calendario · Resultados · Clasificación · Bandera a bandera"],
        "ru": ["Все результаты и таблицы выходных в одном месте »", "Расписание · Счёт · Положение команд · Ассистенты"],
    },
    "correction": {
        "en": ["Correction: we have amended this report because an earlier version got a detail wrong."],
        "tr": ["Düzeltme: Önceki sürümde bir ayrıntı yanlış verildiği için bu haberi düzelttik."],
        "de": ["Berichtigung: Wir haben diesen Bericht geändert, weil eine frühere Fassung ein Detail falsch wiedergab."],
        "fr": ["Correctif : nous avons modifié cet article, dont une version précédente comportait un détail erroné."],
        "es": ["Corrección: hemos modificado esta noticia porque una versión anterior recogía mal un dato."],
        "ru": ["Поправка: мы изменили материал, потому что в прежней версии была ошибка в одной детали."],
    },
    # the three families new in this part
    "housingbids": {  # housing-bids boards: this week's homes, the bid-for-a-home button, the band checker link, the housing-options team card
        "en": ["Homes you can bid for this week", "Bid for a home ›",
               "Check your housing band ›", "Housing options team"],
        "tr": ["Bu hafta başvuruya açılan konutlar", "Konut için başvuru yapın ›",
               "Öncelik puanınızı öğrenin ›", "Konut danışma ekibi"],
        "de": ["Diese Woche angebotene Wohnungen", "Auf eine Wohnung bewerben ›",
               "Ihre Dringlichkeitsstufe prüfen ›", "Team Wohnungsvermittlung"],
        "fr": ["Logements proposés cette semaine", "Se positionner sur un logement ›",
               "Vérifier votre niveau de priorité ›", "Service logement de la mairie"],
        "es": ["Viviendas ofertadas esta semana", "Solicitar una vivienda ›",
               "Consulta tu nivel de prioridad ›", "Oficina municipal de vivienda"],
        "ru": ["Квартиры, предлагаемые на этой неделе", "Подать заявку на квартиру ›",
               "Узнать свою очередь ›", "Жилищный отдел администрации"],
    },
    "warmspace": {  # warm-space finders: the list of places and hours, the postcode form, the hot-drink badge, the energy-advice card
        "en": ["Warm spaces open this week", "Find a warm space near you",
               "Free hot drink and Wi-Fi", "Worried about heating bills? Free energy advice"],
        "tr": ["Bu hafta açık olan ısınma noktaları", "Size en yakın ısınma noktasını bulun",
               "Ücretsiz sıcak içecek ve internet", "Faturalar için ücretsiz enerji danışma hattı"],
        "de": ["Diese Woche geöffnete Wärmeorte", "Einen Wärmeort in Ihrer Nähe finden",
               "Heißgetränk und WLAN kostenlos", "Sorgen wegen der Heizkosten? Kostenlose Energieberatung"],
        "fr": ["Lieux chauffés ouverts cette semaine", "Trouver un lieu chauffé près de chez vous",
               "Boisson chaude et Wi-Fi offerts", "Factures de chauffage : conseils énergie gratuits"],
        "es": ["Espacios de calor abiertos esta semana", "Encuentra un espacio de calor cerca de ti",
               "Bebida caliente y wifi gratis", "¿Te preocupa la factura de la calefacción? Asesoría energética gratuita"],
        "ru": ["Пункты обогрева, открытые на этой неделе", "Найти пункт обогрева рядом с вами",
               "Горячий чай и Wi-Fi бесплатно", "Беспокоят счета за отопление? Бесплатная консультация"],
    },
    "communitygrant": {  # community-grant panels: the apply button, the closing-date pill, the grants-awarded table, the grants officer's card
        "en": ["Apply for a community grant ›", "Round closes {closing}",
               "Grants awarded this round", "Your community grants officer"],
        "tr": ["Mahalle projeleri desteğine başvurun ›", "Son başvuru: {closing}",
               "Bu dönem destek alan gruplar", "Hibe sorumlunuz"],
        "de": ["Vereinsförderung beantragen ›", "Antragsfrist: {closing}",
               "Bewilligte Zuschüsse dieser Runde", "Ihre Ansprechpartnerin für Vereinsförderung"],
        "fr": ["Demander une subvention associative ›", "Clôture des dossiers : {closing}",
               "Subventions accordées cette année", "Votre contact subventions"],
        "es": ["Solicita una subvención para tu asociación ›", "Plazo hasta el {closing}",
               "Ayudas concedidas en esta convocatoria", "Tu técnica de subvenciones"],
        "ru": ["Подать заявку на грант для местных инициатив ›", "Приём заявок до {closing}",
               "Гранты, выданные в этом году", "Ваш специалист по грантам"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"housingbids": [0, 1, 2, 3], "warmspace": [0, 1, 2, 3], "communitygrant": [0, 1, 2, 3]}
# this week's homes: where, bedrooms, rent, band
HOUSING_HOMES = {
    "en": [("Tanyard Close, Brackenhurst", "2 bed house", "£118.30 a week", "Housing need band B"), ("Coppice Court, Sheldwich", "1 bed flat, first floor", "£94.15 a week", "Housing need band C"),
           ("Hayward Road, Dunmore", "3 bed house", "£131.60 a week", "Housing need band A")],
    "tr": [("Yeşilvadi Konutları, B Blok", "2+1", "4.250 TL / ay", "A grubu"), ("Cumhuriyet Mh. Lale Sk.", "1+1", "3.100 TL / ay", "B grubu"),
           ("Kavaklı Sosyal Konutları", "3+1", "5.400 TL / ay", "A grubu")],
    "de": [("Weidenstraße 14", "2 Zimmer, 54 m²", "412 € kalt", "Stufe 2"), ("Am Mühlbach 3", "3 Zimmer, 71 m²", "538 € kalt", "Stufe 1"),
           ("Lerchenstraße 40", "1 Zimmer, 33 m²", "279 € kalt", "Stufe 3")],
    "fr": [("Résidence les Tilleuls, bât. C", "T2, 48 m²", "312 € hors charges", "Priorité 2"), ("Rue des Tanneurs, 7", "T3, 66 m²", "421 € hors charges", "Priorité 1"),
           ("Les Hauts de Combe", "T4, 82 m²", "517 € hors charges", "Priorité 1")],
    "es": [("Calle Olivares, 12, 2.º B", "2 dormitorios", "365 €/mes", "Cupo general"), ("Plaza del Pósito, 4, bajo", "1 dormitorio, adaptado", "290 €/mes", "Cupo movilidad reducida"),
           ("Avenida de la Estación, 31", "3 dormitorios", "455 €/mes", "Cupo jóvenes")],
    "ru": [("Лесная улица, дом 8, кв. 41", "1-комнатная", "6 800 ₽ в месяц", "Очередь № 1"), ("улица Мира, дом 22, квартира 5", "2-комнатная", "9 100 ₽ в месяц", "Многодетные"),
           ("проспект Победы, дом 3, кв. 77", "1-комнатная", "7 300 ₽ в месяц", "Очередь № 2")],
}
# the housing-options team card: label, value
HOUSING_TEAM = {
    "en": [("Housing options line", "01632 960 250"), ("Drop in at the Civic Centre", "Tuesdays and Fridays, 9.30am–1pm"), ("Homeless tonight, out of hours", "01632 960 999")],
    "tr": [("Konut danışma hattı", "0 (258) 900 44 10"), ("Belediye hizmet binası, 2. kat", "Hafta içi 09.00–16.00")],
    "de": [("Wohnungsvermittlung am Telefon", "07361 900 4120"), ("Rathaus, Zimmer 114", "Mo, Mi und Do 8:30–12 Uhr")],
    "fr": [("Accueil logement du CCAS", "05 00 90 41 20"), ("Permanence sans rendez-vous", "lundi et jeudi, 9 h – 12 h")],
    "es": [("Oficina de vivienda, teléfono", "953 900 412"), ("Casa Consistorial, planta baja", "de 9 a 14 h, con cita")],
    "ru": [("Жилищный отдел, телефон", "8 (48439) 2-41-20"), ("Администрация, кабинет 12", "вторник и четверг с 9 до 13")],
}
# this week's warm spaces: venue, opening hours
WARM_PLACES = {
    "en": [("Sallowby Library", "Mon–Sat 9.30am–5pm"), ("St Bride's Church Hall", "Tue and Thu 11am–3pm"), ("Brackenhurst Leisure Centre café", "Daily 8am–8pm"),
           ("Meadow Lane Community Centre", "Wed 10am–4pm")],
    "tr": [("Çınarlı Mahallesi muhtarlığı", "Her gün 08.00–20.00"), ("Gazi Kütüphanesi", "Hafta içi 09.00–19.00"), ("Gençlik Merkezi", "Her gün 10.00–22.00")],
    "de": [("Stadtbibliothek am Marktplatz", "Di–Sa 10–18 Uhr"), ("Pfarrsaal St. Konrad", "Mo und Do 13–17 Uhr"), ("Stadtteilzentrum Nord", "Mo–Fr 9–19 Uhr")],
    "fr": [("Médiathèque Jean-Jaurès", "du mardi au samedi, 10 h – 18 h 30"), ("Salle paroissiale Saint-Roch", "lundi et jeudi, 14 h – 17 h 30"), ("Maison de quartier des Prés", "Lun.–ven. 9 h – 19 h")],
    "es": [("Biblioteca municipal", "L–S, 10:00–20:00"), ("Centro de mayores San Roque", "Todos los días, 9:00–21:00"), ("Parroquia del Carmen, salón", "Martes y jueves, 16:00–19:00")],
    "ru": [("Дом культуры «Заря»", "ежедневно 9:00–21:00"), ("Центральная библиотека", "вт–сб 10:00–19:00"), ("Совет ветеранов, ул. Гагарина, 6", "пн–пт 10:00–17:00")],
}
# the energy-advice card: label, value
WARM_ADVICE = {
    "en": [("Energy advice line", "0800 098 7714 (free)"), ("Advisers answer", "weekdays, 9am to 5pm")],
    "tr": [("Enerji danışma hattı", "0 850 900 77 14"), ("Hizmet saatleri", "Hafta içi 09.00–17.00")],
    "de": [("Energieberatung der Verbraucherzentrale", "0800 900 7714 (kostenfrei)"), ("Erreichbar", "Mo–Fr 9–17 Uhr")],
    "fr": [("Espace Conseil France Rénov'", "05 00 90 77 14"), ("Conseillers joignables", "en semaine, de 9 h à 17 h")],
    "es": [("Oficina de asesoramiento energético", "953 900 771"), ("Atienden", "los días laborables, de 9 a 14 h")],
    "ru": [("Горячая линия по тарифам ЖКХ", "8 (800) 900-77-14"), ("Консультанты отвечают", "в будни с 9 до 18")],
}
# grants awarded this round: group, amount
GRANTS_AWARDED = {
    "en": [("Pellow Cross Short Mat Bowls Club", "£1,200"), ("Sheldwich Lantern Parade", "£2,500"), ("Brackenhurst Men's Shed", "£3,750"),
           ("Hatherden Youth Football", "£950")],
    "tr": [("Değirmenaltı Mahalle Derneği", "85.000 TL"), ("Sarıgöl Gençlik Korosu", "40.000 TL"), ("Kayacık Kadın Kooperatifi", "62.500 TL")],
    "de": [("Kanuclub Lindental e.V.", "12.000 €"), ("Kinderchor St. Konrad", "1.800 €"), ("Schützenverein Haldenbrück", "3.400 €")],
    "fr": [("Festival des Granges", "9 000 €"), ("Club de pétanque du Causse", "1 200 €"), ("Chorale Les Voix du Plateau", "2 300 €")],
    "es": [("Club de Remo Portuzarra", "6.000 €"), ("Asociación de Vecinos del Arrabal", "2.400 €"), ("Banda de Música de Villagordo", "4.100 €")],
    "ru": [("Клуб «Ветеран» села Поляны", "120 000 ₽"), ("Детская футбольная команда «Заря»", "85 000 ₽"), ("ТОС «Заречная сторона»", "200 000 ₽")],
}
# the grants officer's card: label, value
GRANTS_OFFICER = {
    "en": [("Grants officer", "Helen Achterberg"), ("Write to", "grants@brackenhurst.example"), ("Ring", "01632 960 301")],
    "tr": [("Hibe sorumlusu", "Derya Keskin"), ("Yazın", "hibe@sarigol-bld.example")],
    "de": [("Ansprechpartnerin Vereinsförderung", "Bettina Sauerwein"), ("Schreiben Sie an", "vereinsfoerderung@lindental.example")],
    "fr": [("Chargée des subventions", "Véronique Astruc"), ("Lui écrire", "subventions@cc-causses.example")],
    "es": [("Técnica de subvenciones", "Amaia Orbegozo"), ("Escríbele", "subvenciones@portuzarra.example")],
    "ru": [("Специалист по грантам", "Елена Воронцова"), ("Звоните", "8 (48439) 2-30-17")],
}
# the closing date of the fund's current round
GRANTS_CLOSING = {"en": "noon, 30 June", "tr": "15 Eylül, saat 17.00", "de": "31. Juli, 12 Uhr", "fr": "vendredi 25 septembre, midi", "es": "16 de octubre a las 14:00", "ru": "1 ноября, 18:00"}
WIDGET_ROWS = (("housing homes", HOUSING_HOMES), ("housing team", HOUSING_TEAM), ("warm places", WARM_PLACES),
               ("warm advice", WARM_ADVICE), ("grants awarded", GRANTS_AWARDED), ("grants officer", GRANTS_OFFICER),
               ("grants closing", GRANTS_CLOSING))


# headlines of the linked stories (related lists, sidebars, news web parts)
HEADLINES = {
    "en": ["Lollipop man retires after 31 years on the same crossing", "Swimming pool's new changing rooms open a month early",
           "Farm shop wins planning fight over its tea room", "Council to switch off half its street lights after midnight",
           "Charity shop finds 1950s wedding dress with letters in the lining", "Town band's new uniforms arrive in time for the carnival"],
    "tr": ["Okul geçidindeki görevli 31 yıl sonra emekli oldu", "Kapalı yüzme havuzunun soyunma odaları yenilendi",
           "Köy pazarına yeni tente kuruldu", "Belediye gece yarısından sonra sokak lambalarının yarısını kapatacak",
           "Mahalle kütüphanesine 2 bin kitap bağışlandı", "Belediye bandosu yeni üniformalarına kavuştu"],
    "de": ["Schülerlotse hört nach 31 Jahren am selben Übergang auf", "Hallenbad: Neue Umkleiden einen Monat früher fertig",
           "Hofladen darf sein Café behalten", "Stadt schaltet nach Mitternacht jede zweite Straßenlaterne ab",
           "Im Secondhandladen: Brautkleid aus den Fünfzigern mit Briefen im Futter", "Stadtkapelle bekommt neue Uniformen"],
    "fr": ["Le « monsieur du passage piéton » prend sa retraite après 31 ans", "Piscine : les nouveaux vestiaires ouvrent un mois plus tôt",
           "La ferme-boutique gagne son bras de fer pour son salon de thé", "La commune éteindra un lampadaire sur deux après minuit",
           "Une robe de mariée des années 1950 retrouvée avec des lettres dans la doublure", "L'harmonie municipale reçoit ses nouveaux uniformes"],
    "es": ["El vigilante del paso de cebra del colegio se retira tras 31 años", "La piscina estrena vestuarios un mes antes de lo previsto",
           "La tienda de la granja gana la batalla por su salón de té", "El Ayuntamiento apagará la mitad de las farolas a partir de medianoche",
           "Aparece un vestido de novia de los años cincuenta con cartas en el forro", "La banda municipal estrena uniformes para las fiestas"],
    "ru": ["Регулировщик у школы ушёл на пенсию после 31 года на одном переходе", "В бассейне на месяц раньше открыли новые раздевалки",
           "Фермерской лавке разрешили оставить чайную", "Город будет выключать половину фонарей после полуночи",
           "В комиссионке нашли свадебное платье 1950-х с письмами в подкладке", "Духовой оркестр получил новую форму к празднику"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["es"]
TEASERS = {
    "es": ["Vecinos y colegio le preparan una despedida en la misma esquina.",
           "Las obras terminaron antes gracias a un invierno seco.",
           "El pleno aceptó al final que las mesas estén en el patio.",
           "La medida ahorrará unos 60.000 euros al año, según el consistorio.",
           "Las cartas, de un novio en la mili, se devolverán a la familia.",
           "Los trajes se han cosido en un taller de la propia comarca."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Breaking on the patch", "Round the villages and the estates", "In the dock and on the beat", "Wages, tills and mortgages", "Touchline and finish line", "Where to go before Monday", "Opinion, columns and your letters"],
               cookie="We and our partners store small files on your device. Some keep the site running; others, only with your agreement, measure which stories are read and help sell advertising. Change your mind at any time under Privacy settings at the bottom of every page.",
               accept="Happy with that, carry on reading", reject="Just the ones you need to run the site", share="Send this story to someone who'd want it",
               related="More news from round here", newsletter="Teatime Briefing: the day's local news in one email at five",
               subscribe="Sign me up for the Teatime Briefing", email="you@teatime-briefing.example",
               comment_note="You'll need to sign in to comment. Our moderators check every post before it appears, normally within a couple of hours during office hours.",
               closed="Comments are closed on this story.",
               footer=["The team behind the stories", "Point out an inaccuracy", "Your privacy and our cookies explained", "Put an advert in front of our readers", "Rules for using the Teatime Briefing sites"],
               rights="All content on this site is protected by copyright and may not be republished without the publisher's written consent.",
               commenters=[("wend_walker_58", "Good to read something positive for once, well done all."),
                           ("Mrs T from Sheldwich", "Does anyone know if this applies to our end of the district too?")]),
    "tr": dict(nav=["Bölgeden sıcağı sıcağına", "Köylerde ve sitelerde neler oluyor", "Adliye koridorları ve devriyeler", "Maaşlar, kasalar ve krediler", "Saha kenarından bitiş çizgisine", "Pazartesiye kadar nereye gidilir", "Görüşler, köşeler ve okurlarımızın mektupları"],
               cookie="Biz ve iş ortaklarımız cihazınıza küçük dosyalar kaydediyoruz. Bazıları sitenin çalışmasını sağlıyor; diğerleri yalnızca onayınızla hangi haberlerin okunduğunu ölçüyor ve reklam satışına yardım ediyor. Fikrinizi her sayfanın altındaki Gizlilik ayarları bölümünden istediğiniz zaman değiştirebilirsiniz.",
               accept="Bana uyar, okumaya devam", reject="Sitenin işlemesi için şart olanlar dışında hiçbiri", share="Bu haberi isteyecek birine gönderin",
               related="Bizim buralardan başka ne haber", newsletter="Akşamüstü Bülteni: günün yerel haberleri saat beşte tek e-postada",
               subscribe="Akşamüstü Bülteni'ne kaydolun", email="siz@aksamustu-bulteni.example",
               comment_note="Yorum yazmak için giriş yapmanız gerekiyor. Moderatörlerimiz her yorumu yayımlanmadan önce kontrol ediyor, mesai saatlerinde genellikle birkaç saat içinde.",
               closed="Bu habere artık yorum eklenemiyor, tartışma kapandı.",
               footer=["Haberlerin arkasındaki ekip", "Bir yanlışlığa dikkat çekin", "Gizliliğiniz ve çerezlerimiz açıklandı", "İlanınızı okurlarımızın önüne koyun", "Siteyi kullanmanın küçük harfli kuralları"],
               rights="Bu sitedeki tüm içerik telif hakkıyla korunur ve yayıncının yazılı izni olmadan yeniden yayımlanamaz.",
               commenters=[("sarigollu_hasan", "Nihayet güzel bir haber, emeği geçenlere teşekkürler."),
                           ("Değirmenaltından Saadet", "Bu bizim mahalle için de geçerli mi, bilen var mı?")]),
    "de": dict(nav=["Eilmeldungen aus der Region", "Rund um die Dörfer und Siedlungen", "Gericht und Blaulicht", "Löhne, Kassen und Kredite", "Vom Spielfeldrand bis zur Ziellinie", "Wohin bis Montag", "Meinung, Kolumnen und Ihre Briefe"],
               cookie="Wir und unsere Partner speichern kleine Dateien auf Ihrem Gerät. Manche halten die Seite am Laufen, andere messen nur mit Ihrer Zustimmung, welche Artikel gelesen werden, und helfen beim Verkauf von Werbung. Ändern Sie Ihre Wahl jederzeit unter Datenschutzeinstellungen am Ende jeder Seite.",
               accept="Einverstanden, weiterlesen", reject="Nur die, die die Seite zum Laufen braucht", share="Diesen Artikel jemandem schicken, der ihn haben will",
               related="Mehr Nachrichten aus der Umgebung", newsletter="Feierabend-Briefing: die Lokalnachrichten des Tages um fünf in einer Mail",
               subscribe="Feierabend-Briefing bestellen", email="sie@feierabend-briefing.example",
               comment_note="Zum Kommentieren müssen Sie sich anmelden. Unser Moderationsteam prüft jeden Beitrag vor der Veröffentlichung, zu Bürozeiten meist innerhalb weniger Stunden.",
               closed="Unter diesem Artikel kann nicht mehr kommentiert werden, die Diskussion ist zu.",
               footer=["Das Team hinter den Geschichten", "Auf eine Ungenauigkeit hinweisen", "Ihre Privatsphäre und unsere Cookies erklärt", "Ihre Anzeige vor unsere Leser bringen", "Das Kleingedruckte zur Nutzung"],
               rights="Alle Inhalte dieser Website sind urheberrechtlich geschützt und dürfen ohne schriftliche Zustimmung des Verlags nicht erneut veröffentlicht werden.",
               commenters=[("Auepaddler_Jens", "Schön, mal was Positives zu lesen, gut gemacht alle zusammen."),
                           ("Rosi aus Unterwössing", "Weiß jemand, ob das auch für unseren Ortsteil gilt?")]),
    "fr": dict(nav=["À chaud dans le secteur", "Autour des villages et des cités", "Tribunal et faits divers", "Salaires, caisses et crédits", "Bord de terrain et ligne d'arrivée", "Où aller d'ici lundi", "Opinions, chroniques et vos lettres"],
               cookie="Nos partenaires et nous enregistrons de petits fichiers sur votre appareil. Certains font fonctionner le site ; d'autres, seulement avec votre accord, mesurent les articles lus et aident à vendre de la publicité. Changez d'avis quand vous voulez via Paramètres de confidentialité, en bas de chaque page.",
               accept="C'est bon, on continue", reject="Juste ceux dont le site a besoin pour tourner", share="Envoyer cet article à quelqu'un que ça intéresse",
               related="Quoi d'autre par chez nous", newsletter="Le Point de 17 heures : l'actualité locale du jour en un courriel",
               subscribe="M'inscrire au Point de 17 heures", email="vous@point-de-17h.example",
               comment_note="Vous devez vous connecter pour commenter. Nos modérateurs vérifient chaque message avant publication, en général en quelques heures aux heures de bureau.",
               closed="On ne peut plus commenter sous cet article, la discussion est close.",
               footer=["L'équipe derrière les articles", "Nous pointer une inexactitude", "Votre vie privée et nos cookies expliqués", "Placer votre annonce sous les yeux de nos lecteurs", "Les petites lignes de l'utilisation du site"],
               rights="Tout le contenu de ce site est protégé par le droit d'auteur et ne peut être republié sans l'accord écrit de l'éditeur.",
               commenters=[("Jeannot_du_plateau", "Ça fait du bien de lire une bonne nouvelle, bravo à tous."),
                           ("Sylvie de Lascombes", "Quelqu'un sait si c'est valable aussi pour notre côté du canton ?")]),
    "es": dict(nav=["Última hora en la comarca", "Por los pueblos y las urbanizaciones", "Juzgados y sucesos", "Nóminas, cajas e hipotecas", "Desde la banda hasta la meta", "Adónde ir antes del lunes", "Opinión, columnas y vuestras cartas"],
               cookie="Nosotros y nuestros socios guardamos pequeños archivos en tu dispositivo. Algunos hacen que la web funcione; otros, solo si das tu permiso, miden qué noticias se leen y ayudan a vender publicidad. Cambia de opinión cuando quieras en Ajustes de privacidad, al pie de cada página.",
               accept="De acuerdo, sigo leyendo", reject="Solo las que la web necesita para funcionar", share="Manda esta noticia a quien le interese",
               related="Qué más se cuece por aquí", newsletter="El Resumen de las Cinco: las noticias locales del día en un solo correo",
               subscribe="Apuntarme al Resumen de las Cinco", email="tu@resumen-de-las-cinco.example",
               comment_note="Tienes que iniciar sesión para comentar. Nuestros moderadores revisan cada mensaje antes de publicarlo, normalmente en pocas horas en horario de oficina.",
               closed="Ya no se admiten comentarios en esta noticia, el debate está cerrado.",
               footer=["El equipo detrás de las noticias", "Señálanos una inexactitud", "Tu privacidad y nuestras cookies, explicadas", "Pon tu anuncio delante de nuestros lectores", "La letra pequeña de esta web"],
               rights="Todo el contenido de esta web está protegido por derechos de autor y no puede volver a publicarse sin el consentimiento escrito del editor.",
               commenters=[("remero_del_muelle", "Da gusto leer algo bueno para variar, enhorabuena a todos."),
                           ("Maite de Villagordo", "¿Alguien sabe si esto vale también para nuestra parte del pueblo?")]),
    "ru": dict(nav=["Срочно в округе", "Новости сёл и дачных посёлков", "Суды и происшествия", "Зарплаты, кассы и кредиты", "С кромки поля и с финиша", "Куда сходить до понедельника", "Мнения, колонки и ваши письма"],
               cookie="Мы и наши партнёры сохраняем на вашем устройстве небольшие файлы. Одни нужны для работы сайта, другие — только с вашего согласия — считают прочитанные материалы и помогают продавать рекламу. Передумать можно в любой момент в разделе «Настройки конфиденциальности» внизу каждой страницы.",
               accept="Согласен, читать дальше", reject="Только те, без которых сайт не запустится", share="Отправить материал тому, кому он пригодится",
               related="Что ещё слышно в наших краях", newsletter="Вечерняя сводка: местные новости дня одним письмом в пять часов",
               subscribe="Подписаться на «Вечернюю сводку»", email="vy@vechernyaya-svodka.example",
               comment_note="Чтобы оставить комментарий, войдите на сайт. Модераторы проверяют каждое сообщение до публикации, в рабочее время обычно за пару часов.",
               closed="Под этим материалом больше нельзя комментировать, обсуждение закрыто.",
               footer=["Команда, которая стоит за новостями", "Указать нам на неточность", "Ваша приватность и наши cookie — объяснение", "Ваше объявление перед нашими читателями", "Правила для читателей «Вечерней сводки»"],
               rights="Все материалы сайта защищены авторским правом и не могут публиковаться повторно без письменного согласия издателя.",
               commenters=[("zaozersk_ded", "Хоть одна хорошая новость, спасибо всем, кто это сделал."),
                           ("Галина с Заречной", "Кто-нибудь знает, нашего района это тоже касается?")]),
}
UI60 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"fr": "À LIRE AUSSI DANS LE FENIL :"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"fr": "{name} écrit pour {site} sur la rubrique {section} et sur les gens du plateau. Idées de sujets : plateau@lefenil.example"},
    (mp4, "READMORE"): {"de": "AUCH IM KREISBOTEN:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"es": dict(also="También en Villagordo al Día")},
    (mp6, "TYPO3"): {"fr": dict(ext="Visite de la résidence (Dailymotion)", note="Une visite filmée de la résidence des Prés-Verts est intégrée ici. Elle ne se charge depuis Dailymotion qu'après votre accord, et Dailymotion reçoit alors des données sur votre visite.",
                                button="Accepter et voir la visite", by="Reportage signé", search="Chercher dans la Gazette",
                                lang_menu="La Gazette en gros caractères")},
    (mp7, "SANITY"): {"en": dict(nl_title="The Estuary Evening", nl_text="Tides, ferries, planning rows and what's on along the Wend, in one email every weekday at six.",
                                 nl_button="Send me The Estuary Evening", nl_placeholder="Your address for The Estuary Evening")},
    (mp11, "HUGO"): {"ru": dict(nl_title="Покровское воскресенье", nl_text="Раз в неделю, по воскресеньям: что строят, что чинят и куда сходить в Покровском районе.",
                                nl_label="Ваш адрес для «Покровского воскресенья»", nl_button="Присылать «Покровское воскресенье»")},
    (mp13, "PUB_NAV"): {"es": ["Lo nuevo en Cuadernos", "Oficios del Arrabal", "Calles y esquinas", "Ayuda a Cuadernos del Arrabal"]},
    (mp13, "TEASERS"): {"es": TEASERS["es"]},
    (mp19, "UCOZ"): {"de": dict(domain="ucoz.de", slogan="Heimatverein Oberwössing – Brauchtum, Backhaus und Dorfgeschichte",
                                menu=["Oberwössing – Startseite", "Neues vom Heimatverein", "Unser Backhaus", "Dorfchronik Oberwössing", "Bilder aus Oberwössing", "Dem Heimatverein schreiben"],
                                cats=["Neues vom Heimatverein", "Backhaus und Backtage", "Dorfchronik"],
                                friends=["Freiwillige Feuerwehr Oberwössing", "Trachtenverein D'Wössinger", "Grundschule Wössinger Tal"],
                                footer="Heimatverein Oberwössing e.V. © 2026 · von Mitgliedern ehrenamtlich gepflegt",
                                poster="hv_oberwoessing", tags=["Backhaus", "Backhausfest"],
                                commenters=[("Resi_vom_Oberdorf", "Das Brot war ein Gedicht! Danke an alle Helfer."),
                                            ("Sepp aus München", "Schade, dass ich nicht dabei sein konnte. Wann ist der nächste Backtag?")],
                                style="p", heads="b")},
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
# the new layout: a SharePoint Online communication site (a district council's and a Stadt's news site) as it serves
# a modern news page to an anonymous or guest reader: the head with the odsp-next / sp-pages-assembly script bundles,
# the _spPageContextInfo inline JSON and the spfx preload; the SuiteNavWrapper with the O365 header bar (app launcher,
# "SharePoint", the site search box, "Sign in"); the hub navigation, the site header (logo, site title, Follow /
# Share) and the horizontal mega-menu with its hidden "Edit" link; the page canvas (CanvasZone / CanvasSection /
# ControlZone divs with data-sp-feature-tag and data-automation-id attributes): the title area web part (topic
# header, title, the author's persona card with initials and job title, "Published <date>"), the Text web parts
# holding the story as the rich-text editor writes it (p, h2, strong, em, the highlightColorYellow span, blockquote,
# ul / ol, a table in the canvasRteResponsiveTable wrapper with a table style class, <br> for Shift+Enter), the Image
# web part with its caption after the first paragraph, the Quick links web part in the right-hand column, the News
# web part ("Related news" cards, "See all"); the page's social bar (Like, Comment, Save for later, views), the
# comments section ("Add a comment", readers' comments with Like / Reply); the site footer with its links, and the
# cookie banner an SPFx application customizer puts in the Bottom placeholder
# --------------------------------------------------------------------------
# the platform's generic strings, per language (not checked)
SHAREPOINT_CORE = {
    "en": dict(locale="en-GB", lcid=2057, applauncher="App launcher", app="SharePoint", search="Search this site",
               signin="Sign in", skip="Skip to main content", follow="Not following", share="Share", edit="Edit",
               published="Published {d}", like="Like", comment="Comment", save="Save for later", views="{n} Views",
               seeall="See all", comments="Comments", add="Add a comment. Type @ to mention someone", post="Post",
               reply="Reply", likes="{n} likes", ago=["2 days ago", "5 days ago", "1 week ago", "March 2"],
               quick="Quick links", months=["January", "February", "March", "April", "May", "June", "July", "August",
                                            "September", "October", "November", "December"], nav="Site navigation",
               hubnav="Hub navigation", feedback="Feedback", mobile="Get the mobile app", help="Help"),
    "de": dict(locale="de-DE", lcid=1031, applauncher="App-Startfeld", app="SharePoint", search="Auf dieser Website suchen",
               signin="Anmelden", skip="Zum Hauptinhalt springen", follow="Nicht gefolgt", share="Teilen", edit="Bearbeiten",
               published="Veröffentlicht am {d}", like="Gefällt mir", comment="Kommentar", save="Für später speichern",
               views="{n} Aufrufe", seeall="Alle anzeigen", comments="Kommentare",
               add="Kommentar hinzufügen. Geben Sie @ ein, um eine Person zu erwähnen", post="Posten", reply="Antworten",
               likes="{n} „Gefällt mir“-Angaben", ago=["vor 2 Tagen", "vor 5 Tagen", "vor 1 Woche", "2. November"],
               quick="Quicklinks", months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                                          "Oktober", "November", "Dezember"], nav="Websitenavigation",
               hubnav="Hubnavigation", feedback="Feedback", mobile="Mobile App herunterladen", help="Hilfe"),
}
# the sites' own strings: tenant, site path, titles, hub and mega-menu, quick links, the news web part's title, the
# right-hand contact box, the footer, the cookie banner, the authors of the related news and the commenters
SHAREPOINT = {
    "Brackenhurst District Council": dict(
        tenant="brackenhurstdc.sharepoint.com", path="/sites/NewsRoom", hub="Brackenhurst District Council",
        title="Brackenhurst Council News", logo_alt="Brackenhurst District Council crest",
        hubnav=[("Brackenhurst council homepage", "/sites/Home"), ("Your bin day and recycling", "/sites/Bins"), ("Pay or query your Council Tax", "/sites/CouncilTax"),
                ("Council homes and the housing register", "/sites/Housing"), ("Planning in Brackenhurst", "/sites/Planning")],
        megamenu=[("Council news and notices", [("Every news story", "/SitePages/News.aspx"), ("Statements to the press", "/SitePages/Press-releases.aspx"), ("Legal and public notices", "/SitePages/Public-notices.aspx")]),
                  ("Our district", [("Your councillors and their committees", "/SitePages/Councillors.aspx"), ("Parish and town councils", "/SitePages/Parishes.aspx"), ("Budget 2026/27", "/SitePages/Budget.aspx")]),
                  ("Communications team", [("For journalists", "/SitePages/Media-enquiries.aspx"), ("Council photo library", "/SitePages/Photo-library.aspx")])],
        quick=[("Join the housing register", "/sites/Housing/SitePages/Register.aspx"), ("Report a repair", "/sites/Housing/SitePages/Repairs.aspx"),
               ("Fenwick Yard: the plans", "/sites/Planning/Shared%20Documents/Fenwick-Yard.pdf"), ("Council meetings and minutes", "/sites/Democracy")],
        news="More from the council", box_title="Press office contacts",
        box_text="Journalists can reach the communications team on 01632 960 120 or at media@brackenhurst.example. Out of hours, ring the duty press officer on 01632 960 199.",
        footer_name="Brackenhurst District Council, Civic Centre, Hollin Road, Brackenhurst",
        footer=["Accessibility of this news site", "How the council uses your data", "Cookies on Brackenhurst News", "Ask us for information under FOI", "Get in touch with the council"],
        cookie="Brackenhurst News sets the cookies it needs to work. With your permission we'd also like to set analytics cookies to understand how you use our news pages.",
        cookie_accept="Yes, use analytics cookies", cookie_reject="No thanks, just the essential ones", cookie_more="View cookie policy",
        authors=["Tom Hebblethwaite", "Nadia Whitcombe", "Grace Oyelaran"],
        commenters=[("Derek Lomax", "Good to see. Any news on when Orchard Lane will start? We've been on the list since 2019."),
                    ("Ayesha Rahman", "Lovely homes. The heat pumps should be standard on every new build.")]),
    "Stadt Haldenbrück": dict(
        tenant="haldenbrueck.sharepoint.com", path="/sites/Aktuelles", hub="Stadt Haldenbrück",
        title="Haldenbrück aktuell", logo_alt="Wappen der Stadt Haldenbrück",
        hubnav=[("Rathaus online", "/sites/Rathaus"), ("Bürgerservice", "/sites/Buergerservice"), ("Familie und Soziales", "/sites/Soziales"),
                ("Bauen, Wohnen, Stadtplanung", "/sites/Bauen"), ("Kultur, Sport und Freizeit in Haldenbrück", "/sites/Kultur")],
        megamenu=[("Meldungen", [("Alle Meldungen", "/SitePages/Meldungen.aspx"), ("Mitteilungen an die Presse", "/SitePages/Presse.aspx"), ("Amtliche Bekanntmachungen", "/SitePages/Bekanntmachungen.aspx")]),
                  ("Gemeinderat Haldenbrück", [("Sitzungskalender", "/SitePages/Sitzungen.aspx"), ("Fraktionen", "/SitePages/Fraktionen.aspx")]),
                  ("Pressestelle", [("Ansprechpartner", "/SitePages/Pressestelle.aspx"), ("Bildarchiv", "/SitePages/Bildarchiv.aspx")])],
        quick=[("Wärmeinseln: alle Öffnungszeiten (PDF)", "/sites/Soziales/Shared%20Documents/Waermeinseln-Oeffnungszeiten.pdf"), ("Ehrenamtlich mithelfen", "/sites/Soziales/SitePages/Ehrenamt.aspx"),
               ("Wohngeld und Heizkostenzuschuss", "/sites/Buergerservice/SitePages/Wohngeld.aspx"), ("Seniorenbeirat", "/sites/Soziales/SitePages/Seniorenbeirat.aspx")],
        news="Weitere Meldungen aus dem Rathaus", box_title="So erreichen Sie die Pressestelle",
        box_text="Pressestelle der Stadt Haldenbrück, Marktplatz 1, Telefon 07361 900 100, presse@haldenbrueck.example",
        footer_name="Stadt Haldenbrück · Marktplatz 1 · Rathaus",
        footer=["Impressum der Stadt Haldenbrück", "Datenschutz auf Haldenbrück aktuell", "Erklärung zur Barrierefreiheit dieser Seiten", "Cookies auf Haldenbrück aktuell", "Schreiben Sie dem Rathaus"],
        cookie="Diese Website verwendet technisch notwendige Cookies. Mit Ihrer Einwilligung setzen wir zusätzlich Statistik-Cookies ein, um unser Angebot zu verbessern.",
        cookie_accept="Statistik-Cookies zulassen", cookie_reject="Nur technisch notwendige zulassen", cookie_more="Mehr zum Datenschutz",
        authors=["Katrin Oberländer", "Michael Strobel", "Yasemin Doğru"],
        commenters=[("Gerlinde Maurer", "Tolle Sache. Gibt es auch einen Fahrdienst für Ältere, die nicht mehr gut zu Fuß sind?"),
                    ("Benedikt Rapp", "Wir vom TSV freuen uns auf viele Gäste im Vereinsheim, Kaffee steht bereit.")]),
}
SHAREPOINT_EXEMPT = {"tenant", "path"}
SP_COLORS = ["teal", "blue", "violet", "darkGreen", "orange", "magenta"]


def sp_guid(rng):
    h = "%032x" % rng.getrandbits(128)
    return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])


def sp_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    months = SHAREPOINT_CORE[lang]["months"]
    return ("%d %s %d" if lang == "en" else "%d. %s %d") % (d, months[m - 1], y)


def sp_slug(text):
    import unicodedata
    t = unicodedata.normalize("NFKD", mp.inline_text(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", t).strip("-")[:80]


def sp_table(rows, rng):
    # a table inserted in the Text web part, with one of the editor's table styles
    style = rng.choice(["bandedRowTableStyleTheme", "simpleTableStyleNeutral", "headerTableStyleTheme"])
    trs = []
    for k, r in enumerate(rows):
        cells = "".join("<td>%s</td>" % (("<strong>%s</strong>" if k == 0 else "%s") % mp.inline_html(c)) for c in r)
        trs.append("<tr>%s</tr>" % cells)
    return ('<div class="canvasRteResponsiveTable"><div class="tableCenterAlign tableWrapper"><table title="Table" class="%s">'
            '<tbody>%s</tbody></table></div></div>') % (style, "".join(trs))


def sp_block(kind, val, rng):
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote>%s</blockquote>" % mp.inline_html(val)
    if kind == "table":
        return sp_table(val, rng)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


SP_AUTOMATION = {"Rich Text Editor": "textBox", "Image": "image", "PageTitle web part (Title)": "titleRegion",
                 "QuickLinksWebPart": "quickLinks", "NewsWebPart": "newsWebPart"}


def sp_control(rng, tag, inner, extra=""):
    cid = sp_guid(rng)
    return ('<div class="ControlZone ControlZone--control" data-automation-id="CanvasControl" id="%s">'
            '<div data-sp-feature-tag="%s" data-sp-feature-instance-id="%s" data-automation-id="%s"%s>\n%s\n</div></div>') % (
        cid, tag, cid, SP_AUTOMATION[tag], extra, inner)


def sp_text_part(rng, parts):
    # a Text web part: the rich-text editor's output in a div[data-sp-rte]
    return sp_control(rng, "Rich Text Editor", '<div data-sp-rte="" class="rte--read"><div class="rte-webpart">\n%s\n</div></div>' % "\n".join(parts),
                      ' class="rte-webpart-container"')


def sp_persona(name, initials, secondary, color, size=40):
    return ('<div class="ms-Persona ms-Persona--size%d" role="presentation"><div class="ms-Persona-coin"><div class="ms-Persona-imageArea">'
            '<div class="ms-Persona-initials ms-Persona-initials--%s" aria-hidden="true"><span>%s</span></div></div></div>'
            '<div class="ms-Persona-details"><div class="ms-Persona-primaryText"><span>%s</span></div>'
            '<div class="ms-Persona-secondaryText"><span>%s</span></div></div></div>') % (
        size, color, E(initials), E(name), E(secondary))


def tpl_sharepoint(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = SHAREPOINT_CORE[lang], SHAREPOINT[site]
    host = "https://" + s["tenant"]
    base = s["path"]
    page = "%s/SitePages/%s.aspx" % (base, sp_slug(art["title"]))
    site_id, web_id, list_id, item_id = sp_guid(rng), sp_guid(rng), sp_guid(rng), rng.randint(180, 960)
    build = "odsp-next-release-web-prod_2026-%s-%02d.%03d" % (art["date"][5:7], rng.randint(1, 28), rng.randint(1, 9))
    asm = "%08x" % rng.getrandbits(32)
    blocks, n = art["blocks"], len(art["blocks"])
    initials = "".join(w[0] for w in art["byline"].split()[:2]).upper()
    color = rng.choice(SP_COLORS)
    # the story: the first paragraph in a Text web part, the Image web part, then the rest in one or two Text web
    # parts (a second one from the first subheading on, as editors often add a new part per section)
    heads = [i for i, (k, _) in enumerate(blocks) if k == "h" and i >= 3]
    cut = heads[0] if heads and lang == "de" else None
    first = placed.get(0, []) + [sp_block(*blocks[0], rng)]
    rest1, rest2 = [], []
    for i in range(1, n + 1):
        target = rest2 if cut is not None and i >= cut else rest1
        target.extend(placed.get(i, []))
        if i < n:
            target.append(sp_block(*blocks[i], rng))
    img = sp_control(rng, "Image", (
        '<div class="imageWebPart" data-automation-id="imageWebPart"><figure class="imageWrapper" role="figure" aria-label="%s">'
        '<img src="%s%s/SiteAssets/SitePages/%s/%s.jpg" alt="%s" width="1200" height="675" loading="lazy" data-sp-prop-name="imageSource"></figure>'
        '<div class="captionElement" data-automation-id="captionElement"><div class="cke_editable" data-sp-prop-name="captionText">%s %s</div></div></div>') % (
        A(art["caption"]), host, base, sp_slug(art["title"])[:40], sp_guid(rng)[:8], A(art["caption"]), E(art["caption"]), E(art["credit"])),
        ' class="imageWebPartContainer"')
    story = [sp_text_part(rng, first), img, sp_text_part(rng, rest1)]
    if rest2:
        story.append(sp_text_part(rng, rest2))
    # the right-hand column: Quick links and the contact box (a Text web part of the site's own)
    quick = "\n".join('<li role="listitem" class="quickLinks-item"><a class="ms-Link quickLinks-link" href="%s%s" data-interception="off">'
                      '<i data-icon-name="Link" aria-hidden="true" class="ms-Icon"></i><span class="quickLinks-title">%s</span></a></li>' % (
                          host, href, E(name)) for name, href in s["quick"])
    right = [sp_control(rng, "QuickLinksWebPart", (
        '<div class="webPartHeader"><h2 role="heading" aria-level="2" class="webPartTitle">%s</h2></div>'
        '<div class="quickLinks quickLinks--compact"><ul role="list">\n%s\n</ul></div>') % (E(c["quick"]), quick)),
        sp_control(rng, "Rich Text Editor", '<div data-sp-rte="" class="rte--read"><div class="rte-webpart"><h3>%s</h3><p>%s</p></div></div>' % (
            E(s["box_title"]), E(s["box_text"])), ' class="rte-webpart-container"')]
    # the News web part: related news cards
    cards = []
    for k, h in enumerate(rng.sample(HEADLINES[lang], 3)):
        who = s["authors"][k % len(s["authors"])]
        ini = "".join(w[0] for w in who.split()[:2]).upper()
        cards.append((
            '<div role="listitem" class="newsItem" data-automation-id="newsItem"><a class="newsItem-link" href="%s%s/SitePages/%s.aspx" data-interception="on">'
            '<div class="newsItem-image"><img src="%s%s/_layouts/15/getpreview.ashx?path=%s.jpg&amp;resolution=3" alt="" loading="lazy"></div>'
            '<div class="newsItem-title" data-automation-id="newsItemTitle">%s</div></a>'
            '<div class="newsItem-author">%s<span class="newsItem-date">%s</span></div></div>') % (
            host, base, sp_slug(h), host, base, sp_slug(h), E(h), sp_persona(who, ini, "", SP_COLORS[k], 24), E(c["ago"][k])))
    news = sp_control(rng, "NewsWebPart", (
        '<div class="webPartHeader"><h2 role="heading" aria-level="2" class="webPartTitle">%s</h2>'
        '<a class="seeAllLink" href="%s%s/_layouts/15/news.aspx" data-automation-id="newsSeeAll">%s</a></div>'
        '<div class="newsItems newsItems--sideBySide" role="list">\n%s\n</div>') % (
        E(s["news"]), host, base, E(c["seeall"]), "\n".join(cards)))
    # the comments
    comments = []
    for k, (who, text) in enumerate(s["commenters"]):
        ini = "".join(w[0] for w in who.split()[:2]).upper()
        comments.append((
            '<div class="comment" role="listitem" data-automation-id="comment" id="comment-%d">%s'
            '<div class="comment-meta"><span class="comment-author">%s</span><span class="comment-date">%s</span></div>'
            '<div class="comment-text" data-automation-id="commentText">%s</div>'
            '<div class="comment-actions"><button class="ms-Button ms-Button--action" data-automation-id="commentLikeButton"><span>%s</span></button>'
            '<span class="comment-likes">%s</span><button class="ms-Button ms-Button--action" data-automation-id="commentReplyButton"><span>%s</span></button></div></div>') % (
            rng.randint(1, 99), sp_persona(who, ini, "", SP_COLORS[(k + 2) % len(SP_COLORS)], 32), E(who), E(c["ago"][k]), E(text), E(c["like"]),
            E(c["likes"].replace("{n}", str(rng.randint(1, 14)))), E(c["reply"])))
    hubnav = "\n".join('<li role="none"><a role="menuitem" class="ms-HubNav-link" href="%s%s">%s</a></li>' % (host, href, E(name))
                       for name, href in s["hubnav"])
    mega = []
    for k, (head_txt, links) in enumerate(s["megamenu"]):
        cols = "".join('<li><a class="ms-MegaMenu-link" href="%s%s%s">%s</a></li>' % (host, base, href, E(name)) for name, href in links)
        mega.append(('<div class="ms-HorizontalNavItem" role="none"><button class="ms-HorizontalNavItem-link" role="menuitem" aria-haspopup="true" aria-expanded="false" '
                     'data-automation-id="HorizontalNav-link">%s<i data-icon-name="ChevronDown" aria-hidden="true"></i></button>'
                     '<div class="ms-MegaMenu-panel" hidden><h3 class="ms-MegaMenu-heading">%s</h3><ul class="ms-MegaMenu-column">%s</ul></div></div>') % (
            E(head_txt), E(head_txt), cols))
    footer = "".join('<li><a class="ms-Link" href="%s%s/SitePages/%s.aspx">%s</a></li>' % (host, base, sp_slug(x), E(x)) for x in s["footer"])
    ctx = json.dumps({"webServerRelativeUrl": base, "webAbsoluteUrl": host + base, "siteAbsoluteUrl": host + base,
                      "webTitle": s["title"], "webTemplate": "68", "webLanguage": c["lcid"], "currentLanguage": c["lcid"],
                      "currentUICultureName": c["locale"], "currentCultureName": c["locale"], "isAnonymousGuestUser": True,
                      "userId": 0, "userLoginName": None, "siteId": "{%s}" % site_id, "webId": "{%s}" % web_id,
                      "listId": "{%s}" % list_id, "pageItemId": item_id, "serverRequestPath": page,
                      "isSPO": True, "isHubSite": False, "hubSiteId": sp_guid(rng), "env": "prodbubble",
                      "CorrelationId": sp_guid(rng), "siteClientTag": "0$$16.0.%d.12008" % rng.randint(25000, 26999)},
                     ensure_ascii=False)
    views = c["views"].replace("{n}", str(rng.randint(140, 2400)))
    cookie_cls = "cookieBanner_%s" % ("%08x" % rng.getrandbits(32))[:8]
    return f'''<!DOCTYPE html>
<html dir="ltr" lang="{c["locale"]}">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(art["title"])}</title>
<meta name="description" content="{A(art["sub"])}">
<meta property="og:title" content="{A(art["title"])}">
<meta property="og:type" content="article">
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:url" content="{host}{page}">
<meta property="og:image" content="{host}{base}/_layouts/15/getpreview.ashx?path={sp_slug(art["title"])[:40]}.jpg&amp;resolution=6">
<link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=47" type="image/vnd.microsoft.icon" id="favicon">
<link rel="preconnect" href="https://res-1.cdn.office.net" crossorigin>
<link rel="stylesheet" href="https://res-1.cdn.office.net/files/sp-client/sp-pages-assembly_{c["locale"].lower()}_{asm}.css">
<script type="text/javascript">var _spPageContextInfo={ctx};</script>
<script type="text/javascript">var _spClientSidePageContext={{"pageItemId":{item_id},"pageLayoutType":"Article","promotedState":2,"firstPublishedDate":"{art["date"]}T0{rng.randint(7, 9)}:{rng.randint(10, 59)}:00Z","canvasLayout":"spfx"}};var g_spPreFetchKeys=[];</script>
<script type="text/javascript" src="https://res-1.cdn.office.net/files/{build}/require-{asm[::-1]}.js"></script>
<script type="text/javascript" src="https://res-1.cdn.office.net/files/sp-client/sp-pages-assembly_{c["locale"].lower()}_{asm}.js" crossorigin="anonymous"></script>
<script type="text/javascript" src="https://res-1.cdn.office.net/files/{build}/spofficeuifabric-{asm[2:]}.js" crossorigin="anonymous"></script>
</head>
<body class="ms-Fabric" dir="ltr">
<a class="ms-Link skipToMain" href="#spPageCanvasContent">{E(c["skip"])}</a>
<div id="SuiteNavWrapper" class="od-SuiteNav" data-automationid="SuiteNavWrapper">
<div id="SuiteNavPlaceholder"><div id="O365_NavHeader" class="o365sx-navbar" role="banner">
<div class="o365sx-waffle-container"><button id="O365_MainLink_NavMenu" class="o365sx-button o365sx-waffle" type="button" aria-label="{A(c["applauncher"])}"><span class="o365sx-waffle-icon"></span></button></div>
<a id="O365_AppName" class="o365sx-appName" href="{host}/_layouts/15/sharepoint.aspx"><span>{E(c["app"])}</span></a>
<div id="O365_SearchBoxContainer" class="o365sx-search"><form role="search" action="{host}{base}/_layouts/15/search.aspx"><input id="sbcId" class="ms-SearchBox-field" type="search" name="q" placeholder="{A(c["search"])}" aria-label="{A(c["search"])}"></form></div>
<div class="o365sx-rightRegion"><a id="O365_MainLink_Help" class="o365sx-button" href="https://support.microsoft.com/sharepoint" aria-label="{A(c["help"])}"><span class="o365sx-help"></span></a>
<a id="O365_MainLink_SignIn" class="o365sx-button o365sx-signin" href="{host}/_layouts/15/Authenticate.aspx?Source={page.replace("/", "%2F")}">{E(c["signin"])}</a></div>
</div></div>
</div>
<div id="spPageChromeAppDiv" class="SPPageChrome">
<nav class="ms-HubNav" data-automationid="HubNav" aria-label="{A(c["hubnav"])}"><a class="ms-HubNav-title" href="{host}/sites/Home">{E(s["hub"])}</a><ul class="ms-HubNav-links" role="menubar">
{hubnav}
</ul></nav>
<div id="spSiteHeader" data-automationid="SiteHeader" role="banner" class="ms-siteHeader-container ms-siteHeader--standard">
<div class="ms-siteHeader-siteLogo" data-automationid="SiteHeaderLogo"><a href="{host}{base}" class="ms-siteHeader-logoLink"><img src="{host}{base}/SiteAssets/__siteIcon__.png" alt="{A(s["logo_alt"])}" class="ms-siteHeader-logoImg"></a></div>
<div class="ms-siteHeader-siteName"><span data-automationid="SiteHeaderTitle"><a href="{host}{base}">{E(s["title"])}</a></span></div>
<nav class="ms-HorizontalNav" data-automationid="HorizontalNav" aria-label="{A(c["nav"])}"><div class="ms-HorizontalNavItems" role="menubar">
{chr(10).join(mega)}
<a class="ms-HorizontalNav-edit" data-automationid="HorizontalNav-edit" href="#" style="display:none">{E(c["edit"])}</a>
</div></nav>
<div class="ms-siteHeader-actions"><button class="ms-Button ms-Button--action" data-automationid="SiteHeaderFollowButton" type="button"><i data-icon-name="FavoriteStar" aria-hidden="true"></i><span>{E(c["follow"])}</span></button>
<button class="ms-Button ms-Button--action" data-automationid="shareSiteButton" type="button"><i data-icon-name="Share" aria-hidden="true"></i><span>{E(c["share"])}</span></button></div>
</div>
<div class="SPCanvas" id="spPageCanvasContent" role="main">
<div class="Canvas CanvasComponent LCS" data-automation-id="Canvas">
<div class="CanvasZone CanvasZone--fullWidth" data-automation-id="CanvasZone"><div class="CanvasZoneSectionContainer"><div class="CanvasSection CanvasSection-col CanvasSection-sm12 CanvasSection-xl12" data-automation-id="CanvasSection">
{sp_control(rng, "PageTitle web part (Title)", f"""<div class="pageTitleArea pageTitleArea--plain" data-automation-id="pageHeader">
<div class="topicHeader" data-automation-id="topicHeader"><span>{E(art["section"])}</span></div>
<div class="pageTitle" role="heading" aria-level="1" data-automation-id="pageTitle">{E(art["title"])}</div>
<div class="pageTitleArea-byline"><div class="authorByline" data-automation-id="authorByline">{sp_persona(art["byline"], initials, art["author_role"], color)}</div>
<div class="publishDate" data-automation-id="publishDate"><span>{E(c["published"].replace("{d}", sp_date(lang, art["date"])))}</span></div></div>
</div>""")}
</div></div></div>
<div class="CanvasZone" data-automation-id="CanvasZone"><div class="CanvasZoneSectionContainer">
<div class="CanvasSection CanvasSection-col CanvasSection-sm12 CanvasSection-xl8" data-automation-id="CanvasSection">
{chr(10).join(story)}
</div>
<div class="CanvasSection CanvasSection-col CanvasSection-sm12 CanvasSection-xl4" data-automation-id="CanvasSection">
{chr(10).join(right)}
</div>
</div></div>
<div class="CanvasZone CanvasZone--emphasisNeutral" data-automation-id="CanvasZone"><div class="CanvasZoneSectionContainer"><div class="CanvasSection CanvasSection-col CanvasSection-sm12 CanvasSection-xl12" data-automation-id="CanvasSection">
{news}
</div></div></div>
</div>
<div class="ms-SocialBar" data-automation-id="sp-socialbar" role="toolbar">
<button class="ms-Button ms-Button--action" data-automation-id="sp-socialbar-likebutton" type="button"><i data-icon-name="Like" aria-hidden="true"></i><span>{E(c["like"])}</span></button>
<button class="ms-Button ms-Button--action" data-automation-id="sp-socialbar-commentbutton" type="button"><i data-icon-name="Comment" aria-hidden="true"></i><span>{E(c["comment"])}</span></button>
<button class="ms-Button ms-Button--action" data-automation-id="sp-socialbar-savebutton" type="button"><i data-icon-name="Bookmarks" aria-hidden="true"></i><span>{E(c["save"])}</span></button>
<span class="ms-SocialBar-views" data-automation-id="sp-socialbar-pageviews">{E(views)}</span>
</div>
<div id="CommentsWrapper" class="commentsWrapper" data-sp-feature-tag="Comments" data-automation-id="commentsWrapper">
<h2 class="commentsHeader">{E(c["comments"])}</h2>
<div class="commentBox"><textarea class="ms-TextField-field" aria-label="{A(c["add"])}" placeholder="{A(c["add"])}" rows="1"></textarea><button class="ms-Button ms-Button--primary" type="button" disabled><span>{E(c["post"])}</span></button></div>
<div class="commentsList" role="list">
{chr(10).join(comments)}
</div>
</div>
</div>
<footer class="ms-siteFooter" data-automationid="SiteFooter" role="contentinfo">
<div class="ms-siteFooter-logo"><img src="{host}{base}/SiteAssets/footer-logo.png" alt="" width="120"></div>
<div class="ms-siteFooter-name"><span>{E(s["footer_name"])}</span></div>
<nav class="ms-siteFooter-links"><ul>{footer}</ul></nav>
</footer>
</div>
<div data-sp-placeholder="Bottom" class="ms-customizerPlaceholder ms-customizerPlaceholder--bottom">
<div class="{cookie_cls}" role="dialog" aria-live="polite" data-automation-id="cookieConsentCustomizer"><p class="{cookie_cls}-text">{E(s["cookie"])} <a href="{host}{base}/SitePages/{sp_slug(s["cookie_more"])}.aspx">{E(s["cookie_more"])}</a></p>
<button class="{cookie_cls}-accept" type="button">{E(s["cookie_accept"])}</button><button class="{cookie_cls}-reject" type="button">{E(s["cookie_reject"])}</button></div>
</div>
<script type="text/javascript">window.__spfxPreloadedData={{"clientSideApplicationId":"b6917cb1-93a0-4b97-a84d-7cf49975d4ec","hostName":"{s["tenant"]}","correlationId":"{sp_guid(rng)}"}};</script>
<script type="text/javascript" src="https://res-1.cdn.office.net/files/{build}/sp-pages-view-{asm[1:7]}.js" crossorigin="anonymous" async></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"sharepoint": ["caption"]}  # the Image web part's caption with its credit
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "housingbids", "warmspace", "communitygrant"]
NEW_FAMILIES = ["housingbids", "warmspace", "communitygrant"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"housingbids": ["housing-bids", "housing bids", "bid for a home", "housing band", "housing-options",
                                    "housing options", "choice-based letting", "homes you can bid"],
                    "warmspace": ["warm space", "warm-space", "warm room", "energy-advice helpline", "energy advice",
                                  "hot drink and wi-fi", "warm hub", "warm bank"],
                    "communitygrant": ["community grant", "community-grant", "grants awarded", "grants officer",
                                       "apply for a community grant", "grant panel", "closing-date pill"]}
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
    "cookie": ['<div class="consent-gate-frame"><p class="consent-gate-frame__msg">%s</p><button class="consent-gate-frame__ok" type="button">Allow</button></div>',
               '<p class="player-blank-note">%s</p>', '<div><em>%s</em></div>'],
    "newsletter": ['<div class="thursday-digest-box"><p class="thursday-digest-box__txt">%s</p><a class="thursday-digest-box__go" href="/roundup">&#8594;</a></div>',
                   '<p class="free-limit-line">%s</p>', '<h5 class="roundup-join-hd">%s</h5>', '<p><b><a href="/support-us">%s</a></b></p>'],
    "share": ['<ul class="spread-word-list">{items}</ul>', '<div class="neighbour-send-strip">%s</div>', '<p><a href="#spread">%s</a></p>'],
    "photo": ['<p class="family-supplied-pic">%s</p>', '<span class="reader-shot-tag">%s</span>', '<div><small>%s</small></div>'],
    "copyright": ['<p class="ask-editor-reuse">%s</p>', '<div class="material-owned-note"><small>%s</small></div>', '<div><i>%s</i></div>'],
    "section": ['<p class="team-latest-line">%s</p>', '<h6 class="team-latest-hd">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="fleuron-row-x">%s</p>', '<div class="asterism-sep-q">%s</div>', '<div style="text-align:center">%s</div>'],
    "credit": ['<p class="evening-desk-line">%s</p>', '<div class="compiled-with-note">%s</div>', '<div><small><em>%s</em></small></div>'],
    "title": ['<p class="head-dupe-p"><b>%s</b></p>', '<h2 class="head-dupe-h2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsor-scroll-tag">%s</div>', '<p class="adverts-pay-line">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="tap-rest-link"><a href="#remainder">%s</a></p>', '<div class="expand-all-bar">%s</div>', '<div><a href="#remainder">%s</a></div>'],
    "comments": ['<p class="talking-now-link"><a href="#replies">%s</a></p>', '<div class="replies-count-pill">%s</div>', '<div><a href="#replies">%s</a></div>'],
    "readtime": ['<p class="top-bottom-mins">%s</p>', '<span class="nomaths-read-pill">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="amend-time-chip"><time>%s</time></p>', '<div class="new-details-note">%s</div>', '<div><small><em>%s</em></small></div>'],
    "audio": ['<div class="spoken-report-bar"><button class="spoken-report-bar__btn" aria-label="Play"></button><span class="spoken-report-bar__txt">%s</span></div>',
              '<p class="ears-version-link"><a href="#spoken">%s</a></p>', '<div><a href="#spoken">%s</a></div>'],
    "correction": ['<aside class="amend-note-box"><p>%s</p></aside>', '<p class="amend-note-line"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="faster-app-strip"><p class="faster-app-strip__txt">%s</p><a class="faster-app-strip__dl" href="/get-app">&#8681;</a></div>',
            '<p class="alerts-app-line">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="byline-profile-w"><p class="byline-profile-w__txt">%s</p></div>', '<p class="filed-by-all-line"><i>%s</i></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="unreported-ask-box"><p class="unreported-ask-box__txt">%s</p></div>', '<p class="whatsapp-desk-line">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="subs-mistake-tip"><p>%s</p></div>', '<p class="subs-mistake-line">%s</p>', '<div><small><em>%s</em></small></div>'],
    "push": ['<div class="nearby-ping-ask"><p class="nearby-ping-ask__q">%s</p></div>', '<p class="nearby-ping-line">%s</p>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="clean-copy-row">{items}</ul>', '<p class="clean-copy-link"><a href="?format=print">%s</a></p>',
              '<div><a href="?format=print">%s</a></div>'],
    "feedback": ['<div class="helpful-poll-q"><p class="helpful-poll-q__q">%s</p></div>', '<p class="helpful-poll-line">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="regulator-note-w"><p>%s</p></div>', '<p class="regulator-strip"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="tag-alert-row"><span class="tag-alert-row__txt">%s</span></div>', '<p class="tagged-with-line">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="keep-later-star"><a class="keep-later-star__a" href="#kept">%s</a></div>',
                 '<p class="keep-later-line"><a href="#kept">%s</a></p>', '<div><a href="#kept">%s</a></div>'],
    "poll": ['<div class="have-say-box"><p class="have-say-box__q">%s</p><button class="have-say-box__vote" type="button">&#9745;</button></div>',
             '<h6 class="have-say-hd">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/R{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/R{k}/" target="_blank">%s</a></blockquote>',
              '<div class="tube-click-cover"><a class="tube-click-cover__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="day-pictures-link"><a class="day-pictures-link__a" href="#pictures">%s</a></div>',
                '<p class="pics-tally-line">%s</p>', '<div><strong>%s</strong></div>'],
    "map": ['<div class="osm-embed-wrapx"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-embed-wrapx__links">%s</p></div>',
            '<figure class="png-locator-fig"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="agenda-keep-links">{items}</ul>', '<p class="day-before-line"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="agenda-keep-bar"><span class="agenda-keep-bar__label">%s</span></div>'],
    "scores": ['<div class="weekend-results-link"><a class="weekend-results-link__a" href="/sport/results">%s</a></div>',
               '<ul class="results-tabs-row">{items}</ul>', '<div><a href="/sport/results"><b>%s</b></a></div>'],
    # the three families new in this part ({homes}: this week's advertised homes as a table; {hteam}: the
    # housing-options team's phone and drop-in as a definition list; {places}: this week's warm spaces and their hours
    # as a list; {postcode}: the finder's postcode field; {advice}: the energy-advice line as a definition list;
    # {grants}: the grants awarded as a table; {officer}: the grants officer's contact as a definition list)
    "housingbids": ['<div class="homes-to-bid"><h4 class="homes-to-bid__hd">%s</h4><table class="homes-to-bid__list">{homes}</table></div>',
                    '<p class="bid-home-cta"><a class="bid-home-cta__btn" href="/housing/bid" role="button">%s</a></p>',
                    '<p class="band-check-link"><a href="/housing/band-checker">%s</a></p>',
                    '<div class="options-team-card"><p class="options-team-card__hd"><strong>%s</strong></p><dl class="options-team-card__list">{hteam}</dl></div>'],
    "warmspace": ['<div class="warm-places-list"><h4 class="warm-places-list__hd">%s</h4><ul class="warm-places-list__items">{places}</ul></div>',
                  '<form class="warm-finder" action="/warm-spaces/search" method="get"><h5 class="warm-finder__hd">%s</h5>{postcode}<button type="submit">&#128269;</button></form>',
                  '<div class="hotdrink-wifi-badge"><span class="hotdrink-wifi-badge__lbl">%s</span></div>',
                  '<div class="energy-line-card"><p class="energy-line-card__hd"><b>%s</b></p><dl class="energy-line-card__nums">{advice}</dl></div>'],
    "communitygrant": ['<p class="grant-apply-cta"><a class="grant-apply-cta__btn" href="/community-fund/apply" role="button">%s</a></p>',
                       '<span class="fund-closing-pill">%s</span>',
                       '<div class="grants-given"><h5 class="grants-given__hd">%s</h5><table class="grants-given__table">{grants}</table></div>',
                       '<div class="grants-contact-card"><p class="grants-contact-card__hd"><strong>%s</strong></p><dl class="grants-contact-card__list">{officer}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>(%s)</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/roundup"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#spread">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "housingbids": (0.7, ['<br><a href="/housing/band-checker"><strong>%s</strong></a>']),
          "warmspace": (0.7, [' <a href="/warm-spaces/search"><b>%s</b></a>']),
          "communitygrant": (0.7, ['<br><a href="/community-fund/apply">%s</a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# check-your-band link, the find-a-warm-space link and the apply-for-a-grant link, not the boards, forms or tables)
INLINE_WORDING = {"newsletter": 0, "housingbids": 2, "warmspace": 1, "communitygrant": 0}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inbody-pic-z"><img src="/media/{id}-4.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-body.jpg" alt="" width="640"><br><small>{cap} — {cr}</small></div>']
RELATED_STYLES = ['<div class="round-here-more"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="one-more-read"><p class="one-more-read__hd">%s</p><ul>%s</ul></aside>',
                  '<h4>%s</h4>\n<ul>%s</ul>']


def handle(site):
    """The site's social-media account name: its ASCII letters and digits, at most 24."""
    return mp11.host_name(site)[:24]


def fill_text(s, rng, site, art):
    return fill(s.replace("{by}", art["byline"]).replace("{section}", art["section"])
                .replace("{handle}", handle(site)).replace("{g}", str(rng.randint(6, 24)))
                .replace("{closing}", GRANTS_CLOSING[art["lang"]]), rng, site, art)


def pick(rng, fam, lang, site, art, idx=None):
    pool = R[fam][lang]
    if idx is None:
        idx = art.get("choose", {}).get(fam)
    if idx is None:
        idx = KIND_WORDING.get((art.get("kind"), fam))
    if idx is None:
        idx = rng.randrange(len(pool))
    return idx, fill_text(pool[idx], rng, site, art)


# the tables' heads and the finder's field label, as the web teams left them (not checked)
HOMES_HEAD = {"en": ("Address", "Type", "Rent", "Band"), "tr": ("Adres", "Tip", "Kira", "Grup"), "de": ("Adresse", "Wohnung", "Miete", "Stufe"),
              "fr": ("Adresse", "Type", "Loyer", "Priorité"), "es": ("Dirección", "Tipo", "Alquiler", "Cupo"), "ru": ("Адрес", "Тип", "Плата", "Очередь")}
GRANTS_HEAD = {"en": ("Group", "Award"), "tr": ("Grup", "Destek"), "de": ("Verein", "Zuschuss"), "fr": ("Association", "Montant"),
               "es": ("Entidad", "Importe"), "ru": ("Организация", "Сумма")}
POSTCODE_LABEL = {"en": "Postcode", "tr": "Mahalle", "de": "Postleitzahl", "fr": "Code postal", "es": "Código postal", "ru": "Улица"}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's list, table or form, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")
    k = "%06x" % rng.randint(0, 16**6 - 1)
    postcode = '<label for="wf-%s">%s</label><input id="wf-%s" type="text" name="q" autocomplete="postal-code">' % (k, esc(POSTCODE_LABEL[lang]), k)
    return (style.replace("{homes}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in HOMES_HEAD[lang])
                          + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in HOUSING_HOMES[lang]))
            .replace("{hteam}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in HOUSING_TEAM[lang]))
            .replace("{places}", "".join('<li><span class="venue">%s</span> — %s</li>' % (esc(a), esc(b)) for a, b in WARM_PLACES[lang]))
            .replace("{postcode}", postcode)
            .replace("{advice}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in WARM_ADVICE[lang]))
            .replace("{grants}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in GRANTS_HEAD[lang])
                     + "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in GRANTS_AWARDED[lang]))
            .replace("{officer}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in GRANTS_OFFICER[lang])))
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
               "scores": rng.choice([0, mid, n]), "housingbids": rng.choice([mid, n, n]),
               "warmspace": rng.choice([0, mid, n]), "communitygrant": rng.choice([mid, n])}.get(fam, mid)
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
HIGHLIGHT = {"sharepoint": ('<span class="highlightColorYellow">', "</span>"),  # the SharePoint text editor's highlight
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
# templates: sharepoint is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"sharepoint": tpl_sharepoint, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h58), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "sharepoint"


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
            rng = random.Random("newsflow-heldout60-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI60[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 59) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h58), labels, furniture strings,
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
    # layouts: sharepoint (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h57 or h58 gave it
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
    # the sharepoint pages: a public body's site of SHAREPOINT in a language of SHAREPOINT_CORE, the author's job title;
    # no drop cap, box, fact box or callout look (the text web part writes none of them); story tables only there, and
    # no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in SHAREPOINT or a["lang"] not in SHAREPOINT_CORE
                                       or a.get("kind") != "public" or not a.get("author_role")
                                       or any(st in ("box", "factbox", "dropcap", "callout") for st, _ in a.get("look", []))):
            problems.append("%s: sharepoint page needs a public body's SharePoint site, the author's role and text-editor looks only" % a["id"])
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
    sp_sites = [{k: v for k, v in d.items() if k not in SHAREPOINT_EXEMPT} for d in SHAREPOINT.values()]
    # (SHAREPOINT_CORE, HOMES_HEAD, GRANTS_HEAD and POSTCODE_LABEL, the platform's strings and the web teams' generic
    # table heads and field label, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("SHAREPOINT", sp_sites), ("UI_NEW", UI_NEW)):
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



