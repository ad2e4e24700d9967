#!/usr/bin/env python3
"""Twenty-first held-out part (h21-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout21.py           # write pages/h21-*.html
    python benchmarks/data/extraction/make_heldout21.py --check   # verify pages/h21-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout21.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results.  Stories are in articles_h21_en.py / articles_h21_intl.py; the
residue wordings (the twenty-four generic families of the earlier parts plus three new ones: AI-use
disclosures – "this summary was produced with the help of AI" –, affiliate / commission disclosures and
"gift this article" prompts), their wrapper class names, related headlines, site names, the sites' own strings
in the earlier layouts and the first-round furniture strings (menus, cookie banner, newsletter box, footer,
commenters) are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of
make_heldout2..20, nor their labels, furniture strings, headlines or site names; verify() refuses to build if
one is reused, or if a story paragraph of an earlier part recurs, or if a headline is also a story paragraph, or
if a body is outside 150-400 words.
One page layout is new (elementor: a story page of a local digital paper built with WordPress, the Hello
Elementor theme and Elementor Pro's Theme Builder, as such sites serve it – head with the Yoast SEO block and
its JSON-LD graph, Site Kit's gtag snippet, the theme / Elementor / Elementor Pro stylesheets and the
per-post CSS files, WordPress's generator, shortlink and REST links and Elementor's generator tag; the skip
link; the header template (data-elementor-type="header": top bar with the date and social icons, site logo,
"subscribe" button, nav-menu widget with its dropdown copy and toggle); the single-post template
(data-elementor-type="single-post", built from old-style sections and columns): breadcrumbs, post title,
post excerpt, post info (author, date, time, comments), featured image, share buttons and the post-content
widget, which holds the post itself as built in the Elementor editor (data-elementor-type="wp-post": flexbox
containers, one per subheading, with text-editor widgets holding the typed paragraphs, block quotes and lists,
heading widgets for the subheadings, an image widget with its caption, HTML widgets for pasted embeds and a
global newsletter block – heading, text and a Pro form with an acceptance box); after it the tags (post-info
terms), the author box, post navigation, a posts widget of related stories and the WordPress comments with the
reply form; a sidebar column with the search form, "most read" posts, an ad slot and social icons; the footer
template (about text, sections menu, legal icon list, copyright line); the CookieYes banner and its revisit
button; the frontend scripts with elementorFrontendConfig and ElementorProFrontendConfig).  Elementor's,
WordPress's, Hello Elementor's and CookieYes's own interface strings (ELEMENTOR_CORE) are left as the
platforms word them in the site language and not checked.
The other 23 pages use 23 different layouts of earlier parts with their markup helpers – cms, amp, table,
portal, storybody (make_pages.py), liveblog, nextjs, magazine (make_heldout2.py), broadcaster
(make_heldout3.py), fusion (make_heldout4.py), brightspot (make_heldout5.py), typo3 (make_heldout6.py),
sanity, k2 (make_heldout7.py), blox (make_heldout8.py), webflow (make_heldout10.py), hugo (make_heldout11.py),
joomla4 (make_heldout12.py), medium (make_heldout13.py), blogger (make_heldout14.py), tilda
(make_heldout15.py), wix (make_heldout16.py) and dle (make_heldout20.py); while a page is rendered, the
earlier modules' related headlines (HEADLINES, make_pages.RELATED_HEADLINES), the strings that belong to one
site rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves
(make_heldout4.R for the fusion ad label, make_heldout20.R for the DLE typo hint, make_pages.RESIDUE for the
table layout's banner label) are swapped for this part's own, and the templates get this part's furniture
strings (UI21) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout20.py, so that make_pages.py can import this module and merge it the same way.
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
import unicodedata

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
from make_pages import E, A, UI  # noqa: E402
from articles_h21_en import ARTICLES as H21_EN  # noqa: E402
from articles_h21_intl import ARTICLES as H21_INTL  # noqa: E402

ARTICLES = H21_EN + H21_INTL

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["The Fenmoor Review", "The Wexcombe Clarion", "Stallbridge & District Post", "The Leekton Gazette",
           "Morrowby Courier", "Hollins Vale Herald", "Pennant Valley News"],
    "tr": ["Akçaova Haber", "Gölbaşı Gündem"],
    "de": ["Weser-Aller-Kurier"],
    "fr": ["Le Fil du Forez", "L'Écho du Rouergue", "Sud-Aveyron Hebdo"],
    "es": ["El Mirador de Talavera", "Diario de la Costa de Alfaraz"],
    "ru": ["ТРК «Камская волна»", "Лесновские вести"],
}
# sites fixed per page (a data desk on Hugo, a lido friends' group on Medium, a village blog on Blogger, a
# municipality on TYPO3, an angling club on Wix, a local digital paper on Elementor, a city portal on DLE) are
# given in the stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h20 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["To watch this clip, switch on 'Video' cookies in your privacy settings.",
               "This chart comes from an outside service and stays hidden until you accept statistics cookies."],
        "tr": ["Bu klibi izlemek için gizlilik ayarlarınızdan 'Video' çerezlerini açın.",
               "Bu grafik dış bir servisten geliyor; istatistik çerezlerini kabul edene kadar gizli kalacak."],
        "de": ["Um diesen Clip zu sehen, aktivieren Sie in den Datenschutzeinstellungen die Cookies für „Video“.",
               "Diese Grafik stammt von einem externen Dienst und bleibt verborgen, bis Sie Statistik-Cookies akzeptieren."],
        "fr": ["Pour voir cet extrait, activez les cookies « Vidéo » dans vos paramètres de confidentialité.",
               "Ce graphique provient d'un service extérieur et reste masqué tant que vous n'acceptez pas les cookies de statistiques."],
        "es": ["Para ver este vídeo, activa las cookies de «Vídeo» en tus ajustes de privacidad.",
               "Este gráfico procede de un servicio externo y seguirá oculto hasta que aceptes las cookies estadísticas."],
        "ru": ["Чтобы посмотреть ролик, включите cookie «Видео» в настройках конфиденциальности.",
               "График загружается со стороннего сервиса и останется скрытым, пока вы не примете статистические cookie."],
    },
    "newsletter": {  # newsletter pitches, metered-paywall notes, donation appeals
        "en": ["Morning Brief: the five stories you need before nine, every weekday.",
               "This is one of your three free stories this week. Subscribe from £1 a week for unlimited access.",
               "Readers like you keep {site} going. Chip in £3 today."],
        "tr": ["Sabah Özeti: saat dokuzdan önce bilmeniz gereken beş haber, hafta içi her gün.",
               "Bu hafta okuyabileceğiniz üç ücretsiz haberden biri bu. Sınırsız erişim için haftada 9 liradan abone olun.",
               "Bu siteyi sizin gibi okurlar ayakta tutuyor. Bugün 50 lira destek verin."],
        "de": ["Morgenbriefing: die fünf wichtigsten Geschichten vor neun Uhr, werktags in Ihrem Postfach.",
               "Dies ist einer Ihrer drei freien Texte in dieser Woche. Unbegrenzt lesen ab 1 € pro Woche.",
               "Leserinnen und Leser wie Sie halten {site} am Leben. Geben Sie heute 3 Euro."],
        "fr": ["Le Réveil : les cinq infos à connaître avant 9 heures, chaque matin de la semaine.",
               "Cet article fait partie de vos trois articles gratuits de la semaine. Accès illimité dès 1 € par semaine.",
               "Ce sont des lecteurs comme vous qui font vivre {site}. Donnez 3 € aujourd'hui."],
        "es": ["Buenos días: las cinco noticias que necesitas antes de las nueve, de lunes a viernes.",
               "Esta es una de tus tres noticias gratis de esta semana. Suscríbete desde 1 € a la semana y lee sin límites.",
               "Lectores como tú mantienen vivo {site}. Colabora hoy con 3 euros."],
        "ru": ["«Утренний брифинг»: пять главных новостей до девяти утра, по будням.",
               "Это один из трёх бесплатных материалов на этой неделе. Безлимитный доступ — от 49 рублей в неделю.",
               "«{site}» существует благодаря таким читателям, как вы. Поддержите нас сегодня."],
    },
    "share": {
        "en": ["Grab the link and share this story", "Pass it on to someone on WhatsApp", "Follow {site} on Instagram for more"],
        "tr": ["Haberin linkini alıp paylaşın", "Bunu WhatsApp'tan birine gönderin", "Daha fazlası için bizi Instagram'da takip edin"],
        "de": ["Link holen und weitergeben", "Per WhatsApp an jemanden schicken", "Mehr von {site} gibt es auf Instagram"],
        "fr": ["Récupérer le lien pour le partager", "L'envoyer à quelqu'un sur WhatsApp", "Retrouvez {site} sur Instagram"],
        "es": ["Copia el enlace de esta noticia", "Mándaselo a alguien por WhatsApp", "Sigue a {site} también en Instagram"],
        "ru": ["Взять ссылку и поделиться", "Отправить кому-нибудь в Telegram", "Больше новостей — в Telegram-канале «{site}»"],
    },
    "photo": {
        "en": ["Photograph supplied by a reader", "Picture sent in by a reader", "Image © {site}"],
        "tr": ["Fotoğrafı okurumuz gönderdi", "Görsel: okurumuzun arşivinden"],
        "de": ["Foto: von einer Leserin eingesandt", "Bild: Leserfoto"],
        "fr": ["Photo fournie par un lecteur", "Illustration : photo d'un lecteur"],
        "es": ["Foto facilitada por un lector", "Imagen: foto de un lector"],
        "ru": ["Фото прислал читатель", "Иллюстрация: снимок читателя"],
    },
    "copyright": {
        "en": ["Words and pictures copyright {site} 2026, not for redistribution.",
               "No part of this article may be copied without the written permission of {site}."],
        "tr": ["Metin ve fotoğrafların telif hakkı {site} 2026; yeniden dağıtılamaz.",
               "Bu haberin hiçbir bölümü yazılı izin alınmadan kopyalanamaz."],
        "de": ["Text und Bilder urheberrechtlich bei {site}, 2026; keine Weiterverbreitung.",
               "Kein Teil dieses Artikels darf ohne schriftliche Erlaubnis von {site} kopiert werden."],
        "fr": ["Textes et photos : droits réservés {site} 2026, rediffusion interdite.",
               "Aucune partie de cet article ne peut être copiée sans l'accord écrit de {site}."],
        "es": ["Textos y fotos con derechos reservados de {site}, 2026; prohibida su redistribución.",
               "Ninguna parte de este artículo puede copiarse sin permiso por escrito de {site}."],
        "ru": ["Тексты и фото: права принадлежат «{site}», 2026; распространение запрещено.",
               "Ни одна часть этого материала не может быть скопирована без письменного разрешения «{site}»."],
    },
    "section": {
        "en": ["LOCAL NEWS · TODAY", "Home / News / Our patch", "Only in the {site}"],
        "tr": ["YEREL · BUGÜN", "Anasayfa / Haberler / Bizim ilçe", "Sadece bu sitede"],
        "de": ["LOKAL · HEUTE", "Start / Nachrichten / Unser Revier", "Nur bei {site}"],
        "fr": ["INFO LOCALE · AUJOURD'HUI", "Accueil / Actu / Chez nous", "Seulement dans {site}"],
        "es": ["LOCAL · HOY", "Inicio / Noticias / Lo nuestro", "Solo en {site}"],
        "ru": ["МЕСТНЫЕ НОВОСТИ · СЕГОДНЯ", "Главная / Новости / Наш район", "Только у нас"],
    },
    "related": {
        "en": ["Next on your reading list", "Picked for you this week"],
        "tr": ["Okuma listenizde sıradakiler", "Bu hafta sizin için seçtiklerimiz"],
        "de": ["Als Nächstes auf Ihrer Leseliste", "Diese Woche für Sie ausgewählt"],
        "fr": ["La suite de votre liste de lecture", "Choisis pour vous cette semaine"],
        "es": ["Lo siguiente en tu lista de lectura", "Elegido para ti esta semana"],
        "ru": ["Следующее в вашем списке чтения", "Подобрали для вас на этой неделе"],
    },
    "symbol": {"*": ["❖ ❖ ❖", "—※—", "❂ ❂ ❂", "◇◆◇", "✥ ✥", "✺ ✺ ✺"]},
    "credit": {
        "en": ["Additional reporting by {site} staff", "With reporting from our community correspondents"],
        "tr": ["Ek haber: {site} ekibi", "Yerel muhabirlerimizin katkısıyla"],
        "de": ["Zusätzliche Recherche: Team von {site}", "Unter Mitarbeit unserer Ortskorrespondenten"],
        "fr": ["Reportage complémentaire : équipe de {site}", "Avec nos correspondants de proximité"],
        "es": ["Información adicional: equipo de {site}", "Con la colaboración de nuestros corresponsales de zona"],
        "ru": ["Дополнительные материалы: команда «{site}»", "При участии внештатных авторов нашего издания"],
    },
    "ad": {
        "en": ["Sponsored message", "Ad · scroll to keep reading"],
        "tr": ["Sponsorlu ileti", "Reklam · haberin devamı için aşağı inin"],
        "de": ["Gesponserte Botschaft", "Anzeige · scrollen Sie für den Rest des Textes"],
        "fr": ["Message sponsorisé", "Pub · faites défiler pour continuer"],
        "es": ["Mensaje patrocinado", "Anuncio · desplázate para seguir leyendo"],
        "ru": ["Спонсорское сообщение", "Реклама · прокрутите, чтобы читать дальше"],
    },
    "continue": {
        "en": ["Keep scrolling for the full story", "Show the rest of this story"],
        "tr": ["Haberin tamamı için kaydırmaya devam edin", "Kalan kısmı görmek için tıklayın"],
        "de": ["Weiterscrollen für den ganzen Text", "Rest des Artikels anzeigen"],
        "fr": ["Continuez à faire défiler pour tout lire", "Voir la suite de cet article"],
        "es": ["Sigue bajando para leer la noticia entera", "Ver el resto de la noticia"],
        "ru": ["Листайте дальше, чтобы прочитать всё", "Показать продолжение материала"],
    },
    "comments": {
        "en": ["Reader comments: {n} so far – add yours", "See what {n} readers said"],
        "tr": ["Okur yorumları: şimdiye kadar {n} – siz de yazın", "{n} okurun ne dediğini görün"],
        "de": ["Leserkommentare: bisher {n} – schreiben Sie Ihren dazu", "Lesen Sie, was {n} Leser sagen"],
        "fr": ["Commentaires des lecteurs : {n} pour l'instant – ajoutez le vôtre", "Voir ce qu'en disent {n} lecteurs"],
        "es": ["Comentarios de lectores: {n} hasta ahora, deja el tuyo", "Mira lo que opinan {n} lectores"],
        "ru": ["Комментарии читателей: пока {n} — добавьте свой", "Посмотрите, что пишут {n} читателей"],
    },
    "readtime": {
        "en": ["Reading time: about {m} min", "Quick read: {m} minutes"],
        "tr": ["Okuma süresi: yaklaşık {m} dk", "Hızlı okuma: {m} dakika"],
        "de": ["Lesezeit: rund {m} Min.", "Schnell gelesen: {m} Minuten"],
        "fr": ["Temps de lecture : à peu près {m} min", "Lecture rapide : {m} minutes"],
        "es": ["Tiempo de lectura: unos {m} min", "Lectura rápida: {m} minutos"],
        "ru": ["Время чтения: примерно {m} мин", "Быстрое чтение: {m} минуты"],
    },
    "updated": {
        "en": ["Last updated {d}, {t}", "This article was updated at {t} with new information"],
        "tr": ["En son {d} tarihinde, saat {t}'de güncellendi", "Bu haber {t}'de yeni bilgilerle güncellendi"],
        "de": ["Stand: {d}, {t} Uhr (aktualisiert)", "Dieser Artikel wurde um {t} Uhr um neue Informationen ergänzt"],
        "fr": ["Dernière mise à jour : {d}, {t}", "Cet article a été complété à {t} avec de nouvelles informations"],
        "es": ["Actualizada por última vez el {d} a las {t}", "Esta noticia se ha actualizado a las {t} con nueva información"],
        "ru": ["Обновлено в последний раз {d} в {t}", "Материал дополнен в {t} новыми сведениями"],
    },
    "audio": {
        "en": ["Would rather listen? Hit play for the audio version", "Hear this article read out ({m} min)"],
        "tr": ["Dinlemeyi mi seversiniz? Sesli sürüm için oynat'a basın", "Sesli: bu haberi dinleyin ({m} dk)"],
        "de": ["Lieber zuhören? Hier startet die Audiofassung", "Audio: diesen Artikel anhören ({m} Min.)"],
        "fr": ["Envie d'écouter plutôt ? Lancez la version audio", "Audio : écoutez cet article ({m} min)"],
        "es": ["¿Mejor escucharla? Pulsa para oír la versión en audio", "Audio: escucha esta noticia ({m} min)"],
        "ru": ["Хотите послушать? Включите аудиоверсию", "Аудио: прослушать материал ({m} мин)"],
    },
    "correction": {
        "en": ["Correction: an earlier version of this story misspelt the surname of the parish council chair, which we have now put right."],
        "tr": ["Düzeltme: Haberin ilk halinde muhtarın soyadı hatalı yazılmıştı, düzeltilmiştir."],
        "de": ["Korrektur: In einer früheren Version war der Nachname des Ortsvorstehers falsch geschrieben, wir haben das berichtigt."],
        "fr": ["Rectificatif : une version précédente de cet article écorchait le nom du maire délégué, c'est corrigé."],
        "es": ["Rectificación: una versión anterior de esta noticia escribía mal el apellido de la concejala, ya está corregido."],
        "ru": ["Исправление: в первой версии материала была ошибка в фамилии старосты, теперь она исправлена."],
    },
    "wireend": {
        "en": ["— ENDS —", "(With additional material from news agencies)"],
        "tr": ["— HABERİN SONU —", "(Ajans bilgileriyle genişletilmiştir)"],
        "de": ["— SCHLUSS —", "(Mit zusätzlichem Material von Nachrichtenagenturen)"],
        "fr": ["— Fin de notre article —", "(Avec des éléments complémentaires des agences de presse)"],
        "es": ["— Fin del texto —", "(Con material adicional de agencias de noticias)"],
        "ru": ["— Конец текста —", "(С использованием материалов информационных агентств)"],
    },
    "app": {
        "en": ["Get {site} news alerts on your phone: download our app", "Read this story in the {site} app"],
        "tr": ["Haber bildirimlerini telefonunuzda alın: uygulamamızı indirin", "Bu haberi uygulamamızda okuyun"],
        "de": ["Nachrichten von {site} aufs Handy: Laden Sie unsere App", "Diesen Artikel in der App von {site} lesen"],
        "fr": ["Les alertes de {site} sur votre téléphone : téléchargez notre appli", "Lire cet article dans l'appli {site}"],
        "es": ["Las alertas de {site} en tu móvil: descarga nuestra app", "Lee esta noticia en la app de {site}"],
        "ru": ["Новости «{site}» в вашем телефоне: скачайте наше приложение", "Читать этот материал в приложении «{site}»"],
    },
    "bio": {
        "en": ["{by} is a reporter at {site} covering health and social care.", "Contact {by} at reporter@example.net."],
        "tr": ["{by}, {site} muhabiri; sağlık ve sosyal hizmet haberlerini izliyor.", "{by} ile iletişim: muhabir@example.net"],
        "de": ["{by} ist Reporterin bei {site} und berichtet über Gesundheit und Soziales.", "Kontakt zu {by}: reporter@example.net"],
        "fr": ["{by} est journaliste à {site}, où elle suit la santé et le social.", "Pour joindre {by} : reporter@example.net"],
        "es": ["{by} es periodista de {site} y cubre sanidad y servicios sociales.", "Contacto con {by}: reporter@example.net"],
        "ru": ["{by} — корреспондент «{site}», пишет о здравоохранении и социальной сфере.", "Связаться с автором: reporter@example.net"],
    },
    "tip": {
        "en": ["Seen something we should report? Message our newsdesk on WhatsApp.", "Do you know more? Get in touch in confidence."],
        "tr": ["Haber yapmamız gereken bir şey mi gördünüz? Haber masamıza WhatsApp'tan yazın.", "Daha fazlasını mı biliyorsunuz? Gizlilik içinde bize ulaşın."],
        "de": ["Sie haben eine Geschichte? Schreiben Sie unserem Newsdesk per WhatsApp.", "Sie wissen mehr? Melden Sie sich vertraulich bei uns."],
        "fr": ["Une histoire à raconter ? Écrivez à notre rédaction sur WhatsApp.", "Vous en savez davantage ? Contactez-nous en toute confidentialité."],
        "es": ["¿Has visto algo que deberíamos contar? Escribe a nuestra redacción por WhatsApp.", "¿Sabes algo más? Contacta con nosotros de forma confidencial."],
        "ru": ["Видели то, о чём нам стоит написать? Сообщите в редакцию через WhatsApp.", "Знаете подробности? Свяжитесь с нами конфиденциально."],
    },
    "typo": {  # "report a typo" notices: select the text, press Ctrl+Enter
        "en": ["See an error? Select it and press Ctrl+Enter.", "Notice something wrong in this text? Highlight it and press Ctrl+Enter."],
        "tr": ["Bir hata mı gördünüz? Seçip Ctrl+Enter'a basın.", "Metinde yanlış bir şey mi var? İşaretleyip Ctrl+Enter'a basın."],
        "de": ["Einen Fehler gesehen? Markieren und Strg+Enter drücken.", "Stimmt etwas nicht im Text? Stelle markieren, dann Strg+Enter."],
        "fr": ["Une erreur ? Sélectionnez-la puis appuyez sur Ctrl+Entrée.", "Quelque chose cloche dans ce texte ? Surlignez et tapez Ctrl+Entrée."],
        "es": ["¿Ves un error? Selecciónalo y pulsa Ctrl+Enter.", "¿Algo no está bien en el texto? Márcalo y pulsa Ctrl+Intro."],
        "ru": ["Увидели ошибку? Выделите её и нажмите Ctrl+Enter.", "Что-то не так в тексте? Отметьте это место и нажмите Ctrl+Enter."],
    },
    "push": {  # browser push-notification prompts
        "en": ["Want alerts when news breaks in your area? Enable notifications.", "Allow {site} to send you notifications?"],
        "tr": ["Bölgenizde son dakika olduğunda uyarı almak ister misiniz? Bildirimleri açın.", "{site} size bildirim gönderebilir mi?"],
        "de": ["Eilmeldungen aus Ihrer Region? Aktivieren Sie Benachrichtigungen.", "Darf {site} Ihnen Benachrichtigungen senden?"],
        "fr": ["Être alerté dès qu'une info tombe près de chez vous ? Activez les notifications.", "Autoriser {site} à vous envoyer des notifications ?"],
        "es": ["¿Quieres un aviso cuando haya última hora en tu zona? Activa las notificaciones.", "¿Permitir que {site} te envíe notificaciones?"],
        "ru": ["Хотите узнавать о срочных новостях района первыми? Включите уведомления.", "Разрешить «{site}» присылать уведомления?"],
    },
    "ai": {  # AI-use disclosures (new family)
        "en": ["This summary was produced with the help of AI and checked by an editor.",
               "We used an AI tool to help transcribe the interviews for this article. A journalist checked every quote."],
        "tr": ["Bu özet yapay zekâ yardımıyla hazırlandı ve bir editör tarafından kontrol edildi.",
               "Bu haberdeki röportajların yazıya dökülmesinde yapay zekâ aracından yararlandık. Tüm alıntıları bir muhabir kontrol etti."],
        "de": ["Diese Zusammenfassung wurde mithilfe von KI erstellt und von der Redaktion geprüft.",
               "Beim Abschreiben der Interviews für diesen Text hat uns ein KI-Werkzeug geholfen. Alle Zitate hat ein Redakteur geprüft."],
        "fr": ["Ce résumé a été rédigé avec l'aide d'une IA et vérifié par un journaliste.",
               "Nous avons utilisé un outil d'IA pour retranscrire les entretiens de cet article. Chaque citation a été vérifiée par la rédaction."],
        "es": ["Este resumen se ha elaborado con ayuda de IA y lo ha revisado un editor.",
               "Usamos una herramienta de IA para transcribir las entrevistas de esta noticia. Un periodista revisó todas las citas."],
        "ru": ["Краткое содержание подготовлено с помощью ИИ и проверено редактором.",
               "При расшифровке интервью для этого материала мы использовали ИИ. Все цитаты проверил журналист."],
    },
    "affiliate": {  # affiliate / commission disclosures (new family)
        "en": ["Links in this article may earn {site} a small commission.",
               "If you buy something through our links, we may receive a fee. This does not affect our reporting."],
        "tr": ["Bu haberdeki bağlantılar üzerinden yapılan alışverişlerden küçük bir komisyon alabiliriz.",
               "Bağlantılarımız aracılığıyla bir şey satın alırsanız ücret alabiliriz. Bu, haberciliğimizi etkilemez."],
        "de": ["Für Käufe über Links in diesem Artikel kann {site} eine kleine Provision erhalten.",
               "Wenn Sie über unsere Links etwas kaufen, bekommen wir möglicherweise eine Vergütung. Auf die Berichterstattung hat das keinen Einfluss."],
        "fr": ["Les liens de cet article peuvent rapporter une petite commission à {site}.",
               "Si vous achetez via nos liens, nous pouvons percevoir une rémunération. Cela n'influence pas nos articles."],
        "es": ["Los enlaces de este artículo pueden generar una pequeña comisión para {site}.",
               "Si compras algo a través de nuestros enlaces, podemos recibir una compensación. Esto no afecta a nuestra información."],
        "ru": ["За покупки по ссылкам в этом материале «{site}» может получить небольшое вознаграждение.",
               "Если вы что-то купите по нашим ссылкам, мы можем получить комиссию. На содержание материалов это не влияет."],
    },
    "gift": {  # "gift this article" prompts (new family)
        "en": ["Gift this article: a friend can read it free", "You can still gift 5 articles this month"],
        "tr": ["Bu haberi hediye edin: arkadaşınız ücretsiz okuyabilir", "Bu ay 5 haber daha hediye edebilirsiniz"],
        "de": ["Artikel verschenken: Freunde lesen ihn kostenlos", "Sie können diesen Monat noch 5 Artikel verschenken"],
        "fr": ["Offrir cet article : un proche pourra le lire gratuitement", "Il vous reste 5 articles à offrir ce mois-ci"],
        "es": ["Regala esta noticia: un amigo podrá leerla gratis", "Este mes aún puedes regalar 5 noticias"],
        "ru": ["Подарить статью: друг прочитает её бесплатно", "В этом месяце вы можете подарить ещё 5 статей"],
    },
}
HEADLINES = {
    "en": ["Footbridge over the canal reopens after repairs", "Primary school gets a new climbing wall",
           "Council tax bills to rise by 4.9%", "Library extends Saturday opening hours",
           "Fire crews called to barn blaze near Leekton", "Litter pickers fill 90 bags in one morning"],
    "tr": ["Kanal üzerindeki yaya köprüsü onarımın ardından açıldı", "İlkokula tırmanma duvarı yapıldı",
           "Emlak vergisinde yeni oranlar belli oldu", "Kütüphane cumartesi günleri de açık olacak",
           "Samanlıkta çıkan yangın söndürüldü", "Gönüllüler bir sabahta 90 torba çöp topladı"],
    "de": ["Fußgängerbrücke am Kanal wieder offen", "Grundschule bekommt eine Kletterwand",
           "Grundsteuer steigt um 4,9 Prozent", "Bücherei öffnet samstags länger",
           "Feuerwehr löscht Scheunenbrand bei Neustadt", "Müllsammler füllen 90 Säcke an einem Vormittag"],
    "fr": ["La passerelle du canal rouvre après travaux", "Un mur d'escalade pour l'école primaire",
           "La taxe foncière augmente de 4,9 %", "La bibliothèque ouvre plus tard le samedi",
           "Incendie d'une grange : les pompiers mobilisés toute la nuit", "Quatre-vingt-dix sacs de déchets ramassés en une matinée"],
    "es": ["Reabre la pasarela del canal tras las obras", "El colegio estrena rocódromo",
           "El IBI subirá un 4,9 %", "La biblioteca amplía su horario de los sábados",
           "Los bomberos sofocan el incendio de un pajar", "Los voluntarios llenan 90 bolsas de basura en una mañana"],
    "ru": ["Пешеходный мост через канал открыли после ремонта", "В начальной школе появился скалодром",
           "Налог на имущество вырастет на 4,9%", "Библиотеку на Садовой откроют и по воскресеньям",
           "Пожарные потушили горящий сеновал", "Волонтёры за утро собрали 90 мешков мусора"],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the
# article: this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Just published", "Town and villages", "Crime and courts", "Inside the town hall", "Match reports",
                    "What's on this week", "Letters page", "Houses and gardens"],
               cookie="Cookies help us keep this site free to read. Choose 'Accept and continue' to allow them all, or pick the ones you're happy with.",
               accept="Accept and continue", reject="Let me choose", share="Spread the word", related="Also from our newsroom",
               newsletter="Morning Brief: local news before nine", subscribe="Get it free", email="name@example.net",
               comment_note="Register or sign in to have your say.",
               footer=["Meet the team", "Complaints procedure", "Change cookie choices", "Advertising enquiries", "Site terms"],
               rights="Content may not be republished without permission.",
               commenters=[("ferryman_dave", "About time somebody looked into this."),
                           ("S. Bakewell", "Is the full report online anywhere?"),
                           ("quietlane42", "Nothing will change, you watch.")]),
    "tr": dict(nav=["Dakika dakika", "İlçeler ve köyler", "Adliye haberleri", "Belediye meclisi", "Maç özetleri",
                    "Bu hafta ne var?", "Okur köşesi"],
               cookie="Sitemizi ücretsiz tutabilmek için çerezlerden yararlanıyoruz. Tümüne izin vermek için 'Kabul et ve devam et'i seçin ya da izin verdiklerinizi belirleyin.",
               accept="Kabul et ve devam et", reject="Ben seçeyim", share="Yayılsın", related="Haber merkezimizden",
               newsletter="Sabah Özeti: saat dokuzdan önce yerel haberler", subscribe="Ücretsiz al", email="isim@ornek.net",
               comment_note="Görüşünüzü yazmak için kaydolun ya da giriş yapın.",
               footer=["Ekibimizle tanışın", "Şikâyet başvurusu", "Çerez ayarları", "Bize reklam verin", "Site kuralları"],
               rights="İçerik izinsiz yeniden yayımlanamaz.",
               commenters=[("deniz_feneri_55", "Birinin bunu araştırması gerekiyordu."),
                           ("Ayten K.", "Raporun tamamını nerede bulabilirim?")]),
    "de": dict(nav=["Aktuelle Meldungen", "Stadt und Dörfer", "Polizei und Justiz", "Rathaus-Ticker", "Spielberichte",
                    "Was ist los diese Woche", "Leserforum"],
               cookie="Cookies helfen uns, diese Seite kostenlos anzubieten. Mit „Akzeptieren und weiter“ erlauben Sie alle, oder Sie wählen selbst aus.",
               accept="Akzeptieren und weiter", reject="Selbst auswählen", share="Weitererzählen", related="Auch aus unserer Redaktion",
               newsletter="Morgenbriefing: Lokales vor neun Uhr", subscribe="Kostenlos bestellen", email="name@beispiel.net",
               comment_note="Registrieren Sie sich oder melden Sie sich an, um mitzureden.",
               footer=["Das Team", "Beschwerdestelle", "Cookie-Einstellungen", "Anzeige schalten", "Regeln fürs Kommentieren"],
               rights="Inhalte dürfen nicht ohne Erlaubnis weiterveröffentlicht werden.",
               commenters=[("Fischer_Gustl", "Höchste Zeit, dass sich jemand darum kümmert."),
                           ("M. Albers", "Wo finde ich den vollständigen Bericht?")]),
    "fr": dict(nav=["Dernières infos", "Ville et villages", "Faits divers et justice", "Conseil municipal",
                    "Comptes rendus de match", "Sortir cette semaine", "La parole aux lecteurs"],
               cookie="Les cookies nous aident à garder ce site gratuit. Choisissez « Accepter et continuer » pour tous les autoriser, ou sélectionnez ceux qui vous conviennent.",
               accept="Accepter et continuer", reject="Je choisis", share="Faites passer", related="Aussi dans notre rédaction",
               newsletter="Le Réveil : l'info locale avant 9 heures", subscribe="C'est gratuit", email="nom@exemple.net",
               comment_note="Inscrivez-vous ou connectez-vous pour donner votre avis.",
               footer=["L'équipe de rédaction", "Signaler un problème", "Paramètres des cookies", "Publicité : nos offres", "Règles du site"],
               rights="Reproduction interdite sans autorisation de la rédaction.",
               commenters=[("Forez_Bernard", "Il était temps que quelqu'un s'en occupe."),
                           ("Nathalie V.", "Où peut-on lire le rapport complet ?")]),
    "es": dict(nav=["Al minuto", "Ciudad y pueblos", "Sucesos y tribunales", "Pleno municipal", "Crónicas deportivas",
                    "Planes de la semana", "El buzón del lector"],
               cookie="Las cookies nos ayudan a mantener esta web gratuita. Elige «Aceptar y continuar» para permitirlas todas o selecciona las que prefieras.",
               accept="Aceptar y continuar", reject="Prefiero elegir", share="Difúndelo", related="También de nuestra redacción",
               newsletter="Buenos días: lo local antes de las nueve", subscribe="Recibirlo gratis", email="nombre@ejemplo.net",
               comment_note="Regístrate o inicia sesión para opinar.",
               footer=["Quiénes hacemos el periódico", "Atención al lector", "Ajustes de cookies", "Anúnciate", "Normas del sitio"],
               rights="Queda prohibida la reproducción sin permiso de la redacción.",
               commenters=[("lonjero_68", "Ya era hora de que alguien lo contara."),
                           ("Marisa P.", "¿Dónde se puede leer la sentencia completa?")]),
    "ru": dict(nav=["Срочные новости", "Город и пригород", "Происшествия и суды", "Городская дума", "Спортивные итоги",
                    "Куда пойти на неделе", "Читатели пишут"],
               cookie="Cookie помогают нам оставлять сайт бесплатным. Нажмите «Принять и продолжить», чтобы разрешить все, или выберите нужные.",
               accept="Принять и продолжить", reject="Выбрать самому", share="Расскажите знакомым", related="Ещё от нашей редакции",
               newsletter="«Утренний брифинг»: местные новости до девяти", subscribe="Получать бесплатно", email="imya@primer.net",
               comment_note="Зарегистрируйтесь или войдите, чтобы высказаться.",
               footer=["Команда портала", "Жалобы и претензии", "Мои настройки cookie", "Рекламодателям", "Правила сайта"],
               rights="Перепечатка без разрешения редакции запрещена.",
               commenters=[("kama_rybak", "Давно пора было этим заняться."),
                           ("Ольга Н.", "Где можно прочитать полный документ?")]),
}
UI21 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "LIVE"): {"en": dict(share="Send this update", posted="Update from {name}", pinned="Stuck to the top",
                               newer="Load 2 fresh updates")},
    (mp2, "LIVE_AUTHORS"): {"en": ["Kerry Lamb", "Dominic Achterberg"]},
    (mp2, "BIO"): {"en": "{name} writes features for {site}, mostly about {section} and the people behind it. Ideas welcome at features@example.net"},
    (mp3, "BROADCAST"): {"ru": dict(watch="Видеосюжет:", fallback="Видео не загрузилось. Обновите страницу или откройте ролик в приложении.",
                                    live="Смотреть эфир", topics="По теме сюжета")},
    (mp4, "READMORE"): {"es": "LEE TAMBIÉN EN ESTA SECCIÓN:"},
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # the fusion ad label
    (mp5, "BRIGHT"): {"es": dict(listen="Escucha la noticia completa", promo="RECOMENDADO POR LA REDACCIÓN",
                                 more="Otras historias de Talavera")},
    (mp6, "TYPO3"): {"de": dict(ext="Eingebettetes Video",
                                note="Hier ist ein Erklärvideo des Bürgerbüros eingebunden, das bei Vimeo liegt. Erst wenn Sie es abspielen, gehen Daten an Vimeo.",
                                button="Video abspielen", by="Verfasst von:", search="Was suchen Sie?",
                                lang_menu="Leichte Sprache")},
    (mp7, "SANITY"): {"de": dict(nl_title="Der Abend an der Aller", nl_text="Jeden Werktag um 18 Uhr: was heute in der Region passiert ist.",
                                 nl_button="Abendbrief bestellen", nl_placeholder="E-Mail für den Abendbrief")},
    (mp10, "WEBFLOW"): {"tr": dict(cc_text="Bu site, ziyaretçi sayısını ölçmek ve tercihlerinizi hatırlamak için çerez kullanır. Seçiminizi sayfanın en altından güncelleyebilirsiniz.",
                                   mc_title="Gölbaşı Gündem her perşembe e-postanızda", mc_button="Perşembe bültenine katıl",
                                   share="Bu haberi başkalarına ulaştırın", more="Gölbaşı'ndan başka haberler",
                                   cc_prefs="Çerezleri ayarla", cc_deny="İstemiyorum", cc_allow="Tamam, izin veriyorum",
                                   back="← Haber listesine dön", by="Muhabir", published="Yayımlandığı gün",
                                   mc_email="Bülten için e-posta adresiniz")},
    (mp11, "HUGO"): {"en": dict(nl_title="The Counter, monthly",
                                nl_text="One email a month with our newest data and the spreadsheets behind it.",
                                nl_label="Where shall we send it?", nl_button="Put me on the Counter list")},
    (mp12, "JOOMLA"): {"en": dict(latest="Hot off the Leekton press", popular="Top reads this fortnight", field="Village:",
                                  posts="Across the Heath")},
    (mp12, "PLACES"): {"h21-en-006": "Brindley Heath"},
    (mp13, "PUB_NAV"): {"en": ["Latest from the lido", "Galas and events", "Volunteer with us", "About the Friends"]},
    (mp13, "TEASERS"): {"en": ["The bridge had been shut since a barge struck it in March.",
                               "Parents raised £4,200 at two summer fairs to pay for it.",
                               "A band D household will pay an extra £94 a year.",
                               "The branch will now close at 4pm instead of 1pm.",
                               "Nobody was hurt, but 200 bales of hay were lost.",
                               "The next clean-up is planned for the first Sunday of May."]},
    (mp14, "BLOGGER"): {"tr": dict(follow="Köyden yeni yazılar e-postanıza gelsin:", follow_ph="Buraya e-posta adresinizi yazın",
                                   follow_btn="Yazıları bana gönder",
                                   desc="Kocaçınar köyünden haberler, düğünler, imeceler ve yaylaya çıkış günleri.",
                                   bio="Köyümüzün muhtarı. Bu günlüğü 2014'ten beri tutuyor.",
                                   comments=[("Kocaçınarlı Fatma", "Annem de gitti, tansiyonu çok iyi çıkmış, sağ olsunlar."),
                                             ("Recep Usta", "Gelecek sefere diş doktoru da gelse keşke.")])},
    (mp15, "TILDA"): {"fr": dict(nav=["À la une dans le Forez", "Communes du secteur", "Portraits", "Proposer un sujet"],
                                 by="Reportage :", sub_title="La lettre du jeudi",
                                 sub_text="Chaque jeudi, l'essentiel du Forez dans votre boîte mail.",
                                 ph="Adresse e-mail pour la lettre", button="Je m'inscris à la lettre",
                                 ok="C'est noté ! Un e-mail de confirmation vient de partir.",
                                 share="Partager avec un proche", back="← Toutes nos infos",
                                 about="Média local indépendant du Forez, fondé en 2021.",
                                 cookie="Nous utilisons des cookies pour la lettre d'information et pour mesurer l'audience.",
                                 cookie_ok="OK pour moi")},
    (mp16, "WIX"): {"de": dict(nav=["Startseite ASV", "Unsere Gewässer", "Jugendgruppe", "Neuigkeiten", "Erlaubnisscheine"],
                               footer="Angelsportverein Mühlbach von 1962 · Vereinsheim am Mühlenweiher · Kartenausgabe samstags 9–11 Uhr",
                               button="Vereins-News per Mail erhalten",
                               posts=["Arbeitseinsatz am Weiher: Helfer gesucht", "Jugendzeltlager 2026",
                                      "Neue Gewässerordnung ab Januar"], tags=["Besatz", "Mühlenweiher"])},
    (mp20, "R"): {"typo": R["typo"]},  # the DLE page's typo hint under the story
    (mp20, "DLE"): {"ru": dict(domain="klyuchevsk-portal.ru", skin="Klyuch24",
                               slogan="Ключевск и район: городские новости каждый день",
                               menu=["Лента Ключевска", "Городская среда", "Транспорт и дороги", "Медицина", "Спорт в Ключевске",
                                     "Что посмотреть", "Новости от читателей", "Реклама на портале"],
                               cat_slug="gorod", popular="Самое обсуждаемое за неделю",
                               poll=("Сдаёте ли вы ёлку после праздников?",
                                     ["Да, каждый год", "В этом году впервые", "У меня искусственная", "Оставляю у контейнера"]),
                               tags=["ёлки", "переработка", "чистый город"],
                               cloud=["чистый город", "ёлки", "парк Берёзки", "Дворец культуры", "волонтёры", "вторая жизнь ёлки",
                                      "школа № 7", "погода"],
                               commenters=[("klyuch_Marina", "А сосну с шишками примут? У нас живая, из леса."),
                                           ("Виктор Палыч", "Хорошее дело. В прошлом году сдавали, щепу потом видели в сквере."),
                                           ("sever_38", "Почему у рынка только до обеда? Напишите время.")],
                               poster="novosti", editor="moderator", reason="добавлен адрес пункта приёма",
                               source_label="Первоисточник:",
                               source=("управление благоустройства администрации Ключевска", "https://klyuchevsk-adm.example/news/"),
                               footer="© 2013–2026 «Ключевский портал». Сетевое издание. Регистрационный номер Эл № ФС 77-84512. Использование материалов — только с активной ссылкой на klyuchevsk-portal.ru.",
                               contacts="Адрес редакции: Ключевск, Советская улица, дом 41; телефон +7 (34362) 5-20-18",
                               age="16+", style="br", wrap=("full-story", "full-text"))},
}
WIX_FREE = {"h21-de-003"}  # the angling club is on Wix's free plan (wixsite.com address, Wix ad banner)
HEADLINE_MODULES = tuple(m for m in (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15,
                                     mp16, mp17, mp18, mp19, mp20) if hasattr(m, "HEADLINES"))


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
                new[key] = dict(new[key], **val) if isinstance(val, dict) else val
            setattr(mod, name, new)
        saved.append((mp16, "WIX_FREE", mp16.WIX_FREE))
        mp16.WIX_FREE = WIX_FREE
        yield
    finally:
        for mod, name, old in reversed(saved):
            setattr(mod, name, old)


# --------------------------------------------------------------------------
# the new layout: WordPress + Hello Elementor + Elementor Pro (Theme Builder)
# --------------------------------------------------------------------------
# the platforms' own interface strings in the site language, as WordPress core, the Hello Elementor theme,
# Elementor / Elementor Pro and the CookieYes plugin ship them (skip link, nav-menu toggle, post-info
# prefixes and comment counts, share-button labels, post navigation, posts-widget "read more", author box
# button, search form, the comments template and reply form, the cookie banner's buttons, the frontend config)
ELEMENTOR_CORE = {
    "es": dict(skip="Ir al contenido", home="Inicio", menu="Menú", toggle="Alternar menú", by="Por",
               comments_n=("Sin comentarios", "Un comentario", "{n} comentarios"), share_on="Compartir en {n}",
               prev="Anterior", next="Siguiente", read_more="Leer más »", read_more_aria="Leer más sobre {t}",
               all_posts="Todas las entradas", search="Buscar", search_ph="Buscar...",
               responses=("Una respuesta", "{n} respuestas"), says="dice:", reply="Responder",
               reply_to="Responder a {a}", at="a las", leave="Deja una respuesta", cancel="Cancelar la respuesta",
               email_notes="Tu dirección de correo electrónico no será publicada.",
               required="Los campos obligatorios están marcados con", f_comment="Comentario", f_name="Nombre",
               f_email="Correo electrónico", f_url="Web",
               f_cookies="Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.",
               submit="Publicar el comentario", feed="Feed", comments_feed="Feed de los comentarios",
               sitekit="Fragmento de código de la etiqueta de Google (gtag.js) añadida por Site Kit",
               months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                       "octubre", "noviembre", "diciembre"], date_fmt="{d} de {m} de {y}", locale="es_ES",
               cky=dict(customize="Personalizar", reject="Rechazar todo", accept="Aceptar todo",
                        revisit="Preferencias de consentimiento", close="Cerrar", more="Mostrar más",
                        save="Guardar mis preferencias", necessary="Necesaria", always="Siempre activas"),
               i18n={"shareOnFacebook": "Compartir en Facebook", "shareOnTwitter": "Compartir en Twitter",
                     "pinIt": "Fijarlo", "download": "Descargar", "downloadImage": "Descargar imagen",
                     "fullscreen": "Pantalla completa", "zoom": "Zoom", "share": "Compartir",
                     "playVideo": "Reproducir vídeo", "previous": "Anterior", "next": "Siguiente", "close": "Cerrar",
                     "a11yCarouselWrapperAriaLabel": "Carrusel | Scroll horizontal: Flecha izquierda y derecha",
                     "a11yCarouselPrevSlideMessage": "Diapositiva anterior",
                     "a11yCarouselNextSlideMessage": "Diapositiva siguiente",
                     "a11yCarouselFirstSlideMessage": "Esta es la primera diapositiva",
                     "a11yCarouselLastSlideMessage": "Esta es la última diapositiva",
                     "a11yCarouselPaginationBulletMessage": "Ir a la diapositiva"}),
}
# each Elementor site's own strings: domain, slogan, menus, header button, the global newsletter block in the
# post, widget headings, the ad slot label, the story's tags, the author bio, readers' comments, footer texts,
# the cookie banner's title and text
ELEMENTOR = {
    "es": dict(domain="lavozdelarcipreste.es", slogan="Noticias de Villanueva del Arcipreste y su comarca",
               menu=["Actualidad comarcal", "Pueblos", "Campo y ganadería", "Deporte local", "Fiestas y agenda",
                     "Tribuna", "Conoce la redacción"],
               button="Hazte suscriptor de La Voz",
               nl_title="El boletín de La Voz", nl_text="Cada viernes, lo más leído de la semana en la comarca, directo a tu correo.",
               nl_label="Correo para el boletín", nl_ph="Escribe aquí tu correo electrónico", nl_button="Apúntame al boletín",
               nl_legal="He leído la política de privacidad y acepto recibir el boletín.", nl_form="Boletín semanal",
               share_title="Comparte esta noticia", related_title="Te puede interesar", popular_title="Lo más visto en La Voz",
               ad_label="Publicidad de comercios de la comarca", follow_title="Síguenos en redes",
               tags=["convento", "repostería", "comercio local"],
               bio="Periodista de La Voz del Arcipreste desde 2017. Escribe sobre los pueblos de la comarca y su gente.",
               commenters=[("Pilar Gascón", "Las de almendra están buenísimas, ya he hecho mi pedido."),
                           ("Javi R.", "¡Qué bien que se modernicen! ¿Envían también a Portugal?")],
               about="Diario digital independiente de la comarca del Arcipreste desde 2015.",
               sections_title="Secciones del diario", legal_title="Información legal",
               legal=["Aviso legal", "Política de privacidad", "Política de cookies", "Contacto"],
               copyright="© 2026 La Voz del Arcipreste · Edita Comunicación Arcipreste S.L. · Todos los contenidos son propiedad del diario.",
               cookie_title="Tu privacidad en La Voz",
               cookie_text="Usamos cookies propias y de terceros para contar las visitas y mostrar publicidad adaptada a tus intereses. Puedes aceptarlas todas, rechazarlas o elegir cuáles permites.",
               gtag="G-7KQ2VX3MLD", kit=7, header_id=45, footer_id=58, single_id=512),
}
# keys of ELEMENTOR that are not wordings of the site (codes, ids) or are the legal pages every Spanish site
# links by the same names
ELEMENTOR_EXEMPT = {"domain", "gtag", "kit", "header_id", "footer_id", "single_id", "legal"}

SVG = {
    "user": ('e-far-user-circle', '0 0 496 512', 'M248 104c-53 0-96 43-96 96s43 96 96 96 96-43 96-96-43-96-96-96zm0 144c-26.5 0-48-21.5-48-48s21.5-48 48-48 48 21.5 48 48-21.5 48-48 48z'),
    "calendar": ('e-fas-calendar', '0 0 448 512', 'M12 192h424c6.6 0 12 5.4 12 12v260c0 26.5-21.5 48-48 48H48c-26.5 0-48-21.5-48-48V204c0-6.6 5.4-12 12-12z'),
    "clock": ('e-far-clock', '0 0 512 512', 'M256 8C119 8 8 119 8 256s111 248 248 248 248-111 248-248S393 8 256 8zm0 448c-110.5 0-200-89.5-200-200S145.5 56 256 56s200 89.5 200 200-89.5 200-200 200z'),
    "comment": ('e-far-comment-dots', '0 0 512 512', 'M144 208c-17.7 0-32 14.3-32 32s14.3 32 32 32 32-14.3 32-32-14.3-32-32-32zm112 0c-17.7 0-32 14.3-32 32s14.3 32 32 32 32-14.3 32-32-14.3-32-32-32z'),
    "tag": ('e-fas-tags', '0 0 640 512', 'M497.941 225.941L286.059 14.059A48 48 0 0 0 252.118 0H48C21.49 0 0 21.49 0 48v204.118a48 48 0 0 0 14.059 33.941z'),
    "facebook": ('e-fab-facebook', '0 0 512 512', 'M504 256C504 119 393 8 256 8S8 119 8 256c0 123.78 90.69 226.38 209.25 245V327.69h-63V256h63v-54.64z'),
    "x-twitter": ('e-fab-x-twitter', '0 0 512 512', 'M389.2 48h70.6L305.6 224.2 487 464H345L233.7 318.6 106.5 464H35.8L200.7 275.5 26.8 48H172.4z'),
    "whatsapp": ('e-fab-whatsapp', '0 0 448 512', 'M380.9 97.1C339 55.1 283.2 32 223.9 32c-122.4 0-222 99.6-222 222 0 39.1 10.2 77.3 29.6 111L0 480z'),
    "telegram": ('e-fab-telegram', '0 0 496 512', 'M248 8C111 8 0 119 0 256s111 248 248 248 248-111 248-248S385 8 248 8zm121.8 169.9l-40.7 191.8z'),
    "envelope": ('e-fas-envelope', '0 0 512 512', 'M502.3 190.8c3.9-3.1 9.7-.2 9.7 4.7V400c0 26.5-21.5 48-48 48H48c-26.5 0-48-21.5-48-48V195.6z'),
    "instagram": ('e-fab-instagram', '0 0 448 512', 'M224.1 141c-63.6 0-114.9 51.3-114.9 114.9s51.3 114.9 114.9 114.9S339 319.5 339 255.9 287.7 141 224.1 141z'),
    "search": ('e-fas-search', '0 0 512 512', 'M505 442.7L405.3 343c-4.5-4.5-10.6-7-17-7H372c27.6-35.3 44-79.7 44-128C416 93.1 322.9 0 208 0z'),
    "left": ('e-fas-angle-left', '0 0 256 512', 'M31.7 239l136-136c9.4-9.4 24.6-9.4 33.9 0l22.6 22.6c9.4 9.4 9.4 24.6 0 33.9L127.9 256z'),
    "right": ('e-fas-angle-right', '0 0 256 512', 'M224.3 273l-136 136c-9.4 9.4-24.6 9.4-33.9 0l-22.6-22.6c-9.4-9.4-9.4-24.6 0-33.9l96.4-96.4z'),
    "bars": ('e-eicon-menu-bar', '0 0 1000 1000', 'M104 333H896C929 333 958 304 958 271S929 208 896 208H104C71 208 42 237 42 271S71 333 104 333Z'),
    "close": ('e-eicon-close', '0 0 1000 1000', 'M742 167L500 408 258 167C246 154 233 150 217 150 196 150 179 158 167 167 154 179 150 196 150 212 150 229 154 242 171 254L408 500 167 742z'),
}


def svg(name, aria=True):
    cls, vb, d = SVG[name]
    return '<svg %sclass="e-font-icon-svg %s" viewBox="%s" xmlns="http://www.w3.org/2000/svg"><path d="%s"></path></svg>' % (
        'aria-hidden="true" ' if aria else "", cls, vb, d)


def wp_slug(s, k=200):
    """WordPress's sanitize_title: accents removed, lower case, words joined by hyphens."""
    return slug(unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode())[:k].strip("-")


