#!/usr/bin/env python3
"""Twenty-eighth held-out part (h28-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout28.py           # write pages/h28-*.html
    python benchmarks/data/extraction/make_heldout28.py --check   # verify pages/h28-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout28.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results.  Stories are in articles_h28_en.py / articles_h28_intl.py; the
residue wordings (the forty-six generic families of the earlier parts plus three new ones: "jump to" boxes –
a small table of contents put at the top of longer stories, whose links repeat the story's own subheadings –,
event furniture under stories about dated events – "add to calendar" rows with the calendar services, "save the
date" and ticket-booking prompts – and article-age notices over older stories – "this article is more than two
years old", "from our archive"), their wrapper class names, related headlines, site names, the sites' own
strings in the earlier layouts and the first-round furniture strings (menus, cookie banner, newsletter box,
footer, commenters) are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of
make_heldout2..27, nor their labels, furniture strings, headlines or site names; verify() refuses to build if one
is reused, if a "new" family is already in an earlier pool, family list or template family, if a story paragraph
or headline of an earlier part recurs, if a headline is also a story paragraph, or if a body is outside 150-400
words.  Every name and number is fictional, the support lines' included.  The three new families are not drawn at
random: a page carries them where a real site would (the "carry" field of a story): "jump to" boxes on stories
with three or more subheadings, event furniture on a festival, a quiz-night follow-up with a training session, a
Christmas market, a concert series and a half marathon, age notices on stories published in 2024.  Seven
earlier families that need a reason in the story (support-line notices, chart furniture, funding notes, wire end
lines, "translated from" notes, "developing story" notices, affiliate disclosures) and the three new families of
h27 (content warnings, series labels, map furniture) are placed the same way; the other generic families are
balanced over the part, leaving out those a page's site would not print ("avoid", and the small-site /
independent / public-body sets).
One page layout is new (kirby: an article page of a German independent city magazine on Kirby CMS 4 with a theme
built on Kirby's Starterkit, as such sites serve it – the head with the site's assets/css/index.css and
templates/note.css links, the favicon, canonical and Open Graph tags; body with header.header (a.logo and
nav.menu with aria-current on the section), main.main → article.note with header.note-header (h1.note-title and
p.note-subheading), the cover figure with its media/pages/… thumb URL and figcaption, div.note-text.text with the
body as Kirby's block snippets print it – <p> from the writer field, <h2> headings, <ul> lists, <blockquote> with
<footer> for quotes, the editor's own lines as further text blocks –, footer.note-footer with ul.note-tags and
time.note-date, nav.prevnext; footer.footer with the grid columns and "Made with Kirby").  The Starterkit's
English words are translated by the site (its own strings, in KIRBY, checked as new); the platform's own names
("Kirby", "Made with Kirby") are left as Kirby prints them and not checked.
The other 23 pages use 23 different layouts of earlier parts with their markup helpers – storybody, cms,
semantic, table, portal, amp, legacy-br, wordpress, ghost (make_pages.py), regional, magazine, nextjs
(make_heldout2.py), drupal, broadcaster (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py),
squarespace (make_heldout5.py), quintype, typo3, bitrix (make_heldout6.py), medium (make_heldout13.py) and ucoz
(make_heldout19.py), none of them in the language h26 or h27 gave it; while a page is rendered, the earlier
modules' related headlines (HEADLINES, make_pages.RELATED_HEADLINES), the strings that belong to one site rather
than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves (make_heldout4.R
for the gutenberg consent placeholder and the fusion / chunks ad labels, make_pages.RESIDUE for the table
layout's banner label) are swapped for this part's own, and the templates get this part's furniture strings
(UI28) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout27.py, so that make_pages.py can import this module and merge it the same way.
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
from make_pages import E, A, UI  # noqa: E402
from articles_h28_en import ARTICLES as H28_EN  # noqa: E402
from articles_h28_intl import ARTICLES as H28_INTL  # noqa: E402

ARTICLES = H28_EN + H28_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27)

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Penwick & District Echo", "Fernley Evening Post", "Brenmouth Tide", "The Lowbridge Ledger",
           "Daneford Recorder", "Kelsay Island Wire", "The Ashcombe Weekly Herald"],
    "tr": ["Karaçam Postası", "Yalıkent Gazetesi"],
    "de": ["Wallersheimer Rundschau", "Raunataler Nachrichten"],
    "fr": ["Le Courrier de Bréval", "Vernay Matin", "Saint-Loubès Ensemble"],
    "es": ["Heraldo de la Ribera", "El Eco del Jarama", "Vilaseca Digital"],
    "ru": ["Заречный курьер онлайн", "Сосновский вестник", "Городские вести. Онлайн"],
}
# sites fixed per page (a German city magazine on Kirby, a television channel on the broadcaster layout, a village
# website on uCoz, an olive growers' cooperative on Squarespace, a water board on TYPO3) are given in the stories'
# "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h27 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["To play this clip, allow marketing cookies. Change your consent",
               "Content from an external provider is hidden because of your cookie choices."],
        "tr": ["Bu videoyu oynatmak için pazarlama çerezlerine izin verin. Onayınızı değiştirin",
               "Çerez tercihleriniz nedeniyle harici bir sağlayıcının içeriği gizlendi."],
        "de": ["Um diesen Clip abzuspielen, erlauben Sie Marketing-Cookies. Einwilligung ändern",
               "Wegen Ihrer Cookie-Auswahl wird hier ein Inhalt eines externen Anbieters ausgeblendet."],
        "fr": ["Pour lire cet extrait, autorisez les cookies marketing. Modifier mon consentement",
               "Un contenu d'un fournisseur externe est masqué en raison de vos choix de cookies."],
        "es": ["Para reproducir este clip, permite las cookies de marketing. Cambiar mi consentimiento",
               "Se ha ocultado un contenido de un proveedor externo por tu configuración de cookies."],
        "ru": ["Чтобы воспроизвести ролик, разрешите маркетинговые cookie. Изменить согласие",
               "Содержимое внешнего сервиса скрыто из-за ваших настроек cookie."],
    },
    "newsletter": {  # newsletter pitches, metered-paywall notes, donation appeals
        "en": ["Get the Morning Briefing: the news from your patch before 7am, free.",
               "That was free article number 4 of 5 for May – subscribers read without counting.",
               "Keep independent local reporting going with £3 a month, cancel whenever you like."],
        "tr": ["Sabah Bülteni'ni alın: bölgenizin haberleri saat 7'den önce, ücretsiz.",
               "Mayıs ayındaki 5 ücretsiz haberinizin 4'üncüsünü okudunuz – aboneler saymadan okur.",
               "Bağımsız yerel habercilik sürsün diye ayda 60 lira verin, istediğiniz an bırakın."],
        "de": ["Holen Sie sich das Morgenbriefing: die Nachrichten aus Ihrem Ort vor 7 Uhr, kostenlos.",
               "Das war Gratisartikel Nummer 4 von 5 im Mai – Abonnenten lesen, ohne zu zählen.",
               "Halten Sie unabhängige Lokalberichterstattung am Laufen: 3 Euro im Monat, jederzeit kündbar."],
        "fr": ["Recevez le Réveil info : l'actualité de votre commune avant 7 h, gratuitement.",
               "C'était l'article gratuit numéro 4 sur 5 de mai – les abonnés lisent sans compter.",
               "Faites vivre une information locale indépendante avec 3 € par mois, résiliables quand vous voulez."],
        "es": ["Recibe el Despertador: las noticias de tu pueblo antes de las 7, gratis.",
               "Era tu artículo gratis número 4 de 5 de mayo: los suscriptores leen sin contar.",
               "Mantén vivo el periodismo local independiente con 3 euros al mes, y date de baja cuando quieras."],
        "ru": ["Получайте «Утреннюю сводку»: новости вашего района до 7 утра, бесплатно.",
               "Это был бесплатный материал № 4 из 5 за май — подписчики читают без счёта.",
               "Помогите независимой местной журналистике: 150 рублей в месяц, отписаться можно в любой момент."],
    },
    "share": {
        "en": ["Share on Facebook · Share on X · Copy the link", "Send this to a neighbour who would want to know"],
        "tr": ["Facebook'ta paylaş · X'te paylaş · Bağlantıyı kopyala", "Bunu bilmesi gereken bir komşunuza gönderin"],
        "de": ["Auf Facebook teilen · Auf X teilen · Link kopieren", "Schicken Sie das einer Nachbarin, die es wissen sollte"],
        "fr": ["Partager sur Facebook · Partager sur X · Copier le lien", "Envoyez-le à un voisin que cela concerne"],
        "es": ["Compartir en Facebook · Compartir en X · Copiar el enlace", "Mándaselo a un vecino al que le interese saberlo"],
        "ru": ["Поделиться во ВКонтакте · в Telegram · Скопировать ссылку", "Отправьте соседу, которому это важно знать"],
    },
    "photo": {
        "en": ["Image courtesy of the festival committee", "Photo: submitted by the family"],
        "tr": ["Görsel: düzenleme kurulunun izniyle", "Fotoğraf: basın bülteni"],
        "de": ["Bild: mit freundlicher Genehmigung der Veranstalter", "Foto: privat, von der Familie"],
        "fr": ["Image transmise par les organisateurs", "Photo : transmise par la famille"],
        "es": ["Imagen cedida por el comité organizador", "Foto: cedida por los familiares del protagonista"],
        "ru": ["Фото предоставлено оргкомитетом праздника", "Снимок из личного архива семьи"],
    },
    "copyright": {
        "en": ["Content © {site}, 2026: this story may not be republished without written consent."],
        "tr": ["İçerik © {site}, 2026: bu haber yazılı izin olmadan yeniden yayımlanamaz."],
        "de": ["Inhalt © {site}, 2026: eine Weiterverbreitung dieses Beitrags ist nur mit schriftlicher Zustimmung erlaubt."],
        "fr": ["Contenu © {site}, 2026 : cet article ne peut être republié sans accord écrit."],
        "es": ["Contenido © {site}, 2026: esta noticia no puede volver a publicarse sin consentimiento por escrito."],
        "ru": ["Контент © «{site}», 2026: перепечатка материала возможна только с письменного согласия редакции."],
    },
    "section": {  # ({section}: the story's section)
        "en": ["LATEST | {section}", "Filed under {section}"],
        "tr": ["SON HABERLER | {section}", "Kategori: {section}"],
        "de": ["AKTUELL | {section}", "Abgelegt unter {section}"],
        "fr": ["EN CE MOMENT | {section}", "Classé dans {section}"],
        "es": ["ÚLTIMA HORA | {section}", "Archivado en {section}"],
        "ru": ["СЕЙЧАС | {section}", "Рубрика: {section}"],
    },
    "related": {
        "en": ["You might also like", "Meanwhile, elsewhere in the district"],
        "tr": ["Okurlarımız bunlara da baktı", "Bu arada ilçenin başka yerlerinde"],
        "de": ["Andere Leser schauten sich auch an", "Unterdessen anderswo im Landkreis"],
        "fr": ["D'autres lecteurs ont aussi consulté", "Pendant ce temps, ailleurs dans le canton"],
        "es": ["Otros lectores también vieron", "Mientras tanto, en el resto de la comarca"],
        "ru": ["Читатели также смотрели", "Тем временем в других районах"],
    },
    "symbol": {"*": ["— ✶ —", "∙ ◈ ∙", "※ ※ ※", "◈ · ◈", "✺ ✺"]},
    "credit": {
        "en": ["Additional reporting by the {site} news desk", "Words and pictures: {site} community correspondents"],
        "tr": ["Katkıda bulunan: {site} haber masası", "Metin ve fotoğraflar: {site} mahalle muhabirleri"],
        "de": ["Mit Material des Nachrichtentischs von {site}", "Text und Bilder: Ortskorrespondenten von {site}"],
        "fr": ["Avec le desk de {site}", "Textes et photos : correspondants locaux de {site}"],
        "es": ["Con información de la mesa de {site}", "Texto y fotos: corresponsales de barrio de {site}"],
        "ru": ["При участии дежурной смены «{site}»", "Текст и фото: внештатные корреспонденты «{site}»"],
    },
    "ad": {
        "en": ["Sponsored content continues after this message", "ADVERT · THE ARTICLE RESUMES BELOW"],
        "tr": ["Sponsorlu içerik bu mesajdan sonra devam ediyor", "REKLAM · HABER DEVAM EDİYOR"],
        "de": ["Gesponserter Inhalt – der Text geht nach dieser Mitteilung weiter", "ANZEIGE · ARTIKEL GEHT WEITER"],
        "fr": ["Contenu sponsorisé – la suite après ce message", "PUBLICITÉ · L'ARTICLE REPREND PLUS BAS"],
        "es": ["Contenido patrocinado – la noticia sigue tras este mensaje", "PUBLICIDAD · LA NOTICIA CONTINÚA"],
        "ru": ["Спонсорский материал — продолжение после сообщения", "РЕКЛАМА · ТЕКСТ ПРОДОЛЖИТСЯ НИЖЕ"],
    },
    "continue": {
        "en": ["Read the whole story ⌄", "Tap to read the rest"],
        "tr": ["Haberin tamamını oku ⌄", "Geri kalanını okumak için dokunun"],
        "de": ["Den ganzen Text lesen ⌄", "Tippen, um den Rest zu lesen"],
        "fr": ["Lire tout l'article ⌄", "Touchez pour lire le reste"],
        "es": ["Leer la noticia entera ⌄", "Toca para leer el resto"],
        "ru": ["Читать материал целиком ⌄", "Нажмите, чтобы дочитать"],
    },
    "comments": {
        "en": ["Join the discussion ({n} comments)", "View comments · {n}"],
        "tr": ["Okurlar tartışıyor ({n} yorum)", "Yorumları gör · {n}"],
        "de": ["Leser diskutieren ({n} Kommentare)", "Kommentare ansehen · {n}"],
        "fr": ["Rejoignez la discussion ({n} commentaires)", "Voir les commentaires · {n}"],
        "es": ["Los lectores debaten ({n} comentarios)", "Ver comentarios · {n}"],
        "ru": ["Читатели обсуждают ({n} комментариев)", "Смотреть комментарии · {n}"],
    },
    "readtime": {
        "en": ["Give this one about {m} minutes", "≈ {m} min to read in full"],
        "tr": ["Okuması yaklaşık {m} dk sürer", "Tamamını okumak ≈ {m} dk"],
        "de": ["Zum Lesen braucht man etwa {m} Min.", "Komplett gelesen in ≈ {m} Min."],
        "fr": ["Se lit en {m} min environ", "Lu en entier en ≈ {m} min"],
        "es": ["Se lee en unos {m} min", "Leída entera en ≈ {m} min"],
        "ru": ["Читается примерно за {m} мин", "Целиком — за ≈ {m} мин"],
    },
    "updated": {
        "en": ["This article was amended on {d} at {t}", "First published on {d}"],
        "tr": ["Bu haber {d} tarihinde saat {t}'de düzenlendi", "İlk yayın tarihi: {d}"],
        "de": ["Dieser Artikel wurde am {d} um {t} Uhr geändert", "Erstmals erschienen am {d}"],
        "fr": ["Cet article a été modifié le {d} à {t}", "Première publication le {d}"],
        "es": ["Esta noticia se modificó el {d} a las {t}", "Publicada por primera vez el {d}"],
        "ru": ["Материал изменён {d} в {t}", "Впервые опубликовано {d}"],
    },
    "audio": {
        "en": ["Listen to a narrated version of this report", "Listen · {m}:00"],
        "tr": ["Bu haberi sesli dinleyin", "Dinle · {m}:00"],
        "de": ["Drücken Sie auf Play, um diesen Artikel anzuhören", "Anhören · {m}:00"],
        "fr": ["Écoutez cet article lu à voix haute", "Écouter · {m}:00"],
        "es": ["Pulsa play para escuchar esta noticia", "Escuchar · {m}:00"],
        "ru": ["Послушайте этот материал в озвучке", "Слушать · {m}:00"],
    },
    "correction": {
        "en": ["Correction: an earlier version of this story gave the wrong opening time for the recycling centre. It opens at 8am."],
        "tr": ["Düzeltme: Haberin ilk halinde geri dönüşüm merkezinin açılış saati yanlış verilmişti. Merkez 08.00'de açılıyor."],
        "de": ["Korrektur: In einer früheren Fassung stand eine falsche Öffnungszeit des Wertstoffhofs. Er öffnet um 8 Uhr."],
        "fr": ["Rectificatif : une version antérieure indiquait une mauvaise heure d'ouverture de la déchetterie. Elle ouvre à 8 heures."],
        "es": ["Fe de errores: una versión anterior daba una hora equivocada de apertura del punto limpio. Abre a las 8.00."],
        "ru": ["Исправление: в первой версии текста было указано неверное время открытия пункта приёма отходов. Он открывается в 8:00."],
    },
    "wireend": {
        "en": ["– Ends –", "(Reporting by agency correspondents; editing by the news desk)"],
        "tr": ["– Son –", "(Haber: ajans muhabirleri; düzenleme: haber masası)"],
        "de": ["– Meldung Ende –", "(Berichterstattung: Agenturkorrespondenten; Redaktion: Nachrichtentisch)"],
        "fr": ["– Fin –", "(Reportage des correspondants d'agence ; édition par le desk)"],
        "es": ["– Fin –", "(Información de corresponsales de agencia; edición de la mesa)"],
        "ru": ["— Конец сообщения агентства —", "(Сообщение корреспондентов агентства; редактор — дежурная смена)"],
    },
    "app": {
        "en": ["Read {site} on the go – free on iPhone and Android", "Never miss a story: install our app"],
        "tr": ["{site} her an yanınızda – iPhone ve Android'de ücretsiz", "Hiçbir haberi kaçırmayın: uygulamamızı yükleyin"],
        "de": ["{site} für unterwegs – kostenlos für iPhone und Android", "Keine Meldung verpassen: Installieren Sie unsere App"],
        "fr": ["{site} partout avec vous – gratuit sur iPhone et Android", "Ne manquez plus rien : installez notre application"],
        "es": ["{site}, contigo a todas partes: gratis en iPhone y Android", "No te pierdas nada: instala nuestra aplicación"],
        "ru": ["«{site}» всегда с вами — бесплатно для iPhone и Android", "Ничего не пропустите: установите наше приложение"],
    },
    "bio": {
        "en": ["About the author: {by} has reported on the town for {site} since 2019.", "Follow {by} for more stories like this"],
        "tr": ["Yazar hakkında: {by}, 2019'dan bu yana {site} için kentten haber yapıyor.", "Benzer haberler için {by} adını takip edin"],
        "de": ["Über die Autorin: {by} berichtet seit 2019 für {site} aus der Stadt.", "Folgen Sie {by} für weitere Texte wie diesen"],
        "fr": ["À propos de l'auteur : {by} couvre la ville pour {site} depuis 2019.", "Suivre {by} pour d'autres articles de ce type"],
        "es": ["Sobre la autora: {by} cubre la actualidad de la ciudad para {site} desde 2019.", "Sigue a {by} para leer más historias como esta"],
        "ru": ["Об авторе: {by} пишет о городе для «{site}» с 2019 года.", "Подпишитесь на автора, чтобы читать похожие материалы"],
    },
    "tip": {
        "en": ["Got a news tip? Contact the newsroom in confidence on 01632 960823", "Share your story with us – we read every message"],
        "tr": ["Haber ihbarınız mı var? Haber merkezine gizlilikle ulaşın: 0212 960 82 30", "Hikâyenizi bizimle paylaşın – her mesajı okuyoruz"],
        "de": ["Haben Sie einen Hinweis? Erreichen Sie die Redaktion vertraulich unter 0611 9608230", "Erzählen Sie uns Ihre Geschichte – wir lesen jede Nachricht"],
        "fr": ["Vous avez une information ? La rédaction vous écoute en toute confidentialité au 05 56 96 08 23", "Racontez-nous votre histoire – nous lisons tous les messages"],
        "es": ["¿Tienes una pista? Contacta con la redacción de forma confidencial en el 910 960 823", "Cuéntanos tu historia: leemos todos los mensajes"],
        "ru": ["Есть информация? Свяжитесь с редакцией конфиденциально: +7 495 960-82-30", "Расскажите нам свою историю — мы читаем каждое сообщение"],
    },
    "typo": {
        "en": ["Typo in the text: highlight it and hit Ctrl+Enter so we can fix it"],
        "tr": ["Bir yazım hatası bulduysanız işaretleyip Ctrl+Enter ile bize iletin"],
        "de": ["Einen Tippfehler gefunden: markieren und mit Strg+Enter an uns schicken"],
        "fr": ["Vous avez trouvé une coquille : surlignez-la puis Ctrl+Entrée pour nous prévenir"],
        "es": ["Si encuentras una errata, márcala y pulsa Ctrl+Intro para avisarnos"],
        "ru": ["Нашли опечатку — выделите её и нажмите Ctrl+Enter, мы исправим"],
    },
    "push": {
        "en": ["Allow {site} to send you alerts when big news breaks? Not now · Yes please"],
        "tr": ["Önemli bir gelişme olduğunda {site} size bildirim göndersin mi? Şimdi değil · Evet"],
        "de": ["Sofort-Benachrichtigungen von {site} erhalten? Jetzt nicht · Ja, gerne"],
        "fr": ["Recevoir les alertes instantanées de {site} ? Pas maintenant · Oui"],
        "es": ["¿Quieres recibir alertas al instante de {site}? Ahora no · Sí, gracias"],
        "ru": ["Разрешить «{site}» присылать оповещения о важных новостях? Не сейчас · Да"],
    },
    "ai": {
        "en": ["This summary was generated with the help of artificial intelligence and reviewed by an editor."],
        "tr": ["Bu özet yapay zekâ yardımıyla oluşturuldu ve bir editör tarafından gözden geçirildi."],
        "de": ["Diese Zusammenfassung wurde mit Hilfe künstlicher Intelligenz erstellt und von einer Redakteurin geprüft."],
        "fr": ["Ce résumé a été généré avec l'aide de l'intelligence artificielle et relu par un éditeur."],
        "es": ["Este resumen se ha generado con ayuda de inteligencia artificial y lo ha revisado un editor."],
        "ru": ["Это краткое изложение создано с помощью искусственного интеллекта и проверено редактором."],
    },
    "affiliate": {
        "en": ["If you buy something through a link in this article, {site} may earn a fee. This does not affect our verdicts.",
               "Prices were checked on the day of publication and may have changed."],
        "tr": ["Bu haberdeki bir bağlantı üzerinden alışveriş yaparsanız {site} bir ücret alabilir. Bu, değerlendirmelerimizi etkilemez.",
               "Fiyatlar yayım günü kontrol edildi ve değişmiş olabilir."],
        "de": ["Wenn Sie über einen Link in diesem Artikel etwas kaufen, kann {site} eine Vergütung erhalten. Unsere Bewertungen beeinflusst das nicht.",
               "Die Preise wurden am Tag der Veröffentlichung geprüft und können sich geändert haben."],
        "fr": ["Si vous achetez via un lien de cet article, {site} peut toucher une rémunération. Cela n'influence pas nos avis.",
               "Les prix ont été vérifiés le jour de la publication et peuvent avoir changé."],
        "es": ["Si compras algo a través de un enlace de esta noticia, {site} puede recibir una comisión. Esto no afecta a nuestras valoraciones.",
               "Los precios se comprobaron el día de la publicación y pueden haber cambiado."],
        "ru": ["Если вы купите что-то по ссылке из этой статьи, «{site}» может получить вознаграждение. На наши оценки это не влияет.",
               "Цены проверены в день публикации и могли измениться."],
    },
    "gift": {
        "en": ["Share this subscriber-only article for free"],
        "tr": ["Abonelere özel bu haberi ücretsiz paylaşın"],
        "de": ["Diesen Abonnenten-Artikel kostenlos weitergeben"],
        "fr": ["Partager gratuitement cet article réservé aux abonnés"],
        "es": ["Comparte gratis esta noticia exclusiva para suscriptores"],
        "ru": ["Поделиться бесплатно материалом для подписчиков"],
    },
    "skip": {
        "en": ["Jump past this ad", "Advert ends here – carry on reading"],
        "tr": ["Reklamın ötesine geç", "Reklam burada bitiyor – okumaya devam edin"],
        "de": ["An der Anzeige vorbei", "Hier endet die Anzeige – lesen Sie weiter"],
        "fr": ["Aller après la publicité", "Fin de la publicité – poursuivez votre lecture"],
        "es": ["Ir después del anuncio", "Aquí termina el anuncio: sigue leyendo"],
        "ru": ["Перейти после рекламы", "Здесь реклама заканчивается — читайте дальше"],
    },
    "print": {
        "en": ["Print this page (text only)", "Print article · Send by email"],
        "tr": ["Bu sayfayı yazdır (yalnızca metin)", "Haberi yazdır · E-postayla gönder"],
        "de": ["Diese Seite drucken (nur Text)", "Artikel drucken · Per E-Mail senden"],
        "fr": ["Imprimer cette page (texte seul)", "Imprimer l'article · Envoyer par e-mail"],
        "es": ["Imprimir esta página (solo texto)", "Imprimir noticia · Enviar por correo"],
        "ru": ["Распечатать страницу (только текст)", "Печать · Отправить по почте"],
    },
    "translated": {
        "en": ["Originally published in Cornish. Translated by {site}."],
        "tr": ["İlk olarak Kürtçe yayımlanmıştır. Çeviri: {site}."],
        "de": ["Zuerst auf Friesisch erschienen. Übersetzung: {site}."],
        "fr": ["Publié d'abord en breton. Traduction : {site}."],
        "es": ["Publicado originalmente en euskera. Traducción: {site}."],
        "ru": ["Впервые опубликовано на башкирском языке. Перевод: «{site}»."],
    },
    "moderation": {
        "en": ["Comments on this story are pre-moderated. Keep it civil and on topic."],
        "tr": ["Bu haberdeki yorumlar önceden denetlenir. Lütfen saygılı ve konuyla ilgili kalın."],
        "de": ["Kommentare zu diesem Artikel werden vorab geprüft. Bitte sachlich und beim Thema bleiben."],
        "fr": ["Les commentaires de cet article sont modérés a priori : merci de rester poli et de ne pas sortir du sujet."],
        "es": ["Los comentarios de esta noticia se moderan antes de publicarse. Mantén el respeto y el tema."],
        "ru": ["Комментарии к этому материалу проходят предварительную модерацию. Будьте корректны и не уходите от темы."],
    },
    "feedback": {
        "en": ["Did this article answer your question? Thumbs up · Thumbs down"],
        "tr": ["Bu haber sorunuzu yanıtladı mı? Beğendim · Beğenmedim"],
        "de": ["Hat dieser Artikel Ihre Frage beantwortet? Daumen hoch · Daumen runter"],
        "fr": ["Cet article a-t-il répondu à votre question ? Pouce levé · Pouce baissé"],
        "es": ["¿Ha respondido esta noticia a tu pregunta? Me gusta · No me gusta"],
        "ru": ["Ответил ли материал на ваш вопрос? Палец вверх · Палец вниз"],
    },
    "standards": {
        "en": ["We want to get things right. If you think we haven't, tell our readers' editor at readerseditor@example.net."],
        "tr": ["Doğru yapmak istiyoruz. Yapmadığımızı düşünüyorsanız okur temsilcimize yazın: okurtemsilcisi@example.net."],
        "de": ["Wir wollen es richtig machen. Wenn Sie meinen, dass uns das nicht gelungen ist, schreiben Sie an leseranwalt@example.net."],
        "fr": ["Nous voulons être exacts. Si vous pensez que ce n'est pas le cas, écrivez à notre médiatrice : mediation@example.net."],
        "es": ["Queremos hacerlo bien. Si crees que no ha sido así, escribe a nuestra defensora del lector: defensora@example.net."],
        "ru": ["Мы стараемся не ошибаться. Если вы считаете, что ошиблись, напишите омбудсмену читателей: ombudsmen@example.net."],
    },
    "topics": {  # ({section}: the story's section)
        "en": ["Tags: {section}, local news, {site}", "More about {section}"],
        "tr": ["Etiketler: {section}, yerel haber, {site}", "{section} hakkında daha fazlası"],
        "de": ["Schlagworte: {section}, Lokales, {site}", "Mehr über {section}"],
        "fr": ["Mots-clés : {section}, info locale, {site}", "En savoir plus sur {section}"],
        "es": ["Etiquetas: {section}, noticias locales, {site}", "Todo sobre {section} en {site}"],
        "ru": ["Теги: {section}, местные новости, «{site}»", "Больше о теме «{section}»"],
    },
    "bookmark": {
        "en": ["Keep this article in My List"],
        "tr": ["Bu haberi Listem'e ekle"],
        "de": ["Artikel als Lesezeichen speichern"],
        "fr": ["Mettre cet article en favori"],
        "es": ["Guardar esta noticia en favoritos"],
        "ru": ["Добавить материал в закладки"],
    },
    "textsize": {
        "en": ["Font size: − +", "Aa Adjust text size"],
        "tr": ["Yazı boyutu: − +", "Aa Metin boyutunu ayarla"],
        "de": ["Schriftgröße: − +", "Aa Textgröße anpassen"],
        "fr": ["Taille de police : − +", "Aa Ajuster la taille du texte"],
        "es": ["Tamaño de letra: − +", "Aa Ajustar el tamaño del texto"],
        "ru": ["Размер шрифта: − +", "Aa Настроить размер текста"],
    },
    "developing": {
        "en": ["BREAKING: this is a live story and will be updated as we get more information."],
        "tr": ["SON DAKİKA: Bu haber canlı olarak güncellenmektedir, yeni bilgiler geldikçe eklenecektir."],
        "de": ["EILMELDUNG: Dieser Artikel wird fortlaufend ergänzt, sobald neue Informationen vorliegen."],
        "fr": ["ALERTE : cet article sera complété au fil des informations."],
        "es": ["ÚLTIMA HORA: esta noticia se irá ampliando a medida que tengamos más información."],
        "ru": ["СРОЧНО: материал будет дополняться по мере поступления новых сведений."],
    },
    "poll": {
        "en": ["Have your say: vote in our poll", "Thanks for voting! See the results"],
        "tr": ["Siz ne düşünüyorsunuz? Anketimize katılın", "Oy verdiğiniz için teşekkürler! Sonuçları görün"],
        "de": ["Ihre Meinung zählt: Stimmen Sie ab", "Danke für Ihre Stimme! Ergebnisse ansehen"],
        "fr": ["Donnez votre avis : votez dans notre sondage", "Merci pour votre vote ! Voir les résultats"],
        "es": ["Danos tu opinión: vota en nuestra encuesta", "¡Gracias por votar! Ver los resultados"],
        "ru": ["Выскажите мнение: проголосуйте в нашем опросе", "Спасибо за голос! Посмотреть результаты"],
    },
    "embed": {  # the fallback text of social-media embeds ({handle}: the site's account)
        "en": ["A post shared by {handle} (@{handle})", "Watch on YouTube"],
        "tr": ["{handle} (@{handle}) tarafından paylaşılan bir gönderi", "YouTube'da izle"],
        "de": ["Ein Beitrag geteilt von {handle} (@{handle})", "Auf YouTube ansehen"],
        "fr": ["Une publication partagée par {handle} (@{handle})", "Regarder sur YouTube"],
        "es": ["Una publicación compartida por {handle} (@{handle})", "Ver en YouTube"],
        "ru": ["Публикация от {handle} (@{handle})", "Смотреть на YouTube"],
    },
    "gallery": {  # photo-gallery launchers and counters ({g}: the number of pictures)
        "en": ["View gallery ({g} images)", "Photo 1/{g}"],
        "tr": ["Galeriyi aç ({g} fotoğraf)", "Fotoğraf 1/{g}"],
        "de": ["Galerie öffnen ({g} Bilder)", "Bild 1/{g}"],
        "fr": ["Ouvrir la galerie ({g} images)", "Photo 1/{g}"],
        "es": ["Abrir galería ({g} imágenes)", "Foto 1 de {g} · pasa a la siguiente"],
        "ru": ["Открыть галерею ({g} фото)", "Кадр 1 из {g} · листайте"],
    },
    "helpline": {  # support-service notices under stories on sensitive subjects (fictional services and numbers)
        "en": ["If you are being bullied online, the Kindline youth service offers free, confidential advice on 0808 196 3310."],
        "tr": ["Siber zorbalığa uğruyorsanız Gençlik Danışma Hattı'nı ücretsiz arayabilirsiniz: 0800 211 64 30."],
        "de": ["Wer online gemobbt wird, erhält beim Jugendtelefon Lichtblick kostenlos und vertraulich Rat: 0800 3 19 64 40."],
        "fr": ["Victime de cyberharcèlement ? La ligne Parler Sans Crainte répond gratuitement et anonymement au 0 805 31 96 64."],
        "es": ["Si sufres ciberacoso, la línea juvenil Escúchame atiende gratis y de forma confidencial en el 900 319 664."],
        "ru": ["Если вас травят в интернете, позвоните на бесплатную линию «Слышу тебя»: 8-800-000-31-96."],
    },
    "chart": {  # the furniture of embedded data charts: source / data lines, fallbacks, hints
        "en": ["Data: council budget papers · Chart by {site}", "Open the interactive chart"],
        "tr": ["Veri: belediye bütçe belgeleri · Grafik: {site}", "Etkileşimli grafiği açın"],
        "de": ["Daten: Haushaltspläne der Stadt · Grafik: {site}", "Interaktive Grafik öffnen"],
        "fr": ["Données : documents budgétaires · Graphique : {site}", "Ouvrir le graphique interactif"],
        "es": ["Datos: presupuestos municipales · Gráfico: {site}", "Abrir el gráfico interactivo"],
        "ru": ["Данные: региональный фонд капремонта · График: «{site}»", "Открыть интерактивный график"],
    },
    "funding": {  # grant / funding disclosures
        "en": ["This story was made possible by the Local Voices Grant. The funder had no say in what we wrote."],
        "tr": ["Bu haber Yerel Sesler Hibesi sayesinde hazırlandı. Destekçinin yazdıklarımız üzerinde söz hakkı yoktu."],
        "de": ["Dieser Beitrag wurde durch das Stipendium Lokale Stimmen ermöglicht. Der Geldgeber hatte keinen Einfluss auf den Inhalt."],
        "fr": ["Cet article a été rendu possible par la bourse Voix locales. Le financeur n'a eu aucun droit de regard."],
        "es": ["Esta noticia ha sido posible gracias a la beca Voces Locales. El financiador no ha intervenido en el contenido."],
        "ru": ["Материал подготовлен благодаря гранту «Местные голоса». Грантодатель не влиял на содержание."],
    },
    "warning": {  # content warnings put above stories on distressing subjects
        "en": ["Reader advisory: this story describes an attack on a child."],
        "tr": ["Okur notu: Bu haberde bir çocuğa yönelik saldırı anlatılmaktadır."],
        "de": ["Hinweis für Leser: In diesem Text wird ein Angriff auf ein Kind geschildert."],
        "fr": ["Avis aux lecteurs : cet article décrit l'agression d'un enfant."],
        "es": ["Aviso a los lectores: esta noticia describe una agresión a un niño."],
        "ru": ["Предупреждение для читателей: в материале описывается нападение на ребёнка."],
    },
    "series": {  # series labels and part navigation of multi-part reporting
        "en": ["Last of the Trade – part 3 of our series on disappearing crafts", "Next in this series →"],
        "tr": ["Son Ustalar – kaybolan meslekler dizimizin 3. bölümü", "Dizinin sonraki bölümü →"],
        "de": ["Die Letzten ihres Fachs – Teil 3 unserer Serie über verschwindende Berufe", "Nächste Folge dieser Serie →"],
        "fr": ["Les derniers du métier – épisode 3 de notre série sur les savoir-faire qui disparaissent", "Épisode suivant →"],
        "es": ["Los últimos del oficio – tercera entrega de nuestra serie sobre oficios que desaparecen", "Siguiente entrega →"],
        "ru": ["Расследование «Дорожные деньги» · Часть 1 из 3", "Следующая часть расследования →"],
    },
    "map": {  # the furniture of embedded maps: provider links, attribution, hints
        "en": ["Open in Google Maps", "Keyboard shortcuts · Map data ©2026 · Terms"],
        "tr": ["Google Haritalar'da aç", "Klavye kısayolları · Harita verileri ©2026 · Koşullar"],
        "de": ["In Google Maps öffnen", "Tastenkombinationen · Kartendaten ©2026 · Bedingungen"],
        "fr": ["Ouvrir dans Google Maps", "Raccourcis clavier · Données cartographiques ©2026 · Conditions"],
        "es": ["Abrir en Google Maps", "Combinaciones de teclas · Datos del mapa ©2026 · Condiciones"],
        "ru": ["Открыть в Яндекс Картах", "Сочетания клавиш · Картографические данные ©2026 · Условия"],
    },
    # the three families new in this part
    "toc": {  # "jump to" boxes: the label over a list of links to the story's own subheadings
        "en": ["In this article", "Jump to:"],
        "tr": ["Bu haberde", "Hızlı geçiş:"],
        "de": ["In diesem Artikel", "Direkt zu:"],
        "fr": ["Sommaire", "Aller directement à :"],
        "es": ["Índice", "Ir directamente a:"],
        "ru": ["В этом материале", "Быстрый переход:"],
    },
    "calendar": {  # event furniture: add-to-calendar rows, save-the-date and booking prompts
        "en": ["Add to calendar: Google · Outlook · Apple · .ics", "Save the date to your diary ›"],
        "tr": ["Takvime ekle: Google · Outlook · Apple · .ics", "Tarihi ajandanıza kaydedin ›"],
        "de": ["Zum Kalender hinzufügen: Google · Outlook · Apple · .ics", "Termin im Kalender speichern ›"],
        "fr": ["Ajouter à l'agenda : Google · Outlook · Apple · .ics", "Enregistrer la date dans mon agenda ›"],
        "es": ["Añadir al calendario: Google · Outlook · Apple · .ics", "Guarda la fecha en tu agenda ›"],
        "ru": ["Добавить в календарь: Google · Outlook · Apple · .ics", "Сохранить дату в календаре ›"],
    },
    "archive": {  # article-age notices over older stories
        "en": ["This article is more than 2 years old", "From our archive: this story was published in 2024 and may be out of date."],
        "tr": ["Bu haber 2 yıldan daha eski", "Arşivimizden: Bu haber 2024'te yayımlandı ve güncelliğini yitirmiş olabilir."],
        "de": ["Dieser Artikel ist älter als 2 Jahre", "Aus unserem Archiv: Dieser Text erschien 2024 und ist möglicherweise nicht mehr aktuell."],
        "fr": ["Cet article date de plus de 2 ans", "Archives : cet article a été publié en 2024 et n'est peut-être plus à jour."],
        "es": ["Esta noticia tiene más de 2 años", "De nuestra hemeroteca: esta noticia se publicó en 2024 y puede estar desactualizada."],
        "ru": ["Этому материалу больше 2 лет", "Из архива: материал опубликован в 2024 году, сведения могли устареть."],
    },
}
HEADLINES = {
    "en": ["Roadworks on the ring road to last until autumn", "Library opens on Sundays for the first time",
           "Hospital car park fees frozen for another year", "Youth football club finds a new home ground",
           "Second-hand uniform shop opens at the market", "Solar panels to go on every council school"],
    "tr": ["Çevre yolundaki çalışmalar sonbahara kadar sürecek", "Kütüphane ilk kez pazar günleri açık",
           "Hastane otopark ücretleri bir yıl daha sabit", "Gençlik futbol kulübü yeni sahasına kavuştu",
           "Pazar yerinde ikinci el okul forması dükkânı açıldı", "Tüm belediye okullarına güneş paneli geliyor"],
    "de": ["Baustelle am Ring dauert bis zum Herbst", "Stadtbücherei öffnet erstmals sonntags",
           "Parkgebühren am Klinikum bleiben ein weiteres Jahr stabil", "Jugendfußballverein findet neuen Platz",
           "Secondhand-Laden für Schulkleidung auf dem Markt eröffnet", "Solaranlagen für alle städtischen Schulen"],
    "fr": ["Les travaux de la rocade dureront jusqu'à l'automne", "La médiathèque ouvre le dimanche pour la première fois",
           "Le tarif du parking de l'hôpital gelé pour un an", "Le club de foot des jeunes trouve un nouveau terrain",
           "Une friperie de vêtements scolaires ouvre au marché", "Des panneaux solaires sur toutes les écoles communales"],
    "es": ["Las obras de la circunvalación durarán hasta otoño", "La biblioteca abre los domingos por primera vez",
           "El aparcamiento del hospital congela sus tarifas otro año", "El club de fútbol base estrena campo",
           "Abre en el mercado una tienda de uniformes de segunda mano", "Placas solares en todos los colegios públicos"],
    "ru": ["Ремонт объездной дороги затянется до сентября", "Библиотека впервые откроется по воскресеньям",
           "Плату за парковку у больницы не повысят ещё год", "Детский футбольный клуб получил новое поле",
           "На рынке открылся магазин поношенной школьной формы", "На всех муниципальных школах установят солнечные панели"],
}
# subtitles of the linked stories (Medium's link previews and "More from" cards), in the order of HEADLINES["fr"]
TEASERS = {
    "fr": ["Les automobilistes devront emprunter la déviation par la zone artisanale.",
           "Une bénévole et deux agents assureront l'accueil de 14 à 18 heures.",
           "Le tarif horaire reste fixé à 1,20 euro.",
           "Les 180 licenciés joueront désormais au stade des Peupliers.",
           "Tout est vendu entre 1 et 5 euros au profit de l'association des parents.",
           "Les travaux commenceront par l'école des Acacias pendant les vacances."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the
# article: this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Page one", "Neighbourhood news", "Police & court reports", "Inside the council", "Sport & results",
                    "Evenings and weekends", "Comment & letters", "Homes & property"],
               cookie="This site uses cookies and similar technologies to personalise content, provide social media features and analyse our traffic. You can change your settings at any time.",
               accept="Accept all cookies", reject="Manage settings", share="Pass this story along",
               related="Readers also picked", newsletter="Morning Briefing, every weekday",
               subscribe="Get the Morning Briefing", email="you@inbox.example",
               comment_note="You must be logged in to join the conversation.",
               footer=["About this site", "Editorial complaints", "Privacy notice", "Media pack", "Using this website"],
               rights="No part of this site may be reproduced without permission.",
               commenters=[("quayside_pete", "About time someone asked these questions."),
                           ("J. Trevelyan", "Where can I find the full council report?"),
                           ("sunnyside_sue", "My street was never consulted on any of this.")]),
    "tr": dict(nav=["Birinci sayfa", "Yakınınızdaki haberler", "Polis ve mahkeme notları", "Belediye gözlemi", "Spor ve skorlar", "Çıkıp gezelim", "Görüş ve mektuplar"],
               cookie="Bu site içeriği kişiselleştirmek, sosyal medya özellikleri sunmak ve trafiğimizi analiz etmek için çerezler ve benzeri teknolojiler kullanır. Ayarlarınızı istediğiniz zaman değiştirebilirsiniz.",
               accept="Tüm çerezleri kabul et", reject="Ayarları yönet", share="Bir arkadaşınıza gönderin",
               related="Sizin için önerilenler", newsletter="Sabah Bülteni, her hafta içi",
               subscribe="Sabah Bülteni'ni al", email="siz@gelenkutusu.example",
               comment_note="Tartışmaya katılmak için giriş yapmalısınız.",
               footer=["Bu site hakkında", "Yayın şikâyetleri", "Gizlilik bildirimi", "Reklam dosyası", "Bu sitenin kullanımı"],
               rights="Sitedeki yazı ve fotoğraflar izin alınmadan başka yerde yayımlanamaz.",
               commenters=[("sahilkenti_ali", "Nihayet biri bu soruları sordu."),
                           ("Nermin T.", "Meclis kararının tam metni nerede yayımlandı?")]),
    "de": dict(nav=["Titelseite heute", "Nachrichten in Ihrer Nähe", "Blaulicht & Gericht", "Aus dem Stadtrat berichtet", "Sport & Ergebnisse", "Ausgehen", "Kommentar & Leserpost"],
               cookie="Diese Website verwendet Cookies und ähnliche Technologien, um Inhalte zu personalisieren, Funktionen sozialer Medien anzubieten und unsere Zugriffe zu analysieren. Sie können Ihre Einstellungen jederzeit ändern.",
               accept="Alle Cookies akzeptieren", reject="Einstellungen verwalten", share="An einen Freund senden",
               related="Empfehlungen für Sie", newsletter="Morgenbriefing, jeden Werktag",
               subscribe="Morgenbriefing erhalten", email="sie@eingang.example",
               comment_note="Sie müssen angemeldet sein, um mitzudiskutieren.",
               footer=["Über diese Website", "Redaktionelle Beschwerden", "Datenschutzhinweis", "Preise für Anzeigenkunden", "Nutzung dieser Website"],
               rights="Texte und Fotos dieser Seite dürfen nicht ohne Erlaubnis anderswo veröffentlicht werden.",
               commenters=[("altstadt_anwohner", "Höchste Zeit, dass jemand diese Fragen stellt."),
                           ("Brigitte S.", "Wo findet man die vollständige Vorlage für den Ausschuss?")]),
    "fr": dict(nav=["La une du jour", "Dans votre quartier", "Police et tribunal", "L'œil sur la mairie", "Sports et résultats", "Sortir", "Tribunes et courrier"],
               cookie="Ce site utilise des cookies et technologies similaires pour personnaliser le contenu, proposer des fonctionnalités de réseaux sociaux et analyser notre trafic. Vous pouvez modifier vos réglages à tout moment.",
               accept="Accepter tous les cookies", reject="Gérer les réglages", share="Faire circuler cet article",
               related="Recommandés pour vous", newsletter="Le Réveil info, chaque matin de semaine",
               subscribe="Recevoir le Réveil info", email="vous@boite.example",
               comment_note="Vous devez être connecté pour participer à la discussion.",
               footer=["À propos de ce site", "Réclamations éditoriales", "Avis de confidentialité", "Kit média", "Utiliser ce site"],
               rights="Textes et photos de ce site ne peuvent être publiés ailleurs sans autorisation.",
               commenters=[("riverain_du_centre", "Il était temps que quelqu'un pose ces questions."),
                           ("Josiane P.", "Où peut-on lire la délibération complète ?")]),
    "es": dict(nav=["La portada de hoy", "En tu barrio hoy", "Policía y juzgado", "Con la lupa en el pleno", "Deporte y resultados", "Salir", "Opinión y cartas"],
               cookie="Este sitio utiliza cookies y tecnologías similares para personalizar el contenido, ofrecer funciones de redes sociales y analizar nuestro tráfico. Puedes cambiar tu configuración en cualquier momento.",
               accept="Aceptar todas las cookies", reject="Gestionar la configuración", share="Reenvía esta noticia",
               related="Recomendado para ti", newsletter="El Despertador, cada día laborable",
               subscribe="Recibir El Despertador", email="tu@bandeja.example",
               comment_note="Debes iniciar sesión para participar en la conversación.",
               footer=["Sobre este sitio", "Reclamaciones editoriales", "Aviso de privacidad", "Tarifas de publicidad", "Condiciones del sitio"],
               rights="Ninguna parte de este sitio puede reproducirse sin permiso.",
               commenters=[("vecino_del_casco", "Ya era hora de que alguien preguntara esto."),
                           ("Maribel O.", "¿Dónde se puede consultar el acuerdo completo del pleno?")]),
    "ru": dict(nav=["С первой страницы", "Новости рядом с вами", "Полиция и суд", "Под лупой: мэрия", "Спорт и результаты", "Куда сходить", "Мнения и письма"],
               cookie="Сайт использует cookie и похожие технологии, чтобы подбирать материалы, показывать функции соцсетей и анализировать посещаемость. Настройки можно изменить в любой момент.",
               accept="Согласен на все cookie", reject="Управлять настройками", share="Переслать материал",
               related="Рекомендуем вам", newsletter="«Утренняя сводка» по будням",
               subscribe="Получать «Утреннюю сводку»", email="vy@yashchik.example",
               comment_note="Чтобы участвовать в обсуждении, нужно войти.",
               footer=["О сайте", "Жалобы на публикации", "Политика обработки данных", "Медиакит", "Как пользоваться сайтом"],
               rights="Воспроизведение материалов сайта без разрешения запрещено.",
               commenters=[("zhitel_zarechnogo", "Давно пора было задать эти вопросы."),
                           ("Тамара Н.", "Где можно посмотреть полный текст решения?")]),
}
UI28 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"ru": "ЧИТАЙТЕ ПО ТЕМЕ:"},  # the regional layout's inline links
    (mp2, "BIO"): {"fr": "{name} raconte pour {site} les métiers, les gens et les lieux de la région, et tient la rubrique {section}. Idées et témoignages : portraits@example.net"},
    (mp3, "BROADCAST"): {"en": dict(watch="Now playing:", fallback="Sorry, this video is unavailable on your device.",
                                    live="Vale Four live now", topics="More on these topics")},
    (mp3, "DRUPAL"): {"es": dict(submitted="Enviado por {by} el {date}", links="Inicie sesión o regístrese para publicar comentarios",
                                 skip="Pasar al contenido principal")},  # Drupal's Spanish interface strings
    (mp4, "READMORE"): {"en": "WORTH A READ:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp5, "SQS"): {"tr": dict(title="Zeytinlikten mektuplar",
                              desc="Hasat, budama ve pazar günlerinden haberler, mevsimde bir e-posta ile.",
                              button="Beni de yazın", foot="Adresinizi kimseyle paylaşmıyoruz, istediğiniz an ayrılabilirsiniz.",
                              prev="← Önceki duyuru", next="Sonraki duyuru →", cookie_ok="Anladım, kapat")},
    (mp6, "QT"): {"es": dict(also="Te recomendamos leer")},
    (mp6, "TYPO3"): {"de": dict(ext="Inhalt eines Drittanbieters", note="Hier ist eine Karte von OpenStreetMap eingebunden. Mit dem Laden wird Ihre IP-Adresse an den Kartendienst übermittelt.",
                                button="Karte laden", by="Text der Pressestelle:", search="Website des Verbands durchsuchen",
                                lang_menu="Inhalte in Leichter Sprache")},
    (mp6, "BITRIX"): {"en": dict(source="Source:", author="Filed by", back="All agency stories",
                                 agency="North Isles News Agency", share="Forward this item", news="Agency newswire")},
    (mp13, "PUB_NAV"): {"fr": ["Nos derniers numéros", "Vie municipale", "Nos portraits", "Qui fait cette lettre"]},
    (mp13, "TEASERS"): {"fr": TEASERS["fr"]},
    (mp19, "UCOZ"): {"en": dict(domain="ucoz.org", slogan="Thornby St Giles: news, notices and the village diary",
                                menu=["Welcome to Thornby", "Thornby news", "Parish notices", "St Giles' Church",
                                      "Village hall bookings", "Write to the webmaster"],
                                cats=["Thornby news", "Village hall", "Parish notices"],
                                friends=["Thornby Primary School PTA", "Thornby Bowls Club", "Elsby & Thornby Young Farmers"],
                                footer="Thornby St Giles Village Website © 2026 · run on goodwill and tea",
                                poster="thornby_admin", tags=["defibrillator", "quiz night"],
                                commenters=[("Brenda_at_the_shop", "Well done all. I'll put the training date up in the window."),
                                            ("Keith H", "Is the cabinet going to be locked or open access?")],
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
# the new layout: an article page on Kirby CMS 4 with a theme built on Kirby's Starterkit
# --------------------------------------------------------------------------
# the platform's own names, as Kirby prints them (not checked: they recur on any Kirby site)
KIRBY_CORE = dict(made="Made with Kirby", kirby="Kirby", home="https://getkirby.com",
                  months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                          "November", "Dezember"])  # (the German month names of the date format)
# the site's own strings (the Starterkit's English words translated by the site, and its own lists): host, the
# sections of the menu (titles and slugs; the first is the article's), the note footer's date label, the prevnext
# labels, the footer columns
KIRBY = {
    "de": dict(domain="www.kessental-kurier.example",
               menu=["Stadtgeschehen", "Kultur & Freizeit", "Menschen aus Kessental", "Kurier unterstützen", "Über den Kurier"],
               menu_slugs=["stadt", "kultur", "menschen", "unterstuetzen", "ueber-uns"],
               published="Erschienen am", prev="Älterer Beitrag", next="Neuerer Beitrag",
               about_head="Der Kessental Kurier",
               about="Unabhängiges Stadtmagazin für Kessental und die Ortsteile, getragen von 1.200 Fördermitgliedern.",
               col_pages="Rubriken", col_more="Kurier",
               more=["Wer hinter dem Kurier steht", "So gehen wir mit Ihren Daten um", "Fördermitglied im Kurier-Verein werden",
                     "Themenvorschlag an die Redaktion"],
               more_slugs=["impressum", "datenschutz", "foerdern", "themen"]),
}
KIRBY_EXEMPT = {"domain", "menu_slugs", "more_slugs"}
KIRBY_UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"}


def kirby_slug(s):
    """Kirby's Str::slug with the German rules: umlauts spelled out, lower case, words joined by hyphens."""
    for k, v in KIRBY_UMLAUT.items():
        s = s.replace(k, v)
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def kirby_date(iso, s):
    y, m, d = iso.split("-")
    return "%d. %s %s" % (int(d), KIRBY_CORE["months"][int(m) - 1], y)


