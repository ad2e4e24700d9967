#!/usr/bin/env python3
"""Twenty-third held-out part (h23-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout23.py           # write pages/h23-*.html
    python benchmarks/data/extraction/make_heldout23.py --check   # verify pages/h23-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout23.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results.  Stories are in articles_h23_en.py / articles_h23_intl.py; the
residue wordings (the thirty-one generic families of the earlier parts plus three new ones: "was this article
helpful?" rating widgets, editorial-standards / ethics-code lines and topic-tag lines), their wrapper class
names, related headlines, site names, the sites' own strings in the earlier layouts and the first-round
furniture strings (menus, cookie banner, newsletter box, footer, commenters) are new here: none of the sentences
of make_pages.RESIDUE / UI or of the R pools of make_heldout2..22, nor their labels, furniture strings,
headlines or site names; verify() refuses to build if one is reused, if a "new" family is already in an earlier
pool, if a story paragraph or headline of an earlier part recurs, if a headline is also a story paragraph, or if
a body is outside 150-400 words.
One page layout is new (contao: a story page of a German local news portal built with Contao Open Source CMS
4.13 and its news, comments, newsletter and calendar bundles, as such sites serve it – the fe_page head with
<base>, the Contao generator tag, the combined layout stylesheet and jQuery; body#top with the unknown-os /
unknown-browser classes; div#wrapper with header#header (logo image element, a custom-HTML tagline, the search
module and mod_navigation with its "skip navigation" link and target), the breadcrumb module in a custom layout
section, div#container with main#main holding a mod_article whose mod_newsreader renders news_full
(div.layout_full: h1, p.info with time, author and comment count, the subheadline h2, then the news's content
elements as the editor built them – ce_text elements, one per subheading, whose headline is the subheading and
whose TinyMCE text holds the paragraphs, lists and quotes; a ce_image element with its caption after the opening
paragraphs; ce_html elements for pasted embed code – and the ul.enclosure download list), the comments
(com_default items with replies, the comment form with Contao's captcha) and the "back" link, all between
indexer::stop / indexer::continue comments where Contao puts them; aside#right with mod_newslist
(layout_simple), mod_eventlist and mod_subscribe; footer#footer with a ce_text and mod_customnav; the Oveleon
cookie bar (contao-cookiebar) with its groups; the colorbox and cookie-bar scripts and the JSON-LD block of the
news and the contao:Page).  Contao's, its bundles' and the cookie bar's own interface strings (CONTAO_CORE) are
the writer's reconstruction of how Contao's German language files word them; they are left as the platform
words them and not checked.
The other 23 pages use 23 different layouts of earlier parts with their markup helpers – wordpress, amp, table,
portal, ghost (make_pages.py), liveblog, magazine (make_heldout2.py), broadcaster (make_heldout3.py), fusion
(make_heldout4.py), typo3, bitrix (make_heldout6.py), sanity, k2 (make_heldout7.py), blox (make_heldout8.py),
webflow (make_heldout10.py), hugo (make_heldout11.py), joomla4 (make_heldout12.py), medium (make_heldout13.py),
blogger (make_heldout14.py), tilda (make_heldout15.py), wix (make_heldout16.py), dle (make_heldout20.py) and
newspack (make_heldout22.py); while a page is rendered, the earlier modules' related headlines (HEADLINES,
make_pages.RELATED_HEADLINES), the strings that belong to one site rather than to the platform (see
SITE_STRINGS) and the residue pools those helpers draw from themselves (make_heldout4.R for the fusion ad label,
make_heldout20.R for the DLE typo hint, make_pages.RESIDUE for the table layout's banner label) are swapped for
this part's own, and the templates get this part's furniture strings (UI23) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout22.py, so that make_pages.py can import this module and merge it the same way.
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
from make_pages import E, A, UI  # noqa: E402
from articles_h23_en import ARTICLES as H23_EN  # noqa: E402
from articles_h23_intl import ARTICLES as H23_INTL  # noqa: E402

ARTICLES = H23_EN + H23_INTL

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["The Hollinsby & Upper Dales Courier", "Carrick Quay Gazette", "The Westfield Longread",
           "Moorland Evening Post", "Wexdale Gazette & Sports", "Midshires Business Daily"],
    "tr": ["Sarıyurt Kent Haber", "Doğu Karadeniz TV Haber"],
    "de": ["Oberes Murgtal online"],
    "fr": ["Rance & Causses Infos", "L'Écho des Coteaux du Girou", "Vierzac Matin"],
    "es": ["El Heraldo de Valdearce", "Villacarrillo al Día", "La Gaceta de Albarrán"],
    "ru": ["Приуральские новости", "Уральский очеркист"],
}
# sites fixed per page (a nonprofit newsroom on Newspack, a data desk on Hugo, a residents' association on Medium,
# a village blog on Blogger, a local news portal on Contao, a municipality on TYPO3, a swimming-pool friends'
# association on Wix, a city portal on DLE) are given in the stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h22 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["To watch this video you need to accept cookies from YouTube.",
               "This chart is hosted elsewhere and needs your cookie consent before it loads."],
        "tr": ["Bu videoyu izlemek için YouTube çerezlerini kabul etmeniz gerekiyor.",
               "Bu grafik başka bir sitede barındırılıyor; yüklenmesi için çerez onayınız gerekli."],
        "de": ["Um dieses Video zu sehen, müssen Sie Cookies von YouTube akzeptieren.",
               "Diese Grafik liegt bei einem externen Dienst und wird erst nach Ihrer Cookie-Zustimmung geladen."],
        "fr": ["Pour regarder cette vidéo, vous devez accepter les cookies de YouTube.",
               "Ce graphique est hébergé ailleurs : il ne s'affichera qu'avec votre accord pour les cookies."],
        "es": ["Para ver este vídeo tienes que aceptar las cookies de YouTube.",
               "Este gráfico está alojado fuera y necesita tu consentimiento de cookies para cargarse."],
        "ru": ["Чтобы посмотреть это видео, нужно принять cookie YouTube.",
               "График размещён на стороннем сервисе и загрузится только после вашего согласия на cookie."],
    },
    "newsletter": {  # newsletter pitches, metered-paywall notes, donation appeals
        "en": ["Morning Notes: the five local stories you need, in your inbox by 7am.",
               "This is one of your three free stories this month. Unlimited access costs £1 a week.",
               "Our reporting is paid for by readers. Chip in £3 to keep it going."],
        "tr": ["Sabah Notları: bilmeniz gereken beş yerel haber, saat 7'de e-postanızda.",
               "Bu, bu ay okuyabileceğiniz üç ücretsiz haberden biri. Haftada 10 liraya abone olun.",
               "Haberciliğimizi okurlarımız finanse ediyor. Sürmesi için 50 lira destek olun."],
        "de": ["Morgennotizen: die fünf wichtigsten Lokalthemen, um 7 Uhr in Ihrem Postfach.",
               "Dies ist einer von drei freien Artikeln in diesem Monat. Abonnieren Sie für 1 Euro pro Woche.",
               "Unsere Berichte bezahlen unsere Leserinnen und Leser. Geben Sie 3 Euro, damit es weitergeht."],
        "fr": ["Notes du matin : les cinq infos locales à connaître, dans votre boîte à 7 heures.",
               "Cet article est l'un de vos trois articles gratuits du mois. Abonnez-vous pour 1 € par semaine.",
               "Nos reportages sont financés par nos lecteurs. Donnez 3 € pour que cela continue."],
        "es": ["Notas de la mañana: las cinco noticias locales que necesitas, en tu correo a las 7.",
               "Esta es una de tus tres noticias gratis del mes. Suscríbete por 1 euro a la semana.",
               "Nuestro periodismo lo pagan los lectores. Aporta 3 euros para que siga."],
        "ru": ["«Утренние заметки»: пять главных местных новостей в вашей почте к 7 утра.",
               "Это один из трёх бесплатных материалов в этом месяце. Подпишитесь за 99 рублей в неделю.",
               "Нашу работу оплачивают читатели. Поддержите нас 150 рублями, чтобы мы продолжали."],
    },
    "share": {
        "en": ["Send this story to someone who'd want to know", "Take the link to this story with you", "Find {site} on Instagram"],
        "tr": ["Bu haberi bilmesi gereken birine gönderin", "Bu haberin bağlantısını alın", "{site} artık Instagram'da"],
        "de": ["Schicken Sie den Artikel an jemanden, den er interessiert", "Den Link zu diesem Text mitnehmen", "{site} bei Instagram"],
        "fr": ["Envoyez cet article à quelqu'un que ça intéresse", "Récupérer le lien vers ce reportage", "{site} publie aussi sur Instagram"],
        "es": ["Manda esta noticia a quien le pueda interesar", "Llévate el enlace de esta noticia", "{site}, ahora también en Instagram"],
        "ru": ["Перешлите материал тому, кому это важно", "Взять ссылку на эту новость", "«{site}» в Телеграме: подписывайтесь"],
    },
    "photo": {
        "en": ["Photo supplied by the organisers", "Picture courtesy of a reader", "Image: {site} photo desk"],
        "tr": ["Fotoğraf: organizatörlerin arşivinden", "Görsel: bir okurumuzun gönderdiği fotoğraf"],
        "de": ["Foto: vom Veranstalter zur Verfügung gestellt", "Bild: Leserfoto, eingesandt an die Redaktion"],
        "fr": ["Photo : transmise par les organisateurs", "Image : photo d'un lecteur envoyée à la rédaction"],
        "es": ["Foto facilitada por la organización", "Imagen enviada por un lector a la redacción"],
        "ru": ["Снимок из архива организаторов", "Снимок прислал читатель"],
    },
    "copyright": {
        "en": ["© {site}: no part of this story may be copied without written permission.",
               "Reproduction of this article, in whole or in part, requires the agreement of {site}."],
        "tr": ["© {site}: haberin hiçbir bölümü yazılı izin olmadan kopyalanamaz.",
               "Bu haberin tamamen ya da kısmen çoğaltılması {site} iznine bağlıdır."],
        "de": ["© {site}: Kein Teil dieses Artikels darf ohne schriftliche Erlaubnis kopiert werden.",
               "Die Vervielfältigung dieses Artikels, ganz oder in Teilen, bedarf der Zustimmung von {site}."],
        "fr": ["© {site} : aucune partie de cet article ne peut être copiée sans autorisation écrite.",
               "La reproduction de cet article, totale ou partielle, est soumise à l'accord de {site}."],
        "es": ["© {site}: no se puede copiar ninguna parte de esta noticia sin permiso por escrito.",
               "La reproducción total o parcial de este artículo requiere el consentimiento de {site}."],
        "ru": ["© «{site}»: копирование любой части материала без письменного разрешения запрещено.",
               "Воспроизведение материала полностью или частично возможно только с согласия «{site}»."],
    },
    "section": {
        "en": ["RIGHT WHERE YOU LIVE", "News › Around town › This week", "Newsroom: {site}"],
        "tr": ["KAPINIZIN ÖNÜNDEN", "Haberler › Kentten › Bu hafta", "{site} haber masasından"],
        "de": ["GLEICH UM DIE ECKE", "Nachrichten › Aus der Stadt › Diese Woche", "Aus dem Newsroom von {site}"],
        "fr": ["AU PAS DE VOTRE PORTE", "Actualités › En ville › Cette semaine", "Depuis la rédaction de {site}"],
        "es": ["EN TU MISMA PUERTA", "Noticias › En la ciudad › Esta semana", "Desde la redacción de {site}"],
        "ru": ["У ВАШЕГО ПОРОГА", "Новости › В городе › На этой неделе", "Из отдела новостей «{site}»"],
    },
    "related": {
        "en": ["If you read one more thing today", "Also from our reporters"],
        "tr": ["Bugün bir haber daha okuyacaksanız", "Muhabirlerimizden diğer haberler"],
        "de": ["Wenn Sie heute noch etwas lesen", "Mehr von unseren Reporterinnen und Reportern"],
        "fr": ["Si vous ne lisez qu'un autre article aujourd'hui", "D'autres reportages de nos journalistes"],
        "es": ["Si hoy lees una noticia más", "Más historias de nuestros periodistas"],
        "ru": ["Если прочитаете сегодня ещё что-то одно", "Другие материалы наших корреспондентов"],
    },
    "symbol": {"*": ["⁂⁂⁂", "✻ ✻ ✻", "◆ ◇ ◆", "— ✦ —", "⚬ ⚬ ⚬", "▫ ▪ ▫"]},
    "credit": {
        "en": ["Additional reporting: {site} news team", "With information from the local police press office"],
        "tr": ["Ek haber: {site} haber ekibi", "Haberde emniyet basın bürosunun bilgilerinden yararlanıldı"],
        "de": ["Mitarbeit: Nachrichtenteam von {site}", "Mit Informationen der Polizeipressestelle"],
        "fr": ["Avec la contribution de l'équipe de {site}", "Avec des informations du service de presse de la gendarmerie"],
        "es": ["Con la colaboración del equipo de {site}", "Con información del gabinete de prensa de la Policía Local"],
        "ru": ["При участии новостной службы «{site}»", "По информации пресс-службы отдела полиции"],
    },
    "ad": {
        "en": ["Sponsored message · story continues", "An advertisement appears here"],
        "tr": ["Sponsorlu ileti · haber sürüyor", "Burada bir reklam yer alıyor"],
        "de": ["Gesponserte Botschaft · Text geht weiter", "An dieser Stelle erscheint eine Anzeige"],
        "fr": ["Message sponsorisé · suite de l'article", "Une publicité s'affiche ici"],
        "es": ["Mensaje patrocinado · sigue la noticia", "Aquí aparece un anuncio"],
        "ru": ["Спонсорское сообщение · материал продолжается", "Здесь показывается реклама"],
    },
    "continue": {
        "en": ["Reveal the rest of the article", "Continue to the full article"],
        "tr": ["Haberin devamını gösterin", "Haberin tamamına geçin"],
        "de": ["Den übrigen Text aufklappen", "Weiter zum vollständigen Artikel"],
        "fr": ["Dérouler le reste du reportage", "Continuer vers l'article complet"],
        "es": ["Mostrar el resto de la noticia", "Seguir hasta la noticia completa"],
        "ru": ["Раскрыть материал до конца", "Перейти к полной версии статьи"],
    },
    "comments": {
        "en": ["{n} comments so far – add yours", "Read the {n} replies from readers"],
        "tr": ["Şu ana kadar {n} yorum var, siz de yazın", "{n} okurun yorumlarını görün"],
        "de": ["Bisher {n} Kommentare – schreiben Sie mit", "Lesen Sie, was {n} Leser meinen"],
        "fr": ["Déjà {n} commentaires : donnez votre avis", "Lire les {n} réactions des lecteurs"],
        "es": ["Ya hay {n} comentarios: deja el tuyo", "Lee las {n} respuestas de los lectores"],
        "ru": ["Уже {n} комментариев — оставьте свой", "Посмотреть, что думают {n} читателей"],
    },
    "readtime": {
        "en": ["Time needed: {m} minutes", "{m} min to read this"],
        "tr": ["Bu haber {m} dakikanızı alır", "Okuma: {m} dakika"],
        "de": ["Sie brauchen rund {m} Minuten", "Lesen in {m} Min."],
        "fr": ["Vous en avez pour {m} minutes", "{m} min pour tout lire"],
        "es": ["Te llevará {m} minutos", "{m} min para leerla entera"],
        "ru": ["Займёт {m} минуты", "{m} мин на прочтение"],
    },
    "updated": {
        "en": ["Last updated on {d}, {t}", "First posted {d} · latest update {t}"],
        "tr": ["Son güncelleme tarihi: {d}, {t}", "İlk yayın {d} · son güncelleme {t}"],
        "de": ["Aktualisierte Fassung vom {d}, {t} Uhr", "Zuerst veröffentlicht {d} · letzte Änderung {t} Uhr"],
        "fr": ["Dernière mise à jour le {d}, {t}", "Mis en ligne le {d} · dernière modification à {t}"],
        "es": ["Última actualización el {d}, {t}", "Publicado el {d} · última modificación a las {t}"],
        "ru": ["Последнее обновление материала: {d}, {t}", "Опубликовано {d} · последняя правка в {t}"],
    },
    "audio": {
        "en": ["Too busy to read? Press play for the audio version", "Listen · {m} min · narrated"],
        "tr": ["Okumaya vaktiniz yok mu? Haberin seslendirilmiş hâlini başlatın", "Dinle · {m} dk · seslendirme"],
        "de": ["Keine Zeit zum Lesen? Die Audiofassung startet mit Play", "Hören · {m} Min. · vorgelesen"],
        "fr": ["Pas le temps de lire ? Lancez le lecteur, on vous lit cet article", "Écouter · {m} min · lu par une voix"],
        "es": ["¿Sin tiempo para leer? Dale al play para la versión en audio", "Escuchar · {m} min · narrado"],
        "ru": ["Некогда читать? Нажмите «плей» и слушайте материал", "Слушать · {m} мин · озвучено"],
    },
    "correction": {
        "en": ["Correction: an earlier version of this story misspelt the name of one of the people quoted; it has since been corrected."],
        "tr": ["Düzeltme: Haberin önceki sürümünde görüşülen kişilerden birinin adı yanlış yazılmıştı; düzeltildi."],
        "de": ["Korrektur: In einer früheren Fassung war der Name einer zitierten Person falsch geschrieben. Wir haben das berichtigt."],
        "fr": ["Rectificatif : dans une version précédente, le nom d'une personne citée était mal orthographié ; l'erreur a été corrigée."],
        "es": ["Corrección: en una versión anterior se escribió mal el nombre de una de las personas citadas; el error se ha subsanado."],
        "ru": ["Исправление: в предыдущей версии материала была ошибка в фамилии одного из собеседников, теперь она исправлена."],
    },
    "wireend": {
        "en": ["[END OF COPY]", "(Includes agency copy)"],
        "tr": ["[SON]", "(Ajans haberlerinden de yararlanıldı)"],
        "de": ["[ENDE DER MELDUNG]", "(Enthält Agenturmeldungen)"],
        "fr": ["[FIN DE LA DÉPÊCHE]", "(Texte enrichi de dépêches d'agences)"],
        "es": ["[FIN DEL TELETIPO]", "(Incluye despachos de agencias)"],
        "ru": ["[КОНЕЦ СООБЩЕНИЯ]", "(С использованием сообщений информагентств)"],
    },
    "app": {
        "en": ["Read {site} on the go: download our free app", "Carry on reading in our app"],
        "tr": ["{site} her yerde yanınızda: ücretsiz uygulamamızı indirin", "Okumaya {site} uygulamasında devam edin"],
        "de": ["{site} für unterwegs: Laden Sie unsere kostenlose App", "In der App von {site} weiterlesen"],
        "fr": ["{site} partout avec vous : téléchargez notre appli gratuite", "Poursuivre la lecture dans l'appli {site}"],
        "es": ["{site} contigo: descarga nuestra app gratuita", "Sigue leyendo en la app de {site}"],
        "ru": ["«{site}» всегда с вами: скачайте бесплатное приложение", "Продолжить чтение в приложении «{site}»"],
    },
    "bio": {
        "en": ["{by} is a reporter at {site}, covering health, schools and transport.", "Contact {by} at reporters@example.org"],
        "tr": ["{by}, {site} muhabiri; sağlık, eğitim ve ulaşım haberlerini izliyor.", "{by} ile iletişim: muhabir@example.org"],
        "de": ["{by} schreibt für {site} über Gesundheit, Schule und Verkehr.", "Kontakt zu {by}: reporter@example.org"],
        "fr": ["{by} est journaliste à {site} et suit la santé, l'école et les transports.", "Contacter {by} : journalistes@example.org"],
        "es": ["{by} es periodista de {site} y cubre sanidad, educación y transporte.", "Contacta con {by}: periodistas@example.org"],
        "ru": ["{by} — корреспондент «{site}», пишет о здравоохранении, школах и транспорте.", "Связаться с корреспондентом: korr@example.org"],
    },
    "tip": {
        "en": ["Know something we should look into? Message the newsroom on 07700 900123.", "Tell us what's happening where you live: news@example.org"],
        "tr": ["Araştırmamız gereken bir konu mu var? Haber merkezine 0555 000 00 00'dan yazın.", "Yaşadığınız yerde neler oluyor, bize anlatın: haber@example.org"],
        "de": ["Wissen Sie etwas, dem wir nachgehen sollten? Schreiben Sie der Redaktion an 0151 000 000.", "Erzählen Sie uns, was bei Ihnen los ist: news@example.org"],
        "fr": ["Vous savez quelque chose sur lequel nous devrions enquêter ? Écrivez à la rédaction au 06 00 00 00 00.", "Racontez-nous ce qui se passe près de chez vous : actu@example.org"],
        "es": ["¿Sabes algo que deberíamos investigar? Escribe a la redacción al 600 000 000.", "Cuéntanos qué pasa donde vives: noticias@example.org"],
        "ru": ["Знаете, чем нам стоит заняться? Пишите в редакцию: +7 900 000-00-00.", "Расскажите, что происходит у вас: news@example.org"],
    },
    "typo": {
        "en": ["Noticed a mistake? Select the words and press Ctrl+Enter so we can fix it.", "Typo in the text? Mark it and hit Ctrl+Enter."],
        "tr": ["Hata mı gördünüz? Seçip Ctrl+Enter'a basın, düzeltelim.", "Metinde yazım hatası mı var? Üzerini seçip Ctrl+Enter ile gönderin."],
        "de": ["Irgendwo ein Fehler? Markieren, Strg+Enter drücken, wir berichtigen ihn.", "Tippfehler im Text? Markieren und Strg+Enter."],
        "fr": ["Vous voyez une erreur ? Sélectionnez-la et appuyez sur Ctrl+Entrée pour que nous la corrigions.", "Faute de frappe ? Marquez-la et tapez Ctrl+Entrée."],
        "es": ["¿Algo mal escrito? Selecciónalo y pulsa Ctrl+Enter para que lo corrijamos.", "¿Errata en el texto? Márcala y pulsa Ctrl+Enter."],
        "ru": ["Видите ошибку? Выделите её и нажмите Ctrl+Enter, мы поправим.", "Опечатка в тексте? Отметьте её и нажмите Ctrl+Enter."],
    },
    "push": {
        "en": ["Want breaking news alerts from {site}? Allow / Block", "Switch on alerts and we'll tell you when news breaks nearby."],
        "tr": ["{site} son dakika bildirimlerini almak ister misiniz? İzin ver / Engelle", "Bildirimleri açın, yakınınızda bir gelişme olunca haber verelim."],
        "de": ["Eilmeldungen von {site} erhalten? Zulassen / Blockieren", "Aktivieren Sie Benachrichtigungen, dann melden wir uns, wenn in Ihrer Nähe etwas passiert."],
        "fr": ["Recevoir les alertes info de {site} ? Autoriser / Bloquer", "Activez les alertes : nous vous prévenons quand il se passe quelque chose près de chez vous."],
        "es": ["¿Quieres recibir las últimas noticias de {site}? Permitir / Bloquear", "Activa los avisos y te contamos cuando pase algo cerca."],
        "ru": ["Получать срочные новости от «{site}»? Разрешить / Блокировать", "Включите оповещения, и мы сообщим, когда рядом что-то случится."],
    },
    "ai": {
        "en": ["This summary was generated by AI and checked by an editor.",
               "We used an AI transcription tool for the interviews quoted here."],
        "tr": ["Bu özet yapay zekâ ile oluşturuldu ve bir editör tarafından kontrol edildi.",
               "Buradaki röportajların dökümünde bir yapay zekâ aracı kullandık."],
        "de": ["Diese Zusammenfassung wurde mit KI erstellt und von einem Redakteur geprüft.",
               "Für die Abschrift der hier zitierten Interviews haben wir ein KI-Werkzeug genutzt."],
        "fr": ["Ce résumé a été généré par une IA et vérifié par un journaliste.",
               "Nous avons utilisé un outil de transcription par IA pour les entretiens cités ici."],
        "es": ["Este resumen lo ha generado una IA y lo ha revisado un editor.",
               "Para transcribir las entrevistas citadas aquí usamos una herramienta de IA."],
        "ru": ["Это краткое содержание создано ИИ и проверено редактором.",
               "Для расшифровки приведённых здесь интервью мы использовали ИИ-сервис."],
    },
    "affiliate": {
        "en": ["If you buy something through our links, {site} may get a small fee.", "This article contains affiliate links."],
        "tr": ["Bağlantılarımızdan alışveriş yaparsanız {site} küçük bir ücret alabilir.", "Bu haber ortaklık bağlantıları içeriyor."],
        "de": ["Wenn Sie über unsere Links etwas kaufen, erhält {site} möglicherweise eine kleine Vergütung.", "Dieser Artikel enthält Affiliate-Links."],
        "fr": ["Si vous achetez via nos liens, {site} peut percevoir une petite rémunération.", "Cet article contient des liens d'affiliation."],
        "es": ["Si compras a través de nuestros enlaces, {site} puede recibir una pequeña comisión.", "Este artículo contiene enlaces de afiliados."],
        "ru": ["Если вы купите что-то по нашим ссылкам, «{site}» может получить небольшое вознаграждение.", "В этом материале есть партнёрские ссылки."],
    },
    "gift": {
        "en": ["Gift this article to a friend – they can read it without subscribing", "Unlock this story for someone else"],
        "tr": ["Bu haberi bir arkadaşınıza hediye edin, abone olmadan okuyabilsin", "Bu haberi başka biri için açın"],
        "de": ["Verschenken Sie diesen Artikel – der Empfänger kann ihn ohne Abo lesen", "Diesen Artikel für jemanden freischalten"],
        "fr": ["Offrez cet article à un proche : il pourra le lire sans abonnement", "Débloquer cet article pour quelqu'un"],
        "es": ["Regala esta noticia: quien la reciba podrá leerla sin suscripción", "Desbloquear esta noticia para otra persona"],
        "ru": ["Подарите статью другу — он прочтёт её без подписки", "Открыть материал для другого человека"],
    },
    "skip": {
        "en": ["Skip the advert and keep reading", "Continue below the newsletter box"],
        "tr": ["Reklamı geçip okumaya devam edin", "Bülten kutusunun altından devam edin"],
        "de": ["Werbung überspringen und weiterlesen", "Unter dem Newsletter-Kasten weiterlesen"],
        "fr": ["Passer la publicité et poursuivre la lecture", "Continuer sous l'encadré de la lettre"],
        "es": ["Saltar el anuncio y seguir leyendo", "Seguir debajo del recuadro del boletín"],
        "ru": ["Пропустить рекламу и читать дальше", "Продолжить под блоком рассылки"],
    },
    "print": {
        "en": ["Printer-friendly page", "Mail this article"],
        "tr": ["Yazıcı dostu sürüm", "Haberi e-postayla iletin"],
        "de": ["Druckansicht öffnen", "Artikel per Mail verschicken"],
        "fr": ["Version imprimable de l'article", "Transférer par e-mail"],
        "es": ["Versión para imprimir la noticia", "Reenviar por correo"],
        "ru": ["Открыть версию для печати", "Переслать материал по почте"],
    },
    "translated": {
        "en": ["Translated into English by {site}.", "This story first appeared in Spanish and was translated by our staff."],
        "tr": ["{site} tarafından Türkçeye çevrilmiştir.", "Bu haber ilk olarak İngilizce yayımlandı ve ekibimiz tarafından çevrildi."],
        "de": ["Ins Deutsche übertragen von {site}.", "Dieser Text erschien zuerst auf Französisch und wurde von unserer Redaktion übersetzt."],
        "fr": ["Traduit en français par {site}.", "Cet article a d'abord paru en allemand ; il a été traduit par notre équipe."],
        "es": ["Traducido al español por {site}.", "Esta noticia se publicó primero en francés y la ha traducido nuestro equipo."],
        "ru": ["Перевод на русский — «{site}».", "Материал впервые вышел на английском языке, перевод редакции."],
    },
    "moderation": {
        "en": ["We review all comments. Personal attacks and links to spam will not be published.",
               "Please read our community guidelines before commenting."],
        "tr": ["Tüm yorumları inceliyoruz. Kişisel saldırı ve spam bağlantıları yayımlanmaz.",
               "Yorum yapmadan önce topluluk kurallarımızı okuyun."],
        "de": ["Wir prüfen alle Kommentare. Persönliche Angriffe und Spam-Links werden nicht veröffentlicht.",
               "Bitte lesen Sie vor dem Kommentieren unsere Community-Regeln."],
        "fr": ["Nous relisons tous les commentaires. Les attaques personnelles et les liens publicitaires ne seront pas publiés.",
               "Merci de lire notre charte de participation avant de commenter."],
        "es": ["Revisamos todos los comentarios. No publicaremos ataques personales ni enlaces de spam.",
               "Lee nuestras normas de participación antes de comentar."],
        "ru": ["Мы проверяем все комментарии. Личные оскорбления и спам-ссылки не публикуются.",
               "Перед тем как комментировать, ознакомьтесь с правилами сообщества."],
    },
    # the three families new in this part
    "feedback": {  # "was this article helpful?" / rate-this-article widgets
        "en": ["Was this article helpful? Yes · No", "How would you rate this story? ★★★★★"],
        "tr": ["Bu haber işinize yaradı mı? Evet · Hayır", "Bu habere kaç yıldız verirsiniz? ★★★★★"],
        "de": ["War dieser Artikel hilfreich? Ja · Nein", "Wie bewerten Sie diesen Artikel? ★★★★★"],
        "fr": ["Cet article vous a-t-il été utile ? Oui · Non", "Quelle note donnez-vous à cet article ? ★★★★★"],
        "es": ["¿Te ha resultado útil esta noticia? Sí · No", "¿Qué nota le pones a esta noticia? ★★★★★"],
        "ru": ["Был ли материал полезен? Да · Нет", "Оцените материал: ★★★★★"],
    },
    "standards": {  # editorial-standards / ethics-code lines
        "en": ["How we work: read about our editorial standards and corrections policy.",
               "{site} follows the Editors' Code of Practice."],
        "tr": ["Nasıl çalışıyoruz: yayın ilkelerimizi ve düzeltme politikamızı okuyun.",
               "{site}, Basın Meslek İlkeleri'ne uyar."],
        "de": ["So arbeiten wir: Lesen Sie unsere redaktionellen Grundsätze und unseren Umgang mit Fehlern.",
               "{site} hält sich an den Pressekodex des Deutschen Presserats."],
        "fr": ["Comment nous travaillons : découvrez notre charte éditoriale et notre politique de rectification.",
               "{site} adhère au Conseil de déontologie journalistique et de médiation."],
        "es": ["Cómo trabajamos: consulta nuestros principios editoriales y nuestra política de correcciones.",
               "{site} se adhiere al código deontológico de la FAPE."],
        "ru": ["Как мы работаем: редакционные стандарты и правила исправления ошибок.",
               "«{site}» соблюдает Кодекс профессиональной этики российского журналиста."],
    },
    "topics": {  # topic-tag lines ({section}: the story's section)
        "en": ["Filed under: {section} · Local", "Explore more: {section}, community, our area"],
        "tr": ["Konular: {section} · Yerel", "Daha fazlası: {section}, toplum, bölgemiz"],
        "de": ["Themen: {section} · Lokales", "Mehr zum Thema: {section}, Gesellschaft, unsere Region"],
        "fr": ["Thèmes : {section} · Local", "En savoir plus : {section}, société, notre région"],
        "es": ["Temas: {section} · Local", "Más sobre: {section}, sociedad, nuestra comarca"],
        "ru": ["Темы: {section} · Местное", "Ещё по теме: {section}, общество, наш край"],
    },
}
HEADLINES = {
    "en": ["Cattle grid on Moor Lane to be replaced in May", "Leisure centre sauna reopens after eight months",
           "Market square gets twelve new benches", "Primary school choir to sing at the cathedral",
           "Lollipop man retires after 31 years on Park Road", "Car park charges frozen for another year"],
    "tr": ["Değirmen Yolu'ndaki köprü mayısta yenilenecek", "Spor merkezinin saunası sekiz ay sonra açıldı",
           "Pazar meydanına 12 yeni bank konuldu", "İlkokul korosu il finalinde sahne alacak",
           "Okul önündeki trafik görevlisi 31 yıl sonra emekli oldu", "Otopark ücretleri bir yıl daha sabit kalacak"],
    "de": ["Weiderost am Moorweg wird im Mai erneuert", "Sauna im Sportzentrum nach acht Monaten wieder offen",
           "Zwölf neue Bänke für den Marktplatz", "Grundschulchor singt beim Adventskonzert im Dom",
           "Schülerlotse geht nach 31 Jahren in den Ruhestand", "Parkgebühren bleiben ein weiteres Jahr stabil"],
    "fr": ["La grille à bétail du chemin de la Lande remplacée en mai", "Le sauna du centre aquatique rouvre après huit mois",
           "Douze nouveaux bancs sur la place du Marché", "La chorale de l'école chantera à la cathédrale",
           "Le « papy trafic » de l'école Jean-Moulin prend sa retraite après 31 ans",
           "Le stationnement gardera le même tarif un an de plus"],
    "es": ["El paso canadiense del camino del Páramo se renovará en mayo", "La sauna del polideportivo reabre tras ocho meses",
           "Doce bancos nuevos para la plaza del Mercado", "El coro del colegio cantará en la catedral",
           "Se jubila el guardia del paso de cebra tras 31 años", "El aparcamiento mantendrá sus tarifas un año más"],
    "ru": ["Скотопрогонную решётку на Полевой улице заменят в мае", "Сауна в спорткомплексе открылась после восьмимесячного ремонта",
           "На Рыночной площади поставили двенадцать новых скамеек", "Хор начальной школы выступит в соборе",
           "Регулировщик у школы № 5 ушёл на пенсию после 31 года работы", "Плата за парковку не изменится ещё год"],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the
# article: this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Today's top reads", "Up and down the county", "Court and crime", "Town hall and Westminster", "Results and fixtures",
                    "Out and about", "Your letters to the editor", "On the property market"],
               cookie="Cookies help us see which stories you read and keep this site free. Select 'That's fine, carry on' to allow them, or choose which ones to turn off.",
               accept="That's fine, carry on", reject="I'd like to choose", share="Pass it along", related="Further local reading",
               newsletter="Morning Notes: local news by 7am", subscribe="Sign me up for Morning Notes", email="name@example.org",
               comment_note="Sign in or register to leave a comment.",
               footer=["The people behind the stories", "How we correct mistakes", "Your cookie settings", "Advertise in print and online", "Rules for using this site"],
               rights="No reproduction without our written permission.",
               commenters=[("moorlane_mike", "Good to see this covered properly at last."),
                           ("Jan W.", "Is there a way to get involved?"),
                           ("harbourview", "Saying this for the last ten years, nobody listened.")]),
    "tr": dict(nav=["Bugün öne çıkanlar", "İlçe ve köyler", "Adliyeden", "Belediye ve siyaset", "Spor özetleri",
                    "Hafta sonu ne yapsak?", "Okurlarımızdan mektuplar"],
               cookie="Çerezler hangi haberleri okuduğunuzu görmemize ve siteyi ücretsiz tutmamıza yardım ediyor. İzin vermek için 'Tamam, devam edin'i seçin ya da hangilerini kapatacağınızı belirleyin.",
               accept="Tamam, devam edin", reject="Kendim seçmek istiyorum", share="Başkalarına da iletin", related="Yerelden başka haberler",
               newsletter="Sabah Notları: saat 7'de yerel haberler", subscribe="Sabah Notları'na kaydolun", email="okur@ornek.org",
               comment_note="Yorum bırakmak için oturum açın ya da kaydolun.",
               footer=["Haberleri yapanlar", "Hataları nasıl düzeltiyoruz", "Çerez tercihleriniz", "Reklam için bize ulaşın", "Sitenin kullanım kuralları"],
               rights="Yazılı iznimiz olmadan çoğaltılamaz.",
               commenters=[("degirmenyolu_ayse", "Sonunda biri bu konuyu düzgünce yazmış."),
                           ("Kemal B.", "Nasıl destek olabiliriz, bilen var mı?")]),
    "de": dict(nav=["Die Themen des Tages", "Städte und Dörfer", "Aus den Gerichtssälen", "Rat und Politik", "Sport kompakt",
                    "Was ist los?", "Post an die Redaktion"],
               cookie="Cookies zeigen uns, welche Artikel Sie lesen, und helfen, dieses Angebot kostenlos zu halten. Wählen Sie „Passt, weiter so“, um sie zu erlauben, oder legen Sie fest, welche Sie abschalten.",
               accept="Passt, weiter so", reject="Lieber selbst entscheiden", share="Gerne weitergeben", related="Mehr Lokales zum Weiterlesen",
               newsletter="Morgennotizen: Lokales bis 7 Uhr", subscribe="Morgennotizen bestellen", email="name@beispiel.org",
               comment_note="Melden Sie sich an oder registrieren Sie sich, um einen Kommentar zu schreiben.",
               footer=["Die Menschen hinter den Texten", "Wie wir Fehler korrigieren", "Cookie-Auswahl ändern", "Anzeigen schalten", "Regeln für diese Seite"],
               rights="Vervielfältigung nur mit unserer schriftlichen Erlaubnis.",
               commenters=[("Moorweg_Gabi", "Schön, dass endlich mal ausführlich darüber berichtet wird."),
                           ("Uwe R.", "Kann man da irgendwie mithelfen?")]),
    "fr": dict(nav=["Les incontournables de la journée", "Villes et villages", "Chronique des tribunaux", "Conseils et politique", "Le sport en bref",
                    "Que faire ce week-end ?", "Vos lettres à la rédaction"],
               cookie="Les cookies nous montrent quels articles vous lisez et aident à garder ce site gratuit. Choisissez « D'accord, on continue » pour les autoriser, ou décidez lesquels désactiver.",
               accept="D'accord, on continue", reject="Je préfère choisir", share="À faire suivre", related="D'autres infos locales à lire",
               newsletter="Notes du matin : l'info locale avant 7 heures", subscribe="Recevoir les Notes du matin", email="nom@exemple.org",
               comment_note="Connectez-vous ou inscrivez-vous pour laisser un commentaire.",
               footer=["Ceux qui font le journal", "Comment nous corrigeons nos erreurs", "Vos choix de cookies", "Faire de la publicité chez nous", "Règles d'utilisation du site"],
               rights="Reproduction interdite sans notre autorisation écrite.",
               commenters=[("Lande_Martine", "Enfin quelqu'un qui prend le temps d'expliquer."),
                           ("Didier P.", "Comment peut-on participer ?")]),
    "es": dict(nav=["Lo más importante hoy", "Pueblos y ciudades", "Crónica judicial de la semana", "Pleno y política", "Deporte en breve",
                    "Planes para el finde", "Lo que nos escriben los lectores"],
               cookie="Las cookies nos enseñan qué noticias lees y ayudan a que esta web siga siendo gratis. Elige «Vale, adelante» para permitirlas o decide cuáles desactivar.",
               accept="Vale, adelante", reject="Quiero elegir yo", share="Compártela", related="Más noticias de la zona",
               newsletter="Notas de la mañana: lo local antes de las 7", subscribe="Quiero las Notas de la mañana", email="nombre@ejemplo.org",
               comment_note="Entra o regístrate para dejar un comentario.",
               footer=["El equipo del periódico", "Así corregimos los errores", "Tus opciones de cookies", "Anunciarse en el periódico", "Normas de uso de la web"],
               rights="Prohibida la reproducción sin nuestro permiso por escrito.",
               commenters=[("paramo_lola", "Por fin alguien lo cuenta con detalle."),
                           ("Julián M.", "¿Cómo se puede echar una mano?")]),
    "ru": dict(nav=["Главное за сутки", "Города и сёла", "Из зала суда", "Власть и политика", "Спорт коротко",
                    "Куда пойти", "Читатели пишут в редакцию"],
               cookie="Cookie показывают нам, какие материалы вы читаете, и помогают оставить сайт бесплатным. Нажмите «Хорошо, продолжить», чтобы разрешить их, или выберите, какие отключить.",
               accept="Хорошо, продолжить", reject="Хочу выбрать сам", share="Передайте дальше", related="Ещё о жизни района",
               newsletter="«Утренние заметки»: местные новости к 7 утра", subscribe="Подписаться на заметки", email="imya@primer.org",
               comment_note="Войдите или зарегистрируйтесь, чтобы оставить комментарий.",
               footer=["Кто делает газету", "Как мы правим ошибки", "Ваш выбор cookie", "Разместить рекламу у нас", "Правила пользования сайтом"],
               rights="Воспроизведение — только с письменного разрешения редакции.",
               commenters=[("polevaya_nina", "Наконец-то об этом написали подробно."),
                           ("Сергей Д.", "А как можно помочь?")]),
}
UI23 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "LIVE"): {"en": dict(share="Pass this post along", posted="On the quay: {name}", pinned="Held at the top",
                               newer="See 2 newer posts")},
    (mp2, "LIVE_AUTHORS"): {"en": ["Morwenna Hicks", "Tariq Osei"]},
    (mp2, "BIO"): {"en": "{name} writes long reads about {section} and the people who keep it going, for {site}. Story ideas to longreads@example.com"},
    (mp3, "BROADCAST"): {"tr": dict(watch="Haberin videosu:", fallback="Video şu an yüklenemedi. Sayfayı yenileyin ya da uygulamamızdan izleyin.",
                                    live="Yayını canlı izle", topics="Haberle ilgili başlıklar")},
    (mp4, "READMORE"): {"es": "NO TE PIERDAS:"},
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # the fusion ad label
    (mp6, "TYPO3"): {"de": dict(ext="Externes Video",
                                note="Hier ist ein Erklärfilm der Gemeinde eingebettet, der bei YouTube liegt. Erst beim Abspielen werden Daten an YouTube übermittelt.",
                                button="Video jetzt laden", by="Von:", search="Suche auf birkach.de",
                                lang_menu="Einfache Sprache")},
    (mp6, "BITRIX"): {"ru": dict(agency="Информационное агентство «Приуралье»", share="Переслать эту новость знакомым")},
    (mp7, "SANITY"): {"es": dict(nl_title="Buenos días, Villacarrillo",
                                 nl_text="Un correo a las siete con lo que pasa en la comarca. Gratis y sin publicidad.",
                                 nl_button="Quiero el correo de las siete", nl_placeholder="Tu correo electrónico, por favor")},
    (mp8, "BLOX"): {"fr": dict(ad="Un annonceur soutient cette page")},
    (mp10, "WEBFLOW"): {"tr": dict(cc_text="Bu site ziyaret istatistikleri ve tercihlerinizi saklamak için çerez kullanıyor. Ayarlarınızı sayfanın altındaki bağlantıdan değiştirebilirsiniz.",
                                   cc_prefs="Çerez ayarlarım", cc_deny="Hiçbirine izin vermiyorum", cc_allow="Hepsine izin veriyorum",
                                   back="← Sarıyurt haberlerine dön", by="Yazan muhabir", published="Yayımlanma tarihi",
                                   mc_title="Sarıyurt'tan pazartesi bülteni", mc_email="Pazartesi bülteni için e-postanız",
                                   mc_button="Pazartesi bültenine kaydol", share="Haberi komşunuza iletin",
                                   more="Sarıyurt'tan diğer haberler")},
    (mp11, "HUGO"): {"en": dict(nl_title="The Tally, fortnightly",
                                nl_text="Every other Friday: our newest counts, and the raw data behind them.",
                                nl_label="Email address for the Tally", nl_button="Send me the Tally")},
    (mp12, "JOOMLA"): {"en": dict(latest="Fresh from the Dales desk", popular="Most talked about this month", field="Parish:",
                                  posts="Round the Dales")},
    (mp12, "PLACES"): {"h23-en-003": "Hollinsby"},
    (mp13, "PUB_NAV"): {"en": ["Latest from Linford Park", "Committee minutes", "Lend a hand", "About the association"]},
    (mp13, "TEASERS"): {"en": ["The old grid was damaged by a tractor in January.",
                               "Repairs to the heater took longer than planned.",
                               "They were paid for by the Rotary Club.",
                               "Forty-two children will sing at the carol service.",
                               "Pupils lined the pavement to wave him off.",
                               "Councillors voted 11 to 4 to keep the price at £1.20 an hour."]},
    (mp14, "BLOGGER"): {"tr": dict(follow="Köyden yeni yazı gelince size haber verelim:",
                                   follow_ph="Adresinizi buraya yazabilirsiniz", follow_btn="Yeni yazıları gönderin",
                                   desc="Akpınar köyünden haberler, hasat günleri, düğünler ve kurs duyuruları.",
                                   bio="Akpınar köyünün muhtarı; köyün haberlerini 2019'dan beri bu günlüğe yazıyor.",
                                   comments=[("Akpınarlı Sevim", "Annem de kursa gitti, artık her akşam arıyor, çok sağ olun."),
                                             ("Gurbetçi Mehmet", "Babamın ilk mesajını görünce ağladım, emeği geçenlere teşekkürler.")])},
    (mp15, "TILDA"): {"fr": dict(nav=["À la une en pays de Rance", "Nos communes", "Rencontres", "Écrire à la rédaction du pays de Rance"],
                                 by="Reportage de", sub_title="Le courrier du vendredi",
                                 sub_text="Tous les vendredis, les nouvelles du pays de Rance dans votre boîte mail.",
                                 ph="Votre adresse pour le courrier du vendredi", button="Je m'abonne au courrier",
                                 ok="C'est enregistré, un e-mail de confirmation vous attend.",
                                 share="Faire suivre à un ami", back="← Revenir aux actualités",
                                 about="Média local indépendant du pays de Rance, créé en 2022.",
                                 cookie="Ce site dépose des cookies pour mesurer sa fréquentation et gérer les inscriptions au courrier.",
                                 cookie_ok="C'est noté")},
    (mp16, "WIX"): {"de": dict(nav=["Willkommen", "Unser Freibad", "Spendenlauf", "Aus dem Förderverein", "Mitmachen"],
                               footer="Förderverein Freibad Talheim e.V. · Am Freibad 3 · Sprechstunde in der Saison freitags 17–18 Uhr",
                               button="Vereinsneuigkeiten per Mail bekommen",
                               posts=["Saisonstart Mitte Mai", "Helfer für den Kiosk gesucht",
                                      "Mitgliederversammlung im Vereinsheim"], tags=["Spendenlauf", "Rutsche"])},
    (mp20, "R"): {"typo": R["typo"]},  # the DLE page's typo hint under the story
    (mp20, "DLE"): {"ru": dict(domain="novoborsk-info.ru", skin="Novoborsk3",
                               slogan="Новоборск и округ: новости, события, люди",
                               menu=["Новости Новоборска", "Образование", "Общество и люди", "Здоровье", "Спорт в Новоборске",
                                     "Культура и досуг", "Новости от горожан", "Разместить рекламу"],
                               cat_slug="obshchestvo", popular="Обсуждают на этой неделе",
                               poll=("Помогаете ли вы приютам для животных?",
                                     ["Да, деньгами", "Да, кормом и вещами", "Гуляю с собаками", "Пока нет"]),
                               tags=["приют", "школа № 3", "благотворительность"],
                               cloud=["школа № 3", "приют «Верный друг»", "благотворительность", "Дом культуры", "юные волонтёры",
                                      "ярмарка", "проспект Мира", "погода в Новоборске"],
                               commenters=[("novoborsk_Svetlana", "Мы тоже переводили, молодцы ребята! Покажите потом фото вольеров."),
                                           ("Геннадий Иваныч", "Могу помочь с досками, у меня остались после ремонта."),
                                           ("mama_8b", "Горжусь нашим классом!")],
                               poster="novoborsk_news", editor="admin2", reason="уточнена сумма сбора",
                               source_label="Источник новости:",
                               source=("пресс-служба школы № 3 Новоборска", "https://school3-novoborsk.example/news/"),
                               footer="© 2015–2026 «Новоборск.инфо» — сетевое издание, свидетельство Эл № ФС 77-86107; при перепечатке ссылка на novoborsk-info.ru обязательна",
                               contacts="Редакция: Новоборск, проспект Мира, 12, офис 4; телефон +7 (34551) 2-41-77",
                               age="12+", style="br", wrap=("full-story", "full-text"))},
    (mp22, "NEWSPACK"): {"en": dict(domain="saukvalleybeacon.org", tagline="Nonprofit news for the Sauk Valley and its river towns",
                                    menu=["Schools & Kids", "County Board", "Farm & Field", "Health Desk", "River Towns", "Valley Events Calendar"],
                                    secondary=["Meet the Beacon", "How We Report", "Tell Us What You Know", "Fixes and Clarifications"],
                                    donate_menu="Give to the Beacon",
                                    donate_title="Keep the Beacon lit",
                                    donate_text="The Beacon is free to read and carries no ads. Monthly gifts from readers pay for most of our reporting. Can you give $10 a month?",
                                    prompt_name="Mid-article giving ask", tiers=[("once", [20, 50, 150]), ("month", [5, 10, 20]),
                                                                                 ("year", [50, 100, 250])],
                                    nl_title="The Beacon Brief",
                                    nl_text="Every Monday and Thursday morning: Sauk Valley news in five minutes.",
                                    overlay_title="Sauk Valley news, twice a week",
                                    overlay_text="Free, short and written by people who live here. Get the Beacon Brief.",
                                    related=["Board approves new bus routes for rural students",
                                             "Lincoln Middle School gets its first full-time nurse",
                                             "Why Sauk Valley's teachers are leaving, in their own words",
                                             "County library adds Saturday homework help"],
                                    tags=["artificial intelligence", "English learners", "Cedar Ridge Middle School"],
                                    bio="{by} covers education for The Sauk Valley Beacon. She taught middle school science for ten years before becoming a reporter.",
                                    email="schools@saukvalleybeacon.org",
                                    commenters=[("Rosa M.", "My son is in the EL program at Lincoln. We never got that newsletter in Spanish."),
                                                ("TeacherTom", "Proud of the Cedar Ridge team for doing the math on this.")],
                                    popular_title="What the Valley Is Reading", support_title="Reader-funded local news",
                                    support_text="The Beacon is a 501(c)(3) nonprofit, so your gift is tax-deductible.",
                                    about_title="About the Beacon",
                                    about="The Sauk Valley Beacon is a nonprofit newsroom founded in 2021 to cover schools, health and local government.",
                                    footer_note="Published by the Sauk Valley Community News Project, a 501(c)(3) nonprofit.",
                                    social=["facebook", "instagram", "bluesky"], gtag="G-SVB3CN7X1Q", logo_id=51)},
}
WIX_FREE = {"h23-de-003"}  # the swimming-pool friends' association is on Wix's free plan
HEADLINE_MODULES = tuple(m for m in (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15,
                                     mp16, mp17, mp18, mp19, mp20, mp21, mp22) if hasattr(m, "HEADLINES"))


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
# the new layout: Contao Open Source CMS 4.13 (news, comments, newsletter and calendar bundles) with the
# Oveleon cookie bar
# --------------------------------------------------------------------------
# the platform's own interface strings in German, as Contao's language files and the cookie bar ship them
# (skip-navigation link, "back", the "von" author prefix and the comment count, the comment template and form
# with the captcha question, the search module, the news list's "read the article" title, the enclosure's
# download title, the newsletter module, the cookie bar's buttons and its default essential cookies)
CONTAO_CORE = {
    "de": dict(skip="Navigation überspringen", back="Zurück", by="von", comment_count="Kommentare ({n})",
               comments="Kommentare", com_by="Kommentar von", com_reply="Antwort von", com_add="Kommentar schreiben",
               f_name="Name", f_email="E-Mail (wird nicht veröffentlicht)", f_website="Webseite", f_comment="Kommentar",
               f_notify="Über neue Kommentare per E-Mail benachrichtigen", f_submit="Kommentar absenden",
               mandatory="Pflichtfeld", captcha="Sicherheitsfrage", captcha_q="Bitte addieren Sie {a} und {b}.",
               keywords="Suchbegriffe", search="Suchen", read="Den Artikel lesen: {t}", download="Die Datei {f} herunterladen",
               nl_email="E-Mail-Adresse", nl_subscribe="Abonnieren", home="Startseite", imprint="Impressum",
               privacy_page="Datenschutz", privacy="Datenschutzerklärung",
               cb_save="Auswahl speichern", cb_accept="Alle akzeptieren", cb_deny="Alle ablehnen",
               cb_show="Details einblenden", cb_hide="Details ausblenden", cb_for="für", cb_essential="Essenziell",
               cb_essential_desc="Diese Cookies sind für den Betrieb der Website notwendig und können nicht abgewählt werden.",
               cb_csrf="Contao HTTPS CSRF Token", cb_csrf_desc="Schützt vor Cross-Site-Request-Forgery Angriffen.",
               cb_session="PHP SESSION ID", cb_session_desc="Speichert die aktuelle PHP-Session.",
               cb_duration="Speicherdauer:", cb_session_only="Dieses Cookie bleibt nur für die aktuelle Browsersitzung bestehen.",
               cb_accept_show="Akzeptieren & anzeigen", cb_provider="Anbieter:",
               weekdays=["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]),
}
# each Contao site's own strings: host, header tagline, menus, the sidebar modules' titles and texts, the events
# of the calendar module, the cookie bar's title, text and groups, the footer, the news's downloads and readers'
# comments (with the newsroom's replies)
CONTAO = {
    "de": dict(domain="www.rennbach-kurier.de", slogan="Nachrichten aus Rennbach und dem oberen Murgtal",
               nav=["Rennbach aktuell", "Aus den Ortsteilen", "Schulen & Kitas", "Vereinsleben", "Sport im Tal",
                    "Kultur & Termine", "Polizeiberichte", "Meinung & Leserbriefe"],
               newslist_title="Mehr aus Rennbach", events_title="Was ist los in Rennbach?",
               events=[("2026-05-23", "10:00", "Flohmarkt auf dem Kirchplatz"),
                       ("2026-05-24", "15:00", "Frühlingskonzert des Musikvereins im Kurpark"),
                       ("2026-05-28", "19:30", "Gemeinderatssitzung im Bürgerhaus")],
               nl_title="Der Rennbach-Brief",
               nl_text="Jeden Freitag die Woche in Rennbach per E-Mail – kostenlos und jederzeit abbestellbar.",
               cookie_title="Ihre Privatsphäre beim Rennbach-Kurier",
               cookie_text="Wir möchten zählen, welche Artikel gelesen werden, und Videos sowie Karten externer Anbieter einbinden. Sie entscheiden, was Sie erlauben.",
               stats_group="Reichweitenmessung", stats_desc="Mit Matomo zählen wir ohne Werbezwecke, welche Artikel gelesen werden.",
               stats_cookie="Matomo-Statistik", stats_cookie_desc="Setzt zwei Cookies, um wiederkehrende Besuche zu erkennen; die IP-Adresse wird gekürzt.",
               stats_provider="Murgtal Medien GmbH (eigener Server)",
               media_group="Videos und Karten", media_desc="Inhalte von YouTube und OpenStreetMap werden erst nach Ihrer Zustimmung geladen.",
               media_cookie="YouTube-Videos", media_cookie_desc="Erst wenn Sie zustimmen, lädt die Seite Videos aus unserem YouTube-Kanal.",
               media_provider="Google Ireland Limited",
               footer_text="© 2026 Rennbach-Kurier · Murgtal Medien GmbH · Hauptstraße 27, Rennbach",
               footer_nav=["Redaktion kontaktieren", "Anzeigen & Mediadaten", "Leserservice"],
               enclosure=[("jurybegruendung-landespreis-schuelerzeitung-2026.pdf", "Jurybegründung zum Landespreis 2026", "184,2 KiB")],
               commenters=[("Sabine K.", "Glückwunsch an die ganze Redaktion! Meine Tochter liest jede Ausgabe zweimal.",
                            "Danke, wir geben die Glückwünsche gern an die Schülerinnen und Schüler weiter!"),
                           ("Ehemaliger Hohenberger", "Zu meiner Zeit gab es ein Essen und keine Wahl. Toller Bericht, weiter so!", "")],
               news_id=412, page_id=38, article_id=61, newsletter_id=9, matomo="statistik.rennbach-kurier.de"),
}
CONTAO_EXEMPT = {"domain", "news_id", "page_id", "article_id", "newsletter_id", "matomo"}


def ct_date(iso, t=None):
    y, m, d = iso.split("-")
    return "%s.%s.%s" % (d, m, y) + (" " + t if t else "")


def ct_alias(s):
    return mp21.wp_slug(s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                        .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue"))


def ct_block(kind, val):
    """A story block as TinyMCE saves it in a text element."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "q":
        return "<blockquote>\n<p>%s</p>\n</blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def ct_content(art, placed, rng, s, c):
    """The news's content elements as the editor built them: one ce_text per subheading (the subheading is the
    element's headline), a ce_image after the opening paragraphs; residue typed into a text element stays a <p>
    of it, pasted embed code is a ce_html element (which Contao outputs without a wrapper) between two text
    elements."""
    blocks, n = art["blocks"], len(art["blocks"])
    slots = safe_slots(art, 2) or [n]
    img_at = slots[0]
    y, mo = art["date"][:4], art["date"][5:7]
    fname = ct_alias(art["caption"])[:48]
    h = "%010x" % rng.randint(16**9, 16**10 - 1)
    image = ('<div class="ce_image block">\n\n        \n<figure class="image_container">\n      '
             '<a href="files/rennbach-kurier/fotos/{y}/{mo}/{f}.jpg" data-lightbox="lb{lb}">\n  \n\n<img src="assets/images/{a}/{f}-{h}.jpg" '
             'width="760" height="507" alt="" loading="lazy">\n\n\n      </a>\n  \n      <figcaption class="caption">{cap} ({cr})</figcaption>\n  '
             '</figure>\n\n\n\n</div>').format(y=y, mo=mo, f=fname, lb=rng.randint(100, 999), a=h[0], h=h[1:9],
                                             cap=E(art["caption"]), cr=E(art["credit"]))
    out, cur, head = [], None, None

    def close():
        nonlocal cur, head
        if cur is not None:
            hl = "\n        <h2>%s</h2>\n      " % E(head) if head else "\n        "
            out.append('<div class="ce_text block">\n%s\n      %s\n  \n  \n\n</div>' % (hl, "\n".join(cur)))
        cur, head = None, None

    def residue(items):
        nonlocal cur
        for snip in items:
            if snip.startswith("<p>") and cur is not None:
                cur.append(snip)  # typed into the text element
            else:
                close()
                out.append("\n" + snip + "\n")  # an HTML element: the code as pasted, no wrapper

    for i, (kind, val) in enumerate(blocks):
        residue(placed.get(i, []))
        if i == img_at:
            close()
            out.append(image)
        if kind == "h":
            close()
            cur, head = [], val
            continue
        if cur is None:
            cur = []
        cur.append(ct_block(kind, val))
    residue(placed.get(n, []))
    close()
    return "\n\n".join(out)


