#!/usr/bin/env python3
"""Sixty-second held-out part (h62-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout62.py           # write pages/h62-*.html
    python benchmarks/data/extraction/make_heldout62.py --check   # verify pages/h62-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout62.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout61.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h62_en.py / articles_h62_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: dentist finders on stories about dentistry, health services, children's health and GP
access -- the practices accepting new patients as a table with practice, distance and status, the "find a dentist
near you" postcode form, the "urgent dental care" badge with its phone number, the "join a waiting list" link --,
childcare-place finders on stories about nurseries, crèches, working parents and early years -- this month's nursery
and childminder vacancies as a table by age group, the "check if you can get funded hours" link, the "search
childcare near you" form, the family information service card as a definition list --, and livestock-mart reports on
stories about farming, agricultural shows, marts and fairs -- the latest sale's prices as a table by class with top
and average prices per kilo or per head, the "next sale" date pill, the mart-report archive link, the auctioneer's
contact card as a definition list --), their wrapper class names, related headlines, site names, the sites' own
strings in the earlier layouts and the first-round furniture strings are new here: none of the sentences of
make_pages.RESIDUE / UI or of the R pools of make_heldout2..60, nor their labels, furniture strings, widget rows,
headlines or site names; verify() refuses to build if one is reused, if a wrapper class name of an earlier part
recurs, if a "new" family is already in an earlier pool, family list, template family or docstring, if a story
paragraph or headline of an earlier part (h59 and h60 included) recurs, if a headline is also a story paragraph, or
if a body is outside 150-400 words.  Every name and number is fictional.
(h45's school-holiday dates mention childcare only as a reason to look them up, h49's foot-and-mouth story closes a
livestock market without any price furniture, and h51 only had a dentist in a related headline; the dentist finder,
the childcare-place finder and the mart report are new families by name, wording and markup.)  The tables' heads and
the finders' field label (DENTAL_HEAD, CHILDCARE_HEAD, MART_HEAD, POSTCODE_LABEL) are the web teams' generic strings
and not checked; the rows themselves (DENTAL_PRACTICES, CHILDCARE_VACANCIES, FAMILY_SERVICE, MART_PRICES,
MART_AUCTIONEER, MART_NEXT) are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link among them may be run into a paragraph instead): dentist finders on an English practice taking on 1,500
NHS patients, a Turkish oral-health centre moving into a new building, a German village practice that found a
successor and a Russian district clinic's first children's dental room; childcare-place finders on English parents
taking over their village's only nursery, a Turkish town's third kreş (the funded-hours link run into the last
paragraph), a German parents' initiative opening its own Krippe and a French inter-company crèche on a business park
(the new layout); mart reports on an English auction mart's record turnover (the new layout), an English dale show's
150th year, a French cattle fair's broutard prices (the archive link run into a paragraph) and an interview with a
Spanish cattle dealer at a San Martín fair.  Earlier families that need a reason in the story are placed the same way
(a calendar row on the dale show, a map on a town council buying its old fire station, a gallery on a Russian
village's 300th anniversary); the other generic families are balanced over the part, leaving out those the page's
site would not print (the story's "kind": a town council on TYPO3 -- no newspaper furniture --, a village website on
uCoz, an independent publication on Medium, which prints no ads, app, push or print prompts, comment counters or
press-standards lines, and of the newsletter family only its appeal for money); a correction box goes only on a story
that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes, badges,
pills, cards and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans, forms,
definition lists and tables, and, for a few families, a line run into the end of a story paragraph (credit, tip,
newsletter pitch, share line, the join-a-waiting-list link, the funded-hours link, the mart-report archive link; only
one line in any paragraph) or a bold section tag run into the start of the first one (on the Spanish fish-auction
story, "section_tag").
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, magazine, gutenberg and sanity), whole paragraphs in bold (interview questions) or
italics (a one-line quote on the new layout, a quote on hugo and on semantic), a highlighted sentence (the
background-color span HubSpot's rich-text editor writes, on both new-layout pages; a <mark> on quintype), a paragraph
in a box (the magazine's panel, a CKEditor style on drupal, a Gutenberg group), a fact box holding a subheading and
its list (a Fusion custom embed), a Ghost callout card, a paragraph typed after a <br> (Shift+Enter in HubSpot's
editor); story structures that look like furniture but are the story: question-and-answer interviews (bold
questions, some of one or two words -- "Easy?", "Hardest horse?", "Планы?" --, in English, Turkish, Spanish and
Russian: a GP practice manager, a farrier, a beekeeper back from Istanbul, a cattle dealer, a village cheesemaker),
lists inside the story (who a dental practice sees first, how to book at a Turkish dental centre, what an allotment
council plans, what an old fire station will hold, a beekeeping year, what a crèche offers families, what a summer
cinema has organised), story tables (turnover by sale at a mart, cradles reserved by each firm, in HubSpot's
responsive table markup), crossheads as headings and as bold paragraphs, one-line quotes and short one-line
paragraphs ("« On a gagné une heure par jour. »", "The figures were a surprise to some members after a wet autumn."),
a closing line with practical information (an annual meeting, a surgery's phone lines and hours, a show's next date,
a tailor's last morning, a farrier's phone, an exhibition of plans, a dental room's hours, a fair's next date, a fish
auction's start, tastings on Saturdays), and story sentences that mention furniture words in ordinary reporting
("Cookies in a tin on the counter" opening a story, a nursery committee's monthly newsletter and "contact Lottie
Kenyon" closing one, "contact the surgery" closing another, allotment holders "happy to share", "anyone who wants to
follow progress" closing a story, an exhibition of old photographs, a cheesemaker's subscribers), some at the start
or end of the story where furniture usually sits.  Two pages carry no residue at all and one only its correction
line.
One page layout is new (hubspot: a trade-press / regional business-news publication whose news site is a HubSpot CMS
blog, as HubSpot serves a blog post to a reader, on two pages, an English and a French one): the head with the
/hs/hsstatic jQuery shim, the cta_button / hs-breadcrumb / hs_cos_wrapper inline styles, the theme's
template_main.min.css and module CSS from hubfs/hub_generated, the og: and twitter: metas, the amphtml and RSS links,
the js.hsforms.net embed script and the HubSpot generator meta; the body-wrapper with the global header partial built
from drag-and-drop rows (row-fluid-wrapper dnd-section, row-fluid, span12 widget-span widget-type-custom_widget
dnd-module) holding the logo module, the publication's tagline, the hs-menu-wrapper flyout menu (hs-menu-item
hs-menu-depth-1 / -2 with hs-menu-children-wrapper) and the site search; main.body-container-wrapper with the blog
post template: the featured image, the "blog-post__title" h1 around span#hs_cos_wrapper_name, "blog-post__meta" with
the author's avatar, name and line, the date and the reading time; the post body in span#hs_cos_wrapper_post_body
("hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text") as the rich-text editor writes it -- p,
h2 with an inline font size, strong, em, the highlight span, blockquote, ul / ol, <br>, a table in the
data-hs-responsive-table wrapper with inline borders, the <!--more--> separator, the hs-fs image with its centred
caption line after the first paragraph and the editor's call-to-action in the hs-cta-wrapper at the end (caption and
call-to-action: this layout's own residue in the container) --; the tag links, the "Related posts" cards, the blog
comments module (readers' comments with Reply, the "Leave a comment" form), the blog-subscribe module with HubSpot's
embedded form (hs-form, e-mail field, frequency radios, the legal-consent text and checkbox, Submit); the global
footer partial (hs-footer: the footer menu with Privacy policy and Cookie policy, the social follow icons with their
svg titles, the address and copyright), HubSpot's cookie banner (hs-banner-parent, hs-eu-cookie-confirmation with the
publication's policy wording, "Cookie settings", "Accept", "Decline"), then the template JS, the HubSpot analytics
code (_hsq pushes, hs-script-loader) and hsVars.  HubSpot's and the theme's own strings (HUBSPOT_CORE, per language)
are left as the platform ships them and not checked; the publications' own strings (HUBSPOT: tagline, menu, the
call-to-action, the form's consent texts, the banner wording, footer menu, address, copyright, the related posts'
authors and the commenters) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h59 or h60 gave it (9 English pages, 3 in each other language: English on cms, legacy-br,
portal, regional, magazine, nextjs, quintype and typo3; Turkish on wordpress, drupal and fusion; German on amp, ghost
and gutenberg; French on storybody and hugo; Spanish on table, sanity and semantic; Russian on ucoz, medium and
chunks); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site rather
than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this
part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout60.py, so that make_pages.py can import this module and merge it the same way. Standard
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
from make_pages import E, A, UI  # noqa: E402
from articles_h62_en import ARTICLES as H62_EN  # noqa: E402
from articles_h62_intl import ARTICLES as H62_INTL  # noqa: E402

ARTICLES = H62_EN + H62_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60)
# parts whose layouts' languages this part avoids (the two before it; h61 is written at the same time)
LANG_PARTS = (mp59, mp60)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h62"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Kelderby & Wendlow Courier", "Ollerby Dale Mercury", "Hartside Weekly Lantern", "Dunhollow and Upper Dale Chronicle",
           "Marlbury Evening Bellman", "Teme Valley Pathfinder", "Hexworth Town Crier Online"],
    "tr": ["Kuyucak Ekspres Haber", "Yeşilköprü Çarşı Gazetesi", "Dereköy Yaylası Postası"],
    "de": ["Achertaler Landbote", "Hinterwaldauer Dorfpost", "Laichinger Zeitungsblatt"],
    "fr": ["Le Courrier du Foirail", "La Voix des Coteaux de Puylaroque"],
    "es": ["El Eco de Valdecuernos", "Torrelobos Noticias de la Sierra", "Crónica del Puerto de Arrigorri"],
    "ru": ["Каменногорская правда недели"],
}
# sites fixed per page (the two HubSpot publications, a town council on TYPO3, a Turkish municipality on Drupal, a
# village website on uCoz, an independent publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h60 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The sheep-sale livestream loads only once you allow streaming cookies", "This podcast player waits for your cookie choice before it plays"],
        "tr": ["Hayvan pazarı canlı yayını, yayın çerezlerine izin verdiğinizde yüklenir", "Bu podcast oynatıcı, çerez tercihinizi yapana kadar çalmaz"],
        "de": ["Der Livestream vom Viehmarkt startet erst, wenn Sie Streaming-Cookies erlauben", "Dieser Podcast-Player wartet auf Ihre Cookie-Auswahl, bevor er abspielt"],
        "fr": ["La diffusion en direct du foirail ne se charge qu'après votre accord aux cookies de streaming", "Ce lecteur de podcast attend votre choix de cookies avant de démarrer"],
        "es": ["La retransmisión en directo de la feria solo carga si permites las cookies de streaming", "Este reproductor de pódcast espera a que elijas tus cookies para sonar"],
        "ru": ["Трансляция с ярмарки загрузится, только если вы разрешите cookie для видеопотока", "Этот плеер подкаста ждёт вашего выбора cookie, прежде чем включиться"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Our Monday farm-and-market letter lands before the first milking", "That's your three free stories for the week used — register or subscribe to read on",
               "Keep {site} in the dale: chip in the cost of a bag of feed each month"],
        "tr": ["Pazartesi pazar ve tarla bültenimiz sabah sağımından önce gelir", "Bu haftaki üç ücretsiz haberinizi okudunuz — devamı için üye olun ya da abonelik başlatın",
               "{site} bu yörede kalsın: her ay bir çuval yem parası kadar destek olun"],
        "de": ["Unser Montagsbrief zu Hof und Markt kommt noch vor dem ersten Melken", "Ihre drei Gratisartikel dieser Woche sind aufgebraucht — registrieren oder abonnieren Sie, um weiterzulesen",
               "Damit {site} im Tal bleibt: Geben Sie monatlich so viel wie ein Sack Futter kostet"],
        "fr": ["Notre lettre du lundi, champs et marchés, arrive avant la première traite", "Vos trois articles gratuits de la semaine sont lus — inscrivez-vous ou abonnez-vous pour continuer",
               "Pour que {site} reste au pays : donnez chaque mois le prix d'un sac d'aliment"],
        "es": ["Nuestra carta de los lunes sobre campo y mercados llega antes del primer ordeño", "Ya has leído tus tres noticias gratis de la semana — regístrate o suscríbete para seguir",
               "Para que {site} siga en la comarca: aporta cada mes lo que cuesta un saco de pienso"],
        "ru": ["Наше понедельничное письмо о полях и рынках приходит до первой дойки", "Три бесплатных материала этой недели уже прочитаны — зарегистрируйтесь или оформите подписку",
               "Чтобы «{site}» остался в районе, переводите каждый месяц цену мешка комбикорма"],
    },
    "share": {
        "en": ["Forward it on: Signal · Telegram · Threads · Email", "Tell the neighbours — send them this page"],
        "tr": ["İletin: Signal · Telegram · Threads · E-posta", "Komşulara haber verin — bu sayfayı onlara gönderin"],
        "de": ["Weiterleiten: Signal · Telegram · Threads · E-Mail", "Sagen Sie es den Nachbarn — schicken Sie ihnen diese Seite"],
        "fr": ["Transférer : Signal · Telegram · Threads · Courriel", "Prévenez les voisins — envoyez-leur cette page"],
        "es": ["Reenvíalo: Signal · Telegram · Threads · Correo", "Avisa a los vecinos — mándales esta página"],
        "ru": ["Переслать: Signal · Telegram · Одноклассники · Почта", "Расскажите соседям — отправьте им эту страницу"],
    },
    "photo": {
        "en": ["Picture taken on a phone by one of the stewards", "Snapped for {site} from the back of the crowd"],
        "tr": ["Fotoğrafı görevlilerden biri cep telefonuyla çekti", "{site} için kalabalığın arkasından çekildi"],
        "de": ["Aufgenommen mit dem Handy von einem der Ordner", "Für {site} aus der letzten Reihe fotografiert"],
        "fr": ["Cliché pris au téléphone par l'un des bénévoles", "Pris pour {site} depuis le fond de la foule"],
        "es": ["Imagen tomada con el móvil por uno de los voluntarios", "Tomada para {site} desde el fondo del público"],
        "ru": ["Снимок сделал на телефон один из волонтёров", "Снято для «{site}» из задних рядов"],
    },
    "copyright": {
        "en": ["No part of this report may be reproduced in print or online without a licence from {site}."],
        "tr": ["Bu haberin hiçbir bölümü {site} lisansı olmadan basılı ya da çevrim içi çoğaltılamaz."],
        "de": ["Kein Teil dieses Berichts darf ohne Lizenz von {site} gedruckt oder online vervielfältigt werden."],
        "fr": ["Aucune partie de ce reportage ne peut être reproduite sur papier ou en ligne sans licence de {site}."],
        "es": ["Ninguna parte de esta información puede reproducirse en papel o en internet sin licencia de {site}."],
        "ru": ["Никакая часть этого материала не может воспроизводиться в печати или в сети без лицензии «{site}»."],
    },
    "section": {
        "en": ["More from the {section} pages", "Everything filed under {section} ›"],
        "tr": ["{section} sayfalarından daha fazlası", "{section} başlığındaki her şey ›"],
        "de": ["Mehr von den {section}-Seiten", "Alles unter {section} ›"],
        "fr": ["Plus d'articles des pages {section}", "Tout ce qui est classé en {section} ›"],
        "es": ["Más de las páginas de {section}", "Todo lo que hemos contado de {section} en el valle ›"],
        "ru": ["Ещё со страниц «{section}»", "Всё, что опубликовано в разделе «{section}» ›"],
    },
    "related": {
        "en": ["Also making news up the dale", "Catch up before market day"],
        "tr": ["Yörede gündemdeki diğer haberler", "Pazar gününden önce bunlara da göz atın"],
        "de": ["Was sonst im Tal Thema ist", "Vor dem Markttag noch schnell nachlesen"],
        "fr": ["Ce qui fait aussi parler dans la vallée", "À rattraper avant le jour de foire"],
        "es": ["Qué más es noticia en el valle", "Para ponerse al día antes del día de feria"],
        "ru": ["О чём ещё говорят в долине", "Успейте прочитать до базарного дня"],
    },
    "symbol": {"*": ['✥ ⋯ ✥', '~ ❈ ~', '⁘ ❖ ⁘', '—— ✣ ——']},
    "credit": {
        "en": ["Additional reporting by the {site} agriculture desk", "With help from our health and social care correspondent"],
        "tr": ["Habere {site} tarım servisi de katkıda bulundu", "Sağlık muhabirimizin katkılarıyla hazırlandı"],
        "de": ["Mitarbeit: das Agrarressort von {site}", "Unter Mithilfe unserer Korrespondentin für Gesundheit und Pflege"],
        "fr": ["Avec le service agriculture de {site}", "Avec l'aide de notre correspondante santé et solidarités"],
        "es": ["Con la colaboración de la sección de campo de {site}", "Con ayuda de nuestra corresponsal de sanidad y servicios sociales"],
        "ru": ["При участии сельскохозяйственного отдела «{site}»", "С помощью нашего корреспондента по здравоохранению"],
    },
    "ad": {
        "en": ["Paid partnership · the report continues below", "This slot is sold to local businesses by {site}"],
        "tr": ["Ücretli iş birliği · haber aşağıda sürüyor", "Bu alanı {site} yerel işletmelere satıyor"],
        "de": ["Bezahlte Partnerschaft · der Bericht geht unten weiter", "Diesen Platz verkauft {site} an Betriebe aus der Gegend"],
        "fr": ["Partenariat rémunéré · l'article continue plus bas", "Cet espace est vendu aux commerces du coin par {site}"],
        "es": ["Colaboración pagada · la noticia sigue más abajo", "Este hueco lo vende {site} a los negocios de la zona"],
        "ru": ["Оплаченное партнёрство · материал продолжается ниже", "Это место «{site}» продаёт местным предпринимателям"],
    },
    "continue": {
        "en": ["Show the rest of this dales report", "There's more — open the full report ⌄"],
        "tr": ["Yöre haberinin kalanını göster", "Dahası var — haberin tamamını açın ⌄"],
        "de": ["Den restlichen Artikel anzeigen", "Da kommt noch mehr — den ganzen Bericht öffnen ⌄"],
        "fr": ["Afficher le reste de l'article", "Il y a la suite — ouvrir le reportage complet ⌄"],
        "es": ["Mostrar el resto del artículo", "Hay más — abre la noticia completa ⌄"],
        "ru": ["Показать остальную часть статьи", "Это ещё не всё — открыть материал полностью ⌄"],
    },
    "comments": {
        "en": ["{n} readers have had their say so far", "Open the discussion ({n}) ›"],
        "tr": ["Şimdiye kadar {n} okur görüşünü yazdı", "Tartışmayı açın ({n}) ›"],
        "de": ["Bisher haben {n} Leserinnen und Leser mitdiskutiert", "Zur Diskussion ({n}) ›"],
        "fr": ["{n} lecteurs ont déjà donné leur avis", "Ouvrir la discussion ({n}) ›"],
        "es": ["{n} lectores ya han dado su opinión", "Abrir el debate ({n}) ›"],
        "ru": ["Своё мнение уже оставили {n} читателей", "Открыть обсуждение ({n}) ›"],
    },
    "readtime": {
        "en": ["A {m}-minute read from the dales desk", "{m} min · grab a cuppa"],
        "tr": ["Yöre masasından {m} dakikalık bir okuma", "{m} dk · bir çay alın"],
        "de": ["Eine Lektüre von {m} Minuten aus der Talredaktion", "{m} Minuten · Zeit für einen Kaffee"],
        "fr": ["Une lecture de {m} minutes signée par la rédaction du pays", "{m} min · le temps d'un café"],
        "es": ["Una lectura de {m} minutos desde la redacción comarcal", "{m} min, lo que tarda en enfriarse un café"],
        "ru": ["Чтение на {m} минут от редакции края", "{m} мин — пока остывает чай"],
    },
    "updated": {
        "en": ["Edited again by the desk on {d} at {t}", "This article was brought up to date at {t} on {d}"],
        "tr": ["Masa tarafından {d} günü {t}'de yeniden düzenlendi", "Bu haber {d} günü {t}'de güncel bilgilerle yenilendi"],
        "de": ["Zuletzt bearbeitet am {d}, {t}", "Dieser Artikel wurde am {d} um {t} auf den neuesten Stand gebracht"],
        "fr": ["Retouché par la rédaction du pays le {d} à {t}", "Cet article a été remis à jour le {d} à {t}"],
        "es": ["Retocada por la redacción comarcal el {d} a las {t}", "Esta noticia se puso al día el {d} a las {t}"],
        "ru": ["Редакция края поправила текст {d} в {t}", "Материал приведён в актуальное состояние {d} в {t}"],
    },
    "audio": {
        "en": ["🎧 Listen to the audio version ({m} min)", "Read aloud by a synthetic voice — press to start"],
        "tr": ["🎧 Sesli sürümü dinleyin ({m} dk)", "Yapay bir ses tarafından okunur — başlatmak için basın"],
        "de": ["🎧 Die Audiofassung anhören ({m} Min.)", "Vorgelesen von einer künstlichen Stimme — zum Starten drücken"],
        "fr": ["🎧 Écouter la version audio ({m} min)", "Lu par une voix de synthèse — appuyez pour lancer"],
        "es": ["🎧 Escucha la versión en audio ({m} min)", "Leído por una voz sintética — pulsa para empezar"],
        "ru": ["🎧 Слушать аудиоверсию ({m} мин)", "Читает синтезированный голос — нажмите, чтобы начать"],
    },
    "app": {
        "en": ["Our app has the mart prices and the weather in one place — download it free", "Finish this story in the {site} app ›"],
        "tr": ["Uygulamamızda pazar fiyatları ve hava durumu bir arada — ücretsiz indirin", "Bu haberi {site} uygulamasında bitirin ›"],
        "de": ["In unserer App: Marktpreise und Wetter an einem Ort — kostenlos laden", "Diesen Artikel in der App von {site} zu Ende lesen ›"],
        "fr": ["Notre appli réunit les cours du marché et la météo — téléchargez-la gratuitement", "Finir cet article dans l'appli {site} ›"],
        "es": ["Nuestra app junta los precios de la lonja y el tiempo — descárgala gratis", "Termina de leer esta noticia en la app de {site} ›"],
        "ru": ["В нашем приложении цены на рынке и погода в одном месте — скачайте бесплатно", "Дочитать материал в приложении «{site}» ›"],
    },
    "bio": {
        "en": ["{by} writes about {section} for {site} and grew up on a hill farm above the dale.", "Every dales story by {by} ›"],
        "tr": ["{by}, {site} için {section} haberleri yazıyor; yaylada bir çiftlikte büyüdü.", "{by} imzalı tüm yöre haberleri ›"],
        "de": ["{by} schreibt für {site} über {section} und ist auf einem Bergbauernhof aufgewachsen.", "Mehr Artikel von {by} ›"],
        "fr": ["{by} couvre la rubrique {section} pour {site} et a grandi dans une ferme de montagne.", "Plus d'articles de {by} ›"],
        "es": ["{by} escribe sobre {section} en {site} y se crio en una granja de montaña.", "Todas las noticias comarcales de {by} ›"],
        "ru": ["{by} пишет о теме «{section}» для «{site}» и вырос на ферме в предгорьях.", "Все материалы автора о нашем крае ›"],
    },
    "tip": {
        "en": ["Got a story from your farm, surgery or school gate? Email news@dalesdesk.example", "Text the newsroom: 07700 900 462"],
        "tr": ["Tarlanızdan, sağlık ocağınızdan ya da okul kapısından bir haber mi var? haber@yoremasasi.example adresine yazın", "Haber merkezine SMS: 0533 900 04 62"],
        "de": ["Haben Sie eine Geschichte vom Hof, aus der Praxis oder vom Schultor? Mail an redaktion@talpost.example", "SMS an die Redaktion: 0152 900 462"],
        "fr": ["Une histoire à raconter depuis votre ferme, votre cabinet ou la sortie d'école ? Écrivez à redac@foirail-infos.example", "SMS à la rédaction : 06 00 90 04 62"],
        "es": ["¿Tienes una historia de tu granja, tu centro de salud o la puerta del colegio? Escribe a redaccion@valle-noticias.example", "Manda un SMS a la redacción: 633 900 462"],
        "ru": ["Есть история с вашей фермы, из поликлиники или от школьных ворот? Пишите на redakciya@dolina-vesti.example", "SMS в редакцию: +7 900 000-04-62"],
    },
    "typo": {
        "en": ["Seen a slip in the spelling — highlight it and press Ctrl+Enter so our subeditors can put it right"],
        "tr": ["Bir yazım kayması gördüyseniz işaretleyip Ctrl+Enter'a basın, düzeltmenlerimiz toparlasın"],
        "de": ["Einen Buchstabendreher gesehen — markieren und Strg+Enter drücken, dann bessert das Korrektorat nach"],
        "fr": ["Une lettre de travers — surlignez-la et appuyez sur Ctrl+Entrée, le secrétariat de rédaction la remettra d'aplomb"],
        "es": ["Si ves una letra bailada, márcala y pulsa Ctrl+Intro para que la mesa de edición la enderece"],
        "ru": ["Увидели, что буквы перепутались, — выделите и нажмите Ctrl+Enter, редакторы поправят"],
    },
    "push": {
        "en": ["Allow {site} to send you alerts about sale days and road closures? Allow · Later"],
        "tr": ["{site} size pazar günleri ve yol kapanışlarıyla ilgili uyarı gönderebilir mi? İzin ver · Sonra"],
        "de": ["Darf {site} Ihnen Hinweise zu Markttagen und Straßensperrungen schicken? Erlauben · Später"],
        "fr": ["Autoriser {site} à vous alerter des jours de foire et des routes coupées ? Oui pour les alertes · Une autre fois"],
        "es": ["¿Permites que {site} te avise de días de feria y cortes de carretera? Permitir · Luego"],
        "ru": ["Разрешить «{site}» присылать уведомления о ярмарках и перекрытии дорог? Разрешить · Позже"],
    },
    "print": {
        "en": ["Print article · Save as PDF · Email a friend", "Tidy copy for the printer, no adverts"],
        "tr": ["Haberi yazdır · PDF olarak kaydet · Bir arkadaşa e-posta gönder", "Yazıcı için reklamsız, derli toplu kopya"],
        "de": ["Artikel drucken · Als PDF speichern · Einem Freund mailen", "Aufgeräumte Fassung für den Drucker, ohne Werbung"],
        "fr": ["Imprimer l'article · Enregistrer en PDF · Envoyer à un ami", "Copie propre pour l'imprimante, sans publicité"],
        "es": ["Imprimir la noticia · Guardar como PDF · Enviar a un amigo", "Copia limpia para la impresora, sin publicidad"],
        "ru": ["Распечатать статью · Сохранить в PDF · Отправить другу", "Аккуратная копия для принтера, без рекламы"],
    },
    "feedback": {
        "en": ["Rate this dales report from one to five stars ★★★★★"],
        "tr": ["Bu yöre haberine bir ile beş arasında yıldız verin ★★★★★"],
        "de": ["Geben Sie diesem Talbericht ein bis fünf Sterne ★★★★★"],
        "fr": ["Donnez de une à cinq étoiles à ce reportage du pays ★★★★★"],
        "es": ["Ponle de una a cinco estrellas a esta noticia comarcal ★★★★★"],
        "ru": ["Поставьте этому материалу о крае от одной до пяти звёзд ★★★★★"],
    },
    "standards": {
        "en": ["{site} is regulated by IPSO and abides by the Editors' Code; tell us if you think we've broken it."],
        "tr": ["{site}, Basın Ahlak Esasları'na uyar; bunları çiğnediğimizi düşünüyorsanız bize yazın."],
        "de": ["{site} hält sich an die Publizistischen Grundsätze des Presserats; sagen Sie uns, wenn wir dagegen verstoßen."],
        "fr": ["{site} respecte la Charte de Munich ; dites-nous si vous pensez que nous y avons manqué."],
        "es": ["{site} se rige por el código deontológico de la FAPE; avísanos si crees que lo hemos incumplido."],
        "ru": ["«{site}» соблюдает Кодекс профессиональной этики журналиста; сообщите нам, если считаете, что мы его нарушили."],
    },
    "topics": {
        "en": ["Topics: {section} · rural life · local economy", "Get every new {section} story from the dales ›"],
        "tr": ["Konular: {section} · kırsal yaşam · yerel ekonomi", "{section} konusundaki her yeni yöre haberini alın ›"],
        "de": ["Themen: {section} · Landleben · lokale Wirtschaft", "Jeden neuen {section}-Artikel aus den Tälern bekommen ›"],
        "fr": ["Thèmes : {section} · vie rurale · économie locale", "Recevoir chaque nouvel article {section} du pays ›"],
        "es": ["Temas: {section} · vida rural · economía local", "Sigue el tema {section} ›"],
        "ru": ["Темы: {section} · сельская жизнь · местная экономика", "Получать каждую новую заметку раздела «{section}» о крае ›"],
    },
    "bookmark": {
        "en": ["🔖 Put this aside for Sunday"],
        "tr": ["🔖 Bunu pazar gününe ayır"],
        "de": ["🔖 Zu meiner Leseliste hinzufügen"],
        "fr": ["🔖 Mettre de côté pour dimanche"],
        "es": ["🔖 Guárdala para el domingo"],
        "ru": ["🔖 Добавить в мой список чтения"],
    },
    "poll": {
        "en": ["Quick vote, is this good news for the area: Yes · No · Too early to say", "You can change your vote until midnight"],
        "tr": ["Hızlı oylama, bu bölge için iyi bir haber mi: Evet · Hayır · Söylemek için erken", "Oyunuzu gece yarısına kadar değiştirebilirsiniz"],
        "de": ["Kurz abgestimmt, ist das eine gute Nachricht für die Gegend: Ja · Nein · Zu früh zu sagen", "Sie können Ihre Stimme bis Mitternacht ändern"],
        "fr": ["Vote express, est-ce une bonne nouvelle pour le coin : Oui · Non · Trop tôt pour le dire", "Vous pouvez changer votre vote jusqu'à minuit"],
        "es": ["Votación rápida, ¿es una buena noticia para la zona?: Sí · No · Es pronto para decirlo", "Puedes cambiar tu voto hasta medianoche"],
        "ru": ["Быстрый опрос, хорошая ли это новость для района: Да · Нет · Пока рано судить", "Голос можно изменить до полуночи"],
    },
    "embed": {
        "en": ["Open {handle}'s Instagram post in the app", "Watch {handle}'s clip on YouTube"],
        "tr": ["{handle} hesabının Instagram gönderisini uygulamada açın", "{handle} kanalının klibini YouTube'da izleyin"],
        "de": ["Den Instagram-Post von {handle} in der App öffnen", "Den Clip von {handle} auf YouTube anschauen"],
        "fr": ["Ouvrir la publication Instagram de {handle} dans l'appli", "Regarder l'extrait de {handle} sur YouTube"],
        "es": ["Abre la publicación de Instagram de {handle} en la app", "Pon el vídeo de {handle} en YouTube"],
        "ru": ["Открыть пост {handle} в приложении Instagram", "Запустить видео {handle} на YouTube"],
    },
    "gallery": {
        "en": ["📷 Swipe through {g} pictures from the day", "Photo gallery: {g} images ›"],
        "tr": ["📷 Günün {g} fotoğrafını kaydırarak görün", "Foto galeri: {g} kare ›"],
        "de": ["📷 Durch {g} Bilder des Tages wischen", "Fotostrecke: {g} Bilder ›"],
        "fr": ["📷 Faites défiler {g} photos de la journée", "Le diaporama du jour en {g} photos ›"],
        "es": ["📷 Desliza por {g} fotos de la jornada", "Fotogalería: {g} imágenes ›"],
        "ru": ["📷 Листайте {g} фотографий с праздника", "Фоторепортаж: {g} снимков ›"],
    },
    "map": {
        "en": ["Open this map full screen ⤢", "Directions: Google Maps · Apple Maps · what3words"],
        "tr": ["Haritayı tam ekran açın ⤢", "Yol tarifi: Google Haritalar · Apple Haritalar · Yandex"],
        "de": ["Karte im Vollbild öffnen ⤢", "Anfahrt: Google Maps · Apple Karten · what3words"],
        "fr": ["Ouvrir la carte en plein écran ⤢", "Itinéraire : Google Maps · Plans d'Apple · Waze"],
        "es": ["Abrir el mapa a pantalla completa ⤢", "Cómo llegar: Google Maps · Mapas de Apple · Waze"],
        "ru": ["Открыть карту на весь экран ⤢", "Маршрут: Яндекс Карты · 2ГИС · Google Maps"],
    },
    "calendar": {
        "en": ["Save the date: iCal · Google · Outlook", "Send me a reminder a week before"],
        "tr": ["Tarihi kaydedin: iCal · Google · Outlook", "Bir hafta önce bana hatırlatma gönder"],
        "de": ["Termin speichern: iCal · Google · Outlook", "Eine Woche vorher an mich erinnern"],
        "fr": ["Réservez la date : iCal · Google · Outlook", "Me le rappeler par courriel huit jours avant"],
        "es": ["Guarda la fecha: iCal · Google · Outlook", "Recuérdamelo una semana antes"],
        "ru": ["Сохранить дату: iCal · Google · Outlook", "Напомнить мне за неделю"],
    },
    "scores": {
        "en": ["Live scores and tables from every local league ›", "Matches · Scores · Standings · Stats"],
        "tr": ["Tüm yerel liglerden canlı skorlar ve tablolar ›", "Maçlar · Skorlar · Sıralama · İstatistik"],
        "de": ["Liveticker und Tabellen aus allen Kreisligen ›", "Spiele · Ticker · Stand · Statistik"],
        "fr": ["Scores en direct et classements de tous les championnats locaux ›", "Matchs · Scores · Classement · Statistiques"],
        "es": ["Marcadores en directo y clasificaciones de todas las ligas locales ›", "Partidos · Marcadores · Tabla · Estadísticas"],
        "ru": ["Онлайн-счёт и таблицы всех местных лиг ›", "Матчи · Счёт · Турнирная таблица · Статистика"],
    },
    "correction": {
        "en": ["This story has been corrected since it was first published."],
        "tr": ["Bu haber ilk yayımlandıktan sonra düzeltildi."],
        "de": ["Dieser Artikel wurde nach der ersten Veröffentlichung korrigiert."],
        "fr": ["Cet article a été corrigé depuis sa première publication."],
        "es": ["Esta noticia se ha corregido después de publicarse por primera vez."],
        "ru": ["Этот материал исправлен после первой публикации."],
    },
    # the three families new in this part
    "dentistfinder": {  # dentist finders: the practices accepting new patients, the postcode form, the urgent-care badge, the waiting-list link
        "en": ["Dental practices accepting new NHS patients", "Find a dentist near you",
               "Urgent dental care out of hours: call 111", "Join a practice waiting list ›"],
        "tr": ["Yeni hasta kabul eden diş klinikleri", "Size en yakın diş hekimini bulun",
               "Acil diş tedavisi için: 112'yi arayın", "Diş hekimi bekleme listesine yazılın ›"],
        "de": ["Zahnarztpraxen, die neue Patienten aufnehmen", "Zahnarzt in Ihrer Nähe finden",
               "Zahnärztlicher Notdienst am Wochenende: 0800 900 4545", "Auf die Warteliste einer Praxis setzen lassen ›"],
        "fr": ["Cabinets dentaires acceptant de nouveaux patients", "Trouver un dentiste près de chez vous",
               "Urgence dentaire le dimanche : appelez le 15", "S'inscrire sur une liste d'attente ›"],
        "es": ["Clínicas dentales que aceptan nuevos pacientes", "Encuentra un dentista cerca de ti",
               "Urgencias dentales: llama al 112", "Apúntate a una lista de espera ›"],
        "ru": ["Стоматологии, где есть запись для новых пациентов", "Найти стоматолога рядом с вами",
               "Острая зубная боль ночью: звоните 103", "Встать в лист ожидания к стоматологу ›"],
    },
    "childcareplaces": {  # childcare-place finders: the vacancies table, the funded-hours link, the search form, the family information service card
        "en": ["Nursery and childminder vacancies this month", "Check if you can get funded childcare hours ›",
               "Search childcare near you", "Family Information Service"],
        "tr": ["Bu ay boş yeri olan kreş ve gündüz bakımevleri", "Ücretsiz kreş desteğinden yararlanıp yararlanamayacağınıza bakın ›",
               "Yakınınızdaki kreşleri arayın", "Aile Danışma Merkezi"],
        "de": ["Freie Plätze in Kitas und bei Tagesmüttern", "Prüfen, ob Ihnen ein beitragsfreier Platz zusteht ›",
               "Kinderbetreuung in der Nähe suchen", "Servicestelle Kinderbetreuung"],
        "fr": ["Places disponibles en crèche et chez les assistantes maternelles", "Vérifier vos droits au complément de libre choix du mode de garde ›",
               "Chercher un mode de garde près de chez vous", "Relais petite enfance"],
        "es": ["Plazas libres en escuelas infantiles y casas nido", "Comprueba si tienes derecho a plaza gratuita de 0 a 3 años ›",
               "Busca una escuela infantil cerca de ti", "Punto de información a las familias"],
        "ru": ["Свободные места в детских садах и группах присмотра", "Проверить право на компенсацию родительской платы ›",
               "Найти детский сад рядом с домом", "Отдел дошкольного образования"],
    },
    "martreport": {  # livestock-mart reports: the latest prices table, the next-sale pill, the report-archive link, the auctioneer's card
        "en": ["Latest sale prices", "Next sale: {nextsale}",
               "Mart reports: the full archive ›", "Talk to the auctioneer"],
        "tr": ["Son pazar fiyatları", "Sonraki pazar: {nextsale}",
               "Hayvan pazarı raporlarının tamamı ›", "Mezat sorumlusuyla görüşün"],
        "de": ["Preise vom letzten Markttag", "Nächster Markt: {nextsale}",
               "Alle Marktberichte im Archiv ›", "Ihr Ansprechpartner am Auktionsring"],
        "fr": ["Derniers cours du marché aux bestiaux", "Prochain marché : {nextsale}",
               "Archives des cotations du foirail ›", "Contacter le commissaire-priseur"],
        "es": ["Últimos precios de la feria", "Próxima feria: {nextsale}",
               "Archivo de cotizaciones del mercado de ganados ›", "Contacta con el subastador"],
        "ru": ["Последние цены на скотном рынке", "Следующие торги: {nextsale}",
               "Архив отчётов о торгах скотом ›", "Связаться с аукционистом"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"dentistfinder": [0, 1, 2, 3], "childcareplaces": [0, 1, 2, 3], "martreport": [0, 1, 2, 3]}
# practices accepting new patients: practice, distance, status
DENTAL_PRACTICES = {
    "en": [("Tanner Street Dental Care", "0.4 miles", "Adults and children"), ("Abbeyfield Dental, Kelderby", "6.1 miles", "Children only"),
           ("Holme Bank Smile Studio", "8.7 miles", "Waiting list open")],
    "tr": [("Kuyucak ADSM, Hastane Cd.", "1,2 km", "Randevu veriyor"), ("Dt. Berna Uçar Muayenehanesi", "2,8 km", "SGK anlaşmalı"),
           ("Gölbaşı Diş Polikliniği", "9,5 km", "Yalnızca çocuk hastalar")],
    "de": [("Praxis Dr. Brunnhuber, Kirchplatz 2", "0,3 km", "ab April"), ("Zahnmedizin am Mühlgraben, Achern", "17,9 km", "nur Kinder"),
           ("Dr. Sonja Keppler, Kappelrodeck", "21,4 km", "Warteliste")],
    "fr": [("Cabinet du Dr Fabre, rue des Lices", "2,1 km", "Nouveaux patients"), ("Centre dentaire mutualiste", "11,3 km", "Enfants uniquement"),
           ("Dr Hélène Marty", "14 km", "Liste d'attente")],
    "es": [("Clínica Dental Olmos", "1,5 km", "Admite pacientes"), ("Centro de Salud Bucodental Ribera", "7,2 km", "Solo menores de 14 años"),
           ("Dentistas Asociados del Valle", "12,6 km", "Lista de espera")],
    "ru": [("Детская поликлиника, ул. Горького, 14", "0,8 км", "Запись открыта"), ("Стоматология «Улыбка плюс»", "3,1 км", "Только взрослые"),
           ("Районная больница, корпус 2", "5,6 км", "Лист ожидания")],
}
# nursery and childminder vacancies: setting, age group, places
CHILDCARE_VACANCIES = {
    "en": [("Little Acorns, Beck Lane", "Under 2s", "1 place"), ("Thorsby Village Pre-School", "3 to 4 years", "4 places"),
           ("Registered childminder, Ollerby", "2 to 3 years", "2 places")],
    "tr": [("Karşıyaka Çocuk Gelişim Merkezi", "3-4 yaş", "Yedek liste"), ("Papatya Kreşi", "4-5 yaş", "3 kontenjan"),
           ("Gündüz bakımevi, Atatürk Mh.", "5-6 yaş", "2 kontenjan")],
    "de": [("Kita Auchtert (im Bau)", "1 bis 3 Jahre", "ab 2028"), ("Kinderhaus Sonnenschein", "3 bis 6 Jahre", "2 Plätze"),
           ("Tagesmutter Petra Ruoff", "unter 3 Jahren", "1 Platz")],
    "fr": [("Crèche Les Petits Brûlis", "10 semaines à 1 an", "3 berceaux"), ("Micro-crèche La Luciole", "1 à 2 ans", "1 place"),
           ("Assistante maternelle, Saint-Aubrac", "2 à 3 ans", "2 places")],
    "es": [("Escuela infantil Los Almendros", "0-1 años", "1 plaza"), ("Casa nido La Colmena", "1-2 años", "2 plazas"),
           ("Escuela infantil municipal", "2-3 años", "Lista de espera")],
    "ru": [("Детский сад № 7 «Рябинка»", "ясли, 1–3 года", "2 места"), ("Детский сад № 12", "3–5 лет", "4 места"),
           ("Группа присмотра «Непоседы»", "от 2 лет", "1 место")],
}
# the family information service card: label, value
FAMILY_SERVICE = {
    "en": [("FIS helpline", "01632 960 733"), ("FIS email", "families@dalesfis.example"), ("FIS opening hours", "Monday to Thursday, 9am to 4.30pm")],
    "tr": [("Aile danışma hattı", "0 (256) 900 73 30"), ("Aile danışma ofisi", "Belediye Ek Hizmet Binası, zemin kat")],
    "de": [("Servicestelle am Telefon", "07333 900 7330"), ("Sprechstunde der Servicestelle", "Di und Do 8:30–12 Uhr, Rathaus Zimmer 21")],
    "fr": [("Relais petite enfance, téléphone", "05 00 90 73 30"), ("Permanences du relais", "mardi et vendredi matin, maison des services")],
    "es": [("Teléfono de información a familias", "941 900 733"), ("Horario de atención a familias", "de lunes a viernes, de 9 a 14 h")],
    "ru": [("Телефон отдела дошкольного образования", "8 (35140) 3-07-33"), ("Приём родителей", "пн–чт с 9 до 17, кабинет 8")],
}
# the latest sale: class, top price, average price
MART_PRICES = {
    "en": [("Store bullocks", "£1,690/head", "£1,412/head"), ("Prime lambs", "412p/kg", "368p/kg"), ("Cull ewes", "£198/head", "£131/head"),
           ("Suckled calves", "£1,120/head", "£874/head")],
    "tr": [("Dana (kesimlik)", "312 TL/kg", "289 TL/kg"), ("Kuzu", "8.900 TL/baş", "7.450 TL/baş"), ("Düve", "96.000 TL/baş", "81.500 TL/baş")],
    "de": [("Jungbullen", "2,38 €/kg", "2,11 €/kg"), ("Kälber (Fleckvieh)", "7,40 €/kg", "6,15 €/kg"), ("Schlachtkühe", "1,92 €/kg", "1,64 €/kg")],
    "fr": [("Broutards aubracs 300-350 kg", "4,25 €/kg vif", "4,08 €/kg vif"), ("Génisses de boucherie", "6,10 €/kg", "5,72 €/kg"),
           ("Vaches de réforme", "4,60 €/kg", "4,12 €/kg")],
    "es": [("Terneros cruzados", "4,35 €/kg vivo", "4,02 €/kg vivo"), ("Añojos", "5,85 €/kg canal", "5,60 €/kg canal"), ("Vacas de desvieje", "1.180 €/cabeza", "910 €/cabeza")],
    "ru": [("Бычки на откорм", "298 ₽/кг", "271 ₽/кг"), ("Ягнята", "14 500 ₽/гол.", "12 100 ₽/гол."), ("Выбракованные коровы", "86 000 ₽/гол.", "72 400 ₽/гол.")],
}
# the auctioneer's card: label, value
MART_AUCTIONEER = {
    "en": [("Auctioneer", "Rob Dinsdale"), ("Mobile", "07700 900 815"), ("Sale entries close", "Friday, 4pm")],
    "tr": [("Mezat sorumlusu", "Kadir Öztürk"), ("Mezat hattı", "0 (256) 900 81 50")],
    "de": [("Auktionator", "Franz Leibold"), ("Auktionsbüro", "07841 900 815")],
    "fr": [("Commissaire-priseur", "Maître Anne Vidalenc"), ("Ligne du foirail", "05 00 90 81 50")],
    "es": [("Subastador", "Julián Carrasco"), ("Teléfono del mercado de ganados", "924 900 815")],
    "ru": [("Аукционист", "Пётр Лузгин"), ("Телефон рынка", "8 (35140) 2-81-50")],
}
# the date of the next sale (the pill)
MART_NEXT = {"en": "Tuesday, 10.30am (prime and store stock)", "tr": "Perşembe, 07.00", "de": "Mittwoch, 6. Mai, 9 Uhr",
             "fr": "mardi 10 novembre, 6 h", "es": "15 de marzo, 8.00", "ru": "суббота, 5 декабря, 8:00"}
WIDGET_ROWS = (("dental practices", DENTAL_PRACTICES), ("childcare vacancies", CHILDCARE_VACANCIES),
               ("family service", FAMILY_SERVICE), ("mart prices", MART_PRICES), ("mart auctioneer", MART_AUCTIONEER),
               ("mart next", MART_NEXT))


# headlines of the linked stories (related lists, sidebars, related-post cards)
HEADLINES = {
    "en": ["Butcher's shop on the square changes hands after 90 years", "New footbridge over the Beck opens in time for the school run",
           "Young farmers' club wins county drama cup", "Mobile library van gets a new route and a heater",
           "Quarry lorries to be banned from the village at school times", "Dale's oldest resident celebrates her 104th birthday"],
    "tr": ["Meydandaki kasap 90 yıl sonra el değiştirdi", "Derenin üzerine yapılan yaya köprüsü okullar açılmadan bitti",
           "Genç çiftçiler tiyatro yarışmasında birinci oldu", "Gezici kütüphane aracı yeni güzergâhında",
           "Taş ocağı kamyonlarına okul saatlerinde köy yasağı", "İlçenin en yaşlısı 104'üncü yaşını kutladı"],
    "de": ["Metzgerei am Marktplatz nach 90 Jahren in neuen Händen", "Neuer Steg über den Bach rechtzeitig zum Schulbeginn fertig",
           "Landjugend gewinnt den Theaterpreis des Kreises", "Bücherbus fährt eine neue Route und hat jetzt eine Heizung",
           "Steinbruch-Laster dürfen zu Schulzeiten nicht mehr durchs Dorf", "Älteste Einwohnerin des Tals feiert ihren 104. Geburtstag"],
    "fr": ["La boucherie de la place change de mains après 90 ans", "La nouvelle passerelle sur le ruisseau ouvre avant la rentrée",
           "Les Jeunes Agriculteurs remportent la coupe de théâtre du département", "Le bibliobus a un nouveau circuit et enfin du chauffage",
           "Les camions de la carrière interdits dans le bourg aux heures d'école", "La doyenne de la vallée fête ses 104 ans"],
    "es": ["La carnicería de la plaza cambia de dueño tras 90 años", "La nueva pasarela sobre el arroyo se abre antes del curso",
           "Los jóvenes agricultores ganan el certamen de teatro provincial", "El bibliobús estrena ruta y calefacción",
           "Prohibido el paso de camiones de la cantera por el pueblo en horario escolar", "La vecina más anciana del valle cumple 104 años"],
    "ru": ["Мясная лавка на площади сменила владельца через 90 лет", "Новый пешеходный мост через речку открыли к началу учебного года",
           "Сельская молодёжь выиграла районный театральный конкурс", "Библиобус получил новый маршрут и печку",
           "Самосвалам из карьера запретили ездить через село в школьные часы", "Старейшей жительнице долины исполнилось 104 года"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["ru"]
TEASERS = {
    "ru": ["Новый хозяин обещает сохранить вывеску и рецепт домашней колбасы.",
           "Старый мостик смыло весенним паводком два года назад.",
           "Спектакль по Шукшину ставили всем селом почти полгода.",
           "Теперь библиобус будет заезжать ещё в четыре деревни.",
           "Родители собирали подписи с прошлой осени.",
           "Юбилярша до сих пор сама печёт пироги на всю родню."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Latest from the dales", "Farming and the marts", "Surgeries, hospitals and care", "Schools and families", "Business and jobs", "Shows, fairs and what's on", "Letters and opinion"],
               cookie="This website uses cookies and similar technologies. Strictly necessary ones are always on; with your consent we also use cookies for audience measurement and to show you relevant adverts from local firms. You can withdraw consent at any time from the Cookie preferences link in the footer.",
               accept="Accept and close", reject="Reject non-essential cookies", share="Send this dales story to someone",
               related="Further reading from the dales", newsletter="Dales Daybreak: the morning's local headlines at 6.30am",
               subscribe="Get Dales Daybreak", email="name@dales-daybreak.example",
               comment_note="Comments are moderated and appear once approved. Please keep them civil, on topic and free of personal details.",
               closed="We've closed comments on this dales report.",
               footer=["Who's who in the dales newsroom", "Report an error in our reporting", "Privacy notice and cookie preferences", "Advertise with the dales titles", "Terms for using the dales websites"],
               rights="Content on this website is the copyright of its publisher and must not be copied or redistributed without permission.",
               commenters=[("Kelderby_Ken", "Great to see the dale getting some good news for a change."),
                           ("Margaret from Low Moor", "We could do with the same over our side of the valley.")]),
    "tr": dict(nav=["Yöreden son haberler", "Tarım ve hayvan pazarları", "Sağlık ve bakım", "Okullar ve aileler", "İş dünyası ve istihdam", "Fuarlar, şenlikler, etkinlikler", "Okurlardan mektuplar, yazarlardan yorumlar"],
               cookie="Bu web sitesi çerezler ve benzeri teknolojiler kullanır. Zorunlu çerezler her zaman açıktır; izninizle ziyaretçi ölçümü ve yerel firmaların size uygun reklamları için de çerez kullanırız. Onayınızı alt bilgideki Çerez tercihleri bağlantısından dilediğiniz an geri çekebilirsiniz.",
               accept="Kabul et ve kapat", reject="Yalnızca zorunlu çerezlerle devam et", share="Bu yöre haberini birine gönderin",
               related="Yöreden ek okumalar", newsletter="Yöre Sabahı: sabahın yerel manşetleri saat 06.30'da",
               subscribe="Yöre Sabahı'nı alın", email="adiniz@yore-sabahi.example",
               comment_note="Yorumlar moderasyondan geçer ve onaylandıktan sonra görünür. Lütfen nazik olun, konudan sapmayın ve kişisel bilgi paylaşmayın.",
               closed="Bu yöre haberine yorum yazma kapatıldı.",
               footer=["Yöre haber merkezinde kim kimdir", "Haberimizdeki bir hatayı bildirin", "Gizlilik bildirimi ve çerez tercihleri", "Yöre gazetelerine ilan verin", "Web sitesi kullanım koşulları"],
               rights="Bu web sitesindeki içeriğin telif hakkı yayıncısına aittir ve izinsiz kopyalanamaz ya da dağıtılamaz.",
               commenters=[("kuyucakli_remzi", "Nihayet yöremizden sevindirici bir haber."),
                           ("Dereköylü Nazmiye", "Aynısı bizim köye de lazım, umarım sıra bize de gelir.")]),
    "de": dict(nav=["Neues aus den Tälern", "Landwirtschaft und Märkte", "Gesundheit und Pflege", "Schulen und Familien", "Betriebe, Handwerk und Jobs", "Feste, Märkte, Veranstaltungen", "Leserbriefe und Meinung"],
               cookie="Diese Website nutzt Cookies und ähnliche Technologien. Unbedingt erforderliche sind immer aktiv; mit Ihrer Einwilligung nutzen wir Cookies auch zur Reichweitenmessung und für passende Werbung von Betrieben aus der Region. Sie können Ihre Einwilligung jederzeit über den Link Cookie-Einstellungen in der Fußzeile widerrufen.",
               accept="Akzeptieren und schließen", reject="Nur mit den notwendigen Cookies weiter", share="Diese Geschichte an Freunde weitergeben",
               related="Weiterlesen aus den Tälern", newsletter="Talfrühstück: die Lokalschlagzeilen des Morgens um 6.30 Uhr",
               subscribe="Talfrühstück bestellen", email="name@talfruehstueck.example",
               comment_note="Kommentare werden moderiert und erscheinen nach Freigabe. Bitte bleiben Sie sachlich, beim Thema und nennen Sie keine persönlichen Daten.",
               closed="Unter diesem Talbericht ist die Diskussion geschlossen.",
               footer=["Wer in der Talredaktion arbeitet", "Einen Fehler in unserer Berichterstattung melden", "Datenschutzhinweise und Cookie-Einstellungen", "Werben in den Talzeitungen", "Regeln für die Nutzung der Talportale"],
               rights="Die Inhalte dieser Website sind urheberrechtlich geschützt und dürfen ohne Erlaubnis des Verlags weder kopiert noch weiterverbreitet werden.",
               commenters=[("Acherbauer_Sepp", "Endlich mal wieder eine gute Nachricht aus dem Tal."),
                           ("Hanne aus Kappelrodeck", "So etwas bräuchten wir bei uns drüben auch.")]),
    "fr": dict(nav=["Les dernières infos du pays", "Agriculture et foirails", "Santé et soins", "Écoles et familles", "Entreprises et emploi", "Foires, fêtes et sorties", "Vos lettres et nos billets d'humeur"],
               cookie="Ce site utilise des cookies et des technologies similaires. Ceux qui sont strictement nécessaires sont toujours actifs ; avec votre accord, nous utilisons aussi des cookies de mesure d'audience et pour vous montrer des publicités d'entreprises locales. Vous pouvez retirer votre consentement à tout moment via le lien Préférences cookies en bas de page.",
               accept="D'accord, je ferme", reject="Refuser les cookies non essentiels", share="Transmettre cet article à un proche",
               related="À lire aussi dans le pays", newsletter="Le Réveil du pays : les titres locaux du matin à 6 h 30",
               subscribe="Recevoir Le Réveil du pays", email="nom@reveil-du-pays.example",
               comment_note="Les commentaires sont modérés et publiés après validation. Restez courtois, dans le sujet, et ne donnez pas d'informations personnelles.",
               closed="Les commentaires sont fermés sous ce reportage du pays.",
               footer=["Qui fait quoi à la rédaction du pays", "Signaler une erreur dans nos articles", "Politique de confidentialité et préférences cookies", "Faire de la publicité dans nos titres", "Règles d'usage des sites du pays"],
               rights="Les contenus de ce site sont la propriété de leur éditeur et ne peuvent être copiés ni diffusés sans autorisation.",
               commenters=[("Pierrot_du_Causse", "Enfin une bonne nouvelle pour le pays, ça fait plaisir."),
                           ("Odile de Lacroix-Barrez", "Il nous faudrait la même chose de notre côté de la rivière.")]),
    "es": dict(nav=["Recién llegado de los pueblos", "Campo y ferias de ganado", "Salud y cuidados", "Colegios y familias", "Negocios, oficios y trabajo", "Ferias, fiestas y planes", "Cartas de lectores y columnas"],
               cookie="Esta web utiliza cookies y tecnologías similares. Las estrictamente necesarias están siempre activas; con tu consentimiento usamos también cookies para medir la audiencia y mostrarte anuncios de negocios de la zona. Puedes retirar tu consentimiento cuando quieras desde el enlace Preferencias de cookies del pie de página.",
               accept="Vale, cerrar este aviso", reject="Rechazar las cookies no esenciales", share="Pásale esta noticia a un amigo",
               related="Más lecturas de la comarca", newsletter="Amanecer comarcal: los titulares locales de la mañana a las 6.30",
               subscribe="Recibir Amanecer comarcal", email="nombre@amanecer-comarcal.example",
               comment_note="Los comentarios se moderan y aparecen una vez aprobados. Sé respetuoso, no te salgas del tema y no publiques datos personales.",
               closed="Esta noticia comarcal ya no admite comentarios.",
               footer=["Quién es quién en la redacción comarcal", "Comunica un error en nuestras noticias", "Aviso de privacidad y preferencias de cookies", "Anúnciate en nuestras cabeceras", "Normas de uso de las webs comarcales"],
               rights="Los contenidos de esta web son propiedad de su editor y no pueden copiarse ni difundirse sin permiso.",
               commenters=[("Ganadero_de_la_Vega", "Por fin una buena noticia para la comarca."),
                           ("Puri de Torrelobos", "Eso mismo nos haría falta en nuestro lado del río.")]),
    "ru": dict(nav=["Последние новости края", "Сельское хозяйство и ярмарки", "Здоровье и уход", "Школы и семьи", "Предприятия, ремёсла и вакансии", "Праздники, ярмарки, афиша", "Письма читателей и колонки"],
               cookie="Этот сайт использует cookie и похожие технологии. Строго необходимые включены всегда; с вашего согласия мы также используем cookie для подсчёта аудитории и показа рекламы местных компаний. Отозвать согласие можно в любой момент по ссылке «Настройки cookie» внизу страницы.",
               accept="Принять и закрыть", reject="Отклонить необязательные cookie", share="Передать материал знакомым",
               related="Ещё почитать о нашем крае", newsletter="Утро края: местные заголовки в 6:30",
               subscribe="Получать «Утро края»", email="imya@utro-kraya.example",
               comment_note="Комментарии проходят модерацию и появляются после одобрения. Будьте вежливы, не отходите от темы и не публикуйте личные данные.",
               closed="Комментирование этого материала отключено.",
               footer=["Кто есть кто в редакции края", "Сообщить об ошибке в публикации", "Политика конфиденциальности и настройки cookie", "Реклама в наших изданиях", "Правила пользования сайтами края"],
               rights="Материалы сайта принадлежат издателю и не могут копироваться или распространяться без разрешения.",
               commenters=[("Kamennogorsk_Sanych", "Наконец-то хорошая новость для нашего района."),
                           ("Тамара из Заречья", "Нам бы такое же на нашем берегу.")]),
}
UI62 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "MORE FROM UP THE DALE:"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"en": "{name} has written about {section} for {site} since moving to the dale. Story ideas to dalesdesk@chronicle-upperdale.example"},
    (mp4, "READMORE"): {"tr": "YAYLA POSTASI'NDA BUNLAR DA VAR:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"en": dict(also="More from the Town Crier")},
    (mp6, "TYPO3"): {"en": dict(ext="Flythrough of the youth centre plans (Vimeo)",
                                note="An animated flythrough of the plans for the old fire station is embedded here. Vimeo only serves it after you say yes, and is then told about your visit.",
                                button="Agree and play the flythrough", by="Published by", search="Search the town council website",
                                lang_menu="Ravensby in Easy Read")},
    (mp7, "SANITY"): {"es": dict(nl_title="La Sierra al anochecer", nl_text="Fiestas, plenos, carreteras y qué hacer en los pueblos de la sierra, en un correo cada tarde a las ocho.",
                                 nl_button="Quiero La Sierra al anochecer", nl_placeholder="Tu correo para La Sierra al anochecer")},
    (mp11, "HUGO"): {"fr": dict(nl_title="La Lettre des Coteaux", nl_text="Chaque samedi matin : la santé, les écoles, les marchés et les fêtes des coteaux, en un seul courriel.",
                                nl_label="Votre adresse pour La Lettre des Coteaux", nl_button="Recevoir La Lettre des Coteaux")},
    (mp13, "PUB_NAV"): {"ru": ["Новое в «Тетрадях»", "Люди Заволжья", "Деревни и ремёсла", "Поддержать «Тетради Заволжья»"]},
    (mp13, "TEASERS"): {"ru": TEASERS["ru"]},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Верхние Ключи — село с трёхсотлетней историей",
                                menu=["Верхние Ключи — главная", "Новости Верхних Ключей", "Объявления сельсовета", "История Верхних Ключей", "Фотографии Верхних Ключей", "Написать в Верхние Ключи"],
                                cats=["Что нового в Ключах", "Юбилей села", "Из истории Верхних Ключей"],
                                friends=["Школа села Верхние Ключи", "Хор «Ключевские зори»", "Землячество верхнеключевцев"],
                                footer="Село Верхние Ключи © 2026 · сайт ведут односельчане бесплатно",
                                poster="vkluchi_admin", tags=["300 лет селу", "праздник"],
                                commenters=[("Люба_Ключевская", "Какой был праздник! Спасибо всем, кто готовил пироги."),
                                            ("Земляк_из_Самары", "Приехал впервые за двадцать лет, до слёз. Книгу купил сразу две.")],
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
# the new layout: a trade-press / regional business-news publication whose news site is a HubSpot CMS blog, as
# HubSpot serves a blog post to a reader: the head with the jQuery shim from /hs/hsstatic, the hs_cos_wrapper /
# cta_button inline styles, the theme's template_main.min.css and module CSS from hubfs/hub_generated, the og: and
# twitter: metas, the amphtml and RSS links, js.hsforms.net; the body-wrapper with the global header partial built
# from drag-and-drop rows (row-fluid-wrapper dnd-section, row-fluid, span12 widget-span widget-type-custom_widget
# dnd-module) holding the logo module and the hs-menu-wrapper flyout menu (hs-menu-item hs-menu-depth-1 / -2, the
# children wrapper); main.body-container-wrapper with the blog post template: the featured image, the
# "blog-post__title" h1 holding span#hs_cos_wrapper_name, "blog-post__meta" with the author's avatar and link, the
# date and the reading time, the post body in span#hs_cos_wrapper_post_body (class "hs_cos_wrapper
# hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text") as HubSpot's rich-text editor writes it (p, h2, strong,
# em, the highlight span style, blockquote, ul / ol, the data-hs-responsive-table table, an hs-fs image with its
# centred caption line after the first paragraph, the <!--more--> separator, a call-to-action in the hs-cta-wrapper
# at the end of the body), the tag links, the "Related posts" cards, the blog comments module (the comments listing
# and the "Leave a comment" form) and the blog-subscribe module with HubSpot's embedded form (hs-form, e-mail field,
# frequency radios, legal-consent checkbox, Submit); the global footer partial (hs-footer: the footer menu, the social
# follow icons with their svg titles, the address, copyright, Privacy policy and Cookie policy); HubSpot's own cookie
# banner (hs-banner-parent, hs-eu-cookie-confirmation with the policy wording, "Cookie settings", "Accept",
# "Decline"); the template JS, the HubSpot analytics code (_hsq pushes, hs-script-loader) and hsVars
# --------------------------------------------------------------------------
# the platform's and the theme's generic strings, per language (not checked)
HUBSPOT_CORE = {
    "en": dict(skip="Skip to content", menu="Main menu", readtime="{m} min read", tags="Topics:", related="Related posts",
               comments="Comments", leave="Leave a comment", first="First Name", last="Last Name", email="Email",
               website="Website (optional)", comment="Comment", submit="Submit", reply="Reply", subscribe="Subscribe to our newsletter",
               freq="Notification Frequency", instant="Instant", weekly="Weekly", monthly="Monthly", required="*",
               privacy="Privacy policy", cookies="Cookie policy", settings="Cookie settings", accept="Accept", decline="Decline",
               picture="Picture of {name}", search="Search", months=["January", "February", "March", "April", "May", "June", "July",
                                                                     "August", "September", "October", "November", "December"],
               banner_label="Cookie banner", follow="Follow us on {net}"),
    "fr": dict(skip="Aller au contenu", menu="Menu principal", readtime="{m} min de lecture", tags="Sujets :", related="Articles similaires",
               comments="Commentaires", leave="Laisser un commentaire", first="Prénom", last="Nom", email="E-mail",
               website="Site web (facultatif)", comment="Commentaire", submit="Envoyer", reply="Répondre", subscribe="Abonnez-vous à notre newsletter",
               freq="Fréquence des notifications", instant="Immédiate", weekly="Hebdomadaire", monthly="Mensuelle", required="*",
               privacy="Politique de confidentialité", cookies="Politique relative aux cookies", settings="Paramètres des cookies",
               accept="Accepter", decline="Refuser", picture="Photo de {name}", search="Rechercher",
               months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
               banner_label="Bannière de cookies", follow="Suivez-nous sur {net}"),
}
# the publications' own strings: domain and portal (exempt), blog path, tagline, menu, the call-to-action in the post
# body, the subscribe form's consent text, the cookie banner's wording, footer address and copyright, the related
# posts' authors and the commenters
HUBSPOT = {
    "Fellside Business Insider": dict(
        domain="www.fellsidebusiness.example", portal="25418306", blog="news",
        tagline="Business news for the northern dales and fells",
        menu=[("Latest business news", "/news", []),
              ("Sectors", None, [("Farming and land", "/news/tag/agriculture"), ("Manufacturing", "/news/tag/manufacturing"),
                                 ("Tourism and hospitality", "/news/tag/tourism"), ("Property and construction", "/news/tag/property")]),
              ("People on the move", "/news/tag/appointments", []), ("Fellside Business Awards", "/awards", []),
              ("Advertising in the Insider", "/advertise", [])],
        cta="Download the Fellside Farm Economy Report 2026",
        cta_alt="Get the Fellside Farm Economy Report",
        consent="Fellside Business Insider will use your email address to send you our weekly business briefing. You can unsubscribe with one click from any email.",
        consent_box="Yes, send me the weekly business briefing from Fellside Business Insider.",
        banner="Fellside Business Insider uses cookies to understand how readers find and use our news, and to measure our advertising. Read our cookie policy to find out which cookies we set and why.",
        address="Fellside Business Insider Ltd, Unit 4, Mill Yard, Kelderby KB7 2RT",
        copyright="© 2026 Fellside Business Insider Ltd. Registered in England no. 09461827.",
        footer_menu=[("About Fellside Business Insider", "/about"), ("Send us your business news", "/contact"), ("Complaints about an Insider story", "/complaints")],
        social=[("LinkedIn", "https://www.linkedin.com/company/fellside-business-insider"), ("X", "https://x.com/fellsidebiz"),
                ("Facebook", "https://www.facebook.com/fellsidebusinessinsider")],
        authors=["Harriet Ollerenshaw", "Sam Bickerdike", "Priya Weatherall"],
        commenters=[("Ian Hebblewhite", "Well done to the team at Carrow Bridge. A covered ring is long overdue, the old pens were grim in February."),
                    ("Lorna Speight", "Will the online bidding be open to buyers from Scotland as well?")]),
    "Le Fil Éco des Deux-Rives": dict(
        domain="www.lefileco-deuxrives.example", portal="143907652", blog="actualites",
        tagline="L'actualité des entreprises entre Lèze et Garonne",
        menu=[("Toute l'actu éco", "/actualites", []),
              ("Filières", None, [("Agroalimentaire", "/actualites/tag/agroalimentaire"), ("Industrie et bois", "/actualites/tag/industrie"),
                                  ("Commerce et artisanat", "/actualites/tag/commerce"), ("Transport et logistique", "/actualites/tag/transport")]),
              ("Nominations", "/actualites/tag/nominations", []), ("Trophées de l'entreprise", "/trophees", []),
              ("Annoncer dans le Fil Éco", "/annonceurs", [])],
        cta="Télécharger le baromètre de l'emploi des Deux-Rives",
        cta_alt="Baromètre de l'emploi des Deux-Rives",
        consent="Le Fil Éco des Deux-Rives utilise votre adresse e-mail pour vous envoyer sa lettre hebdomadaire. Vous pouvez vous désinscrire en un clic depuis chaque envoi.",
        consent_box="Oui, je souhaite recevoir la lettre hebdomadaire du Fil Éco des Deux-Rives.",
        banner="Le Fil Éco des Deux-Rives dépose des cookies pour savoir comment nos lecteurs trouvent et lisent nos articles, et pour mesurer nos campagnes. Notre politique relative aux cookies détaille lesquels et pourquoi.",
        address="Le Fil Éco des Deux-Rives SAS, 12 allée des Tanneurs, 31870 Saint-Aubrac-sur-Lèze",
        copyright="© 2026 Le Fil Éco des Deux-Rives SAS. Tous droits de reproduction réservés.",
        footer_menu=[("L'équipe du Fil Éco", "/qui-sommes-nous"), ("Envoyer un communiqué", "/contact"), ("Mentions légales du Fil Éco", "/mentions-legales")],
        social=[("LinkedIn", "https://www.linkedin.com/company/le-fil-eco-deux-rives"), ("Facebook", "https://www.facebook.com/lefileco.deuxrives"),
                ("Instagram", "https://www.instagram.com/lefileco_deuxrives")],
        authors=["Gaëlle Pradier", "Julien Sabatier", "Inès Bourrel"],
        commenters=[("Christelle Mauran", "Il était temps. Dans notre PME on attend ça depuis des années, on va demander combien coûte un berceau."),
                    ("Damien Rouzaud", "Et pour les salariés qui travaillent de nuit, il y a une solution prévue ?")]),
}
HUBSPOT_EXEMPT = {"domain", "portal", "blog", "social"}  # (the social networks' names and the accounts' addresses)
HS_SOCIAL_PATHS = {"LinkedIn": "M20.4 20.4h-3.6v-5.6c0-1.3 0-3-1.8-3s-2.1 1.4-2.1 2.9v5.7H9.3V9h3.4v1.6c.5-.9 1.6-1.8 3.4-1.8 3.6 0 4.3 2.4 4.3 5.5v6.1z",
                   "X": "M18.2 2.3h3.3l-7.2 8.3 8.5 11.2h-6.7l-5.2-6.8-6 6.8H1.6l7.7-8.8L1.2 2.3H8l4.7 6.2 5.5-6.2z",
                   "Facebook": "M22 12a10 10 0 1 0-11.6 9.9v-7H7.9V12h2.5V9.8c0-2.5 1.5-3.9 3.8-3.9 1.1 0 2.2.2 2.2.2v2.5h-1.3c-1.2 0-1.6.8-1.6 1.6V12h2.8l-.4 2.9h-2.3v7A10 10 0 0 0 22 12z",
                   "Instagram": "M12 2.2c3.2 0 3.6 0 4.8.1 3.3.1 4.8 1.7 4.9 4.9.1 1.3.1 1.6.1 4.8s0 3.6-.1 4.8c-.1 3.2-1.7 4.8-4.9 4.9-1.3.1-1.6.1-4.8.1s-3.6 0-4.8-.1C3.9 21.6 2.4 20 2.3 16.8 2.2 15.6 2.2 15.2 2.2 12s0-3.6.1-4.8C2.4 3.9 3.9 2.4 7.2 2.3 8.4 2.2 8.8 2.2 12 2.2z"}


def hs_guid(rng):
    h = "%032x" % rng.getrandbits(128)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def hs_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    months = HUBSPOT_CORE[lang]["months"]
    return ("%s %d, %d" % (months[m - 1], d, y)) if lang == "en" else ("%d %s %d" % (d, months[m - 1], y))


def hs_slug(text):
    import unicodedata
    t = unicodedata.normalize("NFKD", mp.inline_text(text)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:70]


def hs_table(rows):
    # a table inserted with the rich-text editor: the responsive wrapper and inline border styles
    width = "%.2f%%" % (100.0 / len(rows[0]))
    cell = 'style="width: %s; padding: 4px; border: 1px solid #99acc2;"' % width
    trs = []
    for k, r in enumerate(rows):
        inner = "".join("<td %s>%s</td>" % (cell, ("<strong>%s</strong>" if k == 0 else "%s") % mp.inline_html(c)) for c in r)
        trs.append("<tr>%s</tr>" % inner)
    return ('<div data-hs-responsive-table="true" style="overflow-x: auto; max-width: 100%; width: 100%; margin-left: auto; margin-right: auto;">'
            '<table style="width: 100%; border-collapse: collapse; table-layout: fixed; border: 1px solid #99acc2;"><tbody>'
            + "".join(trs) + '</tbody></table></div>')


def hs_block(kind, val):
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return '<h2 style="font-size: 24px;">%s</h2>' % E(val)
    if kind == "q":
        return "<blockquote>%s</blockquote>" % mp.inline_html(val)
    if kind == "table":
        return hs_table(val)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def hs_wrapper(name, inner, kind="module", tag="div", extra=""):
    return ('<%s id="hs_cos_wrapper_%s" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_%s%s" style="" '
            'data-hs-cos-general-type="widget" data-hs-cos-type="%s">%s</%s>') % (tag, name, kind, extra, kind, inner, tag)


def hs_dnd_row(depth, number, inner):
    return ('<div class="row-fluid-wrapper row-depth-%d row-number-%d dnd-section">\n<div class="row-fluid ">\n'
            '<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">\n'
            '%s\n</div><!--end widget-span -->\n</div><!--end row-->\n</div><!--end row-wrapper -->') % (depth, number, inner)


def hs_menu(items, host, menu_id, name):
    lis = []
    for label, href, children in items:
        if children:
            kids = "".join('<li class="hs-menu-item hs-menu-depth-2" role="none"><a href="%s%s" role="menuitem">%s</a></li>' % (host, h, E(t))
                           for t, h in children)
            lis.append('<li class="hs-menu-item hs-menu-depth-1 hs-item-has-children" role="none"><a href="javascript:;" aria-haspopup="true" '
                       'aria-expanded="false" role="menuitem">%s</a>\n<ul role="menu" class="hs-menu-children-wrapper">%s</ul></li>' % (E(label), kids))
        else:
            lis.append('<li class="hs-menu-item hs-menu-depth-1" role="none"><a href="%s%s" role="menuitem">%s</a></li>' % (host, href, E(label)))
    return ('<div id="hs_menu_wrapper_%s" class="hs-menu-wrapper active-branch flyouts hs-menu-flow-horizontal" role="navigation" '
            'data-sitemap-name="default" data-menu-id="%s" aria-label="Navigation Menu">\n<ul role="menu">\n%s\n</ul>\n</div>') % (
        name, menu_id, "\n".join(lis))


def tpl_hubspot(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = HUBSPOT_CORE[lang], HUBSPOT[site]
    host = "https://" + s["domain"]
    blog = "/" + s["blog"]
    slug_ = hs_slug(art["title"])
    url = "%s%s/%s" % (host, blog, slug_)
    portal = s["portal"]
    page_id = rng.randint(180000000000, 199999999999)
    group_id = rng.randint(90000000000, 99999999999)
    menu_id = rng.randint(100000000000, 199999999999)
    ts = rng.randint(1760000000000, 1790000000000)
    tpl_path = "hub_generated/template_assets/1/%d/%d" % (rng.randint(150000000000, 199999999999), ts)
    mod_path = "hub_generated/module_assets/1/%d/%d" % (rng.randint(150000000000, 199999999999), ts + 7)
    cta_id, form_id = hs_guid(rng), hs_guid(rng)
    blocks, n = art["blocks"], len(art["blocks"])
    img = "%s/hs-fs/hubfs/%s/%s.jpg" % (host, s["blog"], slug_[:40])
    words = len(story_truth(art["truth_blocks"]).split())
    readtime = c["readtime"].replace("{m}", str(max(1, round(words / 220))))
    # the post body: the first paragraph, the <!--more--> separator, the image with its caption line, the rest, the
    # call-to-action the editor inserted at the end
    body = placed.get(0, []) + [hs_block(*blocks[0])]
    body.append("<!--more-->")
    body.append(('<p><img src="%s?width=1200&amp;name=%s.jpg" width="1200" loading="lazy" alt="%s" style="width: 1200px; margin-left: auto; '
                 'margin-right: auto; display: block;" srcset="%s?width=600&amp;name=%s.jpg 600w, %s?width=1200&amp;name=%s.jpg 1200w" '
                 'sizes="(max-width: 1200px) 100vw, 1200px"></p>\n<p style="text-align: center; font-size: 13px;"><em>%s %s</em></p>') % (
        img, slug_[:40], A(art["caption"]), img, slug_[:40], img, slug_[:40], E(art["caption"]), E(art["credit"])))
    for i in range(1, n + 1):
        body.extend(placed.get(i, []))
        if i < n:
            body.append(hs_block(*blocks[i]))
    body.append(('<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-%s"><span class="hs-cta-node hs-cta-%s" id="hs-cta-%s">'
                 '<!--[if lte IE 8]><div id="hs-cta-ie-element"></div><![endif]--><a href="https://cta-redirect.hubspot.com/cta/redirect/%s/%s" class="cta_button" '
                 'title="%s">%s</a></span><script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript"> '
                 'hbspt.cta._relativeUrls=true;hbspt.cta.load(%s, \'%s\', {"useNewLoader":"true","region":"eu1"}); </script></span>'
                 '<!-- end HubSpot Call-to-Action Code -->') % (cta_id, cta_id, cta_id, portal, cta_id, A(s["cta_alt"]), E(s["cta"]), portal, cta_id))
    # header: logo and menu modules in drag-and-drop rows
    logo = hs_wrapper("header_logo", (
        '<span id="hs_cos_wrapper_header_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" style="" '
        'data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="%s" id="hs-link-header_logo_hs_logo_widget" style="border-width:0px;border:0px;">'
        '<img src="%s/hubfs/raw_assets/public/logo.svg" class="hs-image-widget " height="48" style="height: auto;width:210px;border-width:0px;border:0px;" '
        'width="210" alt="%s" title="%s"></a></span>') % (host, host, A(site), A(site)), extra=" widget-type-logo")
    menu = hs_wrapper("header_menu", '<nav aria-label="%s" class="navigation-primary">%s</nav>' % (
        A(c["menu"]), hs_menu(s["menu"], host, menu_id, "header_menu_")), extra=" widget-type-menu")
    tagline = hs_wrapper("header_tagline", '<span id="hs_cos_wrapper_header_tagline_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_text" '
                         'style="" data-hs-cos-general-type="widget" data-hs-cos-type="text">%s</span>' % E(s["tagline"]), extra=" widget-type-text")
    search = hs_wrapper("header_search", ('<div class="hs-search-field"><div class="hs-search-field__bar"><form data-hs-do-not-collect="true" action="/hs-search-results">'
                                          '<label class="show-for-sr" for="term">%s</label><input type="text" class="hs-search-field__input" name="term" autocomplete="off" '
                                          'aria-label="%s" placeholder="%s"><input type="hidden" name="type" value="BLOG_POST"><button aria-label="%s">'
                                          '<span id="hs_cos_wrapper_header_search_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_icon" style="" '
                                          'data-hs-cos-general-type="widget" data-hs-cos-type="icon"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" '
                                          'aria-hidden="true"><g><path d="M505 442.7L405.3 343c-4.5-4.5-10.6-7-17-7H372c27.6-35.3 44-79.7 44-128C416 93.1 322.9 0 208 0S0 93.1 0 208s93.1 208 208 208"></path></g></svg></span></button></form></div>'
                                          '<ul class="hs-search-field__suggestions"></ul></div>') % (E(c["search"]), A(c["search"]), A(c["search"]), A(c["search"])),
                        extra=" widget-type-search_input")
    header = "\n".join([hs_dnd_row(1, 1, logo + "\n" + tagline), hs_dnd_row(1, 2, menu + "\n" + search)])
    # tags, related posts, comments, subscribe form
    tags = ", ".join('<a class="blog-post__tag-link" href="%s%s/tag/%s" rel="tag">%s</a>' % (host, blog, hs_slug(t), E(t))
                     for t in [art["section"]] + art.get("hs_tags", []))
    cards = []
    for k, h in enumerate(rng.sample(HEADLINES[lang], 3)):
        href = "%s%s/%s" % (host, blog, hs_slug(h))
        who = s["authors"][k % len(s["authors"])]
        cards.append((
            '<article class="blog-related-posts__post" aria-label="Blog post summary: %s">\n'
            '<a class="blog-related-posts__post-image-wrapper" href="%s" aria-label="%s"><img class="blog-related-posts__image" '
            'src="%s/hs-fs/hubfs/%s/%s.jpg?width=420&amp;name=%s.jpg" loading="lazy" alt=""></a>\n'
            '<div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="%s">%s</a></h3>\n'
            '<p class="blog-related-posts__author">%s</p></div>\n</article>') % (
            A(h), href, A(h), host, s["blog"], hs_slug(h)[:30], hs_slug(h)[:30], href, E(h), E(who)))
    comments = []
    for k, (who, text) in enumerate(s["commenters"]):
        cid = rng.randint(10000000000, 99999999999)
        comments.append((
            '<div class="comment-row" id="comment-%d">\n<p class="comment-from"><span class="comment-author">%s</span> '
            '<span class="comment-date">%s</span></p>\n<div class="comment-body"><p>%s</p></div>\n'
            '<a class="comment-reply-to" href="#comment-%d" data-comment-id="%d">%s</a>\n</div>') % (
            cid, E(who), E(hs_date(lang, art["date"])), E(text), cid, cid, E(c["reply"])))
    ctx = json.dumps({"embedAtTimestamp": str(ts), "formDefinitionUpdatedAt": str(ts - 86400000), "lang": lang,
                      "disableCookieSubmission": "true", "pageUrl": url, "pageTitle": art["title"], "source": "FormsNext-static-5.1063",
                      "canonicalUrl": url, "pageId": str(page_id), "isHubSpotCmsGeneratedPage": True, "formTarget": "#hs_form_target_blog_subscribe"},
                     ensure_ascii=False)
    form = (
        '<form novalidate accept-charset="UTF-8" action="https://forms-eu1.hsforms.com/submissions/v3/public/submit/formsnext/multipart/%s/%s" '
        'enctype="multipart/form-data" id="hsForm_%s" method="POST" class="hs-form stacked hs-custom-form hs-form-private hsForm_%s hs-form-%s hs-form-%s_%s" '
        'data-form-id="%s" data-portal-id="%s" target="target_iframe_%s" data-reactid=".hbspt-forms-0">\n'
        '<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label id="label-email-%s" for="email-%s"><span>%s</span>'
        '<span class="hs-form-required">%s</span></label><legend class="hs-field-desc" style="display: none;"></legend>'
        '<div class="input"><input id="email-%s" name="email" required placeholder="" type="email" class="hs-input" inputmode="email" autocomplete="email" value=""></div></div>\n'
        '<div class="hs_blog_%s_subscription hs-blog_%s_subscription hs-fieldtype-radio field hs-form-field"><label><span>%s</span></label>'
        '<div class="input"><ul class="inputs-list" role="radiogroup">'
        '<li class="hs-form-radio" role="radio"><label class="hs-form-radio-display"><input type="radio" class="hs-input" name="blog_subscription" value="instant"><span>%s</span></label></li>'
        '<li class="hs-form-radio" role="radio"><label class="hs-form-radio-display"><input type="radio" class="hs-input" name="blog_subscription" value="weekly" checked><span>%s</span></label></li>'
        '<li class="hs-form-radio" role="radio"><label class="hs-form-radio-display"><input type="radio" class="hs-input" name="blog_subscription" value="monthly"><span>%s</span></label></li>'
        '</ul></div></div>\n'
        '<div class="legal-consent-container"><div class="hs-richtext"><p>%s</p></div>'
        '<div class="hs_LEGAL_CONSENT.subscription_type_%d hs-LEGAL_CONSENT.subscription_type_%d hs-fieldtype-booleancheckbox field hs-form-field">'
        '<div class="input"><ul class="inputs-list"><li class="hs-form-booleancheckbox"><label class="hs-form-booleancheckbox-display">'
        '<input type="checkbox" class="hs-input" name="LEGAL_CONSENT.subscription_type_%d" value="true"><span>%s</span></label></li></ul></div></div></div>\n'
        '<div class="hs_submit hs-submit"><div class="hs-field-desc" style="display: none;"></div><div class="actions">'
        '<input type="submit" class="hs-button primary large" value="%s"></div></div>\n'
        '<input name="hs_context" type="hidden" value="%s">\n</form>\n<iframe name="target_iframe_%s" style="display: none;"></iframe>') % (
        portal, form_id, form_id, form_id, form_id, form_id, portal, form_id, portal, form_id, form_id, form_id, E(c["email"]), E(c["required"]),
        form_id, s["blog"], s["blog"], E(c["freq"]), E(c["instant"]), E(c["weekly"]), E(c["monthly"]), E(s["consent"]),
        page_id % 100000000, page_id % 100000000, page_id % 100000000, E(s["consent_box"]), A(c["submit"]), A(ctx), form_id)
    comment_form = (
        '<div id="hs_form_target_hubspot-comment-form"><h3 class="comment-form-title">%s</h3>\n'
        '<form class="hs-form stacked comment-form" novalidate>'
        '<div class="hs_firstname field hs-form-field"><label><span>%s</span><span class="hs-form-required">*</span></label><div class="input"><input name="firstname" type="text" class="hs-input" required></div></div>'
        '<div class="hs_lastname field hs-form-field"><label><span>%s</span><span class="hs-form-required">*</span></label><div class="input"><input name="lastname" type="text" class="hs-input" required></div></div>'
        '<div class="hs_email field hs-form-field"><label><span>%s</span><span class="hs-form-required">*</span></label><div class="input"><input name="email" type="email" class="hs-input" required></div></div>'
        '<div class="hs_website field hs-form-field"><label><span>%s</span></label><div class="input"><input name="website" type="url" class="hs-input"></div></div>'
        '<div class="hs_comment field hs-form-field"><label><span>%s</span><span class="hs-form-required">*</span></label><div class="input"><textarea name="comment" class="hs-input" required></textarea></div></div>'
        '<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="%s"></div></div></form></div>') % (
        E(c["leave"]), E(c["first"]), E(c["last"]), E(c["email"]), E(c["website"]), E(c["comment"]), A(c["submit"]))
    social = "\n".join((
        '<a class="social-links__link" href="%s" target="_blank" rel="noopener"><span id="hs_cos_wrapper_footer_social_%d" '
        'class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_icon social-links__icon" style="" data-hs-cos-general-type="widget" '
        'data-hs-cos-type="icon"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-labelledby="%s%d" role="img">'
        '<title id="%s%d">%s</title><g><path d="%s"></path></g></svg></span></a>') % (
        href, k, net.lower(), k + 1, net.lower(), k + 1, E(c["follow"].replace("{net}", net)), HS_SOCIAL_PATHS[net])
        for k, (net, href) in enumerate(s["social"]))
    footer_menu = "".join('<li class="hs-menu-item hs-menu-depth-1" role="none"><a href="%s%s" role="menuitem">%s</a></li>' % (host, h, E(t))
                          for t, h in s["footer_menu"] + [(c["privacy"], "/privacy-policy"), (c["cookies"], "/cookie-policy")])
    hs_ctx = json.dumps({"contentPageId": page_id, "legacyPageId": str(page_id), "contentFolderId": None, "contentGroupId": group_id,
                         "abTestId": None, "languageVariantId": page_id, "languageCode": lang, "pageTitle": art["title"]}, ensure_ascii=False)
    author_slug = hs_slug(art["byline"])
    return f'''<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{E(art["title"])}</title>
<link rel="shortcut icon" href="{host}/hubfs/favicon.png">
<meta name="description" content="{A(art["sub"])}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script>
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:title" content="{A(art["title"])}">
<meta name="twitter:description" content="{A(art["sub"])}">
<meta name="twitter:title" content="{A(art["title"])}">
<style>
a.cta_button{{-moz-box-sizing:content-box !important;-webkit-box-sizing:content-box !important;box-sizing:content-box !important;vertical-align:middle}}.hs-breadcrumb-menu{{list-style-type:none;margin:0px 0px 0px 0px;padding:0px 0px 0px 0px}}.hs-breadcrumb-menu-item{{float:left;padding:10px 0px 10px 10px}}.hs-breadcrumb-menu-divider:before{{content:'›';padding-left:10px}}.hs-featured-image-link{{border:0}}.hs-featured-image{{float:right;margin:0 0 20px 20px;max-width:50%}}@media (max-width: 568px){{.hs-featured-image{{float:none;margin:0;width:100%;max-width:100%}}}}.hs-screen-reader-text{{clip:rect(1px, 1px, 1px, 1px);height:1px;overflow:hidden;position:absolute !important;width:1px}}
.hs_cos_wrapper_type_rich_text img{{max-width:100%;height:auto}}
</style>
<link rel="stylesheet" href="{host}/hubfs/{tpl_path}/template_main.min.css">
<link rel="stylesheet" href="{host}/hubfs/{tpl_path}/template_blog.min.css">
<link rel="stylesheet" href="{host}/hubfs/{mod_path}/module_social-follow.min.css">
<link rel="stylesheet" href="{host}/hubfs/{mod_path}/module_blog-related-posts.min.css">
<link rel="stylesheet" href="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.css">
<link rel="stylesheet" href="/hs/hsstatic/AsyncSupport/static-1.501/sass/comments_listing_asset.css">
<style>#hs_cos_wrapper_header_logo .hs-image-widget {{ width: 210px; }}</style>
<script src="//js-eu1.hsforms.net/forms/embed/v2.js"></script>
<link rel="canonical" href="{url}">
<meta property="og:image" content="{img}">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="675">
<meta property="og:url" content="{url}">
<meta name="twitter:card" content="summary_large_image">
<link rel="amphtml" href="{url}?hs_amp=true">
<meta property="og:type" content="article">
<link rel="alternate" type="application/rss+xml" href="{host}{blog}/rss.xml">
<meta name="twitter:domain" content="{s["domain"]}">
<meta http-equiv="content-language" content="{lang}">
<meta name="generator" content="HubSpot">
</head>
<body class="  hs-content-id-{page_id} hs-blog-post hs-blog-id-{group_id} " style="">
<div class="body-wrapper   hs-content-id-{page_id} hs-blog-post hs-blog-id-{group_id}">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">{E(c["skip"])}</a>
<div class="header__container content-wrapper">
<div class="container-fluid">
{header}
</div>
</div>
</header></div>
<main id="main-content" class="body-container-wrapper">
<div class="body-container body-container--blog-post">
<div class="content-wrapper">
<article class="blog-post">
<img class="blog-post__featured-image" src="{img}?width=1200&amp;name={slug_[:40]}.jpg" alt="{A(art["caption"])}" loading="eager">
<h1 class="blog-post__title"><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">{E(art["title"])}</span></h1>
<div class="blog-post__meta">
<a class="blog-post__author" href="{host}{blog}/author/{author_slug}"><img class="blog-post__author-image" src="{host}/hubfs/authors/{author_slug}.jpg" width="50" loading="lazy" alt="{A(c["picture"].replace("{name}", art["byline"]))}">
<span class="blog-post__author-name">{E(art["byline"])}</span></a>
<span class="blog-post__author-role">{E(art.get("author_role", ""))}</span>
<time class="blog-post__timestamp" datetime="{art["date"]} 0{rng.randint(6, 9)}:{rng.randint(10, 59)}:00">{E(hs_date(lang, art["date"]))}</time>
<span class="blog-post__read-time">{E(readtime)}</span>
</div>
<div class="blog-post__body">
<span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
{chr(10).join(body)}
</span>
</div>
<div class="blog-post__tags">
<span class="blog-post__tags-label">{E(c["tags"])}</span> {tags}
</div>
</article>
<section class="blog-related-posts">
<div class="content-wrapper">
<h2>{E(c["related"])}</h2>
<div class="blog-related-posts__list">
{chr(10).join(cards)}
</div>
</div>
</section>
<div class="blog-comments">
{hs_wrapper("blog_comments", '<span id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments" style="" data-hs-cos-general-type="widget" data-hs-cos-type="blog_comments"><div class="section post-footer"><h2 class="comments-title">' + E(c["comments"]) + '</h2><div id="comments-listing" class="new-comments">' + chr(10).join(comments) + '</div>' + comment_form + '</div></span>', extra=" widget-type-blog_comments")}
</div>
<div class="blog-subscribe">
{hs_wrapper("blog_subscribe", '<h3 class="form-title">' + E(c["subscribe"]) + '</h3><span id="hs_cos_wrapper_blog_subscribe_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_subscribe" style="" data-hs-cos-general-type="widget" data-hs-cos-type="blog_subscribe"><div id="hs_form_target_blog_subscribe_' + str(rng.randint(1000, 9999)) + '" class="hs-form-frame">' + form + '</div></span>', extra=" widget-type-blog_subscribe")}
</div>
</div>
</div>
</main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer hs-footer">
<div class="footer__container content-wrapper">
<div class="container-fluid">
{hs_dnd_row(1, 1, hs_wrapper("footer_menu", '<nav class="navigation-footer">' + '<div id="hs_menu_wrapper_footer_menu_" class="hs-menu-wrapper active-branch flyouts hs-menu-flow-horizontal" role="navigation" data-sitemap-name="default" data-menu-id="' + str(menu_id + 1) + '" aria-label="Navigation Menu"><ul role="menu">' + footer_menu + '</ul></div></nav>', extra=" widget-type-menu"))}
{hs_dnd_row(1, 2, hs_wrapper("footer_social", '<div class="social-links">' + chr(10) + social + chr(10) + '</div>', extra=" widget-type-social_follow"))}
{hs_dnd_row(1, 3, hs_wrapper("footer_address", '<div id="hs_cos_wrapper_footer_address_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text"><p>' + E(s["address"]) + '</p><p>' + E(s["copyright"]) + '</p></div>', extra=" widget-type-rich_text"))}
</div>
</div>
</footer></div>
</div>
<div id="hs-banner-parent" class="hs-banner-parent">
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="{A(c["banner_label"])}" data-hs-cookie-banner="true">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>{E(s["banner"])}</p></div>
<div id="hs-eu-cookie-confirmation-buttons-area">
<a id="hs-eu-cookie-settings-button" role="button" tabindex="0">{E(c["settings"])}</a>
<div id="hs-eu-confirmation-button-group">
<a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">{E(c["accept"])}</a>
<a href="javascript:void(0);" id="hs-eu-decline-button" role="button">{E(c["decline"])}</a>
</div>
</div>
</div>
</div>
</div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script src="{host}/hubfs/{tpl_path}/template_main.min.js"></script>
<script>var hsVars = hsVars || {{}}; hsVars['language'] = '{lang}';</script>
<script src="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.js"></script>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script src="/hs/hsstatic/AsyncSupport/static-1.501/js/comment_listing_asset.js"></script>
<!-- Start of HubSpot Analytics Code -->
<script type="text/javascript">
var _hsq = _hsq || [];
_hsq.push(["setContentType", "blog-post"]);
_hsq.push(["setCanonicalUrl", "{url}"]);
_hsq.push(["setPageId", "{page_id}"]);
_hsq.push(["setContentMetadata", {hs_ctx}]);
</script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/{portal}.js"></script>
<!-- End of HubSpot Analytics Code -->
<script type="text/javascript">
var hsVars = {{render_id: "{hs_guid(rng)}", ticks: {ts + 91234}, page_id: {page_id}, content_group_id: {group_id}, portal_id: {portal}, app_hs_base_url: "https://app-eu1.hubspot.com", cp_hs_base_url: "https://cp-eu1.hubspot.com", language: "{lang}", analytics_page_type: "blog-post", scp_content_type: "", category_id: 3, folder_id: 0, is_hubspot_user: false}}
</script>
<script defer src="/hs/hsstatic/HubspotToolsMenu/static-1.354/js/index.js"></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"hubspot": ["caption", "cta"]}  # the image's caption line and the call-to-action in the post body
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "dentistfinder", "childcareplaces", "martreport"]
NEW_FAMILIES = ["dentistfinder", "childcareplaces", "martreport"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"dentistfinder": ["dentist-finder", "dentist finder", "find a dentist", "accepting new patients",
                                      "urgent dental", "dental waiting list", "nhs dentist"],
                    "childcareplaces": ["childcare-place", "childcare place", "funded hours", "funded childcare",
                                        "nursery and childminder", "childminder vacancies", "family information service",
                                        "search childcare"],
                    "martreport": ["livestock-mart", "livestock mart", "mart report", "mart-report", "auctioneer",
                                   "sale prices", "next sale", "auction mart"]}
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
    "cookie": ['<div class="stream-consent-veil"><p class="stream-consent-veil__msg">%s</p><button class="stream-consent-veil__ok" type="button">OK</button></div>',
               '<p class="podplayer-wait-note">%s</p>', '<div><i>%s</i></div>'],
    "newsletter": ['<div class="monday-farmletter-box"><p class="monday-farmletter-box__txt">%s</p><a class="monday-farmletter-box__go" href="/farmletter">&#10140;</a></div>',
                   '<p class="weekly-quota-line">%s</p>', '<h5 class="farmletter-join-hd">%s</h5>', '<p><strong><a href="/chip-in">%s</a></strong></p>'],
    "share": ['<ul class="forward-on-list">{items}</ul>', '<div class="neighbours-pass-strip">%s</div>', '<p><a href="#forward">%s</a></p>'],
    "photo": ['<p class="steward-phone-pic">%s</p>', '<span class="crowd-back-tag">%s</span>', '<div><small>%s</small></div>'],
    "copyright": ['<p class="repro-licence-line">%s</p>', '<div class="no-reproduce-note"><small>%s</small></div>', '<div><em>%s</em></div>'],
    "section": ['<p class="pages-more-line">%s</p>', '<h6 class="section-pages-hd">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="ornament-break-k">%s</p>', '<div class="dinkus-sep-m">%s</div>', '<div style="text-align: center;">%s</div>'],
    "credit": ['<p class="agri-desk-line">%s</p>', '<div class="with-help-note">%s</div>', '<div><small><i>%s</i></small></div>'],
    "title": ['<p class="title-repeat-px"><strong>%s</strong></p>', '<h2 class="title-repeat-h2x">%s</h2>', '<h4>%s</h4>'],
    "ad": ['<div class="paid-partner-tag">%s</div>', '<p class="slot-sold-line">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="show-rest-link"><a href="#rest-of-article">%s</a></p>', '<div class="open-full-bar">%s</div>', '<div><a href="#rest-of-article">%s</a></div>'],
    "comments": ['<p class="had-say-link"><a href="#discussion">%s</a></p>', '<div class="readers-said-chip">%s</div>', '<div><a href="#discussion">%s</a></div>'],
    "readtime": ['<p class="cuppa-read-mins">%s</p>', '<span class="minutes-cuppa-chip">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="last-edited-chip"><time>%s</time></p>', '<div class="brought-uptodate-note">%s</div>', '<div><small><i>%s</i></small></div>'],
    "audio": ['<div class="synth-voice-bar"><button class="synth-voice-bar__btn" aria-label="Play"></button><span class="synth-voice-bar__txt">%s</span></div>',
              '<p class="synthread-link-v"><a href="#audio">%s</a></p>', '<div><a href="#audio">%s</a></div>'],
    "correction": ['<aside class="since-corrected-box"><p>%s</p></aside>', '<p class="since-corrected-line"><i>%s</i></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="mart-weather-app"><p class="mart-weather-app__txt">%s</p><a class="mart-weather-app__dl" href="/app">&#11015;</a></div>',
            '<p class="finish-in-app-line">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="hillfarm-writer-w"><p class="hillfarm-writer-w__txt">%s</p></div>', '<p class="more-by-line"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "tip": ['<div class="school-gate-ask"><p class="school-gate-ask__txt">%s</p></div>', '<p class="text-newsroom-line">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="subeditor-fix-tip"><p>%s</p></div>', '<p class="subeditor-fix-line">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="saleday-alert-ask"><p class="saleday-alert-ask__q">%s</p></div>', '<p class="saleday-alert-line">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="print-save-row">{items}</ul>', '<p class="printer-friendly-link"><a href="?print=1">%s</a></p>',
              '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="star-rate-q"><p class="star-rate-q__q">%s</p></div>', '<p class="star-rate-line">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-w"><p>%s</p></div>', '<p class="editors-code-strip"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="topic-tracker-row"><span class="topic-tracker-row__txt">%s</span></div>', '<p class="topics-listed-line">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="readlist-bookmark-add"><a class="readlist-bookmark-add__a" href="#readinglist">%s</a></div>',
                 '<p class="readlist-bookmark-line"><a href="#readinglist">%s</a></p>', '<div><a href="#readinglist">%s</a></div>'],
    "poll": ['<div class="area-goodnews-vote"><p class="area-goodnews-vote__q">%s</p><button class="area-goodnews-vote__go" type="button">&#10003;</button></div>',
             '<h6 class="area-goodnews-hd">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/D{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/D{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-facade-lite"><a class="yt-facade-lite__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="swipe-pics-link"><a class="swipe-pics-link__a" href="#photos">%s</a></div>',
                '<p class="dayphotos-tally-line">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-dale-frame"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-dale-frame__links">%s</p></div>',
            '<figure class="static-map-fig"><img src="/static-maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="diary-date-links">{items}</ul>', '<p class="week-before-line"><a href="/whats-on/{k}/remind">%s</a></p>',
                 '<div class="diary-date-bar"><span class="diary-date-bar__label">%s</span></div>'],
    "scores": ['<div class="live-tables-link"><a class="live-tables-link__a" href="/sport/live">%s</a></div>',
               '<ul class="matchday-tabs-row">{items}</ul>', '<div><a href="/sport/live"><strong>%s</strong></a></div>'],
    # the three families new in this part ({practices}: the practices accepting new patients as a table; {postcode}:
    # the finder's postcode field; {vacancies}: this month's nursery and childminder vacancies as a table; {fis}: the
    # family information service as a definition list; {prices}: the latest sale's prices as a table; {auctioneer}:
    # the auctioneer's contact as a definition list)
    "dentistfinder": ['<div class="nhs-dentist-list"><h4 class="nhs-dentist-list__hd">%s</h4><table class="nhs-dentist-list__table">{practices}</table></div>',
                      '<form class="dentist-postcode-finder" action="/find-a-dentist" method="get"><h5 class="dentist-postcode-finder__hd">%s</h5>{postcode}<button type="submit">&#128269;</button></form>',
                      '<div class="urgent-dental-badge"><span class="urgent-dental-badge__lbl">%s</span></div>',
                      '<p class="dental-waitlist-link"><a href="/dentists/waiting-list">%s</a></p>'],
    "childcareplaces": ['<div class="childcare-vacancy-board"><h4 class="childcare-vacancy-board__hd">%s</h4><table class="childcare-vacancy-board__table">{vacancies}</table></div>',
                        '<p class="funded-hours-check"><a href="/childcare/funded-hours">%s</a></p>',
                        '<form class="childcare-near-search" action="/childcare/search" method="get"><h5 class="childcare-near-search__hd">%s</h5>{postcode}<button type="submit">&#128269;</button></form>',
                        '<div class="fis-contact-card"><p class="fis-contact-card__hd"><strong>%s</strong></p><dl class="fis-contact-card__list">{fis}</dl></div>'],
    "martreport": ['<div class="mart-prices-table"><h4 class="mart-prices-table__hd">%s</h4><table class="mart-prices-table__grid">{prices}</table></div>',
                   '<span class="next-sale-pill">%s</span>',
                   '<p class="mart-archive-link"><a href="/mart-reports">%s</a></p>',
                   '<div class="auctioneer-card"><p class="auctioneer-card__hd"><b>%s</b></p><dl class="auctioneer-card__list">{auctioneer}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>[%s]</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/farmletter"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#forward">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "dentistfinder": (0.7, ['<br><a href="/dentists/waiting-list"><b>%s</b></a>']),
          "childcareplaces": (0.7, [' <a href="/childcare/funded-hours"><strong>%s</strong></a>']),
          "martreport": (0.7, ['<br><a href="/mart-reports">%s</a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# join-a-waiting-list link, the funded-hours link and the mart-report archive link, not the tables, forms or cards)
INLINE_WORDING = {"newsletter": 0, "dentistfinder": 3, "childcareplaces": 1, "martreport": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="midstory-pic-y"><img src="/uploads/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/uploads/{id}-inline.jpg" alt="" width="600"><br><small>{cap} — {cr}</small></div>']
RELATED_STYLES = ['<div class="dale-further-reads"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="overlooked-reads-box"><p class="overlooked-reads-box__hd">%s</p><ul>%s</ul></aside>',
                  '<h4>%s</h4>\n<ul>%s</ul>']


def handle(site):
    """The site's social-media account name: its ASCII letters and digits, at most 24."""
    return mp11.host_name(site)[:24]


