#!/usr/bin/env python3
"""Forty-first held-out part (h41-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout41.py           # write pages/h41-*.html
    python benchmarks/data/extraction/make_heldout41.py --check   # verify pages/h41-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout41.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout42.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h41_en.py / articles_h41_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: bathing-water widgets on stories about beaches, rivers and swimming -- the beach's
water-quality card with its rating, last sample, flag and lifeguard hours, the "check before you swim" link, the flag
and lifeguard bar, the classification line with the last sample date --, bin-day finders on stories about waste and
recycling -- the postcode box "find your collection day", the next collection dates by bin colour as a list or a
table, the missed-bin report link --, and food-hygiene rating badges on stories about restaurants, cafés and
takeaways -- the rating badge with its score, inspection date and authority, "view the full inspection report", the
food-standards source line, a table of the latest ratings nearby --), their wrapper class names, related headlines,
site names, the sites' own strings in the earlier layouts and the first-round furniture strings are new here: none of
the sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..40, nor their labels, furniture strings,
headlines or site names; verify() refuses to build if one is reused, if a wrapper class name of an earlier part
recurs, if a "new" family is already in an earlier pool, family list, template family or docstring, if a story
paragraph or headline of an earlier part recurs, if a headline is also a story paragraph, or if a body is outside
150-400 words.  Every name and number is fictional.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages: bathing-water widgets on a Welsh beach losing its
"excellent" rating, a river stretch becoming a bathing site, a Turkish public beach getting its blue flag back and
blue-green algae in a German lake; bin-day finders on three-weekly black bins in an English district, a Turkish
municipality's new collection times (on its own news page), fortnightly collections in a French community of
communes and a Spanish brown bin for food waste; food-hygiene badges on an interview with a café's owners about
going from one star to five, a takeaway owner fined in court, an interview with a German food inspector after a snack
bar was closed and a French restaurant closed by the prefect.  Earlier families that need a reason in the story are
placed the same way (score-centre links on a football promotion and a bandy semi-final, a gallery on a village
website's maypole); the other generic families are balanced over the part, leaving out those the page's site would
not print (the story's "kind": a municipality, a village or community site, an independent publication on a
platform, a reader-owned co-operative); a correction box goes only on a story that was corrected, with that story's
own wording.  Residue markup varies as on real pages: classed boxes, bars and widgets, bare <p> / <div> lines as
pasted by editors, headings, links, lists, spans and tables, and, for a few families, a line run into the end of a
story paragraph (credit, tip, newsletter pitch, share line, the missed-bin link) or a bold section tag run into the
start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps, whole
paragraphs in bold or italics, a highlighted sentence, a paragraph in a coloured box, a fact box holding a subheading
and its list, a Ghost callout card; story structures that look like furniture but are the story: question-and-answer
interviews (bold questions, some of two or three words, in English, German, French, Spanish and Russian), lists
inside the story (what goes in which bin, collection days by neighbourhood, what the ratings mean, a league's final
standings, a semi-final's results, a library in figures), crossheads as headings and as bold paragraphs, one-line
quotes and short one-line paragraphs, a closing line with practical information, and story sentences that mention
furniture words in ordinary reporting (cookies selling out at the very start of a bakery story, shares in a village
shop and its newsletter at the very end, Instagram followers, photos of a café's kitchen, a surfing charity's app,
"download the app" at the start of a Spanish story about a council's reporting app, a library's new e-mail
newsletter, a Telegram channel to follow at the end of a Russian story, a maypole's photographer thanked), some at
the start or end of the story where furniture usually sits.  Two pages carry no residue at all and one only its
correction line.
One page layout is new (silverstripe: a Silverstripe CMS 5 site, as a regional English-Welsh news co-operative and a
German reader-owned co-operative paper serve it, on two pages, an English and a German one: the head with SS's
base_tag (and its IE conditional comment), the generator and Content-Type meta tags of $MetaTags, the Fluent
hreflang alternates on the Welsh-English site, Open Graph tags and the Requirements-combined stylesheet under
/_resources/themes/<theme>/_combined/ with its ?m= stamp; body.ArticlePage with data-page-id, the skip link, the
theme's header include (logo, primary navigation with SS's $LinkingMode classes current / link and title="Go to the
... page", the SearchForm with SS's form ids, the header buttons and the Welsh-language switch); the $Layout include:
breadcrumbs, the article header (section link, h1, standfirst, byline with date and reading time), the lead image
with SS image-variant URLs (Name__FillWz...jpg), then div.article__body.typography holding the Elemental area:
div.element blocks with their own ids (e1234) -- element-content (the HTML text, a subheading as the block's
element__title), element-image (an in-body image with caption and credit), element-quote (the story's quotes),
element-teaser (a "read more" teaser) and element-code holding the HTML editors pasted in --; the tags, the share
list, related stories, the sidebar with "most read", the membership promo and the newsletter form as SS renders a
Form (Form_NewsletterForm, field holders, middleColumn, SecurityID, action_doSubscribe); the footer with the
society's registration note; the CookieConsent module's banner (div#CookieConsent.cookie-consent with its
acceptAllCookies / acceptNecessaryCookies links) and the combined and module scripts).  The generic strings of the
templates (SS_CORE, per language) are left as the developers left them and not checked; the sites' own strings (SS:
menus, buttons, box titles, footer texts) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h39 or h40 gave it (9 English pages, 3 in each other language); while a page is rendered, the
earlier modules' related headlines, the strings that belong to one site rather than to the platform (see
SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's own, and the
templates get this part's furniture strings (UI41) instead of make_pages.UI.
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
import make_heldout37 as mp37  # noqa: E402
import make_heldout38 as mp38  # noqa: E402
import make_heldout39 as mp39  # noqa: E402
import make_heldout40 as mp40  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h41_en import ARTICLES as H41_EN  # noqa: E402
from articles_h41_intl import ARTICLES as H41_INTL  # noqa: E402

ARTICLES = H41_EN + H41_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40)
# parts whose layouts' languages this part avoids (the two before it; h42 is written at the same time)
LANG_PARTS = (mp39, mp40)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h41"

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Ledbury Vale Sentinel", "Ashpool & Wenlow Journal", "Ledd Valley Echo", "Porthgwyn Weekly Tide",
           "Hollowmere Standard", "Tregarth Bay Lookout", "Carrick Sands Reporter"],
    "tr": ["Akçakoyun Gazetesi", "Sarıçınar Haber"],
    "de": ["Birkenfelder Seenbote"],
    "fr": ["La Voix du Haut-Vernon", "Le Courrier des Estives"],
    "es": ["Vegas del Tiétar Noticias", "La Gaceta del Jalón", "El Eco de Valdeoliva"],
    "ru": ["Озёрский курьер", "Заволжская заря", "Вести Прибрежного"],
}
# sites fixed per page (two co-operatives on Silverstripe, a municipality on Drupal, a community site on Ghost, a
# village website on uCoz, an independent publication on Medium) are given in the stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h40 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This podcast player stays hidden until you accept audio cookies", "Turn on social-media cookies to show this post from Facebook ›"],
        "tr": ["Ses çerezlerini kabul edene kadar bu podcast oynatıcısı gizli kalır", "Bu Facebook gönderisini göstermek için sosyal medya çerezlerini açın ›"],
        "de": ["Dieser Podcast-Player bleibt verborgen, bis Sie Audio-Cookies akzeptieren", "Social-Media-Cookies einschalten, um diesen Facebook-Beitrag zu zeigen ›"],
        "fr": ["Ce lecteur de podcast reste masqué tant que vous n'acceptez pas les cookies audio", "Activez les cookies des réseaux sociaux pour afficher cette publication Facebook ›"],
        "es": ["Este reproductor de pódcast seguirá oculto hasta que aceptes las cookies de audio", "Activa las cookies de redes sociales para mostrar esta publicación de Facebook ›"],
        "ru": ["Плеер подкаста скрыт, пока вы не примете аудио-cookie", "Включите cookie соцсетей, чтобы показать эту запись из Facebook ›"],
    },
    "newsletter": {
        "en": ["The {site} lunchtime email: today's local news in three minutes, every weekday at noon.", "You have two free stories left this month – members read without limits from £4 a month", "Independent local reporting like this is paid for by readers, so please chip in from £5 if you can"],
        "tr": ["{site} öğle bülteni: günün yerel haberleri üç dakikada, hafta içi her gün saat 12'de.", "Bu ay okuyabileceğiniz iki ücretsiz haber kaldı; üyeler ayda 40 liradan başlayan ücretle sınırsız okuyor", "Bu tür bağımsız yerel haberciliğin masrafını okurlar karşılıyor, gücünüz yetiyorsa 50 liradan başlayan bir destek verin"],
        "de": ["Die Mittagsmail von {site}: die Lokalnachrichten des Tages in drei Minuten, werktags um 12 Uhr.", "Diesen Monat bleiben Ihnen zwei freie Artikel – Mitglieder lesen ab 4 Euro im Monat ohne Grenzen", "Unabhängige Lokalberichte wie dieser werden von Leserinnen und Lesern bezahlt, geben Sie bitte ab 5 Euro, wenn Sie können"],
        "fr": ["La lettre de midi de {site} : l'actualité locale du jour en trois minutes, en semaine à 12 h.", "Il vous reste deux articles gratuits ce mois-ci – les membres lisent sans limite dès 4 € par mois", "Un journalisme local indépendant comme celui-ci est payé par ses lecteurs, alors participez dès 5 € si vous le pouvez"],
        "es": ["El boletín de mediodía de {site}: la actualidad local en tres minutos, de lunes a viernes a las 12.", "Te quedan dos noticias gratis este mes – los socios leen sin límites desde 4 € al mes", "El periodismo local independiente como este lo pagan sus lectores, así que aporta desde 5 € si puedes"],
        "ru": ["Обеденная рассылка «{site}»: местные новости дня за три минуты, по будням в 12:00.", "В этом месяце вам доступны ещё две бесплатные статьи – члены клуба читают без ограничений от 200 рублей в месяц", "Независимую местную журналистику, как этот материал, оплачивают читатели – поддержите нас от 250 рублей, если можете"],
    },
    "share": {
        "en": ["Send this story: WhatsApp · Facebook · Nextdoor · Copy link", "Forward this report to a friend or neighbour who ought to see it"],
        "tr": ["Haberi gönder: WhatsApp · Facebook · Telegram · Bağlantıyı kopyala", "Bu haberi görmesi gereken bir dostunuza ya da komşunuza iletin"],
        "de": ["Artikel senden: WhatsApp · Facebook · Signal · Link kopieren", "Leiten Sie diesen Bericht an Freunde oder Nachbarn weiter, die ihn sehen sollten"],
        "fr": ["Envoyer l'article : WhatsApp · Facebook · Signal · Copier le lien", "Faites suivre cet article à un ami ou à un voisin qui devrait le voir"],
        "es": ["Enviar la noticia: WhatsApp · Facebook · Telegram · Copiar enlace", "Reenvía esta noticia a un amigo o a un vecino que debería verla"],
        "ru": ["Отправить: Telegram · ВКонтакте · MAX · Копировать ссылку", "Перешлите материал другу или соседу, которому стоит его увидеть"],
    },
    "photo": {
        "en": ["Picture kindly lent to us by the family", "Photo sent to our newsdesk by a reader on the day"],
        "tr": ["Görseli aile bize nazikçe ödünç verdi", "Fotoğraf o gün bir okurumuz tarafından haber masamıza gönderildi"],
        "de": ["Das Bild hat uns die Familie freundlicherweise geliehen", "Foto am selben Tag von einem Leser an die Redaktion geschickt"],
        "fr": ["Photo aimablement prêtée par la famille", "Photo adressée le jour même à la rédaction par un lecteur"],
        "es": ["Imagen prestada amablemente por la familia", "Foto enviada ese mismo día a la redacción por un lector"],
        "ru": ["Снимок любезно предоставила семья", "Фото в тот же день прислал в редакцию читатель"],
    },
    "copyright": {
        "en": ["Copyright {site}: reproduction of this article, in whole or in part, is not permitted without a licence."],
        "tr": ["Telif {site}: bu haberin tamamının ya da bir bölümünün lisans alınmadan çoğaltılmasına izin verilmez."],
        "de": ["Copyright {site}: Die Vervielfältigung dieses Artikels, ganz oder teilweise, ist ohne Lizenz nicht gestattet."],
        "fr": ["Copyright {site} : la reproduction de cet article, en tout ou en partie, est interdite sans licence."],
        "es": ["Copyright {site}: no se permite reproducir esta noticia, total o parcialmente, sin licencia."],
        "ru": ["Права принадлежат «{site}»: воспроизведение материала полностью или частично без лицензии не допускается."],
    },
    "section": {
        "en": ["From our {section} team", "More {section} coverage this week ›"],
        "tr": ["{section} ekibimizden", "Bu hafta {section} alanında daha fazlası ›"],
        "de": ["Aus unserem Team {section}", "Mehr aus {section} in dieser Woche ›"],
        "fr": ["De notre équipe {section}", "Plus d'articles {section} cette semaine ›"],
        "es": ["Del equipo de {section}", "Más de {section} esta semana ›"],
        "ru": ["От команды раздела «{section}»", "Ещё материалы раздела «{section}» за неделю ›"],
    },
    "related": {
        "en": ["Elsewhere in the valley today", "How we reported it earlier"],
        "tr": ["Bugün bölgeden diğer haberler", "Konuyu daha önce nasıl yazdık"],
        "de": ["Heute sonst noch in der Region", "Wie wir zuvor berichtet haben"],
        "fr": ["Ailleurs dans le secteur aujourd'hui", "Ce que nous en disions auparavant"],
        "es": ["Hoy, en otros puntos de la comarca", "Lo que contamos antes sobre esto"],
        "ru": ["Что ещё происходит в районе сегодня", "Что мы писали об этом раньше"],
    },
    "symbol": {"*": ["▪ ▫ ▪", "❖ ⋯ ❖", "— ◇ —", "⁎ ⁎ ⁎ ⁎"]},
    "credit": {
        "en": ["Reporting support from the {site} community desk", "Photography and film: the {site} picture team"],
        "tr": ["{site} yerel haber masasının desteğiyle", "Fotoğraf ve film: {site} görüntü ekibi"],
        "de": ["Mit Unterstützung des Lokaldesks von {site}", "Fotografie und Film: Bildredaktion von {site}"],
        "fr": ["Avec le concours de l'équipe locale de {site}", "Photographie et film : l'équipe image de {site}"],
        "es": ["Con el apoyo de la mesa local de {site}", "Fotografía y vídeo: el equipo gráfico de {site}"],
        "ru": ["При поддержке местной редакции «{site}»", "Фотографии и съёмка: фотослужба «{site}»"],
    },
    "ad": {
        "en": ["Advert · the report carries on below it", "This slot is paid for by a local advertiser"],
        "tr": ["Reklam · haber bunun altından sürüyor", "Bu alanın bedeli yerel bir reklamveren tarafından ödeniyor"],
        "de": ["Anzeige · der Bericht geht darunter weiter", "Diese Fläche bezahlt ein Anzeigenkunde aus der Region"],
        "fr": ["Annonce · le reportage reprend juste en dessous", "Cet espace est payé par un annonceur de la région"],
        "es": ["Anuncio · la información sigue justo debajo", "Este espacio lo paga un anunciante de la zona"],
        "ru": ["Реклама · материал продолжается под ней", "Это место оплачено местным рекламодателем"],
    },
    "continue": {
        "en": ["Read the full story ⤵", "There's more to this report – tap to open it up"],
        "tr": ["Haberin tamamını okuyun ⤵", "Bu haberin devamı var, açmak için dokunun"],
        "de": ["Den ganzen Artikel lesen ⤵", "Dieser Bericht geht noch weiter – zum Öffnen antippen"],
        "fr": ["Lire tout l'article ⤵", "La suite de ce reportage : touchez pour l'ouvrir"],
        "es": ["Leer la noticia completa ⤵", "Esta información continúa: toca para abrirla"],
        "ru": ["Читать материал целиком ⤵", "У этого репортажа есть продолжение — нажмите, чтобы открыть"],
    },
    "comments": {
        "en": ["{n} readers have commented on this report – add your view", "Read the {n} comments below the story ›"],
        "tr": ["Bu habere {n} okur yorum yazdı – siz de görüşünüzü ekleyin", "Haberin altındaki {n} yorumu okuyun ›"],
        "de": ["{n} Leser haben diesen Bericht kommentiert – sagen Sie Ihre Meinung", "Die {n} Kommentare unter dem Artikel lesen ›"],
        "fr": ["{n} lecteurs ont commenté ce reportage – donnez votre avis", "Lire les {n} commentaires sous l'article ›"],
        "es": ["{n} lectores han comentado esta información – da tu opinión", "Lee los {n} comentarios bajo la noticia ›"],
        "ru": ["Материал прокомментировали {n} читателей — выскажитесь и вы", "Читать {n} комментариев под статьёй ›"],
    },
    "readtime": {
        "en": ["You can read this in around {m} minutes", "Est. reading time · {m} min"],
        "tr": ["Bu haberi aşağı yukarı {m} dakikada okuyabilirsiniz", "Tahmini okuma · {m} dk"],
        "de": ["Diesen Text lesen Sie in ungefähr {m} Minuten", "Geschätzte Lesezeit · {m} Min."],
        "fr": ["Vous lirez ce texte en {m} minutes environ", "Temps de lecture estimé · {m} min"],
        "es": ["Leerás este texto en más o menos {m} minutos", "Lectura estimada · {m} min"],
        "ru": ["Этот текст можно прочитать примерно за {m} минуты", "Расчётное время чтения · {m} мин"],
    },
    "updated": {
        "en": ["We updated this report on {d} at {t} with new information", "First posted {d} · most recent update {t}"],
        "tr": ["Bu haberi {d} günü saat {t}'de yeni bilgilerle güncelledik", "İlk yayın {d} · en son güncelleme {t}"],
        "de": ["Wir haben diesen Bericht am {d} um {t} Uhr mit neuen Informationen ergänzt", "Zuerst online {d} · jüngste Aktualisierung {t} Uhr"],
        "fr": ["Nous avons complété cet article le {d} à {t} avec de nouvelles informations", "Première mise en ligne le {d} · dernière actualisation à {t}"],
        "es": ["Hemos ampliado esta información el {d} a las {t} con datos nuevos", "Primera publicación el {d} · última actualización a las {t}"],
        "ru": ["Мы дополнили материал {d} в {t} новыми сведениями", "Впервые опубликовано {d} · последнее обновление в {t}"],
    },
    "audio": {
        "en": ["Listen to this report · {m} min · AI narration", "🔊 Play the audio version of this article"],
        "tr": ["Bu haberi dinleyin · {m} dk · yapay zekâ seslendirmesi", "🔊 Bu haberin sesli sürümünü oynatın"],
        "de": ["Diesen Bericht anhören · {m} Min. · KI-Sprecherin", "🔊 Die Audiofassung dieses Artikels abspielen"],
        "fr": ["Écouter ce reportage · {m} min · narration par IA", "🔊 Lancer la version audio de cet article"],
        "es": ["Escucha esta información · {m} min · narración con IA", "🔊 Reproduce la versión en audio de esta noticia"],
        "ru": ["Прослушать репортаж · {m} мин · озвучено ИИ", "🔊 Включить аудиоверсию этой статьи"],
    },
    "correction": {
        "en": ["Correction notice: an error in this report has been put right."],
        "tr": ["Düzeltme notu: Bu haberdeki bir hata giderilmiştir."],
        "de": ["Korrekturhinweis: Ein Fehler in diesem Bericht wurde behoben."],
        "fr": ["Avis de correction : une erreur de cet article a été réparée."],
        "es": ["Nota de corrección: se ha subsanado un error de esta información."],
        "ru": ["Поправка: ошибка в материале устранена."],
    },
    "app": {
        "en": ["Local news in your pocket – download the free {site} app", "Carry on reading this report in the {site} app ›"],
        "tr": ["Yerel haberler cebinizde: ücretsiz {site} uygulamasını indirin", "Bu haberi {site} uygulamasında okumaya devam edin ›"],
        "de": ["Lokalnachrichten für die Hosentasche: die kostenlose App von {site}", "Diesen Bericht in der App von {site} weiterlesen ›"],
        "fr": ["L'info locale dans votre poche : téléchargez l'appli gratuite {site}", "Poursuivre la lecture de ce reportage dans l'appli {site} ›"],
        "es": ["Las noticias locales en tu bolsillo: descarga gratis la app de {site}", "Sigue leyendo esta información en la app de {site} ›"],
        "ru": ["Местные новости в кармане: скачайте бесплатное приложение «{site}»", "Дочитать репортаж в приложении «{site}» ›"],
    },
    "bio": {
        "en": ["{by} covers {section} for {site} and lives locally; story ideas are always welcome", "Everything {by} has written for us ›"],
        "tr": ["{by}, {site} için {section} haberlerini izliyor ve bölgede yaşıyor; haber önerilerinize her zaman açık", "{by} bugüne kadar bizim için neler yazdı ›"],
        "de": ["{by} berichtet für {site} über {section} und wohnt in der Region; Themenvorschläge sind jederzeit willkommen", "Alle Berichte von {by} in unserem Archiv ›"],
        "fr": ["{by} couvre {section} pour {site} et habite le secteur ; les idées de sujets sont toujours bienvenues", "Tout ce que {by} a écrit pour nous ›"],
        "es": ["{by} cubre {section} para {site} y vive en la zona; las ideas para noticias siempre son bienvenidas", "Todo lo que {by} ha escrito para nosotros ›"],
        "ru": ["{by} пишет о теме «{section}» для «{site}» и живёт в районе; идеи для материалов всегда приветствуются", "Все тексты, которые {by} написал(а) для нас ›"],
    },
    "tip": {
        "en": ["Seen something our reporters should know about – message the newsroom on WhatsApp: 07700 900 462", "Tell us what's happening on your street and we'll look into it"],
        "tr": ["Muhabirlerimizin bilmesi gereken bir şey gördüyseniz haber merkezine WhatsApp'tan yazın: 0530 000 04 62", "Sokağınızda olup biteni bize anlatın, biz araştıralım"],
        "de": ["Etwas gesehen, das unsere Reporter wissen sollten – schreiben Sie der Redaktion per WhatsApp: 0170 0000462", "Erzählen Sie uns, was in Ihrer Straße los ist, wir gehen der Sache nach"],
        "fr": ["Vous avez vu quelque chose que nos journalistes devraient savoir : écrivez à la rédaction sur WhatsApp au 06 00 00 04 62", "Racontez-nous ce qui se passe dans votre rue, nous irons voir"],
        "es": ["Si has visto algo que nuestros periodistas deberían saber, escribe a la redacción por WhatsApp al 600 000 462", "Cuéntanos qué pasa en tu calle y lo investigaremos"],
        "ru": ["Увидели то, о чём стоит знать нашим корреспондентам, — напишите в редакцию в мессенджер: +7 900 000-04-62", "Расскажите, что происходит на вашей улице, и мы разберёмся"],
    },
    "typo": {
        "en": ["If you spot a mistake in this report, select the words and press Ctrl+Enter to tell the subeditors"],
        "tr": ["Bu haberde bir yanlış görürseniz kelimeleri seçip Ctrl+Enter'a basarak editörlere iletin"],
        "de": ["Wenn Sie in diesem Bericht einen Fehler entdecken, markieren Sie die Stelle und drücken Sie Strg+Enter für die Schlussredaktion"],
        "fr": ["Si vous repérez une erreur dans cet article, sélectionnez les mots et appuyez sur Ctrl+Entrée pour prévenir les secrétaires de rédaction"],
        "es": ["Si ves un error en esta información, selecciona las palabras y pulsa Ctrl+Intro para avisar a los correctores"],
        "ru": ["Если заметили ошибку в материале, выделите слова и нажмите Ctrl+Enter, чтобы сообщить корректорам"],
    },
    "push": {
        "en": ["Allow {site} to send you an alert when a big local story breaks: Allow alerts · Maybe later"],
        "tr": ["Önemli bir yerel haber çıktığında {site} size bildirim gönderebilsin: Bildirimlere izin ver · Belki sonra"],
        "de": ["Erlauben Sie {site}, Ihnen bei wichtigen Lokalnachrichten eine Meldung zu schicken: Meldungen erlauben · Vielleicht später"],
        "fr": ["Autorisez {site} à vous prévenir quand une grande info locale tombe : Autoriser les alertes · Peut-être plus tard"],
        "es": ["Permite que {site} te avise cuando salte una gran noticia local: Permitir avisos · Quizá más tarde"],
        "ru": ["Разрешите «{site}» присылать уведомления о важных местных новостях: Разрешить уведомления · Может быть, позже"],
    },
    "print": {
        "en": ["Print · Send by email · Download as PDF", "Print-ready copy of this report"],
        "tr": ["Yazdır · E-postayla paylaş · PDF olarak indir", "Bu haberin yazıcıya hazır kopyası"],
        "de": ["Drucken · Per E-Mail senden · Als PDF laden", "Druckfertige Fassung dieses Berichts"],
        "fr": ["Imprimer · Envoyer par e-mail · Enregistrer en PDF", "Copie prête à imprimer de ce reportage"],
        "es": ["Imprimir · Mandar por e-mail · Bajar en PDF", "Copia lista para imprimir de esta información"],
        "ru": ["Распечатать · Отправить на почту · Скачать PDF", "Готовая к печати копия репортажа"],
    },
    "feedback": {
        "en": ["How useful did you find this report: 👍 useful · 👎 not useful"],
        "tr": ["Bu haberi ne kadar yararlı buldunuz: 👍 yararlı · 👎 yararsız"],
        "de": ["Wie hilfreich fanden Sie diesen Bericht: 👍 hilfreich · 👎 nicht hilfreich"],
        "fr": ["Ce reportage vous a-t-il été utile : 👍 utile · 👎 pas utile"],
        "es": ["¿Te ha resultado útil esta información: 👍 útil · 👎 poco útil"],
        "ru": ["Насколько полезен для вас этот материал: 👍 полезен · 👎 бесполезен"],
    },
    "standards": {
        "en": ["{site} abides by the Editors' Code of Practice, and complaints about this report can be sent to our standards editor."],
        "tr": ["{site}, Basın Ahlak Esasları'na bağlıdır ve bu haberle ilgili şikâyetler yayın standartları editörümüze iletilebilir."],
        "de": ["{site} hält sich an den Pressekodex, und Beschwerden über diesen Bericht nimmt unsere Ombudsstelle entgegen."],
        "fr": ["{site} respecte la charte d'éthique des journalistes, et toute réclamation sur cet article peut être adressée à notre médiatrice."],
        "es": ["{site} respeta el código deontológico de la profesión, y las quejas sobre esta información pueden enviarse a nuestra defensora del lector."],
        "ru": ["«{site}» придерживается кодекса профессиональной этики, а жалобы на этот материал можно направить редактору по стандартам."],
    },
    "topics": {
        "en": ["More on these subjects: {section}, our patch", "Get alerts for {section} stories ›"],
        "tr": ["Bu konularda daha fazlası: {section}, bölgemiz", "{section} haberleri için uyarı alın ›"],
        "de": ["Mehr zu diesen Themen: {section}, unsere Region", "Benachrichtigungen zu {section} erhalten ›"],
        "fr": ["Plus sur ces sujets : {section}, notre secteur", "Recevoir les alertes {section} ›"],
        "es": ["Más sobre estos temas: {section}, nuestra comarca", "Recibir avisos de {section} ›"],
        "ru": ["Ещё по этим темам: {section}, наш район", "Получать уведомления по теме «{section}» ›"],
    },
    "bookmark": {
        "en": ["🔖 Keep this report in your saved list"],
        "tr": ["🔖 Bu haberi kaydedilenler listenizde tutun"],
        "de": ["🔖 Diesen Bericht in Ihrer Merkliste behalten"],
        "fr": ["🔖 Garder ce reportage dans vos favoris"],
        "es": ["🔖 Guardar esta información en tu lista"],
        "ru": ["🔖 Оставить репортаж в списке сохранённых"],
    },
    "poll": {
        "en": ["Reader poll – was the council right: Right call · Wrong call · Undecided", "Cast your vote and the running totals appear"],
        "tr": ["Okur anketi – belediye doğru mu yaptı: Doğru karar · Yanlış karar · Kararsızım", "Oyunuzu verin, güncel sonuçlar görünsün"],
        "de": ["Leserumfrage – lag die Gemeinde richtig: Richtig entschieden · Falsch entschieden · Unentschieden", "Stimme abgeben, dann erscheint der aktuelle Stand"],
        "fr": ["Sondage lecteurs – la collectivité a-t-elle eu raison : Bonne décision · Mauvaise décision · Indécis", "Votez et les résultats provisoires s'affichent"],
        "es": ["Encuesta de lectores – acertó el Ayuntamiento: Acertó · Se equivocó · Indeciso", "Vota y aparecerán los resultados provisionales"],
        "ru": ["Опрос читателей — права ли администрация: Правильное решение · Неправильное решение · Не определился", "Проголосуйте, и появятся текущие итоги"],
    },
    "embed": {
        "en": ["Open this Instagram post from {handle} ›", "Play the YouTube clip posted by {handle}"],
        "tr": ["{handle} hesabının Instagram gönderisini açın ›", "{handle} tarafından paylaşılan YouTube klibini oynatın"],
        "de": ["Instagram-Beitrag von {handle} öffnen ›", "Den YouTube-Clip von {handle} abspielen"],
        "fr": ["Ouvrir la publication Instagram de {handle} ›", "Lire l'extrait YouTube publié par {handle}"],
        "es": ["Abrir la publicación de Instagram de {handle} ›", "Reproducir el clip de YouTube subido por {handle}"],
        "ru": ["Открыть публикацию {handle} в Instagram ›", "Воспроизвести ролик, опубликованный {handle} на YouTube"],
    },
    "gallery": {
        "en": ["🖼 Open the gallery ({g} photos)", "Swipe through {g} pictures ›"],
        "tr": ["🖼 Galeriyi açın ({g} fotoğraf)", "{g} fotoğrafı kaydırarak görün ›"],
        "de": ["🖼 Galerie öffnen ({g} Fotos)", "Durch {g} Bilder wischen ›"],
        "fr": ["🖼 Ouvrir la galerie ({g} photos)", "Faire défiler {g} photos ›"],
        "es": ["🖼 Abrir la galería ({g} fotos)", "Desliza para ver {g} fotos ›"],
        "ru": ["🖼 Открыть галерею ({g} фото)", "Листайте {g} снимков ›"],
    },
    "map": {
        "en": ["See this spot on a bigger map ›", "© OpenStreetMap contributors · Directions to here"],
        "tr": ["Bu noktayı büyük haritada görün ›", "© OpenStreetMap katkıcıları · Buraya yol tarifi"],
        "de": ["Diesen Ort auf einer größeren Karte sehen ›", "© OpenStreetMap-Mitwirkende · Route hierher"],
        "fr": ["Voir ce lieu sur une carte plus grande ›", "© les contributeurs d'OpenStreetMap · Itinéraire jusqu'ici"],
        "es": ["Ver este lugar en un mapa más grande ›", "© colaboradores de OpenStreetMap · Cómo llegar aquí"],
        "ru": ["Посмотреть это место на большой карте ›", "© участники OpenStreetMap · Как добраться сюда"],
    },
    "calendar": {
        "en": ["Put it in your diary: Google · iCal · Outlook", "Save this date to your phone's calendar (.ics)"],
        "tr": ["Ajandanıza ekleyin: Google · iCal · Outlook", "Bu tarihi telefonunuzun takvimine kaydedin (.ics)"],
        "de": ["Im Terminkalender notieren: Google · iCal · Outlook", "Diesen Termin im Handykalender speichern (.ics)"],
        "fr": ["Noter dans votre agenda : Google · iCal · Outlook", "Enregistrer cette date dans le calendrier du téléphone (.ics)"],
        "es": ["Apúntalo en tu agenda: Google · iCal · Outlook", "Guarda esta fecha en el calendario del móvil (.ics)"],
        "ru": ["Записать в ежедневник: Google · iCal · Outlook", "Сохранить дату в календарь телефона (.ics)"],
    },
    "scores": {
        "en": ["Every score, fixture and league table, live ›", "Fixtures · Results · Table · Top scorers"],
        "tr": ["Tüm skorlar, fikstür ve puan tabloları canlı ›", "Fikstür · Sonuçlar · Puan durumu · Gol krallığı"],
        "de": ["Alle Ergebnisse, Spielpläne und Tabellen live ›", "Spielplan · Ergebnisse · Tabelle · Torjäger"],
        "fr": ["Tous les scores, calendriers et classements en direct ›", "Calendrier · Résultats · Classement · Meilleurs buteurs"],
        "es": ["Todos los marcadores, calendarios y clasificaciones en directo ›", "Calendario · Resultados · Clasificación · Máximos goleadores"],
        "ru": ["Все счета, календари и таблицы онлайн ›", "Календарь · Результаты · Таблица · Лучшие бомбардиры"],
    },
    # the three families new in this part
    "bathing": {  # bathing-water widgets: the rating card, "check before you swim", flag and lifeguard hours, the classification
        "en": ["Bathing water at this beach", "Check before you swim: today's water quality and pollution alerts ›",
               "Flag today: red and yellow · Lifeguards on duty 10am–6pm", "Classified Excellent (2025) · latest sample taken {d}"],
        "tr": ["Bu plajda deniz suyu kalitesi", "Denize girmeden önce kontrol edin: bugünkü su kalitesi ve kirlilik uyarıları ›",
               "Bugünkü bayrak: kırmızı-sarı · Cankurtaran 10.00–18.00 arası görevde", "Sınıf: Mükemmel (2025) · son numune {d}"],
        "de": ["Badewasserqualität an dieser Badestelle", "Vor dem Baden prüfen: aktuelle Wasserqualität und Warnungen ›",
               "Flagge heute: Rot-Gelb · Rettungsschwimmer 10–18 Uhr im Dienst", "Einstufung: ausgezeichnet (2025) · letzte Probe am {d}"],
        "fr": ["Qualité des eaux de baignade sur ce site", "Vérifiez avant de vous baigner : qualité de l'eau et alertes du jour ›",
               "Drapeau du jour : vert · Poste de secours surveillé de 11 h à 19 h", "Classement : excellente (2025) · dernier prélèvement le {d}"],
        "es": ["Calidad del agua de baño en esta playa", "Consulta antes de bañarte: calidad del agua y avisos de hoy ›",
               "Bandera hoy: verde · Socorristas de 11.00 a 19.00", "Calificación: excelente (2025) · último muestreo el {d}"],
        "ru": ["Качество воды на этом пляже", "Проверьте перед купанием: качество воды и предупреждения на сегодня ›",
               "Флаг сегодня: жёлтый · Спасатели дежурят с 10:00 до 19:00", "Класс: отличное (2025) · последняя проба {d}"],
    },
    "bins": {  # bin-day finders: the postcode box, the next collections by bin colour, the missed-bin report link
        "en": ["Find your collection day – enter your postcode", "Your next bin collections",
               "Bin not emptied? Report a missed collection ›"],
        "tr": ["Çöp toplama gününüzü bulun: mahallenizi seçin", "Sıradaki atık toplama günleriniz",
               "Çöpünüz alınmadı mı? Belediyeye bildirin ›"],
        "de": ["Ihren Abfuhrtermin finden – Straße eingeben", "Ihre nächsten Abfuhrtermine",
               "Tonne nicht geleert? Reklamation melden ›"],
        "fr": ["Trouvez votre jour de collecte : saisissez votre adresse", "Vos prochaines collectes",
               "Bac non collecté ? Signalez-le en ligne ›"],
        "es": ["Consulta tu día de recogida: introduce tu calle", "Tus próximas recogidas",
               "¿No han vaciado tu contenedor? Avísanos ›"],
        "ru": ["Узнайте график вывоза: введите адрес", "Ближайшие дни вывоза отходов",
               "Мусор не вывезли? Сообщите об этом ›"],
    },
    "hygiene": {  # food-hygiene badges: the rating badge, the full report link, the source line, a nearby-ratings table
        "en": ["Food hygiene rating", "View the full inspection report ›",
               "Source: Food Standards Agency ratings data", "Latest food hygiene ratings nearby"],
        "tr": ["Gıda hijyen puanı", "Denetim raporunun tamamını görün ›",
               "Kaynak: il tarım ve orman müdürlüğü denetim verileri", "Yakındaki işletmelerin son hijyen puanları"],
        "de": ["Hygiene-Kontrollbarometer", "Den vollständigen Kontrollbericht ansehen ›",
               "Quelle: Lebensmittelüberwachung des Landkreises", "Aktuelle Kontrollergebnisse in der Nähe"],
        "fr": ["Niveau d'hygiène Alim'confiance", "Consulter le rapport d'inspection complet ›",
               "Source : ministère de l'Agriculture, résultats des contrôles sanitaires", "Derniers contrôles d'hygiène dans le quartier"],
        "es": ["Calificación higiénica del local", "Ver el informe de inspección completo ›",
               "Fuente: servicio de seguridad alimentaria de la comunidad", "Últimas inspecciones de higiene cerca de ti"],
        "ru": ["Санитарный рейтинг заведения", "Открыть полный акт проверки ›",
               "Источник: данные Роспотребнадзора о проверках", "Последние проверки заведений поблизости"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES): a bathing-water card is headed by
# its title, the "check before you swim" link, the flag and lifeguard bar, the classification line; a postcode box,
# a next-collections list and table headed "your next collections", the missed-bin link; a rating badge, the report
# link, the source line, a nearby-ratings table with its caption
NEW_STYLE_WORDING = {"bathing": [0, 1, 2, 3], "bins": [0, 1, 2, 1], "hygiene": [0, 1, 2, 3]}
# a bathing-water card: label, value
BATHING_ROWS = {
    "en": [("Water quality", "Sufficient – minimum standard"), ("Last sample", "3 days ago: no warning"), ("Flag", "Red and yellow"), ("Lifeguards", "10am–6pm daily")],
    "tr": [("Su kalitesi", "Mükemmel – en üst sınıf"), ("Son numune", "2 gün önce: uyarı yok"), ("Bayrak", "Kırmızı-sarı"), ("Cankurtaran", "her gün 10.00–18.00")],
    "de": [("Wasserqualität", "ausgezeichnet – beste Stufe"), ("Letzte Probe", "vor 2 Tagen: keine Warnung"), ("Flagge", "Rot-Gelb"), ("Badeaufsicht", "täglich 10–18 Uhr")],
    "fr": [("Qualité de l'eau", "excellente – meilleure classe"), ("Dernier prélèvement", "il y a 2 jours : aucune alerte"), ("Drapeau", "vert"), ("Surveillance", "11 h – 19 h")],
    "es": [("Calidad del agua", "excelente – máxima categoría"), ("Último muestreo", "hace 2 días: sin avisos"), ("Bandera", "verde"), ("Socorristas", "11.00–19.00")],
    "ru": [("Качество воды", "отличное – высший класс"), ("Последняя проба", "2 дня назад: без замечаний"), ("Флаг", "жёлтый"), ("Спасатели", "10:00–19:00")],
}
# a bin-day finder's next collections: bin, date
BIN_ROWS = {
    "en": [("Black bin (general waste)", "Tue 14 Oct"), ("Blue bin (recycling)", "Tue 21 Oct"), ("Green bin (garden waste)", "Fri 17 Oct"), ("Food caddy", "every Tuesday")],
    "tr": [("Evsel atık (gri konteyner)", "Pazartesi, Çarşamba, Cuma"), ("Ambalaj atığı (mavi kutu)", "Perşembe"), ("Cam (yeşil kumbara)", "ayda bir, ilk salı"), ("Bitkisel yağ", "randevuyla")],
    "de": [("Restmüll (graue Tonne)", "Di., 14.10."), ("Gelbe Tonne", "Mo., 20.10."), ("Biotonne", "jeden Dienstag"), ("Papiertonne", "Fr., 24.10.")],
    "fr": [("Bac gris (ordures ménagères)", "mardi 14 octobre"), ("Bac jaune (emballages)", "mardi 21 octobre"), ("Biodéchets", "chaque vendredi"), ("Encombrants", "sur rendez-vous")],
    "es": [("Contenedor gris (resto)", "todos los días"), ("Contenedor amarillo (envases)", "lunes y jueves"), ("Contenedor marrón (orgánico)", "martes, jueves y sábado"), ("Contenedor azul (papel)", "miércoles")],
    "ru": [("Смешанные отходы", "ежедневно"), ("Пластик и металл (жёлтый бак)", "вторник, пятница"), ("Стекло", "по четвергам"), ("Крупногабаритные", "по заявке")],
}
# a food-hygiene badge: label, value; and the nearby-ratings table: business, rating
HYGIENE_ROWS = {
    "en": [("Score on the door sticker", "5 – very good"), ("Inspected", "12 March 2026"), ("Local authority", "Ashpool and Wenlow District Council")],
    "tr": [("Kapıdaki hijyen puanı", "5 üzerinden 4"), ("Denetim", "12 Mart 2026"), ("Denetleyen", "İlçe tarım ve orman müdürlüğü gıda şubesi")],
    "de": [("Ergebnis", "grün – gut"), ("Kontrolle", "12. März 2026"), ("Behörde", "Lebensmittelüberwachung")],
    "fr": [("Niveau", "à corriger de manière urgente"), ("Contrôle", "12 mars 2026"), ("Service de contrôle", "direction départementale de la protection des populations")],
    "es": [("Calificación", "favorable"), ("Inspección", "12 de marzo de 2026"), ("Organismo", "Salud Pública")],
    "ru": [("Оценка на двери заведения", "4 из 5"), ("Проверка", "12 марта 2026"), ("Орган", "территориальный отдел Роспотребнадзора")],
}
HYGIENE_NEAR = {
    "en": [("The Anchor Fish Bar", "4 · good"), ("Sandside Café", "5 · very good"), ("Golden Lotus Takeaway", "3 · generally satisfactory"), ("Harbour Kitchen", "5 · very good")],
    "tr": [("Köşe Döner", "4 · iyi"), ("Liman Kafe", "5 · çok iyi"), ("Çarşı Pide Salonu", "3 · yeterli")],
    "de": [("Café am Markt", "grün"), ("Stadtgrill", "gelb"), ("Pizzeria Lago", "grün")],
    "fr": [("Brasserie de la Halle", "très satisfaisant"), ("Le Kebab du Pont", "à améliorer"), ("Crêperie des Tanneurs", "satisfaisant")],
    "es": [("Bar La Plaza", "favorable"), ("Asador El Puente", "favorable"), ("Kebab Avenida", "con observaciones")],
    "ru": [("Кафе «Причал»", "5 · отлично"), ("Шаурма у вокзала", "2 · плохо"), ("Столовая № 3", "4 · хорошо")],
}
WIDGET_ROWS = (("bathing rows", BATHING_ROWS), ("bin rows", BIN_ROWS), ("hygiene rows", HYGIENE_ROWS),
               ("hygiene near", HYGIENE_NEAR))
HEADLINES = {
    "en": ["Level crossing at Wenlow Halt to close for a fortnight", "Parish council buys the old chapel for £1",
           "New defibrillator fitted outside the village post box", "Ferry timetable cut to three crossings a day in winter",
           "Scouts raise £4,200 by pulling a lifeboat through the town", "Harvest supper returns to the church hall after five years"],
    "tr": ["Hemzemin geçit iki hafta boyunca kapalı kalacak", "Muhtarlık eski camii lojmanını kütüphaneye çeviriyor",
           "Köy meydanına yeni bir defibrilatör yerleştirildi", "Feribot kışın günde üç sefere düşüyor",
           "İzciler can salını kasabada çekerek 42 bin lira topladı", "Hasat yemeği beş yıl aradan sonra geri dönüyor"],
    "de": ["Bahnübergang in Wenau zwei Wochen lang gesperrt", "Gemeinde kauft die alte Kapelle für einen Euro",
           "Neuer Defibrillator hängt jetzt am Dorfgemeinschaftshaus", "Fähre pendelt im Winter nur noch dreimal am Tag",
           "Pfadfinder ziehen Rettungsboot durch die Stadt und sammeln 4200 Euro", "Erntedankessen im Pfarrheim nach fünf Jahren zurück"],
    "fr": ["Le passage à niveau de la gare fermé quinze jours", "La commune rachète l'ancienne chapelle pour un euro symbolique",
           "Un nouveau défibrillateur installé devant la mairie annexe", "Le bac ne fera plus que trois traversées par jour cet hiver",
           "Les scouts tirent un canot de sauvetage dans la ville et récoltent 4 200 euros", "Le repas des moissons revient à la salle paroissiale"],
    "es": ["El paso a nivel de la estación cerrará quince días", "El Ayuntamiento compra la vieja ermita por un euro",
           "Un nuevo desfibrilador junto a la oficina de turismo", "El transbordador hará solo tres viajes diarios en invierno",
           "Los scouts arrastran una lancha por el pueblo y recaudan 4.200 euros", "Vuelve la cena de la cosecha al salón parroquial"],
    "ru": ["Железнодорожный переезд закроют на две недели", "Посёлок выкупил старую часовню за один рубль",
           "У здания администрации повесили новый дефибриллятор", "Паром зимой будет ходить только три раза в день",
           "Скауты протащили спасательную лодку через город и собрали 90 тысяч рублей", "Праздник урожая вернулся в дом культуры через пять лет"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["en"]
TEASERS = {
    "en": ["Network Rail will replace the barriers and the signalling cabin.",
           "The trustees hope to open it as a village hall by next summer.",
           "It was paid for by a coffee morning and a sponsored swim.",
           "The operator blames the cost of fuel and a shortage of crew.",
           "The 2.5-tonne boat was hauled for three miles along the seafront.",
           "Tickets are £8 and include a pudding made by the WI."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Ledbury Vale and the villages", "Towns along the vale", "From the council chamber and the courts", "Work, shops and farming", "Sport on the vale", "Days out and events on the vale", "Letters to the Sentinel editor"],
               cookie="We use cookies to make this site work, to see how many people read each story and to show adverts that help pay our reporters. You can choose which of these you are happy with.",
               accept="I'm happy with all cookies", reject="Essential cookies only", share="Send this story on",
               related="More news from the vale today", newsletter="Ledbury Vale at lunchtime, every weekday",
               subscribe="Add me to the lunchtime list", email="your.name@ledburysentinel.example",
               comment_note="Sign in to leave a comment on this story.",
               closed="Comments are turned off on this story.",
               footer=["Meet the Sentinel newsroom team", "Corrections and clarifications we have made", "Your privacy and our cookies", "Advertise with the Sentinel", "Terms for using this website"],
               rights="Nothing on this site may be reproduced without the written consent of the publisher.",
               commenters=[("vale_walker", "Good to see this reported at last."),
                           ("Margaret on Orchard Rise", "Where can we find out more about this?"),
                           ("wenlow_tom", "Cheers for keeping the vale posted.")]),
    "tr": dict(nav=["Akçakoyun ve köyleri", "Sahil kasabaları ve köyler", "Meclis salonundan ve mahkemeden", "Esnaf, tarım ve iş dünyası", "Bölge sporundan", "Sahilde gezi ve etkinlik", "Okurların editöre mektupları"],
               cookie="Bu siteyi çalıştırmak, her haberi kaç kişinin okuduğunu görmek ve muhabirlerimizin maaşına katkı sağlayan reklamları göstermek için çerez kullanıyoruz. Hangilerine onay verdiğinizi seçebilirsiniz.",
               accept="Tüm çerezleri kabul ediyorum", reject="Sadece zorunlu çerezler", share="Haberi başkalarına da gönderin",
               related="Bölgeden bugünün öteki haberleri", newsletter="Akçakoyun öğle saatinde, hafta içi her gün",
               subscribe="Beni de öğle listesine ekleyin", email="adiniz@akcakoyungazetesi.example",
               comment_note="Bu habere yorum yazmak için oturum açın.",
               closed="Bu haberde yorumlar kapalıdır.",
               footer=["Haber merkezi ekibimizle tanışın", "Yaptığımız düzeltme ve açıklamalar", "Gizliliğiniz ve çerezlerimiz", "Akçakoyun Gazetesi'ne reklam verin", "Bu siteyi kullanma şartları"],
               rights="Bu sitedeki hiçbir içerik yayıncının yazılı onayı olmadan çoğaltılamaz.",
               commenters=[("sahilli_kemal", "Sonunda biri bunu haber yapmış, iyi olmuş."),
                           ("Ayten_sahilden", "Bununla ilgili nereden bilgi alabiliriz?")]),
    "de": dict(nav=["Birkenfeld und die Seendörfer", "Orte rund um die Seen", "Aus Gemeinderat und Amtsgericht", "Arbeit, Läden und Landwirtschaft", "Sport rund um die Seen", "Ausflüge und Veranstaltungen", "Ihre Post an die Redaktion"],
               cookie="Wir verwenden Cookies, damit diese Seite funktioniert, damit wir sehen, wie viele Menschen einen Artikel lesen, und um Werbung zu zeigen, die unsere Reporter mitbezahlt. Sie können wählen, womit Sie einverstanden sind.",
               accept="Mit allen Cookies einverstanden", reject="Nur technisch notwendige Cookies", share="Diesen Seenboten-Artikel weiterschicken",
               related="Heute sonst noch aus der Seenregion", newsletter="Die Seenregion zur Mittagszeit, werktags",
               subscribe="Mich in den Verteiler aufnehmen", email="ihr.name@seenbote.example",
               comment_note="Melden Sie sich an, um diesen Artikel zu kommentieren.",
               closed="Für diesen Artikel sind die Kommentare ausgeschaltet.",
               footer=["Das Team der Seenboten-Redaktion", "Unsere Korrekturen und Klarstellungen", "Ihre Privatsphäre und unsere Cookies", "Im Seenboten werben", "Nutzungsbedingungen dieser Website"],
               rights="Nichts auf dieser Seite darf ohne schriftliche Zustimmung des Verlags vervielfältigt werden.",
               commenters=[("Seeufer_Klaus", "Gut, dass das endlich mal berichtet wird."),
                           ("Renate vom Birkenweg", "Wo kann man sich darüber genauer informieren?")]),
    "fr": dict(nav=["Le Haut-Vernon et ses villages", "Bourgs au fil du Vernon", "Du conseil municipal et du tribunal", "Travail, commerces et agriculture", "Le sport dans la vallée", "Sorties et événements", "Vos lettres à la rédaction de La Voix"],
               cookie="Nous utilisons des cookies pour faire fonctionner ce site, savoir combien de personnes lisent chaque article et afficher des publicités qui aident à payer nos journalistes. Vous pouvez choisir ceux que vous acceptez.",
               accept="J'accepte tous les cookies", reject="Cookies essentiels uniquement", share="Faire suivre cet article de La Voix",
               related="Autres nouvelles de la vallée aujourd'hui", newsletter="Le Haut-Vernon à l'heure du déjeuner, en semaine",
               subscribe="Ajoutez-moi à la liste de midi", email="votre.nom@voixduhautvernon.example",
               comment_note="Identifiez-vous pour commenter cet article.",
               closed="Les commentaires sont fermés sur cet article.",
               footer=["L'équipe de la rédaction de La Voix", "Nos corrections et précisions", "Votre vie privée et nos cookies", "Annoncer dans La Voix", "Conditions d'utilisation du site de La Voix"],
               rights="Aucun élément de ce site ne peut être reproduit sans l'accord écrit de l'éditeur.",
               commenters=[("riverain_du_vernon", "Bien que quelqu'un en parle enfin."),
                           ("Simone de la rue des Vignes", "Où peut-on en savoir plus ?")]),
    "es": dict(nav=["El Jalón y sus pueblos", "Villas de la ribera", "Desde el pleno comarcal y los juzgados", "Trabajo, comercio y campo", "Deporte en la ribera", "Escapadas y eventos", "Cartas de los lectores al director"],
               cookie="Usamos cookies para que esta web funcione, para saber cuántas personas leen cada noticia y para mostrar anuncios que ayudan a pagar a nuestros periodistas. Puedes elegir con cuáles estás de acuerdo.",
               accept="Acepto todas las cookies", reject="Solo cookies esenciales", share="Mandar esta noticia",
               related="Más noticias de la ribera hoy", newsletter="El Jalón a la hora de comer, de lunes a viernes",
               subscribe="Añadidme a la lista", email="tu.nombre@gacetadeljalon.example",
               comment_note="Inicia sesión para comentar esta noticia.",
               closed="Los comentarios están cerrados en esta noticia.",
               footer=["Conoce a la redacción de La Gaceta", "Correcciones y aclaraciones publicadas", "Tu privacidad y nuestras cookies", "Anúnciate en La Gaceta", "Condiciones de uso de la web de La Gaceta"],
               rights="Nada de esta web puede reproducirse sin el consentimiento por escrito del editor.",
               commenters=[("ribereño_luis", "Ya tocaba que alguien lo contara en la ribera."),
                           ("Pilar de la calle Huertas", "¿Dónde se puede consultar más información?")]),
    "ru": dict(nav=["Озёрск и окрестные сёла", "Посёлки вдоль берега", "Из зала заседаний и суда", "Работа, магазины и сельское хозяйство", "Спорт на берегу", "Куда съездить и что посмотреть", "Письма читателей редактору"],
               cookie="Мы используем cookie, чтобы сайт работал, чтобы понимать, сколько людей читают каждую новость, и чтобы показывать рекламу, которая помогает платить нашим журналистам. Вы можете выбрать, с чем согласны.",
               accept="Согласен на все cookie «Курьера»", reject="Только необходимые cookie", share="Отправить новость дальше",
               related="Другие новости района сегодня", newsletter="Озёрск к обеду — каждый будний день",
               subscribe="Добавьте меня в обеденную рассылку", email="vashe.imya@ozerskiy-kurier.example",
               comment_note="Войдите, чтобы прокомментировать эту новость.",
               closed="Комментарии к этой новости закрыты.",
               footer=["Знакомьтесь: редакция «Курьера»", "Наши исправления и уточнения", "Ваша приватность и наши cookie", "Реклама в «Курьере»", "Условия использования сайта «Курьера»"],
               rights="Никакие материалы сайта не могут воспроизводиться без письменного согласия издателя.",
               commenters=[("береговой_Иваныч", "Хорошо, что наконец об этом написали."),
                           ("Валентина с Садовой", "Где можно узнать подробнее?")]),
}
UI41 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "MORE FROM THE SENTINEL:"},  # the regional layout's inline links
    (mp2, "BIO"): {"en": "{name} is the {site}'s local democracy reporter and writes about {section} and the district council. Tips to reporters@example.org"},
    (mp4, "READMORE"): {"ru": "ЕЩЁ В «ЗАВОЛЖСКОЙ ЗАРЕ»:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"en": dict(also="Also in the Porthgwyn Weekly Tide")},
    (mp6, "TYPO3"): {"en": dict(ext="Video hosted on YouTube", note="A video from the county council is embedded here. It loads from YouTube only once you agree, and data is then sent to YouTube.",
                                button="Agree and play the video", by="Report by", search="Search the Hollowmere Standard",
                                lang_menu="Hollowmere Standard in Polish")},
    (mp7, "SANITY"): {"en": dict(nl_title="Tregarth Bay at teatime", nl_text="The bay's news, weather and tide times, in one email at 5pm on weekdays.",
                                 nl_button="Send me Tregarth Bay at teatime", nl_placeholder="Your email for the teatime round-up")},
    (mp11, "HUGO"): {"en": dict(nl_title="The Carrick Sands Saturday", nl_text="A week of Carrick Sands in one email: council, harbour, schools and shops.",
                                nl_label="Email address for the Saturday round-up", nl_button="Sign up for the Saturday email")},
    (mp13, "PUB_NAV"): {"en": ["New from Upstream", "Rivers and wells", "People of the Marches", "Become a supporter of Upstream"]},
    (mp13, "TEASERS"): {"en": TEASERS["en"]},
    (mp19, "UCOZ"): {"de": dict(domain="ucoz.de", slogan="Unser Dorf Kleinroda: Vereine, Feuerwehr, Dorfgemeinschaftshaus",
                                menu=["Kleinroda Startseite", "Neues aus Kleinroda", "Dorfgemeinschaftshaus Kleinroda", "Vereine in Kleinroda", "Bilder aus Kleinroda", "Post an den Kleinrodaer Webmaster"],
                                cats=["Neues aus Kleinroda", "Vereine in Kleinroda", "Dorfgemeinschaftshaus Kleinroda"],
                                friends=["Freiwillige Feuerwehr Kleinroda", "Gasthof Zur Linde, Kleinroda", "Kirmesburschen Kleinroda"],
                                footer="Dorfseite Kleinroda © 2026 · ehrenamtlich gepflegt vom Heimatverein",
                                poster="webmaster_heike", tags=["Maibaum", "Kirmes"],
                                commenters=[("Linden_Wirt", "Schöne Bilder, danke Heike! Bis zur Kirmes."),
                                            ("Erna_K", "Der Baum war dieses Jahr wirklich der schönste seit Langem.")],
                                style="p", heads="b")},
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
# the new layout: a Silverstripe CMS 5 site (SS templates, $Layout, Elemental blocks, Requirements, CookieConsent)
# --------------------------------------------------------------------------
# the templates' generic strings as the developers leave them (the theme's labels, the form's and the CookieConsent
# module's defaults), per language (not checked: they recur on any such site)
SS_CORE = {
    "en": dict(html_lang="en-GB", og_locale="en_GB", skip="Skip to main content", home="Home", by="By", search="Search",
               search_label="Search the site", crumb_label="Breadcrumb", nav_label="Main menu", menu="Menu",
               read="{m} min read", share="Share on", copy="Copy link", email_label="Email", tags="Tags",
               cc_title="Cookies on this site", cc_manage="Manage cookie settings", cc_more="Read our cookie policy",
               go_to="Go to the %s page",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"], date_fmt="{d} {M} {y}"),
    "de": dict(html_lang="de-DE", og_locale="de_DE", skip="Zum Inhalt springen", home="Startseite", by="Von", search="Suche",
               search_label="Website durchsuchen", crumb_label="Brotkrumen", nav_label="Hauptmenü", menu="Menü",
               read="{m} Min. Lesezeit", share="Teilen auf", copy="Link kopieren", email_label="E-Mail", tags="Schlagwörter",
               cc_title="Cookies auf dieser Website", cc_manage="Cookie-Einstellungen verwalten", cc_more="Zur Cookie-Richtlinie",
               go_to="Zur Seite %s",
               months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                       "November", "Dezember"], date_fmt="{d}. {M} {y}"),
}
# the sites' own strings: host, theme name, menus (titles and URL segments), header buttons, the language switch
# (Fluent), the inline teaser block's label, box titles, the membership promo, the newsletter form, footer texts
SS = {
    "Hirwen Valley Courier": dict(
        domain="hirwencourier.example", theme="hirwen", society="Hirwen Valley Courier Co-operative Ltd",
        menu=["Hirwen valley news", "Council and Senedd", "Hirwen sport", "Coast and countryside", "Straeon Cymraeg", "Owned by readers"],
        slugs=["news", "council", "sport", "coast", "cymraeg", "co-op"],
        buttons=["Become a Courier member-owner", "Courier members' log in"], lang_switch="Darllen yn Gymraeg",
        teaser_label="Also in the Hirwen Courier", related_title="More from the Hirwen Courier newsroom",
        popular_title="Most read across the valley", promo_title="Own a share of your local paper",
        promo_text="1,400 readers already own the Courier. A £10 share makes you one of them.", promo_button="Buy a £10 share",
        nl_title="The Courier on Friday", nl_text="Our week in the valley, in English and Welsh, every Friday morning.",
        nl_button="Send me the Friday Courier", share_title="Pass this Courier story on",
        footer_links=["Who owns the Courier", "Our members' annual meeting", "Complaints and corrections at the Courier", "Courier privacy notice"],
        footer_note="The Hirwen Valley Courier is a community benefit society registered in Wales, owned by its readers and staff."),
    "Wiesengrund-Kurier": dict(
        domain="wiesengrund-kurier.example", theme="wiesengrund", society="Wiesengrund-Kurier eG",
        menu=["Wiesengrund aktuell", "Rathaus und Kreistag", "Sport im Wiesengrund", "Essen und Trinken", "Vereinsleben im Wiesengrund", "Unsere Genossenschaft"],
        slugs=["aktuell", "rathaus", "sport", "essen-trinken", "vereine", "genossenschaft"],
        buttons=["Mitglied der eG werden", "Anmelden für Mitglieder"], lang_switch=None,
        teaser_label="Auch im Kurier", related_title="Mehr aus der Kurier-Redaktion",
        popular_title="Meistgelesen im Wiesengrund", promo_title="Ihre Zeitung gehört Ihnen",
        promo_text="Über 900 Leserinnen und Leser sind schon Miteigentümer. Ein Anteil kostet 100 Euro.", promo_button="Genossenschaftsanteil zeichnen",
        nl_title="Kurier am Freitag", nl_text="Die Woche im Wiesengrund, jeden Freitagmorgen in Ihrem Postfach.",
        nl_button="Kurier am Freitag bestellen", share_title="Diesen Kurier-Artikel weitergeben",
        footer_links=["Wem der Kurier gehört", "Generalversammlung der Kurier-eG", "Beschwerden und Korrekturen beim Kurier", "Datenschutz beim Kurier"],
        footer_note="Der Wiesengrund-Kurier ist eine eingetragene Genossenschaft seiner Leserinnen, Leser und Beschäftigten."),
}
SS_EXEMPT = {"domain", "theme", "slugs"}


def ss_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    c = SS_CORE[lang]
    return c["date_fmt"].replace("{M}", c["months"][m - 1]).replace("{d}", str(d)).replace("{y}", str(y))


def ss_block(kind, val, in_box=False):
    """One block of an HTML text element's TinyMCE content, as Silverstripe stores it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h3>%s</h3>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_silverstripe(art, ui, site, placed, rng):
    # an ArticlePage of a Silverstripe CMS 5 site with Elemental blocks (see the module docstring)
    lang, n, blocks = art["lang"], len(art["blocks"]), art["blocks"]
    c, s = SS_CORE[lang], SS[site]
    host = "https://www." + s["domain"]
    theme = s["theme"]
    sec_i = s["menu"].index(art["section"])
    sec, sec_slug = s["menu"][sec_i], s["slugs"][sec_i]
    y, m, d = art["date"].split("-")
    url_seg = mp13.medium_slug(art["title"], 60).lower()
    link = "/%s/%s/" % (sec_slug, url_seg)
    url = host + link
    hh, mi = rng.randint(6, 20), rng.randint(0, 59)
    tz = "+01:00" if lang == "en" else "+02:00"
    iso = "%sT%02d:%02d:00%s" % (art["date"], hh, mi, tz)
    shown = ss_date(lang, art["date"])
    words = len(mp.truth_text(art["truth_blocks"]).split())
    mins = max(2, round(words / 200))
    mtime = rng.randint(1712000000, 1790000000)

    def hx(k):
        return "%0*x" % (k, rng.randint(0, 16**k - 1))

    def b64ish(k):
        abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(rng.choice(abc) for _ in range(k))

    page_id = rng.randint(300, 2900)
    el_id = [rng.randint(1000, 8000)]

    def next_id():
        el_id[0] += rng.randint(1, 4)
        return el_id[0]

    img_file = mp13.medium_slug(art["caption"], 40).lower()

    def variant(name, w, h):
        # Silverstripe's image manipulation variants: Name__FillWz<base64 of [w,h]>.jpg
        import base64
        code = base64.b64encode(("[%d,%d]" % (w, h)).encode()).decode().rstrip("=")
        return "/assets/News/%s/%s__Fill%s.jpg" % (y, name, code)

    lead_srcset = ", ".join("%s %dw" % (variant(img_file, w, w * 9 // 16), w) for w in (640, 1024, 1600))

    # the Elemental area: an HTML text element per run of story text (a subheading starts a new element, as its
    # title), an image element after the first third, a teaser element further down, quote elements for the story's
    # block quotes, code elements holding the HTML editors pasted in; lines pasted into the editor stay in the text
    slots = [i for i in safe_slots(art, 2) if i not in art["no_slot"]]
    image_at = slots[len(slots) // 3] if slots else n
    teaser_at = next((i for i in slots if i >= image_at + 2), None)
    inset_cap, inset_cr = art["inset"]
    inset_file = mp13.medium_slug(inset_cap, 40).lower()
    image_el = ('<div class="element element-image dnadesign__elemental__models__elementimage" id="e{i}">\n'
                '    <figure class="element-image__figure">\n'
                '        <img src="{src}" srcset="{s1} 640w, {s2} 960w" sizes="(min-width: 768px) 720px, 100vw" width="960" height="640" alt="{alt}" loading="lazy">\n'
                '        <figcaption class="element-image__caption">{cap} <span class="element-image__credit">{cr}</span></figcaption>\n'
                '    </figure>\n</div>').format(
        i=next_id(), src=A(variant(inset_file, 960, 640)), s1=A(variant(inset_file, 640, 427)), s2=A(variant(inset_file, 960, 640)),
        alt=A(inset_cap), cap=E(inset_cap), cr=E(inset_cr))
    heads = rng.sample(HEADLINES[lang], 6)
    th = heads[0]
    teaser_el = ('<div class="element element-teaser" id="e{i}">\n    <div class="element-teaser__inner">\n'
                 '        <p class="element-teaser__label">{lab}</p>\n'
                 '        <a class="element-teaser__link" href="/{sl}/{u}/">{t}</a>\n    </div>\n</div>').format(
        i=next_id(), lab=E(s["teaser_label"]), sl=rng.choice(s["slugs"][:4]), u=mp13.medium_slug(th, 50).lower(), t=E(th))
    placed = {i: list(x) for i, x in placed.items()}
    placed.setdefault(image_at, []).append(image_el)
    if teaser_at is not None:
        placed.setdefault(teaser_at, []).append(teaser_el)
    in_box = {j for st, _, j in art["looks"] if st in ("box", "factbox")}
    els, run, title = [], [], [None]

    def flush():
        if run or title[0]:
            head = ('\n    <h2 class="element__title">%s</h2>' % E(title[0])) if title[0] else ""
            els.append('<div class="element element-content dnadesign__elemental__models__elementcontent" id="e%d">%s\n'
                       '    <div class="element__content">\n%s\n    </div>\n</div>' % (next_id(), head, "\n".join(run)))
            run.clear()
            title[0] = None

    for i in range(n + 1):
        for snip in placed.get(i, []):
            if re.match(r"<p>|<h[45]>", snip):  # a line pasted into the HTML editor
                run.append(snip)
            elif snip is image_el or snip is teaser_el:
                flush()
                els.append(snip)
            else:  # the HTML an editor put into a code element
                flush()
                els.append('<div class="element element-code" id="e%d">\n    <div class="element-code__html">%s</div>\n</div>' % (next_id(), snip))
        if i < n:
            kind, val = blocks[i]
            if kind == "h" and i not in in_box:
                flush()
                title[0] = val
            elif kind == "q" and i not in in_box:
                flush()
                els.append('<div class="element element-quote" id="e%d">\n    <blockquote class="element-quote__quote">\n        <p>%s</p>\n    </blockquote>\n</div>'
                           % (next_id(), mp.inline_html(val)))
            else:
                run.append(ss_block(kind, val))
    flush()
    body = "\n".join(els)

    def menu_class(k):
        return "current" if k == sec_i else "link"
    nav = "\n".join('                <li class="%s"><a href="/%s/" title="%s"%s>%s</a></li>' % (
        menu_class(k), sl, A(c["go_to"] % t), ' aria-current="page"' if k == sec_i else "", E(t))
        for k, (t, sl) in enumerate(zip(s["menu"], s["slugs"])))
    buttons = "\n".join('            <a class="header__button header__button--%d" href="/%s/">%s</a>' % (
        k + 1, mp13.medium_slug(b, 30).lower(), E(b)) for k, b in enumerate(s["buttons"]))
    if s["lang_switch"]:
        buttons += '\n            <a class="header__lang" href="/cy%s" hreflang="cy-GB" lang="cy">%s</a>' % (link, E(s["lang_switch"]))
    hreflang = ('\n<link rel="alternate" hreflang="cy-GB" href="%s/cy%s">\n<link rel="alternate" hreflang="en-GB" href="%s">'
                % (host, link, url)) if s["lang_switch"] else ""
    popular = "\n".join('                <li class="popular__item"><a href="/%s/%s/">%s</a></li>' % (
        rng.choice(s["slugs"][:4]), mp13.medium_slug(t, 50).lower(), E(t)) for t in heads[3:6])
    related = "\n".join('                <li class="related__item"><a href="/%s/%s/"><span class="related__title">%s</span> <time class="related__date">%s</time></a></li>' % (
        rng.choice(s["slugs"][:4]), mp13.medium_slug(t, 50).lower(), E(t), E(shown)) for t in heads[1:4])
    footer_links = "\n".join('                <li><a href="/%s/">%s</a></li>' % (mp13.medium_slug(t, 30).lower(), E(t))
                             for t in s["footer_links"])
    share_nets = [("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                  ("whatsapp", "WhatsApp", "https://wa.me/?text=" + url),
                  ("bluesky", "Bluesky", "https://bsky.app/intent/compose?text=" + url)]
    share = "\n".join('                <li><a class="share__link share__link--%s" href="%s" target="_blank" rel="noopener noreferrer" aria-label="%s %s"></a></li>'
                      % (k, A(h), A(c["share"]), A(lab)) for k, lab, h in share_nets)
    author_slug = mp13.medium_slug(art["byline"], 40).lower()
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
                     "description": art["sub"], "datePublished": iso, "dateModified": iso, "mainEntityOfPage": url,
                     "image": [host + variant(img_file, 1600, 900)], "articleSection": sec, "inLanguage": c["html_lang"],
                     "author": [{"@type": "Person", "name": art["byline"], "url": "%s/authors/%s/" % (host, author_slug)}],
                     "publisher": {"@type": "NewsMediaOrganization", "name": site, "legalName": s["society"],
                                   "logo": {"@type": "ImageObject", "url": host + "/assets/Uploads/logo.svg"}}},
                    ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    css = "/_resources/themes/%s/_combined/%s-%s.css?m=%d" % (theme, theme, hx(10), mtime)
    js = "/_resources/themes/%s/_combined/%s-%s.js?m=%d" % (theme, theme, hx(10), mtime)
    sec_token = hx(40)
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}">
<head>
	<base href="{host}/"><!--[if lte IE 6]></base><![endif]-->
	<title>{E(art["title"])} &raquo; {E(site)}</title>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<meta name="generator" content="Silverstripe CMS 5.2">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="description" content="{A(art["sub"])}">{hreflang}
	<link rel="canonical" href="{url}">
	<meta property="og:type" content="article">
	<meta property="og:title" content="{A(art["title"])}">
	<meta property="og:description" content="{A(art["sub"])}">
	<meta property="og:url" content="{url}">
	<meta property="og:image" content="{host}{variant(img_file, 1200, 630)}">
	<meta property="og:locale" content="{c["og_locale"]}">
	<meta property="og:site_name" content="{A(site)}">
	<meta property="article:published_time" content="{iso}">
	<link rel="icon" href="/_resources/themes/{theme}/images/favicon.svg" type="image/svg+xml">
	<script type="application/ld+json">{ld}</script>
<link rel="stylesheet" type="text/css" href="{css}">
</head>
<body class="ArticlePage" data-page-id="{page_id}">
	<a class="skip-link" href="#main">{E(c["skip"])}</a>
	<header class="header" role="banner">
		<div class="header__inner container">
			<a class="brand" href="/" rel="home"><img src="/assets/Uploads/logo.svg" alt="{A(site)}" width="220" height="48"></a>
			<button class="header__toggle" type="button" aria-controls="primary-nav" aria-expanded="false">{E(c["menu"])}</button>
			<nav class="primary" id="primary-nav" aria-label="{A(c["nav_label"])}">
				<ul class="primary__list">
{nav}
				</ul>
			</nav>
			<form id="SearchForm_SearchForm" class="header__search" action="/home/SearchForm" method="get" enctype="application/x-www-form-urlencoded" role="search">
				<label for="SearchForm_SearchForm_Search" class="visually-hidden">{E(c["search_label"])}</label>
				<input type="text" name="Search" class="text" id="SearchForm_SearchForm_Search" placeholder="{A(c["search"])}">
				<input type="submit" name="action_results" value="{A(c["search"])}" class="action" id="SearchForm_SearchForm_action_results">
			</form>
			<div class="header__buttons">
{buttons}
			</div>
		</div>
	</header>
	<main id="main" class="main" role="main">
		<div class="container">
			<nav class="breadcrumbs" aria-label="{A(c["crumb_label"])}">
				<a href="/">{E(c["home"])}</a> &raquo; <a href="/{sec_slug}/">{E(sec)}</a> &raquo; <span class="breadcrumbs__current">{E(art["title"])}</span>
			</nav>
			<div class="layout layout--article">
				<article class="article" id="article-{page_id}">
					<header class="article__header">
						<p class="article__section"><a href="/{sec_slug}/">{E(sec)}</a></p>
						<h1 class="article__title">{E(art["title"])}</h1>
						<p class="article__standfirst">{E(art["sub"])}</p>
						<p class="article__meta">{E(c["by"])} <a href="/authors/{author_slug}/" rel="author">{E(art["byline"])}</a> · <time datetime="{iso}">{E(shown)}</time> · <span>{E(c["read"].replace("{m}", str(mins)))}</span></p>
					</header>
					<figure class="article__lead">
						<img src="{variant(img_file, 1024, 576)}" srcset="{lead_srcset}" sizes="(min-width: 1024px) 760px, 100vw" width="1600" height="900" alt="{A(art["caption"])}">
						<figcaption class="article__caption">{E(art["caption"])} <span class="article__credit">{E(art["credit"])}</span></figcaption>
					</figure>
					<div class="article__body typography">
<div class="element-area">
{body}
</div>
					</div>
					<footer class="article__footer">
						<div class="tags"><span class="tags__label">{E(c["tags"])}:</span> <a class="tags__tag" href="/{sec_slug}/">{E(sec)}</a></div>
						<div class="share">
							<p class="share__title">{E(s["share_title"])}</p>
							<ul class="share__list">
{share}
							</ul>
							<button class="share__copy" type="button" data-url="{url}">{E(c["copy"])}</button>
						</div>
					</footer>
					<section class="related">
						<h2 class="related__heading">{E(s["related_title"])}</h2>
						<ul class="related__list">
{related}
						</ul>
					</section>
				</article>
				<aside class="sidebar">
					<section class="popular">
						<h2 class="popular__heading">{E(s["popular_title"])}</h2>
						<ol class="popular__list">
{popular}
						</ol>
					</section>
					<section class="promo promo--membership">
						<h2 class="promo__heading">{E(s["promo_title"])}</h2>
						<p class="promo__text">{E(s["promo_text"])}</p>
						<a class="promo__button" href="/{s["slugs"][5]}/">{E(s["promo_button"])}</a>
					</section>
					<section class="newsletter">
						<h2 class="newsletter__heading">{E(s["nl_title"])}</h2>
						<p class="newsletter__text">{E(s["nl_text"])}</p>
						<form id="Form_NewsletterForm" action="/home/NewsletterForm" method="post" enctype="application/x-www-form-urlencoded" class="newsletter__form">
							<fieldset>
								<div id="Form_NewsletterForm_Email_Holder" class="field email text">
									<label class="left" for="Form_NewsletterForm_Email">{E(c["email_label"])}</label>
									<div class="middleColumn">
										<input type="email" name="Email" class="email text" id="Form_NewsletterForm_Email" required="required" aria-required="true">
									</div>
								</div>
								<input type="hidden" name="SecurityID" value="{sec_token}" class="hidden" id="Form_NewsletterForm_SecurityID">
								<div class="clear"><!-- --></div>
							</fieldset>
							<div class="btn-toolbar">
								<input type="submit" name="action_doSubscribe" value="{A(s["nl_button"])}" class="action" id="Form_NewsletterForm_action_doSubscribe">
							</div>
						</form>
					</section>
				</aside>
			</div>
		</div>
	</main>
	<footer class="footer" role="contentinfo">
		<div class="footer__inner container">
			<ul class="footer__links">
{footer_links}
			</ul>
			<p class="footer__note">{E(s["footer_note"])}</p>
			<p class="footer__copyright">&copy; {y} {E(s["society"])}</p>
		</div>
	</footer>
	<div id="CookieConsent" class="cookie-consent" role="dialog" aria-labelledby="CookieConsent_Title" aria-live="polite" data-cookie-consent>
		<div class="cookie-consent__inner">
			<h2 class="cookie-consent__title" id="CookieConsent_Title">{E(c["cc_title"])}</h2>
			<div class="cookie-consent__content"><p>{E(ui["cookie"])} <a href="/cookie-policy/">{E(c["cc_more"])}</a></p></div>
			<div class="cookie-consent__buttons">
				<a href="/acceptAllCookies?BackURL={A(link)}" class="cookie-consent__button cookie-consent__button--accept js-cookie-consent-accept">{E(ui["accept"])}</a>
				<a href="/acceptNecessaryCookies?BackURL={A(link)}" class="cookie-consent__button cookie-consent__button--necessary">{E(ui["reject"])}</a>
				<a href="/cookies/" class="cookie-consent__button cookie-consent__button--manage">{E(c["cc_manage"])}</a>
			</div>
		</div>
	</div>
<script type="text/javascript" src="{js}"></script>
<script type="text/javascript" src="/_resources/vendor/xddesigners/silverstripe-cookieconsent/client/dist/js/cookieconsent.js?m={mtime - rng.randint(100000, 900000)}"></script>
</body>
</html>
'''

# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"silverstripe": ["caption", "readmore"]}  # the image element's caption, the teaser element's label
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "bathing", "bins", "hygiene"]
NEW_FAMILIES = ["bathing", "bins", "hygiene"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"bathing": ["bathing water", "bathing-water", "before you swim", "lifeguard hours", "beach widget"],
                    "bins": ["bin day", "bin-day", "bin collection", "missed bin", "missed-bin", "collection day"],
                    "hygiene": ["food hygiene", "food-hygiene", "hygiene rating", "inspection report", "food standards"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village, association, club or community website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio", "print"}
# a town hall's or council's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll"}
# a reader-owned co-operative paper: no adverts' furniture, no push prompts, no paywall-style app pitches
NOT_ON_COOP = {"ad", "push", "app", "typo"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY, "coop": NOT_ON_COOP}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · ") and tables
STYLES = {
    "cookie": ['<div class="media-consent-gate"><p class="media-consent-gate__why">%s</p><button class="media-consent-gate__ok" type="button">Accept</button></div>',
               '<p class="consent-locked-embed">%s</p>', '<p><em>%s</em></p>'],
    "newsletter": ['<div class="lunch-mail-band"><p class="lunch-mail-band__pitch">%s</p><a class="lunch-mail-band__go" href="/lunchtime-email">&#10140;</a></div>',
                   '<p class="meter-remaining-note">%s</p>', '<h4 class="lunch-mail-hd">%s</h4>', '<p><strong><a href="/support-us">%s</a></strong></p>'],
    "share": ['<ul class="story-send-targets">{items}</ul>', '<div class="story-forwarding-ask">%s</div>', '<p><a href="#send-sheet">%s</a></p>'],
    "photo": ['<p class="image-owner-note">%s</p>', '<span class="image-owner-chip">%s</span>', '<p><small><em>%s</em></small></p>'],
    "copyright": ['<p class="licence-required-line">%s</p>', '<div class="licence-required-box"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="desk-origin-line">%s</p>', '<h5 class="desk-origin-hd">%s</h5>', '<p><strong>%s</strong></p>'],
    "symbol": ['<p class="space-break-mark">%s</p>', '<div class="space-break-ornament">%s</div>', '<p style="text-align: center">%s</p>'],
    "credit": ['<p class="helped-report-line">%s</p>', '<div class="picture-desk-credit">%s</div>', '<p><em><small>%s</small></em></p>'],
    "title": ['<p class="hed-repeat-p"><strong>%s</strong></p>', '<h2 class="hed-repeat-h2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="advert-gap-label">%s</div>', '<p class="paid-partner-note">%s</p>', '<p><small>%s</small></p>'],
    "continue": ['<p class="read-on-unfurl"><a href="#full">%s</a></p>', '<div class="expand-article-button">%s</div>', '<p><a href="#full">%s</a></p>'],
    "comments": ['<p class="reader-thread-count"><a href="#thread">%s</a></p>', '<div class="reader-thread-pill">%s</div>', '<p><a href="#thread">%s</a></p>'],
    "readtime": ['<p class="mins-estimate-line">%s</p>', '<span class="mins-estimate-chip">%s</span>', '<p><em>%s</em></p>'],
    "updated": ['<p class="last-touched-line"><time>%s</time></p>', '<div class="last-touched-box">%s</div>', '<p><small>%s</small></p>'],
    "audio": ['<div class="voice-version-bar"><button class="voice-version-bar__play" aria-label="Play"></button><span class="voice-version-bar__label">%s</span></div>',
              '<p class="voice-version-link"><a href="#voice">%s</a></p>', '<p><a href="#voice">%s</a></p>'],
    "correction": ['<aside class="put-right-notice"><p>%s</p></aside>', '<p class="erratum-fixed-line"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "app": ['<div class="app-store-strip"><p class="app-store-strip__txt">%s</p><a class="app-store-strip__get" href="/download">&#8681;</a></div>',
            '<p class="app-store-strip-line">%s</p>', '<p><b>%s</b></p>'],
    "bio": ['<div class="reporter-about-box"><p class="reporter-about-box__txt">%s</p></div>', '<p class="writer-note-line"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "tip": ['<div class="whatsapp-newsdesk-box"><p class="whatsapp-newsdesk-box__txt">%s</p></div>', '<p class="whatsapp-newsdesk-line">%s</p>', '<p><i>%s</i></p>'],
    "typo": ['<div class="erratum-hotkey-hint"><p>%s</p></div>', '<p class="erratum-hotkey-line">%s</p>', '<p><small><i>%s</i></small></p>'],
    "push": ['<div class="alert-optin-prompt"><p class="alert-optin-prompt__q">%s</p></div>', '<p class="alert-optin-line">%s</p>', '<p><b>%s</b></p>'],
    "print": ['<ul class="print-mail-pdf-row">{items}</ul>', '<p class="print-edition-link"><a href="?print=1">%s</a></p>',
              '<p><a href="?print=1">%s</a></p>'],
    "feedback": ['<div class="helpfulness-check"><p class="helpfulness-check__q">%s</p></div>', '<p class="helpfulness-check-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="ipso-pledge-box"><p>%s</p></div>', '<p class="ipso-pledge-line"><small>%s</small></p>', '<p><em>%s</em></p>'],
    "topics": ['<div class="topic-follow-row"><span class="topic-follow-row__list">%s</span></div>', '<p class="topic-follow-line">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="bookmark-ribbon"><a class="bookmark-ribbon__link" href="#bookmarks">%s</a></div>',
                 '<p class="bookmark-ribbon-link"><a href="#bookmarks">%s</a></p>', '<p><a href="#bookmarks">%s</a></p>'],
    "poll": ['<div class="have-your-say-poll"><p class="have-your-say-poll__q">%s</p><button class="have-your-say-poll__vote" type="button">&#10004;</button></div>',
             '<h5 class="have-your-say-hd">%s</h5>', '<p><small>%s</small></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/S{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/S{k}/" target="_blank">%s</a></blockquote>',
              '<div class="tube-lite-frame"><a class="tube-lite-frame__play" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}">%s</a></p>'],
    "gallery": ['<div class="pic-set-launch"><a class="pic-set-launch__btn" href="#album">%s</a></div>',
                '<p class="pic-set-tally">%s</p>', '<p><b>%s</b></p>'],
    "map": ['<div class="osm-map-embed"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="620" height="350" loading="lazy"></iframe><p class="osm-map-embed__links">%s</p></div>',
            '<figure class="pinned-spot-map"><img src="/maps/{k}.png" alt="" width="620" height="380"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    "calendar": ['<ul class="add-to-diary-set">{items}</ul>', '<p class="ics-fetch-link"><a href="/events/{k}.ics">%s</a></p>',
                 '<div class="diary-add-strip"><span class="diary-add-strip__label">%s</span></div>'],
    "scores": ['<div class="sport-live-hub"><a class="sport-live-hub__main" href="/sport/scores">%s</a></div>',
               '<ul class="sport-live-tabs">{items}</ul>', '<p><a href="/sport/scores"><b>%s</b></a></p>'],
    # the three families new in this part ({bathrows}: the beach card's rows; {binrows} / {bintable}: the next
    # collections; {hygrows}: the badge's rows; {hygnear}: the nearby ratings)
    "bathing": ['<div class="beach-water-card"><h4 class="beach-water-card__hd">%s</h4><dl class="beach-water-card__rows">{bathrows}</dl></div>',
                '<p class="swim-check-link"><a href="/beaches/water-quality">%s</a></p>',
                '<div class="beach-flag-bar"><span class="beach-flag-bar__flag" aria-hidden="true"></span><span class="beach-flag-bar__txt">%s</span></div>',
                '<p class="bathing-class-line"><small>%s</small></p>'],
    "bins": ['<div class="bin-day-lookup"><p class="bin-day-lookup__hd">%s</p><form class="bin-day-lookup__form" action="/bins/lookup"><input type="text" name="postcode" autocomplete="postal-code"><button type="submit">&#8594;</button></form></div>',
             '<div class="bin-dates-panel"><h4 class="bin-dates-panel__hd">%s</h4><ul class="bin-dates-panel__list">{binrows}</ul></div>',
             '<p class="missed-bin-link"><a href="/bins/missed">%s</a></p>',
             '<table class="bin-dates-table"><caption>%s</caption>{bintable}</table>'],
    "hygiene": ['<div class="hygiene-score-badge"><p class="hygiene-score-badge__hd">%s</p><table class="hygiene-score-badge__rows">{hygrows}</table></div>',
                '<p class="inspection-report-link"><a href="/food-safety/report">%s</a></p>',
                '<p class="hygiene-data-source"><small>%s</small></p>',
                '<table class="hygiene-nearby-table"><caption>%s</caption>{hygnear}</table>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>(%s)</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/lunchtime-email"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#send-sheet">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "bins": (0.6, ['<br><a href="/bins/missed"><b>%s</b></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# missed-bin link, not the finder's heading)
INLINE_WORDING = {"newsletter": 0, "bins": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="second-picture-insert"><img src="/media/{id}-second.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-in.jpg" alt="" width="600"><br><em>{cap} – {cr}</em></p>']
RELATED_STYLES = ['<div class="story-trail-box"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="earlier-reports-aside"><p class="earlier-reports-aside__hd">%s</p><ul>%s</ul></aside>',
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
    return (style.replace("{bathrows}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in BATHING_ROWS[lang]))
            .replace("{binrows}", "".join('<li><span class="bin-dates-panel__bin">%s</span> <span class="bin-dates-panel__date">%s</span></li>' % (esc(a), esc(b)) for a, b in BIN_ROWS[lang]))
            .replace("{bintable}", "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in BIN_ROWS[lang]))
            .replace("{hygrows}", "".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in HYGIENE_ROWS[lang]))
            .replace("{hygnear}", "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in HYGIENE_NEAR[lang])))

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
               "scores": rng.choice([0, mid, n]), "bathing": rng.choice([0, mid, n]), "bins": rng.choice([mid, n]),
               "hygiene": rng.choice([0, mid])}.get(fam, mid)
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
DROPCAP = {"silverstripe": ("class", "text-dropcap"),  # a TinyMCE style format of the site's HTMLEditorConfig
           "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"silverstripe": ("wrap", '<div class="text-panel text-panel--moss">\n', "\n</div>"),
       "gutenberg": ("wrap", '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "drupal": ("class", "encadre-gris"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--mist">\n', "\n</div>")}
FACTBOX = {"silverstripe": ("wrap", '<div class="text-factfile">\n', "\n</div>"),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">🎶</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="ny pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"silverstripe": ('<span class="text-highlight">', "</span>"), "quintype": ('<mark>', "</mark>")}



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
# templates: silverstripe is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"silverstripe": tpl_silverstripe, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h40), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "silverstripe"


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
            rng = random.Random("newsflow-heldout41-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI41[lang]
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
             "ucoz.org", "ucoz.de", "ru", "RU", "RUB", "full-story", "full-text"}


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
    # layouts: silverstripe (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # the silverstripe pages: a site of SS, a section of the site's menu, an image element; sites of the other pages
    for a in ARTICLES:
        if a["tpl"] == "silverstripe" and (a.get("site") not in SS or a["lang"] not in SS_CORE
                                           or a["section"] not in SS[a["site"]]["menu"] or not a.get("inset")):
            problems.append("%s: silverstripe page needs a Silverstripe site, a menu section and an inset" % a["id"])
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
    ss_sites = [{k: v for k, v in d.items() if k not in SS_EXEMPT} for d in SS.values()]
    # (SS_CORE, the templates' generic strings and the CookieConsent module's own labels, is left as the developers left it)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("SS", ss_sites), ("UI_NEW", UI_NEW)):
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