def el_date(lang, iso):
    c = ELEMENTOR_CORE[lang]
    y, m, d = (int(x) for x in iso.split("-"))
    return c["date_fmt"].format(d=d, m=c["months"][m - 1], y=y)


class _Ids:
    """Elementor's element ids: seven hex digits, drawn from the page's generator."""
    def __init__(self, rng):
        self.rng, self.seen = rng, set()

    def __call__(self):
        while True:
            x = "%07x" % self.rng.randint(16**6, 16**7 - 1)
            if x not in self.seen:
                self.seen.add(x)
                return x


def el_widget(eid, name, inner, extra_cls="", settings=None, skin="default"):
    st = ' data-settings="%s"' % A(json.dumps(settings, separators=(",", ":"))) if settings else ""
    return ('<div class="elementor-element elementor-element-%s%s elementor-widget elementor-widget-%s" data-id="%s" '
            'data-element_type="widget"%s data-widget_type="%s.%s">\n\t\t\t\t<div class="elementor-widget-container">\n%s\n'
            '\t\t\t\t</div>\n\t\t\t\t</div>') % (eid, " " + extra_cls if extra_cls else "", name, eid, st, name, skin, inner)


def el_section(eid, columns, cls="elementor-top-section", boxed=True):
    return ('<section class="elementor-section %s elementor-element elementor-element-%s elementor-section-%s '
            'elementor-section-height-default elementor-section-height-default" data-id="%s" data-element_type="section">\n'
            '\t\t\t\t\t\t<div class="elementor-container elementor-column-gap-default">\n%s\n\t\t\t\t\t</div>\n\t\t</section>') % (
        cls, eid, "boxed" if boxed else "full_width", eid, "\n".join(columns))


