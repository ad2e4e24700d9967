#!/usr/bin/env python3
"""Thirty-second held-out part (h32-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout32.py           # write pages/h32-*.html
    python benchmarks/data/extraction/make_heldout32.py --check   # verify pages/h32-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout32.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the files of this directory were read).  Stories are in
articles_h32_en.py / articles_h32_intl.py; the residue wordings (thirty-eight of the generic families of the earlier
parts plus three new ones: recipe-card furniture in food stories -- jump to / print the recipe, star ratings, servings
and cooking times --, ticket-shop widgets in stories about shows and festivals -- availability, prices, the
ticketing provider's line, the next dates --, and property-portal widgets in housing stories -- free valuation,
homes for sale or to rent nearby with their listings, mortgage calculators), their wrapper class names, related
headlines, site names, the sites' own strings in the earlier layouts and the first-round furniture strings are new
here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..31, nor their labels,
furniture strings, headlines or site names; verify() refuses to build if one is reused, if a "new" family is already
in an earlier pool, family list or template family, if a story paragraph or headline of an earlier part recurs, if a
headline is also a story paragraph, or if a body is outside 150-400 words.  Every name and number is fictional.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story): recipe cards on six food stories (a bakery's cookies, a school cook's shepherd's pie, a prize-winning galette,
a village keşkek festival, a Landfrauen cookbook, a school canteen's pisto), ticket widgets on five stories about
shows (a pier theatre's pantomime, a folk festival, an open-air theatre's season, a restored town theatre, an amateur
theatre company's new play), property widgets on six housing stories (house prices near a new station, homes on a
former quarry, student rents, a rent index, house prices in a commuter town, flats for young teachers and doctors).
Earlier families that need a reason in the story are placed the same way (a gallery launcher on a photo-archive
story, a map on a building site, a calendar row on a festival and a theatre season); the other generic families are
balanced over the part, leaving out those the page's site would not print (the story's "kind": a public body, a
small village or association site, an independent publication on a platform); a correction box goes only on a story
that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes, bars and
widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans and tables, and, for a few
families, a line run into the end of a story paragraph or a bold section tag run into the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop-cap first
paragraphs (the block editor's has-drop-cap class, a magazine's own class), whole paragraphs in bold or italics, a
highlighted sentence (the block editor's <mark> highlight format), a paragraph or a subheading with its text in a
coloured box (a block-editor group with one of Astra's global-colour backgrounds, a Drupal CKEditor style class, a
magazine panel), a recipe or figures in a fact box holding a subheading and its list (a bordered block-editor group
on Astra, an Arc XP custom embed), a Ghost callout card, and a paragraph typed after a <br> inside the one before it.
One page layout is new (astra: WordPress 6.7 with Brainstorm Force's Astra theme, v4.8, header/footer builder, single
post layout 1, separate-container style with a right sidebar, as an English weekly and a French local paper's sites
serve it, on two pages: the head with the WordPress generator tag, Yoast's schema graph and astra-theme-css;
body[itemtype=Blog] with the ast-* body classes, the skip link and div#page.hfeed.site; header#masthead.site-header
with the desktop header builder (div#ast-desktop-header: the above-header row with the date and a secondary menu,
the primary row with the site identity, nav#primary-site-navigation-desktop with ul#ast-hf-menu-1 and the slide
search) and the mobile header (div#ast-mobile-header with its menu toggle); div#content.site-content >
div.ast-container > div#primary.content-area > main#main.site-main > article.ast-article-single[itemtype=CreativeWork]
with div.ast-post-format- > div.ast-single-post-order > header.entry-header (the featured image in
div.post-thumb-img-content, h1.entry-title, div.entry-meta: author, date, category) and div.entry-content.clear
[itemprop=text] holding the block-editor content -- with an image block and its caption where the editor put one, and
Scriptless Social Sharing's buttons at its end --; nav.post-navigation, the related-posts section, the comment form
(or nothing where comments are closed); div#secondary.widget-area with a latest-posts block widget and a text block;
footer#colophon with the primary footer row (widget areas) and the below-footer copyright row; div#ast-scroll-top and
the theme's script).  Astra's interface strings (ASTRA_CORE, per language) are left as the theme prints them and not
checked; the sites' own strings (ASTRA: tagline, menus, widget titles, footer texts, share heading) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), squarespace (make_heldout5.py), quintype, bitrix
(make_heldout6.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of them
in the language h30 or h31 gave it (9 English pages, 3 in each other language); while a page is rendered, the earlier
modules' related headlines (HEADLINES, make_pages.RELATED_HEADLINES), the strings that belong to one site rather than
to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves (make_heldout4.R for the
gutenberg consent placeholder and the fusion / chunks ad labels, make_pages.RESIDUE for the table layout's banner
label) are swapped for this part's own, and the templates get this part's furniture strings (UI32) instead of
make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout31.py, so that make_pages.py can import this module and merge it the same way.
Standard library only; deterministic (each page's choices are seeded from its id).
"""
import collections
import contextlib
import copy
import datetime
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
from make_pages import E, A, UI  # noqa: E402
from articles_h32_en import ARTICLES as H32_EN  # noqa: E402
from articles_h32_intl import ARTICLES as H32_INTL  # noqa: E402