def ct_nav(items, host, mid, active=None, cls="mod_navigation"):
    lis = []
    for k, x in enumerate(items):
        first = " first" if k == 0 else ""
        last = " last" if k == len(items) - 1 else ""
        if x == active:
            lis.append('<li class="trail sibling%s%s"><a href="%s.html" title="%s" class="trail sibling%s%s" itemprop="url">'
                       '<span itemprop="name">%s</span></a></li>' % (first, last, ct_alias(x), A(x), first, last, E(x)))
        else:
            lis.append('<li class="sibling%s%s"><a href="%s.html" title="%s" class="sibling%s%s" itemprop="url">'
                       '<span itemprop="name">%s</span></a></li>' % (first, last, ct_alias(x), A(x), first, last, E(x)))
    return ('<!-- indexer::stop -->\n<nav class="%s block" itemscope itemtype="http://schema.org/SiteNavigationElement">\n\n  \n'
            '  <a href="%s#skipNavigation%d" class="invisible">%s</a>\n\n  \n<ul class="level_1">\n            %s\n      </ul>\n\n'
            '  <span id="skipNavigation%d" class="invisible"></span>\n\n</nav>\n<!-- indexer::continue -->') % (
        cls, host, mid, E(CONTAO_CORE["de"]["skip"]), "\n            ".join(lis), mid)


