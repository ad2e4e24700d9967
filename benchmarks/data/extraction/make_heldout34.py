#!/usr/bin/env python3
"""Thirty-fourth held-out part (h34-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout34.py           # write pages/h34-*.html
    python benchmarks/data/extraction/make_heldout34.py --check   # verify pages/h34-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout34.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the files of this directory were read).  Stories are in
articles_h34_en.py / articles_h34_intl.py; the residue wordings (thirty-eight of the generic families of the earlier
parts plus three new ones: betting-odds widgets in sports stories -- match odds, the gambling-harm line, the betting
partner's call to action --, duty-pharmacy finders in stories about health services -- tonight's open pharmacies with
their hours, the finder's postcode box, the out-of-hours doctor --, and motoring-portal widgets in stories about cars
and driving -- used cars for sale nearby with their adverts, car valuations, insurance comparison), their wrapper
class names, related headlines, site names, the sites' own strings in the earlier layouts and the first-round
furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of
make_heldout2..33 (make_heldout33 was written at the same time by another writer; its new families -- election
results, news quizzes, market-price trackers -- are none of these three), nor their labels, furniture strings,
headlines or site names; verify() refuses to build if one is reused, if a "new" family is already in an earlier pool,
family list or template family, if a story paragraph or headline of an earlier part recurs, if a headline is also a
story paragraph, or if a body is outside 150-400 words.  Every name and number is fictional.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story): odds widgets on five sports stories (a non-league cup semi-final, a darts qualifier, an amateur football
play-off, a handball cup quarter-final, an ice-hockey semi-final; each also carries the score-centre links), pharmacy
finders on four stories about health services (a by-election fought over a closing health centre, a pharmacy night
rota cut to one, a village surgery open two mornings a week, a rural first-aid post to be reopened), motoring widgets
on four stories about cars and driving (a village petrol station closing, fuel sold at cost, a car registration
office going appointment-only, a vehicle inspection station's new hours).  Earlier families that need a reason in
the story are placed the same way (a calendar row on a bin-collection story and a library's programme, a map on a
petrol station and a water-outage service, a gallery and a translation note on a feature translated from Welsh,
score-centre links on sports stories); the other generic families are balanced over the part, leaving out those the
page's site would not print (the story's "kind": a public body, a club site, an independent publication on a
platform); a correction box goes only on a story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes, bars and widgets,
bare <p> / <div> lines as pasted by editors, headings, links, lists, spans and tables, and, for a few families, a line
run into the end of a story paragraph or a bold section tag run into the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop-cap first
paragraphs (a Tailwind first-letter utility on the Nuxt pages, the block editor's has-drop-cap class, a Sanity
serializer's class, a magazine's own class), whole paragraphs in bold or italics, a highlighted sentence, a paragraph
in a coloured box (a rich-text box with utility classes, a block-editor group, a Drupal CKEditor style class, a
magazine panel), a subheading and its list in a fact box, a Ghost callout card, and a paragraph typed after a <br>
inside the one before it.  With emphasis, this part also sets story STRUCTURES that look like furniture but are the
story: interviews in question-and-answer form (the questions in bold, some of them two or three words long), bulleted
and numbered lists inside the story (steps starting with a verb, short items without a full stop, results, prices,
dates), short crossheads in the middle of the story ("What changes in April", "Ce qui change le 1er mars", "Was sich
für Autofahrer ändert", "Lo que cambia", "Что изменится с 1 марта", "Yeni nöbet düzeni"; the bare "What changes" and
its translations are paragraphs of earlier parts), some as <h2>/<h3>, some as a bold <p>, and story sentences about
subscribing, sharing,
following, newsletters, apps, cookies or advertising as part of the news, placed at the end of the story where
furniture usually sits (a council asking residents to follow its page, a cricket club asking the village to subscribe
to its channel, a regulator's findings on tracking cookies, a village paper that takes no advertising, a library's
newsletter, a club's Telegram channel, an inspection station's booking app, a registration office's app).
One page layout is new (nuxt: a Vue 3 / Nuxt 3 server-rendered news site, as a regional daily's relaunch serves it,
on two pages, an English and a German one: the head with Nuxt's entry stylesheet, module preloads and the Unhead
meta and JSON-LD tags; div#__nuxt with Vue's fragment comments, the layout and page components with their
data-v-xxxxxxxx scoped-style attributes and Tailwind utility classes (mx-auto max-w-3xl, prose prose-lg, ...), the
sticky header with the top bar, logo, menu and account buttons, the breadcrumb, the article header (section link,
h1, standfirst, byline with reading time), the lead picture through Nuxt Image, then the article body as a series of
components: rich-text components (div.rich-text, the CMS's rich text rendered with v-html, so without scope
attributes: <p>, <h2>, lists with <p> inside <li>, as a headless CMS's rich-text renderer writes them), with an
inline teaser component and an ad slot component between them, and whatever the editors and the ad server put in
between; the share bar, tags, related stories and most-read list, the newsletter box and the footer; the
nuxt-cookie-control consent overlay teleported to div#teleports; script#__NUXT_DATA__ with the devalue-flattened
payload (the article with its rich-text components) and the window.__NUXT__ config script).  The front end's generic
interface strings and the consent module's labels (NUXT_CORE, per language) are left as the developers left them and
not checked; the sites' own strings (NUXT: menus, buttons, teaser and box titles, footer texts) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), squarespace (make_heldout5.py), quintype, bitrix
(make_heldout6.py), sanity (make_heldout7.py), hugo (make_heldout11.py) and medium (make_heldout13.py) --, none of
them in the language h31 or h32 gave it (9 English pages, 3 in each other language); while a page is rendered, the
earlier modules' related headlines (HEADLINES, make_pages.RELATED_HEADLINES), the strings that belong to one site
rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves
(make_heldout4.R for the gutenberg consent placeholder and the fusion / chunks ad labels, make_pages.RESIDUE for the
table layout's banner label) are swapped for this part's own, and the templates get this part's furniture strings
(UI34) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout32.py, so that make_pages.py can import this module and merge it the same way.
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
import make_heldout33 as mp33  # noqa: E402  (written at the same time as this part)
from make_pages import E, A, UI  # noqa: E402
from articles_h34_en import ARTICLES as H34_EN  # noqa: E402
from articles_h34_intl import ARTICLES as H34_INTL  # noqa: E402

ARTICLES = H34_EN + H34_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33)
# parts whose layouts' languages this part avoids (the two run before it; h33 was written at the same time)
LANG_PARTS = (mp31, mp32)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Ashcombe & Wyre Gazette", "Harrowby Mercury", "Dunmore Valley Courant", "Marlvale Citizen",
           "Netherby Star", "Ceredig Monthly"],
    "tr": ["Karaçam Gündem", "Güneyyaka Postası"],
    "de": ["Mühlrieder Anzeiger", "Lindenhainer Kurier"],
    "fr": ["Le Courrier de Valbrune", "L'Éveil de Saint-Aubin", "Le Petit Caussenard"],
    "es": ["Noticias de la Vega", "El Alcandés", "La Voz de Los Cerrillos"],
    "ru": ["Зареченский курьер", "Сосновский край", "Вестник Заводска"],
}
# sites fixed per page (a regional daily's relaunch on Nuxt in English and in German, a cricket club on Squarespace,
# an independent newsletter on Medium, a municipality on Drupal) are given in the stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h33 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Turn on social media cookies to see this embedded post",
               "This clip needs your consent to third-party cookies. Review your cookie settings ›"],
        "tr": ["Bu gömülü gönderiyi görmek için sosyal medya çerezlerini açın",
               "Bu klip için üçüncü taraf çerezlerine onay vermeniz gerekiyor. Çerez ayarlarınızı gözden geçirin ›"],
        "de": ["Schalten Sie Social-Media-Cookies ein, um diesen eingebetteten Beitrag zu sehen",
               "Für diesen Clip brauchen wir Ihre Zustimmung zu Drittanbieter-Cookies. Cookie-Einstellungen prüfen ›"],
        "fr": ["Activez les cookies des réseaux sociaux pour voir cette publication intégrée",
               "Ce clip nécessite votre accord pour les cookies tiers. Revoir vos réglages de cookies ›"],
        "es": ["Activa las cookies de redes sociales para ver esta publicación insertada",
               "Este clip necesita tu permiso para las cookies de terceros. Revisa tus ajustes de cookies ›"],
        "ru": ["Включите cookie социальных сетей, чтобы увидеть встроенную публикацию",
               "Для показа ролика нужно ваше согласие на сторонние cookie. Проверить настройки cookie ›"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Sign up for The Vale at Six: tonight's local headlines, free, every weekday evening.",
               "You've used all 5 free stories this month. Subscribe from £1 a week",
               "Can you chip in? Support from readers keeps our reporters on the beat"],
        "tr": ["Akşam Altı bültenine kaydolun: günün yerel manşetleri, hafta içi her akşam ücretsiz.",
               "Bu ayki 5 ücretsiz haber hakkınızı kullandınız. Haftada 10 liradan abone olun",
               "Küçük bir katkı yapar mısınız? Okur desteği muhabirlerimizi sahada tutuyor"],
        "de": ["Abonnieren Sie „Um sechs im Tal“: die Lokalnachrichten des Tages, werktags am Abend, kostenlos.",
               "Ihre 5 freien Artikel für diesen Monat sind aufgebraucht. Abo ab 1 Euro pro Woche",
               "Können Sie etwas beisteuern? Die Unterstützung unserer Leser hält unsere Reporter vor Ort"],
        "fr": ["Inscrivez-vous à « 18 heures au pays » : les titres locaux du jour, gratuits, chaque soir de semaine.",
               "Vous avez épuisé vos 5 articles gratuits du mois. Abonnez-vous dès 1 € par semaine",
               "Un petit geste ? Le soutien des lecteurs garde nos reporters sur le terrain"],
        "es": ["Apúntate a «A las seis»: los titulares locales del día, gratis, cada tarde entre semana.",
               "Ya has leído tus 5 noticias gratis de este mes. Suscríbete desde 1 € a la semana",
               "¿Nos echas una mano? El apoyo de los lectores mantiene a nuestros periodistas en la calle"],
        "ru": ["Подпишитесь на рассылку «В шесть вечера»: главные местные новости дня, бесплатно, по будням.",
               "Вы прочитали все 5 бесплатных статей этого месяца. Подписка от 49 рублей в неделю",
               "Поможете нам? Поддержка читателей позволяет репортёрам работать на местах"],
    },
    "share": {  # the first wording is a list of networks (" · "), printed as one line or as a list
        "en": ["Send it on: Facebook · WhatsApp · Bluesky · Copy link", "Know someone who should see this? Send them the link"],
        "tr": ["Gönderin: Facebook · WhatsApp · Bluesky · Bağlantıyı kopyala", "Bunu görmesi gereken biri var mı? Bağlantıyı ona gönderin"],
        "de": ["Weitergeben: Facebook · WhatsApp · Bluesky · Link kopieren", "Kennt jemand in Ihrem Bekanntenkreis das Thema? Link weiterschicken"],
        "fr": ["Envoyer : Facebook · WhatsApp · Bluesky · Copier le lien", "Ce sujet intéressera peut-être un proche ? Transmettez-lui le lien"],
        "es": ["Envíalo: Facebook · WhatsApp · Bluesky · Copiar enlace", "¿A quién de tu familia le interesa esto? Pásale el enlace"],
        "ru": ["Отправить: ВКонтакте · Telegram · WhatsApp · Скопировать ссылку", "Кому из знакомых это пригодится? Перешлите им ссылку"],
    },
    "photo": {
        "en": ["Picture: handed out by the organising committee", "Photo sent in by a reader, used with permission"],
        "tr": ["Görsel organizatörler tarafından sağlandı", "Okurumuzun gönderdiği fotoğraf, izniyle kullanılmıştır"],
        "de": ["Bild: von den Veranstaltern zur Verfügung gestellt", "Leserfoto, mit Erlaubnis verwendet"],
        "fr": ["Image fournie par les organisateurs", "Photo envoyée par un lecteur, publiée avec son accord"],
        "es": ["Imagen cedida por los organizadores", "Foto enviada por un lector y publicada con su permiso"],
        "ru": ["Изображение: пресс-служба организаторов", "Снимок прислал читатель, публикуется с его разрешения"],
    },
    "copyright": {
        "en": ["© {site} – you may link to this story but not republish it in full without a licence."],
        "tr": ["© {site} – bu habere bağlantı verebilirsiniz, ancak lisans almadan tamamını yeniden yayımlayamazsınız."],
        "de": ["© {site} – Verlinken ist erlaubt, die vollständige Übernahme nur mit Lizenz."],
        "fr": ["© {site} – vous pouvez faire un lien vers cet article, mais pas le reproduire en entier sans licence."],
        "es": ["© {site} – puedes enlazar esta noticia, pero no reproducirla completa sin licencia."],
        "ru": ["© «{site}» — ссылаться на материал можно, перепечатывать целиком — только по лицензии."],
    },
    "section": {  # ({section}: the story's section)
        "en": ["{section} · news as it happens", "Back to {section} ›"],
        "tr": ["{section} · gün boyunca", "{section} sayfasına dön ›"],
        "de": ["{section} · heute aktuell", "Zurück zu {section} ›"],
        "fr": ["{section} · au fil du jour", "Retour à la rubrique {section} ›"],
        "es": ["{section} · lo último", "Volver a {section} ›"],
        "ru": ["{section} · свежее", "Вернуться в рубрику «{section}» ›"],
    },
    "related": {
        "en": ["Missed these? From the last few days", "More on this from our newsroom"],
        "tr": ["Son günlerden kaçırmış olabilecekleriniz", "Bu konuda haber merkezimizden daha fazla haber"],
        "de": ["Aus den letzten Tagen, falls Sie es verpasst haben", "Weitere Berichte aus unserer Redaktion dazu"],
        "fr": ["Ces derniers jours, au cas où vous l'auriez manqué", "D'autres articles de notre rédaction sur le sujet"],
        "es": ["De los últimos días, por si te lo perdiste", "Otras noticias de nuestra redacción sobre el asunto"],
        "ru": ["За последние дни — если вы пропустили", "Другие материалы редакции на эту тему"],
    },
    "symbol": {"*": ["⟢ ⟢ ⟢", "❈ ❈ ❈", "▪ ▪ ▪ ▪", "⧫ ⧫ ⧫"]},
    "credit": {
        "en": ["Additional reporting: {site} community desk", "Produced with help from the {site} video team"],
        "tr": ["Ek haber: {site} yerel haber masası", "Bu haber {site} video ekibinin katkısıyla hazırlandı"],
        "de": ["Zusätzliche Recherche: Lokaldesk von {site}", "Entstanden mit Unterstützung des Videoteams von {site}"],
        "fr": ["Avec la participation du bureau local de {site}", "Réalisé avec l'aide de l'équipe vidéo de {site}"],
        "es": ["Información adicional: mesa local de {site}", "Elaborado con ayuda del equipo de vídeo de {site}"],
        "ru": ["Дополнительные материалы: отдел местных новостей «{site}»", "Подготовлено при участии видеослужбы «{site}»"],
    },
    "ad": {
        "en": ["Ad · the article carries on after this", "Advertising helps fund this website"],
        "tr": ["Reklam · habere birazdan dönüyoruz", "Reklamlar bu sitenin finansmanına katkı sağlar"],
        "de": ["Werbung · der Artikel geht danach weiter", "Werbung finanziert diese Website mit"],
        "fr": ["Pub · l'article continue après", "La publicité finance en partie ce site"],
        "es": ["Anuncio · la noticia sigue a continuación", "La publicidad ayuda a financiar esta web"],
        "ru": ["Реклама · статья продолжается после неё", "Реклама помогает содержать этот сайт"],
    },
    "continue": {
        "en": ["Show me the whole article ▾", "There's more – tap to expand"],
        "tr": ["Haberin hepsini göster ▾", "Devamı var – genişletmek için dokunun"],
        "de": ["Den ganzen Text anzeigen ▾", "Da kommt noch mehr – zum Aufklappen tippen"],
        "fr": ["Afficher l'article complet ▾", "Il y a une suite – touchez pour déplier"],
        "es": ["Mostrar la noticia completa ▾", "Hay más – toca para desplegar"],
        "ru": ["Показать статью полностью ▾", "Это ещё не всё — нажмите, чтобы развернуть"],
    },
    "comments": {
        "en": ["{n} comments – have your say", "Jump to the conversation ({n})"],
        "tr": ["{n} yorum – siz ne düşünüyorsunuz?", "Tartışmaya geçin ({n})"],
        "de": ["{n} Kommentare – was meinen Sie?", "Zur Diskussion springen ({n})"],
        "fr": ["{n} commentaires – donnez votre avis", "Aller à la discussion ({n})"],
        "es": ["{n} comentarios – da tu opinión", "Ir a la conversación ({n})"],
        "ru": ["{n} комментариев — а что думаете вы?", "Перейти к обсуждению ({n})"],
    },
    "readtime": {
        "en": ["Reading time: {m} minutes, give or take", "Quick read · {m} min"],
        "tr": ["Okuma süresi: {m} dakika kadar", "Kısa okuma · {m} dk"],
        "de": ["Lesezeit: {m} Minuten, ungefähr", "Schnell gelesen · {m} Min."],
        "fr": ["Temps de lecture : {m} minutes, à peu près", "Lecture rapide · {m} min"],
        "es": ["Tiempo de lectura: {m} minutos, más o menos", "Lectura rápida · {m} min"],
        "ru": ["Время чтения: {m} минуты, плюс-минус", "Быстрое чтение · {m} мин"],
    },
    "updated": {
        "en": ["Updated {t}, {d} · details added", "This story was changed on {d} at {t}"],
        "tr": ["{d} {t} itibarıyla güncellendi · ayrıntılar eklendi", "Bu haber {d} günü saat {t}'de değiştirildi"],
        "de": ["Aktualisiert {t} Uhr, {d} · Details ergänzt", "Am {d} um {t} Uhr nachgebessert"],
        "fr": ["Actualisé à {t}, le {d} · précisions ajoutées", "Retouché le {d} à {t}"],
        "es": ["Actualizada {t}, {d} · se añaden detalles", "Retocada el {d} a las {t}"],
        "ru": ["Обновлено {t}, {d} · добавлены подробности", "Материал поправлен {d} в {t}"],
    },
    "audio": {
        "en": ["▶ Play the audio version · {m} min", "Eyes busy? Listen to this story instead"],
        "tr": ["▶ Sesli sürümü oynatın · {m} dk", "Gözleriniz mi meşgul? Bu haberi dinleyin"],
        "de": ["▶ Audioversion abspielen · {m} Min.", "Augen müde? Diesen Text lieber anhören"],
        "fr": ["▶ Lancer la version audio · {m} min", "Les yeux fatigués ? Écoutez plutôt cet article"],
        "es": ["▶ Reproducir la versión en audio · {m} min", "¿Ojos cansados? Escucha esta noticia"],
        "ru": ["▶ Включить аудиоверсию · {m} мин", "Глаза устали? Послушайте этот материал"],
    },
    "correction": {  # (a corrected story carries its own wording: the "correction" field)
        "en": ["Correction: an error in an earlier version of this story has been put right."],
        "tr": ["Düzeltme: Haberin önceki sürümündeki bir hata giderildi."],
        "de": ["Korrektur: Ein Fehler in einer früheren Fassung dieses Artikels wurde berichtigt."],
        "fr": ["Rectificatif : une erreur figurant dans une version précédente de cet article a été corrigée."],
        "es": ["Corrección: se ha subsanado un error de una versión anterior de esta noticia."],
        "ru": ["Исправление: ошибка в предыдущей версии материала устранена."],
    },
    "app": {
        "en": ["Carry {site} in your pocket – the free app for iPhone and Android", "Breaking news first: turn on alerts in the {site} app"],
        "tr": ["{site} cebinizde – iPhone ve Android için ücretsiz uygulama", "Son dakika haberleri önce size: {site} uygulamasında bildirimleri açın"],
        "de": ["{site} für die Hosentasche – die kostenlose App für iPhone und Android", "Eilmeldungen zuerst: Benachrichtigungen in der App von {site} einschalten"],
        "fr": ["{site} dans votre poche – l'appli gratuite pour iPhone et Android", "L'info en premier : activez les alertes dans l'appli {site}"],
        "es": ["{site} en el bolsillo: la app gratuita para iPhone y Android", "Las noticias, antes que nadie: activa los avisos en la app de {site}"],
        "ru": ["«{site}» всегда под рукой — бесплатное приложение для iPhone и Android", "Срочные новости первыми: включите уведомления в приложении «{site}»"],
    },
    "bio": {
        "en": ["{by} is a reporter covering {section} for {site}.", "Follow {by} for more stories like this ›"],
        "tr": ["{by}, {site} için {section} haberlerini izleyen muhabir.", "Benzer haberler için {by} imzasını takip edin ›"],
        "de": ["{by} berichtet für {site} über das Ressort {section}.", "{by} folgen und weitere Texte lesen ›"],
        "fr": ["{by} couvre l'actualité « {section} » pour {site}.", "Suivre {by} pour ses prochains articles ›"],
        "es": ["{by} es periodista de {site} y se ocupa de {section}.", "Sigue a {by} para leer más noticias como esta ›"],
        "ru": ["{by} — корреспондент «{site}», ведёт тему «{section}».", "Подписаться на новые публикации автора ›"],
    },
    "tip": {
        "en": ["Were you there? Call the newsroom on 01632 960 552 or send us a message", "Send us your news and pictures"],
        "tr": ["Siz de orada mıydınız? Haber merkezini 0850 000 05 52'den arayın ya da mesaj bırakın", "Haberlerinizi ve fotoğraflarınızı bize gönderin"],
        "de": ["Waren Sie vor Ort? Rufen Sie die Redaktion an unter 0800 000 0552 oder schreiben Sie uns", "Schicken Sie uns Ihre Nachrichten und Fotos"],
        "fr": ["Vous étiez sur place ? Appelez la rédaction au 03 00 00 05 52 ou laissez-nous un message", "Envoyez-nous vos infos et vos photos"],
        "es": ["¿Estabas allí? Llama a la redacción al 900 000 552 o déjanos un mensaje", "Mándanos tus noticias y tus fotos"],
        "ru": ["Вы были там? Позвоните в редакцию: 8 800 000-05-52, или оставьте сообщение", "Присылайте нам свои новости и фотографии"],
    },
    "typo": {
        "en": ["See a slip in this story? Select the words and press Ctrl+Enter to let the desk know"],
        "tr": ["Bir yanlış mı gördünüz? Kelimeleri seçip Ctrl+Enter ile masaya haber verin"],
        "de": ["Etwas falsch geschrieben? Wörter markieren und mit Strg+Enter der Redaktion melden"],
        "fr": ["Une faute repérée ? Sélectionnez les mots et tapez Ctrl+Entrée pour prévenir la rédaction"],
        "es": ["¿Has visto un fallo? Selecciona las palabras y pulsa Ctrl+Intro para avisar a la redacción"],
        "ru": ["Заметили промах в тексте? Выделите слова и нажмите Ctrl+Enter, чтобы сообщить редакции"],
    },
    "push": {
        "en": ["Turn on notifications from {site}? We only send the big stories. Switch on · Not today"],
        "tr": ["{site} bildirimlerini açalım mı? Yalnızca önemli haberleri göndeririz. Aç · Bugün değil"],
        "de": ["Mitteilungen von {site} einschalten? Wir schicken nur die wichtigen Meldungen. Einschalten · Heute nicht"],
        "fr": ["Activer les notifications de {site} ? Nous n'envoyons que les grandes infos. Activer · Pas aujourd'hui"],
        "es": ["¿Activar las notificaciones de {site}? Solo enviamos las noticias importantes. Activar · Hoy no"],
        "ru": ["Включить уведомления от «{site}»? Присылаем только главное. Включить · Не сегодня"],
    },
    "ai": {
        "en": ["An automated tool transcribed the interviews for this article. An editor checked the quotes against the recordings."],
        "tr": ["Bu haberdeki röportajların dökümü otomatik bir araçla yapıldı. Alıntıları bir editör ses kayıtlarıyla karşılaştırdı."],
        "de": ["Die Interviews für diesen Artikel hat ein automatisches Werkzeug abgeschrieben. Eine Redakteurin hat die Zitate mit den Aufnahmen verglichen."],
        "fr": ["Les entretiens de cet article ont été retranscrits par un outil automatique. Un éditeur a vérifié les citations sur les enregistrements."],
        "es": ["Una herramienta automática transcribió las entrevistas de esta noticia. Un editor cotejó las citas con las grabaciones."],
        "ru": ["Расшифровку интервью для этой статьи сделала программа. Редактор сверил цитаты с аудиозаписями."],
    },
    "gift": {
        "en": ["Subscriber? Send this article to a friend for free – you still have gifts left this month ›"],
        "tr": ["Abone misiniz? Bu haberi bir arkadaşınıza ücretsiz gönderin – bu ay hâlâ hediye hakkınız var ›"],
        "de": ["Abonnent? Schenken Sie diesen Artikel einem Freund – Sie haben diesen Monat noch Geschenke übrig ›"],
        "fr": ["Abonné ? Offrez cet article à un proche – il vous reste des cadeaux ce mois-ci ›"],
        "es": ["¿Eres suscriptor? Regala esta noticia a un amigo: aún te quedan regalos este mes ›"],
        "ru": ["Вы подписчик? Подарите эту статью другу — в этом месяце у вас ещё остались подарки ›"],
    },
    "print": {
        "en": ["Print this article · Download as PDF", "Printable version (no adverts)"],
        "tr": ["Bu haberi yazdırın · PDF olarak indirin", "Yazdırılabilir sürüm (reklamsız)"],
        "de": ["Artikel drucken · Als PDF herunterladen", "Druckversion ohne Werbung"],
        "fr": ["Imprimer l'article · Télécharger en PDF", "Version imprimable, sans publicité"],
        "es": ["Imprimir la noticia · Descargar en PDF", "Versión para imprimir, sin anuncios"],
        "ru": ["Распечатать статью · Скачать в PDF", "Версия для печати без рекламы"],
    },
    "moderation": {
        "en": ["A moderator reads every comment before it goes live. Personal attacks and off-topic posts will not be published."],
        "tr": ["Her yorumu yayına girmeden önce bir moderatör okur. Kişisel saldırı içeren ve konu dışı yorumlar yayımlanmaz."],
        "de": ["Jeden Kommentar liest vor der Freischaltung eine Moderatorin. Persönliche Angriffe und Beiträge ohne Bezug zum Thema veröffentlichen wir nicht."],
        "fr": ["Un modérateur lit chaque commentaire avant sa mise en ligne. Les attaques personnelles et les messages hors sujet ne seront pas publiés."],
        "es": ["Un moderador lee cada comentario antes de que aparezca. No se publicarán ataques personales ni mensajes que no vengan a cuento."],
        "ru": ["Каждый комментарий перед публикацией читает модератор. Переход на личности и сообщения не по теме не публикуются."],
    },
    "feedback": {
        "en": ["Did this story help you out? Tap 👍 or 👎"], "tr": ["Bu haber işinize yaradı mı, yaramadı mı? 👍 ya da 👎 simgesine dokunun"],
        "de": ["Hat Ihnen der Artikel weitergeholfen? Tippen Sie auf 👍 oder 👎"], "fr": ["Cet article vous a-t-il rendu service ? Touchez 👍 ou 👎"],
        "es": ["¿Te ha servido de algo esta noticia? Toca 👍 o 👎"], "ru": ["Материал вам помог? Нажмите 👍 или 👎"],
    },
    "standards": {
        "en": ["{site} signs up to the regulator's code of practice, and complaints about this article go first to our standards editor."],
        "tr": ["{site} basın meslek ilkelerine uyar; bu haberle ilgili şikâyetler önce yayın ilkeleri editörümüze gider."],
        "de": ["{site} hält sich an den Pressekodex, Beschwerden zu diesem Artikel gehen zuerst an unsere Standards-Redakteurin."],
        "fr": ["{site} applique la charte des journalistes ; les réclamations sur cet article vont d'abord à notre responsable de la déontologie."],
        "es": ["{site} se rige por el código deontológico y las quejas sobre esta noticia llegan primero a nuestra responsable de estándares."],
        "ru": ["«{site}» соблюдает профессиональный кодекс, а жалобы на этот материал сначала рассматривает наш редактор по стандартам."],
    },
    "topics": {  # ({section}: the story's section)
        "en": ["Topics: {section} · local news · community", "More about {section} ›"],
        "tr": ["Konular: {section} · yerel haber · toplum", "{section} konusundaki diğer haberler ›"],
        "de": ["Themen: {section} · Lokales · Gemeinschaft", "Mehr zum Thema {section} ›"],
        "fr": ["Sujets : {section} · infos locales · vie locale", "Plus sur le thème {section} ›"],
        "es": ["Temas: {section} · noticias locales · comunidad", "Otras noticias de {section} ›"],
        "ru": ["Темы: {section} · местные новости · общество", "Больше на тему «{section}» ›"],
    },
    "bookmark": {
        "en": ["🔖 Bookmark this story"], "tr": ["🔖 Bu haberi yer imlerine ekleyin"], "de": ["🔖 Artikel als Lesezeichen speichern"],
        "fr": ["🔖 Ajouter cet article aux favoris"], "es": ["🔖 Añadir esta noticia a favoritos"], "ru": ["🔖 Добавить статью в закладки"],
    },
    "poll": {
        "en": ["Have your say: should this have happened sooner? Yes, definitely · No · Can't say", "Vote now, then see what other readers think"],
        "tr": ["Söz sizde: bu daha önce yapılmalı mıydı? Kesinlikle evet · Hayır · Bir şey diyemem", "Hemen oy verin, sonra diğer okurların ne düşündüğünü görün"],
        "de": ["Ihre Meinung: Hätte das früher passieren müssen? Auf jeden Fall · Nein · Kann ich nicht sagen", "Jetzt abstimmen und sehen, was andere Leser denken"],
        "fr": ["À vous : cela aurait-il dû arriver plus tôt ? Oui, clairement · Non · Je ne saurais dire", "Votez, puis voyez ce qu'en pensent les autres lecteurs"],
        "es": ["Opina: ¿debería haber llegado antes? Sí, claramente · No · No sabría decir", "Vota ahora y descubre qué piensan otros lectores"],
        "ru": ["Ваше мнение: надо ли было сделать это раньше? Да, однозначно · Нет · Не могу сказать", "Проголосуйте и узнайте, что думают другие читатели"],
    },
    "embed": {  # the fallback text of social-media embeds ({handle}: the site's account)
        "en": ["Open {handle}'s Instagram post", "Watch this clip from {handle} on YouTube"],
        "tr": ["{handle} hesabının gönderisini Instagram'da açın", "{handle} kanalındaki bu klibi YouTube'da izleyin"],
        "de": ["Beitrag von {handle} bei Instagram öffnen", "Diesen Clip von {handle} bei YouTube ansehen"],
        "fr": ["Afficher la publication de {handle} sur Instagram", "Voir ce clip de {handle} sur YouTube"],
        "es": ["Abre la publicación de {handle} en Instagram", "Ver este clip de {handle} en YouTube"],
        "ru": ["Посмотреть пост {handle} в Instagram", "Посмотреть этот ролик {handle} на YouTube"],
    },
    "translated": {  # (carried by a story translated from another language)
        "en": ["This article was translated from Welsh by the {site} team.", "Read the original Welsh version ›"],
        "tr": ["Bu haber Kürtçe aslından {site} ekibi tarafından çevrildi.", "Haberin Kürtçe aslını okuyun ›"],
        "de": ["Diesen Artikel hat die Redaktion von {site} aus dem Sorbischen übertragen.", "Zur sorbischen Originalfassung ›"],
        "fr": ["Cet article a été traduit de l'occitan par la rédaction de {site}.", "Lire la version originale en occitan ›"],
        "es": ["Esta noticia ha sido traducida del gallego por la redacción de {site}.", "Leer la versión original en gallego ›"],
        "ru": ["Материал переведён с татарского языка редакцией «{site}».", "Читать оригинал на татарском ›"],
    },
    "gallery": {  # photo-gallery launchers and counters ({g}: the number of pictures)
        "en": ["▣ Open the gallery ({g} photos)", "Swipe through {g} more pictures ›"],
        "tr": ["▣ Galeriyi açın ({g} fotoğraf)", "{g} fotoğrafı daha kaydırarak görün ›"],
        "de": ["▣ Galerie öffnen ({g} Fotos)", "Noch {g} Bilder zum Durchwischen ›"],
        "fr": ["▣ Ouvrir la galerie ({g} photos)", "Faites défiler {g} autres photos ›"],
        "es": ["▣ Abrir la galería ({g} fotos)", "Desliza para ver {g} fotos más ›"],
        "ru": ["▣ Открыть галерею ({g} фото)", "Пролистайте ещё {g} снимков ›"],
    },
    "map": {
        "en": ["Open this location in your maps app ›", "Location map · © OpenStreetMap contributors"],
        "tr": ["Bu konumu harita uygulamanızda açın ›", "Konum haritası · © OpenStreetMap katkıcıları"],
        "de": ["Diesen Ort in Ihrer Karten-App öffnen ›", "Lageplan · © OpenStreetMap-Mitwirkende"],
        "fr": ["Ouvrir ce lieu dans votre application de cartes ›", "Plan de situation · © les contributeurs d'OpenStreetMap"],
        "es": ["Abre esta ubicación en tu aplicación de mapas ›", "Mapa de situación · © colaboradores de OpenStreetMap"],
        "ru": ["Открыть это место в приложении карт ›", "Карта места · © участники OpenStreetMap"],
    },
    "calendar": {
        "en": ["+ Add these dates to your calendar", "Download the dates (.ics)"],
        "tr": ["+ Bu tarihleri takviminize ekleyin", "Tarihleri indirin (.ics)"],
        "de": ["+ Diese Termine in den Kalender übernehmen", "Termine herunterladen (.ics)"],
        "fr": ["+ Ajouter ces dates à votre agenda", "Télécharger les dates (.ics)"],
        "es": ["+ Añade estas fechas a tu calendario", "Descargar las fechas (.ics)"],
        "ru": ["+ Добавить эти даты в календарь", "Скачать даты (.ics)"],
    },
    "scores": {  # score-centre links on sports stories
        "en": ["Live scores, fixtures and tables ›", "League table · Results · Fixtures"],
        "tr": ["Maç merkezi: canlı skor, fikstür, puan durumu ›", "Puan durumu · Sonuçlar · Fikstür"],
        "de": ["Spielcenter: Liveticker, Spielplan, Tabelle ›", "Tabelle · Ergebnisse · Spielplan"],
        "fr": ["Centre des matchs : direct, calendrier, classement ›", "Classement · Résultats · Calendrier"],
        "es": ["Centro de partidos: directo, calendario, clasificación ›", "Clasificación · Resultados · Calendario"],
        "ru": ["Онлайн-результаты, календарь и таблица ›", "Таблица · Результаты · Календарь"],
    },
    # the three families new in this part
    "odds": {  # betting-odds widgets: match odds, the gambling-harm line, the betting partner's call to action
        "en": ["Match odds: home 11/4 · draw 12/5 · away 4/5", "18+ · Gamble responsibly · Help at saferbets.example",
               "Place a bet on this game with our betting partner ›"],
        "tr": ["Maç oranları: MS1 3,10 · MSX 3,25 · MS2 2,05", "18 yaşından küçüklerin bahis oynaması yasaktır · Bahis bağımlılık yapabilir",
               "Bu maç için kuponunu bahis ortağımızda oluştur ›"],
        "de": ["Wettquoten: Heim 3,40 · Remis 4,20 · Gast 1,85", "18+ | Glücksspiel kann süchtig machen | Hilfe: 0800 000 0561",
               "Jetzt beim Wettpartner auf dieses Spiel tippen ›"],
        "fr": ["Cotes : victoire 3,05 · nul 3,40 · défaite 2,15", "Parier comporte des risques : dettes, dépendance. Aide au 09 00 00 05 61",
               "Pariez sur ce match avec notre partenaire ›"],
        "es": ["Cuotas: local 2,90 · empate 3,30 · visitante 2,30", "+18 · Juega con responsabilidad · Ayuda en jugarseguro.example",
               "Apuesta a este partido con nuestro patrocinador ›"],
        "ru": ["Коэффициенты: П1 2,45 · Х 3,90 · П2 2,60", "18+ · Азартные игры могут вызывать зависимость",
               "Сделать ставку на этот матч у партнёра ›"],
    },
    "pharmacy": {  # duty-pharmacy and out-of-hours finders: tonight's open pharmacies, the finder, the doctor on call
        "en": ["Pharmacies open late tonight near you ›", "Find an out-of-hours pharmacy – enter your postcode",
               "Need a doctor tonight? Out-of-hours services in your area ›"],
        "tr": ["Bugünkü nöbetçi eczaneler ›", "Size en yakın nöbetçi eczaneyi bulun – ilçenizi seçin",
               "Gece doktora mı ihtiyacınız var? Bölgenizdeki nöbetçi sağlık hizmetleri ›"],
        "de": ["Notdienst-Apotheken heute in Ihrer Nähe ›", "Apotheke im Notdienst finden – Postleitzahl eingeben",
               "Nachts einen Arzt gebraucht? Bereitschaftsdienste in Ihrer Region ›"],
        "fr": ["Pharmacies de garde ce soir près de chez vous ›", "Trouver une pharmacie de garde – saisissez votre code postal",
               "Besoin d'un médecin cette nuit ? Les gardes de votre secteur ›"],
        "es": ["Farmacias de guardia hoy cerca de ti ›", "Encuentra una farmacia de guardia: escribe tu código postal",
               "¿Necesitas un médico esta noche? Urgencias y guardias de tu zona ›"],
        "ru": ["Дежурные аптеки сегодня рядом с вами ›", "Найти дежурную аптеку — введите адрес",
               "Нужен врач ночью? Дежурные службы вашего района ›"],
    },
    "motors": {  # a motoring portal's widgets: used cars for sale nearby, car valuation, insurance comparison
        "en": ["Used cars for sale near you ›", "What's your car worth? Free valuation in 30 seconds",
               "Compare car insurance quotes ›"],
        "tr": ["Yakınınızdaki satılık ikinci el otomobiller ›", "Aracınız ne eder? 30 saniyede ücretsiz değerleme",
               "Kasko tekliflerini karşılaştırın ›"],
        "de": ["Gebrauchtwagen in Ihrer Region ›", "Was ist Ihr Auto wert? Kostenlose Bewertung in 30 Sekunden",
               "Kfz-Versicherungen vergleichen ›"],
        "fr": ["Voitures d'occasion près de chez vous ›", "Combien vaut votre voiture ? Estimation gratuite en 30 secondes",
               "Comparez les assurances auto ›"],
        "es": ["Coches de segunda mano cerca de ti ›", "¿Cuánto vale tu coche? Tasación gratis en 30 segundos",
               "Compara seguros de coche ›"],
        "ru": ["Подержанные автомобили в вашем городе ›", "Сколько стоит ваш автомобиль? Бесплатная оценка за 30 секунд",
               "Сравните цены на автостраховку ›"],
    },
}
# the cells of an odds strip (the betting partner's market for the club's next game)
ODDS_CELLS = {
    "en": ["Home 11/4", "Draw 12/5", "Away 4/5"], "tr": ["MS1 3,10", "MSX 3,25", "MS2 2,05"],
    "de": ["Heim 3,40", "Remis 4,20", "Gast 1,85"], "fr": ["1 · 3,05", "N · 3,40", "2 · 2,15"],
    "es": ["1 · 2,90", "X · 3,30", "2 · 2,30"], "ru": ["П1 2,45", "Х 3,90", "П2 2,60"],
}
# the pharmacies a duty-pharmacy finder lists under its label (fictional)
PHARMACY_ROWS = {
    "en": ["Wyre Road Pharmacy · open until 10pm", "Mill Lane Chemist · open until 8pm", "Station Parade Pharmacy · 24 hours"],
    "tr": ["Şifa Eczanesi · Cumhuriyet Cad. 12 · 08.30–08.30", "Derman Eczanesi · Çarşı Mah. · 08.30–08.30", "Hayat Eczanesi · Yeni Mah. · 19.00–08.30"],
    "de": ["Linden-Apotheke · Marktplatz 3 · bis 8 Uhr", "Apotheke am Bahnhof · bis 22 Uhr", "Sonnen-Apotheke · Notdienst 24 h"],
    "fr": ["Pharmacie du Marché · jusqu'à 22 h", "Pharmacie de la Gare · jusqu'à 20 h", "Pharmacie des Tilleuls · garde de nuit"],
    "es": ["Farmacia Plaza Mayor · 24 horas", "Farmacia del Carmen · hasta las 22:00", "Farmacia San Roque · de guardia hasta las 9:00"],
    "ru": ["Аптека «Здоровье» · ул. Садовая, 8 · круглосуточно", "Аптека № 3 · до 22:00", "Аптека «Фарма Плюс» · до 23:00"],
}
# the adverts a used-car widget lists under its label (fictional dealers' cars)
CAR_LISTINGS = {
    "en": ["5-door hatchback, 2019 · 31,000 miles · £9,495", "Estate, 2017 · 58,000 miles · £6,250", "Hybrid SUV, 2021 · 22,000 miles · £15,990"],
    "tr": ["Hatchback, 2019 · 64.000 km · 845.000 TL", "Sedan, 2016 · 142.000 km · 610.000 TL", "Hibrit SUV, 2022 · 38.000 km · 1.480.000 TL"],
    "de": ["Kleinwagen, 2019 · 48.000 km · 10.900 €", "Kombi, 2017 · 96.000 km · 8.450 €", "Hybrid-SUV, 2021 · 35.000 km · 21.990 €"],
    "fr": ["Citadine, 2019 · 52 000 km · 9 900 €", "Break, 2017 · 104 000 km · 7 800 €", "SUV hybride, 2021 · 41 000 km · 20 490 €"],
    "es": ["Utilitario, 2019 · 55.000 km · 9.800 €", "Familiar, 2016 · 131.000 km · 6.900 €", "SUV híbrido, 2021 · 39.000 km · 19.900 €"],
    "ru": ["Хэтчбек, 2019 · 71 000 км · 1,15 млн ₽", "Седан, 2016 · 138 000 км · 780 000 ₽", "Кроссовер, 2021 · 44 000 км · 2,3 млн ₽"],
}
HEADLINES = {
    "en": ["Level crossing at Stanton Hill to close for a fortnight", "Town hall clock stops again after repair",
           "Allotment waiting list passes 400 names", "Hospital parking charges held at £3.40 for another year",
           "Ferry timetable cut for winter months", "Brass band wins regional contest at first attempt"],
    "tr": ["Stanton yolu iki hafta kapalı kalacak", "Saat kulesi onarımdan sonra yine durdu",
           "Hobi bahçesi için bekleme listesi 400'ü geçti", "Hastane otoparkı ücretleri bir yıl daha sabit",
           "Kış aylarında vapur seferleri azalıyor", "Belediye bandosu bölge yarışmasında birinci oldu"],
    "de": ["Bahnübergang am Stantonberg zwei Wochen gesperrt", "Rathausuhr steht nach Reparatur schon wieder still",
           "Warteliste für Kleingärten wächst auf über 400 Namen", "Parkgebühren am Klinikum bleiben ein weiteres Jahr gleich",
           "Fähre fährt im Winter seltener", "Blaskapelle gewinnt Bezirkswettbewerb beim ersten Versuch"],
    "fr": ["Le passage à niveau de la côte Saint-Roch fermé quinze jours", "L'horloge de la mairie de nouveau arrêtée après sa réparation",
           "Plus de 400 noms sur la liste d'attente des jardins familiaux", "Le parking de l'hôpital reste au même tarif un an de plus",
           "Le bac réduit ses traversées pendant l'hiver", "L'harmonie remporte le concours régional dès sa première participation"],
    "es": ["El paso a nivel de la cuesta del Molino, cerrado dos semanas", "El reloj del Ayuntamiento vuelve a pararse tras su arreglo",
           "La lista de espera de los huertos urbanos supera los 400 nombres", "El aparcamiento del hospital congela sus tarifas un año más",
           "El transbordador reduce sus viajes en invierno", "La banda municipal gana el certamen regional a la primera"],
    "ru": ["Переезд у Каменной горки закроют на две недели", "Часы на здании администрации снова встали после ремонта",
           "Очередь на садовые участки превысила 400 человек", "Плату за парковку у больницы оставят на уровне 80 рублей",
           "Зимой паром будет ходить реже", "Духовой оркестр с первой попытки выиграл областной конкурс"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["en"]
TEASERS = {
    "en": ["The rail operator says the work will replace sleepers laid in 1968.",
           "The mechanism was cleaned and regulated only in March.",
           "Some applicants have waited more than six years for a plot.",
           "The trust says it will review charges again next spring.",
           "The last crossing will leave at 6.15pm from November to February.",
           "The band's youngest player is eleven, its oldest eighty-two."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Valley news today", "Towns, villages and hamlets", "Council chamber and courtroom", "High street and jobs", "Fixtures, results and tables", "Nights out in the Vale", "Letters to the Vale editor"],
               cookie="We use cookies to keep this site working, to count visits and to show adverts that pay for local reporting. You can accept them all or choose which ones we may set.",
               accept="Accept all and read on", reject="I'll choose for myself", share="Pass this one along",
               related="Also on the front page today", newsletter="The Vale at Six, free every weekday",
               subscribe="Yes, count me in", email="yourname@valemail.example",
               comment_note="Register or sign in to post a comment.",
               closed="Comments are not open on this article.",
               footer=["The people in our newsroom", "Corrections we have made", "Your privacy choices", "Advertise with the paper", "Terms for readers"],
               rights="Reproduction of any part of this website without permission is prohibited.",
               commenters=[("ferrybridge_dave", "About time this got some coverage."),
                           ("Helen M", "Does anybody know when the council will decide?"),
                           ("old_mill_road", "Interesting, thanks for writing it up.")]),
    "tr": dict(nav=["Bugün ilçede", "Mahalleler ve köyler", "Belediye ve adliye", "Esnaf ve iş ilanları", "Maçlar ve sonuçlar", "Akşam programı", "Okurların bize yazdıkları"],
               cookie="Bu sitenin çalışması, ziyaretleri saymamız ve yerel habercilik için ödeme yapan reklamları göstermemiz için çerez kullanıyoruz. Hepsini kabul edebilir ya da hangilerine izin verdiğinizi seçebilirsiniz.",
               accept="Kabul edip okumaya devam et", reject="Seçimi ben yapacağım", share="Bu haberi başkalarına iletin",
               related="Bugün ön sayfada ayrıca", newsletter="Akşam Altı, hafta içi her gün ücretsiz",
               subscribe="Evet, beni de ekleyin", email="isim@postaniz.example",
               comment_note="Yorum yazmak için kaydolun ya da giriş yapın.",
               closed="Bu habere yorum yapılamıyor.",
               footer=["Haber merkezini tanıyın", "Yaptığımız düzeltmeler", "Gizlilik tercihleriniz", "Gazetemize reklam verin", "Okurlar için koşullar"],
               rights="Bu sitenin herhangi bir bölümünün izinsiz çoğaltılması yasaktır.",
               commenters=[("iskele_emeklisi_53", "Nihayet biri bu konuyu yazdı."),
                           ("Sevim K.", "Belediye ne zaman karar verecek, bilen var mı?")]),
    "de": dict(nav=["Heute aus dem Tal", "Städte, Dörfer, Weiler", "Rathaus und Gericht", "Handel und Jobs", "Spiele und Ergebnisse", "Ausgehen am Wochenende", "Ihre Briefe"],
               cookie="Wir verwenden Cookies, damit diese Seite funktioniert, um Besuche zu zählen und um Werbung zu zeigen, die den Lokaljournalismus mitfinanziert. Sie können alle akzeptieren oder selbst auswählen.",
               accept="Alle akzeptieren und weiterlesen", reject="Ich wähle selbst aus", share="Diesen Artikel weitergeben",
               related="Heute ebenfalls auf der Titelseite", newsletter="Um sechs im Tal, werktags kostenlos",
               subscribe="Ja, ich mache mit", email="vorname@talpost.example",
               comment_note="Registrieren Sie sich oder melden Sie sich an, um zu kommentieren.",
               closed="Unter diesem Artikel sind keine Kommentare möglich.",
               footer=["Das sind wir in der Redaktion", "Unsere Korrekturen", "Ihre Datenschutz-Auswahl", "Anzeigen in der Zeitung", "Bedingungen für Leserinnen und Leser"],
               rights="Die Vervielfältigung von Teilen dieser Website ohne Genehmigung ist untersagt.",
               commenters=[("Fährmann_Kurt", "Wurde auch Zeit, dass darüber berichtet wird."),
                           ("Heike S.", "Weiß jemand, wann der Gemeinderat entscheidet?")]),
    "fr": dict(nav=["Ce jour dans la vallée", "Villes, bourgs et hameaux", "Mairie et tribunal", "Commerces et emploi", "Matchs et résultats", "Sorties du week-end", "Le courrier des lecteurs du jour"],
               cookie="Nous utilisons des cookies pour faire fonctionner ce site, compter les visites et afficher les publicités qui financent l'information locale. Vous pouvez tous les accepter ou choisir ceux que nous pouvons déposer.",
               accept="Tout accepter et poursuivre", reject="Je choisis moi-même", share="Faire suivre cet article",
               related="Aussi à la une aujourd'hui", newsletter="18 heures au pays, gratuit en semaine",
               subscribe="Oui, je veux la recevoir", email="prenom@courrieldupays.example",
               comment_note="Inscrivez-vous ou connectez-vous pour commenter.",
               closed="Les commentaires ne sont pas ouverts sur cet article.",
               footer=["Qui fait le journal", "Nos rectificatifs", "Vos choix de confidentialité", "Annoncer dans le journal", "Conditions d'utilisation pour nos lecteurs"],
               rights="Reproduire tout ou partie de ce site sans autorisation est interdit.",
               commenters=[("passeur_du_bac", "Il était temps qu'on en parle."),
                           ("Martine L.", "Quelqu'un sait quand la mairie va trancher ?")]),
    "es": dict(nav=["La comarca hoy", "Pueblos, barrios y pedanías", "Ayuntamiento y juzgados", "Comercio y empleo", "Partidos y resultados", "Agenda del finde en la comarca", "Cartas que nos escribís"],
               cookie="Usamos cookies para que esta web funcione, para contar las visitas y para mostrar anuncios que pagan el periodismo local. Acéptalas todas o decide tú cuáles dejamos activas.",
               accept="Aceptar todo y seguir leyendo", reject="Elegir yo", share="Pásale esta noticia a alguien",
               related="También en portada hoy", newsletter="A las seis, gratis entre semana",
               subscribe="Sí, me apunto", email="tunombre@correocomarca.example",
               comment_note="Regístrate o inicia sesión para comentar.",
               closed="Esta noticia no admite comentarios.",
               footer=["Quién hace el periódico", "Nuestras correcciones", "Tus opciones de privacidad", "Anúnciate en el periódico", "Condiciones de uso para quien nos lee"],
               rights="Queda prohibida la reproducción de cualquier parte de esta web sin permiso.",
               commenters=[("barquero_del_rio", "Por fin alguien lo cuenta, ya tocaba."),
                           ("Reme P.", "¿Alguien sabe cuándo decide el Ayuntamiento?")]),
    "ru": dict(nav=["Район сегодня", "Города, сёла, деревни", "Администрация и суд", "Торговля и работа", "Матчи и результаты", "Куда сходить на выходных", "Письма читателей в редакцию"],
               cookie="Мы используем cookie, чтобы сайт работал, чтобы считать посещения и показывать рекламу, которая оплачивает местную журналистику. Можно принять все или выбрать, какие нам разрешено устанавливать.",
               accept="Принять всё и читать дальше", reject="Выберу сам", share="Переслать эту новость",
               related="Также сегодня на главной", newsletter="«В шесть вечера» — бесплатно по будням",
               subscribe="Да, подпишите меня", email="imya@vasha-pochta.example",
               comment_note="Зарегистрируйтесь или войдите, чтобы оставить комментарий.",
               closed="Обсуждение этой статьи отключено редакцией.",
               footer=["Знакомьтесь, редакция", "Наши исправления", "Ваши настройки приватности", "Реклама в газете", "Правила для читателей сайта"],
               rights="Воспроизведение любой части сайта без разрешения запрещено.",
               commenters=[("паромщик_Коля", "Правильно, что подняли эту тему."),
                           ("Нина_Петровна_57", "Кто-нибудь знает, когда администрация примет решение?")]),
}
UI34 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "MORE FROM THE MERCURY:"},  # the regional layout's inline links
    (mp2, "BIO"): {"en": "{name} writes about Welsh-speaking communities for {site} and edits its {section} pages. Story ideas: cymunedau@example.org"},
    (mp4, "READMORE"): {"fr": "À LIRE AUSSI DANS L'ÉVEIL :"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp5, "SQS"): {"en": dict(title="Fernleigh CC news", desc="Fixtures, results and club socials, in your inbox once a fortnight.",
                              button="Put me on the club list", foot="Your address is used for club news only. Unsubscribe with one click.",
                              prev="← Older club news", next="Newer club news →", cookie_ok="That's fine")},
    (mp6, "QT"): {"es": dict(also="Más de nuestras pedanías")},
    (mp6, "BITRIX"): {"ru": dict(source="Источник новости", author="Текст подготовил", back="Ко всем новостям агентства",
                                 agency="Агентство «Приозёрье-Пресс»", share="Переслать новость агентства",
                                 news="Все сообщения «Приозёрье-Пресс»")},
    (mp7, "SANITY"): {"en": dict(nl_title="The Star at Seven",
                                 nl_text="Sport, courts and council news from around Netherby, every weekday before breakfast.",
                                 nl_button="Send me the Star at Seven", nl_placeholder="Your email for the Star at Seven")},
    (mp11, "HUGO"): {"fr": dict(nl_title="La lettre du Causse",
                                nl_text="Chaque vendredi, l'essentiel de la semaine sur le Causse et ses vallées, dans votre boîte mail.",
                                nl_label="Votre adresse pour la lettre du Causse", nl_button="Recevoir la lettre du Causse")},
    (mp13, "PUB_NAV"): {"en": ["Latest from Saltmarsh", "Shop & co-op", "Marsh life", "About the Letter"]},
    (mp13, "TEASERS"): {"en": TEASERS["en"]},
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
# the new layout: a Vue 3 / Nuxt 3 server-rendered news site (a regional daily's relaunch)
# --------------------------------------------------------------------------
# the front end's generic interface strings as the developers left them in the i18n defaults, and the labels of the
# nuxt-cookie-control module in its English and German locales (not checked: they recur on any such site)
NUXT_CORE = {
    "en": dict(html_lang="en-GB", og_locale="en_GB", join_path="subscribe", account_path="account", author_path="author",
               skip="Skip to content", menu="Menu", search="Search", home="Home",
               by="By", read="{m} min read", copy="Copy link", share_on="Share on", cc_title="Cookies",
               cc_manage="Manage cookies", cc_necessary="Necessary cookies", cc_optional="Optional cookies",
               cc_control="Cookie control", months=["January", "February", "March", "April", "May", "June", "July",
                                                     "August", "September", "October", "November", "December"],
               date_fmt="{d} {M} {y}"),
    "de": dict(html_lang="de-DE", og_locale="de_DE", join_path="abo", account_path="konto", author_path="autor",
               skip="Zum Inhalt springen", menu="Menü", search="Suche",
               home="Startseite", by="Von", read="{m} Min. Lesezeit", copy="Link kopieren", share_on="Teilen auf",
               cc_title="Cookies", cc_manage="Cookies verwalten", cc_necessary="Notwendige Cookies",
               cc_optional="Optionale Cookies", cc_control="Cookie-Steuerung",
               months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                       "November", "Dezember"], date_fmt="{d}. {M} {y}"),
}
NUXT_VERSION = "3.15.4"
# the sites' own strings: host, menus (titles and slugs), header buttons, the inline teaser's label, box titles and
# footer texts
NUXT = {
    "Carrick Vale Evening Post": dict(
        domain="carrickvalepost.example",
        menu=["Carrick news", "Council matters", "Vale sport", "Jobs and money", "Out and about in the Vale", "Post opinion"],
        slugs=["news", "council", "sport", "business", "whats-on", "opinion"],
        topbar=["Today's e-edition", "Puzzles with the Post", "Family notices"],
        join="Join the Post", account="My Post account", teaser_label="Read next in the Post",
        related_title="More from the Post newsroom", popular_title="Most read in the Vale",
        nl_title="The Post at Six", nl_text="The day's Carrick Vale news in one evening email, free.",
        nl_button="Send me the Post at Six", share_title="Send this Post story to someone",
        footer_links=["About the Evening Post", "How to complain", "Privacy at the Post", "Advertise in the Post"],
        footer_note="The Carrick Vale Evening Post has been published in Carrick since 1881 and online since 1999."),
    "Wernitztaler Tagespost": dict(
        domain="wernitztaler-tagespost.example",
        menu=["Wernitz und Umland", "Wirtschaft im Tal", "Sport aus dem Wernitztal", "Kultur im Tal", "Rat und Service", "Meinung der Tagespost"],
        slugs=["lokales", "wirtschaft", "sport", "kultur", "service", "meinung"],
        topbar=["E-Paper der Tagespost", "Rätsel und Spiele", "Traueranzeigen im Tal"],
        join="Tagespost-Abo wählen", account="Mein Tagespost-Konto", teaser_label="Dazu passend in der Tagespost",
        related_title="Weitere Artikel der Tagespost", popular_title="Meistgelesen im Wernitztal",
        nl_title="Tagespost am Abend", nl_text="Die Nachrichten aus dem Wernitztal in einer kostenlosen Abend-E-Mail.",
        nl_button="Abend-Mail bestellen", share_title="Artikel mit anderen teilen",
        footer_links=["Über die Tagespost", "Leserservice der Tagespost", "Datenschutz bei der Tagespost", "Anzeigen in der Tagespost"],
        footer_note="Die Wernitztaler Tagespost erscheint seit 1949 im Wernitztal, gedruckt und online."),
}
NUXT_EXEMPT = {"domain", "slugs"}
NUXT_SCOPES = ("layout", "header", "crumbs", "article", "header_a", "figure", "body", "rich", "teaser", "ad", "share",
               "tags", "related", "popular", "nl", "footer", "consent")


def nuxt_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    c = NUXT_CORE[lang]
    return c["date_fmt"].replace("{M}", c["months"][m - 1]).replace("{d}", str(d)).replace("{y}", str(y))


def nuxt_block(kind, val):
    """One block of the article's rich text as the CMS's rich-text renderer writes it (list items hold a <p>)."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return '<h2 id="%s">%s</h2>' % (slug(val), E(val))
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>%s</%s>" % (kind, "".join("<li><p>%s</p></li>" % mp.inline_html(v) for v in val), kind)


