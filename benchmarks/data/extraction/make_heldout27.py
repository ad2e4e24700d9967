#!/usr/bin/env python3
"""Twenty-seventh held-out part (h27-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout27.py           # write pages/h27-*.html
    python benchmarks/data/extraction/make_heldout27.py --check   # verify pages/h27-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout27.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results.  Stories are in articles_h27_en.py / articles_h27_intl.py; the
residue wordings (the forty-three generic families of the earlier parts plus three new ones: content warnings
put above stories on distressing subjects – "this article contains details some readers may find upsetting" –,
series labels and part navigation of multi-part reporting – "this is the second part of …", "read every part of
this series" – and the furniture of embedded maps – "View larger map", "Map data ©2026 · Terms · Report a map
error", the OpenStreetMap attribution and "tap the coloured areas" hints), their wrapper class names, related
headlines, site names, the sites' own strings in the earlier layouts and the first-round furniture strings (menus,
cookie banner, newsletter box, footer, commenters) are new here: none of the sentences of make_pages.RESIDUE / UI
or of the R pools of make_heldout2..26, nor their labels, furniture strings, headlines or site names; verify()
refuses to build if one is reused, if a "new" family is already in an earlier pool, family list or template
family, if a story paragraph or headline of an earlier part recurs, if a headline is also a story paragraph, or
if a body is outside 150-400 words.  Every name and number is fictional, the support lines' included.  The three
new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story): content warnings over an inquest, a trial for a fatal crash, an animal-poisoning case and a bullying
case; series labels on data and feature pieces that belong to a series; map furniture on stories about closures,
diversions, a parking zone, a demand-responsive bus and cooling centres.  Seven earlier families that need a
reason in the story (support-line notices, chart furniture, funding notes, wire end lines, "translated from"
notes, "developing story" notices, affiliate disclosures) are placed the same way; the other generic families
are balanced over the part, leaving out those a page's site would not print ("avoid", and the small-site /
hyperlocal / public-body / independent sets).
One page layout is new (textpattern: an article page of an English independent hyperlocal news site on
Textpattern CMS 4.9 with the default "four-point-nine" theme, as such sites serve it – the head with the
Textpattern generator tag, the css.php stylesheet link, canonical, Open Graph and the BlogPosting JSON-LD, the
Atom / RSS feed links; body.<section>-page with the body_header form (the "Go to content" skip link,
header.site-header with the site name and slogan, nav#navigation.site-navigation with the section list and the
<search> form), div.wrapper → div.container → main#main (schema.org Blog) → article.article (BlogPosting) with
the h1 headline, the "Posted … / Comments n" line, the article image form (figure with its figcaption), the body
in div[itemprop=articleBody] as Textile outputs it – numeric entities for typographic quotes, apostrophes and
dashes, <span class="caps"> around words in capitals, <h3> subheadings, tab-indented list items, the editor's
own lines typed as Textile (_emphasis_ → <em>, *strong* → <strong>) and pasted embed code left raw as
<notextile> keeps it –, the "Author … / Categories …" line, the comments section (section#comments-head with the
comments list, section#comments-form with txpCommentInputForm: Name, Email, Website, Message, Remember, Preview,
Submit); the paginator; aside.complementary-content with the feed links and the site's links list;
footer.site-footer with the site's own line and "Published with Textpattern CMS").  Textpattern's own English
interface strings (TXP_CORE) are the writer's reconstruction of how the default theme and Textpattern's English
language pack word them; they are left as the platform words them and not checked.
The other 23 pages use 23 different layouts of earlier parts with their markup helpers – storybody, cms,
semantic, table, portal, amp, legacy-br, wordpress, ghost (make_pages.py), regional, magazine, nextjs
(make_heldout2.py), drupal, broadcaster (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py),
squarespace (make_heldout5.py), quintype, typo3, bitrix (make_heldout6.py), medium (make_heldout13.py) and ucoz
(make_heldout19.py), none of them in the language h25 or h26 gave it; while a page is rendered, the earlier
modules' related headlines (HEADLINES, make_pages.RELATED_HEADLINES), the strings that belong to one site rather
than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves (make_heldout4.R
for the gutenberg consent placeholder and the fusion / chunks ad labels, make_pages.RESIDUE for the table
layout's banner label) are swapped for this part's own, and the templates get this part's furniture strings
(UI27) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout26.py, so that make_pages.py can import this module and merge it the same way.
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
from make_pages import E, A, UI  # noqa: E402
from articles_h27_en import ARTICLES as H27_EN  # noqa: E402
from articles_h27_intl import ARTICLES as H27_INTL  # noqa: E402

ARTICLES = H27_EN + H27_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26)

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Harrowfield News Online", "The Ashdown Courier", "Saltby Gazette & Coast Times", "Fellside Monthly",
           "Westhollow Gazette", "The Oakhurst Dispatch"],
    "tr": ["Doğu Sahil Haber", "Kumsal Gündem"],
    "de": ["Oberland-Bote Online", "Lausitzer Heimatblatt", "Mühlhagener Allgemeine"],
    "fr": ["L'Éclaireur de Vernières", "Montclar Infos", "Le Réveil de Sainte-Brève"],
    "es": ["Valdemora al Día", "Crónica de la Sierra"],
    "ru": ["Верхнеборские ведомости", "Нагорный квартал", "Глубинка. Медиа"],
}
# sites fixed per page (a hyperlocal news site on Textpattern, a community orchard on Squarespace, a harbour trust
# on TYPO3, a village website on uCoz, a local television channel on the broadcaster layout) are given in the
# stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h26 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Accept cookies from our video provider to watch this report.",
               "This embedded content sets third-party cookies. Allow them in Privacy settings to see it."],
        "tr": ["Bu haberi izlemek için video sağlayıcımızın çerezlerini kabul edin.",
               "Bu gömülü içerik üçüncü taraf çerezleri kullanır. Görmek için gizlilik ayarlarından izin verin."],
        "de": ["Akzeptieren Sie die Cookies unseres Videoanbieters, um diesen Bericht anzusehen.",
               "Dieser eingebettete Inhalt setzt Cookies von Drittanbietern. Erlauben Sie sie in den Datenschutz-Einstellungen, um ihn zu sehen."],
        "fr": ["Acceptez les cookies de notre fournisseur vidéo pour regarder ce reportage.",
               "Ce contenu intégré dépose des cookies tiers. Autorisez-les dans les paramètres de confidentialité pour l'afficher."],
        "es": ["Acepta las cookies de nuestro proveedor de vídeo para ver este reportaje.",
               "Este contenido insertado instala cookies de terceros. Permítelas en los ajustes de privacidad para verlo."],
        "ru": ["Примите cookie нашего видеосервиса, чтобы посмотреть этот сюжет.",
               "Этот встроенный блок использует сторонние cookie. Разрешите их в настройках конфиденциальности, чтобы его увидеть."],
    },
    "newsletter": {  # newsletter pitches, metered-paywall notes, donation appeals
        "en": ["Sign up to The Daily Digest and get our best local stories every evening.",
               "This is one of your 3 free stories this week. Register to keep reading.",
               "Like our journalism? Chip in from £2 a month and keep it free for everyone."],
        "tr": ["Günlük Seçki bültenine kaydolun, en iyi yerel haberlerimiz her akşam e-postanıza gelsin.",
               "Bu hafta okuyabileceğiniz 3 ücretsiz haberden biri bu. Okumaya devam etmek için kaydolun.",
               "Haberciliğimizi beğeniyor musunuz? Ayda 50 liradan başlayan katkınızla herkes için ücretsiz kalsın."],
        "de": ["Abonnieren Sie die Tageslese und erhalten Sie jeden Abend unsere besten Geschichten aus der Region.",
               "Dies ist einer von 3 kostenlosen Artikeln in dieser Woche. Registrieren Sie sich, um weiterzulesen.",
               "Gefällt Ihnen unser Journalismus? Unterstützen Sie uns ab 2 Euro im Monat, damit er für alle frei bleibt."],
        "fr": ["Inscrivez-vous au Condensé du jour et recevez nos meilleures histoires locales chaque soir.",
               "Cet article fait partie de vos 3 articles gratuits de la semaine. Créez un compte gratuit pour lire la suite sans limite.",
               "Vous aimez notre journalisme ? Participez dès 2 € par mois pour qu'il reste gratuit pour tous."],
        "es": ["Suscríbete a La Selección Diaria y recibe cada tarde nuestras mejores historias locales.",
               "Esta es una de tus 3 noticias gratuitas de esta semana. Regístrate gratis y lee sin límites.",
               "¿Te gusta nuestro periodismo? Colabora desde 2 euros al mes para que siga siendo gratis para todos."],
        "ru": ["Подпишитесь на «Дайджест дня» — лучшие местные истории каждый вечер.",
               "Это один из 3 бесплатных материалов на этой неделе. Зарегистрируйтесь, и ограничений не будет.",
               "Нравится наша журналистика? Поддержите нас от 200 рублей в месяц, чтобы она оставалась бесплатной для всех."],
    },
    "share": {
        "en": ["Copy link · Email · WhatsApp", "Think your neighbours should see this? Send it their way",
               "Follow {site} on Facebook for updates from your area"],
        "tr": ["Bağlantıyı kopyala · E-posta · WhatsApp", "Komşularınızın da görmesi gerektiğini düşünüyorsanız onlara iletin",
               "Bölgenizden güncellemeler için {site} sayfasını Facebook'ta takip edin"],
        "de": ["Link kopieren · E-Mail · WhatsApp", "War das hilfreich? Geben Sie es an Ihre Nachbarn weiter",
               "Folgen Sie {site} auf Facebook für Neuigkeiten aus Ihrer Gegend"],
        "fr": ["Copier le lien · E-mail · WhatsApp", "Vos voisins devraient lire ceci ? Transmettez-leur l'article",
               "Suivez {site} sur Facebook pour les nouvelles de votre secteur"],
        "es": ["Copiar enlace · Correo · WhatsApp", "¿Te ha sido útil? Pásaselo a tus vecinos",
               "Sigue a {site} en Facebook para estar al día de lo que pasa cerca de ti"],
        "ru": ["Скопировать ссылку · Почта · WhatsApp", "Было полезно? Перешлите соседям",
               "Читайте «{site}» во ВКонтакте — там все новости вашего района"],
    },
    "photo": {
        "en": ["Picture: supplied by the council", "Photo: reader's own", "Photograph: from the {site} archives"],
        "tr": ["Fotoğraf: belediye tarafından paylaşıldı", "Fotoğraf: okurumuzun gönderdiği kare"],
        "de": ["Bild: von der Gemeinde zur Verfügung gestellt", "Foto: eingesandt von einer Leserin"],
        "fr": ["Photo : fournie par la municipalité", "Photo : envoyée par une lectrice"],
        "es": ["Foto: cedida por el consistorio", "Foto: enviada por una lectora"],
        "ru": ["Фото предоставлено пресс-службой администрации", "Снимок прислала читательница"],
    },
    "copyright": {
        "en": ["© 2026 {site} — reproduction in whole or in part without permission is prohibited",
               "All rights reserved by {site}. To licence this article, contact our syndication desk."],
        "tr": ["© 2026 {site} — izinsiz tamamen veya kısmen çoğaltılması yasaktır",
               "Tüm hakları {site} tarafından saklıdır. Bu haberin kullanım lisansı için içerik satış birimimize başvurun."],
        "de": ["© 2026 {site} — Vervielfältigung ganz oder in Teilen ohne Genehmigung untersagt",
               "Alle Rechte bei {site}. Wenn Sie diesen Artikel lizenzieren möchten, wenden Sie sich an unseren Content-Vertrieb."],
        "fr": ["© 2026 {site} — toute reproduction, totale ou partielle, sans autorisation est interdite",
               "Droits réservés {site}. Pour acquérir les droits de cet article, contactez notre service de syndication."],
        "es": ["© 2026 {site} — prohibida la reproducción total o parcial sin autorización",
               "Derechos reservados por {site}. Para licenciar esta noticia, contacta con nuestro departamento de sindicación."],
        "ru": ["© 2026 «{site}» — полное или частичное воспроизведение без разрешения запрещено",
               "Все права принадлежат «{site}». Чтобы получить лицензию на материал, напишите в отдел синдикации."],
    },
    "section": {  # ({section}: the story's section)
        "en": ["NEWS FROM YOUR AREA", "You are here: {section}", "{site} · {section} team"],
        "tr": ["BÖLGENİZDEN HABERLER", "Buradasınız: {section}", "{site} · {section} ekibi"],
        "de": ["NACHRICHTEN AUS IHRER GEGEND", "Sie lesen: {section}", "{site} · Team {section}"],
        "fr": ["NOUVELLES DE VOTRE SECTEUR", "Vous êtes dans : {section}", "{site} · équipe {section}"],
        "es": ["NOTICIAS DE TU ZONA", "Estás en: {section}", "{site} · equipo de {section}"],
        "ru": ["НОВОСТИ ВАШЕГО РАЙОНА", "Вы читаете: {section}", "«{site}» · команда раздела «{section}»"],
    },
    "related": {
        "en": ["Follow this story", "Keep reading on {site}"],
        "tr": ["Bu haberle ilgili diğer gelişmeler", "{site} sitesinde okumaya devam edin"],
        "de": ["Weitere Berichte zu diesem Fall", "Weiterlesen bei {site}"],
        "fr": ["La suite de cette affaire", "Continuer la lecture sur {site}"],
        "es": ["Más sobre esta historia", "Sigue leyendo en {site}"],
        "ru": ["Следите за развитием темы", "Ещё на «{site}» по теме"],
    },
    "symbol": {"*": ["⸙ ⸙ ⸙", "✽ ✽ ✽", "◇ ◆ ◇", "~ ❦ ~", "✦ ✧ ✦", "⋆ ⋆ ⋆"]},
    "credit": {
        "en": ["With extra reporting from {site} newsroom colleagues", "This report was produced under the Community Reporters scheme"],
        "tr": ["Ek haber: {site} muhabirleri", "Bu haber Yerel Muhabirler ağı kapsamında hazırlanmıştır"],
        "de": ["Mitarbeit: Redaktion {site}", "Dieser Bericht entstand im Rahmen des Netzwerks Bürgerreporter"],
        "fr": ["Avec la rédaction de {site}", "Cet article a été réalisé dans le cadre du réseau des correspondants citoyens"],
        "es": ["Con aportaciones de la redacción de {site}", "Esta noticia se ha elaborado dentro de la red de corresponsales vecinales"],
        "ru": ["В подготовке материала участвовала редакция «{site}»", "Материал подготовлен в рамках сети народных корреспондентов"],
    },
    "ad": {
        "en": ["Advertisement – continue reading below", "Paid-for promotion · not written by our journalists"],
        "tr": ["Reklam – haberin devamı aşağıda", "Ücretli tanıtım içeriği · haber ekibimiz tarafından yazılmamıştır"],
        "de": ["Anzeige – weiter geht es unten", "Bezahlter Inhalt · nicht von unserer Redaktion verfasst"],
        "fr": ["Publicité · l'article continue plus bas", "Contenu payant · non rédigé par nos journalistes"],
        "es": ["Publicidad – sigue leyendo debajo", "Contenido pagado · no elaborado por nuestros periodistas"],
        "ru": ["Реклама — текст продолжается ниже", "Оплаченное продвижение"],
    },
    "continue": {
        "en": ["Keep scrolling to read on ↓", "Unfold the rest of this article"],
        "tr": ["Devamını okumak için kaydırın ↓", "Haberin geri kalanını açın"],
        "de": ["Zum Weiterlesen scrollen ↓", "Rest des Artikels aufklappen"],
        "fr": ["Faites défiler pour lire la suite ↓", "Déplier la fin de l'article"],
        "es": ["Desliza para seguir leyendo ↓", "Desplegar el resto de la noticia"],
        "ru": ["Листайте вниз, чтобы читать дальше ↓", "Развернуть оставшуюся часть текста"],
    },
    "comments": {
        "en": ["Comments ({n}) · Add yours", "{n} people are talking about this story"],
        "tr": ["Yorumlar ({n}) · Siz de yazın", "Bu habere {n} okur yorum yaptı"],
        "de": ["Kommentare ({n}) · Schreiben Sie mit", "{n} Leserinnen und Leser haben diesen Artikel kommentiert"],
        "fr": ["Commentaires ({n}) · Ajoutez le vôtre", "{n} personnes débattent de cet article"],
        "es": ["Comentarios ({n}) · Deja el tuyo", "{n} personas comentan esta noticia"],
        "ru": ["Комментарии ({n}) · Оставьте свой", "Этот материал прокомментировали {n} читателей"],
    },
    "readtime": {
        "en": ["Time to read: around {m} minutes", "Reading this takes roughly {m} minutes"],
        "tr": ["Ortalama okuma süresi {m} dakika", "Bu haber için yaklaşık {m} dakikanız gerekecek"],
        "de": ["Lesezeit rund {m} Minuten", "Dieser Beitrag ist in etwa {m} Minuten gelesen"],
        "fr": ["Une lecture de {m} minutes", "Il vous faudra environ {m} minutes pour lire cet article"],
        "es": ["Tiempo estimado para leerla: {m} minutos", "Necesitarás unos {m} minutos para leer esta noticia"],
        "ru": ["Время прочтения — около {m} минут", "На чтение понадобится около {m} минут"],
    },
    "updated": {
        "en": ["Updated at {t} on {d}", "Published {d}. Last updated {t}."],
        "tr": ["Son güncelleme {d} günü saat {t}", "Yayımlanma {d}. Son güncelleme {t}."],
        "de": ["Letzte Änderung: {d} um {t} Uhr", "Veröffentlicht am {d}. Zuletzt aktualisiert um {t} Uhr."],
        "fr": ["Mis à jour à {t} le {d}", "Publié le {d}. Dernière mise à jour à {t}."],
        "es": ["Actualizada a las {t} del {d}", "Publicada el {d}. Última actualización a las {t}."],
        "ru": ["Обновлено в {t}, {d}", "Опубликовано {d}. Последнее обновление в {t}."],
    },
    "audio": {
        "en": ["Listen to this story – narrated version, {m} min", "Audio: have this article read to you"],
        "tr": ["Bu haberin seslendirilmiş hali – {m} dk", "Ses: Bu haberi size okuyalım"],
        "de": ["Vorgelesene Fassung dieses Artikels – {m} Min.", "Audio: Lassen Sie sich diesen Text vorlesen"],
        "fr": ["Version lue de cet article – {m} min", "Audio : laissez-vous lire cet article"],
        "es": ["Versión narrada de esta noticia – {m} min", "Audio: deja que te leamos esta noticia"],
        "ru": ["Аудиоверсия материала — {m} мин", "Аудио: пусть этот текст прочитают вам"],
    },
    "correction": {
        "en": ["Correction: this article originally gave the wrong date for the public meeting, which is on 21 May."],
        "tr": ["Düzeltme: Bu haberin ilk halinde toplantı tarihi yanlış verilmişti; toplantı 21 Mayıs'ta yapılacak."],
        "de": ["Korrektur: In diesem Artikel stand ursprünglich ein falsches Datum für die Bürgerversammlung, die am 21. Mai stattfindet."],
        "fr": ["Correction : cet article indiquait initialement une mauvaise date pour la réunion publique, qui aura lieu le 21 mai."],
        "es": ["Corrección: esta noticia daba en un principio una fecha equivocada para la reunión vecinal, que será el 21 de mayo."],
        "ru": ["Поправка: в первоначальной версии материала была неверно указана дата публичных слушаний — они пройдут 21 мая."],
    },
    "wireend": {
        "en": ["— Agency copy ends —", "(Additional material from news agencies)"],
        "tr": ["— Ajans metninin sonu —", "(Haber ajanslarından ek bilgilerle)"],
        "de": ["— Ende der Agenturmeldung —", "(Ergänzt um Material der Nachrichtenagenturen)"],
        "fr": ["— Fin de la dépêche d'agence —", "(Avec des éléments complémentaires d'agences de presse)"],
        "es": ["— Fin del teletipo —", "(Con datos adicionales de agencias)"],
        "ru": ["[Текст агентства закончен]", "(Дополнено по материалам информагентств)"],
    },
    "app": {
        "en": ["Get breaking news first in the free {site} app", "Download the {site} app: alerts, e-edition and puzzles in one place"],
        "tr": ["Son dakika haberlerini ücretsiz {site} uygulamasında ilk siz öğrenin", "{site} uygulamasını indirin: bildirimler, e-gazete ve bulmacalar bir arada"],
        "de": ["Eilmeldungen zuerst – in der kostenlosen App von {site}", "Laden Sie die App von {site}: Push-Meldungen, E-Paper und Rätsel an einem Ort"],
        "fr": ["Soyez alerté en premier avec l'appli gratuite {site}", "Téléchargez l'appli {site} : alertes, journal numérique et jeux au même endroit"],
        "es": ["Entérate antes que nadie con la app gratuita de {site}", "Descarga la app de {site}: avisos, edición digital y pasatiempos en un solo lugar"],
        "ru": ["Узнавайте главное первыми в бесплатном приложении «{site}»", "Скачайте приложение «{site}»: уведомления, электронный номер и головоломки в одном месте"],
    },
    "bio": {
        "en": ["{by} is a reporter for {site}, covering health, courts and the county council.", "Read more from {by} · Email the reporter"],
        "tr": ["{by}, {site} muhabiri; sağlık, adliye ve il meclisi haberlerini izliyor.", "{by} imzalı tüm haberler · Muhabire e-posta gönderin"],
        "de": ["{by} ist Reporterin bei {site} und berichtet über Gesundheit, Gerichte und den Kreistag.", "Mehr von {by} · Der Autorin schreiben"],
        "fr": ["{by} est reporter à {site} et couvre la santé, la justice et le conseil départemental.", "Plus d'articles de {by} · Écrire à l'auteur"],
        "es": ["{by} es reportera de {site} y cubre sanidad, tribunales y la diputación.", "Más de {by} · Escribir a la autora"],
        "ru": ["{by} — репортёр «{site}», пишет о здравоохранении, судах и областной думе.", "Другие материалы автора · Написать журналисту"],
    },
    "tip": {
        "en": ["If you have a story for us, email news@example.net or send a message to 07700 900344",
               "Saw what happened? Send your photos and videos to our newsdesk"],
        "tr": ["Bize bir haberiniz varsa haber@example.net adresine yazın ya da 0532 900 34 40 numarasına mesaj atın",
               "Olaya tanık mı oldunuz? Fotoğraf ve videolarınızı haber masamıza gönderin"],
        "de": ["Wenn Sie eine Geschichte für uns haben, schreiben Sie an hinweise@example.net oder per Messenger an 0170 9003440",
               "Waren Sie dabei? Schicken Sie Ihre Fotos und Videos an unsere Redaktion"],
        "fr": ["Si vous avez une info pour nous, écrivez à infos@example.net ou envoyez un message au 06 00 90 03 44",
               "Témoin de la scène ? Envoyez vos photos et vidéos à la rédaction"],
        "es": ["Si tienes una historia para nosotros, escribe a noticias@example.net o manda un mensaje al 600 900 344",
               "¿Lo has visto? Envía tus fotos y vídeos a nuestra redacción"],
        "ru": ["Есть история? Пишите на novosti@example.net или в мессенджер +7 900 090-03-44",
               "Стали очевидцем? Присылайте фото и видео в редакцию"],
    },
    "typo": {
        "en": ["Let us know about mistakes: select the text, then Ctrl+Enter", "Errors can be reported by selecting the text and pressing Ctrl+Enter"],
        "tr": ["Hataları bize bildirin: metni seçin, ardından Ctrl+Enter", "Hatalar, metin seçilip Ctrl+Enter'a basılarak bildirilebilir"],
        "de": ["Fehler melden: Text markieren, dann Strg+Enter", "Fehler lassen sich per Markieren und Strg+Enter an uns melden"],
        "fr": ["Signalez-nous les erreurs : sélectionnez le texte, puis Ctrl+Entrée", "Les erreurs peuvent être signalées en sélectionnant le texte puis Ctrl+Entrée"],
        "es": ["Avísanos de los errores: selecciona el texto y después Ctrl+Intro", "Los errores se pueden notificar seleccionando el texto y pulsando Ctrl+Intro"],
        "ru": ["Сообщайте нам об ошибках: выделите текст и нажмите Ctrl+Enter", "Об ошибке можно сообщить, выделив текст и нажав Ctrl+Enter"],
    },
    "push": {
        "en": ["Turn on notifications to get {site} alerts as they happen", "{site} would like to send you notifications · Block · Allow"],
        "tr": ["{site} uyarılarını anında almak için bildirimleri açın", "{site} size bildirim göndermek istiyor · Engelle · İzin ver"],
        "de": ["Aktivieren Sie Benachrichtigungen, um Meldungen von {site} sofort zu erhalten", "{site} möchte Ihnen Mitteilungen senden · Blockieren · Erlauben"],
        "fr": ["Activez les notifications pour recevoir les alertes de {site} en direct", "{site} souhaite vous envoyer des notifications · Bloquer · Autoriser"],
        "es": ["Activa las notificaciones para recibir los avisos de {site} al momento", "{site} quiere enviarte notificaciones · Bloquear · Permitir"],
        "ru": ["Включите уведомления, чтобы сразу получать новости «{site}»", "«{site}» хочет присылать вам уведомления · Блокировать · Разрешить"],
    },
    "ai": {
        "en": ["An AI tool helped summarise documents for this article; a journalist checked every fact.",
               "Parts of this article were translated with machine assistance and checked by our staff."],
        "tr": ["Bu haber için belgelerin özetlenmesinde bir yapay zekâ aracından yararlanıldı; tüm bilgiler bir gazeteci tarafından doğrulandı.",
               "Haberin bazı bölümleri makine desteğiyle çevrildi ve ekibimizce kontrol edildi."],
        "de": ["Ein KI-Werkzeug hat beim Zusammenfassen von Dokumenten für diesen Artikel geholfen; jede Angabe wurde von der Redaktion geprüft.",
               "Teile dieses Artikels wurden maschinell übersetzt und von unseren Mitarbeitern kontrolliert."],
        "fr": ["Un outil d'IA a aidé à résumer des documents pour cet article ; chaque fait a été vérifié par un journaliste.",
               "Des passages de cet article ont été traduits avec une aide automatique puis relus par notre équipe."],
        "es": ["Una herramienta de IA ayudó a resumir documentos para esta noticia; un periodista comprobó cada dato.",
               "Partes de esta noticia se tradujeron con ayuda automática y las revisó nuestro equipo."],
        "ru": ["ИИ-инструмент помог кратко изложить документы для этого материала; каждый факт проверил журналист.",
               "Часть материала переведена с помощью машинного перевода и проверена сотрудниками редакции."],
    },
    "affiliate": {
        "en": ["We may earn a small commission when you buy through links on this page.", "Product prices correct at time of publication."],
        "tr": ["Bu sayfadaki bağlantılar üzerinden alışveriş yaparsanız küçük bir komisyon kazanabiliriz.", "Ürün fiyatları yayım tarihi itibarıyla geçerlidir."],
        "de": ["Wenn Sie über Links auf dieser Seite einkaufen, erhalten wir möglicherweise eine kleine Provision.", "Produktpreise gültig zum Zeitpunkt der Veröffentlichung."],
        "fr": ["Nous pouvons percevoir une petite commission si vous achetez via les liens de cette page.", "Prix des produits valables à la date de publication."],
        "es": ["Podemos recibir una pequeña comisión si compras a través de los enlaces de esta página.", "Precios de los productos vigentes en la fecha de publicación."],
        "ru": ["Мы можем получить небольшую комиссию, если вы купите что-то по ссылкам на этой странице.", "Цены на товары актуальны на дату публикации."],
    },
    "gift": {
        "en": ["Gift this article – friends can read it without a subscription", "Send a free link to this story"],
        "tr": ["Bu haberi hediye edin – arkadaşlarınız abonelik olmadan okuyabilir", "Bu habere ücretsiz bağlantı gönderin"],
        "de": ["Artikel verschenken – Freunde lesen ihn ohne Abo", "Einen kostenlosen Link zu diesem Text senden"],
        "fr": ["Offrez cet article – vos proches pourront le lire sans abonnement", "Envoyer un lien gratuit vers cet article"],
        "es": ["Regala esta noticia: tus amigos podrán leerla sin suscripción", "Enviar un enlace gratuito a esta noticia"],
        "ru": ["Подарите этот материал — друзья прочтут его без подписки", "Отправить бесплатную ссылку на материал"],
    },
    "skip": {
        "en": ["Skip this advert ›", "Continue to the story"],
        "tr": ["Bu reklamı atla ›", "Haberin devamına geç"],
        "de": ["Diese Anzeige überspringen ›", "Weiter zum Artikeltext"],
        "fr": ["Ignorer cette annonce ›", "Poursuivre vers l'article"],
        "es": ["Omitir este anuncio ›", "Seguir con el texto de la noticia"],
        "ru": ["Пропустить это объявление ›", "Перейти к тексту"],
    },
    "print": {
        "en": ["Print or save this page", "Email · Print · Download as PDF"],
        "tr": ["Bu haberi yazdır", "E-posta · Yazdır · PDF olarak indir"],
        "de": ["Diesen Artikel drucken", "E-Mail · Drucken · Als PDF herunterladen"],
        "fr": ["Imprimer ou enregistrer cette page", "E-mail · Imprimer · Télécharger en PDF"],
        "es": ["Imprimir o guardar esta página", "Correo · Imprimir · Descargar en PDF"],
        "ru": ["Распечатать или сохранить страницу", "Почта · Печать · Скачать PDF"],
    },
    "translated": {
        "en": ["This article was translated from Welsh.", "Translated by the {site} newsroom"],
        "tr": ["Bu haber Lazcadan çevrilmiştir.", "Türkçeye çeviren: {site} haber merkezi"],
        "de": ["Dieser Beitrag wurde aus dem Niedersorbischen übersetzt.", "Deutsche Übersetzung: {site}-Redaktion"],
        "fr": ["Cet article a été traduit de l'occitan.", "Version traduite par la rédaction de {site}"],
        "es": ["Esta noticia ha sido traducida del gallego.", "Versión traducida por la redacción de {site}"],
        "ru": ["Материал переведён с татарского языка.", "Перевод — редакция «{site}»"],
    },
    "moderation": {
        "en": ["Comments are moderated and may take a while to appear, so please be patient and polite.", "Read our community guidelines before posting"],
        "tr": ["Yorumlar denetlendiği için yayımlanması biraz zaman alabilir. Lütfen nazik olun.", "Yorum yazmadan önce topluluk kurallarımızı okuyun"],
        "de": ["Kommentare werden moderiert und erscheinen deshalb mit Verzögerung – bitte bleiben Sie fair.", "Lesen Sie vor dem Posten unsere Community-Richtlinien"],
        "fr": ["Les commentaires sont modérés et peuvent mettre un moment à s'afficher. Restez courtois.", "Lisez notre charte avant de commenter"],
        "es": ["Los comentarios se moderan y pueden tardar en aparecer. Por favor, sé respetuoso.", "Lee nuestras normas de la comunidad antes de comentar"],
        "ru": ["Комментарии проходят модерацию и появляются не сразу. Будьте вежливы.", "Прочитайте правила сообщества перед публикацией"],
    },
    "feedback": {
        "en": ["Rate how useful this article was: 👍 👎", "Rate this story: ☆ ☆ ☆ ☆ ☆"],
        "tr": ["Bu haberin ne kadar işe yaradığını puanlayın: 👍 👎", "Bu haberi puanlayın: ☆ ☆ ☆ ☆ ☆"],
        "de": ["Bewerten Sie, wie nützlich dieser Artikel war: 👍 👎", "Bewerten Sie diesen Text: ☆ ☆ ☆ ☆ ☆"],
        "fr": ["Dites-nous si cet article vous a servi : 👍 👎", "Notez cet article : ☆ ☆ ☆ ☆ ☆"],
        "es": ["Valora lo útil que te ha parecido esta noticia: 👍 👎", "Puntúa esta historia: ☆ ☆ ☆ ☆ ☆"],
        "ru": ["Оцените, насколько полезен материал: 👍 👎", "Оцените материал: ☆ ☆ ☆ ☆ ☆"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code. To complain about this article, email standards@example.net.", "Our editorial principles"],
        "tr": ["{site}, gazetecilik meslek ilkelerine uyar. Bu haberle ilgili şikâyetinizi standartlar@example.net adresine iletin.", "Yayın ilkelerimiz"],
        "de": ["{site} folgt dem Pressekodex. Beschwerden zu diesem Artikel richten Sie an standards@example.net.", "Unsere redaktionellen Grundsätze"],
        "fr": ["{site} applique la charte de Munich. Pour signaler un problème sur cet article, écrivez à deontologie@example.net.", "Nos principes éditoriaux"],
        "es": ["{site} sigue el código deontológico de la profesión. Para reclamar sobre esta noticia, escribe a defensor@example.net.", "Nuestros principios editoriales"],
        "ru": ["«{site}» соблюдает кодекс журналистской этики. Жалобы на материал направляйте на etika@example.net.", "Наши редакционные принципы"],
    },
    "topics": {  # ({section}: the story's section)
        "en": ["Related topics: {section}", "See more: {section} · {site}"],
        "tr": ["İlgili konular: {section}", "Daha fazlası: {section} · {site}"],
        "de": ["Verwandte Themen: {section}", "Mehr dazu: {section} · {site}"],
        "fr": ["Thèmes liés : {section}", "Voir plus : {section} · {site}"],
        "es": ["Temas relacionados con {section}", "Ver más: {section} · {site}"],
        "ru": ["Связанные темы: {section}", "Смотреть ещё: {section} · «{site}»"],
    },
    "bookmark": {
        "en": ["Add to saved articles", "Save for later ☆"],
        "tr": ["Kaydedilen haberlere ekle", "Sonraya sakla ☆"],
        "de": ["Zu gespeicherten Artikeln hinzufügen", "Für später merken ☆"],
        "fr": ["Ajouter aux articles enregistrés", "Garder pour plus tard ☆"],
        "es": ["Añadir a noticias guardadas", "Guardar para luego ☆"],
        "ru": ["Добавить в сохранённые материалы", "Отложить на потом ☆"],
    },
    "textsize": {
        "en": ["A A A (text size)", "Make text larger"],
        "tr": ["A A A (yazı büyüklüğü)", "Yazıyı büyüt"],
        "de": ["A A A (Textgröße)", "Text vergrößern"],
        "fr": ["A A A (taille du texte)", "Agrandir le texte"],
        "es": ["A A A (tamaño del texto)", "Aumentar la letra"],
        "ru": ["А А А (размер текста)", "Увеличить текст"],
    },
    "developing": {
        "en": ["This story is developing. Refresh the page for the latest.", "More to follow."],
        "tr": ["Haber gelişiyor. Son bilgiler için sayfayı yenileyin.", "Ayrıntılar birazdan."],
        "de": ["Diese Meldung wird laufend aktualisiert. Laden Sie die Seite neu für den neuesten Stand.", "Mehr in Kürze."],
        "fr": ["Cette information est en cours d'actualisation. Rechargez la page pour la dernière version.", "Plus d'informations à venir."],
        "es": ["Esta información se está actualizando. Recarga la página para ver lo último.", "Ampliaremos en breve."],
        "ru": ["Материал дополняется по мере поступления информации. Обновите страницу, чтобы увидеть последние данные.", "Подробнее — позже."],
    },
    "poll": {
        "en": ["Poll: Do you support this plan? Yes · No · Undecided", "Results so far ({n} votes) – voting closes at midnight"],
        "tr": ["Anket: Bu planı destekliyor musunuz? Evet · Hayır · Kararsızım", "Şu ana kadarki sonuçlar ({n} oy) – oylama gece yarısı kapanıyor"],
        "de": ["Umfrage: Unterstützen Sie diesen Plan? Ja · Nein · Unentschieden", "Bisherige Ergebnisse ({n} Stimmen) – Abstimmung endet um Mitternacht"],
        "fr": ["Sondage : soutenez-vous ce projet ? Oui · Non · Indécis", "Résultats provisoires ({n} votes) – clôture à minuit"],
        "es": ["Encuesta: ¿Apoyas este plan? Sí · No · Indeciso", "Resultados provisionales ({n} votos) – la votación cierra a medianoche"],
        "ru": ["Опрос: вы поддерживаете этот план? Да · Нет · Не определился", "Промежуточные итоги ({n} голосов) — голосование закроется в полночь"],
    },
    "embed": {  # the fallback text of social-media embeds ({handle}: the site's account)
        "en": ["Watch this video on Facebook", "View on Instagram · @{handle}", "Post by @{handle} on X"],
        "tr": ["Bu videoyu Facebook'ta izleyin", "Instagram'da görüntüle · @{handle}", "@{handle} hesabının X gönderisi"],
        "de": ["Dieses Video auf Facebook ansehen", "Bei Instagram ansehen · @{handle}", "Beitrag von @{handle} auf X"],
        "fr": ["Regarder cette vidéo sur Facebook", "Voir sur Instagram · @{handle}", "Publication de @{handle} sur X"],
        "es": ["Ver este vídeo en Facebook", "Ver en Instagram · @{handle}", "Publicación de @{handle} en X"],
        "ru": ["Смотреть это видео во ВКонтакте", "Открыть в Instagram · @{handle}", "Запись @{handle} в X"],
    },
    "gallery": {  # photo-gallery launchers and counters ({g}: the number of pictures)
        "en": ["In pictures: {g} photos ›", "Swipe through {g} images", "1 of {g}"],
        "tr": ["Fotoğraflarla: {g} kare ›", "{g} görseli kaydırarak izleyin", "1 / {g}"],
        "de": ["In Bildern: {g} Fotos ›", "Wischen Sie durch {g} Bilder", "1 von {g}"],
        "fr": ["En images : {g} photos ›", "Faites défiler {g} images", "1 sur {g}"],
        "es": ["En imágenes: {g} fotos ›", "Desliza para ver {g} imágenes", "1 de {g}"],
        "ru": ["В фотографиях: {g} кадров ›", "Листайте {g} снимков", "1 из {g}"],
    },
    "helpline": {  # support-service notices under stories on sensitive subjects (fictional services and numbers)
        "en": ["If you have been affected by a death or serious injury on the roads, the Roadside Support Network offers free help on 0808 157 0461.",
               "Need someone to talk to? The Harbour Listening Line is open every day from 8am to midnight on 0808 157 0732.",
               "Support is available: see our list of local advice services."],
        "tr": ["Zor bir dönemden geçiyorsanız Dayanışma Danışma Hattı'nı ücretsiz arayabilirsiniz: 0800 314 27 90.",
               "Zorbalığa uğruyorsanız yalnız değilsiniz: Genç Destek Hattı hafta içi 09.00-21.00 arasında 0800 314 55 12 numarasında.",
               "Destek alabileceğiniz yerlerin listesi yardım sayfamızda."],
        "de": ["Wenn Sie Gedanken an Gewalt oder Selbstverletzung haben, hilft das Zuhör-Telefon Mittelland kostenlos unter 0800 7 00 41 19.",
               "Mobbing an der Schule? Das Schülersorgentelefon ist montags bis freitags von 14 bis 20 Uhr unter 0800 7 00 52 30 erreichbar.",
               "Beratungsstellen in Ihrer Nähe finden Sie auf unserer Übersichtsseite."],
        "fr": ["Fortes chaleurs : la ligne d'information Chaleur et Santé répond au 0 805 47 19 05 (appel gratuit), de 9 h à 19 h.",
               "Harcèlement : la ligne d'écoute Jeunes en Confiance répond gratuitement au 0 805 47 22 80, du lundi au samedi.",
               "Besoin de parler ? Les structures d'accompagnement près de chez vous sont recensées sur notre page d'aide."],
        "es": ["Si sufres acoso o conoces a alguien que lo sufre, la Línea Amiga Escolar atiende gratis y de forma confidencial en el 900 110 426.",
               "Si necesitas hablar con alguien, el Teléfono de Escucha Comarcal atiende de 8.00 a 24.00 en el 900 110 583.",
               "Recursos de ayuda: consulta en nuestra guía los servicios de apoyo de tu zona."],
        "ru": ["Если вам тяжело, позвоните на бесплатную линию «Рядом»: 8-800-000-47-19, круглосуточно и анонимно.",
               "Столкнулись с травлей? Детская линия поддержки «Ты не один» работает по будням с 9 до 21: 8-800-000-52-30.",
               "Куда обратиться за помощью: список служб поддержки — на нашей странице помощи."],
    },
    "chart": {  # the furniture of embedded data charts: source / data lines, fallbacks, hints
        "en": ["Source: practice appointment data · Graphic: {site} data team", "Chart not loading? View it here.",
               "Tap a bar to see the figure for each year"],
        "tr": ["Kaynak: resmi kayıtlar · Grafik: {site} veri ekibi", "Grafik yüklenmiyor mu? Buradan görüntüleyin.",
               "Her yılın rakamını görmek için bir çubuğa dokunun"],
        "de": ["Quelle: Auswertung von Immobilienanzeigen · Grafik: {site}", "Grafik wird nicht geladen? Hier öffnen.",
               "Tippen Sie auf einen Balken, um den Wert für jedes Jahr zu sehen"],
        "fr": ["Source : données officielles · Infographie : {site}", "Le graphique ne se charge pas ? Ouvrez-le ici.",
               "Touchez une barre pour voir le chiffre de chaque année"],
        "es": ["Fuente: Consejo de la Juventud · Gráfico: {site}", "¿No carga el gráfico? Ábrelo aquí.",
               "Pulsa sobre una barra para ver el dato de cada año"],
        "ru": ["Источник: официальные данные · Инфографика: «{site}»", "График не загружается? Откройте его здесь.",
               "Нажмите на столбец, чтобы увидеть значение за каждый год"],
    },
    "funding": {  # grant / funding disclosures
        "en": ["This reporting was supported by the Regional Journalism Fund, which has no editorial control.",
               "Our council coverage is paid for in part by readers and a grant from the Hallam Trust.",
               "Project part-funded by the Islands Connectivity Fund."],
        "tr": ["Bu proje Kuzey Ovası Kalkınma Ajansı tarafından desteklenmektedir. İçerik, ajansın görüşlerini yansıtmaz.",
               "Yerel haberciliğimiz okurlarımız ve Açık Haber Vakfı'nın hibesiyle yapılmaktadır.",
               "Bu haber dizisi Bölgesel Gazetecilik Programı kapsamında desteklenmiştir; destekçi içeriğe karışmamıştır."],
        "de": ["Diese Recherche wurde vom Regionalfonds für Journalismus unterstützt, der keinen Einfluss auf die Berichterstattung hatte.",
               "Unsere Berichte aus dem Kreistag werden teilweise von Leserinnen und Lesern und einem Zuschuss der Hallberg-Stiftung finanziert.",
               "Projekt gefördert aus Mitteln des Landesprogramms Ländlicher Raum."],
        "fr": ["Cette enquête a bénéficié du soutien du Fonds régional pour le journalisme, sans droit de regard sur son contenu.",
               "Notre couverture de la vie municipale est financée en partie par nos lecteurs et par une subvention de la fondation Ardent.",
               "Projet cofinancé par le programme régional Territoires ruraux."],
        "es": ["Este reportaje ha contado con el apoyo del Fondo Regional de Periodismo, que no ha tenido control editorial.",
               "Nuestra información municipal se financia en parte con las aportaciones de los lectores y una ayuda de la Fundación Alcor.",
               "Proyecto cofinanciado por el programa autonómico de Desarrollo Rural."],
        "ru": ["Материал подготовлен при поддержке Регионального фонда журналистики, который не влиял на его содержание.",
               "Наши репортажи о работе местной власти выходят благодаря читателям и гранту фонда «Открытая провинция».",
               "Проект реализуется при поддержке областной программы развития сельских территорий."],
    },
    # the three families new in this part
    "warning": {  # content warnings put above stories on distressing subjects
        "en": ["Warning: this article contains details some readers may find distressing.",
               "Content note: this report includes evidence about a death on the roads.",
               "Please be aware that the following contains descriptions of cruelty to animals."],
        "tr": ["Uyarı: Bu haber bazı okurları rahatsız edebilecek ayrıntılar içermektedir.",
               "Hassas içerik: Haberde hayvanlara yönelik kötü muamele anlatılmaktadır.",
               "Okur uyarısı: Aşağıdaki metinde bir ölümlü kazaya ilişkin ayrıntılar yer alıyor."],
        "de": ["Achtung: Dieser Artikel enthält Schilderungen, die manche Leserinnen und Leser belasten könnten.",
               "Inhaltshinweis: In diesem Text geht es um Mobbing und Gewalt unter Jugendlichen.",
               "Triggerwarnung – im folgenden Bericht werden Einzelheiten eines tödlichen Unfalls geschildert."],
        "fr": ["Avertissement : cet article contient des détails susceptibles de heurter certains lecteurs.",
               "Attention, cet article évoque des faits de harcèlement entre élèves.",
               "Ce compte rendu d'audience comporte des descriptions qui peuvent choquer."],
        "es": ["Aviso: esta información contiene detalles que pueden herir la sensibilidad de algunos lectores.",
               "Advertencia de contenido: en este texto se describen situaciones de acoso a una menor.",
               "Atención: el siguiente relato incluye detalles de un accidente mortal."],
        "ru": ["Внимание: материал содержит подробности, которые могут шокировать некоторых читателей.",
               "Предупреждение: в тексте описывается жестокое обращение с животными.",
               "Осторожно: в материале приводятся детали смертельного ДТП."],
    },
    "series": {  # series labels and part navigation of multi-part reporting
        "en": ["This is the second part of Waiting Room, our series on getting to see a family doctor.",
               "Part of our Makers series: the people who still make things by hand in the county.",
               "Read every part of this series ›"],
        "tr": ["Bu haber, «Kıyıdaki Köyler» dizimizin üçüncü bölümüdür. Önceki bölümleri buradan okuyabilirsiniz.",
               "«Eski Meslekler» dizisi: Bu bölümde ilçenin son semercisini tanıyoruz.",
               "Dizinin tüm bölümlerini okuyun ›"],
        "de": ["Dieser Text ist Teil 3 unserer Serie „Wohnen in Mühlhagen“. Alle bisherigen Folgen finden Sie hier.",
               "Bisher erschienen: Teil 1 – Wer baut noch? · Teil 2 – Leerstand in der Altstadt",
               "Zur Übersicht aller Folgen dieser Serie ›"],
        "fr": ["Cet article fait partie de notre série « Villages d'en haut ». Retrouvez tous les épisodes.",
               "Épisode 2 sur 4 · Lire l'épisode précédent",
               "Voir toute la série ›"],
        "es": ["Este artículo forma parte de la serie «Vivir de alquiler». Lee aquí las entregas anteriores.",
               "Capítulo 2 de 4 · Ver todos los capítulos",
               "Toda la serie, aquí ›"],
        "ru": ["Это вторая часть спецпроекта «Малые города». Первую часть читайте здесь.",
               "Спецпроект «Малые города» · Часть 2 из 5",
               "Все части проекта ›"],
    },
    "map": {  # the furniture of embedded maps: provider links, attribution, hints
        "en": ["View larger map", "Map data ©2026 · Terms · Report a map error",
               "Tap the coloured areas for details. Map: {site} / OpenStreetMap contributors"],
        "tr": ["Daha büyük haritada görüntüle", "Harita verileri ©2026 · Şartlar · Harita hatası bildirin",
               "Ayrıntılar için renkli alanlara dokunun. Harita: {site} / OpenStreetMap katkıcıları"],
        "de": ["Größere Karte ansehen", "Kartendaten ©2026 · Nutzungsbedingungen · Kartenfehler melden",
               "Für Details auf die farbigen Flächen tippen. Karte: {site} / OpenStreetMap-Mitwirkende"],
        "fr": ["Agrandir le plan", "Données cartographiques ©2026 · Conditions d'utilisation · Signaler une erreur cartographique",
               "Cliquez sur les points pour afficher le détail. Carte : {site} / contributeurs d'OpenStreetMap"],
        "es": ["Ver mapa más grande", "Datos del mapa ©2026 · Términos · Informar de un error en el mapa",
               "Pulsa en las zonas de color para ver los detalles. Mapa: {site} / colaboradores de OpenStreetMap"],
        "ru": ["Открыть на большой карте", "Данные карт ©2026 · Условия использования · Сообщить об ошибке на карте",
               "Нажмите на цветные участки, чтобы увидеть подробности. Карта: «{site}» / участники OpenStreetMap"],
    },
}
HEADLINES = {
    "en": ["Leisure centre pool reopens after roof repairs", "Bin collections move to Tuesdays from next month",
           "Town band celebrates 150 years with free concert", "Speed cameras planned for village high street",
           "Foodbank appeals for tinned fish and toiletries", "New owner found for the old cinema"],
    "tr": ["Spor merkezinin havuzu çatı onarımından sonra açıldı", "Çöp toplama günleri gelecek ay salıya taşınıyor",
           "Kent bandosu 150. yılını ücretsiz konserle kutluyor", "Köy çarşısına hız kamerası geliyor",
           "Gıda bankası konserve ve temizlik malzemesi bekliyor", "Eski sinema binasına yeni sahip bulundu"],
    "de": ["Hallenbad nach Dachsanierung wieder geöffnet", "Müllabfuhr kommt ab nächstem Monat dienstags",
           "Stadtkapelle feiert 150 Jahre mit Gratiskonzert", "Blitzer für die Dorfstraße geplant",
           "Tafel bittet um Fischkonserven und Hygieneartikel", "Altes Kino hat einen neuen Besitzer"],
    "fr": ["La piscine intercommunale rouvre après les travaux de toiture", "Le ramassage des ordures passe au mardi le mois prochain",
           "L'harmonie fête ses 150 ans avec un concert gratuit", "Des radars prévus dans la grande rue du village",
           "La banque alimentaire manque de conserves et de produits d'hygiène", "Le vieux cinéma a trouvé un repreneur"],
    "es": ["Reabre la piscina cubierta tras la reparación del tejado", "La recogida de basura pasa a los martes el mes que viene",
           "La banda municipal celebra 150 años con un concierto gratuito", "Radares de velocidad para la calle mayor del pueblo",
           "El banco de alimentos pide latas de pescado y productos de higiene", "El antiguo cine ya tiene nuevo dueño"],
    "ru": ["Бассейн открылся после ремонта кровли", "Вывоз мусора со следующего месяца — по вторникам",
           "Городской оркестр отметит 150-летие бесплатным концертом", "На главной улице села поставят камеры контроля скорости",
           "Продуктовый банк просит рыбные консервы и средства гигиены", "У старого кинотеатра появился новый владелец"],
}
# subtitles of the linked stories (Medium's link previews and "More from" cards), in the order of HEADLINES["en"]
TEASERS = {
    "en": ["The pool had been shut since a storm damaged the roof in February.",
           "Recycling and garden waste days are not changing.",
           "The band was founded by workers at the rope factory in 1876.",
           "Residents say drivers regularly reach 50mph past the school.",
           "Demand has risen by a third since last winter.",
           "The building has been empty since the last screening in 2017."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the
# article: this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Today's main stories", "Around your area", "From the courtroom", "Council and politics", "Weekend match reports",
                    "Days out and events", "Your letters this week", "Homes, jobs and motors"],
               cookie="We and selected partners store information on your device to measure visits, remember your choices and show relevant adverts. Choose which purposes you agree to, or accept them all.",
               accept="Agree and continue", reject="Choose purposes", share="Share this with a friend",
               related="More stories like this", newsletter="The Daily Digest – free in your inbox",
               subscribe="Sign me up for the Digest", email="yourname@mailbox.example",
               comment_note="Register for free or sign in to leave a comment.",
               footer=["Meet the newsroom team", "How we handle complaints", "Privacy and cookie choices",
                       "Talk to our advertising team", "Terms of service"],
               rights="All content on this site is protected by copyright.",
               commenters=[("long_time_reader", "Good to see this covered properly."),
                           ("G. Marsh", "Does anyone know when the consultation closes?"),
                           ("northend_nan", "Nothing ever changes round here.")]),
    "tr": dict(nav=["Günün öne çıkanları", "Çevrenizde olanlar", "Mahkeme ve adliye", "Meclis ve siyaset",
                    "Maç haberleri", "Etkinlik ve gezi", "Okurların sesi"],
               cookie="Biz ve seçili iş ortaklarımız ziyaretleri ölçmek, tercihlerinizi hatırlamak ve ilgili reklamlar göstermek için cihazınızda bilgi saklıyoruz. Hangi amaçlara izin verdiğinizi seçin ya da tümünü kabul edin.",
               accept="Kabul ediyorum, devam et", reject="Amaçları seç", share="Bunu bir arkadaşınızla paylaşın",
               related="Buna benzer haberler", newsletter="Günlük Seçki – e-postanıza ücretsiz",
               subscribe="Beni kaydet", email="adiniz@posta.example",
               comment_note="Yorum bırakmak için ücretsiz kaydolun ya da oturum açın.",
               footer=["Haber ekibimizle tanışın", "Şikâyetleri nasıl ele alıyoruz", "Gizlilik ve çerez seçenekleri",
                       "Reklam başvuruları", "Hizmet koşulları"],
               rights="Bu sitedeki tüm içerik telif hakkıyla korunmaktadır.",
               commenters=[("eski_okur", "Bu konunun takip edilmesi güzel."),
                           ("Serpil K.", "Belediye bu konuda ne zaman açıklama yapacak?")]),
    "de": dict(nav=["Top-Themen heute", "Rund um Ihren Wohnort", "Gerichtsberichte", "Rathaus und Politik",
                    "Spielberichte aus der Region", "Ausflüge und Termine", "Leserbriefe der Woche"],
               cookie="Wir und ausgewählte Partner speichern Informationen auf Ihrem Gerät, um Besuche zu messen, Ihre Auswahl zu speichern und passende Werbung zu zeigen. Wählen Sie, welchen Zwecken Sie zustimmen, oder akzeptieren Sie alle.",
               accept="Zustimmen und weiter", reject="Zwecke auswählen", share="Mit einem Freund teilen",
               related="Ähnliche Artikel", newsletter="Die Tageslese – kostenlos in Ihr Postfach",
               subscribe="Tageslese bestellen", email="ihrname@postfach.example",
               comment_note="Registrieren Sie sich kostenlos oder melden Sie sich an, um zu kommentieren.",
               footer=["Das Redaktionsteam", "Umgang mit Beschwerden", "Datenschutz- und Cookie-Auswahl",
                       "Anzeigen bei uns schalten", "Nutzungsbedingungen für Leser"],
               rights="Alle Inhalte dieser Website sind urheberrechtlich geschützt.",
               commenters=[("langjaehrige_leserin", "Gut, dass das Thema endlich ordentlich aufgegriffen wird."),
                           ("Horst W.", "Weiß jemand, bis wann man Einwände einreichen kann?")]),
    "fr": dict(nav=["Ce qu'il faut retenir aujourd'hui", "Dans les communes alentour", "Chroniques judiciaires", "Mairie et politique",
                    "Le sport du week-end", "Sorties et agenda", "Vos courriers"],
               cookie="Nos partenaires et nous stockons des informations sur votre appareil pour mesurer l'audience, mémoriser vos choix et afficher des publicités pertinentes. Choisissez les finalités que vous acceptez, ou acceptez-les toutes.",
               accept="Accepter et poursuivre", reject="Choisir les finalités", share="Faire suivre à un proche",
               related="Des articles du même genre", newsletter="Le Condensé du jour – gratuit dans votre boîte",
               subscribe="Je m'abonne gratuitement", email="votrenom@messagerie.example",
               comment_note="Créez un compte gratuit ou connectez-vous pour laisser un commentaire.",
               footer=["L'équipe de la rédaction", "Traitement des réclamations", "Choix de confidentialité et cookies",
                       "Demandes publicitaires", "Conditions de service"],
               rights="Tous les contenus de ce site sont protégés par le droit d'auteur.",
               commenters=[("lecteur_fidele", "Enfin un article complet sur le sujet."),
                           ("Martine D.", "Quelqu'un sait jusqu'à quand on peut donner son avis ?")]),
    "es": dict(nav=["Lo más destacado hoy", "En tu barrio", "Desde los juzgados", "Ayuntamiento y política",
                    "Resultados y crónicas del finde", "Planes y agenda", "Lectores que nos escriben"],
               cookie="Nosotros y socios seleccionados guardamos información en tu dispositivo para medir visitas, recordar tus elecciones y mostrar anuncios relevantes. Elige los fines que aceptas o acéptalos todos.",
               accept="Acepto y sigo leyendo", reject="Elegir fines", share="Compártelo con un amigo",
               related="Noticias parecidas", newsletter="La Selección Diaria, gratis en tu correo",
               subscribe="Apuntarme gratis", email="tunombre@buzon.example",
               comment_note="Regístrate gratis o inicia sesión para dejar un comentario.",
               footer=["El equipo que hace este diario", "Cómo tratamos las quejas", "Opciones de privacidad y cookies",
                       "Contratar publicidad", "Condiciones del servicio"],
               rights="Todos los contenidos de esta web están protegidos por derechos de autor.",
               commenters=[("lectora_de_siempre", "Por fin alguien lo cuenta con datos."),
                           ("Ramiro G.", "¿Alguien sabe hasta cuándo se pueden presentar alegaciones?")]),
    "ru": dict(nav=["Главное за сегодня", "Возле вашего дома", "Суд и следствие", "Администрация и депутаты",
                    "Спортивные отчёты", "Афиша и досуг", "Письма наших читателей"],
               cookie="Мы и выбранные партнёры храним данные на вашем устройстве, чтобы считать посещения, запоминать ваш выбор и показывать подходящую рекламу. Выберите цели, на которые вы согласны, или примите все.",
               accept="Согласиться и продолжить", reject="Выбрать цели", share="Поделиться с другом",
               related="Похожие публикации", newsletter="«Дайджест дня» — бесплатно на почту",
               subscribe="Получать дайджест", email="vashe_imya@pochta.example",
               comment_note="Зарегистрируйтесь бесплатно или войдите, чтобы оставить комментарий.",
               footer=["Знакомьтесь: наша команда", "Как мы работаем с жалобами", "Настройки конфиденциальности и cookie",
                       "Реклама в нашем издании", "Условия пользования"],
               rights="Все материалы сайта защищены авторским правом.",
               commenters=[("davniy_chitatel", "Хорошо, что об этом наконец написали подробно."),
                           ("Людмила П.", "А до какого числа можно подать возражения?")]),
}
UI27 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "DON'T MISS:"},  # the regional layout's inline links
    (mp2, "BIO"): {"en": "{name} writes about crafts, farming and rural life for {site} and edits its {section} pages. Ideas and letters: features@example.net"},
    (mp3, "BROADCAST"): {"es": dict(watch="Mira el vídeo:", fallback="Tu navegador no puede reproducir este vídeo.",
                                    live="Emisión en directo", topics="Más sobre estos asuntos")},
    (mp4, "READMORE"): {"de": "DAZU LESENSWERT:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp5, "SQS"): {"en": dict(title="Orchard Notes, by email",
                              desc="A short email each season: work days, blossom, harvest and the apple day.",
                              button="Yes, keep me posted", foot="Your address stays with us, and you can leave at any time.",
                              prev="← Earlier in the orchard", next="Later in the orchard →", cookie_ok="OK, thanks")},
    (mp6, "QT"): {"fr": dict(also="Lire en complément")},
    (mp6, "TYPO3"): {"en": dict(ext="Third-party video", note="A YouTube video is shown here. If you load it, YouTube receives your IP address.",
                                button="Show the video", by="Words:", search="Search the harbour website",
                                lang_menu="Gàidhlig")},
    (mp6, "BITRIX"): {"tr": dict(agency="Doğu Sahil Haber Ajansı", share="Bu haberi yakınlarınıza gönderin",
                                 back="Tüm haberlere dön")},
    (mp13, "PUB_NAV"): {"en": ["Latest from Oakhurst", "Getting around", "People of the parish", "About the Dispatch"]},
    (mp13, "TEASERS"): {"en": TEASERS["en"]},
    (mp19, "UCOZ"): {"tr": dict(domain="ucoz.com", slogan="Gökçesu Köyü'nün internet sayfası: haberler, duyurular, anılar",
                                menu=["Gökçesu'ya hoş geldiniz", "Gökçesu'dan son haberler", "Muhtarımızdan duyurular",
                                      "Köy derneğimiz", "Eski fotoğraf albümü", "Bize yazın, hemşehrim"],
                                cats=["Gökçesu'dan son haberler", "Köy kütüphanemiz", "Muhtarımızdan duyurular"],
                                friends=["Gökçesu Köyü Kalkındırma Derneği", "Çamlıdere İlçe Halk Kitaplığı", "Çamlıdere Ortaokulu"],
                                footer="Gökçesu Köyü © 2026 · Bu sayfayı gurbetteki gençlerimiz gönüllü olarak hazırlıyor",
                                poster="koy_dernegi", tags=["köy kütüphanesi", "kitap bağışı"],
                                commenters=[("Gülizar_Teyze", "Torunlarım artık hafta sonu kütüphaneden çıkmıyor, Allah razı olsun."),
                                            ("Ankara'dan Mehmet", "Bir koli çocuk kitabı hazırladım, bayramda getiriyorum.")],
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
# the new layout: an article page on Textpattern CMS 4.9 with the default "four-point-nine" theme
# --------------------------------------------------------------------------
# the platform's own interface strings in English, as the default theme's forms and Textpattern's English language
# pack word them: the skip link, the navigation and search labels, the article meta ("Posted", "Comments", "Go to
# comments", "Author", "Categories"), the paginator ("Previous", "Next"), the comments section and the comment form
# (the invitation "Comment", the field labels, "Remember", "Preview", "Submit", "Required"), the aside's feed links
# and "Links" heading, the "Published with Textpattern CMS" line, and the English month names of the date formats
TXP_CORE = {
    "en": dict(go_content="Go to content", site_nav="Site navigation", search="Search", main="Main content",
               posted="Posted", comments="Comments", go_comments="Go to comments", author="Author",
               categories="Categories", page_nav="Page navigation", prev="Previous", next="Next",
               invite="Comment", enter="Enter your comment here", name="Name", email="Email", web="Website",
               message="Message", required="Required", remember="Remember", forget="Forget", preview="Preview",
               submit="Submit", links="Links", rss="RSS", atom="Atom", published_with="Published with",
               go_txp="Go to the Textpattern website", txp="Textpattern CMS", read_more="Read more",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"]),
}
# the site's own strings: host, slogan, the sections of the navigation (titles and names; the first is the article's),
# the links list of the aside, the footer line, the readers' comments (name, text, days after publication, time)
# and the ids of the objects
TXP = {
    "en": dict(domain="www.liddenvalleypacket.example",
               slogan="Independent news for Brackwater and the Lidden valley, run by its readers since 2011",
               sections=["Valley news", "What’s on in the valley", "Sport round-up", "Your letters to the Packet",
                         "About the Packet"], section_names=["news", "whats-on", "sport", "letters", "about"],
               links=[("Brackwater Town Council meetings", "https://www.brackwater-tc.example/meetings"),
                      ("Lidden Valley Rail Users’ Group", "https://www.liddenrail.example/"),
                      ("County bus timetables", "https://www.countybuses.example/timetables"),
                      ("Brackwater Library opening hours", "https://libraries.county.example/brackwater")],
               footer="The Lidden Valley Packet is a not-for-profit community news site. Send stories to editor@liddenvalleypacket.example",
               commenters=[("Maureen Ellery", "My grandson crosses that bridge every morning. Eight extra minutes each way in January is no joke.", 0, "19:42"),
                           ("Tom Renshaw", "Better six months of walking round than the thing giving way with forty kids on it. Well done to whoever spotted it.", 1, "07:15"),
                           ("Priya at the bakery", "Thank you for mentioning us. We’ll be doing a bridge-walkers’ breakfast deal from June, come and say hello!", 1, "12:03")],
               article_id=1873, image_id=412, comment_id=2419, theme="four-point-nine"),
}
TXP_EXEMPT = {"domain", "section_names", "article_id", "image_id", "comment_id", "theme"}
TXP_GLYPHS = {"‘": "&#8216;", "’": "&#8217;", "“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "—": "&#8212;",
              "…": "&#8230;", "×": "&#215;"}


def txp_url_title(s):
    """Textpattern's url-title of a title: lower case, ASCII words joined by hyphens."""
    s = s.lower().replace("’", "").replace("'", "").replace("£", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def txp_date(iso, c):
    """The site's date format ("%d %B %Y"): 06 May 2026."""
    y, m, d = iso.split("-")
    return "%s %s %s" % (d, c["months"][int(m) - 1], y)


def txp_textile(html):
    """Textile's glyph and caps rules applied to the text (not the tags) of a block: straight quotes and
    apostrophes become typographic ones, typographic characters are written as numeric entities, a spaced hyphen
    becomes an en dash, and words of three or more capitals are wrapped in <span class="caps">."""
    out = []
    for part in re.split(r"(<[^>]+>)", html):
        if part.startswith("<"):
            out.append(part)
            continue
        part = re.sub(r"(\w)'(\w)", "\\1’\\2", part)
        part = re.sub(r"'", "’", part)
        part = re.sub(r'(^|[\s(\[])"', "\\1“", part)
        part = part.replace('"', "”").replace(" - ", " – ")
        for ch, ent in TXP_GLYPHS.items():
            part = part.replace(ch, ent)
        part = re.sub(r"\b([A-Z][A-Z0-9]{2,})\b", r'<span class="caps">\1</span>', part)
        out.append(part)
    return "".join(out)


def txp_block(kind, val):
    """One block of the article body as Textile outputs it."""
    if kind == "p":
        return "<p>%s</p>" % txp_textile(mp.inline_html(val))
    if kind == "h":
        return "<h3>%s</h3>" % txp_textile(E(val))
    if kind == "q":
        return "<blockquote>\n\t<p>%s</p>\n</blockquote>" % txp_textile(mp.inline_html(val))
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("\t<li>%s</li>" % txp_textile(mp.inline_html(v)) for v in val), kind)