def kirby_block(kind, val):
    """One block as the Starterkit's block snippets print it: the writer field's HTML for text and lists, <h2> for a
    heading block, <blockquote> for a quote block."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return '<h2 id="%s">%s</h2>' % (slug(val), E(val))
    if kind == "q":
        return "<blockquote>\n  %s\n  </blockquote>" % mp.inline_html(val)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def kirby_body(art, placed):
    blocks, n = art["blocks"], len(art["blocks"])
    out = []
    for i in range(n + 1):
        out.extend(placed.get(i, []))
        if i < n:
            out.append(kirby_block(*blocks[i]))
    return "\n".join(out)


def tpl_kirby(art, ui, site, placed, rng):
    # an article page of a German independent city magazine on Kirby CMS 4 (see the module docstring for the parts)
    c, s = KIRBY_CORE, KIRBY["de"]
    host = "https://" + s["domain"]
    sec = s["menu_slugs"][0]
    page_slug = kirby_slug(art["title"])[:60].strip("-")
    url = "%s/%s/%s" % (host, sec, page_slug)
    media = "%s/media/pages/%s/%s/%010x-%d" % (host, sec, page_slug, rng.randint(16**9, 16**10 - 1),
                                               1700000000 + rng.randint(0, 90000000))
    thumb = "%s/%s-1200x600-crop.jpg" % (media, kirby_slug(art["caption"])[:24].strip("-"))
    d0 = datetime.date(*map(int, art["date"].split("-")))
    iso = "%sT%02d:%02d:00+02:00" % (art["date"], rng.randint(6, 11), rng.randint(0, 59))
    body = kirby_body(art, placed)
    menu = "\n".join('      <a %shref="%s/%s">%s</a>' % ('aria-current="page" ' if k == 0 else "", host, sl, E(t))
                     for k, (t, sl) in enumerate(zip(s["menu"], s["menu_slugs"])))
    tags = "\n".join('      <li>\n        <a href="%s/%s/tag:%s">%s</a>\n      </li>' % (host, sec, kirby_slug(t), E(t))
                     for t in art["tags"])
    prev_t, next_t = rng.sample(HEADLINES["de"], 2)
    pages_col = "\n".join('          <li><a href="%s/%s">%s</a></li>' % (host, sl, E(t)) for t, sl in zip(s["menu"], s["menu_slugs"]))
    more_col = "\n".join('          <li><a href="%s/%s">%s</a></li>' % (host, sl, E(t)) for t, sl in zip(s["more"], s["more_slugs"]))
    ver = "%08x" % rng.randint(0, 16**8 - 1)
    return f'''<!DOCTYPE html>
<html lang="de">
<head>

  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width,initial-scale=1.0">

  <title>{E(site)} | {E(art["title"])}</title>
  <meta name="description" content="{A(art["sub"])}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{A(site)}">
  <meta property="og:title" content="{A(art["title"])}">
  <meta property="og:description" content="{A(art["sub"])}">
  <meta property="og:url" content="{url}">
  <meta property="og:image" content="{thumb}">
  <meta property="article:published_time" content="{iso}">
  <meta property="article:author" content="{A(art["byline"])}">

  <link href="{host}/assets/css/prism.css?v={ver}" rel="stylesheet">
  <link href="{host}/assets/css/lightbox.css?v={ver}" rel="stylesheet">
  <link href="{host}/assets/css/index.css?v={ver}" rel="stylesheet">
  <link href="{host}/assets/css/templates/note.css?v={ver}" rel="stylesheet">

  <link rel="shortcut icon" type="image/x-icon" href="{host}/favicon.ico">
</head>
<body>

  <header class="header">
    <a class="logo" href="{host}">{E(site)}</a>

    <nav class="menu">
{menu}
    </nav>
  </header>

  <main class="main">
<a href="{thumb}" data-lightbox class="img" style="--w:2; --h:1">
  <img src="{thumb}" alt="{A(art["caption"])}">
</a>

<article class="note">
  <header class="note-header h1">
    <h1 class="note-title">{E(art["title"])}</h1>
    <p class="note-subtitle color-grey">{E(art["sub"])}</p>
  </header>
  <div class="note-text text">
    {body}
  </div>
  <footer class="note-footer">
    <ul class="note-tags">
{tags}
    </ul>

    <time class="note-date" datetime="{iso}">{E(s["published"])} {kirby_date(art["date"], s)} · {E(art["byline"])}</time>
  </footer>

  <nav class="prevnext">
    <a class="prevnext-link prev" href="{host}/{sec}/{kirby_slug(prev_t)}" title="{A(prev_t)}">&larr; {E(s["prev"])}</a>
    <a class="prevnext-link next" href="{host}/{sec}/{kirby_slug(next_t)}" title="{A(next_t)}">{E(s["next"])} &rarr;</a>
  </nav>
</article>
  </main>

  <footer class="footer">
    <div class="grid">
      <div class="column" style="--columns: 8">
        <h2><a href="{host}">{E(s["about_head"])}</a></h2>
        <p>
          {E(s["about"])}
        </p>
        <p class="color-grey"><small><a href="{c["home"]}">{E(c["made"])}</a></small></p>
      </div>
      <div class="column" style="--columns: 2">
        <h2>{E(s["col_pages"])}</h2>
        <ul>
{pages_col}
        </ul>
      </div>
      <div class="column" style="--columns: 2">
        <h2>{E(s["col_more"])}</h2>
        <ul>
{more_col}
        </ul>
      </div>
    </div>
  </footer>

  <script src="{host}/assets/js/prism.js?v={ver}"></script>
  <script src="{host}/assets/js/lightbox.js?v={ver}"></script>
  <script src="{host}/assets/js/index.js?v={ver}"></script>

</body>
</html>
'''


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"kirby": ["topics"]}  # the tags list of footer.note-footer inside article.note
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
            "helpline", "chart", "funding", "warning", "series", "map", "toc", "calendar", "archive"]
NEW_FAMILIES = ["toc", "calendar", "archive"]
# families that need a reason in the story (a distressing subject, a series, a place to show on a map, a sensitive
# subject with a support line, a data chart, grant-funded work, agency copy, a translation, a breaking story,
# shopping links): they are placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["helpline", "chart", "funding", "wireend", "translated", "developing", "affiliate",
                             "warning", "series", "map"]
# families a community group's blog or a village website would not carry: no ads or advertorial links, no app, no
# staff writers or desk credits, no wire copy, no newsroom tip line, typo hint, push prompt, section labels, reading
# times, comment counters, AI notes, gifted articles, skip links, translations, rating widgets, ethics-code lines,
# topic tags, reading lists, "developing story" notices or polls
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "wireend", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "ai", "affiliate", "gift", "skip", "translated", "feedback", "standards", "topics",
                      "bookmark", "developing", "poll"}
# an independent publication on Medium: no ads, affiliate links, app, wire copy, push prompts, typo hint, gifts,
# skip links or text-size controls (Medium prints none of them)
NOT_ON_INDIE = {"ad", "affiliate", "app", "wireend", "push", "typo", "gift", "skip", "textsize", "bookmark", "audio"}
# a member-funded city magazine on Kirby: no paywall meter or gifted articles, no app, push prompts, skip links,
# wire copy, affiliate links, AI notes, audio player, reading lists or text-size controls
NOT_ON_CITYMAG = {"app", "push", "gift", "skip", "wireend", "affiliate", "ai", "audio", "bookmark", "textsize", "ad"}
# a harbour trust's news page: no ads or affiliate links, no app or push prompts, no paywall, wire copy, tip line,
# typo hint, comments, polls, reporter bios, section labels or "developing story" notices
NOT_ON_PUBLIC_BODY = {"ad", "affiliate", "app", "push", "gift", "skip", "wireend", "tip", "typo", "comments",
                      "moderation", "poll", "bio", "developing", "newsletter", "credit", "standards", "section",
                      "embed", "feedback"}
SMALL_SITE_TEMPLATES = {"squarespace": NOT_ON_SMALL_SITES, "ucoz": NOT_ON_SMALL_SITES, "medium": NOT_ON_INDIE,
                        "kirby": NOT_ON_CITYMAG, "typo3": NOT_ON_PUBLIC_BODY}
# markup of the generic residue: classed wrappers as many CMSs emit them (class names new to the set), and
# plain <p>/<div> variants as left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="consent-placeholder-box"><p class="consent-placeholder-box__text">%s</p><button class="consent-placeholder-box__accept" type="button">Load</button></div>',
               '<p class="consent-gate-msg">%s</p>', '<p>%s</p>'],
    "newsletter": ['<div class="nl-inline-promo"><p class="nl-inline-promo__copy">%s</p><a class="nl-inline-promo__cta" href="/briefing">&#8250;</a></div>',
                   '<p class="meter-remaining">%s</p>', '<p><strong>%s</strong></p>', '<div>%s</div>'],
    "share": ['<div class="social-row-inline"><a class="social-row-inline__item" href="#">%s</a></div>', '<p class="forward-nudge">%s</p>',
              '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="img-courtesy">%s</p>', '<span class="handout-credit">%s</span>', '<p><small>%s</small></p>'],
    "copyright": ['<p class="republish-terms">%s</p>', '<div class="republish-rights"><small>%s</small></div>', '<p>%s</p>'],
    "section": ['<p class="kicker-inline">%s</p>', '<div class="filed-under">%s</div>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="ornament-break">%s</p>', '<div class="ornament-row">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="addl-reporting">%s</p>', '<div class="correspondent-credit">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="hed-echo"><b>%s</b></p>', '<h2 class="headline-dupe">%s</h2>', '<p><strong>%s</strong></p>'],
    "ad": ['<div class="inread-slot-label">%s</div>', '<p class="sponsor-flag">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="read-rest-link"><a href="#rest">%s</a></p>', '<div class="story-expander-btn">%s</div>',
                 '<p><a href="#rest">%s</a></p>'],
    "comments": ['<p class="talkback-jump"><a href="#discussion">%s</a></p>', '<div class="comment-count-pill">%s</div>',
                 '<p><a href="#discussion">%s</a></p>'],
    "readtime": ['<p class="read-estimate">%s</p>', '<span class="read-estimate-pill">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="amended-stamp-line"><time>%s</time></p>', '<div class="changed-at-note">%s</div>', '<p><em>%s</em></p>'],
    "audio": ['<div class="narration-bar"><button class="narration-bar__btn" aria-label="Play"></button><span class="narration-bar__text">%s</span></div>',
              '<p class="listen-inline"><a href="#tts">%s</a></p>', '<p><a href="#tts">%s</a></p>'],
    "correction": ['<aside class="fixnote-box"><p>%s</p></aside>', '<p class="erratum-line"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "wireend": ['<p class="agency-endline">%s</p>', '<div class="agency-signoff">%s</div>', '<p>%s</p>'],
    "app": ['<div class="app-install-band"><p class="app-install-band__copy">%s</p><a class="app-install-band__go" href="/get-app">&#8599;</a></div>',
            '<p class="app-install-line">%s</p>', '<p><strong>%s</strong></p>'],
    "bio": ['<div class="author-box-inline"><p class="author-box-inline__about">%s</p></div>', '<p class="author-line-inline"><em>%s</em></p>',
            '<p><i>%s</i></p>'],
    "tip": ['<div class="tipline-promo"><p class="tipline-promo__copy">%s</p></div>', '<p class="tips-in-confidence">%s</p>', '<p><em>%s</em></p>'],
    "typo": ['<div class="errata-hotkey"><p class="errata-hotkey__copy">%s</p></div>', '<p class="hotkey-typo-hint">%s</p>',
             '<p><small>%s</small></p>'],
    "push": ['<div class="webpush-prompt"><p class="webpush-prompt__copy">%s</p><button class="webpush-prompt__ok" type="button">&#10003;</button></div>',
             '<p class="alerts-optin">%s</p>', '<p><strong>%s</strong></p>'],
    "ai": ['<div class="genai-label"><p class="genai-label__copy">%s</p></div>', '<p class="automation-note"><small>%s</small></p>',
           '<p><em>%s</em></p>'],
    "affiliate": ['<div class="earn-fee-note"><p>%s</p></div>', '<p class="price-check-line"><small>%s</small></p>',
                  '<p><em>%s</em></p>'],
    "gift": ['<div class="free-share-cta"><a class="free-share-cta__btn" href="#giftlink">%s</a></div>',
             '<p class="subscriber-gift"><a href="#giftlink">%s</a></p>', '<p><a href="#giftlink">%s</a></p>'],
    "skip": ['<p class="adzone-jump"><a href="#post-ad">%s</a></p>', '<div class="adzone-skip-row"><a href="#post-ad">%s</a></div>',
             '<p><a href="#post-ad">%s</a></p>'],
    "print": ['<div class="article-utilities"><a class="article-utilities__print" href="#print-view">%s</a></div>', '<p class="print-friendly">%s</p>',
              '<p><a href="#print-view">%s</a></p>'],
    "translated": ['<p class="orig-language"><em>%s</em></p>', '<div class="translator-credit-line">%s</div>', '<p><i>%s</i></p>'],
    "moderation": ['<div class="premod-notice"><p class="premod-notice__copy">%s</p></div>', '<p class="house-rules-line">%s</p>',
                   '<p><small>%s</small></p>'],
    "feedback": ['<div class="helpful-widget"><p class="helpful-widget__q">%s</p><button class="helpful-widget__y" type="button" aria-label="Yes"></button>'
                 '<button class="helpful-widget__n" type="button" aria-label="No"></button></div>', '<p class="was-it-useful">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="readers-editor"><p class="readers-editor__copy">%s</p></div>', '<p class="accuracy-pledge"><small>%s</small></p>',
                  '<p><em>%s</em></p>'],
    "topics": ['<div class="tag-cloud-inline"><span class="tag-cloud-inline__list">%s</span></div>', '<p class="keyword-line">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="favourite-toggle"><a class="favourite-toggle__link" href="#favourites">%s</a></div>',
                 '<p class="bookmark-inline"><a href="#favourites">%s</a></p>', '<p><a href="#favourites">%s</a></p>'],
    "textsize": ['<div class="textscale-tool"><span class="textscale-tool__label">%s</span></div>', '<p class="type-scale-row">%s</p>',
                 '<p><small>%s</small></p>'],
    "developing": ['<div class="breaking-banner-inline"><p class="breaking-banner-inline__copy">%s</p></div>', '<p class="live-story-note"><strong>%s</strong></p>',
                   '<p><b>%s</b></p>'],
    "poll": ['<div class="vote-widget"><p class="vote-widget__q">%s</p><button class="vote-widget__go" type="button">&#10003;</button></div>',
             '<p class="vote-results-link">%s</p>', '<p><small>%s</small></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/C{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-facade"><a class="yt-facade__link" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.instagram.com/{h}/">%s</a></p>'],
    "gallery": ['<div class="lightbox-launch"><a class="lightbox-launch__btn" href="#gallery">%s</a></div>',
                '<p class="slide-counter">%s</p>', '<p><b>%s</b></p>'],
    "helpline": ['<aside class="help-services"><p class="help-services__copy">%s</p></aside>', '<p class="support-number-line"><em>%s</em></p>',
                 '<p><i>%s</i></p>'],
    "chart": ['<div class="datawrapper-wrap"><iframe title="" src="https://datawrapper.dwcdn.net/{k}/1/" scrolling="no" frameborder="0" width="600" height="400"></iframe><p class="datawrapper-wrap__src">%s</p></div>',
              '<figure class="infographic-fig"><img src="/charts/{k}.svg" alt="" width="640" height="420"><figcaption>%s</figcaption></figure>',
              '<p><small>%s</small></p>'],
    "funding": ['<aside class="grant-note"><p class="grant-note__copy">%s</p></aside>', '<p class="made-possible-by"><i>%s</i></p>',
                '<p><i>%s</i></p>'],
    "warning": ['<div class="advisory-strip"><p class="advisory-strip__copy">%s</p></div>', '<p class="distress-note"><strong>%s</strong></p>',
                '<p><em>%s</em></p>'],
    "series": ['<div class="series-label-box"><p class="series-label-box__copy">%s</p></div>', '<p class="part-nav-link"><a href="#more-parts">%s</a></p>',
               '<p><b>%s</b></p>'],
    "map": ['<div class="gmaps-iframe-wrap"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d{n}!2d{lon}!3d{lat}!2m3!1f0!2f0!3f0" width="600" height="450" style="border:0;" loading="lazy"></iframe><p class="gmaps-iframe-wrap__links">%s</p></div>',
            '<figure class="static-locator"><img src="/locator/{k}.png" alt="" width="640" height="420"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    # the three families new in this part ("toc" is built by residue_items from the story's own subheadings)
    "toc": ['<nav class="jumplinks-box" aria-label="%s"><p class="jumplinks-box__title">%s</p><ol class="jumplinks-box__list">%s</ol></nav>',
            '<div class="article-contents"><p><strong>%s</strong></p><ul>%s</ul></div>',
            '<p><b>%s</b></p>\n<ul>%s</ul>'],
    "calendar": ['<div class="add-to-cal"><p class="add-to-cal__label">%s</p><a class="add-to-cal__ics" href="/events/{k}.ics" download>.ics</a></div>',
                 '<p class="save-date-link"><a href="/events/{k}.ics">%s</a></p>', '<p><a href="/events/{k}.ics">%s</a></p>'],
    "archive": ['<div class="age-banner"><span class="age-banner__icon" aria-hidden="true">&#9201;</span><p class="age-banner__copy">%s</p></div>',
                '<p class="archive-notice"><strong>%s</strong></p>', '<p><em>%s</em></p>'],
}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="body-photo"><img src="/uploads/{id}-inline.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/uploads/{id}-inline.jpg" alt="" width="620"><br><small>{cap} / {cr}</small></p>']
RELATED_STYLES = ['<div class="also-read-box"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="related-links-aside"><p class="related-links-aside__hd">%s</p><ul>%s</ul></aside>',
                  '<p><strong>%s</strong></p>\n<ul>%s</ul>']


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
                   "calendar": rng.choice([mid, n]), "archive": 0}.get(fam, mid)
            style = rng.choice(STYLES[fam])
            lat, lon = 50 + rng.random() * 5, -4 + rng.random() * 6
            style = (style.replace("{h}", handle(site)).replace("{k}", "%010x" % rng.randint(16**9, 16**10 - 1))
                     .replace("{n}", str(rng.randint(10**6, 10**8))).replace("{lat}", "%.5f" % lat)
                     .replace("{lon}", "%.5f" % lon)
                     .replace("{bbox}", "%%2C".join("%.4f" % x for x in (lon - .01, lat - .006, lon + .01, lat + .006))))
            put(pos, style % E(text))
    return placed, fams


# --------------------------------------------------------------------------
# templates: kirby is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"kirby": tpl_kirby, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "broadcaster": mp3.tpl_broadcaster,
                 "gutenberg": mp4.tpl_gutenberg, "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks,
                 "squarespace": mp5.tpl_squarespace, "quintype": mp6.tpl_quintype, "typo3": mp6.tpl_typo3,
                 "bitrix": mp6.tpl_bitrix, "medium": mp13.tpl_medium, "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h26), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "kirby"


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["blocks"], art["marks"] = blocks_and_marks(art["body"])
            rng = random.Random("newsflow-heldout28-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            placed, fams = residue_items(art, rng, site, used)
            if tpl in NEW_TEMPLATES:
                pages[art["id"]] = NEW_TEMPLATES[tpl](art, UI28[lang], site, placed, rng)
                fams = fams + TEMPLATE_FAMILIES.get(tpl, [])
            else:
                fun, mode = OLD_TEMPLATES[tpl]
                pages[art["id"]] = fun(art, UI28[lang], site, mp.body_html(art, placed, mode), rng)
            truth[art["id"]] = mp.truth_text(art["blocks"])
            meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)))
    return pages, truth, meta


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 28) for x in ("en", "intl")]
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
                       mp26.R, [v for v in mp26.SITE_STRINGS.values()], mp26.PLONE, mp26.PLONE_CORE, mp26.UI_NEW,
                       mp27.R, [v for v in mp27.SITE_STRINGS.values()], mp27.TXP, mp27.TXP_CORE, mp27.UI_NEW,
                       mp27.TEASERS,
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
    # layouts: kirby (new to the set) on one page, every other page on a different earlier layout
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
    # an earlier layout is not on a page in the language h25 or h26 gave it
    for mod in (mp26, mp27):
        langs_then = {a["tpl"]: a["lang"] for a in mod.ARTICLES}
        problems.extend("%s: %s in %s, as in %s" % (a["id"], a["tpl"], a["lang"], mod.__name__) for a in ARTICLES
                        if langs_then.get(a["tpl"]) == a["lang"])
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(en=9, tr=3, de=3, fr=3, es=3, ru=3):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = ["h28-en-%03d" % k for k in range(1, 10)] + ["h28-%s-%03d" % (x, k) for x in ("tr", "de", "fr", "es", "ru")
                                                        for k in range(1, 4)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # the kirby page is German and has its tags; a "jump to" box only goes on a story with three or more subheadings
    for a in ARTICLES:
        if a["tpl"] == "kirby" and (a["lang"] != "de" or not a.get("tags")):
            problems.append("%s: kirby page must be German with tags" % a["id"])
        if "toc" in a.get("carry", []) and a["body"].count("\n## ") < 3:
            problems.append("%s: jump-to box on a story with fewer than three subheadings" % a["id"])
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
    # a fixed wording ("choose") exists in its pool
    for a in ARTICLES:
        for fam, idx in a.get("choose", {}).items():
            if idx >= len(R[fam][a["lang"]]):
                problems.append("%s: no wording %d in the %s pool" % (a["id"], idx, fam))
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
            problems.extend("h28 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = []
    for (mod, name), v in SITE_STRINGS.items():
        if (mod, name) in ((mp4, "R"), (mp, "RESIDUE")):
            continue  # this part's own R pools, checked above
        site_strings_new.append(v)
    kirby_sites = [{k: v for k, v in d.items() if k not in KIRBY_EXEMPT} for d in KIRBY.values()]
    tags = [a.get("tags", []) for a in ARTICLES]
    # (KIRBY_CORE, the platform's own names - "Kirby", "Made with Kirby" - is left as Kirby prints it, like TXP_CORE
    # in h27: such words recur on any Kirby site)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("KIRBY", kirby_sites), ("tags", tags),
                      ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)):
                continue
            problems.extend("h28 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # the story-specific wordings (correction lines) are new too
    for art in ARTICLES:
        if art.get("correction"):
            problems.extend("%s: correction reuses %r" % (art["id"], x) for x in sorted(_sentences(art["correction"]) & old))
    # new wrapper class names
    old_classes = set()
    for mod in EARLIER_MODULES:
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES", "TIKTOK_STYLE"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend("h28 class name %r used by an earlier part" % x
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
    the pages only (truth.json does not hold the h28 entries yet) and says so."""
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
              "(truth.json not checked: h28 is not merged by make_pages.py yet)")
        sys.exit(1 if bad else 0)
    hc.run(lambda: (pages, truth, meta), lambda p, t: [])


if __name__ == "__main__":
    main()
