#!/usr/bin/env python3
"""Twenty-ninth held-out part (h29-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout29.py           # write pages/h29-*.html
    python benchmarks/data/extraction/make_heldout29.py --check   # verify pages/h29-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout29.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results.  Stories are in articles_h29_en.py / articles_h29_intl.py; the
residue wordings (the forty-nine generic families of the earlier parts plus three new ones: condolence furniture
under obituaries and death notices – "sign the online book of condolence", "light a candle", links to the family
notices –, the cards of embedded fundraisers and petitions – "donate now", "sign the petition", "add your name" –
and weather widgets put into weather stories – "local weather: 9°C, strong winds …", "weather warnings in force
for this area"), their wrapper class names, related headlines, site names, the sites' own strings in the earlier
layouts and the first-round furniture strings (menus, cookie banner, newsletter box, footer, commenters) are new
here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..28, nor their labels,
furniture strings, headlines or site names; verify() refuses to build if one is reused, if a "new" family is
already in an earlier pool, family list or template family, if a story paragraph or headline of an earlier part
recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  Every name and number is
fictional.  The three new families are not drawn at random: a page carries them where a real site would (the
"carry" field of a story): condolence furniture on the obituaries of a lifeboat coxswain, a saz maker, a master
baker and a former mayor; fundraiser and petition cards on a community share offer for a pub, a school minibus
appeal, a petition for evening ferries, a petition against a swimming-pool closure and a village chapel's roof
appeal; weather widgets on a storm, a flash flood, a heatwave plan of a commune, a heatwave in a Spanish comarca
and a snowfall.  Ten earlier families that need a reason in the story (support-line notices, chart furniture,
funding notes, wire end lines, "translated from" notes, "developing story" notices, affiliate disclosures,
content warnings, series labels, map furniture) and the three new families of h28 ("jump to" boxes, event
furniture, article-age notices) are placed the same way; the other generic families are balanced over the part,
leaving out those a page's site would not print ("avoid", and the small-site / independent / public-body /
co-operative sets).
One page layout is new (grav: an article page of an English community-owned news site on Grav CMS 1.7 with a
child theme of the default Quark theme, as such sites serve it – the head with the GravCMS generator tag, the
plugin and theme asset links (markdown-notices, form, simplesearch, login, Spectre and theme.min.css from
css-compiled), canonical and Open Graph tags; body#top.header-fixed.header-animated.sticky-footer with
div#page-wrapper → section#header (navbar with the logo section and nav.dropmenu / ul.navigation, the active
section marked), the mobile-menu toggle, section#blog-hero (modular-hero with the lead image as a CSS background
from Grav's image cache), section#start → section#body-wrapper.blog-listing with the breadcrumbs plugin's
schema.org list, div.columns → div#item → div.content-item.h-entry with div.content-title (h1.p-name with its
u-url link, the p-summary standfirst, the p-author and the blog-date time, span.tags with the label-rounded tag
links), div.e-content holding the body as Parsedown prints Grav's Markdown – <p>, <h2>, line-broken <ul> / <ol>,
<blockquote> with an inner <p>, the editor's raw HTML blocks passed through, the editor's italic notes typed as
markdown-notices (!!! → div.notices.blue) –, and p.prev-next; div#sidebar with the simplesearch box, the
relatedpages list, the taxonomylist tags, the archives list, the site's own "about" block and the feed plugin's
Atom / RSS buttons; section#footer with Quark's "Grav was made with love by Trilby Media" line and the site's
own line; div.mobile-container with the overlay menu).  Quark's English interface strings (GRAV_CORE) are left
as the theme prints them and not checked; the site's own strings (GRAV: menu, about block, footer line) are.
The other 23 pages use 23 different layouts of earlier parts with their markup helpers – storybody, cms,
semantic, table, portal, amp, legacy-br, wordpress, ghost (make_pages.py), regional, magazine, nextjs
(make_heldout2.py), drupal, broadcaster (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py),
squarespace (make_heldout5.py), quintype, typo3, bitrix (make_heldout6.py), medium (make_heldout13.py) and ucoz
(make_heldout19.py), none of them in the language h27 or h28 gave it (which leaves six of them for English, so
this part has 7 English pages, 4 German, 4 Spanish and 3 each Turkish, French and Russian); while a page is
rendered, the earlier modules' related headlines (HEADLINES, make_pages.RELATED_HEADLINES), the strings that
belong to one site rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from
themselves (make_heldout4.R for the gutenberg consent placeholder and the fusion / chunks ad labels,
make_pages.RESIDUE for the table layout's banner label) are swapped for this part's own, and the templates get
this part's furniture strings (UI29) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout28.py, so that make_pages.py can import this module and merge it the same way.
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
from make_pages import E, A, UI  # noqa: E402
from articles_h29_en import ARTICLES as H29_EN  # noqa: E402
from articles_h29_intl import ARTICLES as H29_INTL  # noqa: E402

ARTICLES = H29_EN + H29_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28)
PAGES_PER_LANG = dict(en=7, tr=3, de=4, fr=3, es=4, ru=3)

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Hadleigh Cross Observer", "Saltmarsh Bay Beacon", "Brackwater Borough Bugle", "The Polmarrow Packet",
           "Daneford Data Desk", "Hartwell & Vale Gazette"],
    "tr": ["Karaçam Haber Merkezi", "Yalıkent Sahil Gazetesi", "Karaçam Kent Postası"],
    "de": ["Wallersheimer Tageblatt", "Raunataler Stadtanzeiger", "Wallersheimer Kreisbote"],
    "fr": ["L'Écho de Bréval et du canton", "Vernay Hebdo"],
    "es": ["Vilaseca al Día", "Crónica de la Ribera Alta", "Cuadernos del Jarama"],
    "ru": ["Заречье: день за днём", "Ведомости Заречного района"],
}
# sites fixed per page (an English community-owned paper on Grav, a village association on Squarespace, a commune
# on TYPO3, a chapel's friends on uCoz, a local television channel on the broadcaster layout) are given in the
# stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h28 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This video stays blocked until you accept YouTube's cookies. Update my choices",
               "Your privacy settings are stopping this embedded post from loading."],
        "tr": ["Bu video, YouTube çerezlerini kabul edene kadar engelli kalacak. Tercihlerimi güncelle",
               "Gizlilik ayarlarınız bu gömülü gönderinin yüklenmesini engelliyor."],
        "de": ["Dieses Video bleibt gesperrt, bis Sie die Cookies von YouTube akzeptieren. Auswahl aktualisieren",
               "Ihre Datenschutzeinstellungen verhindern, dass dieser eingebettete Beitrag lädt."],
        "fr": ["Cette vidéo reste bloquée tant que vous n'acceptez pas les cookies de YouTube. Mettre à jour mes choix",
               "Vos paramètres de confidentialité empêchent le chargement de cette publication intégrée."],
        "es": ["Este vídeo seguirá bloqueado hasta que aceptes las cookies de YouTube. Actualizar mis preferencias",
               "Tus ajustes de privacidad impiden que se cargue esta publicación insertada."],
        "ru": ["Видео останется заблокированным, пока вы не примете cookie YouTube. Обновить выбор",
               "Ваши настройки приватности не дают загрузиться встроенной публикации."],
    },
    "newsletter": {  # newsletter pitches, metered-paywall notes, donation appeals
        "en": ["Sign up for the Weekend Catch-up, our round-up of the week's local stories, in your inbox every Saturday at 8am.",
               "Two free stories remain on your meter for this month, or read without limits from £1 a week",
               "Chip in from £2 a month and help keep this page free for neighbours who cannot pay"],
        "tr": ["Haftanın yerel haberlerinin derlemesi Hafta Sonu Özeti her cumartesi saat 8'de e-posta kutunuzda olsun.",
               "Bu ayki sayacınızda iki ücretsiz haber kaldı, sınırsız erişim haftada 20 liradan",
               "Ayda 40 liradan başlayan katkınızla bu sayfayı ödeme gücü olmayan komşularınız için ücretsiz tutun"],
        "de": ["Der Wochenend-Rückblick mit den Lokalnachrichten der Woche landet jeden Samstag um 8 Uhr in Ihrem Postfach – jetzt anmelden.",
               "Auf Ihrem Zähler bleiben für diesen Monat zwei freie Artikel, unbegrenzt lesen ab 1 Euro pro Woche",
               "Mit 2 Euro im Monat halten Sie diese Seite frei für Nachbarn, die nicht zahlen können"],
        "fr": ["Le Récap du week-end, avec l'actu locale de la semaine, arrive dans votre boîte chaque samedi à 8 h : inscrivez-vous.",
               "Votre compteur affiche encore deux articles gratuits ce mois-ci, accès illimité dès 1 € par semaine",
               "Avec 2 € par mois, vous gardez cette page gratuite pour les voisins qui ne peuvent pas payer"],
        "es": ["El Resumen del finde, con las noticias locales de la semana, llega a tu correo cada sábado a las 8: apúntate.",
               "Tu contador marca dos noticias gratis más este mes, acceso ilimitado desde 1 euro a la semana",
               "Con 2 euros al mes mantienes esta página gratis para los vecinos que no pueden pagar"],
        "ru": ["«Итоги выходных» с местными новостями недели приходят на почту каждую субботу в 8:00 — подпишитесь.",
               "На вашем счётчике в этом месяце ещё два бесплатных материала, безлимит — от 49 рублей в неделю",
               "100 рублей в месяц — и эта страница останется бесплатной для соседей, которым платить нечем"],
    },
    "share": {
        "en": ["Post to Facebook · Send on WhatsApp · Email a friend", "Forward this to someone on your street"],
        "tr": ["Facebook'ta gönder · WhatsApp'tan yolla · Arkadaşına e-postala", "Bunu sokağınızdan birine iletin"],
        "de": ["Bei Facebook posten · Per WhatsApp schicken · Einem Freund mailen", "Leiten Sie das an jemanden aus Ihrer Straße weiter"],
        "fr": ["Publier sur Facebook · Envoyer par WhatsApp · Écrire à un ami", "Transférez-le à quelqu'un de votre rue"],
        "es": ["Publicar en Facebook · Mandar por WhatsApp · Enviar a un amigo", "Reenvíaselo a alguien de tu calle"],
        "ru": ["Отправить в WhatsApp · Опубликовать во ВКонтакте · Переслать другу", "Перешлите это кому-нибудь с вашей улицы"],
    },
    "photo": {
        "en": ["Picture handed to us by the organisers", "Photograph: sent in by a reader via our WhatsApp line"],
        "tr": ["Fotoğraf organizatörler tarafından sağlandı", "Fotoğraf: WhatsApp hattımıza bir okurumuzdan"],
        "de": ["Bild zur Verfügung gestellt von den Organisatoren", "Foto: eine Leserin, über unseren WhatsApp-Kanal"],
        "fr": ["Cliché fourni par les organisateurs", "Photo : une lectrice, via notre ligne WhatsApp"],
        "es": ["Imagen facilitada por la organización", "Fotografía: enviada por una lectora"],
        "ru": ["Фото предоставили организаторы", "Снимок читательницы, присланный в наш WhatsApp"],
    },
    "copyright": {
        "en": ["All rights reserved © {site} 2026. Reproduction in whole or in part is prohibited without permission."],
        "tr": ["Tüm hakları saklıdır © {site} 2026. İzinsiz olarak tamamen ya da kısmen çoğaltılamaz."],
        "de": ["Alle Rechte vorbehalten © {site} 2026. Vervielfältigung ganz oder teilweise nur mit Genehmigung."],
        "fr": ["Tous droits réservés © {site} 2026. Toute reproduction, même partielle, est interdite sans autorisation."],
        "es": ["Todos los derechos reservados © {site} 2026, y queda prohibido copiar esta noticia sin permiso por escrito."],
        "ru": ["Все права защищены © «{site}», 2026. Полное или частичное копирование без разрешения запрещено."],
    },
    "section": {  # ({section}: the story's section)
        "en": ["NOW READING | {section}", "{section} › Latest stories"],
        "tr": ["ŞU AN OKUDUĞUNUZ | {section}", "{section} › En yeni haberler"],
        "de": ["SIE LESEN GERADE | {section}", "{section} › Neueste Artikel"],
        "fr": ["VOUS LISEZ | {section}", "{section} › Derniers articles"],
        "es": ["ESTÁS LEYENDO | {section}", "{section} › Últimas noticias de la sección"],
        "ru": ["ВЫ ЧИТАЕТЕ | {section}", "{section} › Свежие материалы"],
    },
    "related": {
        "en": ["Keep on reading", "Also making news round here"],
        "tr": ["Buradan okumayı sürdürün", "Çevrede gündem olan diğer haberler"],
        "de": ["Lesen Sie weiter bei uns", "Ebenfalls Thema in der Gegend"],
        "fr": ["Poursuivez avec ces articles", "Également dans l'actu du coin"],
        "es": ["Sigue leyendo con nosotros", "También es noticia por aquí"],
        "ru": ["Продолжайте читать у нас", "Также в новостях округи"],
    },
    "symbol": {"*": ["⁑ ⁑", "— ⟡ —", "◦ ❧ ◦", "✦ · ✦ · ✦", "∾ ∾ ∾"]},
    "credit": {
        "en": ["Reporting team: the {site} newsroom", "With contributions from {site} staff"],
        "tr": ["Haber ekibi: {site} haber merkezi", "{site} çalışanlarının katkılarıyla"],
        "de": ["Recherche: Redaktion {site}", "Unter Mitarbeit der Redaktion von {site}"],
        "fr": ["Équipe de reportage : rédaction de {site}", "Avec les contributions de l'équipe de {site}"],
        "es": ["Equipo de información: redacción de {site}", "Con aportaciones del equipo de {site}"],
        "ru": ["Материал подготовили журналисты редакции «{site}»", "При участии сотрудников «{site}»"],
    },
    "ad": {
        "en": ["Advertisement · content continues below", "PROMOTED · scroll on for the story"],
        "tr": ["Reklam · içerik aşağıda sürüyor", "TANITIM · haber için kaydırın"],
        "de": ["Werbung · Inhalt geht unten weiter", "PROMOTION · zum Weiterlesen scrollen"],
        "fr": ["Annonce · la suite du contenu plus bas", "PROMOTION · faites défiler pour l'article"],
        "es": ["Anuncio · el contenido sigue debajo", "PROMOCIÓN · desliza para seguir con la noticia"],
        "ru": ["Объявление · материал продолжается ниже", "ПРОМО · листайте дальше, чтобы читать"],
    },
    "continue": {
        "en": ["Show the full article", "Expand to keep reading ▾"],
        "tr": ["Haberin devamını aç", "Okumaya devam etmek için genişletin ▾"],
        "de": ["Den vollständigen Artikel anzeigen", "Aufklappen und weiterlesen ▾"],
        "fr": ["Dérouler l'article complet", "Déplier pour continuer à lire ▾"],
        "es": ["Abrir la crónica entera aquí ▾", "Despliega para seguir leyendo ▾"],
        "ru": ["Открыть материал целиком", "Развернуть и читать дальше ▾"],
    },
    "comments": {
        "en": ["{n} readers have commented – add yours", "Comments ({n}) ›"],
        "tr": ["{n} okur yorum yaptı – siz de yazın", "Yorumlar ({n}) ›"],
        "de": ["{n} Leserinnen und Leser haben kommentiert – jetzt mitreden", "Kommentare ({n}) ›"],
        "fr": ["{n} lecteurs ont commenté – à votre tour", "Commentaires ({n}) ›"],
        "es": ["{n} lectores han comentado: añade el tuyo", "Comentarios ({n}) ›"],
        "ru": ["{n} читателей уже прокомментировали — добавьте своё мнение", "Комментарии ({n}) ›"],
    },
    "readtime": {
        "en": ["Reading time: roughly {m} minutes", "Roughly {m} minutes of your time, start to finish"],
        "tr": ["Okuma süresi: aşağı yukarı {m} dakika", "Bu haber için {m} dakikanızı ayırın"],
        "de": ["Lesezeit: rund {m} Minuten", "Eine Lektüre von {m} Minuten"],
        "fr": ["Temps de lecture : à peu près {m} minutes", "Comptez {m} minutes pour ce texte"],
        "es": ["Tiempo de lectura: unos {m} minutos aproximadamente", "Calcula unos {m} minutos para esta noticia"],
        "ru": ["Время чтения: примерно {m} минуты", "От начала до конца — примерно {m} минуты"],
    },
    "updated": {
        "en": ["Updated on {d} at {t} with new information", "Story published {d}; updated at {t}"],
        "tr": ["{d} günü saat {t}'de yeni bilgilerle güncellendi", "Haber {d} tarihinde yayımlandı; saat {t}'de güncellendi"],
        "de": ["Am {d} um {t} Uhr mit neuen Angaben aktualisiert", "Veröffentlicht am {d}; aktualisiert um {t} Uhr"],
        "fr": ["Actualisé le {d} à {t} avec de nouveaux éléments", "Mis en ligne le {d}, complété à {t}"],
        "es": ["Actualizada el {d} a las {t} con nueva información", "Publicada el {d}; actualizada a las {t}"],
        "ru": ["Дополнено {d} в {t}: добавлены новые сведения", "Опубликовано {d}, обновлено в {t}"],
    },
    "audio": {
        "en": ["Play the spoken version of this report ({m} min)", "▶ Audio article · {m} min"],
        "tr": ["Haberi seslendirilmiş haliyle dinleyin ({m} dk)", "▶ Sesli haber · {m} dk"],
        "de": ["Diesen Bericht als gesprochene Fassung abspielen ({m} Min.)", "▶ Audioartikel · {m} Min."],
        "fr": ["Faire lire cet article à voix haute ({m} min)", "▶ Article audio · {m} min"],
        "es": ["Reproduce la versión hablada de esta crónica ({m} min)", "▶ Noticia en audio · {m} min"],
        "ru": ["Включить озвученную версию материала ({m} мин)", "▶ Аудиоверсия · {m} мин"],
    },
    "correction": {
        "en": ["Correction: an earlier version of this article misspelled the surname of the parish clerk, which has now been corrected."],
        "tr": ["Düzeltme: Haberin önceki sürümünde muhtarlık katibinin adı yanlış yazılmıştı. Hata giderildi."],
        "de": ["Korrektur: In einer früheren Version dieses Artikels war der Nachname der Ortsvorsteherin falsch geschrieben, was wir inzwischen berichtigt haben."],
        "fr": ["Rectification : une version précédente de cet article écorchait le nom de la secrétaire de mairie, ce qui a été corrigé depuis."],
        "es": ["Corrección: una versión anterior de esta noticia escribía mal el apellido de la secretaria municipal, error que ya hemos subsanado."],
        "ru": ["Исправление: в предыдущей версии материала была ошибка в фамилии секретаря сельсовета, теперь она исправлена."],
    },
    "wireend": {
        "en": ["– More to follow –", "(Compiled by agency staff; edited by the duty desk)"],
        "tr": ["– Devamı gelecek –", "(Ajans çalışanlarınca derlendi; nöbetçi masa tarafından düzenlendi)"],
        "de": ["– Weitere Einzelheiten folgen –", "(Zusammengestellt von Agenturmitarbeitern; bearbeitet vom diensthabenden Desk)"],
        "fr": ["– À suivre –", "(Compilé par les journalistes de l'agence ; édité par le desk de permanence)"],
        "es": ["– Seguirá ampliación –", "(Elaborado por la agencia; editado por la mesa de guardia)"],
        "ru": ["— Сообщение будет дополнено —", "(Подготовлено сотрудниками агентства; выпускающий — дежурный редактор)"],
    },
    "app": {
        "en": ["Get {site} on your phone – download the free app", "Breaking stories first: our app for iOS and Android"],
        "tr": ["{site} telefonunuzda – ücretsiz uygulamayı indirin", "Son dakika haberleri önce orada: iOS ve Android uygulamamız"],
        "de": ["{site} aufs Handy – laden Sie die kostenlose App", "Eilmeldungen zuerst: unsere App für iOS und Android"],
        "fr": ["{site} sur votre téléphone – téléchargez l'appli gratuite", "Les infos chaudes en premier : notre appli iOS et Android"],
        "es": ["{site} en tu móvil: descarga la aplicación gratuita", "Las noticias de última hora, antes: nuestra app para iOS y Android"],
        "ru": ["«{site}» в вашем телефоне — скачайте бесплатное приложение", "Срочные новости первыми: наше приложение для iOS и Android"],
    },
    "bio": {
        "en": ["{by} is a reporter at {site}, covering the town and its villages.", "More stories by {by} ›"],
        "tr": ["{by}, {site} muhabiri; kenti ve köylerini izliyor.", "{by} imzalı diğer haberler ›"],
        "de": ["{by} ist Reporterin bei {site} und berichtet über die Stadt und ihre Dörfer.", "Weitere Texte von {by} ›"],
        "fr": ["{by} est journaliste à {site} et suit la ville et ses villages.", "D'autres articles signés {by} ›"],
        "es": ["{by} es periodista de {site} y cubre la ciudad y sus pueblos.", "Más noticias firmadas por {by} ›"],
        "ru": ["{by} — корреспондент «{site}», пишет о городе и окрестных сёлах.", "Другие материалы этого автора ›"],
    },
    "tip": {
        "en": ["Witnessed something in your neighbourhood? Text the newsdesk on 07700 900418", "Tell us what is happening where you live"],
        "tr": ["Mahallenizde bir olaya mı tanık oldunuz? Haber masasına mesaj atın: 0532 900 41 80", "Yaşadığınız yerde neler olduğunu bize anlatın"],
        "de": ["In Ihrem Viertel etwas mitbekommen? Simsen Sie dem Newsdesk: 0151 9004180", "Erzählen Sie uns, was bei Ihnen vor Ort passiert"],
        "fr": ["Témoin d'un fait dans votre quartier ? Envoyez un SMS à la rédaction au 06 90 04 18 27", "Dites-nous ce qui se passe près de chez vous"],
        "es": ["¿Has presenciado algo en tu barrio? Manda un mensaje a la redacción al 600 900 418", "Cuéntanos qué pasa donde vives"],
        "ru": ["Видели что-то важное? Напишите в редакцию: +7 900 041-80-27", "Расскажите, что происходит у вас во дворе"],
    },
    "typo": {
        "en": ["Found a slip in the text – select the words and press Ctrl+Enter to tell us"],
        "tr": ["Metinde bir yanlışlık bulursanız kelimeleri seçip Ctrl+Enter'a basarak bize bildirin"],
        "de": ["Wer einen Fehler im Text findet, markiert die Wörter und meldet sie mit Strg+Enter an die Redaktion"],
        "fr": ["Une faute ? Sélectionnez les mots et appuyez sur Ctrl+Entrée pour nous la signaler"],
        "es": ["Si ves un error en el texto, selecciona las palabras y pulsa Ctrl+Intro para decírnoslo"],
        "ru": ["Нашли неточность в тексте — выделите слова и нажмите Ctrl+Enter, чтобы сообщить редакции"],
    },
    "push": {
        "en": ["Turn on notifications from {site} for the day's biggest stories? Maybe later · Turn on"],
        "tr": ["Günün en önemli haberleri için {site} bildirimlerini açmak ister misiniz? Belki sonra · Aç"],
        "de": ["Benachrichtigungen von {site} zu den wichtigsten Meldungen des Tages einschalten? Vielleicht später · Einschalten"],
        "fr": ["Activer les notifications de {site} pour les grandes infos du jour ? Plus tard · Activer"],
        "es": ["¿Activar las notificaciones de {site} con lo más importante del día? Quizás luego · Activar"],
        "ru": ["Включить уведомления «{site}» о главных новостях дня? Может быть, позже · Включить"],
    },
    "ai": {
        "en": ["Parts of this article were drafted with an AI tool and then checked by our journalists."],
        "tr": ["Bu haberin bazı bölümleri bir yapay zekâ aracıyla taslak olarak yazıldı, ardından gazetecilerimizce kontrol edildi."],
        "de": ["Teile dieses Artikels wurden mit einem KI-Werkzeug entworfen und anschließend von unserer Redaktion überprüft."],
        "fr": ["Certaines parties de cet article ont été rédigées avec un outil d'IA, puis vérifiées par nos journalistes."],
        "es": ["Partes de esta noticia se redactaron con una herramienta de IA y después las revisaron nuestros periodistas."],
        "ru": ["Часть текста подготовлена с помощью нейросети, а затем проверена нашими журналистами."],
    },
    "affiliate": {
        "en": ["We may receive a commission when you shop via links on this page. Our journalism remains independent.",
               "All prices were correct at the time of writing."],
        "tr": ["Bu sayfadaki bağlantılarla alışveriş yaptığınızda komisyon alabiliriz. Haberciliğimiz bağımsız kalır.",
               "Tüm fiyatlar yazının hazırlandığı sırada geçerliydi."],
        "de": ["Wenn Sie über Links auf dieser Seite einkaufen, erhalten wir womöglich eine Provision. Unser Journalismus bleibt unabhängig.",
               "Alle Preise galten zum Zeitpunkt der Recherche."],
        "fr": ["Nous pouvons percevoir une commission si vous achetez via les liens de cette page. Notre journalisme reste indépendant.",
               "Tous les prix étaient exacts au moment de la rédaction."],
        "es": ["Podemos recibir una comisión si compras a través de los enlaces de esta página. Nuestro periodismo sigue siendo independiente.",
               "Todos los precios eran correctos en el momento de redactar la noticia."],
        "ru": ["Если вы что-то купите по ссылкам на этой странице, редакция может получить комиссию. Наша журналистика остаётся независимой.",
               "Все цены актуальны на момент подготовки материала."],
    },
    "gift": {
        "en": ["Gift this article – your friend can read it without subscribing"],
        "tr": ["Bu haberi hediye edin – arkadaşınız abone olmadan okuyabilir"],
        "de": ["Artikel verschenken – Ihre Freundin liest ihn ohne Abo"],
        "fr": ["Offrir cet article – votre proche pourra le lire sans abonnement"],
        "es": ["Regala esta noticia: tu amigo podrá leerla sin suscribirse"],
        "ru": ["Подарите этот материал — друг прочитает его без подписки"],
    },
    "skip": {
        "en": ["Skip over this advert", "Advert over – the story carries on"],
        "tr": ["Bu reklamı geç", "Reklam bitti – haber sürüyor"],
        "de": ["Über diese Anzeige springen", "Anzeige vorbei – der Artikel geht weiter"],
        "fr": ["Sauter cette annonce", "Annonce terminée – l'article continue"],
        "es": ["Pasar de largo este anuncio", "Fin del anuncio: la noticia sigue"],
        "ru": ["Пропустить это объявление", "Реклама закончилась — материал продолжается"],
    },
    "print": {
        "en": ["Print this story without pictures", "Print it · Email it · Keep it as a PDF"],
        "tr": ["Bu haberi fotoğrafsız yazdır", "Yazdırın · E-postalayın · PDF olarak saklayın"],
        "de": ["Diesen Artikel ohne Bilder drucken", "Ausdrucken · Mailen · Als PDF behalten"],
        "fr": ["Imprimer cet article sans les photos", "L'imprimer · L'envoyer · Le garder en PDF"],
        "es": ["Imprimir esta noticia sin fotos", "Imprímela · Envíala · Guárdala en PDF"],
        "ru": ["Распечатать материал без фотографий", "Распечатать · Отправить · Сохранить себе в PDF"],
    },
    "translated": {
        "en": ["This article first appeared in Welsh. English version by {site}."],
        "tr": ["Bu haberin aslı Zazaca yazıldı. Türkçeye çeviren: {site}."],
        "de": ["Dieser Beitrag erschien zuerst auf Plattdeutsch. Hochdeutsche Fassung: {site}."],
        "fr": ["Cet article est d'abord paru en occitan. Version française : {site}."],
        "es": ["Esta noticia apareció primero en gallego. Versión en castellano: {site}."],
        "ru": ["Материал впервые вышел на татарском языке. Русская версия — «{site}»."],
    },
    "moderation": {
        "en": ["Every comment is read by a moderator before it goes live, and personal attacks will be taken down."],
        "tr": ["Her yorum yayına girmeden önce bir moderatör tarafından okunur, kişisel saldırılar kaldırılır."],
        "de": ["Kommentare werden vor dem Erscheinen geprüft. Persönliche Angriffe löschen wir."],
        "fr": ["Chaque commentaire est lu par un modérateur avant sa mise en ligne, et les attaques personnelles seront supprimées."],
        "es": ["Los comentarios se revisan antes de aparecer. Se borrarán los ataques personales."],
        "ru": ["Комментарии появляются после проверки. Личные оскорбления будут удалены."],
    },
    "feedback": {
        "en": ["Did this story help you? 👍 Helpful · 👎 Not really"],
        "tr": ["Bu haber size yardımcı oldu mu? 👍 Faydalı · 👎 Pek değil"],
        "de": ["Hat Ihnen dieser Artikel geholfen? 👍 Hilfreich · 👎 Eher nicht"],
        "fr": ["Cet article vous a-t-il aidé ? 👍 Utile · 👎 Pas vraiment"],
        "es": ["¿Te ha ayudado esta noticia? 👍 Útil · 👎 No mucho"],
        "ru": ["Помог ли вам этот материал? 👍 Полезно · 👎 Не очень"],
    },
    "standards": {
        "en": ["To complain about this article under the Editors' Code, email complaints@example.org and quote the headline."],
        "tr": ["Bu haberle ilgili Basın Meslek İlkeleri kapsamındaki şikâyetlerinizi başlığı belirterek sikayet@example.org adresine yazın."],
        "de": ["Beschwerden nach dem Pressekodex zu diesem Artikel bitte mit Angabe der Überschrift an beschwerde@example.org."],
        "fr": ["{site} respecte la charte de déontologie des journalistes. Pour contester cet article : deontologie@example.org."],
        "es": ["Para reclamar sobre esta noticia conforme al código deontológico, escribe a reclamaciones@example.org indicando el titular."],
        "ru": ["Жалобы на этот материал по нормам профессиональной этики присылайте на zhaloby@example.org, указав заголовок."],
    },
    "topics": {  # ({section}: the story's section)
        "en": ["Topics: {section}, community, {site}", "See every story on {section}"],
        "tr": ["Konular: {section}, toplum, {site}", "{section} ile ilgili tüm haberleri görün"],
        "de": ["Themen: {section}, Gemeinschaft, {site}", "Alle Artikel zu {section} ansehen"],
        "fr": ["Thèmes : {section}, vie locale, {site}", "Voir tous les articles sur {section}"],
        "es": ["Temas: {section}, comunidad, {site}", "Ver todas las noticias sobre {section}"],
        "ru": ["Темы: {section}, общество, «{site}»", "Все материалы по теме «{section}»"],
    },
    "bookmark": {
        "en": ["Add this article to your reading pile"],
        "tr": ["Bu haberi sonraya sakla"],
        "de": ["Diesen Artikel für später speichern"],
        "fr": ["Enregistrer cet article pour plus tard"],
        "es": ["Guardar esta noticia para leerla después"],
        "ru": ["Отложить материал на потом"],
    },
    "textsize": {
        "en": ["Text size: A  A+  A++", "Make the text bigger or smaller"],
        "tr": ["Metin boyutu: A  A+  A++", "Metni büyütün ya da küçültün"],
        "de": ["Textgröße: A  A+  A++", "Text vergrößern oder verkleinern"],
        "fr": ["Taille du texte : A  A+  A++", "Agrandir ou réduire le texte"],
        "es": ["Tamaño del texto: A  A+  A++", "Agranda o reduce el texto"],
        "ru": ["Размер текста: A  A+  A++", "Увеличить или уменьшить текст"],
    },
    "developing": {
        "en": ["UPDATE: this story is developing. Refresh the page for the newest information."],
        "tr": ["GÜNCELLEME: Bu haber gelişiyor. En yeni bilgiler için sayfayı yenileyin."],
        "de": ["UPDATE: Die Lage entwickelt sich. Laden Sie die Seite neu, um die neuesten Informationen zu sehen."],
        "fr": ["MISE À JOUR : la situation évolue. Actualisez la page pour les dernières informations."],
        "es": ["ACTUALIZACIÓN: la noticia está en desarrollo. Recarga la página para ver la información más reciente."],
        "ru": ["ОБНОВЛЯЕТСЯ: ситуация развивается. Обновите страницу, чтобы увидеть свежие данные."],
    },
    "poll": {
        "en": ["Quick poll: what do you think?", "You have voted. Here is what other readers said"],
        "tr": ["Hızlı anket: siz ne düşünüyorsunuz?", "Oyunuz alındı. Diğer okurların yanıtları burada"],
        "de": ["Schnelle Umfrage: Was meinen Sie?", "Sie haben abgestimmt. So haben andere Leser geantwortet"],
        "fr": ["Sondage express : qu'en pensez-vous ?", "Vous avez voté. Voici ce qu'ont répondu les autres lecteurs"],
        "es": ["Encuesta rápida: ¿qué opinas?", "Ya has votado. Esto es lo que han respondido otros lectores"],
        "ru": ["Быстрый опрос: а что думаете вы?", "Вы проголосовали. Вот что ответили другие читатели"],
    },
    "embed": {  # the fallback text of social-media embeds ({handle}: the site's account)
        "en": ["See this post by {handle} on Instagram", "Play on YouTube · {handle}"],
        "tr": ["{handle} hesabının bu gönderisini Instagram'da görün", "YouTube'da oynat · {handle}"],
        "de": ["Diesen Beitrag von {handle} auf Instagram ansehen", "Bei YouTube abspielen · {handle}"],
        "fr": ["Voir cette publication de {handle} sur Instagram", "Lire sur YouTube · {handle}"],
        "es": ["Mira esta publicación de {handle} en Instagram", "Reproducir en YouTube · {handle}"],
        "ru": ["Посмотреть эту публикацию {handle} в Instagram", "Воспроизвести на YouTube · {handle}"],
    },
    "gallery": {  # photo-gallery launchers and counters ({g}: the number of pictures)
        "en": ["Browse all {g} photos", "Image 1 of {g} ›"],
        "tr": ["{g} fotoğrafın hepsine göz atın", "Görsel 1 / {g} ›"],
        "de": ["Alle {g} Fotos durchblättern", "Bild 1 von {g} ›"],
        "fr": ["Parcourir les {g} photos", "Image 1 sur {g} ›"],
        "es": ["Ver las {g} fotos", "Imagen 1 de {g} ›"],
        "ru": ["Смотреть все {g} фотографий", "Снимок 1 из {g} ›"],
    },
    "helpline": {  # support-service notices under stories on sensitive subjects (fictional services and numbers)
        "en": ["If this story has affected you, the Harbourline listening service is open day and night on 0808 157 4402."],
        "tr": ["Bu haber sizi etkilediyse Dinleyen Hat'a gece gündüz ücretsiz ulaşabilirsiniz: 0800 157 44 02."],
        "de": ["Wenn Sie dieser Bericht belastet, ist das Zuhörtelefon Hafenlicht rund um die Uhr erreichbar: 0800 1 57 44 02."],
        "fr": ["Si cet article vous a touché, la ligne d'écoute Phare est joignable jour et nuit au 0 805 15 74 40."],
        "es": ["Si esta noticia te ha afectado, la línea de escucha Faro atiende día y noche en el 900 157 440."],
        "ru": ["Если материал вас задел, линия поддержки «Маяк» работает круглосуточно: 8-800-000-15-74."],
    },
    "chart": {  # the furniture of embedded data charts: source / data lines, fallbacks, hints
        "en": ["Source: library service annual returns · Graphic: {site}", "Hover over or tap the bars to see the figures"],
        "tr": ["Kaynak: kütüphane hizmetinin yıllık raporları · Grafik: {site}", "Rakamları görmek için çubukların üzerine gelin ya da dokunun"],
        "de": ["Quelle: Jahresberichte der Büchereien · Grafik: {site}", "Fahren Sie über die Balken oder tippen Sie darauf, um die Zahlen zu sehen"],
        "fr": ["Source : rapports annuels des bibliothèques · Infographie : {site}", "Survolez ou touchez les barres pour afficher les chiffres"],
        "es": ["Fuente: memorias anuales de las bibliotecas · Gráfico: {site}", "Pasa el cursor o toca las barras para ver las cifras"],
        "ru": ["Источник: годовые отчёты библиотек · Инфографика: «{site}»", "Наведите курсор или нажмите на столбцы, чтобы увидеть цифры"],
    },
    "funding": {  # grant / funding disclosures
        "en": ["This reporting was supported by the Community News Fund, which had no editorial control."],
        "tr": ["Bu habercilik Topluluk Haberleri Fonu tarafından desteklendi; fonun içerik üzerinde denetimi yoktu."],
        "de": ["Diese Recherche wurde vom Fonds Nachrichten vor Ort gefördert, der keinen redaktionellen Einfluss hatte."],
        "fr": ["Ce reportage a été soutenu par le Fonds Info de proximité, sans aucun contrôle éditorial."],
        "es": ["Este reportaje contó con el apoyo del Fondo Noticias de Cercanía, que no tuvo control editorial."],
        "ru": ["Материал подготовлен при поддержке фонда «Новости рядом», который не влиял на редакционные решения."],
    },
    "warning": {  # content warnings put above stories on distressing subjects
        "en": ["Please note: this report includes a description of a serious assault."],
        "tr": ["Lütfen dikkat: Bu haber ciddi bir saldırının anlatımını içeriyor."],
        "de": ["Bitte beachten Sie: Dieser Bericht enthält die Schilderung eines schweren Übergriffs."],
        "fr": ["Attention : ce compte rendu contient la description d'une agression grave."],
        "es": ["Atención: esta crónica incluye la descripción de una agresión grave."],
        "ru": ["Обратите внимание: в материале есть описание тяжёлого нападения."],
    },
    "series": {  # series labels and part navigation of multi-part reporting
        "en": ["Working Lives – the fourth in our series on local jobs", "Read the other parts of this series ›"],
        "tr": ["Emek Hayatları – yerel meslekler dizimizin dördüncü bölümü", "Dizinin diğer bölümlerini okuyun ›"],
        "de": ["Arbeitsleben – Folge 4 unserer Serie über Berufe in der Region", "Die anderen Folgen dieser Serie lesen ›"],
        "fr": ["Vies de travail – quatrième volet de notre série sur les métiers d'ici", "Lire les autres volets de la série ›"],
        "es": ["Vidas de trabajo – cuarta entrega de nuestra serie sobre los oficios de aquí", "Lee las otras entregas de la serie ›"],
        "ru": ["«Люди дела» — четвёртая часть нашего цикла о местных профессиях", "Читать другие части цикла ›"],
    },
    "map": {  # the furniture of embedded maps: provider links, attribution, hints
        "en": ["View on OpenStreetMap", "Use two fingers to move the map · Data: OpenStreetMap contributors"],
        "tr": ["OpenStreetMap'te görüntüle", "Haritayı hareket ettirmek için iki parmak kullanın · Veri: OpenStreetMap katkıcıları"],
        "de": ["Auf OpenStreetMap ansehen", "Mit zwei Fingern die Karte bewegen · Daten: OpenStreetMap-Mitwirkende"],
        "fr": ["Voir sur OpenStreetMap", "Utilisez deux doigts pour déplacer la carte · Données : contributeurs OpenStreetMap"],
        "es": ["Ver en OpenStreetMap", "Usa dos dedos para mover el mapa · Datos: colaboradores de OpenStreetMap"],
        "ru": ["Посмотреть на OpenStreetMap", "Перемещайте карту двумя пальцами · Данные: участники OpenStreetMap"],
    },
    "toc": {  # "jump to" boxes: the label over a list of links to the story's own subheadings
        "en": ["On this page", "Skip to a section:"],
        "tr": ["Bu sayfada", "Bir bölüme geçin:"],
        "de": ["Auf dieser Seite", "Zu einem Abschnitt springen:"],
        "fr": ["Sur cette page", "Aller à une partie :"],
        "es": ["En esta página", "Saltar a un apartado:"],
        "ru": ["На этой странице", "Перейти к разделу:"],
    },
    "calendar": {  # event furniture: add-to-calendar rows, save-the-date and booking prompts
        "en": ["Put this in your calendar: Google · iCal · Outlook", "Remind me about this event ›"],
        "tr": ["Takviminize ekleyin: Google · iCal · Outlook", "Bu etkinliği bana hatırlat ›"],
        "de": ["In den Kalender eintragen: Google · iCal · Outlook", "An diesen Termin erinnern ›"],
        "fr": ["Ajouter à votre calendrier : Google · iCal · Outlook", "Me rappeler cet événement ›"],
        "es": ["Apúntalo en tu calendario: Google · iCal · Outlook", "Recordarme este evento ›"],
        "ru": ["Внести в календарь: Google · iCal · Outlook", "Напомнить об этом событии ›"],
    },
    "archive": {  # article-age notices over older stories
        "en": ["Archive story – first published in 2024", "Please note: this article dates from 2024 and some details may have changed."],
        "tr": ["Arşiv haberi – ilk yayın 2024", "Lütfen dikkat: Bu haber 2024 tarihlidir ve bazı bilgiler değişmiş olabilir."],
        "de": ["Archivartikel – zuerst veröffentlicht 2024", "Bitte beachten Sie: Dieser Artikel stammt aus dem Jahr 2024, manche Angaben können sich geändert haben."],
        "fr": ["Article d'archive – publié pour la première fois en 2024", "À noter : cet article date de 2024 et certaines informations ont pu changer."],
        "es": ["Noticia de archivo – publicada por primera vez en 2024", "Ten en cuenta que esta noticia es de 2024 y algunos datos pueden haber cambiado."],
        "ru": ["Архивный материал — впервые опубликован в 2024 году", "Обратите внимание: материал 2024 года, некоторые сведения могли измениться."],
    },
    # the three families new in this part
    "condolence": {  # obituary furniture: online condolence books, candles, links to the family notices
        "en": ["Leave a message in the online book of condolence", "Light a candle · Share a memory · Funeral notices"],
        "tr": ["Çevrim içi taziye defterine mesajınızı yazın", "Mum yakın · Bir anınızı paylaşın · Vefat ilanları"],
        "de": ["Tragen Sie sich in das digitale Kondolenzbuch ein", "Kerze anzünden · Erinnerung teilen · Traueranzeigen"],
        "fr": ["Laissez un message dans le registre de condoléances en ligne", "Allumer une bougie · Partager un souvenir · Avis d'obsèques"],
        "es": ["Deja tu mensaje en el libro de condolencias en línea", "Encender una vela · Compartir un recuerdo · Esquelas"],
        "ru": ["Оставьте слова соболезнования в онлайн-книге памяти", "Зажечь свечу · Поделиться воспоминанием · Некрологи"],
    },
    "fundraiser": {  # the cards of embedded crowdfunding pages and petitions
        "en": ["Support this fundraiser · Donate now · Share the page", "Sign the petition › Add your name to the list of supporters"],
        "tr": ["Bu bağış kampanyasına destek olun · Şimdi bağış yapın · Sayfayı paylaşın", "Kampanyayı imzalayın › Adınızı destekçiler listesine ekleyin"],
        "de": ["Diese Spendenaktion unterstützen · Jetzt spenden · Seite teilen", "Petition unterzeichnen › Tragen Sie sich in die Liste der Unterstützer ein"],
        "fr": ["Soutenir cette cagnotte · Faire un don · Partager la page", "Signer la pétition › Ajoutez votre nom à la liste des soutiens"],
        "es": ["Apoya esta recaudación · Dona ahora · Comparte la página", "Firma la petición › Añade tu nombre a la lista de apoyos"],
        "ru": ["Поддержать сбор · Пожертвовать · Поделиться страницей", "Подписать петицию › Добавьте своё имя в список поддержавших"],
    },
    "weather": {  # weather widgets put into weather stories
        "en": ["Local weather: 9°C, strong winds, heavy showers · See the 10-day forecast",
               "Weather warnings are in force for this area – check the latest forecast ›"],
        "tr": ["Yerel hava: 12°C, kuvvetli rüzgâr, sağanak · 10 günlük tahmini görün",
               "Bölgeniz için hava uyarıları yürürlükte – son tahmine bakın ›"],
        "de": ["Wetter vor Ort: 9 °C, starker Wind, kräftige Schauer · 10-Tage-Vorhersage ansehen",
               "Für diese Region gelten Unwetterwarnungen – aktuelle Vorhersage prüfen ›"],
        "fr": ["Météo locale : 38 °C, ciel dégagé, vent faible · Voir les prévisions à 10 jours",
               "Vigilance météo en cours pour ce secteur – consulter les dernières prévisions ›"],
        "es": ["El tiempo en tu zona: 43 °C, despejado, viento flojo · Ver la previsión a 10 días",
               "Avisos meteorológicos activos en esta zona – consulta la última previsión ›"],
        "ru": ["Погода сейчас: −6 °C, снег, ветер 9 м/с · Прогноз на 10 дней",
               "В регионе действует штормовое предупреждение — смотрите свежий прогноз ›"],
    },
}
HEADLINES = {
    "en": ["Bus station toilets to reopen after two-year closure", "Allotment holders win fight over water charges",
           "New crossing promised outside primary school", "Market hall roof repairs finished ahead of schedule",
           "Town twinning visit brings 40 guests from Brittany", "Volunteers clear tonnes of rubbish from the canal"],
    "tr": ["Otogar tuvaletleri iki yıl sonra yeniden açılıyor", "Hobi bahçesi kiracıları su ücretine itirazı kazandı",
           "İlkokulun önüne yaya geçidi sözü", "Kapalı çarşının çatı onarımı erken bitti",
           "Kardeş kentten 40 konuk geliyor", "Gönüllüler kanaldan tonlarca çöp çıkardı"],
    "de": ["Toiletten am Busbahnhof öffnen nach zwei Jahren wieder", "Kleingärtner setzen sich im Streit ums Wassergeld durch",
           "Neuer Zebrastreifen vor der Grundschule versprochen", "Dachsanierung der Markthalle früher fertig als geplant",
           "Partnerstadt schickt 40 Gäste aus der Bretagne", "Freiwillige holen tonnenweise Müll aus dem Kanal"],
    "fr": ["Les toilettes de la gare routière rouvrent après deux ans", "Les jardiniers familiaux obtiennent gain de cause sur l'eau",
           "Un passage piéton promis devant l'école primaire", "La toiture des halles réparée plus tôt que prévu",
           "Le jumelage amène 40 invités de Bavière", "Des bénévoles sortent des tonnes de déchets du canal"],
    "es": ["Los aseos de la estación de autobuses reabren tras dos años", "Los hortelanos ganan el pulso por la tarifa del agua",
           "Prometen un paso de peatones frente al colegio", "Terminan antes de tiempo las obras del tejado del mercado",
           "El hermanamiento trae a 40 visitantes de Bretaña", "Voluntarios sacan toneladas de basura del canal"],
    "ru": ["Туалеты на автовокзале откроют после двухлетнего перерыва", "Садоводы добились отмены платы за полив",
           "У начальной школы обещают сделать пешеходный переход", "Ремонт крыши крытого рынка закончили досрочно",
           "По программе городов-побратимов приедут 40 гостей", "Волонтёры вытащили из канала несколько тонн мусора"],
}
# subtitles of the linked stories (Medium's link previews and "More from" cards), in the order of HEADLINES["es"]
TEASERS = {
    "es": ["El Ayuntamiento ha contratado a una empresa para abrirlos de 7 a 22 horas.",
           "La comunidad de regantes devolverá lo cobrado de más.",
           "La obra se hará en verano, cuando no haya clases.",
           "Los puestos podrán volver a abrir los sábados por la tarde.",
           "La visita coincide con el trigésimo aniversario del hermanamiento.",
           "Entre los residuos había dos carros de supermercado y una bicicleta."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the
# article: this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Top of the news", "Parish by parish, village by village", "Court and inquest reports", "Who decided what at the council", "Match reports and tables",
                    "Worth a trip out", "Post bag", "Homes and gardens"],
               cookie="We and our partners use cookies to remember your preferences, measure how the site is used and show you relevant adverts. Choose which cookies you allow.",
               accept="Allow everything", reject="Let me pick", share="Send this on",
               related="More stories for you", newsletter="The Weekend Catch-up newsletter",
               subscribe="Put me on the Saturday list", email="name@mail.example",
               comment_note="Sign in or create a free account to comment.",
               footer=["The people behind this site", "Making a complaint", "Privacy and cookies", "Buying an advert", "Terms of use for readers"],
               rights="Content on this site is protected by copyright and may not be copied without consent.",
               commenters=[("harbourwall_hal", "Good to see this finally being reported."),
                           ("Mair Pengelly", "When is the next public meeting on this, anyone?"),
                           ("old_town_ann", "Nobody on our road was told about any of it.")]),
    "tr": dict(nav=["Manşetin altındakiler", "Köy köy, mahalle mahalle", "Adliye koridoru", "Meclis sıralarından notlar", "Spor ve fikstür", "Hafta sonu nereye", "Okurdan gelenler"],
               cookie="Biz ve iş ortaklarımız, tercihlerinizi hatırlamak, sitenin nasıl kullanıldığını ölçmek ve size uygun reklamlar göstermek için çerez kullanıyoruz. Hangi çerezlere izin vereceğinizi seçin.",
               accept="Hepsine izin ver", reject="Çerezleri seç", share="Haberi bir tanıdığa yollayın",
               related="Size özel diğer haberler", newsletter="Hafta Sonu Özeti bülteni",
               subscribe="Listeye beni de ekleyin", email="ad@posta.example",
               comment_note="Yorum yapmak için giriş yapın ya da ücretsiz hesap açın.",
               footer=["Künye ve ekibimiz", "Şikâyet yolu", "Gizlilik ve çerezler", "İlan vermek istiyorum", "Okur kullanım koşulları"],
               rights="Bu sitedeki içerik telif hakkıyla korunur, izin alınmadan kopyalanamaz.",
               commenters=[("iskele_emekli", "Sonunda biri bunu haber yaptı."),
                           ("Sevgül A.", "Bu konudaki bir sonraki halk toplantısı ne zaman acaba?")]),
    "de": dict(nav=["Das Wichtigste zuerst", "Von Dorf zu Dorf im Kreis", "Aus dem Gerichtssaal", "Aus dem Ratssaal", "Sport und Spielpläne", "Unterwegs am Wochenende", "Ihre Zuschriften"],
               cookie="Wir und unsere Partner verwenden Cookies, um Ihre Einstellungen zu speichern, die Nutzung der Website zu messen und Ihnen passende Werbung zu zeigen. Wählen Sie, welche Cookies Sie zulassen.",
               accept="Alle zulassen", reject="Einzeln festlegen, bitte", share="Diesen Artikel weiterschicken",
               related="Weitere Artikel für Sie", newsletter="Newsletter Wochenend-Rückblick",
               subscribe="Ja, schickt ihn mir", email="name@post.example",
               comment_note="Melden Sie sich an oder legen Sie ein kostenloses Konto an, um zu kommentieren.",
               footer=["Über unsere Redaktion", "So beschweren Sie sich", "Datenschutz und Cookies", "Eine Anzeige schalten", "Nutzungsregeln für Leser"],
               rights="Die Inhalte dieser Website sind urheberrechtlich geschützt und dürfen nicht ohne Zustimmung kopiert werden.",
               commenters=[("Marktplatz_Anwohnerin", "Gut, dass endlich darüber berichtet wird."),
                           ("Werner K.", "Wann ist denn die nächste öffentliche Sitzung dazu?")]),
    "fr": dict(nav=["Les six infos du matin", "D'un bout à l'autre du canton", "Audiences du tribunal", "Délibérations, vote par vote", "Sports et calendriers", "Sorties de la semaine", "Le courrier des lecteurs d'ici"],
               cookie="Nos partenaires et nous utilisons des cookies pour mémoriser vos préférences, mesurer l'utilisation du site et vous montrer des publicités adaptées. Choisissez les cookies que vous autorisez.",
               accept="Tout autoriser", reject="Choisir les cookies", share="Transmettre cet article",
               related="D'autres articles pour vous", newsletter="La lettre Récap du week-end",
               subscribe="Oui, envoyez-la-moi", email="nom@courriel.example",
               comment_note="Connectez-vous ou créez un compte gratuit pour commenter.",
               footer=["Les gens derrière ce site", "Adresser une réclamation", "Vie privée et cookies", "Acheter un espace publicitaire", "Conditions d'utilisation pour les lecteurs"],
               rights="Les contenus de ce site sont protégés par le droit d'auteur et ne peuvent être copiés sans accord.",
               commenters=[("quai_des_tanneurs", "Pas trop tôt qu'on en parle dans le journal."),
                           ("Ginette R.", "Quelqu'un sait-il quand a lieu la prochaine réunion ?")]),
    "es": dict(nav=["Lo esencial del día", "Pueblo a pueblo por la comarca", "Lo que se juzga en la Audiencia", "Lo que se votó en el pleno", "Deportes y calendario", "Planes de la semana en la comarca", "Vuestras cartas"],
               cookie="Nosotros y nuestros socios usamos cookies para recordar tus preferencias, medir cómo se usa el sitio y mostrarte anuncios adecuados. Elige qué cookies permites.",
               accept="Permitir todas", reject="Elegir cookies", share="Reenviar esta noticia",
               related="Otras noticias que te pueden gustar", newsletter="Boletín Resumen del finde",
               subscribe="Me apunto al boletín", email="nombre@correo.example",
               comment_note="Inicia sesión o crea una cuenta gratuita para comentar.",
               footer=["Quién hace este diario", "Presentar una reclamación", "Privacidad y cookies", "Solicitudes de publicidad", "Condiciones de uso para lectores"],
               rights="Los contenidos de este sitio están protegidos por derechos de autor y no pueden copiarse sin consentimiento.",
               commenters=[("vecina_de_la_plaza", "Por fin alguien cuenta esto."),
                           ("Paco Merino", "¿Cuándo es la próxima reunión abierta sobre esto?")]),
    "ru": dict(nav=["Самое важное за сутки", "Из сёл и посёлков района", "Судебная хроника района", "С заседания думы", "Спорт и расписание", "Планы на выходные", "Ваши письма"],
               cookie="Мы и наши партнёры используем cookie, чтобы запоминать ваши настройки, измерять посещаемость и показывать подходящую рекламу. Выберите, какие cookie разрешить.",
               accept="Разрешить все", reject="Выбрать cookie", share="Отправить материал знакомому",
               related="Ещё материалы для вас", newsletter="Рассылка «Итоги выходных»",
               subscribe="Подписаться на рассылку", email="imya@pochta.example",
               comment_note="Войдите или создайте бесплатный аккаунт, чтобы комментировать.",
               footer=["Кто делает этот сайт", "Подать жалобу на материал", "Конфиденциальность и cookie", "Купить рекламу на сайте", "Правила для читателей"],
               rights="Материалы сайта защищены авторским правом, копирование без согласия запрещено.",
               commenters=[("zhitelnitsa_tsentra", "Хорошо, что об этом наконец написали."),
                           ("Геннадий П.", "Когда следующее открытое собрание по этому поводу?")]),
}
UI29 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"tr": "BUNU DA OKUYUN:"},  # the regional layout's inline links
    (mp2, "BIO"): {"de": "{name} schreibt für {site} über Handwerk, Vereine und Menschen aus der Region und betreut die Rubrik {section}. Hinweise gern an menschen@example.org"},
    (mp3, "BROADCAST"): {"ru": dict(watch="Смотрите сюжет:", fallback="Этот сюжет не воспроизводится в вашем браузере.",
                                    live="«Сосновка-24» в эфире", topics="Ещё по этим темам")},
    (mp4, "READMORE"): {"es": "TAMBIÉN TE PUEDE INTERESAR:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp5, "SQS"): {"de": dict(title="Post vom Heimatverein",
                              desc="Termine, Vereinsnachrichten und Fundstücke aus dem Dorfarchiv, etwa sechsmal im Jahr.",
                              button="Ja, ich bin dabei", foot="Ihre Adresse nutzen wir nur für diesen Rundbrief. Abmelden geht jederzeit.",
                              prev="← Älterer Vereinsbeitrag", next="Neuerer Vereinsbeitrag →", cookie_ok="Alles klar, schließen")},
    (mp6, "QT"): {"en": dict(also="Read this one next")},
    (mp6, "TYPO3"): {"fr": dict(ext="Contenu d'un service tiers", note="Une carte Google Maps est intégrée ici. En l'affichant, vous transmettez votre adresse IP à Google.",
                                button="Afficher la carte", by="Rédaction :", search="Chercher une démarche ou une actualité",
                                lang_menu="Brezhoneg")},
    (mp6, "BITRIX"): {"ru": dict(agency="Агентство «Приречье-Информ»", share="Отправить новость знакомым",
                                 back="Вернуться к ленте агентства", news="Лента новостей агентства")},
    (mp13, "PUB_NAV"): {"es": ["Lo último de Cuevas", "Memoria del pueblo", "Gente de aquí", "Quiénes hacemos esto"]},
    (mp13, "TEASERS"): {"es": TEASERS["es"]},
    (mp19, "UCOZ"): {"es": dict(domain="ucoz.es", slogan="Amigos de la Ermita de San Isidro · Torremolar",
                                menu=["Inicio de la asociación", "Noticias de la ermita", "La romería", "Historia de San Isidro",
                                      "Fotos de la romería", "Hazte socio de los Amigos"],
                                cats=["Noticias de la ermita", "La romería", "Obras y donativos"],
                                friends=["Parroquia de Torremolar", "Peña Los Segadores", "Coral de la Vega Alta"],
                                footer="Amigos de la Ermita de Torremolar © 2026 · hecha por socios, con cariño",
                                poster="amigos_ermita", tags=["ermita", "tejado", "donativos"],
                                commenters=[("Remedios_la_del_horno", "Mañana paso a dejar el donativo de mi hermana, que está en Bilbao."),
                                            ("Andrés T.", "¿La comida de las eras es también para los que no somos socios?")],
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
# the new layout: an article page on Grav CMS 1.7 with a child theme of the default Quark theme
# --------------------------------------------------------------------------
# Quark's English interface strings and Grav's own names, as the theme prints them (not checked: they recur on
# any Grav site in English)
GRAV_CORE = dict(prev="Previous Post", next="Next Post", search_ph="Search …", search_invalid="Please add at least 3 characters",
                 related="Related Posts", tags="Popular Tags", archives="Archives", syndicate="Syndicate",
                 home="Home", grav="Grav", trilby="Trilby Media",
                 months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"])
# the site's own strings: host, the pages of the menu (titles and slugs; the second is the blog the article is in),
# the custom "about" block of the sidebar, the footer line
GRAV = {
    "en": dict(domain="carrowbycourier.example",
               menu=["Courier front page", "Courier news", "Diary dates", "Clubs and groups", "Become a member-owner"],
               menu_slugs=["", "news", "diary", "clubs", "membership"],
               about_head="About the Courier",
               about="The Carrowby Courier is written by volunteers and owned by 640 of its readers through a community benefit society.",
               about_link="How the co-op works",
               footer="The Carrowby Courier · Carrowby Community Media Ltd, registered society no. 8274 · Printed monthly, online daily"),
}
GRAV_EXEMPT = {"domain", "menu_slugs"}
# markdown-notices: an editor's note typed as "!!! text" becomes div.notices.blue
GRAV_NOTE = re.compile(r"^<p><(em|i)>(.*)</\1></p>$", re.S)


def grav_ordinal(d):
    return "%d%s" % (d, "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def grav_block(kind, val):
    """One block as Parsedown prints Grav's Markdown."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote>\n<p>%s</p>\n</blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def grav_residue(snippet):
    """An editor's raw HTML passes through Parsedown unchanged; an italic one-line note was typed as a notice."""
    m = GRAV_NOTE.match(snippet)
    if m and "<" not in m.group(2):
        return '<div class="notices blue">\n<p>%s</p>\n</div>' % m.group(2)
    return snippet


