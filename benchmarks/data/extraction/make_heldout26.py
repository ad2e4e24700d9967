#!/usr/bin/env python3
"""Twenty-sixth held-out part (h26-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout26.py           # write pages/h26-*.html
    python benchmarks/data/extraction/make_heldout26.py --check   # verify pages/h26-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout26.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results.  Stories are in articles_h26_en.py / articles_h26_intl.py; the
residue wordings (the forty generic families of the earlier parts plus three new ones: helpline / support-service
notices appended to stories on sensitive subjects, the furniture of embedded data charts – Datawrapper-style
source and "get the data" lines, "can't see the chart?" fallbacks – and grant / funding disclosures, including
the EU co-funding disclaimer), their wrapper class names, related headlines, site names, the sites' own strings
in the earlier layouts and the first-round furniture strings (menus, cookie banner, newsletter box, footer,
commenters) are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of
make_heldout2..25, nor their labels, furniture strings, headlines or site names; verify() refuses to build if one
is reused, if a "new" family is already in an earlier pool, family list or template family, if a story paragraph
or headline of an earlier part recurs, if a headline is also a story paragraph, or if a body is outside 150-400
words.  The three new families are not drawn at random: a page carries them where a real site would (the
"carry" field of a story): support lines under stories about a crisis line, exam stress, gambling addiction,
school bullying and loneliness; chart furniture in data stories; funding notes on grant-funded reporting.  Four
earlier families that need a reason in the story (wire end lines, "translated from" notes, "developing story"
notices, affiliate disclosures) are placed the same way; the other generic families are balanced over the part,
leaving out those a page's site would not print ("avoid", and the small-site / university / public-radio sets).
One page layout is new (plone: a news item of a German university's press office on Plone 6 Classic UI with the
Barceloneta theme, as such sites serve it – the head with the Plone generator tag, the Dublin Core meta tags,
canonical and search links and the ++plone++static / ++theme++barceloneta resources; body with Plone's
portal-type / section / template classes; the skip links, portal-anontools, the site logo, the livesearch box
with "nur im aktuellen Bereich", the Bootstrap offcanvas global navigation and the breadcrumbs; main#main-container
→ section#portal-column-content → article#content with its header (the hidden social-tags span, the h1, the
documentByLine with author, published and last-modified dates, the description), div#content-core with the
news item's lead image (figure.newsImageContainer with figcaption) and the rich-text field div#parent-fieldname-text
as TinyMCE saved it – bare <p>, <h2>, lists, blockquote, editor styles "discreet" and "callout" –, then the footer
viewlets: keywords ("Abgelegt unter:"), related items ("Verwandte Inhalte") and the document actions; the right
column with a static press-contact portlet, the news portlet and the events portlet; the portal footer with the
address, the site actions (Barrierefreiheit, Kontakt, Übersicht) and the "Powered by Plone & Python" colophon).
Plone's own German interface strings (PLONE_CORE) are the writer's reconstruction of how Plone's German
translations word them; they are left as the platform words them and not checked.
The other 23 pages use 23 different layouts of earlier parts with their markup helpers – wordpress, amp,
legacy-br, semantic (make_pages.py), liveblog, nextjs (make_heldout2.py), drupal, substack (make_heldout3.py),
gutenberg, fusion, chunks (make_heldout4.py), brightspot, wire (make_heldout5.py), quintype (make_heldout6.py),
sanity, k2 (make_heldout7.py), blox (make_heldout8.py), webflow (make_heldout10.py), hugo (make_heldout11.py),
joomla4 (make_heldout12.py), blogger (make_heldout14.py), tilda (make_heldout15.py) and weebly
(make_heldout18.py), none of them in the language h24 or h25 gave it; while a page is rendered, the earlier
modules' related headlines (HEADLINES, make_pages.RELATED_HEADLINES), the strings that belong to one site rather
than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves (make_heldout4.R
for the gutenberg consent placeholder and the fusion / chunks ad labels) are swapped for this part's own, and the
templates get this part's furniture strings (UI26) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout25.py, so that make_pages.py can import this module and merge it the same way.
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
from make_pages import E, A, UI  # noqa: E402
from articles_h26_en import ARTICLES as H26_EN  # noqa: E402
from articles_h26_intl import ARTICLES as H26_INTL  # noqa: E402

ARTICLES = H26_EN + H26_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25)

# handed out in page order to the pages without a fixed site (one per page; the wire page carries its agency)
SITES = {
    "en": ["Ferrowdale Observer", "Bramford Evening News", "Calderbridge Press", "Kettleby Vale Times",
           "The Netherby Clarion", "Haltby & Upper Swale News"],
    "tr": ["Kuzeykent Haber", "Dereboyu Gazetesi", "Yeşilova Postası"],
    "de": ["Nordstadt Rundschau Online"],
    "fr": ["Aure Hebdo", "Moselle Nord Matin"],
    "es": ["La Voz de Alcorá", "El Eco de Riberalta"],
    "ru": ["Озёрный край", "Зареченская неделя"],
}
# sites fixed per page (a public radio station on Brightspot, a local daily on BLOX, a data desk on Hugo, a
# university on Plone, a one-person newsletter on Substack, a neighbourhood association on Blogger, a local
# history club on Weebly) are given in the stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h25 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["To watch this clip from our video partner, you need to allow marketing cookies.",
               "This content needs your consent to cookies from a third party. Change your consent settings"],
        "tr": ["Video ortağımızın bu klibini izlemek için pazarlama çerezlerine izin vermeniz gerekiyor.",
               "Bu içerik, üçüncü taraf çerezlerine onay vermenizi gerektiriyor. Onay ayarlarınızı değiştirin"],
        "de": ["Um diesen Clip unseres Videopartners anzusehen, müssen Sie Marketing-Cookies zulassen.",
               "Für diesen Inhalt brauchen wir Ihre Zustimmung zu Cookies eines Drittanbieters. Zustimmung jetzt ändern"],
        "fr": ["Pour regarder cette séquence de notre partenaire vidéo, vous devez autoriser les cookies marketing.",
               "Ce contenu nécessite votre accord pour les cookies d'un tiers. Modifier mes choix de consentement"],
        "es": ["Para ver este clip de nuestro socio de vídeo, tienes que permitir las cookies de marketing.",
               "Este contenido necesita tu consentimiento para cookies de terceros. Cambiar mis ajustes de consentimiento"],
        "ru": ["Чтобы посмотреть этот ролик нашего видеопартнёра, разрешите маркетинговые cookie.",
               "Для этого блока нужно согласие на cookie стороннего сервиса. Изменить настройки согласия"],
    },
    "newsletter": {  # newsletter pitches, metered-paywall notes, donation appeals
        "en": ["Get the Morning Edition free: the five stories you need before 7am.",
               "Subscriber exclusive – you have 2 free articles left this month.",
               "Help keep this reporting free to read: make a one-off contribution today."],
        "tr": ["Sabah Baskısı bültenimiz ücretsiz: Saat 7'den önce bilmeniz gereken beş haber.",
               "Abonelere özel içerik – bu ay 2 ücretsiz haber hakkınız kaldı.",
               "Bu haberlerin ücretsiz kalmasına yardım edin: bugün tek seferlik bağış yapın."],
        "de": ["Die Morgenausgabe gratis: die fünf Nachrichten, die Sie vor 7 Uhr kennen sollten.",
               "Exklusiv für Abonnenten – in diesem Monat können Sie noch 2 Artikel frei lesen.",
               "Helfen Sie mit, diese Berichte frei zugänglich zu halten – mit einem einmaligen Beitrag."],
        "fr": ["Recevez gratuitement L'Édition du matin : les cinq infos à connaître avant 7 heures.",
               "Réservé aux abonnés – il vous reste 2 articles gratuits ce mois-ci.",
               "Aidez-nous à garder ces articles en accès libre : faites un don ponctuel aujourd'hui."],
        "es": ["Recibe gratis La Edición de la Mañana: las cinco noticias que necesitas antes de las 7.",
               "Exclusivo para suscriptores: te quedan 2 noticias gratis este mes.",
               "Ayúdanos a que esta información siga en abierto: haz hoy una aportación puntual."],
        "ru": ["«Утренний выпуск» бесплатно: пять новостей, которые нужно знать до 7 утра.",
               "Только для подписчиков — в этом месяце у вас осталось 2 бесплатных материала.",
               "Помогите сохранить эти материалы в открытом доступе: сделайте разовое пожертвование."],
    },
    "share": {
        "en": ["Send this article to someone who'd want to read it", "Share on Facebook · X · Messenger",
               "Follow {site} on Instagram for the day's local news"],
        "tr": ["Bu haberi okumak isteyecek birine gönderin", "Facebook · X · Messenger'da paylaşın",
               "Günün yerel haberleri için {site} hesabını Instagram'da takip edin"],
        "de": ["Schicken Sie diesen Artikel jemandem, den er interessiert", "Teilen auf Facebook · X · Messenger",
               "Folgen Sie {site} auf Instagram für die Lokalnachrichten des Tages"],
        "fr": ["Envoyez cet article à quelqu'un que ça intéressera", "Partager sur Facebook · X · Messenger",
               "Suivez {site} sur Instagram pour l'actu locale du jour"],
        "es": ["Envía esta noticia a alguien a quien le interese", "Compartir en Facebook · X · Messenger",
               "Sigue a {site} en Instagram para no perderte las noticias del día"],
        "ru": ["Отправьте этот материал тому, кому он будет интересен", "Поделиться: ВКонтакте · Одноклассники · Telegram",
               "Подписывайтесь на «{site}» в Telegram — там все новости дня"],
    },
    "photo": {
        "en": ["Photo submitted by the organisers", "Image: courtesy of the family", "Photograph: {site} staff"],
        "tr": ["Fotoğraf: kulüp tarafından sağlandı", "Görsel: ailenin izniyle kullanılmıştır"],
        "de": ["Foto: vom Verein zur Verfügung gestellt", "Bild: mit freundlicher Genehmigung der Familie"],
        "fr": ["Photo : fournie par le club", "Image : avec l'aimable autorisation de la famille"],
        "es": ["Foto: gentileza de la organización del evento", "Imagen: por cortesía de la familia"],
        "ru": ["Снимок предоставили организаторы мероприятия", "Фото из семейного архива, публикуется с разрешения"],
    },
    "copyright": {
        "en": ["Copyright 2026 {site}, all rights reserved – not to be republished without the publisher's written permission",
               "This article is protected by copyright. For syndication requests please contact {site}."],
        "tr": ["Telif hakkı 2026 {site} – yayıncının yazılı izni olmadan yeniden yayımlanamaz",
               "Bu haber telif hakkıyla korunmaktadır. İçerik kullanım talepleri için {site} ile görüşün."],
        "de": ["Copyright 2026 {site} – Nachdruck nur mit schriftlicher Genehmigung des Verlags",
               "Dieser Artikel ist urheberrechtlich geschützt. Lizenzanfragen richten Sie bitte an {site}."],
        "fr": ["Copyright 2026 {site} – reproduction interdite sans l'accord écrit de l'éditeur",
               "Cet article est protégé par le droit d'auteur. Pour toute demande de reprise, contactez {site}."],
        "es": ["Copyright 2026 {site} – prohibida su reproducción sin permiso por escrito del editor",
               "Esta noticia está protegida por derechos de autor. Para solicitudes de uso, escribe a {site}."],
        "ru": ["Copyright 2026 «{site}» – перепечатка только с письменного разрешения редакции",
               "Материал защищён авторским правом. По вопросам использования обращайтесь в «{site}»."],
    },
    "section": {  # ({section}: the story's section)
        "en": ["IN YOUR TOWN", "News › {section} › Latest", "{site} · Local desk"],
        "tr": ["ŞEHRİNİZDEN", "Haberler › {section} › Son dakika", "{site} · Yerel masa"],
        "de": ["IN IHRER STADT", "Nachrichten › {section} › Aktuell", "{site} · Lokaldesk"],
        "fr": ["DANS VOTRE VILLE", "Actualités › {section} › En ce moment", "{site} · Desk local"],
        "es": ["EN TU CIUDAD", "Noticias › {section} › Lo último", "{site} · Mesa local"],
        "ru": ["В ВАШЕМ ГОРОДЕ", "Новости › {section} › Свежее", "«{site}» · Городской отдел"],
    },
    "related": {
        "en": ["You may have missed", "More from {site} on this subject"],
        "tr": ["Aynı konuda önceki haberlerimiz", "{site} bu konuyu yazmaya devam ediyor"],
        "de": ["Frühere Artikel zum gleichen Thema", "Mehr von {site} zu diesem Thema"],
        "fr": ["Nos précédents articles sur le sujet", "{site} a aussi publié sur ce thème"],
        "es": ["Nuestras noticias anteriores sobre el tema", "Más de {site} sobre este tema"],
        "ru": ["Наши прошлые публикации по теме", "«{site}» уже писал об этом"],
    },
    "symbol": {"*": ["❀ ❀ ❀", "✜", "— ● —", "⬟ ⬟", "☆ ☆ ☆", "❁"]},
    "credit": {
        "en": ["Additional reporting by the {site} courts team",
               "This story includes reporting from our partners at the county news service"],
        "tr": ["Ek haber: {site} adliye muhabirleri", "Bu haberde il haber servisindeki ortaklarımızın katkısı vardır"],
        "de": ["Mitarbeit: das Gerichtsteam von {site}", "Dieser Bericht enthält Material unserer Partner vom regionalen Nachrichtendienst"],
        "fr": ["Avec la contribution du service justice de {site}",
               "Cet article intègre des informations de nos partenaires du service d'information départemental"],
        "es": ["Con información adicional del equipo de tribunales de {site}",
               "Esta noticia incluye información de nuestros socios de la agencia provincial"],
        "ru": ["При участии судебного отдела «{site}»", "В материале использованы данные наших партнёров из областной службы новостей"],
    },
    "ad": {
        "en": ["ADVERTISEMENT · Scroll to keep reading", "Promoted content from our advertisers"],
        "tr": ["REKLAM ALANI · Haber reklamın ardından sürüyor", "Reklam verenlerimizden tanıtım içeriği"],
        "de": ["WERBUNG · Nach der Anzeige geht es weiter", "Beworbene Inhalte unserer Werbekunden"],
        "fr": ["PUBLICITÉ · Faites défiler pour poursuivre", "Contenu promu par nos annonceurs"],
        "es": ["ANUNCIO · La información continúa tras la publicidad", "Contenido promocionado por nuestros anunciantes"],
        "ru": ["РЕКЛАМНЫЙ БЛОК · Материал продолжится ниже", "Продвигаемый материал наших рекламодателей"],
    },
    "continue": {
        "en": ["Load the rest of the article", "Show more ⌄"],
        "tr": ["Haberin devamını yükle", "Daha fazlasını göster ⌄"],
        "de": ["Hier weiterlesen ↓", "Den ganzen Beitrag zeigen"],
        "fr": ["Afficher le reste du texte", "En voir plus ⌄"],
        "es": ["Despliega el texto completo", "Ver más ⌄"],
        "ru": ["Загрузить продолжение материала", "Показать ещё ⌄"],
    },
    "comments": {
        "en": ["{n} comments · Have your say", "Jump to the comments ({n})"],
        "tr": ["{n} yorum var · Yorumunuzu ekleyin", "Yorumlara geçin ({n})"],
        "de": ["{n} Kommentare · Ihre Meinung zählt", "Direkt zu den Kommentaren ({n})"],
        "fr": ["{n} commentaires · Donnez votre avis", "Aller directement aux commentaires ({n})"],
        "es": ["{n} comentarios · Opina tú también", "Ir directamente a los comentarios ({n})"],
        "ru": ["{n} комментариев · Выскажитесь", "Комментарии читателей: {n} — читать"],
    },
    "readtime": {
        "en": ["Estimated reading time: {m} minutes", "Takes about {m} min to read"],
        "tr": ["Bu haberin okunması ortalama {m} dakika sürüyor", "Okuma: yaklaşık {m} dk."],
        "de": ["Diesen Artikel lesen Sie in etwa {m} Minuten", "Zum Lesen brauchen Sie rund {m} Minuten"],
        "fr": ["Durée de lecture estimée : {m} minutes", "Vous lirez cet article en {m} minutes environ"],
        "es": ["Leer esta noticia entera te llevará {m} minutos", "Lectura aproximada: {m} minutos"],
        "ru": ["Расчётное время чтения: {m} минуты", "Текст на {m} минуты"],
    },
    "updated": {
        "en": ["This article was updated on {d} at {t}", "Posted {d} · last modified {t}"],
        "tr": ["Bu haber {d} günü saat {t} itibarıyla güncellenmiştir", "Eklenme: {d} · son değişiklik: {t}"],
        "de": ["Dieser Artikel wurde am {d} um {t} Uhr zuletzt bearbeitet", "Eingestellt {d} · zuletzt geändert {t} Uhr"],
        "fr": ["Cet article a été mis à jour le {d} à {t}", "Mis en ligne le {d} · modifié à {t}"],
        "es": ["Esta noticia se actualizó el {d} a las {t}", "Subida el {d} · última modificación a las {t}"],
        "ru": ["Текст дополнен {d}, в {t}", "Размещено {d} · изменено в {t}"],
    },
    "audio": {
        "en": ["Listen to an audio reading of this article ({m} min)", "Listen to this article · automated voice"],
        "tr": ["Bu haberin sesli okumasını dinleyin ({m} dk)", "Haberi dinleyin · otomatik seslendirme"],
        "de": ["Hören Sie sich diesen Artikel an ({m} Min.)", "Artikel anhören · automatische Sprachausgabe"],
        "fr": ["Écoutez la lecture de cet article ({m} min)", "Écouter l'article · voix de synthèse"],
        "es": ["Escucha una lectura en audio de esta noticia ({m} min)", "Escuchar la noticia · voz sintética"],
        "ru": ["Послушать этот материал ({m} мин)", "Слушать материал · синтез речи"],
    },
    "correction": {
        "en": ["Correction: an earlier version of this article gave a councillor's name incorrectly; it has been corrected throughout."],
        "tr": ["Düzeltme: Haberin ilk halinde bir meclis üyesinin adı yanlış yazılmıştı. Hata için özür dileriz."],
        "de": ["Korrektur: In einer früheren Version dieses Artikels war der Name eines Ratsmitglieds falsch geschrieben; wir haben ihn im ganzen Text berichtigt."],
        "fr": ["Rectificatif : une première version de cet article écorchait le nom d'un conseiller municipal. Nous prions nos lecteurs de nous en excuser."],
        "es": ["Corrección: una versión anterior de esta noticia escribía mal el nombre de un concejal. Pedimos disculpas por el error."],
        "ru": ["Исправление: в первой версии материала была допущена ошибка в фамилии депутата. Приносим извинения."],
    },
    "wireend": {
        "en": ["--- end of wire copy ---", "(Compiled from agency reports by the {site} desk)"],
        "tr": ["--- ajans metni sona erdi ---", "(Ajans haberlerinden {site} masası tarafından derlenmiştir)"],
        "de": ["--- Ende des Agenturtextes ---", "(Aus Agenturmeldungen zusammengestellt von {site})"],
        "fr": ["--- fin du texte d'agence ---", "(Réalisé à partir de dépêches d'agences par la rédaction de {site})"],
        "es": ["--- fin del texto de agencia ---", "(Elaborada con información de agencias por la redacción de {site})"],
        "ru": ["--- конец сообщения агентства ---", "(Подготовлено редакцией «{site}» по сообщениям агентств)"],
    },
    "app": {
        "en": ["Read {site} on the go – get our app", "Our app: breaking news alerts, puzzles and the print edition"],
        "tr": ["{site} her yerde yanınızda – uygulamamızı indirin", "Uygulamamız: son dakika uyarıları, bulmacalar ve gazetenin baskısı"],
        "de": ["{site} für unterwegs – holen Sie sich unsere App", "Unsere App: Eilmeldungen, Rätsel und die gedruckte Ausgabe"],
        "fr": ["{site} partout avec vous – téléchargez notre appli", "Notre appli : alertes info, jeux et l'édition papier"],
        "es": ["{site} siempre contigo: descarga nuestra app", "Nuestra app: alertas de última hora, pasatiempos y la edición impresa"],
        "ru": ["«{site}» всегда под рукой — скачайте приложение", "В нашем приложении: срочные новости, кроссворды и печатный номер"],
    },
    "bio": {
        "en": ["{by} has reported for {site} since 2019 and covers councils and public services.",
               "More stories by {by} · Follow on X"],
        "tr": ["{by}, 2019'dan bu yana {site} için belediye ve kamu hizmetleri haberleri yapıyor.",
               "{by} imzalı diğer haberler · X'te takip et"],
        "de": ["{by} schreibt seit 2019 für {site} über Kommunalpolitik und öffentliche Dienste.",
               "Mehr Texte von {by} · auf X folgen"],
        "fr": ["{by} travaille pour {site} depuis 2019 et suit les collectivités et les services publics.",
               "Tous les articles de {by} · la suivre sur X"],
        "es": ["{by} escribe en {site} desde 2019 sobre ayuntamientos y servicios públicos.",
               "Más noticias de {by} · síguele en X"],
        "ru": ["{by} работает в «{site}» с 2019 года и пишет о местной власти и городских службах.",
               "Все материалы автора · подписаться в X"],
    },
    "tip": {
        "en": ["Know something we should report? Call the newsroom on 01632 960218 or email newsdesk@example.com",
               "Is there something we should look into? Tell us anonymously"],
        "tr": ["Haberleştirmemiz gereken bir şey mi biliyorsunuz? Haber merkezi: 0312 960 02 18, haber@example.com",
               "Üzerine gitmemiz gereken bir konu varsa bize isim vermeden yazın"],
        "de": ["Wissen Sie etwas, worüber wir berichten sollten? Redaktion: 0123 960218, redaktion@example.com",
               "Sollten wir einer Sache nachgehen? Sagen Sie es uns anonym"],
        "fr": ["Une info à nous signaler ? Contactez la rédaction au 01 60 96 02 18 ou à redaction@example.com",
               "Un sujet sur lequel nous devrions enquêter ? Dites-le-nous anonymement"],
        "es": ["¿Tienes una noticia? Contacta con la redacción en el 960 218 000 o en redaccion@example.com",
               "¿Hay algo que deberíamos investigar? Cuéntanoslo de forma anónima"],
        "ru": ["Знаете, о чём нам стоит написать? Звоните в редакцию: +7 900 960-02-18, news@example.com",
               "Есть тема для расследования? Расскажите нам анонимно"],
    },
    "typo": {
        "en": ["See a mistake? Select the words and press Ctrl+Enter.", "Report an error in this article with Ctrl+Enter"],
        "tr": ["Haberde bir yazım hatası gözünüze mi çarptı? İlgili yeri seçip Ctrl+Enter'a basmanız yeterli.", "Bu haberdeki bir hatayı Ctrl+Enter ile bildirin"],
        "de": ["Ist Ihnen ein Fehler aufgefallen? Einfach markieren und Strg+Enter drücken.", "Einen Fehler in diesem Artikel per Strg+Enter melden"],
        "fr": ["Vous avez repéré une faute ? Il suffit de la sélectionner et d'appuyer sur Ctrl+Entrée.", "Signaler une erreur dans cet article avec Ctrl+Entrée"],
        "es": ["¿Has detectado una errata en el texto? Basta con seleccionarla y pulsar Ctrl+Intro.", "Notifica un error en esta noticia con Ctrl+Intro"],
        "ru": ["Нашли опечатку в тексте? Просто выделите её и нажмите Ctrl+Enter.", "Сообщить об ошибке в материале — Ctrl+Enter"],
    },
    "push": {
        "en": ["{site} wants to show notifications: Allow | Block", "Never miss a story: switch on browser alerts"],
        "tr": ["{site} bildirim göstermek istiyor: İzin ver | Engelle", "Hiçbir haberi kaçırmayın: tarayıcı uyarılarını açın"],
        "de": ["{site} möchte Benachrichtigungen anzeigen: Zulassen | Blockieren", "Keine Nachricht mehr verpassen: Browser-Hinweise einschalten"],
        "fr": ["{site} souhaite afficher des notifications : Autoriser | Bloquer", "Ne manquez plus rien : activez les alertes du navigateur"],
        "es": ["{site} quiere mostrar notificaciones: Permitir | Bloquear", "No te pierdas nada: activa los avisos del navegador"],
        "ru": ["«{site}» запрашивает разрешение на уведомления: Разрешить | Блокировать", "Не пропускайте новости: включите оповещения в браузере"],
    },
    "ai": {
        "en": ["This article was edited with the help of an AI tool and reviewed by our editors.",
               "AI software was used to transcribe interviews for this story."],
        "tr": ["Bu haber bir yapay zekâ aracının yardımıyla düzenlendi ve editörlerimizce kontrol edildi.",
               "Bu haberdeki röportajların yazıya dökülmesinde yapay zekâ yazılımı kullanıldı."],
        "de": ["Dieser Artikel wurde mit Hilfe eines KI-Werkzeugs redigiert und von unserer Redaktion geprüft.",
               "Für die Abschrift der Interviews in diesem Artikel wurde KI-Software genutzt."],
        "fr": ["Cet article a été édité avec l'aide d'un outil d'IA et relu par notre rédaction.",
               "Un logiciel d'IA a servi à retranscrire les entretiens de cet article."],
        "es": ["Esta noticia se editó con ayuda de una herramienta de IA y la revisaron nuestros editores.",
               "Para transcribir las entrevistas de esta noticia se usó un programa de IA."],
        "ru": ["Материал отредактирован с помощью ИИ-инструмента и проверен нашими редакторами.",
               "Для расшифровки интервью в этом материале использовалась программа на основе ИИ."],
    },
    "affiliate": {
        "en": ["Links in this article may be affiliate links, and we may earn a commission if you buy something.",
               "Prices and availability were checked at the time of writing."],
        "tr": ["Bu haberdeki bağlantıların bazıları ortaklık bağlantısıdır; alışveriş yaparsanız komisyon alabiliriz.",
               "Fiyatlar ve stok durumu haberin yazıldığı sırada kontrol edilmiştir."],
        "de": ["Einige Links in diesem Artikel sind Affiliate-Links; bei einem Kauf erhalten wir unter Umständen eine Provision.",
               "Preise und Verfügbarkeit wurden zum Zeitpunkt des Schreibens geprüft."],
        "fr": ["Certains liens de cet article sont affiliés ; nous pouvons toucher une commission si vous achetez.",
               "Prix et disponibilité vérifiés au moment de la rédaction."],
        "es": ["Esta noticia contiene enlaces de afiliados. Podemos recibir una comisión si compras algo.",
               "Precios y disponibilidad comprobados en el momento de escribir."],
        "ru": ["Часть ссылок в материале — партнёрские: мы можем получить комиссию, если вы что-то купите.",
               "Цены и наличие проверены на момент публикации."],
    },
    "gift": {
        "en": ["Share this article for free – gift it to a friend", "Give free access to this story to someone else"],
        "tr": ["Bu haberi ücretsiz paylaşın – bir arkadaşınıza hediye edin", "Bu haberin kilidini başkası için açın"],
        "de": ["Diesen Artikel kostenlos teilen – einem Freund schenken", "Diesen Text für jemand anderen freischalten"],
        "fr": ["Partagez cet article gratuitement – offrez-le à un ami", "Débloquer cet article pour quelqu'un d'autre"],
        "es": ["Comparte gratis esta noticia: regálasela a un amigo", "Desbloquea esta noticia para otra persona"],
        "ru": ["Поделитесь материалом бесплатно — подарите его другу", "Открыть доступ к материалу для другого человека"],
    },
    "skip": {
        "en": ["Skip ad ›", "Return to the article"],
        "tr": ["Reklamı geç ›", "Habere geri dön"],
        "de": ["Werbung überspringen ›", "Zurück zum Artikel"],
        "fr": ["Passer l'annonce ›", "Revenir à l'article"],
        "es": ["Saltar anuncio ›", "Volver a la noticia"],
        "ru": ["Пропустить рекламу ›", "Вернуться к материалу"],
    },
    "print": {
        "en": ["Print · Email · Save as PDF", "Printer-friendly version"],
        "tr": ["Yazdır · E-posta · PDF olarak kaydet", "Yazdırmaya uygun görünüm"],
        "de": ["Drucken · Mailen · Als PDF speichern", "Druckfreundliche Version"],
        "fr": ["Imprimer · Envoyer · Enregistrer en PDF", "Mise en page pour l'impression"],
        "es": ["Imprimir · Enviar · Guardar como PDF", "Formato adecuado para imprimir"],
        "ru": ["Печать · Почта · Сохранить в PDF", "Удобная для печати версия"],
    },
    "translated": {
        "en": ["This article was translated from Irish.", "English version by the {site} newsroom"],
        "tr": ["Bu haber Zazacadan çevrilmiştir.", "Türkçe metin: {site} haber merkezi"],
        "de": ["Dieser Artikel wurde aus dem Friesischen übersetzt.", "Deutsche Fassung: Redaktion {site}"],
        "fr": ["Cet article a été traduit du basque.", "Version française : rédaction de {site}"],
        "es": ["Esta noticia se ha traducido del valenciano.", "Versión en castellano: redacción de {site}"],
        "ru": ["Материал переведён с башкирского языка.", "Русская версия — редакция «{site}»"],
    },
    "moderation": {
        "en": ["We read every comment before it appears. Abusive posts will be removed.", "Our commenting rules"],
        "tr": ["Her yorumu yayımlamadan önce okuyoruz. Hakaret içeren yorumlar silinir.", "Yorum yazma kurallarımız"],
        "de": ["Wir lesen jeden Kommentar vor der Freischaltung. Beleidigende Beiträge werden gelöscht.", "Unsere Regeln fürs Kommentieren"],
        "fr": ["Nous lisons chaque commentaire avant publication. Les propos injurieux seront supprimés.", "Nos règles pour commenter"],
        "es": ["Leemos cada comentario antes de publicarlo. Se borrarán los insultos.", "Nuestras reglas para comentar"],
        "ru": ["Мы читаем каждый комментарий перед публикацией. Оскорбления будут удалены.", "Наши правила для комментариев"],
    },
    "feedback": {
        "en": ["Your rating for this article: ★★★★★", "Did this story answer your questions? Let us know"],
        "tr": ["Bu habere puanınız: ★★★★★", "Bu haber sorularınızı yanıtladı mı? Bize söyleyin"],
        "de": ["Ihre Bewertung für diesen Artikel: ★★★★★", "Hat dieser Text Ihre Fragen beantwortet? Sagen Sie es uns"],
        "fr": ["Votre note pour cet article : ★★★★★", "Cet article a-t-il répondu à vos interrogations ? Dites-le-nous"],
        "es": ["Tu valoración de esta noticia: ★★★★★", "¿Ha resuelto esta noticia tus preguntas? Cuéntanoslo"],
        "ru": ["Ваша оценка материала: ★★★★★", "Нашли в материале ответы на свои вопросы? Напишите нам"],
    },
    "standards": {
        "en": ["{site} is regulated by IPSO. Find out how to make a complaint.", "Why you can trust {site}"],
        "tr": ["{site}, Basın Ahlak Esasları'na uyar. Şikâyet yolunu öğrenin.", "Neden {site} haberlerine güvenebilirsiniz?"],
        "de": ["{site} hat sich dem Deutschen Presserat verpflichtet. Hier erfahren Sie, wie Sie eine Beschwerde einreichen.", "Warum Sie {site} vertrauen können"],
        "fr": ["{site} est membre du Conseil de déontologie journalistique et de médiation (CDJM), que vous pouvez saisir directement.",
               "Pourquoi vous pouvez faire confiance à {site}"],
        "es": ["{site} se somete a la Comisión de Arbitraje, Quejas y Deontología. Cómo presentar una queja.",
               "Por qué puedes confiar en {site}"],
        "ru": ["«{site}» придерживается хартии телерадиовещателей и правил профессиональной этики. Как подать жалобу.",
               "Почему «{site}» можно доверять"],
    },
    "topics": {  # ({section}: the story's section)
        "en": ["Topics: {section}", "More on: {section} · {site}"],
        "tr": ["Konular: {section}", "Bu konuda daha fazlası: {section} · {site}"],
        "de": ["Themen: {section}", "Mehr zu: {section} · {site}"],
        "fr": ["Sujets : {section}", "Plus sur : {section} · {site}"],
        "es": ["Temas: {section}", "Más sobre: {section} · {site}"],
        "ru": ["Темы: {section}", "Ещё по теме: {section} · «{site}»"],
    },
    "bookmark": {
        "en": ["Pin this story to my list", "Save this story for later reading"],
        "tr": ["Bu haberi listeme sabitle", "Bu haberi daha sonra okumak üzere kaydet"],
        "de": ["Zu meiner Leseliste hinzufügen", "Diesen Artikel zum späteren Lesen merken"],
        "fr": ["Épingler dans ma liste", "Garder cet article pour le lire plus tard"],
        "es": ["Fijar en mi lista", "Guárdala para leerla luego"],
        "ru": ["Добавить в список для чтения", "Отложить материал, чтобы прочитать позже"],
    },
    "textsize": {
        "en": ["Text size: A− A A+", "Change the text size"],
        "tr": ["Metin boyutu: A A A", "Yazı boyutunu değiştir"],
        "de": ["Textgröße: A A A", "Schriftgröße ändern"],
        "fr": ["Taille du texte : A− A A+", "Changer la taille des caractères"],
        "es": ["Tamaño del texto: A A A", "Cambiar el tamaño de la letra"],
        "ru": ["Размер текста: А А А", "Изменить размер шрифта"],
    },
    "developing": {
        "en": ["This is a breaking news story and will be updated.", "Updates to follow."],
        "tr": ["Bu bir son dakika haberidir, güncellenecektir.", "Güncellemeler gelecek."],
        "de": ["Dies ist eine Eilmeldung, sie wird fortlaufend ergänzt.", "Aktualisierungen folgen."],
        "fr": ["Ceci est une information de dernière minute, elle sera mise à jour.", "Mises à jour à suivre."],
        "es": ["Esta es una noticia de última hora y se irá actualizando.", "Seguiremos informando."],
        "ru": ["Это срочная новость, она будет дополняться.", "Обновления следуют."],
    },
    "poll": {
        "en": ["Have your say: should the council go ahead? Yes / No / Not sure", "Thanks for voting · {n} readers have taken part"],
        "tr": ["Sizce belediye bu işe girişmeli mi? Evet / Hayır / Emin değilim", "Oy verdiğiniz için teşekkürler · {n} okur katıldı"],
        "de": ["Ihre Meinung: Soll die Stadt das durchziehen? Ja / Nein / Unentschlossen", "Danke fürs Abstimmen · {n} Leser haben teilgenommen"],
        "fr": ["À vous : la mairie doit-elle aller de l'avant ? Oui / Non / Je ne sais pas", "Merci d'avoir voté · {n} lecteurs ont participé"],
        "es": ["Tú decides: ¿debe seguir adelante el ayuntamiento? Sí / No / No lo tengo claro", "Gracias por votar · han participado {n} lectores"],
        "ru": ["Ваше мнение: стоит ли администрации это делать? Да / Нет / Не уверен", "Спасибо за голос · участвовали {n} читателей"],
    },
    "embed": {  # the fallback text of social-media embeds ({handle}: the site's account)
        "en": ["Posted by {site} on Facebook", "View this post on Threads", "See this on Bluesky (@{handle})"],
        "tr": ["{site} tarafından Facebook'ta paylaşıldı", "Bu gönderiyi Threads'te görüntüleyin", "Bunu Bluesky'da görün (@{handle})"],
        "de": ["Gepostet von {site} auf Facebook", "Diesen Beitrag auf Threads ansehen", "Auf Bluesky ansehen (@{handle})"],
        "fr": ["Publié par {site} sur Facebook", "Voir ce post sur Threads", "Voir sur Bluesky (@{handle})"],
        "es": ["Publicado por {site} en Facebook", "Ver esta publicación en Threads", "Verlo en Bluesky (@{handle})"],
        "ru": ["Опубликовано «{site}» во ВКонтакте", "Смотреть эту запись в Threads", "Открыть в Bluesky (@{handle})"],
    },
    "gallery": {  # photo-gallery launchers and counters ({g}: the number of pictures)
        "en": ["See all {g} pictures", "Slideshow: {g} images ›", "Picture 1/{g}"],
        "tr": ["{g} fotoğrafın tümünü görün", "Slayt gösterisi: {g} görsel ›", "Görsel 1/{g}"],
        "de": ["Alle {g} Bilder ansehen", "Diashow: {g} Fotos ›", "Foto 1/{g}"],
        "fr": ["Voir les {g} photos", "Diaporama de {g} images ›", "Image 1/{g}"],
        "es": ["Ver las {g} imágenes", "Pase de fotos: {g} imágenes ›", "Imagen 1/{g}"],
        "ru": ["Смотреть все {g} фото", "Слайд-шоу: {g} снимков ›", "Снимок 1/{g}"],
    },
    # the three families new in this part
    "helpline": {  # support-service notices appended to stories on sensitive subjects
        "en": ["If you have been affected by any of the issues in this story, you can call Samaritans free, day or night, on 116 123.",
               "If you or someone you know is in crisis, call or text 988 to reach the Suicide & Crisis Lifeline.",
               "Help and advice: details of organisations that can offer support are on our help page."],
        "tr": ["Bu haberdeki konular sizi etkilediyse, ALO 183 Sosyal Destek Hattı'nı 7 gün 24 saat ücretsiz arayabilirsiniz.",
               "Kendinizi kötü hissediyorsanız yalnız değilsiniz: Bir uzmana danışın ya da 112'yi arayın.",
               "Yardım ve destek: Başvurabileceğiniz kurumların listesi destek sayfamızda."],
        "de": ["Wenn Sie sich in einer schwierigen Lage befinden, finden Sie Hilfe bei der Telefonseelsorge, rund um die Uhr und kostenlos unter 0800 111 0 111.",
               "Sie brauchen Unterstützung? Hilfe bei Glücksspielsucht bietet das Infotelefon der BZgA unter 0800 1 37 27 00.",
               "Hilfe und Beratung: Eine Übersicht der Anlaufstellen finden Sie auf unserer Hilfeseite."],
        "fr": ["Si vous êtes victime ou témoin de harcèlement, appelez le 3018, numéro national gratuit et anonyme.",
               "Vous traversez une période difficile ? Le 3114, numéro national de prévention du suicide, répond jour et nuit.",
               "Besoin d'aide ? Retrouvez la liste des structures d'écoute sur notre page dédiée."],
        "es": ["Si estás pasando por un momento difícil, el Teléfono de la Esperanza atiende las 24 horas en el 717 003 717.",
               "Si tienes pensamientos suicidas, llama al 024, la línea de atención a la conducta suicida. Es gratuita y confidencial.",
               "Ayuda y orientación: consulta en nuestra página de apoyo los servicios a los que puedes acudir."],
        "ru": ["Если вам нужна поддержка, позвоните на бесплатный телефон доверия 8-800-2000-122. Звонок анонимный.",
               "Если вы или ваши близкие оказались в трудной ситуации, обратитесь за психологической помощью по номеру 051.",
               "Где получить помощь: список служб поддержки — на нашей специальной странице."],
    },
    "chart": {  # the furniture of embedded data charts: source / data lines, fallbacks, hints
        "en": ["Chart: {site} · Source: official statistics · Get the data · Created with Datawrapper",
               "Can't see the chart? Tap here to view it.", "Hover over the bars to see the exact figures"],
        "tr": ["Grafik: {site} · Kaynak: resmi istatistikler · Verileri indir · Datawrapper ile oluşturuldu",
               "Grafiği göremiyor musunuz? Görüntülemek için buraya dokunun.", "Tam rakamları görmek için çubukların üzerine gelin"],
        "de": ["Grafik: {site} · Quelle: amtliche Statistik · Daten herunterladen · Erstellt mit Datawrapper",
               "Sie sehen die Grafik nicht? Hier tippen, um sie anzuzeigen.", "Fahren Sie über die Balken, um die genauen Werte zu sehen"],
        "fr": ["Graphique : {site} · Source : statistiques officielles · Télécharger les données · Créé avec Datawrapper",
               "Le graphique ne s'affiche pas ? Touchez ici pour le voir.", "Survolez les barres pour voir les chiffres exacts"],
        "es": ["Gráfico: {site} · Fuente: estadísticas oficiales · Descargar los datos · Creado con Datawrapper",
               "¿No ves el gráfico? Toca aquí para verlo.", "Pasa el cursor por las barras para ver las cifras exactas"],
        "ru": ["График: «{site}» · Источник: официальная статистика · Скачать данные · Создано в Datawrapper",
               "Не видите график? Нажмите здесь, чтобы его открыть.", "Наведите курсор на столбцы, чтобы увидеть точные цифры"],
    },
    "funding": {  # grant / funding disclosures, the EU co-funding disclaimer
        "en": ["This article was produced with support from the Local News Trust, which had no say over its content.",
               "Our public-interest reporting is funded in part by a grant from the Fairer Futures Foundation.",
               "This story is part of a series co-funded by the European Union. Views and opinions expressed are those of the author only."],
        "tr": ["Bu haber, Yerel Gazetecilik Fonu'nun desteğiyle hazırlanmıştır; fon, içeriğe müdahale etmemiştir.",
               "Kamu yararına habercilik çalışmalarımız kısmen bir vakıf hibesiyle finanse edilmektedir.",
               "Bu yayın Avrupa Birliği'nin mali desteğiyle hazırlanmıştır. İçeriğin sorumluluğu tamamen {site} yayın ekibine aittir ve AB'nin görüşlerini yansıtmaz."],
        "de": ["Diese Recherche wurde von der Stiftung Lokaljournalismus gefördert, die keinen Einfluss auf den Inhalt hatte.",
               "Dieser Newsletter wird vom Förderprogramm für lokalen Journalismus des Landes unterstützt.",
               "Dieser Beitrag ist Teil einer von der Europäischen Union kofinanzierten Reihe. Die geäußerten Ansichten sind ausschließlich die der Autorinnen und Autoren."],
        "fr": ["Cet article a été réalisé avec le soutien du Fonds pour l'info locale, qui n'est pas intervenu sur son contenu.",
               "Nos enquêtes d'intérêt public sont en partie financées par une fondation.",
               "Cet article fait partie d'une série cofinancée par l'Union européenne. Les points de vue exprimés n'engagent que leurs auteurs."],
        "es": ["Este reportaje se ha realizado con el apoyo del Fondo de Periodismo Local, que no ha intervenido en su contenido.",
               "Nuestro periodismo de interés público se financia en parte con una beca de una fundación.",
               "Esta noticia forma parte de una serie cofinanciada por la Unión Europea. Las opiniones expresadas son únicamente de sus autores."],
        "ru": ["Проект реализуется при поддержке Фонда президентских грантов.",
               "Материал подготовлен при поддержке фонда «Местные новости»; фонд не влиял на содержание.",
               "Серия материалов выходит при грантовой поддержке. Мнение авторов может не совпадать с позицией грантодателя."],
    },
}
HEADLINES = {
    "en": ["Library to open on Sundays from September", "Pothole repairs fall behind schedule again",
           "Care home rated outstanding after surprise visit", "Town's last bank branch to close in May",
           "New crossing approved outside primary school", "Allotment society wins county show cup"],
    "tr": ["Kütüphane eylülden itibaren pazar günleri de açık", "Yol çukurları için onarım yine gecikti",
           "Huzurevi habersiz denetimden tam not aldı", "İlçedeki son banka şubesi mayısta kapanıyor",
           "İlkokulun önüne yaya geçidi yapılacak", "Bahçeciler derneği il fuarında birinci oldu"],
    "de": ["Stadtbibliothek öffnet ab September auch sonntags", "Schlaglochreparaturen erneut im Verzug",
           "Pflegeheim erhält nach unangemeldeter Prüfung Bestnote", "Letzte Bankfiliale im Ort schließt im Mai",
           "Neuer Zebrastreifen vor der Grundschule genehmigt", "Gartenverein gewinnt Pokal der Kreisschau"],
    "fr": ["La médiathèque ouvrira le dimanche dès septembre", "Nids-de-poule : les réparations encore en retard",
           "L'Ehpad salué après une inspection surprise", "La dernière agence bancaire du bourg fermera en mai",
           "Un passage piéton validé devant l'école primaire", "Les jardiniers remportent la coupe du comice"],
    "es": ["La biblioteca abrirá los domingos desde septiembre", "Los baches siguen sin arreglarse en plazo",
           "La residencia obtiene la máxima nota tras una inspección sorpresa", "Cierra en mayo la última sucursal bancaria del pueblo",
           "Aprobado un paso de peatones frente al colegio", "Los hortelanos ganan la copa de la feria comarcal"],
    "ru": ["Библиотека с сентября будет работать по воскресеньям", "Ямочный ремонт снова отстаёт от графика",
           "Дом престарелых получил высшую оценку после внезапной проверки", "Последнее отделение банка в посёлке закроется в мае",
           "У начальной школы появится новый пешеходный переход", "Садоводы взяли кубок районной выставки"],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the
# article: this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Breaking and latest", "News near you", "Police and court reports", "From the town hall", "Results and reports",
                    "Out and about this week", "The letters page", "Property and careers"],
               cookie="This website uses cookies to remember your settings, count visits and show adverts that suit your interests. You can accept them all or choose which ones we may use.",
               accept="Allow all cookies", reject="I'll choose myself", share="Tell others about this story",
               related="Also in the news today", newsletter="The Evening Round-up, free every weekday",
               subscribe="Send me the Round-up", email="reader@newsmail.example",
               comment_note="Sign in or create a free account to comment on this story.",
               footer=["Who we are in the newsroom", "Corrections and clarifications policy", "Manage my cookie preferences",
                       "Advertise with us today", "Website terms"],
               rights="No part of this website may be reproduced without permission.",
               commenters=[("bramford_lass", "Happened to my neighbour's car last month."),
                           ("P. Whitworth", "Good to see the figures laid out like this."),
                           ("old_stager_58", "They said the same thing ten years ago.")]),
    "tr": dict(nav=["Son başlıklar", "Yaşadığınız yer", "Asayiş ve adliye", "Belediye meclisinden", "Maç sonuçları ve raporlar",
                    "Bu hafta ne yapılır", "Okurlardan mektuplar"],
               cookie="Bu internet sitesi ayarlarınızı hatırlamak, ziyaretleri saymak ve ilgi alanlarınıza uygun reklamlar göstermek için çerez kullanır. Hepsini kabul edebilir ya da hangilerini kullanabileceğimizi seçebilirsiniz.",
               accept="Tüm çerezlere izin ver", reject="Kendim seçeyim", share="Bu haberi başkalarına anlatın",
               related="Bugün gündemde olanlar", newsletter="Akşam Derlemesi, hafta içi her gün ücretsiz",
               subscribe="Derlemeyi bana gönderin", email="ad@ornek.example",
               comment_note="Bu habere yorum yazmak için giriş yapın ya da ücretsiz hesap açın.",
               footer=["Haber merkezimiz", "Düzeltme ve açıklama ilkeleri", "Çerez tercihlerimi yönet", "Bizimle reklam verin",
                       "Site kullanım şartları"],
               rights="Bu sitenin hiçbir bölümü izinsiz çoğaltılamaz.",
               commenters=[("kuzeykentli_nur", "Bizim sokakta hâlâ kimse kar küremedi."),
                           ("Ahmet K.", "Başvuru için son tarih ne zaman, bilen var mı?")]),
    "de": dict(nav=["Die neuesten Meldungen", "Wo Sie wohnen", "Blaulicht und Gericht", "Aus dem Stadtrat", "Spielberichte vom Wochenende",
                    "Was diese Woche los ist", "Post von unseren Lesern"],
               cookie="Diese Website verwendet Cookies, um Ihre Einstellungen zu speichern, Besuche zu zählen und Werbung passend zu Ihren Interessen anzuzeigen. Sie können alle akzeptieren oder selbst auswählen, welche wir nutzen dürfen.",
               accept="Alle Cookies erlauben", reject="Ich wähle selbst", share="Erzählen Sie anderen davon",
               related="Heute ebenfalls in den Nachrichten", newsletter="Der Abendüberblick, werktags kostenlos",
               subscribe="Abendüberblick bestellen", email="name@beispiel.example",
               comment_note="Melden Sie sich an oder legen Sie ein kostenloses Konto an, um diesen Artikel zu kommentieren.",
               footer=["Die Redaktion stellt sich vor", "Grundsätze für Korrekturen", "Meine Cookie-Auswahl verwalten",
                       "Werben Sie bei uns", "Nutzungsbedingungen der Website"],
               rights="Kein Teil dieser Website darf ohne Erlaubnis vervielfältigt werden.",
               commenters=[("nordstaedterin", "Endlich! Das hat viel zu lange gedauert."),
                           ("Jürgen B.", "Gibt es auch Termine am Wochenende?")]),
    "fr": dict(nav=["Les derniers titres", "Dans les communes voisines", "Police, justice, secours", "Du côté de la mairie",
                    "Comptes rendus de matchs", "Les sorties de la semaine", "Le courrier des lecteurs"],
               cookie="Ce site utilise des cookies pour mémoriser vos réglages, compter les visites et afficher des publicités adaptées à vos centres d'intérêt. Vous pouvez tous les accepter ou choisir ceux que nous pouvons utiliser.",
               accept="Autoriser tous les cookies", reject="Choisir moi-même", share="Parlez-en autour de vous",
               related="Aussi dans l'actualité du jour", newsletter="Le Récap du soir, gratuit en semaine",
               subscribe="Recevoir le Récap", email="prenom.nom@exemple.example",
               comment_note="Connectez-vous ou créez un compte gratuit pour commenter cet article.",
               footer=["La rédaction se présente", "Notre politique de rectification", "Gérer mes préférences de cookies",
                       "Devenir annonceur sur le site", "Conditions d'utilisation du site"],
               rights="Aucune partie de ce site ne peut être reproduite sans autorisation.",
               commenters=[("mamie_de_l_aure", "Bravo à ces jeunes, il en faudrait partout."),
                           ("Thierry L.", "Et pour les lycées, rien de prévu ?")]),
    "es": dict(nav=["Últimos titulares", "Donde vives", "Sucesos y juzgados de la comarca", "Lo que pasa en el pleno",
                    "Crónicas del fin de semana", "Planes para esta semana", "El buzón de los lectores"],
               cookie="Esta web usa cookies para recordar tus ajustes, contar las visitas y mostrarte publicidad acorde con tus intereses. Puedes aceptarlas todas o elegir cuáles podemos usar.",
               accept="Permitir todas las cookies", reject="Elegir yo mismo", share="Cuéntaselo a otros",
               related="También hoy en la actualidad", newsletter="El Resumen de la Noche, gratis de lunes a viernes",
               subscribe="Quiero el Resumen", email="nombre@ejemplo.example",
               comment_note="Inicia sesión o crea una cuenta gratuita para comentar esta noticia.",
               footer=["Conoce a la redacción", "Nuestra política de correcciones", "Gestionar mis preferencias de cookies",
                       "Publicidad en este periódico", "Condiciones de uso de la página"],
               rights="No se puede reproducir ninguna parte de esta web sin permiso.",
               commenters=[("vecina_de_alcora", "Mi madre está en el programa y está encantada."),
                           ("Paco M.", "¡Enhorabuena, chicas! Nos vemos en la grada.")]),
    "ru": dict(nav=["Новости часа", "Там, где вы живёте", "Криминал и суды", "Что решили депутаты",
                    "Итоги спортивной недели", "Куда сходить на неделе", "Письма в редакцию от читателей"],
               cookie="Этот сайт использует cookie, чтобы запоминать ваши настройки, считать посещения и показывать рекламу по вашим интересам. Вы можете принять все или выбрать, какие нам можно использовать.",
               accept="Разрешить все cookie", reject="Выберу сам, какие cookie разрешить", share="Поделитесь материалом с друзьями",
               related="Также сегодня в новостях", newsletter="«Вечерняя сводка» — бесплатно по будням",
               subscribe="Получать сводку", email="imya@primer.example",
               comment_note="Войдите или создайте бесплатный аккаунт, чтобы прокомментировать материал.",
               footer=["Знакомьтесь: редакция", "Исправления в наших материалах", "Управлять настройками cookie",
                       "Разместить рекламу на сайте", "Пользовательское соглашение сайта"],
               rights="Никакая часть этого сайта не может быть воспроизведена без разрешения.",
               commenters=[("ozerchanka", "У нас в Каменке так и есть, по часу ждём."),
                           ("Виктор С.", "Спасибо, что считаете и пишете об этом.")]),
}
UI26 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp2, "LIVE"): {"tr": dict(share="Bu gelişmeyi ilet", posted="Gelişmeyi giren: {name}", pinned="En üste sabitlendi",
                               newer="2 yeni gelişmeyi göster")},
    (mp2, "LIVE_AUTHORS"): {"tr": ["Gökhan Ertürk", "Zeynep Kılınç"]},
    (mp4, "READMORE"): {"fr": "À LIRE AUSSI SUR CE SUJET :"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp5, "BRIGHT"): {"en": dict(listen="Hear this story", promo="KEEP READING: RELATED", more="More from the Prairie Line newsroom")},
    (mp5, "WIRE"): {"fr": dict(agency="Agence Presse Sud-Est", credit="{reporter}/{editor}/APSE",
                               ends=["/APSE/ – FIN", "(fin du texte)"], priority="Urgence", routine="Ordinaire",
                               words="Longueur (mots)", desk="Pôle", nav=["Fil APSE", "Photothèque", "Vidéothèque",
                                                                          "Agenda prévisionnel", "Espace abonnés"],
                               notice="Dépêches réservées aux clients de l'APSE. Toute diffusion hors contrat est interdite.",
                               related="Dépêches précédentes sur ce sujet", keywords="Thèmes")},
    (mp6, "QT"): {"en": dict(also="Also on this story")},
    (mp7, "SANITY"): {"en": dict(nl_title="The Calderbridge Briefing",
                                 nl_text="The stories that matter in the city, in your inbox before breakfast on weekdays.",
                                 nl_button="Get the Briefing", nl_placeholder="Your email for the Briefing")},
    (mp8, "BLOX"): {"en": dict(ad="Advertisement · Courier partners")},
    (mp10, "WEBFLOW"): {"de": dict(cc_text="Wir setzen Cookies ein, um die Nutzung dieser Seite zu messen. Sie können Ihre Wahl jederzeit über den Link im Seitenfuß ändern.",
                                   cc_prefs="Cookies auswählen", cc_deny="Ablehnen, bitte", cc_allow="Ja, einverstanden",
                                   back="← Zurück zu allen Berichten", by="Text", published="Online seit",
                                   mc_title="Der Nordstadt-Brief jeden Dienstag", mc_email="Ihre E-Mail für den Nordstadt-Brief",
                                   mc_button="Brief abonnieren", share="Beitrag weiterleiten",
                                   more="Weitere Berichte aus der Nordstadt")},
    (mp11, "HUGO"): {"en": dict(nl_title="Route Sheet counts by email",
                                nl_text="A short note whenever we publish new counts. Never more than twice a month.",
                                nl_label="Email address for the counts", nl_button="Send me the counts")},
    (mp12, "JOOMLA"): {"tr": dict(latest="İlçe eğitiminden son haberler", popular="Bu ay en çok okunan haberler", field="İlçe:",
                                  posts="Okul haberleri")},
    (mp12, "PLACES"): {"h26-tr-003": "Yeşilova"},
    (mp14, "BLOGGER"): {"es": dict(follow="Recibe «La Hoja» y las novedades del barrio en tu correo:",
                                   follow_ph="Tu dirección de correo, por favor", follow_btn="Quiero recibir La Hoja",
                                   desc="Blog de la Asociación Vecinal San Lázaro: avisos, actividades y «La Hoja».",
                                   bio="Socio de la asociación y coordinador de «La Hoja».",
                                   comments=[("Maribel", "¡Qué alegría! Mi padre la guardaba todos los meses."),
                                             ("Carmen V.", "Yo me ofrezco para repartir en la calle del Pozo.")])},
    (mp15, "TILDA"): {"ru": dict(nav=["Главное в районе", "Сёла и посёлки", "Расследования", "Написать в «Озёрный край»"],
                                 by="Текст и фото:", sub_title="Письмо «Озёрного края»",
                                 sub_text="Раз в неделю — самое важное о районе и наших расследованиях.",
                                 ph="Ваш e-mail для письма", button="Хочу получать письмо",
                                 ok="Спасибо, вы подписаны. Проверьте почту.", share="Переслать знакомым",
                                 back="← К списку материалов", about="Независимое издание Верхнеозёрского района с 2021 года.",
                                 cookie="Мы используем cookie для статистики и работы формы подписки.", cookie_ok="Хорошо, закрыть")},
    (mp18, "WEEBLY"): {"ru": dict(nav=["О нашем клубе краеведов", "Выставки клуба", "Фотоархив города", "Записи клуба", "Адрес и время встреч"],
                                  footer="Краеведческий клуб «Старый Берёзовск» · улица Соборная, 14, библиотека, 2-й этаж · встречи по четвергам в 18:00",
                                  form_text="Пишем только о новых выставках и встречах клуба.",
                                  form_title="Новости клуба на вашу почту", form_button="Получать новости клуба",
                                  bio="Николай Воронцов — руководитель клуба, учитель истории на пенсии.",
                                  cats=["Выставки", "Фотоархив"],
                                  commenters=[("Тамара Ильинична", "Принесу мамины фотографии с демонстрации 1961 года."),
                                              ("Сергей_Берёзовский", "А плотину на каком году снимали? У деда есть похожая карточка.")],
                                  free=True, heads="strong", tld="ru", country="RU", currency="RUB")},
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
# the new layout: a news item on Plone 6 Classic UI with the Barceloneta theme
# --------------------------------------------------------------------------
# the platform's own interface strings in German, as Plone's German translations word them: the skip links,
# "Anmelden", the search box ("Website durchsuchen", "nur im aktuellen Bereich", "Suche"), the navigation and
# breadcrumb labels, "Sie sind hier:", "Startseite", the byline ("von", "veröffentlicht", "zuletzt verändert"), the
# keywords viewlet ("Abgelegt unter:"), the related-items viewlet ("Verwandte Inhalte"), the document actions
# ("Artikelaktionen", "Drucken"), the news and events portlets ("Nachrichten", "Weitere Nachrichten…", "Termine",
# "Kommende Termine…"), the site actions ("Barrierefreiheit", "Kontakt", "Übersicht"), the colophon and the
# Dublin Core type name of a news item
PLONE_CORE = {
    "de": dict(skip_content="Zum Inhalt springen", skip_nav="Zur Navigation springen", skip_footer="Zur Fußzeile springen",
               login="Anmelden", search_site="Website durchsuchen", section_only="nur im aktuellen Bereich", search="Suche",
               nav_label="Hauptmenü", toggle="Navigation ein-/ausblenden", close="Schließen", crumbs_label="Brotkrumen",
               here="Sie sind hier:", home="Startseite", by="von", published="veröffentlicht",
               modified="zuletzt verändert", filed="Abgelegt unter:", related="Verwandte Inhalte",
               actions="Artikelaktionen", print_="Drucken", news="Nachrichten", more_news="Weitere Nachrichten…",
               events="Termine", more_events="Kommende Termine…", accessibility="Barrierefreiheit", contact="Kontakt",
               sitemap="Übersicht", powered="Powered by Plone & Python",
               powered_title="Diese Website wurde mit dem Open-Source-CMS Plone erstellt.", dc_type="Nachricht"),
}
# the university's own strings: host, site id and title, the logo's alt text, the top navigation, the path of the
# press folder, the language link, the item's keywords and related items, the press-contact portlet, the news and
# events portlets' entries, the footer address and links, and the ids / hashes of the objects
PLONE = {
    "de": dict(domain="www.uni-kaltenbrunn.example", site_id="uni",
               logo_alt="Universität Kaltenbrunn – zur Startseite",
               nav=["Studium und Lehre", "Forschung an der Universität", "Die Universität", "Presse und Medien",
                    "Internationales Büro", "Karriere an der Universität"],
               press_nav="Presse und Medien", folder=("presse", "pressemitteilungen"),
               folder_titles=("Presse und Medien", "Pressemitteilungen"), lang_link=("English", "en"),
               keywords=["Datenschutz im Netz", "Fakultät für Informatik", "Nutzerstudien"],
               related=["Informatikerinnen entwickeln Werkzeug gegen versteckte Tracker",
                        "Ringvorlesung: Wem gehören meine Daten?"],
               contact_title="Pressekontakt",
               contact=["Jana Lorenz, Stabsstelle Kommunikation", "Schlossplatz 2, Raum 114", "Telefon 0123 555-2040",
                        "presse@uni-kaltenbrunn.example"],
               news=[("Neues Hörsaalzentrum am Campus Süd eröffnet", "09.03.2026"),
                     ("Forschungspreis für Arbeit über Moorböden", "05.03.2026"),
                     ("Universität verlängert Partnerschaft mit Krakau", "02.03.2026")],
               events=[("Tag der offenen Labore", "21.03.2026"), ("Vortrag: Wasser im Klimawandel", "26.03.2026")],
               address="Universität Kaltenbrunn · Schlossplatz 2 · 79999 Kaltenbrunn · Telefon 0123 555-0",
               footer_links=["Impressum der Universität", "Hinweise zum Datenschutz", "Erklärung zur Barrierefreiheit der Website"],
               uid_seed=7),
}
PLONE_EXEMPT = {"domain", "site_id", "folder", "lang_link", "uid_seed"}


def plone_id(s, k=50):
    """Plone's id for a title: lower case, umlauts spelled out, other characters as hyphens, at most k characters."""
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("„", ""), ("“", "")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:k].rstrip("-")