ARTICLES = H32_EN + H32_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Fellbridge & Wray Journal", "Haverstock Courier", "Brindle Bay Advertiser", "Ashby Valley Clarion",
           "Greystock Weekly Herald", "Marlow End Sentinel", "Tarnside Evening Record"],
    "tr": ["Ilıcaköy Ekspres"],
    "de": ["Hollingstedter Rundschau", "Talheimer Tageblatt", "Brunnrieder Bote"],
    "fr": ["Le Réveil de Vernières", "La Gazette des Coteaux"],
    "es": ["El Correo de Almedina", "Diario de la Mancha Alta"],
    "ru": ["Озёрнинские ведомости", "Красноборский вестник", "Липовские новости"],
}
# sites fixed per page (an English weekly and a French local paper on Astra, a district council on Drupal, a village
# association on uCoz, an amateur theatre company on Squarespace, an independent newsletter on Medium) are given in
# the stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h31 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This YouTube clip is blocked until you allow video cookies. Change your privacy choices",
               "Allow marketing cookies to load this social media post"],
        "tr": ["Video çerezlerine izin verene kadar bu YouTube klibi engellendi. Gizlilik tercihlerinizi değiştirin",
               "Bu sosyal medya gönderisini yüklemek için pazarlama çerezlerine izin verin"],
        "de": ["Dieser YouTube-Clip ist gesperrt, bis Sie Video-Cookies erlauben. Datenschutz-Auswahl ändern",
               "Erlauben Sie Marketing-Cookies, um diesen Social-Media-Beitrag zu laden"],
        "fr": ["Cette vidéo YouTube est bloquée tant que vous n'autorisez pas les cookies vidéo. Modifier vos choix de confidentialité",
               "Autorisez les cookies marketing pour charger cette publication"],
        "es": ["Este vídeo de YouTube está bloqueado hasta que permitas las cookies de vídeo. Cambiar tus preferencias de privacidad",
               "Permite las cookies de marketing para cargar esta publicación"],
        "ru": ["Ролик YouTube заблокирован, пока вы не разрешите видео-cookie. Изменить настройки приватности",
               "Разрешите маркетинговые cookie, чтобы загрузить эту публикацию"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Get Morning Brew-Up, our free 7am email: five local stories before your first cup of tea.",
               "That was your last free read of the month. Carry on for 99p",
               "Local journalism costs money. Back us from £3 a month"],
        "tr": ["Sabah Çayı bültenimize ücretsiz kaydolun: ilk çayınızdan önce beş yerel haber, her sabah 7'de.",
               "Bu ayki son ücretsiz okumanızdı. 9,99 liraya okumaya devam edin",
               "Yerel gazetecilik emek ister. Bize ayda 30 liradan destek olun"],
        "de": ["Holen Sie sich „Morgenkaffee“, unseren kostenlosen Newsletter um 7 Uhr: fünf Lokalmeldungen vor der ersten Tasse.",
               "Sie haben Ihre freien Artikel für diesen Monat gelesen. Alles freischalten für 99 Cent",
               "Recherche vor Ort hat ihren Preis. Legen Sie ab 3 Euro im Monat etwas dazu"],
        "fr": ["Recevez « Le Café du matin », notre lettre gratuite de 7 h : cinq infos locales avant votre premier café.",
               "C'était votre dernière lecture gratuite du mois. Continuez pour 0,99 €",
               "Enquêter sur le terrain a un prix. Participez-y avec 3 € mensuels"],
        "es": ["Recibe «El Café», nuestro boletín gratuito de las 7: cinco noticias locales antes del primer café.",
               "Esa era tu última lectura gratis del mes. Sigue por 0,99 euros",
               "Contar lo que pasa en tu pueblo tiene un precio. Arrima el hombro con 3 euros mensuales"],
        "ru": ["Получайте «Утренний чай» — бесплатную рассылку в 7 утра: пять местных новостей до первой чашки.",
               "Лимит бесплатных статей на этот месяц исчерпан. Открыть всё за 99 рублей",
               "Репортажи с мест требуют расходов. Скиньтесь от 150 рублей в месяц"],
    },
    "share": {  # the first wording is a list of networks (" · "), printed as one line or as a list
        "en": ["Pass it on: WhatsApp · Messenger · X · Email", "This one worth a read for your neighbour? Forward it on"],
        "tr": ["Paylaşın: WhatsApp · Messenger · X · E-posta", "Bu yazı komşunuzun da işine yarar mı? Hemen gönderin"],
        "de": ["Weitersagen: WhatsApp · Messenger · X · E-Mail", "Wäre das auch was für Ihre Nachbarn? Gleich weiterschicken"],
        "fr": ["Faites passer : WhatsApp · Messenger · X · Courriel", "Ça pourrait servir à vos voisins ? Transmettez-le"],
        "es": ["Compártelo: WhatsApp · Messenger · X · Correo", "¿Le vendría bien a tu vecino? Reenvíaselo ahora"],
        "ru": ["Поделиться: WhatsApp · Telegram · VK · Почта", "Пригодится соседям? Отправьте им сейчас"],
    },
    "photo": {
        "en": ["Photograph courtesy of the club", "Image: reader's own"],
        "tr": ["Fotoğraf kulübün izniyle yayımlanmıştır", "Görsel: okurumuz tarafından gönderildi"],
        "de": ["Foto mit freundlicher Genehmigung des Vereins", "Bild: von einem Leser eingesandt"],
        "fr": ["Photo avec l'aimable autorisation du club", "Image : photo de lecteur"],
        "es": ["Foto cortesía del club", "Imagen: enviada por un lector"],
        "ru": ["Фото любезно предоставлено клубом", "Фото прислал наш читатель"],
    },
    "copyright": {
        "en": ["Rights belong to the publisher. This story may not be copied to other websites or social media pages without written permission from {site}."],
        "tr": ["Haklar yayıncıya aittir. Bu haber, {site} yazılı izni olmadan başka sitelere veya sosyal medya sayfalarına kopyalanamaz."],
        "de": ["Die Rechte liegen beim Verlag. Ohne schriftliche Erlaubnis von {site} darf dieser Text nicht auf andere Websites oder in soziale Netzwerke kopiert werden."],
        "fr": ["Les droits appartiennent à l'éditeur. Cet article ne peut être copié sur d'autres sites ou réseaux sociaux sans l'accord écrit de {site}."],
        "es": ["Los derechos son del editor. Esta noticia no puede copiarse en otras webs ni redes sociales sin permiso por escrito de {site}."],
        "ru": ["Права принадлежат издателю. Копирование материала на другие сайты и в соцсети без письменного разрешения «{site}» запрещено."],
    },
    "section": {  # ({section}: the story's section)
        "en": ["{section} | news", "More from {section} ›"],
        "tr": ["{section} | haber", "{section} bölümünden daha fazlası ›"],
        "de": ["{section} | Nachrichten", "Mehr aus {section} ›"],
        "fr": ["{section} | actualités", "Plus de {section} ›"],
        "es": ["{section} | noticias", "Más de {section} ›"],
        "ru": ["{section} | новости", "Ещё из рубрики «{section}» ›"],
    },
    "related": {
        "en": ["Read these next, while you're here", "Everything we've written on this so far"],
        "tr": ["Buradayken bunları da okuyun", "Bu konuda şimdiye kadar yazdıklarımız"],
        "de": ["Wenn Sie schon da sind, lesen Sie auch", "Alles, was wir bisher dazu geschrieben haben"],
        "fr": ["Pendant que vous êtes là, lisez aussi", "Tout ce que nous avons écrit sur le sujet"],
        "es": ["Ya que estás aquí, lee también", "Todo lo que hemos contado sobre esto"],
        "ru": ["Раз уж вы здесь, прочитайте ещё", "Всё, что мы уже писали об этом"],
    },
    "symbol": {"*": ["❦ ❦ ❦", "⁘ ⁘ ⁘", "◍ ◍ ◍", "⚬ ⚬ ⚬ ⚬"]},
    "credit": {
        "en": ["With additional reporting by the {site} digital desk", "Contributors: {site} news team"],
        "tr": ["Katkıda bulunan: {site} dijital masası", "Haberi hazırlayanlar: {site} haber ekibi"],
        "de": ["Mitarbeit: Digitalredaktion von {site}", "Mitgewirkt hat das Nachrichtenteam von {site}"],
        "fr": ["Avec la contribution de la cellule numérique de {site}", "Ont contribué : l'équipe info de {site}"],
        "es": ["Con la colaboración de la mesa digital de {site}", "Han colaborado: equipo de noticias de {site}"],
        "ru": ["При участии цифровой редакции «{site}»", "Над материалом работала команда новостей «{site}»"],
    },
    "ad": {
        "en": ["A word from a local business · the story resumes below", "— PAID PROMOTION —"],
        "tr": ["Yerel bir işletmeden mesaj · haber aşağıda sürüyor", "— ÜCRETLİ TANITIM —"],
        "de": ["Eine Botschaft von Betrieben aus der Region · der Text geht darunter weiter", "— BEZAHLTE PROMOTION —"],
        "fr": ["Un mot d'un commerçant du coin · l'article reprend plus bas", "— PROMOTION PAYANTE —"],
        "es": ["Un mensaje de un comercio de la zona · la noticia sigue debajo", "— PROMOCIÓN PAGADA —"],
        "ru": ["Сообщение от местного бизнеса · статья продолжается ниже", "— ПЛАТНОЕ ПРОДВИЖЕНИЕ —"],
    },
    "continue": {
        "en": ["Tap to read the rest ›", "Open up the rest of this article"],
        "tr": ["Devamını okumak için dokunun ›", "Yazının kalanını açın"],
        "de": ["Zum Weiterlesen tippen ›", "Ganzen Text aufklappen"],
        "fr": ["Touchez pour lire la suite ›", "Ouvrir le reste de l'article"],
        "es": ["Toca para leer el resto ›", "Abrir el resto del artículo"],
        "ru": ["Нажмите, чтобы дочитать ›", "Открыть оставшуюся часть статьи"],
    },
    "comments": {
        "en": ["{n} readers have commented · join them", "Read the comment thread ({n} posts)"],
        "tr": ["{n} okur yorum yaptı · siz de katılın", "Yorum dizisini okuyun ({n} mesaj)"],
        "de": ["{n} Leser haben kommentiert · machen Sie mit", "Zum Kommentarverlauf ({n} Beiträge)"],
        "fr": ["{n} lecteurs ont commenté · rejoignez-les", "Lire le fil des commentaires ({n} messages)"],
        "es": ["{n} lectores han comentado · únete", "Lee el hilo de comentarios ({n} mensajes)"],
        "ru": ["Прокомментировали {n} читателей · присоединяйтесь", "Читать ветку обсуждения ({n} сообщений)"],
    },
    "readtime": {
        "en": ["Give this one {m} minutes", "About {m} minutes, start to finish"],
        "tr": ["Bu yazıya {m} dakikanızı ayırın", "Baştan sona yaklaşık {m} dakika"],
        "de": ["Gönnen Sie sich {m} Minuten", "Von Anfang bis Ende etwa {m} Minuten"],
        "fr": ["Accordez-lui {m} minutes", "Du début à la fin, environ {m} minutes"],
        "es": ["Dedícale {m} minutos", "De principio a fin, unos {m} minutos"],
        "ru": ["Уделите этому {m} минуты", "От начала до конца — около {m} минут"],
    },
    "updated": {
        "en": ["Updated: {d} at {t}", "First published {d}; amended {t}"],
        "tr": ["Güncellendi: {d}, {t}", "İlk yayın {d}; değişiklik saati {t}"],
        "de": ["Nachträglich ergänzt am {d} gegen {t} Uhr", "Erstmals erschienen am {d}, geändert um {t} Uhr"],
        "fr": ["Actualisé : {d} à {t}", "Publié le {d}, modifié à {t}"],
        "es": ["Actualizado: {d} a las {t}", "Publicada el {d}; retocada a las {t}"],
        "ru": ["Текст дополнен {d} около {t}", "Опубликовано {d}, изменено в {t}"],
    },
    "audio": {
        "en": ["▶ Hear this article read aloud ({m} min)", "Busy hands? Let the narrator read it to you"],
        "tr": ["▶ Bu haberi sesli dinleyin ({m} dk)", "Elleriniz mi dolu? Bırakın, seslendirmen okusun"],
        "de": ["▶ Diesen Artikel vorlesen lassen ({m} Min.)", "Hände voll? Lassen Sie sich den Text vorlesen"],
        "fr": ["▶ Écouter cet article lu à voix haute ({m} min)", "Les mains prises ? Laissez le narrateur vous le lire"],
        "es": ["▶ Escucha esta noticia en voz alta ({m} min)", "¿Manos ocupadas? Deja que te lo lea el narrador"],
        "ru": ["▶ Прослушать статью вслух ({m} мин)", "Руки заняты? Пусть статью прочтёт диктор"],
    },
    "app": {
        "en": ["Read {site} in the app – download it free from the App Store or Google Play", "News alerts, offline reading and no pop-ups: try our app"],
        "tr": ["{site} uygulamada – App Store veya Google Play'den ücretsiz indirin", "Haber bildirimleri, çevrimdışı okuma, açılır pencere yok: uygulamamızı deneyin"],
        "de": ["{site} in der App lesen – kostenlos im App Store und bei Google Play", "Eilmeldungen, Offline-Lesen, keine Pop-ups: Probieren Sie unsere App"],
        "fr": ["Lisez {site} dans l'appli – gratuite sur l'App Store et Google Play", "Alertes, lecture hors ligne, sans fenêtres surgissantes : essayez notre appli"],
        "es": ["Lee {site} en la app: descárgala gratis en App Store o Google Play", "Alertas, lectura sin conexión y sin ventanas emergentes: prueba nuestra app"],
        "ru": ["Читайте «{site}» в приложении — бесплатно в App Store и Google Play", "Уведомления, чтение офлайн и никаких всплывающих окон: попробуйте приложение"],
    },
    "bio": {
        "en": ["About the author: {by} writes about {section} for {site}.", "Everything {by} has filed for us ›"],
        "tr": ["Yazar hakkında: {by}, {site} için {section} haberleri yazıyor.", "{by} imzasıyla yayımlanan her şey ›"],
        "de": ["Über die Autorin: {by} schreibt für {site} über {section}.", "Alles, was {by} für uns geschrieben hat ›"],
        "fr": ["À propos de l'auteur : {by} écrit sur {section} pour {site}.", "D'autres articles de {by} ›"],
        "es": ["Sobre la autora: {by} escribe sobre {section} en {site}.", "Más noticias de {by} ›"],
        "ru": ["Об авторе: {by} пишет для «{site}» о теме «{section}».", "Другие материалы автора ›"],
    },
    "tip": {
        "en": ["Is your road, school or club about to make the news? Ring the newsdesk on 01632 960 417 or WhatsApp us", "Tell us what's happening where you live"],
        "tr": ["Sokağınız, okulunuz ya da kulübünüz haber olmak üzere mi? Haber masasını 0850 000 04 17'den arayın veya WhatsApp'tan yazın", "Yaşadığınız yerde neler oluyor, bize anlatın"],
        "de": ["Steht Ihre Straße, Schule oder Ihr Verein gerade vor einer Nachricht? Redaktion anrufen: 0800 000 0417, oder per WhatsApp schreiben", "Schreiben Sie uns, was in Ihrem Viertel los ist"],
        "fr": ["Vous avez une info ? Appelez la rédaction au 03 00 00 04 17 ou écrivez-nous sur WhatsApp", "Racontez-nous ce qui se passe près de chez vous"],
        "es": ["¿Tu calle, tu colegio o tu club están a punto de ser noticia? Llama a la redacción al 900 000 417 o escríbenos por WhatsApp", "Cuéntanos qué pasa en tu barrio"],
        "ru": ["Что-то случилось на вашей улице? Звоните в редакцию: 8 800 000-04-17, или пишите в WhatsApp", "Напишите, чем живёт ваш двор"],
    },
    "typo": {
        "en": ["A typo or a misspelt name in this story? Highlight it and hit Ctrl+Enter to tell us"],
        "tr": ["Yazım hatası, yanlış isim? İşaretleyip Ctrl+Enter ile bize bildirin"],
        "de": ["Tippfehler, falscher Name? Markieren und mit Strg+Enter an uns schicken"],
        "fr": ["Coquille, nom erroné ? Surlignez-le et tapez Ctrl+Entrée pour nous prévenir"],
        "es": ["¿Errata o nombre mal escrito? Márcalo y pulsa Ctrl+Intro para avisarnos"],
        "ru": ["Опечатка или неверная фамилия? Выделите её и нажмите Ctrl+Enter, чтобы сообщить нам"],
    },
    "push": {
        "en": ["Get notified when {site} publishes big local news? Allow · Not now"],
        "tr": ["{site} önemli bir yerel haber yayımladığında bildirim alın? İzin ver · Şimdi değil"],
        "de": ["Benachrichtigung erhalten, wenn {site} wichtige Lokalnachrichten bringt? Zulassen · Später"],
        "fr": ["Être prévenu quand {site} publie une info locale importante ? Autoriser · Plus tard"],
        "es": ["¿Quieres un aviso cuando {site} publique noticias locales importantes? Permitir · Ahora no"],
        "ru": ["Получать уведомления о важных местных новостях от «{site}»? Разрешить · Не сейчас"],
    },
    "ai": {
        "en": ["An AI tool helped summarise the council documents used in this story. A journalist checked every figure."],
        "tr": ["Bu haberde kullanılan belgeleri özetlemek için bir yapay zekâ aracından yararlanıldı. Tüm rakamları bir muhabir kontrol etti."],
        "de": ["Beim Zusammenfassen der Unterlagen für diesen Artikel half ein KI-Werkzeug. Alle Zahlen hat eine Redakteurin geprüft."],
        "fr": ["Un outil d'IA a aidé à résumer les documents utilisés pour cet article. Un journaliste a vérifié chaque chiffre."],
        "es": ["Una herramienta de IA ayudó a resumir los documentos usados en esta noticia. Un periodista comprobó cada cifra."],
        "ru": ["Документы для этого материала помогла пересказать нейросеть. Все цифры проверил журналист."],
    },
    "gift": {
        "en": ["Share this story for free: subscribers can gift ten articles a month ›"],
        "tr": ["Bu haberi ücretsiz paylaşın: aboneler ayda on haber hediye edebilir ›"],
        "de": ["Diesen Artikel kostenlos teilen: Abonnenten verschenken zehn Texte im Monat ›"],
        "fr": ["Partagez cet article gratuitement : les abonnés peuvent en offrir dix par mois ›"],
        "es": ["Comparte esta noticia gratis: los suscriptores pueden regalar diez al mes ›"],
        "ru": ["Поделитесь статьёй бесплатно: подписчики дарят десять материалов в месяц ›"],
    },
    "skip": {
        "en": ["Continue reading below the advert", "Scroll past this ad"],
        "tr": ["Reklamın altından okumaya devam edin", "Bu reklamı kaydırarak geçin"],
        "de": ["Unter der Anzeige weiterlesen", "An dieser Anzeige vorbeiscrollen"],
        "fr": ["Poursuivez votre lecture sous la publicité", "Faire défiler au-delà de la publicité"],
        "es": ["Sigue leyendo debajo del anuncio", "Desplázate más allá del anuncio"],
        "ru": ["Продолжение — под рекламой", "Пролистайте рекламу"],
    },
    "print": {
        "en": ["Print · Save as PDF · Email", "Open a version for your printer"],
        "tr": ["Yazdır · PDF olarak kaydet · E-posta", "Yazıcınız için sürümü açın"],
        "de": ["Drucken · Als PDF speichern · E-Mail", "Fassung für den Drucker öffnen"],
        "fr": ["Imprimer · Enregistrer en PDF · Courriel", "Ouvrir une version pour l'imprimante"],
        "es": ["Imprimir · Guardar como PDF · Correo", "Abrir una versión para la impresora"],
        "ru": ["Печать · Сохранить в PDF · Почта", "Открыть вариант для принтера"],
    },
    "moderation": {
        "en": ["Please keep comments civil. We remove abuse, spam and anything that could prejudice a court case."],
        "tr": ["Lütfen yorumlarınızda saygılı olun. Hakaret, spam ve yargı sürecini etkileyebilecek yorumları kaldırıyoruz."],
        "de": ["Streiten Sie gern, aber fair. Beleidigungen, Spam und alles, was ein Verfahren beeinflussen könnte, löschen wir."],
        "fr": ["Débattez, mais sans vous insulter. Nous supprimons les insultes, le spam et tout ce qui pourrait nuire à une procédure."],
        "es": ["Por favor, comenta con respeto. Borramos insultos, spam y todo lo que pueda perjudicar un proceso judicial."],
        "ru": ["Пожалуйста, будьте вежливы. Мы удаляем оскорбления, спам и всё, что может повлиять на ход суда."],
    },
    "feedback": {
        "en": ["How would you rate this article? ★ ★ ★ ★ ★"],
        "tr": ["Bu haberi nasıl değerlendirirsiniz? ★ ★ ★ ★ ★"],
        "de": ["Wie viele Sterne geben Sie diesem Text? ★ ★ ★ ★ ★"],
        "fr": ["Combien d'étoiles pour cet article ? ★ ★ ★ ★ ★"],
        "es": ["¿Qué nota le das a esta noticia? ★ ★ ★ ★ ★"],
        "ru": ["Как вы оцените этот материал? ★ ★ ★ ★ ★"],
    },
    "standards": {
        "en": ["{site} signs up to the Editors' Code and to IPSO's rules. To raise a concern about this article, contact our readers' editor."],
        "tr": ["{site}, Basın Meslek İlkeleri'ni imzalamıştır. Bu haberle ilgili bir itirazınız varsa okur temsilcimize yazın."],
        "de": ["{site} hat sich den Publizistischen Grundsätzen verpflichtet. Wenn Sie Bedenken zu diesem Artikel haben, wenden Sie sich an unsere Leseranwältin."],
        "fr": ["{site} applique la charte déontologique de la profession. Pour contester cet article, contactez notre médiatrice."],
        "es": ["{site} está adherido al código de la FAPE. Si quieres reclamar sobre esta noticia, escribe al defensor del lector."],
        "ru": ["«{site}» придерживается профессионального кодекса журналиста. Претензии к материалу направляйте уполномоченному по работе с читателями."],
    },
    "topics": {  # ({section}: the story's section)
        "en": ["Filed under: {section} · our area · people", "Follow {section} for updates ›"],
        "tr": ["Konular: {section} · bölgemiz · insanlar", "Güncellemeler için {section} bölümünü takip edin ›"],
        "de": ["Abgelegt unter: {section} · unsere Gegend · Menschen", "{section} folgen und nichts verpassen ›"],
        "fr": ["Classé dans : {section} · notre secteur · portraits", "Suivre {section} ›"],
        "es": ["Archivado en: {section} · nuestra zona · gente", "Sigue {section} para no perderte nada ›"],
        "ru": ["Темы: {section} · наш район · люди", "Подписаться на рубрику «{section}» ›"],
    },
    "bookmark": {
        "en": ["☆ Save for later"], "tr": ["☆ Sonra okumak için kaydet"], "de": ["☆ Für später speichern"],
        "fr": ["☆ Lire plus tard"], "es": ["☆ Guardar para luego"], "ru": ["☆ Отложить на потом"],
    },
    "textsize": {
        "en": ["Letters: tiny · as they are · big"], "tr": ["Harfler: minik · olduğu gibi · iri"],
        "de": ["Buchstaben: winzig · wie gehabt · groß"], "fr": ["Lettres : minuscules · telles quelles · grandes"],
        "es": ["Letras: diminutas · tal cual · grandes"], "ru": ["Шрифт: мельче · обычный · крупнее"],
    },
    "poll": {
        "en": ["Quick question: is enough being done here? Yes · No · Not sure yet", "Cast your vote, then see how others voted"],
        "tr": ["Görüşünüzü bildirin: belediye daha fazlasını yapmalı mı? Evet · Hayır · Bilmiyorum", "Oyunuzu verin, sonra başkalarının oylarını görün"],
        "de": ["Kurze Frage: Passiert hier genug? Ja · Nein · Noch unsicher", "Stimmen Sie ab und sehen Sie, wie andere abgestimmt haben"],
        "fr": ["À vous de voter : la mairie doit-elle en faire plus ? Oui · Non · Je ne sais pas", "Votez, puis découvrez le vote des autres lecteurs"],
        "es": ["Opina: ¿debería hacer más el Ayuntamiento? Sí · No · No sé", "Vota y mira qué han votado los demás"],
        "ru": ["Ваше мнение: должна ли администрация сделать больше? Да · Нет · Не знаю", "Проголосуйте и посмотрите, как ответили другие"],
    },
    "embed": {  # the fallback text of social-media embeds ({handle}: the site's account)
        "en": ["View this post by {handle} on Instagram", "Watch {handle}'s video on YouTube"],
        "tr": ["{handle} hesabının bu gönderisini Instagram'da görüntüleyin", "{handle} videosunu YouTube'da izleyin"],
        "de": ["Den Instagram-Post von {handle} öffnen", "Das Video von {handle} auf YouTube anschauen"],
        "fr": ["Ouvrir le post Instagram de {handle}", "Regarder la vidéo de {handle} sur YouTube"],
        "es": ["Ver esta publicación de {handle} en Instagram", "Mira el vídeo de {handle} en YouTube"],
        "ru": ["Смотреть публикацию {handle} в Instagram", "Смотреть видео {handle} на YouTube"],
    },
    "gallery": {  # photo-gallery launchers and counters ({g}: the number of pictures)
        "en": ["▣ See all {g} pictures", "Gallery · {g} images · tap to enlarge"],
        "tr": ["▣ {g} fotoğrafın hepsini görün", "Galeri · {g} görsel · büyütmek için dokunun"],
        "de": ["▣ Alle {g} Fotos ansehen", "Bildergalerie · {g} Bilder · zum Vergrößern tippen"],
        "fr": ["▣ Voir les {g} photos", "Diaporama · {g} images · touchez pour agrandir"],
        "es": ["▣ Ver las {g} fotos", "Galería · {g} imágenes · toca para ampliar"],
        "ru": ["▣ Смотреть все {g} снимков", "Фотогалерея · {g} фото · нажмите, чтобы увеличить"],
    },
    "map": {
        "en": ["Get directions to the site", "Map data © OpenStreetMap · Zoom in to see the site"],
        "tr": ["Alana yol tarifi alın", "Harita verisi © OpenStreetMap · Alanı görmek için yakınlaştırın"],
        "de": ["Route zum Gelände planen", "Kartendaten © OpenStreetMap · Zum Gelände hineinzoomen"],
        "fr": ["Itinéraire jusqu'au site", "Données cartographiques © OpenStreetMap · Zoomez pour voir le site"],
        "es": ["Cómo llegar a la zona", "Datos del mapa © OpenStreetMap · Amplía para ver la zona"],
        "ru": ["Построить маршрут до участка", "Данные карты © OpenStreetMap · Приблизьте, чтобы увидеть участок"],
    },
    "calendar": {
        "en": ["Save the date: add to Google Calendar · Apple · Outlook", "Add to my calendar ›"],
        "tr": ["Tarihi kaydedin: Google Takvim · Apple · Outlook'a ekle", "Takvimime ekle ›"],
        "de": ["Termin merken: zu Google Kalender · Apple · Outlook hinzufügen", "Zu meinem Kalender hinzufügen ›"],
        "fr": ["Réservez la date : ajouter à Google Agenda · Apple · Outlook", "Ajouter à mon agenda ›"],
        "es": ["Reserva la fecha: añadir a Google Calendar · Apple · Outlook", "Añadir a mi calendario ›"],
        "ru": ["Сохраните дату: добавить в Google Календарь · Apple · Outlook", "Добавить в мой календарь ›"],
    },
    "correction": {  # (a corrected story carries its own wording: the "correction" field)
        "en": ["Correction: this article has been amended."], "tr": ["Düzeltme: Bu haber düzeltildi."],
        "de": ["Korrektur: Dieser Artikel wurde geändert."], "fr": ["Rectificatif : cet article a été modifié."],
        "es": ["Fe de errores: esta noticia ha sido modificada."], "ru": ["Поправка: материал исправлен."],
    },
    # the three families new in this part
    "recipe": {  # recipe-card furniture: jump / print links, star ratings, servings and times
        "en": ["Jump to recipe ↓ · Print recipe", "Rate this recipe ★★★★★ ({n} ratings)", "Serves 4 · Prep 15 mins · Cook 40 mins"],
        "tr": ["Tarife geç ↓ · Tarifi yazdır", "Bu tarifi puanlayın ★★★★★ ({n} oy)", "4 kişilik · Hazırlık 15 dk · Pişirme 40 dk"],
        "de": ["Zum Rezept springen ↓ · Rezept drucken", "Rezept bewerten ★★★★★ ({n} Bewertungen)", "Für 4 Personen · Vorbereitung 15 Min. · Garzeit 40 Min."],
        "fr": ["Aller à la recette ↓ · Imprimer la recette", "Notez cette recette ★★★★★ ({n} avis)", "Pour 4 personnes · Préparation 15 min · Cuisson 40 min"],
        "es": ["Ir a la receta ↓ · Imprimir la receta", "Valora esta receta ★★★★★ ({n} votos)", "Para 4 personas · Preparación 15 min · Cocción 40 min"],
        "ru": ["Перейти к рецепту ↓ · Распечатать рецепт", "Оцените рецепт ★★★★★ ({n} оценок)", "На 4 порции · Подготовка 15 мин · Готовка 40 мин"],
    },
    "tickets": {  # ticket-shop widgets: availability, prices, the ticketing provider
        "en": ["Tickets: check availability and book online ›", "Tickets from £8.50 · Book now", "Secure booking powered by TicketTrail"],
        "tr": ["Biletler: boş yerleri görün, çevrim içi alın ›", "Biletler 150 TL'den başlayan fiyatlarla · Hemen al", "Güvenli satış altyapısı: BiletYolu"],
        "de": ["Tickets: Verfügbarkeit prüfen und online buchen ›", "Karten ab 12 Euro · Jetzt buchen", "Sicher buchen mit dem Ticketshop KartenWeg"],
        "fr": ["Billetterie : voir les places disponibles et réserver ›", "Billets dès 8 € · Réserver", "Réservation sécurisée par BilletVoie"],
        "es": ["Entradas: consulta la disponibilidad y compra en línea ›", "Entradas desde 6 € · Comprar", "Venta segura gestionada por EntradaYa"],
        "ru": ["Билеты: проверить наличие мест и купить онлайн ›", "Билеты от 300 ₽ · Купить", "Безопасная продажа через сервис «БилетПуть»"],
    },
    "property": {  # property-portal widgets: valuations, homes for sale or to rent, mortgage calculators
        "en": ["What's your home worth? Get a free instant valuation ›", "Homes for sale and to rent near you", "Mortgage calculator: find out how much you could borrow"],
        "tr": ["Eviniz ne eder? Ücretsiz anında değerleme alın ›", "Yakınınızdaki satılık ve kiralık evler", "Konut kredisi hesaplayıcı: ne kadar kredi çekebileceğinizi öğrenin"],
        "de": ["Was ist Ihre Immobilie wert? Kostenlose Sofortbewertung ›", "Wohnungen und Häuser zum Kauf und zur Miete in Ihrer Nähe", "Baufinanzierungsrechner: So viel Kredit ist möglich"],
        "fr": ["Combien vaut votre bien ? Estimation gratuite et immédiate ›", "Maisons et appartements à vendre ou à louer près de chez vous", "Simulateur de prêt immobilier : calculez votre capacité d'emprunt"],
        "es": ["¿Cuánto vale tu casa? Tasación gratuita al instante ›", "Pisos y casas en venta y alquiler cerca de ti", "Calculadora de hipotecas: descubre cuánto te pueden prestar"],
        "ru": ["Сколько стоит ваша квартира? Бесплатная оценка за минуту ›", "Квартиры и дома рядом с вами: продажа и аренда", "Ипотечный калькулятор: узнайте, какую сумму вам одобрят"],
    },
}
# the listings a property widget prints under its label (fictional agents' adverts)
PROPERTY_LISTINGS = {
    "en": ["3 bed semi-detached · Hazel Grove · £274,950", "2 bed flat to rent · Station Road · £895 pcm",
           "4 bed detached · Quarry View · £415,000"],
    "tr": ["3+1 daire · Çamlıtepe · 14.000 TL/ay", "2+1 daire · Merkez · satılık 2.850.000 TL", "Müstakil ev · Bağlarbaşı · 5.400.000 TL"],
    "de": ["3-Zimmer-Wohnung · Weststadt · 890 € kalt", "Reihenhaus · Am Mühlbach · 389.000 €", "2-Zimmer-Wohnung · Altstadt · 640 € kalt"],
    "fr": ["Maison 4 pièces · Les Acacias · 219 000 €", "Appartement T2 à louer · centre · 540 €/mois", "Longère à rénover · Les Prés · 145 000 €"],
    "es": ["Piso de 3 dormitorios · centro · 124.000 €", "Casa de pueblo · calle Mayor · 89.000 €", "Alquiler · apartamento 2 dorm. · 520 €/mes"],
    "ru": ["1-комн. квартира · ул. Лесная · 2,4 млн ₽", "Дом 96 м² · Озёрный · 4,1 млн ₽", "Аренда · 2-комн. · 18 000 ₽/мес"],
}
# the next performance dates a ticket widget lists (the story's own event is not named: the widget lists the
# venue's dates)
TICKET_DATES = {
    "en": ["Fri 7pm · few left", "Sat 2pm · available", "Sat 7pm · sold out"],
    "tr": ["Cumartesi 20.00 · az kaldı", "Pazar 15.00 · yer var", "Pazar 20.00 · tükendi"],
    "de": ["Fr 19.30 Uhr · wenige Plätze", "Sa 15 Uhr · verfügbar", "Sa 19.30 Uhr · ausverkauft"],
    "fr": ["ven. 21 h · dernières places", "sam. 21 h · disponible", "dim. 17 h · complet"],
    "es": ["vie 20:30 · últimas entradas", "sáb 18:00 · disponible", "sáb 21:00 · agotado"],
    "ru": ["пт 19:00 · мало мест", "сб 15:00 · есть места", "сб 19:00 · продано"],
}
HEADLINES = {
    "en": ["Bin collections move to Tuesdays in three villages", "Bus route 42 saved after petition",
           "New skate park opens at Riverside Rec", "Two candidates stand in Oakfield by-election",
           "Farmers' market moves indoors for the winter", "Volunteers plant 3,000 trees along the bypass"],
    "tr": ["Üç mahallede çöp toplama günü salıya alındı", "42 numaralı otobüs hattı imza kampanyasıyla kurtuldu",
           "Sahil parkına yeni kaykay alanı açıldı", "Meşelik ara seçiminde iki aday yarışıyor",
           "Üretici pazarı kışın kapalı alana taşınıyor", "Gönüllüler çevre yoluna 3 bin fidan dikti"],
    "de": ["Müllabfuhr in drei Ortsteilen künftig dienstags", "Buslinie 42 nach Unterschriftenaktion gerettet",
           "Neuer Skatepark an der Flussaue eröffnet", "Zwei Bewerber für Ortsvorsteherwahl in Eichfeld",
           "Bauernmarkt zieht für den Winter in die Halle", "Freiwillige pflanzen 3.000 Bäume an der Umgehung"],
    "fr": ["Le ramassage des ordures passe au mardi dans trois villages", "La ligne de bus 42 sauvée par une pétition",
           "Un nouveau skatepark ouvre au bord de la rivière", "Deux candidats pour la partielle de Chênefeuille",
           "Le marché des producteurs s'installe à la halle pour l'hiver", "Des bénévoles plantent 3 000 arbres le long de la rocade"],
    "es": ["La recogida de basura pasa a los martes en tres pedanías", "Una recogida de firmas salva la línea de autobús 42",
           "Abre un nuevo skatepark junto al río", "Dos candidatos se disputan la alcaldía pedánea de Robledal",
           "El mercado de productores se traslada a la lonja en invierno", "Voluntarios plantan 3.000 árboles junto a la circunvalación"],
    "ru": ["В трёх сёлах мусор будут вывозить по вторникам", "Автобусный маршрут № 42 сохранили после петиции",
           "У реки открылся новый скейт-парк", "На довыборах в Дубраве борются два кандидата",
           "Фермерский рынок на зиму переезжает под крышу", "Волонтёры высадили 3 000 деревьев вдоль объездной"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["es"]
TEASERS = {
    "es": ["El cambio empieza en marzo y afecta a unas 900 viviendas.",
           "Más de 2.000 vecinos firmaron para mantener el servicio.",
           "La pista tiene rampas para principiantes y una zona de bancos.",
           "La votación será el último domingo del mes.",
           "Los puestos abrirán los sábados de nueve a dos.",
           "La mayoría son encinas, quejigos y almendros."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Hot off the press today", "Round the town and out to the villages", "Homes, plans and planning rows", "Kitchens, cafés and markets", "Curtain up and lights down", "Results from the weekend's games", "Postbag from readers"],
               cookie="Cookies help this website load, tell us roughly how many people read each story and let adverts pay some of our reporters' wages. Pick the ones you are comfortable with below.",
               accept="Yes to all of them", reject="I'd rather pick myself", share="Send this one to a friend",
               related="Elsewhere in today's paper", newsletter="Morning Brew-Up, in your inbox at 7",
               subscribe="Yes, sign me up for it", email="your.name@postbox.example",
               comment_note="Sign in to your reader account to join the conversation.",
               closed="The comment section under this article has been switched off.",
               footer=["Who makes the Brew-Up and the paper", "When we get it wrong", "Change cookie preferences here", "Take out an advert with us", "The terms readers agree to"],
               rights="Nothing on this website may be reproduced without the publisher's say-so.",
               commenters=[("lamplighter_67", "High time somebody wrote this up."),
                           ("Carys P", "When is the next public meeting about it, does anyone know?"),
                           ("old_quay_resident", "Good read, cheers.")]),
    "tr": dict(nav=["Bugün baskıdan çıkanlar", "Şehirden köylere kadar", "Evler, projeler ve imar tartışmaları", "Mutfaklar, kahveler ve pazarlar", "Perde açılıyor", "Hafta sonu maçlarının sonuçları", "Okurlardan gelen zarflar"],
               cookie="Çerezler bu sitenin yüklenmesine, her haberi kaç kişinin okuduğunu kabaca görmemize ve muhabirlerimizin maaşının bir kısmını reklamla ödememize yardım eder. Hangilerine razı olduğunuzu aşağıdan seçin.",
               accept="Hepsine evet", reject="Tek tek kendim işaretleyeceğim", share="Bu yazıyı başkasına gönderin",
               related="Bugünkü gazetenin diğer sayfalarından", newsletter="Sabah Çayı, saat 7'de e-postanızda",
               subscribe="Beni listeye yazın lütfen", email="adiniz.soyadiniz@postakutusu.example",
               comment_note="Tartışmaya katılmak için okur hesabınızla oturum açın.",
               closed="Bu yazının altındaki yorum bölümü kapatıldı.",
               footer=["Gazetenin arkasındaki insanlar", "Yanıldığımızda ne yapıyoruz", "Çerez tercihlerini buradan değiştirin", "Gazeteye ilan verin", "Okurların kabul ettiği koşullar"],
               rights="Bu sitedeki hiçbir şey yayıncının onayı olmadan çoğaltılamaz.",
               commenters=[("fenerci_dayi", "Birinin bunu yazmasının vakti gelmişti."),
                           ("Gülsüm A.", "Bu konudaki bir sonraki halk toplantısı ne zaman?")]),
    "de": dict(nav=["Frisch aus der Druckerei", "Durch die Stadt bis in die Dörfer", "Häuser, Pläne und Bauzank", "Küchen, Cafés und Märkte", "Vorhang auf", "Ergebnisse vom Spielwochenende", "Post aus der Leserschaft"],
               cookie="Cookies sorgen dafür, dass diese Seite lädt, zeigen uns ungefähr, wie viele Menschen einen Text lesen, und lassen Werbung einen Teil der Gehälter unserer Redaktion bezahlen. Wählen Sie unten aus, womit Sie leben können.",
               accept="Ja zu allen", reject="Lieber selbst aussuchen", share="Diesen Beitrag weiterleiten",
               related="Sonst noch in der heutigen Ausgabe", newsletter="Morgenkaffee, um 7 Uhr im Postfach",
               subscribe="Bitte auf die Liste setzen", email="vorname.nachname@briefkasten.example",
               comment_note="Melden Sie sich mit Ihrem Leserkonto an, um mitzudiskutieren.",
               closed="Der Kommentarbereich unter diesem Beitrag wurde abgeschaltet.",
               footer=["Die Menschen hinter dem Blatt", "Wenn uns Fehler passieren", "Cookie-Einstellungen hier ändern", "Eine Anzeige bei uns schalten", "Die Bedingungen für unsere Leser"],
               rights="Nichts auf dieser Website darf ohne Zustimmung des Verlags vervielfältigt werden.",
               commenters=[("Laternenanzünder", "Höchste Zeit, dass das mal jemand aufschreibt."),
                           ("Brigitte K.", "Wann ist denn die nächste Bürgerversammlung dazu?")]),
    "fr": dict(nav=["Tout juste sorti des rotatives", "De la ville jusqu'aux villages", "Maisons, projets et querelles d'urbanisme", "Cuisines, cafés et marchés", "Lever de rideau", "Les résultats du week-end sportif", "Le sac postal des lecteurs"],
               cookie="Les cookies permettent à ce site de se charger, nous disent à peu près combien de personnes lisent chaque article et laissent la publicité payer une partie des salaires de la rédaction. Choisissez ci-dessous ceux qui vous conviennent.",
               accept="Oui à tous", reject="Je préfère choisir moi-même", share="Transférer cet article",
               related="Ailleurs dans le journal du jour", newsletter="Le Café du matin, dans votre boîte à 7 h",
               subscribe="Ajoutez-moi à la liste", email="prenom.nom@boiteauxlettres.example",
               comment_note="Connectez-vous à votre compte lecteur pour participer à la discussion.",
               closed="L'espace de commentaires sous cet article a été désactivé.",
               footer=["Celles et ceux qui font le journal", "Quand nous nous trompons", "Modifier ici vos préférences de cookies", "Passer une publicité chez nous", "Les conditions acceptées par nos lecteurs"],
               rights="Rien sur ce site ne peut être reproduit sans l'accord de l'éditeur.",
               commenters=[("allumeur_de_reverberes", "Il était grand temps que quelqu'un l'écrive."),
                           ("Monique D.", "La prochaine réunion publique sur le sujet, c'est quand ?")]),
    "es": dict(nav=["Recién salido de la rotativa", "De la ciudad hasta las pedanías", "Casas, proyectos y líos urbanísticos", "Cocinas, cafés y mercados", "Se levanta el telón", "Resultados del fin de semana deportivo", "Cartas que nos mandáis"],
               cookie="Las cookies hacen que esta web cargue, nos dicen más o menos cuántas personas leen cada noticia y permiten que la publicidad pague parte de los sueldos de la redacción. Elige abajo las que te parezcan bien.",
               accept="Sí a todas", reject="Prefiero elegirlas yo", share="Reenvía este artículo",
               related="En otras páginas del periódico de hoy", newsletter="El Café, en tu correo a las 7",
               subscribe="Apúntame a la lista", email="nombre.apellido@buzondecorreo.example",
               comment_note="Entra con tu cuenta de lector para participar en la conversación.",
               closed="La sección de comentarios de este artículo se ha desactivado.",
               footer=["Las personas que hacen el periódico", "Cuando nos equivocamos", "Cambia aquí tus preferencias de cookies", "Pon un anuncio con nosotros", "Las condiciones que aceptan los lectores"],
               rights="Nada de esta web puede reproducirse sin el visto bueno del editor.",
               commenters=[("farolero_del_barrio", "Ya tocaba que alguien lo escribiera."),
                           ("Encarna G.", "¿Cuándo es la próxima reunión vecinal sobre esto?")]),
    "ru": dict(nav=["Только что из типографии", "От города до самых дальних сёл", "Дома, проекты и споры о застройке", "Кухни, кафе и рынки", "Занавес поднимается", "Итоги спортивных выходных", "Мешок писем от читателей"],
               cookie="Cookie помогают сайту загружаться, показывают нам, сколько примерно человек читает каждый материал, и позволяют рекламе оплачивать часть зарплат редакции. Отметьте ниже те, с которыми вы согласны.",
               accept="Да, все сразу", reject="Лучше выберу сам", share="Переслать эту статью",
               related="Что ещё в сегодняшнем номере", newsletter="«Утренний чай» — в почте в 7 утра",
               subscribe="Внесите меня в список", email="imya.familiya@pochtovyi-yashchik.example",
               comment_note="Войдите в читательский аккаунт, чтобы участвовать в обсуждении.",
               closed="Раздел комментариев под этой статьёй отключён.",
               footer=["Кто стоит за газетой и рассылкой", "Когда мы ошибаемся", "Изменить настройки cookie здесь", "Дать объявление в газету", "Условия, с которыми соглашаются читатели"],
               rights="Ничего с этого сайта нельзя воспроизводить без согласия издателя.",
               commenters=[("fonarshchik_67", "Давно пора было кому-то об этом написать."),
                           ("Людмила_Серг", "А когда следующее собрание жителей по этому поводу?")]),
}
UI32 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"tr": "EKSPRES'TE BUNU DA OKUYUN:", "fr": "AUSSI DANS LA GAZETTE DES COTEAUX :"},  # the regional layout's inline links
    (mp2, "BIO"): {"tr": "{name}, {site} için konut, kira ve kent ekonomisi haberleri yazıyor; {section} sayfasını hazırlıyor. Haber önerileri: masa@example.org",
                   "fr": "{name} couvre la culture et les sorties pour {site} et tient la rubrique {section}. Une idée de sujet ? culture@example.org"},
    (mp4, "READMORE"): {"de": "DAZU IM TAGEBLATT:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp5, "SQS"): {"tr": dict(title="Perde arası", desc="Yeni oyunlar, prova günleri ve seçmeler, ayda bir e-postanızda.",
                              button="Beni listeye yaz", foot="E-postanızı yalnızca bu bülten için kullanıyoruz, istediğiniz an ayrılabilirsiniz.",
                              prev="← Bir önceki duyuru", next="Bir sonraki duyuru →", cookie_ok="Anladım")},
    (mp6, "QT"): {"en": dict(also="Worth your time too")},
    (mp6, "BITRIX"): {"en": dict(source="Via", author="Reported for the service by", back="Return to the news list",
                                 agency="Ashby Valley News Service", share="Pass on this news item",
                                 news="All news items")},
    (mp11, "HUGO"): {"de": dict(nl_title="Post aus Hollingstedt", nl_text="Einmal im Monat: Neues aus dem Kirchspiel, vom Dorfgemeinschaftshaus bis zur Feuerwehr.",
                                nl_label="Ihre E-Mail-Adresse bitte", nl_button="Ja, Post schicken")},
    (mp13, "PUB_NAV"): {"es": ["Todas las cartas de la Vega", "Fotos y memoria de Fuentelaguna", "Campo y huerta", "Quién hace la Carta"]},
    (mp13, "TEASERS"): {"es": TEASERS["es"]},
    (mp19, "UCOZ"): {"tr": dict(domain="ucoz.net", slogan="Yeşilyurt Köyü Derneği: köyümüzden haberler ve duyurular",
                                menu=["Yeşilyurt ana sayfa", "Dernekten haberler", "Keşkek şenliği", "Köyümüzün fotoğrafları",
                                      "Üyelik ve aidat", "Derneğe mektup yazın"],
                                cats=["Yeşilyurt'tan haberler", "Şenlik", "Aidat ve duyurular"],
                                friends=["Yeşilyurt İlkokulu Mezunları", "Yeşilyurt Muhtarlığı", "Ova Üreticileri Kooperatifi"],
                                footer="Yeşilyurt Köyü Derneği © 2026 · sitemiz üyelerimizin gönüllü emeğiyle güncellenir",
                                poster="dernek_yesilyurt", tags=["keşkek", "şenlik"],
                                commenters=[("Yeşilyurtlu_Ayşe", "Ellerinize sağlık, seneye inşallah yine geliriz."),
                                            ("Hüseyin_gurbetten", "Uzaktan izledik, çok özledik köyümüzü.")],
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
# the new layout: an article page on WordPress with Brainstorm Force's Astra theme (v4.8, header/footer builder)
# --------------------------------------------------------------------------
# Astra's and WordPress's interface strings as they print them in English and in the French translation (not
# checked: they recur on any Astra site in that language)
ASTRA_CORE = {
    "en": dict(html_lang="en-GB", og_locale="en_GB", skip="Skip to content", search_for="Search for:", search_ph="Search...",
               search="Search", search_icon="Search icon link", menu_toggle="Main Menu", by="By", view_all="View all posts by {a}",
               prev="Previous Post", next="Next Post", related="Related Posts", reply="Leave a Comment",
               cancel="Cancel Reply", email_notes="Your email address will not be published.",
               required="Required fields are marked", type_here="Type here..", name="Name*", email="Email*",
               website="Website", cookies_consent="Save my name, email, and website in this browser for the next time I comment.",
               submit="Post Comment &raquo;", top="Scroll to Top", share_on="Share on ", powered="Powered by",
               nav_label="Site Navigation: ", months=["January", "February", "March", "April", "May", "June", "July",
                                                      "August", "September", "October", "November", "December"],
               date_fmt="{M} {d}, {y}"),
    "fr": dict(html_lang="fr-FR", og_locale="fr_FR", skip="Aller au contenu", search_for="Rechercher :", search_ph="Rechercher…",
               search="Rechercher", search_icon="Lien de l'icône de recherche", menu_toggle="Menu principal", by="Par",
               view_all="Voir toutes les publications de {a}", prev="Article précédent", next="Article suivant",
               related="Articles similaires", reply="Laisser un commentaire", cancel="Annuler la réponse",
               email_notes="Votre adresse e-mail ne sera pas publiée.", required="Les champs obligatoires sont indiqués avec",
               type_here="Écrivez ici..", name="Nom*", email="E-mail*", website="Site web",
               cookies_consent="Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.",
               submit="Laisser un commentaire &raquo;", top="Défiler vers le haut", share_on="Partager sur ",
               powered="Propulsé par", nav_label="Navigation du site : ",
               months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                       "novembre", "décembre"], date_fmt="{d} {M} {y}"),
}
ASTRA_VERSION, WP_VERSION, YOAST_VERSION, SSS_VERSION = "4.8.10", "6.7.2", "24.6", "3.3.1"
# the sites' own strings: host, tagline, menus (titles and category slugs), the secondary menu, widget titles, footer
# texts, the heading the owner typed for the share buttons
ASTRA = {
    "Kelbrook Gazette": dict(
        domain="kelbrookgazette.example", tagline="News from Kelbrook, Sowerby and the Calder villages",
        menu=["Kelbrook news", "Food & Drink", "Kelbrook schools", "Sport on the Calder", "Gazette diary", "Letters to the Gazette"],
        slugs=["kelbrook-news", "food-drink", "schools", "sport", "whats-on", "letters"],
        top_menu=["Advertise in the Gazette", "Send us your pictures", "Ring or email the Gazette"],
        recent="Just published in the Gazette", about_title="The Gazette",
        about="Kelbrook's independent weekly, run by three journalists and a lot of volunteer deliverers since 2015.",
        share_title="Spread the word:",
        footer_menu=["Privacy at the Gazette", "Our complaints policy", "Find the Gazette office"]),
    "L'Écho du Val d'Orne": dict(
        domain="echoduvaldorne.example", tagline="L'actualité de Saint-Pierre-sur-Orne et des communes du Val",
        menu=["Val d'Orne", "Gastronomie", "Agriculture au Val", "Vie associative du Val", "Sports au Val", "Agenda du Val"],
        slugs=["val-dorne", "gastronomie", "agriculture", "associations", "sports", "agenda"],
        top_menu=["Déposer une petite annonce dans l'Écho", "Devenir correspondant", "Écrire à l'Écho"],
        recent="Les derniers articles de l'Écho", about_title="Qui sommes-nous ?",
        about="L'Écho du Val d'Orne est un journal associatif en ligne, animé par une équipe de bénévoles et deux journalistes.",
        share_title="Partagez cet article avec vos proches :",
        footer_menu=["Mentions légales de l'Écho", "Vos données et l'Écho", "Contacter l'Écho"]),
}
ASTRA_EXEMPT = {"domain", "slugs"}


def astra_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    c = ASTRA_CORE[lang]
    return c["date_fmt"].replace("{M}", c["months"][m - 1]).replace("{d}", str(d)).replace("{y}", str(y))


def astra_block(kind, val):
    """One block of the post content as the block editor saves it (WordPress 6.7)."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return '<h2 class="wp-block-heading">%s</h2>' % E(val)
    if kind == "q":
        return ('<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">\n<p>%s</p>\n</blockquote>'
                % mp.inline_html(val))
    return '<%s class="wp-block-list">\n%s\n</%s>' % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def astra_share(c, s, url, title):
    """Scriptless Social Sharing's buttons, which the plugin appends to the post content."""
    t = A(title).replace(" ", "%20")
    nets = [("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=%s" % url),
            ("twitter", "X", "https://twitter.com/intent/tweet?text=%s&#038;url=%s" % (t, url)),
            ("whatsapp", "WhatsApp", "https://api.whatsapp.com/send?text=%s%%20%s" % (t, url)),
            ("email", "Email", "mailto:?body=%s&#038;subject=%s" % (url, t))]
    links = "".join('<a class="button %s" target="_blank" href="%s" rel="noopener noreferrer nofollow"><svg viewbox="0 0 512 512" '
                    'class="scriptless__icon" role="img" aria-hidden="true"><use href="#sss-%s"></use></svg>'
                    '<span class="sss-name"><span class="screen-reader-text">%s</span>%s</span></a>' % (
                        k, h, k, E(c["share_on"]), lab) for k, lab, h in nets)
    return ('<div class="scriptless-social-sharing"><h3>%s</h3><div class="sss-button-wrapper">%s</div></div>'
            % (E(s["share_title"]), links))


def tpl_astra(art, ui, site, placed, rng):
    # an article page of a local news site on WordPress / Astra 4 (see the module docstring)
    lang, n, blocks = art["lang"], len(art["blocks"]), art["blocks"]
    c, s = ASTRA_CORE[lang], ASTRA[site]
    host = "https://" + s["domain"]
    y, m, d = (int(x) for x in art["date"].split("-"))
    post_id = rng.randint(1200, 26000)
    cat_i = s["menu"].index(art["section"])
    cat, cat_slug = s["menu"][cat_i], s["slugs"][cat_i]
    post_slug = mp13.medium_slug(art["title"], 70).lower()
    url = "%s/%d/%02d/%02d/%s/" % (host, y, m, d, post_slug)
    img = mp13.medium_slug(art["caption"], 40).lower()
    up = "%s/wp-content/uploads/%d/%02d/%s" % (host, y, m, img)
    hh, mi = rng.randint(6, 19), rng.randint(0, 59)
    tz = "+00:00" if lang == "en" else "+01:00"
    iso = "%sT%02d:%02d:%02d%s" % (art["date"], hh, mi, rng.randint(0, 59), tz)
    iso_mod = "%sT%02d:%02d:%02d%s" % (art["date"], min(hh + rng.randint(1, 4), 23), rng.randint(0, 59), rng.randint(0, 59), tz)
    shown = astra_date(lang, art["date"])
    author_slug = mp13.medium_slug(art["byline"], 40).lower()
    text = mp.truth_text(art["truth_blocks"])
    words = len(text.split())
    closed = "comments" in art.get("avoid", [])
    # the content: the editor's residue where the editor put it, an image block with its caption after the second
    # paragraph (where a slot allows), Scriptless Social Sharing's buttons at the end
    slots = [i for i in safe_slots(art, 2) if i not in art.get("no_slot", set())]
    img_at = slots[0] if slots else None
    out = []
    for i in range(n + 1):
        out.extend(placed.get(i, []))
        if i == img_at:
            out.append('<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="%s-1024x683.jpg" alt="" '
                       'class="wp-image-%d" srcset="%s-1024x683.jpg 1024w, %s-300x200.jpg 300w, %s-768x512.jpg 768w" sizes="(max-width: 1024px) 100vw, 1024px" />'
                       '<figcaption class="wp-element-caption">%s %s</figcaption></figure>' % (
                           up, post_id - rng.randint(1, 9), up, up, up, E(art["caption"]), E(art["credit"])))
        if i < n:
            out.append(astra_block(*blocks[i]))
    out.append(astra_share(c, s, url, art["title"]))
    content = "\n\n".join(out)
    heads = rng.sample(HEADLINES[lang], 6)
    prev_t, next_t = heads[0], heads[1]

    def hurl(t):
        return "%s/%d/%02d/%02d/%s/" % (host, y, max(1, m - 1), rng.randint(1, 28), mp13.medium_slug(t, 60).lower())

    urls = {t: hurl(t) for t in heads}
    menu = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category%s menu-item-%d">'
                   '<a href="%s/category/%s/" class="menu-link">%s</a></li>' % (
                       k + 40, " current-post-ancestor current-menu-parent current-post-parent" if k == cat_i else "", k + 40,
                       host, sl, E(x)) for k, (x, sl) in enumerate(zip(s["menu"], s["slugs"])))
    top_menu = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-%d">'
                       '<a href="%s/%s/" class="menu-link">%s</a></li>' % (k + 80, k + 80, host, mp13.medium_slug(x, 30).lower(), E(x))
                       for k, x in enumerate(s["top_menu"]))
    foot_menu = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-%d">'
                        '<a href="%s/%s/" class="menu-link">%s</a></li>' % (k + 90, k + 90, host, mp13.medium_slug(x, 30).lower(), E(x))
                        for k, x in enumerate(s["footer_menu"]))
    related = "".join(('\n<article class="ast-related-post post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{cs}">\n'
                       '<div class="ast-related-posts-inner-section"><div class="ast-related-post-content">\n'
                       '<div class="ast-related-post-featured-section post-has-thumb"><div class="post-thumb-img-content post-thumb">'
                       '<a aria-label="{ta}" href="{u}"><img width="1024" height="683" src="{th}" class="attachment-large size-large wp-post-image" alt="" decoding="async" loading="lazy" /></a></div></div>\n'
                       '<header class="entry-header related-entry-header"><h3 class="ast-related-post-title entry-title">'
                       '<a href="{u}" target="_self" rel="bookmark noopener noreferrer">{t}</a></h3>'
                       '<div class="entry-meta ast-related-cat-style--none ast-related-tag-style--none"><span class="ast-taxonomy-container cat-links default">'
                       '<a href="{host}/category/{cs}/" rel="category tag">{cat}</a></span></div></header>\n'
                       '<div class="entry-content clear"></div>\n</div></div>\n</article>').format(
        pid=post_id - 40 - k, cs=s["slugs"][0], ta=A(t), u=urls[t], host=host, cat=E(s["menu"][0]),
        th="%s/wp-content/uploads/%d/%02d/%s-1024x683.jpg" % (host, y, max(1, m - 1), mp13.medium_slug(t, 30).lower()),
        t=E(t)) for k, t in enumerate(heads[2:5]))
    latest = "".join('<li><a class="wp-block-latest-posts__post-title" href="%s">%s</a></li>' % (urls[t], E(t)) for t in heads[:5])
    yoast = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url},
         "author": {"name": art["byline"], "@id": "%s/#/schema/person/%032x" % (host, rng.randint(16**31, 16**32 - 1))},
         "headline": art["title"], "datePublished": iso, "dateModified": iso_mod, "mainEntityOfPage": {"@id": url},
         "wordCount": words, "publisher": {"@id": host + "/#organization"}, "image": {"@id": url + "#primaryimage"},
         "thumbnailUrl": up + ".jpg", "articleSection": [cat], "inLanguage": c["html_lang"]},
        {"@type": "WebPage", "@id": url, "url": url, "name": "%s - %s" % (art["title"], site), "isPartOf": {"@id": host + "/#website"},
         "datePublished": iso, "dateModified": iso_mod, "description": art["sub"], "inLanguage": c["html_lang"]},
        {"@type": "ImageObject", "inLanguage": c["html_lang"], "@id": url + "#primaryimage", "url": up + ".jpg",
         "contentUrl": up + ".jpg", "width": 1600, "height": 1067},
        {"@type": "WebSite", "@id": host + "/#website", "url": host + "/", "name": site, "description": s["tagline"],
         "inLanguage": c["html_lang"]},
        {"@type": "Organization", "@id": host + "/#organization", "name": site, "url": host + "/"}]},
        ensure_ascii=False, separators=(",", ":"))
    if closed:
        comments = ""
    else:
        comments = f'''
<div id="comments" class="comments-area comment-form-position-below ">
		<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{E(c["reply"])} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">{E(c["cancel"])}</a></small></h3><form action="{host}/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">{E(c["email_notes"])}</span> <span class="required-field-message">{E(c["required"])} <span class="required">*</span></span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class ="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">{E(c["type_here"])}</label><textarea id="comment" name="comment" placeholder="{A(c["type_here"])}" cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div><div class="ast-comment-formwrap ast-row">
			<p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">
				<label for="author" class="screen-reader-text">{E(c["name"])}</label><input id="author" name="author" type="text" value="" placeholder="{A(c["name"])}" size="30" aria-required='true' autocomplete="name" /></p>
<p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">
				<label for="email" class="screen-reader-text">{E(c["email"])}</label><input id="email" name="email" type="text" value="" placeholder="{A(c["email"])}" size="30" aria-required='true' autocomplete="email" /></p>
<p class="comment-form-url ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="url"><label for="url" class="screen-reader-text">{E(c["website"])}</label><input id="url" name="url" type="text" value="" placeholder="{A(c["website"])}" size="30" autocomplete="url" /></label></p>
		</div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">{E(c["cookies_consent"])}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{c["submit"]}" /> <input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
	</div><!-- #comments -->'''
    weekday = datetime.date(y, m, d).strftime("%A") if lang == "en" else ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][datetime.date(y, m, d).weekday()]
    search_form = (f'<div class="ast-search-menu-icon slide-search" ><form role="search" method="get" class="search-form" action="{host}/">\n'
                   f'\t<label for="search-field">\n\t\t<span class="screen-reader-text">{E(c["search_for"])}</span>\n'
                   f'\t\t<input type="search" id="search-field" class="search-field"   placeholder="{A(c["search_ph"])}" value="" name="s" tabindex="-1">\n'
                   f'\t</label>\n\t\t\t</form><div class="ast-search-icon"><a class="slide-search astra-search-icon" role="button" tabindex="0" aria-label="{A(c["search_icon"])}" href="#">'
                   f'<span class="screen-reader-text">{E(c["search"])}</span><span class="ast-icon icon-search"></span></a></div></div>')
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v{YOAST_VERSION} - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{E(art["title"])} - {E(site)}</title>
	<meta name="description" content="{A(art["sub"])}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="{c["og_locale"]}" />
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
	<script type="application/ld+json" class="yoast-schema-graph">{yoast}</script>
	<!-- / Yoast SEO plugin. -->