def grav_body(art, placed):
    blocks, n = art["blocks"], len(art["blocks"])
    out = []
    for i in range(n + 1):
        out.extend(grav_residue(s) for s in placed.get(i, []))
        if i < n:
            out.append(grav_block(*blocks[i]))
    return "\n".join(out)


def tpl_grav(art, ui, site, placed, rng):
    # an article page of an English community-owned news site on Grav 1.7 / Quark (see the module docstring)
    c, s = GRAV_CORE, GRAV["en"]
    host = "https://" + s["domain"]
    blog = "/" + s["menu_slugs"][1]
    page_slug = slug(art["title"])[:60].strip("-")
    url = "%s%s/%s" % (host, blog, page_slug)
    img = slug(art["caption"])[:28].strip("-") + ".jpg"
    h = "%032x" % rng.randint(16**31, 16**32 - 1)
    cached = "/images/%s/%s/%s/%s/%s/%s-%s" % (h[0], h[1], h[2], h[3], h[4], h, img)
    y, m, d = (int(x) for x in art["date"].split("-"))
    iso = "%sT%02d:%02d:00+01:00" % (art["date"], rng.randint(6, 11), rng.randint(0, 59))
    short = "%s %s %d" % (grav_ordinal(d), c["months"][m - 1][:3], y)
    body = grav_body(art, placed)
    ver = "%x" % rng.randint(16**7, 16**8 - 1)
    menu = "\n".join('                                <li><a href="/%s" class="%s">%s</a></li>' % (
        sl, "active" if k == 1 else "", E(t)) for k, (t, sl) in enumerate(zip(s["menu"], s["menu_slugs"])))
    tree = "\n".join('                    <li><a href="/%s" class="%s">%s</a></li>' % (
        sl, "active" if k == 1 else "", E(t)) for k, (t, sl) in enumerate(zip(s["menu"], s["menu_slugs"])))
    tags = "\n".join('                                        <a class="label label-rounded label-secondary p-category" '
                     'href="%s/tag:%s#body-wrapper">%s</a>' % (blog, slug(t), E(t)) for t in art["tags"])
    cloud = "\n".join('                                <a class="label label-rounded label-secondary" href="%s/tag:%s">%s</a>' % (
        blog, slug(t), E(t)) for t in art["tags"] + ["pubs", "schools", "planning", "weather"][:rng.randint(2, 4)])
    rel = "\n".join('                                <li><a href="%s/%s">%s</a></li>' % (blog, slug(t), E(t))
                    for t in rng.sample(HEADLINES["en"], 3))
    archives = "\n".join('                                <li><a href="%s/archives_month:%s_%d">%s %d <span class="label label-rounded label-primary">%d</span></a></li>' % (
        blog, c["months"][(m - 1 - k) % 12][:3].lower(), y if m - 1 - k >= 0 else y - 1, c["months"][(m - 1 - k) % 12],
        y if m - 1 - k >= 0 else y - 1, rng.randint(6, 19)) for k in range(4))
    prev_t, next_t = rng.sample(HEADLINES["en"], 2)
    return f'''<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8" />
    <title>{E(art["title"])} | {E(site)}</title>

    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="GravCMS" />
    <meta name="description" content="{A(art["sub"])}" />
    <meta property="og:title" content="{A(art["title"])}" />
    <meta property="og:type" content="article" />
    <meta property="og:url" content="{url}" />
    <meta property="og:image" content="{host}{cached}" />
    <meta property="og:site_name" content="{A(site)}" />
    <meta property="article:published_time" content="{iso}" />

    <link rel="icon" type="image/png" href="/user/themes/courier/images/favicon.png" />
    <link rel="canonical" href="{url}" />

    <link href="/user/plugins/markdown-notices/assets/notices.css?v={ver}" type="text/css" rel="stylesheet">
    <link href="/user/plugins/form/assets/form-styles.css?v={ver}" type="text/css" rel="stylesheet">
    <link href="/user/plugins/simplesearch/css/simplesearch.css?v={ver}" type="text/css" rel="stylesheet">
    <link href="/user/plugins/login/css/login.css?v={ver}" type="text/css" rel="stylesheet">
    <link href="/user/themes/quark/css-compiled/spectre.min.css?v={ver}" type="text/css" rel="stylesheet">
    <link href="/user/themes/quark/css-compiled/spectre-exp.min.css?v={ver}" type="text/css" rel="stylesheet">
    <link href="/user/themes/quark/css-compiled/spectre-icons.min.css?v={ver}" type="text/css" rel="stylesheet">
    <link href="/user/themes/quark/css-compiled/theme.min.css?v={ver}" type="text/css" rel="stylesheet">
    <link href="/user/themes/courier/css/custom.css?v={ver}" type="text/css" rel="stylesheet">
    <link href="/user/themes/quark/css/line-awesome.min.css?v={ver}" type="text/css" rel="stylesheet">

    <script src="/system/assets/jquery/jquery-3.x.min.js?v={ver}"></script>
    <script src="/user/themes/quark/js/jquery.treemenu.js?v={ver}"></script>
    <script src="/user/themes/quark/js/site.js?v={ver}"></script>

</head>
<body id="top" class=" header-fixed header-animated sticky-footer">
    <div id="page-wrapper">
            <section id="header" class="section">
            <section class="container grid-lg">
                <nav class="navbar">
                    <section class="navbar-section logo">
                        <a href="/" class="navbar-brand mr-10">
    <img src="/user/themes/courier/images/logo/courier-masthead.svg" alt="{A(site)}" />
</a>
                    </section>
                    <section class="navbar-section desktop-menu">

                        <nav class="dropmenu animated">
                            <ul class="navigation">
{menu}
                            </ul>
                        </nav>

                    </section>
                </nav>
            </section>
        </section>
        <div class="mobile-menu">
            <div class="button_container" id="toggle">
                <span class="top"></span>
                <span class="middle"></span>
                <span class="bottom"></span>
            </div>
        </div>

        <section id="blog-hero" class="section modular-hero hero text-light hero-medium overlay-dark-gradient" style="background-image: url('{cached}');">
            <div class="image-overlay"></div>
            <section class="container grid-lg" style="text-align: left">
            </section>
            <i id="to-start" class="fa fa-angle-down"></i>
        </section>

        <section id="start">
            <section id="body-wrapper" class="section blog-listing">
                <section class="container grid-lg">
                    <div id="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">
                        <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
                            <a itemprop="item" href="/"><span itemprop="name">{E(c["home"])}</span></a>
                            <meta itemprop="position" content="1" />
                        </span>
                        <i class="fa fa-angle-right"></i>
                        <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
                            <a itemprop="item" href="{blog}"><span itemprop="name">{E(s["menu"][1])}</span></a>
                            <meta itemprop="position" content="2" />
                        </span>
                        <i class="fa fa-angle-right"></i>
                        <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
                            <span itemprop="name">{E(art["title"])}</span>
                            <meta itemprop="position" content="3" />
                        </span>
                    </div>

                    <div class="columns">
                        <div id="item" class="column col-9 col-md-12 extra-spacing">
                            <div class="content-item h-entry">
                                <div class="content-title text-center">
                                    <h1 class="p-name mt-1"><a href="{blog}/{page_slug}" class="u-url">{E(art["title"])}</a></h1>
                                    <p class="p-summary lead">{E(art["sub"])}</p>
                                    <span class="p-author h-card">{E(art["byline"])}</span>
                                    <span class="blog-date">
                                        <time class="dt-published" datetime="{iso}">
                                            <i class="fa fa-calendar"></i> {short}
                                        </time>
                                    </span>
                                    <span class="tags">
{tags}
                                    </span>
                                </div>

                                <div class="e-content">
{body}
                                </div>

                                <p class="prev-next text-center">
                                    <a class="btn" href="{blog}/{slug(prev_t)}"><i class="fa fa-angle-left"></i> {E(c["prev"])}</a>
                                    <a class="btn" href="{blog}/{slug(next_t)}">{E(c["next"])} <i class="fa fa-angle-right"></i></a>
                                </p>
                            </div>
                        </div>
                        <div id="sidebar" class="column col-3 col-md-12">
                            <div class="sidebar-content">
                                <div class="search-wrapper">
                                    <form name="search" data-simplesearch-form>
                                        <input name="searchfield" class="search-input" type="text" placeholder="{A(c["search_ph"])}" data-min="3" data-search-invalid="{A(c["search_invalid"])}" data-search-separator=":" data-search-input="{blog}/query" />
                                        <button type="submit" class="search-submit"><img src="/user/plugins/simplesearch/assets/search.svg" /></button>
                                    </form>
                                </div>
                            </div>
                            <h4>{E(c["related"])}</h4>
                            <ul class="related-pages menu">
{rel}
                            </ul>
                            <div class="sidebar-content">
                                <h4>{E(c["tags"])}</h4>
                                <span class="tags">
{cloud}
                                </span>
                            </div>
                            <div class="sidebar-content">
                                <h4>{E(c["archives"])}</h4>
                                <ul class="archives">
{archives}
                                </ul>
                            </div>
                            <div class="sidebar-content">
                                <h4>{E(s["about_head"])}</h4>
                                <p>{E(s["about"])}</p>
                                <p><a href="/{s["menu_slugs"][4]}">{E(s["about_link"])}</a></p>
                            </div>
                            <div class="sidebar-content syndicate">
                                <h4>{E(c["syndicate"])}</h4>
                                <a class="btn" href="{blog}.atom"><i class="fa fa-rss-square"></i> Atom 1.0</a>
                                <a class="btn" href="{blog}.rss"><i class="fa fa-rss-square"></i> RSS</a>
                            </div>
                        </div>
                    </div>
                </section>
            </section>
        </section>
    </div>

    <section id="footer" class="section bg-gray">
        <section class="container grid-lg">
            <p>{E(s["footer"])}</p>
            <p><a href="http://getgrav.org">{E(c["grav"])}</a> was <i class="fa fa-code"></i> with <i class="fa fa-heart-o pulse "></i> by <a href="https://trilby.media">{E(c["trilby"])}</a>.</p>
        </section>
    </section>

    <div class="mobile-container">
        <div class="overlay" id="overlay">
            <div class="mobile-logo">
                <img src="/user/themes/courier/images/logo/courier-masthead.svg" alt="{A(site)}" />
            </div>
            <nav class="overlay-menu">
                <ul class="tree">
{tree}
                </ul>
            </nav>
        </div>
    </div>

    <script src="/user/plugins/simplesearch/js/simplesearch.js?v={ver}"></script>

</body>
</html>
'''


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"grav": ["topics"]}  # the tag links of span.tags inside div.content-item.h-entry
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
            "condolence", "fundraiser", "weather"]
