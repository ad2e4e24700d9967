#!/usr/bin/env python3
"""Seventeenth held-out part (h17-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout17.py           # write pages/h17-*.html
    python benchmarks/data/extraction/make_heldout17.py --check   # verify pages/h17-*.html and their truth
    python benchmarks/data/extraction/make_heldout17.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results.  Stories are in articles_h17_en.py / articles_h17_intl.py; the
residue wordings, their wrapper class names, related headlines, site names and the sites' own strings in the
earlier layouts (menus, newsletter blocks, teasers, blog descriptions, comments, footers) are new here (none
of the sentences of make_pages.RESIDUE or of the R pools of make_heldout2..16, nor their labels, furniture
strings, headlines or site names; verify() refuses to build if one is reused, or if a story paragraph of an
earlier part recurs).  No page layout is new: the 24 pages use 24 different layouts of earlier parts, with
their markup helpers – table, amp, legacy-br (make_pages.py), liveblog, magazine (make_heldout2.py),
substack, broadcaster, drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), squarespace,
brightspot (make_heldout5.py), quintype, typo3, bitrix (make_heldout6.py), sanity, k2 (make_heldout7.py),
blox (make_heldout8.py), webflow (make_heldout10.py), medium (make_heldout13.py), blogger
(make_heldout14.py), tilda (make_heldout15.py) and wix (make_heldout16.py).  While a page is rendered, the
earlier module's related headlines (HEADLINES) and the strings that belong to one site rather than to the
platform (see SITE_STRINGS) are swapped for this part's own; the platform's interface strings (Substack's
"Subscribe", Drupal's "Submitted by", TownNews' "Buy this photo", Wix's cookie banner, …) are left as the
platforms word them.
This part is not yet merged by make_pages.py into truth.json and split.json.
Standard library only; deterministic (each page's choices are seeded from its id).
"""
import collections
import contextlib
import copy
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import make_pages as mp  # noqa: E402
import heldout_common as hc  # noqa: E402
from heldout_common import blocks_and_marks  # noqa: E402
from heldout_common import fill, fmt_date, safe_slots, _sentences, _strings  # noqa: E402,F401
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
from make_pages import E, UI  # noqa: E402
from articles_h17_en import ARTICLES as H17_EN  # noqa: E402
from articles_h17_intl import ARTICLES as H17_INTL  # noqa: E402

ARTICLES = H17_EN + H17_INTL

