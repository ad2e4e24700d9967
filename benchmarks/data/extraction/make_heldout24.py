#!/usr/bin/env python3
"""Twenty-fourth held-out part (h24-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout24.py           # write pages/h24-*.html
    python benchmarks/data/extraction/make_heldout24.py --check   # verify pages/h24-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout24.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results.  Stories are in articles_h24_en.py / articles_h24_intl.py; the
residue wordings (the thirty-four generic families of the earlier parts plus three new ones: "save for later" /
reading-list links, text-size controls and "developing story" notices), their wrapper class names, related
headlines, site names, the sites' own strings in the earlier layouts and the first-round furniture strings
(menus, cookie banner, newsletter box, footer, commenters) are new here: none of the sentences of
make_pages.RESIDUE / UI or of the R pools of make_heldout2..23, nor their labels, furniture strings, headlines or
site names; verify() refuses to build if one is reused, if a "new" family is already in an earlier pool, if a
story paragraph or headline of an earlier part recurs, if a headline is also a story paragraph, or if a body is
outside 150-400 words.
One page layout is new (spip: an article page of a French local news site built with SPIP 4.2 and a squelette
derived from SPIP's "dist" templates, as such sites serve it – the head with the no-js switch, canonical URL,
"Syndiquer tout le site" feed link, the compressed cache-css / cache-js files, the SPIP generator tag, the
mediabox settings and the tarteaucitron consent script; body.page_article with div.page: div#header (site logo
link, slogan), the search form, div#nav with the rubriques and the current one marked "on"; div.main →
div.wrapper.hfeed → div#content.content.hentry with p.arbo (the breadcrumb), div.cartouche (h1.surlignable,
p.soustitre, p.info-publi with the date and "par" + the author's vcard), div.texte holding the article as SPIP's
typography outputs it – bare <p>, h2.spip intertitres, ul.spip / ol.spip lists, blockquote.spip, external links
as a.spip_out – with a <doc> model (div.spip_document… with figure.spip_doc_inner and its titre / credits
figcaption) after the opening paragraphs, then the "Voir en ligne" hyperlien, the documents_joints list, the forum
(ul.forum with forum-fil messages, "Répondre à ce message" links, a nested reply) and the forum form with its
"modéré a priori" explanation; div#aside with "Dans la même rubrique", the keywords, the site's agenda and its
newsletter form; div#footer with the colophon, "Plan du site | Se connecter | Contact | RSS 2.0" and the "Site
réalisé avec SPIP" generator link).  SPIP's and its plugins' own French interface strings (SPIP_CORE) are the
writer's reconstruction of how SPIP's language files word them; they are left as the platform words them and
not checked.
The other 23 pages use 23 different layouts of earlier parts with their markup helpers – wordpress, cms,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, liveblog, magazine, nextjs
(make_heldout2.py), drupal, substack (make_heldout3.py), gutenberg, chunks (make_heldout4.py), squarespace,
brightspot, wire (make_heldout5.py), quintype, bitrix (make_heldout6.py), weebly (make_heldout18.py), ucoz
(make_heldout19.py) and elementor (make_heldout21.py), the same set as h22 but eleven of them on a page in another
language than there (weebly, gutenberg, storybody and cms in English, ucoz, wordpress and ghost in Russian,
brightspot and semantic in German, legacy-br in Turkish, nextjs in Spanish); while a page is
rendered, the earlier modules' related headlines (HEADLINES, make_pages.RELATED_HEADLINES), the strings that
belong to one site rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from
themselves (make_heldout4.R for the gutenberg consent placeholder and the chunks ad labels) are swapped for this
part's own, and the templates get this part's furniture strings (UI24) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout23.py, so that make_pages.py can import this module and merge it the same way.
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
import make_heldout21 as mp21  # noqa: E402
import make_heldout22 as mp22  # noqa: E402
import make_heldout23 as mp23  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h24_en import ARTICLES as H24_EN  # noqa: E402
from articles_h24_intl import ARTICLES as H24_INTL  # noqa: E402

ARTICLES = H24_EN + H24_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23)

# handed out in page order to the pages without a fixed site (one per page; the wire page carries its agency)
SITES = {
    "en": ["Pennock & District Herald", "The Skelby Quarterly", "Hawsley Chronicle", "Fellside Radio News",
           "Hawsley & Brook Valley Live", "Wenlow Today"],
    "tr": ["Ilıca Gazetesi", "Karaburun Sahil Haber", "Ova Gündem"],
    "de": ["Wendelsheimer Anzeiger", "Weidental-Echo", "Kirchhainer Seebote"],
    "fr": ["Montredon Infos", "Le Républicain de Castelmaure"],
    "es": ["Villalonga Noticias"],
    "ru": ["Городской портал «Окно»", "Приреченский вестник"],
}
# sites fixed per page (a one-person newsletter on Substack, a community orchard on Weebly, a local weekly on
# SPIP, a local digital paper on Elementor, a bakery on Squarespace, a village on uCoz) are given in the
# stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h23 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This podcast player comes from an outside provider. Accept its cookies to listen here.",
               "Switch on third-party cookies to see the Instagram post we embedded here."],
        "tr": ["Bu podcast oynatıcısı dış bir sağlayıcıdan geliyor. Burada dinlemek için çerezlerine izin verin.",
               "Buraya eklediğimiz Instagram gönderisini görmek için üçüncü taraf çerezlerini açın."],
        "de": ["Dieser Podcast-Player stammt von einem externen Anbieter. Erlauben Sie dessen Cookies, um hier zuzuhören.",
               "Aktivieren Sie Cookies von Drittanbietern, um den hier eingebetteten Instagram-Beitrag zu sehen."],
        "fr": ["Ce lecteur de podcast provient d'un service extérieur. Acceptez ses cookies pour l'écouter ici.",
               "Activez les cookies tiers pour voir la publication Instagram intégrée ici."],
        "es": ["Este reproductor de pódcast es de un proveedor externo. Acepta sus cookies para escucharlo aquí.",
               "Activa las cookies de terceros para ver la publicación de Instagram que hemos insertado aquí."],
        "ru": ["Этот подкаст-плеер размещён у внешнего сервиса. Разрешите его cookie, чтобы слушать здесь.",
               "Включите сторонние cookie, чтобы увидеть встроенный сюда пост из Instagram."],
    },
    "newsletter": {  # newsletter pitches, metered-paywall notes, donation appeals
        "en": ["The Weekender lands every Saturday at 8am with our favourite local reads, free of charge.",
               "That was your last free article for this month. Subscriptions start at 99p.",
               "Independent local reporting needs readers' support to survive. Back us from £2 a month."],
        "tr": ["Hafta Sonu bülteni her cumartesi saat 8'de en sevdiğimiz yerel haberlerle gelir, ücret almadan.",
               "Bu ay için son ücretsiz haberinizi okudunuz. Abonelik aylık 29 liradan başlıyor.",
               "Bağımsız yerel habercilik okur desteğiyle ayakta kalabilir. Ayda 50 lirayla bize destek olun."],
        "de": ["Das Wochenende kommt jeden Samstag um 8 Uhr mit unseren liebsten Lokalgeschichten, ohne Kosten für Sie.",
               "Das war Ihr letzter freier Artikel in diesem Monat. Abos gibt es ab 0,99 Euro.",
               "Unabhängiger Lokaljournalismus überlebt nur mit Hilfe der Leser. Unterstützen Sie uns ab 2 Euro im Monat."],
        "fr": ["Le Week-end arrive chaque samedi à 8 heures avec nos histoires locales préférées, sans frais.",
               "Vous venez de lire votre dernier article gratuit du mois. Abonnement dès 0,99 €.",
               "Une info locale indépendante ne vit que grâce à ses lecteurs. Soutenez-nous dès 2 € par mois."],
        "es": ["El Finde llega cada sábado a las 8 con nuestras historias locales favoritas, sin coste.",
               "Esta era tu última noticia gratuita del mes. Suscripciones desde 0,99 euros.",
               "El periodismo local independiente solo sobrevive con el apoyo de sus lectores. Apóyanos desde 2 euros al mes."],
        "ru": ["«Выходные» приходят каждую субботу в 8 утра с нашими любимыми местными историями, без оплаты.",
               "Это был ваш последний бесплатный материал в этом месяце. Подписка — от 69 рублей.",
               "Независимые местные новости живут только благодаря читателям. Поддержите нас от 100 рублей в месяц."],
    },
    "share": {
        "en": ["Forward this story to a friend", "Copy link · WhatsApp · Email",
               "Join {site} on WhatsApp for the day's headlines"],
        "tr": ["Bu haberi bir arkadaşınıza iletin", "Bağlantıyı kopyala · WhatsApp · E-posta",
               "Günün manşetleri için {site} WhatsApp kanalına katılın"],
        "de": ["Diesen Artikel an Freunde weiterleiten", "Link kopieren · WhatsApp · E-Mail",
               "Die Schlagzeilen des Tages: {site} jetzt im WhatsApp-Kanal"],
        "fr": ["Transférer cet article à un ami", "Copier le lien · WhatsApp · E-mail",
               "Rejoignez la chaîne WhatsApp de {site} pour les titres du jour"],
        "es": ["Reenvía esta noticia a un amigo", "Copiar enlace · WhatsApp · Correo",
               "Únete al canal de WhatsApp de {site} y recibe los titulares del día"],
        "ru": ["Переслать новость другу", "Скопировать ссылку · WhatsApp · Почта",
               "Главные новости дня — в Telegram-канале «{site}»"],
    },
    "photo": {
        "en": ["Photograph: {site} reader", "Picture: handout", "Photo: family archive"],
        "tr": ["Fotoğraf: ailenin kişisel arşivi", "Görsel: basın bülteninden"],
        "de": ["Foto: Familienarchiv", "Bild: Pressefoto des Veranstalters"],
        "fr": ["Photo : collection privée de la famille", "Image : document remis à la presse"],
        "es": ["Foto: álbum de la familia", "Imagen: cedida a este periódico"],
        "ru": ["Фото: семейный архив", "Фото предоставлено героями материала"],
    },
    "copyright": {
        "en": ["Copyright © {site} 2026. Republishing this article requires a licence.",
               "All content © {site}; please ask before you reuse it."],
        "tr": ["Telif hakkı © {site} 2026. Bu haberin yeniden yayımlanması lisansa tabidir.",
               "Tüm içerik © {site}; kullanmadan önce lütfen izin isteyin."],
        "de": ["Copyright © {site} 2026. Für eine Weiterverbreitung benötigen Sie eine Lizenz.",
               "Alle Inhalte © {site}; bitte fragen Sie vor einer Nutzung."],
        "fr": ["Copyright © {site} 2026. Toute republication nécessite une licence.",
               "Contenus © {site} : merci de demander avant toute réutilisation."],
        "es": ["Copyright © {site} 2026. Para volver a publicar este artículo se necesita una licencia.",
               "Todo el contenido © {site}; pide permiso antes de reutilizarlo."],
        "ru": ["Copyright © «{site}», 2026. Перепечатка материала возможна только по лицензии.",
               "Все материалы © «{site}»; перед использованием спросите разрешения."],
    },
    "section": {  # ({section}: the story's section)
        "en": ["OUR PATCH", "Home › Local › {section}", "The {site} local desk"],
        "tr": ["BİZİM MAHALLE", "Ana sayfa › Yerel › {section}", "{site} yerel masası"],
        "de": ["UNSER VIERTEL", "Start › Lokal › {section}", "Lokalredaktion {site}"],
        "fr": ["DANS NOTRE COIN", "Accueil › Local › {section}", "La rédaction locale de {site}"],
        "es": ["LO NUESTRO", "Inicio › Local › {section}", "La mesa local de {site}"],
        "ru": ["НАШ РАЙОН", "Главная › Местное › {section}", "Местная редакция «{site}»"],
    },
    "related": {
        "en": ["More on this story from us", "Also worth reading on {site}"],
        "tr": ["Bu konudaki diğer haberlerimiz", "{site} sitesinde başka neler var"],
        "de": ["Weiterlesen zum Thema", "Außerdem bei {site}"],
        "fr": ["Pour creuser le sujet", "Ailleurs sur {site}"],
        "es": ["Más sobre este asunto", "También en {site}"],
        "ru": ["Продолжение темы", "Ещё на сайте «{site}»"],
    },
    "symbol": {"*": ["❉ ❉ ❉", "⟐⟐⟐", "✷ ✷", "— ❖ —", "⬧ ⬧ ⬧", "⸬ ⸬"]},
    "credit": {
        "en": ["With reporting from the Local Democracy Reporting Service", "Additional material: {site} newsdesk"],
        "tr": ["Habere katkı: {site} haber masası", "Yerel muhabir ağımızın katkılarıyla"],
        "de": ["Mit Material der Lokalredaktion von {site}", "Unter Mitarbeit unseres Reporternetzwerks"],
        "fr": ["Avec le concours de la rédaction de {site}", "Avec notre réseau de correspondants locaux"],
        "es": ["Con material de la redacción de {site}", "Con la ayuda de nuestra red de corresponsales"],
        "ru": ["С использованием материалов редакции «{site}»", "При участии внештатных авторов из районов"],
    },
    "ad": {
        "en": ["Advertising · article continues below", "Paid content from our partners"],
        "tr": ["Reklam · haber aşağıda devam ediyor", "İş ortaklarımızdan ücretli içerik"],
        "de": ["Werbung · Artikel geht unten weiter", "Bezahlter Inhalt unserer Partner"],
        "fr": ["Publicité · l'article continue ci-dessous", "Contenu payant de nos partenaires"],
        "es": ["Anuncio · la noticia continúa más abajo", "Contenido pagado de nuestros socios"],
        "ru": ["Реклама · материал продолжается ниже", "Оплаченный материал наших партнёров"],
    },
    "continue": {
        "en": ["Open the rest of this article", "Read the complete story"],
        "tr": ["Devamını okumak için genişletin", "Haberin tümünü okuyun"],
        "de": ["Mehr vom Text aufklappen", "Den kompletten Artikel lesen"],
        "fr": ["Déplier la suite du texte", "Lire l'intégralité de l'article"],
        "es": ["Despliega para leer el resto", "Lee la noticia hasta el final"],
        "ru": ["Развернуть и дочитать", "Читать материал до конца"],
    },
    "comments": {
        "en": ["{n} comments and counting – add yours", "{n} readers have commented on this story"],
        "tr": ["Yorumlara katılın: {n} yorum", "{n} okur bu habere yorum yaptı"],
        "de": ["Mitreden: {n} Kommentare", "{n} Leserinnen und Leser haben kommentiert"],
        "fr": ["{n} commentaires et plus : ajoutez le vôtre", "{n} lecteurs ont commenté cet article"],
        "es": ["Únete al debate ({n})", "{n} lectores han comentado esta noticia"],
        "ru": ["Обсудить материал: {n} комментариев", "Материал прокомментировали {n} читателей"],
    },
    "readtime": {
        "en": ["You'll need about {m} minutes for this", "≈ {m} min read"],
        "tr": ["Bu haberi okumak yaklaşık {m} dakikanızı alacak", "≈ {m} dk okuma"],
        "de": ["Rund {m} Minuten Lesezeit für diesen Text", "Lesedauer ≈ {m} Minuten"],
        "fr": ["Temps de lecture : environ {m} minutes", "≈ {m} min de lecture"],
        "es": ["Leerla te llevará unos {m} minutos", "≈ {m} min de lectura"],
        "ru": ["Время чтения: около {m} минут", "≈ {m} мин на чтение"],
    },
    "updated": {
        "en": ["Updated {d} at {t}", "Published {d}; amended {t}"],
        "tr": ["Güncellendi: {d} saat {t}", "Yayın: {d}; düzenleme: {t}"],
        "de": ["Aktualisiert am {d} um {t} Uhr", "Veröffentlicht {d}; geändert {t} Uhr"],
        "fr": ["Dernière actualisation : {d} à {t}", "Publié le {d} ; modifié à {t}"],
        "es": ["Última revisión: {d}, {t}", "Publicado el {d}; modificado a las {t}"],
        "ru": ["Свежая правка: {d}, {t}", "Опубликовано {d}; изменено в {t}"],
    },
    "audio": {
        "en": ["Listen instead: this article is narrated by a computer voice ({m} min)", "Listen to the narrated version"],
        "tr": ["Okumak yerine dinleyin: bu haber bilgisayar sesiyle seslendirildi ({m} dk)", "Bu haberi yüksek sesle dinleyin"],
        "de": ["Statt lesen: Eine Computerstimme liest diesen Artikel ({m} Min.)", "Diesen Text laut vorlesen lassen"],
        "fr": ["Au lieu de lire : une voix d'ordinateur vous lit cet article ({m} min)", "Écouter cet article lu à voix haute"],
        "es": ["En vez de leer: una voz de ordenador te lee esta noticia ({m} min)", "Escuchar la noticia leída en voz alta"],
        "ru": ["Вместо чтения: материал читает компьютерный голос ({m} мин)", "Прослушать материал вслух"],
    },
    "correction": {
        "en": ["Clarification: this article has been amended to make clear that the figures quoted are estimates."],
        "tr": ["Açıklama: Haberdeki rakamların tahmini olduğunu belirtmek için metinde değişiklik yapıldı."],
        "de": ["Klarstellung: Wir haben den Artikel ergänzt, um deutlich zu machen, dass die genannten Zahlen Schätzungen sind."],
        "fr": ["Précision : cet article a été modifié pour indiquer que les chiffres cités sont des estimations."],
        "es": ["Aclaración: hemos modificado esta noticia para dejar claro que las cifras citadas son estimaciones."],
        "ru": ["Уточнение: в материал внесены изменения — приведённые цифры являются оценочными."],
    },
    "wireend": {
        "en": ["— end of item —", "(Includes material from news agencies)"],
        "tr": ["— haberin sonu —", "(Haber ajanslarının materyalinden yararlanılmıştır)"],
        "de": ["— Meldungsende —", "(Unter Verwendung von Agenturmaterial)"],
        "fr": ["— texte terminé —", "(Avec des éléments d'agences de presse)"],
        "es": ["— termina la información —", "(Con material de agencias de noticias)"],
        "ru": ["— материал завершён —", "(Использованы материалы информационных агентств)"],
    },
    "app": {
        "en": ["Get {site} on your phone: free for iOS and Android", "Open this story in the app"],
        "tr": ["{site} telefonunuzda: iOS ve Android için ücretsiz", "Bu haberi uygulamada açın"],
        "de": ["{site} aufs Handy: kostenlos für iOS und Android", "Diesen Artikel in der App öffnen"],
        "fr": ["{site} sur votre téléphone : gratuit sur iOS et Android", "Ouvrir cet article dans l'appli"],
        "es": ["{site} en tu móvil: gratis para iOS y Android", "Abrir esta noticia en la app"],
        "ru": ["«{site}» в вашем телефоне: бесплатно для iOS и Android", "Открыть материал в приложении"],
    },
    "bio": {
        "en": ["{by} reports on councils, courts and communities for {site}.", "Got a story for {by}? Email newsroom@example.net"],
        "tr": ["{by}, {site} için belediye, adliye ve mahalle haberleri yazıyor.", "{by} için bir haberiniz mi var? haber@example.net"],
        "de": ["{by} berichtet für {site} aus Rathaus, Gericht und den Ortsteilen.", "Eine Geschichte für {by}? Mail an redaktion@example.net"],
        "fr": ["{by} couvre les conseils municipaux, la justice et la vie des quartiers pour {site}.", "Une info pour {by} ? Écrivez à redaction@example.net"],
        "es": ["{by} cubre plenos, juzgados y barrios para {site}.", "¿Tienes una historia para {by}? Escribe a redaccion@example.net"],
        "ru": ["{by} пишет для «{site}» о городской власти, судах и жизни районов.", "Есть тема для корреспондента? Пишите на redakciya@example.net"],
    },
    "tip": {
        "en": ["Seen something happening? Send us your pictures and tips on WhatsApp: 07700 900456",
               "Tell us your story in confidence at tips@example.net"],
        "tr": ["Bir olaya mı tanık oldunuz? Fotoğraf ve bilgilerinizi WhatsApp'tan gönderin: 0555 111 22 33",
               "Hikâyenizi bize gizlilik içinde anlatın: ihbar@example.net"],
        "de": ["Etwas beobachtet? Schicken Sie uns Fotos und Hinweise per WhatsApp: 0151 222 333",
               "Vertraulich: Ihre Hinweise an hinweise@example.net"],
        "fr": ["Vous avez été témoin de quelque chose ? Envoyez-nous photos et infos sur WhatsApp : 06 11 22 33 44",
               "Confiez-nous votre histoire en toute discrétion : temoins@example.net"],
        "es": ["¿Has visto algo? Envíanos fotos y datos por WhatsApp: 611 222 333",
               "Cuéntanos tu historia con total discreción: pistas@example.net"],
        "ru": ["Стали свидетелем происшествия? Присылайте фото и подробности в WhatsApp: +7 900 111-22-33",
               "Расскажите нам свою историю конфиденциально: tips@example.net"],
    },
    "typo": {
        "en": ["Found a mistake? Select the passage, then hit Ctrl and Enter together.", "Typing error? Report it to the desk with Ctrl+Enter."],
        "tr": ["Metinde hata mı buldunuz? İşaretleyip Ctrl+Enter tuşlarına basın.", "Bir yazım yanlışı mı var? Ctrl+Enter ile haber masasına iletin."],
        "de": ["Fehler im Text gefunden? Markieren Sie ihn und drücken Sie Strg+Enter.", "Einen Tippfehler entdeckt? Sagen Sie es uns mit Strg+Enter."],
        "fr": ["Une erreur dans le texte ? Surlignez-la puis appuyez sur Ctrl+Entrée.", "Faute repérée ? Prévenez la rédaction avec Ctrl+Entrée."],
        "es": ["¿Un error en el texto? Resáltalo y pulsa Ctrl+Intro.", "¿Ves una falta? Comunícala a la redacción con Ctrl+Intro."],
        "ru": ["Увидели неточность? Отметьте слово мышью и нажмите Ctrl и Enter одновременно.", "Опечатка? Дайте знать редакции сочетанием Ctrl+Enter."],
    },
    "push": {
        "en": ["Turn on notifications to get local breaking news from {site}",
               "Get an alert when we publish on this story? Yes please / Not now"],
        "tr": ["{site} yerel son dakika haberleri için bildirimleri açın",
               "Bu konuda yeni haber çıkınca uyarı almak ister misiniz? Evet, lütfen / Sonra"],
        "de": ["Aktivieren Sie Mitteilungen für lokale Eilmeldungen von {site}",
               "Benachrichtigung bei neuen Artikeln zu diesem Thema? Ja, gern / Jetzt nicht"],
        "fr": ["Activez les notifications pour recevoir les alertes locales de {site}",
               "Être alerté quand nous publions sur ce sujet ? Oui, volontiers / Non merci"],
        "es": ["Activa las notificaciones para recibir las últimas noticias locales de {site}",
               "¿Te avisamos cuando publiquemos sobre este tema? Sí, por favor / No, gracias"],
        "ru": ["Включите уведомления, чтобы получать срочные местные новости «{site}»",
               "Сообщать о новых публикациях по теме? Да, присылайте / Нет, спасибо"],
    },
    "ai": {
        "en": ["Parts of this article were drafted with the help of AI and checked by our journalists.",
               "An AI tool helped translate quotes in this story; a reporter verified them."],
        "tr": ["Bu haberin bazı bölümleri yapay zekâ yardımıyla taslak olarak yazıldı ve gazetecilerimizce kontrol edildi.",
               "Bu haberdeki alıntıların çevirisinde bir yapay zekâ aracından yararlanıldı; muhabirimiz doğruladı."],
        "de": ["Teile dieses Artikels wurden mithilfe von KI entworfen und von unserer Redaktion geprüft.",
               "Bei der Übersetzung der Zitate half ein KI-Werkzeug; ein Reporter hat sie überprüft."],
        "fr": ["Des passages de cet article ont été rédigés avec l'aide d'une IA puis vérifiés par nos journalistes.",
               "Un outil d'IA a aidé à traduire les citations de cet article ; un journaliste les a vérifiées."],
        "es": ["Partes de esta noticia se redactaron con ayuda de IA y las revisaron nuestros periodistas.",
               "Una herramienta de IA ayudó a traducir las citas; un periodista las ha comprobado."],
        "ru": ["Часть текста подготовлена с помощью ИИ и проверена нашими журналистами.",
               "Цитаты переведены с помощью ИИ-инструмента и проверены корреспондентом."],
    },
    "affiliate": {
        "en": ["{site} earns commission on purchases made through links in this article.", "Links marked * are affiliate links."],
        "tr": ["{site}, bu haberdeki bağlantılar üzerinden yapılan alışverişlerden komisyon alır.", "* ile işaretli bağlantılar ortaklık bağlantısıdır."],
        "de": ["{site} erhält eine Provision für Käufe über Links in diesem Artikel.", "Mit * markierte Links sind Affiliate-Links."],
        "fr": ["{site} touche une commission sur les achats effectués via les liens de cet article.", "Les liens marqués d'un * sont des liens d'affiliation."],
        "es": ["{site} cobra una comisión por las compras hechas a través de los enlaces de esta noticia.", "Los enlaces marcados con * son de afiliación."],
        "ru": ["«{site}» получает комиссию с покупок по ссылкам из этого материала.", "Ссылки, отмеченные *, — партнёрские."],
    },
    "gift": {
        "en": ["Subscribers can share this article for free with up to five people", "Send as a gift"],
        "tr": ["Aboneler bu haberi beş kişiye kadar ücretsiz paylaşabilir", "Hediye olarak gönder"],
        "de": ["Abonnenten können diesen Artikel mit bis zu fünf Personen kostenlos teilen", "Als Geschenk senden"],
        "fr": ["Les abonnés peuvent partager gratuitement cet article avec cinq personnes", "Envoyer en cadeau"],
        "es": ["Los suscriptores pueden compartir gratis esta noticia con hasta cinco personas", "Enviar como regalo"],
        "ru": ["Подписчики могут бесплатно открыть этот материал пяти друзьям", "Отправить в подарок"],
    },
    "skip": {
        "en": ["Skip past the ad", "Jump to the rest of the story"],
        "tr": ["Reklamı atla", "Haberin geri kalanına geç"],
        "de": ["Anzeige überspringen", "Zum Rest des Artikels springen"],
        "fr": ["Ignorer la publicité", "Aller à la suite de l'article"],
        "es": ["Omitir el anuncio", "Ir al resto de la noticia"],
        "ru": ["Пропустить рекламный блок", "Перейти к продолжению материала"],
    },
    "print": {
        "en": ["Print-friendly version of this page", "Email to a friend"],
        "tr": ["Bu sayfayı yazdır", "Arkadaşına e-postayla gönder"],
        "de": ["Seite drucken", "Per E-Mail empfehlen"],
        "fr": ["Imprimer cette page", "Envoyer par courriel à un ami"],
        "es": ["Imprimir esta página", "Enviar por correo a un amigo"],
        "ru": ["Распечатать страницу", "Отправить другу по e-mail"],
    },
    "translated": {
        "en": ["This article was originally published in Welsh.", "Translation: {site} newsroom"],
        "tr": ["Bu haber ilk olarak Kürtçe yayımlanmıştır.", "Çeviri: {site} haber merkezi"],
        "de": ["Dieser Artikel erschien ursprünglich auf Sorbisch.", "Übersetzung: Redaktion {site}"],
        "fr": ["Cet article a d'abord été publié en occitan.", "Traduction : rédaction de {site}"],
        "es": ["Esta noticia se publicó originalmente en catalán.", "Traducción: redacción de {site}"],
        "ru": ["Материал впервые опубликован на татарском языке.", "Перевод: редакция «{site}»"],
    },
    "moderation": {
        "en": ["Every comment is read by a moderator before it goes live. Be kind and stay on topic.", "Read our house rules for comments"],
        "tr": ["Her yorum yayına girmeden önce bir moderatör tarafından okunur. Nazik olun, konudan sapmayın.", "Yorum kurallarımızı okuyun"],
        "de": ["Jeder Kommentar wird vor dem Erscheinen von einer Moderatorin gelesen. Bleiben Sie freundlich und beim Thema.", "Unsere Hausregeln für Kommentare"],
        "fr": ["Les commentaires sont vérifiés avant publication. Restez courtois et dans le sujet.", "Lire notre règlement des commentaires"],
        "es": ["Un moderador lee cada comentario antes de publicarlo. Sé amable y céntrate en el tema.", "Consulta nuestras normas para comentar"],
        "ru": ["Комментарии публикуются после проверки. Будьте вежливы и не уходите от темы.", "Правила комментирования на сайте"],
    },
    "feedback": {
        "en": ["Did you find this useful? 👍 👎", "Rate this article: 1 2 3 4 5"],
        "tr": ["Bu haber faydalı oldu mu? 👍 👎", "Bu haberi puanlayın: 1 2 3 4 5"],
        "de": ["Fanden Sie diesen Artikel nützlich? 👍 👎", "Artikel bewerten: 1 2 3 4 5"],
        "fr": ["Cet article vous a-t-il servi ? 👍 👎", "Notez cet article : 1 2 3 4 5"],
        "es": ["¿Te ha servido esta noticia? 👍 👎", "Valora esta noticia: 1 2 3 4 5"],
        "ru": ["Материал оказался полезным? 👍 👎", "Оцените статью: 1 2 3 4 5"],
    },
    "standards": {
        "en": ["Our journalism is regulated by IPSO. Find out how to complain.", "Read {site}'s editorial code"],
        "tr": ["Gazeteciliğimiz Basın Ahlak Esasları'na bağlıdır. Şikâyet yollarını öğrenin.", "{site} yayın ilkelerini okuyun"],
        "de": ["Wir arbeiten nach den publizistischen Grundsätzen des Presserats. So können Sie sich beschweren.",
               "Die redaktionellen Leitlinien von {site}"],
        "fr": ["Notre rédaction applique la charte de Munich. Découvrez comment nous signaler une erreur.",
               "Lire la charte éditoriale de {site}"],
        "es": ["Nuestra redacción sigue el código deontológico de la profesión. Así puedes reclamar.", "Lee el libro de estilo de {site}"],
        "ru": ["Редакция руководствуется профессиональным кодексом журналиста. Узнайте, как подать жалобу.",
               "Редакционная политика «{site}»"],
    },
    "topics": {  # ({section}: the story's section)
        "en": ["Topics: {section} · Community · News", "More on: {section}"],
        "tr": ["Konu başlıkları: {section} · Toplum · Haberler", "Konuyla ilgili: {section}"],
        "de": ["Schlagwörter: {section} · Gemeinschaft · Nachrichten", "Mehr über: {section}"],
        "fr": ["Sujets : {section} · Vie locale · Actualités", "Plus sur : {section}"],
        "es": ["Etiquetas: {section} · Comunidad · Noticias", "Más sobre {section}"],
        "ru": ["Рубрики: {section} · Жизнь города · Новости", "Всё по теме: {section}"],
    },
    # the three families new in this part
    "bookmark": {  # "save for later" / reading-list links
        "en": ["Save this article to read later", "Add to my reading list"],
        "tr": ["Bu haberi daha sonra okumak için kaydedin", "Okuma listeme ekle"],
        "de": ["Artikel merken und später lesen", "Zur Leseliste hinzufügen"],
        "fr": ["Enregistrer cet article pour le lire plus tard", "Ajouter à ma liste de lecture"],
        "es": ["Guarda esta noticia para leerla más tarde", "Añadir a mi lista de lectura"],
        "ru": ["Сохранить материал, чтобы прочитать позже", "Добавить в мои закладки"],
    },
    "textsize": {  # text-size / accessibility controls
        "en": ["Text size: A A A", "Change text size − +"],
        "tr": ["Yazı boyutu: A A A", "Metin boyutunu değiştir − +"],
        "de": ["Schriftgröße: A A A", "Textgröße ändern − +"],
        "fr": ["Taille du texte : A A A", "Modifier la taille du texte − +"],
        "es": ["Tamaño de letra: A A A", "Cambiar el tamaño del texto − +"],
        "ru": ["Размер шрифта: А А А", "Изменить размер текста − +"],
    },
    "developing": {  # "developing story" notices
        "en": ["This is a developing story and will be updated.", "Breaking: more details to follow"],
        "tr": ["Bu haber gelişmeye açıktır, güncellenecektir.", "Son dakika: ayrıntılar birazdan"],
        "de": ["Dieser Artikel wird laufend aktualisiert.", "Eilmeldung: Weitere Einzelheiten folgen"],
        "fr": ["Cet article est en cours d'actualisation.", "Urgent : plus d'informations à suivre"],
        "es": ["Noticia en desarrollo: se irá actualizando.", "Última hora: ampliaremos la información"],
        "ru": ["Новость дополняется.", "Срочно: подробности следуют"],
    },
}
HEADLINES = {
    "en": ["Level crossing at Mill Lane to close for four nights", "Town's oldest oak given a preservation order",
           "Primary school wins national chess title", "New bus shelter heated by its own solar panels",
           "Lifeboat volunteers launch twice before dawn", "Market traders vote to keep Sunday opening"],
    "tr": ["Değirmen Sokağı hemzemin geçidi dört gece kapalı olacak", "İlçenin en yaşlı meşesi koruma altına alındı",
           "İlkokulun satranç takımı Türkiye şampiyonu oldu", "Güneş panelli ilk otobüs durağı hizmete girdi",
           "Deniz kurtarma gönüllüleri şafaktan önce iki kez denize açıldı", "Pazarcılar pazar günü açık kalmak istiyor"],
    "de": ["Bahnübergang an der Mühlgasse vier Nächte gesperrt", "Älteste Eiche der Stadt wird Naturdenkmal",
           "Grundschule gewinnt die Schach-Landesmeisterschaft", "Neues Buswartehäuschen mit Solardach",
           "Seenotretter fahren vor Sonnenaufgang zweimal raus", "Markthändler stimmen für die Sonntagsöffnung"],
    "fr": ["Le passage à niveau de la rue du Moulin fermé quatre nuits", "Le plus vieux chêne de la commune protégé",
           "L'école primaire championne de France d'échecs", "Un abribus chauffé à l'énergie solaire",
           "Deux sorties en une nuit pour les sauveteurs en mer", "Les commerçants du marché votent pour le dimanche"],
    "es": ["El paso a nivel de la calle del Molino cerrará cuatro noches", "El roble más viejo del pueblo, declarado árbol singular",
           "El colegio gana el campeonato nacional de ajedrez", "Una marquesina con placas solares y calefacción",
           "Los voluntarios de salvamento salen dos veces antes del amanecer", "Los vendedores del mercadillo votan abrir los domingos"],
    "ru": ["Переезд на Мельничной улице закроют на четыре ночи", "Старейший дуб города признали памятником природы",
           "Школьники выиграли первенство страны по шахматам", "На остановке поставили павильон с солнечными панелями",
           "Спасатели дважды за ночь выходили на вызов", "Продавцы рынка проголосовали за работу по воскресеньям"],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the
# article: this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Top stories today", "Towns and villages", "In the courts", "Town hall watch", "Weekend sport round-up",
                    "Things to do this week", "Readers' letters", "Homes and property"],
               cookie="We and our partners store cookies to count visits and to keep local journalism free. Click 'That's fine by me' to agree, or manage your choices.",
               accept="That's fine by me", reject="Manage my choices", share="Tell a friend", related="More stories near you",
               newsletter="The Weekender, every Saturday", subscribe="Get the Weekender", email="your.name@example.net",
               comment_note="Comments are open to registered readers – sign in to post.",
               footer=["Meet the newsroom", "Corrections and clarifications", "Update my cookie choices", "Advertising and partnerships", "Terms for using this site"],
               rights="Do not copy without written consent.",
               commenters=[("millane_pete", "About time this got proper coverage."),
                           ("Carol B.", "Does anyone know who to write to about this?"),
                           ("hawsley_lad", "Heard it all before. We'll see.")]),
    "tr": dict(nav=["Bugünün önemli haberleri", "Kasabalar ve köyler", "Mahkeme salonundan", "Meclis takibi", "Maç raporları",
                    "Bu hafta neler var", "Okurlarımızın mektupları"],
               cookie="Biz ve iş ortaklarımız ziyaretleri saymak ve yerel haberciliği ücretsiz tutmak için çerez saklıyoruz. Onaylamak için 'Benim için uygun' seçeneğine tıklayın ya da seçimlerinizi yönetin.",
               accept="Benim için uygun", reject="Seçimlerimi yönet", share="Bir arkadaşınıza söyleyin",
               related="Yakınınızdan başka haberler", newsletter="Hafta Sonu, her cumartesi", subscribe="Hafta Sonu bültenini alın",
               email="adiniz@ornek.net", comment_note="Yorumlar kayıtlı okurlara açıktır; yorum yazmak için giriş yapın.",
               footer=["Haber ekibimiz", "Düzeltmeler ve açıklamalar", "Çerez seçimlerini değiştir", "Reklam ve iş birliği", "Site koşulları"],
               rights="Yazılı onay olmadan kopyalanamaz.",
               commenters=[("ilicali_nuri", "Bu konunun haberi yapılmalıydı, teşekkürler."),
                           ("Sevim A.", "Kime başvurmak gerekiyor, bilen var mı?")]),
    "de": dict(nav=["Das Wichtigste heute", "Städte und Gemeinden", "Aus dem Amtsgericht", "Rathaus im Blick", "Sport vom Wochenende",
                    "Was läuft diese Woche", "Briefe unserer Leser"],
               cookie="Wir und unsere Partner speichern Cookies, um Besuche zu zählen und Lokaljournalismus kostenlos anzubieten. Klicken Sie auf „Passt für mich“ oder verwalten Sie Ihre Auswahl.",
               accept="Passt für mich", reject="Auswahl verwalten", share="Einem Freund erzählen",
               related="Mehr aus Ihrer Nähe", newsletter="Das Wochenende, jeden Samstag", subscribe="Das Wochenende bestellen",
               email="ihr.name@beispiel.net", comment_note="Kommentieren können registrierte Leser – melden Sie sich dazu an.",
               footer=["Unsere Redaktion", "Korrekturen und Klarstellungen", "Cookie-Entscheidung ändern", "Anzeigenanfragen", "Nutzungsregeln"],
               rights="Kopieren nur mit schriftlicher Zustimmung.",
               commenters=[("Wendelsheimer_Klaus", "Gut, dass darüber berichtet wird."),
                           ("Petra L.", "An wen kann man sich da wenden?")]),
    "fr": dict(nav=["Ce qu'il faut savoir aujourd'hui", "Bourgs et villages", "Chronique du tribunal", "À la mairie", "Comptes rendus sportifs",
                    "Que faire cette semaine", "Le courrier de nos lecteurs"],
               cookie="Nos partenaires et nous déposons des cookies pour compter les visites et garder l'info locale gratuite. Cliquez sur « Ça me va très bien » ou modifiez vos choix.",
               accept="Ça me va très bien", reject="Modifier mes choix", share="En parler à un ami",
               related="D'autres infos près de chez vous", newsletter="Le Week-end, chaque samedi", subscribe="Recevoir Le Week-end",
               email="votre.nom@exemple.net", comment_note="Les commentaires sont réservés aux lecteurs inscrits : connectez-vous pour écrire.",
               footer=["Notre rédaction", "Rectificatifs et précisions", "Changer mes choix de cookies", "Demandes de publicité", "Conditions du site"],
               rights="Reproduction interdite sans accord écrit.",
               commenters=[("Mireille_du_Pradel", "Enfin un article là-dessus, merci."),
                           ("Jean-Luc R.", "À qui faut-il écrire pour en savoir plus ?")]),
    "es": dict(nav=["Lo esencial de hoy", "Villas y aldeas", "Desde el juzgado", "Desde el ayuntamiento", "El deporte del fin de semana",
                    "Qué hacer esta semana", "Nos escriben los lectores"],
               cookie="Nosotros y nuestros socios guardamos cookies para contar las visitas y mantener gratis el periodismo local. Pulsa «Aceptar y seguir» o gestiona tus opciones.",
               accept="Aceptar y seguir", reject="Gestionar mis opciones", share="Cuéntaselo a un amigo",
               related="Más noticias cerca de ti", newsletter="El Finde, cada sábado", subscribe="Recibir El Finde",
               email="tu.nombre@ejemplo.net", comment_note="Regístrate o entra para opinar.",
               footer=["Nuestra redacción", "Correcciones y aclaraciones", "Cambiar mis opciones de cookies", "Anuncios y colaboraciones", "Condiciones de la web"],
               rights="No se permite copiar sin consentimiento por escrito.",
               commenters=[("villalonga_rocio", "Ya tocaba que alguien lo contara."),
                           ("Manolo G.", "¿A quién hay que escribir para apuntarse?")]),
    "ru": dict(nav=["Важное за день", "Города и посёлки", "В суде", "Городская власть", "Спортивные репортажи",
                    "Афиша недели", "Читатели пишут нам"],
               cookie="Мы и наши партнёры сохраняем cookie, чтобы считать посещения и оставлять местные новости бесплатными. Нажмите «Меня это устраивает» или настройте свой выбор.",
               accept="Меня это устраивает", reject="Настроить выбор", share="Рассказать другу",
               related="Ещё новости рядом с вами", newsletter="«Выходные» — каждую субботу", subscribe="Получать «Выходные»",
               email="vashe.imya@primer.net", comment_note="Комментировать могут зарегистрированные читатели — войдите, чтобы написать.",
               footer=["Наша редакция", "Исправления и уточнения", "Изменить выбор cookie", "Рекламодателям и партнёрам", "Условия сайта"],
               rights="Копирование без письменного согласия запрещено.",
               commenters=[("prirechensk_olga", "Хорошо, что об этом рассказали."),
                           ("Иван П.", "Куда обращаться, кто знает?")]),
}
UI24 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp2, "READMORE"): {"en": "DON'T MISS THIS:"},  # the regional layout's inline link lines
    (mp2, "LIVE"): {"en": dict(share="Forward this entry", posted="Filed by {name}", pinned="Pinned by the live editor",
                               newer="New posts below – show 2")},
    (mp2, "LIVE_AUTHORS"): {"en": ["Gethin Pryce-Morgan", "Shona Adebayo"]},
    (mp2, "BIO"): {"en": "{name} is features editor at {site} and writes about {section} and local history. Get in touch at features-desk@example.net"},
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, chunks ad labels
    (mp5, "SQS"): {"es": dict(title="Novedades del horno",
                              desc="Te escribimos cuando sale algo nuevo del horno o cambiamos el horario, y para de contar.",
                              button="Avisadme", foot="Solo usamos tu correo para estos avisos.")},
    (mp5, "BRIGHT"): {"de": dict(listen="Diesen Artikel vorlesen lassen", promo="DAZU AUS DEM LANDKREIS",
                                 more="Weitere Nachrichten aus dem Weidental")},
    (mp5, "WIRE"): {"en": dict(agency="Borderland Press Service", credit="(Reporting by {reporter} for BPS; editing by {editor})",
                               ends=["(BPS ENDS)", "=== END OF ITEM ==="],
                               notice="BPS items are licensed to member newsrooms only. Any other use needs written permission.",
                               related="Earlier takes on this story",
                               nav=["BPS wire", "BPS photos", "BPS video", "Forward planner", "Your BPS account"])},
    (mp6, "QT"): {"fr": dict(also="À lire sur le même sujet")},
    (mp6, "BITRIX"): {"tr": dict(agency="Ilıca Haber Merkezi", share="Haberi yakınlarınıza gönderin")},
    (mp18, "WEEBLY"): {"en": dict(nav=["The orchard", "Volunteer days", "Adopt a tree", "Orchard diary", "Finding us"],
                                  footer="Brackenfold Community Orchard · Top Lane, Brackenfold · work parties every Saturday from 10am",
                                  form_text="A short email before each work party and at harvest time, nothing else.",
                                  form_title="Orchard news by email", form_button="Sign me up for orchard news",
                                  bio="Pauline has chaired the orchard committee since 2019 and knows every tree by its first name.",
                                  cats=["Orchard events", "Harvest"],
                                  commenters=[("Derek & Sal", "Best Apple Day yet, the juice was gorgeous."),
                                              ("Wenlow Food Bank", "Thank you for the apples, they were gone in two days.")],
                                  free=True, heads="title", tld="org.uk", country="GB", currency="GBP")},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Калиновка: новости села, объявления, люди",
                                menu=["Главная Калиновки", "Новости села", "Сельский клуб", "Школа и детский сад",
                                      "Фотоархив села", "Написать в совет села"],
                                cats=["Новости села", "Сельский клуб", "Объявления совета"],
                                friends=["Калиновская основная школа", "Храм Покрова в Калиновке", "Фермерское хозяйство Грачёва"],
                                footer="Село Калиновка © 2026 · Сайт ведёт совет села на общественных началах",
                                poster="sovet_kalinovki", tags=["сельский клуб", "ремонт"],
                                commenters=[("Нина_Калиновская", "Молодцы все! Клуб как новый, внуки уже просятся в хор."),
                                            ("Виктор_из_города", "Перевёл ещё немного на печку. Покажите потом, как получилось.")],
                                style="br", heads="b")},
    (mp21, "ELEMENTOR"): {"es": dict(domain="altotajunadigital.es", slogan="Noticias de Torremocha y los pueblos del Alto Tajuña",
                                     menu=["Actualidad del Tajuña", "Nuestros pueblos", "Campo y regadío", "Deporte comarcal",
                                           "Agenda y fiestas", "Opinión de los vecinos", "Quién hace el Alto Tajuña"],
                                     button="Apoya al periódico",
                                     nl_title="La carta del Alto Tajuña",
                                     nl_text="Los martes, las noticias de la comarca en un solo correo.",
                                     nl_label="Tu correo para la carta", nl_ph="nombre@correo.es",
                                     nl_button="Quiero la carta",
                                     nl_legal="He leído el aviso de privacidad y quiero recibir la carta semanal.",
                                     nl_form="Carta de los martes",
                                     share_title="Compártela con tus vecinos", related_title="Más del Alto Tajuña",
                                     popular_title="Lo que más se lee esta semana", ad_label="Anuncios de negocios de la comarca",
                                     follow_title="Síguenos en redes sociales", tags=["avisos municipales", "avisos por WhatsApp", "Torremocha del Tajuña"],
                                     bio="Periodista del Alto Tajuña Digital. Vive en Torremocha y cubre los plenos de los pueblos de la comarca.",
                                     commenters=[("Encarni", "Apuntada desde el primer día, muy útil."),
                                                 ("Paco de la Vega", "Ahora que avisen también cuando pasa el panadero.")],
                                     about="Periódico digital del Alto Tajuña desde 2020, hecho por vecinos de la comarca.",
                                     sections_title="Secciones del periódico", legal_title="Aviso legal y privacidad",
                                     copyright="© 2026 Alto Tajuña Digital · Edita Tajuña Comunicación S.L. · Prohibido copiar sin permiso.",
                                     cookie_title="Las cookies de Alto Tajuña Digital",
                                     cookie_text="Usamos cookies para medir cuánta gente nos lee y para mostrar anuncios de comercios de la comarca. Tú decides si las aceptas.",
                                     gtag="G-A7TJ4D2QXN", kit=11, header_id=83, footer_id=97, single_id=904)},
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
                new[key] = dict(new[key], **val) if isinstance(val, dict) else val
            setattr(mod, name, new)
        yield
    finally:
        for mod, name, old in reversed(saved):
            setattr(mod, name, old)


# --------------------------------------------------------------------------
# the new layout: SPIP 4.2 with a squelette derived from SPIP's "dist" templates
# --------------------------------------------------------------------------
# the platform's own interface strings in French, as SPIP's language files (public, spip, forum, medias) and the
# plugins word them: "Accueil", "par", "Voir en ligne", "Documents joints", "Mots-clés", "Dans la même rubrique",
# the forum's reply links, title and form with its "modéré a priori" explanation, the search form, the footer's
# "Plan du site | Se connecter | Contact | RSS 2.0" line, "Syndiquer tout le site", the generator link, the
# newsletter plugin's e-mail field and button, and the French day and month names of SPIP's date filters
SPIP_CORE = {
    "fr": dict(home="Accueil", by="par", see_online="Voir en ligne", docs="Documents joints", keywords="Mots-clés",
               same_section="Dans la même rubrique", reply_article="Répondre à cet article",
               reply_msg="Répondre à ce message", messages="{n} messages", form_title="Un message, un commentaire ?",
               moderated="Ce forum est modéré a priori : votre contribution n’apparaîtra qu’après avoir été validée par un administrateur du site.",
               who="Qui êtes-vous ?", name="Votre nom", email="Votre adresse email", your_msg="Votre message",
               f_title="Titre", f_text="Texte de votre message", f_link="Lien hypertexte (optionnel)",
               preview="Prévisualiser", search="Rechercher", search_label="Rechercher :", plan="Plan du site",
               login="Se connecter", contact="Contact", rss="RSS 2.0", syndicate="Syndiquer tout le site",
               made_with="Site réalisé avec SPIP", at="à", nl_email="Votre adresse email", nl_submit="S’inscrire",
               doc_kind="PDF", weekdays=["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
               months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                       "octobre", "novembre", "décembre"]),
}
# the site's own strings: host, slogan, rubriques, the article's "Voir en ligne" link and attached document, the
# keywords, the agenda and newsletter boxes of the aside, the colophon, the forum messages (title, author, text,
# replies) and the ids of the objects
SPIP = {
    "fr": dict(domain="www.gazette-val-auzon.fr", slogan="L'actualité du Val d'Auzon et de ses quinze communes",
               nav=["Actualité du Val", "Les quinze communes", "Économie et agriculture", "Culture et patrimoine", "Sport dans le Val",
                    "Associations", "Tribunes libres"],
               see_online=("Le portail de la médiathèque de Saint-Amans", "https://mediatheque.saint-amans.example/"),
               docs=[("grainotheque-mode-d-emploi.pdf", "La grainothèque, mode d'emploi", "212,6 kio")],
               keywords=["médiathèque", "jardins partagés", "Saint-Amans"],
               agenda_title="Rendez-vous dans le Val",
               agenda=[("2026-03-14", "Troc de plants au jardin du Pradel"),
                       ("2026-03-21", "Loto de l'école de Saint-Amans"),
                       ("2026-03-28", "Concert de la Lyre auzonnaise à l'église")],
               nl_title="La lettre de la Gazette",
               nl_text="Chaque vendredi, les nouvelles du Val d'Auzon dans votre boîte aux lettres électronique.",
               colophon="La Gazette du Val d'Auzon, journal associatif en ligne · 4, place de la Halle, Saint-Amans",
               commenters=[("Semis réussis l'an dernier", "Annie B.",
                            "J'avais pris des graines de cœur de Saint-Amans chez une voisine, elles ont très bien levé. Je rapporterai les miennes en septembre.",
                            [("Bonne idée, merci", "Josiane V.", "Pensez à noter la date de récolte sur le sachet, ça aide beaucoup.")]),
                           ("Et les plants ?", "Bernard",
                            "Il faudrait aussi pouvoir échanger des plants au printemps, pas seulement des graines.", [])],
               article_id=1487, rubrique_id=3, doc_id=2291, author_id=17, forum_id=3320),
}
SPIP_EXEMPT = {"domain", "article_id", "rubrique_id", "doc_id", "author_id", "forum_id"}


def spip_url(s):
    """SPIP's "propres" URL of a title: accents dropped, words joined by hyphens, case kept."""
    s = unicodedata.normalize("NFKD", s.replace("œ", "oe").replace("’", "'")).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-")


