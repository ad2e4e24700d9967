#!/usr/bin/env python3
"""Fortieth held-out part (h40-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout40.py           # write pages/h40-*.html
    python benchmarks/data/extraction/make_heldout40.py --check   # verify pages/h40-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout40.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout39.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h40_en.py / articles_h40_intl.py; the residue wordings (thirty-two of the generic families of the earlier parts
plus three new ones: school-closure lists on stories about snow, floods and strikes -- the "is your school open?" list
with school names and their status, the council's closures page link, the list's last-updated stamp --, earthquake-feed
widgets on stories about tremors -- the latest quakes table with magnitude, depth, place and time, the "did you feel
it?" report prompt, the seismological service's source line --, and hospital waiting-time widgets on stories about
hospitals and emergency care -- the current waits at nearby emergency departments, "check before you go", the
non-emergency helpline line --), their wrapper class names, related headlines, site names, the sites' own strings in the
earlier layouts and the first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI
or of the R pools of make_heldout2..38, nor their labels, furniture strings, headlines or site names; verify() refuses
to build if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is already in an
earlier pool, family list or template family, if a story paragraph or headline of an earlier part recurs, if a
headline is also a story paragraph, or if a body is outside 150-400 words.  Every name and number is fictional.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages: school-closure lists on snow closing 63 schools, a
teachers' strike on a council's own news page, snow closing schools in 14 Turkish districts and a flood closing 23
German schools; earthquake feeds on tremors in an English valley, a Turkish district, the Pyrenees and by a Siberian
lake; waiting-time widgets on a critical incident at an English A&E, an interview with the head of a German emergency
department, a French emergency unit closing at night and a Spanish district hospital swamped by flu.  Earlier families
that need a reason in the story are placed the same way (a calendar row on a repair café and a market's new days, a
map on a village's flood wardens, score-centre links on a cricket title); the other generic families are balanced
over the part, leaving out those the page's site would not print (the story's "kind": a council, a village or
community site, an independent publication on a platform); a correction box goes only on a story that was corrected,
with that story's own wording.  Residue markup varies as on real pages: classed boxes, bars and widgets, bare <p> /
<div> lines as pasted by editors, headings, links, lists, spans and tables, and, for a few families, a line run into
the end of a story paragraph (credit, tip, newsletter pitch, share line, the closures page link) or a bold section tag
run into the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps, whole
paragraphs in bold or italics, a highlighted sentence, a paragraph in a coloured box, a fact box holding a subheading
and its list, a Ghost callout card; story structures that look like furniture but are the story: question-and-answer
interviews (bold questions, some of two or three words, and one bold statement put to the interviewee), lists inside
the story (what parents need to know, a flood warden's steps, a market's new stalls, prices at a recycling point, when
to go to A&E), crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs, a closing
line with practical information, and story sentences that mention furniture words in ordinary reporting (a newsletter
nobody has to subscribe to at the very start of a story, "download the app" at the start of a Turkish story about a
bus app, a market association's newsletter at the end of a German one, photos sent in by readers, doorbell videos
shared on social media, "people follow us round the hall", the non-emergency number in a hospital story, a felt-report
form, voting through a management company's app), some at the start or end of the story where furniture usually sits.
Two pages carry no residue at all and one only its correction line.
One page layout is new (statamic: a Statamic 4 site on Laravel, as a small independent city magazine serves it, on two
pages, an English and a Russian one: the head with the csrf-token meta tag, SEO Pro's meta and Open Graph tags, the
Vite build (preload, modulepreload, the hashed /build/assets/ stylesheet and module script), the Klaro config and
script and a third-party script held back by Klaro (type="text/plain" data-name=...); a body with Alpine.js x-data and
the skip link; the site header (x-data menu state, @click toggles, :aria-expanded, x-show / x-cloak / x-transition on
the mobile menu and the search overlay) with the logo, the primary navigation and its is-active item, the header
buttons; the article rendered by Antlers: the section link, h1, standfirst, the byline with the author's entry link,
date and reading time, the hero image from Glide (/img/containers/assets/... srcset), then the Bard field's output:
the text between sets in div.bard-text wrappers, div.set-image (the image set, with its blueprint's size class, caption
and credit), div.set-pullquote (a quote repeating the story) and div.set-embed holding the HTML editors pasted into the
embed set; the tags as taxonomy term links, the share bar (Alpine copy-link), the related entries; the footer with the
newsletter form of Statamic Forms (/!/forms/..., _token, the honeypot field), footer navigation and note; the Klaro
consent notice as Klaro renders it (div#klaro > div.klaro > div.cookie-notice with cn-body / cn-ok / cn-buttons and
cm-btn buttons).  The generic strings of the templates (STATAMIC_CORE, per language) are left as the developers left
them and not checked; the sites' own strings (STATAMIC: menus, buttons, box titles, footer texts) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h37 or h38 gave it (9 English pages, 3 in each other language); while a page is rendered, the
earlier modules' related headlines, the strings that belong to one site rather than to the platform (see
SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's own, and the
templates get this part's furniture strings (UI40) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout36.py, so that make_pages.py can import this module and merge it the same way.
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
from make_pages import E, A, UI  # noqa: E402
from articles_h40_en import ARTICLES as H40_EN  # noqa: E402
from articles_h40_intl import ARTICLES as H40_INTL  # noqa: E402

ARTICLES = H40_EN + H40_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38)
# parts whose layouts' languages this part avoids (the two before it; h39 is written at the same time)
LANG_PARTS = (mp37, mp38)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h40"

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Dunmere Moorland Gazette", "Tarrow Valley Courier", "Kestwick Evening Lantern", "Harwood & Bransby Echo",
           "Welby Wold Mercury"],
    "tr": ["Yaylakent Postası", "Karaçamlı Gündem", "Ovabaşı Haber Merkezi"],
    "de": ["Oberlaubacher Landbote", "Hohenbrunner Tagespost", "Laubacher Wochenspiegel"],
    "fr": ["Le Journal du Val de Montclar", "La Gazette du Lisset"],
    "es": ["El Noticiero de Almenara", "Calzadilla al Día", "Heraldo del Cierzo"],
    "ru": ["Кедровская правда", "Полянские вести"],
}
# sites fixed per page (a city magazine on Statamic, a council on Drupal, a community site on Ghost, a village website
# on uCoz, an independent publication on Medium) are given in the stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h38 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["To watch this clip, switch on the video-sharing cookies in your privacy choices", "This map needs third-party cookies. Change your settings to see it ›"],
        "tr": ["Bu klibi izlemek için gizlilik tercihlerinizde video paylaşım çerezlerini açın", "Bu harita üçüncü taraf çerezleri gerektiriyor. Görmek için ayarlarınızı değiştirin ›"],
        "de": ["Um diesen Clip zu sehen, aktivieren Sie in Ihren Datenschutzeinstellungen die Cookies für Videoplattformen", "Diese Karte braucht Cookies von Drittanbietern. Einstellungen ändern, um sie zu sehen ›"],
        "fr": ["Pour regarder cet extrait, activez les cookies des plateformes vidéo dans vos choix de confidentialité", "Cette carte nécessite des cookies tiers. Modifiez vos réglages pour l'afficher ›"],
        "es": ["Para ver este vídeo, activa las cookies de plataformas de vídeo en tus opciones de privacidad", "Este mapa necesita cookies de terceros. Cambia tus ajustes para verlo ›"],
        "ru": ["Чтобы посмотреть этот ролик, включите cookie видеосервисов в настройках конфиденциальности", "Для этой карты нужны сторонние cookie. Измените настройки, чтобы её увидеть ›"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Start the day with {site}: the five things to know, in your inbox by 6.30am.",
               "You can read one more story for free before your meter resets. Subscribers pay £1 a week for unlimited reading",
               "Readers like you keep our reporters in court, at the council and out on the moor – give £3 or more"],
        "tr": ["Güne {site} ile başlayın: bilmeniz gereken beş şey, sabah 6.30'da e-postanızda.",
               "Sayacınız sıfırlanmadan önce bir haberi daha ücretsiz okuyabilirsiniz. Aboneler haftada 10 liraya sınırsız okuyor",
               "Muhabirlerimizin mahkemede, mecliste ve köylerde olmasını sizin gibi okurlar sağlıyor; 30 lira ya da daha fazla katkı verin"],
        "de": ["Starten Sie mit {site} in den Tag: die fünf wichtigsten Dinge, um 6.30 Uhr im Postfach.",
               "Bis Ihr Zähler zurückgesetzt wird, können Sie noch einen Artikel kostenlos lesen. Abonnenten lesen ab 1 Euro pro Woche unbegrenzt",
               "Leserinnen und Leser wie Sie halten unsere Reporter im Gericht, im Gemeinderat und in den Dörfern – geben Sie ab 3 Euro"],
        "fr": ["Commencez la journée avec {site} : les cinq infos à connaître, dans votre boîte à 6 h 30.",
               "Avant la remise à zéro de votre compteur, il vous reste un article gratuit. Les abonnés lisent sans limite dès 1 € par semaine",
               "Des lecteurs comme vous nous permettent d'être au tribunal, au conseil et dans les villages : donnez à partir de 3 €"],
        "es": ["Empieza el día con {site}: las cinco claves, en tu correo a las 6.30.",
               "Antes de que se reinicie tu contador te queda una noticia gratis. Los suscriptores leen sin límite desde 1 € a la semana",
               "Lectores como tú mantienen a nuestros periodistas en los juzgados, en los plenos y en los pueblos: aporta desde 3 €"],
        "ru": ["Начинайте день с «{site}»: пять главных новостей в вашей почте к 6:30.",
               "До обнуления счётчика вам доступна ещё одна бесплатная статья. Подписчики читают без ограничений от 50 рублей в неделю",
               "Благодаря таким читателям, как вы, наши корреспонденты бывают в судах, на сессиях и в сёлах — поддержите нас от 150 рублей"],
    },
    "share": {  # the first wording is a list of networks (" · ")
        "en": ["Pass it along: WhatsApp · Messenger · Bluesky · Email", "Forward this to anyone in the area who needs it"],
        "tr": ["Haberi ilet: WhatsApp · Messenger · Bluesky · E-posta", "Bölgede buna ihtiyacı olan herkese iletin"],
        "de": ["Weiterleiten: WhatsApp · Messenger · Bluesky · E-Mail", "Leiten Sie das an alle in der Gegend weiter, die es brauchen"],
        "fr": ["Faire suivre : WhatsApp · Messenger · Bluesky · Courriel", "Transmettez-le à tous ceux du coin qui en ont besoin"],
        "es": ["Reenviar: WhatsApp · Messenger · Bluesky · Correo", "Reenvíalo a quien lo necesite en la zona"],
        "ru": ["Переслать: Telegram · WhatsApp · ВКонтакте · Почта", "Перешлите тем, кому это нужно в вашем районе"],
    },
    "photo": {
        "en": ["Picture handed to us by relatives", "Snapshot from a reader's phone"],
        "tr": ["Görseli yakınları bize verdi", "Bir okurumuzun telefonundan kare"],
        "de": ["Das Bild haben uns Angehörige überlassen", "Schnappschuss vom Handy eines Lesers"],
        "fr": ["Cliché confié par des proches", "Prise avec le téléphone d'une lectrice"],
        "es": ["Imagen facilitada por sus allegados", "Instantánea tomada con el móvil de una lectora"],
        "ru": ["Снимок передали родственники", "Кадр с телефона читательницы"],
    },
    "copyright": {
        "en": ["All content on this page belongs to {site}. Reuse in any form needs our written permission."],
        "tr": ["Bu sayfadaki tüm içerik {site}'a aittir. Her türlü yeniden kullanım yazılı iznimize bağlıdır."],
        "de": ["Alle Inhalte dieser Seite gehören {site}. Jede Weiterverwendung bedarf unserer schriftlichen Erlaubnis."],
        "fr": ["Tous les contenus de cette page appartiennent à {site}. Toute réutilisation nécessite notre accord écrit."],
        "es": ["Todo el contenido de esta página pertenece a {site}. Cualquier reutilización requiere nuestro permiso por escrito."],
        "ru": ["Все материалы этой страницы принадлежат «{site}». Любое использование — только с письменного разрешения редакции."],
    },
    "section": {
        "en": ["{section} desk", "Browse the {section} pages ›"],
        "tr": ["{section} masası", "{section} sayfalarına göz atın ›"],
        "de": ["Ressort {section}", "Durch das Ressort {section} blättern ›"],
        "fr": ["Service {section}", "Parcourir les pages {section} ›"],
        "es": ["Sección {section}", "Explora las páginas de {section} ›"],
        "ru": ["Отдел «{section}»", "Вернуться в раздел «{section}» ›"],
    },
    "related": {
        "en": ["Also on our front page", "Catch up on this story"],
        "tr": ["Ana sayfamızda bunlar da var", "Bu konuyu baştan takip edin"],
        "de": ["Ebenfalls auf unserer Titelseite", "So kam es dazu"],
        "fr": ["Également à la une", "Pour suivre cette affaire"],
        "es": ["También en portada", "Ponte al día con este tema"],
        "ru": ["Также на главной", "Как развивались события"],
    },
    "symbol": {"*": ["◦ ✶ ◦", "⁕ ⁕", "❋ ❋ ❋ ❋", "≈ ≈ ≈"]},
    "credit": {
        "en": ["Additional reporting by the {site} digital desk", "Pictures and video by the {site} visuals team"],
        "tr": ["{site} dijital masasının katkılarıyla hazırlanmıştır", "Fotoğraf ve video: {site} görsel ekibi"],
        "de": ["Unter Mitarbeit des Online-Teams von {site}", "Fotos und Video: Bildteam von {site}"],
        "fr": ["Avec la rédaction numérique de {site}", "Photos et vidéo : service visuel de {site}"],
        "es": ["Con información de la redacción digital de {site}", "Fotos y vídeo: equipo visual de {site}"],
        "ru": ["Материал подготовлен при участии онлайн-отдела «{site}»", "Фото и видео: визуальная служба «{site}»"],
    },
    "ad": {
        "en": ["Story continues after this advert", "Supported by advertising"],
        "tr": ["Haber reklamdan sonra devam ediyor", "Reklam desteğiyle yayımlanmaktadır"],
        "de": ["Der Artikel geht nach der Werbung weiter", "Mit Unterstützung durch Werbung"],
        "fr": ["L'article continue après cette publicité", "Avec le soutien de nos annonceurs"],
        "es": ["La noticia sigue después del anuncio", "Con el apoyo de nuestros anunciantes"],
        "ru": ["Материал продолжится после рекламы", "При поддержке рекламодателей"],
    },
    "continue": {
        "en": ["Show the rest of this story ⌄", "Keep reading – the full piece is below"],
        "tr": ["Haberin geri kalanını göster ⌄", "Okumaya devam: haberin tamamı aşağıda"],
        "de": ["Rest des Artikels anzeigen ⌄", "Weiterlesen – der ganze Text steht unten"],
        "fr": ["Afficher la suite de l'article ⌄", "Poursuivre la lecture : le texte complet est juste en dessous"],
        "es": ["Mostrar el resto de la noticia ⌄", "Sigue leyendo: el texto completo está justo debajo"],
        "ru": ["Показать материал полностью ⌄", "Читайте дальше: полный текст ниже"],
    },
    "comments": {
        "en": ["Join the conversation: {n} replies so far", "{n} people have had their say on this ›"],
        "tr": ["Tartışmaya katılın: şimdiye kadar {n} yanıt", "Bu konuda {n} kişi fikrini yazdı ›"],
        "de": ["Diskutieren Sie mit: bisher {n} Antworten", "{n} Menschen haben sich dazu schon geäußert ›"],
        "fr": ["Rejoignez la conversation : {n} réponses pour l'instant", "{n} personnes ont déjà donné leur avis ›"],
        "es": ["Únete a la conversación: {n} respuestas hasta ahora", "{n} personas ya han opinado sobre esto ›"],
        "ru": ["Присоединяйтесь к разговору: пока {n} ответов", "Своё мнение уже высказали {n} человек ›"],
    },
    "readtime": {
        "en": ["Roughly {m} minutes to read", "⏱ reading time {m} min"],
        "tr": ["Bu yazıyı {m} dakikada bitirirsiniz", "⏱ okuma {m} dk"],
        "de": ["Rund {m} Minuten Lektüre", "⏱ Lesezeit {m} Min"],
        "fr": ["Un article à lire en {m} minutes à peine", "⏱ lecture {m} min"],
        "es": ["Calcula {m} minutos de lectura", "⏱ lectura {m} min"],
        "ru": ["Примерно {m} минуты чтения", "⏱ чтение {m} мин"],
    },
    "updated": {
        "en": ["Amended on {d}, {t} (local time)", "Posted {d}, last edited {t}"],
        "tr": ["{d} günü {t} itibarıyla düzenlendi", "Yayın: {d}, son düzenleme {t}"],
        "de": ["Geändert am {d}, {t} Uhr (Ortszeit)", "Veröffentlicht {d}, zuletzt bearbeitet {t} Uhr"],
        "fr": ["Texte modifié le {d}, {t} (heure de Paris)", "Mis en ligne le {d}, modifié à {t}"],
        "es": ["Modificada el {d}, {t} (hora local)", "Publicado el {d}, editado por última vez a las {t}"],
        "ru": ["Изменено {d}, {t} (местное время)", "Опубликовано {d}, последняя правка в {t}"],
    },
    "audio": {
        "en": ["Hear this story read aloud · {m} min", "▶ Audio version (computer-generated voice)"],
        "tr": ["Bu haberi sesli dinleyin · {m} dk", "▶ Sesli sürüm (bilgisayar sesi)"],
        "de": ["Diesen Artikel vorlesen lassen · {m} Min.", "▶ Audioversion (computergenerierte Stimme)"],
        "fr": ["Écouter la lecture de cet article · {m} min", "▶ Version audio (voix générée par ordinateur)"],
        "es": ["Escucha esta noticia en voz alta · {m} min", "▶ Versión en audio (voz generada por ordenador)"],
        "ru": ["Послушать статью вслух · {m} мин", "▶ Аудиоверсия (голос сгенерирован компьютером)"],
    },
    "correction": {
        "en": ["Amended: a detail in this article has been corrected."],
        "tr": ["Düzeltildi: Bu haberdeki bir ayrıntı düzeltilmiştir."],
        "de": ["Berichtigt: Eine Angabe in diesem Artikel wurde korrigiert."],
        "fr": ["Corrigé : une information de cet article a été rectifiée."],
        "es": ["Corregido: se ha rectificado un dato de esta noticia."],
        "ru": ["Исправлено: в материале уточнена одна деталь."],
    },
    "app": {
        "en": ["Never miss a local story: get the {site} app", "Breaking news first, in the {site} app ›"],
        "tr": ["Hiçbir yerel haberi kaçırmayın: {site} uygulamasını indirin", "Son dakika önce {site} uygulamasında ›"],
        "de": ["Keine Lokalnachricht mehr verpassen: die App von {site}", "Eilmeldungen zuerst in der App von {site} ›"],
        "fr": ["Ne manquez plus aucune info locale : l'appli {site}", "Les alertes d'abord dans l'appli {site} ›"],
        "es": ["No te pierdas ninguna noticia local: la app de {site}", "Última hora, antes que nadie, en la app de {site} ›"],
        "ru": ["Не пропускайте местные новости: приложение «{site}»", "Срочные новости первыми — в приложении «{site}» ›"],
    },
    "bio": {
        "en": ["{by} has written about {section} for {site} since joining from a weekly paper.", "Every story by {by}, newest first ›"],
        "tr": ["{by}, {site} bünyesinde {section} sayfasının muhabiri; daha önce bir haftalık gazetede çalıştı.", "{by} tarafından yazılan bütün haberler, en yeniden eskiye ›"],
        "de": ["{by} schreibt seit dem Wechsel von einem Wochenblatt für {site} über {section}.", "Alle Texte von {by}, die neuesten zuerst ›"],
        "fr": ["{by} suit la rubrique {section} de {site} depuis son arrivée d'un hebdomadaire.", "Tous les articles de {by}, du plus récent au plus ancien ›"],
        "es": ["{by} escribe sobre {section} en {site} desde que llegó de un semanario.", "Todas las noticias de {by}, de la más reciente a la más antigua ›"],
        "ru": ["{by} пишет для «{site}» о разделе «{section}», а до этого работал в еженедельнике.", "Все тексты автора {by}, начиная с новых ›"],
    },
    "tip": {
        "en": ["Message our newsroom on 07700 900 562 or email tips@example.org if you know something we should look into", "Tell us what's happening on your street"],
        "tr": ["Araştırmamız gereken bir şey biliyorsanız haber merkezimize 0532 000 05 62'den yazın ya da ihbar@example.org adresine gönderin", "Sokağınızda neler olduğunu bize anlatın"],
        "de": ["Wenn Sie etwas wissen, dem wir nachgehen sollten, schreiben Sie der Redaktion unter 0151 00000562 oder an hinweise@example.org", "Erzählen Sie uns, was in Ihrer Straße los ist"],
        "fr": ["Si vous savez quelque chose sur lequel nous devrions enquêter, écrivez à la rédaction au 07 00 00 05 62 ou à infos@example.org", "Racontez-nous ce qui se passe dans votre rue"],
        "es": ["Si sabes algo que debamos investigar, escribe a la redacción al 611 000 562 o a avisos@example.org", "Cuéntanos lo que ocurre en tu calle"],
        "ru": ["Если вы знаете, во что нам стоит вникнуть, пишите в редакцию: +7 900 000-05-62 или tips@example.org", "Расскажите нам, что происходит на вашей улице"],
    },
    "typo": {
        "en": ["If you spot an error, highlight it and press Ctrl+Enter so our subeditors can check it"],
        "tr": ["Bir hata fark ederseniz işaretleyin ve Ctrl+Enter'a basın; editörlerimiz kontrol etsin"],
        "de": ["Wenn Ihnen ein Fehler auffällt, markieren Sie ihn und drücken Sie Strg+Enter, damit unsere Schlussredaktion ihn prüft"],
        "fr": ["Si vous repérez une erreur, surlignez-la puis appuyez sur Ctrl+Entrée pour que nos secrétaires de rédaction la vérifient"],
        "es": ["Si detectas un error, márcalo y pulsa Ctrl+Intro para que nuestra mesa de edición lo revise"],
        "ru": ["Если заметили ошибку, выделите её и нажмите Ctrl+Enter — выпускающий редактор проверит"],
    },
    "push": {
        "en": ["Let {site} alert you when something happens near you: Allow / Later"],
        "tr": ["{site} yakınınızda bir şey olduğunda size haber versin: İzin ver / Sonra"],
        "de": ["Lassen Sie sich von {site} benachrichtigen, wenn in Ihrer Nähe etwas passiert: Erlauben / Später"],
        "fr": ["Laissez {site} vous prévenir quand il se passe quelque chose près de chez vous : Autoriser / Plus tard"],
        "es": ["Deja que {site} te avise cuando pase algo cerca de ti: Permitir / Más tarde"],
        "ru": ["Пусть «{site}» сообщает, когда рядом с вами что-то происходит: Разрешить / Позже"],
    },
    "feedback": {
        "en": ["Let us know with a thumbs up or down whether this report was useful"],
        "tr": ["Bu haberin işinize yarayıp yaramadığını başparmakla işaretleyin"],
        "de": ["Zeigen Sie uns mit Daumen hoch oder runter, ob dieser Bericht nützlich war"],
        "fr": ["Pouce levé ou baissé : dites-nous si ce reportage vous a été utile"],
        "es": ["Pulgar arriba o abajo: dinos si esta información te ha servido"],
        "ru": ["Палец вверх или вниз: отметьте, был ли этот материал полезен"],
    },
    "standards": {
        "en": ["{site} is regulated by an independent press body, and our standards editor answers every complaint about accuracy within 14 days."],
        "tr": ["{site} bağımsız bir basın kuruluşunun denetimindedir ve yayın ilkeleri editörümüz doğrulukla ilgili her şikâyeti 14 gün içinde yanıtlar."],
        "de": ["{site} unterliegt der freiwilligen Selbstkontrolle der Presse, und unsere Qualitätsredaktion beantwortet jede Beschwerde zur Richtigkeit binnen 14 Tagen."],
        "fr": ["{site} adhère à une instance indépendante de déontologie, et notre référent répond à chaque réclamation sur l'exactitude sous 14 jours."],
        "es": ["{site} está sometido a un órgano independiente de autocontrol, y nuestra responsable de estándares contesta cada queja sobre exactitud en 14 días."],
        "ru": ["«{site}» признаёт решения независимой коллегии по жалобам на прессу, а редактор по стандартам отвечает на каждую жалобу о неточности в течение 14 дней."],
    },
    "topics": {
        "en": ["Topics: {section} · Local news", "Everything tagged {section} ›"],
        "tr": ["Konular: {section} · Yerel haberler", "{section} etiketli tüm haberler ›"],
        "de": ["Schlagworte: {section} · Aus der Region", "Alles mit dem Schlagwort {section} ›"],
        "fr": ["Thèmes : {section} · Actu locale", "Tout ce qui est classé {section} ›"],
        "es": ["Temas: {section} · Noticias locales", "Todo lo publicado con la etiqueta {section} ›"],
        "ru": ["Темы: {section} · Местные новости", "Больше по теме «{section}» ›"],
    },
    "bookmark": {
        "en": ["＋ Add to your reading list"], "tr": ["＋ Okuma listenize ekleyin"], "de": ["＋ Zur Leseliste hinzufügen"],
        "fr": ["＋ Ajouter à votre liste de lecture"], "es": ["＋ Añadir a tu lista de lectura"], "ru": ["＋ Добавить в список для чтения"],
    },
    "embed": {
        "en": ["Tap to load {handle}'s post from Instagram", "This YouTube clip from {handle} opens in a player"],
        "tr": ["{handle} hesabının Instagram gönderisini yüklemek için dokunun", "{handle} kanalının YouTube klibi oynatıcıda açılır"],
        "de": ["Tippen, um den Instagram-Post von {handle} zu laden", "Dieser YouTube-Clip von {handle} öffnet sich im Player"],
        "fr": ["Touchez pour charger la publication Instagram de {handle}", "Cet extrait YouTube de {handle} s'ouvre dans le lecteur"],
        "es": ["Toca para cargar la publicación de Instagram de {handle}", "Este clip de YouTube de {handle} se abre en el reproductor"],
        "ru": ["Нажмите, чтобы загрузить пост {handle} из Instagram", "Ролик {handle} с YouTube откроется в плеере"],
    },
    "gallery": {
        "en": ["Open the photo gallery ({g})", "{g} photos ›"],
        "tr": ["Foto galeriyi açın ({g})", "{g} fotoğraf ›"],
        "de": ["Fotostrecke öffnen ({g})", "{g} Fotos ›"],
        "fr": ["Ouvrir la galerie photos ({g})", "{g} photos ›"],
        "es": ["Abrir la galería de fotos ({g})", "{g} fotos ›"],
        "ru": ["Открыть фотогалерею ({g})", "{g} фото ›"],
    },
    "map": {
        "en": ["Open in maps ›", "Map: © OpenStreetMap contributors · Zoom in"],
        "tr": ["Haritada aç ›", "Harita: © OpenStreetMap katkıcıları · Yakınlaştır"],
        "de": ["In Karten öffnen ›", "Karte: © OpenStreetMap-Mitwirkende · Vergrößern"],
        "fr": ["Ouvrir dans Plans ›", "Carte : © contributeurs d'OpenStreetMap · Zoomer"],
        "es": ["Abrir en mapas ›", "Mapa: © colaboradores de OpenStreetMap · Ampliar"],
        "ru": ["Открыть в картах ›", "Карта: © участники OpenStreetMap · Приблизить"],
    },
    "calendar": {
        "en": ["Put it in your diary: Google · Apple · Outlook", "Download the event (.ics)"],
        "tr": ["Ajandanıza ekleyin: Google · Apple · Outlook", "Etkinliği indirin (.ics)"],
        "de": ["In den Kalender eintragen: Google · Apple · Outlook", "Termin herunterladen (.ics)"],
        "fr": ["Noter dans votre agenda : Google · Apple · Outlook", "Télécharger l'événement (.ics)"],
        "es": ["Apúntalo en tu agenda: Google · Apple · Outlook", "Descargar el evento (.ics)"],
        "ru": ["Записать в календарь: Google · Apple · Outlook", "Скачать событие (.ics)"],
    },
    "scores": {
        "en": ["Live scores and full league tables ›", "Scorecards · Fixtures · Table · Averages"],
        "tr": ["Canlı skorlar ve tüm puan durumları ›", "Maç kartları · Fikstür · Puan durumu · İstatistik"],
        "de": ["Liveticker und alle Tabellen ›", "Spielberichte · Spielplan · Tabelle · Statistik"],
        "fr": ["Scores en direct et tous les classements ›", "Feuilles de match · Calendrier · Classement · Statistiques"],
        "es": ["Resultados en directo y todas las clasificaciones ›", "Actas · Calendario · Clasificación · Estadísticas"],
        "ru": ["Онлайн-счёт и все турнирные таблицы ›", "Протоколы · Календарь · Таблица · Статистика"],
    },
    # the three families new in this part
    "schools": {  # school-closure lists: the list's heading, the council's closures page, the last-updated stamp
        "en": ["Is your school open? Today's closures", "See every closure on the county council's schools page ›",
               "Closures list last updated at {t}"],
        "tr": ["Okulunuz açık mı? Bugün tatil olan okullar", "Tüm okulların durumu İl Milli Eğitim Müdürlüğü sayfasında ›",
               "Liste en son saat {t}'de güncellendi"],
        "de": ["Hat Ihre Schule heute geöffnet? Die Liste der Schließungen", "Alle Schulschließungen auf der Seite des Schulamts ›",
               "Liste zuletzt aktualisiert um {t} Uhr"],
        "fr": ["Votre école est-elle ouverte ? Les fermetures du jour", "Toutes les fermetures sur le site de la direction académique ›",
               "Liste mise à jour à {t}"],
        "es": ["¿Abre hoy tu colegio? Centros cerrados", "Todos los cierres en la web de la Delegación de Educación ›",
               "Lista actualizada a las {t}"],
        "ru": ["Работает ли ваша школа? Список закрытых сегодня", "Все школы на сайте управления образования ›",
               "Список обновлён в {t}"],
    },
    "quakes": {  # earthquake feeds: the latest quakes, "did you feel it?", the seismological service's source line
        "en": ["Latest earthquakes in and around the UK", "Did you feel it? Report the shaking to the seismologists ›",
               "Source: national seismic monitoring network · automatic locations, may be revised"],
        "tr": ["Son depremler", "Siz de hissettiniz mi? Sarsıntıyı bildirin ›",
               "Kaynak: ulusal deprem izleme ağı · otomatik çözümler, değişebilir"],
        "de": ["Die jüngsten Erdbeben in der Region", "Haben Sie das Beben gespürt? Melden Sie es dem Erdbebendienst ›",
               "Quelle: Landeserdbebendienst · automatische Auswertung, Änderungen möglich"],
        "fr": ["Derniers séismes dans le massif", "Vous l'avez ressenti ? Témoignez auprès du bureau sismologique ›",
               "Source : réseau national de surveillance sismique · localisations automatiques, susceptibles d'évoluer"],
        "es": ["Últimos terremotos en la zona", "¿Lo has sentido? Cuéntaselo a los sismólogos ›",
               "Fuente: red sísmica nacional · cálculos automáticos, pueden cambiar"],
        "ru": ["Последние землетрясения в регионе", "Вы ощутили толчки? Сообщите сейсмологам ›",
               "Источник: служба сейсмического мониторинга · автоматическая обработка, данные могут уточняться"],
    },
    "waits": {  # hospital waiting-time widgets: current waits nearby, "check before you go", the non-emergency line
        "en": ["A&E waiting times near you right now", "Check before you go: waits are refreshed every 15 minutes",
               "Not an emergency? Call 111, day or night"],
        "tr": ["Yakınınızdaki acil servislerde şu anki bekleme süreleri", "Yola çıkmadan kontrol edin: süreler 15 dakikada bir yenilenir",
               "Acil değil mi? Gece gündüz 184'ü arayın"],
        "de": ["Aktuelle Wartezeiten in Notaufnahmen in Ihrer Nähe", "Vorher nachsehen: Die Wartezeiten werden alle 15 Minuten aktualisiert",
               "Kein Notfall? Ärztlicher Bereitschaftsdienst unter 116117"],
        "fr": ["Temps d'attente actuels aux urgences près de chez vous", "Vérifiez avant de partir : les délais sont actualisés toutes les 15 minutes",
               "Pas une urgence vitale ? Appelez le 116 117, jour et nuit"],
        "es": ["Tiempos de espera en urgencias cerca de ti", "Consulta antes de ir: las esperas se actualizan cada 15 minutos",
               "¿No es una emergencia? Llama a tu centro de salud o al 900 000 061"],
        "ru": ["Очереди в приёмных отделениях рядом с вами", "Проверьте перед выездом: время ожидания обновляется каждые 15 минут",
               "Не экстренный случай? Звоните 122, круглосуточно"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES): a closures board and a schools'
# status table are headed by the list's heading, the closures page is a link, the stamp is a small line; a quake
# feed is headed "latest earthquakes", the report prompt is a link, the source line small print; a waits board and a
# waits table are headed "current waits", then the "check before you go" line and the helpline
NEW_STYLE_WORDING = {"schools": [0, 1, 2, 0], "quakes": [0, 1, 2, 0], "waits": [0, 1, 2, 0]}
# a closures list: school, status
SCHOOL_ROWS = {
    "en": [("Carlow Fell CE Primary", "Closed"), ("Brantwick Primary", "Closed"), ("Dunmere High School", "Open, late start at 10am"),
           ("St Bede's RC Primary", "Partly open: Years 5 and 6 only"), ("Moorside Nursery", "Closed")],
    "tr": [("Yaylaköy İlkokulu", "Tatil"), ("Cumhuriyet Ortaokulu", "Tatil"), ("Merkez Anadolu Lisesi", "Açık"),
           ("Şehit Er Ali Demir İlkokulu", "Tatil"), ("Atatürk Anaokulu", "Açık")],
    "de": [("Grundschule am Mühlbach", "geschlossen"), ("Mittelschule Grafenried", "geschlossen"), ("Gymnasium Oberlaubach", "geöffnet"),
           ("Grundschule Niederau", "Notbetreuung"), ("Realschule am Schlossberg", "geöffnet, Prüfung verschoben")],
    "fr": [("École du Pont-Vieux", "fermée"), ("École Jules-Ferry", "ouverte"), ("Collège des Trois-Rivières", "accueil réduit"),
           ("École maternelle Les Tilleuls", "fermée")],
    "es": [("CEIP Virgen del Campo", "cerrado"), ("IES Sierra Alta", "abierto"), ("CEIP Los Olivos", "cerrado"),
           ("CRA Valle del Arroyo", "sin transporte escolar")],
    "ru": [("Школа № 4", "закрыта"), ("Гимназия № 7", "работает"), ("Кедровская СОШ", "закрыта"), ("Детский сад «Ромашка»", "работает")],
}
# a quake feed: magnitude, depth, place, time
QUAKE_HEAD = {
    "en": ("Mag.", "Depth", "Location", "Time"), "tr": ("Büyüklük", "Derinlik", "Yer", "Saat"),
    "de": ("Stärke", "Tiefe", "Ort", "Zeit"), "fr": ("Magn.", "Prof.", "Lieu", "Heure"),
    "es": ("Mag.", "Prof.", "Localización", "Hora"), "ru": ("Магн.", "Глубина", "Район", "Время"),
}
QUAKE_ROWS = {
    "en": [("3.6", "7 km", "Corrie End, Tarrow valley", "23:14"), ("1.2", "3 km", "Hollin Moor", "04:51"),
           ("0.9", "11 km", "Skelby Sound", "17:08"), ("1.6", "5 km", "Ardmair Forest", "09:32")],
    "tr": [("4,7", "9,3 km", "Karaçamlı", "02:17"), ("3,2", "8,1 km", "Karaçamlı", "02:41"),
           ("2,4", "7,0 km", "Dereköy açıkları", "05:12"), ("1,9", "10,4 km", "Yenice", "06:03")],
    "de": [("2,1", "8 km", "Zollernhöhe", "03:12"), ("1,4", "6 km", "Oberer Grabenrand", "21:47")],
    "fr": [("4,2", "9 km", "Arbéost-du-Lisset", "06:42"), ("2,3", "8 km", "Arbéost-du-Lisset", "07:16"),
           ("1,8", "10 km", "Col de Marsac", "09:01"), ("1,5", "6 km", "Port de Vielle", "13:26")],
    "es": [("2,6", "12 km", "Sierra de Almenara", "11:04"), ("1,9", "5 km", "Valdecuenca", "22:30")],
    "ru": [("5,1", "14 км", "оз. Кедровое", "02:36"), ("3,0", "12 км", "оз. Кедровое", "03:11"),
           ("2,7", "9 км", "хр. Сарминский", "10:48"), ("2,2", "16 км", "Тункинская впадина", "18:05")],
}
# a waits widget: emergency department, current wait
WAIT_ROWS = {
    "en": [("Kestwick General", "4 hr 50 min"), ("Harbury Royal Infirmary", "3 hr 15 min"), ("Station Road minor injuries unit", "1 hr 40 min")],
    "tr": [("Devlet Hastanesi acil servisi", "55 dk"), ("Şehir Hastanesi acil servisi", "1 sa 20 dk")],
    "de": [("Kreisklinikum Hohenbrunn", "3 Std. 10 Min."), ("St.-Josefs-Krankenhaus Wellheim", "1 Std. 45 Min."), ("Bereitschaftspraxis am Kreisklinikum", "40 Min.")],
    "fr": [("Urgences de Montclar", "2 h 30"), ("Urgences de Vallerande", "3 h 45"), ("Maison médicale de garde du lac", "50 min")],
    "es": [("Hospital Comarcal de Almenara", "6 h 20 min"), ("Hospital General de Valdecuenca", "3 h 05 min"), ("Punto de Atención Continuada de Calzadilla", "45 min")],
    "ru": [("Городская больница № 2", "1 ч 30 мин"), ("Районная больница", "55 мин")],
}
HEADLINES = {
    "en": ["Last train from Dunmere to run 40 minutes later from May", "Village post office saved by parish council loan",
           "Lido's new solar panels cut heating bill by a third", "Footbridge over the Tarrow reopens after two years",
           "Bowls club opens its green to children on Fridays", "Charity shop volunteers raise £60,000 in a year"],
    "tr": ["Son tren mayısta 40 dakika daha geç kalkacak", "Köyün postanesi muhtarlığın desteğiyle kapanmaktan kurtuldu",
           "Açık yüzme havuzunun ısınma faturası güneş panelleriyle üçte bir azaldı", "Çay üzerindeki yaya köprüsü iki yıl sonra yeniden açıldı",
           "Bocce kulübü cuma günleri sahasını çocuklara açıyor", "Hayır çarşısı gönüllüleri bir yılda 600 bin lira topladı"],
    "de": ["Letzter Zug fährt ab Mai 40 Minuten später", "Gemeinde rettet die Postfiliale im Dorf mit einem Darlehen",
           "Solaranlage halbiert fast die Heizkosten des Freibads", "Fußgängerbrücke über die Almbach nach zwei Jahren wieder offen",
           "Boule-Verein öffnet seinen Platz freitags für Kinder", "Helferinnen im Sozialkaufhaus sammeln 60.000 Euro in einem Jahr"],
    "fr": ["Le dernier train partira 40 minutes plus tard à partir de mai", "La commune sauve le bureau de poste du village",
           "Des panneaux solaires font baisser d'un tiers la facture de la piscine", "La passerelle sur le Lisset rouvre après deux ans de travaux",
           "Le club de pétanque ouvre son terrain aux enfants le vendredi", "Les bénévoles de la boutique solidaire récoltent 60 000 euros en un an"],
    "es": ["El último tren saldrá 40 minutos más tarde desde mayo", "El Ayuntamiento salva la oficina de correos del pueblo",
           "Las placas solares rebajan un tercio la factura de la piscina", "La pasarela sobre el río reabre tras dos años cerrada",
           "El club de petanca abre su pista a los niños los viernes", "Las voluntarias de la tienda solidaria recaudan 60.000 euros en un año"],
    "ru": ["Последняя электричка с мая будет уходить на 40 минут позже", "Сельское почтовое отделение спасли от закрытия",
           "Солнечные панели на треть снизили счета городского бассейна", "Пешеходный мост через Кедровку открыли после двух лет ремонта",
           "Клуб ветеранов открыл свой спортзал для детей по пятницам", "Волонтёры благотворительного магазина собрали 2 миллиона рублей за год"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["fr"]
TEASERS = {
    "fr": ["La région a cédé aux demandes des usagers, après une pétition de 2 300 signatures.",
           "Le conseil municipal a voté un prêt de 18 000 euros à l'unanimité.",
           "L'installation de 240 mètres carrés produit aussi l'eau chaude des douches.",
           "Les travaux ont coûté 410 000 euros, dont la moitié payée par le département.",
           "Les licenciés les plus âgés se relaient pour encadrer les séances.",
           "La somme financera l'épicerie sociale et deux camions de ramassage."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Dunmere and the dales", "Market towns and moor villages", "Town halls and the courtroom", "Jobs, farms and firms", "Sport from the grounds", "What's on in the dales", "Post bag: what readers write to us"],
               cookie="This website sets cookies so that pages load properly, so that we can count our readers and so that the adverts paying for our journalism suit you; pick the ones you are happy with.",
               accept="Yes, that's fine", reject="Necessary ones only, thanks", share="Pass this article on",
               related="More from today's pages", newsletter="The paper at half six, every weekday",
               subscribe="Put me on the list for that", email="you@dunmeregazette.example",
               comment_note="Only readers who are logged in can post under this article.",
               closed="We have switched off the comments under this report.",
               footer=["The reporters and editors behind us", "How we put our mistakes right", "Cookie choices and your privacy here", "Buying an advert from us", "Rules for using these pages"],
               rights="Nothing on this website may be copied without the publisher's say-so.",
               commenters=[("moorland_mike", "Fair play to everyone who turned out."),
                           ("Sheila on Tenter Lane", "Is there a number to ring if the same happens to us?"),
                           ("dunmere_dan", "Handy to know, cheers.")]),
    "tr": dict(nav=["Yaylakent ve çevresi", "Kasabalar ve yayla köyleri", "Belediye binası ve adliye koridorları", "İş, tarla ve esnaf", "Sahalardan spor", "Yaylada bu hafta ne var", "Editöre mektuplarınız"],
               cookie="Bu site, sayfaların düzgün açılması, okurlarımızı sayabilmemiz ve gazeteciliğimizi finanse eden reklamların size uygun olması için çerez kullanır; onay verdiklerinizi seçin.",
               accept="Evet, uygundur", reject="Yalnızca gerekenler, teşekkürler", share="Haberi yakınlarınıza da gönderin",
               related="Bugünkü gazetede başka neler var", newsletter="Hafta içi her gün 6.30'da gazete e-postanızda",
               subscribe="Bana da gönderin", email="siz@yaylakentpostasi.example",
               comment_note="Bu haberin altına yalnızca giriş yapmış okurlar yazabilir.",
               closed="Bu haberin altındaki yorumları kapattık.",
               footer=["Gazeteyi kimler yazıyor", "Hatalarımızı nasıl düzeltiriz", "Çerez seçimleri ve gizliliğiniz", "Bize nasıl ilan verilir", "Sitemizi kullanırken uyulacak kurallar"],
               rights="Bu sitedeki hiçbir şey yayıncının onayı olmadan kopyalanamaz.",
               commenters=[("yaylali_mustafa", "Gelip yardım eden herkese helal olsun."),
                           ("Nurcan Ö.", "Aynısı bizim başımıza gelirse arayacağımız bir numara var mı?")]),
    "de": dict(nav=["Oberlaubach und das Almbachtal", "Kleinstädte und Dörfer am Fluss", "Rathäuser und Gerichtssaal", "Jobs, Höfe und Betriebe", "Sport von den Plätzen", "Was im Tal los ist", "Ihre Briefe an die Redaktion"],
               cookie="Diese Website setzt Cookies, damit Seiten richtig laden, damit wir unsere Leserschaft zählen können und damit die Werbung, die unseren Journalismus bezahlt, zu Ihnen passt; wählen Sie aus, womit Sie einverstanden sind.",
               accept="Ja, in Ordnung", reject="Nur die nötigen, danke", share="Diesen Bericht weiterreichen",
               related="Sonst noch in der heutigen Zeitung", newsletter="Die Zeitung um halb sieben, werktags",
               subscribe="Ja, schicken Sie sie mir", email="sie@landbote.example",
               comment_note="Unter diesem Artikel können nur angemeldete Leserinnen und Leser schreiben.",
               closed="Wir haben die Kommentare unter diesem Bericht abgeschaltet.",
               footer=["Wer die Zeitung schreibt", "Wie wir Fehler richtigstellen", "Cookie-Auswahl und Ihre Privatsphäre hier", "Eine Anzeige bei uns aufgeben", "Hausregeln für diese Website"],
               rights="Nichts auf dieser Website darf ohne das Einverständnis des Verlags kopiert werden.",
               commenters=[("Almbach_Anwohner", "Respekt an alle, die da mit angepackt haben."),
                           ("Gisela aus Niederau", "Gibt es eine Nummer, falls uns das auch passiert?")]),
    "fr": dict(nav=["Montclar et ses vallées", "Bourgs et villages de montagne", "Mairies et salle d'audience", "Emplois, fermes et entreprises", "Le sport des terrains", "Ce qui se passe dans la vallée", "Le courrier que vous nous écrivez"],
               cookie="Ce site dépose des cookies pour que les pages s'affichent correctement, pour compter nos lecteurs et pour que les publicités qui financent notre journalisme vous correspondent ; choisissez ceux que vous acceptez.",
               accept="Oui, c'est d'accord", reject="Seulement les indispensables, merci", share="Transmettre ce reportage",
               related="À lire aussi dans nos pages du jour", newsletter="Le journal à 6 h 30, chaque jour de semaine",
               subscribe="Volontiers, je m'abonne à la lettre", email="vous@journalduval.example",
               comment_note="Seuls les lecteurs connectés peuvent écrire sous cet article.",
               closed="Nous avons désactivé les commentaires sous ce reportage.",
               footer=["Qui écrit le journal", "Comment nous réparons nos erreurs", "Choix de cookies et vie privée ici", "Passer une annonce chez nous", "Règles de la maison pour ce site"],
               rights="Rien sur ce site ne peut être copié sans l'accord de l'éditeur.",
               commenters=[("riverain_du_lac", "Chapeau à tous ceux qui sont venus aider."),
                           ("Mireille de Vallerande", "Y a-t-il un numéro à appeler si ça nous arrive aussi ?")]),
    "es": dict(nav=["Almenara y sus valles", "Villas y pueblos de la sierra", "Ayuntamientos y sala de vistas", "Empleo, huertas y empresas", "El deporte desde los campos", "Qué hay en la comarca", "Tus cartas a la redacción"],
               cookie="Esta web instala cookies para que las páginas carguen bien, para contar a nuestros lectores y para que los anuncios que pagan nuestro periodismo te encajen; elige las que aceptas.",
               accept="Sí, de acuerdo", reject="Solo las imprescindibles, gracias", share="Hacer circular esta noticia",
               related="En el periódico de hoy, además", newsletter="El periódico a las seis y media, de lunes a viernes",
               subscribe="Sí, mandádmelo", email="tu@noticierodealmenara.example",
               comment_note="Solo los lectores con sesión iniciada pueden escribir bajo esta noticia.",
               closed="Hemos desactivado los comentarios de esta información.",
               footer=["Quién escribe el periódico", "Cómo rectificamos nuestros errores", "Elección de cookies y privacidad aquí", "Poner un anuncio con nosotros", "Normas de la casa para esta web"],
               rights="Nada de esta web puede copiarse sin el visto bueno del editor.",
               commenters=[("vecino_del_arroyo", "Olé por toda la gente que vino a echar una mano."),
                           ("Puri de Valdecuenca", "¿Hay un teléfono por si nos pasa lo mismo?")]),
    "ru": dict(nav=["Кедровск и окрестности", "Посёлки и сёла у озера", "Администрации и зал суда", "Работа, фермы и предприятия", "Спорт с площадок", "Что происходит в районе", "Ваши письма в редакцию"],
               cookie="Сайт использует cookie, чтобы страницы загружались правильно, чтобы мы могли считать читателей и чтобы реклама, на которую живёт наша журналистика, была вам интересна; отметьте, с чем вы согласны.",
               accept="Да, хорошо", reject="Только нужные, спасибо", share="Передать статью дальше",
               related="Ещё в сегодняшнем номере", newsletter="Газета в половине седьмого, по будням",
               subscribe="Хочу это письмо", email="vy@kedrovskaya.example",
               comment_note="Писать под этим материалом могут только вошедшие читатели.",
               closed="Мы отключили комментарии под этим репортажем.",
               footer=["Кто пишет газету", "Как редакция исправляет свои ошибки", "Выбор cookie и ваша приватность здесь", "Разместить у нас объявление", "Правила дома для этого сайта"],
               rights="Ничего с этого сайта нельзя копировать без согласия издателя.",
               commenters=[("кедровский_Саныч", "Спасибо всем, кто пришёл помочь."),
                           ("Людмила с Заречной", "Есть телефон, если и у нас такое случится?")]),
}
UI40 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"tr": "YAYLAKENT POSTASI'NDA BUNLARI DA OKUYUN:"},  # the regional layout's inline links
    (mp2, "BIO"): {"tr": "{name}, {site} muhabiri olarak {section} haberlerini ve köylerdeki gelişmeleri izliyor. Haber ihbarları için: muhabir@example.org"},
    (mp4, "READMORE"): {"es": "TAMBIÉN EN EL NOTICIERO:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"fr": dict(also="À lire aussi dans Le Journal du Val")},
    (mp6, "TYPO3"): {"de": dict(ext="Video von YouTube", note="Hier ist ein Video des Landesamts eingebunden. Es wird erst nach Ihrer Zustimmung von YouTube geladen; dabei werden Daten an YouTube übermittelt.",
                                button="Zustimmen und Video abspielen", by="Ein Artikel von", search="Im Landboten suchen",
                                lang_menu="Landbote in Leichter Sprache")},
    (mp7, "SANITY"): {"es": dict(nl_title="El Cierzo por la mañana", nl_text="Lo que pasa en la ribera y en sus pueblos, antes de desayunar y de lunes a sábado.",
                                 nl_button="Apuntarme a El Cierzo", nl_placeholder="Tu correo para El Cierzo por la mañana")},
    (mp11, "HUGO"): {"de": dict(nl_title="Laubach am Sonntag", nl_text="Markt, Rathaus und Vereine: alles aus Laubach in einer Mail am Sonntagmorgen.",
                                nl_label="Ihre Adresse für Laubach am Sonntag", nl_button="Laubach am Sonntag bestellen")},
    (mp13, "PUB_NAV"): {"fr": ["Derniers cahiers", "Métiers d'ici", "Gens de la Rance-Haute", "Soutenir les Cahiers"]},
    (mp13, "TEASERS"): {"fr": TEASERS["fr"]},
    (mp19, "UCOZ"): {"en": dict(domain="ucoz.net", slogan="Netherby online: brook, church, hall and the people in between",
                                menu=["Netherby home", "Netherby news", "Brook and flood wardens", "Netherby parish council", "Netherby photos", "Message the Netherby webmaster"],
                                cats=["Netherby news", "Brook and flood wardens", "Netherby parish council"],
                                friends=["Netherby CE Primary School", "The Wheatsheaf, Netherby", "Netherby Allotment Society"],
                                footer="Netherby Village Website © 2026 · looked after by volunteers from the parish",
                                poster="webmaster_pat", tags=["flood wardens", "sandbags"],
                                commenters=[("Brook_Row_Bill", "Thank you all. Sleeping better already."),
                                            ("Aileen_H", "Happy to be on the phone list. I'm at number 9.")],
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
# the new layout: a Statamic 4 site (Laravel, Antlers templates, Bard field with sets, Vite, Alpine.js, Klaro)
# --------------------------------------------------------------------------
# the templates' generic strings as the developers leave them (the starter kit's labels and Klaro's own button
# texts), per language (not checked: they recur on any such site)
STATAMIC_CORE = {
    "en": dict(html_lang="en", og_locale="en_GB", skip="Skip to content", menu="Menu", close="Close menu", search="Search",
               search_ph="Search the site…", by="By", read="{m} min read", copy="Copy link", copied="Copied!",
               share="Share", tags="Tagged", email_label="Email address", klaro_more="Let me choose",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"], date_fmt="{d} {M} {y}"),
    "ru": dict(html_lang="ru", og_locale="ru_RU", skip="Перейти к содержанию", menu="Меню", close="Закрыть меню", search="Поиск",
               search_ph="Поиск по сайту…", by="Текст:", read="{m} мин чтения", copy="Скопировать ссылку", copied="Скопировано!",
               share="Поделиться", tags="Теги", email_label="Электронная почта", klaro_more="Позвольте мне выбрать",
               months=["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                       "ноября", "декабря"], date_fmt="{d} {M} {y}"),
}
# the sites' own strings: host, menus (titles and slugs), header buttons, box titles, the newsletter form and footer
STATAMIC = {
    "Brennport Almanac": dict(
        domain="brennportalmanac.example", tagline="Stories from the streets of Brennport",
        menu=["People", "Food and drink", "Streets and buildings", "Culture in Brennport", "The Almanac guide"],
        slugs=["people", "food-drink", "streets", "culture", "guide"],
        buttons=["Get the printed Almanac", "Support the Almanac"],
        related_title="More Almanac stories from Brennport", share_title="Pass this Almanac story on",
        nl_title="The Almanac Letter", nl_text="One email a fortnight with our newest Brennport stories and the best things to do in the city.",
        nl_button="Send me the Almanac Letter", nl_form="almanac_letter",
        footer_links=["About the Almanac", "Write for the Almanac", "Stock the printed Almanac", "Almanac privacy policy"],
        footer_note="The Brennport Almanac is an independent magazine, published four times a year from a studio on Quayside Lane."),
    "Слобода": dict(
        domain="sloboda-mag.example", tagline="Журнал о городе, его дворах и жителях",
        menu=["Люди и дворы", "Еда и кафе", "Улицы и дома", "Культура в Слободе", "Путеводитель «Слободы»"],
        slugs=["lyudi", "eda", "ulitsy", "kultura", "putevoditel"],
        buttons=["Купить бумажную «Слободу»", "Поддержать «Слободу»"],
        related_title="Ещё истории «Слободы»", share_title="Рассказать о статье «Слободы»",
        nl_title="Письмо «Слободы»", nl_text="Раз в две недели — новые истории о городе и лучшие события на выходные от редакции «Слободы».",
        nl_button="Получать письмо «Слободы»", nl_form="pismo_slobody",
        footer_links=["О журнале «Слобода»", "Стать автором «Слободы»", "Где купить «Слободу»", "Политика конфиденциальности «Слободы»"],
        footer_note="«Слобода» — независимый городской журнал. Выходит четыре раза в год, редакция работает в доме на Почтовой улице."),
}
STATAMIC_EXEMPT = {"domain", "slugs", "nl_form"}


def st_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    c = STATAMIC_CORE[lang]
    return c["date_fmt"].replace("{M}", c["months"][m - 1]).replace("{d}", str(d)).replace("{y}", str(y))


def st_block(kind, val):
    """One block of the Bard field's text, as Statamic renders ProseMirror nodes."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>%s</%s>" % (kind, "".join("<li><p>%s</p></li>" % mp.inline_html(v) for v in val), kind)


