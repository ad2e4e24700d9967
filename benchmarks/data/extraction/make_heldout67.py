#!/usr/bin/env python3
"""Sixty-seventh held-out part (h67-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout67.py           # write pages/h67-*.html
    python benchmarks/data/extraction/make_heldout67.py --check   # verify pages/h67-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout67.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout68.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h67_en.py / articles_h67_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: noise-complaint boards on stories about neighbours, nightlife, building works, airports,
roads and festivals -- the "report a noise problem" form with its address and time fields, the complaints so far this
year by ward as a table, the "check licensed late-night venues" link, the environmental health noise team's contact
card as a definition list --, heat-health alert boards on stories about heatwaves, summer weather, the elderly,
schools and outdoor work -- the alert levels by region as a table with the time each runs until, the "sign up for
heat alerts" line, the "find a cool space near you" finder with its postcode field, the public health team's card as
a definition list --, and scam-alert boards on stories about fraud, pensioners, banks, online shopping and police
warnings -- the scams reported this month by type as a table with the reports and the losses, the "report a scam"
link, the "check if a caller or website is genuine" tool with its number-or-address field, the advice line's card as
a definition list --), their wrapper class names, related headlines, site names, the sites' own strings in the
earlier layouts and the first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI
or of the R pools of make_heldout2..66, nor their labels, furniture strings, widget rows, headlines or site names;
verify() refuses to build if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is
already in an earlier pool, family list, template family or docstring, if a story paragraph or headline of an earlier
part (h65 and h66 included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.
Every name and number is fictional.  (h31's document furniture once framed a noise action plan as a published
document, h39's air-quality widgets and h44's sun-and-sky widgets sat on heatwave stories, h31's legal notices on
fraud trials and h57's premises-licence notices on late-night bars; the complaints board with its report form, the
alert-level board with its cool-space finder and the scam board with its checker and losses table are new families by
name, wording and markup, and none of those parts' wordings, rows or class names recur.)  The tables' heads and the
forms' field labels (NOISE_HEAD, HEAT_HEAD, SCAM_HEAD, NOISE_LABELS, COOL_LABEL, CHECK_LABEL) are the web teams'
generic strings and not checked; the rows themselves (NOISE_WARDS, NOISE_TEAM, HEAT_LEVELS, HEALTH_TEAM, SCAM_TYPES,
FRAUD_LINE) are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link or line among them may be run into a paragraph instead): noise-complaint boards on an English rooftop
bar told to shut its terrace at 10pm (the English new-layout page: the report form), complaints about an airport's
night-flight trial (the complaints-by-ward table), a Turkish municipality's midnight music ban for wedding halls (the
late-night venues link) and a French town's terraces closing at 23 h (the noise team's card); heat-health alert
boards on English care homes told to check residents every two hours (the alert-levels table), a German district's
cool rooms for older people (the sign-up line), a Spanish town's climate shelters in a heatwave (the cool-space
finder) and a Russian town's cooling points (the public health team's card); scam-alert boards on fake police
officers taking £84,000 from English pensioners (the scams table), an English district council's own page on
doorstep roofers (a council on TYPO3: the report link, run into a paragraph), shock calls by fake police in a German
district (the German new-layout page: the caller-or-website checker) and Russian telephone fraudsters posing as bank
security (the advice line's card).  Earlier families that need a reason in the story are placed the same way (a
calendar row on a repair café's next session and on a seed library's autumn exchange); the other generic families are
balanced over the part, leaving out those the page's site would not print (the story's "kind": a district council on
TYPO3 -- no newspaper furniture --, a Turkish village website on uCoz, an independent neighbourhood publication on
Medium, which prints no ads, app, push or print prompts, comment counters or press-standards lines, and of the
newsletter family only its appeal for money); a correction box goes only on a story that was corrected, with that
story's own wording.  Residue markup varies as on real pages: classed boxes, bars, chips, cards, strips and widgets,
bare <p> / <div> lines as pasted by editors, headings, links, lists, spans, forms, definition lists and tables, and,
for a few families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share line, the
late-night venues link, the heat-alert sign-up line, the report-a-scam link; only one line in any paragraph) or a
bold section tag run into the start of the first one (on the Russian fraud story, "section_tag").
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, gutenberg, sanity and magazine), italics (a one-line quote on both new-layout pages,
on semantic and on medium), a highlighted sentence (CUE's highlight mark on both new-layout pages, a <mark> on
quintype), a paragraph in a box (a Gutenberg group, the magazine's panel), a fact box holding a subheading and its
list (a Fusion custom embed: what else a Russian town did in the heat), a Ghost callout card (a village post office's
hours), a paragraph typed after a <br> (Shift+Enter in CUE's rich-text field on both new-layout pages, and on
chunks); story structures that look like furniture but are the story: question-and-answer interviews (questions typed
in bold, some of two or three words -- "Heaviest part?", "Who's next?", "Ya dijital saatler?", "Angst gehabt?",
"Und das Wetter?", "Самое тяжёлое?", "А собаки?" --, in English, Turkish, German and Russian: a woman who has wound a
town hall clock for 27 years, a watchmaker of 71, a farrier after 41 years, a village postwoman after 38), lists
inside the story (what care homes must do in a heatwave, the four steps of the fake-police script as a numbered list,
what a repair café fixes most, a council's advice against doorstep traders, who did what to turn a village school into
a library, a German heat plan, who supplies a school canteen, the health advice in a Spanish heatwave, what a Russian
town did in the heat), a story table (a rooftop bar's new hours, in CUE's table markup on the new layout), crossheads
as headings and as bold paragraphs, one-line quotes and short one-line paragraphs ("“I have timed it. The last song
finishes at ten past one.”", "„Ich habe mich so geschämt, dass ich es zwei Tage niemandem erzählt habe.“", "Pas de
regret.", "«Un tomate de mi abuela no está en ningún catálogo.»"), a closing line with practical information (a
parish meeting on night flights, a repair café's next session, a trading standards drop-in, a tower open day, a
mediation meeting, a canteen tasting, a seed exchange, a farrier's farewell, cooling points' hours, a post office's
hours, the list of climate shelters, a workshop's hours, a watchmaker's hours, a village library's hours, what to do
when a "bank" calls), and story sentences that mention furniture words in ordinary reporting (a repair café's
"monthly newsletter" opening a story, police asking residents to "share the warning" and relatives who "cannot
contact" an older relative closing stories, "a photo of a sound meter", "oat cookies baked on the premises", borrowers
who "subscribe to a text reminder", parents who "suivre" a canteen's menus, a granddaughter's Instagram account so
customers can "seguir" a workshop, a Turkish village page that will "paylaşacağız" its opening photos and asks donors
to "iletişime geçebilir", a last "photo devant la vitrine" closing a French story), some at the start or end of the
story where furniture usually sits.  Two pages carry no residue at all (an English and a Turkish interview) and one
only its correction line (an English library reopening).
One page layout is new (escenic: a city evening paper's and a German Heimatzeitung's sites built on Stibo DX CUE /
Escenic Content Engine with the JSP-rendered CUE Front templates, as they serve an article page, on two pages, an
English and a German one): the head with the publication's /resources/css/... and /resources/js/... bundles, the
Escenic meta tags (escenic.id "1.NNNNNNN", escenic.section, escenic.publication, escenic.content-type), the og: metas,
the canonical link to the ".../1.NNNNNNN" article URL, the JSON-LD NewsArticle, the dataLayer and tag manager, and the
consent manager's TCF stub and loader; the header with the masthead logo, the "Log in" / "Subscribe" buttons, the
search form and the section menu (nav.menu--sections with li.menu__item entries); the article template: the section
label, h1.article__headline, p.article__lead (the story's "sub", not in the truth), the byline with the author's
picture, name and e-mail link and the "Published" / "Updated" times, the top media (a picture with its caption and
photographer credit), the body from the CUE rich-text field in div.article__body.body-text as CUE Front renders it --
p, h2 crossheads, strong / em, the highlight mark, blockquote, ul / ol, <br>, a table in its wrapper, the inline image
with its caption and credit after the first paragraph and an inline "relation" teaser to a related article in the
middle of the story (this layout's own residue in the body) --; after the body the tags list and the share buttons,
on the German subscriber article the "Plus" subscription prompt box, the "Read more" teaser list, the author box, the
"Get our morning briefing" newsletter sign-up; the sidebar's "Most read" and "Latest news" teaser lists and an ad
slot; the footer (the sections, publisher, editor-in-chief, address, "Terms", "Privacy", "Cookie settings",
copyright) and the consent manager's banner ("Accept all", "Reject all", "Settings"), then the CUE Front scripts.
CUE Front's and the theme's own strings (ESC_CORE, per language) are left as the platform ships them and not checked;
the publications' own strings (ESC_SITES: the masthead's alt text, the section menu, the extra tags, the author box's
bio, the newsletter text, the subscription prompt, publisher, editor-in-chief, address, copyright and the consent
banner's wording) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h65 or h66 gave it (9 English pages, 3 in each other language: English on wordpress, amp,
table, semantic, drupal, hugo, gutenberg and typo3; Turkish on nextjs, ucoz and portal; German on sanity and chunks;
French on storybody, quintype and legacy-br; Spanish on regional, magazine and medium; Russian on cms, fusion and
ghost); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site rather
than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this
part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout66.py, so that make_pages.py can import this module and merge it the same way. Standard
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
from make_pages import E, A, UI  # noqa: E402
from articles_h67_en import ARTICLES as H67_EN  # noqa: E402
from articles_h67_intl import ARTICLES as H67_INTL  # noqa: E402

ARTICLES = H67_EN + H67_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66)
# parts whose layouts' languages this part avoids (the two before it; h68 is written at the same time)
LANG_PARTS = (mp65, mp66)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h67"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Brayton and Fenwick Herald", "Kelsey Town Crier Online", "Stainby and Wolds Recorder", "Denholme Valley Sentinel",
           "Castlebrook Clarion", "Ribblesford Weekly Advertiser", "Fell Villages Dispatch"],
    "tr": ["Sarıkaya Haber Merkezi", "Eskipazar Çarşı Postası"],
    "de": ["Altenrieder Bote am Morgen", "Oberland-Kurier Kirchhaslach"],
    "fr": ["Le Courrier des Vignes d'Aubrac", "L'Éveil de la Lène", "Le Petit Aurois Numérique"],
    "es": ["Diario del Tajo Medio", "Heraldo de la Sierra de Arlanza"],
    "ru": ["Заволжская правда онлайн", "Приреченский вестник сегодня", "Ельнинские ключи"],
}
# sites fixed per page (the two Escenic newspapers, an English district council on TYPO3, a Turkish village website on
# uCoz, an independent publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h66 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This street map of the incident sits behind a consent wall: switch on map cookies to see it", "To watch the footage from the hearing, allow embedded-player cookies first"],
        "tr": ["Olayın sokak haritası bir izin duvarının arkasında: görmek için harita çerezlerini açın", "Duruşmadan görüntüleri izlemek için önce gömülü oynatıcı çerezlerine izin verin"],
        "de": ["Dieser Stadtplan zum Geschehen liegt hinter einer Zustimmungssperre: Schalten Sie Karten-Cookies frei, um ihn zu sehen", "Um die Aufnahmen aus der Sitzung anzusehen, lassen Sie zuerst Cookies für eingebettete Player zu"],
        "fr": ["Ce plan du quartier est bloqué derrière un mur de consentement : activez les cookies cartographiques pour le voir", "Pour voir les images de l'audience, autorisez d'abord les cookies des lecteurs intégrés"],
        "es": ["Este plano del barrio está tras un muro de consentimiento: activa las cookies de mapas para verlo", "Para ver las imágenes de la sesión, permite antes las cookies de reproductores integrados"],
        "ru": ["Эта схема района закрыта стеной согласия: включите картографические cookie, чтобы её увидеть", "Чтобы посмотреть запись заседания, сначала разрешите cookie встроенного плеера"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["The Evening Round: the day's stories from the district at 6pm, straight to your inbox", "You've reached your free article limit for this month — sign in or take out a subscription to keep going",
               "No billionaire owner, no paywall: back {site} with a one-off or monthly gift"],
        "tr": ["Akşam Turu: ilçenin günlük haberleri saat 18.00'de doğrudan e-posta kutunuzda", "Bu ayki ücretsiz haber sınırınıza ulaştınız — okumaya devam etmek için giriş yapın ya da abonelik alın",
               "Ne patronumuz var ne ödeme duvarımız: {site}'e tek seferlik ya da aylık bağışla destek olun"],
        "de": ["Die Abendrunde: die Meldungen des Tages aus dem Kreis um 18 Uhr direkt in Ihr Postfach", "Sie haben Ihr Kontingent an freien Artikeln für diesen Monat erreicht — melden Sie sich an oder schließen Sie ein Abo ab, um weiterzulesen",
               "Kein Milliardär, keine Bezahlschranke: Unterstützen Sie {site} mit einer einmaligen oder monatlichen Spende"],
        "fr": ["La Tournée du soir : les infos du jour du canton à 18 h, directement dans votre messagerie", "Vous avez atteint votre quota d'articles gratuits ce mois-ci — connectez-vous ou souscrivez un abonnement pour poursuivre",
               "Ni milliardaire ni mur payant : soutenez {site} par un don ponctuel ou mensuel"],
        "es": ["La Ronda de la tarde: las noticias del día de la comarca a las 18 h, directas a tu correo", "Has alcanzado tu límite de noticias gratuitas de este mes: inicia sesión o suscríbete para continuar",
               "Sin millonarios detrás ni muro de pago: apoya a {site} con una aportación puntual o mensual"],
        "ru": ["«Вечерний обход»: новости района за день в 18:00 прямо в вашу почту", "Вы исчерпали лимит бесплатных материалов на этот месяц — войдите или оформите подписку, чтобы читать дальше",
               "Ни олигарха, ни платного доступа: поддержите «{site}» разовым или ежемесячным взносом"],
    },
    "share": {
        "en": ["Spread the word: WhatsApp · Facebook · Bluesky · Copy this page's address", "Know someone on the estate who'd want this? Forward it to them"],
        "tr": ["Duyurun: WhatsApp · Facebook · Bluesky · Sayfa adresini kopyala", "Sitede bunu bilmek isteyecek biri var mı? Bu haberi ona da gönderin"],
        "de": ["Weitersagen: WhatsApp · Facebook · Bluesky · Adresse dieser Seite kopieren", "Kennen Sie jemanden in der Siedlung, den das interessiert? Leiten Sie es weiter"],
        "fr": ["Faites passer : WhatsApp · Facebook · Bluesky · Copier l'adresse de cette page", "Quelqu'un de la résidence devrait le savoir ? Faites-lui suivre"],
        "es": ["Corre la voz: WhatsApp · Facebook · Bluesky · Copiar la dirección de esta página", "¿Alguien de la urbanización debería saberlo? Pásale el enlace de esta página por mensaje"],
        "ru": ["Расскажите другим: WhatsApp · Telegram · ВКонтакте · Скопировать адрес страницы", "Кому из соседей по двору это будет интересно? Отправьте им эту ссылку"],
    },
    "photo": {
        "en": ["Picture lent to us by the family for this article", "Photograph sent in by a {site} reader"],
        "tr": ["Bu fotoğrafı haber için aile bize verdi", "Okur fotoğrafı, {site} okurlarından biri gönderdi"],
        "de": ["Das Bild hat uns die Familie für diesen Artikel überlassen", "Leserfoto, eingeschickt an {site}"],
        "fr": ["Photo confiée par la famille pour cet article", "Photo envoyée par un lecteur de {site}"],
        "es": ["Foto que la familia nos prestó para esta noticia", "Foto enviada por un lector de {site}"],
        "ru": ["Снимок для этой статьи дала семья", "Фото прислал читатель «{site}»"],
    },
    "copyright": {
        "en": ["All content © {site}; republishing any part of this article requires our permission in writing."],
        "tr": ["Tüm içerik © {site}; bu haberin herhangi bir bölümünün yeniden yayımlanması yazılı iznimize bağlıdır."],
        "de": ["Alle Inhalte © {site}; die Wiederveröffentlichung jedes Teils dieses Artikels bedarf unserer schriftlichen Erlaubnis."],
        "fr": ["Tous les contenus © {site} ; toute republication d'un extrait de cet article exige notre autorisation écrite."],
        "es": ["Todos los contenidos © {site}; republicar cualquier parte de esta noticia requiere nuestro permiso por escrito."],
        "ru": ["Все материалы © «{site}»; перепечатка любой части статьи возможна только с нашего письменного разрешения."],
    },
    "section": {
        "en": ["Catch up on {section}", "The {section} desk's latest ›"],
        "tr": ["{section} sayfasında neler kaçırdınız", "{section} masasından son haberler ›"],
        "de": ["Das Neueste aus {section} nachlesen", "Frisch vom {section}-Desk ›"],
        "fr": ["Rattrapez l'actualité {section}", "Les dernières du pôle {section} ›"],
        "es": ["Ponte al día en {section}", "Lo último de la mesa de {section} ›"],
        "ru": ["Наверстайте: рубрика «{section}»", "Свежее от отдела «{section}» ›"],
    },
    "related": {
        "en": ["Elsewhere in the district today", "Stories our readers followed up with"],
        "tr": ["Bugün ilçenin başka yerlerinde", "Okurlarımızın ardından okuduğu haberler"],
        "de": ["Heute sonst noch im Kreis", "Was unsere Leser im Anschluss lasen"],
        "fr": ["Ailleurs dans le canton aujourd'hui", "Ce que nos lecteurs ont lu ensuite"],
        "es": ["Mientras, hoy en otros pueblos de la comarca", "Lo que nuestros lectores leyeron a continuación"],
        "ru": ["Сегодня в других частях района", "Что читатели открыли следом"],
    },
    "symbol": {"*": ['⌘ ⌘ ⌘', '◦ ◆ ◦ ◆ ◦', '⊹ ⊹ ⊹ ⊹', '—◇—◇—']},
    "credit": {
        "en": ["Reporting by our magistrates' court reporter", "Additional material from the {site} district desk"],
        "tr": ["Habere adliye muhabirimiz katkıda bulundu", "{site} ilçe masasının ek bilgileriyle"],
        "de": ["Mit Material unserer Gerichtsreporterin", "Zusätzliche Recherche: Kreisredaktion von {site}"],
        "fr": ["Avec notre chroniqueur judiciaire", "Éléments complémentaires du bureau cantonal de {site}"],
        "es": ["Con información de nuestra cronista de tribunales", "Con datos adicionales de la mesa comarcal de {site}"],
        "ru": ["При участии нашего судебного репортёра", "Дополнительные материалы — районный отдел «{site}»"],
    },
    "ad": {
        "en": ["Sponsored · scroll on for the rest of the article", "Local business? Put your message in front of {site} readers"],
        "tr": ["Sponsorlu · haberin geri kalanı için kaydırın", "Yerel bir işletme misiniz? Mesajınızı {site} okurlarına ulaştırın"],
        "de": ["Gesponsert · weiterscrollen für den Rest des Artikels", "Lokales Geschäft? Bringen Sie Ihre Botschaft zu den Lesern von {site}"],
        "fr": ["Sponsorisé · faites défiler pour la suite de l'article", "Commerce local ? Montrez votre message aux lecteurs de {site}"],
        "es": ["Patrocinado · desliza para leer el resto de la noticia", "¿Tienes un negocio local? Llega a los lectores de {site}"],
        "ru": ["Спонсорский материал · листайте дальше, статья продолжается", "Местный бизнес? Расскажите о себе читателям «{site}»"],
    },
    "continue": {
        "en": ["Keep reading: the story resumes after this message", "Show the full article ⌄"],
        "tr": ["Okumaya devam: haber bu mesajın ardından sürüyor", "Haberin tamamını göster ⌄"],
        "de": ["Weiterlesen: Der Artikel geht nach diesem Hinweis weiter", "Ganzen Artikel einblenden ⌄"],
        "fr": ["Continuez : l'article reprend après ce message", "Afficher l'article en entier ⌄"],
        "es": ["Sigue leyendo: la noticia continúa tras este mensaje", "Mostrar la noticia completa ⌄"],
        "ru": ["Читайте дальше: материал продолжается после этого сообщения", "Показать статью целиком ⌄"],
    },
    "comments": {
        "en": ["Join the {n} readers talking about this", "💬 {n} · read the conversation"],
        "tr": ["Bunu konuşan {n} okura katılın", "💬 {n} · tartışmayı okuyun"],
        "de": ["Diskutieren Sie mit {n} Lesern über dieses Thema", "💬 {n} · zur Diskussion"],
        "fr": ["Ils sont {n} lecteurs à en débattre : rejoignez-les", "💬 {n} · lire la discussion"],
        "es": ["Únete a los {n} lectores que están comentando esto", "💬 {n} · leer la conversación"],
        "ru": ["Присоединяйтесь к {n} читателям, которые это обсуждают", "💬 {n} · читать обсуждение"],
    },
    "readtime": {
        "en": ["Roughly {m} minutes of reading here", "⏱ {m} min story"],
        "tr": ["Bu haberi okumak aşağı yukarı {m} dakikanızı alır", "⏱ {m} dakikalık haber"],
        "de": ["Dieser Text kostet Sie ungefähr {m} Minuten Lesezeit", "⏱ {m}-Minuten-Text"],
        "fr": ["Comptez environ {m} minutes pour lire ce texte", "⏱ article de {m} min"],
        "es": ["Calcula unos {m} minutos para leer este texto", "⏱ noticia de {m} min"],
        "ru": ["На чтение уйдёт примерно {m} минут", "⏱ материал на {m} мин"],
    },
    "updated": {
        "en": ["This article was last changed at {t} on {d}", "Latest version: {d}, {t}"],
        "tr": ["Bu haber en son {d} tarihinde saat {t}'de değiştirildi", "Son sürüm: {d}, {t}"],
        "de": ["Dieser Artikel wurde zuletzt am {d} um {t} Uhr geändert", "Neueste Fassung: {d}, {t} Uhr"],
        "fr": ["Cet article a été modifié pour la dernière fois le {d} à {t}", "Dernière version : {d}, {t}"],
        "es": ["Esta noticia se modificó por última vez el {d} a las {t}", "Última versión: {d}, {t}"],
        "ru": ["Последнее изменение материала: {d} в {t}", "Актуальная версия: {d}, {t}"],
    },
    "audio": {
        "en": ["🎧 Hear this article ({m} min, read by a synthetic voice)", "Listen instead of reading"],
        "tr": ["🎧 Bu haberi dinleyin ({m} dk, yapay sesle okunuyor)", "Okumak yerine dinleyin"],
        "de": ["🎧 Artikel anhören ({m} Min., von einer künstlichen Stimme gelesen)", "Hören statt lesen"],
        "fr": ["🎧 Écouter cet article ({m} min, lu par une voix de synthèse)", "Écouter plutôt que lire"],
        "es": ["🎧 Escucha esta noticia ({m} min, leída por una voz sintética)", "Escuchar en lugar de leer"],
        "ru": ["🎧 Прослушать статью ({m} мин, читает синтезированный голос)", "Слушать вместо чтения"],
    },
    "app": {
        "en": ["Get {site} on your phone: the app has the e-edition, alerts and the daily quiz", "Read on in the app, it's quicker ›"],
        "tr": ["{site} telefonunuzda: uygulamada e-gazete, bildirimler ve günlük bilgi yarışması var", "Uygulamada okumaya devam edin, daha hızlı ›"],
        "de": ["{site} aufs Handy: In der App gibt es das E-Paper, Eilmeldungen und das Tagesquiz", "In der App weiterlesen, das geht schneller ›"],
        "fr": ["{site} sur votre téléphone : l'appli propose l'édition numérique, les alertes et le quiz du jour", "Poursuivre dans l'appli, c'est plus rapide ›"],
        "es": ["{site} en tu móvil: la app tiene la edición digital, avisos y el test del día", "Sigue en la app, es más rápido ›"],
        "ru": ["«{site}» в телефоне: в приложении электронный номер, уведомления и ежедневная викторина", "Дочитать в приложении — так быстрее ›"],
    },
    "bio": {
        "en": ["{by} has been a reporter at {site} for nine years and covers {section}.", "Browse the archive of {by}'s reporting ›"],
        "tr": ["{by}, dokuz yıldır {site} muhabiri ve {section} haberlerini izliyor.", "{by} bu yıl neler yazdı, hepsi burada ›"],
        "de": ["{by} ist seit neun Jahren Reporter bei {site} und betreut das Thema {section}.", "Im Archiv der Texte von {by} stöbern ›"],
        "fr": ["{by} est journaliste à {site} depuis neuf ans et couvre la rubrique {section}.", "Tout ce que {by} a publié cette année ›"],
        "es": ["{by} lleva nueve años como periodista de {site} y cubre {section}.", "Todo lo que {by} ha publicado este año ›"],
        "ru": ["{by} девять лет работает корреспондентом «{site}» и пишет о теме «{section}».", "Всё, что {by} опубликовал в этом году ›"],
    },
    "tip": {
        "en": ["Seen something we should look into? Message the newsdesk on WhatsApp: 07700 900 812", "Story ideas and tip-offs: newsdesk@eveninground.example"],
        "tr": ["Peşine düşmemiz gereken bir olay mı var? Haber masasına WhatsApp'tan yazın: 0533 900 08 12", "Haber önerileri ve ihbarlar: masa@aksam-turu.example"],
        "de": ["Ist Ihnen etwas aufgefallen, dem die Redaktion nachgehen sollte? Schreiben Sie uns per WhatsApp: 0160 900 812", "Themenvorschläge und Hinweise: redaktion@abendrunde.example"],
        "fr": ["Vous avez vu quelque chose qui mérite une enquête ? Écrivez à la rédaction sur WhatsApp : 06 00 90 08 12", "Idées de sujets et signalements : redaction@tournee-du-soir.example"],
        "es": ["¿Has visto algo que deberíamos investigar? Escribe a la redacción por WhatsApp: 633 900 812", "Ideas y chivatazos: redaccion@ronda-tarde.example"],
        "ru": ["Увидели то, с чем стоит разобраться? Напишите в редакцию в WhatsApp: +7 900 000-08-12", "Идеи и сигналы: redakciya@vecherniy-obhod.example"],
    },
    "typo": {
        "en": ["Typo or wrong fact? Highlight the words and press Ctrl+Enter to tell our editors"],
        "tr": ["Yazım hatası mı, yanlış bilgi mi? Sözcükleri işaretleyip Ctrl+Enter'a basarak editörlerimize bildirin"],
        "de": ["Tippfehler oder falsche Angabe? Markieren Sie die Stelle und drücken Sie Strg+Enter, um es der Redaktion zu melden"],
        "fr": ["Coquille ou erreur de fait ? Surlignez les mots et appuyez sur Ctrl+Entrée pour prévenir nos éditeurs"],
        "es": ["¿Errata o dato equivocado? Resalta las palabras y pulsa Ctrl+Intro para avisar a nuestros editores"],
        "ru": ["Опечатка или неверный факт? Выделите слова и нажмите Ctrl+Enter, чтобы сообщить редакторам"],
    },
    "push": {
        "en": ["Turn on browser notifications for breaking news from {site}? Yes, switch them on · Not now, thanks"],
        "tr": ["{site} son dakika haberleri için tarayıcı bildirimlerini açalım mı? Evet, açın · Şimdi değil, sağ olun"],
        "de": ["Browser-Benachrichtigungen für Eilmeldungen von {site} einschalten? Ja, gern · Vielleicht später"],
        "fr": ["Activer les notifications du navigateur pour les infos urgentes de {site} ? Oui, volontiers · Peut-être plus tard"],
        "es": ["¿Activar las notificaciones del navegador para la última hora de {site}? Sí, por favor · Quizá luego"],
        "ru": ["Включить уведомления браузера о срочных новостях «{site}»? Да, включить · Не сейчас, спасибо"],
    },
    "print": {
        "en": ["Print · Save as PDF · Send by email", "A clean copy for printing"],
        "tr": ["Yazdır · PDF olarak kaydet · E-postayla gönder", "Yazdırmak için sade bir kopya"],
        "de": ["Drucken · Als PDF sichern · Per E-Mail senden", "Eine saubere Fassung zum Ausdrucken"],
        "fr": ["Imprimer · Enregistrer en PDF · Envoyer par courriel", "Une version épurée pour l'impression"],
        "es": ["Imprimir · Guardar en PDF · Enviar por correo electrónico", "Una copia limpia para imprimir"],
        "ru": ["Печать · Сохранить как PDF · Отправить на почту", "Аккуратная копия для печати"],
    },
    "feedback": {
        "en": ["Did you find what you came to this page for? Yes, all of it · Partly · Not really"],
        "tr": ["Bu sayfada aradığınızı buldunuz mu? Evet, tamamen · Kısmen · Pek sayılmaz"],
        "de": ["Hat Ihnen dieser Artikel die gesuchten Informationen gegeben? Ja, alle · Zum Teil · Eher nicht"],
        "fr": ["Avez-vous trouvé sur cette page ce que vous veniez y chercher ? Oui, tout · En partie · Pas vraiment"],
        "es": ["¿Has encontrado en esta página lo que venías buscando? Sí, todo · En parte · No mucho"],
        "ru": ["Нашли ли вы в статье то, что искали? Да, всё · Отчасти · Не особо"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code of Practice; to complain about this article, use our complaints form."],
        "tr": ["{site} basın meslek ilkelerine uyar; bu haberle ilgili şikâyetiniz için şikâyet formumuzu kullanın."],
        "de": ["{site} hält sich an den Pressekodex; Beschwerden zu diesem Artikel richten Sie bitte über unser Formular an uns."],
        "fr": ["{site} respecte la charte de déontologie des journalistes ; pour contester cet article, utilisez notre formulaire de réclamation."],
        "es": ["{site} se rige por el código deontológico de la profesión; para reclamar sobre esta noticia, usa nuestro formulario de quejas."],
        "ru": ["«{site}» соблюдает кодекс профессиональной этики журналиста; жалобу на этот материал можно подать через форму на сайте."],
    },
    "topics": {
        "en": ["Filed under: {section} · local democracy · older people", "Follow {section} to see new articles first ›"],
        "tr": ["Konular: {section} · yerel yönetim · yaşlılar", "Yeni haberleri ilk siz görün: {section} konusunu takip edin ›"],
        "de": ["Abgelegt unter: {section} · Kommunalpolitik · Senioren", "{section} folgen und neue Artikel zuerst sehen ›"],
        "fr": ["Classé dans : {section} · démocratie locale · seniors", "Suivre {section} pour voir les nouveaux articles en premier ›"],
        "es": ["Archivado en: {section} · política municipal · mayores", "Sigue {section} para ver primero las noticias nuevas ›"],
        "ru": ["Рубрики: {section} · местное самоуправление · пожилые люди", "Подпишитесь на тему «{section}», чтобы видеть новое первым ›"],
    },
    "bookmark": {
        "en": ["🔖 Keep this article for later"],
        "tr": ["🔖 Bu haberi sonra okumak için ayırın"],
        "de": ["🔖 Diesen Artikel für später aufheben"],
        "fr": ["🔖 Mettre cet article de côté pour le lire plus tard"],
        "es": ["🔖 Guarda esta noticia para después"],
        "ru": ["🔖 Отложить статью на потом"],
    },
    "poll": {
        "en": ["Your verdict: has the council made the right call here? Backing it · Against it · Undecided", "You will see how others voted once you have picked"],
        "tr": ["Sizce belediye bu işte doğru kararı verdi mi? Destekliyorum · Karşıyım · Kararsızım", "Başkalarının nasıl oy verdiğini seçiminizi yaptıktan sonra göreceksiniz"],
        "de": ["Ihr Urteil: Hat die Verwaltung hier richtig entschieden? Richtig so · Falsch · Bin noch unschlüssig", "Wie andere abgestimmt haben, sehen Sie nach Ihrer Wahl"],
        "fr": ["Votre verdict : la mairie a-t-elle bien tranché sur ce dossier ? Pour · Contre · Pas encore d'avis", "Vous verrez les choix des autres lecteurs une fois le vôtre fait"],
        "es": ["Tu veredicto: ¿ha acertado el ayuntamiento con esta decisión? A favor · En contra · Aún no lo tengo claro", "Verás lo que han votado los demás cuando elijas tu respuesta"],
        "ru": ["Ваш вердикт: правильно ли решили власти в этот раз? За · Против · Пока не решил", "Как проголосовали другие, вы увидите после своего выбора"],
    },
    "embed": {
        "en": ["Open the Instagram post {handle} shared that evening", "Play the clip {handle} uploaded to YouTube"],
        "tr": ["{handle} hesabının o akşam paylaştığı Instagram gönderisini açın", "{handle} hesabının YouTube'a yüklediği klibi oynatın"],
        "de": ["Den Instagram-Beitrag öffnen, den {handle} an dem Abend geteilt hat", "Den Clip abspielen, den {handle} auf YouTube hochgeladen hat"],
        "fr": ["Ouvrir la publication Instagram partagée ce soir-là par {handle}", "Lire le clip mis en ligne par {handle} sur YouTube"],
        "es": ["Abre la publicación de Instagram que {handle} compartió esa tarde", "Reproduce el clip que {handle} subió a YouTube"],
        "ru": ["Открыть пост, который {handle} выложил в Instagram тем вечером", "Включить ролик, который {handle} загрузил на YouTube"],
    },
    "gallery": {
        "en": ["🖼 Gallery: {g} pictures", "See all {g} images in full screen ›"],
        "tr": ["🖼 Galeri: {g} fotoğraf", "{g} görselin tamamını tam ekranda görün ›"],
        "de": ["🖼 Bildergalerie: {g} Fotos", "Alle {g} Bilder im Vollbild ansehen ›"],
        "fr": ["🖼 Galerie : {g} photos", "Voir les {g} images en plein écran ›"],
        "es": ["🖼 Galería: {g} fotos", "Ver las {g} imágenes a pantalla completa ›"],
        "ru": ["🖼 Фоторепортаж: {g} кадров", "Все {g} фото на весь экран ›"],
    },
    "map": {
        "en": ["Show this location on a bigger map", "Directions: Google Maps · Apple Maps · Citymapper"],
        "tr": ["Bu konumu daha büyük haritada göster", "Yol tarifi: Google Haritalar · Apple Haritalar · Yandex Haritalar"],
        "de": ["Diesen Ort auf einer größeren Karte zeigen", "Route: Google Maps · Apple Karten · HERE WeGo"],
        "fr": ["Afficher ce lieu sur une carte plus grande", "Itinéraire : Google Maps · Plans · Waze"],
        "es": ["Ver este lugar en un mapa más grande", "Cómo llegar: Google Maps · Apple Mapas · Waze"],
        "ru": ["Показать это место на большой карте", "Как доехать: Яндекс Навигатор · 2ГИС · Google Maps"],
    },
    "calendar": {
        "en": ["Add to your calendar: Google · Outlook · Apple", "Send me an email reminder 24 hours before"],
        "tr": ["Takviminize kaydedin: Google · Outlook · Apple Takvim", "Etkinlikten 24 saat önce e-postayla hatırlat"],
        "de": ["In den Kalender eintragen: Google · Outlook · Apple Kalender", "24 Stunden vorher per Mail erinnern"],
        "fr": ["Ajouter à votre agenda : Google · Outlook · Apple", "M'envoyer un rappel par courriel la veille"],
        "es": ["Añade a tu calendario: Google · Outlook · Apple", "Envíame un recordatorio el día antes"],
        "ru": ["Внести в календарь: Google · Outlook · Apple Календарь", "Напомнить письмом за сутки"],
    },
    "scores": {
        "en": ["Results, tables and fixtures from every local league ›", "Results · Tables · Fixtures · Top scorers"],
        "tr": ["Tüm yerel liglerden sonuçlar, puan durumları ve fikstür ›", "Sonuçlar · Puan durumu · Fikstür · Gol krallığı"],
        "de": ["Ergebnisse, Tabellen und Spielpläne aller Kreisligen ›", "Ergebnisse · Tabellen · Spielplan · Torjäger"],
        "fr": ["Résultats, classements et calendriers de tous les championnats locaux ›", "Résultats · Classements · Calendrier · Buteurs"],
        "es": ["Resultados, clasificaciones y calendario de todas las ligas locales ›", "Resultados · Clasificación · Calendario · Goleadores"],
        "ru": ["Результаты, таблицы и календарь всех местных лиг ›", "Результаты · Таблицы · Календарь · Бомбардиры"],
    },
    "correction": {
        "en": ["We have corrected this article since it first appeared."],
        "tr": ["Bu haberi ilk yayımlandıktan sonra düzelttik."],
        "de": ["Wir haben diesen Artikel nach dem Erscheinen korrigiert."],
        "fr": ["Nous avons corrigé cet article depuis sa parution."],
        "es": ["Hemos corregido esta noticia desde su publicación."],
        "ru": ["Мы исправили этот материал после его выхода."],
    },
    # the three families new in this part
    "noiseboard": {  # noise-complaint boards: the report form's heading, the complaints table, the late-night venues link, the noise team's card
        "en": ["Report a noise problem", "Noise complaints this year by ward",
               "Check licensed late-night venues near you ›", "Environmental health noise team"],
        "tr": ["Gürültü şikâyetinde bulunun", "Bu yıl mahallelere göre gürültü şikâyetleri",
               "Gece geç saate kadar ruhsatlı işletmeleri görün ›", "Zabıta Müdürlüğü gürültü ekibi"],
        "de": ["Lärmbelästigung melden", "Lärmbeschwerden in diesem Jahr nach Stadtteil",
               "Genehmigte Lokale mit Spätkonzession ansehen ›", "Ordnungsamt, Team Lärmschutz"],
        "fr": ["Signaler une nuisance sonore", "Plaintes pour bruit cette année, par quartier",
               "Consulter les établissements autorisés à ouvrir tard ›", "Service hygiène et santé, cellule bruit"],
        "es": ["Denuncia un problema de ruido", "Quejas por ruido este año, por barrio",
               "Consulta los locales con licencia de horario nocturno ›", "Unidad de control de ruido de Medio Ambiente"],
        "ru": ["Сообщить о нарушении тишины", "Жалобы на шум в этом году по районам",
               "Заведения, которым разрешено работать ночью ›", "Отдел по контролю за шумом"],
    },
    "heatalert": {  # heat-health alert boards: the alert levels table, the sign-up line, the cool-space finder, the public health team's card
        "en": ["Heat-health alert levels by region", "Sign up for heat-health alerts by text or email",
               "Find a cool space near you", "Public health team"],
        "tr": ["Bölgelere göre sıcak hava uyarı seviyeleri", "Sıcak hava uyarılarını SMS ya da e-postayla almak için kaydolun",
               "Size en yakın serinleme noktasını bulun", "İl Sağlık Müdürlüğü halk sağlığı birimi"],
        "de": ["Hitzewarnstufen nach Region", "Hitzewarnungen per SMS oder E-Mail abonnieren",
               "Einen kühlen Raum in Ihrer Nähe finden", "Gesundheitsamt, Hitzeschutz"],
        "fr": ["Niveaux de vigilance canicule par département", "Recevez les alertes canicule par SMS ou courriel",
               "Trouver un lieu frais près de chez vous", "Service de santé publique"],
        "es": ["Niveles de alerta por calor por zona", "Recibe los avisos por calor por SMS o correo",
               "Encuentra un refugio climático cerca de ti", "Servicio de Salud Pública"],
        "ru": ["Уровни опасности жары по районам", "Получайте предупреждения о жаре по СМС или почте",
               "Найти пункт охлаждения рядом с домом", "Отдел здравоохранения администрации"],
    },
    "scamalert": {  # scam-alert boards: the scams-this-month table, the report link, the caller or website checker, the advice line's card
        "en": ["Scams reported this month, by type, with losses", "Report a scam ›",
               "Check if a caller or website is genuine", "Trading Standards advice line"],
        "tr": ["Bu ay bildirilen dolandırıcılıklar: türü ve kayıp", "Dolandırıcılığı bildirin ›",
               "Arayan kişinin ya da sitenin gerçek olup olmadığını kontrol edin", "Tüketici hakları ve dolandırıcılık danışma hattı"],
        "de": ["In diesem Monat gemeldete Betrugsfälle nach Art und Schaden", "Betrug melden ›",
               "Prüfen, ob ein Anrufer oder eine Website echt ist", "Verbraucherberatung, Betrugshotline"],
        "fr": ["Arnaques signalées ce mois-ci, par type et préjudice", "Signaler une arnaque ›",
               "Vérifier si un appelant ou un site est authentique", "Ligne d'aide aux victimes d'escroquerie"],
        "es": ["Estafas denunciadas este mes por tipo y pérdidas", "Denuncia una estafa ›",
               "Comprueba si una llamada o una web es legítima", "Línea de atención al consumidor contra el fraude"],
        "ru": ["Мошенничества за месяц: виды и ущерб", "Сообщить о мошенничестве ›",
               "Проверить, настоящий ли звонящий или сайт", "Горячая линия по защите от мошенников"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"noiseboard": [0, 1, 2, 3], "heatalert": [0, 1, 2, 3], "scamalert": [0, 1, 2, 3]}
# noise complaints this year: ward, complaints (of them at night)
NOISE_WARDS = {
    "en": [("Canal Wharf and city centre", "412 (338 at night)"), ("Mossley Green", "226 (201 at night)"), ("Ashby Parva", "174 (150 at night)"), ("Northgate", "97 (41 at night)")],
    "tr": [("Çınarlı ve Bağlar", "188 (171'i gece)"), ("Yenimahalle", "123 (109'u gece)"), ("Çarşı ve Hal Yolu", "64 (22'si gece)")],
    "de": [("Oberweil", "86 (52 nachts)"), ("Bad Kelbach, Altstadt", "143 (118 nachts)"), ("Gewerbegebiet Süd", "19 (4 nachts)")],
    "fr": [("Quartier de la Halle", "186 (170 la nuit)"), ("Les Remparts", "58 (31 la nuit)"), ("Zone des Prés", "23 (7 la nuit)")],
    "es": [("Casco histórico y la Ronda", "301 (276 de noche)"), ("San Roque", "88 (60 de noche)"), ("Polígono Norte", "14 (3 de noche)")],
    "ru": [("Центр, кварталы у рынка", "205 (164 ночью)"), ("Заречье-2", "97 (71 ночью)"), ("Посёлок Луговой", "12 (9 ночью)")],
}
# the noise team's card: label, value
NOISE_TEAM = {
    "en": [("Noise line, 6pm to 2am Friday and Saturday", "01632 960 418"), ("Daytime enquiries", "envhealth@council.example")],
    "tr": [("Zabıta gece ekibi", "0 (274) 900 41 80"), ("Yazılı başvuru", "Belediye hizmet binası, zabıta amirliği")],
    "de": [("Lärm-Hotline, Fr und Sa 20–2 Uhr", "06441 900 418"), ("Bürgerbüro Ordnungsamt", "Marktplatz 4, Zimmer 12")],
    "fr": [("Police municipale, nuit", "04 00 90 41 80"), ("Service hygiène", "hôtel de ville, 2e étage, du lundi au vendredi")],
    "es": [("Policía Local, ruidos nocturnos", "925 900 418"), ("Medio Ambiente", "calle Mayor 2, de 9 a 14 h")],
    "ru": [("Дежурная часть, ночью", "8 (48422) 4-18-00"), ("Приём жалоб", "улица Ленина, 15, кабинет 7")],
}
# heat alert levels: region or day, level, until
HEAT_LEVELS = {
    "en": [("North East", "Amber", "Sat 9am"), ("Brayton and the Vale", "Amber", "Sat 9am"), ("Coast and estuary", "Yellow", "Fri 6pm"), ("Uplands", "Green", "no alert in force")],
    "tr": [("İç kesimler", "Turuncu", "Cuma 18.00"), ("Sahil", "Sarı", "Perşembe 18.00"), ("Dağlık kesim", "Yeşil", "uyarı yok")],
    "de": [("Kreis Altenried, Tallagen", "Stufe 2: extreme Hitze", "Do 19 Uhr"), ("Höhenlagen", "Stufe 1: starke Hitze", "Mi 19 Uhr"), ("Stadtgebiet", "Stufe 2: extreme Hitze", "Fr 19 Uhr")],
    "fr": [("Vallée", "Orange", "vendredi 6 h"), ("Plateau", "Jaune", "jeudi 18 h"), ("Montagne", "Vert, pas de vigilance", "sans objet")],
    "es": [("Vega del Tajo", "Naranja", "viernes 21 h"), ("Sierra", "Amarillo", "jueves 21 h"), ("Campiña sur", "Rojo", "sábado 21 h")],
    "ru": [("Приреченск", "Оранжевый", "до пятницы"), ("Левобережье", "Жёлтый уровень", "до четверга"), ("Северные сёла", "Жёлтый уровень", "до среды")],
}
# the public health team's card: label, value
HEALTH_TEAM = {
    "en": [("Heat advice line, 8am to 8pm", "01632 960 902"), ("Check on a neighbour", "communityresponse@council.example")],
    "tr": [("Sağlık danışma hattı", "0 (286) 900 90 20"), ("Evde bakım birimi", "Hükümet Konağı, zemin kat")],
    "de": [("Hitzetelefon, 8–20 Uhr", "08341 900 902"), ("Nachbarschaftshilfe", "Rathausplatz 1, Altenried")],
    "fr": [("Plateforme canicule", "0 800 90 09 02"), ("Registre des personnes fragiles", "CCAS, place de la Mairie")],
    "es": [("Teléfono de atención por calor", "925 900 902"), ("Servicios Sociales", "plaza de Abastos 3, de 8 a 15 h")],
    "ru": [("Горячая линия по жаре", "8 (48422) 9-02-00"), ("Социальная служба", "улица Гагарина, 8, с 8:00 до 17:00")],
}
# scams reported this month: type, reports, losses
SCAM_TYPES = {
    "en": [("Courier fraud (fake police)", "7 reports", "£84,000"), ("Doorstep traders", "5 reports", "£31,500"), ("Online shopping", "23 reports", "£9,870"), ("Bank text messages", "41 reports", "£12,300")],
    "tr": [("Kendini polis ya da savcı olarak tanıtanlar", "14 bildirim", "1.240.000 TL"), ("Sahte kargo mesajı", "37 bildirim", "86.000 TL"), ("İnternetten alışveriş", "22 bildirim", "310.000 TL")],
    "de": [("Falsche Polizeibeamte", "47 Meldungen", "160.000 €"), ("Enkeltrick per Messenger", "18 Meldungen", "42.500 €"), ("Fake-Shops", "9 Meldungen", "6.300 €")],
    "fr": [("Faux conseiller bancaire", "31 signalements", "212 000 €"), ("Faux colis (SMS)", "58 signalements", "4 800 €"), ("Faux artisans", "6 signalements", "27 000 €")],
    "es": [("Falso empleado del banco", "26 denuncias", "148.000 €"), ("Mensajes de paquetería", "63 denuncias", "7.900 €"), ("Compras por internet", "19 denuncias", "11.200 €")],
    "ru": [("«Служба безопасности банка»", "29 заявлений", "3,38 млн ₽"), ("Продажи на сайтах объявлений", "16 заявлений", "410 тыс. ₽"), ("«Родственник попал в беду»", "7 заявлений", "950 тыс. ₽")],
}
# the fraud advice line's card: label, value
FRAUD_LINE = {
    "en": [("Trading Standards advice line", "0808 900 0117"), ("Police, non-emergency", "dial 101, or 999 if you are in danger"), ("Report online", "tradingstandards.example/report")],
    "tr": [("Tüketici hattı", "0 (274) 900 01 17"), ("Polis", "155")],
    "de": [("Verbraucherzentrale, Betrugsberatung", "06441 900 117"), ("Polizei", "110, nur im Notfall")],
    "fr": [("Info Escroqueries", "0 805 90 01 17"), ("Gendarmerie", "17 ou 112 en cas d'urgence")],
    "es": [("Oficina Municipal del Consumidor", "925 900 117"), ("Guardia Civil", "062")],
    "ru": [("Горячая линия банка России по мошенничеству", "8 800 900-01-17"), ("Полиция", "102")],
}
WIDGET_ROWS = (("noise wards", NOISE_WARDS), ("noise team", NOISE_TEAM), ("heat levels", HEAT_LEVELS),
               ("health team", HEALTH_TEAM), ("scam types", SCAM_TYPES), ("fraud line", FRAUD_LINE))


# headlines of the linked stories (related lists, sidebars, most read, latest news)
HEADLINES = {
    "en": ["Level crossing at Mill End to close for a week of repairs", "Primary school's new kitchen garden wins county prize",
           "Bus company adds late service on the 42 after petition", "Swimming pool roof to be replaced before the winter",
           "Brass band marks its 150th birthday with a concert in the park", "Climbing club to take over the old Regal cinema"],
    "tr": ["Değirmen Sokağı'ndaki hemzemin geçit bir hafta kapalı kalacak", "İlkokulun sebze bahçesi il birincisi oldu",
           "Dilekçe sonrası 42 numaralı hatta gece seferi eklendi", "Kapalı yüzme havuzunun çatısı kıştan önce yenilenecek",
           "Bando takımı kuruluşunun yüz ellinci yılını parkta çaldı", "Eski Yıldız Sineması'na tırmanma kulübü taşınıyor"],
    "de": ["Bahnübergang an der Mühlenstraße eine Woche gesperrt", "Gemüsebeet der Grundschule holt den Kreisumweltpreis",
           "Nach Unterschriftenaktion: Linie 42 fährt abends länger", "Hallenbaddach wird vor dem Winter erneuert",
           "Blaskapelle feiert 150 Jahre mit Konzert im Park", "Altes Kino wird zur Kletterhalle"],
    "fr": ["Le passage à niveau du Moulin fermé une semaine pour travaux", "Le jardin potager de l'école Jean-Moulin décroche le prix départemental",
           "Après une pétition, la ligne 42 gagne un départ en soirée", "La toiture de la piscine sera refaite avant l'hiver",
           "L'harmonie fête ses 150 ans par un concert au parc", "L'ancien cinéma va devenir une salle d'escalade"],
    "es": ["El paso a nivel del Molino cerrará una semana por obras", "El huerto escolar del colegio gana el premio provincial",
           "La línea 42 suma un servicio nocturno tras una recogida de firmas", "La cubierta de la piscina se cambiará antes del invierno",
           "La banda de música celebra 150 años con un concierto en el parque", "El antiguo cine se convertirá en un rocódromo"],
    "ru": ["Переезд у мельницы закроют на неделю ремонта", "Школьный огород занял первое место в области",
           "После петиции автобус № 42 будет ходить и вечером", "Крышу бассейна заменят до зимы",
           "Духовой оркестр отметил 150-летие концертом в парке", "В бывшем кинотеатре откроют скалодром"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["es"]
TEASERS = {
    "es": ["Los trenes pasarán sin parada y los coches se desviarán por la ronda.",
           "Los alumnos de quinto plantaron cuarenta variedades de hortalizas.",
           "Más de 1.300 vecinos firmaron para que el último autobús salga a las once.",
           "El ayuntamiento adjudicó la obra por 210.000 euros.",
           "Tocaron las mismas marchas que en el concierto de inauguración de 1876.",
           "Un club de escalada alquilará la sala durante quince años."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["District news at a glance", "In the dock: courts and crime", "Keeping an eye on the town hall", "Your health, your care", "Where to go this weekend in the district", "Scores from the local pitches", "Hatches, matches and dispatches"],
               cookie="We and our partners store and access information on your device, such as cookies, to run this site, measure our audience and personalise adverts. Press Agree to accept, or Manage to review your options.",
               accept="Agree, take me to the article", reject="Let me manage my choices", share="Pass this district story along",
               related="More from around the district today", newsletter="The Evening Round: the district at 6pm, free",
               subscribe="Put me on the Evening Round", email="your.name@evening-round.example",
               comment_note="Please keep comments civil and relevant; we remove abuse and personal details.",
               closed="We have turned off comments under this district story.",
               footer=["Get in touch with the district newsroom", "The code our reporters work to", "What we do with your data, cookies included", "Advertising in the district papers", "Terms of use and our house rules for comments"],
               rights="All material on this site is protected by copyright and must not be copied without our consent.",
               commenters=[("OldTownerTom", "About time somebody listened to the folk who actually live round here."),
                           ("Sandra from Northgate", "My mum is in her nineties, I'll be printing this out for her.")]),
    "tr": dict(nav=["Bir bakışta ilçe haberleri", "Adliye koridorundan", "Belediye mercek altında", "Sağlığınız ve bakımınız", "Hafta sonu ilçede nereye gidelim", "Yerel sahalardan skorlar", "Doğanlar, evlenenler, aramızdan ayrılanlar"],
               cookie="Biz ve iş ortaklarımız, bu siteyi çalıştırmak, okur sayımızı ölçmek ve reklamları kişiselleştirmek için cihazınızda çerez gibi bilgileri saklıyor ve bunlara erişiyoruz. Kabul etmek için Onayla'ya, seçeneklerinizi görmek için Yönet'e basın.",
               accept="Onaylıyorum, habere geçeyim", reject="Tercihlerimi kendim yöneteyim", share="Bu ilçe haberini başkalarına ulaştırın",
               related="Bugün ilçenin dört bir yanından", newsletter="Akşam Turu: ilçe saat 18.00'de, ücretsiz",
               subscribe="Beni Akşam Turu listesine ekleyin", email="adiniz@aksam-turu.example",
               comment_note="Lütfen yorumlarınızda saygılı olun ve konuya bağlı kalın; hakaret ve kişisel bilgileri kaldırıyoruz.",
               closed="Bu ilçe haberinin altındaki yorumları kapattık.",
               footer=["İlçe haber merkezine yazın", "Muhabirlerimizin uyduğu ilkeler", "Verileriniz ve çerezlerle ne yapıyoruz", "İlçe gazetelerinde reklam", "Kullanım şartları ve yorum kurallarımız"],
               rights="Bu sitedeki tüm materyaller telif hakkıyla korunur ve iznimiz olmadan kopyalanamaz.",
               commenters=[("eskipazarli_ahmet", "Nihayet burada oturan insanların sesini duyan biri çıktı."),
                           ("Nazan Hanım", "Annem doksanını geçti, bu haberi ona çıktı alıp götüreceğim.")]),
    "de": dict(nav=["Der Kreis auf einen Blick", "Aus Gerichtssaal und Polizeibericht", "Dem Rathaus auf die Finger geschaut", "Ihre Gesundheit, Ihre Pflege", "Wohin am Wochenende im Kreis", "Tore und Punkte vom Sportplatz nebenan", "Geburten, Hochzeiten, Abschiede"],
               cookie="Wir und unsere Partner speichern Informationen wie Cookies auf Ihrem Gerät und greifen darauf zu, um diese Website zu betreiben, die Reichweite zu messen und Werbung zu personalisieren. Klicken Sie auf Zustimmen oder auf Verwalten, um Ihre Optionen zu prüfen.",
               accept="Zustimmen und zum Artikel", reject="Auswahl selbst verwalten", share="Diese Meldung aus dem Kreis weiterreichen",
               related="Heute sonst noch aus dem ganzen Kreis", newsletter="Die Abendrunde: der Kreis um 18 Uhr, kostenlos",
               subscribe="Mich für die Abendrunde eintragen", email="ihr.name@abendrunde.example",
               comment_note="Bitte bleiben Sie sachlich und beim Thema; Beleidigungen und persönliche Daten löschen wir.",
               closed="Unter dieser Meldung aus dem Kreis haben wir die Kommentare abgeschaltet.",
               footer=["Schreiben Sie der Kreisredaktion", "Die Regeln, nach denen wir berichten", "Wie wir Ihre Daten und Cookies behandeln", "Werben in den Kreiszeitungen", "Nutzungsbedingungen und unsere Regeln für Kommentare"],
               rights="Alle Inhalte dieser Website sind urheberrechtlich geschützt und dürfen ohne unsere Zustimmung nicht kopiert werden.",
               commenters=[("Altstadt_Heiner", "Endlich hört mal einer auf die Leute, die hier tatsächlich wohnen."),
                           ("Gisela aus Oberweil", "Meine Mutter ist über neunzig, das drucke ich ihr aus.")]),
    "fr": dict(nav=["Le canton en un coup d'œil", "Au tribunal et côté gendarmerie", "La mairie sous la loupe", "Votre santé, vos soins", "On sort ce week-end", "Les scores des terrains du coin", "Carnet : naissances, unions, adieux"],
               cookie="Nos partenaires et nous stockons et consultons des informations sur votre appareil, comme les cookies, pour faire fonctionner ce site, mesurer l'audience et personnaliser les publicités. Cliquez sur Accepter ou sur Gérer pour voir vos options.",
               accept="J'accepte, place à l'article", reject="Je gère mes choix moi-même", share="Faire circuler cette info du canton",
               related="Aujourd'hui, partout dans le canton", newsletter="La Tournée du soir : le canton à 18 h, gratuitement",
               subscribe="M'ajouter à la Tournée du soir", email="votre.nom@tournee-du-soir.example",
               comment_note="Merci de rester courtois et dans le sujet ; nous supprimons les insultes et les données personnelles.",
               closed="Nous avons désactivé les commentaires sous cette info du canton.",
               footer=["Écrire à la rédaction du canton", "Les règles que suivent nos journalistes", "Ce que nous faisons de vos données, cookies compris", "Publicité dans les journaux du canton", "Conditions d'utilisation et règles de nos commentaires"],
               rights="Tous les contenus de ce site sont protégés par le droit d'auteur et ne peuvent être copiés sans notre accord.",
               commenters=[("Dédé_des_Remparts", "Enfin quelqu'un qui écoute les gens qui habitent vraiment le quartier."),
                           ("Mireille V.", "Ma mère a plus de quatre-vingt-dix ans, je vais lui imprimer l'article.")]),
    "es": dict(nav=["La comarca de un vistazo", "En el banquillo: sucesos y juzgados", "El ayuntamiento con lupa", "Tu salud, tus cuidados", "Qué hacer este finde", "Marcadores de los campos del pueblo", "Nacen, se casan y nos dejan"],
               cookie="Nosotros y nuestros socios almacenamos y consultamos información en tu dispositivo, como cookies, para que esta web funcione, medir la audiencia y personalizar anuncios. Pulsa Aceptar para consentir o Gestionar para revisar tus opciones.",
               accept="Acepto, vamos a la noticia", reject="Prefiero gestionar mis opciones", share="Haz llegar esta noticia de la comarca",
               related="Hoy, en toda la comarca", newsletter="La Ronda de la tarde: la comarca a las 18 h, gratis",
               subscribe="Añadidme a la Ronda de la tarde", email="tu.nombre@ronda-tarde.example",
               comment_note="Mantén un tono respetuoso y no te salgas del tema; borramos insultos y datos personales.",
               closed="Hemos desactivado los comentarios de esta noticia comarcal.",
               footer=["Escribe a la redacción comarcal", "Las normas con las que trabajamos", "Qué hacemos con tus datos, cookies incluidas", "Publicidad en los periódicos comarcales", "Condiciones de uso y normas de nuestros comentarios"],
               rights="Todo el material de esta web está protegido por derechos de autor y no puede copiarse sin nuestro consentimiento.",
               commenters=[("Paco_del_casco", "Por fin alguien hace caso a los que vivimos de verdad en el barrio."),
                           ("Rosario M.", "Mi madre tiene más de noventa años, se lo voy a imprimir.")]),
    "ru": dict(nav=["Район с первого взгляда", "На скамье подсудимых: суды и происшествия", "Администрация под лупой", "Ваше здоровье, ваш уход", "Выходные: куда выбраться", "Счёт с районных стадионов", "Родились, поженились, ушли из жизни"],
               cookie="Мы и наши партнёры храним и используем информацию на вашем устройстве, например cookie, чтобы сайт работал, чтобы измерять аудиторию и персонализировать рекламу. Нажмите «Согласен» или «Настроить», чтобы просмотреть варианты.",
               accept="Согласен, к статье", reject="Сам выберу настройки", share="Передать эту районную новость дальше",
               related="Что ещё случилось сегодня в районе", newsletter="«Вечерний обход»: район в 18:00, бесплатно",
               subscribe="Добавьте меня в «Вечерний обход»", email="vashe.imya@vecherniy-obhod.example",
               comment_note="Пожалуйста, будьте вежливы и пишите по делу; оскорбления и личные данные мы удаляем.",
               closed="Комментарии под этой районной новостью мы отключили.",
               footer=["Написать в районную редакцию", "Правила, по которым работают наши журналисты", "Что мы делаем с вашими данными, включая cookie", "Реклама в районных газетах", "Условия использования и правила наших комментариев"],
               rights="Все материалы сайта защищены авторским правом, копирование без нашего согласия запрещено.",
               commenters=[("zavolzhsky_ded", "Наконец-то кто-то прислушался к тем, кто тут живёт."),
                           ("Галина Петровна из Лугового", "Маме за девяносто, распечатаю ей эту статью.")]),
}
UI67 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"es": "MÁS DE LA COMARCA EN ESTA WEB:"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"es": "{name} firma reportajes sobre oficios y gentes de la comarca en {site} y coordina la sección de {section}. Propuestas a reportajes@redaccion-comarcal-tajo.example"},
    (mp4, "READMORE"): {"ru": "ЕЩЁ В «ПРИРЕЧЕНСКОМ ВЕСТНИКЕ»:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"fr": dict(also="Toujours dans L'Éveil")},
    (mp6, "TYPO3"): {"en": dict(ext="Video: spotting a rogue trader (YouTube)",
                                note="A short Trading Standards film about doorstep crime is embedded here. It only loads from YouTube once you agree, and YouTube will then receive information about your visit.",
                                button="Agree and play the Trading Standards film", by="Issued by", search="Search harrowfield.example",
                                lang_menu="Translate this page")},
    (mp7, "SANITY"): {"de": dict(nl_title="Altenried am Abend", nl_text="Was heute im Kreis passiert ist, kurz und bündig, jeden Werktag um 19 Uhr.",
                                 nl_button="Altenried am Abend bestellen", nl_placeholder="E-Mail für Altenried am Abend")},
    (mp11, "HUGO"): {"en": dict(nl_title="Ribblesford Fortnightly", nl_text="Every other Friday: the parish, the river and the people, in one letter from our editors.",
                                nl_label="Your email for Ribblesford Fortnightly", nl_button="Send me Ribblesford Fortnightly")},
    (mp13, "PUB_NAV"): {"es": ["Lo nuevo en La Trinidad", "Gente del barrio", "Huertos y patios", "Apoya el Cuaderno"]},
    (mp13, "TEASERS"): {"es": TEASERS["es"]},
    (mp19, "UCOZ"): {"tr": dict(domain="ucoz.com", slogan="Gökçeören Köyü'nün gönüllü internet sitesi",
                                menu=["Gökçeören'e hoş geldiniz", "Gökçeören'de bu ay", "Gökçeören muhtarının köşesi", "Gökçeören'in eski günleri", "Gökçeören'den kareler", "Gökçeören muhtarına yazın"],
                                cats=["Gökçeören'de bu ay", "Gökçeören imeceleri", "Gökçeören muhtarının köşesi"],
                                friends=["Gökçeören Köyü Güzelleştirme Derneği", "Ankara Gökçeörenliler Dayanışma Derneği", "Gökçeören Sağlık Evi"],
                                footer="Gökçeören Köyü © 2026 · sayfayı köyün gençleri gönüllü olarak güncelliyor",
                                poster="gokceoren_muhtar", tags=["okuldan kütüphaneye", "Gökçeören imecesi"],
                                commenters=[("Gurbetteki_Yusuf", "Helal olsun, yazın gelince biz de kitap getiriyoruz."),
                                            ("Emine_Gokceoren", "Nuriye Hanım'ın elleri dert görmesin, torunlar artık oradan çıkmıyor.")],
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
# the new layout: a regional newspaper's site built on Stibo DX CUE (Escenic Content Engine) with its JSP-rendered
# CUE Front templates, as it serves an article page to an anonymous reader: the head with the publication's
# /resources/css/... and /resources/js/... bundles, the Escenic meta tags (escenic.id, escenic.section,
# escenic.publication), the og: metas, the canonical link to the article's ".../1.NNNNNNN" URL, the JSON-LD
# NewsArticle and the consent manager's stub and loader; the header with the masthead logo, the section menu (a nav
# with "menu__item" entries), the "Log in" / "Subscribe" buttons and the search form; the article template: the
# section label, the h1 headline, the standfirst in "article__lead" (the story's "sub", not in the truth), the byline
# with the author's name and e-mail link and the "Published" / "Updated" times, the top media with its caption and
# photographer credit, the body from the CUE rich-text field as CUE Front renders it (p, h2 crossheads, strong / em,
# the highlight mark, blockquote, ul / ol, <br>, a table in its wrapper, an inline image with its caption and credit
# and an inline "relation" teaser to a related article -- this layout's own residue in the body --); after the body
# the tags list, the "Read more" teaser list, the author box, the "Get our morning briefing" newsletter sign-up, the
# share buttons and (on subscriber articles) the subscription prompt box; the sidebar's "Most read" and "Latest news"
# teaser lists; the footer (publisher, editor-in-chief, address, "Terms", "Privacy", "Cookie settings", copyright)
# and the consent manager's banner; then the CUE Front scripts
# --------------------------------------------------------------------------
# CUE Front's and the theme's generic strings, per language (not checked)
ESC_CORE = {
    "en": dict(skip="Skip to main content", search="Search", search_label="Search the site", login="Log in", subscribe="Subscribe",
               menu="Sections", published="Published", updated="Updated", tags="Tags", read_more="Read more",
               read_also="Read also", most_read="Most read", latest="Latest news", share="Share this article",
               nl_title="Get our morning briefing", nl_email="Email address", nl_button="Sign up",
               nl_small="You can unsubscribe at any time.", terms="Terms", privacy="Privacy", cookie_settings="Cookie settings",
               publisher="Publisher", editor="Editor-in-chief", author_title="About the author", email_author="Email",
               paywall_button="Subscribe now", paywall_login="Already a subscriber? Log in", c_accept="Accept all",
               c_reject="Reject all", c_settings="Settings", c_title="Your privacy", copy_link="Copy link",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"]),
    "de": dict(skip="Zum Hauptinhalt springen", search="Suche", search_label="Website durchsuchen", login="Anmelden", subscribe="Abonnieren",
               menu="Ressorts", published="Veröffentlicht", updated="Aktualisiert", tags="Schlagwörter", read_more="Mehr zum Thema",
               read_also="Lesen Sie auch", most_read="Meistgelesen", latest="Neueste Nachrichten", share="Artikel teilen",
               nl_title="Holen Sie sich unser Morgenbriefing", nl_email="E-Mail-Adresse", nl_button="Anmelden",
               nl_small="Sie können sich jederzeit abmelden.", terms="AGB", privacy="Datenschutz", cookie_settings="Cookie-Einstellungen",
               publisher="Verlag", editor="Chefredaktion", author_title="Über die Autorin", email_author="E-Mail",
               paywall_button="Jetzt abonnieren", paywall_login="Schon Abonnent? Anmelden", c_accept="Alle akzeptieren",
               c_reject="Alle ablehnen", c_settings="Einstellungen", c_title="Ihre Privatsphäre", copy_link="Link kopieren",
               months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                       "November", "Dezember"]),
}
# the publications' own strings: domain, publication name, ids and the consent manager's key (exempt), the masthead's
# alt text, the section menu, the extra tags, the author box's bio, the newsletter text, the subscription prompt, the
# publisher and editor-in-chief, the address, the copyright line and the consent banner's wording
ESC_SITES = {
    "Harnley Evening Post": dict(
        domain="www.harnleyeveningpost.example", pub="harnley", gtm="GTM-HEP4K7Q", cmp_key="8c2e1f4a-hep-0000-0000-harnleypost01",
        logo="Harnley Evening Post, the city's paper since 1889",
        menu=[("Harnley news", "/harnley"), ("Canal Wharf and city centre", "/harnley/city-centre"), ("Harnley courts", "/harnley/courts"),
              ("Post sport", "/sport"), ("Harnley Town FC", "/sport/harnley-town"), ("Nights out in Harnley", "/whats-on"),
              ("Opinion in the Post", "/opinion"), ("Post family notices", "/notices")],
        tags=["Licensing in Harnley", "Canal Wharf residents"],
        author="{by} covers licensing and the city centre for the Evening Post and has reported on Harnley since 2014.",
        newsletter="The Post's morning email lands at 7am on weekdays with the stories Harnley is talking about.",
        paywall=None,
        publisher="Harnley Evening Post Ltd, a Northgate Media company", editor_name="Catherine Oyelaran",
        address="Evening Post House, 2 Corn Exchange Yard, Harnley HN1 4QT",
        copyright="© 2026 Harnley Evening Post Ltd. Registered in England and Wales, company number 00451902.",
        banner="The Evening Post and around 120 partners use cookies to run this website, to measure which articles are read and to show adverts that pay for our journalism. You can change your mind at any time under Cookie settings at the foot of every page."),
    "Lahnfelder Landbote": dict(
        domain="www.lahnfelder-landbote.example", pub="landbote", gtm="GTM-LLB9W2R", cmp_key="3f9a7d20-llb-0000-0000-landbote0001",
        logo="Lahnfelder Landbote – Heimatzeitung für den Kreis Lahnfeld seit 1851",
        menu=[("Kreis Lahnfeld", "/kreis-lahnfeld"), ("Bad Kelbach", "/bad-kelbach"), ("Oberweil und Umland", "/oberweil"),
              ("Blaulicht im Kreis", "/blaulicht"), ("Landbote-Sport", "/sport"), ("Kultur im Lahntal", "/kultur"),
              ("Landbote-Leserreisen", "/leserreisen"), ("Traueranzeigen im Landboten", "/traueranzeigen")],
        tags=["Betrug an Senioren", "Polizeidirektion Lahnfeld"],
        author="{by} schreibt für den Landboten über Polizei und Justiz im Kreis Lahnfeld und leitet die Lokalredaktion in Bad Kelbach.",
        newsletter="Der Landbote am Morgen: Werktags um 6 Uhr die wichtigsten Nachrichten aus dem Kreis in Ihrem Postfach.",
        paywall=("Landbote Plus", "Dieser Artikel gehört zu Landbote Plus. Lesen Sie alle Artikel aus dem Kreis Lahnfeld für 1 Euro im ersten Monat."),
        publisher="Lahnfelder Verlagshaus GmbH", editor_name="Annegret Voßkuhl",
        address="Lahnfelder Landbote, Bahnhofstraße 21, 35619 Bad Kelbach",
        copyright="© 2026 Lahnfelder Verlagshaus GmbH – Nachdruck und Weitergabe nur mit Genehmigung des Verlags",
        banner="Der Landbote und rund 120 Partner nutzen Cookies, damit diese Website funktioniert, um zu messen, welche Artikel gelesen werden, und um Werbung zu zeigen, die unseren Journalismus finanziert. Ihre Auswahl können Sie jederzeit unter Cookie-Einstellungen am Ende jeder Seite ändern."),
}
ESC_EXEMPT = {"domain", "pub", "gtm", "cmp_key", "paywall"}  # (ids; the paywall pair is checked below)


def esc_slug(text):
    import unicodedata
    t = unicodedata.normalize("NFKD", mp.inline_text(text).lower().replace("ß", "ss")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:80]


def esc_date(lang, iso, hh, mm):
    y, m, d = (int(x) for x in iso.split("-"))
    months = ESC_CORE[lang]["months"]
    if lang == "en":
        return "%d %s %d, %02d:%02d" % (d, months[m - 1], y, hh, mm)
    return "%d. %s %d, %02d:%02d Uhr" % (d, months[m - 1], y, hh, mm)


def esc_block(kind, val):
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return '<h2 class="body-text__crosshead">%s</h2>' % E(val)
    if kind == "q":
        return '<blockquote class="body-text__quote"><p>%s</p></blockquote>' % mp.inline_html(val)
    if kind == "table":
        head = "".join("<th>%s</th>" % mp.inline_html(c) for c in val[0])
        body = "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % mp.inline_html(c) for c in r) for r in val[1:])
        return ('<div class="body-text__table table-wrapper"><table class="table">\n<thead><tr>%s</tr></thead>\n'
                '<tbody>\n%s\n</tbody></table></div>' % (head, body))
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def esc_teaser(h, base, rng, with_time=None):
    aid = rng.randint(4000000, 4999999)
    t = '<time class="teaser__time">%s</time>' % with_time if with_time else ""
    return ('<li class="teaser-list__item"><article class="teaser teaser--small"><a class="teaser__link" href="%s/%s/1.%d">'
            '<h3 class="teaser__title">%s</h3></a>%s</article></li>' % (base, esc_slug(h), aid, E(h), t))


def tpl_escenic(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = ESC_CORE[lang], ESC_SITES[site]
    host = "https://" + s["domain"]
    sec_slug = esc_slug(art["section"])
    aid = rng.randint(4000000, 4999999)
    path = "/%s/%s/1.%d" % (sec_slug, esc_slug(art["title"]), aid)
    url = host + path
    ver = "%08x" % rng.getrandbits(32)
    hh, mm = rng.randint(6, 16), rng.randint(0, 59)
    uh, um = hh + rng.randint(1, 5), rng.randint(0, 59)
    tz = "+01:00" if lang == "en" else "+02:00"
    iso_pub = "%sT%02d:%02d:00%s" % (art["date"], hh, mm, tz)
    iso_upd = "%sT%02d:%02d:00%s" % (art["date"], uh, um, tz)
    img_id = rng.randint(4000000, 4999999)
    img = "/incoming/article%d.ece/ALTERNATES/s1200/%s.jpg" % (img_id, esc_slug(art["title"])[:40])
    blocks, n = art["blocks"], len(art["blocks"])
    heads = rng.sample(HEADLINES[lang], 6)
    # the rich-text field: the first block, the inline image the editor put in, the rest, with the relation teaser
    # (an inline related article) at a slot between paragraphs in the middle of the story
    slots = [i for i in safe_slots(art) if i not in art["no_slot"] and i - 1 not in art["looked"] and i >= 2] or [n]
    rel_at = slots[len(slots) // 2]
    relation = ('<div class="relation relation--inline relation--article"><a class="relation__link" href="/%s/%s/1.%d">'
                '<span class="relation__label">%s</span> <span class="relation__title">%s</span></a></div>') % (
        sec_slug, esc_slug(heads[0]), rng.randint(4000000, 4999999), E(c["read_also"]), E(heads[0]))
    body = placed.get(0, []) + [esc_block(*blocks[0])]
    body.append(('<figure class="body-text__image inline-image"><img src="/incoming/article%d.ece/ALTERNATES/s810/%s-2.jpg" alt="%s" width="810" height="540" loading="lazy">'
                 '<figcaption class="inline-image__caption">%s <span class="inline-image__byline">%s</span></figcaption></figure>') % (
        img_id + 7, esc_slug(art["title"])[:40], A(art["body_caption"]), E(art["body_caption"]), E(art["credit"])))
    for i in range(1, n + 1):
        if i == rel_at:
            body.append(relation)
        body.extend(placed.get(i, []))
        if i < n:
            body.append(esc_block(*blocks[i]))
    tags = [art["section"]] + s["tags"]
    tag_links = "".join('<li class="tags__item"><a class="tags__link" href="/tag/%s">%s</a></li>' % (esc_slug(t), E(t)) for t in tags)
    share = "".join('<li class="share-buttons__item"><a class="share-buttons__link share-buttons__link--%s" href="%s" target="_blank" rel="noopener">%s</a></li>' % (
        k.lower().replace(" ", "-"), h, E(k)) for k, h in (
        ("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url), ("X", "https://x.com/intent/post?url=" + url),
        ("WhatsApp", "https://api.whatsapp.com/send?text=" + url), ("E-mail" if lang == "de" else "Email", "mailto:?subject=%s&amp;body=%s" % (A(art["title"]), url)),
        (c["copy_link"], "#copy")))
    read_more = "\n".join(esc_teaser(h, "/" + sec_slug, rng) for h in heads[1:4])
    most_read = "\n".join(esc_teaser(h, "/" + sec_slug, rng) for h in heads[3:6] + heads[:2])
    latest = "\n".join(esc_teaser(h, "/news", rng, "%02d:%02d" % (rng.randint(7, 21), rng.randint(0, 59))) for h in heads[2:6])
    menu = "\n".join('<li class="menu__item"><a class="menu__link%s" href="%s">%s</a></li>' % (
        " menu__link--active" if j == 0 else "", h, E(t)) for j, (t, h) in enumerate(s["menu"]))
    author_slug = esc_slug(art["byline"])
    email = "%s@%s" % (author_slug.replace("-", "."), s["domain"].replace("www.", ""))
    bio = s["author"].replace("{by}", art["byline"])
    paywall = ""
    if s["paywall"]:
        paywall = ('<aside class="paywall-prompt" data-paywall="plus"><h2 class="paywall-prompt__title">%s</h2><p class="paywall-prompt__text">%s</p>'
                   '<a class="button button--primary paywall-prompt__button" href="/abo?source=article-%d">%s</a> '
                   '<a class="paywall-prompt__login" href="/login?return=%s">%s</a></aside>') % (
            E(s["paywall"][0]), E(s["paywall"][1]), aid, E(c["paywall_button"]), A(path), E(c["paywall_login"]))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url,
                     "headline": mp.inline_text(art["title"]), "description": art["sub"], "image": [host + img],
                     "datePublished": iso_pub, "dateModified": iso_upd, "articleSection": art["section"],
                     "author": [{"@type": "Person", "name": art["byline"]}],
                     "publisher": {"@type": "NewsMediaOrganization", "name": site,
                                   "logo": {"@type": "ImageObject", "url": host + "/resources/images/%s/logo.png" % s["pub"]}},
                     "isAccessibleForFree": not s["paywall"]}, ensure_ascii=False)
    return f'''<!DOCTYPE html>
<html lang="{lang}" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(art["title"])} | {E(site)}</title>
<meta name="description" content="{A(art["sub"])}">
<meta name="escenic.id" content="1.{aid}">
<meta name="escenic.section" content="{A(art["section"])}">
<meta name="escenic.publication" content="{s["pub"]}">
<meta name="escenic.content-type" content="news">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{A(site)}">
<meta property="og:title" content="{A(art["title"])}">
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{host}{img}">
<meta property="article:published_time" content="{iso_pub}">
<meta property="article:modified_time" content="{iso_upd}">
<meta name="twitter:card" content="summary_large_image">
<link rel="icon" href="/resources/images/{s["pub"]}/favicon.ico">
<link rel="preload" href="/resources/fonts/{s["pub"]}/serif-bold.woff2" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="/resources/css/{s["pub"]}/main.css?v={ver}">
<link rel="stylesheet" href="/resources/css/cue-front/article.css?v={ver}">
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
<script type="text/javascript">window.gdprAppliesGlobally=true;(function(){{function a(e){{if(!window.frames[e]){{if(document.body&&document.body.firstChild){{var t=document.body;var n=document.createElement("iframe");n.style.display="none";n.name=e;n.title=e;t.insertBefore(n,t.firstChild)}}else{{setTimeout(function(){{a(e)}},5)}}}}}}a("__tcfapiLocator")}})();</script>
<script type="text/javascript" src="https://sdk.privacy-center.org/{s["cmp_key"]}/loader.js?target={s["domain"]}" async></script>
<script type="application/ld+json">{ld}</script>
<script>window.dataLayer = window.dataLayer || [];window.dataLayer.push({{"articleId": "1.{aid}", "section": "{A(art["section"])}", "publication": "{s["pub"]}", "contentType": "news", "paywall": "{"plus" if s["paywall"] else "free"}"}});</script>
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','{s["gtm"]}');</script>
<script src="/resources/js/cue-front/vendor.js?v={ver}" defer></script>
<script src="/resources/js/{s["pub"]}/main.js?v={ver}" defer></script>
</head>
<body class="page page--article section-{sec_slug} publication-{s["pub"]}">
<a class="skip-link" href="#main">{E(c["skip"])}</a>
<header class="header" role="banner">
<div class="header__top container">
<a class="header__logo" href="{host}/"><img src="/resources/images/{s["pub"]}/logo.svg" alt="{A(s["logo"])}" width="280" height="48"></a>
<div class="header__actions">
<a class="button button--secondary header__login" href="/login?return={A(path)}">{E(c["login"])}</a>
<a class="button button--primary header__subscribe" href="/subscribe?source=header">{E(c["subscribe"])}</a>
<form class="search header__search" action="/search" method="get" role="search">
<label class="visually-hidden" for="search-q">{E(c["search_label"])}</label>
<input class="search__input" type="search" id="search-q" name="q" placeholder="{A(c["search"])}">
<button class="search__button" type="submit" aria-label="{A(c["search"])}"><svg class="icon icon--search" aria-hidden="true"><use href="/resources/images/icons.svg#search"></use></svg></button>
</form>
</div>
</div>
<nav class="menu menu--sections" aria-label="{A(c["menu"])}">
<ul class="menu__list container">
{menu}
</ul>
</nav>
</header>
<div class="page__content container">
<main id="main" class="page__main" role="main">
<article class="article article--news" data-article-id="1.{aid}" itemscope itemtype="https://schema.org/NewsArticle">
<header class="article__header">
<div class="article__section"><a class="article__section-link" href="/{sec_slug}">{E(art["section"])}</a></div>
<h1 class="article__headline" itemprop="headline">{E(art["title"])}</h1>
<p class="article__lead" itemprop="description">{E(art["sub"])}</p>
<div class="article__byline byline">
<div class="byline__author"><img class="byline__image" src="/incoming/author-{author_slug}.jpg" alt="" width="48" height="48"><a class="byline__name" href="/author/{author_slug}" rel="author">{E(art["byline"])}</a> <a class="byline__email" href="mailto:{email}">{E(email)}</a></div>
<div class="byline__dates"><span class="byline__label">{E(c["published"])}</span> <time class="byline__time" datetime="{iso_pub}">{E(esc_date(lang, art["date"], hh, mm))}</time> <span class="byline__label">{E(c["updated"])}</span> <time class="byline__time" datetime="{iso_upd}">{E(esc_date(lang, art["date"], uh, um))}</time></div>
</div>
</header>
<figure class="article__top-media top-media">
<picture><source srcset="{img.replace("s1200", "s810")} 810w, {img} 1200w" sizes="(max-width: 810px) 100vw, 810px"><img src="{img}" alt="{A(art["caption"])}" width="1200" height="800"></picture>
<figcaption class="top-media__caption"><span class="top-media__text">{E(art["caption"])}</span> <span class="top-media__byline">{E(art["credit"])}</span></figcaption>
</figure>
<div class="article__body body-text" itemprop="articleBody">
{chr(10).join(body)}
</div>
<footer class="article__footer">
<div class="article__tags tags"><h2 class="tags__title">{E(c["tags"])}</h2>
<ul class="tags__list">{tag_links}</ul></div>
<div class="share-buttons"><h2 class="share-buttons__title">{E(c["share"])}</h2>
<ul class="share-buttons__list">{share}</ul></div>
</footer>
</article>
{paywall}
<section class="teaser-list teaser-list--related"><h2 class="teaser-list__title">{E(c["read_more"])}</h2>
<ul class="teaser-list__items">
{read_more}
</ul></section>
<aside class="author-box">
<h2 class="author-box__title">{E(c["author_title"])}</h2>
<img class="author-box__image" src="/incoming/author-{author_slug}.jpg" alt="" width="96" height="96">
<p class="author-box__name"><a href="/author/{author_slug}">{E(art["byline"])}</a></p>
<p class="author-box__bio">{E(bio)}</p>
<p class="author-box__contact"><a href="mailto:{email}">{E(c["email_author"])}</a></p>
</aside>
<section class="newsletter-signup" data-newsletter="morning">
<h2 class="newsletter-signup__title">{E(c["nl_title"])}</h2>
<p class="newsletter-signup__text">{E(s["newsletter"])}</p>
<form class="newsletter-signup__form" action="/newsletter/subscribe" method="post">
<input type="hidden" name="list" value="{s["pub"]}-morning">
<label class="visually-hidden" for="nl-email">{E(c["nl_email"])}</label>
<input type="email" id="nl-email" name="email" placeholder="{A(c["nl_email"])}" required>
<button class="button button--primary" type="submit">{E(c["nl_button"])}</button>
<small class="newsletter-signup__small">{E(c["nl_small"])}</small>
</form>
</section>
</main>
<aside class="page__sidebar sidebar" role="complementary">
<section class="teaser-list teaser-list--most-read"><h2 class="teaser-list__title">{E(c["most_read"])}</h2>
<ol class="teaser-list__items">
{most_read}
</ol></section>
<section class="teaser-list teaser-list--latest"><h2 class="teaser-list__title">{E(c["latest"])}</h2>
<ul class="teaser-list__items">
{latest}
</ul></section>
<div class="ad ad--sidebar" id="ad-sidebar-1" data-ad-slot="sidebar_1"></div>
</aside>
</div>
<footer class="footer" role="contentinfo">
<div class="footer__inner container">
<img class="footer__logo" src="/resources/images/{s["pub"]}/logo-white.svg" alt="{A(site)}" width="200" height="34">
<ul class="footer__sections">{"".join('<li class="footer__section"><a href="%s">%s</a></li>' % (h, E(t)) for t, h in s["menu"][:6])}</ul>
<dl class="footer__publisher"><dt>{E(c["publisher"])}</dt><dd>{E(s["publisher"])}</dd><dt>{E(c["editor"])}</dt><dd>{E(s["editor_name"])}</dd></dl>
<p class="footer__address">{E(s["address"])}</p>
<ul class="footer__links"><li><a href="/terms">{E(c["terms"])}</a></li><li><a href="/privacy">{E(c["privacy"])}</a></li><li><a href="javascript:Didomi.preferences.show()">{E(c["cookie_settings"])}</a></li></ul>
<p class="footer__copyright">{E(s["copyright"])}</p>
</div>
</footer>
<div id="didomi-host" class="consent-banner" role="dialog" aria-labelledby="consent-title" aria-live="polite">
<div class="consent-banner__inner">
<h2 id="consent-title" class="consent-banner__title">{E(c["c_title"])}</h2>
<p class="consent-banner__text">{E(s["banner"])}</p>
<div class="consent-banner__buttons">
<button type="button" class="consent-banner__button consent-banner__button--settings" id="didomi-notice-learn-more-button">{E(c["c_settings"])}</button>
<button type="button" class="consent-banner__button consent-banner__button--reject" id="didomi-notice-disagree-button">{E(c["c_reject"])}</button>
<button type="button" class="consent-banner__button consent-banner__button--accept" id="didomi-notice-agree-button">{E(c["c_accept"])}</button>
</div>
</div>
</div>
<script src="/resources/js/cue-front/lazyload.js?v={ver}" defer></script>
<script src="/resources/js/cue-front/paywall.js?v={ver}" defer></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)
# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"escenic": ["caption", "related"]}  # the body's inline image with its caption and credit, the inline relation teaser
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "noiseboard", "heatalert", "scamalert"]
NEW_FAMILIES = ["noiseboard", "heatalert", "scamalert"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"noiseboard": ["noise-complaint", "noise complaint", "report a noise", "noise problem", "noise team",
                                   "late-night venues", "complaints by ward"],
                    "heatalert": ["heat-health", "heat health", "heat alert", "heat-alert", "cool space", "cool spaces",
                                  "public health team"],
                    "scamalert": ["scam-alert", "scam alert", "report a scam", "scams reported", "scams by type",
                                  "caller or website", "trading standards", "fraud advice line"]}
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
    "cookie": ['<div class="consent-wall-ep"><p class="consent-wall-ep__msg">%s</p><button class="consent-wall-ep__btn" type="button">&#10003;</button></div>',
               '<p class="embed-blocked-note-cue">%s</p>', '<div><em>%s</em></div>'],
    "newsletter": ['<div class="evening-round-box"><p class="evening-round-box__txt">%s</p><a class="evening-round-box__go" href="/evening-round">&#8594;</a></div>',
                   '<p class="free-limit-note-ep">%s</p>', '<h4 class="round-at-six-hd">%s</h4>', '<p><b><a href="/back-us">%s</a></b></p>'],
    "share": ['<ul class="forward-on-chips-cue">{items}</ul>', '<div class="forward-this-strip">%s</div>', '<p><a href="#forward">%s</a></p>'],
    "photo": ['<p class="family-pic-credit">%s</p>', '<span class="reader-pic-label">%s</span>', '<div><small>%s</small></div>'],
    "copyright": ['<p class="written-permission-line">%s</p>', '<div class="content-rights-ep"><small>%s</small></div>', '<div><i>%s</i></div>'],
    "section": ['<p class="catch-up-section">%s</p>', '<h6 class="desk-freshest-hd">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="ornament-rule-ep">%s</p>', '<div class="glyph-rule-cue">%s</div>', '<div style="text-align:center">%s</div>'],
    "credit": ['<p class="court-reporter-credit">%s</p>', '<div class="district-desk-credit">%s</div>', '<div><small><em>%s</em></small></div>'],
    "title": ['<p class="hed-echo-ep"><b>%s</b></p>', '<h2 class="headline-again-h2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsored-scroll-label">%s</div>', '<p class="local-biz-reach">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="resume-after-msg"><a href="#resume">%s</a></p>', '<div class="show-full-article-bar">%s</div>', '<div><a href="#resume">%s</a></div>'],
    "comments": ['<p class="join-talk-link"><a href="#talk">%s</a></p>', '<div class="talk-count-chip">%s</div>', '<div><a href="#talk">%s</a></div>'],
    "readtime": ['<p class="read-minutes-ep">%s</p>', '<span class="stopwatch-badge">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="last-changed-ep"><time>%s</time></p>', '<div class="latest-version-stamp">%s</div>', '<div><small><em>%s</em></small></div>'],
    "audio": ['<div class="synth-voice-player"><button class="synth-voice-player__btn" aria-label="Play"></button><span class="synth-voice-player__txt">%s</span></div>',
              '<p class="listen-instead-link"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="corrected-since-box"><p>%s</p></aside>', '<p class="corrected-since-line"><i>%s</i></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="phone-edition-promo"><p class="phone-edition-promo__txt">%s</p><a class="phone-edition-promo__dl" href="/get-the-app">&#8681;</a></div>',
            '<p class="read-on-app-ep">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="nine-years-bio"><p class="nine-years-bio__txt">%s</p></div>', '<p class="more-by-writer-ep"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="newsdesk-whatsapp-card"><p class="newsdesk-whatsapp-card__txt">%s</p></div>', '<p class="tipoff-inbox-line">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="ctrl-enter-hint-ep"><p>%s</p></div>', '<p class="ctrl-enter-line-ep">%s</p>', '<div><small><em>%s</em></small></div>'],
    "push": ['<div class="browser-notify-ask"><p class="browser-notify-ask__q">%s</p></div>', '<p class="browser-notify-line">%s</p>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="print-pdf-mail-tools">{items}</ul>', '<p class="printer-copy-link-cue"><a href="?output=print">%s</a></p>',
              '<div><a href="?output=print">%s</a></div>'],
    "feedback": ['<div class="usefulness-vote"><p class="usefulness-vote__q">%s</p></div>', '<p class="usefulness-line-ep">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="ethics-code-cue-box"><p>%s</p></div>', '<p class="complaints-form-strip"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="filed-under-chips"><span class="filed-under-chips__txt">%s</span></div>', '<p class="follow-topic-line-ep">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="save-later-btn-ep"><a class="save-later-btn-ep__a" href="#saved">%s</a></div>',
                 '<p class="save-later-line"><a href="#saved">%s</a></p>', '<div><a href="#saved">%s</a></div>'],
    "poll": ['<div class="have-vote-card"><p class="have-vote-card__q">%s</p><button class="have-vote-card__btn" type="button">&#9745;</button></div>',
             '<h6 class="have-vote-hd">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/E{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/E{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-facade-ep"><a class="video-facade-ep__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="pictures-count-bar"><a class="pictures-count-bar__a" href="#pictures">%s</a></div>',
                '<p class="fullscreen-images-line">%s</p>', '<div><strong>%s</strong></div>'],
    "map": ['<div class="osm-frame-ep"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="600" height="340" loading="lazy"></iframe><p class="osm-frame-ep__links">%s</p></div>',
            '<figure class="static-map-ep"><img src="/maps/{k}.png" alt="" width="600" height="380"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="add-to-cal-row">{items}</ul>', '<p class="remind-day-before"><a href="/events/{k}/reminder">%s</a></p>',
                 '<div class="add-to-cal-bar"><span class="add-to-cal-bar__label">%s</span></div>'],
    "scores": ['<div class="all-leagues-link-cue"><a class="all-leagues-link-cue__a" href="/sport/results">%s</a></div>',
               '<ul class="all-leagues-tabs-cue">{items}</ul>', '<div><a href="/sport/results"><strong>%s</strong></a></div>'],
    # the three families new in this part ({noisefields}: the report form's address and time fields; {noisewards}: the
    # complaints by ward as a table; {noiseteam}: the noise team as a definition list; {heatlevels}: the alert levels
    # as a table; {coolfield}: the cool-space finder's postcode field; {healthteam}: the public health team as a
    # definition list; {scamtypes}: the scams of the month as a table; {checkfield}: the checker's number-or-address
    # field; {fraudline}: the advice line as a definition list)
    "noiseboard": ['<form class="noise-report-form" action="/environment/noise/report" method="post"><h5 class="noise-report-form__hd">%s</h5>{noisefields}<button type="submit">&#10148;</button></form>',
                   '<div class="noise-by-ward"><h4 class="noise-by-ward__hd">%s</h4><table class="noise-by-ward__grid">{noisewards}</table></div>',
                   '<p class="late-venues-link"><a href="/licensing/late-night-register">%s</a></p>',
                   '<div class="noise-team-card"><p class="noise-team-card__hd"><b>%s</b></p><dl class="noise-team-card__list">{noiseteam}</dl></div>'],
    "heatalert": ['<div class="heat-level-board"><h4 class="heat-level-board__hd">%s</h4><table class="heat-level-board__grid">{heatlevels}</table></div>',
                  '<p class="heat-signup-line"><a href="/health/heat-alerts/subscribe">%s</a></p>',
                  '<form class="cool-space-finder" action="/health/cool-spaces" method="get"><p class="cool-space-finder__hd"><strong>%s</strong></p>{coolfield}<button type="submit">&#9906;</button></form>',
                  '<div class="health-team-card"><p class="health-team-card__hd"><b>%s</b></p><dl class="health-team-card__list">{healthteam}</dl></div>'],
    "scamalert": ['<div class="scam-month-table"><h4 class="scam-month-table__hd">%s</h4><table class="scam-month-table__grid">{scamtypes}</table></div>',
                  '<p class="scam-report-link"><a href="/community-safety/report-a-scam">%s</a></p>',
                  '<form class="genuine-check-tool" action="/community-safety/check" method="get"><h5 class="genuine-check-tool__hd">%s</h5>{checkfield}<button type="submit">&#10003;</button></form>',
                  '<div class="fraud-line-card"><p class="fraud-line-card__hd"><strong>%s</strong></p><dl class="fraud-line-card__list">{fraudline}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/evening-round"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#forward">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "noiseboard": (0.7, [' <a href="/licensing/late-night-register"><strong>%s</strong></a>']),
          "heatalert": (0.7, ['<br><a href="/health/heat-alerts/subscribe"><b>%s</b></a>']),
          "scamalert": (0.7, ['<br><a href="/community-safety/report-a-scam">%s</a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# late-night venues link, the heat-alert sign-up line and the report-a-scam link, not the tables, forms or cards)
INLINE_WORDING = {"newsletter": 0, "noiseboard": 2, "heatalert": 1, "scamalert": 1}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="mid-story-photo-ep"><img src="/media/{id}-5.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-body.jpg" alt="" width="640"><br><small>{cap} / {cr}</small></div>']
RELATED_STYLES = ['<div class="district-today-box"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="read-next-aside-ep"><p class="read-next-aside-ep__hd">%s</p><ul>%s</ul></aside>',
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
NOISE_HEAD = {"en": ("Ward", "Complaints this year"), "tr": ("Mahalle", "Bu yılki şikâyetler"), "de": ("Stadtteil", "Beschwerden in diesem Jahr"),
              "fr": ("Quartier", "Plaintes cette année"), "es": ("Barrio", "Quejas este año"), "ru": ("Район", "Жалобы за год")}
HEAT_HEAD = {"en": ("Region", "Alert", "Until"), "tr": ("Bölge", "Uyarı", "Bitiş"), "de": ("Gebiet", "Warnstufe", "Bis"),
             "fr": ("Secteur", "Vigilance", "Jusqu'à"), "es": ("Zona", "Aviso", "Hasta"), "ru": ("Территория", "Уровень", "До")}
SCAM_HEAD = {"en": ("Type", "Reports", "Losses"), "tr": ("Tür", "Bildirim", "Kayıp"), "de": ("Masche", "Meldungen", "Schaden"),
             "fr": ("Type", "Signalements", "Préjudice"), "es": ("Tipo", "Denuncias", "Pérdidas"), "ru": ("Вид", "Заявления", "Ущерб")}
NOISE_LABELS = {"en": ("Address", "When did it happen?"), "tr": ("Adres", "Ne zaman oldu?"), "de": ("Adresse", "Wann war es?"),
                "fr": ("Adresse", "Quand ?"), "es": ("Dirección", "¿Cuándo ocurrió?"), "ru": ("Адрес", "Когда это было?")}
COOL_LABEL = {"en": ("Postcode",), "tr": ("Mahalle",), "de": ("Postleitzahl",), "fr": ("Code postal",), "es": ("Código postal",), "ru": ("Улица",)}
CHECK_LABEL = {"en": ("Phone number or web address",), "tr": ("Telefon numarası ya da site adresi",), "de": ("Telefonnummer oder Webadresse",),
               "fr": ("Numéro ou adresse du site",), "es": ("Teléfono o dirección web",), "ru": ("Номер телефона или адрес сайта",)}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, definition list or form, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    def fields(labels, name, kinds=None):
        k = "%06x" % rng.randint(0, 16**6 - 1)
        kinds = kinds or ["text"] * len(labels)
        return "".join('<label for="%s-%s-%d">%s</label><input id="%s-%s-%d" type="%s" name="%s%d">' % (
            name, k, j, esc(x), name, k, j, kinds[j], name, j) for j, x in enumerate(labels))
    return (style.replace("{noisefields}", fields(NOISE_LABELS[lang], "noise", ["text", "datetime-local"]))
            .replace("{noisewards}", table(NOISE_HEAD[lang], NOISE_WARDS[lang]))
            .replace("{noiseteam}", dl(NOISE_TEAM[lang]))
            .replace("{heatlevels}", table(HEAT_HEAD[lang], HEAT_LEVELS[lang]))
            .replace("{coolfield}", fields(COOL_LABEL[lang], "cool"))
            .replace("{healthteam}", dl(HEALTH_TEAM[lang]))
            .replace("{scamtypes}", table(SCAM_HEAD[lang], SCAM_TYPES[lang]))
            .replace("{checkfield}", fields(CHECK_LABEL[lang], "check"))
            .replace("{fraudline}", dl(FRAUD_LINE[lang])))


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
               "scores": rng.choice([0, mid, n]), "noiseboard": rng.choice([mid, n, n]),
               "heatalert": rng.choice([0, mid, n]), "scamalert": rng.choice([mid, n])}.get(fam, mid)
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
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">✉️</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"escenic": ('<mark class="body-text__highlight">', "</mark>"),  # CUE's rich-text "highlight" inline style
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
# templates: escenic is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"escenic": tpl_escenic, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h66), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "escenic"


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
            rng = random.Random("newsflow-heldout67-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI67[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 67) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h66), labels, furniture strings,
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
    # layouts: escenic (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h65 or h66 gave it
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
    # the escenic pages: a site of ESC_SITES in a language of ESC_CORE, with an image caption for the body; no drop cap,
    # box, fact box or callout look (CUE's rich-text field as these publications configure it writes none of them);
    # story tables only there, and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in ESC_SITES or a["lang"] not in ESC_CORE or a.get("kind") or not a.get("body_caption")
                                       or any(st in ("box", "factbox", "dropcap", "callout") for st, _ in a.get("look", []))):
            problems.append("%s: escenic page needs an Escenic site, a body caption and rich-text looks only" % a["id"])
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
    esc_sites = [{k: v for k, v in d.items() if k not in ESC_EXEMPT} for d in ESC_SITES.values()]
    esc_sites += [d["paywall"] for d in ESC_SITES.values() if d["paywall"]]
    # (ESC_CORE, NOISE_HEAD, HEAT_HEAD, SCAM_HEAD, NOISE_LABELS, COOL_LABEL and CHECK_LABEL, the platform's and
    # theme's strings and the web teams' generic table heads and field labels, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("ESC_SITES", esc_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "ESC_SITES" and s.startswith("/")):
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