def spip_date(iso, c, weekday=False):
    d = datetime.date(*map(int, iso.split("-")))
    day = "1er" if d.day == 1 else str(d.day)
    out = "%s %s %d" % (day, c["months"][d.month - 1], d.year)
    return ("%s %s" % (c["weekdays"][d.weekday()], out)) if weekday else out


def spip_inline(s):
    """Inline markup as SPIP's typography outputs it: external links carry class spip_out and rel external."""
    return re.sub(r'<a href="([^"]+)">', r'<a href="\1" class="spip_out" rel="external">', mp.inline_html(s))


def spip_block(kind, val):
    if kind == "p":
        return "<p>%s</p>" % spip_inline(val)
    if kind == "h":
        return '<h2 class="spip">%s</h2>' % E(val)
    if kind == "q":
        return '<blockquote class="spip">\n<p>%s</p>\n</blockquote>' % spip_inline(val)
    return '<%s class="spip" role="list">%s</%s>' % (kind, "".join("<li>%s</li>" % spip_inline(v) for v in val), kind)


def spip_texte(art, placed, rng, s):
    """div.texte: the article's text, with the <doc> model after the opening paragraphs; residue typed into
    the text or pasted as HTML stays where the editor put it."""
    blocks, n = art["blocks"], len(art["blocks"])
    slots = safe_slots(art, 2) or [n]
    doc_at = slots[0]
    fname = spip_url(art["caption"]).lower()[:40]
    h = "%08x" % rng.randint(16**7, 16**8 - 1)
    doc = ("<div class='spip_document_{d} spip_document spip_documents spip_document_image spip_documents_center "
           "spip_document_center'>\n<figure class=\"spip_doc_inner\">\n\n\n\t\t<a href=\"IMG/jpg/{f}.jpg\" "
           "class=\"spip_doc_lien mediabox\" type=\"image/jpeg\">\n\t\t<img src='local/cache-vignettes/L800xH533/{f}-{h}.jpg?{ts}' "
           "width='800' height='533' alt='' /></a>\n<figcaption class='spip_doc_legende'>\n\t <div class='spip_doc_titre  '>"
           "<strong>{cap}\n</strong></div>\n\t \n\t <div class='spip_doc_credits  '>{cr}</div>\n</figcaption></figure>\n</div>").format(
        d=s["doc_id"], f=fname, h=h[:5], ts=rng.randint(1700000000, 1780000000), cap=E(art["caption"]), cr=E(art["credit"]))
    out = []
    for i, (kind, val) in enumerate(blocks):
        out.extend(placed.get(i, []))
        if i == doc_at:
            out.append(doc)
        out.append(spip_block(kind, val))
    out.extend(placed.get(n, []))
    return "\n".join(out)


