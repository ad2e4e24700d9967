#!/usr/bin/env python3
"""Fifty-seventh held-out part (h57-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout57.py           # write pages/h57-*.html
    python benchmarks/data/extraction/make_heldout57.py --check   # verify pages/h57-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout57.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout58.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h57_en.py / articles_h57_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: premises-licence notices on stories about pubs, late-night bars, shops selling alcohol and
festivals -- the notice of an application for a premises licence or a variation with the premises' name and address,
the application and the applicant as a definition list, the "representations must reach the licensing team by
<date>" line, the "view the application on the public register" link, the table of the licensable activities and
hours applied for --, council-tax band checkers on stories about council budgets, bills, second homes and empty
homes -- the "find your council tax band" postcode form, the charges-by-band table for the year, the "pay your
council tax online" link, the discounts-and-reductions box with its list (and, outside England, the local
equivalents: Turkish emlak vergisi, French taxe d'habitation on second homes, Spanish IBI) --, and beach dog-ban widgets
on stories about beaches, summer rules and dog walkers -- the dates and the beaches where dogs are banned as a list,
the fixed-penalty line, the "see the map of restricted beaches" link, the "dog-friendly beaches nearby" list --),
their wrapper class names, related headlines, site names, the sites' own strings in the earlier layouts and the
first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of
make_heldout2..56, nor their labels, furniture strings, widget rows, headlines or site names; verify() refuses to
build if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier
pool, family list, template family or docstring, if a story paragraph or headline of an earlier part (h55 and h56
included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  Every name and
number is fictional.
(h56's business-rates relief checker and h55's council-meeting livestream card are other families with other
wordings and markup; h45's school term dates and h41's bathing-water widget sit on other stories.  The premises-licence
notice, the council-tax band checker and the beach dog-ban widget are new families by name, wording and markup.)
The generic strings of the new widgets (BAND_LABELS, BAND_HEAD, LICENCE_HEAD: a field label and table heads) are
left as the web teams leave them and not checked; the rows themselves (LICENCE_ROWS, LICENCE_HOURS, BAND_ROWS,
DISCOUNTS, DOGBAN_BEACHES, DOG_FRIENDLY) are new, and the licence notice names the story's own premises, the dog-ban
box the story's own beaches where it gives them.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages: licence notices on a riverside pub asking to serve
until 1am, a new music festival licensed with a 10.30pm curfew, a Spanish old-town bar asking to open until 3.30am
(a corrected story) and a Russian shop opposite a school asking to sell alcohol; council-tax checkers on an English
district council's own news page about its budget and the doubled second-home premium (the new layout), a Turkish
municipality's reminder of the first property-tax instalment (the new layout), a French commune raising the tax on
second homes by 60 % and a Spanish town's 50 % surcharge on empty homes; dog-ban widgets on dogs banned from three
more beaches in an English bay, a German Baltic resort moving its dog beach, a Breton commune's summer ban and a
Spanish neighbours' association celebrating its new dog beach (on its Ghost site).  Earlier families that need a
reason in the story are placed the same way (score-centre links on a village cricket side's comeback, a calendar row
on a repair café's next date, a gallery link on a mill's rediscovered photographs, a map on a village's restored
well); the other generic families are balanced over the part, leaving out those the page's site would not print
(the story's "kind": a district council or a municipality -- no newspaper furniture --, a neighbours' association or
a village website, an independent publication on Medium, which prints no ads, app, push or print prompts, comment
counters or press-standards lines, and of the newsletter family only its appeal for money); a correction box goes
only on a story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed
boxes, notices, pills and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans, forms,
definition lists and tables, and, for a few families, a line run into the end of a story paragraph (credit, tip,
newsletter pitch, share line, the view-the-application link, the pay-your-council-tax link, the restricted-beaches map
link) or a bold section tag run into the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph), whole paragraphs in bold (interview questions, a one-line warning) or italics, a highlighted
sentence (a yellow background span as the old rich-text editor writes it on the new layout, a marker elsewhere), a
paragraph in a box (a Gutenberg group block, the magazine's panel), a fact box holding a subheading and its list (a
Fusion custom embed), a Ghost callout card, a paragraph typed after a <br> (on the council's news page);
story structures that look like furniture but are the story: question-and-answer interviews (bold questions, some
of two to four words, in English, Turkish, German, French and Russian: a hill shepherd, a simit seller on a ferry
pier, a chimney sweep, a cheese maker in a mountain hut, a village headman), lists inside the story (what a council
tax rise pays for, where to pay a property tax, the conditions of a festival licence, the beaches still open to dogs,
a repair café's rules, a German resort's new beach rules, what a French surcharge will fund, what a Spanish bar
promises, what counts as an empty home, a dog beach's rules, what Russian parents ask), crossheads as headings and as
bold paragraphs, one-line quotes and short one-line paragraphs ("We're not asking to become a nightclub.", "They
have, from 40p to 50p."), a closing line with practical information (opening hours, a phone number, a meeting, ticket
prices), and story sentences that mention furniture words in ordinary reporting ("Cookies were gone by ten o'clock"
opening a story, "Follow the signs" in a councillor's quote, a hospice's spring newsletter, a heritage society asking
people to share what they know about a photo, "contact the council tax team" and "contact Annie through the church
office" closing two stories, "Следить за тем" opening a Russian one), some at the start or end of the story where
furniture usually sits.  Two pages carry no residue at all and one only its correction line.
One page layout is new (webforms: a legacy ASP.NET WebForms site, as an English district council's news room and a
Turkish municipality's news pages still serve an article, on two pages, an English and a Turkish one): the XHTML 1.0
Transitional doctype and the head with id="ctl00_Head1", the App_Themes stylesheets, the menu's generated CSS, the
analytics tag with consent defaults; the single <form name="aspnetForm" method="post" action="./article.aspx?id=...">
wrapping the whole page, with the hidden __EVENTTARGET / __EVENTARGUMENT / __VIEWSTATE inputs (long base64 values),
the __doPostBack function, the WebResource.axd and ScriptResource.axd scripts, WebForm_OnSubmit,
__VIEWSTATEGENERATOR / __EVENTVALIDATION and the ScriptManager's PageRequestManager call; the master page (a layout
table on the council's older site, divs on the municipality's) with the header panel, logo link, search box with
WebForm_FireDefaultButton and the text-size postback links; the asp:Menu (nested tables with Menu_HoverStatic and a
hidden sub-menu on the council's site, a ul.level1 list with a popout item as ASP.NET 4 renders it on the
municipality's), each with its "Skip Navigation Links" image link; the SiteMapPath breadcrumb; the article panel
(ctl00_ContentPlaceHolder1_ / ctl00_cphMain_ ids): the title, date and summary as asp:Label spans, the picture with
its caption label (caption and credit: this layout's own residue in the container), the Literal with the editor's
HTML (<p> paragraphs and h3 on the council's site; text in one <font face="Tahoma"> tag with <br /> runs and <strong>
subheadings from an old rich-text editor on the municipality's), the "Print this page | Email a friend | RSS" link
bar, the "Was this page useful?" radio-button list, the related-news repeater (ctl00_..._rptRelated_ctl01_hlnkTitle
...) and the back link; the right-hand column with the quick-links and latest-news repeaters and the media-enquiries
box; the footer user control with accessibility, privacy, cookies, freedom-of-information and contact links and the
copyright label; the menu's client script and Sys.Application.initialize(); and the cookie consent (Civic Cookie
Control's config script on the council's site, a KVKK banner with its script on the municipality's).  ASP.NET's own
strings and the developers' generic labels (WEBFORMS_CORE, per language) are left as they ship and not checked; the
sites' own strings (WEBFORMS: menu items, news section, quick links, media box, footer links, copyright, cookie texts)
are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h55 or h56 gave it (9 English pages, 3 in each other language: English on cms, regional,
magazine, typo3, hugo, portal, legacy-br and medium; Turkish on amp and storybody; German on nextjs, sanity and
drupal; French on chunks, gutenberg and quintype; Spanish on wordpress, fusion and ghost; Russian on semantic, table
and ucoz); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site
rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped
for this part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout56.py, so that make_pages.py can import this module and merge it the same way.
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
import make_heldout55 as mp55  # noqa: E402
import make_heldout56 as mp56  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h57_en import ARTICLES as H57_EN  # noqa: E402
from articles_h57_intl import ARTICLES as H57_INTL  # noqa: E402

ARTICLES = H57_EN + H57_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56)
# parts whose layouts' languages this part avoids (the two before it; h58 is written at the same time)
LANG_PARTS = (mp55, mp56)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h57"

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Brackwater & Lynmouth Advertiser", "Tarrington Bay Chronicle", "Kelsham Moor Gazette", "Saltinghope Evening Star",
           "Upper Wenning Observer", "Dunmere Valley Times", "Pelham Cross Examiner"],
    "tr": ["Yalıbaşı Haber", "Göksu Kıyı Gazetesi"],
    "de": ["Brösenhagener Ostseebote", "Lindenwerder Anzeiger", "Kirchsteiner Landzeitung"],
    "fr": ["Le Phare de Kerlouan-sur-Mer", "L'Écho des Trois Vallons", "La Voix de Saint-Aubrac"],
    "es": ["Diario de Almadrava", "La Hoja de Puerto Carmín"],
    "ru": ["Заречные ведомости", "Вестник Сосногорья"],
}
# sites fixed per page (the councils' news rooms on WebForms, an independent publication on Medium, a neighbours'
# association on Ghost, a village site on uCoz) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h56 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This map from an outside provider stays hidden until you accept functional cookies", "Allow embedded content cookies to load the council's webcast in this space"],
        "tr": ["Dış sağlayıcıya ait bu harita, işlevsel çerezleri kabul edene kadar gizli kalır", "Belediyenin canlı yayınını burada görmek için gömülü içerik çerezlerine izin verin"],
        "de": ["Diese Karte eines externen Anbieters bleibt ausgeblendet, bis Sie funktionale Cookies akzeptieren", "Erlauben Sie Cookies für eingebettete Inhalte, damit hier der Livestream erscheint"],
        "fr": ["Cette carte d'un prestataire externe reste masquée tant que vous n'acceptez pas les cookies fonctionnels", "Autorisez les cookies de contenus intégrés pour afficher ici la retransmission"],
        "es": ["Este mapa de un proveedor externo permanece oculto hasta que aceptes las cookies funcionales", "Permite las cookies de contenido incrustado para cargar aquí la emisión en directo"],
        "ru": ["Эта карта стороннего сервиса скрыта, пока вы не примете функциональные cookie", "Разрешите cookie встроенного контента, чтобы здесь загрузилась трансляция"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["The Saturday Wrap from {site}: seven days of local news, landed in your inbox before breakfast", "That was your last free article this month — carry on reading with a subscription",
               "Independent local news needs readers who chip in: back {site} from £3 a month"],
        "tr": ["{site} Cumartesi Bülteni: yedi günün yerel haberleri, kahvaltıdan önce gelen kutunuzda", "Bu ayki son ücretsiz haberinizdi — okumaya abonelikle devam edin",
               "Bağımsız yerel habercilik okur desteğiyle yaşar: {site}'e ayda 50 liradan destek olun"],
        "de": ["Der Samstagsbrief von {site}: sieben Tage Lokales, vor dem Frühstück in Ihrem Postfach", "Das war Ihr letzter freier Artikel in diesem Monat — mit einem Abo lesen Sie weiter",
               "Unabhängiger Lokaljournalismus braucht Leser, die mitzahlen: Unterstützen Sie {site} ab 3 Euro im Monat"],
        "fr": ["La Lettre du samedi de {site} : sept jours d'actualité locale dans votre boîte avant le petit-déjeuner", "C'était votre dernier article gratuit du mois — poursuivez la lecture avec un abonnement",
               "L'info locale indépendante vit grâce à ses lecteurs : soutenez {site} dès 3 euros par mois"],
        "es": ["La Carta del sábado de {site}: siete días de noticias locales en tu bandeja antes del desayuno", "Era tu último artículo gratis de este mes — sigue leyendo con una suscripción",
               "El periodismo local independiente vive de sus lectores: apoya a {site} desde 3 euros al mes"],
        "ru": ["Субботнее письмо «{site}»: семь дней местных новостей у вас в ящике ещё до завтрака", "Это был последний бесплатный материал в этом месяце — продолжить можно с подпиской",
               "Независимая местная журналистика держится на читателях: поддержите «{site}» от 200 рублей в месяц"],
    },
    "share": {  # the first wording is a list of networks (" · ")
        "en": ["Spread the word: WhatsApp · Facebook · Threads · Email", "Does this affect a neighbour of yours? Send them the link to this page"],
        "tr": ["Duyurun: WhatsApp · Facebook · Threads · E-posta", "Bu haber bir komşunuzu da ilgilendiriyorsa sayfanın bağlantısını ona gönderin"],
        "de": ["Weitersagen: WhatsApp · Facebook · Threads · E-Mail", "Betrifft das auch Ihre Nachbarn? Schicken Sie ihnen den Link zu dieser Seite"],
        "fr": ["Faites passer : WhatsApp · Facebook · Threads · Courriel", "Un voisin est concerné lui aussi ? Transmettez-lui le lien de cette page"],
        "es": ["Difúndelo: WhatsApp · Facebook · Threads · Correo", "¿Le afecta también a algún vecino? Mándale el enlace de esta página"],
        "ru": ["Разошлите: WhatsApp · ВКонтакте · Одноклассники · Почта", "Касается и ваших соседей? Отправьте им ссылку на эту страницу"],
    },
    "photo": {
        "en": ["Image supplied by the council's communications team", "Picture taken for {site} on assignment"],
        "tr": ["Görsel belediyenin basın birimi tarafından sağlandı", "Fotoğraf {site} için görev sırasında çekildi"],
        "de": ["Bild zur Verfügung gestellt von der Pressestelle der Gemeinde", "Aufnahme im Auftrag von {site}"],
        "fr": ["Image fournie par le service communication de la mairie", "Cliché réalisé pour {site} en reportage"],
        "es": ["Imagen cedida por el gabinete de prensa del Ayuntamiento", "Fotografía tomada para {site} en el lugar"],
        "ru": ["Изображение предоставлено пресс-службой администрации", "Снимок сделан по заданию «{site}»"],
    },
    "copyright": {
        "en": ["Content © {site}. Sharing a link is fine; republishing this article in full needs our written agreement."],
        "tr": ["İçerik © {site}. Bağlantı paylaşmak serbesttir; haberin tamamını yeniden yayımlamak için yazılı onayımız gerekir."],
        "de": ["Inhalt © {site}. Einen Link teilen dürfen Sie gern; den vollständigen Artikel zu veröffentlichen, erfordert unsere schriftliche Zustimmung."],
        "fr": ["Contenu © {site}. Partager le lien est permis ; republier l'article en entier suppose notre accord écrit."],
        "es": ["Contenido © {site}. Compartir el enlace está permitido; republicar la noticia completa requiere nuestro permiso por escrito."],
        "ru": ["Материал © «{site}». Делиться ссылкой можно; полная перепечатка — только с письменного согласия редакции."],
    },
    "section": {
        "en": ["From the {section} desk", "More from {section} this week »"],
        "tr": ["{section} masasından", "Bu hafta {section} bölümünden daha fazlası »"],
        "de": ["Vom Ressort {section}", "Mehr aus dem Ressort {section} in dieser Woche »"],
        "fr": ["Du pôle {section}", "Plus de {section} cette semaine »"],
        "es": ["Lo firma la sección de {section}", "Más de {section} esta semana »"],
        "ru": ["Материал отдела «{section}» нашей редакции", "Ещё материалы раздела «{section}» за неделю »"],
    },
    "related": {
        "en": ["Earlier coverage of this story", "Stories linked to this one"],
        "tr": ["Bu konudaki önceki haberlerimiz", "Bu haberle bağlantılı olanlar"],
        "de": ["Unsere früheren Berichte zum Thema", "Damit zusammenhängende Artikel"],
        "fr": ["Ce que nous avons déjà publié à ce sujet", "Articles en lien avec celui-ci"],
        "es": ["Nuestra cobertura anterior del tema", "Noticias vinculadas a esta"],
        "ru": ["Наши прежние публикации по теме", "Материалы, связанные с этим"],
    },
    "symbol": {"*": ["⁘ ⁘ ⁘ ⁘", "◇ ◆ ◇ ◆ ◇", "▫ ▪ ▫ ▪ ▫ ▪", "✧ — ✧ — ✧"]},
    "credit": {
        "en": ["Additional reporting by the {site} district team", "This article was produced with help from a local democracy reporting trainee"],
        "tr": ["Ek haber katkısı: {site} ilçe ekibi", "Bu haber, yerel yönetim muhabirliği stajyerimizin yardımıyla hazırlandı"],
        "de": ["Mitarbeit: das Kreisteam von {site}", "An diesem Artikel hat eine Nachwuchskraft aus dem Lokalressort mitgewirkt"],
        "fr": ["Avec le concours de l'équipe cantonale de {site}", "Cet article a été réalisé avec l'aide d'une stagiaire de la rédaction locale"],
        "es": ["Con información adicional del equipo comarcal de {site}", "Esta noticia se ha elaborado con la ayuda de una becaria de la sección local"],
        "ru": ["При участии районной группы «{site}»", "Материал подготовлен с помощью практикантки отдела местных новостей"],
    },
    "ad": {
        "en": ["Paid partnership · article continues after this", "Local businesses advertising here keep {site} free to read"],
        "tr": ["Ücretli iş birliği · haber bunun ardından sürüyor", "Burada reklam veren yerel işletmeler {site}'i ücretsiz tutuyor"],
        "de": ["Bezahlte Partnerschaft · der Artikel geht danach weiter", "Örtliche Firmen, die hier werben, halten {site} kostenlos"],
        "fr": ["Partenariat rémunéré · l'article reprend juste après", "Les commerces locaux qui annoncent ici rendent {site} gratuit"],
        "es": ["Colaboración pagada · la noticia continúa después", "Los negocios de la zona que se anuncian aquí hacen gratis {site}"],
        "ru": ["Оплаченное партнёрство · материал продолжится ниже", "Местный бизнес, размещающий здесь рекламу, делает «{site}» бесплатным"],
    },
    "continue": {
        "en": ["Expand to keep reading ↓", "There's more — open the full article"],
        "tr": ["Okumaya devam etmek için genişletin ↓", "Devamı var — haberin tamamını açın"],
        "de": ["Aufklappen und weiterlesen ↓", "Da kommt noch mehr — ganzen Artikel öffnen"],
        "fr": ["Déplier pour continuer la lecture ↓", "Ce n'est pas fini — ouvrir l'article complet"],
        "es": ["Despliega para seguir leyendo ↓", "Aún hay más — abre la noticia completa"],
        "ru": ["Развернуть и читать дальше ↓", "Это ещё не всё — откройте материал полностью"],
    },
    "comments": {
        "en": ["{n} people have commented on this so far — read them or add your own", "Comments ({n}) · house rules apply"],
        "tr": ["{n} okur görüşünü yazdı — siz de ekleyin", "Yorumlar ({n}) · yorum kuralları geçerlidir"],
        "de": ["{n} Leser haben sich schon geäußert — jetzt Sie", "Kommentare ({n}) · es gilt unsere Netiquette"],
        "fr": ["{n} personnes ont déjà commenté — lisez-les ou ajoutez le vôtre", "Commentaires ({n}) · charte de modération en vigueur"],
        "es": ["{n} lectores ya han opinado — añade lo tuyo", "Comentarios ({n}) · se aplican las normas de participación"],
        "ru": ["{n} читателей уже высказались — ваша очередь", "Комментарии ({n}) · действуют правила сайта"],
    },
    "readtime": {
        "en": ["Set aside {m} minutes or so, a cup of tea's worth", "{m} minutes, give or take"],
        "tr": ["Bir çay içimi kadar, {m} dakika ayırın", "Aşağı yukarı {m} dakika"],
        "de": ["Nehmen Sie sich {m} Minuten, so lange wie für eine Tasse Tee", "Rund {m} Minuten, mehr oder weniger"],
        "fr": ["Prévoyez {m} minutes, le temps d'un café", "{m} minutes, à peu de chose près"],
        "es": ["Resérvate {m} minutos, lo que dura un café", "{m} minutos, más o menos"],
        "ru": ["Отложите {m} минуты — примерно на чашку чая", "Примерно {m} минуты, плюс-минус"],
    },
    "updated": {
        "en": ["Page last reviewed {d}, {t}", "Updated {d} {t} — details of the decision added"],
        "tr": ["Sayfanın son gözden geçirilmesi: {d}, {t}", "Güncellendi {d} {t} — kararın ayrıntıları eklendi"],
        "de": ["Seite zuletzt geprüft am {d}, {t} Uhr", "Aktualisiert {d} {t} Uhr — Einzelheiten des Beschlusses ergänzt"],
        "fr": ["Page vérifiée pour la dernière fois le {d}, {t}", "Mis à jour le {d} à {t} — détails de la décision ajoutés"],
        "es": ["Página revisada por última vez el {d}, {t}", "Actualizado {d} {t} — se añaden detalles de la decisión"],
        "ru": ["Страница последний раз проверена {d}, {t}", "Обновлено {d} {t} — добавлены подробности решения"],
    },
    "audio": {
        "en": ["🔊 Play the audio version ({m} min)", "Rather have it read to you? An audio version of this article is ready"],
        "tr": ["🔊 Sesli sürümü çalın ({m} dk)", "Size okunmasını mı istersiniz? Bu haberin sesli hâli hazır"],
        "de": ["🔊 Audiofassung abspielen ({m} Min.)", "Lieber vorlesen lassen? Eine Audiofassung dieses Artikels liegt bereit"],
        "fr": ["🔊 Lancer la version audio ({m} min)", "Envie qu'on vous le lise ? Une version audio de cet article est prête"],
        "es": ["🔊 Reproduce la versión en audio ({m} min)", "¿Prefieres que te la lean? Ya está lista la versión en audio de esta noticia"],
        "ru": ["🔊 Включить аудиоверсию ({m} мин)", "Хотите, чтобы вам прочитали? Аудиоверсия этого материала уже готова"],
    },
    "app": {
        "en": ["Read {site} on the go: get our app for iPhone and Android", "Open this story in the {site} app"],
        "tr": ["{site}'i yolda okuyun: iPhone ve Android uygulamamızı edinin", "Bu haberi {site} uygulamasında açın"],
        "de": ["{site} unterwegs lesen: unsere App für iPhone und Android", "Diesen Artikel in der App von {site} öffnen"],
        "fr": ["{site} partout avec vous : notre appli pour iPhone et Android", "Ouvrir cet article dans l'appli {site}"],
        "es": ["{site} vaya donde vayas: nuestra app para iPhone y Android", "Abre esta noticia en la app de {site}"],
        "ru": ["«{site}» всегда под рукой: наше приложение для iPhone и Android", "Открыть материал в приложении «{site}»"],
    },
    "bio": {
        "en": ["{by} reports on {section} for {site} and grew up a few streets from the harbour.", "All articles by {by} »"],
        "tr": ["{by}, {site} için {section} haberlerini yazıyor; limana birkaç sokak mesafede büyüdü.", "{by} imzalı tüm haberler »"],
        "de": ["{by} berichtet für {site} über {section} und ist ein paar Straßen vom Hafen entfernt aufgewachsen.", "Alle Artikel von {by} »"],
        "fr": ["{by} couvre la rubrique {section} pour {site} et a grandi à quelques rues du port.", "Tous les articles de {by} »"],
        "es": ["{by} informa sobre {section} para {site} y se crio a pocas calles del puerto.", "Todas las noticias de {by} »"],
        "ru": ["{by} пишет для «{site}» о теме «{section}» и вырос в паре кварталов от порта.", "Все материалы автора »"],
    },
    "tip": {
        "en": ["News in your area that we have missed? Ring the newsroom on 01632 960 771 or email newsroom@ourdesk.example", "Whistleblowers and witnesses can reach our reporters in confidence"],
        "tr": ["Bölgenizde kaçırdığımız bir haber mi var? Haber merkezini 0232 900 07 71'den arayın ya da haber@masamiz.example adresine yazın", "Tanıklar ve ihbarcılar muhabirlerimize gizlilik içinde ulaşabilir"],
        "de": ["Nachrichten aus Ihrem Ort, die uns entgangen sind? Redaktion anrufen: 04321 900 771, oder an redaktion@unser-tisch.example schreiben", "Zeugen und Hinweisgeber erreichen unsere Reporter vertraulich"],
        "fr": ["Une actualité de votre quartier nous a échappé ? Appelez la rédaction au 02 00 90 07 71 ou écrivez à redaction@notre-bureau.example", "Témoins et lanceurs d'alerte peuvent joindre nos journalistes en toute confidentialité"],
        "es": ["¿Se nos ha escapado algo de tu barrio? Llama a la redacción al 956 000 771 o escribe a redaccion@nuestra-mesa.example", "Testigos y denunciantes pueden contactar con nuestros periodistas con total discreción"],
        "ru": ["Мы пропустили новость вашего района? Звоните в редакцию: 8 800 000-07-71 или пишите на redakciya@nash-stol.example", "Очевидцы и информаторы могут связаться с нашими журналистами конфиденциально"],
    },
    "typo": {
        "en": ["If a word here is wrong, highlight it and press Ctrl+Enter so the subs can put it right"],
        "tr": ["Burada yanlış bir kelime varsa işaretleyip Ctrl+Enter'a basın, düzeltelim"],
        "de": ["Steht hier ein falsches Wort, markieren Sie es und drücken Strg+Enter, dann bessern wir es aus"],
        "fr": ["Si un mot est faux ici, surlignez-le et appuyez sur Ctrl+Entrée pour que nous le rectifiions"],
        "es": ["Si aquí hay una palabra mal, márcala y pulsa Ctrl+Intro para que la arreglemos"],
        "ru": ["Если здесь неверное слово, выделите его и нажмите Ctrl+Enter, чтобы мы его исправили"],
    },
    "push": {
        "en": ["Want a ping when {site} publishes breaking news? Turn on alerts · No thanks"],
        "tr": ["{site} son dakika haberi yayımladığında uyarı almak ister misiniz? Uyarıları aç · Hayır, teşekkürler"],
        "de": ["Sollen wir Sie benachrichtigen, wenn {site} Eilmeldungen bringt? Hinweise aktivieren · Nein, danke"],
        "fr": ["Être averti quand {site} publie une info urgente ? Activer les alertes · Non merci"],
        "es": ["¿Te avisamos cada vez que {site} dé una noticia urgente? Activar avisos · No, gracias"],
        "ru": ["Сообщать вам, когда «{site}» публикует срочные новости? Включить оповещения · Нет, спасибо"],
    },
    "print": {
        "en": ["Print this article · Save as PDF · Email it", "Printer version without adverts or menus"],
        "tr": ["Bu haberi yazdır · PDF olarak kaydet · E-postayla gönder", "Reklamsız ve menüsüz yazıcı sürümü"],
        "de": ["Artikel drucken · Als PDF sichern · Per E-Mail schicken", "Druckversion ohne Werbung und Menüs"],
        "fr": ["Imprimer l'article · Enregistrer en PDF · L'envoyer par courriel", "Version à imprimer, sans publicité ni menus"],
        "es": ["Imprimir la noticia · Guardar en PDF · Enviarla por correo", "Versión para imprimir sin anuncios ni menús"],
        "ru": ["Распечатать материал · Сохранить в PDF · Отправить письмом", "Версия для печати без рекламы и меню"],
    },
    "feedback": {
        "en": ["Was this article what you were looking for? Yes · Partly · No"],
        "tr": ["Aradığınızı bu sayfada bulabildiniz mi? Evet · Kısmen · Hayır"],
        "de": ["War dieser Artikel das, wonach Sie gesucht haben? Ja · Teilweise · Nein"],
        "fr": ["Avez-vous trouvé dans cet article ce que vous cherchiez ? Oui · En partie · Non"],
        "es": ["¿Te ha servido esta página para lo que buscabas? Sí · En parte · No"],
        "ru": ["Нашли ли вы в материале то, что искали? Да · Отчасти · Нет"],
    },
    "standards": {
        "en": ["We aim to be fair and accurate. If we've got something wrong, our corrections and complaints policy explains what to do."],
        "tr": ["Adil ve doğru olmaya çalışıyoruz. Bir yanlışımız varsa düzeltme ve şikâyet politikamız ne yapmanız gerektiğini anlatıyor."],
        "de": ["Wir bemühen uns um Fairness und Genauigkeit. Wenn uns ein Fehler unterlaufen ist, erklärt unsere Richtlinie zu Korrekturen und Beschwerden, was Sie tun können."],
        "fr": ["Nous nous efforçons d'être justes et exacts. Si nous nous sommes trompés, notre politique de rectification et de réclamation explique la marche à suivre."],
        "es": ["Intentamos ser justos y precisos. Si nos hemos equivocado, nuestra política de rectificaciones y quejas explica qué hacer."],
        "ru": ["Мы стараемся быть точными и беспристрастными. Если мы ошиблись, порядок исправлений и жалоб объясняет, что делать."],
    },
    "topics": {
        "en": ["Filed under: {section} · our district · this week", "Get emails about {section} »"],
        "tr": ["Şu başlıklar altında: {section} · ilçemiz · bu hafta", "{section} ile ilgili e-posta alın »"],
        "de": ["Abgelegt unter: {section} · unser Kreis · diese Woche", "E-Mails zum Thema {section} erhalten »"],
        "fr": ["Classé dans : {section} · notre secteur · cette semaine", "Recevoir les courriels sur {section} »"],
        "es": ["Archivado en: {section} · nuestra comarca · esta semana", "Recibe correos sobre {section} »"],
        "ru": ["Рубрики: {section} · наш район · эта неделя", "Получать письма по теме «{section}» »"],
    },
    "bookmark": {
        "en": ["🔖 Pin for Sunday morning"], "tr": ["🔖 Pazar sabahına ayır"], "de": ["🔖 Für den Sonntagmorgen merken"],
        "fr": ["🔖 Épingler pour dimanche matin"], "es": ["🔖 Marcar para el domingo por la mañana"], "ru": ["🔖 Отложить на воскресное утро"],
    },
    "poll": {
        "en": ["Quick vote: do you agree with the decision? I'm for it · I'm against it · Don't know yet", "You will see how others voted after casting yours"],
        "tr": ["Hızlı oylama: Karara katılıyor musunuz? Destekliyorum · Karşıyım · Henüz bilmiyorum", "Sonuçlar oy verdikten sonra görünür"],
        "de": ["Kurz abgestimmt: Finden Sie die Entscheidung richtig? Bin dafür · Bin dagegen · Noch unentschlossen", "Die Ergebnisse sehen Sie nach Ihrer Stimmabgabe"],
        "fr": ["Vote express : êtes-vous d'accord avec la décision ? Je suis pour · Je suis contre · Je ne sais pas encore", "Les résultats s'affichent une fois votre vote pris en compte"],
        "es": ["Votación rápida: ¿estás de acuerdo con la decisión? Estoy a favor · Estoy en contra · Aún no lo sé", "Verás cómo han votado los demás después de votar tú"],
        "ru": ["Быстрый опрос: согласны ли вы с решением? Я за · Я против · Пока не решил", "Результаты появятся после того, как вы проголосуете"],
    },
    "embed": {
        "en": ["View this post by {handle} on Instagram ↗", "Video from {handle} · watch on YouTube ↗"],
        "tr": ["{handle} hesabının bu gönderisini Instagram'da görüntüleyin ↗", "{handle} videosu · YouTube'da izleyin ↗"],
        "de": ["Beitrag von {handle} bei Instagram öffnen ↗", "Video von {handle} · auf YouTube ansehen ↗"],
        "fr": ["Ouvrir la publication de {handle} dans Instagram ↗", "Vidéo de {handle} · à regarder sur YouTube ↗"],
        "es": ["Abrir la publicación de {handle} en Instagram ↗", "Vídeo de {handle} · míralo en YouTube ↗"],
        "ru": ["Посмотреть эту публикацию {handle} в Instagram ↗", "Видео {handle} · смотреть на YouTube ↗"],
    },
    "gallery": {
        "en": ["📷 Photo gallery: {g} images", "Open the gallery ({g}) »"],
        "tr": ["📷 Foto galeri: {g} görsel", "Galeriyi açın ({g}) »"],
        "de": ["📷 Bildergalerie: {g} Aufnahmen", "Galerie öffnen ({g}) »"],
        "fr": ["📷 Galerie photo : {g} images", "Ouvrir la galerie ({g}) »"],
        "es": ["📷 Galería de la noticia: {g} imágenes", "Abrir la galería ({g}) »"],
        "ru": ["📷 Фотогалерея к материалу: {g} снимков", "Открыть галерею ({g}) »"],
    },
    "map": {
        "en": ["Open the full-size map in a new tab", "© OpenStreetMap contributors · Get walking directions »"],
        "tr": ["Tam boyutlu haritayı yeni sekmede açın", "© OpenStreetMap katkıcıları · Yürüyüş yol tarifi alın »"],
        "de": ["Karte in voller Größe in neuem Tab öffnen", "© OpenStreetMap-Mitwirkende · Fußweg berechnen »"],
        "fr": ["Ouvrir le plan en grand dans un nouvel onglet", "© contributeurs OpenStreetMap · Itinéraire à pied »"],
        "es": ["Abrir el mapa a tamaño completo en otra pestaña", "© colaboradores de OpenStreetMap · Cómo llegar a pie »"],
        "ru": ["Открыть полную карту в новой вкладке", "© участники OpenStreetMap · Пеший маршрут »"],
    },
    "calendar": {
        "en": ["Save the date: Google Calendar · iCal · Outlook.com", "Email me a reminder a week before"],
        "tr": ["Tarihi kaydedin: Google Takvim · iCal · Outlook.com", "Bir hafta önce bana e-postayla hatırlat"],
        "de": ["Termin speichern: Google Kalender · iCal · Outlook.com", "Eine Woche vorher per E-Mail erinnern"],
        "fr": ["Noter la date : Google Agenda · iCal · Outlook.com", "M'envoyer un rappel une semaine avant"],
        "es": ["Guarda la fecha: Google Calendar · iCal · Outlook.com", "Envíame un recordatorio una semana antes"],
        "ru": ["Сохранить дату: Google Календарь · iCal · Outlook.com", "Напомнить письмом за неделю"],
    },
    "scores": {
        "en": ["Live scores, tables and fixtures from across the county »", "Results · Fixtures · Standings · Averages"],
        "tr": ["İl genelinden canlı skorlar, puan tabloları ve fikstür »", "Sonuçlar · Fikstür · Sıralama · Ortalamalar"],
        "de": ["Liveticker, Tabellen und Spielpläne aus dem ganzen Kreis »", "Ergebnisse · Spielplan · Tabellenstand · Schnitte"],
        "fr": ["Scores en direct, classements et calendriers du département »", "Résultats · Calendrier · Classement · Moyennes"],
        "es": ["Marcadores en directo, clasificaciones y calendario de toda la provincia »", "Resultados · Calendario · Clasificación · Promedios"],
        "ru": ["Онлайн-счёт, таблицы и календарь по всей области »", "Результаты · Календарь · Турнирная таблица · Средние"],
    },
    "correction": {
        "en": ["Correction: an earlier version of this article contained an error, which has now been put right."],
        "tr": ["Düzeltme: Bu haberin önceki sürümünde bir hata vardı; hata giderildi."],
        "de": ["Korrektur: Eine frühere Fassung dieses Artikels enthielt einen Fehler, der inzwischen behoben ist."],
        "fr": ["Rectificatif : une version antérieure de cet article comportait une erreur, désormais corrigée."],
        "es": ["Corrección: una versión anterior de esta noticia contenía un error, que ya se ha subsanado."],
        "ru": ["Исправление: в прежней версии материала была ошибка, теперь она устранена."],
    },
    # the three families new in this part
    "licensing": {  # premises-licence notices: the notice with the premises, the representations-by line, the view-the-application link, the hours applied for
        "en": ["Licensing Act 2003: notice of application to vary a premises licence", "Representations about this application must reach the licensing team by {c}",
               "View the application on the licensing public register ›", "Licensable activities and hours applied for"],
        "tr": ["Umuma açık işyeri ruhsat başvurusu ilanı", "Bu başvuruya itirazlar en geç {c} tarihine kadar yazılı olarak yapılmalıdır",
               "Başvurunun tamamını belediyenin ruhsat sayfasında görün ›", "Başvurulan faaliyetler ve çalışma saatleri"],
        "de": ["Bekanntmachung: Antrag auf Gaststättenerlaubnis und verlängerte Öffnungszeiten", "Einwendungen gegen den Antrag sind bis zum {c} beim Ordnungsamt einzureichen",
               "Antragsunterlagen im Bürgerportal einsehen ›", "Beantragte Tätigkeiten und Zeiten"],
        "fr": ["Avis de demande d'autorisation d'exploitation d'un débit de boissons", "Les observations sur cette demande doivent parvenir en mairie avant le {c}",
               "Consulter le dossier de demande en ligne ›", "Activités et horaires demandés"],
        "es": ["Anuncio de información pública: solicitud de licencia de actividad", "Las alegaciones a esta solicitud deben presentarse antes del {c}",
               "Consulta el expediente de la solicitud en la sede electrónica ›", "Actividades y horarios solicitados"],
        "ru": ["Извещение о заявке на лицензию на розничную продажу алкоголя", "Замечания по заявке принимаются в письменном виде до {c}",
               "Посмотреть материалы заявки на портале администрации ›", "Заявленные виды деятельности и часы работы"],
    },
    "counciltax": {  # council-tax band checkers: the postcode form, the band charges table, the pay link, the discounts box
        "en": ["Find your council tax band", "Council tax charges 2026/27 by band",
               "Pay your council tax online ›", "Discounts and reductions you might be entitled to"],
        "tr": ["Emlak vergisi borcunuzu sorgulayın", "2026 yılı emlak vergisi oranları",
               "Emlak vergisini çevrimiçi ödeyin ›", "İndirim ve muafiyetlerden yararlanabilir misiniz?"],
        "de": ["Grundsteuer für Ihr Grundstück nachschlagen", "Hebesätze und Grundsteuer 2026 im Überblick",
               "Grundsteuer online bezahlen ›", "Ermäßigungen und Erlass: wer sie bekommen kann"],
        "fr": ["Estimez votre taxe foncière à partir de votre adresse", "Taux d'imposition locaux votés pour 2026",
               "Payer vos impôts locaux en ligne ›", "Exonérations et dégrèvements possibles"],
        "es": ["Consulta tu recibo del IBI con la referencia catastral", "Tipos del IBI y recargos para 2026",
               "Paga el IBI en la sede electrónica ›", "Bonificaciones y exenciones que puedes pedir"],
        "ru": ["Узнайте налог на своё жильё по кадастровому номеру", "Ставки налога на имущество на 2026 год",
               "Оплатить налог на имущество онлайн ›", "Льготы и вычеты, которые вам могут положить"],
    },
    "dogbeach": {  # beach dog-ban widgets: the dates and beaches, the fixed-penalty line, the map link, the dog-friendly beaches nearby
        "en": ["Dogs are not allowed on these beaches from 1 May to 30 September", "Fixed penalty for taking a dog onto a restricted beach: £100",
               "See the map of restricted beaches ›", "Dog-friendly beaches nearby"],
        "tr": ["1 Haziran – 30 Eylül arasında köpeklerin girmesi yasak olan plajlar", "Yasak plaja köpekle girmenin idari para cezası: 1.500 TL",
               "Köpek yasağı olan plajların haritasına bakın ›", "Yakındaki köpek dostu plajlar"],
        "de": ["An diesen Stränden gilt vom 15. Mai bis 15. September Hundeverbot", "Verwarnungsgeld für einen Hund am gesperrten Strand: 55 Euro",
               "Karte der Strände mit Hundeverbot öffnen ›", "Hundestrände in der Nähe"],
        "fr": ["Plages interdites aux chiens du 1er juin au 15 septembre", "Amende pour un chien sur une plage interdite : 68 euros",
               "Voir la carte des plages interdites aux chiens ›", "Plages où les chiens sont acceptés à proximité"],
        "es": ["Playas en las que no se admiten perros del 1 de junio al 30 de septiembre", "Sanción por llevar un perro a una playa no autorizada: hasta 300 euros",
               "Ver el mapa de las playas con prohibición ›", "Playas caninas cercanas"],
        "ru": ["Пляжи, где с 1 июня по 31 августа нельзя находиться с собаками", "Штраф за выгул собаки на закрытом пляже: до 3000 рублей",
               "Посмотреть карту пляжей с запретом ›", "Пляжи поблизости, куда можно с собакой"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES): the licence notice, the
# representations-by line, the view-the-application link, the hours table; the band finder form, the charges table,
# the pay link, the discounts box; the dates-and-beaches box, the fixed-penalty line, the map link, the dog-friendly list
NEW_STYLE_WORDING = {"licensing": [0, 1, 2, 3], "counciltax": [0, 1, 2, 3], "dogbeach": [0, 1, 2, 3]}
# the licence notice's rows (label, value; {premises} is the story's premises)
LICENCE_ROWS = {
    "en": [("Premises", "{premises}"), ("Application", "Variation to extend the hours for the sale of alcohol"), ("Applicant", "The premises licence holder")],
    "tr": [("İşyeri", "{premises}"), ("Başvuru", "Çalışma saatlerinin uzatılması"), ("Başvuran", "İşyeri sahibi")],
    "de": [("Betrieb", "{premises}"), ("Antrag", "Verlängerung der Sperrzeit für den Ausschank"), ("Antragsteller", "Der Betreiber des Lokals")],
    "fr": [("Établissement", "{premises}"), ("Objet", "Ouverture d'un bar avec licence de 4e catégorie"), ("Demandeur", "L'exploitant de l'établissement")],
    "es": [("Establecimiento", "{premises}"), ("Solicitud", "Ampliación de horario de bar de copas con música"), ("Solicitante", "La empresa titular del local")],
    "ru": [("Торговый объект", "{premises}"), ("Заявка", "Розничная продажа алкогольной продукции"), ("Заявитель", "Владелец магазина")],
}
# the hours applied for (activity, hours)
LICENCE_HOURS = {
    "en": [("Sale of alcohol", "Fri–Sat 11:00–01:00"), ("Recorded music indoors", "Fri–Sat until 00:30"), ("Late night refreshment", "Fri–Sat 23:00–01:00")],
    "tr": [("Alkollü içki satışı", "Cuma–Cumartesi 11.00–01.00"), ("Müzik yayını", "Her gün 24.00'e kadar"), ("Açık alan oturma", "Her gün 23.00'e kadar")],
    "de": [("Ausschank", "Fr–Sa bis 2 Uhr"), ("Musik in Innenräumen", "Fr–Sa bis 1 Uhr"), ("Außengastronomie", "täglich bis 22 Uhr")],
    "fr": [("Vente de boissons alcoolisées", "du mardi au samedi, 17 h – 1 h"), ("Musique amplifiée", "vendredi et samedi jusqu'à minuit"), ("Terrasse", "jusqu'à 23 h")],
    "es": [("Venta de bebidas", "viernes y sábado, hasta las 3:30"), ("Música amplificada", "hasta las 2:00"), ("Terraza", "hasta la 1:00")],
    "ru": [("Продажа алкоголя", "ежедневно с 10:00 до 22:00"), ("Часы работы магазина", "ежедневно с 8:00 до 23:00"), ("Площадь торгового зала", "64 квадратных метра")],
}
# council tax charges by band (band, yearly charge) and the discounts box's list
BAND_ROWS = {
    "en": [("Band A", "£1,498.62"), ("Band B", "£1,748.39"), ("Band C", "£1,998.16"), ("Band D", "£2,247.93"),
           ("Band E", "£2,747.47"), ("Band F", "£3,247.01"), ("Band G", "£3,746.55"), ("Band H", "£4,495.86")],
    "tr": [("Konut", "binde 1"), ("İşyeri", "binde 2"), ("Arsa", "binde 3"), ("Arazi", "binde 1")],
    "de": [("Grundsteuer A (Hebesatz)", "345 %"), ("Grundsteuer B (Hebesatz)", "410 %"), ("Grundsteuer C (Hebesatz)", "900 %")],
    "fr": [("Foncier bâti (part communale)", "41,87 %"), ("Foncier non bâti", "52,30 %"), ("Taxe d'habitation (résidences secondaires)", "17,65 %"), ("Majoration résidences secondaires", "+ 60 %")],
    "es": [("Urbana de uso residencial", "0,52 %"), ("Urbana de uso comercial", "0,71 %"), ("Rústica", "0,60 %"), ("Recargo por vivienda vacía", "+ 50 %")],
    "ru": [("Квартиры и дома до 10 млн рублей", "0,1 %"), ("Квартиры и дома от 10 до 300 млн рублей", "0,15 %"), ("Гаражи и хозпостройки", "0,3 %")],
}
DISCOUNTS = {
    "en": ["25% off if you live alone", "Council tax support if you are on a low income", "Exemptions for full-time students and care leavers"],
    "tr": ["Tek konutu olan emekliler", "Engelli vatandaşlar", "Şehit yakınları ve gaziler"],
    "de": ["Stundung bei vorübergehenden Zahlungsschwierigkeiten", "Erlass bei erheblichem Mietausfall", "Ratenzahlung auf Antrag"],
    "fr": ["Personnes âgées de plus de 75 ans aux revenus modestes", "Logement vacant depuis plus d'un an pour une raison indépendante de votre volonté", "Bénéficiaires de l'allocation adulte handicapé"],
    "es": ["Familias numerosas, según el valor catastral", "Viviendas con placas solares durante cinco años", "Pago fraccionado sin intereses"],
    "ru": ["Пенсионеры — за один объект каждого вида", "Многодетные семьи — вычет по метражу", "Участники боевых действий и инвалиды I и II групп"],
}
# the beaches where dogs are banned, and the dog-friendly beaches nearby (the story's own beaches where it names them)
DOGBAN_BEACHES = {
    "en": ["Tarrington Bay main beach", "North Sands, between the lifeguard flags", "Lynmouth Cove", "Priory Steps beach"],
    "tr": ["Göksu Halk Plajı", "Kocakum Mavi Bayraklı Plajı", "Liman Kumsalı"],
    "de": ["Hauptstrand Brösenhagen (Aufgänge 4 bis 12)", "Familienstrand am Seebrückenplatz", "Strand Heiligenwerder"],
    "fr": ["Grande plage de Kerlouan", "Plage du Vougot", "Anse de Porz-Meur"],
    "es": ["Playa de Levante", "Playa del Carmen Chico", "Cala del Faro"],
    "ru": ["Центральный городской пляж", "Пляж у лодочной станции", "Детский пляж в Сосновом бору"],
}
DOG_FRIENDLY = {
    "en": ["Hope Gap, all year", "West Sands beyond the groyne, all year", "Brackwater Spit (dogs on leads May to September)"],
    "tr": ["Eski İskele Koyu", "Karaağaç Köpek Plajı", "Fener Altı Kumsalı"],
    "de": ["Hundestrand Aufgang 14", "Hundestrand Steilküste Rerikhagen", "Naturstrand am Deich (an der Leine)"],
    "fr": ["Plage de Pors Guen, toute l'année", "Anse du Tevenn, avant 9 h et après 19 h", "Dunes de Keremma, chiens tenus en laisse"],
    "es": ["Playa canina de El Espigón", "Cala Arenal Chico", "Playa de Los Pinos, zona acotada"],
    "ru": ["Берег у Старой пристани", "Пляж за мостом через протоку", "Дикий пляж у Кривой косы"],
}
WIDGET_ROWS = (("licence rows", LICENCE_ROWS), ("licence hours", LICENCE_HOURS), ("band rows", BAND_ROWS),
               ("discounts", DISCOUNTS), ("dog-ban beaches", DOGBAN_BEACHES), ("dog-friendly beaches", DOG_FRIENDLY))


# headlines of the linked stories (related lists, sidebars, repeaters)
HEADLINES = {
    "en": ["Library opening hours extended to Sunday afternoons", "Christmas lights switch-on moves to the harbour",
           "New crossing outside St Bede's after ten-year campaign", "Leisure centre pool reopens with a new roof",
           "Town's oldest tree gets a preservation order", "Farmers' market returns to the square every second Saturday"],
    "tr": ["Kütüphane pazar öğleden sonraları da açık olacak", "Yılbaşı ışıkları bu yıl limanda yakılacak",
           "Okul önüne on yıllık mücadelenin ardından yaya geçidi", "Spor merkezinin havuzu yeni çatısıyla açıldı",
           "İlçenin en yaşlı çınarı koruma altına alındı", "Üretici pazarı her ayın ikinci cumartesi meydanda"],
    "de": ["Stadtbücherei öffnet jetzt auch sonntagnachmittags", "Weihnachtsbeleuchtung wird dieses Jahr am Hafen eingeschaltet",
           "Zebrastreifen vor der Grundschule nach zehn Jahren Kampf", "Hallenbad mit neuem Dach wiedereröffnet",
           "Ältester Baum der Stadt steht jetzt unter Schutz", "Bauernmarkt jeden zweiten Samstag zurück auf dem Marktplatz"],
    "fr": ["La médiathèque ouvre désormais le dimanche après-midi", "Les illuminations de Noël s'allumeront sur le port",
           "Un passage piéton devant l'école après dix ans de combat", "La piscine rouvre avec une toiture neuve",
           "Le plus vieil arbre de la ville désormais protégé", "Le marché de producteurs revient sur la place un samedi sur deux"],
    "es": ["La biblioteca abrirá también los domingos por la tarde", "El encendido navideño se traslada al puerto",
           "Paso de peatones frente al colegio tras diez años de lucha", "Reabre la piscina cubierta con tejado nuevo",
           "El árbol más antiguo del pueblo, protegido", "El mercado de productores vuelve a la plaza cada dos sábados"],
    "ru": ["Библиотека будет работать и по воскресеньям", "Новогоднюю ёлку в этом году зажгут у причала",
           "Пешеходный переход у школы появился после десяти лет просьб", "Бассейн открылся после замены кровли",
           "Самое старое дерево города взяли под охрану", "Фермерский рынок снова на площади каждую вторую субботу"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["en"]
TEASERS = {
    "en": ["Volunteers will staff the desk from 1pm to 5pm, so the cost to the council is small.",
           "Traders hope the move will bring more families down to the quay on the first Saturday of December.",
           "Parents collected 2,300 signatures and counted cars at the school gate for a fortnight.",
           "The pool was closed for fourteen months after a storm lifted part of the old roof.",
           "The sweet chestnut on Church Walk is thought to be more than 400 years old.",
           "Twenty-two stalls, from cheese to cut flowers, have signed up for the first market."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Headlines from the bay and the moor", "Every parish in our patch", "Crime, courts and the coroner", "Jobs, trade and the cost of living", "Clubs, cups and Saturday results", "Gigs, galleries and family days out", "Opinion and readers' letters"],
               cookie="Some cookies are needed for this website to run. Others help us count visitors and show relevant adverts, and we only set those if you say yes. Your choice can be changed at any time in cookie settings.",
               accept="Yes, accept all cookies", reject="No, essential cookies only", share="Pass this report to someone who needs it",
               related="Other stories our readers are following", newsletter="Our free morning briefing, in your inbox by 6.30",
               subscribe="Yes, send me the 6.30 briefing", email="name@morning-briefing.example",
               comment_note="Log in or register to join the discussion. Our moderators read every comment before it goes live.",
               closed="Comments are switched off for this article.",
               footer=["Who's who at the Advertiser and its sister titles", "Put a mistake of ours right", "How we use cookies and your data", "Place an advert with our sales team", "Website terms of use"],
               rights="All content on this website is the property of the publisher and may not be reproduced without permission.",
               commenters=[("bayside_gary", "First time I have seen this explained without the spin."),
                           ("Maureen on Quay Street", "Will anyone from the council actually come and speak to us about it?")]),
    "tr": dict(nav=["Körfezden ve yayladan manşetler", "Bölgemizdeki her mahalle", "Asayiş, mahkeme ve olaylar", "İş, ticaret ve hayat pahalılığı", "Kulüpler, kupalar ve hafta sonu sonuçları", "Konser, gösteri ve gezi", "Görüş ve okur mektupları"],
               cookie="Bu web sitesinin çalışması için bazı çerezler gerekir. Diğerleri ziyaretçileri saymamıza ve ilgili reklamları göstermemize yardım eder; bunları yalnızca evet derseniz kullanırız. Seçiminizi çerez ayarlarından istediğiniz zaman değiştirebilirsiniz.",
               accept="Evet, tüm çerezleri kabul et", reject="Hayır, yalnızca gerekli çerezler", share="Bu haberi ihtiyacı olan birine iletin",
               related="Okurlarımızın takip ettiği diğer haberler", newsletter="Ücretsiz sabah bültenimiz, 06.30'da gelen kutunuzda",
               subscribe="Sabah bültenini al", email="ad@sabah-bulteni.example",
               comment_note="Tartışmaya katılmak için giriş yapın ya da kaydolun. Moderatörlerimiz her yorumu yayından önce okur.",
               closed="Bu habere yorum yazılamıyor.",
               footer=["Gazetemizin yazı işleri kadrosu ve muhabirleri", "Düzeltmeler ve şikâyetler", "Çerezleri ve verilerinizi nasıl kullanıyoruz", "Satış ekibimizle ilan verin", "Web sitesi kullanım şartları"],
               rights="Bu web sitesindeki tüm içerik yayıncının mülkiyetindedir ve izinsiz çoğaltılamaz.",
               commenters=[("goksulu_erkan", "Sonunda biri bu konuyu doğru dürüst yazmış."),
                           ("Liman Caddesi'nden Nermin", "Belediyeden biri gelip bizimle bu konuyu konuşacak mı acaba?")]),
    "de": dict(nav=["Schlagzeilen von Küste und Bodden", "Jede Gemeinde in unserem Gebiet", "Polizei, Justiz und Unglücke", "Arbeit, Handel und Lebenshaltung", "Vereine, Pokale und Ergebnisse vom Samstag", "Konzerte, Bühnen und Ausflüge", "Meinung und Leserpost"],
               cookie="Einige Cookies sind nötig, damit diese Website läuft. Andere helfen uns, Besuche zu zählen und passende Werbung zu zeigen, und die setzen wir nur, wenn Sie zustimmen. Ihre Wahl lässt sich jederzeit in den Cookie-Einstellungen ändern.",
               accept="Ja, alle Cookies akzeptieren", reject="Nein, nur notwendige Cookies", share="Diesen Artikel einem Bekannten schicken",
               related="Weitere Geschichten, die unsere Leser verfolgen", newsletter="Unser kostenloser Morgenüberblick, um 6.30 Uhr in Ihrem Postfach",
               subscribe="Morgenüberblick bestellen", email="name@morgenueberblick.example",
               comment_note="Melden Sie sich an oder registrieren Sie sich, um mitzudiskutieren. Unsere Moderation liest jeden Kommentar vor der Freischaltung.",
               closed="Die Kommentarfunktion ist für diesen Artikel ausgeschaltet.",
               footer=["Unsere Redaktion mit Namen und Gesichtern", "Einen Fehler von uns richtigstellen", "Wie wir Cookies und Ihre Daten nutzen", "Werben bei uns, gedruckt und online", "Regeln für die Nutzung dieser Seiten"],
               rights="Alle Inhalte dieser Website sind Eigentum des Verlags und dürfen ohne Erlaubnis nicht vervielfältigt werden.",
               commenters=[("Boddenfischer_Kalle", "Schön, dass das mal ordentlich berichtet wird."),
                           ("Ilse aus der Strandstraße", "Kommt denn mal jemand von der Gemeinde und redet mit uns darüber?")]),
    "fr": dict(nav=["À la une, de la baie aux plateaux", "Toutes les communes du secteur", "Faits divers, justice et enquêtes", "Emploi, commerce et pouvoir d'achat", "Clubs, coupes et résultats du samedi", "Concerts, spectacles et sorties", "Tribunes et lettres de nos lecteurs"],
               cookie="Certains cookies sont nécessaires au fonctionnement de ce site. D'autres nous aident à compter les visites et à afficher des publicités pertinentes ; nous ne les déposons que si vous dites oui. Vous pouvez modifier votre choix à tout moment dans les paramètres des cookies.",
               accept="Oui, accepter tous les cookies", reject="Non, seulement les cookies essentiels", share="Transmettre ce reportage à qui en a besoin",
               related="D'autres sujets que suivent nos lecteurs", newsletter="Notre point info gratuit du matin, dans votre boîte dès 6 h 30",
               subscribe="Recevoir le point info du matin", email="nom@point-du-matin.example",
               comment_note="Connectez-vous ou créez un compte pour participer. Nos modérateurs lisent chaque commentaire avant sa mise en ligne.",
               closed="Impossible de commenter ce reportage.",
               footer=["Notre équipe de rédaction, avec noms et visages", "Nous signaler une erreur à rectifier", "Notre usage des cookies et de vos données", "Annoncer chez nous, en papier et en ligne", "Règles d'usage de nos pages"],
               rights="L'ensemble du contenu de ce site est la propriété de l'éditeur et ne peut être reproduit sans autorisation.",
               commenters=[("kerlouanais_Yann", "Enfin un article qui explique les choses correctement."),
                           ("Monique du quai", "Est-ce que quelqu'un de la mairie viendra vraiment nous en parler ?")]),
    "es": dict(nav=["Titulares de la bahía y la sierra", "Todos los pueblos de la comarca", "Sucesos, tribunales e investigaciones", "Empleo, comercio y lo que cuesta vivir", "Clubes, copas y resultados del sábado", "Conciertos, exposiciones y planes en familia", "Tribunas y cartas de quienes nos leen"],
               cookie="Algunas cookies son necesarias para que esta web funcione. Otras nos ayudan a contar visitas y a mostrar anuncios adecuados, y solo las usamos si dices que sí. Puedes cambiar tu elección cuando quieras en la configuración de cookies.",
               accept="Sí, aceptar todas las cookies", reject="No, solo las cookies esenciales", share="Pasa esta información a quien la necesite",
               related="Otras historias que siguen nuestros lectores", newsletter="Nuestro resumen matinal gratuito, en tu correo a las 6:30",
               subscribe="Recibir el resumen matinal", email="nombre@resumen-matinal.example",
               comment_note="Inicia sesión o regístrate para participar. Nuestros moderadores leen cada comentario antes de publicarlo.",
               closed="No se puede comentar esta información.",
               footer=["Nuestra redacción, con nombres y caras", "Avísanos de un error para corregirlo", "Cómo usamos las cookies y tus datos", "Anúnciate con nosotros en papel y en la web", "Condiciones de uso del sitio web"],
               rights="Todo el contenido de esta web es propiedad del editor y no puede reproducirse sin permiso.",
               commenters=[("almadravero_Paco", "Es la primera vez que lo leo explicado sin rodeos."),
                           ("Rosario de la calle Marina", "¿Vendrá alguien del Ayuntamiento a explicárnoslo a los vecinos?")]),
    "ru": dict(nav=["Главное с залива и из района", "Все сёла нашего края", "Происшествия, суды и расследования", "Работа, торговля и цены", "Клубы, кубки и итоги субботы", "Концерты, выставки и семейные выходные", "Колонки и письма тех, кто нас читает"],
               cookie="Часть cookie нужна, чтобы сайт работал. Другие помогают нам считать посетителей и показывать подходящую рекламу — их мы используем, только если вы согласитесь. Выбор можно изменить в любой момент в настройках cookie.",
               accept="Да, принять все cookie", reject="Нет, только необходимые cookie", share="Переслать репортаж тому, кому он нужен",
               related="Другие истории, за которыми следят наши читатели", newsletter="Наша бесплатная утренняя сводка — у вас в почте к 6:30",
               subscribe="Получать утреннюю сводку", email="imya@utrennyaya-svodka.example",
               comment_note="Войдите или зарегистрируйтесь, чтобы участвовать в обсуждении. Модераторы читают каждый комментарий до публикации.",
               closed="Этот репортаж прокомментировать нельзя.",
               footer=["Наша редакция: имена и лица", "Сообщить нам об ошибке", "Как мы используем cookie и ваши данные", "Разместить объявление через отдел рекламы", "Правила пользования нашими страницами"],
               rights="Все материалы сайта являются собственностью издателя и не могут воспроизводиться без разрешения.",
               commenters=[("oleg_s_zarechnoy", "Хорошо, что об этом наконец написали по-человечески."),
                           ("Галина с Набережной", "А кто-нибудь из администрации придёт поговорить с нами об этом?")]),
}
UI57 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "MORE FROM THE CHRONICLE:"},  # the regional layout's inline links
    (mp2, "BIO"): {"en": "{name} writes features and interviews for {site} and edits its {section} pages. Story ideas to features@kelsham-gazette.example"},
    (mp4, "READMORE"): {"es": "MÁS EN LA HOJA:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"fr": dict(also="À lire aussi dans La Voix")},
    (mp6, "TYPO3"): {"en": dict(ext="Festival trailer (YouTube)", note="A trailer for the Quarry Fields festival is embedded here. It loads from YouTube only after you agree, and YouTube then receives data about your visit.",
                                button="Agree and play the festival trailer", by="Story by our reporter", search="Search the Evening Star",
                                lang_menu="Evening Star in large print")},
    (mp7, "SANITY"): {"de": dict(nl_title="Lindenwerder am Abend", nl_text="Was in Lindenwerder und den Dörfern am Fluss passiert ist, jeden Werktag um 18 Uhr in einer Mail.",
                                 nl_button="Lindenwerder am Abend bestellen", nl_placeholder="Ihre Adresse für Lindenwerder am Abend")},
    (mp11, "HUGO"): {"en": dict(nl_title="The Wenning Weekender", nl_text="Every Friday at noon: the valley's sport, its pubs and its parish councils, in one email.",
                                nl_label="Your email for the Wenning Weekender", nl_button="Send me the Weekender")},
    (mp13, "PUB_NAV"): {"en": ["New in the Tarrant Ledger", "Tarrant people", "Mending and making", "Keep the Tarrant Ledger going"]},
    (mp13, "TEASERS"): {"en": TEASERS["en"]},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Ольховый Ключ: сайт села, новости и дела сельчан",
                                menu=["Главная Ольхового Ключа", "Новости Ольхового Ключа", "Объявления старосты Ольхового Ключа", "Клуб и библиотека Ольхового Ключа", "Ольховый Ключ в фотографиях", "Письмо старосте Ольхового Ключа"],
                                cats=["Новости Ольхового Ключа", "Объявления старосты Ольхового Ключа", "Дороги и колодцы Ольхового Ключа"],
                                friends=["Ольховская основная школа имени Шишкова", "Клуб «Ольховчанка»", "Приход Никольской церкви в Ольховом Ключе"],
                                footer="Ольховый Ключ © 2026 · сайт ведут сельчане сами, без денег и рекламы",
                                poster="starosta_blog", tags=["колодец на Нижней улице", "ремонт колодца всем селом"],
                                commenters=[("Нина_Петровна_ОК", "Спасибо мужикам, вода чистая, как раньше."),
                                            ("Витёк_из_города", "Приеду в августе, помогу с крышей над колодцем.")],
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
# the new layout: a legacy ASP.NET WebForms site (a district council's news room, a Turkish municipality's news
# pages) as the server still sends an article: one <form name="aspnetForm"> around the whole page with the hidden
# __EVENTTARGET / __EVENTARGUMENT / __VIEWSTATE inputs, the __doPostBack function, the WebResource.axd and
# ScriptResource.axd scripts, __VIEWSTATEGENERATOR / __EVENTVALIDATION and the ScriptManager's PageRequestManager
# call; the master page (a layout table or divs) with its header, logo and search box, the asp:Menu (nested tables
# with Menu_HoverStatic on the council's older site, a ul.level1 list on the municipality's), the SiteMapPath
# breadcrumb with its "Skip Navigation Links" image link; the article panel: the title, date and summary as
# asp:Label spans, the picture with its caption label, the Literal holding the editor's HTML (p paragraphs, or text
# in a <font> tag with <br /> runs from an old rich-text editor, strong, em, lists), the link bar ("Print this page" |
# "Email a friend" | RSS), the "Was this page useful?" radio list, the repeater of related items (ctl00_..._rptRelated_
# ctl01_hlnkTitle ...); the right-hand column with quick links, latest news and the media-enquiries box; the footer
# with accessibility, privacy, cookies and copyright; the menu's client script, Sys.Application.initialize(), the
# analytics tag and the cookie-control script (Civic Cookie Control's config on the council's site, a KVKK banner
# on the municipality's)
# --------------------------------------------------------------------------
# the developers' generic labels and ASP.NET's own strings, per language (not checked)
WEBFORMS_CORE = {
    "en": dict(html_lang="en-GB", skip_nav="Skip Navigation Links", skip_content="Skip to main content", search="Search",
               go="Go", here="You are here:", home="Home", published="Published:", print="Print this page",
               email="Email a friend", rss="RSS", related="Related news", back="« Back to news", useful="Was this page useful?",
               yes="Yes", no="No", send="Submit", top="Top of page", text_size="Text size", latest="Latest news",
               quick="Quick links", media="Media enquiries",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]),
    "tr": dict(html_lang="tr-TR", skip_nav="Skip Navigation Links", skip_content="İçeriğe geç", search="Site içi arama",
               go="Ara", here="Buradasınız:", home="Ana Sayfa", published="Yayın Tarihi:", print="Sayfayı Yazdır",
               email="Arkadaşına Gönder", rss="RSS", related="İlgili Haberler", back="« Tüm Haberler", useful="Bu sayfa işinize yaradı mı?",
               yes="Evet", no="Hayır", send="Gönder", top="Sayfa başı", text_size="Yazı boyutu", latest="Son Haberler",
               quick="Hızlı Erişim", media="Basın ve Halkla İlişkiler",
               months=["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]),
}
# the sites' own strings: host, the master page's look (layout table and table menu, or divs and a list menu), the
# content placeholder's id, the editor's habit (p paragraphs or a font tag with <br /> runs), menu and sub-menu
# items, the news section's name, quick links, the media box, footer links, copyright and the cookie texts
WEBFORMS = {
    "Ashcombe Vale District Council": dict(
        domain="www.ashcombevale.gov.example", master="table", cph="ContentPlaceHolder1", editor="p", theme="AshcombeVale2011",
        menu=["Bins, recycling and street care", "Council tax and benefits", "Planning and building control", "Housing and homelessness",
              "Parking, roads and travel", "Councillors, meetings and democracy", "News from the council"],
        submenu=["Press releases", "Statutory and public notices", "Ashcombe Vale Voice back issues"],
        news="News from the council", crumb="Press releases",
        quick=["Report a missed bin collection", "Pay a parking penalty charge", "Apply for a garden waste permit", "Find your nearest recycling bank"],
        media_text="Ashcombe Vale press office, Ashcombe House, Market Place. Telephone 01632 960 118 (office hours).",
        footer=["Accessibility statement for this website", "How we handle your personal data", "How this website uses cookies",
                "Freedom of information requests", "Contact Ashcombe Vale District Council"],
        copyright="© Ashcombe Vale District Council 2026",
        cookie_title="Ashcombe Vale uses cookies on this website",
        cookie_intro="We set necessary cookies to make the site work. We would also like to set analytics cookies to see how residents use our pages, and we will only do so if you agree.",
        cookie_analytics="Analytics cookies (Google Analytics)",
        logo_alt="Ashcombe Vale District Council home page"),
    "Akçakoyun Belediyesi": dict(
        domain="www.akcakoyun.bel.example", master="div", cph="cphMain", editor="font", theme="Akcakoyun2014",
        menu=["Akçakoyun'u Tanıyın", "Belediyemiz ve Başkanımız", "Hizmet Rehberi", "Akçakoyun e-Belediye", "Belediyeden Haberler", "Meclis ve Encümen", "Akçakoyun'a Ulaşın"],
        submenu=["Başkanın Mesajı", "Meclis Üyelerimiz", "Birim Müdürlükleri"],
        news="Belediyeden Haberler", crumb="Basın Bültenleri",
        quick=["Beyaz Masa'ya başvurun", "Akçakoyun nöbetçi eczaneleri", "Akçakoyun kent rehberi", "Meclis kararlarını okuyun"],
        media_text="Akçakoyun Belediyesi Basın Yayın ve Halkla İlişkiler Müdürlüğü, Cumhuriyet Meydanı No: 1. Telefon: 0 (256) 900 11 22.",
        footer=["Akçakoyun Belediyesi KVKK aydınlatma metni", "Akçakoyun Belediyesi çerez politikası", "Erişilebilirlik bildirimi",
                "Bilgi edinme başvurusu", "Akçakoyun Belediyesi iletişim bilgileri"],
        copyright="© 2026 T.C. Akçakoyun Belediyesi",
        cookie_title="Akçakoyun Belediyesi çerez bilgilendirmesi",
        cookie_intro="Akçakoyun Belediyesi web sitesinde zorunlu çerezler ve ziyaret istatistikleri için analiz çerezleri kullanılır. Analiz çerezleri yalnızca onayınızla etkinleşir.",
        cookie_analytics="Çerezleri kabul et ve kapat",
        logo_alt="Akçakoyun Belediyesi ana sayfası"),
}
WEBFORMS_EXEMPT = {"domain", "master", "cph", "editor", "theme"}


def wf_blob(rng, n, prefix):
    """A __VIEWSTATE / __EVENTVALIDATION value: base64 of serialized state (here random bytes)."""
    return prefix + base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode("ascii")


def wf_axd(rng):
    return base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(64))).decode("ascii").rstrip("=")


def wf_date(c, lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return ("%d %s %d" % (d, c["months"][m - 1], y)) if lang == "en" else "%02d.%02d.%d" % (d, m, y)


def wf_body(art, placed, s):
    """The Literal with the editor's HTML: p paragraphs (the council's editor), or the text in one <font> tag with
    <br /> runs between paragraphs (the municipality's old editor); what the web team pasted in between."""
    blocks, n = art["blocks"], len(art["blocks"])
    if s["editor"] == "p":
        out = []
        for i in range(n + 1):
            out.extend(placed.get(i, []))
            if i == n:
                break
            kind, val = blocks[i]
            if kind == "p":
                out.append("<p>%s</p>" % mp.inline_html(val))
            elif kind == "h":
                out.append("<h3>%s</h3>" % E(val))
            elif kind == "q":
                out.append("<blockquote>\n<p>%s</p>\n</blockquote>" % mp.inline_html(val))
            else:
                out.append("<%s>\n%s\n</%s>" % (kind, "\n".join("    <li>%s</li>" % mp.inline_html(v) for v in val), kind))
        out.append("<p>&nbsp;</p>")
        return "\n".join(out)
    items = []
    for i in range(n + 1):
        for snip in placed.get(i, []):
            items.append(("text" if re.match(r"<(span|a|b|i|small|em|strong)\b", snip) else "block", snip))
        if i == n:
            break
        kind, val = blocks[i]
        if kind == "p":
            items.append(("text", mp.inline_html(val)))
        elif kind == "h":
            items.append(("text", "<strong>%s</strong>" % E(val)))
        elif kind == "q":
            items.append(("block", "<blockquote>%s</blockquote>" % mp.inline_html(val)))
        else:
            items.append(("block", "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)))
    out = ['<font face="Tahoma" size="2">']
    for k, (kind, html) in enumerate(items):
        if k:
            out.append("<br />\n<br />\n" if kind == "text" and items[k - 1][0] == "text" else "\n")
        out.append(html)
    out.append("</font>")
    return "".join(out)


def wf_menu_table(s, c, rng, mid):
    """An asp:Menu as ASP.NET 2.0 / 3.5 renders it: a table of tables with the hover handlers."""
    items = [c["home"]] + s["menu"]
    cells = []
    for k, name in enumerate(items):
        href = "../default.aspx" if k == 0 else "../%s.aspx" % slug(name).replace("-", "")[:24]
        pop = '<td style="width:0;"><img src="/WebResource.axd?d=%s&amp;t=634245046914809245" alt="Expand %s" style="border-style:none;vertical-align:middle;" /></td>' % (wf_axd(rng)[:40], A(name)) if k == len(items) - 1 else ""
        cells.append(f'''		<td onmouseover="Menu_HoverStatic(this)" onmouseout="Menu_Unhover(this)" onkeyup="Menu_Key(event)" id="ctl00_{mid}n{k}"><table class="level1 ctl00_{mid}_4" cellpadding="0" cellspacing="0" border="0" width="100%">
			<tr>
				<td style="white-space:nowrap;"><a class="ctl00_{mid}_1 level1 ctl00_{mid}_3" href="{href}">{E(name)}</a></td>{pop}
			</tr>
		</table></td><td style="width:3px;"></td>''')
    sub = "\n".join(f'''		<tr onmouseover="Menu_HoverDynamic(this)" onmouseout="Menu_Unhover(this)" onkeyup="Menu_Key(event)" id="ctl00_{mid}n{len(items) + j}">
			<td><table class="level2 ctl00_{mid}_6" cellpadding="0" cellspacing="0" border="0" width="100%">
				<tr>
					<td style="white-space:nowrap;width:100%;"><a class="ctl00_{mid}_1 level2 ctl00_{mid}_5" href="../news/{slug(x)}.aspx">{E(x)}</a></td>
				</tr>
			</table></td>
		</tr>''' for j, x in enumerate(s["submenu"]))
    return f'''<a href="#ctl00_{mid}_SkipLink"><img alt="{A(c["skip_nav"])}" src="/WebResource.axd?d={wf_axd(rng)}&amp;t=634245046914809245" width="0" height="0" style="border-width:0px;" /></a><table id="ctl00_{mid}" class="ctl00_{mid}_2" cellpadding="0" cellspacing="0" border="0">
	<tr>
{chr(10).join(cells)}
	</tr>
</table><div id="ctl00_{mid}n{len(items) - 1}Items" class="ctl00_{mid}_0">
	<table border="0" cellpadding="0" cellspacing="0">
{sub}
	</table><div class="level2 ctl00_{mid}_6 ctl00_{mid}_8" style="display:none;position:absolute;"></div>
</div><a id="ctl00_{mid}_SkipLink"></a>'''


def wf_menu_list(s, c, rng, mid):
    """An asp:Menu as ASP.NET 4 renders it with RenderingMode="List": a ul.level1 with popout items."""
    items = [c["home"]] + s["menu"]
    lis = []
    for k, name in enumerate(items):
        href = "Default.aspx" if k == 0 else "%s.aspx" % slug(name).replace("-", "")[:24]
        if k == 1:
            sub = "".join('<li role="menuitem" class="dynamic"><a class="level2 dynamic" href="%s.aspx" tabindex="-1">%s</a></li>' % (
                slug(x).replace("-", "")[:24], E(x)) for x in s["submenu"])
            lis.append('<li role="menuitem" class="static" aria-haspopup="ctl00_%s:submenu:2" style="position:relative;float:left;"><a class="popout level1 static" href="%s" tabindex="-1">%s</a><ul id="ctl00_%s:submenu:2" class="level2 dynamic" style="display:none;">%s</ul></li>' % (
                mid, href, E(name), mid, sub))
        else:
            lis.append('<li role="menuitem" class="static" style="position:relative;float:left;"><a class="level1 static" href="%s" tabindex="-1">%s</a></li>' % (href, E(name)))
    return (f'<a href="#ctl00_{mid}_SkipLink"><img alt="{A(c["skip_nav"])}" src="/WebResource.axd?d={wf_axd(rng)}&amp;t=638344211608716045" width="0" height="0" style="border-width:0px;" /></a>'
            f'<div class="menu" id="ctl00_{mid}">\n\t<ul class="level1 static" tabindex="0" role="menubar" style="position:relative;width:auto;float:left;">\n\t\t'
            + "\n\t\t".join(lis) + f'\n\t</ul>\n</div><a id="ctl00_{mid}_SkipLink"></a>')


def tpl_webforms(art, ui, site, placed, rng):
    # an article page of a legacy ASP.NET WebForms site (see the module docstring)
    lang = art["lang"]
    c, s = WEBFORMS_CORE[lang], WEBFORMS[site]
    host = "https://" + s["domain"]
    cph = "ctl00_" + s["cph"]
    nid = rng.randint(1200, 4800)
    action = "./article.aspx?id=%d" % nid if lang == "en" else "./HaberDetay.aspx?HaberID=%d" % nid
    url = host + ("/news/article.aspx?id=%d" % nid if lang == "en" else "/HaberDetay.aspx?HaberID=%d" % nid)
    shown = wf_date(c, lang, art["date"])
    vs = wf_blob(rng, rng.randint(900, 1300), "/wEPDwUKLTE" + "".join(rng.choice("0123456789") for _ in range(8)))
    ev = wf_blob(rng, rng.randint(120, 200), "/wEdAA")
    gen = "%08X" % rng.randint(0, 16**8 - 1)
    wr = [wf_axd(rng) for _ in range(3)]
    sr = [wf_axd(rng) for _ in range(2)]
    t1, t2 = "63%016d" % rng.randint(10**15, 10**16 - 1), "63%016d" % rng.randint(10**15, 10**16 - 1)
    mid = "mnuMain" if s["master"] == "table" else "mnuAna"
    menu = wf_menu_table(s, c, rng, mid) if s["master"] == "table" else wf_menu_list(s, c, rng, mid)
    body = wf_body(art, placed, s)
    img = "../uploads/news/%d_main.jpg" % nid if lang == "en" else "Uploads/Haberler/%d_buyuk.jpg" % nid
    # the related repeater (header template ctl00, items from ctl01) and the latest-news repeater in the side column
    heads = rng.sample(HEADLINES[lang], 5)
    rel = "\n".join('\t\t\t<li><a id="%s_rptRelated_ctl%02d_hlnkTitle" href="%s=%d">%s</a> <span id="%s_rptRelated_ctl%02d_lblDate" class="date">(%s)</span></li>' % (
        cph, k + 1, "article.aspx?id" if lang == "en" else "HaberDetay.aspx?HaberID", nid - rng.randint(5, 300), E(h), cph, k + 1,
        wf_date(c, lang, "%s-%02d-%02d" % (art["date"][:4], rng.randint(1, 12), rng.randint(1, 28)))) for k, h in enumerate(heads[:3]))
    latest = "\n".join('\t\t\t\t<li><a id="ctl00_cphRight_rptLatest_ctl%02d_hlnkLatest" href="%s=%d">%s</a></li>' % (
        k + 1, "../news/article.aspx?id" if lang == "en" else "HaberDetay.aspx?HaberID", nid + rng.randint(1, 40), E(h)) for k, h in enumerate(heads[3:]))
    quick = "\n".join('\t\t\t\t<li><a id="ctl00_cphRight_rptQuick_ctl%02d_hlnkQuick" href="%s">%s</a></li>' % (
        k + 1, "../" + slug(q)[:30] + ".aspx", E(q)) for k, q in enumerate(s["quick"]))
    foot = " | ".join('<a id="ctl00_ucFooter_hlnk%d" href="../%s.aspx">%s</a>' % (k + 1, slug(f)[:28], E(f)) for k, f in enumerate(s["footer"]))
    crumb = (f'<span id="ctl00_SiteMapPath1"><a href="#ctl00_SiteMapPath1_SkipLink"><img alt="{A(c["skip_nav"])}" src="/WebResource.axd?d={wr[2]}&amp;t={t1}" width="0" height="0" style="border-width:0px;" /></a>'
             f'<span><a id="ctl00_SiteMapPath1_ctl00_lnkPath" title="{A(c["home"])}" href="/default.aspx">{E(c["home"])}</a></span><span> &gt; </span>'
             f'<span><a id="ctl00_SiteMapPath1_ctl02_lnkPath" href="/news/default.aspx">{E(s["news"])}</a></span><span> &gt; </span>'
             f'<span><a id="ctl00_SiteMapPath1_ctl04_lnkPath" href="/news/press-releases.aspx">{E(s["crumb"])}</a></span><span> &gt; </span>'
             f'<span>{E(art["title"])}</span><a id="ctl00_SiteMapPath1_SkipLink"></a></span>')
    article = f'''<div id="{cph}_pnlArticle" class="newsarticle">
	<h1 class="pagetitle"><span id="{cph}_lblTitle">{E(art["title"])}</span></h1>
	<p class="newsdate"><span id="{cph}_lblDateCaption">{E(c["published"])}</span> <span id="{cph}_lblDate">{E(shown)}</span></p>
	<p class="newssummary"><span id="{cph}_lblSummary">{E(art["sub"])}</span></p>
	<div id="{cph}_pnlImage" class="newsimage">
		<img id="{cph}_imgMain" src="{img}" alt="{A(art["caption"])}" style="border-width:0px;" /><br />
		<span id="{cph}_lblCaption" class="caption">{E(art["caption"])} ({E(art["credit"])})</span>
	</div>
	<div id="{cph}_pnlBody" class="newsbody">
{body}
	</div>
	<div id="{cph}_pnlTools" class="pagetools">
		<a id="{cph}_hlnkPrint" class="print" href="javascript:window.print();">{E(c["print"])}</a> |
		<a id="{cph}_hlnkEmail" class="email" href="../emailafriend.aspx?id={nid}">{E(c["email"])}</a> |
		<a id="{cph}_hlnkRss" class="rss" href="../rss/news.xml">{E(c["rss"])}</a>
	</div>
	<div id="{cph}_pnlRelated" class="relatednews">
		<h2><span id="{cph}_rptRelated_ctl00_lblRelatedHeader">{E(c["related"])}</span></h2>
		<ul>
{rel}
		</ul>
	</div>
	<div id="{cph}_ucFeedback_pnlFeedback" class="feedback">
		<fieldset>
			<legend>{E(c["useful"])}</legend>
			<table id="{cph}_ucFeedback_rblUseful" border="0">
				<tr>
					<td><input id="{cph}_ucFeedback_rblUseful_0" type="radio" name="ctl00${s["cph"]}$ucFeedback$rblUseful" value="1" /><label for="{cph}_ucFeedback_rblUseful_0">{E(c["yes"])}</label></td><td><input id="{cph}_ucFeedback_rblUseful_1" type="radio" name="ctl00${s["cph"]}$ucFeedback$rblUseful" value="0" /><label for="{cph}_ucFeedback_rblUseful_1">{E(c["no"])}</label></td>
				</tr>
			</table>
			<input type="submit" name="ctl00${s["cph"]}$ucFeedback$btnSend" value="{A(c["send"])}" id="{cph}_ucFeedback_btnSend" class="button" />
		</fieldset>
	</div>
	<p class="backlink"><a id="{cph}_hlnkBack" href="default.aspx">{E(c["back"])}</a></p>
</div>'''
    side = f'''<div id="ctl00_cphRight_pnlQuick" class="sidebox quicklinks">
			<h2>{E(c["quick"])}</h2>
			<ul>
{quick}
			</ul>
		</div>
		<div id="ctl00_cphRight_pnlLatest" class="sidebox latestnews">
			<h2>{E(c["latest"])}</h2>
			<ul>
{latest}
			</ul>
		</div>
		<div id="ctl00_cphRight_pnlMedia" class="sidebox media">
			<h2>{E(c["media"])}</h2>
			<p><span id="ctl00_cphRight_lblMedia">{E(s["media_text"])}</span></p>
		</div>'''
    header = f'''<div id="ctl00_pnlHeader" class="header">
			<a id="ctl00_hlnkLogo" title="{A(s["logo_alt"])}" href="{"../default.aspx" if lang == "en" else "Default.aspx"}"><img id="ctl00_imgLogo" src="{"../images/logo.gif" if lang == "en" else "images/logo.png"}" alt="{A(s["logo_alt"])}" style="border-width:0px;" /></a>
			<div id="ctl00_pnlSearch" class="search" onkeypress="javascript:return WebForm_FireDefaultButton(event, &#39;ctl00_btnSearch&#39;)">
				<label for="ctl00_txtSearch" id="ctl00_lblSearch">{E(c["search"])}</label>
				<input name="ctl00$txtSearch" type="text" maxlength="100" id="ctl00_txtSearch" class="searchbox" />
				<input type="submit" name="ctl00$btnSearch" value="{A(c["go"])}" id="ctl00_btnSearch" class="searchbutton" />
			</div>
			<div class="textsize">{E(c["text_size"])}: <a id="ctl00_lnkSmall" href="javascript:__doPostBack(&#39;ctl00$lnkSmall&#39;,&#39;&#39;)">A</a> <a id="ctl00_lnkLarge" href="javascript:__doPostBack(&#39;ctl00$lnkLarge&#39;,&#39;&#39;)">A+</a></div>
		</div>'''
    footer = f'''<div id="ctl00_ucFooter_pnlFooter" class="footer">
			<p class="footerlinks">{foot}</p>
			<p class="copyright"><span id="ctl00_ucFooter_lblCopyright">{E(s["copyright"])}</span> | <a href="#top">{E(c["top"])}</a></p>
		</div>'''
    if s["master"] == "table":
        layout = f'''<table id="ctl00_tblLayout" class="layout" cellpadding="0" cellspacing="0" width="980" align="center">
	<tr>
		<td colspan="2" class="headercell">
		{header}
		</td>
	</tr>
	<tr>
		<td colspan="2" class="menucell">
{menu}
		</td>
	</tr>
	<tr>
		<td class="crumbcell" colspan="2"><span class="here">{E(c["here"])}</span> {crumb}</td>
	</tr>
	<tr>
		<td class="maincell" valign="top" width="700">
		<a name="content" id="content"></a>
{article}
		</td>
		<td class="rightcell" valign="top" width="280">
		{side}
		</td>
	</tr>
	<tr>
		<td colspan="2" class="footercell">
		{footer}
		</td>
	</tr>
</table>'''
        menu_script = f'''var ctl00_{mid}_Data = new Object();
ctl00_{mid}_Data.disappearAfter = 500;
ctl00_{mid}_Data.horizontalOffset = 0;
ctl00_{mid}_Data.verticalOffset = 0;
ctl00_{mid}_Data.hoverClass = 'ctl00_{mid}_9 level2Hover';
ctl00_{mid}_Data.hoverHyperLinkClass = 'ctl00_{mid}_8';
ctl00_{mid}_Data.staticHoverClass = 'ctl00_{mid}_7 level1Hover';
ctl00_{mid}_Data.staticHoverHyperLinkClass = 'ctl00_{mid}_6';'''
        menu_css = f'''	.ctl00_{mid}_0 {{ background-color:white;visibility:hidden;display:none;position:absolute;left:0px;top:0px; }}
	.ctl00_{mid}_1 {{ text-decoration:none; }}
	.ctl00_{mid}_2 {{  }}
	.ctl00_{mid}_3 {{ border-style:none; }}
	.ctl00_{mid}_4 {{  }}
	.ctl00_{mid}_5 {{ border-style:none; }}
	.ctl00_{mid}_6 {{  }}
	.ctl00_{mid}_7 {{  }}
	.ctl00_{mid}_8 {{  }}
	.ctl00_{mid}_9 {{  }}'''
    else:
        layout = f'''<div id="sayfa">
	{header}
	<div id="ustmenu">
{menu}
	</div>
	<div id="yol"><span class="here">{E(c["here"])}</span> {crumb}</div>
	<div id="govde">
		<div id="icerik">
		<a name="content" id="content"></a>
{article}
		</div>
		<div id="sagkolon">
		{side}
		</div>
		<div class="temizle"></div>
	</div>
	{footer}
</div>'''
        menu_script = f"new Sys.WebForms.Menu({{ element: 'ctl00_{mid}', disappearAfter: 500, orientation: 'horizontal', tabIndex: 0, disabled: false }});"
        menu_css = f'''	/* <![CDATA[ */
	#ctl00_{mid} img.icon {{ border-style:none;vertical-align:middle; }}
	#ctl00_{mid} img.separator {{ border-style:none;display:block; }}
	#ctl00_{mid} img.horizontal-separator {{ border-style:none;vertical-align:middle; }}
	#ctl00_{mid} ul {{ list-style:none;margin:0;padding:0;width:auto; }}
	#ctl00_{mid} ul.dynamic {{ z-index:1; }}
	#ctl00_{mid} a {{ text-decoration:none;white-space:nowrap;display:block; }}
	#ctl00_{mid} a.popout {{ background-image:url("/WebResource.axd?d={wr[1][:60]}&t={t2}");background-repeat:no-repeat;background-position:right center;padding-right:14px; }}
	/* ]]> */'''
    if lang == "en":
        consent = f'''<script src="https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js" type="text/javascript"></script>
<script type="text/javascript">
var config = {{
    apiKey: '{"".join(rng.choice("0123456789abcdef") for _ in range(40))}',
    product: 'PRO',
    initialState: 'notify',
    position: 'LEFT',
    theme: 'DARK',
    text: {{
        title: '{s["cookie_title"].replace("'", "&#39;")}',
        intro: '{s["cookie_intro"].replace("'", "&#39;")}',
        necessaryTitle: 'Necessary cookies',
        necessaryDescription: 'Necessary cookies enable core functionality such as security, network management, and accessibility.'
    }},
    optionalCookies: [{{
        name: 'analytics',
        label: '{s["cookie_analytics"].replace("'", "&#39;")}',
        description: '',
        cookies: ['_ga', '_ga*', '_gid', '_gat', '__utma', '__utmt', '__utmb', '__utmc', '__utmz', '__utmv'],
        onAccept: function () {{ gtag('consent', 'update', {{ 'analytics_storage': 'granted' }}); }},
        onRevoke: function () {{ gtag('consent', 'update', {{ 'analytics_storage': 'denied' }}); }}
    }}],
    statement: {{ description: 'For more detailed information, please read our', name: 'cookie policy', url: '{host}/cookies.aspx', updated: '01/03/2025' }}
}};
CookieControl.load(config);
</script>'''
    else:
        consent = f'''<div id="kvkkBanner" class="cerez-bandi" style="display:none;">
	<strong>{E(s["cookie_title"])}</strong>
	<p>{E(s["cookie_intro"])}</p>
	<input type="button" id="btnCerezKabul" value="{A(s["cookie_analytics"])}" onclick="cerezKabul();" />
</div>
<script type="text/javascript">
function cerezKabul() {{ document.cookie = "kvkk_onay=1; path=/; max-age=31536000"; document.getElementById('kvkkBanner').style.display = 'none'; }}
if (document.cookie.indexOf('kvkk_onay=1') === -1) {{ document.getElementById('kvkkBanner').style.display = 'block'; }}
</script>'''
    ga = "G-%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    return f'''

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{lang}" lang="{c["html_lang"]}">
<head id="ctl00_Head1"><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{E(art["title"])} - {E(s["news"])} - {E(site)}
</title><link href="../App_Themes/{s["theme"]}/layout.css" type="text/css" rel="stylesheet" /><link href="../App_Themes/{s["theme"]}/print.css" type="text/css" rel="stylesheet" media="print" /><link rel="shortcut icon" href="/favicon.ico" /><link rel="alternate" type="application/rss+xml" title="{A(s["news"])}" href="{host}/rss/news.xml" /><meta name="description" content="{A(art["sub"])}" /><meta name="keywords" content="{A(art["section"])}, {A(site)}" /><link rel="canonical" href="{url}" />
<script async src="https://www.googletagmanager.com/gtag/js?id={ga}"></script>
<script type="text/javascript">
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('consent', 'default', {{ 'analytics_storage': 'denied' }});
  gtag('js', new Date());
  gtag('config', '{ga}', {{ 'anonymize_ip': true }});
</script>
<style type="text/css">
{menu_css}

</style></head>
<body id="ctl00_bodyTag" class="news-article">
<a href="#content" class="skiplink">{E(c["skip_content"])}</a>
    <form name="aspnetForm" method="post" action="{action}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>


<script src="/WebResource.axd?d={wr[0]}&amp;t={t1}" type="text/javascript"></script>


<script src="/WebResource.axd?d={wr[1]}&amp;t={t1}" type="text/javascript"></script>
<script src="/ScriptResource.axd?d={sr[0]}&amp;t={t2}" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
if (typeof(Sys) === 'undefined') throw new Error('ASP.NET Ajax client-side framework failed to load.');
//]]>
</script>

<script src="/ScriptResource.axd?d={sr[1]}&amp;t={t2}" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {{
if (typeof(ValidatorOnSubmit) == "function" && ValidatorOnSubmit() == false) return false;
return true;
}}
//]]>
</script>

<div>

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{gen}" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div>
    <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', ['tctl00$cphRight$upLatest','ctl00_cphRight_upLatest'], [], [], 90, 'ctl00');
//]]>
</script>

{layout}


<script type="text/javascript">
//<![CDATA[
{menu_script}
Sys.Application.initialize();
//]]>
</script>
</form>
{consent}
</body>
</html>
'''

# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"webforms": ["caption", "credit"]}  # the picture's caption label with its credit
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "licensing", "counciltax", "dogbeach"]
NEW_FAMILIES = ["licensing", "counciltax", "dogbeach"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"licensing": ["premises licence", "premises-licence", "licensing act", "licence notice",
                                  "representations must", "licensing register", "late-night licence"],
                    "counciltax": ["council tax band", "council-tax band", "band finder",
                                   "find your band", "pay your council tax", "band a-h"],
                    "dogbeach": ["dog ban", "dog-ban", "dogs banned", "restricted beaches", "dog-friendly beach",
                                 "dog restrictions"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village website or a neighbours' association would not carry
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
    "cookie": ['<div class="functional-cookie-gate"><p class="functional-cookie-gate__msg">%s</p><a class="functional-cookie-gate__prefs" href="#cookie-settings">&#9881;</a></div>',
               '<p class="gated-embed-msg">%s</p>', '<div><i>%s</i></div>'],
    "newsletter": ['<div class="wrap-signup-panel"><p class="wrap-signup-panel__txt">%s</p><a class="wrap-signup-panel__go" href="/saturday-wrap">&#9993;</a></div>',
                   '<p class="meter-spent-msg">%s</p>', '<h5 class="chip-in-hd">%s</h5>', '<p><strong><a href="/back-us">%s</a></strong></p>'],
    "share": ['<ul class="spread-word-row">{items}</ul>', '<div class="forward-page-nudge">%s</div>', '<p><a href="#forward">%s</a></p>'],
    "photo": ['<p class="comms-image-note">%s</p>', '<span class="assignment-pic-credit">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="republish-terms-line">%s</p>', '<div class="content-owner-box"><small>%s</small></div>', '<div><small>%s</small></div>'],
    "section": ['<p class="desk-byline-tag">%s</p>', '<h6 class="desk-byline-hd">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="asterism-sep">%s</p>', '<div class="ornament-glyph-row">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="district-team-credit">%s</p>', '<div class="ldr-trainee-note">%s</div>', '<div><em><small>%s</small></em></div>'],
    "title": ['<p class="repeat-headline-p"><strong>%s</strong></p>', '<h2 class="repeat-headline-h">%s</h2>', '<h4>%s</h4>'],
    "ad": ['<div class="paid-partner-flag">%s</div>', '<p class="local-adverts-note">%s</p>', '<div><small><b>%s</b></small></div>'],
    "continue": ['<p class="keep-reading-unfold"><a href="#more">%s</a></p>', '<div class="open-full-btn">%s</div>', '<div><a href="#more">%s</a></div>'],
    "comments": ['<p class="have-say-link"><a href="#discussion">%s</a></p>', '<div class="commented-so-far-pill">%s</div>', '<div><a href="#discussion">%s</a></div>'],
    "readtime": ['<p class="minutes-est-line">%s</p>', '<span class="minutes-est-chip">%s</span>', '<div><i>%s</i></div>'],
    "updated": ['<p class="reviewed-stamp"><time>%s</time></p>', '<div class="review-time-stamp">%s</div>', '<div><small><em>%s</em></small></div>'],
    "audio": ['<div class="tts-strip"><button class="tts-strip__play" aria-label="Play"></button><span class="tts-strip__lbl">%s</span></div>',
              '<p class="tts-link-line"><a href="#audio">%s</a></p>', '<div><a href="#audio">%s</a></div>'],
    "correction": ['<aside class="amended-fact-panel"><p>%s</p></aside>', '<p class="amended-fact-line"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="mobile-app-nudge"><p class="mobile-app-nudge__txt">%s</p><a class="mobile-app-nudge__get" href="/app">&#128241;</a></div>',
            '<p class="app-open-story-line">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="byline-blurb-card"><p class="byline-blurb-card__txt">%s</p></div>', '<p class="writer-archive-line"><i>%s</i></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="newsroom-contact-box"><p class="newsroom-contact-box__txt">%s</p></div>', '<p class="confidential-tip-line">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="wrong-word-hint"><p>%s</p></div>', '<p class="wrong-word-line">%s</p>', '<div><i><small>%s</small></i></div>'],
    "push": ['<div class="breaking-alerts-optin"><p class="breaking-alerts-optin__q">%s</p></div>', '<p class="alerts-ping-line">%s</p>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="print-save-mail-row">{items}</ul>', '<p class="adfree-printout-link"><a href="?format=print">%s</a></p>',
              '<div><a href="?format=print">%s</a></div>'],
    "feedback": ['<div class="answered-survey"><p class="answered-survey__q">%s</p></div>', '<p class="answered-survey-line">%s</p>',
                 '<div><small><i>%s</i></small></div>'],
    "standards": ['<div class="accuracy-promise"><p>%s</p></div>', '<p class="accuracy-promise-line"><small>%s</small></p>', '<div><small><i>%s</i></small></div>'],
    "topics": ['<div class="tag-trail-row"><span class="tag-trail-row__txt">%s</span></div>', '<p class="topic-mail-line">%s</p>',
               '<div><i>%s</i></div>'],
    "bookmark": ['<div class="reading-list-save"><a class="reading-list-save__a" href="#save">%s</a></div>',
                 '<p class="weekend-keep-link"><a href="#save">%s</a></p>', '<div><a href="#save">%s</a></div>'],
    "poll": ['<div class="decision-vote-card"><p class="decision-vote-card__q">%s</p><button class="decision-vote-card__send" type="button">&#10003;</button></div>',
             '<h6 class="quick-vote-title">%s</h6>', '<div><i>%s</i></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Q{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/Q{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-facade-tile"><a class="video-facade-tile__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="picture-set-link"><a class="picture-set-link__a" href="#gallery">%s</a></div>',
                '<p class="pictures-tally-line">%s</p>', '<div><strong>%s</strong></div>'],
    "map": ['<div class="osm-iframe-cell"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="600" height="340" loading="lazy"></iframe><p class="osm-iframe-cell__links">%s</p></div>',
            '<figure class="location-still"><img src="/maps/{k}.png" alt="" width="600" height="380"><figcaption>%s</figcaption></figure>',
            '<div><i>%s</i></div>'],
    "calendar": ['<ul class="save-date-links">{items}</ul>', '<p class="week-before-remind"><a href="/events/{k}/reminder">%s</a></p>',
                 '<div class="save-date-bar"><span class="save-date-bar__label">%s</span></div>'],
    "scores": ['<div class="county-scores-link"><a class="county-scores-link__a" href="/sport/scores">%s</a></div>',
               '<ul class="county-scores-tabs">{items}</ul>', '<div><a href="/sport/scores"><b>%s</b></a></div>'],
    # the three families new in this part ({licrows}: the premises, the application and the applicant as a definition
    # list; {lichours}: the activities and hours applied for; {blabel}: the band finder's field label; {bandrows}: the
    # charges by band; {discounts}: the reductions box's list; {banned}: the beaches with a dog ban; {dogok}: the
    # dog-friendly beaches nearby)
    "licensing": ['<div class="premises-licence-notice"><h4 class="premises-licence-notice__hd">%s</h4><dl class="premises-licence-notice__rows">{licrows}</dl></div>',
                  '<p class="licence-reps-by"><strong>%s</strong></p>',
                  '<p class="licence-register-link"><a href="/licensing/register/{k}">%s</a></p>',
                  '<div class="licence-hours-sought"><p class="licence-hours-sought__hd"><b>%s</b></p><table class="licence-hours-sought__table">{lichours}</table></div>'],
    "counciltax": ['<form class="ctax-band-finder" action="/council-tax/find-band" method="get"><h4 class="ctax-band-finder__hd">%s</h4><label for="ctb-{k}">{blabel}</label><input id="ctb-{k}" type="text" name="q" maxlength="20"><button type="submit">&#128269;</button></form>',
                   '<div class="ctax-charges"><h5 class="ctax-charges__hd">%s</h5><table class="ctax-charges__table">{bandrows}</table></div>',
                   '<p class="ctax-pay-link"><a class="ctax-pay-link__btn" href="/council-tax/pay" role="button">%s</a></p>',
                   '<div class="ctax-reductions"><p class="ctax-reductions__hd"><strong>%s</strong></p><ul class="ctax-reductions__list">{discounts}</ul></div>'],
    "dogbeach": ['<div class="dog-ban-beaches"><h4 class="dog-ban-beaches__hd">%s</h4><ul class="dog-ban-beaches__list">{banned}</ul></div>',
                 '<p class="dog-ban-fine"><span class="dog-ban-fine__txt">%s</span></p>',
                 '<p class="dog-ban-map"><a href="/beaches/dog-restrictions/map">%s</a></p>',
                 '<div class="dog-friendly-near"><h5 class="dog-friendly-near__hd">%s</h5><ul class="dog-friendly-near__list">{dogok}</ul></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>(%s)</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/saturday-wrap"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#forward">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "licensing": (0.6, ['<br><a href="/licensing/register"><strong>%s</strong></a>']),
          "counciltax": (0.6, [' <a href="/council-tax/pay"><b>%s</b></a>']),
          "dogbeach": (0.6, ['<br><a href="/beaches/dog-restrictions/map"><b>%s</b></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# view-the-application, pay-your-council-tax and restricted-beaches-map links, not the notices, tables or boxes)
INLINE_WORDING = {"newsletter": 0, "licensing": 2, "counciltax": 2, "dogbeach": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="body-photo-frame"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-inline.jpg" alt="" width="600"><br><i>{cap} — {cr}</i></div>']
RELATED_STYLES = ['<div class="earlier-coverage"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="linked-stories-box"><p class="linked-stories-box__hd">%s</p><ul>%s</ul></aside>',
                  '<h4>%s</h4>\n<ul>%s</ul>']


def handle(site):
    """The site's social-media account name: its ASCII letters and digits, at most 24."""
    return mp11.host_name(site)[:24]


def deadline(art):
    """The last day for representations or objections: four weeks after the story."""
    import datetime
    y, m, d = (int(x) for x in art["date"].split("-"))
    return fmt_date(art["lang"], (datetime.date(y, m, d) + datetime.timedelta(days=28)).isoformat())


def fill_text(s, rng, site, art):
    return fill(s.replace("{by}", art["byline"]).replace("{section}", art["section"]).replace("{c}", deadline(art))
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


# the band finder's field label and the tables' heads, as the council's web team left them (not checked)
BAND_LABELS = {"en": "Postcode or street name", "tr": "Sicil no veya T.C. kimlik no", "de": "Straße und Hausnummer",
               "fr": "Adresse du bien", "es": "Referencia catastral", "ru": "Кадастровый номер"}
BAND_HEAD = {"en": ("Band", "2026/27"), "tr": ("Tür", "Oran"), "de": ("Steuerart", "Satz"),
             "fr": ("Taxe", "Taux"), "es": ("Tipo", "Porcentaje"), "ru": ("Объект", "Ставка")}
LICENCE_HEAD = {"en": ("Activity", "Hours"), "tr": ("Faaliyet", "Saat"), "de": ("Tätigkeit", "Zeiten"),
                "fr": ("Activité", "Horaires"), "es": ("Actividad", "Horario"), "ru": ("Вид", "Время")}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's list or table, in the style's markup (the licence notice names the story's premises,
    the dog-ban boxes the story's own beaches where it gives them)."""
    def esc(x):
        return E(x).replace("%", "%%")
    banned = art.get("banned") or DOGBAN_BEACHES[lang]
    return (style.replace("{licrows}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b.replace("{premises}", art.get("premises", ""))))
                                               for a, b in LICENCE_ROWS[lang]))
            .replace("{lichours}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in LICENCE_HEAD[lang])
                     + "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in LICENCE_HOURS[lang]))
            .replace("{blabel}", esc(BAND_LABELS[lang]))
            .replace("{bandrows}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in BAND_HEAD[lang])
                     + "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in BAND_ROWS[lang]))
            .replace("{discounts}", "".join("<li>%s</li>" % esc(x) for x in DISCOUNTS[lang]))
            .replace("{banned}", "".join("<li>%s</li>" % esc(x) for x in banned))
            .replace("{dogok}", "".join("<li>%s</li>" % esc(x) for x in DOG_FRIENDLY[lang])))


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
               "scores": rng.choice([0, mid, n]), "licensing": rng.choice([mid, n, n]),
               "counciltax": rng.choice([mid, n]), "dogbeach": rng.choice([0, mid, n])}.get(fam, mid)
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
HIGHLIGHT = {"webforms": ('<span style="background-color: #ffff00;">', "</span>"),  # the old rich-text editor's marker
             "quintype": ('<mark>', "</mark>")}


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


def render_inline(tpl, val):
    """A story paragraph's inline markup as the page prints it (every layout of this part uses make_pages')."""
    return mp.inline_html(val)


# --------------------------------------------------------------------------
# templates: webforms is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"webforms": tpl_webforms, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h56), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "webforms"


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
            rng = random.Random("newsflow-heldout57-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI57[lang]
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
    # layouts: webforms (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # the webforms pages: a site of WEBFORMS in its language; no box, fact box, drop cap or callout look (the old
    # rich-text editor has none of them), and a <br> look only where the editor writes <p> paragraphs
    for a in ARTICLES:
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in WEBFORMS or a["lang"] not in WEBFORMS_CORE
                                       or any(st in ("box", "factbox", "dropcap", "callout") for st, _ in a.get("look", []))
                                       or (WEBFORMS[a["site"]]["editor"] != "p" and any(st == "br" for st, _ in a.get("look", [])))):
            problems.append("%s: webforms page needs a WebForms site and the editor's looks only" % a["id"])
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
    wf_sites = [{k: v for k, v in d.items() if k not in WEBFORMS_EXEMPT} for d in WEBFORMS.values()]
    # (WEBFORMS_CORE, BAND_LABELS, BAND_HEAD and LICENCE_HEAD, ASP.NET's own strings, the developers' generic labels
    # and the web teams' field labels and table heads, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("WEBFORMS", wf_sites), ("UI_NEW", UI_NEW)):
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


