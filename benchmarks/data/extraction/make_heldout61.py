#!/usr/bin/env python3
"""Sixty-first held-out part (h61-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout61.py           # write pages/h61-*.html
    python benchmarks/data/extraction/make_heldout61.py --check   # verify pages/h61-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout61.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout62.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h61_en.py / articles_h61_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: mortgage-calculator widgets on stories about house prices, interest rates, first-time
buyers and new homes -- the calculator form with its property price, deposit and term fields, the "calculate your
repayments" button, this week's best-buy rates by lender and term as a table, the "speak to a broker" card with its
free line and hours as a definition list --, crime-map panels on stories about burglary, anti-social behaviour,
policing and street safety -- the "crimes reported near you" postcode / street search, last month's crimes in the
area by category with their counts as a table, the "tell the police about a crime online" link, the beat team's card
with the officer and the surgery as a definition list --, and prayer-times widgets on stories about mosques,
churches, Ramadan, Christmas services, Holy Week and other faith festivals -- today's prayer or service times for
the town as a definition list, the Ramadan / Lent / festive timetable download link, the "find a mosque / church
near you" search, the sunrise-sunset line --), their wrapper class names, related headlines, site names, the sites'
own strings in the earlier layouts and the first-round furniture strings are new here: none of the sentences of
make_pages.RESIDUE / UI or of the R pools of make_heldout2..60, nor their labels, furniture strings, widget rows,
headlines or site names; verify() refuses to build if one is reused, if a wrapper class name of an earlier part
recurs, if a "new" family is already in an earlier pool, family list, template family or docstring, if a story
paragraph or headline of an earlier part (h59 and h60 included) recurs, if a headline is also a story paragraph, or
if a body is outside 150-400 words.  Every name and number is fictional.
(h32's and h37's property widgets list homes for sale and mention a mortgage calculator among them, and h58's
neighbourhood-policing panels list a local team's officers with a "report a crime online" link; the calculator here
is a form of its own with a best-buy rates table and a broker card, the crime map is a search and a table of counts,
and none of their wordings, rows or class names recur: they are new families by name, wording and markup.  No
earlier part has a worship-times family.)  The tables' heads and the forms' field labels (RATES_HEAD, CRIME_HEAD,
CALC_LABELS, STREET_LABEL, PLACE_LABEL) are the web teams' generic strings and not checked; the rows themselves
(MORTGAGE_RATES, MORTGAGE_BROKER, CRIME_COUNTS, CRIME_BEAT, WORSHIP_TIMES) are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (the link among them may be run into a paragraph instead): mortgage calculators on an English seaside town's
house prices falling as mortgage costs bite (an interview with an estate agent), an English quarry becoming 140
homes with a third sold at a discount to first-time buyers, a German Gemeinde's building plots for young families
and a Spanish town guaranteeing a fifth of young buyers' mortgages; crime-map panels on an English county council's
own news page about a public spaces protection order for a town centre (the new layout), an English allotment site
marking its tools after fourteen shed break-ins, a French village joining "participation citoyenne" after nine
burglaries and a Spanish barrio's run of thefts from storerooms; prayer-times widgets on an English mosque's first
community iftar during Ramadan, a Turkish town's 200-year-old mosque reopening for Ramadan, a German town's first
ecumenical Christmas midnight service and a Spanish brotherhood's restored Holy Week float (the new layout).  The
other generic families are balanced over the part, leaving out those the page's site would not print (the story's
"kind": a county council -- no newspaper furniture --, a village's own site on uCoz, an independent publication on
Medium, which prints no ads, app, push or print prompts, comment counters or press-standards lines, and of the
newsletter family only its appeal for money); a correction box goes only on a story that was corrected, with that
story's own wording.  Residue markup varies as on real pages: classed boxes, bars, chips, cards, strips and widgets,
bare <p> / <div> lines as pasted by editors, headings, links, lists, spans, forms, definition lists and tables, and,
for a few families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share line, the
calculate-your-repayments link, the report-a-crime link, the timetable download) or a bold section tag run into the
start of the first one (on the French village-cinema story, "section_tag").
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, gutenberg, magazine and sanity), whole paragraphs in bold (interview questions) or
italics (a one-line quote from a nurse's wartime diary), a highlighted sentence (the DNN editor's background-colour
span on the new layout, a <mark> on quintype), a paragraph in a box (a CKEditor style on drupal, a Gutenberg group,
the magazine's panel), a fact box holding a subheading and its list (a Fusion custom embed), a Ghost callout card, a
paragraph typed after a <br> (Shift+Enter in the DNN editor); story structures that look like furniture but are the
story: question-and-answer interviews (bold questions, some of two to four words, in English, Turkish, French and
Russian: an estate agent, a cinema projectionist retiring after thirty-one years, a muhtar who turned a police post
into a library, a beekeeper of 74, a cobbler at a market gate), lists inside the story (what a town-centre order bans,
police advice to allotment holders, what a mosque restoration did, a bus's stops, discount-home prices, a Stadt's
points for building plots, a pool's prices, a dairy cooperative's cheeses, gendarmerie advice, who may ask for a
mortgage guarantee, what villagers did to a well), story tables (reports by month, Holy Week processions, in the DNN
editor's table markup), crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs
("I've lived next to it for twenty years. I should have come sooner.", "«Сегодня опять не спали. Привезли сорок
человек, а бинтов на двадцать»."), a closing line with practical information (a tool-marking session, a mosque's open
evenings, a bus company's phone, a last screening, a pool's hours, a market stall, a museum's opening hours, where to
leave flowers for a float), and story sentences that mention furniture words in ordinary reporting ("Cookies,
flapjacks and a tombola" opening a story, "Follow the path past the compost bays" opening another, a parish
newsletter's appeal for bell-ringers, a cinema's friends handing out their newsletter, "photograph anything valuable"
among police advice, a well's photos promised for the village album closing a Russian story, "can contact the
community safety team" closing the council's page), some at the start or end of the story where furniture usually
sits.  Two pages carry no residue at all (an English interview, a Russian school museum) and one only its correction
line (a German open-air pool).
One page layout is new (dnn: a DNN Platform / Evoq (DotNetNuke) site with the EasyDNNnews module, as an English county
council's newsroom and a Spanish regional paper serve an article to an anonymous reader, on two pages): the head with
the DNN meta block, the default.css, EasyDNNnews template, skin and container stylesheets with their ?cdv= version and
the DependencyHandler.axd script; the ASP.NET <form id="Form" action="/news/ArtMID/.../ArticleID/..."> wrapping the
whole page with the __EVENTTARGET / __VIEWSTATE and __VIEWSTATEGENERATOR / __EVENTVALIDATION hidden inputs, the
__doPostBack script, WebResource.axd / ScriptResource.axd and the PageRequestManager init; the skin's user controls
(the dnn_dnnLOGIN "Login" and dnn_dnnUSER "Register" links), the dnn_HeaderPane with the logo, the dnn_dnnSearch
classic search skin object and the DDRmenu main navigation in dnn_dnnNAV (top level and sub levels), the
dnn_dnnBREADCRUMB trail; the ContentPane with the module in its container (DnnModule DnnModule-EasyDNNnews,
c_container with the c_title h2 and dnn_ctr<id>_dnnTITLE, dnn_ctr<id>_ContentPane / ModuleContent), the EasyDNNnews
article (div.eds_news_module_<id> ... eds_template_Details_Article_Default, the title h1, "Posted by <author> on
<date>", the social sharing and print bar, the article image with its caption and credit -- this layout's own residue
in the container --, the summary, the story in div.edn_articleContent as the DNN editor writes it: p, h2, strong, a
background-colour span, blockquote, ul / ol, <br>, a bordered table with a thead --, "Categories:" and "Tags:",
"Related articles", "« Previous article / Next article »", the Comments block with the readers' comments or "There
are currently no comments" and the form with Name, E-mail, Comment and "Add comment"); the RightPane with the "Latest
news" and "Most read" EasyDNNnews modules and the site's contact HTML module; the FooterPane HTML module with the
site's address and links, the dnn_dnnCOPYRIGHT "Copyright <year> by <site>", dnn_dnnTERMS "Terms Of Use" and
dnn_dnnPRIVACY "Privacy Statement" skin objects; the cookieconsent banner (cc-window cc-banner with its message,
"Learn more" and deny / allow buttons), the ScrollTop, __dnnVariable and __RequestVerificationToken inputs, the
cookieconsent init script and the CDF comments.  DNN's and EasyDNNnews's own strings (DNN_CORE, per language) are
left as the platform ships them and not checked; the sites' own strings (DNN: logo text, menu, module titles, the
contact box, footer text and links, cookie texts, categories, commenters) and the articles' tags are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h59 or h60 gave it (9 English pages, 3 in each other language: English on cms, legacy-br,
portal, regional, magazine, nextjs, typo3 and fusion; Turkish on wordpress, drupal and chunks; German on table, ghost
and gutenberg; French on storybody, hugo and quintype; Spanish on amp and sanity; Russian on semantic, medium and
ucoz); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site rather
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
from articles_h61_en import ARTICLES as H61_EN  # noqa: E402
from articles_h61_intl import ARTICLES as H61_INTL  # noqa: E402

ARTICLES = H61_EN + H61_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60)
# parts whose layouts' languages this part avoids (the two before it; h62 is written at the same time)
LANG_PARTS = (mp59, mp60)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h61"





# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Wrackford Evening Lamp", "Saltmarsh Point Gazette", "Kestle Bay Tidings", "Hollinsedge & Crane Valley Mercury",
           "Brindle Moor Observer", "Upper Tarrow Star & Chronicle", "Corvey Downs Weekly Press", "Felbeck Market Post"],
    "tr": ["Yazıbaşı Ekspres", "Karaçam Sahil Haber", "Gölbaşı Ovası Postası"],
    "de": ["Rottachtaler Anzeiger", "Weilheimer Landbrief", "Hessenbühler Rundschau"],
    "fr": ["Le Courrier de la Vallée d'Orne-Haute", "La Voix des Monts de Seignac", "Le Réveil du Val-Brûlé"],
    "es": ["La Atalaya de Fuenmayor", "Crónica del Campo de Albares"],
    "ru": ["Вестник Сосновой Гривы"],
}
# sites fixed per page (the two DNN news sites of a county council and a regional paper, a village's own site on
# uCoz, an independent publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h60 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The river-level camera waits for your say-so on marketing cookies", "Nothing shows here until you tick 'embedded media' in your cookie choices"],
        "tr": ["Nehir seviyesi kamerası, pazarlama çerezlerine onay vermenizi bekliyor", "Çerez tercihlerinizde 'gömülü medya' kutusunu işaretleyene kadar burada bir şey görünmez"],
        "de": ["Die Pegel-Kamera wartet auf Ihr Ja zu Marketing-Cookies", "Hier erscheint nichts, bis Sie in Ihren Cookie-Einstellungen „Eingebettete Medien“ ankreuzen"],
        "fr": ["La caméra du niveau de la rivière attend votre feu vert pour les cookies marketing", "Rien ne s'affiche ici tant que vous n'avez pas coché « médias intégrés » dans vos choix de cookies"],
        "es": ["La cámara del nivel del río espera tu visto bueno a las cookies de marketing", "Aquí no aparece nada hasta que marques «contenido incrustado» en tus preferencias de cookies"],
        "ru": ["Камера уровня реки ждёт вашего согласия на маркетинговые cookie", "Здесь ничего не появится, пока вы не отметите «встроенные медиа» в настройках cookie"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["The Sunday Catch-Up: a week of local stories, landed before your first coffee", "That's your last free story this month — a subscription opens the rest",
               "If {site} is worth a bus fare a month to you, chip in and keep it going"],
        "tr": ["Pazar Derlemesi: haftanın yerel haberleri ilk kahvenizden önce elinizde", "Bu ayki son ücretsiz haberiniz buydu — gerisi abonelikle açılıyor",
               "{site} size ayda bir otobüs bileti kadar değerliyse destek olun, yayında kalsın"],
        "de": ["Der Sonntags-Nachklapp: eine Woche Lokales, noch vor dem ersten Kaffee im Postfach", "Ihr letzter kostenloser Text für diesen Monat ist gelesen — der Rest gehört zum Abo",
               "Ist Ihnen {site} eine Busfahrkarte im Monat wert? Dann legen Sie etwas dazu"],
        "fr": ["Le Rattrapage du dimanche : une semaine d'actu locale avant votre premier café", "C'était votre dernier article gratuit du mois — un abonnement ouvre tout le reste",
               "Si {site} vaut pour vous un ticket de bus par mois, mettez la main à la poche"],
        "es": ["El Repaso del Domingo: una semana de noticias locales antes del primer café", "Esta era tu última noticia gratis del mes — con una suscripción se abre el resto",
               "Si {site} te vale lo que un billete de autobús al mes, arrima el hombro y que siga"],
        "ru": ["Воскресная подборка: неделя местных новостей ещё до первой чашки кофе", "Это был последний бесплатный материал в этом месяце — остальное открывает подписка",
               "Если «{site}» стоит для вас проезда на автобусе в месяц — поддержите, чтобы мы продолжали"],
    },
    "share": {
        "en": ["Send it on: Signal · WhatsApp · Threads · Email a friend", "Tell the neighbours — pass this report over the fence"],
        "tr": ["Gönderin: Signal · WhatsApp · Threads · Bir arkadaşa e-posta", "Komşulara anlatın — bu haberi çitin üstünden uzatın"],
        "de": ["Weiterschicken: Signal · WhatsApp · Threads · Per Mail an Freunde", "Erzählen Sie es den Nachbarn — reichen Sie den Bericht über den Gartenzaun"],
        "fr": ["Faites suivre : Signal · WhatsApp · Threads · Courriel à un ami", "Prévenez les voisins — passez cet article par-dessus la haie"],
        "es": ["Mándalo: Signal · WhatsApp · Threads · Correo a un amigo", "Cuéntaselo a los vecinos — pasa esta noticia por encima de la tapia"],
        "ru": ["Переслать: Signal · WhatsApp · Telegram · Письмо другу", "Расскажите соседям — передайте материал через забор"],
    },
    "photo": {
        "en": ["Image lent to {site} by the organisers", "Snapped on a phone by one of our readers and sent to {site}"],
        "tr": ["Görsel düzenleyiciler tarafından {site}'e ödünç verildi", "Bir okurumuz telefonla çekip {site}'e gönderdi"],
        "de": ["Bild: von den Veranstaltern an {site} ausgeliehen", "Mit dem Handy aufgenommen von einem Leser und an {site} geschickt"],
        "fr": ["Image prêtée à {site} par les organisateurs", "Prise au téléphone par un lecteur et envoyée à {site}"],
        "es": ["Imagen prestada a {site} por la organización", "Tomada con el móvil por un lector y enviada a {site}"],
        "ru": ["Изображение предоставили «{site}» организаторы", "Снято на телефон нашим читателем и прислано в «{site}»"],
    },
    "copyright": {
        "en": ["Words and pictures © {site}; no reproduction in print or online without a licence from the publisher."],
        "tr": ["Metin ve fotoğraflar © {site}; yayıncıdan lisans alınmadan basılı ya da çevrimiçi çoğaltılamaz."],
        "de": ["Texte und Bilder © {site}; keine Vervielfältigung in Print oder online ohne Lizenz des Verlags."],
        "fr": ["Textes et images © {site} ; aucune reproduction papier ou en ligne sans licence de l'éditeur."],
        "es": ["Textos e imágenes © {site}; prohibida su reproducción impresa o digital sin licencia del editor."],
        "ru": ["Тексты и снимки © «{site}»; перепечатка в газетах и в сети только по лицензии издателя."],
    },
    "section": {
        "en": ["Further dispatches from our {section} reporters", "Everything filed under {section} ›"],
        "tr": ["{section} muhabirlerimizden başka haberler", "{section} başlığındaki her şey ›"],
        "de": ["Weitere Meldungen unserer {section}-Reporter", "Alles unter {section} ›"],
        "fr": ["Plus de la rubrique {section}", "Tout ce qui est classé dans {section} ›"],
        "es": ["Más crónicas de nuestros redactores de {section}", "Todo lo archivado en {section} ›"],
        "ru": ["Другие заметки наших корреспондентов по теме «{section}»", "Всё, что лежит в рубрике «{section}» ›"],
    },
    "related": {
        "en": ["Also making the news round here", "In case it passed you by"],
        "tr": ["Buralarda gündemde olan başka haberler", "Gözünüzden kaçmış olabilecek birkaç haber daha"],
        "de": ["Was hier sonst noch Thema ist", "Falls es Ihnen entgangen ist"],
        "fr": ["Ce qui fait aussi parler dans le coin", "Vous avez peut-être manqué ceci"],
        "es": ["Lo que también da que hablar por aquí", "Puede que te hayas perdido esto"],
        "ru": ["О чём ещё говорят в округе", "Возможно, вы это пропустили"],
    },
    "symbol": {"*": ['✶ ⋅ ✷ ⋅ ✶', '· · ◆ · ·', '❧ ❦ ❧', '─ ◦ ─ ◦ ─']},
    "credit": {
        "en": ["Extra reporting from the {site} district desk", "This report draws on figures supplied by the county council"],
        "tr": ["Habere {site} haber ekibi de katkıda bulundu", "Bu haber il özel idaresinin verdiği rakamlara dayanıyor"],
        "de": ["Mitgearbeitet hat das Lokalteam von {site}", "Dieser Bericht stützt sich auf Zahlen des Landratsamts"],
        "fr": ["Avec la participation de l'équipe info de {site}", "Cet article s'appuie sur des chiffres fournis par le département"],
        "es": ["Con la colaboración del equipo de noticias de {site}", "Esta información se basa en datos facilitados por la Diputación"],
        "ru": ["В подготовке участвовала новостная служба «{site}»", "Материал подготовлен по данным районной администрации"],
    },
    "ad": {
        "en": ["Advertisement · the report carries on below", "Ads on this page keep {site} free to read"],
        "tr": ["Reklam · haberimiz bu alanın altında devam ediyor", "Bu sayfadaki ilanlar {site}'i ücretsiz tutuyor"],
        "de": ["Werbeanzeige · der Bericht geht unten weiter", "Die Anzeigen auf dieser Seite halten {site} gratis"],
        "fr": ["Annonce · l'article se poursuit plus bas", "Les annonces de cette page gardent {site} gratuit"],
        "es": ["Anuncio · la información sigue más abajo", "Los anuncios de esta página mantienen {site} gratis"],
        "ru": ["Рекламный блок · текст идёт дальше ниже", "Реклама на этой странице делает «{site}» бесплатным"],
    },
    "continue": {
        "en": ["Carry on down the page ↓", "Show me the whole report"],
        "tr": ["Okumaya devam edin ↓", "Haberi sonuna kadar açın"],
        "de": ["Weiter nach unten ↓", "Den ganzen Bericht zeigen"],
        "fr": ["Continuer la lecture ↓", "Afficher tout le reportage"],
        "es": ["Baja para seguir ↓", "Enséñame la noticia completa"],
        "ru": ["Листайте вниз, там продолжение ↓", "Развернуть весь текст целиком"],
    },
    "comments": {
        "en": ["{n} readers have weighed in so far — your turn", "Comments ({n}) ▸"],
        "tr": ["{n} okur görüşünü yazdı — sıra sizde", "Yorumlar ({n}) ▸"],
        "de": ["{n} Leserinnen und Leser haben sich geäußert — Sie auch?", "Kommentare ({n}) ▸"],
        "fr": ["{n} lecteurs se sont déjà exprimés — à votre tour", "Commentaires ({n}) ▸"],
        "es": ["{n} lectores ya se han mojado — ahora tú", "Comentarios ({n}) ▸"],
        "ru": ["{n} читателей уже высказались — добавьте своё", "Комментарии ({n}) ▸"],
    },
    "readtime": {
        "en": ["About {m} minutes with a cup of tea", "Read time: {m} min"],
        "tr": ["Bir çay eşliğinde yaklaşık {m} dakika", "Bir çay demlenene kadar okunur: {m} dakika"],
        "de": ["Etwa {m} Minuten bei einer Tasse Tee", "Lesedauer: {m} Min"],
        "fr": ["Comptez {m} minutes, le temps d'une tisane", "Lecture : {m} mn"],
        "es": ["Unos {m} minutos, lo que tarda en enfriarse el café", "Lectura: {m} min."],
        "ru": ["Минуты {m}, как раз на чашку чая", "Чтение: {m} мин."],
    },
    "updated": {
        "en": ["Went up on the site {d} · tweaked at {t}", "Last changed {t}, {d}"],
        "tr": ["Yayına giriş {d} · düzeltme saati {t}", "Son değişiklik {t}, {d}"],
        "de": ["Erstmals erschienen am {d}; aktualisiert um {t}", "Zuletzt geändert {t} Uhr, {d}"],
        "fr": ["Première publication le {d} ; mise à jour à {t}", "Dernière modification à {t}, le {d}"],
        "es": ["Subida a la web el {d} · revisada a las {t}", "Último cambio a las {t}, {d}"],
        "ru": ["Появилось на сайте {d} · поправлено в {t}", "Последнее изменение в {t}, {d}"],
    },
    "audio": {
        "en": ["🎧 Listen instead ({m} min)", "Have this story read to you"],
        "tr": ["🎧 Okumak yerine dinleyin ({m} dk)", "Bu haberi size okusunlar"],
        "de": ["🎧 Lieber hören ({m} Min.)", "Sich diesen Bericht vorlesen lassen, statt ihn zu lesen"],
        "fr": ["🎧 Écouter plutôt ({m} min)", "Se faire lire cet article"],
        "es": ["🎧 Mejor escúchala ({m} min)", "Que te lean esta noticia"],
        "ru": ["🎧 Лучше послушать ({m} мин)", "Пусть этот материал прочитают вам"],
    },
    "app": {
        "en": ["Get {site} on your phone — it's free on iOS and Android", "Alerts for your street, in the app ›"],
        "tr": ["{site} telefonunuzda — iOS ve Android'de ücretsiz", "Sokağınız için bildirimler uygulamada ›"],
        "de": ["{site} gibt es als App — gratis im App Store und bei Google Play", "Meldungen für Ihre Straße gibt's in der App ›"],
        "fr": ["{site} dans votre téléphone — gratuit sur iOS et Android", "Les alertes de votre rue, dans l'appli ›"],
        "es": ["{site} tiene app — gratis en App Store y Google Play", "Avisos de tu calle, en la app ›"],
        "ru": ["У «{site}» есть приложение — бесплатно в App Store и Google Play", "Новости вашей улицы — в приложении ›"],
    },
    "bio": {
        "en": ["{by} reports on {section} for {site} and grew up a few streets from the market.", "Read {by}'s other reports ›"],
        "tr": ["{by}, {site} için {section} haberlerini yazıyor ve pazar yerine birkaç sokak ötede büyüdü.", "{by} adlı muhabirin öteki haberleri ›"],
        "de": ["{by} berichtet für {site} über {section} und ist ein paar Straßen vom Marktplatz entfernt aufgewachsen.", "Mehr Artikel von {by} ›"],
        "fr": ["{by} couvre la rubrique {section} pour {site} et a grandi à quelques rues du marché.", "Lire les autres papiers de {by} ›"],
        "es": ["{by} escribe de {section} en {site} y se crio a unas calles de la plaza de abastos.", "Lee las demás crónicas de {by} ›"],
        "ru": ["{by} пишет о теме «{section}» для «{site}» и вырос в паре кварталов от рынка.", "Что ещё написал этот корреспондент ›"],
    },
    "tip": {
        "en": ["Seen something we should be looking into? newsdesk@lampnews.example", "Text the reporters: 07700 900 611"],
        "tr": ["Araştırmamız gereken bir şey mi gördünüz? haber@yerel-ihbar.example", "Muhabirlere mesaj atın: 0533 900 06 11"],
        "de": ["Etwas gesehen, dem wir nachgehen sollten? redaktion@lokalnachrichten-kreis.example", "SMS an die Reporter: 0160 900 611"],
        "fr": ["Vous avez vu quelque chose sur quoi enquêter ? redac@info-du-coin.example", "SMS aux journalistes : 06 00 90 06 11"],
        "es": ["¿Has visto algo que debamos investigar? pistas@diario-comarcal.example", "Manda un SMS a los periodistas: 611 900 611"],
        "ru": ["Видели то, чем нам стоит заняться? redakciya@novosti-rajona.example", "СМС журналистам: +7 900 000-06-11"],
    },
    "typo": {
        "en": ["Spotted a slip? Highlight it and press Ctrl+Enter so our editors can fix it"],
        "tr": ["Bir yazım hatası mı gördünüz? İşaretleyip Ctrl+Enter'a basın, editörlerimiz düzeltsin"],
        "de": ["Vertipper entdeckt? Markieren und Strg+Enter drücken, dann korrigieren wir ihn"],
        "fr": ["Vous avez repéré une coquille : surlignez-la et appuyez sur Ctrl+Entrée pour que nos éditeurs la corrigent"],
        "es": ["Si ves una errata, señálala y pulsa Ctrl+Intro para que la corrijamos"],
        "ru": ["Если заметили опечатку, выделите её и нажмите Ctrl+Enter, чтобы редакторы исправили"],
    },
    "push": {
        "en": ["Let {site} buzz your phone when big news breaks — Allow · Not now, thanks"],
        "tr": ["{site} büyük bir haber olduğunda telefonunuzu titretsin mi — İzin ver · Şimdi değil, sağ olun"],
        "de": ["Darf {site} Ihnen Eilmeldungen als Mitteilung schicken? Erlauben · Vielleicht später"],
        "fr": ["Autoriser {site} à vous envoyer les alertes info ? Autoriser · Peut-être plus tard"],
        "es": ["¿Dejas que {site} te mande notificaciones de última hora? Permitir · Quizá luego"],
        "ru": ["Разрешить «{site}» присылать срочные уведомления? Разрешить · Может, позже"],
    },
    "print": {
        "en": ["Print · Save as PDF · Email this page", "A version without the clutter, for printing"],
        "tr": ["Yazdır · PDF olarak kaydet · Sayfayı e-postala", "Baskı için sade sürüm"],
        "de": ["Drucken · Als PDF sichern · Seite mailen", "Fassung ohne Schnickschnack zum Ausdrucken"],
        "fr": ["Imprimer · Enregistrer en PDF · Envoyer la page", "Version épurée pour l'imprimante"],
        "es": ["Imprimir · Guardar en PDF · Enviar la página", "Versión para imprimir sin adornos"],
        "ru": ["Печать · Сохранить в PDF · Отправить страницу", "Упрощённая версия для принтера"],
    },
    "feedback": {
        "en": ["Did this story tell you what you needed: Yes · Partly · No"],
        "tr": ["Bu haber aradığınızı anlattı mı: Evet · Kısmen · Hayır"],
        "de": ["Hat Ihnen dieser Artikel gesagt, was Sie wissen wollten: Ja · Teilweise · Nein"],
        "fr": ["Cet article vous a-t-il appris ce que vous cherchiez : Oui · En partie · Non"],
        "es": ["¿Te ha contado esta noticia lo que buscabas?: Sí · En parte · No"],
        "ru": ["Нашли ли вы в материале то, что искали: Да · Отчасти · Нет"],
    },
    "standards": {
        "en": ["{site} is regulated by IPSO; if you think we have broken the Editors' Code, our complaints form is the place to start."],
        "tr": ["{site}, Basın Ahlak Esasları'na bağlıdır; ilkeleri çiğnediğimizi düşünüyorsanız şikâyet formumuzu kullanın."],
        "de": ["{site} hat sich dem Pressekodex verpflichtet; wenn Sie meinen, wir hätten ihn verletzt, nutzen Sie unser Beschwerdeformular."],
        "fr": ["{site} adhère à la charte de Munich ; si vous pensez que nous l'avons enfreinte, passez par notre formulaire de réclamation."],
        "es": ["{site} se rige por el código deontológico de la FAPE; si crees que lo hemos incumplido, usa nuestro formulario de quejas."],
        "ru": ["«{site}» соблюдает кодекс профессиональной этики журналиста; если вы считаете, что мы его нарушили, заполните форму жалобы."],
    },
    "topics": {
        "en": ["Topics: {section} · high street · county hall", "Follow {section} stories ›"],
        "tr": ["Konular: {section} · çarşı · valilik", "{section} haberlerini takip et ›"],
        "de": ["Themen: {section} · Innenstadt · Landratsamt", "Beim Thema {section} auf dem Laufenden bleiben ›"],
        "fr": ["Sujets : {section} · centre-ville · département", "Suivre les articles {section} ›"],
        "es": ["Temas: {section} · centro · Diputación", "Seguir las noticias de {section} ›"],
        "ru": ["Темы: {section} · центр · областная власть", "Подписаться на тему «{section}» и ничего не пропустить ›"],
    },
    "bookmark": {
        "en": ["🔖 Add to reading list"],
        "tr": ["🔖 Okuma listesine ekle"],
        "de": ["🔖 Auf die Leseliste"],
        "fr": ["🔖 Mettre de côté pour plus tard dans ma liste"],
        "es": ["🔖 Apartar en mi lista para luego"],
        "ru": ["🔖 Отложить в список «Прочитать позже»"],
    },
    "poll": {
        "en": ["Quick vote, is this the right call: Agree · Disagree · Undecided", "Results appear after you vote"],
        "tr": ["Hızlı oylama, doğru karar mı: Katılıyorum · Katılmıyorum · Kararsızım", "Sonuçlar oy verdikten sonra çıkar"],
        "de": ["Kurz abgestimmt, ist das die richtige Entscheidung: Dafür · Dagegen · Unentschieden", "Ergebnisse nach der Stimmabgabe"],
        "fr": ["Vote éclair, est-ce la bonne décision : Pour · Contre · Indécis", "Résultats visibles après votre vote"],
        "es": ["Votación rápida, ¿es la decisión correcta?: A favor · En contra · Indeciso", "Verás el resultado cuando votes"],
        "ru": ["Быстрый опрос, правильное ли это решение: За · Против · Не определился", "Итоги появятся после голосования"],
    },
    "embed": {
        "en": ["See {handle}'s post on Instagram", "Watch {handle} on YouTube"],
        "tr": ["{handle} gönderisini Instagram'da görün", "{handle} kanalını YouTube'da izleyin"],
        "de": ["Den Beitrag von {handle} auf Instagram ansehen", "{handle} auf YouTube anschauen"],
        "fr": ["La publication de {handle} est à voir sur Instagram", "Regarder {handle} sur YouTube"],
        "es": ["Ver la publicación de {handle} en Instagram", "Ver a {handle} en YouTube"],
        "ru": ["Пост {handle} в Instagram", "Смотреть {handle} на YouTube"],
    },
    "gallery": {
        "en": ["📷 See {g} more shots from the day", "Swipe through the gallery ({g})"],
        "tr": ["📷 Günün {g} karesine daha bakın", "Galeride gezinin ({g})"],
        "de": ["📷 {g} weitere Fotos vom Tag", "Durch die Galerie wischen ({g})"],
        "fr": ["📷 {g} autres photos de la journée", "Faire défiler la galerie ({g})"],
        "es": ["📷 {g} fotos más de la jornada", "Desliza por la galería ({g})"],
        "ru": ["📷 Ещё {g} фотографий этого дня", "Листать галерею ({g})"],
    },
    "map": {
        "en": ["Open in a bigger map", "© OpenStreetMap contributors · Get directions"],
        "tr": ["Haritayı tam ekranda açın", "© OpenStreetMap katkıcıları · Yol tarifi al"],
        "de": ["In größerer Karte öffnen", "© OpenStreetMap-Mitwirkende · Wegbeschreibung"],
        "fr": ["Ouvrir dans une carte plus grande", "© les contributeurs d'OpenStreetMap · Itinéraire"],
        "es": ["Abrir en un mapa más grande", "© colaboradores de OpenStreetMap · Cómo llegar"],
        "ru": ["Карта крупнее — в отдельном окне", "© участники OpenStreetMap · Построить путь сюда"],
    },
    "calendar": {
        "en": ["Save the date: Google · iCal · Outlook", "Remind me a week before"],
        "tr": ["Tarihi kaydedin: Google · iCal · Outlook", "Bir hafta önce hatırlat"],
        "de": ["Termin merken: Google · iCal · Outlook", "Eine Woche vorher erinnern"],
        "fr": ["Réservez la date : Google · iCal · Outlook", "Me le rappeler une semaine avant"],
        "es": ["Guarda la fecha: Google · iCal · Outlook", "Recuérdamelo una semana antes"],
        "ru": ["Запомнить дату: Google · iCal · Outlook", "Напомнить за неделю"],
    },
    "scores": {
        "en": ["Scores as they happen, and the league tables ›", "Results · Tables · Fixtures · Player stats"],
        "tr": ["Canlı skorlar ve puan tabloları ›", "Sonuçlar · Tablolar · Maç programı · Oyuncu istatistikleri"],
        "de": ["Live-Ergebnisse und Tabellen ›", "Resultate · Tabellen · Ansetzungen · Spielerwerte"],
        "fr": ["Les scores en direct et tous les classements ›", "Résultats · Classements · Calendrier · Stats joueurs"],
        "es": ["Marcadores al minuto y todas las clasificaciones ›", "Resultados · Tablas · Jornadas · Estadísticas"],
        "ru": ["Счёт в реальном времени и таблицы ›", "Итоги · Таблицы · Календарь · Статистика игроков"],
    },
    "correction": {
        "en": ["This article has been corrected since it was first published."],
        "tr": ["Bu haber ilk yayımlandıktan sonra düzeltildi."],
        "de": ["Dieser Artikel wurde nach der ersten Veröffentlichung korrigiert."],
        "fr": ["Cet article a été corrigé depuis sa première publication."],
        "es": ["Esta noticia se ha corregido después de su primera publicación."],
        "ru": ["Этот материал исправлен после первой публикации."],
    },
    # the three families new in this part
    "mortgagecalc": {  # mortgage-calculator widgets: the price/deposit form, the calculate button, the best-buy table, the broker card
        "en": ["What would your mortgage cost?", "Calculate your repayments ›",
               "Best-buy fixed rates this week", "Speak to a broker — free and no obligation"],
        "tr": ["Konut krediniz ne kadar tutar?", "Aylık taksitlerinizi hesaplayın ›",
               "Bu haftanın en uygun konut kredisi faizleri", "Bir kredi danışmanıyla görüşün — ücretsiz"],
        "de": ["Was würde Ihre Baufinanzierung kosten?", "Monatliche Rate berechnen ›",
               "Die günstigsten Bauzinsen dieser Woche", "Mit einer Finanzierungsberaterin sprechen — kostenlos"],
        "fr": ["Combien coûterait votre prêt immobilier ?", "Calculer vos mensualités ›",
               "Les meilleurs taux fixes de la semaine", "Parler à un courtier — gratuit et sans engagement"],
        "es": ["¿Cuánto te costaría la hipoteca?", "Calcula tu cuota mensual ›",
               "Las mejores hipotecas fijas de la semana", "Habla con un asesor hipotecario — gratis y sin compromiso"],
        "ru": ["Сколько будет стоить ваша ипотека?", "Рассчитать ежемесячный платёж ›",
               "Лучшие ставки по ипотеке на этой неделе", "Поговорить с ипотечным брокером — бесплатно"],
    },
    "crimemap": {  # crime-map panels: the street search, last month's crimes by category, the report link, the beat team card
        "en": ["Crimes reported near you", "Last month's crimes in this area",
               "Tell the police about a crime online ›", "Your neighbourhood beat team"],
        "tr": ["Çevrenizde bildirilen suçlar", "Geçen ay bu bölgede işlenen suçlar",
               "Bir suçu polise internetten bildirin ›", "Mahalle karakolunuz"],
        "de": ["Gemeldete Straftaten in Ihrer Nähe", "Straftaten im Viertel im vergangenen Monat",
               "Eine Straftat online bei der Polizei melden ›", "Ihr Bezirksbeamter im Viertel"],
        "fr": ["Délits signalés près de chez vous", "Les délits du mois dernier dans le secteur",
               "Signaler un délit en ligne à la gendarmerie ›", "Votre brigade de proximité"],
        "es": ["Delitos denunciados cerca de ti", "Delitos del mes pasado en la zona",
               "Comunica un delito a la policía por internet ›", "Tu agente de barrio"],
        "ru": ["Преступления, зарегистрированные рядом с вами", "Преступления в районе за прошлый месяц",
               "Сообщить о преступлении через интернет ›", "Ваш участковый пункт полиции"],
    },
    "prayertimes": {  # prayer-times widgets: today's times, the timetable download, the find-a-place-of-worship search, the sunrise/sunset line
        "en": ["Prayer times today in Oldbury", "Download the Ramadan timetable (PDF)",
               "Find a mosque near you", "Sunrise 06:41 · Sunset 17:52"],
        "tr": ["Bugün Yazıbaşı namaz vakitleri", "Ramazan imsakiyesini indirin (PDF)",
               "Size en yakın camiyi bulun", "Güneş 07.12 · Akşam 19.06"],
        "de": ["Gottesdienste heute in der Innenstadt", "Gottesdienstplan für die Festtage herunterladen (PDF)",
               "Eine Kirche in Ihrer Nähe finden", "Sonnenaufgang 8:14 · Sonnenuntergang 16:21"],
        "fr": ["Horaires des offices aujourd'hui", "Télécharger le calendrier du Carême (PDF)",
               "Trouver une église près de chez vous", "Lever du soleil 7 h 28 · coucher 19 h 02"],
        "es": ["Horarios de misas hoy en Valdecea", "Descarga el horario de Cuaresma y Semana Santa (PDF)",
               "Encuentra una iglesia cerca de ti", "Sale el sol 07:58 · se pone 20:39"],
        "ru": ["Расписание богослужений на сегодня", "Скачать расписание служб Великого поста (PDF)",
               "Найти храм рядом с вами", "Восход 07:58 · заход 18:44"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"mortgagecalc": [0, 1, 2, 3], "crimemap": [0, 1, 2, 3], "prayertimes": [0, 1, 2, 3]}
# best-buy rates this week: lender, term, rate, fee
MORTGAGE_RATES = {
    "en": [("Tarrow Building Society", "2-year fix, 75% LTV", "4.19%", "£999 fee"), ("Kestle Mutual", "5-year fix, 90% LTV", "4.62%", "no fee"),
           ("Northgate Home Loans", "5-year fix, 60% LTV", "3.98%", "£1,499 fee")],
    "tr": [("Yazıbaşı Katılım", "120 ay vade", "%2,89 aylık", "dosya ücreti yok"), ("Karaçam Bankası", "60 ay vade", "%2,64 aylık", "1.750 TL masraf"),
           ("Gölbaşı Kooperatif Bankası", "180 ay vade", "%2,95 aylık", "ekspertiz dahil")],
    "de": [("Sparkasse Rottachtal", "15 Jahre fest", "3,41 %", "ohne Bereitstellungszins"), ("Volksbank Hessenbühl", "10 Jahre fest", "3,27 %", "80 % Beleihung"),
           ("Bausparkasse Weilheim", "20 Jahre fest", "3,68 %", "mit Sondertilgung")],
    "fr": [("Crédit Mutuel des Monts", "20 ans", "3,15 %", "frais de dossier offerts"), ("Banque du Val-Brûlé", "25 ans", "3,32 %", "assurance incluse"),
           ("Caisse d'Épargne d'Orne-Haute", "15 ans", "2,98 %", "apport de 10 %")],
    "es": [("Caja Rural de Albares", "30 años, fijo", "2,65 % TIN", "sin comisión de apertura"), ("Banco de Fuenmayor", "25 años, fijo", "2,49 % TIN", "con nómina domiciliada"),
           ("Cooperativa de Crédito del Campo", "20 años, fijo", "2,39 % TIN", "80 % del valor")],
    "ru": [("Банк «Сосновая Грива»", "20 лет", "15,9 %", "первый взнос от 20 %"), ("Северный кредитный союз", "30 лет, семейная", "6 %", "для семей с детьми"),
           ("Земельный банк", "15 лет", "16,4 %", "без комиссии")],
}
# the broker card: label, value
MORTGAGE_BROKER = {
    "en": [("Free helpline", "0800 098 4417"), ("Open", "Mon–Fri 8am–8pm, Sat 9am–1pm"), ("Regulated by", "the Financial Conduct Authority")],
    "tr": [("Danışma hattı", "0 850 900 44 17"), ("Saatler", "Hafta içi 09.00–18.00")],
    "de": [("Beratungstelefon", "0800 900 4417 (gebührenfrei)"), ("Telefonisch erreichbar", "Mo–Fr 8–20 Uhr")],
    "fr": [("Ligne conseil", "05 00 90 44 17"), ("Ouvert", "du lundi au vendredi, 9 h – 19 h")],
    "es": [("Teléfono gratuito", "900 904 417"), ("Te atendemos", "de lunes a viernes, de 9 a 20 h")],
    "ru": [("Бесплатная линия", "8 (800) 900-44-17"), ("Работаем", "ежедневно с 9 до 21")],
}
# last month's crimes in this area: category, count
CRIME_COUNTS = {
    "en": [("Anti-social behaviour", "41 ↑8"), ("Burglary", "9 ↑6"), ("Vehicle crime", "14 ↓4"), ("Criminal damage and arson", "11 ↑2"), ("Shoplifting", "23 ↑9")],
    "tr": [("Hırsızlık (ev ve işyeri)", "12 ↓7"), ("Araçtan hırsızlık", "7 ↑5"), ("Kasten yaralama", "4 ↑3"), ("Mala zarar verme", "9 ↓1")],
    "de": [("Wohnungseinbruch", "6 ↑8"), ("Fahrraddiebstahl", "18 ↑6"), ("Sachbeschädigung", "13 ↓4"), ("Körperverletzung (einfach)", "5 ↑2")],
    "fr": [("Cambriolages", "8 ↑9"), ("Vols de véhicules", "3 ↓7"), ("Dégradations", "11 ↑5"), ("Vols à l'étalage", "6 ↑3")],
    "es": [("Robos en trasteros y garajes", "17 ↓1"), ("Hurtos", "22 ↑8"), ("Daños", "8 ↑6"), ("Robos en vehículos", "10 ↓4")],
    "ru": [("Кражи", "19 ↑2"), ("Мошенничество", "27 ↑9"), ("Хулиганство", "5 ↓7"), ("Угоны", "2 ↑5")],
}
# the beat team card: label, value
CRIME_BEAT = {
    "en": [("Beat manager", "PC Owen Tregarthen"), ("Beat surgery", "Thursdays 4–5pm at the town library"), ("Non-urgent line", "01632 960 777")],
    "tr": [("Karakol amiri", "Komiser Yardımcısı Selim Ardıç"), ("Karakol telefonu", "0 (262) 900 17 55")],
    "de": [("Bezirksbeamter", "Polizeihauptmeister Jonas Riedl"), ("Sprechzeit", "dienstags 15–17 Uhr, Rathaus Zimmer 3")],
    "fr": [("Brigade de proximité", "2 rue du Foirail"), ("Accueil du public", "lundi, mercredi et samedi, 8 h – 12 h")],
    "es": [("Patrulla asignada", "Policía Local, unidad Norte"), ("Teléfono de la unidad", "941 900 092")],
    "ru": [("Участковый", "майор полиции Андрей Курочкин"), ("Приём граждан", "вторник и четверг, 18:00–20:00")],
}
# today's prayer or service times: prayer or service, time
WORSHIP_TIMES = {
    "en": [("Fajr", "5.02am"), ("Dhuhr", "12.16pm"), ("Asr", "3.12pm"), ("Maghrib", "5.52pm"), ("Isha", "7.20pm")],
    "tr": [("İmsak", "05.48"), ("Öğle", "13.18"), ("İkindi", "16.36"), ("Akşam", "19.06"), ("Yatsı", "20.24")],
    "de": [("Stadtkirche St. Marien", "Christmette 22 Uhr"), ("St. Georg", "Krippenspiel 15 Uhr"), ("Kreuzkirche", "Ökumenische Andacht 17 Uhr")],
    "fr": [("Saint-Étienne", "messe à 18 h 30"), ("Notre-Dame-du-Pont", "vêpres à 17 h"), ("Temple protestant", "culte à 10 h 30")],
    "es": [("Parroquia de Santa María", "10:00, 12:00 y 19:30"), ("Ermita del Humilladero", "11:30, misa rezada"), ("Convento de las Clarisas", "08:00, laudes y misa")],
    "ru": [("Утреня", "7:00"), ("Божественная литургия", "8:30"), ("Вечерня", "17:00")],
}
WIDGET_ROWS = (("mortgage rates", MORTGAGE_RATES), ("mortgage broker", MORTGAGE_BROKER), ("crime counts", CRIME_COUNTS),
               ("crime beat", CRIME_BEAT), ("worship times", WORSHIP_TIMES))


# headlines of the linked stories (related lists, sidebars, "Latest news" and "Most read" modules)
HEADLINES = {
    "en": ["Pier café owner hands over the keys after forty summers", "Park run marks its 500th Saturday with cake at the finish",
           "Roundabout flower beds to be planted by primary pupils", "Level crossing barriers replaced after eight-week closure",
           "Lost wedding ring turns up in a bag of seed potatoes", "Brass band wins its section at the regional championships"],
    "tr": ["İskele kahvecisi kırk yaz sonra dükkânı devretti", "Sahil yürüyüş yolunun ikinci etabı tamamlandı",
           "Göbekteki çiçekleri ilkokul öğrencileri dikecek", "Hemzemin geçidin bariyerleri yenilendi",
           "Kayıp alyans bir çuval tohumluk patatesin içinden çıktı", "Belediye bandosu bölge yarışmasından kupayla döndü"],
    "de": ["Kiosk-Wirtin am Steg gibt nach vierzig Sommern ab", "Lauftreff feiert seinen 500. Samstag mit Kuchen im Ziel",
           "Grundschüler bepflanzen die Beete im Kreisel", "Bahnübergang nach acht Wochen Sperrung wieder offen",
           "Verlorener Ehering taucht im Sack mit Saatkartoffeln auf", "Blaskapelle gewinnt ihre Klasse beim Bezirkswettbewerb"],
    "fr": ["Le patron du café de la jetée passe la main après quarante étés", "La course du samedi fête sa 500e édition avec un gâteau à l'arrivée",
           "Les écoliers planteront les massifs du rond-point", "Le passage à niveau rouvre après huit semaines de travaux",
           "Une alliance perdue retrouvée dans un sac de pommes de terre de semence", "La fanfare remporte sa catégorie au concours régional"],
    "es": ["El dueño del chiringuito del muelle se jubila tras cuarenta veranos", "La carrera de los sábados cumple 500 ediciones con tarta en la meta",
           "Los alumnos del colegio plantarán las flores de la rotonda", "Reabre el paso a nivel tras ocho semanas cerrado",
           "Aparece una alianza perdida en un saco de patatas de siembra", "La banda de música gana su categoría en el certamen provincial"],
    "ru": ["Хозяин кафе на пристани передал дела после сорока сезонов", "Субботний забег отметил 500-й старт тортом на финише",
           "Клумбы на кольце засадят школьники", "Переезд открыли после восьми недель ремонта",
           "Потерянное обручальное кольцо нашлось в мешке семенной картошки", "Духовой оркестр победил в своей категории на областном конкурсе"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["ru"]
TEASERS = {
    "ru": ["Ключи он отдал племяннице, а рецепт пирожков — всей улице.",
           "Бегунов было двести, торт испекли на всех.",
           "Рассаду вырастили в школьной теплице ещё в марте.",
           "Рельсы поменяли, шлагбаумы теперь опускаются сами.",
           "Кольцо пролежало в погребе три зимы, пока его не нашла соседка.",
           "Музыканты репетировали всю зиму в старом клубе."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Just in from the district", "Town and parish life", "Courts, crime and the 999 services", "Homes, jobs and the cost of things", "Matchday and the clubs", "Gigs, fairs and days out", "Viewpoints and readers' post"],
               cookie="This website stores cookies on your computer. A few are needed for the pages to load; the rest, which you can refuse, count visits and let our advertisers show you relevant offers. You can revisit these choices from the Cookie settings link in the footer.",
               accept="Accept and close", reject="Refuse the optional ones", share="Hand this story to a friend",
               related="Other news from the district", newsletter="The Lamp at Lunchtime: a round-up of local news every weekday at one",
               subscribe="Send me the Lamp at Lunchtime", email="reader@lamp-lunchtime.example",
               comment_note="Registered readers can comment. Comments are read by a moderator before they go live, which may take a while at weekends.",
               closed="Comments on this article have been turned off by the desk.",
               footer=["Who writes the Lamp", "Ask for a correction", "How the Lamp handles your data and cookies", "Advertise with the Lamp", "Site terms and house rules"],
               rights="Content on this website is subject to copyright; please contact the publisher before reusing any of it.",
               commenters=[("crane_valley_pete", "About time someone said this out loud."),
                           ("Jo from Upper Tarrow", "Would be good to know whether the bus still stops at the old school.")]),
    "tr": dict(nav=["İlçeden yeni gelenler", "Kent ve mahalle hayatı", "Adliye, asayiş ve acil servisler", "Konut, iş ve hayat pahalılığı", "Maç günü ve kulüpler", "Konserler, panayırlar, geziler", "Bakış açıları ve okur postası"],
               cookie="Bu site bilgisayarınıza çerezler kaydeder. Bazıları sayfaların açılması için gerekli; reddedebileceğiniz diğerleri ziyaretleri sayar ve reklamverenlerimizin size uygun teklifler göstermesini sağlar. Bu tercihleri alt bilgideki Çerez ayarları bağlantısından yeniden açabilirsiniz.",
               accept="Kabul et ve kapat", reject="İsteğe bağlı olanları reddet", share="Bu haberi bir dostunuza uzatın",
               related="İlçeden diğer haberler", newsletter="Öğle Arası Bülteni: hafta içi her gün saat birde yerel haber özeti",
               subscribe="Öğle Arası Bülteni'ni bana gönderin", email="okur@ogle-arasi.example",
               comment_note="Kayıtlı okurlar yorum yazabilir. Yorumlar yayına girmeden önce bir moderatör tarafından okunur; hafta sonları bu biraz sürebilir.",
               closed="Bu haberin altına artık yorum yazılamıyor, masa kapattı.",
               footer=["Haber odasıyla tanışın", "Düzeltme isteyin", "Ekspres verilerinizi ve çerezleri nasıl kullanıyor", "Ekspres'e ilan verin", "Site koşulları ve ev kuralları"],
               rights="Bu sitedeki içerik telif hakkına tabidir; herhangi bir bölümünü kullanmadan önce yayıncıyla iletişime geçin.",
               commenters=[("yazibasili_murat", "Nihayet biri bunu yüksek sesle söyledi."),
                           ("Karaçamlı Nevin Hanım", "Otobüs hâlâ eski okulun önünde duruyor mu, bilen var mı?")]),
    "de": dict(nav=["Neu aus dem Landkreis", "Stadt- und Dorfleben", "Gericht, Polizei und Rettungsdienst", "Wohnen, Arbeit und was alles kostet", "Spieltag und Vereine", "Konzerte, Märkte und Ausflüge", "Standpunkte und Leserpost"],
               cookie="Diese Website speichert Cookies auf Ihrem Rechner. Einige sind nötig, damit die Seiten laden; die übrigen, die Sie ablehnen können, zählen Besuche und lassen unsere Werbekunden passende Angebote zeigen. Über den Link Cookie-Einstellungen in der Fußzeile können Sie Ihre Wahl jederzeit ändern.",
               accept="Akzeptieren und schließen", reject="Optionale ablehnen", share="Diesen Bericht einem Bekannten zustecken",
               related="Weitere Nachrichten aus dem Landkreis", newsletter="Der Anzeiger am Mittag: werktags um eins die Lokalnachrichten im Überblick",
               subscribe="Anzeiger am Mittag zuschicken", email="leser@anzeiger-mittag.example",
               comment_note="Registrierte Leser können kommentieren. Kommentare liest vor der Freischaltung eine Moderatorin, am Wochenende kann das dauern.",
               closed="Die Kommentarfunktion für diesen Artikel ist abgeschaltet.",
               footer=["Die Leute hinter dem Rottachtaler Blatt", "Korrektur anfragen", "Hinweise zu Datenschutz und Cookies", "Anzeigen im Anzeiger schalten", "Nutzungsbedingungen und Hausregeln"],
               rights="Die Inhalte dieser Website sind urheberrechtlich geschützt; wenden Sie sich vor jeder Weiterverwendung an den Verlag.",
               commenters=[("Rottachtaler_Sepp", "Wurde auch Zeit, dass das mal jemand laut sagt."),
                           ("Uschi aus Weilheim", "Hält der Bus eigentlich noch an der alten Schule?")]),
    "fr": dict(nav=["Tout juste arrivé du canton", "Vie des bourgs et des quartiers", "Justice, faits divers et secours", "Logement, emploi et pouvoir d'achat", "Jour de match et clubs", "Concerts, foires et sorties", "Points de vue et courrier des lecteurs"],
               cookie="Ce site enregistre des cookies sur votre ordinateur. Certains sont nécessaires pour charger les pages ; les autres, que vous pouvez refuser, comptent les visites et permettent à nos annonceurs de vous montrer des offres adaptées. Vous pouvez revenir sur ces choix via le lien Réglages des cookies en pied de page.",
               accept="D'accord, je ferme", reject="Refuser les facultatifs", share="Glisser cet article à un proche",
               related="Autres nouvelles du canton", newsletter="Le Courrier de midi : l'essentiel de l'info locale chaque jour de semaine à 13 h",
               subscribe="Recevoir le Courrier de midi", email="lecteur@courrier-midi.example",
               comment_note="Les lecteurs inscrits peuvent commenter. Un modérateur lit chaque commentaire avant sa mise en ligne, ce qui peut prendre du temps le week-end.",
               closed="La rédaction a fermé les commentaires sous cet article.",
               footer=["Qui écrit le Courrier", "Demander une rectification", "Avis sur la vie privée et les cookies", "Annoncer dans le Courrier", "Conditions du site et règles de la maison"],
               rights="Le contenu de ce site est soumis au droit d'auteur ; contactez l'éditeur avant toute réutilisation.",
               commenters=[("Pierrot_de_Seignac", "Il était temps que quelqu'un le dise tout haut."),
                           ("Martine du Val", "Quelqu'un sait si le car s'arrête toujours devant l'ancienne école ?")]),
    "es": dict(nav=["Recién llegado de la comarca", "Vida de pueblos y barrios", "Tribunales, sucesos y emergencias", "Casa, empleo y lo que cuesta vivir", "Día de partido y clubes", "Conciertos, ferias y escapadas", "Puntos de vista y cartas de lectores"],
               cookie="Esta web guarda cookies en tu ordenador. Algunas son necesarias para cargar las páginas; las demás, que puedes rechazar, cuentan las visitas y permiten a nuestros anunciantes mostrarte ofertas a tu medida. Puedes cambiar estas opciones desde el enlace Ajustes de cookies del pie de página.",
               accept="Vale, cerrar aviso", reject="Rechazar las opcionales", share="Reenvía esta noticia a quien le pueda servir",
               related="Otras noticias de la comarca", newsletter="La Atalaya a Mediodía: lo esencial de la comarca cada día laborable a la una",
               subscribe="Quiero recibir La Atalaya a Mediodía", email="lector@atalaya-mediodia.example",
               comment_note="Los lectores registrados pueden comentar. Un moderador lee cada comentario antes de publicarlo, y los fines de semana puede tardar.",
               closed="Los comentarios de esta noticia están desactivados.",
               footer=["Quién escribe La Atalaya", "Pide una rectificación", "Aviso de privacidad y cookies", "Anúnciate en La Atalaya", "Condiciones de uso y normas de la casa"],
               rights="El contenido de esta web está sujeto a derechos de autor; contacta con el editor antes de reutilizar cualquier parte.",
               commenters=[("fuenmayores_de_siempre", "Ya era hora de que alguien lo dijera en voz alta."),
                           ("Conchi de Albares", "¿Sabe alguien si el autobús sigue parando en la escuela vieja?")]),
    "ru": dict(nav=["Только что из района", "Жизнь города и сёл", "Суды, происшествия и экстренные службы", "Жильё, работа и цены", "День матча и клубы", "Концерты, ярмарки и поездки", "Точки зрения и почта читателей"],
               cookie="Этот сайт сохраняет cookie на вашем компьютере. Часть из них нужна для загрузки страниц; остальные, от которых можно отказаться, считают посещения и позволяют рекламодателям показывать вам подходящие предложения. Изменить выбор можно по ссылке «Настройки cookie» внизу страницы.",
               accept="Принять и закрыть", reject="Без необязательных, спасибо", share="Переслать материал тому, кому он нужнее",
               related="Ещё вести из нашего района", newsletter="«Грива в обед»: главные местные новости каждый будний день в час дня",
               subscribe="Присылать «Гриву в обед»", email="chitatel@griva-obed.example",
               comment_note="Комментировать могут зарегистрированные читатели. Каждый комментарий перед публикацией читает модератор, в выходные это может занять время.",
               closed="Редакция закрыла комментарии под этим материалом.",
               footer=["Кто делает «Вестник»", "Попросить об исправлении", "Уведомление о конфиденциальности и cookie", "Реклама в «Вестнике»", "Условия пользования и правила сайта"],
               rights="Материалы сайта защищены авторским правом; прежде чем использовать любую их часть, свяжитесь с издателем.",
               commenters=[("griva_starozhil", "Наконец-то кто-то сказал это вслух."),
                           ("Нина с Лесной", "Автобус ещё останавливается у старой школы, кто знает?")]),
}
UI61 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "ELSEWHERE IN THE MERCURY:"},  # the regional layout's inline links
    (mp2, "BIO"): {"en": "{name} has written about {section} for {site} since leaving the county's evening paper. Tips and letters to features@brindlemoor-observer.example"},
    (mp4, "READMORE"): {"en": "ALSO ON THE MARKET POST:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"fr": dict(also="À lire aussi dans Le Réveil")},
    (mp6, "TYPO3"): {"en": dict(ext="Video from the Downs Link bus (Vimeo)", note="A short film of the first run of the 47 over the downs is embedded here. It is only fetched from Vimeo once you agree, and Vimeo then receives data about your visit.",
                                button="Agree and watch the bus film", by="Words and pictures by", search="Search the Weekly Press",
                                lang_menu="This story in large print")},
    (mp7, "SANITY"): {"es": dict(nl_title="El Campo al Anochecer", nl_text="Lo que ha pasado en los pueblos del Campo de Albares, cada tarde a las ocho en un correo corto.",
                                 nl_button="Mandadme El Campo al Anochecer", nl_placeholder="Tu correo para El Campo al Anochecer")},
    (mp11, "HUGO"): {"fr": dict(nl_title="La Lettre des Monts", nl_text="Chaque samedi matin : les villages, les chantiers et les sorties autour de Seignac, en un seul courriel.",
                                nl_label="Votre adresse pour la Lettre des Monts", nl_button="Recevoir la Lettre des Monts")},
    (mp13, "PUB_NAV"): {"ru": ["Свежее в «Записках»", "Люди Заречной слободы", "Улицы и дворы слободы", "Помочь «Запискам» продержаться"]},
    (mp13, "TEASERS"): {"ru": TEASERS["ru"]},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Берёзовый Лог: сайт нашей деревни",
                                menu=["Берёзовый Лог — главная", "Новости Берёзового Лога", "Объявления совета деревни", "Летопись Берёзового Лога", "Фотоальбом деревни", "Написать в совет деревни"],
                                cats=["Новости Берёзового Лога", "Объявления совета деревни", "Общие дела и толоки"],
                                friends=["Берёзоволожская начальная школа", "Клуб «Родник» в Берёзовом Логу", "Лесничество у Берёзового Лога"],
                                footer="Берёзовый Лог © 2026 · сайт ведут жители на общественных началах",
                                poster="berlog_sovet", tags=["сруб на Нижней", "общий сход"],
                                commenters=[("Люба_с_Нижней", "Спасибо мужикам, вода теперь чистая, как в детстве."),
                                            ("Внук_деда_Ефима", "Жаль, не успел приехать. В следующий раз позовите заранее!")],
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
# the new layout: a DNN Platform (DotNetNuke) 9 / Evoq site with the EasyDNNnews module -- a county council's
# newsroom and a regional paper -- as it serves an article to an anonymous reader: the head with the
# DependencyHandler.axd and Portals/_default/skins/... stylesheets and scripts; the ASP.NET <form id="Form"> wrapping
# the whole page with its __VIEWSTATE / __EVENTVALIDATION hidden inputs and WebResource / ScriptResource scripts; the
# skin's header (dnn_HeaderPane, logo, the dnn_dnnSearch skin object, the dnn_dnnLOGIN / dnn_dnnUSER links, the
# DDRmenu main navigation in dnn_dnnNAV), the dnn_dnnBREADCRUMB trail; the ContentPane holding the DnnModule-EasyDNNnews
# module in its container (c_container, the c_title h2 with dnn_ctr<id>_dnnTITLE), the EasyDNNnews article (div.eds_news_*,
# the title, "Posted by <author> on <date>", the social sharing bar, the article image with its caption, the story in
# div.edn_articleContent as the DNN rich-text editor writes it -- p, h2 / h3, strong / em, a background-color span for a
# highlight, blockquote, ul / ol, <br>, a CKEditor table --, the "Categories:" and "Tags:" lists, "Related articles",
# "Previous article / Next article" and the Comments form with its name, e-mail and "Add comment" button); the
# RightPane with the "Latest news" and "Most read" modules and the site's contact HTML module; the FooterPane, the
# copyright / Terms Of Use / Privacy Statement skin objects, and the cookie-consent banner DNN's cookieconsent
# script writes
# --------------------------------------------------------------------------
# the platform's and the EasyDNNnews module's generic strings, per language (not checked)
DNN_CORE = {
    "en": dict(locale="en-GB", login="Login", register="Register", search="Search", search_ph="Search...",
               more_results="See More Results", no_results="No Results Found", clear="Clear search text",
               posted="Posted by", on="on", cats="Categories:", tags="Tags:", related="Related articles",
               prev="« Previous article", next="Next article »", comments="Comments", name="Name", email="E-mail",
               comment="Comment", add="Add comment", no_comments="There are currently no comments, be the first to post one.",
               share="Share", tweet="Post", print="Print", email_link="Email", terms="Terms Of Use", privacy="Privacy Statement",
               copyright="Copyright {y} by {name}", home="Home", latest="Latest news", most_read="Most read",
               cookie_more="Learn more", months=["January", "February", "March", "April", "May", "June", "July", "August",
                                                 "September", "October", "November", "December"], skip="Skip to main content",
               read_more="Read more", views="views"),
    "es": dict(locale="es-ES", login="Iniciar sesión", register="Registrarse", search="Buscar", search_ph="Buscar...",
               more_results="Ver más resultados", no_results="No se han encontrado resultados", clear="Borrar texto de búsqueda",
               posted="Publicado por", on="el", cats="Categorías:", tags="Etiquetas:", related="Artículos relacionados",
               prev="« Artículo anterior", next="Artículo siguiente »", comments="Comentarios", name="Nombre", email="Correo electrónico",
               comment="Comentario", add="Añadir comentario", no_comments="Todavía no hay comentarios; sé el primero en escribir uno.",
               share="Compartir", tweet="Publicar", print="Imprimir", email_link="Correo", terms="Condiciones de uso", privacy="Declaración de privacidad",
               copyright="Copyright {y} por {name}", home="Inicio", latest="Últimas noticias", most_read="Lo más leído",
               cookie_more="Más información", months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                                      "septiembre", "octubre", "noviembre", "diciembre"], skip="Saltar al contenido principal",
               read_more="Leer más", views="visitas"),
}
# the sites' own strings: domain, portal name, skin, logo text, the DDRmenu (top level and children), the news
# module's title, the right-hand contact box, the footer pane, the cookie banner, categories, commenters
DNN = {
    "Harlbury County Council": dict(
        domain="www.harlbury.gov.example", skin="Harlbury2024", portal_id=0, news_path="/news", tab_id=58,
        logo_alt="Harlbury County Council logo",
        menu=[("Residents", [("Bins, recycling and the tip", "/residents/bins"), ("Roads, parking and travel", "/residents/roads"), ("Libraries and archives", "/residents/libraries")]),
              ("Community safety", [("Anti-social behaviour", "/community-safety/asb"), ("Public spaces protection orders", "/community-safety/pspo"), ("Safer Harlbury Partnership", "/community-safety/partnership")]),
              ("Council and democracy", [("Your Harlbury councillors", "/council/councillors"), ("Where the county's money goes", "/council/budget")]),
              ("Newsroom", [("Newsroom: all releases", "/news"), ("Statutory notices for Harlbury", "/news/public-notices")])],
        module_title="Newsroom", box_title="Press office, County Hall",
        box_text="Journalists can contact the press office on 01632 960 540 or press@harlbury.gov.example, Monday to Friday 8.30am to 5pm.",
        footer_text="Harlbury County Council, County Hall, Tower Street, Harlbury HB1 2CC · Switchboard 01632 960 500",
        footer_links=["How accessible this site is", "Get in touch with County Hall", "Complaints and compliments", "Jobs at the council"],
        cookie="Harlbury County Council uses cookies to make this website work and, if you agree, to collect anonymous statistics about how it is used.",
        cookie_ok="Yes, allow statistics cookies", cookie_no="No, only the ones the site needs",
        categories=["Community safety", "Eastgate"], commenters=[],
    ),
    "El Heraldo de la Vega": dict(
        domain="www.heraldodelavega.example", skin="Heraldo", portal_id=0, news_path="/noticias", tab_id=71,
        logo_alt="El Heraldo de la Vega, diario de la Vega Alta",
        menu=[("Vega Alta", [("Valdecea", "/vega-alta/valdecea"), ("Pueblos de la ribera", "/vega-alta/ribera"), ("Sierra de Almagre", "/vega-alta/sierra")]),
              ("Cofradías y fiestas", [("Semana Santa en la Vega", "/fiestas/semana-santa"), ("Romerías", "/fiestas/romerias")]),
              ("El campo de la Vega", [("Regadío y cosechas", "/campo/regadio"), ("Mercados de la Vega", "/campo/mercados")]),
              ("Deportes de la Vega", [("Fútbol regional", "/deportes/futbol"), ("Pelota y frontón", "/deportes/pelota")])],
        module_title="Actualidad de la Vega Alta", box_title="Escribe a la redacción del Heraldo",
        box_text="Plaza de la Constitución, 6, Valdecea · 941 900 310 · redaccion@heraldodelavega.example",
        footer_text="El Heraldo de la Vega · Diario digital de la Vega Alta desde 2009 · Depósito legal LR-000-2009",
        footer_links=["Quién hace el Heraldo", "Anúnciate en el Heraldo de la Vega", "Aviso legal del Heraldo", "Política de cookies del Heraldo"],
        cookie="El Heraldo de la Vega usa cookies propias y de terceros para que la web funcione y, si lo aceptas, para medir las visitas y mostrarte publicidad.",
        cookie_ok="Aceptar todas", cookie_no="Solo las imprescindibles para la web",
        categories=["Vega Alta", "Cofradías y fiestas"],
        commenters=[("Cofrade de toda la vida", "Qué orgullo ver el paso como el primer día. Enhorabuena a los restauradores."),
                    ("Paqui desde Bilbao", "Este año por fin bajo al pueblo para verlo. ¡Nos vemos el Jueves Santo!")],
    ),
}
DNN_EXEMPT = {"domain", "skin", "portal_id", "news_path", "tab_id"}


def dnn_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    months = DNN_CORE[lang]["months"]
    return ("%d %s %d" if lang == "en" else "%d de %s de %d") % (d, months[m - 1], y)


def dnn_slug(text):
    import unicodedata
    t = unicodedata.normalize("NFKD", mp.inline_text(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", t).strip("-").lower()[:70]


def dnn_table(rows):
    # a table as the DNN editor (CKEditor) writes it: the first row as the head
    head = "".join('<th scope="col">%s</th>' % mp.inline_html(c) for c in rows[0])
    body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % mp.inline_html(c) for c in r) for r in rows[1:])
    return ('<table border="1" cellpadding="4" cellspacing="0" style="width:100%%;"><thead><tr>%s</tr></thead>'
            '<tbody>%s</tbody></table>') % (head, body)


def dnn_block(kind, val):
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    if kind == "table":
        return dnn_table(val)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def dnn_b64(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def dnn_module(mid, title, inner, extra_cls=""):
    # a module in the skin's container: the DnnModule wrapper, the c_container with its title, the content pane
    return ('<div class="DnnModule DnnModule-%s DnnModule-%d"><a name="%d"></a>\n'
            '<div class="c_container c_head_grey">\n<div class="c_head"><h2 class="c_title"><span id="dnn_ctr%d_dnnTITLE_titleLabel" class="TitleHead">%s</span></h2></div>\n'
            '<div id="dnn_ctr%d_ContentPane" class="c_content"><!-- Start_Module_%d --><div id="dnn_ctr%d_ModuleContent" class="DNNModuleContent Mod%sC">\n%s\n</div><!-- End_Module_%d --></div>\n'
            '<div class="c_footer"></div>\n</div></div>') % (extra_cls, mid, mid, mid, E(title), mid, mid, mid, extra_cls, inner, mid)


def tpl_dnn(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = DNN_CORE[lang], DNN[site]
    host = "https://" + s["domain"]
    mid, art_id = rng.randint(1100, 1990), rng.randint(300, 2900)
    slug_ = dnn_slug(art["title"])
    path = "%s/ArtMID/%d/ArticleID/%d/%s" % (s["news_path"], mid, art_id, slug_)
    cdv = rng.randint(120, 480)
    skin = "/Portals/_default/skins/%s" % s["skin"]
    dh = "%08x" % rng.getrandbits(32)
    blocks, n = art["blocks"], len(art["blocks"])
    # the story as the rich-text editor wrote it, with the residue the editors pasted into it
    story = []
    for i, (kind, val) in enumerate(blocks):
        story.extend(placed.get(i, []))
        story.append(dnn_block(kind, val))
    story.extend(placed.get(n, []))
    date_txt = dnn_date(lang, art["date"])
    author_slug = dnn_slug(art["byline"])
    # the DDRmenu
    menu = []
    for k, (top, kids) in enumerate(s["menu"]):
        sub = "".join('<li class="item"><a href="%s%s"><span>%s</span></a></li>' % (host, href, E(name)) for name, href in kids)
        menu.append('<li class="item haschild%s"><a href="%s%s"><span>%s</span></a><ul class="subLevel">%s</ul></li>' % (
            " active" if k == len(s["menu"]) - 1 and lang == "en" else "", host, kids[0][1].rsplit("/", 1)[0] or kids[0][1], E(top), sub))
    # related, previous / next, latest and most read
    heads = rng.sample(HEADLINES[lang], 6)
    rel = "".join('<li><a class="edn_relatedArticleTitle" href="%s%s/ArtMID/%d/ArticleID/%d/%s">%s</a></li>' % (
        host, s["news_path"], mid, rng.randint(300, 2900), dnn_slug(h), E(h)) for h in heads[:3])
    latest = "".join(('<div class="edn_article edn_clearFix"><h3 class="edn_articleTitle"><a href="%s%s/ArtMID/%d/ArticleID/%d/%s">%s</a></h3>'
                      '<time class="edn_articleDate">%s</time></div>') % (
        host, s["news_path"], mid + 1, rng.randint(300, 2900), dnn_slug(h), E(h), E(dnn_date(lang, art["date"]))) for h in heads[3:6])
    most = "".join('<li><span class="edn_num">%d</span><a href="%s%s/ArtMID/%d/ArticleID/%d/%s">%s</a> <span class="edn_views">%d %s</span></li>' % (
        k + 1, host, s["news_path"], mid + 2, rng.randint(300, 2900), dnn_slug(h), E(h), rng.randint(300, 4000), E(c["views"]))
        for k, h in enumerate([heads[0], heads[4], heads[2]]))
    cats = "".join('<a class="edn_category" href="%s%s/category/%s">%s</a>' % (host, s["news_path"], dnn_slug(x), E(x)) for x in s["categories"])
    tags = ", ".join('<a class="edn_tag" href="%s%s/tag/%s">%s</a>' % (host, s["news_path"], dnn_slug(x), E(x)) for x in art.get("tags", []))
    comments = "".join(('<div class="edn_comment"><div class="edn_commentAuthor"><strong>%s</strong> <span class="edn_commentDate">%s</span></div>'
                        '<div class="edn_commentContent"><p>%s</p></div></div>') % (E(who), E(date_txt), E(text)) for who, text in s["commenters"])
    if not comments:
        comments = '<p class="edn_noComments">%s</p>' % E(c["no_comments"])
    footer_links = " | ".join('<a href="%s/%s">%s</a>' % (host, dnn_slug(x), E(x)) for x in s["footer_links"])
    viewstate = dnn_b64(rng, 180)
    validation = dnn_b64(rng, 96)
    wr = dnn_b64(rng, 24).replace("+", "-").replace("/", "_").rstrip("=")
    token = dnn_b64(rng, 60).replace("+", "-").replace("/", "_").rstrip("=")
    year = art["date"][:4]
    return f'''<!DOCTYPE html>
<html  lang="{c["locale"]}">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<title>
	{E(art["title"])}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{A(art["sub"])}" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv={cdv}" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv={cdv}" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNNews/static/rateit/css/rateit.css?cdv={cdv}" type="text/css" rel="stylesheet"/><link href="{skin}/skin.css?cdv={cdv}" type="text/css" rel="stylesheet"/><link href="/Portals/_default/containers/{s["skin"]}/container.css?cdv={cdv}" type="text/css" rel="stylesheet"/><link href="/Portals/{s["portal_id"]}/portal.css?cdv={cdv}" type="text/css" rel="stylesheet"/><script src="/DependencyHandler.axd/{dh}/{cdv}/js" type="text/javascript"></script><link rel='SHORTCUT ICON' href='/Portals/{s["portal_id"]}/favicon.ico?ver=2024-01-{rng.randint(10, 28)}-{rng.randint(100000, 999999)}' type='image/x-icon' /><meta property="og:title" content="{A(art["title"])}" /><meta property="og:description" content="{A(art["sub"])}" /><meta property="og:type" content="article" /><meta property="og:url" content="{host}{path}" /><meta property="og:image" content="{host}/Portals/{s["portal_id"]}/EasyDNNnews/{art_id}/img-{slug_[:40]}.jpg" /><link rel="canonical" href="{host}{path}" /><meta name="viewport" content="width=device-width,initial-scale=1" /></head>
<body id="Body">

    <form method="post" action="{path}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{
    theForm = document.Form;
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


<script src="/WebResource.axd?d={wr}&amp;t=638{rng.randint(100000000000000, 999999999999999)}" type="text/javascript"></script>

<script type="text/javascript">
//<![CDATA[
var __cultureInfo = {{"name":"{c["locale"]}","numberFormat":{{"NumberDecimalSeparator":"{"." if lang == "en" else ","}"}}}};//]]>
</script>

<script src="/ScriptResource.axd?d={wr[::-1]}&amp;t=2a9d95e3" type="text/javascript"></script>
<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{validation}" />
</div><script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ScriptManager', 'Form', [], [], [], 90, '');
//]]>
</script>

        <!--CDF(Css|/Portals/_default/skins/{s["skin"]}/skin.css?cdv={cdv}|DnnPageHeaderProvider|100)-->
<a class="skip-link" href="#mainContent">{E(c["skip"])}</a>
<div id="siteWrapper">
    <div id="userControls" class="container">
        <div class="row">
            <div id="login" class="pull-right">
                <div class="loginGroup"><a id="dnn_dnnLOGIN_loginLink" title="{A(c["login"])}" class="secondaryActionsList" rel="nofollow" onclick="this.disabled=true;" href="{host}/Login?returnurl={path.replace("/", "%2f")}">{E(c["login"])}</a></div>
                <div class="registerGroup"><ul class="buttonGroup"><li class="userDisplayName"><a id="dnn_dnnUSER_registerLink" title="{A(c["register"])}" class="SkinObject" rel="nofollow" href="{host}/Register?returnurl={path.replace("/", "%2f")}">{E(c["register"])}</a></li></ul></div>
            </div>
        </div>
    </div>
    <header role="banner">
    <div id="dnn_HeaderPane" class="headerPane container">
        <div id="logo"><span class="brand"><a id="dnn_dnnLOGO_hypLogo" title="{A(site)}" aria-label="{A(site)}" href="{host}/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/{s["portal_id"]}/Images/logo-{dnn_slug(site)}.png?ver=2024-0{rng.randint(1, 9)}-11" alt="{A(s["logo_alt"])}" /></a></span></div>
        <div id="search-action">
            <span id="dnn_dnnSearch_ClassicSearch">
                <span class="searchInputContainer" data-moreresults="{A(c["more_results"])}" data-noresult="{A(c["no_results"])}">
                    <input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox" aria-label="{A(c["search"])}" autocomplete="off" placeholder="{A(c["search_ph"])}" />
                    <a class="dnnSearchBoxClearText" title="{A(c["clear"])}"></a>
                </span>
                <a id="dnn_dnnSearch_cmdSearch" class="SearchButton" href="javascript:__doPostBack(&#39;dnn$dnnSearch$cmdSearch&#39;,&#39;&#39;)">{E(c["search"])}</a>
            </span>
        </div>
        <nav id="mainNav" class="navbar" role="navigation">
            <div id="dnn_dnnNAV" class="dnnNAV ddrmenu">
<ul class="nav navbar-nav topLevel">
<li class="item first"><a href="{host}/"><span>{E(c["home"])}</span></a></li>
{chr(10).join(menu)}
</ul>
            </div>
        </nav>
    </div>
    </header>
    <div id="dnn_BreadcrumbPane" class="container breadcrumb-wrap">
        <span id="dnn_dnnBREADCRUMB_lblBreadCrumb" itemprop="breadcrumb" itemscope="" itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{host}/" class="breadcrumbLink" itemprop="item"><span itemprop="name">{E(c["home"])}</span></a><meta itemprop="position" content="1" /></span> &gt; <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{host}{s["news_path"]}" class="breadcrumbLink" itemprop="item"><span itemprop="name">{E(s["module_title"])}</span></a><meta itemprop="position" content="2" /></span></span></span>
    </div>
    <main id="mainContent" class="container">
    <div class="row">
    <div id="dnn_ContentPane" class="col-md-8 contentPane">{dnn_module(mid, s["module_title"], f"""<div class="eds_news_module_{mid} news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default eds_templateGroup_articleDetailsDefault eds_styleSwitchCriteria_module-{mid}">