def tpl_spip(art, ui, site, placed, rng):
    # an article page of a French local news site on SPIP 4.2, as the site serves it (see the module docstring
    # for the parts)
    c, s = SPIP_CORE["fr"], SPIP["fr"]
    base = "https://%s/" % s["domain"]
    art_url = spip_url(art["title"])
    rub_url = "-%s-" % spip_url(art["section"])
    aut_url = "_%s_" % spip_url(art["byline"])
    t_pub = "%02d:%02d" % (rng.randint(6, 11), rng.randint(0, 59))
    first = next(v for k, v in art["blocks"] if k == "p")
    descr = mp.inline_text(first)[:150].rsplit(" ", 1)[0] + "…"
    texte = spip_texte(art, placed, rng, s)
    css = "%08x" % rng.randint(16**7, 16**8 - 1)
    js = "%08x" % rng.randint(16**7, 16**8 - 1)
    ts = rng.randint(1700000000, 1780000000)
    nav = "\n".join('\t\t<li class="item%s"><a href="%s">%s</a></li>' % (
        " on" if x == art["section"] else "", "-%s-" % spip_url(x), E(x)) for x in s["nav"])
    # the forum: messages with their replies, then the form
    fid = s["forum_id"]
    d0 = datetime.date(*map(int, art["date"].split("-")))

    def message(title, who, txt, depth):
        nonlocal fid
        fid += rng.randint(2, 19)
        d = d0 + datetime.timedelta(days=rng.randint(0, 3))
        tm = "%02dh%02d" % (rng.randint(8, 22), rng.randint(0, 59))
        return ('<div class="forum-message" id="forum{f}">\n\t<div class="forum-chapo">\n\t\t<strong class="forum-titre">'
                '<a href="#forum{f}" title="{f}">{t}</a></strong>\n\t\t<small>{d} {at} {tm}, {by} <span class="vcard author">{w}</span></small>\n\t</div>\n'
                '\t<div class="forum-texte">\n\t\t<p>{x}</p>\n\t\t<p class="repondre"><a href="spip.php?page=forum&amp;id_forum={f}" rel="noindex nofollow">{r}</a></p>\n'
                '\t</div>\n</div>').format(f=fid, t=E(title), d=spip_date(d.isoformat(), c), at=c["at"], tm=tm, by=c["by"],
                                          w=E(who), x=E(txt), r=E(c["reply_msg"]))
    items, total = [], 0
    for title, who, txt, replies in s["commenters"]:
        total += 1 + len(replies)
        inner = message(title, who, txt, 0)
        if replies:
            inner += "\n<ul>\n" + "\n".join('<li class="forum-fil">\n%s\n</li>' % message(t2, w2, x2, 1)
                                            for t2, w2, x2 in replies) + "\n</ul>"
        items.append('<li class="forum-fil">\n%s\n</li>' % inner)
    forum = ('<a href="#forum" name="forum" id="forum"></a>\n<p class="repondre"><a href="spip.php?page=forum&amp;id_article={a}" '
             'rel="noindex nofollow">{ra}</a></p>\n<div class="comments">\n<h2 class="h2">{m}</h2>\n<ul class="forum">\n{items}\n</ul>\n</div>\n'
             '<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum">\n<h2 class="h2">{ft}</h2>\n'
             '<p class="explication">{mod}</p>\n<form action="{u}#formulaire_forum" method="post" enctype="multipart/form-data"><div>\n'
             '<input name="formulaire_action" type="hidden" value="forum" /><input name="formulaire_action_args" type="hidden" value="{tok}" />\n'
             '<fieldset class="qui saisie_qui">\n<legend>{who}</legend>\n<div class="editer-groupe">\n'
             '<div class="editer saisie_session_nom"><label for="session_nom">{nm}</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40" autocomplete="name" /></div>\n'
             '<div class="editer saisie_session_email"><label for="session_email">{em}</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40" autocomplete="email" /></div>\n'
             '</div>\n</fieldset>\n<fieldset>\n<legend>{ym}</legend>\n<div class="editer-groupe">\n'
             '<div class="editer saisie_titre obligatoire"><label for="titre">{tt}</label><input type="text" class="text" name="titre" id="titre" value="" size="60" required="required" /></div>\n'
             '<div class="editer saisie_texte obligatoire"><label for="texte">{tx}</label><textarea name="texte" id="texte" rows="10" cols="60" required="required"></textarea></div>\n'
             '<div class="editer saisie_url_site"><label for="url_site">{lk}</label><input type="text" class="text" name="url_site" id="url_site" value="" size="60" /></div>\n'
             '</div>\n</fieldset>\n<p style="display:none;"><label for="nobot_forum">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot_forum" value="" size="10" /></p>\n'
             '<p class="boutons"><input type="submit" class="submit" value="{pv}" /></p>\n</div></form>\n</div>').format(
        a=s["article_id"], ra=E(c["reply_article"]), m=E(c["messages"].replace("{n}", str(total))), items="\n".join(items),
        ft=E(c["form_title"]), mod=E(c["moderated"]), u=art_url, tok="".join(rng.choice("0123456789abcdef") for _ in range(32)),
        who=E(c["who"]), nm=E(c["name"]), em=E(c["email"]), ym=E(c["your_msg"]), tt=E(c["f_title"]), tx=E(c["f_text"]),
        lk=E(c["f_link"]), pv=A(c["preview"]))
    docs = "\n".join(
        '\t<li class="item"><a href="IMG/pdf/{f}" type="application/pdf" class="spip_doc_lien"><strong class="titre">{t}</strong> '
        '<small class="info_document">{k} - {sz}</small></a></li>'.format(f=f, t=E(t), k=c["doc_kind"], sz=E(sz)) for f, t, sz in s["docs"])
    same = "\n".join('\t\t<li><a href="%s">%s</a></li>' % (spip_url(h), E(h)) for h in rng.sample(HEADLINES["fr"], 4))
    mots = "\n".join('\t\t<li><a href="+%s+" rel="tag">%s</a></li>' % (spip_url(k), E(k)) for k in s["keywords"])
    agenda = "\n".join('\t\t<li><abbr class="dtstart" title="%sT20:00:00Z">%s</abbr> <a href="spip.php?page=evenement&amp;id_evenement=%d">%s</a></li>' % (
        d, spip_date(d, c), rng.randint(300, 900), E(t)) for d, t in s["agenda"])
    og = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
                     "datePublished": "%sT%s:00+01:00" % (art["date"], t_pub), "author": {"@type": "Person", "name": art["byline"]},
                     "publisher": {"@type": "Organization", "name": site}}, ensure_ascii=False)
    return f'''<!DOCTYPE html>
<html dir="ltr" lang="fr" class="ltr fr no-js">
<head>
	<script type='text/javascript'>/*<![CDATA[*/(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);/*]]>*/</script>
	<title>{E(art["title"])} - {E(site)}</title>
	<meta name="description" content="{A(descr)}" />
	<link rel="canonical" href="{base}{art_url}" />
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />


<link rel="alternate" type="application/rss+xml" title="{A(c["syndicate"])}" href="spip.php?page=backend" />

<link rel='stylesheet' href='local/cache-css/cssdyn-css_gazette_css-{css}.css?{ts}' type='text/css' />
<script type='text/javascript'>var mediabox_settings={{"auto_detect":true,"ns":"box","tt_img":true,"sel_g":"#documents_portfolio a[type='image\\/jpeg'],#documents_portfolio a[type='image\\/png'],#documents_portfolio a[type='image\\/gif']","sel_c":".mediabox","str_ssStart":"Diaporama","str_ssStop":"Arr\\u00eater","str_cur":"{{current}}\\/{{total}}","str_prev":"Pr\\u00e9c\\u00e9dent","str_next":"Suivant","str_close":"Fermer","str_loading":"Chargement\\u2026","splash_url":"","lity":{{"skin":"_simple-dark","maxWidth":"90%","maxHeight":"90%","minWidth":"400px","minHeight":"","slideshow_speed":"2500","opacite":"0.9","defaultCaptionState":"expanded"}}}};</script>
<!-- insert_head_css -->
<script type='text/javascript' src='local/cache-js/jsdyn-javascript_porte_plume_start_js-{js}.js?{ts}'></script>
<!-- insert_head -->
<meta name="generator" content="SPIP 4.2.9" />
<script src="plugins/auto/tarteaucitron/v1.9.2/lib/tarteaucitron/tarteaucitron.js"></script>
<script type="text/javascript">tarteaucitron.init({{"privacyUrl":"spip.php?page=confidentialite","hashtag":"#tarteaucitron","cookieName":"tarteaucitron","orientation":"bottom","showAlertSmall":false,"cookieslist":true,"adblocker":false,"DenyAllCta":true,"AcceptAllCta":true,"highPrivacy":true,"handleBrowserDNTRequest":false,"removeCredit":false,"moreInfoLink":true,"useExternalCss":false,"readmoreLink":"","mandatory":true}});
(tarteaucitron.job = tarteaucitron.job || []).push('youtube');
(tarteaucitron.job = tarteaucitron.job || []).push('matomo');</script>
<meta property="og:type" content="article" />
<meta property="og:title" content="{A(art["title"])}" />
<meta property="og:url" content="{base}{art_url}" />
<meta property="og:site_name" content="{A(site)}" />
<meta property="og:image" content="{base}IMG/logo/arton{s["article_id"]}.jpg" />
<script type="application/ld+json">{og}</script>
</head>

<body class="pas_surlignable page_article">
<div class="page">

	<div class="header" id="header">
		<div class="container">
		<a rel="start home" href="{base}" title="{A(c["home"])}" class="accueil"><img
	src="local/cache-vignettes/L300xH72/siteon0-{css[:5]}.png?{ts}" class='spip_logo' width='300' height='72' alt='{A(site)}' /></a>
		<p id="slogan">{E(s["slogan"])}</p>
		</div>
	</div>

	<div class="formulaire_spip formulaire_recherche" id="formulaire_recherche">
<form action="spip.php?page=recherche" method="get"><div class="editer-groupe">
	<input name="page" value="recherche" type="hidden"
/>
	
	<label for="recherche">{E(c["search_label"])}</label>
	<input type="search" class="search text" size="10" name="recherche" id="recherche" accesskey="4" autocapitalize="off" autocorrect="off"
	/><input type="submit" class="btn submit" value="&gt;&gt;" title="{A(c["search"])}" />
</div></form>
</div>

	<div class="nav clearfix" id="nav">
		<div class="container">
		<ul>
{nav}
		</ul>
		</div>
	</div>

	<div class="main">
		<div class="wrapper hfeed">
		<div class="content hentry" id="content">
			<p class="arbo"><a href="{base}">{E(c["home"])}</a> &gt; <a href="{rub_url}">{E(art["section"])}</a> &gt; <strong class="on">{E(art["title"])}</strong></p>

			<div class="cartouche">
				<h1 class="surlignable">{E(art["title"])}</h1>
				<p class="soustitre">{E(art["sub"])}</p>
				<p class="info-publi"><abbr class="published" title="{art["date"]}T{t_pub}:00Z">{spip_date(art["date"], c, True)}</abbr><span class="sep">, </span><span class="auteurs">{c["by"]}  <span class="vcard author"><a class="url fn spip_in" href="{aut_url}">{E(art["byline"])}</a></span></span></p>
				
			</div>

			<div class="texte surlignable clearfix">{texte}</div>

			<p class="hyperlien">{E(c["see_online"])}&nbsp;: <a href="{A(s["see_online"][1])}" class="spip_out">{E(s["see_online"][0])}</a></p>

			<div class="documents_joints">
	<h2 class="h2">{E(c["docs"])}</h2>
	<ul class="spip_documents">
{docs}
	</ul>
</div>

			{forum}

		</div><!--.content-->
		</div><!--.wrapper-->


		<div class="aside col" id="aside">
			<div class="menu">
				<h2>{E(c["same_section"])}</h2>
				<ul>
{same}
				</ul>
			</div>
			<div class="menu menu_mots">
				<h2>{E(c["keywords"])}</h2>
				<ul>
{mots}
				</ul>
			</div>
			<div class="menu menu_agenda">
				<h2>{E(s["agenda_title"])}</h2>
				<ul>
{agenda}
				</ul>
			</div>
			<div class="formulaire_spip formulaire_newsletter_subscribe" id="formulaire_newsletter_subscribe">
				<h2>{E(s["nl_title"])}</h2>
				<p class="explication">{E(s["nl_text"])}</p>
				<form method="post" action="{art_url}#formulaire_newsletter_subscribe"><div>
				<input name="formulaire_action" type="hidden" value="newsletter_subscribe" />
				<div class="editer-groupe"><div class="editer editer_session_email obligatoire"><label for="session_email_nl">{E(c["nl_email"])}</label><input type="email" name="session_email" class="text email" value="" id="session_email_nl" required="required" /></div></div>
				<p class="boutons"><input type="submit" class="submit" value="{A(c["nl_submit"])}" /></p>
				</div></form>
			</div>
		</div><!--.aside-->
	</div><!--.main-->

	<div class="footer clearfix" id="footer">
		<div class="container">
		<p class="colophon">
			{E(s["colophon"])}
			<br /><a rel="contents" href="spip.php?page=plan" class="first">{E(c["plan"])}</a>
			  | <a href="spip.php?page=login&amp;url={art_url}" rel="nofollow" class='login_modal'>{E(c["login"])}</a> |
			<a rel="contact" href="spip.php?page=contact">{E(c["contact"])}</a> |
			<a href="spip.php?page=backend" rel="alternate" title="{A(c["syndicate"])}" class="last">{E(c["rss"])}</a>
		</p>
		<small class="generator"><a href="https://www.spip.net/" rel="generator" title="{A(c["made_with"])}" class="spip_out">SPIP</a></small>
		</div>
	</div>

</div><!--.page-->
<script type="text/javascript">var _paq = window._paq = window._paq || [];_paq.push(['trackPageView']);_paq.push(['enableLinkTracking']);</script>
</body>
</html>
'''


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"spip": ["caption", "credit", "enclosure"]}  # the <doc> model with its caption, the "Voir en
# ligne" line, the attached documents
for _mod, _names in ((mp2, ["regional", "magazine", "liveblog"]), (mp3, ["drupal", "substack"]),
                     (mp4, ["gutenberg", "chunks"]), (mp5, ["squarespace", "brightspot", "wire"]),
                     (mp6, ["quintype", "bitrix"]), (mp18, ["weebly"]), (mp19, ["ucoz"]), (mp21, ["elementor"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction", "wireend",
            "app", "bio", "tip", "typo", "push", "ai", "affiliate", "gift", "skip", "print", "translated", "moderation",
            "feedback", "standards", "topics", "bookmark", "textsize", "developing"]
NEW_FAMILIES = ["bookmark", "textsize", "developing"]
# families a one-person newsletter, a bakery, a community orchard or a village would not carry: no ads or
# advertorial links, no app, no staff writers or desk credits, no wire copy, no newsroom tip line, typo hint, push
# prompt, section labels, reading times, comment counters, AI notes, gifted articles, skip links, translations,
# rating widgets, ethics-code lines, topic tags, reading lists or "developing story" notices
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "wireend", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "ai", "affiliate", "gift", "skip", "translated", "feedback", "standards", "topics",
                      "bookmark", "developing"}
# a local weekly run by an association: no ads or affiliate links, no app or push prompts, nothing behind a paywall
# to gift or skip, no wire copy, no AI notes
NOT_ON_ASSOCIATION = {"ad", "affiliate", "app", "push", "gift", "skip", "wireend", "ai"}
SMALL_SITE_TEMPLATES = {"substack": NOT_ON_SMALL_SITES, "squarespace": NOT_ON_SMALL_SITES, "weebly": NOT_ON_SMALL_SITES,
                        "ucoz": NOT_ON_SMALL_SITES | {"newsletter"}, "spip": NOT_ON_ASSOCIATION}
# a wire portal's text view has no pictures, share buttons, comments or prompts
WIRE_ALLOWED = {"copyright", "symbol", "correction"}
# markup of the generic residue: classed wrappers as many CMSs emit them (class names new to the set), and
# plain <p>/<div> variants as left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="outside-player-lock"><p class="outside-player-lock__why">%s</p><button class="outside-player-lock__ok" type="button">&#9654;</button></div>',
               '<p class="thirdparty-needs-ok">%s</p>', '<p>%s</p>'],
    "newsletter": ['<div class="weekender-box"><p class="weekender-box__pitch">%s</p><a class="weekender-box__join" href="/join">&#10140;</a></div>',
                   '<p class="article-allowance">%s</p>', '<p><b>%s</b></p>', '<div>%s</div>'],
    "share": ['<div class="pass-this-on"><a class="pass-this-on__lnk" href="#">%s</a></div>', '<p class="forward-line">%s</p>',
              '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="snapshot-owner">%s</p>', '<span class="picture-by">%s</span>', '<p><small>%s</small></p>'],
    "copyright": ['<p class="licence-required-note">%s</p>', '<div class="copyright-strip"><small>%s</small></div>', '<p>%s</p>'],
    "section": ['<p class="home-patch-tag">%s</p>', '<div class="breadcrumb-inline">%s</div>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="glyph-pause">%s</p>', '<div class="asterism-line">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="material-from">%s</p>', '<div class="reporting-help">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="title-echo-bold"><b>%s</b></p>', '<h2 class="hed-second-time">%s</h2>', '<p><strong>%s</strong></p>'],
    "ad": ['<div class="advert-strapline">%s</div>', '<p class="partner-paid-flag">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="open-full-text"><a href="#full-text">%s</a></p>', '<div class="article-unroll">%s</div>',
                 '<p><a href="#full-text">%s</a></p>'],
    "comments": ['<p class="debate-counter"><a href="#debate">%s</a></p>', '<div class="join-debate-line">%s</div>',
                 '<p><a href="#debate">%s</a></p>'],
    "readtime": ['<p class="time-to-finish">%s</p>', '<span class="minutes-badge">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="edit-timestamp"><time>%s</time></p>', '<div class="version-time">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="synth-voice"><button class="synth-voice__play" aria-label="Play"></button><span class="synth-voice__label">%s</span></div>',
              '<p class="hear-this-story"><a href="#hear">%s</a></p>', '<p><a href="#hear">%s</a></p>'],
    "correction": ['<aside class="clarification-panel"><p>%s</p></aside>', '<p class="post-publication-note"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "wireend": ['<p class="item-endline">%s</p>', '<div class="agency-material-note">%s</div>', '<p>%s</p>'],
    "app": ['<div class="phone-app-box"><p class="phone-app-box__txt">%s</p><a class="phone-app-box__get" href="/apps">&#8595;</a></div>',
            '<p class="open-in-app">%s</p>', '<p><b>%s</b></p>'],
    "bio": ['<div class="reporter-about"><p class="reporter-about__txt">%s</p></div>', '<p class="author-endnote"><i>%s</i></p>',
            '<p><i>%s</i></p>'],
    "tip": ['<div class="witness-call"><p class="witness-call__txt">%s</p></div>', '<p class="confidential-tips">%s</p>', '<p><i>%s</i></p>'],
    "typo": ['<div class="error-report-hint"><p class="error-report-hint__txt">%s</p></div>', '<p class="ctrl-enter-hint">%s</p>',
             '<p><small>%s</small></p>'],
    "push": ['<div class="alerts-optin-box"><p class="alerts-optin-box__q">%s</p><button class="alerts-optin-box__yes" type="button">&#10003;</button>'
             '<button class="alerts-optin-box__no" type="button">&#10005;</button></div>', '<p class="notifications-line">%s</p>', '<p><b>%s</b></p>'],
    "ai": ['<div class="ai-use-note"><p class="ai-use-note__txt">%s</p></div>', '<p class="machine-assisted"><small>%s</small></p>',
           '<p><i>%s</i></p>'],
    "affiliate": ['<div class="commission-disclosure"><p>%s</p></div>', '<p class="affiliate-line"><small>%s</small></p>',
                  '<p><i>%s</i></p>'],
    "gift": ['<div class="gift-this"><a class="gift-this__btn" href="#gift">%s</a></div>', '<p class="share-as-gift"><a href="#gift">%s</a></p>',
             '<p><a href="#gift">%s</a></p>'],
    "skip": ['<p class="skip-the-ad"><a href="#story-resume">%s</a></p>', '<div class="hop-over"><a href="#story-resume">%s</a></div>',
             '<p><a href="#story-resume">%s</a></p>'],
    "print": ['<div class="page-actions-row"><a class="page-actions-row__item" href="#print">%s</a></div>', '<p class="print-or-mail">%s</p>',
              '<p><a href="#print">%s</a></p>'],
    "translated": ['<p class="translated-from"><i>%s</i></p>', '<div class="original-tongue">%s</div>', '<p><i>%s</i></p>'],
    "moderation": ['<div class="comments-policy-box"><p class="comments-policy-box__txt">%s</p></div>', '<p class="premoderation-line">%s</p>',
                   '<p><small>%s</small></p>'],
    "feedback": ['<div class="useful-vote"><p class="useful-vote__q">%s</p><button class="useful-vote__up" type="button" aria-label="Yes"></button>'
                 '<button class="useful-vote__down" type="button" aria-label="No"></button></div>', '<p class="star-rating-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="regulation-box"><p class="regulation-box__txt">%s</p></div>', '<p class="complaints-line"><small>%s</small></p>',
                  '<p><i>%s</i></p>'],
    "topics": ['<div class="topic-chips"><span class="topic-chips__list">%s</span></div>', '<p class="filed-topics">%s</p>', '<p><small>%s</small></p>'],
    "bookmark": ['<div class="save-for-later"><a class="save-for-later__btn" href="#save">%s</a></div>',
                 '<p class="reading-list-add"><a href="#save">%s</a></p>', '<p><a href="#save">%s</a></p>'],
    "textsize": ['<div class="font-resizer"><span class="font-resizer__label">%s</span></div>', '<p class="text-size-tools">%s</p>',
                 '<p><small>%s</small></p>'],
    "developing": ['<div class="live-story-flag"><p class="live-story-flag__txt">%s</p></div>', '<p class="developing-note"><strong>%s</strong></p>',
                   '<p><b>%s</b></p>'],
}
CAPTION_STYLES = ['<figure class="mid-article-photo"><img src="/assets/{id}-mid.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/assets/{id}-mid.jpg" alt="" width="640"><br><i>{cap} ({cr})</i></p>']
RELATED_STYLES = ['<div class="further-links-card"><h4>%s</h4><ul>%s</ul></div>',
                  '<aside class="more-reading-aside"><p class="more-reading-aside__hd">%s</p><ul>%s</ul></aside>',
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
                   "print": rng.choice([0, n]), "translated": rng.choice([0, n]), "moderation": n,
                   "feedback": n, "standards": rng.choice([0, n]), "topics": n,
                   "bookmark": rng.choice([0, n]), "textsize": 0, "developing": rng.choice([0, 0, n])}.get(fam, mid)
            put(pos, rng.choice(STYLES[fam]) % E(text))
    return placed, fams


