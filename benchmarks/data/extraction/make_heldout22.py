#!/usr/bin/env python3
"""Twenty-second held-out part (h22-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout22.py           # write pages/h22-*.html
    python benchmarks/data/extraction/make_heldout22.py --check   # verify pages/h22-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout22.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results.  Stories are in articles_h22_en.py / articles_h22_intl.py; the
residue wordings (the twenty-seven generic families of the earlier parts plus four new ones: in-body skip links –
"skip past this advertisement" –, print / e-mail tool links, "translated from …" notes and comment-moderation
rules), their wrapper class names, related headlines, site names, the sites' own strings in the earlier layouts
and the first-round furniture strings (menus, cookie banner, newsletter box, footer, commenters) are new here:
none of the sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..21, nor their labels,
furniture strings, headlines or site names; verify() refuses to build if one is reused, or if a story paragraph
or headline of an earlier part recurs, or if a headline is also a story paragraph, or if a body is outside
150-400 words.
One page layout is new (newspack: a story page of a nonprofit local newsroom on WordPress with the Newspack
theme and plugins, as such sites serve it – head with the Yoast SEO block and its JSON-LD graph, the theme's
and the Newspack plugins' stylesheets, the Campaigns (newspack-popups) and Site Kit scripts; body classes of
the Newspack theme; the skip link; the header (top bar with the secondary menu and social links, the branding
with logo, site title and tagline, the tertiary "donate" menu, the reader-account link, the search toggle and
form, the mobile-menu toggle, the primary menu); the single-post view: category links, h1.entry-title, the
Newspack post subtitle, the entry-subhead with author avatar, byline, date and the Jetpack sharing buttons, the
featured image with its caption and the Newspack image credit; div.entry-content holding the post as saved by
the block editor (bare <p>, h2.wp-block-heading, ul.wp-block-list, blockquote.wp-block-quote), with an image
block (caption + "Credit:" label) after the opening paragraphs, a Newspack Campaigns inline prompt (a donation
pitch with the Newspack Donate block) in the middle, a newsletter sign-up group with the Newspack Newsletters
subscribe block further down and Jetpack's related posts at the end; then the tags, the Newspack author bio,
the WordPress comments and the reply form; the sidebar (most read, support box); the footer widgets, footer
branding and site info with "Proudly powered by Newspack by Automattic"; Jetpack's cookie banner widget; the
Campaigns overlay prompt (a bottom newsletter pop-up) and the frontend scripts).  Newspack's, WordPress's and
Jetpack's own interface strings (NEWSPACK_CORE) are left as the platforms word them and not checked.
The other 23 pages use 23 different layouts of earlier parts with their markup helpers – wordpress, semantic,
ghost, legacy-br, portal, storybody, cms (make_pages.py), regional, liveblog, magazine, nextjs
(make_heldout2.py), drupal, substack (make_heldout3.py), gutenberg, chunks (make_heldout4.py), squarespace,
brightspot, wire (make_heldout5.py), quintype, bitrix (make_heldout6.py), weebly (make_heldout18.py), ucoz
(make_heldout19.py) and elementor (make_heldout21.py); while a page is rendered, the earlier modules' related
headlines (HEADLINES, make_pages.RELATED_HEADLINES), the strings that belong to one site rather than to the
platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves (make_heldout4.R for the
gutenberg consent placeholder and the chunks ad labels) are swapped for this part's own, and the templates get
this part's furniture strings (UI22) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout21.py, so that make_pages.py can import this module and merge it the same way.
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
from make_pages import E, A, UI  # noqa: E402
from articles_h22_en import ARTICLES as H22_EN  # noqa: E402
from articles_h22_intl import ARTICLES as H22_INTL  # noqa: E402

ARTICLES = H22_EN + H22_INTL

# handed out in page order to the pages without a fixed site (one per page; the wire page carries its agency)
SITES = {
    "en": ["The Harwick Standard", "Eastmoor Evening Gazette", "Kilcraig & Glens Press", "The Sunnington Dispatch",
           "Ridgeway Evening Star", "Longshore Magazine"],
    "tr": ["Uzunçarşı Postası", "Kent Gündem 24"],
    "de": ["Kamptal-Bote", "Kreisbote Hollenau", "Rheinebene Aktuell"],
    "fr": ["L'Écho de l'Arize", "Planèze Infos", "Montbazin Actu"],
    "es": ["Crónica de Villaseca"],
    "ru": ["Телерадиокомпания «Заречье»", "Верхнекамск.ру"],
}
# sites fixed per page (a nonprofit newsroom on Newspack, a one-person newsletter on Substack, a village on uCoz,
# a local digital paper on Elementor, a coffee roaster on Squarespace, a cycling club on Weebly) are given in the
# stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h21 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This map is provided by a third party. Allow 'Maps' cookies to see it.",
               "You've turned off social media cookies, so this post can't be shown here."],
        "tr": ["Bu harita üçüncü taraf bir hizmetten geliyor. Görmek için 'Harita' çerezlerine izin verin.",
               "Sosyal medya çerezlerini kapattığınız için bu gönderi burada gösterilemiyor."],
        "de": ["Diese Karte stammt von einem Drittanbieter. Erlauben Sie Cookies für „Karten“, um sie zu sehen.",
               "Sie haben Social-Media-Cookies abgelehnt, deshalb kann dieser Beitrag hier nicht erscheinen."],
        "fr": ["Cette carte est fournie par un tiers. Autorisez les cookies « Cartes » pour l'afficher.",
               "Vous avez désactivé les cookies des réseaux sociaux : cette publication ne peut pas s'afficher ici."],
        "es": ["Este mapa lo proporciona un tercero. Permite las cookies de «Mapas» para verlo.",
               "Has desactivado las cookies de redes sociales, así que esta publicación no puede mostrarse aquí."],
        "ru": ["Эта карта предоставлена сторонним сервисом. Разрешите cookie «Карты», чтобы её увидеть.",
               "Вы отключили cookie социальных сетей, поэтому этот пост здесь не отображается."],
    },
    "newsletter": {  # newsletter pitches, metered-paywall notes, donation appeals
        "en": ["The Evening Edition: today's local headlines at 6pm, straight to your email.",
               "You have two free articles left this month. Become a member for £5 a month.",
               "Independent local journalism costs money. A one-off gift of £5 helps."],
        "tr": ["Akşam Baskısı: günün yerel başlıkları saat 18.00'de e-postanızda.",
               "Bu ay iki ücretsiz haber hakkınız kaldı. Ayda 60 liraya üye olun.",
               "Bağımsız yerel gazetecilik para ister. Tek seferlik 100 liralık destek bile işe yarar."],
        "de": ["Die Abendausgabe: die lokalen Schlagzeilen des Tages um 18 Uhr per E-Mail.",
               "Sie haben in diesem Monat noch zwei freie Artikel. Jetzt Mitglied werden für 5 € im Monat.",
               "Guter Lokaljournalismus ist nicht umsonst. Schon eine einmalige Spende von 5 Euro hilft."],
        "fr": ["L'Édition du soir : les titres locaux du jour à 18 heures, dans votre boîte mail.",
               "Il vous reste deux articles gratuits ce mois-ci. Devenez membre pour 5 € par mois.",
               "Le journalisme local indépendant a un coût. Un don ponctuel de 5 € nous aide."],
        "es": ["La Edición de la tarde: los titulares locales del día a las seis, en tu correo.",
               "Te quedan dos artículos gratuitos este mes. Hazte socio por 5 euros al mes.",
               "El buen periodismo local no sale gratis. Una aportación puntual de 5 euros ayuda."],
        "ru": ["«Вечерний выпуск»: главные местные новости дня в 18:00 на вашу почту.",
               "В этом месяце у вас осталось два бесплатных материала. Оформите членство за 199 рублей в месяц.",
               "Хорошая местная журналистика не бывает бесплатной. Даже разовое пожертвование в 100 рублей помогает."],
    },
    "share": {
        "en": ["Pass this article on to a friend by email", "Put this story on your Facebook page", "We're on Bluesky too: find {site} there"],
        "tr": ["Bu haberi bir arkadaşınıza gönderin", "Bunu Facebook'ta yayınlayın", "{site} Bluesky'da da sizi bekliyor"],
        "de": ["Diesen Artikel an Freunde senden", "Diesen Text auf Ihrer Facebook-Seite teilen", "{site} gibt es jetzt auch auf Bluesky"],
        "fr": ["Envoyer cet article à un ami", "Mettre cet article sur votre page Facebook", "{site} est aussi sur Bluesky"],
        "es": ["Envía esta noticia a un amigo", "Publícalo en Facebook", "{site} también está en Bluesky"],
        "ru": ["Отправить материал другу", "Разместить материал на своей странице ВКонтакте", "«{site}» теперь и в Одноклассниках"],
    },
    "photo": {
        "en": ["Photograph kindly lent by the family", "Image: handout picture", "Picture: {site} archive"],
        "tr": ["Fotoğraf: aile arşivi", "Görsel: kurum tarafından paylaşıldı"],
        "de": ["Foto: privat, mit freundlicher Genehmigung", "Bild: zur Verfügung gestellt"],
        "fr": ["Photo : prêtée par la famille", "Image : document remis à la rédaction"],
        "es": ["Foto prestada por la familia del protagonista", "Imagen cedida a la redacción"],
        "ru": ["Снимок предоставлен семьёй", "Изображение предоставлено организаторами"],
    },
    "copyright": {
        "en": ["Copying this article in any form is prohibited without a licence from {site}.",
               "This article is the property of {site} and may not be reposted in full."],
        "tr": ["Bu haberin herhangi bir biçimde kopyalanması {site} lisansı olmadan yasaktır.",
               "Bu haber {site} sitesine aittir; tamamı başka bir yerde yayımlanamaz."],
        "de": ["Das Kopieren dieses Artikels in jeder Form ist ohne Lizenz von {site} untersagt.",
               "Dieser Artikel ist Eigentum von {site} und darf nicht vollständig übernommen werden."],
        "fr": ["Toute copie de cet article, sous quelque forme que ce soit, est interdite sans licence de {site}.",
               "Cet article appartient à {site} et ne peut pas être repris en intégralité."],
        "es": ["Queda prohibida cualquier copia de este artículo sin licencia de {site}.",
               "Este artículo es propiedad de {site} y no puede publicarse íntegro en otro medio."],
        "ru": ["Копирование материала в любой форме без лицензии «{site}» запрещено.",
               "Материал принадлежит «{site}» и не может быть перепечатан целиком."],
    },
    "section": {
        "en": ["NEWS FROM YOUR STREETS", "Front page › Local › Today", "A {site} report"],
        "tr": ["SİZİN MAHALLEDEN", "Manşet › Yerel › Bugün", "Bir {site} haberi"],
        "de": ["AUS IHRER GEGEND", "Titelseite › Lokal › Heute", "Ein Bericht von {site}"],
        "fr": ["À DEUX PAS DE CHEZ VOUS", "Une › Local › Aujourd'hui", "Un reportage {site}"],
        "es": ["A LA VUELTA DE LA ESQUINA", "Portada › Local › Hoy", "Un reportaje de {site}"],
        "ru": ["ПО СОСЕДСТВУ", "Главная › Местное › Сегодня", "Репортаж «{site}»"],
    },
    "related": {
        "en": ["Recommended by our editors", "Keep up with this story"],
        "tr": ["Editörlerimizin önerileri", "Bu konunun devamını izleyin"],
        "de": ["Von unserer Redaktion empfohlen", "Bleiben Sie an diesem Thema dran"],
        "fr": ["Recommandé par nos journalistes", "Suivez ce dossier"],
        "es": ["Recomendado por nuestros editores", "Sigue esta historia"],
        "ru": ["Рекомендуют наши редакторы", "Следите за этой темой"],
    },
    "symbol": {"*": ["⁕ ⁕ ⁕", "❦ ❦", "☙ ❧", "✢ ✢ ✢", "✤✤✤", "⋄ ⋄ ⋄"]},
    "credit": {
        "en": ["Reporting by the {site} local desk", "This story includes material supplied by the county council"],
        "tr": ["Haberi hazırlayan: {site} yerel servisi", "Bu haberde belediyenin verdiği bilgilerden yararlanılmıştır"],
        "de": ["Recherche: Lokalredaktion von {site}", "Dieser Text enthält Material der Kreisverwaltung"],
        "fr": ["Reportage : service local de {site}", "Cet article reprend des éléments fournis par la préfecture"],
        "es": ["Información: sección local de {site}", "Esta noticia incluye datos facilitados por la Diputación"],
        "ru": ["Материал подготовил отдел городских новостей «{site}»", "В материале использованы данные пресс-службы администрации"],
    },
    "ad": {
        "en": ["Placement paid for by an advertiser", "Advert · article continues underneath"],
        "tr": ["Bir reklamverenin ödediği alan", "İlan · haber aşağıda sürüyor"],
        "de": ["Von einem Werbekunden bezahlter Platz", "Werbung · der Artikel geht darunter weiter"],
        "fr": ["Emplacement payé par un annonceur", "Annonce · l'article continue en dessous"],
        "es": ["Espacio pagado por un anunciante", "Anuncio · la noticia sigue debajo"],
        "ru": ["Этот блок оплатил рекламодатель", "Объявление · текст продолжается ниже"],
    },
    "continue": {
        "en": ["Tap here for the rest of the article", "Open the whole story"],
        "tr": ["Haberin tamamını okumak için dokunun", "Haberin bütününü açın"],
        "de": ["Hier tippen für den Rest des Artikels", "Den vollständigen Text öffnen"],
        "fr": ["Touchez ici pour la suite de l'article", "Ouvrir l'article complet"],
        "es": ["Toca aquí para ver el resto de la noticia", "Desplegar la noticia completa"],
        "ru": ["Нажмите, чтобы прочитать статью целиком", "Развернуть материал полностью"],
    },
    "comments": {
        "en": ["{n} readers have joined the discussion", "Jump to the {n} comments"],
        "tr": ["{n} kişi bu haberi konuşuyor", "{n} yoruma git"],
        "de": ["{n} Menschen diskutieren darüber", "Zu den {n} Kommentaren springen"],
        "fr": ["{n} personnes en discutent", "Aller aux {n} commentaires"],
        "es": ["{n} personas están hablando de esto", "Ir a los {n} comentarios"],
        "ru": ["Это обсуждают {n} человек", "Перейти к комментариям ({n})"],
    },
    "readtime": {
        "en": ["Approx. {m} minutes to read", "{m} min · read"],
        "tr": ["Yaklaşık {m} dakikada okunur", "{m} dk · okuma"],
        "de": ["Lesedauer: ungefähr {m} Minuten", "{m} Minuten · Lesen"],
        "fr": ["Environ {m} minutes pour lire", "{m} min · lecture"],
        "es": ["Se lee en unos {m} minutos", "{m} min · lectura"],
        "ru": ["Читается примерно за {m} минуты", "{m} мин · чтение"],
    },
    "updated": {
        "en": ["Story updated {d} at {t}", "Originally published {d}, amended at {t}"],
        "tr": ["Haber {d} saat {t} itibarıyla güncellendi", "Yayın: {d} · son düzenleme {t}"],
        "de": ["Artikel aktualisiert am {d} um {t} Uhr", "Erstmals erschienen am {d}; aktualisiert {t} Uhr"],
        "fr": ["Article mis à jour le {d} à {t}", "Publié pour la première fois le {d} ; actualisé à {t}"],
        "es": ["Noticia actualizada el {d} a las {t}", "Publicada por primera vez el {d}; actualizada a las {t}"],
        "ru": ["Текст обновлён {d}, в {t}", "Впервые опубликовано {d}; обновлено в {t}"],
    },
    "audio": {
        "en": ["Tap play and we'll read this article to you", "Audio version · {m} minutes"],
        "tr": ["Bu haberi dinlemek için oynat'a basın", "Sesli sürüm · {m} dakika"],
        "de": ["Drücken Sie Play, um den Artikel zu hören", "Audiofassung · {m} Minuten"],
        "fr": ["Lancez la lecture et nous vous lisons cet article", "Version audio · {m} minutes"],
        "es": ["Pulsa el botón para escuchar este artículo", "Versión en audio · {m} minutos"],
        "ru": ["Нажмите «Воспроизвести», чтобы прослушать статью", "Аудиоверсия · {m} минуты"],
    },
    "correction": {
        "en": ["Correction: this article originally gave the wrong date for the public meeting, which we have since amended."],
        "tr": ["Düzeltme: Haberde toplantının tarihi ilk başta yanlış verilmişti; düzeltildi."],
        "de": ["Korrektur: In diesem Artikel stand zunächst ein falsches Datum für die Bürgerversammlung. Wir haben es geändert."],
        "fr": ["Correctif : cet article indiquait d'abord une mauvaise date pour la réunion publique. Elle a été rectifiée."],
        "es": ["Fe de errores: esta noticia daba al principio una fecha equivocada para la reunión vecinal, que hemos corregido."],
        "ru": ["Поправка: в первоначальной версии материала была указана неверная дата публичных слушаний. Мы её исправили."],
    },
    "wireend": {
        "en": ["— END OF STORY —", "(Contains reporting from wire services)"],
        "tr": ["— HABER BİTTİ —", "(Haber ajanslarının bilgileri de kullanılmıştır)"],
        "de": ["— ENDE DER MELDUNG —", "(Enthält Material von Nachrichtenagenturen)"],
        "fr": ["— FIN DU SUJET —", "(Contient des informations d'agences)"],
        "es": ["— AQUÍ TERMINA LA NOTICIA —", "(Contiene información de agencias)"],
        "ru": ["— КОНЕЦ ТЕКСТА СООБЩЕНИЯ —", "(Использована информация агентств)"],
    },
    "app": {
        "en": ["Never miss local news: get the free {site} app", "Open this article in our app"],
        "tr": ["Yerel haberleri kaçırmayın: ücretsiz uygulamamızı edinin", "Bu haberi uygulamamızda açın"],
        "de": ["Keine Lokalnachricht verpassen: die kostenlose App von {site}", "Diesen Artikel in unserer App öffnen"],
        "fr": ["Ne manquez plus l'info locale : l'appli gratuite {site}", "Ouvrir cet article dans notre appli"],
        "es": ["No te pierdas nada de lo local: app gratuita de {site}", "Abre esta noticia en nuestra app"],
        "ru": ["Не пропускайте местные новости: бесплатное приложение «{site}»", "Открыть материал в нашем приложении"],
    },
    "bio": {
        "en": ["{by} has reported for {site} since 2019 and covers local government.", "Email {by}: newsroom@example.org"],
        "tr": ["{by}, 2019'dan beri {site} için yerel yönetim haberleri yapıyor.", "{by} ile e-posta: haber@example.org"],
        "de": ["{by} berichtet seit 2019 für {site} über Kommunalpolitik.", "E-Mail an {by}: redaktion@example.org"],
        "fr": ["{by} travaille pour {site} depuis 2019 et suit la vie municipale.", "Écrire à {by} : redaction@example.org"],
        "es": ["{by} informa para {site} desde 2019 y sigue la política municipal.", "Escribe a {by}: redaccion@example.org"],
        "ru": ["{by} работает в «{site}» с 2019 года и пишет о местной власти.", "Написать автору: redakciya@example.org"],
    },
    "tip": {
        "en": ["Got a story for us? Email our reporters at tips@example.org.", "Something happening on your street? Let our newsroom know."],
        "tr": ["Bize haberiniz mi var? Muhabirlerimize ihbar@example.org adresinden yazın.", "Sokağınızda bir şey mi oluyor? Haber merkezimize bildirin."],
        "de": ["Sie haben eine Geschichte für uns? Schreiben Sie an hinweise@example.org.", "Passiert etwas in Ihrer Straße? Sagen Sie unserer Redaktion Bescheid."],
        "fr": ["Une info pour nous ? Écrivez à nos journalistes : infos@example.org.", "Il se passe quelque chose dans votre rue ? Prévenez la rédaction."],
        "es": ["¿Tienes una historia para nosotros? Escribe a pistas@example.org.", "¿Pasa algo en tu calle? Avisa a la redacción."],
        "ru": ["Есть тема для нас? Пишите корреспондентам на tema@example.org.", "Что-то происходит на вашей улице? Сообщите в редакцию."],
    },
    "typo": {
        "en": ["Spotted a typo? Highlight the words and press Ctrl+Enter to tell us.", "Mistake in the text? Select it, then Ctrl+Enter."],
        "tr": ["Yazım hatası mı buldunuz? Kelimeleri seçip Ctrl+Enter ile bize bildirin.", "Metinde hata mı var? Seçin, ardından Ctrl+Enter."],
        "de": ["Tippfehler entdeckt? Wörter markieren und mit Strg+Enter melden.", "Fehler im Text? Auswählen, dann Strg+Enter."],
        "fr": ["Une coquille ? Surlignez les mots et signalez-la avec Ctrl+Entrée.", "Erreur dans le texte ? Sélectionnez-la, puis Ctrl+Entrée."],
        "es": ["¿Una errata? Resalta las palabras y avísanos con Ctrl+Enter.", "¿Fallo en el texto? Selecciónalo y luego Ctrl+Enter."],
        "ru": ["Заметили опечатку? Выделите слова и сообщите нам через Ctrl+Enter.", "Ошибка в тексте? Выделите её, затем Ctrl+Enter."],
    },
    "push": {
        "en": ["Turn on notifications to hear first when something happens near you.", "Get instant alerts from {site}? Yes / Not now"],
        "tr": ["Yakınınızda bir şey olduğunda ilk siz duyun: bildirimleri açın.", "{site} anlık bildirimlerini almak ister misiniz? Evet / Şimdi değil"],
        "de": ["Schalten Sie Mitteilungen ein, um als Erste zu erfahren, was in Ihrer Nähe passiert.", "Sofort-Meldungen von {site} erhalten? Ja / Später"],
        "fr": ["Activez les notifications pour savoir en premier ce qui se passe près de chez vous.", "Recevoir les alertes de {site} ? Oui / Plus tard"],
        "es": ["Activa las notificaciones para enterarte antes que nadie de lo que pasa cerca de ti.", "¿Recibir alertas al instante de {site}? Sí / Ahora no"],
        "ru": ["Включите уведомления, чтобы первым узнавать, что происходит рядом.", "Получать мгновенные оповещения «{site}»? Да / Не сейчас"],
    },
    "ai": {
        "en": ["Key points above were drafted with an AI tool and reviewed by our staff.",
               "An automated tool helped us check the figures in this story."],
        "tr": ["Yukarıdaki ana başlıklar bir yapay zekâ aracıyla taslak haline getirildi ve ekibimizce gözden geçirildi.",
               "Bu haberdeki rakamları kontrol ederken otomatik bir araçtan yardım aldık."],
        "de": ["Die Kernpunkte oben wurden mit einem KI-Werkzeug entworfen und von der Redaktion überprüft.",
               "Beim Prüfen der Zahlen in diesem Artikel hat uns ein automatisches Werkzeug geholfen."],
        "fr": ["Les points clés ci-dessus ont été rédigés avec un outil d'IA et relus par la rédaction.",
               "Un outil automatique nous a aidés à vérifier les chiffres de cet article."],
        "es": ["Los puntos clave de arriba se redactaron con una herramienta de IA y los revisó la redacción.",
               "Una herramienta automática nos ayudó a comprobar las cifras de esta noticia."],
        "ru": ["Главное из материала подготовлено с помощью ИИ-инструмента и проверено редакцией.",
               "Проверить цифры в этом материале нам помогла автоматическая программа."],
    },
    "affiliate": {
        "en": ["We may earn a commission when you buy through links on this page.",
               "Some links here are affiliate links, which help fund {site}."],
        "tr": ["Bu sayfadaki bağlantılardan alışveriş yaptığınızda komisyon kazanabiliriz.",
               "Buradaki bazı bağlantılar ortaklık bağlantısıdır ve sitemize gelir sağlar."],
        "de": ["Wenn Sie über Links auf dieser Seite einkaufen, erhalten wir eventuell eine Provision.",
               "Einige Links hier sind Partnerlinks, die {site} mitfinanzieren."],
        "fr": ["Nous pouvons toucher une commission si vous achetez via les liens de cette page.",
               "Certains liens sont des liens affiliés, qui aident à financer {site}."],
        "es": ["Podemos cobrar una comisión si compras a través de los enlaces de esta página.",
               "Algunos enlaces son de afiliados y ayudan a financiar {site}."],
        "ru": ["Мы можем получить комиссию, если вы купите что-то по ссылкам на этой странице.",
               "Некоторые ссылки здесь партнёрские: они помогают финансировать «{site}»."],
    },
    "gift": {
        "en": ["Share this article free with anyone: you have 3 gifts left", "Send a gift link to this story"],
        "tr": ["Bu haberi herkesle ücretsiz paylaşın: 3 hediye hakkınız kaldı", "Bu habere hediye bağlantısı gönderin"],
        "de": ["Diesen Artikel gratis weitergeben: noch 3 Geschenke übrig", "Geschenklink zu diesem Artikel senden"],
        "fr": ["Offrez cet article à qui vous voulez : il vous reste 3 cadeaux", "Envoyer un lien cadeau vers cet article"],
        "es": ["Comparte gratis esta noticia con quien quieras: te quedan 3 regalos", "Enviar un enlace de regalo a esta noticia"],
        "ru": ["Поделитесь статьёй бесплатно: осталось 3 подарка", "Отправить подарочную ссылку на материал"],
    },
    # the four families new in this part
    "skip": {  # in-body skip links past an advert or a sign-up box
        "en": ["Skip past this advertisement", "Jump over the sign-up box"],
        "tr": ["Bu reklamı atlayın", "Kayıt kutusunun üzerinden geçin"],
        "de": ["Diese Anzeige überspringen", "Weiter nach dem Anmeldekasten"],
        "fr": ["Passer cette publicité", "Sauter l'encadré d'inscription"],
        "es": ["Saltar este anuncio", "Pasar por encima del recuadro de registro"],
        "ru": ["Пропустить эту рекламу", "Перейти дальше, минуя форму подписки"],
    },
    "print": {  # print / e-mail tool links
        "en": ["Print this story", "Email this story to someone"],
        "tr": ["Bu haberi yazdırın", "Bu haberi birine e-postayla gönderin"],
        "de": ["Artikel ausdrucken", "Artikel per E-Mail an jemanden schicken"],
        "fr": ["Imprimer cet article", "Envoyer cet article par e-mail à quelqu'un"],
        "es": ["Imprimir esta noticia", "Enviar esta noticia por correo a alguien"],
        "ru": ["Распечатать материал", "Отправить материал кому-нибудь по почте"],
    },
    "translated": {  # "translated from X by Y" notes
        "en": ["This article was translated from Welsh by {site} staff.", "Translated from the Polish original by our community desk."],
        "tr": ["Bu haber İngilizceden {site} ekibi tarafından çevrilmiştir.", "Almanca aslından haber merkezimiz çevirdi."],
        "de": ["Aus dem Englischen übersetzt von der Redaktion von {site}.", "Übersetzung aus dem polnischen Original: unser Lokalteam."],
        "fr": ["Cet article a été traduit de l'anglais par la rédaction de {site}.", "Traduit de l'original espagnol par notre service local."],
        "es": ["Esta noticia ha sido traducida del inglés por la redacción de {site}.", "Traducción del original en catalán: nuestra sección local."],
        "ru": ["Перевод с английского подготовила редакция «{site}».", "Переведено с татарского языка нашей редакцией."],
    },
    "moderation": {  # comment-moderation rules
        "en": ["Comments are checked before they appear. We delete abuse, spam and anything off-topic.",
               "Keep it civil: posts that break our house rules will be removed without notice."],
        "tr": ["Yorumlar yayımlanmadan önce kontrol edilir. Hakaret, spam ve konu dışı yorumlar silinir.",
               "Saygılı olun: kurallarımıza uymayan yorumlar haber verilmeden kaldırılır."],
        "de": ["Kommentare werden vor der Freischaltung geprüft. Beleidigungen, Spam und Themenfremdes löschen wir.",
               "Bleiben Sie sachlich: Beiträge, die gegen unsere Hausregeln verstoßen, werden ohne Hinweis entfernt."],
        "fr": ["Les commentaires sont relus avant publication. Nous supprimons insultes, spams et hors-sujet.",
               "Restez courtois : les messages contraires à notre charte seront retirés sans préavis."],
        "es": ["Los comentarios se revisan antes de publicarse. Borramos insultos, spam y lo que no viene a cuento.",
               "Respeta a los demás: los mensajes que incumplan nuestras normas se eliminarán sin aviso."],
        "ru": ["Комментарии проверяются перед публикацией. Оскорбления, спам и оффтоп удаляются.",
               "Будьте вежливы: сообщения, нарушающие правила сайта, удаляются без предупреждения."],
    },
}
HEADLINES = {
    "en": ["Bus shelter on Quarry Lane replaced after storm damage", "Swimming pool to close for two weeks for boiler repairs",
           "Town's Christmas lights switch-on moves to Friday", "Youth club wins £20,000 lottery grant",
           "Crews repair burst pipe outside the fire station", "Allotment society opens waiting list to newcomers"],
    "tr": ["Taş Ocağı Sokağı'ndaki durak fırtınadan sonra yenilendi", "Kapalı havuz kazan onarımı için iki hafta kapalı",
           "Yılbaşı ışıkları bu yıl cuma akşamı yakılacak", "Gençlik merkezine 500 bin liralık hibe",
           "İtfaiye önündeki patlak boru onarıldı", "Hobi bahçelerinde yeni başvurular başladı"],
    "de": ["Bushäuschen am Steinbruchweg nach Sturm ersetzt", "Hallenbad schließt zwei Wochen für Heizungsreparatur",
           "Weihnachtsbeleuchtung geht diesmal freitags an", "Jugendtreff erhält 20.000 Euro aus der Lotterie",
           "Rohrbruch vor der Feuerwache behoben", "Kleingartenverein öffnet Warteliste für Neue"],
    "fr": ["L'abribus du chemin de la Carrière remplacé après la tempête", "La piscine ferme deux semaines pour réparer la chaudière",
           "Les illuminations de Noël s'allumeront un vendredi", "Le club des jeunes décroche 20 000 euros de la Loterie",
           "Une canalisation cède devant la caserne des pompiers", "Les jardins familiaux rouvrent leur liste d'attente"],
    "es": ["Sustituyen la marquesina de la calle de la Cantera tras el temporal", "La piscina cubierta cierra dos semanas por la caldera",
           "El encendido navideño se adelanta al viernes", "El centro juvenil recibe 20.000 euros de la Lotería",
           "Reparan una tubería rota frente al parque de bomberos", "Los huertos urbanos abren lista de espera"],
    "ru": ["На Карьерной улице заменили остановку после урагана", "Бассейн закроют на две недели из-за ремонта котла",
           "Новогоднюю иллюминацию включат в пятницу", "Молодёжный клуб выиграл грант в 500 тысяч рублей",
           "У пожарной части устранили прорыв трубы", "Садовое товарищество открыло запись для новичков"],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the
# article: this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Today's must-reads", "Villages and estates", "Court reports", "Town hall decisions", "Sport and leisure",
                    "Days out", "Readers write", "Jobs and homes"],
               cookie="We use cookies to understand how the site is used and to fund our journalism. Choose 'OK, got it' to accept them, or change your settings.",
               accept="OK, got it", reject="Change settings", share="Share with friends", related="More local news",
               newsletter="The Evening Edition: local news at six", subscribe="Send it to me", email="you@example.org",
               comment_note="Create an account or log in to comment.",
               footer=["The people behind the paper", "Editorial standards", "Cookie preferences centre", "Advertising rates", "Terms and conditions"],
               rights="Republication without permission is not allowed.",
               commenters=[("old_quarry_road", "Glad someone finally wrote this up properly."),
                           ("Bev T.", "Does anyone know when the next meeting is?"),
                           ("northside_nick", "We'll believe it when we see it.")]),
    "tr": dict(nav=["Bugünün okunacakları", "İlçemizden", "Mahkeme haberleri", "Meclis notları", "Spor ve yaşam",
                    "Gezi rehberi", "Sizden gelenler"],
               cookie="Sitenin nasıl kullanıldığını anlamak ve haberciliğimizi finanse etmek için çerez kullanıyoruz. Kabul için 'Tamam, anladım'ı seçin ya da ayarlarınızı değiştirin.",
               accept="Tamam, anladım", reject="Ayarları değiştir", share="Dostlarınızla paylaşın", related="Yerel haberler devam ediyor",
               newsletter="Akşam Baskısı: saat altıda yerel haberler", subscribe="Bana gönderin", email="siz@ornek.org",
               comment_note="Yorum yazmak için hesap açın ya da giriş yapın.",
               footer=["Gazetenin arkasındakiler", "Editoryal ilkelerimiz", "Çerez seçimleri", "Reklam vermek için", "Kullanım şartları"],
               rights="İzinsiz yeniden yayımlanamaz.",
               commenters=[("karaagacli_ismail", "Sonunda düzgün bir haber yapılmış."),
                           ("Nermin H.", "Bir sonraki toplantı ne zaman, bilen var mı?")]),
    "de": dict(nav=["Top-Themen", "Rund um den Kreis", "Aus dem Gericht", "Ratsticker", "Sport und Freizeit",
                    "Ausflugstipps", "Leser schreiben"],
               cookie="Wir nutzen Cookies, um zu verstehen, wie die Seite genutzt wird, und um unseren Journalismus zu finanzieren. Mit „Okay, verstanden“ stimmen Sie zu, oder Sie ändern Ihre Einstellungen.",
               accept="Okay, verstanden", reject="Einstellungen ändern", share="Mit Freunden teilen", related="Weitere Lokalnachrichten",
               newsletter="Die Abendausgabe: Lokales um sechs", subscribe="Schicken Sie es mir", email="sie@beispiel.org",
               comment_note="Legen Sie ein Konto an oder melden Sie sich an, um zu kommentieren.",
               footer=["Menschen hinter der Zeitung", "Redaktionelle Standards", "Cookie-Präferenzen", "Anzeigenpreise", "Nutzungsbedingungen"],
               rights="Eine Weiterveröffentlichung ohne Genehmigung ist nicht gestattet.",
               commenters=[("Kamptaler_Rudi", "Gut, dass das mal ordentlich berichtet wird."),
                           ("Hanne S.", "Weiß jemand, wann die nächste Sitzung ist?")]),
    "fr": dict(nav=["Les incontournables du jour", "Villages et quartiers", "Chronique judiciaire", "Au conseil", "Sports et loisirs",
                    "Idées de sorties", "Vos réactions"],
               cookie="Nous utilisons des cookies pour comprendre l'usage du site et financer notre journalisme. Choisissez « D'accord, compris » pour les accepter, ou modifiez vos réglages.",
               accept="D'accord, compris", reject="Modifier les réglages", share="Partager avec vos amis", related="Encore de l'info locale",
               newsletter="L'Édition du soir : l'info locale à 18 heures", subscribe="Envoyez-la-moi", email="vous@exemple.org",
               comment_note="Créez un compte ou connectez-vous pour commenter.",
               footer=["Les visages du journal", "Charte éditoriale", "Préférences de cookies", "Tarifs publicitaires", "Conditions d'utilisation"],
               rights="Toute republication sans autorisation est interdite.",
               commenters=[("Arize_Josette", "Enfin un article sérieux sur le sujet."),
                           ("Paul M.", "Quelqu'un sait quand a lieu la prochaine réunion ?")]),
    "es": dict(nav=["Imprescindibles de hoy", "Pueblos y barrios", "Crónica de tribunales", "Decisiones del ayuntamiento", "Deporte y ocio",
                    "Escapadas", "Escriben los lectores"],
               cookie="Usamos cookies para entender cómo se usa la web y para financiar nuestro periodismo. Elige «Vale, entendido» para aceptarlas o cambia tus ajustes.",
               accept="Vale, entendido", reject="Cambiar ajustes", share="Compártelo con tus amigos", related="Más noticias locales",
               newsletter="La Edición de la tarde: lo local a las seis", subscribe="Mandádmela al correo", email="tu@ejemplo.org",
               comment_note="Crea una cuenta o inicia sesión para comentar.",
               footer=["Las personas del periódico", "Principios editoriales", "Preferencias de cookies", "Anúnciate con nosotros", "Condiciones de uso"],
               rights="No se permite la republicación sin autorización.",
               commenters=[("villasecano_77", "Menos mal que alguien lo explica con calma."),
                           ("Amparo L.", "¿Alguien sabe cuándo es la próxima reunión?")]),
    "ru": dict(nav=["Главные темы", "Сёла и микрорайоны", "Судебная хроника", "Из горсовета", "Спорт и отдых",
                    "Куда съездить", "Пишут читатели"],
               cookie="Мы используем cookie, чтобы понимать, как пользуются сайтом, и финансировать нашу журналистику. Нажмите «Хорошо, понятно», чтобы согласиться, или измените настройки.",
               accept="Хорошо, понятно", reject="Изменить настройки", share="Поделитесь с друзьями", related="Ещё местные новости",
               newsletter="«Вечерний выпуск»: местные новости в шесть", subscribe="Присылайте вечерний выпуск", email="vy@primer.org",
               comment_note="Создайте аккаунт или войдите, чтобы комментировать.",
               footer=["Люди редакции", "Редакционные стандарты", "Настройки файлов cookie", "Рекламные тарифы", "Условия использования"],
               rights="Републикация без разрешения не допускается.",
               commenters=[("zarechinsk_tamara", "Хорошо, что об этом наконец написали толком."),
                           ("Олег В.", "Кто-нибудь знает, когда следующее собрание?")]),
}
UI22 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp2, "READMORE"): {"en": "WORTH YOUR TIME:"},  # the regional layout's inline link lines
    (mp2, "LIVE"): {"en": dict(share="Pass this update on", posted="From the course: {name}", pinned="Kept at the top",
                               newer="2 more updates – tap to show")},
    (mp2, "LIVE_AUTHORS"): {"en": ["Bethan Cole", "Ade Ogunleye"]},
    (mp2, "BIO"): {"en": "{name} writes about crafts, trades and {section} for {site}. Ideas for her next profile to features@example.com"},
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, chunks ad labels
    (mp5, "SQS"): {"es": dict(title="Noticias del tostadero",
                              desc="Un correo cuando llega un café nuevo o cambia algo en la suscripción. Nada más.",
                              button="Quiero enterarme", foot="Tu dirección no sale del tostadero.")},
    (mp5, "BRIGHT"): {"es": dict(listen="Oye esta noticia en audio", promo="TAMBIÉN EN ESTA SECCIÓN",
                                 more="Más de Villaseca y su comarca")},
    (mp5, "WIRE"): {"en": dict(agency="Northern Counties Press", credit="(Reported by {reporter} for NCP; edited by {editor})",
                               ends=["(NCP ENDS)", "== ITEM ENDS =="],
                               notice="NCP copy is for the use of subscribing newsrooms only. Republication requires a licence.",
                               related="Earlier versions of this story",
                               nav=["Live wire", "Picture service", "Video service", "Diary", "Your subscription"])},
    (mp6, "QT"): {"fr": dict(also="Nos autres articles sur le sujet")},
    (mp6, "BITRIX"): {"tr": dict(agency="Kent Haber Ajansı", share="Bu haberi iletin")},
    (mp18, "WEEBLY"): {"ru": dict(nav=["О «Спице»", "Наши маршруты", "Веломарафон", "Что нового в клубе", "Вступить в клуб"],
                                  footer="Велоклуб «Спица» · сбор у лодочной станции на озере Светлое · выезды по субботам в 9:00",
                                  form_text="Раз в месяц пишем о ближайших выездах и новых маршрутах.",
                                  form_title="Рассылка велоклуба", form_button="Хочу получать письма",
                                  bio="Игорь — председатель клуба, проехал вокруг Светлого больше ста раз и до сих пор путает повороты.",
                                  cats=["Веломарафон", "Выезды"],
                                  commenters=[("Марина К.", "Спасибо организаторам, было здорово! На следующий год поедем всей семьёй."),
                                              ("Саня_велосипедист", "А фото с третьего пункта питания где посмотреть?")],
                                  free=True, heads="title", tld="ru", country="RU", currency="RUB")},
    (mp19, "UCOZ"): {"tr": dict(domain="ucoz.com", slogan="Karaağaç Köyü gönüllüleri tarafından hazırlanan site",
                                menu=["Karaağaç ana sayfa", "Karaağaç'tan haberler", "Dernek duyuruları", "Köyün geçmişi",
                                      "Resim galerisi", "Derneğe yazın"],
                                cats=["Karaağaç'tan haberler", "Bağış kampanyaları", "Dernek duyuruları"],
                                friends=["Karaağaç Köyü Kalkındırma Derneği", "Karaağaç Şehit Ahmet İlkokulu", "İlçe Müftülüğü"],
                                footer="Karaağaç Köyü © 2026 · Sitemiz köy derneği gönüllülerince güncellenir",
                                poster="karaagac_dernek", tags=["sokak lambası", "güneş enerjisi"],
                                commenters=[("Zeynep_Gurbetten", "Meydanın ışıklı fotoğrafını görünce içim ısındı, emeği geçenlere selam olsun."),
                                            ("Karaagacli_Veli", "Okul yolu için ben de 2 lamba alıyorum, listeye yazın.")],
                                style="br", heads="b")},
    (mp21, "ELEMENTOR"): {"es": dict(domain="penarroyadigital.es", slogan="Lo que pasa en Peñarroya del Monte y la Sierra Baja",
                                     menu=["Peñarroya al día", "Pedanías", "Agricultura y monte", "Deportes de la Sierra",
                                           "Agenda cultural", "Cartas al director", "Nuestro equipo"],
                                     button="Suscríbete a Peñarroya Digital",
                                     nl_title="Boletín de Peñarroya Digital",
                                     nl_text="Los lunes y los jueves, las noticias de la Sierra Baja en tu bandeja de entrada.",
                                     nl_label="Dirección de correo para el boletín", nl_ph="Tu correo aquí, por favor",
                                     nl_button="Suscribirme al boletín",
                                     nl_legal="Acepto la política de privacidad y quiero recibir el boletín de Peñarroya Digital.",
                                     nl_form="Boletín lunes y jueves",
                                     share_title="Difunde esta noticia", related_title="Más noticias de la Sierra Baja",
                                     popular_title="Lo más leído en Peñarroya", ad_label="Publicidad de negocios de la Sierra",
                                     follow_title="Estamos en redes", tags=["radio municipal", "voluntariado", "Peñarroya del Monte"],
                                     bio="Redactora de Peñarroya Digital desde su fundación. Cubre los pueblos de la Sierra Baja y su vida cultural.",
                                     commenters=[("Maribel Sánchez", "Ya la tengo puesta en la cocina, ¡qué alegría volver a oír a Encarna!"),
                                                 ("Tomás del bar", "En el bar la ponemos todas las mañanas, enhorabuena a los voluntarios.")],
                                     about="Periódico digital de Peñarroya del Monte y la Sierra Baja desde 2018.",
                                     sections_title="Secciones", legal_title="Datos legales",
                                     copyright="© 2026 Peñarroya Digital · Edita Sierra Baja Medios S.L. · Prohibida la reproducción sin permiso.",
                                     cookie_title="Cookies en Peñarroya Digital",
                                     cookie_text="Este periódico usa cookies propias y de terceros para medir la audiencia y ofrecerte publicidad de negocios de la zona. Puedes aceptarlas, rechazarlas o configurarlas.",
                                     gtag="G-P3NR9YA2DX", kit=9, header_id=61, footer_id=74, single_id=688)},
}
HEADLINE_MODULES = tuple(m for m in (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15,
                                     mp16, mp17, mp18, mp19, mp20, mp21) if hasattr(m, "HEADLINES"))


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
        yield
    finally:
        for mod, name, old in reversed(saved):
            setattr(mod, name, old)


# --------------------------------------------------------------------------
# the new layout: WordPress + the Newspack theme and plugins
# --------------------------------------------------------------------------
# the platforms' own interface strings, as the Newspack theme, the Newspack plugins (Campaigns, Newsletters,
# Blocks, reader accounts), WordPress core and Jetpack (sharing, related posts, the cookie banner widget) ship them
NEWSPACK_CORE = {
    "en": dict(skip="Skip to content", open_search="Open Search", close_search="Close Search", search_for="Search for:",
               search_ph="Search …", search="Search", menu="Menu", close="Close", posted_in="Posted in", by="by",
               updated="Updated", credit="Credit:", share_title="Share this:",
               share_fmt="Click to share on {n} (Opens in new window)",
               email_share="Click to email a link to a friend (Opens in new window)",
               print_share="Click to print (Opens in new window)", tagged="Tagged:", more_by="More by {a}",
               related="Related", related_in="In \"{c}\"", conversation="Join the Conversation",
               comment_count=("1 Comment", "{n} Comments"), reply="Reply", reply_to="Reply to {a}", says="says:",
               at="at", leave="Leave a comment", cancel="Cancel reply",
               email_notes="Your email address will not be published.", required="Required fields are marked",
               f_comment="Comment", f_name="Name", f_email="Email", f_url="Website",
               f_cookies="Save my name, email, and website in this browser for the next time I comment.",
               submit="Post Comment", account="Sign In", account_aria="Sign in to an existing account",
               nl_label="Email address", nl_ph="Email Address", nl_submit="Sign up", nl_success="Thank you for signing up!",
               close_popup="Close Pop-up", freq=[("once", "One-time"), ("month", "Monthly"), ("year", "Annually")],
               other="Other", donate="Donate now",
               cookie="Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.",
               cookie_more="To find out more, including how to control cookies, see here:", cookie_policy="Cookie Policy",
               cookie_accept="Close and accept", powered="Proudly powered by Newspack by Automattic",
               privacy="Privacy Policy", feed="Feed", comments_feed="Comments Feed",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December"]),
}
# each Newspack site's own strings: domain, tagline, menus, the donate menu item, the inline donation prompt, the
# newsletter sign-up group and the overlay prompt, the related posts offered by Jetpack, the story's tags, the
# author bio, readers' comments, sidebar and footer texts
NEWSPACK = {
    "en": dict(domain="aldercreekcurrent.org", tagline="Nonprofit news for Alder Creek and the Sorrel River valley",
               menu=["Our Neighborhoods", "City Hall Watch", "Classrooms", "Housing Desk", "Creek & Climate", "Arts Calendar"],
               secondary=["About the Current", "Our Ethics Policy", "Send Us a Tip", "Corrections Log"],
               donate_menu="Donate to the Current",
               donate_title="Local news is a public good",
               donate_text="The Current is a nonprofit newsroom. Readers like you pay for about 60 percent of our reporting. Will you chip in today?",
               prompt_name="Inline donation ask (articles)", tiers=[("once", [15, 35, 100]), ("month", [5, 10, 25]),
                                                                     ("year", [60, 120, 300])],
               nl_title="Get the Current in your inbox",
               nl_text="Our free Tuesday and Friday newsletter: what happened in Alder Creek, and what is coming up.",
               overlay_title="Don't miss a story from Alder Creek",
               overlay_text="Join 9,000 neighbors who read the Current twice a week. It's free.",
               related=["Sorrel River trail reopens after spring flood repairs",
                        "School board approves later start times for high schools",
                        "Birch Avenue gets Alder Creek's first community fridge",
                        "City council delays its vote on downtown parking meters"],
               tags=["small business", "cooperatives", "Elm Street"],
               bio="{by} covers neighborhoods and small business for The Alder Creek Current. Story ideas and tips are always welcome.",
               email="neighborhoods@aldercreekcurrent.org",
               commenters=[("Gloria P.", "My mother did her laundry there from 1985 until she passed. Thank you all for this."),
                           ("creekside_dan", "Great reporting. How does someone join the co-op?")],
               popular_title="What Alder Creek Is Reading", support_title="Support Our Newsroom",
               support_text="Donations to the Current are tax-deductible to the full extent allowed by law.",
               about_title="About the Current",
               about="The Alder Creek Current is an independent, nonprofit newsroom covering the Sorrel River valley since 2019.",
               footer_note="The Alder Creek Current is a project of the Sorrel Valley Media Trust, a 501(c)(3) nonprofit organization.",
               social=["facebook", "instagram", "bluesky"], gtag="G-AC7CRNT42Q", logo_id=38),
}
NEWSPACK_EXEMPT = {"domain", "gtag", "logo_id", "social", "tiers"}


def np_date(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return "%s %d, %d" % (NEWSPACK_CORE["en"]["months"][m - 1], d, y)


def np_block(kind, val):
    """A story block as the block editor saves it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return '<h2 class="wp-block-heading">%s</h2>' % E(val)
    if kind == "q":
        return ('<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow"><p>%s</p></blockquote>'
                % mp.inline_html(val))
    lis = "".join("<li>%s</li>" % mp.inline_html(v) for v in val)
    return '<%s class="wp-block-list">%s</%s>' % (kind, lis, kind)


