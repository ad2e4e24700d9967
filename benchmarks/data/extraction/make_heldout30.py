#!/usr/bin/env python3
"""Thirtieth held-out part (h30-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout30.py           # write pages/h30-*.html
    python benchmarks/data/extraction/make_heldout30.py --check   # verify pages/h30-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout30.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the files of this directory were read).  Stories are in
articles_h30_en.py / articles_h30_intl.py; the residue wordings (the fifty-two generic families of the earlier parts
plus three new ones: match-centre / live-score widgets put into sports reports, links to easy-read and sign-language
versions of public bodies' news, and live travel-disruption widgets put into transport stories), their wrapper class
names, related headlines, site names, the sites' own strings in the earlier layouts and the first-round furniture
strings (menus, cookie banner, newsletter box, footer, commenters) are new here: none of the sentences of
make_pages.RESIDUE / UI or of the R pools of make_heldout2..29, nor their labels, furniture strings, headlines or site
names; verify() refuses to build if one is reused, if a "new" family is already in an earlier pool, family list or
template family, if a story paragraph or headline of an earlier part recurs, if a headline is also a story
paragraph, or if a body is outside 150-400 words.  Every name and number is fictional.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story): score cards on five match reports (basketball, football, amateur football, handball, rugby), easy-read /
sign-language links on five stories of public bodies or a public broadcaster (a county council, a Landkreis, a
commune, an ayuntamiento, a Turkish regional TV channel), travel widgets on five transport stories (a rail closure, a
bridge repair with extra ferries, a TER strike, a road closure with bus diversions, a new suburban train timetable).
Earlier families that need a reason in the story (condolence furniture, event furniture, chart furniture, series
labels, wire end lines, "developing story" notices, ...) are placed the same way; the other generic families are
balanced over the part, leaving out those a page's site would not print ("avoid", and the small-site / independent /
public-body sets); a correction box goes only on a story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes and bars, bare <p> / <div> lines as pasted
by editors, headings, lists and tables, and, for a few families, a line run into the end of a story paragraph
(after a <br> or a space, as editors type "Additional reporting by ..." or a tip line at the end of the last
paragraph) or a bold section tag run into the start of the first paragraph.
One page layout is new (tagdiv: an article page of an American hyperlocal news site on WordPress with tagDiv's
Newspaper theme (v12, classic single-post template), as such sites serve it – the head with the WordPress generator
tag, the Yoast SEO schema graph, the theme's td-theme-css and the td-generated header globals; body.td-standard-pack
with the scroll-up button, the mobile menu and search overlays, div#td-outer-wrap → div.td-header-wrap.td-header-style-1
(top bar with the date and the top menu, the logo row with the header ad spot, the main menu ul.sf-menu and the header
search form), div.td-main-content-wrap → div.td-crumb-container (entry-crumbs), div.td-pb-row with
div.td-pb-span8.td-main-content → article.post with div.td-post-header (ul.td-category, header.td-post-title with
h1.entry-title, p.td-post-sub-title and td-module-meta-info: author, date, comment and view counters), the top share
bar (td-post-sharing-top), div.td-post-content.tagdiv-type holding the featured image (td-post-featured-image with its
wp-caption-text figcaption) and the Gutenberg content, with the theme's "content_inline" ad spot
(td-a-rec-id-content_inline with its "- Advertisement -" title) after the third paragraph, then the article footer
(td-post-source-tags with the TAGS list, the bottom share bar, td-post-next-prev, the author-box-wrap and the
td-page-meta schema spans), the related-posts block (RELATED ARTICLES / MORE FROM AUTHOR) and the comment form;
div.td-main-sidebar with the social counter and a latest-posts block; the footer with the logo, about text and
e-mail, the sub-footer menu and copyright line, and the Cookie Notice plugin's banner).  Newspaper's English
interface strings (TAGDIV_CORE) are left as the theme prints them and not checked; the site's own strings (TAGDIV:
menus, footer text, author description, block titles) are.
The other 23 pages use 23 different layouts of earlier parts with their markup helpers – storybody, cms, semantic,
table, portal, amp, legacy-br, wordpress, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal, broadcaster (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), squarespace
(make_heldout5.py), quintype, typo3, bitrix (make_heldout6.py), medium (make_heldout13.py) and ucoz
(make_heldout19.py), none of them in the language h28 or h29 gave it (9 English pages, 3 in each other language);
while a page is rendered, the earlier modules' related headlines (HEADLINES, make_pages.RELATED_HEADLINES), the
strings that belong to one site rather than to the platform (see SITE_STRINGS) and the residue pools those helpers
draw from themselves (make_heldout4.R for the gutenberg consent placeholder and the fusion / chunks ad labels,
make_pages.RESIDUE for the table layout's banner label) are swapped for this part's own, and the templates get this
part's furniture strings (UI30) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout29.py, so that make_pages.py can import this module and merge it the same way.
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
from make_pages import E, A, UI  # noqa: E402
from articles_h30_en import ARTICLES as H30_EN  # noqa: E402
from articles_h30_intl import ARTICLES as H30_INTL  # noqa: E402

ARTICLES = H30_EN + H30_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Ashwick & Lenn Valley Reporter", "Wexley Evening Sentinel", "Brindle Vale Messenger", "Ellerby and District Lantern",
           "Stallbridge Quarterly Review"],
    "tr": ["Karaağaç Ekspres", "Kayalı Haber Ajansı"],
    "de": ["Wallhausener Bote am Sonntag", "Raunacher Neueste Nachrichten"],
    "fr": ["Le Courrier de Valbonne", "L'Indépendant des Coteaux"],
    "es": ["Voz del Oitavén", "El Eco de Alcorza"],
    "ru": ["Вестник Зареченска и округи", "Озёрская неделя"],
}
# sites fixed per page (an American hyperlocal site on the Newspaper theme, an orchard group on Squarespace, a Welsh
# county council on TYPO3, a Landkreis on Drupal, a commune on WordPress, an ayuntamiento on an old table layout, a
# rural settlement's administration on uCoz, a Turkish regional TV channel, an independent publication on Medium) are
# given in the stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h29 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This clip comes from a video service that sets cookies. Allow it in your privacy choices to play it here",
               "Hidden: a social post that needs third-party cookies. Tap to load it just this once"],
        "tr": ["Bu klip çerez kullanan bir video servisinden geliyor. Burada oynatmak için gizlilik tercihlerinizden izin verin",
               "Gizlendi: üçüncü taraf çerezleri gerektiren bir gönderi. Yalnızca bu kez yüklemek için dokunun"],
        "de": ["Dieser Clip stammt von einem Videodienst, der Cookies setzt. Erlauben Sie ihn in Ihren Datenschutzoptionen, um ihn hier abzuspielen",
               "Ausgeblendet: ein Beitrag, der Drittanbieter-Cookies braucht. Tippen, um ihn nur dieses eine Mal zu laden"],
        "fr": ["Cet extrait provient d'un service vidéo qui dépose des cookies. Autorisez-le dans vos choix de confidentialité pour le lire ici",
               "Masqué : une publication qui nécessite des cookies tiers. Touchez pour la charger juste cette fois"],
        "es": ["Este clip procede de un servicio de vídeo que instala cookies. Permítelo en tus opciones de privacidad para verlo aquí",
               "Oculto: una publicación que necesita cookies de terceros. Toca para cargarla solo esta vez"],
        "ru": ["Ролик размещён на видеосервисе, который устанавливает cookie. Разрешите его в настройках конфиденциальности, чтобы смотреть здесь",
               "Скрыто: публикация требует сторонних cookie. Нажмите, чтобы загрузить её один раз"],
    },
    "newsletter": {  # newsletter pitches, metered-paywall notes, donation appeals
        "en": ["Get our Morning Five – the five local stories you need – free in your inbox at 6.30am every weekday.",
               "That was the last of your free stories this month. Carry on from 99p a week",
               "Like what we do on your patch? Put £3 a month towards it"],
        "tr": ["Sabah Beşlisi: bilmeniz gereken beş yerel haber her hafta içi sabah 6.30'da ücretsiz olarak e-postanızda.",
               "Bu ayın son ücretsiz haberini okudunuz. Haftada 15 liradan devam edin",
               "Mahallenizdeki işimizi seviyor musunuz? Ayda 50 lirayla katkı verin"],
        "de": ["Die Morgen-Fünf: die fünf wichtigsten Nachrichten aus der Region, werktags um 6.30 Uhr kostenlos im Postfach.",
               "Ihre letzte freie Geschichte in diesem Monat liegt hinter Ihnen. Weiter geht's ab 99 Cent pro Woche",
               "Gefällt Ihnen, was wir vor Ort machen? Geben Sie 3 Euro im Monat dazu"],
        "fr": ["Les Cinq du matin : les cinq infos locales à connaître, gratuitement dans votre boîte chaque jour de semaine à 6 h 30.",
               "C'était votre dernier article gratuit du mois. La suite dès 99 centimes par semaine",
               "Notre travail près de chez vous vous plaît ? Mettez-y 3 € par mois"],
        "es": ["Las Cinco de la mañana: las cinco noticias de la comarca que necesitas, gratis en tu correo cada día laborable a las 6.30.",
               "Era tu última noticia gratis de este mes. Sigue desde 99 céntimos a la semana",
               "¿Te gusta lo que hacemos en tu barrio? Pon 3 euros al mes"],
        "ru": ["«Утренняя пятёрка»: пять местных новостей, которые нужно знать, — бесплатно на почту по будням в 6:30.",
               "Это был последний бесплатный материал в этом месяце. Дальше — от 59 рублей в неделю",
               "Нравится, как мы пишем о вашем районе? Вложите в это 150 рублей в месяц"],
    },
    "share": {  # several wordings are lists of networks (" · "), printed as one line or as a list
        "en": ["Facebook · WhatsApp · X · Copy link", "Send this to a neighbour who'd want to know"],
        "tr": ["Facebook · WhatsApp · X · Bağlantıyı kopyala", "Bunu haberi olması gereken bir komşunuza gönderin"],
        "de": ["Facebook · WhatsApp · X · Link kopieren", "Schicken Sie das an eine Nachbarin, die es wissen sollte"],
        "fr": ["Facebook · WhatsApp · X · Copier le lien", "Envoyez ceci à un voisin que ça intéressera"],
        "es": ["Facebook · WhatsApp · X · Copiar enlace", "Mándaselo a un vecino al que le interese"],
        "ru": ["ВКонтакте · Telegram · WhatsApp · Скопировать ссылку", "Отправьте это соседу, которому стоит знать"],
    },
    "photo": {
        "en": ["Picture: from the family album", "Photo sent in to the newsroom"],
        "tr": ["Fotoğraf: ailenin kendi albümünden", "Fotoğraf haber merkezimize gönderildi"],
        "de": ["Bild: aus dem privaten Fotoalbum der Familie", "Foto: an die Redaktion geschickt"],
        "fr": ["Image : album de famille", "Photo envoyée à la rédaction"],
        "es": ["Imagen: álbum familiar", "Foto enviada a la redacción"],
        "ru": ["Снимок из семейного альбома", "Фото прислали в редакцию"],
    },
    "copyright": {
        "en": ["© {site} 2026 – this story may not be republished without the editor's written permission."],
        "tr": ["© {site} 2026 – bu haber editörün yazılı izni olmadan yeniden yayımlanamaz."],
        "de": ["© {site} 2026 – eine Weiterverbreitung ist nur mit schriftlicher Erlaubnis der Chefredaktion gestattet."],
        "fr": ["© {site} 2026 – cet article ne peut être republié sans l'accord écrit de la rédaction en chef."],
        "es": ["© {site} 2026 – esta noticia no puede reproducirse sin permiso escrito de la dirección."],
        "ru": ["© «{site}», 2026 – перепечатка только с письменного разрешения главного редактора."],
    },
    "section": {  # ({section}: the story's section)
        "en": ["{section} | Local", "From our {section} desk"],
        "tr": ["{section} | Yerel", "{section} masamızdan"],
        "de": ["{section} | Lokal", "Aus dem Ressort {section}"],
        "fr": ["{section} | Local", "De notre service {section}"],
        "es": ["{section} | Local", "Desde la sección de {section}"],
        "ru": ["{section} | Местное", "Из отдела «{section}»"],
    },
    "related": {
        "en": ["More on this from us", "Earlier this week on our pages"],
        "tr": ["Bu konuda bizden daha fazlası", "Bu hafta sayfalarımızda"],
        "de": ["Mehr dazu von uns", "Diese Woche bei uns erschienen"],
        "fr": ["Plus de notre part sur ce sujet", "Cette semaine dans nos pages"],
        "es": ["Más sobre esto, de nuestra redacción", "Esta semana en nuestras páginas"],
        "ru": ["Ещё об этом у нас", "На этой неделе на наших страницах"],
    },
    "symbol": {"*": ["⋄ ⋄ ⋄ ⋄", "~ ◆ ~", "◇ ⁕ ◇", "⁎ ⁎", "— ⁕ —"]},
    "credit": {
        "en": ["Additional reporting by the {site} news team", "Reporting contributed by {site} staff"],
        "tr": ["Ek haberler: {site} haber ekibi", "Habere {site} çalışanları katkıda bulundu"],
        "de": ["Mitarbeit: das Nachrichtenteam von {site}", "Mit Beiträgen der {site}-Redaktion"],
        "fr": ["Avec des éléments recueillis par l'équipe de {site}", "Collaboration : le service info de {site}"],
        "es": ["Con información adicional del equipo de {site}", "Colaboración: redacción de {site}"],
        "ru": ["С дополнительными сведениями от новостной службы «{site}»", "В подготовке материала участвовали сотрудники «{site}»"],
    },
    "ad": {
        "en": ["Paid message · keep scrolling for the story", "ADVERT ↓"],
        "tr": ["Ücretli mesaj · haber için kaydırmaya devam edin", "İLAN ↓"],
        "de": ["Bezahlte Botschaft · für den Artikel weiterscrollen", "WERBEFLÄCHE ↓"],
        "fr": ["Message payant · continuez à faire défiler pour l'article", "RÉCLAME ↓"],
        "es": ["Mensaje pagado · sigue bajando para la noticia", "ANUNCIO PAGADO ↓"],
        "ru": ["Оплаченное сообщение · листайте дальше, материал ниже", "ПЛАТНОЕ РАЗМЕЩЕНИЕ ↓"],
    },
    "continue": {
        "en": ["Tap to read the rest of this story", "Load the full article ↓"],
        "tr": ["Haberin kalanını okumak için dokunun", "Haberin tamamını yükle ↓"],
        "de": ["Tippen, um den Rest des Artikels zu lesen", "Ganzen Artikel laden ↓"],
        "fr": ["Touchez pour lire la suite de l'article", "Charger l'article entier ↓"],
        "es": ["Toca para leer el resto de la noticia", "Cargar la noticia completa ↓"],
        "ru": ["Нажмите, чтобы дочитать материал", "Загрузить материал полностью ↓"],
    },
    "comments": {
        "en": ["{n} people are talking about this – have your say", "{n} replies so far ›"],
        "tr": ["{n} kişi bunu konuşuyor – siz de katılın", "Şu ana kadar {n} yanıt ›"],
        "de": ["{n} Menschen reden darüber – reden Sie mit", "Bisher {n} Antworten ›"],
        "fr": ["{n} personnes en parlent – donnez votre avis", "{n} réactions pour l'instant ›"],
        "es": ["{n} personas hablan de esto: da tu opinión", "{n} respuestas hasta ahora ›"],
        "ru": ["Это обсуждают {n} человек — выскажитесь и вы", "Пока {n} ответов ›"],
    },
    "readtime": {
        "en": ["Read time: {m} mins, give or take", "About {m} minutes to get through"],
        "tr": ["Okuma: aşağı yukarı {m} dk", "Bitirmesi yaklaşık {m} dakika"],
        "de": ["Lesedauer etwa {m} Minuten", "Dauert etwa {m} Min. zu lesen"],
        "fr": ["Lecture en {m} minutes", "Comptez à peu près {m} min"],
        "es": ["Tiempo de lectura estimado en {m} minutos", "Se lee en {m} minutos más o menos"],
        "ru": ["Время на чтение — {m} мин", "Прочтение займёт около {m} мин"],
    },
    "updated": {
        "en": ["Amended {d} · {t}", "Story revised at {t} on {d}"],
        "tr": ["Değiştirildi: {d} · {t}", "Haber {d} günü {t} itibarıyla revize edildi"],
        "de": ["Geändert: {d} · {t} Uhr", "Text überarbeitet um {t} Uhr am {d}"],
        "fr": ["Modifié : {d} · {t}", "Texte révisé à {t} le {d}"],
        "es": ["Modificada: {d} · {t}", "Texto revisado a las {t} del {d}"],
        "ru": ["Изменено: {d} · {t}", "Текст исправлен в {t}, {d}"],
    },
    "audio": {
        "en": ["Listen: this article read aloud ({m} mins)", "🎧 Hear this story · {m} min"],
        "tr": ["Dinleyin: bu haber sesli olarak ({m} dk)", "🎧 Bu haberi dinleyin · {m} dk"],
        "de": ["Vorlesen lassen: dieser Text als Audio ({m} Min.)", "🎧 Artikel anhören · {m} Min."],
        "fr": ["Écouter : cet article lu à voix haute ({m} min)", "🎧 Écouter l'article · {m} min"],
        "es": ["Dale al play: esta noticia en audio ({m} min)", "🎧 Escuchar la noticia · {m} min"],
        "ru": ["Слушать: материал в озвучке ({m} мин)", "🎧 Прослушать материал · {m} мин"],
    },
    "correction": {
        "en": ["Clarification: an earlier version of this story gave the wrong opening time for the library's drop-in session, which starts at 10am."],
        "tr": ["Açıklama: Haberin ilk halinde kütüphanedeki bilgilendirme oturumunun saati yanlış verilmişti; oturum saat 10.00'da başlıyor."],
        "de": ["Richtigstellung: In einer früheren Fassung stand eine falsche Uhrzeit für die Sprechstunde in der Bücherei; sie beginnt um 10 Uhr."],
        "fr": ["Précision : une première version de cet article donnait un mauvais horaire pour la permanence à la médiathèque, qui commence à 10 h."],
        "es": ["Aclaración: una versión anterior de esta noticia daba una hora equivocada para la sesión informativa de la biblioteca, que empieza a las 10."],
        "ru": ["Уточнение: в первой версии материала было указано неверное время приёма в библиотеке — он начинается в 10:00."],
    },
    "wireend": {
        "en": ["(Story continues)", "Filed by the agency's regional desk"],
        "tr": ["(Haberin devamı var)", "Ajansın bölge masasından geçildi"],
        "de": ["(wird fortgesetzt)", "Übermittelt vom Regionaldesk der Agentur"],
        "fr": ["(à suivre)", "Transmis par le bureau régional de l'agence"],
        "es": ["(continuará)", "Enviado por la delegación regional de la agencia"],
        "ru": ["(продолжение следует)", "Передано региональной редакцией агентства"],
    },
    "app": {
        "en": ["Take {site} with you – our app is free", "News alerts in your pocket: download the {site} app"],
        "tr": ["{site} yanınızda olsun – uygulamamız ücretsiz", "Haber uyarıları cebinizde: {site} uygulamasını indirin"],
        "de": ["{site} immer dabei – unsere App ist kostenlos", "Eilmeldungen in der Hosentasche: die App von {site}"],
        "fr": ["Emportez {site} partout – notre appli est gratuite", "Les alertes infos dans votre poche : l'appli {site}"],
        "es": ["{site} contigo a todas partes: descarga nuestra app", "Alertas de noticias en tu bolsillo: la app de {site}"],
        "ru": ["«{site}» всегда под рукой — скачайте наше приложение", "Срочные новости в кармане: приложение «{site}»"],
    },
    "bio": {
        "en": ["About the author: {by} has reported on {section} for {site} since 2019.", "Follow {by} for more stories ›"],
        "tr": ["Yazar hakkında: {by}, 2019'dan beri {site} için {section} haberleri yazıyor.", "Daha fazla haber için {by} adını takip edin ›"],
        "de": ["Zur Autorin: {by} berichtet seit 2019 für {site} über {section}.", "Folgen Sie {by} für weitere Artikel ›"],
        "fr": ["L'auteur : {by} couvre la rubrique {section} pour {site} depuis 2019.", "Suivre {by} pour d'autres articles ›"],
        "es": ["Sobre la autora: {by} cubre {section} para {site} desde 2019.", "Sigue a {by} para leer más ›"],
        "ru": ["Об авторе: {by} пишет для «{site}» о теме «{section}» с 2019 года.", "Подписаться на автора ›"],
    },
    "tip": {
        "en": ["Think there's a story here we've missed? Email newsdesk@example.com or WhatsApp us", "Tell us more – we read every message"],
        "tr": ["Gözümüzden kaçan bir haber mi var? haber@example.com adresine ya da WhatsApp'tan yazın", "Daha fazlasını anlatın – her mesajı okuyoruz"],
        "de": ["Etwas gesehen, worüber wir berichten sollten? Mail an hinweise@example.com oder per WhatsApp", "Erzählen Sie uns mehr – wir lesen jede Nachricht"],
        "fr": ["Vous avez vu quelque chose dont nous devrions parler ? Écrivez à info@example.com ou sur WhatsApp", "Racontez-nous – nous lisons chaque message"],
        "es": ["¿Crees que se nos escapa una historia? Escribe a noticias@example.com o por WhatsApp", "Cuéntanos más: leemos todos los mensajes"],
        "ru": ["Думаете, мы что-то упустили? Пишите на news@example.com или в WhatsApp", "Расскажите подробнее — мы читаем каждое сообщение"],
    },
    "typo": {
        "en": ["Typo? Highlight the words, then Ctrl+Enter sends them to us"],
        "tr": ["Yazım hatası mı? Kelimeleri seçin, Ctrl+Enter ile bize gönderin"],
        "de": ["Einen Fehler entdeckt? Markieren und Strg+Enter drücken"],
        "fr": ["Vous avez repéré une erreur ? Surlignez-la et tapez Ctrl+Entrée"],
        "es": ["Si encuentras una errata, selecciona las palabras y Ctrl+Intro nos las envía"],
        "ru": ["Если нашли опечатку, выделите слова — Ctrl+Enter отправит их нам"],
    },
    "push": {
        "en": ["{site} would like to send you notifications. Block · Allow"],
        "tr": ["{site} size bildirim göndermek istiyor. Engelle · İzin ver"],
        "de": ["{site} möchte Ihnen Mitteilungen senden. Blockieren · Erlauben"],
        "fr": ["{site} souhaite vous envoyer des notifications. Bloquer · Autoriser"],
        "es": ["{site} quiere enviarte notificaciones. Bloquear · Permitir"],
        "ru": ["«{site}» хочет присылать вам уведомления. Блокировать · Разрешить"],
    },
    "ai": {
        "en": ["An AI tool helped summarise documents for this story. A journalist wrote and checked the text."],
        "tr": ["Bu haber için belgelerin özetlenmesinde bir yapay zekâ aracından yararlanıldı. Metni bir gazeteci yazdı ve kontrol etti."],
        "de": ["Bei der Zusammenfassung von Dokumenten für diesen Text half ein KI-Werkzeug. Geschrieben und geprüft hat ihn eine Journalistin."],
        "fr": ["Un outil d'IA a aidé à résumer des documents pour cet article. Le texte a été écrit et vérifié par un journaliste."],
        "es": ["Una herramienta de IA ayudó a resumir documentos para esta noticia. El texto lo escribió y revisó un periodista."],
        "ru": ["При подготовке материала нейросеть помогала кратко изложить документы. Текст написал и проверил журналист."],
    },
    "affiliate": {
        "en": ["If you buy through links in this article we may earn a small fee, at no cost to you."],
        "tr": ["Bu haberdeki bağlantılardan alışveriş yaparsanız, size ek maliyet olmadan küçük bir ücret kazanabiliriz."],
        "de": ["Kaufen Sie über Links in diesem Artikel, erhalten wir eventuell eine kleine Vergütung – für Sie ohne Mehrkosten."],
        "fr": ["Si vous achetez via les liens de cet article, nous pouvons toucher une petite rémunération, sans surcoût pour vous."],
        "es": ["Si compras a través de los enlaces de esta noticia, podemos recibir una pequeña comisión sin coste para ti."],
        "ru": ["Если вы купите что-то по ссылкам из материала, мы можем получить небольшое вознаграждение без доплаты с вашей стороны."],
    },
    "gift": {
        "en": ["Subscribers can share this article with a friend for free ›"],
        "tr": ["Aboneler bu haberi bir arkadaşıyla ücretsiz paylaşabilir ›"],
        "de": ["Abonnenten können diesen Artikel kostenlos an Freunde weitergeben ›"],
        "fr": ["Les abonnés peuvent offrir la lecture de cet article à un proche ›"],
        "es": ["Los suscriptores pueden compartir esta noticia gratis con un amigo ›"],
        "ru": ["Подписчики могут бесплатно открыть этот материал другу ›"],
    },
    "skip": {
        "en": ["Jump past the advertisement", "End of advertisement"],
        "tr": ["Reklamın ötesine atla", "Reklamın sonu"],
        "de": ["Über die Werbung hinweg springen", "Ende der Werbung"],
        "fr": ["Sauter par-dessus la publicité", "Fin de la publicité"],
        "es": ["Saltar la publicidad", "Fin de la publicidad"],
        "ru": ["Перескочить через рекламу", "Конец рекламы"],
    },
    "print": {
        "en": ["Print-ready version of this story", "🖨 Print · ✉ Email to a friend"],
        "tr": ["Bu haberin baskıya hazır sürümü", "🖨 Yazdır · ✉ Arkadaşına gönder"],
        "de": ["Diesen Artikel als Druckfassung", "🖨 Drucken · ✉ Per Mail empfehlen"],
        "fr": ["Cet article en version à imprimer", "🖨 Imprimer · ✉ Envoyer à un ami"],
        "es": ["Esta noticia en versión imprimible", "🖨 Imprimir · ✉ Enviar a un amigo"],
        "ru": ["Материал в версии для принтера", "🖨 Печать · ✉ Отправить другу"],
    },
    "translated": {
        "en": ["Translated from Polish by the {site} newsroom."],
        "tr": ["Kürtçeden çeviren: {site} haber merkezi."],
        "de": ["Aus dem Sorbischen übersetzt von der Redaktion {site}."],
        "fr": ["Traduit du breton par la rédaction de {site}."],
        "es": ["Traducido del euskera por la redacción de {site}."],
        "ru": ["Перевод с башкирского — редакция «{site}»."],
    },
    "moderation": {
        "en": ["Comments are checked before publication. Please keep it civil and on topic."],
        "tr": ["Her yorum yayına alınmadan önce okunur. Lütfen saygılı olun ve konudan sapmayın."],
        "de": ["Jeder Kommentar wird vor dem Erscheinen gelesen. Bitte bleiben Sie sachlich und beim Thema."],
        "fr": ["Chaque commentaire est relu avant sa parution. Merci de rester courtois et dans le sujet."],
        "es": ["Leemos cada comentario antes de que aparezca. Por favor, sé respetuoso y no te salgas del tema."],
        "ru": ["Каждый комментарий читает модератор до появления на сайте. Пожалуйста, будьте вежливы и не отходите от темы."],
    },
    "feedback": {
        "en": ["Rate this story from one to five stars ☆☆☆☆☆"],
        "tr": ["Bu habere bir ile beş arasında yıldız verin ☆☆☆☆☆"],
        "de": ["Bewerten Sie diesen Artikel mit ein bis fünf Sternen ☆☆☆☆☆"],
        "fr": ["Notez cet article de une à cinq étoiles ☆☆☆☆☆"],
        "es": ["Puntúa esta noticia de una a cinco estrellas ☆☆☆☆☆"],
        "ru": ["Оцените материал от одной до пяти звёзд ☆☆☆☆☆"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code of Practice in everything it publishes. Read our complaints procedure."],
        "tr": ["{site}, Basın Ahlak Esaslarına uyar. Şikâyet yolumuzu okuyun."],
        "de": ["{site} hat sich dem Pressekodex verpflichtet. Lesen Sie, wie Sie sich beschweren können."],
        "fr": ["{site} adhère au Conseil de déontologie journalistique. Lire notre procédure de réclamation."],
        "es": ["{site} sigue el código deontológico de la FAPE en todo lo que publica. Consulta cómo presentar una queja."],
        "ru": ["Редакция «{site}» работает по кодексу профессиональной этики журналиста. Как подать жалобу — читайте здесь."],
    },
    "topics": {  # ({section}: the story's section)
        "en": ["Filed under: {section} · local news", "More on {section} ›"],
        "tr": ["Kategori: {section} · yerel haberler", "{section} hakkında daha fazlası ›"],
        "de": ["Abgelegt unter: {section} · Lokales", "Mehr zu {section} ›"],
        "fr": ["Classé dans : {section} · actualité locale", "Plus sur {section} ›"],
        "es": ["Archivado en: {section} · noticias locales", "Más sobre {section} ›"],
        "ru": ["Рубрика: {section} · местные новости", "Ещё о теме «{section}» ›"],
    },
    "bookmark": {
        "en": ["Save for later 🔖"],
        "tr": ["Daha sonra oku 🔖"],
        "de": ["Später lesen 🔖"],
        "fr": ["Lire plus tard 🔖"],
        "es": ["Leer más tarde 🔖"],
        "ru": ["Прочитать позже 🔖"],
    },
    "textsize": {
        "en": ["Font size: smaller · default · larger"],
        "tr": ["Yazı boyutu: küçük · normal · büyük"],
        "de": ["Schriftgröße: kleiner · normal · größer"],
        "fr": ["Taille de police : plus petite · normale · plus grande"],
        "es": ["Tamaño de letra: menor · normal · mayor"],
        "ru": ["Размер шрифта: меньше · обычный · больше"],
    },
    "developing": {
        "en": ["Breaking: this is a developing story and will be updated as we learn more."],
        "tr": ["Son dakika: Bu haber gelişiyor, yeni bilgiler geldikçe güncellenecek."],
        "de": ["Eilmeldung: Dieser Artikel wird fortlaufend aktualisiert, sobald wir mehr wissen."],
        "fr": ["Info en cours : cet article sera mis à jour au fil des informations."],
        "es": ["Última hora: esta noticia se irá actualizando a medida que sepamos más."],
        "ru": ["Срочно: материал дополняется по мере поступления информации."],
    },
    "poll": {
        "en": ["Have your say: should the council do more?", "Thanks for voting – results so far"],
        "tr": ["Siz ne diyorsunuz: belediye daha fazlasını yapmalı mı?", "Oy verdiğiniz için teşekkürler – şimdiye kadarki sonuçlar"],
        "de": ["Ihre Meinung: Sollte die Stadt mehr tun?", "Danke fürs Abstimmen – das bisherige Ergebnis"],
        "fr": ["À vous la parole : la mairie devrait-elle en faire plus ?", "Merci d'avoir voté – les résultats provisoires"],
        "es": ["Opina: ¿debería el ayuntamiento hacer más?", "Gracias por votar: resultados hasta ahora"],
        "ru": ["Ваше мнение: должна ли администрация делать больше?", "Спасибо за голос — промежуточные итоги"],
    },
    "embed": {  # the fallback text of social-media embeds ({handle}: the site's account)
        "en": ["A post shared by {handle} (@{handle}) on Instagram", "Watch on YouTube – {handle}"],
        "tr": ["{handle} (@{handle}) tarafından Instagram'da paylaşılan bir gönderi", "YouTube'da izleyin – {handle}"],
        "de": ["Ein Beitrag geteilt von {handle} (@{handle}) auf Instagram", "Auf YouTube ansehen – {handle}"],
        "fr": ["Une publication partagée par {handle} (@{handle}) sur Instagram", "Regarder sur YouTube – {handle}"],
        "es": ["Una publicación compartida por {handle} (@{handle}) en Instagram", "Ver en YouTube – {handle}"],
        "ru": ["Публикация от {handle} (@{handle}) в Instagram", "Смотреть на YouTube – {handle}"],
    },
    "gallery": {  # photo-gallery launchers and counters ({g}: the number of pictures)
        "en": ["📷 Gallery: {g} pictures", "Swipe for more photos (1/{g})"],
        "tr": ["📷 Galeri: {g} fotoğraf", "Diğer fotoğraflar için kaydırın (1/{g})"],
        "de": ["📷 Bildergalerie: {g} Fotos", "Wischen für weitere Bilder (1/{g})"],
        "fr": ["📷 Diaporama : {g} photos", "Faites défiler pour plus de photos (1/{g})"],
        "es": ["📷 Galería: {g} imágenes", "Desliza para ver más fotos (1/{g})"],
        "ru": ["📷 Фотогалерея: {g} снимков", "Листайте, чтобы увидеть больше (1/{g})"],
    },
    "helpline": {  # support-service notices under stories on sensitive subjects (fictional services and numbers)
        "en": ["Need to talk? The Lantern Line listens without judging, any time, on 0800 246 7781."],
        "tr": ["Konuşmaya mı ihtiyacınız var? Fener Hattı sizi her an yargılamadan dinler: 0800 246 77 81."],
        "de": ["Reden hilft: Das Laternentelefon hört jederzeit zu, ohne zu urteilen – 0800 2 46 77 81."],
        "fr": ["Envie d'en parler à quelqu'un ? La ligne Lanterne vous écoute sans jugement, à toute heure, au 0 806 24 67 78."],
        "es": ["¿Necesitas hablar? La Línea Farol te escucha sin juzgar, a cualquier hora, en el 900 246 778."],
        "ru": ["Нужно выговориться? «Линия Фонарь» выслушает без осуждения в любое время: 8-800-000-24-67."],
    },
    "chart": {  # the furniture of embedded data charts: source / data lines, fallbacks, hints
        "en": ["Chart: {site} · Source: parents' survey, 1,140 responses · Get the data", "Chart not showing? Open it in a new window"],
        "tr": ["Grafik: {site} · Kaynak: veli anketi · Verileri indirin", "Grafik görünmüyor mu? Yeni pencerede açın"],
        "de": ["Grafik: {site} · Quelle: Elternbefragung · Daten herunterladen", "Grafik wird nicht angezeigt? In neuem Fenster öffnen"],
        "fr": ["Graphique : {site} · Source : enquête auprès des parents · Télécharger les données", "Graphique invisible ? Ouvrez-le dans une nouvelle fenêtre"],
        "es": ["Gráfico: {site} · Fuente: encuesta a familias · Descargar los datos", "¿El gráfico no aparece? Ábrelo en una ventana nueva"],
        "ru": ["График: «{site}» · Источник: опрос родителей · Скачать данные", "График не отображается? Откройте его в новом окне"],
    },
    "funding": {  # grant / funding disclosures
        "en": ["This article was produced with funding from the Local Voices Trust. The trust does not see stories before publication."],
        "tr": ["Bu haber Yerel Sesler Vakfı'nın desteğiyle hazırlandı. Vakıf haberleri yayımlanmadan önce görmez."],
        "de": ["Dieser Artikel entstand mit Mitteln der Stiftung Lokale Stimmen. Die Stiftung sieht Texte nicht vor der Veröffentlichung."],
        "fr": ["Cet article a été réalisé grâce au soutien de la fondation Voix locales, qui ne lit pas les textes avant publication."],
        "es": ["Esta noticia se ha elaborado con financiación de la Fundación Voces Locales, que no ve los textos antes de publicarse."],
        "ru": ["Материал подготовлен на средства фонда «Местные голоса». Фонд не читает тексты до публикации."],
    },
    "warning": {  # content warnings put above stories on distressing subjects
        "en": ["Warning: this article contains details some readers may find upsetting."],
        "tr": ["Uyarı: Bu haber bazı okurları üzebilecek ayrıntılar içeriyor."],
        "de": ["Hinweis: Dieser Artikel enthält Details, die manche Leser belasten könnten."],
        "fr": ["Avertissement : cet article contient des détails qui peuvent heurter certains lecteurs."],
        "es": ["Aviso: esta noticia contiene detalles que pueden afectar a algunos lectores."],
        "ru": ["Предупреждение: в материале есть подробности, которые могут расстроить некоторых читателей."],
    },
    "series": {  # series labels and part navigation of multi-part reporting
        "en": ["Market Days · part three of five", "Previous parts of Market Days ›"],
        "tr": ["Pazar Günleri · beş bölümün üçüncüsü", "Pazar Günleri dizisinin önceki bölümleri ›"],
        "de": ["Markttage · Teil drei von fünf", "Bisherige Teile von Markttage ›"],
        "fr": ["Jours de marché · troisième épisode sur cinq", "Les épisodes précédents de Jours de marché ›"],
        "es": ["Días de mercado · tercera parte de cinco", "Partes anteriores de Días de mercado ›"],
        "ru": ["«Рыночные дни» · часть третья из пяти", "Предыдущие части цикла «Рыночные дни» ›"],
    },
    "map": {  # the furniture of embedded maps: provider links, attribution, hints
        "en": ["Open larger map", "Map data © OpenStreetMap · Zoom with Ctrl + scroll"],
        "tr": ["Haritayı büyüt", "Harita verisi © OpenStreetMap · Ctrl + kaydırma ile yakınlaştırın"],
        "de": ["Größere Karte öffnen", "Kartendaten © OpenStreetMap · Zoomen mit Strg + Scrollen"],
        "fr": ["Agrandir la carte", "Données cartographiques © OpenStreetMap · Zoomer avec Ctrl + molette"],
        "es": ["Ampliar el mapa", "Datos del mapa © OpenStreetMap · Zoom con Ctrl + rueda"],
        "ru": ["Открыть карту крупнее", "Данные карты © OpenStreetMap · Масштаб: Ctrl + колесо мыши"],
    },
    "toc": {  # "jump to" boxes: the label over a list of links to the story's own subheadings
        "en": ["What's in this article"], "tr": ["Bu haberin içindekiler"], "de": ["Inhalt dieses Artikels"], "fr": ["Dans cet article"],
        "es": ["En esta noticia"], "ru": ["Содержание материала"],
    },
    "calendar": {  # event furniture: add-to-calendar rows, save-the-date and booking prompts
        "en": ["Add to calendar: Apple · Google · Outlook · Yahoo", "Save the date ›"],
        "tr": ["Takvime ekle: Apple · Google · Outlook · Yahoo", "Tarihi kaydedin ›"],
        "de": ["Zum Kalender hinzufügen: Apple · Google · Outlook · Yahoo", "Termin vormerken ›"],
        "fr": ["Ajouter au calendrier : Apple · Google · Outlook · Yahoo", "Réservez la date ›"],
        "es": ["Añadir al calendario: Apple · Google · Outlook · Yahoo", "Reserva la fecha ›"],
        "ru": ["Добавить в календарь: Apple · Google · Outlook · Yahoo", "Сохранить дату ›"],
    },
    "archive": {  # article-age notices over older stories
        "en": ["From our archive: this article is more than a year old."],
        "tr": ["Arşivimizden: Bu haber bir yıldan daha eski."],
        "de": ["Aus unserem Archiv: Dieser Artikel ist älter als ein Jahr."],
        "fr": ["Dans nos archives : cet article a plus d'un an."],
        "es": ["De nuestro archivo: esta noticia tiene más de un año."],
        "ru": ["Из архива: этому материалу больше года."],
    },
    "condolence": {  # obituary furniture: online condolence books, candles, links to the family notices
        "en": ["Send your condolences to the family in our online tribute book", "🕯 Light a candle · Read the family notice"],
        "tr": ["Aileye taziye mesajınızı çevrim içi anı defterimize yazın", "🕯 Mum yak · Aile ilanını oku"],
        "de": ["Kondolieren Sie der Familie in unserem Online-Gedenkbuch", "🕯 Kerze entzünden · Traueranzeige lesen"],
        "fr": ["Adressez vos condoléances à la famille dans notre livre d'hommages en ligne", "🕯 Allumer une bougie · Lire l'avis de décès"],
        "es": ["Envía tus condolencias a la familia en nuestro libro de homenajes en línea", "🕯 Encender una vela · Leer la esquela"],
        "ru": ["Выразите соболезнования семье в нашей онлайн-книге памяти", "🕯 Зажечь свечу · Прочитать некролог"],
    },
    "fundraiser": {  # the cards of embedded crowdfunding pages and petitions
        "en": ["£{n} raised so far · Give now", "Add your signature to the petition ›"],
        "tr": ["Şimdiye kadar {n} TL toplandı · Bağış yap", "Kampanyaya imzanızı ekleyin ›"],
        "de": ["Bisher {n} Euro gesammelt · Jetzt geben", "Unterschreiben Sie die Petition ›"],
        "fr": ["{n} € collectés à ce jour · Donner", "Signez la pétition ›"],
        "es": ["{n} euros recaudados hasta ahora · Dona", "Firma la petición ›"],
        "ru": ["Собрано {n} рублей · Помочь", "Подпишите петицию ›"],
    },
    "weather": {  # weather widgets put into weather stories
        "en": ["Forecast for your area: rain clearing, 12°C · Hourly view ›"],
        "tr": ["Bölgeniz için tahmin: yağmur diniyor, 12°C · Saatlik görünüm ›"],
        "de": ["Vorhersage für Ihre Region: Regen lässt nach, 12 °C · Stündliche Ansicht ›"],
        "fr": ["Prévisions pour votre secteur : pluie en fin de matinée, 12 °C · Vue heure par heure ›"],
        "es": ["Previsión para tu zona: lluvia a menos, 12 °C · Vista por horas ›"],
        "ru": ["Прогноз для вашего района: дождь стихает, +12 °C · По часам ›"],
    },
    # the three families new in this part
    "scores": {  # match-centre / live-score widgets put into sports reports (a story's own scoreline: "score")
        "en": ["Live scores, fixtures and standings ›", "Box score, stats and line-ups in our match centre"],
        "tr": ["Canlı skorlar, fikstür ve puan durumu ›", "Maç istatistikleri ve kadrolar maç merkezimizde"],
        "de": ["Liveticker, Spielplan und Tabelle ›", "Statistiken und Aufstellungen im Spielcenter"],
        "fr": ["Scores en direct, calendrier et classement ›", "Statistiques et compositions dans notre centre de match"],
        "es": ["Resultados en directo, calendario y clasificación ›", "Estadísticas y alineaciones en nuestro centro del partido"],
        "ru": ["Результаты онлайн, календарь и таблица ›", "Статистика и составы — в нашем матч-центре"],
    },
    "easyread": {  # links to easy-read and sign-language versions of a public body's news
        "en": ["Read this news in Easy Read (PDF, 6 pages)", "Watch this news in British Sign Language (BSL)"],
        "tr": ["Bu haberi kolay okunur metin olarak açın", "Bu haberin işaret dili anlatımını izleyin"],
        "de": ["Diese Nachricht in Leichter Sprache lesen", "Diese Meldung in Deutscher Gebärdensprache ansehen (Video)"],
        "fr": ["Lire cette actualité en FALC (facile à lire et à comprendre)", "Voir cette information en langue des signes française"],
        "es": ["Leer esta noticia en lectura fácil", "Ver esta información en lengua de signos española"],
        "ru": ["Прочитать эту новость в формате «лёгкое чтение»", "Смотреть новость с переводом на русский жестовый язык"],
    },
    "travel": {  # live travel-disruption widgets put into transport stories
        "en": ["Live travel: roadworks, delays and cancellations near you ›", "Check before you travel – the latest disruption on roads and rail"],
        "tr": ["Canlı trafik: çevrenizdeki yol çalışmaları ve gecikmeler ›", "Yola çıkmadan kontrol edin – yollarda ve raylarda son durum"],
        "de": ["Verkehr live: Baustellen, Staus und Ausfälle in Ihrer Nähe ›", "Vor der Fahrt prüfen – aktuelle Störungen auf Straße und Schiene"],
        "fr": ["Trafic en direct : travaux, retards et suppressions près de chez vous ›", "Vérifiez avant de partir – les perturbations en cours sur la route et le rail"],
        "es": ["Tráfico en directo: obras, retenciones y cancelaciones cerca de ti ›", "Consulta antes de salir: incidencias en carreteras y trenes"],
        "ru": ["Дороги онлайн: ремонты, пробки и отмены рейсов рядом с вами ›", "Проверьте перед поездкой: сбои на дорогах и железной дороге"],
    },
}
HEADLINES = {
    "en": ["Lido to open an hour earlier all summer", "Pharmacy on Market Street to close after 70 years",
           "Dog warden hours cut as council trims budget", "New footbridge over the bypass finally gets the go-ahead",
           "Primary school's vegetable plot wins county prize", "Bus shelter vandalised for third time this year"],
    "tr": ["Açık yüzme havuzu yaz boyunca bir saat erken açılacak", "Çarşıdaki 70 yıllık eczane kapanıyor",
           "Bütçe kesintisi sokak hayvanları birimini vurdu", "Çevre yolu üzerine yaya köprüsü onaylandı",
           "İlkokulun sebze bahçesine il birinciliği ödülü", "Otobüs durağı bu yıl üçüncü kez tahrip edildi"],
    "de": ["Freibad öffnet den ganzen Sommer eine Stunde früher", "Apotheke in der Marktstraße schließt nach 70 Jahren",
           "Stadt kürzt Sprechzeiten des Ordnungsamts", "Fußgängerbrücke über die Umgehungsstraße endlich genehmigt",
           "Schulgarten der Grundschule gewinnt Kreispreis", "Bushaltestelle zum dritten Mal in diesem Jahr beschädigt"],
    "fr": ["La piscine d'été ouvrira une heure plus tôt", "La pharmacie de la rue du Marché ferme après 70 ans",
           "Les horaires de la fourrière réduits par souci d'économie", "La passerelle au-dessus de la rocade enfin validée",
           "Le potager de l'école primaire primé par le département", "Un abribus vandalisé pour la troisième fois cette année"],
    "es": ["La piscina de verano abrirá una hora antes", "Cierra tras 70 años la farmacia de la calle del Mercado",
           "Recortan el horario de la perrera municipal", "Luz verde a la pasarela sobre la variante",
           "El huerto del colegio gana el premio provincial", "Destrozan por tercera vez este año la marquesina del autobús"],
    "ru": ["Летний бассейн будет открываться на час раньше", "Аптека на Торговой улице закрывается после 70 лет работы",
           "В городе сократили часы работы службы отлова животных", "Пешеходный мост через объездную наконец одобрили",
           "Школьный огород получил областную премию", "Остановку разгромили уже третий раз за год"],
}
# subtitles of the linked stories (Medium's link previews and "More from" cards), in the order of HEADLINES["en"]
TEASERS = {
    "en": ["The change follows a petition signed by 900 early swimmers.",
           "The owners say they could not find a pharmacist to take over.",
           "Calls about stray dogs will be answered only on weekdays.",
           "Work on the £2.3m bridge should start in the spring.",
           "Pupils grew 40 kinds of vegetable on a plot the size of a tennis court.",
           "The parish council says it will not replace the glass again."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the
# article: this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Newest first", "Across our villages", "Courtroom notes", "From the council chamber floor", "Results and match reports",
                    "Days out and evenings in", "Letters to the editor page", "Planning applications"],
               cookie="This website uses cookies to make it work, to understand how you use it and to fund our journalism with advertising. You can change your mind at any time.",
               accept="OK, accept cookies", reject="Choose cookies myself", share="Forward this article",
               related="Also on the site today", newsletter="Morning Five, our daily email",
               subscribe="Yes, sign me up", email="reader@example.net",
               comment_note="Only registered readers can comment – create a free account to join in.",
               footer=["The newsroom and its people", "Corrections and complaints", "Your cookie choices", "Buying ad space with us", "Reader terms"],
               rights="Reproduction of any part of this website without permission is not allowed.",
               commenters=[("millpond_mike", "About time someone wrote about this."),
                           ("Carys Lloyd", "Does anyone know if there's a public meeting?"),
                           ("quarry_lane_nan", "We never hear about these things until it's too late.")]),
    "tr": dict(nav=["En yeniler önce", "Mahalle mahalle", "Adliyeden notlar", "Belediye meclisinden izlenimler", "Skorlar ve maç yazıları", "Bu hafta ne var", "Okurlardan gelen mektuplar"],
               cookie="Bu site, çalışması, nasıl kullanıldığını anlamamız ve haberciliğimizi reklamla finanse etmemiz için çerez kullanır. Fikrinizi istediğiniz zaman değiştirebilirsiniz.",
               accept="Tamam, çerezleri kabul et", reject="Çerezleri kendim seçeyim", share="Haberi başkalarına iletin",
               related="Bugün sitede ayrıca", newsletter="Sabah Beşlisi, günlük e-bültenimiz",
               subscribe="Evet, kaydolmak istiyorum", email="siz@example.net",
               comment_note="Yalnızca kayıtlı okurlar yorum yapabilir – katılmak için ücretsiz hesap açın.",
               footer=["Haber merkezi ve çalışanları", "Düzeltme ve şikâyetler", "Çerez seçimlerinizi değiştirin", "Reklam talepleri", "Okur koşulları"],
               rights="Bu sitenin herhangi bir bölümünün izinsiz çoğaltılmasına izin verilmez.",
               commenters=[("carsi_esnafi", "Nihayet biri bunu yazdı."),
                           ("Gülten K.", "Bu konuda halka açık bir toplantı olacak mı, bilen var mı?")]),
    "de": dict(nav=["Das Neueste zuerst", "Rund um den Kirchturm", "Notizen aus dem Gericht", "Aus dem Rathaus berichtet", "Ergebnisse und Spielberichte", "Diese Woche unterwegs", "Briefe an die Lokalredaktion"],
               cookie="Diese Website verwendet Cookies, damit sie funktioniert, damit wir verstehen, wie Sie sie nutzen, und um unseren Journalismus durch Werbung zu finanzieren. Sie können Ihre Entscheidung jederzeit ändern.",
               accept="Okay, Cookies akzeptieren", reject="Cookies selbst auswählen", share="Geben Sie den Artikel weiter",
               related="Heute außerdem auf der Seite", newsletter="Die Morgen-Fünf, unser täglicher Newsletter",
               subscribe="Ja, ich möchte ihn bekommen", email="sie@example.net",
               comment_note="Nur registrierte Leser können kommentieren – legen Sie ein kostenloses Konto an, um mitzumachen.",
               footer=["Die Redaktion und ihre Leute", "Korrekturen und Beschwerden", "Ihre Cookie-Auswahl", "Anzeige bei uns buchen", "Bedingungen für Leser"],
               rights="Die Vervielfältigung von Teilen dieser Website ohne Erlaubnis ist nicht gestattet.",
               commenters=[("Lindenallee_Anwohner", "Wurde auch Zeit, dass das jemand aufschreibt."),
                           ("Ingrid W.", "Weiß jemand, ob es dazu eine Bürgerversammlung gibt?")]),
    "fr": dict(nav=["Le plus récent d'abord", "Autour du clocher", "Notes d'audience", "Vu à la mairie", "Résultats et comptes rendus", "Sorties de la semaine près de chez vous", "Lettres à la rédaction locale"],
               cookie="Ce site utilise des cookies pour fonctionner, comprendre comment vous l'utilisez et financer notre journalisme par la publicité. Vous pouvez changer d'avis à tout moment.",
               accept="D'accord, accepter les cookies", reject="Choisir moi-même les cookies", share="Faites suivre cet article",
               related="Aussi sur le site aujourd'hui", newsletter="Les Cinq du matin, notre lettre quotidienne",
               subscribe="Oui, je m'inscris", email="vous@example.net",
               comment_note="Seuls les lecteurs inscrits peuvent commenter – créez un compte gratuit pour participer.",
               footer=["La rédaction et ses membres", "Rectificatifs et réclamations", "Modifier vos choix de cookies", "Réserver un espace publicitaire", "Conditions pour les lecteurs"],
               rights="Toute reproduction d'une partie de ce site sans autorisation est interdite.",
               commenters=[("rue_des_remparts", "Enfin quelqu'un qui en parle."),
                           ("Odile M.", "Quelqu'un sait s'il y aura une réunion publique ?")]),
    "es": dict(nav=["Lo más nuevo primero", "Por los barrios", "Notas desde el juzgado", "Lo que pasa en el ayuntamiento", "Resultados y crónicas", "Planes cerca de ti esta semana", "Cartas a la redacción local"],
               cookie="Esta web usa cookies para funcionar, para entender cómo la utilizas y para financiar nuestro periodismo con publicidad. Puedes cambiar de opinión cuando quieras.",
               accept="Vale, aceptar cookies", reject="Elegir yo las cookies", share="Pasa esta noticia",
               related="También hoy en la web", newsletter="Las Cinco de la mañana, nuestro boletín diario",
               subscribe="Sí, quiero recibirlo", email="tu@example.net",
               comment_note="Solo los lectores registrados pueden comentar: crea una cuenta gratuita para participar.",
               footer=["La redacción y su gente", "Rectificaciones y quejas", "Cambia tus opciones de cookies", "Consultas de publicidad", "Condiciones para lectores"],
               rights="No se permite reproducir ninguna parte de esta web sin autorización.",
               commenters=[("vecino_del_puente", "Menos mal que alguien lo cuenta por fin."),
                           ("Maribel G.", "¿Alguien sabe si habrá una reunión abierta?")]),
    "ru": dict(nav=["Сначала свежее", "Новости сёл района", "Заметки из суда", "Новости из мэрии", "Результаты и отчёты о матчах", "Чем заняться на неделе", "Письма в местную редакцию"],
               cookie="Сайт использует cookie, чтобы работать, понимать, как вы им пользуетесь, и зарабатывать на журналистику рекламой. Вы можете изменить решение в любой момент.",
               accept="Хорошо, принять cookie", reject="Выбрать cookie самому", share="Передайте материал дальше",
               related="Также сегодня на сайте", newsletter="«Утренняя пятёрка», наша ежедневная рассылка",
               subscribe="Да, подписаться", email="vy@example.net",
               comment_note="Комментировать могут только зарегистрированные читатели — создайте бесплатный аккаунт, чтобы участвовать.",
               footer=["Редакция и её люди", "Исправления и жалобы", "Пересмотреть согласие на cookie", "Запросы о рекламе", "Условия для читателей"],
               rights="Воспроизведение любой части сайта без разрешения не допускается.",
               commenters=[("zhitel_zarechya", "Наконец-то кто-то об этом написал."),
                           ("Людмила С.", "Кто-нибудь знает, будет ли открытое собрание?")]),
}
UI30 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "ALSO IN THE LANTERN:"},  # the regional layout's inline links
    (mp2, "BIO"): {"en": "{name} writes about markets, makers and the people of {site}'s patch for the {section} pages. Story ideas to lanternfeatures@example.net, please"},
    (mp3, "BROADCAST"): {"tr": dict(watch="Körfez TV görüntüleri:", fallback="Bu video tarayıcınızda açılamadı.",
                                    live="Körfez TV canlı", topics="Bu konudaki diğer başlıklar")},
    (mp4, "READMORE"): {"fr": "À LIRE AUSSI SUR LE SITE :"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp5, "SQS"): {"en": dict(title="Orchard letters",
                              desc="Work parties, harvest news and the odd recipe, roughly once a month.",
                              button="Add me to the letters", foot="We only use your email for the orchard letters. Unsubscribe whenever you like.",
                              prev="← Earlier orchard news", next="Later orchard news →", cookie_ok="Okay, close this")},
    (mp6, "QT"): {"ru": dict(also="Читайте по теме")},
    (mp6, "TYPO3"): {"en": dict(ext="Third-party content", note="A Vimeo video from the council's channel is embedded here. If you play it, Vimeo may set cookies.",
                                button="Play video", by="Published by:", search="Search the council website",
                                lang_menu="Cymraeg")},
    (mp6, "BITRIX"): {"tr": dict(source="Haber kaynağı", author="Muhabirimiz", back="Haber listesine dön", agency="Kayalı Haber Ajansı (KHA)",
                                 share="Bu haberi paylaş", news="Ajans haberleri")},
    (mp13, "PUB_NAV"): {"en": ["Latest from the Commons", "Schools and children", "Streets and transport", "Become a member"]},
    (mp13, "TEASERS"): {"en": TEASERS["en"]},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.net", slogan="Официальный сайт Берёзовского сельского поселения",
                                menu=["Главная страница поселения", "Новости поселения", "Администрация", "Документы и постановления",
                                      "Сходы граждан", "Обращения жителей"],
                                cats=["Новости поселения", "Объявления администрации", "ЖКХ и дороги"],
                                friends=["Берёзовская основная школа", "Сельский клуб «Родник»", "Фельдшерско-акушерский пункт"],
                                footer="Администрация Берёзовского сельского поселения © 2026 · Адрес: ул. Центральная, 5",
                                poster="admin_bereza", tags=["телеграм-канал", "оповещение жителей"],
                                commenters=[("Нина_Петровна", "Подписалась, внучка показала как, благодарю администрацию"),
                                            ("Андрей_Березовка", "А про автобус в райцентр тоже туда будут писать?")],
                                style="br", heads="b")},
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
# the new layout: an article page on WordPress with tagDiv's Newspaper theme (v12, classic single-post template)
# --------------------------------------------------------------------------
# Newspaper's English interface strings and the platform's names, as the theme prints them (not checked: they
# recur on any Newspaper site in English)
TAGDIV_CORE = dict(by="By", tags="TAGS", related="RELATED ARTICLES", more_author="MORE FROM AUTHOR",
                   prev="Previous article", next="Next article", reply="LEAVE A REPLY", cancel="Cancel reply",
                   comment_ph="Comment:", name_ph="Name:*", email_ph="Email:*", website_ph="Website:",
                   warn_comment="Please enter your comment!", warn_name="Please enter your name here",
                   warn_email_err="You have entered an incorrect email address!",
                   warn_email="Please enter your email address here",
                   cookies_consent="Save my name, email, and website in this browser for the next time I comment.",
                   submit="Post Comment", ad="- Advertisement -", search="Search", home="Home",
                   view_all="View all posts in {c}", connected="Stay Connected", more="More",
                   nets=[("facebook", "Facebook", "https://www.facebook.com/sharer.php?u={u}"),
                         ("twitter", "Twitter", "https://twitter.com/intent/tweet?text={t}&amp;url={u}"),
                         ("pinterest", "Pinterest", "https://pinterest.com/pin/create/button/?url={u}"),
                         ("whatsapp", "WhatsApp", "https://api.whatsapp.com/send?text={t}%20%0A%0A%20{u}"),
                         ("mail", "Email", "mailto:?subject={t}&amp;body={u}")],
                   counters=[("facebook", "Fans", "Like"), ("instagram", "Followers", "Follow"),
                             ("youtube", "Subscribers", "Subscribe")],
                   months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                           "October", "November", "December"],
                   days=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
                   version="12.6.8", wp="6.7.2", yoast="24.4")
# the site's own strings: host, menus (titles and category slugs), block titles, footer texts, the author's
# description in the author box
TAGDIV = {
    "en": dict(domain="kesslerfallsledger.example",
               top_menu=["Who runs the Ledger", "Tip the Ledger newsroom", "Place a death notice", "Ad rates and sizes"],
               main_menu=["Upper Valley News", "Prep Sports", "School Board Watch", "Remembering", "Letters & Columns", "Valley Calendar"],
               main_slugs=["valley-news", "prep-sports", "school-board", "remembering", "letters-columns", "calendar"],
               latest="Latest from the Ledger",
               footer_about="The Kessler Falls Ledger is an independent, reader-supported news site covering Kessler Falls, Dunmore Township and the upper Pell River valley.",
               footer_mail="Contact us:",
               footer_menu=["Our privacy promise", "The small print for readers", "Our reporting standards page", "Who's who at the Ledger"],
               copyright="© 2026 Kessler Falls Ledger LLC. Founded by local journalists in 2019.",
               author_desc="Dana Wojcik covers high school sports and the Pell River valley's outdoor scene for the Ledger."),
}
TAGDIV_EXEMPT = {"domain", "main_slugs"}


def tagdiv_date(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return "%s %d, %d" % (TAGDIV_CORE["months"][m - 1], d, y)


def tagdiv_block(kind, val):
    """One block of the post content as WordPress's block editor saves it (WordPress 6.7)."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return '<h2 class="wp-block-heading">%s</h2>' % E(val)
    if kind == "q":
        return ('<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">\n<p>%s</p>\n</blockquote>'
                % mp.inline_html(val))
    return '<%s class="wp-block-list">\n%s\n</%s>' % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tagdiv_sharing(uid, url, title, c, extra_cls=""):
    buttons = "".join(
        '<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-%s" href="%s" title="%s" >'
        '<div class="td-social-but-icon"><i class="td-icon-%s"></i></div><div class="td-social-but-text">%s</div></a>' % (
            key, href.format(u=url, t=A(title).replace(" ", "%20")), label, key, label) for key, label, href in c["nets"])
    return ('<div id="%s" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 %s"><div class="td-post-sharing-visible">%s'
            '<div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-expand-tabs" data-block-uid="%s" >'
            '<div class="td-social-but-icon"><i class="td-icon-plus td-social-expand-tabs-icon"></i></div></div></div>'
            '<div class="td-social-sharing-hidden"><ul class="td-pulldown-filter-list"></ul><a class="td-social-sharing-button '
            'td-social-handler td-social-expand-tabs" href="#" data-block-uid="%s" title="%s"><div class="td-social-but-icon">'
            '<i class="td-icon-plus td-social-expand-tabs-icon"></i></div></a></div></div>') % (
        uid, extra_cls, buttons, uid, uid, c["more"])


