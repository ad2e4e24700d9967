#!/usr/bin/env python3
"""Forty-ninth held-out part (h49-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout49.py           # write pages/h49-*.html
    python benchmarks/data/extraction/make_heldout49.py --check   # verify pages/h49-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout49.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout50.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h49_en.py / articles_h49_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: animal-disease restriction-zone checkers on stories about bird flu, foot-and-mouth and
swine fever -- the postcode or address checker form asking whether an address is inside a control zone, the "are you
in a zone?" box with what applies in each zone as a definition list, the link to the interactive zone map, the link to
apply for a licence to move animals or eggs --, library reading-challenge widgets on stories about libraries and
children's reading -- the sign-up widget with its form, the tally of books read so far across the county with its big
number, the age-group tabs, the shelf of badges with the books each needs --, and bike-share dock widgets on stories
about hire bikes and cycling -- the live table of bikes, e-bikes and free docks per station, the "find a bike in the
app" link, the dock map with its stations, the price card as a definition list --), their wrapper class names,
related headlines, site names, the sites' own strings in the earlier layouts and the first-round furniture strings
are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..48, nor their
labels, furniture strings, widget rows, headlines or site names; verify() refuses to build if one is reused, if a
wrapper class name of an earlier part recurs, if a "new" family is already in an earlier pool, family list, template
family or docstring, if a story paragraph or headline of an earlier part (h47 and h48 included) recurs, if a headline
is also a story paragraph, or if a body is outside 150-400 words.  Every name and number is fictional.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages: zone checkers on bird flu at an egg farm (the
collective's Hexo paper), foot-and-mouth closing a Turkish livestock market, bird flu at a Spanish laying farm (an
interview with the district vet) and African swine fever in a Russian village (the Russian collective's Hexo
paper); reading-challenge widgets on a town library's record summer, a Turkish library director's interview, a German
town library's "Lesesommer" (an interview with its head) and a French primary school's reading challenge; dock
widgets on hire bikes reaching a city's station, a German district's new stations at two railway stations, a French
town's station forecourt and a Spanish city's e-bikes for its hill districts.  Earlier families that need a reason
in the story are placed the same way (score-centre links on a girls' cup final, a calendar row on a street party's
programme, a map on a village well); the other generic families are balanced over the part, leaving out those the
page's site would not print (the story's "kind": a village or neighbours' site, an independent publication on a
platform, a town hall, and -- new in this part -- "collective", a reporters' collective's reader-funded paper, which
prints no ad labels, app or push prompts, paywall notes, polls, print or audio tools, and of the newsletter family
only its appeal for money); a correction box goes only on a story that was corrected, with that story's own wording.
Residue markup varies as on real pages: classed boxes, bars and widgets, bare <p> / <div> lines as pasted by editors
(on the Hexo pages as raw HTML typed into the Markdown source), headings, links, lists, spans, forms, definition lists
and tables, and, for a few families, a line run into the end of a story paragraph (credit, tip, newsletter pitch,
share line, the "find a bike in the app" link) or a bold section tag run into the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, or a span around the first letter as typed into the Hexo pages' Markdown), whole paragraphs in bold
or italics, a highlighted sentence, a paragraph in a coloured box (NexT's note tag on the Hexo pages), a fact box
holding a subheading and its list (NexT's note tag, a Fusion custom embed), a Ghost callout card, a paragraph typed
after a <br> (an opening-hours line after a cobbler's last quote, how to buy a share in a village shop after its staff line);
story structures that look like furniture but are the story: question-and-answer interviews (bold questions, some of
one or two words, in English, Turkish, German, Spanish and Russian), lists inside the story (what the zones mean, a
cup run, the most borrowed books, bans in a quarantine, new stations, opening hours, sign-up steps, a fiesta
programme), crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs, a closing
line with practical information, and story sentences that mention furniture words in ordinary reporting ("Cookies,
flapjacks and gingerbread" opening a story whose last line asks readers to contact the school office, a lollipop lady
whose grandson wants her to follow his team, parents asked to share photos of reading dens, fishermen who will share
photos of their catch in a co-operative's app, a village survey readers can follow, parents who can subscribe to a
school's newsletter to follow a reading tally -- its last line --, comments invited at the foot of a village post),
some at the start or end of the story where furniture usually sits.  Two pages carry no residue at all and one only
its correction line.
One page layout is new (hexo: a Hexo 7 static site with the NexT theme, Gemini scheme, as a reporters' collective runs
its local paper on it, on two pages, an English and a Russian one: the head with the generator meta tag, the theme's
CSS, Font Awesome, animate.css and the cookie-consent stylesheet, the next-config JSON blocks (main, page, calendar),
the Open Graph and article tags, the canonical link and the Atom feed; body > div.headband and main.main holding
div.column with the header (brand, subtitle, menu toggles, the menu with the site's own pages, the local-search
popup) and the sidebar (table of contents, site overview with the collective's name, description and post / category
/ tag counts, the blogroll), then div.main-inner > div.post-block > article.post-content with its hidden schema.org
spans, header.post-header (h1.post-title, div.post-meta: date, category, author, symbol count, reading time) and
div.post-body as hexo-renderer-marked writes it (the lead picture as a figure whose figcaption repeats the alt text,
the excerpt marker span#more after the first paragraph, paragraphs, headings with their empty headerlink anchors,
lists, block quotes, and the raw HTML editors type into the Markdown), the reward box asking for money, and
footer.post-footer with the post-copyright box (author, link, licence), the tags, the related posts of
hexo-related-popular-posts and the prev / next post nav; the comments container (Disqus with its noscript line on
the English page, utterances on the Russian one); footer.footer with the copyright holder, the collective's note and
"Powered by Hexo & NexT.Gemini"; the sidebar toggle, back-to-top button and reading-progress bar, the noscript
warning, the Osano cookie-consent banner and the theme's, search's and comment system's scripts).  The theme's
generic strings (HEXO_CORE, per language) are left as the theme ships them and not checked; the sites' own strings
(HEXO: subtitles, owners, descriptions, menu pages, the reward text, blogroll and footer note) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h47 or h48 gave it (9 English pages, 3 in each other language); while a page is rendered, the
earlier modules' related headlines, the strings that belong to one site rather than to the platform (see
SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's own, and the
templates get this part's furniture strings (UI49) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout48.py, so that make_pages.py can import this module and merge it the same way.
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
import make_heldout47 as mp47  # noqa: E402
import make_heldout48 as mp48  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h49_en import ARTICLES as H49_EN  # noqa: E402
from articles_h49_intl import ARTICLES as H49_INTL  # noqa: E402

ARTICLES = H49_EN + H49_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48)
# parts whose layouts' languages this part avoids (the two before it; h50 is written at the same time)
LANG_PARTS = (mp47, mp48)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h49"

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Kettleby & Wold Courier", "Brookhampton Sentinel", "Wexcombe Vale Messenger", "Ashby Vale Clarion",
           "Hollins Green Observer", "Thurlby Standard and Post", "Lowther Bridge Argus"],
    "tr": ["Akçaova Gündem", "Yenikent Sahil Gazetesi", "Bademli Haber Postası"],
    "de": ["Ostheimer Kreisbote", "Haslachtaler Rundschau", "Rabenauer Tageblatt"],
    "fr": ["Le Courrier de Bressac", "L'Éveil de la Lèze"],
    "es": ["El Eco de Otxandio", "Diario de la Campiña de Fuentecilla"],
    "ru": ["Сылвенская правда"],
}
# sites fixed per page (two collectives' papers on Hexo, an independent publication on Medium, a town hall on
# Drupal, a neighbours' association on Ghost, a village site on uCoz) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h48 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The flood-gauge chart below is hidden until you accept analytics cookies", "Cookies are blocking this map. Change your choice ›"],
        "tr": ["Aşağıdaki grafik, analiz çerezlerini kabul edene kadar gizli kalıyor", "Bu harita çerez tercihiniz yüzünden görünmüyor. Tercihi değiştirin ›"],
        "de": ["Die Grafik unten bleibt verborgen, bis Sie Analyse-Cookies zulassen", "Cookies blockieren diese Karte. Auswahl ändern ›"],
        "fr": ["Le graphique ci-dessous reste masqué tant que vous refusez les cookies de mesure", "Cette carte est bloquée par vos réglages de cookies. Modifier mon choix ›"],
        "es": ["El gráfico de abajo está oculto hasta que aceptes las cookies de analítica", "Tus ajustes de cookies bloquean este mapa. Cambiar mi elección ›"],
        "ru": ["График ниже скрыт, пока вы не разрешите аналитические cookie", "Карта заблокирована из-за настроек cookie. Изменить выбор ›"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["The {site} Breakfast Briefing: five local stories before your first cup of tea.",
               "You've read four of your five free articles this month",
               "Independent, local and owned by nobody: chip in to keep {site} going"],
        "tr": ["{site} Kahvaltı Bülteni: ilk çayınızdan önce beş yerel haber.",
               "Bu ayki beş ücretsiz haberinizin dördünü okudunuz",
               "Bağımsız, yerel ve kimsenin malı değil: {site} yayında kalsın diye katkı verin"],
        "de": ["Das {site}-Frühstücksbriefing: fünf Lokalnachrichten vor der ersten Tasse Kaffee.",
               "Sie haben vier Ihrer fünf freien Artikel in diesem Monat gelesen",
               "Unabhängig, lokal und niemandem verpflichtet: Helfen Sie mit, dass es {site} weiter gibt"],
        "fr": ["Le réveil de {site} : cinq infos locales avant votre premier café.",
               "Vous avez lu quatre de vos cinq articles gratuits ce mois-ci",
               "Indépendant, local et à personne d'autre qu'à ses lecteurs : aidez {site} à continuer"],
        "es": ["El desayuno de {site}: cinco noticias locales antes del primer café.",
               "Has leído cuatro de tus cinco noticias gratis de este mes",
               "Independiente, local y sin dueño: ayuda a que {site} siga adelante"],
        "ru": ["Утренний выпуск «{site}»: пять местных новостей до первой чашки чая.",
               "Вы прочитали четыре из пяти бесплатных материалов этого месяца",
               "Независимые, местные и ничьи: помогите «{site}» продолжать работу"],
    },
    "share": {  # the first wording is a list of networks (" · ")
        "en": ["Forward this report: Facebook · Threads · WhatsApp · Copy the link", "Worth passing on to the people in your road group?"],
        "tr": ["Bu haberi iletin: Facebook · Threads · WhatsApp · Bağlantıyı kopyalayın", "Sokak grubunuzdaki komşulara iletmeye değer mi?"],
        "de": ["Diesen Bericht weiterleiten: Facebook · Threads · WhatsApp · Link kopieren", "Lohnt es sich, das an die Leute in Ihrer Straßengruppe zu schicken?"],
        "fr": ["Transférer cet article : Facebook · Threads · WhatsApp · Copier le lien de la page", "À faire suivre aux voisins de votre groupe de rue ?"],
        "es": ["Reenvía esta noticia: Facebook · Threads · WhatsApp · Copiar el enlace de la página", "¿Merece la pena mandarla al grupo de tu calle?"],
        "ru": ["Переслать материал: ВКонтакте · Одноклассники · Telegram · Скопировать адрес страницы", "Стоит переслать это в чат вашей улицы?"],
    },
    "photo": {
        "en": ["Picture: the Roper family's own album", "Image handed out by the agency's press office"],
        "tr": ["Fotoğraf, Roper ailesinin albümünden alındı", "Görsel, kurumun basın bürosunca dağıtıldı"],
        "de": ["Bild: aus dem eigenen Album der Familie", "Aufnahme von der Pressestelle des Amts herausgegeben"],
        "fr": ["Photo : tirée de l'album de la famille", "Image diffusée par le service de presse de l'administration"],
        "es": ["Imagen: del álbum de la propia familia", "Fotografía difundida por el gabinete de prensa del organismo"],
        "ru": ["Фото из семейного альбома героев", "Снимок распространила пресс-служба ведомства"],
    },
    "copyright": {
        "en": ["Copying this article in full or in part without a licence from {site} is not permitted."],
        "tr": ["Bu haberin {site}'den lisans alınmadan tamamen ya da kısmen kopyalanmasına izin verilmez."],
        "de": ["Die vollständige oder teilweise Übernahme dieses Artikels ohne Lizenz von {site} ist nicht gestattet."],
        "fr": ["La copie totale ou partielle de cet article sans licence de {site} n'est pas autorisée."],
        "es": ["No se permite copiar esta noticia, entera o en parte, sin licencia de {site}."],
        "ru": ["Полное или частичное копирование материала без лицензии «{site}» не допускается."],
    },
    "section": {
        "en": ["Kept in the {section} file", "Everything we've written on {section} ›"],
        "tr": ["{section} klasöründe saklandı", "{section} üzerine yazdığımız her şey ›"],
        "de": ["Im Ordner {section} abgelegt", "Alles, was wir über {section} geschrieben haben ›"],
        "fr": ["Rangé dans le dossier {section}", "Tout ce que nous avons écrit sur {section} ›"],
        "es": ["Guardado en la carpeta de {section}", "Todo lo que hemos escrito sobre {section} ›"],
        "ru": ["Хранится в папке «{section}»", "Всё, что мы написали по теме «{section}» ›"],
    },
    "related": {
        "en": ["While you're here, the parishes also talked about", "Three more from this week's notebook"],
        "tr": ["Hazır buradayken, köylerde bunlar da konuşuldu", "Bu haftanın defterinden üç haber daha"],
        "de": ["Wenn Sie schon hier sind: Darüber sprach man in den Dörfern auch", "Drei weitere aus dem Notizbuch dieser Woche"],
        "fr": ["Pendant que vous êtes là, on a aussi parlé de ça dans les communes", "Trois autres tirés du carnet de la semaine"],
        "es": ["Ya que estás aquí, en los pueblos también se habló de esto", "Tres más del cuaderno de esta semana"],
        "ru": ["Раз уж вы здесь: о чём ещё говорили в сёлах", "Ещё три заметки из блокнота этой недели"],
    },
    "symbol": {"*": ["✦ ✧ ✦ ✧", "— ◈ —", "⋄ ⋆ ⋄ ⋆ ⋄", "▵ ▿ ▵"]},
    "credit": {
        "en": ["Reporting by {site}'s rural affairs team", "Pictures: {site} photographic staff"],
        "tr": ["Haber: {site} kırsal işler ekibi", "Fotoğraflar: {site} foto muhabirleri"],
        "de": ["Recherche: Landredaktion von {site}", "Bilder: Fotografen von {site}"],
        "fr": ["Reportage : service agricole de {site}", "Photos : les photographes de {site}"],
        "es": ["Información: equipo de Campo de {site}", "Imágenes: fotógrafos de {site}"],
        "ru": ["Подготовил сельский отдел «{site}»", "Снимки: фотокорреспонденты «{site}»"],
    },
    "ad": {
        "en": ["Paid content · scroll to keep reading", "This advert supports local journalism in the valley"],
        "tr": ["Ücretli içerik · okumaya devam etmek için kaydırın", "Bu reklam bölgedeki yerel gazeteciliği destekliyor"],
        "de": ["Bezahlter Inhalt · zum Weiterlesen scrollen", "Diese Anzeige unterstützt Lokaljournalismus in der Region"],
        "fr": ["Contenu payant · faites défiler pour continuer", "Cette annonce soutient le journalisme local du territoire"],
        "es": ["Contenido pagado · desliza para seguir leyendo", "Este anuncio ayuda al periodismo local de la comarca"],
        "ru": ["Оплаченный материал · листайте дальше", "Эта реклама поддерживает местную журналистику района"],
    },
    "continue": {
        "en": ["The report carries on under this advert", "Show me the whole report ›"],
        "tr": ["Haber bu reklamın altında sürüyor, aşağı inin", "Haberin tamamını göster ›"],
        "de": ["Der Bericht geht unter dieser Anzeige weiter", "Den ganzen Bericht anzeigen ›"],
        "fr": ["L'article se poursuit sous la publicité", "Afficher tout le reportage ›"],
        "es": ["La crónica continúa debajo de este anuncio", "Mostrar la crónica completa ›"],
        "ru": ["Репортаж продолжается под рекламой", "Показать репортаж целиком ›"],
    },
    "comments": {
        "en": ["Join the discussion: {n} replies", "{n} readers have commented ›"],
        "tr": ["Tartışmaya katılın: {n} yanıt", "{n} okur yorum yaptı ›"],
        "de": ["Mitdiskutieren: {n} Antworten", "{n} Leser haben kommentiert ›"],
        "fr": ["Rejoindre la discussion : {n} réponses", "{n} lecteurs ont commenté ›"],
        "es": ["Únete al debate: {n} respuestas", "{n} lectores han comentado ›"],
        "ru": ["Присоединиться к обсуждению: ответов {n}", "Прокомментировали {n} читателей ›"],
    },
    "readtime": {
        "en": ["⏱ About {m} minutes with a cup of tea", "Takes around {m} min to get through"],
        "tr": ["⏱ Bir bardak çayla yaklaşık {m} dakika", "Bitirmesi aşağı yukarı {m} dk sürer"],
        "de": ["⏱ Etwa {m} Minuten bei einer Tasse Tee", "Zum Durchlesen braucht man rund {m} Min."],
        "fr": ["⏱ Environ {m} minutes le temps d'un thé", "Il faut à peu près {m} min pour en venir à bout"],
        "es": ["⏱ Unos {m} minutos, lo que dura un café", "Se termina en más o menos {m} min"],
        "ru": ["⏱ Минут {m} за чашкой чая", "Дочитать можно примерно за {m} мин"],
    },
    "updated": {
        "en": ["First published {d}; revised at {t}", "Brought up to date on {d} ({t}) with the agency's latest figures"],
        "tr": ["İlk yayım {d}; {t}'de yeniden düzenlendi", "{d} günü saat {t}'de kurumun son rakamlarıyla güncellendi"],
        "de": ["Erstmals erschienen am {d}; überarbeitet um {t} Uhr", "Am {d} um {t} Uhr mit den neuesten Zahlen des Amts ergänzt"],
        "fr": ["Première publication le {d} ; revu à {t}", "Complété le {d} à {t} avec les derniers chiffres des services de l'État"],
        "es": ["Publicado por primera vez el {d}; revisado a las {t}", "Completada el {d} a las {t} con las últimas cifras oficiales"],
        "ru": ["Впервые опубликовано {d}; исправлено в {t}", "Дополнено {d} в {t} свежими данными ведомства"],
    },
    "audio": {
        "en": ["▶ Listen to this story ({m} min)", "Busy with the milking? A synthetic voice will read this out for you"],
        "tr": ["▶ Bu haberi dinleyin ({m} dk)", "Sağımla mı meşgulsünüz? Bu haberi size yapay bir ses okusun"],
        "de": ["▶ Diesen Artikel hören ({m} Min.)", "Gerade im Stall beschäftigt? Eine künstliche Stimme liest Ihnen den Text vor"],
        "fr": ["▶ Écouter cet article ({m} min)", "Occupé à la traite ? Une voix de synthèse vous lit cet article"],
        "es": ["▶ Escucha esta noticia ({m} min)", "¿Liado con el ordeño? Una voz sintética te lee esta noticia"],
        "ru": ["▶ Слушать материал ({m} мин)", "Заняты на дойке? Синтезированный голос прочитает вам этот материал"],
    },
    "correction": {
        "en": ["Clarification: an earlier version of this story gave the wrong day for the meeting."],
        "tr": ["Açıklama: Bu haberin önceki sürümünde toplantının günü yanlış verilmişti."],
        "de": ["Klarstellung: In einer früheren Fassung dieses Artikels stand ein falscher Tag für die Sitzung."],
        "fr": ["Précision : une version précédente de cet article donnait une date erronée pour la réunion."],
        "es": ["Aclaración: una versión anterior de esta noticia daba un día equivocado para la reunión."],
        "ru": ["Уточнение: в прежней версии материала был неверно указан день встречи."],
    },
    "app": {
        "en": ["Read {site} on the go: the app is free on iOS and Android", "Get breaking local news on your phone ›"],
        "tr": ["{site}'i yolda okuyun: uygulama iOS ve Android'de ücretsiz", "Son dakika yerel haberleri telefonunuza gelsin ›"],
        "de": ["{site} unterwegs lesen: die App gibt es kostenlos für iOS und Android", "Eilmeldungen aus der Region aufs Handy ›"],
        "fr": ["Lisez {site} partout : l'appli est gratuite sur iOS et Android", "Recevez l'info locale urgente sur votre téléphone ›"],
        "es": ["Lee {site} donde estés: la app es gratis en iOS y Android", "Recibe la última hora local en tu móvil ›"],
        "ru": ["Читайте «{site}» в дороге: приложение бесплатно для iOS и Android", "Срочные местные новости — на ваш телефон ›"],
    },
    "bio": {
        "en": ["{by} is {site}'s {section} correspondent.", "Contact {by} or read more of their work ›"],
        "tr": ["{by}, {site}'in {section} muhabiridir.", "{by} ile iletişime geçin ya da diğer haberlerini okuyun ›"],
        "de": ["{by} ist Korrespondentin für {section} bei {site}.", "{by} kontaktieren oder weitere Texte lesen ›"],
        "fr": ["{by} est correspondant·e {section} de {site}.", "Écrire à {by} ou lire ses autres articles ›"],
        "es": ["{by} es corresponsal de {section} en {site}.", "Escribe a {by} o lee sus otras noticias ›"],
        "ru": ["{by} — корреспондент «{site}» по теме «{section}».", "Написать автору или прочитать другие материалы ›"],
    },
    "tip": {
        "en": ["Something happening on your lane? The newsdesk line is 01632 960 244, or message us on WhatsApp", "We read every email that comes in from the parishes: news@example.org"],
        "tr": ["Köy yolunuzda bir şey mi oluyor? Haber masası hattı 0532 000 02 44, WhatsApp'tan da yazabilirsiniz", "Köylerden gelen her e-postayı okuyoruz: haber@example.org"],
        "de": ["Passiert etwas in Ihrer Gasse? Die Newsdesk-Nummer ist 0171 0000244, auch per WhatsApp", "Wir lesen jede Mail, die aus den Dörfern kommt: post@example.org"],
        "fr": ["Du nouveau dans votre chemin vicinal ? La rédaction répond au 06 00 00 02 44, ou sur WhatsApp", "Nous lisons chaque courriel envoyé depuis les villages : infos@example.org"],
        "es": ["¿Algo nuevo en tu camino vecinal? El teléfono de la redacción es el 600 000 244, también por WhatsApp", "Leemos todos los correos que llegan de los pueblos: redaccion@example.org"],
        "ru": ["Что-то стряслось на вашем проулке? Телефон редакции +7 900 000-02-44, можно и в WhatsApp", "Мы читаем каждое письмо из сёл: news@example.org"],
    },
    "typo": {
        "en": ["Found a slip of the keyboard? Highlight it and hit Ctrl+Enter for the sub-editors"],
        "tr": ["Klavye kayması mı buldunuz? İşaretleyip Ctrl+Enter ile editörlere iletin"],
        "de": ["Vertipper gefunden? Markieren und mit Strg+Enter an die Schlussredaktion schicken"],
        "fr": ["Une faute de frappe a échappé aux correcteurs ? Surlignez-la puis Ctrl+Entrée"],
        "es": ["¿Se nos ha escapado una errata? Márcala y pulsa Ctrl+Intro para la mesa de cierre"],
        "ru": ["Нашли опечатку, которую пропустил корректор? Выделите и нажмите Ctrl+Enter"],
    },
    "push": {
        "en": ["Allow {site} to send you alerts when big local stories break? Allow · No thanks"],
        "tr": ["Önemli yerel haberlerde {site} size bildirim gönderebilsin mi? İzin ver · Hayır, teşekkürler"],
        "de": ["Darf {site} Ihnen Hinweise schicken, wenn große Lokalnachrichten passieren? Erlauben · Nein danke"],
        "fr": ["Autoriser {site} à vous alerter quand une grosse info locale tombe ? Autoriser · Non merci"],
        "es": ["¿Dejas que {site} te avise cuando haya una gran noticia local? Permitir · No, gracias"],
        "ru": ["Разрешить «{site}» присылать оповещения о важных местных новостях? Разрешить · Нет, спасибо"],
    },
    "print": {
        "en": ["Print this page · Download PDF · Send by email", "Printer-friendly version ›"],
        "tr": ["Sayfanın çıktısını al · PDF olarak indir · E-posta ile yolla", "Yazıcı dostu sürüm ›"],
        "de": ["Seite drucken · PDF herunterladen · Per E-Mail senden", "Druckversion öffnen ›"],
        "fr": ["Imprimer la page · Télécharger le PDF · Envoyer par courriel", "Version imprimable ›"],
        "es": ["Imprimir página · Descargar PDF · Enviar por correo", "Versión para imprimir ›"],
        "ru": ["Печать страницы · Скачать PDF · Отправить по почте", "Версия для печати ›"],
    },
    "feedback": {
        "en": ["Did this report tell you what you needed? Yes, thanks · Not really"], "tr": ["Bu haber aradığınızı anlattı mı? Evet, sağ olun · Pek değil"],
        "de": ["Stand in diesem Bericht, was Sie über die Sperrzone wissen wollten? Ja, danke · Nicht wirklich"], "fr": ["Cet article vous a-t-il appris ce que vous cherchiez sur le sujet ? Oui, merci · Pas vraiment"],
        "es": ["¿Te ha contado esta noticia lo que buscabas? Sí, gracias · La verdad es que no"], "ru": ["Нашли в материале то, что искали по этой теме? Да, спасибо · Не совсем"],
    },
    "standards": {
        "en": ["We follow the Editors' Code of Practice. Complaints go to our readers' editor, who replies within a week."],
        "tr": ["Gazetecilerin meslek ilkelerine uyuyoruz. Şikâyetler bir hafta içinde yanıt veren okur temsilcimize iletilir."],
        "de": ["Wir folgen dem Pressekodex. Beschwerden gehen an unsere Leserbeauftragte, die binnen einer Woche antwortet."],
        "fr": ["Nous suivons la charte déontologique des journalistes. Les réclamations vont à notre médiatrice, qui répond sous huit jours."],
        "es": ["Seguimos el código deontológico de la profesión. Las quejas van a nuestra defensora del lector, que responde en una semana."],
        "ru": ["Мы следуем кодексу профессиональной этики. Жалобы рассматривает омбудсмен читателей и отвечает в течение недели."],
    },
    "topics": {
        "en": ["More on: {section}, local news", "Get an email when we write about {section} ›"],
        "tr": ["Konular: {section}, yerel haberler", "{section} hakkında yazdığımızda e-posta alın ›"],
        "de": ["Mehr zu: {section}, Lokales", "E-Mail bekommen, wenn wir über {section} schreiben ›"],
        "fr": ["Thèmes : {section}, info locale", "Recevoir un courriel quand nous écrivons sur {section} ›"],
        "es": ["Más sobre: {section}, noticias locales", "Recibe un correo cuando escribamos sobre {section} ›"],
        "ru": ["Темы: {section}, местные новости", "Получать письмо, когда мы пишем о теме «{section}» ›"],
    },
    "bookmark": {
        "en": ["🔖 Add to my saved articles"], "tr": ["🔖 Kaydettiğim haberlere ekle"], "de": ["🔖 Zu meinen gemerkten Artikeln"],
        "fr": ["🔖 Ajouter à mes articles enregistrés"], "es": ["🔖 Añadir a mis noticias guardadas"], "ru": ["🔖 Добавить в сохранённые материалы"],
    },
    "poll": {
        "en": ["Have your say: should the council step in? It should · It shouldn't · Too early to tell", "Vote now — results shown after you answer"],
        "tr": ["Fikrinizi söyleyin: belediye devreye girmeli mi? Girmeli · Girmemeli · Söylemek için erken", "Şimdi oy verin, sonuçlar cevabınızdan sonra görünür"],
        "de": ["Ihre Meinung: Sollte die Gemeinde eingreifen? Sollte sie · Sollte sie nicht · Zu früh, um das zu sagen", "Jetzt abstimmen — das Ergebnis sehen Sie nach Ihrer Antwort"],
        "fr": ["Donnez votre avis : la commune doit-elle intervenir ? Oui, il le faut · Non, surtout pas · Trop tôt pour le dire", "Votez maintenant, les résultats s'affichent après votre réponse"],
        "es": ["Opina: ¿debería intervenir el ayuntamiento? Debería · No debería · Es pronto para decirlo", "Vota ya: verás los resultados después de responder"],
        "ru": ["Ваше мнение: должна ли администрация вмешаться? Должна · Не должна · Пока рано судить", "Голосуйте — результаты появятся после ответа"],
    },
    "embed": {
        "en": ["See what {handle} posted about it on Instagram", "Play {handle}'s clip on YouTube"],
        "tr": ["{handle} bu konuda Instagram'da ne paylaştı, görün", "{handle} klibini YouTube'da oynatın"],
        "de": ["Sehen, was {handle} dazu auf Instagram gepostet hat", "Clip von {handle} auf YouTube abspielen"],
        "fr": ["Voir ce que {handle} en a dit sur Instagram", "Lire le clip de {handle} sur YouTube"],
        "es": ["Mira lo que publicó {handle} sobre esto en Instagram", "Reproducir el clip de {handle} en YouTube"],
        "ru": ["Посмотреть, что {handle} написал об этом в Instagram", "Смотреть клип {handle} на YouTube"],
    },
    "gallery": {
        "en": ["📷 {g} pictures in this gallery", "Open the gallery ({g} images) ›"],
        "tr": ["📷 Bu galeride {g} fotoğraf var", "Galeriyi açın ({g} kare) ›"],
        "de": ["📷 {g} Bilder in dieser Galerie", "Galerie öffnen ({g} Bilder) ›"],
        "fr": ["📷 {g} images dans cette galerie", "Ouvrir la galerie ({g} images) ›"],
        "es": ["📷 {g} imágenes en esta galería", "Pasa las {g} fotos de la galería ›"],
        "ru": ["📷 В этой галерее {g} снимков", "Пролистать все {g} кадров галереи ›"],
    },
    "map": {
        "en": ["View larger map · Get directions", "Map data © OpenStreetMap contributors, tiles by our mapping partner"],
        "tr": ["Büyük haritayı göster · Yol tarifi al", "Harita verisi © OpenStreetMap katkıcıları, katmanlar harita ortağımızdan"],
        "de": ["Größere Karte anzeigen · Route planen", "Kartendaten © OpenStreetMap-Mitwirkende, Kacheln von unserem Kartenpartner"],
        "fr": ["Voir la carte en grand · Obtenir l'itinéraire", "Données cartographiques © contributeurs OpenStreetMap, tuiles de notre partenaire"],
        "es": ["Ver mapa más grande · Cómo llegar", "Datos del mapa © colaboradores de OpenStreetMap, teselas de nuestro socio"],
        "ru": ["Открыть большую карту · Проложить маршрут", "Данные карты © участники OpenStreetMap, подложка нашего партнёра"],
    },
    "calendar": {
        "en": ["Put the fiesta in your diary: Apple · Google · Outlook", "One file with every date of the weekend (.ics)"],
        "tr": ["Şenliği ajandanıza yazın: Apple · Google · Outlook", "Hafta sonunun bütün tarihleri tek dosyada (.ics)"],
        "de": ["Das Fest in den Kalender eintragen: Apple · Google · Outlook", "Alle Termine des Wochenendes in einer Datei (.ics)"],
        "fr": ["Noter la fête dans votre agenda : Apple · Google · Outlook", "Toutes les dates du week-end dans un seul fichier (.ics)"],
        "es": ["Apunta la fiesta en tu agenda: Apple · Google · Outlook", "Todas las citas del fin de semana en un solo archivo (.ics)"],
        "ru": ["Внесите праздник в свой календарь: Apple · Google · Outlook", "Все даты выходных одним файлом (.ics)"],
    },
    "scores": {
        "en": ["Live scores, results and tables ›", "Fixtures · Results · Tables · Scorers"],
        "tr": ["Canlı skorlar, sonuçlar ve puan tabloları ›", "Fikstür · Sonuçlar · Puan tablosu · Golcüler"],
        "de": ["Liveticker, Ergebnisse und Tabellen ›", "Ansetzungen · Ergebnisse · Tabelle · Schützenliste"],
        "fr": ["Scores en direct, résultats et classements ›", "Calendrier · Résultats · Classement · Buteurs"],
        "es": ["Marcadores en directo, resultados y clasificación ›", "Calendario · Resultados · Clasificación · Goleadores"],
        "ru": ["Онлайн-счёт, результаты и таблицы ›", "Календарь · Результаты · Таблица · Бомбардиры"],
    },
    # the three families new in this part
    "diseasezone": {  # animal-disease restriction zones: the postcode checker, the "are you in a zone" box, the
        # zone-map link, the movement-licence link
        "en": ["Check whether your address is inside a disease control zone", "Are you in a zone? What applies where",
               "See the interactive zone map ›", "Apply for a licence to move animals or eggs ›"],
        "tr": ["Adresinizin hastalık kontrol bölgesinde olup olmadığını öğrenin", "Bölgede misiniz? Nerede hangi kural geçerli",
               "Etkileşimli bölge haritasını açın ›", "Hayvan sevki için izin belgesine başvurun ›"],
        "de": ["Prüfen Sie, ob Ihre Adresse in einer Sperrzone liegt", "Liegen Sie in einer Zone? Was wo gilt",
               "Interaktive Zonenkarte öffnen ›", "Genehmigung für das Verbringen von Tieren beantragen ›"],
        "fr": ["Vérifiez si votre adresse se trouve dans une zone réglementée", "Êtes-vous dans une zone ? Ce qui s'applique où",
               "Voir la carte interactive des zones ›", "Demander un laissez-passer pour déplacer des animaux ›"],
        "es": ["Comprueba si tu dirección está dentro de una zona de restricción", "¿Estás en una zona? Qué se aplica en cada una",
               "Ver el mapa interactivo de zonas ›", "Solicitar autorización para mover animales o huevos ›"],
        "ru": ["Проверьте, входит ли ваш адрес в карантинную зону", "Вы в зоне ограничений? Что где действует",
               "Открыть интерактивную карту зон ›", "Оформить разрешение на перевозку животных ›"],
    },
    "readchallenge": {  # library reading-challenge widgets: the sign-up widget, the tally, the age-group tabs, the badges
        "en": ["Join this summer's reading challenge at your library", "Books read so far across the county",
               "Under 5s · Ages 5 to 7 · Ages 8 to 11 · Teens", "Your badges: collect one every two books"],
        "tr": ["Kütüphanenizin yaz okuma yarışmasına katılın", "İl genelinde şimdiye kadar okunan kitap",
               "5 yaş altı · 5-7 yaş · 8-11 yaş · Gençler", "Rozetleriniz: her iki kitapta bir rozet"],
        "de": ["Beim Lesesommer Ihrer Bücherei mitmachen", "Bisher im ganzen Kreis gelesene Bücher",
               "Unter 5 · 5 bis 7 Jahre · 8 bis 11 Jahre · Jugendliche", "Ihre Abzeichen: eins für je zwei Bücher"],
        "fr": ["Participez au défi lecture de l'été dans votre médiathèque", "Livres lus jusqu'ici dans tout le département",
               "Moins de 5 ans · 5-7 ans · 8-11 ans · Ados", "Vos badges : un tous les deux livres"],
        "es": ["Apúntate al reto lector de verano de tu biblioteca", "Libros leídos hasta ahora en toda la provincia",
               "Menores de 5 · De 5 a 7 · De 8 a 11 · Adolescentes", "Tus insignias: una cada dos libros"],
        "ru": ["Присоединяйтесь к летнему читательскому марафону вашей библиотеки", "Книг прочитано по району на сегодня",
               "До 5 лет · 5–7 лет · 8–11 лет · Подростки", "Ваши значки: один за каждые две книги"],
    },
    "bikedocks": {  # bike-share dock widgets: live availability, the find-a-bike app link, the dock map, the price card
        "en": ["Live: bikes and free docks nearby", "Find a bike in the app ›", "Map of docking stations", "Hire prices at a glance"],
        "tr": ["Canlı: yakındaki bisikletler ve boş park yerleri", "Uygulamada bisiklet bulun ›", "İstasyon haritası", "Kiralama ücretleri bir bakışta"],
        "de": ["Live: Räder und freie Stellplätze in der Nähe", "Rad in der App finden ›", "Karte der Verleihstationen", "Leihpreise auf einen Blick"],
        "fr": ["En direct : vélos et bornes libres à proximité", "Trouver un vélo dans l'appli ›", "Carte des stations", "Les tarifs en un coup d'œil"],
        "es": ["En directo: bicis y anclajes libres cerca", "Encuentra una bici en la app ›", "Mapa de estaciones", "Tarifas de un vistazo"],
        "ru": ["Онлайн: велосипеды и свободные стойки рядом", "Найти велосипед в приложении ›", "Карта станций проката", "Цены проката коротко"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES): the postcode form is labelled by
# the checker's question, the zone box is headed "are you in a zone", then the map link and the licence link; the
# sign-up widget, the tally counter with its number, the age-group tabs, the badges list; the live availability
# table, the app link, the dock map's caption, the price card
NEW_STYLE_WORDING = {"diseasezone": [0, 1, 2, 3], "readchallenge": [0, 1, 2, 3], "bikedocks": [0, 1, 2, 3]}
# an "are you in a zone" box: zone, what applies there
ZONE_ROWS = {
    "en": [("Protection zone (3km)", "Birds housed; no movements without a licence"), ("Surveillance zone (10km)", "No gatherings of birds; records of visitors"), ("Rest of the county", "Keep birds away from wild fowl")],
    "tr": [("Koruma bölgesi (3 km)", "Hayvan giriş çıkışı izinle"), ("Gözetim bölgesi (10 km)", "Hayvan pazarları kapalı"), ("İlin geri kalanı", "Belirti görülürse hemen bildirin")],
    "de": [("Schutzzone (3 km)", "Stallpflicht, kein Verbringen ohne Genehmigung"), ("Überwachungszone (10 km)", "Keine Märkte und Schauen"), ("Übriger Landkreis", "Kontakt zu Wildvögeln vermeiden")],
    "fr": [("Zone de protection (3 km)", "Confinement, aucun mouvement sans laissez-passer"), ("Zone de surveillance (10 km)", "Foires et expositions interdites"), ("Reste du département", "Vigilance renforcée")],
    "es": [("Zona de protección (3 km)", "Aves encerradas, sin movimientos"), ("Zona de vigilancia (10 km)", "Ferias y concentraciones prohibidas"), ("Resto de la provincia", "Extremar la bioseguridad")],
    "ru": [("Очаг", "Изъятие свиней, дезинфекция дворов"), ("Угрожаемая зона (5 км)", "Запрет вывоза свиней и свинины"), ("Зона наблюдения (10 км)", "Запрет ярмарок и торговли с рук")],
}
# a postcode / address field's placeholder
ZONE_FIELD = {"en": "Postcode, e.g. HD7 4QT", "tr": "Mahalle ya da köy adı", "de": "PLZ oder Ort", "fr": "Code postal ou commune",
              "es": "Código postal o municipio", "ru": "Населённый пункт или адрес"}
# the tally's number and unit
TALLY = {"en": ("48,213", "books"), "tr": ("31.740", "kitap"), "de": ("52.906", "Bücher"), "fr": ("27 388", "livres"),
         "es": ("19.475", "libros"), "ru": ("23 617", "книг")}
# badges of a reading challenge: badge, books needed
BADGE_ROWS = {
    "en": [("Bookworm", "2 books"), ("Page Turner", "4 books"), ("Story Champion", "6 books")],
    "tr": [("Kitap Kurdu", "2 kitap"), ("Sayfa Avcısı", "4 kitap"), ("Okuma Şampiyonu", "6 kitap")],
    "de": [("Leseratte", "2 Bücher"), ("Seitenflitzer", "4 Bücher"), ("Lesechampion", "6 Bücher")],
    "fr": [("Rat de bibliothèque", "2 livres"), ("Tourneur de pages", "4 livres"), ("Champion de lecture", "6 livres")],
    "es": [("Ratón de biblioteca", "2 libros"), ("Pasapáginas", "4 libros"), ("Campeón lector", "6 libros")],
    "ru": [("Книжный червячок", "2 книги"), ("Листатель страниц", "4 книги"), ("Чемпион чтения", "6 книг")],
}
# live dock availability: station, bikes, e-bikes, free docks
DOCK_ROWS = {
    "en": [("Lowther Bridge station", "7 bikes", "2 electric", "21 docks free"), ("Canal Wharf", "12 bikes", "none electric", "6 docks free"), ("St Anne's Square", "3 bikes", "1 electric", "16 docks free")],
    "tr": [("İskele Meydanı", "9 bisiklet", "3 elektrikli", "11 boş yer"), ("Çarşı Girişi", "4 bisiklet", "elektrikli yok", "14 boş yer"), ("Sahil Parkı", "11 bisiklet", "2 elektrikli", "5 boş yer")],
    "de": [("Bahnhof Ostheim", "8 Räder", "3 E-Räder", "9 Plätze frei"), ("Marktplatz Kirchbrunn", "5 Räder", "1 E-Rad", "10 Plätze frei"), ("Kreisklinikum", "2 Räder", "2 E-Räder", "8 Plätze frei")],
    "fr": [("Gare de Bressac", "14 vélos", "6 électriques", "20 bornes libres"), ("Place des Tanneries", "3 vélos", "2 électriques", "15 bornes libres"), ("Pont-Neuf", "9 vélos", "4 électriques", "7 bornes libres")],
    "es": [("Plaza de Santa Eulalia", "6 bicis", "5 eléctricas", "8 anclajes libres"), ("Alto de la Peña", "2 bicis", "4 eléctricas", "12 anclajes libres"), ("Otxandio Centro", "10 bicis", "3 eléctricas", "3 anclajes libres")],
    "ru": [("Вокзал", "6 велосипедов", "2 электро", "12 стоек свободно"), ("Площадь Победы", "8 велосипедов", "электро нет", "4 стойки свободно"), ("Парк у Сылвы", "3 велосипеда", "1 электро", "13 стоек свободно")],
}
DOCK_HEAD = {"en": ("Station", "Bikes", "E-bikes", "Free docks"), "tr": ("İstasyon", "Bisiklet", "Elektrikli", "Boş yer"),
             "de": ("Station", "Räder", "E-Bikes", "Freie Plätze"), "fr": ("Station", "Vélos", "Électriques", "Bornes libres"),
             "es": ("Estación", "Bicis", "Eléctricas", "Anclajes libres"), "ru": ("Станция", "Велосипеды", "Электро", "Свободно")}
# a price card: ticket, price
PRICE_ROWS = {
    "en": [("Pay as you ride, first 30 minutes", "£1.50"), ("Monthly pass", "£15"), ("E-bike supplement, per minute", "10p")],
    "tr": [("İlk 30 dakika", "25 TL"), ("Aylık abonelik", "350 TL"), ("Elektrikli bisiklet, dakikası", "3 TL")],
    "de": [("Die erste halbe Stunde", "1 Euro"), ("Jede weitere halbe Stunde", "50 Cent"), ("Jahrespass mit Deutschlandticket", "24 Euro")],
    "fr": [("Les 30 premières minutes", "gratuites"), ("Abonnement annuel", "30 euros"), ("Ticket une journée", "5 euros")],
    "es": [("Abono anual", "25 euros"), ("Trayecto en bici normal, 30 minutos", "gratis"), ("Trayecto en bici eléctrica", "50 céntimos")],
    "ru": [("Первые 30 минут", "50 ₽"), ("Абонемент на сезон", "1 900 ₽"), ("Электровелосипед, минута", "6 ₽")],
}
WIDGET_ROWS = (("zone rows", ZONE_ROWS), ("zone field", ZONE_FIELD), ("tally", TALLY), ("badge rows", BADGE_ROWS),
               ("dock rows", DOCK_ROWS), ("dock heads", DOCK_HEAD), ("price rows", PRICE_ROWS))
HEADLINES = {
    "en": ["Market hall clock chimes again after twelve silent years", "Bypass roundabout to get traffic lights by spring",
           "Village panto sells out in under an hour", "Swifts return to nest boxes on the church tower",
           "Town's oldest pub changes hands for the first time since 1961", "Care home residents open their own sweet shop"],
    "tr": ["Çarşı saat kulesi on iki yıl sonra yeniden çalıyor", "Çevre yolu kavşağına bahara kadar trafik lambası geliyor",
           "Köy tiyatrosunun biletleri bir saatte tükendi", "Ebabiller cami minaresindeki yuvalara döndü",
           "Şehrin en eski kahvehanesi 1961'den beri ilk kez el değiştirdi", "Huzurevi sakinleri kendi şekercilerini açtı"],
    "de": ["Rathausuhr schlägt nach zwölf stillen Jahren wieder", "Kreisel an der Umgehung bekommt bis zum Frühjahr eine Ampel",
           "Dorftheater in weniger als einer Stunde ausverkauft", "Mauersegler kehren in die Nistkästen am Kirchturm zurück",
           "Älteste Kneipe der Stadt wechselt erstmals seit 1961 den Besitzer", "Seniorenheim eröffnet eigenen Süßwarenladen"],
    "fr": ["L'horloge des halles sonne à nouveau après douze ans de silence", "Le rond-point de la rocade aura des feux au printemps",
           "Le théâtre du village complet en moins d'une heure", "Les martinets retrouvent leurs nichoirs du clocher",
           "Le plus vieux bistrot de la ville change de mains pour la première fois depuis 1961", "Les résidents de l'Ehpad ouvrent leur propre confiserie"],
    "es": ["El reloj del mercado vuelve a sonar tras doce años parado", "La rotonda de la variante tendrá semáforos en primavera",
           "El teatro del pueblo agota las entradas en menos de una hora", "Los vencejos vuelven a las cajas nido del campanario",
           "El bar más antiguo del pueblo cambia de dueño por primera vez desde 1961", "Los mayores de la residencia abren su propia tienda de golosinas"],
    "ru": ["Часы на рынке снова бьют после двенадцати лет молчания", "На кольце объездной к весне поставят светофоры",
           "Билеты в сельский театр раскупили меньше чем за час", "Стрижи вернулись в скворечники на колокольне",
           "Старейшая пивная города впервые с 1961 года сменила хозяина", "Жители дома престарелых открыли свою кондитерскую лавку"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["en"]
TEASERS = {
    "en": ["A retired engineer spent two winters rebuilding the mechanism by hand.",
           "Highways officers say queues at peak times now reach the garden centre.",
           "All 240 seats for Aladdin went before the box office had finished its coffee.",
           "Volunteers counted 31 pairs this year, up from nine.",
           "The new landlady grew up in the flat above the bar.",
           "Profits from the fudge and bonbons will pay for a minibus outing."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Today across the district", "Round the villages", "In the dock and in the chamber", "Farms, firms and the market square", "From the terraces", "Days out from Wexcombe to Wold", "You wrote to us"],
               cookie="To keep the lights on we rely on cookies: some make the site work, some tell us which reports get read, and some let our advertising partners show you adverts matched to your interests. Say yes to all of them, keep only the ones we cannot do without, or choose one by one under 'Manage preferences'.",
               accept="Fine, all of them", reject="Only the ones you can't do without", share="Pass this on to the people it concerns",
               related="Also from round the district", newsletter="Five local stories before your first cup of tea",
               subscribe="Send me the Breakfast Briefing", email="firstname@your-mail.example",
               comment_note="You need a free reader account to join in. Be kind to each other.",
               closed="We have closed comments on this report because the case is still before the magistrates.",
               footer=["The people behind this paper", "Complaints and how we handle them", "What we do with your data", "Advertise with us in the district", "House rules for this site and its comments"],
               rights="Everything published here is protected by copyright; reuse needs a licence from the publisher.",
               commenters=[("hedgerow_harold", "Sad news, but well reported as always."),
                           ("Sheila in Brant Ellis", "Is there a number to ring if you're not sure which side of the line you are?")]),
    "tr": dict(nav=["Bugün ilçe genelinde", "Köy köy dolaşırken", "Mahkeme salonunda ve mecliste", "Tarlalar, dükkânlar ve pazar yeri", "Tribünlerden", "Bu hafta sonu nereye gidilir, nerede ne var", "Siz bize yazdınız"],
               cookie="Sitenin ayakta kalması çerezlere bağlı: bazıları sitenin çalışmasını sağlar, bazıları hangi haberlerin okunduğunu gösterir, bazıları da reklam ortaklarımızın ilgi alanlarınıza uygun reklam göstermesine izin verir. Hepsine evet deyin, yalnızca vazgeçilmez olanları tutun ya da 'Tercihleri yönet' altından tek tek seçin.",
               accept="Tamam, hepsi olsun", reject="Yalnızca vazgeçilmez olanlar", share="Bu haberi ilgilendirdiği kişilere iletin",
               related="İlçenin dört bir yanından", newsletter="İlk çayınızdan önce beş yerel haber",
               subscribe="Bana Kahvaltı Bülteni'ni gönderin", email="adiniz@e-postaniz.example",
               comment_note="Katılmak için ücretsiz bir okur hesabına ihtiyacınız var. Birbirinize nazik davranın.",
               closed="Dava hâlâ mahkemede olduğu için bu habere yorumları kapattık.",
               footer=["Bu gazetenin arkasındaki insanlar", "Şikâyetler ve onları nasıl ele alıyoruz", "Verilerinizle ne yapıyoruz", "İlçede bizimle reklam verin", "Bu web sitesini kullanma kuralları"],
               rights="Burada yayımlanan her şey telif hakkıyla korunur; yeniden kullanım için yayıncıdan lisans gerekir.",
               commenters=[("akcaovali_Mustafa", "Üzücü ama her zamanki gibi düzgün yazılmış."),
                           ("Hatice Abla", "Sınırın hangi tarafında olduğumuzu sormak için arayacak bir numara var mı?")]),
    "de": dict(nav=["Heute im ganzen Kreis", "Von Dorf zu Dorf", "Vor Gericht und im Ratssaal", "Höfe, Betriebe und Marktplatz", "Von der Tribüne", "Ausflugstipps zwischen Ostheim und Rabenau", "Sie haben uns geschrieben"],
               cookie="Damit hier das Licht anbleibt, brauchen wir Cookies: Manche lassen die Seite funktionieren, manche zeigen uns, welche Berichte gelesen werden, und manche erlauben unseren Werbepartnern, Ihnen Anzeigen nach Ihren Interessen zu zeigen. Sagen Sie zu allen Ja, behalten Sie nur die unverzichtbaren oder wählen Sie einzeln unter „Einstellungen verwalten“.",
               accept="Gut, alle zulassen", reject="Nur die unverzichtbaren", share="An die Menschen weitergeben, die es betrifft",
               related="Ebenfalls aus dem Kreisgebiet", newsletter="Fünf Lokalnachrichten vor der ersten Tasse Kaffee",
               subscribe="Frühstücksbriefing bestellen", email="vorname@ihre-post.example",
               comment_note="Zum Mitreden brauchen Sie ein kostenloses Leserkonto. Seien Sie freundlich zueinander.",
               closed="Wir haben die Kommentare zu diesem Bericht geschlossen, weil das Verfahren noch vor dem Amtsgericht liegt.",
               footer=["Die Menschen hinter dieser Zeitung", "Beschwerden und wie wir damit umgehen", "Was wir mit Ihren Daten machen", "Im Kreis bei uns werben", "Hausordnung für diese Seite und ihre Kommentare"],
               rights="Alles, was hier erscheint, ist urheberrechtlich geschützt; für eine Weiterverwendung braucht es eine Lizenz des Verlags.",
               commenters=[("Ostheimer_Gerd", "Traurige Nachricht, aber wie immer gut berichtet."),
                           ("Hannelore vom Lohgraben", "Gibt es eine Nummer, wo man fragen kann, auf welcher Seite der Linie man wohnt?")]),
    "fr": dict(nav=["Aujourd'hui dans tout le canton", "De la Lèze aux coteaux, village par village", "Au tribunal et au conseil", "Fermes, entreprises et place du marché", "Depuis les tribunes", "Les sorties de la semaine entre Bressac et la Lèze", "Vous nous avez écrit"],
               cookie="Pour garder la lumière allumée, nous comptons sur les cookies : certains font marcher le site, d'autres nous disent quels articles sont lus, d'autres encore permettent à nos partenaires publicitaires de vous montrer des annonces selon vos centres d'intérêt. Dites oui à tous, gardez seulement ceux dont on ne peut se passer, ou choisissez un par un dans « Gérer mes préférences ».",
               accept="D'accord, tous", reject="Seulement ceux dont on ne peut se passer", share="Transmettre aux personnes concernées",
               related="Aussi dans le canton", newsletter="Cinq infos locales avant votre premier café",
               subscribe="Recevoir le réveil local", email="prenom@votre-courriel.example",
               comment_note="Il faut un compte lecteur gratuit pour participer. Soyez bienveillants les uns avec les autres.",
               closed="Nous avons fermé les commentaires de cet article, l'affaire étant toujours devant le tribunal.",
               footer=["Les personnes derrière ce journal", "Les réclamations et notre façon de les traiter", "Vos données chez nous, en clair", "Annoncer chez nous dans le canton", "Règles d'usage de ce site"],
               rights="Tout ce qui est publié ici est protégé par le droit d'auteur ; une réutilisation exige une licence de l'éditeur.",
               commenters=[("bressacois_31", "Triste nouvelle, mais bien racontée comme d'habitude."),
                           ("Josette de la Garenne", "Il y a un numéro pour savoir de quel côté de la limite on habite ?")]),
    "es": dict(nav=["Hoy en toda la comarca", "De Otxandio a la campiña, pueblo a pueblo", "En el juzgado y en el pleno", "Granjas, empresas y plaza del mercado", "Desde la grada", "Para salir esta semana", "Nos habéis escrito"],
               cookie="Para mantener la luz encendida dependemos de las cookies: unas hacen que la web funcione, otras nos dicen qué noticias se leen y otras permiten a nuestros socios publicitarios enseñarte anuncios según tus intereses. Di que sí a todas, quédate solo con las imprescindibles o elígelas una a una en «Gestionar preferencias».",
               accept="Vale, todas", reject="Solo las imprescindibles de verdad", share="Hazlo llegar a quien le afecta",
               related="También desde la comarca", newsletter="Cinco noticias locales antes del primer café",
               subscribe="Quiero el desayuno informativo", email="tunombre@tu-correo.example",
               comment_note="Para participar necesitas una cuenta de lector gratuita. Tratémonos bien.",
               closed="Hemos cerrado los comentarios de esta noticia porque el caso sigue en el juzgado.",
               footer=["Las personas detrás de este periódico", "Las quejas y cómo las atendemos", "Tus datos en esta casa, explicado claro", "Anúnciate con nosotros en la comarca", "Normas de la casa para la web y los comentarios"],
               rights="Todo lo publicado aquí está protegido por derechos de autor; reutilizarlo exige una licencia del editor.",
               commenters=[("vecina_de_otxandio", "Mala noticia, pero bien contada como siempre."),
                           ("Paco el de la Peña", "¿Hay algún teléfono para saber de qué lado de la línea cae uno?")]),
    "ru": dict(nav=["Сегодня по всему району", "Из села в село", "В суде и на сессии", "Фермы, предприятия и рыночная площадь", "С трибуны", "Куда выбраться на неделе", "Вы нам написали"],
               cookie="Чтобы свет здесь не погас, нам нужны cookie: одни обеспечивают работу сайта, другие показывают, какие материалы читают, третьи позволяют рекламным партнёрам показывать объявления по вашим интересам. Согласитесь на все, оставьте только без которых никак или выберите по одному в разделе «Управление настройками».",
               accept="Да, на все", reject="Только без которых никак", share="Передайте тем, кого это касается",
               related="Ещё со всего района", newsletter="Пять местных новостей до первой чашки чая",
               subscribe="Присылайте утренний выпуск", email="vashe-imya@vasha-pochta.example",
               comment_note="Чтобы участвовать, нужна бесплатная учётная запись читателя. Будьте добры друг к другу.",
               closed="Мы закрыли комментарии к этому материалу: дело всё ещё рассматривает мировой суд.",
               footer=["Люди, которые делают эту газету", "Жалобы и как мы с ними работаем", "Ваши данные у нас — простыми словами", "Реклама у нас в районе", "Правила дома для сайта и комментариев"],
               rights="Всё, что здесь опубликовано, защищено авторским правом; для повторного использования нужна лицензия издателя.",
               commenters=[("сылвенский_Петрович", "Грустно, но написано, как всегда, толково."),
                           ("Тамара с Заречной", "Есть телефон, где скажут, по какую сторону границы ты живёшь?")]),
}
UI49 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "ALSO ON THE COURIER:"},  # the regional layout's inline links
    (mp2, "BIO"): {"en": "{name} has written about the town and its people for {site} since the last century, and edits the {section} pages. Write to features@example.org"},
    (mp4, "READMORE"): {"de": "DAZU IM KREISBOTEN:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"fr": dict(also="À lire aussi dans Le Courrier de Bressac")},
    (mp6, "TYPO3"): {"en": dict(ext="Video from the Wexcombe Messenger on Vimeo", note="A video made by the Messenger is embedded here. It only loads from Vimeo once you agree, and Vimeo then receives some of your data.",
                                button="Agree and play the Messenger's video", by="Interview by", search="Search the Messenger",
                                lang_menu="Y Negesydd yn Gymraeg")},
    (mp7, "SANITY"): {"en": dict(nl_title="Clarion Sport Extra", nl_text="Every result from the Ashby Vale leagues, Monday lunchtime, straight to your inbox.",
                                 nl_button="Sign me up for Sport Extra", nl_placeholder="Your email for Sport Extra")},
    (mp11, "HUGO"): {"en": dict(nl_title="The Argus on Sunday", nl_text="The week in Lowther Bridge in one email, every Sunday at nine.",
                                nl_label="Your email for the Argus on Sunday", nl_button="Send me the Sunday email")},
    (mp13, "PUB_NAV"): {"en": ["New in the Saltmarsh Dispatch", "Fenby parish business", "Life on the marsh edge", "Who writes the Saltmarsh Dispatch"]},
    (mp13, "TEASERS"): {"en": TEASERS["en"]},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Лесная Поляна: новости, объявления и общие дела посёлка",
                                menu=["Главная Лесной Поляны", "Новости Лесной Поляны", "Общие дела", "Объявления жителей", "Фотографии посёлка", "Написать на сайт"],
                                cats=["Новости Лесной Поляны", "Сделали сами", "Объявления жителей"],
                                friends=["Администрация сельсовета", "Библиотека Лесной Поляны", "Клуб «Родничок»"],
                                footer="Посёлок Лесная Поляна © 2026 · сайт ведут сами жители",
                                poster="Admin_Polyana", tags=["колодец", "общие дела"],
                                commenters=[("Люда_Садовая", "Спасибо мужикам! Вода вкусная, внуки с вёдрами бегают."),
                                            ("Михалыч", "На скамейки доски дам, звоните.")],
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
# the new layout: a Hexo 7 static site with the NexT theme (Gemini scheme), as a reporters' collective runs its
# local paper on it: the generator meta tag, the theme's CSS and its next-config JSON blocks, the header with the
# brand, menu and local-search popup, the sidebar (table of contents, site overview, blogroll), the post wrapper
# div.post-block > article.post-content with header.post-header (h1.post-title, div.post-meta) and
# div.post-body (what hexo-renderer-marked writes from the Markdown source: paragraphs, headings with their
# headerlink anchors, lists, the lead picture as a figure with its figcaption, the excerpt marker span#more, and
# the raw HTML editors type into the Markdown), the reward box, the post-copyright box, tags, related posts and
# the prev / next post nav in footer.post-footer, the comments container (Disqus or utterances), the footer with
# "Powered by Hexo & NexT", the Osano cookie-consent banner and the theme's scripts)
# --------------------------------------------------------------------------
# NexT's own interface strings (its languages/*.yml) as the theme ships them, per language (not checked: they recur
# on any NexT site)
HEXO_CORE = {
    "en": dict(html_lang="en", og_locale="en_GB", posted="Posted on", edited="Edited on", cat_in="In",
               symbols="Symbols count in article", reading="Reading time", mins="{m} mins.", toc="Table of Contents",
               overview="Overview", posts="posts", categories="categories", tags="tags", home="Home",
               archives="Archives", search="Search", searching="Searching...", author="Post author:",
               link="Post link:", license_title="Copyright Notice:",
               license="All articles on this blog are licensed under {l} unless otherwise stated.",
               powered="Powered by", toggle="Toggle navigation bar", back="Back to top", donate="Donate",
               related="Related Posts", noscript="Theme NexT works best with JavaScript enabled",
               disqus="Please enable JavaScript to view the comments powered by Disqus.", learn="Learn more",
               blogroll="Links"),
    "ru": dict(html_lang="ru", og_locale="ru_RU", posted="Опубликовано", edited="Изменено", cat_in="В категории",
               symbols="Символов в статье", reading="Время чтения", mins="{m} мин.", toc="Оглавление",
               overview="Обзор", posts="записи", categories="категории", tags="метки", home="Главная",
               archives="Архив", search="Поиск", searching="Поиск...", author="Автор записи:",
               link="Ссылка на запись:", license_title="Информация об авторских правах:",
               license="Все статьи в блоге опубликованы под лицензией {l}, если не указано иное.",
               powered="Работает на", toggle="Переключить навигацию", back="Наверх", donate="Поддержать",
               related="Похожие записи", noscript="Тема NexT лучше всего работает с включённым JavaScript",
               disqus="Включите JavaScript, чтобы увидеть комментарии Disqus.", learn="Подробнее",
               blogroll="Ссылки"),
}
# the sites' own strings: host, the site's title, subtitle, owner and description, its extra menu pages, the reward
# box, the blogroll, the footer note and the comment system
HEXO = {
    "The Harrowdale Ledger": dict(
        domain="harrowdaleledger.example", comments="disqus", disqus="harrowdale-ledger",
        subtitle="News from the Harrowdale parishes, written by the people who live here",
        owner="The Harrowdale Ledger collective",
        description="A reader-funded local paper for the Harrowdale valley, run by a collective of five reporters.",
        pages=["Who writes the Ledger", "Fund the Ledger"], page_slugs=["about", "support"],
        reward="The Ledger has no owner and no advertisers. If this report was useful, put a few pounds in the tin.",
        blogroll=[("Harrowdale Parish Councils", "https://parishes.harrowdale.example/"),
                  ("Stowick Auction Mart", "https://stowickmart.example/"),
                  ("Valley Footpaths Group", "https://valleypaths.example/")],
        footer_note="The Harrowdale Ledger is a workers' cooperative registered in Nether Stowick.",
        avatar_alt="Harrowdale Ledger logo"),
    "Ключевской перекат": dict(
        domain="klyuchevskoy-perekat.example", comments="utterances", repo="perekat-gazeta/comments",
        subtitle="Газета правого берега: сёла, дороги, люди",
        owner="Редакция «Ключевского переката»",
        description="Независимая районная газета, которую делают четверо журналистов и читатели.",
        pages=["Кто делает «Ключевской перекат»", "Помочь «Перекату» рублём"], page_slugs=["about", "support"],
        reward="У «Ключевского переката» нет хозяина и нет рекламы. Если материал пригодился, поддержите нас рублём.",
        blogroll=[("Районная ветстанция", "https://vetstanciya.example/"),
                  ("Библиотека села Ключи", "https://klyuchi-biblio.example/"),
                  ("Краеведы правобережья", "https://kraeved-pravoberezhye.example/")],
        footer_note="«Ключевской перекат» — газета-кооператив, зарегистрирована в селе Ключи.",
        avatar_alt="Логотип «Ключевского переката»"),
}
HEXO_EXEMPT = {"domain", "comments", "disqus", "repo", "page_slugs"}


def hexo_anchor(text):
    """A heading's id as hexo-renderer-marked writes it (case kept, punctuation dropped, spaces as hyphens)."""
    return re.sub(r"[\s~`!@#$%^&*()\-_+=\[\]{}|\\;:\"'<>,.?/«»„“”—–]+", "-", text).strip("-")