def tpl_statamic(art, ui, site, placed, rng):
    # an article entry of a Statamic 4 city magazine (see the module docstring)
    lang, n, blocks = art["lang"], len(art["blocks"]), art["blocks"]
    c, s = STATAMIC_CORE[lang], STATAMIC[site]
    host = "https://" + s["domain"]
    sec_i = s["menu"].index(art["section"])
    sec, sec_slug = s["menu"][sec_i], s["slugs"][sec_i]
    y, m, d = art["date"].split("-")
    entry_slug = mp13.medium_slug(art["title"], 60).lower()
    url = "%s/%s/%s" % (host, sec_slug, entry_slug)
    hh, mi = rng.randint(6, 20), rng.randint(0, 59)
    tz = "+01:00" if lang == "en" else "+03:00"
    iso = "%sT%02d:%02d:00%s" % (art["date"], hh, mi, tz)
    shown = st_date(lang, art["date"])
    words = len(mp.truth_text(art["truth_blocks"]).split())
    mins = max(2, round(words / 220))

    def hx(k):
        return "%0*x" % (k, rng.randint(0, 16**k - 1))

    def token(k=40):
        abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(rng.choice(abc) for _ in range(k))

    img_file = mp13.medium_slug(art["caption"], 40).lower()
    author_slug = mp13.medium_slug(art["byline"], 40).lower()

    def glide(name, w, h):
        return "/img/containers/assets/%s/%s.jpg/%s/%s.jpg" % (y, name, hx(32), name) if w is None else \
            "/img/containers/assets/%s/%s.jpg/%s.jpg?w=%d&h=%d&fit=crop&s=%s" % (y, name, name, w, h, hx(32))
    hero_srcset = ", ".join("%s %dw" % (glide(img_file, w, w * 9 // 16), w) for w in (640, 1024, 1600))

    # the Bard field: text between sets in div.bard-text; the image set after the first third, the pull quote set
    # further down; residue the editors pasted as text stays in the text, the rest sits in embed sets
    slots = [i for i in safe_slots(art, 2) if i not in art["no_slot"]]
    image_at = slots[len(slots) // 3] if slots else n
    pull_at = next((i for i in slots if i >= image_at + 2), None)
    inset_cap, inset_cr = art["inset"]
    inset_file = mp13.medium_slug(inset_cap, 40).lower()
    image_set = ('<div class="set-image set-image--inset">\n    <figure class="set-image__figure">\n'
                 '        <img src="{src}" srcset="{s1} 640w, {s2} 960w" sizes="(min-width: 768px) 640px, 100vw" width="960" height="640" loading="lazy" alt="{alt}">\n'
                 '        <figcaption class="set-image__caption">{cap} <span class="set-image__credit">{cr}</span></figcaption>\n    </figure>\n</div>').format(
        src=A(glide(inset_file, 960, 640)), s1=A(glide(inset_file, 640, 427)), s2=A(glide(inset_file, 960, 640)),
        alt=A(inset_cap), cap=E(inset_cap), cr=E(inset_cr))
    pull_set = ('<div class="set-pullquote set-pullquote--wide">\n    <blockquote class="set-pullquote__quote">\n'
                '        <p>{q}</p>\n    </blockquote>\n</div>').format(q=E(art["pull"]))
    placed = {i: list(x) for i, x in placed.items()}
    placed.setdefault(image_at, []).append(image_set)
    if pull_at is not None:
        placed.setdefault(pull_at, []).append(pull_set)
    in_box = {j for st, _, j in art["looks"] if st in ("box", "factbox")}  # noqa: F841 (boxes stay in the text)
    parts, run = [], []

    def flush():
        if run:
            parts.append('<div class="bard-text prose prose-lg prose-stone">\n%s\n</div>' % "\n".join(run))
            run.clear()

    for i in range(n + 1):
        for snip in placed.get(i, []):
            if re.match(r"<p>|<h[45]>", snip):  # a line pasted into the Bard editor
                run.append(snip)
            elif snip is image_set or snip is pull_set:
                flush()
                parts.append(snip)
            else:  # the HTML an editor put into the embed set's code field
                flush()
                parts.append('<div class="set-embed set-embed--html">\n    <div class="set-embed__code">%s</div>\n</div>' % snip)
        if i < n:
            run.append(st_block(*blocks[i]))
    flush()
    body = "\n".join(parts)

    nav = "\n".join('            <li><a href="/%s" class="site-nav__link%s"%s>%s</a></li>' % (
        sl, " is-active" if k == sec_i else "", ' aria-current="page"' if k == sec_i else "", E(t))
        for k, (t, sl) in enumerate(zip(s["menu"], s["slugs"])))
    mnav = "\n".join('            <li><a href="/%s" class="mobile-nav__link">%s</a></li>' % (sl, E(t))
                     for t, sl in zip(s["menu"], s["slugs"]))
    heads = rng.sample(HEADLINES[lang], 3)
    cards = "\n".join(
        ('        <article class="entry-card">\n            <a href="/{sl}/{u}" class="entry-card__link">\n'
         '                <img src="{img}" width="400" height="267" loading="lazy" alt="" class="entry-card__image">\n'
         '                <h3 class="entry-card__title">{t}</h3>\n            </a>\n        </article>').format(
            sl=rng.choice(s["slugs"]), u=mp13.medium_slug(t, 50).lower(), t=E(t),
            img=A(glide(mp13.medium_slug(t, 30).lower(), 400, 267)))
        for t in heads)
    footer_links = "\n".join('                <li><a href="/%s">%s</a></li>' % (mp13.medium_slug(t, 30).lower(), E(t))
                             for t in s["footer_links"])
    share_nets = [("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                  ("telegram" if lang == "ru" else "whatsapp", "Telegram" if lang == "ru" else "WhatsApp",
                   ("https://t.me/share/url?url=" if lang == "ru" else "https://wa.me/?text=") + url),
                  ("email", "Email", "mailto:?subject=%s&body=%s" % (art["title"], url))]
    share = "\n".join('            <a class="share-bar__link share-bar__link--%s" href="%s" target="_blank" rel="noopener" aria-label="%s %s"></a>'
                      % (k, A(h), A(c["share"]), A(lab)) for k, lab, h in share_nets)
    tag = mp13.medium_slug(sec, 30).lower()
    ld = json.dumps({"@context": "https://schema.org", "@type": "Article", "headline": art["title"],
                     "description": art["sub"], "datePublished": iso, "dateModified": iso,
                     "image": host + glide(img_file, 1600, 900), "author": {"@type": "Person", "name": art["byline"]},
                     "publisher": {"@type": "Organization", "name": site}, "mainEntityOfPage": url},
                    ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    css, js, vendor = hx(8), hx(8), hx(8)
    csrf = token()
    return f'''<!doctype html>
<html lang="{c["html_lang"]}" class="scroll-smooth">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="{csrf}">
    <title>{E(art["title"])} | {E(site)}</title>
    <meta name="description" content="{A(art["sub"])}">
    <link rel="canonical" href="{url}">
    <meta property="og:type" content="article">
    <meta property="og:site_name" content="{A(site)}">
    <meta property="og:title" content="{A(art["title"])}">
    <meta property="og:description" content="{A(art["sub"])}">
    <meta property="og:url" content="{url}">
    <meta property="og:image" content="{host}{A(glide(img_file, 1200, 630))}">
    <meta property="og:locale" content="{c["og_locale"]}">
    <meta property="article:published_time" content="{iso}">
    <meta name="twitter:card" content="summary_large_image">
    <link rel="alternate" type="application/atom+xml" title="{A(site)}" href="{host}/feed">
    <link rel="icon" href="/favicons/favicon.svg" type="image/svg+xml">
    <link rel="preload" as="style" href="{host}/build/assets/site-{css}.css" />
    <link rel="modulepreload" href="{host}/build/assets/site-{js}.js" />
    <link rel="modulepreload" href="{host}/build/assets/vendor-{vendor}.js" />
    <link rel="stylesheet" href="{host}/build/assets/site-{css}.css" />
    <script type="module" src="{host}/build/assets/site-{js}.js"></script>
    <script defer type="application/javascript" src="/js/klaro-config.js?id={hx(8)}"></script>
    <script defer data-config="klaroConfig" type="application/javascript" src="/vendor/klaro/klaro-no-css.js"></script>
    <script type="text/plain" data-type="application/javascript" data-name="plausible" data-src="https://plausible.io/js/script.js" data-domain="{s["domain"]}"></script>
    <script type="application/ld+json">{ld}</script>
</head>
<body class="bg-stone-50 text-stone-900 antialiased font-sans" x-data="{{ searchOpen: false }}" @keydown.escape.window="searchOpen = false">
    <a href="#content" class="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:bg-white focus:p-2">{E(c["skip"])}</a>
    <header class="site-header border-b border-stone-200" x-data="{{ menuOpen: false }}">
        <div class="container mx-auto flex items-center justify-between px-4 py-3">
            <a href="/" class="site-logo" aria-label="{A(site)}">
                <img src="/assets/brand/logo.svg" alt="{A(site)}" width="190" height="42">
                <span class="site-logo__tagline hidden md:block">{E(s["tagline"])}</span>
            </a>
            <nav class="site-nav hidden lg:block" aria-label="{A(c["menu"])}">
                <ul class="site-nav__list flex gap-6">
{nav}
                </ul>
            </nav>
            <div class="site-header__actions flex items-center gap-3">
                <a href="/shop" class="btn btn--ghost hidden md:inline-flex">{E(s["buttons"][0])}</a>
                <a href="/support" class="btn btn--primary">{E(s["buttons"][1])}</a>
                <button type="button" class="site-header__search" @click="searchOpen = true" aria-label="{A(c["search"])}"><svg class="h-5 w-5" aria-hidden="true"><use href="/icons/sprite.svg#search"></use></svg></button>
                <button type="button" class="site-header__burger lg:hidden" @click="menuOpen = ! menuOpen" :aria-expanded="menuOpen.toString()" aria-controls="mobile-menu">
                    <span class="sr-only" x-text="menuOpen ? '{A(c["close"])}' : '{A(c["menu"])}'">{E(c["menu"])}</span>
                    <svg class="h-6 w-6" aria-hidden="true"><use href="/icons/sprite.svg#menu"></use></svg>
                </button>
            </div>
        </div>
        <nav id="mobile-menu" class="mobile-nav lg:hidden" x-show="menuOpen" x-cloak x-transition.opacity @click.outside="menuOpen = false">
            <ul class="mobile-nav__list">
{mnav}
            </ul>
        </nav>
    </header>
    <div class="search-overlay" x-show="searchOpen" x-cloak x-transition>
        <form action="/search" method="get" class="search-overlay__form" @click.outside="searchOpen = false">
            <input type="search" name="q" placeholder="{A(c["search_ph"])}" class="search-overlay__input" x-ref="q" x-init="$watch('searchOpen', v => v && $nextTick(() => $refs.q.focus()))">
        </form>
    </div>

    <main id="content" class="site-main">
        <article class="entry entry--article">
            <header class="entry__header container mx-auto max-w-3xl px-4">
                <a href="/{sec_slug}" class="entry__section">{E(sec)}</a>
                <h1 class="entry__title">{E(art["title"])}</h1>
                <p class="entry__standfirst">{E(art["sub"])}</p>
                <div class="entry__meta">
                    <span class="entry__author">{E(c["by"])} <a href="/authors/{author_slug}">{E(art["byline"])}</a></span>
                    <time datetime="{iso}" class="entry__date">{E(shown)}</time>
                    <span class="entry__readtime">{E(c["read"].replace("{m}", str(mins)))}</span>
                </div>
            </header>
            <figure class="entry__hero">
                <img src="{A(glide(img_file, 1600, 900))}" srcset="{A(hero_srcset)}" sizes="100vw" width="1600" height="900" alt="{A(art["caption"])}" fetchpriority="high">
                <figcaption class="entry__hero-caption">{E(art["caption"])} <span class="entry__hero-credit">{E(art["credit"])}</span></figcaption>
            </figure>
            <div class="entry__body container mx-auto max-w-3xl px-4">
{body}
            </div>
            <footer class="entry__footer container mx-auto max-w-3xl px-4">
                <div class="entry__tags"><span class="entry__tags-label">{E(c["tags"])}</span> <a href="/tags/{tag}" class="tag-link">{E(sec)}</a></div>
                <div class="share-bar" x-data="{{ copied: false }}">
                    <p class="share-bar__title">{E(s["share_title"])}</p>
{share}
                    <button type="button" class="share-bar__copy" @click="navigator.clipboard.writeText('{url}'); copied = true; setTimeout(() => copied = false, 2000)" x-text="copied ? '{A(c["copied"])}' : '{A(c["copy"])}'">{E(c["copy"])}</button>
                </div>
            </footer>
        </article>

        <section class="related-entries container mx-auto px-4" aria-labelledby="related-title">
            <h2 id="related-title" class="related-entries__title">{E(s["related_title"])}</h2>
            <div class="related-entries__grid grid gap-6 md:grid-cols-3">
{cards}
            </div>
        </section>
    </main>

    <footer class="site-footer bg-stone-900 text-stone-100">
        <div class="container mx-auto grid gap-10 px-4 py-12 md:grid-cols-3">
            <div class="site-footer__newsletter">
                <h2 class="site-footer__heading">{E(s["nl_title"])}</h2>
                <p>{E(s["nl_text"])}</p>
                <form method="POST" action="/!/forms/{s["nl_form"]}" class="newsletter-form" x-data="{{ sending: false }}" @submit="sending = true">
                    <input type="hidden" name="_token" value="{csrf}" autocomplete="off">
                    <label for="nl-email" class="sr-only">{E(c["email_label"])}</label>
                    <input type="email" id="nl-email" name="email" required class="newsletter-form__input">
                    <div class="hidden" aria-hidden="true"><input type="text" name="winnie" tabindex="-1" autocomplete="off"></div>
                    <button type="submit" class="btn btn--primary" :disabled="sending">{E(s["nl_button"])}</button>
                </form>
            </div>
            <nav class="site-footer__nav" aria-label="Footer">
                <ul>
{footer_links}
                </ul>
            </nav>
            <div class="site-footer__note">
                <p>{E(s["footer_note"])}</p>
                <p class="site-footer__copy">&copy; {y} {E(site)}</p>
            </div>
        </div>
    </footer>

    <div id="klaro"><div class="klaro"><div class="cookie-notice" role="dialog" aria-describedby="id-cookie-notice" aria-labelledby="id-cookie-title"><div class="cn-body"><p id="id-cookie-notice">{E(ui["cookie"])}</p><div class="cn-ok"><a class="cm-link cn-learn-more" href="#">{E(c["klaro_more"])}</a><div class="cn-buttons"><button class="cm-btn cm-btn-danger cn-decline" type="button">{E(ui["reject"])}</button><button class="cm-btn cm-btn-success" type="button">{E(ui["accept"])}</button></div></div></div></div></div></div>
</body>
</html>
'''

# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"statamic": ["caption", "pullquote"]}  # the Bard image set's caption, the pull quote set
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "feedback", "standards", "topics", "bookmark", "embed", "gallery",
            "map", "calendar", "scores", "schools", "quakes", "waits"]
NEW_FAMILIES = ["schools", "quakes", "waits"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"schools": ["school closure", "school-closure", "closures list", "is your school open"],
                    "quakes": ["earthquake", "seismolog", "quake feed", "tremor"],
                    "waits": ["waiting time", "waiting-time", "a&e wait", "emergency department"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village, association, club or community website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio"}
# a town hall's or council's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo"}
# a small independent city magazine on its own site: no wire or breaking-news furniture
NOT_ON_MAGAZINE = {"push", "typo", "app", "updated", "audio", "standards"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY, "magazine": NOT_ON_MAGAZINE}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · ") and tables
STYLES = {
    "cookie": ['<div class="thirdparty-optin-box"><p class="thirdparty-optin-box__msg">%s</p><button class="thirdparty-optin-box__btn" type="button">OK</button></div>',
               '<p class="blocked-embed-reason">%s</p>', '<p><i>%s</i></p>'],
    "newsletter": ['<div class="inbox-pitch-bar"><p class="inbox-pitch-bar__txt">%s</p><a class="inbox-pitch-bar__go" href="/email-signup">&#8250;</a></div>',
                   '<p class="free-reads-left">%s</p>', '<h4 class="inbox-pitch-hd">%s</h4>', '<p><strong><a href="/chip-in">%s</a></strong></p>'],
    "share": ['<ul class="send-story-via">{items}</ul>', '<div class="pass-along-line">%s</div>', '<p><a href="#send-story">%s</a></p>'],
    "photo": ['<p class="picture-owner-line">%s</p>', '<span class="picture-owner-tag">%s</span>', '<p><small><i>%s</i></small></p>'],
    "copyright": ['<p class="reuse-forbidden-line">%s</p>', '<div class="reuse-forbidden-box"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="newsdesk-tag-line">%s</p>', '<h5 class="newsdesk-tag-hd">%s</h5>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="dinkus-line">%s</p>', '<div class="dinkus-block">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="co-reporters-line">%s</p>', '<div class="visuals-team-credit">%s</div>', '<p><i><small>%s</small></i></p>'],
    "title": ['<p class="repeat-title-para"><b>%s</b></p>', '<h2 class="repeat-title-h2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="ad-pause-marker">%s</div>', '<p class="advert-interlude-note">%s</p>', '<p><small>%s</small></p>'],
    "continue": ['<p class="unfold-story-cta"><a href="#more">%s</a></p>', '<div class="show-full-text-btn">%s</div>', '<p><a href="#more">%s</a></p>'],
    "comments": ['<p class="reader-replies-count"><a href="#talkback">%s</a></p>', '<div class="talkback-count-chip">%s</div>', '<p><a href="#talkback">%s</a></p>'],
    "readtime": ['<p class="est-read-mins">%s</p>', '<span class="est-read-mins-chip">%s</span>', '<p><i>%s</i></p>'],
    "updated": ['<p class="revision-stamp-line"><time>%s</time></p>', '<div class="revision-stamp-box">%s</div>', '<p><small>%s</small></p>'],
    "audio": ['<div class="read-aloud-player"><button class="read-aloud-player__btn" aria-label="Play"></button><span class="read-aloud-player__label">%s</span></div>',
              '<p class="synth-voice-link"><a href="#read-aloud">%s</a></p>', '<p><a href="#read-aloud">%s</a></p>'],
    "correction": ['<aside class="fixed-fact-note"><p>%s</p></aside>', '<p class="fixed-fact-line"><i>%s</i></p>', '<p><i>%s</i></p>'],
    "app": ['<div class="mobile-app-nudge-bar"><p class="mobile-app-nudge-bar__txt">%s</p><a class="mobile-app-nudge-bar__btn" href="/get-the-app">&#8595;</a></div>',
            '<p class="mobile-app-nudge-line">%s</p>', '<p><strong>%s</strong></p>'],
    "bio": ['<div class="writer-profile-card"><p class="writer-profile-card__txt">%s</p></div>', '<p class="byline-blurb-line"><i>%s</i></p>', '<p><i>%s</i></p>'],
    "tip": ['<div class="send-us-news-box"><p class="send-us-news-box__txt">%s</p></div>', '<p class="send-us-news-line">%s</p>', '<p><em>%s</em></p>'],
    "typo": ['<div class="errata-shortcut-box"><p>%s</p></div>', '<p class="errata-shortcut-line">%s</p>', '<p><small><em>%s</em></small></p>'],
    "push": ['<div class="alert-permission-card"><p class="alert-permission-card__q">%s</p></div>', '<p class="alert-permission-line">%s</p>', '<p><strong>%s</strong></p>'],
    "feedback": ['<div class="answered-q-widget"><p class="answered-q-widget__q">%s</p></div>', '<p class="answered-q-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="press-code-member-box"><p>%s</p></div>', '<p class="press-code-member-line"><small>%s</small></p>', '<p><i>%s</i></p>'],
    "topics": ['<div class="subject-tags-row"><span class="subject-tags-row__list">%s</span></div>', '<p class="filed-topics-line">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="save-to-shelf"><a class="save-to-shelf__link" href="#reading-list">%s</a></div>',
                 '<p class="save-to-shelf-link"><a href="#reading-list">%s</a></p>', '<p><a href="#reading-list">%s</a></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/R{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/R{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-facade-frame"><a class="yt-facade-frame__play" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}">%s</a></p>'],
    "gallery": ['<div class="pictures-viewer-open"><a class="pictures-viewer-open__btn" href="#viewer">%s</a></div>',
                '<p class="pictures-total-line">%s</p>', '<p><strong>%s</strong></p>'],
    "map": ['<div class="street-map-frame"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="620" height="350" loading="lazy"></iframe><p class="street-map-frame__links">%s</p></div>',
            '<figure class="locator-snapshot"><img src="/maps/{k}.png" alt="" width="620" height="380"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    "calendar": ['<ul class="add-event-links-row">{items}</ul>', '<p class="event-file-link"><a href="/events/{k}.ics">%s</a></p>',
                 '<div class="diary-save-row"><span class="diary-save-row__label">%s</span></div>'],
    "scores": ['<div class="scores-hub-link"><a class="scores-hub-link__main" href="/sport/live">%s</a></div>',
               '<ul class="scores-hub-tabs">{items}</ul>', '<p><a href="/sport/live"><strong>%s</strong></a></p>'],
    # the three families new in this part ({schoolrows} / {schooltable}: the closures list; {quakehead},
    # {quakerows} / {quakeitems}: the latest quakes; {waitrows} / {waittable}: the current waits)
    "schools": ['<div class="closures-board"><h4 class="closures-board__hd">%s</h4><ul class="closures-board__list">{schoolrows}</ul></div>',
                '<p class="closures-page-link"><a href="/schools/closures">%s</a></p>',
                '<p class="closures-stamp"><small>%s</small></p>',
                '<table class="school-status-grid"><caption>%s</caption>{schooltable}</table>'],
    "quakes": ['<div class="seismic-feed"><h4 class="seismic-feed__hd">%s</h4><table class="seismic-feed__table">{quakehead}{quakerows}</table></div>',
               '<p class="felt-it-prompt"><a href="/felt-report">%s</a></p>',
               '<p class="seismic-source-line"><small>%s</small></p>',
               '<aside class="tremor-ticker"><span class="tremor-ticker__label">%s</span><ul class="tremor-ticker__list">{quakeitems}</ul></aside>'],
    "waits": ['<div class="ed-waits-board"><h4 class="ed-waits-board__hd">%s</h4><ul class="ed-waits-board__list">{waitrows}</ul></div>',
              '<p class="waits-check-note">%s</p>',
              '<div class="non-urgent-care-line"><p>%s</p></div>',
              '<table class="ed-waits-grid"><caption>%s</caption>{waittable}</table>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <em>– %s</em>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/email-signup"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#send-story">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "schools": (0.5, ['<br><a href="/schools/closures"><strong>%s</strong></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# closures page link, not the list's heading or stamp)
INLINE_WORDING = {"newsletter": 0, "schools": 1}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="story-extra-picture"><img src="/media/{id}-extra.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-body.jpg" alt="" width="640"><br><i>{cap} – {cr}</i></p>']
RELATED_STYLES = ['<div class="next-reads-box"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="follow-on-reads"><p class="follow-on-reads__hd">%s</p><ul>%s</ul></aside>',
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


def widget_rows(style, lang, rng):
    """The rows of a widget's list or table, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")
    return (style.replace("{schoolrows}", "".join('<li><span class="closures-board__school">%s</span> <span class="closures-board__status">%s</span></li>' % (esc(a), esc(b)) for a, b in SCHOOL_ROWS[lang]))
            .replace("{schooltable}", "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in SCHOOL_ROWS[lang]))
            .replace("{quakehead}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in QUAKE_HEAD[lang]))
            .replace("{quakerows}", "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in QUAKE_ROWS[lang]))
            .replace("{quakeitems}", "".join("<li><b>M %s</b> %s · %s · %s</li>" % (esc(a), esc(c), esc(b), esc(d)) for a, b, c, d in QUAKE_ROWS[lang]))
            .replace("{waitrows}", "".join("<li>%s <b>%s</b></li>" % (esc(a), esc(b)) for a, b in WAIT_ROWS[lang]))
            .replace("{waittable}", "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in WAIT_ROWS[lang])))


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
               "scores": rng.choice([0, mid, n]), "schools": rng.choice([0, mid]), "quakes": rng.choice([mid, n]),
               "waits": rng.choice([0, mid, n])}.get(fam, mid)
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
                            lang, rng)
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
DROPCAP = {"statamic": ("span", '<span class="bard-dropcap">%s</span>'),  # a custom Bard mark of the site
           "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"statamic": ("wrap", '<div class="bard-panel bard-panel--sand">\n', "\n</div>"),
       "gutenberg": ("wrap", '<div class="wp-block-group has-pale-ocean-gradient-background has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "drupal": ("class", "encadre-info"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"statamic": ("wrap", '<div class="bard-factbox">\n', "\n</div>"),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">📚</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="ny pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"statamic": ('<mark class="bard-highlight">', "</mark>"), "quintype": ('<mark>', "</mark>")}


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
# templates: statamic is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"statamic": tpl_statamic, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h34), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "statamic"


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
            rng = random.Random("newsflow-heldout40-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI40[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 39) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h38), labels, furniture strings,
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
    # layouts: statamic (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h37 or h38 gave it
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
    # the statamic pages: a site of STATAMIC, a section of the site's menu, an image set and a pull quote; sites of
    # the other pages
    for a in ARTICLES:
        if a["tpl"] == "statamic" and (a.get("site") not in STATAMIC or a["lang"] not in STATAMIC_CORE
                                       or a["section"] not in STATAMIC[a["site"]]["menu"] or not a.get("inset")
                                       or not a.get("pull")):
            problems.append("%s: statamic page needs a Statamic site, a menu section, an inset and a pull quote" % a["id"])
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
    for name, obj in (("school rows", SCHOOL_ROWS), ("quake rows", QUAKE_ROWS), ("quake heads", QUAKE_HEAD),
                      ("wait rows", WAIT_ROWS)):
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
    for fam, by_lang in list(R.items()) + [("school rows", SCHOOL_ROWS), ("quake rows", QUAKE_ROWS), ("wait rows", WAIT_ROWS)]:
        for s in _strings(by_lang):
            problems.extend((PART + " pool %s reuses %r") % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = [v for (mod, name), v in SITE_STRINGS.items() if (mod, name) not in ((mp4, "R"), (mp, "RESIDUE"))]
    st_sites = [{k: v for k, v in d.items() if k not in STATAMIC_EXEMPT} for d in STATAMIC.values()]
    # (STATAMIC_CORE, the templates' generic strings and Klaro's own labels, is left as the developers left it)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("STATAMIC", st_sites), ("UI_NEW", UI_NEW)):
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
