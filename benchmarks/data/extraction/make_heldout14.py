#!/usr/bin/env python3
"""Fourteenth held-out part (h14-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout14.py           # write pages/h14-*.html
    python benchmarks/data/extraction/make_heldout14.py --check   # verify pages/h14-*.html and their truth
    python benchmarks/data/extraction/make_heldout14.py --stats   # template, words, residue per page

Written after the thirteenth held-out part (h13-*, now "heldout_v13") had been run once and retired, as a fresh,
independent test, again without looking at the cleaner's code, boilerplate pattern files, test fixtures,
docs, commit history or results.  Stories are in articles_h14_en.py / articles_h14_intl.py; the residue
wordings, their wrapper class names, related headlines, site names and template labels are new here (none
of the sentences of make_pages.RESIDUE or of the R pools of make_heldout2..13, nor their labels, furniture
strings, headlines or site names; verify() refuses to build if one is reused, or if a story paragraph of an
earlier part recurs).  One page layout is new (blogger: a post of a village / club blog hosted on Blogger
(blogspot.com) in the Contempo theme, whose story is div.post-body.entry-content as Blogger's post editor
saves it, with a captioned image in Blogger's tr-caption-container table, the invisible "more" jump-break
anchor, an empty editor line and a pasted follow.it "new posts by email" form inside it, the post header
("Posted by", timestamp, share bar) above it and the labels, share buttons, comments and blog pager after
it).  The other pages reuse the templates of make_pages.py (wordpress, cms, semantic, storybody, amp, ghost,
legacy-br), nextjs (make_heldout2.py), sanity (make_heldout7.py), blox (make_heldout8.py), hugo
(make_heldout11.py), joomla4 (make_heldout12.py) and medium (make_heldout13.py) with their markup helpers.
make_pages.py merges these pages into truth.json and split.json.
Standard library only; deterministic (each page's choices are seeded from its id).
"""
import collections
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
from heldout_common import MONTHS_EN, fill, fmt_date, safe_slots, _sentences, slug, _strings  # noqa: E402,F401
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
from make_pages import E, A, UI  # noqa: E402
from articles_h14_en import ARTICLES as H14_EN  # noqa: E402
from articles_h14_intl import ARTICLES as H14_INTL  # noqa: E402

ARTICLES = H14_EN + H14_INTL

