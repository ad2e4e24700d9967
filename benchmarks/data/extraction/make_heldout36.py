#!/usr/bin/env python3
"""Thirty-sixth held-out part (h36-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout36.py           # write pages/h36-*.html
    python benchmarks/data/extraction/make_heldout36.py --check   # verify pages/h36-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout36.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the files of this directory were read).  Stories are in
articles_h36_en.py / articles_h36_intl.py; the residue wordings (thirty-five of the generic families of the earlier
parts plus three new ones: lottery-results widgets in stories about lottery wins -- the latest winning numbers, the
"check your ticket" link, the play-responsibly line, a draw-results table --, TV-listings widgets in stories about
television programmes -- "on TV tonight" with the evening's schedule, catch-up links, programme reminders --, and
exam-results widgets in stories about exam results -- the results checker with its candidate-number box, a results-
day live link, the schools' results table, the "missed your grades?" options --), their wrapper class names, related
headlines, site names, the sites' own strings in the earlier layouts and the first-round furniture strings are new
here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..34 (make_heldout35 is
written at the same time by another writer and was not read), nor their labels, furniture strings, headlines or site
names; verify() refuses to build if one is reused, if a "new" family is already in an earlier pool, family list or
template family, if a story paragraph or headline of an earlier part recurs, if a headline is also a story paragraph,
or if a body is outside 150-400 words.  Every name and number is fictional.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story): lottery widgets on four stories about lottery wins (a hospital syndicate, a Christmas jackpot sold in a
village shop, a Lotto winner who has not come forward, the Christmas draw's first prize shared by a village),
TV-listings widgets on four stories about television (a baker in a baking final on a broadcaster's site, a village
in a TV contest, a crime drama filmed in a town, a veterans' choir in a TV contest), exam-results widgets on four
stories about exam results (A levels at a sixth-form college, a village school's entrance-exam results, the
baccalauréat at a lycée, the Russian state exam's top scorers).  Earlier families that need a reason in the story
are placed the same way (a calendar row on two library programmes, a map on a village hall, a gallery on a
photography award, score-centre links on football stories); the other generic families are balanced over the part,
leaving out those the page's site would not print (the story's "kind": a public body, a village or club site, an
independent publication on a platform); a correction box goes only on a story that was corrected, with that story's
own wording.  Residue markup varies as on real pages: classed boxes, bars and widgets, bare <p> / <div> lines as
pasted by editors, headings, links, lists, spans and tables, and, for a few families, a line run into the end of a
story paragraph or a bold section tag run into the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps, whole
paragraphs in bold or italics, a highlighted sentence, a paragraph in a coloured box, a fact box holding a subheading
and its list, a Ghost callout card; story structures that look like furniture but are the story: question-and-answer
interviews (bold questions, some of two or three words), lists inside the story (results, prices, programmes, steps),
crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs, a closing line with
practical information, and story sentences that mention furniture words in ordinary reporting (cookie-banner rules
in two stories, a council's pothole app, a photographer's archive and a wildlife photographer, a library newsletter
in two languages, "was in contact with", a Telegram channel residents are asked to follow), some at the start or end
of the story where furniture usually sits.
One page layout is new (aem: an Adobe Experience Manager site built with the Core Components, as a regional
broadcaster and a regional daily serve it, on two pages, an English and a German one: the head with the page
template meta tag, the OneTrust stub and OptanonWrapper, the Adobe Launch script and the project's clientlibs
(/etc.clientlibs/<project>/clientlibs/clientlib-base|site.lc-<hash>-lc.min.css) and the data-layer clientlibs;
body.page.basicpage with the data-cmp-* attributes and the adobeDataLayer script pushing the page's JSON; the root
responsive grid (div.root.container.responsivegrid > div.cmp-container > div.aem-Grid with aem-GridColumn
children); the header experience fragment (cmp-experiencefragment--header: logo cmp-image, cmp-navigation,
cmp-search and the site's buttons); the cmp-breadcrumb; the article container (aem-GridColumn--default--8): the
kicker and the h1 as cmp-title, the standfirst as cmp-text, the byline component, the lead cmp-image with
data-cmp-src / data-cmp-widths / data-asset-id and the adaptive image servlet's .coreimg URLs, then the body as
components: cmp-text components holding the story's paragraphs and lists (with the text in their
data-cmp-data-layer JSON as AEM writes it), cmp-title components for subheadings, a quote component, an inline
cmp-teaser, an ad-slot component and cmp-embed components holding the HTML editors and the ad server put in; the
share component, tags, a cmp-list of related stories; the sidebar with a "most read" cmp-list, a promo cmp-teaser
and a newsletter cmp-form; the footer experience fragment; the OneTrust banner (div#onetrust-consent-sdk) and the
clientlib scripts).  The platform's generic strings (AEM_CORE, per language) are left as developers leave them and
not checked; the sites' own strings (AEM: menus, buttons, teaser and box titles, footer texts) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h33 or h34 gave it (9 English pages, 3 in each other language); while a page is rendered, the
earlier modules' related headlines, the strings that belong to one site rather than to the platform (see
SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's own, and the
templates get this part's furniture strings (UI36) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout34.py, so that make_pages.py can import this module and merge it the same way.
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
from articles_h36_intl import ARTICLES as H36_INTL  # noqa: E402

ARTICLES = H36_EN + H36_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34)
# parts whose layouts' languages this part avoids (the two before it; h35 is written at the same time)
LANG_PARTS = (mp33, mp34)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h36"

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Penwithy & District Packet", "Holmbury Herald", "Carnwood Clarion", "Brackenfield Bugle",
           "Wyle Estuary Times", "St Arvan Islander"],
    "tr": ["Ilgazköy Ekspres", "Çamlıpınar Sesi", "Kuzeytepe Haber Bülteni"],
    "de": ["Kellbacher Nachrichten", "Hohenwerdaer Stadtbote"],
    "fr": ["L'Écho de Sainte-Foy", "Mirevent Matin"],
    "es": ["Diario de Navalrubio", "Crónica de la Manchuela"],
    "ru": ["Верхнекамская неделя", "Лесогорский вестник", "Краснобережье сегодня"],
}
# sites fixed per page (a broadcaster and a regional daily on AEM, a community site on Ghost, a village website on
# uCoz, a municipality on Drupal, an independent publication on Medium) are given in the stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h34 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This video player is switched off until you allow video cookies", "Allow marketing cookies to load this interactive graphic ›"],
        "tr": ["Video çerezlerine izin verene kadar bu oynatıcı kapalı kalacak", "Bu etkileşimli grafiği yüklemek için pazarlama çerezlerine izin verin ›"],
        "de": ["Dieser Videoplayer bleibt aus, bis Sie Video-Cookies erlauben", "Marketing-Cookies erlauben, um diese interaktive Grafik zu laden ›"],
        "fr": ["Ce lecteur vidéo reste désactivé tant que vous n'autorisez pas les cookies vidéo", "Autorisez les cookies marketing pour charger cette infographie interactive ›"],
        "es": ["Este reproductor seguirá apagado hasta que permitas las cookies de vídeo", "Permite las cookies de marketing para cargar este gráfico interactivo ›"],
        "ru": ["Видеоплеер отключён, пока вы не разрешите видео-cookie", "Разрешите маркетинговые cookie, чтобы загрузить интерактивную графику ›"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Get the morning briefing from {site}: five stories, one email, before 7am.",
               "This is your 3rd free article of 4 this month. Become a member for unlimited access",
               "Our reporters cover 40 parish councils a month. Help pay for it from £2"],
        "tr": ["{site} sabah bülteni: beş haber, tek e-posta, saat 7'den önce.",
               "Bu ay 4 ücretsiz haberinizin 3'üncüsünü okuyorsunuz. Sınırsız erişim için üye olun",
               "Muhabirlerimiz her ay 40 mahalle meclisini izliyor. Bunun masrafına 20 liradan katkı verin"],
        "de": ["Das Morgen-Briefing von {site}: fünf Geschichten, eine E-Mail, vor 7 Uhr.",
               "Dies ist Ihr 3. von 4 freien Artikeln in diesem Monat. Mitglied werden und unbegrenzt lesen",
               "Unsere Reporter sitzen jeden Monat in 40 Gemeinderäten. Helfen Sie mit, das zu bezahlen – ab 2 Euro"],
        "fr": ["Le brief du matin de {site} : cinq articles, un seul courriel, avant 7 heures.",
               "Ceci est votre 3e article gratuit sur 4 ce mois-ci. Devenez membre pour tout lire",
               "Nos reporters suivent 40 conseils municipaux par mois. Aidez-nous à le financer, dès 2 €"],
        "es": ["El resumen matinal de {site}: cinco noticias, un correo, antes de las 7.",
               "Esta es tu 3.ª noticia gratuita de 4 este mes. Hazte socio y lee sin límites",
               "Nuestros periodistas cubren 40 plenos al mes. Ayúdanos a pagarlo desde 2 €"],
        "ru": ["Утренний дайджест «{site}»: пять новостей, одно письмо, до 7 утра.",
               "Это ваша 3-я бесплатная статья из 4 в этом месяце. Оформите членство для полного доступа",
               "Наши корреспонденты каждый месяц бывают на 40 заседаниях советов. Помогите оплатить эту работу — от 100 рублей"],
    },
    "share": {  # the first wording is a list of networks (" · ")
        "en": ["Pass it on: WhatsApp · Facebook · Threads · Email", "Share this with a neighbour who'd want to know"],
        "tr": ["Paylaşın: WhatsApp · Facebook · Threads · E-posta", "Bunu bilmek isteyecek bir komşunuzla paylaşın"],
        "de": ["Teilen über: WhatsApp · Facebook · Threads · E-Mail", "Teilen Sie das mit Nachbarn, die es wissen sollten"],
        "fr": ["Partager via : WhatsApp · Facebook · Threads · Courriel", "Partagez cet article avec un voisin que ça intéressera"],
        "es": ["Compartir por: WhatsApp · Facebook · Threads · Correo", "Compártelo con algún vecino al que le interese"],
        "ru": ["Поделиться: Telegram · ВКонтакте · Одноклассники · Почта", "Поделитесь с соседями, которым это важно"],
    },
    "photo": {
        "en": ["Family photograph, reproduced with their consent", "Picture supplied to the newsroom"],
        "tr": ["Aile albümünden, izinleriyle yayımlanmıştır", "Fotoğraf haber merkezimize iletilmiştir"],
        "de": ["Familienfoto, mit deren Einverständnis veröffentlicht", "Foto: der Redaktion zur Verfügung gestellt"],
        "fr": ["Image aimablement fournie par la famille", "Photo transmise à la rédaction"],
        "es": ["Foto del álbum familiar, publicada con su consentimiento", "Fotografía remitida a la redacción"],
        "ru": ["Снимок из семейного альбома, публикуется с согласия родных", "Снимок предоставлен редакции"],
    },
    "copyright": {
        "en": ["Content © {site}: our stories may not be copied or redistributed without written consent."],
        "tr": ["Telif hakkı {site}'a aittir. Haberlerimiz yazılı izin alınmadan kopyalanamaz ve dağıtılamaz."],
        "de": ["Urheberrecht: {site}. Unsere Texte dürfen ohne schriftliche Einwilligung nicht kopiert oder weiterverbreitet werden."],
        "fr": ["Contenus © {site} : nos articles ne peuvent être copiés ni rediffusés sans accord écrit."],
        "es": ["Derechos reservados {site}. Nuestras noticias no pueden copiarse ni redistribuirse sin consentimiento por escrito."],
        "ru": ["Авторские права — «{site}». Копирование и распространение материалов без письменного согласия запрещено."],
    },
    "section": {
        "en": ["{section} — the latest from our reporters", "See all {section} stories ›"],
        "tr": ["{section} | son haberler", "Tüm {section} haberlerini görün ›"],
        "de": ["{section} — Neues von unseren Reportern", "Weitere Meldungen aus dem Ressort {section} ›"],
        "fr": ["{section} | dernières infos", "L'ensemble des articles de la rubrique {section} ›"],
        "es": ["{section} | última hora", "Todo lo publicado en {section} ›"],
        "ru": ["{section} | последние новости", "Все публикации в разделе «{section}» ›"],
    },
    "related": {
        "en": ["Other stories people are reading", "Earlier coverage"],
        "tr": ["Okurların şu sıralar okuduğu diğer haberler", "Konuyla ilgili önceki haberlerimiz"],
        "de": ["Was andere gerade lesen", "Unsere bisherige Berichterstattung"],
        "fr": ["Ce que les autres lecteurs consultent", "Nos précédents articles"],
        "es": ["Lo que otros lectores están leyendo", "Cobertura anterior"],
        "ru": ["Что сейчас читают другие", "Ранее на эту тему"],
    },
    "symbol": {"*": ["◆ ◆ ◇ ◆ ◆", "∴ ∴ ∴", "— ❦ —", "○ ○ ○"]},
    "credit": {
        "en": ["With additional reporting by the {site} newsdesk", "Video and pictures: {site} multimedia team"],
        "tr": ["{site} haber masasının katkılarıyla", "Video ve fotoğraflar: {site} multimedya ekibi"],
        "de": ["Mit Material des Newsdesks von {site}", "Video und Bilder: Multimedia-Team von {site}"],
        "fr": ["Avec le service actualités de {site}", "Vidéo et photos : équipe multimédia de {site}"],
        "es": ["Con datos aportados por la mesa de edición de {site}", "Vídeo y fotos: equipo multimedia de {site}"],
        "ru": ["С участием редакции новостей «{site}»", "Видео и фото: мультимедийная служба «{site}»"],
    },
    "ad": {
        "en": ["Sponsored content follows", "Adverts keep our local news free to read"],
        "tr": ["Aşağıda sponsorlu bir içerik yer alıyor", "Reklamlar yerel haberlerimizi ücretsiz tutuyor"],
        "de": ["Es folgt eine Anzeige", "Anzeigen halten unsere Lokalnachrichten kostenlos"],
        "fr": ["Contenu sponsorisé ci-dessous", "La publicité permet de garder nos infos locales gratuites"],
        "es": ["A continuación, contenido patrocinado", "Los anuncios mantienen gratis nuestras noticias locales"],
        "ru": ["Ниже — рекламный блок", "Реклама позволяет читать местные новости бесплатно"],
    },
    "continue": {
        "en": ["Continue reading this story ↓", "Tap here to read the full article"],
        "tr": ["Haberin devamını okuyun ↓", "Haberin tamamı için buraya dokunun"],
        "de": ["Und so geht es weiter ↓", "Tippen, um den vollständigen Artikel zu lesen"],
        "fr": ["La suite de l'article ↓", "Touchez ici pour lire l'article en entier"],
        "es": ["Sigue leyendo esta noticia ↓", "Toca aquí y lee la noticia hasta el final"],
        "ru": ["Читать продолжение ↓", "Нажмите и дочитайте материал до конца"],
    },
    "comments": {
        "en": ["Comments ({n}) – join the debate", "{n} readers have commented. Read them ›"],
        "tr": ["Yorumlar ({n}) · sizin görüşünüz ne?", "{n} okur yorum yaptı. Yorumları okuyun ›"],
        "de": ["Kommentare ({n}) · Ihre Meinung zählt", "{n} Leser haben kommentiert. Jetzt lesen ›"],
        "fr": ["Commentaires ({n}) · à vous la parole", "{n} lecteurs ont réagi. Lire les réactions ›"],
        "es": ["Comentarios ({n}) – únete al debate", "{n} lectores han comentado. Léelos ›"],
        "ru": ["Комментарии ({n}) — присоединяйтесь к обсуждению", "Читатели оставили {n} комментариев. Читать ›"],
    },
    "readtime": {
        "en": ["Time to read ≈ {m} min", "It takes about {m} minutes to read this"],
        "tr": ["Okuma için gereken süre ≈ {m} dk", "Bu haberi okumak yaklaşık {m} dakikanızı alır"],
        "de": ["Benötigte Lesezeit ≈ {m} Min.", "Etwa {m} Minuten Lesezeit"],
        "fr": ["Article de {m} minutes", "Il faut environ {m} minutes pour lire cet article"],
        "es": ["Noticia de {m} minutos", "Leer esta noticia te llevará unos {m} minutos"],
        "ru": ["Время на чтение ≈ {m} мин", "Прочитать этот материал можно примерно за {m} минуты"],
    },
    "updated": {
        "en": ["Story last revised {d} at {t}", "First published {d} · latest version {t}"],
        "tr": ["Haber en son {d} günü saat {t} itibarıyla güncellendi", "İlk yayın {d} · son sürüm {t}"],
        "de": ["Artikel zuletzt überarbeitet am {d} um {t} Uhr", "Erstmals veröffentlicht {d} · letzte Fassung {t} Uhr"],
        "fr": ["Article révisé pour la dernière fois le {d} à {t}", "Publié le {d} · dernière version à {t}"],
        "es": ["Noticia revisada por última vez el {d} a las {t}", "Publicada el {d} · última versión a las {t}"],
        "ru": ["Материал в последний раз правился {d} в {t}", "Впервые опубликовано {d} · последняя версия в {t}"],
    },
    "audio": {
        "en": ["Listen to this article ({m} min, automated voice)", "🎧 Prefer to listen? Press play"],
        "tr": ["Bu haberi dinleyin ({m} dk, yapay ses)", "🎧 Dinlemeyi mi tercih edersiniz? Oynat'a basın"],
        "de": ["Artikel anhören ({m} Min., künstliche Stimme)", "🎧 Lieber hören? Auf Play drücken"],
        "fr": ["Écouter cet article ({m} min, voix de synthèse)", "🎧 Vous préférez écouter ? Appuyez sur lecture"],
        "es": ["Escucha esta noticia ({m} min, voz sintética)", "🎧 ¿Prefieres escuchar? Pulsa el play"],
        "ru": ["Прослушать статью ({m} мин, синтезированный голос)", "🎧 Удобнее слушать? Нажмите «Воспроизвести»"],
    },
    "correction": {
        "en": ["Correction: this article has been amended since it was first published."],
        "tr": ["Düzeltme: Bu haber ilk yayımlandıktan sonra değiştirilmiştir."],
        "de": ["Korrektur: Dieser Artikel wurde nach der ersten Veröffentlichung geändert."],
        "fr": ["Rectificatif : cet article a été modifié depuis sa première publication."],
        "es": ["Corrección: esta noticia se ha modificado desde su publicación."],
        "ru": ["Исправление: материал изменён после первой публикации."],
    },
    "app": {
        "en": ["Read {site} on the go: download our app", "Get the {site} app for faster local news ›"],
        "tr": ["{site}'u yolda okuyun: uygulamamızı indirin", "Yerel haberler daha hızlı: {site} uygulamasını edinin ›"],
        "de": ["{site} unterwegs lesen: unsere App herunterladen", "Lokales schneller: die App von {site} holen ›"],
        "fr": ["Lisez {site} partout : téléchargez notre application", "L'info locale plus vite : l'appli {site} ›"],
        "es": ["Lee {site} donde estés: descarga nuestra aplicación", "Noticias locales más rápido: consigue la app de {site} ›"],
        "ru": ["Читайте «{site}» в дороге: скачайте наше приложение", "Местные новости быстрее — приложение «{site}» ›"],
    },
    "bio": {
        "en": ["About the author: {by} reports on {section} for {site}.", "More articles by {by} ›"],
        "tr": ["Yazar hakkında: {by}, {site} için {section} alanında haber yapıyor.", "{by} imzasıyla yayımlanan tüm haberler ›"],
        "de": ["Über die Autorin oder den Autor: {by} schreibt für {site} über {section}.", "Weitere Artikel von {by} ›"],
        "fr": ["À propos de l'auteur : {by} suit l'actualité {section} pour {site}.", "Autres articles de {by} ›"],
        "es": ["Sobre la autora o el autor: {by} cubre {section} para {site}.", "Todas las noticias firmadas por {by} ›"],
        "ru": ["Автор материала {by} пишет для «{site}» на тему «{section}».", "Все публикации этого автора ›"],
    },
    "tip": {
        "en": ["Seen something we should cover? Email newsdesk@example.org or text 07700 900 318", "Your street, your news: tell our reporters"],
        "tr": ["Haberini yapmamızı istediğiniz bir olay mı var? haber@example.org adresine yazın ya da 0530 000 03 18'e mesaj atın", "Sokağınızın haberi: muhabirlerimize anlatın"],
        "de": ["Haben Sie etwas gesehen, worüber wir berichten sollten? Schreiben Sie an redaktion@example.org oder an 0170 0000318", "Ihre Straße, Ihre Nachricht: Sagen Sie es unseren Reportern"],
        "fr": ["Un événement mérite selon vous un article ? Écrivez à redaction@example.org ou au 06 00 00 03 18", "Votre rue, votre info : prévenez nos reporters"],
        "es": ["¿Crees que algo merece una noticia? Escribe a redaccion@example.org o al 600 000 318", "Cuéntanos qué pasa en tu barrio o en tu pueblo"],
        "ru": ["Видели что-то, о чём нам стоит написать? Пишите на news@example.org или в мессенджер: +7 900 000-03-18", "Ваша улица — ваша новость: сообщите нашим корреспондентам"],
    },
    "typo": {
        "en": ["Spotted a typo or a wrong fact? Highlight it and press Ctrl+Enter"],
        "tr": ["Hata mı buldunuz? İşaretleyip Ctrl+Enter tuşlarına basın"],
        "de": ["Tippfehler oder falsche Angabe entdeckt? Textstelle markieren und Strg+Enter drücken"],
        "fr": ["Vous avez trouvé une erreur ? Surlignez-la et appuyez sur Ctrl+Entrée"],
        "es": ["¿Has encontrado un error? Márcalo y pulsa Ctrl+Intro"],
        "ru": ["Заметили опечатку или неточность? Выделите её мышью и нажмите Ctrl+Enter — редакция поправит"],
    },
    "push": {
        "en": ["{site} would like to send you breaking news alerts. Allow · Block"],
        "tr": ["{site} size son dakika bildirimleri göndermek istiyor. İzin ver · Engelle"],
        "de": ["{site} möchte Ihnen Eilmeldungen schicken. Erlauben · Blockieren"],
        "fr": ["{site} souhaite vous envoyer des alertes info. Autoriser · Bloquer"],
        "es": ["{site} quiere enviarte alertas de última hora. Permitir · Bloquear"],
        "ru": ["«{site}» хочет присылать вам срочные новости. Разрешить · Блокировать"],
    },
    "print": {
        "en": ["Print this page · Email it · Save a PDF", "Print-friendly page"],
        "tr": ["Yazdır · E-postala · PDF olarak kaydet", "Sayfanın yazıcıya uygun hali"],
        "de": ["Drucken · Mailen · Als PDF sichern", "Seite für den Drucker aufbereitet"],
        "fr": ["Imprimer la page · L'envoyer · En faire un PDF", "Version de la page pour l'imprimante"],
        "es": ["Imprimir la página · Mandarla por correo · Hacer un PDF", "Página adaptada para imprimir"],
        "ru": ["Печать · Отправить · Сохранить в PDF", "Вариант страницы для принтера"],
    },
    "moderation": {
        "en": ["Comments are checked by our team and may take up to an hour to appear. Be kind to one another in the comments."],
        "tr": ["Yorumlar ekibimiz tarafından kontrol edilir ve görünmesi bir saati bulabilir. Yorumlarda birbirinize nazik davranın."],
        "de": ["Kommentare werden von unserem Team geprüft und können bis zu einer Stunde brauchen. Gehen Sie in den Kommentaren freundlich miteinander um."],
        "fr": ["Les commentaires sont vérifiés par notre équipe et peuvent mettre une heure à s'afficher. Soyez bienveillants les uns envers les autres."],
        "es": ["Nuestro equipo revisa los comentarios y pueden tardar hasta una hora en aparecer. Mantén el respeto."],
        "ru": ["Комментарии проверяет наша команда, публикация может занять до часа. Относитесь друг к другу в комментариях уважительно."],
    },
    "feedback": {
        "en": ["How useful was this article? Rate it from 1 to 5"], "tr": ["Bu haber ne kadar faydalıydı? 1'den 5'e kadar puan verin"],
        "de": ["Wie nützlich war dieser Artikel? Bewerten Sie ihn von 1 bis 5"], "fr": ["Notez de 1 à 5 l'utilité de cet article pour vous"],
        "es": ["Pon una nota del 1 al 5 a lo útil que te ha sido esta noticia"], "ru": ["Насколько полезен этот материал? Оцените от 1 до 5"],
    },
    "standards": {
        "en": ["{site} is a member of the independent press regulator. To make a complaint about this article, contact the readers' editor."],
        "tr": ["{site}, bağımsız basın öz denetim kuruluna üyedir. Bu haberle ilgili şikâyet için okur temsilcisine başvurun."],
        "de": ["{site} hat sich dem Pressekodex des Deutschen Presserats verpflichtet. Beschwerden über diesen Artikel richten Sie an die Leseranwältin."],
        "fr": ["{site} est membre du conseil de déontologie journalistique et de médiation. Pour une réclamation sur cet article, écrivez au médiateur."],
        "es": ["{site} está adherido al consejo de autorregulación de la prensa. Para quejarte de esta noticia, escribe al defensor del lector."],
        "ru": ["«{site}» входит в общественную коллегию по жалобам на прессу. Жалобы на материал направляйте омбудсмену редакции."],
    },
    "topics": {
        "en": ["Filed under: {section}, local", "Explore more: {section} ›"],
        "tr": ["Kategori: {section}, yerel", "Daha fazlasını keşfedin: {section} ›"],
        "de": ["Abgelegt in: {section}, Lokales", "Mehr entdecken: {section} ›"],
        "fr": ["Classé dans : {section}, local", "Explorer : {section} ›"],
        "es": ["Archivado en: {section}, local", "Descubre más: {section} ›"],
        "ru": ["Рубрики: {section}, местное", "Ещё по теме: {section} ›"],
    },
    "bookmark": {
        "en": ["☆ Save to read later"], "tr": ["☆ Daha sonra okumak üzere kaydet"], "de": ["☆ Für später merken"],
        "fr": ["☆ Enregistrer pour plus tard"], "es": ["☆ Guardar para leer después"], "ru": ["☆ Сохранить, чтобы прочитать позже"],
    },
    "poll": {
        "en": ["Quick poll: do you agree with the decision? Agree · Disagree · Not sure", "Results so far are shown after you vote"],
        "tr": ["Hızlı anket: karara katılıyor musunuz? Katılıyorum · Katılmıyorum · Emin değilim", "Şimdiye kadarki sonuçlar oy verdikten sonra görünür"],
        "de": ["Kurzumfrage: Finden Sie die Entscheidung richtig? Ja, richtig · Nein, falsch · Weiß ich nicht", "Das Zwischenergebnis sehen Sie nach Ihrer Stimme"],
        "fr": ["Sondage express : êtes-vous d'accord avec cette décision ? D'accord · Pas d'accord · Sans avis", "Les résultats s'affichent après votre vote"],
        "es": ["Encuesta rápida: ¿estás de acuerdo con la decisión? De acuerdo · En desacuerdo · No lo sé", "Verás los resultados después de votar"],
        "ru": ["Быстрый опрос: вы согласны с решением? Согласен · Не согласен · Затрудняюсь", "Результаты появятся после голосования"],
    },
    "embed": {
        "en": ["View {handle}'s Instagram post here", "Play this video from {handle} on YouTube"],
        "tr": ["{handle} tarafından paylaşılan bu gönderiyi Instagram'da görün", "{handle} kanalındaki videoyu YouTube'da oynatın"],
        "de": ["Instagram-Beitrag von {handle} hier anzeigen", "Dieses Video von {handle} auf YouTube abspielen"],
        "fr": ["Afficher ici la publication Instagram de {handle}", "Lire cette vidéo de {handle} sur YouTube"],
        "es": ["Mostrar aquí la publicación de Instagram de {handle}", "Reproducir este vídeo de {handle} en YouTube"],
        "ru": ["Показать здесь публикацию {handle} из Instagram", "Воспроизвести видео {handle} на YouTube"],
    },
    "gallery": {
        "en": ["📷 View all {g} pictures", "Gallery: {g} images ›"],
        "tr": ["📷 {g} fotoğrafın tümünü görün", "Galeri: {g} görsel ›"],
        "de": ["📷 Alle {g} Bilder ansehen", "Bildergalerie: {g} Fotos ›"],
        "fr": ["📷 Voir les {g} photos", "Diaporama : {g} images ›"],
        "es": ["📷 Ver las {g} fotos", "Galería: {g} imágenes ›"],
        "ru": ["📷 Смотреть все {g} фотографий", "Фотогалерея: {g} снимков ›"],
    },
    "map": {
        "en": ["View larger map ›", "Map data © OpenStreetMap contributors · Get directions"],
        "tr": ["Haritayı büyütün ›", "Harita verileri © OpenStreetMap katkıda bulunanlar · Yol tarifi alın"],
        "de": ["Größere Karte anzeigen ›", "Kartendaten © OpenStreetMap-Beitragende · Route planen"],
        "fr": ["Agrandir le plan ›", "Données cartographiques © contributeurs OpenStreetMap · Itinéraire"],
        "es": ["Ver mapa más grande ›", "Datos del mapa © colaboradores de OpenStreetMap · Cómo llegar"],
        "ru": ["Открыть карту крупнее ›", "Картографические данные © участники OpenStreetMap · Маршрут"],
    },
    "calendar": {
        "en": ["Add to calendar: Google · Outlook · Apple", "Save the date (.ics file)"],
        "tr": ["Takvime ekle: Google · Outlook · Apple", "Tarihi kaydedin (.ics dosyası)"],
        "de": ["Zum Kalender hinzufügen: Google · Outlook · Apple", "Termin speichern (.ics-Datei)"],
        "fr": ["Ajouter à l'agenda : Google · Outlook · Apple", "Enregistrer la date (fichier .ics)"],
        "es": ["Añadir al calendario: Google · Outlook · Apple", "Guarda la fecha (archivo .ics)"],
        "ru": ["Добавить в календарь: Google · Outlook · Apple", "Сохранить дату (файл .ics)"],
    },
    "scores": {
        "en": ["Results, fixtures and the league table ›", "Table · Fixtures · Results · Scorers"],
        "tr": ["Sonuçlar, fikstür ve puan tablosu ›", "Puan tablosu · Fikstür · Sonuçlar · Gol krallığı"],
        "de": ["Ergebnisse, Spielplan und Tabelle ›", "Tabelle · Spielplan · Ergebnisse · Torschützen"],
        "fr": ["Résultats, calendrier et classement ›", "Classement · Calendrier · Résultats · Buteurs"],
        "es": ["Resultados, calendario y clasificación ›", "Clasificación · Calendario · Resultados · Goleadoras"],
        "ru": ["Результаты, календарь и турнирная таблица ›", "Таблица · Календарь · Результаты · Бомбардиры"],
    },
    # the three families new in this part
    "lottery": {  # lottery-results widgets: the winning numbers, the "check your ticket" link, the play-responsibly line
        "en": ["Saturday's Lotto numbers: 3 · 14 · 22 · 29 · 41 · 47", "Check your ticket: all the latest draw results ›",
               "Play for fun, not to win money back. 18+ only"],
        "tr": ["Son çekilişte kazanan numaralar: 6 · 13 · 21 · 34 · 40 · 52", "Biletinizi sorgulayın: tüm çekiliş sonuçları ›",
               "Şans oyunlarını eğlence için oynayın. 18 yaşından küçüklere bilet satılmaz"],
        "de": ["Die Lottozahlen vom Samstag: 5 · 12 · 18 · 26 · 33 · 44", "Spielschein prüfen: alle aktuellen Gewinnzahlen ›",
               "Spielteilnahme ab 18. Glücksspiel kann süchtig machen. Hilfe unter 0800 000 0372"],
        "fr": ["Les numéros du tirage de samedi : 2 · 17 · 23 · 31 · 42 · 48", "Vérifiez votre grille : tous les résultats des tirages ›",
               "Jouer comporte des risques. Interdit aux mineurs"],
        "es": ["Números premiados del sábado: 7 · 15 · 24 · 30 · 38 · 46", "Comprueba tu décimo: todos los premios del sorteo ›",
               "Juega con moderación. Prohibido a menores de 18 años"],
        "ru": ["Выигрышные номера последнего тиража: 8 · 16 · 25 · 32 · 39 · 43", "Проверить билет: все результаты тиражей ›",
               "Лотерея — это игра. Участие только с 18 лет"],
    },
    "tvguide": {  # TV-listings widgets: tonight's schedule, catch-up, a programme reminder
        "en": ["On TV tonight ›", "Missed it? Catch up on the programme for 30 days", "Set a reminder so you don't miss it"],
        "tr": ["Bu akşam televizyonda ›", "Kaçırdınız mı? Programı 30 gün boyunca yeniden izleyin", "Kaçırmamak için hatırlatıcı kurun"],
        "de": ["Heute Abend im TV ›", "Verpasst? 30 Tage lang in der Mediathek abrufbar", "Erinnerung einstellen und nichts verpassen"],
        "fr": ["Ce soir à la télé ›", "Vous l'avez raté ? En replay pendant 30 jours", "Programmer un rappel pour ne pas le manquer"],
        "es": ["Esta noche en la tele ›", "¿Te lo perdiste? Disponible a la carta durante 30 días", "Activa un recordatorio para no perdértelo"],
        "ru": ["Сегодня вечером на ТВ ›", "Пропустили? Смотрите запись в течение 30 дней", "Поставьте напоминание, чтобы не пропустить"],
    },
    "exams": {  # exam-results widgets: results-day live, the results checker, what next, the schools' table caption
        "en": ["Results day live: news from every school in the county ›", "Check your results with your candidate number",
               "Missed your grades? Your options explained ›", "How the county's schools did this year"],
        "tr": ["Sonuç günü canlı: ilçedeki okullardan son gelişmeler ›", "LGS sonuç sorgulama: T.C. kimlik numaranızla sonucunuzu öğrenin",
               "Tercih robotu: puanınızla hangi liseye girebilirsiniz? ›", "İlçe okullarının sınav başarı sıralaması"],
        "de": ["Abiturnoten: alle Ergebnisse der Schulen im Landkreis ›", "Prüfungsergebnis abrufen – Prüfungsnummer eingeben",
               "Nicht bestanden? Das sind jetzt Ihre Möglichkeiten ›", "So haben die Schulen im Landkreis abgeschnitten"],
        "fr": ["Résultats du bac : consultez la liste des admis de votre académie ›", "Entrez votre nom pour trouver votre résultat",
               "Recalé ? Tout savoir sur l'oral de rattrapage ›", "Le palmarès des lycées du département"],
        "es": ["Notas de la PAU: consulta tus calificaciones ›", "Introduce tu DNI para ver tu nota",
               "¿No te da la nota? Estas son tus opciones ›", "Así han quedado los institutos de la provincia"],
        "ru": ["Результаты ЕГЭ в районе: все новости ›", "Проверьте свои баллы ЕГЭ по номеру паспорта",
               "Не хватило баллов? Что делать дальше ›", "Рейтинг школ района по итогам экзаменов"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES): a draw-results card is headed by
# the "check your ticket" link, the row of balls holds the numbers, a listings box is headed "on TV tonight", a
# results checker asks for the candidate number, a schools' table has its own caption
NEW_STYLE_WORDING = {"lottery": [1, 1, 0, 2], "tvguide": [0, 1, 2, 0], "exams": [1, 0, 3, 2]}
# a lottery widget's table of the latest draws: game, day, numbers
LOTTO_ROWS = {
    "en": [("Lotto · Saturday", "3 14 22 29 41 47 + 9"), ("Thunderball · Friday", "2 8 17 25 33 + 11"), ("Set For Life · Thursday", "5 12 20 31 44 + 6")],
    "tr": [("Sayısal Loto · cumartesi", "6 13 21 34 40 52"), ("Şans Topu · çarşamba", "4 9 17 26 31 + 7"), ("On Numara · pazartesi", "3 11 18 22 29 37 45 51 63 70")],
    "de": [("Lotto 6aus49 · Samstag", "5 12 18 26 33 44 · SZ 3"), ("Eurojackpot · Freitag", "9 16 23 38 47 · 4 10"), ("Spiel 77 · Samstag", "4 8 1 9 3 0 6")],
    "fr": [("Loto · samedi", "2 17 23 31 42 · n° chance 6"), ("EuroMillions · vendredi", "8 19 27 36 48 · 2 11"), ("Keno · dimanche midi", "4 9 15 22 30 …")],
    "es": [("Primitiva · sábado", "7 15 24 30 38 46 · C 12 · R 3"), ("Bonoloto · viernes", "2 11 19 27 33 41 · C 8"), ("Euromillones · martes", "6 14 29 40 47 · 3 9")],
    "ru": [("Русское лото · воскресенье", "тираж 1618 · джекпот не выпал"), ("Жилищная лотерея · воскресенье", "тираж 702 · выигрыши до 5 млн ₽"), ("6 из 45 · ежедневно", "8 16 25 32 39 43")],
}
# a TV-listings widget's evening schedule (fictional programmes)
TV_ROWS = {
    "en": ["18:30 Westmoor at Half Six", "19:00 Pointless Pairs", "20:00 The Great Bread Off: the final", "21:00 Harbour Lights"],
    "tr": ["19.00 Ana Haber", "20.00 Kelime Avı", "20.45 Bizim Sokak (dizi)", "23.00 Gece Bülteni"],
    "de": ["19.00 heute im Land", "19.45 Wissen am Abend", "20.15 Der Kommissar und die Brückengasse", "21.45 Tagesschlussmagazin"],
    "fr": ["19h00 Le 19/20 des régions", "20h10 Le Grand Quiz du soir", "21h10 Le Village préféré", "23h05 Grand Format"],
    "es": ["20:00 Noticias de la noche", "21:05 El Concurso de los Pueblos", "22:40 Cine: La cosecha", "00:30 La Noche en Abierto"],
    "ru": ["19:00 Вести региона", "19:40 Поле вопросов", "21:00 Поют все! Финал", "23:15 Вечерний сеанс"],
}
# an exam-results widget's table of schools (fictional): school, result
EXAM_ROWS = {
    "en": [("Kingsmead Academy", "31% A*–A"), ("Bishop Ralph School", "28% A*–A"), ("Lowfield College", "24% A*–A")],
    "tr": [("Atatürk Ortaokulu", "478,2"), ("Fatih Ortaokulu", "471,9"), ("Yunus Emre Ortaokulu", "463,5")],
    "de": [("Gymnasium am Mühlberg", "Ø 2,1"), ("Marien-Gymnasium", "Ø 2,3"), ("Gesamtschule Süd", "Ø 2,6")],
    "fr": [("Lycée Jean-Jaurès", "95 %"), ("Lycée Saint-Exupéry", "93 %"), ("Lycée agricole du Causse", "91 %")],
    "es": [("IES Río Tajo", "7,84"), ("IES Las Eras", "7,61"), ("Colegio San Agustín", "7,55")],
    "ru": [("Гимназия № 2", "74,8"), ("Лицей № 1", "72,3"), ("Школа № 5", "66,9")],
}
HEADLINES = {
    "en": ["Roadworks on the Kestle bypass to finish a month early", "Swimming pool's diving board to return after 12 years",
           "Harbour master retires after 31 years at the quay", "Bus fares frozen at £2 for pensioners' companions",
           "Youth club finds a new home in the old fire station", "Choir raises £9,000 for the hospice with one concert"],
    "tr": ["Sahil yolundaki çalışmalar bir ay erken bitecek", "Yüzme havuzuna 12 yıl sonra atlama kulesi geri geliyor",
           "Liman başkanı 31 yılın ardından emekli oldu", "Öğrenci abonmanında fiyatlar yıl sonuna kadar sabit",
           "Gençlik merkezinin yeni adresi eski itfaiye binası", "Koro tek konserle darülaceze için 90 bin lira topladı"],
    "de": ["Bauarbeiten an der Umgehungsstraße einen Monat früher fertig", "Sprungturm im Freibad kehrt nach zwölf Jahren zurück",
           "Hafenmeister geht nach 31 Jahren in den Ruhestand", "Busfahrkarten für Schüler bleiben bis Jahresende gleich teuer",
           "Jugendtreff zieht in die alte Feuerwache", "Chor sammelt mit einem Konzert 9000 Euro für das Hospiz"],
    "fr": ["Les travaux de la rocade finiront avec un mois d'avance", "Le plongeoir de la piscine revient après douze ans",
           "Le capitaine du port prend sa retraite après 31 ans", "Le prix du ticket de bus gelé pour les lycéens",
           "Le foyer des jeunes s'installe dans l'ancienne caserne des pompiers", "La chorale récolte 9 000 euros pour l'hôpital en un concert"],
    "es": ["Las obras de la variante terminarán un mes antes de lo previsto", "El trampolín de la piscina vuelve doce años después",
           "Se jubila el capitán del puerto tras 31 años en el muelle", "El abono joven del autobús mantiene su precio hasta diciembre",
           "El centro juvenil estrena sede en el viejo parque de bomberos", "El coro recauda 9.000 euros para los cuidados paliativos en un concierto"],
    "ru": ["Ремонт объездной дороги закончат на месяц раньше", "В бассейн через 12 лет вернётся вышка для прыжков",
           "Капитан порта ушёл на пенсию после 31 года работы", "Проезд для школьников не подорожает до конца года",
           "Молодёжный клуб переедет в здание бывшей пожарной части", "Хор собрал 300 тысяч рублей для хосписа за один концерт"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["es"]
TEASERS = {
    "es": ["La empresa adjudicataria adelanta la apertura al tráfico a finales de junio.",
           "El Ayuntamiento ha invertido 48.000 euros en la nueva plataforma de cinco metros.",
           "Fermín Ochandiano llegó al puerto en 1995 como auxiliar de amarres.",
           "El precio seguirá en 10 euros al mes para menores de 26 años.",
           "El local tendrá sala de ensayo, billar y un pequeño huerto.",
           "Más de 600 personas llenaron la iglesia de Santa María."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Around Penwithy and beyond", "Parishes and market towns", "Town hall and courtroom reports", "Jobs, shops and money matters", "Weekend sport around the grounds", "Where to go this week", "Readers' letters and views"],
               cookie="We and our partners store and access information on your device to run this website, measure its audience and personalise the adverts that fund our journalism. Choose which purposes you agree to.",
               accept="Agree and close", reject="Only the necessary ones", share="Pass this story to a friend",
               related="More headlines from today", newsletter="The morning briefing, every day at 7",
               subscribe="Sign me up, please", email="reader@penwithypacket.example",
               comment_note="Please log in to join the discussion.",
               closed="Commenting has been switched off for this article.",
               footer=["Who works on the paper", "When we get it wrong: corrections", "Cookies, privacy and your data", "Advertising in print and online", "Rules of the Packet website"],
               rights="No part of this website may be reproduced without the publisher's permission.",
               commenters=[("quay_street_pete", "Glad somebody has finally written this up properly."),
                           ("Linda from Marsh Lane", "Does anyone know if there will be a public meeting?"),
                           ("bikeshed_ben", "Thanks for the update.")]),
    "tr": dict(nav=["Bugün bölgemizde", "İlçe ilçe, köy köy", "Belediye meclisi ve mahkeme", "Ekonomi, esnaf ve iş", "Hafta sonu spor", "Bu hafta nereye gidilir", "Okur mektupları ve görüşler"],
               cookie="Bu web sitesini çalıştırmak, ziyaretçi sayısını ölçmek ve gazeteciliğimizi finanse eden reklamları kişiselleştirmek için siz ve iş ortaklarımız cihazınızda bilgi depoluyoruz. Hangi amaçlara onay verdiğinizi seçin.",
               accept="Onayla ve kapat", reject="Yalnızca gerekli olanlar", share="Bu haberi paylaşın",
               related="Bugünün diğer manşetleri", newsletter="Sabah bülteni, her gün saat 7'de",
               subscribe="Beni listeye ekleyin", email="okur@ilgazkoyekspres.example",
               comment_note="Tartışmaya katılmak için lütfen giriş yapın.",
               closed="Bu habere yorum yapma özelliği kapatıldı.",
               footer=["Haber ekibimiz kimlerden oluşuyor", "Hatalarımızı nasıl düzeltiyoruz", "Gizlilik ve çerez tercihleri", "Basılı ve dijital reklam", "Bu siteyi kullanma koşulları"],
               rights="Bu sitenin hiçbir bölümü yayıncının izni olmadan çoğaltılamaz.",
               commenters=[("rıhtımlı_ahmet", "Bu konunun doğru dürüst yazılması güzel."),
                           ("Gülten H.", "Halka açık bir toplantı yapılacak mı, bilen var mı?")]),
    "de": dict(nav=["Quer durch den Landkreis", "Städte und Dörfer im Kreis", "Aus Rathaus und Gerichtssaal", "Jobs, Handel und Geld", "Sport aus den Vereinen am Wochenende", "Wohin diese Woche", "Leserbriefe und Meinungen"],
               cookie="Wir und unsere Partner speichern Informationen auf Ihrem Gerät und greifen darauf zu, um diese Website zu betreiben, die Reichweite zu messen und die Werbung zu personalisieren, die unseren Journalismus finanziert. Wählen Sie, welchen Zwecken Sie zustimmen.",
               accept="Zustimmen und schließen", reject="Nur die notwendigen", share="Diesen Artikel teilen",
               related="Weitere Schlagzeilen von heute", newsletter="Das Morgen-Briefing, täglich um 7 Uhr",
               subscribe="Bitte anmelden", email="name@ihremail.example",
               comment_note="Bitte melden Sie sich an, um mitzudiskutieren.",
               closed="Die Kommentarfunktion ist für diesen Artikel abgeschaltet.",
               footer=["Wer an der Zeitung arbeitet", "Wenn wir uns irren: Korrekturen", "Cookies, Datenschutz und Ihre Daten", "Werbung in Print und online", "Regeln für die Nutzung dieser Seite"],
               rights="Kein Teil dieser Website darf ohne Erlaubnis des Verlags vervielfältigt werden.",
               commenters=[("Kaiwirt_Jens", "Gut, dass endlich jemand ordentlich darüber schreibt."),
                           ("Ursula aus der Marschstraße", "Gibt es dazu eine Bürgerversammlung?")]),
    "fr": dict(nav=["Autour du pays", "Bourgs et villages du canton", "Mairie et palais de justice", "Emploi, commerces et argent", "Le sport des clubs du week-end", "Où sortir cette semaine", "Courrier et opinions des lecteurs"],
               cookie="Nos partenaires et nous stockons des informations sur votre appareil et y accédons pour faire fonctionner ce site, mesurer son audience et personnaliser les publicités qui financent notre journalisme. Choisissez les finalités que vous acceptez.",
               accept="J'accepte, fermer", reject="Uniquement les nécessaires", share="Partager cet article",
               related="Autres titres du jour", newsletter="Le brief du matin, chaque jour à 7 h",
               subscribe="Oui, inscrivez-moi", email="nom@votremail.example",
               comment_note="Connectez-vous pour participer à la discussion.",
               closed="Les commentaires ont été désactivés pour cet article.",
               footer=["Qui travaille au journal", "Quand nous nous trompons : rectificatifs", "Choix de confidentialité et de cookies", "Publicité papier et numérique", "Les petites lignes pour nos lecteurs"],
               rights="Aucune partie de ce site ne peut être reproduite sans l'autorisation de l'éditeur.",
               commenters=[("quai_des_brumes", "Enfin quelqu'un qui en parle correctement."),
                           ("Josiane de la rue du Marais", "Y aura-t-il une réunion publique ?")]),
    "es": dict(nav=["Noticias de cada pedanía", "Pueblos y pedanías de la comarca", "Desde el pleno y los juzgados", "Empleo, comercio y dinero", "El deporte de los clubes el fin de semana", "Adónde ir esta semana", "Cartas y opiniones de los lectores"],
               cookie="Nosotros y nuestros socios almacenamos información en tu dispositivo y accedemos a ella para que esta web funcione, medir su audiencia y personalizar los anuncios que financian nuestro periodismo. Elige los fines que aceptas.",
               accept="Aceptar y cerrar", reject="Solo las necesarias", share="Compártela con quien quieras",
               related="Más titulares de hoy", newsletter="El resumen matinal, cada día a las 7",
               subscribe="Apúntame, por favor", email="lector@diariodenavalrubio.example",
               comment_note="Inicia sesión para participar en el debate.",
               closed="Los comentarios se han desactivado en esta noticia.",
               footer=["Quién trabaja en el periódico", "Cómo corregimos nuestros errores", "Cookies, privacidad y tus datos", "Publicidad en papel y en la web", "Normas de uso de esta web"],
               rights="Ninguna parte de esta web puede reproducirse sin permiso del editor.",
               commenters=[("muelle_paco", "Ya era hora de que alguien lo contara bien."),
                           ("Encarna de la calle Marisma", "¿Habrá una reunión vecinal sobre esto?")]),
    "ru": dict(nav=["По району из края в край", "Сёла и посёлки района", "Из администрации и зала суда", "Работа, торговля, деньги", "Спорт выходных", "Куда пойти на этой неделе", "Письма и мнения читателей"],
               cookie="Мы и наши партнёры храним и считываем информацию на вашем устройстве, чтобы сайт работал, чтобы измерять аудиторию и подбирать рекламу, на которую существует наша журналистика. Выберите цели, с которыми вы согласны.",
               accept="Согласиться и закрыть", reject="Только обязательные cookie", share="Поделиться статьёй",
               related="Другие заголовки дня", newsletter="Утренний дайджест — каждый день в 7:00",
               subscribe="Подпишите меня", email="vy@pochtovyi-yashchik.example",
               comment_note="Войдите, чтобы участвовать в обсуждении.",
               closed="Комментарии к этой статье отключены.",
               footer=["Кто работает в редакции", "Когда мы ошибаемся: исправления", "Выбор настроек приватности и cookie", "Реклама в газете и на сайте", "Правила сайта районной газеты"],
               rights="Никакая часть сайта не может воспроизводиться без разрешения издателя.",
               commenters=[("причал_Гена", "Хорошо, что наконец нормально написали."),
                           ("Тамара с Болотной", "Будет ли по этому поводу сход жителей?")]),
}
UI36 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"tr": "ÇAMLIPINAR SESİ'NDEN DAHA FAZLASI:"},  # the regional layout's inline links
    (mp2, "BIO"): {"tr": "{name}, {site} için eğitim ve köy okulları üzerine yazıyor; {section} sayfalarını da hazırlıyor. Haber önerileri: egitim@example.org"},
    (mp4, "READMORE"): {"en": "ALSO IN THE ESTUARY TIMES:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"fr": dict(also="À lire aussi sur Mirevent Matin")},
    (mp6, "TYPO3"): {"de": dict(ext="Video von Vimeo", note="Hier ist ein Video der Lottogesellschaft eingebunden. Erst wenn Sie zustimmen, wird es von Vimeo geladen und es werden Daten dorthin übertragen.",
                                button="Zustimmen und Video laden", by="Verfasst von", search="Kellbacher Nachrichten durchsuchen",
                                lang_menu="Kellbach in Leichter Sprache")},
    (mp7, "SANITY"): {"es": dict(nl_title="La Manchuela al día", nl_text="Deportes, pueblos y campo de la Manchuela, cada mañana en tu correo.",
                                 nl_button="Quiero La Manchuela al día", nl_placeholder="Tu correo para La Manchuela al día")},
    (mp11, "HUGO"): {"ru": dict(nl_title="Краснобережье за неделю", nl_text="Каждую пятницу — главное о районе, отключениях и ремонтах одним письмом.",
                                nl_label="Ваш адрес для рассылки «Краснобережье за неделю»", nl_button="Получать рассылку")},
    (mp13, "PUB_NAV"): {"es": ["Lo último del Cuaderno", "Campo y cooperativas", "Gente del Somontano", "Suscríbete al Cuaderno"]},
    (mp13, "TEASERS"): {"es": TEASERS["es"]},
    (mp19, "UCOZ"): {"en": dict(domain="ucoz.net", slogan="Little Haddow: parish news, the hall diary and the village shop",
                                menu=["Little Haddow home", "What's new in Haddow", "Parish meeting notes", "Haddow Village Hall", "Photos of Haddow", "Write to the Haddow webmaster"],
                                cats=["What's new in Haddow", "Haddow Village Hall", "Parish meeting notes"],
                                friends=["Haddow & Orme Primary School", "The Plough, Little Haddow", "Haddow Bell Ringers"],
                                footer="Little Haddow Village Website © 2026 · run by volunteers from the hall committee",
                                poster="webmaster_sue", tags=["hall refurbishment", "heat pumps"],
                                commenters=[("Brenda_K", "Looks wonderful. See you at the whist drive on Tuesday."),
                                            ("dave_at_the_forge", "Brilliant work, everyone. Happy to help with the car park next.")],
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
# the new layout: an Adobe Experience Manager site built with the Core Components
# --------------------------------------------------------------------------
# the platform's generic strings as the developers leave them (Core Components' accessibility texts, the byline
# component's labels, OneTrust's banner labels), per language (not checked: they recur on any such site)
AEM_CORE = {
    "en": dict(html_lang="en-GB", og_locale="en_GB", path_lang="en", opens="opens in a new tab", home="Home", by="By",
               read="{m} min read", search="Search", nav_label="Main navigation", crumb_label="Breadcrumb",
               share_on="Share on", copy="Copy link", email_label="Email address", ot_settings="Cookie Settings",
               ot_policy="Cookie Policy", ot_close="Close", ot_title="We value your privacy",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"], date_fmt="{d} {M} {y}"),
    "de": dict(html_lang="de-DE", og_locale="de_DE", path_lang="de", opens="öffnet in neuem Tab", home="Startseite", by="Von",
               read="{m} Min. Lesezeit", search="Suche", nav_label="Hauptnavigation", crumb_label="Brotkrumennavigation",
               share_on="Teilen auf", copy="Link kopieren", email_label="E-Mail-Adresse", ot_settings="Cookie-Einstellungen",
               ot_policy="Cookie-Richtlinie", ot_close="Schließen", ot_title="Ihre Privatsphäre ist uns wichtig",
               months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                       "November", "Dezember"], date_fmt="{d}. {M} {y}"),
}
# the sites' own strings: host, the AEM project name, menus (titles and slugs), header buttons, the inline teaser's
# label, box titles, the promo teaser, the newsletter form and footer texts
AEM = {
    "Westmoor Broadcasting": dict(
        domain="westmoorbroadcasting.example", project="westmoor",
        menu=["Westmoor local news", "Westmoor politics", "Westmoor sport", "Weather and travel", "Westmoor TV", "Westmoor Radio"],
        slugs=["news", "politics", "sport", "weather-travel", "tv", "radio"],
        buttons=["Watch Westmoor live", "Westmoor Radio: listen now"],
        account="Your Westmoor account", teaser_label="Also from Westmoor", related_title="More from the Westmoor newsroom",
        popular_title="Most read on Westmoor this week", promo_pre="Every weeknight",
        promo_title="Westmoor at Half Six", promo_text="The region's evening news programme, on TV and online.",
        nl_title="Westmoor Morning", nl_text="The stories Westmoor is talking about, in one email before breakfast.",
        nl_button="Get Westmoor Morning", share_title="Share this Westmoor story",
        footer_links=["About Westmoor Broadcasting", "Complaints to Westmoor", "Westmoor privacy notice", "Work at Westmoor"],
        footer_note="Westmoor Broadcasting is the independent regional broadcaster for Westmoor and the Pendle valleys."),
    "Saalbrücker Rundschau": dict(
        domain="saalbruecker-rundschau.example", project="rundschau",
        menu=["Region Saaltal", "Saalbrück", "Politik im Saaltal", "Wirtschaft im Saaltal", "Sport im Saaltal", "Kultur im Saaltal"],
        slugs=["region", "saalbrueck", "politik", "wirtschaft", "sport", "kultur"],
        buttons=["Rundschau-E-Paper lesen", "Rundschau Plus abonnieren"],
        account="Mein Rundschau-Zugang", teaser_label="Auch in der Rundschau", related_title="Mehr aus der Rundschau-Redaktion",
        popular_title="Meistgelesen im Saaltal", promo_pre="Neu in der Rundschau",
        promo_title="Der Saaltal-Podcast", promo_text="Jeden Freitag: die Woche im Saaltal in 20 Minuten.",
        nl_title="Rundschau am Morgen", nl_text="Was das Saaltal heute bewegt, jeden Morgen per E-Mail.",
        nl_button="Rundschau am Morgen bestellen", share_title="Artikel aus der Rundschau teilen",
        footer_links=["Über die Saalbrücker Rundschau", "Rundschau-Leserservice", "Datenschutz bei der Rundschau", "Anzeigen in der Rundschau"],
        footer_note="Die Saalbrücker Rundschau erscheint seit 1952 im Saaltal, gedruckt und digital."),
}
AEM_EXEMPT = {"domain", "project", "slugs"}


def aem_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    c = AEM_CORE[lang]
    return c["date_fmt"].replace("{M}", c["months"][m - 1]).replace("{d}", str(d)).replace("{y}", str(y))


def dl(obj):
    """A component's data-cmp-data-layer attribute value, as HTL escapes JSON in an attribute."""
    return A(json.dumps(obj, ensure_ascii=False, separators=(",", ":"))).replace("&quot;", "&#34;").replace("&#x27;", "&#39;")


