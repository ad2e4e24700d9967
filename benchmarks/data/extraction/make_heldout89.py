#!/usr/bin/env python3
"""Eighty-ninth held-out part (h89-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout89.py           # write pages/h89-*.html
    python benchmarks/data/extraction/make_heldout89.py --check   # verify pages/h89-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout89.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout90.py and its stories, written at the same time by another writer, were not).
Stories are in articles_h89_en.py / articles_h89_intl.py; the residue wordings (thirty-four of the generic families
of the earlier parts plus three new ones: smoke-control-area panels on stories about wood burners, chimney smoke and
air pollution -- the streets covered with the dates the rules start, the fuels that may be burned, the stoves
allowed and the fines, as a list, the streets as a table, the "check your stove" button, the rules as a
definition-list card --, selective landlord licensing scheme panels on stories about private renting, housing
conditions and a council scheme -- the properties that need a licence with their fees, who needs one, how to
apply and the penalties, as a list, the fees as a table, the "apply for a licence" button, who, how and the
penalties as a definition-list card --, and parking bay suspension notices on stories about a race, a festival, a
town's day and street works -- the streets with their dates and times, where to park instead, blue-badge bays,
cars towed and whom to ask, as a list, the streets as a table, the "all suspensions" link, where to park as a
definition-list card --), their wrapper class names, related headlines, site names, the sites' own strings in the
earlier layouts and the first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE /
UI or of the R pools of make_heldout2..88, nor their labels, furniture strings, widget rows, headlines or site
names; verify() refuses to build if one is reused, if a wrapper class name of an earlier part recurs, if a "new"
family is already in an earlier pool, family list, template family or docstring, if a story paragraph or headline of
an earlier part (h86, h87 and h88 included) recurs, if a headline is also a story paragraph, or if a body is outside
150-400 words.  Every name and number is fictional.  The tables' heads (SMOKE_HEAD, LICENCE_HEAD, BAY_HEAD) are the
web teams' generic strings and not checked; the rows themselves (SMOKE_AREAS, SMOKE_RULES, LICENCE_FEES,
LICENCE_INFO, BAY_STREETS, BAY_INSTEAD) are, cell by cell.  (make_heldout51.py's air-quality readouts sit on a
story set in a smoke control area, so NEW_FAMILY_WORDS does not list the bare words "smoke control"; earlier parts
mention parking bays in their summaries, so "parking bay" is not listed either.)
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link or button among them may be run into a paragraph instead; "run_in" makes the editor type it at the
end of the last paragraph, and such a link is placed before the other families of its page): smoke-control panels
on two English villages added to a borough's smoke control area after wood-burner complaints (on AMP: the list), a
German old town's new rules for stoves (the table, on a story with its own correction), a French valley banning
open fires for pleasure (the stove-check button, which the editor ran into the end of the last paragraph) and a
Russian town's first rules for stove heating in three settlements (the card); landlord licensing panels on an
English reader-funded news site's report of a selective licensing scheme for two wards (the English new-layout
page: the list), an English tenants' group asking to be added to the scheme (the table), a German
station quarter's registration duty for rented flats (the apply button, run into the last paragraph) and a French
town's "permis de louer" (the French new-layout page: the card); parking suspension notices on an English 10K
race back in the town centre (the list), a Turkish cherry festival closing the main street (the table), Spanish
water-main works closing a high street for six weeks (the suspensions link, run into the last paragraph) and a
Russian town's day (the card).  No story of this part needs one of the earlier families that are placed only for
a reason in the story (calendar, map, gallery, scores); the other generic families are balanced over the part,
leaving out those the page's site would not print (the story's "kind": a Spanish village association's website on
uCoz -- a small site, with no newsroom to credit a photograph to, update a story or send reporters -- and a French
town hall's own news page on TYPO3 -- no newspaper furniture, no newsroom's update line, reading time, audio or
related reporting); a correction box goes only on a story that was corrected, with that story's own wording (an
English bell-ringer's interview and the German stove rules).  Residue markup varies as on real pages: classed boxes,
bars, cards, chips, panels, strips and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists,
spans, buttons, definition lists and tables, and, for a few families, a line run into the end of a story paragraph
(credit, tip, newsletter pitch, share line, the stove-check button, the licence button, the suspensions link; only
one line in any paragraph) or a bold section tag run into the start of the first paragraph (drawn at random, of the
section family's first wording only).  On the new layout, residue the editor pasted into the post sits among the
paragraphs of the post's single text widget on the English site, and, on the French site whose article is a row of
text widgets, in an HTML widget of its own between them.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph: on both new-layout pages, and on gutenberg, magazine, sanity and wordpress), italics (a one-line
quote on both new-layout pages and on semantic), bold (a one-line paragraph on both new-layout pages), a highlighted
sentence (a <mark> on quintype), a paragraph in a box (the magazine's panel,
a CKEditor style on drupal; a styled div on the new layout, not used here), a fact box holding a subheading and
its list (a Fusion custom embed: the works in figures), a Ghost callout card (how a repair café runs), a
paragraph typed after a <br> (Shift+Enter, on both new-layout pages and on cms); story structures that look like
furniture but are the story: question-and-answer interviews (questions typed in bold, some of a few words -- "And the weddings?", "Ya çıraklar?", "¿Y lo que no ha
cambiado?", "И что дальше?" --, in English, Turkish, Spanish and Russian: a bell-ringer after sixty years, a simit
baker after 43, a shepherd handing his flock to his granddaughter, a chess coach), lists inside the story (a repair
café's commonest repairs, a bus route's changes, a belfry's works in order, water-main works in figures), crossheads
as headings and as bold paragraphs, one-line quotes and short one-line paragraphs ("The vote was 31 to 9.", "The
pews have gone, but the organ stays.", "It took volunteer electrician Dev Mistry eleven minutes and a new switch.",
"Le vote a été acquis à l'unanimité."), a closing line with practical information (a drop-in session, a home
stove visit, late entries for a race, a consultation's close, practice night, a repair session, a waiting list, a
library's hours, a festival of boats, a festival's opening, a bakery's hours, a simit bakery's hours, a transport
office's line, an advice evening, a public meeting, an energy advice office, heritage-day visits, a transhumance, a
village's inauguration, an ecology office's hours, a festival programme, a chess tournament), and story sentences
that mention furniture words in ordinary reporting ("Share a table with a stranger" opening a story, "the homemade
cookies will now come every week" near the end of another, "den Newsletter der Genossenschaft abonnieren" closing a
third, "Des photos du chantier seront partagées" closing a fourth, "Своими фотографиями с праздника жители могут
поделиться" closing a fifth, a transport office's contact number closing a sixth), some at the start or end of the
story where furniture usually sits.  Two pages carry no residue at all (an English repair
café and a German cooperative bakery) and one only its correction line (an English interview with a bell-ringer).
One page layout is new (duda: a blog post on a site built with the Duda website builder, on two pages, an English
and a French one -- a reader-funded town news site whose posts are typed into Duda's blog editor and shown on the
blog's dynamic post page, and an independent associative news site whose articles are dynamic pages laid out with
a text widget per paragraph): Duda's runtime bootstrap (window.SystemID, dmAPI, _currentDevice, window.Parameters
with the dynamic page's info), the preconnects, the runtime and site CSS, forceCssIncludes / customWidgetStyle,
title.next-head and the metas, the BlogPosting ld+json and the consent-gated analytics; body#dmRoot.dmRoot
dmDesktopBody ... dmDynamicPage; div#dm.dmwr, div.dm_wrapper, dmOuter / dmInner, dmLayoutWrapper, #site_content;
the dmHeaderContainer with #hcontainer.dmHeader, dmRespRow / dmRespColsWrapper / dmRespCol rows, the logo image
widget, the unifiednav menu and the hamburger drawer; div.dmBody with #dm_content.dmContent: the post title, author
and date widgets (dmNewParagraph text widgets with data-element-type, data-dmtmpl and data-binding), the featured
image widget and its caption widget, the post's text, the dmShareWidget, a sidebar with the about text and the
dmform newsletter widget, a related-posts dCollectionList of item cards; the dmFooterContainer with #fcontainer
.dmFooter, its rows, the social hub and the copyright paragraph; the cookie notification bar
(#dm_cookie_notification) and the closing runtime scripts (see the section of the layout below).  The platform's
strings (DUDA_CORE) are left as they ship and not checked; the sites' own strings (DUDA_SITES) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- portal, amp, table,
legacy-br, semantic, storybody, cms, wordpress, ghost (make_pages.py), regional, magazine (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), blox (make_heldout8.py), hugo (make_heldout11.py), joomla4 (make_heldout12.py) and ucoz
(make_heldout19.py) --, none of them in the language h87 or h88 gave it (9 English pages, 3 in each other language:
English on amp, legacy-br, semantic, wordpress, ghost, storybody, cms and magazine; Turkish on drupal, gutenberg and
joomla4; German on sanity, regional and table; French on quintype and typo3; Spanish on portal, fusion and ucoz;
Russian on chunks, blox and hugo); while a page is rendered, the earlier modules' related headlines, the strings
that belong to one site rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from
themselves are swapped for this part's own, and the templates get this part's furniture strings (UI_NEW) instead of
make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout88.py, so that make_pages.py can import this module and merge it the same way. Standard
library only; deterministic (each page's choices are seeded from its id).
"""
import collections
import contextlib
import copy
import datetime
import json
import os
import random
import re
import sys
import unicodedata

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
import make_heldout73 as mp73  # noqa: E402
import make_heldout74 as mp74  # noqa: E402
import make_heldout75 as mp75  # noqa: E402
import make_heldout76 as mp76  # noqa: E402
import make_heldout77 as mp77  # noqa: E402
import make_heldout78 as mp78  # noqa: E402
import make_heldout79 as mp79  # noqa: E402
import make_heldout80 as mp80  # noqa: E402
import make_heldout81 as mp81  # noqa: E402
import make_heldout82 as mp82  # noqa: E402
import make_heldout83 as mp83  # noqa: E402
import make_heldout84 as mp84  # noqa: E402
import make_heldout85 as mp85  # noqa: E402
import make_heldout86 as mp86  # noqa: E402
import make_heldout87 as mp87  # noqa: E402
import make_heldout88 as mp88  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h89_en import ARTICLES as H89_EN  # noqa: E402
from articles_h89_intl import ARTICLES as H89_INTL  # noqa: E402