def tpl_contao(art, ui, site, placed, rng):
    # a story page of a German local news portal on Contao 4.13, as the site serves it (see the module
    # docstring for the parts)
    c, s = CONTAO_CORE["de"], CONTAO["de"]
    base = "https://%s/" % s["domain"]
    reader = ct_alias(art["section"])
    alias = ct_alias(art["title"])[:80].strip("-")
    url = "%s%s/%s.html" % (base, reader, alias)
    t_pub = "%02d:%02d" % (rng.randint(6, 11), rng.randint(0, 59))
    iso = "%sT%s:00+02:00" % (art["date"], t_pub)
    first = next(v for k, v in art["blocks"] if k == "p")
    descr = mp.inline_text(first)[:300].rsplit(" ", 1)[0]
    content = ct_content(art, placed, rng, s, c)
    token = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(43))
    ncom = len(s["commenters"])
    # the comments (com_default) and the comment form with Contao's arithmetic captcha
    coms, cid = [], 900 + rng.randint(10, 60)
    for k, (who, txt, reply) in enumerate(s["commenters"]):
        cid += rng.randint(3, 17)
        d = datetime.date(*map(int, art["date"].split("-"))) + datetime.timedelta(days=rng.randint(0, 2))
        tm = "%02d:%02d" % (rng.randint(12, 22), rng.randint(0, 59))
        cls = " ".join(x for x in ("odd" if k % 2 == 0 else "even", "first" if k == 0 else "", "last" if k == ncom - 1 else "") if x)
        rep = ('\n\n      <div class="reply">\n      <p class="info">%s %s</p>\n      <div class="comment">\n        <p>%s</p>\n'
               '      </div>\n    </div>\n  ' % (E(c["com_reply"]), E(art["byline"]), E(reply))) if reply else ""
        coms.append(('<div class="comment_default %s" id="c%d">\n\n  <p class="info">%s %s<span class="date"> | <time datetime="%sT%s:00+02:00" '
                     'class="date">%s</time></span></p>\n\n  <div class="comment">\n    <p>%s</p>\n  </div>\n%s\n</div>') % (
            cls, cid, E(c["com_by"]), E(who), d.isoformat(), tm, ct_date(d.isoformat(), tm), E(txt), rep))
    qa, qb = rng.randint(2, 9), rng.randint(2, 9)
    cap_id = "%x" % rng.randint(16**5, 16**6 - 1)
    fid = "com_tl_news_%d" % s["news_id"]

    def field(name, label, typ, mandatory=True, extra=""):
        star = '<span class="mandatory">*</span>' if mandatory else ""
        inv = '<span class="invisible">%s </span>' % E(c["mandatory"]) if mandatory else ""
        mcls = " mandatory" if mandatory else ""
        return ('<div class="widget widget-text%s">\n      <label for="ctrl_%s" class="%s">\n  %s%s%s</label>\n\n'
                '<input type="%s" name="%s" id="ctrl_%s" class="text%s" value=""%s%s>\n    </div>') % (
            mcls, name, mcls.strip(), inv, E(label), star, typ, name, name, mcls, " required" if mandatory else "", extra)
    form = ('<!-- indexer::stop -->\n<div class="form">\n\n  \n          <form id="{fid}" method="post">\n        <div class="formbody">\n'
            '          <input type="hidden" name="FORM_SUBMIT" value="{fid}">\n          <input type="hidden" name="REQUEST_TOKEN" value="{tok}">\n'
            '          {name}\n          {email}\n          {web}\n          <div class="widget widget-captcha mandatory">\n'
            '      <label for="ctrl_captcha_{cap}">\n  <span class="invisible">{mand} </span>{q}<span class="mandatory">*</span></label>\n\n'
            '<input type="text" name="captcha_{cap}" id="ctrl_captcha_{cap}" class="captcha mandatory" value="" aria-describedby="captcha_text_{cap}" maxlength="2" required>\n'
            '<span id="captcha_text_{cap}" class="captcha_text">{qtext}</span>\n    </div>\n'
            '          <div class="widget widget-textarea mandatory">\n      <label for="ctrl_comment" class="mandatory">\n'
            '  <span class="invisible">{mand} </span>{fc}<span class="mandatory">*</span></label>\n\n'
            '<textarea name="comment" id="ctrl_comment" class="textarea mandatory" rows="4" cols="40" required></textarea>\n    </div>\n'
            '          <div class="widget widget-checkbox">\n    <fieldset id="ctrl_notify" class="checkbox_container">\n'
            '      <span><input type="checkbox" name="notify" id="opt_notify_0" class="checkbox" value="1"> <label id="lbl_notify_0" for="opt_notify_0">{notify}</label></span>\n'
            '    </fieldset>\n  </div>\n          <div class="widget widget-submit">\n            <button type="submit" class="submit">{submit}</button>\n'
            '          </div>\n        </div>\n      </form>\n      \n</div>\n<!-- indexer::continue -->').format(
        fid=fid, tok=token, name=field("name", c["f_name"], "text", extra=' maxlength="64"'),
        email=field("email", c["f_email"], "email", extra=' maxlength="255"'),
        web=field("website", c["f_website"], "url", mandatory=False, extra=' maxlength="128"'),
        cap=cap_id, mand=E(c["mandatory"]), q=E(c["captcha"]),
        qtext=E(c["captcha_q"].replace("{a}", str(qa)).replace("{b}", str(qb))), fc=E(c["f_comment"]),
        notify=E(c["f_notify"]), submit=E(c["f_submit"]))
    comments = ('<div class="ce_comments block">\n\n  <h2>%s</h2>\n\n  %s\n\n  \n  <h3>%s</h3>\n%s\n\n</div>') % (
        E(c["comments"]), "\n\n  ".join(coms), E(c["com_add"]), form)
    enclosure = "".join(
        '\n      <li class="download-element ext-pdf">\n        <a href="%s%s?file=files/rennbach-kurier/downloads/%s" title="%s" type="application/pdf">%s '
        '<span class="size">(%s)</span></a>\n      </li>' % (reader, "/" + alias + ".html", f, A(c["download"].replace("{f}", f)), E(t), E(sz))
        for f, t, sz in s["enclosure"])
    # the sidebar: news list (layout_simple), upcoming events, newsletter sign-up
    simple = []
    earlier = sorted((rng.randint(1, 12) for _ in range(4)))
    for k, hl in enumerate(rng.sample(HEADLINES["de"], 4)):
        d = datetime.date(*map(int, art["date"].split("-"))) - datetime.timedelta(days=earlier[k])
        simple.append('<div class="layout_simple arc_2 block%s">\n  <time datetime="%s">%s</time>  '
                      '<a href="%s/%s.html" title="%s">%s</a></div>' % (
                          " first" if k == 0 else (" last" if k == 3 else ""), d.isoformat() + "T08:00:00+02:00", ct_date(d.isoformat()),
                          reader, ct_alias(hl)[:60], A(c["read"].replace("{t}", hl)), E(hl)))
    events = []
    for k, (d_iso, tm, name) in enumerate(s["events"]):
        wd = c["weekdays"][datetime.date(*map(int, d_iso.split("-"))).weekday()]
        events.append('<div class="header%s"><span class="day">%s</span>, <span class="date">%s</span></div>\n'
                      '<div class="event layout_upcoming upcoming%s cal_3">\n  <time datetime="%sT%s:00+02:00" class="date">%s</time>\n'
                      '  <a href="termine/%s.html" title="%s (%s)" itemprop="url"><span itemprop="name">%s</span></a>\n</div>' % (
                          " first" if k == 0 else "", E(wd), ct_date(d_iso), " first" if k == 0 else "", d_iso, tm,
                          ct_date(d_iso, tm), ct_alias(name)[:50], A(name), ct_date(d_iso, tm), E(name)))
    crumbs = ('<!-- indexer::stop -->\n<nav class="mod_breadcrumb block" aria-label="Breadcrumb">\n\n  \n  <ul>\n'
              '          <li class="first"><a href="./" title="%s">%s</a></li>\n'
              '          <li><a href="%s.html" title="%s">%s</a></li>\n'
              '          <li class="active last" aria-current="page">%s</li>\n      </ul>\n\n\n</nav>\n<!-- indexer::continue -->') % (
        A(site), E(c["home"]), reader, A(art["section"]), E(art["section"]), E(art["title"]))
    graph = [{"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage"},
        {"@id": "#/schema/news/%d" % s["news_id"], "@type": "NewsArticle", "identifier": "#/schema/news/%d" % s["news_id"],
         "url": "%s/%s.html" % (reader, alias), "headline": art["title"], "datePublished": iso, "description": art["sub"],
         "author": {"@type": "Person", "name": art["byline"]}}]},
        {"@context": {"contao": "https://schema.contao.org/"}, "@type": "contao:Page", "contao:title": art["title"],
         "contao:pageId": s["page_id"], "contao:noSearch": False, "contao:protected": False, "contao:groups": [],
         "contao:fePreview": False}]
    ld = json.dumps(graph, ensure_ascii=False, indent=4).replace("/", "\\/")
    cookies = {"1": {"id": 1, "type": "default", "token": ["csrf_https-contao_csrf_token", "PHPSESSID"]},
               "2": {"id": 2, "type": "script", "token": ["_pk_id", "_pk_ses"]},
               "3": {"id": 3, "type": "iframe", "token": None}}

    def cb_cookie(gid, cid, name, desc, extra, checked, disabled):
        return ('\n              <div class="cc-cookie">\n                <input type="checkbox" name="cookie[]" id="c%d" value="%d"%s%s>\n'
                '                <label for="c%d" class="cookie">%s</label>\n                <p>%s</p>\n'
                '                <div class="cc-cookie-info">%s</div>\n              </div>') % (
            cid, cid, " checked" if checked else "", " disabled" if disabled else "", cid, E(name), E(desc), extra)

    def cb_group(gid, title, desc, cookie_html, checked, disabled):
        return ('\n          <div class="cc-group">\n            <input type="checkbox" name="group[]" id="g%d" value="%d" data-toggle-cookies%s%s>\n'
                '            <label for="g%d" class="group">%s</label>\n            <button class="cc-detail-btn" data-toggle-group aria-expanded="false" aria-controls="cg%d">\n'
                '              <span>%s<span class="cc-invisible"> %s %s</span></span>\n              <span>%s<span class="cc-invisible"> %s %s</span></span>\n'
                '            </button>\n            <div id="cg%d" class="cc-cookies toggle-group">\n              <p>%s</p>%s\n            </div>\n          </div>') % (
            gid, gid, " checked" if checked else "", " disabled" if disabled else "", gid, E(title), gid, E(c["cb_show"]), E(c["cb_for"]),
            E(title), E(c["cb_hide"]), E(c["cb_for"]), E(title), gid, E(desc), cookie_html)
    session_info = '<div><span>%s</span> %s</div>' % (E(c["cb_duration"]), E(c["cb_session_only"]))
    groups = (cb_group(1, c["cb_essential"], c["cb_essential_desc"],
                       cb_cookie(1, 1, c["cb_csrf"], c["cb_csrf_desc"], session_info, True, True)
                       + cb_cookie(1, 2, c["cb_session"], c["cb_session_desc"], session_info, True, True), True, True)
              + cb_group(2, s["stats_group"], s["stats_desc"],
                         cb_cookie(2, 3, s["stats_cookie"], s["stats_cookie_desc"],
                                   '<div><span>%s</span> %s</div>' % (E(c["cb_provider"]), E(s["stats_provider"])), False, False), False, False)
              + cb_group(3, s["media_group"], s["media_desc"],
                         cb_cookie(3, 4, s["media_cookie"], s["media_cookie_desc"],
                                   '<div><span>%s</span> %s</div>' % (E(c["cb_provider"]), E(s["media_provider"])), False, False), False, False))
    nav = ct_nav(s["nav"], url, 1, active=art["section"])
    footer_nav = ct_nav([c["imprint"], c["privacy_page"]] + s["footer_nav"], url, 2, cls="mod_customnav")
    simple_html, events_html = "\n".join(simple), "\n".join(events)
    info = "%s %s %s" % (E(c["by"]), E(art["byline"]), E(c["comment_count"].replace("{n}", str(ncom))))
    return f'''<!DOCTYPE html>
<html lang="de">
<head>

      <meta charset="UTF-8">
    <title>{E(art["title"])} - {E(site)}</title>
    <base href="{base}">

          <meta name="robots" content="index,follow">
      <meta name="description" content="{A(descr)}">
      <meta name="generator" content="Contao Open Source CMS">
    
          <link rel="canonical" href="{url}">
    
    <meta name="viewport" content="width=device-width,initial-scale=1.0">
        <link rel="stylesheet" href="assets/css/layout.min.css,responsive.min.css,colorbox.min.css,cookiebar_default.css,rennbach.scss-{token[:8].lower()}.css">        <script src="assets/js/jquery.min.js,cookiebar.min.js-{token[8:16].lower()}.js"></script><meta property="og:title" content="{A(art["title"])}">
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:image" content="{base}assets/images/og/{ct_alias(art["caption"])[:40]}.jpg">
<meta property="og:site_name" content="{A(site)}">
<link rel="alternate" href="{base}share/rennbach-aktuell.xml" type="application/rss+xml" title="{A(site)}">
  
</head>
<body id="top" class="unknown-os unknown-browser news-reader" itemscope itemtype="http://schema.org/WebPage">

      
    <div id="wrapper">

                        <header id="header">
            <div class="inside">
              
<div class="ce_image logo block">

        
<figure class="image_container">
      <a href="./" title="{A(site)}">
  

<img src="files/rennbach-kurier/layout/logo-rennbach-kurier.svg" width="320" height="64" alt="{A(site)}">


      </a>
  </figure>



</div>

<div class="slogan"><p>{E(s["slogan"])}</p></div>

<!-- indexer::stop -->
<div class="mod_search block">

        
  
  <form action="suche.html" method="get">
    <div class="formbody">
      <div class="widget widget-text">
        <label for="ctrl_keywords_14" class="invisible">{E(c["keywords"])}</label>
        <input type="search" name="keywords" id="ctrl_keywords_14" class="text" value="">
      </div>
      <div class="widget widget-submit">
        <button type="submit" id="ctrl_submit_14" class="submit">{E(c["search"])}</button>
      </div>
          </div>
  </form>


</div>
<!-- indexer::continue -->

{nav}
            </div>
          </header>
              
      
<div class="custom">
      
<div id="breadcrumb">
  <div class="inside">
    {crumbs}
  </div>
</div>
  </div>

              <div id="container">

                      <main id="main">
              <div class="inside">
                

  <div class="mod_article first last block" id="article-{s["article_id"]}">
    
          
<div class="mod_newsreader block">

        
  
  
<div class="layout_full block" itemscope itemtype="http://schema.org/Article">

  <h1 itemprop="name">{E(art["title"])}</h1>

      <p class="info"><time datetime="{iso}" itemprop="datePublished">{ct_date(art["date"], t_pub)}</time> {info}</p>
  
      <h2 itemprop="alternativeHeadline">{E(art["sub"])}</h2>
  
  {content}

      <ul class="enclosure">{enclosure}
    </ul>
  
</div>

    {comments}

  <!-- indexer::stop -->
  <p class="back"><a href="javascript:history.go(-1)" title="{A(c["back"])}">{E(c["back"])}</a></p>
  <!-- indexer::continue -->


</div>
    
      </div>

              </div>
                          </main>
          
                                
                                    <aside id="right">
                <div class="inside">
                  
<div class="mod_newslist block">

            <h2>{E(s["newslist_title"])}</h2>
      
  
      {simple_html}
      

</div>

<div class="mod_eventlist block">

            <h2>{E(s["events_title"])}</h2>
      
  
{events_html}


</div>

<!-- indexer::stop -->
<div class="mod_subscribe block">

            <h2>{E(s["nl_title"])}</h2>
      
  
  <form id="tl_subscribe_{s["newsletter_id"]}" method="post">
    <div class="formbody">
      <input type="hidden" name="FORM_SUBMIT" value="tl_subscribe_{s["newsletter_id"]}">
      <input type="hidden" name="REQUEST_TOKEN" value="{token}">
      <input type="hidden" name="channels[]" value="2">
      <p>{E(s["nl_text"])}</p>
      <div class="widget widget-text mandatory">
        <label for="ctrl_email_{s["newsletter_id"]}" class="invisible">{E(c["nl_email"])}</label>
        <input type="email" name="email" id="ctrl_email_{s["newsletter_id"]}" class="text mandatory" value="" placeholder="{A(c["nl_email"])}" required>
      </div>
      <div class="widget widget-submit">
        <button type="submit" class="submit">{E(c["nl_subscribe"])}</button>
      </div>
    </div>
  </form>


</div>
<!-- indexer::continue -->
                </div>
              </aside>
                      
        </div>
      
                              <footer id="footer">
            <div class="inside">
              
<div class="ce_text block">

        
  
      <p>{E(s["footer_text"])}</p>  
  
  

</div>

{footer_nav}
            </div>
          </footer>
              
    </div>

      
  
<!-- indexer::stop -->
<div class="contao-cookiebar cc-wrap cc-bottom cc-blocked" role="complementary" aria-describedby="cookiebar-desc" data-nosnippet>
  <div class="cc-inner" aria-live="assertive" role="alert">
    <div id="cookiebar-desc" class="cc-head">
      <p><strong>{E(s["cookie_title"])}</strong></p>
      <p>{E(s["cookie_text"])}</p>
    </div>
    <div class="cc-groups">{groups}
    </div>
    <div class="cc-footer highlight">
      <button class="cc-btn save" data-save>{E(c["cb_save"])}</button>
      <button class="cc-btn success" data-accept-all>{E(c["cb_accept"])}</button>
      <button class="cc-btn deny" data-deny-all>{E(c["cb_deny"])}</button>
    </div>
    <div class="cc-info">
      <a href="datenschutz.html">{E(c["privacy"])}</a>
      <a href="impressum.html">{E(c["imprint"])}</a>
    </div>
  </div>
</div>
<!-- indexer::continue -->

<script>var cookiebar = new ContaoCookiebar({{configId:1,pageId:1,hideOnInit:0,blocking:1,focusTrap:1,version:3,lifetime:63072000,consentLog:0,token:'ccb_contao_token',doNotTrack:0,currentPageId:{s["page_id"]},excludedPageIds:null,cookies:{json.dumps(cookies, separators=(",", ":"))},configs:[],disableTracking:0,texts:{{acceptAndDisplay:'{c["cb_accept_show"]}'}}}});</script>
<script src="assets/colorbox/js/colorbox.min.js?v=1.6.6"></script>
<script>
  jQuery(function($) {{
    $('a[data-lightbox]').map(function() {{
      $(this).colorbox({{
        // Put custom options here
        loop: false,
        rel: $(this).attr('data-lightbox'),
        maxWidth: '95%',
        maxHeight: '95%'
      }});
    }});
  }});
</script>
<script type="text/plain" data-cookie-id="2">
  var _paq = window._paq = window._paq || [];
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
  (function() {{
    var u="https://{s["matomo"]}/";
    _paq.push(['setTrackerUrl', u+'matomo.php']);
    _paq.push(['setSiteId', '3']);
    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
    g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);
  }})();
</script>
<script type="application/ld+json">
{ld}
</script>
</body>
</html>
'''


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"contao": ["caption", "enclosure"]}  # image element with caption, the news's download list
for _mod, _names in ((mp2, ["magazine", "liveblog"]), (mp3, ["broadcaster"]), (mp4, ["fusion"]),
                     (mp6, ["typo3", "bitrix"]), (mp7, ["sanity", "k2"]), (mp8, ["blox"]), (mp10, ["webflow"]),
                     (mp11, ["hugo"]), (mp12, ["joomla4"]), (mp13, ["medium"]), (mp14, ["blogger"]), (mp15, ["tilda"]),
                     (mp16, ["wix"]), (mp20, ["dle"]), (mp22, ["newspack"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction", "wireend",
            "app", "bio", "tip", "typo", "push", "ai", "affiliate", "gift", "skip", "print", "translated", "moderation",
            "feedback", "standards", "topics"]
NEW_FAMILIES = ["feedback", "standards", "topics"]
# families a village blog, a residents' association, a municipality or a swimming-pool friends' association would
# not carry: no ads or advertorial links, no app, no staff writers or desk credits, no wire copy, no newsroom tip
# line, typo hint, push prompt, section labels, reading times, comment counters, AI notes, gifted articles, skip
# links, translations, rating widgets, ethics-code lines or topic tags
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "wireend", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "ai", "affiliate", "gift", "skip", "translated", "feedback", "standards", "topics"}
# a small independent data desk: no ads, affiliate links, app, wire copy, push prompts, typo hint, gifts or skip links
NOT_ON_INDIE = {"ad", "affiliate", "app", "wireend", "push", "typo", "gift", "skip"}
# a nonprofit newsroom: no ads or affiliate links, no wire copy, no typo hint, nothing behind a paywall to gift
NOT_ON_NONPROFIT = {"ad", "affiliate", "wireend", "typo", "gift", "skip"}
SMALL_SITE_TEMPLATES = {"blogger": NOT_ON_SMALL_SITES, "medium": NOT_ON_SMALL_SITES, "wix": NOT_ON_SMALL_SITES,
                        "typo3": NOT_ON_SMALL_SITES, "hugo": NOT_ON_INDIE, "newspack": NOT_ON_NONPROFIT}
# markup of the generic residue: classed wrappers as many CMSs emit them (class names new to the set), and
# plain <p>/<div> variants as left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="embed-optin-wall"><p class="embed-optin-wall__msg">%s</p><button class="embed-optin-wall__load" type="button">&#9655;</button></div>',
               '<p class="external-content-held">%s</p>', '<p>%s</p>'],
    "newsletter": ['<div class="briefing-signup-card"><p class="briefing-signup-card__pitch">%s</p><a class="briefing-signup-card__go" href="/signup">&#8594;</a></div>',
                   '<p class="freebie-counter">%s</p>', '<p><b>%s</b></p>', '<div>%s</div>'],
    "share": ['<div class="hand-on-links"><a class="hand-on-links__a" href="#">%s</a></div>', '<p class="social-invite-line">%s</p>',
              '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="picture-origin">%s</p>', '<span class="img-source-tag">%s</span>', '<p><small>%s</small></p>'],
    "copyright": ['<p class="no-copy-note">%s</p>', '<div class="reprint-terms-line"><small>%s</small></div>', '<p>%s</p>'],
    "section": ['<p class="desk-kicker">%s</p>', '<div class="you-are-reading-in">%s</div>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="section-dingbat">%s</p>', '<div class="scene-break-mark">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="contrib-note">%s</p>', '<div class="info-supplied-by">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="hl-repeat-line"><b>%s</b></p>', '<h2 class="heading-doubled">%s</h2>', '<p><strong>%s</strong></p>'],
    "ad": ['<div class="sponsor-slot-label">%s</div>', '<p class="paid-placement-note">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="show-more-story"><a href="#story-more">%s</a></p>', '<div class="read-on-toggle">%s</div>',
                 '<p><a href="#story-more">%s</a></p>'],
    "comments": ['<p class="reader-voices-count"><a href="#reader-comments">%s</a></p>', '<div class="comments-cta-line">%s</div>',
                 '<p><a href="#reader-comments">%s</a></p>'],
    "readtime": ['<p class="est-reading-time">%s</p>', '<span class="mins-estimate">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="changed-at-stamp"><time>%s</time></p>', '<div class="freshness-note">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="voice-player"><button class="voice-player__btn" aria-label="Play"></button><span class="voice-player__txt">%s</span></div>',
              '<p class="spoken-version"><a href="#spoken">%s</a></p>', '<p><a href="#spoken">%s</a></p>'],
    "correction": ['<aside class="mistake-admitted"><p>%s</p></aside>', '<p class="amended-text-note"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "wireend": ['<p class="copy-ends">%s</p>', '<div class="agency-attribution">%s</div>', '<p>%s</p>'],
    "app": ['<div class="get-our-app"><p class="get-our-app__txt">%s</p><a class="get-our-app__btn" href="/download-app">&#8681;</a></div>',
            '<p class="app-cta-line">%s</p>', '<p><b>%s</b></p>'],
    "bio": ['<div class="byline-card"><p class="byline-card__desc">%s</p></div>', '<p class="writer-strapline"><i>%s</i></p>',
            '<p><i>%s</i></p>'],
    "tip": ['<div class="news-lead-wanted"><p class="news-lead-wanted__ask">%s</p></div>', '<p class="newsroom-contact-line">%s</p>', '<p><i>%s</i></p>'],
    "typo": ['<div class="spotted-error"><p class="spotted-error__how">%s</p></div>', '<p class="orphus-hint">%s</p>',
             '<p><small>%s</small></p>'],
    "push": ['<div class="notify-ask"><p class="notify-ask__q">%s</p><button class="notify-ask__allow" type="button">&#10003;</button>'
             '<button class="notify-ask__deny" type="button">&#10007;</button></div>', '<p class="webpush-line">%s</p>', '<p><b>%s</b></p>'],
    "ai": ['<div class="automation-disclosure"><p class="automation-disclosure__txt">%s</p></div>', '<p class="ai-made-note"><small>%s</small></p>',
           '<p><i>%s</i></p>'],
    "affiliate": ['<div class="commerce-disclosure"><p>%s</p></div>', '<p class="partner-commission-line"><small>%s</small></p>',
                  '<p><i>%s</i></p>'],
    "gift": ['<div class="share-unlocked"><a class="share-unlocked__btn" href="#gift-article">%s</a></div>', '<p class="gift-link-cta"><a href="#gift-article">%s</a></p>',
             '<p><a href="#gift-article">%s</a></p>'],
    "skip": ['<p class="skip-block-link"><a href="#after-promo">%s</a></p>', '<div class="jump-over"><a href="#after-promo">%s</a></div>',
             '<p><a href="#after-promo">%s</a></p>'],
    "print": ['<div class="article-tools-row"><a class="article-tools-row__item" href="#print-view">%s</a></div>', '<p class="print-send-links">%s</p>',
              '<p><a href="#print-view">%s</a></p>'],
    "translated": ['<p class="translator-credit"><i>%s</i></p>', '<div class="lang-origin-note">%s</div>', '<p><i>%s</i></p>'],
    "moderation": ['<div class="discussion-rules"><p class="discussion-rules__txt">%s</p></div>', '<p class="comment-rules-line">%s</p>',
                   '<p><small>%s</small></p>'],
    "feedback": ['<div class="helpful-poll"><p class="helpful-poll__q">%s</p><button class="helpful-poll__yes" type="button">&#128077;</button>'
                 '<button class="helpful-poll__no" type="button">&#128078;</button></div>', '<p class="rate-article">%s</p>', '<p><small>%s</small></p>'],
    "standards": ['<div class="trust-box"><p class="trust-box__txt">%s</p></div>', '<p class="ethics-line"><small>%s</small></p>',
                  '<p><i>%s</i></p>'],
    "topics": ['<div class="tag-strip"><span class="tag-strip__list">%s</span></div>', '<p class="topic-tags">%s</p>', '<p><small>%s</small></p>'],
}
CAPTION_STYLES = ['<figure class="inline-photo-block"><img src="/media/{id}-inline.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-inline.jpg" alt="" width="620"><br><em>{cap} / {cr}</em></p>']
RELATED_STYLES = ['<div class="see-also-panel"><h4>%s</h4><ul>%s</ul></div>',
                  '<aside class="story-links-aside"><p class="story-links-aside__hd">%s</p><ul>%s</ul></aside>',
                  '<p><b>%s</b></p>\n<ul>%s</ul>']