def el_column(eid, size, widgets, top=True):
    return ('<div class="elementor-column elementor-col-%d %s elementor-element elementor-element-%s" data-id="%s" '
            'data-element_type="column">\n\t\t\t<div class="elementor-widget-wrap elementor-element-populated">\n%s\n'
            '\t\t\t\t\t</div>\n\t\t</div>') % (size, "elementor-top-column" if top else "elementor-inner-column", eid, eid,
                                               "\n".join(widgets))


def el_container(eid, widgets, child=False, cls=""):
    if child:
        return ('<div class="elementor-element elementor-element-%s e-con-full e-flex e-con e-child%s" data-id="%s" '
                'data-element_type="container">\n%s\n\t\t</div>') % (eid, " " + cls if cls else "", eid, "\n".join(widgets))
    return ('<div class="elementor-element elementor-element-%s e-flex e-con-boxed e-con e-parent" data-id="%s" '
            'data-element_type="container" data-settings="{&quot;content_width&quot;:&quot;boxed&quot;}">\n'
            '\t\t\t\t\t<div class="e-con-inner">\n%s\n\t\t\t\t\t</div>\n\t\t\t\t</div>') % (eid, eid, "\n".join(widgets))


def el_nav(ids, items, host, c, label):
    wid = ids()
    lis = "".join('<li class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-%d"><a href="https://%s/%s/" '
                  'class="elementor-item">%s</a></li>' % (101 + k, host, wp_slug(x), E(x)) for k, x in enumerate(items))
    lis2 = lis.replace('class="elementor-item">', 'class="elementor-item" tabindex="-1">')
    inner = ('\t\t\t\t\t\t<nav aria-label="%s" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal '
             'e--pointer-underline e--animation-fade">\n\t\t\t\t<ul id="menu-1-%s" class="elementor-nav-menu">%s</ul>\t\t\t</nav>\n'
             '\t\t\t\t\t<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="%s" aria-expanded="false">\n'
             '\t\t\t%s%s\t\t\t<span class="elementor-screen-only">%s</span>\n\t\t</div>\n'
             '\t\t\t\t\t<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">\n'
             '\t\t\t\t<ul id="menu-2-%s" class="elementor-nav-menu">%s</ul>\t\t\t</nav>') % (
        A(label), wid, lis, A(c["toggle"]), svg("bars").replace('class="', 'class="elementor-menu-toggle__icon--open '),
        svg("close").replace('class="', 'class="elementor-menu-toggle__icon--close '), E(c["menu"]), wid, lis2)
    return el_widget(wid, "nav-menu", inner, "elementor-nav-menu__align-end elementor-nav-menu--dropdown-tablet "
                     "elementor-nav-menu__text-align-aside elementor-nav-menu--toggle elementor-nav-menu--burger",
                     {"layout": "horizontal", "submenu_icon": {"value": "<svg class=\"e-font-icon-svg e-fas-caret-down\"></svg>",
                                                               "library": "fa-solid"}, "toggle": "burger"})