<div id="dnn_ctr{mid}_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">
<div class="edn_{mid}_article_mainDiv edn_article edn_articleDetails edn_clearFix">
<h1 class="edn_articleTitle">{E(art["title"])}</h1>
<div class="edn_metaDetails"><span class="edn_author">{E(c["posted"])} <a href="{host}{s["news_path"]}/author/{author_slug}" class="edn_authorLink">{E(art["byline"])}</a></span> {E(c["on"])} <time class="edn_articleDate" datetime="{art["date"]}T{rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}:00">{E(date_txt)}</time></div>
<div class="edn_socialPrintWrapper edn_clearFix"><ul class="edn_socialLinks"><li><a class="edn_facebook" href="https://www.facebook.com/sharer.php?u={host}{path}" target="_blank" rel="noopener">{E(c["share"])}</a></li><li><a class="edn_x" href="https://x.com/intent/post?url={host}{path}" target="_blank" rel="noopener">{E(c["tweet"])}</a></li><li><a class="edn_email" href="mailto:?subject={A(art["title"])}">{E(c["email_link"])}</a></li><li><a class="edn_print" href="{host}{s["news_path"]}/ArtMID/{mid}/ArticleID/{art_id}/{slug_}?print=true" rel="nofollow">{E(c["print"])}</a></li></ul></div>
<div class="edn_mediaContainer"><img alt="{A(art["caption"])}" src="/Portals/{s["portal_id"]}/EasyDNNnews/{art_id}/img-{slug_[:40]}.jpg" />
<div class="edn_mediaCaption"><p>{E(art["caption"])} <span class="edn_mediaCredit">{E(art["credit"])}</span></p></div></div>
<div class="edn_articleSummary"><p>{E(art["sub"])}</p></div>
<div class="edn_articleContent">
{chr(10).join(story)}
</div>
<div class="edn_articleCategories"><span class="edn_label">{E(c["cats"])}</span> {cats}</div>
<div class="edn_articleTags"><span class="edn_label">{E(c["tags"])}</span> {tags}</div>
<div class="edn_relatedArticles"><h3 class="edn_relatedTitle">{E(c["related"])}</h3><ul>{rel}</ul></div>
<div class="edn_articlePrevNext edn_clearFix"><a class="edn_prevArticle" href="{host}{s["news_path"]}/ArtMID/{mid}/ArticleID/{art_id - 1}">{E(c["prev"])}</a><a class="edn_nextArticle" href="{host}{s["news_path"]}/ArtMID/{mid}/ArticleID/{art_id + 1}">{E(c["next"])}</a></div>
<div id="edn_comments" class="edn_commentsWrapper"><h3 class="edn_commentsTitle">{E(c["comments"])}</h3>
<div class="edn_commentsList">{comments}</div>
<div class="edn_commentForm"><div class="edn_formRow"><label for="dnn_ctr{mid}_ViewEasyDNNNewsMain_ctl00_tbCommentName">{E(c["name"])}</label><input name="dnn$ctr{mid}$ViewEasyDNNNewsMain$ctl00$tbCommentName" type="text" id="dnn_ctr{mid}_ViewEasyDNNNewsMain_ctl00_tbCommentName" class="edn_input" /></div>
<div class="edn_formRow"><label for="dnn_ctr{mid}_ViewEasyDNNNewsMain_ctl00_tbCommentEmail">{E(c["email"])}</label><input name="dnn$ctr{mid}$ViewEasyDNNNewsMain$ctl00$tbCommentEmail" type="text" id="dnn_ctr{mid}_ViewEasyDNNNewsMain_ctl00_tbCommentEmail" class="edn_input" /></div>
<div class="edn_formRow"><label for="dnn_ctr{mid}_ViewEasyDNNNewsMain_ctl00_tbCommentText">{E(c["comment"])}</label><textarea name="dnn$ctr{mid}$ViewEasyDNNNewsMain$ctl00$tbCommentText" rows="5" cols="20" id="dnn_ctr{mid}_ViewEasyDNNNewsMain_ctl00_tbCommentText" class="edn_textarea"></textarea></div>
<input type="submit" name="dnn$ctr{mid}$ViewEasyDNNNewsMain$ctl00$btnAddComment" value="{A(c["add"])}" id="dnn_ctr{mid}_ViewEasyDNNNewsMain_ctl00_btnAddComment" class="edn_submitComment" /></div>
</div>
</div>
</div>
</div>""", "EasyDNNnews")}</div>
    <div id="dnn_RightPane" class="col-md-4 rightPane">{dnn_module(mid + 1, c["latest"], f'<div class="eds_news_module_{mid + 1} news eds_subCollection_news eds_template_List_Article_Latest"><div class="edn_articleList">{latest}</div></div>', "EasyDNNnews")}
{dnn_module(mid + 2, c["most_read"], f'<div class="eds_news_module_{mid + 2} eds_template_TopRated"><ol class="edn_mostRead">{most}</ol></div>', "EasyDNNnews")}
{dnn_module(mid + 3, s["box_title"], f'<div id="dnn_ctr{mid + 3}_HtmlModule_lblContent" class="Normal"><p>{E(s["box_text"])}</p></div>', "DNN_HTML")}</div>
    </div>
    </main>
    <footer role="contentinfo">
    <div id="dnn_FooterPane" class="footerPane container">{dnn_module(mid + 4, site, f'<div id="dnn_ctr{mid + 4}_HtmlModule_lblContent" class="Normal"><p>{E(s["footer_text"])}</p><p class="footer-links">{footer_links}</p></div>', "DNN_HTML")}</div>
    <div class="copyright container">
        <span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">{E(c["copyright"].replace("{y}", year).replace("{name}", site))}</span>
        <a id="dnn_dnnTERMS_hypTerms" class="SkinObject" rel="nofollow" href="{host}/Terms">{E(c["terms"])}</a> | <a id="dnn_dnnPRIVACY_hypPrivacy" class="SkinObject" rel="nofollow" href="{host}/Privacy">{E(c["privacy"])}</a>
    </div>
    </footer>
</div>
<!--CDF(Javascript|{skin}/js/scripts.js?cdv={cdv}|DnnBodyProvider|100)-->
<div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" class="cc-window cc-banner cc-type-opt-in cc-theme-block cc-bottom">
<span id="cookieconsent:desc" class="cc-message">{E(s["cookie"])} <a aria-label="learn more about cookies" role="button" tabindex="0" class="cc-link" href="{host}/Privacy" rel="noopener noreferrer nofollow" target="_blank">{E(c["cookie_more"])}</a></span>
<div class="cc-compliance cc-highlight"><a aria-label="deny cookies" role="button" tabindex="0" class="cc-btn cc-deny">{E(s["cookie_no"])}</a><a aria-label="allow cookies" role="button" tabindex="0" class="cc-btn cc-allow">{E(s["cookie_ok"])}</a></div>
</div>

        <input name="ScrollTop" type="hidden" id="ScrollTop" />
        <input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{s["tab_id"]}`}}" />
        <input name="__RequestVerificationToken" type="hidden" value="{token}" />
        <script src="/DependencyHandler.axd/{dh[::-1]}/{cdv}/js" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
window.addEventListener("load", function () {{ if (window.cookieconsent) {{ window.cookieconsent.initialise({{"type":"opt-in","theme":"block","position":"bottom","content":{{"href":"{host}/Privacy"}}}}); }} }});
//]]>
</script>
    </form>
    <!--CDF(Javascript|/js/dnncore.js?cdv={cdv}|DnnBodyProvider|100)--><!--CDF(Javascript|/DesktopModules/EasyDNNnews/js/jquery.EDS_Common.js?cdv={cdv}|DnnFormBottomProvider|100)-->
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"dnn": ["caption"]}  # the EasyDNNnews article image's caption with its credit
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "mortgagecalc", "crimemap", "prayertimes"]
NEW_FAMILIES = ["mortgagecalc", "crimemap", "prayertimes"]
# what an earlier docstring would say if it had described one of them (h32 and h37 mention a mortgage calculator
# among their property widgets, h58 the "report a crime online" link of its policing panels: those words are not
# keys here, the family names, the best-buy table, the crime map and the worship times are)
NEW_FAMILY_WORDS = {"mortgagecalc": ["mortgage-calculator", "mortgagecalc", "calculate your repayments", "best-buy",
                                     "best buy rates", "speak to a broker", "repayments"],
                    "crimemap": ["crime-map", "crime map", "crimemap", "crimes reported near you",
                                 "crimes by category", "last month's crimes"],
                    "prayertimes": ["prayer-times", "prayer times", "prayertimes", "ramadan", "find a mosque",
                                    "service times", "lent timetable", "worship times"]}
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
    "cookie": ['<div class="optin-media-veil"><p class="optin-media-veil__msg">%s</p><button class="optin-media-veil__btn" type="button">OK</button></div>',
               '<p class="media-blocked-line">%s</p>', '<div><i>%s</i></div>'],
    "newsletter": ['<div class="catchup-mail-box"><p class="catchup-mail-box__txt">%s</p><a class="catchup-mail-box__go" href="/sunday-catch-up">&#9993;</a></div>',
                   '<p class="last-free-story">%s</p>', '<h5 class="catchup-mail-hd">%s</h5>', '<p><strong><a href="/chip-in">%s</a></strong></p>'],
    "share": ['<ul class="send-on-row">{items}</ul>', '<div class="over-fence-strip">%s</div>', '<p><a href="#send-on">%s</a></p>'],
    "photo": ['<p class="lent-image-note">%s</p>', '<span class="phone-snap-tag">%s</span>', '<div><small>%s</small></div>'],
    "copyright": ['<p class="reuse-licence-ln">%s</p>', '<div class="words-pics-rights"><small>%s</small></div>', '<div><em>%s</em></div>'],
    "section": ['<p class="desk-onward-line">%s</p>', '<h6 class="desk-onward-hd">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="orn-break-r">%s</p>', '<div class="scene-change-mark">%s</div>', '<div style="text-align:center">%s</div>'],
    "credit": ['<p class="addl-reporting-ln">%s</p>', '<div class="figures-from-note">%s</div>', '<div><small><i>%s</i></small></div>'],
    "title": ['<p class="hl-duplicate-p"><strong>%s</strong></p>', '<h2 class="hl-duplicate-h2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="advert-carry-on">%s</div>', '<p class="adverts-fund-reads">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="read-on-arrow"><a href="#rest-of-story">%s</a></p>', '<div class="whole-report-bar">%s</div>', '<div><a href="#rest-of-story">%s</a></div>'],
    "comments": ['<p class="had-say-link"><a href="#reader-comments">%s</a></p>', '<div class="reader-say-chip">%s</div>', '<div><a href="#reader-comments">%s</a></div>'],
    "readtime": ['<p class="tea-minutes">%s</p>', '<span class="mins-read-badge">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="first-pub-stamp"><time>%s</time></p>', '<div class="last-changed-note">%s</div>', '<div><small><i>%s</i></small></div>'],
    "audio": ['<div class="listen-instead-bar"><button class="listen-instead-bar__play" aria-label="Play"></button><span class="listen-instead-bar__txt">%s</span></div>',
              '<p class="read-to-you-link"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="since-corrected-box"><p>%s</p></aside>', '<p class="since-corrected-line"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="pocket-app-band"><p class="pocket-app-band__txt">%s</p><a class="pocket-app-band__get" href="/app">&#8595;</a></div>',
            '<p class="street-alerts-line">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="about-writer-panel"><p class="about-writer-panel__txt">%s</p></div>', '<p class="more-by-line"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "tip": ['<div class="look-into-box"><p class="look-into-box__txt">%s</p></div>', '<p class="text-reporters-line">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="slip-report-tip"><p>%s</p></div>', '<p class="errata-ctrl-ln">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="notif-permit-ask"><p class="notif-permit-ask__q">%s</p></div>', '<p class="notif-permit-line">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="print-save-row">{items}</ul>', '<p class="printable-copy-a"><a href="?print=1">%s</a></p>',
              '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="needed-info-poll"><p class="needed-info-poll__q">%s</p></div>', '<p class="needed-info-line">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="code-regulated-note"><p>%s</p></div>', '<p class="code-regulated-strip"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="topic-track-row"><span class="topic-track-row__txt">%s</span></div>', '<p class="topics-listed-line">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="readlist-add-btn"><a class="readlist-add-btn__a" href="#reading-list">%s</a></div>',
                 '<p class="readlist-add-ln"><a href="#reading-list">%s</a></p>', '<div><a href="#reading-list">%s</a></div>'],
    "poll": ['<div class="straw-vote-box"><p class="straw-vote-box__q">%s</p><button class="straw-vote-box__go" type="button">&#10003;</button></div>',
             '<h6 class="straw-vote-hd">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Q{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/Q{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-consent-poster"><a class="yt-consent-poster__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="day-pics-more"><a class="day-pics-more__a" href="#pictures">%s</a></div>',
                '<p class="swipe-gallery-line">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-embed-casing"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-embed-casing__links">%s</p></div>',
            '<figure class="map-still-fig"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="date-keep-links">{items}</ul>', '<p class="week-before-line"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="date-keep-strip"><span class="date-keep-strip__label">%s</span></div>'],
    "scores": ['<div class="live-tables-link"><a class="live-tables-link__a" href="/sport/live">%s</a></div>',
               '<ul class="stats-tabs-row">{items}</ul>', '<div><a href="/sport/live"><b>%s</b></a></div>'],
    # the three families new in this part ({price}: the calculator's price, deposit and term fields; {rates}: this
    # week's best-buy rates by lender and term as a table; {broker}: the broker's line and hours as a definition list;
    # {street}: the crime map's postcode / street field; {crimes}: last month's crimes by category with counts, as a
    # table; {beat}: the beat team's officer and surgery as a definition list; {times}: today's prayer or service
    # times as a definition list; {placefield}: the find-a-place-of-worship search field)
    "mortgagecalc": ['<form class="repay-calc-widget" action="/property/mortgage-calculator" method="get"><h5 class="repay-calc-widget__hd">%s</h5>{price}<button class="repay-calc-widget__go" type="submit">&#8594;</button></form>',
                     '<p class="repay-calc-cta"><a class="repay-calc-cta__btn" href="/property/mortgage-calculator" role="button">%s</a></p>',
                     '<div class="bestbuy-rates-box"><h4 class="bestbuy-rates-box__hd">%s</h4><table class="bestbuy-rates-box__tbl">{rates}</table></div>',
                     '<div class="broker-talk-card"><p class="broker-talk-card__hd"><strong>%s</strong></p><dl class="broker-talk-card__dl">{broker}</dl></div>'],
    "crimemap": ['<form class="nearby-crime-search" action="/crime-map/search" method="get"><h5 class="nearby-crime-search__hd">%s</h5>{street}<button type="submit">&#128269;</button></form>',
                 '<div class="crime-month-panel"><h4 class="crime-month-panel__hd">%s</h4><table class="crime-month-panel__tbl">{crimes}</table></div>',
                 '<p class="crime-report-link"><a href="/crime-map/report">%s</a></p>',
                 '<div class="beat-team-card"><p class="beat-team-card__hd"><b>%s</b></p><dl class="beat-team-card__dl">{beat}</dl></div>'],
    "prayertimes": ['<div class="worship-today-box"><h4 class="worship-today-box__hd">%s</h4><dl class="worship-today-box__dl">{times}</dl></div>',
                    '<p class="timetable-pdf-link"><a href="/faith/timetable.pdf" download>%s</a></p>',
                    '<form class="worship-finder" action="/faith/find" method="get"><h5 class="worship-finder__hd">%s</h5>{placefield}<button type="submit">&#128269;</button></form>',
                    '<div class="sun-times-line"><span class="sun-times-line__txt">%s</span></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>(%s)</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/sunday-catch-up"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#send-on">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "mortgagecalc": (0.7, [' <a href="/property/mortgage-calculator"><b>%s</b></a>']),
          "crimemap": (0.7, ['<br><a href="/crime-map/report"><strong>%s</strong></a>']),
          "prayertimes": (0.7, ['<br><a href="/faith/timetable.pdf">%s</a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# calculate-your-repayments link, the report-a-crime link and the timetable download, not the forms, tables or cards)
INLINE_WORDING = {"newsletter": 0, "mortgagecalc": 1, "crimemap": 2, "prayertimes": 1}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="bodypic-fig-q"><img src="/media/{id}-5.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-inline.jpg" alt="" width="600"><br><small>{cap} — {cr}</small></div>']
RELATED_STYLES = ['<div class="news-round-here"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="maybe-missed-aside"><p class="maybe-missed-aside__hd">%s</p><ul>%s</ul></aside>',
                  '<h4>%s</h4>\n<ul>%s</ul>']


def handle(site):
    """The site's social-media account name: its ASCII letters and digits, at most 24."""
    return mp11.host_name(site)[:24]


