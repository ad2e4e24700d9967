#!/usr/bin/env python3
"""Forty-seventh held-out part (h47-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout47.py           # write pages/h47-*.html
    python benchmarks/data/extraction/make_heldout47.py --check   # verify pages/h47-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout47.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout48.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h47_en.py / articles_h47_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: surf and wave forecast widgets on stories about beaches, surfing, lifeboats and the
coast -- a conditions card with wave height, period, wind, water temperature and the tide, the "full surf forecast"
link, a table of the week's swell and wind, a water-temperature pill --, wildfire danger-rating widgets on stories
about heat, forests, heathland, barbecues and fire crews -- today's fire danger level by area in a meter, the
"burning bans in force" link, a table of the bans with what is banned and until when, the "report a fire" line --,
and angling reports on stories about rivers, lakes, fishing clubs and fish stocks -- this week's catches by water in
a box, the "buy a day ticket or licence" link, a table of water conditions by water, the club rules note --), their
wrapper class names, related headlines, site names, the sites' own strings in the earlier layouts and the first-round
furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of
make_heldout2..46, nor their labels, furniture strings, headlines or site names; verify() refuses to build if one is
reused, if a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier pool, family
list, template family or docstring, if a story paragraph or headline of an earlier part recurs, if a headline is also
a story paragraph, or if a body is outside 150-400 words.  Every name and number is fictional.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages: surf widgets on a lifeboat launch to two
paddleboarders (the English coastal community site), an interview with the founder of a surf club for disabled
surfers, a French junior surf championship and the Spanish beach lifeguards' season (the Spanish coastal community
site); fire-danger widgets on an English heath fire, a German town closing its forest barbecue sites, a Spanish
forest fire that forced two hamlets out and a Russian forest fire put out in two days; angling reports on an English
angling club's junior section, a Turkish dam lake's new carp quota, a German angling club restocking its mill pond
and a Russian river's grayling ban.  Earlier families that need a reason in the story are placed the same way (a map
on a municipality's community bus, a calendar row on a village house's June diary, score-centre links on a women's
county-cup final); the other generic families are balanced over the part, leaving out those the page's site would
not print (the story's "kind": a municipality, a village, neighbourhood or volunteer site, an independent publication
on a platform); a correction box goes only on a story that was corrected, with that story's own wording.  Residue
markup varies as on real pages: classed boxes, bars and widgets, bare <p> / <div> lines as pasted by editors,
headings, links, lists, spans, definition lists and tables, and, for a few families, a line run into the end of a
story paragraph (credit, tip, newsletter pitch, share line, the "buy a day ticket" link) or a bold section tag run
into the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps, whole
paragraphs in bold or italics, a highlighted sentence, a paragraph in a coloured box, a fact box holding a subheading
and its list (paddling advice in English, beach hours in Spanish, beach huts in numbers), a Ghost callout card, a
paragraph typed after a line break; story structures that look like furniture but are the story: question-and-answer
interviews (bold questions, some of one or two words, in English, Turkish, French and Spanish), lists inside the story
(match results, a bus timetable, fish stocked, evacuated hamlets, fishing rules, a village diary, surf results),
crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs, a closing line with
practical information, and story sentences that mention furniture words in ordinary reporting (a story that opens
"Follow the smell of solder", "followers" in an interview, a parking app, a municipal newsletter to subscribe to at
the town hall, "contact the ferry office", "contact the lifeguards", photographs to share with a museum), some at the
start or end of the story where furniture usually sits.  Two pages carry no residue at all and one only its
correction line.
One page layout is new (jekyll: a Jekyll static site as a volunteer-run coastal community news site serves it, on
two pages, an English and a Spanish one: a customised minima-style theme with its includes -- head.html with the
jekyll-seo-tag block and the feed link, header.html with the site title and the page-link navigation behind the
nav-trigger checkbox, footer.html with the h-card contact list, the social-media list and the site description --;
the post layout: article.post.h-entry, header.post-header with the post title and post-meta (date, author, the
post's category), div.post-content.e-content holding the kramdown output -- the site's figure include with the lead
picture and its caption at the top, paragraphs, headings with kramdown's auto ids, lists, HTML the editors pasted
into the Markdown --, a related-posts include, the Disqus comments placeholder with its embed script and noscript,
the hidden u-url link; a small cookie notice with its script at the end of the body).  The platform's generic strings
(JEKYLL_CORE, per language) are left as developers leave them and not checked; the sites' own strings (JEKYLL:
navigation, description, contact, the cookie notice, box titles) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h45 or h46 gave it (9 English pages, 3 in each other language); while a page is rendered, the
earlier modules' related headlines, the strings that belong to one site rather than to the platform (see
SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's own, and the
templates get this part's furniture strings (UI47) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout46.py, so that make_pages.py can import this module and merge it the same way.
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
import make_heldout35 as mp35  # noqa: E402
import make_heldout36 as mp36  # noqa: E402
import make_heldout37 as mp37  # noqa: E402
import make_heldout38 as mp38  # noqa: E402
import make_heldout39 as mp39  # noqa: E402
import make_heldout40 as mp40  # noqa: E402
import make_heldout41 as mp41  # noqa: E402
import make_heldout42 as mp42  # noqa: E402
import make_heldout43 as mp43  # noqa: E402
import make_heldout44 as mp44  # noqa: E402
import make_heldout45 as mp45  # noqa: E402
import make_heldout46 as mp46  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h47_en import ARTICLES as H47_EN  # noqa: E402
from articles_h47_intl import ARTICLES as H47_INTL  # noqa: E402

ARTICLES = H47_EN + H47_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46)
# parts whose layouts' languages this part avoids (the two before it; h48 is written at the same time)
LANG_PARTS = (mp45, mp46)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h47"

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Hurlston & Brackley Gazette", "Lenn Valley Courier", "Porthlew Harbour News", "Trewithen and Caradon Chronicle",
           "Polventon Weekly Post", "West Penhallow Mercury", "Seaholme Standard"],
    "tr": ["Sarıkavak Postası", "Karagöl Haber Hattı"],
    "de": ["Lindhorster Kreiszeitung", "Wittenmoorer Anzeiger"],
    "fr": ["Le Courrier de la Lizonne", "Océan Sud Infos", "L'Écho des Causses du Quercy"],
    "es": ["Heraldo de Valdecabras"],
    "ru": ["Светлореченские вести", "Кедровский край", "Заречный сегодня"],
}
# sites fixed per page (the coastal community sites on Jekyll, a municipality on Drupal, a neighbourhood site on
# Ghost, a village website on uCoz, an independent publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h46 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This map loads only once you accept functional cookies. Change your choice", "Switch on third-party cookies to play this clip ›"],
        "tr": ["Bu harita yalnızca işlevsel çerezleri kabul ettiğinizde yüklenir. Tercihinizi değiştirin", "Bu klibi oynatmak için üçüncü taraf çerezlerini açın ›"],
        "de": ["Diese Karte lädt erst, wenn Sie funktionale Cookies annehmen. Auswahl ändern", "Drittanbieter-Cookies einschalten, um diesen Clip abzuspielen ›"],
        "fr": ["Cette carte ne se charge qu'après acceptation des cookies fonctionnels. Modifier votre choix", "Activez les cookies tiers pour lancer cet extrait ›"],
        "es": ["El mapa de la zona aparecerá en cuanto aceptes las cookies funcionales. Cambiar preferencias", "Activa las cookies de terceros para reproducir este clip ›"],
        "ru": ["Карта загрузится только после согласия на функциональные cookie. Изменить выбор", "Включите сторонние cookie, чтобы посмотреть этот ролик ›"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Sign up for {site} at Six: the day's local news in your inbox every evening.",
               "One of your five free articles this month is now used. Subscribe for £1 a week",
               "Our reporters on the coast run on your support: back {site} from £3"],
        "tr": ["{site} Akşam Altıda: günün yerel haberleri her akşam e-posta kutunuzda.",
               "Bu ayki beş ücretsiz haberinizden birini okudunuz. Haftalık 10 liraya abone olun",
               "Kıyıdaki muhabirlerimiz sizin desteğinizle çalışıyor: {site}'na 50 liradan başlayan katkı verin"],
        "de": ["{site} um sechs: die Nachrichten des Tages jeden Abend in Ihrem Postfach.",
               "Einer Ihrer fünf freien Artikel in diesem Monat ist verbraucht. Abonnieren Sie für 1 Euro pro Woche",
               "Unsere Reporter an der Küste leben von Ihrer Unterstützung: {site} ab 3 Euro fördern"],
        "fr": ["{site} à 18 heures : l'actualité locale du jour dans votre boîte chaque soir.",
               "Vous avez utilisé un de vos cinq articles gratuits du mois. Abonnez-vous pour 1 € par semaine",
               "Nos reporters de la côte vivent de votre soutien : aidez {site} dès 3 €"],
        "es": ["{site} a las seis: las noticias locales del día en tu correo cada tarde.",
               "Ya has leído una de tus cinco noticias gratis de este mes. Suscríbete por 1 € a la semana",
               "Nuestros periodistas de la costa viven de tu apoyo: ayuda a {site} desde 3 €"],
        "ru": ["«{site}» в шесть вечера: местные новости дня у вас в почте каждый вечер.",
               "Вы прочитали одну из пяти бесплатных статей этого месяца. Подписка — 30 рублей в неделю",
               "Наши корреспонденты на побережье работают на ваши взносы: поддержите «{site}» от 150 рублей"],
    },
    "share": {  # the first wording is a list of networks (" · ")
        "en": ["Share via: WhatsApp · Messenger · Bluesky · Email", "Know someone down the coast who would want to read this – send it their way"],
        "tr": ["Şununla paylaş: WhatsApp · Messenger · Bluesky · E-posta", "Kıyıda bunu okumak isteyecek birini tanıyorsanız ona da gönderin"],
        "de": ["Teilen per: WhatsApp · Messenger · Bluesky · E-Mail", "Kennen Sie jemanden an der Küste, der das lesen möchte – schicken Sie es weiter"],
        "fr": ["Partager par : WhatsApp · Messenger · Bluesky · E-mail", "Quelqu'un sur la côte aimerait lire ceci – envoyez-le-lui"],
        "es": ["Compartir por: WhatsApp · Messenger · Bluesky · Email", "Si conoces a alguien de la costa a quien le interese, mándaselo"],
        "ru": ["Поделиться через: Telegram · Max · ВКонтакте · E-mail", "Знаете кого-то на побережье, кому это будет интересно, — отправьте ему"],
    },
    "photo": {
        "en": ["Picture courtesy of the family", "A reader's photograph, used with thanks"],
        "tr": ["Fotoğraf ailenin izniyle yayımlanmıştır", "Okurumuzun fotoğrafı, teşekkürlerimizle"],
        "de": ["Foto: aus dem Familienalbum, mit Erlaubnis der Angehörigen", "Leserfoto, mit Dank veröffentlicht"],
        "fr": ["Cliché aimablement prêté par la famille", "Photo d'un lecteur, publiée avec nos remerciements"],
        "es": ["Foto cedida por los familiares para esta noticia", "Foto de un lector, publicada con nuestro agradecimiento"],
        "ru": ["Фото из домашнего архива, предоставлено родственниками", "Фото читателя, публикуем с благодарностью"],
    },
    "copyright": {
        "en": ["This article belongs to {site} and may not be republished, in whole or in part, without a licence."],
        "tr": ["Bu haber {site}'na aittir; lisans alınmadan tamamı ya da bir bölümü yeniden yayımlanamaz."],
        "de": ["Dieser Artikel gehört {site} und darf ohne Lizenz weder ganz noch teilweise erneut veröffentlicht werden."],
        "fr": ["Cet article appartient à {site} et ne peut être republié, en tout ou en partie, sans licence."],
        "es": ["Esta noticia pertenece a {site} y no puede volver a publicarse, ni entera ni en parte, sin licencia."],
        "ru": ["Материал принадлежит «{site}» и не может быть перепечатан полностью или частично без лицензии."],
    },
    "section": {
        "en": ["News from {section}", "More from our {section} pages ›"],
        "tr": ["{section} sayfamızdan son haberler", "{section} sayfalarımızdan daha fazlası ›"],
        "de": ["Meldungen aus {section}", "Mehr von unseren {section}-Seiten ›"],
        "fr": ["Infos {section}", "D'autres articles de nos pages {section} ›"],
        "es": ["Noticias de {section}", "Más de nuestras páginas de {section} ›"],
        "ru": ["Новости рубрики «{section}»", "Больше материалов раздела «{section}» ›"],
    },
    "related": {
        "en": ["While you're here, these are worth a look", "How we got here"],
        "tr": ["Buradayken şunlara da göz atın", "Buraya nasıl gelindi"],
        "de": ["Wenn Sie schon hier sind, lohnt sich auch das", "Wie es dazu kam"],
        "fr": ["À lire également, ça vaut le détour", "Comment on en est arrivé là"],
        "es": ["También merece tu tiempo", "Cómo hemos llegado hasta aquí"],
        "ru": ["Стоит вашего времени", "Как мы к этому пришли"],
    },
    "symbol": {"*": ["⚓ ⚓ ⚓", "⸻ ⚓ ⸻", "∿ ∿ ∿", "⋆ ⚓ ⋆"]},
    "credit": {
        "en": ["Extra reporting by the {site} coast desk", "Photography: {site} picture team"],
        "tr": ["Ek haber: {site} kıyı masası", "Fotoğraflar: {site} foto ekibi"],
        "de": ["Zusätzliche Recherche: Küstenredaktion von {site}", "Fotografie: Bildteam von {site}"],
        "fr": ["Avec la cellule littoral de {site}", "Photographies : service photo de {site}"],
        "es": ["Información adicional de la sección de costa de {site}", "Fotografía: equipo gráfico de {site}"],
        "ru": ["Дополнительные сведения: прибрежная редакция «{site}»", "Фотографии: фотослужба «{site}»"],
    },
    "ad": {
        "en": ["Advertisement · the article carries on after this", "Sponsored · adverts help keep {site} going"],
        "tr": ["Reklam arası · haberin devamı reklamdan sonra", "Sponsorlu · reklamlar {site}'nı ayakta tutuyor"],
        "de": ["Werbung · danach geht der Artikel weiter", "Gesponsert · Anzeigen halten {site} am Laufen"],
        "fr": ["Publicité · l'article continue après", "Sponsorisé · la pub fait vivre {site}"],
        "es": ["Publicidad · la noticia continúa después", "Patrocinado · los anuncios sostienen {site}"],
        "ru": ["Реклама · статья продолжится после неё", "Спонсорский блок · реклама помогает «{site}» работать"],
    },
    "continue": {
        "en": ["Read on below ↓", "Tap to open the rest of the report below"],
        "tr": ["Aşağıda okumayı sürdürün ↓", "Haberin geri kalanını açmak için dokunun"],
        "de": ["Unten weiterlesen ↓", "Antippen, um den Rest des Berichts zu öffnen"],
        "fr": ["Poursuivre la lecture plus bas ↓", "Touchez pour ouvrir la fin du reportage"],
        "es": ["Sigue leyendo abajo ↓", "Toca para abrir lo que queda del reportaje"],
        "ru": ["Читайте ниже ↓", "Коснитесь, чтобы открыть окончание репортажа"],
    },
    "comments": {
        "en": ["{n} readers have joined the conversation below", "Jump to the comments ({n}) ›"],
        "tr": ["Aşağıdaki sohbete {n} okur katıldı", "Yorumlara atlayın ({n}) ›"],
        "de": ["{n} Leser diskutieren unten bereits mit", "Zu den Kommentaren springen ({n}) ›"],
        "fr": ["{n} lecteurs ont déjà rejoint la discussion plus bas", "Aller directement aux commentaires ({n}) ›"],
        "es": ["{n} lectores ya se han sumado a la conversación de abajo", "Saltar a los comentarios ({n}) ›"],
        "ru": ["{n} читателей уже обсуждают это ниже", "Перейти к комментариям ({n}) ›"],
    },
    "readtime": {
        "en": ["This one needs about {m} minutes of your day", "Settle in: about {m} minutes"],
        "tr": ["Bu yazı gününüzden {m} dakika istiyor", "Yerleşin: yaklaşık {m} dakika"],
        "de": ["Dieser Text braucht etwa {m} Minuten Ihres Tages", "Machen Sie es sich bequem: rund {m} Minuten"],
        "fr": ["Cet article vous prendra {m} minutes de votre journée", "Installez-vous : environ {m} minutes"],
        "es": ["Esta noticia te pedirá {m} minutos de tu día", "Ponte cómodo: unos {m} minutos"],
        "ru": ["Этот текст займёт {m} минуты вашего дня", "Устраивайтесь поудобнее: около {m} минут"],
    },
    "updated": {
        "en": ["Amended {d} at {t} with new details", "Published {d} · last changed {t}"],
        "tr": ["{d} günü saat {t}'de yeni ayrıntılarla değiştirildi", "Yayın tarihi {d} · son değişiklik {t}"],
        "de": ["Am {d} um {t} Uhr um neue Details ergänzt", "Veröffentlicht {d} · zuletzt geändert {t} Uhr"],
        "fr": ["Complété le {d} à {t} avec de nouveaux éléments", "En ligne depuis le {d} · retouché à {t}"],
        "es": ["Ampliada el {d} a las {t} con nuevos datos", "Publicada el {d} · último cambio a las {t}"],
        "ru": ["Дополнено {d} в {t} новыми подробностями", "Опубликовано {d} · последнее изменение в {t}"],
    },
    "audio": {
        "en": ["Hear it instead: audio edition, {m} min", "🎧 Listen to this report"],
        "tr": ["Okumak yerine dinleyin: sesli sürüm, {m} dk", "🎧 Bu haberi dinleyin"],
        "de": ["Lieber hören: Audiofassung, {m} Min.", "🎧 Diesen Bericht anhören"],
        "fr": ["Plutôt écouter : version audio, {m} min", "🎧 Écoutez ce reportage"],
        "es": ["Mejor escúchala: versión en audio, {m} min", "🎧 Escucha este reportaje"],
        "ru": ["Лучше послушать: аудиоверсия, {m} мин", "🎧 Послушайте этот репортаж"],
    },
    "correction": {
        "en": ["Correction: we got a detail wrong in the first version of this story, and have put it right."],
        "tr": ["Düzeltme: Bu haberin ilk sürümünde bir ayrıntıyı yanlış vermiştik, düzelttik."],
        "de": ["Korrektur: In der ersten Fassung dieses Artikels stand ein Detail falsch, wir haben es richtiggestellt."],
        "fr": ["Rectificatif : un détail était faux dans la première version de cet article, nous l'avons rectifié."],
        "es": ["Corrección: en la primera versión de esta noticia un dato era erróneo y lo hemos enmendado."],
        "ru": ["Поправка: в первой версии материала одна деталь была неверной, мы её исправили."],
    },
    "app": {
        "en": ["Local alerts straight to your phone with the {site} app", "The {site} app: free download ›"],
        "tr": ["{site} uygulamasıyla yerel uyarılar doğrudan telefonunuza", "{site} uygulaması: ücretsiz indirin ›"],
        "de": ["Lokale Hinweise direkt aufs Handy mit der App von {site}", "Die App von {site}: kostenlos laden ›"],
        "fr": ["Les alertes locales directement sur votre téléphone avec l'appli {site}", "L'appli {site} : téléchargement gratuit ›"],
        "es": ["Avisos locales directos a tu móvil con la app de {site}", "La app de {site}: descarga gratuita ›"],
        "ru": ["Местные оповещения прямо на телефон в приложении «{site}»", "Приложение «{site}»: скачать бесплатно ›"],
    },
    "bio": {
        "en": ["{by} writes about {section} for {site} and grew up on this coast.", "The {by} archive: every story ›"],
        "tr": ["{by}, {site} için {section} üzerine yazıyor ve bu kıyıda büyüdü.", "{by} arşivi: tüm haberler ›"],
        "de": ["{by} schreibt für {site} über {section} und ist an dieser Küste aufgewachsen.", "Das Archiv von {by}: alle Texte ›"],
        "fr": ["{by} écrit sur {section} pour {site} et a grandi sur cette côte.", "Les archives de {by} : tous ses articles ›"],
        "es": ["{by} escribe sobre {section} para {site} y se crió en esta costa.", "El archivo de {by}: todas sus noticias ›"],
        "ru": ["{by} пишет для «{site}» о теме «{section}» и вырос на этом побережье.", "Архив автора: все материалы ›"],
    },
    "tip": {
        "en": ["Message the newsroom on 07700 900 472 if you've got a story from the coast", "Tell us in confidence what we should be looking into"],
        "tr": ["Kıyıdan bir haberiniz varsa haber merkezine 0533 000 04 72'den yazın", "Neyin peşine düşmemiz gerektiğini bize gizlice anlatın"],
        "de": ["Schreiben Sie der Redaktion unter 0172 0000472, wenn Sie eine Geschichte von der Küste haben", "Sagen Sie uns vertraulich, wo wir genauer hinschauen sollten"],
        "fr": ["Écrivez à la rédaction au 06 00 00 04 72 si vous avez une histoire de la côte", "Dites-nous en toute confidentialité sur quoi nous devrions enquêter"],
        "es": ["Escribe a la redacción al 600 000 472 si tienes una historia de la costa", "Cuéntanos con discreción qué deberíamos investigar"],
        "ru": ["Пишите в редакцию на +7 900 000-04-72, если у вас есть история с побережья", "Конфиденциально подскажите нам, чем стоит заняться"],
    },
    "typo": {
        "en": ["Highlight any mistake you notice and press Ctrl+Enter so the editors can fix it"],
        "tr": ["Gözünüze çarpan yanlışı işaretleyip Ctrl+Enter'a basın, editörler düzeltsin"],
        "de": ["Markieren Sie einen entdeckten Fehler und drücken Sie Strg+Enter, damit die Redaktion ihn korrigiert"],
        "fr": ["Surlignez la coquille repérée et appuyez sur Ctrl+Entrée pour que la rédaction la corrige"],
        "es": ["Marca la errata que veas y pulsa Ctrl+Intro para que la redacción la corrija"],
        "ru": ["Выделите замеченную ошибку и нажмите Ctrl+Enter, чтобы редакция её исправила"],
    },
    "push": {
        "en": ["{site} can ping you when news breaks on the coast: Switch on · Not now"],
        "tr": ["{site}, kıyıda bir gelişme olduğunda size bildirim gönderebilir: Aç · Şimdi değil"],
        "de": ["{site} kann Sie benachrichtigen, wenn an der Küste etwas passiert: Einschalten · Jetzt nicht"],
        "fr": ["{site} peut vous prévenir dès qu'il se passe quelque chose sur la côte : Activer · Pas maintenant"],
        "es": ["{site} puede avisarte cuando pase algo en la costa: Activar · Ahora no"],
        "ru": ["«{site}» может присылать уведомление, когда на побережье что-то случится: Включить · Не сейчас"],
    },
    "print": {
        "en": ["Print · Save as PDF · Email this story", "Show a printable copy"],
        "tr": ["Yazdır · PDF olarak sakla · Bu haberi e-postala", "Yazdırılabilir kopyayı göster"],
        "de": ["Drucken · Als PDF sichern · Diesen Artikel mailen", "Druckbare Fassung zeigen"],
        "fr": ["Imprimer · Enregistrer en PDF · Envoyer cet article", "Afficher une copie imprimable"],
        "es": ["Imprimir · Guardar como PDF · Enviar esta noticia", "Mostrar una copia para imprimir"],
        "ru": ["Печать · Сохранить в PDF · Отправить материал", "Показать версию для печати"],
    },
    "feedback": {
        "en": ["Rate this article: useful 👍 or not much use 👎"], "tr": ["Bu haberi değerlendirin: işe yaradı 👍 ya da pek yaramadı 👎"],
        "de": ["Bewerten Sie diesen Artikel: hilfreich 👍 oder eher nicht 👎"], "fr": ["Notez cet article : utile 👍 ou pas vraiment 👎"],
        "es": ["Valora esta noticia: útil 👍 o no mucho 👎"], "ru": ["Оцените материал: пригодился 👍 или не очень 👎"],
    },
    "standards": {
        "en": ["{site} is regulated by the independent press standards body. Concerns about this report can be raised with our complaints editor."],
        "tr": ["{site}, bağımsız basın ilkeleri kuruluna bağlıdır. Bu haberle ilgili kaygılarınızı şikâyet editörümüze iletebilirsiniz."],
        "de": ["{site} unterliegt der unabhängigen Presseselbstkontrolle. Bedenken zu diesem Bericht richten Sie an unsere Beschwerdestelle."],
        "fr": ["{site} relève de l'instance indépendante de déontologie de la presse. Vos remarques sur cet article vont à notre médiatrice."],
        "es": ["{site} está sujeto al organismo independiente de ética periodística. Las quejas sobre esta información se dirigen a nuestra editora de reclamaciones."],
        "ru": ["«{site}» подчиняется независимому органу по стандартам прессы. С замечаниями к материалу обращайтесь к редактору по жалобам."],
    },
    "topics": {
        "en": ["Topics: {section}, the coast, community", "Alerts for new {section} stories ›"],
        "tr": ["Konular: {section}, kıyı, toplum", "Yeni {section} haberleri için uyarı alın ›"],
        "de": ["Themen: {section}, Küste, Gemeinschaft", "Hinweise auf neue {section}-Artikel ›"],
        "fr": ["Thèmes : {section}, littoral, vie locale", "Alertes pour les nouveaux articles {section} ›"],
        "es": ["Temas: {section}, costa, comunidad", "Avisos de nuevas noticias de {section} ›"],
        "ru": ["Темы: {section}, побережье, общество", "Уведомления о новых материалах рубрики «{section}» ›"],
    },
    "bookmark": {
        "en": ["🔖 Save this one for the weekend"], "tr": ["🔖 Bunu hafta sonuna saklayın"], "de": ["🔖 Fürs Wochenende aufheben"],
        "fr": ["🔖 Mettre de côté pour le week-end"], "es": ["🔖 Guárdala para el fin de semana"], "ru": ["🔖 Отложить на выходные"],
    },
    "poll": {
        "en": ["Quick vote on the decision: Right call · Wrong call · Can't say", "Vote first, then see how everyone else voted"],
        "tr": ["Karar hakkında hızlı oylama: Doğru · Yanlış · Bir şey diyemem", "Önce oy verin, sonra başkalarının ne dediğini görün"],
        "de": ["Schnelle Abstimmung zur Entscheidung: Richtig · Falsch · Kann ich nicht sagen", "Erst abstimmen, dann sehen, wie die anderen gestimmt haben"],
        "fr": ["Vote express sur la décision : Bon choix · Mauvais choix · Je ne sais pas", "Votez d'abord, vous verrez ensuite ce qu'ont choisi les autres"],
        "es": ["Votación rápida sobre la decisión: Acierto · Error · No sabría decir", "Vota primero y luego mira qué han votado los demás"],
        "ru": ["Быстрое голосование по решению: Правильно · Неправильно · Затрудняюсь ответить", "Сначала проголосуйте, потом посмотрите, как проголосовали другие"],
    },
    "embed": {
        "en": ["This Instagram post from {handle} opens in a new tab", "This YouTube video from {handle} plays on youtube.com"],
        "tr": ["{handle} hesabının Instagram gönderisi yeni sekmede açılır", "{handle} kanalının YouTube videosu youtube.com'da oynar"],
        "de": ["Dieser Instagram-Beitrag von {handle} öffnet sich in einem neuen Tab", "Dieses YouTube-Video von {handle} läuft auf youtube.com"],
        "fr": ["Cette publication Instagram de {handle} s'ouvre dans un nouvel onglet", "Cette vidéo YouTube de {handle} se lance sur youtube.com"],
        "es": ["Esta publicación de Instagram de {handle} se abre en una pestaña nueva", "Este vídeo de YouTube de {handle} se reproduce en youtube.com"],
        "ru": ["Публикация {handle} в Instagram откроется в новой вкладке", "Видео {handle} на YouTube откроется на youtube.com"],
    },
    "gallery": {
        "en": ["🖼 Browse all {g} photos", "Picture gallery · {g} shots ›"],
        "tr": ["🖼 Albümdeki {g} fotoğrafı tek tek görün", "Kıyıdan kareler: {g} fotoğraf ›"],
        "de": ["🖼 Alle {g} Fotos durchblättern", "Bildergalerie · {g} Aufnahmen ›"],
        "fr": ["🖼 Parcourir les {g} photos", "Galerie photos · {g} clichés ›"],
        "es": ["🖼 Recorre las {g} fotos", "Galería de fotos · {g} imágenes ›"],
        "ru": ["🖼 Пролистать все {g} фото", "Фотогалерея · {g} кадров ›"],
    },
    "map": {
        "en": ["Open a bigger version of this map ›", "Map © OpenStreetMap contributors · Route planner"],
        "tr": ["Bu haritanın büyük halini açın ›", "Harita © OpenStreetMap katkıcıları · Rota planlayıcı"],
        "de": ["Größere Fassung dieser Karte öffnen ›", "Karte © OpenStreetMap-Mitwirkende · Routenplaner"],
        "fr": ["Ouvrir cette carte en grand ›", "Carte © les contributeurs d'OpenStreetMap · Calcul d'itinéraire"],
        "es": ["Abrir este mapa en grande ›", "Mapa © colaboradores de OpenStreetMap · Planificador de rutas"],
        "ru": ["Открыть эту карту в большом размере ›", "Карта © участники OpenStreetMap · Проложить путь"],
    },
    "calendar": {
        "en": ["Put it in your calendar: Google · Outlook · Apple", "Download the calendar file (.ics)"],
        "tr": ["Takviminize ekleyin: Google · Outlook · Apple", "Takvim dosyasını indirin (.ics)"],
        "de": ["In den Kalender übernehmen: Google · Outlook · Apple", "Kalenderdatei laden (.ics)"],
        "fr": ["Mettre dans votre agenda : Google · Outlook · Apple", "Télécharger le fichier d'agenda (.ics)"],
        "es": ["Apúntalo en tu calendario: Google · Outlook · Apple", "Descarga el archivo de calendario (.ics)"],
        "ru": ["Внести в календарь: Google · Outlook · Apple", "Загрузить файл календаря (.ics)"],
    },
    "scores": {
        "en": ["Scores, fixtures and league tables ›", "Results · Fixtures · League table · Top scorers"],
        "tr": ["Skorlar, fikstürler ve lig tabloları ›", "Sonuçlar · Fikstür · Lig tablosu · Gol krallığı listesi"],
        "de": ["Ergebnisse, Termine und Ligatabellen ›", "Resultate · Termine · Ligatabelle · Torjägerliste"],
        "fr": ["Scores, programme et classements des ligues ›", "Résultats · Programme · Classement de la ligue · Meilleures buteuses"],
        "es": ["Marcadores, jornadas y clasificaciones ›", "Resultados · Jornadas · Clasificación de la liga · Máximas goleadoras"],
        "ru": ["Счёт, расписание и таблицы лиг ›", "Результаты · Расписание · Таблица лиги · Лучшие бомбардиры"],
    },
    # the three families new in this part
    "surf": {  # surf and wave forecast widgets: the conditions card, the full forecast link, the week table, the water pill
        "en": ["Surf and sea this morning", "Full surf forecast ›", "Swell and wind for the next three days",
               "Water temperature today: 15 °C · 4/3 mm wetsuit"],
        "tr": ["Bu sabah dalga ve deniz durumu", "Tüm sörf tahmini ›", "Önümüzdeki üç gün için dalga ve rüzgâr",
               "Bugün deniz suyu sıcaklığı: 22 °C · 3/2 mm wetsuit"],
        "de": ["Brandung und Meer heute Morgen", "Komplette Surfvorhersage ›", "Dünung und Wind der nächsten drei Tage",
               "Wassertemperatur heute: 17 °C · Neoprenanzug 4/3 mm"],
        "fr": ["Houle et mer ce matin", "Prévisions surf complètes ›", "Houle et vent pour les trois prochains jours",
               "Température de l'eau aujourd'hui : 19 °C · combinaison 3/2 mm"],
        "es": ["Olas y mar esta mañana", "Previsión de surf completa ›", "Mar de fondo y viento para los próximos tres días",
               "Temperatura del agua hoy: 18 °C · neopreno de 4/3 mm"],
        "ru": ["Волна и море этим утром", "Полный прогноз для сёрфинга ›", "Зыбь и ветер на ближайшие три дня",
               "Температура воды сегодня: 16 °C · гидрокостюм 4/3 мм"],
    },
    "firedanger": {  # wildfire danger-rating widgets: the danger meter, the bans link, the bans table, the report line
        "en": ["Fire danger today", "Burning bans in force ›", "Where fires and barbecues are banned",
               "Report a fire: ring 999 straight away and give the nearest road or landmark"],
        "tr": ["Bugünkü yangın tehlikesi", "Yürürlükteki ateş yakma yasakları ›", "Ateş yakmanın ve mangalın yasak olduğu yerler",
               "Yangın ihbarı: hemen 112'yi arayın, en yakın yolu ya da yer işaretini söyleyin"],
        "de": ["Waldbrandgefahr heute", "Geltende Feuer- und Grillverbote ›", "Wo Feuer und Grillen verboten sind",
               "Brand melden: sofort 112 wählen und den nächsten Weg oder Orientierungspunkt nennen"],
        "fr": ["Risque d'incendie aujourd'hui", "Interdictions de feu en vigueur ›", "Où les feux et les barbecues sont interdits",
               "Signaler un feu : appelez tout de suite le 18 ou le 112 et indiquez la route ou le repère le plus proche"],
        "es": ["Riesgo de incendio hoy", "Prohibiciones de quema vigentes ›", "Dónde está prohibido hacer fuego y barbacoas",
               "Avisa de un incendio: llama enseguida al 112 e indica el camino o la referencia más cercana"],
        "ru": ["Класс пожарной опасности сегодня", "Действующие запреты на костры ›", "Где запрещены костры и мангалы",
               "Увидели пожар — сразу звоните 112 и назовите ближайшую дорогу или ориентир"],
    },
    "angling": {  # angling reports: this week's catches box, the day ticket link, the water conditions table, the rules note
        "en": ["This week's catches", "Buy a day ticket or licence ›", "Water conditions on club waters",
               "Catch-and-release only for predators until 16 June"],
        "tr": ["Bu haftanın av raporu", "Günlük avlanma izni ya da belge alın ›", "Göl ve derelerde su durumu",
               "Yasak dönemde yakalanan balıklar suya geri bırakılır"],
        "de": ["Fänge der Woche", "Tageskarte oder Angelschein kaufen ›", "Wasserstand und Sicht an den Vereinsgewässern",
               "Raubfische bis 16. Juni nur fangen und zurücksetzen"],
        "fr": ["Les prises de la semaine", "Acheter une carte de pêche à la journée ›", "État des eaux sur les parcours",
               "No-kill obligatoire sur les carnassiers jusqu'au 16 juin"],
        "es": ["Capturas de la semana", "Compra tu permiso de día o licencia ›", "Estado del agua en los cotos",
               "Captura y suelta obligatoria para depredadores hasta el 16 de junio"],
        "ru": ["Уловы недели", "Купить разовую путёвку или лицензию ›", "Состояние воды на водоёмах",
               "Хищника до 16 июня — только поймал и отпустил"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES): the surf card is headed by its
# "this morning" heading, then the full forecast link, the week table's caption and the water-temperature pill; the
# fire meter is headed "fire danger today", then the bans link, the bans table's caption and the report-a-fire line;
# the catches box is headed "this week's catches", then the day-ticket link, the water table's caption and the rules
# note
NEW_STYLE_WORDING = {"surf": [0, 1, 2, 3], "firedanger": [0, 1, 2, 3], "angling": [0, 1, 2, 3]}
# a surf card: measure, value
SURF_ROWS = {
    "en": [("Waves", "1.2–1.6 m"), ("Period", "10 s"), ("Wind", "NW 11 mph, cross-shore"), ("Water", "15 °C"), ("High tide", "14:52")],
    "tr": [("Dalga", "0,6–0,9 m"), ("Periyot", "6 sn"), ("Rüzgâr", "KB 18 km/s, kıyıya paralel"), ("Deniz suyu", "22 °C"), ("Güneşin batışı", "20:31")],
    "de": [("Wellen", "0,8–1,1 m"), ("Periode", "7 s"), ("Wind", "NW 4 Bft, ablandig"), ("Wasser", "17 °C"), ("Hochwasser", "14:52")],
    "fr": [("Vagues", "1,2–1,5 m"), ("Période", "11 s"), ("Vent", "E 15 km/h, offshore"), ("Eau", "19 °C"), ("Pleine mer", "15 h 08")],
    "es": [("Olas", "1,0–1,4 m"), ("Periodo", "9 s"), ("Viento", "NO 20 km/h, de través"), ("Agua", "18 °C"), ("Pleamar", "16:14")],
    "ru": [("Волна", "0,8–1,2 м"), ("Период", "8 с"), ("Ветер", "СЗ 6 м/с, вдоль берега"), ("Вода", "16 °C"), ("Полная вода", "14:52")],
}
# the week's swell table: the header, then day, swell, period, wind
SURF_HEAD = {"en": ("Day", "Swell", "Period", "Wind"), "tr": ("Gün", "Dalga", "Periyot", "Rüzgâr"),
             "de": ("Tag", "Dünung", "Periode", "Wind"), "fr": ("Jour", "Houle", "Période", "Vent"),
             "es": ("Día", "Mar de fondo", "Periodo", "Viento"), "ru": ("День", "Зыбь", "Период", "Ветер")}
SURF_DAYS = {
    "en": [("Sat 15th", "1.5 m", "11 s", "NW 12 mph"), ("Sun 16th", "1.1 m", "9 s", "W 8 mph"), ("Mon 17th", "0.6 m", "7 s", "E 15 mph")],
    "tr": [("15 Cumartesi", "0,9 m", "6 sn", "KB 20 km/s"), ("16 Pazar", "0,7 m", "5 sn", "B 12 km/s"), ("17 Pazartesi", "0,4 m", "4 sn", "D 25 km/s")],
    "de": [("Samstag, 15.", "1,2 m", "8 s", "NW 4 Bft"), ("Sonntag, 16.", "0,9 m", "7 s", "W 3 Bft"), ("Montag, 17.", "0,5 m", "5 s", "O 5 Bft")],
    "fr": [("samedi 15", "1,6 m", "12 s", "E 10 km/h"), ("dimanche 16", "1,3 m", "10 s", "SE 15 km/h"), ("lundi 17", "0,8 m", "8 s", "O 25 km/h")],
    "es": [("sábado 15", "1,4 m", "10 s", "NO 18 km/h"), ("domingo 16", "1,0 m", "9 s", "O 12 km/h"), ("lunes 17", "0,6 m", "7 s", "NE 22 km/h")],
    "ru": [("суббота, 15-е", "1,1 м", "8 с", "СЗ 6 м/с"), ("воскресенье, 16-е", "0,8 м", "7 с", "З 4 м/с"), ("понедельник, 17-е", "0,4 м", "5 с", "В 8 м/с")],
}
# a fire danger meter: area, today's level
FIRE_ROWS = {
    "en": [("Heaths and commons", "Very high"), ("Forestry plantations", "High"), ("Coastal dunes", "Very high")],
    "tr": [("Çam ormanları", "Çok yüksek"), ("Makilik alanlar", "Yüksek"), ("Mesire yerleri", "Çok yüksek")],
    "de": [("Kiefernwälder", "Stufe 4 – hohe Gefahr"), ("Laub- und Mischwald", "Stufe 3 – mittlere Gefahr"), ("Heide und Moor", "Stufe 4 – hohe Gefahr")],
    "fr": [("Massifs forestiers", "Risque sévère"), ("Garrigues et landes", "Risque très sévère"), ("Bord de mer", "Risque modéré")],
    "es": [("Pinares de la sierra", "Riesgo extremo"), ("Monte bajo y matorral", "Riesgo muy alto"), ("Riberas y vegas", "Riesgo moderado")],
    "ru": [("Сосновые боры", "IV класс — высокая"), ("Смешанные леса", "III класс — средняя"), ("Торфяники", "V класс — чрезвычайная")],
}
# the bans table: the header, then area, what is banned, until when
FIRE_HEAD = {"en": ("Area covered", "What is banned", "In force until"), "tr": ("Yasak bölgesi", "Yasaklanan", "Yasağın bitişi"),
             "de": ("Betroffenes Gebiet", "Was verboten ist", "Gilt bis"), "fr": ("Zone concernée", "Ce qui est interdit", "En vigueur jusqu'au"),
             "es": ("Zona afectada", "Qué se prohíbe", "Vigente hasta"), "ru": ("Где действует", "Что запрещено", "Срок запрета")}
FIRE_BANS = {
    "en": [("Heaths and commons", "Barbecues, fires, sky lanterns", "Further notice"), ("Country parks", "Disposable barbecues", "31 August"), ("Forestry land", "All open fires", "30 September")],
    "tr": [("Orman içi ve kenarı", "Mangal, ateş, anız yakma", "31 Ekim"), ("Mesire alanları", "Mangal", "30 Eylül"), ("Tarım arazileri", "Anız yakma", "Yıl boyu")],
    "de": [("Stadtwald und Forst", "Grillen, offenes Feuer, Rauchen", "bis 31.10."), ("Öffentliche Grillplätze", "Grillen", "bis auf Weiteres"), ("Heideflächen", "Jedes Feuer", "bis 30.09.")],
    "fr": [("Massifs forestiers", "Feux, barbecues, écobuage", "30 septembre"), ("Plages et dunes", "Barbecues", "31 août"), ("Jardins privés", "Brûlage de déchets verts", "Toute l'année")],
    "es": [("Monte y franja de 400 m", "Hogueras, barbacoas, quemas", "15 de octubre"), ("Áreas recreativas", "Barbacoas", "30 de septiembre"), ("Fincas agrícolas", "Quema de rastrojos", "15 de octubre")],
    "ru": [("Леса района", "Костры, мангалы, пал травы", "До отмены режима"), ("Зоны отдыха", "Мангалы", "31 августа"), ("Садовые участки", "Сжигание мусора", "30 сентября")],
}
# the catches box: water, what was caught
CATCH_ROWS = {
    "en": [("Kingsmead lake", "bream to 3.1 kg, good nets of roach"), ("River Lenn, mill reach", "chub and dace on maggot"), ("Saxby pits", "carp to 11 kg overnight")],
    "tr": [("Baraj gölü, batı kıyısı", "3 kg'a varan sazanlar"), ("Değirmen deresi", "kefal ve tatlı su levreği"), ("Köy göleti", "küçük sazan, bol havuz balığı")],
    "de": [("Mühlenteich", "Karpfen bis 9 kg, Schleien"), ("Alte Aue", "Rotaugen und Brassen in Mengen"), ("Baggersee Nord", "Hecht bis 88 cm (zurückgesetzt)")],
    "fr": [("Étang communal", "carpes jusqu'à 8 kg"), ("La rivière, parcours du moulin", "chevesnes et gardons"), ("Lac de barrage", "sandres, deux au-dessus de 60 cm")],
    "es": [("Embalse, cola norte", "carpas de hasta 6 kg"), ("Río, coto del molino", "truchas de 30 a 38 cm"), ("Laguna vieja", "black-bass y percasoles")],
    "ru": [("Река, плёс у моста", "язь и голавль на поплавок"), ("Старица", "лещ до 2 кг, плотва"), ("Карьер", "окунь и щука, отпускали")],
}
# the water conditions table: the header, then water, level, clarity, temperature
WATER_HEAD = {"en": ("Water", "Level", "Clarity", "Temp"), "tr": ("Su kaynağı", "Seviye", "Berraklık", "Sıcaklık"),
              "de": ("Gewässer", "Pegel", "Sicht", "Temperatur"), "fr": ("Parcours", "Niveau d'eau", "Clarté", "Température"),
              "es": ("Coto", "Nivel", "Transparencia", "Temperatura"), "ru": ("Водоём", "Уровень", "Прозрачность", "Температура")}
WATER_ROWS = {
    "en": [("River Lenn", "normal, falling", "clear", "11 °C"), ("Kingsmead lake", "full", "tinged", "13 °C"), ("Saxby pits", "low", "clear", "14 °C")],
    "tr": [("Baraj gölü", "düşük", "bulanık", "17 °C"), ("Değirmen deresi", "mevsim normalinde", "berrak", "14 °C"), ("Köy göleti", "yüksek", "yeşilimsi", "19 °C")],
    "de": [("Mühlenteich", "Normalpegel", "gute Sicht", "9 °C"), ("Alte Aue", "leicht erhöht", "trüb", "8 °C"), ("Baggersee Nord", "Normalpegel", "sehr klar", "7 °C")],
    "fr": [("La rivière", "niveau habituel", "limpide", "12 °C"), ("Étang communal", "plein", "teintée", "15 °C"), ("Lac de barrage", "bas", "claire", "16 °C")],
    "es": [("Río", "nivel habitual", "clara", "12 °C"), ("Embalse", "al 43 %", "turbia", "17 °C"), ("Laguna vieja", "bajo", "verdosa", "19 °C")],
    "ru": [("Река", "в норме", "прозрачная", "10 °C"), ("Старица", "высокий", "мутная", "12 °C"), ("Карьер", "в норме", "прозрачная", "9 °C")],
}
WIDGET_ROWS = (("surf rows", SURF_ROWS), ("surf heads", SURF_HEAD), ("surf days", SURF_DAYS), ("fire rows", FIRE_ROWS),
               ("fire heads", FIRE_HEAD), ("fire bans", FIRE_BANS), ("catch rows", CATCH_ROWS), ("water heads", WATER_HEAD),
               ("water rows", WATER_ROWS))
HEADLINES = {
    "en": ["Coastguard cottages to become holiday lets after council sale", "Village post office saved by a community share offer",
           "Sea wall repairs to close the promenade for six weeks", "Primary school's allotment wins a county gardening prize",
           "Harbour's ice plant breaks down at the height of the crab season", "Cliff path reopens a year after the landslip"],
    "tr": ["Sahil güvenlik lojmanları belediye satışının ardından pansiyon olacak", "Köy postanesi ortaklık kampanyasıyla kapanmaktan kurtuldu",
           "Dalgakıran onarımı nedeniyle sahil yolu altı hafta kapalı kalacak", "İlkokulun bostanı il bahçe ödülünü kazandı",
           "Limandaki buz makinesi yengeç sezonunun ortasında bozuldu", "Heyelandan bir yıl sonra yamaç patikası yeniden açıldı"],
    "de": ["Alte Zollhäuser am Hafen werden Ferienwohnungen", "Dorfpost durch Genossenschaftsanteile gerettet",
           "Deichreparatur sperrt die Promenade für sechs Wochen", "Schulgarten der Deichschule gewinnt Preis des Landkreises",
           "Eismaschine im Hafen mitten in der Krabbensaison ausgefallen", "Klippenweg ein Jahr nach dem Erdrutsch wieder offen"],
    "fr": ["Les anciennes maisons des douaniers deviendront des gîtes", "La poste du village sauvée par une souscription des habitants",
           "La réparation de la digue fermera la promenade six semaines", "Le potager de l'école primaire primé au concours départemental",
           "La machine à glace du port en panne en pleine saison de l'araignée", "Le sentier des falaises rouvre un an après l'éboulement"],
    "es": ["Las casas de los torreros se convertirán en alojamientos rurales", "Los vecinos salvan la oficina de correos con una suscripción popular",
           "La reparación del muro cerrará el paseo marítimo seis semanas", "El huerto del colegio gana el premio provincial de jardinería",
           "Se estropea la máquina de hielo del puerto en plena campaña del bonito", "La senda de los acantilados reabre un año después del desprendimiento"],
    "ru": ["Старые дома смотрителей маяка отдадут под гостевые дома", "Сельское почтовое отделение спасли жители вскладчину",
           "Из-за ремонта дамбы набережную закроют на шесть недель", "Школьный огород занял первое место на областном конкурсе",
           "В порту в разгар путины сломался льдогенератор", "Тропу вдоль обрыва открыли через год после оползня"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["es"]
TEASERS = {
    "es": ["El Ayuntamiento las ha vendido por 310.000 euros a una empresa de turismo.",
           "Ciento ochenta vecinos han puesto cincuenta euros cada uno.",
           "Las obras empezarán después de las fiestas de septiembre.",
           "Los alumnos de quinto cultivan tomates, habas y calabazas.",
           "Los armadores han tenido que comprar hielo en el puerto vecino.",
           "Los técnicos han anclado la ladera con redes de acero."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Coast and countryside news", "Our harbour towns", "Council chamber and courts", "Business on the quayside", "Club sport this weekend", "Days out on the coast", "Letters from the harbour wall"],
               cookie="Like most news sites we put cookies on your device: a few keep the site running, the rest tell us which stories get read and choose the adverts that pay our reporters. Accept them all, turn down the optional ones or decide purpose by purpose.",
               accept="Yes, accept cookies", reject="Refuse optional cookies", share="Share this with someone on the coast",
               related="More from the coast today", newsletter="The coast at six: our free evening email",
               subscribe="Send me the evening email", email="you@yourinbox.example.org",
               comment_note="Sign in or register to post a comment.",
               closed="Comments on this report are now closed, thank you to everyone who took part.",
               footer=["Who writes the paper, and how to reach them", "Where we got it wrong: our corrections log", "Cookie choices and how we look after your data", "Advertising in the paper and on the website", "House rules for readers of this site"],
               rights="No part of this site may be copied or republished without the publisher's written permission.",
               commenters=[("slipway_sandra", "Nice to read a proper account of this for once"),
                           ("Ron at number 12", "Is there going to be a meeting about this, does anyone know")]),
    "tr": dict(nav=["Kıyıdan ve kırdan haberler", "Liman kasabalarımız", "Meclis salonundan ve adliyeden", "Rıhtımda ticaret", "Bu hafta sonu kulüp sporları", "Kıyıda gezilecek yerler", "Rıhtımdan okur mektupları"],
               cookie="Çoğu haber sitesi gibi biz de cihazınıza çerez yerleştiriyoruz: birkaçı siteyi çalışır tutar, kalanı hangi haberlerin okunduğunu söyler ve muhabirlerimizin maaşını ödeyen reklamları seçer. Hepsini kabul edin, isteğe bağlı olanları geri çevirin ya da amaç amaç karar verin.",
               accept="Evet, çerezleri kabul et", reject="İsteğe bağlı çerezleri reddet", share="Bunu kıyıdaki birine gönderin",
               related="Bugün kıyıdan başka haberler", newsletter="Akşam altıda kıyı: ücretsiz akşam bültenimiz",
               subscribe="Akşam bültenini bana gönderin", email="siz@eposta-kutunuz.example.org",
               comment_note="Yorum yazmak için giriş yapın ya da kaydolun.",
               closed="Bu haberin altındaki yorumlar artık kapalı, katılan herkese teşekkürler.",
               footer=["Gazeteyi kimler yazıyor, onlara nasıl ulaşılır", "Nerede yanıldık: düzeltme kaydımız", "Çerez tercihleri ve verilerinizi nasıl koruduğumuz", "Gazetede ve sitede reklam vermek", "Bu sitenin okurlar için ev kuralları"],
               rights="Bu sitenin hiçbir bölümü yayıncının yazılı izni olmadan kopyalanamaz ya da yeniden yayımlanamaz.",
               commenters=[("mendirek_ahmet", "Sonunda bu konu adam gibi yazılmış, sevindim."),
                           ("Çarşı Mahallesi'nden Nermin", "Bununla ilgili bir toplantı yapılacak mı, bilen var mı?")]),
    "de": dict(nav=["Nachrichten von Küste und Land", "Unsere Hafenorte", "Aus Ratssaal und Gericht", "Wirtschaft am Kai", "Vereinssport am Wochenende", "Ausflüge an die Küste", "Briefe von der Hafenmauer"],
               cookie="Wie die meisten Nachrichtenseiten legen wir Cookies auf Ihrem Gerät ab: einige halten die Seite am Laufen, die übrigen verraten uns, welche Artikel gelesen werden, und wählen die Anzeigen aus, die unsere Reporter bezahlen. Nehmen Sie alle an, lehnen Sie die optionalen ab oder entscheiden Sie Zweck für Zweck.",
               accept="Ja, Cookies annehmen", reject="Optionale Cookies ablehnen", share="Mit jemandem an der Küste teilen",
               related="Mehr von der Küste heute", newsletter="Die Küste um sechs: unsere kostenlose Abendmail",
               subscribe="Abendmail an mich schicken", email="sie@ihrpostfach.example.org",
               comment_note="Zum Mitdiskutieren bitte anmelden oder ein kostenloses Konto anlegen.",
               closed="Die Kommentare unter diesem Bericht sind jetzt geschlossen, danke an alle, die mitdiskutiert haben.",
               footer=["Wer die Zeitung schreibt und wie Sie uns erreichen", "Wo wir danebenlagen: unser Korrekturprotokoll", "Cookie-Auswahl und wie wir Ihre Daten schützen", "Anzeigen in der Zeitung und auf der Website", "Hausregeln für die Leser dieser Seite"],
               rights="Kein Teil dieser Website darf ohne schriftliche Genehmigung des Verlags kopiert oder erneut veröffentlicht werden.",
               commenters=[("Kaikante_Uwe", "Schön, dass endlich mal ordentlich darüber berichtet wird."),
                           ("Hilde aus der Kapellenstraße", "Weiß jemand, ob es dazu eine Versammlung gibt?")]),
    "fr": dict(nav=["Infos de la côte et de la campagne", "Nos ports et nos bourgs", "Conseil municipal et tribunaux", "L'économie sur les quais", "Le sport des clubs ce week-end", "Sorties sur la côte", "Lettres depuis le quai"],
               cookie="Comme la plupart des sites d'information, nous déposons des cookies sur votre appareil : quelques-uns font tourner le site, les autres nous disent quels articles sont lus et choisissent les publicités qui paient nos journalistes. Acceptez-les tous, refusez les facultatifs ou décidez finalité par finalité.",
               accept="Oui, accepter les cookies", reject="Refuser les cookies facultatifs", share="Partagez-le avec quelqu'un de la côte",
               related="Encore de la côte aujourd'hui", newsletter="La côte à 18 h : notre lettre gratuite du soir",
               subscribe="Envoyez-moi la lettre du soir", email="vous@votremessagerie.example.org",
               comment_note="Connectez-vous ou créez un compte pour publier un commentaire.",
               closed="Nous avons fermé les commentaires de cet article.",
               footer=["Qui écrit le journal et comment nous joindre", "Là où nous nous sommes trompés : le registre des rectificatifs", "Vos choix de cookies et la protection de vos données", "Passer une annonce dans le journal et sur le site", "Le règlement intérieur pour les lecteurs du site"],
               rights="Aucune partie de ce site ne peut être copiée ou republiée sans l'autorisation écrite de l'éditeur.",
               commenters=[("quai_marcel", "Content de voir ce sujet enfin bien traité."),
                           ("Jeannine de la rue de la Chapelle", "Quelqu'un sait s'il y aura une réunion là-dessus ?")]),
    "es": dict(nav=["Noticias de la costa y del interior", "Nuestros pueblos de puerto", "Del pleno y los juzgados", "Negocios en el muelle", "Deporte de clubes este fin de semana", "Escapadas por la costa", "Tus cartas al director"],
               cookie="Como casi todas las webs de noticias, dejamos cookies en tu dispositivo: unas pocas mantienen la web en marcha y el resto nos dice qué noticias se leen y elige los anuncios que pagan a nuestros periodistas. Acéptalas todas, rechaza las opcionales o decide finalidad por finalidad.",
               accept="Sí, aceptar las cookies", reject="Rechazar las cookies opcionales", share="Compártela con alguien de la costa",
               related="Más de la costa hoy", newsletter="La costa a las seis: nuestro boletín gratuito de la tarde",
               subscribe="Mandadme el boletín de la tarde", email="tu@tubuzon.example.org",
               comment_note="Entra o regístrate para publicar un comentario.",
               closed="Los comentarios de este reportaje ya están cerrados, gracias a quienes participasteis.",
               footer=["Quién escribe el periódico y cómo contactar", "Dónde nos equivocamos: registro de correcciones", "Tus opciones de cookies y cómo cuidamos tus datos", "Anunciarse en el periódico y en la web", "Normas de la casa para los lectores de esta web"],
               rights="Ninguna parte de esta web puede copiarse ni volver a publicarse sin permiso escrito del editor.",
               commenters=[("muelle_chema", "Mira que ha costado, pero por fin lo cuenta alguien bien"),
                           ("Loli la de la calle Capilla", "¿Alguien sabe si habrá reunión para hablar de esto?")]),
    "ru": dict(nav=["Новости побережья и глубинки", "Наши портовые посёлки", "С заседаний советов и из судов", "Бизнес на причале", "Клубный спорт в эти выходные", "Куда съездить на побережье", "Письма с причала"],
               cookie="Этот сайт сохраняет на вашем устройстве небольшие файлы. Одни нужны для его работы, другие показывают нам, какие материалы читают, и выводят рекламу, из которой мы платим корреспондентам. Вы можете согласиться, отказаться от необязательных или выбрать для каждой цели отдельно.",
               accept="Да, принять cookie", reject="Отказаться от необязательных cookie", share="Поделитесь с кем-нибудь на побережье",
               related="Ещё с побережья сегодня", newsletter="Побережье в шесть: наша бесплатная вечерняя рассылка",
               subscribe="Присылайте мне вечернюю рассылку", email="vy@vash-yashchik.example.org",
               comment_note="Чтобы написать комментарий, войдите в аккаунт или создайте новый",
               closed="Комментарии под этим репортажем закрыты, спасибо всем, кто участвовал.",
               footer=["Кто пишет газету и как с нами связаться", "Где мы ошиблись: журнал поправок", "Ваш выбор cookie и как мы бережём данные", "Реклама в газете и на сайте района", "Правила для читателей этого сайта"],
               rights="Никакая часть этого сайта не может копироваться или перепубликовываться без письменного разрешения издателя.",
               commenters=[("причал_Витя", "Наконец-то об этом написали как следует."),
                           ("Зина с Часовенной", "Кто знает, будет ли по этому поводу собрание?")]),
}
UI47 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"ru": "ЕЩЁ В «СВЕТЛОРЕЧЕНСКИХ ВЕСТЯХ»:"},  # the regional layout's inline links
    (mp2, "BIO"): {"ru": "{name} пишет для «{site}» о реке, лесе и охране природы, ведёт рубрику «{section}». Письма: priroda@example.org"},
    (mp4, "READMORE"): {"en": "ALSO IN THE STANDARD:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"ru": dict(also="Читайте также в «Кедровском крае»")},
    (mp6, "TYPO3"): {"fr": dict(ext="Vidéo de l'intercommunalité, hébergée sur Vimeo", note="Une vidéo de la médiathèque intercommunale est intégrée ici. Elle ne se charge depuis Vimeo qu'après votre accord ; des données sont alors transmises à Vimeo.",
                                button="J'accepte, charger la vidéo de la médiathèque", by="Propos recueillis par", search="Chercher dans L'Écho des Causses",
                                lang_menu="L'Écho en occitan")},
    (mp7, "SANITY"): {"de": dict(nl_title="Lindhorst am Abend", nl_text="Was heute in Bad Lindhorst und im Kreis passiert ist, jeden Abend um sechs im Postfach.",
                                 nl_button="Lindhorst am Abend bestellen", nl_placeholder="Ihre Adresse für Lindhorst am Abend")},
    (mp11, "HUGO"): {"tr": dict(nl_title="Karagöl'de bu hafta", nl_text="Göl, köyler ve ilçe meclisi: haftanın özeti her cuma akşamı e-postanızda.",
                                nl_label="Karagöl'de bu hafta için e-posta adresiniz", nl_button="Karagöl'de bu haftayı alayım")},
    (mp13, "PUB_NAV"): {"es": ["Lo último de los Cuadernos", "Oficios que se apagan", "Pueblos del Alto Jalón", "Sobre estos cuadernos"]},
    (mp13, "TEASERS"): {"es": TEASERS["es"]},
    (mp19, "UCOZ"): {"tr": dict(domain="ucoz.net", slogan="Yazıbaşı Köyü: konaktan, camiden ve meydandan haberler",
                                menu=["Yazıbaşı ana sayfa", "Yazıbaşı'ndan haberler", "Dernekten duyurular", "Konak ve imece", "Yazıbaşı'ndan kareler", "Sitenin gönüllüsüne yazın"],
                                cats=["Yazıbaşı'ndan haberler", "Dernekten duyurular", "Konak ve imece"],
                                friends=["Yazıbaşı Köyü Kalkındırma Derneği", "Yazıbaşı Şehit Er İlkokulu", "Yazıbaşı Gençlik Spor"],
                                footer="Yazıbaşı Köyü © 2026 · köy derneği gönüllüleri tarafından hazırlanır",
                                poster="yazibasi_dernek", tags=["konak çatısı", "imece 2026"],
                                commenters=[("Nazmiye_Teyze", "Allah razı olsun, konak eski haline kavuştu. Hayıra biz de geliyoruz."),
                                            ("ankaradaki_Selim", "Gurbetten selamlar, makbuzu derneğe yazdım, teşekkürler.")],
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
# the new layout: a Jekyll static site (a customised minima-style theme: includes for head, header and footer, the
# post layout with kramdown's output, a Disqus comments placeholder, a small cookie notice script)
# --------------------------------------------------------------------------
# the platform's and the theme's generic strings as the developers leave them (jekyll-seo-tag, minima's markup, the
# Disqus embed code's noscript line), per language (not checked: they recur on any such site)
JEKYLL_CORE = {
    "en": dict(html_lang="en-GB", og_locale="en_GB", generator="Jekyll v4.3.4", seo="v2.8.0",
               disqus_noscript="Please enable JavaScript to view the", disqus_link="comments powered by Disqus.",
               months=["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
               date_fmt="{M} {d}, {y}"),
    "es": dict(html_lang="es-ES", og_locale="es_ES", generator="Jekyll v4.3.4", seo="v2.8.0",
               disqus_noscript="Please enable JavaScript to view the", disqus_link="comments powered by Disqus.",
               months=["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."],
               date_fmt="{d} {M} {y}"),
}
# the sites' own strings: host, the Disqus shortname, the navigation pages (titles and slugs), the categories the
# posts are filed under, the contact address, social accounts, the footer description, the cookie notice, box titles
JEKYLL = {
    "Porthcarrow Tidings": dict(
        domain="porthcarrowtidings.example.org", disqus="porthcarrow-tidings",
        nav=["About the Tidings", "Harbour and boats", "From the parish council", "What's on in the village", "Tide tables", "Send us your news"],
        slugs=["about", "harbour", "parish", "whats-on", "tides", "contribute"],
        categories=["Harbour", "Lifeboat", "Village", "Parish matters", "Coming up"],
        email="editor@porthcarrowtidings.example.org", social=[("facebook", "PorthcarrowTidings"), ("instagram", "porthcarrow.tidings")],
        description="News from Porthcarrow, Gull Point and the Carrow valley, written and photographed by volunteers since 2011.",
        printed="The Tidings is printed once a month at the village hall. Donations keep the printer going.",
        related_title="More from around the harbour", comments_title="Have your say on the Tidings",
        cookie_text="We use a couple of cookies to count visitors and to load the comments, nothing else.",
        cookie_button="That's fine, hide this", cookie_more="What we keep and why"),
    "El Faro de Calaventosa": dict(
        domain="elfarodecalaventosa.example.org", disqus="elfaro-calaventosa",
        nav=["Quiénes hacemos El Faro", "El puerto y la mar", "Desde el concejo", "Agenda del pueblo", "Tabla de mareas", "Mándanos tu noticia"],
        slugs=["quienes-somos", "puerto", "concejo", "agenda", "mareas", "colabora"],
        categories=["Puerto", "Playas", "Concejo", "Vecinos", "Próximas citas"],
        email="redaccion@elfarodecalaventosa.example.org", social=[("facebook", "ElFaroCalaventosa"), ("instagram", "elfaro.calaventosa")],
        description="Noticias de Calaventosa y de su costa, contadas por sus vecinos desde 2014.",
        printed="El Faro sale en papel el primer domingo de cada mes y se reparte gratis en el bar del puerto.",
        related_title="Más noticias del pueblo", comments_title="Deja tu opinión en El Faro",
        cookie_text="Solo usamos un par de cookies para contar visitas y cargar los comentarios.",
        cookie_button="Vale, ocultar el aviso", cookie_more="Qué guardamos y por qué"),
}
JEKYLL_EXEMPT = {"domain", "disqus", "slugs", "social", "email"}


def kramdown_id(text):
    """A heading id as kramdown's auto_ids make it (no transliteration: other letters are dropped)."""
    s = re.sub(r"^[^a-zA-Z]+", "", text)
    s = re.sub(r"[^a-zA-Z0-9 -]", "", s).replace(" ", "-").lower()
    return s or "section"