def el_social(ids, host_slug, nets):
    items = "".join(('\t\t\t\t\t<span class="elementor-grid-item">\n\t\t\t\t\t<a class="elementor-icon elementor-social-icon '
                     'elementor-social-icon-%s elementor-repeater-item-%s" href="https://www.%s.com/%s" target="_blank">\n'
                     '\t\t\t\t\t\t<span class="elementor-screen-only">%s</span>\n\t\t\t\t\t\t%s\t\t\t\t\t</a>\n\t\t\t\t</span>\n') % (
        n, ids(), {"x-twitter": "x"}.get(n, n), host_slug, n.split("-")[0].capitalize() if n != "x-twitter" else "X",
        svg(n, aria=False)) for n in nets)
    return el_widget(ids(), "social-icons", '\t\t\t\t\t<div class="elementor-social-icons-wrapper elementor-grid">\n%s\t\t\t</div>' % items,
                     "elementor-shape-rounded elementor-grid-0 e-grid-align-center")


def el_heading(ids, text, tag="h2", size="default"):
    return el_widget(ids(), "heading", '\t\t\t\t\t<%s class="elementor-heading-title elementor-size-%s">%s</%s>' % (
        tag, size, E(text), tag))


def el_text(ids, html):
    return el_widget(ids(), "text-editor", "\t\t\t\t\t\t\t\t%s\t\t\t\t\t\t\t\t" % html)


