#!/usr/bin/env python3
"""Twenty-fifth held-out part (h25-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout25.py           # write pages/h25-*.html
    python benchmarks/data/extraction/make_heldout25.py --check   # verify pages/h25-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout25.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results.  Stories are in articles_h25_en.py / articles_h25_intl.py; the
residue wordings (the thirty-seven generic families of the earlier parts plus three new ones: in-article reader
polls, the fallback text of social-media embeds – "View this post on Instagram", "A post shared by …" – and
photo-gallery launchers / counters), their wrapper class names, related headlines, site names, the sites' own
strings in the earlier layouts and the first-round furniture strings (menus, cookie banner, newsletter box,
footer, commenters) are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of
make_heldout2..24, nor their labels, furniture strings, headlines or site names; verify() refuses to build if one
is reused, if a "new" family is already in an earlier pool, family list or template family, if a story paragraph
or headline of an earlier part recurs, if a headline is also a story paragraph, or if a body is outside 150-400
words.
One page layout is new (movabletype: an entry page of an English local weekly newspaper published with Movable
Type Pro 7 and a template set derived from MT's "Classic Blog" theme, as such sites serve it – the XHTML 1.0
Transitional head with the MT generator tag, the styles.css / mt.js links, the Atom feed, prev / next bookmark
links and the commented-out RDF TrackBack block; body#classic-blog.mt-entry-archive with div#container →
div#header (header-name, header-description), the paper's own category bar, div#content → div#alpha with the
p.content-nav line ("« … | Main Index | Archives | … »"), div.entry-asset.asset.hentry with div.asset-header
(h1#page-title.asset-name.entry-title, div.asset-meta: byline vcard, published abbr, Permalink, Comments (n),
TrackBacks (0)), div.asset-content.entry-content holding the entry as MT's "Convert Line Breaks" filter and
the editor leave it – the Entry Body in div.asset-body, with an inserted image asset (form.mt-enclosure
.mt-enclosure-image) and the caption line typed under it, and the Extended Entry in div#more.asset-more –, then
div.asset-footer with the categories and tags lists, div#trackbacks with the TrackBack URL, div#comments with
the comments (one a reply) and the comments-open form; div#beta with the search widget, "About this Entry",
"Recent Entries", the paper's own "this week's paper" box, the monthly archives, the feed link and the "Powered
by Movable Type" badge; div#footer).  Movable Type's own English interface strings (MT_CORE) are the writer's
reconstruction of how MT's default templates word them; they are left as the platform words them and not
checked.
The other 23 pages use 23 different layouts of earlier parts with their markup helpers – wordpress, amp, table,
portal, ghost (make_pages.py), liveblog, magazine (make_heldout2.py), broadcaster (make_heldout3.py), fusion
(make_heldout4.py), typo3, bitrix (make_heldout6.py), sanity, k2 (make_heldout7.py), blox (make_heldout8.py),
webflow (make_heldout10.py), hugo (make_heldout11.py), joomla4 (make_heldout12.py), medium (make_heldout13.py),
blogger (make_heldout14.py), tilda (make_heldout15.py), wix (make_heldout16.py), dle (make_heldout20.py) and
newspack (make_heldout22.py), the set of h23, but 18 of them on a page in another language than in h23 and
none in the language h24 gave it (hugo, wix and blox in Turkish; medium, blogger and liveblog in German; typo3,
magazine and k2 in French; amp in Spanish; portal in Russian; fusion, tilda, webflow, broadcaster and ghost in
English); while a page is rendered, the earlier modules' related headlines (HEADLINES,
make_pages.RELATED_HEADLINES), the strings that belong to one site rather than to the platform (see
SITE_STRINGS) and the residue pools those helpers draw from themselves (make_heldout4.R for the fusion ad label,
make_heldout20.R for the DLE typo hint, make_pages.RESIDUE for the table layout's banner label) are swapped for
this part's own, and the templates get this part's furniture strings (UI25) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout24.py, so that make_pages.py can import this module and merge it the same way.
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
from make_pages import E, A, UI  # noqa: E402
from articles_h25_en import ARTICLES as H25_EN  # noqa: E402
from articles_h25_intl import ARTICLES as H25_INTL  # noqa: E402

ARTICLES = H25_EN + H25_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24)

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Hexford Evening Star", "Redcastle Live", "Swaledale & Arkengarth Gazette", "The Axe Vale Village Post",
           "Hallow Moors Messenger", "Pelham Quay Independent", "East Coast Tonight"],
    "tr": ["Karaçam Ekspres"],
    "de": ["Talbrücker Tagblatt"],
    "fr": ["Le Journal du Val de Clar", "Montaignac Ovalie"],
    "es": ["Benalfaro Hoy", "Diario de Peñaescrita", "Santa Úrsula Noticias"],
    "ru": ["Новости Прикамья", "Заречье сегодня"],
}
# sites fixed per page (a local weekly on Movable Type, a nonprofit newsroom on Newspack, a data desk on Hugo, a
# women's cooperative on Wix, a residents' association on Medium, a village blog on Blogger, a commune on TYPO3,
# a city portal on DLE) are given in the stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h24 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This map is provided by an external service. Allow its cookies to load it.",
               "Cookies for embedded media are switched off. Turn them on to see this content."],
        "tr": ["Bu harita harici bir hizmetten geliyor. Yüklemek için çerezlerine izin verin.",
               "Gömülü medya çerezleri kapalı. Bu içeriği görmek için onları açın."],
        "de": ["Diese Karte stammt von einem externen Dienst. Erlauben Sie dessen Cookies, um sie zu laden.",
               "Cookies für eingebettete Medien sind ausgeschaltet. Schalten Sie sie ein, um diesen Inhalt zu sehen."],
        "fr": ["Cette carte est fournie par un service externe. Autorisez ses cookies pour l'afficher.",
               "Les cookies des médias intégrés sont désactivés. Activez-les pour voir ce contenu."],
        "es": ["Este mapa lo ofrece un servicio externo. Permite sus cookies para cargarlo.",
               "Las cookies de contenidos insertados están desactivadas. Actívalas para ver este contenido."],
        "ru": ["Эта карта загружается со стороннего сервиса. Разрешите его cookie, чтобы её увидеть.",
               "Cookie для встроенных материалов отключены. Включите их, чтобы увидеть этот блок."],
    },
    "newsletter": {  # newsletter pitches, metered-paywall notes, donation appeals
        "en": ["Sign up for The Daily Catch-up: the day's local news at 6pm, every weekday.",
               "You've reached your limit of free articles. Subscribe from £1.49 a month to keep reading.",
               "If you value this reporting, become a supporter today – it takes two minutes."],
        "tr": ["Günün Özeti bültenine kaydolun: hafta içi her akşam 18.00'de yerel haberler.",
               "Ücretsiz haber sınırınıza ulaştınız. Okumaya devam etmek için aylık 39 liradan abone olun.",
               "Bu haberciliği önemsiyorsanız bugün destekçimiz olun; iki dakikanızı alır."],
        "de": ["Melden Sie sich für den Feierabend-Brief an: die Lokalnachrichten des Tages um 18 Uhr, werktags.",
               "Sie haben Ihr Kontingent an freien Artikeln erreicht. Lesen Sie weiter ab 1,49 Euro im Monat.",
               "Guter Lokaljournalismus kostet Geld. Werden Sie noch heute Unterstützer – es dauert zwei Minuten."],
        "fr": ["Inscrivez-vous à L'Essentiel du soir : l'actualité locale du jour à 18 heures, en semaine.",
               "Vous avez atteint votre limite d'articles gratuits. Continuez à lire dès 1,49 € par mois.",
               "Notre travail vous aide au quotidien ? Devenez soutien dès aujourd'hui, cela prend deux minutes."],
        "es": ["Apúntate a El Resumen de la Tarde: las noticias locales del día a las 18.00, de lunes a viernes.",
               "Has alcanzado tu límite de noticias gratuitas. Sigue leyendo desde 1,49 euros al mes.",
               "Si valoras este periodismo, hazte socio hoy: solo te llevará dos minutos."],
        "ru": ["Подпишитесь на «Итоги дня»: местные новости каждый будний день в 18:00.",
               "Вы исчерпали лимит бесплатных материалов. Продолжить чтение — от 149 рублей в месяц.",
               "Если вам важна наша работа, станьте нашим сторонником сегодня — это займёт две минуты."],
    },
    "share": {
        "en": ["Add {site} as a preferred source on Google", "Post to Mastodon · Copy link", "Share to Nextdoor"],
        "tr": ["{site} sitesini Google'da tercih edilen kaynak olarak ekleyin", "Mastodon'da paylaş · Bağlantıyı kopyala",
               "Haberi mahalle grubunuza gönderin"],
        "de": ["{site} bei Google als bevorzugte Quelle hinzufügen", "Auf Mastodon teilen · Link kopieren",
               "An die Nachbarschafts-App senden"],
        "fr": ["Ajouter {site} comme source privilégiée sur Google", "Publier sur Mastodon · Copier le lien",
               "Envoyer à votre groupe de quartier"],
        "es": ["Añade {site} como fuente preferida en Google", "Publicar en Mastodon · Copiar enlace", "Enviar al grupo del barrio"],
        "ru": ["Добавьте «{site}» в избранные источники Google", "Опубликовать в Mastodon · Скопировать ссылку",
               "Переслать в чат своего дома"],
    },
    "photo": {
        "en": ["Photograph: family handout via police", "Image: drone still courtesy of the organisers",
               "Photo: screenshot from council webcast"],
        "tr": ["Fotoğraf: aile tarafından emniyet aracılığıyla paylaşıldı", "Görsel: belediye meclis yayınından ekran görüntüsü"],
        "de": ["Foto: Familie / über die Polizei", "Bild: Screenshot aus dem Livestream der Ratssitzung"],
        "fr": ["Photo : famille, transmise par la gendarmerie", "Image : capture de la retransmission du conseil"],
        "es": ["Foto: cedida por la familia a través de la Guardia Civil", "Imagen: captura de la retransmisión del pleno"],
        "ru": ["Фото: семья, через пресс-службу полиции", "Кадр: трансляция заседания думы"],
    },
    "copyright": {
        "en": ["© {site} 2026 – copying or republishing without permission is not allowed",
               "This article is the property of {site} and may not be reproduced in any form."],
        "tr": ["© {site} 2026 – izinsiz kopyalanamaz ve yeniden yayımlanamaz",
               "Bu haber {site} mülkiyetindedir ve hiçbir biçimde çoğaltılamaz."],
        "de": ["© {site} 2026 – Kopieren oder Weiterveröffentlichen ohne Erlaubnis nicht gestattet",
               "Dieser Artikel ist Eigentum von {site} und darf in keiner Form vervielfältigt werden."],
        "fr": ["© {site} 2026 – copie ou republication interdite sans autorisation",
               "Cet article est la propriété de {site} et ne peut être reproduit sous aucune forme."],
        "es": ["© {site} 2026 – no se permite copiar ni republicar sin permiso",
               "Esta noticia es propiedad de {site} y no puede reproducirse de ninguna forma."],
        "ru": ["© «{site}», 2026 – копирование и перепубликация без разрешения не допускаются",
               "Материал является собственностью «{site}» и не может быть воспроизведён ни в какой форме."],
    },
    "section": {  # ({section}: the story's section)
        "en": ["AROUND THE PATCH", "Local › {section} › This week's picks", "From the {site} district team"],
        "tr": ["MAHALLEDEN", "Yerel › {section} › Haftanın seçkisi", "{site} bölge ekibinden"],
        "de": ["AUS DER NACHBARSCHAFT", "Lokal › {section} › Auswahl der Woche", "Vom Bezirksteam von {site}"],
        "fr": ["DANS LE SECTEUR", "Local › {section} › La sélection de la semaine", "Par l'équipe locale de {site}"],
        "es": ["DE AQUÍ AL LADO", "Local › {section} › Selección de la semana", "Del equipo comarcal de {site}"],
        "ru": ["В ВАШЕМ КВАРТАЛЕ", "Местное › {section} › Выбор недели", "От районной редакции «{site}»"],
    },
    "related": {
        "en": ["Read this next", "Related coverage from {site}"],
        "tr": ["Sıradaki haber", "{site} sitesinden ilgili haberler"],
        "de": ["Lesen Sie als Nächstes", "Verwandte Berichte bei {site}"],
        "fr": ["À lire ensuite", "Nos autres articles sur la question"],
        "es": ["Lee a continuación", "Cobertura relacionada de {site}"],
        "ru": ["Читайте дальше", "Другие материалы «{site}» по теме"],
    },
    "symbol": {"*": ["✣ ✣ ✣", "◈◈◈", "❧ ❧", "— ✥ —", "⁑ ⁑ ⁑", "⚘ ⚘"]},
    "credit": {
        "en": ["Extra reporting by our volunteer village correspondents", "With material from the {site} archive"],
        "tr": ["Ek haber: topluluk muhabirlerimiz", "{site} arşivinden yararlanılmıştır"],
        "de": ["Zusätzliche Recherche: unsere Ortskorrespondenten", "Mit Material aus dem Archiv von {site}"],
        "fr": ["Avec l'aide de nos correspondants bénévoles des villages", "Avec des archives de {site}"],
        "es": ["Con información adicional de nuestros corresponsales de barrio", "Con material del archivo de {site}"],
        "ru": ["При участии наших общественных корреспондентов", "С использованием архива «{site}»"],
    },
    "ad": {
        "en": ["Sponsored · story continues after this message", "Advertisement feature from a local business"],
        "tr": ["Sponsorlu · haber bu mesajdan sonra sürüyor", "Yerel bir işletmenin reklam içeriği"],
        "de": ["Gesponsert · der Text geht nach dieser Anzeige weiter", "Werbeinhalt eines Unternehmens aus der Region"],
        "fr": ["Sponsorisé · l'article reprend après ce message", "Contenu publicitaire d'un commerce local"],
        "es": ["Patrocinado · la noticia sigue tras este mensaje", "Contenido publicitario de un comercio de la zona"],
        "ru": ["Спонсорский блок · текст продолжится после него", "Рекламный материал местной компании"],
    },
    "continue": {
        "en": ["Tap here for the rest of the story", "Expand full article ▾"],
        "tr": ["Haberin kalanı için buraya dokunun", "Haberin tamamını aç ▾"],
        "de": ["Für den restlichen Artikel hier tippen", "Ganzen Artikel aufklappen ▾"],
        "fr": ["Touchez pour lire la fin de l'article", "Déplier l'article complet ▾"],
        "es": ["Toca aquí para leer el resto", "Desplegar la noticia completa ▾"],
        "ru": ["Нажмите здесь, чтобы прочитать остальное", "Раскрыть материал целиком ▾"],
    },
    "comments": {
        "en": ["All {n} comments are now open", "Comments ({n}) – join the discussion"],
        "tr": ["{n} yorumun tümünü görün", "Yorumlar ({n}) – tartışmaya katılın"],
        "de": ["Alle {n} Kommentare anzeigen", "Kommentare ({n}) – diskutieren Sie mit"],
        "fr": ["Les {n} commentaires sont ouverts", "Commentaires ({n}) – participez au débat"],
        "es": ["Los {n} comentarios, aquí", "Comentarios ({n}) – participa en el debate"],
        "ru": ["Показать все комментарии ({n})", "Комментарии: {n} — присоединяйтесь к обсуждению"],
    },
    "readtime": {
        "en": ["This story takes about {m} minutes to read", "Reading time: {m} mins"],
        "tr": ["Okumak yaklaşık {m} dakika sürer", "Okuma süresi: {m} dk."],
        "de": ["Dieser Text: rund {m} Minuten", "Lesedauer gut {m} Minuten"],
        "fr": ["Comptez {m} minutes de lecture", "Temps estimé : {m} min de lecture"],
        "es": ["Unos {m} minutos para leerla entera", "Tiempo de lectura: {m} min."],
        "ru": ["Примерно {m} минуты на чтение", "Время на чтение — {m} мин."],
    },
    "updated": {
        "en": ["Last updated: {d}, {t}", "First published {d} · updated at {t}"],
        "tr": ["Bu haber {d} tarihinde saat {t}'de güncellendi", "Yayın tarihi {d} · son düzenleme {t}"],
        "de": ["Diese Meldung wurde am {d} um {t} Uhr aktualisiert", "Erstmals veröffentlicht am {d} · aktualisiert um {t} Uhr"],
        "fr": ["Article actualisé le {d} à {t}", "Première publication le {d} · mise à jour à {t}"],
        "es": ["Actualizado: {d}, {t}", "Publicado por primera vez el {d} · actualizado a las {t}"],
        "ru": ["Материал обновили {d} в {t}", "Дата публикации: {d} · последняя правка в {t}"],
    },
    "audio": {
        "en": ["Tap play to listen to this story ({m} min)", "Audio version available – press play"],
        "tr": ["Bu haberi dinlemek için oynat'a basın ({m} dk)", "Sesli sürümü mevcut – oynat düğmesine basın"],
        "de": ["Artikel anhören ({m} Min.)", "Audioversion verfügbar – auf Play drücken"],
        "fr": ["Écoutez cet article ({m} min)", "Version audio disponible – appuyez sur lecture"],
        "es": ["Escucha esta noticia ({m} min)", "Versión en audio disponible: pulsa play"],
        "ru": ["Слушать материал ({m} мин)", "Доступна аудиоверсия — нажмите «Воспроизвести»"],
    },
    "correction": {
        "en": ["Correction: an earlier version of this article gave the wrong day for the next meeting. It is on Thursday."],
        "tr": ["Düzeltme: Haberin önceki sürümünde bir sonraki toplantının günü yanlış verilmişti. Toplantı perşembe günü yapılacak."],
        "de": ["Korrektur: In einer früheren Fassung stand ein falscher Tag für die nächste Sitzung. Sie findet am Donnerstag statt."],
        "fr": ["Correctif : une version précédente de cet article donnait un mauvais jour pour la prochaine réunion. Elle a lieu jeudi."],
        "es": ["Corrección: una versión anterior de esta noticia daba un día equivocado para la próxima reunión. Será el jueves."],
        "ru": ["Исправление: в первой версии материала был неверно указан день следующего заседания. Оно пройдёт в четверг."],
    },
    "wireend": {
        "en": ["— copy ends —", "(Contains wire service material)"],
        "tr": ["— haber sona erdi —", "(Ajans haberlerinden derlenmiştir)"],
        "de": ["— Text endet hier —", "(Mit Material von Nachrichtenagenturen)"],
        "fr": ["— fin de la dépêche —", "(Contient des dépêches d'agences)"],
        "es": ["— final de la información —", "(Con datos de agencias de noticias)"],
        "ru": ["— окончание сообщения —", "(Материал подготовлен с использованием сообщений агентств)"],
    },
    "app": {
        "en": ["More local news in the {site} app", "Download our free app for alerts and the digital edition"],
        "tr": ["Daha fazla yerel haber {site} uygulamasında", "Bildirimler ve dijital baskı için ücretsiz uygulamamızı indirin"],
        "de": ["Mehr Lokales in der App von {site}", "Laden Sie unsere kostenlose App für Eilmeldungen und das E-Paper"],
        "fr": ["Plus d'infos locales dans l'appli {site}", "Téléchargez notre appli gratuite pour les alertes et le journal numérique"],
        "es": ["Más noticias locales en la app de {site}", "Descarga nuestra app gratuita para recibir avisos y la edición digital"],
        "ru": ["Больше местных новостей — в приложении «{site}»", "Скачайте наше бесплатное приложение: уведомления и цифровой выпуск"],
    },
    "bio": {
        "en": ["{by} is a senior reporter at {site}, covering health and transport.", "Email {by}: firstname.lastname@example.org"],
        "tr": ["{by}, {site} muhabiri; sağlık ve ulaşım haberlerini takip ediyor.", "{by} ile e-postayla iletişime geçin: ad.soyad@example.org"],
        "de": ["{by} ist Redakteurin bei {site} und schreibt über Gesundheit und Verkehr.", "E-Mail an {by}: vorname.nachname@example.org"],
        "fr": ["{by} est journaliste à {site}, chargé(e) de la santé et des transports.", "Écrire à {by} : prenom.nom@example.org"],
        "es": ["{by} es redactor(a) de {site} y cubre sanidad y transportes.", "Contacta con {by} en periodistas@example.org"],
        "ru": ["{by} — корреспондент «{site}», пишет о здравоохранении и транспорте.", "Связаться с автором: avtor@example.org"],
    },
    "tip": {
        "en": ["Know more about this story? Message our newsdesk on 07700 900812",
               "Send us your story, photos or video – in confidence"],
        "tr": ["Bu konuda bildiğiniz başka bir şey varsa haber masamıza yazın: 0555 900 81 12",
               "Hikâyenizi, fotoğraf ya da videonuzu gizlilik içinde bize gönderin"],
        "de": ["Wissen Sie mehr darüber? Schreiben Sie unserer Redaktion: 0151 9008 1200",
               "Schicken Sie uns Ihre Geschichte, Fotos oder Videos – vertraulich"],
        "fr": ["Vous en savez davantage sur cette affaire ? Écrivez à notre rédaction au 06 90 08 12 00",
               "Envoyez-nous votre histoire, vos photos ou vidéos, en toute confidentialité"],
        "es": ["¿Sabes algo más de este asunto? Escribe a nuestra redacción al 690 081 200",
               "Mándanos tu historia, fotos o vídeos con total confidencialidad"],
        "ru": ["Знаете больше? Напишите в редакцию: +7 900 800-12-00",
               "Пришлите нам свою историю, фото или видео — анонимно"],
    },
    "typo": {
        "en": ["Spotted an error? Highlight it and press Ctrl+Enter to let us know.", "Noticed a typo? Ctrl+Enter sends it straight to our editors."],
        "tr": ["Metinde bir yanlışlık mı var? Seçip Ctrl+Enter ile bize bildirin.", "Yazım hatası mı fark ettiniz? Ctrl+Enter doğrudan editörlerimize gönderir."],
        "de": ["Haben Sie einen Fehler im Text entdeckt? Markieren und mit Strg+Enter melden.", "Tippfehler bemerkt? Strg+Enter schickt ihn direkt an die Redaktion."],
        "fr": ["Vous avez vu une erreur ? Sélectionnez-la et appuyez sur Ctrl+Entrée pour nous la signaler.",
               "Une faute de frappe ? Ctrl+Entrée l'envoie directement à nos éditeurs."],
        "es": ["¿Has visto un error? Selecciónalo y pulsa Ctrl+Intro para avisarnos.", "¿Has encontrado una errata? Ctrl+Intro la envía directamente a la redacción."],
        "ru": ["Увидели ошибку в тексте? Выделите её и нажмите Ctrl+Enter, чтобы сообщить нам.", "Есть опечатка? Ctrl+Enter отправит её прямо редакторам."],
    },
    "push": {
        "en": ["{site} would like to send you notifications – Yes please / Maybe later", "Get breaking news alerts from {site} in your browser"],
        "tr": ["{site} size bildirim göndermek istiyor – Evet, gönderin / Belki sonra", "{site} son dakika uyarılarını tarayıcınızda alın"],
        "de": ["{site} möchte Ihnen Mitteilungen senden – Ja, bitte / Vielleicht später", "Eilmeldungen von {site} direkt im Browser erhalten"],
        "fr": ["{site} souhaite vous envoyer des notifications – Oui, merci / Plus tard peut-être", "Recevez les alertes de {site} dans votre navigateur"],
        "es": ["{site} quiere enviarte notificaciones – Sí, claro / Quizá luego", "Recibe las alertas de última hora de {site} en tu navegador"],
        "ru": ["«{site}» хочет присылать вам уведомления — Да, конечно / Может быть, позже", "Получайте срочные новости «{site}» в браузере"],
    },
    "ai": {
        "en": ["We used an AI tool to summarise documents for this story; every fact was checked by a reporter.",
               "This summary was generated with AI assistance and reviewed by an editor."],
        "tr": ["Bu haber için belgeleri özetlerken bir yapay zekâ aracı kullandık; her bilgiyi muhabirimiz doğruladı.",
               "Bu özet yapay zekâ desteğiyle oluşturuldu ve bir editör tarafından gözden geçirildi."],
        "de": ["Für diesen Artikel haben wir Dokumente mit einem KI-Werkzeug zusammengefasst; jede Angabe hat ein Reporter geprüft.",
               "Diese Zusammenfassung entstand mit KI-Unterstützung und wurde von der Redaktion durchgesehen."],
        "fr": ["Nous avons utilisé un outil d'IA pour résumer des documents ; chaque fait a été vérifié par un journaliste.",
               "Ce résumé a été généré avec l'aide d'une IA et relu par un éditeur."],
        "es": ["Usamos una herramienta de IA para resumir documentos; cada dato lo comprobó un periodista.",
               "Este resumen se generó con ayuda de IA y lo revisó un editor."],
        "ru": ["Для этого материала документы кратко изложил ИИ-инструмент; каждый факт проверил корреспондент.",
               "Краткое содержание создано с помощью ИИ и проверено редактором."],
    },
    "affiliate": {
        "en": ["If you buy through our links, {site} may earn a small commission.",
               "Some of the links in this piece are affiliate links; prices were correct at the time of publishing."],
        "tr": ["Bağlantılarımız üzerinden alışveriş yaparsanız {site} küçük bir komisyon kazanabilir.", "Bu haber ortaklık bağlantıları içerir."],
        "de": ["Wenn Sie über unsere Links kaufen, erhält {site} womöglich eine kleine Provision.", "Dieser Artikel enthält Partnerlinks."],
        "fr": ["Si vous achetez via nos liens, {site} peut percevoir une petite commission.", "Cet article contient des liens affiliés."],
        "es": ["Si compras a través de los enlaces de esta página, {site} podría cobrar una pequeña comisión.", "Esta noticia contiene enlaces de afiliado."],
        "ru": ["При покупке по нашим ссылкам «{site}» может получить небольшое вознаграждение.", "В материале есть партнёрские ссылки."],
    },
    "gift": {
        "en": ["Gift this article to a friend", "You have 5 gift articles left this month"],
        "tr": ["Bu haberi bir arkadaşınıza hediye edin", "Bu ay 5 hediye haber hakkınız kaldı"],
        "de": ["Diesen Artikel verschenken", "Noch 5 Geschenkartikel übrig in diesem Monat"],
        "fr": ["Offrir cet article à un proche", "Encore 5 articles à offrir avant la fin du mois"],
        "es": ["Regala esta noticia a un amigo", "Te quedan 5 noticias para regalar este mes"],
        "ru": ["Подарить материал другу", "В этом месяце можно подарить ещё 5 материалов"],
    },
    "skip": {
        "en": ["Skip advert", "Continue to article"],
        "tr": ["Reklamı geçin ve habere dönün", "Habere devam et"],
        "de": ["Werbung überspringen", "Weiter zum Artikel"],
        "fr": ["Passer la publicité", "Continuer vers l'article"],
        "es": ["Saltar publicidad", "Continuar con la noticia"],
        "ru": ["Пропустить рекламу", "Продолжить чтение материала"],
    },
    "print": {
        "en": ["Print this article", "Share by email"],
        "tr": ["Haberi yazdır", "Bu haberi e-postayla birine gönderin"],
        "de": ["Artikel drucken", "Per E-Mail teilen"],
        "fr": ["Imprimer l'article", "Partager par e-mail"],
        "es": ["Imprimir la noticia", "Compartir por correo"],
        "ru": ["Версия материала для печати", "Поделиться по почте"],
    },
    "translated": {
        "en": ["This story was first published in Polish.", "Translated by the {site} team"],
        "tr": ["Bu haber ilk olarak Lazca yayımlandı.", "{site} ekibi tarafından çevrilmiştir"],
        "de": ["Dieser Beitrag erschien zuerst auf Niederdeutsch.", "Übersetzt vom Team von {site}"],
        "fr": ["Cet article a d'abord paru en breton.", "Traduit par l'équipe de {site}"],
        "es": ["Esta noticia se publicó primero en gallego.", "Traducida por el equipo de {site}"],
        "ru": ["Материал впервые опубликован на удмуртском языке.", "Перевод подготовила команда «{site}»"],
    },
    "moderation": {
        "en": ["Comments are moderated and may take a few hours to appear. Please keep it civil.", "View our community guidelines"],
        "tr": ["Yorumlar denetlenir ve yayımlanması birkaç saat sürebilir. Lütfen saygılı olun.", "Topluluk kurallarımızı görün"],
        "de": ["Kommentare werden moderiert und erscheinen mitunter erst nach einigen Stunden. Bitte bleiben Sie sachlich.",
               "Unsere Community-Richtlinien ansehen"],
        "fr": ["Les commentaires sont modérés et peuvent mettre quelques heures à s'afficher. Merci de rester courtois.",
               "Voir nos règles de la communauté"],
        "es": ["Los comentarios se moderan y pueden tardar unas horas en aparecer. Mantén el respeto, por favor.",
               "Ver nuestras normas de la comunidad"],
        "ru": ["Комментарии проходят модерацию и могут появиться через несколько часов. Пожалуйста, будьте корректны.",
               "Посмотреть правила сообщества"],
    },
    "feedback": {
        "en": ["Was this story useful to you? Yes / No", "Give this article a score out of 10"],
        "tr": ["Bu haberden memnun kaldınız mı? Evet / Hayır", "Bu habere 10 üzerinden puan verin"],
        "de": ["War dieser Artikel hilfreich für Sie? Ja / Nein", "Geben Sie diesem Artikel eine Note von 1 bis 10"],
        "fr": ["Cet article a-t-il répondu à vos questions ? Oui / Non", "Donnez une note sur 10 à cet article"],
        "es": ["¿Esta noticia te ha aclarado las dudas? Sí / No", "Puntúa esta noticia del 1 al 10"],
        "ru": ["Материал ответил на ваши вопросы? Да / Нет", "Поставьте материалу оценку от 1 до 10"],
    },
    "standards": {
        "en": ["{site} adheres to the Editors' Code of Practice. Contact us about a correction.", "About our editorial standards"],
        "tr": ["{site}, gazetecilerin etik ilkelerine bağlıdır. Düzeltme için bize ulaşın.", "Yayın standartlarımız hakkında"],
        "de": ["{site} hält sich an den Pressekodex. Schreiben Sie uns, wenn etwas korrigiert werden muss.", "Über unsere redaktionellen Standards"],
        "fr": ["{site} respecte la charte d'éthique professionnelle des journalistes. Signalez-nous une erreur.", "Nos engagements éditoriaux"],
        "es": ["{site} se rige por el código deontológico de la FAPE. Escríbenos para pedir una rectificación.", "Sobre nuestros estándares editoriales"],
        "ru": ["«{site}» соблюдает кодекс профессиональной этики журналиста. Сообщите нам о неточности.", "О наших редакционных стандартах"],
    },
    "topics": {  # ({section}: the story's section)
        "en": ["Filed under: {section}, local news", "Tags: {section} · {site}"],
        "tr": ["Kategori: {section}, yerel haber", "Etiketler: {section} · {site}"],
        "de": ["Abgelegt unter: {section}, Lokales", "Tags: {section} · {site}"],
        "fr": ["Classé dans : {section}, infos locales", "Mots-clés : {section} · {site}"],
        "es": ["Archivado en: {section}, noticias locales", "Etiquetas: {section} · {site}"],
        "ru": ["Рубрика: {section}, местные новости", "Метки: {section} · «{site}»"],
    },
    "bookmark": {
        "en": ["Save to read later", "Bookmark this article"],
        "tr": ["Sonra okumak için kaydet", "Bu haberi yer imlerine ekle"],
        "de": ["Für später speichern", "Artikel als Lesezeichen setzen"],
        "fr": ["Sauvegarder pour plus tard", "Ajouter cet article à mes favoris"],
        "es": ["Guardar para después", "Añadir esta noticia a favoritos"],
        "ru": ["Сохранить на потом", "Добавить материал в избранное"],
    },
    "textsize": {
        "en": ["Font size: small · medium · large", "Aa − Aa +"],
        "tr": ["Yazı tipi boyutu: küçük · orta · büyük", "Aa − Aa + (metin boyutu)"],
        "de": ["Schrift: klein · mittel · groß", "Aa − Aa + (Schriftgröße)"],
        "fr": ["Police : petite · moyenne · grande", "Aa − Aa + (taille du texte)"],
        "es": ["Letra: pequeña · mediana · grande", "Aa − Aa + (tamaño de letra)"],
        "ru": ["Шрифт: мелкий · средний · крупный", "Аа − Аа + (размер текста)"],
    },
    "developing": {
        "en": ["Developing story – check back for updates.", "More details to come."],
        "tr": ["Haber gelişiyor; güncellemeler için tekrar bakın.", "Ayrıntılar gelecek."],
        "de": ["Die Lage entwickelt sich – schauen Sie später wieder vorbei.", "Weitere Details folgen in Kürze."],
        "fr": ["Information en cours – revenez pour les mises à jour.", "D'autres détails suivront."],
        "es": ["Noticia en evolución: vuelve para ver las actualizaciones.", "Habrá más detalles en breve."],
        "ru": ["Ситуация развивается — следите за обновлениями.", "Подробности позже."],
    },
    # the three families new in this part
    "poll": {  # in-article reader polls
        "en": ["Quick poll: do you agree with this decision? Yes / No / Don't know – Vote",
               "Poll closed · {n} votes · view results"],
        "tr": ["Anket: Bu karara katılıyor musunuz? Evet / Hayır / Fikrim yok – Oy ver",
               "Anket kapandı · {n} oy · sonuçları gör"],
        "de": ["Umfrage: Finden Sie diese Entscheidung richtig? Ja / Nein / Weiß nicht – Abstimmen",
               "Abstimmung beendet · {n} Stimmen · Ergebnis ansehen"],
        "fr": ["Sondage : êtes-vous d'accord avec cette décision ? Oui / Non / Sans avis – Voter",
               "Sondage terminé · {n} votes · voir les résultats"],
        "es": ["Encuesta: ¿estás de acuerdo con esta decisión? Sí / No / No sé – Votar",
               "Encuesta cerrada · {n} votos · ver resultados"],
        "ru": ["Опрос: вы согласны с этим решением? Да / Нет / Затрудняюсь ответить — Голосовать",
               "Опрос завершён · голосов: {n} · смотреть результаты"],
    },
    "embed": {  # the fallback text of social-media embeds ({handle}: the site's account)
        "en": ["View this post on Instagram", "A post shared by {site} (@{handle})", "Watch on TikTok"],
        "tr": ["Bu gönderiyi Instagram'da gör", "{site} (@{handle}) tarafından paylaşılan bir gönderi", "TikTok'ta izle"],
        "de": ["Diesen Beitrag auf Instagram ansehen", "Ein Beitrag geteilt von {site} (@{handle})", "Auf TikTok ansehen"],
        "fr": ["Voir cette publication sur Instagram", "Une publication partagée par {site} (@{handle})", "Regarder sur TikTok"],
        "es": ["Ver esta publicación en Instagram", "Una publicación compartida de {site} (@{handle})", "Ver en TikTok"],
        "ru": ["Посмотреть эту публикацию в Instagram", "Публикация от {site} (@{handle})", "Смотреть в TikTok"],
    },
    "gallery": {  # photo-gallery launchers and counters ({g}: the number of pictures)
        "en": ["Gallery: {g} photos", "Open the picture gallery ›", "Photo 1 of {g}"],
        "tr": ["Galeri: {g} fotoğraf", "Fotoğraf galerisini açın ›", "Fotoğraf 1 / {g}"],
        "de": ["Bildergalerie: {g} Fotos", "Zur Fotostrecke ›", "Bild 1 von {g}"],
        "fr": ["Diaporama : {g} photos", "Ouvrir la galerie photos ›", "Photo 1 sur {g}"],
        "es": ["Galería: {g} fotos", "Abrir la fotogalería ›", "Foto 1 de {g}"],
        "ru": ["Фотогалерея: {g} снимков", "Открыть фотогалерею ›", "Фото 1 из {g}"],
    },
}
HEADLINES = {
    "en": ["Harbour footbridge reopens after paint job", "Parish council defers decision on wind turbine",
           "Youth club gets keys to the old fire station", "Roadworks on the ring road to last until March",
           "Allotment waiting list tops 300 names", "Rugby club's new clubhouse opens its doors"],
    "tr": ["Liman yaya köprüsü boyanın ardından yeniden açıldı", "Köy meclisi rüzgâr türbini kararını erteledi",
           "Gençlik merkezi eski itfaiye binasına taşınıyor", "Çevre yolundaki çalışmalar marta kadar sürecek",
           "Hobi bahçesi bekleme listesi 300 kişiyi aştı", "Ragbi kulübünün yeni tesisi kapılarını açtı"],
    "de": ["Hafensteg nach Anstrich wieder offen", "Ortschaftsrat vertagt Entscheidung über Windrad",
           "Jugendtreff zieht ins alte Feuerwehrhaus", "Bauarbeiten an der Umgehungsstraße dauern bis März",
           "Warteliste für Kleingärten wächst auf 300 Namen", "Rugbyclub eröffnet neues Vereinsheim"],
    "fr": ["La passerelle du port rouvre après sa remise en peinture", "Le conseil reporte sa décision sur l'éolienne",
           "Les jeunes récupèrent les clés de l'ancienne caserne", "Travaux sur la rocade jusqu'en mars",
           "Jardins familiaux : 300 noms sur liste d'attente", "Le club de rugby inaugure son nouveau club-house"],
    "es": ["La pasarela del puerto reabre tras pintarse", "El concejo aplaza la decisión sobre el aerogenerador",
           "El centro juvenil se muda al antiguo parque de bomberos", "Las obras de la ronda durarán hasta marzo",
           "La lista de espera de los huertos urbanos supera los 300 nombres", "El club de rugby estrena sede social"],
    "ru": ["Пешеходный мост у пристани открыли после покраски", "Сельсовет отложил решение о ветряке",
           "Молодёжный клуб переедет в здание старой пожарной части", "Ремонт объездной дороги продлится до марта",
           "Очередь на садовые участки превысила 300 человек", "Регбийный клуб открыл новую базу"],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the
# article: this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Today in the district", "Town by town", "From the magistrates' court", "How the council voted",
                    "Saturday's results", "Family days out", "Postbag", "Property and jobs"],
               cookie="We use cookies to see which stories you read and to show you adverts from local businesses. Choose 'Accept cookies and read on' or review your settings.",
               accept="Accept cookies and read on", reject="Review my settings", share="Pass this story on",
               related="More news from your area", newsletter="The Daily Catch-up, weekdays at 6pm",
               subscribe="Get the Catch-up", email="you@yourmail.example",
               comment_note="You need a free account to comment. Register or log in.",
               footer=["The team behind the paper", "Complaints and corrections", "Cookie settings for this site", "Place an advert",
                       "Terms and conditions of use"],
               rights="Reproduction without permission is prohibited.",
               commenters=[("ferrylane_sue", "Great news, I've missed that crossing."),
                           ("D. Okafor", "Any idea if dogs are allowed?"),
                           ("carrow_dave", "Believe it when I see it.")]),
    "tr": dict(nav=["Bölgede bugün", "İlçe ilçe", "Mahkeme koridorlarından", "Meclis nasıl oy verdi", "Cumartesi skorları",
                    "Gezi önerileri", "Okurlar yazıyor"],
               cookie="Hangi haberleri okuduğunuzu görmek ve yerel işletmelerin reklamlarını göstermek için çerez kullanıyoruz. 'Çerezleri kabul et ve okumaya devam et' seçeneğini seçin ya da ayarlarınızı inceleyin.",
               accept="Çerezleri kabul et ve okumaya devam et", reject="Ayarlarımı incele", share="Haberi çevrenize iletin",
               related="Bölgenizden diğer haberler", newsletter="Günün Özeti, hafta içi 18.00'de",
               subscribe="Özeti alın", email="siz@epostaniz.example",
               comment_note="Yorum yazmak için ücretsiz bir hesap gerekir. Kaydolun ya da giriş yapın.",
               footer=["Gazeteyi hazırlayan ekip", "Şikâyet ve düzeltmeler", "Bu sitenin çerez ayarları", "İlan vermek için",
                       "Sitenin kullanım koşulları"],
               rights="İzinsiz çoğaltılması yasaktır.",
               commenters=[("karacamli_ayse", "Emeği geçenlerin eline sağlık."),
                           ("Murat D.", "Başvuru nereye yapılıyor, bilen var mı?")]),
    "de": dict(nav=["Heute im Landkreis", "Ort für Ort", "Aus dem Amtsgericht berichtet", "So hat der Rat abgestimmt",
                    "Ergebnisse vom Samstag", "Ausflüge in der Region", "Leserpost"],
               cookie="Wir nutzen Cookies, um zu sehen, welche Artikel Sie lesen, und um Ihnen Werbung von Firmen aus der Region zu zeigen. Wählen Sie „Cookies akzeptieren und weiterlesen“ oder prüfen Sie Ihre Einstellungen.",
               accept="Cookies akzeptieren und weiterlesen", reject="Meine Einstellungen prüfen", share="Artikel weitergeben",
               related="Mehr Nachrichten aus Ihrer Gegend", newsletter="Der Feierabend-Brief, werktags um 18 Uhr",
               subscribe="Brief bestellen", email="sie@ihremail.example",
               comment_note="Zum Kommentieren brauchen Sie ein kostenloses Konto. Registrieren oder anmelden.",
               footer=["Das Team hinter der Zeitung", "Beschwerden und Korrekturen", "Cookie-Einstellungen dieser Seite",
                       "Eine Anzeige aufgeben", "Bedingungen für die Nutzung"],
               rights="Vervielfältigung ohne Erlaubnis verboten.",
               commenters=[("talbruecker_heinz", "Wurde auch Zeit."),
                           ("Anke S.", "Wer entscheidet eigentlich, wo die Kameras hängen?")]),
    "fr": dict(nav=["Aujourd'hui dans le canton", "Commune par commune", "Chroniques d'audience", "Ce qu'a voté le conseil",
                    "Les scores du samedi", "Idées de balades", "Les lecteurs écrivent"],
               cookie="Nous utilisons des cookies pour savoir quels articles vous lisez et vous montrer des publicités de commerces locaux. Choisissez « Accepter les cookies et poursuivre » ou vérifiez vos réglages.",
               accept="Accepter les cookies et poursuivre", reject="Vérifier mes réglages", share="Faire circuler l'article",
               related="Plus d'actualités de votre secteur", newsletter="L'Essentiel du soir, en semaine à 18 heures",
               subscribe="Recevoir l'Essentiel", email="vous@votremail.example",
               comment_note="Un compte gratuit est nécessaire pour commenter. Inscrivez-vous ou connectez-vous.",
               footer=["L'équipe du journal", "Réclamations et rectificatifs", "Réglages des cookies du site", "Passer une annonce",
                       "Conditions générales d'utilisation du site"],
               rights="Reproduction interdite sans autorisation.",
               commenters=[("Josette_de_Clar", "Quel beau métier, merci pour ce portrait."),
                           ("Alain P.", "On saura un jour qui va reprendre la salle ?")]),
    "es": dict(nav=["La comarca, hoy", "Pueblo a pueblo", "Crónica de los juzgados", "Qué votó el pleno", "Resultados del sábado",
                    "Excursiones por la zona", "Buzón del lector"],
               cookie="Usamos cookies para saber qué noticias lees y mostrarte anuncios de comercios de la zona. Elige «Aceptar cookies y seguir leyendo» o revisa tus ajustes.",
               accept="Aceptar cookies y seguir leyendo", reject="Revisar mis ajustes", share="Haz circular esta noticia",
               related="Más noticias de tu zona", newsletter="El Resumen de la Tarde, a las 18.00",
               subscribe="Recibir el Resumen", email="tu@tucorreo.example",
               comment_note="Necesitas una cuenta gratuita para comentar. Regístrate o inicia sesión.",
               footer=["Quién hace este periódico", "Quejas y rectificaciones", "Ajustes de cookies de la web", "Poner un anuncio",
                       "Condiciones de uso del sitio"],
               rights="Prohibida la reproducción sin permiso.",
               commenters=[("vecina_del_casco", "Por fin alguien mide el ruido de verdad."),
                           ("Quique R.", "¿Y los sábados de fiestas qué?")]),
    "ru": dict(nav=["Район: главное за день", "Посёлок за посёлком", "Судебные заседания", "Как голосовали депутаты",
                    "Субботние результаты", "Поездки выходного дня", "Пишут читатели района"],
               cookie="Мы используем cookie, чтобы понимать, какие материалы вы читаете, и показывать рекламу местных компаний. Выберите «Принять cookie и читать дальше» или проверьте настройки.",
               accept="Принять cookie и читать дальше", reject="Проверить настройки", share="Передать материал дальше",
               related="Ещё новости вашего района", newsletter="«Итоги дня» — по будням в 18:00",
               subscribe="Получать «Итоги дня»", email="vy@vashapochta.example",
               comment_note="Чтобы комментировать, нужна бесплатная учётная запись. Зарегистрируйтесь или войдите.",
               footer=["Команда газеты", "Жалобы и исправления", "Настройки cookie на сайте", "Разместить объявление",
                       "Условия использования сайта"],
               rights="Перепечатка без разрешения запрещена.",
               commenters=[("zarechye_tanya", "Какие молодцы, надо и у нас так сделать."),
                           ("Пётр В.", "А записаться можно по телефону?")]),
}
UI25 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "LIVE"): {"de": dict(share="Diesen Eintrag weiterleiten", posted="Aus dem Ratssaal: {name}",
                               pinned="Oben angeheftet", newer="2 neue Einträge laden")},
    (mp2, "LIVE_AUTHORS"): {"de": ["Miriam Kessler", "Tobias Rehm"]},
    (mp2, "BIO"): {"fr": "{name} signe les portraits et les reportages culturels de {site}, où elle suit aussi la rubrique {section}. Lui écrire : portraits@example.fr"},
    (mp3, "BROADCAST"): {"en": dict(watch="Video:", fallback="Sorry, this video cannot be played in your browser.",
                                    live="Watch us live", topics="More on these subjects")},
    (mp4, "READMORE"): {"en": "YOU MIGHT ALSO LIKE:"},
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # the fusion ad label
    (mp6, "TYPO3"): {"fr": dict(ext="Vidéo hébergée à l'extérieur",
                                note="La présentation du chantier par l'architecte est hébergée sur YouTube. Aucune donnée n'est transmise à YouTube avant le lancement de la vidéo.",
                                button="Afficher la vidéo YouTube", by="Publié par :", search="Rechercher sur le site de la commune",
                                lang_menu="Version facile à lire")},
    (mp6, "BITRIX"): {"ru": dict(agency="Информационное агентство «Камский край»", share="Отправить новость друзьям")},
    (mp7, "SANITY"): {"es": dict(nl_title="La semana en Santa Úrsula",
                                 nl_text="Cada viernes, la agenda del barrio y las novedades del mercado en un solo correo.",
                                 nl_button="Apuntarme a la semana", nl_placeholder="Tu correo, para recibir la semana")},
    (mp8, "BLOX"): {"tr": dict(ad="Sponsorlu ilan bölümü")},
    (mp10, "WEBFLOW"): {"en": dict(cc_text="This site stores cookies so we can count visitors and remember your settings. You can change your mind using the link at the bottom of every page.",
                                   cc_prefs="My cookie settings", cc_deny="Reject them all", cc_allow="Accept them all",
                                   back="← Back to Pelham Quay news", by="Reporting by", published="Posted on",
                                   mc_title="The Quay Letter, every Thursday", mc_email="Email for the Quay Letter",
                                   mc_button="Send me the Quay Letter", share="Send this on to a neighbour",
                                   more="More from the quayside")},
    (mp11, "HUGO"): {"tr": dict(nl_title="Veri Mektubu, ayda iki kez",
                                nl_text="Yeni analizlerimiz ve arkasındaki ham veriler, her ayın 1'inde ve 15'inde.",
                                nl_label="Veri Mektubu için e-posta adresiniz", nl_button="Veri Mektubu'na abone ol")},
    (mp12, "JOOMLA"): {"en": dict(latest="New from the dale", popular="Most read in Swaledale this month",
                                  field="Nearest village:", posts="Round the dale")},
    (mp12, "PLACES"): {"h25-en-005": "Langthwaite"},
    (mp13, "PUB_NAV"): {"de": ["Neues aus der Südstadt", "Protokolle", "Im Verein mitmachen", "Über den Bürgerverein"]},
    (mp13, "TEASERS"): {"de": ["Der Steg war seit August für Malerarbeiten gesperrt.",
                               "Zuerst soll ein Lärmgutachten vorliegen.",
                               "Die Stadt überlässt dem Verein das Gebäude für einen Euro im Jahr.",
                               "Pendler müssen sich auf eine Umleitung über Neudorf einstellen.",
                               "Im Schnitt wartet man fünf Jahre auf eine Parzelle.",
                               "Der Bau hat zwei Jahre und viele freiwillige Arbeitsstunden gekostet."]},
    (mp14, "BLOGGER"): {"de": dict(follow="Neues aus Hainbach per E-Mail:", follow_ph="Ihre Adresse, bitte",
                                   follow_btn="Neue Beiträge schicken",
                                   desc="Was in Hainbach los ist: Vereine, Feste, Gemeinderat und Dorfklatsch.",
                                   bio="Schreibt seit 2020 über alles, was in Hainbach passiert, und ist im Trachtenverein.",
                                   comments=[("Kathi aus Kirchdorf", "Drei Kästen sind ein Schnäppchen, nächstes Jahr kostet's mehr!"),
                                             ("Vroni", "Schöner Bericht, bis zum 1. Mai!")])},
    (mp15, "TILDA"): {"en": dict(nav=["Latest from the vale", "Village by village", "What's on in the vale", "Contact the editor"],
                                 by="Reported by", sub_title="The Friday post",
                                 sub_text="Every Friday morning, the week's news from the Axe Vale villages.",
                                 ph="Email for the Friday post", button="Yes, send me the Friday post",
                                 ok="Done! Look out for a confirmation email.",
                                 share="Forward to a friend", back="← Back to the news",
                                 about="An independent news site for the villages of the Axe Vale, founded in 2020.",
                                 cookie="We use cookies to count visits and to run the sign-up form.",
                                 cookie_ok="Understood")},
    (mp16, "WIX"): {"tr": dict(nav=["Kooperatif evi", "Biz kimiz?", "Çerez ve erişte", "Haberlerimiz", "Kooperatife yazın"],
                               footer="Kuzuluk Köyü Çeşme Sokak No: 7 · Pazar günleri köy pazarındaki tezgâhımıza da bekleriz",
                               button="Kooperatif haberlerini e-postayla alın",
                               posts=["Kış için erişte siparişleri başladı", "Genel kurulumuz 14 Eylül'de",
                                      "Çerez tadımına gelen herkese teşekkürler"],
                               tags=["Çerez", "Kooperatif"])},
    (mp20, "R"): {"typo": R["typo"]},  # the DLE page's typo hint under the story
    (mp20, "DLE"): {"ru": dict(domain="verhnekamye.online", skin="Kama2",
                               slogan="Верхнекамск: новости города и района",
                               menu=["Новости Верхнекамья", "Двор и улица", "Дороги и автобусы", "Школы и детсады", "Спорт в городе",
                                     "Культура и афиша", "Письма горожан", "Рекламодателям портала"],
                               cat_slug="gorod", popular="Самое читаемое за неделю",
                               poll=("Где вы чаще всего гуляете летом?", ["В парке Победы", "На набережной", "Во дворе", "За городом"]),
                               tags=["новый сквер", "Школьная улица", "обустройство сквера"],
                               cloud=["Школьная улица", "новый сквер", "обустройство сквера", "набережная Камы", "городские автобусы",
                                      "ремонт дорог", "детские площадки", "погода в Верхнекамье"],
                               commenters=[("kamskaya_Irina", "Хорошо, что сад победил. Только поливать кто будет?"),
                                           ("Виталий М.", "Я за спортивный голосовал, но ладно, пусть будут яблони."),
                                           ("babushka_Lida", "Дождёмся ли яблок, вот вопрос.")],
                               poster="verhnekamye_online", editor="redaktor", reason="добавлены итоги голосования",
                               source_label="Информация предоставлена:",
                               source=("администрация Верхнекамска", "https://adm-verhnekamsk.example/news/"),
                               footer="© 2012–2026 «Верхнекамье.онлайн» — сетевое издание, свидетельство Эл № ФС 77-90412; при цитировании ссылка на verhnekamye.online обязательна",
                               contacts="Редакция: Верхнекамск, улица Ленина, 40, кабинет 12; телефон +7 (34241) 5-17-90",
                               age="16+", style="br", wrap=("full-story", "full-text"))},
    (mp22, "NEWSPACK"): {"en": dict(domain="marlowcountyledger.org", tagline="Independent, nonprofit news for Marlow County",
                                    menu=["Public Safety", "County Government", "Schools", "Health", "Land & Water", "Community Calendar"],
                                    secondary=["About the Ledger", "How We Decide What to Cover", "Tell the Ledger", "Fixes We've Made"],
                                    donate_menu="Support the Ledger",
                                    donate_title="Local news, paid for by neighbors",
                                    donate_text="The Ledger has no paywall and no owner to answer to. Readers like you pay for most of our reporting. Will you give $15 a month?",
                                    prompt_name="In-story member drive", tiers=[("once", [25, 60, 120]), ("month", [7, 15, 30]),
                                                                                ("year", [60, 150, 300])],
                                    nl_title="The Ledger Daily",
                                    nl_text="Marlow County news in your inbox every weekday at 6 a.m.",
                                    overlay_title="Don't miss what happens in Marlow County",
                                    overlay_text="Free every weekday morning, written by people who live here. Get the Ledger Daily.",
                                    related=["Sheriff's office adds two deputies for county's north end",
                                             "Fire district asks voters for new ambulance levy",
                                             "How long does an ambulance take to reach you? Look up your ZIP code",
                                             "County approves new radio system after years of dead zones"],
                                    tags=["911", "Board of Supervisors", "emergency dispatch"],
                                    bio="{by} covers public safety for The Marlow County Ledger. Before joining the Ledger she was a court reporter in Ridgeway for eight years.",
                                    email="safety@marlowcountyledger.org",
                                    commenters=[("Karen W.", "My husband waited two minutes when he had his heart attack. Thank you for reporting this."),
                                                ("ExDispatcher", "Raises are overdue. Mandatory OT is what drove me out.")],
                                    popular_title="What Marlow County Is Reading", support_title="Nonprofit news you can trust",
                                    support_text="The Ledger is a 501(c)(3) nonprofit; gifts are tax-deductible to the extent allowed by law.",
                                    about_title="About The Ledger",
                                    about="The Marlow County Ledger is a nonprofit newsroom founded in 2022 to cover local government, public safety and schools.",
                                    footer_note="Published by the Marlow County News Trust, a 501(c)(3) nonprofit.",
                                    social=["facebook", "instagram", "bluesky"], gtag="G-MCL7Q2D9KX", logo_id=38)},
}
WIX_FREE = {"h25-tr-002"}  # the women's cooperative is on Wix's free plan
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
                new[key] = dict(new[key], **val) if isinstance(val, dict) else val
            setattr(mod, name, new)
        saved.append((mp16, "WIX_FREE", mp16.WIX_FREE))
        mp16.WIX_FREE = WIX_FREE
        yield
    finally:
        for mod, name, old in reversed(saved):
            setattr(mod, name, old)


# --------------------------------------------------------------------------
# the new layout: Movable Type Pro 7 with a template set derived from MT's "Classic Blog" theme
# --------------------------------------------------------------------------
# the platform's own interface strings in English, as MT's default templates word them: the entry meta line
# ("By … on …", "Permalink", "Comments (n)", "TrackBacks (0)"), the content-nav line, the categories and tags
# headings, the TrackBack block, the comments header, the comment byline ("… replied to comment from …",
# "Reply"), the comment form (labels, "Remember personal info?", the HTML note, Preview / Submit), the widgets
# (Search, "About this Entry" with its sentences, "Recent Entries", "Monthly Archives", the feed link, "Powered
# by Movable Type") and the English month names of MT's date formats
MT_CORE = {
    "en": dict(by="By", on="on", permalink="Permalink", comments_n="Comments ({n})", trackbacks_n="TrackBacks (0)",
               main_index="Main Index", archives="Archives", categories="Categories", tags="Tags",
               trackbacks="TrackBacks", tb_url="TrackBack URL for this entry:", comments_header="{n} Comments",
               replied="replied to comment from", reply="Reply", leave="Leave a comment", name="Name",
               email="Email Address", url="URL", remember="Remember personal info?", comment_label="Comments",
               html_note="(You may use HTML tags for style)", preview="Preview", submit="Submit", search="Search",
               about_title="About this Entry",
               about="This page contains a single entry by {by} published on {date}.",
               prev_entry="was the previous entry in this blog.", next_entry="is the next entry in this blog.",
               find="Find recent content on the {main} or look in the {arch} to find all content.",
               main_l="main index", arch_l="archives", recent="Recent Entries", monthly="Monthly Archives",
               feed="Subscribe to this blog's feed", powered="Powered by", mt="Movable Type Pro",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"]),
}
# the paper's own strings: host, description, category bar, the entry's tags, the "this week's paper" box, the
# readers' comments (the second a reply to the first), the footer, and the ids of the objects
MT = {
    "en": dict(domain="www.wendmouthmercury.co.uk",
               description="The weekly paper for Wendmouth, Saltley and the Wend valley",
               nav=["Town news", "Wend valley villages", "Wendmouth Town FC", "Letters to the editor", "What's on in Wendmouth",
                    "Mercury classifieds"],
               tags=["Wend ferry", "Ferry Lane", "coast path"],
               paper_title="This week's Mercury",
               paper_text="On sale every Thursday at 38 newsagents from Saltley to Carrow Bridge, price £1.40, or delivered to your door.",
               commenters=[("Jean Pettigrew", "Used that ferry every day to get to school in the sixties. Can't wait to ride it again.", None),
                           ("Roger Bale", "Same here, Jean. Still got my season ticket from 1971 somewhere.", 0)],
               footer="The Wendmouth Mercury, 14 Quay Street, Wendmouth · Published every Thursday since 1874",
               blog_id=3, entry_id=4127, asset_id=9184, comment_id=31550, author_id=12),
}
MT_EXEMPT = {"domain", "blog_id", "entry_id", "asset_id", "comment_id", "author_id"}


def mt_date(iso, c, clock=None):
    """MT's default date format: "May 14, 2026 10:15 AM"."""
    d = datetime.date(*map(int, iso.split("-")))
    out = "%s %d, %d" % (c["months"][d.month - 1], d.day, d.year)
    if clock:
        h, m = clock
        out += " %d:%02d %s" % (h % 12 or 12, m, "AM" if h < 12 else "PM")
    return out