def fill_text(s, rng, site, art):
    return fill(s.replace("{by}", art["byline"]).replace("{section}", art["section"])
                .replace("{handle}", handle(site)).replace("{g}", str(rng.randint(6, 24)))
                .replace("{nextsale}", MART_NEXT[art["lang"]]), rng, site, art)


def pick(rng, fam, lang, site, art, idx=None):
    pool = R[fam][lang]
    if idx is None:
        idx = art.get("choose", {}).get(fam)
    if idx is None:
        idx = KIND_WORDING.get((art.get("kind"), fam))
    if idx is None:
        idx = rng.randrange(len(pool))
    return idx, fill_text(pool[idx], rng, site, art)


# the tables' heads and the finders' field label, as the web teams left them (not checked)
DENTAL_HEAD = {"en": ("Practice", "Distance", "Status"), "tr": ("Klinik", "Uzaklık", "Durum"), "de": ("Praxis", "Entfernung", "Status"),
               "fr": ("Cabinet", "Distance", "Statut"), "es": ("Clínica", "Distancia", "Estado"), "ru": ("Клиника", "Расстояние", "Статус")}
CHILDCARE_HEAD = {"en": ("Setting", "Age group", "Vacancies"), "tr": ("Kurum", "Yaş grubu", "Boş yer"), "de": ("Einrichtung", "Alter", "Freie Plätze"),
                  "fr": ("Structure", "Âge", "Places"), "es": ("Centro", "Edad", "Plazas"), "ru": ("Учреждение", "Возраст", "Места")}