def el_posts(ids, art, host, items, rng, c, skin="classic", thumbs=True):
    arts = []
    for h in items:
        pid = rng.randint(1100, 1900)
        url = "https://%s/%s/%s/" % (host, art["date"][:4], wp_slug(h)[:60])
        thumb = ('<a class="elementor-post__thumbnail__link" href="%s" tabindex="-1" ><div class="elementor-post__thumbnail">'
                 '<img loading="lazy" decoding="async" width="300" height="200" src="https://%s/wp-content/uploads/%s/%s/%s-300x200.jpg" '
                 'class="attachment-medium size-medium wp-image-%d" alt="" /></div></a>\n' % (
                     url, host, art["date"][:4], art["date"][5:7], wp_slug(h)[:30], pid - 1)) if thumbs else ""
        arts.append(('\t\t<article class="elementor-post elementor-grid-item post-%d post type-post status-publish format-standard '
                     'has-post-thumbnail hentry category-%s">\n\t\t\t\t%s\t\t<div class="elementor-post__text">\n'
                     '\t\t\t\t<h3 class="elementor-post__title">\n\t\t\t<a href="%s" >\n\t\t\t\t%s\t\t\t</a>\n\t\t</h3>\n'
                     '\t\t\t\t<div class="elementor-post__meta-data">\n\t\t\t\t\t<span class="elementor-post-date">\n\t\t\t%s\t\t</span>\n'
                     '\t\t\t\t</div>\n%s\t\t\t\t</div>\n\t\t\t\t</article>') % (
            pid, wp_slug(art["section"]), thumb, url, E(h), E(el_date(art["lang"], (datetime.date(*map(int, art["date"].split("-"))) - datetime.timedelta(days=rng.randint(1, 20))).isoformat())),
            ('\t\t\t\t<a class="elementor-post__read-more" href="%s" aria-label="%s" tabindex="-1" >\n\t\t\t%s\t\t</a>\n' % (
                url, A(c["read_more_aria"].replace("{t}", h)), E(c["read_more"]))) if thumbs else ""))
    inner = ('\t\t\t<div class="elementor-posts-container elementor-posts elementor-posts--skin-%s elementor-grid">\n%s\n'
             '\t\t\t\t</div>') % (skin, "\n".join(arts))
    return el_widget(ids(), "posts", inner, "elementor-grid-%d elementor-grid-tablet-2 elementor-grid-mobile-1 "
                     "elementor-posts--thumbnail-top" % (3 if thumbs else 1),
                     {"classic_columns": "3" if thumbs else "1", "classic_row_gap": {"unit": "px", "size": 35, "sizes": []}},
                     skin="classic")