NEW_FAMILIES = ["condolence", "fundraiser", "weather"]
# families that need a reason in the story (a death, a fundraiser or petition, a weather event, a distressing
# subject, a series, a place to show on a map, a sensitive subject with a support line, a data chart, grant-funded
# work, agency copy, a translation, a breaking story, shopping links, subheadings to jump to, a dated event, an
# older story): they are placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["toc", "calendar", "archive", "helpline", "chart", "funding", "wireend", "translated",
                             "developing", "affiliate", "warning", "series", "map"]
# families a community group's or village association's website would not carry: no ads or advertorial links, no
# app, no staff writers or desk credits, no wire copy, no newsroom tip line, typo hint, push prompt, section
# labels, reading times, comment counters, AI notes, gifted articles, skip links, translations, rating widgets,
# ethics-code lines, topic tags, reading lists, "developing story" notices or polls
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "wireend", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "ai", "affiliate", "gift", "skip", "translated", "feedback", "standards", "topics",
                      "bookmark", "developing", "poll"}
# an independent publication on Medium: no ads, affiliate links, app, wire copy, push prompts, typo hint, gifts,
# skip links or text-size controls (Medium prints none of them)
NOT_ON_INDIE = {"ad", "affiliate", "app", "wireend", "push", "typo", "gift", "skip", "textsize", "bookmark", "audio"}
# a reader-owned community paper on Grav: no paywall meter or gifted articles, no app, push prompts, skip links,
# wire copy, affiliate links, AI notes, audio player, reading lists, text-size controls or comment counters (the
# site has no comments)
NOT_ON_COOP = {"app", "push", "gift", "skip", "wireend", "affiliate", "ai", "audio", "bookmark", "textsize",
               "comments", "moderation"}