def jekyll_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    c = JEKYLL_CORE[lang]
    return c["date_fmt"].replace("{M}", c["months"][m - 1]).replace("{d}", str(d)).replace("{y}", str(y))


def jekyll_block(kind, val, ids):
    """One block of the post as kramdown renders the Markdown."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        hid = kramdown_id(val)
        k = 1
        while hid in ids:  # kramdown numbers a repeated id
            hid = "%s-%d" % (kramdown_id(val), k)
            k += 1
        ids.add(hid)
        return '<h2 id="%s">%s</h2>' % (hid, E(val))
    if kind == "q":
        return "<blockquote>\n  <p>%s</p>\n</blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("  <li>%s</li>" % mp.inline_html(v) for v in val), kind)


MINIMA_MENU_SVG = ('<svg viewBox="0 0 18 15" width="18px" height="15px"><path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 '
                   'h15.032C17.335,0,18,0.665,18,1.484L18,1.484z M18,7.516C18,8.335,17.335,9,16.516,9H1.484C0.665,9,0,8.335,0,7.516l0,0 c0-0.82,0.665-1.483,1.484-1.483'
                   'h15.032C17.335,6.031,18,6.696,18,7.516L18,7.516z M18,13.516C18,14.335,17.335,15,16.516,15H1.484 C0.665,15,0,14.335,0,13.516l0,0c0-0.82,0.665-1.483,1.484-1.483'
                   'h15.032C17.335,12.031,18,12.695,18,13.516L18,13.516z"/></svg>')


def tpl_jekyll(art, ui, site, placed, rng):
    # a post of a Jekyll site with a customised minima-style theme (see the module docstring)
    lang, n, blocks = art["lang"], len(art["blocks"]), art["blocks"]
    c, s = JEKYLL_CORE[lang], JEKYLL[site]
    host = "https://" + s["domain"]
    y, m, d = art["date"].split("-")
    cat = art["section"]
    cat_slug = mp13.medium_slug(cat, 30).lower()
    post_slug = mp13.medium_slug(art["title"], 60).lower()
    path = "/%s/%s/%s/%s/%s.html" % (cat_slug, y, m, d, post_slug)
    url = host + path
    hh, mi = rng.randint(6, 21), rng.randint(0, 59)
    tz = "+01:00" if lang == "en" else "+02:00"  # summer time in Britain and in Spain
    iso = "%sT%02d:%02d:00%s" % (art["date"], hh, mi, tz)
    shown = jekyll_date(lang, art["date"])
    img_file = mp13.medium_slug(art["caption"], 40).lower()
    heads = rng.sample(HEADLINES[lang], 3)
    months_back = [(int(m) - k - 1) % 12 + 1 for k in range(3)]

    # the post's content as kramdown renders it: the figure include at the top, then the blocks, with the HTML the
    # editors pasted into the Markdown where they put it
    ids = set()
    parts = ['<figure class="post-figure">\n  <img src="/assets/img/%s/%s.jpg" alt="%s" loading="lazy" />\n  <figcaption>%s <span class="post-figure__credit">%s</span></figcaption>\n</figure>'
             % (y, img_file, A(art["caption"]), E(art["caption"]), E(art["credit"]))]
    for i in range(n + 1):
        parts.extend(placed.get(i, []))
        if i < n:
            parts.append(jekyll_block(blocks[i][0], blocks[i][1], ids))
    content = "\n".join(parts)

    related = "\n".join('      <li><a href="/%s/%s/%02d/%s.html">%s</a> <span class="post-meta">%s</span></li>' % (
        mp13.medium_slug(rng.choice(s["categories"]), 30).lower(), y, mm, mp13.medium_slug(t, 50).lower(), E(t),
        E(jekyll_date(lang, "%s-%02d-%02d" % (y, mm, rng.randint(1, 28))))) for t, mm in zip(heads, months_back))
    nav = "".join('<a class="page-link" href="/%s/">%s</a>' % (sl, E(t)) for t, sl in zip(s["nav"], s["slugs"]))
    social = "".join('<li><a rel="me" href="https://www.%s.com/%s" title="%s"><svg class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#%s"></use></svg></a></li>'
                     % (net, user, net, net) for net, user in s["social"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "BlogPosting", "author": {"@type": "Person", "name": art["byline"]},
                     "dateModified": iso, "datePublished": iso, "description": art["sub"], "headline": art["title"],
                     "image": host + "/assets/img/%s/%s.jpg" % (y, img_file),
                     "mainEntityOfPage": {"@type": "WebPage", "@id": url},
                     "publisher": {"@type": "Organization", "logo": {"@type": "ImageObject", "url": host + "/assets/img/logo.png"}, "name": site},
                     "url": url}, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    ident = "/%s/%s/%s/%s/%s" % (cat_slug, y, m, d, post_slug)
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}"><head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag {c["seo"]} -->
<title>{E(art["title"])} | {E(site)}</title>
<meta name="generator" content="{c["generator"]}" />
<meta property="og:title" content="{A(art["title"])}" />
<meta name="author" content="{A(art["byline"])}" />
<meta property="og:locale" content="{c["og_locale"]}" />
<meta name="description" content="{A(art["sub"])}" />
<meta property="og:description" content="{A(art["sub"])}" />
<link rel="canonical" href="{url}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{A(site)}" />
<meta property="og:image" content="{host}/assets/img/{y}/{img_file}.jpg" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="{iso}" />
<meta name="twitter:card" content="summary_large_image" />
<meta property="twitter:title" content="{A(art["title"])}" />
<script type="application/ld+json">
{ld}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="{host}/feed.xml" title="{A(site)}" /></head>
<body><header class="site-header" role="banner">

  <div class="wrapper"><a class="site-title" rel="author" href="/">{E(site)}</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger">
          <span class="menu-icon">
            {MINIMA_MENU_SVG}
          </span>
        </label>

        <div class="trigger">{nav}</div>
      </nav></div>
</header>
<main class="page-content" aria-label="Content">
      <div class="wrapper">
        <article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">

  <header class="post-header">
    <h1 class="post-title p-name" itemprop="name headline">{E(art["title"])}</h1>
    <p class="post-meta">
      <time class="dt-published" datetime="{iso}" itemprop="datePublished">{E(shown)}
      </time>• <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">{E(art["byline"])}</span></span> • <a class="post-category" href="/{cat_slug}/">{E(cat)}</a></p>
    <p class="post-summary p-summary">{E(art["sub"])}</p>
  </header>

  <div class="post-content e-content" itemprop="articleBody">
    {content}

  </div>
  <aside class="related-posts">
    <h2 class="related-posts__title">{E(s["related_title"])}</h2>
    <ul class="related-posts__list">
{related}
    </ul>
  </aside>
  <section class="comments">
    <h2 class="comments__title">{E(s["comments_title"])}</h2>
    <div id="disqus_thread"></div>
    <script>
      var disqus_config = function () {{
        this.page.url = '{url}';
        this.page.identifier = '{ident}';
      }};
      (function() {{
        var d = document, s = d.createElement('script');
        s.src = 'https://{s["disqus"]}.disqus.com/embed.js';
        s.setAttribute('data-timestamp', +new Date());
        (d.head || d.body).appendChild(s);
      }})();
    </script>
    <noscript>{E(c["disqus_noscript"])} <a href="https://disqus.com/?ref_noscript" rel="nofollow">{E(c["disqus_link"])}</a></noscript>
  </section><a class="u-url" href="{path}" hidden></a>
</article>

      </div>
    </main><footer class="site-footer h-card">
  <data class="u-url" href="/"></data>

  <div class="wrapper">

    <h2 class="footer-heading">{E(site)}</h2>

    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1">
        <ul class="contact-list">
          <li class="p-name">{E(site)}</li><li><a class="u-email" href="mailto:{s["email"]}">{s["email"]}</a></li></ul>
      </div>

      <div class="footer-col footer-col-2"><ul class="social-media-list">{social}</ul>
</div>

      <div class="footer-col footer-col-3">
        <p>{E(s["description"])}</p>
        <p>{E(s["printed"])}</p>
      </div>
    </div>

  </div>

</footer>
<div id="cookie-notice" class="cookie-notice" hidden><span class="cookie-notice__text">{E(s["cookie_text"])}</span> <a class="cookie-notice__more" href="/{s["slugs"][0]}/#cookies">{E(s["cookie_more"])}</a> <button id="cookie-notice-accept" class="cookie-notice__btn" type="button">{E(s["cookie_button"])}</button></div>
<script>
  (function () {{
    var box = document.getElementById('cookie-notice');
    if (document.cookie.indexOf('cookie-notice-dismissed=true') === -1) {{ box.hidden = false; }}
    document.getElementById('cookie-notice-accept').addEventListener('click', function () {{
      document.cookie = 'cookie-notice-dismissed=true; path=/; max-age=' + 60 * 60 * 24 * 365;
      box.hidden = true;
    }});
  }})();
</script>
</body>

</html>
'''

# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"jekyll": ["caption", "related"]}  # the figure include at the top of the post, the related-posts include
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "surf", "firedanger", "angling"]
NEW_FAMILIES = ["surf", "firedanger", "angling"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"surf": ["surf forecast", "surf report", "wave height", "wave forecast", "swell", "sea temperature"],
                    "firedanger": ["fire danger", "fire-danger", "wildfire", "burning ban", "report a fire", "fire risk"],
                    "angling": ["angling", "angler", "day ticket", "catch report", "fishing licence", "rod licence"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village, neighbourhood, volunteer or club website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio", "print"}
# a town hall's or municipality's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY}
# of a family, only these wordings on a kind of site (none needed in this part)
KIND_WORDING = {}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), definition lists and tables
STYLES = {
    "cookie": ['<div class="consent-locked-frame"><p class="consent-locked-frame__note">%s</p><button class="consent-locked-frame__btn" type="button">OK</button></div>',
               '<p class="consent-locked-line">%s</p>', '<p><em>%s</em></p>'],
    "newsletter": ['<div class="six-oclock-mail-box"><p class="six-oclock-mail-box__pitch">%s</p><a class="six-oclock-mail-box__go" href="/evening">&#8594;</a></div>',
                   '<p class="freebie-meter-note">%s</p>', '<h4 class="six-oclock-mail-hd">%s</h4>', '<p><b><a href="/back-us">%s</a></b></p>'],
    "share": ['<ul class="nudge-a-neighbour-nets">{items}</ul>', '<div class="nudge-a-neighbour-line">%s</div>', '<p><a href="#pass-along">%s</a></p>'],
    "photo": ['<p class="image-lender-note">%s</p>', '<span class="image-lender-tag">%s</span>', '<p><small><i>%s</i></small></p>'],
    "copyright": ['<p class="licence-needed-line">%s</p>', '<div class="licence-needed-box"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="shore-beat-line">%s</p>', '<h5 class="shore-beat-hd">%s</h5>', '<p><strong>%s</strong></p>'],
    "symbol": ['<p class="tide-ornament">%s</p>', '<div class="tide-ornament-row">%s</div>', '<p style="text-align:center;">%s</p>'],
    "credit": ['<p class="coast-desk-credit">%s</p>', '<div class="picture-team-credit">%s</div>', '<p><i><small>%s</small></i></p>'],
    "title": ['<p class="hed-reprint-p"><b>%s</b></p>', '<h2 class="hed-reprint-h2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="ad-break-label">%s</div>', '<p class="ad-break-caption">%s</p>', '<p><small>%s</small></p>'],
    "continue": ['<p class="read-below-cue"><a href="#after-break">%s</a></p>', '<div class="show-rest-toggle">%s</div>', '<p><a href="#after-break">%s</a></p>'],
    "comments": ['<p class="comment-jump-link"><a href="#reader-talk">%s</a></p>', '<div class="comment-jump-pill">%s</div>', '<p><a href="#reader-talk">%s</a></p>'],
    "readtime": ['<p class="read-duration-line">%s</p>', '<span class="read-duration-chip">%s</span>', '<p><em>%s</em></p>'],
    "updated": ['<p class="revision-trail-stamp"><time>%s</time></p>', '<div class="revision-trail-row">%s</div>', '<p><small>%s</small></p>'],
    "audio": ['<div class="listen-edition-bar"><button class="listen-edition-bar__btn" aria-label="Play"></button><span class="listen-edition-bar__txt">%s</span></div>',
              '<p class="listen-edition-link"><a href="#spoken">%s</a></p>', '<p><a href="#spoken">%s</a></p>'],
    "correction": ['<aside class="error-fixed-box"><p>%s</p></aside>', '<p class="error-fixed-note"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "app": ['<div class="mobile-alerts-strip"><p class="mobile-alerts-strip__copy">%s</p><a class="mobile-alerts-strip__get" href="/get-app">&#8595;</a></div>',
            '<p class="mobile-alerts-line">%s</p>', '<p><b>%s</b></p>'],
    "bio": ['<div class="byline-foot-card"><p class="byline-foot-card__txt">%s</p></div>', '<p class="byline-foot-line"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "tip": ['<div class="send-a-lead-box"><p class="send-a-lead-box__txt">%s</p></div>', '<p class="send-a-lead-line">%s</p>', '<p><em>%s</em></p>'],
    "typo": ['<div class="report-slip-box"><p>%s</p></div>', '<p class="report-slip-line">%s</p>', '<p><small><em>%s</em></small></p>'],
    "push": ['<div class="ping-optin-card"><p class="ping-optin-card__q">%s</p></div>', '<p class="ping-optin-line">%s</p>', '<p><b>%s</b></p>'],
    "print": ['<ul class="print-this-view-tools">{items}</ul>', '<p class="print-this-view-link"><a href="?view=printable">%s</a></p>',
              '<p><a href="?view=printable">%s</a></p>'],
    "feedback": ['<div class="useful-or-not-box"><p class="useful-or-not-box__q">%s</p></div>', '<p class="useful-or-not-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="press-body-footnote"><p>%s</p></div>', '<p class="press-body-line"><small>%s</small></p>', '<p><em>%s</em></p>'],
    "topics": ['<div class="subject-tag-rail"><span class="subject-tag-rail__txt">%s</span></div>', '<p class="subject-tag-note">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="weekend-save-star"><a class="weekend-save-star__btn" href="#kept">%s</a></div>',
                 '<p class="weekend-save-star-link"><a href="#kept">%s</a></p>', '<p><a href="#kept">%s</a></p>'],
    "poll": ['<div class="quick-vote-panel-box"><p class="quick-vote-panel-box__q">%s</p><button class="quick-vote-panel-box__vote" type="button">&#10003;</button></div>',
             '<h5 class="quick-vote-panel-hd">%s</h5>', '<p><small>%s</small></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/T{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/T{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-lite-shell"><a class="yt-lite-shell__play" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}">%s</a></p>'],
    "gallery": ['<div class="album-lightbox-cta"><a class="album-lightbox-cta__link" href="#slides">%s</a></div>',
                '<p class="album-lightbox-count">%s</p>', '<p><b>%s</b></p>'],
    "map": ['<div class="osm-iframe-shell"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="620" height="350" loading="lazy"></iframe><p class="osm-iframe-shell__links">%s</p></div>',
            '<figure class="locator-still-figure"><img src="/maps/{k}.png" alt="" width="620" height="380"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    "calendar": ['<ul class="add-to-diary-links">{items}</ul>', '<p class="diary-file-link"><a href="/events/{k}.ics">%s</a></p>',
                 '<div class="diary-export-bar"><span class="diary-export-bar__label">%s</span></div>'],
    "scores": ['<div class="fixtures-hub-link"><a class="fixtures-hub-link__main" href="/sport/scores">%s</a></div>',
               '<ul class="fixtures-hub-tabs">{items}</ul>', '<p><a href="/sport/scores"><b>%s</b></a></p>'],
    # the three families new in this part ({surfrows}: this morning's conditions; {surftable}: the next three days;
    # {firerows}: today's danger by area; {firetable}: the bans; {catchrows}: this week's catches; {watertable}: the
    # water conditions)
    "surf": ['<div class="surf-check-card"><h4 class="surf-check-card__hd">%s</h4><dl class="surf-check-card__stats">{surfrows}</dl></div>',
             '<p class="surf-forecast-link"><a href="/coast/surf-forecast">%s</a></p>',
             '<table class="swell-outlook-table"><caption>%s</caption>{surftable}</table>',
             '<div class="sea-temp-pill"><span class="sea-temp-pill__icon" aria-hidden="true">&#127754;</span> <span class="sea-temp-pill__txt">%s</span></div>'],
    "firedanger": ['<div class="fire-danger-meter"><h4 class="fire-danger-meter__hd">%s</h4><ul class="fire-danger-meter__areas">{firerows}</ul></div>',
                   '<p class="burn-ban-link"><a href="/environment/fire-bans">%s</a></p>',
                   '<table class="burn-ban-table"><caption>%s</caption>{firetable}</table>',
                   '<p class="report-fire-line"><strong>%s</strong></p>'],
    "angling": ['<div class="catch-report-box"><h4 class="catch-report-box__hd">%s</h4><dl class="catch-report-box__waters">{catchrows}</dl></div>',
                '<p class="day-permit-link"><a href="/angling/permits">%s</a></p>',
                '<table class="water-state-table"><caption>%s</caption>{watertable}</table>',
                '<p class="club-water-rules"><small>%s</small></p>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <i>(%s)</i>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/evening"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#pass-along">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "angling": (0.6, ['<br><a href="/angling/permits"><b>%s</b></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# "buy a day ticket" link, not the box's heading, the water table's caption or the rules note)
INLINE_WORDING = {"newsletter": 0, "angling": 1}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="story-inset-snapshot"><img src="/media/{id}-mid.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-b.jpg" alt="" width="640"><br><em>{cap} – {cr}</em></p>']
RELATED_STYLES = ['<div class="more-on-this-panel"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="backstory-links"><p class="backstory-links__hd">%s</p><ul>%s</ul></aside>',
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


def widget_rows(style, lang, rng, art):
    """The rows of a widget's list or table, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))
    return (style.replace("{surfrows}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in SURF_ROWS[lang]))
            .replace("{surftable}", table(SURF_HEAD[lang], SURF_DAYS[lang]))
            .replace("{firerows}", "".join('<li><span class="fire-danger-meter__area">%s</span> <span class="fire-danger-meter__level">%s</span></li>'
                                           % (esc(a), esc(b)) for a, b in FIRE_ROWS[lang]))
            .replace("{firetable}", table(FIRE_HEAD[lang], FIRE_BANS[lang]))
            .replace("{catchrows}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in CATCH_ROWS[lang]))
            .replace("{watertable}", table(WATER_HEAD[lang], WATER_ROWS[lang])))


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
            idx, text = pick(rng, fam, lang, site, art, KIND_WORDING.get((art.get("kind"), fam)))
        pos = {"section": rng.choice([0, 0, mid]), "credit": rng.choice([0, n]), "copyright": n,
               "share": rng.choice([mid, n]), "photo": rng.choice([0, mid]), "comments": rng.choice([0, n]),
               "readtime": 0, "updated": rng.choice([0, n]), "audio": rng.choice([0, mid]),
               "correction": rng.choice([0, n]), "app": rng.choice([mid, n]), "bio": n,
               "tip": rng.choice([mid, n]), "typo": n, "push": rng.choice([0, mid]),
               "print": rng.choice([0, n]), "moderation": n, "feedback": n, "standards": rng.choice([0, n]),
               "topics": n, "bookmark": rng.choice([0, n]), "poll": rng.choice([mid, n]), "embed": mid,
               "gallery": rng.choice([0, mid]), "map": mid, "calendar": rng.choice([mid, n]),
               "scores": rng.choice([0, mid, n]), "surf": rng.choice([0, mid, n]),
               "firedanger": rng.choice([0, mid, mid]), "angling": rng.choice([mid, n, n])}.get(fam, mid)
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
DROPCAP = {"jekyll": ("class", "drop-cap"),  # a kramdown block attribute ({: .drop-cap}) the editors type
           "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"jekyll": ("wrap", '<div class="note-box">\n', "\n</div>"),
       "gutenberg": ("wrap", '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "drupal": ("class", "encadre-info"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--shell">\n', "\n</div>")}
FACTBOX = {"jekyll": ("wrap", '<aside class="facts-aside">\n', "\n</aside>"),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">🔧</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="ny pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"jekyll": ("<mark>", "</mark>"), "quintype": ('<mark>', "</mark>")}


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
# templates: jekyll is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"jekyll": tpl_jekyll, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h46), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "jekyll"


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
            rng = random.Random("newsflow-heldout47-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI47[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 47) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h46), labels, furniture strings,
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
                       mp41.R, [v for v in mp41.SITE_STRINGS.values()], mp41.SS, mp41.UI_NEW, mp41.TEASERS,
                       mp41.HYGIENE_NEAR, [v for _, v in mp41.WIDGET_ROWS],
                       mp42.R, [v for v in mp42.SITE_STRINGS.values()], mp42.PW, mp42.UI_NEW, mp42.TEASERS,
                       [v for _, v in mp42.WIDGET_ROWS],
                       mp43.R, [v for v in mp43.SITE_STRINGS.values()], mp43.CONCRETE, mp43.UI_NEW, mp43.TEASERS,
                       [v for _, v in mp43.WIDGET_ROWS], mp43.POWER_EXTREMES,
                       mp44.R, [v for v in mp44.SITE_STRINGS.values()], mp44.LR, mp44.UI_NEW, mp44.TEASERS,
                       [v for _, v in mp44.WIDGET_ROWS],
                       mp45.R, [v for v in mp45.SITE_STRINGS.values()], mp45.NEOS, mp45.UI_NEW, mp45.TEASERS,
                       [v for _, v in mp45.WIDGET_ROWS],
                       mp46.R, [v for v in mp46.SITE_STRINGS.values()], mp46.MGNL, mp46.UI_NEW, mp46.TEASERS,
                       [v for _, v in mp46.WIDGET_ROWS],
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
    # layouts: jekyll (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h45 or h46 gave it
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
    # the jekyll pages: a site of JEKYLL in the page's language, a category of the site; sites of the other pages
    for a in ARTICLES:
        if a["tpl"] == "jekyll" and (a.get("site") not in JEKYLL or a["lang"] not in JEKYLL_CORE
                                     or a["section"] not in JEKYLL[a["site"]]["categories"]):
            problems.append("%s: jekyll page needs a Jekyll site and one of its categories" % a["id"])
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
    jekyll_sites = [{k: v for k, v in d.items() if k not in JEKYLL_EXEMPT} for d in JEKYLL.values()]
    # (JEKYLL_CORE, the platform's and the theme's generic strings, is left as the developers left it)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("JEKYLL", jekyll_sites), ("UI_NEW", UI_NEW)):
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
