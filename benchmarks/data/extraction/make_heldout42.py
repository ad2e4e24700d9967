#!/usr/bin/env python3
"""Forty-second held-out part (h42-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout42.py           # write pages/h42-*.html
    python benchmarks/data/extraction/make_heldout42.py --check   # verify pages/h42-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout42.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout41.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h42_en.py / articles_h42_intl.py; the residue wordings (thirty-two of the generic families of the earlier
parts plus three new ones: snow-report widgets on stories about ski resorts and mountain roads -- the depth of snow
at the base and at the summit, the lifts and runs open and the avalanche danger level in a card or a table, the link
to the resort's live webcam, the avalanche bulletin line --, cinema-showtimes widgets on stories about films,
festivals and cinemas -- today's screenings with their times and screens, the "book tickets" link, the listings
provider's line --, and blood-donation session finders on stories about blood stocks, hospitals and donors -- the
next donation sessions nearby with their dates, venues and hours, "book an appointment", the "can I give blood?"
eligibility check --), their wrapper class names, related headlines, site names, the sites' own strings in the
earlier layouts and the first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI
or of the R pools of make_heldout2..40, nor their labels, furniture strings, headlines or site names; verify()
refuses to build if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is already in
an earlier pool, family list, template family or docstring, if a story paragraph or headline of an earlier part
recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  Every name and number is
fictional.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages: snow reports on a ski area opening early after
November snow, a Turkish ski resort's early start, an interview about a new chairlift in a German ski area and an
avalanche closing a French mountain road; showtimes widgets on a volunteer-run cinema reopening, a German family
cinema's hundredth birthday, a French mountain film festival and a Spanish open-air summer cinema; donation-session
finders on an English hospital's appeal for O-negative donors, a Turkish town's blood drive on the municipality's
own site, a Spanish hospital's donation marathon and a Russian district hospital short of blood.  Earlier families
that need a reason in the story are placed the same way (a gallery on a village cherry festival, a calendar row on a
courtyard clean-up day, score-centre links on a rugby promotion and a bandy semi-final); the other generic families
are balanced over the part, leaving out those the page's site would not print (the story's "kind": a municipality,
a village or residents' site, an independent publication on a platform); a correction box goes only on a story that
was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes, bars and
widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans, definition lists and tables,
and, for a few families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share line,
the donation booking link) or a bold section tag run into the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps, whole
paragraphs in bold or italics, a highlighted sentence, a paragraph in a coloured box, a fact box holding a subheading
and its list, a Ghost callout card, a paragraph typed after a line break; story structures that look like furniture
but are the story: question-and-answer interviews (bold questions, some of two or three words), lists inside the
story (opening-weekend facts, ticket prices, a cinema's opening week and a jubilee programme, a summer film
programme, a league table, how to become a donor, a cup run), crossheads as headings and as bold paragraphs,
one-line quotes and short one-line paragraphs, a closing line with practical information, and story sentences that
mention furniture words in ordinary reporting (readers' photos of prize onions at the very start of a story, a
village magazine's subscriptions and email newsletter, chocolate cookies at the start of a French bakery story, a
lift company's app, a cinema that follows big releases, donors asked to share an appeal, a beekeeper who does not
share photos of her bees at the very end, "contact" lines at the end of a water-pipe story and a Spanish interview),
some at the start or end of the story where furniture usually sits.  Two pages carry no residue at all and one only
its correction line.
One page layout is new (processwire: a ProcessWire 3 site as a small bilingual Alpine-valley news portal serves it,
on two pages, an English and a French one: the head with MarkupSEO's tags (description, keywords, author, robots,
canonical, Open Graph and Twitter tags, the generator tag), hreflang alternates, the site/templates stylesheet with
its cache-busting query, the PrivacyWire settings script and module scripts and a statistics script held back by
PrivacyWire (type="text/plain" data-category=...); the _main.php markup regions (header#masthead, nav#topnav,
main#main, article#content, aside#sidebar, footer#footer, with data-pw-id attributes, and an unprocessed
pw-region tag left at the end of the body); the masthead with the language switcher, the logo and tagline, the
top navigation with its "on" item, the search form and the site's buttons; the breadcrumbs; the article header
(kicker, h1, summary, byline, date), the hero image from /site/assets/files/<page id>/ with its size variations;
the body as RepeaterMatrix blocks: div.rm-block.rm-text holding the CKEditor text (paragraphs, lists, subheadings in
boxes), rm-heading blocks for the other subheadings, an rm-image block (the inset picture, with caption and credit),
an rm-quote block (a pull quote repeating the story) and rm-embed blocks holding the HTML the editors pasted; the
tags and share links; the sidebar with the most-read list and a FormBuilder newsletter form with its CSRF token;
the footer with its links, note and the "powered by" line; the PrivacyWire banner, options and message boxes as the
module renders them).  The platform's generic strings (PW_CORE, per language: the site profile's labels and
PrivacyWire's default texts) are left as developers leave them and not checked; the site's own strings (PW: menus,
buttons, box titles, footer texts) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h39 or h40 gave it (9 English pages, 3 in each other language); while a page is rendered, the
earlier modules' related headlines, the strings that belong to one site rather than to the platform (see
SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's own, and the
templates get this part's furniture strings (UI42) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout36.py, so that make_pages.py can import this module and merge it the same way.
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
import make_heldout28 as mp28  # noqa: E402
import make_heldout29 as mp29  # noqa: E402
import make_heldout30 as mp30  # noqa: E402
import make_heldout31 as mp31  # noqa: E402
import make_heldout32 as mp32  # noqa: E402
import make_heldout33 as mp33  # noqa: E402
import make_heldout34 as mp34  # noqa: E402
import make_heldout35 as mp35  # noqa: E402
import make_heldout36 as mp36  # noqa: E402
import make_heldout37 as mp37  # noqa: E402
import make_heldout38 as mp38  # noqa: E402
import make_heldout39 as mp39  # noqa: E402
import make_heldout40 as mp40  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h42_en import ARTICLES as H42_EN  # noqa: E402
from articles_h42_intl import ARTICLES as H42_INTL  # noqa: E402

ARTICLES = H42_EN + H42_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40)
# parts whose layouts' languages this part avoids (the two before it; h41 is written at the same time)
LANG_PARTS = (mp39, mp40)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h42"

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Whitmore Cross Observer", "Carrowby Evening Star", "Fenbridge & Hatley Journal", "Tollerton Times and Post",
           "Corvey Dale Chronicle", "Harrowgate Vale Sentinel", "Ashdown Weekly Lamp", "Amberley Downs Advertiser"],
    "tr": ["Karlıtepe Haber Ajansı"],
    "de": ["Grattaler Bergbote", "Wendelsbacher Kreiszeitung"],
    "fr": ["Le Courrier de Saint-Alban", "Vernay Infos"],
    "es": ["El Eco de Valdemora", "Gaceta de Alcorrín", "La Voz de Torrelobos"],
    "ru": ["Заволжский курьер", "Верхнесольская заря"],
}
# sites fixed per page (the valley portal on ProcessWire, a municipality on Drupal, a village website on uCoz, a
# residents' site on Ghost, an independent publication on Medium) are given in the stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h40 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This podcast player stays blank until you accept audio cookies", "Turn on social media cookies to see the post that should be here ›"],
        "tr": ["Ses çerezlerini kabul edene kadar bu podcast oynatıcısı boş kalır", "Burada olması gereken gönderiyi görmek için sosyal medya çerezlerini açın ›"],
        "de": ["Dieser Podcast-Player bleibt leer, bis Sie Audio-Cookies akzeptieren", "Social-Media-Cookies einschalten, um den Beitrag an dieser Stelle zu sehen ›"],
        "fr": ["Ce lecteur de podcast reste vide tant que vous n'acceptez pas les cookies audio", "Activez les cookies des réseaux sociaux pour voir la publication prévue ici ›"],
        "es": ["Este reproductor de pódcast seguirá vacío hasta que aceptes las cookies de audio", "Activa las cookies de redes sociales para ver la publicación que va aquí ›"],
        "ru": ["Плеер подкаста останется пустым, пока вы не примете аудио-cookie", "Включите cookie соцсетей, чтобы увидеть публикацию, которая должна быть здесь ›"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Sign up for {site} at Seven: the day's local news, free, every weekday morning.",
               "Two of your free reads for this month are still unused. Go unlimited for 99p in month one",
               "Someone has to sit through the planning committee. Help us keep doing it from £1"],
        "tr": ["{site} Sabah Yedi'ye kaydolun: günün yerel haberleri, her hafta içi sabahı ücretsiz.",
               "Bu ayki ücretsiz okuma hakkınızdan ikisi duruyor. İlk ay 9,90 liraya sınırsız okuyun",
               "Plan komisyonu toplantısında birinin oturması gerekiyor. Bunu sürdürmemize 10 liradan destek olun"],
        "de": ["Melden Sie sich an für {site} um sieben: die Lokalnachrichten des Tages, kostenlos, werktags früh.",
               "Zwei Ihrer freien Artikel für diesen Monat sind noch übrig. Im ersten Monat für 99 Cent unbegrenzt lesen",
               "Irgendwer muss in der Bauausschusssitzung sitzen. Helfen Sie uns ab 1 Euro, dass wir es weiter tun"],
        "fr": ["Inscrivez-vous à {site} à 7 heures : l'actu locale du jour, gratuite, chaque matin de semaine.",
               "Deux de vos lectures gratuites du mois sont encore disponibles. Lecture illimitée à 0,99 € le premier mois",
               "Il faut bien quelqu'un pour assister à la commission d'urbanisme. Aidez-nous à continuer, dès 1 €"],
        "es": ["Apúntate a {site} a las siete: la actualidad local del día, gratis, cada mañana laborable.",
               "Aún te quedan dos lecturas gratis de este mes. Lee sin límite por 0,99 € el primer mes",
               "Alguien tiene que estar en la comisión de urbanismo. Ayúdanos a seguir haciéndolo desde 1 €"],
        "ru": ["Подпишитесь на «{site} в семь»: местные новости дня бесплатно, каждое утро по будням.",
               "Две бесплатные статьи этого месяца ещё не прочитаны. Безлимит за 99 рублей в первый месяц",
               "Кто-то должен сидеть на заседании комиссии по застройке. Помогите нам и дальше это делать — от 50 рублей"],
    },
    "share": {  # the first wording is a list of networks (" · ")
        "en": ["Send this story: WhatsApp · Facebook · X · Copy link", "Worth passing to a neighbour? Forward this page"],
        "tr": ["Haberi gönderin: WhatsApp · Facebook · X · Bağlantıyı kopyala", "Komşunuzun da okumasına değer mi? Bu sayfayı iletin"],
        "de": ["Diesen Artikel senden: WhatsApp · Facebook · X · Link kopieren", "Lohnt sich das auch für die Nachbarn? Diese Seite weiterleiten"],
        "fr": ["Envoyer cet article : WhatsApp · Facebook · X · Copier le lien", "Ça vaut le coup pour un voisin ? Transférez cette page"],
        "es": ["Envía esta noticia: WhatsApp · Facebook · X · Copiar enlace", "¿Le interesa también a algún vecino? Reenvía esta página"],
        "ru": ["Отправить материал: Telegram · ВКонтакте · WhatsApp · Копировать ссылку", "Стоит показать соседям? Перешлите эту страницу"],
    },
    "photo": {
        "en": ["Image courtesy of the organisers", "Photograph taken by a reader and sent to us"],
        "tr": ["Görsel etkinliği düzenleyenlerden alınmıştır", "Bir okurumuzun çekip bize gönderdiği fotoğraf"],
        "de": ["Das Bild stellten uns die Organisatoren zur Verfügung", "Aufnahme einer Leserin, die sie uns geschickt hat"],
        "fr": ["Image avec l'aimable autorisation des organisateurs", "Photo prise par un lecteur et envoyée à la rédaction"],
        "es": ["Imagen cedida por la organización", "Foto hecha por un lector y enviada a esta redacción"],
        "ru": ["Фото прислали организаторы мероприятия", "Снимок сделал и прислал в редакцию читатель"],
    },
    "copyright": {
        "en": ["{site} holds the rights to this article, pictures included. Republishing any part of it without our agreement in writing is not allowed."],
        "tr": ["{site} tüm hakları saklıdır. Bu haberin herhangi bir bölümü yazılı onayımız olmadan yeniden yayımlanamaz."],
        "de": ["{site} hält die Rechte an diesem Artikel samt Bildern. Eine Weiterveröffentlichung, auch in Teilen, ist ohne unsere schriftliche Zustimmung nicht gestattet."],
        "fr": ["{site} détient les droits de cet article, photos comprises. Toute republication, même partielle, est interdite sans notre accord écrit."],
        "es": ["{site} tiene los derechos de esta noticia, fotos incluidas. No se permite republicar ninguna parte sin nuestro acuerdo por escrito."],
        "ru": ["Copyright «{site}». Перепечатка любой части материала без письменного согласия редакции не допускается."],
    },
    "section": {
        "en": ["From the {section} pages", "All the latest {section} news ›"],
        "tr": ["{section} sayfalarından", "Tüm güncel {section} haberleri ›"],
        "de": ["Aus dem Bereich {section}", "Alle aktuellen Nachrichten: {section} ›"],
        "fr": ["Dans nos pages {section}", "Toute l'actualité {section} ›"],
        "es": ["Desde las páginas de {section}", "Toda la actualidad de {section} ›"],
        "ru": ["Из рубрики «{section}»", "Все свежие новости рубрики «{section}» ›"],
    },
    "related": {
        "en": ["Other stories from around here", "On the same subject"],
        "tr": ["Bölgemizden diğer haberler", "Aynı konuda"],
        "de": ["Weitere Geschichten aus der Gegend", "Zum selben Thema"],
        "fr": ["Encore des nouvelles d'ici", "Dans le même dossier"],
        "es": ["Otras historias de la zona", "Sobre el mismo asunto"],
        "ru": ["Ещё новости из наших краёв", "На ту же тему"],
    },
    "symbol": {"*": ["⁂ · ⁂", "▪ ▫ ▪", "✺ ─ ✺", "⸻ ❖ ⸻"]},
    "credit": {
        "en": ["With reporting from the {site} news team", "Video: {site} video desk"],
        "tr": ["{site} haber ekibinin katkılarıyla", "Video: {site} video masası"],
        "de": ["Mit Informationen des Nachrichtenteams von {site}", "Video: Videoredaktion von {site}"],
        "fr": ["Avec les informations de l'équipe actualité de {site}", "Vidéo : service vidéo de {site}"],
        "es": ["Con información del equipo de noticias de {site}", "Vídeo: sección de vídeo de {site}"],
        "ru": ["Материал подготовлен с участием новостной службы «{site}»", "Видео: видеоотдел «{site}»"],
    },
    "ad": {
        "en": ["The article carries on below this advertisement", "Advertising helps pay for this website"],
        "tr": ["Haberin devamı bu reklamdan sonra geliyor", "Reklamlar bu sitenin masraflarını karşılamaya yardım ediyor"],
        "de": ["Der Text geht unter dieser Anzeige weiter", "Werbung hilft, diese Website zu finanzieren"],
        "fr": ["L'article se poursuit sous cette annonce", "La publicité aide à financer ce site"],
        "es": ["La noticia continúa bajo este anuncio", "La publicidad ayuda a pagar esta web"],
        "ru": ["Статья продолжается под этим рекламным блоком", "Благодаря рекламе этот сайт остаётся бесплатным"],
    },
    "continue": {
        "en": ["Read the full story ›", "There's more below – tap to expand"],
        "tr": ["Haberin tamamını okuyun ›", "Devamı aşağıda – açmak için dokunun"],
        "de": ["Den ganzen Artikel lesen ›", "Weiter unten geht es weiter – zum Aufklappen tippen"],
        "fr": ["Lire l'intégralité de l'article ›", "La suite est plus bas – touchez pour déplier"],
        "es": ["Leer la noticia completa ›", "Hay más abajo: toca para desplegar"],
        "ru": ["Читать материал полностью ›", "Продолжение ниже — нажмите, чтобы развернуть"],
    },
    "comments": {
        "en": ["{n} replies under this story · Have your say", "See what {n} readers are saying ›"],
        "tr": ["Bu haberin altında {n} yanıt · Siz de söyleyin", "{n} okurun ne dediğine bakın ›"],
        "de": ["{n} Kommentare · Schreiben Sie mit", "Lesen Sie, was {n} Leser sagen ›"],
        "fr": ["{n} réponses sous cet article · Donnez votre avis", "Voir ce que disent {n} lecteurs ›"],
        "es": ["{n} comentarios · Añade el tuyo", "Mira lo que dicen {n} lectores ›"],
        "ru": ["{n} комментариев · Добавьте свой", "Посмотрите, что пишут {n} читателей ›"],
    },
    "readtime": {
        "en": ["About {m} minutes of reading", "⌛ {m} min to read"],
        "tr": ["Yaklaşık {m} dakikalık bir okuma", "⌛ {m} dk okuma"],
        "de": ["Gut {m} Minuten Lesestoff", "⌛ {m} Min. Lektüre"],
        "fr": ["Environ {m} minutes à lire", "⌛ {m} min à lire"],
        "es": ["Unos {m} minutos para leerla", "⌛ {m} min para leer"],
        "ru": ["Около {m} минут уйдёт на чтение", "⌛ {m} мин на чтение"],
    },
    "updated": {
        "en": ["Revised {d}, {t} – this story has changed since it first went up", "Went online {d} · revised at {t}"],
        "tr": ["{d} günü saat {t}'de düzenlendi – haber ilk yayından bu yana değişti", "İnternette: {d} · düzenleme saati {t}"],
        "de": ["Überarbeitet am {d}, {t} Uhr – der Text hat sich seit der ersten Fassung geändert", "Online seit {d} · überarbeitet um {t} Uhr"],
        "fr": ["Revu le {d} à {t} – l'article a évolué depuis sa mise en ligne", "En ligne le {d} · revu à {t}"],
        "es": ["Revisada el {d} a las {t}: la noticia ha cambiado desde que se publicó", "En la web desde el {d} · revisada a las {t}"],
        "ru": ["Исправлено {d} в {t} — текст изменился с момента публикации", "На сайте с {d} · правка в {t}"],
    },
    "audio": {
        "en": ["Listen: this story in {m} minutes, read by a synthetic voice", "▷ Play the audio version"],
        "tr": ["Dinleyin: bu haber {m} dakikada, sentetik sesle", "▷ Sesli sürümü oynatın"],
        "de": ["Anhören: dieser Artikel in {m} Minuten, gelesen von einer synthetischen Stimme", "▷ Audioversion abspielen"],
        "fr": ["Écouter : cet article en {m} minutes, lu par une voix de synthèse", "▷ Lancer la version audio"],
        "es": ["Escucha: esta noticia en {m} minutos, leída por una voz sintética", "▷ Reproducir la versión en audio"],
        "ru": ["Слушать: этот материал за {m} минуты, читает синтезированный голос", "▷ Включить аудиоверсию"],
    },
    "correction": {
        "en": ["Correction: we have changed this article to fix an error."],
        "tr": ["Düzeltme: Bu haberdeki bir hatayı düzeltmek için metni değiştirdik."],
        "de": ["Korrektur: Wir haben diesen Artikel geändert, um einen Fehler zu beheben."],
        "fr": ["Correction : nous avons modifié cet article pour corriger une erreur."],
        "es": ["Corrección: hemos cambiado esta noticia para subsanar un error."],
        "ru": ["Поправка: мы изменили материал, чтобы исправить ошибку."],
    },
    "app": {
        "en": ["All of {site} in your pocket: install the free app", "Download the {site} app for alerts from your area ›"],
        "tr": ["{site} cebinizde: ücretsiz uygulamayı yükleyin", "Bölgenizden bildirimler için {site} uygulamasını indirin ›"],
        "de": ["{site} in der Hosentasche: die kostenlose App installieren", "Die App von {site} für Meldungen aus Ihrer Gegend laden ›"],
        "fr": ["Tout {site} dans votre poche : installez l'appli gratuite", "Téléchargez l'appli {site} pour les alertes de votre secteur ›"],
        "es": ["Todo {site} en tu bolsillo: instala la app gratuita", "Descarga la app de {site} para recibir avisos de tu zona ›"],
        "ru": ["Весь «{site}» в кармане: установите бесплатное приложение", "Скачайте приложение «{site}», чтобы получать уведомления о событиях рядом ›"],
    },
    "bio": {
        "en": ["{by} joined {site} as a trainee and now writes about {section}.", "Read more from {by} ›"],
        "tr": ["{by}, {site} muhabiri; {section} haberlerini takip ediyor.", "{by} kaleminden son haberler ›"],
        "de": ["{by} kam als Volontärin oder Volontär zu {site} und schreibt heute über {section}.", "Mehr von {by} lesen ›"],
        "fr": ["{by} est journaliste à {site} et couvre la rubrique {section}.", "Lire d'autres articles de {by} ›"],
        "es": ["{by} entró en {site} como becaria o becario y hoy escribe sobre {section}.", "Lo último de {by} ›"],
        "ru": ["{by} — корреспондент «{site}», пишет в рубрику «{section}».", "Ещё тексты этого автора ›"],
    },
    "tip": {
        "en": ["Spotted something in your street? Call the newsroom on 07700 900 741 or write to news@example.org", "We want to hear from you: send us your news"],
        "tr": ["Sokağınızda bir şey mi gözünüze çarptı? Haber merkezimizi 0532 000 07 41'den arayın ya da haber@example.org adresine yazın", "Sizden haber bekliyoruz: haberlerinizi bize gönderin"],
        "de": ["In Ihrer Straße ist etwas los? Rufen Sie die Redaktion an unter 0171 0000741 oder schreiben Sie an redaktion@example.org", "Wir wollen von Ihnen hören: Schicken Sie uns Ihre Neuigkeiten"],
        "fr": ["Du nouveau dans votre quartier ? Appelez la rédaction au 06 00 00 07 41 ou écrivez à redaction@example.org", "Nous voulons vous entendre : envoyez-nous vos nouvelles"],
        "es": ["¿Ha pasado algo en tu calle? Llama a la redacción al 600 000 741 o escribe a redaccion@example.org", "Queremos saber de ti: mándanos tus noticias"],
        "ru": ["Что-то произошло у вас во дворе? Звоните в редакцию: +7 900 000-07-41 или пишите на news@example.org", "Нам важно знать, что у вас происходит: присылайте новости"],
    },
    "typo": {
        "en": ["Typo or wrong name? Mark the words and hit Ctrl+Enter, and a subeditor will take a look"],
        "tr": ["Yazım hatası ya da yanlış bir isim mi? Kelimeleri işaretleyip Ctrl+Enter'a basın, editörümüz baksın"],
        "de": ["Tippfehler oder falscher Name? Wörter markieren, Strg+Enter drücken, dann schaut die Schlussredaktion nach"],
        "fr": ["Coquille ou nom mal orthographié ? Surlignez les mots, tapez Ctrl+Entrée et un secrétaire de rédaction vérifiera"],
        "es": ["¿Una errata o un apellido mal puesto? Marca las palabras, pulsa Ctrl+Intro y lo revisará la mesa de edición"],
        "ru": ["Нашли ошибку в статье? Выделите текст и сообщите нам, нажав Ctrl+Enter"],
    },
    "push": {
        "en": ["{site} can tell you the moment news breaks near you. Turn alerts on · Maybe later"],
        "tr": ["{site}, yakınınızda bir gelişme olduğu anda size haber verebilir. Uyarıları aç · Belki sonra"],
        "de": ["{site} kann Sie sofort informieren, wenn in Ihrer Nähe etwas passiert. Hinweise einschalten · Vielleicht später"],
        "fr": ["{site} peut vous prévenir dès qu'il se passe quelque chose près de chez vous. Activer les alertes · Plus tard peut-être"],
        "es": ["{site} puede avisarte en cuanto pase algo cerca de ti. Activar avisos · Quizá luego"],
        "ru": ["«{site}» может сообщать вам о событиях рядом сразу, как они происходят. Включить оповещения · Может быть, позже"],
    },
    "feedback": {
        "en": ["Did this article answer your questions? Fully · Partly · Not at all"], "tr": ["Bu haber aklınızdaki soruları yanıtladı mı? Tamamen · Kısmen · Hiç"],
        "de": ["Hat dieser Artikel Ihre Fragen beantwortet? Ganz · Teilweise · Gar nicht"], "fr": ["Cet article répond-il à ce que vous vouliez savoir ? Entièrement · En partie · Pas du tout"],
        "es": ["¿Ha respondido esta noticia a tus preguntas? Del todo · En parte · Nada"], "ru": ["Ответил ли материал на ваши вопросы? Полностью · Отчасти · Совсем нет"],
    },
    "standards": {
        "en": ["{site} signed up to the independent regulator's code in 2019. Complaints about accuracy go to our standards desk, which replies within ten working days."],
        "tr": ["{site}, 2019'dan bu yana bağımsız öz denetim kurulunun ilkelerine bağlıdır. Doğrulukla ilgili şikâyetler okur masamıza iletilir ve on iş günü içinde yanıtlanır."],
        "de": ["{site} hat sich 2019 den Regeln des Selbstkontrollgremiums angeschlossen. Beschwerden über die Richtigkeit beantwortet unser Qualitätsteam innerhalb von zehn Werktagen."],
        "fr": ["{site} adhère depuis 2019 au code de l'instance de déontologie indépendante. Les réclamations sur l'exactitude reçoivent une réponse de notre service qualité sous dix jours ouvrés."],
        "es": ["{site} se adhirió en 2019 al código de la comisión de autorregulación. Las quejas sobre errores las responde nuestro equipo de calidad en diez días hábiles."],
        "ru": ["«{site}» с 2019 года придерживается кодекса независимой коллегии по жалобам на прессу. На жалобы о неточностях отдел качества отвечает в течение десяти рабочих дней."],
    },
    "topics": {
        "en": ["Tagged with: {section} · our area", "Get updates on {section} ›"],
        "tr": ["Etiketler: {section} · bölgemiz", "{section} ile ilgili gelişmeleri alın ›"],
        "de": ["Verschlagwortet: {section} · unsere Region", "Neues zu {section} bekommen ›"],
        "fr": ["Mots-clés : {section} · notre secteur", "Recevoir les nouveautés {section} ›"],
        "es": ["Etiquetas: {section} · nuestra zona", "Recibe novedades de {section} ›"],
        "ru": ["Метки: {section} · наш район", "Получать новости по теме «{section}» ›"],
    },
    "bookmark": {
        "en": ["📌 Pin this article for later"], "tr": ["📌 Bu haberi sonrası için iğneleyin"], "de": ["📌 Für später anheften"],
        "fr": ["📌 Épingler pour plus tard"], "es": ["📌 Fijar para leer luego"], "ru": ["📌 Закрепить, чтобы прочитать потом"],
    },
    "embed": {
        "en": ["See this Instagram post from {handle}", "Open {handle}'s clip in the YouTube player"],
        "tr": ["{handle} hesabının Instagram gönderisine bakın", "{handle} kanalının videosunu YouTube'da izleyin"],
        "de": ["Diesen Instagram-Beitrag von {handle} ansehen", "Das Video von {handle} auf YouTube ansehen"],
        "fr": ["Voir cette publication Instagram de {handle}", "Ouvrir l'extrait de {handle} dans le lecteur YouTube"],
        "es": ["Ver esta publicación de Instagram de {handle}", "Ver el vídeo de {handle} en YouTube"],
        "ru": ["Посмотреть публикацию {handle} в Instagram", "Открыть ролик {handle} в плеере YouTube"],
    },
    "gallery": {
        "en": ["Photo gallery: {g} pictures from the day", "▶ Start the slideshow ({g})"],
        "tr": ["Foto galeri: günden {g} kare", "▶ Slayt gösterisini başlat ({g})"],
        "de": ["Fotostrecke: {g} Bilder vom Tag", "▶ Diashow starten ({g})"],
        "fr": ["Galerie photos : {g} images de la journée", "▶ Lancer le diaporama ({g})"],
        "es": ["Fotogalería: {g} imágenes de la jornada", "▶ Iniciar la presentación ({g})"],
        "ru": ["Фотогалерея: {g} снимков с места событий", "▶ Запустить слайд-шоу ({g})"],
    },
    "map": {
        "en": ["Show on a bigger map ›", "Map data: OpenStreetMap contributors (©) · Plan a route"],
        "tr": ["Büyük haritada göster ›", "Harita verisi: OpenStreetMap katkıcıları (©) · Rota oluştur"],
        "de": ["Auf größerer Karte zeigen ›", "Kartendaten: OpenStreetMap-Mitwirkende (©) · Route planen"],
        "fr": ["Afficher sur une carte plus grande ›", "Données de carte : contributeurs OpenStreetMap (©) · Préparer un trajet"],
        "es": ["Mostrar en un mapa más grande ›", "Datos del mapa: colaboradores de OpenStreetMap (©) · Planear una ruta"],
        "ru": ["Показать на большой карте ›", "Данные карты: участники OpenStreetMap (©) · Проложить путь"],
    },
    "calendar": {
        "en": ["Add this date: Google · iCal · Outlook", "Save the event to your calendar (.ics)"],
        "tr": ["Bu tarihi ekleyin: Google · iCal · Outlook", "Etkinliği takviminize kaydedin (.ics)"],
        "de": ["Diesen Termin eintragen: Google · iCal · Outlook", "Veranstaltung im Kalender speichern (.ics)"],
        "fr": ["Ajouter cette date : Google · iCal · Outlook", "Enregistrer l'événement dans votre agenda (.ics)"],
        "es": ["Añade esta fecha: Google · iCal · Outlook", "Guarda el evento en tu calendario (.ics)"],
        "ru": ["Добавить дату: Google · iCal · Outlook", "Сохранить событие в календарь (.ics)"],
    },
    "scores": {
        "en": ["All the scores, tables and fixtures ›", "Results · Tables · Fixtures · Match reports"],
        "tr": ["Tüm skorlar, puan durumları ve fikstür ›", "Sonuçlar · Puan durumu · Fikstür · Maç raporları"],
        "de": ["Alle Ergebnisse, Tabellen und Spieltermine ›", "Ergebnisse · Tabellen · Spieltermine · Spielberichte"],
        "fr": ["Tous les scores, classements et calendriers ›", "Résultats · Classements · Calendrier · Comptes rendus"],
        "es": ["Todos los marcadores, clasificaciones y calendarios ›", "Resultados · Clasificaciones · Calendario · Crónicas"],
        "ru": ["Все счета, таблицы и календарь игр ›", "Результаты · Таблицы · Календарь · Отчёты о матчах"],
    },
    # the three families new in this part
    "snow": {  # snow-report widgets: the report's heading, the webcam link, the avalanche bulletin line
        "en": ["Snow report: today on the slopes", "Live webcam from the top station ›",
               "Avalanche bulletin: read the full forecast before skiing off-piste"],
        "tr": ["Kar raporu: bugün pistlerde durum", "Zirve istasyonundan canlı kamera ›",
               "Çığ bülteni: pist dışına çıkmadan önce tahminin tamamını okuyun"],
        "de": ["Schneebericht: heute auf den Pisten", "Live-Webcam von der Bergstation ›",
               "Lawinenlagebericht: vor Touren abseits der Piste vollständig lesen"],
        "fr": ["Bulletin neige : aujourd'hui sur les pistes", "Webcam en direct du sommet ›",
               "Bulletin avalanche : consultez la prévision complète avant le hors-piste"],
        "es": ["Parte de nieve: hoy en las pistas", "Webcam en directo desde la cota alta ›",
               "Boletín de aludes: lee la predicción completa antes de salir fuera de pista"],
        "ru": ["Снежный отчёт: сегодня на склонах", "Веб-камера на верхней станции — прямой эфир ›",
               "Лавинный бюллетень: прочитайте прогноз полностью перед катанием вне трасс"],
    },
    "cinema": {  # cinema-showtimes widgets: today's screenings, "book tickets", the listings provider
        "en": ["Showing today", "Book tickets ›", "Film times supplied by ReelGuide and may change"],
        "tr": ["Bugün vizyonda", "Bilet al ›", "Seans saatleri ReelGuide tarafından sağlanır ve değişebilir"],
        "de": ["Heute im Kino", "Tickets buchen ›", "Spielzeiten von ReelGuide, Änderungen möglich"],
        "fr": ["À l'affiche aujourd'hui", "Réserver ses places ›", "Horaires fournis par ReelGuide, sous réserve de modification"],
        "es": ["Hoy en cartelera", "Compra tus entradas ›", "Horarios facilitados por ReelGuide, sujetos a cambios"],
        "ru": ["Сегодня в кино", "Купить билеты ›", "Расписание сеансов предоставлено ReelGuide и может меняться"],
    },
    "blood": {  # blood-donation session finders: the next sessions, "book an appointment", the eligibility check
        "en": ["Next blood donation sessions near you", "Book an appointment to give blood ›", "Can I give blood? Check in two minutes ›"],
        "tr": ["Yakınınızdaki kan bağışı noktaları", "Kan bağışı için randevu alın ›", "Kan verebilir miyim? İki dakikada öğrenin ›"],
        "de": ["Die nächsten Blutspendetermine in Ihrer Nähe", "Termin zur Blutspende reservieren ›", "Darf ich Blut spenden? In zwei Minuten prüfen ›"],
        "fr": ["Prochaines collectes de sang près de chez vous", "Prendre rendez-vous pour donner son sang ›", "Puis-je donner mon sang ? Vérifiez en deux minutes ›"],
        "es": ["Próximas colectas de sangre cerca de ti", "Pide cita para donar sangre ›", "¿Puedo donar? Compruébalo en dos minutos ›"],
        "ru": ["Ближайшие выездные акции по сдаче крови", "Записаться на донацию ›", "Можно ли мне сдавать кровь? Проверьте за две минуты ›"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES): a snow card and a runs table are
# headed by the report's heading, the webcam is a link, the bulletin a small line; a screenings box and a showtimes
# table are headed "showing today", then the booking link and the provider's line; a sessions box and a sessions
# table are headed "next sessions", then the booking link and the eligibility check
NEW_STYLE_WORDING = {"snow": [0, 1, 2, 0], "cinema": [0, 1, 2, 0], "blood": [0, 1, 2, 0]}
# a snow report: what, how much
SNOW_ROWS = {
    "en": [("Base (1,450 m)", "58 cm"), ("Summit (2,390 m)", "142 cm"), ("Lifts open", "11 / 18"), ("Runs open", "31 / 54"),
           ("Avalanche danger", "3 – considerable")],
    "tr": [("Otel bölgesi (1.850 m)", "65 cm"), ("Zirve (2.540 m)", "110 cm"), ("Açık telesiyej", "7 / 9"), ("Açık pist", "14 / 21"),
           ("Çığ tehlikesi", "2 – orta")],
    "de": [("Tal (1.120 m)", "35 cm"), ("Berg (1.980 m)", "120 cm"), ("Offene Lifte", "6 / 8"), ("Offene Pisten", "22 / 29 km"),
           ("Lawinenwarnstufe", "2 – mäßig")],
    "fr": [("Bas des pistes (1 450 m)", "80 cm"), ("Sommet (2 390 m)", "215 cm"), ("Remontées ouvertes", "9 / 18"),
           ("Pistes ouvertes", "26 / 54"), ("Risque d'avalanche", "4 – fort")],
    "es": [("Cota baja (1.700 m)", "40 cm"), ("Cota alta (2.300 m)", "95 cm"), ("Remontes abiertos", "12 / 15"),
           ("Pistas abiertas", "38 / 44"), ("Peligro de aludes", "2 – limitado")],
    "ru": [("Низ склона (620 м)", "55 см"), ("Вершина (1 180 м)", "90 см"), ("Работают подъёмники", "5 / 6"),
           ("Открыто трасс", "12 / 14"), ("Лавинная опасность", "2 – умеренная")],
}
# today's screenings: film, times, screen
SHOW_ROWS = {
    "en": [("The Long Tide (12A)", "14:10 · 17:30 · 20:15", "Screen 1"), ("Paper Lanterns (PG)", "11:00 · 13:45", "Screen 2"),
           ("North of Harrow Lane (15)", "18:20 · 20:50", "Screen 2")],
    "tr": [("Rüzgârın Kızı (13+)", "13.30 · 16.15 · 21.00", "Salon 1"), ("Kayıp Köpek Pamuk (G)", "11.00 · 14.00", "Salon 2"),
           ("Son Vapur (15+)", "18.45 · 21.30", "Salon 2")],
    "de": [("Der lange Sommer (FSK 12)", "15:00 · 17:45 · 20:30", "Saal 1"), ("Fips und die Räuber (FSK 0)", "14:30 · 16:15", "Saal 2"),
           ("Nachtfähre (FSK 16)", "20:45", "Saal 2")],
    "fr": [("La Grande Traversée", "14 h · 17 h 30 · 20 h 45", "Salle 1"), ("Le Berger des Écrins", "16 h · 18 h 15", "Salle 2"),
           ("Loup, y es-tu ? (dès 6 ans)", "10 h 30 · 14 h 15", "Salle 2")],
    "es": [("La última cosecha", "17:00 · 19:45 · 22:30", "Sala 1"), ("Tomás y el dragón (TP)", "12:00 · 16:30", "Sala 2"),
           ("Frontera norte (+16)", "20:15 · 22:45", "Sala 2")],
    "ru": [("Последний рейс (12+)", "13:20 · 16:40 · 19:50", "Зал 1"), ("Ёжик и река (0+)", "10:30 · 12:10", "Зал 2"),
           ("Северный ветер (16+)", "18:00 · 21:25", "Зал 2")],
}
SHOW_HEAD = {"en": ("Film", "Times", "Screen"), "tr": ("Film", "Seanslar", "Salon"), "de": ("Film", "Zeiten", "Saal"),
             "fr": ("Film", "Séances", "Salle"), "es": ("Película", "Pases", "Sala"), "ru": ("Фильм", "Сеансы", "Зал")}
# the next donation sessions: days after the story, venue, hours
DONOR_ROWS = {
    "en": [(1, "Carrowby donation centre, Infirmary Road", "08:00–20:00"), (3, "St Cuthbert's Church Hall, Whitby Lane", "13:30–19:30"),
           (6, "Leisure Centre, Pelham", "10:00–16:00")],
    "tr": [(2, "Kızılay Kan Bağış Merkezi, Atatürk Caddesi", "09.00–18.00"), (4, "Yeşilvadi Devlet Hastanesi girişi", "10.00–17.00"),
           (7, "Organize Sanayi Bölgesi, mobil araç", "09.30–15.30")],
    "de": [(2, "Mehrzweckhalle Grattal", "15:30–19:30"), (5, "Grundschule Oberweißach", "16:00–20:00"), (9, "Feuerwehrhaus Wendelsbach", "15:00–19:00")],
    "fr": [(2, "Salle polyvalente d'Esserte", "15 h 30–19 h 30"), (5, "Mairie de Saint-Alban", "9 h–13 h"), (8, "Foyer rural de Vernay-le-Bas", "16 h–19 h 30")],
    "es": [(1, "Hospital Comarcal de Valdemora, planta baja", "09:00–21:00"), (4, "Centro de salud de Alcorrín", "16:30–20:30"),
           (8, "Unidad móvil, plaza Mayor de Torrelobos", "10:00–14:00")],
    "ru": [(1, "Отделение переливания крови, ул. Чапаева, 3", "8:00–14:00"), (4, "Дом культуры «Металлург»", "9:00–13:00"),
           (7, "Колледж Заволжья, актовый зал", "9:00–12:00")],
}
WEEKDAYS = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], "tr": ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"],
            "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."], "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
            "es": ["lun.", "mar.", "mié.", "jue.", "vie.", "sáb.", "dom."], "ru": ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]}
WIDGET_ROWS = (("snow rows", SNOW_ROWS), ("show rows", SHOW_ROWS), ("show heads", SHOW_HEAD), ("donor rows", DONOR_ROWS))
HEADLINES = {
    "en": ["Level crossing at Stenby Road to close for a weekend of repairs", "Museum's steam engine runs again after 50 years",
           "Primary school wins national award for its vegetable garden", "New footpath links the station to the country park",
           "Fire crews rescue a pony stuck in a drainage ditch", "Market hall traders agree to open on Sunday mornings"],
    "tr": ["Hemzemin geçit onarım nedeniyle hafta sonu kapanacak", "Müzedeki buharlı makine 50 yıl sonra yeniden çalıştı",
           "İlkokulun sebze bahçesine ulusal ödül", "Yeni yürüyüş yolu istasyonu mesire alanına bağlıyor",
           "İtfaiye kanala düşen midilliyi kurtardı", "Kapalı çarşı esnafı pazar sabahları da açık olacak"],
    "de": ["Bahnübergang an der Talstraße am Wochenende gesperrt", "Dampfmaschine im Museum läuft nach 50 Jahren wieder",
           "Grundschule gewinnt Bundespreis für ihren Gemüsegarten", "Neuer Fußweg verbindet den Bahnhof mit dem Naturpark",
           "Feuerwehr rettet Pony aus einem Entwässerungsgraben", "Händler in der Markthalle öffnen künftig auch sonntags"],
    "fr": ["Le passage à niveau de la route de la gare fermé un week-end", "La machine à vapeur du musée tourne à nouveau après 50 ans",
           "Un prix national pour le potager de l'école primaire", "Un nouveau sentier relie la gare au parc naturel",
           "Les pompiers sauvent un poney tombé dans un fossé", "Les commerçants de la halle ouvriront le dimanche matin"],
    "es": ["El paso a nivel de la carretera de la estación cerrará un fin de semana", "La máquina de vapor del museo vuelve a funcionar 50 años después",
           "Premio nacional para el huerto escolar del colegio público", "Un nuevo camino une la estación con el parque natural",
           "Los bomberos rescatan a un poni atrapado en una acequia", "Los comerciantes del mercado abrirán los domingos por la mañana"],
    "ru": ["Железнодорожный переезд на Вокзальной закроют на выходные", "Паровую машину в музее запустили впервые за 50 лет",
           "Школьный огород получил всероссийскую премию", "Новая тропа соединила вокзал с природным парком",
           "Пожарные спасли пони, застрявшего в мелиоративной канаве", "Продавцы крытого рынка будут работать по воскресеньям"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["de"]
TEASERS = {
    "de": ["Die Bahn erneuert Schwellen und Schranken; Umleitung über die Kreisstraße.",
           "Ehrenamtliche haben die Maschine von 1911 drei Jahre lang restauriert.",
           "Die Kinder ernten jedes Jahr rund 200 Kilo Gemüse für die Schulküche.",
           "Der Weg ist 2,4 Kilometer lang und barrierefrei.",
           "Das Tier blieb unverletzt und steht wieder auf seiner Weide.",
           "Zunächst ist ein Probelauf bis Ende des Jahres geplant."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["News from the towns and villages", "Round the district's parishes", "Council, courts and police", "Money and business round here", "Local sport and results", "Going out this week", "Comment and readers' letters"],
               cookie="We use cookies and similar tools to keep this site running, to understand how it is read and, with your consent, to show adverts that help fund local reporting. Your choice can be changed later from the link at the foot of every page.",
               accept="Fine by me, accept them all", reject="Only what the site needs to work", share="Share this article with others",
               related="Read more from the district", newsletter="Our free morning email, Monday to Friday",
               subscribe="Sign me up now", email="name@whitmoreobserver.example",
               comment_note="You need an account to comment on this story.",
               closed="Readers' comments are switched off beneath this report.",
               footer=["Who writes for us and where to find them", "Putting our mistakes right: the policy", "Your privacy and our cookies", "Taking an advert in print or online", "The small print for using this website"],
               rights="Reproduction of any material on this site requires the permission of the publisher.",
               commenters=[("lane_end_lenny", "About time this was in the paper."),
                           ("Mavis on Orchard Row", "Will there be anything in the parish magazine about it?")]),
    "tr": dict(nav=["Kasaba ve köylerden haberler", "İlçe genelinde", "Belediye, adliye ve emniyet", "Bölgede para ve iş dünyası", "Yerel spor ve sonuçlar", "Bu hafta sonu nereye gitsek", "Yorum ve okur mektupları"],
               cookie="Bu siteyi çalışır durumda tutmak, nasıl okunduğunu anlamak ve onayınızla yerel haberciliği finanse eden reklamları göstermek için çerezler ve benzeri araçlar kullanıyoruz. Seçiminizi her sayfanın altındaki bağlantıdan sonradan değiştirebilirsiniz.",
               accept="Olur, hepsini kabul ediyorum", reject="Yalnızca sitenin çalışması için gerekenler", share="Bu haberi başkalarıyla paylaşın",
               related="İlçeden daha fazla haber", newsletter="Ücretsiz sabah e-postamız, pazartesiden cumaya",
               subscribe="Beni hemen kaydedin", email="adiniz@karlitepehaber.example",
               comment_note="Bu habere yorum yapmak için bir hesabınız olmalı.",
               closed="Bu haberin altındaki okur yorumları kapatıldı.",
               footer=["Bizim için kim yazıyor, nerede bulunur", "Düzeltme ve açıklama politikası", "Gizliliğiniz ve çerezlerimiz", "Gazetemize ilan verin", "Site kullanım koşulları"],
               rights="Bu sitedeki herhangi bir içeriğin çoğaltılması yayıncının iznine bağlıdır.",
               commenters=[("pazaryeri_ismail", "Nihayet gazetede de çıktı, sağ olun."),
                           ("Gülsüm Teyze", "Muhtarlık bu konuda bir duyuru yapacak mı?")]),
    "de": dict(nav=["Aus Städten und Dörfern", "Rund um den Landkreis", "Aus Rathaus, Amtsgericht und Polizeibericht", "Geld und Betriebe bei uns", "Sport und Ergebnisse vor Ort", "Ausgehen diese Woche", "Meinung und Leserbriefe"],
               cookie="Wir verwenden Cookies und ähnliche Technik, damit diese Website funktioniert, damit wir verstehen, wie sie gelesen wird, und – mit Ihrer Einwilligung – um Werbung zu zeigen, die den Lokaljournalismus mitfinanziert. Sie können Ihre Wahl jederzeit ändern.",
               accept="Alle Cookies annehmen", reject="Nur was die Seite zum Laufen braucht", share="Diesen Artikel mit anderen teilen",
               related="Mehr aus dem Landkreis lesen", newsletter="Unsere kostenlose Morgen-Mail, montags bis freitags",
               subscribe="Ja, bitte jeden Morgen schicken", email="name@grattaler-bergbote.example",
               comment_note="Um diesen Artikel zu kommentieren, brauchen Sie ein Konto.",
               closed="Die Leserkommentare unter diesem Bericht sind abgeschaltet.",
               footer=["Wer für uns schreibt und wo Sie uns finden", "Richtigstellungen und Korrekturen", "Ihre Privatsphäre und unsere Cookies", "Eine Anzeige in Zeitung oder Netz aufgeben", "Bedingungen für die Nutzung der Website"],
               rights="Die Vervielfältigung von Inhalten dieser Website bedarf der Genehmigung des Verlags.",
               commenters=[("Talbewohner_Sepp", "Wurde auch Zeit, dass das mal in der Zeitung steht."),
                           ("Rosi vom Kirchplatz", "Steht dazu auch etwas im Gemeindeblatt?")]),
    "fr": dict(nav=["Nouvelles des bourgs et villages", "Autour du canton", "Mairie, tribunal et gendarmerie", "Argent et entreprises d'ici", "Sport local et résultats", "Où sortir ce week-end dans le canton", "Opinions et courrier des lecteurs"],
               cookie="Nous utilisons des cookies et des outils similaires pour faire fonctionner ce site, comprendre comment il est lu et, avec votre accord, afficher des publicités qui aident à financer l'information locale. Votre choix reste modifiable depuis le lien en bas de chaque page.",
               accept="Entendu, j'accepte l'ensemble", reject="Seulement ce qu'il faut pour que le site marche", share="Partager cet article avec d'autres",
               related="Lire d'autres nouvelles du canton", newsletter="Notre courriel gratuit du matin, du lundi au vendredi",
               subscribe="Je m'inscris tout de suite", email="nom@courrier-saint-alban.example",
               comment_note="Il faut un compte pour commenter cet article.",
               closed="Les commentaires ne sont pas ouverts pour cet article.",
               footer=["Qui écrit pour nous et où nous trouver", "Notre politique de rectificatifs", "Votre vie privée et nos cookies", "Passer une annonce sur papier ou en ligne", "Les petites lignes pour utiliser ce site"],
               rights="Toute reproduction d'un contenu de ce site nécessite l'autorisation de l'éditeur.",
               commenters=[("gars_du_lavoir", "Il était temps que le journal en parle."),
                           ("Odette de la rue Haute", "Est-ce qu'il y aura un mot dans le bulletin municipal ?")]),
    "es": dict(nav=["Noticias de pueblos y barrios", "Por toda la comarca", "Ayuntamiento, juzgados y Guardia Civil", "Dinero y empresas de aquí", "Deporte local y resultados", "Qué hacer este fin de semana en la comarca", "Opinión y cartas de los lectores"],
               cookie="Usamos cookies y herramientas parecidas para que esta web funcione, para entender cómo se lee y, con tu permiso, para mostrar anuncios que ayudan a pagar el periodismo local. Puedes cambiar tu elección más tarde desde el enlace al pie de cada página.",
               accept="Vale, aceptar todas", reject="Solo lo que la web necesita para funcionar", share="Comparte esta noticia con otras personas",
               related="Lee más noticias de la comarca", newsletter="Nuestro correo matinal gratuito, de lunes a viernes",
               subscribe="Apúntame ya", email="nombre@ecodevaldemora.example",
               comment_note="Necesitas una cuenta para comentar esta noticia.",
               closed="Los comentarios de los lectores están cerrados en esta noticia.",
               footer=["Quién escribe para nosotros y dónde encontrarnos", "Nuestra norma para rectificar errores", "Tu privacidad y nuestras cookies", "Poner un anuncio en papel o en la web", "La letra pequeña para usar esta web"],
               rights="La reproducción de cualquier contenido de esta web requiere el permiso del editor.",
               commenters=[("el_de_la_era", "Ya tocaba que lo sacara el periódico."),
                           ("Paqui de la calle Real", "¿Saldrá algo en el boletín del Ayuntamiento?")]),
    "ru": dict(nav=["Новости городов и сёл", "По сёлам и посёлкам района", "Администрация, суд и полиция", "Деньги и местный бизнес", "Местный спорт и результаты", "Куда сходить в выходные по району", "Мнения и письма читателей"],
               cookie="Мы используем cookie и похожие инструменты, чтобы сайт работал, чтобы понимать, как его читают, и — с вашего согласия — чтобы показывать рекламу, которая помогает оплачивать местную журналистику. Свой выбор можно изменить позже по ссылке внизу каждой страницы.",
               accept="Хорошо, принять всё", reject="Только то, без чего сайт не работает", share="Поделиться статьёй с другими",
               related="Читайте другие новости района", newsletter="Наша бесплатная утренняя рассылка, с понедельника по пятницу",
               subscribe="Подписаться сейчас", email="imya@zavolzhsky-kurier.example",
               comment_note="Чтобы прокомментировать материал, нужна учётная запись.",
               closed="Комментарии читателей под этой заметкой отключены.",
               footer=["Кто пишет для нас и где нас найти", "Правила исправлений и уточнений", "Ваша конфиденциальность и наши cookie", "Дать объявление в газету или на сайт", "Мелкий шрифт: правила пользования сайтом"],
               rights="Воспроизведение любых материалов сайта допускается только с разрешения издателя.",
               commenters=[("Михалыч_с_Набережной", "Давно пора было написать об этом в газете."),
                           ("Зинаида Петровна", "А в районной газете про это будет?")]),
}
UI42 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"es": "MÁS EN LA GACETA DE ALCORRÍN:"},  # the regional layout's inline links
    (mp2, "BIO"): {"es": "{name} escribe en {site} sobre cultura y fiestas de la comarca y coordina la sección de {section}. Propuestas: cultura@example.org"},
    (mp4, "READMORE"): {"ru": "ЕЩЁ В «ЗАВОЛЖСКОМ КУРЬЕРЕ»:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"en": dict(also="Also in the Harrowgate Vale Sentinel")},
    (mp6, "TYPO3"): {"fr": dict(ext="Vidéo hébergée chez Dailymotion", note="Une vidéo de la chambre des métiers est intégrée ici. Elle ne sera chargée depuis Dailymotion qu'après votre accord, ce qui transmet des données à Dailymotion.",
                                button="J'accepte, lancer la vidéo de la chambre des métiers", by="Article signé", search="Chercher dans Vernay Infos",
                                lang_menu="Vernay Infos en facile à lire")},
    (mp7, "SANITY"): {"ru": dict(nl_title="Верхнесольск за неделю", nl_text="Спорт, городские новости и объявления Верхнесольска — одним письмом по пятницам.",
                                 nl_button="Хочу письмо из Верхнесольска", nl_placeholder="Ваш e-mail для письма из Верхнесольска")},
    (mp11, "HUGO"): {"en": dict(nl_title="The Ashdown Lamp on Sunday", nl_text="Streets, schools and the council in Ashdown: one email every Sunday morning.",
                                nl_label="Your email for the Ashdown Lamp on Sunday", nl_button="Send me the Sunday Lamp")},
    (mp13, "PUB_NAV"): {"de": ["Neue Hefte", "Handwerk im Tal", "Leute aus dem Kalktal", "Die Hefte unterstützen"]},
    (mp13, "TEASERS"): {"de": TEASERS["de"]},
    (mp19, "UCOZ"): {"tr": dict(domain="ucoz.net", slogan="Aşağıçamlı Köyü: kiraz bahçeleri, imece ve hemşehrilerimizden haberler",
                                menu=["Aşağıçamlı ana sayfa", "Aşağıçamlı'dan haberler", "Aşağıçamlı muhtarlığından", "Köy okulumuz", "Aşağıçamlı fotoğrafları", "Aşağıçamlı sitesine yazın"],
                                cats=["Aşağıçamlı'dan haberler", "Kiraz şenliği", "Aşağıçamlı muhtarlığından"],
                                friends=["Aşağıçamlı Köyü Kalkındırma Derneği", "Aşağıçamlı İlkokulu", "Çamlıdere Kiraz Üreticileri Birliği"],
                                footer="Aşağıçamlı Köyü © 2026 · Sitemiz köyün gençleri tarafından gönüllü olarak hazırlanır",
                                poster="asagicamli_muhtar", tags=["kiraz şenliği", "köy okulu"],
                                commenters=[("Asagicamli_Emine", "Gurbette içimiz gitti, seneye biz de oradayız inşallah."),
                                            ("Ferhat_Bursa", "Hasan Amca'ya selamlar, kirazın tadı hâlâ damağımda.")],
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
# the new layout: a Statamic 4 site (Laravel, Antlers templates, Bard field with sets, Vite, Alpine.js, Klaro)
# --------------------------------------------------------------------------
# the templates' generic strings as the developers leave them (the starter kit's labels and Klaro's own button

# --------------------------------------------------------------------------
# the new layout: a ProcessWire 3 site (site/templates with _main.php markup regions, RepeaterMatrix blocks,
# MarkupSEO, PrivacyWire, FormBuilder)
# --------------------------------------------------------------------------
# the platform's generic strings as the developers leave them (the site profile's labels, PrivacyWire's default
# texts and cookie groups, the "powered by" line), per language (not checked: they recur on any such site)
PW_CORE = {
    "en": dict(html_lang="en", og_locale="en_GB", path_lang="en", skip="Skip to content", home="Home", search="Search",
               search_ph="Search", by="By", tags="Tags", share="Share", lang_name="English", other_lang="fr",
               other_name="Français", email_label="Your email address", pw_header="Cookies", choose="Choose cookies",
               save="Save preferences", saved="Your cookie preferences have been saved.", privacy="Privacy Policy",
               groups=["Necessary", "Functional", "Statistics", "Marketing", "External Media"],
               powered="Powered by", months=["January", "February", "March", "April", "May", "June", "July",
                                             "August", "September", "October", "November", "December"],
               date_fmt="{d} {M} {y}"),
    "fr": dict(html_lang="fr", og_locale="fr_FR", path_lang="fr", skip="Aller au contenu", home="Accueil", search="Rechercher",
               search_ph="Rechercher", by="Par", tags="Mots-clés", share="Partager", lang_name="Français", other_lang="en",
               other_name="English", email_label="Votre adresse e-mail", pw_header="Cookies", choose="Choisir les cookies",
               save="Enregistrer les préférences", saved="Vos préférences en matière de cookies ont été enregistrées.",
               privacy="Politique de confidentialité",
               groups=["Nécessaires", "Fonctionnels", "Statistiques", "Marketing", "Médias externes"],
               powered="Propulsé par", months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                               "septembre", "octobre", "novembre", "décembre"], date_fmt="{d} {M} {y}"),
}
# the site's own strings (one portal in two languages): host, menus (titles and slugs), tagline, header buttons,
# box titles, the newsletter form and footer texts
PW = {
    "Esserte Valley News": dict(
        domain="esserte-info.example", twitter="@EsserteInfo",
        tagline="News from Esserte, Les Arcelles and the upper valley",
        menu=["News from the valley", "Skiing and mountains", "Roads and transport", "Village life", "What's on in the valley"],
        slugs=["valley-news", "skiing-mountains", "roads-transport", "village-life", "whats-on"],
        buttons=["Support Esserte Valley News", "Advertise with us in the valley"],
        share_title="Send this valley story to a friend", popular_title="Most read in the valley this week",
        nl_title="The valley in your inbox", nl_text="Every Friday: the week in Esserte and Les Arcelles, in English.",
        nl_button="Subscribe to the valley letter", nl_form="newsletter_en",
        footer_links=["About Esserte Valley News", "Contact the valley newsroom", "Esserte Valley News privacy", "Legal notice for the portal"],
        footer_note="Esserte Valley News is the English edition of the valley's independent news portal, run from the old post office in Esserte."),
    "L'Écho de la vallée d'Esserte": dict(
        domain="esserte-info.example", twitter="@EsserteInfo",
        tagline="L'actualité d'Esserte, des Arcelles et de la haute vallée",
        menu=["Vie de la vallée", "Ski et montagne", "Routes et transports", "Villages et hameaux", "Sortir dans la vallée"],
        slugs=["vie-de-la-vallee", "ski-montagne", "routes-transports", "villages-hameaux", "sortir"],
        buttons=["Soutenir l'Écho de la vallée", "Annoncer dans l'Écho"],
        share_title="Envoyer cet article de l'Écho", popular_title="Les plus lus de la vallée cette semaine",
        nl_title="La vallée dans votre boîte mail", nl_text="Chaque vendredi, la semaine à Esserte et aux Arcelles, en un seul courriel.",
        nl_button="Recevoir la lettre de la vallée", nl_form="newsletter_fr",
        footer_links=["Qui sommes-nous à l'Écho", "Écrire à la rédaction de l'Écho", "Confidentialité sur l'Écho", "Mentions légales du portail"],
        footer_note="L'Écho de la vallée d'Esserte est un portail d'information indépendant, installé dans l'ancienne poste d'Esserte."),
}
PW_EXEMPT = {"domain", "twitter", "slugs", "nl_form"}


def pw_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    c = PW_CORE[lang]
    return c["date_fmt"].replace("{M}", c["months"][m - 1]).replace("{d}", str(d)).replace("{y}", str(y))


def pw_block(kind, val):
    """One block of a CKEditor text field, as ProcessWire stores it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote>\n<p>%s</p>\n</blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("\t<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_processwire(art, ui, site, placed, rng):
    # an article page of a ProcessWire 3 valley portal (see the module docstring)
    lang, n, blocks = art["lang"], len(art["blocks"]), art["blocks"]
    c, s = PW_CORE[lang], PW[site]
    host = "https://www." + s["domain"]
    sec_i = s["menu"].index(art["section"])
    sec, sec_slug = s["menu"][sec_i], s["slugs"][sec_i]
    y, m, d = art["date"].split("-")
    page_slug = mp13.medium_slug(art["title"], 60).lower()
    path = "/%s/%s/%s/" % (c["path_lang"], sec_slug, page_slug)
    url = host + path
    other_path = "/%s/%s/" % (c["other_lang"], rng.choice(["articles", "news"]))
    shown = pw_date(lang, art["date"])
    page_id = rng.randint(1400, 4800)
    version = rng.randint(1700000000, 1790000000)
    author_slug = mp13.medium_slug(art["byline"], 40).lower()

    def hx(k):
        return "%0*x" % (k, rng.randint(0, 16**k - 1))

    img_file = mp13.medium_slug(art["caption"], 40).lower().replace("-", "_")

    def img(pid, name, w, h):
        return "/site/assets/files/%d/%s.%dx%d.jpg" % (pid, name, w, h)

    # the RepeaterMatrix items: text blocks between the other types; the inset picture after the first third, the
    # pull quote further down; lines an editor pasted into CKEditor stay in the text, the rest sits in embed blocks
    slots = [i for i in safe_slots(art, 2) if i not in art["no_slot"]]
    image_at = slots[len(slots) // 3] if slots else n
    quote_at = next((i for i in slots if i >= image_at + 2), None)
    item = [page_id + rng.randint(30, 90)]

    def next_id():
        item[0] += rng.randint(1, 4)
        return item[0]
    inset_cap, inset_cr = art["inset"]
    inset_file = mp13.medium_slug(inset_cap, 40).lower().replace("-", "_")
    iid = next_id()
    image_block = ('<div class="rm-block rm-image rm-image--inset" id="rm-item-{i}">\n    <figure class="rm-image__figure">\n'
                   '        <img src="{src}" srcset="{s1} 640w, {src} 960w" sizes="(min-width: 900px) 640px, 100vw" width="960" height="640" alt="{alt}" loading="lazy">\n'
                   '        <figcaption class="rm-image__caption">{cap} <span class="rm-image__credit">{cr}</span></figcaption>\n    </figure>\n</div>').format(
        i=iid, src=img(iid, inset_file, 960, 640), s1=img(iid, inset_file, 640, 427), alt=A(inset_cap), cap=E(inset_cap), cr=E(inset_cr))
    quote_block = ('<div class="rm-block rm-quote" id="rm-item-{i}">\n    <blockquote class="rm-quote__text">\n        <p>{q}</p>\n    </blockquote>\n</div>').format(
        i=next_id(), q=E(art["pull"]))
    placed = {i: list(x) for i, x in placed.items()}
    placed.setdefault(image_at, []).append(image_block)
    if quote_at is not None:
        placed.setdefault(quote_at, []).append(quote_block)
    # headings in a box or fact box stay in the CKEditor text; the others are heading blocks
    in_box = {j for st, _, j in art["looks"] if st in ("box", "factbox")}
    parts, run = [], []

    def flush():
        if run:
            parts.append('<div class="rm-block rm-text" id="rm-item-%d">\n<div class="rm-text__body">\n%s\n</div>\n</div>' % (next_id(), "\n".join(run)))
            run.clear()

    for i in range(n + 1):
        for snip in placed.get(i, []):
            if re.match(r"<p>|<h[45]>", snip):  # a line pasted into the CKEditor field
                run.append(snip)
            elif snip is image_block or snip is quote_block:
                flush()
                parts.append(snip)
            else:  # the HTML an editor put into an embed block's code field
                flush()
                parts.append('<div class="rm-block rm-embed" id="rm-item-%d">\n<div class="rm-embed__code">\n%s\n</div>\n</div>' % (next_id(), snip))
        if i < n:
            kind, val = blocks[i]
            if kind == "h" and i not in in_box:
                flush()
                parts.append('<div class="rm-block rm-heading" id="rm-item-%d">\n<h2 class="rm-heading__text">%s</h2>\n</div>' % (next_id(), E(val)))
            else:
                run.append(pw_block(kind, val))
    flush()
    body = "\n".join(parts)

    nav = "\n".join('\t\t\t<li><a%s href="/%s/%s/">%s</a></li>' % (
        ' class="on"' if k == sec_i else "", c["path_lang"], sl, E(t)) for k, (t, sl) in enumerate(zip(s["menu"], s["slugs"])))
    heads = rng.sample(HEADLINES[lang], 4)
    popular = "\n".join('\t\t\t<li><a href="/%s/%s/%s/">%s</a></li>' % (c["path_lang"], rng.choice(s["slugs"]), mp13.medium_slug(t, 50).lower(), E(t))
                        for t in heads)
    footer_links = "\n".join('\t\t\t<li><a href="/%s/%s/">%s</a></li>' % (c["path_lang"], mp13.medium_slug(t, 30).lower(), E(t))
                             for t in s["footer_links"])
    share_nets = [("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                  ("whatsapp", "WhatsApp", "https://wa.me/?text=" + url),
                  ("email", "E-mail", "mailto:?subject=%s&amp;body=%s" % (A(art["title"]), url))]
    share = "\n".join('\t\t\t<li><a class="share-links__%s" href="%s" target="_blank" rel="noopener">%s</a></li>' % (k, h if k == "email" else A(h), E(lab))
                      for k, lab, h in share_nets)
    tag = mp13.medium_slug(sec, 30).lower()
    keywords = ", ".join([sec] + [w for w in re.findall(r"\w+", art["title"]) if len(w) > 6][:3])
    pw_settings = json.dumps({"version": 3, "dnt": "0", "bots": "0", "customFunction": "", "messageTimeout": 1500,
                              "consentByClass": "0", "cookieGroups": dict(zip(["necessary", "functional", "statistics", "marketing", "external_media"], c["groups"]))},
                             ensure_ascii=False, separators=(",", ":"))
    token_name = "TOKEN%d%s" % (rng.randint(10**9, 10**10 - 1), "X" + str(version))
    token_val = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/.") for _ in range(32))
    groups = "\n".join('\t\t\t\t<li><label><input class="%s" type="checkbox" name="%s" value="1"%s> %s</label></li>' % (
        k, k, " checked disabled" if k == "necessary" else "", E(g))
        for k, g in zip(["necessary", "functional", "statistics", "marketing", "external_media"], c["groups"]))
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}">
<head id="html-head">
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<title>{E(art["title"])} | {E(site)}</title>
	<meta name="description" content="{A(art["sub"])}">
	<meta name="keywords" content="{A(keywords)}">
	<meta name="author" content="{A(art["byline"])}">
	<meta name="robots" content="index, follow">
	<link rel="canonical" href="{url}">
	<meta property="og:site_name" content="{A(site)}">
	<meta property="og:title" content="{A(art["title"])}">
	<meta property="og:url" content="{url}">
	<meta property="og:description" content="{A(art["sub"])}">
	<meta property="og:type" content="article">
	<meta property="og:image" content="{host}{img(page_id, img_file, 1200, 630)}">
	<meta property="og:locale" content="{c["og_locale"]}">
	<meta name="twitter:card" content="summary_large_image">
	<meta name="twitter:site" content="{s["twitter"]}">
	<meta name="generator" content="ProcessWire">
	<link rel="alternate" hreflang="{c["html_lang"]}" href="{url}">
	<link rel="alternate" hreflang="{c["other_lang"]}" href="{host}{other_path}">
	<link rel="icon" href="/site/templates/images/favicon.png">
	<link rel="stylesheet" type="text/css" href="/site/templates/styles/main.css?v={version}" />
	<script>var PrivacyWireSettings={pw_settings};</script>
	<script type="module" src="/site/modules/PrivacyWire/js/PrivacyWire.js"></script>
	<script nomodule type="text/javascript" src="/site/modules/PrivacyWire/js/ie_polyfill.js"></script>
	<script nomodule type="text/javascript" src="/site/modules/PrivacyWire/js/PrivacyWire_legacy.js"></script>
	<script type="text/plain" data-type="text/javascript" data-category="statistics" data-src="https://stats.{s["domain"]}/matomo.js"></script>
</head>
<body id="html-body" class="template-article page-{page_id} lang-{c["html_lang"]} section-{sec_slug} has-sidebar">

	<a class="skip-link" href="#main">{E(c["skip"])}</a>

	<header id="masthead" class="masthead" data-pw-id="masthead">
		<div class="masthead__bar">
			<ul class="languages" role="navigation">
				<li class="current"><a hreflang="{c["html_lang"]}" href="{path}">{E(c["lang_name"])}</a></li>
				<li><a hreflang="{c["other_lang"]}" href="{other_path}">{E(c["other_name"])}</a></li>
			</ul>
			<div class="masthead__buttons">
				<a class="button button--support" href="/{c["path_lang"]}/support/">{E(s["buttons"][0])}</a>
				<a class="button button--ads" href="/{c["path_lang"]}/advertise/">{E(s["buttons"][1])}</a>
			</div>
		</div>
		<a class="masthead__logo" href="/{c["path_lang"]}/"><img src="/site/templates/images/logo-esserte.svg" alt="{A(site)}" width="220" height="48"></a>
		<p class="masthead__tagline">{E(s["tagline"])}</p>
		<nav id="topnav" class="topnav" data-pw-id="topnav">
		<ul class="topnav__list">
			<li><a href="/{c["path_lang"]}/">{E(c["home"])}</a></li>
{nav}
		</ul>
		</nav>
		<form class="search" action="/{c["path_lang"]}/search/" method="get">
			<input type="search" name="q" placeholder="{A(c["search_ph"])}" aria-label="{A(c["search"])}">
			<button type="submit">{E(c["search"])}</button>
		</form>
	</header>

	<div id="breadcrumbs" class="breadcrumbs" data-pw-id="breadcrumbs">
		<span><a href="/{c["path_lang"]}/">{E(c["home"])}</a></span> <span><a href="/{c["path_lang"]}/{sec_slug}/">{E(sec)}</a></span>
	</div>

	<main id="main" class="main" data-pw-id="main">

		<article id="content" class="article" data-pw-id="content">
			<header class="article__header">
				<p class="article__kicker"><a href="/{c["path_lang"]}/{sec_slug}/">{E(sec)}</a></p>
				<h1 class="article__title">{E(art["title"])}</h1>
				<p class="article__summary">{E(art["sub"])}</p>
				<p class="article__meta">{E(c["by"])} <a href="/{c["path_lang"]}/authors/{author_slug}/">{E(art["byline"])}</a> · <time datetime="{art["date"]}">{E(shown)}</time></p>
			</header>
			<figure class="article__hero">
				<img src="{img(page_id, img_file, 1200, 675)}" srcset="{img(page_id, img_file, 640, 360)} 640w, {img(page_id, img_file, 1200, 675)} 1200w" sizes="(min-width: 900px) 760px, 100vw" width="1200" height="675" alt="{A(art["caption"])}">
				<figcaption>{E(art["caption"])} <span class="credit">{E(art["credit"])}</span></figcaption>
			</figure>
			<div class="article__blocks" data-pw-id="blocks">
{body}
			</div>
			<footer class="article__footer">
				<p class="tags"><span>{E(c["tags"])}:</span> <a href="/{c["path_lang"]}/tags/{tag}/">{E(sec)}</a></p>
				<div class="share-links">
					<p class="share-links__title">{E(s["share_title"])}</p>
					<ul>
{share}
					</ul>
				</div>
			</footer>
		</article>

		<aside id="sidebar" class="sidebar" data-pw-id="sidebar">
			<section class="sidebar__box sidebar__box--popular">
			<h3>{E(s["popular_title"])}</h3>
			<ol>
{popular}
			</ol>
			</section>
			<section class="sidebar__box sidebar__box--newsletter">
			<h3>{E(s["nl_title"])}</h3>
			<p>{E(s["nl_text"])}</p>
			<form id="FormBuilder_{s["nl_form"]}" class="FormBuilder FormBuilder-{s["nl_form"]} InputfieldForm" name="{s["nl_form"]}" method="post" action="./">
				<div class="Inputfields">
					<div class="Inputfield InputfieldEmail Inputfield_email">
						<label class="InputfieldHeader" for="Inputfield_email">{E(c["email_label"])}</label>
						<div class="InputfieldContent"><input id="Inputfield_email" name="email" type="email" maxlength="512" required="required"></div>
					</div>
					<div class="Inputfield InputfieldSubmit"><div class="InputfieldContent"><button type="submit" name="{s["nl_form"]}_submit" value="1">{E(s["nl_button"])}</button></div></div>
				</div>
				<input type="hidden" name="{token_name}" value="{token_val}" class="_post_token" />
				<input type="hidden" name="_submitKey" value="{s["nl_form"]}:{rng.randint(10, 99)}:{hx(40)}" />
			</form>
			</section>
		</aside>

	</main>

	<footer id="footer" class="site-footer" data-pw-id="footer">
		<ul class="site-footer__links">
{footer_links}
		</ul>
		<p class="site-footer__note">{E(s["footer_note"])}</p>
		<p class="site-footer__copy">&copy; {y} {E(site)} · {E(c["powered"])} <a href="https://processwire.com">ProcessWire CMS</a></p>
	</footer>

<div class="privacywire-wrapper" id="privacywire-wrapper">
	<div class="privacywire-page-wrapper">
		<div class="privacywire privacywire-banner">
			<div class="privacywire-header">{E(c["pw_header"])}</div>
			<div class="privacywire-body">
				<div class="privacywire-text">{E(ui["cookie"])}</div>
				<div class="privacywire-buttons">
					<button class="allow-all">{E(ui["accept"])}</button>
					<button class="allow-necessary">{E(ui["reject"])}</button>
					<button class="choose">{E(c["choose"])}</button>
				</div>
				<div class="privacywire-page-links"><a class="privacywire-page-link" href="/{c["path_lang"]}/privacy/">{E(c["privacy"])}</a></div>
			</div>
		</div>
		<div class="privacywire privacywire-options">
			<div class="privacywire-header">{E(c["pw_header"])}</div>
			<div class="privacywire-body">
				<div class="privacywire-text">{E(ui["cookie"])}</div>
				<div class="privacywire-text"><ul>
{groups}
				</ul></div>
				<div class="privacywire-buttons">
					<button class="save">{E(c["save"])}</button>
					<button class="allow-all">{E(ui["accept"])}</button>
				</div>
			</div>
		</div>
		<div class="privacywire privacywire-message"><div class="privacywire-body">{E(c["saved"])}</div></div>
	</div>
</div>
	<script src="/site/templates/scripts/main.js?v={version}"></script>
<pw-region id="bodyend"></pw-region>
</body>
</html>
'''

# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"processwire": ["caption", "pullquote"]}  # the rm-image block's caption, the rm-quote block
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "feedback", "standards", "topics", "bookmark", "embed", "gallery",
            "map", "calendar", "scores", "snow", "cinema", "blood"]
NEW_FAMILIES = ["snow", "cinema", "blood"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"snow": ["snow report", "snow-report", "snow depth", "webcam", "avalanche bulletin", "runs open"],
                    "cinema": ["showtime", "screening times", "film times", "cinema listing", "book tickets"],
                    "blood": ["blood donation", "blood-donation", "donation session", "give blood", "blood stock"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village, association, club or residents' website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio"}
# a town hall's or council's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), definition lists and tables
STYLES = {
    "cookie": ['<div class="media-consent-gate"><p class="media-consent-gate__why">%s</p><button class="media-consent-gate__yes" type="button">OK</button></div>',
               '<p class="consent-missing-note">%s</p>', '<p><em>%s</em></p>'],
    "newsletter": ['<div class="morning-mail-band"><p class="morning-mail-band__pitch">%s</p><a class="morning-mail-band__join" href="/morning-mail">&#8594;</a></div>',
                   '<p class="articles-left-meter">%s</p>', '<h4 class="morning-mail-hd">%s</h4>', '<p><b><a href="/support-us">%s</a></b></p>'],
    "share": ['<ul class="pass-on-networks">{items}</ul>', '<div class="pass-on-ask">%s</div>', '<p><a href="#forward">%s</a></p>'],
    "photo": ['<p class="pic-supplied-line">%s</p>', '<span class="pic-supplied-chip">%s</span>', '<p><small><em>%s</em></small></p>'],
    "copyright": ['<p class="republish-rights-line">%s</p>', '<div class="republish-rights-box"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="newsroom-rubric-line">%s</p>', '<h5 class="newsroom-rubric-hd">%s</h5>', '<p><strong>%s</strong></p>'],
    "symbol": ['<p class="section-break-glyphs">%s</p>', '<div class="section-break-row">%s</div>', '<p style="text-align: center">%s</p>'],
    "credit": ['<p class="contrib-reporting-line">%s</p>', '<div class="video-desk-credit">%s</div>', '<p><em><small>%s</small></em></p>'],
    "title": ['<p class="dup-headline-p"><strong>%s</strong></p>', '<h2 class="dup-headline-h2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="advert-break-label">%s</div>', '<p class="below-advert-note">%s</p>', '<p><small>%s</small></p>'],
    "continue": ['<p class="reveal-rest-link"><a href="#full">%s</a></p>', '<div class="reveal-rest-tab">%s</div>', '<p><a href="#full">%s</a></p>'],
    "comments": ['<p class="talkback-total-link"><a href="#reader-comments">%s</a></p>', '<div class="talkback-total-pill">%s</div>', '<p><a href="#reader-comments">%s</a></p>'],
    "readtime": ['<p class="read-length-estimate">%s</p>', '<span class="read-length-estimate-tag">%s</span>', '<p><em>%s</em></p>'],
    "updated": ['<p class="last-change-note"><time>%s</time></p>', '<div class="last-change-row">%s</div>', '<p><small>%s</small></p>'],
    "audio": ['<div class="synth-audio-strip"><button class="synth-audio-strip__play" aria-label="Play"></button><span class="synth-audio-strip__text">%s</span></div>',
              '<p class="synth-audio-link"><a href="#listen">%s</a></p>', '<p><a href="#listen">%s</a></p>'],
    "correction": ['<aside class="amended-copy-panel"><p>%s</p></aside>', '<p class="amended-copy-line"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "app": ['<div class="app-store-nudge-banner"><p class="app-store-nudge-banner__text">%s</p><a class="app-store-nudge-banner__store" href="/app">&#8595;</a></div>',
            '<p class="app-store-nudge-line">%s</p>', '<p><b>%s</b></p>'],
    "bio": ['<div class="writer-note-box"><p class="writer-note-box__text">%s</p></div>', '<p class="writer-note-line"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "tip": ['<div class="news-from-you-box"><p class="news-from-you-box__text">%s</p></div>', '<p class="news-from-you-line">%s</p>', '<p><i>%s</i></p>'],
    "typo": ['<div class="mark-the-typo-hint"><p>%s</p></div>', '<p class="mark-the-typo-line">%s</p>', '<p><small><i>%s</i></small></p>'],
    "push": ['<div class="breaking-alerts-card"><p class="breaking-alerts-card__ask">%s</p></div>', '<p class="breaking-alerts-line">%s</p>', '<p><b>%s</b></p>'],
    "feedback": ['<div class="answered-your-q-box"><p class="answered-your-q-box__q">%s</p></div>', '<p class="answered-your-q-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="press-ethics-member-box"><p>%s</p></div>', '<p class="press-ethics-member-line"><small>%s</small></p>', '<p><em>%s</em></p>'],
    "topics": ['<div class="topic-follow-bar"><span class="topic-follow-bar__items">%s</span></div>', '<p class="topic-follow-line">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="bookmark-this-story"><a class="bookmark-this-story__btn" href="#bookmarks">%s</a></div>',
                 '<p class="bookmark-this-link"><a href="#bookmarks">%s</a></p>', '<p><a href="#bookmarks">%s</a></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/V{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/V{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-lazy-embed"><a class="video-lazy-embed__link" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}">%s</a></p>'],
    "gallery": ['<div class="slideshow-opener"><a class="slideshow-opener__link" href="#slideshow">%s</a></div>',
                '<p class="slideshow-count-line">%s</p>', '<p><b>%s</b></p>'],
    "map": ['<div class="osm-map-holder"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="620" height="350" loading="lazy"></iframe><p class="osm-map-holder__links">%s</p></div>',
            '<figure class="place-map-still"><img src="/maps/{k}.png" alt="" width="620" height="380"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    "calendar": ['<ul class="date-export-links">{items}</ul>', '<p class="date-ics-link"><a href="/events/{k}.ics">%s</a></p>',
                 '<div class="date-save-strip"><span class="date-save-strip__text">%s</span></div>'],
    "scores": ['<div class="results-centre-link"><a class="results-centre-link__main" href="/sport/results-centre">%s</a></div>',
               '<ul class="results-centre-tabs">{items}</ul>', '<p><a href="/sport/results-centre"><b>%s</b></a></p>'],
    # the three families new in this part ({snowrows} / {snowtable}: the snow report; {showrows} / {showtable}:
    # today's screenings; {donorrows} / {donortable}: the next donation sessions)
    "snow": ['<div class="snowreport-card"><h4 class="snowreport-card__hd">%s</h4><dl class="snowreport-card__list">{snowrows}</dl></div>',
             '<p class="summit-webcam-link"><a href="/webcams/summit">%s</a></p>',
             '<p class="avalanche-level-line"><small>%s</small></p>',
             '<table class="slope-conditions-table"><caption>%s</caption>{snowtable}</table>'],
    "cinema": ['<div class="screenings-now"><h4 class="screenings-now__hd">%s</h4><ul class="screenings-now__list">{showrows}</ul></div>',
               '<p class="ticket-booking-link"><a href="/cinema/tickets">%s</a></p>',
               '<p class="listings-provider-line"><small>%s</small></p>',
               '<table class="showtimes-table"><caption>%s</caption>{showtable}</table>'],
    "blood": ['<div class="donor-sessions-finder"><h4 class="donor-sessions-finder__hd">%s</h4><ul class="donor-sessions-finder__list">{donorrows}</ul></div>',
              '<p class="donor-appointment-link"><a href="/give-blood/appointment">%s</a></p>',
              '<div class="donor-eligibility-cta"><a class="donor-eligibility-cta__btn" href="/give-blood/can-i">%s</a></div>',
              '<table class="donor-sessions-grid"><caption>%s</caption>{donortable}</table>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <i>(%s)</i>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/morning-mail"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#forward">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "blood": (0.5, ['<br><a href="/give-blood/appointment"><b>%s</b></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# booking link, not the sessions' heading or the eligibility check)
INLINE_WORDING = {"newsletter": 0, "blood": 1}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-story-picture"><img src="/media/{id}-inline.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-pic.jpg" alt="" width="600"><br><em>{cap} – {cr}</em></p>']
RELATED_STYLES = ['<div class="more-local-reads"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="same-topic-links"><p class="same-topic-links__hd">%s</p><ul>%s</ul></aside>',
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


def session_date(lang, iso, days):
    """A donation session's date, days after the story's, as the finder prints it."""
    day = datetime.date.fromisoformat(iso) + datetime.timedelta(days=days)
    wd = WEEKDAYS[lang][day.weekday()]
    if lang == "en":
        return "%s %d %s" % (wd, day.day, hc.MONTHS_EN[day.month - 1])
    return "%s %02d.%02d." % (wd, day.day, day.month) if lang in ("de", "tr", "ru") else "%s %02d/%02d" % (wd, day.day, day.month)


def widget_rows(style, lang, rng, art):
    """The rows of a widget's list or table, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")
    head = SHOW_HEAD[lang]
    return (style.replace("{snowrows}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in SNOW_ROWS[lang]))
            .replace("{snowtable}", "".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in SNOW_ROWS[lang]))
            .replace("{showrows}", "".join('<li><span class="screenings-now__film">%s</span> <span class="screenings-now__times">%s</span> <span class="screenings-now__screen">%s</span></li>'
                                           % (esc(a), esc(b), esc(c)) for a, b, c in SHOW_ROWS[lang]))
            .replace("{showtable}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                     + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b), esc(c)) for a, b, c in SHOW_ROWS[lang]))
            .replace("{donorrows}", "".join("<li><b>%s</b> %s, %s</li>" % (esc(session_date(lang, art["date"], k)), esc(v), esc(h))
                                            for k, v, h in DONOR_ROWS[lang]))
            .replace("{donortable}", "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(session_date(lang, art["date"], k)), esc(v), esc(h))
                                             for k, v, h in DONOR_ROWS[lang])))


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
               "scores": rng.choice([0, mid, n]), "snow": rng.choice([0, mid, n]), "cinema": rng.choice([mid, n]),
               "blood": rng.choice([0, mid, n])}.get(fam, mid)
        if fam == "section" and art.get("section_tag"):  # the story's section typed as a bold tag into its first line
            inline.append((0, "start", INLINE["section"][1][0] % E(text)))
            continue
        # run into a story paragraph: of some families only one wording (INLINE_WORDING)
        if (fam in INLINE and rng.random() < INLINE[fam][0] and tpl not in ("medium",)
                and INLINE_WORDING.get(fam, idx) == idx):
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
                            lang, rng, art)
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
DROPCAP = {"processwire": ("class", "dropcap-first"),  # a paragraph style of the site's CKEditor configuration
           "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"processwire": ("wrap", '<div class="ck-infobox">\n', "\n</div>"),
       "gutenberg": ("wrap", '<div class="wp-block-group has-pale-ocean-gradient-background has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "drupal": ("class", "encadre-info"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"processwire": ("wrap", '<div class="ck-factbox">\n', "\n</div>"),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">📚</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="ny pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"processwire": ('<span class="marker">', "</span>"), "quintype": ('<mark>', "</mark>")}


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
# templates: processwire is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"processwire": tpl_processwire, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h34), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "processwire"


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
            rng = random.Random("newsflow-heldout42-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI42[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 41) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h40), labels, furniture strings,
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
                       mp37.R, [v for v in mp37.SITE_STRINGS.values()], mp37.UMBRACO, mp37.UI_NEW, mp37.TEASERS,
                       mp37.NOTICE_ROWS, mp37.NUTRITION_ROWS, mp37.HOME_ROWS,
                       mp38.R, [v for v in mp38.SITE_STRINGS.values()], mp38.SITECORE, mp38.UI_NEW, mp38.TEASERS,
                       mp38.WEATHER_ROWS, mp38.JOB_ROWS, mp38.TICKET_ROWS,
                       mp39.R, [v for v in mp39.SITE_STRINGS.values()], mp39.IBEXA, mp39.UI_NEW, mp39.TEASERS,
                       mp39.AIR_ROWS, mp39.FLIGHT_ROWS, mp39.OUTAGE_ROWS, mp39.FLIGHT_HEAD, mp39.OUTAGE_HEAD,
                       mp40.R, [v for v in mp40.SITE_STRINGS.values()], mp40.STATAMIC, mp40.UI_NEW, mp40.TEASERS,
                       mp40.SCHOOL_ROWS, mp40.QUAKE_HEAD, mp40.QUAKE_ROWS, mp40.WAIT_ROWS,
                       # and any widget rows, listings or cells of any earlier part, whatever their names
                       [getattr(m, nm) for m in EARLIER_MODULES for nm in dir(m)
                        if re.search(r"_(ROWS|HEAD|LISTINGS|CELLS|DATES)$", nm)],
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
    # layouts: processwire (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h39 or h40 gave it
    for mod in LANG_PARTS:
        langs_then = {(a["tpl"], a["lang"]) for a in mod.ARTICLES}
        problems.extend("%s: %s in %s, as in %s" % (a["id"], a["tpl"], a["lang"], mod.__name__) for a in ARTICLES
                        if (a["tpl"], a["lang"]) in langs_then)
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(PAGES_PER_LANG):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = [PART + "-%s-%03d" % (x, k) for x in ("en", "tr", "de", "fr", "es", "ru") for k in range(1, PAGES_PER_LANG[x] + 1)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # the processwire pages: a site of PW, a section of the site's menu, an inset picture and a pull quote; sites of
    # the other pages
    for a in ARTICLES:
        if a["tpl"] == "processwire" and (a.get("site") not in PW or a["lang"] not in PW_CORE
                                          or a["section"] not in PW[a["site"]]["menu"] or not a.get("inset")
                                          or not a.get("pull")):
            problems.append("%s: processwire page needs a ProcessWire site, a menu section, an inset and a pull quote" % a["id"])
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
    for name, obj in WIDGET_ROWS:
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
    # ... nor described in an earlier part's docstring
    for mod in (mp,) + EARLIER_MODULES:
        doc = (mod.__doc__ or "").lower()
        problems.extend("family %s already described in %s (%r)" % (f, mod.__name__, k) for f, keys in NEW_FAMILY_WORDS.items()
                        for k in keys if k in doc)
    # ... and each is carried by at least four pages in at least three languages
    for f in NEW_FAMILIES:
        carriers = [a for a in ARTICLES if f in a.get("carry", [])]
        if len(carriers) < 4 or len({a["lang"] for a in carriers}) < 3:
            problems.append("new family %s carried by %d pages in %d languages (want 4 in 3)" % (
                f, len(carriers), len({a["lang"] for a in carriers})))
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    old = old_strings()
    story_mods = [__import__(name) for name in STORY_MODULES]
    for fam, by_lang in list(R.items()) + list(WIDGET_ROWS):
        for s in _strings(by_lang):
            problems.extend((PART + " pool %s reuses %r") % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = [v for (mod, name), v in SITE_STRINGS.items() if (mod, name) not in ((mp4, "R"), (mp, "RESIDUE"))]
    pw_sites = [{k: v for k, v in d.items() if k not in PW_EXEMPT} for d in PW.values()]
    # (PW_CORE, the site profile's generic strings and PrivacyWire's default texts, is left as the developers left it)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("PW", pw_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)):
                continue
            problems.extend((PART + " %s reuses %r") % (name, x) for x in sorted(_sentences(s) & old))
    for art in ARTICLES:
        if art.get("correction"):
            problems.extend("%s: correction reuses %r" % (art["id"], x) for x in sorted(_sentences(art["correction"]) & old))
    # new wrapper class names
    old_classes = set()
    for mod in EARLIER_MODULES:
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES", "TIKTOK_STYLE"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend((PART + " class name %r used by an earlier part") % x
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
    the pages only (truth.json does not hold this part's entries yet) and says so."""
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
              "(truth.json not checked: this part is not merged by make_pages.py yet)")
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
