#!/usr/bin/env python3
"""Thirty-seventh held-out part (h37-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout37.py           # write pages/h37-*.html
    python benchmarks/data/extraction/make_heldout37.py --check   # verify pages/h37-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout37.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the files of this directory were read; make_heldout38 was written at
the same time by another writer and was not read).  Stories are in articles_h37_en.py / articles_h37_intl.py; the
residue wordings (thirty-four generic families of the earlier parts, and three families placed by subject:
obituary widgets on stories about the death of a local figure -- the condolence-book link, "send flowers", the week's
funeral notices, "place a notice" --, recipe-card furniture on food stories -- jump to the recipe, print it, the
rating stars with their vote count, save / pin, the nutrition box --, and property widgets on housing stories --
homes for sale nearby with their prices, a mortgage calculator, the "get a valuation" prompt), their wrapper class
names, related headlines, site names, the sites' own strings in the earlier layouts and the first-round furniture
strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..36, nor
their labels, furniture strings, headlines or site names; verify() refuses to build if one is reused, if a family
declared new is already in an earlier pool, family list or template family, if a story paragraph or headline of an
earlier part recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  Every name and
number is fictional.
The three subject families are not new to the set, and are not declared new here: they carry the names the earlier
parts gave the same furniture ("condolence", first in make_heldout29; "recipe" and "property", first in
make_heldout32), so that scores stay comparable, and NEW_FAMILIES is empty; what is new is every wording, widget row
and class name.  They are not drawn at random: a page carries them where a real site would (the "carry" field of a
story): condolence widgets on four stories about deaths (a lifeboat coxswain, a village bandmaster, a baker, a
country doctor), recipe widgets on four food stories (a bakery's secret recipe, a cheesemaker, a tarhana contest, a
migas contest), property widgets on four housing stories (homes on a dairy site, a new estate's plots, rents rising,
new flats for families from condemned barracks).  Earlier families that need a reason in the story are placed the
same way (a calendar row on a repair café's dates, a map on a village hall's solar panels, score-centre links on a
football promotion); the other generic families are balanced over the part, leaving out those the page's site would
not print (the story's "kind": a public body, a village or club site, an independent publication on a platform); a
correction box goes only on a story that was corrected, with that story's own wording.  Residue markup varies as on
real pages: classed boxes, bars and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists,
spans and tables, and, for a few families, a line run into the end of a story paragraph or a bold section tag run
into the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps, whole
paragraphs in bold or italics, a highlighted sentence, a paragraph in a coloured box, a fact box holding a subheading
and its list, a Ghost callout card; story structures that look like furniture but are the story: question-and-answer
interviews (bold questions, some of one or two words), lists inside the story (ingredients, steps, dates, figures,
homes), crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs, a closing line
with practical information (funeral times, opening hours, phone numbers), and story sentences that mention furniture
words in ordinary reporting (a biscuit factory's cookies in the first words of a story, a council's and a town hall's
fault-reporting apps with their photos, "was in contact with", "share details", "contacted through the church
office", a farm shop's opening hours at the very end).
One page layout is new (umbraco: an Umbraco 13 site with the Block Grid editor, as a regional newspaper group serves
its titles, on two pages, an English and a German one: the head with the Cookiebot script (data-cbid,
data-blockingmode="auto"), the Smidge-bundled CSS (/sb/<bundle>.css.v<version>) and the Block Grid layout stylesheet,
the group's consent-gated analytics tag and JSON-LD; the body with the document type's classes and the node id; the
group's header partial (the group bar with its sister titles, the logo, the main navigation with its active item,
the search form and the subscribe buttons); the breadcrumb partial; the article header partial (section link, h1,
standfirst, byline, time, reading time) and the hero image with ImageSharp query strings (rmode, width, height,
format, the v cache buster); then the body as the Block Grid renders it (div.umb-block-grid with data-grid-columns
and its CSS custom properties > div.umb-block-grid__layout-container > div.umb-block-grid__layout-item with
data-content-element-type-alias, data-content-element-type-key, data-element-udi, data-col-span and data-row-span,
each holding the site's block partial view: richTextBlock with TinyMCE's output, headingBlock, quoteBlock, a
relatedArticleBlock picked by the editor, an advertBlock, htmlSnippetBlock for what editors pasted as HTML); the
tags and share partial, the related articles, the sidebar (most read, newsletter form with the anti-forgery token);
the group's footer partial; the Cookiebot dialog (div#CybotCookiebotDialog) and the Smidge JS bundle).  The
platform's generic strings (UMB_CORE, per language) are left as developers leave them and not checked; the sites'
own strings (UMBRACO: menus, group bar, buttons, block labels, box titles, footer texts) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h35 or h36 gave it (9 English pages, 3 in each other language); while a page is rendered, the
earlier modules' related headlines, the strings that belong to one site rather than to the platform (see
SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's own, and the
templates get this part's furniture strings (UI37) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout36.py, so that make_pages.py can import this module and merge it the same way.
Standard library only; deterministic (each page's choices are seeded from its id).
"""
import collections
import contextlib
import copy
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
import make_heldout28 as mp28  # noqa: E402
import make_heldout29 as mp29  # noqa: E402
import make_heldout30 as mp30  # noqa: E402
import make_heldout31 as mp31  # noqa: E402
import make_heldout32 as mp32  # noqa: E402
import make_heldout33 as mp33  # noqa: E402
import make_heldout34 as mp34  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h36_en import ARTICLES as H36_EN  # noqa: E402
import make_heldout35 as mp35  # noqa: E402
import make_heldout36 as mp36  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h37_en import ARTICLES as H37_EN  # noqa: E402
from articles_h37_intl import ARTICLES as H37_INTL  # noqa: E402