def tagdiv_content(art, placed, rng, c, img_html):
    """div.td-post-content: the featured image, then the post content with the theme's content_inline ad spot after
    the third paragraph (the editor's own residue sits where the editor put it)."""
    blocks, n = art["blocks"], len(art["blocks"])
    p_ends = [i + 1 for i, (kind, _) in enumerate(blocks) if kind == "p"]
    slots = set(safe_slots(art, 1))
    ad_at = next((i for i in p_ends[2:] if i in slots), None)
    ad = ('<div class="td-a-rec td-a-rec-id-content_inline  tdi_%d td_block_template_1">\n'
          '<style>.tdi_%d.td-a-rec{{text-align:center}}.tdi_%d .td-element-style{{z-index:-1}}</style>'
          '<span class="td-adspot-title">%s</span><div class="td-all-devices"><a href="https://ads.example.org/c/%d" target="_blank" rel="nofollow">'
          '<img src="https://%s/wp-content/uploads/2026/01/%s-300x250.jpg" alt="" width="300" height="250"/></a></div></div>')
    out = [img_html, "<!-- content -->"]
    k = rng.randint(2, 9)
    for i in range(n + 1):
        out.extend(placed.get(i, []))
        if i == ad_at:
            out.append((ad % (k, k, k, E(c["ad"]), rng.randint(1000, 9999), TAGDIV["en"]["domain"],
                              rng.choice(["hardware-spring", "credit-union", "dental-care"]))).replace("{{", "{").replace("}}", "}"))
        if i < n:
            out.append(tagdiv_block(*blocks[i]))
    return "\n".join(out)