# a commune's news page: no ads or affiliate links, no app or push prompts, no paywall, wire copy, tip line,
# typo hint, comments, polls, reporter bios, section labels or "developing story" notices
NOT_ON_PUBLIC_BODY = {"ad", "affiliate", "app", "push", "gift", "skip", "wireend", "tip", "typo", "comments",
                      "moderation", "poll", "bio", "developing", "newsletter", "credit", "standards", "section",
                      "embed", "feedback"}
SMALL_SITE_TEMPLATES = {"squarespace": NOT_ON_SMALL_SITES, "ucoz": NOT_ON_SMALL_SITES, "medium": NOT_ON_INDIE,
                        "grav": NOT_ON_COOP, "typo3": NOT_ON_PUBLIC_BODY}
# markup of the generic residue: classed wrappers as many CMSs emit them (class names new to the set), and
# plain <p>/<div> variants as left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="yt-consent-wall"><p class="yt-consent-wall__msg">%s</p><button class="yt-consent-wall__btn" type="button">OK</button></div>',
               '<p class="privacy-blocked-embed">%s</p>', '<p>%s</p>'],
    "newsletter": ['<div class="signup-ribbon"><p class="signup-ribbon__pitch">%s</p><a class="signup-ribbon__go" href="/catch-up">&#8594;</a></div>',
                   '<p class="reader-support-line">%s</p>', '<p><strong>%s</strong></p>', '<div>%s</div>'],
    "share": ['<div class="pass-it-on-bar"><a class="pass-it-on-bar__link" href="#">%s</a></div>', '<p class="send-on-line">%s</p>',
              '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="pic-supplied-by">%s</p>', '<span class="pic-origin-tag">%s</span>', '<p><small>%s</small></p>'],
    "copyright": ['<p class="reproduction-notice">%s</p>', '<div class="rights-reserved-foot"><small>%s</small></div>', '<p>%s</p>'],
    "section": ['<p class="now-reading-strap">%s</p>', '<div class="desk-breadcrumb-line">%s</div>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="asterisk-trio-row">%s</p>', '<div class="fleuron-divider">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="reporting-team-line">%s</p>', '<div class="contrib-staff-note">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="title-doubled-line"><b>%s</b></p>', '<h2 class="story-title-echo">%s</h2>', '<p><strong>%s</strong></p>'],
    "ad": ['<div class="promo-unit-caption">%s</div>', '<p class="advert-marker-line">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="unfold-story"><a href="#story-more">%s</a></p>', '<div class="truncate-toggle-btn">%s</div>',
                 '<p><a href="#story-more">%s</a></p>'],
    "comments": ['<p class="talk-section-jump"><a href="#reader-comments">%s</a></p>', '<div class="reader-talk-count">%s</div>',
                 '<p><a href="#reader-comments">%s</a></p>'],
    "readtime": ['<p class="how-long-read">%s</p>', '<span class="minutes-to-read-chip">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="amend-time-line"><time>%s</time></p>', '<div class="last-touched-note">%s</div>', '<p><em>%s</em></p>'],
    "audio": ['<div class="read-aloud-bar"><button class="read-aloud-bar__play" aria-label="Play"></button><span class="read-aloud-bar__label">%s</span></div>',
              '<p class="spoken-version-link"><a href="#listen-article">%s</a></p>', '<p><a href="#listen-article">%s</a></p>'],
    "correction": ['<aside class="corrected-record-box"><p>%s</p></aside>', '<p class="amend-record"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "wireend": ['<p class="feed-item-close">%s</p>', '<div class="agency-compiled-by">%s</div>', '<p>%s</p>'],
    "app": ['<div class="phone-app-strip"><p class="phone-app-strip__copy">%s</p><a class="phone-app-strip__get" href="/download">&#8595;</a></div>',
            '<p class="app-get-line">%s</p>', '<p><strong>%s</strong></p>'],
    "bio": ['<div class="reporter-card-inline"><p class="reporter-card-inline__text">%s</p></div>', '<p class="reporter-about-line"><em>%s</em></p>',
            '<p><i>%s</i></p>'],
    "tip": ['<div class="newsdesk-contact-box"><p class="newsdesk-contact-box__copy">%s</p></div>', '<p class="tell-us-line">%s</p>', '<p><em>%s</em></p>'],
    "typo": ['<div class="mistake-report-hint"><p class="mistake-report-hint__copy">%s</p></div>', '<p class="select-and-report-hint">%s</p>',
             '<p><small>%s</small></p>'],
    "push": ['<div class="notify-ask-box"><p class="notify-ask-box__copy">%s</p><button class="notify-ask-box__on" type="button">&#128276;</button></div>',
             '<p class="notify-ask-line">%s</p>', '<p><strong>%s</strong></p>'],
    "ai": ['<div class="machine-assist-note"><p class="machine-assist-note__copy">%s</p></div>', '<p class="ai-drafted-line"><small>%s</small></p>',
           '<p><em>%s</em></p>'],
    "affiliate": ['<div class="shop-link-commission"><p>%s</p></div>', '<p class="prices-correct-line"><small>%s</small></p>',
                  '<p><em>%s</em></p>'],
    "gift": ['<div class="give-article-box"><a class="give-article-box__btn" href="#give-article">%s</a></div>',
             '<p class="give-article-line"><a href="#give-article">%s</a></p>', '<p><a href="#give-article">%s</a></p>'],
    "skip": ['<p class="hop-over-advert"><a href="#after-advert">%s</a></p>', '<div class="hop-over-advert-row"><a href="#after-advert">%s</a></div>',
             '<p><a href="#after-advert">%s</a></p>'],
    "print": ['<div class="story-output-tools"><a class="story-output-tools__print" href="#printable">%s</a></div>', '<p class="printable-version">%s</p>',
              '<p><a href="#printable">%s</a></p>'],
    "translated": ['<p class="first-appeared-in"><em>%s</em></p>', '<div class="language-version-credit">%s</div>', '<p><i>%s</i></p>'],
    "moderation": ['<div class="checked-comments-rule"><p class="checked-comments-rule__copy">%s</p></div>', '<p class="comment-policy-line">%s</p>',
                   '<p><small>%s</small></p>'],
    "feedback": ['<div class="useful-or-not"><p class="useful-or-not__q">%s</p><button class="useful-or-not__yes" type="button" aria-label="Yes"></button>'
                 '<button class="useful-or-not__no" type="button" aria-label="No"></button></div>', '<p class="usefulness-ask">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="editors-code-box"><p class="editors-code-box__copy">%s</p></div>', '<p class="complaints-route"><small>%s</small></p>',
                  '<p><em>%s</em></p>'],
    "topics": ['<div class="subject-links-row"><span class="subject-links-row__list">%s</span></div>', '<p class="subjects-line">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="read-later-toggle"><a class="read-later-toggle__link" href="#read-later">%s</a></div>',
                 '<p class="read-later-line"><a href="#read-later">%s</a></p>', '<p><a href="#read-later">%s</a></p>'],
    "textsize": ['<div class="letter-size-picker"><span class="letter-size-picker__label">%s</span></div>', '<p class="letter-size-row">%s</p>',
                 '<p><small>%s</small></p>'],
    "developing": ['<div class="still-unfolding-box"><p class="still-unfolding-box__copy">%s</p></div>', '<p class="refresh-for-latest"><strong>%s</strong></p>',
                   '<p><b>%s</b></p>'],
    "poll": ['<div class="reader-vote-box"><p class="reader-vote-box__q">%s</p><button class="reader-vote-box__send" type="button">&#10004;</button></div>',
             '<p class="reader-vote-after">%s</p>', '<p><small>%s</small></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/D{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/D{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-poster-facade"><a class="video-poster-facade__link" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}">%s</a></p>'],
    "gallery": ['<div class="photo-set-opener"><a class="photo-set-opener__btn" href="#photo-set">%s</a></div>',
                '<p class="photo-set-position">%s</p>', '<p><b>%s</b></p>'],
    "helpline": ['<aside class="listening-service-box"><p class="listening-service-box__copy">%s</p></aside>', '<p class="listening-line-note"><em>%s</em></p>',
                 '<p><i>%s</i></p>'],
    "chart": ['<div class="flourish-holder"><iframe title="" src="https://flo.uri.sh/visualisation/{n}/embed" scrolling="no" frameborder="0" width="600" height="420"></iframe><p class="flourish-holder__source">%s</p></div>',
              '<figure class="stat-graphic"><img src="/graphics/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
              '<p><small>%s</small></p>'],
    "funding": ['<aside class="supported-by-fund"><p class="supported-by-fund__copy">%s</p></aside>', '<p class="fund-backing-line"><i>%s</i></p>',
                '<p><i>%s</i></p>'],
    "warning": ['<div class="upsetting-detail-note"><p class="upsetting-detail-note__copy">%s</p></div>', '<p class="reader-caution-line"><strong>%s</strong></p>',
                '<p><em>%s</em></p>'],
    "series": ['<div class="series-strapline"><p class="series-strapline__copy">%s</p></div>', '<p class="series-more-parts"><a href="#series-parts">%s</a></p>',
               '<p><b>%s</b></p>'],
    "map": ['<div class="osm-frame-box"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="600" height="400" style="border:0"></iframe><p class="osm-frame-box__links">%s</p></div>',
            '<figure class="place-locator-img"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    "toc": ['<nav class="section-jumper" aria-label="%s"><p class="section-jumper__hd">%s</p><ul class="section-jumper__items">%s</ul></nav>',
            '<div class="story-sections-list"><p><strong>%s</strong></p><ol>%s</ol></div>',
            '<p><b>%s</b></p>\n<ul>%s</ul>'],
    "calendar": ['<div class="event-save-row"><p class="event-save-row__label">%s</p><a class="event-save-row__ics" href="/diary/{k}.ics" download>iCal</a></div>',
                 '<p class="event-reminder-link"><a href="/diary/{k}.ics">%s</a></p>', '<p><a href="/diary/{k}.ics">%s</a></p>'],
    "archive": ['<div class="dated-story-flag"><span class="dated-story-flag__icon" aria-hidden="true">&#128337;</span><p class="dated-story-flag__copy">%s</p></div>',
                '<p class="older-article-note"><strong>%s</strong></p>', '<p><em>%s</em></p>'],
    # the three families new in this part
    "condolence": ['<div class="tribute-book-cta"><span class="tribute-book-cta__candle" aria-hidden="true">&#128367;</span><p class="tribute-book-cta__copy">%s</p><a class="tribute-book-cta__go" href="/tributes/{k}">&#8250;</a></div>',
                   '<p class="memorial-links"><a href="/tributes/{k}">%s</a></p>', '<p><a href="/tributes/{k}">%s</a></p>'],
    "fundraiser": ['<div class="crowdfund-card"><div class="crowdfund-card__bar"><span style="width:{pct}%%"></span></div><p class="crowdfund-card__copy">%s</p><a class="crowdfund-card__btn" href="https://www.gofundme.com/f/{k}">&#10084;</a></div>',
                   '<div class="petition-embed-box"><iframe src="https://www.change.org/p/{k}/widget" width="600" height="160" frameborder="0"></iframe><p class="petition-embed-box__cta">%s</p></div>',
                   '<p><strong><a href="https://www.gofundme.com/f/{k}">%s</a></strong></p>'],
    "weather": ['<div class="forecast-widget"><span class="forecast-widget__icon" aria-hidden="true">&#9926;</span><p class="forecast-widget__now">%s</p></div>',
                '<aside class="wx-strip"><p class="wx-strip__text"><a href="/weather">%s</a></p></aside>',
                '<p><small><a href="/weather">%s</a></small></p>'],
}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-pic-block"><img src="/user/uploads/{id}-body.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/user/uploads/{id}-body.jpg" alt="" width="640"><br><small>{cap} – {cr}</small></p>']
RELATED_STYLES = ['<div class="further-reading-box"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="story-links-panel"><p class="story-links-panel__hd">%s</p><ul>%s</ul></aside>',
                  '<p><strong>%s</strong></p>\n<ul>%s</ul>']