ARTICLES = H89_EN + H89_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88)
# parts whose layouts' languages this part avoids (the two finished parts before it)
LANG_PARTS = (mp87, mp88)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h89"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Pellingford Gazette", "The Lenn Valley Herald", "Pellingford and Duncote Times", "The Marrow Green Messenger",
           "Lenn Valley Sentinel", "The Pellingford Clarion", "Oxley and Hatherby Post", "The Lenn Valley Weekly Journal"],
    "tr": ["Ardıçova Haber", "Ardıçova'nın Gündemi", "Kirazlıtepe Postası"],
    "de": ["Lindenhaller Anzeiger", "Mühlbachtal-Rundschau", "Oberweidener Tagblatt"],
    "fr": ["Le Courrier de l'Ornelle"],
    "es": ["Heraldo de Villamorena", "La Voz del Arlete"],
    "ru": ["Светлоозёрские известия", "Вести Светлого озера", "Светлоозёрск онлайн"],
}
# sites fixed per page (the two Duda sites, a town hall's own site on TYPO3, a village association's website on
# uCoz) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h88 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This river-level chart only appears once you allow functional cookies", "Turn on social media cookies to see this Pellingford post"],
        "tr": ["Bu baraj seviyesi grafiği ancak işlevsel çerezlere izin verdiğinizde görünür", "Bu Ardıçova paylaşımını görmek için sosyal medya çerezlerini açın"],
        "de": ["Dieses Pegeldiagramm erscheint erst, wenn Sie funktionale Cookies zulassen", "Schalten Sie Social-Media-Cookies ein, um diesen Lindenhaller Beitrag zu sehen"],
        "fr": ["Ce graphique des crues de l'Ornelle ne s'affiche qu'avec les cookies fonctionnels", "Activez les cookies des réseaux sociaux pour voir cette publication de Vaudrenne"],
        "es": ["Este gráfico del caudal del Arlete solo aparece si permites las cookies funcionales", "Activa las cookies de redes sociales para ver esta publicación de Villamorena"],
        "ru": ["График уровня воды в озере появится только после согласия на функциональные cookie", "Включите cookie соцсетей, чтобы увидеть эту публикацию из Светлоозёрска"],
    },
    "newsletter": {
        "en": ["Pellingford at Six: the town's news in your inbox every evening", "You've read three Lenn valley stories this week: sign in free to keep going", "Keep reporting alive in Pellingford: back {site} from £4 a month"],
        "tr": ["Akşam Altıda Ardıçova: ilçenin haberleri her akşam e-posta kutunuzda", "Bu hafta üç Ardıçova haberi okudunuz: devam etmek için ücretsiz giriş yapın", "Ardıçova'da habercilik yaşasın: {site}'e ayda 60 liradan destek olun"],
        "de": ["Lindenhall um sechs: die Nachrichten der Stadt jeden Abend im Postfach", "Sie haben diese Woche drei Berichte aus dem Mühlbachtal gelesen: kostenlos anmelden und weiterlesen", "Damit es in Lindenhall weiter Lokaljournalismus gibt: {site} ab 4 Euro im Monat unterstützen"],
        "fr": ["Vaudrenne à 18 heures : l'actualité de la ville chaque soir dans votre boîte", "Vous avez lu trois articles de l'Ornelle cette semaine : connectez-vous gratuitement pour continuer", "Pour que l'info locale vive à Vaudrenne : soutenez {site} dès 4 euros par mois"],
        "es": ["Villamorena a las seis: las noticias del pueblo cada tarde en tu correo", "Has leído tres noticias del Arlete esta semana: entra gratis para seguir", "Que siga habiendo periodismo en Villamorena: apoya a {site} desde 4 euros al mes"],
        "ru": ["«Светлоозёрск в шесть»: новости города каждый вечер на почту", "Вы прочитали три материала о Светлом озере на этой неделе: войдите бесплатно, чтобы продолжить", "Чтобы в Светлоозёрске оставалась своя журналистика: поддержите «{site}» от 200 рублей в месяц"],
    },
    "share": {
        "en": ["Tell Pellingford: Facebook · WhatsApp · Threads · Copy link", "Forward this Lenn valley story to a friend ›"],
        "tr": ["Ardıçova'ya duyurun: Facebook · WhatsApp · Threads · Bağlantıyı kopyala", "Bu Ardıçova haberini bir arkadaşınıza gönderin ›"],
        "de": ["In Lindenhall verbreiten: Facebook · WhatsApp · Threads · Link kopieren", "Diesen Bericht aus dem Mühlbachtal an Freunde schicken ›"],
        "fr": ["Faites savoir à Vaudrenne : Facebook · WhatsApp · Threads · Copier le lien", "Envoyer cet article de l'Ornelle à un ami ›"],
        "es": ["Cuéntalo en Villamorena: Facebook · WhatsApp · Threads · Copiar enlace", "Envía esta noticia del Arlete a un amigo ›"],
        "ru": ["Расскажите Светлоозёрску: ВКонтакте · Телеграм · Одноклассники · Скопировать ссылку", "Переслать этот материал о Светлом озере другу ›"],
    },
    "photo": {
        "en": ["Image supplied to the Pellingford picture desk", "Photo by a Lenn valley reader, used with thanks"],
        "tr": ["Görüntü Ardıçova fotoğraf masamıza gönderildi", "Ardıçovalı bir okurumuzun fotoğrafı, teşekkürlerimizle"],
        "de": ["Bild der Lindenhaller Fotoredaktion zur Verfügung gestellt", "Foto eines Lesers aus dem Mühlbachtal, mit Dank verwendet"],
        "fr": ["Image transmise au service photo de Vaudrenne", "Photo d'un lecteur de l'Ornelle, avec nos remerciements"],
        "es": ["Imagen cedida a la sección de fotografía de Villamorena", "Foto de un lector del Arlete, con nuestro agradecimiento"],
        "ru": ["Снимок передан в фотослужбу Светлоозёрска", "Фото читателя со Светлого озера, публикуем с благодарностью"],
    },
    "copyright": {
        "en": ["© 2026 {site}: no part of this Pellingford report may be copied, rebroadcast or used to train software without a licence from the publisher."],
        "tr": ["© 2026 {site}: bu Ardıçova haberinin hiçbir bölümü yayıncının lisansı olmadan kopyalanamaz, yeniden yayınlanamaz ya da yazılım eğitiminde kullanılamaz."],
        "de": ["© 2026 {site}: kein Teil dieses Lindenhaller Berichts darf ohne Lizenz des Verlags kopiert, gesendet oder zum Training von Software verwendet werden."],
        "fr": ["© 2026 {site} : aucune partie de cet article de Vaudrenne ne peut être copiée, rediffusée ou servir à entraîner un logiciel sans licence de l'éditeur."],
        "es": ["© 2026 {site}: ninguna parte de esta noticia de Villamorena puede copiarse, emitirse de nuevo ni usarse para entrenar programas sin licencia del editor."],
        "ru": ["© 2026 «{site}»: никакую часть этого материала о Светлоозёрске нельзя копировать, пересказывать в эфире или использовать для обучения программ без лицензии издателя."],
    },
    "section": {
        "en": ["Pellingford desk · {section}", "Everything in {section} from the Lenn valley ›"],
        "tr": ["Ardıçova masası · {section}", "Ardıçova'dan bütün {section} haberleri ›"],
        "de": ["Lindenhaller Ressort · {section}", "Alles aus dem Ressort {section} im Mühlbachtal ›"],
        "fr": ["Rubrique Vaudrenne · {section}", "Tout {section} dans la vallée de l'Ornelle ›"],
        "es": ["Mesa de Villamorena · {section}", "Todo {section} en la comarca del Arlete ›"],
        "ru": ["Светлоозёрская рубрика · {section}", "Все материалы рубрики «{section}» о Светлом озере ›"],
    },
    "related": {
        "en": ["Elsewhere in Pellingford this week", "More stories from the Lenn valley"],
        "tr": ["Bu hafta Ardıçova'da başka neler oldu", "Ardıçova'dan daha fazla haber"],
        "de": ["Sonst noch diese Woche in Lindenhall", "Weitere Berichte aus dem Mühlbachtal"],
        "fr": ["Ailleurs à Vaudrenne cette semaine", "D'autres articles de la vallée de l'Ornelle"],
        "es": ["Esta semana en Villamorena", "Más noticias de la comarca del Arlete"],
        "ru": ["Что ещё произошло в Светлоозёрске за неделю", "Другие материалы о Светлом озере"],
    },
    "symbol": {
        "*": ["⋇ ⟢ ⋇", "⟣ · ⟣ · ⟣", "· ◆ · ◆ ·", "⟡ ✧ ⟡ ✧"],
    },
    "credit": {
        "en": ["Reporting by the {site} team in Pellingford", "Our Duncote and Hatherby correspondent helped with this report"],
        "tr": ["{site} Ardıçova ekibinin haberi", "Kirazlıtepe muhabirimiz bu habere yardım etti"],
        "de": ["Recherche: das Team von {site} in Lindenhall", "Unsere Korrespondentin in Oberweiden und Kranzbach hat mitrecherchiert"],
        "fr": ["Reportage de l'équipe de {site} à Vaudrenne", "Notre correspondante à Saint-Ours-de-l'Ornelle a participé au reportage"],
        "es": ["Información del equipo de {site} en Villamorena", "Nuestra corresponsal en Fuentecilla de Abajo ha colaborado"],
        "ru": ["Материал подготовила светлоозёрская команда «{site}»", "Наш корреспондент в посёлке Ключи помог с этим материалом"],
    },
    "ad": {
        "en": ["Advertisement · Pellingford story continues below", "Reach the whole Lenn valley: book an advert with {site}"],
        "tr": ["Reklam · Ardıçova haberi aşağıda sürüyor", "Bütün Ardıçova'ya ulaşın: {site}'te reklam yerinizi ayırın"],
        "de": ["Anzeige · der Lindenhaller Bericht geht unten weiter", "Das ganze Mühlbachtal erreichen: Anzeige bei {site} buchen"],
        "fr": ["Publicité · l'article de Vaudrenne continue ci-dessous", "Touchez toute la vallée de l'Ornelle : réservez une annonce dans {site}"],
        "es": ["Publicidad · la noticia de Villamorena continúa abajo", "Llega a toda la comarca del Arlete: reserva tu anuncio en {site}"],
        "ru": ["Реклама · материал о Светлоозёрске продолжается ниже", "Охватите весь район Светлого озера: закажите рекламу в «{site}»"],
    },
    "continue": {
        "en": ["Keep reading this Pellingford report", "Show the whole Lenn valley story ⌄"],
        "tr": ["Bu Ardıçova haberini okumayı sürdürün", "Ardıçova haberinin tamamını göster ⌄"],
        "de": ["Diesen Lindenhaller Bericht weiterlesen", "Den ganzen Bericht aus dem Mühlbachtal zeigen ⌄"],
        "fr": ["Continuer à lire cet article de Vaudrenne", "Afficher tout l'article de l'Ornelle ⌄"],
        "es": ["Sigue leyendo esta noticia de Villamorena", "Mostrar la noticia del Arlete completa ⌄"],
        "ru": ["Продолжить чтение материала о Светлоозёрске", "Показать материал о Светлом озере полностью ⌄"],
    },
    "comments": {
        "en": ["{n} comments from Pellingford readers", "Have your say with {n} others from the Lenn valley ›"],
        "tr": ["Ardıçovalı okurlardan {n} yorum", "{n} Ardıçovalıyla birlikte siz de yazın ›"],
        "de": ["{n} Kommentare von Lindenhaller Lesern", "Mitreden mit {n} anderen aus dem Mühlbachtal ›"],
        "fr": ["{n} commentaires de lecteurs de Vaudrenne", "Donnez votre avis avec {n} autres habitants de l'Ornelle ›"],
        "es": ["{n} comentarios de lectores de Villamorena", "Opina con otros {n} vecinos del Arlete ›"],
        "ru": ["{n} комментариев от читателей из Светлоозёрска", "Высказаться вместе с {n} жителями Светлого озера ›"],
    },
    "readtime": {
        "en": ["A {m}-minute read from Pellingford", "Reading time in the Lenn valley: {m} minutes"],
        "tr": ["{m} dakikalık bir Ardıçova okuması", "Ardıçova okuma süresi: {m} dakika"],
        "de": ["{m} Minuten Lesestoff aus Lindenhall", "Lesedauer im Mühlbachtal: {m} Minuten"],
        "fr": ["{m} minutes de lecture à Vaudrenne", "Durée de lecture dans l'Ornelle : {m} minutes"],
        "es": ["{m} minutos de lectura desde Villamorena", "Tiempo de lectura en el Arlete: {m} minutos"],
        "ru": ["{m} минуты чтения о Светлоозёрске", "Время чтения на Светлом озере: {m} минуты"],
    },
    "updated": {
        "en": ["Last changed by the Pellingford desk: {d}, {t}", "This story was brought up to date on {d} at {t} after the borough council responded"],
        "tr": ["Ardıçova masası son olarak {d}, {t} itibarıyla değiştirdi", "Bu haber belediyenin yanıtının ardından {d} günü saat {t}'de güncellendi"],
        "de": ["Zuletzt geändert vom Lindenhaller Ressort: {d}, {t} Uhr", "Dieser Bericht wurde am {d} um {t} Uhr nach der Stellungnahme der Stadt auf den neuesten Stand gebracht"],
        "fr": ["Dernière modification par la rubrique de Vaudrenne : {d}, {t}", "Cet article a été actualisé le {d} à {t} après la réponse de la mairie de Vaudrenne"],
        "es": ["Última modificación de la mesa de Villamorena: {d}, {t}", "Esta noticia se actualizó el {d} a las {t} tras la respuesta del Ayuntamiento de Villamorena"],
        "ru": ["Последнее изменение светлоозёрской рубрики: {d}, {t}", "Материал обновлён {d} в {t} после ответа мэрии Светлоозёрска"],
    },
    "audio": {
        "en": ["🔊 Hear this Pellingford story read aloud ({m} min)", "No time to read: have this Lenn valley report read to you in {m} minutes"],
        "tr": ["🔊 Bu Ardıçova haberini sesli dinleyin ({m} dk)", "Vaktiniz yoksa bu Ardıçova haberini {m} dakikada size okuyalım"],
        "de": ["🔊 Diesen Lindenhaller Bericht vorlesen lassen ({m} Min.)", "Wenig Zeit: den Bericht aus dem Mühlbachtal in {m} Minuten vorlesen lassen"],
        "fr": ["🔊 Écouter la lecture de cet article de Vaudrenne ({m} min)", "Pressé : faites-vous lire cet article de l'Ornelle en {m} minutes"],
        "es": ["🔊 Oye esta noticia de Villamorena en voz alta ({m} min)", "Si vas con prisa, te leemos esta noticia del Arlete en {m} minutos"],
        "ru": ["🔊 Прослушать материал о Светлоозёрске ({m} мин)", "Если некогда читать, мы прочитаем вам материал о Светлом озере за {m} минуты"],
    },
    "app": {
        "en": ["Pellingford in your pocket: download the {site} app free", "Continue in the Lenn valley app ›"],
        "tr": ["Ardıçova cebinizde: {site} uygulamasını ücretsiz indirin", "Ardıçova uygulamasında devam edin ›"],
        "de": ["Lindenhall für die Hosentasche: die App von {site} kostenlos laden", "In der Mühlbachtal-App fortfahren ›"],
        "fr": ["Vaudrenne dans votre poche : téléchargez gratuitement l'appli {site}", "Continuer dans l'appli de l'Ornelle ›"],
        "es": ["Villamorena en tu bolsillo: descarga gratis la app de {site}", "Continúa en la app del Arlete ›"],
        "ru": ["Светлоозёрск в кармане: скачайте приложение «{site}» бесплатно", "Продолжить в приложении о Светлом озере ›"],
    },
    "bio": {
        "en": ["{by} writes about {section} for {site} from our office above the Corn Stores in Pellingford.", "More from {by} in the Lenn valley ›"],
        "tr": ["{by}, {site} için {section} konularını Ardıçova'daki bürumuzdan yazıyor.", "{by} imzalı diğer Ardıçova haberleri ›"],
        "de": ["{by} berichtet für {site} über {section}, aus unserem Büro am Lindenhaller Kornmarkt.", "Weitere Berichte von {by} aus dem Mühlbachtal ›"],
        "fr": ["{by} couvre la rubrique {section} pour {site} depuis notre bureau de la rue des Cordeliers, à Vaudrenne.", "Les autres articles de {by} dans la vallée de l'Ornelle ›"],
        "es": ["{by} cubre {section} para {site} desde nuestra oficina de la calle Real de Villamorena.", "Más noticias de {by} en la comarca del Arlete ›"],
        "ru": ["{by} пишет о теме «{section}» для «{site}» из нашей редакции на Озёрной улице Светлоозёрска.", "Другие материалы автора {by} о Светлом озере ›"],
    },
    "tip": {
        "en": ["Got a story from Pellingford? Message the desk on 07700 900 514", "Know something the Lenn valley should hear? newsdesk@pellingford-desk.example"],
        "tr": ["Ardıçova'dan bir haberiniz mi var? Masamıza 0 (532) 900 51 40 numarasından yazın", "Ardıçova'nın duyması gereken bir şey mi biliyorsunuz? haber@ardicova-masa.example"],
        "de": ["Eine Geschichte aus Lindenhall? Schreiben Sie der Redaktion an 0160 900 51 40", "Das Mühlbachtal sollte etwas wissen? redaktion@lindenhall-ressort.example"],
        "fr": ["Une info à Vaudrenne ? Écrivez à la rédaction au 06 00 90 51 40", "Vous savez quelque chose que l'Ornelle doit apprendre ? info@vaudrenne-redac.example"],
        "es": ["¿Tienes una historia de Villamorena? Escríbenos al 600 900 514", "¿Sabes algo que debería saber el Arlete? noticias@villamorena-mesa.example"],
        "ru": ["Есть новость из Светлоозёрска? Пишите в редакцию: +7 900 000-51-40", "Знаете то, что должен знать весь район? redakciya@svetloozyorsk-desk.example"],
    },
    "typo": {
        "en": ["Mistake in this Pellingford story: highlight the words and press Ctrl+Enter to let the desk know"],
        "tr": ["Bu Ardıçova haberindeki hatayı işaretleyip Ctrl+Enter ile Ardıçova masasına bildirin"],
        "de": ["Fehler in diesem Lindenhaller Bericht: Wörter markieren und mit Strg+Enter ans Lindenhaller Ressort schicken"],
        "fr": ["Une faute dans cet article de Vaudrenne : surlignez les mots et faites Ctrl+Entrée pour prévenir la rubrique"],
        "es": ["Errata en esta noticia de Villamorena: marca las palabras y pulsa Ctrl+Intro para avisar a la mesa de Villamorena"],
        "ru": ["Ошибка в материале о Светлоозёрске: выделите слова и нажмите Ctrl+Enter, чтобы сообщить светлоозёрской редакции"],
    },
    "push": {
        "en": ["Breaking news from Pellingford on this device: Allow Pellingford alerts · Ask me next week"],
        "tr": ["Ardıçova son dakika haberleri bu cihazda: Ardıçova bildirimlerine izin ver · Haftaya sor"],
        "de": ["Eilmeldungen aus Lindenhall auf diesem Gerät: Lindenhall-Meldungen zulassen · Nächste Woche fragen"],
        "fr": ["Alertes de Vaudrenne sur cet appareil : Autoriser les alertes de Vaudrenne · Me redemander la semaine prochaine"],
        "es": ["Última hora de Villamorena en este dispositivo: Permitir avisos de Villamorena · Pregúntame la semana que viene"],
        "ru": ["Срочные новости Светлоозёрска на этом устройстве: Разрешить уведомления Светлоозёрска · Спросить через неделю"],
    },
    "print": {
        "en": ["Pellingford story tools: Print · Save as PDF · Email a friend", "Printable version of this Lenn valley report ›"],
        "tr": ["Ardıçova haber araçları: Yazdır · PDF olarak kaydet · Arkadaşına gönder", "Bu Ardıçova haberinin yazdırılabilir hâli ›"],
        "de": ["Werkzeuge zum Lindenhaller Bericht: Drucken · Als PDF sichern · An Freunde mailen", "Druckfassung dieses Berichts aus dem Mühlbachtal ›"],
        "fr": ["Outils de l'article de Vaudrenne : Imprimer · Enregistrer en PDF · Envoyer à un ami", "Version imprimable de cet article de l'Ornelle ›"],
        "es": ["Herramientas de la noticia de Villamorena: Imprimir · Guardar como PDF · Enviar a un amigo", "Versión imprimible de esta noticia del Arlete ›"],
        "ru": ["Инструменты материала о Светлоозёрске: Печать · Сохранить в PDF · Отправить другу", "Версия для печати материала о Светлом озере ›"],
    },
    "feedback": {
        "en": ["Tell us whether this Pellingford story had what you needed: it did · some of it · it did not"],
        "tr": ["Bu Ardıçova haberinde aradığınızı bulup bulmadığınızı söyleyin: buldum · bir kısmını · bulamadım"],
        "de": ["Sagen Sie uns, ob dieser Lindenhaller Bericht das Gesuchte hatte: hatte er · zum Teil · hatte er nicht"],
        "fr": ["Dites-nous si cet article de Vaudrenne contenait ce que vous cherchiez : tout à fait · une partie · pas du tout"],
        "es": ["Dinos si esta noticia de Villamorena tenía lo que buscabas: lo tenía · una parte · no lo tenía"],
        "ru": ["Скажите, нашли ли вы в материале о Светлоозёрске то, что искали: нашёл · частично · не нашёл"],
    },
    "standards": {
        "en": ["{site} follows the IPSO Editors' Code in all its Pellingford reporting. Concerns about accuracy can be sent to readers@pellingford-desk.example."],
        "tr": ["{site}, bütün Ardıçova haberlerinde Türkiye Gazeteciler Cemiyeti'nin ilkelerini izler. Doğrulukla ilgili kaygılarınızı okur@ardicova-masa.example adresine gönderebilirsiniz."],
        "de": ["{site} folgt in der gesamten Lindenhaller Berichterstattung dem Pressekodex. Hinweise zur Richtigkeit bitte an leser@lindenhall-ressort.example."],
        "fr": ["{site} applique la charte d'éthique des journalistes dans tous ses articles sur Vaudrenne. Signalez une inexactitude à lecteurs@vaudrenne-redac.example."],
        "es": ["{site} aplica el código deontológico de la FAPE en toda su información sobre Villamorena. Las dudas sobre la exactitud pueden enviarse a lectores@villamorena-mesa.example."],
        "ru": ["«{site}» придерживается профессионального кодекса журналиста во всех материалах о Светлоозёрске. Замечания о точности присылайте на chitateli@svetloozyorsk-desk.example."],
    },
    "topics": {
        "en": ["Filed under: {section} · Pellingford · Lenn valley", "Follow {section} stories from Pellingford ›"],
        "tr": ["Etiketler: {section} · Ardıçova · Ardıçova köyleri", "Ardıçova'dan {section} haberlerini takip edin ›"],
        "de": ["Abgelegt unter: {section} · Lindenhall · Mühlbachtal", "Berichten über {section} aus Lindenhall folgen ›"],
        "fr": ["Classé dans : {section} · Vaudrenne · Vallée de l'Ornelle", "Suivre les articles {section} de Vaudrenne ›"],
        "es": ["Archivado en: {section} · Villamorena · Comarca del Arlete", "Sigue las noticias de {section} en Villamorena ›"],
        "ru": ["Рубрики: {section} · Светлоозёрск · Светлое озеро", "Следить за темой «{section}» в Светлоозёрске ›"],
    },
    "bookmark": {
        "en": ["☆ Add this Pellingford story to your reading list"],
        "tr": ["☆ Bu Ardıçova haberini okuma listenize ekleyin"],
        "de": ["☆ Diesen Lindenhaller Bericht auf die Leseliste setzen"],
        "fr": ["☆ Ajouter cet article de Vaudrenne à votre liste de lecture"],
        "es": ["☆ Añade esta noticia de Villamorena a tu lista de lectura"],
        "ru": ["☆ Добавить материал о Светлоозёрске в список для чтения"],
    },
    "poll": {
        "en": ["Pellingford poll: the right decision · the wrong decision · I'm not sure yet", "Cast your vote and see how Pellingford answered"],
        "tr": ["Ardıçova anketi: doğru karar · yanlış karar · henüz emin değilim", "Oyunuzu verin, Ardıçova'nın yanıtını görün"],
        "de": ["Lindenhall-Umfrage: die richtige Entscheidung · die falsche Entscheidung · ich bin noch unsicher", "Stimmen Sie ab und sehen Sie, wie Lindenhall geantwortet hat"],
        "fr": ["Sondage Vaudrenne : la bonne décision · la mauvaise décision · je ne sais pas encore", "Votez et voyez ce qu'a répondu Vaudrenne"],
        "es": ["Encuesta de Villamorena: la decisión acertada · la decisión equivocada · aún no lo sé", "Vota y mira qué ha respondido Villamorena"],
        "ru": ["Опрос Светлоозёрска: правильное решение · неправильное решение · пока не знаю", "Проголосуйте и посмотрите, что ответил Светлоозёрск"],
    },
    "embed": {
        "en": ["View {handle}'s Pellingford post on Instagram", "Watch {handle}'s Lenn valley video on YouTube"],
        "tr": ["{handle} hesabının Ardıçova gönderisini Instagram'da açın", "{handle} hesabının Ardıçova videosunu YouTube'da izleyin"],
        "de": ["Den Lindenhall-Beitrag von {handle} auf Instagram öffnen", "Das Mühlbachtal-Video von {handle} auf YouTube ansehen"],
        "fr": ["Ouvrir la publication de {handle} sur Vaudrenne sur Instagram", "Regarder la vidéo de {handle} sur l'Ornelle sur YouTube"],
        "es": ["Abre la publicación de {handle} sobre Villamorena en Instagram", "Mira el vídeo de {handle} sobre el Arlete en YouTube"],
        "ru": ["Открыть пост {handle} о Светлоозёрске в Instagram", "Смотреть видео {handle} о Светлом озере на YouTube"],
    },
    "gallery": {
        "en": ["🖼 Pellingford in {g} pictures", "See all {g} photos from the Lenn valley ›"],
        "tr": ["🖼 {g} karede Ardıçova", "Ardıçova'dan {g} fotoğrafın hepsini görün ›"],
        "de": ["🖼 Lindenhall in {g} Bildern", "Alle {g} Fotos aus dem Mühlbachtal ansehen ›"],
        "fr": ["🖼 Vaudrenne en {g} images", "Voir les {g} photos de l'Ornelle ›"],
        "es": ["🖼 Villamorena en {g} imágenes", "Ver las {g} fotos del Arlete ›"],
        "ru": ["🖼 Светлоозёрск в {g} кадрах", "Смотреть все {g} фото со Светлого озера ›"],
    },
    "map": {
        "en": ["Open in the Pellingford map", "Get there in the Lenn valley: Google Maps · Apple Maps · Citymapper"],
        "tr": ["Ardıçova haritasında aç", "Ardıçova'da oraya gidin: Google Haritalar · Apple Haritalar · Yandex Navigasyon"],
        "de": ["In der Lindenhall-Karte öffnen", "Hinkommen im Mühlbachtal: Google Maps · Apple Karten · DB Navigator"],
        "fr": ["Ouvrir dans la carte de Vaudrenne", "S'y rendre dans l'Ornelle : Google Maps · Plans · Citymapper"],
        "es": ["Abrir en el mapa de Villamorena", "Llegar en el Arlete: Google Maps · Mapas de Apple · Moovit"],
        "ru": ["Открыть на карте Светлоозёрска", "Как добраться на Светлом озере: Яндекс Карты · 2ГИС · Яндекс Навигатор"],
    },
    "calendar": {
        "en": ["Save the Pellingford date: Google · Outlook · iCal", "Remind me before this Lenn valley event ›"],
        "tr": ["Ardıçova tarihini kaydedin: Google · Outlook · iCal", "Bu Ardıçova etkinliğinden önce bana hatırlat ›"],
        "de": ["Den Lindenhaller Termin speichern: Google · Outlook · iCal", "Vor diesem Termin im Mühlbachtal erinnern ›"],
        "fr": ["Enregistrer la date à Vaudrenne : Google · Outlook · iCal", "Me le rappeler avant ce rendez-vous de l'Ornelle ›"],
        "es": ["Guarda la fecha de Villamorena: Google · Outlook · iCal", "Recuérdamelo antes de esta cita en el Arlete ›"],
        "ru": ["Сохранить дату в Светлоозёрске: Google · Outlook · iCal", "Напомнить мне перед событием на Светлом озере ›"],
    },
    "scores": {
        "en": ["Every Lenn valley result from the weekend ›", "Pellingford sport: Fixtures · Scores · Tables · Scorers"],
        "tr": ["Hafta sonunun bütün Ardıçova skorları ›", "Ardıçova sporu: Maçlar · Skorlar · Tablolar · Gol atanlar"],
        "de": ["Jedes Ergebnis aus dem Mühlbachtal vom Wochenende ›", "Sport in Lindenhall: Spiele · Resultate · Tabellen · Torschützen"],
        "fr": ["Tous les scores du week-end dans l'Ornelle ›", "Sport à Vaudrenne : Matchs · Scores · Tableaux · Buteurs"],
        "es": ["Todos los resultados del fin de semana en el Arlete ›", "Deporte en Villamorena: Partidos · Marcadores · Tablas · Goleadores"],
        "ru": ["Все счета выходных на Светлом озере ›", "Спорт Светлоозёрска: Игры · Счёт · Таблицы · Бомбардиры"],
    },
    "correction": {
        "en": ["This Pellingford story has been corrected since it was first published."],
        "tr": ["Bu Ardıçova haberi ilk yayımlandıktan sonra düzeltilmiştir."],
        "de": ["Dieser Lindenhaller Bericht wurde seit der ersten Veröffentlichung korrigiert."],
        "fr": ["Cet article de Vaudrenne a été corrigé depuis sa première publication."],
        "es": ["Esta noticia de Villamorena se ha corregido desde su primera publicación."],
        "ru": ["Материал о Светлоозёрске исправлен после первой публикации."],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "smokecontrol": {
        "en": ["Smoke control area: what you can burn", "Streets inside the smoke control area", "Check if your stove is approved ›", "Burning in a smoke control area: the rules"],
        "tr": ["Duman kontrol bölgesi: neleri yakabilirsiniz", "Duman kontrol bölgesindeki mahalleler", "Sobanız onaylı mı, kontrol edin ›", "Duman kontrol bölgesinde yakma kuralları"],
        "de": ["Rauchschutzgebiet: was Sie verfeuern dürfen", "Straßen im Rauchschutzgebiet", "Prüfen, ob Ihr Ofen zugelassen ist ›", "Heizen im Rauchschutzgebiet: die Regeln"],
        "fr": ["Zone de protection contre les fumées : ce que vous pouvez brûler", "Rues de la zone de protection contre les fumées", "Vérifier si votre appareil est autorisé ›", "Se chauffer en zone protégée : les règles"],
        "es": ["Zona de control de humos: qué se puede quemar", "Calles dentro de la zona de control de humos", "Comprueba si tu estufa está homologada ›", "Calefacción en zona de control de humos: las normas"],
        "ru": ["Зона ограничения дыма: что можно жечь", "Улицы в зоне ограничения дыма", "Проверить, разрешена ли ваша печь ›", "Отопление в зоне ограничения дыма: правила"],
    },
    "landlordlicensing": {
        "en": ["Selective licensing: do you need a licence?", "Licence fees and who pays them", "Apply for a landlord licence ›", "Landlord licensing at a glance"],
        "tr": ["Kiraya verenlere ruhsat: size gerekiyor mu?", "Ruhsat ücretleri ve kimin ödediği", "Ev sahibi ruhsatına başvurun ›", "Kiralık konut ruhsatı bir bakışta"],
        "de": ["Registrierungspflicht: Betrifft sie Ihre Wohnung?", "Gebühren der Wohnraumregistrierung", "Mietwohnung jetzt registrieren ›", "Wohnraumregistrierung auf einen Blick"],
        "fr": ["Permis de louer : êtes-vous concerné ?", "Tarifs du permis de louer", "Déposer une demande de permis de louer ›", "Le permis de louer en bref"],
        "es": ["Licencia de arrendador: ¿la necesitas?", "Tasas de la licencia de arrendador", "Solicita la licencia de arrendador ›", "La licencia de arrendador en resumen"],
        "ru": ["Реестр арендодателей: нужно ли вам регистрироваться?", "Сборы реестра арендодателей", "Подать заявку в реестр арендодателей ›", "Реестр арендодателей коротко"],
    },
    "parkingsuspensions": {
        "en": ["Parking bay suspensions this week", "Suspended bays: streets, dates and times", "See all parking suspensions in Pellingford ›", "Bay suspension notice"],
        "tr": ["Bu hafta park yasağı olan yerler", "Park yasağı: sokaklar, tarihler ve saatler", "Ardıçova'daki bütün park yasaklarını görün ›", "Park yasağı duyurusu"],
        "de": ["Haltverbote diese Woche", "Gesperrte Parkplätze: Straßen, Tage, Uhrzeiten", "Alle Haltverbote in Lindenhall ansehen ›", "Hinweis zum Haltverbot"],
        "fr": ["Stationnement neutralisé cette semaine", "Places neutralisées : rues, dates et horaires", "Voir tous les arrêtés de stationnement à Vaudrenne ›", "Avis de neutralisation du stationnement"],
        "es": ["Reservas de aparcamiento esta semana", "Plazas anuladas: calles, fechas y horas", "Ver todas las reservas de aparcamiento en Villamorena ›", "Aviso de prohibición de aparcar"],
        "ru": ["Временные запреты стоянки на этой неделе", "Где запрещена стоянка: улицы, даты и часы", "Все временные запреты стоянки в Светлоозёрске ›", "Уведомление о запрете стоянки"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"smokecontrol": [0, 1, 2, 3], "landlordlicensing": [0, 1, 2, 3], "parkingsuspensions": [0, 1, 2, 3]}
# the smoke control panel: the streets covered with the date the rules start; and what may be burned, the stoves, the
# fines
SMOKE_AREAS = {
    "en": [("Marrow Green, all streets", "from 1 October 2027"), ("Duncote, village centre and Mill End", "from 1 October 2027"),
           ("Pellingford town centre and Northgate", "in force since 1994")],
    "tr": [("Ardıçova çarşısı ve Hükümet Meydanı çevresi", "2027 kışından itibaren"), ("Kirazlıtepe köy merkezi", "2028 kışından itibaren"),
           ("Ardıçova İstasyon Mahallesi, bütün sokaklar", "2027 kışından itibaren")],
    "de": [("Lindenhaller Altstadt innerhalb des Mauerrings", "ab 1. Oktober 2027"), ("Kornstraße und Gerbergasse", "ab 1. Oktober 2027"),
           ("Oberweiden, Ortskern", "ab 1. Oktober 2028")],
    "fr": [("Vaudrenne, centre ancien et faubourg des Tanneurs", "dès l'hiver 2026"), ("Les Aubiers, bourg", "dès l'hiver 2026"),
           ("Saint-Ours-de-l'Ornelle", "à partir de l'hiver 2027")],
    "es": [("Villamorena, casco histórico", "desde el 1 de noviembre de 2026"), ("Barrio de la Estación de Villamorena", "desde el 1 de noviembre de 2026"),
           ("Fuentecilla de Abajo, núcleo urbano", "desde noviembre de 2027")],
    "ru": [("посёлок Заречный", "с 1 января 2027 года"), ("посёлок Ключи, улицы Лесная и Полевая", "с 1 января 2027 года"),
           ("посёлок Сосновка, вся частная застройка", "с 1 октября 2027 года")],
}
SMOKE_HEAD = {"en": ("Area", "Rules apply"), "tr": ("Bölge", "Geçerlilik"), "de": ("Gebiet", "Gilt"),
              "fr": ("Secteur", "Application"), "es": ("Zona", "Vigencia"), "ru": ("Район", "Действует")}
SMOKE_RULES = {
    "en": [("Fuels you may burn", "authorised smokeless fuels in an open grate, or dry wood in an approved stove only"),
           ("Approved stoves", "look for the Defra exemption mark or ask your installer for the stove's certificate"),
           ("The penalty", "a civil penalty of between £175 and £300 for smoke from a chimney in the area"),
           ("Pellingford environmental health", "01632 960 718, Monday to Friday")],
    "tr": [("Yakılabilecek yakıtlar", "yalnızca onaylı kömür ve kurutulmuş odun"),
           ("Onaylı sobalar", "üretici belgesi olan, belediyenin listesindeki modeller"),
           ("Para cezası", "kurala uymayan hanelere 2.000 liradan başlayan idari para cezası"),
           ("Ardıçova çevre birimi", "hafta içi 0 (382) 000 71 18")],
    "de": [("Zulässige Brennstoffe", "trockenes, unbehandeltes Scheitholz mit weniger als 25 Prozent Restfeuchte und zugelassene Briketts"),
           ("Zulässige Öfen", "nur Feuerstätten, die die Grenzwerte der Stufe 2 einhalten, mit Bescheinigung des Schornsteinfegers"),
           ("Bußgeld im Rauchschutzgebiet", "bis zu 50.000 Euro bei Betrieb eines nicht zugelassenen Ofens"),
           ("Umweltamt Lindenhall", "Rathaus, Zimmer 214, 07941 55-214")],
    "fr": [("Combustibles autorisés", "bois sec labellisé, granulés certifiés"),
           ("Appareils autorisés", "poêles et inserts labellisés Flamme verte 7 étoiles ou équivalent"),
           ("Sanction pour un foyer ouvert", "jusqu'à 450 € d'amende pour un foyer ouvert utilisé en appoint"),
           ("Espace info-énergie de Vaudrenne", "4 place du Marché, 05 00 71 18 00")],
    "es": [("Combustibles permitidos", "leña seca certificada y pellets con sello de calidad"),
           ("Estufas permitidas", "modelos con etiqueta ecológica y certificado del instalador"),
           ("Sanción por humo denso", "multas de 300 a 3.000 euros por humo denso reiterado"),
           ("Medio Ambiente de Villamorena", "plaza de España 1, 921 000 718")],
    "ru": [("Что можно жечь", "только сухие дрова, топливные брикеты и сортовой уголь"),
           ("Какие печи разрешены", "печи и котлы заводского изготовления с паспортом"),
           ("Штраф за нарушение правил топки", "от 3 до 5 тысяч рублей, при повторном нарушении — до 15 тысяч"),
           ("Отдел экологии мэрии Светлоозёрска", "кабинет 12, 8 (38400) 7-11-80")],
}
# the landlord licensing panel: which properties need a licence and the fees; how to apply and the penalties
LICENCE_FEES = {
    "en": [("Every privately rented home in Northgate ward", "£640 for five years"), ("Every privately rented home in Riverside ward", "£640 for five years"),
           ("Landlords accredited with the Pellingford Rental Standard", "£470 for five years")],
    "tr": [("Ardıçova İstasyon Mahallesi'ndeki her kiralık konut", "beş yıl için 2.400 lira"), ("Çarşı Mahallesi'ndeki her kiralık konut", "beş yıl için 2.400 lira"),
           ("Belediye kira standardına katılan ev sahipleri", "beş yıl için 1.800 lira")],
    "de": [("Jede Mietwohnung in der Gleisstraße", "95 Euro für fünf Jahre"), ("Jede Mietwohnung in der Weichenstraße und am Güterplatz", "95 Euro für fünf Jahre"),
           ("Wohnungen mit Prüfsiegel des Mietervereins Mühlbachtal", "60 Euro für fünf Jahre")],
    "fr": [("Logements loués des 14 rues du centre ancien de Vaudrenne", "gratuit, valable deux ans"), ("Changement de locataire rue des Tanneurs", "nouvelle demande obligatoire"),
           ("Logements du faubourg Saint-Ours", "déclaration simple")],
    "es": [("Viviendas de alquiler del casco histórico de Villamorena", "90 euros por cinco años"), ("Viviendas de alquiler del barrio de la Estación", "90 euros por cinco años"),
           ("Propietarios adheridos a la bolsa municipal de Villamorena", "45 euros por cinco años")],
    "ru": [("Сдаваемые квартиры в центре Светлоозёрска", "1 500 рублей на пять лет"), ("Сдаваемые дома в Заречном", "1 500 рублей на пять лет"),
           ("Арендодатели, вступившие в городскую программу «Честная аренда»", "без сбора для участников программы")],
}
LICENCE_HEAD = {"en": ("Property", "Fee"), "tr": ("Konut", "Ücret"), "de": ("Wohnung", "Gebühr"),
                "fr": ("Logement", "Coût"), "es": ("Vivienda", "Tasa"), "ru": ("Жильё", "Сбор")}
LICENCE_INFO = {
    "en": [("Who needs a licence", "anyone letting a home to a tenant in Northgate or Riverside wards from 1 April 2027"),
           ("How to apply for a Pellingford licence", "online through the Pellingford landlord portal, with gas and electrical safety certificates"),
           ("Penalties", "letting without a licence can mean a fine of up to £30,000 and a rent repayment order"),
           ("Pellingford private housing team", "privatehousing@pellingford.example")],
    "tr": [("Kimin ruhsata ihtiyacı var", "İstasyon ve Çarşı mahallelerinde konut kiraya veren herkes"),
           ("Ruhsata nasıl başvurulur", "belediye e-hizmet sayfasından, elektrik ve doğalgaz güvenlik belgeleriyle"),
           ("Cezalar", "ruhsatsız kiraya verene 20.000 liraya kadar idari para cezası"),
           ("Ardıçova konut birimi", "konut@ardicova-belediye.example")],
    "de": [("Wer sich registrieren muss", "alle, die in Gleisstraße, Weichenstraße oder am Güterplatz Wohnraum vermieten"),
           ("So melden Sie an", "im Bürgerportal oder im Wohnungsamt, mit Grundriss und Angaben zur Belegung"),
           ("Bußgeld bei fehlender Anmeldung", "bis zu 10.000 Euro für nicht angemeldete Wohnungen"),
           ("Wohnungsamt Lindenhall", "wohnungsamt@lindenhall.example, 07941 55-318")],
    "fr": [("Qui est concerné", "tout bailleur qui signe un nouveau bail dans les 14 rues du centre ancien de Vaudrenne"),
           ("Comment faire la demande", "formulaire Cerfa déposé au service habitat ou en ligne, un mois avant la location"),
           ("Sanctions", "jusqu'à 15 000 € d'amende pour une location sans autorisation"),
           ("Service habitat de Vaudrenne", "habitat@vaudrenne.example, 05 00 31 80 00")],
    "es": [("Quién necesita licencia", "quien alquile una vivienda en el casco histórico o el barrio de la Estación de Villamorena"),
           ("Cómo se solicita", "en la sede electrónica, con el certificado energético y el boletín eléctrico"),
           ("Sanciones", "hasta 6.000 euros por alquilar sin licencia"),
           ("Oficina de Vivienda de Villamorena", "vivienda@villamorena.example")],
    "ru": [("Кому нужна регистрация", "всем, кто сдаёт жильё в центре Светлоозёрска и в Заречном"),
           ("Как подать заявку", "через МФЦ или на сайте мэрии, с выпиской из ЕГРН"),
           ("Санкции", "штраф до 20 тысяч рублей за сдачу жилья без регистрации"),
           ("Жилищный отдел мэрии Светлоозёрска", "kabinet 31, 8 (38400) 7-13-10")],
}
# the parking bay suspension notice: streets with dates and times; where to park instead
BAY_STREETS = {
    "en": [("Castle Street, both sides", "Saturday 20 March, 8pm, to Sunday 21 March, 1pm"), ("Sheaf Lane, outside numbers 2 to 40", "Sunday 21 March, 6am to 1pm"),
           ("Bridge Road, pay-and-display bays", "Sunday 21 March, 6am to 12.30pm")],
    "tr": [("Cumhuriyet Caddesi, iki yön", "11 Haziran Perşembe 20.00 – 14 Haziran Pazar 24.00"), ("Hükümet Meydanı çevresi", "12–14 Haziran, gün boyu"),
           ("Bağlar Sokağı, pazar yeri tarafı", "13 Haziran Cumartesi, 06.00–22.00")],
    "de": [("Gleisstraße 4–18", "Montag 8. bis Mittwoch 10. Juni, 7–18 Uhr"), ("Güterplatz, Nordseite", "Dienstag 9. Juni, 6–14 Uhr"),
           ("Weichenstraße vor Hausnummer 22", "Freitag 12. Juni, ganztägig")],
    "fr": [("Rue des Tanneurs, côté pair", "du lundi 8 au mercredi 10 juin, de 7 h à 18 h"), ("Place du Marché, rangée nord", "samedi 13 juin, toute la journée"),
           ("Rue Basse", "du 15 au 19 juin, de 8 h à 17 h")],
    "es": [("Calle Real, entre la plaza de España y el mercado", "del 5 de octubre al 13 de noviembre, de 7.00 a 19.00"), ("Calle del Pozo, números 2 a 18", "lunes 5 de octubre, todo el día"),
           ("Plaza de España, lado del casino", "del 19 al 23 de octubre, de 8.00 a 15.00")],
    "ru": [("Озёрная улица, обе стороны", "с 20:00 21 августа до 24:00 23 августа"), ("Театральная площадь", "22 и 23 августа, весь день"),
           ("Проспект Мира от почтамта до моста", "22 и 23 августа, с 6:00 до 24:00")],
}
BAY_HEAD = {"en": ("Street", "Suspended"), "tr": ("Sokak", "Park yasağı"), "de": ("Straße", "Haltverbot"),
            "fr": ("Rue", "Neutralisé"), "es": ("Calle", "Prohibido aparcar"), "ru": ("Улица", "Запрет стоянки")}
BAY_INSTEAD = {
    "en": [("Park instead", "Guildhall car park or the Lenn Meadows long-stay car park, free on race morning"),
           ("Blue badge holders", "two bays kept free outside the Corn Stores on Castle Street"),
           ("Cars left in suspended bays", "will be moved at the owner's cost and may get a penalty charge notice"),
           ("Questions about the suspensions", "Pellingford parking services, 01632 960 255")],
    "tr": [("Bunun yerine park edin", "ilçe stadı otoparkı, festival boyunca ücretsiz"),
           ("Engelli araçları", "Bağlar Sokağı başında ayrılan dört yer"),
           ("Yasak yerde bırakılan araçlar", "çekiciyle otoparka götürülür, masrafı sahibine ait"),
           ("Ardıçova zabıtası", "0 (382) 000 71 55")],
    "de": [("Ausweichparkplätze", "Parkhaus am Bahnhof Lindenhall, P+R Mühlbachwiese"),
           ("Schwerbehindertenparkplätze", "zwei Plätze vor der Gleisstraße 2 bleiben frei"),
           ("Falschparker", "werden kostenpflichtig abgeschleppt"),
           ("Straßenverkehrsbehörde Lindenhall", "07941 55-255")],
    "fr": [("Se garer ailleurs", "parking des Cordeliers, gratuit pendant les travaux"),
           ("Places PMR", "deux places maintenues devant le 2 rue des Tanneurs"),
           ("Véhicules en infraction", "enlevés par la fourrière aux frais du propriétaire"),
           ("Police municipale de Vaudrenne", "05 00 25 50 00")],
    "es": [("Dónde aparcar", "aparcamiento gratuito del recinto ferial de Villamorena"),
           ("Plazas para personas con movilidad reducida", "tres plazas en la calle del Pozo"),
           ("Vehículos mal aparcados", "serán retirados por la grúa municipal"),
           ("Policía Local de Villamorena", "921 000 255")],
    "ru": [("Где оставить машину", "бесплатные стоянки у стадиона «Водник» и у торгового центра на улице Строителей"),
           ("Места для инвалидов", "четыре места у Дома культуры остаются свободными"),
           ("Машины в зоне запрета", "будут эвакуированы на штрафстоянку"),
           ("Дежурная часть ГИБДД Светлоозёрска", "8 (38400) 7-02-55")],
}
WIDGET_ROWS = (("smoke control areas", SMOKE_AREAS), ("smoke control rules", SMOKE_RULES), ("licence fees", LICENCE_FEES),
               ("licence info", LICENCE_INFO), ("bay streets", BAY_STREETS), ("bay alternatives", BAY_INSTEAD))


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Pellingford swimming pool to reopen after roof repairs", "Oxley St Clare primary wins county choir contest",
           "Lenn Bridge footway to be widened next spring", "Marrow Green post office finds a new home in the pub",
           "Pellingford Harriers celebrate fifty years of running", "Hatherby villagers plant a community orchard"],
    "tr": ["Ardıçova kapalı yüzme havuzu yeniden açılıyor", "Kirazlıtepe okulunun korosu il birincisi oldu",
           "Ardıçova köprüsüne yeni yaya yolu yapılacak", "Yukarıbağlar'a yeni muhtarlık binası",
           "Ardıçova Gençlik Spor 50'nci yılını kutladı", "Ardıçovalılar mahalle bostanı kurdu"],
    "de": ["Lindenhaller Hallenbad öffnet nach Dachsanierung wieder", "Grundschulchor aus Kranzbach gewinnt Kreiswettbewerb",
           "Fußweg an der Mühlbachbrücke wird verbreitert", "Oberweidener Poststelle zieht ins Gasthaus",
           "Lauftreff Lindenhall feiert fünfzig Jahre", "Kranzbacher pflanzen eine Streuobstwiese"],
    "fr": ["La piscine de Vaudrenne rouvre après la réfection du toit", "La chorale de l'école des Aubiers remporte le concours départemental",
           "Le trottoir du pont de l'Ornelle sera élargi au printemps", "La poste des Aubiers déménage au café du village",
           "Le club d'athlétisme de Vaudrenne fête ses cinquante ans", "Les habitants de Saint-Ours plantent un verger partagé"],
    "es": ["La piscina cubierta de Villamorena reabre tras arreglar el tejado", "El coro del colegio de Fuentecilla gana el certamen provincial",
           "La acera del puente del Arlete se ensanchará en primavera", "El consultorio de Fuentecilla de Abajo estrena horario",
           "El club de atletismo de Villamorena cumple cincuenta años", "Los vecinos de Villamorena plantan un huerto comunitario"],
    "ru": ["Бассейн Светлоозёрска откроется после ремонта крыши", "Хор школы посёлка Ключи победил на областном конкурсе",
           "Тротуар на мосту через Озёрку расширят весной", "В Сосновке открылось новое почтовое отделение",
           "Светлоозёрский клуб бегунов отметил 50-летие", "Жители Заречного заложили общественный сад"],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Pellingford today", "Lenn valley villages", "Pellingford courts", "Pellingford schools", "Lenn valley sport", "Out and about in Pellingford", "Pellingford public notices"],
               cookie="We and our partners store cookies on your device to run this Pellingford news site, to measure which Lenn valley stories are read and to fund our reporting with adverts. You can accept them all or pick the ones you are happy with.",
               accept="All cookies are fine by me", reject="Let me pick my cookies", share="Pass on this Pellingford story",
               related="Read next in the Lenn valley", newsletter="The Pellingford Morning: the day's local news, before breakfast",
               subscribe="Get The Pellingford Morning", email="name@pellingford-morning.example",
               comment_note="Comments on Pellingford stories are checked by a person before they appear. Keep them polite and on topic.",
               closed="This Pellingford story is no longer open for comments.",
               footer=["Get in touch with the Pellingford desk", "Pellingford corrections and clarifications", "Your privacy and the Pellingford desk", "Advertise in the Lenn valley", "Pellingford comment guidelines"],
               rights="All content on this Pellingford site is owned by the publisher and may not be reused without written consent.",
               commenters=[("DuncoteDave", "Should have happened years ago in Pellingford."),
                           ("Lenn_walker", "Glad somebody at the council finally listened.")]),
    "tr": dict(nav=["Bugün Ardıçova", "Ardıçova köyleri", "Ardıçova adliyesi", "Ardıçova okulları", "Ardıçova spor", "Ardıçova'da gezme", "Ardıçova duyuruları"],
               cookie="Bu Ardıçova haber sitesini çalıştırmak, hangi haberlerin okunduğunu ölçmek ve habercilik için reklam geliri sağlamak amacıyla biz ve ortaklarımız cihazınızda çerez saklıyoruz. Tümüne onay verebilir ya da yalnızca istediklerinizi işaretleyebilirsiniz.",
               accept="Bütün çerezler bana uyar", reject="Çerez seçimini ben yapacağım", share="Bu Ardıçova haberini iletin",
               related="Ardıçova'da sırada", newsletter="Ardıçova Sabahı: günün yerel haberleri kahvaltıdan önce",
               subscribe="Ardıçova Sabahı'nı alın", email="ad@ardicova-sabahi.example",
               comment_note="Ardıçova haberlerine yapılan yorumlar yayımlanmadan önce bir editör tarafından kontrol edilir. Nazik olun ve konuda kalın.",
               closed="Bu Ardıçova haberi artık yoruma açık değil.",
               footer=["Ardıçova masasına yazın", "Ardıçova düzeltme ve açıklamaları", "Gizliliğiniz ve Ardıçova masası", "Ardıçova'da reklam", "Ardıçova yorum ilkeleri"],
               rights="Bu Ardıçova sitesindeki bütün içerik yayıncıya aittir ve yazılı izin olmadan yeniden kullanılamaz.",
               commenters=[("Kirazlıtepeli_Hasan", "Ardıçova'da bu iş yıllar önce yapılmalıydı."),
                           ("baraj_yolu_yürüyüşçüsü", "Belediyede birinin sonunda dinlemesine sevindim.")]),
    "de": dict(nav=["Lindenhall heute", "Dörfer im Mühlbachtal", "Gerichte in Lindenhall", "Schulen in Lindenhall", "Sport im Mühlbachtal", "Unterwegs in Lindenhall", "Bekanntmachungen Lindenhall"],
               cookie="Wir und unsere Partner speichern Cookies auf Ihrem Gerät, um diese Lindenhaller Nachrichtenseite zu betreiben, zu messen, welche Berichte aus dem Mühlbachtal gelesen werden, und unsere Berichterstattung mit Werbung zu finanzieren. Stimmen Sie allen zu oder treffen Sie Ihre eigene Auswahl für Lindenhall.",
               accept="Alle Cookies sind in Ordnung", reject="Eigene Cookie-Auswahl für Lindenhall", share="Diesen Lindenhaller Bericht weitergeben",
               related="Als Nächstes im Mühlbachtal", newsletter="Der Lindenhaller Morgen: die Lokalnachrichten vor dem Frühstück",
               subscribe="Lindenhaller Morgen erhalten", email="name@lindenhaller-morgen.example",
               comment_note="Kommentare zu Lindenhaller Berichten prüft ein Mensch, bevor sie erscheinen. Bitte freundlich und beim Thema bleiben.",
               closed="Dieser Lindenhaller Bericht ist nicht mehr für Kommentare geöffnet.",
               footer=["Kontakt zum Lindenhaller Ressort", "Lindenhaller Korrekturen und Klarstellungen", "Ihre Privatsphäre und das Lindenhaller Ressort", "Anzeigen im Mühlbachtal", "Lindenhaller Kommentarregeln"],
               rights="Alle Inhalte dieser Lindenhaller Seite gehören dem Verlag und dürfen ohne schriftliche Zustimmung nicht weiterverwendet werden.",
               commenters=[("Kranzbacher_Uli", "Hätte in Lindenhall schon vor Jahren passieren sollen."),
                           ("Mühlbach_Wanderin", "Schön, dass im Rathaus endlich jemand zugehört hat.")]),
    "fr": dict(nav=["Vaudrenne aujourd'hui", "Villages de l'Ornelle", "Tribunal de Vaudrenne", "Écoles de Vaudrenne", "Sport dans l'Ornelle", "Sortir à Vaudrenne", "Avis officiels de Vaudrenne"],
               cookie="Nous et nos partenaires enregistrons des cookies sur votre appareil pour faire fonctionner ce site d'information de Vaudrenne, mesurer quels articles de l'Ornelle sont lus et financer notre travail par la publicité. Vous pouvez tous les accepter ou choisir ceux qui vous conviennent.",
               accept="Tous les cookies me conviennent", reject="Je choisis mes cookies", share="Transmettre cet article de Vaudrenne",
               related="À lire ensuite dans l'Ornelle", newsletter="Le Matin de Vaudrenne : l'actualité locale avant le petit-déjeuner",
               subscribe="Recevoir Le Matin de Vaudrenne", email="nom@matin-vaudrenne.example",
               comment_note="Les commentaires sur les articles de Vaudrenne sont relus par une personne avant publication. Merci de rester aimable et de parler du sujet de l'article.",
               closed="Cet article de Vaudrenne n'est plus ouvert aux commentaires.",
               footer=["Écrire à la rédaction de Vaudrenne", "Corrections et précisions de Vaudrenne", "Votre vie privée et la rédaction de Vaudrenne", "Annoncer dans l'Ornelle", "Règles des commentaires de Vaudrenne"],
               rights="Tout le contenu de ce site de Vaudrenne appartient à l'éditeur et ne peut être réutilisé sans accord écrit.",
               commenters=[("Gilles_des_Aubiers", "À Vaudrenne, ça aurait dû être fait depuis des années."),
                           ("promeneuse_de_l_Ornelle", "Contente qu'à la mairie quelqu'un ait enfin écouté.")]),
    "es": dict(nav=["Villamorena hoy", "Pueblos del Arlete", "Tribunales de Villamorena", "Colegios de Villamorena", "Deporte en el Arlete", "Salir por Villamorena", "Anuncios oficiales de Villamorena"],
               cookie="Nosotros y nuestros socios guardamos cookies en tu dispositivo para que funcione este sitio de noticias de Villamorena, para medir qué noticias del Arlete se leen y para financiar nuestro trabajo con publicidad. Puedes aceptarlas todas o elegir las que quieras.",
               accept="Me valen todas las cookies de Villamorena", reject="Prefiero elegir mis cookies", share="Pasa esta noticia de Villamorena",
               related="Lee a continuación en el Arlete", newsletter="La Mañana de Villamorena: las noticias locales antes del desayuno",
               subscribe="Recibir La Mañana de Villamorena", email="nombre@manana-villamorena.example",
               comment_note="Una persona revisa los comentarios a las noticias de Villamorena antes de publicarlos. Sé respetuoso y no te salgas del tema.",
               closed="Esta noticia de Villamorena ya no admite comentarios.",
               footer=["Escribe a la mesa de Villamorena", "Correcciones y aclaraciones de Villamorena", "Tu privacidad y la mesa de Villamorena", "Anúnciate en el Arlete", "Normas de comentarios de Villamorena"],
               rights="Todo el contenido de este sitio de Villamorena pertenece al editor y no puede reutilizarse sin permiso por escrito.",
               commenters=[("Tomás_de_Fuentecilla", "En Villamorena esto tendría que haberse hecho hace años."),
                           ("caminante_del_Arlete", "Me alegro de que en el ayuntamiento por fin alguien escuchara.")]),
    "ru": dict(nav=["Светлоозёрск сегодня", "Посёлки у Светлого озера", "Суды Светлоозёрска", "Школы Светлоозёрска", "Спорт у Светлого озера", "Куда пойти в Светлоозёрске", "Объявления мэрии Светлоозёрска"],
               cookie="Мы и наши партнёры сохраняем cookie на вашем устройстве, чтобы работал этот новостной сайт Светлоозёрска, чтобы понимать, какие материалы о Светлом озере читают, и чтобы оплачивать нашу работу рекламой. Можно принять все или выбрать подходящие.",
               accept="Меня устраивают все cookie", reject="Выбрать cookie самостоятельно", share="Поделиться материалом о Светлоозёрске",
               related="Читайте дальше о Светлом озере", newsletter="«Утро Светлоозёрска»: местные новости до завтрака",
               subscribe="Получать «Утро Светлоозёрска»", email="imya@utro-svetloozyorska.example",
               comment_note="Комментарии к материалам о Светлоозёрске проверяет человек перед публикацией. Пожалуйста, пишите вежливо и по существу материала.",
               closed="Комментарии к этому материалу о Светлоозёрске закрыты.",
               footer=["Написать в светлоозёрскую редакцию", "Исправления и уточнения Светлоозёрска", "Ваша приватность и светлоозёрская редакция", "Реклама у Светлого озера", "Правила комментариев Светлоозёрска"],
               rights="Все материалы этого светлоозёрского сайта принадлежат издателю и не могут использоваться без письменного согласия.",
               commenters=[("Заречная_Галина", "В Светлоозёрске это надо было сделать много лет назад."),
                           ("рыбак_с_Озёрки", "Рад, что в мэрии наконец кто-то прислушался.")]),
}
UI89 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"de": "MEHR AUS LINDENHALL:", "en": "MORE FROM THE LENN:"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"en": "{name} writes long reads about {section} for {site} from the towpaths and villages of the Lenn valley. Ideas for features: features@pellingford-desk.example"},
    (mp4, "READMORE"): {"es": "MÁS DEL ARLETE:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"fr": dict(also="Aussi dans la vallée de l'Ornelle")},
    (mp6, "TYPO3"): {"fr": dict(ext="Contenu externe : plan du chantier du beffroi (OpenStreetMap)",
                                note="Un plan du chantier du beffroi et des emplacements de marché déplacés est intégré ici. Il ne se charge qu'avec votre accord, car OpenStreetMap reçoit alors votre adresse IP.",
                                button="Accepter et afficher le plan du chantier", by="Communiqué de", search="Rechercher sur vaudrenne.example",
                                lang_menu="Vaudrenne en facile à lire")},
    (mp7, "SANITY"): {"de": dict(nl_title="Lindenhall am Wochenende", nl_text="Jeden Samstagmorgen: die Woche in Lindenhall, Oberweiden und Kranzbach in einer Mail.",
                                 nl_button="Lindenhall am Wochenende bestellen", nl_placeholder="Ihre E-Mail für Lindenhall am Wochenende")},
    (mp8, "BLOX"): {"ru": dict(ad="Реклама · помогает местным новостям Светлоозёрска")},  # the in-story ad region's label
    (mp11, "HUGO"): {"ru": dict(nl_title="Светлое озеро по воскресеньям", nl_text="Каждое воскресенье утром: неделя Светлоозёрска, Заречного и Ключей в одном письме.",
                                nl_label="Ваша почта для воскресного письма", nl_button="Присылать воскресное письмо")},
    (mp12, "JOOMLA"): {"tr": dict(latest="Ardıçova'dan son gelişmeler", popular="Bu hafta Ardıçova'da en çok okunanlar", field="Ardıçova'nın neresi:",
                                  posts="Ardıçova haberleri")},
    (mp12, "PLACES"): {"h89-tr-003": "Kirazlıtepe yolu"},
    (mp19, "UCOZ"): {"es": dict(domain="ucoz.es", slogan="Asociación Vecinal de Fuentecilla de Abajo: noticias y avisos del pueblo",
                                menu=["Inicio Fuentecilla", "Noticias de Fuentecilla", "Junta vecinal de Fuentecilla", "San Roque en Fuentecilla", "Fotos de Fuentecilla", "Escribir a la asociación"],
                                cats=["Noticias de Fuentecilla", "Patrimonio de Fuentecilla", "San Roque en Fuentecilla"],
                                friends=["Ayuntamiento de Villamorena", "Peña Los del Caño", "Coto de caza del Arlete"],
                                footer="Asociación Vecinal de Fuentecilla de Abajo © 2026 · calle de la Fuente, 3",
                                poster="junta_fuentecilla", tags=["el lavadero restaurado de Fuentecilla", "obras vecinales en Fuentecilla"],
                                commenters=[("Merche_la_del_horno", "Mi madre lavaba ahí cada lunes, qué alegría verlo con agua."),
                                            ("Julián F.", "Yo pongo la teja vieja que tengo en el corral para el tejadillo.")],
                                style="br", heads="h3")},
}
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