# handed out in page order to the pages without a fixed site (one per page in English, so that each town paper
# carries its own story; the broadcaster page gets the radio station)
SITES = {
    "en": ["The Halden Courier", "Pennine Life Magazine", "Radio Ellesmoor News", "Wetherby Cross Advertiser",
           "Upper Lenn Gazette", "Kelworth Evening Mail", "Oldcastle Echo"],
    "tr": ["Gökçedere Postası", "Kıyıboyu Gündem"],
    "de": ["Hallstedter Kreisbote", "Ebertaler Nachrichten"],
    "fr": ["L'Écho du Vernet", "Le Courrier de Saint-Cernin"],
    "es": ["Diario de Valdeluna", "Merindades al Día", "La Gaceta de San Lázaro"],
    "ru": ["Логовские вести", "Приозёрский вестник", "Берёзовская сторона"],
}
# sites fixed per page (a Substack newsletter, a tenants' union on Medium, a dive club on Squarespace, a village
# blog on Blogger, a municipality on TYPO3, a music school on Drupal, a comité des fêtes on Wix) are given in the
# stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h16 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["To watch this clip from Vimeo you'll need to accept 'Video' cookies first.",
               "Embedded post hidden: Instagram may set cookies and track you. Show it anyway?",
               "This reader poll is switched off because you declined third-party content."],
        "tr": ["Bu Vimeo videosunu izlemek için önce 'Video' çerezlerini kabul etmeniz gerekiyor.",
               "Gömülü gönderi gizlendi: Instagram çerez kullanabilir ve sizi izleyebilir. Yine de gösterilsin mi?"],
        "de": ["Um dieses Vimeo-Video zu sehen, müssen Sie zuerst Cookies der Kategorie „Video“ akzeptieren.",
               "Eingebetteter Beitrag ausgeblendet: Instagram kann Cookies setzen und Sie verfolgen. Trotzdem anzeigen?"],
        "fr": ["Pour voir cette vidéo Vimeo, acceptez d'abord les cookies de la catégorie « Vidéo ».",
               "Publication masquée : Instagram peut déposer des cookies et vous suivre. L'afficher quand même ?"],
        "es": ["Para ver este vídeo de Vimeo, primero tienes que aceptar las cookies de la categoría «Vídeo».",
               "Publicación oculta: Instagram puede instalar cookies y seguirte. ¿Mostrarla de todos modos?"],
        "ru": ["Чтобы посмотреть это видео из «VK Видео», разрешите cookie категории «Видео».",
               "Публикация скрыта: Instagram может сохранять cookie и отслеживать вас. Всё равно показать?"],
    },
    "newsletter": {
        "en": ["The {site} weekend briefing arrives every Saturday at 8am. Sign up, it costs nothing.",
               "Subscribers read this story first. Join them today – your first month is £1.",
               "Independent local news needs your support. Give from £3 a month and help keep {site} going."],
        "tr": ["{site} hafta sonu bülteni her cumartesi saat 08.00'de geliyor. Kaydolmak ücretsiz.",
               "Bu haberi ilk aboneler okudu. Siz de bugün katılın, ilk ay yalnızca 1 lira.",
               "Bağımsız yerel habercilik sizin desteğinizle ayakta kalır. Ayda 50 liradan {site}'ye destek verin."],
        "de": ["Das Wochenend-Briefing von {site} kommt jeden Samstag um 8 Uhr. Die Anmeldung kostet nichts.",
               "Abonnentinnen und Abonnenten haben diesen Text zuerst gelesen. Jetzt dazukommen: erster Monat für 1 €.",
               "Unabhängiger Lokaljournalismus braucht Ihre Hilfe. Unterstützen Sie {site} ab 3 € im Monat."],
        "fr": ["Le brief du week-end de {site} arrive chaque samedi à 8 h. L'inscription ne coûte rien.",
               "Nos abonnés ont lu cet article en premier. Rejoignez-les : le premier mois est à 1 €.",
               "L'info locale indépendante a besoin de vous. Soutenez {site} à partir de 3 € par mois."],
        "es": ["El resumen de fin de semana de {site} llega cada sábado a las 8.00. Apuntarse no cuesta nada.",
               "Los suscriptores leyeron esta noticia antes que nadie. Únete hoy: el primer mes cuesta 1 euro.",
               "El periodismo local independiente necesita tu apoyo. Colabora con {site} desde 3 euros al mes."],
        "ru": ["Субботний обзор «{site}» приходит каждую субботу в 8:00. Подписка ничего не стоит.",
               "Подписчики прочитали этот материал первыми. Присоединяйтесь: первый месяц — за 1 рубль.",
               "Независимым местным новостям нужна ваша помощь. Поддержите «{site}» от 100 рублей в месяц."],
    },
    "share": {
        "en": ["Send this to a friend on Messenger", "Follow {site} on Instagram for a picture from round the town every day",
               "Put this story in your family group chat"],
        "tr": ["Bu haberi Messenger'dan bir arkadaşına gönder", "Her gün kentten bir kare için {site} Instagram hesabını takip edin",
               "Bu haberi aile grubunuza atın"],
        "de": ["Per Messenger an Freunde schicken", "Jeden Tag ein Bild aus der Stadt: Folgen Sie {site} auf Instagram",
               "Diesen Text in die Familiengruppe schicken"],
        "fr": ["Envoyer à un ami sur Messenger", "Une photo du coin chaque jour : suivez {site} sur Instagram",
               "Partager cet article dans le groupe de la famille"],
        "es": ["Enviar a un amigo por Messenger", "Una foto de la zona cada día: sigue a {site} en Instagram",
               "Pásala al grupo de la familia"],
        "ru": ["Отправить другу в Telegram", "Каждый день — снимок из города: подписывайтесь на «{site}» во «ВКонтакте»",
               "Отправить статью в семейный чат"],
    },
    "photo": {
        "en": ["Photograph supplied by the family", "Image: {site} library", "Pic sent in by a reader on WhatsApp"],
        "tr": ["Fotoğraf aile albümünden", "Görsel: {site} arşivi"],
        "de": ["Foto: von der Familie überlassen", "Bild: Archiv von {site}"],
        "fr": ["Photo transmise par la famille", "Image : photothèque de {site}"],
        "es": ["Foto facilitada por la familia", "Imagen: fototeca de {site}"],
        "ru": ["Фото предоставлено семьёй", "Изображение: фотоархив «{site}»"],
    },
    "copyright": {
        "en": ["All content © {site} 2026 unless stated otherwise.",
               "You may quote up to 100 words of this article if you link back to {site}."],
        "tr": ["Aksi belirtilmedikçe tüm içerik © {site} 2026.",
               "Bu haberden en fazla 100 kelime, {site} bağlantısı verilerek alıntılanabilir."],
        "de": ["Alle Inhalte © {site} 2026, sofern nicht anders angegeben.",
               "Sie dürfen bis zu 100 Wörter dieses Artikels zitieren, wenn Sie auf {site} verlinken."],
        "fr": ["Sauf mention contraire, tous les contenus © {site} 2026.",
               "Vous pouvez citer jusqu'à 100 mots de cet article avec un lien vers {site}."],
        "es": ["Salvo que se indique lo contrario, todos los contenidos © {site} 2026.",
               "Puedes citar hasta 100 palabras de esta noticia si enlazas a {site}."],
        "ru": ["Все материалы © «{site}», 2026, если не указано иное.",
               "Можно цитировать до 100 слов этого материала со ссылкой на «{site}»."],
    },
    "section": {
        "en": ["ACROSS THE DISTRICT", "Home / Local / Latest stories", "Picked by the editor"],
        "tr": ["İLÇE GÜNDEMİ", "Anasayfa / Yerel / Son eklenenler", "Editör seçti"],
        "de": ["QUER DURCH DEN KREIS", "Start / Lokales / Zuletzt erschienen", "Tipp der Lokalredaktion"],
        "fr": ["À TRAVERS LE CANTON", "Accueil / Local / Derniers parus", "Choisi par la rédaction"],
        "es": ["DE PUNTA A PUNTA DE LA COMARCA", "Inicio / Local / Lo más reciente", "Seleccionada por la dirección"],
        "ru": ["ПО ВСЕМУ РАЙОНУ", "Главная / Местное / Свежие материалы", "Выбор главного редактора"],
    },
    "related": {
        "en": ["Also on {site} this week", "Before you go"],
        "tr": ["Bu hafta {site}'de ayrıca", "Çıkmadan önce"],
        "de": ["Diese Woche außerdem bei {site}", "Bevor Sie gehen"],
        "fr": ["Cette semaine aussi sur {site}", "Avant de partir"],
        "es": ["Esta semana también en {site}", "Antes de irte"],
        "ru": ["Также на этой неделе в «{site}»", "Прежде чем уйти"],
    },
    "symbol": {"*": ["◈ ◈ ◈", "⁎ ⁎ ⁎", "— ◦ —", "✧ ✧", "∙ ∙ ∙ ∙", "▪ ▪ ▪"]},
    "credit": {
        "en": ["Checked by {site}'s volunteer fact-check team", "Reporting: {site} staff. Graphics: data desk"],
        "tr": ["Haberi {site} gönüllü doğrulama ekibi kontrol etti", "Haber: {site} ekibi. Grafik: veri masası"],
        "de": ["Geprüft vom ehrenamtlichen Faktencheck-Team von {site}", "Recherche: Team von {site}. Grafik: Datenressort"],
        "fr": ["Vérifié par l'équipe bénévole de fact-checking de {site}", "Enquête : équipe de {site}. Infographie : pôle data"],
        "es": ["Verificado por el equipo voluntario de comprobación de {site}", "Información: equipo de {site}. Gráficos: mesa de datos"],
        "ru": ["Проверено волонтёрами-фактчекерами «{site}»", "Текст: команда «{site}». Графика: отдел данных"],
    },
    "ad": {
        "en": ["Sponsored · the article carries on below", "Ad · Report this ad"],
        "tr": ["Sponsorlu · haber aşağıda sürüyor", "Reklam · Bu reklamı bildir"],
        "de": ["Gesponserter Inhalt · weiter im Artikel unten", "Anzeige · Diese Anzeige melden"],
        "fr": ["Sponsorisé · l'article se poursuit plus bas", "Annonce · Signaler cette annonce"],
        "es": ["Patrocinado · la noticia sigue más abajo", "Anuncio · Denunciar este anuncio"],
        "ru": ["Спонсорский блок · статья продолжается ниже", "Реклама · Пожаловаться на это объявление"],
    },
    "continue": {
        "en": ["Keep reading ▾", "Tap to load the full article"],
        "tr": ["Okumaya devam edin ▾", "Haberin tamamını yüklemek için dokunun"],
        "de": ["Weiter im Text ▾", "Tippen, um den ganzen Artikel zu laden"],
        "fr": ["Poursuivre la lecture ▾", "Touchez pour charger l'article complet"],
        "es": ["Sigue leyendo ▾", "Toca para cargar la noticia completa"],
        "ru": ["Читать текст дальше ▾", "Нажмите, чтобы загрузить материал целиком"],
    },
    "comments": {
        "en": ["Have your say: {n} comments", "{n} people have commented – read them"],
        "tr": ["Siz de yazın: {n} yorum var", "{n} kişi yorum yaptı – okuyun"],
        "de": ["Ihre Meinung zählt: {n} Kommentare", "{n} Menschen haben kommentiert – jetzt lesen"],
        "fr": ["Donnez votre avis : {n} commentaires", "{n} personnes ont commenté – les lire"],
        "es": ["Opina tú también: {n} comentarios", "{n} personas han comentado: léelas"],
        "ru": ["Ваше мнение: {n} комментариев", "{n} человек уже оставили комментарий — читать"],
    },
    "readtime": {
        "en": ["Reading this takes {m} minutes or so", "Roughly a {m} min read"],
        "tr": ["Okuması {m} dakika kadar sürer", "Tahmini okuma süresi: {m} dakika civarı"],
        "de": ["Ein Text für {m} Minuten", "Geschätzte Lesedauer: etwa {m} Minuten"],
        "fr": ["Un article de {m} minutes", "Temps de lecture estimé : environ {m} minutes"],
        "es": ["Una lectura de {m} minutos", "Tiempo estimado de lectura: unos {m} minutos"],
        "ru": ["Материал на {m} минуты", "Примерное время чтения — около {m} минут"],
    },
    "updated": {
        "en": ["Last updated {t} on {d}", "This story was updated at {t} with new information"],
        "tr": ["Son güncelleme: {d}, saat {t}", "Haber saat {t}'de yeni bilgilerle güncellendi"],
        "de": ["Zuletzt aktualisiert am {d} um {t}", "Meldung um {t} Uhr um neue Informationen ergänzt"],
        "fr": ["Dernière mise à jour le {d} à {t}", "Article complété à {t} avec de nouvelles informations"],
        "es": ["Última actualización: {d} a las {t}", "Noticia ampliada a las {t} con nueva información"],
        "ru": ["Последнее обновление: {d}, {t}", "Материал дополнен в {t} новыми подробностями"],
    },
    "audio": {
        "en": ["Press play to hear this article ({m} min)", "Audio edition: listen on your way to work"],
        "tr": ["Haberi dinlemek için oynat tuşuna basın ({m} dk)", "Sesli baskı: işe giderken dinleyin"],
        "de": ["Auf Play drücken und den Artikel hören ({m} Min.)", "Audioausgabe: Hören Sie auf dem Weg zur Arbeit"],
        "fr": ["Appuyez sur lecture pour écouter l'article ({m} min)", "Version audio : à écouter sur le trajet du travail"],
        "es": ["Pulsa play para oír la noticia ({m} min)", "Edición en audio: escúchala de camino al trabajo"],
        "ru": ["Прослушать этот материал вслух ({m} мин)", "Аудиоверсия: слушайте по дороге на работу"],
    },
    "correction": {
        "en": ["Correction: an earlier version of this article gave the wrong day for the meeting. It is on Thursday, not Tuesday.",
               "This article has been amended to make clear that the figures are estimates."],
        "tr": ["Düzeltme: Haberin önceki sürümünde toplantının günü yanlış verilmişti. Toplantı salı değil perşembe günü yapılacak."],
        "de": ["Korrektur: In einer früheren Fassung stand ein falscher Tag für die Sitzung. Sie findet am Donnerstag statt, nicht am Dienstag."],
        "fr": ["Rectificatif : une version précédente de cet article donnait un jour erroné pour la réunion. Elle a lieu jeudi, et non mardi."],
        "es": ["Fe de errores: una versión anterior de esta noticia daba un horario equivocado. El cambio empieza en octubre, no en septiembre."],
        "ru": ["Исправление: в предыдущей версии материала был указан неверный день встречи. Она пройдёт в четверг, а не во вторник."],
    },
    "wireend": {  # agency end markers and desk signatures, as left at the foot of copied wire stories
        "en": ["– end of copy –", "(Written by the {site} newsdesk from agency material)"],
        "tr": ["– haberin sonu –", "({site} haber merkezi tarafından ajans bilgileri derlenerek hazırlanmıştır)"],
        "de": ["– Ende der Meldung –", "(Vom {site}-Desk auf Grundlage von Agenturmaterial bearbeitet)"],
        "fr": ["– fin de la dépêche –", "(Rédigé par le desk de {site} à partir de dépêches d'agence)"],
        "es": ["– fin de la información –", "(Elaborada por la mesa de {site} con información de agencias)"],
        "ru": ["— конец сообщения —", "(Подготовлено редакцией «{site}» по материалам информагентств)"],
    },
}
HEADLINES = {
    "en": ["Primary school wins award for its wildflower meadow", "Market traders asked to take card payments",
           "Lifeguards return to Sandholme beach for the summer", "Bowling green to be dug up for a community orchard",
           "Bus shelter artwork designed by pupils unveiled", "Open-air pool to open two weeks early"],
    "tr": ["Sahil yoluna yeni bisiklet parkı yapıldı", "İlkokul öğrencileri okul bahçesine 200 fidan dikti",
           "Semt pazarının üstü kapatılacak", "Kent müzesi artık pazartesi de açık",
           "Eski mezbaha binası kültür merkezi oluyor", "Açık yüzme havuzu iki hafta erken açılıyor"],
    "de": ["Kreisel an der Umgehung bekommt eine Ampel", "Grundschüler legen eine Blühwiese an",
           "Markthändler sollen Kartenzahlung anbieten", "Alter Bolzplatz wird Gemeinschaftsgarten",
           "Schüler gestalten das Wartehäuschen am Bahnhof", "Das Freibad macht dieses Jahr zwei Wochen früher auf"],
    "fr": ["Le rond-point de la rocade bientôt équipé de feux", "Les écoliers sèment une prairie fleurie",
           "Les commerçants du marché invités à accepter la carte", "Le boulodrome transformé en verger partagé",
           "Les collégiens décorent l'abribus de la gare", "La piscine d'été ouvre deux semaines plus tôt"],
    "es": ["La rotonda de la variante tendrá semáforos", "Los escolares siembran un prado de flores",
           "Los placeros del mercadillo aceptarán tarjeta", "La pista de petanca se convierte en huerto vecinal",
           "Los alumnos decoran la marquesina de la estación", "La piscina de verano abrirá dos semanas antes"],
    "ru": ["На кольце у объездной поставят светофор", "Школьники засеяли у школы цветочный луг",
           "На рынке начали принимать банковские карты", "Старую площадку для городков превратят в сад",
           "Школьники расписали остановку у вокзала", "Летний бассейн откроется на две недели раньше"],
}
# the strings that belong to one site in an earlier layout (not to the platform): swapped for this part's
# own while a page of that layout is rendered
SITE_STRINGS = {
    (mp2, "LIVE_AUTHORS"): {"en": ["Kieran Dowd", "Sasha Llewellyn"]},
    (mp5, "SQS"): {"tr": dict(title="Kulüpten haberler", desc="Dalış takvimi ve temizlik günleri, ayda bir e-posta ile.",
                              button="Bültene yazıl", foot="Adresiniz yalnızca kulüp bülteni için kullanılır.")},
    (mp6, "BITRIX"): {"tr": dict(agency="Gökçedere Haber Ajansı")},
    (mp7, "SANITY"): {"es": dict(nl_title="Valdeluna, cada mañana", nl_text="Las noticias de la comarca antes del desayuno, de lunes a sábado.",
                                 nl_button="Suscribirme gratis", nl_placeholder="Tu correo, aquí")},
    (mp10, "WEBFLOW"): {"ru": dict(cc_text="Сайт сохраняет cookie, чтобы считать посещения и запоминать ваш выбор. Настройки можно поменять внизу страницы.",
                                   mc_title="Приозёрск за неделю — письмом в пятницу", mc_button="Присылайте",
                                   share="Скинуть ссылку друзьям", more="Ещё из Приозёрска")},
    (mp13, "PUB_NAV"): {"en": ["What's new", "Repairs tracker", "Our estates", "Join the union"]},
    (mp13, "TEASERS"): {"en": ["The meadow was sown by Year 4 two springs ago.", "Eleven of the 40 stalls still take cash only.",
                               "Patrols run from 10am to 6pm until the end of August.", "Forty fruit trees will go in this winter.",
                               "The design won a vote of 600 pupils.", "The heated pool opens on 16 May this year."]},
    (mp14, "BLOGGER"): {"tr": dict(follow="Yeni yazılar e-postanıza gelsin:", follow_ph="E-postanızı yazın",
                                   follow_btn="Abone et", desc="Yeşilçınar'dan duyurular, düğünler, hasat ve meydandan haberler.",
                                   bio="Köyün eski muhtarı, şimdi defterin yazarı.",
                                   comments=[("Ramazan Usta", "Çınarın altında çok çay içtik, Allah razı olsun muhtarımızdan."),
                                             ("Gülsüm T.", "Tabela ne zaman asılacak, belli oldu mu?")])},
    (mp15, "TILDA"): {"ru": dict(nav=["Новости Логовского района", "Сёла и люди", "Что где когда", "Прислать новость"], by="Написал(а):",
                                 sub_title="Письмо по пятницам", sub_text="Раз в неделю — главное из Логовского района.",
                                 ph="Адрес вашей почты", button="Подписаться на письмо", ok="Готово! Проверьте почту и подтвердите адрес.",
                                 share="Поделиться в мессенджере", back="← Вернуться к новостям",
                                 about="Независимые новости Логовского района с 2021 года.",
                                 cookie="Мы сохраняем cookie, чтобы считать посещения и запоминать подписку.", cookie_ok="Понятно")},
    (mp16, "WIX"): {"fr": dict(nav=["Le comité", "Agenda", "Vide-greniers", "Actus", "Nous écrire"],
                               footer="Comité des fêtes de Lanteuil · Salle des fêtes, route de Brive · Permanence le samedi de 10 h à 12 h",
                               button="Recevoir les actus du comité",
                               posts=["Retour en images sur le loto de février", "Fête du village : on cherche des bras",
                                      "Le programme du 14 juillet"], tags=["Brocante", "Inscriptions"])},
}
WIX_FREE = {"h17-fr-002"}  # the comité des fêtes is on Wix's free plan (wixsite.com address, Wix ad banner)
HEADLINE_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp10, mp13, mp14)