# --------------------------------------------------------------------------
# templates: spip is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"spip": tpl_spip, "regional": mp2.tpl_regional, "liveblog": mp2.tpl_liveblog,
                 "magazine": mp2.tpl_magazine, "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal,
                 "substack": mp3.tpl_substack, "gutenberg": mp4.tpl_gutenberg, "chunks": mp4.tpl_chunks,
                 "squarespace": mp5.tpl_squarespace, "brightspot": mp5.tpl_brightspot, "wire": mp5.tpl_wire,
                 "quintype": mp6.tpl_quintype, "bitrix": mp6.tpl_bitrix, "weebly": mp18.tpl_weebly,
                 "ucoz": mp19.tpl_ucoz, "elementor": mp21.tpl_elementor}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h23), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["blocks"], art["marks"] = blocks_and_marks(art["body"])
            rng = random.Random("newsflow-heldout24-" + art["id"])
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
                pages[art["id"]] = NEW_TEMPLATES[tpl](art, UI24[lang], site, placed, rng)
                fams = fams + TEMPLATE_FAMILIES.get(tpl, [])
            else:
                fun, mode = OLD_TEMPLATES[tpl]
                pages[art["id"]] = fun(art, UI24[lang], site, mp.body_html(art, placed, mode), rng)
            truth[art["id"]] = mp.truth_text(art["blocks"])
            meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)))
    return pages, truth, meta


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 24) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ru", "RU", "RUB"}


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
    # layouts: spip (new to the set) on one page, every other page on a different earlier layout
    tpls = collections.Counter(a["tpl"] for a in ARTICLES)
    if "spip" in EARLIER_LAYOUTS:
        problems.append("spip is not new")
    if tpls.get("spip") != 1:
        problems.append("spip used on %d pages (want 1)" % tpls.get("spip", 0))
    problems.extend("template %s used %d times (want every earlier layout once)" % (t, c)
                    for t, c in tpls.items() if t != "spip" and c > 1)
    if len([t for t in tpls if t != "spip"]) != 23:
        problems.append("%d earlier layouts (want 23)" % len([t for t in tpls if t != "spip"]))
    problems.extend("template %s is not an earlier layout" % t for t in tpls if t != "spip" and t not in EARLIER_LAYOUTS)
    problems.extend("unknown template %s" % t for t in tpls if t not in NEW_TEMPLATES and t not in OLD_TEMPLATES)
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(en=9, tr=3, de=3, fr=3, es=3, ru=3):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = ["h24-en-%03d" % k for k in range(1, 10)] + ["h24-%s-%03d" % (x, k) for x in ("tr", "de", "fr", "es", "ru")
                                                        for k in range(1, 4)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # controls: pages without residue (here two, in two languages), one with a single correction line only
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
    # the new families are new: in no earlier pool and no earlier template's own residue
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
            problems.extend("h24 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = []
    for (mod, name), v in SITE_STRINGS.items():
        if (mod, name) == (mp4, "R"):
            continue  # this part's own R pools, checked above
        if (mod, name) == (mp21, "ELEMENTOR"):
            v = {lang: {k: x for k, x in d.items() if k not in mp21.ELEMENTOR_EXEMPT} for lang, d in v.items()}
        site_strings_new.append(v)
    spip_sites = [{k: v for k, v in d.items() if k not in SPIP_EXEMPT} for d in SPIP.values()]
    # (SPIP_CORE, the platform's own interface strings - "Accueil", "Dans la même rubrique", "Répondre à ce
    # message", the forum form and its "modéré a priori" note, "Plan du site", "Site réalisé avec SPIP" - is left as
    # SPIP and its plugins ship it, like CONTAO_CORE in h23: such words recur on any SPIP site)
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("SPIP", spip_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS:
                continue
            problems.extend("h24 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # new wrapper class names
    old_classes = set()
    for mod in EARLIER_MODULES[1:]:
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend("h24 class name %r used by an earlier part" % x
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
    the pages only (truth.json does not hold the h24 entries yet) and says so."""
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
              "(truth.json not checked: h24 is not merged by make_pages.py yet)")
        sys.exit(1 if bad else 0)
    hc.run(lambda: (pages, truth, meta), lambda p, t: [])


if __name__ == "__main__":
    main()