def hexo_block(kind, val):
    """One block of the Markdown source as hexo-renderer-marked renders it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        h = A(hexo_anchor(val))
        return '<h2 id="%s"><a href="#%s" class="headerlink" title="%s"></a>%s</h2>' % (h, h, A(val), E(val))
    if kind == "q":
        return "<blockquote>\n<p>%s</p>\n</blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_hexo(art, ui, site, placed, rng):
    # a post page of a Hexo / NexT site (see the comment above)
    lang, n, blocks = art["lang"], len(art["blocks"]), art["blocks"]
    c, s = HEXO_CORE[lang], HEXO[site]
    host = "https://" + s["domain"]
    y, m, d = art["date"].split("-")
    if lang == "en":
        path = "/%s/%s/%s/%s/" % (y, m, d, mp13.medium_slug(art["title"], 60).lower())
    else:  # hexo-abbrlink
        path = "/posts/%08x/" % rng.getrandbits(32)
    url = host + path
    hh, mi = rng.randint(7, 21), rng.randint(0, 59)
    created = "%s %02d:%02d:%02d" % (art["date"], hh, mi, rng.randint(0, 59))
    iso = "%sT%02d:%02d:00%s" % (art["date"], hh, mi, "+00:00" if lang == "en" else "+05:00")
    words = mp.truth_text(art["truth_blocks"])
    symbols = len(words)
    mins = max(1, round(symbols / 1000))
    heads = rng.sample(HEADLINES[lang], 5)
    hurls = {t: ("/%s/%s/%02d/%s/" % (y, m, rng.randint(1, 28), mp13.medium_slug(t, 50).lower()) if lang == "en"
                 else "/posts/%08x/" % rng.getrandbits(32)) for t in heads}
    cat = art["section"]
    cat_url = "/categories/%s/" % (cat if lang != "en" else cat)
    tags = art.get("tags") or [cat]

    # the post body: the lead picture, the excerpt marker after the first paragraph, the blocks and what editors
    # typed between them as raw HTML
    lead_alt = "%s %s" % (art["caption"], art["credit"])
    img = "%s%s.jpg" % (path, "lead" if lang == "en" else "oblozhka")
    parts = ['<figure><img src="%s" alt="%s"><figcaption aria-hidden="true">%s</figcaption></figure>' % (img, A(lead_alt), E(lead_alt))]
    for i in range(n + 1):
        parts.extend(placed.get(i, []))
        if i < n:
            parts.append(hexo_block(*blocks[i]))
            if i == 0:
                parts.append('<span id="more"></span>')
    body = "\n".join(parts)

    toc, k = [], 0
    for kind, val in blocks:
        if kind == "h":
            k += 1
            toc.append('<li class="nav-item nav-level-2"><a class="nav-link" href="#%s"><span class="nav-number">%d.</span> <span class="nav-text">%s</span></a></li>'
                       % (A(hexo_anchor(val)), k, E(val)))
    toc_html = ('<div class="post-toc animated"><ol class="nav">%s</ol></div>' % "".join(toc)) if toc else '<div class="post-toc animated"></div>'
    menu = [("home", "/", "fa fa-home", c["home"]), ("archives", "/archives/", "fa fa-archive", c["archives"])]
    menu += [(key, "/%s/" % key, "fa fa-user" if key == "about" else "fa fa-heart", title) for key, title in zip(s["page_slugs"], s["pages"])]
    menu_html = "".join('<li class="menu-item menu-item-%s"><a href="%s" rel="section"><i class="%s fa-fw"></i>%s</a></li>'
                        % (key, href, icon, E(title)) for key, href, icon, title in menu)
    blogroll = "".join('<li class="links-of-blogroll-item"><a href="%s" title="%s" rel="noopener" target="_blank">%s</a></li>'
                       % (A(u), A(u), E(t)) for t, u in s["blogroll"])
    related = "".join('<li class="popular-posts-item"><div class="popular-posts-title"><a href="%s" rel="bookmark">%s</a></div></li>'
                      % (hurls[t], E(t)) for t in heads[:3])
    prev_t, next_t = heads[3], heads[4]
    tag_html = "".join('<a href="/tags/%s/" rel="tag"># %s</a>' % (A(t.replace(" ", "-")), E(t)) for t in tags)
    if s["comments"] == "disqus":
        comments = ('<div class="comments" id="disqus_thread">\n<noscript>%s</noscript>\n</div>' % E(c["disqus"]))
        comment_script = ('<script class="next-config" data-name="disqus" type="application/json">{"enable":true,"shortname":"%s","count":true,"i18n":{"disqus":"disqus"}}</script>\n<script src="/js/third-party/comments/disqus.js"></script>' % s["disqus"])
    else:
        comments = '<div class="comments utterances-container"></div>'
        comment_script = ('<script class="next-config" data-name="utterances" type="application/json">{"enable":true,"repo":"%s","issue_term":"pathname","theme":"github-light"}</script>\n<script src="/js/third-party/comments/utterances.js"></script>' % s["repo"])
    license_html = c["license"].replace("{l}", '<a href="https://creativecommons.org/licenses/by-nc-sa/4.0/deed.%s" rel="noopener" target="_blank"><i class="fab fa-fw fa-creative-commons"></i>BY-NC-SA</a>' % lang)
    config = json.dumps({"hostname": s["domain"], "root": "/", "images": "/images", "scheme": "Gemini", "darkmode": False,
                         "version": "8.21.1", "exturl": False, "sidebar": {"position": "left", "display": "post", "padding": 18, "offset": 12},
                         "copycode": {"enable": False, "style": None}, "fold": {"enable": False, "height": 500},
                         "bookmark": {"enable": False, "color": "#222", "save": "auto"}, "mediumzoom": False, "lazyload": True,
                         "pangu": False, "comments": {"style": "tabs", "active": None, "storage": True, "lazyload": False, "nav": None},
                         "stickytabs": False, "motion": {"enable": True, "async": False, "transition": {"menu_item": "fadeInDown", "post_block": "fadeIn", "post_header": "fadeInDown", "post_body": "fadeInDown", "coll_header": "fadeInLeft", "sidebar": "fadeInUp"}},
                         "i18n": {"placeholder": c["searching"], "empty": "${query}", "hits_time": "${hits} / ${time} ms", "hits": "${hits}"},
                         "path": "/search.xml", "localsearch": {"enable": True, "trigger": "auto", "top_n_per_article": 1, "unescape": False, "preload": False}},
                        ensure_ascii=False, separators=(",", ":"))
    page_cfg = json.dumps({"sidebar": "", "isHome": False, "isPost": True, "lang": c["html_lang"], "comments": True,
                           "permalink": url, "path": path.lstrip("/"), "title": art["title"]}, ensure_ascii=False, separators=(",", ":"))
    og_tags = "\n".join('<meta property="article:tag" content="%s">' % A(t) for t in tags)
    counts = (rng.randint(180, 900), rng.randint(6, 14), rng.randint(60, 400))
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}">
<head>
  <meta charset="UTF-8">
<meta name="viewport" content="width=device-width">
<meta name="theme-color" content="#222"><meta name="generator" content="Hexo 7.3.0">

  <link rel="apple-touch-icon" sizes="180x180" href="/images/apple-touch-icon-next.png">
  <link rel="icon" type="image/png" sizes="32x32" href="/images/favicon-32x32-next.png">
  <link rel="icon" type="image/png" sizes="16x16" href="/images/favicon-16x16-next.png">
  <link rel="mask-icon" href="/images/logo.svg" color="#222">

<link rel="stylesheet" href="/css/main.css">

<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css" integrity="sha256-5eIC48iZUHmSlSUz9XtjRyK2mzQkHScZY1WdMaoz74E=" crossorigin="anonymous">
  <link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/animate.css/3.1.1/animate.min.css" integrity="sha256-PR7ttpcvz8qrF57fur/yAx1qXMFJeJFiA6pSzWi0OIE=" crossorigin="anonymous">
  <link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/cookieconsent/3.1.1/cookieconsent.min.css" crossorigin="anonymous">

<script class="next-config" data-name="main" type="application/json">{config}</script><script src="/js/config.js"></script>

    <meta name="description" content="{A(art["sub"])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{A(art["title"])}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{A(site)}">
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:locale" content="{c["og_locale"]}">
<meta property="og:image" content="{host}{img}">
<meta property="article:published_time" content="{iso}">
<meta property="article:modified_time" content="{iso}">
<meta property="article:author" content="{A(art["byline"])}">
{og_tags}
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image" content="{host}{img}">


<link rel="canonical" href="{url}">


<script class="next-config" data-name="page" type="application/json">{page_cfg}</script>

<script class="next-config" data-name="calendar" type="application/json">""</script>
<title>{E(art["title"])} | {E(site)}</title>
  <noscript>
    <link rel="stylesheet" href="/css/noscript.css">
  </noscript>
<link rel="alternate" href="/atom.xml" title="{A(site)}" type="application/atom+xml">
</head>

<body itemscope itemtype="http://schema.org/WebPage" class="use-motion">
  <div class="headband"></div>

  <main class="main">
    <div class="column">
      <header class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="site-brand-container">
  <div class="site-nav-toggle">
    <div class="toggle" aria-label="{A(c["toggle"])}" role="button">
        <span class="toggle-line"></span>
        <span class="toggle-line"></span>
        <span class="toggle-line"></span>
    </div>
  </div>

  <div class="site-meta">

    <a href="/" class="brand" rel="start">
      <i class="logo-line"></i>
      <p class="site-title">{E(site)}</p>
      <i class="logo-line"></i>
    </a>
      <p class="site-subtitle" itemprop="description">{E(s["subtitle"])}</p>
  </div>

  <div class="site-nav-right">
    <div class="toggle popup-trigger" aria-label="{A(c["search"])}" role="button">
        <i class="fa fa-search fa-fw fa-lg"></i>
    </div>
  </div>
</div>



<nav class="site-nav">
  <ul class="main-menu menu">{menu_html}
      <li class="menu-item menu-item-search">
        <a role="button" class="popup-trigger"><i class="fa fa-search fa-fw"></i>{E(c["search"])}
        </a>
      </li>
  </ul>
</nav>



  <div class="search-pop-overlay">
    <div class="popup search-popup"><div class="search-header">
  <span class="search-icon">
    <i class="fa fa-search"></i>
  </span>
  <div class="search-input-container">
    <input autocomplete="off" autocapitalize="off" maxlength="80"
           placeholder="{A(c["searching"])}" spellcheck="false"
           type="search" class="search-input">
  </div>
  <span class="popup-btn-close" role="button">
    <i class="fa fa-times-circle"></i>
  </span>
</div>
<div class="search-result-container no-result">
  <div class="search-result-icon">
    <i class="fa fa-spinner fa-pulse fa-5x"></i>
  </div>
</div>

    </div>
  </div>

</header>
        
  
  <aside class="sidebar">

    <div class="sidebar-inner sidebar-nav-active sidebar-toc-active">
      <ul class="sidebar-nav">
        <li class="sidebar-nav-toc">
          {E(c["toc"])}
        </li>
        <li class="sidebar-nav-overview">
          {E(c["overview"])}
        </li>
      </ul>

      <div class="sidebar-panel-container">
        <!--noindex-->
        <div class="post-toc-wrap sidebar-panel">
            {toc_html}
        </div>
        <!--/noindex-->

        <div class="site-overview-wrap sidebar-panel">
          <div class="site-author animated" itemprop="author" itemscope itemtype="http://schema.org/Person">
    <img class="site-author-image" itemprop="image" alt="{A(s["avatar_alt"])}"
      src="/images/avatar.png">
  <p class="site-author-name" itemprop="name">{E(s["owner"])}</p>
  <div class="site-description" itemprop="description">{E(s["description"])}</div>
</div>
<div class="site-state-wrap animated">
  <nav class="site-state">
      <div class="site-state-item site-state-posts">
        <a href="/archives/">
          <span class="site-state-item-count">{counts[0]}</span>
          <span class="site-state-item-name">{E(c["posts"])}</span>
        </a>
      </div>
      <div class="site-state-item site-state-categories">
          <a href="/categories/">
        <span class="site-state-item-count">{counts[1]}</span>
        <span class="site-state-item-name">{E(c["categories"])}</span></a>
      </div>
      <div class="site-state-item site-state-tags">
          <a href="/tags/">
        <span class="site-state-item-count">{counts[2]}</span>
        <span class="site-state-item-name">{E(c["tags"])}</span></a>
      </div>
  </nav>
</div>
  <div class="links-of-blogroll animated">
    <div class="links-of-blogroll-title"><i class="fa fa-link fa-fw"></i>
      {E(c["blogroll"])}
    </div>
    <ul class="links-of-blogroll-list">
        {blogroll}
    </ul>
  </div>
        </div>
      </div>
    </div>

    
  </aside>


    </div>

    <div class="main-inner post posts-expand">


  


<div class="post-block">
  
  

  <article itemscope itemtype="http://schema.org/Article" class="post-content" lang="{c["html_lang"]}">
    <link itemprop="mainEntityOfPage" href="{url}">

    <span hidden itemprop="author" itemscope itemtype="http://schema.org/Person">
      <meta itemprop="image" content="/images/avatar.png">
      <meta itemprop="name" content="{A(art["byline"])}">
    </span>

    <span hidden itemprop="publisher" itemscope itemtype="http://schema.org/Organization">
      <meta itemprop="name" content="{A(site)}">
      <meta itemprop="description" content="{A(s["description"])}">
    </span>

    <span hidden itemprop="post" itemscope itemtype="http://schema.org/CreativeWork">
      <meta itemprop="name" content="{A(art["title"])} | {A(site)}">
      <meta itemprop="description" content="{A(art["sub"])}">
    </span>
      <header class="post-header">
        <h1 class="post-title" itemprop="name headline">
          {E(art["title"])}
        </h1>

        <div class="post-meta-container">
          <div class="post-meta">
    <span class="post-meta-item">
      <span class="post-meta-item-icon">
        <i class="far fa-calendar"></i>
      </span>
      <span class="post-meta-item-text">{E(c["posted"])}</span>

      <time title="{A(created)}" itemprop="dateCreated datePublished" datetime="{iso}">{art["date"]}</time>
    </span>
    <span class="post-meta-item">
      <span class="post-meta-item-icon">
        <i class="far fa-folder"></i>
      </span>
      <span class="post-meta-item-text">{E(c["cat_in"])}</span>
        <span itemprop="about" itemscope itemtype="http://schema.org/Thing">
          <a href="{A(cat_url)}" itemprop="url" rel="index"><span itemprop="name">{E(cat)}</span></a>
        </span>
    </span>
    <span class="post-meta-item">
      <span class="post-meta-item-icon">
        <i class="far fa-user"></i>
      </span>
      <span class="post-meta-item-text">{E(art["byline"])}</span>
    </span>
    <span class="post-meta-break"></span>
    <span class="post-meta-item" title="{A(c["symbols"])}">
      <span class="post-meta-item-icon">
        <i class="far fa-file-word"></i>
      </span>
      <span class="post-meta-item-text">{E(c["symbols"])}: </span>
      <span>{symbols / 1000:.1f}k</span>
    </span>
    <span class="post-meta-item" title="{A(c["reading"])}">
      <span class="post-meta-item-icon">
        <i class="far fa-clock"></i>
      </span>
      <span class="post-meta-item-text">{E(c["reading"])} &asymp;</span>
      <span>{E(c["mins"].replace("{m}", str(mins)))}</span>
    </span>
</div>

        </div>
      </header>

    
    
    
    <div class="post-body" itemprop="articleBody">{body}
</div>

    
    
    
      <div class="reward-container">
  <div>{E(s["reward"])}</div>
  <button>
    {E(c["donate"])}
  </button>
  <div class="post-reward">
      <div>
        <img src="/images/donate-qr.png" alt="{A(s["owner"])} {A(c["donate"])}">
        <span>{E(c["donate"])}</span>
      </div>
  </div>
</div>

    <footer class="post-footer">
          

<div class="post-copyright">
<ul>
  <li class="post-copyright-author">
      <strong>{E(c["author"])} </strong>{E(art["byline"])}
  </li>
  <li class="post-copyright-link">
      <strong>{E(c["link"])}</strong>
      <a href="{url}" title="{A(art["title"])}">{url}</a>
  </li>
  <li class="post-copyright-license">
      <strong>{E(c["license_title"])} </strong>{license_html}
  </li>
</ul>
</div>

          <div class="post-tags">
              {tag_html}
          </div>

    <div class="popular-posts-header">{E(c["related"])}</div>
    <ul class="popular-posts">
    {related}
    </ul>

          <div class="post-nav">
            <div class="post-nav-item">
                <a href="{hurls[prev_t]}" rel="prev" title="{A(prev_t)}">
                  <i class="fa fa-angle-left"></i> {E(prev_t)}
                </a>
            </div>
            <div class="post-nav-item">
                <a href="{hurls[next_t]}" rel="next" title="{A(next_t)}">
                  {E(next_t)} <i class="fa fa-angle-right"></i>
                </a>
            </div>
          </div>
    </footer>
  </article>
</div>






    
  <div class="comments-wrap">
{comments}
  </div>
</div>
  </main>

  <footer class="footer">
    <div class="footer-inner">

  <div class="copyright">
    &copy; 
    <span itemprop="copyrightYear">{y}</span>
    <span class="with-love">
      <i class="fa fa-heart"></i>
    </span>
    <span class="author" itemprop="copyrightHolder">{E(s["owner"])}</span>
  </div>
  <div class="footer-note">{E(s["footer_note"])}</div>
  <div class="powered-by">{E(c["powered"])} <a href="https://hexo.io/" rel="noopener" target="_blank">Hexo</a> &amp; <a href="https://theme-next.js.org/pisces/" rel="noopener" target="_blank">NexT.Gemini</a>
  </div>

    </div>
  </footer>

  
  <div class="toggle sidebar-toggle" role="button">
    <span class="toggle-line"></span>
    <span class="toggle-line"></span>
    <span class="toggle-line"></span>
  </div>
  <div class="sidebar-dimmer"></div>
  <div class="back-to-top" role="button" aria-label="{A(c["back"])}">
    <i class="fa fa-arrow-up fa-lg"></i>
    <span>0%</span>
  </div>
  <div class="reading-progress-bar"></div>

<noscript>
  <div class="noscript-warning">{E(c["noscript"])}</div>
</noscript>

<div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" class="cc-window cc-banner cc-type-opt-in cc-theme-classic cc-bottom cc-color-override-{rng.randint(10**8, 10**9)}"><span id="cookieconsent:desc" class="cc-message">{E(ui["cookie"])} <a aria-label="learn more about cookies" role="button" tabindex="0" class="cc-link" href="/privacy/" rel="noopener noreferrer nofollow" target="_blank">{E(c["learn"])}</a></span><div class="cc-compliance cc-highlight"><a aria-label="deny cookies" role="button" tabindex="0" class="cc-btn cc-deny">{E(ui["reject"])}</a><a aria-label="allow cookies" role="button" tabindex="0" class="cc-btn cc-allow">{E(ui["accept"])}</a></div></div>

  <script src="https://cdnjs.cloudflare.com/ajax/libs/animejs/3.2.1/anime.min.js" integrity="sha256-XL2inqUJaslATFnHdJOi9GfQ60on8Wx1C2H8DYiN1xY=" crossorigin="anonymous"></script>
  <script src="https://cdnjs.cloudflare.com/ajax/libs/lozad.js/1.16.0/lozad.min.js" integrity="sha256-mOFREFhqmHeQbXpK2lp4nA3qooVgACfh88fpJftLBbc=" crossorigin="anonymous"></script>
  <script src="https://cdnjs.cloudflare.com/ajax/libs/cookieconsent/3.1.1/cookieconsent.min.js" crossorigin="anonymous"></script>
<script src="/js/comments.js"></script><script src="/js/utils.js"></script><script src="/js/motion.js"></script><script src="/js/sidebar.js"></script><script src="/js/next-boot.js"></script>

  <script src="https://cdnjs.cloudflare.com/ajax/libs/hexo-generator-searchdb/1.4.1/search.js" integrity="sha256-1kfA5uHPf65M5cphT2dvymhkuyHPQp5A53EGZOnOLmc=" crossorigin="anonymous"></script>
<script src="/js/third-party/search/local-search.js"></script>

{comment_script}
<script>window.addEventListener("load",function(){{window.cookieconsent.initialise({{"type":"opt-in","theme":"classic","position":"bottom","content":{{"href":"/privacy/"}}}})}});</script>
</body>
</html>
'''


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"hexo": ["caption"]}  # the lead picture as a figure with its figcaption in the post body
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "diseasezone", "readchallenge", "bikedocks"]
NEW_FAMILIES = ["diseasezone", "readchallenge", "bikedocks"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"diseasezone": ["disease control zone", "disease-control", "restriction zone", "zone checker",
                                    "zone map", "movement licence", "are you in a zone", "animal-disease"],
                    "readchallenge": ["reading challenge", "reading-challenge", "books read so far", "reading badge",
                                      "age-group tab", "sign-up widget"],
                    "bikedocks": ["bike-share", "bike share", "dock availability", "docking station", "find a bike",
                                  "free docks", "bike dock"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village association's or neighbours' website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio", "print"}
# a council's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll"}
# a reporters' collective's paper on a static site (no ad server, no app, no paywall)
NOT_ON_COLLECTIVE = {"ad", "app", "push", "typo", "bookmark", "audio", "print", "poll", "continue"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY,
               "collective": NOT_ON_COLLECTIVE}
# of a family, only these wordings on a kind of site: a collective asks for money, it has no paywall
KIND_WORDING = {("collective", "newsletter"): 2}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), forms, definition lists and tables
STYLES = {
    "cookie": ['<div class="chart-consent-veil"><p class="chart-consent-veil__msg">%s</p><button class="chart-consent-veil__ok" type="button">OK</button></div>',
               '<p class="chart-blocked-line">%s</p>', '<p><i>%s</i></p>'],
    "newsletter": ['<div class="breakfast-briefing-box"><p class="breakfast-briefing-box__pitch">%s</p><a class="breakfast-briefing-box__cta" href="/briefing">&#8250;</a></div>',
                   '<p class="four-of-five-meter">%s</p>', '<h4 class="breakfast-briefing-hd">%s</h4>', '<p><b><a href="/chip-in">%s</a></b></p>'],
    "share": ['<ul class="forward-report-nets">{items}</ul>', '<div class="road-group-forward">%s</div>', '<p><a href="#send-on">%s</a></p>'],
    "photo": ['<p class="family-album-credit">%s</p>', '<span class="family-album-tag">%s</span>', '<p><small><em>%s</em></small></p>'],
    "copyright": ['<p class="copy-needs-licence-note">%s</p>', '<div class="copy-needs-licence-box"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="kept-in-file-line">%s</p>', '<h5 class="kept-in-file-hd">%s</h5>', '<p><strong>%s</strong></p>'],
    "symbol": ['<p class="asterism-gap">%s</p>', '<div class="asterism-gap-row">%s</div>', '<p style="text-align: center">%s</p>'],
    "credit": ['<p class="rural-team-credit">%s</p>', '<div class="photo-staff-credit">%s</div>', '<p><small><i>%s</i></small></p>'],
    "title": ['<p class="title-again-para"><strong>%s</strong></p>', '<h2 class="title-again-h2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="advert-supports-label">%s</div>', '<p class="advert-supports-note">%s</p>', '<p><small>%s</small></p>'],
    "continue": ['<p class="report-carries-on-link"><a href="#rest">%s</a></p>', '<div class="report-carries-on">%s</div>', '<p><a href="#rest">%s</a></p>'],
    "comments": ['<p class="replies-tally-link"><a href="#discussion">%s</a></p>', '<div class="replies-tally-badge">%s</div>', '<p><a href="#discussion">%s</a></p>'],
    "readtime": ['<p class="cuppa-read-time">%s</p>', '<span class="cuppa-read-tag">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="revised-at-stamp"><time>%s</time></p>', '<div class="revised-at-history">%s</div>', '<p><em>%s</em></p>'],
    "audio": ['<div class="read-aloud-voice-player"><button class="read-aloud-voice-player__play" aria-label="Play"></button><span class="read-aloud-voice-player__label">%s</span></div>',
              '<p class="read-aloud-voice-link"><a href="#listen">%s</a></p>', '<p><a href="#listen">%s</a></p>'],
    "correction": ['<aside class="day-fixed-box"><p>%s</p></aside>', '<p class="day-fixed-line"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "app": ['<div class="on-the-go-app-plug"><p class="on-the-go-app-plug__text">%s</p><a class="on-the-go-app-plug__stores" href="/app">&#8595;</a></div>',
            '<p class="on-the-go-app-line">%s</p>', '<p><strong>%s</strong></p>'],
    "bio": ['<div class="beat-reporter-card"><p class="beat-reporter-card__about">%s</p></div>', '<p class="beat-reporter-line"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "tip": ['<div class="newsdesk-line-box"><p class="newsdesk-line-box__ask">%s</p></div>', '<p class="newsdesk-line-text">%s</p>', '<p><i>%s</i></p>'],
    "typo": ['<div class="slip-of-keys-note"><p>%s</p></div>', '<p class="slip-of-keys-line">%s</p>', '<p><small><i>%s</i></small></p>'],
    "push": ['<div class="ping-me-ask"><p class="ping-me-ask__q">%s</p></div>', '<p class="ping-me-line">%s</p>', '<p><b>%s</b></p>'],
    "print": ['<ul class="printout-tools">{items}</ul>', '<p class="printout-version-link"><a href="?format=print">%s</a></p>',
              '<p><a href="?format=print">%s</a></p>'],
    "feedback": ['<div class="needed-this-check"><p class="needed-this-check__q">%s</p></div>', '<p class="needed-this-line">%s</p>',
                 '<p><small><em>%s</em></small></p>'],
    "standards": ['<div class="complaints-within-week-note"><p>%s</p></div>', '<p class="complaints-within-week-line"><small>%s</small></p>', '<p><em>%s</em></p>'],
    "topics": ['<div class="topic-email-row"><span class="topic-email-row__txt">%s</span></div>', '<p class="topic-email-line">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="bookmarks-plus-btn"><a class="bookmarks-plus-btn__link" href="#saved">%s</a></div>',
                 '<p class="bookmarks-plus-link"><a href="#saved">%s</a></p>', '<p><a href="#saved">%s</a></p>'],
    "poll": ['<div class="council-step-in-poll"><p class="council-step-in-poll__q">%s</p><button class="council-step-in-poll__vote" type="button">&#10003;</button></div>',
             '<h5 class="council-step-in-hd">%s</h5>', '<p><small>%s</small></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/H{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/H{k}/" target="_blank">%s</a></blockquote>',
              '<div class="clip-poster-lite"><a class="clip-poster-lite__btn" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}">%s</a></p>'],
    "gallery": ['<div class="gallery-frames-open"><a class="gallery-frames-open__open" href="#pictures">%s</a></div>',
                '<p class="gallery-frames-count">%s</p>', '<p><b>%s</b></p>'],
    "map": ['<div class="slippy-map-holder"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="slippy-map-holder__links">%s</p></div>',
            '<figure class="map-still-shot"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    "calendar": ['<ul class="fiesta-into-diary">{items}</ul>', '<p class="weekend-dates-file"><a href="/events/{k}.ics">%s</a></p>',
                 '<div class="fiesta-into-diary-strip"><span class="fiesta-into-diary-strip__label">%s</span></div>'],
    "scores": ['<div class="scores-live-door"><a class="scores-live-door__link" href="/sport/live">%s</a></div>',
               '<ul class="scores-live-tabs">{items}</ul>', '<p><a href="/sport/live"><strong>%s</strong></a></p>'],
    # the three families new in this part ({zonefield}: the checker's field; {zonerows}: what applies in each zone;
    # {tally}: the number of books; {badges}: the badges; {dockrows}: live availability; {dockmap}: the map's stations;
    # {prices}: the price card)
    "diseasezone": ['<form class="zone-postcode-checker" action="/animal-health/zones" method="get"><label class="zone-postcode-checker__label" for="zc-{k}">%s</label><input id="zc-{k}" type="text" name="q" placeholder="{zonefield}"><button type="submit">&#8250;</button></form>',
                    '<div class="in-a-zone-box"><h4 class="in-a-zone-box__hd">%s</h4><dl class="in-a-zone-box__rules">{zonerows}</dl></div>',
                    '<p class="zone-map-link"><a href="/animal-health/zones/map">%s</a></p>',
                    '<div class="movement-licence-cta"><a class="movement-licence-cta__btn" href="/animal-health/licences">%s</a></div>'],
    "readchallenge": ['<form class="reading-challenge-join" action="/libraries/reading-challenge" method="post"><p class="reading-challenge-join__title">%s</p><input type="text" name="child" aria-label="name"><select name="library"><option>…</option></select><button type="submit">&#10003;</button></form>',
                      '<div class="books-read-tally"><span class="books-read-tally__num">{tally}</span> <span class="books-read-tally__label">%s</span></div>',
                      '<ul class="challenge-age-tabs" role="tablist">{items}</ul>',
                      '<div class="challenge-badge-shelf"><p class="challenge-badge-shelf__hd">%s</p><ol class="challenge-badge-shelf__list">{badges}</ol></div>'],
    "bikedocks": ['<table class="dock-availability-live"><caption>%s</caption>{dockrows}</table>',
                  '<p class="bike-app-finder"><a href="https://app.example/find-a-bike">%s</a></p>',
                  '<figure class="dock-map-embed"><img src="/maps/docks-{k}.png" alt="" width="640" height="420"><figcaption>%s</figcaption><ul class="dock-map-embed__pins">{dockmap}</ul></figure>',
                  '<div class="hire-price-card"><h5 class="hire-price-card__hd">%s</h5><dl class="hire-price-card__rows">{prices}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/briefing"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#send-on">%s</a>']),
          "section": (0.5, ['<b>%s</b> | ']),
          "bikedocks": (0.4, ['<br><a href="https://app.example/find-a-bike"><strong>%s</strong></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# "find a bike" app link, not the availability table, the map or the price card)
INLINE_WORDING = {"newsletter": 0, "bikedocks": 1}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-pic-drop"><img src="/media/{id}-mid.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-2.jpg" alt="" width="600"><br><small>{cap} / {cr}</small></p>']
RELATED_STYLES = ['<div class="parish-notebook-panel"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="three-more-aside"><p class="three-more-aside__hd">%s</p><ul>%s</ul></aside>',
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




def widget_rows(style, lang, rng, art):
    """The rows of a widget's list, table or field, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")
    head = DOCK_HEAD[lang]
    return (style.replace("{zonefield}", A(ZONE_FIELD[lang]).replace("%", "%%"))
            .replace("{zonerows}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in ZONE_ROWS[lang]))
            .replace("{tally}", '%s <small>%s</small>' % (esc(TALLY[lang][0]), esc(TALLY[lang][1])))
            .replace("{badges}", "".join('<li><span class="challenge-badge-shelf__name">%s</span> <span class="challenge-badge-shelf__need">%s</span></li>'
                                         % (esc(a), esc(b)) for a, b in BADGE_ROWS[lang]))
            .replace("{dockrows}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                     + "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % tuple(esc(x) for x in row) for row in DOCK_ROWS[lang]))
            .replace("{dockmap}", "".join('<li data-bikes="%s" data-docks="%s">%s</li>' % (re.sub(r"\D", "", row[1]), re.sub(r"\D", "", row[3]), esc(row[0])) for row in DOCK_ROWS[lang]))
            .replace("{prices}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in PRICE_ROWS[lang])))

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
               "scores": rng.choice([0, mid, n]), "diseasezone": rng.choice([0, mid, n]),
               "readchallenge": rng.choice([mid, n, n]), "bikedocks": rng.choice([0, mid, n])}.get(fam, mid)
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
    for i, where, snippet in sorted(inline, key=lambda x: x[1] == "start"):  # (a paragraph's end before its start)
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
DROPCAP = {"hexo": ("span", '<span class="dropcap-initial">%s</span>'),  # raw HTML typed into the Markdown
           "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"hexo": ("wrap", '<div class="note info">', "</div>"),  # NexT's note tag
       "gutenberg": ("wrap", '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "encadre-info"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--stone">\n', "\n</div>")}
FACTBOX = {"hexo": ("wrap", '<div class="note primary no-icon">', "</div>"),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">🌱</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="ny pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"hexo": ('<mark class="label warning">', "</mark>"), "quintype": ('<mark>', "</mark>")}

def find_text(doc, inner, pid, start=0):
    """Where a block's rendered text sits in the page's markup (not in a script's JSON, nor in the hexo sidebar's
    table of contents, which comes before the post body)."""
    if not start and '<div class="post-body"' in doc:
        start = doc.index('<div class="post-body"')
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
    m = re.search(r"<(%s)\b[^>]*>(?:<a\b[^>]*></a>)?$" % tag_re, doc[:s])  # (a heading's headerlink anchor)
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
# templates: hexo is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"hexo": tpl_hexo, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h48), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "hexo"


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
            rng = random.Random("newsflow-heldout49-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI49[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 49) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h48), labels, furniture strings,
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
                       [v for _, v in mp45.WIDGET_ROWS], mp45.DEPART_MIN,
                       mp46.R, [v for v in mp46.SITE_STRINGS.values()], mp46.MGNL, mp46.UI_NEW, mp46.TEASERS,
                       [v for _, v in mp46.WIDGET_ROWS],
                       mp47.R, [v for v in mp47.SITE_STRINGS.values()], mp47.JEKYLL, mp47.UI_NEW, mp47.TEASERS,
                       [v for _, v in mp47.WIDGET_ROWS],
                       mp48.R, [v for v in mp48.SITE_STRINGS.values()], mp48.GATSBY, mp48.UI_NEW, mp48.TEASERS,
                       [v for _, v in mp48.WIDGET_ROWS],
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
    # layouts: hexo (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h47 or h48 gave it
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
    # the hexo pages: a site of HEXO in a language of HEXO_CORE; sites of the other pages
    for a in ARTICLES:
        if a["tpl"] == "hexo" and (a.get("site") not in HEXO or a["lang"] not in HEXO_CORE):
            problems.append("%s: hexo page needs a Hexo site and a language the theme is set up for" % a["id"])
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
    hexo_sites = [{k: v for k, v in d.items() if k not in HEXO_EXEMPT} for d in HEXO.values()]
    # (HEXO_CORE, the theme's generic strings, is left as the theme ships it)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("HEXO", hexo_sites), ("UI_NEW", UI_NEW)):
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