@contextlib.contextmanager
def site_strings():
    """Swap in this part's headlines and site strings in the earlier modules; put theirs back afterwards."""
    saved = []
    try:
        for mod in HEADLINE_MODULES:
            saved.append((mod, "HEADLINES", mod.HEADLINES))
            mod.HEADLINES = HEADLINES
        for (mod, name), by_lang in SITE_STRINGS.items():
            old = getattr(mod, name)
            saved.append((mod, name, old))
            new = copy.deepcopy(old)
            for lang, val in by_lang.items():
                new[lang] = dict(new[lang], **val) if isinstance(val, dict) else val
            setattr(mod, name, new)
        saved.append((mp16, "WIX_FREE", mp16.WIX_FREE))
        mp16.WIX_FREE = WIX_FREE
        yield
    finally:
        for mod, name, old in reversed(saved):
            setattr(mod, name, old)


# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {}
for _mod, _names in ((mp2, ["liveblog", "magazine"]), (mp3, ["substack", "broadcaster", "drupal"]),
                     (mp4, ["gutenberg", "fusion", "chunks"]), (mp5, ["squarespace", "brightspot"]),
                     (mp6, ["quintype", "typo3", "bitrix"]), (mp7, ["sanity", "k2"]), (mp8, ["blox"]),
                     (mp10, ["webflow"]), (mp13, ["medium"]), (mp14, ["blogger"]), (mp15, ["tilda"]), (mp16, ["wix"])):
    for _n in _names:
        TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES.get(_n, []))
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction", "wireend"]
# markup of the generic residue: classed wrappers as many CMSs emit them (class names new to the set), and
# plain <p>/<div> variants as left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="consent-hold"><p class="consent-hold__msg">%s</p><button class="consent-hold__yes" type="button">OK</button></div>',
               '<p class="thirdparty-held">%s</p>', '<p>%s</p>'],
    "newsletter": ['<div class="briefing-plug"><p class="briefing-plug__copy">%s</p><a class="briefing-plug__btn" href="/briefing">&#8250;</a></div>',
                   '<p class="supporter-nudge">%s</p>', '<p><strong>%s</strong></p>', '<div>%s</div>'],
    "share": ['<div class="sendon-row"><a class="sendon-row__item" href="#">%s</a></div>', '<p class="insta-plug">%s</p>',
              '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="image-origin">%s</p>', '<span class="pic-supplier">%s</span>', '<p><small>%s</small></p>'],
    "copyright": ['<p class="usage-rights">%s</p>', '<div class="legal-foot"><small>%s</small></div>', '<p>%s</p>'],
    "section": ['<p class="topic-strap">%s</p>', '<div class="where-am-i">%s</div>', '<p><strong>%s</strong></p>'],
    "symbol": ['<p class="section-ornament">%s</p>', '<div class="text-divider">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="helped-by-line">%s</p>', '<div class="team-credit">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="repeat-hed"><strong>%s</strong></p>', '<h2 class="story-hed-again">%s</h2>', '<p><strong>%s</strong></p>'],
    "ad": ['<div class="promo-marker">%s</div>', '<p class="advert-flag">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="story-unfold"><a href="#full">%s</a></p>', '<div class="fold-opener">%s</div>',
                 '<p><a href="#full">%s</a></p>'],
    "comments": ['<p class="reader-talk"><a href="#talk">%s</a></p>', '<div class="reaction-tally">%s</div>',
                 '<p><a href="#talk">%s</a></p>'],
    "readtime": ['<p class="est-minutes">%s</p>', '<span class="read-length">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="last-touched"><time>%s</time></p>', '<div class="amended-stamp">%s</div>', '<p><em>%s</em></p>'],
    "audio": ['<div class="tts-bar"><button class="tts-bar__play" aria-label="Play"></button><span class="tts-bar__label">%s</span></div>',
              '<p class="audio-edition"><a href="#audio">%s</a></p>', '<p><a href="#audio">%s</a></p>'],
    "correction": ['<aside class="errata-note"><p>%s</p></aside>', '<p class="fix-notice"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "wireend": ['<p class="wire-tailpiece">%s</p>', '<div class="copy-origin">%s</div>', '<p>%s</p>'],
}
CAPTION_STYLES = ['<figure class="story-still"><img src="/assets/{id}-inline.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/assets/{id}-inline.jpg" alt="" width="620"><br><em>{cap} – {cr}</em></p>']
RELATED_STYLES = ['<div class="week-picks"><h4>%s</h4><ul>%s</ul></div>',
                  '<aside class="exit-links"><p class="exit-links__title">%s</p><ul>%s</ul></aside>',
                  '<p><strong>%s</strong></p>\n<ul>%s</ul>']