TXP_PLAIN = re.compile(r"^<p>(.*)</p>$", re.S)


def txp_residue(snip):
    """A residue line as the editor left it: typed as Textile (a bare paragraph; _emphasis_ and *strong* come out as
    <em> and <strong>, and the glyph rules apply), or pasted embed code inside <notextile>, which Textile leaves
    alone."""
    m = TXP_PLAIN.match(snip)
    if not m or "\n" in snip:
        return snip
    inner = m.group(1)
    inner = re.sub(r"^<i>(.*)</i>$", r"<em>\1</em>", inner)
    inner = re.sub(r"^<b>(.*)</b>$", r"<strong>\1</strong>", inner)
    return "<p>%s</p>" % txp_textile(inner)


def txp_body(art, placed):
    blocks, n = art["blocks"], len(art["blocks"])
    out = []
    for i in range(n + 1):
        out.extend(txp_residue(x) for x in placed.get(i, []))
        if i < n:
            out.append(txp_block(*blocks[i]))
    return "\n\n".join(out)


def tpl_textpattern(art, ui, site, placed, rng):
    # an article page of an English independent hyperlocal news site on Textpattern CMS 4.9 with the default
    # "four-point-nine" theme, as the site serves it (see the module docstring for the parts)
    c, s = TXP_CORE["en"], TXP["en"]
    host = "https://" + s["domain"]
    sec = s["section_names"][0]
    url = "%s/%s/%s" % (host, sec, txp_url_title(art["title"]))
    h, mi = rng.randint(7, 10), rng.randint(0, 59)
    iso = "%sT%02d:%02d:%02d+01:00" % (art["date"], h, mi, rng.randint(0, 59))
    iso_mod = "%sT%02d:%02d:%02d+01:00" % (art["date"], h + rng.randint(1, 6), rng.randint(0, 59), rng.randint(0, 59))
    shown = txp_date(art["date"], c)
    body = txp_body(art, placed)
    prev_t, next_t = rng.sample(HEADLINES["en"], 2)
    descr = art["sub"]
    author_slug = txp_url_title(art["byline"])
    nav = "\n".join(
        ('<li class="active">\n<a itemprop="url" href="%s/%s/" aria-current="page">\n%s\n</a>\n</li>' if k == 0 else
         '<li>\n<a itemprop="url" href="%s/%s/">\n%s\n</a>\n</li>') % (host, name, E(title))
        for k, (name, title) in enumerate(zip(s["section_names"], s["sections"])))
    cats = ", ".join('<a href="%s/%s/?c=%s">%s</a>' % (host, sec, txp_url_title(x), E(x)) for x in art["categories"])
    # the comments (comments.comment form of the theme) and the comment form
    d0 = datetime.date(*map(int, art["date"].split("-")))
    items, cid = [], s["comment_id"]
    for who, txt, days, tm in s["commenters"]:
        cid += rng.randint(1, 9)
        d = (d0 + datetime.timedelta(days=days)).isoformat()
        items.append(('<li id="c{cid:06d}">\n<article class="comments" itemscope itemtype="https://schema.org/Comment">\n'
                      '<h4>\n<span class="comment-author" itemprop="author" itemscope itemtype="https://schema.org/Person">\n'
                      '<span itemprop="name">\n{who}\n</span>\n</span>\n'
                      '<span class="comment-anchor" itemprop="url">\n<a href="{url}#c{cid:06d}">#</a>\n</span>\n</h4>\n'
                      '<p class="footnote">\n<time datetime="{d}T{tm}:00+01:00" itemprop="dateCreated">\n{shown} {tm}\n</time>\n</p>\n'
                      '<div itemprop="text">\n<p>{txt}</p>\n</div>\n</article>\n</li>').format(
            cid=cid, who=E(who), url=url, d=d, tm=tm, shown=txp_date(d, c), txt=txp_textile(E(txt))))
    ncom = len(items)
    links = "\n".join('<li><a rel="external" href="%s">%s</a></li>' % (A(u), E(t)) for t, u in s["links"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "Blog", "blogPost": [{
        "@type": "BlogPosting", "headline": art["title"], "description": descr, "url": url}]}, ensure_ascii=False, indent=4)
    nonce = "%032x" % rng.randint(0, 16**32 - 1)
    return f'''<!DOCTYPE html>
<html lang="en-gb" dir="ltr">

<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
    <title>{E(art["title"])} | {E(site)}</title>

    <!-- CSS -->
    <link rel="stylesheet" href="{host}/css.php?n=default&amp;t={s["theme"]}">

    <meta name="generator" content="Textpattern CMS">

                <meta name="description" content="{A(descr)}">
                <meta name="keywords" content="{A(",".join(art["categories"]))}">
                <meta name="author" content="{A(art["byline"])}">
                <meta name="robots" content="index, follow">
                <link rel="canonical" href="{url}">
                <meta property="og:site_name" content="{A(site)}">
                <meta property="og:type" content="article">
                <meta property="og:title" content="{A(art["title"])}">
                <meta property="og:description" content="{A(descr)}">
                <meta property="og:url" content="{url}">
                        <meta property="og:image" content="{host}/images/{s["image_id"]}.jpg">
                        <meta property="og:image:width" content="1200">
                        <meta property="og:image:height" content="800">
                        <meta property="og:image:alt" content="{A(art["caption"])}">
                <script type="application/ld+json">
{ld}
                </script>

    <!-- content feeds -->
    <link rel="alternate" type="application/atom+xml" title="{A(c["atom"])}" href="{host}/atom/?section={sec}">
    <link rel="alternate" type="application/rss+xml" title="{A(c["rss"])}" href="{host}/rss/?section={sec}">
</head>

        <body class="{sec}-page" itemscope itemtype="https://schema.org/WebPage">

    <a class="skip-link" href="#main">{E(c["go_content"])}</a>

<header class="site-header">
    <h2><a rel="home" href="{host}/">{E(site)}</a></h2>
        <h3>{E(s["slogan"])}</h3>
</header>

<nav id="navigation" class="site-navigation" aria-label="{A(c["site_nav"])}" itemscope itemtype="https://schema.org/SiteNavigationElement">
    <div>
        <ul class="section_list">
{nav}
</ul>

        <search role="search" aria-label="{A(c["search"])}" itemscope itemtype="https://schema.org/WebSite">
    <meta itemprop="url" content="{host}/">
    <form method="get" action="{host}/" itemprop="potentialAction" itemscope itemtype="https://schema.org/SearchAction">
        <meta itemprop="target" content="{host}/?q={{q}}">
        <label class="accessibility" for="search">{E(c["search"])}</label>
        <input id="search" name="q" type="search" itemprop="query-input" placeholder="{A(c["search"])}">
    </form>
</search>
    </div>
</nav>

    <div class="wrapper">
        <div class="container">

            <!-- Main content -->
            <main id="main" aria-label="{A(c["main"])}" itemscope itemtype="https://schema.org/Blog">

<article class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
    <meta itemprop="mainEntityOfPage" content="{url}">

        <h1 itemprop="headline">{txp_textile(E(art["title"]))}</h1>

    <p>
        <strong>
            {E(c["posted"])}
        </strong>
        <time datetime="{iso}" itemprop="datePublished">
            {shown}
        </time>
        <meta itemprop="dateModified" content="{iso_mod}" />

            <br>
            <strong>
                {E(c["comments"])}
            </strong>
            <a href="{url}#comments-head" title="{A(c["go_comments"])}" itemprop="discussionUrl">
                <span itemprop="interactionStatistic" itemscope itemtype="https://schema.org/InteractionCounter">
                    <meta itemprop="interactionType" content="https://schema.org/CommentAction" />
                    <span itemprop="userInteractionCount">{ncom}</span>
                </span>
            </a>
    </p>

    <figure itemprop="image" itemscope itemtype="https://schema.org/ImageObject">

        <img loading="lazy" itemprop="url contentUrl" src="{host}/images/{s["image_id"]}.jpg" alt="{A(art["caption"])}">
        <meta itemprop="width" content="1200">
        <meta itemprop="height" content="800">

        <figcaption itemprop="caption">
            {E(art["caption"] + " " + art["credit"])}
        </figcaption>

    </figure>

    <div itemprop="articleBody">
        {body}
    </div>

    <p>
        <strong>
            {E(c["author"])}
        </strong>
        <span itemprop="author" itemscope itemtype="https://schema.org/Person">
            <span itemprop="name">
                <a rel="author" href="{host}/{sec}/?author={author_slug}">{E(art["byline"])}</a>
            </span>
        </span>

            <br>
            <strong>
                {E(c["categories"])}
            </strong>
            <span itemprop="keywords">
                {cats}
            </span>
    </p>

    <section id="comments-head">
        <h3>
            {E(c["comments"])}
        </h3>
        <ol class="comments-list">

{chr(10).join(items)}

        </ol>

    <section id="comments-form">

        <h3>
            {E(c["invite"])}
        </h3>

        <form id="txpCommentInputForm" method="post" action="{url}#cpreview">
<div class="comments-wrapper">

<p>
    {E(c["enter"])}
</p>

<p class="large">
    <label for="name">
        {E(c["name"])}
        <b class="required" title="{A(c["required"])}">*</b>
    </label>
    <br>
    <input class="comment_name_input" id="name" name="name" type="text" size="32" value="" required>
</p>

<p class="large">
    <label for="email">
        {E(c["email"])}
        <b class="required" title="{A(c["required"])}">*</b>
    </label>
    <br>
    <input class="comment_email_input" id="email" name="email" type="email" size="32" value="" required>
</p>

<p class="large">
    <label for="web">
        {E(c["web"])}
    </label>
    <br>
    <input class="comment_web_input" id="web" name="web" type="text" size="32" value="">
</p>

<p>
    <input id="remember" name="remember" type="checkbox" value="1"> <label for="remember">{E(c["remember"])}</label>
    <input name="forget" type="hidden" value="1">
</p>

<p class="small">
    <label for="message">
        {E(c["message"])}
        <b class="required" title="{A(c["required"])}">*</b>
    </label>
    <br>
    <textarea class="txpCommentInputMessage" id="message" name="message" cols="64" rows="4" required></textarea>
</p>

<p>
    <input class="button" id="txpCommentPreview" name="preview" type="submit" value="{A(c["preview"])}">
    <input class="button disabled" id="txpCommentSubmit" name="submit" type="submit" value="{A(c["submit"])}" disabled>
</p>

<input type="hidden" name="parentid" value="{s["article_id"]}">
<input type="hidden" name="backpage" value="/{sec}/{txp_url_title(art["title"])}">
<input type="hidden" name="nonce" value="{nonce}">
</div>
</form>

    </section>

    </section>

</article>

                            <nav class="paginator" aria-label="{A(c["page_nav"])}">
                                <a rel="prev" href="{host}/{sec}/{txp_url_title(prev_t)}" title="{A(prev_t)}">
                                    {E(c["prev"])}
                                </a>
                                <a rel="next" href="{host}/{sec}/{txp_url_title(next_t)}" title="{A(next_t)}">
                                    {E(c["next"])}
                                </a>
                            </nav>

            </main>

<aside class="complementary-content">
    <!-- feed links, default flavor is RSS, so we don't need to specify a flavor on the first feed_link -->
    <p><a class="feed-rss" href="{host}/rss/" title="RSS feed">{E(c["rss"])}</a> / <a class="feed-atom" href="{host}/atom/" title="Atom feed">{E(c["atom"])}</a></p>

        <section>
            <h4>{E(c["links"])}</h4>
            <ul>
{links}
            </ul>
        </section>
</aside>

        </div> <!-- /.container -->
    </div> <!-- /.wrapper -->

<footer class="site-footer">
    <p>{E(s["footer"])}</p>
    <p><small>{E(c["published_with"])} <a rel="external" href="https://textpattern.com/" title="{A(c["go_txp"])}">{E(c["txp"])}</a></small></p>
</footer>

</body>
</html>
'''


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"textpattern": ["caption", "topics", "comments"]}  # the article image with its figcaption; the
# "Author … / Categories …" line, the comment count line and the comments section inside article.article
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
            "helpline", "chart", "funding", "warning", "series", "map"]