def wp_slug(text, n=75):
    """WordPress's sanitize_title (also Joomla's alias): accents dropped, lower case, hyphens."""
    t = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:n].strip("-")


def days_before(iso, days):
    """The date `days` before an ISO date, as an ISO date."""
    return (datetime.date.fromisoformat(iso) - datetime.timedelta(days=days)).isoformat()


# --------------------------------------------------------------------------
# the new layout: a blog post on a site built with the Duda website builder, as the site serves it to a reader who
# has not yet answered its cookie notification -- an independent town news site (English) whose posts are typed
# into the blog's post editor and shown on the blog's dynamic post page, and an independent town news site
# (French) whose articles are laid out as a dynamic page with a text widget per paragraph.  The head: Duda's
# runtime bootstrap scripts (window.SystemID, window.dmAPI, the _currentDevice check, window.Parameters with the
# site alias, the dynamic page's item and the post's alias), the preconnects to the CDN, the runtime CSS
# (d-css-runtime-desktop-one-package-structured-global.min.css), the site's compiled CSS (siteGlobalCss, the
# page's own CSS), the "forceCssIncludes" and "customWidgetStyle" style elements, title (class next-head),
# description, canonical, Open Graph and Twitter metas, the BlogPosting ld+json, the Google Fonts include and the
# analytics snippet that waits for consent; body#dmRoot with Duda's body classes (dmRoot dmDesktopBody
# fix-mobile-scrolling addCanonicalURL dmResellerSite dmBodyNoIscroll dmDynamicPage) and data-page-alias; div#dm
# .dmwr, div.dm_wrapper, the dmOuter / dmInner containers, div.dmLayoutWrapper, #site_content; the header
# (div.dmHeaderContainer with #hcontainer.dmHeader: dmRespRow rows of dmRespColsWrapper and dmRespCol columns
# holding the logo image widget and the unified navigation, nav.unifiednav with ul.unifiednav__container and
# li.unifiednav__item-wrap items, and the hamburger drawer's layout-drawer); div.dmBody with #allWrapper and
# #dm_content.dmContent (role=main) holding the dynamic page's rows: the post title widget (a dmNewParagraph text
# widget bound to the post's title, with data-binding and data-dmtmpl, holding the h1), the author and date widgets, the featured image widget (imageWidget with
# data-dm-image-path and the lirp.cdn-website.com srcset), the post body (on the English site one text widget
# bound to the post's body; on the French site one dmNewParagraph per paragraph, with the editor's extra elements
# as html widgets between them), the social-share widget (dmShareWidget), a "related posts" collection list
# (dmCollectionList widget with item cards of image, title and date) and a sidebar column with the site's "about"
# text and the newsletter form widget (dmform); the footer (div.dmFooterContainer with #fcontainer.dmFooter and
# its rows: about text, links, social icons and the copyright paragraph); the cookie notification bar
# (#dm_cookie_notification with its text and buttons), the closing runtime scripts.  The platform's strings
# (DUDA_CORE: Duda's translations) are left as they ship and not checked; the sites' own strings (DUDA_SITES:
# menus, headings, the newsletter box, about line, copyright, the cookie notification's text) are.
# --------------------------------------------------------------------------
DUDA_VERSIONS = dict(rt="5412", jquery="3.7.0")
DUDA_CORE = {
    "en": dict(locale="en", og_locale="en_GB", tz="+00:00",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December"], date="{m} {d}, {y}",
               by="By", menu="Menu", close="Close", share_fb="Share on Facebook", share_x="Share on X",
               share_li="Share on LinkedIn", share_mail="Share by email", share_wa="Share on WhatsApp",
               form_name="Name", form_email="Email", form_submit="Submit", form_thanks="Thank you for contacting us.",
               form_required="This field is required", cookie_accept="Accept", cookie_settings="Settings",
               cookie_decline="Decline", skip="Skip to main content", read_more="Read More"),
    "fr": dict(locale="fr", og_locale="fr_FR", tz="+01:00",
               months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                       "novembre", "décembre"], date="{d} {m} {y}",
               by="Par", menu="Menu", close="Fermer", share_fb="Partager sur Facebook", share_x="Partager sur X",
               share_li="Partager sur LinkedIn", share_mail="Partager par e-mail", share_wa="Partager sur WhatsApp",
               form_name="Nom", form_email="E-mail", form_submit="Envoyer", form_thanks="Merci de nous avoir contactés.",
               form_required="Ce champ est obligatoire", cookie_accept="Accepter", cookie_settings="Paramètres",
               cookie_decline="Refuser", skip="Passer au contenu principal", read_more="Lire la suite"),
}
# the sites' own strings (checked, but for the exempt keys)
DUDA_SITES = {
    "The Pellingford Ledger": dict(
        host="pellingfordledger.co.uk", site_id="a7c31f02", alias="pellingfordledger", mode="post", colour="rgba(28,61,90,1)",
        logo="ledger-masthead", handle="pellingfordledger",
        menu=["Ledger front page", "Pellingford wards", "Ledger housing desk", "Lenn valley environment", "Ledger long reads", "The people behind the Pellingford Ledger"],
        related="More from the Ledger's reporters", sidebar_title="About The Pellingford Ledger",
        sidebar="The Pellingford Ledger is a reader-funded news site covering Pellingford borough and the Lenn valley. We have no owner but our members.",
        nl_title="The Ledger on Sunday", nl_text="One email every Sunday with the week's Ledger stories from Pellingford and the Lenn valley.",
        nl_button="Sign up for the Sunday Ledger",
        footer_links=["Become a Ledger member", "Pitch a story to the Ledger", "Ledger advertising rates", "Ledger privacy notice", "Ledger complaints procedure"],
        address="The Pellingford Ledger, 3 Corn Stores Yard, Pellingford",
        copyright="© 2026 The Pellingford Ledger CIC. Community interest company no. 15550291.",
        cookie_text="The Pellingford Ledger uses cookies to see how many people read our reporting and to remember your choices. We never sell your data."),
    "Vaudrenne Actu": dict(
        host="vaudrenne-actu.fr", site_id="5e90b2d4", alias="vaudrenneactu", mode="widgets", colour="rgba(140,38,47,1)",
        logo="vaudrenne-actu-logo", handle="vaudrenneactu",
        menu=["La une de Vaudrenne Actu", "Quartiers de Vaudrenne", "Vaudrenne Actu logement", "Vie de l'Ornelle", "Agenda de Vaudrenne Actu", "Qui sommes-nous, Vaudrenne Actu"],
        related="Également sur Vaudrenne Actu", sidebar_title="Vaudrenne Actu, c'est qui ?",
        sidebar="Vaudrenne Actu est un site d'information indépendant, gratuit et associatif, consacré à Vaudrenne et à la vallée de l'Ornelle.",
        nl_title="La lettre de Vaudrenne Actu", nl_text="Chaque vendredi midi, l'essentiel de la semaine à Vaudrenne et dans l'Ornelle dans votre boîte mail.",
        nl_button="Recevoir la lettre de Vaudrenne Actu",
        footer_links=["Adhérer à l'association Vaudrenne Actu", "Proposer une info à Vaudrenne Actu", "Mentions légales de Vaudrenne Actu", "Données personnelles chez Vaudrenne Actu", "Nous contacter, Vaudrenne Actu"],
        address="Vaudrenne Actu, 12 rue des Cordeliers, Vaudrenne",
        copyright="© 2026 Association Vaudrenne Actu – reproduction interdite sans l'accord de la rédaction.",
        cookie_text="Vaudrenne Actu dépose des cookies pour mesurer son audience et mémoriser vos préférences. Les vidéos intégrées ne se chargent qu'avec votre accord."),
}
DUDA_EXEMPT = {"host", "site_id", "alias", "mode", "colour", "logo", "handle"}  # (a domain, ids, a colour, file and account names)