def pick(rng, fam, lang, site, art):
    return fill(rng.choice(R[fam][lang]), rng, site, art)


def residue_items(art, rng, site, used):
    """{position: [html, ...]} for the generic residue, and the families used (balanced over the part:
    the generic families used least on the pages built so far come first; a page may fix them with "only")."""
    lang, n = art["lang"], len(art["blocks"])
    own = TEMPLATE_FAMILIES.get(art["tpl"], [])
    k = art.get("low", rng.choice([2, 3, 3, 4, 4, 5]))
    k = max(0, min(k, 5 - len(own)))  # at most five families per page
    fams = sorted((f for f in FAMILIES if f not in own), key=lambda f: (used[f], rng.random()))[:k]
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
            lis = "".join('<li><a href="/local/%d">%s</a></li>' % (rng.randint(10000, 99999), E(h)) for h in heads)
            put(rng.choice([mid, n]), rng.choice(RELATED_STYLES) % (E(pick(rng, fam, lang, site, art)), lis))
        elif fam == "title":
            put(0, rng.choice(STYLES["title"]) % E(art["title"]))
        else:
            text = rng.choice(R["symbol"]["*"]) if fam == "symbol" else pick(rng, fam, lang, site, art)
            pos = {"section": rng.choice([0, 0, mid]), "credit": rng.choice([0, n]), "copyright": n,
                   "share": rng.choice([mid, n]), "photo": rng.choice([0, mid]), "comments": rng.choice([0, n]),
                   "readtime": 0, "updated": rng.choice([0, n]), "audio": rng.choice([0, mid]),
                   "correction": rng.choice([0, n]), "wireend": n}.get(fam, mid)
            put(pos, rng.choice(STYLES[fam]) % E(text))
    return placed, fams