<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; Flux" href="{host}/feed/" />
<link rel='stylesheet' id='astra-theme-css-css' href='{host}/wp-content/themes/astra/assets/css/minified/main.min.css?ver={ASTRA_VERSION}' media='all' />
<style id='astra-theme-css-inline-css'>
:root{{--ast-container-default-xlg-padding:3em;--ast-container-default-lg-padding:3em;--ast-global-color-0:#0170B9;--ast-global-color-1:#3a3a3a;--ast-global-color-2:#3a3a3a;--ast-global-color-3:#4B4F58;--ast-global-color-4:#F5F5F5;--ast-global-color-5:#FFFFFF;--ast-global-color-6:#E5E5E5;}}.ast-separate-container .ast-article-single{{padding:3em 3.34em;}}.site-title{{font-size:35px;}}
</style>
<link rel='stylesheet' id='wp-block-library-css' href='{host}/wp-includes/css/dist/block-library/style.min.css?ver={WP_VERSION}' media='all' />
<link rel='stylesheet' id='scriptlesssocialsharing-css' href='{host}/wp-content/plugins/scriptless-social-sharing/includes/css/scriptlesssocialsharing-style.css?ver={SSS_VERSION}' media='all' />
<!--[if IE]>
<script src="{host}/wp-content/themes/astra/assets/js/minified/flexibility.min.js?ver={ASTRA_VERSION}" id="astra-flexibility-js"></script>
<![endif]-->
<link rel="https://api.w.org/" href="{host}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{host}/wp-json/wp/v2/posts/{post_id}" />
<meta name="generator" content="WordPress {WP_VERSION}" />
<link rel='shortlink' href='{host}/?p={post_id}' />
<link rel="icon" href="{host}/wp-content/uploads/2024/05/cropped-favicon-32x32.png" sizes="32x32" />
</head>

<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-{post_id} single-format-standard wp-custom-logo wp-embed-responsive ast-desktop ast-separate-container ast-right-sidebar astra-{ASTRA_VERSION} ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header ast-normal-title-enabled">

<a
	class="skip-link screen-reader-text"
	href="#content"
	title="{A(c["skip"])}">
		{E(c["skip"])}</a>

<div
class="hfeed site" id="page">
			<header
		class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"		>
			<div id="ast-desktop-header" data-toggle-type="dropdown">
		<div class="ast-above-header-wrap  ">
		<div class="ast-above-header-bar ast-above-header  site-header-focus-item" data-section="section-above-header-builder">
						<div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-above-header-builder">
				<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
											<div class="site-header-above-section-left site-header-section ast-flex site-header-section-left">
									<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1" data-section="section-hb-html-1">
			<div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element"><p>{weekday} {shown}</p></div></div>
		</div>
								</div>
																									<div class="site-header-above-section-right site-header-section ast-flex ast-grid-right-section">
										<div class="ast-builder-menu-2 ast-builder-menu ast-flex ast-builder-menu-2-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-2">
			<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="secondary_menu-site-navigation-desktop" aria-label="{A(c["nav_label"])}Secondary" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-2" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex  submenu-with-border stack-on-mobile">{top_menu}</ul></div></nav></div></div>		</div>
									</div>
												</div>
					</div>
							</div>
		</div>
		<div class="ast-main-header-wrap main-header-bar-wrap ">
		<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
						<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder">
				<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
											<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
									<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
							<div
				class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"				>
					<span class="site-logo-img"><a href="{host}/" class="custom-logo-link" rel="home"><img width="180" height="60" src="{host}/wp-content/uploads/2024/05/logo.png" class="custom-logo" alt="{A(site)}" decoding="async" /></a></span><div class="ast-site-title-wrap">
						<span class="site-title" itemprop="name">
				<a href="{host}/" rel="home" itemprop="url" >
					{E(site)}
				</a>
			</span>
						<p class="site-description" itemprop="description">
				{E(s["tagline"])}
			</p>
				</div>				</div>
			<!-- .site-branding -->
					</div>
								</div>
																									<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
										<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1">
			<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="{A(c["nav_label"])}Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex  submenu-with-border stack-on-mobile">{menu}</ul></div></nav></div></div>		</div>
							<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-search" data-section="section-header-search">
			{search_form}
		</div>
									</div>
												</div>
					</div>
							</div>
			</div>
</div> <!-- Main Header Bar Wrap -->
<div id="ast-mobile-header" class="ast-mobile-header-wrap " data-type="dropdown">
		<div class="ast-main-header-wrap main-header-bar-wrap" >
		<div class="ast-primary-header-bar ast-primary-header main-header-bar site-primary-header-wrap site-header-focus-item ast-builder-grid-row-layout-default ast-builder-grid-row-tablet-layout-default ast-builder-grid-row-mobile-layout-default" data-section="section-primary-header-builder">
									<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
													<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
										<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
					<div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="{host}/" class="custom-logo-link" rel="home"><img width="180" height="60" src="{host}/wp-content/uploads/2024/05/logo.png" class="custom-logo" alt="{A(site)}" decoding="async" /></a></span></div>
					</div>
									</div>
																									<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
										<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="section-header-mobile-trigger">
						<div class="ast-button-wrap">
				<button type="button" class="menu-toggle main-header-menu-toggle ast-mobile-menu-trigger-minimal"   aria-expanded="false">
					<span class="screen-reader-text">{E(c["menu_toggle"])}</span>
					<span class="mobile-menu-toggle-icon">
						<span aria-hidden="true" class="ahfb-svg-iconset ast-inline-flex svg-baseline"><svg class='ast-mobile-svg ast-menu-svg' fill='currentColor' version='1.1' xmlns='http://www.w3.org/2000/svg' width='24' height='24' viewBox='0 0 24 24'><path d='M3 13h18c0.552 0 1-0.448 1-1s-0.448-1-1-1h-18c-0.552 0-1 0.448-1 1s0.448 1 1 1zM3 7h18c0.552 0 1-0.448 1-1s-0.448-1-1-1h-18c-0.552 0-1 0.448-1 1s0.448 1 1 1zM3 19h18c0.552 0 1-0.448 1-1s-0.448-1-1-1h-18c-0.552 0-1 0.448-1 1s0.448 1 1 1z'></path></svg></span>
					</span>
									</button>
			</div>
					</div>
									</div>
											</div>
						</div>
	</div>
		<div class="ast-mobile-header-content content-align-flex-start ">
				</div>
</div>
		</header><!-- #masthead -->
			<div id="content" class="site-content">
		<div class="ast-container">
		

	<div id="primary" class="content-area primary">

		
					<main id="main" class="site-main">
				

<article
class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail hentry category-{cat_slug} ast-article-single" id="post-{post_id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">

	
	
<div class="ast-post-format- single-layout-1 ast-no-date-box">

	
	
		<header class="entry-header ">

			
			<div class="post-thumb-img-content post-thumb"><img width="1024" height="683" src="{up}-1024x683.jpg" class="attachment-large size-large wp-post-image" alt="" itemprop="image" decoding="async" fetchpriority="high" srcset="{up}-1024x683.jpg 1024w, {up}-300x200.jpg 300w, {up}-768x512.jpg 768w, {up}.jpg 1600w" sizes="(max-width: 1024px) 100vw, 1024px" /></div><h1 class="entry-title" itemprop="headline">{E(art["title"])}</h1><div class="entry-meta">{E(c["by"])} <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">			<a title="{A(c["view_all"].replace("{a}", art["byline"]))}"
				href="{host}/author/{author_slug}/" rel="author"
				class="url fn n" itemprop="url"				>
				<span
				class="author-name" itemprop="name"				>
				{E(art["byline"])}			</span>
			</a>
		</span>

		 / <span class="posted-on"><span class="published" itemprop="datePublished"> {shown} </span></span> / <span class="ast-terms-link"><a href="{host}/category/{cat_slug}/" class="">{E(cat)}</a></span></div>
		</header><!-- .entry-header -->

		
		<div class="entry-content clear"
		data-ast-blocks-layout="true" itemprop="text"		>

			
			
{content}

			
			
		</div><!-- .entry-content .clear -->
	</div>

	
</article><!-- #post-## -->

	<nav class="navigation post-navigation" aria-label="Posts">
		<div class="nav-links"><div class="nav-previous"><a title="{A(prev_t)}" href="{urls[prev_t]}" rel="prev"><span class="ast-left-arrow" aria-hidden="true">&larr;</span> {E(c["prev"])}</a></div><div class="nav-next"><a title="{A(next_t)}" href="{urls[next_t]}" rel="next">{E(c["next"])} <span class="ast-right-arrow" aria-hidden="true">&rarr;</span></a></div></div>
	</nav>
	<div class="ast-single-related-posts-container ast-container--fluid">
		<div class="ast-related-posts-title-section">
			<h2 class="ast-related-posts-title">{E(c["related"])}</h2>
		</div>
		<div class="ast-related-posts-wrapper">{related}
		</div>
	</div>
{comments}
			</main><!-- #main -->
			
		
	</div><!-- #primary -->


	<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">
	<div class="sidebar-main" >
		<aside id="block-3" class="widget widget_block">
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><h2 class="wp-block-heading">{E(s["recent"])}</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">{latest}</ul></div>
</aside><aside id="block-4" class="widget widget_block">
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><h2 class="wp-block-heading">{E(s["about_title"])}</h2>
<p>{E(s["about"])}</p></div>
</aside>
	</div><!-- .sidebar-main -->
</div><!-- #secondary -->


	</div> <!-- ast-container -->
	</div><!-- #content -->
<footer
class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
			<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-2-equal ast-builder-grid-row-tablet-2-equal ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder">
	<div class="ast-builder-grid-row-container-inner">
					<div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row">
											<div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
						<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder">
				<div class="ast-footer-copyright"><p>Copyright &copy; {y} {E(site)} | {E(c["powered"])} <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p>
</div>			</div>
					</div>
										<div class="site-footer-below-section-2 site-footer-section site-footer-section-2">
						<div class="footer-widget-area widget-area site-footer-focus-item" data-section="section-footer-menu">
				<div class="footer-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility footer-navigation" id="footer-site-navigation" aria-label="{A(c["nav_label"])}Footer" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="footer-nav-wrap"><ul id="astra-footer-menu" class="ast-nav-menu ast-flex astra-footer-horizontal-menu astra-footer-tablet-vertical-menu astra-footer-mobile-vertical-menu">{foot_menu}</ul></div></nav></div>			</div>
							</div>
									</div>
			</div>

</div>
	</footer><!-- #colophon -->
	
	</div><!-- #page -->
<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both">
		<span class="ast-icon icon-arrow"><svg class="ast-arrow-svg" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" x="0px" y="0px" width="26px" height="16.043px" viewBox="57 35.171 26 16.043" enable-background="new 57 35.171 26 16.043" xml:space="preserve"><path d="M57.5,38.193l12.5,12.5l12.5-12.5l-2.5-2.5l-10,10l-10-10L57.5,38.193z"></path></svg></span>		<span class="screen-reader-text">{E(c["top"])}</span>
	</div>
<script id="astra-theme-js-js-extra">
var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"1","is_header_footer_builder_active":"1","responsive_cart_click":"flyout","is_dark_palette":""}};
</script>
<script src="{host}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver={ASTRA_VERSION}" id="astra-theme-js-js"></script>
</body>
</html>
'''


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"astra": ["caption", "share"]}  # the image block's caption, Scriptless Social Sharing's buttons
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp5, ["squarespace"]), (mp6, ["quintype", "bitrix"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "ai", "gift", "skip", "print", "moderation",
            "feedback", "standards", "topics", "bookmark", "textsize", "poll", "embed", "gallery",
            "map", "calendar", "recipe", "tickets", "property"]
NEW_FAMILIES = ["recipe", "tickets", "property"]
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery"]
# families a village, association or community website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "ai", "gift", "skip", "feedback", "standards", "topics", "bookmark", "poll",
                      "newsletter", "moderation", "textsize"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "gift", "skip", "textsize", "bookmark", "audio"}
# a town hall's or council's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "gift", "skip", "tip", "typo", "comments", "moderation", "poll", "bio",
                      "newsletter", "credit", "standards", "section", "embed", "feedback"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · ") and tables
STYLES = {
    "cookie": ['<div class="consent-wall-embed"><p class="consent-wall-embed__text">%s</p><button class="consent-wall-embed__allow" type="button">Allow</button></div>',
               '<p class="embed-consent-line">%s</p>', '<p><em>%s</em></p>'],
    "newsletter": ['<div class="inbox-signup-promo"><p class="inbox-signup-promo__pitch">%s</p><a class="inbox-signup-promo__cta" href="/email">&#8594;</a></div>',
                   '<p class="metered-wall-line">%s</p>', '<h4 class="inbox-signup-title">%s</h4>', '<p><b><a href="/contribute">%s</a></b></p>'],
    "share": ['<ul class="social-forward-row">{items}</ul>', '<div class="send-to-friend-line">%s</div>', '<p><a href="#send">%s</a></p>'],
    "photo": ['<p class="lent-picture-note">%s</p>', '<span class="pic-courtesy-span">%s</span>', '<p><em><small>%s</small></em></p>'],
    "copyright": ['<p class="publisher-rights-line">%s</p>', '<div class="rights-reserved-box"><small>%s</small></div>', '<p><small><em>%s</em></small></p>'],
    "section": ['<p class="beat-flag-line">%s</p>', '<h5 class="section-kicker-hd">%s</h5>', '<p><strong>%s</strong></p>'],
    "symbol": ['<p class="section-divider-glyphs">%s</p>', '<div class="trio-ornament">%s</div>', '<p align="center">%s</p>'],
    "credit": ['<p class="reporting-contribs">%s</p>', '<div class="also-reported-by">%s</div>', '<p><em><small>%s</small></em></p>'],
    "title": ['<p class="title-reprise"><b>%s</b></p>', '<h2 class="story-hed-repeat">%s</h2>', '<h4>%s</h4>'],
    "ad": ['<div class="promo-unit-label">%s</div>', '<p class="advert-divider">%s</p>', '<p><small>%s</small></p>'],
    "continue": ['<p class="read-rest-cta"><a href="#rest">%s</a></p>', '<div class="show-remaining-btn">%s</div>', '<p><a href="#rest">%s</a></p>'],
    "comments": ['<p class="thread-hop-link"><a href="#discussion">%s</a></p>', '<div class="discussion-count-pill">%s</div>', '<p><a href="#discussion">%s</a></p>'],
    "readtime": ['<p class="reading-span-note">%s</p>', '<span class="time-to-read-badge">%s</span>', '<p><em>%s</em></p>'],
    "updated": ['<p class="edit-history-stamp"><time>%s</time></p>', '<div class="edit-history-row">%s</div>', '<p><small>%s</small></p>'],
    "audio": ['<div class="narrated-strip"><button class="narrated-strip__play" aria-label="Play"></button><span class="narrated-strip__text">%s</span></div>',
              '<p class="narrated-copy-link"><a href="#audio">%s</a></p>', '<p><a href="#audio">%s</a></p>'],
    "correction": ['<aside class="put-right-note"><p>%s</p></aside>', '<p class="put-right-line"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "app": ['<div class="get-the-app-bar"><p class="get-the-app-bar__txt">%s</p><a class="get-the-app-bar__btn" href="/apps">&#8681;</a></div>',
            '<p class="get-the-app-line">%s</p>', '<p><b>%s</b></p>'],
    "bio": ['<div class="byline-profile-box"><p class="byline-profile-box__text">%s</p></div>', '<p class="byline-profile-line"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "tip": ['<div class="share-your-news-box"><p class="share-your-news-box__text">%s</p></div>', '<p class="share-your-news-line">%s</p>', '<p><i>%s</i></p>'],
    "typo": ['<div class="report-error-hint"><p>%s</p></div>', '<p class="report-error-line">%s</p>', '<p><small><i>%s</i></small></p>'],
    "push": ['<div class="alerts-optin-card"><p class="alerts-optin-card__q">%s</p></div>', '<p class="breaking-ping-line">%s</p>',
             '<p><b>%s</b></p>'],
    "ai": ['<div class="automation-note-box"><p>%s</p></div>', '<p class="automation-note-line"><small>%s</small></p>', '<p><i>%s</i></p>'],
    "gift": ['<div class="gift-link-panel"><a class="gift-link-panel__btn" href="#gift-link">%s</a></div>',
             '<p class="free-pass-link-line"><a href="#gift-link">%s</a></p>', '<p><a href="#gift-link">%s</a></p>'],
    "skip": ['<p class="beyond-promo-link"><a href="#below-ad">%s</a></p>', '<div class="past-advert-row"><a href="#below-ad">%s</a></div>',
             '<p><a href="#below-ad">%s</a></p>'],
    "print": ['<ul class="story-toolbelt">{items}</ul>', '<p class="paper-copy-link"><a href="?print=1">%s</a></p>',
              '<p><a href="?print=1">%s</a></p>'],
    "moderation": ['<div class="comment-policy-box"><p>%s</p></div>', '<p class="talkback-rules-line">%s</p>', '<p><small>%s</small></p>'],
    "feedback": ['<div class="rate-article-widget"><p class="rate-article-widget__q">%s</p></div>', '<p class="rate-article-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="ethics-code-note"><p>%s</p></div>', '<p class="ethics-code-line"><small>%s</small></p>', '<p><i>%s</i></p>'],
    "topics": ['<div class="filed-under-bar"><span class="filed-under-bar__terms">%s</span></div>', '<p class="story-labels-line">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="keep-for-later-btn"><a class="keep-for-later-btn__link" href="#later">%s</a></div>',
                 '<p class="stash-story-line"><a href="#later">%s</a></p>', '<p><a href="#later">%s</a></p>'],
    "textsize": ['<div class="font-scale-control"><span class="font-scale-control__label">%s</span></div>', '<p class="font-scale-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "poll": ['<div class="quick-vote-box"><p class="quick-vote-box__q">%s</p><button class="quick-vote-box__go" type="button">&#10004;</button></div>',
             '<h5 class="straw-poll-hd">%s</h5>', '<p><small>%s</small></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/C{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-lite-facade"><a class="yt-lite-facade__link" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}">%s</a></p>'],
    "gallery": ['<div class="lightbox-gallery-open"><a class="lightbox-gallery-open__btn" href="#lightbox">%s</a></div>',
                '<p class="lightbox-gallery-count">%s</p>', '<p><strong>%s</strong></p>'],
    "map": ['<div class="gmaps-embed-box"><iframe src="https://www.google.com/maps/embed?pb=!1m14!1m12!1m3!1d{k}" width="600" height="380" style="border:0" loading="lazy"></iframe><p class="gmaps-embed-box__links">%s</p></div>',
            '<figure class="site-location-map"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    "calendar": ['<ul class="add-to-calendar-links">{items}</ul>', '<p class="ics-download-link"><a href="/events/{k}.ics">%s</a></p>',
                 '<div class="diary-keep-row"><span class="diary-keep-row__label">%s</span></div>'],
    # the three families new in this part ({homes} / {homerows}: the property widget's listings; {dates} /
    # {daterows}: the ticket widget's next dates; {stars}: a star rating)
    "recipe": ['<div class="wprm-recipe-snippet"><a href="#wprm-recipe-container" class="wprm-recipe-jump wprm-recipe-link">%s</a></div>',
               '<div class="recipe-meta-strip"><span class="recipe-meta-strip__item">%s</span></div>',
               '<p class="recipe-rating-line"><small>%s</small></p>',
               '<p><a href="#recipe"><b>%s</b></a></p>'],
    "tickets": ['<div class="box-office-widget"><p class="box-office-widget__hd">%s</p><ul class="box-office-widget__dates">{dates}</ul><a class="box-office-widget__buy" href="https://tickets.example.org/e/{k}">&#8250;</a></div>',
                '<table class="performance-times"><tr><th>%s</th></tr>{daterows}</table>',
                '<p class="ticket-cta-line"><a href="https://tickets.example.org/e/{k}">%s</a></p>',
                '<h4 class="ticket-cta-hd">%s</h4>'],
    "property": ['<div class="homes-search-widget"><h4 class="homes-search-widget__hd">%s</h4><ul class="homes-search-widget__list">{homes}</ul></div>',
                 '<aside class="valuation-promo"><iframe src="https://homes.example.org/widget?area={k}" width="300" height="250" frameborder="0" title=""></iframe><p class="valuation-promo__cta"><a href="/property">%s</a></p></aside>',
                 '<table class="listings-table"><tr><th>%s</th></tr>{homerows}</table>',
                 '<p><a href="/property"><strong>%s</strong></a></p>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <em>(%s)</em>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/email"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#send">%s</a>']),
          "section": (0.5, ['<b>%s</b> | ']),
          "tickets": (0.3, ['<br><a href="https://tickets.example.org/"><strong>%s</strong></a>'])}
# class names that belong to a platform's embed code or a plugin, not to this part's wrappers (exempt from the "new"
# check): Instagram's embed, WP Recipe Maker's jump / print links
PLATFORM_CLASSES = {"instagram-media", "wprm-recipe-snippet", "wprm-recipe-jump", "wprm-recipe-link"}
CAPTION_STYLES = ['<figure class="midstory-picture"><img src="/media/{id}-body.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-inline.jpg" alt="" width="600"><br><em>{cap} – {cr}</em></p>']
RELATED_STYLES = ['<div class="next-reads-panel"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="thread-links-aside"><p class="thread-links-aside__hd">%s</p><ul>%s</ul></aside>',
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
    carry = list(art.get("carry", []))
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
        if fam == "toc":
            heads = [v for kind, v in blocks if kind == "h"]
            label = pick(rng, fam, lang, site, art)[1]
            style = rng.choice(STYLES["toc"])
            lis = "".join('<li><a href="#%s">%s</a></li>' % (slug(h), E(h)) for h in heads)
            put(0, style % ((A(label), E(label), lis) if style.count("%s") == 3 else (E(label), lis)))
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
               "easyread": rng.choice([0, 0, n]), "travel": rng.choice([0, mid, n]),
               "recipe": rng.choice([0, mid, n]), "tickets": rng.choice([mid, n]),
               "property": rng.choice([mid, n])}.get(fam, mid)
        # run into a story paragraph: the end of the paragraph before the position, or the start of the first
        # (a newsletter pitch only: a paywall or donation note is not typed into the text)
        if (fam in INLINE and rng.random() < INLINE[fam][0] and tpl not in ("medium", "ucoz")
                and (fam != "newsletter" or idx == 0)):
            markup = rng.choice(INLINE[fam][1])
            if markup.endswith(" | "):
                if pos == 0 and blocks[0][0] == "p" and 0 not in looked:
                    inline.append((0, "start", markup % E(text)))
                    continue
            else:
                at = n if pos == 0 else pos  # a line typed into the text goes at the end of a paragraph, not above it
                if blocks[at - 1][0] == "p" and not blocks[at - 1][1].endswith(":"):
                    inline.append((at - 1, "end", markup % E(text)))
                    continue
        if fam == "recipe":  # WP Recipe Maker's snippet holds the jump / print links; ratings and times go elsewhere
            styles = [x for x in STYLES[fam] if ("wprm" in x) == (idx == 0)] or STYLES[fam]
        elif fam == "share" and idx == 1:
            styles = [x for x in STYLES[fam] if "{items}" not in x]
        else:
            styles = STYLES[fam]
        if fam in NEW_FAMILIES:  # the new families' markups in turn over the part, so that each of them occurs
            style = styles[used[("style", fam)] % len(styles)]
            used[("style", fam)] += 1
        else:
            style = rng.choice(styles)
        if fam == "embed":  # the Instagram fallback in Instagram's embed code, the YouTube one in a video facade
            text = fill_text(R["embed"][lang][0 if "instagram" in style else 1], rng, site, art)
        lat, lon = 50 + rng.random() * 5, -4 + rng.random() * 6
        style = (style.replace("{h}", handle(site)).replace("{k}", rand_id())
                 .replace("{bbox}", "%%2C".join("%.4f" % x for x in (lon - .01, lat - .006, lon + .01, lat + .006)))
                 .replace("{homes}", "".join('<li><a href="/property/%d">%s</a></li>' % (rng.randint(1000, 99999), E(x))
                                             for x in PROPERTY_LISTINGS[lang]))
                 .replace("{homerows}", "".join('<tr><td><a href="/property/%d">%s</a></td></tr>' % (rng.randint(1000, 99999), E(x))
                                                for x in PROPERTY_LISTINGS[lang]))
                 .replace("{dates}", "".join('<li>%s</li>' % E(x) for x in TICKET_DATES[lang]))
                 .replace("{daterows}", "".join('<tr><td>%s</td></tr>' % E(x) for x in TICKET_DATES[lang])))
        if "{items}" in style:  # a label before the first item ("Share: a · b") is printed as an item of its own
            items = text.split(" · ")
            label = ""
            if ": " in items[0]:
                head, items[0] = items[0].split(": ", 1)
                label = "<li>%s:</li>" % E(head)
            snippet = style.replace("{items}", label + "".join('<li><a href="#">%s</a></li>' % E(x) for x in items))
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
DROPCAP = {"astra": ("class", "has-drop-cap"), "gutenberg": ("class", "has-drop-cap"),
           "wordpress": ("class", "has-drop-cap"), "magazine": ("class", "dropcap")}
BOX = {"astra": ("wrap", '<div class="wp-block-group has-ast-global-color-4-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "gutenberg": ("wrap", '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "drupal": ("class", "text-callout"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--tinted">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>"),
           "astra": ("wrap", '<div class="wp-block-group has-border-color has-ast-global-color-0-border-color has-ast-global-color-5-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained" style="border-width:2px;border-radius:6px">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">📌</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="ny pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>")}
HIGHLIGHT = {"astra": ('<mark style="background-color:#fcf0b4" class="has-inline-color">', "</mark>"),
             "quintype": ('<mark>', "</mark>")}


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
# templates: astra is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"astra": tpl_astra, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "squarespace": mp5.tpl_squarespace,
                 "quintype": mp6.tpl_quintype, "bitrix": mp6.tpl_bitrix, "hugo": mp11.tpl_hugo,
                 "medium": mp13.tpl_medium, "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h31), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "astra"


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["truth_blocks"], art["marks"] = blocks_and_marks(art["body"])
            art["blocks"], art["looks"] = prepare_blocks(art)
            art["looked"] = {j for _, _, j in art["looks"]}
            # no residue between a subheading set in a box and its text, nor inside a box
            art["no_slot"] = {j + 1 for s, _, j in art["looks"] if s in ("box", "factbox")}
            rng = random.Random("newsflow-heldout32-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI32[lang]
            if "comments" in art.get("avoid", []):  # comments closed under a court report
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 32) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


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
                       mp30.R, [v for v in mp30.SITE_STRINGS.values()], mp30.TAGDIV, mp30.TAGDIV_CORE, mp30.UI_NEW,
                       mp30.TEASERS,
                       mp31.R, [v for v in mp31.SITE_STRINGS.values()], mp31.JANNAH, mp31.UI_NEW, mp31.TEASERS,
                       mp31.JOB_LISTINGS,
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
    # layouts: astra (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in the language h30 or h31 gave it
    for mod in (mp30, mp31):
        langs_then = {a["tpl"]: a["lang"] for a in mod.ARTICLES}
        problems.extend("%s: %s in %s, as in %s" % (a["id"], a["tpl"], a["lang"], mod.__name__) for a in ARTICLES
                        if langs_then.get(a["tpl"]) == a["lang"])
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(PAGES_PER_LANG):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = ["h32-%s-%03d" % (x, k) for x in ("en", "tr", "de", "fr", "es", "ru") for k in range(1, PAGES_PER_LANG[x] + 1)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # the astra pages: a site of ASTRA, a section of the site's menu; sites of the other pages
    for a in ARTICLES:
        if a["tpl"] == "astra" and (a.get("site") not in ASTRA or a["lang"] not in ASTRA_CORE
                                    or a["section"] not in ASTRA[a["site"]]["menu"]):
            problems.append("%s: astra page needs an ASTRA site and a menu section" % a["id"])
        if a.get("kind") and a["kind"] not in NOT_ON_KIND:
            problems.append("%s: unknown kind %s" % (a["id"], a["kind"]))
    needs = collections.Counter(a["tpl"] not in ("astra",) and not a.get("site") and a["lang"] for a in ARTICLES)
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
    for name, obj in (("property listings", PROPERTY_LISTINGS), ("ticket dates", TICKET_DATES)):
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
    # ... and each is carried by at least four pages in at least three languages
    for f in NEW_FAMILIES:
        carriers = [a for a in ARTICLES if f in a.get("carry", [])]
        if len(carriers) < 4 or len({a["lang"] for a in carriers}) < 3:
            problems.append("new family %s carried by %d pages in %d languages (want 4 in 3)" % (
                f, len(carriers), len({a["lang"] for a in carriers})))
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    old = old_strings()
    story_mods = [__import__(name) for name in STORY_MODULES]
    for fam, by_lang in list(R.items()) + [("property listings", PROPERTY_LISTINGS), ("ticket dates", TICKET_DATES)]:
        for s in _strings(by_lang):
            problems.extend("h32 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = [v for (mod, name), v in SITE_STRINGS.items() if (mod, name) not in ((mp4, "R"), (mp, "RESIDUE"))]
    astra_sites = [{k: v for k, v in d.items() if k not in ASTRA_EXEMPT} for d in ASTRA.values()]
    # (ASTRA_CORE, Astra's and WordPress's interface strings, are left as the platform prints them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("ASTRA", astra_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)):
                continue
            problems.extend("h32 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    for art in ARTICLES:
        if art.get("correction"):
            problems.extend("%s: correction reuses %r" % (art["id"], x) for x in sorted(_sentences(art["correction"]) & old))
    # new wrapper class names
    old_classes = set()
    for mod in EARLIER_MODULES:
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES", "TIKTOK_STYLE"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend("h32 class name %r used by an earlier part" % x
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
    the pages only (truth.json does not hold the h32 entries yet) and says so."""
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
              "(truth.json not checked: h32 is not merged by make_pages.py yet)")
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