NEW_FAMILIES = ["warning", "series", "map"]
# families that need a reason in the story (a distressing subject, a series, a place to show on a map, a sensitive
# subject with a support line, a data chart, grant-funded work, agency copy, a translation, a breaking story,
# shopping links): they are placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["helpline", "chart", "funding", "wireend", "translated", "developing", "affiliate"]
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
# a not-for-profit hyperlocal site on Textpattern: no app, push prompts, paywall gifts, skip links, wire copy,
# affiliate links, AI notes, audio player, typo hint or reading-list buttons
NOT_ON_HYPERLOCAL = {"app", "push", "gift", "skip", "wireend", "affiliate", "ai", "audio", "typo", "bookmark",
                     "textsize", "newsletter"}
# a harbour trust's news page: no ads or affiliate links, no app or push prompts, no paywall, wire copy, tip line,
# typo hint, comments, polls, reporter bios, section labels or "developing story" notices
NOT_ON_PUBLIC_BODY = {"ad", "affiliate", "app", "push", "gift", "skip", "wireend", "tip", "typo", "comments",
                      "moderation", "poll", "bio", "developing", "newsletter", "credit", "standards", "section",
                      "embed", "feedback"}
SMALL_SITE_TEMPLATES = {"squarespace": NOT_ON_SMALL_SITES, "ucoz": NOT_ON_SMALL_SITES, "medium": NOT_ON_INDIE,
                        "textpattern": NOT_ON_HYPERLOCAL, "typo3": NOT_ON_PUBLIC_BODY}