def fill_text(s, rng, site, art):
    return fill(s.replace("{by}", art["byline"]).replace("{section}", art["section"])
                .replace("{handle}", handle(site)).replace("{g}", str(rng.randint(6, 24)))
                , rng, site, art)


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
RATES_HEAD = {"en": ("Lender", "Term", "Rate", "Fee"), "tr": ("Banka", "Vade", "Faiz", "Masraf"), "de": ("Anbieter", "Zinsbindung", "Zins", "Hinweis"),
              "fr": ("Banque", "Durée", "Taux", "Conditions"), "es": ("Entidad", "Plazo", "Interés", "Condiciones"), "ru": ("Банк", "Срок", "Ставка", "Условия")}
CRIME_HEAD = {"en": ("Category", "Reports"), "tr": ("Suç türü", "Sayı"), "de": ("Delikt", "Fälle"), "fr": ("Catégorie", "Faits"),
              "es": ("Tipo", "Casos"), "ru": ("Вид", "Случаев")}
CALC_LABELS = {"en": ("Property price", "Deposit", "Term (years)"), "tr": ("Konut fiyatı", "Peşinat", "Vade (yıl)"),
               "de": ("Kaufpreis", "Eigenkapital", "Laufzeit (Jahre)"), "fr": ("Prix du bien", "Apport", "Durée (ans)"),
               "es": ("Precio de la vivienda", "Entrada", "Plazo (años)"), "ru": ("Цена жилья", "Первый взнос", "Срок (лет)")}
