#!/usr/bin/env python3
"""Forty-third held-out part (h43-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout43.py           # write pages/h43-*.html
    python benchmarks/data/extraction/make_heldout43.py --check   # verify pages/h43-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout43.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout44.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h43_en.py / articles_h43_intl.py; the residue wordings (thirty-one of the generic families of the earlier
parts plus three new ones: electricity-price widgets on stories about energy bills, heat pumps, electric cars and
solar panels -- today's hourly power prices in a card, the cheapest and dearest hours in a table, the tariff
provider's line, "see tomorrow's prices" --, lost-and-found pet boards on stories about animals, shelters, vets and
strays -- the shelter's latest found animals with name, breed and where found, "report a lost pet", the microchip-
check link --, and court-listing widgets on court reports -- today's hearings at the local court with time,
courtroom and case type, "full court lists", the court service's source line --), their wrapper class names,
related headlines, site names, the sites' own strings in the earlier layouts and the first-round furniture strings
are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..42, nor their
labels, furniture strings, headlines or site names; verify() refuses to build if one is reused, if a wrapper class
name of an earlier part recurs, if a "new" family is already in an earlier pool, family list, template family or
docstring, if a story paragraph or headline of an earlier part recurs, if a headline is also a story paragraph, or
if a body is outside 150-400 words.  Every name and number is fictional.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages: electricity prices on rapid chargers with
time-of-day pricing in an English car park, heat pumps on an English council estate, a German municipal utility's
hourly tariff and a Spanish village's solar energy community; pet boards on an English dog shelter at capacity, a
Turkish municipal shelter's adoption day, a French refuge after a wave of summer abandonments and a Russian shelter
short of food; court listings on an English landlord fined by magistrates, a German local court's verdict on a
grandchild-trick courier, a French drink-driving case and a Russian illegal-logging verdict.  Earlier families that
need a reason in the story are placed the same way (a calendar row on a repair café's next date, a map on a
community orchard, a gallery on a cooperative's grape harvest and on a village playground, score-centre links on a
women's football promotion); the other generic families are balanced over the part, leaving out those the page's
site would not print (the story's "kind": a municipality, a village or residents' site, an independent publication
on a platform, a reader-owned co-operative news site); a correction box goes only on a story that was corrected,
with that story's own wording.  Residue markup varies as on real pages: classed boxes, bars and widgets, bare <p> /
<div> lines as pasted by editors, headings, links, lists, spans, definition lists and tables, and, for a few
families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share line, the "full court
lists" link) or a bold section tag run into the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps, whole
paragraphs in bold or italics, a highlighted sentence, a paragraph in a box, a fact box holding a subheading and its
list, a Ghost callout card, a paragraph typed after a line break; story structures that look like furniture but are
the story: question-and-answer interviews (bold questions, some of three or four words: a football captain, a mayor
on a village shop, a bookseller, a village schoolteacher), lists inside the story (how a repair café works, what a
heat-pump scheme paid for, ways to help a shelter, adoption steps, a harvest in figures), crossheads as headings and
as bold paragraphs, one-line quotes and short one-line paragraphs, a closing line with practical information, and
story sentences that mention furniture words in ordinary reporting (a charger app and "no subscription needed", a
bookshop's book subscriptions, a utility's price app, "contact the council's housing team" and "contact the
Wheatsheaf" at the very end of two stories, a village website's photo album at the very start of a story), some at
the start or end of the story where furniture usually sits.  Two pages carry no residue at all and one only its
correction line.
One page layout is new (concrete: a Concrete CMS 9 site as a small-town, reader-owned co-operative news site serves
it, on two pages, an English and a Spanish one: the head with the CCM_* JavaScript variables, the core's feature
stylesheets and jQuery with their ccm_nocache queries, the generator tag and the block design styles of the page's
custom-style containers; body > div.ccm-page with the page id, page-type and page-template classes; the header with
the site title in a global area, the auto-nav block (ccm-responsive-navigation) and the search block; the page header
area with the breadcrumb, the page title block (h1.ccm-block-page-title), page attribute display blocks for the
description, author and date, and the lead picture in an image block; the "Main" area (div.ccm-area) with the story
as content blocks (div.ccm-block-content, a new block at each subheading), an inset image block with its caption,
HTML blocks holding what editors pasted (some in a ccm-custom-style-container with its ids) and the core's Stack
block with the shared member-newsletter Express form; the share-this-page and topic-list blocks; the sidebar area
with stacks (a page list of the most read, a membership promo); the footer stack with the co-op's links and
registration note; and the cookie-disclosure banner).  The platform's generic strings (CONCRETE_CORE, per language)
are left as developers leave them and not checked; the sites' own strings (CONCRETE: menus, box titles, footer
texts) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h41 or h42 gave it (8 English pages, 2 Spanish ones and 3 in each other language); while a page
is rendered, the earlier modules' related headlines, the strings that belong to one site rather than to the platform
(see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's own, and
the templates get this part's furniture strings (UI43) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout36.py and make_heldout42.py, so that make_pages.py can import this module and merge it
the same way.
Standard library only; deterministic (each page's choices are seeded from its id).
"""
import collections
import contextlib
import copy
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
from make_pages import E, A, UI  # noqa: E402
from articles_h43_en import ARTICLES as H43_EN  # noqa: E402
from articles_h43_intl import ARTICLES as H43_INTL  # noqa: E402