def plone_block(kind, val):
    """One block of the rich-text field as Plone's TinyMCE saves it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


PLAIN_SMALL = re.compile(r"^<p><small>(.*)</small></p>$", re.S)
PLAIN_BOLD = re.compile(r"^<p><b>(.*)</b></p>$", re.S)


def plone_text(art, placed, rng):
    """div#parent-fieldname-text: the story, with residue where the editor put it; lines the editor formatted
    with TinyMCE's own styles come out as Plone writes them (p.discreet for small print, p.callout for a
    highlighted line)."""
    out, n = [], len(art["blocks"])
    for i in range(n + 1):
        for x in placed.get(i, []):
            m, b = PLAIN_SMALL.match(x), PLAIN_BOLD.match(x)
            if m:
                x = '<p class="discreet">%s</p>' % m.group(1)
            elif b and rng.random() < 0.5:
                x = '<p class="callout"><strong>%s</strong></p>' % b.group(1)
            out.append(x)
        if i < n:
            out.append(plone_block(*art["blocks"][i]))
    out.append("<p>&nbsp;</p>")  # the empty line TinyMCE leaves at the end
    return "\n".join(out)


def tpl_plone(art, ui, site, placed, rng):
    # a news item of a German university's press office on Plone 6 Classic UI, as the site serves it (see the
    # module docstring for the parts)
    c, s = PLONE_CORE["de"], PLONE["de"]
    host = "https://" + s["domain"]
    y = art["date"][:4]
    folder = "%s/%s/%s/%s" % (host, s["folder"][0], s["folder"][1], y)
    oid = plone_id(art["title"])
    url = "%s/%s" % (folder, oid)
    h1, m1 = rng.randint(8, 11), rng.randint(0, 59)
    h2, m2 = h1 + rng.randint(1, 5), rng.randint(0, 59)
    d = fmt_date("de", art["date"])
    iso = "%sT%02d:%02d:00+01:00" % (art["date"], h1, m1)
    iso_mod = "%sT%02d:%02d:00+01:00" % (art["date"], h2, m2)
    img = "%032x" % rng.randint(0, 16**32 - 1)
    ts = rng.randint(1700000000, 1780000000)
    uid = lambda: "%032x" % rng.randint(0, 16**32 - 1)  # noqa: E731
    author = plone_id(art["byline"], 30)
    text = plone_text(art, placed, rng)
    sec_class = "section-%s subsection-%s subsection-%s-%s subsection-%s-%s-%s" % (
        s["folder"][0], s["folder"][1], s["folder"][1], y, s["folder"][1], y, oid)
    nav = "\n".join(
        '<li class="%s nav-item%s"><a href="%s/%s" class="state-published nav-link"%s>%s</a></li>' % (
            plone_id(x, 20), " inPath" if x == s["press_nav"] else "", host, plone_id(x, 30),
            ' aria-current="page"' if x == s["press_nav"] else "", E(x)) for x in s["nav"])
    nav = ('<li class="index_html nav-item"><a href="%s" class="state-None nav-link">%s</a></li>\n' % (host, E(c["home"]))) + nav
    crumbs = ('<li class="breadcrumb-item"><a href="{h}">{home}</a></li>\n'
              '<li class="breadcrumb-item"><a href="{h}/{f0}">{t0}</a></li>\n'
              '<li class="breadcrumb-item"><a href="{h}/{f0}/{f1}">{t1}</a></li>\n'
              '<li class="breadcrumb-item"><a href="{h}/{f0}/{f1}/{y}">{y}</a></li>\n'
              '<li class="breadcrumb-item active" aria-current="page">{t}</li>').format(
        h=host, home=E(c["home"]), f0=s["folder"][0], f1=s["folder"][1], t0=E(s["folder_titles"][0]),
        t1=E(s["folder_titles"][1]), y=y, t=E(art["title"]))
    keywords = "\n".join(
        '<a class="badge rounded-pill text-bg-secondary link-category" rel="tag" href="%s/@@search?Subject%%3Alist=%s">%s</a>' % (
            host, E(k).replace(" ", "%20"), E(k)) for k in s["keywords"])
    related = "\n".join(
        '<li class="list-group-item"><a href="%s/%s" class="contenttype-news-item state-published url" title="%s">%s</a></li>' % (
            folder, plone_id(t), A(t), E(t)) for t in s["related"])
    news = "\n".join(
        '<li class="portletItem %s"><a href="%s/%s" class="tile contenttype-news-item state-published" title="%s">%s<span class="portletItemDetails">%s</span></a></li>' % (
            "odd" if k % 2 == 0 else "even", folder, plone_id(t), A(t), E(t), dt) for k, (t, dt) in enumerate(s["news"]))
    events = "\n".join(
        '<li class="portletItem %s"><a href="%s/veranstaltungen/%s" class="tile contenttype-event state-published" title="%s">%s<span class="portletItemDetails"><time class="datetime">%s</time></span></a></li>' % (
            "odd" if k % 2 == 0 else "even", host, plone_id(t), A(t), E(t), dt) for k, (t, dt) in enumerate(s["events"]))
    contact = "<br />\n".join(E(x) if "@" not in x else '<a href="mailto:%s">%s</a>' % (A(x), E(x)) for x in s["contact"])
    footer_links = "\n".join('<li class="portletItem"><a href="%s/%s">%s</a></li>' % (host, plone_id(x, 30), E(x))
                             for x in s["footer_links"])
    cap = "%s %s" % (art["caption"], art["credit"])
    return f'''<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="de" xml:lang="de">
<head>
<meta charset="utf-8" />
<meta name="twitter:card" content="summary_large_image" />
<meta property="og:site_name" content="{A(site)}" />
<meta property="og:title" content="{A(art["title"])}" />
<meta property="og:type" content="website" />
<meta property="og:description" content="{A(art["sub"])}" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{url}/@@images/image-1200-{img}.jpeg" />
<meta name="DC.description" content="{A(art["sub"])}" />
<meta name="description" content="{A(art["sub"])}" />
<meta name="DC.date.created" content="{iso}" />
<meta name="DC.date.modified" content="{iso_mod}" />
<meta name="DC.type" content="{A(c["dc_type"])}" />
<meta name="DC.format" content="text/plain" />
<meta name="DC.language" content="de" />
<meta name="DC.date.valid_range" content="{art["date"].replace("-", "/")} - " />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="generator" content="Plone - https://plone.org/" />
<link rel="canonical" href="{url}" />
<link rel="preload icon" type="image/vnd.microsoft.icon" href="{host}/favicon.ico?name=favicon.ico" />
<link rel="mask-icon" href="{host}/favicon.ico?name=favicon.ico" />
<link href="{host}/@@search" rel="search" title="{A(c["search_site"])}" />
<link href="{host}/++plone++static/plone-fontello-compiled.css?t={ts}" media="all" rel="stylesheet" type="text/css" />
<link href="{host}/++plone++static/plone-glyphicons-compiled.css?t={ts}" media="all" rel="stylesheet" type="text/css" />
<link href="{host}/++theme++barceloneta/css/barceloneta.min.css" rel="stylesheet" />
<link href="{host}/++theme++barceloneta/css/custom.css?t={ts}" rel="stylesheet" />
<script data-bundle="plone" integrity="sha384-{img[:32]}" src="{host}/++plone++static/bundle-plone/bundle.min.js?t={ts}"></script>
<title>{E(art["title"])} — {E(site)}</title>
</head>
<body class="col-content col-two frontend icons-on navigation-theme-navigation_default portaltype-news-item {sec_class} site-{s["site_id"]} template-newsitem_view thumbs-on userrole-anonymous viewpermission-view" dir="ltr" id="visual-portal-wrapper" data-base-url="{url}" data-view-url="{url}" data-portal-url="{host}" data-i18ncatalogurl="{host}/plonejsi18n" data-pat-pickadate='{{"date": {{"selectYears": 200}}, "time": {{"interval": 5 }} }}' data-pat-plone-modal='{{"actionOptions": {{"displayInModal": false}}}}'>
<div class="outer-wrapper flex-shrink-0">
<header class="container d-flex pt-3 flex-column justify-content-between align-items-lg-start flex-lg-row" id="content-header">
<div class="mb-3 d-flex justify-content-end" id="portal-top">
<div id="skiplinks" role="complementary">
<a class="visually-hidden-focusable" href="#content">{E(c["skip_content"])}</a>
<a class="visually-hidden-focusable" href="#portal-navigation">{E(c["skip_nav"])}</a>
<a class="visually-hidden-focusable" href="#portal-footer-wrapper">{E(c["skip_footer"])}</a>
</div>
<div id="portal-anontools">
<ul class="list-inline">
<li class="list-inline-item"><a href="{host}/{s["lang_link"][1]}" hreflang="{s["lang_link"][1]}" lang="{s["lang_link"][1]}">{E(s["lang_link"][0])}</a></li>
<li class="list-inline-item"><a class="pat-plone-modal" href="{url}/login" id="personaltools-login" data-pat-plone-modal='{{"title": "{A(c["login"])}", "width": "26em", "actionOptions": {{"redirectOnResponse": true}}}}'>{E(c["login"])}</a></li>
</ul>
</div>
</div>
<div class="mb-3" id="portal-logo-wrapper">
<a href="{host}" id="portal-logo" title="{A(site)}"><img alt="{A(s["logo_alt"])}" src="{host}/@@site-logo/logo.svg" title="{A(site)}" /></a>
</div>
<div class="mb-3" id="portal-searchbox">
<form action="{host}/@@search" class="d-flex pat-livesearch show_images" data-pat-livesearch="ajaxUrl:{host}/@@ajax-search" id="searchGadget_form" role="search">
<label class="hiddenStructure" for="searchGadget">{E(c["search_site"])}</label>
<div class="form-floating me-2">
<input class="searchField form-control me-2" id="searchGadget" name="SearchableText" placeholder="{A(c["search_site"])}" size="18" title="{A(c["search_site"])}" type="text" />
<label for="searchGadget">{E(c["search_site"])}</label>
</div>
<div class="searchSection">
<input class="noborder form-check-input" id="searchbox_currentfolder_only" name="path" type="checkbox" value="/{s["site_id"]}/{s["folder"][0]}/{s["folder"][1]}" />
<label for="searchbox_currentfolder_only" style="cursor: pointer">{E(c["section_only"])}</label>
</div>
<button class="searchButton btn btn-outline-light" type="submit">{E(c["search"])}</button>
</form>
</div>
</header>
<div id="mainnavigation-wrapper">
<div id="mainnavigation">
<nav aria-label="{A(c["nav_label"])}" class="navbar navbar-expand-lg navbar-barceloneta pat-navigationmarker" id="portal-navbar">
<div class="container">
<button aria-controls="offcanvasNavbar" aria-label="{A(c["toggle"])}" class="navbar-toggler" data-bs-target="#offcanvasNavbar" data-bs-toggle="offcanvas" type="button"><span class="navbar-toggler-icon"></span></button>
<div aria-labelledby="offcanvasNavbar" class="offcanvas offcanvas-end" id="offcanvasNavbar" tabindex="-1">
<div class="offcanvas-header justify-content-end"><button aria-label="{A(c["close"])}" class="btn-close btn-close-white text-reset" data-bs-dismiss="offcanvas" type="button"></button></div>
<div class="offcanvas-body align-items-center">
<ul class="navbar-nav me-auto" id="portal-globalnav">
{nav}
</ul>
</div>
</div>
</div>
</nav>
</div>
</div>
<div class="principal" id="above-content-wrapper">
<div id="viewlet-above-content">
<nav aria-label="{A(c["crumbs_label"])}" id="portal-breadcrumbs">
<div class="container">
<span class="visually-hidden" id="breadcrumbs-you-are-here">{E(c["here"])}</span>
<ol aria-labelledby="breadcrumbs-you-are-here" class="breadcrumb">
{crumbs}
</ol>
</div>
</nav>
</div>
</div>
<div class="container">
<div class="row"><aside class="col-12" id="global_statusmessage"></aside></div>
<main class="row" id="main-container">
<section class="col-12 col-lg-9" id="portal-column-content">
<article id="content">
<header>
<div id="viewlet-above-content-title">
<span id="social-tags-body" itemscope="" itemtype="http://schema.org/WebPage" style="display: none">
<span itemprop="name">{E(art["title"])}</span>
<span itemprop="description">{E(art["sub"])}</span>
<span itemprop="url">{url}</span>
<span itemprop="image">{url}/@@images/image-1200-{img}.jpeg</span>
</span>
</div>
<h1>{E(art["title"])}</h1>
<div id="viewlet-below-content-title">
<div class="documentByLine" id="plone-document-byline">
<span class="documentAuthor">{E(c["by"])} <a href="{host}/author/{author}">{E(art["byline"])}</a></span>
<span class="documentPublished"><span>{E(c["published"])}</span> {d} {h1:02d}:{m1:02d}</span>
<span class="documentModified"><span>{E(c["modified"])}</span> {d} {h2:02d}:{m2:02d}</span>
</div>
</div>
<p class="documentDescription">{E(art["sub"])}</p>
</header>
<div id="viewlet-above-content-body"></div>
<div id="content-core">
<figure class="figure newsImageContainer">
<a class="pat-plone-modal" data-pat-plone-modal="image: true" href="{url}/@@images/image-1200-{img}.jpeg">
<img alt="{A(art["title"])}" class="figure-img img-fluid newsImage" height="432" src="{url}/@@images/image-768-{img}.jpeg" title="{A(art["title"])}" width="768" />
</a>
<figcaption class="figure-caption">{E(cap)}</figcaption>
</figure>
<div id="parent-fieldname-text">
{text}
</div>
</div>
<footer>
<div id="viewlet-below-content">
<section class="keywords-viewlet" id="section-category">
<span class="section-title">{E(c["filed"])}</span>
{keywords}
</section>
<section class="related-items" id="section-related">
<header class="section-heading"><h2>{E(c["related"])}</h2></header>
<ul class="list-group list-group-flush">
{related}
</ul>
</section>
<section class="documentActions" id="section-document-actions">
<header class="hiddenStructure">{E(c["actions"])}</header>
<ul>
<li id="document-action-print"><a href="javascript:this.print();" title="">{E(c["print_"])}</a></li>
</ul>
</section>
</div>
</footer>
</article>
</section>
<aside class="col-12 col-lg-3" id="portal-column-two">
<div class="portletWrapper" data-portlethash="{uid()[:24]}" id="portletwrapper-{uid()[:24]}">
<section class="card portlet portletStaticText portlet-static-pressekontakt">
<header class="card-header">{E(s["contact_title"])}</header>
<section class="card-body">
<p>{contact}</p>
</section>
</section>
</div>
<div class="portletWrapper" data-portlethash="{uid()[:24]}" id="portletwrapper-{uid()[:24]}">
<section class="card portlet portletNews">
<header class="card-header"><a href="{folder}" class="tile">{E(c["news"])}</a></header>
<ul class="list-group list-group-flush">
{news}
</ul>
<footer class="card-footer portletFooter"><a href="{folder}" class="tile">{E(c["more_news"])}</a></footer>
</section>
</div>
<div class="portletWrapper" data-portlethash="{uid()[:24]}" id="portletwrapper-{uid()[:24]}">
<section class="card portlet portletEvents">
<header class="card-header"><a href="{host}/veranstaltungen" class="tile">{E(c["events"])}</a></header>
<ul class="list-group list-group-flush">
{events}
</ul>
<footer class="card-footer portletFooter"><a href="{host}/veranstaltungen" class="tile">{E(c["more_events"])}</a></footer>
</section>
</div>
</aside>
</main>
</div>
</div>
<footer class="mt-auto" id="portal-footer-wrapper">
<div class="container" id="portal-footer">
<div class="row">
<div class="col-12">
<div class="portletWrapper"><div class="portlet portletStaticText"><div class="portletContent"><p>{E(s["address"])}</p>
<ul class="list-inline">
{footer_links}
</ul></div></div></div>
</div>
</div>
<div class="row">
<div class="col-12">
<ul class="actions-footer_actions nav d-flex justify-content-end">
<li class="portletItem"><a class="nav-link" href="{host}/accessibility-info">{E(c["accessibility"])}</a></li>
<li class="portletItem"><a class="nav-link" href="{host}/contact-info">{E(c["contact"])}</a></li>
<li class="portletItem"><a class="nav-link" href="{host}/sitemap">{E(c["sitemap"])}</a></li>
</ul>
</div>
</div>
<div class="row">
<div class="col-12">
<div class="colophon"><a href="https://plone.org" target="_blank" title="{A(c["powered_title"])}">{E(c["powered"])}</a></div>
</div>
</div>
</div>
</footer>
</body>
</html>
'''


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"plone": ["caption", "topics", "related", "print"]}  # the lead image with its caption; the
# keywords, related-items and document-actions viewlets in the article's footer
for _mod, _names in ((mp2, ["liveblog"]), (mp3, ["drupal", "substack"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp5, ["brightspot", "wire"]), (mp6, ["quintype"]), (mp7, ["sanity", "k2"]), (mp8, ["blox"]),
                     (mp10, ["webflow"]), (mp11, ["hugo"]), (mp12, ["joomla4"]), (mp14, ["blogger"]), (mp15, ["tilda"]),
                     (mp18, ["weebly"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction", "wireend",
            "app", "bio", "tip", "typo", "push", "ai", "affiliate", "gift", "skip", "print", "translated", "moderation",
            "feedback", "standards", "topics", "bookmark", "textsize", "developing", "poll", "embed", "gallery",
            "helpline", "chart", "funding"]
NEW_FAMILIES = ["helpline", "chart", "funding"]
# families that need a reason in the story (agency copy, a translation, a breaking story, shopping links): like
# the three new ones, they are placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["wireend", "translated", "developing", "affiliate"]
# families a one-person newsletter, a neighbourhood association or a local history club would not carry: no ads
# or advertorial links, no app, no staff writers or desk credits, no wire copy, no newsroom tip line, typo hint,
# push prompt, section labels, reading times, comment counters, AI notes, gifted articles, skip links,
# translations, rating widgets, ethics-code lines, topic tags, reading lists, "developing story" notices or polls
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "wireend", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "ai", "affiliate", "gift", "skip", "translated", "feedback", "standards", "topics",
                      "bookmark", "developing", "poll"}
# a small independent data desk: no ads, affiliate links, app, wire copy, push prompts, typo hint, gifts or skip links
NOT_ON_INDIE = {"ad", "affiliate", "app", "wireend", "push", "typo", "gift", "skip"}
# a university press office: no ads or affiliate links, no app or push prompts, no paywall, wire copy, tip line,
# typo hint, comments, polls, reporter bios or "developing story" notices
NOT_ON_UNIVERSITY = {"ad", "affiliate", "app", "push", "gift", "skip", "wireend", "tip", "typo", "comments",
                     "moderation", "poll", "bio", "developing", "newsletter", "credit", "standards", "section"}
# a public radio station: no paywall, gifted articles or affiliate links
NOT_ON_PUBLIC_RADIO = {"affiliate", "gift", "typo"}
SMALL_SITE_TEMPLATES = {"substack": NOT_ON_SMALL_SITES, "blogger": NOT_ON_SMALL_SITES, "weebly": NOT_ON_SMALL_SITES,
                        "hugo": NOT_ON_INDIE, "plone": NOT_ON_UNIVERSITY, "brightspot": NOT_ON_PUBLIC_RADIO}
# a wire portal's text view has no pictures, share buttons, comments or prompts
WIRE_ALLOWED = {"copyright", "symbol", "correction"}
# markup of the generic residue: classed wrappers as many CMSs emit them (class names new to the set), and
# plain <p>/<div> variants as left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="thirdparty-consent-wall"><p class="thirdparty-consent-wall__txt">%s</p><button class="thirdparty-consent-wall__ok" type="button">OK</button></div>',
               '<p class="clip-needs-consent">%s</p>', '<p>%s</p>'],
    "newsletter": ['<div class="morning-edition-promo"><p class="morning-edition-promo__pitch">%s</p><a class="morning-edition-promo__cta" href="/newsletters/morning">&#8594;</a></div>',
                   '<p class="free-article-counter">%s</p>', '<p><b>%s</b></p>', '<div>%s</div>'],
    "share": ['<div class="send-to-friend"><a class="send-to-friend__link" href="#">%s</a></div>', '<p class="social-buttons-row">%s</p>',
              '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="photo-supplied-line">%s</p>', '<span class="courtesy-credit">%s</span>', '<p><small>%s</small></p>'],
    "copyright": ['<p class="reuse-permission-line">%s</p>', '<div class="copyright-notice-small"><small>%s</small></div>', '<p>%s</p>'],
    "section": ['<p class="newsdesk-badge">%s</p>', '<div class="inline-crumbs">%s</div>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="section-break-glyph">%s</p>', '<div class="fleuron-rule">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="contrib-reporting">%s</p>', '<div class="partner-reporting-note">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="headline-again"><b>%s</b></p>', '<h2 class="headline-echo-h2">%s</h2>', '<p><strong>%s</strong></p>'],
    "ad": ['<div class="inline-ad-marker">%s</div>', '<p class="promoted-label">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="reveal-remaining"><a href="#more">%s</a></p>', '<div class="expand-article-bar">%s</div>',
                 '<p><a href="#more">%s</a></p>'],
    "comments": ['<p class="to-comments-link"><a href="#comments">%s</a></p>', '<div class="discussion-total">%s</div>',
                 '<p><a href="#comments">%s</a></p>'],
    "readtime": ['<p class="est-minutes-label">%s</p>', '<span class="time-needed-chip">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="edit-timestamp-line"><time>%s</time></p>', '<div class="edit-history-line">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="speech-player-strip"><button class="speech-player-strip__play" aria-label="Play"></button><span class="speech-player-strip__label">%s</span></div>',
              '<p class="read-aloud-link"><a href="#audio">%s</a></p>', '<p><a href="#audio">%s</a></p>'],
    "correction": ['<aside class="fix-applied-box"><p>%s</p></aside>', '<p class="post-correction-text"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "wireend": ['<p class="agency-tail">%s</p>', '<div class="wire-sign-off">%s</div>', '<p>%s</p>'],
    "app": ['<div class="app-download-strip"><p class="app-download-strip__txt">%s</p><a class="app-download-strip__btn" href="/app">&#8599;</a></div>',
            '<p class="download-app-line">%s</p>', '<p><b>%s</b></p>'],
    "bio": ['<div class="journalist-profile-card"><p class="journalist-profile-card__txt">%s</p></div>', '<p class="signed-by-about"><i>%s</i></p>',
            '<p><i>%s</i></p>'],
    "tip": ['<div class="tipoff-box"><p class="tipoff-box__txt">%s</p></div>', '<p class="newsdesk-contact">%s</p>', '<p><i>%s</i></p>'],
    "typo": ['<div class="error-reporter"><p class="error-reporter__txt">%s</p></div>', '<p class="spotted-typo-hint">%s</p>',
             '<p><small>%s</small></p>'],
    "push": ['<div class="notify-optin"><p class="notify-optin__q">%s</p><button class="notify-optin__yes" type="button">&#10003;</button>'
             '<button class="notify-optin__no" type="button">&#10005;</button></div>', '<p class="alerts-cta">%s</p>', '<p><b>%s</b></p>'],
    "ai": ['<div class="ai-assistance-label"><p class="ai-assistance-label__txt">%s</p></div>', '<p class="ai-edit-small"><small>%s</small></p>',
           '<p><i>%s</i></p>'],
    "affiliate": ['<div class="commission-notice"><p>%s</p></div>', '<p class="aff-disclaimer"><small>%s</small></p>',
                  '<p><i>%s</i></p>'],
    "gift": ['<div class="gift-access-box"><a class="gift-access-box__btn" href="#gift">%s</a></div>',
             '<p class="gift-link-line"><a href="#gift">%s</a></p>', '<p><a href="#gift">%s</a></p>'],
    "skip": ['<p class="skip-ad-link"><a href="#resume">%s</a></p>', '<div class="ad-skipper"><a href="#resume">%s</a></div>',
             '<p><a href="#resume">%s</a></p>'],
    "print": ['<div class="page-tools"><a class="page-tools__item" href="#print">%s</a></div>', '<p class="printer-links">%s</p>',
              '<p><a href="#print">%s</a></p>'],
    "translated": ['<p class="translation-credit"><i>%s</i></p>', '<div class="original-language-note">%s</div>', '<p><i>%s</i></p>'],
    "moderation": ['<div class="comment-rules-panel"><p class="comment-rules-panel__txt">%s</p></div>', '<p class="premoderation-note">%s</p>',
                   '<p><small>%s</small></p>'],
    "feedback": ['<div class="article-rating"><p class="article-rating__q">%s</p><button class="article-rating__up" type="button" aria-label="Yes"></button>'
                 '<button class="article-rating__down" type="button" aria-label="No"></button></div>', '<p class="rate-this">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="accountability-box"><p class="accountability-box__txt">%s</p></div>', '<p class="regulator-line"><small>%s</small></p>',
                  '<p><i>%s</i></p>'],
    "topics": ['<div class="subject-tags"><span class="subject-tags__list">%s</span></div>', '<p class="topics-line">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="save-story"><a class="save-story__link" href="#save">%s</a></div>',
                 '<p class="list-pin-link"><a href="#save">%s</a></p>', '<p><a href="#save">%s</a></p>'],
    "textsize": ['<div class="type-size-switch"><span class="type-size-switch__label">%s</span></div>', '<p class="font-scale-row">%s</p>',
                 '<p><small>%s</small></p>'],
    "developing": ['<div class="breaking-strap"><p class="breaking-strap__txt">%s</p></div>', '<p class="story-in-progress"><strong>%s</strong></p>',
                   '<p><b>%s</b></p>'],
    "poll": ['<div class="quick-vote"><p class="quick-vote__q">%s</p><button class="quick-vote__submit" type="button">&#10003;</button></div>',
             '<p class="vote-tally">%s</p>', '<p><small>%s</small></p>'],
    "embed": ['<div class="social-post-fallback"><p>%s</p></div>',
              '<blockquote class="fb-xfbml-parse-ignore" cite="https://www.facebook.com/{h}/posts/{k}"><a href="https://www.facebook.com/{h}/posts/{k}">%s</a></blockquote>',
              '<p><a href="https://www.threads.net/@{h}/post/{k}">%s</a></p>'],
    "gallery": ['<div class="slideshow-launcher"><a class="slideshow-launcher__btn" href="#slideshow">%s</a></div>',
                '<p class="image-count-badge">%s</p>', '<p><b>%s</b></p>'],
    "helpline": ['<aside class="support-info-box"><p class="support-info-box__txt">%s</p></aside>', '<p class="help-is-available"><em>%s</em></p>',
                 '<p><i>%s</i></p>', '<div>%s</div>'],
    "chart": ['<div class="dw-embed-wrap"><iframe title="" aria-label="Chart" src="https://datawrapper.dwcdn.net/{k}/2/" scrolling="no" frameborder="0" style="width: 0; min-width: 100%%; border: none;" height="420" data-external="1"></iframe><p class="dw-embed-wrap__notes">%s</p></div>',
              '<figure class="data-graphic"><img src="/charts/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
              '<p><small>%s</small></p>'],
    "funding": ['<aside class="grant-disclosure"><p class="grant-disclosure__txt">%s</p></aside>', '<p class="funded-by-note"><i>%s</i></p>',
                '<p><i>%s</i></p>', '<div class="cofunding-banner"><img src="/img/cofunded-by-the-eu.svg" alt="" width="140" height="30"><p>%s</p></div>'],
}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"fb-xfbml-parse-ignore"}
CAPTION_STYLES = ['<figure class="inbody-photo"><img src="/images/{id}-inline.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/images/{id}-inline.jpg" alt="" width="640"><br><em>{cap} ({cr})</em></p>']
RELATED_STYLES = ['<div class="follow-up-links"><h4>%s</h4><ul>%s</ul></div>',
                  '<aside class="recirc-inline"><p class="recirc-inline__hd">%s</p><ul>%s</ul></aside>',
                  '<p><b>%s</b></p>\n<ul>%s</ul>']


def handle(site):
    """The site's social-media account name: its ASCII letters and digits, at most 24."""
    return mp11.host_name(site)[:24]