def el_content(art, placed, ids, rng, host, site, s, c, pid):
    """The post as built in the Elementor editor: one flexbox container per subheading; the typed paragraphs,
    quotes and lists in text-editor widgets; subheadings as heading widgets; an image widget with its caption
    after the opening paragraphs; the global newsletter block further down; residue pasted as HTML goes to an
    HTML widget, residue typed as a plain paragraph stays in the text."""
    blocks, n = art["blocks"], len(art["blocks"])
    slots = safe_slots(art, 2) or [n]
    img_at = slots[0]
    nl_at = next((i for i in slots if i >= max(img_at + 2, n // 2)), slots[-1])
    y, mo = art["date"][:4], art["date"][5:7]
    fname = wp_slug(art["caption"])[:40]
    wid = rng.randint(1500, 1900)
    image = el_widget(ids(), "image", (
        '\t\t\t\t\t\t\t\t\t\t\t<figure class="wp-caption">\n\t\t\t\t\t\t\t\t\t\t<img loading="lazy" decoding="async" width="800" '
        'height="533" src="https://{h}/wp-content/uploads/{y}/{mo}/{f}-1024x683.jpg" class="attachment-large size-large wp-image-{w}" '
        'alt="{alt}" srcset="https://{h}/wp-content/uploads/{y}/{mo}/{f}-1024x683.jpg 1024w, https://{h}/wp-content/uploads/{y}/{mo}/{f}-300x200.jpg 300w, '
        'https://{h}/wp-content/uploads/{y}/{mo}/{f}-768x512.jpg 768w" sizes="(max-width: 800px) 100vw, 800px" />'
        '\t\t\t\t\t\t\t\t\t\t\t<figcaption class="widget-image-caption wp-caption-text">{cap} {cr}</figcaption>\n'
        '\t\t\t\t\t\t\t\t\t\t</figure>').format(h=host, y=y, mo=mo, f=fname, w=wid, alt=A(art["caption"]),
                                                  cap=E(art["caption"]), cr=E(art["credit"])))
    fid = ids()
    form = el_widget(fid, "form", (
        '\t\t\t\t\t<form class="elementor-form" method="post" name="{name}">\n'
        '\t\t\t<input type="hidden" name="post_id" value="{pid}"/>\n\t\t\t<input type="hidden" name="form_id" value="{fid}"/>\n'
        '\t\t\t<input type="hidden" name="referer_title" value="{title}" />\n\t\t\t\t\t\t\t<input type="hidden" name="queried_id" value="{pid}"/>\n'
        '\t\t\t<div class="elementor-form-fields-wrapper elementor-labels-">\n'
        '\t\t\t\t\t\t\t\t<div class="elementor-field-type-email elementor-field-group elementor-column elementor-field-group-email elementor-col-100 elementor-field-required">\n'
        '\t\t\t\t\t\t\t\t\t<label for="form-field-email" class="elementor-field-label elementor-screen-only">\n\t\t\t\t\t\t\t\t{label}\t\t\t\t\t\t\t</label>\n'
        '\t\t\t\t\t\t\t\t\t\t<input size="1" type="email" name="form_fields[email]" id="form-field-email" class="elementor-field elementor-size-sm  elementor-field-textual" placeholder="{ph}" required="required" aria-required="true">\n'
        '\t\t\t\t\t\t\t</div>\n'
        '\t\t\t\t\t\t\t\t<div class="elementor-field-type-acceptance elementor-field-group elementor-column elementor-field-group-field_acc elementor-col-100 elementor-field-required">\n'
        '\t\t\t\t\t\t\t<div class="elementor-field-subgroup">\n\t\t\t<span class="elementor-field-option">\n'
        '\t\t\t\t<input type="checkbox" name="form_fields[field_acc]" id="form-field-field_acc" class="elementor-field elementor-size-sm  elementor-acceptance-field" required="required" aria-required="true">\n'
        '\t\t\t\t<label for="form-field-field_acc">{legal}</label>\t\t\t</span>\n\t\t</div>\n\t\t\t\t\t\t</div>\n'
        '\t\t\t\t\t\t\t<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons">\n'
        '\t\t\t\t\t<button class="elementor-button elementor-size-sm" type="submit">\n\t\t\t\t\t\t<span class="elementor-button-content-wrapper">\n'
        '\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-button-text">{btn}</span>\n\t\t\t\t\t</span>\n\t\t\t\t\t</button>\n'
        '\t\t\t\t</div>\n\t\t\t</div>\n\t\t</form>').format(
        name=A(s["nl_form"]), pid=pid, fid=fid, title=A("%s – %s" % (art["title"], site)), label=E(s["nl_label"]),
        ph=A(s["nl_ph"]), legal=E(s["nl_legal"]), btn=E(s["nl_button"])),
        "elementor-button-align-stretch", {"step_next_label": c["next"], "step_previous_label": c["prev"],
                                           "button_width": "100", "step_type": "number_text", "step_icon_shape": "circle"})
    newsletter = el_container(ids(), [el_heading(ids, s["nl_title"], "h3", "small"),
                                      el_text(ids, "<p>%s</p>" % E(s["nl_text"])), form], child=True, cls="boletin-box")
    containers, widgets, text = [], [], []

    def flush_text():
        if text:
            widgets.append(el_text(ids, "".join(text)))
            del text[:]

    def flush_container():
        flush_text()
        if widgets:
            containers.append(el_container(ids(), list(widgets)))
            del widgets[:]

    def residue(snip):
        if mp19.PLAIN_P.match(snip) and "\n" not in snip and "<p" not in snip[3:]:
            text.append(snip)  # typed into the text editor as a paragraph of its own
        else:
            flush_text()
            widgets.append(el_widget(ids(), "html", "\t\t\t\t\t" + snip))  # pasted into an HTML widget

    for i in range(n + 1):
        if i < n and blocks[i][0] == "h":
            flush_container()
        for x in placed.get(i, []):
            residue(x)
        if i == img_at:
            flush_text()
            widgets.append(image)
        if i == nl_at:
            flush_text()
            widgets.append(newsletter)
        if i == n:
            break
        kind, val = blocks[i]
        if kind == "h":
            widgets.append(el_heading(ids, val))
        elif kind == "p":
            text.append("<p>%s</p>" % mp.inline_html(val))
        elif kind == "q":
            text.append("<blockquote><p>%s</p></blockquote>" % mp.inline_html(val))
        else:
            text.append("<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind))
    flush_container()
    return ('<div data-elementor-type="wp-post" data-elementor-id="%d" class="elementor elementor-%d" '
            'data-elementor-post-type="post">\n%s\n\t\t\t\t</div>') % (pid, pid, "\n".join(containers))


def tpl_elementor(art, ui, site, placed, rng):
    # a story page of a local digital paper on WordPress with the Hello Elementor theme and Elementor Pro's Theme
    # Builder, as the site serves it (see the module docstring for the parts)
    lang = art["lang"]
    c, s = ELEMENTOR_CORE[lang], ELEMENTOR[lang]
    host = s["domain"]
    ids = _Ids(rng)
    pid = rng.randint(2100, 9800)
    post_slug = wp_slug(art["title"])[:70]
    url = "https://%s/%s/%s/%s/%s/" % (host, art["date"][:4], art["date"][5:7], art["date"][8:], post_slug)
    t = "%02d:%02d" % (rng.randint(7, 12), rng.randint(0, 59))
    t_mod = "%02d:%02d" % (rng.randint(13, 20), rng.randint(0, 59))
    iso = "%sT%s:00+01:00" % (art["date"], t)
    iso_mod = "%sT%s:00+01:00" % (art["date"], t_mod)
    d = el_date(lang, art["date"])
    y, mo = art["date"][:4], art["date"][5:7]
    ver = dict(wp="6.6.2", el="3.24.5", pro="3.24.3", hello="3.1.1", yoast="23.6", cky="3.2.6", sk="1.137.0")
    author_slug = wp_slug(art["byline"])
    first = next(v for k, v in art["blocks"] if k == "p")
    descr = mp.inline_text(first)[:155].rsplit(" ", 1)[0] + "…"
    ncom = len(s["commenters"])
    content = el_content(art, placed, ids, rng, host, site, s, c, pid)
    host_slug = wp_slug(mp11.host_name(site))
    cat = wp_slug(art["section"])
    feat = "https://%s/wp-content/uploads/%s/%s/%s.jpg" % (host, y, mo, wp_slug(art["caption"])[:40])
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url},
         "author": {"name": art["byline"], "@id": "https://%s/#/schema/person/%s" % (host, author_slug)},
         "headline": art["title"], "datePublished": iso, "dateModified": iso_mod, "mainEntityOfPage": {"@id": url},
         "wordCount": len(mp.truth_text(art["blocks"]).split()), "publisher": {"@id": "https://%s/#organization" % host},
         "image": {"@id": url + "#primaryimage"}, "thumbnailUrl": feat, "keywords": s["tags"],
         "articleSection": [art["section"]], "inLanguage": c["locale"].replace("_", "-")},
        {"@type": "WebPage", "@id": url, "url": url, "name": "%s - %s" % (art["title"], site),
         "isPartOf": {"@id": "https://%s/#website" % host}, "datePublished": iso, "dateModified": iso_mod,
         "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": c["locale"].replace("_", "-")},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": c["home"], "item": "https://%s/" % host},
            {"@type": "ListItem", "position": 2, "name": art["section"], "item": "https://%s/%s/" % (host, cat)},
            {"@type": "ListItem", "position": 3, "name": art["title"]}]},
        {"@type": "Organization", "@id": "https://%s/#organization" % host, "name": site, "url": "https://%s/" % host},
        {"@type": "Person", "@id": "https://%s/#/schema/person/%s" % (host, author_slug), "name": art["byline"]}]}
    ld = json.dumps(graph, ensure_ascii=False)

    # ---- header template
    top = el_section(ids(), [
        el_column(ids(), 50, [el_text(ids, "<p>%s</p>" % E(d[0].upper() + d[1:]))]),
        el_column(ids(), 50, [el_social(ids, host_slug, ["facebook", "x-twitter", "instagram"])])], "elementor-top-section")
    logo = el_widget(ids(), "theme-site-logo", (
        '\t\t\t\t\t\t\t\t\t\t\t<a href="https://%s">\n\t\t\t<img width="420" height="96" src="https://%s/wp-content/uploads/2023/02/logo-%s.png" '
        'class="attachment-full size-full wp-image-%d" alt="%s" />\t\t\t\t</a>\n\t\t\t\t\t\t\t\t\t\t\t<p class="site-description">%s</p>') % (
        host, host, host_slug[:20], rng.randint(10, 90), A(site), E(s["slogan"])), "elementor-widget-image")
    button = el_widget(ids(), "button", (
        '\t\t\t\t\t\t\t\t\t<div class="elementor-button-wrapper">\n\t\t\t\t\t<a class="elementor-button elementor-button-link elementor-size-sm" '
        'href="https://%s/suscripcion/">\n\t\t\t\t\t\t<span class="elementor-button-content-wrapper">\n\t\t\t\t\t\t\t\t\t<span class="elementor-button-text">%s</span>\n'
        '\t\t\t\t\t</span>\n\t\t\t\t\t</a>\n\t\t\t\t</div>') % (host, E(s["button"])), "elementor-align-right")
    main_head = el_section(ids(), [el_column(ids(), 33, [logo]), el_column(ids(), 66, [button])])
    nav_sec = el_section(ids(), [el_column(ids(), 100, [el_nav(ids, s["menu"], host, c, c["menu"])])])
    header = ('<div data-elementor-type="header" data-elementor-id="%d" class="elementor elementor-%d elementor-location-header" '
              'data-elementor-post-type="elementor_library">\n%s\n%s\n%s\n\t\t</div>') % (s["header_id"], s["header_id"], top, main_head, nav_sec)

    # ---- single-post template
    crumbs = el_widget(ids(), "breadcrumbs", (
        '\t\t\t\t\t<p id="breadcrumbs"><span><span><a href="https://%s/">%s</a></span> » <span><a href="https://%s/%s/">%s</a></span> » '
        '<span class="breadcrumb_last" aria-current="page">%s</span></span></p>') % (host, E(c["home"]), host, cat, E(art["section"]),
                                                                                     E(art["title"])))
    title = el_widget(ids(), "theme-post-title", '\t\t\t\t\t<h1 class="elementor-heading-title elementor-size-default">%s</h1>' % E(art["title"]),
                      "elementor-page-title elementor-widget-heading")
    excerpt = el_widget(ids(), "theme-post-excerpt", "\t\t\t\t\t%s\t\t\t\t" % E(art["sub"]))
    com_text = c["comments_n"][min(ncom, 2)].replace("{n}", str(ncom))
    info_items = [
        ("author", "user", "https://%s/author/%s/" % (host, author_slug),
         '<span class="elementor-post-info__item-prefix">%s</span>\n\t\t\t\t\t\t\t\t\t\t%s' % (E(c["by"]), E(art["byline"]))),
        ("date", "calendar", "https://%s/%s/%s/%s/" % (host, y, mo, art["date"][8:]), "<time>%s</time>" % E(d)),
        ("time", "clock", None, "<time>%s</time>" % t),
        ("comments", "comment", url + "#comments", E(com_text))]
    lis = []
    for kind, icon, href, txt in info_items:
        body = ('\t\t\t\t\t\t<span class="elementor-icon-list-icon">\n\t\t\t\t\t\t\t\t%s\t\t\t\t\t\t\t</span>\n'
                '\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-%s">\n'
                '\t\t\t\t\t\t\t\t\t\t%s\t\t\t\t\t</span>\n') % (svg(icon), kind, txt)
        if href:
            body = '\t\t\t\t\t\t<a href="%s">\n%s\t\t\t\t\t\t\t\t\t</a>\n' % (href, body)
        lis.append('\t\t\t\t<li class="elementor-icon-list-item elementor-repeater-item-%s elementor-inline-item"%s>\n%s\t\t\t\t</li>' % (
            ids(), {"author": ' itemprop="author"', "date": ' itemprop="datePublished"', "comments": ' itemprop="commentCount"'}.get(kind, ""), body))
    info = el_widget(ids(), "post-info", '\t\t\t\t\t<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">\n%s\n\t\t\t\t</ul>' % "\n".join(lis))
    featured = el_widget(ids(), "theme-post-featured-image", (
        '\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<img width="1200" height="800" src="%s" class="attachment-full size-full wp-image-%d" alt="%s" '
        'srcset="%s 1200w, %s 300w, %s 1024w" sizes="(max-width: 1200px) 100vw, 1200px" />\t\t\t\t\t\t\t\t\t\t\t\t') % (
        feat, rng.randint(1900, 2090), A(art["caption"]), feat, feat.replace(".jpg", "-300x200.jpg"),
        feat.replace(".jpg", "-1024x683.jpg")), "elementor-widget-image")
    nets = [("facebook", "Facebook"), ("x-twitter", "X"), ("whatsapp", "WhatsApp"), ("telegram", "Telegram"), ("envelope", "Email")]
    share_items = "".join((
        '\t\t\t\t\t<div class="elementor-grid-item">\n\t\t\t\t\t\t<div class="elementor-share-btn elementor-share-btn_%s" role="button" '
        'tabindex="0" aria-label="%s">\n\t\t\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-share-btn__icon">\n\t\t\t\t\t\t\t\t%s'
        '\t\t\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<div class="elementor-share-btn__text">\n'
        '\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-share-btn__title">\n\t\t\t\t\t\t\t\t\t\t%s\t\t\t\t\t\t\t\t\t</span>\n'
        '\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n') % (
        "email" if n == "envelope" else n.replace("-twitter", "-twitter"), A(c["share_on"].replace("{n}", label.lower())), svg(n), E(label))
        for n, label in nets)
    share = el_widget(ids(), "share-buttons", '\t\t\t\t\t<div class="elementor-grid">\n%s\t\t\t</div>' % share_items,
                      "elementor-share-buttons--view-icon-text elementor-share-buttons--skin-gradient elementor-share-buttons--shape-square "
                      "elementor-grid-0 elementor-share-buttons--color-official")
    post_content = el_widget(ids(), "theme-post-content", content)
    terms = el_widget(ids(), "post-info", (
        '\t\t\t\t\t<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">\n'
        '\t\t\t\t<li class="elementor-icon-list-item elementor-repeater-item-%s elementor-inline-item" itemprop="about">\n'
        '\t\t\t\t\t\t<span class="elementor-icon-list-icon">\n\t\t\t\t\t\t\t\t%s\t\t\t\t\t\t\t</span>\n'
        '\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms">\n'
        '\t\t\t\t\t\t\t\t\t\t<span class="elementor-post-info__terms-list">\n\t\t\t\t%s\t\t\t\t</span>\n\t\t\t\t\t</span>\n\t\t\t\t</li>\n'
        '\t\t\t\t</ul>') % (ids(), svg("tag"), ", ".join(
            '<a href="https://%s/etiqueta/%s/" class="elementor-post-info__terms-list-item">%s</a>' % (host, wp_slug(x), E(x))
            for x in s["tags"])))
    author = el_widget(ids(), "author-box", (
        '\t\t\t\t\t<div class="elementor-author-box">\n\t\t\t\t\t\t\t<a href="https://%s/author/%s/" class="elementor-author-box__avatar">\n'
        '\t\t\t\t\t<img src="https://secure.gravatar.com/avatar/%032x?s=300&#038;d=mm&#038;r=g" alt="%s" loading="lazy">\n\t\t\t\t</a>\n'
        '\t\t\t\n\t\t\t<div class="elementor-author-box__text">\n\t\t\t\t\t\t\t\t\t<a href="https://%s/author/%s/">\n'
        '\t\t\t\t\t\t<h4 class="elementor-author-box__name">\n\t\t\t\t\t\t\t%s\t\t\t\t\t\t</h4>\n\t\t\t\t\t</a>\n\t\t\t\t\n'
        '\t\t\t\t\t\t\t\t\t<div class="elementor-author-box__bio">\n\t\t\t\t\t\t%s\t\t\t\t\t</div>\n\t\t\t\t\n'
        '\t\t\t\t\t\t\t\t\t<a class="elementor-author-box__button elementor-button elementor-size-xs" href="https://%s/author/%s/">\n'
        '\t\t\t\t\t\t%s\t\t\t\t\t</a>\n\t\t\t\t\t\t\t</div>\n\t\t</div>') % (
        host, author_slug, rng.randint(16**31, 16**32 - 1), A(art["byline"]), host, author_slug, E(art["byline"]),
        E(s["bio"]), host, author_slug, E(c["all_posts"])))
    prev_t, next_t = rng.sample(HEADLINES[lang], 2)
    navi = el_widget(ids(), "post-navigation", (
        '\t\t\t\t\t<div class="elementor-post-navigation">\n\t\t\t<div class="elementor-post-navigation__prev elementor-post-navigation__link">\n'
        '\t\t\t\t<a href="https://%s/%s/%s/" rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev">%s'
        '<span class="elementor-screen-only">%s</span></span><span class="elementor-post-navigation__link__prev">'
        '<span class="post-navigation__prev--label">%s</span><span class="post-navigation__prev--title">%s</span></span></a>\t\t\t</div>\n'
        '\t\t\t\t\t\t<div class="elementor-post-navigation__separator-wrapper">\n\t\t\t\t\t<div class="elementor-post-navigation__separator"></div>\n'
        '\t\t\t\t</div>\n\t\t\t\t\t\t<div class="elementor-post-navigation__next elementor-post-navigation__link">\n'
        '\t\t\t\t<a href="https://%s/%s/%s/" rel="next"><span class="elementor-post-navigation__link__next">'
        '<span class="post-navigation__next--label">%s</span><span class="post-navigation__next--title">%s</span></span>'
        '<span class="post-navigation__arrow-wrapper post-navigation__arrow-next">%s<span class="elementor-screen-only">%s</span></span></a>\t\t\t</div>\n'
        '\t\t</div>') % (host, y, wp_slug(prev_t)[:60], svg("left"), E(c["prev"]), E(c["prev"]), E(prev_t),
                         host, y, wp_slug(next_t)[:60], E(c["next"]), E(next_t), svg("right"), E(c["next"])))
    related = el_posts(ids, art, host, rng.sample([h for h in HEADLINES[lang] if h not in (prev_t, next_t)], 3), rng, c)
    coms = []
    for who, txt in s["commenters"]:
        cid = rng.randint(300, 990)
        ct = "%02d:%02d" % (rng.randint(13, 23), rng.randint(0, 59))
        coms.append((
            '\t\t<li id="comment-{cid}" class="comment even thread-even depth-1">\n\t\t\t<article id="div-comment-{cid}" class="comment-body">\n'
            '\t\t\t\t<footer class="comment-meta">\n\t\t\t\t\t<div class="comment-author vcard">\n'
            "\t\t\t\t\t\t<img alt='' src='https://secure.gravatar.com/avatar/{av:032x}?s=42&#038;d=mm&#038;r=g' class='avatar avatar-42 photo' height='42' width='42' loading='lazy' decoding='async'/>"
            '\t\t\t\t\t\t<b class="fn">{who}</b> <span class="says">{says}</span>\t\t\t\t\t</div><!-- .comment-author -->\n\n'
            '\t\t\t\t\t<div class="comment-metadata">\n\t\t\t\t\t\t<a href="{url}#comment-{cid}"><time datetime="{date}T{ct}:00+01:00">{d} {at} {ct}</time></a>'
            '\t\t\t\t\t</div><!-- .comment-metadata -->\n\n\t\t\t\t\t\t\t\t\t</footer><!-- .comment-meta -->\n\n'
            '\t\t\t\t<div class="comment-content">\n\t\t\t\t\t<p>{txt}</p>\n\t\t\t\t</div><!-- .comment-content -->\n\n'
            "\t\t\t\t<div class=\"reply\"><a rel='nofollow' class='comment-reply-link' href='{url}?replytocom={cid}#respond' data-commentid=\"{cid}\" "
            "data-postid=\"{pid}\" data-belowelement=\"div-comment-{cid}\" data-respondelement=\"respond\" data-replyto=\"{rt}\" aria-label='{rt}'>{reply}</a></div>"
            '\t\t\t</article><!-- .comment-body -->\n\t\t</li><!-- #comment-## -->').format(
            cid=cid, av=rng.randint(16**31, 16**32 - 1), who=E(who), says=E(c["says"]), url=url, date=art["date"], ct=ct,
            d=E(d), at=E(c["at"]), txt=E(txt), pid=pid, rt=A(c["reply_to"].replace("{a}", who)), reply=E(c["reply"])))
    resp = c["responses"][0] if ncom == 1 else c["responses"][1].replace("{n}", str(ncom))
    comments = el_widget(ids(), "post-comments", (
        '<section id="comments" class="comments-area">\n\n\t\t\t<h2 class="title-comments">\n\t\t\t%s\t\t</h2>\n\n'
        '\t\t\n\t\t<ol class="comment-list">\n%s\n\t\t</ol>\n\n\t\t\n\t\t<div id="respond" class="comment-respond">\n'
        '\t\t<h2 id="reply-title" class="comment-reply-title">%s <small><a rel="nofollow" id="cancel-comment-reply-link" href="%s#respond" style="display:none;">%s</a></small></h2>'
        '<form action="https://%s/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
        '<p class="comment-notes"><span id="email-notes">%s</span> <span class="required-field-message">%s <span class="required">*</span></span></p>'
        '<p class="comment-form-comment"><label for="comment">%s <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
        '<p class="comment-form-author"><label for="author">%s <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>\n'
        '<p class="comment-form-email"><label for="email">%s <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>\n'
        '<p class="comment-form-url"><label for="url">%s</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>\n'
        '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> '
        '<label for="wp-comment-cookies-consent">%s</label></p>\n'
        "<p class=\"form-submit\"><input name=\"submit\" type=\"submit\" id=\"submit\" class=\"submit\" value=\"%s\" /> <input type='hidden' name='comment_post_ID' value='%d' id='comment_post_ID' />\n"
        "<input type='hidden' name='comment_parent' id='comment_parent' value='0' />\n</p></form>\t</div><!-- #respond -->\n\t\n</section>") % (
        E(resp), "\n".join(coms), E(c["leave"]), url, E(c["cancel"]), host, E(c["email_notes"]), E(c["required"]),
        E(c["f_comment"]), E(c["f_name"]), E(c["f_email"]), E(c["f_url"]), E(c["f_cookies"]), A(c["submit"]), pid))
    sid = ids()
    search = el_widget(sid, "search-form", (
        '\t\t\t\t\t<search role="search">\n\t\t\t<form class="elementor-search-form" action="https://%s" method="get">\n'
        '\t\t\t\t\t\t\t\t<div class="elementor-search-form__container">\n\t\t\t\t\t<label class="elementor-screen-only" for="elementor-search-form-%s">%s</label>\n'
        '\t\t\t\t\t\t\t\t\t<input id="elementor-search-form-%s" placeholder="%s" class="elementor-search-form__input" type="search" name="s" value="">\n'
        '\t\t\t\t\t\t\t\t\t\t\t\t\t<button class="elementor-search-form__submit" type="submit" aria-label="%s">\n'
        '\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<div class="e-font-icon-svg-container">%s</div>\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t</button>\n'
        '\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t</div>\n\t\t\t</form>\n\t\t\t</search>') % (
        host, sid, E(c["search"]), sid, A(c["search_ph"]), A(c["search"]), svg("search")), "elementor-search-form--skin-classic")
    popular = el_posts(ids, art, host, rng.sample(HEADLINES[lang], 4), rng, c, thumbs=False)
    ad = el_widget(ids(), "image", (
        '\t\t\t\t\t\t\t\t\t\t\t<figure class="wp-caption">\n\t\t\t\t\t\t\t\t\t\t\t<a href="https://%s/publicidad/?banner=%d">\n'
        '\t\t\t\t\t\t\t<img loading="lazy" decoding="async" width="300" height="250" src="https://%s/wp-content/uploads/%s/%s/banner-%d-300x250.jpg" '
        'class="attachment-full size-full wp-image-%d" alt="" />\t\t\t\t\t\t\t\t</a>\n'
        '\t\t\t\t\t\t\t\t\t\t\t<figcaption class="widget-image-caption wp-caption-text">%s</figcaption>\n\t\t\t\t\t\t\t\t\t\t</figure>') % (
        host, rng.randint(10, 99), host, y, mo, rng.randint(100, 999), rng.randint(1000, 1400), E(s["ad_label"])))
    main_col = el_column(ids(), 66, [featured, share, post_content, terms, author, navi,
                                     el_heading(ids, s["related_title"], "h3"), related, comments])
    side_col = el_column(ids(), 33, [search, el_heading(ids, s["popular_title"], "h3"), popular, ad,
                                     el_heading(ids, s["follow_title"], "h3"),
                                     el_social(ids, host_slug, ["facebook", "x-twitter", "instagram", "telegram"])])
    single = ('<div data-elementor-type="single-post" data-elementor-id="%d" class="elementor elementor-%d elementor-location-single '
              'post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-%s %s" '
              'data-elementor-post-type="elementor_library">\n%s\n%s\n\t\t</div>') % (
        s["single_id"], s["single_id"], pid, cat, " ".join("tag-%s" % wp_slug(x) for x in s["tags"]),
        el_section(ids(), [el_column(ids(), 100, [crumbs, title, excerpt, info])]),
        el_section(ids(), [main_col, side_col]))

    # ---- footer template
    legal = "".join('\t\t\t\t\t\t\t<li class="elementor-icon-list-item">\n\t\t\t\t\t\t\t\t\t\t\t<a href="https://%s/%s/">\n\n'
                    '\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-text">%s</span>\n\t\t\t\t\t\t\t\t\t\t\t</a>\n\t\t\t\t\t\t\t\t\t</li>\n' % (
                        host, wp_slug(x), E(x)) for x in s["legal"])
    footer = ('<div data-elementor-type="footer" data-elementor-id="%d" class="elementor elementor-%d elementor-location-footer" '
              'data-elementor-post-type="elementor_library">\n%s\n%s\n\t\t</div>') % (
        s["footer_id"], s["footer_id"],
        el_section(ids(), [
            el_column(ids(), 33, [el_text(ids, "<p><strong>%s</strong></p><p>%s</p>" % (E(site), E(s["about"])))]),
            el_column(ids(), 33, [el_heading(ids, s["sections_title"], "h4"),
                                  el_nav(ids, s["menu"], host, c, s["sections_title"])]),
            el_column(ids(), 33, [el_heading(ids, s["legal_title"], "h4"),
                                  el_widget(ids(), "icon-list", '\t\t\t\t\t<ul class="elementor-icon-list-items">\n%s\t\t\t\t\t</ul>' % legal)])]),
        el_section(ids(), [el_column(ids(), 100, [el_text(ids, "<p>%s</p>" % E(s["copyright"]))])]))

    ky = c["cky"]
    cookie = (
        '<div class="cky-consent-container cky-box-bottom-left" tabindex="0"> <div class="cky-consent-bar" data-cky-tag="notice" '
        'style="background-color:#FFFFFF;border-color:#f4f4f4"> <div class="cky-notice"> <p class="cky-title" role="heading" aria-level="1" '
        'data-cky-tag="title">%s</p><div class="cky-notice-group"> <div class="cky-notice-des" data-cky-tag="description"> <p>%s</p> </div>'
        '<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"> <button class="cky-btn cky-btn-customize" aria-label="%s" '
        'data-cky-tag="settings-button">%s</button> <button class="cky-btn cky-btn-reject" aria-label="%s" data-cky-tag="reject-button">%s</button> '
        '<button class="cky-btn cky-btn-accept" aria-label="%s" data-cky-tag="accept-button">%s</button> </div></div></div></div></div>'
        '<div class="cky-btn-revisit-wrapper cky-revisit-bottom-left" data-tooltip="%s" data-cky-tag="revisit-consent"> '
        '<button class="cky-btn-revisit" aria-label="%s"> <img src="https://cdn-cookieyes.com/assets/images/revisit.svg" alt="Revisit consent button"> '
        '</button></div>') % (E(s["cookie_title"]), E(s["cookie_text"]), A(ky["customize"]), E(ky["customize"]), A(ky["reject"]),
                              E(ky["reject"]), A(ky["accept"]), E(ky["accept"]), A(ky["revisit"]), A(ky["revisit"]))
    fe_config = {"environmentMode": {"edit": False, "wpPreview": False, "isScriptDebug": False}, "i18n": c["i18n"],
                 "is_rtl": False, "breakpoints": {"xs": 0, "sm": 480, "md": 768, "lg": 1025, "xl": 1440, "xxl": 1600},
                 "responsive": {"breakpoints": {"mobile": {"label": "Vertical para m\u00f3vil", "value": 767, "default_value": 767,
                                                           "direction": "max", "is_enabled": True},
                                                "tablet": {"label": "Tableta vertical", "value": 1024, "default_value": 1024,
                                                           "direction": "max", "is_enabled": True}},
                                "hasCustomBreakpoints": False},
                 "version": ver["el"], "is_static": False,
                 "experimentalFeatures": {"e_font_icon_svg": True, "additional_custom_breakpoints": True, "container": True,
                                          "e_swiper_latest": True, "e_nested_atomic_repeaters": True, "e_onboarding": True,
                                          "theme_builder_v2": True, "home_screen": True, "nested-elements": True,
                                          "editor_v2": True, "link-in-bio": True, "floating-buttons": True},
                 "urls": {"assets": "https://%s/wp-content/plugins/elementor/assets/" % host,
                          "ajaxurl": "https://%s/wp-admin/admin-ajax.php" % host,
                          "uploadUrl": "https://%s/wp-content/uploads" % host},
                 "nonces": {"floatingButtonsClickTracking": "%010x" % rng.randint(16**9, 16**10 - 1)},
                 "swiperClass": "swiper", "settings": {"page": [], "editorPreferences": []},
                 "kit": {"active_breakpoints": ["viewport_mobile", "viewport_tablet"], "global_image_lightbox": "yes",
                         "lightbox_enable_counter": "yes", "lightbox_enable_fullscreen": "yes", "lightbox_enable_zoom": "yes",
                         "lightbox_enable_share": "yes", "lightbox_title_src": "title", "lightbox_description_src": "description"},
                 "post": {"id": pid, "title": "%s – %s" % (art["title"], site), "excerpt": "", "featuredImage": feat}}
    pro_config = {"ajaxurl": "https://%s/wp-admin/admin-ajax.php" % host, "nonce": "%010x" % rng.randint(16**9, 16**10 - 1),
                  "urls": {"assets": "https://%s/wp-content/plugins/elementor-pro/assets/" % host,
                           "rest": "https://%s/wp-json/" % host},
                  "settings": {"lazy_load_background_images": True},
                  "shareButtonsNetworks": {"facebook": {"title": "Facebook", "has_counter": True},
                                           "twitter": {"title": "Twitter"}, "whatsapp": {"title": "WhatsApp"},
                                           "telegram": {"title": "Telegram"}, "email": {"title": "Email"}},
                  "facebook_sdk": {"lang": c["locale"], "app_id": ""},
                  "lottie": {"defaultAnimationUrl": "https://%s/wp-content/plugins/elementor-pro/modules/lottie/assets/animations/default.json" % host}}
    css = "".join("<link rel='stylesheet' id='%s-css' href='https://%s/wp-content/%s?ver=%s' media='all' />\n" % (cid, host, path, v)
                  for cid, path, v in (
                      ("wp-block-library", "../wp-includes/css/dist/block-library/style.min.css", ver["wp"]),
                      ("hello-elementor", "themes/hello-elementor/style.min.css", ver["hello"]),
                      ("hello-elementor-theme-style", "themes/hello-elementor/theme.min.css", ver["hello"]),
                      ("hello-elementor-header-footer", "themes/hello-elementor/header-footer.min.css", ver["hello"]),
                      ("elementor-frontend", "plugins/elementor/assets/css/frontend.min.css", ver["el"]),
                      ("elementor-post-%d" % s["kit"], "uploads/elementor/css/post-%d.css" % s["kit"], str(rng.randint(1700000000, 1790000000))),
                      ("elementor-pro", "plugins/elementor-pro/assets/css/frontend.min.css", ver["pro"]),
                      ("elementor-post-%d" % pid, "uploads/elementor/css/post-%d.css" % pid, str(rng.randint(1700000000, 1790000000))),
                      ("elementor-post-%d" % s["header_id"], "uploads/elementor/css/post-%d.css" % s["header_id"], str(rng.randint(1700000000, 1790000000))),
                      ("elementor-post-%d" % s["single_id"], "uploads/elementor/css/post-%d.css" % s["single_id"], str(rng.randint(1700000000, 1790000000))),
                      ("elementor-post-%d" % s["footer_id"], "uploads/elementor/css/post-%d.css" % s["footer_id"], str(rng.randint(1700000000, 1790000000))),
                      ("cookie-law-info", "plugins/cookie-law-info/lite/frontend/css/script.min.css", ver["cky"])))
    css = css.replace("wp-content/../", "")
    scripts = "".join("<script src=\"https://%s/%s?ver=%s\" id=\"%s-js\"></script>\n" % (host, path, v, sid_)
                      for sid_, path, v in (
                          ("hello-theme-frontend", "wp-content/themes/hello-elementor/assets/js/hello-frontend.min.js", ver["hello"]),
                          ("smartmenus", "wp-content/plugins/elementor-pro/assets/lib/smartmenus/jquery.smartmenus.min.js", "1.2.1"),
                          ("elementor-pro-webpack-runtime", "wp-content/plugins/elementor-pro/assets/js/webpack-pro.runtime.min.js", ver["pro"]),
                          ("elementor-webpack-runtime", "wp-content/plugins/elementor/assets/js/webpack.runtime.min.js", ver["el"]),
                          ("elementor-frontend-modules", "wp-content/plugins/elementor/assets/js/frontend-modules.min.js", ver["el"]),
                          ("wp-hooks", "wp-includes/js/dist/hooks.min.js", "2810c76e705dd1a53b18"),
                          ("wp-i18n", "wp-includes/js/dist/i18n.min.js", "5e580eb46a90c2b997e6")))
    gt = s["gtag"]
    return f'''<!doctype html>
<html lang="{c["locale"].replace("_", "-")}">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v{ver["yoast"]} - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{E(art["title"])} - {E(site)}</title>
	<meta name="description" content="{A(descr)}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="{c["locale"]}" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{A(art["title"])}" />
	<meta property="og:description" content="{A(descr)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{A(site)}" />
	<meta property="article:published_time" content="{iso}" />
	<meta property="article:modified_time" content="{iso_mod}" />
	<meta property="og:image" content="{feat}" />
	<meta name="author" content="{A(art["byline"])}" />
	<meta name="twitter:card" content="summary_large_image" />
	<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//www.googletagmanager.com' />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; {E(c["feed"])}" href="https://{host}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; {E(c["comments_feed"])}" href="https://{host}/comments/feed/" />
{css}<script src="https://{host}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="https://{host}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>

<!-- {c["sitekit"]} -->
<script src="https://www.googletagmanager.com/gtag/js?id={gt}" id="google_gtagjs-js" async></script>
<script id="google_gtagjs-js-after">
window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}
gtag("set","linker",{{"domains":["{host}"]}});
gtag("js", new Date());
gtag("set", "developer_id.dZTNiMT", true);
gtag("config", "{gt}");
</script>
<link rel="https://api.w.org/" href="https://{host}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="https://{host}/wp-json/wp/v2/posts/{pid}" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="https://{host}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {ver["wp"]}" />
<link rel='shortlink' href='https://{host}/?p={pid}' />
<meta name="generator" content="Site Kit by Google {ver["sk"]}" /><meta name="generator" content="Elementor {ver["el"]}; features: e_font_icon_svg, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
<link rel="icon" href="https://{host}/wp-content/uploads/2023/02/cropped-icono-32x32.png" sizes="32x32" />
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo elementor-default elementor-template-full-width elementor-kit-{s["kit"]} elementor-page elementor-page-{pid} elementor-page-{s["single_id"]}">


<a class="skip-link screen-reader-text" href="#content">{E(c["skip"])}</a>

		{header}
		{single}
		{footer}
		
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/{"%024x" % rng.randint(16**23, 16**24 - 1)}/script.js"></script>
{cookie}
<script id="elementor-frontend-js-before">
var elementorFrontendConfig = {json.dumps(fe_config, separators=(",", ":"))};
</script>
{scripts}<script id="wp-i18n-js-after">
wp.i18n.setLocaleData( {{ 'text direction\\u0004ltr': [ 'ltr' ] }} );
</script>
<script id="elementor-pro-frontend-js-before">
var ElementorProFrontendConfig = {json.dumps(pro_config, separators=(",", ":"))};
</script>
<script src="https://{host}/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver={ver["pro"]}" id="elementor-pro-frontend-js"></script>
<script src="https://{host}/wp-content/plugins/elementor/assets/js/frontend.min.js?ver={ver["el"]}" id="elementor-frontend-js"></script>
<script src="https://{host}/wp-content/plugins/elementor-pro/assets/js/elements-handlers.min.js?ver={ver["pro"]}" id="pro-elements-handlers-js"></script>

</body>
</html>
'''


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"elementor": ["caption", "newsletter"]}  # image widget with caption, global newsletter block
for _mod, _names in ((mp2, ["magazine", "liveblog"]), (mp3, ["broadcaster"]), (mp4, ["fusion"]), (mp5, ["brightspot"]),
                     (mp6, ["typo3"]), (mp7, ["sanity", "k2"]), (mp8, ["blox"]), (mp10, ["webflow"]), (mp11, ["hugo"]),
                     (mp12, ["joomla4"]), (mp13, ["medium"]), (mp14, ["blogger"]), (mp15, ["tilda"]), (mp16, ["wix"]),
                     (mp20, ["dle"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction", "wireend",
            "app", "bio", "tip", "typo", "push", "ai", "affiliate", "gift"]
NEW_FAMILIES = ["ai", "affiliate", "gift"]
# families a village blog, a lido friends' group, an angling club or a municipality would not carry: no ads or
# advertorial links, no app, no staff writers or desk credits, no wire copy, no newsroom tip line, typo hint, push
# prompt, section labels, reading times, comment counters, AI notes or gifted articles
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "wireend", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "ai", "affiliate", "gift"}
# a small independent data desk: no ads, affiliate links, app, wire copy, push prompts or typo hint
NOT_ON_INDIE = {"ad", "affiliate", "app", "wireend", "push", "typo"}
SMALL_SITE_TEMPLATES = {"blogger": NOT_ON_SMALL_SITES, "medium": NOT_ON_SMALL_SITES, "wix": NOT_ON_SMALL_SITES,
                        "typo3": NOT_ON_SMALL_SITES, "hugo": NOT_ON_INDIE}
# markup of the generic residue: classed wrappers as many CMSs emit them (class names new to the set), and
# plain <p>/<div> variants as left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="consent-shield"><p class="consent-shield__note">%s</p><button class="consent-shield__allow" type="button">&#9654;</button></div>',
               '<p class="vendor-blocked">%s</p>', '<p>%s</p>'],
    "newsletter": ['<div class="inbox-pitch-box"><p class="inbox-pitch-box__lead">%s</p><a class="inbox-pitch-box__cta" href="/newsletters">&#8250;</a></div>',
                   '<p class="metered-note">%s</p>', '<p><b>%s</b></p>', '<div>%s</div>'],
    "share": ['<div class="fwd-links"><a class="fwd-links__item" href="#">%s</a></div>', '<p class="social-follow-nudge">%s</p>',
              '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="img-attrib">%s</p>', '<span class="pic-by-line">%s</span>', '<p><small>%s</small></p>'],
    "copyright": ['<p class="rights-reserved-line">%s</p>', '<div class="syndication-terms"><small>%s</small></div>', '<p>%s</p>'],
    "section": ['<p class="topic-flag">%s</p>', '<div class="crumb-trail">%s</div>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="scene-stars">%s</p>', '<div class="ornament-line">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="contributors-line">%s</p>', '<div class="reporting-by">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="hl-again"><b>%s</b></p>', '<h2 class="repeat-title">%s</h2>', '<p><strong>%s</strong></p>'],
    "ad": ['<div class="ad-slot-caption">%s</div>', '<p class="promo-tag">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="readon"><a href="#full">%s</a></p>', '<div class="unfold-btn">%s</div>', '<p><a href="#full">%s</a></p>'],
    "comments": ['<p class="talkback-tally"><a href="#discussion">%s</a></p>', '<div class="comment-teaser-line">%s</div>',
                 '<p><a href="#discussion">%s</a></p>'],
    "readtime": ['<p class="minutes-read">%s</p>', '<span class="read-dur">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="stamp-updated"><time>%s</time></p>', '<div class="last-revised-stamp">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="listen-bar"><button class="listen-bar__play" aria-label="Play"></button><span class="listen-bar__label">%s</span></div>',
              '<p class="audio-version-link"><a href="#audio-version">%s</a></p>', '<p><a href="#audio-version">%s</a></p>'],
    "correction": ['<aside class="fixup-note"><p>%s</p></aside>', '<p class="corr-line"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "wireend": ['<p class="item-end">%s</p>', '<div class="agencies-line">%s</div>', '<p>%s</p>'],
    "app": ['<div class="app-promo-bar"><p class="app-promo-bar__txt">%s</p><a class="app-promo-bar__dl" href="/get-app">&#8595;</a></div>',
            '<p class="install-hint">%s</p>', '<p><b>%s</b></p>'],
    "bio": ['<div class="writer-about-box"><p class="writer-about-box__txt">%s</p></div>', '<p class="byline-bio"><i>%s</i></p>',
            '<p><i>%s</i></p>'],
    "tip": ['<div class="story-ideas"><p class="story-ideas__ask">%s</p></div>', '<p class="newsdesk-call">%s</p>', '<p><i>%s</i></p>'],
    "typo": ['<div class="err-report"><p class="err-report__hint">%s</p></div>', '<p class="ctrl-enter-note">%s</p>',
             '<p><small>%s</small></p>'],
    "push": ['<div class="alert-optin"><p class="alert-optin__q">%s</p><button class="alert-optin__yes" type="button">&#10003;</button>'
             '<button class="alert-optin__no" type="button">&#215;</button></div>', '<p class="notify-prompt">%s</p>', '<p><b>%s</b></p>'],
    "ai": ['<div class="ai-disclosure"><p class="ai-disclosure__text">%s</p></div>', '<p class="genai-note"><small>%s</small></p>',
           '<p><i>%s</i></p>'],
    "affiliate": ['<div class="commission-note"><p>%s</p></div>', '<p class="partner-links-note"><small>%s</small></p>',
                  '<p><i>%s</i></p>'],
    "gift": ['<div class="gift-article"><a class="gift-article__link" href="#gift">%s</a></div>', '<p class="gift-cta"><a href="#gift">%s</a></p>',
             '<p><a href="#gift">%s</a></p>'],
}
CAPTION_STYLES = ['<figure class="story-inline-img"><img src="/images/{id}-body.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/images/{id}-body.jpg" alt="" width="640"><br><em>{cap} – {cr}</em></p>']
RELATED_STYLES = ['<div class="also-box"><h4>%s</h4><ul>%s</ul></div>',
                  '<aside class="more-on"><p class="more-on__title">%s</p><ul>%s</ul></aside>',
                  '<p><b>%s</b></p>\n<ul>%s</ul>']