def np_subscribe_block(k, c):
    fid = "newspack-newsletters-subscribe-block-%d" % k
    return ('<div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe" data-success-message="%s">\n'
            '\t<form id="%s">\n\t\t<input type="hidden" name="newspack_newsletters_subscribe" value="1" />\n'
            '\t\t<div class="newspack-newsletters-email-input">\n\t\t\t<label class="screen-reader-text" for="%s-email">%s</label>\n'
            '\t\t\t<input id="%s-email" type="email" name="npe" autocomplete="email" placeholder="%s" />\n\t\t</div>\n'
            '\t\t<input type="submit" value="%s" />\n\t</form>\n'
            '\t<div class="newspack-newsletters-subscribe__response">\n\t\t<div class="newspack-newsletters-subscribe__icon"></div>\n'
            '\t\t<div class="newspack-newsletters-subscribe__message"></div>\n\t</div>\n</div>') % (
        A(c["nl_success"]), fid, fid, E(c["nl_label"]), fid, A(c["nl_ph"]), A(c["nl_submit"]))


def np_content(art, placed, rng, host, s, c):
    """div.entry-content: the post as the block editor saves it, with an image block after the opening paragraphs,
    the Campaigns inline donation prompt in the middle, the newsletter sign-up group further down and Jetpack's
    related posts at the end; residue typed into a paragraph block stays a <p>, pasted HTML a Custom HTML block."""
    blocks, n = art["blocks"], len(art["blocks"])
    slots = safe_slots(art, 2) or [n]
    img_at = slots[0]
    don_at = next((i for i in slots if i >= img_at + 3), slots[-1])
    nl_at = next((i for i in slots if i >= max(don_at + 3, (2 * n) // 3)), slots[-1])
    y, mo = art["date"][:4], art["date"][5:7]
    fname = mp21.wp_slug(art["caption"])[:40]
    wid = rng.randint(4000, 4900)
    image = ('<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1200" height="800" '
             'src="https://{h}/wp-content/uploads/{y}/{mo}/{f}-1200x800.jpg" alt="" class="wp-image-{w}" '
             'srcset="https://{h}/wp-content/uploads/{y}/{mo}/{f}-1200x800.jpg 1200w, https://{h}/wp-content/uploads/{y}/{mo}/{f}-300x200.jpg 300w, '
             'https://{h}/wp-content/uploads/{y}/{mo}/{f}-768x512.jpg 768w" sizes="(max-width: 1200px) 100vw, 1200px" />'
             '<figcaption class="wp-element-caption">{cap} <span class="image-credit"><span class="credit-label-wrapper">{cl}</span> '
             '{cr}</span></figcaption></figure>').format(h=host, y=y, mo=mo, f=fname, w=wid, cap=E(art["caption"]),
                                                         cl=E(c["credit"]), cr=E(art["credit"]))
    popup_id = rng.randint(100, 900)
    tiers = []
    for k, (fr, label) in enumerate(c["freq"]):
        amounts = dict(s["tiers"])[fr]
        opts = "".join(
            "<div class='wpbnbd__button-container'><input type='radio' value='%d' id='newspack-tier-%s-%d-%d' "
            "name='donation_value_%s' %s/><label class='tier-select-label tier-label' for='newspack-tier-%s-%d-%d'>$%d</label></div>"
            % (v, fr, popup_id, j, fr, "checked " if j == 1 else "", fr, popup_id, j, v) for j, v in enumerate(amounts))
        tiers.append(
            "<div class='wp-block-newspack-blocks-donate__frequency frequency'><input type='radio' value='%s' "
            "id='newspack-donate-%s-%d' name='donation_frequency' %s/><label for='newspack-donate-%s-%d' "
            "class='donation-frequency-label freq-label'>%s</label><div class='input-container'>%s"
            "<div class='wpbnbd__button-container'><input type='radio' value='other' id='newspack-tier-%s-%d-other' "
            "name='donation_value_%s' /><label class='tier-select-label tier-label' for='newspack-tier-%s-%d-other'>%s</label>"
            "</div></div></div>" % (fr, fr, popup_id, "checked " if k == 1 else "", fr, popup_id, E(label), opts, fr, popup_id,
                                   fr, fr, popup_id, E(c["other"])))
    donate = (
        '<div class="newspack-popup-container newspack-popup newspack-inline-popup" role="dialog" aria-label="{name}" id="id_{pid}" '
        'data-segments="" data-frequency="0,0,0,month">\n'
        '<div class="wp-block-group has-background is-layout-constrained wp-block-group-is-layout-constrained" style="background-color:#f3efe6">\n'
        '<h2 class="wp-block-heading">{title}</h2>\n<p>{text}</p>\n'
        "<div class='wp-block-newspack-blocks-donate wpbnbd show-frequency-tabs wpbnbd-frequencies--3 wpbnbd--platform-stripe tiered'>"
        "<form data-is-init-form='true'><input type='hidden' name='newspack_donate' value='1' />"
        "<div class='wp-block-newspack-blocks-donate__options'><div class='wp-block-newspack-blocks-donate__frequencies frequencies'>"
        "{tiers}</div><button type='submit'>{btn}</button></div></form></div>\n</div>\n</div>").format(
        name=A(s["prompt_name"]), pid=popup_id, title=E(s["donate_title"]), text=E(s["donate_text"]), tiers="".join(tiers),
        btn=E(c["donate"]))
    newsletter = ('<div class="wp-block-group newsletter-signup is-style-border has-border-color is-layout-constrained '
                  'wp-block-group-is-layout-constrained">\n<h3 class="wp-block-heading has-text-align-center">%s</h3>\n'
                  '<p class="has-text-align-center">%s</p>\n%s\n</div>') % (
        E(s["nl_title"]), E(s["nl_text"]), np_subscribe_block(1, c))
    rel = []
    for k, h in enumerate(rng.sample(s["related"], 3)):
        rid = rng.randint(3000, 3990)
        d = datetime.date(*map(int, art["date"].split("-"))) - datetime.timedelta(days=rng.randint(2, 40))
        url = "https://%s/%d/%02d/%02d/%s/" % (host, d.year, d.month, d.day, mp21.wp_slug(h)[:60])
        rel.append(
            '<div class="jp-relatedposts-post jp-relatedposts-post%d jp-relatedposts-post-thumbs" data-post-id="%d" data-post-format="false">'
            '<a class="jp-relatedposts-post-a" href="%s?relatedposts_hit=1&#038;relatedposts_origin=%d&#038;relatedposts_position=%d" '
            'title="%s" data-origin="%d" data-position="%d"><img loading="lazy" class="jp-relatedposts-post-img" '
            'src="https://i0.wp.com/%s/wp-content/uploads/%d/%02d/rel-%d.jpg?resize=350%%2C200&#038;ssl=1" width="350" height="200" alt="" /></a>'
            '<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="%s" title="%s" data-origin="%d" '
            'data-position="%d">%s</a></h4><p class="jp-relatedposts-post-date" style="display: block;">%s</p>'
            '<p class="jp-relatedposts-post-context">%s</p></div>' % (
                k, rid, url, rid, k, A(h), rid, k, host, d.year, d.month, rid, url, A(h), rid, k, E(h),
                E(np_date(d.isoformat())), E(c["related_in"].replace("{c}", art["section"]))))
    related = ("<div id='jp-relatedposts' class='jp-relatedposts' >\n\t<h3 class=\"jp-relatedposts-headline\"><em>%s</em></h3>"
               "<div class=\"jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid \">%s</div></div>") % (
        E(c["related"]), "".join(rel))
    out = []
    for i in range(n + 1):
        for x in placed.get(i, []):
            out.append(x if mp19.PLAIN_P.match(x) and "\n" not in x and "<p" not in x[3:]
                       else "\n%s\n" % x)  # a Custom HTML block leaves blank lines around what was pasted
        if i == img_at:
            out.append(image)
        if i == don_at:
            out.append(donate)
        if i == nl_at:
            out.append(newsletter)
        if i == n:
            break
        out.append(np_block(*blocks[i]))
    out.append(related)
    return "\n\n".join(out)


def np_icon(name):
    paths = {
        "search": "M15.5 14h-.79l-.28-.27C15.41 12.59 16 11.11 16 9.5 16 5.91 13.09 3 9.5 3S3 5.91 3 9.5 5.91 16 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5z",
        "menu": "M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z",
        "close": "M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z",
        "account": "M12 12c2.21 0 4-1.79 4-4s-1.79-4-4-4-4 1.79-4 4 1.79 4 4 4zm0 2c-2.67 0-8 1.34-8 4v2h16v-2c0-2.66-5.33-4-8-4z",
        "facebook": "M12 2C6.5 2 2 6.5 2 12c0 5 3.7 9.1 8.4 9.9v-7H7.9V12h2.5V9.8c0-2.5 1.5-3.9 3.8-3.9 1.1 0 2.2.2 2.2.2v2.5h-1.3c-1.2 0-1.6.8-1.6 1.6V12h2.8l-.4 2.9h-2.3v7C18.3 21.1 22 17 22 12c0-5.5-4.5-10-10-10z",
        "instagram": "M12 4.6c2.4 0 2.7 0 3.6.1 2.4.1 3.6 1.3 3.7 3.7.1.9.1 1.2.1 3.6s0 2.7-.1 3.6c-.1 2.4-1.3 3.6-3.7 3.7-.9.1-1.2.1-3.6.1s-2.7 0-3.6-.1c-2.4-.1-3.6-1.3-3.7-3.7-.1-.9-.1-1.2-.1-3.6z",
        "bluesky": "M6.3 4.2c2.3 1.7 4.7 5.2 5.6 7 .9-1.8 3.3-5.3 5.6-7 1.6-1.2 4.3-2.2 4.3.9 0 .6-.4 5.2-.6 5.9-.7 2.6-3.3 3.2-5.6 2.8 4 .7 5 3 2.8 5.3-4.2 4.3-6-1.1-6.5-2.5z",
    }
    return ('<svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24" '
            'xmlns="http://www.w3.org/2000/svg"><path d="%s"></path><path d="M0 0h24v24H0z" fill="none"></path></svg>') % paths[name]


def tpl_newspack(art, ui, site, placed, rng):
    # a story page of a nonprofit local newsroom on WordPress with the Newspack theme and plugins, as the site
    # serves it (see the module docstring for the parts)
    c, s = NEWSPACK_CORE["en"], NEWSPACK["en"]
    host = s["domain"]
    pid = rng.randint(5200, 9800)
    y, mo, dd = art["date"][:4], art["date"][5:7], art["date"][8:]
    post_slug = mp21.wp_slug(art["title"])
    url = "https://%s/%s/%s/%s/%s/" % (host, y, mo, dd, post_slug)
    cat = mp21.wp_slug(art["section"])
    author_slug = mp21.wp_slug(art["byline"])
    t_pub = "%02d:%02d" % (rng.randint(5, 9), rng.randint(0, 59))
    t_mod = "%02d:%02d" % (rng.randint(10, 16), rng.randint(0, 59))
    h_mod, m_mod = (int(x) for x in t_mod.split(":"))
    t_mod12 = "%d:%02d %s" % (h_mod - 12 if h_mod > 12 else h_mod, m_mod, "pm" if h_mod >= 12 else "am")
    iso, iso_mod = "%sT%s:00-05:00" % (art["date"], t_pub), "%sT%s:00-05:00" % (art["date"], t_mod)
    d = np_date(art["date"])
    ver = dict(wp="6.6.2", theme="2.4.1", popups="3.6.0", newsletters="3.3.2", blocks="4.3.0", plugin="5.5.1",
               jetpack="13.9.1", yoast="23.6", sk="1.137.0")
    first = next(v for k, v in art["blocks"] if k == "p")
    descr = mp.inline_text(first)[:155].rsplit(" ", 1)[0] + "…"
    feat = "https://%s/wp-content/uploads/%s/%s/%s.jpg" % (host, y, mo, mp21.wp_slug(art["caption"])[:40])
    content = np_content(art, placed, rng, host, s, c)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url},
         "author": {"name": art["byline"], "@id": "https://%s/#/schema/person/%s" % (host, author_slug)},
         "headline": art["title"], "datePublished": iso, "dateModified": iso_mod, "mainEntityOfPage": {"@id": url},
         "wordCount": len(mp.truth_text(art["blocks"]).split()), "publisher": {"@id": "https://%s/#organization" % host},
         "image": {"@id": url + "#primaryimage"}, "thumbnailUrl": feat, "keywords": s["tags"],
         "articleSection": [art["section"]], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": url, "url": url, "name": "%s – %s" % (art["title"], site),
         "isPartOf": {"@id": "https://%s/#website" % host}, "datePublished": iso, "dateModified": iso_mod,
         "description": descr, "inLanguage": "en-US"},
        {"@type": "Organization", "@id": "https://%s/#organization" % host, "name": site, "url": "https://%s/" % host,
         "logo": {"@type": "ImageObject", "url": "https://%s/wp-content/uploads/2023/04/current-logo.png" % host}},
        {"@type": "Person", "@id": "https://%s/#/schema/person/%s" % (host, author_slug), "name": art["byline"]}]}
    ld = json.dumps(graph, ensure_ascii=False)
    menu_html = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-%d">'
                        '<a href="https://%s/category/%s/">%s</a></li>' % (40 + k, 40 + k, host, mp21.wp_slug(x), E(x))
                        for k, x in enumerate(s["menu"]))
    sec_html = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-%d">'
                       '<a href="https://%s/%s/">%s</a></li>' % (20 + k, 20 + k, host, mp21.wp_slug(x), E(x))
                       for k, x in enumerate(s["secondary"]))
    social = "".join('<li class="menu-item"><a href="https://%s.com/%s"><span class="screen-reader-text">%s</span>%s</a></li>' % (
        n if n != "bluesky" else "bsky", mp11.host_name(site), n.capitalize(), np_icon(n)) for n in s["social"])
    search_form = ('<form role="search" method="get" class="search-form" action="https://%s/">\n\t<label for="search-form-%d">\n'
                   '\t\t<span class="screen-reader-text">%s</span>\n\t</label>\n\t<input type="search" id="search-form-%d" '
                   'class="search-field" placeholder="%s" value="" name="s" />\n\t<button type="submit" class="search-submit">\n'
                   '\t\t%s\t\t<span class="screen-reader-text">\n\t\t\t%s\t\t</span>\n\t</button>\n</form>')
    sf1 = search_form % (host, 1, E(c["search_for"]), 1, A(c["search_ph"]), np_icon("search"), E(c["search"]))
    sf2 = search_form % (host, 2, E(c["search_for"]), 2, A(c["search_ph"]), np_icon("search"), E(c["search"]))
    nets = [("facebook", "Facebook"), ("x", "X"), ("linkedin", "LinkedIn"), ("reddit", "Reddit")]
    share = "".join(
        '<li class="share-%s"><a rel="nofollow noopener noreferrer" data-shared="sharing-%s-%d" class="share-%s sd-button '
        'share-icon no-text" href="%s?share=%s" target="_blank" title="%s" ><span></span><span class="sharing-screen-reader-text">%s</span>'
        '</a></li>' % (k, k, pid, k, url, k, A(c["share_fmt"].replace("{n}", lbl).replace(" (Opens in new window)", "")),
                       E(c["share_fmt"].replace("{n}", lbl))) for k, lbl in nets)
    share += ('<li class="share-email"><a rel="nofollow noopener noreferrer" data-shared="sharing-email-%d" class="share-email sd-button '
              'share-icon no-text" href="mailto:?subject=%%5BShared%%20Post%%5D%%20%s&#038;body=%s&#038;share=email" target="_blank" '
              'title="%s" data-email-share-error-title="Do you have email set up?"><span></span><span class="sharing-screen-reader-text">'
              '%s</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" class="share-print sd-button '
              'share-icon no-text" href="%s#print?share=print" target="_blank" title="%s" ><span></span><span class="sharing-screen-reader-text">'
              '%s</span></a></li><li class="share-end"></li>') % (
        pid, A(art["title"]).replace(" ", "%20"), url, A(c["email_share"].replace(" (Opens in new window)", "")),
        E(c["email_share"]), url, A(c["print_share"].replace(" (Opens in new window)", "")), E(c["print_share"]))
    sharing = ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon sd-sharing">'
               '<h3 class="sd-title">%s</h3><div class="sd-content"><ul>%s</ul></div></div></div>') % (E(c["share_title"]), share)
    avatar = "https://secure.gravatar.com/avatar/%032x?s=80&#038;d=mm&#038;r=g" % rng.randint(16**31, 16**32 - 1)
    tags = ", ".join('<a href="https://%s/tag/%s/" rel="tag">%s</a>' % (host, mp21.wp_slug(x), E(x)) for x in s["tags"])
    bio = s["bio"].replace("{by}", art["byline"])
    ncom = len(s["commenters"])
    coms = []
    for who, txt in s["commenters"]:
        cid = rng.randint(1200, 1990)
        ct = "%d:%02d %s" % (rng.randint(1, 11), rng.randint(0, 59), rng.choice(["am", "pm"]))
        coms.append((
            '\t\t<li id="comment-{cid}" class="comment even thread-even depth-1">\n\t\t\t<article id="div-comment-{cid}" class="comment-body">\n'
            '\t\t\t\t<footer class="comment-meta">\n\t\t\t\t\t<div class="comment-author vcard">\n'
            "\t\t\t\t\t\t<img alt='' src='https://secure.gravatar.com/avatar/{av:032x}?s=60&#038;d=mm&#038;r=g' class='avatar avatar-60 photo' height='60' width='60' loading='lazy' decoding='async'/>"
            '\t\t\t\t\t\t<b class="fn">{who}</b> <span class="says">{says}</span>\t\t\t\t\t</div><!-- .comment-author -->\n\n'
            '\t\t\t\t\t<div class="comment-metadata">\n\t\t\t\t\t\t<a href="{url}#comment-{cid}"><time datetime="{date}T12:00:00-05:00">{d} {at} {ct}</time></a>'
            '\t\t\t\t\t</div><!-- .comment-metadata -->\n\n\t\t\t\t\t\t\t\t\t</footer><!-- .comment-meta -->\n\n'
            '\t\t\t\t<div class="comment-content">\n\t\t\t\t\t<p>{txt}</p>\n\t\t\t\t</div><!-- .comment-content -->\n\n'
            "\t\t\t\t<div class=\"reply\"><a rel='nofollow' class='comment-reply-link' href='{url}?replytocom={cid}#respond' data-commentid=\"{cid}\" "
            "data-postid=\"{pid}\" data-belowelement=\"div-comment-{cid}\" data-respondelement=\"respond\" data-replyto=\"{rt}\" aria-label='{rt}'>{reply}</a></div>"
            '\t\t\t</article><!-- .comment-body -->\n\t\t</li><!-- #comment-## -->').format(
            cid=cid, av=rng.randint(16**31, 16**32 - 1), who=E(who), says=E(c["says"]), url=url, date=art["date"], d=E(d),
            at=E(c["at"]), ct=ct, txt=E(txt), pid=pid, rt=A(c["reply_to"].replace("{a}", who)), reply=E(c["reply"])))
    count = c["comment_count"][0] if ncom == 1 else c["comment_count"][1].replace("{n}", str(ncom))
    comments = (
        '<div id="comments" class="comments-area">\n\t<div class="comments-wrapper">\n\t\t<h2 class="accent-header"><span>%s</span></h2>\n'
        '\t\t<h3 class="comments-title">%s</h3>\n\t\t<ol class="comment-list">\n%s\n\t\t</ol><!-- .comment-list -->\n'
        '\t\t<div id="respond" class="comment-respond">\n\t\t<h3 id="reply-title" class="comment-reply-title">%s <small>'
        '<a rel="nofollow" id="cancel-comment-reply-link" href="%s#respond" style="display:none;">%s</a></small></h3>'
        '<form action="https://%s/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
        '<p class="comment-notes"><span id="email-notes">%s</span> <span class="required-field-message">%s <span class="required">*</span></span></p>'
        '<p class="comment-form-comment"><label for="comment">%s <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="5" maxlength="65525" required></textarea></p>'
        '<p class="comment-form-author"><label for="author">%s <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>\n'
        '<p class="comment-form-email"><label for="email">%s <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>\n'
        '<p class="comment-form-url"><label for="url">%s</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>\n'
        '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> '
        '<label for="wp-comment-cookies-consent">%s</label></p>\n'
        "<p class=\"form-submit\"><input name=\"submit\" type=\"submit\" id=\"submit\" class=\"submit\" value=\"%s\" /> <input type='hidden' name='comment_post_ID' value='%d' id='comment_post_ID' />\n"
        "<input type='hidden' name='comment_parent' id='comment_parent' value='0' />\n</p></form>\t</div><!-- #respond -->\n"
        "\t</div><!-- .comments-wrapper -->\n</div><!-- #comments -->") % (
        E(c["conversation"]), E(count), "\n".join(coms), E(c["leave"]), url, E(c["cancel"]), host, E(c["email_notes"]),
        E(c["required"]), E(c["f_comment"]), E(c["f_name"]), E(c["f_email"]), E(c["f_url"]), E(c["f_cookies"]),
        A(c["submit"]), pid)
    popular = "".join(
        '<article class="tag-%s category-%s entry has-post-thumbnail post-has-image"><div class="entry-wrapper"><h3 class="entry-title">'
        '<a href="https://%s/%s/%s/%s/">%s</a></h3><div class="entry-meta"><time class="entry-date published">%s</time></div></div></article>' % (
            cat, cat, host, y, mo, mp21.wp_slug(h)[:60], E(h), E(np_date((datetime.date(*map(int, art["date"].split("-")))
                                                                         - datetime.timedelta(days=rng.randint(1, 9))).isoformat())))
        for h in rng.sample(s["related"], 3))
    popup_data = {"ajax_url": "https://%s/wp-admin/admin-ajax.php" % host, "has_donated": False,
                  "previews_mode": False, "excluded_categories": [], "cookie_name": "newspack-cid",
                  "donor_landing_page": "https://%s/donate/" % host, "visit_count": 1}
    overlay_id = rng.randint(100, 900)
    return f'''<!doctype html>
<html lang="en-US">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<link rel="profile" href="https://gmpg.org/xfn/11" />
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v{ver["yoast"]} - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{E(art["title"])} &#8211; {E(site)}</title>
	<meta name="description" content="{A(descr)}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="en_US" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{A(art["title"])}" />
	<meta property="og:description" content="{A(art["sub"])}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{A(site)}" />
	<meta property="article:published_time" content="{iso}" />
	<meta property="article:modified_time" content="{iso_mod}" />
	<meta property="og:image" content="{feat}" />
	<meta name="author" content="{A(art["byline"])}" />
	<meta name="twitter:card" content="summary_large_image" />
	<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel='dns-prefetch' href='//www.googletagmanager.com' />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; {E(c["feed"])}" href="https://{host}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; {E(c["comments_feed"])}" href="https://{host}/comments/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='https://{host}/wp-includes/css/dist/block-library/style.min.css?ver={ver["wp"]}' type='text/css' media='all' />
<link rel='stylesheet' id='newspack-blocks-block-styles-stylesheet-css' href='https://{host}/wp-content/plugins/newspack-blocks/dist/block_styles.css?ver={ver["blocks"]}' type='text/css' media='all' />
<link rel='stylesheet' id='newspack-newsletters-subscribe-block-css' href='https://{host}/wp-content/plugins/newspack-newsletters/dist/subscribeBlock.css?ver={ver["newsletters"]}' type='text/css' media='all' />
<link rel='stylesheet' id='newspack-ui-css' href='https://{host}/wp-content/plugins/newspack-plugin/dist/newspack-ui.css?ver={ver["plugin"]}' type='text/css' media='all' />
<link rel='stylesheet' id='newspack-reader-auth-css' href='https://{host}/wp-content/plugins/newspack-plugin/dist/reader-auth.css?ver={ver["plugin"]}' type='text/css' media='all' />
<link rel='stylesheet' id='newspack-popups-view-css' href='https://{host}/wp-content/plugins/newspack-popups/dist/view.css?ver={ver["popups"]}' type='text/css' media='all' />
<link rel='stylesheet' id='newspack-style-css' href='https://{host}/wp-content/themes/newspack-theme/style.min.css?ver={ver["theme"]}' type='text/css' media='all' />
<link rel='stylesheet' id='newspack-print-style-css' href='https://{host}/wp-content/themes/newspack-theme/styles/print.css?ver={ver["theme"]}' type='text/css' media='print' />
<link rel='stylesheet' id='newspack-font-import-css' href='//fonts.googleapis.com/css2?family=Libre+Franklin:ital,wght@0,400;0,700;1,400&#038;display=swap' type='text/css' media='all' />
<link rel='stylesheet' id='jetpack_css-css' href='https://{host}/wp-content/plugins/jetpack/css/jetpack.css?ver={ver["jetpack"]}' type='text/css' media='all' />
<script type="text/javascript" id="newspack-popups-view-js-extra">
/* <![CDATA[ */
var newspack_popups_view = {json.dumps(popup_data, separators=(",", ":"))};
/* ]]> */
</script>
<script type="text/javascript" src="https://{host}/wp-content/plugins/newspack-popups/dist/view.js?ver={ver["popups"]}" id="newspack-popups-view-js" defer></script>

<!-- Google tag (gtag.js) snippet added by Site Kit -->
<script type="text/javascript" src="https://www.googletagmanager.com/gtag/js?id={s["gtag"]}" id="google_gtagjs-js" async></script>
<script type="text/javascript" id="google_gtagjs-js-after">
/* <![CDATA[ */
window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}
gtag("set","linker",{{"domains":["{host}"]}});
gtag("js", new Date());
gtag("config", "{s["gtag"]}");
/* ]]> */
</script>
<link rel="https://api.w.org/" href="https://{host}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="https://{host}/wp-json/wp/v2/posts/{pid}" />
<meta name="generator" content="WordPress {ver["wp"]}" />
<link rel='shortlink' href='https://{host}/?p={pid}' />
<meta name="generator" content="Site Kit by Google {ver["sk"]}" />
	<style type="text/css" id="custom-theme-colors">
		:root {{ --newspack-theme-color-primary: #1d5c63; --newspack-theme-color-against-primary: white; --newspack-theme-color-secondary: #e0833a; --newspack-theme-color-against-secondary: black; }}
	</style>
<link rel="icon" href="https://{host}/wp-content/uploads/2023/04/cropped-current-icon-32x32.png" sizes="32x32" />
</head>

<body class="post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo wp-embed-responsive singular has-featured-image hide-homepage-title show-site-tagline h-nsub h-db h-ll h-dh has-tertiary-menu has-sidebar single-featured-image-default newspack--font-loading" data-amp-auto-lightbox-disable>

<aside id="mobile-sidebar-fallback" class="mobile-sidebar">
	<button class="mobile-menu-toggle">{np_icon("close")}{E(c["close"])}</button>
	{sf2}
	<nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul id="menu-primary-menu-1" class="main-menu">{menu_html}</ul></nav>
	<nav class="secondary-menu" aria-label="Secondary Menu"><ul id="menu-secondary-menu-1" class="secondary-menu">{sec_html}</ul></nav>
</aside>

<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#main">{E(c["skip"])}</a>

	<header id="masthead" class="site-header hide-header-search">
		<div class="top-header-contain desktop-only">
			<div class="wrapper">
				<div id="secondary-nav-contain">
					<nav class="secondary-menu" aria-label="Secondary Menu" toolbar-target="secondary-nav-contain" toolbar="(min-width: 767px)"><ul id="menu-secondary-menu" class="secondary-menu">{sec_html}</ul></nav>
				</div>
				<div id="social-nav-contain">
					<nav class="social-navigation" aria-label="Social Links Menu"><ul id="menu-social-links" class="social-links-menu">{social}</ul></nav>
				</div>
			</div><!-- .wrapper -->
		</div><!-- .top-header-contain -->

		<div class="middle-header-contain">
			<div class="wrapper">
				<div class="site-branding">
					<a href="https://{host}/" class="custom-logo-link" rel="home"><img width="480" height="96" src="https://{host}/wp-content/uploads/2023/04/current-logo.png" class="custom-logo" alt="{A(site)}" decoding="async" /></a>
					<div class="site-identity">
						<p class="site-title"><a href="https://{host}/" rel="home">{E(site)}</a></p>
						<p class="site-description">{E(s["tagline"])}</p>
					</div><!-- .site-identity -->
				</div><!-- .site-branding -->

				<div class="nav-wrapper desktop-only">
					<div id="tertiary-nav-contain">
						<nav class="tertiary-menu" aria-label="Tertiary Menu" toolbar-target="tertiary-nav-contain" toolbar="(min-width: 767px)"><ul id="menu-tertiary-menu" class="tertiary-menu"><li id="menu-item-31" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-31"><a href="https://{host}/donate/">{E(s["donate_menu"])}</a></li></ul></nav>
					</div>
					<div class="newspack-reader__account-link"><a href="https://{host}/my-account/" data-newspack-reader-account-link aria-label="{A(c["account_aria"])}"><span class="newspack-reader__account-link__mobile">{np_icon("account")}</span><span class="newspack-reader__account-link__desktop">{E(c["account"])}</span></a></div>
					<div class="header-search-contain">
						<button id="search-toggle" on="tap:AMP.setState( {{ searchVisible: !searchVisible }} ), search-form-1.focus" aria-controls="search-menu" aria-expanded="false">
							<span class="screen-reader-text" data-open-text="{A(c["open_search"])}" data-close-text="{A(c["close_search"])}">{E(c["open_search"])}</span>
							<span class="search-icon">{np_icon("search")}</span>
						</button>
						<div id="header-search" class="header-search-form">
							{sf1}
						</div><!-- #header-search -->
					</div><!-- .header-search-contain -->
				</div><!-- .nav-wrapper -->

				<button class="mobile-menu-toggle" on="tap:mobile-sidebar.toggle">{np_icon("menu")}{E(c["menu"])}</button>
			</div><!-- .wrapper -->
		</div><!-- .middle-header-contain -->

		<div class="bottom-header-contain desktop-only">
			<div class="wrapper">
				<div id="site-navigation">
					<nav class="main-navigation nav1 dd-menu" aria-label="Top Menu" toolbar-target="site-navigation" toolbar="(min-width: 767px)"><ul id="menu-primary-menu" class="main-menu">{menu_html}</ul></nav>
				</div>
			</div><!-- .wrapper -->
		</div><!-- .bottom-header-contain -->
	</header><!-- #masthead -->

	<div id="content" class="site-content">

	<section id="primary" class="content-area">
		<main id="main" class="site-main">

			<header class="entry-header">
				<span class="cat-links"><span class="screen-reader-text">{E(c["posted_in"])}</span><a href="https://{host}/category/{cat}/" rel="category tag">{E(art["section"])}</a></span>
				<h1 class="entry-title">{E(art["title"])}</h1>
				<div class="newspack-post-subtitle">{E(art["sub"])}</div>
				<div class="entry-subhead">
					<div class="entry-meta">
						<span class="author-avatar"><img alt='' src='{avatar}' class='avatar avatar-80 photo' height='80' width='80' decoding='async'/></span>
						<span class="byline"><span>{E(c["by"])}</span> <span class="author vcard"><a class="url fn n" href="https://{host}/author/{author_slug}/">{E(art["byline"])}</a></span></span>
						<span class="posted-on"><time class="entry-date published" datetime="{iso}">{E(d)}</time><span class="updated-label">{E(c["updated"])}</span> <time class="updated" datetime="{iso_mod}">{E(d)} {t_mod12}</time></span>
					</div><!-- .meta-info -->
					{sharing}
				</div>
			</header>

			<div class="main-content">
				<figure class="post-thumbnail">
					<img width="1200" height="800" src="{feat}" class="attachment-newspack-featured-image size-newspack-featured-image wp-post-image" alt="" decoding="async" fetchpriority="high" srcset="{feat} 1200w, {feat.replace(".jpg", "-300x200.jpg")} 300w, {feat.replace(".jpg", "-768x512.jpg")} 768w" sizes="(max-width: 1200px) 100vw, 1200px" />
					<figcaption>{E(art["caption"])} <span class="image-credit"><span class="credit-label-wrapper">{E(c["credit"])}</span> {E(art["credit"])}</span></figcaption>
				</figure><!-- .post-thumbnail -->

				<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail category-{cat} {" ".join("tag-" + mp21.wp_slug(x) for x in s["tags"])} entry">
					<div class="entry-content">
{content}
					</div><!-- .entry-content -->

					<footer class="entry-footer">
						<span class="tags-links"><span>{E(c["tagged"])} </span>{tags}</span>
					</footer><!-- .entry-footer -->

					<div class="author-bio">
						<a href="https://{host}/author/{author_slug}/"><img alt='' src='{avatar.replace("s=80", "s=80")}' class='avatar avatar-80 photo' height='80' width='80' loading='lazy' decoding='async'/></a>
						<div class="author-bio-text">
							<div class="author-bio-header">
								<div>
									<h2 class="accent-header"><a href="https://{host}/author/{author_slug}/">{E(art["byline"])}</a></h2>
									<div class="author-meta"><a class="author-email" href="mailto:{s["email"]}">{E(s["email"])}</a></div>
								</div>
							</div><!-- .author-bio-header -->
							<p>{E(bio)} <a class="author-link" href="https://{host}/author/{author_slug}/" rel="author">{E(c["more_by"].replace("{a}", art["byline"]))}</a></p>
						</div><!-- .author-bio-text -->
					</div><!-- .author-bio -->

					{comments}
				</article><!-- #article-{pid} -->

				<aside id="secondary" class="widget-area">
					<section id="block-7" class="widget widget_block"><div class="wp-block-newspack-blocks-homepage-articles wpnbha show-image image-alignleft ts-3 is-3 is-landscape">
						<h2 class="article-section-title"><span>{E(s["popular_title"])}</span></h2>
						<div data-posts data-current-post-id="{pid}">{popular}</div>
					</div></section>
					<section id="block-9" class="widget widget_block"><div class="wp-block-group has-background is-layout-flow" style="background-color:#f3efe6">
						<h2 class="wp-block-heading">{E(s["support_title"])}</h2>
						<p>{E(s["support_text"])}</p>
						<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://{host}/donate/">{E(c["donate"])}</a></div></div>
					</div></section>
				</aside><!-- #secondary -->
			</div><!-- .main-content -->

		</main><!-- #main -->
	</section><!-- #primary -->

	</div><!-- #content -->

	<footer id="colophon" class="site-footer">
		<div class="footer-branding">
			<div class="wrapper">
				<a href="https://{host}/" class="custom-logo-link" rel="home"><img width="480" height="96" src="https://{host}/wp-content/uploads/2023/04/current-logo.png" class="custom-logo" alt="{A(site)}" decoding="async" loading="lazy" /></a>
				<nav class="social-navigation" aria-label="Social Links Menu"><ul id="menu-social-links-1" class="social-links-menu">{social}</ul></nav>
			</div><!-- .wrapper -->
		</div><!-- .footer-branding -->
		<div class="wrapper footer-widgets">
			<div class="footer-widgets-contain">
				<section id="text-2" class="widget widget_text"><h2 class="widget-title">{E(s["about_title"])}</h2><div class="textwidget"><p>{E(s["about"])}</p></div></section>
				<section id="nav_menu-3" class="widget widget_nav_menu"><div class="menu-secondary-menu-container"><ul id="menu-secondary-menu-2" class="menu">{sec_html}</ul></div></section>
			</div>
		</div><!-- .wrapper -->
		<div class="site-info">
			<div class="wrapper site-info-contain">
				<span class="copyright">&copy; {y} {E(site)}. {E(s["footer_note"])}</span>
				<a class="imprint" href="https://newspack.com/">{E(c["powered"])}</a>
				<a class="privacy-policy-link" href="https://{host}/privacy-policy/" rel="privacy-policy">{E(c["privacy"])}</a>
			</div><!-- .wrapper -->
		</div><!-- .site-info -->
	</footer><!-- #colophon -->

</div><!-- #page -->

<div class="widget widget_eu_cookie_law_widget">
	<div class="hide-on-button" data-hide-timeout="30" data-consent-expiration="180" id="eu-cookie-law">
		<form method="post" id="jetpack-eu-cookie-law-form"><input type="submit" value="{A(c["cookie_accept"])}" class="accept" /></form>
		{E(c["cookie"])}<br />
		{E(c["cookie_more"])} <a href="https://{host}/privacy-policy/" rel="">{E(c["cookie_policy"])}</a>
	</div>
</div>

<div class="newspack-lightbox newspack-popup newspack-lightbox-placement-bottom newspack-lightbox-size-small newspack-lightbox-no-border" role="dialog" aria-modal="true" aria-label="{A(s["overlay_title"])}" id="id_{overlay_id}" data-segments="" data-frequency="0,3,1,day">
	<div class="newspack-popup-wrapper">
		<div class="newspack-popup">
			<div class="wp-block-group is-layout-constrained">
				<h2 class="wp-block-heading">{E(s["overlay_title"])}</h2>
				<p>{E(s["overlay_text"])}</p>
				{np_subscribe_block(2, c)}
			</div>
			<button class="newspack-lightbox__close" aria-label="{A(c["close_popup"])}">{np_icon("close")}</button>
		</div>
	</div>
	<div class="newspack-lightbox-shim"></div>
</div>

<script type="text/javascript" src="https://{host}/wp-content/plugins/newspack-newsletters/dist/subscribeBlock.js?ver={ver["newsletters"]}" id="newspack-newsletters-subscribe-block-js"></script>
<script type="text/javascript" src="https://{host}/wp-content/plugins/newspack-blocks/dist/donateStreamlined.js?ver={ver["blocks"]}" id="newspack-blocks-donate-streamlined-js"></script>
<script type="text/javascript" src="https://{host}/wp-content/themes/newspack-theme/js/dist/menu.js?ver={ver["theme"]}" id="newspack-menu-js"></script>
<script type="text/javascript" src="https://{host}/wp-content/themes/newspack-theme/js/dist/search-menu.js?ver={ver["theme"]}" id="newspack-search-menu-js"></script>
<script type="text/javascript" src="https://{host}/wp-content/plugins/jetpack/_inc/build/widgets/eu-cookie-law/eu-cookie-law.min.js?ver=20180522" id="eu-cookie-law-script-js"></script>
<script type="text/javascript" src="https://stats.wp.com/e-{y}{rng.randint(10, 52)}.js" id="jetpack-stats-js" data-wp-strategy="defer"></script>
<script type="text/javascript" id="jetpack-stats-js-after">
/* <![CDATA[ */
_stq = window._stq || [];
_stq.push([ "view", JSON.parse("{{\\"v\\":\\"ext\\",\\"blog\\":\\"{rng.randint(10**8, 10**9)}\\",\\"post\\":\\"{pid}\\",\\"tz\\":\\"-5\\",\\"srv\\":\\"{host}\\",\\"j\\":\\"1:{ver["jetpack"]}\\"}}") ]);
/* ]]> */
</script>
</body>
</html>
'''


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"newspack": ["caption", "newsletter", "related"]}  # image block, donation prompt and newsletter
# sign-up group, Jetpack related posts
for _mod, _names in ((mp2, ["regional", "magazine", "liveblog"]), (mp3, ["drupal", "substack"]),
                     (mp4, ["gutenberg", "chunks"]), (mp5, ["squarespace", "brightspot", "wire"]),
                     (mp6, ["quintype", "bitrix"]), (mp18, ["weebly"]), (mp19, ["ucoz"]), (mp21, ["elementor"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction", "wireend",
            "app", "bio", "tip", "typo", "push", "ai", "affiliate", "gift", "skip", "print", "translated", "moderation"]
NEW_FAMILIES = ["skip", "print", "translated", "moderation"]
# families a one-person newsletter, a coffee roaster, a cycling club or a village would not carry: no ads or
# advertorial links, no app, no staff writers or desk credits, no wire copy, no newsroom tip line, typo hint, push
# prompt, section labels, reading times, comment counters, AI notes, gifted articles, skip links or translations
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "wireend", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "ai", "affiliate", "gift", "skip", "translated"}
# a nonprofit newsroom: no ads or affiliate links, no wire copy, no typo hint, nothing behind a paywall to gift
NOT_ON_NONPROFIT = {"ad", "affiliate", "wireend", "typo", "gift", "skip"}
SMALL_SITE_TEMPLATES = {"substack": NOT_ON_SMALL_SITES, "squarespace": NOT_ON_SMALL_SITES, "weebly": NOT_ON_SMALL_SITES,
                        "ucoz": NOT_ON_SMALL_SITES | {"newsletter"}, "newspack": NOT_ON_NONPROFIT}
# a wire portal's text view has no pictures, share buttons, comments or prompts
WIRE_ALLOWED = {"copyright", "symbol", "correction"}
# markup of the generic residue: classed wrappers as many CMSs emit them (class names new to the set), and
# plain <p>/<div> variants as left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="privacy-embed-hold"><p class="privacy-embed-hold__msg">%s</p><button class="privacy-embed-hold__btn" type="button">&#8635;</button></div>',
               '<p class="thirdparty-notice">%s</p>', '<p>%s</p>'],
    "newsletter": ['<div class="mailbox-plug"><p class="mailbox-plug__text">%s</p><a class="mailbox-plug__go" href="/join">&#187;</a></div>',
                   '<p class="allowance-left">%s</p>', '<p><b>%s</b></p>', '<div>%s</div>'],
    "share": ['<div class="pass-along"><a class="pass-along__link" href="#">%s</a></div>', '<p class="social-plug-line">%s</p>',
              '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="image-provenance">%s</p>', '<span class="pic-courtesy">%s</span>', '<p><small>%s</small></p>'],
    "copyright": ['<p class="reuse-prohibited">%s</p>', '<div class="ownership-line"><small>%s</small></div>', '<p>%s</p>'],
    "section": ['<p class="area-tag">%s</p>', '<div class="path-crumbs">%s</div>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="break-glyphs">%s</p>', '<div class="typo-ornament">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="desk-attribution">%s</p>', '<div class="material-source">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="hed-duplicate"><b>%s</b></p>', '<h2 class="headline-twice">%s</h2>', '<p><strong>%s</strong></p>'],
    "ad": ['<div class="paid-slot-tag">%s</div>', '<p class="sponsor-tagline">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="fullstory-link"><a href="#article-rest">%s</a></p>', '<div class="expand-article-btn">%s</div>',
                 '<p><a href="#article-rest">%s</a></p>'],
    "comments": ['<p class="discussion-tally"><a href="#respond">%s</a></p>', '<div class="comment-jump">%s</div>',
                 '<p><a href="#respond">%s</a></p>'],
    "readtime": ['<p class="length-of-read">%s</p>', '<span class="minutes-needed">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="revision-note"><time>%s</time></p>', '<div class="updated-at-line">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="narrated-article"><button class="narrated-article__play" aria-label="Play"></button><span class="narrated-article__label">%s</span></div>',
              '<p class="listen-version"><a href="#narration">%s</a></p>', '<p><a href="#narration">%s</a></p>'],
    "correction": ['<aside class="amend-notice"><p>%s</p></aside>', '<p class="erratum-strip"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "wireend": ['<p class="story-terminus">%s</p>', '<div class="agency-note">%s</div>', '<p>%s</p>'],
    "app": ['<div class="app-download-bar"><p class="app-download-bar__txt">%s</p><a class="app-download-bar__store" href="/app">&#8600;</a></div>',
            '<p class="app-nudge">%s</p>', '<p><b>%s</b></p>'],
    "bio": ['<div class="reporter-card"><p class="reporter-card__about">%s</p></div>', '<p class="writer-blurb"><i>%s</i></p>',
            '<p><i>%s</i></p>'],
    "tip": ['<div class="tips-wanted"><p class="tips-wanted__ask">%s</p></div>', '<p class="tipline-note">%s</p>', '<p><i>%s</i></p>'],
    "typo": ['<div class="mistake-flag"><p class="mistake-flag__hint">%s</p></div>', '<p class="select-report-note">%s</p>',
             '<p><small>%s</small></p>'],
    "push": ['<div class="alerts-question"><p class="alerts-question__q">%s</p><button class="alerts-question__ok" type="button">&#10004;</button>'
             '<button class="alerts-question__later" type="button">&#10005;</button></div>', '<p class="browser-alerts-note">%s</p>', '<p><b>%s</b></p>'],
    "ai": ['<div class="machine-help-note"><p class="machine-help-note__text">%s</p></div>', '<p class="ai-assist-label"><small>%s</small></p>',
           '<p><i>%s</i></p>'],
    "affiliate": ['<div class="earn-disclaimer"><p>%s</p></div>', '<p class="shopping-links-note"><small>%s</small></p>',
                  '<p><i>%s</i></p>'],
    "gift": ['<div class="present-link"><a class="present-link__a" href="#gift-link">%s</a></div>', '<p class="gift-share-cta"><a href="#gift-link">%s</a></p>',
             '<p><a href="#gift-link">%s</a></p>'],
    "skip": ['<p class="jump-past"><a href="#after-box">%s</a></p>', '<div class="bypass-link"><a href="#after-box">%s</a></div>',
             '<p><a href="#after-box">%s</a></p>'],
    "print": ['<div class="story-utility"><a class="story-utility__item" href="#print">%s</a></div>', '<p class="print-mail-links">%s</p>',
              '<p><a href="#print">%s</a></p>'],
    "translated": ['<p class="translation-note"><i>%s</i></p>', '<div class="original-language">%s</div>', '<p><i>%s</i></p>'],
    "moderation": ['<div class="house-rules"><p class="house-rules__text">%s</p></div>', '<p class="comment-policy">%s</p>',
                   '<p><small>%s</small></p>'],
}
CAPTION_STYLES = ['<figure class="body-photo-inset"><img src="/uploads/{id}-inset.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/uploads/{id}-inset.jpg" alt="" width="600"><br><em>{cap} ({cr})</em></p>']
RELATED_STYLES = ['<div class="read-next-box"><h4>%s</h4><ul>%s</ul></div>',
                  '<aside class="story-chain-box"><p class="story-chain-box__head">%s</p><ul>%s</ul></aside>',
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
    pool = [f for f in FAMILIES if f not in skip and (tpl != "wire" or f in WIRE_ALLOWED)]
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
                   "print": rng.choice([0, n]), "translated": rng.choice([0, n]), "moderation": n}.get(fam, mid)
            put(pos, rng.choice(STYLES[fam]) % E(text))
    return placed, fams