def handle(site):
    """The site's social-media account name: its ASCII letters and digits, at most 24."""
    return mp11.host_name(site)[:24]


def pick(rng, fam, lang, site, art):
    pool = R[fam][lang]
    if fam == "newsletter" and art["tpl"] in SMALL_SITE_TEMPLATES:
        pool = [pool[0], pool[2]]  # a small site, a public body or a co-op has no paywall meter
    idx = art.get("choose", {}).get(fam)
    s = pool[idx] if idx is not None else rng.choice(pool)
    return fill(s.replace("{by}", art["byline"]).replace("{section}", art["section"])
                .replace("{handle}", handle(site)).replace("{g}", str(rng.randint(6, 24))), rng, site, art)


def residue_items(art, rng, site, used):
    """{position: [html, ...]} for the generic residue, and the families used: the families a story must carry
    (the three new ones only where a real site would put them), then the generic families used least on the
    pages built so far, leaving out those the story's site would not print next to it ("avoid"); a page may fix
    them all with "only"."""
    lang, n, tpl = art["lang"], len(art["blocks"]), art["tpl"]
    own = TEMPLATE_FAMILIES.get(tpl, [])
    if "low" in art:
        k = art["low"]
    else:
        k = max(1, min(rng.choice([2, 3, 3, 4, 4, 5]), 5 - len(own)))  # at most five families per page
    carry = list(art.get("carry", []))
    skip = set(own) | SMALL_SITE_TEMPLATES.get(tpl, set()) | set(CARRY_ONLY) | set(carry) | set(art.get("avoid", []))
    pool = [f for f in FAMILIES if f not in skip]
    fams = carry + sorted(pool, key=lambda f: (used[f], rng.random()))[:k]
    if "only" in art:
        fams = list(art["only"])
    rng.shuffle(fams)
    used.update(f for f in fams if f not in CARRY_ONLY)  # balance the randomly drawn families only
    slots = safe_slots(art) or [n]
    placed = {}

    def put(pos, snippet):
        placed.setdefault(pos, []).append(snippet)

    for fam in fams:
        mid = rng.choice(slots)
        if fam == "caption":
            put(mid, rng.choice(CAPTION_STYLES).format(id=art["id"], cap=E(art["caption"]), cr=E(art["credit"])))
        elif fam == "related":
            heads = rng.sample(HEADLINES[lang], rng.choice([2, 3]))
            lis = "".join('<li><a href="/news/%d">%s</a></li>' % (rng.randint(10000, 99999), E(h)) for h in heads)
            put(rng.choice([mid, n]), rng.choice(RELATED_STYLES) % (E(pick(rng, fam, lang, site, art)), lis))
        elif fam == "toc":
            heads = [v for kind, v in art["blocks"] if kind == "h"]
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
                   "weather": rng.choice([0, mid])}.get(fam, mid)
            style = rng.choice(STYLES[fam])
            lat, lon = 50 + rng.random() * 5, -4 + rng.random() * 6
            style = (style.replace("{h}", handle(site)).replace("{k}", "%010x" % rng.randint(16**9, 16**10 - 1))
                     .replace("{n}", str(rng.randint(10**6, 10**8))).replace("{lat}", "%.5f" % lat)
                     .replace("{lon}", "%.5f" % lon).replace("{pct}", str(rng.randint(18, 88)))
                     .replace("{bbox}", "%%2C".join("%.4f" % x for x in (lon - .01, lat - .006, lon + .01, lat + .006))))
            put(pos, style % E(text))
    return placed, fams