def pick(rng, fam, lang, site, art):
    return fill(rng.choice(R[fam][lang]).replace("{by}", art["byline"]), rng, site, art)


def residue_items(art, rng, site, used):
    """{position: [html, ...]} for the generic residue, and the families used (balanced over the part:
    the generic families used least on the pages built so far come first; a page may fix them with "only")."""
    lang, n, tpl = art["lang"], len(art["blocks"]), art["tpl"]
    own = TEMPLATE_FAMILIES.get(tpl, [])
    k = art.get("low", rng.choice([2, 3, 3, 4, 4, 5]))
    k = max(0, min(k, 5 - len(own)))  # at most five families per page
    skip = set(own) | SMALL_SITE_TEMPLATES.get(tpl, set())
    pool = [f for f in FAMILIES if f not in skip]
    fams = sorted(pool, key=lambda f: (used[f], rng.random()))[:k]
    if "only" in art:
        fams = list(art["only"])
    rng.shuffle(fams)
    used.update(fams)  # the generic residue only (template furniture is not counted)
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
                   "affiliate": rng.choice([0, n]), "gift": rng.choice([mid, n])}.get(fam, mid)
            put(pos, rng.choice(STYLES[fam]) % E(text))
    return placed, fams


# --------------------------------------------------------------------------
# templates: elementor is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"elementor": tpl_elementor, "liveblog": mp2.tpl_liveblog, "nextjs": mp2.tpl_nextjs,
                 "magazine": mp2.tpl_magazine, "broadcaster": mp3.tpl_broadcaster, "fusion": mp4.tpl_fusion,
                 "brightspot": mp5.tpl_brightspot, "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "k2": mp7.tpl_k2,
                 "blox": mp8.tpl_blox, "webflow": mp10.tpl_webflow, "hugo": mp11.tpl_hugo, "joomla4": mp12.tpl_joomla4,
                 "medium": mp13.tpl_medium, "blogger": mp14.tpl_blogger, "tilda": mp15.tpl_tilda, "wix": mp16.tpl_wix,
                 "dle": mp20.tpl_dle}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h20), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp18, mp19, mp20):
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["blocks"], art["marks"] = blocks_and_marks(art["body"])
            rng = random.Random("newsflow-heldout21-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            placed, fams = residue_items(art, rng, site, used)
            if tpl in NEW_TEMPLATES:
                pages[art["id"]] = NEW_TEMPLATES[tpl](art, UI21[lang], site, placed, rng)
                fams = fams + TEMPLATE_FAMILIES.get(tpl, [])
            else:
                fun, mode = OLD_TEMPLATES[tpl]
                pages[art["id"]] = fun(art, UI21[lang], site, mp.body_html(art, placed, mode), rng)
            truth[art["id"]] = mp.truth_text(art["blocks"])
            meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)))
    return pages, truth, meta


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 21) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com"}
DLE_EXEMPT = mp20.DLE_EXEMPT