MART_HEAD = {"en": ("Class", "Top", "Average"), "tr": ("Cins", "En yüksek", "Ortalama"), "de": ("Kategorie", "Höchstpreis", "Durchschnitt"),
             "fr": ("Catégorie", "Prix haut", "Prix moyen"), "es": ("Categoría", "Máximo", "Media"), "ru": ("Категория", "Максимум", "Средняя")}
POSTCODE_LABEL = {"en": "Postcode", "tr": "Mahalle", "de": "Postleitzahl", "fr": "Code postal", "es": "Código postal", "ru": "Улица"}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, definition list or form, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)
    k = "%06x" % rng.randint(0, 16**6 - 1)
    postcode = '<label for="pc-%s">%s</label><input id="pc-%s" type="text" name="postcode" autocomplete="postal-code">' % (k, esc(POSTCODE_LABEL[lang]), k)
    return (style.replace("{practices}", table(DENTAL_HEAD[lang], DENTAL_PRACTICES[lang]))
            .replace("{postcode}", postcode)
            .replace("{vacancies}", table(CHILDCARE_HEAD[lang], CHILDCARE_VACANCIES[lang]))
            .replace("{fis}", dl(FAMILY_SERVICE[lang]))
            .replace("{prices}", table(MART_HEAD[lang], MART_PRICES[lang]))
            .replace("{auctioneer}", dl(MART_AUCTIONEER[lang])))


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
               "scores": rng.choice([0, mid, n]), "dentistfinder": rng.choice([mid, n, n]),
               "childcareplaces": rng.choice([mid, n]), "martreport": rng.choice([0, mid, n])}.get(fam, mid)
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
HIGHLIGHT = {"hubspot": ('<span style="background-color: #fbeeb8;">', "</span>"),  # HubSpot's text editor's highlight colour
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
# templates: hubspot is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"hubspot": tpl_hubspot, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h60), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "hubspot"


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
            rng = random.Random("newsflow-heldout62-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI62[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 61) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h60), labels, furniture strings,
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
    # layouts: hubspot (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h59 or h60 gave it
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
    # the hubspot pages: a publication of HUBSPOT in a language of HUBSPOT_CORE, the author's line; no drop cap, box,
    # fact box or callout look (the rich-text editor writes none of them); story tables only there, and no footnotes
    # anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in HUBSPOT or a["lang"] not in HUBSPOT_CORE
                                       or a.get("kind") or not a.get("author_role")
                                       or any(st in ("box", "factbox", "dropcap", "callout") for st, _ in a.get("look", []))):
            problems.append("%s: hubspot page needs a publication's HubSpot site, the author's line and text-editor looks only" % a["id"])
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
    hs_sites = [{k: v for k, v in d.items() if k not in HUBSPOT_EXEMPT} for d in HUBSPOT.values()]
    # (HUBSPOT_CORE, DENTAL_HEAD, CHILDCARE_HEAD, MART_HEAD and POSTCODE_LABEL, the platform's and theme's strings and
    # the web teams' generic table heads and field label, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("HUBSPOT", hs_sites), ("UI_NEW", UI_NEW)):
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