def mt_basename(s):
    """MT's entry basename: lower case, words joined by underscores, cut at 30 characters."""
    return re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_")[:30].rstrip("_")


def mt_block(kind, val):
    """One block of the entry as MT's "Convert Line Breaks" filter and the editor's own tags leave it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h3>%s</h3>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def mt_entry(art, placed, rng, s, host):
    """div.asset-body (the Entry Body: the opening paragraphs, with the inserted image asset and the caption line
    typed under it) and div.asset-more (the Extended Entry: the rest); residue stays where the editor put it."""
    blocks, n = art["blocks"], len(art["blocks"])
    slots = safe_slots(art, 2) or [n]
    split = slots[0]
    y, m = art["date"][:4], art["date"][5:7]
    base = mt_basename(art["caption"])
    asset = ('<form mt:asset-id="{aid}" class="mt-enclosure mt-enclosure-image" style="display: inline;"><a href="{h}/photos/{y}/{m}/{b}.jpg">'
             '<img alt="{b}.jpg" src="{h}/assets_c/{y}/{m}/{b}-thumb-600x400-{t}.jpg" width="600" height="400" class="mt-image-center" '
             'style="text-align: center; display: block; margin: 0 auto 20px;" /></a></form>').format(
        aid=s["asset_id"], h=host, y=y, m=m, b=base, t=rng.randint(1000, 9999))
    caption = "<p><em>%s</em> %s</p>" % (E(art["caption"]), E(art["credit"]))
    body, more = [], []
    for i in range(n + 1):
        out = body if i < split else more
        out.extend(placed.get(i, []))
        if i == 1:
            out.extend([asset, caption])
        if i < n:
            out.append(mt_block(*blocks[i]))
    return "\n".join(body), "\n".join(more)


def tpl_movabletype(art, ui, site, placed, rng):
    # an entry page of an English local weekly on Movable Type Pro 7, as the paper serves it (see the module
    # docstring for the parts)
    c, s = MT_CORE["en"], MT["en"]
    host = "https://" + s["domain"]
    y, mo = art["date"][:4], art["date"][5:7]
    url = "%s/news/%s/%s/%s.html" % (host, y, mo, mt_basename(art["title"]))
    clock = (rng.randint(9, 17), rng.randint(0, 59))
    iso = "%sT%02d:%02d:00+01:00" % (art["date"], clock[0], clock[1])
    shown = mt_date(art["date"], c, clock)
    body, more = mt_entry(art, placed, rng, s, host)
    prev_t, next_t = rng.sample(HEADLINES["en"], 2)
    prev_u = "%s/news/%s/%s/%s.html" % (host, y, mo, mt_basename(prev_t))
    next_u = "%s/news/%s/%s/%s.html" % (host, y, mo, mt_basename(next_t))
    eid, bid = s["entry_id"], s["blog_id"]
    nav = "\n".join('<li class="nav-item%s"><a href="%s/%s/">%s</a></li>' % (
        " nav-item-active" if x == art["section"] else "", host, mt_basename(x).replace("_", "-"), E(x)) for x in s["nav"])
    cats = '<li class="entry-category"><a href="%s/%s/" rel="tag">%s</a></li>' % (host, mt_basename(art["section"]), E(art["section"]))
    tags = "\n".join(
        '<li><a href="javascript:void(0)" onclick="location.href=\'%s/cgi-bin/mt/mt-search.cgi?tag=%s&amp;limit=20&amp;blog_id=%d\';return false;" rel="tag">%s</a><span class="delimiter">,</span></li>' % (
            host, x.replace(" ", "+"), bid, E(x)) for x in s["tags"])
    # comments: MT's default comment markup; the second is a reply to the first
    cid = s["comment_id"]
    items, ids = [], []
    for who, txt, parent in s["commenters"]:
        cid += rng.randint(3, 40)
        ids.append((cid, who))
        ct = (clock[0] + 1 + len(items) * 2, rng.randint(0, 59))
        reply_from = (' %s <a href="%s#comment-%d">%s</a>' % (c["replied"], url, ids[parent][0], E(ids[parent][1]))
                      if parent is not None else "")
        items.append('''<div class="comment" id="comment-{cid}">
    <div class="inner">
        <div class="comment-header">
            <div class="asset-meta">
                <span class="byline">
                    <span class="vcard author">{who}</span>{rf}
                    | <a href="{url}#comment-{cid}"><abbr class="published" title="{iso}">{d}</abbr></a>
                    | <a title="{r}" href="javascript:void(0);" onclick="mtReplyCommentOnClick({cid}, '{wj}')">{r}</a>
                </span>
            </div>
        </div>
        <div class="comment-content">
            <p>{txt}</p>
        </div>
    </div>
</div>'''.format(cid=cid, who=E(who), rf=reply_from, url=url, iso="%sT%02d:%02d:00+01:00" % (art["date"], ct[0], ct[1]),
                 d=mt_date(art["date"], c, ct), r=E(c["reply"]), wj=A(who.replace("'", "\\'")), txt=E(txt)))
    recent = "\n".join('<li><a href="%s/news/%s/%s/%s.html">%s</a></li>' % (host, y, mo, mt_basename(h), E(h))
                       for h in rng.sample(HEADLINES["en"], 5))
    d0 = datetime.date(*map(int, art["date"].split("-")))
    months = []
    for k in range(6):
        mm, yy = (d0.month - k - 1) % 12 + 1, d0.year + (d0.month - k - 1) // 12
        months.append('<li><a href="%s/news/%d/%02d/">%s %d</a></li>' % (host, yy, mm, c["months"][mm - 1], yy))
    about = (E(c["about"]).replace("{by}", E(art["byline"])).replace("{date}", E(shown)))
    find = E(c["find"]).replace("{main}", '<a href="%s/">%s</a>' % (host, E(c["main_l"]))).replace(
        "{arch}", '<a href="%s/archives.html">%s</a>' % (host, E(c["arch_l"])))
    descr = mp.inline_text(next(v for k, v in art["blocks"] if k == "p"))[:160].rsplit(" ", 1)[0] + "..."
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard" xml:lang="en" lang="en">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <meta name="generator" content="Movable Type Pro 7.9.8" />
    <link rel="stylesheet" href="{host}/styles.css" type="text/css" />
    <link rel="start" href="{host}/" title="Home" />
    <link rel="alternate" type="application/atom+xml" title="Recent Entries" href="{host}/atom.xml" />
    <script type="text/javascript" src="{host}/mt.js"></script>
    <link rel="prev bookmark" href="{prev_u}" title="{A(prev_t)}" />
    <link rel="next bookmark" href="{next_u}" title="{A(next_t)}" />
    <!--
<rdf:RDF xmlns="http://web.resource.org/cc/"
         xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/"
         xmlns:dc="http://purl.org/dc/elements/1.1/"
         xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description
    rdf:about="{url}"
    trackback:ping="{host}/cgi-bin/mt/mt-tb.cgi/{eid}"
    dc:title="{A(art["title"])}"
    dc:identifier="{url}"
    dc:subject="{A(art["section"])}"
    dc:description="{A(descr)}"
    dc:creator="{A(art["byline"])}"
    dc:date="{iso}" />
</rdf:RDF>
-->
    <meta name="description" content="{A(art["sub"])}" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="{A(art["title"])}" />
    <meta property="og:url" content="{url}" />
    <meta property="og:site_name" content="{A(site)}" />
    <title>{E(art["title"])} - {E(site)}</title>
</head>
<body id="classic-blog" class="mt-entry-archive layout-wt">
    <div id="container">
        <div id="container-inner">
            <div id="header">
                <div id="header-inner">
                    <div id="header-content">
                        <div id="header-name"><a href="{host}/" accesskey="1">{E(site)}</a></div>
                        <div id="header-description">{E(s["description"])}</div>
                    </div>
                </div>
            </div>
            <div id="nav"><ul class="nav-list">
{nav}
            </ul></div>
            <div id="content">
                <div id="content-inner">
                    <div id="alpha">
                        <div id="alpha-inner">
                            <p class="content-nav">
                                <a href="{prev_u}">&laquo; {E(prev_t)}</a> |
                                <a href="{host}/">{E(c["main_index"])}</a> |
                                <a href="{host}/archives.html">{E(c["archives"])}</a> |
                                <a href="{next_u}">{E(next_t)} &raquo;</a>
                            </p>
                            <div id="entry-{eid}" class="entry-asset asset hentry">
                                <div class="asset-header">
                                    <h1 id="page-title" class="asset-name entry-title">{E(art["title"])}</h1>
                                    <div class="asset-meta">
                                        <span class="byline">
                                            {E(c["by"])} <span class="vcard author"><a class="fn url" href="{host}/staff/{mt_basename(art["byline"])}.html">{E(art["byline"])}</a></span> {E(c["on"])} <abbr class="published" title="{iso}">{E(shown)}</abbr>
                                        </span>
                                        <span class="separator">|</span> <a class="permalink" rel="bookmark" href="{url}">{E(c["permalink"])}</a>
                                        <span class="separator">|</span> <a href="{url}#comments">{E(c["comments_n"].replace("{n}", str(len(items))))}</a>
                                        <span class="separator">|</span> <a href="{url}#trackback">{E(c["trackbacks_n"])}</a>
                                    </div>
                                </div>
                                <div class="asset-content entry-content">
                                    <div class="asset-body">
{body}
                                    </div>
                                    <div id="more" class="asset-more">
{more}
                                    </div>
                                </div>
                                <div class="asset-footer">
                                    <div class="entry-categories">
                                        <h4>{E(c["categories"])}<span class="delimiter">:</span></h4>
                                        <ul>
                                            {cats}
                                        </ul>
                                    </div>
                                    <div class="entry-tags">
                                        <h4>{E(c["tags"])}<span class="delimiter">:</span></h4>
                                        <ul>
{tags}
                                        </ul>
                                    </div>
                                </div>
                            </div>
                            <div id="trackbacks" class="trackbacks">
                                <h2 class="trackbacks-header">{E(c["trackbacks"])}</h2>
                                <div class="trackbacks-info">
                                    <p>{E(c["tb_url"])} <span id="trackbacks-link">{host}/cgi-bin/mt/mt-tb.cgi/{eid}</span></p>
                                </div>
                            </div>
                            <div id="comments" class="comments">
                                <h2 class="comments-header">{E(c["comments_header"].replace("{n}", str(len(items))))}</h2>
                                <div class="comments-content">
{chr(10).join(items)}
                                </div>
                                <div class="comments-open" id="comments-open">
                                    <h2 class="comments-open-header">{E(c["leave"])}</h2>
                                    <div class="comments-open-content">
                                        <div id="comment-greeting"></div>
                                        <form method="post" action="{host}/cgi-bin/mt/mt-comments.cgi" name="comments_form" id="comments-form" onsubmit="return mtCommentOnSubmit(this)">
                                            <input type="hidden" name="static" value="1" />
                                            <input type="hidden" name="entry_id" value="{eid}" />
                                            <input type="hidden" name="__lang" value="en" />
                                            <input type="hidden" name="parent_id" value="" id="comment-parent-id" />
                                            <input type="hidden" name="armor" value="1" />
                                            <input type="hidden" name="preview" value="" />
                                            <input type="hidden" name="sid" value="" />
                                            <div id="comments-open-data">
                                                <div id="comment-form-name">
                                                    <label for="comment-author">{E(c["name"])}</label>
                                                    <input id="comment-author" name="author" size="30" value="" onfocus="mtCommentFormOnFocus()" />
                                                </div>
                                                <div id="comment-form-email">
                                                    <label for="comment-email">{E(c["email"])}</label>
                                                    <input id="comment-email" name="email" size="30" value="" onfocus="mtCommentFormOnFocus()" />
                                                </div>
                                                <div id="comment-form-url">
                                                    <label for="comment-url">{E(c["url"])}</label>
                                                    <input id="comment-url" name="url" size="30" value="" onfocus="mtCommentFormOnFocus()" />
                                                </div>
                                                <div id="comment-form-remember-me">
                                                    <input type="checkbox" id="comment-bake-cookie" name="bakecookie" onclick="mtRememberMeOnClick(this)" value="1" accesskey="r" />
                                                    <label for="comment-bake-cookie">{E(c["remember"])}</label>
                                                </div>
                                            </div>
                                            <div id="comment-form-reply" style="display:none">
                                                <input type="checkbox" id="comment-reply" name="comment_reply" value="" onclick="mtSetCommentParentID()" />
                                                <label for="comment-reply" id="comment-reply-label"></label>
                                            </div>
                                            <div id="comments-open-text">
                                                <label for="comment-text">{E(c["comment_label"])}
                                                {E(c["html_note"])}</label>
                                                <textarea id="comment-text" name="text" rows="15" cols="50" onfocus="mtCommentFormOnFocus()"></textarea>
                                            </div>
                                            <div id="comments-open-captcha"></div>
                                            <div id="comments-open-footer">
                                                <input type="submit" accesskey="v" name="preview_button" id="comment-preview" value="{A(c["preview"])}" onclick="this.form.preview.value='1';" />
                                                <input type="submit" accesskey="s" name="post" id="comment-submit" value="{A(c["submit"])}" />
                                            </div>
                                        </form>
                                    </div>
                                </div>
                                <script type="text/javascript">
                                <!--
                                mtAttachEvent("load", mtEntryOnLoad);
                                mtAttachEvent("unload", mtEntryOnUnload);
                                //-->
                                </script>
                            </div>
                        </div>
                    </div>
                    <div id="beta">
                        <div id="beta-inner">
                            <div class="widget-search widget">
                                <h3 class="widget-header">{E(c["search"])}</h3>
                                <div class="widget-content">
                                    <form method="get" action="{host}/cgi-bin/mt/mt-search.cgi">
                                        <input type="text" id="search" class="ti" name="search" value="" />
                                        <input type="hidden" name="IncludeBlogs" value="{bid}" />
                                        <input type="hidden" name="limit" value="20" />
                                        <input type="submit" accesskey="4" value="{A(c["search"])}" />
                                    </form>
                                </div>
                            </div>
                            <div class="widget-about-this-page widget">
                                <h3 class="widget-header">{E(c["about_title"])}</h3>
                                <div class="widget-content">
                                    <p class="first">{about}</p>
                                    <p><a href="{prev_u}">{E(prev_t)}</a> {E(c["prev_entry"])}</p>
                                    <p><a href="{next_u}">{E(next_t)}</a> {E(c["next_entry"])}</p>
                                    <p>{find}</p>
                                </div>
                            </div>
                            <div class="widget-recent-entries widget">
                                <h3 class="widget-header">{E(c["recent"])}</h3>
                                <div class="widget-content">
                                    <ul>
{recent}
                                    </ul>
                                </div>
                            </div>
                            <div class="widget-this-week widget">
                                <h3 class="widget-header">{E(s["paper_title"])}</h3>
                                <div class="widget-content">
                                    <p><img src="{host}/images/front-page-{y}{mo}.jpg" alt="" width="160" height="220" /></p>
                                    <p>{E(s["paper_text"])}</p>
                                </div>
                            </div>
                            <div class="widget-archive-monthly widget-archive widget">
                                <h3 class="widget-header">{E(c["monthly"])}</h3>
                                <div class="widget-content">
                                    <ul>
{chr(10).join(months)}
                                    </ul>
                                </div>
                            </div>
                            <div class="widget-syndication widget">
                                <div class="widget-content">
                                    <ul>
                                        <li><img src="{host}/mt-static/images/status_icons/feed.gif" alt="{A(c["feed"])}" width="9" height="9" /> <a href="{host}/atom.xml">{E(c["feed"])}</a></li>
                                    </ul>
                                </div>
                            </div>
                            <div class="widget-powered widget">
                                <div class="widget-content">
                                    <a href="https://www.movabletype.com/"><img src="{host}/mt-static/images/bug-pbmt-white.png" alt="{A(c["powered"])} {A(c["mt"])}" width="120" height="75" /></a>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
            <div id="footer">
                <div id="footer-inner">
                    <div id="footer-content">
                        <div class="widget-powered widget">
                            <div class="widget-content">
                                {E(c["powered"])} <a href="https://www.movabletype.com/">{E(c["mt"])}</a>
                            </div>
                        </div>
                        <div class="footer-address">{E(s["footer"])}</div>
                    </div>
                </div>
            </div>
        </div>
    </div>
</body>
</html>
'''


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"movabletype": ["caption"]}  # the inserted image asset with the caption line typed under it
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
            "feedback", "standards", "topics", "bookmark", "textsize", "developing", "poll", "embed", "gallery"]
NEW_FAMILIES = ["poll", "embed", "gallery"]
# families a village blog, a residents' association, a cooperative or a commune would not carry: no ads or
# advertorial links, no app, no staff writers or desk credits, no wire copy, no newsroom tip line, typo hint, push
# prompt, section labels, reading times, comment counters, AI notes, gifted articles, skip links, translations,
# rating widgets, ethics-code lines, topic tags, reading lists, "developing story" notices or reader polls
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "wireend", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "ai", "affiliate", "gift", "skip", "translated", "feedback", "standards", "topics",
                      "bookmark", "developing", "poll"}
# a small independent data desk: no ads, affiliate links, app, wire copy, push prompts, typo hint, gifts or skip links
NOT_ON_INDIE = {"ad", "affiliate", "app", "wireend", "push", "typo", "gift", "skip"}
# a nonprofit newsroom: no ads or affiliate links, no wire copy, no typo hint, nothing behind a paywall to gift
NOT_ON_NONPROFIT = {"ad", "affiliate", "wireend", "typo", "gift", "skip"}
# a local weekly on an old blog engine: no app or push prompts, no gifted articles or skip links, no AI notes,
# no audio player, no wire copy, no affiliate links
NOT_ON_WEEKLY = {"app", "push", "gift", "skip", "ai", "audio", "wireend", "affiliate"}
SMALL_SITE_TEMPLATES = {"blogger": NOT_ON_SMALL_SITES, "medium": NOT_ON_SMALL_SITES, "wix": NOT_ON_SMALL_SITES,
                        "typo3": NOT_ON_SMALL_SITES, "hugo": NOT_ON_INDIE, "newspack": NOT_ON_NONPROFIT,
                        "movabletype": NOT_ON_WEEKLY}
# markup of the generic residue: classed wrappers as many CMSs emit them (class names new to the set), and
# plain <p>/<div> variants as left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="embed-consent-gate"><p class="embed-consent-gate__msg">%s</p><button class="embed-consent-gate__allow" type="button">OK</button></div>',
               '<p class="media-cookie-off">%s</p>', '<p>%s</p>'],
    "newsletter": ['<div class="catchup-signup"><p class="catchup-signup__pitch">%s</p><a class="catchup-signup__go" href="/signup">&#8250;</a></div>',
                   '<p class="meter-limit-note">%s</p>', '<p><b>%s</b></p>', '<div>%s</div>'],
    "share": ['<div class="spread-the-word"><a class="spread-the-word__link" href="#">%s</a></div>', '<p class="social-send-row">%s</p>',
              '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="pic-source-line">%s</p>', '<span class="photo-supplied-by">%s</span>', '<p><small>%s</small></p>'],
    "copyright": ['<p class="no-reproduction-note">%s</p>', '<div class="property-of-note"><small>%s</small></div>', '<p>%s</p>'],
    "section": ['<p class="locality-badge">%s</p>', '<div class="trail-inline">%s</div>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="dinkus-row">%s</p>', '<div class="ornament-divider">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="village-correspondents">%s</p>', '<div class="contributors-footer-line">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="hed-echo-line"><b>%s</b></p>', '<h2 class="story-hed-dup">%s</h2>', '<p><strong>%s</strong></p>'],
    "ad": ['<div class="sponsor-break">%s</div>', '<p class="promo-content-flag">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="tap-to-expand"><a href="#rest">%s</a></p>', '<div class="article-drawer-toggle">%s</div>',
                 '<p><a href="#rest">%s</a></p>'],
    "comments": ['<p class="reader-remarks-count"><a href="#discussion">%s</a></p>', '<div class="see-comments-line">%s</div>',
                 '<p><a href="#discussion">%s</a></p>'],
    "readtime": ['<p class="approx-read-time">%s</p>', '<span class="minute-estimate-pill">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="edited-at-stamp"><time>%s</time></p>', '<div class="last-edit-info">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="narration-strip"><button class="narration-strip__play" aria-label="Play"></button><span class="narration-strip__label">%s</span></div>',
              '<p class="narrated-link"><a href="#spoken">%s</a></p>', '<p><a href="#spoken">%s</a></p>'],
    "correction": ['<aside class="fix-notice-box"><p>%s</p></aside>', '<p class="post-fix-note"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "wireend": ['<p class="copy-end-mark">%s</p>', '<div class="agency-origin-note">%s</div>', '<p>%s</p>'],
    "app": ['<div class="install-our-app"><p class="install-our-app__txt">%s</p><a class="install-our-app__dl" href="/app">&#8595;</a></div>',
            '<p class="app-teaser-line">%s</p>', '<p><b>%s</b></p>'],
    "bio": ['<div class="reporter-profile-box"><p class="reporter-profile-box__txt">%s</p></div>', '<p class="byline-footnote"><i>%s</i></p>',
            '<p><i>%s</i></p>'],
    "tip": ['<div class="story-tipline-box"><p class="story-tipline-box__txt">%s</p></div>', '<p class="send-us-stories">%s</p>', '<p><i>%s</i></p>'],
    "typo": ['<div class="mistake-report"><p class="mistake-report__txt">%s</p></div>', '<p class="keyboard-report-hint">%s</p>',
             '<p><small>%s</small></p>'],
    "push": ['<div class="browser-alerts-ask"><p class="browser-alerts-ask__q">%s</p><button class="browser-alerts-ask__ok" type="button">&#10003;</button>'
             '<button class="browser-alerts-ask__no" type="button">&#10005;</button></div>', '<p class="web-push-line">%s</p>', '<p><b>%s</b></p>'],
    "ai": ['<div class="machine-help-disclosure"><p class="machine-help-disclosure__txt">%s</p></div>', '<p class="ai-assist-note"><small>%s</small></p>',
           '<p><i>%s</i></p>'],
    "affiliate": ['<div class="earnings-disclosure"><p>%s</p></div>', '<p class="partner-link-note"><small>%s</small></p>',
                  '<p><i>%s</i></p>'],
    "gift": ['<div class="gift-article-box"><a class="gift-article-box__btn" href="#give">%s</a></div>', '<p class="give-article"><a href="#give">%s</a></p>',
             '<p><a href="#give">%s</a></p>'],
    "skip": ['<p class="ad-bypass"><a href="#after-ad">%s</a></p>', '<div class="jump-past-ad"><a href="#after-ad">%s</a></div>',
             '<p><a href="#after-ad">%s</a></p>'],
    "print": ['<div class="article-utility-bar"><a class="article-utility-bar__item" href="#print">%s</a></div>', '<p class="print-mail-tools">%s</p>',
              '<p><a href="#print">%s</a></p>'],
    "translated": ['<p class="source-language"><i>%s</i></p>', '<div class="translation-origin">%s</div>', '<p><i>%s</i></p>'],
    "moderation": ['<div class="house-rules-box"><p class="house-rules-box__txt">%s</p></div>', '<p class="comments-vetted-line">%s</p>',
                   '<p><small>%s</small></p>'],
    "feedback": ['<div class="helpfulness-widget"><p class="helpfulness-widget__q">%s</p><button class="helpfulness-widget__yes" type="button" aria-label="Yes"></button>'
                 '<button class="helpfulness-widget__no" type="button" aria-label="No"></button></div>', '<p class="stars-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="ethics-panel"><p class="ethics-panel__txt">%s</p></div>', '<p class="code-of-practice-line"><small>%s</small></p>',
                  '<p><i>%s</i></p>'],
    "topics": ['<div class="tag-pills"><span class="tag-pills__list">%s</span></div>', '<p class="filed-under-line">%s</p>', '<p><small>%s</small></p>'],
    "bookmark": ['<div class="read-later-btn"><a class="read-later-btn__link" href="#later">%s</a></div>',
                 '<p class="favourites-add"><a href="#later">%s</a></p>', '<p><a href="#later">%s</a></p>'],
    "textsize": ['<div class="type-scale-tools"><span class="type-scale-tools__label">%s</span></div>', '<p class="font-size-picker">%s</p>',
                 '<p><small>%s</small></p>'],
    "developing": ['<div class="ongoing-story-banner"><p class="ongoing-story-banner__txt">%s</p></div>', '<p class="more-to-follow"><strong>%s</strong></p>',
                   '<p><b>%s</b></p>'],
    "poll": ['<div class="reader-poll-box"><p class="reader-poll-box__q">%s</p><button class="reader-poll-box__vote" type="button">&#10003;</button></div>',
             '<p class="poll-result-line">%s</p>', '<p><small>%s</small></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C{k}/" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/C{k}/" target="_blank">%s</a></div></blockquote>',
              '<div class="social-embed-fallback"><p>%s</p></div>', '<p><a href="https://www.instagram.com/p/C{k}/">%s</a></p>'],
    "gallery": ['<div class="photo-gallery-launch"><a class="photo-gallery-launch__btn" href="#gallery">%s</a></div>',
                '<p class="gallery-counter">%s</p>', '<p><b>%s</b></p>'],
}
TIKTOK_STYLE = ('<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@{h}/video/7{k}" data-video-id="7{k}">'
                '<section><a target="_blank" href="https://www.tiktok.com/@{h}/video/7{k}">%s</a></section></blockquote>')
CAPTION_STYLES = ['<figure class="body-image-inline"><img src="/images/{id}-body.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/images/{id}-body.jpg" alt="" width="620"><br><i>{cap} ({cr})</i></p>']
RELATED_STYLES = ['<div class="onward-reading"><h4>%s</h4><ul>%s</ul></div>',
                  '<aside class="linked-stories-aside"><p class="linked-stories-aside__hd">%s</p><ul>%s</ul></aside>',
                  '<p><b>%s</b></p>\n<ul>%s</ul>']


def handle(site):
    """The site's social-media account name: its ASCII letters and digits, at most 24."""
    return mp11.host_name(site)[:24]


