#!/usr/bin/env python3
"""Thirty-eighth held-out part (h38-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout38.py           # write pages/h38-*.html
    python benchmarks/data/extraction/make_heldout38.py --check   # verify pages/h38-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout38.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the files of this directory were read; make_heldout37.py and its
stories, written at the same time by another writer, were not).  Stories are in articles_h38_en.py /
articles_h38_intl.py; the residue wordings (thirty-three of the generic families of the earlier parts, among them three
widget families that this part stresses: weather widgets on weather stories -- the local forecast strip with its days
and temperatures, the 7-day forecast link, the warnings-map prompt --, job-board widgets on employment stories -- the
"jobs near you" list with its employers, the upload-your-CV prompt, the job-alerts signup --, and event-ticket widgets
on stories about concerts, festivals and shows -- the buy-tickets button or line with the story's price, the what's-on
list, the add-to-calendar links), their wrapper class names, related headlines, site names, the sites' own strings in
the earlier layouts and the first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE /
UI or of the R pools of make_heldout2..36, nor their labels, furniture strings, headlines or site names; verify()
refuses to build if one is reused, if a wrapper class name of an earlier part recurs, if a family declared new
(NEW_FAMILIES) is already in an earlier pool, family list or template family, if a story paragraph or headline of an
earlier part recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  Every name and
number is fictional.
The three widget families are not new to the set: they were first drawn in h29 (weather), h31 (jobs) and h32
(tickets), so NEW_FAMILIES is empty, and verify() checks instead that each of them is in an earlier pool and that only
its wordings, markup and rows are new.  They are not drawn at random: a page carries them where a real site would (the
"carry" field of a story), on exactly four stories each in at least three languages: weather widgets on a storm and
flood warnings in the Severn Vale (on the broadcaster's page), a hosepipe ban, snow closing village roads and a night of
hailstorms (on the broadcaster's French page); job-board widgets on a packaging factory's 240 jobs, a hospital trust's
recruitment drive, a textile factory's 350 jobs and a county apprenticeship fair; ticket widgets on a folk festival, a
pantomime's hundredth run, an open-air cinema season and a jazz festival.  Score-centre links go on a cup semi-final.
The other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": a village or community site, an independent publication on a platform); a correction box goes only
on a story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes,
bars and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans and tables, and, for a few
families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share line, the buy-tickets
line) or a bold section tag run into the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps, whole
paragraphs in bold or italics, a highlighted sentence, a paragraph in a coloured box, a fact box holding a subheading
and its list, a Ghost callout card, a paragraph typed after a <br>; story structures that look like furniture but are
the story: question-and-answer interviews (bold questions, some of one or two words), lists inside the story (jobs on
offer, prices, results, a clean-up's haul, a bus timetable), crossheads as headings and as bold paragraphs, one-line
quotes and short one-line paragraphs, a closing line with practical information, and story sentences that mention
furniture words in ordinary reporting ("Share it with us, not with Facebook" and "Paylaşmadan önce kontrol edin" at the
very start of two stories, residents told to follow official accounts, a council's app, a carpool app and a library's
digital subscriptions, cookies in an app's privacy promise, photos posted to a village group and a running club's
website, a CV checked at an apprenticeship fair, a match to follow on community radio), some at the start or end of
the story where furniture usually sits.  Two pages carry no residue at all and one only its correction line.
One page layout is new (sitecore: a Sitecore XM site built with SXA, as a national broadcaster serves its regional
pages, on two pages, an English and a French one: the SXA base-theme and site-theme stylesheets and scripts under
/-/media/Base-Themes and /-/media/Themes, the Usercentrics loader and privacy-proxy scripts in the head; div#wrapper with
the header, main and footer placeholders (div#header, div#content, div#footer), SXA grid rows and column splitters;
every rendering as div.component.<name> > div.component-content: the logo image component, the mega menu (navigation
component with level1 / level2 items and field-navigationtitle links, the region's sub-menu opened), the SXA search box
with its data-properties JSON, header link buttons, the breadcrumb; the article column: a page-content rendering
variant with field-section, field-title, field-summary, byline, date and reading time, the lead image component with
field-imagecaption and credit and data-variantitemid / data-variantfieldname attributes and media-library URLs with
hash parameters; the body as components: rich-text components holding the story's paragraphs and lists, title
components (field-title) for subheadings, a quote component, an inline promo component (field-promoicon,
field-promotext) and an advert plain-html component between them, and plain-html components holding the HTML editors
pasted in; then the social-media-share component, a tag list and a related-stories page-list; the sidebar with a "most
read" page-list, a promo and a Sitecore Forms newsletter form (fxb.* fields); the mega-footer (a column splitter of four
link-list components and a rich-text note); the Usercentrics first-layer banner in div#usercentrics-root; no Experience
Editor chrome).  The platform's generic strings (SITECORE_CORE, per language) are left as developers leave them and
not checked; the sites' own strings (SITECORE: menus, buttons, promo and box titles, footer texts) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h35 or h36 gave it (9 English pages, 3 in each other language); while a page is rendered, the
earlier modules' related headlines, the strings that belong to one site rather than to the platform (see
SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's own, and the
templates get this part's furniture strings (UI38) instead of make_pages.UI.
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
import make_heldout35 as mp35  # noqa: E402
import make_heldout36 as mp36  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h38_en import ARTICLES as H38_EN  # noqa: E402
from articles_h38_intl import ARTICLES as H38_INTL  # noqa: E402

ARTICLES = H38_EN + H38_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36)
# parts whose layouts' languages this part avoids (the two before it; h37 is written at the same time)
LANG_PARTS = (mp35, mp36)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h38"

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Stallbridge & District Echo", "Marlcombe Chronicle", "Hollowmere Gazette", "Ashworth Weekly Clarion",
           "Tanbury Mercury", "Mardale Evening Post", "Eastmarsh Observer", "Whitcombe Sentinel"],
    "tr": ["Yaylaköy Postası", "Karaburun Gazetesi", "Sarıyurt Haber"],
    "de": ["Eichwalder Kreisbote", "Wiesenbrücker Anzeiger"],
    "fr": ["Le Petit Aubracois", "Haut-Lizon Infos"],
    "es": ["La Voz de Villalgordo", "Heraldo del Río Tormo", "Diario de la Sierra Alta"],
    "ru": ["Луговской курьер"],
}
# sites fixed per page (a national broadcaster's regional pages on Sitecore, in English and French, a village
# magazine on Ghost, a village website on uCoz, an independent publication on Medium) are given in the stories'
# "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h36 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Content from a third-party provider is blocked under your privacy choices. Change your settings to view it", "To see this post, allow social media cookies in the privacy centre"],
        "tr": ["Üçüncü taraf sağlayıcının içeriği gizlilik tercihleriniz nedeniyle engellendi. Görmek için ayarlarınızı değiştirin", "Bu gönderiyi görmek için gizlilik merkezinden sosyal medya çerezlerine izin verin"],
        "de": ["Inhalte eines Drittanbieters sind wegen Ihrer Datenschutzauswahl blockiert. Ändern Sie Ihre Einstellungen, um sie zu sehen", "Um diesen Beitrag zu sehen, erlauben Sie Social-Media-Cookies im Privatsphäre-Center"],
        "fr": ["Ce contenu d'un fournisseur tiers est bloqué selon vos choix de confidentialité. Modifiez vos réglages pour l'afficher", "Pour voir cette publication, autorisez les cookies des réseaux sociaux dans le centre de confidentialité"],
        "es": ["El contenido de un proveedor externo está bloqueado según tus preferencias de privacidad. Cambia los ajustes para verlo", "Para ver esta publicación, permite las cookies de redes sociales en el centro de privacidad"],
        "ru": ["Материал стороннего сервиса заблокирован в соответствии с вашими настройками приватности. Измените их, чтобы посмотреть", "Чтобы увидеть эту публикацию, разрешите cookie социальных сетей в центре конфиденциальности"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Start the day with Daybreak from {site}: the headlines, the weather and the roads, free in your inbox.",
               "You have read 2 of your 5 free stories this month. Unlock every story for £1 a week and cancel whenever you like",
               "Every council meeting we sit through costs us money: chip in £3 and help keep {site} independent"],
        "tr": ["Güne {site}'un Gün Doğumu bülteniyle başlayın: manşetler, hava ve yol durumu ücretsiz e-postanızda.",
               "Bu ay 5 ücretsiz haberinizin 2'sini okudunuz. Tüm haberlerin kilidini haftada 10 liraya açın, dilediğiniz zaman iptal edin",
               "İzlediğimiz her meclis toplantısının bir maliyeti var: 50 lira katkı verin, {site} bağımsız kalsın"],
        "de": ["Starten Sie mit dem Frühdienst von {site} in den Tag: Schlagzeilen, Wetter und Verkehrslage, kostenlos per E-Mail.",
               "Sie haben 2 Ihrer 5 freien Artikel in diesem Monat gelesen. Alle Artikel für 1 Euro pro Woche freischalten, jederzeit kündbar",
               "Jede Gemeinderatssitzung, über die wir berichten, kostet uns Geld: Geben Sie 3 Euro und helfen Sie, {site} unabhängig zu halten"],
        "fr": ["Commencez la journée avec L'Aube, la lettre de {site} : les titres, la météo et l'état des routes, gratuitement.",
               "Vous avez lu 2 de vos 5 articles gratuits ce mois-ci. Abonnez-vous à partir de 1 € par semaine",
               "Chaque conseil municipal que nous couvrons a un coût : donnez 3 € pour que {site} reste indépendant"],
        "es": ["Empieza el día con El Madrugador, el boletín de {site}: titulares, tiempo y carreteras, gratis en tu correo.",
               "Has leído 2 de tus 5 noticias gratuitas de este mes. Desbloquéalas todas por 1 € a la semana y cancela cuando quieras",
               "Cada pleno que cubrimos nos cuesta dinero: aporta 3 € y ayuda a que {site} siga siendo independiente"],
        "ru": ["Начинайте утро с рассылки «Рассвет» от «{site}»: заголовки, погода и дороги бесплатно на вашу почту.",
               "Вы прочитали 2 из 5 бесплатных материалов в этом месяце. Подписка — от 49 рублей в неделю",
               "Каждое заседание, о котором мы пишем, стоит нам денег: поддержите независимость «{site}» суммой от 150 рублей"],
    },
    "share": {  # the first wording is a list of networks (" · ")
        "en": ["Send this story: WhatsApp · Messenger · Bluesky · Copy link", "Know someone affected? Send them this article"],
        "tr": ["Haberi gönderin: WhatsApp · Messenger · Bluesky · Bağlantıyı kopyala", "Etkilenen birini tanıyor musunuz? Bu haberi ona gönderin"],
        "de": ["Artikel senden: WhatsApp · Messenger · Bluesky · Link kopieren", "Kennen Sie jemanden, der betroffen ist? Schicken Sie ihm diesen Artikel"],
        "fr": ["Envoyer l'article : WhatsApp · Messenger · Bluesky · Copier le lien", "Vous connaissez quelqu'un de concerné ? Envoyez-lui cet article"],
        "es": ["Envía la noticia: WhatsApp · Messenger · Bluesky · Copiar enlace", "¿Conoces a alguien afectado? Mándale esta noticia"],
        "ru": ["Отправить материал: Telegram · WhatsApp · ВКонтакте · Скопировать ссылку", "Знаете того, кого это касается? Отправьте ему эту статью"],
    },
    "photo": {
        "en": ["Image courtesy of the organisers, used with permission", "Photo sent in by a reader"],
        "tr": ["Görsel organizatörlerin izniyle kullanılmıştır", "Fotoğrafı bir okurumuz gönderdi"],
        "de": ["Bild mit freundlicher Genehmigung der Veranstalter", "Foto: von einem Leser eingesandt"],
        "fr": ["Image reproduite avec l'aimable autorisation des organisateurs", "Photo envoyée par un lecteur"],
        "es": ["Imagen cedida por la organización, con su permiso", "Foto enviada por un lector"],
        "ru": ["Изображение предоставлено организаторами, публикуется с разрешения", "Снимок прислал в редакцию наш читатель"],
    },
    "copyright": {
        "en": ["© {site}: reproducing this article in whole or in part requires a licence from the publisher."],
        "tr": ["© {site}: bu haberin tamamının ya da bir bölümünün kullanılması yayıncıdan lisans alınmasını gerektirir."],
        "de": ["© {site} – die Übernahme dieses Artikels, ganz oder in Teilen, bedarf einer Lizenz des Verlags."],
        "fr": ["© {site} — toute reprise de cet article, intégrale ou partielle, nécessite une licence de l'éditeur."],
        "es": ["© {site}: la reproducción total o parcial de esta noticia requiere una licencia del editor."],
        "ru": ["© «{site}»: перепечатка материала полностью или частично возможна только по лицензии издателя."],
    },
    "section": {  # the first wording is the one a bold section tag run into the first paragraph prints
        "en": ["{section} report", "Browse the {section} page →"],
        "tr": ["{section} haberi", "{section} sayfasına göz atın →"],
        "de": ["{section} aktuell", "Zur Übersichtsseite {section} →"],
        "fr": ["{section} — l'info du jour", "Parcourir la page {section} →"],
        "es": ["{section} — la crónica", "Recorre la página de {section} →"],
        "ru": ["{section}: репортаж", "Перейти на страницу раздела «{section}» →"],
    },
    "related": {
        "en": ["From our archive on this subject", "Further reading picked by the newsroom"],
        "tr": ["Arşivimizden bu konuda", "Haber merkezinin önerdiği diğer yazılar"],
        "de": ["Dazu aus unserem Archiv", "Weitere Lesetipps der Redaktion"],
        "fr": ["Dans nos archives sur le sujet", "D'autres lectures proposées par la rédaction"],
        "es": ["En nuestra hemeroteca sobre el tema", "Otras lecturas que propone la redacción"],
        "ru": ["Из нашего архива по теме", "Редакция также советует прочитать"],
    },
    "symbol": {"*": ["✧ ✧ ✧ ✧", "◈ ◇ ◈", "~ ❧ ~", "▪ ▫ ▪ ▫ ▪"]},
    "credit": {
        "en": ["Additional reporting: the {site} regional team", "Filmed and edited by the {site} video unit"],
        "tr": ["Ek haber: {site} bölge ekibi", "Çekim ve kurgu: {site} video birimi"],
        "de": ["Mitarbeit: das Regionalteam von {site}", "Gefilmt und geschnitten von der Videoredaktion von {site}"],
        "fr": ["Avec l'équipe régionale de {site}", "Tournage et montage : cellule vidéo de {site}"],
        "es": ["Colabora: equipo regional de {site}", "Grabación y montaje: unidad de vídeo de {site}"],
        "ru": ["При участии региональной группы «{site}»", "Съёмка и монтаж: видеоотдел «{site}»"],
    },
    "ad": {
        "en": ["Advertisement · story continues below", "Ads help pay for our reporters"],
        "tr": ["Reklam alanı · haberin devamı aşağıda", "Reklamlar muhabirlerimizin maaşına katkı sağlıyor"],
        "de": ["Werbung · der Artikel geht unten weiter", "Werbung hilft, unsere Reporterinnen und Reporter zu bezahlen"],
        "fr": ["Publicité · la suite de l'article plus bas", "La publicité aide à payer nos journalistes"],
        "es": ["Publicidad · la noticia continúa abajo", "La publicidad ayuda a pagar a nuestros periodistas"],
        "ru": ["Рекламный блок · материал продолжается ниже", "Реклама помогает платить нашим журналистам"],
    },
    "continue": {
        "en": ["Read the rest of this article ⌄", "Expand to read the whole story"],
        "tr": ["Haberin kalanını okuyun ⌄", "Haberin tamamını görmek için genişletin"],
        "de": ["Den Rest des Artikels lesen ⌄", "Aufklappen und den ganzen Artikel lesen"],
        "fr": ["Lire le reste de l'article ⌄", "Déplier pour lire tout l'article"],
        "es": ["Lee el resto de la noticia ⌄", "Despliega para leer la noticia completa"],
        "ru": ["Читать остальную часть материала ⌄", "Развернуть и прочитать целиком"],
    },
    "comments": {
        "en": ["💬 {n} comments · have your say", "Join the {n} readers talking about this ›"],
        "tr": ["💬 {n} yorum · siz ne düşünüyorsunuz", "Bunu konuşan {n} okura katılın ›"],
        "de": ["💬 {n} Kommentare · sagen Sie Ihre Meinung", "Mitreden: {n} Leserinnen und Leser diskutieren schon ›"],
        "fr": ["💬 {n} commentaires · donnez votre avis", "{n} lecteurs en discutent déjà, rejoignez-les ›"],
        "es": ["💬 {n} comentarios · da tu opinión", "Ya hay {n} lectores comentando esto, únete ›"],
        "ru": ["💬 {n} комментариев · выскажитесь", "Присоединяйтесь к {n} читателям в обсуждении ›"],
    },
    "readtime": {
        "en": ["⏱ About {m} minutes to read this story", "This article takes around {m} min to read"],
        "tr": ["⏱ Bu haberi okumak {m} dakika kadar sürer", "Okuma süresi: yaklaşık olarak {m} dakika"],
        "de": ["⏱ Diesen Text lesen Sie in etwa {m} Minuten", "Der Artikel ist in rund {m} Min. gelesen"],
        "fr": ["⏱ {m} minutes de lecture environ", "Comptez {m} minutes pour lire ce texte"],
        "es": ["⏱ Se lee en {m} minutos", "Esta noticia se lee en unos {m} min"],
        "ru": ["⏱ Читать {m} минуты", "Время чтения: приблизительно {m} минуты"],
    },
    "updated": {
        "en": ["Updated {d}, {t}: this story has been updated with new information", "Posted {d} · edited {t}"],
        "tr": ["Güncellendi: {d}, {t}. Habere yeni bilgiler eklendi", "Yayınlandı {d} · düzenlendi {t}"],
        "de": ["Aktualisiert am {d}, {t} Uhr: Der Artikel wurde um neue Informationen ergänzt", "Online seit {d} · bearbeitet {t} Uhr"],
        "fr": ["Mis à jour le {d} à {t} : cet article a été complété", "En ligne depuis le {d} · modifié à {t}"],
        "es": ["Actualizado el {d} a las {t}: la noticia incluye nueva información", "En línea desde el {d} · editada a las {t}"],
        "ru": ["Обновлено {d} в {t}: в материал добавлены новые подробности", "Опубликовано {d} · отредактировано в {t}"],
    },
    "audio": {
        "en": ["▶ Hear this story read aloud · {m} min", "Audio version available: press to listen"],
        "tr": ["▶ Bu haberi sesli dinleyin · {m} dk", "Sesli sürümü mevcut: dinlemek için basın"],
        "de": ["▶ Diesen Artikel vorlesen lassen · {m} Min.", "Audioversion verfügbar: zum Anhören tippen"],
        "fr": ["▶ Écoutez cet article lu à voix haute · {m} min", "Version audio disponible : appuyez pour écouter"],
        "es": ["▶ Escucha esta noticia en voz alta · {m} min", "Versión en audio disponible: pulsa para escuchar"],
        "ru": ["▶ Послушать материал вслух · {m} мин", "Доступна аудиоверсия: нажмите, чтобы слушать"],
    },
    "correction": {
        "en": ["Amended: an earlier version of this story contained an error, which has now been put right."],
        "tr": ["Düzeltildi: Bu haberin önceki sürümünde yer alan bir hata giderildi."],
        "de": ["Berichtigt: Eine frühere Fassung dieses Artikels enthielt einen Fehler, der inzwischen behoben ist."],
        "fr": ["Corrigé : une version antérieure de cet article comportait une erreur, désormais rectifiée."],
        "es": ["Rectificado: una versión anterior de esta noticia contenía un error que ya se ha subsanado."],
        "ru": ["Исправлено: в предыдущей версии материала была ошибка, теперь она устранена."],
    },
    "app": {
        "en": ["Breaking news in your pocket: the {site} app is free on iOS and Android", "Open this story in the {site} app ›"],
        "tr": ["Son dakika cebinizde: {site} uygulaması iOS ve Android'de ücretsiz", "Bu haberi {site} uygulamasında açın ›"],
        "de": ["Eilmeldungen für die Hosentasche: die App von {site}, kostenlos für iOS und Android", "Diesen Artikel in der App von {site} öffnen ›"],
        "fr": ["L'info en direct dans votre poche : l'appli {site} est gratuite sur iOS et Android", "Ouvrir cet article dans l'appli {site} ›"],
        "es": ["La última hora en tu bolsillo: la app de {site} es gratis en iOS y Android", "Abre esta noticia en la app de {site} ›"],
        "ru": ["Срочные новости в кармане: приложение «{site}» бесплатно для iOS и Android", "Открыть материал в приложении «{site}» ›"],
    },
    "bio": {
        "en": ["{by} is a {section} reporter at {site}. Get in touch with story ideas.", "Follow {by} for more from {section} ›"],
        "tr": ["{by}, {site}'da {section} muhabiridir. Haber önerileriniz için ulaşın.", "{section} haberlerinin devamı için {by} imzasını takip edin ›"],
        "de": ["{by} berichtet für {site} über {section}. Themenvorschläge sind willkommen.", "{by} folgen und mehr aus {section} lesen ›"],
        "fr": ["{by} est journaliste {section} à {site}. Vos idées de sujets sont les bienvenues.", "Suivre {by} pour plus d'actualités {section} ›"],
        "es": ["{by} es periodista de {section} en {site}. Escríbele con propuestas de temas.", "Sigue a {by} para más noticias de {section} ›"],
        "ru": ["{by} — корреспондент отдела «{section}» в «{site}». Присылайте идеи для материалов.", "Подписаться на автора: {by} ›"],
    },
    "tip": {
        "en": ["Got a story for our reporters? WhatsApp the newsroom on 07700 900 514 or email tips@example.org", "Something happening in your street that we should know about? Tell the newsroom"],
        "tr": ["Haberiniz mi var? Haber merkezimize WhatsApp'tan 0532 000 05 14 numarasıyla ya da ihbar@example.org adresinden ulaşın", "Yakınınızda bir şey mi oluyor? Bize haber verin"],
        "de": ["Sie haben eine Geschichte für unsere Reporter? Schreiben Sie unserer Redaktion per WhatsApp an 0151 0000514 oder an hinweise@example.org", "Passiert etwas in Ihrer Nähe? Sagen Sie uns Bescheid"],
        "fr": ["Une info pour nos reporters ? Écrivez à la rédaction sur WhatsApp au 06 00 00 05 14 ou à infos@example.org", "Un événement dans votre quartier ou votre village ? Prévenez la rédaction"],
        "es": ["¿Tienes una noticia para nuestros periodistas? Escribe a la redacción por WhatsApp al 600 000 514 o a avisos@example.org", "¿Pasa algo cerca de ti? Avísanos"],
        "ru": ["Есть новость для наших корреспондентов? Пишите в редакцию в WhatsApp: +7 900 000-05-14 или на почту tips@example.org", "Что-то происходит рядом с вами? Сообщите нам"],
    },
    "typo": {
        "en": ["Found a mistake in this article? Select the text and hit Ctrl+Enter to tell the editors"],
        "tr": ["Bu haberde bir yanlış mı gördünüz? Metni seçip Ctrl+Enter ile editörlere bildirin"],
        "de": ["Einen Fehler gefunden? Text auswählen und mit Strg+Enter der Redaktion melden"],
        "fr": ["Une faute repérée dans cet article ? Sélectionnez le texte et tapez Ctrl+Entrée pour prévenir la rédaction"],
        "es": ["¿Has visto un error en esta noticia? Selecciona el texto y pulsa Ctrl+Intro para avisar a la redacción"],
        "ru": ["Нашли ошибку в материале? Выделите фрагмент и нажмите Ctrl+Enter, чтобы сообщить редакторам"],
    },
    "push": {
        "en": ["Turn on notifications from {site} and hear about big stories first. Maybe later · Turn them on"],
        "tr": ["Büyük haberleri ilk siz duymak için {site} bildirimlerini açın. Şimdi değil · Evet, lütfen"],
        "de": ["Benachrichtigungen von {site} einschalten und große Nachrichten zuerst erfahren. Nicht jetzt · Ja, gern"],
        "fr": ["Activez les notifications de {site} pour apprendre les grandes infos en premier. Plus tard · Oui, merci"],
        "es": ["Activa las notificaciones de {site} para enterarte antes que nadie. Más tarde · Activarlas"],
        "ru": ["Включите уведомления «{site}», чтобы первыми узнавать о главном. Не сейчас · Да, включить"],
    },
    "print": {
        "en": ["🖨 Print · ✉ Email · ⬇ Download PDF", "Printer-friendly version of this story"],
        "tr": ["🖨 Yazdır · ✉ E-posta · ⬇ PDF indir", "Bu haberi yazıcıya uygun biçimde açın"],
        "de": ["🖨 Drucken · ✉ E-Mail · ⬇ PDF herunterladen", "Druckfreundliche Fassung dieses Artikels"],
        "fr": ["🖨 Imprimer · ✉ Courriel · ⬇ Télécharger le PDF", "Cet article en version adaptée à l'impression"],
        "es": ["🖨 Imprimir · ✉ Correo · ⬇ Descargar PDF", "Esta noticia en versión para imprimir"],
        "ru": ["🖨 Печать · ✉ Почта · ⬇ Скачать PDF", "Версия этого материала для печати"],
    },
    "moderation": {
        "en": ["Our comment section is pre-moderated. Abusive or off-topic posts will be removed and repeat offenders blocked."],
        "tr": ["Yorum bölümümüz ön denetimlidir. Hakaret içeren ya da konu dışı yorumlar silinir, tekrarlayanlar engellenir."],
        "de": ["Unser Kommentarbereich wird vorab moderiert. Beleidigende oder themenfremde Beiträge werden gelöscht, wer es wiederholt, wird gesperrt."],
        "fr": ["Notre espace commentaires est modéré a priori. Les messages injurieux ou hors sujet sont supprimés, les récidivistes bloqués."],
        "es": ["Los comentarios se moderan antes de publicarse. Se borrarán los insultos y los mensajes fuera de tema, y se bloqueará a quien reincida."],
        "ru": ["Комментарии проходят предварительную модерацию. Оскорбления и сообщения не по теме удаляются, нарушители блокируются."],
    },
    "feedback": {
        "en": ["Did this story tell you what you needed to know? Tap 👍 or 👎 to tell us"],
        "tr": ["Bu haber bilmek istediklerinizi anlattı mı? Bize 👍 ya da 👎 ile söyleyin"],
        "de": ["Hat Ihnen dieser Artikel die nötigen Informationen gegeben? Mit 👍 oder 👎 antworten"],
        "fr": ["Cet article vous a-t-il apporté ce que vous cherchiez ? Répondez par 👍 ou 👎"],
        "es": ["¿Te ha contado esta noticia lo que necesitabas saber? Responde con 👍 o 👎"],
        "ru": ["Этот материал ответил на ваши вопросы? Ответьте 👍 или 👎"],
    },
    "standards": {
        "en": ["{site} sticks to the Editors' Code of Practice, and if you think we have got something wrong you can write to corrections@example.org."],
        "tr": ["{site}, Basın Meslek İlkelerine uyar. Hata yaptığımızı düşünüyorsanız bize duzeltme@example.org üzerinden ulaşabilirsiniz."],
        "de": ["{site} arbeitet nach den publizistischen Grundsätzen des Pressekodex. Wenn Sie einen Fehler vermuten, schreiben Sie an korrektur@example.org."],
        "fr": ["{site} applique la charte d'éthique professionnelle des journalistes. Si vous pensez que nous avons commis une erreur, signalez-la à correction@example.org."],
        "es": ["{site} se rige por el código deontológico de la profesión periodística. Si crees que nos hemos equivocado, escribe a correcciones@example.org."],
        "ru": ["«{site}» придерживается кодекса профессиональной этики журналиста. Если, по-вашему, мы допустили ошибку, сообщите об этом на ispravleniya@example.org."],
    },
    "topics": {
        "en": ["Tags: {section} · local news · community", "See everything tagged {section} ›"],
        "tr": ["Etiketler: {section} · yerel haber · toplum", "{section} konusunda daha fazlası ›"],
        "de": ["Schlagworte: {section} · Lokales · Gemeinschaft", "Mehr über {section} ›"],
        "fr": ["Mots-clés : {section} · infos locales · vie locale", "En savoir plus sur {section} ›"],
        "es": ["Etiquetas: {section} · noticias locales · vecinos", "Todo lo etiquetado como {section} ›"],
        "ru": ["Теги: {section} · местные новости · общество", "Больше материалов о теме «{section}» ›"],
    },
    "bookmark": {
        "en": ["🔖 Keep this story for later"], "tr": ["🔖 Bu haberi sonra okumak için sakla"], "de": ["🔖 Artikel für später aufheben"],
        "fr": ["🔖 Garder cet article pour plus tard"], "es": ["🔖 Guardar esta noticia para luego"], "ru": ["🔖 Отложить материал на потом"],
    },
    "poll": {
        "en": ["Have your say: should the plan go ahead? Yes, go ahead · No, scrap it · Not sure yet", "Vote to see what other readers think"],
        "tr": ["Siz ne diyorsunuz: plan hayata geçsin mi? Evet, yapılsın · Hayır, vazgeçilsin · Henüz karar vermedim", "Diğer okurların ne düşündüğünü görmek için oy verin"],
        "de": ["Ihre Meinung: Soll der Plan umgesetzt werden? Ja, umsetzen · Nein, stoppen · Noch unentschieden", "Abstimmen und sehen, was andere Leser denken"],
        "fr": ["Votre avis : le projet doit-il se faire ? Oui, allez-y · Non, à abandonner · Pas encore d'avis", "Votez pour voir ce qu'en pensent les autres lecteurs"],
        "es": ["Opina: ¿debe seguir adelante el plan? Sí, adelante · No, que se retire · Aún no lo sé", "Vota para ver qué piensan otros lectores"],
        "ru": ["Ваше мнение: нужно ли реализовывать план? Да, реализовать · Нет, отменить · Пока не решил(а)", "Проголосуйте, чтобы увидеть мнение других читателей"],
    },
    "embed": {  # the Instagram fallback, the YouTube facade's link
        "en": ["See this post from {handle} on Instagram ›", "Watch the video from {handle} on YouTube ›"],
        "tr": ["{handle} hesabının bu gönderisini Instagram'da açın ›", "{handle} kanalının videosunu YouTube'da izleyin ›"],
        "de": ["Diesen Beitrag von {handle} bei Instagram öffnen ›", "Das Video von {handle} bei YouTube ansehen ›"],
        "fr": ["Ouvrir cette publication de {handle} sur Instagram ›", "Regarder la vidéo de {handle} sur YouTube ›"],
        "es": ["Abre esta publicación de {handle} en Instagram ›", "Mira el vídeo de {handle} en YouTube ›"],
        "ru": ["Открыть эту публикацию {handle} в Instagram ›", "Смотреть видео {handle} на YouTube ›"],
    },
    "scores": {
        "en": ["Live scores, tables and the cup draw ›", "Fixtures · Results · Table · Cup draw"],
        "tr": ["Canlı skorlar, puan durumu ve kupa kuraları ›", "Fikstür · Sonuçlar · Puan durumu · Kupa kuraları"],
        "de": ["Live-Ergebnisse, Tabellen und Pokalauslosung ›", "Spielplan · Ergebnisse · Tabelle · Pokalauslosung"],
        "fr": ["Scores en direct, classements et tirage de la coupe ›", "Calendrier · Résultats · Classement · Tirage de la coupe"],
        "es": ["Marcadores en directo, clasificaciones y sorteo de copa ›", "Calendario · Resultados · Clasificación · Sorteo de copa"],
        "ru": ["Онлайн-счёт, таблицы и жеребьёвка кубка ›", "Календарь · Результаты · Таблица · Жеребьёвка кубка"],
    },
    # the three widget families of this part (families of h29, h31 and h32, in new wordings, new markup and with new
    # rows), each placed only on stories of its kind
    "weather": {  # the local forecast strip, the 7-day forecast link, the warnings-map prompt
        "en": ["Your local weather right now", "Full 7-day forecast for your area ›", "Are you affected? Check the warnings map for your postcode"],
        "tr": ["Bulunduğunuz yerde hava şu an", "Bölgeniz için 7 günlük hava tahmini ›", "Etkileniyor musunuz? İlinizdeki uyarıları haritada görün"],
        "de": ["Das Wetter bei Ihnen gerade", "Die 7-Tage-Vorhersage für Ihre Region ›", "Sind Sie betroffen? Warnkarte für Ihre Postleitzahl öffnen"],
        "fr": ["La météo chez vous en ce moment", "Prévisions à 7 jours pour votre secteur ›", "Êtes-vous concerné ? Consultez la carte des vigilances pour votre code postal"],
        "es": ["El tiempo ahora donde estás", "Previsión a 7 días para tu zona ›", "¿Te afecta? Consulta el mapa de avisos para tu código postal"],
        "ru": ["Погода у вас сейчас", "Прогноз на 7 дней для вашего района ›", "Вас это касается? Откройте карту предупреждений по вашему району"],
    },
    "jobs": {  # the jobs-near-you list, the upload-your-CV prompt, the job-alerts signup
        "en": ["Jobs near you, updated daily", "Upload your CV and let local employers find you", "Get job alerts by email: new vacancies every morning"],
        "tr": ["Yakınınızdaki iş ilanları, her gün güncel", "Özgeçmişinizi yükleyin, yerel işverenler sizi bulsun", "İş alarmı kurun: yeni ilanlar her sabah e-postanızda"],
        "de": ["Jobs in Ihrer Nähe, täglich aktualisiert", "Lebenslauf hochladen und von Arbeitgebern aus der Region gefunden werden", "Job-Alarm per E-Mail: jeden Morgen die neuen Stellen"],
        "fr": ["Offres d'emploi près de chez vous, mises à jour chaque jour", "Déposez votre CV et laissez les employeurs de la région vous trouver", "Alertes emploi par courriel : les nouvelles offres chaque matin"],
        "es": ["Empleo cerca de ti, actualizado cada día", "Sube tu currículum y deja que las empresas de la zona te encuentren", "Alertas de empleo por correo: nuevas ofertas cada mañana"],
        "ru": ["Вакансии рядом с вами, обновляются ежедневно", "Загрузите резюме — пусть местные работодатели найдут вас сами", "Подпишитесь на вакансии: новые предложения каждое утро на почту"],
    },
    "tickets": {  # the buy-tickets line with the price ({price}: the story's), the what's-on list, add-to-calendar links
        "en": ["Buy tickets · from {price}", "What's on near you this month", "Save the date: Google Calendar · iCal · Outlook"],
        "tr": ["Bilet satın al · {price} itibaren", "Bu ay yakınınızda neler var", "Tarihi kaydedin: Google Takvim · iCal · Outlook"],
        "de": ["Tickets kaufen · ab {price}", "Was diesen Monat in Ihrer Nähe los ist", "Termin eintragen: Google Kalender · iCal · Outlook"],
        "fr": ["Acheter des billets · à partir de {price}", "Les sorties près de chez vous ce mois-ci", "Noter la date : Google Agenda · iCal · Outlook"],
        "es": ["Comprar entradas · desde {price}", "Qué hacer cerca de ti este mes", "Apunta la fecha: Google Calendar · iCal · Outlook"],
        "ru": ["Купить билеты · от {price}", "Куда сходить рядом с вами в этом месяце", "Сохранить дату: Google Календарь · iCal · Outlook"],
    },
}
# the wording each markup of a widget family prints (by the markup's index in STYLES): the forecast strip is headed by
# "your weather now", the outlook table by the 7-day link; the vacancies list and table by "jobs near you"; the
# buy-tickets button and line print the price, the what's-on list its heading, the calendar row its links
NEW_STYLE_WORDING = {"weather": [0, 1, 2, 1], "jobs": [0, 1, 2, 0], "tickets": [0, 1, 2, 0]}
# a forecast strip's days: day · sky · high / low (fictional, neutral)
WEATHER_ROWS = {
    "en": ["Sat · cloudy · 11° / 6°", "Sun · showers · 10° / 4°", "Mon · sunny spells · 12° / 5°"],
    "tr": ["Cmt · kar · -1° / -9°", "Paz · yoğun kar · -3° / -12°", "Pzt · bulutlu · 0° / -8°"],
    "de": ["Sa · wolkig · 23° / 14°", "So · Schauer · 21° / 13°", "Mo · heiter · 24° / 12°"],
    "fr": ["vendredi · orageux · 29° / 17°", "samedi · averses · 25° / 16°", "dimanche · éclaircies · 27° / 15°"],
    "es": ["sábado · despejado · 31° / 18°", "domingo · nuboso · 28° / 17°", "lunes · soleado · 32° / 19°"],
    "ru": ["сб · снег · −8° / −15°", "вс · облачно · −6° / −13°", "пн · ясно, мороз · −11° / −19°"],
}
# a job-board widget's listings: role · employer · place or pay (fictional)
JOB_ROWS = {
    "en": ["Forklift driver · Dornway Logistics · Stallbridge, £12.60 an hour", "Care assistant · Meadowbank Care Homes · Eastmarsh, £12.40 an hour",
           "Trainee electrician · Gillow Electrical · Tewford, apprenticeship", "School receptionist · Harlow Fields Academy · part-time, term time only"],
    "tr": ["Forklift operatörü · Yıldız Lojistik · Karaburun OSB", "Hasta bakım elemanı · Şifa Özel Hastanesi · tam zamanlı",
           "Aşçı yardımcısı · Gölbaşı Restoran · sezonluk", "Muhasebe elemanı · Tan Gıda · Karaburun merkez"],
    "de": ["Staplerfahrer (m/w/d) · Brehmer Logistik · Wiesenbrück, Vollzeit", "Pflegefachkraft (m/w/d) · Klinikum Ostheim · Teilzeit möglich",
           "Azubi Elektroniker (m/w/d) · Elektro Hanke · Ausbildungsstart im August", "Verkäufer Bäckerei (m/w/d) · Bäckerei Möllering · Minijob"],
    "fr": ["Cariste · Transports Bardin · CDI", "Aide-soignant · Ehpad Les Tilleuls · temps plein",
           "Serveur saisonnier · Hôtel du Lac · juillet-août", "Apprenti boulanger · Boulangerie Fabre · apprentissage"],
    "es": ["Carretillero · Logística Ribera · jornada completa", "Auxiliar de enfermería · Residencia San Roque · turno de noche",
           "Camarero de temporada · Hostal El Mirador · verano", "Aprendiz de panadería · Horno Lozano · formación dual"],
    "ru": ["Водитель погрузчика · «Промсклад» · полный день", "Медицинская сестра · районная больница · сменный график",
           "Повар · кафе «Берёзка» · от 45 000 ₽", "Продавец-кассир · магазин «Каменский» · график 2/2"],
}
# a what's-on widget's events: date · event (fictional)
TICKET_ROWS = {
    "en": ["Fri 6 · Quiz night at the Corn Exchange", "Sat 7 · Brass band Christmas concert", "Sun 8 · Craft and food market, Market Square",
           "Thu 12 · Comedy club: three acts"],
    "tr": ["6 Cuma · Türk sanat müziği konseri", "7 Cumartesi · Çocuk tiyatrosu: Keloğlan", "8 Pazar · Kitap fuarı", "12 Perşembe · Stand-up gecesi"],
    "de": ["Fr 03.07 · Jazz im Schlosshof", "Sa 04.07 · Flohmarkt am Rathaus", "So 05.07 · Orgelkonzert in St. Nikolai", "Do 09.07 · Lesung in der Stadtbücherei"],
    "fr": ["vendredi 3 · Bal populaire au kiosque", "samedi 4 · Marché de producteurs", "dimanche 5 · Concert d'orgue à l'abbatiale", "jeudi 9 · Cinéma en plein air"],
    "es": ["viernes 3 · Verbena en la plaza", "sábado 4 · Mercado medieval", "domingo 5 · Concierto de la banda municipal", "jueves 9 · Cine de verano"],
    "ru": ["пт 3 · Концерт хора в ДК", "сб 4 · Ярмарка мастеров", "вс 5 · Спектакль народного театра", "чт 9 · Кино под открытым небом"],
}
HEADLINES = {
    "en": ["Level crossing at Fenby to close for two weeks of repairs", "Lido to open at 6am on weekdays this summer",
           "Retired vet, 91, still walks the cliff path every morning", "Parking charges scrapped at three village car parks",
           "Primary school pupils plant 400 trees along the bypass", "Allotment waiting list falls after new plots open"],
    "tr": ["Fenerli hemzemin geçidi iki hafta kapalı kalacak", "Açık yüzme havuzu yazın hafta içi 06.00'da açılacak",
           "91 yaşındaki emekli veteriner her sabah sahil yolunda yürüyor", "Üç köy otoparkında ücret uygulaması kaldırıldı",
           "İlkokul öğrencileri çevre yoluna 400 fidan dikti", "Yeni hobi bahçeleri açıldı, bekleme listesi kısaldı"],
    "de": ["Bahnübergang in Fennbach zwei Wochen gesperrt", "Freibad öffnet im Sommer werktags schon um 6 Uhr",
           "Tierarzt im Ruhestand läuft mit 91 jeden Morgen den Klippenweg", "Parkgebühren auf drei Dorfparkplätzen abgeschafft",
           "Grundschüler pflanzen 400 Bäume an der Umgehungsstraße", "Warteliste für Kleingärten wird kürzer"],
    "fr": ["Le passage à niveau de Fenay fermé deux semaines pour travaux", "La piscine découverte ouvrira dès 6 heures en semaine cet été",
           "À 91 ans, le vétérinaire retraité arpente chaque matin le sentier des falaises", "Stationnement gratuit sur trois parkings de villages",
           "Les écoliers plantent 400 arbres le long de la déviation", "Jardins familiaux : la liste d'attente se réduit"],
    "es": ["El paso a nivel de Fenal cerrará dos semanas por obras", "La piscina de verano abrirá a las 6 de la mañana entre semana",
           "Un veterinario jubilado de 91 años recorre cada mañana el camino de los acantilados", "Fin del pago en tres aparcamientos de pedanías",
           "Alumnos de primaria plantan 400 árboles junto a la variante", "Se acorta la lista de espera de los huertos urbanos"],
    "ru": ["Переезд у Фенино закроют на две недели ремонта", "Летом открытый бассейн будет работать с 6 утра по будням",
           "91-летний ветеринар на пенсии каждое утро проходит тропу вдоль обрыва", "На трёх сельских парковках отменили плату",
           "Школьники высадили 400 деревьев вдоль объездной", "Очередь на огородные участки сократилась"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["ru"]
TEASERS = {
    "ru": ["Железнодорожники заменят настил и шлагбаумы, объезд — через Сосенки.",
           "Ранние часы ввели по просьбе тех, кто плавает перед работой.",
           "Аркадий Ильич лечил коров и собак в районе больше пятидесяти лет.",
           "Депутаты решили, что сборы не окупали даже обслуживание автоматов.",
           "Саженцы липы и клёна передало районное лесничество.",
           "Новые участки нарезали на месте бывшего колхозного сада."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Local headlines", "Towns and villages near you", "Councils and the courts", "Money, work and business", "Sport from the local leagues", "Days out and going out", "Your letters and comment"],
               cookie="With your permission, we and our partners use cookies and similar technologies to keep this site working, to understand how it is used and to show advertising that pays for local reporting. You can withdraw your consent whenever you wish from the link at the foot of each page.",
               accept="Yes, that's OK with me", reject="Necessary cookies only, please", share="Send this article to someone",
               related="Also making the news today", newsletter="Our daily email, out at 6.30am",
               subscribe="Put me on the mailing list", email="name@youremail.example",
               comment_note="Sign in to leave a comment.",
               closed="We have closed comments on this story.",
               footer=["Who writes and edits our stories", "How to report an error to us", "Privacy and cookie settings", "Advertise with us in print and online", "Terms and conditions of the site"],
               rights="Copying any part of this website without the publisher's written permission is prohibited.",
               commenters=[("harbourwall_harry", "About time this was written up."),
                           ("Sandra off the Crescent", "Is there a meeting about this anywhere?"),
                           ("kettle_on_keith", "Cheers for keeping us posted.")]),
    "tr": dict(nav=["Yerel manşetler", "Yakınınızdaki ilçe ve köyler", "Meclis ve adliye", "Para, iş ve ticaret", "Yerel liglerden spor", "Gezilecek yerler ve etkinlikler", "Okur mektupları ve yorumlar"],
               cookie="İzninizle biz ve iş ortaklarımız bu siteyi çalıştırmak, nasıl kullanıldığını anlamak ve yerel habercilik için ödenen reklamları göstermek üzere çerezler ve benzeri teknolojiler kullanıyoruz. Onayınızı her sayfanın altındaki bağlantıdan dilediğiniz zaman geri çekebilirsiniz.",
               accept="Tamam, sorun yok", reject="Yalnızca zorunlu çerezler lütfen", share="Haberi bir tanıdığınıza yollayın",
               related="Bugün sitenin diğer bölümlerinde", newsletter="Günlük e-postamız, her sabah 06.30'da",
               subscribe="Beni listeye ekleyin lütfen", email="isim@eposta-adresiniz.example",
               comment_note="Yorum bırakmak için oturum açın.",
               closed="Bu haberde yorumları kapattık.",
               footer=["Haber merkezimizi tanıyın", "Bize hata bildirmenin yolları", "Gizlilik ve çerez ayarları", "Gazetede ve sitede reklam verin", "Sitenin kullanım şartları"],
               rights="Bu sitenin herhangi bir bölümünün yayıncının yazılı izni olmadan kopyalanması yasaktır.",
               commenters=[("iskele_hasan", "Sonunda biri bu meseleyi kaleme aldı."),
                           ("Sevim Hanım", "Bununla ilgili bir toplantı yapılacak mı?")]),
    "de": dict(nav=["Lokale Schlagzeilen", "Städte und Dörfer in Ihrer Nähe", "Gemeinderäte und Gerichte", "Geld, Arbeit und Wirtschaft", "Sport aus den Kreisligen", "Ausflüge und Ausgehen", "Ihre Briefe und Meinungen"],
               cookie="Mit Ihrer Erlaubnis nutzen wir und unsere Partner Cookies und ähnliche Technologien, damit diese Seite funktioniert, um ihre Nutzung zu verstehen und Werbung zu zeigen, die lokale Berichterstattung bezahlt. Ihre Einwilligung können Sie über den Link am Fuß jeder Seite jederzeit widerrufen.",
               accept="Ja, das ist in Ordnung", reject="Bitte nur notwendige Cookies", share="Artikel an jemanden schicken",
               related="Heute auch auf unserer Seite", newsletter="Unsere tägliche E-Mail, um 6.30 Uhr",
               subscribe="Bitte in die Liste eintragen", email="name@ihre-adresse.example",
               comment_note="Melden Sie sich an, um einen Kommentar zu schreiben.",
               closed="Wir haben die Kommentare zu diesem Artikel geschlossen.",
               footer=["Unsere Redaktion stellt sich vor", "So melden Sie uns einen Fehler", "Datenschutz- und Cookie-Einstellungen", "Anzeigen in Zeitung und Internet", "Die Spielregeln dieser Website"],
               rights="Das Kopieren von Teilen dieser Website ohne schriftliche Erlaubnis des Verlags ist untersagt.",
               commenters=[("Hafenmauer_Heinz", "Wurde auch Zeit, dass das mal aufgeschrieben wird."),
                           ("Sabine vom Ringweg", "Gibt es dazu irgendwo eine Versammlung?")]),
    "fr": dict(nav=["Les titres locaux", "Villes et villages près de chez vous", "Conseils municipaux et tribunaux", "Argent, travail et entreprises", "Le sport des championnats locaux", "Balades et sorties", "Vos lettres et vos avis"],
               cookie="Avec votre accord, nos partenaires et nous utilisons des cookies et des technologies similaires pour faire fonctionner ce site, comprendre comment il est utilisé et afficher les publicités qui financent l'information locale. Vous pouvez retirer votre consentement quand vous le souhaitez via le lien en bas de chaque page.",
               accept="C'est d'accord", reject="Non, merci", share="Faire suivre cet article à un proche",
               related="Également dans l'actualité du jour", newsletter="Notre courriel quotidien, à 6 h 30",
               subscribe="Inscrivez-moi à la liste de diffusion", email="prenom@votreadresse.example",
               comment_note="Identifiez-vous pour laisser un commentaire.",
               closed="Nous avons fermé les commentaires sur cet article.",
               footer=["Découvrir la rédaction", "Nous signaler une erreur", "Réglages de confidentialité et de cookies", "Annoncer dans le journal et sur le site", "Les règles d'usage de ce site"],
               rights="Toute copie d'une partie de ce site sans l'autorisation écrite de l'éditeur est interdite.",
               commenters=[("jetée_jojo", "Il était temps que quelqu'un l'écrive."),
                           ("Martine du lotissement", "Une réunion est-elle prévue quelque part ?")]),
    "es": dict(nav=["Titulares locales", "Pueblos y ciudades cerca de ti", "Plenos y juzgados", "Dinero, trabajo y empresas", "El deporte de las ligas locales", "Escapadas y ocio", "Tus cartas y opiniones"],
               cookie="Con tu permiso, nosotros y nuestros socios usamos cookies y tecnologías similares para que esta web funcione, saber cómo se usa y mostrar la publicidad que paga el periodismo local. Puedes cambiar de opinión en cualquier momento.",
               accept="Por mí, de acuerdo", reject="Solo las cookies necesarias, por favor", share="Manda esta noticia a alguien",
               related="En otras secciones hoy", newsletter="Nuestro correo diario, a las 6.30",
               subscribe="Apuntadme a la lista", email="tu.nombre@correo-lector.example",
               comment_note="Identifícate para dejar un comentario.",
               closed="Hemos cerrado los comentarios de esta noticia.",
               footer=["Quién escribe y edita nuestras noticias", "Cómo avisarnos de un error", "Ajustes de privacidad y cookies", "Anúnciate en papel y en la web", "Condiciones de uso de la web"],
               rights="Queda prohibido copiar cualquier parte de esta web sin permiso por escrito del editor.",
               commenters=[("espigon_manolo", "Por fin alguien lo cuenta como es."),
                           ("Rosi de la urbanización", "¿Hay alguna reunión prevista sobre esto?")]),
    "ru": dict(nav=["Главные новости района сегодня", "Города и сёла рядом с вами", "Советы депутатов и суды", "Деньги, работа, бизнес", "Спорт местных лиг", "Куда поехать и сходить", "Ваши письма и мнения"],
               cookie="С вашего разрешения мы и наши партнёры используем cookie и похожие технологии, чтобы сайт работал, чтобы понимать, как им пользуются, и показывать рекламу, которая оплачивает местную журналистику. Вы можете передумать в любой момент.",
               accept="Да, я согласен(на)", reject="Только необходимые cookie, пожалуйста", share="Отправить статью знакомым",
               related="Сегодня на сайте также", newsletter="Наше ежедневное письмо — в 6:30",
               subscribe="Добавьте меня в рассылку", email="vashe.imya@pochta-chitatelya.example",
               comment_note="Чтобы прокомментировать, войдите в аккаунт.",
               closed="Мы закрыли комментарии к этому материалу.",
               footer=["Кто пишет и редактирует наши материалы", "Как сообщить нам об ошибке", "Настройки приватности и cookie", "Как дать объявление или рекламу", "Правила пользования этим сайтом"],
               rights="Копирование любой части сайта без письменного разрешения издателя запрещено.",
               commenters=[("пристань_Витя", "Давно пора было об этом написать."),
                           ("Люба с Садовой", "Будет ли где-нибудь собрание по этому поводу?")]),
}
UI38 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"de": "MEHR IM EICHWALDER KREISBOTEN:"},  # the regional layout's inline links
    (mp2, "BIO"): {"de": "{name} schreibt für {site} über {section} und das Vereinsleben rund um den Stausee. Themenhinweise an kultur@example.org"},
    (mp4, "READMORE"): {"ru": "ЕЩЁ В «ЛУГОВСКОМ КУРЬЕРЕ»:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"es": dict(also="Más en La Voz de Villalgordo")},
    (mp6, "TYPO3"): {"fr": dict(ext="Vidéo Dailymotion", note="Une vidéo du festival hébergée par Dailymotion est intégrée ici. Elle ne se charge qu'avec votre accord ; des données sont alors transmises à Dailymotion.",
                                button="Accepter et lancer la vidéo", by="Rédigé par", search="Rechercher dans Le Petit Aubracois",
                                lang_menu="Legir en occitan")},
    (mp7, "SANITY"): {"en": dict(nl_title="Sentinel Sport on Sunday", nl_text="Match reports, team news and all of Saturday's local results, every Sunday evening.",
                                 nl_button="Send me Sentinel Sport", nl_placeholder="Your email for Sentinel Sport")},
    (mp11, "HUGO"): {"en": dict(nl_title="The Observer's week in Eastmarsh", nl_text="Hospitals, schools and the council: one email every Friday lunchtime.",
                                nl_label="Your email for the Friday round-up", nl_button="Get the Friday round-up")},
    (mp13, "PUB_NAV"): {"ru": ["Новые тетради", "Заречье и окрестности", "Люди Заречья", "Поддержать «Тетради»"]},
    (mp13, "TEASERS"): {"ru": TEASERS["ru"]},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Красная Ивань: новости посёлка, объявления и фотоальбом",
                                menu=["Главная Красной Ивани", "Новости посёлка Красная Ивань", "Доска объявлений посёлка", "Клуб и библиотека", "Фото Красной Ивани", "Написать администратору сайта"],
                                cats=["Новости посёлка Красная Ивань", "Благоустройство Красной Ивани", "Доска объявлений посёлка"],
                                friends=["Школа посёлка Красная Ивань", "Клуб «Родник»", "Охотхозяйство «Ивань»"],
                                footer="Красная Ивань © 2026 · сайт посёлка ведут добровольцы",
                                poster="moderator_lena", tags=["субботник", "река Ивань"],
                                commenters=[("Ольга_Петровна", "Молодцы! В следующий раз тоже придём, с внуками."),
                                            ("Михалыч_55", "Найти бы тех, кто покрышки в реку скидывает.")],
                                style="br", heads="b")},
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
# the new layout: a Sitecore XM site built with SXA, as a national broadcaster serves its regional pages
# --------------------------------------------------------------------------
# the platform's generic strings as the developers leave them (SXA's search box, breadcrumb and share labels, the
# Sitecore Forms field label, Usercentrics' banner labels), per language (not checked: they recur on any such site)
SITECORE_CORE = {
    "en": dict(html_lang="en", og_locale="en_GB", home="Home", search="Search", search_ph="Search",
               copy="Copy link", email_label="Email", uc_more="More Information", uc_title="Privacy Settings",
               menu_toggle="Menu", by="By", read="{m} min read",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"], date_fmt="{d} {M} {y}"),
    "fr": dict(html_lang="fr", og_locale="fr_FR", home="Accueil", search="Rechercher", search_ph="Rechercher",
               copy="Copier le lien", email_label="E-mail", uc_more="Plus d'informations", uc_title="Paramètres de confidentialité",
               menu_toggle="Menu", by="Par", read="{m} min de lecture",
               months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                       "novembre", "décembre"], date_fmt="{d} {M} {y}"),
}
# the sites' own strings: host, the SXA tenant and site, the mega menu (titles, slugs, the regional sub-menu), header
# buttons, the inline promo's label, box titles, the sidebar promo, the newsletter form and the mega-footer
SITECORE = {
    "Albion National Broadcasting": dict(
        domain="albion-broadcasting.example", tenant="Albion", project="Regions",
        menu=["Severn Vale", "Wessex Coast", "The Marches", "ANB Politics", "ANB Sport", "ANB Weather"],
        slugs=["severn-vale", "wessex-coast", "the-marches", "politics", "sport", "weather"],
        sub=["Gloucester and the Forest", "Wyebridge and the Vale", "Stroud and the Cotswold edge", "Severn Vale travel news"],
        buttons=["Watch ANB One live", "Listen to ANB Radio Severn Vale"],
        account="Sign in to ANB", promo_label="Also on ANB Severn Vale", related_title="More from ANB Severn Vale",
        popular_title="Most watched in Severn Vale today", promo_pre="Weeknights at six",
        promo_title="Severn Vale Tonight", promo_text="The region's evening news, live on ANB One and in the ANB app.",
        nl_title="The Severn Vale Briefing", nl_text="Our regional newsroom's pick of the day, sent to your inbox at teatime.",
        nl_button="Sign up to the Briefing", share_title="Share this ANB story",
        footer_cols=[("ANB in your region", ["ANB Severn Vale", "ANB Wessex Coast", "ANB The Marches", "ANB Moorland and Dales"]),
                     ("Watch and listen to ANB", ["ANB One schedule", "ANB Radio stations", "ANB Podcasts", "ANB app"]),
                     ("About Albion National Broadcasting", ["Working at ANB", "ANB editorial guidelines", "ANB press office", "Complaints to ANB"]),
                     ("ANB help and accessibility", ["ANB accessibility help", "ANB subtitles and audio description", "ANB privacy notice", "Contact ANB"])],
        footer_note="Albion National Broadcasting is a public service broadcaster funded by advertising, with nine regional newsrooms."),
    "Horizons Télévision": dict(
        domain="horizons-television.example", tenant="Horizons", project="Regions",
        menu=["Val d'Argence", "Côte Vermeille", "Plateaux du Nord", "Horizons Politique", "Horizons Sports", "Horizons Météo"],
        slugs=["val-d-argence", "cote-vermeille", "plateaux-du-nord", "politique", "sports", "meteo"],
        sub=["Saint-Méry et les coteaux", "Lavernoux et la vallée", "Le haut pays d'Argence", "Circulation dans le Val d'Argence"],
        buttons=["Horizons 3 en direct", "Écouter Horizons Radio Argence"],
        account="Mon compte Horizons", promo_label="À voir aussi sur Horizons Argence", related_title="Plus d'infos du Val d'Argence",
        popular_title="Les plus lus dans le Val d'Argence", promo_pre="Chaque soir à 19 heures",
        promo_title="Le journal d'Horizons Argence", promo_text="L'édition régionale en direct sur Horizons 3 et dans l'appli Horizons.",
        nl_title="L'essentiel du Val d'Argence", nl_text="La sélection de la rédaction régionale, chaque soir dans votre boîte aux lettres électronique.",
        nl_button="Je m'inscris à l'essentiel", share_title="Partager cet article d'Horizons",
        footer_cols=[("Horizons dans votre région", ["Horizons Argence", "Horizons Côte Vermeille", "Horizons Plateaux du Nord", "Horizons Outre-mer"]),
                     ("Regarder et écouter Horizons", ["Programmes d'Horizons 3", "Les radios Horizons", "Les podcasts Horizons", "L'appli Horizons"]),
                     ("Le groupe Horizons Télévision", ["Rejoindre Horizons", "La charte éditoriale d'Horizons", "Espace presse Horizons", "Le médiateur d'Horizons"]),
                     ("Aide et accessibilité Horizons", ["Accessibilité des sites Horizons", "Sous-titrage et audiodescription Horizons", "Données personnelles chez Horizons", "Contacter Horizons"])],
        footer_note="Horizons Télévision est le groupe audiovisuel public national et ses douze antennes régionales."),
}
SITECORE_EXEMPT = {"domain", "tenant", "project", "slugs"}


def sc_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    c = SITECORE_CORE[lang]
    return c["date_fmt"].replace("{M}", c["months"][m - 1]).replace("{d}", str(d)).replace("{y}", str(y))


def sc_block(kind, val):
    """One block of a rich-text component, as Sitecore's rich text editor stores it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_sitecore(art, ui, site, placed, rng):
    # an article page of an SXA site (see the module docstring)
    lang, n, blocks = art["lang"], len(art["blocks"]), art["blocks"]
    c, s = SITECORE_CORE[lang], SITECORE[site]
    host = "https://www." + s["domain"]
    media = "/-/media/Project/%s/%s" % (s["tenant"], s["project"])
    sec_i = s["menu"].index(art["section"])
    sec, sec_slug = s["menu"][sec_i], s["slugs"][sec_i]
    y, m, d = art["date"].split("-")
    page_slug = mp13.medium_slug(art["title"], 60).lower()
    path = "/%s/news/%s/%s/%s" % (sec_slug, y, m, page_slug)
    url = host + path
    hh, mi = rng.randint(5, 19), rng.randint(0, 59)
    tz = "+00:00" if lang == "en" else "+02:00"
    iso = "%sT%02d:%02d:00%s" % (art["date"], hh, mi, tz)
    shown = sc_date(lang, art["date"])
    words = len(mp.truth_text(art["truth_blocks"]).split())
    mins = max(2, round(words / 200))

    def hx(k):
        return "%0*X" % (k, rng.randint(0, 16**k - 1))

    def guid():
        return "{%s-%s-%s-%s-%s}" % (hx(8), hx(4), hx(4), hx(4), hx(12))

    def img(file, w, h):
        return "%s/news/%s/%s.jpg?h=%d&amp;iar=0&amp;w=%d&amp;hash=%s" % (media, y, file, h, w, hx(32))

    stamp = "%s%s%sT%02d%02d%02dZ" % (y, m, d, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    img_file = mp13.medium_slug(art["caption"], 40).lower()
    heads = rng.sample(HEADLINES[lang], 6)
    hurls = {t: "/%s/news/%s/%s/%s" % (rng.choice(s["slugs"][:3]), y, m, mp13.medium_slug(t, 50).lower()) for t in heads}

    def comp(cls, inner, col="col-12"):
        return ('<div class="component %s %s">\n    <div class="component-content">\n%s\n    </div>\n</div>' % (cls, col, inner))

    def rich(html_in):
        return comp("rich-text", html_in)

    def title_comp(text, tag="h2", extra=""):
        return comp("title" + extra, '<div class="field-title"><%s>%s</%s></div>' % (tag, E(text), tag))

    # the components between the text: an inline promo after the first third, an ad slot further down
    slots = [i for i in safe_slots(art, 2) if i not in art["no_slot"]]
    promo_at = slots[len(slots) // 3] if slots else n
    ad_at = next((i for i in slots if i >= promo_at + 2), None)
    th = heads[0]
    promo = comp("promo promo-inline",
                 '<div class="field-promoicon"><a href="%s"><img src="%s" alt="" width="320" height="180" data-variantitemid="%s" data-variantfieldname="PromoIcon" /></a></div>\n'
                 '<div class="promo-text"><div><div class="field-promotext"><p class="promo-kicker">%s</p><h3><a href="%s">%s</a></h3></div></div></div>'
                 % (hurls[th], img(mp13.medium_slug(th, 30).lower(), 320, 180), guid(), E(s["promo_label"]), hurls[th], E(th)))
    ad = comp("plain-html advert-slot",
              '<div class="advert-slot__label">%s</div><div id="div-gpt-ad-%s" class="advert-slot__unit" data-ad-unit="/21%d/%s/%s/article_inline_%d" data-sizes="[[300,250],[728,90]]"></div>'
              % (E(pick(rng, "ad", lang, site, art)[1]), hx(13).lower(), rng.randint(100, 999), s["tenant"].lower(), sec_slug, rng.randint(1, 3)))
    placed = {i: list(x) for i, x in placed.items()}
    placed.setdefault(promo_at, []).append(promo)
    if ad_at is not None:
        placed.setdefault(ad_at, []).append(ad)
    # headings in a box or fact box stay in the rich text; the others are title components
    in_box = {j for st, _, j in art["looks"] if st in ("box", "factbox")}
    comps, run = [], []

    def flush():
        if run:
            comps.append(rich("\n".join(run)))
            run.clear()

    for i in range(n + 1):
        for snip in placed.get(i, []):
            if re.match(r"<p>|<h[45]>", snip):  # a line pasted into the rich text editor
                run.append(snip)
            elif snip is promo or snip is ad:
                flush()
                comps.append(snip)
            else:  # the HTML an editor put into a plain HTML component
                flush()
                comps.append(comp("plain-html", snip))
        if i < n:
            kind, val = blocks[i]
            if kind == "h" and i not in in_box:
                flush()
                comps.append(title_comp(val))
            elif kind == "q":
                flush()
                comps.append(comp("quote", '<blockquote class="field-quote"><p>%s</p></blockquote>' % mp.inline_html(val)))
            else:
                run.append(sc_block(kind, val))
    flush()
    body = "\n".join(comps)

    def nav_li(k, t, sl, subs):
        cls = " level1 item%d %s%s%s rel-level1" % (k, "odd" if k % 2 == 0 else "even", " first" if k == 0 else "",
                                                     " last" if k == len(s["menu"]) - 1 else "")
        inner = '<div class="navigation-title field-navigationtitle"><a title="%s" href="/%s">%s</a></div>' % (A(t), sl, E(t))
        if subs:
            inner += '\n<ul class="clearfix">\n%s\n</ul>' % "\n".join(
                '<li class=" level2 item%d %s rel-level2"><div class="navigation-title field-navigationtitle"><a title="%s" href="/%s/%s">%s</a></div></li>'
                % (j, "odd" if j % 2 == 0 else "even", A(x), sl, mp13.medium_slug(x, 40).lower(), E(x)) for j, x in enumerate(subs))
        return '<li class="%s">\n%s\n</li>' % (cls + (" active" if k == sec_i else ""), inner)

    nav_items = "\n".join(nav_li(k, t, sl, s["sub"] if k == sec_i else []) for k, (t, sl) in enumerate(zip(s["menu"], s["slugs"])))
    buttons = "\n".join(comp("link header-button", '<div class="field-link"><a href="/%s">%s</a></div>' % (mp13.medium_slug(b, 30).lower(), E(b)), "col-6 col-md-2")
                        for b in s["buttons"])
    crumbs = [(c["home"], "/"), (sec, "/" + sec_slug)]
    crumb_html = "\n".join(
        '<li class="breadcrumb-item %s">\n<div class="navigation-title field-navigationtitle"><a title="%s" href="%s">%s</a></div><div class="separator">&gt;</div>\n</li>'
        % ("home" if k == 0 else "", A(t), u, E(t)) for k, (t, u) in enumerate(crumbs))
    crumb_html += '\n<li class="breadcrumb-item last">\n<div class="navigation-title field-navigationtitle"><a title="%s" href="%s">%s</a></div>\n</li>' % (
        A(art["title"]), path, E(art["title"]))

    def page_list(title, items, extra, with_date):
        lis = "\n".join('<li class="item%d %s%s">\n<div class="field-title"><a href="%s">%s</a></div>%s\n</li>' % (
            k, "odd" if k % 2 == 0 else "even", " first" if k == 0 else (" last" if k == len(items) - 1 else ""), hurls[t], E(t),
            '\n<div class="field-date">%s</div>' % E(shown) if with_date else "") for k, t in enumerate(items))
        return comp("page-list" + extra, '<div class="page-list-title"><h3>%s</h3></div>\n<ul class="items">\n%s\n</ul>' % (E(title), lis))

    share_nets = [("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                  ("x", "X", "https://x.com/intent/post?url=" + url),
                  ("whatsapp", "WhatsApp", "https://wa.me/?text=" + url),
                  ("email", "Email", "mailto:?body=" + url)]
    share = "".join('<li><a href="%s" class="%s" target="_blank" rel="noopener noreferrer">%s</a></li>' % (A(h), k, E(lab)) for k, lab, h in share_nets)
    footer_cols = "\n".join(
        '<div class="col-12 col-md-3">\n%s\n</div>' % comp("link-list footer-links", "<h3>%s</h3>\n<ul>\n%s\n</ul>" % (
            E(head), "\n".join('<li class="item%d"><div class="field-link"><a href="/%s" data-variantfieldname="Link">%s</a></div></li>'
                               % (j, mp13.medium_slug(t, 40).lower(), E(t)) for j, t in enumerate(links))))
        for head, links in s["footer_cols"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
                     "description": art["sub"], "datePublished": iso, "dateModified": iso, "mainEntityOfPage": url,
                     "image": [host + img(img_file, 1600, 900).replace("&amp;", "&")],
                     "articleSection": sec, "inLanguage": c["html_lang"],
                     "author": [{"@type": "Person", "name": art["byline"]}],
                     "publisher": {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject", "url": host + media + "/logo.svg"}}},
                    ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    search_props = json.dumps({"endpoint": "/sxa/search/results/", "suggestionEndpoint": "/sxa/search/suggestions/",
                               "suggestionsMode": "ShowSearchResultsAsPredictions", "resultPage": "/search",
                               "targetSignature": "searchresults", "v": guid(), "s": guid(), "p": 5, "l": c["html_lang"],
                               "languageSource": "CurrentLanguage", "searchResultsSignature": "", "itemid": guid(),
                               "minSuggestionsTriggerCharacterCount": 2}, separators=(",", ":"))
    form_id = hx(32).lower()
    fxb = "fxb.%s-%s-%s-%s-%s" % (form_id[:8], form_id[8:12], form_id[12:16], form_id[16:20], form_id[20:])
    field_id = guid()[1:-1].lower()
    uc_id = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(14))
    theme = "/-/media/Themes/%s/%s" % (s["tenant"], s["project"])
    _c0 = comp("image file-type-icon-media-link site-logo", '<a title="%s" href="/"><img src="%s/logo.svg?h=48&amp;iar=0&amp;w=220&amp;hash=%s" alt="%s" width="220" height="48" data-variantitemid="%s" data-variantfieldname="Image" /></a>' % (A(site), media, hx(32), A(site), guid()), "col-6 col-md-2")
    _c1 = comp("navigation navigation-main navigation-main-horizontal mega-menu", '<div class="navigation-toggle"><button type="button" aria-expanded="false">%s</button></div>\n<nav>\n<ul class="clearfix">\n%s\n</ul>\n</nav>' % (E(c["menu_toggle"]), nav_items), "col-12 col-md-6")
    _c2 = comp("link header-account", '<div class="field-link"><a href="/account">%s</a></div>' % E(s["account"]), "col-12")
    _c3 = comp("breadcrumb navigation-title", '<nav>\n<ol>\n%s\n</ol>\n</nav>' % crumb_html)
    _c4 = comp("page-content article-header", '<div class="field-section"><a href="/%s">%s</a></div>\n<h1 class="field-title">%s</h1>\n<div class="field-summary"><p>%s</p></div>\n<div class="article-meta"><span class="field-author">%s %s</span> <span class="field-publishdate"><time datetime="%s">%s</time></span> <span class="field-readtime">%s</span></div>' % (sec_slug, E(sec), E(art["title"]), E(art["sub"]), E(c["by"]), E(art["byline"]), iso, E(shown), E(c["read"].replace("{m}", str(mins)))))
    _c5 = comp("image article-lead-image", '<img src="%s" alt="%s" width="1600" height="900" data-variantitemid="%s" data-variantfieldname="Image" /><span class="image-caption field-imagecaption">%s</span><span class="image-credit field-imagecredit">%s</span>' % (img(img_file, 1600, 900), A(art["caption"]), guid(), E(art["caption"]), E(art["credit"])))
    _c6 = comp("social-media-share", '<p class="share-title">%s</p><ul>%s</ul><button type="button" class="copy-link" data-url="%s">%s</button>' % (E(s["share_title"]), share, url, E(c["copy"])))
    _c7 = comp("tag-list", '<div class="field-tags"><a href="/%s" class="tag-link">%s</a></div>' % (sec_slug, E(sec)))
    _c8 = comp("promo sidebar-promo", '<div class="promo-text"><div><div class="field-promotext"><p class="promo-kicker">%s</p><h3>%s</h3><p>%s</p></div></div></div>' % (E(s["promo_pre"]), E(s["promo_title"]), E(s["promo_text"])))
    _c9 = comp("rich-text footer-note", '<p>%s</p>\n<p>© %s %s</p>' % (E(s["footer_note"]), y, E(site)))
    fxid = fxb.replace(".", "_")
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}">
<head>
    <meta charset="utf-8">
    <title>{E(art["title"])} - {E(site)}</title>
    <link rel="canonical" href="{url}" />
    <meta name="description" content="{A(art["sub"])}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta property="og:title" content="{A(art["title"])}" />
    <meta property="og:description" content="{A(art["sub"])}" />
    <meta property="og:image" content="{host}{img(img_file, 1600, 900)}" />
    <meta property="og:url" content="{url}" />
    <meta property="og:type" content="article" />
    <meta property="og:locale" content="{c["og_locale"]}" />
    <meta property="og:site_name" content="{A(site)}" />
    <meta property="article:published_time" content="{iso}" />
    <link href="/-/media/Base-Themes/Core-Libraries/styles/optimized-min.css?t={stamp}" rel="stylesheet" />
    <link href="/-/media/Base-Themes/Main-Theme/styles/optimized-min.css?t={stamp}" rel="stylesheet" />
    <link href="{theme}/styles/pre-optimized-min.css?t={stamp}" rel="stylesheet" />
    <link rel="icon" href="{media}/favicon.ico" />
    <link rel="preconnect" href="//privacy-proxy.usercentrics.eu" />
    <link rel="preload" href="//privacy-proxy.usercentrics.eu/latest/uc-block.bundle.js" as="script" />
    <script id="usercentrics-cmp" src="https://web.cmp.usercentrics.eu/ui/loader.js" data-settings-id="{uc_id}" async></script>
    <script type="application/javascript" src="https://privacy-proxy.usercentrics.eu/latest/uc-block.bundle.js"></script>
    <script type="application/ld+json">{ld}</script>
</head>
<body class="default-device bodyclass article-page">
    <div id="wrapper">
        <header>
            <div id="header" class="container-fluid">
                <div class="row">
{_c0}
{_c1}
<div class="component search-box horizontal col-12 col-md-2" data-properties='{search_props}'>
    <div class="component-content">
        <label for="textBoxSearch">{E(c["search"])}</label>
        <input type="text" class="search-box-input" autocomplete="off" name="textBoxSearch" maxlength="100" placeholder="{A(c["search_ph"])}" />
        <button class="search-box-button" type="submit">{E(c["search"])}</button>
    </div>
</div>
{buttons}
{_c2}
                </div>
            </div>
        </header>
        <main>
            <div id="content" class="container">
                <div class="row">
{_c3}
<div class="row component column-splitter">
    <div class="col-12 col-lg-8">
        <div class="row">
{_c4}
{_c5}
{body}
{_c6}
{_c7}
{page_list(s["related_title"], heads[1:4], " related-stories", True)}
        </div>
    </div>
    <div class="col-12 col-lg-4">
        <div class="row">
{page_list(s["popular_title"], heads[3:6], " most-popular", False)}
{_c8}
<div class="component sitecore-form newsletter-signup col-12">
    <div class="component-content">
        <h3>{E(s["nl_title"])}</h3>
        <p>{E(s["nl_text"])}</p>
        <form action="/formbuilder?sc_site={s["project"].lower()}&amp;fxb.FormItemId={form_id}&amp;fxb.HtmlPrefix={fxb}" data-ajax="true" data-ajax-method="Post" data-ajax-mode="replace-with" data-ajax-update="#{fxid}" data-sc-fxb="{form_id}" enctype="multipart/form-data" id="{fxid}" method="post">
            <input id="{fxid}_FormSessionId" name="{fxb}.FormSessionId" type="hidden" value="{guid()[1:-1].lower()}" />
            <input name="{fxb}.IsSessionExpired" type="hidden" value="0" />
            <input type="hidden" name="{fxb}.FormItemId" value="{form_id}" />
            <input type="hidden" name="{fxb}.PageItemId" value="{guid()[1:-1].lower()}" />
            <label for="{fxid}_Fields_{field_id}__Value" class="">{E(c["email_label"])}</label>
            <input id="{fxid}_Fields_{field_id}__Value" name="{fxb}.Fields[{field_id}].Value" class="" type="email" value="" maxlength="255" data-sc-tracking="True" data-sc-field-name="Email" data-val-required="" data-val="true" />
            <input value="{A(s["nl_button"])}" type="submit" class="button-newsletter" name="{fxb}.NavigationButtons" data-sc-field-key="{hx(32)}" />
        </form>
    </div>
</div>
        </div>
    </div>
</div>
                </div>
            </div>
        </main>
        <footer>
            <div id="footer" class="container-fluid">
                <div class="row">
<div class="row component column-splitter mega-footer">
{footer_cols}
</div>
{_c9}
                </div>
            </div>
        </footer>
    </div>
    <div id="usercentrics-root" data-created-at="{rng.randint(1700000000000, 1790000000000)}"><div id="uc-center-container" role="dialog" aria-modal="true" aria-labelledby="uc-privacy-title" data-testid="uc-default-banner"><h2 id="uc-privacy-title">{E(c["uc_title"])}</h2><div id="uc-privacy-description" data-testid="uc-message-container">{E(ui["cookie"])}</div><div data-testid="uc-buttons-container"><button role="button" data-testid="uc-more-button">{E(c["uc_more"])}</button><button role="button" data-testid="uc-deny-all-button">{E(ui["reject"])}</button><button role="button" data-testid="uc-accept-all-button">{E(ui["accept"])}</button></div></div></div>
    <script src="/-/media/Base-Themes/Core-Libraries/scripts/optimized-min.js?t={stamp}"></script>
    <script src="/-/media/Base-Themes/XA-API/Scripts/optimized-min.js?t={stamp}"></script>
    <script src="/-/media/Base-Themes/Main-Theme/scripts/optimized-min.js?t={stamp}"></script>
    <script src="{theme}/scripts/optimized-min.js?t={stamp}"></script>
    <script src="/sitecore%20modules/Web/ExperienceForms/scripts/form.validate.js"></script>
</body>
</html>
'''

# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"sitecore": ["readmore", "ad"]}  # the inline promo's kicker, the advert component's label
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "moderation", "feedback", "standards", "topics",
            "bookmark", "poll", "embed", "scores", "weather", "jobs", "tickets"]
# no family is new in this part: the three widget families it stresses (weather widgets on weather stories, job-board
# widgets on employment stories, ticket widgets on concert, festival and show stories) were first drawn in h29 (weather),
# h31 (jobs) and h32 (tickets); they come back here in new wordings, with new markup and new rows
NEW_FAMILIES = []
WIDGET_FAMILIES = ["weather", "jobs", "tickets"]
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = WIDGET_FAMILIES + ["scores"]
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
    "cookie": ['<div class="thirdparty-optin-card"><p class="thirdparty-optin-card__msg">%s</p><button class="thirdparty-optin-card__ok" type="button">OK</button></div>',
               '<p class="privacy-blocked-media">%s</p>', '<div><i>%s</i></div>'],
    "newsletter": ['<div class="daybreak-email-cta"><p class="daybreak-email-cta__pitch">%s</p><a class="daybreak-email-cta__go" href="/daybreak">&#10140;</a></div>',
                   '<p class="free-article-meter">%s</p>', '<h5 class="email-pitch-heading">%s</h5>', '<p><strong><a href="/support-us">%s</a></strong></p>'],
    "share": ['<ul class="forward-story-links">{items}</ul>', '<div class="send-to-contact-hint">%s</div>', '<p><a href="#forward">%s</a></p>'],
    "photo": ['<p class="image-origin-note">%s</p>', '<span class="image-origin-chip">%s</span>', '<div><small>%s</small></div>'],
    "copyright": ['<p class="syndication-licence-note">%s</p>', '<div class="reuse-licence-line"><small>%s</small></div>', '<div><small>%s</small></div>'],
    "section": ['<p class="newsdesk-tagline">%s</p>', '<h6 class="newsdesk-tagline-hd">%s</h6>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="scene-break-glyph">%s</p>', '<div class="scene-break-glyph-row">%s</div>', '<div style="text-align:center">%s</div>'],
    "credit": ['<p class="regional-team-credit">%s</p>', '<div class="video-unit-credit">%s</div>', '<p><small><i>%s</i></small></p>'],
    "title": ['<p class="dup-hed-para"><b>%s</b></p>', '<h2 class="dup-hed-h2">%s</h2>', '<h4>%s</h4>'],
    "ad": ['<div class="below-ad-marker">%s</div>', '<p class="ad-funds-note">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="rest-of-story-toggle"><a href="#more">%s</a></p>', '<div class="rest-of-story-btn">%s</div>', '<p><b><a href="#more">%s</a></b></p>'],
    "comments": ['<p class="reader-comments-tally"><a href="#talkback">%s</a></p>', '<div class="reader-comments-tally-pill">%s</div>', '<p><small><a href="#talkback">%s</a></small></p>'],
    "readtime": ['<p class="reading-estimate-line">%s</p>', '<span class="reading-estimate-chip">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="revision-timestamp"><time>%s</time></p>', '<div class="revision-note-row">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="tts-listen-player"><button class="tts-listen-player__btn" aria-label="Play"></button><span class="tts-listen-player__label">%s</span></div>',
              '<p class="tts-listen-link"><a href="#read-aloud">%s</a></p>', '<p><a href="#read-aloud"><small>%s</small></a></p>'],
    "correction": ['<aside class="fixed-error-panel"><p>%s</p></aside>', '<p class="fixed-error-line"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "app": ['<div class="pocket-app-banner"><p class="pocket-app-banner__msg">%s</p><a class="pocket-app-banner__dl" href="/app">&#8681;</a></div>',
            '<p class="pocket-app-line">%s</p>', '<p><strong>%s</strong></p>'],
    "bio": ['<div class="reporter-signoff"><p class="reporter-signoff__txt">%s</p></div>', '<p class="reporter-signoff-line"><i>%s</i></p>', '<p><i>%s</i></p>'],
    "tip": ['<div class="newsroom-whatsapp-box"><p class="newsroom-whatsapp-box__txt">%s</p></div>', '<p class="newsroom-whatsapp-line">%s</p>', '<p><em>%s</em></p>'],
    "typo": ['<div class="ctrl-enter-report-tip"><p>%s</p></div>', '<p class="ctrl-enter-report-line">%s</p>', '<p><small><em>%s</em></small></p>'],
    "push": ['<div class="notify-optin-sheet"><p class="notify-optin-sheet__ask">%s</p></div>', '<p class="notify-optin-line">%s</p>', '<p><strong>%s</strong></p>'],
    "print": ['<ul class="page-tools-bar">{items}</ul>', '<p class="print-layout-link"><a href="?view=print">%s</a></p>',
              '<p><a href="?view=print">%s</a></p>'],
    "moderation": ['<div class="premod-rules-box"><p>%s</p></div>', '<p class="premod-rules-line">%s</p>', '<div><small>%s</small></div>'],
    "feedback": ['<div class="thumbs-verdict"><p class="thumbs-verdict__q">%s</p></div>', '<p class="thumbs-verdict-line">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="press-code-pledge"><p>%s</p></div>', '<p class="press-code-pledge-line"><small>%s</small></p>', '<p><i>%s</i></p>'],
    "topics": ['<div class="keyword-chip-row"><span class="keyword-chip-row__items">%s</span></div>', '<p class="keyword-more-link">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="save-for-later-star"><a class="save-for-later-star__link" href="#reading-list">%s</a></div>',
                 '<p class="save-for-later-anchor"><a href="#reading-list">%s</a></p>', '<p><a href="#reading-list">%s</a></p>'],
    "poll": ['<div class="quick-vote-card"><p class="quick-vote-card__q">%s</p><button class="quick-vote-card__go" type="button">&#10004;</button></div>',
             '<h6 class="quick-vote-question-hd">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/C{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-consent-poster"><a class="video-consent-poster__play" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}">%s</a></p>'],
    "scores": ['<div class="scores-centre-jump"><a class="scores-centre-jump__link" href="/sport/scores">%s</a></div>',
               '<ul class="league-hub-tabs">{items}</ul>', '<p><b><a href="/sport/scores">%s</a></b></p>'],
    # the three widget families ({wxrows} / {wxtable}: the forecast's days; {jobrows} / {jobtable}: the vacancies;
    # {eventrows}: what's on)
    "weather": ['<div class="wx-local-strip"><p class="wx-local-strip__now">%s</p><ul class="wx-local-strip__days">{wxrows}</ul></div>',
                '<p class="wx-week-link"><a href="/weather">%s</a></p>',
                '<aside class="wx-alerts-prompt"><a class="wx-alerts-prompt__map" href="/weather/warnings">%s</a></aside>',
                '<table class="wx-outlook-table"><caption>%s</caption>{wxtable}</table>'],
    "jobs": ['<div class="jobs-nearby-box"><h4 class="jobs-nearby-box__hd">%s</h4><ul class="jobs-nearby-box__list">{jobrows}</ul></div>',
             '<div class="cv-upload-nudge"><p class="cv-upload-nudge__txt">%s</p><a class="cv-upload-nudge__btn" href="/jobs/upload-cv">&#8679;</a></div>',
             '<form class="job-alert-optin" action="/jobs/alerts"><label class="job-alert-optin__lbl">%s</label><input type="email" name="email"><button type="submit">&#10003;</button></form>',
             '<table class="jobs-nearby-table"><caption>%s</caption>{jobtable}</table>'],
    "tickets": ['<div class="tickets-buy-button"><a class="tickets-buy-button__cta" href="https://tickets.example.com/e/{k}">%s</a></div>',
                '<div class="whatson-agenda"><h4 class="whatson-agenda__hd">%s</h4><ul class="whatson-agenda__list">{eventrows}</ul></div>',
                '<ul class="event-save-links">{items}</ul>',
                '<p class="tickets-price-line"><a href="https://tickets.example.com/e/{k}"><b>%s</b></a></p>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><small>%s</small>', ' <em>(%s)</em>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/daybreak"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#forward">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "tickets": (0.4, ['<br><a href="https://tickets.example.com/"><strong>%s</strong></a>'])}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-picture-unit"><img src="/media/{id}-unit.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-in-text.jpg" alt="" width="640"><br><i>{cap} – {cr}</i></p>']
RELATED_STYLES = ['<div class="archive-picks-box"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="newsroom-picks-aside"><p class="newsroom-picks-aside__hd">%s</p><ul>%s</ul></aside>',
                  '<h6>%s</h6>\n<ul>%s</ul>']


def handle(site):
    """The site's social-media account name: its ASCII letters and digits, at most 24."""
    return mp11.host_name(site)[:24]


def fill_text(s, rng, site, art):
    return fill(s.replace("{by}", art["byline"]).replace("{section}", art["section"]).replace("{price}", art.get("price", ""))
                .replace("{handle}", handle(site)).replace("{g}", str(rng.randint(6, 24))), rng, site, art)


def pick(rng, fam, lang, site, art, idx=None):
    pool = R[fam][lang]
    if idx is None:
        idx = art.get("choose", {}).get(fam)
    if idx is None:
        idx = rng.randrange(len(pool))
    return idx, fill_text(pool[idx], rng, site, art)


def widget_rows(style, lang, rng, art):
    """The rows of a widget's list or table, in the style's markup (a row's cells are its parts between " · "); a
    story may give the forecast its own days ("wx")."""
    def esc(x):
        return E(x).replace("%", "%%")

    def cells(row):
        return [esc(p) for p in row.split(" · ")]
    return (style.replace("{wxrows}", "".join('<li><span>%s</span> %s <b>%s</b></li>' % tuple(cells(r)) for r in art.get("wx") or WEATHER_ROWS[lang]))
            .replace("{wxtable}", "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in cells(r)) for r in art.get("wx") or WEATHER_ROWS[lang]))
            .replace("{jobrows}", "".join('<li><a href="/jobs/%d">%s</a> · %s · %s</li>' % ((rng.randint(10000, 99999),) + tuple(cells(r))) for r in JOB_ROWS[lang]))
            .replace("{jobtable}", "".join('<tr><td><a href="/jobs/%d">%s</a></td><td>%s</td><td>%s</td></tr>' % ((rng.randint(10000, 99999),) + tuple(cells(r))) for r in JOB_ROWS[lang]))
            .replace("{eventrows}", "".join('<li><time>%s</time> <a href="/whats-on/%d">%s</a></li>' % (cells(r)[0], rng.randint(1000, 9999), cells(r)[1]) for r in TICKET_ROWS[lang])))


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
        elif fam in WIDGET_FAMILIES:  # the widget families' markups in turn over the part, each with its wording
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
               "scores": rng.choice([0, mid, n]), "weather": rng.choice([0, mid, mid]), "jobs": rng.choice([mid, n, n]),
               "tickets": rng.choice([mid, n])}.get(fam, mid)
        if fam == "section" and art.get("section_tag"):  # the story's section typed as a bold tag into its first line
            inline.append((0, "start", INLINE["section"][1][0] % E(text)))
            continue
        # run into a story paragraph: a newsletter pitch only (not a paywall or donation note); of the ticket
        # widget, only the buy-tickets line
        if (fam in INLINE and rng.random() < INLINE[fam][0] and tpl not in ("medium",)
                and (fam != "newsletter" or idx == 0) and (fam != "tickets" or idx == 0)):
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
        if fam in WIDGET_FAMILIES:
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
DROPCAP = {"sitecore": ("class", "rte-drop-capital"),  # a paragraph class of the site's rich text editor profile
           "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"sitecore": ("wrap", '<div class="rte-infobox">\n', "\n</div>"),
       "gutenberg": ("wrap", '<div class="wp-block-group has-pale-ocean-gradient-background has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "drupal": ("class", "encadre-info"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"sitecore": ("wrap", '<div class="rte-factfile rte-factfile--grey">\n', "\n</div>"),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">📚</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="ny pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"sitecore": ('<span class="rte-marker">', "</span>"), "quintype": ('<mark>', "</mark>")}


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
# templates: sitecore is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"sitecore": tpl_sitecore, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h36), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "sitecore"


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
            rng = random.Random("newsflow-heldout38-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI38[lang]
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
    # layouts: sitecore (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    want = ["h38-%s-%03d" % (x, k) for x in ("en", "tr", "de", "fr", "es", "ru") for k in range(1, PAGES_PER_LANG[x] + 1)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # the sitecore pages: a site of SITECORE, a section of the site's menu; sites of the other pages
    for a in ARTICLES:
        if a["tpl"] == "sitecore" and (a.get("site") not in SITECORE or a["lang"] not in SITECORE_CORE
                                       or a["section"] not in SITECORE[a["site"]]["menu"]):
            problems.append("%s: sitecore page needs a Sitecore site and a menu section" % a["id"])
        if "tickets" in a.get("carry", []) and not a.get("price"):
            problems.append("%s: a ticket widget needs the story's price" % a["id"])
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
    # every residue family (the three widget families included) has wordings in every language, and markup
    for fam in FAMILIES:
        if fam in ("caption", "title"):
            continue
        if fam not in R or (fam != "symbol" and set(R[fam]) != set(UI)):
            problems.append("residue family %s lacks wordings" % fam)
        if fam not in STYLES and fam not in ("caption", "related"):
            problems.append("residue family %s lacks markup" % fam)
    for fam, idxs in NEW_STYLE_WORDING.items():
        if len(idxs) != len(STYLES[fam]) or any(i >= len(R[fam][lang]) for i in idxs for lang in R[fam]):
            problems.append("widget family %s: a markup without its wording" % fam)
    for name, obj in (("weather rows", WEATHER_ROWS), ("job rows", JOB_ROWS), ("ticket rows", TICKET_ROWS)):
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
    # (the widget families are not new: they are families of h29, h31 and h32, and only their wordings, markup and
    # rows must be new, which the checks below see to)
    problems.extend("widget family %s is in no earlier pool" % f for f in WIDGET_FAMILIES
                    if not any(f in getattr(mod, "R", {}) for mod in EARLIER_MODULES))
    # ... and each new or widget family is carried by exactly four pages, in at least three languages
    for f in NEW_FAMILIES + WIDGET_FAMILIES:
        carriers = [a for a in ARTICLES if f in a.get("carry", [])]
        if len(carriers) != 4 or len({a["lang"] for a in carriers}) < 3:
            problems.append("family %s carried by %d pages in %d languages (want 4 in 3)" % (
                f, len(carriers), len({a["lang"] for a in carriers})))
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    old = old_strings()
    story_mods = [__import__(name) for name in STORY_MODULES]
    for fam, by_lang in list(R.items()) + [("weather rows", WEATHER_ROWS), ("job rows", JOB_ROWS), ("ticket rows", TICKET_ROWS),
                                           ("story forecasts", [a.get("wx", []) for a in ARTICLES])]:
        for s in _strings(by_lang):
            problems.extend("h38 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = [v for (mod, name), v in SITE_STRINGS.items() if (mod, name) not in ((mp4, "R"), (mp, "RESIDUE"))]
    sc_sites = [{k: v for k, v in d.items() if k not in SITECORE_EXEMPT} for d in SITECORE.values()]
    # (SITECORE_CORE, the platform's generic strings and Usercentrics' labels, is left as the developers left it)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("SITECORE", sc_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)):
                continue
            problems.extend("h38 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    for art in ARTICLES:
        if art.get("correction"):
            problems.extend("%s: correction reuses %r" % (art["id"], x) for x in sorted(_sentences(art["correction"]) & old))
    # new wrapper class names
    old_classes = set()
    for mod in EARLIER_MODULES:
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES", "TIKTOK_STYLE"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend("h38 class name %r used by an earlier part" % x
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
    the pages only (truth.json does not hold the h38 entries yet) and says so."""
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
              "(truth.json not checked: h38 is not merged by make_pages.py yet)")
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