def tpl_tagdiv(art, ui, site, placed, rng):
    # an article page of an American hyperlocal news site on WordPress / Newspaper 12 (see the module docstring)
    c, s = TAGDIV_CORE, TAGDIV["en"]
    host = "https://" + s["domain"]
    y, m, d = (int(x) for x in art["date"].split("-"))
    post_id = rng.randint(4000, 39000)
    sec_i = s["main_menu"].index(art["section"]) if art["section"] in s["main_menu"] else 0
    cat, cat_slug = s["main_menu"][sec_i], s["main_slugs"][sec_i]
    post_slug = slug(art["title"])[:70].strip("-")
    url = "%s/%d/%02d/%02d/%s/" % (host, y, m, d, post_slug)
    img = slug(art["caption"])[:40].strip("-")
    up = "%s/wp-content/uploads/%d/%02d/%s" % (host, y, m, img)
    hh, mi = rng.randint(6, 21), rng.randint(0, 59)
    iso = "%sT%02d:%02d:%02d-05:00" % (art["date"], hh, mi, rng.randint(0, 59))
    iso_mod = "%sT%02d:%02d:%02d-05:00" % (art["date"], min(hh + rng.randint(1, 2), 23), rng.randint(0, 59), rng.randint(0, 59))
    shown = tagdiv_date(art["date"])
    import datetime
    weekday = c["days"][datetime.date(y, m, d).weekday()]
    author_slug = slug(art["byline"])
    avatar = "https://secure.gravatar.com/avatar/%032x?s=96&#038;d=mm&#038;r=g" % rng.randint(16**31, 16**32 - 1)
    words = len(mp.truth_text(art["blocks"]).split())
    views = rng.randint(400, 9000)
    ncomments = 0
    img_html = ('<div class="td-post-featured-image"><figure><a href="{up}.jpg" data-caption="{capa}"><img width="696" height="464" '
                'class="entry-thumb td-modal-image" src="{up}-696x464.jpg" srcset="{up}-696x464.jpg 696w, {up}-300x200.jpg 300w, '
                '{up}-1024x683.jpg 1024w, {up}-768x512.jpg 768w, {up}.jpg 1068w" sizes="(max-width: 696px) 100vw, 696px" alt="" '
                'title="{img}"/></a><figcaption class="wp-caption-text">{cap} {cr}</figcaption></figure></div>').format(
        up=up, capa=A(art["caption"]), img=A(img), cap=E(art["caption"]), cr=E(art["credit"]))
    content = tagdiv_content(art, placed, rng, c, img_html)
    tags = "".join('<li><a href="%s/tag/%s/">%s</a></li>' % (host, slug(t), E(t)) for t in art["tags"])
    top_menu = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-post_type menu-item-object-page%s td-menu-item td-normal-menu">'
                       '<a href="%s/%s/">%s</a></li>' % (rng.randint(100, 999), " menu-item-first" if k == 0 else "", host, slug(t), E(t))
                       for k, t in enumerate(s["top_menu"]))
    main_menu = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category%s%s td-menu-item td-normal-menu">'
                        '<a href="%s/category/%s/">%s</a></li>' % (
                            rng.randint(100, 999), " menu-item-first" if k == 0 else "",
                            " current-post-ancestor current-menu-parent current-post-parent" if k == sec_i else "",
                            host, sl, E(t)) for k, (t, sl) in enumerate(zip(s["main_menu"], s["main_slugs"])))
    mob_menu = "".join('<li class="menu-item menu-item-type-taxonomy menu-item-object-category%s"><a href="%s/category/%s/">%s</a></li>' % (
        " menu-item-first" if k == 0 else "", host, sl, E(t)) for k, (t, sl) in enumerate(zip(s["main_menu"], s["main_slugs"])))
    foot_menu = "".join('<li class="menu-item menu-item-type-post_type menu-item-object-page%s td-menu-item td-normal-menu"><a href="%s/%s/">%s</a></li>' % (
        " menu-item-first" if k == 0 else "", host, slug(t), E(t)) for k, t in enumerate(s["footer_menu"]))
    heads = rng.sample(HEADLINES["en"], 5)
    prev_t, next_t = heads[0], heads[1]

    def related_item(t):
        return ('<div class="td-related-span4">\n<div class="td_module_related_posts td-animation-stack td_mod_related_posts">\n'
                '<div class="td-module-image"><div class="td-module-thumb"><a href="{host}/{p}/" rel="bookmark" class="td-image-wrap " title="{ta}" >'
                '<img class="entry-thumb" src="{host}/wp-content/uploads/2026/0{k}/{p}-218x150.jpg" alt="" title="{ta}" width="218" height="150" /></a></div>'
                '<a href="{host}/category/news/" class="td-post-category" >News</a></div>\n<div class="item-details">\n'
                '<h3 class="entry-title td-module-title"><a href="{host}/{p}/" rel="bookmark" title="{ta}">{t}</a></h3></div>\n</div>\n</div>').format(
            host=host, p=slug(t)[:60], ta=A(t), t=E(t), k=rng.randint(1, 9))
    related = "".join(related_item(t) for t in heads[2:5])
    latest = "".join(('<div class="td-block-span12"><div class="td_module_6 td_module_wrap td-animation-stack"><div class="td-module-thumb">'
                      '<a href="{host}/{p}/" rel="bookmark" class="td-image-wrap " title="{ta}" ><img width="100" height="70" class="entry-thumb" '
                      'src="{host}/wp-content/uploads/2026/0{k}/{p}-100x70.jpg" alt="" title="{ta}"/></a></div><div class="item-details">'
                      '<h3 class="entry-title td-module-title"><a href="{host}/{p}/" rel="bookmark" title="{ta}">{t}</a></h3>'
                      '<div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" '
                      'datetime="{iso}" >{dt}</time></span></div></div></div></div>').format(
        host=host, p=slug(t)[:60], ta=A(t), t=E(t), k=rng.randint(1, 9), iso=iso, dt=shown) for t in rng.sample(HEADLINES["en"], 4))
    counters = "".join(('<div class="td_social_type td-pb-margin-side td_social_{k}"><div class="td-social-box"><div class="td-sp td-sp-{k}"></div>'
                        '<span class="td_social_info td_social_info_counter">{n:,}</span><span class="td_social_info td_social_info_name">{lab}</span>'
                        '<span class="td_social_button"><a href="https://www.{k}.com/{h}" target="_blank">{btn}</a></span></div></div>').format(
        k=k, n=rng.randint(800, 12000), lab=lab, btn=btn, h=mp11.host_name(site)[:24]) for k, lab, btn in c["counters"])
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url},
         "author": {"name": art["byline"], "@id": "%s/#/schema/person/%032x" % (host, rng.randint(16**31, 16**32 - 1))},
         "headline": art["title"], "datePublished": iso, "dateModified": iso_mod, "mainEntityOfPage": {"@id": url},
         "wordCount": words, "commentCount": ncomments, "publisher": {"@id": host + "/#organization"},
         "image": {"@id": url + "#primaryimage"}, "thumbnailUrl": up + ".jpg", "keywords": art["tags"],
         "articleSection": [cat], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": url, "url": url, "name": "%s - %s" % (art["title"], site),
         "isPartOf": {"@id": host + "/#website"}, "primaryImageOfPage": {"@id": url + "#primaryimage"},
         "datePublished": iso, "dateModified": iso_mod, "description": art["sub"],
         "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "ImageObject", "inLanguage": "en-US", "@id": url + "#primaryimage", "url": up + ".jpg",
         "contentUrl": up + ".jpg", "width": 1068, "height": 712},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": c["home"], "item": host + "/"},
            {"@type": "ListItem", "position": 2, "name": art["title"]}]},
        {"@type": "WebSite", "@id": host + "/#website", "url": host + "/", "name": site,
         "publisher": {"@id": host + "/#organization"}, "inLanguage": "en-US"},
        {"@type": "Organization", "@id": host + "/#organization", "name": site, "url": host + "/",
         "logo": {"@type": "ImageObject", "url": host + "/wp-content/uploads/2024/01/ledger-logo.png"}}]}
    ld = json.dumps(ld, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    ver = c["version"]
    return f'''<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="en-US"> <!--<![endif]-->
<head>
    <title>{E(art["title"])} - {E(site)}</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="{host}/xmlrpc.php" />
    <meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="icon" type="image/png" href="{host}/wp-content/uploads/2024/01/ledger-favicon.png">
	<!-- This site is optimized with the Yoast SEO plugin v{c["yoast"]} - https://yoast.com/wordpress/plugins/seo/ -->
	<meta name="description" content="{A(art["sub"])}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="en_US" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{A(art["title"])}" />
	<meta property="og:description" content="{A(art["sub"])}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{A(site)}" />
	<meta property="article:published_time" content="{iso}" />
	<meta property="article:modified_time" content="{iso_mod}" />
	<meta property="og:image" content="{up}.jpg" />
	<meta name="author" content="{A(art["byline"])}" />
	<meta name="twitter:card" content="summary_large_image" />
	<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
	<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; Feed" href="{host}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{host}/wp-includes/css/dist/block-library/style.min.css?ver={c["wp"]}' type='text/css' media='all' />
<link rel='stylesheet' id='cookie-notice-front-css' href='{host}/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.5.5' type='text/css' media='all' />
<link rel='stylesheet' id='td-plugin-multi-purpose-css' href='{host}/wp-content/plugins/td-composer/td-multi-purpose/style.css?ver=0c9eb8be1ef4d8fc4c9d9a0e0d9e0d3b' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-css' href='{host}/wp-content/themes/Newspaper/style.css?ver={ver}' type='text/css' media='all' />
<link rel='stylesheet' id='td-legacy-framework-front-style-css' href='{host}/wp-content/plugins/td-composer/legacy/Newspaper/assets/css/td_legacy_main.css?ver=0c9eb8be1ef4d8fc4c9d9a0e0d9e0d3b' type='text/css' media='all' />
<script type="text/javascript" src="{host}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{host}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{host}/wp-json/wp/v2/posts/{post_id}" />
<meta name="generator" content="WordPress {c["wp"]}" />
<link rel='shortlink' href='{host}/?p={post_id}' />

<!-- JS generated by theme -->

<script type="text/javascript" id="td-generated-header-js">
    var tdBlocksArray = []; //here we store all the items for the current page
    var tdLocalCache = {{}};
    var td_viewport_interval_list=[{{"limitBottom":767,"sidebarWidth":228}},{{"limitBottom":1018,"sidebarWidth":300}},{{"limitBottom":1140,"sidebarWidth":324}}];
var tdc_is_installed="yes";
var td_ajax_url="https:\\/\\/{s["domain"]}\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v={ver}";
var td_get_template_directory_uri="https:\\/\\/{s["domain"]}\\/wp-content\\/plugins\\/td-composer\\/legacy\\/common";
var tds_snap_menu="smart_snap_always";
var tds_logo_on_sticky="";
var tds_header_style="";
var td_please_wait="Please wait...";
var td_email_user_pass_incorrect="User or password incorrect!";
var td_magnific_popup_translation_tPrev="Previous (Left arrow key)";
var td_magnific_popup_translation_tNext="Next (Right arrow key)";
var tdDateNamesI18n={{"month_names":["January","February","March","April","May","June","July","August","September","October","November","December"]}};
var td_ad_background_click_link="";
var td_ad_background_click_target="";
</script>
</head>

<body class="post-template-default single single-post postid-{post_id} single-format-standard cookies-not-set td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">

<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
    <div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-mobile-nav" style="visibility:hidden">
    <div class="td-mobile-container">
        <div class="td-menu-socials-wrap">
            <div class="td-mobile-close"><span><i class="td-icon-close-mobile"></i></span></div>
        </div>
        <div class="td-mobile-content">
            <div class="menu-main-menu-container"><ul id="menu-main-menu" class="td-mobile-main-menu">{mob_menu}</ul></div>
        </div>
    </div>
</div>
    <div class="td-search-background" style="visibility:hidden"></div>
<div class="td-search-wrap-mob" style="visibility:hidden">
	<div class="td-drop-down-search">
		<form method="get" class="td-search-form" action="{host}/">
			<div class="td-search-close"><span><i class="td-icon-close-mobile"></i></span></div>
			<div role="search" class="td-search-input">
				<span>{E(c["search"])}</span>
				<input id="td-header-search-mob" type="text" value="" name="s" autocomplete="off" />
			</div>
		</form>
		<div id="td-aj-search-mob" class="td-ajax-search-flex"></div>
	</div>
</div>

<div id="td-outer-wrap" class="td-theme-wrap">

<div class="td-header-wrap td-header-style-1 ">
    <div class="td-header-top-menu-full td-container-wrap ">
        <div class="td-container td-header-row td-header-top-menu">
            <div class="top-bar-style-1">
<div class="td-header-sp-top-menu">
    <div class="td_data_time"><div style="visibility:hidden;">{weekday}, {shown}</div></div>
    <div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu">{top_menu}</ul></div></div>
    <div class="td-header-sp-top-widget">
        <span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/{mp11.host_name(site)[:24]}" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span>
        <span class="td-social-icon-wrap"><a target="_blank" href="https://www.instagram.com/{mp11.host_name(site)[:24]}" title="Instagram"><i class="td-icon-font td-icon-instagram"></i></a></span>
    </div>
            </div>
        </div>
    </div>

    <div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap ">
        <div class="td-container td-header-row td-header-header">
            <div class="td-header-sp-logo">
                <a class="td-main-logo" href="{host}/">
                    <img src="{host}/wp-content/uploads/2024/01/ledger-logo.png" alt="{A(site)}" title="{A(site)}" width="272" height="90"/>
                    <span class="td-visual-hidden">{E(site)}</span>
                </a>
            </div>
            <div class="td-header-sp-recs">
                <div class="td-header-rec-wrap">
    <div class="td-a-rec td-a-rec-id-header  td-a-rec-no-translate tdi_1 td_block_template_1"><div class="td-all-devices"><a href="https://ads.example.org/c/{rng.randint(1000, 9999)}" target="_blank" rel="nofollow"><img src="{host}/wp-content/uploads/2026/01/leaderboard-728x90.jpg" alt="" width="728" height="90"/></a></div></div>
                </div>
            </div>
        </div>
    </div>

    <div class="td-header-menu-wrap-full td-container-wrap ">
        <div class="td-header-menu-wrap td-header-gradient ">
            <div class="td-container td-header-row td-header-main-menu">
                <div id="td-header-menu" role="navigation">
    <div id="td-top-mobile-toggle"><a href="#" aria-label="mobile-toggle"><i class="td-icon-font td-icon-mobile"></i></a></div>
    <div class="td-main-menu-logo td-logo-in-header">
        <a class="td-mobile-logo td-sticky-disable" aria-label="Logo" href="{host}/"><img src="{host}/wp-content/uploads/2024/01/ledger-logo-mobile.png" alt="{A(site)}" title="{A(site)}" width="140" height="48"/></a>
    </div>
    <div class="menu-main-menu-container"><ul id="menu-main-menu-1" class="sf-menu">{main_menu}</ul></div></div>

    <div class="header-search-wrap">
        <div class="td-search-btns-wrap">
            <a id="td-header-search-button" href="#" aria-label="Search" role="button" class="dropdown-toggle " data-toggle="dropdown"><i class="td-icon-search"></i></a>
            <a id="td-header-search-button-mob" href="#" aria-label="Search" class="dropdown-toggle " data-toggle="dropdown"><i class="td-icon-search"></i></a>
        </div>
        <div class="td-drop-down-search" aria-labelledby="td-header-search-button">
            <form method="get" class="td-search-form" action="{host}/">
                <div role="search" class="td-head-form-search-wrap">
                    <input id="td-header-search" type="text" value="" name="s" autocomplete="off" /><input class="wpb_button wpb_btn-inverse btn" type="submit" id="td-header-search-top" value="{A(c["search"])}" />
                </div>
            </form>
            <div id="td-aj-search"></div>
        </div>
    </div>
            </div>
        </div>
    </div>
</div>

<div class="td-main-content-wrap td-container-wrap">

    <div class="td-container td-post-template-default ">
        <div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{host}/">{E(c["home"])}</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="{A(c["view_all"].replace("{c}", cat))}" class="entry-crumb" href="{host}/category/{cat_slug}/">{E(cat)}</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{E(art["title"])}</span></div></div>

        <div class="td-pb-row">
                                    <div class="td-pb-span8 td-main-content" role="main">
                            <div class="td-ss-main-content">

    <article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail category-{cat_slug} {" ".join("tag-" + slug(t) for t in art["tags"])}" itemscope itemtype="https://schema.org/Article">
        <div class="td-post-header">

            <!-- category --><ul class="td-category"><li class="entry-category"><a  href="{host}/category/{cat_slug}/">{E(cat)}</a></li></ul>
            <header class="td-post-title">
                <h1 class="entry-title">{E(art["title"])}</h1>
                <p class="td-post-sub-title">{E(art["sub"])}</p>

                <div class="td-module-meta-info">
                    <!-- author --><div class="td-post-author-name"><div class="td-author-by">{E(c["by"])}</div> <a href="{host}/author/{author_slug}/">{E(art["byline"])}</a><div class="td-author-line"> - </div> </div>
                    <!-- date --><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso}" >{shown}</time></span>
                    <!-- comments --><div class="td-post-comments"><a href="{url}#respond"><i class="td-icon-comments"></i>{ncomments}</a></div>
                    <!-- views --><div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{post_id}">{views}</span></div>
                </div>

            </header>

        </div>

        <div class="td-post-sharing-top">{tagdiv_sharing("td_social_sharing_article_top", url, art["title"], c)}</div>

        <div class="td-post-content tagdiv-type">
{content}
        </div>

        <footer>
            <!-- post pagination -->
            <!-- review -->

            <div class="td-post-source-tags">
                <!-- source via -->
                <!-- tags --><ul class="td-tags td-post-small-box clearfix"><li><span>{E(c["tags"])}</span></li>{tags}</ul>
            </div>

            <div class="td-post-sharing-bottom">{tagdiv_sharing("td_social_sharing_article_bottom", url, art["title"], c)}</div>
            <!-- next prev --><div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>{E(c["prev"])}</span><a href="{host}/{slug(prev_t)[:60]}/">{E(prev_t)}</a></div></div><div class="td-next-prev-separator"></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>{E(c["next"])}</span><a href="{host}/{slug(next_t)[:60]}/">{E(next_t)}</a></div></div></div>
            <!-- author box --><div class="author-box-wrap"><a href="{host}/author/{author_slug}/" aria-label="author-photo"><img alt='{A(art["byline"])}' src='{avatar}' class='avatar avatar-96 photo' height='96' width='96' loading='lazy' decoding='async'/></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="{host}/author/{author_slug}/">{E(art["byline"])}</a></span></div><div class="td-author-description">{E(s["author_desc"])}</div><div class="td-author-social"></div><div class="clearfix"></div></div></div>
            <!-- meta --><span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{A(art["byline"])}"><meta itemprop="url" content="{host}/author/{author_slug}/"></span><meta itemprop="datePublished" content="{iso}"><meta itemprop="dateModified" content="{iso_mod}"><meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="{url}"/><span class="td-page-meta" itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><span class="td-page-meta" itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="{host}/wp-content/uploads/2024/01/ledger-logo.png"></span><meta itemprop="name" content="{A(site)}"></span><meta itemprop="headline " content="{A(art["title"])}"><span class="td-page-meta" itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="{up}.jpg"><meta itemprop="width" content="1068"><meta itemprop="height" content="712"></span>
        </footer>

    </article> <!-- /.post -->

    <div class="td_block_wrap td_block_related_posts tdi_{post_id % 90 + 10} td_with_ajax_pagination td-pb-border-top td_block_template_1"  data-td-block-uid="tdi_{post_id % 90 + 10}" ><script>var block_tdi_{post_id % 90 + 10} = new tdBlock();
block_tdi_{post_id % 90 + 10}.id = "tdi_{post_id % 90 + 10}";
block_tdi_{post_id % 90 + 10}.atts = '{{"limit":3,"ajax_pagination":"next_prev","live_filter":"cur_post_same_categories","td_ajax_filter_type":"td_custom_related","class":"tdi_{post_id % 90 + 10}","td_column_number":3,"block_type":"td_block_related_posts","live_filter_cur_post_id":{post_id}}}';
block_tdi_{post_id % 90 + 10}.td_column_number = "3";
block_tdi_{post_id % 90 + 10}.block_type = "td_block_related_posts";
tdBlocksArray.push(block_tdi_{post_id % 90 + 10});
</script><h4 class="td-related-title td-block-title"><a id="tdi_{post_id % 90 + 11}" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_{post_id % 90 + 10}" href="#">{E(c["related"])}</a><a id="tdi_{post_id % 90 + 12}" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_{post_id % 90 + 10}" href="#">{E(c["more_author"])}</a></h4><div id=tdi_{post_id % 90 + 10} class="td_block_inner">

	<div class="td-related-row">
{related}
	</div><!--./row-fluid--></div><div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" aria-label="prev-page" id="prev-page-tdi_{post_id % 90 + 10}" data-td_block_id="tdi_{post_id % 90 + 10}"><i class="td-next-prev-icon td-icon-font td-icon-menu-left"></i></a><a href="#"  class="td-ajax-next-page" aria-label="next-page" id="next-page-tdi_{post_id % 90 + 10}" data-td_block_id="tdi_{post_id % 90 + 10}"><i class="td-next-prev-icon td-icon-font td-icon-menu-right"></i></a></div></div> <!-- ./block -->
	<div class="comments" id="comments">
        	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{E(c["reply"])} <small><a rel="nofollow" id="cancel-comment-reply-link" href="/{y}/{m:02d}/{d:02d}/{post_slug}/#respond" style="display:none;">{E(c["cancel"])}</a></small></h3><form action="{host}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><div class="clearfix"></div>
				<div class="comment-form-input-wrap td-form-comment">
					<textarea placeholder="{A(c["comment_ph"])}" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea>
					<div class="td-warning-comment">{E(c["warn_comment"])}</div>
				</div><div class="comment-form-input-wrap td-form-author">
			            <input class="" id="author" name="author" placeholder="{A(c["name_ph"])}" type="text" value="" size="30"  aria-required='true' />
			            <div class="td-warning-author">{E(c["warn_name"])}</div>
			         </div>
<div class="comment-form-input-wrap td-form-email">
			            <input class="" id="email" name="email" placeholder="{A(c["email_ph"])}" type="text" value="" size="30"  aria-required='true' />
			            <div class="td-warning-email-error">{E(c["warn_email_err"])}</div>
			            <div class="td-warning-email">{E(c["warn_email"])}</div>
			         </div>
<div class="comment-form-input-wrap td-form-url">
			            <input class="" id="url" name="url" placeholder="{A(c["website_ph"])}" type="text" value="" size="30" />
                     </div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /><label for="wp-comment-cookies-consent">{E(c["cookies_consent"])}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{A(c["submit"])}" /> <input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
	    </div> <!-- /.content -->
                            </div>
                        </div>
                        <div class="td-pb-span4 td-main-sidebar" role="complementary">
                            <div class="td-ss-main-sidebar">
                                <div class="td_block_wrap td_block_social_counter tdi_{post_id % 90 + 13} td-social-style2 td-social-colored td-pb-border-top td_block_template_1"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">{E(c["connected"])}</span></h4></div><div class="td-social-list">{counters}</div></div>
                                <div class="td_block_wrap td_block_7 tdi_{post_id % 90 + 14} td-pb-border-top td_block_template_1 td-column-1" data-td-block-uid="tdi_{post_id % 90 + 14}"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">{E(s["latest"])}</span></h4></div><div id=tdi_{post_id % 90 + 14} class="td_block_inner">{latest}</div></div>
                            </div>
                        </div>
        </div> <!-- /.td-pb-row -->
    </div> <!-- /.td-container -->
</div> <!-- /.td-main-content-wrap -->

<!-- Footer -->
<div class="td-footer-wrapper td-footer-container td-container-wrap ">
    <div class="td-container">
	    <div class="td-pb-row">
		    <div class="td-pb-span12">
		    </div>
	    </div>
        <div class="td-pb-row">
            <div class="td-pb-span4">
                <div class="td-footer-info"><div class="footer-logo-wrap"><a href="{host}/"><img class="td-retina-data" src="{host}/wp-content/uploads/2024/01/ledger-logo-white.png" data-retina="{host}/wp-content/uploads/2024/01/ledger-logo-white@2x.png" alt="" title=""  width="272" height="90" /></a></div><div class="footer-text-wrap">{E(s["footer_about"])}<div class="footer-email-wrap">{E(s["footer_mail"])} <a href="mailto:newsroom@{s["domain"]}">newsroom@{s["domain"]}</a></div></div><div class="footer-social-wrap td-social-style-2"><span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/{mp11.host_name(site)[:24]}" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span></div></div>
            </div>
            <div class="td-pb-span4"></div>
            <div class="td-pb-span4"></div>
        </div>
    </div>
</div>

<!-- Sub Footer -->
    <div class="td-sub-footer-container td-container-wrap ">
        <div class="td-container">
            <div class="td-pb-row">
                <div class="td-pb-span td-sub-footer-menu">
                    <div class="menu-footer-container"><ul id="menu-footer" class="td-subfooter-menu">{foot_menu}</ul></div>
                </div>

                <div class="td-pb-span td-sub-footer-copy">
                    {E(s["copyright"])}
                </div>
            </div>
        </div>
    </div>
</div><!--close td-outer-wrap-->

		<!-- Cookie Notice plugin v2.5.5 by Hu-manity.co https://hu-manity.co/ -->
		<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">{E(ui["cookie"])}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="{A(ui["accept"])}" style="background-color: #00a99d">{E(ui["accept"])}</a><a href="{host}/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="{A(ui["reject"])}" style="background-color: #00a99d">{E(ui["reject"])}</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="{A(ui["reject"])}"></span></div>
		</div>
		<!-- / Cookie Notice plugin -->
<script type="text/javascript" src="{host}/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver={ver}" id="td-site-min-js"></script>
</body>
</html>
'''


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"tagdiv": ["caption", "ad"]}  # the featured image's figcaption and the content_inline ad spot
for _mod, _names in ((mp2, ["regional", "magazine"]), (mp3, ["drupal", "broadcaster"]),
                     (mp4, ["gutenberg", "fusion", "chunks"]), (mp5, ["squarespace"]),
                     (mp6, ["quintype", "typo3", "bitrix"]), (mp13, ["medium"]), (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction", "wireend",
            "app", "bio", "tip", "typo", "push", "ai", "affiliate", "gift", "skip", "print", "translated", "moderation",
            "feedback", "standards", "topics", "bookmark", "textsize", "developing", "poll", "embed", "gallery",
            "helpline", "chart", "funding", "warning", "series", "map", "toc", "calendar", "archive",
            "condolence", "fundraiser", "weather", "scores", "easyread", "travel"]
NEW_FAMILIES = ["scores", "easyread", "travel"]
# families that need a reason in the story (a match report, a public body's news, a transport story, a death, a
# fundraiser or petition, a weather event, a distressing subject, a series, a place to show on a map, a sensitive
# subject with a support line, a data chart, grant-funded work, agency copy, a translation, a breaking story,
# shopping links, subheadings to jump to, a dated event, an older story): placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["condolence", "fundraiser", "weather", "toc", "calendar", "archive", "helpline", "chart",
                             "funding", "wireend", "translated", "developing", "affiliate", "warning", "series", "map"]
