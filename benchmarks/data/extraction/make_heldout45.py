#!/usr/bin/env python3
"""Forty-fifth held-out part (h45-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout45.py           # write pages/h45-*.html
    python benchmarks/data/extraction/make_heldout45.py --check   # verify pages/h45-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout45.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout46.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h45_en.py / articles_h45_intl.py; the residue wordings (thirty-one of the generic families of the earlier
parts plus three new ones: live public-transport departure boards on stories about buses, trams, trains and
timetables -- a stop's next departures with line, destination and minutes in a table or a strip, the "live data
from the transport operator" line, the "plan your journey" link, the refresh line --, electric-vehicle
charging-point availability widgets on stories about electric cars, car parks and charging -- the chargers near
you with their sites, kW ratings and free / in-use state, the "open the charging map" link, a status table with the
operator's line as caption, a "chargers free" pill --, and school term-date calendars on stories about schools,
holidays and childcare -- the school year's holiday dates in a definition list or a table, the "download the
calendar" link, the next inset-day notice --), their wrapper class names, related headlines, site names, the sites'
own strings in the earlier layouts and the first-round furniture strings are new here: none of the sentences of
make_pages.RESIDUE / UI or of the R pools of make_heldout2..44, nor their labels, furniture strings, headlines or
site names; verify() refuses to build if one is reused, if a wrapper class name of an earlier part recurs, if a
"new" family is already in an earlier pool, family list, template family or docstring, if a story paragraph or
headline of an earlier part recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.
Every name and number is fictional.  (The departure board is neither h39's airport flight board nor h30's
travel-disruption list: it shows one stop's buses, trams or trains and when they leave.)
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in three languages: departure boards on a city magazine's tram-extension story,
a rural bus timetable change, a German regional railway's new half-hourly service and a Spanish night-bus return;
charging widgets on a council's new car-park chargers, a village pub's charger and taxi driver, a French
supermarket car park's charging hub and a Russian highway's first fast charger; term-date calendars on an interview
with a head teacher about a shorter summer holiday, a leisure centre's holiday club, a Turkish-language guide to
holiday care for families in the city magazine's Turkish edition and the Spanish school year's start.  Earlier
families that need a reason in the story are placed the same way (a calendar row on a village festival, a map on a
new producers' market, a gallery on a photo competition); the other generic families are balanced over the part,
leaving out those the page's site would not print (the story's "kind": a commune, a village or neighbourhood site,
an independent publication on a platform); a correction box goes only on a story that was corrected, with that
story's own wording.  Residue markup varies as on real pages: classed boxes, bars and widgets, bare <p> / <div>
lines as pasted by editors, headings, links, lists, spans, definition lists and tables, and, for a few families, a
line run into the end of a story paragraph (credit, tip, newsletter pitch, share line, the planner link, the
calendar download) or a bold section tag run into the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps, whole
paragraphs in bold or italics, a highlighted sentence, a paragraph in a coloured box, a fact box holding a subheading
and its list, a Ghost callout card; story structures that look like furniture but are the story: question-and-answer
interviews (bold questions, some of two or three words, in English, French and Russian), lists inside the story
(tram stops, bus times, charger sites, holiday-club days, new train times, night-bus stops, a festival programme,
market stalls), crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs, a
closing line with practical information, and story sentences that mention furniture words in ordinary reporting
(a bakery's charity cookies opening a story, a neighbourhood newsletter, photos for a competition, an app that
shows free chargers, "follow" and "share" in a library's Telegram channel, a contact line at the very end), some at
the start or end of the story where furniture usually sits.  Two pages carry no residue at all and one only its
correction line.
One page layout is new (neos: a Neos CMS 8 site as a mid-sized German city magazine with English and Turkish editions
serves it, on two pages, an English and a Turkish one, one per content dimension: the "powered by Neos" comment
after the html tag, the Neos.Seo head (canonical and hreflang alternates for the de / en / tr dimensions, Open
Graph and Twitter tags), the site package's and the consent package's static resources under
/_Resources/Static/Packages/ with their cache-buster query, the consent package's config script; the site header
with the logo, the Neos.Neos:Menu of the site's sections (li.normal / li.active), the DimensionsMenu of the three
languages (li.current), the header buttons and the search form; the BreadcrumbMenu; the article document node
(data-node-id, data-node-type) with its header: kicker, h1, lead text, meta line and the lead image as the site
package's LeadImage node with /_Resources/Persistent/<sha1>/ thumbnails; then the "main" content collection
(div.neos-contentcollection with the collection's data attributes) whose content nodes each carry the node type as
class, an anchor id and the node's identifier and type as data attributes: Neos.NodeTypes Text nodes holding the
story's paragraphs and lists (split where the editor started a new node), Headline nodes for subheadings, the site
package's Quote node, its ArticleTeaser node after the first third and its NewsletterBox node further down, and
Neos.NodeTypes Html nodes holding what editors pasted; the article footer with tags and share links, the related
articles, the sidebar's most-read list and promo card node, the footer content collection, footer menu and
copyright line, and the KaufmannDigital GDPR cookie-consent container).  The platform's and packages' generic
strings (NEOS_CORE, per language) are left as developers leave them and not checked; the site's own strings (NEOS:
menus, buttons, box titles, footer texts) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h43 or h44 gave it (9 English pages, 3 in each other language); while a page is rendered, the
earlier modules' related headlines, the strings that belong to one site rather than to the platform (see
SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's own, and the
templates get this part's furniture strings (UI45) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout44.py, so that make_pages.py can import this module and merge it the same way.
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
import make_heldout43 as mp43  # noqa: E402
import make_heldout44 as mp44  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h45_en import ARTICLES as H45_EN  # noqa: E402
from articles_h45_intl import ARTICLES as H45_INTL  # noqa: E402

ARTICLES = H45_EN + H45_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44)
# parts whose layouts' languages this part avoids (the two before it; h46 is written at the same time)
LANG_PARTS = (mp43, mp44)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h45"

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Ravensworth Standard", "Okehurst & Fenn Mercury", "Barrowcliffe Evening Lamp", "Tansley Dale Messenger",
           "Wenlow Abbey Chronicle", "Coldharbour Reach Weekly", "Quarrymoor Observer", "Saltmarsh Point Tribune"],
    "tr": ["Dereköy Postası", "Yalıçam Gazetesi"],
    "de": ["Oberwaldener Kurier"],
    "fr": ["Le Progrès de Saint-Amans"],
    "es": ["Heraldo de Almenarilla", "La Voz de Sierra Cárdena", "Crónica de Villacastro"],
    "ru": ["Северореченский обозреватель", "Сосновские вести", "Вестник Белоозерска"],
}
# sites fixed per page (the city magazine on Neos in its English and Turkish editions, a neighbourhood site on Ghost,
# a village association on uCoz, a commune on Drupal, an independent publication on Medium) are given in the
# stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h44 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This audio player needs your OK for third-party cookies before it will load", "Switch on social media cookies to see this post from the council ›"],
        "tr": ["Bu ses oynatıcısı yüklenmeden önce üçüncü taraf çerezlerine onay vermeniz gerekiyor", "Belediyenin bu paylaşımını görmek için sosyal medya çerezlerini açın ›"],
        "de": ["Dieser Audioplayer lädt erst, wenn Sie Drittanbieter-Cookies zulassen", "Social-Media-Cookies einschalten, um diesen Beitrag der Stadt zu sehen ›"],
        "fr": ["Ce lecteur audio ne se charge qu'après votre accord pour les cookies tiers", "Activez les cookies des réseaux sociaux pour voir cette publication de la mairie ›"],
        "es": ["Este reproductor de audio no se carga hasta que aceptes las cookies de terceros", "Activa las cookies de redes sociales para ver esta publicación del ayuntamiento ›"],
        "ru": ["Аудиоплеер загрузится только после вашего согласия на сторонние cookie", "Включите cookie соцсетей, чтобы увидеть эту запись администрации ›"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Lunchtime headlines from {site}, sent at 12.30 every weekday. Free to sign up.",
               "That was free story number 4 of 5 this month; after the next one, it's 99p a week to keep reading",
               "Someone has to sit through the planning committee until 11pm: help us pay them, from £1"],
        "tr": ["{site} öğle manşetleri her hafta içi 12.30'da e-postanızda. Kayıt ücretsiz.",
               "Bu ayın 5 ücretsiz haberinden 4'üncüsü buydu; sonrası haftada 10 lira",
               "Birinin imar komisyonunu gece 11'e kadar izlemesi gerekiyor: bunun masrafına 25 liradan katılın"],
        "de": ["Mittags-Schlagzeilen von {site}, werktags um 12.30 Uhr. Kostenlos anmelden.",
               "Das war Gratis-Artikel Nummer 4 von 5 in diesem Monat; danach lesen Sie für 99 Cent die Woche weiter",
               "Irgendwer muss bis 23 Uhr im Bauausschuss sitzen: Helfen Sie, das zu bezahlen, ab 1 Euro"],
        "fr": ["Les titres de midi de {site} arrivent à 12 h 30 chaque jour de semaine, et l'inscription ne coûte rien.",
               "C'était votre article gratuit n° 4 sur 5 ce mois-ci ; ensuite, 99 centimes la semaine pour continuer",
               "Quelqu'un doit assister à la commission d'urbanisme jusqu'à 23 h : aidez-nous à le payer, dès 1 €"],
        "es": ["Los titulares del mediodía de {site} llegan a las 12.30 cada día laborable y apuntarse no cuesta nada.",
               "Has leído 4 de tus 5 noticias gratis de este mes. Suscríbete desde 99 céntimos a la semana",
               "Alguien tiene que aguantar la comisión de urbanismo hasta las 11 de la noche: ayúdanos a pagarlo, desde 1 €"],
        "ru": ["Обеденные заголовки «{site}» — по будням в 12:30. Подписка бесплатная.",
               "Вы прочитали 4 из 5 бесплатных материалов этого месяца. Подписка — от 59 рублей в неделю",
               "Кто-то должен сидеть на комиссии по застройке до одиннадцати вечера: помогите оплатить эту работу, от 50 рублей"],
    },
    "share": {  # the first wording is a list of networks (" · ")
        "en": ["Send it on: WhatsApp · Facebook · Nextdoor · Copy link", "Someone on your road will want this one: forward it on"],
        "tr": ["Gönderin: WhatsApp · Facebook · Telegram · Bağlantıyı kopyala", "Sokağınızda bunu bilmesi gereken biri var mı, hemen iletin"],
        "de": ["Weiterschicken: WhatsApp · Facebook · Signal · Link kopieren", "Jemand in Ihrer Straße sollte das lesen – leiten Sie es gleich weiter"],
        "fr": ["Envoyer : WhatsApp · Facebook · Signal · Copier le lien", "Quelqu'un de votre rue devrait lire ceci : faites-le suivre"],
        "es": ["Envíalo: WhatsApp · Facebook · Telegram · Copiar enlace", "Alguien de tu calle debería leer esto: reenvíaselo ya"],
        "ru": ["Переслать знакомым: Telegram · WhatsApp · ВКонтакте · Ссылка", "Кому-то с вашей улицы это точно нужно — перешлите"],
    },
    "photo": {
        "en": ["Picture lent to us by the event's organisers", "Reader's photo, taken on the day and sent in by email"],
        "tr": ["Fotoğrafı bize etkinliğin düzenleyicileri ödünç verdi", "Okur fotoğrafı: o gün çekilip e-postayla gönderildi"],
        "de": ["Bild von den Veranstaltern für diesen Artikel ausgeliehen", "Leserfoto, am selben Tag aufgenommen und per Mail geschickt"],
        "fr": ["Photo prêtée pour cet article par les organisateurs", "Photo de lecteur, prise le jour même et envoyée par courriel"],
        "es": ["Foto prestada para esta noticia por los organizadores", "Foto de un lector, hecha ese mismo día y enviada por correo"],
        "ru": ["Снимок для этой публикации любезно одолжили организаторы", "Фото читателя, сделанное в тот же день и присланное по почте"],
    },
    "copyright": {
        "en": ["This article is the property of {site}. Do not copy, scrape or republish it without a licence."],
        "tr": ["Bu haber {site} yayınının mülkiyetindedir. Lisans olmadan kopyalanamaz, otomatik olarak toplanamaz ve yeniden yayımlanamaz."],
        "de": ["Dieser Artikel ist Eigentum von {site}. Kopieren, automatisches Auslesen oder Wiederveröffentlichen nur mit Lizenz."],
        "fr": ["Cet article est la propriété de {site}. Toute copie, aspiration ou republication sans licence est interdite."],
        "es": ["Esta noticia es propiedad de {site}. No se permite copiarla, rastrearla ni republicarla sin licencia."],
        "ru": ["Материал является собственностью «{site}». Копирование, автоматический сбор и перепечатка без лицензии запрещены."],
    },
    "section": {
        "en": ["{section}, as it happened today", "More {section} news from around the patch ›"],
        "tr": ["{section}: bugün neler oldu", "Bölgemizden daha fazla {section} haberi ›"],
        "de": ["{section}: was heute passiert ist", "Mehr aus {section} in unserer Gegend ›"],
        "fr": ["{section} : ce qui s'est passé aujourd'hui", "Plus d'infos {section} près de chez vous ›"],
        "es": ["Hoy en la sección de {section}", "Más noticias de {section} de la zona ›"],
        "ru": ["«{section}»: что произошло сегодня", "Больше новостей рубрики «{section}» из нашего края ›"],
    },
    "related": {
        "en": ["Before you go, try these", "Catch up on the background"],
        "tr": ["Şunları da okumak isteyebilirsiniz", "Konunun arka planına göz atın"],
        "de": ["Bevor Sie gehen: diese Artikel", "Die Hintergründe zum Nachlesen"],
        "fr": ["Vous aimerez peut-être aussi", "Pour rattraper le contexte"],
        "es": ["Antes de irte, prueba con estas", "Ponte al día con los antecedentes"],
        "ru": ["Возможно, вам будет интересно", "Предыстория вопроса"],
    },
    "symbol": {"*": ["⁂ ⁂ ⁂ ⁂", "◇ — ◇ — ◇", "⟐ ⟐ ⟐ ⟐", "✥ · ✥ · ✥"]},
    "credit": {
        "en": ["Additional reporting: {site} local democracy team", "Video produced by {site} for web and social"],
        "tr": ["Ek haber: {site} yerel yönetimler ekibi", "Video {site} tarafından web ve sosyal medya için hazırlandı"],
        "de": ["Mitarbeit: Rathausteam von {site}", "Video produziert von {site} für Web und soziale Netzwerke"],
        "fr": ["Avec la participation de l'équipe vie locale de {site}", "Vidéo réalisée par {site} pour le web et les réseaux"],
        "es": ["Con información del equipo de política municipal de {site}", "Vídeo elaborado por {site} para la web y las redes"],
        "ru": ["При участии отдела местного самоуправления «{site}»", "Видео подготовлено «{site}» для сайта и соцсетей"],
    },
    "ad": {
        "en": ["Promoted by a local business", "Adverts help pay for the journalism on this page"],
        "tr": ["Yerel bir işletmenin tanıtımı", "Reklamlar bu sayfadaki haberciliğin masrafını karşılamaya yardım ediyor"],
        "de": ["Präsentiert von einem Betrieb aus der Region", "Werbung hilft, den Journalismus auf dieser Seite zu bezahlen"],
        "fr": ["Présenté par un commerçant du coin", "La publicité aide à financer le journalisme de cette page"],
        "es": ["Promocionado por un comercio de la zona", "Los anuncios ayudan a pagar el periodismo de esta página"],
        "ru": ["Продвигает местный бизнес", "Реклама помогает оплачивать журналистику на этой странице"],
    },
    "continue": {
        "en": ["Keep reading ⌄", "Show the rest of this article"],
        "tr": ["Okumaya devam edin ⌄", "Haberin kalan kısmını açın"],
        "de": ["Weiterlesen ⌄", "Den Rest des Artikels anzeigen"],
        "fr": ["Continuer la lecture ⌄", "Déplier la suite de cet article"],
        "es": ["Seguir leyendo ⌄", "Desplegar lo que queda de la noticia"],
        "ru": ["Читать дальше ⌄", "Показать статью полностью"],
    },
    "comments": {
        "en": ["{n} readers have had their say below · add your view", "Join the conversation: {n} replies so far ›"],
        "tr": ["Şu ana kadar {n} yorum · sizinkini ekleyin", "Sohbete katılın: şimdiye kadar {n} yanıt ›"],
        "de": ["{n} Kommentare · Ihre Meinung?", "Mitreden: bisher {n} Antworten ›"],
        "fr": ["{n} lecteurs ont déjà réagi plus bas · ajoutez votre avis", "Rejoignez la conversation : {n} réponses pour l'instant ›"],
        "es": ["{n} comentarios por ahora · añade el tuyo", "Únete a la conversación: {n} respuestas hasta ahora ›"],
        "ru": ["Под материалом уже {n} комментариев · оставьте и свой", "Обсуждение: пока {n} ответов ›"],
    },
    "readtime": {
        "en": ["Put the kettle on: this one runs to about {m} minutes", "Roughly a {m}-minute read, start to finish"],
        "tr": ["Arkanıza yaslanın: yaklaşık {m} dakikalık okuma", "Baştan sona yaklaşık {m} dakikalık bir okuma"],
        "de": ["Liest sich in rund {m} Minuten", "Lesedauer: etwa {m} Min."],
        "fr": ["Se lit en {m} minutes environ", "Temps de lecture : environ {m} min"],
        "es": ["Unos {m} minutos de lectura, de principio a fin", "Ponte cómodo: son unos {m} minutos de lectura"],
        "ru": ["Читать примерно {m} минуты, от начала до конца", "Время чтения: около {m} мин"],
    },
    "updated": {
        "en": ["This page was updated on {d} at {t}", "Published {d}, amended {t}"],
        "tr": ["Bu sayfa {d} tarihinde saat {t}'de güncellendi", "Yayın {d}, düzeltme {t}"],
        "de": ["Diese Seite wurde am {d} um {t} Uhr aktualisiert", "Veröffentlicht {d}, geändert {t} Uhr"],
        "fr": ["Cette page a été mise à jour le {d} à {t}", "Mis en ligne le {d}, retouché à {t}"],
        "es": ["Esta página se actualizó el {d} a las {t}", "Publicado el {d}, modificado a las {t}"],
        "ru": ["Страница обновлена {d} в {t}", "Вышло {d}, поправлено в {t}"],
    },
    "audio": {
        "en": ["Let an automated voice read this to you ({m} min)", "▶ Play the audio version"],
        "tr": ["Bu haberi yapay bir ses size okusun ({m} dk)", "▶ Sesli sürümü oynatın"],
        "de": ["Lassen Sie sich den Text von einer Computerstimme vorlesen ({m} Min.)", "▶ Audioversion abspielen"],
        "fr": ["Écoutez cet article lu à voix haute · {m} min", "▶ Lancer la version audio"],
        "es": ["Deja que una voz automática te lea la noticia ({m} min)", "▶ Reproducir la versión en audio"],
        "ru": ["Прослушать материал вслух · {m} мин", "▶ Включить аудиоверсию"],
    },
    "correction": {
        "en": ["Correction: an error in this article has been put right."],
        "tr": ["Düzeltme: Bu haberdeki bir hata giderildi."],
        "de": ["Korrektur: Ein Fehler in diesem Artikel wurde berichtigt."],
        "fr": ["Rectificatif : une erreur a été corrigée dans cet article."],
        "es": ["Corrección: se ha subsanado un error en esta noticia."],
        "ru": ["Исправление: ошибка в этом материале устранена."],
    },
    "app": {
        "en": ["Breaking news first on the {site} app. Free on iOS and Android", "Carry on reading in the {site} app ›"],
        "tr": ["Son dakika haberleri önce {site} uygulamasında. iOS ve Android'de ücretsiz", "Okumaya {site} uygulamasında devam edin ›"],
        "de": ["Eilmeldungen zuerst in der App von {site}. Kostenlos für iOS und Android", "In der App von {site} weiterlesen ›"],
        "fr": ["L'info en premier sur l'appli {site}. Gratuite sur iOS et Android", "Poursuivre la lecture dans l'appli {site} ›"],
        "es": ["La última hora, primero en la app de {site}. Gratis en iOS y Android", "Abrir esta noticia en la app de {site} ›"],
        "ru": ["Срочные новости — сначала в приложении «{site}». Бесплатно для iOS и Android", "Дочитать в приложении «{site}» ›"],
    },
    "bio": {
        "en": ["{by} has been a reporter at {site} since 2019, covering {section}.", "The full {by} archive at {site} ›"],
        "tr": ["{by}, 2019'dan beri {site} bünyesinde muhabir olarak {section} haberlerini izliyor.", "{by} arşivinin tamamı {site} sitesinde ›"],
        "de": ["{by} ist seit 2019 Reporterin bzw. Reporter bei {site} und berichtet über {section}.", "Das komplette Archiv von {by} bei {site} ›"],
        "fr": ["{by} est journaliste à {site} depuis 2019 et couvre la rubrique {section}.", "Les archives complètes de {by} chez {site} ›"],
        "es": ["{by} es periodista de {site} desde 2019 y cubre {section}.", "El archivo completo de {by} en {site} ›"],
        "ru": ["{by} работает корреспондентом «{site}» с 2019 года и пишет в рубрику «{section}».", "Следить за публикациями автора ›"],
    },
    "tip": {
        "en": ["Seen or heard something in the district? The newsroom line is 01632 960 745, or send us a WhatsApp", "Your tip could be tomorrow's front page – get in touch"],
        "tr": ["İlçede bir şey mi gördünüz ya da duydunuz? Haber merkezi hattı 0212 000 07 45, WhatsApp'tan da yazabilirsiniz", "İpucunuz yarının manşeti olabilir – bize ulaşın"],
        "de": ["Etwas im Kreis gesehen oder gehört? Die Redaktion erreichen Sie unter 0800 000 0745, auch per WhatsApp", "Ihr Hinweis kann die Titelgeschichte von morgen sein – melden Sie sich"],
        "fr": ["Vu ou entendu quelque chose dans le secteur ? La rédaction répond au 05 00 00 07 45, et aussi sur WhatsApp", "Votre tuyau fera peut-être la une de demain : contactez-nous"],
        "es": ["¿Has visto u oído algo en la comarca? La redacción atiende en el 900 000 745 y también por WhatsApp", "Tu pista puede ser la portada de mañana: escríbenos"],
        "ru": ["Что-то видели или слышали в районе? Телефон редакции: 8 800 000-07-45, можно и в WhatsApp", "Ваша подсказка может стать завтрашней первой полосой — напишите нам"],
    },
    "typo": {
        "en": ["Spot a slip in this report and highlight it, then press Ctrl+Enter so a subeditor can check"],
        "tr": ["Bu haberde bir yazım hatası görürseniz işaretleyip Ctrl+Enter'a basın, bir editör kontrol etsin"],
        "de": ["Wer im Text einen Fehler findet, markiert ihn und drückt Strg+Enter – das Korrektorat prüft dann"],
        "fr": ["Une coquille dans ce reportage se signale en la surlignant puis en tapant Ctrl+Entrée : un correcteur vérifiera"],
        "es": ["Si ves una errata en este reportaje, márcala y pulsa Ctrl+Intro para que la revise un corrector"],
        "ru": ["Если заметили в репортаже опечатку, выделите её и нажмите Ctrl+Enter — корректор проверит"],
    },
    "push": {
        "en": ["Get a ping when {site} has breaking news? Go on then · Maybe later"],
        "tr": ["{site} son dakika haberi verdiğinde uyarı almak ister misiniz? Olur · Belki sonra"],
        "de": ["Soll {site} Sie bei Eilmeldungen anpingen? Na gut · Vielleicht später"],
        "fr": ["Être prévenu quand {site} publie une info urgente ? D'accord · Peut-être plus tard"],
        "es": ["¿Quieres un aviso cuando {site} publique una última hora? Vale · Quizá luego"],
        "ru": ["Присылать сигнал, когда у «{site}» срочная новость? Давайте · Может, позже"],
    },
    "print": {
        "en": ["Print it · Email it to yourself · Save as PDF", "Get a clean copy for the printer ›"],
        "tr": ["Yazdırın · Kendinize e-postalayın · PDF kaydedin", "Yazıcı için sade sayfa ›"],
        "de": ["Ausdrucken · An sich selbst mailen · Als PDF speichern", "Schlichte Seite für den Drucker ›"],
        "fr": ["L'imprimer · Se l'envoyer par courriel · L'enregistrer en PDF", "Page épurée pour l'imprimante ›"],
        "es": ["Imprimirla · Enviártela por correo · Guardarla en PDF", "Página limpia para la impresora ›"],
        "ru": ["Напечатать · Отправить себе на почту · Сохранить как PDF", "Чистая страница для принтера ›"],
    },
    "feedback": {
        "en": ["Did this report answer what you came here for? Very much · A bit · Not really"],
        "tr": ["Bu haber buraya gelme sebebinizi karşıladı mı? Tamamen · Biraz · Pek değil"],
        "de": ["Hat dieser Bericht beantwortet, weshalb Sie hier sind? Ganz · Etwas · Eher nicht"],
        "fr": ["Cet article a-t-il répondu à ce que vous cherchiez en venant ici ? Tout à fait · Un peu · Pas vraiment"],
        "es": ["¿Esta noticia te ha dado lo que venías buscando? Del todo · Algo · No mucho"],
        "ru": ["Этот материал дал вам то, за чем вы пришли? Полностью · Отчасти · Не очень"],
    },
    "topics": {
        "en": ["Topics in this story: {section}", "Get alerts for {section} ›"],
        "tr": ["Bu haberin konuları: {section}", "{section} için bildirim alın ›"],
        "de": ["Themen dieses Artikels: {section}", "Bei neuen Artikeln zu {section} Bescheid bekommen ›"],
        "fr": ["Thèmes de cet article : {section}", "Être averti des nouveaux articles {section} ›"],
        "es": ["Temas de esta noticia: {section}", "Recibe avisos de {section} ›"],
        "ru": ["Темы материала: {section}", "Сообщать о новых материалах в рубрике «{section}» ›"],
    },
    "bookmark": {
        "en": ["🔖 Keep this for later in My Reads"], "tr": ["🔖 Okumalarım listesinde sonraya sakla"], "de": ["🔖 Für später in „Meine Artikel“ ablegen"],
        "fr": ["🔖 Garder pour plus tard dans Mes lectures"], "es": ["🔖 Guardar para luego en Mis lecturas"], "ru": ["🔖 Отложить на потом в «Мои материалы»"],
    },
    "poll": {
        "en": ["Quick vote: should the council have done this? Definitely · No way · Undecided", "See how others voted once you've picked"],
        "tr": ["Hızlı oylama: belediye bunu yapmalı mıydı? Kesinlikle · Asla · Kararsızım", "Seçiminizi yapınca başkalarının oylarını görün"],
        "de": ["Schnell abstimmen: Hätte die Stadt das tun sollen? Unbedingt · Auf keinen Fall · Unentschieden", "Nach Ihrer Wahl sehen Sie, wie andere abgestimmt haben"],
        "fr": ["Vote express : la mairie a-t-elle eu raison ? Absolument · Pas du tout · Indécis", "Découvrez les votes des autres après avoir choisi"],
        "es": ["Vota rápido: ¿debía hacerlo el ayuntamiento? Sin duda · Ni hablar · Indeciso", "Verás cómo han votado los demás cuando elijas"],
        "ru": ["Быстрый опрос: стоило ли администрации так поступать? Безусловно · Ни в коем случае · Не определился", "После выбора вы увидите, как голосовали другие"],
    },
    "gallery": {
        "en": ["🖼 Browse the gallery ({g} photos)", "Picture gallery · {g} images ›"],
        "tr": ["🖼 Galeriye göz atın ({g} fotoğraf)", "Fotoğraf galerisi · {g} kare ›"],
        "de": ["🖼 Zur Galerie ({g} Fotos)", "Bilderstrecke · {g} Bilder ›"],
        "fr": ["🖼 Parcourir la galerie ({g} photos)", "Galerie d'images · {g} photos ›"],
        "es": ["🖼 Ver la galería ({g} fotos)", "Galería de imágenes · {g} fotos ›"],
        "ru": ["🖼 Листать галерею: {g} фото", "Фоторепортаж · {g} снимков ›"],
    },
    "map": {
        "en": ["Expand the map to full screen ›", "Map: © OpenStreetMap contributors · Directions to here"],
        "tr": ["Haritayı tam ekrana büyütün ›", "Harita: © OpenStreetMap katkıcıları · Buraya yol tarifi"],
        "de": ["Karte auf ganzen Bildschirm vergrößern ›", "Karte: © OpenStreetMap-Mitwirkende · Route hierher"],
        "fr": ["Passer la carte en plein écran ›", "Carte : © contributeurs d'OpenStreetMap · Itinéraire jusqu'ici"],
        "es": ["Ver el mapa a pantalla completa ›", "Mapa: © colaboradores de OpenStreetMap · Cómo llegar aquí"],
        "ru": ["Развернуть карту на весь экран ›", "Карта: © участники OpenStreetMap · Маршрут сюда"],
    },
    "calendar": {
        "en": ["Save to your calendar app: Google · Outlook · Apple · Yahoo", "Get the .ics file for this event"],
        "tr": ["Takvim uygulamanıza kaydedin: Google · Outlook · Apple · Yahoo", "Bu etkinliğin .ics dosyasını alın"],
        "de": ["In Ihrer Kalender-App speichern: Google · Outlook · Apple · Yahoo", "Die .ics-Datei zu dieser Veranstaltung holen"],
        "fr": ["Enregistrer dans votre appli d'agenda : Google · Outlook · Apple · Yahoo", "Récupérer le fichier .ics de cet événement"],
        "es": ["Guárdalo en tu app de calendario: Google · Outlook · Apple · Yahoo", "Consigue el archivo .ics de este evento"],
        "ru": ["Сохранить в приложение календаря: Google · Outlook · Apple · Yahoo", "Получить файл .ics этого события"],
    },
    # the three families new in this part
    "transitboard": {  # live departure boards: the stop's next departures, the operator's data line, the planner, refresh
        "en": ["Next departures from this stop", "Live data from the transport operator · times can change", "Plan your journey ›",
               "Times update every 30 seconds"],
        "tr": ["Bu duraktan sonraki kalkışlar", "Ulaşım işletmesinden canlı veri · saatler değişebilir", "Yolculuğunuzu planlayın ›",
               "Saatler 30 saniyede bir güncellenir"],
        "de": ["Nächste Abfahrten ab dieser Haltestelle", "Echtzeitdaten des Verkehrsunternehmens · Änderungen möglich", "Verbindung planen ›",
               "Die Zeiten werden alle 30 Sekunden aktualisiert"],
        "fr": ["Prochains départs depuis cet arrêt", "Données en temps réel de l'exploitant · horaires susceptibles de changer", "Calculer mon itinéraire ›",
               "Horaires actualisés toutes les 30 secondes"],
        "es": ["Próximas salidas desde esta parada", "Datos en tiempo real del operador de transporte · los horarios pueden variar", "Planifica tu viaje ›",
               "Los tiempos se actualizan cada 30 segundos"],
        "ru": ["Ближайшие отправления с этой остановки", "Данные перевозчика в реальном времени · время может меняться", "Построить маршрут ›",
               "Время обновляется каждые 30 секунд"],
    },
    "evcharge": {  # charging-point availability: chargers near you, the charging map, the operator's status line, a count
        "en": ["Charging points near you", "Open the charging map ›", "Charger status from the network operator, checked every 5 minutes",
               "3 of 8 chargers free right now"],
        "tr": ["Yakınınızdaki şarj noktaları", "Şarj haritasını açın ›", "Şarj ağı işletmecisinden durum bilgisi, 5 dakikada bir kontrol edilir",
               "Şu anda 8 şarj ünitesinden 3'ü boş"],
        "de": ["Ladepunkte in Ihrer Nähe", "Ladekarte öffnen ›", "Status der Ladesäulen vom Netzbetreiber, alle 5 Minuten abgefragt",
               "Gerade 3 von 8 Ladepunkten frei"],
        "fr": ["Bornes de recharge près de chez vous", "Ouvrir la carte des bornes ›", "État des bornes fourni par l'opérateur du réseau, vérifié toutes les 5 minutes",
               "3 bornes libres sur 8 en ce moment"],
        "es": ["Puntos de recarga cerca de ti", "Abrir el mapa de recarga ›", "Estado de los cargadores según el operador de la red, comprobado cada 5 minutos",
               "Ahora mismo hay 3 de 8 cargadores libres"],
        "ru": ["Зарядные станции рядом с вами", "Открыть карту зарядок ›", "Статус зарядок от оператора сети, проверяется каждые 5 минут",
               "Сейчас свободны 3 зарядки из 8"],
    },
    "termdates": {  # school term-date calendars: the year's dates, the calendar download, the next inset day, the table
        "en": ["School term dates 2026–27", "Download the calendar (.ics) ›", "Next inset day: Friday 23 October – schools closed to pupils",
               "Holidays and inset days at council-run schools"],
        "tr": ["Auenbruck okulları 2026/27 tatil takvimi", "Takvimi indirin (.ics) ›", "Sonraki okul kapalı günü: 23 Ekim Cuma – öğrenciler tatilde",
               "Auenbruck okullarında tatiller ve derssiz günler"],
        "de": ["Schulferien und Termine 2026/27", "Kalender herunterladen (.ics) ›", "Nächster beweglicher Ferientag: Freitag, 23. Oktober – kein Unterricht",
               "Ferien und unterrichtsfreie Tage an den städtischen Schulen"],
        "fr": ["Calendrier scolaire 2026-2027", "Télécharger le calendrier (.ics) ›", "Prochaine journée sans classe : vendredi 23 octobre",
               "Vacances et ponts dans les écoles publiques"],
        "es": ["Calendario escolar 2026-2027", "Descarga el calendario (.ics) ›", "Próximo día no lectivo: viernes 23 de octubre",
               "Vacaciones y días no lectivos en los centros públicos"],
        "ru": ["Каникулы и учебные четверти 2026/27", "Скачать календарь (.ics) ›", "Следующий нерабочий день в школах: пятница, 23 октября",
               "Каникулы и выходные дни в муниципальных школах"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES): the departure board is headed "next
# departures", the departures strip carries the operator's data line, then the planner link and the refresh line; the
# chargers list is headed "charging points near you", then the charging-map link, the status table with the operator's
# line as caption and the free-chargers count; the term-dates list is headed by the school year, then the calendar
# download, the inset-day notice and the holidays table with its caption
NEW_STYLE_WORDING = {"transitboard": [0, 1, 2, 3], "evcharge": [0, 1, 2, 3], "termdates": [0, 1, 2, 3]}
# a departure board: line, destination, minutes
DEPART_ROWS = {
    "en": [("Tram 7", "Südbahnhof via Auenplatz", 2), ("Bus 23", "Eschenhof", 6), ("Tram 7", "Kirchfeld Endstelle", 9), ("Night bus N3", "Auenbruck Hauptbahnhof", 14)],
    "tr": [("Tramvay 7", "Südbahnhof (Auenplatz üzerinden)", 1), ("Otobüs 41", "Eschenhof", 5), ("Tramvay 7", "Kirchfeld Endstelle", 11), ("Gece otobüsü N3", "Auenbruck Hauptbahnhof", 18)],
    "de": [("RB 34", "Oberwalden", 3), ("RB 34", "Mittelstadt Hbf", 12), ("Bus 560", "Rehbach Schule", 7), ("RE 9", "Kassel-Wilhelmshöhe", 21)],
    "fr": [("Bus ligne 2", "Gare de Saint-Amans", 4), ("Bus ligne 5", "Les Tilleuls", 8), ("Navette du Moulin", "Zone du Moulin", 15), ("Bus ligne 2", "Centre hospitalier", 19)],
    "es": [("Línea B1", "Plaza del Rollo", 3), ("Línea B3", "Polígono La Garza", 9), ("Línea L6", "Estación de autobuses de Villacastro", 12), ("Búho N1", "Urbanización Los Almendros", 24)],
    "ru": [("Троллейбус № 3", "Вокзал Северореченска", 2), ("Автобус № 17", "Микрорайон Южный", 6), ("Троллейбус № 5", "Завод «Прибор»", 10), ("Автобус № 102", "Сосновка, площадь", 25)],
}
# a board on one page shows that story's own stop (the other pages of a language share the language's board)
DEPART_ROWS_PAGE = {
    "h45-en-007": [("Bus 88", "Castlemere bus station", 4), ("Bus 88", "Castlemere bus station", 64), ("Bus 88", "Castlemere bus station", 124)],
}
DEPART_MIN = {"en": "{k} min", "tr": "{k} dk", "de": "{k} Min.", "fr": "{k} min", "es": "{k} min", "ru": "{k} мин"}
# a chargers list: site, power, status
CHARGE_ROWS = {
    "en": [("Town Hall car park", "22 kW", "2 free"), ("Leisure centre", "50 kW", "in use"), ("Station Road (rapid)", "150 kW", "1 free")],
    "tr": [("Belediye otoparkı", "22 kW", "2 boş"), ("Spor merkezi", "50 kW", "dolu"), ("İstasyon Caddesi (hızlı)", "150 kW", "1 boş")],
    "de": [("Parkhaus Rathaus", "22 kW", "2 frei"), ("Hallenbad", "50 kW", "belegt"), ("Bahnhofstraße (Schnelllader)", "150 kW", "1 frei")],
    "fr": [("Supermarché, route de Figeac (rapide)", "300 kW", "9 libres"), ("Place de la mairie", "22 kW", "occupée"), ("Centre aquatique", "50 kW", "1 libre")],
    "es": [("Aparcamiento del ayuntamiento", "22 kW", "2 libres"), ("Polideportivo", "50 kW", "ocupado"), ("Avenida de la Estación (rápido)", "150 kW", "1 libre")],
    "ru": [("Парковка у администрации", "22 кВт", "2 свободны"), ("Бассейн «Волна»", "50 кВт", "занята"), ("Трасса М-8, 214-й км (быстрая)", "150 кВт", "1 свободна")],
}
CHARGE_HEAD = {"en": ("Charger", "Max. power", "Status now"), "tr": ("Şarj noktası", "Azami güç", "Şu anki durum"),
               "de": ("Ladepunkt", "Max. Leistung", "Status jetzt"), "fr": ("Borne", "Puissance maximale", "État actuel"),
               "es": ("Cargador", "Potencia máxima", "Estado ahora"), "ru": ("Зарядка", "Предельная мощность", "Статус сейчас")}
# a term-dates calendar: term or holiday, dates
TERM_ROWS = {
    "en": [("Autumn half term", "26–30 October"), ("Christmas holidays", "21 December – 1 January"), ("Spring half term", "15–19 February"),
           ("Easter holidays", "29 March – 9 April")],
    "tr": [("Sonbahar tatili", "19-30 Ekim"), ("Noel tatili", "21 Aralık - 6 Ocak"), ("Paskalya tatili", "29 Mart - 10 Nisan"),
           ("Yaz tatili", "9 Temmuz - 19 Ağustos")],
    "de": [("Herbstferien", "19.10.–30.10.2026"), ("Weihnachtsferien", "21.12.2026–06.01.2027"), ("Osterferien", "29.03.–10.04.2027"),
           ("Pfingstferien", "26.05.–28.05.2027")],
    "fr": [("Vacances de la Toussaint", "17 octobre – 2 novembre"), ("Vacances de Noël", "19 décembre – 4 janvier"), ("Vacances d'hiver", "13 février – 1er mars"),
           ("Vacances de printemps", "10 avril – 26 avril")],
    "es": [("Inicio de curso", "8 de septiembre"), ("Vacaciones de Navidad", "22 de diciembre – 7 de enero"), ("Semana Santa", "29 de marzo – 5 de abril"),
           ("Fin de curso", "19 de junio")],
    "ru": [("Осенние каникулы", "26 октября – 3 ноября"), ("Зимние каникулы", "29 декабря – 11 января"), ("Дополнительные каникулы 1-х классов", "15–21 февраля"),
           ("Весенние каникулы", "23–31 марта")],
}
WIDGET_ROWS = (("departure rows", DEPART_ROWS), ("departure minutes", DEPART_MIN), ("charge rows", CHARGE_ROWS), ("charge heads", CHARGE_HEAD),
               ("term rows", TERM_ROWS))
HEADLINES = {
    "en": ["Skate park plans approved after five-year campaign", "Town clock stops again, two weeks after repair",
           "Food bank moves into former bank branch on Market Street", "Footbridge over the railway to close for six weeks",
           "Rowing club celebrates 150 years with regatta", "Parish council co-opts two new members after no one stands"],
    "tr": ["Kaykay parkı projesi beş yıllık kampanyanın ardından onaylandı", "Saat kulesi tamirden iki hafta sonra yine durdu",
           "Gıda bankası Çarşı Caddesi'ndeki eski banka şubesine taşındı", "Demiryolu üzerindeki yaya köprüsü altı hafta kapalı kalacak",
           "Kürek kulübü 150. yılını regatta ile kutladı", "Mahalle meclisine iki yeni üye atandı"],
    "de": ["Skatepark nach fünf Jahren Kampagne genehmigt", "Rathausuhr steht wieder still – zwei Wochen nach der Reparatur",
           "Tafel zieht in ehemalige Bankfiliale in der Marktstraße", "Fußgängerbrücke über die Bahn sechs Wochen gesperrt",
           "Ruderverein feiert 150 Jahre mit einer Regatta", "Ortsbeirat nimmt zwei neue Mitglieder auf"],
    "fr": ["Le skatepark validé après cinq ans de mobilisation", "L'horloge de la mairie s'arrête à nouveau, deux semaines après sa réparation",
           "L'épicerie solidaire s'installe dans l'ancienne agence bancaire", "La passerelle au-dessus des voies fermée six semaines",
           "Le club d'aviron fête ses 150 ans avec une régate", "Deux nouveaux membres au conseil de quartier"],
    "es": ["Aprobado el skatepark tras cinco años de campaña vecinal", "El reloj del ayuntamiento vuelve a pararse dos semanas después de su arreglo",
           "El banco de alimentos se muda a la antigua sucursal de la calle del Mercado", "La pasarela sobre las vías cerrará seis semanas",
           "El club de remo celebra sus 150 años con una regata", "Dos nuevos vocales entran en la junta del barrio"],
    "ru": ["Скейт-парк всё-таки построят: жители добивались этого пять лет", "Часы на здании администрации снова встали через две недели после ремонта",
           "Продуктовый фонд переехал в бывшее отделение банка на Торговой", "Пешеходный мост через железную дорогу закроют на шесть недель",
           "Гребной клуб отметил 150-летие регатой", "В совет микрорайона вошли двое новых членов"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["fr"]
TEASERS = {
    "fr": ["Le chantier doit commencer au printemps sur le terrain de l'ancien boulodrome.",
           "L'horloger venu de Figeac soupçonne un problème de contrepoids.",
           "Les bénévoles accueillent désormais les familles trois après-midi par semaine.",
           "Un itinéraire de détour par le passage à niveau sera balisé.",
           "Quarante bateaux sont attendus sur le plan d'eau le 14 juin.",
           "Aucune liste ne s'était présentée lors du dernier renouvellement."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["News from the district today", "Our towns, villages and estates", "Town hall, courts and inquests", "Jobs, firms and household bills", "Weekend fixtures from local clubs", "Days out and nights in this week", "Readers' letters and the paper's view"],
               cookie="To keep this site running we place small files called cookies on your device. A few are needed for the pages to work; the rest tell us which stories get read and let ad partners tailor what you see. Pick the ones you are happy with.",
               accept="Fine, allow every cookie", reject="Only the cookies the pages need", share="Pass this report to someone",
               related="Further reports from today's edition", newsletter="The noon bulletin: free, every weekday",
               subscribe="Sign this address up", email="first.last@readerpost.example",
               comment_note="Please log in before commenting on this report.",
               closed="Commenting on this report has been closed.",
               footer=["The people who make the paper", "Putting errors right", "Cookies and how we use your data", "Ad rates, deadlines and who to call", "Site rules and conditions"],
               rights="No article, picture or graphic on this site may be reused without written consent from the publisher.",
               commenters=[("canal_side_carol", "Good to see this finally reported in full."),
                           ("Geoff, Wellbank Road", "Will there be a consultation on this?")]),
    "tr": dict(nav=["İlçeden bugünün haberleri", "Kasabalarımız, köylerimiz, sitelerimiz", "Belediye, adliye ve soruşturmalar", "İş, şirketler ve ev bütçesi", "Yerel kulüplerin hafta sonu maçları", "Bu hafta gezmeler ve evde akşamlar", "Okur mektupları ve gazetenin görüşü"],
               cookie="Bu siteyi ayakta tutmak için cihazınıza çerez adı verilen küçük dosyalar yerleştiriyoruz. Birkaçı sayfaların çalışması için gerekli; geri kalanı hangi haberlerin okunduğunu gösteriyor ve reklam ortaklarımızın size göre içerik sunmasını sağlıyor. Hangilerine razı olduğunuzu seçin.",
               accept="Peki, hepsine izin veriyorum", reject="Sadece sayfaların ihtiyaç duyduğu çerezler", share="Bu haberi birine iletin",
               related="Bugünkü sayıdan başka haberler", newsletter="Öğle bülteni: ücretsiz, her hafta içi",
               subscribe="Bu adresi kaydedin", email="ad.soyad@okurpostasi.example",
               comment_note="Bu habere yorum yazmadan önce lütfen giriş yapın.",
               closed="Bu habere yorum yazma kapatıldı.",
               footer=["Gazeteyi hazırlayanlar", "Hatalarımızı düzeltirken", "Çerezler ve verilerinizi nasıl kullanıyoruz", "İlan fiyatları ve iletişim", "Bu sitede uyulması gereken kurallar"],
               rights="Bu sitedeki hiçbir yazı, fotoğraf ya da grafik yayıncının yazılı onayı olmadan yeniden kullanılamaz.",
               commenters=[("kanal_boyu_sevgi", "Sonunda bu konu eksiksiz haber olmuş."),
                           ("Kuyubaşı'ndan Orhan", "Bununla ilgili bir danışma toplantısı olacak mı?")]),
    "de": dict(nav=["Nachrichten aus dem Kreis von heute", "Unsere Städte, Dörfer und Siedlungen", "Rathaus, Gerichte und Ermittlungen", "Jobs, Firmen und Haushaltskasse", "Wochenendspiele der Vereine vor Ort", "Ausflüge und Abende in dieser Woche", "Leserbriefe und die Sicht der Zeitung"],
               cookie="Damit diese Seite läuft, legen wir kleine Dateien namens Cookies auf Ihrem Gerät ab. Einige brauchen die Seiten zum Funktionieren, die übrigen verraten uns, welche Artikel gelesen werden, und lassen Werbepartner ihre Anzeigen zuschneiden. Wählen Sie, womit Sie einverstanden sind.",
               accept="Gut, jedes Cookie erlauben", reject="Nur die Cookies, die die Seiten brauchen", share="Diesen Bericht an jemanden weitergeben",
               related="Weitere Berichte aus der heutigen Ausgabe", newsletter="Das Mittagsbulletin: kostenlos, werktags",
               subscribe="Diese Adresse eintragen", email="vorname.nachname@leserpost.example",
               comment_note="Bitte loggen Sie sich ein, bevor Sie diesen Bericht kommentieren.",
               closed="Die Kommentarfunktion zu diesem Bericht wurde geschlossen.",
               footer=["Die Menschen, die die Zeitung machen", "Wie wir Fehler berichtigen", "Cookies und wie wir Ihre Daten nutzen", "Anzeigenpreise und Ansprechpartner", "Was auf dieser Website gilt"],
               rights="Kein Artikel, Bild oder keine Grafik dieser Website darf ohne schriftliche Zustimmung des Verlags weiterverwendet werden.",
               commenters=[("Kanalufer_Karin", "Schön, dass das endlich vollständig berichtet wird."),
                           ("Günter, Brunnenweg", "Gibt es dazu eine Bürgerbeteiligung?")]),
    "fr": dict(nav=["Les infos du secteur aujourd'hui", "Nos villes, villages et lotissements", "Mairie, tribunaux et enquêtes", "Emploi, entreprises et budget des ménages", "Les matchs des clubs du coin ce week-end", "Sorties et soirées de la semaine", "Lettres des lecteurs et regard du journal"],
               cookie="Pour faire tourner ce site, nous déposons sur votre appareil de petits fichiers appelés cookies. Quelques-uns sont indispensables au fonctionnement des pages ; les autres nous disent quels articles sont lus et permettent aux partenaires publicitaires d'adapter ce que vous voyez. À vous de cocher ceux qui vous conviennent.",
               accept="Bon, autoriser chaque cookie", reject="Seulement les cookies nécessaires aux pages", share="Transmettre ce reportage à quelqu'un",
               related="D'autres reportages de l'édition du jour", newsletter="Le bulletin de midi : gratuit, chaque jour de semaine",
               subscribe="Inscrire cette adresse", email="prenom.nom@courrierlecteur.example",
               comment_note="Merci de vous identifier avant de commenter ce reportage.",
               closed="Les réactions à ce reportage ont été fermées.",
               footer=["L'équipe derrière chaque édition", "Quand nous nous corrigeons, et comment", "Les cookies et l'usage de vos données", "Tarifs publicitaires et contacts", "Ce qui s'applique sur ce site"],
               rights="Aucun article, photo ou graphique de ce site ne peut être réutilisé sans l'accord écrit de l'éditeur.",
               commenters=[("bord_du_canal", "Ça, c'est un article qui va au bout des choses."),
                           ("Gérard, rue des Puits", "Y aura-t-il une concertation ?")]),
    "es": dict(nav=["Noticias de la comarca hoy", "Nuestros pueblos, barrios y urbanizaciones", "Ayuntamiento, juzgados e investigaciones", "Empleo, empresas y economía doméstica", "Partidos de los clubes de la zona este fin de semana", "Excursiones y noches de esta semana", "Cartas de los lectores y la opinión del periódico"],
               cookie="Para que esta web funcione colocamos en tu dispositivo unos pequeños archivos llamados cookies. Unas pocas son necesarias para que las páginas vayan bien; el resto nos dice qué noticias se leen y deja que los socios publicitarios adapten lo que ves. Elige con cuáles estás de acuerdo.",
               accept="Vale, permitir todas y cada una", reject="Solo las cookies que necesitan las páginas", share="Pásale este reportaje a alguien",
               related="Otros reportajes de la edición de hoy", newsletter="El boletín del mediodía: gratis, cada día laborable",
               subscribe="Apuntar esta dirección", email="nombre.apellido@correolector.example",
               comment_note="Inicia sesión antes de comentar este reportaje.",
               closed="Se han cerrado los comentarios de este reportaje.",
               footer=["El equipo detrás de cada edición", "Cómo arreglamos nuestros errores", "Las cookies y el uso de tus datos", "Tarifas de publicidad y contacto", "Lo que rige en esta web"],
               rights="Ningún artículo, foto o gráfico de esta web puede reutilizarse sin el consentimiento por escrito del editor.",
               commenters=[("orilla_del_canal", "Por fin una noticia completa sobre esto."),
                           ("Julián, calle del Pozo", "¿Habrá consulta vecinal sobre esto?")]),
    "ru": dict(nav=["Новости района за сегодня", "Наши города, сёла и микрорайоны", "Администрация, суды и проверки", "Работа, предприятия и семейный бюджет", "Матчи местных клубов в выходные", "Поездки и вечера на этой неделе", "Письма читателей и позиция газеты"],
               cookie="Чтобы сайт работал, мы сохраняем на вашем устройстве небольшие файлы — cookie. Немногие из них нужны для работы страниц; остальные показывают, какие материалы читают, и позволяют рекламным партнёрам подстраивать то, что вы видите. Выберите, на какие вы согласны.",
               accept="Хорошо, разрешить каждый cookie", reject="Только cookie, нужные страницам", share="Передать этот репортаж кому-нибудь",
               related="Другие репортажи сегодняшнего выпуска", newsletter="Полуденный бюллетень: бесплатно, по будням",
               subscribe="Записать этот адрес", email="imya.familiya@pochta-chitatelya.example",
               comment_note="Перед тем как комментировать репортаж, войдите на сайт.",
               closed="Обсуждение этого репортажа закрыто.",
               footer=["Команда, которая выпускает каждый номер", "Исправляем ошибки: как это у нас устроено", "Cookie и использование ваших данных", "Расценки на рекламу и контакты", "Что действует на этом сайте"],
               rights="Ни одна статья, фотография или графика с этого сайта не может использоваться повторно без письменного согласия издателя.",
               commenters=[("у_канала_Люда", "Наконец-то об этом написали полностью."),
                           ("Геннадий с Колодезной", "А общественные слушания будут?")]),
}
UI45 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "MORE FROM THE MESSENGER:"},  # the regional layout's inline links
    (mp2, "BIO"): {"en": "{name} joined {site} from a weekly paper in 2014 and writes about {section}, schools and family life. Story ideas to families@example.org"},
    (mp4, "READMORE"): {"es": "MÁS EN EL HERALDO:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"es": dict(also="Más en la Crónica de Villacastro")},
    (mp6, "TYPO3"): {"en": dict(ext="Heritage Trust film (YouTube)", note="The Quarrymoor Heritage Trust's film of the crane is embedded here. It only loads from YouTube once you agree, and data is then passed to YouTube.",
                                button="I agree – play the crane film", by="Reported for the Observer by", search="Search the Observer",
                                lang_menu="Quarrymoor in Welsh")},
    (mp7, "SANITY"): {"ru": dict(nl_title="Сосновские вести за неделю", nl_text="Дороги, школы и новости сёл района — каждую пятницу в одном письме.",
                                 nl_button="Получать «Сосновские вести за неделю»", nl_placeholder="Адрес для рассылки «Сосновских вестей»")},
    (mp11, "HUGO"): {"en": dict(nl_title="Saltmarsh Point on Sunday", nl_text="The week on the Point: lifeboat shouts, tide tables and what's on, every Sunday morning.",
                                nl_label="Your email for Saltmarsh Point on Sunday", nl_button="Send me Saltmarsh Point on Sunday")},
    (mp13, "PUB_NAV"): {"fr": ["Derniers carnets", "Artisans et métiers", "Vallée de la Doue", "Soutenir les Carnets"]},
    (mp13, "TEASERS"): {"fr": TEASERS["fr"]},
    (mp19, "UCOZ"): {"de": dict(domain="ucoz.de", slogan="Dorfverein Kranichsau e.V.: Feste, Termine und Neuigkeiten aus dem Dorf",
                                menu=["Startseite Kranichsau", "Neues aus Kranichsau", "Der Vorstand", "Kranichsauer Dorffest", "Bilder aus Kranichsau", "Kontakt zum Dorfverein"],
                                cats=["Neues aus Kranichsau", "Kranichsauer Dorffest", "Der Vorstand"],
                                friends=["Freiwillige Feuerwehr Kranichsau", "Gesangverein Liederkranz Kranichsau", "Kindergarten Storchennest"],
                                footer="Dorfverein Kranichsau e.V. © 2026 · Dorfgemeinschaftshaus, Lindenplatz 2",
                                poster="dorfverein_kranichsau", tags=["Dorffest 2026", "Kranichsau"],
                                commenters=[("Heike_aus_der_Au", "Wir bringen wieder drei Bleche Zwetschgenkuchen mit."),
                                            ("Manni_Feuerwehr", "Aufbau am Freitag ab 16 Uhr, jede Hand hilft!")],
                                style="p", heads="h3")},
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
# the new layout: a Neos CMS 8 site (Fusion-rendered document and content nodes, content collections, a consent
# package's banner)
# --------------------------------------------------------------------------
# the platform's and packages' generic strings as the developers leave them (the site package's labels that every
# Neos site of this kind carries, the consent package's default texts), per language (not checked: they recur on
# any such site)
NEOS_CORE = {
    "en": dict(html_lang="en", og_locale="en_GB", skip="Skip to content", search="Search", nav_label="Main navigation",
               crumb_label="You are here", lang_label="Language", by="By", tags="Tags", share_on="Share on",
               copy="Copy link", email_label="Email address", cc_title="Privacy settings", cc_save="Save settings",
               cc_groups=["Essential", "Statistics", "External media"], cc_privacy="Privacy policy", cc_imprint="Imprint",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December"], date_fmt="{d} {M} {y}", read="{m} min read"),
    "tr": dict(html_lang="tr", og_locale="tr_TR", skip="İçeriğe geç", search="Ara", nav_label="Ana menü",
               crumb_label="Buradasınız", lang_label="Dil", by="Yazan:", tags="Etiketler", share_on="Paylaş:",
               copy="Bağlantıyı kopyala", email_label="E-posta adresi", cc_title="Gizlilik ayarları", cc_save="Ayarları kaydet",
               cc_groups=["Zorunlu", "İstatistik", "Harici medya"], cc_privacy="Gizlilik politikası", cc_imprint="Künye",
               months=["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
                       "Aralık"], date_fmt="{d} {M} {y}", read="{m} dk okuma"),
}
# the site's own strings, per language edition (content dimension): host, the site package, menus (titles and
# uri path segments), header buttons, the teaser node's label, box titles, the events card, the newsletter box node,
# footer texts
NEOS = {
    "Auenbruck City Magazine": dict(
        domain="auenbruck-magazin.example", package="Auenbruck.Site", dim="en",
        menu=["Life in Auenbruck", "Getting around Auenbruck", "Schools, kids and families", "Auenbruck after dark",
              "Eating out in Auenbruck", "Auenbruck for newcomers"],
        slugs=["city-life", "getting-around", "families", "culture", "food", "newcomers"],
        home="Auenbruck Magazine home", buttons=["Get the printed magazine", "Auenbruck events guide"],
        teaser_label="Also in the magazine", related_title="More from Auenbruck City Magazine",
        popular_title="Most read in Auenbruck this month", promo_pre="Every Thursday",
        promo_title="Auenbruck Weekend Tips", promo_text="Five things to do in the city this weekend, picked by our editors.",
        nl_title="Auenbruck in English", nl_text="City news for English speakers, every other Friday in your inbox.",
        nl_button="Subscribe to Auenbruck in English", share_title="Share this article from Auenbruck City Magazine",
        lang_names=["Deutsch", "English", "Türkçe"],
        footer_links=["About Auenbruck City Magazine", "Advertise in the magazine", "Jobs at the magazine", "Auenbruck City Magazine on Instagram"],
        footer_note="Auenbruck City Magazine is published by Stadtmagazin Auenbruck GmbH, Hafenstraße 14, Auenbruck."),
    "Auenbruck Şehir Dergisi": dict(
        domain="auenbruck-magazin.example", package="Auenbruck.Site", dim="tr",
        menu=["Auenbruck'ta yaşam", "Auenbruck'ta ulaşım", "Okul, çocuk ve aile", "Auenbruck'ta akşamlar",
              "Auenbruck'ta yeme içme", "Auenbruck'a yeni gelenler"],
        slugs=["sehir-yasami", "ulasim", "aile", "kultur", "yeme-icme", "yeni-gelenler"],
        home="Auenbruck Dergisi ana sayfa", buttons=["Basılı dergiyi edinin", "Auenbruck etkinlik rehberi"],
        teaser_label="Dergide ayrıca", related_title="Auenbruck Şehir Dergisi'nden daha fazlası",
        popular_title="Bu ay Auenbruck'ta en çok okunanlar", promo_pre="Her perşembe",
        promo_title="Auenbruck hafta sonu önerileri", promo_text="Editörlerimizin seçtiği, hafta sonu şehirde yapılacak beş şey.",
        nl_title="Türkçe Auenbruck bülteni", nl_text="Türkçe konuşan okurlar için şehir haberleri, iki haftada bir cuma günü e-postanızda.",
        nl_button="Türkçe bültene abone olun", share_title="Auenbruck Şehir Dergisi'nden bu haberi paylaşın",
        lang_names=["Deutsch", "English", "Türkçe"],
        footer_links=["Auenbruck Şehir Dergisi hakkında", "Dergiye ilan verin", "Dergide iş imkânları", "Auenbruck Şehir Dergisi Instagram'da"],
        footer_note="Auenbruck Şehir Dergisi, Stadtmagazin Auenbruck GmbH tarafından yayımlanır; Hafenstraße 14, Auenbruck."),
}
NEOS_EXEMPT = {"domain", "package", "dim", "slugs", "lang_names"}


def neos_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    c = NEOS_CORE[lang]
    return c["date_fmt"].replace("{M}", c["months"][m - 1]).replace("{d}", str(d)).replace("{y}", str(y))


def neos_block(kind, val):
    """One block of a text node's rich text, as the Neos UI's CKEditor stores it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h3>%s</h3>" % E(val)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_neos(art, ui, site, placed, rng):
    # an article page of a Neos CMS 8 city magazine (see the module docstring)
    lang, n, blocks = art["lang"], len(art["blocks"]), art["blocks"]
    c, s = NEOS_CORE[lang], NEOS[site]
    host = "https://www." + s["domain"]
    pkg = s["package"]
    pkg_cls = pkg.lower().replace(".", "-")
    sec_i = s["menu"].index(art["section"])
    sec, sec_slug = s["menu"][sec_i], s["slugs"][sec_i]
    dim = s["dim"]
    page_slug = mp13.medium_slug(art["title"], 60).lower()
    path = "/%s/%s/%s" % (dim, sec_slug, page_slug)
    url = host + path
    hh, mi = rng.randint(6, 18), rng.randint(0, 59)
    iso = "%sT%02d:%02d:00+01:00" % (art["date"], hh, mi)
    shown = neos_date(lang, art["date"])
    words = len(mp.truth_text(art["truth_blocks"]).split())
    mins = max(2, round(words / 200))

    def hx(k):
        return "%0*x" % (k, rng.randint(0, 16**k - 1))

    def uuid():
        return "%s-%s-4%s-%s-%s" % (hx(8), hx(4), hx(3), hx(4), hx(12))

    def node(ntype, cls, inner, name=None):
        """A content node as the site's Fusion renders it in the live workspace: the node type as class, the node's
        identifier and type as data attributes, an anchor id."""
        nid = uuid()
        return ('<div class="%s" id="c%s" data-node-id="%s" data-node-type="%s"%s>\n%s\n</div>'
                % (cls, nid, nid, ntype, ' data-node-name="%s"' % name if name else "", inner))

    def text_node(html_in):
        return node("Neos.NodeTypes:Text", "neos-nodetypes-text", "<div>%s</div>" % html_in)

    def resource(name, w=None, h=None):
        sha = hx(40)
        return "/_Resources/Persistent/%s/%s%s.jpg" % (sha, name, "-%dx%d" % (w, h) if w else "")

    bust = hx(8)
    # the nodes between the text: an article teaser node after the first third, the newsletter box further down
    slots = [i for i in safe_slots(art, 2) if i not in art["no_slot"]]
    teaser_at = slots[len(slots) // 3] if slots else n
    nl_at = next((i for i in slots if i >= teaser_at + 2), n)
    heads = rng.sample(HEADLINES[lang], 6)
    hurls = {t: "/%s/%s/%s" % (dim, rng.choice(s["slugs"][:4]), mp13.medium_slug(t, 50).lower()) for t in heads}
    th = heads[0]
    teaser = node("%s:Content.ArticleTeaser" % pkg, "%s-content-articleteaser article-teaser article-teaser--inline" % pkg_cls,
                  '<a class="article-teaser__link" href="%s">\n<img class="article-teaser__image" src="%s" alt="" width="320" height="180" loading="lazy" />\n'
                  '<span class="article-teaser__label">%s</span>\n<span class="article-teaser__title">%s</span>\n</a>'
                  % (hurls[th], resource(mp13.medium_slug(th, 30).lower(), 320, 180), E(s["teaser_label"]), E(th)))
    nlbox = node("%s:Content.NewsletterBox" % pkg, "%s-content-newsletterbox newsletter-box" % pkg_cls,
                 '<p class="newsletter-box__title">%s</p>\n<p class="newsletter-box__text">%s</p>\n'
                 '<form class="newsletter-box__form" action="%s/newsletter/subscribe" method="post"><input type="hidden" name="__trustedProperties" value="a:1:{s:5:&quot;email&quot;;i:1;}%s" />'
                 '<label class="visually-hidden" for="nl-%s">%s</label><input id="nl-%s" type="email" name="email" required /> '
                 '<button type="submit" class="newsletter-box__button">%s</button></form>'
                 % (E(s["nl_title"]), E(s["nl_text"]), "/" + dim, hx(40), hx(6), E(c["email_label"]), hx(6), E(s["nl_button"])))
    placed = {i: list(x) for i, x in placed.items()}
    placed.setdefault(teaser_at, []).append(teaser)
    placed.setdefault(nl_at, []).append(nlbox)
    # headings in a box or fact box stay in the text node's rich text; the others are headline nodes
    in_box = {j for st, _, j in art["looks"] if st in ("box", "factbox")}
    nodes, run = [], []

    def flush():
        if run:
            nodes.append(text_node("".join(run) if rng.random() < 0.5 else "\n".join(run)))
            run.clear()

    for i in range(n + 1):
        for snip in placed.get(i, []):
            if re.match(r"<p>|<h[45]>", snip):  # a line pasted into the text node's editor
                run.append(snip)
            elif snip is teaser or snip is nlbox:
                flush()
                nodes.append(snip)
            else:  # HTML an editor put into an HTML node
                flush()
                nodes.append(node("Neos.NodeTypes:Html", "neos-nodetypes-html", snip))
        if i < n:
            kind, val = blocks[i]
            if kind == "h" and i not in in_box:
                flush()
                nodes.append(node("Neos.NodeTypes:Headline", "neos-nodetypes-headline", "<div><h2>%s</h2></div>" % E(val)))
            elif kind == "q":
                flush()
                nodes.append(node("%s:Content.Quote" % pkg, "%s-content-quote" % pkg_cls,
                                  '<blockquote class="quote"><p>%s</p></blockquote>' % mp.inline_html(val)))
            else:
                run.append(neos_block(kind, val))
                if kind == "p" and rng.random() < 0.25 and i not in in_box and i + 1 not in in_box and i + 1 not in art["no_slot"]:
                    flush()  # the editor started a new text node
    flush()
    body = "\n".join(nodes)

    def menu(items, cur):
        return "\n".join('<li class="%s"><a href="/%s/%s" title="%s">%s</a></li>' % (
            "active" if k == cur else "normal", dim, sl, A(t), E(t)) for k, (t, sl) in enumerate(items))
    nav = menu(list(zip(s["menu"], s["slugs"])), sec_i)
    dims = ["de", "en", "tr"]
    langs = "\n".join('<li class="%s"><a href="%s/%s/%s/%s" hreflang="%s" lang="%s">%s</a></li>' % (
        "current" if d == dim else "normal", host, d, sec_slug, page_slug, d, d, E(nm)) for d, nm in zip(dims, s["lang_names"]))
    alternates = "\n".join('<link rel="alternate" hreflang="%s" href="%s/%s/%s/%s" />' % (d, host, d, sec_slug, page_slug) for d in dims)
    author_slug = mp13.medium_slug(art["byline"], 40).lower()
    lead_name = mp13.medium_slug(art["caption"], 40).lower()
    lead_sha = hx(40)
    lead = "/_Resources/Persistent/%s/%s" % (lead_sha, lead_name)
    srcset = ", ".join("%s-%dx%d.jpg %dw" % (lead, w, w * 9 // 16, w) for w in (480, 800, 1200, 1600))
    most = "\n".join('<li class="most-read__item"><a href="%s"><span class="most-read__rank">%d</span> %s</a></li>' % (hurls[t], k + 1, E(t))
                     for k, t in enumerate(heads[3:6]))
    related = "\n".join('<li class="related-list__item"><a href="%s"><img src="%s" alt="" width="400" height="225" loading="lazy" /><span>%s</span></a></li>'
                        % (hurls[t], resource(mp13.medium_slug(t, 30).lower(), 400, 225), E(t)) for t in heads[1:4])
    share_nets = [("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                  ("whatsapp", "WhatsApp", "https://wa.me/?text=" + url),
                  ("bluesky", "Bluesky", "https://bsky.app/intent/compose?text=" + url),
                  ("mail", "E-Mail", "mailto:?body=" + url)]
    share = "\n".join('<li><a class="share__link share__link--%s" href="%s" target="_blank" rel="noopener" aria-label="%s %s"></a></li>'
                      % (k, A(h), A(c["share_on"]), A(lab)) for k, lab, h in share_nets)
    foot_links = "\n".join('<li class="normal"><a href="/%s/%s">%s</a></li>' % (dim, mp13.medium_slug(t, 30).lower(), E(t)) for t in s["footer_links"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "Article", "headline": art["title"],
                     "description": art["sub"], "datePublished": iso, "dateModified": iso, "url": url,
                     "image": host + lead + "-1200x675.jpg", "inLanguage": c["html_lang"],
                     "author": {"@type": "Person", "name": art["byline"]},
                     "publisher": {"@type": "Organization", "name": site}},
                    ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    doc_id, coll_id, foot_id = uuid(), uuid(), uuid()
    groups = "\n".join('<div class="gdpr-cookieconsent-cookie-group"><label class="gdpr-cookieconsent-switch"><input type="checkbox" name="%s"%s /><span class="gdpr-cookieconsent-switch__slider"></span></label><span class="gdpr-cookieconsent-cookie-group__label">%s</span></div>'
                       % (k, " checked disabled" if j == 0 else "", E(g)) for j, (k, g) in enumerate(zip(("essential", "statistics", "media"), c["cc_groups"])))
    return f'''<!DOCTYPE html><html lang="{c["html_lang"]}">
<!--
This website is powered by Neos, the Open Source Content Application Platform licensed under the GNU/GPL.
Neos is based on Flow, a powerful PHP application framework licensed under the MIT license.

More information and contribution opportunities at https://www.neos.io
-->
<head><meta charset="UTF-8" />
<title>{E(art["title"])} - {E(site)}</title>
<meta name="description" content="{A(art["sub"])}" />
<meta name="robots" content="index,follow" />
<link rel="canonical" href="{url}" />
{alternates}
<meta name="twitter:card" content="summary_large_image" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{A(art["title"])}" />
<meta property="og:description" content="{A(art["sub"])}" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{host}{lead}-1200x630.jpg" />
<meta property="og:locale" content="{c["og_locale"]}" />
<meta property="og:site_name" content="{A(site)}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" href="/_Resources/Static/Packages/{pkg}/Styles/Main.css?bust={bust}" media="all" />
<link rel="stylesheet" href="/_Resources/Static/Packages/KaufmannDigital.GDPR.CookieConsent/Styles/cookieConsent.css?bust={bust}" media="all" />
<link rel="icon" href="/_Resources/Static/Packages/{pkg}/Images/favicon.svg" type="image/svg+xml" />
<script type="application/ld+json">{ld}</script>
<script data-never-block>window.GDPR_COOKIE_CONSENT_CONFIG = {{"cookieName":"KD_GDPR_CC","dimensionIdentifier":"{dim}","consentDate":null,"expiryInDays":365}};</script>
</head>
<body class="page page--article page--{sec_slug}">
<a class="skip-link" href="#main">{E(c["skip"])}</a>
<header class="site-header" role="banner">
<div class="site-header__inner">
<a class="site-header__logo" href="/{dim}" title="{A(s["home"])}"><img src="/_Resources/Static/Packages/{pkg}/Images/logo.svg" alt="{A(site)}" width="220" height="52" /></a>
<nav class="site-header__nav" aria-label="{A(c["nav_label"])}">
<ul class="main-menu">
{nav}
</ul>
</nav>
<div class="site-header__tools">
<ul class="language-menu" aria-label="{A(c["lang_label"])}">
{langs}
</ul>
<a class="site-header__button" href="/{dim}/abo">{E(s["buttons"][0])}</a>
<a class="site-header__button site-header__button--ghost" href="/{dim}/events">{E(s["buttons"][1])}</a>
<form class="site-search" action="/{dim}/search" method="get" role="search"><input type="search" name="search" placeholder="{A(c["search"])}" aria-label="{A(c["search"])}" /><button type="submit" class="site-search__submit"></button></form>
</div>
</div>
</header>
<nav class="breadcrumb-wrap" aria-label="{A(c["crumb_label"])}">
<ul class="breadcrumb">
<li class="active"><a href="/{dim}" title="{A(s["home"])}">{E(s["home"])}</a></li>
<li class="active"><a href="/{dim}/{sec_slug}" title="{A(sec)}">{E(sec)}</a></li>
<li class="current">{E(art["title"])}</li>
</ul>
</nav>
<main id="main" class="site-main">
<article class="article" data-node-id="{doc_id}" data-node-type="{pkg}:Document.Article">
<header class="article__header">
<p class="article__kicker"><a href="/{dim}/{sec_slug}">{E(sec)}</a></p>
<h1 class="article__title">{E(art["title"])}</h1>
<p class="article__lead">{E(art["sub"])}</p>
<div class="article__meta"><span class="article__author">{E(c["by"])} <a href="/{dim}/authors/{author_slug}">{E(art["byline"])}</a></span> <time class="article__date" datetime="{iso}">{E(shown)}</time> <span class="article__readtime">{E(c["read"].replace("{m}", str(mins)))}</span></div>
<div class="neos-nodetypes-image {pkg_cls}-content-leadimage" data-node-id="{uuid()}" data-node-type="{pkg}:Content.LeadImage">
<figure><img src="{lead}-1200x675.jpg" srcset="{srcset}" sizes="(min-width: 1024px) 60vw, 100vw" alt="{A(art["caption"])}" width="1200" height="675" /><figcaption>{E(art["caption"])} <span class="image-credit">{E(art["credit"])}</span></figcaption></figure>
</div>
</header>
<div class="neos-contentcollection article__body" data-node-id="{coll_id}" data-node-type="Neos.Neos:ContentCollection" data-node-name="main">
{body}
</div>
<footer class="article__footer">
<ul class="article__tags" aria-label="{A(c["tags"])}"><li><a href="/{dim}/{sec_slug}">{E(sec)}</a></li></ul>
<div class="share">
<p class="share__title">{E(s["share_title"])}</p>
<ul class="share__list">
{share}
</ul>
<button type="button" class="share__copy" data-clipboard="{url}">{E(c["copy"])}</button>
</div>
</footer>
</article>
<section class="related-articles">
<h2 class="related-articles__title">{E(s["related_title"])}</h2>
<ul class="related-list">
{related}
</ul>
</section>
<aside class="sidebar">
<div class="most-read">
<h2 class="most-read__title">{E(s["popular_title"])}</h2>
<ol class="most-read__list">
{most}
</ol>
</div>
<div class="{pkg_cls}-content-promocard promo-card" data-node-id="{uuid()}" data-node-type="{pkg}:Content.PromoCard">
<p class="promo-card__pre">{E(s["promo_pre"])}</p>
<p class="promo-card__title">{E(s["promo_title"])}</p>
<p class="promo-card__text">{E(s["promo_text"])}</p>
</div>
</aside>
</main>
<footer class="site-footer" role="contentinfo">
<div class="neos-contentcollection site-footer__content" data-node-id="{foot_id}" data-node-type="Neos.Neos:ContentCollection" data-node-name="footer">
<div class="neos-nodetypes-text" id="c{hx(8)}-{hx(4)}" data-node-type="Neos.NodeTypes:Text"><div><p>{E(s["footer_note"])}</p></div></div>
</div>
<nav class="site-footer__nav">
<ul class="footer-menu">
{foot_links}
<li class="normal"><a href="/{dim}/privacy">{E(c["cc_privacy"])}</a></li>
<li class="normal"><a href="/{dim}/imprint">{E(c["cc_imprint"])}</a></li>
</ul>
</nav>
<p class="site-footer__copyright">© {art["date"][:4]} {E(site)}</p>
</footer>
<div class="gdpr-cookieconsent-container" id="gdpr-cookieconsent-container" data-nosnippet>
<div class="gdpr-cookieconsent-settings" role="dialog" aria-modal="true" aria-labelledby="gdpr-cookieconsent-headline">
<div class="gdpr-cookieconsent-settings__content">
<div class="gdpr-cookieconsent-settings__content__info">
<h2 id="gdpr-cookieconsent-headline">{E(c["cc_title"])}</h2>
<div class="gdpr-cookieconsent-settings__content__info__description"><p>{E(ui["cookie"])}</p></div>
<div class="gdpr-cookieconsent-settings__content__info__links"><a href="/{dim}/privacy">{E(c["cc_privacy"])}</a> <a href="/{dim}/imprint">{E(c["cc_imprint"])}</a></div>
</div>
<div class="gdpr-cookieconsent-settings__content__settings">
{groups}
</div>
</div>
<div class="gdpr-cookieconsent-button-wrapper">
<button type="button" class="gdpr-cookieconsent-button gdpr-cookieconsent-button--secondary" id="gdpr-cc-btn-save">{E(c["cc_save"])}</button>
<button type="button" class="gdpr-cookieconsent-button gdpr-cookieconsent-button--secondary" id="gdpr-cc-btn-deny">{E(ui["reject"])}</button>
<button type="button" class="gdpr-cookieconsent-button gdpr-cookieconsent-button--primary" id="gdpr-cc-btn-accept">{E(ui["accept"])}</button>
</div>
</div>
</div>
<script src="/_Resources/Static/Packages/KaufmannDigital.GDPR.CookieConsent/JavaScript/cookieConsent.js?bust={bust}" data-never-block defer></script>
<script src="/_Resources/Static/Packages/{pkg}/JavaScript/Main.js?bust={bust}" defer></script>
</body>
</html>
'''

# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"neos": ["readmore", "newsletter"]}  # the article-teaser node, the newsletter-box node
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "topics", "bookmark", "poll",
            "gallery", "map", "calendar", "transitboard", "evcharge", "termdates"]
NEW_FAMILIES = ["transitboard", "evcharge", "termdates"]
# what an earlier docstring would say if it had described one of them (h39's flight boards list an airport's
# departures, h30's travel widgets list disruptions: neither is a stop's departure board)
NEW_FAMILY_WORDS = {"transitboard": ["departure board", "departure-board", "next departures from", "plan your journey",
                                     "public-transport departure", "live departures"],
                    "evcharge": ["charging point", "charging-point", "charging map", "charge point", "chargers free",
                                 "ev charging", "electric-vehicle charging"],
                    "termdates": ["term date", "term-date", "inset day", "inset-day", "school holiday", "download the calendar"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery"]
# families a village, association, club or residents' website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio", "print"}
# a town hall's or council's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY}
# of a family, only these wordings on a kind of site (none in this part)
KIND_WORDING = {}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), definition lists and tables
STYLES = {
    "cookie": ['<div class="consent-gated-embed"><p class="consent-gated-embed__why">%s</p><button class="consent-gated-embed__ok" type="button">OK</button></div>',
               '<p class="consent-gated-embed-line">%s</p>', '<p><em>%s</em></p>'],
    "newsletter": ['<div class="noon-bulletin-cta"><p class="noon-bulletin-cta__pitch">%s</p><a class="noon-bulletin-cta__btn" href="/bulletin">&#8250;</a></div>',
                   '<p class="free-reads-meter">%s</p>', '<h4 class="noon-bulletin-head">%s</h4>', '<p><b><a href="/chip-in">%s</a></b></p>'],
    "share": ['<ul class="send-story-to">{items}</ul>', '<div class="send-story-prompt">%s</div>', '<p><a href="#send-story">%s</a></p>'],
    "photo": ['<p class="photo-provider-note">%s</p>', '<span class="photo-provider-pill">%s</span>', '<p><small><em>%s</em></small></p>'],
    "copyright": ['<p class="licence-warning-line">%s</p>', '<div class="licence-warning-box"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="beat-label-line">%s</p>', '<h5 class="beat-label-head">%s</h5>', '<p><strong>%s</strong></p>'],
    "symbol": ['<p class="dinkus-para">%s</p>', '<div class="dinkus-strip">%s</div>', '<p style="text-align: center">%s</p>'],
    "credit": ['<p class="contrib-reporting-note">%s</p>', '<div class="video-production-note">%s</div>', '<p><em><small>%s</small></em></p>'],
    "title": ['<p class="title-repeat-para"><strong>%s</strong></p>', '<h2 class="heading-twice-h2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="paid-space-tag">%s</div>', '<p class="paid-space-line">%s</p>', '<p><small>%s</small></p>'],
    "continue": ['<p class="story-expander-link"><a href="#rest-of-story">%s</a></p>', '<div class="story-expander-button">%s</div>', '<p><a href="#rest-of-story">%s</a></p>'],
    "comments": ['<p class="reply-count-link"><a href="#replies">%s</a></p>', '<div class="reply-count-badge">%s</div>', '<p><a href="#replies">%s</a></p>'],
    "readtime": ['<p class="read-length-note">%s</p>', '<span class="read-length-pill">%s</span>', '<p><em>%s</em></p>'],
    "updated": ['<p class="lastmod-stamp-line"><time>%s</time></p>', '<div class="lastmod-stamp-row">%s</div>', '<p><small>%s</small></p>'],
    "audio": ['<div class="speak-article-bar"><button class="speak-article-bar__play" aria-label="Play"></button><span class="speak-article-bar__label">%s</span></div>',
              '<p class="speak-article-link"><a href="#voice-reader">%s</a></p>', '<p><a href="#voice-reader">%s</a></p>'],
    "correction": ['<aside class="amended-note-box"><p>%s</p></aside>', '<p class="amended-note-line"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "app": ['<div class="app-download-ribbon"><p class="app-download-ribbon__txt">%s</p><a class="app-download-ribbon__go" href="/download-app">&#8595;</a></div>',
            '<p class="app-store-nudge">%s</p>', '<p><b>%s</b></p>'],
    "bio": ['<div class="author-endnote-foot"><p class="author-endnote-foot__txt">%s</p></div>', '<p class="author-endnote-line"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "tip": ['<div class="news-tipline-box"><p class="news-tipline-box__txt">%s</p></div>', '<p class="news-tipline-line">%s</p>', '<p><i>%s</i></p>'],
    "typo": ['<div class="typo-hint-box"><p>%s</p></div>', '<p class="typo-hint-line">%s</p>', '<p><small><i>%s</i></small></p>'],
    "push": ['<div class="alerts-permission-card"><p class="alerts-permission-card__q">%s</p></div>', '<p class="alerts-permission-line">%s</p>', '<p><b>%s</b></p>'],
    "print": ['<ul class="article-output-tools">{items}</ul>', '<p class="article-output-link"><a href="?output=print">%s</a></p>',
              '<p><a href="?output=print">%s</a></p>'],
    "feedback": ['<div class="helpful-yes-no"><p class="helpful-yes-no__q">%s</p></div>', '<p class="helpful-yes-no-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "topics": ['<div class="subject-chips-row"><span class="subject-chips-row__txt">%s</span></div>', '<p class="subject-chips-note">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="readlater-toggle"><a class="readlater-toggle__btn" href="#reading-list">%s</a></div>',
                 '<p class="readlater-toggle-link"><a href="#reading-list">%s</a></p>', '<p><a href="#reading-list">%s</a></p>'],
    "poll": ['<div class="snap-vote-card"><p class="snap-vote-card__q">%s</p><button class="snap-vote-card__go" type="button">&#10003;</button></div>',
             '<h5 class="snap-vote-head">%s</h5>', '<p><small>%s</small></p>'],
    "gallery": ['<div class="photo-viewer-open"><a class="photo-viewer-open__btn" href="#viewer">%s</a></div>',
                '<p class="photo-viewer-count">%s</p>', '<p><b>%s</b></p>'],
    "map": ['<div class="osm-iframe-box"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="620" height="350" loading="lazy"></iframe><p class="osm-iframe-box__links">%s</p></div>',
            '<figure class="venue-pin-map"><img src="/maps/{k}.png" alt="" width="620" height="380"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    "calendar": ['<ul class="addtocal-buttons">{items}</ul>', '<p class="addtocal-ics"><a href="/events/{k}.ics">%s</a></p>',
                 '<div class="addtocal-row"><span class="addtocal-row__label">%s</span></div>'],
    # the three families new in this part ({departrows} / {departlis}: the stop's next departures; {chargelis} /
    # {chargetable}: the chargers and their status; {termrows} / {termtable}: the school year's dates)
    "transitboard": ['<div class="stop-departures-board"><h4 class="stop-departures-board__hd">%s</h4><table class="stop-departures-board__table">{departrows}</table></div>',
                     '<div class="live-departures-strip"><ul class="live-departures-strip__list">{departlis}</ul><p class="live-departures-strip__src">%s</p></div>',
                     '<p class="journey-planner-link"><a href="/travel/planner">%s</a></p>',
                     '<p class="departures-refresh-note"><small>%s</small></p>'],
    "evcharge": ['<div class="charge-spots-widget"><h4 class="charge-spots-widget__hd">%s</h4><ul class="charge-spots-widget__list">{chargelis}</ul></div>',
                 '<p class="charge-map-open"><a href="/charging-map">%s</a></p>',
                 '<table class="charger-status-grid"><caption>%s</caption>{chargetable}</table>',
                 '<div class="charger-free-pill"><span class="charger-free-pill__txt">%s</span></div>'],
    "termdates": ['<div class="school-year-dates"><h4 class="school-year-dates__hd">%s</h4><dl class="school-year-dates__list">{termrows}</dl></div>',
                  '<p class="term-ics-download"><a href="/schools/term-dates.ics">%s</a></p>',
                  '<div class="inset-day-notice"><p class="inset-day-notice__txt">%s</p></div>',
                  '<table class="holiday-dates-table"><caption>%s</caption>{termtable}</table>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>(%s)</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/bulletin"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#send-story">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "transitboard": (0.5, ['<br><a href="/travel/planner"><b>%s</b></a>']),
          "termdates": (0.4, [' <a href="/schools/term-dates.ics"><strong>%s</strong></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# planner link, not the board's heading, the operator's line or the refresh line; the calendar download)
INLINE_WORDING = {"newsletter": 0, "transitboard": 2, "termdates": 1}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-story-photo"><img src="/media/{id}-inline.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-second.jpg" alt="" width="600"><br><em>{cap} – {cr}</em></p>']
RELATED_STYLES = ['<div class="more-reading-panel"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="background-links-aside"><p class="background-links-aside__hd">%s</p><ul>%s</ul></aside>',
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
    head = CHARGE_HEAD[lang]
    mins = DEPART_MIN[lang]
    board = DEPART_ROWS_PAGE.get(art["id"], DEPART_ROWS[lang])
    return (style.replace("{departrows}", "".join(
                '<tr><td class="stop-departures-board__line">%s</td><td>%s</td><td class="stop-departures-board__due">%s</td></tr>'
                % (esc(a), esc(b), esc(mins.replace("{k}", str(k)))) for a, b, k in board))
            .replace("{departlis}", "".join('<li><b>%s</b> %s <span>%s</span></li>' % (esc(a), esc(b), esc(mins.replace("{k}", str(k))))
                                            for a, b, k in board))
            .replace("{chargelis}", "".join('<li class="charge-spots-widget__site"><span>%s</span> <span>%s</span> <span class="charge-spots-widget__state">%s</span></li>'
                                            % (esc(a), esc(b), esc(c)) for a, b, c in CHARGE_ROWS[lang]))
            .replace("{chargetable}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                     + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b), esc(c)) for a, b, c in CHARGE_ROWS[lang]))
            .replace("{termrows}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in TERM_ROWS[lang]))
            .replace("{termtable}", "".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in TERM_ROWS[lang])))


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
               "transitboard": rng.choice([0, mid, n]), "evcharge": rng.choice([mid, n]),
               "termdates": rng.choice([0, mid, n, n])}.get(fam, mid)
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
                        and at - 1 not in {x[0] for x in inline}):  # one line run into a paragraph at most
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
DROPCAP = {"neos": ("class", "has-initial"),  # a paragraph style of the site's CKEditor configuration
           "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"neos": ("wrap", '<div class="text-panel text-panel--sand">\n', "\n</div>"),
       "gutenberg": ("wrap", '<div class="wp-block-group has-pale-ocean-gradient-background has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "drupal": ("class", "encadre-info"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"neos": ("wrap", '<div class="text-panel text-panel--facts">\n', "\n</div>"),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">📖</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="ny pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"neos": ('<mark class="marker-yellow">', "</mark>"), "quintype": ('<mark>', "</mark>")}


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
# templates: neos is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"neos": tpl_neos, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h44), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "neos"


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
            rng = random.Random("newsflow-heldout45-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI45[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 45) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ucoz.de", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h44), labels, furniture strings,
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
                       [v for _, v in mp43.WIDGET_ROWS],
                       mp44.R, [v for v in mp44.SITE_STRINGS.values()], mp44.LR, mp44.UI_NEW, mp44.TEASERS,
                       [v for _, v in mp44.WIDGET_ROWS],
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
    # layouts: neos (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h43 or h44 gave it
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
    # the neos pages: a language edition of the Neos site in its own language, a section of its menu; sites of the
    # other pages
    for a in ARTICLES:
        if a["tpl"] == "neos" and (a.get("site") not in NEOS or a["lang"] not in NEOS_CORE
                                   or NEOS[a["site"]]["dim"] != a["lang"] or a["section"] not in NEOS[a["site"]]["menu"]):
            problems.append("%s: neos page needs a Neos site edition in its language and a menu section" % a["id"])
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
    for fam, by_lang in list(R.items()) + list(WIDGET_ROWS) + [("page departure rows", DEPART_ROWS_PAGE)]:
        for s in _strings(by_lang):
            problems.extend((PART + " pool %s reuses %r") % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = [v for (mod, name), v in SITE_STRINGS.items() if (mod, name) not in ((mp4, "R"), (mp, "RESIDUE"))]
    neos_sites = [{k: v for k, v in d.items() if k not in NEOS_EXEMPT} for d in NEOS.values()]
    # (NEOS_CORE, the site package's generic labels and the consent package's defaults, is left as the developers
    # left it)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("NEOS", neos_sites), ("UI_NEW", UI_NEW)):
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