def pick(rng, fam, lang, site, art):
    return fill(rng.choice(R[fam][lang]).replace("{by}", art["byline"]).replace("{section}", art["section"])
                .replace("{handle}", handle(site)).replace("{g}", str(rng.randint(6, 24))), rng, site, art)


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
                   "feedback": n, "standards": rng.choice([0, n]), "topics": n,
                   "bookmark": rng.choice([0, n]), "textsize": 0, "developing": rng.choice([0, 0, n]),
                   "poll": rng.choice([mid, n]), "embed": mid, "gallery": rng.choice([0, mid])}.get(fam, mid)
            style = rng.choice(STYLES[fam])
            if fam == "embed" and "TikTok" in text:  # a TikTok embed's own blockquote, not Instagram's
                style = TIKTOK_STYLE.replace("{h}", handle(site)).replace("{k}", "%018d" % rng.randint(10**17, 10**18 - 1))
            style = style.replace("{k}", "%09x" % rng.randint(16**8, 16**9 - 1))
            put(pos, style % E(text))
    return placed, fams


# --------------------------------------------------------------------------
# templates: movabletype is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"movabletype": tpl_movabletype, "liveblog": mp2.tpl_liveblog, "magazine": mp2.tpl_magazine,
                 "broadcaster": mp3.tpl_broadcaster, "fusion": mp4.tpl_fusion, "typo3": mp6.tpl_typo3,
                 "bitrix": mp6.tpl_bitrix, "sanity": mp7.tpl_sanity, "k2": mp7.tpl_k2, "blox": mp8.tpl_blox,
                 "webflow": mp10.tpl_webflow, "hugo": mp11.tpl_hugo, "joomla4": mp12.tpl_joomla4,
                 "medium": mp13.tpl_medium, "blogger": mp14.tpl_blogger, "tilda": mp15.tpl_tilda, "wix": mp16.tpl_wix,
                 "dle": mp20.tpl_dle, "newspack": mp22.tpl_newspack}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h24), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "movabletype"


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["blocks"], art["marks"] = blocks_and_marks(art["body"])
            rng = random.Random("newsflow-heldout25-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            placed, fams = residue_items(art, rng, site, used)
            if tpl in NEW_TEMPLATES:
                pages[art["id"]] = NEW_TEMPLATES[tpl](art, UI25[lang], site, placed, rng)
                fams = fams + TEMPLATE_FAMILIES.get(tpl, [])
            else:
                fun, mode = OLD_TEMPLATES[tpl]
                pages[art["id"]] = fun(art, UI25[lang], site, mp.body_html(art, placed, mode), rng)
            truth[art["id"]] = mp.truth_text(art["blocks"])
            meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)))
    return pages, truth, meta


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 25) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ru", "RU", "RUB",
             "full-story", "full-text"}


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
                       mp.RELATED_HEADLINES, [m.HEADLINES for m in EARLIER_MODULES if hasattr(m, "HEADLINES")],
                       [m.SITES for m in EARLIER_MODULES if hasattr(m, "SITES")], mp14.BLOG_SITES,
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
    # layouts: movabletype (new to the set) on one page, every other page on a different earlier layout
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
    # an earlier layout is not on a page in the language h24 gave it
    h24_langs = {a["tpl"]: a["lang"] for a in mp24.ARTICLES}
    problems.extend("%s: %s in %s, as in h24" % (a["id"], a["tpl"], a["lang"]) for a in ARTICLES
                    if h24_langs.get(a["tpl"]) == a["lang"])
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(en=9, tr=3, de=3, fr=3, es=3, ru=3):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = ["h25-en-%03d" % k for k in range(1, 10)] + ["h25-%s-%03d" % (x, k) for x in ("tr", "de", "fr", "es", "ru")
                                                        for k in range(1, 4)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # controls: two pages without residue (in two languages), one with a single correction line only
    if len({a["lang"] for a in ARTICLES if a.get("low") == 0 and a["tpl"] not in TEMPLATE_FAMILIES}) < 2:
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
    # the new families are new: in no earlier pool, family list or template family
    for mod in EARLIER_MODULES:
        problems.extend("family %s already in the pools of %s" % (f, mod.__name__) for f in NEW_FAMILIES
                        if f in getattr(mod, "R", {}) or f in getattr(mod, "FAMILIES", [])
                        or any(f in v for v in getattr(mod, "TEMPLATE_FAMILIES", {}).values()))
    problems.extend("family %s already in the first-round pools" % f for f in NEW_FAMILIES
                    if f in mp.RESIDUE or f in mp.FAMILIES)
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    old = old_strings()
    story_mods = [__import__(name) for name in STORY_MODULES]
    for fam, by_lang in R.items():
        for s in _strings(by_lang):
            problems.extend("h25 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
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
    mt_sites = [{k: v for k, v in d.items() if k not in MT_EXEMPT} for d in MT.values()]
    # (MT_CORE, the platform's own interface strings - "Permalink", "Main Index", "TrackBack URL for this entry:",
    # "Leave a comment", "Remember personal info?", "About this Entry", "Powered by Movable Type Pro" - is left as MT
    # ships it, like SPIP_CORE in h24: such words recur on any Movable Type site)
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("MT", mt_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, int):
                continue
            problems.extend("h25 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # new wrapper class names
    old_classes = set()
    for mod in EARLIER_MODULES[1:]:
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend("h25 class name %r used by an earlier part" % x
                    for x in sorted(_class_names([STYLES, TIKTOK_STYLE, CAPTION_STYLES, RELATED_STYLES]) & old_classes))
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
    the pages only (truth.json does not hold the h25 entries yet) and says so."""
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
              "(truth.json not checked: h25 is not merged by make_pages.py yet)")
        sys.exit(1 if bad else 0)
    hc.run(lambda: (pages, truth, meta), lambda p, t: [])


if __name__ == "__main__":
    main()