STREET_LABEL = {"en": "Postcode or street", "tr": "Mahalle veya sokak", "de": "Straße oder PLZ", "fr": "Rue ou code postal",
                "es": "Calle o código postal", "ru": "Улица или индекс"}
PLACE_LABEL = {"en": "Town or postcode", "tr": "İlçe veya mahalle", "de": "Ort oder PLZ", "fr": "Commune", "es": "Localidad", "ru": "Населённый пункт"}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's list, table or form, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def field(label, name, kind="text"):
        k = "%06x" % rng.randint(0, 16**6 - 1)
        return '<label for="wf-%s">%s</label><input id="wf-%s" type="%s" name="%s">' % (k, esc(label), k, kind, name)
    calc = "".join(field(lab, nm, "number") for lab, nm in zip(CALC_LABELS[lang], ("price", "deposit", "term")))
    return (style.replace("{price}", calc)
            .replace("{rates}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in RATES_HEAD[lang])
                     + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in MORTGAGE_RATES[lang]))
            .replace("{broker}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in MORTGAGE_BROKER[lang]))
            .replace("{street}", field(STREET_LABEL[lang], "q"))
            .replace("{crimes}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in CRIME_HEAD[lang])
                     + "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in CRIME_COUNTS[lang]))
            .replace("{beat}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in CRIME_BEAT[lang]))
            .replace("{times}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in WORSHIP_TIMES[lang]))
            .replace("{placefield}", field(PLACE_LABEL[lang], "where")))


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
               "scores": rng.choice([0, mid, n]), "mortgagecalc": rng.choice([mid, n, n]),
               "crimemap": rng.choice([0, mid, n]), "prayertimes": rng.choice([0, mid, n])}.get(fam, mid)
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
HIGHLIGHT = {"dnn": ('<span style="background-color:#ffff00;">', "</span>"),  # the DNN editor's (CKEditor's) background colour
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
# templates: dnn is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"dnn": tpl_dnn, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h60), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "dnn"


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
            rng = random.Random("newsflow-heldout61-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI61[lang]
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
                       mp59.R, [v for v in mp59.SITE_STRINGS.values()], {k: v for k, v in mp59.MW.items()}, mp59.UI_NEW,
                       mp59.TEASERS, [v for _, v in mp59.WIDGET_ROWS],
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
    # layouts: dnn (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # the dnn pages: a site of DNN in a language of DNN_CORE, with the article's tags; no drop cap, box, fact box or
    # callout look (the EasyDNNnews text editor as these sites use it writes none of them); story tables only there,
    # and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in DNN or a["lang"] not in DNN_CORE or not a.get("tags")
                                       or any(st in ("box", "factbox", "dropcap", "callout") for st, _ in a.get("look", []))):
            problems.append("%s: dnn page needs a DNN site, its tags and text-editor looks only" % a["id"])
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
    dnn_sites = [{k: v for k, v in d.items() if k not in DNN_EXEMPT} for d in DNN.values()]
    # (DNN_CORE, RATES_HEAD, CRIME_HEAD, CALC_LABELS, STREET_LABEL and PLACE_LABEL, the platform's strings and the web
    # teams' generic table heads and field labels, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("DNN", dnn_sites), ("UI_NEW", UI_NEW),
                      ("tags", [a.get("tags", []) for a in ARTICLES])):
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