# markup of the generic residue: classed wrappers as many CMSs emit them (class names new to the set), and
# plain <p>/<div> variants as left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="ext-media-consent"><p class="ext-media-consent__msg">%s</p><button class="ext-media-consent__ok" type="button">OK</button></div>',
               '<p class="thirdparty-blocked-note">%s</p>', '<p>%s</p>'],
    "newsletter": ['<div class="digest-signup-card"><p class="digest-signup-card__pitch">%s</p><a class="digest-signup-card__btn" href="/newsletters">&#8594;</a></div>',
                   '<p class="weekly-meter-note">%s</p>', '<p><b>%s</b></p>', '<div>%s</div>'],
    "share": ['<div class="forward-story-box"><a class="forward-story-box__link" href="#">%s</a></div>', '<p class="sharebar-text">%s</p>',
              '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="image-origin-line">%s</p>', '<span class="picture-source-tag">%s</span>', '<p><small>%s</small></p>'],
    "copyright": ['<p class="reproduction-terms">%s</p>', '<div class="syndication-notice"><small>%s</small></div>', '<p>%s</p>'],
    "section": ['<p class="newsroom-team-tag">%s</p>', '<div class="inbody-trail">%s</div>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="section-glyph-mark">%s</p>', '<div class="glyph-divider-row">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="extra-reporting-line">%s</p>', '<div class="community-reporter-note">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="title-again-line"><b>%s</b></p>', '<h2 class="title-repeat-h2">%s</h2>', '<p><strong>%s</strong></p>'],
    "ad": ['<div class="midarticle-ad-label">%s</div>', '<p class="paid-promo-flag">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="scroll-on-hint"><a href="#continue">%s</a></p>', '<div class="unfold-article-btn">%s</div>',
                 '<p><a href="#continue">%s</a></p>'],
    "comments": ['<p class="reader-comments-jump"><a href="#talk">%s</a></p>', '<div class="comment-tally-line">%s</div>',
                 '<p><a href="#talk">%s</a></p>'],
    "readtime": ['<p class="reading-minutes-line">%s</p>', '<span class="readlength-badge">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="last-changed-line"><time>%s</time></p>', '<div class="amended-at-line">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="voice-reader-bar"><button class="voice-reader-bar__play" aria-label="Play"></button><span class="voice-reader-bar__label">%s</span></div>',
              '<p class="listen-version-link"><a href="#listen">%s</a></p>', '<p><a href="#listen">%s</a></p>'],
    "correction": ['<aside class="fix-made-box"><p>%s</p></aside>', '<p class="correction-appended"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "wireend": ['<p class="wirecopy-end">%s</p>', '<div class="newswire-source-note">%s</div>', '<p>%s</p>'],
    "app": ['<div class="get-the-app-band"><p class="get-the-app-band__txt">%s</p><a class="get-the-app-band__go" href="/app">&#8599;</a></div>',
            '<p class="app-plug-line">%s</p>', '<p><b>%s</b></p>'],
    "bio": ['<div class="author-profile-panel"><p class="author-profile-panel__txt">%s</p></div>', '<p class="reporter-tagline"><i>%s</i></p>',
            '<p><i>%s</i></p>'],
    "tip": ['<div class="story-ideas-box"><p class="story-ideas-box__txt">%s</p></div>', '<p class="newsroom-tips-line">%s</p>', '<p><i>%s</i></p>'],
    "typo": ['<div class="typo-hotkey-box"><p class="typo-hotkey-box__txt">%s</p></div>', '<p class="typo-report-line">%s</p>',
             '<p><small>%s</small></p>'],
    "push": ['<div class="alert-permission-ask"><p class="alert-permission-ask__q">%s</p><button class="alert-permission-ask__yes" type="button">&#10003;</button>'
             '<button class="alert-permission-ask__no" type="button">&#10005;</button></div>', '<p class="notifications-nudge">%s</p>', '<p><b>%s</b></p>'],
    "ai": ['<div class="ai-tools-note"><p class="ai-tools-note__txt">%s</p></div>', '<p class="machine-assist-line"><small>%s</small></p>',
           '<p><i>%s</i></p>'],
    "affiliate": ['<div class="commission-disclosure-box"><p>%s</p></div>', '<p class="buy-links-note"><small>%s</small></p>',
                  '<p><i>%s</i></p>'],
    "gift": ['<div class="share-free-access"><a class="share-free-access__btn" href="#present">%s</a></div>',
             '<p class="unlock-for-friend"><a href="#present">%s</a></p>', '<p><a href="#present">%s</a></p>'],
    "skip": ['<p class="past-advert-link"><a href="#after-promo">%s</a></p>', '<div class="promo-skip-row"><a href="#after-promo">%s</a></div>',
             '<p><a href="#after-promo">%s</a></p>'],
    "print": ['<div class="story-toolbar"><a class="story-toolbar__btn" href="#print">%s</a></div>', '<p class="print-email-row">%s</p>',
              '<p><a href="#print">%s</a></p>'],
    "translated": ['<p class="translation-by-line"><i>%s</i></p>', '<div class="language-origin-note">%s</div>', '<p><i>%s</i></p>'],
    "moderation": ['<div class="comment-etiquette-box"><p class="comment-etiquette-box__txt">%s</p></div>', '<p class="moderated-comments-note">%s</p>',
                   '<p><small>%s</small></p>'],
    "feedback": ['<div class="usefulness-check"><p class="usefulness-check__q">%s</p><button class="usefulness-check__yes" type="button" aria-label="Yes"></button>'
                 '<button class="usefulness-check__no" type="button" aria-label="No"></button></div>', '<p class="star-rating-row">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="complaints-info"><p class="complaints-info__txt">%s</p></div>', '<p class="editorial-code-line"><small>%s</small></p>',
                  '<p><i>%s</i></p>'],
    "topics": ['<div class="subject-pill-row"><span class="subject-pill-row__list">%s</span></div>', '<p class="more-on-topics">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="saved-articles-btn"><a class="saved-articles-btn__link" href="#saved">%s</a></div>',
                 '<p class="read-it-later"><a href="#saved">%s</a></p>', '<p><a href="#saved">%s</a></p>'],
    "textsize": ['<div class="letter-size-control"><span class="letter-size-control__label">%s</span></div>', '<p class="zoom-text-row">%s</p>',
                 '<p><small>%s</small></p>'],
    "developing": ['<div class="live-update-flag"><p class="live-update-flag__txt">%s</p></div>', '<p class="still-developing"><strong>%s</strong></p>',
                   '<p><b>%s</b></p>'],
    "poll": ['<div class="inline-survey"><p class="inline-survey__q">%s</p><button class="inline-survey__send" type="button">&#10003;</button></div>',
             '<p class="survey-result-line">%s</p>', '<p><small>%s</small></p>'],
    "embed": ['<div class="social-card-fallback"><p>%s</p></div>',
              '<div class="fb-video" data-href="https://www.facebook.com/{h}/videos/{k}/" data-width="640"><blockquote cite="https://www.facebook.com/{h}/videos/{k}/" class="fb-xfbml-parse-ignore"><a href="https://www.facebook.com/{h}/videos/{k}/">%s</a></blockquote></div>',
              '<p><a href="https://www.instagram.com/p/D{k}/">%s</a></p>'],
    "gallery": ['<div class="picture-carousel-open"><a class="picture-carousel-open__btn" href="#pictures">%s</a></div>',
                '<p class="photo-count-tag">%s</p>', '<p><b>%s</b></p>'],
    "helpline": ['<aside class="support-services-note"><p class="support-services-note__txt">%s</p></aside>', '<p class="where-to-get-help"><em>%s</em></p>',
                 '<p><i>%s</i></p>', '<div>%s</div>'],
    "chart": ['<div class="flourish-embed flourish-chart" data-src="visualisation/{n}"><noscript><img src="https://public.flourish.studio/visualisation/{n}/thumbnail" width="640" alt="chart visualization"></noscript><p class="chart-embed-notes">%s</p></div>',
              '<figure class="graphic-block"><img src="/graphics/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
              '<p><small>%s</small></p>'],
    "funding": ['<aside class="supported-by-note"><p class="supported-by-note__txt">%s</p></aside>', '<p class="funder-credit-line"><i>%s</i></p>',
                '<p><i>%s</i></p>', '<div class="partner-funder-logos"><img src="/img/funder-logo.svg" alt="" width="120" height="40"><p>%s</p></div>'],
    "warning": ['<div class="sensitive-content-note"><p class="sensitive-content-note__txt">%s</p></div>', '<p class="reader-advisory"><strong>%s</strong></p>',
                '<p><em>%s</em></p>', '<aside role="note" class="cw-banner"><span class="cw-banner__icon" aria-hidden="true">!</span><p class="cw-banner__txt">%s</p></aside>'],
    "series": ['<div class="series-strap"><p class="series-strap__txt">%s</p></div>', '<p class="episode-nav"><a href="#series">%s</a></p>',
               '<p><b>%s</b></p>', '<p><i>%s</i></p>'],
    "map": ['<div class="map-embed-frame"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy" title="Map"></iframe><p class="map-embed-frame__links">%s</p></div>',
            '<figure class="locator-map"><img src="/maps/{k}.png" alt="" width="640" height="420"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>',
            '<div class="gmap-wrap"><iframe src="https://www.google.com/maps/embed?pb=!1m14!1m12!1m3!1d{n}!2d{lon}!3d{lat}" width="600" height="450" style="border:0;" allowfullscreen="" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe><p><a href="https://maps.google.com/?ll={lat},{lon}" target="_blank">%s</a></p></div>'],
}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"fb-xfbml-parse-ignore", "fb-video", "flourish-embed", "flourish-chart"}
CAPTION_STYLES = ['<figure class="story-image-inline"><img src="/img/{id}-mid.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/img/{id}-mid.jpg" alt="" width="600"><br><em>{cap} ({cr})</em></p>']
RELATED_STYLES = ['<div class="read-next-block"><h4>%s</h4><ul>%s</ul></div>',
                  '<aside class="more-coverage"><p class="more-coverage__hd">%s</p><ul>%s</ul></aside>',
                  '<p><b>%s</b></p>\n<ul>%s</ul>']


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
                   "warning": 0, "series": rng.choice([0, 0, n]), "map": mid}.get(fam, mid)
            style = rng.choice(STYLES[fam])
            lat, lon = 50 + rng.random() * 5, -4 + rng.random() * 6
            style = (style.replace("{h}", handle(site)).replace("{k}", "%010x" % rng.randint(16**9, 16**10 - 1))
                     .replace("{n}", str(rng.randint(10**6, 10**8))).replace("{lat}", "%.5f" % lat)
                     .replace("{lon}", "%.5f" % lon)
                     .replace("{bbox}", "%%2C".join("%.4f" % x for x in (lon - .01, lat - .006, lon + .01, lat + .006))))
            put(pos, style % E(text))
    return placed, fams