def devalue(root):
    """The payload as Nuxt serialises it into __NUXT_DATA__: one flat array, every value referenced by its index;
    ("ShallowReactive", x) / ("Reactive", x) wrap a value, ("Set",) is an empty set; repeated primitives are stored
    once, and "<" is escaped."""
    out, seen = [], {}

    def add(v):
        if not isinstance(v, (tuple, dict, list)):  # a repeated primitive is stored once
            key = (type(v).__name__, v)
            if key in seen:
                return seen[key]
            seen[key] = len(out)
        idx = len(out)
        out.append(None)
        if isinstance(v, tuple):
            out[idx] = [v[0]] + ([add(v[1])] if len(v) > 1 else [])
        elif isinstance(v, dict):
            out[idx] = {k: add(x) for k, x in v.items()}
        elif isinstance(v, list):
            out[idx] = [add(x) for x in v]
        else:
            out[idx] = v
        return idx

    add(root)
    return json.dumps(out, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C")


def tpl_nuxt(art, ui, site, placed, rng):
    # an article page of a regional daily's Nuxt 3 front end (see the module docstring)
    lang, n, blocks = art["lang"], len(art["blocks"]), art["blocks"]
    c, s = NUXT_CORE[lang], NUXT[site]
    host = "https://www." + s["domain"]
    v = {k: "data-v-%08x" % rng.randint(16**7, 16**8 - 1) for k in NUXT_SCOPES}
    art_id = rng.randint(10**6, 10**7 - 1)
    sec_i = s["menu"].index(art["section"])
    sec, sec_slug = s["menu"][sec_i], s["slugs"][sec_i]
    path = "/%s/%s-a%d" % (sec_slug, mp13.medium_slug(art["title"], 70).lower(), art_id)
    url = host + path
    img = "https://img.%s/%dx%d/%s.jpg" % (s["domain"], 1600, 900, mp13.medium_slug(art["caption"], 40).lower())
    words = len(mp.truth_text(art["truth_blocks"]).split())
    mins = max(2, round(words / 200))
    y, m, d = (int(x) for x in art["date"].split("-"))
    hh, mi = rng.randint(5, 18), rng.randint(0, 59)
    tz = "+00:00" if lang == "en" else "+01:00"
    iso = "%sT%02d:%02d:00%s" % (art["date"], hh, mi, tz)
    shown = nuxt_date(lang, art["date"])
    author_slug = mp13.medium_slug(art["byline"], 40).lower()
    heads = rng.sample(HEADLINES[lang], 6)

    def hpath(t):
        return "/%s/%s-a%d" % (rng.choice(s["slugs"][:4]), mp13.medium_slug(t, 60).lower(), rng.randint(10**6, 10**7 - 1))

    hurls = {t: hpath(t) for t in heads}
    # the components between the rich-text parts: an inline teaser after the first third, an ad slot further down
    slots = [i for i in safe_slots(art, 2) if i not in art["no_slot"]]
    teaser_at = slots[len(slots) // 3] if slots else n
    ad_at = next((i for i in slots if i >= teaser_at + 2), None)
    th = heads[0]
    teaser = ('<aside class="teaser-inline not-prose my-8 border-y border-neutral-200 py-4" {v}><a href="{u}" class="group flex items-center gap-4" {v}>'
              '<img src="https://img.{dom}/240x160/{im}.jpg" width="120" height="80" loading="lazy" alt="" class="h-20 w-28 shrink-0 rounded object-cover" data-nuxt-img {v}>'
              '<div class="flex flex-col gap-1" {v}><span class="text-xs font-bold uppercase tracking-wider text-red-700" {v}>{lab}</span>'
              '<span class="font-serif text-lg leading-snug group-hover:underline" {v}>{t}</span></div></a></aside>').format(
        v=v["teaser"], u=hurls[th], dom=s["domain"], im=mp13.medium_slug(th, 30).lower(), lab=E(s["teaser_label"]), t=E(th))
    ad = ('<div class="ad-slot not-prose my-10 flex flex-col items-center" {v}><span class="mb-1 text-[10px] uppercase tracking-[0.2em] text-neutral-400" {v}>{lab}</span>'
          '<div id="div-gpt-ad-{k}-0" class="min-h-[250px] w-[300px]" data-ad-unit="/2291/{dom}/article_mrec_1" {v}></div></div>').format(
        v=v["ad"], lab=E(pick(rng, "ad", lang, site, art)[1]), k=rng.randint(10**12, 10**13 - 1), dom=s["domain"])
    placed = {i: list(x) for i, x in placed.items()}
    placed.setdefault(teaser_at, []).append(teaser)
    if ad_at is not None:
        placed.setdefault(ad_at, []).append(ad)
    # the body: the rich text runs between the components; lines an editor pasted as plain paragraphs stay inside
    # the rich text around them
    comps, run, cms = [], [], []

    def flush():
        if run:
            comps.append('<div class="rich-text prose prose-lg prose-neutral max-w-none prose-a:text-red-800" %s>%s</div>'
                         % (v["rich"], "".join(run)))
            cms.append({"_uid": "%08x-%04x" % (rng.randint(0, 16**8 - 1), rng.randint(0, 16**4 - 1)),
                        "component": "rich-text", "text": "".join(run).replace(BR, "<br>")})
            run.clear()

    for i in range(n + 1):
        for snip in placed.get(i, []):
            if re.match(r"<p>|<h[45]>", snip):
                run.append(snip)
            else:
                flush()
                comps.append(snip)
                if snip is teaser:
                    cms.append({"_uid": "%08x-%04x" % (rng.randint(0, 16**8 - 1), rng.randint(0, 16**4 - 1)),
                                "component": "article-teaser", "article": hurls[th]})
        if i < n:
            run.append(nuxt_block(*blocks[i]))
    flush()
    body = "\n".join(comps)
    nav = "".join('<li {v}><a href="/{sl}" class="{cls}block px-3 py-2 text-sm font-semibold hover:text-red-700" {v}>{t}</a></li>'.format(
        v=v["header"], sl=sl, t=E(t), cls="router-link-active text-red-700 " if k == sec_i else "")
        for k, (t, sl) in enumerate(zip(s["menu"], s["slugs"])))
    topbar = "".join('<a href="/%s" class="hover:underline" %s>%s</a>' % (mp13.medium_slug(t, 30).lower(), v["header"], E(t)) for t in s["topbar"])
    related = "".join(('<li class="border-b border-neutral-200 py-3" {v}><a href="{u}" class="flex gap-3 hover:underline" {v}>'
                       '<img src="https://img.{dom}/160x90/{im}.jpg" width="160" height="90" loading="lazy" alt="" data-nuxt-img {v}>'
                       '<span class="font-serif text-base" {v}>{t}</span></a></li>').format(
        v=v["related"], u=hurls[t], dom=s["domain"], im=mp13.medium_slug(t, 30).lower(), t=E(t)) for t in heads[1:4])
    popular = "".join('<li class="flex gap-3 py-2" {v}><span class="text-2xl font-black text-red-700" {v}>{k}</span><a href="{u}" class="text-sm font-semibold hover:underline" {v}>{t}</a></li>'.format(
        v=v["popular"], k=k + 1, u=hurls[t], t=E(t)) for k, t in enumerate(heads[3:6]))
    share_nets = [("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                  ("whatsapp", "WhatsApp", "https://wa.me/?text=" + url),
                  ("x", "X", "https://x.com/intent/post?url=" + url),
                  ("mail", "E-Mail" if lang == "de" else "Email", "mailto:?body=" + url)]
    share = "".join('<a href="{h}" target="_blank" rel="noopener" class="inline-flex h-9 w-9 items-center justify-center rounded-full bg-neutral-100 hover:bg-neutral-200" aria-label="{on} {lab}" {v}><span class="i-{k} h-4 w-4" {v}></span></a>'.format(
        h=A(h), on=A(c["share_on"]), lab=A(lab), k=k, v=v["share"]) for k, lab, h in share_nets)
    footer_links = "".join('<li {v}><a href="/{sl}" class="hover:underline" {v}>{t}</a></li>'.format(
        v=v["footer"], sl=mp13.medium_slug(t, 30).lower(), t=E(t)) for t in s["footer_links"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
                     "description": art["sub"], "datePublished": iso, "dateModified": iso, "mainEntityOfPage": url,
                     "image": [img], "articleSection": sec, "inLanguage": c["html_lang"], "isAccessibleForFree": True,
                     "author": [{"@type": "Person", "name": art["byline"], "url": "%s/%s/%s" % (host, c["author_path"], author_slug)}],
                     "publisher": {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject",
                                                                                  "url": host + "/logo.svg"}}},
                    ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    build_id = "%08x-%04x-4%03x-%04x-%012x" % (rng.randint(0, 16**8 - 1), rng.randint(0, 16**4 - 1), rng.randint(0, 16**3 - 1),
                                               rng.randint(0, 16**4 - 1), rng.randint(0, 16**12 - 1))
    key = "article-%d" % art_id
    payload = devalue(("ShallowReactive", {
        "data": ("ShallowReactive", {key: {
            "id": art_id, "slug": path.rsplit("/", 1)[1], "title": art["title"], "teaser": art["sub"],
            "section": {"name": sec, "slug": sec_slug}, "authors": [{"name": art["byline"], "slug": author_slug}],
            "publishedAt": iso, "readingTime": mins,
            "image": {"src": img, "caption": art["caption"], "credit": art["credit"]}, "body": cms}}),
        "state": ("Reactive", {"$scookie-control": {"consent": False, "modal": False}, "$ssite": s["domain"]}),
        "once": ("Set",), "_errors": ("ShallowReactive", {key: None}), "serverRendered": True, "path": path}))
    entry = "%08x" % rng.randint(0, 16**8 - 1)
    chunk = "%08x" % rng.randint(0, 16**8 - 1)
    css = "%08x" % rng.randint(0, 16**8 - 1)
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(art["title"])} | {E(site)}</title>
<link rel="stylesheet" href="/_nuxt/entry.{css}.css" crossorigin>
<link rel="stylesheet" href="/_nuxt/_slug_.{chunk[:6]}.css" crossorigin>
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/{entry}.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/_slug_.{chunk}.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/default.{css[:6]}.js">
<link rel="preload" as="image" href="{img}" fetchpriority="high">
<script type="module" src="/_nuxt/{entry}.js" crossorigin></script>
<meta name="description" content="{A(art["sub"])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{A(art["title"])}">
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:image" content="{img}">
<meta property="og:url" content="{url}">
<meta property="og:locale" content="{c["og_locale"]}">
<meta property="og:site_name" content="{A(site)}">
<meta property="article:published_time" content="{iso}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
<script type="application/ld+json" data-hid="schema-org-graph">{ld}</script>
</head>
<body><div id="__nuxt"><!--[--><div class="flex min-h-screen flex-col bg-white text-neutral-900" {v["layout"]}><a href="#main" class="sr-only focus:not-sr-only" {v["layout"]}>{E(c["skip"])}</a>
<header class="sticky top-0 z-40 border-b border-neutral-200 bg-white/95 backdrop-blur" {v["header"]} {v["layout"]}><div class="hidden bg-neutral-900 text-xs text-neutral-200 md:block" {v["header"]}><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-1" {v["header"]}><span {v["header"]}>{E(shown)}</span><nav class="flex gap-4" {v["header"]}>{topbar}</nav></div></div>
<div class="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3" {v["header"]}><button type="button" class="lg:hidden" aria-label="{A(c["menu"])}" {v["header"]}><span class="i-menu h-6 w-6" {v["header"]}></span></button><a href="/" class="router-link-active font-serif text-2xl font-black tracking-tight" aria-label="{A(site)}" {v["header"]}><img src="/logo.svg" alt="{A(site)}" width="260" height="36" {v["header"]}></a>
<div class="flex items-center gap-2" {v["header"]}><button type="button" class="p-2" aria-label="{A(c["search"])}" {v["header"]}><span class="i-search h-5 w-5" {v["header"]}></span></button><a href="/{c["join_path"]}" class="rounded bg-red-700 px-3 py-1.5 text-sm font-bold text-white" {v["header"]}>{E(s["join"])}</a><a href="/{c["account_path"]}" class="hidden text-sm font-semibold md:inline" {v["header"]}>{E(s["account"])}</a></div></div>
<nav class="mx-auto hidden max-w-7xl px-2 lg:block" {v["header"]}><ul class="flex" {v["header"]}><!--[-->{nav}<!--]--></ul></nav></header>
<main id="main" class="flex-1" {v["layout"]}><div class="mx-auto grid max-w-7xl gap-10 px-4 py-6 lg:grid-cols-[minmax(0,1fr)_320px]" {v["layout"]}>
<article class="mx-auto w-full max-w-3xl" {v["article"]} {v["layout"]}>
<nav aria-label="Breadcrumb" class="mb-4 text-sm text-neutral-500" {v["crumbs"]} {v["article"]}><ol class="flex gap-2" {v["crumbs"]}><li {v["crumbs"]}><a href="/" class="router-link-active hover:underline" {v["crumbs"]}>{E(c["home"])}</a></li><li aria-hidden="true" {v["crumbs"]}>/</li><li {v["crumbs"]}><a href="/{sec_slug}" class="hover:underline" {v["crumbs"]}>{E(sec)}</a></li></ol></nav>
<header class="mb-6" {v["header_a"]} {v["article"]}><a href="/{sec_slug}" class="text-sm font-bold uppercase tracking-wide text-red-700" {v["header_a"]}>{E(sec)}</a><h1 class="mt-2 font-serif text-3xl font-black leading-tight md:text-5xl" {v["header_a"]}>{E(art["title"])}</h1><p class="mt-4 text-xl leading-relaxed text-neutral-700" {v["header_a"]}>{E(art["sub"])}</p>
<div class="mt-4 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-neutral-600" {v["header_a"]}><img src="https://img.{s["domain"]}/authors/{author_slug}.jpg" width="40" height="40" alt="" class="h-10 w-10 rounded-full" data-nuxt-img {v["header_a"]}><span {v["header_a"]}>{E(c["by"])} <a href="/{c["author_path"]}/{author_slug}" class="font-semibold text-neutral-900 hover:underline" {v["header_a"]}>{E(art["byline"])}</a></span><time datetime="{iso}" {v["header_a"]}>{E(shown)}</time><span {v["header_a"]}>{E(c["read"].replace("{m}", str(mins)))}</span></div></header>
<figure class="mb-8" {v["figure"]} {v["article"]}><picture {v["figure"]}><source type="image/webp" srcset="{img}?w=768&amp;f=webp 768w, {img}?w=1536&amp;f=webp 1536w" sizes="(max-width: 768px) 100vw, 768px" {v["figure"]}><img src="{img}?w=1536" width="1536" height="864" alt="{A(art["caption"])}" fetchpriority="high" class="w-full rounded" data-nuxt-img {v["figure"]}></picture><figcaption class="mt-2 text-sm text-neutral-600" {v["figure"]}>{E(art["caption"])} <span class="text-neutral-400" {v["figure"]}>{E(art["credit"])}</span></figcaption></figure>
<div class="article-body" {v["body"]} {v["article"]}><!--[-->
{body}
<!--]--></div>
<div class="mt-10 flex flex-wrap items-center gap-3 border-t border-neutral-200 pt-6" {v["share"]} {v["article"]}><span class="text-sm font-semibold" {v["share"]}>{E(s["share_title"])}</span><!--[-->{share}<!--]--><button type="button" class="inline-flex items-center gap-2 rounded-full bg-neutral-100 px-3 py-2 text-sm" {v["share"]}><span class="i-link h-4 w-4" {v["share"]}></span>{E(c["copy"])}</button></div>
<ul class="mt-6 flex flex-wrap gap-2" {v["tags"]} {v["article"]}><li {v["tags"]}><a href="/{sec_slug}" class="rounded-full border border-neutral-300 px-3 py-1 text-xs font-semibold" {v["tags"]}>{E(sec)}</a></li></ul>
<section class="mt-12" {v["related"]} {v["article"]}><h2 class="mb-4 font-serif text-2xl font-bold" {v["related"]}>{E(s["related_title"])}</h2><ul {v["related"]}><!--[-->{related}<!--]--></ul></section>
</article>
<aside class="hidden space-y-8 lg:block" {v["layout"]}><section class="rounded border border-neutral-200 p-4" {v["popular"]} {v["layout"]}><h2 class="mb-2 text-lg font-bold" {v["popular"]}>{E(s["popular_title"])}</h2><ol {v["popular"]}><!--[-->{popular}<!--]--></ol></section>
<section class="rounded bg-neutral-100 p-4" {v["nl"]} {v["layout"]}><h2 class="text-lg font-bold" {v["nl"]}>{E(s["nl_title"])}</h2><p class="mt-1 text-sm" {v["nl"]}>{E(s["nl_text"])}</p><form class="mt-3 flex flex-col gap-2" action="/api/newsletter" method="post" {v["nl"]}><input type="email" name="email" required class="rounded border border-neutral-300 px-3 py-2" {v["nl"]}><button type="submit" class="rounded bg-red-700 px-3 py-2 font-bold text-white" {v["nl"]}>{E(s["nl_button"])}</button></form></section></aside>
</div></main>
<footer class="mt-16 bg-neutral-900 text-neutral-300" {v["footer"]} {v["layout"]}><div class="mx-auto max-w-7xl px-4 py-10" {v["footer"]}><ul class="flex flex-wrap gap-x-6 gap-y-2 text-sm" {v["footer"]}><!--[-->{footer_links}<!--]--></ul><p class="mt-6 text-xs text-neutral-500" {v["footer"]}>{E(s["footer_note"])}</p><p class="mt-2 text-xs text-neutral-500" {v["footer"]}>© {y} {E(site)}</p></div></footer>
</div><!--teleport start--><!--teleport end--><!--]--></div><div id="teleports"><section class="cookieControl" {v["consent"]}><div class="cookieControl__Overlay fixed inset-0 z-[60] bg-black/40" {v["consent"]}></div><div class="cookieControl__Bar cookieControl__Bar--bottom-full" {v["consent"]}><div class="cookieControl__BarContainer" {v["consent"]}><div {v["consent"]}><h2 {v["consent"]}>{E(c["cc_title"])}</h2><p {v["consent"]}>{E(ui["cookie"])}</p></div><div class="cookieControl__BarButtons" {v["consent"]}><button type="button" {v["consent"]}>{E(ui["accept"])}</button><button type="button" {v["consent"]}>{E(ui["reject"])}</button><button type="button" {v["consent"]}>{E(c["cc_manage"])}</button></div></div></div><button class="cookieControl__ControlButton" aria-label="{A(c["cc_control"])}" {v["consent"]}><svg viewBox="0 0 24 24" width="24" height="24" {v["consent"]}><path fill="currentColor" d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5" {v["consent"]}></path></svg></button></section></div><script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">{payload}</script>
<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{siteUrl:"{host}",gptNetwork:"2291",cookieControl:{{barPosition:"bottom-full",isControlButtonEnabled:true}}}},app:{{baseURL:"/",buildId:"{build_id}",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script></body></html>
'''


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"nuxt": ["readmore", "ad"]}  # the inline teaser component, the ad slot's label
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp5, ["squarespace"]), (mp6, ["quintype", "bitrix"]), (mp7, ["sanity"]), (mp11, ["hugo"]),
                     (mp13, ["medium"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "ai", "gift", "print", "moderation",
            "feedback", "standards", "topics", "bookmark", "poll", "embed", "translated", "gallery",
            "map", "calendar", "scores", "odds", "pharmacy", "motors"]
NEW_FAMILIES = ["odds", "pharmacy", "motors"]
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "translated", "scores"]
# families a village, association, club or community website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "ai", "gift", "feedback", "standards", "topics", "bookmark", "poll",
                      "newsletter", "moderation"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "gift", "bookmark", "audio"}
# a town hall's or council's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "gift", "tip", "typo", "comments", "moderation", "poll", "bio",
                      "newsletter", "credit", "standards", "section", "embed", "feedback", "photo"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · ") and tables
STYLES = {
    "cookie": ['<div class="thirdparty-gate"><p class="thirdparty-gate__msg">%s</p><button class="thirdparty-gate__ok" type="button">OK</button></div>',
               '<p class="social-embed-locked">%s</p>', '<p><i>%s</i></p>'],
    "newsletter": ['<div class="evening-mail-promo"><p class="evening-mail-promo__text">%s</p><a class="evening-mail-promo__go" href="/signup">&#8250;</a></div>',
                   '<p class="meter-count-line">%s</p>', '<h4 class="evening-mail-hd">%s</h4>', '<p><strong><a href="/support-us">%s</a></strong></p>'],
    "share": ['<ul class="pass-on-links">{items}</ul>', '<div class="forward-story-line">%s</div>', '<p><a href="#forward">%s</a></p>'],
    "photo": ['<p class="supplied-image-note">%s</p>', '<span class="handout-pic-span">%s</span>', '<p><small><i>%s</i></small></p>'],
    "copyright": ['<p class="licence-terms-line">%s</p>', '<div class="reuse-rights-box"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="desk-label-line">%s</p>', '<h5 class="desk-label-hd">%s</h5>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="glyph-break-line">%s</p>', '<div class="break-glyph-row">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="reporting-help-line">%s</p>', '<div class="contributors-note">%s</div>', '<p><i><small>%s</small></i></p>'],
    "title": ['<p class="title-repeat-line"><strong>%s</strong></p>', '<h2 class="story-title-again">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsor-break-label">%s</div>', '<p class="ad-interlude">%s</p>', '<p><small>%s</small></p>'],
    "continue": ['<p class="show-full-story-cta"><a href="#full">%s</a></p>', '<div class="reveal-rest-btn">%s</div>', '<p><a href="#full">%s</a></p>'],
    "comments": ['<p class="talk-count-link"><a href="#talk">%s</a></p>', '<div class="reader-talk-badge">%s</div>', '<p><a href="#talk">%s</a></p>'],
    "readtime": ['<p class="read-mins-line">%s</p>', '<span class="minutes-badge-chip">%s</span>', '<p><i>%s</i></p>'],
    "updated": ['<p class="edit-time-stamp"><time>%s</time></p>', '<div class="revision-row">%s</div>', '<p><small>%s</small></p>'],
    "audio": ['<div class="hear-story-bar"><button class="hear-story-bar__btn" aria-label="Play"></button><span class="hear-story-bar__label">%s</span></div>',
              '<p class="hear-version-link"><a href="#listen">%s</a></p>', '<p><a href="#listen">%s</a></p>'],
    "correction": ['<aside class="amended-story-box"><p>%s</p></aside>', '<p class="fix-notice-line"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "app": ['<div class="mobile-app-strip"><p class="mobile-app-strip__txt">%s</p><a class="mobile-app-strip__btn" href="/get-app">&#8681;</a></div>',
            '<p class="mobile-app-line">%s</p>', '<p><strong>%s</strong></p>'],
    "bio": ['<div class="reporter-blurb-card"><p class="reporter-blurb-card__text">%s</p></div>', '<p class="reporter-note-line"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "tip": ['<div class="send-news-panel"><p class="send-news-panel__text">%s</p></div>', '<p class="send-news-line">%s</p>', '<p><em>%s</em></p>'],
    "typo": ['<div class="error-report-tip"><p>%s</p></div>', '<p class="error-report-line">%s</p>', '<p><small><em>%s</em></small></p>'],
    "push": ['<div class="notify-prompt-card"><p class="notify-prompt-card__q">%s</p></div>', '<p class="notify-prompt-line">%s</p>',
             '<p><strong>%s</strong></p>'],
    "ai": ['<div class="automation-aid-note"><p>%s</p></div>', '<p class="automation-aid-line"><small>%s</small></p>', '<p><em>%s</em></p>'],
    "gift": ['<div class="present-article-box"><a class="present-article-box__btn" href="#present">%s</a></div>',
             '<p class="present-article-line"><a href="#present">%s</a></p>', '<p><a href="#present">%s</a></p>'],
    "print": ['<ul class="story-tools-row">{items}</ul>', '<p class="printable-view-link"><a href="?view=print">%s</a></p>',
              '<p><a href="?view=print">%s</a></p>'],
    "moderation": ['<div class="comment-code-note"><p>%s</p></div>', '<p class="comment-code-line">%s</p>', '<p><small>%s</small></p>'],
    "feedback": ['<div class="useful-vote-box"><p class="useful-vote-box__q">%s</p></div>', '<p class="useful-vote-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="press-code-note"><p>%s</p></div>', '<p class="press-code-line"><small>%s</small></p>', '<p><em>%s</em></p>'],
    "topics": ['<div class="story-themes-bar"><span class="story-themes-bar__list">%s</span></div>', '<p class="story-themes-line">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="keep-story-toggle"><a class="keep-story-toggle__link" href="#saved">%s</a></div>',
                 '<p class="keep-story-line"><a href="#saved">%s</a></p>', '<p><a href="#saved">%s</a></p>'],
    "poll": ['<div class="reader-vote-widget"><p class="reader-vote-widget__q">%s</p><button class="reader-vote-widget__send" type="button">&#10003;</button></div>',
             '<h5 class="readers-poll-hd">%s</h5>', '<p><small>%s</small></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/D{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/D{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-facade-box"><a class="video-facade-box__link" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}">%s</a></p>'],
    "translated": ['<p class="translation-origin-note"><em>%s</em></p>', '<div class="source-language-bar">%s</div>', '<p><small>%s</small></p>'],
    "gallery": ['<div class="pics-slider-launch"><a class="pics-slider-launch__btn" href="#carousel">%s</a></div>',
                '<p class="pics-slider-count">%s</p>', '<p><b>%s</b></p>'],
    "map": ['<div class="osm-embed-frame"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="600" height="360" loading="lazy"></iframe><p class="osm-embed-frame__links">%s</p></div>',
            '<figure class="place-locator"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    "calendar": ['<ul class="save-dates-links">{items}</ul>', '<p class="ical-file-link"><a href="/dates/{k}.ics">%s</a></p>',
                 '<div class="dates-export-row"><span class="dates-export-row__label">%s</span></div>'],
    "scores": ['<div class="score-centre-links"><a class="score-centre-links__main" href="/sport/live">%s</a></div>',
               '<ul class="league-tabs-row">{items}</ul>', '<p><a href="/sport/live"><b>%s</b></a></p>'],
    # the three families new in this part ({oddscells}: an odds strip's cells; {pharmacies} / {pharmacyrows}: the
    # finder's pharmacies; {cars} / {carrows}: the used-car widget's adverts)
    "odds": ['<div class="betting-odds-box"><p class="betting-odds-box__hd">%s</p><a class="betting-odds-box__cta" href="https://bet-partner.example/match/{k}" rel="sponsored nofollow">&#8250;</a></div>',
             '<table class="odds-strip"><caption>%s</caption><tr>{oddscells}</tr></table>',
             '<p class="bet-safe-line"><small>%s</small></p>',
             '<p><a href="https://bet-partner.example/" rel="sponsored nofollow"><b>%s</b></a></p>'],
    "pharmacy": ['<div class="duty-pharmacy-box"><h4 class="duty-pharmacy-box__hd">%s</h4><ul class="duty-pharmacy-box__list">{pharmacies}</ul></div>',
                 '<p class="pharmacy-finder-link"><a href="/health/pharmacies">%s</a></p>',
                 '<table class="pharmacy-rota-table"><tr><th>%s</th></tr>{pharmacyrows}</table>',
                 '<h4 class="out-of-hours-hd">%s</h4>'],
    "motors": ['<div class="car-marketplace-widget"><h4 class="car-marketplace-widget__hd">%s</h4><ul class="car-marketplace-widget__list">{cars}</ul></div>',
               '<aside class="car-valuation-promo"><p class="car-valuation-promo__cta"><a href="/motors/valuation">%s</a></p></aside>',
               '<table class="used-car-table"><tr><th>%s</th></tr>{carrows}</table>',
               '<p><a href="/motors"><strong>%s</strong></a></p>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <em>(%s)</em>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/signup"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#forward">%s</a>']),
          "section": (0.5, ['<b>%s</b> | ']),
          "odds": (0.3, ['<br><a href="https://bet-partner.example/" rel="sponsored nofollow"><strong>%s</strong></a>'])}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="midtext-photo-fig"><img src="/media/{id}-inbody.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-pasted.jpg" alt="" width="640"><br><i>{cap} – {cr}</i></p>']
RELATED_STYLES = ['<div class="catch-up-panel"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="story-trail-aside"><p class="story-trail-aside__hd">%s</p><ul>%s</ul></aside>',
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
    looked = art["looked"]  # blocks whose markup the editor set (no residue is typed into their start)
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
        else:
            idx, text = pick(rng, fam, lang, site, art)
        pos = {"section": rng.choice([0, 0, mid]), "credit": rng.choice([0, n]), "copyright": n,
               "share": rng.choice([mid, n]), "photo": rng.choice([0, mid]), "comments": rng.choice([0, n]),
               "readtime": 0, "updated": rng.choice([0, n]), "audio": rng.choice([0, mid]),
               "correction": rng.choice([0, n]), "app": rng.choice([mid, n]), "bio": n,
               "tip": rng.choice([mid, n]), "typo": n, "push": rng.choice([0, mid]), "ai": rng.choice([0, n]),
               "gift": rng.choice([mid, n]), "print": rng.choice([0, n]), "moderation": n,
               "feedback": n, "standards": rng.choice([0, n]), "topics": n,
               "bookmark": rng.choice([0, n]), "poll": rng.choice([mid, n]), "embed": mid,
               "translated": rng.choice([0, 0, n]), "gallery": rng.choice([0, mid]), "map": mid,
               "calendar": rng.choice([mid, n]), "scores": rng.choice([0, mid, n]),
               "odds": rng.choice([mid, n]), "pharmacy": rng.choice([mid, n, n]),
               "motors": rng.choice([mid, n])}.get(fam, mid)
        # run into a story paragraph: the end of the paragraph before the position, or the start of the first
        # (a newsletter pitch only: a paywall or donation note is not typed into the text; of the odds widget, only the
        # betting partner's link)
        if fam == "section" and art.get("section_tag"):  # the story's section typed as a bold tag into its first line
            inline.append((0, "start", INLINE["section"][1][0] % E(text)))
            continue
        if (fam in INLINE and rng.random() < INLINE[fam][0] and tpl not in ("medium",)
                and (fam != "newsletter" or idx == 0) and (fam != "odds" or idx == 2)):
            markup = rng.choice(INLINE[fam][1])
            if markup.endswith(" | "):
                if pos == 0 and blocks[0][0] == "p" and 0 not in looked:
                    inline.append((0, "start", markup % E(text)))
                    continue
            else:
                at = n if pos == 0 else pos  # a line typed into the text goes at the end of a paragraph, not above it
                if blocks[at - 1][0] == "p" and not blocks[at - 1][1].endswith(":") and at - 1 not in looked:
                    inline.append((at - 1, "end", markup % E(text)))
                    continue
        if fam == "share" and idx == 1:
            styles = [x for x in STYLES[fam] if "{items}" not in x]
        elif fam == "scores" and idx == 0:
            styles = [x for x in STYLES[fam] if "{items}" not in x]
        else:
            styles = STYLES[fam]
        if fam in NEW_FAMILIES:  # the new families' markups in turn over the part, so that each of them occurs
            style = styles[used[("style", fam)] % len(styles)]
            used[("style", fam)] += 1
        else:
            style = rng.choice(styles)
        if fam == "embed":  # the Instagram fallback in Instagram's embed code, the YouTube one in a video facade
            text = fill_text(R["embed"][lang][0 if "instagram" in style else 1], rng, site, art)
        lat, lon = 50 + rng.random() * 5, -4 + rng.random() * 6
        style = (style.replace("{h}", handle(site)).replace("{k}", rand_id())
                 .replace("{bbox}", "%%2C".join("%.4f" % x for x in (lon - .01, lat - .006, lon + .01, lat + .006)))
                 .replace("{oddscells}", "".join('<td>%s</td>' % E(x).replace("%", "%%") for x in ODDS_CELLS[lang]))
                 .replace("{pharmacies}", "".join('<li>%s</li>' % E(x).replace("%", "%%") for x in PHARMACY_ROWS[lang]))
                 .replace("{pharmacyrows}", "".join('<tr><td>%s</td></tr>' % E(x).replace("%", "%%") for x in PHARMACY_ROWS[lang]))
                 .replace("{cars}", "".join('<li><a href="/motors/%d">%s</a></li>' % (rng.randint(10000, 99999), E(x).replace("%", "%%"))
                                            for x in CAR_LISTINGS[lang]))
                 .replace("{carrows}", "".join('<tr><td><a href="/motors/%d">%s</a></td></tr>' % (rng.randint(10000, 99999), E(x).replace("%", "%%"))
                                               for x in CAR_LISTINGS[lang])))
        if "{items}" in style:  # a label before the first item ("Share: a · b") is printed as an item of its own
            items = text.split(" · ")
            label = ""
            if ": " in items[0]:
                head, items[0] = items[0].split(": ", 1)
                label = "<li>%s:</li>" % E(head)
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
DROPCAP = {"nuxt": ("class", "first-letter:float-left first-letter:mr-2 first-letter:font-serif first-letter:text-7xl first-letter:font-black first-letter:leading-[0.8]"),
           "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"nuxt": ("wrap", '<div class="not-prose my-6 rounded-md bg-sky-50 p-5 text-lg ring-1 ring-sky-200">\n', "\n</div>"),
       "gutenberg": ("wrap", '<div class="wp-block-group has-pale-ocean-gradient-background has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "drupal": ("class", "duyuru-kutusu"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"nuxt": ("wrap", '<div class="factbox not-prose my-8 rounded-lg border-l-4 border-red-700 bg-neutral-50 px-5 py-4">\n', "\n</div>"),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="ny pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"nuxt": ('<mark class="bg-yellow-200/70 px-0.5">', "</mark>"), "quintype": ('<mark>', "</mark>")}


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
# templates: nuxt is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"nuxt": tpl_nuxt, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "squarespace": mp5.tpl_squarespace,
                 "quintype": mp6.tpl_quintype, "bitrix": mp6.tpl_bitrix, "sanity": mp7.tpl_sanity,
                 "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h33), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "nuxt"


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
            rng = random.Random("newsflow-heldout34-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI34[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 34) for x in ("en", "intl")]
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
    # layouts: nuxt (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    want = ["h34-%s-%03d" % (x, k) for x in ("en", "tr", "de", "fr", "es", "ru") for k in range(1, PAGES_PER_LANG[x] + 1)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # the nuxt pages: a site of NUXT, a section of the site's menu; sites of the other pages
    for a in ARTICLES:
        if a["tpl"] == "nuxt" and (a.get("site") not in NUXT or a["lang"] not in NUXT_CORE
                                   or a["section"] not in NUXT[a["site"]]["menu"]):
            problems.append("%s: nuxt page needs a NUXT site and a menu section" % a["id"])
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
    for name, obj in (("odds cells", ODDS_CELLS), ("pharmacy rows", PHARMACY_ROWS), ("car listings", CAR_LISTINGS)):
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
    for fam, by_lang in list(R.items()) + [("odds cells", ODDS_CELLS), ("pharmacy rows", PHARMACY_ROWS),
                                           ("car listings", CAR_LISTINGS)]:
        for s in _strings(by_lang):
            problems.extend("h34 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = [v for (mod, name), v in SITE_STRINGS.items() if (mod, name) not in ((mp4, "R"), (mp, "RESIDUE"))]
    nuxt_sites = [{k: v for k, v in d.items() if k not in NUXT_EXEMPT} for d in NUXT.values()]
    # (NUXT_CORE, the front end's generic strings and the consent module's labels, is left as the developers left it)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("NUXT", nuxt_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)):
                continue
            problems.extend("h34 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    for art in ARTICLES:
        if art.get("correction"):
            problems.extend("%s: correction reuses %r" % (art["id"], x) for x in sorted(_sentences(art["correction"]) & old))
    # new wrapper class names
    old_classes = set()
    for mod in EARLIER_MODULES:
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES", "TIKTOK_STYLE"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend("h34 class name %r used by an earlier part" % x
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
    the pages only (truth.json does not hold the h34 entries yet) and says so."""
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
              "(truth.json not checked: h34 is not merged by make_pages.py yet)")
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