def duda_id(rng):
    """A Duda element id (ten digits)."""
    return str(rng.randint(1000000000, 1999999999))


def duda_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return DUDA_CORE[lang]["date"].format(d=d, m=DUDA_CORE[lang]["months"][m - 1], y=y)


def duda_block(kind, val):
    """One block of the story as Duda's text editor saves it."""
    if kind == "p":
        return '<p class="m-size-16 size-18">%s</p>' % mp.inline_html(val)
    if kind == "h":
        return '<h2 class="m-size-21 size-26">%s</h2>' % E(val)
    if kind == "q":
        return '<blockquote><p class="m-size-16 size-18">%s</p></blockquote>' % mp.inline_html(val)
    return '<%s class="defaultList bullet">%s</%s>' % (kind, "".join('<li><p class="m-size-16 size-18">%s</p></li>' % mp.inline_html(v) for v in val), kind)


def tpl_duda(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s, v = DUDA_CORE[lang], DUDA_SITES[site], DUDA_VERSIONS
    base = "https://www." + s["host"]
    sid = s["site_id"]
    post_alias = wp_slug(art["title"], 60)
    url = "%s/%s/%s" % (base, "blog" if s["mode"] == "post" else "actualites", post_alias)
    hh, mm = rng.randint(6, 19), rng.randint(0, 59)
    published = "%sT%02d:%02d:%02d%s" % (art["date"], hh, mm, rng.randint(0, 59), c["tz"])
    modified = "%sT%02d:%02d:%02d%s" % (art["date"], min(hh + rng.randint(1, 3), 23), rng.randint(0, 59), rng.randint(0, 59), c["tz"])
    pub = duda_date(lang, art["date"])
    blocks, n = art["blocks"], len(art["blocks"])
    cdn = "https://irp.cdn-website.com/%s" % sid
    lirp = "https://lirp.cdn-website.com/%s" % sid
    img_name = "%s-%x" % (wp_slug(art["caption"], 36), rng.getrandbits(32))
    img = "%s/dms3rep/multi/opt/%s" % (lirp, img_name)
    heads = rng.sample(HEADLINES[lang], 3)
    page_uuid = "%08x-%04x-4%03x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12),
                                                 0x8000 | rng.getrandbits(14), rng.getrandbits(48))
    acct = "%08x-%04x-4%03x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12),
                                            0x8000 | rng.getrandbits(14), rng.getrandbits(48))
    page_class = rng.randint(1600000000, 1799999999)
    css_v = rng.randint(10, 480)
    ga = "G-%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    ids = [duda_id(rng) for _ in range(60)]
    it = iter(ids)

    def nid():
        return next(it)

    # ---- header: logo and the unified navigation
    menu_links = ["/%s" % wp_slug(x, 40) for x in s["menu"]]
    nav_items = "\n".join(
        '<li role="menuitem" class="unifiednav__item-wrap" data-auto="more-pages" data-depth="0"><a href="%s" class="unifiednav__item %s" target="" data-target-page-alias=""><span class="nav-item-text" data-link-text="%s" data-auto="page-text-style">%s<span class="icon icon-angle-down"></span></span></a></li>'
        % (u, "dmNavItemSelected dmUDNavigationItem_010101%d" % k if k == 2 else "dmUDNavigationItem_010101%d" % k, A(x), E(x))
        for k, (u, x) in enumerate(zip(menu_links, s["menu"])))
    logo = "%s/dms3rep/multi/%s.svg" % (cdn, s["logo"])
    header = f'''<div class="dmHeaderContainer fHeader d-header-wrapper">
 <div id="hcontainer" class="u_hcontainer dmHeader p_hfcontainer" freeHeader="true" layout="{rng.randint(100000, 999999)}" data-scrollable-target="body" data-scrollable-target-threshold="1" data-scroll-responder-id="1" preserve-sticky-header="true" logo-size-target="100%">
  <div dm:templateorder="85" class="dmHeaderResp dmHeaderStack noSwitch" id="{nid()}">
   <div class="dmRespRow dmDefaultListContentRow u_{ids[0]} fullBleedChanged fullBleedMode" style="text-align:center" id="{ids[0]}">
    <div class="dmRespColsWrapper" id="{nid()}">
     <div class="u_{ids[1]} dmRespCol small-12 large-3 medium-3" id="{ids[1]}">
      <div class="u_{ids[2]} imageWidget align-center" data-element-type="image" data-widget-type="image" id="{ids[2]}" data-binding=""><a href="/" id="{nid()}"><img src="{logo}" id="{nid()}" class="" alt="{A(site)}" data-dm-image-path="{logo}" width="260" height="64" onerror="handleImageLoadError(this)"/></a></div>
     </div>
     <div class="u_{ids[3]} dmRespCol small-12 large-9 medium-9" id="{ids[3]}">
      <nav class="u_{ids[4]} effect-bottom2 main-navigation unifiednav dmLinksMenu" role="navigation" layout-main="horizontal_nav_layout_2" layout-sub="submenu_horizontal_2" data-show-vertical-sub-items="HOVER" id="{ids[4]}" dmle_extension="onelinksmenu" data-element-type="onelinksmenu" data-logo-src="" alt="" data-nav-structure="HORIZONTAL" wr="true" icon="true" surround="true" adwords="" navigation-id="unifiedNav">
       <ul role="menubar" class="unifiednav__container" data-auto="navigation-pages">
{nav_items}
       </ul>
      </nav>
      <div class="u_{nid()} hamburger-wrapper" data-element-type="hamburgerButton"><button type="button" class="hamburger-button" aria-label="{A(c["menu"])}" aria-expanded="false"><span class="hamburger-button__line"></span><span class="hamburger-button__line"></span><span class="hamburger-button__line"></span></button></div>
     </div>
    </div>
   </div>
  </div>
 </div>
</div>
<div class="layout-drawer" data-origin="side-reveal" hidden>
 <div class="layout-drawer-overlay"></div>
 <div class="layout-drawer-content"><button type="button" class="layout-drawer-close" aria-label="{A(c["close"])}">&times;</button>
  <ul class="unifiednav__container unifiednav__container_sub-nav">
{nav_items}
  </ul>
 </div>
</div>'''

    # ---- the post
    def text_widget(inner, extra=""):
        return ('<div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="%s" data-dmtmpl="true"%s style="transition: none 0s ease 0s; display: block;">\n%s\n</div>'
                % (nid(), extra, inner))

    if s["mode"] == "post":
        parts = []
        for i in range(n + 1):
            parts.extend(placed.get(i, []))
            if i < n:
                parts.append(duda_block(*blocks[i]))
        body = text_widget("\n".join(parts), ' data-binding=\'{"bindingName":"body","value":"post.body"}\' data-diy-text=""')
    else:
        parts = []
        for i in range(n + 1):
            for snippet in placed.get(i, []):
                hid = nid()
                parts.append('<div class="u_%s dmCustomHtml" data-element-type="html" id="%s">\n%s\n</div>' % (hid, hid, snippet))
            if i < n:
                parts.append(text_widget(duda_block(*blocks[i])))
        body = "\n".join(parts)

    share_nets = [("facebook", c["share_fb"], "https://www.facebook.com/sharer/sharer.php?u=" + url),
                  ("x", c["share_x"], "https://x.com/intent/tweet?url=" + url),
                  ("whatsapp", c["share_wa"], "https://api.whatsapp.com/send?text=" + url),
                  ("linkedin", c["share_li"], "https://www.linkedin.com/sharing/share-offsite/?url=" + url),
                  ("email", c["share_mail"], "mailto:?body=" + url)]
    share = "\n".join('<li class="dmShareButton dmShareButton-%s"><a class="dmShareBtn %s" href="%s" target="_blank" rel="noopener" aria-label="%s"><span class="dmShareIcon icon-%s"></span></a></li>'
                      % (k, k, A(u), A(lbl), k) for k, lbl, u in share_nets)
    related_items = "\n".join(
        '''<div class="collectionItem dmRespRow" data-item-id="%s" data-collection-item="true">
 <div class="u_%s imageWidget align-center" data-element-type="image" data-widget-type="image" id="%s"><a href="/%s/%s"><img src="%s/dms3rep/multi/opt/%s-640w.jpg" alt="" data-dm-image-path="%s/dms3rep/multi/%s.jpg" loading="lazy" width="640" height="427"/></a></div>
 <div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="%s" data-binding=\'{"bindingName":"title","value":"post.title"}\'><h3 class="m-size-17 size-20"><a href="/%s/%s">%s</a></h3></div>
 <div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="%s" data-binding=\'{"bindingName":"date","value":"post.publishDate"}\'><p class="m-size-13 size-14">%s</p></div>
</div>''' % ("%x" % rng.getrandbits(40), ids[10 + k], ids[10 + k], "blog" if s["mode"] == "post" else "actualites", wp_slug(h, 60),
             lirp, wp_slug(h, 30), cdn, wp_slug(h, 30), ids[20 + k], "blog" if s["mode"] == "post" else "actualites", wp_slug(h, 60), E(h),
             ids[30 + k], E(duda_date(lang, days_before(art["date"], 2 + 5 * k))))
        for k, h in enumerate(heads))
    author_slug = wp_slug(art["byline"])
    main = f'''<div dmwrapped="true" id="dmFirstContainer" class="dmBody u_dmStyle_template_{"blog-post" if s["mode"] == "post" else "dynamic-page"} dm-home-page" themeWasChanged="true">
 <div id="allWrapper" class="allWrapper">
  <div id="dm_content" class="dmContent" role="main">
   <div dm:templateorder="170" class="dmDefaultRespTmpl mainBorder" id="{nid()}">
    <div class="innerPageTmplBox dmDefaultPage dmRespRowsWrapper" id="{nid()}">
     <div class="u_{ids[40]} dmRespRow fullBleedChanged" id="{ids[40]}">
      <div class="dmRespColsWrapper" id="{nid()}">
       <div class="u_{ids[41]} dmRespCol large-8 medium-8 small-12" id="{ids[41]}">
        <div class="dmNewParagraph u_{ids[42]}" data-element-type="paragraph" data-version="5" id="{ids[42]}" data-dmtmpl="true" data-binding='{{"bindingName":"title","value":"post.title"}}' data-diy-text=""><h1 class="m-size-30 size-42">{E(art["title"])}</h1></div>
        <div class="dmRespRow u_{nid()} post-meta-row" data-element-type="postMeta">
         <div class="dmNewParagraph u_{ids[43]}" data-element-type="paragraph" data-version="5" id="{ids[43]}" data-dmtmpl="true" data-binding='{{"bindingName":"author","value":"post.author"}}'><p class="m-size-14 size-15"><span class="post-author">{E(c["by"])} <a href="/{"blog" if s["mode"] == "post" else "actualites"}/author/{author_slug}">{E(art["byline"])}</a></span></p></div>
         <div class="dmNewParagraph u_{ids[44]}" data-element-type="paragraph" data-version="5" id="{ids[44]}" data-dmtmpl="true" data-binding='{{"bindingName":"date","value":"post.publishDate"}}'><p class="m-size-14 size-15"><time datetime="{published}">{E(pub)}</time></p></div>
        </div>
        <div class="u_{ids[45]} imageWidget align-center" data-element-type="image" data-widget-type="image" id="{ids[45]}" data-binding='{{"bindingName":"image","value":"post.mainImage"}}'><img src="{img}-1920w.jpg" id="{nid()}" class="" alt="{A(art["caption"])}" data-dm-image-path="{cdn}/dms3rep/multi/{img_name}.jpg" srcset="{img}-640w.jpg 640w, {img}-1280w.jpg 1280w, {img}-1920w.jpg 1920w" sizes="(max-width: 768px) 100vw, 66vw" width="1920" height="1280" onerror="handleImageLoadError(this)"/></div>
        <div class="dmNewParagraph u_{nid()} image-caption" data-element-type="paragraph" data-version="5" data-binding='{{"bindingName":"caption","value":"post.mainImageAlt"}}'><p class="m-size-13 size-14"><em>{E(art["caption"])} {E(art["credit"])}</em></p></div>
{body}
        <div class="u_{ids[46]} dmShareWidget dmWidget hide-for-small" layout="5" data-element-type="dShareButtons" id="{ids[46]}" data-widget-version="2" url="{url}">
         <ul class="dmShareButtons">
{share}
         </ul>
        </div>
       </div>
       <div class="u_{ids[47]} dmRespCol large-4 medium-4 small-12 sidebar-col" id="{ids[47]}">
        <div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="{nid()}"><h3 class="m-size-18 size-22">{E(s["sidebar_title"])}</h3><p class="m-size-14 size-16">{E(s["sidebar"])}</p></div>
        <div class="u_{ids[48]} dmform default native-inputs" data-element-type="dContactUsRespId" id="{ids[48]}" data-require-captcha="true" data-captcha-position="bottomleft">
         <h3 class="dmform-title dmwidget-title" hide="false">{E(s["nl_title"])}</h3>
         <p class="dmform-text">{E(s["nl_text"])}</p>
         <div class="dmform-wrapper" captcha-lang="{c["locale"]}">
          <form method="post" class="dmRespDesignRow" locale="{c["locale"]}">
           <div class="dmforminput required small-12 dmRespDesignCol medium-12 large-12"><label for="email-{ids[49]}" data-dm-for="email">{E(c["form_email"])}</label><input type="email" class="" name="email" id="email-{ids[49]}" required/><input type="hidden" name="label-email" value="{A(c["form_email"])}"/></div>
           <input type="hidden" name="dmformsubject" value="{A(s["nl_title"])}" data-email-subject="true"/><input type="hidden" name="dmformsendto" value="d@{s["host"]}"/>
           <div class="dmformsubmit dmWidget R"><input class="" name="submit" type="submit" value="{A(s["nl_button"])}"/></div>
          </form>
         </div>
         <div class="dmform-success" style="display:none">{E(c["form_thanks"])}</div>
         <div class="dmform-error" style="display:none">{E(c["form_required"])}</div>
        </div>
       </div>
      </div>
     </div>
     <div class="u_{ids[50]} dmRespRow related-posts-row" id="{ids[50]}">
      <div class="dmRespColsWrapper" id="{nid()}">
       <div class="dmRespCol large-12 medium-12 small-12" id="{nid()}">
        <div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="{nid()}"><h2 class="m-size-22 size-28">{E(s["related"])}</h2></div>
        <div class="u_{ids[51]} dmCollectionList dmWidget" data-element-type="dCollectionList" id="{ids[51]}" data-collection="blogPosts" data-layout="grid-3" data-page-size="3" data-filter='{{"related":true}}'>
         <div class="dmCollectionListItems">
{related_items}
         </div>
        </div>
       </div>
      </div>
     </div>
    </div>
   </div>
  </div>
 </div>
</div>'''

    socials = "\n".join('<a href="%s" target="_blank" rel="noopener" class="dmSocialFacebook dmSocial%s" aria-label="%s"></a>' % (u, k, k)
                        for k, u in (("Facebook", "https://www.facebook.com/%s" % s["handle"]), ("Instagram", "https://www.instagram.com/%s/" % s["handle"])))
    footer_links = "\n".join('<li><a href="/%s">%s</a></li>' % (wp_slug(x, 40), E(x)) for x in s["footer_links"])
    footer = f'''<div class="dmFooterContainer">
 <div id="fcontainer" class="u_fcontainer f_hcontainer dmFooter p_hfcontainer">
  <div dm:templateorder="250" class="dmFooterResp generalFooter" id="{nid()}">
   <div class="u_{ids[55]} dmRespRow" id="{ids[55]}">
    <div class="dmRespColsWrapper" id="{nid()}">
     <div class="u_{ids[56]} dmRespCol small-12 medium-6 large-6" id="{ids[56]}">
      <div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="{nid()}"><p class="m-size-14 size-15">{E(s["address"])}</p></div>
      <div class="u_{nid()} align-center text-align-center dmSocialHub gapSpacing" data-element-type="dSocialHub" data-layout="social_hub_layout_1"><div class="socialHubWrapper"><div class="socialHubInnerDiv">
{socials}
      </div></div></div>
     </div>
     <div class="u_{ids[57]} dmRespCol small-12 medium-6 large-6" id="{ids[57]}">
      <div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="{nid()}"><ul class="defaultList">
{footer_links}
      </ul></div>
     </div>
    </div>
   </div>
   <div class="u_{ids[58]} dmRespRow" id="{ids[58]}">
    <div class="dmRespColsWrapper" id="{nid()}"><div class="dmRespCol large-12 medium-12 small-12" id="{nid()}">
     <div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="{nid()}"><p class="m-size-12 size-13">{E(s["copyright"])}</p></div>
    </div></div>
   </div>
  </div>
 </div>
</div>'''

    cookie = f'''<div id="dm_cookie_notification" class="dmCookieNotification cookie-notification-bar" data-element-type="cookieNotification" data-position="bottom" role="dialog" aria-live="polite" style="display:none;">
 <div class="cookie-notification-inner">
  <div class="cookie-notification-text"><p>{E(s["cookie_text"])}</p></div>
  <div class="cookie-notification-buttons">
   <button type="button" class="dmCookieNotificationButton cookie-accept-all">{E(c["cookie_accept"])}</button>
   <button type="button" class="dmCookieNotificationButton cookie-settings">{E(c["cookie_settings"])}</button>
   <button type="button" class="dmCookieNotificationButton cookie-decline">{E(c["cookie_decline"])}</button>
  </div>
 </div>
</div>'''

    title = "%s | %s" % (art["title"], site)
    schema = json.dumps({"@context": "https://schema.org", "@type": "BlogPosting", "headline": art["title"],
                         "image": [img + "-1920w.jpg"], "datePublished": published, "dateModified": modified,
                         "author": {"@type": "Person", "name": art["byline"]},
                         "publisher": {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject", "url": logo}},
                         "description": art["sub"], "mainEntityOfPage": {"@type": "WebPage", "@id": url}},
                        ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    params = json.dumps({"HomeUrl": base + "/", "AccountUUID": acct, "SystemID": "EU_PRODUCTION", "SiteAlias": s["alias"] + sid,
                         "SiteType": "RFVEQU9ORQ==", "PublicationDate": art["date"] + "T%02d:%02d:00Z" % (hh, mm),
                         "ExternalUid": None, "IsSiteMultilingual": False, "InitialPostAlias": post_alias,
                         "InitialPostPageUuid": page_uuid, "InitialDynamicItem": "",
                         "DynamicPageInfo": {"isDynamicPage": True, "base64JsonRowData": "", "base64SchemaOrg": "",
                                             "pageUrl": url.replace(base, "")},
                         "DomainVersion": css_v, "SiteLanguage": c["locale"]}, separators=(",", ":"))
    head = f'''<!DOCTYPE html>
<html lang="{c["locale"]}">
<head>
<script type="text/javascript">
    var _dm_gaq = {{}};
    var _gaq = _gaq || [];
    var _dm_insite = [];
    window.SystemID = 'EU_PRODUCTION';
    if (!window.dmAPI) {{
        window.dmAPI = {{
            registerExternalRuntimeComponent: function() {{}},
            getCurrentDeviceType: function() {{ return window._currentDevice && window._currentDevice.deviceType; }},
            runOnReady: (ns, fn) => {{ const safeFn = dmAPI.toSafeFn(fn); ns = ns || 'global_' + Math.random().toString(36).slice(2, 11);
                const eventName = 'afterAjax.' + ns; if (document.readyState === 'complete') {{ $.DM.events.off(eventName).on(eventName, safeFn); setTimeout(function() {{ safeFn({{ isAjax: false }}); }}, 0); }}
                else {{ window?.waitForDeferred?.('dmAjax', () => {{ $.DM.events.off(eventName).on(eventName, safeFn); safeFn({{ isAjax: false }}); }}); }} }},
            toSafeFn: (fn) => {{ if (fn?.safe) {{ return fn; }} const safeFn = function(...args) {{ try {{ return fn?.apply(null, args); }} catch (e) {{ console.log('function threw an error: ' + e); }} }}; safeFn.safe = true; return safeFn; }}
        }};
    }}
    if (!window.requestIdleCallback) {{ window.requestIdleCallback = function (fn) {{ setTimeout(fn, 0); }} }}
</script>
<script type="text/javascript">
    (function () {{
        var isMobile = /(iphone|ipod|android|blackberry|opera mini|iemobile)/i.test(navigator.userAgent);
        var isTablet = /(ipad|android(?!.*mobile))/i.test(navigator.userAgent);
        window._currentDevice = isMobile ? {{ deviceType: 'mobile', name: 'mobile' }} : isTablet ? {{ deviceType: 'tablet', name: 'tablet' }} : {{ deviceType: 'desktop', name: 'desktop' }};
    }})();
</script>
<script type="text/javascript">
    window.Parameters = window.Parameters || {params};
    window.SiteVisitorsCount = 0;
</script>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=2"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<link rel="preconnect" href="https://lirp.cdn-website.com/"/>
<link rel="preconnect" href="https://irp.cdn-website.com/"/>
<link rel="preconnect" href="https://static.cdn-website.com/"/>
<link rel="dns-prefetch" href="https://fonts.googleapis.com/"/>
<link rel="stylesheet" id="d-css-runtime" href="https://static.cdn-website.com/mnlt/production/{v["rt"]}/_dm/s/rt/dist/css/d-css-runtime-desktop-one-package-structured-global.min.css"/>
<link rel="stylesheet" id="siteGlobalCss" href="{cdn}/files/{sid}_withFlex_1.min.css?v={css_v}"/>
<link rel="stylesheet" id="pageCss" href="{cdn}/files/{sid}_{"blog-post" if s["mode"] == "post" else "dynamic-page"}_withFlex_1.min.css?v={css_v}"/>
<style id="forceCssIncludes">
    .dmNewParagraph .size-18 {{ font-size: 18px !important; }} .dmNewParagraph .m-size-16 {{ line-height: 1.6; }}
    #dm #dm_content .dmRespRow {{ padding-top: 20px; padding-bottom: 20px; }}
    .dmCookieNotification {{ position: fixed; bottom: 0; left: 0; right: 0; z-index: 1000; background: {s["colour"]}; color: #fff; }}
</style>
<style id="customWidgetStyle" type="text/css"></style>
<style id="innerPagesStyle" type="text/css"></style>
<!-- Google Fonts Include -->
<link rel="preload" as="style" fetchpriority="low" onload="loadCSS(this)" href="https://fonts.googleapis.com/css?family=Merriweather:300,400,700%7CSource+Sans+Pro:400,600,700&amp;subset=latin-ext&amp;display=swap"/>
<!-- RT CSS Include d-css-runtime-desktop-one-package-structured-global-->
<title class="next-head">{E(title)}</title>
<meta name="description" content="{A(art["sub"])}" class="next-head"/>
<link rel="canonical" href="{url}"/>
<meta property="og:type" content="article" class="next-head"/>
<meta property="og:title" content="{A(art["title"])}" class="next-head"/>
<meta property="og:description" content="{A(art["sub"])}" class="next-head"/>
<meta property="og:url" content="{url}" class="next-head"/>
<meta property="og:image" content="{img}-1920w.jpg" class="next-head"/>
<meta property="og:locale" content="{c["og_locale"]}" class="next-head"/>
<meta property="og:site_name" content="{A(site)}" class="next-head"/>
<meta name="twitter:card" content="summary_large_image" class="next-head"/>
<meta name="twitter:title" content="{A(art["title"])}" class="next-head"/>
<meta name="twitter:image" content="{img}-1920w.jpg" class="next-head"/>
<meta property="article:published_time" content="{published}"/>
<meta property="article:modified_time" content="{modified}"/>
<link rel="icon" type="image/x-icon" href="{cdn}/site_favicon_16_{css_v}.ico"/>
<link rel="alternate" type="application/rss+xml" title="{A(site)}" href="{base}/feed/rss2"/>
<script type="application/ld+json">{schema}</script>
<script type="text/plain" data-cookie-consent="statistics" async src="https://www.googletagmanager.com/gtag/js?id={ga}"></script>
<script type="text/plain" data-cookie-consent="statistics">window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', '{ga}');</script>
</head>
<body id="dmRoot" data-page-alias="{"blog-post" if s["mode"] == "post" else "actualites-item"}" class="dmRoot dmDesktopBody fix-mobile-scrolling addCanonicalURL dmResellerSite dmBodyNoIscroll dmDynamicPage dmLargeBody responsiveTablet" style="padding:0;margin:0;">
<a class="skip-to-content" href="#dm_content">{E(c["skip"])}</a>
<div id="dm" class="dmwr">
<div class="dm_wrapper standard-var5 widgetStyle-3 standard">
<div dmwrapped="true" id="{nid()}" class="dm-home-page" themeWasChanged="true">
<div dmtemplateid="StandardLayoutMultiD" class="standardHeaderLayout dm-bfs dm-layout-sec hasAnimations hasStickyHeader dmPageBody d-page-{page_class} inputs-css-clean dmFreeHeader" id="dm-outer-wrapper" data-page-class="{page_class}" data-soch="true" data-background-parallax-selector=".dmHomeSection1, .dmSectionParallex">
<div id="dmStyle_outerContainer" class="dmOuter">
<div id="dmStyle_innerContainer" class="dmInner">
<div class="dmLayoutWrapper standard-var dmStandardDesktop">
<div id="site_content">
'''
    tail = f'''
</div>
</div>
</div>
</div>
</div>
</div>
</div>
</div>
{cookie}
<script type="text/javascript" id="d-js-jquery" src="https://static.cdn-website.com/libs/jquery/jquery-{v["jquery"]}.min.js"></script>
<script type="text/javascript" id="d-js-core" src="https://static.cdn-website.com/mnlt/production/{v["rt"]}/_dm/s/rt/dist/scripts/d-js-one-runtime-unified-desktop.min.js"></script>
<script type="text/javascript" id="d-js-params">
    window.customWidgetsFunctions = {{}};
    window.customWidgetsStrings = {{}};
    window.collections = {{}};
    window.currentLanguage = "{c["locale"].upper()}";
    window.isSitePreview = false;
</script>
<script type="text/javascript">
    var _dm_cookie_consent = {{ "enabled": true, "mode": "opt-in", "containerId": "dm_cookie_notification" }};
    dmAPI.runOnReady('cookieNotification', function () {{ if (!localStorage.getItem('dm_cookie_consent_{sid}')) {{ document.getElementById('dm_cookie_notification').style.display = 'block'; }} }});
</script>
</body>
</html>
'''
    return head + header + "\n" + main + "\n" + footer + tail

def render_inline(tpl, val):
    return mp.inline_html(val)  # (Duda's text editor sets inline text as make_pages does)




# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"duda": []}  # (the featured image and the share widget sit outside the post's text)
for _mod, _names in ((mp2, ["regional", "magazine"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp8, ["blox"]), (mp11, ["hugo"]),
                     (mp12, ["joomla4"]), (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "smokecontrol", "landlordlicensing", "parkingsuspensions"]
NEW_FAMILIES = ["smokecontrol", "landlordlicensing", "parkingsuspensions"]
# what an earlier docstring would say if it had described one of them (make_heldout51.py's air-quality readouts sit
# on a story set in an English town's smoke control area, and earlier parts mention parking bays in their stories'
# summaries, so neither the bare "smoke control" nor "parking bay" is listed)
NEW_FAMILY_WORDS = {"smokecontrol": ["smokecontrol", "smoke-control", "smoke control panel", "approved fuel",
                                     "approved stove", "exempt appliance", "smoke control order"],
                    "landlordlicensing": ["landlordlicensing", "landlord licensing", "landlord licence", "selective licensing",
                                          "property licensing", "licensing scheme", "permis de louer"],
                    "parkingsuspensions": ["parkingsuspensions", "parking suspension", "bay suspension", "suspension notice",
                                           "suspended bays", "suspended parking"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village association's website would not carry (no newsroom to credit a reader's photograph to, to
# update a story or to have reporters)
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print", "photo",
                      "updated", "related"}
# a town hall's news page: no newspaper furniture (no newsroom's update line, reading time, audio player or related
# reporting either)
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll", "updated", "related", "readtime", "audio", "bookmark"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "public": NOT_ON_PUBLIC_BODY}
# of a family, only these wordings on a kind of site (none in this part)
KIND_WORDING = {}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), forms, definition lists and tables
STYLES = {
    "cookie": ['<div class="chart-consent-gate-lv9"><p class="chart-consent-gate-lv9__msg">%s</p><button class="chart-consent-gate-lv9__ok" type="button">OK</button></div>',
               '<p class="social-cookie-ask-lv9">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="at-six-signup"><p class="at-six-signup__txt">%s</p><a class="at-six-signup__go" href="/newsletters/at-six">&#8594;</a></div>',
                   '<p class="three-stories-meter-lv9">%s</p>', '<h5 class="evening-mail-hd-lv9">%s</h5>', '<p><b><a href="/back-us">%s</a></b></p>'],
    "share": ['<ul class="tell-town-bar-lv9">{items}</ul>', '<div class="forward-friend-lv9">%s</div>', '<p><a href="#forward">%s</a></p>'],
    "photo": ['<p class="picture-desk-line-lv9">%s</p>', '<span class="reader-pic-chip-lv9">%s</span>', '<div><small><em>%s</em></small></div>'],
    "copyright": ['<p class="licence-notice-lv9">%s</p>', '<div class="no-copying-strip-lv9"><small>%s</small></div>', '<p><small><i>%s</i></small></p>'],
    "section": ['<p class="desk-label-lv9">%s</p>', '<h6 class="everything-in-section-lv9">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="fleuron-break-lv9">%s</p>', '<div class="text-pause-lv9">%s</div>', '<p align="center">%s</p>'],
    "credit": ['<p class="team-reporting-lv9">%s</p>', '<div class="helped-report-lv9">%s</div>', '<p><small><em>%s</em></small></p>'],
    "title": ['<p class="headline-echo-lv9"><b>%s</b></p>', '<h2 class="headline-again-lv9">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="advert-slot-lv9">%s</div>', '<p class="book-advert-lv9">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="keep-reading-lv9"><a href="#rest">%s</a></p>', '<div class="show-whole-lv9">%s</div>', '<p><a href="#rest"><strong>%s</strong></a></p>'],
    "comments": ['<p class="reader-comments-count-lv9"><a href="#comments">%s</a></p>', '<div class="have-your-say-lv9">%s</div>',
                 '<div><a href="#comments">%s</a></div>'],
    "readtime": ['<p class="minute-read-lv9">%s</p>', '<span class="read-length-chip-lv9">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="last-changed-lv9"><time>%s</time></p>', '<div class="brought-up-to-date-lv9">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="read-aloud-bar-lv9"><button class="read-aloud-bar-lv9__play" aria-label="Play"></button><span class="read-aloud-bar-lv9__lbl">%s</span></div>',
              '<p class="have-it-read-lv9"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="corrected-since-lv9"><p>%s</p></aside>', '<p class="correction-note-lv9"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="pocket-app-lv9"><p class="pocket-app-lv9__txt">%s</p><a class="pocket-app-lv9__get" href="/app">&#8681;</a></div>',
            '<p class="continue-in-app-lv9">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="corn-stores-bio"><p class="corn-stores-bio__txt">%s</p></div>', '<p class="more-by-writer-lv9"><em>%s</em></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="got-a-story-lv9"><p class="got-a-story-lv9__txt">%s</p></div>', '<p class="desk-message-line-lv9">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="found-mistake-lv9"><p>%s</p></div>', '<p class="highlight-report-lv9">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="breaking-alerts-ask-lv9"><p class="breaking-alerts-ask-lv9__q">%s</p></div>', '<p class="push-optin-lv9">%s</p>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="story-tools-lv9">{items}</ul>', '<p class="printable-version-lv9"><a href="?print=1">%s</a></p>',
              '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="needed-info-lv9"><p class="needed-info-lv9__q">%s</p></div>', '<p class="helpfulness-ask-lv9">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-lv9"><p>%s</p></div>', '<p class="accuracy-concerns-lv9"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="filed-under-lv9"><span class="filed-under-lv9__txt">%s</span></div>', '<p class="follow-topic-lv9">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="reading-list-add-lv9"><a class="reading-list-add-lv9__a" href="#list">%s</a></div>',
                 '<p class="star-story-lv9"><a href="#list">%s</a></p>', '<div><a href="#list">%s</a></div>'],
    "poll": ['<div class="town-poll-lv9"><p class="town-poll-lv9__q">%s</p><button class="town-poll-lv9__go" type="button">Vote</button></div>',
             '<h6 class="cast-vote-lv9">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/D{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/D{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-facade-lv9"><a class="video-facade-lv9__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="picture-set-lv9"><a class="picture-set-lv9__a" href="#pictures">%s</a></div>',
                '<p class="see-all-photos-lv9">%s</p>', '<div><strong>%s</strong></div>'],
    "map": ['<div class="osm-frame-lv9"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-frame-lv9__links">%s</p></div>',
            '<figure class="town-map-still-lv9"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="save-date-lv9">{items}</ul>', '<p class="remind-me-lv9"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="event-date-chip-lv9"><span class="event-date-chip-lv9__lbl">%s</span></div>'],
    "scores": ['<div class="weekend-scores-lv9"><a class="weekend-scores-lv9__a" href="/sport/scores">%s</a></div>',
               '<ul class="town-sport-tabs-lv9">{items}</ul>', '<div><a href="/sport/scores"><strong>%s</strong></a></div>'],
    # the three families new in this part ({smokelist}: the streets in the smoke control area with the dates the rules
    # start and what may be burned, the stoves, the fines, as a list; {smokerows}: the areas as a table; {smokedl}:
    # the rules as a definition list; {bayslist}, {bayrows}, {baydl}: the parking bay suspensions' streets, dates and
    # times and where to park instead; {licencelist}, {licencerows}, {licencedl}: the properties that need a
    # landlord licence with the fees, and how to apply and the penalties)
    "smokecontrol": ['<div class="smoke-zone-panel"><h4 class="smoke-zone-panel__hd">%s</h4><ul class="smoke-zone-panel__list">{smokelist}</ul></div>',
                     '<div class="smoke-streets-grid"><p class="smoke-streets-grid__hd"><strong>%s</strong></p><table class="smoke-streets-grid__tbl">{smokerows}</table></div>',
                     '<p class="stove-check-link"><a class="stove-check-link__btn" role="button" href="/environment/smoke-control/check-your-stove">%s</a></p>',
                     '<div class="burn-rules-card"><h5 class="burn-rules-card__hd">%s</h5><dl class="burn-rules-card__dl">{smokedl}</dl></div>'],
    "landlordlicensing": ['<aside class="licence-scheme-box"><h4 class="licence-scheme-box__hd">%s</h4><ul class="licence-scheme-box__list">{licencelist}</ul></aside>',
                          '<div class="licence-fee-grid"><p class="licence-fee-grid__hd"><b>%s</b></p><table class="licence-fee-grid__tbl">{licencerows}</table></div>',
                          '<p class="landlord-apply-link"><a class="landlord-apply-link__btn" role="button" href="/housing/landlord-licensing/apply">%s</a></p>',
                          '<div class="licence-glance-card"><h5 class="licence-glance-card__hd">%s</h5><dl class="licence-glance-card__dl">{licencedl}</dl></div>'],
    "parkingsuspensions": ['<div class="bay-suspend-panel"><h4 class="bay-suspend-panel__hd">%s</h4><ul class="bay-suspend-panel__list">{bayslist}</ul></div>',
                           '<div class="suspended-bays-grid"><p class="suspended-bays-grid__hd"><strong>%s</strong></p><table class="suspended-bays-grid__tbl">{bayrows}</table></div>',
                           '<p class="all-suspensions-link"><a href="/parking/suspensions">%s</a></p>',
                           '<div class="bay-notice-card"><h5 class="bay-notice-card__hd">%s</h5><dl class="bay-notice-card__dl">{baydl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/at-six"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#forward">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "smokecontrol": (0.7, [' <a class="button" href="/environment/smoke-control/check-your-stove"><b>%s</b></a>']),
          "landlordlicensing": (0.7, ['<br><a class="button" href="/housing/landlord-licensing/apply"><strong>%s</strong></a>']),
          "parkingsuspensions": (0.7, [' <a href="/parking/suspensions"><strong>%s</strong></a>'])}
# of a family run into the text, only this wording (the section line, not its link; the newsletter pitch, not the
# meter or the appeal; the stove-check button, the apply button and the suspensions link, not the lists, tables or
# cards)
INLINE_WORDING = {"newsletter": 0, "section": 0, "smokecontrol": 2, "landlordlicensing": 2, "parkingsuspensions": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="story-picture-lv9"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-inline.jpg" alt="" width="640"><br><small>{cap} — {cr}</small></p>']
RELATED_STYLES = ['<div class="elsewhere-town-lv9"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="more-lenn-stories"><p class="more-lenn-stories__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads (BUSK_HEAD, FILM_HEAD, CHIP_HEAD, above), as the web teams left them (not checked)



# the tables' heads (SMOKE_HEAD, LICENCE_HEAD, BAY_HEAD, above), as the web teams left them (not checked)


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list or definition list, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    smoke = ("".join('<li><strong>%s</strong> — %s</li>' % (esc(a), esc(b)) for a, b in SMOKE_AREAS[lang])
             + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in SMOKE_RULES[lang]))
    licence = ("".join('<li><strong>%s</strong>: %s</li>' % (esc(a), esc(b)) for a, b in LICENCE_FEES[lang])
               + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in LICENCE_INFO[lang]))
    bays = ("".join('<li><strong>%s</strong>: %s</li>' % (esc(a), esc(b)) for a, b in BAY_STREETS[lang])
            + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in BAY_INSTEAD[lang]))
    return (style.replace("{smokelist}", smoke)
            .replace("{smokerows}", table(SMOKE_HEAD[lang], SMOKE_AREAS[lang]))
            .replace("{smokedl}", dl(SMOKE_RULES[lang]))
            .replace("{licencelist}", licence)
            .replace("{licencerows}", table(LICENCE_HEAD[lang], LICENCE_FEES[lang]))
            .replace("{licencedl}", dl(LICENCE_INFO[lang]))
            .replace("{bayslist}", bays)
            .replace("{bayrows}", table(BAY_HEAD[lang], BAY_STREETS[lang]))
            .replace("{baydl}", dl(BAY_INSTEAD[lang])))


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
    fams.sort(key=lambda f: f not in art.get("run_in", []))  # a link typed into the last paragraph comes first
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
               "scores": rng.choice([0, mid, n]), "smokecontrol": rng.choice([mid, n, n]),
               "landlordlicensing": rng.choice([0, mid, n]), "parkingsuspensions": rng.choice([0, mid, n])}.get(fam, mid)
        forced = fam in art.get("run_in", [])  # the editor typed this family's link at the end of the last paragraph
        if forced:
            pos = n
        if fam == "section" and art.get("section_tag"):  # the story's section typed as a bold tag into its first line
            inline.append((0, "start", INLINE["section"][1][0] % E(text)))
            continue
        # run into a story paragraph: of some families only one wording (INLINE_WORDING)
        if (fam in INLINE and (forced or rng.random() < INLINE[fam][0]) and tpl not in ("medium",)
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
        assert not forced, (art["id"], fam, "cannot be run into the last paragraph")
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
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap"), "duda": ("class", "dmDropCap")}
BOX = {"gutenberg": ("wrap", '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "text-box-grey"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--stone">\n', "\n</div>"),
       "duda": ("wrap", '<div style="background-color: rgba(238, 232, 220, 1); padding: 16px 22px; border-left: 4px solid rgba(28, 61, 90, 1);">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">🛒</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"duda": ('<span style="font-weight: 700;">', "</span>")}
ITALIC = {"semantic": ("<i>", "</i>"), "duda": ('<span style="font-style: italic;">', "</span>")}
# a highlight (the rich editor's <mark> on quintype)
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
# templates: duda is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"duda": tpl_duda, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg, "fusion": mp4.tpl_fusion,
                 "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype, "typo3": mp6.tpl_typo3,
                 "sanity": mp7.tpl_sanity, "blox": mp8.tpl_blox, "hugo": mp11.tpl_hugo, "joomla4": mp12.tpl_joomla4,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h88), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "duda"


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
            rng = random.Random("newsflow-heldout89-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI89[lang]
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



STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 89) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h88), labels, furniture strings,
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
                       mp73.R, [v for v in mp73.SITE_STRINGS.values()], mp73.MT_SITES, mp73.UI_NEW, mp73.TEASERS,
                       [v for _, v in mp73.WIDGET_ROWS],
                       mp74.R, [v for v in mp74.SITE_STRINGS.values()], mp74.WPB_SITES, mp74.UI_NEW, mp74.TEASERS,
                       [v for _, v in mp74.WIDGET_ROWS],
                       mp75.R, [v for v in mp75.SITE_STRINGS.values()], mp75.SH_SITES, mp75.UI_NEW, mp75.TEASERS,
                       [v for _, v in mp75.WIDGET_ROWS],
                       mp76.R, [v for v in mp76.SITE_STRINGS.values()], mp76.JIMDO_SITES, mp76.UI_NEW, mp76.TEASERS,
                       [v for _, v in mp76.WIDGET_ROWS],
                       mp77.R, [v for v in mp77.SITE_STRINGS.values()], mp77.BEEHIIV_SITES, mp77.UI_NEW, mp77.TEASERS,
                       [v for _, v in mp77.WIDGET_ROWS],
                       mp78.R, [v for v in mp78.SITE_STRINGS.values()], mp78.BRICKS_SITES, mp78.UI_NEW, mp78.TEASERS,
                       [v for _, v in mp78.WIDGET_ROWS],
                       mp79.R, [v for v in mp79.SITE_STRINGS.values()], mp79.DIVI_SITES, mp79.UI_NEW, mp79.TEASERS,
                       [v for _, v in mp79.WIDGET_ROWS],
                       mp80.R, [v for v in mp80.SITE_STRINGS.values()], mp80.OCTOBER_SITES, mp80.UI_NEW, mp80.TEASERS,
                       [v for _, v in mp80.WIDGET_ROWS],
                       mp81.R, [v for v in mp81.SITE_STRINGS.values()], mp81.GP_SITES, mp81.UI_NEW, mp81.TEASERS,
                       [v for _, v in mp81.WIDGET_ROWS],
                       mp82.R, [v for v in mp82.SITE_STRINGS.values()], mp82.HELIX_SITES, mp82.UI_NEW, mp82.TEASERS,
                       [v for _, v in mp82.WIDGET_ROWS],
                       mp83.R, [v for v in mp83.SITE_STRINGS.values()], mp83.KADENCE_SITES, mp83.UI_NEW, mp83.TEASERS,
                       [v for _, v in mp83.WIDGET_ROWS],
                       mp84.R, [v for v in mp84.SITE_STRINGS.values()], mp84.FRAMER_SITES, mp84.UI_NEW, mp84.TEASERS,
                       [v for _, v in mp84.WIDGET_ROWS],
                       mp85.R, [v for v in mp85.SITE_STRINGS.values()], mp85.BB_SITES, mp85.UI_NEW, mp85.TEASERS,
                       [v for _, v in mp85.WIDGET_ROWS],
                       mp86.R, [v for v in mp86.SITE_STRINGS.values()], mp86.ORCHARD_SITES, mp86.UI_NEW, mp86.TEASERS,
                       [v for _, v in mp86.WIDGET_ROWS],
                       mp87.R, [v for v in mp87.SITE_STRINGS.values()], mp87.ODOO_SITES, mp87.UI_NEW, mp87.TEASERS,
                       [v for _, v in mp87.WIDGET_ROWS],
                       mp88.R, [v for v in mp88.SITE_STRINGS.values()], mp88.YOO_SITES, mp88.UI_NEW,
                       [v for _, v in mp88.WIDGET_ROWS],
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
    # layouts: duda (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h87 or h88 gave it
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
    # the duda pages: a site of DUDA_SITES in a language of DUDA_CORE; of the looks only those Duda's text editor
    # sets (bold, italic, a line break, a drop-cap class, a styled box); no story
    # tables and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in DUDA_SITES or a["lang"] not in DUDA_CORE
                                       or any(st not in ("bold", "italic", "br", "dropcap", "box") for st, _ in a.get("look", []))):
            problems.append("%s: duda page needs a Duda site and the text editor's looks only" % a["id"])
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
    problems.extend("%s: family %s run into the text but not carried" % (a["id"], f) for a in ARTICLES for f in a.get("run_in", [])
                    if f not in a.get("carry", []) or f not in INLINE)
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
        if len(carriers) != 4 or len({a["lang"] for a in carriers}) < 3:
            problems.append("new family %s carried by %d pages in %d languages (want exactly 4, in 3 or more)" % (
                f, len(carriers), len({a["lang"] for a in carriers})))
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    old = old_strings()
    story_mods = [__import__(name) for name in STORY_MODULES]
    for fam, by_lang in list(R.items()) + list(WIDGET_ROWS):
        for s in _strings(by_lang):
            problems.extend((PART + " pool %s reuses %r") % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = [v for (mod, name), v in SITE_STRINGS.items() if (mod, name) not in ((mp4, "R"), (mp, "RESIDUE"))]
    duda_sites = [{k: v for k, v in d.items() if k not in DUDA_EXEMPT} for d in DUDA_SITES.values()]
    # (DUDA_CORE, SMOKE_HEAD, LICENCE_HEAD and BAY_HEAD, the platforms' strings and the web teams' generic table heads,
    # are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("DUDA_SITES", duda_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "DUDA_SITES" and s.startswith("/")):
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