# families a community group's, village association's or rural settlement's website would not carry: no ads, app,
# staff writers or desk credits, wire copy, newsroom tip line, typo hint, push prompt, section labels, reading times,
# comment counters, AI notes, gifted articles, skip links, translations, rating widgets, ethics-code lines, topic
# tags, reading lists, "developing story" notices or polls
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "wireend", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "ai", "affiliate", "gift", "skip", "translated", "feedback", "standards", "topics",
                      "bookmark", "developing", "poll"}
# an independent publication on Medium: no ads, affiliate links, app, wire copy, push prompts, typo hint, gifts,
# skip links, text-size controls, reading lists or audio players of its own (Medium prints none of them)
NOT_ON_INDIE = {"ad", "affiliate", "app", "wireend", "push", "typo", "gift", "skip", "textsize", "bookmark", "audio"}
# a county council's news page: no ads or affiliate links, no app or push prompts of a newspaper, no paywall, wire
# copy, tip line, typo hint, comments, polls, reporter bios, section labels or "developing story" notices
NOT_ON_PUBLIC_BODY = {"ad", "affiliate", "app", "push", "gift", "skip", "wireend", "tip", "typo", "comments",
                      "moderation", "poll", "bio", "developing", "newsletter", "credit", "standards", "section",
                      "embed", "feedback"}
