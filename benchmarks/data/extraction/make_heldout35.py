#!/usr/bin/env python3
"""Thirty-fifth held-out part (h35-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout35.py           # write pages/h35-*.html
    python benchmarks/data/extraction/make_heldout35.py --check   # verify pages/h35-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout35.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the files of this directory were read).  Stories are in
articles_h35_en.py / articles_h35_intl.py.  This part is a realistic sample, not a hunt for new families: its residue
uses only generic families of the earlier parts (thirty-nine of make_heldout34.FAMILIES; none is new here, and
verify() refuses to build if a family is not in an earlier part's family list or pools), every one of them in new
wordings: none of the sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..34, nor their labels,
furniture strings, headlines or site names (make_heldout36 was written at the same time by another writer and could
not be checked); verify() refuses to build if one is reused, if a story paragraph or headline of an earlier part
recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  Every name and number is
fictional.
Families that need a reason in the story are placed only where the story gives it (the "carry" field): a calendar
row on a library's programme of events and on a village cinema's first screenings, a map on a bridge closure and on
a ferry crossing closed for repairs, a gallery launcher on two stories about a photographer's exhibition, score-centre
links on three sports stories and a betting partner's odds on two of them, a duty-pharmacy finder on a story about a
weekend GP clinic; the other generic families are balanced over the part, leaving out those the page's site would
not print (the story's "kind": a public body, a club site, an independent publication on a platform); a correction
box goes only on a story that was corrected, with that story's own wording.  Residue markup varies as on real pages:
classed boxes, bars and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans and
tables, and, for a few families, a line run into the end of a story paragraph or a bold section tag run into the
start of the first one.
Story text is set the way real sites set it (the "look" field, all of it in the truth): drop-cap first paragraphs
(CKEditor's style class on the Craft pages, the block editor's has-drop-cap, a magazine's and a Sanity serializer's
classes), whole paragraphs in bold or italics, a highlighted sentence (CKEditor 5's marker on the Craft pages), a
paragraph in a coloured box, a subheading and its list in a fact box, a Ghost callout card, a paragraph typed after a
<br> inside the one before it; and story structures that look like furniture but are the story: interviews in
question-and-answer form (bold questions, some one or two words long), lists inside the story (steps, dates,
figures), crossheads as <h2>/<h3> and as bold paragraphs, short one-line paragraphs and one-line quotes ("We will do
what is needed," she said), a closing practical-information line, and story sentences about the things furniture
talks about, some of them at the start or the end of the story: a regulator's letters about cookie banners, a
council's reporting app and a town's app for reporting damage, a photographer and her portraits, a library's
newsletter (in English and in Russian), a rowing club's monthly bulletin, "was in contact with" / "estaba en
contacto", a council asking residents to follow its pages.
One page layout is new (craft: a Craft CMS 5 site, as a regional weekly and a French regional news site serve it,
on two pages, an English and a French one: the head with SEOmatic's meta tags (generator, referrer, robots, Open
Graph and Twitter tags, canonical and home links, humans.txt), the csrf-param / csrf-token meta pair, the Vite
bundle through the craft-vite plugin, html.no-js and a body with the entry type and section classes; the Alpine.js
site header (x-data, @click and :class on the menu toggle and the search), the utility bar, the logo and the primary
navigation with its is-active item, the breadcrumb, the article header (section link, h1, standfirst, byline,
time, reading time), the hero picture with srcset from Craft image transforms (_1200x675_crop_center-center_82_line
and its siblings) and the entry's asset caption and credit, then the entry's Matrix field rendered block by block
(div.content-blocks > div.block--text > div.rich-text with CKEditor 5's output: <p>, <h2>, lists, <mark
class="marker-yellow">, styles as classes; figure.block--quote for the story's quotes; figure.block--image with its
own transformed <picture>, caption and credit; div.block--embed with an Alpine consent placeholder for a YouTube
video; div.block--related with an entry picked by the editor), and whatever the editors pasted into the text blocks;
then the tags, the share links, the related entries, a Sprig component (htmx attributes: data-hx-get, data-hx-vals,
data-hx-trigger) for the most-read list in the sidebar, the newsletter form with the Blitz CSRF injection span and
the hidden action input, the footer with its columns, the Alpine consent banner, the Blitz and Sprig scripts and
SEOmatic's JSON-LD graph (NewsArticle, BreadcrumbList, WebSite, Organization).  The generic interface strings of
the templates (CRAFT_CORE, per language) are left as the developers left them and not checked; the sites' own
strings (CRAFT: menus, buttons, labels, box titles, footer texts) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), squarespace (make_heldout5.py), quintype, typo3,
bitrix (make_heldout6.py), sanity (make_heldout7.py), hugo (make_heldout11.py) and medium (make_heldout13.py) --,
none of them in the language h33 or h34 gave it (9 English pages, 3 in each other language); while a page is
rendered, the earlier modules' related headlines (HEADLINES, make_pages.RELATED_HEADLINES), the strings that belong
to one site rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves
(make_heldout4.R for the gutenberg consent placeholder and the fusion / chunks ad labels, make_pages.RESIDUE for the
table layout's banner label) are swapped for this part's own, and the templates get this part's furniture strings
(UI35) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout34.py, so that make_pages.py can import this module and merge it the same way.
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
from make_pages import E, A, UI  # noqa: E402
from articles_h35_en import ARTICLES as H35_EN  # noqa: E402
from articles_h35_intl import ARTICLES as H35_INTL  # noqa: E402

ARTICLES = H35_EN + H35_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34)
# parts whose layouts' languages this part avoids (the two run before it)
LANG_PARTS = (mp33, mp34)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Brenholt & District Advertiser", "Ravensworth Clarion", "Dunstow Observer", "Harlaston Standard",
           "Soar Valley Times", "Wetherfield Courier", "Fernby Parish Pump"],
    "tr": ["Çınarlı Haber Ajansı", "Kent Defteri Dergisi"],
    "de": ["Kallmünzer Rundschau", "Oberwaldbacher Dorfblatt"],
    "fr": ["La Dépêche de la Lèze"],
    "es": ["Diario de la Almenara", "El Heraldo de Orcajo", "Faro de Puerto Alcor"],
    "ru": ["Вестник Лесного и Сосновки", "Заречная неделя", "Сосновский обозреватель"],
}
# sites fixed per page (a regional weekly and a French regional news site on Craft, a council on Drupal, a rowing club
# on Squarespace, a town hall on TYPO3, an independent newsletter on Medium) are given in the stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h34 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {  # consent placeholders of blocked embeds (no placeholders: the gutenberg helper prints them as they are)
        "en": ["This map stays hidden until you allow third-party content. Allow once ›",
               "🍪 The video player is blocked by your privacy choices – change them to watch"],
        "tr": ["Bu harita, üçüncü taraf içeriğine izin verene kadar gizli kalır. Bir kereliğine izin ver ›",
               "🍪 Video oynatıcı gizlilik tercihleriniz nedeniyle engellendi – izlemek için tercihlerinizi değiştirin"],
        "de": ["Diese Karte bleibt ausgeblendet, bis Sie externe Inhalte zulassen. Einmal erlauben ›",
               "🍪 Der Videoplayer ist durch Ihre Datenschutzauswahl blockiert – zum Ansehen bitte ändern"],
        "fr": ["Cette carte reste masquée tant que vous n'autorisez pas les contenus tiers. Autoriser une fois ›",
               "🍪 Le lecteur vidéo est bloqué par vos choix de confidentialité – modifiez-les pour regarder"],
        "es": ["Este mapa seguirá oculto hasta que permitas el contenido de terceros. Permitir esta vez ›",
               "🍪 El reproductor está bloqueado por tus preferencias de privacidad: cámbialas para ver el vídeo"],
        "ru": ["Карта скрыта, пока вы не разрешите сторонний контент. Разрешить один раз ›",
               "🍪 Видеоплеер заблокирован вашими настройками конфиденциальности — измените их, чтобы посмотреть"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Get the Lunchtime Briefing in your inbox: five local stories, every weekday at noon ✉",
               "This is your last free article this month – unlimited reading from £1.25 a week",
               "Reporting like this isn't free to produce. If you can, give £3 today ›"],
        "tr": ["Öğle Bülteni e-postanıza gelsin: hafta içi her gün 12.00'de beş yerel haber ✉",
               "Bu ayki son ücretsiz haberinizi okuyorsunuz – haftada 12 liradan sınırsız erişim",
               "Bu tür haberler ücretsiz üretilmiyor. Elinizden geliyorsa bugün 50 lira destek verin ›"],
        "de": ["Die Mittagspost ins Postfach: fünf Lokalnachrichten, werktags um zwölf ✉",
               "Das ist Ihr letzter Gratis-Artikel in diesem Monat – unbegrenzt lesen ab 1,25 € pro Woche",
               "Solche Recherchen gibt es nicht umsonst. Wenn Sie können, geben Sie heute 3 Euro ›"],
        "fr": ["Recevez « Midi pile » : cinq infos locales, chaque jour de semaine à 12 h ✉",
               "Vous lisez votre dernier article gratuit du mois – lecture illimitée dès 1,25 € par semaine",
               "Ce genre d'enquête a un prix. Si vous le pouvez, donnez 3 € aujourd'hui ›"],
        "es": ["Recibe «Al mediodía»: cinco noticias locales cada día laborable a las 12 ✉",
               "Estás leyendo tu última noticia gratis del mes: lectura ilimitada desde 1,25 € a la semana",
               "Informar así no sale gratis. Si puedes, aporta 3 € hoy ›"],
        "ru": ["Получайте «Полдень»: пять местных новостей каждый будний день в 12:00 ✉",
               "Это ваша последняя бесплатная статья в этом месяце — безлимитный доступ от 59 рублей в неделю",
               "Такие репортажи не делаются бесплатно. Если можете, поддержите нас сегодня на 100 рублей ›"],
    },
    "share": {  # the first wording is a list of networks (" · "), printed as one line or as a list
        "en": ["Pass it on: WhatsApp · Facebook · Threads · Email", "Think a neighbour would want to read this? Forward it ↗"],
        "tr": ["İlet: WhatsApp · Facebook · Threads · E-posta", "Komşunuz da okumak ister mi? Ona iletin ↗"],
        "de": ["Teilen per: WhatsApp · Facebook · Threads · E-Mail", "Könnte das Ihre Nachbarn interessieren? Weiterleiten ↗"],
        "fr": ["Partager via : WhatsApp · Facebook · Threads · E-mail", "Un voisin aimerait lire ceci ? Transférez-le ↗"],
        "es": ["Compartir por: WhatsApp · Facebook · Threads · Correo", "¿A tu vecino le interesaría leer esto? Reenvíaselo ↗"],
        "ru": ["Поделиться: Telegram · ВКонтакте · Одноклассники · Почта", "Соседям будет интересно? Перешлите им ↗"],
    },
    "photo": {
        "en": ["Image courtesy of the organisers' press office", "Photograph: from the club's own archive"],
        "tr": ["Görsel düzenleyicilerin basın bürosundan alınmıştır", "Fotoğraf: kulübün kendi arşivinden"],
        "de": ["Bild mit freundlicher Genehmigung der Pressestelle der Veranstalter", "Foto: aus dem vereinseigenen Archiv"],
        "fr": ["Image aimablement fournie par le service de presse des organisateurs", "Photo : archives personnelles du club"],
        "es": ["Imagen cortesía del gabinete de prensa de la organización", "Fotografía: del archivo propio del club"],
        "ru": ["Изображение любезно предоставлено пресс-центром организаторов", "Фото: из собственного архива клуба"],
    },
    "copyright": {
        "en": ["Text and pictures © {site}. Copying or redistributing this article without written consent is not allowed."],
        "tr": ["Tüm içerik © {site}. Bu haberin yazılı izin olmadan kopyalanması veya dağıtılması yasaktır."],
        "de": ["Alle Inhalte © {site}. Kopieren oder Weiterverbreiten dieses Artikels nur mit schriftlicher Zustimmung."],
        "fr": ["Tous contenus © {site}. Copie ou rediffusion de cet article interdite sans accord écrit."],
        "es": ["Todos los contenidos © {site}. No se permite copiar ni redistribuir esta noticia sin consentimiento por escrito."],
        "ru": ["Все материалы © «{site}». Копирование и распространение статьи без письменного согласия запрещено."],
    },
    "section": {  # ({section}: the story's section; the first wording is the tag run into a first paragraph)
        "en": ["{section} | just in", "More from {section} →"],
        "tr": ["{section} | son dakika", "{section} bölümünden daha fazlası →"],
        "de": ["{section} | frisch gemeldet", "Mehr aus dem Ressort {section} →"],
        "fr": ["{section} | les dernières infos", "Davantage dans la rubrique {section} →"],
        "es": ["{section} | lo más reciente", "Más de la sección {section} →"],
        "ru": ["{section} | последнее", "Ещё из раздела «{section}» →"],
    },
    "related": {
        "en": ["Worth a read next", "Picked for you by our editors"],
        "tr": ["Sıradaki okumanız olabilir", "Editörlerimizin sizin için seçtikleri"],
        "de": ["Als Nächstes lesenswert", "Von unserer Redaktion für Sie ausgewählt"],
        "fr": ["Vos prochaines lectures", "Sélectionnés pour vous par la rédaction"],
        "es": ["Tu próxima lectura", "Elegidas para ti por la redacción"],
        "ru": ["Что почитать дальше", "Редакция выбрала для вас"],
    },
    "symbol": {"*": ["✶ · ✶ · ✶", "❖  ❖", "⸻ ◦ ⸻", "• ✧ •"]},
    "credit": {
        "en": ["With reporting by the {site} news desk", "Our camera crew contributed to this report"],
        "tr": ["Habere {site} haber masası katkıda bulundu", "Bu habere kamera ekibimiz de katkı verdi"],
        "de": ["Mitarbeit: Nachrichtendesk von {site}", "An diesem Bericht hat unser Kamerateam mitgewirkt"],
        "fr": ["Avec le service actualités de {site}", "Notre équipe caméra a contribué à ce reportage"],
        "es": ["Con información de la mesa de noticias de {site}", "Nuestro equipo de cámara ha colaborado en esta información"],
        "ru": ["При участии службы новостей «{site}»", "В подготовке материала участвовала наша съёмочная группа"],
    },
    "ad": {  # (no placeholders: the table, fusion and chunks helpers print them as they are)
        "en": ["— Sponsored content below —", "Adverts help keep this website free to read"],
        "tr": ["— Aşağıda sponsorlu içerik —", "Reklamlar bu siteyi ücretsiz okumanızı sağlıyor"],
        "de": ["— Gesponserter Inhalt folgt —", "Anzeigen halten diese Website kostenlos lesbar"],
        "fr": ["— Contenu sponsorisé ci-dessous —", "La publicité permet de lire ce site gratuitement"],
        "es": ["— Contenido patrocinado a continuación —", "Los anuncios permiten leer esta web gratis"],
        "ru": ["— Ниже спонсорский материал —", "Реклама позволяет читать этот сайт бесплатно"],
    },
    "continue": {
        "en": ["The story continues below ↓", "Tap to read the rest of this article"],
        "tr": ["Haber aşağıda devam ediyor ↓", "Metnin geri kalanı için ekrana dokunun"],
        "de": ["Der Text geht unten weiter ↓", "Zum Weiterlesen einmal auf den Bildschirm tippen"],
        "fr": ["L'article se poursuit plus bas ↓", "Une pression sur l'écran pour lire la suite"],
        "es": ["La noticia sigue más abajo ↓", "Un toque en la pantalla para leer lo que sigue"],
        "ru": ["Продолжение статьи ниже ↓", "Нажмите, чтобы дочитать статью"],
    },
    "comments": {
        "en": ["💬 {n} readers are talking about this", "Add your comment ({n} so far)"],
        "tr": ["💬 {n} okur bu haberi konuşuyor", "Yorumunuzu ekleyin (şu ana kadar {n})"],
        "de": ["💬 {n} Leserinnen und Leser diskutieren darüber", "Eigenen Kommentar schreiben (bisher {n})"],
        "fr": ["💬 {n} lecteurs en parlent", "Ajoutez votre commentaire ({n} pour l'instant)"],
        "es": ["💬 {n} lectores hablan de esto", "Añade tu comentario (llevamos {n})"],
        "ru": ["💬 {n} читателей обсуждают это", "Добавьте свой комментарий (уже {n})"],
    },
    "readtime": {
        "en": ["⏱ About {m} minutes' reading", "Reading this should take you around {m} minutes"],
        "tr": ["⏱ Yaklaşık {m} dakikada okunur", "Bu haberi okumanız {m} dakika kadar sürecek"],
        "de": ["⏱ {m} Minuten Lektüre", "Zum Lesen brauchen Sie etwa {m} Minuten"],
        "fr": ["⏱ {m} minutes pour lire cet article", "Comptez environ {m} minutes de lecture"],
        "es": ["⏱ {m} minutos para leer esta noticia", "Te llevará unos {m} minutos leerla entera"],
        "ru": ["⏱ {m} минуты на чтение статьи", "Прочтение займёт около {m} минут"],
    },
    "updated": {
        "en": ["Last edited {d}, {t}", "First published {d} · most recent update {t}"],
        "tr": ["Son düzenleme {d}, {t}", "Yayın tarihi {d} · en son {t}'de güncellendi"],
        "de": ["Zuletzt bearbeitet am {d}, {t} Uhr", "Erstmals erschienen {d} · jüngste Änderung {t} Uhr"],
        "fr": ["Dernière modification le {d}, {t}", "Première parution le {d} · dernière mise à jour {t}"],
        "es": ["Última edición: {d}, {t}", "Publicada por primera vez el {d} · última actualización {t}"],
        "ru": ["Последняя правка {d}, {t}", "Впервые опубликовано {d} · последнее обновление {t}"],
    },
    "audio": {
        "en": ["🎧 Prefer to listen? Press play for the spoken version ({m} min)", "Audio: this article, read by a synthetic voice"],
        "tr": ["🎧 Dinlemeyi mi tercih edersiniz? Sesli sürüm için oynat düğmesine basın ({m} dk)", "Sesli haber: bu metni yapay bir ses okuyor"],
        "de": ["🎧 Lieber hören? Für die gesprochene Fassung auf Play drücken ({m} Min.)", "Audio: Dieser Text, gelesen von einer künstlichen Stimme"],
        "fr": ["🎧 Vous préférez écouter ? Appuyez sur lecture pour la version parlée ({m} min)", "Audio : cet article lu par une voix de synthèse"],
        "es": ["🎧 ¿Prefieres escuchar? Pulsa play para la versión hablada ({m} min)", "Audio: esta noticia, leída por una voz sintética"],
        "ru": ["🎧 Удобнее слушать? Включите озвучку статьи ({m} мин)", "Аудио: статью читает синтезированный голос"],
    },
    "correction": {  # (a corrected story carries its own wording: the "correction" field)
        "en": ["This article has been amended since it was first published to correct a factual error."],
        "tr": ["Bu haber, ilk yayımlandıktan sonra bir bilgi hatasını düzeltmek için değiştirildi."],
        "de": ["Dieser Artikel wurde nach der Erstveröffentlichung geändert, um einen sachlichen Fehler zu beheben."],
        "fr": ["Cet article a été modifié après sa publication pour corriger une erreur factuelle."],
        "es": ["Esta noticia se ha modificado tras su publicación para corregir un error en los datos."],
        "ru": ["После публикации в материал внесены изменения: исправлена фактическая ошибка."],
    },
    "app": {
        "en": ["📱 Get the {site} app – local news, traffic and weather on one screen", "Read this and more in the {site} app. Download free ›"],
        "tr": ["📱 {site} uygulamasını indirin – yerel haber, trafik ve hava durumu tek ekranda", "Bu haberi ve fazlasını {site} uygulamasında okuyun. Ücretsiz indirin ›"],
        "de": ["📱 Holen Sie sich die App von {site} – Lokales, Verkehr und Wetter auf einen Blick", "Diesen und weitere Artikel in der App von {site} lesen. Kostenlos laden ›"],
        "fr": ["📱 Téléchargez l'appli {site} – infos locales, trafic et météo sur un seul écran", "Lisez cet article et bien d'autres dans l'appli {site}. Gratuit ›"],
        "es": ["📱 Descarga la app de {site}: noticias locales, tráfico y tiempo en una sola pantalla", "Lee esta y otras noticias en la app de {site}. Descárgala gratis ›"],
        "ru": ["📱 Скачайте приложение «{site}» — местные новости, пробки и погода на одном экране", "Читайте это и другое в приложении «{site}». Скачать бесплатно ›"],
    },
    "bio": {
        "en": ["{by} reports on {section} for {site} and has worked in the newsroom since 2019.", "More articles by {by} →"],
        "tr": ["{by}, {site} için {section} alanında haber yapıyor; 2019'dan beri haber merkezimizde.", "{by} imzalı diğer haberler →"],
        "de": ["{by} schreibt für {site} über {section} und ist seit 2019 in der Redaktion.", "Weitere Artikel von {by} →"],
        "fr": ["{by} suit la rubrique {section} pour {site} depuis 2019.", "Les autres articles signés {by} →"],
        "es": ["{by} informa sobre {section} en {site} y forma parte de la redacción desde 2019.", "Más noticias firmadas por {by} →"],
        "ru": ["{by} пишет о теме «{section}» для «{site}», в редакции с 2019 года.", "Все материалы этого автора →"],
    },
    "tip": {
        "en": ["Know something we should be reporting? WhatsApp the newsroom on 07700 900 461", "Witnessed something in town today? Tell our reporters about it"],
        "tr": ["Bize bir haberiniz mi var? Haber merkezine WhatsApp'tan yazın: 0532 000 04 61", "Bir şeye mi tanık oldunuz? Muhabirlerimize anlatın"],
        "de": ["Haben Sie eine Geschichte für uns? Schreiben Sie der Redaktion per WhatsApp: 0151 000 0461", "Heute in der Stadt etwas mitbekommen? Erzählen Sie es unseren Reportern"],
        "fr": ["Vous savez quelque chose que nous devrions raconter ? Écrivez à la rédaction sur WhatsApp au 06 00 00 04 61", "Vous avez vu quelque chose ? Racontez-le à nos journalistes"],
        "es": ["¿Sabes algo que deberíamos contar? Escribe a la redacción por WhatsApp al 600 000 461", "¿Has presenciado algo hoy en el pueblo? Cuéntaselo a nuestros periodistas"],
        "ru": ["Есть новость для нас? Пишите в редакцию в WhatsApp: +7 900 000-04-61", "Стали свидетелем события? Расскажите нашим корреспондентам"],
    },
    "typo": {
        "en": ["Spotted a mistake in this article? Highlight the words and hit Ctrl+Enter"],
        "tr": ["Bu haberde bir hata mı buldunuz? Kelimeleri işaretleyin ve Ctrl+Enter'a basın"],
        "de": ["In diesem Artikel einen Fehler entdeckt? Stelle markieren und Strg+Enter drücken"],
        "fr": ["Vous avez repéré une erreur dans cet article ? Surlignez les mots puis appuyez sur Ctrl+Entrée"],
        "es": ["¿Has detectado un error en esta noticia? Resalta las palabras y pulsa Ctrl+Enter"],
        "ru": ["Нашли опечатку в материале? Выделите фрагмент и нажмите Ctrl+Enter — мы исправим"],
    },
    "push": {
        "en": ["🔔 Want alerts when big local stories break? Allow · Maybe later"],
        "tr": ["🔔 Önemli yerel haberlerde bildirim almak ister misiniz? İzin ver · Belki sonra"],
        "de": ["🔔 Bei wichtigen Lokalnachrichten benachrichtigt werden? Zulassen · Vielleicht später"],
        "fr": ["🔔 Être alerté quand une grosse info locale tombe ? Autoriser · Plus tard peut-être"],
        "es": ["🔔 ¿Quieres avisos cuando haya noticias locales importantes? Permitir · Quizá más tarde"],
        "ru": ["🔔 Присылать уведомления о важных местных новостях? Разрешить · Может быть, позже"],
    },
    "ai": {
        "en": ["We used an AI tool to help summarise council documents for this story. All facts were checked by a reporter."],
        "tr": ["Bu haber için resmi belgeleri özetlerken bir yapay zekâ aracından yararlandık. Tüm bilgiler bir muhabir tarafından doğrulandı."],
        "de": ["Für diesen Artikel haben wir amtliche Unterlagen mithilfe eines KI-Werkzeugs zusammengefasst. Alle Fakten hat ein Redakteur geprüft."],
        "fr": ["Un outil d'IA nous a aidés à résumer des documents officiels pour cet article. Tous les faits ont été vérifiés par un journaliste."],
        "es": ["Para esta noticia usamos una herramienta de IA que ayudó a resumir documentos oficiales. Un periodista comprobó todos los datos."],
        "ru": ["При подготовке материала мы использовали ИИ-инструмент для пересказа официальных документов. Все факты проверил журналист."],
    },
    "gift": {
        "en": ["🎁 Share this subscriber-only story with anyone – free, no login needed"],
        "tr": ["🎁 Abonelere özel bu haberi dilediğiniz kişiyle paylaşın – ücretsiz, giriş gerekmez"],
        "de": ["🎁 Diesen Abo-Artikel mit jemandem teilen – kostenlos, ohne Anmeldung"],
        "fr": ["🎁 Partagez cet article réservé aux abonnés avec qui vous voulez – gratuit, sans connexion"],
        "es": ["🎁 Comparte esta noticia exclusiva para suscriptores con quien quieras: gratis y sin registro"],
        "ru": ["🎁 Поделитесь этой статьёй для подписчиков с кем угодно — бесплатно и без входа"],
    },
    "print": {
        "en": ["🖨 Print · Save as PDF · Email a copy", "Open a printer-friendly copy"],
        "tr": ["🖨 Yazdır · PDF olarak kaydet · Kopyasını e-postayla gönder", "Yazıcı dostu kopyayı açın"],
        "de": ["🖨 Drucken · Als PDF sichern · Kopie mailen", "Druckfreundliche Fassung öffnen"],
        "fr": ["🖨 Imprimer · Enregistrer en PDF · Envoyer une copie", "Ouvrir une version adaptée à l'impression"],
        "es": ["🖨 Imprimir · Guardar en PDF · Enviar una copia", "Abrir una copia apta para imprimir"],
        "ru": ["🖨 Печать · Сохранить в PDF · Отправить копию", "Открыть версию, удобную для печати"],
    },
    "moderation": {
        "en": ["Comments are checked by our team and may take up to an hour to appear. Personal insults will be removed without warning."],
        "tr": ["Yorumlar ekibimiz tarafından kontrol edilir ve görünmesi bir saati bulabilir. Kişisel hakaret içeren yorumlar uyarı yapılmadan silinir."],
        "de": ["Kommentare prüft unser Team, sie erscheinen mitunter erst nach einer Stunde. Beleidigungen löschen wir ohne Vorwarnung."],
        "fr": ["Les commentaires sont vérifiés par notre équipe et peuvent mettre jusqu'à une heure à s'afficher. Les insultes personnelles seront supprimées sans avertissement."],
        "es": ["Nuestro equipo revisa los comentarios y pueden tardar hasta una hora en aparecer. Sé respetuoso y cíñete al tema."],
        "ru": ["Комментарии проверяет наша команда, они могут появиться в течение часа. Пожалуйста, будьте вежливы и не отклоняйтесь от темы."],
    },
    "feedback": {
        "en": ["How did we do with this story? Rate it ★★★★★"], "tr": ["Bu haberi nasıl buldunuz? Puan verin ★★★★★"],
        "de": ["Wie fanden Sie diesen Artikel? Jetzt bewerten ★★★★★"], "fr": ["Comment avez-vous trouvé cet article ? Notez-le ★★★★★"],
        "es": ["¿Qué te ha parecido esta noticia? Puntúala ★★★★★"], "ru": ["Как вам этот материал? Оцените ★★★★★"],
    },
    "standards": {
        "en": ["Think we got something wrong? Our complaints procedure explains how to contact the editor and the press regulator."],
        "tr": ["Bir hata yaptığımızı mı düşünüyorsunuz? Şikâyet sürecimiz, yayın yönetmenine ve basın kuruluna nasıl ulaşacağınızı açıklıyor."],
        "de": ["Meinen Sie, uns ist ein Fehler unterlaufen? Unser Beschwerdeverfahren erklärt, wie Sie die Chefredaktion und den Presserat erreichen."],
        "fr": ["Vous pensez que nous nous sommes trompés ? Notre procédure de réclamation explique comment joindre la rédaction en chef et le conseil de déontologie."],
        "es": ["¿Crees que nos hemos equivocado? Nuestro procedimiento de quejas explica cómo contactar con la dirección y con el consejo de prensa."],
        "ru": ["Считаете, что мы ошиблись? В разделе о жалобах рассказано, как связаться с главным редактором и с коллегией по жалобам на прессу."],
    },
    "topics": {  # ({section}: the story's section)
        "en": ["Filed under: {section}, local", "Follow the topic: {section} +"],
        "tr": ["Etiketler: {section}, yerel", "Konuyu takip et: {section} +"],
        "de": ["Abgelegt unter: {section}, Region", "Thema folgen: {section} +"],
        "fr": ["Classé dans : {section}, local", "Suivre le sujet : {section} +"],
        "es": ["Archivado en: {section}, local", "Seguir el tema: {section} +"],
        "ru": ["Рубрики: {section}, местное", "Следить за темой: {section} +"],
    },
    "bookmark": {
        "en": ["☆ Add to my reading list"], "tr": ["☆ Okuma listeme ekle"], "de": ["☆ Auf meine Leseliste setzen"],
        "fr": ["☆ Ajouter à ma liste de lecture"], "es": ["☆ Añadir a mi lista de lectura"], "ru": ["☆ Добавить в мой список чтения"],
    },
    "poll": {
        "en": ["Quick poll: do you agree with the decision? Yes, I agree · No, I don't · Haven't decided", "Cast your vote and see the results"],
        "tr": ["Kısa anket: karara katılıyor musunuz? Evet, katılıyorum · Hayır, katılmıyorum · Henüz karar vermedim", "Oyunuzu verin, sonuçları görün"],
        "de": ["Kurzumfrage: Finden Sie die Entscheidung richtig? Ja, finde ich · Nein, finde ich nicht · Noch unentschieden", "Abstimmen und das Zwischenergebnis sehen"],
        "fr": ["Sondage express : êtes-vous d'accord avec la décision ? Oui, d'accord · Non, pas d'accord · Pas encore décidé", "Votez et découvrez les résultats"],
        "es": ["Encuesta rápida: ¿estás de acuerdo con la decisión? Sí, de acuerdo · No, en contra · Aún no lo sé", "Vota y mira los resultados"],
        "ru": ["Блиц-опрос: согласны ли вы с решением? Да, согласен · Нет, не согласен · Пока не решил", "Голосуйте и смотрите результаты"],
    },
    "embed": {  # the fallback text of social-media embeds ({handle}: the site's account)
        "en": ["See this post by @{handle} on Instagram", "▶ Play @{handle}'s video on YouTube"],
        "tr": ["@{handle} hesabının bu gönderisini Instagram'da görün", "▶ @{handle} videosunu YouTube'da oynatın"],
        "de": ["Diesen Beitrag von @{handle} auf Instagram ansehen", "▶ Video von @{handle} auf YouTube abspielen"],
        "fr": ["Voir cette publication de @{handle} sur Instagram", "▶ Lire la vidéo de @{handle} sur YouTube"],
        "es": ["Ver esta publicación de @{handle} en Instagram", "▶ Reproducir el vídeo de @{handle} en YouTube"],
        "ru": ["Смотреть этот пост @{handle} в Instagram", "▶ Смотреть видео @{handle} на YouTube"],
    },
    "gallery": {  # ({g}: the number of pictures)
        "en": ["📷 {g} photos – view the gallery", "See all {g} pictures ▸"],
        "tr": ["📷 {g} fotoğraf – galeriyi görüntüleyin", "{g} fotoğrafın hepsini görün ▸"],
        "de": ["📷 {g} Fotos – zur Bildergalerie", "Alle {g} Bilder ansehen ▸"],
        "fr": ["📷 {g} photos – voir le diaporama", "Voir les {g} images ▸"],
        "es": ["📷 {g} fotos – ver la galería", "Ver las {g} imágenes ▸"],
        "ru": ["📷 {g} фото — смотреть фотогалерею", "Все {g} снимков ▸"],
    },
    "map": {
        "en": ["📍 Show this place on a map", "Map data © OpenStreetMap · Get directions ›"],
        "tr": ["📍 Bu yeri haritada göster", "Harita verileri © OpenStreetMap · Yol tarifi al ›"],
        "de": ["📍 Diesen Ort auf der Karte zeigen", "Kartendaten © OpenStreetMap · Route planen ›"],
        "fr": ["📍 Afficher ce lieu sur une carte", "Données cartographiques © OpenStreetMap · Itinéraire ›"],
        "es": ["📍 Mostrar este lugar en un mapa", "Datos del mapa © OpenStreetMap · Cómo llegar ›"],
        "ru": ["📍 Показать это место на карте", "Картографические данные © OpenStreetMap · Проложить маршрут ›"],
    },
    "calendar": {
        "en": ["📅 Save to: Google Calendar · Outlook · Apple Calendar", "Add these events to my calendar"],
        "tr": ["📅 Kaydet: Google Takvim · Outlook · Apple Takvim", "Bu etkinlikleri takvimime ekle"],
        "de": ["📅 Speichern in: Google Kalender · Outlook · Apple Kalender", "Diese Termine in meinen Kalender eintragen"],
        "fr": ["📅 Enregistrer dans : Google Agenda · Outlook · Calendrier Apple", "Ajouter ces rendez-vous à mon agenda"],
        "es": ["📅 Guardar en: Google Calendar · Outlook · Calendario de Apple", "Añadir estas citas a mi calendario"],
        "ru": ["📅 Сохранить в: Google Календарь · Outlook · Календарь Apple", "Добавить эти события в мой календарь"],
    },
    "scores": {  # score-centre links on sports stories (the second wording is a row of tabs)
        "en": ["Match centre: live scores and tables ›", "Results · Fixtures · Tables · Player stats"],
        "tr": ["Maç merkezi: canlı sonuçlar ve tablolar ›", "Sonuçlar · Fikstür · Puan tablosu · Oyuncu istatistikleri"],
        "de": ["Matchcenter: Live-Ergebnisse und Tabellen ›", "Ergebnisse · Spielplan · Tabellen · Spielerstatistik"],
        "fr": ["Centre de match : scores en direct et classements ›", "Résultats · Programme · Classements · Stats des joueurs"],
        "es": ["Centro de partidos: resultados en vivo y clasificaciones ›", "Resultados · Calendario · Clasificaciones · Estadísticas de jugadores"],
        "ru": ["Матч-центр: результаты онлайн и таблицы ›", "Результаты · Расписание · Таблицы · Статистика игроков"],
    },
    "odds": {  # a betting partner's odds, the gambling-harm line, the partner's call to action
        "en": ["Odds from our partner: home 7/2 · draw 5/2 · away 8/11", "18+ only · Please bet responsibly · Free help on 0808 000 0461",
               "Get a price on the next round at our betting partner ›"],
        "tr": ["Ortağımızdan oranlar: ev sahibi 2,40 · beraberlik 3,15 · deplasman 2,70", "Yalnızca 18 yaş üstü · Sorumlu oynayın · Yardım hattı 0800 000 04 62",
               "Bahis ortağımızda kuponunu hazırla ›"],
        "de": ["Quoten unseres Partners: Heim 2,35 · Unentschieden 4,10 · Auswärts 2,55", "Nur ab 18 · Spielen mit Verantwortung · Hilfe unter 0800 000 0462",
               "Tipp abgeben beim Wettpartner ›"],
        "fr": ["Cotes de notre partenaire : domicile 2,25 · nul 3,30 · extérieur 2,95", "Réservé aux plus de 18 ans · Jouez avec modération · Aide au 09 00 00 04 62",
               "Miser sur ce match chez notre partenaire ›"],
        "es": ["Cuotas de nuestro socio: local 2,05 · empate 3,20 · visitante 3,60", "Solo mayores de 18 · Juega con cabeza · Ayuda en el 900 000 462",
               "Apuesta en este partido con nuestro socio ›"],
        "ru": ["Коэффициенты партнёра: хозяева 2,15 · ничья 3,40 · гости 3,05", "Только 18+ · Играйте ответственно · Помощь: 8 800 000-04-62",
               "Сделать ставку у букмекера-партнёра ›"],
    },
    "pharmacy": {  # duty-pharmacy and out-of-hours finders
        "en": ["Find tonight's late-opening pharmacy ›", "Pharmacies on duty this weekend", "Unwell out of hours? Call 111 or check local services ›"],
        "tr": ["Bu gece açık eczaneyi bulun ›", "Hafta sonu nöbetçi eczaneler", "Mesai dışında mı hastalandınız? 112'yi arayın ya da bölgenizdeki hizmetlere bakın ›"],
        "de": ["Apotheke mit Nachtdienst finden ›", "Notdienst-Apotheken am Wochenende", "Außerhalb der Sprechzeiten krank? 116 117 anrufen oder Angebote vor Ort prüfen ›"],
        "fr": ["Trouver la pharmacie ouverte ce soir ›", "Pharmacies de garde ce week-end", "Malade en dehors des heures d'ouverture ? Appelez le 116 117 ou consultez les services près de chez vous ›"],
        "es": ["Encuentra la farmacia abierta esta noche ›", "Farmacias de guardia este fin de semana", "¿Te encuentras mal fuera de horario? Llama al 112 o consulta los servicios de tu zona ›"],
        "ru": ["Найти аптеку, открытую ночью ›", "Дежурные аптеки в выходные", "Заболели в нерабочее время? Звоните 103 или смотрите службы вашего района ›"],
    },
}
# the cells of an odds strip (the betting partner's market for the club's next game)
ODDS_CELLS = {
    "en": ["Home 7/2", "Draw 5/2", "Away 8/11"], "tr": ["1 · 2,40", "0 · 3,15", "2 · 2,70"],
    "de": ["Heim 2,35", "X 4,10", "Gast 2,55"], "fr": ["Dom. 2,25", "Nul 3,30", "Ext. 2,95"],
    "es": ["Local 2,05", "Empate 3,20", "Visit. 3,60"], "ru": ["Хоз. 2,15", "Нич. 3,40", "Гост. 3,05"],
}
# the pharmacies a duty-pharmacy finder lists under its label (fictional)
PHARMACY_ROWS = {
    "en": ["Greenhill Pharmacy · open until 9pm", "Soar Road Chemist · open until 7pm", "Kingsway Late Pharmacy · until midnight"],
    "tr": ["Gülşen Eczanesi · İstasyon Caddesi 4 · 19.00–08.30", "Yaşam Eczanesi · Pazar Mahallesi · 08.30–08.30", "Nur Eczanesi · Bahçe Sokak · 19.00–08.30"],
    "de": ["Rosen-Apotheke · Hauptstraße 14 · bis 20 Uhr", "Stadt-Apotheke · bis 22 Uhr", "Apotheke im Ärztehaus · Notdienst bis 8 Uhr"],
    "fr": ["Pharmacie de l'Église · jusqu'à 21 h", "Pharmacie du Pont · jusqu'à 19 h 30", "Pharmacie des Halles · garde jusqu'à 8 h"],
    "es": ["Farmacia La Alameda · hasta las 23:00", "Farmacia del Puerto · 24 horas", "Farmacia Santa Ana · de guardia hasta las 9:30"],
    "ru": ["Аптека «Ромашка» · ул. Мира, 3 · до 23:00", "Аптека «Доктор» · круглосуточно", "Аптека № 7 · до 21:00"],
}
HEADLINES = {
    "en": ["Swimming pool reopens after £1.2m refit", "Parish council agrees 4% rise in precept",
           "School crossing patrol post filled after two-year gap", "Oldest pub in Castlegate gets a new landlord",
           "Cycle path along old railway gets go-ahead", "Charity shop volunteers honoured at awards night"],
    "tr": ["Yüzme havuzu 12 milyonluk yenilemenin ardından açıldı", "Köy muhtarlığına ilk kez bir kadın seçildi",
           "Okul önüne yaya geçidi görevlisi atandı", "İlçenin en eski kahvehanesi el değiştirdi",
           "Eski demiryolu hattına bisiklet yolu yapılacak", "Hayır dükkânı gönüllülerine teşekkür gecesi"],
    "de": ["Hallenbad öffnet nach Sanierung für 1,2 Millionen Euro", "Gemeinderat beschließt höhere Grundsteuer",
           "Schulweghelfer nach zwei Jahren wieder im Einsatz", "Ältestes Gasthaus der Stadt hat neue Pächter",
           "Radweg auf alter Bahntrasse kann gebaut werden", "Ehrenamtliche des Sozialkaufhauses ausgezeichnet"],
    "fr": ["La piscine rouvre après 1,2 million d'euros de travaux", "Le conseil municipal vote une hausse de la taxe foncière",
           "Un agent de sortie d'école enfin recruté après deux ans", "Le plus vieux café du bourg change de propriétaire",
           "Feu vert pour la voie verte sur l'ancienne ligne de chemin de fer", "Les bénévoles de la boutique solidaire à l'honneur"],
    "es": ["La piscina reabre tras una reforma de 1,2 millones", "El pleno aprueba subir el IBI un 4 %",
           "El colegio recupera al agente de paso de peatones tras dos años", "El bar más antiguo del pueblo cambia de manos",
           "Luz verde a la vía verde por el antiguo trazado del tren", "Homenaje a los voluntarios de la tienda solidaria"],
    "ru": ["Бассейн открылся после ремонта за 12 миллионов", "Совет депутатов поднял местный налог на землю",
           "У школы снова дежурит регулировщик", "Старейшее кафе города сменило владельца",
           "На месте старой железной дороги проложат велодорожку", "Волонтёров благотворительного магазина наградили"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["fr"]
TEASERS = {
    "fr": ["Le bassin de 25 mètres avait fermé après une fuite sous le carrelage.",
           "Le taux passe de 38,2 % à 39,7 %, une première depuis 2014.",
           "La mairie cherchait un volontaire depuis le départ en retraite de Gisèle.",
           "Le Café du Commerce était tenu par la même famille depuis 1951.",
           "Le chantier de 14 kilomètres doit commencer à l'automne.",
           "Dix-huit bénévoles ont reçu la médaille de la ville."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Today's local headlines", "Our towns and villages", "Council and courts", "Jobs, money and shops", "Local sport", "Things to do", "Views and letters"],
               cookie="This website uses cookies so that it works properly, so that we can see how it is used and so that advertisers can reach you. Choose 'Accept' to allow all of them or 'Settings' to pick.",
               accept="That's fine, accept", reject="Only necessary ones", share="Pass this one on to a friend",
               related="More local news today", newsletter="The Lunchtime Briefing – free, every weekday",
               subscribe="Put me on the lunchtime list", email="name@ledgermail.example",
               comment_note="You need an account to join the discussion.",
               closed="Comments have been switched off for this article.",
               footer=["Who writes for us", "Our corrections policy", "How we handle your data", "Place an advert with us", "House rules for this website"],
               rights="No part of this site may be reproduced without our written permission.",
               commenters=[("kingsway_kev", "Glad somebody is finally asking questions about this."),
                           ("Maureen T", "Does anyone know if there will be a public meeting?"),
                           ("riverside_rob", "Thanks for the update.")]),
    "tr": dict(nav=["Günün yerel manşetleri", "İlçelerimiz ve köylerimiz", "Belediye ve mahkeme", "İş, para ve esnaf", "Yerel spor", "Ne yapsak?", "Görüşler ve mektuplar"],
               cookie="Bu site düzgün çalışması, nasıl kullanıldığını görebilmemiz ve reklamverenlerin size ulaşabilmesi için çerez kullanır. Hepsine izin vermek için 'Kabul et'i, seçmek için 'Ayarlar'ı seçin.",
               accept="Olur, kabul ediyorum", reject="Yalnızca gerekli olanlar", share="Bu haberi paylaşın",
               related="Bugün daha fazla yerel haber", newsletter="Öğle Bülteni – hafta içi her gün ücretsiz",
               subscribe="Listeye beni de yazın", email="siz@eposta.example",
               comment_note="Tartışmaya katılmak için bir hesabınız olmalı.",
               closed="Bu haberde yorumlar kapatıldı.",
               footer=["Bizim için kimler yazıyor", "Düzeltme politikamız", "Verilerinizi nasıl kullanıyoruz", "Gazetemizde ilanınız yer alsın", "Bu sitenin kullanım kuralları"],
               rights="Bu sitenin hiçbir bölümü yazılı iznimiz olmadan çoğaltılamaz.",
               commenters=[("çarşılı_hakan", "Nihayet biri bu konuda soru soruyor."),
                           ("Gülay A.", "Halka açık bir toplantı olacak mı, bilen var mı?")]),
    "de": dict(nav=["Lokale Schlagzeilen heute", "Unsere Städte und Dörfer", "Rat und Gericht", "Jobs, Geld und Geschäfte", "Sport vor Ort", "Was läuft am Wochenende?", "Meinungen und Leserbriefe"],
               cookie="Diese Website verwendet Cookies, damit sie richtig funktioniert, damit wir sehen, wie sie genutzt wird, und damit Werbetreibende Sie erreichen. Wählen Sie „Akzeptieren“ für alle oder „Einstellungen“ zur Auswahl.",
               accept="Akzeptieren und fortfahren", reject="Bloß die notwendigen", share="Artikel an Freunde schicken",
               related="Mehr Lokales von heute", newsletter="Die Mittagspost – kostenlos, werktags",
               subscribe="Eintragen, bitte", email="name@rundschau-post.example",
               comment_note="Zum Mitdiskutieren brauchen Sie ein Konto.",
               closed="Die Kommentarfunktion ist für diesen Artikel abgeschaltet.",
               footer=["Wer für uns schreibt", "Wie wir korrigieren", "Wie wir mit Ihren Daten umgehen", "Bei uns eine Anzeige schalten", "Nutzungsbedingungen der Seite"],
               rights="Kein Teil dieser Website darf ohne unsere schriftliche Erlaubnis vervielfältigt werden.",
               commenters=[("Bahnhofstraßen_Bernd", "Endlich stellt mal jemand Fragen dazu."),
                           ("Renate W.", "Gibt es dazu eine Bürgerversammlung?")]),
    "fr": dict(nav=["Les titres locaux du jour", "Nos villes et villages", "Conseils municipaux et tribunal", "Emploi, argent et commerces", "Sport local", "Que faire ?", "Opinions et courrier"],
               cookie="Ce site utilise des cookies pour fonctionner correctement, pour savoir comment il est utilisé et pour permettre aux annonceurs de vous toucher. Choisissez « Accepter » pour tout autoriser ou « Paramètres » pour choisir.",
               accept="D'accord, j'accepte", reject="Uniquement les nécessaires", share="Partager cet article",
               related="D'autres infos locales aujourd'hui", newsletter="Midi pile – gratuit, chaque jour de semaine",
               subscribe="Inscrivez-moi à la liste", email="vous@messagerie.example",
               comment_note="Il faut un compte pour participer à la discussion.",
               closed="Les commentaires sont désactivés pour cet article.",
               footer=["Qui écrit pour nous", "Notre politique de correction", "Ce que nous faisons de vos données", "Publicité : nous contacter", "Le règlement de ce site"],
               rights="Aucune partie de ce site ne peut être reproduite sans notre autorisation écrite.",
               commenters=[("gaston_du_pont", "Enfin quelqu'un qui pose les bonnes questions."),
                           ("Mireille B.", "Y aura-t-il une réunion publique ?")]),
    "es": dict(nav=["Titulares locales de hoy", "Nuestros pueblos y barrios", "Pleno y tribunales", "Dinero y empleo", "El deporte de aquí", "Qué hacer", "Opinión y cartas de quien nos lee"],
               cookie="Esta web usa cookies para funcionar bien, para saber cómo se utiliza y para que los anunciantes puedan llegar a ti. Elige «Aceptar» para permitirlas todas o «Ajustes» para escoger.",
               accept="Vale, acepto", reject="Solo las necesarias", share="Compartir esta noticia",
               related="Más noticias locales de hoy", newsletter="Al mediodía – gratis, cada día laborable",
               subscribe="Quiero recibirlo a mediodía", email="nombre@correodelvalle.example",
               comment_note="Necesitas una cuenta para participar en la conversación.",
               closed="Los comentarios están desactivados en esta noticia.",
               footer=["Quién escribe para nosotros", "Cómo corregimos nuestros errores", "Qué hacemos con tus datos", "Publicidad: contacto", "Normas de uso de esta web"],
               rights="No se puede reproducir ninguna parte de esta web sin nuestro permiso por escrito.",
               commenters=[("paco_del_muelle", "Por fin una información seria sobre esto."),
                           ("Amparo G.", "¿Habrá una reunión vecinal?")]),
    "ru": dict(nav=["Главные местные новости", "Наши города и сёла", "Власть и суды района", "Работа, деньги, магазины", "Местный спорт", "Куда пойти в выходные в районе", "Мнения и письма наших читателей"],
               cookie="Сайт использует cookie, чтобы правильно работать, чтобы мы видели, как им пользуются, и чтобы рекламодатели могли до вас достучаться. Нажмите «Принять», чтобы разрешить все, или «Настройки», чтобы выбрать.",
               accept="Хорошо, принимаю", reject="Только самые необходимые", share="Поделиться статьёй",
               related="Ещё местные новости за сегодня", newsletter="«Полдень» — бесплатно по будням",
               subscribe="Подпишите меня на рассылку", email="imya@pochta-rayona.example",
               comment_note="Чтобы участвовать в обсуждении, нужна учётная запись.",
               closed="Комментарии к этой статье отключены.",
               footer=["Кто пишет для нас", "Как мы поправляем неточности", "Что мы делаем с вашими данными", "Разместить объявление у нас", "Правила нашего сайта для читателей"],
               rights="Никакая часть сайта не может быть воспроизведена без нашего письменного разрешения.",
               commenters=[("Валера_с_пристани", "Наконец-то кто-то задаёт вопросы."),
                           ("Тамара Г.", "Будет ли общественное собрание?")]),
}
UI35 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"ru": "ЧИТАЙТЕ ТАКЖЕ В «ВЕСТНИКЕ»:"},  # the regional layout's inline links
    (mp2, "BIO"): {"ru": "{name} пишет для «{site}» о теме «{section}». Предложить тему можно по адресу lesnoe@example.org",
                   "tr": "{name}, {site} için {section} yazıları hazırlıyor. Önerileriniz için: defter@example.org"},
    (mp4, "READMORE"): {"de": "AUCH INTERESSANT IN DER RUNDSCHAU:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp5, "SQS"): {"tr": dict(title="Kulüp bülteni", desc="Yarış takvimi, antrenman saatleri ve kulüpten haberler ayda bir e-postanızda.",
                              button="Bültene kaydol", foot="Adresinizi yalnızca kulüp haberleri için kullanırız, istediğiniz zaman ayrılabilirsiniz.",
                              prev="← Daha eski kulüp haberleri", next="Daha yeni kulüp haberleri →", cookie_ok="Peki, kapat")},
    (mp6, "QT"): {"en": dict(also="Also in the Courier")},
    (mp6, "TYPO3"): {"de": dict(ext="Video auf YouTube", note="Hier ist ein Film der Stadt über den Hohenau-Melder eingebunden. Erst wenn Sie zustimmen, wird er von YouTube geladen.",
                                button="Zustimmen und Film abspielen", by="Herausgegeben von:", search="Suche auf hohenau.example",
                                lang_menu="Diese Seite in Leichter Sprache")},
    (mp6, "BITRIX"): {"tr": dict(source="Haberin kaynağı", author="Haberi derleyen muhabir", back="Tüm ajans haberlerine dön",
                                 agency="Çınarlı Haber Ajansı", share="Ajans haberini paylaş", news="Çınarlı Haber Ajansı bültenleri")},
    (mp7, "SANITY"): {"es": dict(nl_title="El Almenara en tu buzón", nl_text="Deporte, pleno y sucesos de la comarca, cada mañana antes del desayuno.",
                                 nl_button="Enviádmelo", nl_placeholder="Tu correo para el boletín del Almenara")},
    (mp11, "HUGO"): {"de": dict(nl_title="Post aus Oberwaldbach", nl_text="Einmal im Monat alles aus dem Dorf, den Vereinen und dem Dorfladen per E-Mail.",
                                nl_label="Ihre E-Mail-Adresse für die Dorfpost", nl_button="Dorfpost bestellen")},
    (mp13, "PUB_NAV"): {"fr": ["Derniers numéros de la Lettre", "Le plateau qui bouge", "Portraits du plateau", "Soutenir la Lettre"]},
    (mp13, "TEASERS"): {"fr": TEASERS["fr"]},
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
# the new layout: a Craft CMS 5 site (Twig templates, a Matrix field rendered as content blocks)
# --------------------------------------------------------------------------
# the templates' generic interface strings as the developers left them in the site's static translations (not
# checked: they recur on any such site)
CRAFT_CORE = {
    "en": dict(html_lang="en-GB", og_locale="en_GB", skip="Skip to main content", menu="Menu", close="Close",
               search="Search", home="Home", by="By", read="{m} min read", copy="Copy link", share_on="Share on",
               tags="Tags", settings="Settings", play="Play video", author_path="authors", search_path="search",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"], date_fmt="{d} {M} {y}"),
    "fr": dict(html_lang="fr-FR", og_locale="fr_FR", skip="Aller au contenu principal", menu="Menu", close="Fermer",
               search="Rechercher", home="Accueil", by="Par", read="{m} min de lecture", copy="Copier le lien",
               share_on="Partager sur", tags="Mots-clés", settings="Paramètres", play="Lire la vidéo",
               author_path="auteurs", search_path="recherche",
               months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                       "novembre", "décembre"], date_fmt="{d} {M} {y}"),
}
CRAFT_VERSION = "5.5.4"
# the sites' own strings: host, menus (titles and slugs), utility links, buttons, labels of the editor-picked entry,
# the embed block's service line, box titles, newsletter form and footer texts
CRAFT = {
    "Kelderby Ledger": dict(
        domain="kelderbyledger.example", handle="KelderbyLedger",
        menu=["Kelderby news", "Villages and community", "Ledger sport", "Business in Kelderby", "What's on locally", "Ledger opinion"],
        slugs=["news", "community", "sport", "business", "whats-on", "opinion"],
        utility=["This week's paper", "Puzzles", "Family announcements in the Ledger"],
        subscribe="Subscribe to the Ledger", pick_label="The Ledger recommends", embed_service="Video from the Ledger on YouTube",
        related_title="More from the Ledger", popular_title="Kelderby's most read this week",
        nl_title="The Ledger Weekly", nl_text="The best of Kelderby's news every Friday, straight to your inbox.",
        nl_button="Get the Ledger Weekly", nl_placeholder="Email address for the Ledger Weekly",
        share_title="Share this Ledger story",
        footer_heads=["The Ledger", "Readers", "Advertisers"],
        footer_cols=[["About the Kelderby Ledger", "Contact the Ledger newsroom", "Jobs at the Ledger"],
                     ["Subscribe and renew", "Send us a letter", "Complaints about the Ledger"],
                     ["Advertise with the Ledger", "Public notices", "Recruitment ads"]],
        footer_note="The Kelderby Ledger has been the weekly paper of Kelderby and its villages since 1872."),
    "Le Journal du Haut-Vernon": dict(
        domain="journal-haut-vernon.example", handle="JournalHautVernon",
        menu=["Actualité du Haut-Vernon", "Les communes du plateau", "Culture et patrimoine du Haut-Vernon", "Sports du Haut-Vernon", "Économie locale", "Où sortir en Haut-Vernon"],
        slugs=["actualite", "communes", "culture", "sports", "economie", "sorties"],
        utility=["Le journal numérique", "Jeux et mots croisés", "Carnet du jour"],
        subscribe="S'abonner au Journal", pick_label="Le Journal vous conseille", embed_service="Vidéo du Journal sur YouTube",
        related_title="Aussi dans le Journal", popular_title="Les plus lus de la semaine",
        nl_title="La lettre du Haut-Vernon", nl_text="L'essentiel de l'actualité du Haut-Vernon, chaque matin dans votre boîte mail.",
        nl_button="Recevoir la lettre du Haut-Vernon", nl_placeholder="Votre e-mail pour la lettre",
        share_title="Partager cet article du Journal",
        footer_heads=["Le Journal", "Lecteurs", "Annonceurs"],
        footer_cols=[["Le Journal, qui sommes-nous ?", "Écrire à la rédaction du Journal", "Le Journal recrute"],
                     ["S'abonner, se réabonner", "Écrire au courrier des lecteurs", "Médiation"],
                     ["Publicité dans le Journal du Haut-Vernon", "Annonces légales", "Offres d'emploi de la région"]],
        footer_note="Le Journal du Haut-Vernon informe les communes du Haut-Vernon depuis 1946."),
}
CRAFT_EXEMPT = {"domain", "slugs", "handle"}
# the image transforms of the site's config (width, height): hero, block images, cards
CRAFT_TRANSFORMS = {"hero": [(768, 432), (1200, 675), (1600, 900)], "block": [(640, 427), (960, 640)], "card": [(400, 225)]}


def craft_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    c = CRAFT_CORE[lang]
    return c["date_fmt"].replace("{M}", c["months"][m - 1]).replace("{d}", str(d)).replace("{y}", str(y))


def craft_src(host, volume, w, h, name, ext="jpg"):
    """An asset URL through a Craft image transform (the transform's folder holds its parameters)."""
    return "%s/uploads/%s/_%dx%d_crop_center-center_82_line/%s.%s" % (host, volume, w, h, name, ext)


def craft_picture(host, volume, name, sizes, transforms, alt, cls, lazy=True):
    srcset = ", ".join("%s %dw" % (craft_src(host, volume, w, h, name, "webp"), w) for w, h in transforms)
    w, h = transforms[len(transforms) // 2] if not lazy else transforms[0]
    return ('<picture class="%s"><source type="image/webp" srcset="%s" sizes="%s"><img src="%s" width="%d" height="%d" '
            'alt="%s"%s></picture>') % (cls, srcset, sizes, craft_src(host, volume, w, h, name), w, h, A(alt),
                                        ' loading="lazy" decoding="async"' if lazy else ' fetchpriority="high"')


def craft_rich(kind, val):
    """One block of a text block's CKEditor 5 field as Craft renders it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_craft(art, ui, site, placed, rng):
    # an article entry of a regional paper's Craft CMS 5 front end (see the module docstring)
    lang, n, blocks = art["lang"], len(art["blocks"]), art["blocks"]
    c, s = CRAFT_CORE[lang], CRAFT[site]
    host = "https://www." + s["domain"]
    sec_i = s["menu"].index(art["section"])
    sec, sec_slug = s["menu"][sec_i], s["slugs"][sec_i]
    entry_id = rng.randint(10**4, 10**5 - 1)
    art_slug = mp13.medium_slug(art["title"], 70).lower()
    url = "%s/%s/%s" % (host, sec_slug, art_slug)
    img_name = mp13.medium_slug(art["caption"], 40).lower()
    hero = craft_src(host, "news", 1200, 675, img_name)
    words = len(mp.truth_text(art["truth_blocks"]).split())
    mins = max(2, round(words / 220))
    hh, mi = rng.randint(6, 19), rng.randint(0, 59)
    tz = "+00:00" if lang == "en" else "+01:00"
    iso = "%sT%02d:%02d:00%s" % (art["date"], hh, mi, tz)
    shown = craft_date(lang, art["date"])
    y = int(art["date"][:4])
    author_slug = mp13.medium_slug(art["byline"], 40).lower()
    heads = rng.sample(HEADLINES[lang], 6)

    def hurl(t):
        return "/%s/%s" % (rng.choice(s["slugs"][:4]), mp13.medium_slug(t, 60).lower())

    hurls = {t: hurl(t) for t in heads}
    bid = [rng.randint(10**5, 10**6 - 1)]

    def block_id():
        bid[0] += rng.randint(1, 40)
        return bid[0]

    # the Matrix blocks between the text blocks: an image block after the first third, the editor's pick of another
    # entry further down, a YouTube embed (behind the consent placeholder) near the end
    slots = [i for i in safe_slots(art, 2) if i not in art["no_slot"]]
    img_at = slots[len(slots) // 3] if slots else n
    pick_at = next((i for i in slots if i >= img_at + 2), n)
    embed_at = next((i for i in reversed(slots) if i > pick_at), n)
    ph = heads[0]
    image = ('<figure class="block block--image" id="block-{b}" data-block-type="image">{pic}'
             '<figcaption class="block--image__caption">{cap} <span class="block--image__credit">{cr}</span></figcaption></figure>').format(
        b=block_id(), pic=craft_picture(host, "news", mp13.medium_slug(art["caption2"], 40).lower(),
                                        "(min-width: 960px) 720px, 100vw", CRAFT_TRANSFORMS["block"], art["caption2"], "block--image__picture"),
        cap=E(art["caption2"]), cr=E(art["credit2"]))
    editor_pick = ('<aside class="block block--related" id="block-{b}" data-block-type="relatedEntry"><p class="block--related__label">{lab}</p>'
            '<a class="card card--inline" href="{u}">{pic}<span class="card__title">{t}</span></a></aside>').format(
        b=block_id(), lab=E(s["pick_label"]), u=hurls[ph], t=E(ph),
        pic=craft_picture(host, "news", mp13.medium_slug(ph, 30).lower(), "160px", CRAFT_TRANSFORMS["card"], "", "card__image"))
    vid = "%011x" % rng.randint(16**10, 16**11 - 1)
    consent_text = pick(rng, "cookie", lang, site, art, idx=1)[1]  # (the video wording)
    embed = ('<div class="block block--embed" id="block-{b}" data-block-type="embed"><div class="embed embed--youtube" x-data="{{ consented: false }}">'
             '<template x-if="consented"><iframe src="https://www.youtube-nocookie.com/embed/{v}?rel=0" title="YouTube" allow="accelerometer; encrypted-media; picture-in-picture" allowfullscreen loading="lazy"></iframe></template>'
             '<div class="embed__placeholder" x-show="!consented"><img src="{host}/uploads/embeds/_640x360_crop_center-center_82_line/yt-{v}.jpg" alt="" width="640" height="360" loading="lazy">'
             '<p class="embed__service">{svc}</p><p class="embed__consent">{txt}</p><button type="button" class="btn btn--small" @click="consented = true">{play}</button></div></div></div>').format(
        b=block_id(), v=vid, host=host, svc=E(s["embed_service"]), txt=E(consent_text), play=E(c["play"]))
    placed = {i: list(x) for i, x in placed.items()}
    placed.setdefault(img_at, []).append(image)
    placed.setdefault(pick_at, []).append(editor_pick)
    placed.setdefault(embed_at, []).append(embed)
    # the body: the text blocks run between the other blocks; lines an editor pasted as plain paragraphs stay
    # inside the text block around them; a story quote is a quote block of its own
    comps, run = [], []

    def flush():
        if run:
            comps.append('<div class="block block--text" id="block-%d" data-block-type="text"><div class="rich-text">\n%s\n</div></div>'
                         % (block_id(), "\n".join(run)))
            run.clear()

    for i in range(n + 1):
        for snip in placed.get(i, []):
            if re.match(r"<p>|<h[45]>", snip):
                run.append(snip)
            else:
                flush()
                comps.append(snip)
        if i < n:
            kind, val = blocks[i]
            if kind == "q":
                flush()
                comps.append('<figure class="block block--quote" id="block-%d" data-block-type="quote"><blockquote class="quote"><p>%s</p></blockquote></figure>'
                             % (block_id(), mp.inline_html(val)))
            else:
                run.append(craft_rich(kind, val))
    flush()
    body = "\n".join(comps)
    nav = "".join('<li class="site-nav__item"><a class="site-nav__link{act}" href="{h}/{sl}"{cur}>{t}</a></li>'.format(
        h=host, sl=sl, t=E(t), act=" is-active" if k == sec_i else "", cur=' aria-current="true"' if k == sec_i else "")
        for k, (t, sl) in enumerate(zip(s["menu"], s["slugs"])))
    utility = "".join('<li><a href="%s/%s">%s</a></li>' % (host, mp13.medium_slug(t, 30).lower(), E(t)) for t in s["utility"])
    related = "".join(('<li class="card-list__item"><a class="card" href="{h}{u}">{pic}<span class="card__title">{t}</span></a></li>').format(
        h=host, u=hurls[t], t=E(t), pic=craft_picture(host, "news", mp13.medium_slug(t, 30).lower(), "(min-width: 768px) 33vw, 100vw",
                                                     CRAFT_TRANSFORMS["card"], "", "card__image")) for t in heads[1:4])
    popular = "".join('<li><a href="{h}{u}"><span class="most-read__rank">{k}</span> {t}</a></li>'.format(
        h=host, k=k + 1, u=hurls[t], t=E(t)) for k, t in enumerate(heads[3:6]))
    nets = [("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
            ("x", "X", "https://x.com/intent/post?url=" + url),
            ("whatsapp", "WhatsApp", "https://api.whatsapp.com/send?text=" + url),
            ("email", "Email" if lang == "en" else "E-mail", "mailto:?subject=%s&amp;body=%s" % (art_slug, url))]
    share = "".join('<li><a class="share-links__link share-links__link--{k}" href="{h}" target="_blank" rel="noopener" aria-label="{on} {lab}">'
                    '<svg class="icon" aria-hidden="true"><use href="/dist/sprite.svg#{k}"></use></svg></a></li>'.format(
                        k=k, h=h if k == "email" else A(h), on=A(c["share_on"]), lab=A(lab)) for k, lab, h in nets)
    footer = "".join('<div class="site-footer__col"><h2 class="site-footer__heading">{hd}</h2><ul>{li}</ul></div>'.format(
        hd=E(hd), li="".join('<li><a href="/%s">%s</a></li>' % (mp13.medium_slug(t, 30).lower(), E(t)) for t in col))
        for hd, col in zip(s["footer_heads"], s["footer_cols"]))
    csrf = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(88))
    sprig_id = "component-%s" % "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6))
    sprig_vals = json.dumps({"sprig:siteId": "%064x" % rng.getrandbits(256) + "1",
                             "sprig:component": "", "sprig:template": "%064x" % rng.getrandbits(256) + "_components/most-read"},
                            separators=(",", ":"))
    vite = "%08x" % rng.randint(0, 16**8 - 1)
    css = "%08x" % rng.randint(0, 16**8 - 1)
    cpres = "%08x" % rng.randint(0, 16**8 - 1)
    ld = json.dumps({"@context": "http://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "headline": art["title"], "description": art["sub"],
         "datePublished": iso, "dateModified": iso, "mainEntityOfPage": url, "inLanguage": c["html_lang"],
         "image": {"@type": "ImageObject", "url": hero, "width": "1200", "height": "675"},
         "author": {"@type": "Person", "name": art["byline"], "url": "%s/%s/%s" % (host, c["author_path"], author_slug)},
         "publisher": {"@id": host + "/#identity"}},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": c["home"], "item": host + "/"},
            {"@type": "ListItem", "position": 2, "name": sec, "item": "%s/%s" % (host, sec_slug)},
            {"@type": "ListItem", "position": 3, "name": art["title"], "item": url}]},
        {"@type": "WebSite", "@id": host + "/#website", "name": site, "url": host + "/"},
        {"@type": "NewsMediaOrganization", "@id": host + "/#identity", "name": site, "url": host + "/",
         "logo": {"@type": "ImageObject", "url": host + "/uploads/brand/logo.png"}}]},
        ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>document.documentElement.classList.replace('no-js', 'js');</script>
<title>{E(art["title"])} | {E(site)}</title>
<meta name="csrf-param" content="CRAFT_CSRF_TOKEN">
<meta name="csrf-token" content="{csrf}">
<script type="module">!function(){{const e=document.createElement("link").relList;if(!(e&&e.supports&&e.supports("modulepreload"))){{}}}}();</script>
<script type="module" src="{host}/dist/assets/app-{vite}.js" crossorigin onload="e=new CustomEvent('vite-script-loaded', {{detail:{{path: 'src/js/app.ts'}}}});document.dispatchEvent(e);"></script>
<link href="{host}/dist/assets/app-{css}.css" rel="stylesheet">
<meta name="generator" content="SEOmatic">
<meta name="keywords" content="{A(sec.lower())}">
<meta name="description" content="{A(art["sub"])}">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta name="robots" content="all">
<meta content="{c["og_locale"]}" property="og:locale">
<meta content="{A(site)}" property="og:site_name">
<meta content="article" property="og:type">
<meta content="{url}" property="og:url">
<meta content="{A(art["title"])}" property="og:title">
<meta content="{A(art["sub"])}" property="og:description">
<meta content="{hero}" property="og:image">
<meta content="1200" property="og:image:width">
<meta content="675" property="og:image:height">
<meta content="{A(art["caption"])}" property="og:image:alt">
<meta content="{iso}" property="article:published_time">
<meta content="{A(sec)}" property="article:section">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@{s["handle"]}">
<meta name="twitter:title" content="{A(art["title"])}">
<meta name="twitter:description" content="{A(art["sub"])}">
<meta name="twitter:image" content="{hero}">
<link href="{url}" rel="canonical">
<link href="{host}/" rel="home">
<link type="text/plain" href="{host}/humans.txt" rel="author">
</head>
<body class="ltr entry-type-article section-{sec_slug}"><a class="skip-link sr-only focus:not-sr-only" href="#main">{E(c["skip"])}</a>
<div class="site" x-data="{{ navOpen: false, searchOpen: false }}" @keydown.escape="navOpen = false; searchOpen = false">
<header class="site-header" :class="{{ 'site-header--open': navOpen }}">
<div class="site-header__utility"><div class="container"><span class="site-header__date">{E(shown)}</span><ul class="utility-nav">{utility}</ul></div></div>
<div class="site-header__main container"><button type="button" class="nav-toggle" @click="navOpen = !navOpen" :aria-expanded="navOpen.toString()" aria-controls="site-nav" aria-label="{A(c["menu"])}"><span class="nav-toggle__bars" aria-hidden="true"></span></button>
<a class="site-logo" href="{host}/" rel="home"><img src="{host}/uploads/brand/logo.svg" alt="{A(site)}" width="280" height="40"></a>
<div class="site-header__actions"><button type="button" class="search-toggle" @click="searchOpen = !searchOpen" aria-label="{A(c["search"])}"><svg class="icon" aria-hidden="true"><use href="/dist/sprite.svg#search"></use></svg></button><a class="btn btn--primary" href="{host}/subscribe">{E(s["subscribe"])}</a></div></div>
<form class="site-search" action="{host}/{c["search_path"]}" method="get" x-show="searchOpen" x-cloak><label class="sr-only" for="q">{E(c["search"])}</label><input type="search" id="q" name="q"><button type="submit">{E(c["search"])}</button></form>
<nav class="site-nav" id="site-nav" :class="{{ 'is-open': navOpen }}" aria-label="{A(c["menu"])}"><ul class="site-nav__list container">{nav}</ul></nav>
</header>
<main id="main" class="site-main"><div class="container layout layout--article">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol class="breadcrumbs__list"><li><a href="{host}/">{E(c["home"])}</a></li><li><a href="{host}/{sec_slug}">{E(sec)}</a></li><li aria-current="page">{E(art["title"])}</li></ol></nav>
<article class="article entry entry--article" data-entry-id="{entry_id}">
<header class="article__header"><a class="article__section" href="{host}/{sec_slug}">{E(sec)}</a><h1 class="article__title">{E(art["title"])}</h1><p class="article__standfirst">{E(art["sub"])}</p>
<div class="article__meta"><span class="article__author">{E(c["by"])} <a href="{host}/{c["author_path"]}/{author_slug}">{E(art["byline"])}</a></span> <time class="article__date" datetime="{iso}">{E(shown)}</time> <span class="article__readtime">{E(c["read"].replace("{m}", str(mins)))}</span></div></header>
<figure class="article__hero">{craft_picture(host, "news", img_name, "(min-width: 1200px) 1200px, 100vw", CRAFT_TRANSFORMS["hero"], art["caption"], "article__hero-picture", lazy=False)}<figcaption class="article__hero-caption">{E(art["caption"])} <span class="article__hero-credit">{E(art["credit"])}</span></figcaption></figure>
<div class="article__body content-blocks">
{body}
</div>
<footer class="article__footer"><div class="article__tags"><span class="article__tags-label">{E(c["tags"])}</span><ul><li><a href="{host}/{sec_slug}">{E(sec)}</a></li></ul></div>
<div class="share-links"><p class="share-links__title">{E(s["share_title"])}</p><ul class="share-links__list">{share}</ul><button type="button" class="share-links__copy" x-data @click="navigator.clipboard.writeText('{url}')">{E(c["copy"])}</button></div></footer>
</article>
<section class="related-entries" aria-labelledby="related-title"><h2 id="related-title" class="section-title">{E(s["related_title"])}</h2><ul class="card-list">{related}</ul></section>
<aside class="sidebar">
<div id="{sprig_id}" class="most-read" data-hx-target="this" data-hx-include="this" data-hx-trigger="refresh" data-hx-get="{host}/index.php?p=actions/sprig-core/components/render" data-hx-vals='{sprig_vals}'><h2 class="sidebar__title">{E(s["popular_title"])}</h2><ol class="most-read__list">{popular}</ol></div>
<div class="newsletter-signup"><h2 class="sidebar__title">{E(s["nl_title"])}</h2><p>{E(s["nl_text"])}</p><form method="post" accept-charset="UTF-8" action="{host}/">
<span class="blitz-inject" id="blitz-inject-1" data-blitz-id="1" data-blitz-uri="/_dynamic" data-blitz-params="action=blitz/csrf/input" data-blitz-property=""></span>
<input type="hidden" name="action" value="newsletter-agency/newsletter/subscribe"><label class="sr-only" for="nl-email">{E(s["nl_placeholder"])}</label><input type="email" id="nl-email" name="email" placeholder="{A(s["nl_placeholder"])}" required><button type="submit" class="btn btn--primary">{E(s["nl_button"])}</button></form></div>
</aside>
</div></main>
<footer class="site-footer"><div class="container site-footer__cols">{footer}</div><div class="container site-footer__bottom"><p>{E(s["footer_note"])}</p><p>&copy; {y} {E(site)}</p></div></footer>
</div>
<div class="cookie-consent" x-data="{{ decided: localStorage.getItem('consent') !== null }}" x-show="!decided" x-cloak role="dialog" aria-live="polite"><p class="cookie-consent__text">{E(ui["cookie"])}</p><div class="cookie-consent__buttons"><button type="button" class="btn btn--primary" @click="localStorage.setItem('consent', 'all'); decided = true">{E(ui["accept"])}</button><button type="button" class="btn" @click="localStorage.setItem('consent', 'necessary'); decided = true">{E(ui["reject"])}</button><a class="cookie-consent__settings" href="{host}/cookies">{E(c["settings"])}</a></div></div>
<script>window.csrfTokenName = "CRAFT_CSRF_TOKEN";</script>
<script src="{host}/cpresources/{cpres}/htmx.min.js?v=1736512399" defer></script>
<script>(function(){{var b=document.querySelectorAll(".blitz-inject");if(!b.length)return;document.dispatchEvent(new CustomEvent("beforeBlitzInjectAll",{{cancelable:true}}));b.forEach(function(e){{fetch(e.dataset.blitzUri+"?"+e.dataset.blitzParams).then(function(r){{return r.text()}}).then(function(t){{e.outerHTML=t}})}})}})();</script>
<script type="application/ld+json">{ld}</script>
</body>
</html>
'''


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"craft": ["caption", "cookie", "readmore"]}  # the image block, the embed's consent, the editor's pick
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp5, ["squarespace"]), (mp6, ["quintype", "typo3", "bitrix"]), (mp7, ["sanity"]), (mp11, ["hugo"]),
                     (mp13, ["medium"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
# the generic families of the earlier parts used here (make_heldout34.FAMILIES without its "translated" and "motors",
# which no story of this part gives a reason for); none is new
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "ai", "gift", "print", "moderation",
            "feedback", "standards", "topics", "bookmark", "poll", "embed", "gallery",
            "map", "calendar", "scores", "odds", "pharmacy"]
NEW_FAMILIES = []
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = ["calendar", "map", "gallery", "scores", "odds", "pharmacy"]
# families whose markups are used in turn over the part (so that each of them occurs)
IN_TURN = ["odds", "pharmacy", "scores", "map", "calendar", "gallery"]
# families a village, association, club or community website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "ai", "gift", "feedback", "standards", "topics", "bookmark", "poll",
                      "newsletter", "moderation"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "gift", "bookmark", "audio"}
# a town hall's or council's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "gift", "tip", "typo", "comments", "moderation", "poll", "bio",
                      "newsletter", "credit", "standards", "section", "embed", "feedback", "photo"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · ") and tables
STYLES = {
    "cookie": ['<div class="third-party-hold-box"><p class="third-party-hold-box__text">%s</p><button class="third-party-hold-box__allow" type="button">&#10003;</button></div>',
               '<p class="blocked-media-note">%s</p>', '<p><em>%s</em></p>'],
    "newsletter": ['<div class="inbox-signup-strip"><p class="inbox-signup-strip__pitch">%s</p><a class="inbox-signup-strip__cta" href="/newsletters">&rarr;</a></div>',
                   '<p class="reader-quota-note">%s</p>', '<h4 class="inbox-signup-head">%s</h4>', '<p><b><a href="/donate">%s</a></b></p>'],
    "share": ['<ul class="send-onward-list">{items}</ul>', '<div class="send-onward-line">%s</div>', '<p><a href="#send-onward">%s</a></p>'],
    "photo": ['<p class="picture-provenance-note">%s</p>', '<span class="pic-provenance-tag">%s</span>', '<p><small>%s</small></p>'],
    "copyright": ['<p class="no-republish-note">%s</p>', '<div class="usage-rights-panel"><small>%s</small></div>', '<p><em><small>%s</small></em></p>'],
    "section": ['<p class="rubric-kicker-line">%s</p>', '<h6 class="rubric-kicker-hd">%s</h6>', '<p><strong>%s</strong></p>'],
    "symbol": ['<p class="text-ornament">%s</p>', '<div class="fleuron-break-row">%s</div>', '<p align="center">%s</p>'],
    "credit": ['<p class="additional-reporting-note">%s</p>', '<div class="contributing-staff-line">%s</div>', '<p><small><em>%s</em></small></p>'],
    "title": ['<p class="repeated-headline-line"><b>%s</b></p>', '<h2 class="headline-repeat-hd">%s</h2>', '<h3><strong>%s</strong></h3>'],
    "ad": ['<div class="promo-break-marker">%s</div>', '<p class="paid-slot-label">%s</p>', '<p><small><i>%s</i></small></p>'],
    "continue": ['<p class="expand-article-link"><a href="#rest">%s</a></p>', '<div class="story-unfold-toggle" role="button">%s</div>', '<p><a href="#rest"><b>%s</b></a></p>'],
    "comments": ['<p class="discussion-count-link"><a href="#discussion">%s</a></p>', '<div class="discussion-teaser-pill">%s</div>', '<p><a href="#discussion">%s</a></p>'],
    "readtime": ['<p class="estimated-read-line">%s</p>', '<span class="estimated-read-pill">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="last-edit-stamp"><time>%s</time></p>', '<div class="change-log-row">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="spoken-version-bar"><button class="spoken-version-bar__play" aria-label="Play"></button><span class="spoken-version-bar__label">%s</span></div>',
              '<p class="voiced-article-link"><a href="#tts">%s</a></p>', '<p><a href="#tts">%s</a></p>'],
    "correction": ['<aside class="amendment-note-panel"><p>%s</p></aside>', '<p class="amendment-note-line"><em>%s</em></p>', '<p><b>%s</b></p>'],
    "app": ['<div class="get-our-app-bar"><p class="get-our-app-bar__msg">%s</p><a class="get-our-app-bar__store" href="/app">&#8595;</a></div>',
            '<p class="get-our-app-line">%s</p>', '<p><b>%s</b></p>'],
    "bio": ['<div class="writer-profile-box"><p class="writer-profile-box__about">%s</p></div>', '<p class="writer-profile-line"><i>%s</i></p>', '<p><em>%s</em></p>'],
    "tip": ['<div class="news-tipoff-box"><p class="news-tipoff-box__ask">%s</p></div>', '<p class="news-tipoff-line">%s</p>', '<p><i>%s</i></p>'],
    "typo": ['<div class="slip-report-hint"><p>%s</p></div>', '<p class="slip-report-line">%s</p>', '<p><small><i>%s</i></small></p>'],
    "push": ['<div class="breaking-alert-ask-card"><p class="breaking-alert-ask-card__ask">%s</p></div>', '<p class="breaking-alert-ask-line">%s</p>',
             '<p><b>%s</b></p>'],
    "ai": ['<div class="ai-assist-disclosure-note"><p>%s</p></div>', '<p class="ai-assist-disclosure-line"><small>%s</small></p>', '<p><i>%s</i></p>'],
    "gift": ['<div class="free-share-offer"><a class="free-share-offer__btn" href="#free-share">%s</a></div>',
             '<p class="free-share-line"><a href="#free-share">%s</a></p>', '<p><a href="#free-share">%s</a></p>'],
    "print": ['<ul class="article-utility-row">{items}</ul>', '<p class="print-copy-link"><a href="?print=1">%s</a></p>',
              '<p><a href="?print=1">%s</a></p>'],
    "moderation": ['<div class="comment-policy-text-note"><p>%s</p></div>', '<p class="comment-policy-text-line">%s</p>', '<p><small>%s</small></p>'],
    "feedback": ['<div class="rate-story-box"><p class="rate-story-box__q">%s</p></div>', '<p class="rate-story-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="complaints-info-note"><p>%s</p></div>', '<p class="complaints-info-line"><small>%s</small></p>', '<p><i>%s</i></p>'],
    "topics": ['<div class="subject-links-bar"><span class="subject-links-bar__terms">%s</span></div>', '<p class="subject-links-line">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="save-to-list-toggle"><a class="save-to-list-toggle__add" href="#reading-list">%s</a></div>',
                 '<p class="save-to-list-line"><a href="#reading-list">%s</a></p>', '<p><a href="#reading-list">%s</a></p>'],
    "poll": ['<div class="one-tap-poll-box"><p class="one-tap-poll-box__q">%s</p><button class="one-tap-poll-box__go" type="button">&#9654;</button></div>',
             '<h5 class="one-tap-poll-hd">%s</h5>', '<p><small>%s</small></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/E{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/E{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-lite-frame"><a class="yt-lite-frame__link" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}">%s</a></p>'],
    "gallery": ['<div class="photo-carousel-opener"><a class="photo-carousel-opener__go" href="#photo-carousel">%s</a></div>',
                '<p class="carousel-photo-tally">%s</p>', '<p><strong>%s</strong></p>'],
    "map": ['<div class="leaflet-embed-box"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="leaflet-embed-box__links">%s</p></div>',
            '<figure class="where-map-fig"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    "calendar": ['<ul class="add-to-cal-links">{items}</ul>', '<p class="events-ical-link"><a href="/events/{k}.ics">%s</a></p>',
                 '<div class="cal-export-bar"><span class="cal-export-bar__label">%s</span></div>'],
    "scores": ['<div class="match-centre-promo"><a class="match-centre-promo__link" href="/sport/match-centre">%s</a></div>',
               '<ul class="sport-data-tabs">{items}</ul>', '<p><a href="/sport/match-centre"><strong>%s</strong></a></p>'],
    # ({oddscells}: an odds strip's cells; {pharmacies} / {pharmacyrows}: the finder's pharmacies)
    "odds": ['<div class="partner-odds-panel"><p class="partner-odds-panel__line">%s</p><a class="partner-odds-panel__bet" href="https://bets-partner.example/event/{k}" rel="sponsored nofollow">&rarr;</a></div>',
             '<table class="partner-odds-table"><caption>%s</caption><tr>{oddscells}</tr></table>',
             '<p class="gambling-help-line"><small>%s</small></p>',
             '<p><a href="https://bets-partner.example/" rel="sponsored nofollow"><strong>%s</strong></a></p>'],
    "pharmacy": ['<div class="open-chemist-box"><h4 class="open-chemist-box__hd">%s</h4><ul class="open-chemist-box__list">{pharmacies}</ul></div>',
                 '<p class="chemist-finder-link"><a href="/health/open-pharmacies">%s</a></p>',
                 '<table class="chemist-duty-table"><tr><th>%s</th></tr>{pharmacyrows}</table>',
                 '<h4 class="urgent-care-hd">%s</h4>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><small>%s</small>', ' <em>– %s</em>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#send-onward">%s</a>']),
          "section": (0.5, ['<b>%s</b> | ']),
          "odds": (0.3, ['<br><a href="https://bets-partner.example/" rel="sponsored nofollow"><b>%s</b></a>'])}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="body-photo-unit"><img src="/media/{id}-body2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-inline.jpg" alt="" width="600"><br><small>{cap} – {cr}</small></p>']
RELATED_STYLES = ['<div class="more-reading-box"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="next-reads-aside"><p class="next-reads-aside__hd">%s</p><ul>%s</ul></aside>',
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
        idx = rng.randrange(len(pool))
    return idx, fill_text(pool[idx], rng, site, art)


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
    looked = art["looked"]  # blocks whose markup the editor set (no residue is typed into their start)
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
        else:
            idx, text = pick(rng, fam, lang, site, art)
        pos = {"section": rng.choice([0, 0, mid]), "credit": rng.choice([0, n]), "copyright": n,
               "share": rng.choice([mid, n]), "photo": rng.choice([0, mid]), "comments": rng.choice([0, n]),
               "readtime": 0, "updated": rng.choice([0, n]), "audio": rng.choice([0, mid]),
               "correction": rng.choice([0, n]), "app": rng.choice([mid, n]), "bio": n,
               "tip": rng.choice([mid, n]), "typo": n, "push": rng.choice([0, mid]), "ai": rng.choice([0, n]),
               "gift": rng.choice([mid, n]), "print": rng.choice([0, n]), "moderation": n,
               "feedback": n, "standards": rng.choice([0, n]), "topics": n,
               "bookmark": rng.choice([0, n]), "poll": rng.choice([mid, n]), "embed": mid,
               "translated": rng.choice([0, 0, n]), "gallery": rng.choice([0, mid]), "map": mid,
               "calendar": rng.choice([mid, n]), "scores": rng.choice([0, mid, n]),
               "odds": rng.choice([mid, n]), "pharmacy": rng.choice([mid, n, n]),
               "motors": rng.choice([mid, n])}.get(fam, mid)
        # run into a story paragraph: the end of the paragraph before the position, or the start of the first
        # (a newsletter pitch only: a paywall or donation note is not typed into the text; of the odds widget, only the
        # betting partner's link)
        if fam == "section" and art.get("section_tag"):  # the story's section typed as a bold tag into its first line
            inline.append((0, "start", INLINE["section"][1][0] % E(text)))
            continue
        if (fam in INLINE and rng.random() < INLINE[fam][0] and tpl not in ("medium",)
                and (fam != "newsletter" or idx == 0) and (fam != "odds" or idx == 2)):
            markup = rng.choice(INLINE[fam][1])
            if markup.endswith(" | "):
                if pos == 0 and blocks[0][0] == "p" and 0 not in looked:
                    inline.append((0, "start", markup % E(text)))
                    continue
            else:
                at = n if pos == 0 else pos  # a line typed into the text goes at the end of a paragraph, not above it
                if blocks[at - 1][0] == "p" and not blocks[at - 1][1].endswith(":") and at - 1 not in looked:
                    inline.append((at - 1, "end", markup % E(text)))
                    continue
        if fam == "share" and idx == 1:
            styles = [x for x in STYLES[fam] if "{items}" not in x]
        elif fam == "scores" and idx == 0:
            styles = [x for x in STYLES[fam] if "{items}" not in x]
        else:
            styles = STYLES[fam]
        if fam in IN_TURN:  # these families' markups in turn over the part, so that each of them occurs
            style = styles[used[("style", fam)] % len(styles)]
            used[("style", fam)] += 1
        else:
            style = rng.choice(styles)
        if fam == "embed":  # the Instagram fallback in Instagram's embed code, the YouTube one in a video facade
            text = fill_text(R["embed"][lang][0 if "instagram" in style else 1], rng, site, art)
        lat, lon = 50 + rng.random() * 5, -4 + rng.random() * 6
        style = (style.replace("{h}", handle(site)).replace("{k}", rand_id())
                 .replace("{bbox}", "%%2C".join("%.4f" % x for x in (lon - .01, lat - .006, lon + .01, lat + .006)))
                 .replace("{oddscells}", "".join('<td>%s</td>' % E(x).replace("%", "%%") for x in ODDS_CELLS[lang]))
                 .replace("{pharmacies}", "".join('<li>%s</li>' % E(x).replace("%", "%%") for x in PHARMACY_ROWS[lang]))
                 .replace("{pharmacyrows}", "".join('<tr><td>%s</td></tr>' % E(x).replace("%", "%%") for x in PHARMACY_ROWS[lang])))
        if "{items}" in style:  # a label before the first item ("Share: a · b") is printed as an item of its own
            items = text.split(" · ")
            label = ""
            if ": " in items[0]:
                head, items[0] = items[0].split(": ", 1)
                label = "<li>%s:</li>" % E(head)
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
DROPCAP = {"craft": ("class", "text-dropcap"),
           "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"craft": ("class", "text-boxed"),
       "gutenberg": ("wrap", '<div class="wp-block-group has-pale-ocean-gradient-background has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "drupal": ("class", "duyuru-kutusu"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"craft": ("wrap", '<div class="html-embed factbox factbox--grey">\n', "\n</div>"),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📷</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="ny pt">', "</strong>"), "nextjs": ("<b>", "</b>"), "craft": ("<strong>", "</strong>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>"), "craft": ("<i>", "</i>")}
HIGHLIGHT = {"craft": ('<mark class="marker-yellow">', "</mark>"), "quintype": ('<mark>', "</mark>"),
             "chunks": ('<span class="text-highlight">', "</span>")}


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
# templates: craft is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"craft": tpl_craft, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "squarespace": mp5.tpl_squarespace,
                 "quintype": mp6.tpl_quintype, "typo3": mp6.tpl_typo3, "bitrix": mp6.tpl_bitrix, "sanity": mp7.tpl_sanity,
                 "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h34), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "craft"


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
            rng = random.Random("newsflow-heldout35-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI35[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 35) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h34), labels, furniture strings,
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
    # layouts: craft (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h33 or h34 gave it
    for mod in LANG_PARTS:
        langs_then = {(a["tpl"], a["lang"]) for a in mod.ARTICLES}
        problems.extend("%s: %s in %s, as in %s" % (a["id"], a["tpl"], a["lang"], mod.__name__) for a in ARTICLES
                        if (a["tpl"], a["lang"]) in langs_then)
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(PAGES_PER_LANG):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = ["h35-%s-%03d" % (x, k) for x in ("en", "tr", "de", "fr", "es", "ru") for k in range(1, PAGES_PER_LANG[x] + 1)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # the craft pages: a site of CRAFT, a section of the site's menu, a second picture for the image block; sites of
    # the other pages
    for a in ARTICLES:
        if a["tpl"] == "craft" and (a.get("site") not in CRAFT or a["lang"] not in CRAFT_CORE
                                    or a["section"] not in CRAFT[a["site"]]["menu"]
                                    or not a.get("caption2") or not a.get("credit2")):
            problems.append("%s: craft page needs a CRAFT site, a menu section and a second picture" % a["id"])
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
    # every residue family has wordings in every language, and markup
    for fam in FAMILIES:
        if fam in ("caption", "title"):
            continue
        if fam not in R or (fam != "symbol" and set(R[fam]) != set(UI)):
            problems.append("residue family %s lacks wordings" % fam)
        if fam not in STYLES and fam not in ("caption", "related"):
            problems.append("residue family %s lacks markup" % fam)
    for name, obj in (("odds cells", ODDS_CELLS), ("pharmacy rows", PHARMACY_ROWS)):
        if set(obj) != set(UI):
            problems.append("%s lack a language" % name)
    problems.extend("carried family %s is not a family" % f for a in ARTICLES for f in a.get("carry", []) if f not in FAMILIES)
    problems.extend("%s: avoided family %s is not a family" % (a["id"], f) for a in ARTICLES for f in a.get("avoid", [])
                    if f not in FAMILIES)
    for a in ARTICLES:
        for fam, idx in a.get("choose", {}).items():
            if idx >= len(R[fam][a["lang"]]):
                problems.append("%s: no wording %d in the %s pool" % (a["id"], idx, fam))
    # no family is new in this part: each is in an earlier part's family list or pools
    earlier_fams = set(mp.FAMILIES) | set(mp.RESIDUE)
    for mod in EARLIER_MODULES:
        earlier_fams |= set(getattr(mod, "FAMILIES", [])) | set(getattr(mod, "R", {}))
    problems.extend("family %s is not a family of an earlier part" % f for f in FAMILIES if f not in earlier_fams)
    problems.extend("template family %s is not a family of an earlier part" % f for f in TEMPLATE_FAMILIES[NEW_LAYOUT]
                    if f not in earlier_fams and not any(f in v for m in EARLIER_MODULES
                                                         for v in getattr(m, "TEMPLATE_FAMILIES", {}).values()))
    if NEW_FAMILIES:
        problems.append("this part has no new families")
    # (the checks of a part with new families, kept so that the module reads like the earlier ones)
    for mod in EARLIER_MODULES:
        problems.extend("family %s already in the pools of %s" % (f, mod.__name__) for f in NEW_FAMILIES
                        if f in getattr(mod, "R", {}) or f in getattr(mod, "FAMILIES", [])
                        or f in getattr(mod, "NEW_FAMILIES", []) or f in getattr(mod, "CARRY_ONLY", [])
                        or any(f in v for v in getattr(mod, "TEMPLATE_FAMILIES", {}).values()))
    problems.extend("family %s already in the first-round pools" % f for f in NEW_FAMILIES
                    if f in mp.RESIDUE or f in mp.FAMILIES)
    # ... and each is carried by at least four pages in at least three languages
    for f in NEW_FAMILIES:
        carriers = [a for a in ARTICLES if f in a.get("carry", [])]
        if len(carriers) < 4 or len({a["lang"] for a in carriers}) < 3:
            problems.append("new family %s carried by %d pages in %d languages (want 4 in 3)" % (
                f, len(carriers), len({a["lang"] for a in carriers})))
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    old = old_strings()
    story_mods = [__import__(name) for name in STORY_MODULES]
    for fam, by_lang in list(R.items()) + [("odds cells", ODDS_CELLS), ("pharmacy rows", PHARMACY_ROWS)]:
        for s in _strings(by_lang):
            problems.extend("h35 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = [v for (mod, name), v in SITE_STRINGS.items() if (mod, name) not in ((mp4, "R"), (mp, "RESIDUE"))]
    craft_sites = [{k: v for k, v in d.items() if k not in CRAFT_EXEMPT} for d in CRAFT.values()]
    # (CRAFT_CORE, the templates' generic strings, is left as the developers left it)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("CRAFT", craft_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)):
                continue
            problems.extend("h35 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    for art in ARTICLES:
        if art.get("correction"):
            problems.extend("%s: correction reuses %r" % (art["id"], x) for x in sorted(_sentences(art["correction"]) & old))
    # new wrapper class names
    old_classes = set()
    for mod in EARLIER_MODULES:
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES", "TIKTOK_STYLE"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend("h35 class name %r used by an earlier part" % x
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
    the pages only (truth.json does not hold the h35 entries yet) and says so."""
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
              "(truth.json not checked: h35 is not merged by make_pages.py yet)")
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