SITES = {
    "en": ["Halverton Evening Star", "The Harbridge Courier", "Wenford and Dale Mercury"],
    "tr": ["Marmara Kıyı Postası", "Çoruh Haber Merkezi"],
    "de": ["Untermain-Kurier", "Lindenhofer Tagblatt"],
    "fr": ["L'Écho du Tarn et de l'Agout", "La Gazette du Causse"],
    "es": ["Heraldo de la Vega", "Crónica de Tierra de Campos"],
    "ru": ["Верхнекамский вестник", "Прикамская новь"],
}
# the blogs of the blogger pages (a village news blog, a fruit-growers' club, a neighbours' association, ...)
BLOG_SITES = {"h14-en-001": "Thornby Cross Village News", "h14-tr-001": "Karaağaç Köyü Haberleri",
              "h14-de-001": "OGV Kirchberg – der Vereinsblog", "h14-es-001": "Torrelapaja al Día",
              "h14-ru-001": "Сосновка: вести родного села"}

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h13 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["To watch this video, accept cookies from Vimeo in your privacy settings.",
               "This Google Maps embed is hidden by your cookie preferences – change them to load the map.",
               "Instagram content can't load here until marketing cookies are switched on."],
        "tr": ["Bu videoyu izlemek için gizlilik ayarlarınızdan Vimeo çerezlerine izin verin.",
               "Bu Google Haritalar içeriği çerez tercihleriniz nedeniyle gösterilmiyor. İzinleri yönet"],
        "de": ["Um dieses Video anzusehen, erlauben Sie bitte Cookies von Vimeo in Ihren Datenschutzeinstellungen.",
               "Diese Google-Maps-Karte wird wegen Ihrer Cookie-Auswahl nicht angezeigt. Einwilligung verwalten"],
        "fr": ["Pour regarder cette vidéo, acceptez les cookies Vimeo dans vos paramètres de confidentialité.",
               "Cette carte Google Maps n'est pas affichée en raison de vos préférences en matière de cookies. Gérer mon consentement"],
        "es": ["Para ver este vídeo, acepta las cookies de Vimeo en tu configuración de privacidad.",
               "Este mapa de Google Maps no se muestra por tus preferencias de cookies. Gestionar mi consentimiento"],
        "ru": ["Чтобы посмотреть это видео, разрешите cookie Vimeo в настройках конфиденциальности.",
               "Карта не показана из-за ваших настроек cookie. Управлять согласием"],
    },
    "newsletter": {
        "en": ["Get the {site} daily briefing: one email, every weekday at 6am. Sign up free",
               "You've reached your limit of free articles this month. Subscribe for £1 for your first month.",
               "Independent local news needs you. Become a {site} supporter today."],
        "tr": ["{site} günlük bülteni hafta içi her sabah 06.00'da e-postanızda. Ücretsiz kaydolun",
               "Bu ayki ücretsiz haber hakkınızı doldurdunuz. İlk ay için 1 liraya abone olun.",
               "Bağımsız yerel haberciliğin size ihtiyacı var. Bugün {site} destekçisi olun."],
        "de": ["Das tägliche Briefing von {site}: eine Mail, werktags um 6 Uhr. Kostenlos anmelden",
               "Sie haben Ihr Kontingent freier Artikel für diesen Monat erreicht. Jetzt den ersten Monat für 1 € lesen.",
               "Unabhängiger Lokaljournalismus braucht Sie. Werden Sie noch heute Unterstützer von {site}."],
        "fr": ["Le brief quotidien de {site} : un e-mail, chaque matin de la semaine à 6 h. Inscription gratuite",
               "Vos articles gratuits du mois sont épuisés. Abonnez-vous pour 1 € le premier mois.",
               "L'information locale indépendante a besoin de vous. Soutenez {site} dès aujourd'hui."],
        "es": ["El resumen diario de {site}: un correo cada mañana laborable a las 6. Apúntate gratis",
               "Ya has leído todas tus noticias gratuitas del mes. Suscríbete por 1 euro el primer mes.",
               "El periodismo local independiente te necesita. Hazte hoy socio de {site}."],
        "ru": ["Ежедневная рассылка «{site}»: одно письмо по будням в 6 утра. Оформить рассылку без оплаты",
               "Бесплатные статьи этого месяца закончились. Первый месяц подписки — за 1 рубль.",
               "Независимой местной журналистике нужна ваша помощь. Поддержите «{site}» сегодня."],
    },
    "share": {
        "en": ["Share this article on WhatsApp", "Catch {site} on Threads too", "Grab the link to this article"],
        "tr": ["Bu haberi WhatsApp'ta paylaşın", "{site} Threads'te: bizi takip edin", "Haberin bağlantısını kopyalayın"],
        "de": ["Per WhatsApp an Bekannte schicken", "{site} gibt es auch auf Threads", "Adresse dieser Seite kopieren"],
        "fr": ["Partager cet article sur WhatsApp", "{site} est aussi sur Threads", "Copier l'adresse de cette page"],
        "es": ["Comparte esta noticia por WhatsApp", "{site} también está en Threads", "Copiar la dirección de esta página"],
        "ru": ["Поделиться статьёй в WhatsApp", "Читайте «{site}» в «Дзене»", "Скопировать адрес страницы"],
    },
    "photo": {
        "en": ["Photo: Getty Images / iStock", "Picture: family handout", "Pic: submitted by a reader"],
        "tr": ["Fotoğraf: Getty Images / iStock", "Görsel: aile arşivinden"],
        "de": ["Foto: Getty Images / iStock", "Bild: aus dem Familienalbum"],
        "fr": ["Photo : Getty Images / iStock", "Crédit photo : archives de la famille"],
        "es": ["Foto: Getty Images / iStock", "Imagen cedida por la familia"],
        "ru": ["Фото: Getty Images / iStock", "Фото из семейного архива героя"],
    },
    "copyright": {
        "en": ["Copyright © 2026 {site}. This story may not be reproduced in any form without permission.",
               "© 2026 {site} Ltd | Registered in England and Wales"],
        "tr": ["Copyright © 2026 {site}. Bu haber izin alınmadan hiçbir biçimde çoğaltılamaz.",
               "© 2026 {site} | Basın Ahlak Esaslarına uymaya söz vermiştir"],
        "de": ["Copyright © 2026 {site}. Vervielfältigung in jeglicher Form nur mit Genehmigung.",
               "© 2026 {site} Verlagsgesellschaft mbH & Co. KG"],
        "fr": ["Copyright © 2026 {site}. Toute reproduction, sous quelque forme que ce soit, est soumise à autorisation.",
               "© 2026 {site} – SAS au capital de 10 000 €"],
        "es": ["Copyright © 2026 {site}. Prohibida su reproducción total o parcial sin permiso.",
               "© 2026 {site} Comunicación S.L."],
        "ru": ["Copyright © 2026 «{site}». Перепечатка в любой форме — только с разрешения редакции.",
               "© 2026 ООО «{site}». 16+"],
    },
    "section": {
        "en": ["ACROSS THE VALE", "Community » Latest", "Spotlight on"],
        "tr": ["BÖLGEMİZDEN", "Yaşam » Yerel", "Mercek altında"],
        "de": ["AUS DEM LANDKREIS", "Region » Aktuelles", "Unter der Lupe"],
        "fr": ["DANS LE CANTON", "Territoire » Actualités", "Coup de projecteur sur"],
        "es": ["EN LA COMARCA", "Local » Actualidad", "Con la lupa en"],
        "ru": ["ПО РАЙОНУ", "Общество » Лента", "Под прицелом"],
    },
    "related": {
        "en": ["Stories you'll want next", "More from around the valley"],
        "tr": ["Sıradaki haberlerimiz", "İlçeden diğer başlıklar"],
        "de": ["Als Nächstes bei uns", "Weitere Meldungen aus dem Landkreis"],
        "fr": ["À lire ensuite chez nous", "Ailleurs dans le canton"],
        "es": ["Para leer a continuación", "Más noticias de la comarca"],
        "ru": ["Читайте дальше у нас", "Другие новости района"],
    },
    "symbol": {"*": ["❍", "✠", "❋", "∗ ∗ ∗", "◦ ◦ ◦", "· · ·"]},
    "credit": {
        "en": ["Written by {site} reporters, with agencies", "By our district correspondent"],
        "tr": ["{site} / DHA", "Muhabir: {site} bölge temsilciliği"],
        "de": ["{site}/KNA", "Von unserem Kreiskorrespondenten"],
        "fr": ["{site} avec agences", "Par notre correspondant dans le canton"],
        "es": ["{site} / Europa Press", "Por nuestro corresponsal en la comarca"],
        "ru": ["«{site}» / РИА Новости", "Наш собственный корреспондент в районе"],
    },
    "ad": {
        "en": ["Advertising space", "Sponsored · Ad"],
        "tr": ["REKLAM ALANI · SPONSORLU", "Sponsorlu · Reklam"],
        "de": ["Anzeigenfläche", "Gesponsert · Anzeige"],
        "fr": ["ESPACE PUBLICITAIRE", "Sponsorisé · Annonce"],
        "es": ["ANUNCIO PUBLICITARIO", "Patrocinado · Anuncio"],
        "ru": ["Реклама на сайте", "Спонсорский материал · Реклама"],
    },
    "continue": {
        "en": ["Tap to read the full story", "Expand the full story"],
        "tr": ["Haberin geri kalanı için buraya dokunun", "Metnin tamamını aç"],
        "de": ["Zum vollständigen Artikel tippen", "Ganzen Artikel anzeigen"],
        "fr": ["Touchez pour lire l'article en entier", "Déplier la suite de l'article"],
        "es": ["Pulsa aquí para leer el resto", "Desplegar el texto completo"],
        "ru": ["Нажмите, чтобы прочитать полностью", "Открыть полный текст"],
    },
    "comments": {
        "en": ["Be part of the discussion: {n} comments", "{n} replies so far – have your say"],
        "tr": ["Tartışmaya siz de katılın: {n} yorum", "Şimdiye kadar {n} yanıt – siz ne düşünüyorsunuz?"],
        "de": ["Reden Sie mit: {n} Kommentare", "Bisher {n} Antworten – was meinen Sie?"],
        "fr": ["Rejoignez la discussion ({n})", "{n} réponses pour l'instant – donnez votre avis"],
        "es": ["Participa en el debate: {n} comentarios", "{n} respuestas hasta ahora: opina tú también"],
        "ru": ["Присоединяйтесь к обсуждению ({n})", "Уже {n} ответов — а что думаете вы?"],
    },
    "readtime": {
        "en": ["Time to read: about {m} minutes", "Read in {m} min"],
        "tr": ["Okuma: yaklaşık {m} dakika", "{m} dakikalık bir okuma"],
        "de": ["Lesezeit etwa {m} Minuten", "Gelesen in rund {m} Minuten"],
        "fr": ["Temps de lecture estimé : {m} minutes", "À lire en {m} min"],
        "es": ["Tiempo estimado de lectura: {m} minutos", "Se lee en {m} min"],
        "ru": ["На чтение уйдёт около {m} минут", "Прочтёте за {m} мин"],
    },
    "updated": {
        "en": ["Story updated at {t} on {d}", "Last revised: {d} {t}"],
        "tr": ["Haber güncellendi: {d}, saat {t}", "Son düzenleme: {d} {t}"],
        "de": ["Meldung aktualisiert um {t} Uhr am {d}", "Zuletzt überarbeitet: {d} {t}"],
        "fr": ["Article actualisé à {t} le {d}", "Dernière révision : {d} {t}"],
        "es": ["Noticia actualizada a las {t} del {d}", "Última revisión: {d} {t}"],
        "ru": ["Материал обновлён в {t} {d}", "Последняя правка: {d} {t}"],
    },
    "audio": {
        "en": ["Hear this story read aloud ({m} minutes)", "Audio: listen to this article"],
        "tr": ["Bu haberi sesli dinleyin ({m} dakika)", "Ses: bu haberi dinleyin"],
        "de": ["Diesen Artikel vorlesen lassen ({m} Minuten)", "Audio: den Artikel anhören"],
        "fr": ["Écoutez cet article lu à voix haute ({m} minutes)", "Audio : écouter cet article"],
        "es": ["Escucha esta noticia en voz alta ({m} minutos)", "Audio: escuchar esta noticia"],
        "ru": ["Послушайте эту статью вслух ({m} минуты)", "Аудио: прослушать статью"],
    },
    "correction": {
        "en": ["Correction: an earlier version of this story gave the wrong figure for the cost of the project. The figure has now been put right.",
               "Editor's note ({d}): a quote in this article was attributed to the wrong person and has been corrected."],
        "tr": ["Düzeltme: Haberin önceki sürümünde projenin maliyeti yanlış verilmişti. Rakam düzeltildi."],
        "de": ["Korrektur: In einer früheren Version dieses Artikels waren die Kosten des Projekts falsch angegeben. Wir haben die Angabe berichtigt."],
        "fr": ["Correction : une version précédente de cet article indiquait un montant erroné pour le coût du projet. Il a été rectifié."],
        "es": ["Corrección: una versión anterior de esta noticia daba una cifra errónea del coste del proyecto. Ya está corregida."],
        "ru": ["Исправление: в предыдущей версии материала была неверно указана стоимость проекта. Цифра исправлена."],
    },
    "wireend": {  # agency end markers and desk signatures, as left at the foot of copied wire stories
        "en": ["=END=", "(Compiled by the {site} regional desk; edited by R. Tamsin)"],
        "tr": ["(HABER SONU)", "(Derleyen: {site} bölge masası)"],
        "de": ["- Ende -", "Redaktion {site}/cwe/jk"],
        "fr": ["-- FIN --", "(Rédaction {site}, édition : J. Marchal)"],
        "es": ["(Fin de la información)", "{site}/jmg/pcs"],
        "ru": ["*** Конец материала ***", "Подготовил отдел регионов «{site}», редактор — П. Звягина"],
    },
}
HEADLINES = {
    "en": ["Library extends Saturday opening to 5pm", "Roadworks on the A614 to last until June",
           "Primary school eco club wins award for cutting waste", "Allotment society's open day returns",
           "Lifeboat volunteers launched twice before dawn"],
    "tr": ["Kütüphane cumartesi günleri 17.00'ye kadar açık", "Çevre yolundaki çalışmalar haziranda bitecek",
           "İlkokul ulusal geri dönüşüm ödülünü kazandı", "Hobi bahçeleri açık gün düzenliyor",
           "Deniz kurtarma ekibi bir gecede iki kez göreve çıktı"],
    "de": ["Stadtbibliothek samstags bis 17 Uhr geöffnet", "Baustelle an der B 27 dauert bis Juni",
           "Grundschule gewinnt bundesweiten Recycling-Preis", "Kleingärtner laden zum Tag der offenen Tür",
           "Seenotretter zweimal in einer Nacht im Einsatz"],
    "fr": ["La médiathèque ouvre le samedi jusqu'à 17 heures", "Les travaux de la RD 920 dureront jusqu'en juin",
           "L'école primaire remporte un prix national du recyclage", "Les jardins familiaux ouvrent leurs portes",
           "Le canot de sauvetage sorti deux fois en une nuit"],
    "es": ["La biblioteca abrirá los sábados hasta las 17.00", "Las obras de la N-232 durarán hasta junio",
           "Un colegio gana el premio nacional de reciclaje", "Los huertos urbanos celebran su jornada de puertas abiertas",
           "Salvamento Marítimo sale dos veces en una noche"],
    "ru": ["Библиотека будет работать по субботам до 17:00", "Ремонт объездной дороги продлится до июня",
           "Школа получила всероссийскую премию за раздельный сбор", "Садоводы приглашают на день открытых дверей",
           "Спасатели дважды за ночь выходили на воду"],
}
# Blogger's own interface strings, in the blog's language as Blogger ships them ("Posted by", "Labels:", the
# share menu, the comment form, the blog pager, the sidebar widgets); they are page furniture around the post
BLOGGER_CORE = {
    "en": dict(posted_by="Posted by", labels="Labels:", share="Share", get_link="Get link", newer="Newer Post",
               older="Older Post", home="Home", comments="{n} comments:", post_comment="Post a Comment",
               feed="Subscribe to: Post Comments (Atom)", reply="Reply", delete="Delete", anon="Anonymous",
               search="Search This Blog", powered="Powered by Blogger", archive="Archive", about="About Me",
               profile="View my complete profile", report="Report Abuse", email="Email", skip="Skip to main content",
               more="More…", at="at"),
    "tr": dict(posted_by="Yayınlayan", labels="Etiketler:", share="Paylaş", get_link="Bağlantıyı al",
               newer="Sonraki Kayıt", older="Önceki Kayıt", home="Ana Sayfa", comments="{n} yorum:",
               post_comment="Yorum Gönder", feed="Kaydol: Kayıt Yorumları (Atom)", reply="Yanıtla", delete="Sil",
               anon="Anonim", search="Bu Blogda Ara", powered="Blogger tarafından desteklenmektedir.",
               archive="Arşiv", about="Hakkımda", profile="Profilimin tamamını görüntüle", report="Kötüye Kullanımı Bildir",
               email="E-posta", skip="Ana içeriğe atla", more="Diğer…", at=""),
    "de": dict(posted_by="Gepostet von", labels="Labels:", share="Teilen", get_link="Link abrufen", newer="Neuerer Post",
               older="Älterer Post", home="Startseite", comments="{n} Kommentare:", post_comment="Kommentar veröffentlichen",
               feed="Abonnieren: Kommentare zum Post (Atom)", reply="Antworten", delete="Löschen", anon="Anonym",
               search="Dieses Blog durchsuchen", powered="Powered by Blogger", archive="Archiv", about="Über mich",
               profile="Mein Profil vollständig anzeigen", report="Missbrauch melden", email="E-Mail",
               skip="Direkt zum Hauptbereich", more="Mehr…", at="um"),
    "es": dict(posted_by="Publicado por", labels="Etiquetas:", share="Compartir", get_link="Obtener enlace",
               newer="Entrada más reciente", older="Entrada antigua", home="Inicio", comments="{n} comentarios:",
               post_comment="Publicar un comentario", feed="Suscribirse a: Enviar comentarios (Atom)", reply="Responder",
               delete="Eliminar", anon="Anónimo", search="Buscar este blog", powered="Con la tecnología de Blogger",
               archive="Archivo", about="Datos personales", profile="Ver todo mi perfil", report="Denunciar abuso",
               email="Correo electrónico", skip="Ir al contenido principal", more="Más…", at=""),
    "ru": dict(posted_by="Автор:", labels="Ярлыки:", share="Поделиться", get_link="Получить ссылку",
               newer="Следующее", older="Предыдущее", home="Главная страница", comments="Комментариев: {n}",
               post_comment="Отправить комментарий", feed="Подписаться на: Комментарии к сообщению (Atom)",
               reply="Ответить", delete="Удалить", anon="Анонимный", search="Поиск по этому блогу",
               powered="Технологии Blogger.", archive="Архив", about="Обо мне", profile="Просмотреть профиль",
               report="Сообщить о нарушении", email="Электронная почта", skip="Перейти к основному контенту",
               more="Ещё…", at=""),
}
# what the blog owners wrote themselves: the pasted follow.it form, the blog description and two reader comments
BLOGGER = {
    "en": dict(follow="Get new posts by email:", follow_ph="Enter your email here", follow_btn="Send me new posts",
               desc="News, notices and the odd photo from Thornby Cross and the lanes around it.",
               bio="Parish councillor, hall committee, keeper of the village noticeboard.",
               comments=[("Anonymous", "Well done everyone. The quiz nights were worth every burnt sausage roll."),
                         ("Mike Tranter", "Will the hall be available for hire on Sunday afternoons now?")]),
    "tr": dict(follow="Yeni yazılardan e-postayla haberdar olun:", follow_ph="E-posta adresinizi buraya yazın", follow_btn="Beni listeye ekle",
               desc="Karaağaç'tan haberler, duyurular ve hasat zamanı fotoğrafları.",
               bio="Köyün gönüllü muhabiri, emekli öğretmen.",
               comments=[("Anonim", "Emeği geçen herkesin eline sağlık."),
                         ("Yusuf K.", "Gelecek yıl vişne için ne zaman başvuru alınacak?")]),
    "de": dict(follow="Neue Beiträge per E-Mail bekommen:", follow_ph="Ihre E-Mail hier eingeben", follow_btn="Ja, informiert mich",
               desc="Neuigkeiten vom Obst- und Gartenbauverein am Kirchberg.",
               bio="Schriftführer des Vereins seit 2009, Imker im Nebenberuf.",
               comments=[("Anonym", "Schöne Aktion! Unsere Klasse freut sich schon auf die ersten Äpfel."),
                         ("Ruth K.", "Gibt es noch freie Patenschaften für das Frühjahr?")]),
    "es": dict(follow="Recibe las entradas nuevas en tu correo:", follow_ph="Escribe aquí tu correo", follow_btn="Quiero recibirlas",
               desc="El blog de la asociación de vecinos: noticias, avisos y fiestas de Torrelapaja.",
               bio="Vecina, socia fundadora y encargada de este blog.",
               comments=[("Anónimo", "Qué buena idea, mi madre ya ha ido dos veces."),
                         ("Jesús M.", "¿Se pueden comprar las fichas también en la tienda?")]),
    "ru": dict(follow="Получайте новые записи на почту:", follow_ph="Введите свой e-mail", follow_btn="Подписаться на записи",
               desc="Новости, объявления и фотографии села Сосновка.",
               bio="Учитель литературы, веду блог села с 2012 года.",
               comments=[("Анонимный", "Молодцы ребята! Принесу ещё коробки после переезда."),
                         ("Галина С.", "А пластиковые крышки принимаете?")]),
}