def pick(rng, fam, lang, site, art):
    return fill(rng.choice(R[fam][lang]).replace("{by}", art["byline"]).replace("{section}", art["section"]), rng, site, art)


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
                   "affiliate": rng.choice([0, n]), "gift": rng.choice([mid, n]), "skip": mid,
                   "print": rng.choice([0, n]), "translated": rng.choice([0, n]), "moderation": n,
                   "feedback": n, "standards": rng.choice([0, n]), "topics": n}.get(fam, mid)
            put(pos, rng.choice(STYLES[fam]) % E(text))
    return placed, fams


# --------------------------------------------------------------------------
# templates: contao is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"contao": tpl_contao, "liveblog": mp2.tpl_liveblog, "magazine": mp2.tpl_magazine,
                 "broadcaster": mp3.tpl_broadcaster, "fusion": mp4.tpl_fusion, "typo3": mp6.tpl_typo3,
                 "bitrix": mp6.tpl_bitrix, "sanity": mp7.tpl_sanity, "k2": mp7.tpl_k2, "blox": mp8.tpl_blox,
                 "webflow": mp10.tpl_webflow, "hugo": mp11.tpl_hugo, "joomla4": mp12.tpl_joomla4,
                 "medium": mp13.tpl_medium, "blogger": mp14.tpl_blogger, "tilda": mp15.tpl_tilda, "wix": mp16.tpl_wix,
                 "dle": mp20.tpl_dle, "newspack": mp22.tpl_newspack}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h22), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp18, mp19, mp20, mp21, mp22):
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["blocks"], art["marks"] = blocks_and_marks(art["body"])
            rng = random.Random("newsflow-heldout23-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            placed, fams = residue_items(art, rng, site, used)
            if tpl in NEW_TEMPLATES:
                pages[art["id"]] = NEW_TEMPLATES[tpl](art, UI23[lang], site, placed, rng)
                fams = fams + TEMPLATE_FAMILIES.get(tpl, [])
            else:
                fun, mode = OLD_TEMPLATES[tpl]
                pages[art["id"]] = fun(art, UI23[lang], site, mp.body_html(art, placed, mode), rng)
            truth[art["id"]] = mp.truth_text(art["blocks"])
            meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)))
    return pages, truth, meta


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 23) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ru", "RU", "RUB"}


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
                       mp.RELATED_HEADLINES, mp2.HEADLINES, mp3.HEADLINES, mp4.HEADLINES, mp5.HEADLINES, mp6.HEADLINES,
                       mp7.HEADLINES, mp8.HEADLINES, mp9.HEADLINES, mp10.HEADLINES, mp11.HEADLINES, mp12.HEADLINES,
                       mp13.HEADLINES, mp14.HEADLINES, mp15.HEADLINES, mp16.HEADLINES, mp17.HEADLINES, mp18.HEADLINES,
                       mp19.HEADLINES, mp20.HEADLINES, mp21.HEADLINES, mp22.HEADLINES,
                       mp2.SITES, mp3.SITES, mp4.SITES, mp5.SITES, mp6.SITES, mp7.SITES, mp8.SITES, mp9.SITES,
                       mp10.SITES, mp11.SITES, mp12.SITES, mp13.SITES, mp14.SITES, mp14.BLOG_SITES, mp15.SITES,
                       mp16.SITES, mp17.SITES, mp18.SITES, mp19.SITES, mp20.SITES, mp21.SITES, mp22.SITES,
                       mp3.BROADCASTERS, [a.get("site", "") for mod in story_mods for a in mod.ARTICLES]]):
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
    # layouts: contao (new to the set) on one page, every other page on a different earlier layout
    tpls = collections.Counter(a["tpl"] for a in ARTICLES)
    if "contao" in EARLIER_LAYOUTS:
        problems.append("contao is not new")
    if tpls.get("contao") != 1:
        problems.append("contao used on %d pages (want 1)" % tpls.get("contao", 0))
    problems.extend("template %s used %d times (want every earlier layout once)" % (t, c)
                    for t, c in tpls.items() if t != "contao" and c > 1)
    if len([t for t in tpls if t != "contao"]) != 23:
        problems.append("%d earlier layouts (want 23)" % len([t for t in tpls if t != "contao"]))
    problems.extend("template %s is not an earlier layout" % t for t in tpls if t != "contao" and t not in EARLIER_LAYOUTS)
    problems.extend("unknown template %s" % t for t in tpls if t not in NEW_TEMPLATES and t not in OLD_TEMPLATES)
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(en=9, tr=3, de=3, fr=3, es=3, ru=3):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = ["h23-en-%03d" % k for k in range(1, 10)] + ["h23-%s-%03d" % (x, k) for x in ("tr", "de", "fr", "es", "ru")
                                                        for k in range(1, 4)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # controls: one page without residue, one with a single correction line only
    if not any(a.get("low") == 0 and a["tpl"] not in TEMPLATE_FAMILIES for a in ARTICLES):
        problems.append("no control page without residue")
    if not any(a.get("only") == ["correction"] and a["tpl"] not in TEMPLATE_FAMILIES for a in ARTICLES):
        problems.append("no control page with a single correction line")
    # every residue family (the three new ones included) has wordings in every language
    for fam in FAMILIES:
        if fam in ("caption", "title"):
            continue
        if fam not in R or (fam != "symbol" and set(R[fam]) != set(UI)):
            problems.append("residue family %s lacks wordings" % fam)
        if fam not in STYLES and fam not in ("caption", "related"):
            problems.append("residue family %s lacks markup" % fam)
    # the new families are new to the pools
    for mod in (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18, mp19,
                mp20, mp21, mp22):
        problems.extend("family %s already in the pools of %s" % (f, mod.__name__) for f in NEW_FAMILIES
                        if f in getattr(mod, "R", {}))
    problems.extend("family %s already in the first-round pools" % f for f in NEW_FAMILIES if f in mp.RESIDUE)
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    old = old_strings()
    story_mods = [__import__(name) for name in STORY_MODULES]
    for fam, by_lang in R.items():
        for s in _strings(by_lang):
            problems.extend("h23 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = []
    for (mod, name), v in SITE_STRINGS.items():
        if (mod, name) in ((mp4, "R"), (mp, "RESIDUE"), (mp20, "R")):
            continue  # this part's own R pools, checked above
        if (mod, name) == (mp20, "DLE"):
            v = {lang: {k: x for k, x in d.items() if k not in mp20.DLE_EXEMPT} for lang, d in v.items()}
        if (mod, name) == (mp22, "NEWSPACK"):
            v = {lang: {k: x for k, x in d.items() if k not in mp22.NEWSPACK_EXEMPT} for lang, d in v.items()}
        site_strings_new.append(v)
    ct_sites = [{k: v for k, v in d.items() if k not in CONTAO_EXEMPT} for d in CONTAO.values()]
    # (CONTAO_CORE, the platform's own interface strings - "Navigation überspringen", "Zurück", "Kommentar von",
    # the comment form and captcha question, the cookie bar's buttons and default cookies - is left as Contao and
    # the cookie bar ship it, like NEWSPACK_CORE in h22: such words recur on any Contao site)
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("CONTAO", ct_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS:
                continue
            problems.extend("h23 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # new wrapper class names
    old_classes = set()
    for mod in (mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18, mp19, mp20,
                mp21, mp22):
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend("h23 class name %r used by an earlier part" % x
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
    # must repeat a piece of its story
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
    the pages only (truth.json does not hold the h23 entries yet) and says so."""
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
              "(truth.json not checked: h23 is not merged by make_pages.py yet)")
        sys.exit(1 if bad else 0)
    hc.run(lambda: (pages, truth, meta), lambda p, t: [])


if __name__ == "__main__":
    main()