def verify(pages, truth):
    problems = mp.verify(pages, truth)
    for pid, text in truth.items():
        if not 150 <= len(text.split()) <= 400:
            problems.append("%s: body has %d words (want 150-400)" % (pid, len(text.split())))
        if "[^" in text:
            problems.append("%s: footnote mark left in the truth" % pid)
    # layouts: elementor (new to the set) on one page, every other page on a different earlier layout
    tpls = collections.Counter(a["tpl"] for a in ARTICLES)
    if "elementor" in EARLIER_LAYOUTS:
        problems.append("elementor is not new")
    if tpls.get("elementor") != 1:
        problems.append("elementor used on %d pages (want 1)" % tpls.get("elementor", 0))
    problems.extend("template %s used %d times (want every earlier layout once)" % (t, c)
                    for t, c in tpls.items() if t != "elementor" and c > 1)
    if len([t for t in tpls if t != "elementor"]) != 23:
        problems.append("%d earlier layouts (want 23)" % len([t for t in tpls if t != "elementor"]))
    problems.extend("template %s is not an earlier layout" % t for t in tpls if t != "elementor" and t not in EARLIER_LAYOUTS)
    problems.extend("unknown template %s" % t for t in tpls if t not in NEW_TEMPLATES and t not in OLD_TEMPLATES)
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(en=9, tr=3, de=3, fr=3, es=3, ru=3):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = ["h21-en-%03d" % k for k in range(1, 10)] + ["h21-%s-%03d" % (x, k) for x in ("tr", "de", "fr", "es", "ru")
                                                        for k in range(1, 4)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # controls: one page without residue, one with a single correction line only
    if not any(a.get("low") == 0 and a["tpl"] not in TEMPLATE_FAMILIES for a in ARTICLES):
        problems.append("no control page without residue")
    if not any(a.get("only") == ["correction"] and a["tpl"] not in TEMPLATE_FAMILIES for a in ARTICLES):
        problems.append("no control page with a single correction line")
    # every residue family (the three new ones included) has wordings in every language, and each is used
    for fam in FAMILIES:
        if fam in ("caption", "title"):
            continue
        if fam not in R or (fam != "symbol" and set(R[fam]) != set(UI)):
            problems.append("residue family %s lacks wordings" % fam)
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
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
                       mp20.DLE, mp20.DLE_CORE, mp20.UI_NEW,
                       mp.RELATED_HEADLINES, mp2.HEADLINES, mp3.HEADLINES, mp4.HEADLINES, mp5.HEADLINES, mp6.HEADLINES,
                       mp7.HEADLINES, mp8.HEADLINES, mp9.HEADLINES, mp10.HEADLINES, mp11.HEADLINES, mp12.HEADLINES,
                       mp13.HEADLINES, mp14.HEADLINES, mp15.HEADLINES, mp16.HEADLINES, mp17.HEADLINES, mp18.HEADLINES,
                       mp19.HEADLINES, mp20.HEADLINES,
                       mp2.SITES, mp3.SITES, mp4.SITES, mp5.SITES, mp6.SITES, mp7.SITES, mp8.SITES, mp9.SITES,
                       mp10.SITES, mp11.SITES, mp12.SITES, mp13.SITES, mp14.SITES, mp14.BLOG_SITES, mp15.SITES,
                       mp16.SITES, mp17.SITES, mp18.SITES, mp19.SITES, mp20.SITES, mp3.BROADCASTERS,
                       [a.get("site", "") for mod in story_mods for a in mod.ARTICLES]]):
        if s and s not in NOT_WORDS:
            old |= _sentences(s)
    for s in _strings(UI):
        old.add(s.lower().strip())
    for fam, by_lang in R.items():
        for s in _strings(by_lang):
            problems.extend("h21 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = []
    for (mod, name), v in SITE_STRINGS.items():
        if (mod, name) in ((mp4, "R"), (mp, "RESIDUE"), (mp20, "R")):
            continue  # this part's own R pools, checked above
        if mod is mp20 and name == "DLE":
            v = {lang: {k: x for k, x in d.items() if k not in DLE_EXEMPT} for lang, d in v.items()}
        site_strings_new.append(v)
    el_sites = [{k: v for k, v in d.items() if k not in ELEMENTOR_EXEMPT} for d in ELEMENTOR.values()]
    # (ELEMENTOR_CORE, the platforms' own interface strings - "Leer más »", "Deja una respuesta", the comment form,
    # the CookieYes buttons, the frontend config - is left as the platforms ship it, like DLE_CORE in h20: such
    # words recur on any site)
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("ELEMENTOR", el_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if s in NOT_WORDS:
                continue
            problems.extend("h21 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # new wrapper class names
    old_classes = set()
    for mod in (mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18, mp19, mp20):
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend("h21 class name %r used by an earlier part" % x
                    for x in sorted(_class_names([STYLES, CAPTION_STYLES, RELATED_STYLES]) & old_classes))
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
    # the headline must not be a story paragraph (it is residue when repeated in the body); the pull quote
    # must repeat a sentence of its story
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
    the pages only (truth.json does not hold the h21 entries yet) and says so."""
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
              "(truth.json not checked: h21 is not merged by make_pages.py yet)")
        sys.exit(1 if bad else 0)
    hc.run(lambda: (pages, truth, meta), lambda p, t: [])


if __name__ == "__main__":
    main()
