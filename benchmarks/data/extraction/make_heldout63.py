#!/usr/bin/env python3
"""Sixty-third held-out part (h63-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout63.py           # write pages/h63-*.html
    python benchmarks/data/extraction/make_heldout63.py --check   # verify pages/h63-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout63.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout64.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h63_en.py / articles_h63_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: home-energy grant checkers on stories about energy bills, insulation, heat pumps and
climate -- the "check if you qualify" eligibility form with its postcode and income fields, the grants by measure
(loft and wall insulation, heat pump, solar panels) with amounts and who can apply as a table, the "find an
accredited installer" search, the free energy-advice line card as a definition list --, rail-strike journey
checkers on stories about strikes, unions, commuting and rail -- the strike-day services by line or route as a
table ("reduced", "no service", "running as normal"), the "check your journey" form with from / to / date fields,
the "claim a refund" link, the operator's helpline card as a definition list --, and wildlife-sightings logs on
stories about nature reserves, birds, rivers and conservation -- the recent sightings as a table with species, place
and date, the "report a sighting" form, the "species of the month" card, the county recorder's card as a definition
list --), their wrapper class names, related headlines, site names, the sites' own strings in the earlier layouts and
the first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools
of make_heldout2..62, nor their labels, furniture strings, widget rows, headlines or site names; verify() refuses to
build if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is already in an
earlier pool, family list, template family or docstring, if a story paragraph or headline of an earlier part (h61
and h62 included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  Every
name and number is fictional.  (h50's home-upgrade grant checker printed an eligibility box of income bands, a grant
advice line and a "start your application" link; the energy-grant checker here tables the grants by measure with
their amounts, searches for accredited installers and has an eligibility form of its own, and none of its wordings,
rows or class names recur: it is a new family by name, wording and markup.  No earlier part has a strike-day or a
sightings family.)  The tables' heads and the forms' field labels (GRANT_HEAD, STRIKE_HEAD, SIGHTING_HEAD,
ELIGIBILITY_LABELS, PLACE_LABEL, JOURNEY_LABELS, REPORT_LABELS) are the web teams' generic strings and not checked;
the rows themselves (GRANT_MEASURES, ADVICE_LINE, STRIKE_SERVICES, RAIL_HELPLINE, SIGHTINGS, SPECIES, RECORDER) are
new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (the refund link may be run into a paragraph instead): home-energy grant checkers on an English city council's
own news page about free loft and cavity wall insulation for 2,400 homes (the new layout), an English village hall's
heat pump, a German Gemeinde's own grant for heat pumps and insulation (a town hall on TYPO3) and a French housing
estate insulated in one grouped operation; rail-strike journey checkers on English conductors' Saturday strikes, a
German drivers' strike on a regional line, a French TER conductors' strike and a Spanish train drivers' strike on a
Cercanías line; wildlife-sightings logs on ospreys breeding at an English reservoir reserve, flamingos counted in a
Turkish delta (the new layout, a regional broadcaster), otters back in a Spanish river and a record gathering of
cranes in a Russian zakaznik.  The other generic families are balanced over the part, leaving out those the page's
site would not print (the story's "kind": a city council and a Gemeinde -- no newspaper furniture --, a village
website on uCoz, an independent publication on Medium, which prints no ads, app, push or print prompts, comment
counters or press-standards lines, and of the newsletter family only its appeal for money); a correction box goes
only on a story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed
boxes, bars, chips, cards, strips and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists,
spans, forms, definition lists and tables, and, for a few families, a line run into the end of a story paragraph
(credit, tip, newsletter pitch, share line, the claim-a-refund link; only one line in any paragraph) or a bold
section tag run into the start of the first one (on the Russian cranes story, "section_tag").
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, gutenberg, magazine and sanity), whole paragraphs in bold (interview questions on
nextjs), italics (a one-line quote on both new-layout pages, a ferry captain's last words on semantic), a highlighted
sentence (the RadEditor's background-colour span on both new-layout pages, a <mark> on quintype), a paragraph in a
box (a CKEditor style on drupal, a Gutenberg group, the magazine's panel), a fact box holding a subheading and its
list (a Fusion custom embed: a ferry's timetable and fares), a Ghost callout card, a paragraph typed after a <br>
(Shift+Enter in the RadEditor, on both new-layout pages); story structures that look like furniture but are the
story: question-and-answer interviews (bold questions, some of one to three words -- "Most memorable day?", "What's
next?", "En zor gün?", "Le plus dur ?" --, in English, Turkish, French and Russian: a lock-keeper, a ferry captain,
a village bar-épicerie owner, a rural postwoman), lists inside the story (how to see nesting ospreys, what villagers
did to an old school, what a Gemeinde funds, what a village will miss about its bakery, a ferry's timetable and
fares), story tables (where a council's insulation work starts, in the RadEditor's table markup), crossheads as
headings and as bold paragraphs, one-line quotes and short one-line paragraphs ("Letters go out street by street.",
"“It was like living in a fridge with the door open.”", "Sayım dört saat sürdü."), a closing line with practical
information (drop-in sessions, a repair café's dates, a lido's prices, an exhibition of plans, text alerts about a
bridge, a village library's hours, a Dorfladen's hours, a mairie's opening days, a talk on otters, a post office's
days), and story sentences that mention furniture words in ordinary reporting ("Photos of broken toasters" opening a
story, a repair café's printed newsletter and "contact Helen Tasker" closing it, a village hall "happy to share" what
it learned, "Residents can subscribe to text updates" closing a story, villagers' "follow" and "share" as plain
verbs, photographers who came too close to a colony), some at the start or end of the story where furniture usually
sits.  Two pages carry no residue at all (an English lock-keeper's interview, a Turkish ferry captain's interview) and
one only its correction line (an English bus station).
One page layout is new (sitefinity: a city council's or a regional broadcaster's news site built on Progress
Sitefinity CMS, as it serves a news item to an anonymous reader, on two pages, an English and a Turkish one): the head
with the theme's CSS from /ResourcePackages, the Telerik.Web.UI.WebResource.axd stylesheet, ScriptResource.axd, the
og: metas, the canonical link and the Sitefinity generator meta; the ASP.NET form wrapping the page (__VIEWSTATE,
WebResource.axd, the Telerik script manager, PageRequestManager); the Header placeholder with the logo, the search box
(sfsearchBox) and the navigation widget (sfNavWrp / sfNavList, or a Kendo k-menu on the broadcaster's site); the
breadcrumb (sfBreadcrumbWrp: "You are here:", separators, sfBreadcrumbLastNode); the Sitefinity layout controls
(div.sf_cols, sf_colsOut / sf_colsIn, sf_1col_1_100 and sf_2cols_1_67 / sf_2cols_2_33 with their _Col00 / _Col01
ids) in the Contentplaceholder1 placeholder; the news item widget (the WebForms "sfnewsItemDetails" markup on the
council's site, the MVC "sf-news-item" markup with data-sf-field attributes on the broadcaster's: sfnewsTitle h1,
sfnewsAuthorAndDate "Posted by ... on ...", sfnewsSummary, sfnewsContent holding the story as the RadEditor writes it
-- p, h2, strong / em, the background-colour span, blockquote, ul / ol, <br>, a table, the image in sfimageWrp with
its caption line after the first paragraph, this layout's own residue in the container --), the "Tags" and
"Categories" taxonomy lists (sfTaxonWrp / sfTaxonList), the social share widget (sf-social-share), the "Related news"
list (sfnewsList), the comments widget (sf-Comments: the readers' comments, "Leave a comment" with Name, Email, "Your
comment" and "Post"); the right-hand column with the site's "Latest news" list and its contact box; the "Subscribe to
news" email-campaign form; the Footer placeholder (address, links, "Accessibility", "Privacy notice", copyright) and
Sitefinity's tracking-consent dialog (sf-tracking-consent-dialog with the site's wording, "Accept" / "Reject") with
its script.  Sitefinity's and the theme's own strings (SITEFINITY_CORE, per language) are left as the platform ships
them and not checked; the sites' own strings (SITEFINITY: tagline, menu, the latest-news title, the contact box,
categories, footer address and links, copyright, the consent wording, the commenters) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h61 or h62 gave it (9 English pages, 3 in each other language: English on wordpress, drupal,
chunks, table, ghost, gutenberg, storybody and amp; Turkish on ucoz and semantic; German on typo3, sanity and
regional; French on medium, magazine and cms; Spanish on quintype, hugo and legacy-br; Russian on portal, nextjs and
fusion); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site rather
than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this
part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
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
from articles_h63_en import ARTICLES as H63_EN  # noqa: E402
from articles_h63_intl import ARTICLES as H63_INTL  # noqa: E402

ARTICLES = H63_EN + H63_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62)
# parts whose layouts' languages this part avoids (the two before it; h64 is written at the same time)
LANG_PARTS = (mp61, mp62)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h63"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Vale Line Evening Gazette", "Penhallow & Tregarth Packet", "Hollinmere Valley Observer", "Cotterell Wharf Weekly",
           "Tolley Green Neighbourhood News", "Ashcombe and Downland Echo", "Kelsford Market Herald", "Wreyford Riverside Bulletin"],
    "tr": ["Karaköprü Göl Haberleri"],
    "de": ["Ammertaler Abendkurier", "Wiesacher Gäubote"],
    "fr": ["L'Écho du Haut-Lévézou", "Le Petit Courrier d'Aurignac"],
    "es": ["La Gaceta de la Ribera Baja", "Villamesa al Día", "El Pregonero de Cañavera"],
    "ru": ["Соколовский вестник", "Выселковская неделя", "Сылвенские берега"],
}
# sites fixed per page (the two Sitefinity sites, a Gemeinde on TYPO3, a village website on uCoz, an independent
# publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h62 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The council-meeting webcast stays dark until you accept video cookies", "To hear this radio clip, allow audio-player cookies first"],
        "tr": ["Meclis toplantısı yayını, video çerezlerini kabul edene kadar kapalı kalır", "Bu radyo kaydını dinlemek için önce ses oynatıcı çerezlerine izin verin"],
        "de": ["Die Übertragung der Ratssitzung bleibt schwarz, bis Sie Video-Cookies zulassen", "Um diesen Radiobeitrag zu hören, erlauben Sie zuerst die Cookies des Audioplayers"],
        "fr": ["La retransmission du conseil reste noire tant que vous n'acceptez pas les cookies vidéo", "Pour écouter cet extrait radio, autorisez d'abord les cookies du lecteur audio"],
        "es": ["La emisión del pleno sigue en negro hasta que aceptes las cookies de vídeo", "Para oír este corte de radio, permite antes las cookies del reproductor"],
        "ru": ["Трансляция заседания не появится, пока вы не примете cookie для видео", "Чтобы послушать этот радиосюжет, сначала разрешите cookie аудиоплеера"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Our commuter briefing arrives before the 7.12 leaves the platform", "You've reached your limit of free stories this month — a subscription starts at £1 a week",
               "Readers keep {site} running: give the price of a day return each month"],
        "tr": ["Sabah yolcu bültenimiz ilk vapur kalkmadan telefonunuzda", "Bu ayki ücretsiz haber sınırına ulaştınız — abonelik haftada 10 liradan başlıyor",
               "{site} okurlarıyla ayakta: her ay bir gidiş-dönüş bilet parası kadar destek verin"],
        "de": ["Unser Pendler-Briefing kommt, bevor der Zug um 7.12 Uhr abfährt", "Ihr Kontingent an freien Artikeln für diesen Monat ist erreicht — ein Abo gibt es ab 1 Euro pro Woche",
               "Leserinnen und Leser tragen {site}: Geben Sie monatlich den Preis einer Tageskarte"],
        "fr": ["Notre lettre des navetteurs arrive avant le départ du train de 7 h 12", "Vous avez atteint votre limite d'articles gratuits ce mois-ci — l'abonnement démarre à 1 € par semaine",
               "Ce sont les lecteurs qui font vivre {site} : donnez chaque mois le prix d'un aller-retour"],
        "es": ["Nuestro boletín para quien va al trabajo llega antes de que salga el tren de las 7.12", "Has llegado al límite de noticias gratis de este mes — la suscripción empieza en 1 euro a la semana",
               "{site} vive de sus lectores: aporta cada mes lo que cuesta un billete de ida y vuelta"],
        "ru": ["Наша утренняя рассылка для тех, кто едет на работу, приходит до первой электрички", "Лимит бесплатных материалов на этот месяц исчерпан — подписка стоит от 50 рублей в неделю",
               "«{site}» живёт на деньги читателей: переводите раз в месяц стоимость билета туда и обратно"],
    },
    "share": {
        "en": ["Pass this on: WhatsApp · Bluesky · Nextdoor · Copy link", "Got a neighbour on the Vale line? Forward them this one"],
        "tr": ["Paylaşın: WhatsApp · Bluesky · NSosyal · Bağlantıyı kopyala", "Vapurda yanınızdaki kişiye de bu haberi yollayın"],
        "de": ["Teilen per: WhatsApp · Bluesky · Nebenan.de · Link kopieren", "Ihr Sitznachbar im Zug sollte das auch lesen — weiterschicken"],
        "fr": ["Faire suivre : WhatsApp · Bluesky · Voisins Solidaires · Copier le lien", "Votre voisin de quai devrait lire ça aussi — transférez-lui"],
        "es": ["Compártelo: WhatsApp · Bluesky · Telegram · Copiar enlace", "Tu compañero de andén también debería leerlo: reenvíaselo"],
        "ru": ["Поделиться: ВКонтакте · Telegram · WhatsApp · Скопировать ссылку", "Соседу по электричке тоже стоит прочитать — перешлите ему"],
    },
    "photo": {
        "en": ["Photograph sent in by a reader who was on the platform", "Picture: {site} staff photographer, from the footbridge"],
        "tr": ["Fotoğrafı peronda bekleyen bir okurumuz gönderdi", "Fotoğraf: {site} foto muhabiri, üst geçitten"],
        "de": ["Das Foto hat uns ein Leser geschickt, der am Bahnsteig stand", "Bild: Fotograf von {site}, von der Fußgängerbrücke aus"],
        "fr": ["Photo envoyée par un lecteur qui attendait sur le quai", "Photo : le photographe de {site}, depuis la passerelle"],
        "es": ["Foto enviada por un lector que esperaba en el andén", "Imagen: fotógrafo de {site}, desde la pasarela"],
        "ru": ["Снимок прислал читатель, который стоял на платформе", "Фото: фотограф «{site}», с пешеходного моста"],
    },
    "copyright": {
        "en": ["Republishing this article in full or in part needs the written permission of {site}."],
        "tr": ["Bu haberin tamamının ya da bir bölümünün yeniden yayımlanması {site} yazılı izniyle mümkündür."],
        "de": ["Die vollständige oder teilweise Wiederveröffentlichung dieses Artikels bedarf der schriftlichen Genehmigung von {site}."],
        "fr": ["Toute republication de cet article, entière ou partielle, nécessite l'accord écrit de {site}."],
        "es": ["Republicar esta noticia, entera o en parte, requiere el permiso por escrito de {site}."],
        "ru": ["Полная или частичная перепечатка материала возможна только с письменного разрешения «{site}»."],
    },
    "section": {
        "en": ["{section} · from the Guildhall to the Vale", "The latest from our {section} team ›"],
        "tr": ["{section} · göl kıyısından ilçelere", "{section} ekibimizden son haberler ›"],
        "de": ["{section} · vom Rathaus bis ins Ammertal", "Das Neueste aus unserem {section}-Team ›"],
        "fr": ["{section} · de la mairie au fond de la vallée", "Les dernières nouvelles de notre équipe {section} ›"],
        "es": ["{section} · del ayuntamiento a la vega", "Lo último de nuestro equipo de {section} ›"],
        "ru": ["«{section}» · от райцентра до дальних деревень", "Свежее от команды раздела «{section}» ›"],
    },
    "related": {
        "en": ["Elsewhere across the city and the vale", "Worth a look on your journey home"],
        "tr": ["Şehrin ve ilçelerin öbür haberleri", "Eve dönüş yolunda göz atmaya değer"],
        "de": ["Was sonst in Stadt und Tal passiert", "Lesenswert für den Heimweg"],
        "fr": ["Ailleurs dans la ville et la vallée", "À lire sur le trajet du retour"],
        "es": ["En otros puntos de la ciudad y la vega", "Para leer en el camino de vuelta a casa"],
        "ru": ["Что ещё происходит в городе и районе", "Почитать по дороге домой"],
    },
    "symbol": {"*": ['⊶ ⊷ ⊶', '·⟐·⟐·', '—◇◆◇—', '✢ ⋄ ✢']},
    "credit": {
        "en": ["Additional reporting by the {site} transport desk", "With input from our environment and energy reporter"],
        "tr": ["Habere {site} ulaşım servisi katkıda bulundu", "Çevre ve enerji muhabirimizin katkısıyla"],
        "de": ["Mitarbeit: Verkehrsredaktion von {site}", "Mit Beiträgen unseres Reporters für Umwelt und Energie"],
        "fr": ["Avec le service transports de {site}", "Avec la contribution de notre journaliste environnement et énergie"],
        "es": ["Con información de la sección de transportes de {site}", "Con aportaciones de nuestro redactor de medio ambiente y energía"],
        "ru": ["При участии транспортного отдела «{site}»", "С участием нашего корреспондента по экологии и энергетике"],
    },
    "ad": {
        "en": ["Sponsored content from a local business · story continues", "Ads like this one help {site} pay its reporters"],
        "tr": ["Yerel bir işletmenin sponsorlu içeriği · haber devam ediyor", "Bu tür reklamlar {site} muhabirlerinin maaşını ödüyor"],
        "de": ["Gesponserter Inhalt eines örtlichen Betriebs · Artikel geht weiter", "Anzeigen wie diese helfen {site}, seine Reporter zu bezahlen"],
        "fr": ["Contenu sponsorisé par une entreprise locale · suite de l'article", "Les publicités comme celle-ci aident {site} à payer ses journalistes"],
        "es": ["Contenido patrocinado por un negocio local · sigue la noticia", "Anuncios como este ayudan a {site} a pagar a sus periodistas"],
        "ru": ["Спонсорский материал местной компании · статья продолжается", "Такая реклама помогает «{site}» платить журналистам"],
    },
    "continue": {
        "en": ["Keep reading — the rest is one tap away", "Unfold the rest of this report ▾"],
        "tr": ["Okumaya devam edin — kalanı bir dokunuş uzağınızda", "Haberin kalanını açın ▾"],
        "de": ["Weiterlesen — der Rest ist nur einen Fingertipp entfernt", "Den Rest dieses Berichts aufklappen ▾"],
        "fr": ["Continuez — la suite est à portée de doigt", "Déplier la suite de ce reportage ▾"],
        "es": ["Sigue leyendo, el resto está a un toque", "Despliega el resto de esta información ▾"],
        "ru": ["Читать дальше — остальное в одно касание", "Развернуть остальную часть материала ▾"],
    },
    "comments": {
        "en": ["{n} people on the platform are talking about this", "💬 {n} replies — read them"],
        "tr": ["İskeledeki {n} kişi bunu konuşuyor", "💬 {n} yanıt — okuyun"],
        "de": ["{n} Leute am Bahnsteig reden schon darüber", "💬 {n} Antworten — jetzt lesen"],
        "fr": ["{n} personnes sur le quai en parlent déjà", "💬 {n} réponses — les lire"],
        "es": ["{n} personas del andén ya están hablando de esto", "💬 {n} respuestas — léelas"],
        "ru": ["Уже {n} человек с платформы обсуждают это", "💬 {n} ответов — читать"],
    },
    "readtime": {
        "en": ["About {m} minutes — two stops on the train", "Roughly {m} min, about one bus stop"],
        "tr": ["Yaklaşık {m} dakika — trenle iki durak", "Aşağı yukarı {m} dk, bir otobüs durağı kadar"],
        "de": ["Etwa {m} Minuten — zwei Stationen mit dem Zug", "Ungefähr {m} Min., etwa eine Bushaltestelle"],
        "fr": ["Environ {m} minutes — deux arrêts en train", "À peu près {m} min, le temps d'un café en gare"],
        "es": ["Unos {m} minutos, dos paradas de tren", "Más o menos {m} min, lo que dura una parada de autobús"],
        "ru": ["Около {m} минут — две остановки на электричке", "Примерно {m} мин — пока ждёте автобус"],
    },
    "updated": {
        "en": ["Story refreshed {d}, {t}", "New details added at {t} on {d}"],
        "tr": ["Haber yenilendi: {d}, {t}", "{d} günü {t}'de yeni ayrıntılar eklendi"],
        "de": ["Artikel aufgefrischt: {d}, {t}", "Neue Details ergänzt am {d} um {t}"],
        "fr": ["Article rafraîchi le {d}, {t}", "Nouveaux éléments ajoutés le {d} à {t}"],
        "es": ["Noticia refrescada el {d}, {t}", "Nuevos detalles añadidos el {d} a las {t}"],
        "ru": ["Материал обновлён {d}, {t}", "Новые подробности добавлены {d} в {t}"],
    },
    "audio": {
        "en": ["▶ The vale in your ears: this report narrated · {m} min", "Eyes on the road? Let a voice read this one to you"],
        "tr": ["▶ Göl kıyısından sesli haber · {m} dk", "Gözünüz yolda mı? Bu haberi size bir ses okusun"],
        "de": ["▶ Das Tal zum Hören: dieser Bericht gesprochen · {m} Min.", "Augen auf der Straße? Lassen Sie sich diesen Text vorlesen"],
        "fr": ["▶ La vallée à l'oreille : ce reportage lu · {m} min", "Les yeux sur la route ? Une voix vous lit cet article"],
        "es": ["▶ La vega al oído: esta noticia narrada · {m} min", "¿Vas conduciendo? Que una voz te lea esta noticia"],
        "ru": ["▶ Район на слух: этот материал озвучен · {m} мин", "Вы за рулём? Пусть этот текст вам прочитает голос"],
    },
    "app": {
        "en": ["Live departures and local news together in our free app", "Continue in the {site} app for offline reading ›"],
        "tr": ["Canlı kalkış saatleri ve yerel haberler ücretsiz uygulamamızda bir arada", "Çevrim dışı okumak için {site} uygulamasında devam edin ›"],
        "de": ["Live-Abfahrten und Lokalnachrichten zusammen in unserer kostenlosen App", "In der App von {site} offline weiterlesen ›"],
        "fr": ["Départs en direct et infos locales réunis dans notre appli gratuite", "Continuer dans l'appli {site} pour lire hors connexion ›"],
        "es": ["Salidas en directo y noticias locales juntas en nuestra app gratuita", "Sigue en la app de {site} para leer sin conexión ›"],
        "ru": ["Онлайн-расписание и местные новости вместе в нашем бесплатном приложении", "Продолжить в приложении «{site}» без интернета ›"],
    },
    "bio": {
        "en": ["{by} covers {section} for {site} and commutes in on the Vale line most mornings.", "See all stories by {by} ›"],
        "tr": ["{by}, {site} için {section} haberlerini izliyor ve çoğu sabah işe vapurla geliyor.", "{by} imzalı göl kıyısı haberlerinin hepsi ›"],
        "de": ["{by} berichtet für {site} über {section} und pendelt meistens mit der Regionalbahn.", "Alle Artikel von {by} ansehen ›"],
        "fr": ["{by} suit la rubrique {section} pour {site} et prend le TER presque tous les matins.", "Voir tous les articles de {by} ›"],
        "es": ["{by} cubre {section} para {site} y va a la redacción en Cercanías casi cada mañana.", "Ver todas las noticias de {by} ›"],
        "ru": ["{by} пишет о теме «{section}» для «{site}» и почти каждое утро ездит на работу электричкой.", "Смотреть все материалы автора ›"],
    },
    "tip": {
        "en": ["Seen something on your street we should know about? newsdesk@valegazette.example", "WhatsApp the newsdesk: 07700 900 318"],
        "tr": ["Sokağınızda bilmemiz gereken bir şey mi gördünüz? ihbar@golhaberleri.example", "Haber masasına WhatsApp: 0532 900 03 18"],
        "de": ["Etwas in Ihrer Straße beobachtet, das wir wissen sollten? hinweis@ammertaler.example", "WhatsApp an die Redaktion: 0151 900 318"],
        "fr": ["Vous avez vu quelque chose dans votre rue qu'on devrait savoir ? infos@echo-levezou.example", "WhatsApp à la rédaction : 07 00 90 03 18"],
        "es": ["¿Has visto algo en tu calle que debamos saber? avisos@gacetaribera.example", "WhatsApp a la redacción: 611 900 318"],
        "ru": ["Заметили на своей улице что-то, о чём нам стоит знать? novosti@sokolvestnik.example", "WhatsApp редакции: +7 900 000-03-18"],
    },
    "typo": {
        "en": ["Spotted a wrong name or number in this report? Highlight it and hit Ctrl+Enter for the duty editor"],
        "tr": ["Haberde yanlış bir isim ya da rakam mı gördünüz? İşaretleyip Ctrl+Enter ile nöbetçi editöre iletin"],
        "de": ["Falscher Name oder falsche Zahl im Bericht? Markieren und Strg+Enter drücken, dann prüft der Spätdienst"],
        "fr": ["Un nom ou un chiffre erroné dans ce reportage ? Surlignez-le et faites Ctrl+Entrée pour l'éditeur de permanence"],
        "es": ["¿Un nombre o una cifra mal en esta información? Márcalo y pulsa Ctrl+Intro para el editor de guardia"],
        "ru": ["Увидели неверное имя или цифру? Выделите и нажмите Ctrl+Enter — дежурный редактор проверит"],
    },
    "push": {
        "en": ["Get a notification from {site} when trains are cancelled or roads close? Alert me · Not now, thanks"],
        "tr": ["Seferler iptal edildiğinde ya da yollar kapandığında {site} size bildirim göndersin mi? Beni uyarın · Şimdi değil"],
        "de": ["Soll {site} Sie benachrichtigen, wenn Züge ausfallen oder Straßen gesperrt werden? Mich warnen · Jetzt nicht"],
        "fr": ["Recevoir une notification de {site} quand des trains sont supprimés ou des routes fermées ? Me prévenir · Pas maintenant"],
        "es": ["¿Quieres que {site} te avise cuando se suprimen trenes o se cortan carreteras? Avisarme · Ahora no, gracias"],
        "ru": ["Присылать уведомления от «{site}», когда отменяют поезда или перекрывают дороги? Предупреждать меня · Не сейчас"],
    },
    "print": {
        "en": ["Print this report · Keep a PDF copy · Email it on", "A clean printable copy of this page"],
        "tr": ["Haberi yazdır · PDF kopyasını sakla · E-postayla ilet", "Bu sayfanın temiz, yazdırılabilir bir kopyası"],
        "de": ["Bericht drucken · PDF-Kopie behalten · Per Mail weiterleiten", "Eine saubere Druckfassung dieser Seite"],
        "fr": ["Imprimer le reportage · Garder une copie PDF · Transmettre par courriel", "Une version propre de cette page, prête à imprimer"],
        "es": ["Imprimir la información · Guardar copia en PDF · Reenviar por correo", "Una copia limpia de esta página para imprimir"],
        "ru": ["Распечатать материал · Сохранить копию в PDF · Переслать письмом", "Чистая версия этой страницы для печати"],
    },
    "feedback": {
        "en": ["Was this report useful for your commute or your street? Tap a thumb 👍👎"],
        "tr": ["Bu haber yolculuğunuz ya da mahalleniz için işe yaradı mı? Bir başparmağa dokunun 👍👎"],
        "de": ["War dieser Bericht nützlich für Ihren Weg zur Arbeit oder Ihre Straße? Daumen antippen 👍👎"],
        "fr": ["Ce reportage vous a-t-il servi pour votre trajet ou votre rue ? Touchez un pouce 👍👎"],
        "es": ["¿Te ha servido esta información para tu trayecto o tu calle? Toca un pulgar 👍👎"],
        "ru": ["Пригодился ли материал для вашей поездки или вашей улицы? Нажмите на палец 👍👎"],
    },
    "standards": {
        "en": ["{site} signs up to the Editors' Code through IPSO; to complain about this report, write to the managing editor within four weeks."],
        "tr": ["{site} Basın Konseyi ilkelerine bağlıdır; bu haberle ilgili itirazınızı dört hafta içinde yazı işleri müdürüne yazın."],
        "de": ["{site} hat sich dem Pressekodex verpflichtet; Beschwerden zu diesem Bericht bitte binnen vier Wochen an die Chefredaktion."],
        "fr": ["{site} adhère au Conseil de déontologie journalistique ; pour contester ce reportage, écrivez au rédacteur en chef sous quatre semaines."],
        "es": ["{site} está adherido a la Comisión de Deontología de la FAPE; para reclamar sobre esta información, escribe al director en un plazo de cuatro semanas."],
        "ru": ["«{site}» следует Кодексу профессиональной этики российского журналиста; претензии к материалу направляйте главному редактору в течение месяца."],
    },
    "topics": {
        "en": ["More on: {section} · the vale · getting around", "Follow {section} to get alerts ›"],
        "tr": ["Daha fazlası: {section} · ilçeler · ulaşım", "Uyarı almak için {section} konusunu takip edin ›"],
        "de": ["Mehr zu: {section} · das Tal · unterwegs", "{section} folgen und Hinweise erhalten ›"],
        "fr": ["À lire aussi sur : {section} · la vallée · se déplacer", "Suivre le thème {section} pour être alerté ›"],
        "es": ["Más sobre: {section} · la vega · moverse", "Sigue {section} para recibir avisos ›"],
        "ru": ["Ещё по темам: {section} · район · как добраться", "Следить за темой «{section}» в нашем районе ›"],
    },
    "bookmark": {
        "en": ["☆ Save for the train home"],
        "tr": ["☆ Dönüş vapuru için kaydet"],
        "de": ["☆ Für die Heimfahrt merken"],
        "fr": ["☆ Garder pour le train du retour"],
        "es": ["☆ Guárdalo para el tren de vuelta"],
        "ru": ["☆ Сохранить на обратную дорогу"],
    },
    "poll": {
        "en": ["Have your say, should the council do more of this: Yes · No · Not sure", "You will see how the vale voted after you pick an answer"],
        "tr": ["Görüşünüzü bildirin, belediye bunu daha çok yapmalı mı: Evet · Hayır · Emin değilim", "Bir yanıt seçince ilçenin nasıl oy verdiğini göreceksiniz"],
        "de": ["Ihre Meinung, sollte die Stadt mehr davon machen: Ja · Nein · Weiß nicht", "Wie das Tal abgestimmt hat, sehen Sie nach Ihrer Antwort"],
        "fr": ["Donnez votre avis, la mairie doit-elle en faire plus : Oui · Non · Je ne sais pas", "Vous verrez comment la vallée a voté une fois votre réponse choisie"],
        "es": ["Opina, ¿debería el ayuntamiento hacer más cosas así?: Sí · No · No lo sé", "Verás cómo ha votado la vega cuando elijas una respuesta"],
        "ru": ["Ваше мнение, нужно ли властям делать больше такого: Да · Нет · Не знаю", "Как проголосовал район, вы увидите после ответа"],
    },
    "embed": {
        "en": ["This Instagram post from {handle} opens in the app", "{handle} filmed it — watch on YouTube"],
        "tr": ["{handle} hesabının Instagram paylaşımı uygulamada açılır", "{handle} görüntüledi — YouTube'da izleyin"],
        "de": ["Dieser Instagram-Beitrag von {handle} öffnet sich in der App", "{handle} hat es gefilmt — auf YouTube ansehen"],
        "fr": ["Cette publication Instagram de {handle} s'ouvre dans l'appli", "{handle} a filmé la scène — à voir sur YouTube"],
        "es": ["Esta publicación de Instagram de {handle} se abre en la app", "{handle} lo grabó: míralo en YouTube"],
        "ru": ["Эта публикация {handle} откроется в приложении Instagram", "{handle} снял это на видео — смотрите на YouTube"],
    },
    "gallery": {
        "en": ["🖼 {g} photos from the day — open the gallery", "Browse all {g} pictures ›"],
        "tr": ["🖼 Günden {g} fotoğraf — galeriyi açın", "{g} fotoğrafın hepsine bakın ›"],
        "de": ["🖼 {g} Fotos vom Tag — Galerie öffnen", "Alle {g} Bilder durchblättern ›"],
        "fr": ["🖼 {g} photos de la journée — ouvrir la galerie", "Parcourir les {g} images ›"],
        "es": ["🖼 {g} fotos de la jornada — abre la galería", "Ver las {g} imágenes ›"],
        "ru": ["🖼 {g} фотографий — открыть галерею", "Посмотреть все {g} снимков ›"],
    },
    "map": {
        "en": ["Expand the vale map", "Get directions: Citymapper · Google Maps · OS Maps"],
        "tr": ["Göl haritasını genişlet", "Yol tarifi al: Google Haritalar · Yandex Haritalar · Moovit"],
        "de": ["Talkarte aufklappen", "Route planen: Google Maps · Komoot · DB Navigator"],
        "fr": ["Déplier la carte de la vallée", "Itinéraire : Google Maps · Waze · Géoportail"],
        "es": ["Desplegar el mapa de la vega", "Cómo llegar: Google Maps · Moovit · Wikiloc"],
        "ru": ["Развернуть карту района", "Проложить маршрут: Яндекс Карты · 2ГИС · OSM"],
    },
    "calendar": {
        "en": ["Add to my calendar: Apple · Google · Outlook", "Send me a nudge by email the evening before"],
        "tr": ["Takvimime ekle: Apple · Google · Outlook", "Önceki akşam bana e-postayla hatırlat"],
        "de": ["In meinen Kalender: Apple · Google · Outlook", "Am Vortag per E-Mail erinnern"],
        "fr": ["Ajouter à mon agenda : Apple · Google · Outlook", "Me faire signe par courriel la veille au soir"],
        "es": ["Añadir a mi calendario: Apple · Google · Outlook", "Avísame por correo el día antes"],
        "ru": ["Добавить в календарь: Apple · Google · Outlook", "Напомнить письмом накануне"],
    },
    "scores": {
        "en": ["All today's results and fixtures ›", "Fixtures · Results · Tables · Top scorers"],
        "tr": ["Bugünün tüm sonuçları ve fikstür ›", "Maç programı · Skorlar · Lig tablosu · Golcüler"],
        "de": ["Heute im Amateurfußball: alle Spiele und Ergebnisse ›", "Spielplan · Ergebnisse · Tabellen · Torjäger"],
        "fr": ["Tous les résultats et le programme du jour ›", "Programme · Scores · Classement général · Meilleurs buteurs"],
        "es": ["Todos los resultados y partidos de hoy ›", "Jornada · Marcadores · Tabla de la liga · Pichichis"],
        "ru": ["Все результаты и матчи сегодняшнего дня ›", "Расписание матчей · Счёт · Турнирная таблица · Лучшие бомбардиры"],
    },
    "correction": {
        "en": ["An error in an earlier version of this story has been put right."],
        "tr": ["Bu haberin önceki sürümündeki bir hata giderildi."],
        "de": ["Ein Fehler in einer früheren Fassung dieses Artikels wurde behoben."],
        "fr": ["Une erreur figurant dans une version antérieure de cet article a été rectifiée."],
        "es": ["Se ha subsanado un error de una versión anterior de esta noticia."],
        "ru": ["Ошибка в предыдущей версии материала исправлена."],
    },
    # the three families new in this part
    "energygrants": {  # home-energy grant checkers: the eligibility form, the grants-by-measure table, the installer search, the advice line card
        "en": ["Could your home get a warmer-homes grant? Check in two minutes", "Grants you could get, by measure",
               "Find an accredited installer", "Free home energy advice line"],
        "tr": ["Enerji verimliliği desteğine uygun olup olmadığınızı öğrenin", "Yalıtım ve ısı pompası destekleri, uygulamaya göre",
               "Yetkili bir uygulayıcı firma bulun", "Ücretsiz enerji danışma hattı"],
        "de": ["Prüfen Sie, ob Sie Anspruch auf einen Sanierungszuschuss haben", "Zuschüsse nach Maßnahme im Überblick",
               "Zertifizierten Fachbetrieb in Ihrer Nähe finden", "Kostenlose Energieberatung am Telefon"],
        "fr": ["Vérifiez si vous êtes éligible à une aide à la rénovation", "Les aides possibles, travaux par travaux",
               "Trouver un artisan reconnu garant de l'environnement", "Conseil rénovation gratuit par téléphone"],
        "es": ["Comprueba si puedes pedir una ayuda para rehabilitar tu vivienda", "Ayudas disponibles según la actuación",
               "Busca una empresa instaladora acreditada", "Teléfono gratuito de asesoramiento energético"],
        "ru": ["Проверьте, положена ли вам субсидия на утепление дома", "Какие выплаты положены, по видам работ",
               "Найти аккредитованного подрядчика", "Бесплатная горячая линия по энергосбережению"],
    },
    "railstrike": {  # rail-strike journey checkers: the strike-day service table, the check-your-journey form, the refund link, the helpline card
        "en": ["Strike-day services by route", "Check your journey before you travel",
               "Claim a refund for a strike day ›", "Customer helpline"],
        "tr": ["Grev günü hat hat sefer durumu", "Yola çıkmadan seferinizi kontrol edin",
               "Grev günü için bilet ücreti iadesi isteyin ›", "Yolcu hizmetleri hattı"],
        "de": ["Zugverkehr am Streiktag nach Linien", "Prüfen Sie Ihre Verbindung vor Reiseantritt",
               "Entschädigung für Streiktage beantragen ›", "Kundentelefon der Bahn"],
        "fr": ["Trafic prévu les jours de grève, ligne par ligne", "Vérifiez votre trajet avant de partir",
               "Demander un remboursement pour un jour de grève ›", "Service clients TER"],
        "es": ["Servicios en día de huelga, línea a línea", "Consulta tu viaje antes de salir",
               "Pide la devolución por los días de huelga ›", "Atención al viajero"],
        "ru": ["Движение поездов в день забастовки по направлениям", "Проверьте свою поездку перед выходом из дома",
               "Вернуть деньги за поездку в день забастовки ›", "Справочная служба перевозчика"],
    },
    "wildlifelog": {  # wildlife-sightings logs: the recent sightings table, the report form, the species of the month card, the county recorder's card
        "en": ["Recent sightings", "Report a sighting", "Species of the month: {species}", "Your county recorder"],
        "tr": ["Son gözlem kayıtları", "Gözleminizi bildirin", "Ayın türü: {species}", "Bölge kuş kayıt sorumlusu"],
        "de": ["Aktuelle Beobachtungen", "Beobachtung melden", "Art des Monats: {species}", "Ihr Ansprechpartner für Artenmeldungen im Landkreis"],
        "fr": ["Observations récentes", "Signaler une observation", "L'espèce du mois : {species}", "Votre référent naturaliste départemental"],
        "es": ["Avistamientos recientes", "Comunica un avistamiento", "Especie del mes: {species}", "Coordinador provincial de citas de fauna"],
        "ru": ["Последние наблюдения", "Сообщить о встрече", "Вид месяца: {species}", "Региональный координатор учётов"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"energygrants": [0, 1, 2, 3], "railstrike": [0, 1, 2, 3], "wildlifelog": [0, 1, 2, 3]}
# the grants by measure: measure, grant, who can apply
GRANT_MEASURES = {
    "en": [("Loft insulation", "Up to £1,500", "Any household on a means-tested benefit"), ("Cavity wall insulation", "Up to £2,800", "Homes rated D or below"),
           ("Air source heat pump", "£7,500", "Owner-occupiers and landlords"), ("Solar panels", "Up to £3,000", "Household income under £36,000")],
    "tr": [("Çatı yalıtımı", "45.000 TL'ye kadar", "Tüm konut sahipleri"), ("Dış cephe yalıtımı", "120.000 TL'ye kadar", "1999 öncesi binalar"),
           ("Isı pompası", "150.000 TL", "Doğalgazı olmayan haneler"), ("Çatı üstü güneş paneli", "90.000 TL'ye kadar", "Müstakil evler")],
    "de": [("Dachdämmung", "bis 1.500 €", "Eigentümer von Häusern vor 1995"), ("Fassadendämmung", "bis 4.000 €", "Ein- und Zweifamilienhäuser"),
           ("Luft-Wasser-Wärmepumpe", "30 % der Kosten", "Ersatz einer Öl- oder Gasheizung"), ("Photovoltaik mit Speicher", "bis 2.500 €", "selbst genutzte Häuser")],
    "fr": [("Isolation des combles", "jusqu'à 2 500 €", "Ménages aux revenus modestes"), ("Isolation des murs par l'extérieur", "75 €/m²", "Maisons construites avant 1990"),
           ("Pompe à chaleur air-eau", "jusqu'à 5 000 €", "Remplacement d'une chaudière au fioul"), ("Panneaux solaires", "prime de 1 200 €", "Propriétaires vivant sur place")],
    "es": [("Aislamiento de cubierta", "hasta 3.000 €", "Viviendas anteriores a 1980"), ("Aislamiento de fachada", "hasta 40 % del coste", "Comunidades de vecinos"),
           ("Bomba de calor aerotérmica", "hasta 4.500 €", "Sustitución de calderas de gasóleo"), ("Placas solares", "hasta 3.600 €", "Viviendas unifamiliares")],
    "ru": [("Утепление чердака", "до 60 000 ₽", "Дома старше 30 лет"), ("Утепление фасада", "до 150 000 ₽", "Многоквартирные дома"),
           ("Тепловой насос", "до 200 000 ₽", "Дома без газа"), ("Солнечные панели", "до 120 000 ₽", "Частные дома")],
}
# the energy-advice line card: label, value
ADVICE_LINE = {
    "en": [("Warm homes freephone", "0808 900 1472"), ("Advisers available", "Weekdays 8am to 8pm, Saturdays 9am to 1pm"), ("Write to the advisers", "warmhomes@brackwater-advice.example")],
    "tr": [("Isı yalıtımı danışma hattı", "0 800 900 14 72"), ("Danışmanlara ulaşma saatleri", "Pazartesi–Cuma, 08.30 ile 17.30 arası")],
    "de": [("Sanierungs-Hotline der Energieagentur", "0800 900 1472"), ("Beraterinnen erreichbar", "Mo–Fr 8–18 Uhr, Do bis 20 Uhr")],
    "fr": [("Numéro vert rénovation", "0 800 90 14 72"), ("Un conseiller vous répond", "du lundi au vendredi, 9 h – 17 h")],
    "es": [("Teléfono de la oficina de rehabilitación", "900 900 147"), ("Atención de los asesores", "de lunes a viernes, de 8 a 15 h")],
    "ru": [("Линия по утеплению домов", "8 800 900-14-72"), ("Консультанты на связи", "пн–пт с 9 до 18")],
}
# strike-day services: route, service
STRIKE_SERVICES = {
    "en": [("Hartwell Junction – Carnmouth", "Reduced: one train an hour"), ("Carnmouth – Pollen Bay", "No service"),
           ("Hartwell Junction – Levenbridge", "Running as normal"), ("Night trains", "No service")],
    "tr": [("Karaköprü – Gölyaka banliyö", "Azaltılmış sefer"), ("Gölyaka – Merkez", "Sefer yok"), ("Ekspres tren", "Normal çalışıyor")],
    "de": [("RB 64 Bergheim – Kirchtal", "eingeschränkt, alle 2 Stunden Bus"), ("RB 65 Kirchtal – Oberammertal", "kein Verkehr"),
           ("RE 6 Bergheim – Landeshauptstadt", "fährt planmäßig")],
    "fr": [("Aurignac – Montbrun", "1 train sur 3"), ("Montbrun – Saint-Gaudric", "aucun train, cars de substitution"),
           ("Aurignac – Toulouse", "trafic normal")],
    "es": [("C-1 Almazor – Puerto Alto", "Servicios mínimos (33 %)"), ("C-2 Almazor – Valdeolmos", "Servicios mínimos (25 %)"),
           ("Regional Almazor – capital", "Sin incidencias")],
    "ru": [("Город – Соколово", "сокращённое расписание"), ("Соколово – Осиновка", "поезда отменены"), ("Экспресс до аэропорта", "ходит без изменений")],
}
# the operator's helpline card: label, value
RAIL_HELPLINE = {
    "en": [("Vale Trains customer relations", "0345 900 2260"), ("Staffed", "6am to 11pm, every day"), ("Text relay", "18001 0345 900 2260")],
    "tr": [("Banliyö çağrı merkezi", "444 9 226"), ("Operatöre bağlanma", "Her gün 06.00–23.00")],
    "de": [("Kundendialog Südwest-Regio", "0800 900 2260"), ("Besetzt", "täglich 5 bis 23 Uhr")],
    "fr": [("Allô TER de la vallée", "0 800 90 22 60"), ("Conseillers en ligne", "7 j/7, 7 h – 22 h")],
    "es": [("Atención al viajero de Cercanías", "912 900 226"), ("Se atiende", "todos los días, de 6 a 23 h")],
    "ru": [("Справочная пригородной компании", "8 800 900-22-60"), ("Операторы отвечают", "с 5:00 до 24:00")],
}
# recent sightings: species, place, date
SIGHTINGS = {
    "en": [("Osprey (2 adults)", "Hollinmere, west shore", "30 June"), ("Otter", "River Holl at Mill Weir", "27 June"),
           ("Great crested grebe with young", "Hollin Bridge reedbed", "26 June"), ("Kingfisher", "Cotterell Locks", "24 June")],
    "tr": [("Flamingo (yaklaşık 12.400)", "Sarıkum tuzla göletleri", "5 Nisan"), ("Tepeli pelikan", "Küçükada açıkları", "3 Nisan"),
           ("Kılıçgaga", "Kumul gölü", "1 Nisan")],
    "de": [("Eisvogel", "Ammer bei der Mühle", "02.05.2026"), ("Weißstorch (Paar)", "Kirchturm Wiesach", "29.04.2026")],
    "fr": [("Loutre d'Europe", "Auzonne, pont de Saint-Péran", "12 mars"), ("Cigogne noire", "Étang de la Borie", "9 mars")],
    "es": [("Nutria (hembra con dos crías)", "Río Gévalo, molino de la Aceña", "28 de abril"), ("Martín pescador", "Puente viejo de Villamesa", "25 de abril"),
           ("Cigüeña negra", "Embalse del Gévalo", "22 de abril")],
    "ru": [("Серый журавль (около 4000)", "Лебяжье болото", "21 апреля"), ("Орлан-белохвост", "Осиновка, берег реки", "19 апреля"),
           ("Большой кроншнеп", "Поля у Соколова", "17 апреля")],
}
# the species of the month (the card's heading)
SPECIES = {"en": "the otter", "tr": "tepeli pelikan", "de": "der Eisvogel", "fr": "la cigogne noire", "es": "el martín pescador", "ru": "орлан-белохвост"}
# the county recorder's card: label, value
RECORDER = {
    "en": [("Bird recorder for the county", "Dr Gwenllian Ashby"), ("Send records to", "records@hollinbirdclub.example"), ("Records accepted", "with date, place and grid reference")],
    "tr": [("Kuş kayıtları sorumlusu", "Doç. Merve Koçyiğit"), ("Kayıt gönderme adresi", "kayit@egedoga.example")],
    "de": [("Artenmeldungen im Ammertal", "Lorenz Haberkorn"), ("Meldungen bitte an", "arten@nabu-ammertal.example")],
    "fr": [("Référent faune du Val d'Auzonne", "Pierre-Yves Couderc"), ("Envoyer vos données à", "obs@naturalistes-auzonne.example")],
    "es": [("Coordinadora de citas del Gévalo", "Nuria Galindo"), ("Envía tus citas a", "citas@fauna-gevalo.example")],
    "ru": [("Координатор учётов заказника", "Сергей Малафеев"), ("Наблюдения присылайте на", "uchet@sokol-zakaznik.example")],
}
WIDGET_ROWS = (("grant measures", GRANT_MEASURES), ("advice line", ADVICE_LINE), ("strike services", STRIKE_SERVICES),
               ("rail helpline", RAIL_HELPLINE), ("sightings", SIGHTINGS), ("species", SPECIES), ("recorder", RECORDER))


# headlines of the linked stories (related lists, sidebars, related cards)
HEADLINES = {
    "en": ["Park run volunteers plant 500 trees along the old railway path", "Lights go in outside Brackwater primary after parents' ten-year campaign",
           "Food bank moves into the empty bank on Market Street", "Allotment society wins city in bloom gold",
           "Late-night bus trial extended to Sundays", "Former textile mill to become 80 flats and a climbing wall"],
    "tr": ["Eski demiryolu hattına 500 fidan dikildi", "Velilerin on yıllık ısrarı sonuç verdi: ilkokulun önüne ışıklı geçit",
           "Gıda bankası Çarşı Caddesi'ndeki boş banka binasına taşındı", "Hobi bahçeleri derneği çiçek yarışmasında birinci oldu",
           "Gece otobüsü seferleri pazar günlerine de uzatıldı", "Eski dokuma fabrikası 80 daire ve tırmanma duvarı oluyor"],
    "de": ["Laufgruppe pflanzt 500 Bäume entlang der alten Bahntrasse", "Nach zehn Jahren Elternprotest: Ampel vor der Grundschule kommt",
           "Tafel zieht in die leere Bankfiliale in der Marktstraße", "Kleingartenverein gewinnt Gold beim Blumenschmuckwettbewerb",
           "Nachtbus-Versuch wird auf Sonntage ausgeweitet", "Alte Spinnerei wird zu 80 Wohnungen und einer Kletterhalle"],
    "fr": ["Des coureurs plantent 500 arbres le long de l'ancienne voie ferrée", "Après dix ans de pétitions, un feu tricolore devant l'école",
           "La banque alimentaire s'installe dans l'ancienne agence bancaire", "Les jardins familiaux décrochent l'or au concours des villes fleuries",
           "Le bus de nuit circulera aussi le dimanche", "L'ancienne filature transformée en 80 logements et une salle d'escalade"],
    "es": ["Un club de corredores planta 500 árboles en la antigua vía del tren", "Tras diez años de protestas, semáforo frente al colegio",
           "El banco de alimentos se muda a la antigua sucursal bancaria", "Los huertos urbanos ganan el oro en el concurso de flores",
           "El búho nocturno circulará también los domingos", "La vieja fábrica textil tendrá 80 pisos y un rocódromo"],
    "ru": ["Бегуны высадили 500 деревьев вдоль старой железнодорожной насыпи", "После десяти лет жалоб родителей у школы поставили светофор",
           "Продуктовый банк переехал в бывшее отделение банка", "Садоводы выиграли городской конкурс цветников",
           "Ночные автобусы будут ходить и по воскресеньям", "Старую ткацкую фабрику перестроят под 80 квартир и скалодром"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["fr"]
TEASERS = {
    "fr": ["Les bénévoles ont choisi des essences locales : chênes, merisiers et cormiers.",
           "Les parents avaient manifesté trois fois devant la mairie.",
           "Les distributions passent de deux à quatre par semaine.",
           "Le jury a salué les carrés de légumes tenus par les écoliers.",
           "Le dernier départ de la gare routière est fixé à 1 h 10.",
           "Les travaux doivent commencer au printemps prochain."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Today in the vale", "Trains, buses and roads", "Bills, energy and climate", "Reserves, rivers and wildlife", "Our streets", "Weekends along the Vale line", "Letters from commuters"],
               cookie="We use cookies to make this site work and, if you agree, to measure which stories are read and to show adverts from businesses in the vale. Choose 'Accept all' to allow them, or manage your choices. You can change your mind at any time from the Cookies link at the bottom of every page.",
               accept="Fine by me, accept them", reject="Essential cookies only, please", share="Send this vale story on",
               related="Read next from the vale", newsletter="The Vale Commute: travel news and headlines in your inbox at 6.45am",
               subscribe="Sign up to The Vale Commute", email="you@valecommute.example",
               comment_note="All comments are checked by our moderators before they are published. Be kind, stay on the subject and leave out anything personal.",
               closed="We are not taking comments on this vale story.",
               footer=["Who makes the Vale Line Evening Gazette", "Report an error in a Gazette story", "Your data, our cookies and your choices", "Advertise with us in the vale", "The rules for using our website"],
               rights="All content on this site is protected by copyright and may not be copied or shared without the publisher's permission.",
               commenters=[("Commuter_from_Hartwell", "Good to see something positive about our area for once."),
                           ("Jan at Pollen Bay", "Wish they'd do the same on our side of town.")]),
    "tr": dict(nav=["Göl kıyısında bugün", "Vapur, otobüs ve yollar", "Faturalar, enerji, iklim", "Sulak alanlar ve yaban hayatı", "Sokaklarımız", "Hafta sonu göl kıyısında", "Yolculardan mektuplar"],
               cookie="Bu sitenin çalışması için çerez kullanıyoruz; onay verirseniz hangi haberlerin okunduğunu ölçmek ve bölgedeki işletmelerin reklamlarını göstermek için de kullanırız. İzin vermek için 'Tümünü kabul et'i seçin ya da tercihlerinizi yönetin. Kararınızı her sayfanın altındaki Çerezler bağlantısından dilediğiniz zaman değiştirebilirsiniz.",
               accept="Tamam, bütün çerezlere izin veriyorum", reject="Lütfen yalnızca zorunlu çerezler", share="Bu göl kıyısı haberini iletin",
               related="Gölden ve ilçelerden sıradaki haberler", newsletter="Sabah Vapuru: ulaşım haberleri ve manşetler saat 06.45'te e-postanızda",
               subscribe="Sabah Vapuru'na kaydolun", email="siz@sabahvapuru.example",
               comment_note="Tüm yorumlar yayımlanmadan önce moderatörlerimiz tarafından okunur. Nazik olun, konunun dışına çıkmayın ve kişisel bilgi yazmayın.",
               closed="Bu göl kıyısı haberine yorum alınmıyor.",
               footer=["Göl Haberleri'ni hazırlayanlar", "Bir haberimizdeki yanlışlığı bildirin", "Verileriniz, çerezlerimiz ve seçimleriniz", "Bölgede bize reklam verin", "Sitemizi kullanma kuralları"],
               rights="Bu sitedeki tüm içerikler telif hakkıyla korunur ve yayıncının izni olmadan kopyalanamaz ya da paylaşılamaz.",
               commenters=[("golyakali_hasan", "Bölgemizle ilgili sonunda güzel bir haber."),
                           ("Karaköprülü Sevim", "Keşke aynısını bizim yakada da yapsalar.")]),
    "de": dict(nav=["Heute zwischen Bergheim und Kirchtal", "Züge, Busse, Straßen", "Rechnungen, Energie, Klima", "Schutzgebiete, Flüsse, Tiere", "Unsere Straßen", "Unterwegs im Ammertal", "Briefe von Pendlern"],
               cookie="Wir verwenden Cookies, damit diese Website funktioniert, und, wenn Sie zustimmen, um zu messen, welche Artikel gelesen werden, und um Anzeigen von Betrieben aus dem Tal zu zeigen. Wählen Sie „Alle akzeptieren“ oder verwalten Sie Ihre Auswahl. Sie können Ihre Entscheidung jederzeit über den Link Cookies unten auf jeder Seite ändern.",
               accept="In Ordnung, alle zulassen", reject="Bitte nur die unverzichtbaren Cookies", share="Diesen Talbericht weiterschicken",
               related="Als Nächstes aus dem Tal", newsletter="Der Pendlerbrief: Verkehrsmeldungen und Schlagzeilen um 6.45 Uhr im Postfach",
               subscribe="Pendlerbrief bestellen", email="sie@pendlerbrief.example",
               comment_note="Alle Kommentare werden vor der Veröffentlichung von unserem Team geprüft. Bleiben Sie freundlich, beim Thema und lassen Sie Persönliches weg.",
               closed="Zu diesem Talbericht nehmen wir keine Kommentare an.",
               footer=["Wer den Ammertaler Abendkurier macht", "Einen Fehler im Abendkurier melden", "Ihre Daten, unsere Cookies, Ihre Wahl", "Anzeigen im Tal schalten", "Die Regeln für unsere Website"],
               rights="Alle Inhalte dieser Website sind urheberrechtlich geschützt und dürfen ohne Zustimmung des Verlags nicht kopiert oder geteilt werden.",
               commenters=[("Pendler_aus_Bergheim", "Schön, mal etwas Positives aus unserer Gegend zu lesen."),
                           ("Renate vom Kirchberg", "Das bräuchten wir auf unserer Seite der Stadt auch.")]),
    "fr": dict(nav=["Aujourd'hui entre Lévézou et Aurignac", "Trains, cars et routes", "Factures, énergie, climat", "Réserves, rivières et faune", "Nos rues", "Les week-ends au fil du TER", "Le courrier des navetteurs"],
               cookie="Nous utilisons des cookies pour faire fonctionner ce site et, si vous l'acceptez, pour mesurer les articles lus et afficher des publicités d'entreprises de la vallée. Choisissez « Tout accepter » ou gérez vos choix. Vous pouvez changer d'avis à tout moment grâce au lien Cookies en bas de chaque page.",
               accept="D'accord pour tous", reject="Seulement les cookies indispensables, merci", share="Transmettre ce reportage de la vallée",
               related="À lire ensuite dans la vallée", newsletter="Le Navetteur : l'info transports et les titres dans votre boîte à 6 h 45",
               subscribe="S'inscrire au Navetteur", email="vous@navetteur.example",
               comment_note="Tous les commentaires sont relus par nos modérateurs avant publication. Soyez bienveillant, restez dans le sujet et n'indiquez rien de personnel.",
               closed="Nous ne prenons pas de commentaires sous ce reportage de la vallée.",
               footer=["Qui fait L'Écho du Haut-Lévézou", "Signaler une erreur dans L'Écho", "Vos données, nos cookies et vos choix", "Annoncer dans la vallée", "Les règles d'usage de notre site"],
               rights="Tous les contenus de ce site sont protégés par le droit d'auteur et ne peuvent être copiés ni partagés sans l'accord de l'éditeur.",
               commenters=[("Navetteur_d_Aurignac", "Ça fait du bien de lire quelque chose de positif sur le coin."),
                           ("Mireille de Montbrun", "Il faudrait la même chose de notre côté de la ville.")]),
    "es": dict(nav=["Hoy en la vega", "Trenes, autobuses y carreteras", "Facturas, energía y clima", "Espacios naturales, ríos y fauna", "Nuestras calles", "Salir por la vega", "Cartas de quienes viajan cada día"],
               cookie="Usamos cookies para que esta web funcione y, si lo aceptas, para medir qué noticias se leen y mostrar anuncios de negocios de la vega. Elige «Aceptar todas» o gestiona tus preferencias. Puedes cambiar de opinión cuando quieras desde el enlace Cookies al pie de cada página.",
               accept="De acuerdo, acepto todas", reject="Quiero solo las cookies imprescindibles", share="Reenvía esta noticia de la vega",
               related="Lo siguiente de la vega", newsletter="El Madrugador: noticias de tráfico y titulares en tu correo a las 6.45",
               subscribe="Apúntate a El Madrugador", email="tu@madrugador.example",
               comment_note="Nuestros moderadores revisan todos los comentarios antes de publicarlos. Sé amable, no te salgas del tema y no incluyas datos personales.",
               closed="No admitimos comentarios en esta noticia de la vega.",
               footer=["Quiénes hacen La Gaceta de la Ribera", "Comunica un fallo en La Gaceta", "Tus datos, nuestras cookies y tus opciones", "Publicidad en la vega", "Las normas de uso de nuestra web"],
               rights="Todo el contenido de esta web está protegido por derechos de autor y no puede copiarse ni compartirse sin permiso del editor.",
               commenters=[("Viajero_de_Almazor", "Da gusto leer algo bueno de nuestra zona para variar."),
                           ("Conchi de Villamesa", "Ojalá hicieran lo mismo en nuestro lado del pueblo.")]),
    "ru": dict(nav=["Сегодня между Соколовом и Сылвой", "Электрички, автобусы, дороги", "Счета, энергия, климат", "Заказники, реки, животные", "Наши улицы", "Куда съездить по району", "Письма пассажиров"],
               cookie="Мы используем cookie, чтобы сайт работал, а с вашего согласия — чтобы понимать, какие материалы читают, и показывать рекламу местных компаний. Нажмите «Принять все» или настройте выбор. Передумать можно в любой момент по ссылке «Cookie» внизу каждой страницы.",
               accept="Хорошо, принимаю все", reject="Только самые нужные, пожалуйста", share="Переслать этот материал о районе",
               related="Читайте дальше о нашем районе", newsletter="«Первая электричка»: транспортные новости и заголовки на почту в 6:45",
               subscribe="Подписаться на «Первую электричку»", email="vy@pervaya-elektrichka.example",
               comment_note="Все комментарии проверяют модераторы перед публикацией. Будьте доброжелательны, не уходите от темы и не пишите личного.",
               closed="Под этим материалом о районе мы не принимаем комментарии.",
               footer=["Люди, которые делают «Вестник»", "Сообщить о неточности в «Вестнике»", "Ваши данные, наши cookie и ваш выбор", "Реклама в районе", "Правила пользования нашим сайтом"],
               rights="Все материалы сайта защищены авторским правом; копировать и распространять их без согласия издателя нельзя.",
               commenters=[("Соколовский_Михалыч", "Приятно прочитать что-то хорошее о нашем районе."),
                           ("Галина из Осиновки", "Вот бы и у нас на том берегу так сделали.")]),
}
UI63 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"de": "MEHR AUS DEM GÄU:", "fr": "À LIRE DANS L'ÉCHO :"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"fr": "{name} écrit sur la rubrique {section} pour {site} depuis son arrivée sur le plateau. Idées de sujets : redaction@echo-levezou.example"},
    (mp4, "READMORE"): {"ru": "ЧИТАЙТЕ НА «СЫЛВЕНСКИХ БЕРЕГАХ»:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"es": dict(also="Más en La Gaceta de la Ribera")},
    (mp6, "TYPO3"): {"de": dict(ext="Erklärvideo der Energieagentur (YouTube)",
                                note="Hier ist ein kurzes Erklärvideo der Energieagentur des Landkreises zum Förderprogramm eingebunden. Es wird erst nach Ihrer Zustimmung von YouTube geladen; YouTube erhält dann Daten über Ihren Besuch.",
                                button="Zustimmen und Erklärvideo abspielen", by="Veröffentlicht von", search="Auf oberstetten.example suchen",
                                lang_menu="Oberstetten in Leichter Sprache")},
    (mp7, "SANITY"): {"de": dict(nl_title="Ammertal am Abend", nl_text="Streiks, Sperrungen, Sitzungen und Feste aus dem Ammertal, jeden Abend um 19 Uhr in einer kurzen Mail.",
                                 nl_button="Ammertal am Abend bestellen", nl_placeholder="Ihre Adresse für Ammertal am Abend")},
    (mp11, "HUGO"): {"es": dict(nl_title="La Carta del Gévalo", nl_text="Cada viernes, lo que pasa en el río, los pueblos y los montes de Villamesa, en un solo correo.",
                                nl_label="Tu correo para La Carta del Gévalo", nl_button="Recibir La Carta del Gévalo")},
    (mp13, "PUB_NAV"): {"fr": ["Les carnets de la semaine", "Gens du Val d'Auzonne", "Commerces et métiers du Val", "Soutenir les Carnets du Val d'Auzonne"]},
    (mp13, "TEASERS"): {"fr": TEASERS["fr"]},
    (mp19, "UCOZ"): {"tr": dict(domain="ucoz.com", slogan="Yukarıçamlı — köyümüzün internetteki evi",
                                menu=["Yukarıçamlı'ya hoş geldiniz", "Yukarıçamlı'dan haberler", "Yukarıçamlı muhtarının duyuruları", "Yukarıçamlı'nın eski günleri", "Yukarıçamlı fotoğraf albümü", "Yukarıçamlı muhtarına yazın"],
                                cats=["Yukarıçamlı'dan haberler", "Eski okulun kütüphanesi", "Yukarıçamlı imece günleri"],
                                friends=["Yukarıçamlı Kalkındırma Derneği", "Çamlıbel Ortaokulu", "Yukarıçamlılar Almanya Derneği"],
                                footer="Yukarıçamlı Köyü © 2026 · Bu site gönüllü köylülerimizce hazırlanır",
                                poster="ycamli_muhtar", tags=["eski okul kütüphanesi", "Yukarıçamlı imecesi"],
                                commenters=[("Ayşe_Teyze_Ycamli", "Okulumuzun yeniden dolduğunu görmek ne güzel, emeği geçenlerin eline sağlık."),
                                            ("Gurbetci_Kadir", "Köln'den izledik, yazın gelince kitap getireceğiz.")],
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
# the new layout: a city council's or a regional broadcaster's news site built on Progress Sitefinity CMS, as it
# serves a news item to an anonymous reader: the head with the theme's CSS from the ResourcePackages folder, the
# Telerik.Web.UI.WebResource.axd stylesheet, ScriptResource.axd, the og: metas, the canonical link and the Sitefinity
# generator meta; the ASP.NET form wrapping the page (__VIEWSTATE, WebResource.axd, the Telerik script manager); the
# header placeholder with the logo, the site search and the navigation widget (sfNavWrp / sfNavList, or a Kendo
# k-menu), the breadcrumb (sfBreadcrumbWrp); the Sitefinity layout controls (div.sf_cols, sf_colsOut / sf_colsIn,
# sf_1col_1_100 and sf_2cols_1_67 / sf_2cols_2_33) in the Contentplaceholder1 placeholder; the news item widget
# (the WebForms "sfnewsItemDetails" markup or the MVC "sf-news-item" markup: sfnewsTitle h1, sfnewsAuthorAndDate
# "Posted by ... on ...", sfnewsSummary, sfnewsContent holding the story as the RadEditor writes it -- p, h2,
# strong / em, span styles, blockquote, ul / ol, a table, an image in sfimageWrp with its caption after the first
# paragraph --), the "Tags" and "Categories" taxonomy lists (sfTaxonList), the social share widget (sf-social-share),
# the "Related news" list, the comments widget (sf-Comments: the readers' comments, "Leave a comment", "Post"); the
# right-hand column with the "Latest news" list and the site's contact box; the "Subscribe to news" email-campaign
# form; the footer (address, links, "Accessibility", "Privacy notice", copyright) and Sitefinity's tracking-consent
# dialog (sf-tracking-consent-dialog with the site's wording, "Accept" / "Reject") with its script
# --------------------------------------------------------------------------
# the platform's and the theme's generic strings, per language (not checked)
SITEFINITY_CORE = {
    "en": dict(skip="Skip to main content", search="Search", here="You are here:", home="Home", posted="Posted by {by} on {date}",
               tags="Tags", cats="Categories", share="Share", related="Related news", comments="Comments", leave="Leave a comment",
               name="Name", email="Email", message="Your comment", post="Post", subscribe="Subscribe to news",
               sub_label="Email address", sub_button="Subscribe", accept="Accept", reject="Reject", access="Accessibility",
               privacy="Privacy notice", count="{n} comments", menu="Menu",
               months=["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
    "tr": dict(skip="Ana içeriğe geç", search="Ara", here="Buradasınız:", home="Ana Sayfa", posted="{by} tarafından {date} tarihinde yayımlandı",
               tags="Etiketler", cats="Kategoriler", share="Paylaş", related="İlgili haberler", comments="Yorumlar", leave="Yorum bırakın",
               name="Ad", email="E-posta", message="Yorumunuz", post="Gönder", subscribe="Haberlere abone olun",
               sub_label="E-posta adresi", sub_button="Abone ol", accept="Kabul et", reject="Reddet", access="Erişilebilirlik",
               privacy="Gizlilik bildirimi", count="{n} yorum", menu="Menü",
               months=["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]),
}
# the sites' own strings: domain, theme and news path (exempt), menu, the "Latest news" title, the contact box, the
# categories, footer address and links, copyright, the tracking-consent wording and the commenters
SITEFINITY = {
    "Brackwater City Council": dict(
        domain="www.brackwater.gov.example", theme="BrackwaterCouncil", news="/news", mvc=False, kendo=False,
        tagline="Brackwater City Council — working for Eastfield, Sallow Vale and the city centre",
        menu=[("Bin days, recycling and the Wharf Road tip", "/bins-and-recycling"), ("Council tax bills, discounts and arrears", "/council-tax"), ("Council homes and repairs", "/housing"),
              ("Roads, parking permits and potholes", "/roads-and-parking"), ("Libraries, parks and leisure centres", "/libraries-and-leisure"), ("Your councillors and the Guildhall", "/your-council")],
        latest="More news from the city council",
        contact_title="Press enquiries",
        contact=["Brackwater City Council press office", "Journalists can call 01632 960 219 (9am to 5pm)", "Out of hours, for urgent media enquiries only: 07700 900 219"],
        cats=["Warmer homes", "Brackwater climate plan", "Eastfield ward"],
        address="Brackwater City Council, The Guildhall, Corn Exchange Square, Brackwater BW1 1GH",
        footer=[("Get in touch with the Guildhall", "/contact-us"), ("Work for Brackwater City Council", "/jobs"), ("Ask for information under FOI", "/foi"),
                ("Report a problem in your street", "/report-it")],
        copyright="© Brackwater City Council 2026",
        consent="Brackwater City Council would like to use analytics cookies to understand how people use this website so we can improve our services. We will only do this if you agree.",
        commenters=[("Pat Henshall", "Had our loft done in the pilot last winter. The surveyors were in and out in a morning and the house is noticeably warmer."),
                    ("Dean, Sallow Vale", "Are the flats above the shops on Vale Parade included, or just the maisonettes?")]),
    "Kuzey Ege Televizyonu": dict(
        domain="www.kuzeyegetv.example", theme="KegTv", news="/haberler", mvc=True, kendo=True,
        tagline="Kuzey Ege Televizyonu — bölgenin haber kanalı",
        menu=[("KEG TV gündem haberleri", "/haberler/gundem"), ("Bölge ekonomisi", "/haberler/ekonomi"), ("Çevre ve doğa", "/haberler/cevre"), ("Ege sahalarından spor", "/haberler/spor"),
              ("KEG TV'yi canlı izleyin", "/canli-yayin"), ("Bugünkü yayın akışı", "/yayin-akisi")],
        latest="KEG TV'de son dakika",
        contact_title="Haber ihbar hattı",
        contact=["Kuzey Ege Televizyonu haber merkezi", "Görüntü ve bilgilerinizi 0 (232) 900 64 40 numaralı hatta iletebilirsiniz"],
        cats=["Çevre", "Doğa ve yaban hayatı", "Sarıkum"],
        address="Kuzey Ege Radyo Televizyon A.Ş., Liman Caddesi No: 14, Dikilidere",
        footer=[("KEG TV künyesi", "/kunye"), ("KEG TV'de reklam ve iş birlikleri", "/reklam"), ("Uydu ve kablo frekanslarımız", "/frekanslar"), ("Haber merkezimize yazın", "/iletisim")],
        copyright="© 2026 Kuzey Ege Radyo Televizyon A.Ş. KEG TV haberleri kaynak gösterilmeden kullanılamaz.",
        consent="Kuzey Ege Televizyonu, sitemizi nasıl kullandığınızı anlamak ve yayınlarımızı geliştirmek için analiz çerezleri kullanmak istiyor. Bunu yalnızca onay verirseniz yaparız.",
        commenters=[("Dikilidereli Fikret", "Geçen hafta kuleden izledik, gerçekten inanılmaz bir görüntü. Emeği geçenlere teşekkürler."),
                    ("Selda Aksoy", "Tekne turlarına da bir düzen gelsin artık, kuşları rahatsız ediyorlar.")]),
}
SITEFINITY_EXEMPT = {"domain", "theme", "news", "mvc", "kendo"}


def sf_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    months = SITEFINITY_CORE[lang]["months"]
    return ("%s %02d, %d" % (months[m - 1], d, y)) if lang == "en" else ("%d %s %d" % (d, months[m - 1], y))


def sf_slug(text):
    import unicodedata
    t = unicodedata.normalize("NFKD", mp.inline_text(text).replace("ı", "i")).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:80]


def sf_hex(rng, n):
    return "".join("0123456789abcdef"[rng.randrange(16)] for _ in range(n))


def sf_b64(rng, n):
    return base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(n))).decode().rstrip("=")


def sf_block(kind, val):
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote>%s</blockquote>" % mp.inline_html(val)
    if kind == "table":  # a table inserted with the RadEditor's table wizard
        trs = []
        for k, r in enumerate(val):
            trs.append("<tr>%s</tr>" % "".join(
                '<td style="width: %d%%;">%s</td>' % (100 // len(r), ("<strong>%s</strong>" if k == 0 else "%s") % mp.inline_html(c)) for c in r))
        return '<table class="sfContentTable" style="width: 100%%;">\n<tbody>\n%s\n</tbody>\n</table>' % "\n".join(trs)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def sf_cols(pid, inner_left, inner_right=None):
    if inner_right is None:
        return ('<div class="sf_cols">\n<div class="sf_colsOut sf_1col_1_100">\n<div id="%s_Col00" class="sf_colsIn sf_1col_1in_100">\n%s\n</div>\n</div>\n</div>') % (pid, inner_left)
    return ('<div class="sf_cols">\n<div class="sf_colsOut sf_2cols_1_67">\n<div id="%s_Col00" class="sf_colsIn sf_2cols_1in_67">\n%s\n</div>\n</div>\n'
            '<div class="sf_colsOut sf_2cols_2_33">\n<div id="%s_Col01" class="sf_colsIn sf_2cols_2in_33">\n%s\n</div>\n</div>\n</div>') % (pid, inner_left, pid, inner_right)


def tpl_sitefinity(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = SITEFINITY_CORE[lang], SITEFINITY[site]
    host = "https://" + s["domain"]
    d = art["date"]
    slug_ = sf_slug(art["title"])
    url = "%s%s/%s/%s/%s/%s" % (host, s["news"], d[:4], d[5:7], d[8:10], slug_)
    theme = "/ResourcePackages/%s" % s["theme"]
    ver = sf_hex(rng, 8)
    cid = ["T%s" % sf_hex(rng, 9).upper() for _ in range(8)]
    blocks, n = art["blocks"], len(art["blocks"])
    img = "/images/default-source/news-images/%s.jpg?sfvrsn=%s_0" % (slug_[:40], sf_hex(rng, 8))
    # the news item's content field, as the RadEditor wrote it: the first paragraph, the image with its caption,
    # the rest
    body = placed.get(0, []) + [sf_block(*blocks[0])]
    body.append(('<div class="sfimageWrp"><img src="%s" alt="%s" title="%s" sf-size="%d" style="width: 100%%;" /></div>\n'
                 '<p class="sfimageCaption">%s %s</p>') % (img, A(art["caption"]), A(art["caption"]), rng.randint(90000, 390000),
                                                           E(art["caption"]), E(art["credit"])))
    for i in range(1, n + 1):
        body.extend(placed.get(i, []))
        if i < n:
            body.append(sf_block(*blocks[i]))
    # navigation: the WebForms navigation widget, or a Kendo menu
    if s["kendo"]:
        nav = ('<div class="sfNavWrp sfNavHorizontalDropDownWrp">\n<ul id="%s_ctl00_ctl00_navigationUl" class="k-widget k-reset k-header k-menu k-menu-horizontal sfNavHorizontalDropDown sfNavList" data-role="menu" role="menubar">\n%s\n</ul>\n</div>') % (
            "Header_" + cid[0], "\n".join('<li class="k-item k-state-default" role="menuitem"><a href="%s" class="k-link">%s</a></li>' % (h, E(t)) for t, h in s["menu"]))
    else:
        nav = ('<nav class="sfNavWrp sfNavHorizontalWrp" aria-label="%s">\n<ul class="sfNavHorizontal sfNavList">\n%s\n</ul>\n</nav>') % (
            A(c["menu"]), "\n".join('<li><a href="%s">%s</a></li>' % (h, E(t)) for t, h in s["menu"]))
    crumb = ('<div class="sfBreadcrumbWrp">\n<span class="sfBreadcrumbLabel">%s</span>\n<div class="sfBreadcrumbNavigation">'
             '<a href="/">%s</a><span class="sfBreadcrumbNodeSeparator">/</span><a href="%s">%s</a><span class="sfBreadcrumbNodeSeparator">/</span>'
             '<span class="sfBreadcrumbLastNode">%s</span></div>\n</div>') % (E(c["here"]), E(c["home"]), s["news"], E(art["section"]), E(art["title"]))
    search = ('<div class="sfsearchBox" role="search"><input type="search" title="%s" id="%s_ctl00_ctl00_searchTextBox" class="sfsearchTxt" placeholder="%s" />'
              '<input type="submit" value="%s" id="%s_ctl00_ctl00_searchButton" class="sfsearchSubmit" /></div>') % (
        A(c["search"]), "Header_" + cid[1], A(c["search"]), A(c["search"]), "Header_" + cid[1])
    header = ('<header class="site-header">\n<a class="skip-link" href="#main">%s</a>\n%s\n</header>') % (
        E(c["skip"]), sf_cols("Header_" + cid[2],
                              '<div class="sfContentBlock"><a href="/" class="site-logo"><img src="%s/assets/dist/img/logo.svg" alt="%s" /></a></div>\n%s' % (theme, A(s["tagline"]), search)
                              + "\n" + nav))
    date_txt = sf_date(lang, d)
    posted = E(c["posted"]).replace("{by}", '<span class="sfnewsAuthor">%s</span>' % E(art["byline"])).replace("{date}", '<span class="sfnewsDate">%s</span>' % E(date_txt))
    tags = art.get("sf_tags", [art["section"]])
    taxa = ('<div class="sfTaxonWrp sfTagsWrp">\n<h2 class="sfTaxonTitle">%s</h2>\n<ul class="sfTaxonList">%s</ul>\n</div>\n'
            '<div class="sfTaxonWrp sfCategoriesWrp">\n<h2 class="sfTaxonTitle">%s</h2>\n<ul class="sfTaxonList">%s</ul>\n</div>') % (
        E(c["tags"]), "".join('<li><a href="%s/-in-tags/tags/%s">%s</a></li>' % (s["news"], sf_slug(t), E(t)) for t in tags),
        E(c["cats"]), "".join('<li><a href="%s/-in-category/categories/%s">%s</a></li>' % (s["news"], sf_slug(t), E(t)) for t in s["cats"]))
    share = ('<div class="sf-social-share">\n<h4 class="sf-social-share__title">%s</h4>\n<ul class="list-inline">\n'
             '<li class="list-inline-item"><a class="sf-share sf-icon-facebook" href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank" title="Facebook">Facebook</a></li>\n'
             '<li class="list-inline-item"><a class="sf-share sf-icon-twitter" href="https://twitter.com/intent/tweet?url=%s" target="_blank" title="X">X</a></li>\n'
             '<li class="list-inline-item"><a class="sf-share sf-icon-linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url=%s" target="_blank" title="LinkedIn">LinkedIn</a></li>\n'
             '<li class="list-inline-item"><a class="sf-share sf-icon-mail" href="mailto:?subject=%s&amp;body=%s" title="Email">Email</a></li>\n</ul>\n</div>') % (
        E(c["share"]), url, url, url, A(art["title"]), url)
    rel = rng.sample(HEADLINES[lang], 3)
    related = ('<div class="sf-related-news">\n<h3>%s</h3>\n<ul class="sfnewsList sfnewsListTitleDate">\n%s\n</ul>\n</div>') % (
        E(c["related"]), "\n".join('<li class="sfnewsListItem"><h2 class="sfnewsTitle"><a href="%s/%s">%s</a></h2><div class="sfnewsMetaInfo">%s</div></li>' % (
            s["news"], sf_slug(h), E(h), E(sf_date(lang, "%s-%s-%02d" % (d[:4], d[5:7], max(1, int(d[8:10]) - k - 1))))) for k, h in enumerate(rel)))
    coms = []
    for who, text in s["commenters"]:
        key = sf_hex(rng, 8) + "-" + sf_hex(rng, 4) + "-" + sf_hex(rng, 4) + "-" + sf_hex(rng, 4) + "-" + sf_hex(rng, 12)
        coms.append(('<li class="sf-media" data-sf-comment-key="%s">\n<div class="sf-media-body">\n<p class="sf-Comments-list-author"><strong>%s</strong> '
                     '<span class="sf-Comments-list-date text-muted">%s</span></p>\n<p>%s</p>\n</div>\n</li>') % (key, E(who), E(date_txt), E(text)))
    comments = ('<div class="sf-Comments" data-sf-role="comments-wrapper">\n<h3 class="sf-Comments-header">%s <span class="sf-Comments-count">(%s)</span></h3>\n'
                '<ul class="sf-Comments-list list-unstyled" data-sf-role="comments-list">\n%s\n</ul>\n'
                '<div class="sf-Comments-form" data-sf-role="comments-new-form">\n<h3>%s</h3>\n'
                '<div class="form-group"><label for="sf-comment-name">%s</label><input type="text" id="sf-comment-name" class="form-control" data-sf-role="comments-new-name" /></div>\n'
                '<div class="form-group"><label for="sf-comment-email">%s</label><input type="email" id="sf-comment-email" class="form-control" data-sf-role="comments-new-email" /></div>\n'
                '<div class="form-group"><label for="sf-comment-message">%s</label><textarea id="sf-comment-message" class="form-control" rows="5" data-sf-role="comments-new-message"></textarea></div>\n'
                '<button type="button" class="btn btn-primary" data-sf-role="comments-new-submit-button">%s</button>\n</div>\n</div>') % (
        E(c["comments"]), len(coms), "\n".join(coms), E(c["leave"]), E(c["name"]), E(c["email"]), E(c["message"]), E(c["post"]))
    latest = ('<div class="sfnewsListWrp">\n<h3 class="sfnewsListTitle">%s</h3>\n<ul class="sfnewsList sfnewsListTitleSummary">\n%s\n</ul>\n</div>') % (
        E(s["latest"]), "\n".join('<li class="sfnewsListItem"><h2 class="sfnewsTitle"><a href="%s/%s">%s</a></h2></li>' % (s["news"], sf_slug(h), E(h))
                                  for h in [x for x in HEADLINES[lang] if x not in rel][:3]))
    contact = ('<div class="sfContentBlock contact-box">\n<h3>%s</h3>\n%s\n</div>') % (E(s["contact_title"]), "\n".join("<p>%s</p>" % E(x) for x in s["contact"]))
    subscribe = ('<div class="sf-subscribe-form" data-sf-role="subscribe-form">\n<h3>%s</h3>\n<div class="form-group"><label for="sf-subscribe-email">%s</label>'
                 '<input type="email" id="sf-subscribe-email" class="form-control" data-sf-role="email" /></div>\n'
                 '<input type="hidden" data-sf-role="mailing-list-id" value="%s-%s-%s-%s-%s" />\n'
                 '<button type="button" class="btn btn-primary" data-sf-role="subscribe-button">%s</button>\n</div>') % (
        E(c["subscribe"]), E(c["sub_label"]), sf_hex(rng, 8), sf_hex(rng, 4), sf_hex(rng, 4), sf_hex(rng, 4), sf_hex(rng, 12), E(c["sub_button"]))
    if s["mvc"]:
        item = ('<div class="sf-news-item">\n<h1 class="sfnewsTitle" data-sf-field="Title" data-sf-ftype="ShortText">%s</h1>\n'
                '<div class="sfnewsAuthorAndDate text-muted">%s</div>\n'
                '<div class="sfnewsSummary lead" data-sf-field="Summary" data-sf-ftype="LongText">%s</div>\n'
                '<div class="sfnewsContent sf-Long-text" data-sf-field="Content" data-sf-ftype="LongText">\n%s\n</div>\n</div>') % (
            E(art["title"]), posted, E(art["sub"]), "\n".join(body))
    else:
        item = ('<div class="sfnewsItemDetails sfdetails">\n<div class="sfnewsItem sfClearfix">\n<h1 class="sfnewsTitle"><span>%s</span></h1>\n'
                '<div class="sfnewsAuthorAndDate">%s</div>\n<div class="sfnewsSummary"><p>%s</p></div>\n'
                '<div class="sfnewsContent sfContent">\n%s\n</div>\n</div>\n</div>') % (E(art["title"]), posted, E(art["sub"]), "\n".join(body))
    main_col = "\n".join([item, taxa, share, related, comments])
    footer_links = "".join('<li><a href="%s">%s</a></li>' % (h, E(t)) for t, h in s["footer"] + [(c["access"], "/accessibility"), (c["privacy"], "/privacy-notice")])
    footer = sf_cols("Footer_" + cid[5], '<div class="sfContentBlock"><p>%s</p>\n<ul class="footer-links">%s</ul>\n<p class="copyright">%s</p></div>' % (
        E(s["address"]), footer_links, E(s["copyright"])))
    vs = sf_b64(rng, 180)
    tsm = sf_b64(rng, 40)
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8" /><title>
	{E(art["title"])} - {E(site)}
</title><meta name="viewport" content="width=device-width, initial-scale=1.0" /><link href="{theme}/assets/dist/css/main.min.css?v={ver}" rel="stylesheet" type="text/css" /><link href="/Telerik.Web.UI.WebResource.axd?d={sf_b64(rng, 30)}&amp;t={rng.randint(638000000000000000, 638999999999999999)}&amp;compress=0&amp;_TSM_CombinedScripts_=%3b%3bTelerik.Sitefinity.Resources%3aen%3a{sf_hex(rng, 8)}-{sf_hex(rng, 4)}" type="text/css" rel="stylesheet" /><meta property="og:title" content="{A(art["title"])}" /><meta property="og:description" content="{A(art["sub"])}" /><meta property="og:type" content="article" /><meta property="og:url" content="{url}" /><meta property="og:image" content="{host}{img}" /><meta property="og:site_name" content="{A(site)}" /><link rel="canonical" href="{url}" /><meta name="Generator" content="Sitefinity 15.1.8325.0 DX" /><meta name="description" content="{A(art["sub"])}" /><script src="/ScriptResource.axd?d={sf_b64(rng, 60)}&amp;t={sf_hex(rng, 8)}" type="text/javascript"></script></head>
<body>
<form method="post" action="{s["news"]}/{d[:4]}/{d[5:7]}/{d[8:10]}/{slug_}" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="ctl09_TSM" id="ctl09_TSM" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
<script src="/WebResource.axd?d={sf_b64(rng, 50)}&amp;t={rng.randint(638000000000000000, 638999999999999999)}" type="text/javascript"></script>
<script src="/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=ctl09_TSM&amp;compress=0&amp;_TSM_CombinedScripts_=%3b%3bSystem.Web.Extensions%2c+Version%3d4.0.0.0%3aen%3a{tsm}" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl09', 'form1', [], [], [], 90, '');
//]]>
</script>
<div id="Header" class="sf_placeholder">
{header}
</div>
<div id="Breadcrumb" class="sf_placeholder container">
{sf_cols("Breadcrumb_" + cid[3], crumb)}
</div>
<main id="main" class="container">
<div id="Contentplaceholder1" class="sf_placeholder">
{sf_cols("Contentplaceholder1_" + cid[4], main_col, latest + chr(10) + contact)}
{sf_cols("Contentplaceholder1_" + cid[6], subscribe)}
</div>
</main>
<footer id="Footer" class="sf_placeholder site-footer">
{footer}
</footer>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{sf_hex(rng, 8).upper()}" />
</div>
<script type="text/javascript">
//<![CDATA[
Sys.Application.initialize();
//]]>
</script>
</form>
<div id="sf-tracking-consent-dialog" class="sf-tracking-consent-dialog" role="dialog" aria-modal="false" style="position: fixed; bottom: 0; left: 0; right: 0; z-index: 10000;">
<div class="sf-tracking-consent-dialog__inner">
<p>{E(s["consent"])}</p>
<button type="button" class="sf-tracking-consent-dialog__accept" onclick="TrackingConsentManager.updateUserConsent(true)">{E(c["accept"])}</button>
<button type="button" class="sf-tracking-consent-dialog__reject" onclick="TrackingConsentManager.updateUserConsent(false)">{E(c["reject"])}</button>
</div>
</div>
<script src="/Frontend-Assembly/Telerik.Sitefinity.Frontend/Mvc/Scripts/TrackingConsent/tracking-consent.min.js?v={ver}" type="text/javascript"></script>
<script src="{theme}/assets/dist/js/main.min.js?v={ver}" type="text/javascript"></script>
<script src="/Frontend-Assembly/Telerik.Sitefinity.Frontend.Comments/Mvc/Scripts/comments-list.min.js?v={ver}" type="text/javascript"></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"sitefinity": ["caption"]}  # the image's caption in the news item's content
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "energygrants", "railstrike", "wildlifelog"]
NEW_FAMILIES = ["energygrants", "railstrike", "wildlifelog"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"energygrants": ["energy grant", "energy-grant", "grants by measure", "grants-by-measure", "accredited installer",
                                     "installer search", "energy advice line", "energygrants"],
                    "railstrike": ["rail strike", "rail-strike", "strike-day", "strike day", "journey checker",
                                   "check your journey", "claim a refund", "strike refund"],
                    "wildlifelog": ["wildlife sighting", "wildlife-sighting", "sightings log", "report a sighting",
                                    "species of the month", "county recorder", "recent sightings"]}
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
    "cookie": ['<div class="webcast-consent-gate"><p class="webcast-consent-gate__msg">%s</p><button class="webcast-consent-gate__ok" type="button">Allow</button></div>',
               '<p class="radioclip-consent-note">%s</p>', '<div><em>%s</em></div>'],
    "newsletter": ['<div class="commuter-brief-box"><p class="commuter-brief-box__txt">%s</p><a class="commuter-brief-box__go" href="/commuter-brief">&#8594;</a></div>',
                   '<p class="monthly-limit-line">%s</p>', '<h5 class="commuter-brief-hd">%s</h5>', '<p><b><a href="/support-us">%s</a></b></p>'],
    "share": ['<ul class="vale-forward-list">{items}</ul>', '<div class="send-to-street-strip">%s</div>', '<p><a href="#pass-on">%s</a></p>'],
    "photo": ['<p class="reader-platform-pic">%s</p>', '<span class="footbridge-shot-tag">%s</span>', '<div><small><em>%s</em></small></div>'],
    "copyright": ['<p class="republish-permission-line">%s</p>', '<div class="written-consent-note"><small>%s</small></div>', '<div><i>%s</i></div>'],
    "section": ['<p class="filed-in-line">%s</p>', '<h6 class="guildhall-vale-hd">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="starbreak-sep-q">%s</p>', '<div class="diamond-rule-z">%s</div>', '<p style="text-align: center;">%s</p>'],
    "credit": ['<p class="transport-desk-line">%s</p>', '<div class="energy-reporter-note">%s</div>', '<div><small><em>%s</em></small></div>'],
    "title": ['<p class="hed-repeat-vxp"><b>%s</b></p>', '<h2 class="hed-repeat-vx2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsor-local-tag">%s</div>', '<p class="ads-pay-line">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="tap-whole-link"><a href="#full-story">%s</a></p>', '<div class="unfold-rest-bar">%s</div>', '<div><a href="#full-story">%s</a></div>'],
    "comments": ['<p class="platform-talk-link"><a href="#replies">%s</a></p>', '<div class="replies-bubble-chip">%s</div>', '<div><a href="#replies">%s</a></div>'],
    "readtime": ['<p class="two-stops-mins">%s</p>', '<span class="roughly-min-chip">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="refreshed-at-chip"><time>%s</time></p>', '<div class="details-added-note">%s</div>', '<div><small><em>%s</em></small></div>'],
    "audio": ['<div class="narrated-story-bar"><button class="narrated-story-bar__btn" aria-label="Play"></button><span class="narrated-story-bar__txt">%s</span></div>',
              '<p class="voice-reads-link"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="error-mended-box"><p>%s</p></aside>', '<p class="error-mended-line"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="departures-app-promo"><p class="departures-app-promo__txt">%s</p><a class="departures-app-promo__dl" href="/get-the-app">&#8675;</a></div>',
            '<p class="offline-app-line">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="commuting-writer-w"><p class="commuting-writer-w__txt">%s</p></div>', '<p class="all-stories-by-line"><i>%s</i></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="street-tipoff-ask"><p class="street-tipoff-ask__txt">%s</p></div>', '<p class="wa-newsdesk-line">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="spotted-mistake-tip"><p>%s</p></div>', '<p class="spotted-mistake-line">%s</p>', '<div><small><em>%s</em></small></div>'],
    "push": ['<div class="cancel-alert-ask"><p class="cancel-alert-ask__q">%s</p></div>', '<p class="cancel-alert-line">%s</p>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="printsend-tools-row">{items}</ul>', '<p class="clean-printable-link"><a href="?print=true">%s</a></p>',
              '<div><a href="?print=true">%s</a></div>'],
    "feedback": ['<div class="thumbs-helpful-q"><p class="thumbs-helpful-q__q">%s</p></div>', '<p class="thumbs-helpful-line">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="practice-code-w"><p>%s</p></div>', '<p class="practice-code-strip"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="more-on-row"><span class="more-on-row__txt">%s</span></div>', '<p class="follow-topic-line">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="train-home-save-add"><a class="train-home-save-add__a" href="#saved">%s</a></div>',
                 '<p class="train-home-save-line"><a href="#saved">%s</a></p>', '<div><a href="#saved">%s</a></div>'],
    "poll": ['<div class="do-more-vote"><p class="do-more-vote__q">%s</p><button class="do-more-vote__go" type="button">&#10004;</button></div>',
             '<h6 class="do-more-vote-hd">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/E{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/E{k}/" target="_blank">%s</a></blockquote>',
              '<div class="ytclip-poster-facade"><a class="ytclip-poster-facade__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="day-photos-open"><a class="day-photos-open__a" href="#gallery">%s</a></div>',
                '<p class="browse-pictures-line">%s</p>', '<div><strong>%s</strong></div>'],
    "map": ['<div class="osm-city-frame"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-city-frame__links">%s</p></div>',
            '<figure class="larger-map-fig"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="add-cal-links">{items}</ul>', '<p class="eve-nudge-line"><a href="/events/{k}/reminder">%s</a></p>',
                 '<div class="add-cal-bar"><span class="add-cal-bar__label">%s</span></div>'],
    "scores": ['<div class="todays-results-link"><a class="todays-results-link__a" href="/sport/results">%s</a></div>',
               '<ul class="fixtures-tabs-row">{items}</ul>', '<div><a href="/sport/results"><b>%s</b></a></div>'],
    # the three families new in this part ({eligibility}: the grant checker's postcode and household fields;
    # {grants}: the grants by measure as a table; {place}: the installer search's town or postcode field; {advice}:
    # the advice line as a definition list; {services}: the strike-day services by route as a table; {journey}: the
    # journey checker's from / to / date fields; {helpline}: the operator's helpline as a definition list;
    # {sightings}: the recent sightings as a table; {report}: the sighting form's species / place / date fields;
    # {recorder}: the county recorder's card as a definition list)
    "energygrants": ['<form class="grant-eligibility-check" action="/energy/grant-checker" method="get"><h4 class="grant-eligibility-check__hd">%s</h4>{eligibility}<button type="submit">&#10132;</button></form>',
                     '<div class="grants-by-measure"><h4 class="grants-by-measure__hd">%s</h4><table class="grants-by-measure__table">{grants}</table></div>',
                     '<form class="installer-finder" action="/energy/installers" method="get"><h5 class="installer-finder__hd">%s</h5>{place}<button type="submit">&#128269;</button></form>',
                     '<div class="energy-advice-card"><p class="energy-advice-card__hd"><strong>%s</strong></p><dl class="energy-advice-card__list">{advice}</dl></div>'],
    "railstrike": ['<div class="strike-day-services"><h4 class="strike-day-services__hd">%s</h4><table class="strike-day-services__table">{services}</table></div>',
                   '<form class="journey-check-form" action="/travel/journey-check" method="get"><h5 class="journey-check-form__hd">%s</h5>{journey}<button type="submit">&#10132;</button></form>',
                   '<p class="strike-refund-link"><a href="/travel/strike-refunds">%s</a></p>',
                   '<div class="rail-helpline-card"><p class="rail-helpline-card__hd"><b>%s</b></p><dl class="rail-helpline-card__list">{helpline}</dl></div>'],
    "wildlifelog": ['<div class="sightings-log"><h4 class="sightings-log__hd">%s</h4><table class="sightings-log__table">{sightings}</table></div>',
                    '<form class="sighting-report-form" action="/nature/report-a-sighting" method="post"><h5 class="sighting-report-form__hd">%s</h5>{report}<button type="submit">&#10003;</button></form>',
                    '<div class="species-month-card"><p class="species-month-card__hd"><strong>%s</strong></p></div>',
                    '<div class="county-recorder-card"><p class="county-recorder-card__hd"><b>%s</b></p><dl class="county-recorder-card__list">{recorder}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>(%s)</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/commuter-brief"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#pass-on">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "railstrike": (0.8, ['<br><a href="/travel/strike-refunds"><strong>%s</strong></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# claim-a-refund link, not the tables, forms or cards)
INLINE_WORDING = {"newsletter": 0, "railstrike": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inbody-photo-v"><img src="/media/{id}-3.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-body.jpg" alt="" width="640"><br><small>{cap} / {cr}</small></div>']
RELATED_STYLES = ['<div class="vale-read-next"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="journey-home-reads"><p class="journey-home-reads__hd">%s</p><ul>%s</ul></aside>',
                  '<h4>%s</h4>\n<ul>%s</ul>']


def handle(site):
    """The site's social-media account name: its ASCII letters and digits, at most 24."""
    return mp11.host_name(site)[:24]