# --------------------------------------------------------------------------
# templates: textpattern is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"textpattern": tpl_textpattern, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "broadcaster": mp3.tpl_broadcaster,
                 "gutenberg": mp4.tpl_gutenberg, "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks,
                 "squarespace": mp5.tpl_squarespace, "quintype": mp6.tpl_quintype, "typo3": mp6.tpl_typo3,
                 "bitrix": mp6.tpl_bitrix, "medium": mp13.tpl_medium, "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h26), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "textpattern"


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["blocks"], art["marks"] = blocks_and_marks(art["body"])
            rng = random.Random("newsflow-heldout27-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            placed, fams = residue_items(art, rng, site, used)
            if tpl in NEW_TEMPLATES:
                pages[art["id"]] = NEW_TEMPLATES[tpl](art, UI27[lang], site, placed, rng)
                fams = fams + TEMPLATE_FAMILIES.get(tpl, [])
            else:
                fun, mode = OLD_TEMPLATES[tpl]
                pages[art["id"]] = fun(art, UI27[lang], site, mp.body_html(art, placed, mode), rng)
            truth[art["id"]] = mp.truth_text(art["blocks"])
            meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)))
    return pages, truth, meta


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 27) for x in ("en", "intl")]
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
    # layouts: textpattern (new to the set) on one page, every other page on a different earlier layout
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
    for mod in (mp25, mp26):
        langs_then = {a["tpl"]: a["lang"] for a in mod.ARTICLES}
        problems.extend("%s: %s in %s, as in %s" % (a["id"], a["tpl"], a["lang"], mod.__name__) for a in ARTICLES
                        if langs_then.get(a["tpl"]) == a["lang"])
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(en=9, tr=3, de=3, fr=3, es=3, ru=3):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = ["h27-en-%03d" % k for k in range(1, 10)] + ["h27-%s-%03d" % (x, k) for x in ("tr", "de", "fr", "es", "ru")
                                                        for k in range(1, 4)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # the textpattern story is typed in Textile: its text is written as Textile prints it (typographic quotes)
    for a in ARTICLES:
        if a["tpl"] == "textpattern" and re.search(r"['\"]| - |--|\.\.\.", a["body"] + a["title"]):
            problems.append("%s: straight quotes or dashes in a Textile story" % a["id"])
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
            problems.extend("h27 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = []
    for (mod, name), v in SITE_STRINGS.items():
        if (mod, name) in ((mp4, "R"), (mp, "RESIDUE")):
            continue  # this part's own R pools, checked above
        site_strings_new.append(v)
    txp_sites = [{k: v for k, v in d.items() if k not in TXP_EXEMPT} for d in TXP.values()]
    categories = [a.get("categories", []) for a in ARTICLES]
    # (TXP_CORE, the platform's own interface strings - "Posted", "Comments", "Author", "Categories", "Previous",
    # "Next", "Remember", "Preview", "Submit", "Published with Textpattern CMS" - is left as Textpattern ships it,
    # like PLONE_CORE in h26: such words recur on any Textpattern site)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("TXP", txp_sites), ("categories", categories),
                      ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)):
                continue
            problems.extend("h27 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # the story-specific wordings (correction lines) are new too
    for art in ARTICLES:
        if art.get("correction"):
            problems.extend("%s: correction reuses %r" % (art["id"], x) for x in sorted(_sentences(art["correction"]) & old))
    # new wrapper class names
    old_classes = set()
    for mod in EARLIER_MODULES:
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES", "TIKTOK_STYLE"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend("h27 class name %r used by an earlier part" % x
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
    the pages only (truth.json does not hold the h27 entries yet) and says so."""
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
              "(truth.json not checked: h27 is not merged by make_pages.py yet)")
        sys.exit(1 if bad else 0)
    hc.run(lambda: (pages, truth, meta), lambda p, t: [])


if __name__ == "__main__":
    main()