# --------------------------------------------------------------------------
# templates: newspack is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"newspack": tpl_newspack, "regional": mp2.tpl_regional, "liveblog": mp2.tpl_liveblog,
                 "magazine": mp2.tpl_magazine, "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal,
                 "substack": mp3.tpl_substack, "gutenberg": mp4.tpl_gutenberg, "chunks": mp4.tpl_chunks,
                 "squarespace": mp5.tpl_squarespace, "brightspot": mp5.tpl_brightspot, "wire": mp5.tpl_wire,
                 "quintype": mp6.tpl_quintype, "bitrix": mp6.tpl_bitrix, "weebly": mp18.tpl_weebly,
                 "ucoz": mp19.tpl_ucoz, "elementor": mp21.tpl_elementor}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h21), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp18, mp19, mp20, mp21):
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["blocks"], art["marks"] = blocks_and_marks(art["body"])
            rng = random.Random("newsflow-heldout22-" + art["id"])
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
                pages[art["id"]] = NEW_TEMPLATES[tpl](art, UI22[lang], site, placed, rng)
                fams = fams + TEMPLATE_FAMILIES.get(tpl, [])
            else:
                fun, mode = OLD_TEMPLATES[tpl]
                pages[art["id"]] = fun(art, UI22[lang], site, mp.body_html(art, placed, mode), rng)
            truth[art["id"]] = mp.truth_text(art["blocks"])
            meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)))
    return pages, truth, meta


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 22) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ru", "RU", "RUB"}


