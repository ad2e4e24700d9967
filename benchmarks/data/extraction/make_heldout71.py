#!/usr/bin/env python3
"""Seventy-first held-out part (h71-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout71.py           # write pages/h71-*.html
    python benchmarks/data/extraction/make_heldout71.py --check   # verify pages/h71-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout71.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout72.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h71_en.py / articles_h71_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: food-recall alerts on stories about a bakery, a butcher's, a cheese dairy and a milk
plant recalling their products -- the alert box with the products, their batch codes and best-before dates as a
list, the same products as a table, the "see all current food recalls" link, the "what to do" steps as a numbered
list --, heritage open days finders on stories about buildings opening their doors for a heritage weekend -- the
buildings open this weekend with their times and whether booking is needed as a list, the same as a definition list
card, the "find a building near you" link, the programme search form with its town-or-postcode field, its day select
and its find button --, and trusted-trader directories on stories about a council-backed scheme of vetted
tradespeople -- the "find a trusted trader" form with its trade select, postcode field and search button, the
top-rated local trades as a table with their ratings, the "list your business" link, the postcode search box with
the trades and their ratings as a list --), their wrapper class names, related headlines, site names, the sites' own
strings in the earlier layouts and the first-round furniture strings are new here: none of the sentences of
make_pages.RESIDUE / UI or of the R pools of make_heldout2..70, nor their labels, furniture strings, widget rows,
headlines or site names; verify() refuses to build if one is reused, if a wrapper class name of an earlier part
recurs, if a "new" family is already in an earlier pool, family list, template family or docstring, if a story
paragraph or headline of an earlier part (h69 and h70 included) recurs, if a headline is also a story paragraph, or
if a body is outside 150-400 words.  Every name and number is fictional.  The tables' heads and the forms' field
labels and buttons (RECALL_HEAD, HERITAGE_LABELS, TRADER_LABELS, TRADER_HEAD) are the web teams' generic strings and
not checked; the rows themselves (RECALL_ITEMS, RECALL_STEPS, HERITAGE_OPEN, TRADERS) are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link among them may be run into a paragraph instead): food-recall alerts on an English bakery's seeded
loaves with sesame left off the label (the alert box), a German country butcher's liver sausage in jars (the products
table), a Spanish cheese dairy's fresh goat's cheese (the see-all-recalls link) and a Russian milk plant's curd
cheese (the what-to-do steps); heritage open days finders on twenty-six English buildings opening for a heritage
weekend (the English new-layout page: the buildings-open list), a Turkish old bazaar's khans and bath house (the
times card), a German municipality's own page on the Tag des offenen Denkmals (a Gemeinde on TYPO3: the
find-a-building link, run into a paragraph) and a French pipe factory opening its workshops for the Journées du
patrimoine (the French new-layout page: the programme search form); trusted-trader directories on an English scheme
passing 300 firms after doorstep roofing scams (the search form), an English electrician voted trader of the year
(the top-rated table), a Spanish mancomunidad's register of trusted professionals (the list-your-business link) and
a Russian town's register of checked craftsmen (the postcode box).  Earlier families that need a reason in the
story are placed the same way (a calendar row on a mobile library's timetable, a gallery on a village's new
pond-dipping platform, the cricket scorecards on a club's first league title in 61 years); the other generic
families are balanced over the part, leaving out those the page's site would not print (the story's "kind": a
German municipality on TYPO3 -- no newspaper furniture --, an English village website on uCoz, an independent
neighbourhood publication on Medium, which prints no ads, app, push or print prompts, comment counters or
press-standards lines, and of the newsletter family only its appeal for money); a correction box goes only on a
story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes,
bars, cards, panels, strips and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans,
forms, definition lists and tables, and, for a few families, a line run into the end of a story paragraph (credit,
tip, newsletter pitch, share line, the see-all-recalls link, the find-a-building link, the list-your-business link;
only one line in any paragraph) or a bold section tag run into the start of the first one (on the Russian courtyard
cinema, "section_tag").
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, magazine and sanity), italics (a one-line quote on both new-layout pages, on semantic
and on medium), bold (a one-line paragraph on nextjs and on medium), a highlighted sentence (a <mark> on quintype), a
paragraph in a box (a Gutenberg group, a CKEditor style on drupal), a fact box holding a subheading and its list (a
Fusion custom embed: what a repair café mends), a Ghost callout card (a heritage weekend's opening hours), a
paragraph typed after a <br> (Shift+Enter in Chorus's editor on both new-layout pages, and on chunks); story
structures that look like furniture but are the story: question-and-answer interviews (questions typed in bold, some
of two or three words -- "Worst night up there?", "And Kian?", "Hiç bıktınız mı?", "Ya kışın?", "Et aujourd'hui ?",
"Et la camionnette ?" --, in English, Turkish and French: a town hall clock winder after 40 years, a village miller
after 44, a market knife grinder after 45), lists inside the story (the buildings opening for the first time, a
cricket season's best performers, warning signs of a doorstep scam, a trader award's runners-up, a mobile library's
stops, what a pond-dipping class found, a market hall's stall rents, a repair café's trades, the monuments open in
a German municipality, a night market's rules as a numbered list), crossheads as headings and as bold paragraphs,
one-line quotes and short one-line paragraphs ("“People walk past it every day and never look up.”", "They put on 38
together.", "Anyone else can eat the bread safely.", "Esnafın bir kısmı ise memnun değil.", "« On a retrouvé des pipes
partout, même dans les murs. »", "Et ça marche.", "Al mediodía no quedaba ni un libro.", "«Aquí nadie vigila y nunca
ha faltado nada.»"), a closing line with practical information (maps at a library, refunds for a recalled loaf, a
clock's last winding, an almshouse open afternoon, a doorstep crime line, a junior cricket taster, a library's search
for drivers, a pond group's meetings, a market hall's hours, a mill's visiting days, a butcher's opening hours, the
next repair café, a shuttle bus, a tourist office's hours, a night market's season, a knife grinder's last market, a
dairy's helpline, a consumer office's hours, a book table's anniversary, a milk plant's hotline, a craftsmen's
register's office, the next outdoor film), and story sentences that mention furniture words in ordinary reporting
(visitors asked to "follow the signs rather than their phones", a library that asks drivers to "contact the library"
at the very end, a village website thanking the man "who took all the photos on this website", a repair café whose
"Newsletter" list lies by the cake table, neighbours asked to "поделиться с соседями" at the end of a story), some at
the start or end of the story where furniture usually sits.  Two pages carry no residue at all (an English and a
Turkish interview) and one only its correction line (English almshouses restored for new tenants).
One page layout is new (chorus: an article page of a local site on Vox Media's Chorus platform, as Chorus serves it,
on two pages, an English and a French one): the entry URLs (/<year>/<month>/<entry id>/<slug>) and the images from
the vox-cdn thumbor host in fixed sizes; the head with the OneTrust stub first (otSDKStub.js with its domain script
id, OptanonWrapper), the canonical, description, og: / article: / twitter: metas, the parsely post id, the Chorus
application css from the vox-cdn packs, the JSON-LD NewsArticle, the window.Chorus context and the dataLayer with the
entry's ids, the Concert ads loader; body.entry-template with the entry and community ids as data attributes; the
skip link, div.l-root, the header (c-global-header: menu button, logo, the site's c-nav-list, search, newsletter
link), the leaderboard slot (m-ad, data-concert-ads-name); inside l-wrapper / l-segment the entry hero
(c-entry-hero: the entry group label, h1.c-page-title, h2.c-entry-summary p-dek -- the story's "sub", not in the
truth --, the c-byline with the author link, handle and timestamp, the c-social-buttons with their hidden "all
sharing options for" line repeating the headline, the hero e-image with caption and credit); the l-col__main column
with div.c-entry-content -- p with Chorus's six-letter ids, h3, blockquote, ul / ol, em / strong, <br>, the body
e-image figure after the first paragraph and the related list the editor dropped in further down
(aside.c-float-right > div.c-related-list: this layout's own residue in the container), an empty Concert
in-article slot --, the "Filed under" group labels, the newsletter signup box with its legal small print, the Coral
comments mount and the "More from" compact river; the sidebar (the sidebar slot, "Most Popular" as a c-rock-list);
the footer (the site's links, the Vox Media legal links, the OneTrust "Cookie Settings" button, the copyright line)
and the OneTrust banner (onetrust-consent-sdk with the site's policy text and its three buttons), then the
application js.  Chorus's own strings (CH_CORE, per language) are left as the platform ships them and not checked;
the sites' own strings (CH_SITES: the section links, the group labels, the newsletter box's title and text, the
OneTrust policy text the site configured, the footer's links and copyright) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h69 or h70 gave it (9 English pages, 3 in each other language: English on wordpress, amp,
table, semantic, storybody, hugo, drupal and ucoz; Turkish on nextjs, cms and ghost; German on portal, fusion and
typo3; French on chunks and magazine; Spanish on quintype, regional and medium; Russian on sanity, legacy-br and
gutenberg); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site
rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped
for this part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
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
from articles_h71_en import ARTICLES as H71_EN  # noqa: E402
from articles_h71_intl import ARTICLES as H71_INTL  # noqa: E402


ARTICLES = H71_EN + H71_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70)
# parts whose layouts' languages this part avoids (the two before it; h72 is written at the same time)
LANG_PARTS = (mp69, mp70)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h71"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Millgate and Carbury Advertiser", "Scarlby Beacon", "Thornleigh Weekly Standard", "Ferrybank Evening Sentinel",
           "Holby Bridge and Dales Clarion", "Kettleby Town Crier", "Upper Wray Courant"],
    "tr": ["Denizköy Haber Postası", "Akçadere Yankı", "Sarıkaya Kent Gazetesi"],
    "de": ["Hunsrücker Wochenbote", "Kirchfelder Kreiszeitung"],
    "fr": ["Le Courrier de Saint-Vidal", "La Gazette des Causses et de Lavernède"],
    "es": ["Crónica de Villanueva y su Campiña", "El Heraldo del Jarama"],
    "ru": ["Заречный курьер", "Нижнеозёрская неделя", "Садовое кольцо Нижнеозёрска"],
}
# sites fixed per page (the two Chorus sites, a German municipality on TYPO3, an English village website on uCoz, an
# independent neighbourhood publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h70 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This street-view panel only loads once you allow third-party map cookies: switch them on here", "The reader video below is hidden until you agree to social-media cookies for it"],
        "tr": ["Bu sokak görünümü paneli yalnızca üçüncü taraf harita çerezlerine izin verince yüklenir: buradan açın", "Aşağıdaki okur videosu, sosyal medya çerezlerine onay verene kadar gizli"],
        "de": ["Dieses Straßenansicht-Fenster lädt erst, wenn Sie Karten-Cookies von Drittanbietern erlauben: hier einschalten", "Das Leservideo unten bleibt verborgen, bis Sie den Social-Media-Cookies dafür zustimmen"],
        "fr": ["Ce panneau de vue de rue ne s'affiche qu'après accord pour les cookies cartographiques tiers : activez-les ici", "La vidéo de lecteur ci-dessous reste masquée tant que vous refusez les cookies des réseaux sociaux"],
        "es": ["Este panel de vista de calle solo se carga si permites las cookies de mapas de terceros: actívalas aquí", "El vídeo de un lector que hay debajo se oculta hasta que aceptes las cookies de redes sociales"],
        "ru": ["Панорама улицы загрузится, только если вы разрешите сторонние картографические cookie: включить здесь", "Видео читателя ниже скрыто, пока вы не согласитесь на cookie соцсетей"],
    },
    "newsletter": {
        "en": ["Town Hall Tuesday: one email a week on what the council decided and what it means for your street", "That's your last free town story this month: create an account to keep going", "No paywall on local news here, just readers who chip in: back {site} from £3 a month"],
        "tr": ["Belediye Salısı: meclisin ne karar verdiğini ve sokağınız için ne anlama geldiğini anlatan haftalık bir e-posta", "Bu ayki son ücretsiz kent haberinizdi: devam etmek için bir hesap açın", "Burada yerel habere ödeme duvarı yok, destek veren okurlar var: {site}'ı ayda 50 liradan destekleyin"],
        "de": ["Rathaus-Dienstag: einmal pro Woche, was der Rat beschlossen hat und was das für Ihre Straße heißt", "Das war Ihr letzter freier Stadtartikel in diesem Monat: Konto anlegen und weiterlesen", "Hier gibt es keine Bezahlschranke für Lokales, nur Leser, die etwas geben: {site} ab 3 € im Monat unterstützen"],
        "fr": ["Le Mardi de la mairie : un courriel par semaine sur ce que le conseil a voté et ce que cela change dans votre rue", "C'était votre dernier article gratuit sur la ville ce mois-ci : créez un compte pour continuer", "Pas de paywall sur l'info locale ici, seulement des lecteurs qui donnent : soutenez {site} dès 3 € par mois"],
        "es": ["El Martes del Pleno: un correo a la semana con lo que decidió el ayuntamiento y lo que supone para tu calle", "Era tu última noticia local gratis de este mes: crea una cuenta para seguir", "Aquí no hay muro de pago para lo local, solo lectores que aportan: apoya a {site} desde 3 € al mes"],
        "ru": ["«Вторник в мэрии»: раз в неделю о том, что решил совет и что это значит для вашей улицы", "Это был последний бесплатный материал о городе в этом месяце: создайте аккаунт, чтобы читать дальше", "Здесь нет платного доступа к местным новостям, только читатели, которые помогают: поддержите «{site}» от 150 ₽ в месяц"],
    },
    "share": {
        "en": ["Tell a neighbour: Facebook · WhatsApp · X · Copy link", "Forward this town story to someone on your street ›"],
        "tr": ["Komşunuza anlatın: Facebook · WhatsApp · X · Bağlantıyı kopyala", "Bu kent haberini sokağınızdan birine iletin ›"],
        "de": ["Dem Nachbarn erzählen: Facebook · WhatsApp · X · Link kopieren", "Diesen Stadtartikel an jemanden aus Ihrer Straße weiterleiten ›"],
        "fr": ["Dites-le à un voisin : Facebook · WhatsApp · X · Copier le lien", "Transférer cet article à quelqu'un de votre rue ›"],
        "es": ["Cuéntaselo a un vecino: Facebook · WhatsApp · X · Copiar enlace", "Reenvía esta noticia a alguien de tu calle ›"],
        "ru": ["Расскажите соседу: ВКонтакте · WhatsApp · Telegram · Скопировать ссылку", "Перешлите эту городскую новость кому-нибудь с вашей улицы ›"],
    },
    "photo": {
        "en": ["Picture handed to our town desk by the family", "Snapped by a {site} reader and sent in through our upload page"],
        "tr": ["Fotoğraf, aile tarafından kent masamıza verildi", "Bir {site} okuru çekti, yükleme sayfamızdan gönderdi"],
        "de": ["Bild: von der Familie an unsere Stadtredaktion übergeben", "Aufgenommen von einem Leser von {site}, über unsere Upload-Seite geschickt"],
        "fr": ["Photo confiée à notre rédaction locale par la famille", "Prise par un lecteur de {site} et envoyée via notre page de dépôt"],
        "es": ["Foto entregada por la familia a nuestra redacción local", "Tomada por un lector de {site} y enviada desde nuestra página de subida"],
        "ru": ["Снимок передала в городскую редакцию семья", "Снял читатель «{site}» и прислал через нашу страницу загрузки"],
    },
    "copyright": {
        "en": ["Copyright {site} 2026: no part of this report may be republished or syndicated without a licence from us."],
        "tr": ["{site} 2026 telif hakkı: bu haberin hiçbir bölümü lisansımız olmadan yeniden yayımlanamaz ya da dağıtılamaz."],
        "de": ["Copyright {site} 2026: kein Teil dieses Berichts darf ohne unsere Lizenz erneut veröffentlicht oder weitergegeben werden."],
        "fr": ["Copyright {site} 2026 : aucune partie de ce reportage ne peut être republiée ou cédée sans licence de notre part."],
        "es": ["Copyright {site} 2026: ninguna parte de esta información puede volver a publicarse ni redistribuirse sin nuestra licencia."],
        "ru": ["Copyright «{site}», 2026: ни одну часть этого материала нельзя перепечатывать или передавать без нашей лицензии."],
    },
    "section": {
        "en": ["Latest from our {section} desk in town", "Browse every {section} story from around town ›"],
        "tr": ["Kentteki {section} masamızdan en yeniler", "Kentin dört bir yanından tüm {section} haberlerine göz atın ›"],
        "de": ["Neuestes aus unserem Stadtressort {section}", "Alle Artikel aus {section} rund um die Stadt durchblättern ›"],
        "fr": ["Le plus récent de notre pôle {section} en ville", "Parcourir tous les articles {section} de la ville ›"],
        "es": ["Lo último de nuestra sección de {section} en la ciudad", "Explora todas las noticias de {section} de la ciudad ›"],
        "ru": ["Свежее из городского отдела «{section}»", "Все городские материалы раздела «{section}» ›"],
    },
    "related": {
        "en": ["Elsewhere in town this week", "Catch up on the stories your street is reading"],
        "tr": ["Bu hafta kentin başka köşelerinde", "Sokağınızın okuduğu haberlere yetişin"],
        "de": ["Diese Woche anderswo in der Stadt", "Holen Sie nach, was Ihre Straße gerade liest"],
        "fr": ["Ailleurs en ville cette semaine", "Rattrapez les articles que lit votre rue"],
        "es": ["En otros rincones de la ciudad esta semana", "Ponte al día con lo que lee tu calle"],
        "ru": ["В других районах города на этой неделе", "Наверстайте то, что читает ваша улица"],
    },
    "symbol": {
        "*": ["⬩ ⬥ ⬩ ⬥ ⬩ ⬥", "✷ ∙ ✷ ∙ ✷ ∙ ✷", "◍ ◍ ◍ ◍", "❖ — ❖ — ❖"],
    },
    "credit": {
        "en": ["With additional reporting from the {site} town desk", "This story drew on reporting by our consumer affairs correspondent"],
        "tr": ["Habere {site} kent masası da katkıda bulundu", "Bu haber, tüketici muhabirimizin çalışmasından yararlandı"],
        "de": ["Mit Zuarbeit der Stadtredaktion von {site}", "Dieser Artikel stützt sich auf Recherchen unserer Verbraucherkorrespondentin"],
        "fr": ["Avec la contribution de la rédaction locale de {site}", "Cet article s'appuie sur le travail de notre correspondante consommation"],
        "es": ["Con información adicional de la redacción local de {site}", "Esta noticia se apoya en el trabajo de nuestro corresponsal de consumo"],
        "ru": ["Материал дополнила городская редакция «{site}»", "Материал подготовлен с помощью нашего корреспондента по защите прав потребителей"],
    },
    "ad": {
        "en": ["Sponsored · the article resumes after this", "Your shop in front of the whole town: adverts with {site} from £19"],
        "tr": ["Sponsorlu · haber bunun ardından sürüyor", "Dükkânınız bütün kentin önünde: {site} ile reklam 400 liradan başlıyor"],
        "de": ["Gesponsert · der Artikel geht danach weiter", "Ihr Laden vor der ganzen Stadt: Anzeigen bei {site} ab 19 €"],
        "fr": ["Sponsorisé · l'article reprend après ceci", "Votre boutique sous les yeux de toute la ville : publicité avec {site} dès 19 €"],
        "es": ["Patrocinado · la noticia sigue después", "Tu tienda ante toda la ciudad: anuncios con {site} desde 19 €"],
        "ru": ["Спонсорский материал · статья продолжится ниже", "Ваш магазин перед всем городом: реклама в «{site}» от 1 500 ₽"],
    },
    "continue": {
        "en": ["Tap to carry on reading this town story", "Open the whole article ▾"],
        "tr": ["Bu kent haberini okumaya devam etmek için dokunun", "Haberin tamamını açın ▾"],
        "de": ["Tippen, um diesen Stadtartikel weiterzulesen", "Den ganzen Artikel aufklappen ▾"],
        "fr": ["Touchez pour poursuivre la lecture de cet article", "Déplier tout l'article sur la ville ▾"],
        "es": ["Toca para seguir leyendo esta noticia local", "Desplegar la noticia entera ▾"],
        "ru": ["Нажмите, чтобы дочитать городскую новость", "Развернуть материал целиком ▾"],
    },
    "comments": {
        "en": ["{n} neighbours are talking about this", "Read the {n} comments and add yours ›"],
        "tr": ["{n} komşu bunu konuşuyor", "{n} yorumu okuyun, siz de yazın ›"],
        "de": ["{n} Nachbarn reden darüber", "Die {n} Kommentare lesen und mitreden ›"],
        "fr": ["{n} voisins en parlent", "Lire les {n} commentaires et ajouter le vôtre ›"],
        "es": ["{n} vecinos están hablando de esto", "Lee los {n} comentarios y deja el tuyo ›"],
        "ru": ["Это обсуждают {n} соседей", "Прочитать {n} комментариев и оставить свой ›"],
    },
    "readtime": {
        "en": ["A {m}-minute read from the town desk", "Reading time: about {m} mins"],
        "tr": ["Kent masasından {m} dakikalık okuma", "Kent haberi, okuma süresi yaklaşık {m} dk"],
        "de": ["{m} Minuten Lektüre aus der Stadtredaktion", "Lesezeit: etwa {m} Min."],
        "fr": ["{m} minutes de lecture signées par la rédaction locale", "Temps de lecture estimé pour la ville : {m} min"],
        "es": ["{m} minutos de lectura desde la redacción local", "Noticia local, se lee en unos {m} min"],
        "ru": ["{m} минуты чтения от городской редакции", "Городская новость читается примерно за {m} мин"],
    },
    "updated": {
        "en": ["Story updated {d}, {t}, to add the firm's response", "Last checked and updated {d} at {t}"],
        "tr": ["Haber {d}, {t} itibarıyla firmanın yanıtıyla güncellendi", "Son kontrol ve güncelleme: {d}, saat {t}"],
        "de": ["Artikel aktualisiert am {d}, {t} Uhr, mit der Antwort des Unternehmens", "Zuletzt geprüft und aktualisiert am {d} um {t} Uhr"],
        "fr": ["Article mis à jour le {d} à {t} avec la réponse de l'entreprise", "Dernière vérification et mise à jour le {d} à {t}"],
        "es": ["Noticia actualizada el {d} a las {t} con la respuesta de la empresa", "Revisada y actualizada por última vez el {d} a las {t}"],
        "ru": ["Материал обновлён {d} в {t}: добавлен ответ предприятия", "Последняя проверка и обновление: {d}, {t}"],
    },
    "audio": {
        "en": ["🎧 Hear this town story read aloud ({m} min)", "Listen instead: an audio version of {m} minutes"],
        "tr": ["🎧 Bu kent haberini sesli dinleyin ({m} dk)", "Okumak yerine dinleyin: {m} dakikalık sesli sürüm"],
        "de": ["🎧 Diesen Stadtartikel vorlesen lassen ({m} Min.)", "Lieber hören: eine Audiofassung von {m} Minuten"],
        "fr": ["🎧 Écouter cet article lu à voix haute ({m} min)", "Plutôt écouter : une version audio de {m} minutes"],
        "es": ["🎧 Escucha esta noticia leída en voz alta ({m} min)", "Mejor escúchala: una versión en audio de {m} minutos"],
        "ru": ["🎧 Послушать эту городскую новость ({m} мин)", "Лучше послушать: аудиоверсия на {m} минуты"],
    },
    "app": {
        "en": ["Get {site} on your phone: breaking town news, bin days and roadworks in one app", "Carry this town story over to the {site} app ›"],
        "tr": ["{site} cebinizde: son dakika kent haberleri, çöp günleri ve yol çalışmaları tek uygulamada", "Bu kent haberini {site} uygulamasına taşıyın ›"],
        "de": ["{site} aufs Handy: Eilmeldungen, Abfuhrtermine und Baustellen in einer App", "Diesen Stadtartikel in der App von {site} weiterlesen ›"],
        "fr": ["{site} dans votre poche : alertes, jours de collecte et travaux dans une seule appli", "Poursuivre cet article sur la ville dans l'appli {site} ›"],
        "es": ["{site} en tu móvil: última hora, días de recogida y obras en una sola app", "Sigue esta noticia local en la app de {site} ›"],
        "ru": ["«{site}» в телефоне: срочные новости, вывоз мусора и ремонт дорог в одном приложении", "Дочитать городскую новость в приложении «{site}» ›"],
    },
    "bio": {
        "en": ["{by} reports on {section} for {site} and has lived in the town for most of their life.", "Everything {by} has written for the town desk ›"],
        "tr": ["{by}, {site} için {section} haberlerini izliyor ve hayatının çoğunu bu kentte geçirdi.", "{by} imzalı tüm yazılar ›"],
        "de": ["{by} schreibt für {site} über {section} und lebt fast schon immer in der Stadt.", "Alle Stadtartikel von {by} ›"],
        "fr": ["{by} suit la rubrique {section} pour {site} et a passé presque toute sa vie en ville.", "Tous les articles locaux signés {by} ›"],
        "es": ["{by} informa sobre {section} para {site} y ha vivido casi toda su vida en la ciudad.", "Todo lo firmado por {by} ›"],
        "ru": ["{by} пишет для «{site}» о теме «{section}» и почти всю жизнь прожил в этом городе.", "Все материалы автора {by} ›"],
    },
    "tip": {
        "en": ["Know something the town should hear about? Email the town desk at news@towndesk.example", "Text or call the newsroom: 07700 900 733"],
        "tr": ["Kentin duyması gereken bir şey mi biliyorsunuz? Kent masasına yazın: haber@kentmasasi.example", "Haber merkezine mesaj atın ya da arayın: 0 (533) 900 73 30"],
        "de": ["Sie wissen mehr als wir? Schreiben Sie der Stadtredaktion: hinweis@stadtredaktion.example", "SMS oder Anruf an die Redaktion: 0160 900 73 30"],
        "fr": ["Vous savez quelque chose qu'on ignore ? Écrivez à la rédaction locale : signalement@redaction-locale.example", "SMS ou appel à la rédaction : 07 00 90 07 33"],
        "es": ["¿Sabes algo que la ciudad debería oír? Escribe a la redacción local: pistas@redaccion-local.example", "Mensaje o llamada a la redacción: 611 900 733"],
        "ru": ["Знаете то, о чём стоит услышать городу? Пишите в городскую редакцию: novosti@gorodskaya-redakciya.example", "СМС или звонок в редакцию: +7 900 000-73-30"],
    },
    "typo": {
        "en": ["Found a typo in this town story? Highlight the words and hit Ctrl+Enter to flag it"],
        "tr": ["Bu kent haberinde yazım hatası mı buldunuz? İşaretleyip Ctrl+Enter'a basın"],
        "de": ["Tippfehler in diesem Stadtartikel gefunden? Wörter markieren und mit Strg+Enter an die Stadtredaktion melden"],
        "fr": ["Une coquille dans cet article sur la ville ? Surlignez les mots puis appuyez sur Ctrl+Entrée pour nous la signaler"],
        "es": ["¿Una errata en esta noticia local? Márcala y pulsa Ctrl+Intro"],
        "ru": ["Нашли опечатку в этой городской новости? Выделите её и нажмите Ctrl+Enter"],
    },
    "push": {
        "en": ["Want a ping when something big happens in town? Allow {site} notifications · No thanks"],
        "tr": ["Kentte önemli bir şey olduğunda haber almak ister misiniz? {site} bildirimlerine izin ver · Hayır, teşekkürler"],
        "de": ["Eine Meldung, wenn in der Stadt etwas Großes passiert? Benachrichtigungen von {site} erlauben · Nein danke"],
        "fr": ["Être prévenu quand il se passe quelque chose d'important en ville ? Autoriser les notifications de {site} · Non merci"],
        "es": ["¿Quieres un aviso cuando pase algo gordo en la ciudad? Permitir notificaciones de {site} · No, gracias"],
        "ru": ["Хотите узнавать, когда в городе случается что-то важное? Разрешить уведомления «{site}» · Нет, спасибо"],
    },
    "print": {
        "en": ["Options: Print this page · Save as PDF · Send by email", "Print a tidy copy of this story"],
        "tr": ["Seçenekler: Bu sayfayı yazdır · PDF olarak kaydet · E-postayla gönder", "Bu haberin düzenli bir kopyasını yazdırın"],
        "de": ["Optionen: Seite drucken · Als PDF speichern · Per E-Mail senden", "Eine saubere Druckfassung dieses Artikels"],
        "fr": ["Options : Imprimer la page · Enregistrer en PDF · Envoyer par courriel", "Imprimer une version propre de cet article"],
        "es": ["Opciones: Imprimir la página · Guardar como PDF · Enviar por correo", "Imprime una copia limpia de esta noticia"],
        "ru": ["Действия: Распечатать страницу · Сохранить в PDF · Отправить по почте", "Распечатать аккуратную копию материала"],
    },
    "feedback": {
        "en": ["Did this town story answer your questions? Yes, fully · Partly · No"],
        "tr": ["Bu kent haberi sorularınızı yanıtladı mı? Evet, tamamen · Kısmen · Hayır"],
        "de": ["Hat dieser Stadtartikel Ihre Fragen beantwortet? Ja, ganz · Teilweise · Nein"],
        "fr": ["Cet article sur la ville a-t-il répondu à vos questions ? Oui, tout à fait · En partie · Non"],
        "es": ["¿Ha resuelto tus dudas esta noticia local? Sí, del todo · En parte · No"],
        "ru": ["Ответила ли эта городская новость на ваши вопросы? Да, полностью · Отчасти · Нет"],
    },
    "standards": {
        "en": ["{site} is regulated by IPSO and publishes every correction it makes to town stories. To raise a concern, write to corrections@towndesk.example."],
        "tr": ["{site}, basın ahlak ilkelerine uyar ve kent haberlerindeki her düzeltmeyi yayımlar. Bir kaygınızı iletmek için duzeltme@kentmasasi.example adresine yazın."],
        "de": ["{site} hält sich an den Pressekodex und veröffentlicht jede Korrektur an Stadtartikeln. Beschwerden bitte an korrektur@stadtredaktion.example."],
        "fr": ["{site} respecte la charte de Munich et publie chaque rectificatif apporté aux articles locaux. Pour signaler un problème : rectificatif@redaction-locale.example."],
        "es": ["{site} sigue el código deontológico de la FAPE y publica cada corrección de sus noticias locales. Para plantear una queja: correcciones@redaccion-local.example."],
        "ru": ["«{site}» следует кодексу профессиональной этики и публикует каждое исправление в городских новостях. Претензии направляйте на ispravleniya@gorodskaya-redakciya.example."],
    },
    "topics": {
        "en": ["More on: {section} · our town · consumer news", "Get updates when we write about {section} ›"],
        "tr": ["Daha fazlası: {section} · kentimiz · tüketici haberleri", "{section} hakkında yazdığımızda haberdar olun ›"],
        "de": ["Mehr zu: {section} · unsere Stadt · Verbraucher", "Benachrichtigen, sobald die Stadtredaktion über {section} schreibt ›"],
        "fr": ["Plus sur : {section} · notre ville · consommation", "Être averti quand nous écrivons sur {section} ›"],
        "es": ["Más sobre: {section} · nuestra ciudad · consumo", "Avísame cuando escribáis sobre {section} ›"],
        "ru": ["Ещё по темам: {section} · наш город · потребителям", "Сообщать, когда городская редакция пишет на тему «{section}» ›"],
    },
    "bookmark": {
        "en": ["☆ Add to your reading list"],
        "tr": ["☆ Okuma listenize ekleyin"],
        "de": ["☆ Zur Leseliste hinzufügen"],
        "fr": ["☆ Ajouter à votre liste de lecture"],
        "es": ["☆ Añadir a tu lista de lectura"],
        "ru": ["☆ Добавить в список для чтения"],
    },
    "poll": {
        "en": ["Have your say: would you use this yourself? Definitely · Maybe · Never", "Town results appear once you have voted"],
        "tr": ["Siz ne dersiniz: bunu kendiniz kullanır mıydınız? Kesinlikle · Belki · Asla", "Kentin sonuçları oy verdikten sonra görünür"],
        "de": ["Ihre Meinung: Würden Sie das selbst nutzen? Auf jeden Fall · Vielleicht · Nie", "Ergebnisse erscheinen nach der Abstimmung"],
        "fr": ["À vous : l'utiliseriez-vous vous-même ? Sûrement · Peut-être · Jamais", "Les résultats s'affichent une fois votre vote enregistré"],
        "es": ["Opina: ¿lo usarías tú? Seguro · Quizá · Nunca", "Los resultados de la ciudad aparecen cuando hayas votado"],
        "ru": ["Ваше мнение: воспользовались бы вы этим сами? Обязательно · Возможно · Никогда", "Результаты по городу появятся после голосования"],
    },
    "embed": {
        "en": ["{handle} shared this on Instagram: tap to see the town post", "Play the clip {handle} filmed in town on YouTube ›"],
        "tr": ["{handle} bunu Instagram'da paylaştı: kent gönderisini görmek için dokunun", "{handle} hesabının kentte çektiği klibi YouTube'da oynatın ›"],
        "de": ["{handle} hat das auf Instagram geteilt: tippen, um den Stadtbeitrag zu sehen", "Den Clip, den {handle} in der Stadt gedreht hat, auf YouTube abspielen ›"],
        "fr": ["{handle} l'a partagé sur Instagram : touchez pour voir la publication en ville", "Lancer sur YouTube l'extrait filmé en ville par {handle} ›"],
        "es": ["{handle} lo compartió en Instagram: toca para ver la publicación de la ciudad", "Reproduce en YouTube el clip que grabó {handle} en la ciudad ›"],
        "ru": ["{handle} поделился этим в Instagram: нажмите, чтобы открыть городскую публикацию", "Запустить на YouTube ролик, снятый {handle} в городе ›"],
    },
    "gallery": {
        "en": ["📷 Swipe through {g} photos", "View all {g} pictures from the day ›"],
        "tr": ["📷 {g} fotoğrafı kaydırarak gezin", "Günün {g} fotoğrafının hepsini görün ›"],
        "de": ["📷 Durch {g} Fotos wischen", "Alle {g} Bilder des Tages ansehen ›"],
        "fr": ["📷 Faites défiler {g} photos", "Voir les {g} images de la journée ›"],
        "es": ["📷 Desliza entre {g} fotos", "Ver las {g} imágenes de la jornada ›"],
        "ru": ["📷 Листайте {g} фотографий", "Все {g} снимков этого дня ›"],
    },
    "map": {
        "en": ["Open a bigger map in a new tab", "Route to it: Google Maps · Apple Maps · Moovit · Bus times"],
        "tr": ["Daha büyük haritayı yeni sekmede açın", "Oraya gidin: Google Haritalar · Apple Haritalar · Moovit · Otobüs saatleri"],
        "de": ["Größere Karte in neuem Tab öffnen", "Route: Google Maps · Apple Karten · Komoot"],
        "fr": ["Ouvrir une carte plus grande dans un nouvel onglet", "Pour y aller : Google Maps · Plans · Moovit · Horaires de bus"],
        "es": ["Abrir un mapa más grande en otra pestaña", "Llegar hasta allí: Google Maps · Apple Mapas · Moovit · Horarios de bus"],
        "ru": ["Открыть карту побольше в новой вкладке", "Как доехать: Яндекс Карты · 2ГИС · Расписание автобусов"],
    },
    "calendar": {
        "en": ["Save the dates: Google · Outlook · Apple · download .ics", "Send me a reminder the week before ›"],
        "tr": ["Tarihleri kaydedin: Google · Outlook · Apple · .ics indir", "Bir hafta önce bana hatırlatma gönderin ›"],
        "de": ["Termine speichern: Google · Outlook · Apple · .ics laden", "Eine Woche vorher erinnern ›"],
        "fr": ["Enregistrer les dates : Google · Outlook · Apple · télécharger le .ics", "M'envoyer un rappel la semaine précédente ›"],
        "es": ["Guarda las fechas: Google · Outlook · Apple · descargar .ics", "Mándame un recordatorio la semana antes ›"],
        "ru": ["Сохранить даты: Google · Outlook · Apple · скачать .ics", "Напомнить за неделю ›"],
    },
    "scores": {
        "en": ["Every league table and scorecard from the weekend ›", "Cricket: Scorecards · Tables · Averages · Fixtures"],
        "tr": ["Hafta sonunun tüm puan tabloları ve skor kartları ›", "Kriket: Skor kartları · Tablolar · Ortalamalar · Fikstür"],
        "de": ["Alle Tabellen und Spielberichtsbögen vom Wochenende ›", "Cricket: Spielbögen · Tabellen · Durchschnitte · Spielplan"],
        "fr": ["Tous les classements et feuilles de match du week-end ›", "Cricket : Feuilles de match · Classements · Moyennes · Calendrier"],
        "es": ["Todas las clasificaciones y actas del fin de semana ›", "Críquet: Actas · Clasificaciones · Promedios · Calendario"],
        "ru": ["Все таблицы и протоколы матчей выходных ›", "Крикет: Протоколы · Таблицы · Средние · Календарь"],
    },
    "correction": {
        "en": ["We corrected this town story after it first went online."],
        "tr": ["Bu kent haberini ilk yayından sonra düzelttik."],
        "de": ["Dieser Artikel wurde nach der Erstveröffentlichung korrigiert."],
        "fr": ["Nous avons corrigé cet article sur la ville après sa mise en ligne."],
        "es": ["Esta noticia se ha corregido tras su primera publicación."],
        "ru": ["После первой публикации в материал внесена правка."],
    },
    # the three families new in this part
    "foodrecall": {
        "en": ["Food recall alert", "Products affected by this recall", "See all current food recalls ›", "Bought one of these? What to do"],
        "tr": ["Gıda geri çağırma uyarısı", "Geri çağırmadan etkilenen ürünler", "Güncel tüm gıda geri çağırmalarını görün ›", "Bunlardan birini mi aldınız? Ne yapmalı"],
        "de": ["Lebensmittel-Rückrufwarnung", "Von diesem Rückruf betroffene Produkte", "Alle aktuellen Lebensmittelrückrufe ansehen ›", "Eines davon gekauft? Das ist zu tun"],
        "fr": ["Alerte rappel de produit alimentaire", "Produits concernés par ce rappel", "Voir tous les rappels alimentaires en cours ›", "Vous en avez acheté ? Que faire"],
        "es": ["Alerta de retirada de alimentos", "Productos afectados por esta retirada", "Ver todas las alertas alimentarias vigentes ›", "¿Compraste alguno de estos productos? Esto es lo que debes hacer"],
        "ru": ["Внимание: отзыв продуктов", "Продукция, которую отзывают", "Все действующие отзывы продуктов ›", "Купили такой продукт? Что делать"],
    },
    "heritagedays": {
        "en": ["Open this weekend: heritage open days", "Heritage weekend: times and booking", "Find a building near you ›", "Search the heritage open days programme"],
        "tr": ["Bu hafta sonu açık: Miras Günleri", "Miras hafta sonu: saatler ve rezervasyon", "Yakınınızdaki bir yapıyı bulun ›", "Miras Günleri programında arayın"],
        "de": ["Dieses Wochenende geöffnet: Tag des offenen Denkmals", "Denkmalwochenende: Zeiten und Anmeldung", "Ein Denkmal in Ihrer Nähe finden ›", "Im Programm zum Denkmaltag suchen"],
        "fr": ["Ouverts ce week-end : Journées du patrimoine", "Week-end du patrimoine : horaires et réservation", "Trouver un monument près de chez vous ›", "Chercher dans le programme des Journées du patrimoine"],
        "es": ["Abiertos este fin de semana: jornadas de puertas abiertas del patrimonio", "Fin de semana del patrimonio: horarios y reservas", "Encuentra un edificio cerca de ti ›", "Busca en el programa de puertas abiertas del patrimonio"],
        "ru": ["Открыто в эти выходные: дни наследия", "Выходные наследия: часы и запись", "Найти здание рядом с вами ›", "Поиск по программе дней наследия"],
    },
    "traderdirectory": {
        "en": ["Find a trusted trader", "Top-rated local trades", "List your business with the scheme ›", "Search trusted traders by postcode"],
        "tr": ["Güvenilir bir usta bulun", "En yüksek puanlı yerel ustalar", "İşletmenizi listeye ekleyin ›", "Posta koduna göre güvenilir usta arayın"],
        "de": ["Geprüften Handwerker finden", "Bestbewertete Betriebe vor Ort", "Ihren Betrieb eintragen lassen ›", "Geprüfte Handwerker nach Postleitzahl suchen"],
        "fr": ["Trouver un artisan de confiance", "Les artisans du coin les mieux notés", "Inscrire votre entreprise à l'annuaire ›", "Chercher un artisan de confiance par code postal"],
        "es": ["Encuentra un profesional de confianza", "Los oficios mejor valorados de la zona", "Da de alta tu negocio en el registro ›", "Busca profesionales de confianza por código postal"],
        "ru": ["Найти проверенного мастера", "Мастера с лучшими оценками", "Добавить свою мастерскую в реестр ›", "Искать проверенных мастеров по индексу"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"foodrecall": [0, 1, 2, 3], "heritagedays": [0, 1, 2, 3], "traderdirectory": [0, 1, 2, 3]}
# the recall alert: product, batch codes, best-before dates
RECALL_ITEMS = {
    "en": [("Harvest Seeded loaf, 800g", "batch HD0226 and HD0227", "best before 6 and 7 March 2026"),
           ("Five Grain Bloomer, 400g", "batch FG0226", "best before 6 March 2026"),
           ("Seeded Tin, 400g", "all batches from 14 February", "best before up to 8 March 2026")],
    "tr": [("Köy tereyağı, 250 g", "parti no. KT-0412", "TETT 18.05.2026"), ("Süzme yoğurt, 1 kg", "parti no. SY-0409 ve SY-0410", "TETT 22.04.2026")],
    "de": [("Hausmacher Leberwurst im Glas, 200 g", "Charge 0126-LW", "MHD 14.03.2026"), ("Hausmacher Leberwurst im Glas, 200 g", "Charge 0226-LW", "MHD 21.03.2026"),
           ("Hausmacher Leberwurst im Glas, 200 g", "Charge 0326-LW", "MHD 28.03.2026")],
    "fr": [("Rillettes de canard, pot de 180 g", "lot RC2603", "DLC 30/03/2026"), ("Pâté de campagne, terrine de 300 g", "lot PC2604", "DLC 02/04/2026")],
    "es": [("Queso fresco de cabra, tarrina de 250 g", "lote 0412A", "consumo preferente 28/04/2026"), ("Queso fresco de cabra, tarrina de 250 g", "lote 0413A", "consumo preferente 29/04/2026"),
           ("Queso fresco de cabra, tarrina de 250 g", "lote 0415B", "consumo preferente 01/05/2026")],
    "ru": [("Творог 9%, 200 г", "партия 1803-Т", "годен до 02.04.2026"), ("Творог 9%, 200 г", "партия 1903-Т", "годен до 03.04.2026")],
}
# what to do: numbered steps
RECALL_STEPS = {
    "en": ["Do not eat it if you have a sesame allergy", "Take it back to the shop for a full refund", "No receipt is needed"],
    "tr": ["Ürünü tüketmeyin", "Satın aldığınız yere iade edin", "Fiş olmadan da para iadesi yapılır"],
    "de": ["Nicht verzehren", "Im Geschäft zurückgeben", "Kaufpreis wird auch ohne Bon erstattet"],
    "fr": ["Ne pas consommer", "Rapporter le produit au magasin", "Remboursement même sans ticket"],
    "es": ["No consumir", "Devolver en el punto de venta", "Se reembolsa aunque no conserves el tique"],
    "ru": ["Не употреблять", "Вернуть в магазин", "Деньги вернут без чека"],
}
# the buildings open: building, times, booking
HERITAGE_OPEN = {
    "en": [("Quarry Lane pumping station", "Sat and Sun 10am–4pm, engine in steam hourly", "no booking"),
           ("Corn exchange clock room", "Sat 11am, 1pm and 3pm tours", "booking essential"),
           ("Friends' meeting house, Tanner Row", "Sun 12pm–4pm", "no booking")],
    "tr": [("Kapanca Hanı", "Cumartesi–pazar 10.00–17.00", "rezervasyon gerekmez"), ("Saat kulesi makine dairesi", "Her saat başı, 8 kişilik gruplar", "rezervasyon şart"),
           ("Çukur Hamam soğukluk bölümü", "Pazar 11.00–16.00", "rezervasyon gerekmez")],
    "de": [("Zehntscheune am Kirchplatz", "So 10–17 Uhr, Führungen 11 und 15 Uhr", "ohne Anmeldung"), ("Kirche St. Nikolaus, Turm", "So 12–16 Uhr, je 10 Personen", "Anmeldung im Pfarrbüro"),
           ("Ölmühle Unterhollerbach", "So 10–17 Uhr, Pressenvorführung 14 Uhr", "ohne Anmeldung")],
    "fr": [("Manufacture de pipes, rue des Fours", "samedi et dimanche, 10 h–18 h", "sans réservation"), ("Réservoirs du château d'eau", "samedi et dimanche, groupes de 12 personnes", "réservation obligatoire"),
           ("Chapelle de l'hôpital Saint-Lazare", "dimanche 14 h–18 h", "sans réservation")],
    "es": [("Antiguo pósito", "sábado y domingo, 10.00–14.00", "sin reserva"), ("Torre de la colegiata", "sábado, pases cada hora", "reserva obligatoria")],
    "ru": [("Усадьба купца Треногина", "сб и вс с 10 до 17", "без записи"), ("Водонапорная башня на Заводской", "сб, группы по 10 человек", "по записи")],
}
# the postcode / town search form labels and buttons are in HERITAGE_LABELS / TRADER_LABELS (not checked)
# the trades: trade, firm, rating
TRADERS = {
    "en": [("Roofer", "Pennock & Sons Roofing", "9.8 / 10 (146 reviews)"), ("Electrician", "Lowery Electrical", "9.9 / 10 (211 reviews)"),
           ("Plumber", "Doshi Plumbing and Heating", "9.7 / 10 (98 reviews)"), ("Locksmith", "Attwood Locks", "9.6 / 10 (64 reviews)")],
    "tr": [("Tesisatçı", "Aydemir Tesisat", "4,9 / 5 (72 yorum)"), ("Elektrikçi", "Karaman Elektrik", "4,8 / 5 (51 yorum)")],
    "de": [("Dachdecker", "Dachbau Kessler", "4,9 / 5 (88 Bewertungen)"), ("Elektriker", "Elektro Bruckner", "4,8 / 5 (63 Bewertungen)")],
    "fr": [("Plombier", "Plomberie Vidal", "4,9 / 5 (57 avis)"), ("Serrurier", "Serrurerie du Pont", "4,7 / 5 (39 avis)")],
    "es": [("Fontanero", "Fontanería Hermanos Quirós", "9,6 / 10 (83 valoraciones)"), ("Electricista", "Electricidad Cebrián", "9,8 / 10 (120 valoraciones)"),
           ("Cerrajero", "Cerrajería El Puente", "9,4 / 10 (47 valoraciones)")],
    "ru": [("Сантехник", "Андрей Лопатин", "4,9 из 5 (64 отзыва)"), ("Электрик", "ИП Жаворонков", "4,8 из 5 (41 отзыв)"),
           ("Плиточник", "Мастерская «Кафель»", "4,7 из 5 (29 отзывов)")],
}
WIDGET_ROWS = (("recall items", RECALL_ITEMS), ("recall steps", RECALL_STEPS), ("heritage open", HERITAGE_OPEN), ("traders", TRADERS))

# headlines of the linked stories (related lists, sidebars, river of stories, "more from this section")
HEADLINES = {
    "en": ["Level crossing at Fell Road shut overnight for new barriers", "Cinema above the Co-op to reopen after forty years",
           "Allotment waiting list in Millgate hits nine years", "Swans move back to the canal basin after dredging",
           "Former police station sold at auction for £212,000", "Lollipop lady's retirement brings school traffic to a standstill"],
    "tr": ["Demiryolu geçidi yeni bariyerler için bir gece kapalı", "Kooperatifin üstündeki sinema kırk yıl sonra yeniden açılıyor",
           "Hobi bahçesi için bekleme listesi dokuz yıla çıktı", "Kuğular temizlenen kanal havzasına geri döndü",
           "Eski karakol binası açık artırmada satıldı", "Okul geçidi görevlisinin emekliliği trafiği durdurdu"],
    "de": ["Bahnübergang an der Feldstraße nachts für neue Schranken gesperrt", "Kino über dem Konsum öffnet nach vierzig Jahren wieder",
           "Wartezeit auf einen Kleingarten steigt auf neun Jahre", "Schwäne kehren nach dem Ausbaggern ins Hafenbecken zurück",
           "Altes Polizeirevier bei Versteigerung verkauft", "Abschied der Schullotsin legt Verkehr vor der Grundschule lahm"],
    "fr": ["Le passage à niveau de la route des Fours fermé une nuit pour de nouvelles barrières", "Le cinéma au-dessus de la coopérative rouvre après quarante ans",
           "Neuf ans d'attente pour une parcelle aux jardins familiaux", "Les cygnes reviennent dans le bassin du canal après le curage",
           "L'ancien commissariat vendu aux enchères", "Le départ de la dame du passage piéton paralyse la sortie d'école"],
    "es": ["Cortado una noche el paso a nivel del camino del Molino para cambiar las barreras", "El cine de encima de la cooperativa reabre cuarenta años después",
           "La lista de espera de los huertos urbanos llega a nueve años", "Los cisnes vuelven a la dársena del canal tras el dragado",
           "Subastado el antiguo cuartel de la Policía Local", "La jubilación de la guardia del paso de cebra colapsa la salida del colegio"],
    "ru": ["Переезд на Полевой закроют на ночь для замены шлагбаумов", "Кинозал над универмагом откроется через сорок лет",
           "Очередь на садовый участок выросла до девяти лет", "Лебеди вернулись в затон после расчистки",
           "Бывшее здание милиции продали с аукциона", "Проводы регулировщицы у школы остановили движение"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["es"]
TEASERS = {
    "es": ["Adif aprovechará el corte para renovar también las señales luminosas.",
           "Una asociación de vecinos ha comprado las butacas de un cine que cerró en Zamora.",
           "Hay 212 personas apuntadas para 48 parcelas.",
           "La pareja de cisnes anidó en la misma caseta que hace cinco años.",
           "El comprador, una cooperativa de viviendas, quiere hacer pisos de alquiler.",
           "Padres y alumnos formaron un pasillo para despedir a Remedios tras 27 años."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Town centre and high street", "Town hall and ward elections", "Crime, courts and inquests", "Town schools, nurseries and colleges", "Local sport round-up", "Things to do this weekend", "Births, marriages and deaths"],
               cookie="We and our partners store and access information on your device, such as cookies, to run this site, measure audiences and personalise adverts that pay for local journalism. Choose Agree or Manage choices.",
               accept="Agree and read on", reject="Manage choices", share="Pass this town story to a friend",
               related="Also being read in town", newsletter="The Town Brief: five local stories at lunchtime, every weekday",
               subscribe="Get The Town Brief", email="you@townbrief.example",
               comment_note="Comments are checked by the town desk before they appear. Keep it civil and on the story; the people you write about may be reading.",
               closed="We have closed comments on this town story.",
               footer=["Contact the town desk", "Complaints and corrections procedure", "How the town titles use your data", "Advertise in the town titles", "House rules for comments"],
               rights="Everything on this site belongs to its publisher. Ask before you reuse it.",
               commenters=[("GreenwayGeoff", "Good news for once, fair play to all of them."),
                           ("Lyn from Carbury", "About time too, we've been asking for years.")]),
    "tr": dict(nav=["Şehir merkezi ve çarşı", "Belediye ve mahalle seçimleri", "Asayiş, mahkemeler ve soruşturmalar", "Kentin okulları, kreşleri ve kursları", "Yerel spor özeti", "Hafta sonu ne yapılır", "Doğum, nikâh ve vefat ilanları"],
               cookie="Biz ve ortaklarımız, bu siteyi çalıştırmak, ziyaretçileri ölçmek ve yerel gazeteciliği finanse eden reklamları kişiselleştirmek için cihazınızda çerez gibi bilgileri saklar ve bunlara erişiriz. Kabul et ya da Tercihleri yönet'i seçin.",
               accept="Kabul ediyorum, habere geç", reject="Tercihleri yönet", share="Bu kent haberini bir dostunuza iletin",
               related="Kentte bunlar da okunuyor", newsletter="Kent Özeti: öğle saatinde beş yerel haber, hafta içi her gün",
               subscribe="Kent Özeti'ni alın", email="siz@kentozeti.example",
               comment_note="Yorumlar yayımlanmadan önce kent masası tarafından kontrol edilir. Saygılı olun ve haberin konusunda kalın; hakkında yazdığınız kişiler de okuyor olabilir.",
               closed="Bu kent haberine yorumları kapattık.",
               footer=["Kent masasına ulaşın", "Şikâyet ve düzeltme yöntemi", "Kent yayınları verilerinizi nasıl kullanır", "Kent yayınlarına reklam verin", "Yorum kuralları"],
               rights="Bu sitedeki her şey yayıncısına aittir. Yeniden kullanmadan önce sorun.",
               commenters=[("Balikpazarli_Nuri", "Sonunda güzel bir haber, herkesin eline sağlık."),
                           ("Hatice Öğretmen", "Yıllardır istiyorduk, geç de olsa oldu.")]),
    "de": dict(nav=["Innenstadt und Einkaufsstraße", "Rathaus und Ortsbeiratswahlen", "Blaulicht, Amtsgericht und Ermittlungen in der Stadt", "Schulen, Kitas und Horte der Stadt", "Lokalsport kompakt", "Was am Wochenende in der Stadt los ist", "Geburten, Hochzeiten und Todesfälle"],
               cookie="Wir und unsere Partner speichern Informationen wie Cookies auf Ihrem Gerät und greifen darauf zu, um diese Seite zu betreiben, Reichweite zu messen und Werbung zu personalisieren, die Lokaljournalismus bezahlt. Wählen Sie Zustimmen oder Meine Auswahl treffen.",
               accept="Zustimmen und weiterlesen", reject="Meine Auswahl treffen", share="Diesen Artikel an Freunde schicken",
               related="Das lesen andere in der Stadt", newsletter="Das Stadtbriefing: fünf Lokalnachrichten zur Mittagszeit, werktags",
               subscribe="Stadtbriefing bestellen", email="sie@stadtbriefing.example",
               comment_note="Kommentare prüft die Stadtredaktion, bevor sie erscheinen. Bleiben Sie sachlich und beim Thema; die Menschen, über die Sie schreiben, lesen vielleicht mit.",
               closed="Wir haben die Kommentare zu diesem Stadtartikel geschlossen.",
               footer=["Kontakt zur Stadtredaktion", "Beschwerden und Korrekturen der Stadtredaktion", "Wie die Stadttitel Ihre Daten nutzen", "Anzeigen in den Stadttiteln", "Hausordnung für Kommentare"],
               rights="Alles auf dieser Seite gehört dem Verlag. Fragen Sie, bevor Sie etwas übernehmen.",
               commenters=[("Hunsrueck_Hans", "Endlich mal was Gutes, Respekt an alle."),
                           ("Renate K. aus Kirchfeld", "Hat ja lange genug gedauert.")]),
    "fr": dict(nav=["Centre-ville et commerces", "Mairie et élections de quartier", "Faits divers, tribunal et enquêtes en ville", "Écoles, crèches et collèges de la ville", "Le sport local en bref", "Que faire en ville ce week-end", "Naissances, mariages et avis de décès"],
               cookie="Nos partenaires et nous stockons et consultons des informations sur votre appareil, comme des cookies, pour faire fonctionner ce site, mesurer l'audience et personnaliser les publicités qui financent l'information locale. Choisissez Accepter ou Faire mes propres choix.",
               accept="J'accepte, direction l'article sur la ville", reject="Faire mes propres choix", share="Transmettre cet article sur la ville à un proche",
               related="On lit aussi en ville", newsletter="Le Point de midi : cinq infos locales à l'heure du déjeuner, en semaine",
               subscribe="Recevoir le Point de midi", email="vous@pointdemidi.example",
               comment_note="La rédaction locale vérifie les commentaires avant leur parution. Restez courtois et dans le sujet ; les personnes dont vous parlez vous lisent peut-être.",
               closed="Les commentaires de cet article sur la ville sont fermés par la rédaction.",
               footer=["Contacter la rédaction locale", "Réclamations et rectificatifs de la rédaction locale", "Comment nos titres locaux utilisent vos données", "Publicité dans nos titres locaux", "Règles des commentaires"],
               rights="Tout le contenu de ce site appartient à son éditeur. Demandez avant de le réutiliser.",
               commenters=[("Dede_de_Roncelles", "Enfin une bonne nouvelle, bravo à eux."),
                           ("Mireille de la rive gauche", "Il était temps, on le demandait depuis des années.")]),
    "es": dict(nav=["Centro y comercio", "Ayuntamiento y juntas de distrito", "Sucesos, juzgados e investigaciones en la ciudad", "Colegios y escuelas infantiles", "Resumen del deporte local", "Qué hacer este fin de semana", "Nacimientos, bodas y esquelas"],
               cookie="Nosotros y nuestros socios almacenamos información en tu dispositivo, como cookies, y accedemos a ella para que esta web funcione, medir la audiencia y personalizar los anuncios que pagan el periodismo local. Elige Aceptar o Prefiero elegir yo.",
               accept="Acepto, llévame a la noticia", reject="Prefiero elegir yo", share="Pasa esta noticia local a un amigo",
               related="También se lee en la ciudad", newsletter="El Resumen del Mediodía: cinco noticias locales a la hora de comer, de lunes a viernes",
               subscribe="Quiero el Resumen del Mediodía", email="tu@resumendelmediodia.example",
               comment_note="La redacción local revisa los comentarios antes de publicarlos. Sé respetuoso y no te salgas del tema; las personas de las que hablas quizá te lean.",
               closed="Hemos cerrado los comentarios de esta noticia local.",
               footer=["Contacta con la redacción local", "Quejas y rectificaciones de la redacción local", "Cómo usan tus datos nuestras cabeceras locales", "Publicidad en nuestras cabeceras locales", "Normas para comentar"],
               rights="Todo lo que hay en esta web pertenece a su editor. Pregunta antes de reutilizarlo.",
               commenters=[("Paco_del_Jarama", "Por fin una buena noticia, enhorabuena a todos."),
                           ("Charo M.", "Ya era hora, lo llevábamos pidiendo años.")]),
    "ru": dict(nav=["Центр города и торговые улицы", "Мэрия и выборы в округах", "Происшествия, суды и расследования в городе", "Школы и детские сады", "Местный спорт коротко", "Куда пойти в городе в выходные", "Рождения, свадьбы и некрологи"],
               cookie="Мы и наши партнёры храним и используем информацию на вашем устройстве, например cookie, чтобы сайт работал, чтобы считать аудиторию и подбирать рекламу, которая оплачивает местную журналистику. Выберите «Принимаю» или «Сам отмечу, что можно».",
               accept="Принимаю, к материалу", reject="Сам отмечу, что можно", share="Переслать городскую новость другу",
               related="В городе также читают", newsletter="«Городская сводка»: пять местных новостей к обеду, по будням",
               subscribe="Получать «Городскую сводку»", email="vy@gorodskaya-svodka.example",
               comment_note="Комментарии проверяет городская редакция перед публикацией. Будьте корректны и пишите по теме: люди, о которых вы пишете, тоже могут это читать.",
               closed="Комментарии к этой городской новости закрыты.",
               footer=["Связаться с городской редакцией", "Жалобы и исправления городской редакции", "Как городские издания используют ваши данные", "Реклама в городских изданиях", "Правила комментариев"],
               rights="Всё на этом сайте принадлежит издателю. Спросите, прежде чем использовать.",
               commenters=[("sadovaya_21", "Наконец хорошая новость, молодцы все."),
                           ("Галина Ивановна", "Давно пора, сколько лет просили.")]),
}
UI71 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"es": "MÁS DEL JARAMA:", "fr": "À LIRE AUSSI DANS LES CAUSSES :"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"es": "{name} cubre {section} en los once pueblos del Jarama para {site}. Temas y avisos a comarca@heraldo-jarama.example",
                   "fr": "{name} signe les portraits de {site} et suit la rubrique {section} entre Lavernède et Florac-le-Haut. Idées à portraits@gazette-causses.example"},
    (mp4, "READMORE"): {"de": "MEHR AUS KIRCHFELD:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"es": dict(also="Más de la Crónica de Villanueva")},
    (mp6, "TYPO3"): {"de": dict(ext="Video: Die Zehntscheune von oben (YouTube)",
                                note="Hier ist ein Video der Gemeinde über die Sanierung der Zehntscheune eingebunden. Es wird erst nach Ihrer Zustimmung von YouTube geladen; dabei erhält YouTube Daten über Ihren Besuch.",
                                button="Zustimmen und Scheunenvideo ansehen", by="Mitteilung des", search="Suche auf hollerbach-erlental.example",
                                lang_menu="Hollerbach in Leichter Sprache")},
    (mp7, "SANITY"): {"ru": dict(nl_title="Заречный вечер", nl_text="Каждый вечер в одном письме: что случилось за день в Заречном и районе.",
                                 nl_button="Получать «Заречный вечер»", nl_placeholder="Ваша почта для «Заречного вечера»")},
    (mp11, "HUGO"): {"en": dict(nl_title="The Kettleby Week", nl_text="Sunday mornings: the week's business, planning and people of Kettleby in one short email.",
                                nl_label="Your email for The Kettleby Week", nl_button="Send me The Kettleby Week")},
    (mp13, "PUB_NAV"): {"es": ["Lo nuevo en San Lorenzo", "Gente de la plaza", "Comercios del barrio", "Apoya los Cuadernos"]},
    (mp13, "TEASERS"): {"es": TEASERS["es"]},
    (mp19, "UCOZ"): {"en": dict(domain="ucoz.org", slogan="The website of Little Hadstock village and its green",
                                menu=["Little Hadstock home", "News from Little Hadstock", "Hadstock Pond Group", "Parish meeting minutes",
                                      "Hadstock photo albums", "Email the Hadstock webmaster"],
                                cats=["News from Little Hadstock", "Hadstock Pond Group", "Hadstock parish notices"],
                                friends=["Hadstock and Ashdon Primary School", "St Botolph's, Little Hadstock", "Hadstock Green Bowls Club"],
                                footer="Little Hadstock Village Website © 2026 · run for free by residents",
                                poster="hadstock_webmaster", tags=["pond dipping", "village green"],
                                commenters=[("pat_at_churchfarm", "So pleased the old oak went to good use."),
                                            ("Hadstock Mum of 3", "The kids haven't stopped talking about the newt!")],
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
# the new layout: an article page of a local site on Vox Media's Chorus platform, as Chorus serves it to an anonymous
# reader: the head (the OneTrust stub first, the canonical, description, og: / article: / twitter: metas, the
# application css from the vox-cdn packs, the JSON-LD NewsArticle, the window.Chorus context and the dataLayer with
# the entry's ids, the Concert ads loader); body.entry-template with the entry and community ids as data attributes;
# the skip link, div.l-root, the header (c-global-header: menu button, logo, c-nav-list of the site's sections,
# search, newsletter link); the leaderboard ad slot (m-ad, data-concert-ads-name); the l-wrapper / l-segment main
# content: the entry hero (c-entry-hero: the entry group label, h1.c-page-title, h2.c-entry-summary p-dek -- the
# story's "sub", not in the truth --, the c-byline with the author link, the author's handle and the timestamp, the
# c-social-buttons with their hidden "all sharing options for" text, the hero image as an e-image figure with its
# caption and credit); the l-col__main column with div.c-entry-content: the body as Chorus's editor renders it (p
# with Chorus's six-letter ids, h3, blockquote, ul / ol, em / strong, <br>), the embedded image (figure.e-image with
# its caption and credit) after the first paragraph and the related list the editor dropped in further down
# (aside.c-float-right > div.c-related-list: this layout's own residue in the container), a Concert in-article ad
# slot; "Filed under" group labels, the newsletter signup box, the Coral comments mount and the "More from" compact
# river; the sidebar (the sidebar ad, "Most popular" as a c-rock-list, the site's newsletter rock); the footer (the
# site's links, the Vox Media legal links, the OneTrust "Cookie Settings" button, the copyright line) and the
# OneTrust banner (onetrust-consent-sdk, its policy text and buttons), then the application js
# --------------------------------------------------------------------------
# Chorus's own strings, per language (not checked)
CH_CORE = {
    "en": dict(skip="Skip to main content", menu="Menu", search="Search", newsletter_link="Newsletter", by="By",
               share="Share this story", share_all="Share", share_for="All sharing options for:", fb="Share this on Facebook",
               tw="Share this on X", related="Related", filed="Filed under:", comments="Comments",
               more_from="More From {site}", popular="Most Popular", advert="Advertiser Content",
               nl_email="Email (required)", nl_button="Subscribe",
               nl_legal="By submitting your email, you agree to our Terms and Privacy Notice. You can opt out at any time. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
               legal=["Terms of Use", "Privacy Notice", "Cookie Policy", "Do Not Sell or Share My Personal Info", "Licensing FAQ", "Accessibility", "Platform Status"],
               cookie_settings="Cookie Settings", accept_all="Accept All Cookies", reject_all="Reject All", cookie_policy="Cookie Policy",
               months=["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
    "fr": dict(skip="Aller au contenu principal", menu="Menu", search="Rechercher", newsletter_link="Newsletter", by="Par",
               share="Partager cet article", share_all="Partager", share_for="Toutes les options de partage pour :", fb="Partager sur Facebook",
               tw="Partager sur X", related="À lire aussi", filed="Classé dans :", comments="Commentaires",
               more_from="Plus de {site}", popular="Les plus lus", advert="Contenu sponsorisé",
               nl_email="Adresse e-mail (obligatoire)", nl_button="S'abonner",
               nl_legal="En indiquant votre adresse e-mail, vous acceptez nos conditions d'utilisation et notre politique de confidentialité. Vous pouvez vous désabonner à tout moment. Ce site est protégé par reCAPTCHA ; les règles de confidentialité et les conditions d'utilisation de Google s'appliquent.",
               legal=["Conditions d'utilisation", "Politique de confidentialité", "Politique relative aux cookies", "Licences", "Accessibilité", "État de la plateforme"],
               cookie_settings="Paramètres des cookies", accept_all="Tout accepter", reject_all="Tout refuser", cookie_policy="Politique relative aux cookies",
               months=["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]),
}
# the sites' own strings: domain, ids (exempt), the header's section links, the "Filed under" groups, the author's
# handle, the newsletter box, the OneTrust banner text the site configured, the footer's links and copyright
CH_SITES = {
    "Eastmoor Curbside": dict(
        domain="eastmoor.curbside.example", slug="curbside_eastmoor", community="1187", ot="7c1e52a0-3f4d-4b8e-9a61-2d7f80c4e913",
        handle="hattiegallagher", twitter="EastmoorCurbside",
        nav=[("Eastmoor neighborhoods", "/neighborhoods"), ("Eastmoor homes and property", "/homes"), ("Getting around Eastmoor", "/transportation"),
             ("Eastmoor development tracker", "/development"), ("Eastmoor maps and guides", "/maps")],
        groups=[("Eastmoor heritage", "/heritage"), ("Quarry Lane", "/quarry-lane"), ("Eastmoor events", "/events")],
        nl_title="Sign up for the Curbside Eastmoor newsletter",
        nl_text="The freshest Eastmoor property, planning and neighborhood news, three times a week.",
        ot_text="Eastmoor Curbside and its partners use cookies and similar technologies to run the site, understand what our readers like and show adverts. You can accept all of them, reject the ones we do not need, or pick what to allow in the settings.",
        footer=[("About Eastmoor Curbside", "/about"), ("Send Eastmoor Curbside a tip", "/tips"), ("Eastmoor Curbside ethics statement", "/ethics"),
                ("Eastmoor Curbside masthead", "/masthead")],
        copyright="© 2026 Eastmoor Curbside Media Ltd, all rights reserved"),
    "Roncelles Quartiers": dict(
        domain="www.roncelles-quartiers.example", slug="roncelles_quartiers", community="2291", ot="e04b9d71-68c2-4f0a-b3d5-91a7c2e6f048",
        handle="mlevasseur", twitter="RoncellesQ",
        nav=[("Les quartiers de Roncelles", "/quartiers"), ("Logement à Roncelles", "/logement"), ("Se déplacer à Roncelles", "/transports"),
             ("Chantiers de Roncelles", "/chantiers"), ("Sortir à Roncelles", "/sorties")],
        groups=[("Patrimoine de Roncelles", "/patrimoine"), ("Rive gauche", "/rive-gauche"), ("Agenda roncellois", "/agenda")],
        nl_title="Recevez la lettre de Roncelles Quartiers",
        nl_text="Le logement, les chantiers et la vie des quartiers de Roncelles, trois fois par semaine.",
        ot_text="Roncelles Quartiers et ses partenaires utilisent des cookies et des technologies similaires pour faire fonctionner le site, comprendre ce qui intéresse nos lecteurs et afficher des publicités. Vous pouvez tout accepter, refuser ce qui n'est pas nécessaire ou choisir dans les paramètres.",
        footer=[("Qui sommes-nous à Roncelles Quartiers", "/a-propos"), ("Signaler une info à Roncelles Quartiers", "/signaler"), ("Charte éditoriale de Roncelles Quartiers", "/charte"),
                ("L'équipe de Roncelles Quartiers", "/equipe")],
        copyright="© 2026 Éditions des Quartiers SAS, Roncelles, tous droits réservés"),
}
CH_EXEMPT = {"domain", "slug", "community", "ot", "handle", "twitter"}  # (ids and account names)


def ch_slug(text):
    import unicodedata
    t = unicodedata.normalize("NFKD", mp.inline_text(text).lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:90]


def ch_time(lang, iso, hh, mm):
    y, m, d = (int(x) for x in iso.split("-"))
    mon = CH_CORE[lang]["months"][m - 1]
    if lang == "en":
        return "%s %d, %d, %d:%02d%s BST" % (mon, d, y, (hh - 1) % 12 + 1, mm, "am" if hh < 12 else "pm")
    return "%d %s %d, %d h %02d" % (d, mon, y, hh, mm)


def ch_pid(rng):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))


def ch_block(kind, val, rng):
    if kind == "p":
        return '<p id="%s">%s</p>' % (ch_pid(rng), mp.inline_html(val))
    if kind == "h":
        return '<h3 id="%s">%s</h3>' % (ch_pid(rng), E(val))
    if kind == "q":
        return '<blockquote><p id="%s">%s</p></blockquote>' % (ch_pid(rng), mp.inline_html(val))
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def ch_image(img, name, w, h):
    return ("https://cdn.vox-cdn.com/thumbor/%s=/0x0:3000x2000/%dx%d/filters:focal(1500x1000:1501x1001)/"
            "cdn.vox-cdn.com/uploads/chorus_image/image/%d/%s.0.jpg") % (name[:27], w, h, img, name[:12])


def tpl_chorus(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = CH_CORE[lang], CH_SITES[site]
    host = "https://" + s["domain"]
    eid = rng.randint(23000000, 24999999)
    cid = "%d" % rng.randint(10000000, 99999999)
    path = "/%s/%s/%d/%s" % (art["date"][:4], art["date"][5:7].lstrip("0"), eid, ch_slug(art["title"]))
    url = host + path
    hero_img, hero_name = rng.randint(70000000, 79999999), "%032x" % rng.randint(0, 16**32 - 1)
    body_img, body_name = rng.randint(70000000, 79999999), "%032x" % rng.randint(0, 16**32 - 1)
    hh, mm = rng.randint(6, 17), rng.randint(0, 59)
    iso = "%sT%02d:%02d:00+01:00" % (art["date"], hh, mm)
    blocks, n = art["blocks"], len(art["blocks"])
    heads = rng.sample(HEADLINES[lang], 6)
    ver = "%08x" % rng.randint(16**7, 16**8 - 1)
    # the related list the editor dropped into the body, before a paragraph further down
    rel_at = next((i for i in range(3, n) if blocks[i][0] == "p" and blocks[i - 1][0] == "p"
                   and not blocks[i - 1][1].endswith(":")), n)
    rel_items = "".join('<li><a href="%s/%s/%d/%s" data-analytics-link="related">%s</a></li>' % (
        host, art["date"][:4], rng.randint(23000000, 24999999), ch_slug(h), E(h)) for h in heads[:2])
    related_inline = ('<aside id="%s" class="c-float-right"><div class="c-related-list" data-cid="site/related_list-%s">'
                      '<h3 class="c-related-list__head">%s</h3><ul>%s</ul></div></aside>') % (
        ch_pid(rng), cid, E(c["related"]), rel_items)
    body = placed.get(0, []) + [ch_block(*blocks[0], rng)]
    body.append('<figure class="e-image"><span class="e-image__inner"><span class="e-image__image" data-original="%s">'
                '<picture class="c-picture"><img alt="%s" src="%s" loading="lazy"></picture></span></span>'
                '<span class="e-image__meta"><figcaption>%s</figcaption> <cite>%s</cite></span></figure>' % (
                    ch_image(body_img, body_name, 2040, 1360), A(art["body_caption"]), ch_image(body_img, body_name, 1020, 680),
                    E(art["body_caption"]), E(art["credit"])))
    ad_at = min(n, 4 if n > 6 else n)
    for i in range(1, n + 1):
        if i == rel_at:
            body.append(related_inline)
        if i == ad_at:
            body.append('<div class="m-ad m-ad__concert_article_body" data-concert-ads-name="article_body_1" data-cid="site/ads/article_body-%s"></div>' % cid)
        body.extend(placed.get(i, []))
        if i < n:
            body.append(ch_block(*blocks[i], rng))
    nav = "\n".join('<li class="c-nav-list__item"><a href="%s%s" data-analytics-link="header-nav">%s</a></li>' % (host, h, E(t)) for t, h in s["nav"])
    groups = "".join('<li class="c-entry-group-labels__item"><a href="%s%s"><span>%s</span></a></li>' % (host, h, E(t)) for t, h in s["groups"])
    river = "\n".join('<div class="c-compact-river__entry"><div class="c-entry-box--compact c-entry-box--compact--article">'
                      '<a class="c-entry-box--compact__image-wrapper" href="%s/%s/%d/%s"><img src="%s" alt="" loading="lazy"></a>'
                      '<div class="c-entry-box--compact__body"><h2 class="c-entry-box--compact__title"><a href="%s/%s/%d/%s">%s</a></h2></div></div></div>' % (
                          host, art["date"][:4], k, ch_slug(h), ch_image(rng.randint(70000000, 79999999), "%032x" % rng.randint(0, 16**32 - 1), 400, 267),
                          host, art["date"][:4], k, ch_slug(h), E(h))
                      for h, k in ((h, rng.randint(23000000, 24999999)) for h in heads[2:5]))
    popular = "\n".join('<li class="c-rock-list__item"><h2 class="c-rock-list__title"><a href="%s/%s/%d/%s" data-analytics-link="popular">%s</a></h2></li>' % (
        host, art["date"][:4], rng.randint(23000000, 24999999), ch_slug(h), E(h)) for h in heads[5:] + heads[:3])
    footer = "".join('<li><a href="%s%s">%s</a></li>' % (host, h, E(t)) for t, h in s["footer"])
    legal = "".join('<li><a href="https://www.voxmedia.com/legal/%s">%s</a></li>' % (ch_slug(t), E(t)) for t in c["legal"])
    share_links = ('<li><a class="c-social-buttons__item c-social-buttons__facebook" href="https://www.facebook.com/sharer/sharer.php?u=%s" data-analytics-social="facebook">'
                   '<span class="u-hidden-text">%s</span></a></li><li><a class="c-social-buttons__item c-social-buttons__twitter" href="https://x.com/intent/tweet?url=%s" data-analytics-social="twitter">'
                   '<span class="u-hidden-text">%s</span></a></li>') % (url, E(c["fb"]), url, E(c["tw"]))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url, "url": url,
                     "headline": art["title"], "description": art["sub"], "datePublished": iso, "dateModified": iso,
                     "articleSection": art["section"],
                     "image": [{"@type": "ImageObject", "url": ch_image(hero_img, hero_name, 1400, 933), "width": 1400, "height": 933}],
                     "author": [{"@type": "Person", "name": art["byline"], "url": "%s/authors/%s" % (host, ch_slug(art["byline"]))}],
                     "publisher": {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject", "url": "%s/logo.png" % host}}},
                    ensure_ascii=False).replace("</", "<\\/")
    ctx = json.dumps({"entry_id": eid, "community_id": int(s["community"]), "community_slug": s["slug"], "entry_type": "article",
                      "section": ch_slug(art["section"]), "authors": [ch_slug(art["byline"])], "platform": "chorus"},
                     ensure_ascii=False).replace("</", "<\\/")
    return f'''<!DOCTYPE html>
<html lang="{lang}" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-document-language="true" type="text/javascript" charset="UTF-8" data-domain-script="{s["ot"]}"></script>
<script type="text/javascript">function OptanonWrapper() {{ window.dataLayer = window.dataLayer || []; window.dataLayer.push({{event: "OneTrustGroupsUpdated"}}); }}</script>
<title>{E(art["title"])} - {E(site)}</title>
<link rel="canonical" href="{url}">
<meta name="description" content="{A(art["sub"])}">
<meta property="og:site_name" content="{A(site)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{A(art["title"])}">
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:image" content="{ch_image(hero_img, hero_name, 1200, 800)}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{A(art["section"])}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@{s["twitter"]}">
<meta name="parsely-post-id" content="{eid}">
<link rel="stylesheet" media="all" href="https://cdn.vox-cdn.com/packs/css/chorus_application-{ver}.css">
<link rel="stylesheet" media="all" href="https://cdn.vox-cdn.com/packs/css/{s["slug"]}-{ver}.css">
<script type="application/ld+json">{ld}</script>
<script>window.Chorus = window.Chorus || {{}}; window.Chorus.Context = {ctx};</script>
<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({{"Network": "{s["slug"]}", "Entry ID": "{eid}", "Content Type": "article", "Section": "{A(art["section"])}"}});</script>
<script async src="https://cdn.concert.io/lib/concert-ads/v2-latest/concert_ads.js"></script>
</head>
<body class="entry-template chorus-theme-{s["slug"]}" data-entry-id="{eid}" data-community-id="{s["community"]}">
<a class="c-skip-link" href="#content">{E(c["skip"])}</a>
<div class="l-root">
<div class="l-header">
<header class="c-global-header" role="banner" data-analytics-placement="header">
<div class="c-global-header__inner">
<button class="c-global-header__menu-button" type="button" aria-expanded="false" aria-controls="c-global-header__nav"><span>{E(c["menu"])}</span></button>
<div class="c-global-header__logo"><a href="{host}/"><span class="u-hidden-text">{E(site)}</span><img src="https://cdn.vox-cdn.com/uploads/chorus_asset/file/{s["community"]}/{s["slug"]}_logo.svg" alt="" width="220" height="40"></a></div>
<nav id="c-global-header__nav" class="c-global-header__links">
<ul class="c-nav-list" data-nav-list="primary">
{nav}
</ul>
</nav>
<div class="c-global-header__search"><form action="{host}/search" method="get" role="search"><label class="u-hidden-text" for="search-q">{E(c["search"])}</label><input id="search-q" type="search" name="q" placeholder="{A(c["search"])}"></form></div>
<a class="c-global-header__newsletter" href="{host}/newsletters/signup">{E(c["newsletter_link"])}</a>
</div>
</header>
</div>
<div class="m-ad m-ad__leaderboard" data-concert-ads-name="desktop_leaderboard_variable"></div>
<main id="content" class="l-main-content" role="main">
<div class="l-wrapper">
<div class="l-segment l-main-content">
<div class="c-entry-hero c-entry-hero--default" data-cid="site/entry_hero-{cid}">
<div class="c-entry-hero__header-wrap">
<ul class="c-entry-group-labels c-entry-group-labels--top"><li class="c-entry-group-labels__item"><a href="{host}{s["groups"][0][1]}"><span>{E(art["section"])}</span></a></li></ul>
<h1 class="c-page-title" data-chorus-optimize-field="main_headline">{E(art["title"])}</h1>
<h2 class="c-entry-summary p-dek" data-chorus-optimize-field="dek">{E(art["sub"])}</h2>
<div class="c-byline" data-cid="site/byline-{cid}">
<span class="c-byline__item"><span class="c-byline__author-name">{E(c["by"])} <a href="{host}/authors/{ch_slug(art["byline"])}">{E(art["byline"])}</a></span> <span class="c-byline__twitter-handle">@{s["handle"]}</span></span>
<span class="c-byline__item"><time class="c-byline__item" data-ui="timestamp" datetime="{iso}">{E(ch_time(lang, art["date"], hh, mm))}</time></span>
</div>
<div class="c-social-buttons c-social-buttons--popover" data-cid="site/social_buttons_list-{cid}">
<h2 class="c-social-buttons__text">{E(c["share"])}</h2>
<ul class="c-social-buttons__list">{share_links}</ul>
<button class="c-social-buttons__more" type="button"><span>{E(c["share_all"])}</span> <span class="u-hidden-text">{E(c["share_for"])} {E(art["title"])}</span></button>
</div>
</div>
<div class="c-entry-hero__image">
<figure class="e-image e-image--hero"><span class="e-image__inner"><span class="e-image__image" data-original="{ch_image(hero_img, hero_name, 2400, 1600)}"><picture class="c-picture"><source srcset="{ch_image(hero_img, hero_name, 1400, 933)} 1400w, {ch_image(hero_img, hero_name, 700, 467)} 700w" sizes="(min-width: 1221px) 846px, 100vw"><img alt="{A(art["caption"])}" src="{ch_image(hero_img, hero_name, 1400, 933)}"></picture></span></span>
<span class="e-image__meta"><figcaption>{E(art["caption"])}</figcaption> <cite>{E(art["credit"])}</cite></span></figure>
</div>
</div>
<div class="l-col__main">
<div class="c-entry-content " data-chorus-optimize-field="body" data-cid="site/article_body-{cid}">
{chr(10).join(body)}
</div>
<div class="c-entry-group-labels c-entry-group-labels--filed"><span class="c-entry-group-labels__label">{E(c["filed"])}</span><ul>{groups}</ul></div>
<div class="c-newsletter_signup_box c-newsletter_signup_box--base" data-cid="site/newsletter_signup_box-{cid}">
<div class="c-newsletter_signup_box__main"><h2 class="c-newsletter_signup_box__title">{E(s["nl_title"])}</h2><p class="c-newsletter_signup_box__desc">{E(s["nl_text"])}</p>
<form class="c-newsletter_signup_box__form" action="{host}/newsletters/signup" method="post"><input type="email" name="email" placeholder="{A(c["nl_email"])}" required><button type="submit" class="c-newsletter_signup_box__button">{E(c["nl_button"])}</button></form>
<p class="c-newsletter_signup_box__disclaimer"><small>{E(c["nl_legal"])}</small></p></div>
</div>
<div class="c-entry-comments" id="comments"><h2 class="c-entry-comments__title">{E(c["comments"])}</h2><div id="coral_thread" data-coral-story-id="{eid}"></div></div>
<div class="c-compact-river" data-analytics-placement="more-from">
<h2 class="c-compact-river__header">{E(c["more_from"].replace("{site}", site))}</h2>
{river}
</div>
</div>
<div class="l-col__sidebar">
<div class="m-ad m-ad__sidebar" data-concert-ads-name="desktop_sidebar_1"><span class="m-ad__label">{E(c["advert"])}</span></div>
<div class="c-rock-list c-rock-list--popular" data-analytics-placement="popular">
<h2 class="c-rock-list__header">{E(c["popular"])}</h2>
<ol class="c-rock-list__items">
{popular}
</ol>
</div>
</div>
</div>
</div>
</main>
<footer class="c-footer" role="contentinfo" data-analytics-placement="footer">
<div class="c-footer__inner">
<div class="c-footer__logo"><a href="{host}/"><span class="u-hidden-text">{E(site)}</span></a></div>
<ul class="c-footer__nav">{footer}</ul>
<div class="c-footer__section c-footer__section--legal">
<ul class="c-footer__legal">{legal}</ul>
<button id="ot-sdk-btn" class="ot-sdk-show-settings c-footer__cookie-settings" type="button">{E(c["cookie_settings"])}</button>
<p class="c-footer__copyright">{E(s["copyright"])}</p>
</div>
<div class="c-footer__vox"><a class="c-footer__vox-logo" href="https://www.voxmedia.com"><span class="u-hidden-text">Vox Media</span></a></div>
</div>
</footer>
</div>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-fade-in"></div>
<div id="onetrust-banner-sdk" class="otFlat vertical-align-content" tabindex="0" role="region" aria-label="Cookie banner">
<div role="dialog" aria-describedby="onetrust-policy-text"><div class="ot-sdk-container"><div class="ot-sdk-row">
<div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><p id="onetrust-policy-text">{E(s["ot_text"])} <a class="ot-cookie-policy-link" href="https://www.voxmedia.com/legal/cookie-policy">{E(c["cookie_policy"])}</a></p></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">{E(c["cookie_settings"])}</button> <button id="onetrust-reject-all-handler">{E(c["reject_all"])}</button> <button id="onetrust-accept-btn-handler">{E(c["accept_all"])}</button></div></div>
</div></div></div>
</div>
</div>
<script src="https://cdn.vox-cdn.com/packs/js/chorus_application-{ver}.js" defer></script>
<script src="https://cdn.vox-cdn.com/packs/js/chorus_entry-{ver}.js" defer></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)



# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"chorus": ["caption", "related"]}  # the body's e-image figure and the editor's c-related-list
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "foodrecall", "heritagedays", "traderdirectory"]
NEW_FAMILIES = ["foodrecall", "heritagedays", "traderdirectory"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"foodrecall": ["food recall", "food-recall", "recall alert", "batch code", "see all recalls",
                                   "products affected"],
                    "heritagedays": ["heritage open day", "heritage days", "heritage-days", "open days finder",
                                     "find a building", "journées du patrimoine", "denkmaltag"],
                    "traderdirectory": ["trusted trader", "trader directory", "trader-directory", "find a trader",
                                        "list your business", "tradesperson directory"]}
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
    "cookie": ['<div class="streetview-consent-tw"><p class="streetview-consent-tw__msg">%s</p><button class="streetview-consent-tw__allow" type="button">&#10004;</button></div>',
               '<p class="reader-video-blocked">%s</p>', '<div><em>%s</em></div>'],
    "newsletter": ['<div class="town-brief-signup"><p class="town-brief-signup__txt">%s</p><a class="town-brief-signup__go" href="/newsletters/town-hall-tuesday">&#8594;</a></div>',
                   '<p class="free-limit-notice-tw">%s</p>', '<h4 class="tuesday-email-hd">%s</h4>', '<p><b><a href="/support-us">%s</a></b></p>'],
    "share": ['<ul class="tell-neighbour-bar">{items}</ul>', '<div class="forward-story-strip">%s</div>', '<p><a href="#forward">%s</a></p>'],
    "photo": ['<p class="family-photo-credit">%s</p>', '<span class="upload-page-credit-tw">%s</span>', '<div><small><em>%s</em></small></div>'],
    "copyright": ['<p class="republish-licence-tw">%s</p>', '<div class="syndication-notice-tw"><small>%s</small></div>', '<div><small>%s</small></div>'],
    "section": ['<p class="desk-latest-tw">%s</p>', '<h6 class="browse-section-link-tw">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="dinkus-row-tw">%s</p>', '<div class="section-break-tw">%s</div>', '<div style="text-align:center">%s</div>'],
    "credit": ['<p class="town-desk-credit">%s</p>', '<div class="consumer-correspondent-note">%s</div>', '<div><i><small>%s</small></i></div>'],
    "title": ['<p class="headline-repeat-tw"><b>%s</b></p>', '<h2 class="headline-repeat-h2-tw">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsored-resumes-tag">%s</div>', '<p class="shop-in-front-line">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="carry-on-reading-tw"><a href="#story-rest">%s</a></p>', '<div class="unfold-article-bar">%s</div>', '<div><a href="#story-rest">%s</a></div>'],
    "comments": ['<p class="neighbours-talking-link"><a href="#comments">%s</a></p>', '<div class="comment-tally-tw">%s</div>', '<div><a href="#comments"><strong>%s</strong></a></div>'],
    "readtime": ['<p class="read-length-tw">%s</p>', '<span class="minutes-tag-tw">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="firm-response-stamp"><time>%s</time></p>', '<div class="last-checked-note-tw">%s</div>', '<div><i>%s</i></div>'],
    "audio": ['<div class="listen-instead-player"><button class="listen-instead-player__btn" aria-label="Listen"></button><span class="listen-instead-player__txt">%s</span></div>',
              '<p class="audio-edition-link-tw"><a href="#audio">%s</a></p>', '<div><a href="#audio">%s</a></div>'],
    "correction": ['<aside class="corrected-story-box"><p>%s</p></aside>', '<p class="corrected-story-line"><i>%s</i></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="town-app-card"><p class="town-app-card__txt">%s</p><a class="town-app-card__get" href="/app">&#8681;</a></div>',
            '<p class="open-in-town-app">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="reporter-profile-tw"><p class="reporter-profile-tw__txt">%s</p></div>', '<p class="all-by-writer-link"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="town-knows-box"><p class="town-knows-box__txt">%s</p></div>', '<p class="sms-newsroom-tw">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="typo-report-hint-tw"><p>%s</p></div>', '<p class="ctrl-enter-line-tw">%s</p>', '<div><small><em>%s</em></small></div>'],
    "push": ['<div class="big-news-ping"><p class="big-news-ping__q">%s</p></div>', '<p class="notifications-ask-line">%s</p>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="page-options-tw">{items}</ul>', '<p class="tidy-print-link"><a href="?print=1">%s</a></p>',
              '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="answered-questions-box"><p class="answered-questions-box__q">%s</p></div>', '<p class="questions-answered-strip-tw">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="ipso-regulated-note"><p>%s</p></div>', '<p class="raise-concern-strip"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="more-on-row-tw"><span class="more-on-row-tw__txt">%s</span></div>', '<p class="topic-updates-line-tw">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="reading-list-star-tw"><a class="reading-list-star-tw__a" href="#reading-list">%s</a></div>',
                 '<p class="reading-list-line-tw"><a href="#reading-list">%s</a></p>', '<div><a href="#reading-list">%s</a></div>'],
    "poll": ['<div class="use-it-poll"><p class="use-it-poll__q">%s</p><button class="use-it-poll__vote" type="button">&#9745;</button></div>',
             '<h6 class="vote-first-note">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/T{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/T{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-click-to-load-tw"><a class="yt-click-to-load-tw__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="swipe-photos-strip"><a class="swipe-photos-strip__a" href="#photos">%s</a></div>',
                '<p class="all-pictures-line-tw">%s</p>', '<div><strong>%s</strong></div>'],
    "map": ['<div class="leaflet-frame-tw"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="600" height="340" loading="lazy"></iframe><p class="leaflet-frame-tw__links">%s</p></div>',
            '<figure class="static-map-tw"><img src="/maps/{k}.png" alt="" width="600" height="360"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="save-dates-bar-tw">{items}</ul>', '<p class="remind-week-ahead-tw"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="dates-saver-tw"><span class="dates-saver-tw__label">%s</span></div>'],
    "scores": ['<div class="weekend-tables-link"><a class="weekend-tables-link__a" href="/sport/cricket/tables">%s</a></div>',
               '<ul class="cricket-tabs-tw">{items}</ul>', '<div><a href="/sport/cricket/tables"><strong>%s</strong></a></div>'],
    # the three families new in this part ({recalllist}: the products with batch codes and best-before dates as a
    # list; {recallrows}: the same as a table; {recallsteps}: what to do as a numbered list; {heritagelist}: the
    # buildings open this weekend with times and booking as a list; {heritagedl}: the same as a definition list;
    # {heritagefields}: the "find a building" search form's fields and button; {traderfields}: the trade select, the
    # postcode field and the search button; {traderrows}: the top-rated trades as a table; {traderpostcode}: a
    # postcode field and button; {tradelist}: the trades and their ratings as a list)
    "foodrecall": ['<div class="recall-alert-box"><h4 class="recall-alert-box__hd">%s</h4><ul class="recall-alert-box__items">{recalllist}</ul><a class="recall-alert-box__all" href="/food-recalls">&#8250;</a></div>',
                   '<div class="recalled-products-panel"><p class="recalled-products-panel__hd"><strong>%s</strong></p><table class="recalled-products-panel__grid">{recallrows}</table></div>',
                   '<p class="all-recalls-link"><a href="/food-recalls">%s</a></p>',
                   '<div class="recall-what-to-do"><h5 class="recall-what-to-do__hd">%s</h5><ol class="recall-what-to-do__steps">{recallsteps}</ol></div>'],
    "heritagedays": ['<div class="open-doors-finder"><h4 class="open-doors-finder__hd">%s</h4><ul class="open-doors-finder__list">{heritagelist}</ul></div>',
                     '<div class="heritage-times-card"><p class="heritage-times-card__hd"><b>%s</b></p><dl class="heritage-times-card__list">{heritagedl}</dl></div>',
                     '<p class="find-a-building-link"><a href="/heritage-open-days/find">%s</a></p>',
                     '<form class="heritage-search-form" action="/heritage-open-days/search" method="get"><h5 class="heritage-search-form__hd">%s</h5>{heritagefields}</form>'],
    "traderdirectory": ['<form class="trusted-trader-search" action="/trusted-traders" method="get"><h4 class="trusted-trader-search__hd">%s</h4>{traderfields}</form>',
                        '<div class="top-rated-trades"><h5 class="top-rated-trades__hd">%s</h5><table class="top-rated-trades__grid">{traderrows}</table></div>',
                        '<p class="list-your-business-link"><a href="/trusted-traders/join">%s</a></p>',
                        '<div class="postcode-trader-box"><p class="postcode-trader-box__hd"><strong>%s</strong></p>{traderpostcode}<ul class="postcode-trader-box__trades">{tradelist}</ul></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>(%s)</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/newsletters/town-hall-tuesday"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#forward">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> // ']),
          "foodrecall": (0.7, [' <a href="/food-recalls"><strong>%s</strong></a>']),
          "heritagedays": (0.7, ['<br><a href="/heritage-open-days/find"><b>%s</b></a>']),
          "traderdirectory": (0.7, [' <a href="/trusted-traders/join"><b>%s</b></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the meter or the donation note; the
# see-all-recalls link, the find-a-building link and the list-your-business link, not the lists, tables or forms)
INLINE_WORDING = {"newsletter": 0, "foodrecall": 2, "heritagedays": 2, "traderdirectory": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-picture-tw"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-body.jpg" alt="" width="620"><br><small>{cap} – {cr}</small></div>']
RELATED_STYLES = ['<div class="elsewhere-in-town"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="street-is-reading"><p class="street-is-reading__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads, the forms' field labels and buttons, as the web teams left them (not checked)
RECALL_HEAD = {"en": ("Product", "Batch", "Best before"), "tr": ("Ürün", "Parti", "Son tüketim"), "de": ("Produkt", "Charge", "Mindesthaltbarkeit"),
               "fr": ("Produit", "Lot", "Date limite"), "es": ("Producto", "Lote", "Consumo preferente"), "ru": ("Продукт", "Партия", "Срок годности")}
HERITAGE_LABELS = {"en": ("Town or postcode", "Day", ("Saturday", "Sunday"), "Find"), "tr": ("İlçe ya da posta kodu", "Gün", ("Cumartesi", "Pazar"), "Bul"),
                   "de": ("Ort oder PLZ", "Tag", ("Samstag", "Sonntag"), "Finden"), "fr": ("Commune ou code postal", "Jour", ("Samedi", "Dimanche"), "Trouver"),
                   "es": ("Municipio o código postal", "Día", ("Sábado", "Domingo"), "Buscar"), "ru": ("Город или индекс", "День", ("Суббота", "Воскресенье"), "Найти")}
TRADER_LABELS = {"en": ("Trade", "Postcode", "Search"), "tr": ("Meslek", "Posta kodu", "Ara"), "de": ("Gewerk", "PLZ", "Suchen"),
                 "fr": ("Métier", "Code postal", "Rechercher"), "es": ("Oficio", "Código postal", "Buscar"), "ru": ("Профессия", "Индекс", "Искать")}
TRADER_HEAD = {"en": ("Trade", "Business", "Rating"), "tr": ("Meslek", "İşletme", "Puan"), "de": ("Gewerk", "Betrieb", "Bewertung"),
               "fr": ("Métier", "Entreprise", "Note"), "es": ("Oficio", "Empresa", "Valoración"), "ru": ("Профессия", "Мастер", "Оценка")}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list, definition list or form, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    k = "%06x" % rng.randint(0, 16**6 - 1)
    recall_list = "".join("<li><strong>%s</strong> · %s · %s</li>" % (esc(p), esc(b), esc(d)) for p, b, d in RECALL_ITEMS[lang])
    steps = "".join("<li>%s</li>" % esc(x) for x in RECALL_STEPS[lang])
    heritage_list = "".join("<li><b>%s</b> – %s (%s)</li>" % (esc(b), esc(t), esc(x)) for b, t, x in HERITAGE_OPEN[lang])
    heritage_dl = "".join("<dt>%s</dt><dd>%s</dd><dd>%s</dd>" % (esc(b), esc(t), esc(x)) for b, t, x in HERITAGE_OPEN[lang])
    hl = HERITAGE_LABELS[lang]
    heritage_fields = ('<label for="hod-%s-q">%s</label><input id="hod-%s-q" type="search" name="q">'
                       '<label for="hod-%s-d">%s</label><select id="hod-%s-d" name="day">%s</select>'
                       '<button type="submit" class="btn-find-building">%s</button>') % (
        k, esc(hl[0]), k, k, esc(hl[1]), k, "".join("<option>%s</option>" % esc(d) for d in hl[2]), esc(hl[3]))
    tl = TRADER_LABELS[lang]
    trader_fields = ('<label for="tt-%s-t">%s</label><select id="tt-%s-t" name="trade">%s</select>'
                     '<label for="tt-%s-p">%s</label><input id="tt-%s-p" type="text" name="postcode" autocomplete="postal-code">'
                     '<button type="submit" class="btn-trader-search">%s</button>') % (
        k, esc(tl[0]), k, "".join("<option>%s</option>" % esc(t) for t, _, _ in TRADERS[lang]), k, esc(tl[1]), k, esc(tl[2]))
    trader_postcode = ('<form action="/trusted-traders" method="get"><label for="tp-%s">%s</label><input id="tp-%s" type="text" name="postcode">'
                       '<button type="submit">%s</button></form>') % (k, esc(tl[1]), k, esc(tl[2]))
    trade_list = "".join("<li>%s: <a href=\"/trusted-traders/%d\">%s</a> <span>%s</span></li>" % (esc(t), rng.randint(1000, 9999), esc(f), esc(r))
                         for t, f, r in TRADERS[lang])
    return (style.replace("{recalllist}", recall_list)
            .replace("{recallrows}", table(RECALL_HEAD[lang], RECALL_ITEMS[lang]))
            .replace("{recallsteps}", steps)
            .replace("{heritagelist}", heritage_list)
            .replace("{heritagedl}", heritage_dl)
            .replace("{heritagefields}", heritage_fields)
            .replace("{traderfields}", trader_fields)
            .replace("{traderrows}", table(TRADER_HEAD[lang], TRADERS[lang]))
            .replace("{traderpostcode}", trader_postcode)
            .replace("{tradelist}", trade_list))


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
               "scores": rng.choice([0, mid, n]), "foodrecall": rng.choice([0, mid, mid]),
               "heritagedays": rng.choice([mid, n]), "traderdirectory": rng.choice([mid, n, n])}.get(fam, mid)
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
       "drupal": ("class", "text-panel--shaded"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--mint">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">🏛️</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>"), "chorus": ("<em>", "</em>")}
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
# templates: chorus is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"chorus": tpl_chorus, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h70), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "chorus"



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
            rng = random.Random("newsflow-heldout71-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI71[lang]
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
    # layouts: chorus (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # the chorus pages: a site of CH_SITES in a language of CH_CORE, with an image caption for the body; no drop cap,
    # box, fact box, callout or highlight look (Chorus's editor as the sites configure it writes none of them); no
    # story tables and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in CH_SITES or a["lang"] not in CH_CORE or a.get("kind") or not a.get("body_caption")
                                       or any(st in ("box", "factbox", "dropcap", "callout", "highlight") for st, _ in a.get("look", []))):
            problems.append("%s: chorus page needs a Chorus site, a body caption and the editor's looks only" % a["id"])
        if marks or a.get("notes") or any(k == "table" for k, _ in blocks):
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
    ch_sites = [{k: v for k, v in d.items() if k not in CH_EXEMPT} for d in CH_SITES.values()]
    # (CH_CORE, RECALL_HEAD, HERITAGE_LABELS, TRADER_LABELS and TRADER_HEAD, the platform's strings and the web
    # teams' generic table heads, field labels and buttons, are left as
    # their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("CH_SITES", ch_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "CH_SITES" and s.startswith("/")):
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