ARTICLES = H43_EN + H43_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42)
# parts whose layouts' languages this part avoids (the two before it; h44 is written at the same time)
LANG_PARTS = (mp41, mp42)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h43"

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Stowell & Vale Gazette", "Ledmore Borough Press", "Brimsley Weekly Echo", "Corrington Chronicle and Mercury",
           "Ravensby Evening Telegraph", "Coldwell Dale Recorder", "Millbrook & Lindale Mercury"],
    "tr": ["Kozluca Postası", "Güneyyaka Gazetesi", "Eskikale Kültür Dergisi"],
    "de": ["Lindenheider Anzeiger", "Kressenbacher Tageblatt"],
    "fr": ["L'Éveil de Saint-Aubert", "La Gazette des Quatre-Cantons", "Cressac Hebdo"],
    "es": ["Noticias de Alcorza y su comarca"],
    "ru": ["Светлоозёрская правда", "Бродовские вести"],
}
# sites fixed per page (the co-operative news sites on Concrete CMS, a residents' site on Ghost, a municipality on
# Drupal, an independent publication on Medium, a village website on uCoz) are given in the stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h42 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This map stays switched off until you agree to third-party cookies", "Accept embedded content cookies to watch the clip that belongs here ›"],
        "tr": ["Üçüncü taraf çerezlerini kabul edene kadar bu harita kapalı kalır", "Buradaki klibi izlemek için gömülü içerik çerezlerini kabul edin ›"],
        "de": ["Diese Karte bleibt ausgeschaltet, bis Sie Drittanbieter-Cookies zustimmen", "Cookies für eingebettete Inhalte annehmen, um den Clip an dieser Stelle zu sehen ›"],
        "fr": ["Cette carte reste désactivée tant que vous refusez les cookies tiers", "Acceptez les cookies de contenus intégrés pour voir la vidéo prévue à cet endroit ›"],
        "es": ["Este mapa seguirá desactivado hasta que aceptes las cookies de terceros", "Acepta las cookies de contenido incrustado para ver el vídeo que va aquí ›"],
        "ru": ["Карта не загрузится, пока вы не согласитесь на сторонние cookie", "Примите cookie встроенного контента, чтобы посмотреть ролик, который должен быть здесь ›"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a membership appeal
        "en": ["Get {site}'s Evening Round in your inbox: the day's local stories at 6pm, free.",
               "You have one free story left this month. Members read without limits from £3 a month",
               "This paper is owned by its readers. Join them from £1 a week"],
        "tr": ["{site} Akşam Turu e-posta kutunuzda: günün yerel haberleri saat 18.00'de, ücretsiz.",
               "Bu ay tek bir ücretsiz haberiniz kaldı. Üyeler ayda 30 liradan sınırsız okuyor",
               "Bu gazetenin sahibi okurları. Haftada 10 liradan siz de onlara katılın"],
        "de": ["Die Abendrunde von {site} ins Postfach: die Lokalnachrichten des Tages um 18 Uhr, kostenlos.",
               "Sie haben diesen Monat noch einen freien Artikel. Mitglieder lesen ab 3 Euro im Monat ohne Grenzen",
               "Diese Zeitung gehört ihren Leserinnen und Lesern. Werden Sie Teil davon, ab 1 Euro pro Woche"],
        "fr": ["La Tournée du soir de {site} dans votre boîte : l'actu locale du jour à 18 heures, gratuitement.",
               "Il vous reste un article gratuit ce mois-ci. Les membres lisent sans limite dès 3 € par mois",
               "Ce journal appartient à ses lecteurs. Rejoignez-les dès 1 € par semaine"],
        "es": ["La Ronda de la tarde de {site} en tu correo: las noticias locales del día a las 18:00, gratis.",
               "Te queda una noticia gratis este mes. Los socios leen sin límite desde 3 € al mes",
               "Este periódico es de sus lectores. Únete a ellos desde 1 € a la semana"],
        "ru": ["Вечерний обход «{site}» в вашей почте: местные новости дня в 18:00, бесплатно.",
               "В этом месяце у вас осталась одна бесплатная статья. Участники клуба читают без ограничений от 150 рублей в месяц",
               "Эта газета принадлежит читателям. Присоединяйтесь к ним — от 50 рублей в неделю"],
    },
    "share": {  # the first wording is a list of networks (" · ")
        "en": ["Pass this on: WhatsApp · Messenger · Bluesky · Email", "Does this matter to someone you know? Forward them this page from {site}"],
        "tr": ["Bunu iletin: WhatsApp · Messenger · Bluesky · E-posta", "Bu haber tanıdığınız birini ilgilendiriyor mu? {site} sayfasını ona iletin"],
        "de": ["Weitergeben: WhatsApp · Messenger · Bluesky · E-Mail", "Betrifft das jemanden aus Ihrem Bekanntenkreis? Leiten Sie diese Seite von {site} weiter"],
        "fr": ["Faites suivre : WhatsApp · Messenger · Bluesky · Courriel", "Cela concerne un de vos proches ? Transmettez-lui cette page de {site}"],
        "es": ["Pásalo: WhatsApp · Messenger · Bluesky · Correo", "¿Le toca de cerca a alguien que conoces? Reenvíale esta página de {site}"],
        "ru": ["Переслать: Telegram · ВКонтакте · Viber · Почта", "Это касается ваших знакомых? Перешлите им эту страницу «{site}»"],
    },
    "photo": {
        "en": ["Picture handed in by a member of the public", "Photograph lent to our newsroom by the family"],
        "tr": ["Fotoğrafı bir vatandaş gazetemize ulaştırdı", "Fotoğraf aile tarafından gazetemize ödünç verildi"],
        "de": ["Das Bild hat uns ein Passant überlassen", "Die Aufnahme hat uns die Familie zur Verfügung gestellt"],
        "fr": ["Photo confiée au journal par un passant", "Cliché prêté par la famille au journal"],
        "es": ["Imagen entregada por un vecino a esta redacción", "Fotografía prestada por la familia"],
        "ru": ["Снимок передал в редакцию очевидец", "Фотография из архива семьи, публикуется с её разрешения"],
    },
    "copyright": {
        "en": ["Every word and picture on {site} belongs to the co-operative or its contributors. Ask before you reuse any of it."],
        "tr": ["{site} sitesindeki her yazı ve fotoğraf gazetemize ya da yazarlarına aittir. Kullanmadan önce izin isteyin."],
        "de": ["Alle Texte und Bilder auf {site} gehören dem Verlag oder den Urhebern. Fragen Sie, bevor Sie etwas davon übernehmen."],
        "fr": ["Tous les textes et photos de {site} appartiennent au journal ou à leurs auteurs. Demandez avant toute reprise."],
        "es": ["Todos los textos y fotos de {site} pertenecen al periódico o a sus autores. Pregunta antes de reutilizarlos."],
        "ru": ["Все тексты и фотографии на сайте «{site}» принадлежат редакции или авторам. Спросите разрешения, прежде чем использовать их."],
    },
    "section": {
        "en": ["Filed in {section}", "More stories from {section} ›"],
        "tr": ["{section} başlığı altında", "{section} başlığından daha fazla haber ›"],
        "de": ["Aus dem Ressort {section} unserer Redaktion", "Mehr Geschichten unter {section} ›"],
        "fr": ["Publié dans {section}", "D'autres articles de la rubrique {section} ›"],
        "es": ["Publicado en {section}", "Más historias de {section} ›"],
        "ru": ["Опубликовано в разделе «{section}»", "Другие материалы раздела «{section}» ›"],
    },
    "related": {
        "en": ["Also on our patch", "Follow-up reports"],
        "tr": ["Bölgemizde bunlar da var", "Konunun devamı"],
        "de": ["Auch bei uns im Viertel", "Die Folgeberichte"],
        "fr": ["Aussi près de chez vous", "Les suites de l'affaire"],
        "es": ["También en tu zona", "Cómo sigue la historia"],
        "ru": ["Также у нас в районе", "Что было дальше по этой теме"],
    },
    "symbol": {"*": ["◈ ◇ ◈ ◇", "─── ✧ ───", "❧ ☙ ❧", "· ◦ · ◦ ·"]},
    "credit": {
        "en": ["Additional reporting by {site} members' correspondents", "Pictures: {site} photo volunteers"],
        "tr": ["{site} gönüllü muhabirlerinin katkılarıyla", "Fotoğraflar: {site} gönüllü foto ekibi"],
        "de": ["Mitarbeit: Leserreporterinnen und Leserreporter von {site}", "Bilder: Fotogruppe von {site}"],
        "fr": ["Avec la contribution des correspondants de {site}", "Photos : l'équipe bénévole de {site}"],
        "es": ["Con la colaboración de los corresponsales de {site}", "Fotos: equipo voluntario de {site}"],
        "ru": ["При участии внештатных авторов «{site}»", "Фото: фотокорреспонденты-волонтёры «{site}»"],
    },
    "ad": {
        "en": ["Promotion paid for by a local business", "This advert helps keep the lights on in our newsroom"],
        "tr": ["Yerel bir işletmenin ücretini ödediği tanıtım", "Bu reklam haber merkezimizin ışıklarını yakık tutuyor"],
        "de": ["Von einem Betrieb aus der Region bezahlte Promotion", "Diese Anzeige hilft, unsere Redaktion am Laufen zu halten"],
        "fr": ["Promotion payée par un commerce du coin", "Cette annonce aide notre rédaction à garder la lumière allumée"],
        "es": ["Promoción pagada por un comercio de la zona", "Este anuncio ayuda a mantener encendida la luz de la redacción"],
        "ru": ["Продвижение оплачено местной компанией", "Эта реклама помогает редакции оплачивать счета"],
    },
    "continue": {
        "en": ["The story carries on below ↓", "Unfold the remaining paragraphs"],
        "tr": ["Haber aşağıda sürüyor ↓", "Kalan paragrafları açın"],
        "de": ["Unter dem Foto geht der Text weiter ↓", "Die restlichen Absätze aufklappen"],
        "fr": ["L'article continue plus bas ↓", "Déplier les paragraphes suivants"],
        "es": ["Bajo la foto sigue el texto ↓", "Despliega los párrafos que faltan"],
        "ru": ["Текст продолжается ниже ↓", "Развернуть оставшиеся абзацы"],
    },
    "comments": {
        "en": ["Join the {n} comments on this story", "Discussion ({n}) ›"],
        "tr": ["Bu habere yapılan {n} yoruma katılın", "Tartışma ({n}) ›"],
        "de": ["Diskutieren Sie mit: {n} Beiträge", "Diskussion ({n}) ›"],
        "fr": ["Participez aux {n} commentaires sur cet article", "Discussion ({n}) ›"],
        "es": ["Únete a los {n} comentarios de esta noticia", "Conversación ({n}) ›"],
        "ru": ["Под материалом уже {n} мнений — добавьте своё", "Обсуждение ({n}) ›"],
    },
    "readtime": {
        "en": ["You can read this in {m} minutes or so", "Reading this takes a cup of tea: {m} min"],
        "tr": ["Bu haberi {m} dakika kadarda okursunuz", "Bir çay içimi: {m} dk okuma"],
        "de": ["Diesen Text lesen Sie in etwa {m} Minuten", "So lang wie eine Tasse Kaffee: {m} Min."],
        "fr": ["Comptez {m} petites minutes pour ce texte", "Le temps d'un café : {m} min"],
        "es": ["Leerás este texto en unos {m} minutos", "Lo que dura un café: {m} min"],
        "ru": ["Этот текст вы прочтёте минуты за {m}", "Как раз на чашку чая: {m} мин"],
    },
    "updated": {
        "en": ["Put online {d}; last touched at {t}", "Latest edit of this report: {d}, {t}"],
        "tr": ["Siteye {d} günü kondu; son dokunuş saat {t}", "Bu haberdeki son düzeltme: {d}, {t}"],
        "de": ["Online gestellt am {d}, zuletzt angefasst um {t} Uhr", "Letzte Änderung an diesem Bericht: {d}, {t} Uhr"],
        "fr": ["Paru sur le site le {d}, retouché à {t}", "Dernière retouche de cet article : {d}, {t}"],
        "es": ["Subida a la web el {d}; último retoque a las {t}", "Último cambio en esta información: {d}, {t}"],
        "ru": ["Появилось на сайте {d}, поправлено в {t}", "Последняя правка этой заметки: {d}, {t}"],
    },
    "audio": {
        "en": ["Have this report read to you by a computer voice ({m} min)", "🔊 There is an audio version of this report"],
        "tr": ["Bu haberi bilgisayar sesiyle size okutun ({m} dk)", "🔊 Bu haberin bir de sesli hali var"],
        "de": ["Diesen Bericht von einer Computerstimme vorlesen lassen ({m} Min.)", "🔊 Diesen Bericht gibt es auch zum Hören"],
        "fr": ["Faites-vous lire ce reportage par une voix d'ordinateur ({m} min)", "🔊 Ce reportage existe aussi en audio"],
        "es": ["Que una voz de ordenador te lea esta información ({m} min)", "🔊 Esta información también se puede escuchar"],
        "ru": ["Пусть компьютерный голос прочитает вам эту заметку ({m} мин)", "🔊 Эту заметку можно и послушать"],
    },
    "correction": {
        "en": ["Correction: a figure in this story has been put right."],
        "tr": ["Düzeltme: Bu haberdeki bir rakam düzeltildi."],
        "de": ["Korrektur: Eine Zahl in diesem Artikel wurde richtiggestellt."],
        "fr": ["Rectification : un chiffre de cet article a été corrigé."],
        "es": ["Corrección: se ha enmendado una cifra de esta noticia."],
        "ru": ["Поправка: в материале исправлена одна цифра."],
    },
    "app": {
        "en": ["{site} is on your phone too: find us in the app stores", "Tap to get local alerts in the {site} app ›"],
        "tr": ["{site} telefonunuzda da: bizi uygulama mağazalarında bulun", "{site} uygulamasında yerel uyarılar için dokunun ›"],
        "de": ["{site} gibt es auch fürs Handy: in den App-Stores", "Antippen und Lokalmeldungen in der App von {site} bekommen ›"],
        "fr": ["{site} existe aussi sur téléphone : retrouvez-nous dans les magasins d'applis", "Touchez pour recevoir les alertes locales dans l'appli {site} ›"],
        "es": ["{site} también en tu móvil: búscanos en las tiendas de aplicaciones", "Toca para recibir avisos locales en la app de {site} ›"],
        "ru": ["«{site}» есть и в телефоне: ищите нас в магазинах приложений", "Нажмите, чтобы получать местные уведомления в приложении «{site}» ›"],
    },
    "bio": {
        "en": ["{by} covers {section} for {site} and lives in the district.", "Every story by {by} ›"],
        "tr": ["{by}, {site} için {section} haberlerini izliyor ve ilçede yaşıyor.", "{by} imzalı bütün haberler ›"],
        "de": ["{by} berichtet für {site} über {section} und wohnt im Landkreis.", "Alle Artikel von {by} ›"],
        "fr": ["{by} suit la rubrique {section} pour {site} et vit dans le secteur.", "Tous les articles de {by} ›"],
        "es": ["{by} cubre {section} para {site} y vive en la comarca.", "Todas las noticias de {by} ›"],
        "ru": ["{by} пишет для «{site}» о теме «{section}» и живёт в районе.", "Все материалы автора ›"],
    },
    "tip": {
        "en": ["Heard something the paper ought to know? Ring 07700 900 552 or write to tips@example.org", "Your village, your estate, your road: send us the news from there"],
        "tr": ["Gazetenin bilmesi gereken bir şey mi duydunuz? 0533 000 05 52'yi arayın ya da ihbar@example.org adresine yazın", "Köyünüzden, sitenizden, sokağınızdan haberleri bize gönderin"],
        "de": ["Etwas gehört, das die Zeitung wissen sollte? Rufen Sie 0172 0000552 an oder schreiben Sie an hinweise@example.org", "Ihr Dorf, Ihre Siedlung, Ihre Straße: Schicken Sie uns die Neuigkeiten von dort"],
        "fr": ["Vous avez appris quelque chose que le journal devrait savoir ? Appelez le 06 00 00 05 52 ou écrivez à infos@example.org", "Votre village, votre quartier, votre rue : envoyez-nous les nouvelles de là-bas"],
        "es": ["¿Te has enterado de algo que el periódico debería saber? Llama al 600 000 552 o escribe a avisos@example.org", "Tu pueblo, tu barrio, tu calle: mándanos las noticias de allí"],
        "ru": ["Узнали то, о чём стоит знать газете? Звоните: +7 900 000-05-52 или пишите на tips@example.org", "Ваше село, ваш микрорайон, ваша улица — присылайте новости оттуда"],
    },
    "typo": {
        "en": ["A spelling slip or a date we got wrong? Highlight it, hit Ctrl+Enter and the subs will put it right"],
        "tr": ["Yazım ya da tarih yanlışı mı var? İşaretleyin, Ctrl+Enter'a basın, düzeltelim"],
        "de": ["Buchstabendreher oder falsches Datum? Markieren, Strg+Enter drücken, wir bessern es aus"],
        "fr": ["Faute de frappe ou date erronée ? Surlignez, tapez Ctrl+Entrée, nous rectifions"],
        "es": ["¿Una errata o una fecha mal puesta? Márcala, pulsa Ctrl+Intro y la arreglamos"],
        "ru": ["Заметили опечатку или неверную дату в заметке? Отметьте, нажмите Ctrl+Enter — поправим"],
    },
    "push": {
        "en": ["Allow {site} to send you notifications when big local news breaks? Send me alerts · Not now, thanks"],
        "tr": ["Önemli bir yerel haber olduğunda {site} size bildirim gönderebilir mi? Uyarıları gönderin · Şimdi değil, sağ olun"],
        "de": ["Darf {site} Ihnen Benachrichtigungen schicken, wenn es wichtige Lokalnachrichten gibt? Hinweise schicken · Jetzt nicht, danke"],
        "fr": ["Autoriser {site} à vous envoyer des notifications lors d'une grosse info locale ? Envoyez-moi les alertes · Pas maintenant, merci"],
        "es": ["¿Permites que {site} te envíe notificaciones cuando haya una gran noticia local? Mándame los avisos · Ahora no, gracias"],
        "ru": ["Разрешить «{site}» присылать уведомления о важных местных новостях? Присылайте уведомления · Не сейчас, спасибо"],
    },
    "feedback": {
        "en": ["Did you learn something from this report? A lot · A little · Nothing new"], "tr": ["Bu haberden yeni bir şey öğrendiniz mi? Çok · Biraz · Hiç yeni değil"],
        "de": ["Haben Sie aus diesem Bericht etwas erfahren? Viel · Ein wenig · Nichts Neues"], "fr": ["Avez-vous appris quelque chose dans ce reportage ? Beaucoup · Un peu · Rien de neuf"],
        "es": ["¿Has aprendido algo con esta información? Mucho · Un poco · Nada nuevo"], "ru": ["Узнали ли вы из этой заметки что-то новое? Многое · Немного · Ничего нового"],
    },
    "standards": {
        "en": ["{site} works to the Editors' Code as a member of the co-operative press. If you think we have got something wrong, write to the editor and we will look at it within a week."],
        "tr": ["{site}, basın meslek ilkelerine uyar. Bir yanlışımız olduğunu düşünüyorsanız yayın yönetmenine yazın, bir hafta içinde inceleyelim."],
        "de": ["{site} arbeitet nach dem Pressekodex. Wenn Sie meinen, dass uns ein Fehler unterlaufen ist, schreiben Sie der Chefredaktion; wir prüfen das innerhalb einer Woche."],
        "fr": ["{site} applique la charte d'éthique professionnelle que notre rédaction a signée en 2021. Si vous pensez que nous nous sommes trompés, écrivez à la direction de la rédaction, qui répondra sous une semaine."],
        "es": ["{site} aplica el código ético que su redacción firmó en 2021. Si crees que nos hemos equivocado, escribe al director y lo revisaremos en una semana."],
        "ru": ["Редакция «{site}» в 2021 году подписала хартию профессиональной этики. Если вы считаете, что мы ошиблись, напишите главному редактору — мы разберёмся в течение недели."],
    },
    "topics": {
        "en": ["Topics: {section} · community", "Follow {section} ›"],
        "tr": ["Konular: {section} · toplum", "{section} başlığını takip edin ›"],
        "de": ["Themen: {section} · Gemeinschaft", "{section} folgen ›"],
        "fr": ["Sujets : {section} · vie locale", "Être prévenu des articles {section} ›"],
        "es": ["Temas: {section} · vecinos", "Seguir {section} ›"],
        "ru": ["Темы: {section} · жители", "Получать новые материалы рубрики «{section}» ›"],
    },
    "embed": {
        "en": ["Watch this post by {handle} on Instagram", "Load {handle}'s video from YouTube"],
        "tr": ["{handle} hesabının bu gönderisini Instagram'da izleyin", "{handle} videosunu YouTube'dan yükleyin"],
        "de": ["Den Instagram-Post von {handle} an dieser Stelle anzeigen", "Video von {handle} von YouTube laden"],
        "fr": ["Regarder cette publication de {handle} sur Instagram", "Charger la vidéo de {handle} depuis YouTube"],
        "es": ["Ver aquí el post de Instagram de {handle}", "Cargar el vídeo de {handle} desde YouTube"],
        "ru": ["Смотреть эту публикацию {handle} в Instagram", "Загрузить видео {handle} с YouTube"],
    },
    "gallery": {
        "en": ["The day in {g} photographs ›", "Flick through all {g} pictures"],
        "tr": ["Günü {g} fotoğrafla anlattık ›", "{g} fotoğrafın hepsine tek tek bakın"],
        "de": ["Der Tag in {g} Aufnahmen ›", "Alle {g} Aufnahmen durchklicken"],
        "fr": ["La journée en {g} clichés ›", "Faire défiler les {g} clichés"],
        "es": ["La jornada en {g} fotografías ›", "Pasa una a una las {g} fotografías"],
        "ru": ["В кадре: {g} фото ›", "Листать галерею ({g} снимков)"],
    },
    "map": {
        "en": ["Open this map full screen ›", "© OpenStreetMap contributors · How to get there"],
        "tr": ["Haritayı tam ekranda açın ›", "© OpenStreetMap katılımcıları · Nasıl gidilir"],
        "de": ["Karte im Vollbild öffnen ›", "© OpenStreetMap-Mitwirkende · So kommen Sie hin"],
        "fr": ["Ouvrir la carte en plein écran ›", "© contributeurs d'OpenStreetMap · Comment s'y rendre"],
        "es": ["Abrir el mapa a pantalla completa ›", "© colaboradores de OpenStreetMap · Cómo llegar hasta aquí"],
        "ru": ["Открыть карту на весь экран ›", "© участники OpenStreetMap · Как добраться"],
    },
    "calendar": {
        "en": ["Save this date to: Google · Apple · Outlook", "Download this date (.ics)"],
        "tr": ["Bu tarihi kaydedin: Google · Apple · Outlook", "Bu tarihi indirin (.ics)"],
        "de": ["In den Kalender: Google · Apple · Outlook", "Diesen Termin herunterladen (.ics)"],
        "fr": ["À noter dans l'agenda : Google · Apple · Outlook", "Télécharger ce rendez-vous (.ics)"],
        "es": ["Guarda la cita en: Google · Apple · Outlook", "Descarga esta fecha (.ics)"],
        "ru": ["Сохранить дату в: Google · Apple · Outlook", "Скачать эту дату (.ics)"],
    },
    "scores": {
        "en": ["Latest scores and league tables ›", "Fixtures · Results · Standings · Leading scorers"],
        "tr": ["Son skorlar ve puan tabloları ›", "Fikstür · Sonuçlar · Puan tablosu · Gol kralları"],
        "de": ["Aktuelle Spielstände und Tabellen ›", "Spielplan · Ergebnisse · Tabelle · Torjägerliste"],
        "fr": ["Derniers scores et classements ›", "Calendrier · Résultats · Classement · Meilleures buteuses"],
        "es": ["Últimos marcadores y clasificaciones ›", "Calendario · Resultados · Tabla · Máximas goleadoras"],
        "ru": ["Свежие счета и турнирные таблицы ›", "Календарь · Результаты · Положение команд · Снайперы"],
    },
    # the three families new in this part
    "powerprices": {  # electricity-price widgets: the hourly prices' heading, tomorrow's prices, the provider, the hours table
        "en": ["Electricity prices today, hour by hour", "See tomorrow's prices ›", "Hourly prices from Gridwise Tariffs, inc. VAT",
               "Cheapest and dearest hours today"],
        "tr": ["Bugün saat saat elektrik fiyatları", "Yarının fiyatlarını görün ›", "Saatlik fiyatlar Gridwise Tarifeler'den, KDV dahil",
               "Bugünün en ucuz ve en pahalı saatleri"],
        "de": ["Strompreise heute, Stunde für Stunde", "Die Preise für morgen ansehen ›", "Stundenpreise von Gridwise Tarife, inkl. MwSt.",
               "Günstigste und teuerste Stunden heute"],
        "fr": ["Prix de l'électricité aujourd'hui, heure par heure", "Voir les prix de demain ›", "Prix horaires fournis par Gridwise Tarifs, TTC",
               "Heures les moins chères et les plus chères aujourd'hui"],
        "es": ["Precio de la luz hoy, hora a hora", "Consulta los precios de mañana ›", "Precios por horas de Gridwise Tarifas, IVA incluido",
               "Las horas más baratas y más caras de hoy"],
        "ru": ["Цены на электроэнергию сегодня по часам", "Посмотреть цены на завтра ›", "Почасовые цены предоставлены «Гридвайз Тарифы», с НДС",
               "Самые дешёвые и самые дорогие часы сегодня"],
    },
    "petboard": {  # lost-and-found pet boards: found animals, "report a lost pet", the microchip check, the found-animals table
        "en": ["Found by the shelter this week", "Report a lost pet ›", "Is your pet's microchip up to date? Check it here ›",
               "Recently found animals"],
        "tr": ["Bu hafta barınağa getirilen hayvanlar", "Kayıp hayvan bildirin ›", "Hayvanınızın mikroçip bilgileri güncel mi? Buradan kontrol edin ›",
               "Son bulunan hayvanlar"],
        "de": ["Diese Woche im Tierheim abgegeben", "Vermisstes Tier melden ›", "Sind die Chipdaten Ihres Tieres aktuell? Hier prüfen ›",
               "Zuletzt gefundene Tiere"],
        "fr": ["Recueillis au refuge cette semaine", "Signaler un animal perdu ›", "La puce de votre animal est-elle à jour ? Vérifiez ici ›",
               "Animaux trouvés récemment"],
        "es": ["Recogidos esta semana en el refugio", "Avisa de una mascota perdida ›", "¿Están al día los datos del microchip de tu animal? Compruébalo aquí ›",
               "Animales encontrados recientemente"],
        "ru": ["Найдены на этой неделе и переданы в приют", "Сообщить о пропавшем питомце ›", "Данные чипа вашего питомца актуальны? Проверьте здесь ›",
               "Недавно найденные животные"],
    },
    "courtlist": {  # court-listing widgets: today's hearings, the full lists, the court service line, the hearings table
        "en": ["In court today", "Full court lists ›", "Listings from HM Courts Service, correct at 8am and subject to change",
               "Today's hearings at the magistrates' court"],
        "tr": ["Bugün adliyede", "Tüm duruşma listeleri ›", "Duruşma bilgileri adliye kaleminden alınmıştır, saat 08.00 itibarıyla geçerlidir ve değişebilir",
               "Asliye ceza mahkemesinde bugünkü duruşmalar"],
        "de": ["Heute vor Gericht", "Alle Sitzungspläne ›", "Terminliste der Justizverwaltung, Stand 8 Uhr, Änderungen vorbehalten",
               "Heutige Verhandlungen am Amtsgericht"],
        "fr": ["Au tribunal aujourd'hui", "Tous les rôles d'audience ›", "Rôles communiqués par le greffe, à jour à 8 heures, susceptibles de changer",
               "Les audiences du jour au tribunal judiciaire"],
        "es": ["Hoy en los juzgados", "Todos los señalamientos ›", "Señalamientos facilitados por la oficina judicial, actualizados a las 8:00 y sujetos a cambios",
               "Los juicios de hoy en los juzgados de la ciudad"],
        "ru": ["Сегодня в суде", "Все списки дел к рассмотрению ›", "Данные с сайта суда на 8:00, возможны изменения",
               "Дела, назначенные на сегодня в районном суде"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES): an hourly-price card headed by
# its heading, the tomorrow link, the provider's line, the cheapest/dearest table with its caption; a found-animals
# board, the lost-pet link, the microchip button, a found-animals table; a hearings list, the full-lists link, the
# court service's line, a hearings table
NEW_STYLE_WORDING = {"powerprices": [0, 1, 2, 3], "petboard": [0, 1, 2, 3], "courtlist": [0, 1, 2, 3]}
# today's prices for a few hours: hour, price
POWER_ROWS = {
    "en": [("00:00", "18.4p"), ("04:00", "14.9p"), ("08:00", "27.3p"), ("13:00", "16.2p"), ("18:00", "39.8p"), ("22:00", "21.5p")],
    "tr": [("00.00", "182 kr"), ("04.00", "157 kr"), ("08.00", "264 kr"), ("13.00", "171 kr"), ("18.00", "338 kr"), ("22.00", "209 kr")],
    "de": [("00 Uhr", "24,1 ct"), ("04 Uhr", "21,7 ct"), ("08 Uhr", "33,9 ct"), ("13 Uhr", "18,6 ct"), ("18 Uhr", "44,2 ct"), ("22 Uhr", "28,3 ct")],
    "fr": [("0 h – 1 h", "19,8 c€"), ("4 h – 5 h", "17,1 c€"), ("8 h – 9 h", "26,4 c€"), ("13 h – 14 h", "15,9 c€"), ("18 h – 19 h", "34,7 c€"), ("22 h – 23 h", "22,0 c€")],
    "es": [("00:00", "0,1187 €"), ("04:00", "0,0934 €"), ("08:00", "0,1742 €"), ("13:00", "0,0611 €"), ("19:00", "0,2285 €"), ("22:00", "0,1520 €")],
    "ru": [("00:00", "4,12 ₽"), ("04:00", "3,86 ₽"), ("08:00", "6,48 ₽"), ("13:00", "5,90 ₽"), ("18:00", "7,33 ₽"), ("22:00", "4,95 ₽")],
}
POWER_EXTREMES = {
    "en": [("Cheapest", "03:00–04:00", "13.8p/kWh"), ("Dearest", "17:00–18:00", "41.2p/kWh")],
    "tr": [("En ucuz", "03.00–04.00", "151 kr/kWh"), ("En pahalı", "17.00–18.00", "352 kr/kWh")],
    "de": [("Am günstigsten", "13–14 Uhr", "17,9 ct/kWh"), ("Am teuersten", "18–19 Uhr", "45,6 ct/kWh")],
    "fr": [("Le moins cher", "13 h–14 h", "15,2 c€/kWh"), ("Le plus cher", "18 h–19 h", "35,9 c€/kWh")],
    "es": [("Más barata", "14:00–15:00", "0,0587 €/kWh"), ("Más cara", "20:00–21:00", "0,2401 €/kWh")],
    "ru": [("Дешевле всего", "03:00–04:00", "3,71 ₽/кВт·ч"), ("Дороже всего", "18:00–19:00", "7,54 ₽/кВт·ч")],
}
# found animals: name, breed, where found
PET_ROWS = {
    "en": [("Biscuit", "Jack Russell cross", "Kingsway allotments"), ("Nell", "Collie, black and white", "Brimsley bypass lay-by"),
           ("Mr Whiskers", "Tabby cat", "Station Road car park")],
    "tr": [("Karamel", "Kangal kırması", "Sanayi sitesi girişi"), ("Boncuk", "Tekir kedi", "Cumhuriyet Parkı"),
           ("Duman", "Setter", "Eski çimento fabrikası yolu")],
    "de": [("Bruno", "Labrador-Mischling", "Radweg an der Aue"), ("Mimi", "Getigerte Katze", "Parkplatz am Freibad"),
           ("Fips", "Dackel", "Feldweg hinter dem Sportplatz")],
    "fr": [("Caramel", "Croisé épagneul", "Zone artisanale des Pins"), ("Minette", "Chatte tigrée", "Parking de la salle des fêtes"),
           ("Rocky", "Beauceron", "Chemin du lavoir")],
    "es": [("Canela", "Mestiza de podenco", "Camino de la ermita"), ("Michi", "Gato atigrado", "Plaza del mercado"),
           ("Toby", "Bodeguero", "Polígono de la carretera")],
    "ru": [("Рыжик", "Дворняга, рыжий", "Остановка «Садовая»"), ("Муся", "Кошка, трёхцветная", "Двор дома 5 на улице Мира"),
           ("Граф", "Немецкая овчарка", "Дачный посёлок «Берёзка»")],
}
PET_HEAD = {"en": ("What we call them", "Breed or type", "Found at"), "tr": ("Verilen ad", "Cinsi", "Bulunduğu yer"), "de": ("Rufname im Tierheim", "Rasse", "Fundort"),
            "fr": ("Nom donné au refuge", "Race", "Trouvé à"), "es": ("Nombre en el refugio", "Raza", "Dónde apareció"), "ru": ("Кличка", "Порода", "Где найден")}
# today's hearings: time, courtroom, case type
COURT_ROWS = {
    "en": [("9.50am", "Court 1", "Driving offences"), ("10.05am", "Court 2", "Remand hearings"), ("11.35am", "Court 1", "Trading standards prosecution"),
           ("2.05pm", "Court 3", "Trial: assault")],
    "tr": [("09.35", "2 No'lu salon", "Trafik güvenliğini tehlikeye sokma"), ("10.50", "1 No'lu salon", "Hırsızlık"),
           ("13.25", "2 No'lu salon", "Dolandırıcılık"), ("15.05", "3 No'lu salon", "Tehdit")],
    "de": [("8:55", "Saal 104", "Verkehrsstrafsache"), ("10:25", "Saal 110", "Betrug"), ("12:55", "Saal 104", "Körperverletzung"),
           ("14:35", "Saal 112", "Zivilsache: Mietstreit")],
    "fr": [("8 h 55", "Salle Cassin", "Comparutions immédiates"), ("13 h 35", "Salle Badinter", "Conduite en état alcoolique"),
           ("14 h 05", "Salle Cassin", "Vols aggravés"), ("15 h 55", "Salle Portalis", "Affaires familiales")],
    "es": [("9:25", "Sala de vistas 1", "Juicio rápido: alcoholemia"), ("10:20", "Sala de vistas 2", "Estafa"), ("11:10 h", "Sala de vistas 1", "Lesiones"),
           ("12:35", "Sala de vistas 3", "Desahucio")],
    "ru": [("9:40", "Зал № 1", "Уголовное дело: незаконная рубка"), ("10:10", "Зал № 2", "Административное: ДТП"),
           ("11:25", "Зал № 1", "Гражданское: раздел имущества"), ("14:10", "Зал № 3", "Уголовное дело: кража")],
}
COURT_HEAD = {"en": ("Listed for", "Courtroom", "Type of case"), "tr": ("Duruşma saati", "Duruşma salonu", "Dava türü"),
              "de": ("Beginn der Sitzung", "Sitzungssaal", "Art des Verfahrens"), "fr": ("Heure d'audience", "Salle d'audience", "Nature de l'affaire"),
              "es": ("Hora de la vista", "Sala de vistas", "Tipo de asunto"), "ru": ("Время заседания", "Зал заседаний", "Категория дела")}
WIDGET_ROWS = (("power rows", POWER_ROWS), ("power extremes", POWER_EXTREMES), ("pet rows", PET_ROWS), ("pet heads", PET_HEAD),
               ("court rows", COURT_ROWS), ("court heads", COURT_HEAD))
HEADLINES = {
    "en": ["Lifeboat crew called out twice in one night off Skelby Point", "Library's seed swap shelf runs out of tomato seeds in a day",
           "Zebra crossing finally painted outside St Oswin's school", "Cricket club's new nets paid for by a sponsored row",
           "Former cinema to become twelve flats and a café", "Allotment waiting list falls after 30 new plots open"],
    "tr": ["Tekne ekibi bir gecede iki kez denize açıldı", "Kütüphanenin tohum takası rafında domates tohumu bir günde tükendi",
           "Okul önüne nihayet yaya geçidi çizildi", "Voleybol kulübünün yeni fileleri bağış için yapılan kürek yarışıyla alındı",
           "Eski sinema binası 12 daire ve bir kafeye dönüşecek", "30 yeni hobi bahçesi açıldı, bekleme listesi kısaldı"],
    "de": ["Seenotretter der Station Hörnumsiel in einer Nacht zweimal draußen", "Saatgut-Tauschregal der Bücherei: Tomatensamen nach einem Tag weg",
           "Zebrastreifen vor der Grundschule endlich markiert", "Neue Trainingsnetze für den Tennisverein dank Spendenruderns",
           "Altes Kino wird zu zwölf Wohnungen und einem Café", "Warteliste für Kleingärten schrumpft nach 30 neuen Parzellen"],
    "fr": ["Les sauveteurs en mer sortis deux fois dans la même nuit", "Grainothèque de la médiathèque : plus une graine de tomate en un jour",
           "Le passage piéton enfin tracé devant l'école Saint-Exupère", "Des filets neufs pour le club de tennis grâce à un défi d'aviron",
           "L'ancien cinéma deviendra douze logements et un café", "Jardins familiaux : la liste d'attente fond avec 30 nouvelles parcelles"],
    "es": ["Salvamento Marítimo sale dos veces en la misma noche", "El banco de semillas de la biblioteca se queda sin tomates en un día",
           "Pintan por fin el paso de cebra ante el colegio San Roque", "Redes nuevas para el club de pádel gracias a una travesía solidaria",
           "El antiguo cine se convertirá en doce pisos y un café", "Baja la lista de espera de los huertos urbanos con 30 parcelas nuevas"],
    "ru": ["Спасатели дважды за ночь выходили в море", "В библиотеке за день разобрали все семена томатов",
           "У школы № 4 наконец нанесли пешеходный переход", "Новые сетки для теннисного клуба купили на деньги от лодочного марафона",
           "В бывшем кинотеатре сделают двенадцать квартир и кафе", "Очередь на садовые участки сократилась после открытия 30 новых"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["es"]
TEASERS = {
    "es": ["Los voluntarios atendieron un velero a la deriva y a un pescador con hipotermia.",
           "Más de 300 vecinos pasaron por el estante en su primera mañana.",
           "La asociación de madres y padres llevaba cuatro años pidiéndolo.",
           "Seis socios remaron 40 kilómetros para pagar la instalación.",
           "La fachada de 1931 se conservará tal como está.",
           "Cada parcela tiene 50 metros cuadrados y toma de agua propia."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Latest from the towns", "Villages and parishes round here", "Courts, councils and crime", "Shops, jobs and bills", "Results from local grounds", "This week's outings", "Your letters and our views"],
               cookie="This website stores small files on your device. Some are needed for the site to work; others help us see which stories are read and, if you agree, let advertisers show you relevant ads. You can change your mind at any time in the privacy settings.",
               accept="Fine, let me read on", reject="Use essential cookies only", share="Forward this report to a friend",
               related="More from our reporters today", newsletter="Our six o'clock email of the day's stories",
               subscribe="Yes, email me at six", email="you@stowellgazette.example",
               comment_note="Sign in or create an account to comment.",
               closed="Comments are closed on this report.",
               footer=["Who writes the Gazette", "How we handle corrections", "Cookie settings and privacy notice", "Advertise in the paper or online", "Site rules and terms"],
               rights="No content from this site may be republished without the editor's written agreement.",
               commenters=[("old_forge_keith", "Good to read the whole story for once."),
                           ("Barbara at the Old Bakehouse", "Has anyone asked the parish council about this?")]),
    "tr": dict(nav=["İlçelerden son haberler", "Köyler ve mahalleler", "Adliye, belediye ve asayiş", "Esnaf, iş ve faturalar", "Yerel sahalardan sonuçlar", "Bu hafta gezilecek yerler", "Mektuplarınız ve görüşlerimiz"],
               cookie="Bu site cihazınıza küçük dosyalar kaydeder. Bazıları sitenin çalışması için gereklidir; bazıları hangi haberlerin okunduğunu görmemize ve, onay verirseniz, reklamverenlerin size uygun reklamlar göstermesine yarar. Kararınızı gizlilik ayarlarından istediğiniz zaman değiştirebilirsiniz.",
               accept="Olur, devam edelim", reject="Sadece zorunlu çerezleri kullan", share="Bu haberi başkasına iletin",
               related="Muhabirlerimizden bugün daha fazlası", newsletter="Akşam özeti, hafta içi her gün ücretsiz",
               subscribe="Saat altıda bana da gönderin", email="siz@kozlucapostasi.example",
               comment_note="Yorum yapmak için giriş yapın ya da hesap açın.",
               closed="Bu habere yorumlar kapalıdır.",
               footer=["Postamızı kimler yazıyor", "Düzeltmeleri nasıl yapıyoruz", "Çerez ayarları ve gizlilik bildirimi", "Gazetede ya da sitede reklam", "Site kuralları ve koşullar"],
               rights="Bu sitedeki hiçbir içerik, yayın yönetmeninin yazılı onayı olmadan yeniden yayımlanamaz.",
               commenters=[("demirci_yusuf", "Haberin tamamını okumak iyi oldu."),
                           ("Nuran Abla", "Bunu belediyeye soran oldu mu?")]),
    "de": dict(nav=["Neues aus den Städten", "Dörfer und Gemeinden ringsum", "Gerichte, Gemeinderäte und Polizei", "Läden, Jobs und Rechnungen", "Ergebnisse von den Sportplätzen", "Ausflüge dieser Woche", "Ihre Briefe und unsere Sicht"],
               cookie="Diese Website speichert kleine Dateien auf Ihrem Gerät. Einige sind nötig, damit die Seite funktioniert; andere zeigen uns, welche Artikel gelesen werden, und erlauben Werbepartnern mit Ihrer Zustimmung passende Anzeigen. Sie können Ihre Entscheidung jederzeit in den Datenschutzeinstellungen ändern.",
               accept="Passt, weiter geht's", reject="Nur notwendige Cookies verwenden", share="Diesen Bericht einem Freund schicken",
               related="Mehr von unseren Reportern heute", newsletter="Die Abendrunde, werktags kostenlos",
               subscribe="Ja, um sechs bitte mailen", email="sie@lindenheider-anzeiger.example",
               comment_note="Melden Sie sich an oder legen Sie ein Konto an, um zu kommentieren.",
               closed="Unter diesem Bericht sind Kommentare geschlossen.",
               footer=["Wer den Anzeiger schreibt", "Wie wir mit Korrekturen umgehen", "Cookie-Einstellungen und Datenschutzhinweis", "Anzeigen in Zeitung und Netz", "Regeln und Bedingungen der Website"],
               rights="Inhalte dieser Website dürfen nur mit schriftlicher Zustimmung der Redaktion weiterverbreitet werden.",
               commenters=[("Schmiedeweg_Klaus", "Gut, die ganze Geschichte mal am Stück zu lesen."),
                           ("Helga aus dem alten Backhaus", "Hat das schon jemand im Gemeinderat angesprochen?")]),
    "fr": dict(nav=["Dernières nouvelles des villes", "Villages et communes alentour", "Tribunal, conseils et faits divers", "Commerces, emploi et factures", "Résultats des stades du coin", "Balades et sorties de la semaine", "Vos lettres et nos points de vue"],
               cookie="Ce site enregistre de petits fichiers sur votre appareil. Certains sont indispensables à son fonctionnement ; d'autres nous indiquent quels articles sont lus et, si vous l'acceptez, permettent aux annonceurs de vous montrer des publicités adaptées. Vous pouvez changer d'avis à tout moment dans les réglages de confidentialité.",
               accept="Très bien, je poursuis ma lecture", reject="N'utiliser que les cookies essentiels", share="Envoyer ce reportage à un ami",
               related="Autres articles de nos reporters aujourd'hui", newsletter="La tournée du soir, gratuite en semaine",
               subscribe="Oui, écrivez-moi à 18 heures", email="vous@eveil-saint-aubert.example",
               comment_note="Connectez-vous ou créez un compte pour commenter.",
               closed="Plus de commentaires possibles sous ce reportage.",
               footer=["Qui écrit L'Éveil", "Notre façon de rectifier", "Réglages des cookies et confidentialité", "Annoncer dans le journal ou en ligne", "Règles et conditions du site"],
               rights="Aucun contenu de ce site ne peut être republié sans l'accord écrit de la rédaction.",
               commenters=[("forgeron_du_bourg", "Ça fait du bien de lire toute l'histoire."),
                           ("Monique de l'ancienne boulangerie", "Quelqu'un a posé la question au conseil municipal ?")]),
    "es": dict(nav=["Lo último de los pueblos", "Aldeas y pedanías de alrededor", "Juzgados, plenos y sucesos", "Tiendas, empleo y facturas", "Resultados de los campos de aquí", "Excursiones y planes de la semana", "Vuestras cartas y nuestra opinión"],
               cookie="Esta web guarda pequeños archivos en tu dispositivo. Algunos son necesarios para que funcione; otros nos dicen qué noticias se leen y, si lo aceptas, permiten a los anunciantes mostrarte publicidad adecuada. Puedes cambiar de opinión cuando quieras en los ajustes de privacidad.",
               accept="De acuerdo, seguimos", reject="Usar solo las cookies imprescindibles", share="Envía esta información a un amigo",
               related="Más de nuestros periodistas hoy", newsletter="La ronda de la tarde, gratis cada día laborable",
               subscribe="Añádeme a la lista", email="tu@noticiasdealcorza.example",
               comment_note="Entra o crea una cuenta para comentar.",
               closed="Los comentarios están cerrados en esta información.",
               footer=["Quién escribe Noticias de Alcorza", "Cómo hacemos las rectificaciones", "Ajustes de cookies y aviso de privacidad", "Anúnciate en el periódico o en la web", "Normas y condiciones de la web"],
               rights="Ningún contenido de esta web puede volver a publicarse sin el acuerdo por escrito de la dirección.",
               commenters=[("el_de_la_fragua", "Da gusto leer la historia entera."),
                           ("Maruja la del horno viejo", "¿Alguien lo ha preguntado en el pleno?")]),
    "ru": dict(nav=["Свежее из городов района", "Сёла и деревни вокруг", "Суды, советы и происшествия", "Магазины, работа и счета", "Результаты с местных стадионов", "Куда поехать на этой неделе", "Ваши письма и наше мнение"],
               cookie="Этот сайт сохраняет небольшие файлы на вашем устройстве. Одни нужны для работы сайта, другие показывают нам, какие материалы читают, и — если вы согласны — позволяют рекламодателям показывать подходящую рекламу. Изменить решение можно в любой момент в настройках конфиденциальности.",
               accept="Хорошо, читаем дальше", reject="Только необходимые файлы", share="Отправить заметку другу",
               related="Ещё от наших корреспондентов сегодня", newsletter="Вечерняя сводка, бесплатно по будням",
               subscribe="Присылайте мне в шесть вечера", email="vy@svetloozersk-pravda.example",
               comment_note="Комментировать могут только вошедшие на сайт читатели.",
               closed="Комментарии к этой заметке закрыты.",
               footer=["Кто пишет в «Правду»", "Что мы делаем, если ошиблись", "Настройки cookie и политика конфиденциальности", "Объявления и реклама в «Правде»", "Правила и условия сайта"],
               rights="Перепечатка любых материалов сайта возможна только с письменного согласия редакции.",
               commenters=[("кузнец_Палыч", "Хорошо, что написали всю историю целиком."),
                           ("Люба из девятого дома", "А в администрации кто-нибудь об этом спрашивал?")]),
}
UI43 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"ru": "ЕЩЁ В «СВЕТЛООЗЁРСКОЙ ПРАВДЕ»:"},  # the regional layout's inline links
    (mp2, "BIO"): {"ru": "{name} пишет для «{site}» о городском хозяйстве и приютах для животных и ведёт рубрику «{section}». Письма: gorod@example.org"},
    (mp4, "READMORE"): {"en": "MORE IN THE LEDMORE BOROUGH PRESS:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"fr": dict(also="À lire aussi dans L'Éveil de Saint-Aubert")},
    (mp6, "TYPO3"): {"de": dict(ext="Video bei YouTube", note="Hier ist ein Erklärvideo der Stadtwerke eingebunden. Es wird erst nach Ihrer Zustimmung von YouTube geladen, dabei gehen Daten an YouTube.",
                                button="Einverstanden, Erklärvideo laden", by="Ein Bericht von", search="Im Lindenheider Anzeiger suchen",
                                lang_menu="Lindenheider Anzeiger in Einfacher Sprache")},
    (mp7, "SANITY"): {"es": dict(nl_title="Alcorza a primera hora", nl_text="La comarca, sus pueblos y su campo, en un correo cada mañana a las siete.",
                                 nl_button="Quiero Alcorza a primera hora", nl_placeholder="Tu correo para Alcorza a primera hora")},
    (mp11, "HUGO"): {"fr": dict(nl_title="Cressac Hebdo du dimanche", nl_text="Commerces, associations et conseil municipal de Cressac : un courriel chaque dimanche matin.",
                                nl_label="Votre adresse pour Cressac Hebdo du dimanche", nl_button="Recevoir la lettre du dimanche")},
    (mp13, "PUB_NAV"): {"es": ["Últimas hojas", "Escuelas rurales", "Pueblos de Tierra Alta", "Apoya a Hojas de Tierra Alta"]},
    (mp13, "TEASERS"): {"es": TEASERS["es"]},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Село Кедровка: новости, объявления и фотографии односельчан",
                                menu=["Главная Кедровки", "Новости Кедровки", "Объявления для кедровцев", "Кедровская школа", "Фотоальбом Кедровки", "Написать администратору сайта Кедровки"],
                                cats=["Новости Кедровки", "Благоустройство Кедровки", "Объявления для кедровцев"],
                                friends=["Кедровская основная школа", "Сельский клуб «Кедр»", "Пилорама Сафронова"],
                                footer="Село Кедровка © 2026 · сайт ведут односельчане бесплатно, в свободное время",
                                poster="kedrovka_admin", tags=["детская площадка у клуба", "кедровские субботники"],
                                commenters=[("Галина_Кедровка", "Вот это по-нашему, всем селом. Внуки приедут — будет где гулять."),
                                            ("Степан_из_Омска", "Землякам привет, рад был помочь чем смог.")],
                                style="p", heads="b")},
}

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
        for (mod, name), by_key in SITE_STRINGS.items():
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
# the new layout: a Concrete CMS 9 site (a theme's page markup, areas, blocks, stacks, the cookie disclosure)
# --------------------------------------------------------------------------
# the platform's generic strings as the developers leave them (core block labels, the search block's button, the
# Express form's "required" marker, the cookie disclosure's own buttons), per language (not checked)
CONCRETE_CORE = {
    "en": dict(html_lang="en", locale="en_GB", home="Home", search="Search", required="Required", email_label="Email",
               tags="Tags", share_label="Share", posted="Posted", by="By", privacy="Privacy Policy",
               cookie_title="Cookies", menu="Menu",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"], date_fmt="{d} {M} {y}"),
    "es": dict(html_lang="es", locale="es_ES", home="Inicio", search="Buscar", required="Obligatorio", email_label="Correo electrónico",
               tags="Etiquetas", share_label="Compartir", posted="Publicado", by="Por", privacy="Política de privacidad",
               cookie_title="Cookies", menu="Menú",
               months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                       "noviembre", "diciembre"], date_fmt="{d} de {M} de {y}"),
}
# the sites' own strings (two reader-owned co-operative news sites): host, theme handle, menus (titles and slugs),
# tagline, box titles, the member-newsletter stack, the membership stack and footer texts
CONCRETE = {
    "Kelderby Co-op Courier": dict(
        domain="kelderbycourier.example", theme="courier",
        tagline="Kelderby's news, owned by the people who read it",
        menu=["Around Kelderby", "Town council watch", "Kelderby people", "What's on in Kelderby", "Members' corner"],
        slugs=["around-kelderby", "council", "people", "whats-on", "members"],
        share_title="Send this Courier story to someone",
        topics_title="Filed under in the Courier",
        popular_title="Most read in the Courier this week",
        join_title="Own a share of the Courier",
        join_text="More than 900 Kelderby households each own a £10 share in this website. Members elect the board and vote on what we cover next.",
        join_button="Become a Courier member",
        nl_title="The Courier on Thursday",
        nl_text="Members and readers get the week's Kelderby stories every Thursday evening.",
        nl_button="Send me the Thursday Courier",
        footer_links=["About the Courier co-op", "Courier members' meetings", "Write to the Courier", "Courier privacy and cookies"],
        footer_note="Kelderby Co-op Courier Ltd is a community benefit society registered in England, number 8841, owned by its members."),
    "El Altavoz de Villar de Cañizo": dict(
        domain="elaltavozdevillar.example", theme="altavoz",
        tagline="Las noticias de Villar de Cañizo, de sus vecinos y para sus vecinos",
        menu=["Vida en el pueblo", "Campo y cooperativa", "El pleno al día", "Gente de Villar", "Agenda del Altavoz"],
        slugs=["vida-en-el-pueblo", "campo", "pleno", "gente", "agenda"],
        share_title="Manda esta noticia del Altavoz a quien quieras",
        topics_title="Temas del Altavoz",
        popular_title="Lo más leído en el Altavoz",
        join_title="El Altavoz es de sus socios",
        join_text="Cuatrocientas familias de Villar sostienen este periódico con una cuota de 3 euros al mes y deciden en asamblea cómo se gestiona.",
        join_button="Hazte socia o socio del Altavoz",
        nl_title="El Altavoz del jueves",
        nl_text="Cada jueves por la tarde, las noticias de la semana en Villar en un solo correo.",
        nl_button="Quiero el Altavoz del jueves",
        footer_links=["Quiénes somos en el Altavoz", "Asambleas de la cooperativa", "Escribe al Altavoz", "Privacidad y cookies del Altavoz"],
        footer_note="El Altavoz de Villar de Cañizo es una cooperativa de consumidores y usuarios sin ánimo de lucro, inscrita en el registro de cooperativas con el número 2/4417."),
}
CONCRETE_EXEMPT = {"domain", "theme", "slugs"}