def aem_block(kind, val):
    """One block of a text component's rich text, as AEM's RTE stores it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_aem(art, ui, site, placed, rng):
    # an article page of an AEM site with the Core Components (see the module docstring)
    lang, n, blocks = art["lang"], len(art["blocks"]), art["blocks"]
    c, s = AEM_CORE[lang], AEM[site]
    host = "https://www." + s["domain"]
    proj = s["project"]
    sec_i = s["menu"].index(art["section"])
    sec, sec_slug = s["menu"][sec_i], s["slugs"][sec_i]
    y, m, d = art["date"].split("-")
    page_slug = mp13.medium_slug(art["title"], 60).lower()
    path = "/%s/%s/%s/%s.html" % (sec_slug, y, m, page_slug)
    content = "/content/%s/%s%s" % (proj, c["path_lang"], path[:-5])
    url = host + path
    hh, mi = rng.randint(5, 19), rng.randint(0, 59)
    tz = "+00:00" if lang == "en" else "+01:00"
    iso = "%sT%02d:%02d:00.000%s" % (art["date"], hh, mi, tz)
    shown = aem_date(lang, art["date"])
    words = len(mp.truth_text(art["truth_blocks"]).split())
    mins = max(2, round(words / 200))

    def hx(k):
        return "%0*x" % (k, rng.randint(0, 16**k - 1))

    def uuid():
        return "%s-%s-4%s-%s-%s" % (hx(8), hx(4), hx(3), hx(4), hx(12))

    def cid(kind):
        return "%s-%s" % (kind, hx(10))

    ts = rng.randint(1700000000000, 1790000000000)
    img_file = mp13.medium_slug(art["caption"], 40).lower()
    img_node = content + "/_jcr_content/root/container/container/image"
    img_ref = "/content/dam/%s/news/%s/%s.jpg" % (proj, y, img_file)
    widths = [320, 640, 1024, 1600]
    srcset = ", ".join("%s.coreimg.%d.jpeg/%d/%s.jpeg %dw" % (img_node, w, ts, img_file, w) for w in widths)
    author_slug = mp13.medium_slug(art["byline"], 40).lower()
    heads = rng.sample(HEADLINES[lang], 6)
    hurls = {t: "/%s/%s/%s/%s.html" % (rng.choice(s["slugs"][:4]), y, m, mp13.medium_slug(t, 50).lower()) for t in heads}
    col8 = "aem-GridColumn aem-GridColumn--default--8 aem-GridColumn--phone--12"

    def text_comp(html_in, extra=""):
        i = cid("text")
        return ('<div class="text%s %s">\n<div data-cmp-data-layer="%s" id="%s" class="cmp-text">\n%s\n</div>\n\n    \n</div>'
                % (extra, col8, dl({i: {"@type": "%s/components/text" % proj, "repo:modifyDate": iso, "xdm:text": html_in}}), i, html_in))

    def title_comp(text, tag="h2", extra=""):
        i = cid("title")
        return ('<div class="title%s %s">\n<div data-cmp-data-layer="%s" id="%s" class="cmp-title">\n    <%s class="cmp-title__text">%s</%s>\n</div>\n\n    \n</div>'
                % (extra, col8, dl({i: {"@type": "%s/components/title" % proj, "repo:modifyDate": iso, "dc:title": text}}), i, tag, E(text), tag))

    def embed_comp(html_in):
        i = cid("embed")
        return ('<div class="embed %s">\n<div data-cmp-data-layer="%s" id="%s" class="cmp-embed">\n    %s\n</div>\n\n    \n</div>'
                % (col8, dl({i: {"@type": "%s/components/embed" % proj, "repo:modifyDate": iso}}), i, html_in))

    # the components between the text: an inline teaser after the first third, an ad slot further down
    slots = [i for i in safe_slots(art, 2) if i not in art["no_slot"]]
    teaser_at = slots[len(slots) // 3] if slots else n
    ad_at = next((i for i in slots if i >= teaser_at + 2), None)
    th = heads[0]
    tid = cid("teaser")
    teaser = ('<div class="teaser cmp-teaser--inline {col}">\n<div id="{i}" class="cmp-teaser" data-cmp-data-layer="{dl}">\n'
              '    <div class="cmp-teaser__image"><div data-cmp-is="image" data-cmp-src="/content/dam/{p}/news/{y}/{im}.coreimg{{.width}}.jpeg/{ts}/{im}.jpeg" data-cmp-widths="320,640" data-asset-id="{a}" id="{i}-image" class="cmp-image" itemscope itemtype="http://schema.org/ImageObject">'
              '<img src="/content/dam/{p}/news/{y}/{im}.coreimg.jpeg/{ts}/{im}.jpeg" loading="lazy" class="cmp-image__image" itemprop="contentUrl" width="640" height="360" alt=""/></div></div>\n'
              '    <div class="cmp-teaser__content">\n        <p class="cmp-teaser__pretitle">{lab}</p>\n        <h3 class="cmp-teaser__title"><a class="cmp-teaser__title-link" href="{u}" data-cmp-clickable>{t}</a></h3>\n    </div>\n</div>\n\n    \n</div>').format(
        col=col8, i=tid, dl=dl({tid: {"@type": "%s/components/teaser" % proj, "repo:modifyDate": iso, "dc:title": th, "xdm:linkURL": hurls[th]}}),
        p=proj, y=y, im=mp13.medium_slug(th, 30).lower(), ts=ts, a=uuid(), lab=E(s["teaser_label"]), u=hurls[th], t=E(th))
    aid = hx(6)
    ad = ('<div class="adslot {col}">\n<div class="cmp-adslot" data-slot="/4417/{dom}/article/mpu_{k}" data-sizes="300x250,300x600">'
          '<span class="cmp-adslot__label">{lab}</span><div id="gpt-mpu-{aid}" class="cmp-adslot__container"></div></div>\n\n    \n</div>').format(
        col=col8, dom=s["domain"], k=rng.randint(1, 3), lab=E(pick(rng, "ad", lang, site, art)[1]), aid=aid)
    placed = {i: list(x) for i, x in placed.items()}
    placed.setdefault(teaser_at, []).append(teaser)
    if ad_at is not None:
        placed.setdefault(ad_at, []).append(ad)
    # headings in a box or fact box stay in the text component's rich text; the others are title components
    in_box = {j for st, _, j in art["looks"] if st in ("box", "factbox")}
    comps, run = [], []

    def flush():
        if run:
            comps.append(text_comp("\n".join(run)))
            run.clear()

    for i in range(n + 1):
        for snip in placed.get(i, []):
            if re.match(r"<p>|<h[45]>", snip):  # a line pasted into the rich text editor
                run.append(snip)
            elif snip is teaser or snip is ad:
                flush()
                comps.append(snip)
            else:  # the HTML an editor or the ad server put into an embed component
                flush()
                comps.append(embed_comp(snip))
        if i < n:
            kind, val = blocks[i]
            if kind == "h" and i not in in_box:
                flush()
                comps.append(title_comp(val))
            elif kind == "q":
                flush()
                qid = cid("quote")
                comps.append('<div class="quote %s">\n<div id="%s" class="cmp-quote"><blockquote class="cmp-quote__text"><p>%s</p></blockquote></div>\n\n    \n</div>'
                             % (col8, qid, mp.inline_html(val)))
            else:
                run.append(aem_block(kind, val))
    flush()
    body = "\n".join(comps)

    nav_items = "\n".join(
        '<li class="cmp-navigation__item cmp-navigation__item--level-0%s" data-cmp-data-layer="%s">\n        <a data-cmp-clickable%s href="/%s.html" title="%s" class="cmp-navigation__item-link">%s</a>\n    </li>' % (
            " cmp-navigation__item--active" if k == sec_i else "",
            dl({"navigation-%s-item-%s" % (hx(6), hx(10)): {"@type": "%s/components/navigation/item" % proj, "dc:title": t, "xdm:linkURL": "/%s.html" % sl}}),
            ' aria-current="page"' if k == sec_i else "", sl, A(t), E(t))
        for k, (t, sl) in enumerate(zip(s["menu"], s["slugs"])))
    buttons = "\n".join('<div class="button cmp-button--header aem-GridColumn aem-GridColumn--default--2"><a id="button-%s" class="cmp-button" href="/%s.html" data-cmp-clickable><span class="cmp-button__text">%s</span></a></div>'
                        % (hx(10), mp13.medium_slug(b, 30).lower(), E(b)) for b in s["buttons"])
    crumbs = [(c["home"], "/"), (sec, "/%s.html" % sec_slug)]
    crumb_html = "\n".join(
        '<li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="%s" class="cmp-breadcrumb__item-link" itemprop="item" data-cmp-clickable><span itemprop="name">%s</span></a><meta itemprop="position" content="%d"/></li>'
        % (u, E(t), k + 1) for k, (t, u) in enumerate(crumbs))
    crumb_html += '\n<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" aria-current="page" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">%s</span><meta itemprop="position" content="3"/></li>' % E(art["title"])

    def list_comp(items, extra, with_date):
        lid = cid("list")
        lis = "\n".join(
            '<li class="cmp-list__item" data-cmp-data-layer="%s">\n    <article>\n        <a class="cmp-list__item-link" href="%s" data-cmp-clickable>\n            <span class="cmp-list__item-title">%s</span>%s\n        </a>\n    </article>\n</li>' % (
                dl({"%s-item-%s" % (lid, hx(10)): {"@type": "%s/components/list/item" % proj, "dc:title": t, "xdm:linkURL": hurls[t]}}),
                hurls[t], E(t), '\n            <span class="cmp-list__item-date">%s</span>' % E(shown) if with_date else "")
            for t in items)
        return ('<div class="list%s aem-GridColumn aem-GridColumn--default--%s">\n<ul id="%s" data-cmp-data-layer="%s" class="cmp-list">\n%s\n</ul>\n\n    \n</div>'
                % (extra[0], extra[1], lid, dl({lid: {"@type": "%s/components/list" % proj, "repo:modifyDate": iso}}), lis))

    share_nets = [("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                  ("whatsapp", "WhatsApp", "https://api.whatsapp.com/send?text=" + url),
                  ("x", "X", "https://twitter.com/intent/tweet?url=" + url),
                  ("linkedin", "LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + url)]
    share = "".join('<li class="cmp-sharing__item"><a class="cmp-sharing__link cmp-sharing__link--%s" href="%s" target="_blank" rel="noopener" aria-label="%s %s"><span class="cmp-sharing__icon"></span></a></li>' % (
        k, A(h), A(c["share_on"]), A(lab)) for k, lab, h in share_nets)
    footer_links = "\n".join('<li class="cmp-list__item"><a class="cmp-list__item-link" href="/%s.html"><span class="cmp-list__item-title">%s</span></a></li>'
                             % (mp13.medium_slug(t, 30).lower(), E(t)) for t in s["footer_links"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
                     "description": art["sub"], "datePublished": iso, "dateModified": iso, "mainEntityOfPage": url,
                     "image": [host + img_node + ".coreimg.1600.jpeg/%d/%s.jpeg" % (ts, img_file)],
                     "articleSection": sec, "inLanguage": c["html_lang"],
                     "author": [{"@type": "Person", "name": art["byline"], "url": "%s/authors/%s.html" % (host, author_slug)}],
                     "publisher": {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject", "url": host + "/content/dam/%s/logo.svg" % proj}}},
                    ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    page_id = hx(10)
    page_dl = json.dumps({"page-" + page_id: {"@type": "%s/components/page" % proj, "repo:modifyDate": iso,
                                              "dc:title": art["title"], "dc:description": art["sub"],
                                              "xdm:template": "/conf/%s/settings/wcm/templates/article-page" % proj,
                                              "xdm:language": c["html_lang"], "xdm:tags": [sec_slug], "repo:path": content + ".html"}},
                         ensure_ascii=False, separators=(",", ":"))
    page_dl_js = json.dumps(page_dl, ensure_ascii=False).replace("<", "\\u003C").replace("-", "\\u002D")
    lcs = [hx(32) for _ in range(6)]
    ot_domain = uuid()
    launch = hx(12)
    title_id, sub_id, img_id = cid("title"), cid("text"), cid("image")
    col12 = "aem-GridColumn aem-GridColumn--default--12"
    kicker_id = cid("title")
    return f'''<!DOCTYPE HTML>
<html lang="{c["html_lang"]}">
    <head>
    <meta charset="UTF-8"/>
    <title>{E(art["title"])} | {E(site)}</title>
    <meta name="description" content="{A(art["sub"])}"/>
    <meta name="template" content="article-page"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <meta property="og:type" content="article"/>
    <meta property="og:title" content="{A(art["title"])}"/>
    <meta property="og:description" content="{A(art["sub"])}"/>
    <meta property="og:url" content="{url}"/>
    <meta property="og:image" content="{host}{img_node}.coreimg.1600.jpeg/{ts}/{img_file}.jpeg"/>
    <meta property="og:locale" content="{c["og_locale"]}"/>
    <meta property="og:site_name" content="{A(site)}"/>
    <meta property="article:published_time" content="{iso}"/>
    <link rel="canonical" href="{url}"/>
    <script type="application/ld+json">{ld}</script>

<!-- OneTrust Cookies Consent Notice start for {s["domain"]} -->
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="{ot_domain}"></script>
<script type="text/javascript">
function OptanonWrapper() {{ window.adobeDataLayer = window.adobeDataLayer || []; window.adobeDataLayer.push({{event: "consent:update", consent: {{groups: window.OnetrustActiveGroups}}}}); }}
</script>
<!-- OneTrust Cookies Consent Notice end for {s["domain"]} -->
<script src="https://assets.adobedtm.com/{launch[:12]}/{hx(12)}/launch-{hx(12)}.min.js" async></script>

    <link rel="stylesheet" href="/etc.clientlibs/{proj}/clientlibs/clientlib-base.lc-{lcs[0]}-lc.min.css" type="text/css">
<link rel="stylesheet" href="/etc.clientlibs/{proj}/clientlibs/clientlib-site.lc-{lcs[1]}-lc.min.css" type="text/css">
<script async src="/etc.clientlibs/core/wcm/components/commons/datalayer/v2/clientlibs/core.wcm.components.commons.datalayer.v2.lc-{lcs[2]}-lc.min.js"></script>
<script async src="/etc.clientlibs/core/wcm/components/commons/datalayer/acdl/core.wcm.components.commons.datalayer.acdl.lc-{lcs[3]}-lc.min.js"></script>

</head>
    <body class="page basicpage" id="page-{page_id}" data-cmp-link-accessibility-enabled data-cmp-link-accessibility-text="{A(c["opens"])}" data-cmp-data-layer-enabled data-cmp-data-layer-name="adobeDataLayer">
        <script>
          var dataLayerName = 'adobeDataLayer' || 'adobeDataLayer';
          window[dataLayerName] = window[dataLayerName] || [];
          window[dataLayerName].push({{
              page: JSON.parse({page_dl_js}),
              event:'cmp:show',
              eventInfo: {{
                  path: 'page.page\\u002D{page_id}'
              }}
          }});
        </script>
        
        
            <div class="root container responsivegrid">
    <div id="container-{hx(10)}" class="cmp-container">
        <div class="aem-Grid aem-Grid--12 aem-Grid--default--12 aem-Grid--phone--12 ">
    
    <div class="experiencefragment {col12}">
<div id="experiencefragment-{hx(10)}" class="cmp-experiencefragment cmp-experiencefragment--header">
<div class="xf-content-height">
    <div id="container-{hx(10)}" class="cmp-container">
        <div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
    <div class="image cmp-image--logo aem-GridColumn aem-GridColumn--default--3">
<div data-cmp-is="image" id="image-{hx(10)}" class="cmp-image" itemscope itemtype="http://schema.org/ImageObject">
    <a class="cmp-image__link" href="/" data-cmp-clickable>
        <img src="/content/dam/{proj}/logo.svg" class="cmp-image__image" itemprop="contentUrl" alt="{A(site)}" width="240" height="40"/>
    </a>
</div>

    
</div>
<div class="navigation aem-GridColumn aem-GridColumn--default--5">
<nav id="navigation-{hx(10)}" class="cmp-navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" aria-label="{A(c["nav_label"])}">
    <ul class="cmp-navigation__group">
    {nav_items}
    </ul>
</nav>

    
</div>
<div class="search aem-GridColumn aem-GridColumn--default--2">
<section id="search-{hx(10)}" class="cmp-search" role="search" data-cmp-is="search" data-cmp-min-length="3" data-cmp-results-size="10">
    <form class="cmp-search__form" data-cmp-hook-search="form" method="get" action="/content/{proj}/{c["path_lang"]}/search/_jcr_content/root/search.searchresults.json" autocomplete="off">
        <div class="cmp-search__field">
            <i class="cmp-search__icon" data-cmp-hook-search="icon"></i>
            <span class="cmp-search__loading-indicator" data-cmp-hook-search="loadingIndicator"></span>
            <input class="cmp-search__input" data-cmp-hook-search="input" type="text" name="fulltext" placeholder="{A(c["search"])}" role="combobox" aria-autocomplete="list" aria-haspopup="true" aria-invalid="false"/>
            <button class="cmp-search__clear" data-cmp-hook-search="clear"><i class="cmp-search__clear-icon"></i></button>
        </div>
    </form>
    <div class="cmp-search__results" data-cmp-hook-search="results" role="listbox" aria-multiselectable="false"></div>
    <script data-cmp-hook-search="itemTemplate" type="x-template"><a class="cmp-search__item" data-cmp-hook-search="item"><span class="cmp-search__item-title" data-cmp-hook-search="itemTitle"></span></a></script>
</section>

    
</div>
{buttons}
<div class="button cmp-button--account aem-GridColumn aem-GridColumn--default--12"><a id="button-{hx(10)}" class="cmp-button" href="/account.html" data-cmp-clickable><span class="cmp-button__icon cmp-button__icon--user" aria-hidden="true"></span><span class="cmp-button__text">{E(s["account"])}</span></a></div>

    
</div>
    </div>

</div></div>

    
</div>
<div class="breadcrumb {col12}">
<nav id="breadcrumb-{hx(10)}" class="cmp-breadcrumb" aria-label="{A(c["crumb_label"])}">
    <ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList">
        {crumb_html}
    </ol>
</nav>

    
</div>
<div class="container responsivegrid cmp-container--article aem-GridColumn--default--none aem-GridColumn aem-GridColumn--default--8 aem-GridColumn--offset--default--0">
    <div id="container-{hx(10)}" class="cmp-container">
        <main class="aem-Grid aem-Grid--8 aem-Grid--default--8 aem-Grid--phone--12 ">
    <div class="title cmp-title--kicker {col8}">
<div data-cmp-data-layer="{dl({kicker_id: {"@type": "%s/components/title" % proj, "dc:title": sec, "xdm:linkURL": "/%s.html" % sec_slug}})}" id="{kicker_id}" class="cmp-title">
    <p class="cmp-title__text"><a class="cmp-title__link" href="/{sec_slug}.html" data-cmp-clickable>{E(sec)}</a></p>
</div>

    
</div>
<div class="title cmp-title--article {col8}">
<div data-cmp-data-layer="{dl({title_id: {"@type": "%s/components/title" % proj, "repo:modifyDate": iso, "dc:title": art["title"]}})}" id="{title_id}" class="cmp-title">
    <h1 class="cmp-title__text">{E(art["title"])}</h1>
</div>

    
</div>
<div class="text cmp-text--standfirst {col8}">
<div data-cmp-data-layer="{dl({sub_id: {"@type": "%s/components/text" % proj, "repo:modifyDate": iso, "xdm:text": "<p>%s</p>" % E(art["sub"])}})}" id="{sub_id}" class="cmp-text">
    <p>{E(art["sub"])}</p>
</div>

    
</div>
<div class="byline {col8}">
<div class="cmp-byline">
    <img class="cmp-byline__image" src="/content/dam/{proj}/authors/{author_slug}.coreimg.96.jpeg/{ts}/{author_slug}.jpeg" alt="" width="48" height="48"/>
    <p class="cmp-byline__name">{E(c["by"])} <a href="/authors/{author_slug}.html">{E(art["byline"])}</a></p>
    <p class="cmp-byline__meta"><time datetime="{iso}">{E(shown)}</time> · <span>{E(c["read"].replace("{m}", str(mins)))}</span></p>
</div>

    
</div>
<div class="image cmp-image--lead {col8}">
<div data-cmp-is="image" data-cmp-src="{img_node}.coreimg{{.width}}.jpeg/{ts}/{img_file}.jpeg" data-asset-id="{uuid()}" data-cmp-filereference="{img_ref}" data-cmp-widths="{",".join(map(str, widths))}" id="{img_id}" data-cmp-data-layer="{dl({img_id: {"@type": "%s/components/image" % proj, "repo:modifyDate": iso, "image": {"repo:id": uuid(), "repo:modifyDate": iso, "@type": "image/jpeg", "repo:path": img_ref}}})}" class="cmp-image" itemscope itemtype="http://schema.org/ImageObject">
    <img src="{img_node}.coreimg.jpeg/{ts}/{img_file}.jpeg" srcset="{srcset}" loading="lazy" class="cmp-image__image" itemprop="contentUrl" width="1600" height="900" sizes="(min-width: 1024px) 66vw, 100vw" alt="{A(art["caption"])}"/>
    <span class="cmp-image__title" itemprop="caption">{E(art["caption"])}</span>
    <span class="cmp-image__credit">{E(art["credit"])}</span>
</div>

    
</div>
{body}
<div class="sharing {col8}">
<div class="cmp-sharing"><p class="cmp-sharing__title">{E(s["share_title"])}</p><ul class="cmp-sharing__list">{share}</ul><button type="button" class="cmp-sharing__copy" data-cmp-clipboard="{url}">{E(c["copy"])}</button></div>

    
</div>
<div class="tags {col8}">
<ul class="cmp-tags"><li class="cmp-tags__item"><a class="cmp-tags__link" href="/{sec_slug}.html">{E(sec)}</a></li></ul>

    
</div>
{title_comp(s["related_title"], "h2", " cmp-title--section")}
{list_comp(heads[1:4], (" cmp-list--related", "8 aem-GridColumn--phone--12"), True)}

    
</main>
    </div>

    
</div>
<div class="container responsivegrid cmp-container--sidebar aem-GridColumn aem-GridColumn--default--4 aem-GridColumn--phone--12">
    <div id="container-{hx(10)}" class="cmp-container">
        <aside class="aem-Grid aem-Grid--4 aem-Grid--default--4 ">
    <div class="title cmp-title--section aem-GridColumn aem-GridColumn--default--4">
<div id="title-{hx(10)}" class="cmp-title">
    <h2 class="cmp-title__text">{E(s["popular_title"])}</h2>
</div>

    
</div>
{list_comp(heads[3:6], (" cmp-list--ranked", "4"), False)}
<div class="teaser cmp-teaser--promo aem-GridColumn aem-GridColumn--default--4">
<div id="teaser-{hx(10)}" class="cmp-teaser">
    <div class="cmp-teaser__content">
        <p class="cmp-teaser__pretitle">{E(s["promo_pre"])}</p>
        <h3 class="cmp-teaser__title">{E(s["promo_title"])}</h3>
        <div class="cmp-teaser__description"><p>{E(s["promo_text"])}</p></div>
    </div>
</div>

    
</div>
<div class="container responsivegrid cmp-container--newsletter aem-GridColumn aem-GridColumn--default--4">
    <form method="POST" action="/content/{proj}/{c["path_lang"]}/newsletter/_jcr_content/root/container/container.model.json" id="new_form" name="new_form" enctype="multipart/form-data" class="cmp-form aem-Grid aem-Grid--4 aem-Grid--default--4 ">
        <input type="hidden" name=":formstart" value="/content/{proj}/{c["path_lang"]}/newsletter/_jcr_content/root/container/container"/>
        <input type="hidden" name="_charset_" value="utf-8"/>
        <div class="title aem-GridColumn aem-GridColumn--default--4"><div class="cmp-title"><h2 class="cmp-title__text">{E(s["nl_title"])}</h2></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--4"><div class="cmp-text"><p>{E(s["nl_text"])}</p></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--4"><div class="cmp-form-text">
    <label for="form-text-{hx(10)}">{E(c["email_label"])}</label>
    <input class="cmp-form-text__text" data-cmp-hook-form-text="input" type="email" id="form-text-{hx(10)}" name="email" required/>
</div></div>
<div class="button aem-GridColumn aem-GridColumn--default--4"><button type="SUBMIT" class="cmp-form-button" name="subscribe">{E(s["nl_button"])}</button></div>

    </form>
</div>

    
</aside>
    </div>

    
</div>
<div class="experiencefragment {col12}">
<div id="experiencefragment-{hx(10)}" class="cmp-experiencefragment cmp-experiencefragment--footer">
<div class="xf-content-height">
    <div id="container-{hx(10)}" class="cmp-container">
        <footer class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
    <div class="list cmp-list--footer aem-GridColumn aem-GridColumn--default--12">
<ul id="list-{hx(10)}" class="cmp-list">
{footer_links}
</ul>

    
</div>
<div class="text cmp-text--footer aem-GridColumn aem-GridColumn--default--12">
<div id="text-{hx(10)}" class="cmp-text">
    <p>{E(s["footer_note"])}</p>
<p>© {y} {E(site)}</p>
</div>

    
</div>

    
</footer>
    </div>

</div></div>

    
</div>

    
</div>
    </div>

    
</div>

            
    
    
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat ot-wo-title vertical-align-content" tabindex="0" role="region" aria-label="{A(c["ot_title"])}"><div role="dialog" aria-label="{A(c["ot_title"])}"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div class="banner_logo"></div><div id="onetrust-policy"><div id="onetrust-policy-text">{E(ui["cookie"])} <a class="ot-cookie-policy-link" href="/cookie-policy.html" aria-label="{A(c["ot_policy"])}, {A(c["opens"])}" rel="noopener" target="_blank">{E(c["ot_policy"])}</a></div></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">{E(c["ot_settings"])}</button> <button id="onetrust-reject-all-handler">{E(ui["reject"])}</button> <button id="onetrust-accept-btn-handler">{E(ui["accept"])}</button></div></div></div></div><div id="onetrust-close-btn-container"><button class="onetrust-close-btn-handler onetrust-close-btn-ui banner-close-button ot-close-icon" aria-label="{A(c["ot_close"])}"></button></div></div></div></div>
<script type="text/javascript" src="/etc.clientlibs/{proj}/clientlibs/clientlib-dependencies.lc-{lcs[4]}-lc.min.js"></script>
<script type="text/javascript" src="/etc.clientlibs/{proj}/clientlibs/clientlib-site.lc-{lcs[5]}-lc.min.js"></script>
<script type="text/javascript" src="/etc.clientlibs/core/wcm/components/image/v3/image/clientlibs/site.lc-{hx(32)}-lc.min.js" async></script>
<script type="text/javascript">if (window._satellite) {{ _satellite.pageBottom(); }}</script>

    

    
</body>
</html>
'''

# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"aem": ["readmore", "ad"]}  # the inline cmp-teaser's pretitle, the ad-slot component's label
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "moderation", "feedback", "standards", "topics",
            "bookmark", "poll", "embed", "gallery", "map", "calendar", "scores", "lottery", "tvguide", "exams"]
NEW_FAMILIES = ["lottery", "tvguide", "exams"]
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
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
    "cookie": ['<div class="consent-wall-media"><p class="consent-wall-media__txt">%s</p><button class="consent-wall-media__allow" type="button">Allow</button></div>',
               '<p class="embed-consent-needed">%s</p>', '<p><em>%s</em></p>'],
    "newsletter": ['<div class="briefing-signup-strip"><p class="briefing-signup-strip__copy">%s</p><a class="briefing-signup-strip__cta" href="/briefing">&#8594;</a></div>',
                   '<p class="metered-count-note">%s</p>', '<h4 class="briefing-signup-hd">%s</h4>', '<p><b><a href="/contribute">%s</a></b></p>'],
    "share": ['<ul class="send-to-networks">{items}</ul>', '<div class="share-neighbour-line">%s</div>', '<p><a href="#share-sheet">%s</a></p>'],
    "photo": ['<p class="pic-source-credit">%s</p>', '<span class="img-courtesy-tag">%s</span>', '<p><small><em>%s</em></small></p>'],
    "copyright": ['<p class="all-rights-note">%s</p>', '<div class="no-republish-note"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="section-flag-line">%s</p>', '<h5 class="section-flag-hd">%s</h5>', '<p><strong>%s</strong></p>'],
    "symbol": ['<p class="asterism-sep-p">%s</p>', '<div class="asterism-divider">%s</div>', '<p style="text-align: center;">%s</p>'],
    "credit": ['<p class="joint-reporting-note">%s</p>', '<div class="multimedia-credit-row">%s</div>', '<p><em><small>%s</small></em></p>'],
    "title": ['<p class="title-copy-p"><strong>%s</strong></p>', '<h2 class="title-copy-h2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="promo-break-tag">%s</div>', '<p class="sponsored-follows">%s</p>', '<p><small>%s</small></p>'],
    "continue": ['<p class="expand-body-cta"><a href="#rest">%s</a></p>', '<div class="story-unfold-btn">%s</div>', '<p><a href="#rest">%s</a></p>'],
    "comments": ['<p class="debate-count-link"><a href="#debate">%s</a></p>', '<div class="debate-count-pill">%s</div>', '<p><a href="#debate">%s</a></p>'],
    "readtime": ['<p class="reading-length-line">%s</p>', '<span class="reading-length-pill">%s</span>', '<p><em>%s</em></p>'],
    "updated": ['<p class="amend-stamp"><time>%s</time></p>', '<div class="publish-history-row">%s</div>', '<p><small>%s</small></p>'],
    "audio": ['<div class="narrated-article-bar"><button class="narrated-article-bar__play" aria-label="Play"></button><span class="narrated-article-bar__txt">%s</span></div>',
              '<p class="narrated-article-link"><a href="#narration">%s</a></p>', '<p><a href="#narration">%s</a></p>'],
    "correction": ['<aside class="amendment-notice"><p>%s</p></aside>', '<p class="post-publication-fix"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "app": ['<div class="get-our-app-bar"><p class="get-our-app-bar__copy">%s</p><a class="get-our-app-bar__get" href="/apps">&#8595;</a></div>',
            '<p class="get-our-app-note">%s</p>', '<p><b>%s</b></p>'],
    "bio": ['<div class="author-footer-box"><p class="author-footer-box__txt">%s</p></div>', '<p class="author-footer-line"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "tip": ['<div class="reader-tipoff-box"><p class="reader-tipoff-box__txt">%s</p></div>', '<p class="reader-tipoff-line">%s</p>', '<p><i>%s</i></p>'],
    "typo": ['<div class="flag-an-error-tip"><p>%s</p></div>', '<p class="flag-an-error-line">%s</p>', '<p><small><i>%s</i></small></p>'],
    "push": ['<div class="web-alerts-ask"><p class="web-alerts-ask__q">%s</p></div>', '<p class="web-alerts-line">%s</p>', '<p><b>%s</b></p>'],
    "print": ['<ul class="article-actions-row">{items}</ul>', '<p class="print-friendly-link"><a href="?format=print">%s</a></p>',
              '<p><a href="?format=print">%s</a></p>'],
    "moderation": ['<div class="talk-guidelines-box"><p>%s</p></div>', '<p class="talk-guidelines-line">%s</p>', '<p><small>%s</small></p>'],
    "feedback": ['<div class="article-rating-ask"><p class="article-rating-ask__q">%s</p></div>', '<p class="article-rating-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="regulator-member-note"><p>%s</p></div>', '<p class="regulator-member-line"><small>%s</small></p>', '<p><em>%s</em></p>'],
    "topics": ['<div class="story-category-strip"><span class="story-category-strip__list">%s</span></div>', '<p class="story-category-note">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="save-story-later-star"><a class="save-story-later-star__link" href="#later">%s</a></div>',
                 '<p class="save-story-later-link"><a href="#later">%s</a></p>', '<p><a href="#later">%s</a></p>'],
    "poll": ['<div class="instant-poll-box"><p class="instant-poll-box__q">%s</p><button class="instant-poll-box__vote" type="button">&#10003;</button></div>',
             '<h5 class="instant-poll-hd">%s</h5>', '<p><small>%s</small></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/E{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/E{k}/" target="_blank">%s</a></blockquote>',
              '<div class="youtube-click-to-load"><a class="youtube-click-to-load__play" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}">%s</a></p>'],
    "gallery": ['<div class="image-carousel-launch"><a class="image-carousel-launch__btn" href="#lightbox">%s</a></div>',
                '<p class="photo-set-count">%s</p>', '<p><b>%s</b></p>'],
    "map": ['<div class="osm-iframe-wrap"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="620" height="350" loading="lazy"></iframe><p class="osm-iframe-wrap__links">%s</p></div>',
            '<figure class="static-locator-map"><img src="/maps/{k}.png" alt="" width="620" height="380"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    "calendar": ['<ul class="calendar-export-list">{items}</ul>', '<p class="ical-save-link"><a href="/events/{k}.ics">%s</a></p>',
                 '<div class="calendar-save-row"><span class="calendar-save-row__label">%s</span></div>'],
    "scores": ['<div class="match-hub-links"><a class="match-hub-links__main" href="/sport/results">%s</a></div>',
               '<ul class="competition-tabs">{items}</ul>', '<p><a href="/sport/results"><b>%s</b></a></p>'],
    # the three families new in this part ({lottorows}: the latest draws; {tvrows} / {tvtable}: tonight's schedule;
    # {examrows}: the schools' results)
    "lottery": ['<div class="draw-results-card"><h4 class="draw-results-card__hd">%s</h4><table class="draw-results-card__table">{lottorows}</table></div>',
                '<p class="ticket-checker-link"><a href="/lottery/results">%s</a></p>',
                '<ul class="winning-balls-row">{items}</ul>',
                '<p class="play-safe-note"><small>%s</small></p>'],
    "tvguide": ['<div class="tv-tonight-box"><h4 class="tv-tonight-box__hd">%s</h4><ul class="tv-tonight-box__list">{tvrows}</ul></div>',
                '<p class="catchup-watch-link"><a href="/watch-again">%s</a></p>',
                '<aside class="programme-reminder"><button type="button" class="programme-reminder__btn">%s</button></aside>',
                '<table class="tv-schedule-grid"><caption>%s</caption>{tvtable}</table>'],
    "exams": ['<div class="results-checker-widget"><p class="results-checker-widget__hd">%s</p><form class="results-checker-widget__form" action="/results"><input type="text" name="candidate"><button type="submit">&#8250;</button></form></div>',
              '<p class="results-day-live-link"><a href="/education/results-live">%s</a></p>',
              '<table class="school-results-league"><caption>%s</caption>{examrows}</table>',
              '<h4 class="grades-options-hd">%s</h4>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <i>(%s)</i>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/briefing"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#share-sheet">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "lottery": (0.3, ['<br><a href="/lottery/results"><b>%s</b></a>'])}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="body-photo-insert"><img src="/media/{id}-insert.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-inline.jpg" alt="" width="620"><br><em>{cap} – {cr}</em></p>']
RELATED_STYLES = ['<div class="read-next-panel"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="linked-coverage-aside"><p class="linked-coverage-aside__hd">%s</p><ul>%s</ul></aside>',
                  '<h5>%s</h5>\n<ul>%s</ul>']


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
    return (style.replace("{lottorows}", "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in LOTTO_ROWS[lang]))
            .replace("{tvrows}", "".join("<li>%s</li>" % esc(x) for x in TV_ROWS[lang]))
            .replace("{tvtable}", "".join("<tr><td>%s</td><td>%s</td></tr>" % tuple(esc(p) for p in x.split(" ", 1)) for x in TV_ROWS[lang]))
            .replace("{examrows}", "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in EXAM_ROWS[lang])))


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
        elif fam in NEW_FAMILIES:  # the new families' markups in turn over the part, each with its wording
            k_style = used[("style", fam)] % len(STYLES[fam])
            used[("style", fam)] += 1
            idx, text = pick(rng, fam, lang, site, art, NEW_STYLE_WORDING[fam][k_style])
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
               "scores": rng.choice([0, mid, n]), "lottery": rng.choice([mid, n]), "tvguide": rng.choice([mid, n, n]),
               "exams": rng.choice([0, mid, n])}.get(fam, mid)
        if fam == "section" and art.get("section_tag"):  # the story's section typed as a bold tag into its first line
            inline.append((0, "start", INLINE["section"][1][0] % E(text)))
            continue
        # run into a story paragraph: a newsletter pitch only (not a paywall or donation note); of the lottery
        # widget, only the "check your ticket" link
        if (fam in INLINE and rng.random() < INLINE[fam][0] and tpl not in ("medium",)
                and (fam != "newsletter" or idx == 0) and (fam != "lottery" or idx == 1)):
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
        if fam in NEW_FAMILIES:
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
DROPCAP = {"aem": ("class", "rte-dropcap"),  # a paragraph style of the site's RTE configuration
           "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"aem": ("wrap", '<div class="rte-panel rte-panel--info">\n', "\n</div>"),
       "gutenberg": ("wrap", '<div class="wp-block-group has-pale-ocean-gradient-background has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "drupal": ("class", "encadre-info"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"aem": ("wrap", '<div class="rte-factbox">\n', "\n</div>"),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">📚</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="ny pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"aem": ('<span class="rte-highlight">', "</span>"), "quintype": ('<mark>', "</mark>")}


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
# templates: aem is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"aem": tpl_aem, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h34), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "aem"


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
            rng = random.Random("newsflow-heldout36-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI36[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 35) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h33), labels, furniture strings,
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
    # layouts: aem (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h31 or h32 gave it
    for mod in LANG_PARTS:
        langs_then = {(a["tpl"], a["lang"]) for a in mod.ARTICLES}
        problems.extend("%s: %s in %s, as in %s" % (a["id"], a["tpl"], a["lang"], mod.__name__) for a in ARTICLES
                        if (a["tpl"], a["lang"]) in langs_then)
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(PAGES_PER_LANG):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = ["h36-%s-%03d" % (x, k) for x in ("en", "tr", "de", "fr", "es", "ru") for k in range(1, PAGES_PER_LANG[x] + 1)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # the aem pages: a site of AEM, a section of the site's menu; sites of the other pages
    for a in ARTICLES:
        if a["tpl"] == "aem" and (a.get("site") not in AEM or a["lang"] not in AEM_CORE
                                  or a["section"] not in AEM[a["site"]]["menu"]):
            problems.append("%s: aem page needs an AEM site and a menu section" % a["id"])
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
    # every residue family (the three new ones included) has wordings in every language, and markup
    for fam in FAMILIES:
        if fam in ("caption", "title"):
            continue
        if fam not in R or (fam != "symbol" and set(R[fam]) != set(UI)):
            problems.append("residue family %s lacks wordings" % fam)
        if fam not in STYLES and fam not in ("caption", "related"):
            problems.append("residue family %s lacks markup" % fam)
    for fam, idxs in NEW_STYLE_WORDING.items():
        if len(idxs) != len(STYLES[fam]) or any(i >= len(R[fam][lang]) for i in idxs for lang in R[fam]):
            problems.append("new family %s: a markup without its wording" % fam)
    for name, obj in (("lottery rows", LOTTO_ROWS), ("tv rows", TV_ROWS), ("exam rows", EXAM_ROWS)):
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
    # ... and each is carried by at least four pages in at least three languages
    for f in NEW_FAMILIES:
        carriers = [a for a in ARTICLES if f in a.get("carry", [])]
        if len(carriers) < 4 or len({a["lang"] for a in carriers}) < 3:
            problems.append("new family %s carried by %d pages in %d languages (want 4 in 3)" % (
                f, len(carriers), len({a["lang"] for a in carriers})))
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    old = old_strings()
    story_mods = [__import__(name) for name in STORY_MODULES]
    for fam, by_lang in list(R.items()) + [("lottery rows", LOTTO_ROWS), ("tv rows", TV_ROWS), ("exam rows", EXAM_ROWS)]:
        for s in _strings(by_lang):
            problems.extend("h36 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = [v for (mod, name), v in SITE_STRINGS.items() if (mod, name) not in ((mp4, "R"), (mp, "RESIDUE"))]
    aem_sites = [{k: v for k, v in d.items() if k not in AEM_EXEMPT} for d in AEM.values()]
    # (AEM_CORE, the platform's generic strings and OneTrust's labels, is left as the developers left it)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("AEM", aem_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)):
                continue
            problems.extend("h36 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    for art in ARTICLES:
        if art.get("correction"):
            problems.extend("%s: correction reuses %r" % (art["id"], x) for x in sorted(_sentences(art["correction"]) & old))
    # new wrapper class names
    old_classes = set()
    for mod in EARLIER_MODULES:
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES", "TIKTOK_STYLE"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend("h36 class name %r used by an earlier part" % x
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
    the pages only (truth.json does not hold the h36 entries yet) and says so."""
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
              "(truth.json not checked: h36 is not merged by make_pages.py yet)")
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