# --------------------------------------------------------------------------
# templates: grav is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"grav": tpl_grav, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "broadcaster": mp3.tpl_broadcaster,
                 "gutenberg": mp4.tpl_gutenberg, "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks,
                 "squarespace": mp5.tpl_squarespace, "quintype": mp6.tpl_quintype, "typo3": mp6.tpl_typo3,
                 "bitrix": mp6.tpl_bitrix, "medium": mp13.tpl_medium, "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h28), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "grav"


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["blocks"], art["marks"] = blocks_and_marks(art["body"])
            rng = random.Random("newsflow-heldout29-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            placed, fams = residue_items(art, rng, site, used)
            if tpl in NEW_TEMPLATES:
                pages[art["id"]] = NEW_TEMPLATES[tpl](art, UI29[lang], site, placed, rng)
                fams = fams + TEMPLATE_FAMILIES.get(tpl, [])
            else:
                fun, mode = OLD_TEMPLATES[tpl]
                pages[art["id"]] = fun(art, UI29[lang], site, mp.body_html(art, placed, mode), rng)
            truth[art["id"]] = mp.truth_text(art["blocks"])
            meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)))
    return pages, truth, meta


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 29) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ru", "RU",
             "RUB", "full-story", "full-text"}


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
                       mp.RELATED_HEADLINES, [m.HEADLINES for m in EARLIER_MODULES if hasattr(m, "HEADLINES")],
                       [m.SITES for m in EARLIER_MODULES if hasattr(m, "SITES")], mp14.BLOG_SITES,
                       mp3.BROADCASTERS, [a.get("site", "") for mod in story_mods for a in mod.ARTICLES],
                       [a.get("tags", []) for mod in story_mods for a in mod.ARTICLES]]):
        if s and s not in NOT_WORDS:
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
    # layouts: grav (new to the set) on one page, every other page on a different earlier layout
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
    # an earlier layout is not on a page in the language h27 or h28 gave it
    for mod in (mp27, mp28):
        langs_then = {a["tpl"]: a["lang"] for a in mod.ARTICLES}
        problems.extend("%s: %s in %s, as in %s" % (a["id"], a["tpl"], a["lang"], mod.__name__) for a in ARTICLES
                        if langs_then.get(a["tpl"]) == a["lang"])
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(PAGES_PER_LANG):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = ["h29-%s-%03d" % (x, k) for x in ("en", "tr", "de", "fr", "es", "ru") for k in range(1, PAGES_PER_LANG[x] + 1)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # the grav page is English and has its tags; a "jump to" box only goes on a story with three or more subheadings
    for a in ARTICLES:
        if a["tpl"] == "grav" and (a["lang"] != "en" or not a.get("tags")):
            problems.append("%s: grav page must be English with tags" % a["id"])
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
    # ... and each is carried by at least four pages in at least three languages
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
            problems.extend("h29 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = []
    for (mod, name), v in SITE_STRINGS.items():
        if (mod, name) in ((mp4, "R"), (mp, "RESIDUE")):
            continue  # this part's own R pools, checked above
        site_strings_new.append(v)
    grav_sites = [{k: v for k, v in d.items() if k not in GRAV_EXEMPT} for d in GRAV.values()]
    tags = [a.get("tags", []) for a in ARTICLES]
    # (GRAV_CORE, Quark's English interface strings and the platform's names, is left as the theme prints it, like
    # KIRBY_CORE in h28: such words recur on any Grav site)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("GRAV", grav_sites), ("tags", tags),
                      ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)):
                continue
            problems.extend("h29 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # the story-specific wordings (correction lines) are new too
    for art in ARTICLES:
        if art.get("correction"):
            problems.extend("%s: correction reuses %r" % (art["id"], x) for x in sorted(_sentences(art["correction"]) & old))
    # new wrapper class names
    old_classes = set()
    for mod in EARLIER_MODULES:
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES", "TIKTOK_STYLE"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend("h29 class name %r used by an earlier part" % x
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
    the pages only (truth.json does not hold the h29 entries yet) and says so."""
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
              "(truth.json not checked: h29 is not merged by make_pages.py yet)")
        sys.exit(1 if bad else 0)
    hc.run(lambda: (pages, truth, meta), lambda p, t: [])


if __name__ == "__main__":
    main()