def pick(rng, fam, lang, site, art):
    pool = R[fam][lang]
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
    pool = [f for f in FAMILIES if f not in skip and (tpl != "wire" or f in WIRE_ALLOWED)]
    fams = carry + sorted(pool, key=lambda f: (used[f], rng.random()))[:k]
    if "only" in art:
        fams = list(art["only"])
    rng.shuffle(fams)
    used.update(f for f in fams if f not in NEW_FAMILIES)  # balance the randomly drawn families only
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
                   "poll": rng.choice([mid, n]), "embed": mid, "gallery": rng.choice([0, mid]),
                   "helpline": rng.choice([n, n, 0]), "chart": mid, "funding": rng.choice([n, n, 0])}.get(fam, mid)
            style = rng.choice(STYLES[fam])
            style = style.replace("{h}", handle(site)).replace("{k}", "%010x" % rng.randint(16**9, 16**10 - 1))
            put(pos, style % E(text))
    return placed, fams


# --------------------------------------------------------------------------
# templates: plone is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"plone": tpl_plone, "liveblog": mp2.tpl_liveblog, "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal,
                 "substack": mp3.tpl_substack, "gutenberg": mp4.tpl_gutenberg, "fusion": mp4.tpl_fusion,
                 "chunks": mp4.tpl_chunks, "brightspot": mp5.tpl_brightspot, "wire": mp5.tpl_wire,
                 "quintype": mp6.tpl_quintype, "sanity": mp7.tpl_sanity, "k2": mp7.tpl_k2, "blox": mp8.tpl_blox,
                 "webflow": mp10.tpl_webflow, "hugo": mp11.tpl_hugo, "joomla4": mp12.tpl_joomla4,
                 "blogger": mp14.tpl_blogger, "tilda": mp15.tpl_tilda, "weebly": mp18.tpl_weebly}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h25), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "plone"


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["blocks"], art["marks"] = blocks_and_marks(art["body"])
            rng = random.Random("newsflow-heldout26-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if tpl == "wire":
                site = mp5.WIRE[lang]["agency"]
            elif art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            placed, fams = residue_items(art, rng, site, used)
            if tpl in NEW_TEMPLATES:
                pages[art["id"]] = NEW_TEMPLATES[tpl](art, UI26[lang], site, placed, rng)
                fams = fams + TEMPLATE_FAMILIES.get(tpl, [])
            else:
                fun, mode = OLD_TEMPLATES[tpl]
                pages[art["id"]] = fun(art, UI26[lang], site, mp.body_html(art, placed, mode), rng)
            truth[art["id"]] = mp.truth_text(art["blocks"])
            meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)))
    return pages, truth, meta


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 26) for x in ("en", "intl")]
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
                       mp25.R, [v for v in mp25.SITE_STRINGS.values()], mp25.MT, mp25.MT_CORE, mp25.UI_NEW,
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
    # layouts: plone (new to the set) on one page, every other page on a different earlier layout
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
    # an earlier layout is not on a page in the language h24 or h25 gave it
    for mod in (mp24, mp25):
        langs_then = {a["tpl"]: a["lang"] for a in mod.ARTICLES}
        problems.extend("%s: %s in %s, as in %s" % (a["id"], a["tpl"], a["lang"], mod.__name__) for a in ARTICLES
                        if langs_then.get(a["tpl"]) == a["lang"])
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(en=9, tr=3, de=3, fr=3, es=3, ru=3):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = ["h26-en-%03d" % k for k in range(1, 10)] + ["h26-%s-%03d" % (x, k) for x in ("tr", "de", "fr", "es", "ru")
                                                        for k in range(1, 4)]
    if ids != want:
        problems.append("page ids: %s" % ids)
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
    # the new families are new: in no earlier pool, family list or template family ...
    for mod in EARLIER_MODULES:
        problems.extend("family %s already in the pools of %s" % (f, mod.__name__) for f in NEW_FAMILIES
                        if f in getattr(mod, "R", {}) or f in getattr(mod, "FAMILIES", [])
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
            problems.extend("h26 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = []
    for (mod, name), v in SITE_STRINGS.items():
        if (mod, name) == (mp4, "R"):
            continue  # this part's own R pools, checked above
        site_strings_new.append(v)
    plone_sites = [{k: v for k, v in d.items() if k not in PLONE_EXEMPT} for d in PLONE.values()]
    # (PLONE_CORE, the platform's own interface strings - "Startseite", "Sie sind hier:", "Abgelegt unter:",
    # "Verwandte Inhalte", "Drucken", "Weitere Nachrichten…", "Powered by Plone & Python" - is left as Plone ships
    # it, like MT_CORE in h25: such words recur on any German Plone site)
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("PLONE", plone_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)):
                continue
            problems.extend("h26 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # the story-specific wordings (correction lines) are new too
    for art in ARTICLES:
        if art.get("correction"):
            problems.extend("%s: correction reuses %r" % (art["id"], x) for x in sorted(_sentences(art["correction"]) & old))
    # new wrapper class names
    old_classes = set()
    for mod in EARLIER_MODULES:
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES", "TIKTOK_STYLE"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend("h26 class name %r used by an earlier part" % x
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
    # the headline must not be a story paragraph (it is residue when repeated in the body)
    for art in ARTICLES:
        if art["title"].lower() in titles:
            problems.append("%s: headline of an earlier part" % art["id"])
        if art["title"] in truth[art["id"]].split("\n\n"):
            problems.append("%s: headline is also a story paragraph" % art["id"])
    return problems


def main():
    """write / --check / --stats as heldout_common.run; until make_pages.py merges this part, --check compares
    the pages only (truth.json does not hold the h26 entries yet) and says so."""
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
              "(truth.json not checked: h26 is not merged by make_pages.py yet)")
        sys.exit(1 if bad else 0)
    hc.run(lambda: (pages, truth, meta), lambda p, t: [])


if __name__ == "__main__":
    main()