# --------------------------------------------------------------------------
# templates: all of them from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"liveblog": mp2.tpl_liveblog, "magazine": mp2.tpl_magazine, "substack": mp3.tpl_substack,
                 "broadcaster": mp3.tpl_broadcaster, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "squarespace": mp5.tpl_squarespace,
                 "brightspot": mp5.tpl_brightspot, "quintype": mp6.tpl_quintype, "typo3": mp6.tpl_typo3,
                 "bitrix": mp6.tpl_bitrix, "sanity": mp7.tpl_sanity, "k2": mp7.tpl_k2, "blox": mp8.tpl_blox,
                 "webflow": mp10.tpl_webflow, "medium": mp13.tpl_medium, "blogger": mp14.tpl_blogger,
                 "tilda": mp15.tpl_tilda, "wix": mp16.tpl_wix}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}



def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["blocks"], art["marks"] = blocks_and_marks(art["body"])
            rng = random.Random("newsflow-heldout17-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            placed, fams = residue_items(art, rng, site, used)
            if tpl in NEW_TEMPLATES:
                pages[art["id"]] = NEW_TEMPLATES[tpl](art, UI[lang], site, placed, rng)
                fams = fams + TEMPLATE_FAMILIES.get(tpl, [])
            else:
                fun, mode = OLD_TEMPLATES[tpl]
                pages[art["id"]] = fun(art, UI[lang], site, mp.body_html(art, placed, mode), rng)
            truth[art["id"]] = mp.truth_text(art["blocks"])
            meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)))
    return pages, truth, meta