def fill_text(s, rng, site, art):
    return fill(s.replace("{by}", art["byline"]).replace("{section}", art["section"])
                .replace("{handle}", handle(site)).replace("{g}", str(rng.randint(6, 24)))
                .replace("{species}", SPECIES[art["lang"]]), rng, site, art)


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
GRANT_HEAD = {"en": ("Measure", "Grant", "Who can apply"), "tr": ("Uygulama", "Destek", "Kimler başvurabilir"), "de": ("Maßnahme", "Zuschuss", "Wer kann beantragen"),
              "fr": ("Travaux", "Aide", "Qui peut en bénéficier"), "es": ("Actuación", "Ayuda", "Quién puede pedirla"), "ru": ("Работы", "Выплата", "Кто может получить")}
STRIKE_HEAD = {"en": ("Route", "Service"), "tr": ("Hat", "Durum"), "de": ("Linie", "Verkehr"), "fr": ("Ligne", "Trafic"), "es": ("Línea", "Servicio"), "ru": ("Направление", "Движение")}
SIGHTING_HEAD = {"en": ("Species", "Where", "When"), "tr": ("Tür", "Yer", "Tarih"), "de": ("Art", "Ort", "Datum"), "fr": ("Espèce", "Lieu", "Date"),
                 "es": ("Especie", "Lugar", "Fecha"), "ru": ("Вид", "Место", "Дата")}