def cc_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    c = CONCRETE_CORE[lang]
    return c["date_fmt"].replace("{M}", c["months"][m - 1]).replace("{d}", str(d)).replace("{y}", str(y))


def cc_block(kind, val):
    """One block of a content block's rich text, as the editor saves it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote>\n<p>%s</p>\n</blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_concrete(art, ui, site, placed, rng):
    # an article page of a Concrete CMS 9 co-operative news site (see the module docstring)
    lang, n, blocks = art["lang"], len(art["blocks"]), art["blocks"]
    c, s = CONCRETE_CORE[lang], CONCRETE[site]
    host = "https://www." + s["domain"]
    sec_i = s["menu"].index(art["section"])
    sec, sec_slug = s["menu"][sec_i], s["slugs"][sec_i]
    y, m, d = art["date"].split("-")
    page_slug = mp13.medium_slug(art["title"], 60).lower()
    path = "/%s/%s" % (sec_slug, page_slug)
    url = host + path
    shown = cc_date(lang, art["date"])
    cid = rng.randint(180, 2600)
    theme = s["theme"]

    def hx(k):
        return "%0*x" % (k, rng.randint(0, 16**k - 1))

    nocache = hx(8)
    bid = [rng.randint(900, 5200)]

    def next_bid():
        bid[0] += rng.randint(1, 9)
        return bid[0]

    def file_path(name, thumb=None):
        a, b, cc = rng.randint(1000, 9999), rng.randint(1000, 9999), rng.randint(1000, 9999)
        return "/application/files/%s%d/%d/%d/%s.jpg" % ("thumbnails/%s/" % thumb if thumb else "", a, b, cc, name)

    css = []

    def styled(html_in, area, extra=""):
        """A block with a design set in edit mode: the custom-style container and its rule in the head."""
        b = next_bid()
        css.append('<style type="text/css" data-area-style-area-handle="%s" data-block-style-block-id="%d" data-style-set="%d">'
                   '.ccm-custom-style-container.ccm-custom-style-%s-%d{%s}</style>'
                   % (area, b, rng.randint(20, 400), area.lower().replace(" ", ""), b,
                      rng.choice(["padding-top:12px;padding-bottom:12px", "background-color:#f6f1e7;padding:16px",
                                  "border-left:4px solid #b5452b;padding-left:14px", "margin-bottom:24px"])))
        return '<div class="ccm-custom-style-container ccm-custom-style-%s-%d%s">\n%s\n</div>' % (
            area.lower().replace(" ", ""), b, extra, html_in)

    def image_block(name, alt, w, h):
        b = next_bid()
        src = file_path(name, "large")
        return ('<picture><!--[if IE 9]><video style="display: none;"><![endif]--><source srcset="%s" media="(min-width: 900px)" class="ccm-image-block img-fluid bID-%d">'
                '<source srcset="%s" media="(min-width: 0px)" class="ccm-image-block img-fluid bID-%d"><!--[if IE 9]></video><![endif]-->'
                '<img src="%s" alt="%s" width="%d" height="%d" class="ccm-image-block img-fluid bID-%d"></picture>'
                % (src, b, file_path(name, "small"), b, src, A(alt), w, h, b))

    img_file = mp13.medium_slug(art["caption"], 40).lower()
    inset_cap, inset_cr = art["inset"]
    inset_file = mp13.medium_slug(inset_cap, 40).lower()
    # the Main area: the story in content blocks, the inset picture after the first third, the member-newsletter
    # stack further down; lines an editor pasted into the rich text stay in it, the rest went into HTML blocks
    slots = [i for i in safe_slots(art, 2) if i not in art["no_slot"]]
    image_at = slots[len(slots) // 3] if slots else n
    stack_at = next((i for i in slots if i >= image_at + 2), n)
    inset = '<div class="ccm-block-image ccm-block-image--inset">\n%s\n</div>\n<div class="ccm-block-content">\n<p class="image-caption">%s <span class="image-credit">%s</span></p>\n</div>' % (
        image_block(inset_file, inset_cap, 960, 640), E(inset_cap), E(inset_cr))
    inset = styled(inset, "Main", " inset-picture")
    fb = next_bid()
    uid = "%s-%s-4%s-%s-%s" % (hx(8), hx(4), hx(3), hx(4), hx(12))
    stack = ('<div class="ccm-block-content">\n<h4>{t}</h4>\n<p>{x}</p>\n</div>\n<div class="ccm-block-express-form">\n    <div class="ccm-form">\n'
             '        <a name="form{b}"></a>\n        <form enctype="multipart/form-data" class="form-stacked" method="post" action="{p}/submit/{b}#form{b}">\n'
             '            <input type="hidden" name="ccm_token" value="{ts}:{tok}" />\n            <input type="hidden" name="express_form_id" value="{u}">\n'
             '            <div class="mb-3">\n                <label class="form-label" for="{u}-email">{el}</label>\n                <span class="text-muted small">{rq}</span>\n'
             '                <input type="email" id="{u}-email" name="akID[{ak}][value]" value="" placeholder="" class="form-control ccm-input-email">\n            </div>\n'
             '            <div class="form-actions">\n                <button type="submit" name="Submit" class="btn btn-primary">{bt}</button>\n            </div>\n'
             '        </form>\n    </div>\n</div>').format(
        t=E(s["nl_title"]), x=E(s["nl_text"]), b=fb, p=path, ts=rng.randint(1700000000, 1790000000), tok=hx(32), u=uid,
        el=E(c["email_label"]), rq=E(c["required"]), ak=rng.randint(20, 60), bt=E(s["nl_button"]))
    stack = styled(stack, "Main", " stack-member-newsletter")
    placed = {i: list(x) for i, x in placed.items()}
    placed.setdefault(image_at, []).append(inset)
    placed.setdefault(stack_at, []).append(stack)
    in_box = {j for st, _, j in art["looks"] if st in ("box", "factbox")}
    parts, run = [], []

    def flush():
        if run:
            parts.append('<div class="ccm-block-content">\n%s\n</div>' % "\n".join(run))
            run.clear()

    for i in range(n + 1):
        for snip in placed.get(i, []):
            if re.match(r"<p>|<h[45]>", snip):  # a line pasted into the rich text editor
                run.append(snip)
            elif snip is inset or snip is stack:
                flush()
                parts.append(snip)
            else:  # an HTML block (some given a design in edit mode)
                flush()
                parts.append(styled(snip, "Main") if rng.random() < 0.5 else snip)
        if i < n:
            kind, val = blocks[i]
            if kind == "h" and i not in in_box:  # a new content block at each subheading
                flush()
            run.append(cc_block(kind, val))
    flush()
    body = "\n".join(parts)

    nav = "".join('<li class="%s"><a href="/%s" target="_self" class="%s">%s</a></li>' % (
        "nav-selected nav-path-selected" if k == sec_i else "", sl, "nav-selected nav-path-selected" if k == sec_i else "", E(t))
        for k, (t, sl) in enumerate(zip(s["menu"], s["slugs"])))
    heads = rng.sample(HEADLINES[lang], 4)
    popular = "\n".join(
        '<div class="ccm-block-page-list-page-entry">\n<div class="ccm-block-page-list-page-entry-text">\n'
        '<div class="ccm-block-page-list-title"><a href="/%s/%s" target="_self">%s</a></div>\n'
        '<div class="ccm-block-page-list-date">%s</div>\n</div>\n</div>' % (rng.choice(s["slugs"]), mp13.medium_slug(t, 50).lower(), E(t), E(shown))
        for t in heads)
    footer_links = "".join('<li><a href="/%s" target="_self">%s</a></li>' % (mp13.medium_slug(t, 30).lower(), E(t)) for t in s["footer_links"])
    share_nets = [("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                  ("whatsapp", "WhatsApp", "https://wa.me/?text=" + url),
                  ("x-twitter", "X", "https://twitter.com/intent/tweet?url=" + url),
                  ("envelope", "Email", "mailto:?body=" + url)]
    share = "".join('<li><a href="%s" aria-label="%s"><i class="fab fa-%s" aria-hidden="true" title="%s"></i></a></li>' % (
        A(h), A(lab), k, A(lab)) for k, lab, h in share_nets)
    author_slug = mp13.medium_slug(art["byline"], 40).lower()
    lead = styled('<div class="ccm-block-image ccm-block-image--lead">\n%s\n</div>\n<div class="ccm-block-content">\n<p class="image-caption">%s <span class="image-credit">%s</span></p>\n</div>'
                  % (image_block(img_file, art["caption"], 1600, 900), E(art["caption"]), E(art["credit"])), "Page Header", " lead-picture")
    join_b = next_bid()
    head_css = "\n".join(css)
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}">
<head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="/application/themes/{theme}/css/main.css?v={nocache}">
    
<title>{E(art["title"])} :: {E(site)}</title>

<meta http-equiv="content-type" content="text/html; charset=UTF-8"/>
<meta name="description" content="{A(art["sub"])}"/>
<meta name="generator" content="Concrete CMS"/>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{A(art["title"])}">
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{A(site)}">
<meta property="og:image" content="{host}{file_path(img_file)}">
<script type="text/javascript">
    var CCM_DISPATCHER_FILENAME = "/index.php";
    var CCM_CID = {cid};
    var CCM_EDIT_MODE = false;
    var CCM_ARRANGE_MODE = false;
    var CCM_IMAGE_PATH = "/concrete/images";
    var CCM_APPLICATION_URL = "{host}";
    var CCM_REL = "";
    var CCM_ACTIVE_LOCALE = "{c["locale"]}";
    var CCM_USER_REGISTERED = false;
</script>

<script type="text/javascript" src="/concrete/js/jquery.js?ccm_nocache={nocache}"></script>
<link href="/concrete/css/features/imagery/frontend.css?ccm_nocache={nocache}" rel="stylesheet" type="text/css" media="all">
<link href="/concrete/css/features/navigation/frontend.css?ccm_nocache={nocache}" rel="stylesheet" type="text/css" media="all">
<link href="/concrete/css/features/social/frontend.css?ccm_nocache={nocache}" rel="stylesheet" type="text/css" media="all">
<link href="/concrete/css/features/express/frontend.css?ccm_nocache={nocache}" rel="stylesheet" type="text/css" media="all">
<link href="/concrete/css/features/search/frontend.css?ccm_nocache={nocache}" rel="stylesheet" type="text/css" media="all">
<link href="/concrete/css/features/taxonomy/frontend.css?ccm_nocache={nocache}" rel="stylesheet" type="text/css" media="all">
{head_css}
</head>
<body>

<div class="ccm-page ccm-page-id-{cid} page-type-news-article page-template-right-sidebar">

<header class="site-header">
    <div class="container">
        <div class="row">
            <div class="col-sm-4 col-xs-6 site-title">
                <a href="/" id="header-site-title" class="site-title-link">{E(site)}</a>
                <p class="site-tagline">{E(s["tagline"])}</p>
            </div>
            <div class="col-sm-6 col-xs-6 header-navigation">
                <nav class="ccm-responsive-navigation original"><ul><li class=""><a href="/" target="_self" class="">{E(c["home"])}</a></li>{nav}</ul></nav><div class="ccm-responsive-menu-launch"><i></i><span>{E(c["menu"])}</span></div>
            </div>
            <div class="col-sm-2 col-xs-12 header-search">
                <form action="/search" method="get" class="ccm-search-block-form"><input name="search_paths[]" type="hidden" value="" /><input name="query" type="text" value="" class="ccm-search-block-text" aria-label="{A(c["search"])}" /> <input name="submit" type="submit" value="{A(c["search"])}" class="btn btn-secondary ccm-search-block-submit" /></form>
            </div>
        </div>
    </div>
</header>

<main>
<div class="container">
    <div class="row">
        <div class="col-sm-8 main-column">
            <div class="ccm-area" id="a{cid}-page-header" data-area-handle="Page Header">
<nav role="navigation" aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/" target="_self">{E(c["home"])}</a></li><li class="breadcrumb-item"><a href="/{sec_slug}" target="_self">{E(sec)}</a></li><li class="breadcrumb-item active">{E(art["title"])}</li></ol></nav>
<h1 class="ccm-block-page-title page-title">{E(art["title"])}</h1>
<div class="ccm-block-page-attribute-display-wrapper ccm-page-description">
    <div class="ccm-block-page-attribute-display-content">{E(art["sub"])}</div>
</div>
<div class="ccm-block-page-attribute-display-wrapper ccm-page-meta">
    <span class="ccm-block-page-attribute-display-title">{E(c["by"])}</span> <div class="ccm-block-page-attribute-display-content"><a href="/authors/{author_slug}">{E(art["byline"])}</a></div>
    <span class="ccm-block-page-attribute-display-title">{E(c["posted"])}</span> <div class="ccm-block-page-attribute-display-content"><time datetime="{art["date"]}">{E(shown)}</time></div>
</div>
{lead}
            </div>
            <div class="ccm-area" id="a{cid}-main" data-area-handle="Main">
{body}
            </div>
            <div class="ccm-area" id="a{cid}-page-footer" data-area-handle="Page Footer">
<div class="ccm-block-share-this-page">
    <p class="share-this-page-title">{E(s["share_title"])}</p>
    <ul class="list-inline">{share}</ul>
</div>
<div class="ccm-block-topic-list-wrapper">
    <div class="ccm-block-topic-list-header"><h5>{E(s["topics_title"])}</h5></div>
    <ul class="ccm-block-topic-list-list"><li><a href="/{sec_slug}/topic/{mp13.medium_slug(sec, 30).lower()}">{E(sec)}</a></li></ul>
</div>
            </div>
        </div>
        <div class="col-sm-3 offset-sm-1 sidebar">
            <div class="ccm-area" id="a{cid}-sidebar" data-area-handle="Sidebar">
<div class="ccm-block-page-list-wrapper stack-most-read">
    <div class="ccm-block-page-list-header"><h5>{E(s["popular_title"])}</h5></div>
    <div class="ccm-block-page-list-pages">
{popular}
    </div>
</div>
<div class="ccm-custom-style-container ccm-custom-style-sidebar-{join_b} stack-membership">
<div class="ccm-block-content">
<h4>{E(s["join_title"])}</h4>
<p>{E(s["join_text"])}</p>
<p><a class="btn btn-primary" href="/members/join">{E(s["join_button"])}</a></p>
</div>
</div>
            </div>
        </div>
    </div>
</div>
</main>

<footer id="footer-theme">
    <section>
    <div class="container">
        <div class="row">
            <div class="col-sm-6">
                <div class="ccm-global-area footer-links"><ul class="nav">{footer_links}</ul></div>
            </div>
            <div class="col-sm-6">
                <div class="ccm-global-area footer-note"><p>{E(s["footer_note"])}</p></div>
            </div>
        </div>
    </div>
    </section>
    <section id="footer-site-copyright">
        <div class="container"><div class="row"><div class="col-sm-12">&copy; {y} {E(site)}</div></div></div>
    </section>
</footer>

</div>

<div id="ccm-cookie-disclosure" class="ccm-cookie-disclosure ccm-cookie-disclosure--bottom" role="dialog" aria-label="{A(c["cookie_title"])}">
    <div class="ccm-cookie-disclosure__text"><p>{E(ui["cookie"])} <a href="/privacy-policy">{E(c["privacy"])}</a></p></div>
    <div class="ccm-cookie-disclosure__buttons">
        <button type="button" class="btn btn-secondary ccm-cookie-disclosure__reject">{E(ui["reject"])}</button>
        <button type="button" class="btn btn-primary ccm-cookie-disclosure__accept">{E(ui["accept"])}</button>
    </div>
</div>

<script type="text/javascript" src="/concrete/js/features/navigation/frontend.js?ccm_nocache={nocache}"></script>
<script type="text/javascript" src="/concrete/js/features/imagery/frontend.js?ccm_nocache={nocache}"></script>
<script type="text/javascript" src="/application/themes/{theme}/js/main.js?v={nocache}"></script>
</body>
</html>
'''

# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"concrete": ["caption", "newsletter"]}  # the inset image block's caption, the member-newsletter stack
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "feedback", "standards", "topics", "embed", "gallery",
            "map", "calendar", "scores", "powerprices", "petboard", "courtlist"]
NEW_FAMILIES = ["powerprices", "petboard", "courtlist"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"powerprices": ["electricity price", "electricity-price", "hourly power price", "power prices", "tomorrow's prices",
                                    "dearest hour", "cheapest hour"],
                    "petboard": ["lost pet", "lost-and-found pet", "found animals", "microchip", "pet board", "report a lost"],
                    "courtlist": ["court list", "court-list", "hearings today", "today's hearings", "courtroom", "court service"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village, association, club or residents' website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "newsletter"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "audio"}
# a town hall's or council's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo"}
# a reader-owned co-operative news site: no adverts, apps or alert prompts, no regulator line
NOT_ON_COOP = {"ad", "app", "push", "typo", "standards"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY, "coop": NOT_ON_COOP}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), definition lists and tables
STYLES = {
    "cookie": ['<div class="thirdparty-optin-panel"><p class="thirdparty-optin-panel__msg">%s</p><button class="thirdparty-optin-panel__ok" type="button">OK</button></div>',
               '<p class="embed-blocked-line">%s</p>', '<p><em>%s</em></p>'],
    "newsletter": ['<div class="evening-round-signup"><p class="evening-round-signup__lead">%s</p><a class="evening-round-signup__go" href="/evening-round">&#8594;</a></div>',
                   '<p class="free-reads-counter">%s</p>', '<h4 class="evening-round-hd">%s</h4>', '<p><b><a href="/join">%s</a></b></p>'],
    "share": ['<ul class="send-on-networks">{items}</ul>', '<div class="send-on-nudge">%s</div>', '<p><a href="#send-link">%s</a></p>'],
    "photo": ['<p class="handed-in-pic-note">%s</p>', '<span class="lent-photo-label">%s</span>', '<p><small><em>%s</em></small></p>'],
    "copyright": ['<p class="reuse-ask-first">%s</p>', '<div class="reuse-ask-first-box"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="filed-in-kicker">%s</p>', '<h5 class="filed-in-kicker-hd">%s</h5>', '<p><strong>%s</strong></p>'],
    "symbol": ['<p class="fleuron-break-p">%s</p>', '<div class="fleuron-break">%s</div>', '<p style="text-align:center;">%s</p>'],
    "credit": ['<p class="member-correspondent-credit">%s</p>', '<div class="volunteer-photo-credit">%s</div>', '<p><em><small>%s</small></em></p>'],
    "title": ['<p class="title-dup-para"><strong>%s</strong></p>', '<h2 class="title-dup-heading">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="local-biz-promo-flag">%s</div>', '<p class="advert-lights-on-line">%s</p>', '<p><small>%s</small></p>'],
    "continue": ['<p class="keep-reading-cue"><a href="#more">%s</a></p>', '<div class="keep-reading-fold">%s</div>', '<p><a href="#more">%s</a></p>'],
    "comments": ['<p class="talk-thread-jump"><a href="#discussion">%s</a></p>', '<div class="discussion-jump-badge">%s</div>', '<p><a href="#discussion">%s</a></p>'],
    "readtime": ['<p class="cuppa-read-line">%s</p>', '<span class="cuppa-read-chip">%s</span>', '<p><em>%s</em></p>'],
    "updated": ['<p class="copy-retouch-clock"><time>%s</time></p>', '<div class="copy-retouch-bar">%s</div>', '<p><small>%s</small></p>'],
    "audio": ['<div class="computer-voice-bar"><button class="computer-voice-bar__btn" aria-label="Play"></button><span class="computer-voice-bar__label">%s</span></div>',
              '<p class="computer-voice-link"><a href="#read-aloud">%s</a></p>', '<p><a href="#read-aloud">%s</a></p>'],
    "correction": ['<aside class="figure-fixed-box"><p>%s</p></aside>', '<p class="figure-fixed-line"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "app": ['<div class="app-stores-strip"><p class="app-stores-strip__msg">%s</p><a class="app-stores-strip__dl" href="/get-the-app">&#8595;</a></div>',
            '<p class="app-stores-line">%s</p>', '<p><b>%s</b></p>'],
    "bio": ['<div class="writer-lives-here-box"><p class="writer-lives-here-box__txt">%s</p></div>', '<p class="writer-lives-here-line"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "tip": ['<div class="heard-something-box"><p class="heard-something-box__txt">%s</p></div>', '<p class="heard-something-line">%s</p>', '<p><i>%s</i></p>'],
    "typo": ['<div class="slip-spotted-hint"><p>%s</p></div>', '<p class="slip-spotted-line">%s</p>', '<p><small><i>%s</i></small></p>'],
    "push": ['<div class="breaking-nudge-card"><p class="breaking-nudge-card__ask">%s</p></div>', '<p class="breaking-nudge-line">%s</p>', '<p><b>%s</b></p>'],
    "feedback": ['<div class="learned-something-box"><p class="learned-something-box__q">%s</p></div>', '<p class="learned-something-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="ethics-charter-box"><p>%s</p></div>', '<p class="ethics-charter-line"><small>%s</small></p>', '<p><em>%s</em></p>'],
    "topics": ['<div class="theme-labels-row"><span class="theme-labels-row__list">%s</span></div>', '<p class="theme-labels-line">%s</p>',
               '<p><small>%s</small></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/K{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/K{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-consent-facade"><a class="yt-consent-facade__play" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}">%s</a></p>'],
    "gallery": ['<div class="photo-run-launch"><a class="photo-run-launch__btn" href="#pictures">%s</a></div>',
                '<p class="photo-run-count">%s</p>', '<p><b>%s</b></p>'],
    "map": ['<div class="osm-embed-box"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="620" height="350" loading="lazy"></iframe><p class="osm-embed-box__links">%s</p></div>',
            '<figure class="locator-map-image"><img src="/maps/{k}.png" alt="" width="620" height="380"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    "calendar": ['<ul class="diary-add-links">{items}</ul>', '<p class="diary-ics-link"><a href="/events/{k}.ics">%s</a></p>',
                 '<div class="diary-add-bar"><span class="diary-add-bar__txt">%s</span></div>'],
    "scores": ['<div class="grounds-scores-link"><a class="grounds-scores-link__main" href="/sport/scores">%s</a></div>',
               '<ul class="grounds-scores-tabs">{items}</ul>', '<p><a href="/sport/scores"><b>%s</b></a></p>'],
    # the three families new in this part ({powerrows}: today's hours; {powertable}: the cheapest and dearest hours;
    # {petrows} / {pettable}: the found animals; {courtrows} / {courttable}: today's hearings)
    "powerprices": ['<div class="hourly-tariff-card"><h4 class="hourly-tariff-card__hd">%s</h4><ol class="hourly-tariff-card__hours">{powerrows}</ol></div>',
                    '<p class="tomorrow-tariff-link"><a href="/energy/prices/tomorrow">%s</a></p>',
                    '<p class="tariff-source-note"><small>%s</small></p>',
                    '<table class="cheap-dear-hours"><caption>%s</caption>{powertable}</table>'],
    "petboard": ['<div class="found-pets-board"><h4 class="found-pets-board__hd">%s</h4><ul class="found-pets-board__list">{petrows}</ul></div>',
                 '<p class="lost-pet-report-link"><a href="/animals/lost/report">%s</a></p>',
                 '<div class="chip-check-cta"><a class="chip-check-cta__btn" href="/animals/microchip-check">%s</a></div>',
                 '<table class="found-animals-table"><caption>%s</caption>{pettable}</table>'],
    "courtlist": ['<div class="court-day-list"><h4 class="court-day-list__hd">%s</h4><dl class="court-day-list__items">{courtrows}</dl></div>',
                  '<p class="all-court-lists-link"><a href="/courts/lists">%s</a></p>',
                  '<p class="court-service-source"><small>%s</small></p>',
                  '<table class="hearings-today-grid"><caption>%s</caption>{courttable}</table>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>(%s)</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/evening-round"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#send-link">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "courtlist": (0.9, ['<br><a href="/courts/lists"><b>%s</b></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the membership note; the
# full-lists link, not the hearings' heading or the source line)
INLINE_WORDING = {"newsletter": 0, "courtlist": 1}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="mid-story-photo"><img src="/media/{id}-mid.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-body.jpg" alt="" width="640"><br><em>{cap} – {cr}</em></p>']
RELATED_STYLES = ['<div class="on-our-patch-box"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="follow-up-reports"><p class="follow-up-reports__hd">%s</p><ul>%s</ul></aside>',
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
        idx = rng.randrange(len(pool))
    return idx, fill_text(pool[idx], rng, site, art)


def widget_rows(style, lang, rng, art):
    """The rows of a widget's list or table, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")
    ph, ch = PET_HEAD[lang], COURT_HEAD[lang]
    return (style.replace("{powerrows}", "".join('<li><span class="hourly-tariff-card__h">%s</span> <span class="hourly-tariff-card__p">%s</span></li>'
                                                 % (esc(a), esc(b)) for a, b in POWER_ROWS[lang]))
            .replace("{powertable}", "".join("<tr><th>%s</th><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b), esc(c)) for a, b, c in POWER_EXTREMES[lang]))
            .replace("{petrows}", "".join("<li><b>%s</b> – %s, %s</li>" % (esc(a), esc(b), esc(c)) for a, b, c in PET_ROWS[lang]))
            .replace("{pettable}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in ph)
                     + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b), esc(c)) for a, b, c in PET_ROWS[lang]))
            .replace("{courtrows}", "".join("<dt>%s · %s</dt><dd>%s</dd>" % (esc(a), esc(b), esc(c)) for a, b, c in COURT_ROWS[lang]))
            .replace("{courttable}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in ch)
                     + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b), esc(c)) for a, b, c in COURT_ROWS[lang])))

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
            idx, text = pick(rng, fam, lang, site, art)
        pos = {"section": rng.choice([0, 0, mid]), "credit": rng.choice([0, n]), "copyright": n,
               "share": rng.choice([mid, n]), "photo": rng.choice([0, mid]), "comments": rng.choice([0, n]),
               "readtime": 0, "updated": rng.choice([0, n]), "audio": rng.choice([0, mid]),
               "correction": rng.choice([0, n]), "app": rng.choice([mid, n]), "bio": n,
               "tip": rng.choice([mid, n]), "typo": n, "push": rng.choice([0, mid]),
               "print": rng.choice([0, n]), "moderation": n, "feedback": n, "standards": rng.choice([0, n]),
               "topics": n, "bookmark": rng.choice([0, n]), "poll": rng.choice([mid, n]), "embed": mid,
               "gallery": rng.choice([0, mid]), "map": mid, "calendar": rng.choice([mid, n]),
               "scores": rng.choice([0, mid, n]), "powerprices": rng.choice([mid, n]),
               "petboard": rng.choice([0, mid, n]), "courtlist": rng.choice([mid, n])}.get(fam, mid)
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
        s, e = find_text(doc, mp.inline_html(art["blocks"][i][1]), art["id"])
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
DROPCAP = {"concrete": ("class", "text-dropcap"),  # a paragraph class of the theme's editor styles
           "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"concrete": ("wrap", '<div class="theme-boxed-text">\n', "\n</div>"),
       "gutenberg": ("wrap", '<div class="wp-block-group has-pale-ocean-gradient-background has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "drupal": ("class", "encadre-info"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"concrete": ("wrap", '<div class="theme-fact-panel">\n', "\n</div>"),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">📚</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="ny pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"concrete": ('<span class="text-highlight">', "</span>"), "quintype": ('<mark>', "</mark>")}


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
        inner = E(val) if kind == "h" else mp.inline_html(val)
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
# templates: concrete is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"concrete": tpl_concrete, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h34), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "concrete"


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
            rng = random.Random("newsflow-heldout43-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI43[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 43) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h42), labels, furniture strings,
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
                       mp42.R, [v for v in mp42.SITE_STRINGS.values()], mp42.PW, mp42.UI_NEW, mp42.TEASERS,
                       # and, of every earlier part, every table of strings it keeps under an upper-case name (pools,
                       # site strings, the new layouts' site and platform strings, widget rows, headlines, stories)
                       [getattr(m, nm) for m in EARLIER_MODULES for nm in dir(m)
                        if nm.isupper() and isinstance(getattr(m, nm), (dict, list, tuple))],
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
    # layouts: concrete (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h41 or h42 gave it
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
    # the concrete pages: a site of CONCRETE, a section of the site's menu, an inset picture; sites of
    # the other pages
    for a in ARTICLES:
        if a["tpl"] == "concrete" and (a.get("site") not in CONCRETE or a["lang"] not in CONCRETE_CORE
                                       or a["section"] not in CONCRETE[a["site"]]["menu"] or not a.get("inset")):
            problems.append("%s: concrete page needs a Concrete site, a menu section and an inset" % a["id"])
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
    cc_sites = [{k: v for k, v in d.items() if k not in CONCRETE_EXEMPT} for d in CONCRETE.values()]
    # (CONCRETE_CORE, the core blocks' generic strings, is left as the developers left it)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("CONCRETE", cc_sites), ("UI_NEW", UI_NEW)):
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