ARTICLES = H37_EN + H37_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36)
# parts whose layouts' languages this part avoids (the two before it; h38 is written at the same time)
LANG_PARTS = (mp35, mp36)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h37"

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Saltmarsh Weekly Advertiser", "Thornbury Vale Observer", "Dunstall Standard & Times", "Lowther and Eden Chronicle",
           "Upper Dales Mercury", "Ashby Vale Sentinel", "Hexworth Crier", "Northwick Argus & Star"],
    "tr": ["Gölpınar Postası"],
    "de": ["Bevertaler Volksbote"],
    "fr": ["Le Réveil de l'Arve", "L'Orne en Bocage", "Le Courrier du Minervois"],
    "es": ["Heraldo de la Serranía", "Gaceta de Benialgar", "El Pinar al Día"],
    "ru": ["Малоижорский вестник", "Зареченские новости"],
}

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h36 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This podcast player needs your consent to third-party cookies", "Enable social media cookies to see this post ›"],
        "tr": ["Bu podcast oynatıcısı üçüncü taraf çerezlerine onay vermenizi gerektiriyor", "Bu gönderiyi görmek için sosyal medya çerezlerini etkinleştirin ›"],
        "de": ["Dieser Podcast-Player benötigt Ihre Einwilligung in Drittanbieter-Cookies", "Social-Media-Cookies aktivieren, um diesen Beitrag zu sehen ›"],
        "fr": ["Ce lecteur de podcast nécessite votre accord pour les cookies tiers", "Activez les cookies des réseaux sociaux pour voir cette publication ›"],
        "es": ["Este reproductor de pódcast necesita tu permiso para las cookies de terceros", "Activa las cookies de redes sociales para ver esta publicación ›"],
        "ru": ["Для работы подкаст-плеера нужно ваше согласие на сторонние cookie", "Включите cookie социальных сетей, чтобы увидеть эту публикацию ›"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Start your day with {site}: the local headlines in your inbox at 6.30am.",
               "Two of your five free articles this month are left. Unlock everything for 99p a week",
               "Court reporting, council meetings, match reports: none of it is free to produce. Chip in from £3 and keep {site} reporting"],
        "tr": ["Güne {site} ile başlayın: yerel manşetler sabah 6.30'da e-postanızda.",
               "Bu ayki beş ücretsiz haberinizden ikisi kaldı. Haftada 9,90 liraya sınırsız okuyun",
               "Mahkeme, meclis ve maç haberleri kendiliğinden yazılmıyor. 50 liradan başlayan katkınızla {site} haber yapmaya devam etsin"],
        "de": ["Starten Sie mit {site} in den Tag: die lokalen Schlagzeilen um 6.30 Uhr im Postfach.",
               "Von Ihren fünf freien Artikeln in diesem Monat sind noch zwei übrig. Alles lesen für 99 Cent pro Woche",
               "Gerichtsberichte, Ratssitzungen, Spielberichte: nichts davon entsteht umsonst. Unterstützen Sie {site} ab 3 Euro"],
        "fr": ["Commencez la journée avec {site} : les titres locaux dans votre boîte à 6 h 30.",
               "Il vous reste deux des cinq articles offerts ce mois-ci. Accès illimité pour 99 centimes par semaine",
               "Tribunal, conseil municipal, matchs du dimanche : rien de tout cela ne s'écrit gratuitement. Soutenez {site} à partir de 3 €"],
        "es": ["Empieza el día con {site}: los titulares locales en tu correo a las 6.30.",
               "Te quedan dos de las cinco noticias gratuitas de este mes. Acceso ilimitado por 99 céntimos a la semana",
               "Juzgados, plenos y partidos del domingo: nada de eso se escribe gratis. Apoya a {site} desde 3 €"],
        "ru": ["Начинайте день с «{site}»: местные новости в вашей почте в 6:30.",
               "Из пяти бесплатных статей этого месяца у вас осталось две. Безлимитный доступ — 49 рублей в неделю",
               "Суды, сессии депутатов, матчи выходного дня — ничего из этого не пишется бесплатно. Поддержите «{site}» — от 150 рублей"],
    },
    "share": {  # the first wording is a list of networks (" · ")
        "en": ["Send this story: WhatsApp · Messenger · Bluesky · Copy link", "Know someone affected? Forward them this article"],
        "tr": ["Haberi gönderin: WhatsApp · Messenger · Bluesky · Bağlantıyı kopyala", "Etkilenen birini mi tanıyorsunuz? Bu haberi ona iletin"],
        "de": ["Artikel senden: WhatsApp · Messenger · Bluesky · Link kopieren", "Kennen Sie Betroffene? Leiten Sie ihnen diesen Artikel weiter"],
        "fr": ["Envoyer l'article : WhatsApp · Messenger · Bluesky · Copier le lien", "Vous connaissez quelqu'un de concerné ? Transférez-lui cet article"],
        "es": ["Enviar la noticia: WhatsApp · Messenger · Bluesky · Copiar enlace", "¿Conoces a alguien afectado? Reenvíale esta noticia"],
        "ru": ["Отправить материал: Telegram · WhatsApp · ВКонтакте · Скопировать ссылку", "Знаете, кого это касается? Перешлите им эту статью"],
    },
    "photo": {
        "en": ["Photograph lent to us by the family", "Photograph sent in by a reader"],
        "tr": ["Görsel ailenin izniyle kullanılmıştır", "Fotoğrafı bir okurumuz gönderdi"],
        "de": ["Bild mit freundlicher Genehmigung der Familie", "Foto von einem Leser eingesandt"],
        "fr": ["Photo avec l'aimable autorisation de ses proches", "Cliché envoyé par un lecteur"],
        "es": ["Imagen cedida por sus allegados", "Fotografía enviada por un lector"],
        "ru": ["Фото любезно предоставлено родственниками", "Снимок прислал в редакцию наш читатель"],
    },
    "copyright": {
        "en": ["All content copyright {site}. Reuse of our articles requires a licence."],
        "tr": ["Tüm içeriklerin telif hakları saklıdır: {site}. Haberlerimizin yeniden kullanımı lisansa tabidir."],
        "de": ["Alle Inhalte urheberrechtlich geschützt: {site}. Die Weiterverwendung unserer Artikel ist lizenzpflichtig."],
        "fr": ["Tous les contenus sont la propriété de {site}. Toute réutilisation de nos articles est soumise à licence."],
        "es": ["Todos los contenidos son propiedad de {site}. Reutilizar nuestras noticias requiere licencia."],
        "ru": ["Все материалы принадлежат «{site}». Использование статей возможно только по лицензии."],
    },
    "section": {  # the first wording is the short tag an editor types at the start of a story
        "en": ["{section} update", "Browse more in {section} ›"],
        "tr": ["{section} gündemi", "{section} sayfasında daha fazlası ›"],
        "de": ["{section} aktuell", "Mehr aus {section} entdecken ›"],
        "fr": ["{section} en bref", "Parcourir la rubrique {section} ›"],
        "es": ["{section} al minuto", "Más noticias de la sección {section} ›"],
        "ru": ["{section}: коротко", "Больше материалов в разделе «{section}» ›"],
    },
    "related": {
        "en": ["Worth a read while you're here", "Also making news nearby"],
        "tr": ["Buradayken bunlara da göz atın", "Yakınlarda gündemde olanlar"],
        "de": ["Wenn Sie schon hier sind, lesen Sie auch", "Was sonst in der Nähe los ist"],
        "fr": ["D'autres articles du même coin de pays", "Ailleurs dans le secteur"],
        "es": ["Más historias de esta misma comarca", "También es noticia por aquí cerca"],
        "ru": ["Другие истории из наших мест", "Что ещё происходит по соседству"],
    },
    "symbol": {"*": ["❖ ❖ ❖ ❖", "⋆ ⋆ ⋆ ⋆ ⋆", "—— ◦ ——", "= = ="]},
    "credit": {
        "en": ["Extra reporting by the {site} villages desk", "Filmed and edited by the {site} video unit"],
        "tr": ["{site} köy muhabirliğinin ek katkılarıyla", "Çekim ve kurgu: {site} video birimi"],
        "de": ["Mitarbeit: Lokaldesk von {site}", "Gedreht und geschnitten von der Videoredaktion von {site}"],
        "fr": ["Avec la contribution du pôle local de {site}", "Tournage et montage : cellule vidéo de {site}"],
        "es": ["Colabora: mesa local de {site}", "Grabación y montaje: unidad de vídeo de {site}"],
        "ru": ["При участии отдела местных новостей «{site}»", "Съёмка и монтаж: видеослужба «{site}»"],
    },
    "ad": {
        "en": ["Paid-for content from a local partner", "The article continues below this advert"],
        "tr": ["Ücretli iş birliği", "Haber bu reklamın altında devam ediyor"],
        "de": ["Bezahlter Inhalt eines regionalen Partners", "Der Artikel geht unter dieser Werbung weiter"],
        "fr": ["Partenariat rémunéré", "L'article continue sous cette publicité"],
        "es": ["Colaboración pagada", "La noticia continúa debajo de este anuncio"],
        "ru": ["Оплаченный материал местного партнёра", "Статья продолжается под рекламой"],
    },
    "continue": {
        "en": ["There's more to this story – read on ↓", "Expand the article to read it all"],
        "tr": ["Haberin devamı aşağıda – okumayı sürdürün ↓", "Haberin hepsini okumak için genişletin"],
        "de": ["Der Artikel geht noch weiter – hier entlang ↓", "Artikel aufklappen und ganz lesen"],
        "fr": ["L'article ne s'arrête pas là – lire la suite ↓", "Déplier l'article pour tout lire"],
        "es": ["La noticia sigue – continúa aquí ↓", "Despliega la noticia para leerla entera"],
        "ru": ["Это ещё не всё — читайте ниже ↓", "Развернуть статью и дочитать"],
    },
    "comments": {
        "en": ["{n} readers' comments · add yours", "See what readers are saying ({n}) ›"],
        "tr": ["{n} okur yorumu · sizinkini ekleyin", "Okurlar ne diyor? ({n}) ›"],
        "de": ["{n} Kommentare · mitreden", "Das sagen die Leser ({n}) ›"],
        "fr": ["{n} réactions de lecteurs · ajoutez la vôtre", "Ce qu'en disent les lecteurs ({n}) ›"],
        "es": ["{n} comentarios · opina", "Lo que dicen los lectores ({n}) ›"],
        "ru": ["{n} комментариев · высказаться", "Что говорят читатели ({n}) ›"],
    },
    "readtime": {
        "en": ["Reading this will take you {m} minutes or so", "≈ {m} min to read this story"],
        "tr": ["Bu haberi okumanız {m} dakika kadar sürer", "Haberin okunma süresi ≈ {m} dk"],
        "de": ["Für diesen Artikel brauchen Sie etwa {m} Minuten", "≈ {m} Min. für diesen Text"],
        "fr": ["Comptez {m} minutes environ pour lire cet article", "≈ {m} min pour cet article"],
        "es": ["Leer esta noticia te ocupará unos {m} minutos", "≈ {m} min para esta noticia"],
        "ru": ["На чтение этого материала уйдёт минуты {m}", "≈ {m} мин на этот текст"],
    },
    "updated": {
        "en": ["This version: {d}, {t}", "Published {d} · amended at {t}"],
        "tr": ["Bu sürüm: {d}, saat {t}", "Yayın: {d} · düzenleme saati {t}"],
        "de": ["Stand: {d}, {t} Uhr (aktualisierte Fassung)", "Veröffentlicht am {d} · geändert um {t} Uhr"],
        "fr": ["Version actualisée le {d}, à {t}", "Paru le {d} · modifié à {t}"],
        "es": ["Versión actualizada: {d}, {t} h", "Publicada el {d} · modificada a las {t}"],
        "ru": ["Актуальная версия от {d}, {t}", "Опубликовано {d} · изменено в {t}"],
    },
    "audio": {
        "en": ["▶ Hear this story read aloud ({m} min)", "Audio version generated automatically"],
        "tr": ["▶ Haberi sesli olarak dinleyin, süre {m} dk", "Sesli sürüm otomatik olarak oluşturuldu"],
        "de": ["▶ Artikel vorlesen: {m} Minuten", "Audiofassung automatisch erzeugt"],
        "fr": ["▶ Se faire lire cet article ({m} min)", "Version audio générée automatiquement"],
        "es": ["▶ Dale al play y escucha la noticia ({m} min)", "Versión en audio generada automáticamente"],
        "ru": ["▶ Послушать этот материал ({m} мин)", "Аудиоверсия создана автоматически"],
    },
    "correction": {
        "en": ["This story was corrected after publication."],
        "tr": ["Bu haber yayımlandıktan sonra düzeltildi."],
        "de": ["Dieser Artikel wurde nach Erscheinen korrigiert."],
        "fr": ["Cet article a été corrigé après sa parution."],
        "es": ["Esta noticia se corrigió tras su publicación."],
        "ru": ["Материал был исправлен после публикации."],
    },
    "app": {
        "en": ["Breaking local news on your phone: install the {site} app", "The {site} app is free on iOS and Android ›"],
        "tr": ["Son dakika yerel haberler telefonunuzda: {site} uygulamasını yükleyin", "{site} uygulaması iOS ve Android'de ücretsiz ›"],
        "de": ["Lokale Eilmeldungen aufs Handy: Installieren Sie die App von {site}", "Die App von {site} gibt es kostenlos für iOS und Android ›"],
        "fr": ["L'info locale en direct sur votre téléphone : installez l'appli {site}", "L'application {site} est gratuite sur iOS et Android ›"],
        "es": ["Última hora local en tu móvil: instala la app de {site}", "La app de {site} es gratis en iOS y Android ›"],
        "ru": ["Срочные местные новости в телефоне: установите приложение «{site}»", "Приложение «{site}» бесплатно для iOS и Android ›"],
    },
    "bio": {
        "en": ["{by} covers {section} for {site} and can be reached through the newsdesk", "Read everything by {by} ›"],
        "tr": ["{by}, {site} için {section} haberlerini izliyor; kendisine haber merkezimiz aracılığıyla ulaşabilirsiniz", "{by} tarafından yazılan her şey ›"],
        "de": ["{by} berichtet für {site} über {section} und ist über den Newsdesk erreichbar", "Sämtliche Texte von {by} ›"],
        "fr": ["{by} couvre la rubrique {section} pour {site} et répond aux lecteurs via la rédaction", "Tout lire de {by} ›"],
        "es": ["{by} cubre {section} en {site} y atiende a los lectores a través de la redacción", "Todo lo escrito por {by} ›"],
        "ru": ["{by} пишет в рубрику «{section}» для «{site}», связаться можно через редакцию", "Все тексты автора: {by} ›"],
    },
    "tip": {
        "en": ["Witnessed something in your street? WhatsApp the {site} newsroom on 07700 900 552", "Email what you know about this story to tips@example.org"],
        "tr": ["Sokağınızda bir şeye mi tanık oldunuz? {site} haber merkezine WhatsApp'tan yazın: 0530 000 05 52", "Bu haberle ilgili bildiklerinizi ihbar@example.org adresine gönderin"],
        "de": ["Etwas in Ihrer Straße beobachtet? Schreiben Sie der Redaktion von {site} per WhatsApp: 0170 0000552", "Was Sie zu diesem Artikel wissen, bitte an hinweise@example.org"],
        "fr": ["Témoin d'un événement dans votre rue ? Écrivez à la rédaction de {site} sur WhatsApp au 06 00 00 05 52", "Ce que vous savez sur ce sujet, envoyez-le à infos@example.org"],
        "es": ["¿Has visto algo en tu calle? Escribe a la redacción de {site} por WhatsApp al 600 000 552", "Cuéntanos lo que sepas de esta noticia en avisos@example.org"],
        "ru": ["Стали свидетелем чего-то на своей улице? Напишите в редакцию «{site}» в WhatsApp: +7 900 000-05-52", "Всё, что знаете об этой истории, присылайте на tips@example.org"],
    },
    "typo": {
        "en": ["Found a mistake in this article? Select the text and press Ctrl+Enter to tell us"],
        "tr": ["Bu haberde bir yanlışlık mı var? Metni seçip Ctrl+Enter ile bize bildirin"],
        "de": ["Fehler im Artikel gefunden? Text auswählen und mit Strg+Enter melden"],
        "fr": ["Une faute dans cet article ? Sélectionnez le texte et signalez-la avec Ctrl+Entrée"],
        "es": ["¿Un fallo en esta noticia? Selecciona el texto y avísanos con Ctrl+Intro"],
        "ru": ["Нашли ошибку в тексте? Выделите фрагмент и сообщите нам через Ctrl+Enter"],
    },
    "push": {
        "en": ["Let {site} send you alerts for big local stories? Yes please · Not now"],
        "tr": ["{site} bildirimlerini açmak ister misiniz? Evet, lütfen · Şimdi değil"],
        "de": ["Benachrichtigungen von {site} einschalten? Ja, gern · Jetzt nicht"],
        "fr": ["Recevoir les alertes de {site} pour les grosses infos locales ? Oui, volontiers · Pas maintenant"],
        "es": ["¿Quieres que {site} te avise de las grandes noticias locales? Sí, claro · Ahora no"],
        "ru": ["Включить уведомления «{site}»? Да, конечно · Не сейчас"],
    },
    "print": {
        "en": ["Print · Send by email · Download PDF", "Printer-friendly version of this story"],
        "tr": ["Yazdır · E-postayla gönder · PDF indir", "Haberin yazıcı dostu sürümü"],
        "de": ["Drucken · Per E-Mail senden · PDF herunterladen", "Druckansicht dieses Artikels"],
        "fr": ["Imprimer · Envoyer par courriel · Télécharger le PDF", "Mise en page de l'article pour l'impression"],
        "es": ["Imprimir · Enviar por correo · Descargar PDF", "Versión para imprimir de la noticia"],
        "ru": ["Печать · Отправить по почте · Скачать PDF", "Материал в формате для печати на принтере"],
    },
    "moderation": {
        "en": ["All comments are read by a moderator before they go live. Personal attacks will be removed."],
        "tr": ["Tüm yorumlar yayımlanmadan önce bir moderatör tarafından okunur. Kişisel saldırılar silinir."],
        "de": ["Alle Kommentare werden vor der Freischaltung von der Moderation gelesen. Persönliche Angriffe werden gelöscht."],
        "fr": ["Chaque commentaire est lu par un modérateur avant publication. Les attaques personnelles seront supprimées."],
        "es": ["Un moderador lee todos los comentarios antes de publicarlos. Se eliminarán los ataques personales."],
        "ru": ["Все комментарии читает модератор перед публикацией. Переход на личности модератор удаляет без предупреждения."],
    },
    "feedback": {
        "en": ["Did this article tell you what you needed to know? It did · It didn't"], "tr": ["Bu haber aradığınız bilgiyi verdi mi? Verdi · Vermedi"],
        "de": ["Hat Ihnen dieser Artikel weitergeholfen? Sehr · Geht so · Gar nicht"], "fr": ["Qu'avez-vous pensé de la clarté de cet article ? Très clair · Moyen · Confus"],
        "es": ["¿Qué te ha parecido la claridad de esta noticia? Muy clara · Normal · Confusa"], "ru": ["Насколько понятно написан этот материал? Понятно · Так себе · Непонятно"],
    },
    "standards": {
        "en": ["{site} is regulated under the Editors' Code; complaints about this story go to our standards team"],
        "tr": ["{site} Basın Meslek İlkeleri'ne bağlıdır; bu haberle ilgili şikâyetler yayın ilkeleri ekibimize iletilir"],
        "de": ["{site} arbeitet nach den publizistischen Grundsätzen des Presserats. Beschwerden nimmt unser Qualitätsteam entgegen."],
        "fr": ["{site} applique la charte de déontologie des journalistes. Les réclamations sont à adresser à notre service qualité."],
        "es": ["{site} cumple el código deontológico periodístico; las quejas sobre esta noticia las atiende nuestro equipo de calidad"],
        "ru": ["«{site}» работает по кодексу профессиональной этики; жалобы на этот материал рассматривает служба качества"],
    },
    "topics": {
        "en": ["Topics in this story: {section}, community", "Follow the topic {section} ›"],
        "tr": ["Bu haberin konuları: {section}, yaşam", "{section} konusunu takip edin ›"],
        "de": ["Themen in diesem Artikel: {section}, Leben vor Ort", "Dem Thema {section} folgen ›"],
        "fr": ["Thèmes de cet article : {section}, vie locale", "Suivre le thème {section} ›"],
        "es": ["Temas de esta noticia: {section}, vida local", "Seguir el tema {section} ›"],
        "ru": ["Темы материала: {section}, жизнь района", "Подписаться на тему «{section}» ›"],
    },
    "bookmark": {
        "en": ["🔖 Add to my reading list"], "tr": ["🔖 Okuma listeme ekle"], "de": ["🔖 Zur Leseliste hinzufügen"],
        "fr": ["🔖 Ajouter à ma liste de lecture"], "es": ["🔖 Añadir a mi lista de lectura"], "ru": ["🔖 Добавить в список для чтения"],
    },
    "poll": {
        "en": ["Have your say: is this the right call? I agree · I disagree · Undecided", "Vote to see what other readers think"],
        "tr": ["Görüşünüz: bu doğru bir karar mı? Katılıyorum · Katılmıyorum · Kararsızım", "Diğer okurların ne düşündüğünü görmek için oy verin"],
        "de": ["Ihre Meinung: Ist das die richtige Entscheidung? Stimme zu · Stimme nicht zu · Unentschieden", "Abstimmen und sehen, was andere Leser denken"],
        "fr": ["Votre avis : est-ce la bonne décision ? J'approuve · Je désapprouve · Indécis", "Votez pour voir ce que pensent les autres lecteurs"],
        "es": ["Tu opinión: ¿es la decisión correcta? Lo apruebo · No lo apruebo · Indeciso", "Vota para ver qué opinan otros lectores"],
        "ru": ["Ваше мнение: это правильное решение? Поддерживаю · Не поддерживаю · Пока не решил", "Проголосуйте, чтобы увидеть мнение других читателей"],
    },
    "embed": {
        "en": ["Open {handle}'s Instagram post in a new tab", "Play {handle}'s clip (opens YouTube)"],
        "tr": ["{handle} Instagram gönderisini yeni sekmede açın", "{handle} klibini oynatın (YouTube açılır)"],
        "de": ["Instagram-Post von {handle} in neuem Tab öffnen", "Clip von {handle} abspielen (öffnet YouTube)"],
        "fr": ["Ouvrir la publication Instagram de {handle} dans un nouvel onglet", "Lire le clip de {handle} (ouvre YouTube)"],
        "es": ["Abrir la publicación de Instagram de {handle} en otra pestaña", "Reproducir el clip de {handle} (abre YouTube)"],
        "ru": ["Открыть пост {handle} в Instagram в новой вкладке", "Воспроизвести ролик {handle} (откроется YouTube)"],
    },
    "gallery": {
        "en": ["Open the photo gallery ({g} images)", "🖼 Swipe through {g} more photos"],
        "tr": ["Fotoğraf galerisini açın ({g} görsel)", "🖼 {g} fotoğraf daha görmek için kaydırın"],
        "de": ["Bildergalerie öffnen ({g} Bilder)", "🖼 Durch {g} weitere Fotos wischen"],
        "fr": ["Ouvrir la galerie photo ({g} images)", "🖼 Faites défiler {g} autres photos"],
        "es": ["Abrir la galería de fotos ({g} imágenes)", "🖼 Desliza para ver {g} fotos más"],
        "ru": ["Открыть фотогалерею ({g} снимков)", "🖼 Листайте: ещё {g} фотографий"],
    },
    "map": {
        "en": ["Open this location in a map app ›", "© OpenStreetMap contributors · Route planner"],
        "tr": ["Konumu harita uygulamasında açın ›", "© OpenStreetMap katkıcıları · Rota planlayıcı"],
        "de": ["Ort in einer Karten-App öffnen ›", "© OpenStreetMap-Mitwirkende · Routenplaner"],
        "fr": ["Ouvrir ce lieu dans une application de cartes ›", "© les contributeurs d'OpenStreetMap · Calcul d'itinéraire"],
        "es": ["Abrir esta ubicación en una app de mapas ›", "© colaboradores de OpenStreetMap · Planificador de rutas"],
        "ru": ["Открыть место в приложении карт ›", "© участники OpenStreetMap · Проложить маршрут"],
    },
    "calendar": {
        "en": ["Pop these dates in your calendar: Google · Outlook · Apple", "Download the dates as a calendar file"],
        "tr": ["Bu tarihleri takviminize işleyin: Google · Outlook · Apple", "Tarihleri takvim dosyası olarak indirin"],
        "de": ["In den Terminkalender eintragen: Google · Outlook · iCal", "Termine als Kalenderdatei herunterladen"],
        "fr": ["Noter dans votre agenda : Google · Outlook · iCal", "Télécharger les dates en fichier agenda"],
        "es": ["Guarda estas fechas en tu calendario: Google · Outlook · Apple", "Descarga las fechas en un archivo de calendario"],
        "ru": ["Внести в свой календарь: Google · Outlook · iCal", "Скачать даты файлом календаря"],
    },
    "scores": {
        "en": ["Live scores and league tables ›", "Fixtures · Results · Table · Stats"],
        "tr": ["Canlı skorlar ve puan durumu ›", "Fikstür · Sonuçlar · Puan durumu · İstatistik"],
        "de": ["Liveticker und Tabellen ›", "Spiele · Ergebnisse · Tabelle · Statistik"],
        "fr": ["Scores en direct et classements ›", "Matchs · Résultats · Classement · Statistiques"],
        "es": ["Marcadores en directo y clasificaciones ›", "Partidos · Resultados · Clasificación · Estadísticas"],
        "ru": ["Онлайн-счёт и турнирные таблицы ›", "Матчи · Результаты · Таблица · Статистика"],
    },
    # the three families placed by subject (named as in make_heldout29 / make_heldout32; every wording is new)
    "condolence": {  # obituary widgets: the condolence book, flowers, the week's funeral notices, placing a notice
        "en": ["Sign the book of condolence ›", "Send flowers · Order a wreath · Find a local florist",
               "Funeral notices this week", "Place a death or funeral notice in {site} ›"],
        "tr": ["Taziye defterini imzalayın ›", "Çiçek gönderin · Çelenk siparişi · Yakındaki çiçekçiler",
               "Bu haftanın vefat ve cenaze ilanları", "Vefat ilanınızı {site} üzerinden verin ›"],
        "de": ["Ins Kondolenzbuch eintragen ›", "Blumen senden · Kranz bestellen · Floristen in der Nähe",
               "Traueranzeigen dieser Woche", "Eine Traueranzeige in {site} aufgeben ›"],
        "fr": ["Signer le livre de condoléances ›", "Envoyer des fleurs · Commander une couronne · Fleuristes à proximité",
               "Avis de décès de la semaine", "Publier un avis de décès dans {site} ›"],
        "es": ["Firmar el libro de condolencias ›", "Enviar flores · Encargar una corona · Floristerías cercanas",
               "Esquelas de esta semana", "Publicar una esquela en {site} ›"],
        "ru": ["Оставить запись в книге соболезнований ›", "Отправить цветы · Заказать венок · Цветочные магазины рядом",
               "Некрологи и объявления этой недели", "Разместить некролог в газете «{site}» ›"],
    },
    "recipe": {  # recipe-card furniture: skip to the card, print it, stars and votes, save / pin, nutrition box
        "en": ["Skip to the recipe card ↓", "Print this recipe card", "★★★★☆ 4.7 from {n} votes",
               "Save to your recipe box · Pin it", "Nutrition per serving"],
        "tr": ["Tarif kartına geçin ↓", "Bu tarif kartını yazdırın", "★★★★☆ {n} oyla 4,7 puan",
               "Tarif kutunuza kaydedin · Pinleyin", "Porsiyon başına besin değerleri"],
        "de": ["Direkt zur Rezeptkarte ↓", "Diese Rezeptkarte drucken", "★★★★☆ 4,7 bei {n} Stimmen",
               "In der Rezeptsammlung speichern · Pinnen", "Nährwerte pro Portion"],
        "fr": ["Aller directement à la fiche recette ↓", "Imprimer cette fiche recette", "★★★★☆ 4,7 sur {n} votes",
               "Ajouter à mon carnet de recettes · Épingler", "Valeurs nutritionnelles par portion"],
        "es": ["Saltar a la ficha de la receta ↓", "Imprimir esta ficha de receta", "★★★★☆ 4,7 con {n} votos",
               "Guardar en mi recetario · Pinear", "Información nutricional por ración"],
        "ru": ["Сразу к карточке рецепта ↓", "Распечатать карточку рецепта", "★★★★☆ 4,7 — {n} голосов",
               "Сохранить в мою книгу рецептов · Закрепить", "Пищевая ценность на порцию"],
    },
    "property": {  # property widgets: homes for sale nearby, a mortgage calculator, the valuation prompt
        "en": ["Homes for sale in the area", "Work out your monthly mortgage payments",
               "Thinking of moving? Book a free valuation with a local agent ›"],
        "tr": ["Bölgedeki satılık evler", "Aylık konut kredisi taksitlerinizi hesaplayın",
               "Taşınmayı mı düşünüyorsunuz? Yerel bir emlakçıdan ücretsiz ekspertiz randevusu alın ›"],
        "de": ["Immobilien zum Kauf in der Umgebung", "Monatliche Kreditrate berechnen",
               "Sie wollen verkaufen? Jetzt kostenlose Wertermittlung beim Makler vor Ort vereinbaren ›"],
        "fr": ["Biens à vendre dans le secteur", "Calculez vos mensualités de prêt immobilier",
               "Vous pensez vendre ? Prenez rendez-vous pour une estimation gratuite avec une agence locale ›"],
        "es": ["Viviendas en venta en la zona", "Calcula la cuota mensual de tu hipoteca",
               "¿Piensas vender? Pide una valoración gratuita a una inmobiliaria de la zona ›"],
        "ru": ["Квартиры и дома на продажу в районе", "Рассчитайте ежемесячный платёж по ипотеке",
               "Думаете о продаже? Закажите бесплатную оценку у местного агентства ›"],
    },
}
# the wording each markup of a subject family prints (by the markup's index in STYLES): the condolence-book link, the
# florists' links as a list, the notices box headed by its own title, the "place a notice" link; the recipe card's
# skip link, the print button (the card's tools, with the star rating and its vote count), the save / pin list, the
# nutrition table caption; the homes-for-sale box and table
# headed by their title, the calculator box, the valuation link
SUBJECT_STYLE_WORDING = {"condolence": [0, 1, 2, 3], "recipe": [0, 1, 3, 4], "property": [0, 1, 2, 0]}
SUBJECT_FAMILIES = ["condolence", "recipe", "property"]
# the week's funeral notices an obituary widget lists (fictional): name, age, place
NOTICE_ROWS = {
    "en": ["Margaret Ellen Sowerby, 91, Skelby", "Raymond Tuke, 78, Calder Bridge", "Doreen Ackroyd, 84, Hollin Brow"],
    "tr": ["Hüseyin Karakaya (81), Akçakavak", "Naciye Bozdoğan (76), Gölpınar", "Ramazan Uçar (69), Kozluca"],
    "de": ["Elisabeth Große-Wilde, 88, Ostbevern", "Bernhard Kötting, 79, Telgte-Raestrup", "Hildegard Schmedt, 92, Brock"],
    "fr": ["Marcelle Duparc, 89 ans, Cluses", "Albert Gaillard, 81 ans, Marnaz", "Yvette Perrollaz, 94 ans, Thyez"],
    "es": ["Pilar Monteagudo Ruiz (87 años), Aldaia del Pinar", "Anselmo Cuenca Lahoz (79 años), Villar de la Hoz", "Felisa Ortí Mas (92 años), Benialgar"],
    "ru": ["Кудрявцева Зинаида Павловна, 1938–2026", "Ермолаев Борис Иванович, 1944–2026", "Сизова Клавдия Егоровна, 1935–2026"],
}
# a recipe card's nutrition box: nutrient, amount
NUTRITION_ROWS = {
    "en": [("Energy", "312 kcal"), ("Fat", "14 g"), ("Sugars", "19 g"), ("Salt", "0.4 g")],
    "tr": [("Enerji", "312 kcal"), ("Yağ", "14 g"), ("Şeker", "19 g"), ("Tuz", "0,4 g")],
    "de": [("Brennwert", "312 kcal"), ("Fett", "14 g"), ("Zucker", "19 g"), ("Salz", "0,4 g")],
    "fr": [("Énergie", "312 kcal"), ("Matières grasses", "14 g"), ("Sucres", "19 g"), ("Sel", "0,4 g")],
    "es": [("Valor energético", "312 kcal"), ("Grasas", "14 g"), ("Azúcares", "19 g"), ("Sal", "0,4 g")],
    "ru": [("Калорийность", "312 ккал"), ("Жиры", "14 г"), ("Сахара", "19 г"), ("Соль", "0,4 г")],
}
# a property widget's homes for sale (fictional agents' listings): home, price
HOME_ROWS = {
    "en": [("2 bed terrace, Wellgate", "£164,995"), ("3 bed semi, Moorside Drive", "£239,000"), ("4 bed detached, Clough Lane", "£389,950")],
    "tr": [("2+1 daire, İstasyon Mahallesi", "2.450.000 TL"), ("3+1 bahçeli daire, Yeni Mahalle", "3.390.000 TL"), ("Dubleks, Bahçelievler", "5.750.000 TL")],
    "de": [("Doppelhaushälfte, Am Pöppelsbach", "329.000 €"), ("Baugrundstück 512 m², Erwitzen-Nord", "141.000 €"), ("Bungalow, Kirchweg", "284.500 €")],
    "fr": [("Maison de village 3 pièces, centre", "168 000 €"), ("Pavillon 5 pièces, Les Vernes", "274 000 €"), ("Appartement T3, quartier de la gare", "142 500 €")],
    "es": [("Piso de 3 habitaciones, San Roque", "118.000 €"), ("Adosado con patio, El Ejido", "165.000 €"), ("Ático, calle Real", "139.500 €")],
    "ru": [("Однокомнатная квартира, 36 м², на Новой улице", "2,1 млн ₽"), ("Двухкомнатная квартира, 52 м², центр", "3,4 млн ₽"), ("Дом 110 м², участок 8 соток", "5,6 млн ₽")],
}
HEADLINES = {
    "en": ["Level crossing barriers to be replaced after three faults in a month", "Allotment waiting list falls below 100 for the first time",
           "Town's oldest pub changes hands for the first time since 1962", "New zebra crossing promised outside Brookfield Infants",
           "Cinema to show silent films with a live organist this winter", "Rugby club's new clubhouse opens after fire"],
    "tr": ["Hemzemin geçit bariyerleri bir ayda üç arızanın ardından yenilenecek", "Hobi bahçesi bekleme listesi ilk kez 100'ün altına indi",
           "İlçenin en eski kahvehanesi 1962'den beri ilk kez el değiştirdi", "İlkokulun önüne yeni yaya geçidi sözü",
           "Sinema bu kış sessiz filmleri canlı müzikle gösterecek", "Yangından sonra spor kulübünün yeni lokali açıldı"],
    "de": ["Schranken am Bahnübergang werden nach drei Störungen ausgetauscht", "Warteliste für Kleingärten erstmals unter 100",
           "Älteste Kneipe der Stadt wechselt erstmals seit 1962 den Besitzer", "Neuer Zebrastreifen vor der Grundschule zugesagt",
           "Kino zeigt im Winter Stummfilme mit Live-Orgel", "Rugbyverein eröffnet neues Vereinsheim nach dem Brand"],
    "fr": ["Les barrières du passage à niveau seront changées après trois pannes", "La liste d'attente des jardins familiaux passe sous les 100",
           "Le plus vieux bistrot de la ville change de mains pour la première fois depuis 1962", "Un passage piéton promis devant l'école maternelle",
           "Le cinéma projettera des films muets accompagnés à l'orgue cet hiver", "Le club de rugby inaugure son nouveau club-house après l'incendie"],
    "es": ["Cambiarán las barreras del paso a nivel tras tres averías en un mes", "La lista de espera de los huertos urbanos baja de cien",
           "El bar más antiguo del pueblo cambia de dueño por primera vez desde 1962", "Prometen un paso de cebra frente al colegio infantil",
           "El cine proyectará este invierno películas mudas con órgano en directo", "El club de rugby estrena sede social tras el incendio"],
    "ru": ["Шлагбаумы на переезде заменят после трёх поломок за месяц", "Очередь на садовые участки впервые стала меньше ста человек",
           "Старейшее кафе города впервые с 1962 года сменило владельца", "У детского сада обещают сделать пешеходный переход",
           "Зимой в кинотеатре покажут немое кино под живой орган", "Регбийный клуб открыл новое здание после пожара"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["ru"]
TEASERS = {
    "ru": ["Железная дорога обещает закончить работы к концу месяца.",
           "Садоводческое товарищество раздало 40 участков за весну.",
           "Новый хозяин обещает сохранить вывеску и старое меню.",
           "Разметку нанесут до начала учебного года.",
           "За органом будет сидеть выпускница консерватории Ирина Белоусова.",
           "Старое здание сгорело в марте прошлого года."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["News from your town", "Villages and the valley", "Council, courts and crime", "Business and farming", "Matchday and results", "Days out across the dale", "Comment and letters"],
               cookie="This site uses cookies and similar technologies, including those of our advertising partners, to keep it running, to understand how it is used and to show you relevant ads. You can change your choice at any time in the privacy settings.",
               accept="Happy with that, accept", reject="Reject non-essential", share="Forward this article to a friend or neighbour",
               related="Also published this afternoon", newsletter="Our free daily email, sent every morning",
               subscribe="Put me on the mailing list", email="name@example-inbox.example",
               comment_note="Sign in or register to comment on this story.",
               closed="Comments on this story are now closed.",
               footer=["Who writes and edits the paper", "How we put mistakes right", "Privacy and cookie policy", "Advertising rates and bookings", "Reader terms and house rules"],
               rights="Copying or republishing material from this site without permission is not allowed.",
               commenters=[("old_mill_roger", "About time this made the paper."),
                           ("Janice on Beck Road", "Will there be a chance for residents to ask questions?"),
                           ("cyclist_kev", "Cheers for keeping us posted.")]),
    "tr": dict(nav=["İlçemizden haberler", "Köyler ve vadi", "Belediye, adliye ve asayiş", "Ekonomi ve tarım", "Maç günü ve sonuçlar", "Hafta sonu gezi rehberi", "Köşe yazıları ve okur mektupları"],
               cookie="Bu site, reklam ortaklarımızınkiler de dahil olmak üzere çerezler ve benzeri teknolojiler kullanır: sitenin çalışması, nasıl kullanıldığını anlamak ve size ilgili reklamlar göstermek için. Tercihinizi gizlilik ayarlarından istediğiniz zaman değiştirebilirsiniz.",
               accept="Tamam, hepsine izin veriyorum", reject="Zorunlu olmayanları reddet", share="Haberi bir tanıdığınıza iletin",
               related="Sitede bugün başka neler var", newsletter="Ücretsiz günlük e-postamız, her sabah",
               subscribe="Evet, bana gönderin", email="adiniz@ornek-posta.example",
               comment_note="Bu habere yorum yapmak için giriş yapın ya da kaydolun.",
               closed="Bu haberin yorumları artık kapalı.",
               footer=["Haber merkezimizi tanıyın", "Yanlışlarımızı nasıl düzeltiriz", "Gizlilik ve çerez politikası", "Reklam fiyatları ve rezervasyon", "Okurlar için site kuralları"],
               rights="Bu sitedeki içeriklerin izinsiz kopyalanması ya da yeniden yayımlanması yasaktır.",
               commenters=[("eski_degirmen_ali", "Nihayet biri bunu düzgünce yazmış."),
                           ("Sevim Hanım", "Mahalle sakinlerine soru sorma fırsatı verilecek mi?")]),
    "de": dict(nav=["Nachrichten aus Ihrer Stadt", "Dörfer und Tal", "Rathaus, Gericht und Polizei", "Wirtschaft und Landwirtschaft", "Spieltag und Ergebnisse", "Unterwegs in der Region", "Kommentare und Leserbriefe"],
               cookie="Diese Website verwendet Cookies und ähnliche Technologien, auch die unserer Werbepartner, damit sie funktioniert, damit wir verstehen, wie sie genutzt wird, und um Ihnen passende Werbung zu zeigen. Ihre Auswahl können Sie jederzeit in den Datenschutzeinstellungen ändern.",
               accept="Einverstanden, alle zulassen", reject="Nicht notwendige ablehnen", share="Artikel an Bekannte schicken",
               related="Ebenfalls heute Nachmittag erschienen", newsletter="Unsere kostenlose Tages-Mail, jeden Morgen",
               subscribe="Ja, bitte zuschicken", email="sie@ihrpostfach.example",
               comment_note="Melden Sie sich an oder registrieren Sie sich, um diesen Artikel zu kommentieren.",
               closed="Unter diesem Artikel kann nicht mehr kommentiert werden.",
               footer=["Wer die Zeitung schreibt und macht", "So berichtigen wir Fehler", "Datenschutz und Cookie-Richtlinie", "Anzeigenpreise und Buchung", "Leserbedingungen und Hausregeln"],
               rights="Das Kopieren oder Weiterverbreiten von Inhalten dieser Seite ohne Genehmigung ist nicht gestattet.",
               commenters=[("Alte_Muehle_Rudi", "Schön, dass endlich mal vernünftig darüber berichtet wird."),
                           ("Heike vom Bachweg", "Können Anwohner dazu irgendwo Fragen stellen?")]),
    "fr": dict(nav=["L'actu de votre commune", "Villages et vallée", "Mairie, tribunal et faits divers", "Entreprises, marchés et champs", "Jour de match et résultats", "Sorties et loisirs", "Vos lettres, nos éditos"],
               cookie="Ce site utilise des cookies et technologies similaires, y compris ceux de nos partenaires publicitaires, pour fonctionner, comprendre son utilisation et vous montrer des publicités pertinentes. Vous pouvez modifier votre choix à tout moment dans les paramètres de confidentialité.",
               accept="D'accord, tout autoriser", reject="Refuser les non essentiels", share="Transmettre l'article à un proche",
               related="Paru également cet après-midi", newsletter="Notre courriel quotidien gratuit, chaque matin",
               subscribe="Oui, envoyez-le-moi", email="vous@votremessagerie.example",
               comment_note="Connectez-vous ou créez un compte pour commenter cet article.",
               closed="Les commentaires de cet article sont désormais fermés.",
               footer=["Découvrir la rédaction", "Rectifications et précisions", "Confidentialité et cookies", "Tarifs et réservation publicitaires", "Règlement du site pour les lecteurs"],
               rights="La copie ou la republication des contenus de ce site sans autorisation est interdite.",
               commenters=[("vieux_moulin_dede", "Ça fait plaisir de lire un vrai papier là-dessus."),
                           ("Martine, chemin du Bief", "Les habitants pourront-ils poser des questions ?")]),
    "es": dict(nav=["Lo que pasa en tu pueblo", "Aldeas y valle", "Ayuntamiento, juzgados y sucesos", "Economía y campo", "Día de partido y resultados", "Planes y escapadas", "Tribuna y cartas al director"],
               cookie="Esta web usa cookies y tecnologías similares, también las de nuestros socios publicitarios, para funcionar, entender cómo se usa y mostrarte anuncios relevantes. Puedes cambiar tu elección cuando quieras en los ajustes de privacidad.",
               accept="Vale, aceptar todo", reject="Rechazar las no esenciales", share="Reenvía la noticia a un conocido",
               related="Hoy también en la web", newsletter="Nuestro correo diario gratuito, cada mañana",
               subscribe="Sí, enviádmelo", email="nombre@buzon-ejemplo.example",
               comment_note="Entra o regístrate para comentar esta noticia.",
               closed="Ya no se admiten comentarios en esta noticia.",
               footer=["Las personas detrás del diario", "Así enmendamos nuestros errores", "Tus datos, la privacidad y las cookies", "Tarifas y reservas de publicidad", "Reglas del sitio para los lectores"],
               rights="No está permitido copiar ni republicar contenidos de esta web sin autorización.",
               commenters=[("molino_viejo_pepe", "Por fin alguien lo cuenta como es debido."),
                           ("Maribel de la calle Acequia", "¿Podremos los vecinos hacer preguntas?")]),
    "ru": dict(nav=["Новости вашего города", "Сёла и долина", "Власть, суд и происшествия", "Экономика и сельское хозяйство", "День матча и результаты", "Афиша субботы и воскресенья", "Колонки и письма в редакцию"],
               cookie="Сайт использует cookie и похожие технологии, в том числе наших рекламных партнёров, чтобы работать, понимать, как им пользуются, и показывать вам подходящую рекламу. Изменить выбор можно в любой момент в настройках конфиденциальности.",
               accept="Хорошо, разрешить все", reject="Отклонить необязательные", share="Отправить статью знакомым",
               related="Ещё на сайте сегодня", newsletter="Наша бесплатная ежедневная рассылка — каждое утро",
               subscribe="Добавьте меня в рассылку", email="vy@vasha-pochta.example",
               comment_note="Войдите или зарегистрируйтесь, чтобы прокомментировать материал.",
               closed="Обсуждение этого материала закрыто.",
               footer=["Познакомьтесь с редакцией", "Как редакция поправляет свои ошибки", "Ваши данные, приватность и cookie", "Цены и размещение рекламы", "Правила сайта для читателей"],
               rights="Копирование и перепечатка материалов сайта без разрешения запрещены.",
               commenters=[("старая_мельница_Саша", "Наконец-то нормально об этом написали."),
                           ("Людмила с Ручейной", "А жителям дадут задать вопросы?")]),
}
UI37 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"de": "DAZU PASSEND IM VOLKSBOTEN:"},  # the regional layout's inline links
    (mp2, "BIO"): {"de": "{name} schreibt für {site} über {section} und die Vereine im Bevertal. Themenvorschläge an bevertal@example.org"},
    (mp4, "READMORE"): {"fr": "DANS LE COURRIER DU MINERVOIS :"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"es": dict(also="No te pierdas en el Heraldo")},
    (mp6, "TYPO3"): {"fr": dict(ext="Vidéo hébergée chez Vimeo", note="Une vidéo de la boulangerie est intégrée ici. Elle ne sera chargée depuis Vimeo, avec transfert de données, qu'après votre accord.",
                                button="J'accepte, charger la vidéo", by="Article de", search="Chercher dans Le Réveil de l'Arve",
                                lang_menu="Le Réveil en arpitan")},
    (mp7, "SANITY"): {"en": dict(nl_title="The Hexworth Crier Daily", nl_text="What is happening in Hexworth and the villages, every weekday at breakfast.",
                                 nl_button="Send me the Crier Daily", nl_placeholder="Your email for the Crier Daily")},
    (mp11, "HUGO"): {"en": dict(nl_title="Northwick This Week", nl_text="Courts, council and community news from Northwick, in one email every Saturday.",
                                nl_label="Your email address for Northwick This Week", nl_button="Subscribe to Northwick This Week")},
    (mp13, "PUB_NAV"): {"ru": ["Новое в «Заметках»", "Лес и река", "Люди Вычегды", "Поддержать «Заметки»"]},
    (mp13, "TEASERS"): {"ru": TEASERS["ru"]},
    (mp19, "UCOZ"): {"tr": dict(domain="ucoz.com", slogan="Dedeçam köyünün sitesi: haberler, duyurular ve hemşehrilerimiz",
                                menu=["Dedeçam'a hoş geldiniz", "Köyümüzden son haberler", "Muhtarlığın duyuru panosu", "Köy derneği", "Dedeçam fotoğrafları", "Site yöneticisine yazın"],
                                cats=["Köyümüzden son haberler", "Köy derneği", "Muhtarlığın duyuru panosu"],
                                friends=["Dedeçam Köyü Yardımlaşma Derneği", "Dedeçam İlkokulu", "İlçe Tarım ve Orman Müdürlüğü"],
                                footer="Dedeçam Köyü Sitesi © 2026 · gönüllü gençlerimiz tarafından hazırlanmaktadır",
                                poster="dedecam_muhtarlik", tags=["güneş paneli", "köy konağı"],
                                commenters=[("Almanyadaki_Osman", "Emeği geçenlerin ellerine sağlık, gurbetten selamlar."),
                                            ("Dedecamli_Zehra", "Cumartesi gözlemeye biz de geliyoruz.")],
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
# the new layout: an Umbraco 13 site with the Block Grid editor, as a regional newspaper group serves its titles
# --------------------------------------------------------------------------
# the platform's generic strings as the developers leave them (the starter partials' labels, Cookiebot's dialog
# labels), per language (not checked: they recur on any such site)
UMB_CORE = {
    "en": dict(html_lang="en-GB", og_locale="en_GB", culture="EN", by="By", read="{m} min read", home="Home",
               skip="Skip to main content", search="Search", search_label="Search the site", nav_label="Main menu",
               crumb_label="Breadcrumb", share_on="Share on", copy="Copy link", email_label="Email address", mail="Email",
               tags="Tags", cb_title="This website uses cookies", cb_details="Show details", cb_allow_sel="Allow selection",
               cb_powered="Powered by Cookiebot by Usercentrics", menu="Menu",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"], date_fmt="{d} {M} {y}"),
    "de": dict(html_lang="de-DE", og_locale="de_DE", culture="DE", by="Von", read="{m} Min. Lesezeit", home="Startseite",
               skip="Zum Inhalt springen", search="Suche", search_label="Website durchsuchen", nav_label="Hauptmenü",
               crumb_label="Brotkrumennavigation", share_on="Teilen auf", copy="Link kopieren", email_label="E-Mail-Adresse", mail="E-Mail",
               tags="Schlagwörter", cb_title="Diese Webseite verwendet Cookies", cb_details="Details zeigen",
               cb_allow_sel="Auswahl erlauben", cb_powered="Powered by Cookiebot by Usercentrics", menu="Menü",
               months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                       "November", "Dezember"], date_fmt="{d}. {M} {y}"),
}
# the sites' own strings: host, media folder, the group and its sister titles, menus (titles and slugs), header
# buttons, the related block's label, box titles, the newsletter form and footer texts
UMBRACO = {
    "Calderbrook Evening Courier": dict(
        domain="calderbrookcourier.example", short="courier",
        group="Pennine Vale Media", group_bar="Part of Pennine Vale Media",
        sisters=["Calderbrook Evening Courier", "Skelby & Coast Mercury", "Holme Valley Weekly", "Ridings Farmer"],
        menu=["Calderbrook news", "Coast and villages", "Calderbrook sport", "What's on in Calderbrook", "Courier opinion", "Courier jobs"],
        slugs=["news", "coast", "sport", "whats-on", "opinion", "jobs"],
        buttons=["Read the Courier e-edition", "Subscribe to the Courier"],
        related_label="Related Courier coverage", related_title="More from the Courier newsroom",
        popular_title="Most read in Calderbrook today",
        nl_title="Courier at Teatime", nl_text="The evening's Calderbrook headlines, delivered at 5pm every weekday.",
        nl_button="Get Courier at Teatime", share_title="Share this Courier story",
        footer_links=["About the Evening Courier", "Contact the Courier", "Courier complaints procedure", "Pennine Vale Media privacy notice", "Place a Courier advert"],
        footer_note="The Calderbrook Evening Courier has served Calderbrook and the coast since 1889.",
        group_note="Pennine Vale Media publishes four titles across the Pennines and the coast."),
    "Hellweger Kreisblatt": dict(
        domain="hellweger-kreisblatt.example", short="kreisblatt",
        group="Mediengruppe Hellweg-Börde", group_bar="Ein Angebot der Mediengruppe Hellweg-Börde",
        sisters=["Hellweger Kreisblatt", "Börder Anzeiger", "Lippetaler Zeitung", "Kreisblatt am Sonntag"],
        menu=["Kreis Hellweg", "Erwitzen", "Politik im Kreis", "Sport im Kreis", "Freizeit im Kreis", "Kreisblatt-Stellenmarkt"],
        slugs=["kreis", "erwitzen", "politik", "sport", "freizeit", "stellenmarkt"],
        buttons=["Kreisblatt-E-Paper", "Kreisblatt digital abonnieren"],
        related_label="Mehr zum Thema im Kreisblatt", related_title="Weitere Artikel aus der Kreisblatt-Redaktion",
        popular_title="Heute meistgelesen im Kreis Hellweg",
        nl_title="Kreisblatt kompakt", nl_text="Das Wichtigste aus dem Kreis Hellweg, jeden Abend um 18 Uhr per E-Mail.",
        nl_button="Kreisblatt kompakt bestellen", share_title="Artikel aus dem Kreisblatt teilen",
        footer_links=["Über das Hellweger Kreisblatt", "Kontakt zur Kreisblatt-Redaktion", "Kreisblatt-Aboservice", "Datenschutz der Mediengruppe", "Anzeigen im Kreisblatt aufgeben"],
        footer_note="Das Hellweger Kreisblatt berichtet seit 1848 aus dem Kreis Hellweg.",
        group_note="Die Mediengruppe Hellweg-Börde gibt vier Lokalzeitungen zwischen Haar und Lippe heraus."),
}
UMBRACO_EXEMPT = {"domain", "short", "slugs"}


def umb_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    c = UMB_CORE[lang]
    return c["date_fmt"].replace("{M}", c["months"][m - 1]).replace("{d}", str(d)).replace("{y}", str(y))


def umb_rte(kind, val):
    """One block of a rich text block's markup, as TinyMCE stores it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h3>%s</h3>" % E(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_umbraco(art, ui, site, placed, rng):
    # an article page of an Umbraco 13 site with the Block Grid editor (see the module docstring)
    lang, n, blocks = art["lang"], len(art["blocks"]), art["blocks"]
    c, s = UMB_CORE[lang], UMBRACO[site]
    host = "https://www." + s["domain"]
    sec_i = s["menu"].index(art["section"])
    sec, sec_slug = s["menu"][sec_i], s["slugs"][sec_i]
    y, m, d = art["date"].split("-")
    page_slug = mp13.medium_slug(art["title"], 70).lower()
    url = "%s/%s/%s/" % (host, sec_slug, page_slug)
    hh, mi = rng.randint(5, 20), rng.randint(0, 59)
    tz = "+00:00" if lang == "en" else "+01:00"
    iso = "%sT%02d:%02d:00%s" % (art["date"], hh, mi, tz)
    shown = umb_date(lang, art["date"])
    words = len(mp.truth_text(art["truth_blocks"]).split())
    mins = max(2, round(words / 220))

    def hx(k):
        return "%0*x" % (k, rng.randint(0, 16**k - 1))

    def guid():
        return "%s-%s-4%s-%s%s-%s" % (hx(8), hx(4), hx(3), rng.choice("89ab"), hx(3), hx(12))

    node_id = rng.randint(4000, 19999)
    media = hx(8)
    img_file = mp13.medium_slug(art["caption"], 40).lower() + ".jpg"
    vbust = "1da" + hx(13)
    hero = "/media/%s/%s" % (media, img_file)
    author_slug = mp13.medium_slug(art["byline"], 40).lower()
    heads = rng.sample(HEADLINES[lang], 6)
    hurls = {t: "/%s/%s/" % (rng.choice(s["slugs"][:4]), mp13.medium_slug(t, 60).lower()) for t in heads}
    keys = {a: guid() for a in ("richTextBlock", "headingBlock", "quoteBlock", "relatedArticleBlock", "advertBlock",
                                "htmlSnippetBlock")}

    def item(alias, inner):
        return ('<div class="umb-block-grid__layout-item" data-content-element-type-alias="%s" data-content-element-type-key="%s" '
                'data-element-udi="umb://element/%s" data-col-span="12" data-row-span="1" style=" --umb-block-grid--item-column-span: 12; --umb-block-grid--item-row-span: 1; ">\n%s\n</div>'
                % (alias, keys[alias], hx(32), inner))

    def rte_item(html_in):
        return item("richTextBlock", '<div class="block-richtext">\n%s\n</div>' % html_in)

    # the blocks between the text: the editor's related article after the first third, an advert further down
    slots = [i for i in safe_slots(art, 2) if i not in art["no_slot"]]
    rel_at = slots[len(slots) // 3] if slots else n
    ad_at = next((i for i in slots if i >= rel_at + 2), None)
    th = heads[0]
    related = item("relatedArticleBlock",
                   '<aside class="block-related">\n    <span class="block-related__label">%s</span>\n    <a class="block-related__link" href="%s">\n        <img src="/media/%s/%s.jpg?rmode=crop&amp;width=320&amp;height=180&amp;v=%s" alt="" width="320" height="180" loading="lazy" />\n        <span class="block-related__title">%s</span>\n    </a>\n</aside>'
                   % (E(s["related_label"]), hurls[th], hx(8), mp13.medium_slug(th, 30).lower(), vbust, E(th)))
    advert = item("advertBlock",
                  '<div class="block-advert" data-ad-unit="/21873/%s/article/inread_%d">\n    <span class="block-advert__label">%s</span>\n    <div id="div-gpt-ad-%s" class="block-advert__slot"></div>\n</div>'
                  % (s["short"], rng.randint(1, 3), E(pick(rng, "ad", lang, site, art)[1]), hx(13)))
    placed = {i: list(x) for i, x in placed.items()}
    placed.setdefault(rel_at, []).append(related)
    if ad_at is not None:
        placed.setdefault(ad_at, []).append(advert)
    # headings in a box or fact box stay in the rich text; the others are heading blocks
    in_box = {j for st, _, j in art["looks"] if st in ("box", "factbox")}
    items, run = [], []

    def flush():
        if run:
            items.append(rte_item("\n".join(run)))
            run.clear()

    for i in range(n + 1):
        for snip in placed.get(i, []):
            if re.match(r"<p>|<h[45]>", snip):  # a line pasted into the rich text editor
                run.append(snip)
            elif snip is related or snip is advert:
                flush()
                items.append(snip)
            else:  # the HTML an editor pasted into an HTML snippet block
                flush()
                items.append(item("htmlSnippetBlock", '<div class="block-html">\n%s\n</div>' % snip))
        if i < n:
            kind, val = blocks[i]
            if kind == "h" and i not in in_box:
                flush()
                items.append(item("headingBlock", '<h2 class="block-heading">%s</h2>' % E(val)))
            elif kind == "q":
                flush()
                items.append(item("quoteBlock", '<figure class="block-quote">\n    <blockquote><p>%s</p></blockquote>\n</figure>' % mp.inline_html(val)))
            else:
                run.append(umb_rte(kind, val))
    flush()
    grid = "\n".join(items)

    nav = "\n".join('<li class="site-nav__item%s"><a class="site-nav__link" href="/%s/"%s>%s</a></li>'
                    % (" is-active" if k == sec_i else "", sl, ' aria-current="page"' if k == sec_i else "", E(t))
                    for k, (t, sl) in enumerate(zip(s["menu"], s["slugs"])))
    sisters = "\n".join('<li><a href="%s/"%s>%s</a></li>'
                        % (host if t == site else "https://www.%s.example" % mp13.medium_slug(t, 30).lower().replace("-", ""),
                           ' class="is-current"' if t == site else "", E(t))
                        for t in s["sisters"])
    buttons = "\n".join('<a class="btn btn--%s" href="/%s/">%s</a>' % (k, mp13.medium_slug(b, 30).lower(), E(b))
                        for k, b in zip(("outline", "primary"), s["buttons"]))
    related_list = "\n".join(
        '<li class="teaser-list__item"><a href="%s"><img src="/media/%s/%s.jpg?rmode=crop&amp;width=400&amp;height=225&amp;format=webp&amp;v=%s" alt="" loading="lazy" width="400" height="225" /><span class="teaser-list__title">%s</span></a></li>'
        % (hurls[t], hx(8), mp13.medium_slug(t, 30).lower(), vbust, E(t)) for t in heads[1:4])
    popular = "\n".join('<li class="most-read__item"><span class="most-read__rank">%d</span><a href="%s">%s</a></li>' % (k + 1, hurls[t], E(t))
                        for k, t in enumerate(heads[3:6]))
    share_nets = [("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                  ("x", "X", "https://x.com/intent/post?url=" + url),
                  ("whatsapp", "WhatsApp", "https://wa.me/?text=" + url),
                  ("email", c["mail"], "mailto:?subject=%s&amp;body=%s" % (A(art["title"]), url))]
    share = "\n".join('<li><a class="share-bar__link share-bar__link--%s" href="%s" target="_blank" rel="noopener" aria-label="%s %s"></a></li>'
                      % (k, h, A(c["share_on"]), lab) for k, lab, h in share_nets)
    footer_links = "\n".join('<li><a href="/%s/">%s</a></li>' % (mp13.medium_slug(t, 30).lower(), E(t)) for t in s["footer_links"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
                     "description": art["sub"], "datePublished": iso, "dateModified": iso, "mainEntityOfPage": url,
                     "image": host + hero + "?width=1200&height=675&rmode=crop",
                     "articleSection": sec, "inLanguage": c["html_lang"],
                     "author": {"@type": "Person", "name": art["byline"], "url": "%s/authors/%s/" % (host, author_slug)},
                     "publisher": {"@type": "NewsMediaOrganization", "name": site, "parentOrganization": {"@type": "Organization", "name": s["group"]},
                                   "logo": {"@type": "ImageObject", "url": host + "/media/logo/%s.svg" % s["short"]}}},
                    ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    srcset = ", ".join("%s?rmode=crop&amp;width=%d&amp;height=%d&amp;format=webp&amp;quality=80&amp;v=%s %dw" % (hero, w, w * 9 // 16, vbust, w)
                       for w in (480, 800, 1200))
    smidge_css, smidge_js = hx(8), hx(8)
    token = "CfDJ8" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(150))
    cbid = guid()
    ga = "G-" + hx(10).upper()
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{E(art["title"])} | {E(site)}</title>
    <meta name="description" content="{A(art["sub"])}" />
    <link rel="canonical" href="{url}" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="{A(art["title"])}" />
    <meta property="og:description" content="{A(art["sub"])}" />
    <meta property="og:url" content="{url}" />
    <meta property="og:image" content="{host}{hero}?width=1200&amp;height=630&amp;rmode=crop&amp;v={vbust}" />
    <meta property="og:site_name" content="{A(site)}" />
    <meta property="og:locale" content="{c["og_locale"]}" />
    <meta property="article:published_time" content="{iso}" />
    <meta property="article:section" content="{A(sec)}" />
    <meta name="twitter:card" content="summary_large_image" />
    <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="{cbid}" data-blockingmode="auto" data-culture="{c["culture"]}" type="text/javascript"></script>
    <link href="/sb/{s["short"]}-css.css.v{smidge_css}" rel="stylesheet" type="text/css" />
    <link href="/css/umbraco-blockgridlayout.css" rel="stylesheet" type="text/css" />
    <link rel="icon" href="/media/favicon/{s["short"]}.png" />
    <script type="text/plain" data-cookieconsent="statistics" async src="https://www.googletagmanager.com/gtag/js?id={ga}"></script>
    <script type="text/plain" data-cookieconsent="statistics">window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', '{ga}', {{ 'content_group': '{sec_slug}' }});</script>
    <script type="application/ld+json">{ld}</script>
</head>
<body class="doctype-articlePage template-article" data-node-id="{node_id}" data-culture="{c["html_lang"]}">
    <a class="skip-link" href="#main-content">{E(c["skip"])}</a>
    <div class="group-bar">
        <div class="container">
            <span class="group-bar__label">{E(s["group_bar"])}</span>
            <ul class="group-bar__titles">
{sisters}
            </ul>
        </div>
    </div>
    <header class="site-header">
        <div class="container site-header__inner">
            <a class="site-header__logo" href="/"><img src="/media/logo/{s["short"]}.svg" alt="{A(site)}" width="260" height="44" /></a>
            <button class="site-header__menu-toggle" type="button" aria-expanded="false" aria-controls="site-nav">{E(c["menu"])}</button>
            <form class="site-search" action="/search/" method="get" role="search">
                <label class="visually-hidden" for="q">{E(c["search_label"])}</label>
                <input id="q" name="q" type="search" placeholder="{A(c["search"])}" />
            </form>
            <div class="site-header__actions">
{buttons}
            </div>
        </div>
        <nav id="site-nav" class="site-nav" aria-label="{A(c["nav_label"])}">
            <ul class="site-nav__list container">
{nav}
            </ul>
        </nav>
    </header>
    <nav class="breadcrumb container" aria-label="{A(c["crumb_label"])}">
        <ol class="breadcrumb__list">
            <li class="breadcrumb__item"><a href="/">{E(c["home"])}</a></li>
            <li class="breadcrumb__item"><a href="/{sec_slug}/">{E(sec)}</a></li>
            <li class="breadcrumb__item breadcrumb__item--current" aria-current="page">{E(art["title"])}</li>
        </ol>
    </nav>
    <main id="main-content" class="container article-layout">
        <article class="article" data-content-key="{guid()}">
            <header class="article-header">
                <a class="article-header__section" href="/{sec_slug}/">{E(sec)}</a>
                <h1 class="article-header__title">{E(art["title"])}</h1>
                <p class="article-header__standfirst">{E(art["sub"])}</p>
                <div class="article-header__meta">
                    <img class="article-header__avatar" src="/media/authors/{author_slug}.jpg?width=64&amp;height=64&amp;rmode=crop" alt="" width="32" height="32" />
                    <span class="article-header__byline">{E(c["by"])} <a href="/authors/{author_slug}/">{E(art["byline"])}</a></span>
                    <time class="article-header__date" datetime="{iso}">{E(shown)}</time>
                    <span class="article-header__readtime">{E(c["read"].replace("{m}", str(mins)))}</span>
                </div>
            </header>
            <figure class="article-hero">
                <picture>
                    <source type="image/webp" srcset="{srcset}" sizes="(min-width: 1024px) 760px, 100vw" />
                    <img src="{hero}?rmode=crop&amp;width=1200&amp;height=675&amp;v={vbust}" alt="{A(art["caption"])}" width="1200" height="675" />
                </picture>
                <figcaption class="article-hero__caption">{E(art["caption"])} <span class="article-hero__credit">{E(art["credit"])}</span></figcaption>
            </figure>
            <div class="article-body">
<div class="umb-block-grid"
     data-grid-columns="12;"
     style="--umb-block-grid--grid-columns: 12;">
<div class="umb-block-grid__layout-container">
{grid}
</div>
</div>
            </div>
            <footer class="article-footer">
                <div class="article-tags"><span class="article-tags__label">{E(c["tags"])}</span> <a class="article-tags__tag" href="/tags/{sec_slug}/">{E(sec)}</a></div>
                <div class="share-bar">
                    <p class="share-bar__title">{E(s["share_title"])}</p>
                    <ul class="share-bar__list">
{share}
                    </ul>
                    <button class="share-bar__copy" type="button" data-copy="{url}">{E(c["copy"])}</button>
                </div>
            </footer>
        </article>
        <aside class="article-sidebar">
            <section class="most-read">
                <h2 class="most-read__title">{E(s["popular_title"])}</h2>
                <ol class="most-read__list">
{popular}
                </ol>
            </section>
            <section class="newsletter-signup">
                <h2 class="newsletter-signup__title">{E(s["nl_title"])}</h2>
                <p class="newsletter-signup__text">{E(s["nl_text"])}</p>
                <form action="/umbraco/surface/newslettersignup/submit" method="post" class="newsletter-signup__form">
                    <label for="nl-email">{E(c["email_label"])}</label>
                    <input id="nl-email" type="email" name="Email" required />
                    <button type="submit">{E(s["nl_button"])}</button>
                    <input name="__RequestVerificationToken" type="hidden" value="{token}" /><input name="ufprt" type="hidden" value="{hx(64).upper()}" />
                </form>
            </section>
        </aside>
    </main>
    <section class="related-articles container">
        <h2 class="related-articles__title">{E(s["related_title"])}</h2>
        <ul class="teaser-list">
{related_list}
        </ul>
    </section>
    <footer class="site-footer">
        <div class="container">
            <ul class="site-footer__links">
{footer_links}
            </ul>
            <p class="site-footer__note">{E(s["footer_note"])}</p>
            <p class="site-footer__group">{E(s["group_note"])}</p>
            <p class="site-footer__copyright">&copy; {y} {E(s["group"])}</p>
        </div>
    </footer>
    <div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle" tabindex="-1" lang="{c["culture"].lower()}" dir="ltr" data-template="popup" class="CybotCookiebotDialogActive CybotEdge" style="display: flex;">
        <div class="CybotCookiebotDialogContentWrapper">
            <div id="CybotCookiebotDialogHeader"><div id="CybotCookiebotDialogPoweredbyCybot"><a href="https://www.cookiebot.com/" target="_blank" rel="noopener nofollow" aria-label="{A(c["cb_powered"])}"></a></div></div>
            <div id="CybotCookiebotDialogBody">
                <h2 id="CybotCookiebotDialogBodyContentTitle">{E(c["cb_title"])}</h2>
                <div id="CybotCookiebotDialogBodyContentText">{E(ui["cookie"])}</div>
            </div>
            <div id="CybotCookiebotDialogFooter">
                <div id="CybotCookiebotDialogBodyButtonsWrapper">
                    <button id="CybotCookiebotDialogBodyButtonDecline" class="CybotCookiebotDialogBodyButton">{E(ui["reject"])}</button>
                    <button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection" class="CybotCookiebotDialogBodyButton">{E(c["cb_allow_sel"])}</button>
                    <button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" class="CybotCookiebotDialogBodyButton">{E(ui["accept"])}</button>
                </div>
                <a id="CybotCookiebotDialogBodyLevelButtonCustomize" href="#">{E(c["cb_details"])}</a>
            </div>
        </div>
    </div>
    <script src="/sb/{s["short"]}-js.js.v{smidge_js}" type="text/javascript"></script>
</body>
</html>
'''


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"umbraco": ["readmore", "ad"]}  # the related article block's label, the advert block's label
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "moderation", "feedback", "standards", "topics",
            "bookmark", "poll", "embed", "gallery", "map", "calendar", "scores", "condolence", "recipe", "property"]
# no family is new in this part (the three subject families carry the names of make_heldout29 / make_heldout32)
NEW_FAMILIES = []
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = SUBJECT_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village, association, club or community website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "poll", "newsletter", "moderation"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio"}
# a town hall's or council's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "moderation", "poll", "bio",
                      "newsletter", "credit", "standards", "section", "embed", "feedback", "photo"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · ") and tables
STYLES = {
    "cookie": ['<div class="thirdparty-optin-veil"><p class="thirdparty-optin-veil__msg">%s</p><button class="thirdparty-optin-veil__ok" type="button">OK</button></div>',
               '<p class="optin-required-line">%s</p>', '<p><i>%s</i></p>'],
    "newsletter": ['<div class="inbox-offer-band"><p class="inbox-offer-band__txt">%s</p><a class="inbox-offer-band__go" href="/email-signup">&#8250;</a></div>',
                   '<p class="free-quota-note">%s</p>', '<h4 class="inbox-offer-hd">%s</h4>', '<p><strong><a href="/support-us">%s</a></strong></p>'],
    "share": ['<ul class="forward-story-nets">{items}</ul>', '<div class="pass-along-prompt">%s</div>', '<p><a href="#forward">%s</a></p>'],
    "photo": ['<p class="image-provenance-note">%s</p>', '<span class="image-origin-chip">%s</span>', '<p><em><small>%s</small></em></p>'],
    "copyright": ['<p class="syndication-terms-note">%s</p>', '<div class="reuse-rights-line"><small>%s</small></div>', '<p><small><i>%s</i></small></p>'],
    "section": ['<p class="beat-tag-line">%s</p>', '<h5 class="beat-tag-hd">%s</h5>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="glyph-divider-p">%s</p>', '<div class="ornament-rule">%s</div>', '<p align="center">%s</p>'],
    "credit": ['<p class="contrib-desk-note">%s</p>', '<div class="video-unit-credit">%s</div>', '<p><small><em>%s</em></small></p>'],
    "title": ['<p class="repeated-heading-p"><b>%s</b></p>', '<h2 class="repeated-heading-h2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="partner-slot-marker">%s</div>', '<p class="advert-gap-note">%s</p>', '<p><small><b>%s</b></small></p>'],
    "continue": ['<p class="reveal-more-cta"><a href="#more-body">%s</a></p>', '<div class="reveal-more-btn">%s</div>', '<p><a href="#more-body">%s</a></p>'],
    "comments": ['<p class="comment-tally-link"><a href="#reader-talk">%s</a></p>', '<div class="comment-tally-badge">%s</div>', '<p><a href="#reader-talk">%s</a></p>'],
    "readtime": ['<p class="est-reading-line">%s</p>', '<span class="est-reading-chip">%s</span>', '<p><i>%s</i></p>'],
    "updated": ['<p class="revision-time-line"><time>%s</time></p>', '<div class="revision-time-row">%s</div>', '<p><small>%s</small></p>'],
    "audio": ['<div class="tts-player-strip"><button class="tts-player-strip__btn" aria-label="Play"></button><span class="tts-player-strip__txt">%s</span></div>',
              '<p class="tts-version-link"><a href="#tts">%s</a></p>', '<p><a href="#tts">%s</a></p>'],
    "correction": ['<aside class="errata-panel"><p>%s</p></aside>', '<p class="fixed-after-publish-line"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "app": ['<div class="install-app-ribbon"><p class="install-app-ribbon__txt">%s</p><a class="install-app-ribbon__btn" href="/app">&#8681;</a></div>',
            '<p class="phone-app-plug">%s</p>', '<p><strong>%s</strong></p>'],
    "bio": ['<div class="writer-profile-end"><p class="writer-profile-end__txt">%s</p></div>', '<p class="byline-endnote-line"><i>%s</i></p>', '<p><i>%s</i></p>'],
    "tip": ['<div class="newsroom-whatsapp-box"><p class="newsroom-whatsapp-box__txt">%s</p></div>', '<p class="newsroom-tipline">%s</p>', '<p><em>%s</em></p>'],
    "typo": ['<div class="selection-errata-tip"><p>%s</p></div>', '<p class="mistake-report-line">%s</p>', '<p><small><em>%s</em></small></p>'],
    "push": ['<div class="notify-optin-card"><p class="notify-optin-card__q">%s</p></div>', '<p class="notify-optin-line">%s</p>', '<p><strong>%s</strong></p>'],
    "print": ['<ul class="story-tools-inline">{items}</ul>', '<p class="paper-layout-link"><a href="?view=print">%s</a></p>',
              '<p><a href="?view=print">%s</a></p>'],
    "moderation": ['<div class="comment-rules-card"><p>%s</p></div>', '<p class="house-rules-talk-line">%s</p>', '<p><small><i>%s</i></small></p>'],
    "feedback": ['<div class="was-it-useful-box"><p class="was-it-useful-box__q">%s</p></div>', '<p class="was-it-useful-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="code-of-practice-box"><p>%s</p></div>', '<p class="code-of-practice-small"><small>%s</small></p>', '<p><i>%s</i></p>'],
    "topics": ['<div class="story-themes-row"><span class="story-themes-row__list">%s</span></div>', '<p class="tagged-under-line">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="readlater-flag-box"><a class="readlater-flag-box__link" href="#reading-list">%s</a></div>',
                 '<p class="reading-list-link"><a href="#reading-list">%s</a></p>', '<p><a href="#reading-list">%s</a></p>'],
    "poll": ['<div class="reader-vote-card"><p class="reader-vote-card__q">%s</p><button class="reader-vote-card__send" type="button">&#10004;</button></div>',
             '<h5 class="snap-vote-hd">%s</h5>', '<p><small>%s</small></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/E{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/E{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-click-shield"><a class="video-click-shield__play" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}">%s</a></p>'],
    "gallery": ['<div class="lightbox-opener"><a class="lightbox-opener__btn" href="#pswp">%s</a></div>',
                '<p class="photo-strip-count">%s</p>', '<p><strong>%s</strong></p>'],
    "map": ['<div class="osm-frame-holder"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-frame-holder__links">%s</p></div>',
            '<figure class="place-pin-map"><img src="/maps/{k}.png" alt="" width="640" height="360"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    "calendar": ['<ul class="dates-to-calendar-list">{items}</ul>', '<p class="dates-file-link"><a href="/dates/{k}.ics">%s</a></p>',
                 '<div class="diary-save-strip"><span class="diary-save-strip__label">%s</span></div>'],
    "scores": ['<div class="matchcentre-jump"><a class="matchcentre-jump__main" href="/sport/live">%s</a></div>',
               '<ul class="league-hub-tabs">{items}</ul>', '<p><a href="/sport/live"><strong>%s</strong></a></p>'],
    # the three subject families ({noticerows}: the week's funeral notices; {nutrows}: the nutrition box;
    # {homerows} / {hometable}: homes for sale)
    "condolence": ['<div class="tribute-book-prompt"><a class="tribute-book-prompt__link" href="/tributes/book">%s</a></div>',
                   '<ul class="flowers-delivery-links">{items}</ul>',
                   '<div class="notices-this-week"><h4 class="notices-this-week__hd">%s</h4><ul class="notices-this-week__list">{noticerows}</ul></div>',
                   '<p class="place-notice-cta"><a href="/notices/place">%s</a></p>'],
    "recipe": ['<p class="recipe-skip-link"><a href="#recipe-card">%s</a></p>',
               '<div class="recipe-card-tools"><span class="recipe-card-tools__stars">{stars}</span><button class="recipe-card-tools__print" type="button">%s</button></div>',
               '<ul class="recipe-save-pin">{items}</ul>',
               '<table class="nutrition-facts-box"><caption>%s</caption>{nutrows}</table>'],
    "property": ['<div class="nearby-homes-box"><h4 class="nearby-homes-box__hd">%s</h4><ul class="nearby-homes-box__list">{homerows}</ul></div>',
                 '<div class="loan-calc-widget"><p class="loan-calc-widget__hd">%s</p><form class="loan-calc-widget__form" action="/property/mortgage"><input type="number" name="price"><input type="number" name="deposit"><button type="submit">=</button></form></div>',
                 '<p class="valuation-ask-link"><a href="/property/valuation">%s</a></p>',
                 '<table class="homes-nearby-table"><caption>%s</caption>{hometable}</table>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups); INLINE_WORDING: the only wording of a family that is run in
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <em>— %s</em>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/email-signup"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#forward">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "condolence": (0.4, ['<br><a href="/tributes/book"><strong>%s</strong></a>'])}
INLINE_WORDING = {"newsletter": 0, "condolence": 0}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="mid-story-picture"><img src="/media/{id}-mid.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-body.jpg" alt="" width="640"><br><small>{cap} – {cr}</small></p>']
RELATED_STYLES = ['<div class="further-reading-pod"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="nearby-stories-aside"><p class="nearby-stories-aside__hd">%s</p><ul>%s</ul></aside>',
                  '<h4>%s</h4>\n<ul>%s</ul>']


def handle(site):
    """The site's social-media account name: its ASCII letters and digits, at most 24."""
    return mp11.host_name(site)[:24]


def fill_text(s, rng, site, art):
    return fill(s.replace("{by}", art["byline"]).replace("{section}", art["section"])
                .replace("{handle}", handle(site)).replace("{g}", str(rng.randint(6, 24))), rng, site, art)


def pick(rng, fam, lang, site, art, idx=None):
    pool = R[fam][lang]
    if idx is None:
        idx = art.get("choose", {}).get(fam)
    if idx is None:
        idx = rng.randrange(len(pool))
    return idx, fill_text(pool[idx], rng, site, art)


def widget_rows(style, lang, rng):
    """The rows of a widget's list or table, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")
    stars = R["recipe"][lang][2].replace("{n}", str(rng.randint(20, 400)))
    return (style.replace("{stars}", esc(stars)).replace("{noticerows}", "".join("<li>%s</li>" % esc(x) for x in NOTICE_ROWS[lang]))
            .replace("{nutrows}", "".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in NUTRITION_ROWS[lang]))
            .replace("{homerows}", "".join('<li><a href="/property/listing/%d">%s <b>%s</b></a></li>' % (rng.randint(100000, 999999), esc(a), esc(b))
                                           for a, b in HOME_ROWS[lang]))
            .replace("{hometable}", "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in HOME_ROWS[lang])))


def residue_items(art, rng, site, used):
    """({position: [html, ...]}, [(block, "end" | "start", html), ...], families) for the generic residue: the
    families a story must carry, then the generic families used least on the pages built so far, leaving out those
    the story's site would not print ("kind", "avoid"); a page may fix them all with "only"."""
    lang, n, tpl = art["lang"], len(art["blocks"]), art["tpl"]
    blocks = art["blocks"]
    own = TEMPLATE_FAMILIES.get(tpl, [])
    if "low" in art:
        k = art["low"]
    else:
        k = max(1, min(rng.choice([2, 3, 3, 4, 4, 5]), 5 - len(own)))  # at most five families per page
    carry = list(art.get("carry", [])) + (["section"] if art.get("section_tag") else [])
    skip = (set(own) | NOT_ON_KIND.get(art.get("kind"), set()) | set(CARRY_ONLY) | set(carry)
            | set(art.get("avoid", [])))
    if not art.get("correction"):
        skip.add("correction")  # a correction box only goes on a story that was corrected (its own wording)
    pool = [f for f in FAMILIES if f not in skip]
    fams = carry + sorted(pool, key=lambda f: (used[f], rng.random()))[:k]
    if "only" in art:
        fams = list(art["only"])
    rng.shuffle(fams)
    used.update(f for f in fams if f not in CARRY_ONLY)  # balance the randomly drawn families only
    slots = [i for i in safe_slots(art) if i not in art["no_slot"]] or [n]
    looked = art["looked"]
    placed, inline = {}, []

    def put(pos, snippet):
        placed.setdefault(pos, []).append(snippet)

    def rand_id():
        return "%010x" % rng.randint(16**9, 16**10 - 1)

    for fam in fams:
        mid = rng.choice(slots)
        if fam == "caption":
            put(mid, rng.choice(CAPTION_STYLES).format(id=art["id"], cap=E(art["caption"]), cr=E(art["credit"])))
            continue
        if fam == "related":
            heads = rng.sample(HEADLINES[lang], rng.choice([2, 3]))
            lis = "".join('<li><a href="/news/%d">%s</a></li>' % (rng.randint(10000, 99999), E(h)) for h in heads)
            put(rng.choice([mid, n]), rng.choice(RELATED_STYLES) % (E(pick(rng, fam, lang, site, art)[1]), lis))
            continue
        if fam == "title":
            put(0, rng.choice(STYLES["title"]) % E(art["title"]))
            continue
        idx = None
        if fam == "symbol":
            text = rng.choice(R["symbol"]["*"])
        elif fam == "correction" and art.get("correction"):
            text = art["correction"]
        elif fam in SUBJECT_FAMILIES:  # the subject families' markups in turn over the part, each with its wording
            k_style = used[("style", fam)] % len(STYLES[fam])
            used[("style", fam)] += 1
            idx, text = pick(rng, fam, lang, site, art, SUBJECT_STYLE_WORDING[fam][k_style])
        else:
            idx, text = pick(rng, fam, lang, site, art)
        pos = {"section": rng.choice([0, 0, mid]), "credit": rng.choice([0, n]), "copyright": n,
               "share": rng.choice([mid, n]), "photo": rng.choice([0, mid]), "comments": rng.choice([0, n]),
               "readtime": 0, "updated": rng.choice([0, n]), "audio": rng.choice([0, mid]),
               "correction": rng.choice([0, n]), "app": rng.choice([mid, n]), "bio": n,
               "tip": rng.choice([mid, n]), "typo": n, "push": rng.choice([0, mid]),
               "print": rng.choice([0, n]), "moderation": n, "feedback": n, "standards": rng.choice([0, n]),
               "topics": n, "bookmark": rng.choice([0, n]), "poll": rng.choice([mid, n]), "embed": mid,
               "gallery": rng.choice([0, mid]), "map": mid, "calendar": rng.choice([mid, n]),
               "scores": rng.choice([0, mid, n]), "condolence": rng.choice([mid, n, n]), "recipe": rng.choice([0, mid, n]),
               "property": rng.choice([mid, n])}.get(fam, mid)
        if fam == "section" and art.get("section_tag"):  # the story's section typed as a bold tag into its first line
            inline.append((0, "start", INLINE["section"][1][0] % E(text)))
            continue
        # run into a story paragraph: of the newsletter family, a newsletter pitch only (not a paywall or donation
        # note); of the condolence widget, only the condolence-book link
        if (fam in INLINE and rng.random() < INLINE[fam][0] and tpl not in ("medium",)
                and (fam not in INLINE_WORDING or idx == INLINE_WORDING[fam])):
            markup = rng.choice(INLINE[fam][1])
            if markup.endswith(" – "):
                if pos == 0 and blocks[0][0] == "p" and 0 not in looked:
                    inline.append((0, "start", markup % E(text)))
                    continue
            else:
                at = n if pos == 0 else pos  # a line typed into the text goes at the end of a paragraph, not above it
                if blocks[at - 1][0] == "p" and not blocks[at - 1][1].endswith(":") and at - 1 not in looked:
                    inline.append((at - 1, "end", markup % E(text)))
                    continue
        styles = STYLES[fam]
        if " · " not in text:  # only a list of items is printed as a list
            styles = [x for x in styles if "{items}" not in x]
        if fam in SUBJECT_FAMILIES:
            style = STYLES[fam][k_style]
        else:
            style = rng.choice(styles)
        if fam == "embed":  # the Instagram fallback in Instagram's embed code, the YouTube one in a video facade
            text = fill_text(R["embed"][lang][0 if "instagram" in style else 1], rng, site, art)
        lat, lon = 50 + rng.random() * 5, -4 + rng.random() * 6
        style = widget_rows(style.replace("{h}", handle(site)).replace("{k}", rand_id())
                            .replace("{bbox}", "%%2C".join("%.4f" % x for x in (lon - .01, lat - .006, lon + .01, lat + .006))),
                            lang, rng)
        if "{items}" in style:  # a label before the first item ("Share: a · b") is printed as an item of its own
            items = text.split(" · ")
            label = ""
            if ": " in items[0]:
                head, items[0] = items[0].split(": ", 1)
                label = "<li>%s:</li>" % E(head)
            elif " : " in items[0]:
                head, items[0] = items[0].split(" : ", 1)
                label = "<li>%s :</li>" % E(head)
            snippet = style.replace("{items}", label + "".join('<li><a href="#">%s</a></li>' % E(x) for x in items))
        else:
            snippet = style % E(text)
        put(pos, snippet)
    return placed, inline, fams


def apply_inline(doc, art, inline):
    """Run residue into story paragraphs of the rendered page: at the end of a paragraph's text (before its closing
    tag or <br>), or at the start of the first paragraph's text."""
    for i, where, snippet in inline:
        s, e = find_text(doc, mp.inline_html(art["blocks"][i][1]), art["id"])
        at = e if where == "end" else s
        doc = doc[:at] + snippet + doc[at:]
    return doc


# --------------------------------------------------------------------------
# story text set the way the site's editor set it ("look"; all of it story text, in the truth)
# --------------------------------------------------------------------------
BR = "\ue000"  # a line break typed inside a paragraph (rendered as <br>)
LOOK_STYLES = {"dropcap", "bold", "italic", "highlight", "box", "factbox", "callout", "br"}
# per layout: a class added to the paragraph ("class", name), a span around the first letter ("span", markup), or a
# wrapper around the element(s) ("wrap", open, close)
DROPCAP = {"umbraco": ("class", "lead-initial"),  # a style format of the site's TinyMCE configuration
           "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"umbraco": ("wrap", '<div class="rte-infobox rte-infobox--sand">\n', "\n</div>"),
       "gutenberg": ("wrap", '<div class="wp-block-group has-pale-ocean-gradient-background has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "drupal": ("class", "encadre-info"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"umbraco": ("wrap", '<div class="rte-facts">\n', "\n</div>"),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">⛪</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="ny pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"umbraco": ('<span class="rte-marker">', "</span>"), "quintype": ('<mark>', "</mark>")}


def find_text(doc, inner, pid, start=0):
    """Where a block's rendered text sits in the page's markup (not in a script's JSON)."""
    m = re.compile(r"(?<=[>\n])%s(?=[<\n])" % re.escape(inner)).search(doc, start)
    assert m, (pid, inner[:60])
    return m.start(), m.end()


def block_index(blocks, opening):
    hits = [i for i, (kind, val) in enumerate(blocks) if kind in ("p", "h", "q") and mp.inline_text(val).startswith(opening)]
    return hits


def prepare_blocks(art):
    """The blocks as rendered: a paragraph typed after a <br> is joined to the paragraph before it (the truth keeps
    both); the other looks, with the index of their block."""
    blocks = list(art["truth_blocks"])
    looks = []
    for style, opening in art.get("look", []):
        hits = block_index(blocks, opening)
        assert len(hits) == 1, (art["id"], opening)
        j = hits[0]
        if style == "br":
            assert j > 0 and blocks[j - 1][0] == "p" and blocks[j][0] == "p", (art["id"], opening)
            blocks[j - 1] = ("p", blocks[j - 1][1] + BR + blocks[j][1])
            del blocks[j]
            looks = [(s, o, i - 1 if i > j else i) for s, o, i in looks]
        else:
            looks.append((style, opening, j))
    return blocks, looks


def element_start(doc, s, tag_re, pid):
    m = re.search(r"<(%s)\b[^>]*>$" % tag_re, doc[:s])
    assert m, (pid, doc[max(0, s - 80):s])
    return m.start(), m.group(1)


def add_class(doc, start, s, cls):
    tag = doc[start:s]
    m = re.match(r'<(\w+)( class="([^"]*)")?', tag)
    if m.group(2):
        new = tag.replace(m.group(2), ' class="%s %s"' % (m.group(3), cls), 1)
    else:
        new = "<%s class=\"%s\"%s" % (m.group(1), cls, tag[len(m.group(1)) + 1:])
    return doc[:start] + new + doc[s:]


def apply_looks(doc, art):
    tpl, blocks, pid = art["tpl"], art["blocks"], art["id"]
    for style, opening, j in art["looks"]:
        kind, val = blocks[j]
        inner = E(val) if kind == "h" else mp.inline_html(val)
        s, e = find_text(doc, inner, pid)
        if style in ("bold", "italic"):
            o, c = (BOLD if style == "bold" else ITALIC).get(tpl, ("<strong>", "</strong>") if style == "bold" else ("<em>", "</em>"))
            doc = doc[:s] + o + doc[s:e] + c + doc[e:]
        elif style == "highlight":  # the first sentence
            o, c = HIGHLIGHT.get(tpl, ("<mark>", "</mark>"))
            cut = re.search(r"[.!?](?= )", doc[s:e])
            end = s + cut.end() if cut else e
            doc = doc[:s] + o + doc[s:end] + c + doc[end:]
        elif style == "dropcap":
            how = DROPCAP[tpl]
            if how[0] == "span":
                doc = doc[:s] + how[1] % doc[s] + doc[s + 1:]
            else:
                start, _ = element_start(doc, s, "p", pid)
                doc = add_class(doc, start, s, how[1])
        elif style == "callout":
            start, _ = element_start(doc, s, "p", pid)
            close = doc.index("</p>", e)
            o, c = CALLOUT[tpl]
            doc = doc[:start] + o + doc[s:close] + c + doc[close + 4:]
        elif style in ("box", "factbox"):
            how = (BOX if style == "box" else FACTBOX)[tpl]
            if kind == "h":  # the subheading and the block after it
                start, _ = element_start(doc, s, "h[1-6]", pid)
                nkind, nval = blocks[j + 1]
                if nkind == "p":
                    ns, ne = find_text(doc, mp.inline_html(nval), pid, e)
                    end = doc.index("</p>", ne) + 4
                else:
                    ns, ne = find_text(doc, mp.inline_html(nval[-1]), pid, e)
                    end = doc.index("</%s>" % nkind, ne) + len(nkind) + 3
            else:
                start, _ = element_start(doc, s, "p", pid)
                end = doc.index("</p>", e) + 4
            if how[0] == "class":
                assert kind == "p", (pid, style)
                doc = add_class(doc, start, s, how[1])
            else:
                doc = doc[:start] + how[1] + doc[start:end] + how[2] + doc[end:]
    return doc


# --------------------------------------------------------------------------
# templates: umbraco is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"umbraco": tpl_umbraco, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h36), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "umbraco"


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["truth_blocks"], art["marks"] = blocks_and_marks(art["body"])
            art["blocks"], art["looks"] = prepare_blocks(art)
            # paragraphs set entirely in bold: interview questions and crossheads typed as bold paragraphs
            bold = ({j for s, _, j in art["looks"] if s == "bold"}
                    | {j for j, (kind, val) in enumerate(art["blocks"]) if kind == "p" and re.fullmatch(r"\*\*[^*]+\*\*", val)})
            art["looked"] = {j for _, _, j in art["looks"]} | bold
            # no residue between a subheading set in a box and its text, nor inside a box, nor between a question or
            # a bold crosshead and what follows it
            art["no_slot"] = {j + 1 for s, _, j in art["looks"] if s in ("box", "factbox")} | {j + 1 for j in bold}
            rng = random.Random("newsflow-heldout37-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI37[lang]
            if "comments" in art.get("avoid", []):  # comments closed under a story
                ui = dict(ui, commenters=[], comment_note=ui["closed"])
            placed, inline, fams = residue_items(art, rng, site, used)
            if tpl in NEW_TEMPLATES:
                doc = NEW_TEMPLATES[tpl](art, ui, site, placed, rng)
                fams = fams + TEMPLATE_FAMILIES.get(tpl, [])
            else:
                fun, mode = OLD_TEMPLATES[tpl]
                doc = fun(art, ui, site, mp.body_html(art, placed, mode), rng)
            doc = apply_looks(apply_inline(doc, art, inline), art).replace(BR, "<br>\n")
            pages[art["id"]] = doc
            truth[art["id"]] = mp.truth_text(art["truth_blocks"])
            meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)), inline=len(inline),
                                   looks=[s for s, _ in art.get("look", [])])
    return pages, truth, meta


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 37) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h36), labels, furniture strings,
    headlines and site names, and the first-round interface strings."""
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
                       mp28.R, [v for v in mp28.SITE_STRINGS.values()], mp28.KIRBY, mp28.KIRBY_CORE, mp28.UI_NEW,
                       mp28.TEASERS,
                       mp29.R, [v for v in mp29.SITE_STRINGS.values()], mp29.GRAV, mp29.GRAV_CORE, mp29.UI_NEW,
                       mp29.TEASERS,
                       mp30.R, [v for v in mp30.SITE_STRINGS.values()], mp30.TAGDIV, mp30.TAGDIV_CORE, mp30.UI_NEW,
                       mp30.TEASERS,
                       mp31.R, [v for v in mp31.SITE_STRINGS.values()], mp31.JANNAH, mp31.UI_NEW, mp31.TEASERS,
                       mp31.JOB_LISTINGS,
                       mp32.R, [v for v in mp32.SITE_STRINGS.values()], mp32.ASTRA, mp32.UI_NEW, mp32.TEASERS,
                       mp32.PROPERTY_LISTINGS, mp32.TICKET_DATES,
                       mp33.R, [v for v in mp33.SITE_STRINGS.values()], mp33.WAGTAIL, mp33.UI_NEW, mp33.TEASERS,
                       mp33.ELECTION_ROWS, mp33.MARKET_ROWS, mp33.SCORE_ROWS, mp33.TICKET_DATES,
                       mp34.R, [v for v in mp34.SITE_STRINGS.values()], mp34.NUXT, mp34.UI_NEW, mp34.TEASERS,
                       mp34.ODDS_CELLS, mp34.PHARMACY_ROWS, mp34.CAR_LISTINGS,
                       mp35.R, [v for v in mp35.SITE_STRINGS.values()], mp35.CRAFT, mp35.UI_NEW, mp35.TEASERS,
                       mp35.ODDS_CELLS, mp35.PHARMACY_ROWS,
                       mp36.R, [v for v in mp36.SITE_STRINGS.values()], mp36.AEM, mp36.UI_NEW, mp36.TEASERS,
                       mp36.LOTTO_ROWS, mp36.TV_ROWS, mp36.EXAM_ROWS,
                       mp.RELATED_HEADLINES, [m.HEADLINES for m in EARLIER_MODULES if hasattr(m, "HEADLINES")],
                       [m.SITES for m in EARLIER_MODULES if hasattr(m, "SITES")], mp14.BLOG_SITES,
                       mp3.BROADCASTERS, [a.get("site", "") for mod in story_mods for a in mod.ARTICLES],
                       [a.get("tags", []) for mod in story_mods for a in mod.ARTICLES],
                       [a.get("correction", "") for mod in story_mods for a in mod.ARTICLES],
                       [a.get("score", "") for mod in story_mods for a in mod.ARTICLES]]):
        if s and s not in NOT_WORDS and not isinstance(s, (int, bool)):
            old |= _sentences(s)
    for s in _strings(UI):
        old.add(s.lower().strip())
    return old


def verify(pages, truth):
    problems = mp.verify(pages, truth)
    for pid, text in truth.items():
        if not 150 <= len(text.split()) <= 400:
            problems.append("%s: body has %d words (want 150-400)" % (pid, len(text.split())))
        if "[^" in text or BR in text:
            problems.append("%s: a mark left in the truth" % pid)
    for pid, doc in pages.items():
        if BR in doc:
            problems.append("%s: line-break mark left in the page" % pid)
    # layouts: umbraco (new to the set) on two pages, in two languages; every other page on a different earlier layout
    tpls = collections.Counter(a["tpl"] for a in ARTICLES)
    if NEW_LAYOUT in EARLIER_LAYOUTS:
        problems.append("%s is not new" % NEW_LAYOUT)
    if tpls.get(NEW_LAYOUT) != 2 or len({a["lang"] for a in ARTICLES if a["tpl"] == NEW_LAYOUT}) != 2:
        problems.append("%s used on %d pages (want 2, in two languages)" % (NEW_LAYOUT, tpls.get(NEW_LAYOUT, 0)))
    problems.extend("template %s used %d times (want every earlier layout once)" % (t, c)
                    for t, c in tpls.items() if t != NEW_LAYOUT and c > 1)
    if len([t for t in tpls if t != NEW_LAYOUT]) != 22:
        problems.append("%d earlier layouts (want 22)" % len([t for t in tpls if t != NEW_LAYOUT]))
    problems.extend("template %s is not an earlier layout" % t for t in tpls if t != NEW_LAYOUT and t not in EARLIER_LAYOUTS)
    problems.extend("unknown template %s" % t for t in tpls if t not in NEW_TEMPLATES and t not in OLD_TEMPLATES)
    # an earlier layout is not on a page in a language h35 or h36 gave it
    for mod in LANG_PARTS:
        langs_then = {(a["tpl"], a["lang"]) for a in mod.ARTICLES}
        problems.extend("%s: %s in %s, as in %s" % (a["id"], a["tpl"], a["lang"], mod.__name__) for a in ARTICLES
                        if (a["tpl"], a["lang"]) in langs_then)
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(PAGES_PER_LANG):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = ["h37-%s-%03d" % (x, k) for x in ("en", "tr", "de", "fr", "es", "ru") for k in range(1, PAGES_PER_LANG[x] + 1)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # the umbraco pages: a site of UMBRACO, a section of the site's menu; sites of the other pages
    for a in ARTICLES:
        if a["tpl"] == "umbraco" and (a.get("site") not in UMBRACO or a["lang"] not in UMB_CORE
                                      or a["section"] not in UMBRACO[a["site"]]["menu"]):
            problems.append("%s: umbraco page needs an UMBRACO site and a menu section" % a["id"])
        if a.get("kind") and a["kind"] not in NOT_ON_KIND:
            problems.append("%s: unknown kind %s" % (a["id"], a["kind"]))
        if a.get("section_tag") and (mp.parse_body(a["body"])[0][0] != "p" or any(
                block_index(mp.parse_body(a["body"]), o) == [0] for _, o in a.get("look", []))):
            problems.append("%s: a section tag is run into an unstyled first paragraph" % a["id"])
        if a["tpl"] == "magazine" and not a.get("pull"):
            problems.append("%s: the magazine layout needs a pull quote" % a["id"])
    needs = collections.Counter(a["tpl"] != NEW_LAYOUT and not a.get("site") and a["lang"] for a in ARTICLES)
    problems.extend("%d pages in %s without a site, %d site names" % (c, lang, len(SITES[lang]))
                    for lang, c in needs.items() if lang and c != len(SITES[lang]))
    # the looks: known styles, each on exactly one block, on a layout that has markup for it
    markup = {"dropcap": DROPCAP, "box": BOX, "factbox": FACTBOX, "callout": CALLOUT}
    for a in ARTICLES:
        blocks = mp.parse_body(a["body"])
        for style, opening in a.get("look", []):
            hits = block_index(blocks, opening)
            if style not in LOOK_STYLES:
                problems.append("%s: unknown look %s" % (a["id"], style))
            elif len(hits) != 1:
                problems.append("%s: look %s matches %d blocks" % (a["id"], style, len(hits)))
            elif style in markup and a["tpl"] not in markup[style]:
                problems.append("%s: no %s markup for %s" % (a["id"], style, a["tpl"]))
            elif style == "factbox" and (blocks[hits[0]][0] != "h" or blocks[hits[0] + 1][0] not in ("ul", "ol")):
                problems.append("%s: a fact box holds a subheading and its list" % a["id"])
            elif style == "br" and (a["tpl"] in ("legacy-br", "ucoz") or blocks[hits[0] - 1][0] != "p"):
                problems.append("%s: a <br> paragraph needs a paragraph before it, on a layout with <p>" % a["id"])
    # the story structures this part stresses: question-and-answer interviews (bold questions), lists inside the
    # story, crossheads (as headings and as bold paragraphs), each on at least three pages in three languages
    def qa(a):
        bold_q = {o for s, o in a.get("look", []) if s == "bold" and o.endswith("?")}
        return len(bold_q) + len(re.findall(r"^\*\*[^*\n]+\?\*\*$", a["body"], re.M)) >= 3

    def bold_head(a):
        return bool(re.search(r"^\*\*[^*\n]+[^?*.]\*\*$", a["body"], re.M))
    for name, test in (("a Q&A interview", qa), ("a list", lambda a: bool(re.search(r"^(- |\d+\. )", a["body"], re.M))),
                       ("a crosshead as a heading", lambda a: "\n## " in a["body"]), ("a crosshead as a bold paragraph", bold_head)):
        have = [a for a in ARTICLES if test(a)]
        if len(have) < 3 or len({a["lang"] for a in have}) < 3:
            problems.append("%d pages in %d languages have %s (want 3 in 3)" % (len(have), len({a["lang"] for a in have}), name))
    # controls: two pages without residue (in two languages), one with a single correction line only
    if len({a["lang"] for a in ARTICLES if a.get("low") == 0 and a["tpl"] not in TEMPLATE_FAMILIES
            and not a.get("carry")}) < 2:
        problems.append("want control pages without residue in two languages")
    if not any(a.get("only") == ["correction"] and a["tpl"] not in TEMPLATE_FAMILIES and a.get("correction") for a in ARTICLES):
        problems.append("no control page with a single correction line")
    # every residue family (the three subject families included) has wordings in every language, and markup
    for fam in FAMILIES:
        if fam in ("caption", "title"):
            continue
        if fam not in R or (fam != "symbol" and set(R[fam]) != set(UI)):
            problems.append("residue family %s lacks wordings" % fam)
        if fam not in STYLES and fam not in ("caption", "related"):
            problems.append("residue family %s lacks markup" % fam)
    for fam, idxs in SUBJECT_STYLE_WORDING.items():
        if len(idxs) != len(STYLES[fam]) or any(i >= len(R[fam][lang]) for i in idxs for lang in R[fam]):
            problems.append("subject family %s: a markup without its wording" % fam)
        problems.extend("subject family %s: markup %d prints a list, wording %d has no items" % (fam, k, i)
                        for k, i in enumerate(idxs) if "{items}" in STYLES[fam][k]
                        and any(" · " not in R[fam][lang][i] for lang in R[fam]))
    if set(SUBJECT_STYLE_WORDING) != set(SUBJECT_FAMILIES) or not set(SUBJECT_FAMILIES) <= set(CARRY_ONLY):
        problems.append("subject families: wording map or carry-only list incomplete")
    for name, obj in (("notice rows", NOTICE_ROWS), ("nutrition rows", NUTRITION_ROWS), ("home rows", HOME_ROWS)):
        if set(obj) != set(UI):
            problems.append("%s lack a language" % name)
    problems.extend("carried family %s is not a family" % f for a in ARTICLES for f in a.get("carry", []) if f not in FAMILIES)
    problems.extend("%s: avoided family %s is not a family" % (a["id"], f) for a in ARTICLES for f in a.get("avoid", [])
                    if f not in FAMILIES)
    for a in ARTICLES:
        for fam, idx in a.get("choose", {}).items():
            if idx >= len(R[fam][a["lang"]]):
                problems.append("%s: no wording %d in the %s pool" % (a["id"], idx, fam))
    # the new families are new: in no earlier pool, family list or template family ...
    for mod in EARLIER_MODULES:
        problems.extend("family %s already in the pools of %s" % (f, mod.__name__) for f in NEW_FAMILIES
                        if f in getattr(mod, "R", {}) or f in getattr(mod, "FAMILIES", [])
                        or f in getattr(mod, "NEW_FAMILIES", []) or f in getattr(mod, "CARRY_ONLY", [])
                        or any(f in v for v in getattr(mod, "TEMPLATE_FAMILIES", {}).values()))
    problems.extend("family %s already in the first-round pools" % f for f in NEW_FAMILIES
                    if f in mp.RESIDUE or f in mp.FAMILIES)
    # ... and each family new or placed by subject is carried by four pages in at least three languages (no more:
    # four stories each)
    for f in NEW_FAMILIES + SUBJECT_FAMILIES:
        carriers = [a for a in ARTICLES if f in a.get("carry", [])]
        if len(carriers) != 4 or len({a["lang"] for a in carriers}) < 3:
            problems.append("family %s carried by %d pages in %d languages (want 4 in 3)" % (
                f, len(carriers), len({a["lang"] for a in carriers})))
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    old = old_strings()
    story_mods = [__import__(name) for name in STORY_MODULES]
    for fam, by_lang in list(R.items()) + [("notice rows", NOTICE_ROWS), ("nutrition rows", NUTRITION_ROWS), ("home rows", HOME_ROWS)]:
        for s in _strings(by_lang):
            problems.extend("h37 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = [v for (mod, name), v in SITE_STRINGS.items() if (mod, name) not in ((mp4, "R"), (mp, "RESIDUE"))]
    umb_sites = [{k: v for k, v in d.items() if k not in UMBRACO_EXEMPT} for d in UMBRACO.values()]
    # (UMB_CORE, the platform's generic strings and Cookiebot's labels, is left as the developers left it)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("UMBRACO", umb_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)):
                continue
            problems.extend("h37 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    for art in ARTICLES:
        if art.get("correction"):
            problems.extend("%s: correction reuses %r" % (art["id"], x) for x in sorted(_sentences(art["correction"]) & old))
    # new wrapper class names
    old_classes = set()
    for mod in EARLIER_MODULES:
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES", "TIKTOK_STYLE"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend("h37 class name %r used by an earlier part" % x
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
    # the headline must not be a story paragraph; the pull quote must repeat a piece of its story
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
    the pages only (truth.json does not hold the h37 entries yet) and says so."""
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
              "(truth.json not checked: h37 is not merged by make_pages.py yet)")
        sys.exit(1 if bad else 0)
    if "--stats" in sys.argv:
        for pid in sorted(meta):
            print(pid, meta[pid]["template"], len(truth[pid].split()), ",".join(meta[pid]["residue"]),
                  "inline=%d" % meta[pid]["inline"], "looks=" + ",".join(meta[pid]["looks"]))
        print("%d pages (not written with --stats)" % len(pages))
        return
    hc.run(lambda: (pages, truth, meta), lambda p, t: [])


if __name__ == "__main__":
    main()