def verify(pages, truth):
    problems = mp.verify(pages, truth)
    for pid, text in truth.items():
        if not 150 <= len(text.split()) <= 400:
            problems.append("%s: body has %d words (want 150-400)" % (pid, len(text.split())))
        if "[^" in text:
            problems.append("%s: footnote mark left in the truth" % pid)
    tpls = collections.Counter(a["tpl"] for a in ARTICLES)
    problems.extend("template %s used %d times (want every page on a different earlier layout)" % (t, c)
                    for t, c in tpls.items() if c > 1)
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    import articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl  # noqa: E401
    import articles_h4_en, articles_h4_intl, articles_h5_en, articles_h5_intl, articles_h6_en, articles_h6_intl  # noqa: E401
    import articles_h7_en, articles_h7_intl, articles_h8_en, articles_h8_intl, articles_h9_en, articles_h9_intl  # noqa: E401
    import articles_h10_en, articles_h10_intl, articles_h11_en, articles_h11_intl, articles_h12_en, articles_h12_intl  # noqa: E401
    import articles_h13_en, articles_h13_intl, articles_h14_en, articles_h14_intl, articles_h15_en, articles_h15_intl  # noqa: E401
    import articles_h16_en, articles_h16_intl  # noqa: E401
    story_mods = (articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl,
                  articles_h4_en, articles_h4_intl, articles_h5_en, articles_h5_intl, articles_h6_en, articles_h6_intl,
                  articles_h7_en, articles_h7_intl, articles_h8_en, articles_h8_intl, articles_h9_en, articles_h9_intl,
                  articles_h10_en, articles_h10_intl, articles_h11_en, articles_h11_intl, articles_h12_en,
                  articles_h12_intl, articles_h13_en, articles_h13_intl, articles_h14_en, articles_h14_intl,
                  articles_h15_en, articles_h15_intl, articles_h16_en, articles_h16_intl)
    old = set()
    for s in _strings([mp.RESIDUE, mp2.R, mp3.R, mp4.R, mp5.R, mp2.READMORE, mp3.READMORE, mp4.READMORE, mp2.LIVE,
                       mp2.LIVE_AUTHORS, mp2.BIO, mp3.DRUPAL, mp3.SUBSTACK, mp3.BROADCAST, mp4.GUTENBERG, mp5.SQS,
                       mp5.BRIGHT, mp5.WIRE, mp6.R, mp6.QT, mp6.TYPO3, mp6.BITRIX, mp7.R, mp7.SANITY, mp7.K2, mp8.R,
                       mp8.BLOX, mp9.R, mp10.R, mp10.WEBFLOW, mp11.R, mp11.HUGO, mp12.R, mp12.JOOMLA, mp13.R,
                       mp13.PUB_NAV, mp13.TEASERS, mp13.MEDIUM_CORE, mp14.R, mp14.BLOGGER_CORE, mp14.BLOGGER, mp15.R,
                       mp15.TILDA, mp16.R, mp16.WIX, mp16.WIX_CORE,
                       mp.RELATED_HEADLINES, mp2.HEADLINES, mp3.HEADLINES, mp4.HEADLINES, mp5.HEADLINES, mp6.HEADLINES,
                       mp7.HEADLINES, mp8.HEADLINES, mp9.HEADLINES, mp10.HEADLINES, mp11.HEADLINES, mp12.HEADLINES,
                       mp13.HEADLINES, mp14.HEADLINES, mp15.HEADLINES, mp16.HEADLINES,
                       mp2.SITES, mp3.SITES, mp4.SITES, mp5.SITES, mp6.SITES, mp7.SITES, mp8.SITES, mp9.SITES,
                       mp10.SITES, mp11.SITES, mp12.SITES, mp13.SITES, mp14.SITES, mp14.BLOG_SITES, mp15.SITES,
                       mp16.SITES, mp3.BROADCASTERS,
                       [a.get("site", "") for mod in story_mods for a in mod.ARTICLES]]):
        if s:
            old |= _sentences(s)
    for s in _strings(UI):
        old.add(s.lower().strip())
    for fam, by_lang in R.items():
        for s in _strings(by_lang):
            problems.extend("h17 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", [v for v in SITE_STRINGS.values()])):
        for s in _strings(obj):
            problems.extend("h17 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # new stories: no paragraph of an earlier part's story
    seen = set()
    for mod in story_mods:
        for art in mod.ARTICLES:
            body = re.sub(r"\[\^\d+\]", "", art["body"])
            seen.update(p.lower() for p in mp.truth_text(mp.parse_body(body)).split("\n\n"))
    for pid, text in truth.items():
        problems.extend("%s: paragraph from an earlier part: %r" % (pid, p[:60]) for p in text.split("\n\n")
                        if p.lower() in seen)
    # the headline must not be a story paragraph (it is residue when repeated in the body)
    for art in ARTICLES:
        if art["title"] in truth[art["id"]].split("\n\n"):
            problems.append("%s: headline is also a story paragraph" % art["id"])
    return problems


def main():
    hc.run(build, verify)


if __name__ == "__main__":
    main()