SMALL_SITE_TEMPLATES = {"squarespace": NOT_ON_SMALL_SITES, "ucoz": NOT_ON_SMALL_SITES, "medium": NOT_ON_INDIE,
                        "typo3": NOT_ON_PUBLIC_BODY}
# markup of the generic residue: classed wrappers as many CMSs emit them (class names new to the set), plain
# <p>/<div> variants as left by editors pasting the text into the body field, headings, lists ({items}: the wording
# split at " · "; {all}: every wording of the family's pool) and tables
STYLES = {
    "cookie": ['<div class="embed-gatekeeper"><p class="embed-gatekeeper__msg">%s</p><button class="embed-gatekeeper__ok" type="button">&#10003;</button></div>',
               '<p class="cmp-embed-hint">%s</p>', '<p>%s</p>'],
    "newsletter": ['<div class="inbox-promo-strip"><p class="inbox-promo-strip__copy">%s</p><a class="inbox-promo-strip__cta" href="/newsletters">&#8594;</a></div>',
                   '<p class="meter-stop-line">%s</p>', '<h4 class="signup-teaser-hd">%s</h4>', '<p><b><a href="/newsletters">%s</a></b></p>'],
    "share": ['<ul class="share-row-icons">{items}</ul>', '<div class="pass-along-note">%s</div>', '<p><a href="#share">%s</a></p>'],
    "photo": ['<p class="supplied-pic-note">%s</p>', '<span class="pic-came-from">%s</span>', '<p><small><i>%s</i></small></p>'],
    "copyright": ['<p class="reuse-forbidden-note">%s</p>', '<div class="editorial-rights-line"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="desk-strapline">%s</p>', '<h5 class="section-eyebrow-hd">%s</h5>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="fleuron-spacer-row">%s</p>', '<div class="typo-break-mark">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="extra-reporting-note">%s</p>', '<div class="contributors-foot">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="headline-echo-para"><strong>%s</strong></p>', '<h2 class="post-heading-copy">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="paid-slot-caption">%s</div>', '<p class="adv-marker">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="expand-story-btn"><a href="#more">%s</a></p>', '<div class="story-fold-toggle">%s</div>',
                 '<p><a href="#more">%s</a></p>'],
    "comments": ['<p class="discussion-jump"><a href="#comments">%s</a></p>', '<div class="talkback-counter">%s</div>',
                 '<p><a href="#comments">%s</a></p>'],
    "readtime": ['<p class="read-length-chip">%s</p>', '<span class="est-minutes-badge">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="revised-stamp"><time>%s</time></p>', '<div class="last-change-line">%s</div>', '<p><em>%s</em></p>'],
    "audio": ['<div class="spoken-article-strip"><button class="spoken-article-strip__play" aria-label="Play"></button><span class="spoken-article-strip__txt">%s</span></div>',
              '<p class="hear-article-link"><a href="#audio">%s</a></p>', '<p><a href="#audio">%s</a></p>'],
    "correction": ['<aside class="erratum-panel"><p>%s</p></aside>', '<p class="erratum-note"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "wireend": ['<p class="agency-trailer">%s</p>', '<div class="wire-desk-sign">%s</div>', '<p>%s</p>'],
    "app": ['<div class="get-the-app-banner"><p class="get-the-app-banner__copy">%s</p><a class="get-the-app-banner__btn" href="/app">&#8681;</a></div>',
            '<p class="mobile-app-plug">%s</p>', '<p><strong>%s</strong></p>'],
    "bio": ['<div class="reporter-blurb-box"><p class="reporter-blurb-box__txt">%s</p></div>', '<p class="reporter-blurb-line"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "tip": ['<div class="story-tipoff-box"><p class="story-tipoff-box__txt">%s</p></div>', '<p class="tipoff-line">%s</p>', '<p><em>%s</em></p>'],
    "typo": ['<div class="errata-hotkey-hint"><p>%s</p></div>', '<p class="hotkey-report-line">%s</p>', '<p><small>%s</small></p>'],
    "push": ['<div class="desktop-alert-optin"><p class="desktop-alert-optin__txt">%s</p></div>', '<p class="alerts-optin-line">%s</p>',
             '<p><strong>%s</strong></p>'],
    "ai": ['<div class="llm-assist-disclosure"><p>%s</p></div>', '<p class="ai-assist-line"><small>%s</small></p>', '<p><em>%s</em></p>'],
    "affiliate": ['<div class="earn-from-links-note"><p>%s</p></div>', '<p class="shop-links-line"><small>%s</small></p>', '<p><em>%s</em></p>'],
    "gift": ['<div class="share-unlocked-box"><a class="share-unlocked-box__btn" href="#gift">%s</a></div>',
             '<p class="friend-pass-link"><a href="#gift">%s</a></p>', '<p><a href="#gift">%s</a></p>'],
    "skip": ['<p class="advert-bypass"><a href="#post-advert">%s</a></p>', '<div class="advert-bypass-row"><a href="#post-advert">%s</a></div>',
             '<p><a href="#post-advert">%s</a></p>'],
    "print": ['<ul class="article-utility-links">{items}</ul>', '<p class="printer-version-link"><a href="?print=1">%s</a></p>',
              '<p><a href="?print=1">%s</a></p>'],
    "translated": ['<p class="source-language-note"><em>%s</em></p>', '<div class="translation-credit-line">%s</div>', '<p><i>%s</i></p>'],
    "moderation": ['<div class="house-rules-note"><p>%s</p></div>', '<p class="talk-rules-line">%s</p>', '<p><small>%s</small></p>'],
    "feedback": ['<div class="star-rating-ask"><p class="star-rating-ask__q">%s</p></div>', '<p class="usefulness-stars">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="press-regulation-note"><p>%s</p></div>', '<p class="complaints-link-line"><small>%s</small></p>', '<p><em>%s</em></p>'],
    "topics": ['<div class="filed-under-row"><span class="filed-under-row__list">%s</span></div>', '<p class="categorised-as-line">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="keep-for-later"><a class="keep-for-later__btn" href="#saved">%s</a></div>',
                 '<p class="keep-for-later-line"><a href="#saved">%s</a></p>', '<p><a href="#saved">%s</a></p>'],
    "textsize": ['<div class="type-scale-switch"><span class="type-scale-switch__label">%s</span></div>', '<p class="type-scale-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "developing": ['<div class="live-situation-flag"><p class="live-situation-flag__txt">%s</p></div>', '<p class="evolving-story-line"><strong>%s</strong></p>',
                   '<p><b>%s</b></p>'],
    "poll": ['<div class="quick-vote-widget"><p class="quick-vote-widget__q">%s</p><button class="quick-vote-widget__go" type="button">&#10004;</button></div>',
             '<h4 class="quick-vote-hd">%s</h4>', '<p><small>%s</small></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/C{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-lite-poster"><a class="yt-lite-poster__link" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}">%s</a></p>'],
    "gallery": ['<div class="slideshow-launch"><a class="slideshow-launch__btn" href="#slideshow">%s</a></div>',
                '<p class="slideshow-counter">%s</p>', '<p><b>%s</b></p>'],
    "helpline": ['<aside class="support-contact-panel"><p>%s</p></aside>', '<p class="support-contact-line"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "chart": ['<div class="datawrapper-frame"><iframe title="" aria-label="Bar chart" src="https://datawrapper.dwcdn.net/{c5}/1/" scrolling="no" frameborder="0" style="width:0;min-width:100%% !important;border:none;" height="420" data-external="1"></iframe><p class="datawrapper-frame__note">%s</p></div>',
              '<figure class="static-chart-img"><img src="/charts/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
              '<p><small>%s</small></p>'],
    "funding": ['<aside class="grant-backed-note"><p>%s</p></aside>', '<p class="grant-backed-line"><i>%s</i></p>', '<p><i>%s</i></p>'],
    "warning": ['<div class="reader-discretion-box"><p>%s</p></div>', '<p class="reader-discretion-line"><strong>%s</strong></p>', '<p><em>%s</em></p>'],
    "series": ['<div class="multipart-banner"><p class="multipart-banner__label">%s</p></div>', '<h3 class="multipart-hd">%s</h3>',
               '<p><a href="#series"><b>%s</b></a></p>'],
    "map": ['<div class="leaflet-embed-wrap"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="600" height="380" style="border:0"></iframe><p class="leaflet-embed-wrap__links">%s</p></div>',
            '<figure class="locator-graphic"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    "toc": ['<nav class="in-page-index" aria-label="%s"><h4 class="in-page-index__hd">%s</h4><ol class="in-page-index__list">%s</ol></nav>',
            '<div class="anchor-menu"><p><strong>%s</strong></p><ul>%s</ul></div>'],
    "calendar": ['<ul class="ics-export-links">{items}</ul>', '<p class="date-saver-link"><a href="/events/{k}.ics">%s</a></p>',
                 '<div class="event-cal-row"><span class="event-cal-row__label">%s</span></div>'],
    "archive": ['<div class="stale-content-flag"><p>%s</p></div>', '<p class="stale-content-line"><strong>%s</strong></p>', '<p><em>%s</em></p>'],
    "condolence": ['<div class="remembrance-cta"><span class="remembrance-cta__icon" aria-hidden="true">&#10013;</span><p class="remembrance-cta__txt">%s</p><a class="remembrance-cta__go" href="/memorials/{k}">&#8250;</a></div>',
                   '<ul class="memorial-actions">{items}</ul>', '<p><a href="/memorials/{k}">%s</a></p>'],
    "fundraiser": ['<div class="donation-tracker"><div class="donation-tracker__bar"><span style="width:{pct}%%"></span></div><p class="donation-tracker__txt">%s</p></div>',
                   '<p><strong><a href="https://www.justgiving.com/crowdfunding/{k}">%s</a></strong></p>'],
    "weather": ['<div class="local-forecast-tile"><p class="local-forecast-tile__now">%s</p></div>', '<p><small><a href="/weather">%s</a></small></p>'],
    # the three families new in this part ({score}: the story's scoreline)
    "scores": ['<div class="scoreboard-embed"><p class="scoreboard-embed__line">{score}</p><a class="scoreboard-embed__more" href="/scores/{k}">%s</a></div>',
               '<table class="result-grid"><tr><th>{score}</th></tr><tr><td><a href="/scores/{k}">%s</a></td></tr></table>',
               '<h4 class="fixture-result-hd">{score}</h4>\n<p><a href="/scores/{k}">%s</a></p>'],
    "easyread": ['<div class="plain-language-box"><a class="plain-language-box__link" href="/easy-read/{k}.pdf">%s</a></div>',
                 '<ul class="accessible-formats">{all}</ul>',
                 '<p class="alt-format-link"><img src="/assets/easy-read.svg" alt="" width="24" height="24"> <a href="/easy-read/{k}">%s</a></p>',
                 '<p><a href="/easy-read/{k}">%s</a></p>'],
    "travel": ['<div class="roadrail-status-embed"><span class="roadrail-status-embed__dot" aria-hidden="true"></span><a class="roadrail-status-embed__link" href="/travel">%s</a></div>',
               '<aside class="journey-checker"><h4 class="journey-checker__hd">%s</h4><iframe src="https://travel.example.org/widget?area={k}" width="300" height="250" frameborder="0"></iframe></aside>',
               '<p><strong><a href="/travel">%s</a></strong></p>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <i>(%s)</i>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#share">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – '])}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="body-photo-block"><img src="/media/{id}-inline.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-inline.jpg" alt="" width="640"><br><em>{cap} – {cr}</em></p>']
RELATED_STYLES = ['<div class="see-more-panel"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="linked-reads-aside"><p class="linked-reads-aside__hd">%s</p><ul>%s</ul></aside>',
                  '<h4>%s</h4>\n<ul>%s</ul>']


def handle(site):
    """The site's social-media account name: its ASCII letters and digits, at most 24."""
    return mp11.host_name(site)[:24]


def fill_text(s, rng, site, art):
    return fill(s.replace("{by}", art["byline"]).replace("{section}", art["section"])
                .replace("{handle}", handle(site)).replace("{g}", str(rng.randint(6, 24))), rng, site, art)


def pick(rng, fam, lang, site, art):
    pool = R[fam][lang]
    if fam == "newsletter" and art["tpl"] in SMALL_SITE_TEMPLATES:
        pool = [pool[0], pool[2]]  # a small site, a public body or an independent publication has no paywall meter
    idx = art.get("choose", {}).get(fam)
    s = pool[idx] if idx is not None else rng.choice(pool)
    return fill_text(s, rng, site, art)


def residue_items(art, rng, site, used):
    """({position: [html, ...]}, [(block, "end" | "start", html), ...], families) for the generic residue: the
    families a story must carry (the three new ones only where a real site would put them), then the generic
    families used least on the pages built so far, leaving out those the story's site would not print next to it
    ("avoid"); a page may fix them all with "only"."""
    lang, n, tpl = art["lang"], len(art["blocks"]), art["tpl"]
    blocks = art["blocks"]
    own = TEMPLATE_FAMILIES.get(tpl, [])
    if "low" in art:
        k = art["low"]
    else:
        k = max(1, min(rng.choice([2, 3, 3, 4, 4, 5]), 5 - len(own)))  # at most five families per page
    carry = list(art.get("carry", []))
    skip = set(own) | SMALL_SITE_TEMPLATES.get(tpl, set()) | set(CARRY_ONLY) | set(carry) | set(art.get("avoid", []))
    if not art.get("correction"):
        skip.add("correction")  # a correction box only goes on a story that was corrected (its own wording)
    pool = [f for f in FAMILIES if f not in skip]
    fams = carry + sorted(pool, key=lambda f: (used[f], rng.random()))[:k]
    if "only" in art:
        fams = list(art["only"])
    rng.shuffle(fams)
    used.update(f for f in fams if f not in CARRY_ONLY)  # balance the randomly drawn families only
    slots = safe_slots(art) or [n]
    placed, inline = {}, []

    def put(pos, snippet):
        placed.setdefault(pos, []).append(snippet)

    for fam in fams:
        mid = rng.choice(slots)
        if fam == "caption":
            put(mid, rng.choice(CAPTION_STYLES).format(id=art["id"], cap=E(art["caption"]), cr=E(art["credit"])))
        elif fam == "related":
            heads = rng.sample(HEADLINES[lang], rng.choice([2, 3]))
            lis = "".join('<li><a href="/story/%d">%s</a></li>' % (rng.randint(10000, 99999), E(h)) for h in heads)
            put(rng.choice([mid, n]), rng.choice(RELATED_STYLES) % (E(pick(rng, fam, lang, site, art)), lis))
        elif fam == "toc":
            heads = [v for kind, v in blocks if kind == "h"]
            label = pick(rng, fam, lang, site, art)
            style = rng.choice(STYLES["toc"])
            lis = "".join('<li><a href="#%s">%s</a></li>' % (slug(h), E(h)) for h in heads)
            put(0, style % ((A(label), E(label), lis) if style.count("%s") == 3 else (E(label), lis)))
        elif fam == "title":
            put(0, rng.choice(STYLES["title"]) % E(art["title"]))
        else:
            if fam == "symbol":
                text = rng.choice(R["symbol"]["*"])
            elif fam == "correction" and art.get("correction"):
                text = art["correction"]
            else:
                text = pick(rng, fam, lang, site, art)
            pos = {"section": rng.choice([0, 0, mid]), "credit": rng.choice([0, n]), "copyright": n,
                   "share": rng.choice([mid, n]), "photo": rng.choice([0, mid]), "comments": rng.choice([0, n]),
                   "readtime": 0, "updated": rng.choice([0, n]), "audio": rng.choice([0, mid]),
                   "correction": rng.choice([0, n]), "wireend": n, "app": rng.choice([mid, n]), "bio": n,
                   "tip": rng.choice([mid, n]), "typo": n, "push": rng.choice([0, mid]), "ai": rng.choice([0, n]),
                   "affiliate": rng.choice([0, n]), "gift": rng.choice([mid, n]), "skip": mid,
                   "print": rng.choice([0, n]), "translated": rng.choice([0, n]), "moderation": n,
                   "feedback": n, "standards": rng.choice([0, n]), "topics": n,
                   "bookmark": rng.choice([0, n]), "textsize": 0, "developing": rng.choice([0, 0, n]),
                   "poll": rng.choice([mid, n]), "embed": mid, "gallery": rng.choice([0, mid]),
                   "helpline": rng.choice([n, n, 0]), "chart": mid, "funding": rng.choice([n, n, 0]),
                   "warning": 0, "series": rng.choice([0, 0, n]), "map": mid,
                   "calendar": rng.choice([mid, n]), "archive": 0,
                   "condolence": rng.choice([n, n, mid]), "fundraiser": rng.choice([mid, mid, n]),
                   "weather": rng.choice([0, mid]), "scores": rng.choice([0, mid, n]),
                   "easyread": rng.choice([0, 0, n]), "travel": rng.choice([0, mid, n])}.get(fam, mid)
            # run into a story paragraph: the end of the paragraph before the position, or the start of the first
            # (a newsletter pitch only: a paywall or donation note is not typed into the text)
            if (fam in INLINE and rng.random() < INLINE[fam][0] and tpl != "medium"
                    and (fam != "newsletter" or text == R["newsletter"][lang][0])):
                markup = rng.choice(INLINE[fam][1])
                if markup.endswith(" – ") and pos == 0 and blocks[0][0] == "p":
                    inline.append((0, "start", markup % E(text)))
                    continue
                at = n if pos == 0 else pos  # a line typed into the text goes at the end of a paragraph, not above the story
                if not markup.endswith(" – ") and blocks[at - 1][0] == "p" and not blocks[at - 1][1].endswith(":"):
                    inline.append((at - 1, "end", markup % E(text)))
                    continue
            style = rng.choice(STYLES[fam])
            if fam == "embed":  # the Instagram fallback in Instagram's embed code, the YouTube one in a video facade
                text = fill_text(R["embed"][lang][0 if "instagram" in style else 1], rng, site, art)
            lat, lon = 50 + rng.random() * 5, -4 + rng.random() * 6
            style = (style.replace("{h}", handle(site)).replace("{k}", "%010x" % rng.randint(16**9, 16**10 - 1))
                     .replace("{c5}", "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(5)))
                     .replace("{pct}", str(rng.randint(18, 88))).replace("{score}", E(art.get("score", "")))
                     .replace("{bbox}", "%%2C".join("%.4f" % x for x in (lon - .01, lat - .006, lon + .01, lat + .006))))
            if "{items}" in style:
                snippet = style.replace("{items}", "".join('<li><a href="#">%s</a></li>' % E(x) for x in text.split(" · ")))
            elif "{all}" in style:
                snippet = style.replace("{all}", "".join('<li><a href="/easy-read/%d">%s</a></li>' % (j + 1, E(fill_text(x, rng, site, art)))
                                                         for j, x in enumerate(R[fam][lang])))
            else:
                snippet = style % E(text)
            put(pos, snippet)
    return placed, inline, fams


def apply_inline(doc, art, inline):
    """Run residue into story paragraphs of the rendered page: at the end of a paragraph's text (before its closing
    tag or <br>), or at the start of the first paragraph's text."""
    for i, where, snippet in inline:
        key = mp.inline_html(art["blocks"][i][1])
        m = re.search(r"(?<=[>\n])%s(?=<)" % re.escape(key), doc)
        assert m, (art["id"], i)
        at = m.end() if where == "end" else m.start()
        doc = doc[:at] + snippet + doc[at:]
    return doc


# --------------------------------------------------------------------------
# templates: tagdiv is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"tagdiv": tpl_tagdiv, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "broadcaster": mp3.tpl_broadcaster,
                 "gutenberg": mp4.tpl_gutenberg, "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks,
                 "squarespace": mp5.tpl_squarespace, "quintype": mp6.tpl_quintype, "typo3": mp6.tpl_typo3,
                 "bitrix": mp6.tpl_bitrix, "medium": mp13.tpl_medium, "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h29), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "tagdiv"


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["blocks"], art["marks"] = blocks_and_marks(art["body"])
            rng = random.Random("newsflow-heldout30-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            placed, inline, fams = residue_items(art, rng, site, used)
            if tpl in NEW_TEMPLATES:
                doc = NEW_TEMPLATES[tpl](art, UI30[lang], site, placed, rng)
                fams = fams + TEMPLATE_FAMILIES.get(tpl, [])
            else:
                fun, mode = OLD_TEMPLATES[tpl]
                doc = fun(art, UI30[lang], site, mp.body_html(art, placed, mode), rng)
            pages[art["id"]] = apply_inline(doc, art, inline)
            truth[art["id"]] = mp.truth_text(art["blocks"])
            meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)), inline=len(inline))
    return pages, truth, meta


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 30) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools, labels, furniture strings, headlines and site
    names, and the first-round interface strings."""
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
                       mp.RELATED_HEADLINES, [m.HEADLINES for m in EARLIER_MODULES if hasattr(m, "HEADLINES")],
                       [m.SITES for m in EARLIER_MODULES if hasattr(m, "SITES")], mp14.BLOG_SITES,
                       mp3.BROADCASTERS, [a.get("site", "") for mod in story_mods for a in mod.ARTICLES],
                       [a.get("tags", []) for mod in story_mods for a in mod.ARTICLES],
                       [a.get("correction", "") for mod in story_mods for a in mod.ARTICLES]]):
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
        if "[^" in text:
            problems.append("%s: footnote mark left in the truth" % pid)
    # layouts: tagdiv (new to the set) on one page, every other page on a different earlier layout
    tpls = collections.Counter(a["tpl"] for a in ARTICLES)
    if NEW_LAYOUT in EARLIER_LAYOUTS:
        problems.append("%s is not new" % NEW_LAYOUT)
    if tpls.get(NEW_LAYOUT) != 1:
        problems.append("%s used on %d pages (want 1)" % (NEW_LAYOUT, tpls.get(NEW_LAYOUT, 0)))
    problems.extend("template %s used %d times (want every earlier layout once)" % (t, c)
                    for t, c in tpls.items() if t != NEW_LAYOUT and c > 1)
    if len([t for t in tpls if t != NEW_LAYOUT]) != 23:
        problems.append("%d earlier layouts (want 23)" % len([t for t in tpls if t != NEW_LAYOUT]))
    problems.extend("template %s is not an earlier layout" % t for t in tpls if t != NEW_LAYOUT and t not in EARLIER_LAYOUTS)
    problems.extend("unknown template %s" % t for t in tpls if t not in NEW_TEMPLATES and t not in OLD_TEMPLATES)
    # an earlier layout is not on a page in the language h28 or h29 gave it
    for mod in (mp28, mp29):
        langs_then = {a["tpl"]: a["lang"] for a in mod.ARTICLES}
        problems.extend("%s: %s in %s, as in %s" % (a["id"], a["tpl"], a["lang"], mod.__name__) for a in ARTICLES
                        if langs_then.get(a["tpl"]) == a["lang"])
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(PAGES_PER_LANG):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = ["h30-%s-%03d" % (x, k) for x in ("en", "tr", "de", "fr", "es", "ru") for k in range(1, PAGES_PER_LANG[x] + 1)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # the tagdiv page is English, has its tags and a section of the site's menu; a scores card needs the story's
    # scoreline; a "jump to" box only goes on a story with three or more subheadings
    for a in ARTICLES:
        if a["tpl"] == "tagdiv" and (a["lang"] != "en" or not a.get("tags") or a["section"] not in TAGDIV["en"]["main_menu"]):
            problems.append("%s: tagdiv page must be English, with tags and a menu section" % a["id"])
        if "scores" in a.get("carry", []) and not a.get("score"):
            problems.append("%s: scores card without a scoreline" % a["id"])
        if a.get("score") and "scores" not in a.get("carry", []):
            problems.append("%s: scoreline on a page that does not carry scores" % a["id"])
        if "toc" in a.get("carry", []) and a["body"].count("\n## ") < 3:
            problems.append("%s: jump-to box on a story with fewer than three subheadings" % a["id"])
        if "archive" in a.get("carry", []) and not a["date"].startswith("2024"):
            problems.append("%s: age notice on a story that is not from 2024" % a["id"])
    # controls: two pages without residue (in two languages), one with a single correction line only
    if len({a["lang"] for a in ARTICLES if a.get("low") == 0 and a["tpl"] not in TEMPLATE_FAMILIES
            and not a.get("carry")}) < 2:
        problems.append("want control pages without residue in two languages")
    if not any(a.get("only") == ["correction"] and a["tpl"] not in TEMPLATE_FAMILIES for a in ARTICLES):
        problems.append("no control page with a single correction line")
    # every residue family (the three new ones included) has wordings in every language, and markup
    for fam in FAMILIES:
        if fam in ("caption", "title"):
            continue
        if fam not in R or (fam != "symbol" and set(R[fam]) != set(UI)):
            problems.append("residue family %s lacks wordings" % fam)
        if fam not in STYLES and fam not in ("caption", "related"):
            problems.append("residue family %s lacks markup" % fam)
    problems.extend("carried family %s is not a family" % f for a in ARTICLES for f in a.get("carry", []) if f not in FAMILIES)
    problems.extend("%s: avoided family %s is not a family" % (a["id"], f) for a in ARTICLES for f in a.get("avoid", [])
                    if f not in FAMILIES)
    # a fixed wording ("choose") exists in its pool
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
    # ... and each is carried by at least four pages in at least three languages, and sits on every carrier's page
    for f in NEW_FAMILIES:
        carriers = [a for a in ARTICLES if f in a.get("carry", [])]
        if len(carriers) < 4 or len({a["lang"] for a in carriers}) < 3:
            problems.append("new family %s carried by %d pages in %d languages (want 4 in 3)" % (
                f, len(carriers), len({a["lang"] for a in carriers})))
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    old = old_strings()
    story_mods = [__import__(name) for name in STORY_MODULES]
    for fam, by_lang in R.items():
        for s in _strings(by_lang):
            problems.extend("h30 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = []
    for (mod, name), v in SITE_STRINGS.items():
        if (mod, name) in ((mp4, "R"), (mp, "RESIDUE")):
            continue  # this part's own R pools, checked above
        site_strings_new.append(v)
    tagdiv_sites = [{k: v for k, v in d.items() if k not in TAGDIV_EXEMPT} for d in TAGDIV.values()]
    tags = [a.get("tags", []) for a in ARTICLES]
    # (TAGDIV_CORE, Newspaper's English interface strings and the platform's names, is left as the theme prints it,
    # like GRAV_CORE in h29: such words recur on any Newspaper site)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("TAGDIV", tagdiv_sites), ("tags", tags),
                      ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)):
                continue
            problems.extend("h30 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # the story-specific wordings (correction lines, scorelines) are new too
    for art in ARTICLES:
        for key in ("correction", "score"):
            if art.get(key):
                problems.extend("%s: %s reuses %r" % (art["id"], key, x) for x in sorted(_sentences(art[key]) & old))
    # new wrapper class names
    old_classes = set()
    for mod in EARLIER_MODULES:
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES", "TIKTOK_STYLE"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend("h30 class name %r used by an earlier part" % x
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
    # the headline must not be a story paragraph (it is residue when repeated in the body); the pull quote must
    # repeat a piece of its story
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
    the pages only (truth.json does not hold the h30 entries yet) and says so."""
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
              "(truth.json not checked: h30 is not merged by make_pages.py yet)")
        sys.exit(1 if bad else 0)
    hc.run(lambda: (pages, truth, meta), lambda p, t: [])


if __name__ == "__main__":
    main()
