#!/usr/bin/env python3
"""Tenth held-out part (h10-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout10.py           # write pages/h10-*.html
    python benchmarks/data/extraction/make_heldout10.py --check   # verify pages/h10-*.html and their truth
    python benchmarks/data/extraction/make_heldout10.py --stats   # template, words, residue per page

Written after the ninth held-out part (h9-*, now "heldout_v9") had been run once and retired, as a fresh,
independent test, again without looking at the cleaner's code, boilerplate pattern files, test fixtures,
docs, commit history of those paths or results.  Stories are in articles_h10_en.py / articles_h10_intl.py;
the residue wordings, related headlines, site names and template labels are new here (none of the sentences
of make_pages.RESIDUE or of the R pools of make_heldout2..9, nor their labels, furniture strings, headlines or
site names; verify() refuses to build if one is reused, or if a story paragraph of an earlier part recurs).
One residue family is new to the generic pools (wire end markers and desk signatures, "wireend").  One page
layout is new (webflow: a Webflow CMS collection page whose story is a single div.w-richtext with an inline
image figure and a pasted Mailchimp embed inside it, Finsweet cookie consent and a w-dyn-list "more stories"
list).  The other pages reuse the templates of make_pages.py (wordpress, cms, semantic, storybody, amp, portal,
ghost, legacy-br), nextjs (make_heldout2.py), sanity (make_heldout7.py) and blox (make_heldout8.py) with their
markup helpers.  make_pages.py merges these pages into truth.json and split.json.
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
from make_pages import E, A, UI  # noqa: E402
from articles_h10_en import ARTICLES as H10_EN  # noqa: E402
from articles_h10_intl import ARTICLES as H10_INTL  # noqa: E402

ARTICLES = H10_EN + H10_INTL

SITES = {
    "en": ["The Wrexley Clarion", "Alderbrook Weekly News", "The Kelsworth Standard"],
    "tr": ["Menemen Ekspres", "Kavaklıdere Habercisi"],
    "de": ["Oberschwäbische Landpost", "Hohenzollerischer Abendbote"],
    "fr": ["Le Républicain de la Basse-Armor", "L'Écho des Coteaux du Lot"],
    "es": ["El Pregón de Valdeoria", "Heraldo de la Ribera Alta"],
    "ru": ["Верхнеозёрские ведомости", "Камышинская неделя"],
}

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h9 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This content is hosted by Instagram. Allow marketing cookies to view the post.",
               "The map below needs your permission to load. Update your cookie choices to see it.",
               "Flourish graphics are switched off under your current privacy settings."],
        "tr": ["Bu Instagram gönderisini görmek için pazarlama çerezlerine izin verin.",
               "Harita, çerez tercihleriniz nedeniyle yüklenmedi. Ayarlarınızı güncelleyebilirsiniz."],
        "de": ["Um diesen Instagram-Beitrag zu sehen, erlauben Sie bitte Marketing-Cookies.",
               "Die Karte wird erst nach Ihrer Zustimmung in den Datenschutzeinstellungen geladen."],
        "fr": ["Pour afficher cette publication Instagram, acceptez les cookies marketing.",
               "La carte ne s'affichera qu'après votre accord dans les paramètres de confidentialité."],
        "es": ["Para ver esta publicación de Instagram, acepta las cookies de marketing.",
               "El mapa se cargará cuando des tu consentimiento en la configuración de privacidad."],
        "ru": ["Чтобы увидеть пост, разрешите маркетинговые cookie-файлы.",
               "Яндекс Карта появится после того, как вы примете cookie в настройках."],
    },
    "newsletter": {
        "en": ["Get our weekend long-reads every Saturday morning – free, and you can unsubscribe whenever you like.",
               "This is one of your 3 free articles this month. Register for unlimited access.",
               "If you value this reporting, become a member for £5 a month."],
        "tr": ["Hafta sonu dosyalarımız her cumartesi sabahı e-postanızda — kayıt ücretsiz.",
               "Bu ay okuyabileceğiniz 3 ücretsiz haberden birindesiniz.",
               "Yerel gazeteciliğe destek olun: aylık 50 TL ile üyemiz olun."],
        "de": ["Unsere Wochenend-Reportagen jeden Samstag per E-Mail – gratis und jederzeit abbestellbar.",
               "Dies ist einer von 3 kostenlosen Artikeln in diesem Monat. Registrieren Sie sich für unbegrenzten Zugang.",
               "Ihnen ist Lokaljournalismus etwas wert? Unterstützen Sie uns mit 5 Euro im Monat."],
        "fr": ["Nos grands formats du week-end, chaque samedi matin dans votre boîte mail. C'est gratuit.",
               "Il vous reste 2 articles offerts ce mois-ci. Créez un compte pour continuer.",
               "Vous tenez à l'info locale ? Soutenez-nous dès 5 € par mois."],
        "es": ["Nuestros reportajes del fin de semana, cada sábado en tu correo. Es gratis.",
               "Te quedan 2 artículos gratuitos este mes. Regístrate para seguir leyendo.",
               "¿Te importa el periodismo local? Hazte socio por 5 € al mes."],
        "ru": ["Большие материалы выходных — каждую субботу на вашу почту. Бесплатно.",
               "У вас осталось 2 бесплатные статьи в этом месяце. Зарегистрируйтесь, чтобы читать дальше.",
               "Поддержите местную журналистику — от 200 рублей в месяц."],
    },
    "share": {
        "en": ["Send this article to a friend", "Get {site} updates on our WhatsApp channel", "Find us on Threads"],
        "tr": ["Bu haberi bir arkadaşına gönder", "{site} haberlerini WhatsApp kanalımızdan alın", "Bizi Threads'te bulun"],
        "de": ["Artikel an Bekannte senden", "{site} auf dem WhatsApp-Kanal abonnieren", "Sie finden uns auch auf Threads"],
        "fr": ["Envoyer cet article à un proche", "Rejoignez la chaîne WhatsApp de {site}", "Retrouvez-nous sur Threads"],
        "es": ["Enviar esta noticia a un amigo", "Únete al canal de WhatsApp de {site}", "Encuéntranos en Threads"],
        "ru": ["Отправить статью другу", "Читайте «{site}» в мессенджере MAX", "Мы есть и во «ВКонтакте»: присоединяйтесь"],
    },
    "photo": {
        "en": ["Photograph: supplied", "Picture by {site}", "Image: Google Street View"],
        "tr": ["Fotoğraf: Okurumuz gönderdi", "Görüntü: Google Sokak Görünümü"],
        "de": ["Foto: zur Verfügung gestellt", "Bild: Google Street View"],
        "fr": ["Photo : document fourni par la famille", "Image : capture Google Street View"],
        "es": ["Foto: cedida", "Imagen: captura de Google Street View"],
        "ru": ["Фото предоставлено героиней публикации", "Скриншот: Яндекс Панорамы"],
    },
    "copyright": {
        "en": ["© {site} 2025 – reproduction without permission is prohibited",
               "Copyright {site} 2025, all rights reserved; syndication enquiries to the picture desk"],
        "tr": ["© 2025 {site} – izinsiz çoğaltılamaz, kaynak gösterilerek alıntılanabilir", "Haberin tüm yayın hakları {site} yönetimine aittir."],
        "de": ["© {site} 2025 – Nachdruck nur mit Genehmigung", "Copyright {site} 2025, alle Rechte vorbehalten; Nutzungsanfragen an die Bildredaktion"],
        "fr": ["© {site} 2025 – Reproduction interdite sans autorisation", "Copyright {site} 2025, tous droits réservés ; pour toute reprise, contactez la rédaction"],
        "es": ["© {site} 2025 – prohibida su reproducción sin permiso expreso", "Copyright {site} 2025, todos los derechos reservados; para otros usos, contacte con la redacción"],
        "ru": ["© «{site}», 2025 — перепечатка только с письменного разрешения редакции",
               "При цитировании ссылка на «{site}» обязательна"],
    },
    "section": {
        "en": ["IN YOUR AREA", "Top stories this week", "LATEST | REGION"],
        "tr": ["BÖLGENİZDEN", "Haftanın öne çıkanları", "GÜNCEL | BÖLGE"],
        "de": ["AUS IHRER REGION", "Top-Themen der Woche", "AKTUELL | REGION"],
        "fr": ["PRÈS DE CHEZ VOUS", "L'essentiel de la semaine", "EN CE MOMENT | RÉGION"],
        "es": ["EN TU ZONA", "Lo destacado de la semana", "AHORA | COMARCA"],
        "ru": ["РЯДОМ С ВАМИ", "Главное за неделю", "СЕЙЧАС | РАЙОН"],
    },
    "related": {
        "en": ["People also read", "Also in today's {site}"],
        "tr": ["Bunlara da göz atın", "{site} sayfalarında daha fazlası"],
        "de": ["Andere lasen auch", "Mehr aus der {site}"],
        "fr": ["Les lecteurs ont aussi lu", "Ailleurs dans {site}"],
        "es": ["Otros lectores también leyeron", "Más en {site}"],
        "ru": ["Читатели также смотрят", "Ещё в «{site}»"],
    },
    "symbol": {"*": ["⬩⬩⬩", "✽", "◆◇◆", "✦ ✦", "❂", "◉"]},
    "credit": {
        "en": ["Additional reporting by PA Media", "By {site} court reporter", "Story: {site} newsdesk"],
        "tr": ["Ek haber: DHA", "{site} adliye muhabiri"],
        "de": ["Mitarbeit: dpa", "Aufgeschrieben von der Lokalredaktion"],
        "fr": ["Avec AFP et agences", "De notre correspondante sur place"],
        "es": ["Con información de Europa Press", "Desde nuestra corresponsalía en la comarca"],
        "ru": ["При участии ТАСС", "Наш корреспондент в районе"],
    },
    "ad": {
        "en": ["Article continues below this ad", "PARTNER FEATURE"],
        "tr": ["Haber reklamın altında devam ediyor", "İŞ ORTAĞI İÇERİĞİ"],
        "de": ["Der Artikel wird unter der Anzeige fortgesetzt", "PARTNERINHALT"],
        "fr": ["L'article continue sous la publicité", "EN PARTENARIAT AVEC NOS ANNONCEURS"],
        "es": ["La noticia continúa tras el anuncio", "CONTENIDO DE MARCA"],
        "ru": ["Статья продолжится после рекламы", "ПАРТНЁРСКИЙ ПРОЕКТ"],
    },
    "continue": {
        "en": ["Continue reading the full article", "Tap to expand the full story"],
        "tr": ["Haberin tamamını okumaya devam edin", "Genişletmek için tıklayın"],
        "de": ["Den ganzen Artikel weiterlesen", "Aufklappen und weiterlesen"],
        "fr": ["Poursuivre la lecture de l'article", "Déplier pour lire la suite"],
        "es": ["Seguir leyendo la noticia completa", "Desplegar para leer más"],
        "ru": ["Продолжить чтение статьи", "Развернуть текст полностью"],
    },
    "comments": {
        "en": ["Join the conversation ({n})", "{n} replies – add yours"],
        "tr": ["Tartışmaya katılın ({n})", "{n} yanıt var, siz de yazın"],
        "de": ["Diskutieren Sie mit ({n})", "{n} Antworten – schreiben Sie Ihre"],
        "fr": ["Participer à la discussion ({n})", "{n} réponses – ajoutez la vôtre"],
        "es": ["Participa en el debate ({n})", "{n} respuestas: añade la tuya"],
        "ru": ["Присоединиться к обсуждению ({n})", "Ответов: {n} — добавьте свой"],
    },
    "readtime": {
        "en": ["Reading time: about {m} minutes", "⏱ {m}-minute read"],
        "tr": ["⏱ {m} dakikalık okuma", "Tahmini okuma: {m} dakika"],
        "de": ["⏱ {m} Minuten Lesezeit", "Rund {m} Minuten zum Lesen"],
        "fr": ["⏱ {m} minutes de lecture", "Lecture : {m} min environ"],
        "es": ["⏱ {m} minutos de lectura", "Lectura: {m} min aprox."],
        "ru": ["⏱ {m} мин на чтение", "Читать около {m} минут"],
    },
    "updated": {
        "en": ["Originally published {d}, last updated {t}", "Page updated {t}"],
        "tr": ["İlk yayın {d}; güncelleme {t}", "Sayfa güncellendi: {t}"],
        "de": ["Erstmals veröffentlicht am {d}, aktualisiert um {t}", "Seite aktualisiert: {t} Uhr"],
        "fr": ["Publié pour la première fois le {d}, mis à jour à {t}", "Page actualisée à {t}"],
        "es": ["Publicado originalmente el {d}; actualizado a las {t}", "Página actualizada a las {t}"],
        "ru": ["Впервые опубликовано {d}, обновлено в {t}", "Страница обновлена в {t}"],
    },
    "audio": {
        "en": ["Hear this article read aloud ({m} min)", "Play audio version"],
        "tr": ["Bu haberi sesli dinleyin ({m} dk)", "Sesli sürümü oynat"],
        "de": ["Artikel anhören ({m} Minuten)", "Audioversion abspielen"],
        "fr": ["Écouter la lecture de cet article ({m} min)", "Lancer la version audio"],
        "es": ["Escucha la lectura de esta noticia ({m} min)", "Reproducir la versión en audio"],
        "ru": ["Слушать статью целиком ({m} мин)", "Запустить озвучку текста"],
    },
    "correction": {
        "en": ["Correction: this article originally gave the wrong day for the meeting. It was on Wednesday, not Tuesday.",
               "An earlier version of this report misnamed one of the organisations involved. We apologise for the error."],
        "tr": ["Düzeltme: Haberin önceki sürümünde toplantının salı günü yapıldığı yazıyordu; doğrusu çarşamba."],
        "de": ["Korrektur: In einer ersten Version hieß es, das Treffen sei am Dienstag gewesen. Richtig ist Mittwoch."],
        "fr": ["Rectificatif : une première version de cet article situait la réunion un mardi. Elle a eu lieu un mercredi."],
        "es": ["Rectificación: una versión anterior situaba la reunión el martes; fue el miércoles."],
        "ru": ["Исправление: в первоначальной версии говорилось, что встреча прошла во вторник. Она состоялась в среду."],
    },
    "wireend": {  # agency end markers and desk signatures, as left at the foot of copied wire stories
        "en": ["-30-", "(Writing by the {site} news desk; editing by Alan Crewe)"],
        "tr": ["(SON)", "(Haber: {site} muhabiri; Editör: Ayşe Kılınç)"],
        "de": ["(Ende der Meldung)", "Redaktion: {site}/kle/abe"],
        "fr": ["(FIN DE DÉPÊCHE)", "pbl-ab/cbn"],
        "es": ["(FIN DE LA NOTICIA)", "EFE ajr/mcm"],
        "ru": ["(Окончание сообщения)", "Корреспондент «{site}»; выпускающий редактор А. Громова"],
    },
}
HEADLINES = {
    "en": ["Skate park plans go on display at the library", "Bypass roadworks to last until autumn",
           "Primary school wins national recycling award", "Lifeboat crew called out twice in one night",
           "Farmers' market moves to Saturday mornings"],
    "tr": ["Sahil parkına yeni oyun alanı yapıldı", "Belediye otobüslerinde kartlı sisteme geçiliyor",
           "Mahalle pazarında zabıta denetimi", "Gençlik merkezinde ücretsiz satranç kursu"],
    "de": ["Freibad öffnet mit neuer Rutsche", "Ortsumgehung: Bauarbeiten bis in den Herbst",
           "Grundschule gewinnt Umweltpreis", "Wochenmarkt findet künftig am Kirchplatz statt"],
    "fr": ["Le skatepark sera agrandi cet été", "Travaux de la déviation jusqu'à l'automne",
           "L'école primaire primée pour son potager", "Le marché du samedi change de place"],
    "es": ["El parque de patinaje se ampliará este verano", "Las obras de la variante durarán hasta otoño",
           "Un colegio gana un premio de reciclaje", "El mercadillo se traslada a la plaza del Ayuntamiento"],
    "ru": ["В парке построят скейт-площадку", "Ремонт объездной дороги продлится до осени",
           "Школа победила в конкурсе по раздельному сбору", "Рынок переедет на площадь у администрации"],
}
WEBFLOW = {  # Webflow CMS page: Finsweet cookie banner, post meta, pasted Mailchimp embed, share row, "more" list
    "en": dict(cc_text="We use cookies to understand how visitors use this site and to improve what we publish. You can change your choice at any time.",
               cc_prefs="Choose which cookies", cc_deny="No, thanks", cc_allow="Allow cookies", back="← All stories",
               by="Reporter", published="Published", mc_title="Sign up for the Friday round-up",
               mc_req="indicates a required field", mc_email="Your email", mc_button="Count me in",
               share="Pass it on", more="Fresh from our reporters"),
    "tr": dict(cc_text="Sitemizin nasıl kullanıldığını anlamak ve yayınlarımızı geliştirmek için çerez kullanıyoruz. Tercihinizi dilediğiniz zaman değiştirebilirsiniz.",
               cc_prefs="Çerez seçenekleri", cc_deny="Hayır, teşekkürler", cc_allow="Çerezlere izin ver", back="← Tüm haberler",
               by="Haberi hazırlayan", published="Yayın tarihi", mc_title="Cuma özetine kaydolun",
               mc_req="zorunlu alanı gösterir", mc_email="E-posta adresinizi yazın", mc_button="Beni ekleyin",
               share="Başkalarına iletin", more="Okumaya devam"),
    "de": dict(cc_text="Wir nutzen Cookies, um zu verstehen, wie unsere Seite genutzt wird, und um unser Angebot zu verbessern. Ihre Wahl können Sie jederzeit ändern.",
               cc_prefs="Cookie-Optionen", cc_deny="Nein, danke", cc_allow="Cookies erlauben", back="← Alle Artikel",
               by="Geschrieben von", published="Erschienen", mc_title="Der Freitagsüberblick per E-Mail",
               mc_req="kennzeichnet ein Pflichtfeld", mc_email="Ihre E-Mail", mc_button="Ich bin dabei",
               share="Weitersagen", more="Noch mehr lesen"),
    "es": dict(cc_text="Usamos cookies para entender cómo se usa esta web y mejorar lo que publicamos. Puedes cambiar tu elección cuando quieras.",
               cc_prefs="Opciones de cookies", cc_deny="No, gracias", cc_allow="Permitir cookies", back="← Todas las noticias",
               by="Firma", published="Publicado", mc_title="Apúntate al resumen del viernes",
               mc_req="indica un campo obligatorio", mc_email="Tu correo", mc_button="Me apunto",
               share="Pásalo", more="Más noticias para ti"),
    "ru": dict(cc_text="Мы используем cookie, чтобы понимать, как читатели пользуются сайтом, и делать его лучше. Изменить выбор можно в любой момент.",
               cc_prefs="Настройки cookie", cc_deny="Нет, спасибо", cc_allow="Принять все cookie", back="← Все материалы",
               by="Текст подготовил(а)", published="Дата публикации", mc_title="Пятничный обзор на почту",
               mc_req="обязательное поле", mc_email="Ваша почта", mc_button="Подписаться на обзор",
               share="Расскажите другим", more="Читать ещё"),
}


# residue every page of a template carries inside the article container (as in h8 / h9)
TEMPLATE_FAMILIES = {
    "sanity": ["caption", "newsletter"],   # an image block (caption + credit), a newsletter-signup block
    "blox": ["caption", "ad"],             # in-story photo (caption, byline, "buy" link), in-story ad region with label
    "webflow": ["caption", "newsletter"],  # rich-text image figure (caption + credit), pasted Mailchimp embed
}
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction", "wireend"]
# markup of the generic residue: classed wrappers as many CMSs emit them, and plain <p>/<div> variants as
# left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="embed-blocked" data-consent-category="marketing"><p class="embed-blocked__text">%s</p><button class="embed-blocked__btn" type="button">&#10003;</button></div>',
               '<p class="consent-required">%s</p>', '<p>%s</p>'],
    "newsletter": ['<div class="promo-box promo-box--newsletter"><p>%s</p><a class="promo-box__link" href="/register">→</a></div>',
                   '<p class="meter-message">%s</p>', '<p><b>%s</b></p>', '<div>%s</div>'],
    "share": ['<div class="share-strip"><a class="share-strip__item" href="#">%s</a></div>', '<p class="social-cta">%s</p>',
              '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="image-credit">%s</p>', '<span class="media-source">%s</span>', '<p><small>%s</small></p>'],
    "copyright": ['<p class="legal-line">%s</p>', '<div class="copyright"><small>%s</small></div>', '<p>%s</p>'],
    "section": ['<p class="eyebrow">%s</p>', '<div class="category-flag">%s</div>', '<p><strong>%s</strong></p>'],
    "symbol": ['<p class="ornament">%s</p>', '<div class="hr-glyph">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="byline-extra">%s</p>', '<div class="contributor-note">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="headline-repeat"><b>%s</b></p>', '<h2 class="story-heading">%s</h2>', '<p><strong>%s</strong></p>'],
    "ad": ['<div class="ad-container__label">%s</div>', '<p class="native-ad-label">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="read-full"><a href="#full">%s</a></p>', '<div class="truncate-toggle">%s</div>',
                 '<p><a href="#full">%s</a></p>'],
    "comments": ['<p class="discussion-link"><a href="#discussion">%s</a></p>', '<div class="reply-count">%s</div>',
                 '<p><a href="#discussion">%s</a></p>'],
    "readtime": ['<p class="time-to-read">%s</p>', '<span class="est-reading">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="timestamp-updated"><time>%s</time></p>', '<div class="last-edit">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="listen-widget"><button class="listen-widget__play" aria-label="Play"></button><span class="listen-widget__label">%s</span></div>',
              '<p class="listen-link"><a href="#audio">%s</a></p>', '<p><a href="#audio">%s</a></p>'],
    "correction": ['<aside class="correction-note"><p>%s</p></aside>', '<p class="editors-note"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "wireend": ['<p class="wire-tail">%s</p>', '<div class="agency-sign">%s</div>', '<p>%s</p>'],
}
CAPTION_STYLES = ['<figure class="inline-figure"><img src="/uploads/{id}-inline.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/uploads/{id}-inline.jpg" alt="" width="640"><br><small>{cap} / {cr}</small></p>']
RELATED_STYLES = ['<div class="more-links"><h4>%s</h4><ul>%s</ul></div>',
                  '<aside class="read-next"><p class="read-next__title">%s</p><ul>%s</ul></aside>',
                  '<p><b>%s</b></p>\n<ul>%s</ul>']


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
    used.update(fams)  # balance the generic residue only (template furniture is not counted, so that the
    # generic newsletter / paywall / donation and caption wordings still get drawn on other pages)
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
            lis = "".join('<li><a href="/story/%d">%s</a></li>' % (rng.randint(10000, 99999), E(h)) for h in heads)
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
def wf_block(kind, val):
    """One block of a Webflow rich-text field as Webflow publishes it (bare tags; lists get role="list")."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote>%s</blockquote>" % mp.inline_html(val)
    return '<%s role="list">%s</%s>' % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_webflow(art, ui, site, placed, rng):
    # Webflow site, CMS collection template page ("Posts"): Finsweet cookie-consent banner, w-nav navbar, post
    # header (category link, h1, summary, author, date), hero image, then the "Post Body" rich-text field as one
    # div.w-richtext holding the story as bare <p> / <h2> / <ul role="list"> / <blockquote>; inside it a
    # rich-text image figure (w-richtext-figure-type-image with figcaption: caption and credit) after the opening
    # paragraphs, an empty Webflow line (<p>&zwj;</p>) and, further down, a Mailchimp sign-up form pasted into a
    # custom-code embed (div.w-embed.w-script → #mc_embed_signup); share row and a w-dyn-list "more stories"
    # collection list after the post
    w, lang, n = WEBFLOW[art["lang"]], art["lang"], len(art["blocks"])
    site_id = "%024x" % rng.randint(0, 16**24 - 1)
    page_id = "%024x" % rng.randint(0, 16**24 - 1)
    cdn = "https://cdn.prod.website-files.com/" + site_id
    slots = safe_slots(art, 2) or [n]
    fig_at = slots[0]
    mc_at = next((i for i in slots if i >= max(fig_at + 2, n // 2)), slots[-1])
    img, hero = "%024x" % rng.randint(0, 16**24 - 1), "%024x" % rng.randint(0, 16**24 - 1)
    fig = ('<figure style="max-width:1600px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>'
           '<img src="{cdn}/{img}_{s}.jpg" loading="lazy" alt="{alt}"></div><figcaption>{cap} {cr}</figcaption></figure>').format(
        cdn=cdn, img=img, s=slug(art["caption"])[:40], alt=A(art["caption"]), cap=E(art["caption"]), cr=E(art["credit"]))
    u, lid = "%025x" % rng.randint(0, 16**25 - 1), "%010x" % rng.randint(0, 16**10 - 1)
    mc = ('<div class="w-embed w-script"><div id="mc_embed_shell"><div id="mc_embed_signup">'
          '<form action="https://{h}.us{dc}.list-manage.com/subscribe/post?u={u}&amp;id={lid}&amp;f_id=00{f}e1f0" method="post" '
          'id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" class="validate" target="_blank">'
          '<div id="mc_embed_signup_scroll"><h2>{title}</h2><div class="indicates-required"><span class="asterisk">*</span> {req}</div>'
          '<div class="mc-field-group"><label for="mce-EMAIL">{email} <span class="asterisk">*</span></label>'
          '<input type="email" name="EMAIL" class="required email" id="mce-EMAIL" required="" value=""></div>'
          '<div id="mce-responses" class="clear foot"><div class="response" id="mce-error-response" style="display: none;"></div>'
          '<div class="response" id="mce-success-response" style="display: none;"></div></div>'
          '<div aria-hidden="true" style="position: absolute; left: -5000px;"><input type="text" name="b_{u}_{lid}" tabindex="-1" value=""></div>'
          '<div class="optionalParent"><div class="clear foot"><input type="submit" name="subscribe" id="mc-embedded-subscribe" class="button" value="{btn}">'
          '<p style="margin: 0px auto;"><a href="http://eepurl.com/{ee}" title="Mailchimp - email marketing made easy and fun">'
          '<span style="display: inline-block; background-color: transparent; border-radius: 4px;">'
          '<img class="refferal_badge" src="https://digitalasset.intuit.com/render/content/dam/intuit/mc-fe/en_us/images/intuit-mc-rewards-text-dark.svg" '
          'alt="Intuit Mailchimp" style="width: 220px; height: 40px; display: flex; padding: 2px 0px; justify-content: center; align-items: center;">'
          '</span></a></p></div></div></div></form></div></div>'
          '<script type="text/javascript" src="//s3.amazonaws.com/downloads.mailchimp.com/js/mc-validate.js"></script></div>').format(
        h=slug(site)[:12].replace("-", ""), dc=rng.randint(6, 21), u=u, lid=lid, f=rng.randint(1000, 9999),
        title=E(w["mc_title"]), req=E(w["mc_req"]), email=E(w["mc_email"]), btn=A(w["mc_button"]),
        ee="%s%s" % (chr(rng.randint(97, 122)), "".join(chr(rng.randint(65, 90)) for _ in range(5))))
    placed.setdefault(fig_at, []).append(fig)
    placed.setdefault(mc_at, []).append("<p>\u200d</p>")
    placed.setdefault(mc_at, []).append(mc)
    out = []
    for i, (kind, val) in enumerate(art["blocks"]):
        out.extend(placed.get(i, []))
        out.append(wf_block(kind, val))
    out.extend(placed.get(n, []))
    body = "".join(out)  # Webflow publishes a rich-text field on one line
    d = fmt_date(lang, art["date"])
    nav = "".join('<a href="/%s" class="nav-link w-nav-link">%s</a>' % (slug(x), E(x)) for x in ui["nav"])
    more = "".join(
        '<div role="listitem" class="more-item w-dyn-item w-col w-col-4"><a href="/posts/{s}" class="more-card w-inline-block">'
        '<img src="{cdn}/{h:024x}_{s}.jpg" loading="lazy" alt="" class="more-card__image"><div class="more-card__title">{t}</div></a></div>'.format(
            s=slug(h)[:50], cdn=cdn, h=rng.randint(0, 16**24 - 1), t=E(h)) for h in rng.sample(HEADLINES[lang], 3))
    nets = "".join('<a fs-socialshare-element="{k}" href="#" class="share-button w-inline-block"><img src="{cdn}/{h:024x}_{k}.svg" loading="lazy" alt="{n}"></a>'.format(
        k=n.lower(), n=n, cdn=cdn, h=rng.randint(0, 16**24 - 1)) for n in ("Facebook", "LinkedIn", "WhatsApp"))
    ts = "%x" % rng.randint(16**7, 16**8 - 1)
    extra = ' data-wf-domain="www.%s.example" data-wf-page="%s" data-wf-site="%s" data-wf-collection="%s" data-wf-item-slug="%s"' % (
        slug(site)[:30], page_id, site_id, "%024x" % rng.randint(0, 16**24 - 1), slug(art["title"])[:60])
    return mp.head(art, site, extra).replace("</head>", (
        '<meta content="Webflow" name="generator">\n'
        '<link href="{cdn}/css/{s}.webflow.shared.{ts}.css" rel="stylesheet" type="text/css">\n'
        '<script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script>\n'
        '<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script>\n'
        '</head>').format(cdn=cdn, s=slug(site)[:20], ts=ts)) + f'''<body class="body">
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">{E(w["cc_text"])}</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">{E(w["cc_prefs"])}</a><a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">{E(w["cc_deny"])}</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">{E(w["cc_allow"])}</a></div></div><div fs-cc="interaction" class="fs-cc-banner_trigger"></div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><div class="brand-text">{E(site)}</div></a><nav role="navigation" class="nav-menu w-nav-menu">{nav}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-post"><div class="post-container w-container">
<a href="/posts" class="back-link">{E(w["back"])}</a>
<div class="post-header"><a href="/category/{slug(art["section"])}" class="post-category">{E(art["section"])}</a>
<h1 class="post-title">{E(art["title"])}</h1>
<p class="post-summary">{E(art["sub"])}</p>
<div class="post-meta"><div class="post-meta__author"><div class="post-meta__label">{E(w["by"])}</div><a href="/authors/{slug(art["byline"])}" class="post-meta__link">{E(art["byline"])}</a></div><div class="post-meta__date"><div class="post-meta__label">{E(w["published"])}</div><div class="post-meta__value">{d}</div></div></div></div>
<img src="{cdn}/{hero}_hero.jpg" loading="eager" alt="" sizes="(max-width: 767px) 92vw, 940px" srcset="{cdn}/{hero}_hero-p-500.jpg 500w, {cdn}/{hero}_hero-p-800.jpg 800w, {cdn}/{hero}_hero.jpg 1600w" class="post-hero-image">
<div class="post-body w-richtext">{body}</div>
<div class="post-share"><div class="post-share__label">{E(w["share"])}</div><div class="post-share__buttons">{nets}</div></div>
</div></div>
<div class="section-more"><div class="w-container"><h2 class="section-more__heading">{E(w["more"])}</h2><div class="w-dyn-list"><div role="list" class="more-list w-dyn-items w-row">{more}</div></div></div></div>
<footer class="footer"><div class="footer-container w-container"><div class="footer-brand">{E(site)}</div><div class="footer-links">{"".join('<a href="#" class="footer-link">%s</a>' % E(f) for f in ui["footer"])}</div><div class="footer-copy">© 2025 {E(site)}. {E(ui["rights"])}</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site={site_id}" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="{cdn}/js/webflow.{ts}.js" type="text/javascript"></script>
<script src="https://cdn.jsdelivr.net/npm/@finsweet/attributes-socialshare@1/socialshare.js" defer></script>
</body></html>
'''


NEW_TEMPLATES = {"webflow": tpl_webflow, "blox": mp8.tpl_blox, "sanity": mp7.tpl_sanity, "nextjs": mp2.tpl_nextjs}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    for art in ARTICLES:
        art = dict(art)
        art["blocks"] = mp.parse_body(art["body"])
        rng = random.Random("newsflow-heldout10-" + art["id"])
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
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    old = set()
    for s in _strings([mp.RESIDUE, mp2.R, mp3.R, mp4.R, mp5.R, mp2.READMORE, mp3.READMORE, mp4.READMORE, mp2.LIVE,
                       mp2.BIO, mp3.DRUPAL, mp3.SUBSTACK, mp3.BROADCAST, mp4.GUTENBERG, mp5.SQS, mp5.BRIGHT, mp5.WIRE,
                       mp6.R, mp6.QT, mp6.TYPO3, mp6.BITRIX, mp7.R, mp7.SANITY, mp7.K2, mp8.R, mp8.BLOX, mp9.R,
                       mp.RELATED_HEADLINES, mp2.HEADLINES, mp3.HEADLINES, mp4.HEADLINES, mp5.HEADLINES, mp6.HEADLINES,
                       mp7.HEADLINES, mp8.HEADLINES, mp9.HEADLINES, mp2.SITES, mp3.SITES, mp4.SITES, mp5.SITES,
                       mp6.SITES, mp7.SITES, mp8.SITES, mp9.SITES, mp3.BROADCASTERS]):
        old |= _sentences(s)
    for s in _strings(UI):
        old.add(s.lower().strip())
    for fam, by_lang in R.items():
        for s in _strings(by_lang):
            problems.extend("h10 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("WEBFLOW", WEBFLOW)):
        for s in _strings(obj):
            problems.extend("h10 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # new stories: no paragraph of an earlier part's story
    import articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl  # noqa: E401
    import articles_h4_en, articles_h4_intl, articles_h5_en, articles_h5_intl, articles_h6_en, articles_h6_intl  # noqa: E401
    import articles_h7_en, articles_h7_intl, articles_h8_en, articles_h8_intl, articles_h9_en, articles_h9_intl  # noqa: E401
    seen = set()
    for mod in (articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl,
                articles_h4_en, articles_h4_intl, articles_h5_en, articles_h5_intl, articles_h6_en, articles_h6_intl,
                articles_h7_en, articles_h7_intl, articles_h8_en, articles_h8_intl, articles_h9_en, articles_h9_intl):
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