# residue every page of a template carries inside the article container (as in h8 .. h13)
TEMPLATE_FAMILIES = {
    "sanity": ["caption", "newsletter"],   # an image block (caption + credit), a newsletter-signup block
    "blox": ["caption", "ad"],             # in-story photo (caption, byline, "buy" link), in-story ad region with label
    "hugo": ["caption", "newsletter"],     # figure shortcode (caption + attribution), pasted Buttondown form
    "joomla4": ["caption", "related"],     # TinyMCE captioned image, {loadposition} "latest news" module
    "medium": ["caption", "related"],      # paragraph-image figure (caption + credit), mixtape link-preview embed
    "blogger": ["caption", "newsletter"],  # tr-caption-container image table, pasted follow.it e-mail form
}
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction", "wireend"]
# markup of the generic residue: classed wrappers as many CMSs emit them (class names new to the set), and
# plain <p>/<div> variants as left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="cmplz-placeholder-notice"><p>%s</p><button class="cmplz-accept-category" type="button">OK</button></div>',
               '<p class="blocked-embed-msg">%s</p>', '<p>%s</p>'],
    "newsletter": ['<div class="nl-inline-prompt"><p class="nl-inline-prompt__copy">%s</p><a class="nl-inline-prompt__cta" href="/newsletters">&#8250;</a></div>',
                   '<p class="metered-paywall-note">%s</p>', '<p><strong>%s</strong></p>', '<div>%s</div>'],
    "share": ['<div class="article-share-row"><a class="article-share-row__item" href="#">%s</a></div>', '<p class="follow-prompt">%s</p>',
              '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="pic-source">%s</p>', '<span class="credit-overlay">%s</span>', '<p><small>%s</small></p>'],
    "copyright": ['<p class="rights-statement">%s</p>', '<div class="syndication-note"><small>%s</small></div>', '<p>%s</p>'],
    "section": ['<p class="topic-tag">%s</p>', '<div class="overline-label">%s</div>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="divider-ornament">%s</p>', '<div class="text-separator">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="reporter-line">%s</p>', '<div class="source-attribution">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="headline-echo"><strong>%s</strong></p>', '<h2 class="article-heading-dup">%s</h2>', '<p><b>%s</b></p>'],
    "ad": ['<div class="dfp-slot-label">%s</div>', '<p class="promo-disclosure">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="expand-story"><a href="#full">%s</a></p>', '<div class="show-more-text">%s</div>',
                 '<p><a href="#full">%s</a></p>'],
    "comments": ['<p class="conversation-cta"><a href="#comments">%s</a></p>', '<div class="comment-tally">%s</div>',
                 '<p><a href="#comments">%s</a></p>'],
    "readtime": ['<p class="reading-minutes">%s</p>', '<span class="duration-chip">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="revision-stamp"><time>%s</time></p>', '<div class="modified-line">%s</div>', '<p><em>%s</em></p>'],
    "audio": ['<div class="tts-player"><button class="tts-player__btn" aria-label="Play"></button><span class="tts-player__text">%s</span></div>',
              '<p class="audio-teaser"><a href="#audio">%s</a></p>', '<p><a href="#audio">%s</a></p>'],
    "correction": ['<aside class="amendment-box"><p>%s</p></aside>', '<p class="correction-text"><i>%s</i></p>', '<p><i>%s</i></p>'],
    "wireend": ['<p class="agency-end">%s</p>', '<div class="desk-sign-off">%s</div>', '<p>%s</p>'],
}
CAPTION_STYLES = ['<figure class="embedded-photo"><img src="/media/{id}-body.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-body.jpg" alt="" width="620"><br><small>{cap} – {cr}</small></p>']
RELATED_STYLES = ['<div class="story-recirc"><h4>%s</h4><ul>%s</ul></div>',
                  '<aside class="further-reading"><p class="further-reading__label">%s</p><ul>%s</ul></aside>',
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
            lis = "".join('<li><a href="/news/%d">%s</a></li>' % (rng.randint(10000, 99999), E(h)) for h in heads)
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
# new template
# --------------------------------------------------------------------------
def blogger_block(kind, val, justify):
    """One block of the post as Blogger's post editor saves it (inline alignment styles, h3 subheadings,
    an indented quote for block quotes)."""
    if kind == "p":
        return ('<p style="text-align: justify;">%s</p>' if justify else "<p>%s</p>") % mp.inline_html(val)
    if kind == "h":
        return '<h3 style="text-align: left;">%s</h3>' % E(val)
    if kind == "q":
        return ('<blockquote style="border: none; margin: 0px 0px 0px 40px; padding: 0px;"><p style="text-align: left;">'
                '%s</p></blockquote>' % mp.inline_html(val))
    return '<%s style="text-align: left;">%s</%s>' % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def blogger_date(lang, iso, long=True):
    y, m, d = (int(x) for x in iso.split("-"))
    if lang == "en":
        return "%s %d, %d" % (["January", "February", "March", "April", "May", "June", "July", "August", "September",
                               "October", "November", "December"][m - 1], d, y)
    return fmt_date(lang, iso)


def tpl_blogger(art, ui, site, placed, rng):
    # a post of a blog hosted on Blogger (blogspot.com) in the Contempo theme: the skip link, the header widget
    # (blog title and description), the PageList tabs and the search box; then main#main > div.Blog >
    # div.blog-posts.hfeed > article.post-outer-container > div.post-outer > div.post: the BlogPosting JSON-LD,
    # the post-id anchor, h3.post-title.entry-title, the top share bar ("Get link", networks, "Email"), the
    # post header ("Posted by", the author's g-profile link, the timestamp link with <time class="published">),
    # then div.post-body-container > div.post-body.entry-content#post-body-<id> as the post editor saved it
    # (<p> with optional justify style, <h3 style>, lists, an indented blockquote); inside it a captioned
    # image in Blogger's tr-caption-container table (caption and photo credit in td.tr-caption) after the
    # opening paragraphs, the invisible "more" jump-break anchor, an empty editor line and a follow.it
    # "new posts by email" form pasted by the blog owner further down; after it div.post-bottom with the
    # labels and share buttons, the comments section (section.comments with the thread and the comment-form
    # iframe), the blog pager and the "Subscribe to: Post Comments (Atom)" feed link; the sidebar (profile,
    # archive, labels, report abuse) and the attribution footer
    c, b, lang, n = BLOGGER_CORE[art["lang"]], BLOGGER[art["lang"]], art["lang"], len(art["blocks"])
    host = "https://%s.blogspot.com" % mp11.host_name(site)[:24]
    y, m = art["date"][:4], art["date"][5:7]
    url = "%s/%s/%s/%s.html" % (host, y, m, mp13.medium_slug(art["title"], 40).lower().strip("-"))
    blog_id = str(rng.randint(10**18, 10**19 - 1))
    post_id = str(rng.randint(10**18, 10**19 - 1))
    prof = str(rng.randint(10**19, 10**20 - 1))
    justify = rng.random() < 0.5
    slots = safe_slots(art, 2) or [n]
    img_at = slots[0]
    form_at = next((i for i in slots if i >= max(img_at + 2, n // 2)), slots[-1])
    key = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(60))
    img = "https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsE%s" % key
    fname = slug(mp11.host_name(art["caption"]) or "photo")[:20] or "photo"
    fig = ('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; '
           'margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="{img}/s1600/IMG_{no}.jpg" '
           'style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="1200" data-original-width="1600" '
           'height="480" src="{img}/w640-h480/IMG_{no}.jpg" width="640" /></a></td></tr><tr><td class="tr-caption" '
           'style="text-align: center;">{cap} {cr}</td></tr></tbody></table>').format(
        img=img, no=rng.randint(1000, 9999), cap=E(art["caption"]), cr=E(art["credit"]))
    token = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(120))
    form = ('<form action="https://api.follow.it/subscription-form/{tok}/8" method="post" style="margin: 0px auto; max-width: 400px;">'
            '<div class="form-preview" style="background-color: white; border-radius: 6px; border: 1px solid rgb(204, 204, 204); '
            'padding: 30px; position: relative;"><div class="preview-heading" style="width: 100%;"><h5 style="font-family: Arial; '
            'font-size: 17px; font-weight: 700; text-align: center; text-transform: none;">{t}</h5></div>'
            '<div class="preview-input-field"><input name="email" placeholder="{ph}" required="" spellcheck="false" '
            'style="font-family: Arial; font-size: 14px; text-align: center; width: 100%;" type="email" /></div>'
            '<div class="preview-submit-button"><button style="background-color: black; color: white; font-family: Arial; '
            'font-size: 16px; font-weight: 700; width: 100%;" type="submit">{btn}</button></div></div></form>').format(
        tok=token, t=E(b["follow"]), ph=A(b["follow_ph"]), btn=E(b["follow_btn"]))
    placed = {i: list(v) for i, v in placed.items()}
    placed.setdefault(1, []).insert(0, '<a name="more"></a>')
    placed.setdefault(img_at, []).append(fig)
    placed.setdefault(form_at, []).extend(['<div><br /></div>', form])
    out = []
    for i, (kind, val) in enumerate(art["blocks"]):
        out.extend(placed.get(i, []))
        out.append(blogger_block(kind, val, justify))
    out.extend(placed.get(n, []))
    body = "\n".join(out)
    hh, mi = rng.randint(7, 21), rng.randint(0, 59)
    iso = "%sT%02d:%02d:00%s" % (art["date"], hh, mi, "+03:00" if lang in ("tr", "ru") else "+01:00")
    when = blogger_date(lang, art["date"])
    labels = [art["section"], "Thornby Cross" if lang == "en" else site.split()[0].strip(":")]
    label_links = ", ".join("<a href='%s/search/label/%s' rel='tag'>%s</a>" % (host, A(x.replace(" ", "%20")), E(x))
                            for x in labels)
    nets = [("Facebook", "facebook"), ("X", "twitter"), ("Pinterest", "pinterest"), (c["email"], "email")]

    def sharebar(where):
        items = "".join("<li class='sharing-platform-button sharing-element-%s' data-url='https://www.blogger.com/share-post.g?"
                        "blogID=%s&amp;postID=%s&amp;target=%s' title='%s'><svg class='svg-icon-24 touch-icon sharing-%s'>"
                        "<use xlink:href='#icon-%s' xmlns:xlink='http://www.w3.org/1999/xlink'></use></svg><span "
                        "class='platform-sharing-text'>%s</span></li>" % (k, blog_id, post_id, k, A(name), k, k, E(name))
                        for name, k in nets)
        return ("<div class='post-share-buttons post-share-buttons-%s'><div class='byline post-share-buttons goog-inline-block'>"
                "<div aria-owns='sharing-popup-Blog1-%s-%s' class='sharing' data-title='%s'><button aria-controls='sharing-popup-"
                "Blog1-%s-%s' aria-label='%s' class='sharing-button touch-icon-button' id='sharing-button-Blog1-%s-%s' "
                "role='button'><div class='flat-icon-button ripple'><svg class='svg-icon-24'><use xlink:href='#ic_share_black_24dp' "
                "xmlns:xlink='http://www.w3.org/1999/xlink'></use></svg></div></button><div class='share-buttons-container'><ul "
                "aria-hidden='true' aria-label='%s' class='share-buttons hidden' id='sharing-popup-Blog1-%s-%s' role='menu'><li>"
                "<span aria-label='%s' class='sharing-platform-button sharing-element-link' data-href='https://www.blogger.com/"
                "share-post.g?blogID=%s&amp;postID=%s&amp;target=' data-url='%s' role='menuitem' tabindex='-1' title='%s'><svg "
                "class='svg-icon-24 touch-icon sharing-link'><use xlink:href='#ic_24_link_dark' xmlns:xlink='http://www.w3.org/"
                "1999/xlink'></use></svg><span class='platform-sharing-text'>%s</span></span></li>%s</ul></div></div></div></div>"
                ) % (where, where, post_id, A(art["title"]), where, post_id, A(c["share"]), where, post_id, A(c["share"]), where,
                     post_id, A(c["get_link"]), blog_id, post_id, url, A(c["get_link"]), E(c["get_link"]), items)

    ncom = len(b["comments"])
    coms = "".join(("<li class='comment' id='c{cid}'><div class='avatar-image-container'><img class='author-avatar' height='35' "
                    "src='//resources.blogblog.com/img/blank.gif' width='35'/></div><div class='comment-block'><div "
                    "class='comment-header'><cite class='user'>{who}</cite><span class='icon user'></span><span class='datetime "
                    "secondary-text'><a rel='nofollow' href='{url}?showComment={ts}#c{cid}'>{when}{at} {hh:02d}:{mm:02d}</a></span>"
                    "</div><p class='comment-content'>{txt}</p><span class='comment-actions secondary-text'><a class='comment-reply' "
                    "data-comment-id='{cid}' target='_self'>{reply}</a><span class='item-control blog-admin blog-admin "
                    "pid-{prof}'><a target='_self' href='https://www.blogger.com/comment/delete/{bid}/{cid}'>{dele}</a></span>"
                    "</span></div><div class='comment-replies'><div class='comment-thread inline-thread hidden' id='c{cid}-rt'>"
                    "<span class='thread-toggle thread-expanded'><span class='thread-arrow'></span><span class='thread-count'>"
                    "<a target='_self'>0</a></span></span><ol class='thread-chrome thread-expanded'><div></div><div "
                    "class='thread-anchor' id='c{cid}-ra'></div></ol></div></div><div class='comment-replybox-single' "
                    "id='c{cid}-ce'></div></li>").format(
        cid=rng.randint(10**18, 10**19 - 1), who=E(who), url=url, ts=rng.randint(10**12, 10**13 - 1), when=when,
        at=(" " + c["at"]) if c["at"] else "", hh=rng.randint(8, 22), mm=rng.randint(0, 59), txt=E(txt), reply=E(c["reply"]),
        prof=prof, bid=blog_id, dele=E(c["delete"])) for who, txt in b["comments"])
    tabs = "".join("<li%s><a href='%s'>%s</a></li>" % (" class='selected'" if k == 0 else "", host + ("/" if k == 0 else
                   "/p/%s.html" % slug(mp11.host_name(x) or "page")), E(x)) for k, x in enumerate([c["home"]] + ui["nav"][1:4]))
    years = "".join("<li class='archivedate'><div class='hierarchy-title'><a class='post-count-link' href='%s/%d/'>%d</a>"
                    "<span class='post-count'>%d</span></div></li>" % (host, yy, yy, rng.randint(8, 60))
                    for yy in range(int(y), int(y) - 4, -1))
    ld = json.dumps({"@context": "http://schema.org", "@type": "BlogPosting", "mainEntityOfPage": {"@type": "WebPage",
                     "@id": url}, "headline": art["title"], "description": art.get("sub") or "", "datePublished": iso,
                     "dateModified": iso, "image": {"@type": "ImageObject", "url": img + "/w1200-h630-p-k-no-nu/IMG.jpg",
                     "height": 630, "width": 1200}, "publisher": {"@type": "Organization", "name": "Google",
                     "logo": {"@type": "ImageObject", "url": "https://blogger.googleusercontent.com/img/b/U2hvZWJveA/logo.png",
                              "width": 206, "height": 60}}, "author": {"@type": "Person", "name": art["byline"]}},
                    ensure_ascii=False).replace("</", "<\\/")
    head = ('<!DOCTYPE html>\n<html class="v2" dir="ltr" lang="{lang}" xmlns="http://www.w3.org/1999/xhtml" '
            'xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" '
            'xmlns:expr="http://www.google.com/2005/gml/expr">\n<head>\n'
            '<meta content="width=device-width, initial-scale=1" name="viewport"/>\n<title>{site}: {t}</title>\n'
            '<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/>\n<meta content="blogger" name="generator"/>\n'
            '<link href="{host}/favicon.ico" rel="icon" type="image/x-icon"/>\n<link href="{url}" rel="canonical"/>\n'
            '<link rel="alternate" type="application/atom+xml" title="{site} - Atom" href="{host}/feeds/posts/default" />\n'
            '<link rel="alternate" type="application/rss+xml" title="{site} - RSS" href="{host}/feeds/posts/default?alt=rss" />\n'
            '<link rel="service.post" type="application/atom+xml" title="{site} - Atom" href="https://www.blogger.com/feeds/{bid}/posts/default" />\n'
            '<link rel="alternate" type="application/atom+xml" title="{site} - Atom" href="{host}/feeds/{pid}/comments/default" />\n'
            '<meta content="{desc}" name="description"/>\n<meta content="{t}" property="og:title"/>\n'
            '<meta content="{url}" property="og:url"/>\n<meta content="{desc}" property="og:description"/>\n'
            '<meta content="{img}/w1200-h630-p-k-no-nu/IMG.jpg" property="og:image"/>\n'
            '<link type="text/css" rel="stylesheet" href="https://www.blogger.com/static/v1/widgets/{css}-widget_css_bundle.css" />\n'
            '<link href="https://www.blogger.com/dyn-css/authorization.css?targetBlogID={bid}&amp;zx={zx}" media="none" '
            'onload="if(media!=&#39;all&#39;)media=&#39;all&#39;" rel="stylesheet"/>\n'
            '<style id="page-skin-1" type="text/css">body{{font:15px Roboto, sans-serif;color:#000;background:#eee}}'
            '.post-body{{font-size:110%;line-height:1.6}}.tr-caption{{font-size:80%;color:#757575}}</style>\n'
            '<script type="text/javascript">(function(){{var a=window,b=document;a._gaq=a._gaq||[];}})();</script>\n'
            '</head>\n').format(lang=lang, site=E(site), t=E(art["title"]), host=host, url=url, bid=blog_id, pid=post_id,
                                desc=A(art.get("sub") or b["desc"]), img=img, css=rng.randint(1000000000, 3999999999),
                                zx="%x" % rng.randint(16**11, 16**12 - 1))
    return head + f'''<body class="version-1-3-3 variant-indie_light">
<a class="skip-navigation" href="#main" tabindex="0">{E(c["skip"])}</a>
<div class="page">
<div class="bg-photo-overlay"></div>
<div class="bg-photo-container"><div class="bg-photo"></div></div>
<div class="page_body">
<div class="centered">
<div class="centered-top-placeholder"></div>
<header class="centered-top-container" role="banner">
<div class="centered-top">
<div class="top-bar"><div class="search"><div class="widget BlogSearch" data-version="2" id="BlogSearch1"><h3 class="title">{E(c["search"])}</h3><div class="widget-content" role="search"><form action="{host}/search" target="_top"><div class="search-input"><input aria-label="{A(c["search"])}" autocomplete="off" name="q" placeholder="{A(c["search"])}" value=""/></div><input class="search-action flat-button" type="submit" value="{A(c["search"])}"/></form></div></div></div></div>
<div class="blog-name container">
<div class="container section" id="header" name="Header"><div class="widget Header" data-version="2" id="Header1">
<div class="header-widget">
<div><h1><a href="{host}/">{E(site)}</a></h1></div>
<p>{E(b["desc"])}</p>
</div>
</div></div>
<nav role="navigation"><div class="clearboth section" id="page_list_top" name="Pages"><div class="widget PageList" data-version="2" id="PageList1"><div class="widget-content"><div class="overflowable-container"><div class="overflowable-contents"><div class="container"><ul class="tabs">{tabs}</ul></div></div></div></div></div></div></nav>
</div>
</div>
</header>
<div><div class="vertical-ad-placeholder no-items section" id="ads" name="Ads"></div></div>
<main class="centered-bottom" id="main" role="main" tabindex="-1">
<div class="main section" id="page_body" name="Page body"><div class="widget Blog" data-version="2" id="Blog1">
<div class="blog-posts hfeed container">
<article class="post-outer-container">
<div class="post-outer">
<div class="post">
<script type="application/ld+json">{ld}</script>
<a name="{post_id}"></a>
<h3 class="post-title entry-title">
{E(art["title"])}
</h3>
{sharebar("top")}
<div class="post-header">
<div class="post-header-line-1">
<span class="byline post-author vcard">
<span class="byline-label">{E(c["posted_by"])}</span>
<span class="fn">
<meta content="https://www.blogger.com/profile/{prof}"/>
<a class="g-profile" href="https://www.blogger.com/profile/{prof}" rel="author" title="author profile">
<span>{E(art["byline"])}</span>
</a>
</span>
</span>
<span class="byline post-timestamp">
<meta content="{url}"/>
<a class="timestamp-link" href="{url}" rel="bookmark" title="permanent link">
<time class="published" datetime="{iso}" title="{iso}">
{when}
</time>
</a>
</span>
</div>
</div>
<div class="post-body-container">
<div class="post-body entry-content float-container" id="post-body-{post_id}">
{body}
</div>
</div>
<div class="post-bottom">
<div class="post-footer float-container">
<div class="post-footer-line post-footer-line-1">
<div class="byline post-labels">
<span class="byline-label">{E(c["labels"])}</span>
{label_links}
</div>
</div>
<div class="post-footer-line post-footer-line-2"></div>
<div class="post-footer-line post-footer-line-3"></div>
</div>
{sharebar("bottom")}
</div>
</div>
</div>
<section class="comments embed" data-num-comments="{ncom}" id="comments">
<a name="comments"></a>
<h3 class="title">{E(c["comments"].replace("{n}", str(ncom)))}</h3>
<div class="comments-content">
<div class="comment-thread toplevel-thread"><ol id="top-ra">{coms}</ol></div>
</div>
<div class="comment-footer">
<div class="comment-form">
<a name="comment-form"></a>
<h4 id="comment-post-message">{E(c["post_comment"])}</h4>
<a href="https://www.blogger.com/comment/frame/{blog_id}?po={post_id}&amp;hl={lang}&amp;saa=85391&amp;origin={host}&amp;skin=contempo" id="comment-editor-src"></a>
<iframe allowtransparency="allowtransparency" class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor" name="comment-editor" src="" title="{A(c["post_comment"])}" width="100%"></iframe>
</div>
</div>
</section>
</article>
</div>
<div class="blog-pager container" id="blog-pager">
<a class="blog-pager-newer-link" href="{host}/{y}/{m}/{slug(HEADLINES[lang][0])[:30]}.html" id="Blog1_blog-pager-newer-link" title="{A(c["newer"])}">{E(c["newer"])}</a>
<a class="blog-pager-older-link" href="{host}/{y}/{m}/{slug(HEADLINES[lang][1])[:30]}.html" id="Blog1_blog-pager-older-link" title="{A(c["older"])}">{E(c["older"])}</a>
<a class="home-link" href="{host}/">{E(c["home"])}</a>
</div>
<div class="post-feeds">
<div class="feed-links">{E(c["feed"].split(":")[0])}: <a class="feed-link" href="{host}/feeds/{post_id}/comments/default" target="_blank" type="application/atom+xml">{E(c["feed"].split(":", 1)[1].strip())}</a></div>
</div>
</div></div>
</main>
<aside class="sidebar-container container sidebar-invisible" role="complementary">
<div class="sidebar_top_wrapper"><div class="sidebar_top section" id="sidebar_top" name="Sidebar (Top)">
<div class="widget Profile" data-version="2" id="Profile1"><div class="wrapper"><h3 class="title">{E(c["about"])}</h3><div class="widget-content individual"><a href="https://www.blogger.com/profile/{prof}" rel="nofollow"><img alt="{A(art["byline"])}" class="profile-img" height="113" src="//blogger.googleusercontent.com/img/b/R29vZ2xl/profile-{prof[:8]}.jpg" width="80"/></a><div class="profile-info"><dl class="profile-datablock"><dt class="profile-data"><a class="profile-link g-profile" href="https://www.blogger.com/profile/{prof}" rel="author nofollow">{E(art["byline"])}</a></dt><dd class="profile-textblock">{E(b["bio"])}</dd></dl><a class="profile-link visit-profile" href="https://www.blogger.com/profile/{prof}" rel="author">{E(c["profile"])}</a></div></div></div></div>
</div></div>
<div class="sidebar_bottom section" id="sidebar_bottom" name="Sidebar (Bottom)">
<div class="widget BlogArchive" data-version="2" id="BlogArchive1"><details class="collapsible extendable"><summary><div class="collapsible-title"><h3 class="title">{E(c["archive"])}</h3></div></summary><div class="widget-content"><div id="ArchiveList"><div id="BlogArchive1_ArchiveList"><ul class="hierarchy">{years}</ul></div></div></div></details></div>
<div class="widget ReportAbuse" data-version="2" id="ReportAbuse1"><h3 class="title"><a class="report_abuse" href="https://www.blogger.com/go/report-abuse" rel="noopener nofollow" target="_blank">{E(c["report"])}</a></h3></div>
</div>
</aside>
<footer class="footer section" id="footer" name="Footer"><div class="widget Attribution" data-version="2" id="Attribution1"><div class="widget-content"><div class="blogger"><a href="https://www.blogger.com" rel="nofollow"><svg class="svg-icon-24"><use xlink:href="#ic_post_blogger_black_24dp" xmlns:xlink="http://www.w3.org/1999/xlink"></use></svg>{E(c["powered"])}</a></div></div></div></footer>
</div>
</div>
</div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/{rng.randint(1000000000, 3999999999)}-widgets.js"></script>
<script type="text/javascript">window['__wavt'] = 'AOuZoY{key[:40]}';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d{blog_id}','//{host[8:]}/{y}/{m}/','{blog_id}');</script>
</body>
</html>
'''


NEW_TEMPLATES = {"blogger": tpl_blogger, "medium": mp13.tpl_medium, "joomla4": mp12.tpl_joomla4, "hugo": mp11.tpl_hugo,
                 "blox": mp8.tpl_blox, "sanity": mp7.tpl_sanity, "nextjs": mp2.tpl_nextjs}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    for art in ARTICLES:
        art = dict(art)
        art["blocks"] = mp.parse_body(art["body"])
        rng = random.Random("newsflow-heldout14-" + art["id"])
        lang, tpl = art["lang"], art["tpl"]
        if art.get("site"):
            site = art["site"]
        elif art["id"] in BLOG_SITES:
            site = BLOG_SITES[art["id"]]
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
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    old = set()
    for s in _strings([mp.RESIDUE, mp2.R, mp3.R, mp4.R, mp5.R, mp2.READMORE, mp3.READMORE, mp4.READMORE, mp2.LIVE,
                       mp2.BIO, mp3.DRUPAL, mp3.SUBSTACK, mp3.BROADCAST, mp4.GUTENBERG, mp5.SQS, mp5.BRIGHT, mp5.WIRE,
                       mp6.R, mp6.QT, mp6.TYPO3, mp6.BITRIX, mp7.R, mp7.SANITY, mp7.K2, mp8.R, mp8.BLOX, mp9.R,
                       mp10.R, mp10.WEBFLOW, mp11.R, mp11.HUGO, mp12.R, mp12.JOOMLA, mp13.R, mp13.TEASERS, mp13.PUB_NAV,
                       mp.RELATED_HEADLINES, mp2.HEADLINES, mp3.HEADLINES, mp4.HEADLINES, mp5.HEADLINES, mp6.HEADLINES,
                       mp7.HEADLINES, mp8.HEADLINES, mp9.HEADLINES, mp10.HEADLINES, mp11.HEADLINES, mp12.HEADLINES,
                       mp13.HEADLINES, mp2.SITES, mp3.SITES, mp4.SITES, mp5.SITES, mp6.SITES, mp7.SITES, mp8.SITES,
                       mp9.SITES, mp10.SITES, mp11.SITES, mp12.SITES, mp13.SITES, mp3.BROADCASTERS]):
        old |= _sentences(s)
    for s in _strings(UI):
        old.add(s.lower().strip())
    for fam, by_lang in R.items():
        for s in _strings(by_lang):
            problems.extend("h14 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    # Blogger's own interface strings (BLOGGER_CORE: "Share", "Home", "Posted by", "Post a Comment", ...) are left as
    # Blogger ships them; they are page furniture around the post, and single words occur everywhere
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("BLOG_SITES", BLOG_SITES), ("BLOGGER", BLOGGER)):
        for s in _strings(obj):
            problems.extend("h14 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # new stories: no paragraph of an earlier part's story
    import articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl  # noqa: E401
    import articles_h4_en, articles_h4_intl, articles_h5_en, articles_h5_intl, articles_h6_en, articles_h6_intl  # noqa: E401
    import articles_h7_en, articles_h7_intl, articles_h8_en, articles_h8_intl, articles_h9_en, articles_h9_intl  # noqa: E401
    import articles_h10_en, articles_h10_intl, articles_h11_en, articles_h11_intl, articles_h12_en, articles_h12_intl  # noqa: E401
    import articles_h13_en, articles_h13_intl  # noqa: E401
    seen = set()
    for mod in (articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl,
                articles_h4_en, articles_h4_intl, articles_h5_en, articles_h5_intl, articles_h6_en, articles_h6_intl,
                articles_h7_en, articles_h7_intl, articles_h8_en, articles_h8_intl, articles_h9_en, articles_h9_intl,
                articles_h10_en, articles_h10_intl, articles_h11_en, articles_h11_intl, articles_h12_en,
                articles_h12_intl, articles_h13_en, articles_h13_intl):
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