ELIGIBILITY_LABELS = {"en": ("Postcode", "Household income"), "tr": ("Mahalle", "Hane geliri"), "de": ("Postleitzahl", "Haushaltseinkommen"),
                      "fr": ("Code postal", "Revenu fiscal du foyer"), "es": ("Código postal", "Ingresos del hogar"), "ru": ("Адрес", "Доход семьи")}
PLACE_LABEL = {"en": "Town or postcode", "tr": "İlçe", "de": "Ort oder PLZ", "fr": "Commune", "es": "Municipio", "ru": "Населённый пункт"}
JOURNEY_LABELS = {"en": ("From", "To", "Date"), "tr": ("Nereden", "Nereye", "Tarih"), "de": ("Von", "Nach", "Datum"), "fr": ("Départ", "Arrivée", "Date"),
                  "es": ("Origen", "Destino", "Fecha"), "ru": ("Откуда", "Куда", "Дата")}
REPORT_LABELS = {"en": ("Species", "Where", "Date"), "tr": ("Tür", "Yer", "Tarih"), "de": ("Art", "Ort", "Datum"), "fr": ("Espèce", "Lieu", "Date"),
                 "es": ("Especie", "Lugar", "Fecha"), "ru": ("Вид", "Место", "Дата")}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, definition list or form, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    def fields(labels, names, types):
        out = []
        for label, name, typ in zip(labels, names, types):
            k = "%06x" % rng.randint(0, 16**6 - 1)
            out.append('<label for="%s-%s">%s</label><input id="%s-%s" type="%s" name="%s">' % (name, k, esc(label), name, k, typ, name))
        return "".join(out)
    return (style.replace("{eligibility}", fields(ELIGIBILITY_LABELS[lang], ("postcode", "income"), ("text", "text")))
            .replace("{grants}", table(GRANT_HEAD[lang], GRANT_MEASURES[lang]))
            .replace("{place}", fields((PLACE_LABEL[lang],), ("place",), ("text",)))
            .replace("{advice}", dl(ADVICE_LINE[lang]))
            .replace("{services}", table(STRIKE_HEAD[lang], STRIKE_SERVICES[lang]))
            .replace("{journey}", fields(JOURNEY_LABELS[lang], ("from", "to", "date"), ("text", "text", "date")))
            .replace("{helpline}", dl(RAIL_HELPLINE[lang]))
            .replace("{sightings}", table(SIGHTING_HEAD[lang], SIGHTINGS[lang]))
            .replace("{report}", fields(REPORT_LABELS[lang], ("species", "where", "date"), ("text", "text", "date")))
            .replace("{recorder}", dl(RECORDER[lang])))


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
               "scores": rng.choice([0, mid, n]), "energygrants": rng.choice([mid, n, n]),
               "railstrike": rng.choice([0, mid, n]), "wildlifelog": rng.choice([mid, n])}.get(fam, mid)
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
    for i in dict.fromkeys(b for b, _, _ in inline):  # a paragraph's start and end, found once
        s, e = find_text(doc, render_inline(art["tpl"], art["blocks"][i][1]), art["id"])
        start = "".join(x for b, w, x in inline if b == i and w == "start")
        end = "".join(x for b, w, x in inline if b == i and w == "end")
        doc = doc[:s] + start + doc[s:e] + end + doc[e:]
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
       "drupal": ("class", "text-panel-shaded"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">🔧</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"sitefinity": ('<span style="background-color: #ffe599;">', "</span>"),  # the RadEditor's background colour
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
# templates: sitefinity is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"sitefinity": tpl_sitefinity, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h62), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "sitefinity"


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
            rng = random.Random("newsflow-heldout63-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI63[lang]
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
    # layouts: sitefinity (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # the sitefinity pages: a site of SITEFINITY in a language of SITEFINITY_CORE; no drop cap, box, fact box or
    # callout look (the RadEditor's tools write none of them); story tables only there, and no footnotes anywhere in
    # this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in SITEFINITY or a["lang"] not in SITEFINITY_CORE
                                       or any(st in ("box", "factbox", "dropcap", "callout") for st, _ in a.get("look", []))):
            problems.append("%s: sitefinity page needs a Sitefinity site and RadEditor looks only" % a["id"])
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
    sf_sites = [{k: v for k, v in d.items() if k not in SITEFINITY_EXEMPT} for d in SITEFINITY.values()]
    # (SITEFINITY_CORE and the tables' heads and forms' labels -- GRANT_HEAD, STRIKE_HEAD, SIGHTING_HEAD,
    # ELIGIBILITY_LABELS, PLACE_LABEL, JOURNEY_LABELS, REPORT_LABELS --, the platform's and theme's strings and the
    # web teams' generic table heads and field labels, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("SITEFINITY", sf_sites), ("UI_NEW", UI_NEW)):
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



