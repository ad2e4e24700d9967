#!/usr/bin/env python3
"""Seventy-fifth held-out part (h75-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout75.py           # write pages/h75-*.html
    python benchmarks/data/extraction/make_heldout75.py --check   # verify pages/h75-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout75.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout76.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h75_en.py / articles_h75_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: church service-time widgets on stories about churches and chapels reopened, re-roofed or
rebuilt -- this Sunday's services by church as a list with their times, the same as a table, the "all church services
in the area" link, the service times as a definition-list card --, out-of-hours vet finders on stories about night
and weekend veterinary cover -- the practices on call tonight with their phone numbers and hours as a list, the same
as a table, the "find a vet near you" link, the "find an emergency vet" search form with its postcode-or-town field and
its search button --, and public-toilet finder boxes on stories about public toilets reopened, rebuilt or opened to
visitors -- the toilets near you with their opening times and their accessible and Changing Places flags as a list,
the same as a table, the "report a problem with a public toilet" link, the opening hours as a definition-list panel
--), their wrapper class names, related headlines, site names, the sites' own strings in the earlier layouts and the
first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of
make_heldout2..74, nor their labels, furniture strings, widget rows, headlines or site names; verify() refuses to
build if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier
pool, family list, template family or docstring, if a story paragraph or headline of an earlier part (h73 and h74
included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  Every name and
number is fictional.  (h61's prayer-times widgets gave a town's prayer or service times for the day on faith
festival stories; the weekly church-by-church Sunday service listing with its "all church services" link, the
out-of-hours vet finder and the public-toilet finder are new families by name, wording and markup, and none of that
part's wordings, rows or class names recur.)  The tables' heads, the form's field label and button and the toilets'
"yes" (CHURCH_HEAD, VET_HEAD, VET_LABELS, TOILET_HEAD, TOILET_YES) are the web teams' generic strings and not checked;
the rows themselves (CHURCH_SERVICES, VET_PRACTICES, TOILETS) are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link among them may be run into a paragraph instead): church service times on an English village church
re-roofed by its parish after lead thieves (the English new-layout page: this Sunday's services list), an English
Methodist chapel bought by villagers and reopened for worship (the services table), a German Martinskirche reopened
for the Easter vigil after three years (the all-services link, run into the last paragraph) and a Russian wooden
church taken apart and rebuilt (the Russian new-layout page: the service-times card); out-of-hours vet finders on six
English practices sending night calls to one shared clinic (the vets-on-call list), a Turkish town's night rota of
vets (the practices table), a French valley left without any night vet (the find-a-vet link, run into the last
paragraph) and a Spanish veterinary hospital opening all night (the search form); public-toilet finders on an
English town's Market Hall toilets reopened by the town council (the toilets list), a Turkish park's 1938 toilet
building restored (the facilities table), a German municipality's own page on its new Marktplatz toilet and the
businesses that open theirs to visitors (a Gemeinde on TYPO3: the report-a-problem link, run into a paragraph) and a
Spanish town's first adult changing bench (the opening-hours panel).  Earlier families that need a reason in the
story are placed the same way (the scores on a bowls club's first league title, a gallery on the restored toilet
building, a map on a cycle path on an old railway line, a calendar on a restored lavoir's inauguration); the other
generic families are balanced over the part, leaving out those the page's site would not print (the story's "kind":
a German municipality's own page on TYPO3 -- no newspaper furniture --, a Turkish village association's website on
uCoz, an independent neighbourhood publication on Medium, which prints no ads, app, push or print prompts, comment
counters or press-standards lines, and of the newsletter family only its appeal for money); a correction box goes
only on a story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed
boxes, bars, chips, cards, panels, strips and widgets, bare <p> / <div> lines as pasted by editors, headings, links,
lists, spans, forms, definition lists and tables, and, for a few families, a line run into the end of a story
paragraph (credit, tip, newsletter pitch, share line, the all-services link, the find-a-vet link, the report-a-problem
link; only one line in any paragraph) or a bold section tag run into the start of the first paragraph (drawn at
random; no story of this part asks for one).  On the new layout, residue the editor pasted sits in Shorthand's HTML
blocks (div.InlineHTML) inside the body text, as it does on real Shorthand stories.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph on wordpress, magazine and sanity), italics (a one-line quote on both new-layout pages, on semantic
and on medium), bold (a one-line paragraph on both new-layout pages, on nextjs and on medium), a highlighted sentence
(a <mark> on quintype), a paragraph in a box (a Gutenberg group, a CKEditor style on drupal), a fact box holding a
subheading and its list (a Fusion custom embed: a cycle path in numbers), a Ghost callout card (ring your usual
practice first), a paragraph typed after a <br> (a soft return in Shorthand's text editor on both new-layout pages,
and on chunks and hugo); story structures that look like furniture but are the story: question-and-answer interviews
(questions typed in bold, some of two or three words -- "Worst night?", "Kitabe?", "Combien de cloches ?", "Собаки?",
"А зимой?" --, in English, Turkish, French and Russian: a level-crossing keeper after 40 years, a village fountain's
mason, a bell-ringer after 30 years, a village postwoman after 30), lists inside the story (what counts as a pet
emergency, what made a bowls club win, a mobile library's stops, a Turkish vet's commonest night cases, the
businesses that open their toilets, a cycle path in numbers, the rules for an ice crossing), crossheads as headings
and as bold paragraphs, one-line quotes and short one-line paragraphs ("Nobody was ever caught.", "“They know exactly
where the gap is.”", "Half of them are over 80.", "Il a 74 ans et monte encore les 96 marches.", "Hasta ahora no había
ninguna urgencia nocturna en 80 kilómetros.", "No tiene ordenador ni datáfono.", "Гвоздей в срубе нет ни одного.",
"Реставраторы решили разобрать его целиком."), a closing line with practical information (a thanksgiving service, a
clinic's address, a RADAR key, Sunday worship at 11am, free taster sessions, a library timetable, printed copies in
the church porch, a fountain's opening, a key at the Bürgerbüro, eggs after the Easter vigil, car parks for a cycle
path, a midnight mass, a lavoir's inauguration, a clinic beside a petrol station, a cobbler's hours, the Sunday
liturgy, a postwoman's send-off, the ice crossing's phone line), and story sentences that mention furniture words in
ordinary reporting ("Subscribe, share and follow" opening a story about a parish newsletter, "Compartir un banco"
opening another, a traders' "annual subscription", the night rota "shared on the council's social media accounts", a
photograph of the first newsletter, the Medium piece telling readers where to find the cobbler), some at the start or
end of the story where furniture usually sits.  Two pages carry no residue at all (an English and a Russian
interview) and one only its correction line (an English cattle grid).
One page layout is new (shorthand: a story published with Shorthand, the scrollytelling platform newsrooms use for
long reads and features, on two pages, an English and a Russian one): the story's own address
(https://<stories host>/<slug>/index.html) and its assets' sized pictures; the head as Shorthand publishes it
(charset, X-UA-Compatible, viewport, "<headline> | <site>" as the title, the description, canonical, og: and twitter:
metas, the generator meta, the Typekit preconnect, the theme and story stylesheets with their build hashes, the
theme's CSS custom properties, the window.Shorthand story object, the JSON-LD NewsArticle); body.Theme-Story with the
theme's class; the Theme-skip-content-link; the project navigation (div.Project-Navigation with the paper's
Theme-Logo and nav.Navigation.Theme-NavigationBar of Navigation__item Theme-NavigationBarItem entries and
Theme-NavigationLink links, the menu toggle), the Theme-SocialIcons share links; main#main.Project-Main with the story
as Shorthand sections: the title section (Theme-Section Theme-TitleSection Theme-Section-Position-1, its full-screen
FullSize Theme-BackgroundMedia picture, the Theme-Overlay, h1.Theme-StoryTitle, the Theme-LeadIn -- the story's
"sub", not in the truth --, the Theme-Byline with the date, the scroll indicator and the background's Theme-Credit),
text sections (Theme-Section Theme-TextSection with the Layout / Layout__row / Layout__col ... Theme-Column grid and
Theme-Layer-BodyText / Theme-Layer-BodyText--inner: p, h2, ul / ol, blockquote, strong / em, <br>), a new text section
at every subheading, a full-width media section (Theme-Section Theme-MediaSection: the picture, its Theme-Caption and
Theme-Credit -- this layout's own residue in the container --) before the first subheading, residue in InlineHTML
blocks; after the story the related-stories section (Theme-RelatedStories cards with the paper's other stories), the
Theme-Footer (the paper's logo and links, the copyright line, back-to-top, "Built with Shorthand" in Theme-Logos);
the paper's cookie banner (its text, accept / reject / settings buttons), the story bundle, the consent check and
Shorthand's analytics snippet.  The platform's strings (SH_CORE, per language) are left as it ships them and not
checked; the papers' own strings (SH_SITES: navigation, footer links, copyright and the banner's text) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h73 or h74 gave it (9 English pages, 3 in each other language: English on amp, drupal, ghost,
semantic, storybody, table, wordpress and hugo; Turkish on portal, magazine and ucoz; German on typo3, regional and
fusion; French on quintype, chunks and legacy-br; Spanish on gutenberg, nextjs and medium; Russian on cms and
sanity); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site rather
than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this
part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout74.py, so that make_pages.py can import this module and merge it the same way. Standard
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
import make_heldout73 as mp73  # noqa: E402
import make_heldout74 as mp74  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h75_en import ARTICLES as H75_EN  # noqa: E402
from articles_h75_intl import ARTICLES as H75_INTL  # noqa: E402



ARTICLES = H75_EN + H75_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74)
# parts whose layouts' languages this part avoids (the two before it; h76 is written at the same time)
LANG_PARTS = (mp73, mp74)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h75"



# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Ludmarsh Advertiser", "Clunbury and Teme Journal", "Wyebank Weekly News", "Border Hundreds Chronicle",
           "Knightwick Evening Star", "Marcher Towns Post", "Redvale Observer", "Lingen Cross Mercury"],
    "tr": ["Sınırboyu Haber", "Akçaköprü Postası"],
    "de": ["Grenzland-Kurier", "Hohenmarker Tageblatt"],
    "fr": ["Le Courrier des Marches", "La Voix du Val-Serein", "L'Éveil de Montbrenac"],
    "es": ["Diario de la Raya", "El Eco de Valdecinos"],
    "ru": ["Пограничные вести", "Заозёрский курьер"],
}
# sites fixed per page (the two Shorthand stories, a German municipality's own site on TYPO3, a Turkish village
# association's website on uCoz, an independent neighbourhood publication on Medium) are given in the stories' "site"
# field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h74 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The Marches church webcam stays dark until you allow video cookies", "Allow map cookies to see the border towns plotted on this map"],
        "tr": ["Sınır boyu kilise kamerası, video çerezlerine izin vermeden açılmıyor", "Sınır kasabalarını bu haritada görmek için harita çerezlerine izin verin"],
        "de": ["Die Kirchturm-Kamera im Grenzland bleibt dunkel, bis Sie Video-Cookies zulassen", "Erlauben Sie Karten-Cookies, um die Grenzorte auf dieser Karte zu sehen"],
        "fr": ["La caméra du clocher des Marches reste éteinte tant que vous n'acceptez pas les cookies vidéo", "Autorisez les cookies de carte pour voir les bourgs frontaliers sur ce plan"],
        "es": ["La cámara del campanario de la Raya no se enciende hasta que aceptes las cookies de vídeo", "Permite las cookies de mapas para ver los pueblos rayanos en este plano"],
        "ru": ["Камера на колокольне Приграничья не включится, пока вы не разрешите видео-cookie", "Разрешите картографические cookie, чтобы увидеть приграничные сёла на этой карте"],
    },
    "newsletter": {
        "en": ["Marches Mornings: the border towns' news before the school run, free every weekday", "That's your last free Marches story this month: sign in or register to keep going", "Nobody owns us but our readers: chip in from £2 a month to keep {site} on the border beat"],
        "tr": ["Sınır Boyu Sabahları: okul servisinden önce kasabaların haberleri, hafta içi her gün ücretsiz", "Bu ayki son ücretsiz sınır boyu haberiniz buydu: devam etmek için giriş yapın ya da kaydolun", "Bizim sahibimiz yalnızca okurlarımız: {site} sınır boyunda habercilik yapsın diye ayda 50 liradan destek olun"],
        "de": ["Grenzland am Morgen: die Nachrichten der Grenzorte vor dem Schulweg, werktags kostenlos", "Das war Ihr letzter freier Grenzland-Artikel in diesem Monat: anmelden oder registrieren, um weiterzulesen", "Uns gehört niemandem außer unseren Lesern: schon ab 2 € im Monat halten Sie {site} im Grenzland unterwegs"],
        "fr": ["Les Matins des Marches : l'actualité des bourgs frontaliers avant l'école, gratuite en semaine", "C'était votre dernier article gratuit des Marches ce mois-ci : connectez-vous ou inscrivez-vous pour continuer", "Nous n'appartenons qu'à nos lecteurs : dès 2 € par mois, vous gardez {site} sur le terrain des Marches"],
        "es": ["Mañanas de la Raya: las noticias de los pueblos rayanos antes del cole, gratis de lunes a viernes", "Esa era tu última noticia gratuita de la Raya este mes: entra o regístrate para seguir leyendo", "Solo nos deben algo nuestros lectores: desde 2 € al mes mantienes a {site} recorriendo la Raya"],
        "ru": ["«Утро Приграничья»: новости приграничных сёл до школьного автобуса, бесплатно по будням", "Это был ваш последний бесплатный материал Приграничья в этом месяце: войдите или зарегистрируйтесь, чтобы читать дальше", "Мы принадлежим только читателям: поддержите «{site}» от 200 ₽ в месяц, чтобы мы продолжали ездить по Приграничью"],
    },
    "share": {
        "en": ["Send it along the border: Facebook · WhatsApp · Bluesky · Email", "Know someone in the Marches who should see this? Pass it on ›"],
        "tr": ["Sınır boyuna gönderin: Facebook · WhatsApp · Bluesky · E-posta", "Sınır boyunda bunu görmesi gereken birini tanıyor musunuz? Ona iletin ›"],
        "de": ["Entlang der Grenze weitersagen: Facebook · WhatsApp · Bluesky · E-Mail", "Kennen Sie jemanden im Grenzland, der das sehen sollte? Weitergeben ›"],
        "fr": ["Faites-le passer le long de la frontière : Facebook · WhatsApp · Bluesky · Courriel", "Vous connaissez quelqu'un dans les Marches qui devrait voir ça ? Transmettez ›"],
        "es": ["Pásalo por toda la Raya: Facebook · WhatsApp · Bluesky · Correo", "¿Conoces a alguien de la Raya que debería ver esto? Pásaselo ›"],
        "ru": ["Передайте по Приграничью: ВКонтакте · Telegram · Max · Почта", "Знаете кого-то в Приграничье, кому стоит это увидеть? Перешлите им ссылку с границы ›"],
    },
    "photo": {
        "en": ["Image: sent to the Marches picture desk by a reader", "Picture courtesy of a {site} reader on the border"],
        "tr": ["Görsel: bir okurumuz sınır boyu fotoğraf masasına gönderdi", "Fotoğraf, sınır boyundaki bir {site} okurunun izniyle"],
        "de": ["Bild: von einer Leserin an den Grenzland-Bildtisch geschickt", "Foto mit freundlicher Genehmigung eines Lesers von {site} an der Grenze"],
        "fr": ["Image : envoyée au service photo des Marches par une lectrice", "Photo aimablement prêtée par un lecteur de {site} de la frontière"],
        "es": ["Imagen: enviada a la mesa de fotos de la Raya por una lectora", "Foto cortesía de un lector de {site} de la frontera"],
        "ru": ["Снимок прислала в фотоотдел Приграничья читательница", "Фото любезно предоставил читатель «{site}» с границы"],
    },
    "copyright": {
        "en": ["© {site}, 2026: reproduction of this Marches report in print or online requires a licence from our syndication team."],
        "tr": ["© {site}, 2026: bu sınır boyu haberinin basılı ya da çevrim içi kullanımı için dağıtım ekibimizden lisans alınması gerekir."],
        "de": ["© {site}, 2026: für den Nachdruck dieses Grenzland-Berichts in Print oder online ist eine Lizenz unseres Syndikationsteams nötig."],
        "fr": ["© {site}, 2026 : toute reproduction de ce reportage des Marches, sur papier ou en ligne, exige une licence de notre service de syndication."],
        "es": ["© {site}, 2026: reproducir esta crónica de la Raya en papel o en internet requiere una licencia de nuestro equipo de sindicación."],
        "ru": ["© «{site}», 2026: для перепечатки этого материала Приграничья в печати или в сети нужна лицензия нашего отдела синдикации."],
    },
    "section": {
        "en": ["Along the border: {section}", "Everything we've written on {section} in the Marches ›"],
        "tr": ["Sınır boyunca: {section}", "Sınır boyunda {section} üzerine yazdığımız her şey ›"],
        "de": ["Entlang der Grenze: {section}", "Alles, was wir im Grenzland über {section} geschrieben haben ›"],
        "fr": ["Le long de la frontière : {section}", "Tout ce que nous avons écrit sur {section} dans les Marches ›"],
        "es": ["A lo largo de la Raya: {section}", "Todo lo que hemos escrito sobre {section} en la Raya ›"],
        "ru": ["Вдоль границы: {section}", "Всё, что мы писали о теме «{section}» в Приграничье ›"],
    },
    "related": {
        "en": ["Elsewhere in the border towns", "Also from our Marches reporters"],
        "tr": ["Sınır kasabalarında başka haberler", "Sınır boyu muhabirlerimizden başka haberler"],
        "de": ["Anderswo in den Grenzorten", "Außerdem von unseren Grenzland-Reportern"],
        "fr": ["Ailleurs dans les bourgs frontaliers", "Aussi de nos reporters des Marches"],
        "es": ["En otros pueblos de la Raya", "También de nuestros reporteros rayanos"],
        "ru": ["В других приграничных сёлах", "Ещё от наших корреспондентов Приграничья"],
    },
    "symbol": {
        "*": ["⬥ ⬦ ⬥ ⬦ ⬥", "❖ · ❖ · ❖ · ❖", "※ · ※ · ※", "⟡ ⟡ ⟡ ⟡ ⟡"],
    },
    "credit": {
        "en": ["With reporting from the {site} border desk", "Our Marches local democracy reporter also contributed"],
        "tr": ["{site} sınır masasının katkılarıyla", "Sınır boyu yerel yönetim muhabirimiz de katkı verdi"],
        "de": ["Mit Material des Grenzland-Desks von {site}", "Auch unser Lokalpolitik-Reporter für das Grenzland hat mitgearbeitet"],
        "fr": ["Avec les informations du bureau frontalier de {site}", "Notre correspondant de la vie municipale des Marches a également contribué"],
        "es": ["Con información de la mesa rayana de {site}", "También ha colaborado nuestro corresponsal municipal de la Raya"],
        "ru": ["При участии пограничной редакции «{site}»", "Также помогал наш корреспондент по местному самоуправлению Приграничья"],
    },
    "ad": {
        "en": ["Sponsored · the Marches story carries on below", "Put your business in front of the whole border: adverts with {site} from £12 a week"],
        "tr": ["Sponsorlu · sınır boyu haberi aşağıda devam ediyor", "İşletmenizi bütün sınır boyuna tanıtın: {site} reklamları haftalık 300 liradan"],
        "de": ["Gesponsert · der Grenzland-Artikel geht darunter weiter", "Ihr Geschäft vor dem ganzen Grenzland: Anzeigen bei {site} ab 12 € pro Woche"],
        "fr": ["Sponsorisé · l'article des Marches se poursuit plus bas", "Montrez votre commerce à toute la frontière : publicité avec {site} dès 12 € par semaine"],
        "es": ["Patrocinado · la noticia de la Raya sigue más abajo", "Que toda la Raya conozca tu negocio: anúnciate en {site} desde 12 € a la semana"],
        "ru": ["Спонсорский блок · материал Приграничья продолжается ниже", "Покажите свой бизнес всему Приграничью: реклама в «{site}» от 900 ₽ в неделю"],
    },
    "continue": {
        "en": ["Carry on reading this Marches story", "Expand the full border report ▾"],
        "tr": ["Bu sınır boyu haberini okumayı sürdürün", "Sınır haberinin tamamını aç ▾"],
        "de": ["Diesen Grenzland-Artikel weiterlesen", "Den ganzen Grenzbericht aufklappen ▾"],
        "fr": ["Continuer la lecture de cet article des Marches", "Déplier tout le reportage frontalier ▾"],
        "es": ["Seguir leyendo esta noticia de la Raya", "Desplegar la crónica rayana completa ▾"],
        "ru": ["Читать этот материал Приграничья дальше", "Развернуть весь репортаж с границы ▾"],
    },
    "comments": {
        "en": ["{n} border readers are talking about this", "Read all {n} comments and add yours ›"],
        "tr": ["{n} sınır boyu okuru bunu konuşuyor", "{n} yorumun hepsini okuyun, siz de yazın ›"],
        "de": ["{n} Leser aus dem Grenzland diskutieren darüber", "Alle {n} Kommentare lesen und mitschreiben ›"],
        "fr": ["{n} lecteurs des Marches en discutent", "Lire les {n} commentaires des Marches et ajouter le vôtre ›"],
        "es": ["{n} lectores rayanos están hablando de esto", "Lee los {n} comentarios y añade el tuyo ›"],
        "ru": ["{n} читателей Приграничья обсуждают это", "Прочитать все {n} комментариев и написать свой ›"],
    },
    "readtime": {
        "en": ["Border read · {m} minutes", "You'll need about {m} minutes for this Marches story"],
        "tr": ["Sınır okuması · {m} dakika", "Bu sınır boyu haberi için yaklaşık {m} dakikanız gerekecek"],
        "de": ["Grenzland-Lektüre · {m} Minuten", "Für diesen Grenzland-Artikel brauchen Sie etwa {m} Minuten"],
        "fr": ["Lecture frontalière · {m} minutes", "Comptez environ {m} minutes pour cet article des Marches"],
        "es": ["Lectura rayana · {m} minutos", "Necesitarás unos {m} minutos para esta noticia de la Raya"],
        "ru": ["Чтение с границы · {m} минут", "На этот материал Приграничья уйдёт около {m} минут"],
    },
    "updated": {
        "en": ["Last changed by the border desk {d}, {t}", "This story was updated on {d} at {t} after new information from the parish"],
        "tr": ["Sınır masası son olarak {d}, {t} itibarıyla değiştirdi", "Bu haber, mahalleden gelen yeni bilgilerle {d} saat {t} itibarıyla güncellendi"],
        "de": ["Zuletzt vom Grenzland-Desk geändert am {d}, {t} Uhr", "Dieser Artikel wurde am {d} um {t} Uhr nach neuen Angaben der Gemeinde aktualisiert"],
        "fr": ["Dernière modification par le bureau frontalier le {d}, {t}", "Cet article a été actualisé le {d} à {t} après de nouvelles informations de la paroisse"],
        "es": ["Última modificación de la mesa rayana el {d}, {t}", "Esta noticia se actualizó el {d} a las {t} con nueva información de la parroquia"],
        "ru": ["Последняя правка пограничной редакции: {d}, {t}", "Материал обновлён {d} в {t} после новых сведений из прихода"],
    },
    "audio": {
        "en": ["▶ Hear this Marches story read aloud ({m} min)", "On the road to the border? Let us read it to you, it takes {m} minutes"],
        "tr": ["▶ Bu sınır boyu haberini sesli dinleyin ({m} dk)", "Sınıra doğru yolda mısınız? Size okuyalım, {m} dakika sürüyor"],
        "de": ["▶ Diesen Grenzland-Artikel vorlesen lassen ({m} Min.)", "Auf dem Weg zur Grenze? Wir lesen ihn Ihnen vor, das dauert {m} Minuten"],
        "fr": ["▶ Écouter cet article des Marches lu à voix haute ({m} min)", "En route vers la frontière ? Nous vous le lisons, cela prend {m} minutes"],
        "es": ["▶ Escucha esta noticia de la Raya en voz alta ({m} min)", "¿De camino a la frontera? Te la leemos, son {m} minutos"],
        "ru": ["▶ Прослушать этот материал Приграничья ({m} мин)", "Едете к границе? Мы прочитаем его вам, это {m} минут"],
    },
    "app": {
        "en": ["Get border news first: install the {site} app", "Open this story in the Marches app ›"],
        "tr": ["Sınır haberlerini önce siz alın: {site} uygulamasını yükleyin", "Bu haberi sınır boyu uygulamasında açın ›"],
        "de": ["Grenzland-Nachrichten zuerst: installieren Sie die App von {site}", "Diesen Artikel in der Grenzland-App öffnen ›"],
        "fr": ["Soyez les premiers informés à la frontière : installez l'appli {site}", "Ouvrir cet article dans l'appli des Marches ›"],
        "es": ["Entérate antes que nadie en la Raya: instala la app de {site}", "Abre esta noticia en la app rayana ›"],
        "ru": ["Узнавайте новости границы первыми: установите приложение «{site}»", "Открыть материал в приложении Приграничья ›"],
    },
    "bio": {
        "en": ["{by} reports on {section} for {site} from the old toll house office and keeps bees on the side.", "Everything {by} has written from the border ›"],
        "tr": ["{by}, {site} için {section} haberlerini eski gümrük binasındaki ofisten yazıyor ve boş vakitlerinde arı besliyor.", "{by} imzalı bütün sınır boyu yazıları ›"],
        "de": ["{by} berichtet für {site} über {section}, aus dem Büro im alten Zollhaus, und hält nebenbei Bienen.", "Alle Grenzland-Texte von {by} lesen ›"],
        "fr": ["{by} couvre {section} pour {site} depuis le bureau de l'ancienne maison de péage et élève des abeilles à côté.", "Tout ce que {by} a écrit depuis la frontière ›"],
        "es": ["{by} cubre {section} para {site} desde la oficina de la antigua casa del fielato y cría abejas en sus ratos libres.", "Todo lo que {by} ha escrito desde la Raya ›"],
        "ru": ["{by} пишет о теме «{section}» для «{site}» из кабинета в старом таможенном доме и держит пчёл.", "Всё, что {by} написал о Приграничье ›"],
    },
    "tip": {
        "en": ["Got a story from the border towns? Email tips@marches-news.example", "Ring the Marches newsdesk on 01632 960 218"],
        "tr": ["Sınır kasabalarından bir haberiniz mi var? ihbar@sinirboyu.example adresine yazın", "Sınır boyu haber masasını arayın: 0 (533) 960 21 80"],
        "de": ["Eine Geschichte aus den Grenzorten? Mail an tipps@grenzland-news.example", "Rufen Sie den Grenzland-Newsdesk an: 0160 960 21 80"],
        "fr": ["Une histoire dans les bourgs frontaliers ? Écrivez à tuyaux@marches-infos.example", "Appelez la rédaction des Marches au 07 00 96 02 18"],
        "es": ["¿Tienes una historia de los pueblos rayanos? Escribe a pistas@la-raya.example", "Llama a la redacción de la Raya: 611 960 218"],
        "ru": ["Есть история из приграничных сёл? Пишите на tips@prigranichye.example", "Звоните в редакцию Приграничья: +7 901 960-21-80"],
    },
    "typo": {
        "en": ["Spotted an error in this Marches story? Highlight it and press Ctrl+Enter to tell the border desk"],
        "tr": ["Bu sınır boyu haberinde bir yanlış mı gördünüz? İşaretleyip Ctrl+Enter'a basarak sınır masasına bildirin"],
        "de": ["Einen Fehler in diesem Grenzland-Artikel entdeckt? Markieren und Strg+Enter drücken, um den Desk zu informieren"],
        "fr": ["Vous avez repéré une erreur dans cet article des Marches ? Surlignez-la et appuyez sur Ctrl+Entrée pour alerter la rédaction"],
        "es": ["¿Has visto un error en esta noticia de la Raya? Márcalo y pulsa Ctrl+Intro para avisar a la redacción"],
        "ru": ["Заметили ошибку в материале Приграничья? Выделите её и нажмите Ctrl+Enter, чтобы сообщить редакции"],
    },
    "push": {
        "en": ["Be first to know when the border towns make the news? Turn on border alerts · Not today"],
        "tr": ["Sınır kasabaları haber olduğunda ilk siz mi öğrenmek istersiniz? Sınır uyarılarını aç · Bugün değil"],
        "de": ["Als Erste erfahren, wenn die Grenzorte Schlagzeilen machen? Grenzland-Hinweise einschalten · Heute nicht"],
        "fr": ["Être prévenu en premier quand les bourgs frontaliers font l'actualité ? Activer les alertes frontalières · Pas aujourd'hui"],
        "es": ["¿Quieres enterarte el primero cuando los pueblos rayanos sean noticia? Activar avisos rayanos · Hoy no"],
        "ru": ["Узнавать первыми, когда приграничные сёла попадают в новости? Включить оповещения Приграничья · Не сегодня"],
    },
    "print": {
        "en": ["Take it with you: Print this page · Save as PDF · Send by email", "Print-ready Marches version ›"],
        "tr": ["Yanınıza alın: Bu sayfayı yazdır · PDF olarak kaydet · E-postayla gönder", "Yazdırmaya hazır sınır boyu sürümü ›"],
        "de": ["Zum Mitnehmen: Seite drucken · Als PDF sichern · Per Mail senden", "Druckfertige Grenzland-Fassung ›"],
        "fr": ["À emporter : Imprimer la page · Enregistrer en PDF · Envoyer par courriel", "Version des Marches prête à imprimer ›"],
        "es": ["Llévatela: Imprimir la página · Guardar en PDF · Enviar por correo", "Versión rayana lista para imprimir ›"],
        "ru": ["Возьмите с собой: Распечатать страницу · Сохранить в PDF · Отправить по почте", "Версия Приграничья для печати ›"],
    },
    "feedback": {
        "en": ["Did this Marches story tell you what you needed? Yes, thanks · Partly · Not really"],
        "tr": ["Bu sınır boyu haberi aradığınızı verdi mi? Evet, sağ olun · Kısmen · Pek değil"],
        "de": ["Hat Ihnen dieser Grenzland-Artikel gesagt, was Sie wissen wollten? Ja, danke · Teilweise · Eigentlich nicht"],
        "fr": ["Cet article des Marches vous a-t-il appris ce que vous cherchiez ? Oui, merci · En partie · Pas vraiment"],
        "es": ["¿Te ha contado esta noticia de la Raya lo que buscabas? Sí, gracias · En parte · No mucho"],
        "ru": ["Ответил ли этот материал Приграничья на ваши вопросы? Да, спасибо · Отчасти · Не особенно"],
    },
    "standards": {
        "en": ["{site} is regulated by IPSO across its border titles. To complain about this story, write to complaints@marches-news.example."],
        "tr": ["{site}, sınır boyu yayınlarında Basın Ahlak Esasları'na bağlıdır. Bu haberle ilgili şikâyetinizi sikayet@sinirboyu.example adresine iletin."],
        "de": ["{site} unterliegt in allen Grenzland-Ausgaben dem Presserat. Beschwerden zu diesem Artikel an beschwerde@grenzland-news.example."],
        "fr": ["{site} respecte la charte de Munich dans tous ses titres frontaliers. Pour contester cet article, écrivez à mediateur@marches-infos.example."],
        "es": ["{site} se somete al código de la FAPE en todas sus cabeceras rayanas. Para reclamar sobre esta noticia, escribe a defensor@la-raya.example."],
        "ru": ["«{site}» во всех изданиях Приграничья следует хартии журналистов. Жалобы на этот материал направляйте на zhaloby@prigranichye.example."],
    },
    "topics": {
        "en": ["Filed under: {section} · The Marches · border life", "Get updates on {section} along the border ›"],
        "tr": ["Konu başlıkları: {section} · Sınır Boyu · sınır hayatı", "Sınır boyunda {section} güncellemelerini alın ›"],
        "de": ["Abgelegt unter: {section} · Grenzland · Leben an der Grenze", "Neuigkeiten zu {section} im Grenzland erhalten ›"],
        "fr": ["Classé dans : {section} · Les Marches · vie frontalière", "Recevoir les nouvelles sur {section} le long de la frontière ›"],
        "es": ["Archivado en: {section} · La Raya · vida en la frontera", "Recibe novedades sobre {section} en la Raya ›"],
        "ru": ["Рубрики: {section} · Приграничье · жизнь у границы", "Получать новости по теме «{section}» в Приграничье ›"],
    },
    "bookmark": {
        "en": ["🔖 Keep this for later in your Marches list"],
        "tr": ["🔖 Bunu sınır boyu listenizde sonraya saklayın"],
        "de": ["🔖 Für später in Ihrer Grenzland-Liste merken"],
        "fr": ["🔖 Garder pour plus tard dans votre liste des Marches"],
        "es": ["🔖 Guárdalo para luego en tu lista de la Raya"],
        "ru": ["🔖 Сохранить на потом в списке Приграничья"],
    },
    "poll": {
        "en": ["Have your say: will this make a difference on the border? Yes, a real one · Not much · Too soon to tell", "See how the border voted after you pick an answer"],
        "tr": ["Siz ne dersiniz: bu, sınır boyunda bir fark yaratır mı? Evet, gerçekten · Pek değil · Söylemek için erken", "Bir yanıt seçtikten sonra sınır boyunun nasıl oy verdiğini görün"],
        "de": ["Ihre Meinung: Macht das an der Grenze einen Unterschied? Ja, einen echten · Kaum · Zu früh, um das zu sagen", "Nach Ihrer Antwort sehen Sie, wie das Grenzland abgestimmt hat"],
        "fr": ["À vous la parole : cela changera-t-il quelque chose à la frontière ? Oui, vraiment · Pas beaucoup · Trop tôt pour juger", "Découvrez le vote des Marches après avoir choisi votre réponse"],
        "es": ["Opina: ¿cambiará esto algo en la Raya? Sí, de verdad · Poco · Es pronto para decirlo", "Verás cómo ha votado la Raya cuando elijas tu respuesta"],
        "ru": ["Ваше мнение: изменит ли это что-то у границы? Да, по-настоящему · Немного · Пока рано говорить", "Итоги голосования Приграничья появятся после вашего ответа"],
    },
    "embed": {
        "en": ["{handle} shared this from the border on Instagram", "Watch {handle}'s border clip on YouTube"],
        "tr": ["{handle} bunu sınır boyundan Instagram'da paylaştı", "{handle} kullanıcısının sınır videosunu YouTube'da izleyin"],
        "de": ["{handle} hat das von der Grenze auf Instagram geteilt", "Das Grenzland-Video von {handle} auf YouTube ansehen"],
        "fr": ["{handle} a partagé ceci depuis la frontière sur Instagram", "Voir la vidéo frontalière de {handle} sur YouTube"],
        "es": ["{handle} compartió esto desde la Raya en Instagram", "Mira el vídeo rayano de {handle} en YouTube"],
        "ru": ["{handle} поделился этим с границы в Instagram", "Смотреть ролик {handle} с границы на YouTube"],
    },
    "gallery": {
        "en": ["📷 {g} photos from the day", "Open the {g}-photo gallery ›"],
        "tr": ["📷 O günden {g} fotoğraf", "{g} fotoğraflık galeriyi açın ›"],
        "de": ["📷 {g} Fotos vom Tag", "Die Galerie mit {g} Fotos öffnen ›"],
        "fr": ["📷 {g} photos de la journée", "Ouvrir la galerie de {g} photos ›"],
        "es": ["📷 {g} fotos de la jornada", "Abre la galería de {g} fotos ›"],
        "ru": ["📷 {g} фотографий того дня", "Открыть галерею из {g} фото ›"],
    },
    "map": {
        "en": ["Open the border towns map in full screen", "Directions to the border towns: Google Maps · Apple Maps · OS Maps"],
        "tr": ["Sınır kasabaları haritasını tam ekran açın", "Sınır kasabalarına yol tarifi: Google Haritalar · Apple Haritalar · Yandex Haritalar"],
        "de": ["Die Karte der Grenzorte im Vollbild öffnen", "Route ins Grenzland: Google Maps · Apple Karten · Komoot"],
        "fr": ["Ouvrir la carte des bourgs frontaliers en plein écran", "Itinéraire vers les Marches : Google Maps · Plans d'Apple · Mappy"],
        "es": ["Abrir el mapa de los pueblos rayanos a pantalla completa", "Cómo llegar a la Raya: Google Maps · Mapas de Apple · Here WeGo"],
        "ru": ["Открыть карту приграничных сёл на весь экран", "Маршрут по Приграничью: Яндекс Карты · 2ГИС · Google Карты"],
    },
    "calendar": {
        "en": ["Add the border date to your diary: Google · Outlook · iCal", "Text me a reminder the day before ›"],
        "tr": ["Sınır boyu tarihini ajandanıza ekleyin: Google · Outlook · iCal", "Bir gün önce bana mesajla hatırlat ›"],
        "de": ["Den Grenzland-Termin eintragen: Google · Outlook · iCal", "Am Tag vorher per SMS erinnern ›"],
        "fr": ["Notez la date des Marches dans votre agenda : Google · Outlook · iCal", "M'envoyer un rappel par SMS la veille ›"],
        "es": ["Apunta la fecha rayana en tu agenda: Google · Outlook · iCal", "Mándame un recordatorio por SMS el día antes ›"],
        "ru": ["Добавьте дату Приграничья в календарь: Google · Outlook · iCal", "Прислать напоминание по СМС накануне ›"],
    },
    "scores": {
        "en": ["All of Saturday's border league scores ›", "Results centre: Fixtures · Scores · Tables · Leading scorers"],
        "tr": ["Cumartesi günkü bütün sınır ligi skorları ›", "Sonuç merkezi: Fikstür · Skorlar · Puan durumu · Golcüler"],
        "de": ["Alle Ergebnisse der Grenzland-Ligen vom Samstag ›", "Ergebnisdienst: Ansetzungen · Spielstände · Tabellen · Torschützen"],
        "fr": ["Tous les scores du samedi dans les ligues frontalières ›", "Centre des résultats : Programme · Scores · Classements · Buteurs"],
        "es": ["Todos los marcadores del sábado en las ligas rayanas ›", "Centro de resultados: Jornada · Marcadores · Tablas · Goleadores"],
        "ru": ["Все счета субботних матчей пограничных лиг ›", "Центр результатов: Расписание · Счета · Таблицы · Бомбардиры"],
    },
    "correction": {
        "en": ["This Marches story has been corrected."],
        "tr": ["Bu sınır boyu haberinde düzeltme yapıldı."],
        "de": ["Dieser Grenzland-Artikel wurde korrigiert."],
        "fr": ["Cet article des Marches a été corrigé."],
        "es": ["Esta noticia de la Raya ha sido corregida."],
        "ru": ["В материал Приграничья внесена поправка."],
    },
    # the three families new in this part
    "churchservices": {
        "en": ["Church services this Sunday", "Sunday services by church", "All church services in the area ›", "Service times"],
        "tr": ["Bu pazar kilise ayinleri", "Kiliselere göre pazar ayinleri", "Bölgedeki bütün ibadet saatleri ›", "Ayin saatleri"],
        "de": ["Gottesdienste an diesem Sonntag", "Sonntagsgottesdienste nach Kirche", "Alle Gottesdienste in der Region ›", "Gottesdienstzeiten"],
        "fr": ["Les messes et cultes de ce dimanche", "Offices du dimanche, église par église", "Tous les horaires des offices du secteur ›", "Horaires des offices"],
        "es": ["Misas y cultos de este domingo", "Misas del domingo por parroquia", "Todos los horarios de misas de la zona ›", "Horarios de culto"],
        "ru": ["Богослужения в это воскресенье", "Воскресные службы по храмам", "Расписание всех богослужений района ›", "Время служб"],
    },
    "outofhoursvet": {
        "en": ["Vets on call tonight", "Out-of-hours vets: practices, phones and hours", "Find a vet near you ›", "Find an emergency vet"],
        "tr": ["Bu gece nöbetçi veterinerler", "Mesai dışı veteriner klinikleri: telefon ve saatler", "Size en yakın veterineri bulun ›", "Acil veteriner bulun"],
        "de": ["Tierärztlicher Notdienst heute Nacht", "Tierarzt-Notdienst: Praxen, Telefon und Zeiten", "Tierarzt in Ihrer Nähe finden ›", "Notdienst-Tierarzt suchen"],
        "fr": ["Vétérinaires de garde cette nuit", "Vétérinaires de garde : cabinets, téléphones et horaires", "Trouver un vétérinaire près de chez vous ›", "Chercher un vétérinaire d'urgence"],
        "es": ["Veterinarios de guardia esta noche", "Urgencias veterinarias: clínicas, teléfonos y horarios", "Encuentra un veterinario cerca de ti ›", "Busca una urgencia veterinaria"],
        "ru": ["Дежурные ветеринары этой ночью", "Ночные ветклиники: адреса, телефоны и часы работы", "Найти ветеринара рядом с вами ›", "Поиск круглосуточной ветклиники"],
    },
    "publictoilets": {
        "en": ["Public toilets near you", "Public toilets: opening times and facilities", "Report a problem with a public toilet ›", "Toilet opening hours"],
        "tr": ["Yakınınızdaki halk tuvaletleri", "Umumi tuvaletler: açılış saatleri ve olanaklar", "Bir umumi tuvaletteki sorunu bildirin ›", "Tuvaletlerin açık olduğu saatler"],
        "de": ["Öffentliche Toiletten in Ihrer Nähe", "Öffentliche Toiletten: Öffnungszeiten und Ausstattung", "Einen Mangel an einer öffentlichen Toilette melden ›", "Öffnungszeiten der Toiletten"],
        "fr": ["Toilettes publiques près de chez vous", "Toilettes publiques : horaires et équipements", "Signaler un problème dans des toilettes publiques ›", "Horaires d'ouverture des toilettes"],
        "es": ["Aseos públicos cerca de ti", "Aseos públicos: horarios y equipamiento", "Avisa de un problema en un aseo público ›", "Horario de los aseos"],
        "ru": ["Общественные туалеты рядом с вами", "Общественные туалеты: часы работы и удобства", "Сообщить о проблеме в общественном туалете ›", "Часы работы туалетов"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"churchservices": [0, 1, 2, 3], "outofhoursvet": [0, 1, 2, 3], "publictoilets": [0, 1, 2, 3]}
# this Sunday's services: church, time, service
CHURCH_SERVICES = {
    "en": [("St Michael's, Ludmarsh", "8.05am", "Holy Communion (said, chancel)"), ("St Michael's, Ludmarsh", "10.40am", "Parish Eucharist with the Ludmarsh choir"), ("Clunbury Methodist Chapel", "11.05am", "Morning worship, local preacher"), ("St Anne's, Wyebank", "6.10pm", "Choral Evensong by candlelight")],
    "tr": [("Meryem Ana Kilisesi, Akçaköprü", "09.30", "Pazar ayini"), ("Aya Yorgi Kilisesi", "11.00", "Kutsal ayin")],
    "de": [("Sankt Martin, Lindenbrunn", "9.35 Uhr", "Heilige Messe mit Kinderkirche"), ("Evangelische Dorfkirche Hohenmark", "10.05 Uhr", "Gottesdienst mit Abendmahl und Posaunenchor"), ("Kapelle am Grenzstein", "18.25 Uhr", "Abendandacht am Grenzstein")],
    "fr": [("église Saint-Aubin de Montbrenac", "10 h 30", "messe dominicale"), ("temple du Val-Serein", "10 h", "culte")],
    "es": [("parroquia de San Bartolomé, Valdecinos", "11.00", "misa mayor"), ("ermita de la Soledad", "12.40", "misa rociera de la Raya")],
    "ru": [("Никольская церковь, Заозёрье", "8:05", "Литургия в восстановленном храме"), ("Покровская часовня в Погосте", "17:35", "Всенощное бдение у озера")],
}
CHURCH_HEAD = {"en": ("Church", "Time", "Service"), "tr": ("Kilise", "Saat", "Ayin"), "de": ("Kirche", "Zeit", "Gottesdienst"),
               "fr": ("Église", "Heure", "Office"), "es": ("Templo", "Hora", "Celebración"), "ru": ("Храм", "Время", "Служба")}
# the vets on call: practice, phone, hours
VET_PRACTICES = {
    "en": [("Teme Side Veterinary Centre, Ludmarsh", "01632 960 741", "6pm to 8am"), ("Border Pets Emergency Clinic, Knightwick", "01632 960 355", "open all night"), ("Wyebank Farm and Equine Vets", "01632 960 917", "large animals, 24 hours")],
    "tr": [("Akçaköprü Belediyesi Hayvan Kliniği", "0 (284) 960 11 20", "20.00–08.00"), ("Patiler Veteriner Polikliniği", "0 (533) 960 44 17", "7/24 acil")],
    "de": [("Tierarztpraxis am Grenzweg, Hohenmark", "09561 960 21", "Sa 12 Uhr bis Mo 8 Uhr"), ("Kleintierklinik Lindenbrunn", "09561 960 88", "rund um die Uhr")],
    "fr": [("clinique vétérinaire du Val-Serein", "05 00 96 07 41", "de 19 h à 8 h"), ("cabinet des Tilleuls, Montbrenac", "05 00 96 03 55", "dimanche et jours fériés")],
    "es": [("Clínica Veterinaria La Raya", "924 960 741", "de 21.00 a 9.00"), ("Hospital Veterinario Valdecinos", "924 960 355", "24 horas")],
    "ru": [("Ветклиника «Айболит-Заозёрье»", "+7 (81370) 9-60-74", "круглые сутки, без выходных"), ("Заозёрская районная ветстанция", "+7 (81370) 9-60-35", "с 20:00 до 8:00 по вызову")],
}
VET_HEAD = {"en": ("Practice", "Phone", "Hours"), "tr": ("Klinik", "Telefon", "Saatler"), "de": ("Praxis", "Telefon", "Zeiten"),
            "fr": ("Cabinet", "Téléphone", "Horaires"), "es": ("Clínica", "Teléfono", "Horario"), "ru": ("Клиника", "Телефон", "Часы")}
VET_LABELS = {"en": ("Postcode or town", "Search"), "tr": ("İlçe ya da mahalle", "Ara"), "de": ("PLZ oder Ort", "Suchen"),
              "fr": ("Code postal ou commune", "Rechercher"), "es": ("Código postal o localidad", "Buscar"), "ru": ("Город или индекс", "Найти")}
# the public toilets: where, opening times, accessible, changing places (None: not there)
TOILETS = {
    "en": [("Market Hall, Ludmarsh", "8am to 6pm", "accessible", "Changing Places"), ("Riverside car park", "7am to 9pm", "accessible", None), ("Castle Green", "9am to 5pm, April to October", None, None)],
    "tr": [("Cumhuriyet Parkı, çay bahçesi yanı", "08.00–22.00", "engelli dostu", None), ("Otogar", "24 saat", "engelli dostu", "bakım odası")],
    "de": [("Marktplatz Lindenbrunn", "7 bis 20 Uhr", "barrierefrei", "Toilette für alle"), ("Wanderparkplatz am Grenzstein", "April bis Oktober", None, None)],
    "fr": [("halle du marché, Montbrenac", "8 h - 19 h", "accessible PMR", None), ("aire du lavoir", "ouvert toute l'année, 7 h - 21 h", None, None)],
    "es": [("Plaza de España, Valdecinos", "de 9.00 a 21.00", "accesible", "cambiador para adultos"), ("Parque de la Ribera", "de 10.00 a 20.00", "accesible", None)],
    "ru": [("Центральный рынок", "с 8:00 до 20:00", "доступен для колясок", None), ("Автостанция Заозёрья", "круглые сутки", "доступен для колясок", "пеленальный стол")],
}
TOILET_HEAD = {"en": ("Where", "Open", "Accessible", "Changing Places"), "tr": ("Yer", "Açık", "Engelli", "Bakım odası"),
               "de": ("Ort", "Geöffnet", "Barrierefrei", "Toilette für alle"), "fr": ("Lieu", "Ouverture", "PMR", "Table à langer adulte"),
               "es": ("Lugar", "Horario", "Accesible", "Cambiador"), "ru": ("Где", "Открыто", "Доступность", "Комната матери")}
TOILET_YES = {"en": "yes", "tr": "evet", "de": "ja", "fr": "oui", "es": "sí", "ru": "да"}
WIDGET_ROWS = (("church services", CHURCH_SERVICES), ("vet practices", VET_PRACTICES), ("public toilets", TOILETS))



# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Ludmarsh cattle market sold to a housing trust after 180 years", "Lost wedding ring found in a sugar beet clamp near Clunbury",
           "Border bus 738 saved by a last-minute county grant", "Wyebank's floating pontoon stage to be rebuilt after storm damage",
           "Former headmistress leaves her cottage to the village hall", "Knightwick bypass roundabout to get the town's old milestone"],
    "tr": ["Akçaköprü hayvan pazarı 180 yıl sonra konut kooperatifine satıldı", "Kayıp nişan yüzüğü pancar yığınının içinde bulundu",
           "Sınır köylerine giden otobüs hattı son anda kurtuldu", "Nehir kıyısındaki yüzer sahne fırtınadan sonra yeniden yapılacak",
           "Emekli öğretmen evini köy konağına bağışladı", "Çevre yolu kavşağına kasabanın eski mil taşı dikilecek"],
    "de": ["Viehmarkt in Hohenmark nach 180 Jahren an eine Wohnungsgenossenschaft verkauft", "Verlorener Ehering in einer Zuckerrübenmiete gefunden",
           "Grenzbuslinie 738 in letzter Minute gerettet", "Schwimmende Seebühne nach dem Sturm wird neu gebaut",
           "Frühere Rektorin vermacht ihr Häuschen dem Dorfgemeinschaftshaus", "Alter Meilenstein kommt in den Kreisel an der Umgehung"],
    "fr": ["Le foirail de Montbrenac vendu à un bailleur social après 180 ans", "Une alliance perdue retrouvée dans un tas de betteraves",
           "La ligne de car frontalière 738 sauvée au dernier moment", "La scène flottante du Val-Serein sera reconstruite après la tempête",
           "L'ancienne directrice d'école lègue sa maison à la salle des fêtes", "La vieille borne milliaire installée au rond-point de la déviation"],
    "es": ["El mercado de ganado de Valdecinos se vende a una cooperativa de viviendas tras 180 años", "Aparece una alianza perdida en un montón de remolacha",
           "La línea de autobús rayana 738 se salva en el último minuto", "El escenario flotante del embalse se reconstruirá tras el temporal",
           "Una maestra jubilada deja su casa al hogar del pensionista", "El viejo miliario del pueblo irá a la rotonda de la variante"],
    "ru": ["Скотный рынок Заозёрья продан жилищному кооперативу спустя 180 лет", "Потерянное обручальное кольцо нашли в бурте свёклы",
           "Пригородный автобус № 738 спасли в последний момент", "Плавучую сцену на озере восстановят после шторма",
           "Бывшая директор школы завещала свой дом сельскому клубу", "На кольцо объездной дороги вернут старый верстовой столб"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["es"]
TEASERS = {
    "es": ["Los últimos tratantes se despidieron con una subasta de tres novillas.",
           "Un agricultor la vio brillar al cargar la pala y la llevó al cuartel.",
           "La Diputación pondrá la mitad del dinero durante dos años.",
           "Las olas del temporal de enero arrancaron dos flotadores y la pasarela.",
           "Doña Consuelo pidió que el salón lleve el nombre de sus alumnos.",
           "La piedra marca desde 1790 las leguas que faltan hasta la frontera."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Border news", "Councils and the county", "Police and courts on the border", "Border schools", "Marches sport", "Out and about in the Marches", "Public notices and family announcements"],
               cookie="We and our partners store and read cookies on your device to run this site, measure how it is used and show adverts that pay for reporting in the Marches. You can accept all of them or pick the ones you are happy with.",
               accept="Accept and read on in the Marches", reject="Pick my own border cookies", share="Share this border story",
               related="More to read from the Marches", newsletter="The Marches Evening: the day's border news, sent at six",
               subscribe="Send me The Marches Evening", email="you@marches-evening.example",
               comment_note="Comments from border readers are checked before they go live. Be civil, keep to the subject and bear in mind who might be reading.",
               closed="Commenting has been closed on this border story.",
               footer=["Get in touch with the Marches newsroom", "Our complaints and corrections process", "How we use readers' data in the Marches", "Advertising on the border", "Community rules for border readers"],
               rights="Copyright in everything published here belongs to the publisher; please ask in writing before reusing any of it.",
               commenters=[("TemeSideTess", "About time too, well done all."),
                           ("Gwilym on the hill", "My grandfather would have been pleased to see this.")]),
    "tr": dict(nav=["Sınır boyu haberleri", "Belediyeler ve il", "Sınırda asayiş ve mahkeme", "Sınır boyu okulları", "Sınır boyu sporu", "Sınır boyunda gezip görün", "Resmî ilanlar ve vefat duyuruları"],
               cookie="Biz ve iş ortaklarımız, bu siteyi çalıştırmak, nasıl kullanıldığını ölçmek ve sınır boyu habercilik masraflarını karşılayan reklamları göstermek için cihazınızda çerez saklıyor ve okuyoruz. Hepsini kabul edebilir ya da uygun bulduklarınızı seçebilirsiniz.",
               accept="Kabul et, sınır boyunu okumaya devam et", reject="Sınır boyu çerezlerimi ben seçeyim", share="Bu sınır boyu haberini paylaşın",
               related="Sınır boyundan okunacak başka haberler", newsletter="Sınır Boyu Akşamı: günün sınır haberleri saat altıda e-postanızda",
               subscribe="Sınır Boyu Akşamı'nı gönderin", email="siz@sinirboyu-aksami.example",
               comment_note="Sınır boyu okurlarının yorumları yayına girmeden önce kontrol edilir. Saygılı olun, konuya bağlı kalın ve kimlerin okuyabileceğini unutmayın.",
               closed="Bu sınır boyu haberine yorum yapma kapatıldı.",
               footer=["Sınır boyu haber merkezine ulaşın", "Şikâyet ve düzeltme sürecimiz", "Sınır boyunda okur verilerini nasıl kullanıyoruz", "Sınır boyunda reklam", "Sınır boyu okurları için topluluk kuralları"],
               rights="Burada yayımlanan her şeyin telif hakkı yayıncıya aittir; herhangi bir bölümünü kullanmadan önce lütfen yazılı olarak sorun.",
               commenters=[("Meriç_Kenarı_Sevgi", "Geç bile kaldı, emeği geçenlere teşekkürler."),
                           ("Akçaköprülü Rıza Dayı", "Rahmetli babam bunu görse çok sevinirdi.")]),
    "de": dict(nav=["Nachrichten aus dem Grenzland", "Gemeinden und Landkreis", "Polizei und Justiz an der Grenze", "Schulen im Grenzland", "Sport im Grenzland", "Unterwegs im Grenzland", "Amtliche Bekanntmachungen und Familienanzeigen"],
               cookie="Wir und unsere Partner speichern und lesen Cookies auf Ihrem Gerät, um diese Seite zu betreiben, ihre Nutzung zu messen und Werbung zu zeigen, die die Berichterstattung aus dem Grenzland bezahlt. Sie können alle annehmen oder die auswählen, mit denen Sie einverstanden sind.",
               accept="Annehmen und weiterlesen", reject="Grenzland-Cookies selbst auswählen", share="Diese Grenzland-Geschichte teilen",
               related="Mehr zum Lesen aus dem Grenzland", newsletter="Grenzland am Abend: die Grenznachrichten des Tages, um sechs verschickt",
               subscribe="Grenzland am Abend zuschicken", email="sie@grenzland-abend.example",
               comment_note="Kommentare aus dem Grenzland werden geprüft, bevor sie erscheinen. Bleiben Sie höflich, beim Thema und denken Sie daran, wer mitliest.",
               closed="Die Kommentarfunktion zu dieser Grenzland-Geschichte ist geschlossen.",
               footer=["Kontakt zur Grenzland-Redaktion", "Beschwerden und Berichtigungen", "Wie wir Leserdaten im Grenzland nutzen", "Anzeigen im Grenzland", "Gemeinschaftsregeln für Grenzland-Leser"],
               rights="Das Urheberrecht an allen hier veröffentlichten Inhalten liegt beim Verlag; bitte fragen Sie schriftlich, bevor Sie etwas davon weiterverwenden.",
               commenters=[("Grenzgaengerin_Uschi", "Wurde aber auch Zeit, gut gemacht."),
                           ("Alfons vom Hohen Rain", "Mein Großvater hätte sich darüber gefreut.")]),
    "fr": dict(nav=["L'actualité des Marches", "Communes et département", "Gendarmerie et tribunal à la frontière", "Les écoles des Marches", "Le sport des Marches", "Sorties dans les Marches", "Annonces légales et carnet"],
               cookie="Nos partenaires et nous déposons et lisons des cookies sur votre appareil pour faire fonctionner ce site, mesurer son utilisation et afficher des publicités qui financent l'information dans les Marches. Vous pouvez tout accepter ou choisir ceux qui vous conviennent.",
               accept="Accepter et poursuivre la lecture des Marches", reject="Je choisis mes cookies des Marches", share="Partager cet article frontalier",
               related="D'autres lectures des Marches", newsletter="Le Soir des Marches : l'actualité frontalière du jour, envoyée à 18 heures",
               subscribe="Recevoir Le Soir des Marches", email="vous@soir-des-marches.example",
               comment_note="Les commentaires des lecteurs des Marches sont vérifiés avant publication. Restez courtois, restez dans le sujet et pensez à ceux qui vous lisent.",
               closed="Les commentaires sont fermés pour cet article frontalier.",
               footer=["Écrire à la rédaction des Marches", "Réclamations et rectificatifs des Marches", "L'usage des données des lecteurs des Marches", "Publicité à la frontière", "Règles de la communauté des Marches"],
               rights="Les droits de tout ce qui est publié ici appartiennent à l'éditeur ; merci de demander par écrit avant toute réutilisation.",
               commenters=[("Mamie_du_Serein", "Il était temps, bravo à tous."),
                           ("Jeannot de Montbrenac", "Mon grand-père aurait été content de voir ça.")]),
    "es": dict(nav=["Noticias de la Raya", "Ayuntamientos y Diputación", "Guardia Civil y juzgados en la frontera", "Colegios rayanos", "Deporte rayano", "Planes en la Raya", "Edictos y esquelas"],
               cookie="Nosotros y nuestros socios guardamos y leemos cookies en tu dispositivo para que esta web funcione, medir cómo se usa y mostrar anuncios que pagan el periodismo de la Raya. Puedes aceptarlas todas o quedarte con las que te parezcan bien.",
               accept="Aceptar y seguir leyendo la Raya", reject="Prefiero elegir mis cookies rayanas", share="Comparte esta noticia rayana",
               related="Más lecturas de la Raya", newsletter="La Raya por la tarde: las noticias rayanas del día, a las seis en tu correo",
               subscribe="Quiero La Raya por la tarde", email="tu@raya-tarde.example",
               comment_note="Los comentarios de los lectores rayanos se revisan antes de publicarse. Sé educado, cíñete al tema y piensa en quién puede leerte.",
               closed="Se han cerrado los comentarios de esta noticia rayana.",
               footer=["Escribe a la redacción de la Raya", "Reclamaciones y correcciones", "Cómo usamos los datos de los lectores rayanos", "Publicidad en la Raya", "Normas de la comunidad rayana"],
               rights="Los derechos de todo lo que se publica aquí pertenecen al editor; pide permiso por escrito antes de reutilizar cualquier parte.",
               commenters=[("Rayana_de_corazon", "Ya era hora, enhorabuena a todos."),
                           ("Tío Anselmo de Valdecinos", "A mi abuelo le habría gustado verlo.")]),
    "ru": dict(nav=["Новости Приграничья", "Власть района и области", "Полиция и суды у границы", "Школы Приграничья", "Спорт Приграничья", "Куда пойти в Приграничье", "Официальные объявления и некрологи"],
               cookie="Мы и наши партнёры сохраняем и считываем cookie на вашем устройстве, чтобы сайт работал, чтобы измерять его использование и показывать рекламу, которая оплачивает журналистику Приграничья. Вы можете принять все или выбрать подходящие.",
               accept="Принять и читать Приграничье дальше", reject="Выбрать cookie Приграничья самому", share="Поделиться материалом Приграничья",
               related="Что ещё почитать о Приграничье", newsletter="«Вечер Приграничья»: новости границы за день, рассылка в шесть вечера",
               subscribe="Присылать «Вечер Приграничья»", email="vy@vecher-prigranichya.example",
               comment_note="Комментарии читателей Приграничья проверяются перед публикацией. Будьте вежливы, не уходите от темы и помните, кто может вас читать.",
               closed="Обсуждение этого материала Приграничья закрыто.",
               footer=["Написать в редакцию Приграничья", "Жалобы и исправления в Приграничье", "Как мы используем данные читателей Приграничья", "Реклама в Приграничье", "Правила сообщества Приграничья"],
               rights="Права на всё опубликованное здесь принадлежат издателю; прежде чем использовать что-либо, спросите письменного разрешения.",
               commenters=[("Тамара_Заозёрье", "Давно пора, молодцы."),
                           ("Дядя Коля с Погранзаставы", "Мой дед был бы рад это увидеть.")]),
}
UI75 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"tr": "SINIR BOYUNDAN DAHA FAZLASI:", "de": "MEHR AUS DEM GRENZLAND:"},  # regional / magazine inline links
    (mp2, "BIO"): {"tr": "{name}, {site} için sınır kasabalarının insanlarını ve {section} konularını yazıyor. Öneriler: dosya@sinirboyu-haber.example",
                   "de": "{name} schreibt für {site} lange Reportagen aus den Grenzorten und betreut die Rubrik {section}. Hinweise an reportage@grenzland-kurier.example"},
    (mp4, "READMORE"): {"de": "MEHR VON DER GRENZE:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"fr": dict(also="Plus du Courrier des Marches")},
    (mp6, "TYPO3"): {"de": dict(ext="Karte: Die neue Toilette am Marktplatz (OpenStreetMap)",
                                note="Hier ist eine Karte der Gemeinde eingebunden. Sie wird erst nach Ihrer Zustimmung von OpenStreetMap geladen; dabei wird Ihre IP-Adresse an OpenStreetMap übermittelt.",
                                button="Zustimmen und Karte des Marktplatzes laden", by="Bekanntmachung der", search="Suche auf lindenbrunn.example",
                                lang_menu="Lindenbrunn in Leichter Sprache")},
    (mp7, "SANITY"): {"ru": dict(nl_title="Заозёрье по средам", nl_text="Раз в неделю, по средам: что произошло в Заозёрском округе, в его школах и на рынке, в одном письме.",
                                 nl_button="Получать «Заозёрье по средам»", nl_placeholder="Ваш адрес для «Заозёрья по средам»")},
    (mp11, "HUGO"): {"en": dict(nl_title="The Lingen Cross Letter", nl_text="Every Friday evening: the week's council business, farming and people of Lingen Cross in one email.",
                                nl_label="Your email for The Lingen Cross Letter", nl_button="Send me The Lingen Cross Letter")},
    (mp13, "PUB_NAV"): {"es": ["Lo último en San Roque", "Vecinas y vecinos de San Roque", "Oficios de San Roque", "Apoya Papeles de San Roque"]},
    (mp13, "TEASERS"): {"es": TEASERS["es"]},
    (mp19, "UCOZ"): {"tr": dict(domain="ucoz.com", slogan="Dumanlıtepe Köyü Yardımlaşma ve Kalkındırma Derneği",
                                menu=["Dumanlıtepe ana sayfa", "Dumanlıtepe'den haberler", "Dumanlıtepe çeşmeleri", "Köyümüzün geçmişi", "Dumanlıtepe fotoğrafları", "Derneğe mesaj gönderin"],
                                cats=["Dumanlıtepe'den haberler", "Dumanlıtepe çeşmeleri", "Dumanlıtepe Derneği'nin duyuruları"],
                                friends=["Dumanlıtepe Muhtarlığı", "Akçaköprü İlçe Halk Kütüphanesi", "Dumanlıtepeliler Derneği (İstanbul şubesi)"],
                                footer="Dumanlıtepe Köyü Derneği © 2026 · site köylülerimizin gönüllü emeğiyle yayında",
                                poster="dumanlitepe_dernek", tags=["köy meydanı", "yeni tuvalet ve abdesthane"],
                                commenters=[("Hatice_Bursa", "Bayramda gelince göreceğiz inşallah, ellerinize sağlık."),
                                            ("Dumanlıtepe Kemal", "Meydan çok güzel olmuş, yaşlılarımız artık rahat eder.")],
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
# the new layout: a story published with Shorthand, the scrollytelling platform newsrooms use for long reads and
# features, as Shorthand's publishing service serves it (https://<host>/<story-slug>/index.html) to a reader who has
# not yet answered the cookie banner the paper added to its Shorthand project: the head (charset, the X-UA-Compatible
# and viewport metas, "<headline> | <site>" as the title, the description, canonical, og: / twitter: metas, Shorthand's
# generator meta, the Typekit preconnect, the theme stylesheet and the story stylesheet with their build hashes, the
# theme's CSS custom properties, the window.Shorthand story object, the JSON-LD NewsArticle); body.Theme-Story with
# the theme's class; the skip link; the project navigation bar (div.Project-Navigation: the paper's logo and
# nav.Navigation.Theme-NavigationBar with Navigation__item Theme-NavigationBarItem entries and their
# Theme-NavigationLink links), the story's share icons (Theme-SocialIcons); main#main.Project-Main holding the story
# as Shorthand sections: the title section (section.Theme-Section.Theme-TitleSection.Theme-Section-Position-1 with
# its full-screen background picture in a FullSize Theme-BackgroundMedia, the Theme-Overlay, h1.Theme-StoryTitle, the
# lead-in -- the story's "sub", not in the truth --, the byline and date, the background credit), the text sections
# (section.Theme-Section.Theme-TextSection with its Layout / Layout__row / Layout__col ... Theme-Column grid and the
# Theme-Layer-BodyText / Theme-Layer-BodyText--inner wrapper: p, h2, ul / ol, blockquote, strong / em, <br>), a new
# text section at every subheading, a full-width media section (section.Theme-Section.Theme-MediaSection: the
# picture, its Theme-Caption and Theme-Credit -- this layout's own residue in the container) after the first text
# section, residue the editor pasted sitting in Shorthand's HTML blocks (div.InlineHTML) inside the body text; after
# the story the related-stories section (Theme-RelatedStories: cards with the paper's other Shorthand stories), the
# story footer (footer.Theme-Footer: the paper's logo and links, the copyright line, back-to-top and the "Built with
# Shorthand" mark in Theme-Logos); the cookie banner (the paper's text, accept / reject / settings buttons); then the
# story bundle and Shorthand's analytics snippet
# --------------------------------------------------------------------------
# Shorthand's own strings per language (the platform and its theme as they ship, not checked)
SH_CORE = {
    "en": dict(skip="Skip to main content", by="By", share=["Share on Facebook", "Share on X", "Share on LinkedIn", "Share by email"],
               scroll="Scroll to continue", top="Back to top", built="Built with Shorthand", related="More stories",
               accept="Accept all", reject="Reject all", settings="Cookie settings", cmp_label="Cookie consent",
               locale="en-GB", og_locale="en_GB",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]),
    "ru": dict(skip="Перейти к основному содержанию", by="Автор:", share=["Поделиться во ВКонтакте", "Поделиться в Telegram", "Поделиться в Одноклассниках", "Отправить по почте"],
               scroll="Листайте дальше", top="Наверх", built="Сделано на Shorthand", related="Другие истории",
               accept="Принять все", reject="Отклонить все", settings="Настройки cookie", cmp_label="Согласие на cookie",
               locale="ru-RU", og_locale="ru_RU",
               months=["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]),
}
# the papers' own strings (checked): the logo text, the navigation, the footer links and line, the banner's text
SH_SITES = {
    "Marcher Herald": dict(
        host="stories.marcherherald.example", org="marcher-herald", theme="marcher-serif",
        nav=["Herald home", "Herald long reads", "Border heritage", "Our photographers"],
        links=["About the Marcher Herald", "Subscribe to the Herald in print", "Herald privacy and cookies", "Write to the long reads editor"],
        copyright="© 2026 Marcher Herald Newspapers Ltd, Ludmarsh. Long reads from the border country.",
        banner="The Marcher Herald uses cookies on its long reads to see how far people scroll and which chapters they read. We only set them if you say yes."),
    "Северная губерния": dict(
        host="longread.sevgub.example", org="sevgub", theme="gubernia-classic",
        nav=["Главная «Северной губернии»", "Лонгриды", "Наследие края", "Спецпроекты редакции"],
        links=["О редакции «Северной губернии»", "Подписка на печатную «Губернию»", "Политика конфиденциальности «Губернии»", "Предложить тему для лонгрида"],
        copyright="© 2026 ООО «Северная губерния», Заозёрск. Истории нашего края.",
        banner="«Северная губерния» использует cookie в лонгридах, чтобы понимать, до какой главы дочитывают наши истории. Мы сохраняем их только с вашего согласия."),
}
SH_EXEMPT = {"host", "org", "theme"}  # (a domain, the project's slug and the theme's name)


def sh_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    months = SH_CORE[lang]["months"]
    return ("%d %s %d" % (d, months[m - 1], y)) if lang == "en" else ("%d %s %d г." % (d, months[m - 1], y))


def sh_block(kind, val):
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def sh_picture(base, asset, alt=""):
    return ('<picture><source media="(min-width: 1441px)" srcset="%s/assets/%s-2560.jpeg" />'
            '<source media="(min-width: 801px)" srcset="%s/assets/%s-1440.jpeg" />'
            '<img src="%s/assets/%s-800.jpeg" alt="%s" loading="lazy" decoding="async" /></picture>') % (
        base, asset, base, asset, base, asset, A(alt))


def tpl_shorthand(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = SH_CORE[lang], SH_SITES[site]
    base = "https://%s/%s" % (s["host"], hc.slug(art["title"])[:60].strip("-") if lang == "en" else "story-%d" % rng.randint(1000, 9999))
    url = base + "/index.html"
    blocks, n = art["blocks"], len(art["blocks"])
    heads = rng.sample(HEADLINES[lang], 4)
    sid = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10))
    build_hash = "%08x" % rng.randint(16**7, 16**8 - 1)
    asset = lambda k: "%s-%s" % (sid[:6], k)  # noqa: E731
    sections, text = [], []
    pos = [2]
    first_h = [i for i, (k, _) in enumerate(blocks) if k == "h"]
    media_at = first_h[0] if first_h else next((i for i in range(n // 2, n) if blocks[i][0] == "p" and blocks[i - 1][0] == "p"
                                               and not blocks[i - 1][1].endswith(":")), n)

    def text_section():
        if not text:
            return
        k = pos[0]
        pos[0] += 1
        sections.append(('<section id="section-%s%d" class="Theme-Section Theme-TextSection Theme-Section-Position-%d Theme-Section-Layout--Full '
                         'Theme-Section-Light Theme-BodyTextColumn-Center Theme-Columns--1" data-section-type="text">\n'
                         '<div class="Layout Layer--one"><div class="Layout__row"><div class="Layout__col Layout__col-lg-6 Layout__col-lg-center '
                         'Layout__col-md-8 Layout__col-md-center Layout__col-sm-10 Layout__col-sm-center Layout__col-xs-12 Theme-Column">\n'
                         '<div class="Theme-Layer-BodyText"><div class="Theme-Layer-BodyText--inner">\n%s\n</div></div>\n'
                         '</div></div></div>\n</section>') % (sid[:4], k, k, "\n".join(text)))
        del text[:]

    def media_section():
        k = pos[0]
        pos[0] += 1
        sections.append(('<section id="section-%s%d" class="Theme-Section Theme-MediaSection Theme-Section-Position-%d Theme-Section-Layout--Full '
                         'Theme-Section-Dark DisplayContainerHeight--minHeight" data-section-type="media">\n'
                         '<figure class="MediaRenderer MediaRenderer--fullWidth" data-lazyload-container="true">\n'
                         '<div class="MediaRenderer__inner FullSize">%s</div>\n'
                         '<figcaption class="Theme-Caption Theme-MediaCaption"><span class="Theme-CaptionText">%s</span> '
                         '<span class="Theme-Credit">%s</span></figcaption>\n</figure>\n</section>') % (
            sid[:4], k, k, sh_picture(base, asset("media-%d" % k)), E(art["body_caption"]), E(art["credit"])))

    for i in range(n + 1):
        if i == media_at:
            text_section()
            media_section()
        elif i < n and blocks[i][0] == "h":
            text_section()
        if placed.get(i):
            text.extend('<div class="InlineHTML Theme-InlineHTML" data-html-block="true">\n%s\n</div>' % x for x in placed[i])
        if i < n:
            text.append(sh_block(blocks[i][0], blocks[i][1]))
    text_section()
    story = "\n".join(sections)
    nav = "".join('<li class="Navigation__item Theme-NavigationBarItem%s"><a class="Theme-NavigationLink" href="https://%s/%s">%s</a></li>' % (
        " Navigation__item--active" if k == 1 else "", s["host"], hc.slug(t) if lang == "en" else "razdel-%d" % k, E(t)) for k, t in enumerate(s["nav"]))
    share = "".join('<a class="Theme-SocialIcon Theme-SocialIcon--%s" href="#" target="_blank" rel="noopener" aria-label="%s"><svg aria-hidden="true" viewBox="0 0 24 24"><use href="#icon-%s"></use></svg></a>' % (
        net, A(label), net) for net, label in zip(("facebook", "x", "linkedin", "email"), c["share"]))
    related = "".join('<li class="Theme-RelatedStory"><a class="Theme-RelatedStoryLink" href="https://%s/story-%d/"><div class="Theme-RelatedStoryImage">%s</div><h3 class="Theme-RelatedStoryTitle">%s</h3></a></li>' % (
        s["host"], rng.randint(100, 999), sh_picture("https://" + s["host"], "rel-%d" % k), E(h)) for k, h in enumerate(heads[:3]))
    links = "".join('<li><a href="https://%s/%s">%s</a></li>' % (s["host"], "p%d" % k, E(t)) for k, t in enumerate(s["links"]))
    date_txt = sh_date(lang, art["date"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"], "description": art["sub"],
                     "datePublished": art["date"] + "T06:00:00Z", "author": {"@type": "Person", "name": art["byline"]},
                     "publisher": {"@type": "Organization", "name": site}, "image": base + "/assets/" + asset("title") + "-1440.jpeg",
                     "mainEntityOfPage": url}, ensure_ascii=False)
    story_obj = json.dumps({"storyId": sid, "organisation": s["org"], "theme": s["theme"], "published": art["date"],
                            "build": build_hash, "analytics": {"enabled": True, "respectConsent": True}})
    return f'''<!DOCTYPE html>
<html lang="{c["locale"]}" class="no-js" data-story-id="{sid}">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{E(art["title"])} | {E(site)}</title>
<meta name="description" content="{A(art["sub"])}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:locale" content="{c["og_locale"]}">
<meta property="og:site_name" content="{A(site)}">
<meta property="og:title" content="{A(art["title"])}">
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/assets/{asset("title")}-1440.jpeg">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{A(art["title"])}">
<meta name="twitter:image" content="{base}/assets/{asset("title")}-1440.jpeg">
<meta name="generator" content="Shorthand">
<link rel="preconnect" href="https://use.typekit.net" crossorigin>
<link rel="stylesheet" href="{base}/static/themes/{s["theme"]}/theme.{build_hash}.css">
<link rel="stylesheet" href="{base}/static/styles/story.{build_hash[::-1]}.css">
<style data-theme-vars>:root{{--Theme-Color-Primary:#1d2b3a;--Theme-Color-Accent:#b5482c;--Theme-Font-Body:"freight-text-pro",Georgia,serif;--Theme-Font-Title:"acumin-pro",Arial,sans-serif}}</style>
<script>window.Shorthand = {story_obj};</script>
<script type="application/ld+json">{ld}</script>
</head>
<body class="Theme-Story Theme-{s["theme"]} Theme-Layout--Default">
<a class="Theme-skip-content-link" href="#main" id="skip-link">{E(c["skip"])}</a>
<div class="Project-Navigation Theme-ProjectNavigation">
<a class="Theme-Logo" href="https://{s["host"]}/"><img src="https://{s["host"]}/static/logo.svg" alt="{A(site)}" width="180" height="32"></a>
<nav class="Navigation Theme-NavigationBar" aria-label="{A(site)}"><ul class="Navigation__list">{nav}</ul></nav>
<button class="Navigation__toggle Theme-NavigationToggle" aria-expanded="false" aria-controls="project-nav"><span></span><span></span><span></span></button>
</div>
<div class="Theme-SocialIcons" role="group">{share}</div>
<main id="main" class="Project-Main">
<article class="Story" data-story-id="{sid}">
<section id="section-{sid[:4]}1" class="Theme-Section Theme-TitleSection Theme-Section-Position-1 Theme-Section-Dark Theme-Section-HasOverlay DisplayContainerHeight--fullHeight" data-section-type="title">
<div class="FullSize Theme-BackgroundMedia">{sh_picture(base, asset("title"))}</div>
<div class="FullSize Theme-Overlay" style="opacity:0.35"></div>
<div class="Layout Layer--one"><div class="Layout__row"><div class="Layout__col Layout__col-lg-8 Layout__col-lg-center Layout__col-xs-12 Theme-Column">
<h1 class="Theme-StoryTitle Theme-TextSize-xlarge">{E(art["title"])}</h1>
<div class="Theme-LeadIn Theme-TextSize-small"><p>{E(art["sub"])}</p></div>
<div class="Theme-Byline"><p>{E(c["by"])} {E(art["byline"])} · <time datetime="{art["date"]}">{E(date_txt)}</time></p></div>
</div></div></div>
<div class="Theme-ScrollIndicator" aria-hidden="true"><span>{E(c["scroll"])}</span></div>
<div class="Theme-BackgroundCredit"><span class="Theme-Credit">{E(art["caption"])} {E(art["credit"])}</span></div>
</section>
{story}
</article>
<section class="Theme-Section Theme-RelatedStories" aria-labelledby="related-{sid}">
<h2 id="related-{sid}" class="Theme-RelatedStoriesTitle">{E(c["related"])}</h2>
<ul class="Theme-RelatedStoriesList">{related}</ul>
</section>
</main>
<footer class="Theme-Footer">
<div class="Theme-FooterInner">
<a class="Theme-Logo Theme-FooterLogo" href="https://{s["host"]}/"><img src="https://{s["host"]}/static/logo-white.svg" alt="{A(site)}" width="160" height="28"></a>
<ul class="Theme-FooterLinks">{links}</ul>
<p class="Theme-FooterCopyright">{E(s["copyright"])}</p>
<a class="Theme-BackToTop" href="#main">{E(c["top"])} ↑</a>
<div class="Theme-Logos"><a href="https://shorthand.com/?utm_source=story-footer" target="_blank" rel="noopener">{E(c["built"])}</a></div>
</div>
</footer>
<div id="sh-consent" class="Theme-ConsentBanner" role="dialog" aria-modal="false" aria-label="{A(c["cmp_label"])}" hidden>
<div class="Theme-ConsentBanner__inner"><p class="Theme-ConsentBanner__text">{E(s["banner"])}</p>
<div class="Theme-ConsentBanner__buttons"><button type="button" class="Theme-Button Theme-Button--primary" data-consent="accept">{E(c["accept"])}</button><button type="button" class="Theme-Button" data-consent="reject">{E(c["reject"])}</button><button type="button" class="Theme-Button Theme-Button--link" data-consent="settings">{E(c["settings"])}</button></div></div>
</div>
<script src="{base}/static/scripts/story.{build_hash}.js" defer></script>
<script>(function(){{var c=document.cookie.match(/sh_consent=([a-z]+)/);if(!c){{document.getElementById("sh-consent").hidden=false;}}document.documentElement.className=document.documentElement.className.replace("no-js","js");}})();</script>
<script src="https://analytics.shorthand.com/v2/sh.js" data-story="{sid}" data-respect-consent="true" async></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)



# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"shorthand": ["caption"]}  # the full-width media section with its caption and credit
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "churchservices", "outofhoursvet", "publictoilets"]
NEW_FAMILIES = ["churchservices", "outofhoursvet", "publictoilets"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"churchservices": ["church service", "church-service", "services this sunday", "sunday services by church",
                                       "worship times", "mass times", "all services in the area"],
                    "outofhoursvet": ["out-of-hours vet", "out of hours vet", "emergency vet", "vets on call", "vet on call",
                                      "find a vet", "veterinary"],
                    "publictoilets": ["public toilet", "public loo", "toilet finder", "changing places", "report a problem with a toilet",
                                      "public-toilet"]}
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
    "cookie": ['<div class="border-cam-gate"><p class="border-cam-gate__msg">%s</p><button class="border-cam-gate__ok" type="button">&#10003;</button></div>',
               '<p class="border-map-cookie-note">%s</p>', '<div><em><small>%s</small></em></div>'],
    "newsletter": ['<div class="marches-at-seven"><p class="marches-at-seven__pitch">%s</p><a class="marches-at-seven__join" href="/newsletters/marches-at-seven">&#187;</a></div>',
                   '<p class="free-limit-reached-mx">%s</p>', '<h5 class="marches-at-seven-hd">%s</h5>', '<p><strong><a href="/pledge">%s</a></strong></p>'],
    "share": ['<ul class="send-along-border-bar">{items}</ul>', '<div class="forward-story-strip-mx">%s</div>', '<p><a href="#pass-it-round">%s</a></p>'],
    "photo": ['<p class="photo-counter-credit-mx">%s</p>', '<span class="mx-reader-supplied-chip">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="mx-licensing-desk-line">%s</p>', '<div class="no-republish-notice-mx"><small>%s</small></div>', '<div><small><em>%s</em></small></div>'],
    "section": ['<p class="fresh-from-marches">%s</p>', '<h6 class="all-coverage-link-mx">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="star-divider-mx">%s</p>', '<div class="section-flourish-mx">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="marches-team-credit">%s</p>', '<div class="border-community-reporter">%s</div>', '<div><i><small>%s</small></i></div>'],
    "title": ['<p class="headline-echo-mx"><strong>%s</strong></p>', '<h2 class="headline-echo-h2-mx">%s</h2>', '<h4>%s</h4>'],
    "ad": ['<div class="mx-advert-continues-tag">%s</div>', '<p class="advertise-border-line">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="keep-reading-marches"><a href="#rest">%s</a></p>', '<div class="show-rest-bar-mx">%s</div>', '<div><a href="#rest">%s</a></div>'],
    "comments": ['<p class="border-talking-link"><a href="#comments">%s</a></p>', '<div class="join-comments-count-mx">%s</div>', '<div><a href="#comments"><b>%s</b></a></div>'],
    "readtime": ['<p class="marches-read-length">%s</p>', '<span class="read-mins-chip-mx">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="revised-stamp-mx"><time>%s</time></p>', '<div class="latest-figures-note-mx">%s</div>', '<div><em>%s</em></div>'],
    "audio": ['<div class="marches-audio-player"><button class="marches-audio-player__play" aria-label="Play"></button><span class="marches-audio-player__lbl">%s</span></div>',
              '<p class="listen-on-the-road-mx"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="mx-story-amended-box"><p>%s</p></aside>', '<p class="amended-note-marches"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="border-alerts-app"><p class="border-alerts-app__txt">%s</p><a class="border-alerts-app__dl" href="/app">&#8681;</a></div>',
            '<p class="open-in-marches-app">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="toll-house-desk-bio"><p class="mx-desk-above-post-office__txt">%s</p></div>', '<p class="read-more-from-author-mx"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "tip": ['<div class="border-tipoff-box"><p class="mx-seen-in-village-box__txt">%s</p></div>', '<p class="call-marches-desk">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="mistake-report-hint-mx"><p>%s</p></div>', '<p class="mx-select-and-report-line">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="big-news-alert-optin-mx"><p class="big-news-alert-optin-mx__q">%s</p></div>', '<p class="alerts-on-marches">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="take-it-with-you-tools">{items}</ul>', '<p class="printer-page-marches"><a href="?print=1">%s</a></p>',
              '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="useful-vote-marches-box"><p class="useful-vote-marches-box__q">%s</p></div>', '<p class="useful-vote-marches-line">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-marches"><p>%s</p></div>', '<p class="mx-standards-contact-strip"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="tagged-row-mx"><span class="tagged-row-mx__txt">%s</span></div>', '<p class="follow-topic-marches">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="marches-later-add"><a class="mx-reading-pile-add__a" href="#reading-pile">%s</a></div>',
                 '<p class="marches-later-line"><a href="#reading-pile">%s</a></p>', '<div><a href="#reading-pile">%s</a></div>'],
    "poll": ['<div class="quick-vote-mx"><p class="quick-vote-mx__q">%s</p><button class="quick-vote-mx__go" type="button">&#10004;</button></div>',
             '<h6 class="border-results-note">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/V{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/V{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-facade-marches"><a class="yt-facade-marches__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="day-photos-strip-mx"><a class="mx-night-pictures-strip__a" href="#gallery">%s</a></div>',
                '<p class="swipe-pictures-marches">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-frame-marches"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-frame-marches__links">%s</p></div>',
            '<figure class="static-map-mx"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="add-to-diary-mx">{items}</ul>', '<p class="eve-reminder-mx"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="save-date-strip-mx"><span class="save-date-strip-mx__lbl">%s</span></div>'],
    "scores": ['<div class="border-league-results"><a class="border-league-results__a" href="/sport/border-leagues">%s</a></div>',
               '<ul class="border-scores-hub">{items}</ul>', '<div><a href="/sport/border-leagues"><b>%s</b></a></div>'],
    # the three families new in this part ({servicelist}: this Sunday's services by church as a list with their times;
    # {servicerows}: the same as a table; {servicetimes}: the service times as a definition list; {vetlist}: the
    # practices on call tonight with their phone numbers and hours as a list; {vetrows}: the same as a table;
    # {vetfields}: the find-a-vet search field and button; {toiletlist}: the toilets near you with their opening times
    # and accessible / Changing Places flags as a list; {toiletrows}: the same as a table; {toilethours}: the opening
    # times as a definition list)
    "churchservices": ['<div class="sunday-services-box"><h4 class="sunday-services-box__hd">%s</h4><ul class="sunday-services-box__list">{servicelist}</ul><a class="sunday-services-box__all" href="/community/church-services">&#8250;</a></div>',
                       '<div class="services-by-church"><p class="services-by-church__hd"><strong>%s</strong></p><table class="services-by-church__tbl">{servicerows}</table></div>',
                       '<p class="all-services-link"><a href="/community/church-services">%s</a></p>',
                       '<div class="service-times-card"><h5 class="service-times-card__hd">%s</h5><dl class="service-times-card__dl">{servicetimes}</dl></div>'],
    "outofhoursvet": ['<div class="vets-on-call-box"><h4 class="vets-on-call-box__hd">%s</h4><ul class="vets-on-call-box__list">{vetlist}</ul></div>',
                      '<div class="ooh-vet-table"><p class="ooh-vet-table__hd"><b>%s</b></p><table class="ooh-vet-table__grid">{vetrows}</table></div>',
                      '<p class="find-a-vet-link"><a href="/pets/find-a-vet">%s</a></p>',
                      '<form class="vet-finder-form" action="/pets/find-a-vet" method="get" role="search"><h5 class="vet-finder-form__hd">%s</h5>{vetfields}</form>'],
    "publictoilets": ['<div class="loos-near-you"><h4 class="loos-near-you__hd">%s</h4><ul class="loos-near-you__list">{toiletlist}</ul></div>',
                      '<div class="toilet-facilities-grid"><p class="toilet-facilities-grid__hd"><strong>%s</strong></p><table class="toilet-facilities-grid__tbl">{toiletrows}</table></div>',
                      '<p class="report-toilet-problem"><a href="/report/public-toilets">%s</a></p>',
                      '<div class="toilet-hours-panel"><h5 class="toilet-hours-panel__hd">%s</h5><dl class="toilet-hours-panel__dl">{toilethours}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>[%s]</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/marches-at-seven"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#pass-it-round">%s</a>']),
          "section": (0.5, ['<b>%s</b> | ']),
          "churchservices": (0.7, [' <a href="/community/church-services"><b>%s</b></a>']),
          "outofhoursvet": (0.7, ['<br><a href="/pets/find-a-vet"><strong>%s</strong></a>']),
          "publictoilets": (0.7, [' <a href="/report/public-toilets"><em>%s</em></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the meter or the donation note; the
# add-your-display link, the zones map link and the book-a-slot button, not the lists, tables, cards or forms)
INLINE_WORDING = {"newsletter": 0, "churchservices": 2, "outofhoursvet": 2, "publictoilets": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="body-picture-mx"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-inline.jpg" alt="" width="640"><br><small>{cap} / {cr}</small></div>']
RELATED_STYLES = ['<div class="up-and-down-marches"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="border-desk-more"><p class="border-desk-more__hd">%s</p><ul>%s</ul></aside>',
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




# the tables' heads, the form's field label and button, as the web teams left them (not checked): CHURCH_HEAD,
# VET_HEAD, VET_LABELS, TOILET_HEAD, TOILET_YES


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
    services = "".join('<li><strong>%s</strong> · %s · %s</li>' % (esc(w), esc(t), esc(x)) for w, t, x in CHURCH_SERVICES[lang])
    times = dl([(w, "%s · %s" % (t, x)) for w, t, x in CHURCH_SERVICES[lang]])
    vets = "".join('<li><b>%s</b>: <a href="tel:%s">%s</a> (%s)</li>' % (
        esc(w), re.sub(r"[^0-9+]", "", p), esc(p), esc(h)) for w, p, h in VET_PRACTICES[lang])
    vl = VET_LABELS[lang]
    vet_fields = ('<label for="vet-%s">%s</label><input id="vet-%s" type="search" name="q" autocomplete="postal-code">'
                  '<button type="submit" class="vet-finder-go">%s</button>') % (k, esc(vl[0]), k, esc(vl[1]))
    yes = TOILET_YES[lang]
    loos = "".join('<li><strong>%s</strong>: %s%s%s</li>' % (
        esc(w), esc(o), ' <span class="loo-flag loo-flag--access" title="%s">&#9855;</span>' % esc(a) if a else "",
        ' <span class="loo-flag loo-flag--cp">%s</span>' % esc(cp) if cp else "") for w, o, a, cp in TOILETS[lang])
    loo_rows = [(w, o, yes if a else "–", yes if cp else "–") for w, o, a, cp in TOILETS[lang]]
    return (style.replace("{servicelist}", services)
            .replace("{servicerows}", table(CHURCH_HEAD[lang], CHURCH_SERVICES[lang]))
            .replace("{servicetimes}", times)
            .replace("{vetlist}", vets)
            .replace("{vetrows}", table(VET_HEAD[lang], VET_PRACTICES[lang]))
            .replace("{vetfields}", vet_fields)
            .replace("{toiletlist}", loos)
            .replace("{toiletrows}", table(TOILET_HEAD[lang], loo_rows))
            .replace("{toilethours}", dl([(w, o) for w, o, _, _ in TOILETS[lang]])))





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
               "scores": rng.choice([0, mid, n]), "churchservices": rng.choice([mid, n]),
               "outofhoursvet": rng.choice([mid, n, n]), "publictoilets": rng.choice([0, mid, n])}.get(fam, mid)
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
BOX = {"gutenberg": ("wrap", '<div class="wp-block-group has-light-green-cyan-background-color has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "drupal": ("class", "text-box-grey"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--slate">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">🐾</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>"),
        "shorthand": ("<strong>", "</strong>")}  # Shorthand's text editor
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>"), "shorthand": ("<em>", "</em>")}
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
# templates: shorthand is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"shorthand": tpl_shorthand, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h74), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "shorthand"


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
            rng = random.Random("newsflow-heldout75-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI75[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 75) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h74), labels, furniture strings,
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
    # layouts: shorthand (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h73 or h74 gave it
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
    # the shorthand pages: a site of SH_SITES in a language of SH_CORE, with a caption for the full-width media
    # section; of the looks only those the editor can set in Shorthand's text editor (bold, italic, a soft return);
    # no story tables and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in SH_SITES or a["lang"] not in SH_CORE or a.get("kind") or not a.get("body_caption")
                                       or any(st not in ("bold", "italic", "br") for st, _ in a.get("look", []))):
            problems.append("%s: shorthand page needs a Shorthand site, a media caption and the editor's looks only" % a["id"])
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
    sh_sites = [{k: v for k, v in d.items() if k not in SH_EXEMPT} for d in SH_SITES.values()]
    # (SH_CORE, CHURCH_HEAD, VET_HEAD, VET_LABELS, TOILET_HEAD and TOILET_YES, the platform's strings and the web teams'
    # generic table heads, field labels and buttons, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("SH_SITES", sh_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "SH_SITES" and s.startswith("/")):
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