def verify(pages, truth):
    problems = mp.verify(pages, truth)
    for pid, text in truth.items():
        if not 150 <= len(text.split()) <= 400:
            problems.append("%s: body has %d words (want 150-400)" % (pid, len(text.split())))
        if "[^" in text:
            problems.append("%s: footnote mark left in the truth" % pid)
    # layouts: newspack (new to the set) on one page, every other page on a different earlier layout
    tpls = collections.Counter(a["tpl"] for a in ARTICLES)
    if "newspack" in EARLIER_LAYOUTS:
        problems.append("newspack is not new")
    if tpls.get("newspack") != 1:
        problems.append("newspack used on %d pages (want 1)" % tpls.get("newspack", 0))
    problems.extend("template %s used %d times (want every earlier layout once)" % (t, c)
                    for t, c in tpls.items() if t != "newspack" and c > 1)
    if len([t for t in tpls if t != "newspack"]) != 23:
        problems.append("%d earlier layouts (want 23)" % len([t for t in tpls if t != "newspack"]))
    problems.extend("template %s is not an earlier layout" % t for t in tpls if t != "newspack" and t not in EARLIER_LAYOUTS)
    problems.extend("unknown template %s" % t for t in tpls if t not in NEW_TEMPLATES and t not in OLD_TEMPLATES)
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(en=9, tr=3, de=3, fr=3, es=3, ru=3):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = ["h22-en-%03d" % k for k in range(1, 10)] + ["h22-%s-%03d" % (x, k) for x in ("tr", "de", "fr", "es", "ru")
                                                        for k in range(1, 4)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # controls: one page without residue, one with a single correction line only
    if not any(a.get("low") == 0 and a["tpl"] not in TEMPLATE_FAMILIES for a in ARTICLES):
        problems.append("no control page without residue")
    if not any(a.get("only") == ["correction"] and a["tpl"] not in TEMPLATE_FAMILIES for a in ARTICLES):
        problems.append("no control page with a single correction line")
    # every residue family (the four new ones included) has wordings in every language
    for fam in FAMILIES:
        if fam in ("caption", "title"):
            continue
        if fam not in R or (fam != "symbol" and set(R[fam]) != set(UI)):
            problems.append("residue family %s lacks wordings" % fam)
    # the new families are new to the pools
    for mod in (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18, mp19,
                mp20, mp21):
        problems.extend("family %s already in the pools of %s" % (f, mod.__name__) for f in NEW_FAMILIES
                        if f in getattr(mod, "R", {}))
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
                       mp20.DLE, mp20.DLE_CORE, mp20.UI_NEW, mp21.R, [v for v in mp21.SITE_STRINGS.values()],
                       mp21.ELEMENTOR, mp21.UI_NEW,
                       mp.RELATED_HEADLINES, mp2.HEADLINES, mp3.HEADLINES, mp4.HEADLINES, mp5.HEADLINES, mp6.HEADLINES,
                       mp7.HEADLINES, mp8.HEADLINES, mp9.HEADLINES, mp10.HEADLINES, mp11.HEADLINES, mp12.HEADLINES,
                       mp13.HEADLINES, mp14.HEADLINES, mp15.HEADLINES, mp16.HEADLINES, mp17.HEADLINES, mp18.HEADLINES,
                       mp19.HEADLINES, mp20.HEADLINES, mp21.HEADLINES,
                       mp2.SITES, mp3.SITES, mp4.SITES, mp5.SITES, mp6.SITES, mp7.SITES, mp8.SITES, mp9.SITES,
                       mp10.SITES, mp11.SITES, mp12.SITES, mp13.SITES, mp14.SITES, mp14.BLOG_SITES, mp15.SITES,
                       mp16.SITES, mp17.SITES, mp18.SITES, mp19.SITES, mp20.SITES, mp21.SITES, mp3.BROADCASTERS,
                       [a.get("site", "") for mod in story_mods for a in mod.ARTICLES]]):
        if s and s not in NOT_WORDS:
            old |= _sentences(s)
    for s in _strings(UI):
        old.add(s.lower().strip())
    for fam, by_lang in R.items():
        for s in _strings(by_lang):
            problems.extend("h22 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = []
    for (mod, name), v in SITE_STRINGS.items():
        if (mod, name) == (mp4, "R"):
            continue  # this part's own R pools, checked above
        if (mod, name) == (mp21, "ELEMENTOR"):
            v = {lang: {k: x for k, x in d.items() if k not in mp21.ELEMENTOR_EXEMPT} for lang, d in v.items()}
        site_strings_new.append(v)
    np_sites = [{k: v for k, v in d.items() if k not in NEWSPACK_EXEMPT} for d in NEWSPACK.values()]
    # (NEWSPACK_CORE, the platforms' own interface strings - "Skip to content", "Join the Conversation", "Proudly
    # powered by Newspack by Automattic", Jetpack's sharing labels and cookie widget, the comment form - is left as
    # the platforms ship it, like ELEMENTOR_CORE in h21: such words recur on any site)
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("NEWSPACK", np_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if s in NOT_WORDS:
                continue
            problems.extend("h22 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # new wrapper class names
    old_classes = set()
    for mod in (mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18, mp19, mp20, mp21):
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend("h22 class name %r used by an earlier part" % x
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
    the pages only (truth.json does not hold the h22 entries yet) and says so."""
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
              "(truth.json not checked: h22 is not merged by make_pages.py yet)")
        sys.exit(1 if bad else 0)
    hc.run(lambda: (pages, truth, meta), lambda p, t: [])


if __name__ == "__main__":
    main()
