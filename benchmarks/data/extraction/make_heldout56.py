#!/usr/bin/env python3
"""Fifty-sixth held-out part (h56-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout56.py           # write pages/h56-*.html
    python benchmarks/data/extraction/make_heldout56.py --check   # verify pages/h56-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout56.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout55.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h56_en.py / articles_h56_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: business-rates relief checkers on stories about shops, high streets, pubs and small
firms -- the "check if your business gets relief" form with its postcode and rateable-value fields, the
small-business relief eligibility box with its list of conditions, the "apply by" deadline pill, the rates helpline
card with phone, hours and email as a definition list --, crossing-status boards on stories about ferries, bridges,
islands and river crossings -- the status table of the crossings ("operating normally" / "suspended"), the next
departures and bridge lifts as a list, the "check before you travel" link, the text-alert sign-up form --, and
school-meal widgets on stories about schools, child poverty, catering and school kitchens -- this week's menu card
by day as a definition list, the free-meals eligibility box with its list, the "apply for free school meals" link,
the dinner-money payment line --), their wrapper class names, related headlines, site names, the sites' own strings
in the earlier layouts and the first-round furniture strings are new here: none of the sentences of
make_pages.RESIDUE / UI or of the R pools of make_heldout2..54, nor their labels, furniture strings, widget rows,
headlines or site names; verify() refuses to build if one is reused, if a wrapper class name of an earlier part
recurs, if a "new" family is already in an earlier pool, family list, template family or docstring, if a story
paragraph or headline of an earlier part (h53 and h54 included) recurs, if a headline is also a story paragraph, or
if a body is outside 150-400 words.  Every name and number is fictional.
(h45's public-transport departure boards, h39's flight-status boards and h30's travel-disruption list are other
families with other wordings and markup, and h46's "check before you travel" line belongs to hospital visiting
times; the crossing-status board here, for ferries and opening bridges, is a new family by name, wording and markup.)
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages: rates-relief checkers on seafront cafés facing
rates bills up to three times higher after a revaluation, villagers buying their pub through a share offer (whose
rates fall to nothing under rural relief), a French intercommunality exempting town-centre shops from the CFE for
five years and a Spanish town halving the property tax of 64 shops during nine months of street works; crossing
boards on a valley forum's article thread about a chain ferry out of action for six weeks (the new layout), an
island cut off for forty hours when its swing bridge jammed open, a Turkish island car ferry's summer timetable and a
Russian pontoon bridge taken apart for the summer with fewer ferry trips; school-meal widgets on an English school
cook who brought cooking from scratch back (an interview), a German valley forum's article thread about the school
lunch price rising to 4,60 euros (the new layout), a French commune's one-euro canteen meal (on the commune's own
Drupal page) and an independent Spanish publication's report on dining-room grants that do not reach every child.
Earlier families that need a reason in the story are placed the same way (score-centre links on a netball club's
first county title, a calendar row on a residents' association's spring clean-up, a gallery link on a nut roaster's
copper pan and photographs going to the town museum, a map on a village association's restored spring and path); the
other generic families are balanced over the part, leaving out those the page's site would not print (the story's
"kind": a commune -- no newspaper furniture --, a village association, a residents' association or a community forum,
an independent publication on Medium, which prints no ads, app, push or print prompts, comment counters or
press-standards lines, and of the newsletter family only its appeal for money); a correction box goes only on a story
that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes, chips,
cards and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans, forms, definition
lists and tables, and, for a few families, a line run into the end of a story paragraph (credit, tip, newsletter
pitch, share line, the check-before-you-travel link, the apply-for-free-meals link) or a bold section tag run into the
start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph), whole paragraphs in bold (interview questions) or italics, a highlighted sentence (a coloured span
as XenForo's [COLOR] BB code writes it on the new layout, a marker elsewhere), a paragraph in a box (a Gutenberg
group block and a CKEditor style on the commune's Drupal page), a fact box holding a subheading and its list (a Fusion
custom embed), a Ghost callout card, a paragraph typed after a <br>; story structures that look like furniture but are
the story: question-and-answer interviews (bold questions, some of two or three words, in English, German, French and
Russian: a school cook, the manager of a village shop run by volunteers, a lock-keeper, a stove maker), lists inside
the story (how to cross while the ferry is closed, what the community pub will offer, a ferry's new timetable, a
canteen's four price bands, why dining-room grants miss children, a league's final top four), crossheads as headings
and as bold paragraphs, one-line quotes and short one-line paragraphs ("Each shareholder has one vote, however many
shares they own."), a closing line with practical information (opening hours, training times, a phone number, a
deadline), and story sentences that mention furniture words in ordinary reporting ("Follow the weather long enough"
opening a story, "Shares in the Wheatsheaf" opening another, "Çerez kokusu" -- the smell of roasted nuts -- opening a
Turkish one, "Подписчиков у группы" opening a Russian one, a village shop's newsletter, weather records shared with
the national weather service, a valley forum's members invited to post their questions in the thread, photos of last year's
clean-up closing a residents' notice, a Medium publication asking families to contact it, an appeal to send a photo
and an address closing a lost-pets story), some at the start or end of the story where furniture usually sits.  Two
pages carry no residue at all and one only its correction line.
One page layout is new (xenforo: a XenForo 2 community forum of a valley that publishes its local news as article
threads, as the thread is served to a guest, on two pages, an English and a German one): the head with the
css.php?css=public:... stylesheet links, js/xf/preamble.min.js, the og: and twitter: metas and the
DiscussionForumPosting JSON-LD; the p-pageWrapper with the p-header and its logo, the sticky p-nav with its tabs (Home,
Forums, the site's own tabs, What's new, Members), the guest's Log in / Register and the search, the p-sectionLinks,
the off-canvas menu, the p-breadcrumbs (top and bottom), the noscript and old-browser notices, the p-title with the
thread title and the thread starter / start date line; the first post as an article (message--article: the
bbWrapper holding the story as XenForo's BB code renderer writes it -- plain text with <br /> runs between paragraphs,
<b> / <i>, [HEADING] as h3.bbHeading, bbCodeBlock quotes with their "Click to expand..." link, lists with
data-xf-list-type, the attached picture in a bbImageWrapper followed by its italic caption line --, the
message-articleUserInfo block with avatar, user title and stats, the reactions bar with "Like" and "Reactions: ... and
n others"); the "Share:" buttons; the residents' replies as message--post articles with their dynamic avatars, user
titles, dates, "#n" and bbWrappers (their comments are not the story); the pagination; the "You must log in or
register to reply here." button; the "Similar threads" widget of structItems; the p-footer with style and language
choosers, Contact us, Terms and rules, Privacy policy, Help, the site's home link and RSS, and XenForo's copyright; the
bottom-fixed cookie notice ("This site uses cookies to help personalise content..." with Accept / Learn more); the
scroll buttons; and the scripts (jQuery, vendor-compiled, core-compiled and the XF.config / XF.phrases inline script).
XenForo's own phrases (XENFORO_CORE, per language) are left as its language packs ship them and not checked; the
sites' own strings (XENFORO: tabs, node names, the news team's user title, the residents' replies, the footer's home
link) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h53 or h54 gave it (9 English pages, 3 in each other language); while a page is rendered, the
earlier modules' related headlines, the strings that belong to one site rather than to the platform (see
SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's own, and the
templates get this part's furniture strings (UI56) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout54.py, so that make_pages.py can import this module and merge it the same way.
Standard library only; deterministic (each page's choices are seeded from its id).
"""
import base64
import collections
import contextlib
import copy
import hashlib
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
import make_heldout49 as mp49  # noqa: E402
import make_heldout50 as mp50  # noqa: E402
import make_heldout51 as mp51  # noqa: E402
import make_heldout52 as mp52  # noqa: E402
import make_heldout53 as mp53  # noqa: E402
import make_heldout54 as mp54  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h56_en import ARTICLES as H56_EN  # noqa: E402
from articles_h56_intl import ARTICLES as H56_INTL  # noqa: E402

ARTICLES = H56_EN + H56_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54)
# parts whose layouts' languages this part avoids (the two before it; h55 is written at the same time)
LANG_PARTS = (mp53, mp54)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h56"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Pellingford & Saltmarsh Herald", "Brackenhurst Bugle & Echo", "Orchard Vale Sentinel", "Carrow Sound Islander",
           "Cotling Valley Courant", "Hollinbrook & Stanway Tribune", "Marlow Hythe Weekly Post"],
    "tr": ["Kumburnu Postası", "Tahtakale Gazetesi", "Yeşilköy Ses"],
    "de": ["Ebersrieder Heimatbote", "Kreuzbacher Tagespost"],
    "fr": ["La Gazette de Lauzières", "Le Messager de la Vendrole"],
    "es": ["El Eco de Valdeolmos"],
    "ru": ["Красноярская заря", "Вельжская неделя", "Сосновское обозрение"],
}
# sites fixed per page (the community forums on XenForo, a commune on Drupal, a residents' association on Ghost, a
# village association on uCoz, an independent publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h54 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The video player here is blocked until you switch on media cookies in your privacy choices", "Turn on third-party cookies for this one embed and the timetable will appear"],
        "tr": ["Buradaki video oynatıcı, gizlilik tercihlerinizde medya çerezlerini açana kadar engelli", "Bu gömülü içerik için üçüncü taraf çerezlerini açarsanız tarife burada belirecek"],
        "de": ["Der Videoplayer an dieser Stelle bleibt gesperrt, bis Sie Medien-Cookies in Ihren Datenschutzoptionen einschalten", "Schalten Sie für diese eine Einbettung Drittanbieter-Cookies ein, dann erscheint hier der Fahrplan"],
        "fr": ["Le lecteur vidéo reste bloqué tant que les cookies médias sont désactivés dans vos choix de confidentialité", "Activez les cookies tiers pour ce seul contenu et la grille horaire s'affichera ici"],
        "es": ["El reproductor de vídeo está bloqueado hasta que actives las cookies multimedia en tus opciones de privacidad", "Activa las cookies de terceros solo para este contenido y aparecerá aquí el horario"],
        "ru": ["Видеоплеер здесь заблокирован, пока вы не включите медиа-cookie в настройках приватности", "Включите сторонние cookie для этой вставки — и здесь появится расписание"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Get the {site} Thursday Roundup: the week's local stories, one tidy email", "You've reached your limit of free stories for now — subscribers can keep going",
               "Local reporting costs money: a few pounds a month keeps {site} on the beat"],
        "tr": ["{site} Perşembe Özeti'ni alın: haftanın yerel haberleri, derli toplu tek e-posta", "Şimdilik ücretsiz haber sınırınıza ulaştınız — aboneler okumaya devam edebilir",
               "Yerel gazetecilik masraflı: ayda birkaç lira {site}'in sahada kalmasını sağlar"],
        "de": ["Holen Sie sich den Donnerstagsüberblick von {site}: die Lokalgeschichten der Woche in einer aufgeräumten Mail", "Ihr Kontingent an freien Artikeln ist vorerst aufgebraucht — Abonnenten lesen weiter",
               "Lokaljournalismus kostet Geld: Ein paar Euro im Monat halten {site} vor Ort"],
        "fr": ["Recevez le Récap du jeudi de {site} : les infos locales de la semaine, un seul courriel bien rangé", "Vous avez atteint votre quota d'articles gratuits pour le moment — les abonnés peuvent continuer",
               "L'info locale a un coût : quelques euros par mois gardent {site} sur le terrain"],
        "es": ["Recibe el Resumen del jueves de {site}: las noticias locales de la semana en un solo correo ordenado", "Has llegado a tu límite de noticias gratuitas por ahora — los suscriptores pueden seguir",
               "El periodismo local cuesta dinero: unos euros al mes mantienen a {site} en la calle"],
        "ru": ["Получайте «Четверговую сводку» от «{site}»: местные новости недели в одном аккуратном письме", "Лимит бесплатных материалов на сейчас исчерпан — подписчики читают дальше",
               "Местная журналистика стоит денег: несколько сотен рублей в месяц помогают «{site}» работать"],
    },
    "share": {  # the first wording is a list of networks (" · ")
        "en": ["Send this on: Facebook · Bluesky · Nextdoor · Text message", "Tell the neighbours — copy the link to this report"],
        "tr": ["Bunu iletin: Facebook · Bluesky · Telegram · SMS", "Komşulara haber verin — bu haberin bağlantısını kopyalayın"],
        "de": ["Weiterschicken: Facebook · Bluesky · Signal · SMS", "Sagen Sie's den Nachbarn — Link zu diesem Bericht kopieren"],
        "fr": ["Relayer : Facebook · Bluesky · Signal · SMS", "Prévenez les voisins — copiez le lien de ce reportage"],
        "es": ["Envíalo: Facebook · Bluesky · Telegram · SMS", "Avisa a los vecinos — copia el enlace de esta información"],
        "ru": ["Отправить дальше: Telegram · ВКонтакте · Max · СМС", "Расскажите соседям — скопируйте ссылку на этот репортаж"],
    },
    "photo": {
        "en": ["Photograph sent in by a forum member", "From the {site} picture desk"],
        "tr": ["Fotoğrafı bir forum üyesi gönderdi", "{site} foto masasından"],
        "de": ["Foto eingeschickt von einem Forumsmitglied", "Vom Bildtisch von {site}"],
        "fr": ["Photo envoyée par un membre du forum", "Service photo de {site}"],
        "es": ["Foto enviada por un miembro del foro", "De la mesa de fotografía de {site}"],
        "ru": ["Снимок прислал участник форума", "Из фотоотдела «{site}»"],
    },
    "copyright": {
        "en": ["Words and pictures belong to {site}. Quote a line or two if you like, but ask us before you reuse anything more."],
        "tr": ["Yazılar ve fotoğraflar {site}'e aittir. Bir iki satır alıntı yapabilirsiniz, daha fazlası için önce bize sorun."],
        "de": ["Texte und Bilder gehören {site}. Ein, zwei Zeilen zitieren ist in Ordnung, für alles Weitere fragen Sie uns vorher."],
        "fr": ["Textes et images appartiennent à {site}. Citez une ligne ou deux si vous voulez, mais demandez-nous avant toute autre reprise."],
        "es": ["Textos e imágenes pertenecen a {site}. Puedes citar una o dos líneas, pero pregúntanos antes de reutilizar algo más."],
        "ru": ["Тексты и снимки принадлежат «{site}». Процитировать пару строк можно, для всего остального сначала спросите нас."],
    },
    "section": {
        "en": ["Filed in our {section} pages", "Everything in {section}, newest at the top ›"],
        "tr": ["{section} sayfalarımızdan", "{section} sayfasındaki her şey, en yenisi en üstte ›"],
        "de": ["Aus unseren Seiten zu {section}", "Alles aus {section}, das Neueste oben ›"],
        "fr": ["Rangé dans nos pages {section}", "Tout {section}, le plus récent en haut ›"],
        "es": ["En nuestras páginas de {section}", "Todo {section}, lo más nuevo arriba ›"],
        "ru": ["Из наших страниц «{section}»", "Вся рубрика «{section}», свежее сверху ›"],
    },
    "related": {
        "en": ["If this interested you, try these", "Catch up on how we got here"],
        "tr": ["Bunu okuyanlar şunlara da baktı", "Buraya nasıl gelindiğini hatırlayın"],
        "de": ["Wer das gelesen hat, las auch", "So kam es dazu: unsere Vorberichte"],
        "fr": ["Ces articles pourraient aussi vous intéresser", "Pour comprendre comment on en est arrivé là, relisez"],
        "es": ["Si te ha interesado, prueba con estas", "Así hemos llegado hasta aquí"],
        "ru": ["Если вам это интересно, прочитайте ещё", "Как всё к этому пришло"],
    },
    "symbol": {"*": ["● ○ ● ○ ●", "❖ · ❖ · ❖", "◐ ◑ ◐ ◑", "▲ ▽ ▲"]},
    "credit": {
        "en": ["With thanks to the {site} community team", "Reporting assisted by a trainee on the paper's apprenticeship scheme"],
        "tr": ["{site} topluluk ekibine teşekkürlerle", "Habere gazetenin stajyer programındaki bir muhabir katkı verdi"],
        "de": ["Mit Dank an das Community-Team von {site}", "Mitgearbeitet hat eine Volontärin der Redaktion"],
        "fr": ["Merci à l'équipe communauté de {site}", "Avec l'aide d'une journaliste en alternance à la rédaction"],
        "es": ["Con agradecimiento al equipo de comunidad de {site}", "Ha colaborado un periodista en prácticas de la redacción"],
        "ru": ["Благодарим команду сообщества «{site}»", "В подготовке материала участвовала стажёр редакции"],
    },
    "ad": {
        "en": ["Sponsored message · the report continues below", "Adverts on this page help fund {site}'s reporters"],
        "tr": ["Sponsorlu mesaj · haber aşağıda sürüyor", "Bu sayfadaki reklamlar {site} muhabirlerinin maaşına katkı sağlar"],
        "de": ["Gesponserte Botschaft · der Bericht geht unten weiter", "Die Anzeigen auf dieser Seite finanzieren die Reporter von {site} mit"],
        "fr": ["Message sponsorisé · la suite de l'article plus bas", "Les annonces de cette page financent les reporters de {site}"],
        "es": ["Mensaje patrocinado · la información sigue más abajo", "Los anuncios hacen que {site} sea gratis de leer"],
        "ru": ["Спонсорское сообщение · материал продолжается ниже", "Благодаря рекламе «{site}» можно читать бесплатно"],
    },
    "continue": {
        "en": ["Tap to read the whole report", "See the rest of this article ⌄"],
        "tr": ["Haberin tamamını okumak için buraya dokunun ya da kaydırın", "Haberin devamını görün ⌄"],
        "de": ["Tippen, um den ganzen Bericht zu lesen", "Den Rest des Artikels sehen ⌄"],
        "fr": ["Touchez pour lire le reportage en entier", "Voir la suite de l'article ⌄"],
        "es": ["Toca aquí y despliega la información entera", "Ver el resto de la noticia ⌄"],
        "ru": ["Нажмите, и материал раскроется целиком", "Смотреть продолжение статьи ⌄"],
    },
    "comments": {
        "en": ["Join the conversation — {n} replies so far", "{n} comments · be polite ›"],
        "tr": ["Sohbete katılın — şu ana kadar {n} yanıt", "{n} yorum · nazik olun ›"],
        "de": ["Diskutieren Sie mit — bisher {n} Antworten", "{n} Kommentare · bitte freundlich bleiben ›"],
        "fr": ["Participez à la conversation — {n} réponses pour l'instant", "{n} commentaires · restez courtois ›"],
        "es": ["Únete a la conversación — {n} respuestas hasta ahora", "{n} comentarios · con respeto ›"],
        "ru": ["Присоединяйтесь к разговору — уже {n} ответов", "{n} комментариев · будьте вежливы ›"],
    },
    "readtime": {
        "en": ["About {m} minutes of reading ahead", "{m} min to read, start to finish"],
        "tr": ["Önünüzde aşağı yukarı {m} dakikalık okuma var", "Baştan sona {m} dk"],
        "de": ["Etwa {m} Minuten Lesestoff liegen vor Ihnen", "{m} Minuten von Anfang bis Ende"],
        "fr": ["Environ {m} minutes de lecture devant vous", "{m} min du début à la fin"],
        "es": ["Tiempo de lectura: más o menos {m} minutos", "{m} min de principio a fin"],
        "ru": ["Впереди примерно {m} минуты чтения", "{m} мин от начала до конца"],
    },
    "updated": {
        "en": ["This report was updated at {t} on {d} with new details", "Edited again on {d} at {t} by the newsdesk"],
        "tr": ["Bu haber {d} günü saat {t}'de yeni ayrıntılarla güncellendi", "Haber masası {d} günü {t}'de yeniden düzenledi"],
        "de": ["Dieser Bericht wurde am {d} um {t} Uhr um neue Details ergänzt", "Zuletzt bearbeitet {d}, {t} Uhr"],
        "fr": ["Cet article a été mis à jour le {d} à {t} avec de nouveaux éléments", "Retouché par le desk le {d} à {t}"],
        "es": ["Esta información se actualizó el {d} a las {t} con nuevos datos", "Retocado por la mesa el {d} a las {t}"],
        "ru": ["Материал дополнен новыми подробностями {d} в {t}", "Правка дежурного редактора: {d}, {t}"],
    },
    "audio": {
        "en": ["▶ Hear this report read aloud ({m} min)", "Listening beats reading on the bus: press play for the spoken version"],
        "tr": ["▶ Bu haberi bir seslendirmenden dinleyin ({m} dk)", "Otobüste okumak yerine dinleyin: sesli sürüm için oynat'a basın"],
        "de": ["▶ Diesen Bericht vorlesen lassen ({m} Min.)", "Im Bus lieber hören als lesen: Play drücken für die gesprochene Fassung"],
        "fr": ["▶ Écouter ce reportage lu à voix haute ({m} min)", "Dans le bus, écoutez plutôt que lire : lancez la version parlée"],
        "es": ["▶ Escucha esta información en voz alta ({m} min)", "En el autobús, mejor escuchar que leer: pulsa play para la versión hablada"],
        "ru": ["▶ Прослушать этот материал ({m} мин)", "В автобусе удобнее слушать, чем читать: нажмите play, чтобы включить озвучку"],
    },
    "app": {
        "en": ["Breaking local news first, in the free {site} app", "Download the {site} app ›"],
        "tr": ["Yerel son dakika haberleri önce ücretsiz {site} uygulamasında", "{site} uygulamasını indirin ›"],
        "de": ["Eilmeldungen aus der Region zuerst in der kostenlosen App von {site}", "App von {site} herunterladen ›"],
        "fr": ["L'info locale en premier dans l'appli gratuite {site}", "Télécharger l'appli {site} ›"],
        "es": ["Lo último de la zona, antes que nadie, en la app gratuita de {site}", "Descarga la app de {site} ›"],
        "ru": ["Срочные местные новости первыми — в бесплатном приложении «{site}»", "Скачать приложение «{site}» ›"],
    },
    "bio": {
        "en": ["{by} has covered {section} for {site} since joining from a weekly paper in the next county.", "Read more from {by} on {section} ›"],
        "tr": ["{by}, komşu ildeki bir haftalık gazeteden geldiğinden beri {site} için {section} haberlerini izliyor.", "{by} kaleminden daha fazla {section} haberi ›"],
        "de": ["{by} schreibt für {site} über {section} und kam von einem Wochenblatt aus dem Nachbarkreis.", "Mehr von {by} aus dem Bereich {section} ›"],
        "fr": ["{by} suit la rubrique {section} pour {site} après avoir débuté dans un hebdomadaire du département voisin.", "Plus d'articles de {by} en {section} ›"],
        "es": ["{by} cubre {section} en {site} desde que llegó de un semanario de la provincia vecina.", "Más de {by} sobre {section} ›"],
        "ru": ["{by} пишет для «{site}» о теме «{section}», а до этого работал в еженедельнике соседней области.", "Ещё тексты автора о теме «{section}» ›"],
    },
    "tip": {
        "en": ["Something happening in your street? Email news@localdesk.example or message us", "Tip-off line: 07700 900 518 (calls and WhatsApp)"],
        "tr": ["Sokağınızda olan bitenleri haber@yereldesk.example adresine yazın ya da mesajla bildirin", "İhbar hattı: 0532 900 05 18 (arama ve WhatsApp)"],
        "de": ["Was in Ihrer Straße passiert, schreiben Sie an hinweis@lokaldesk.example oder per Nachricht", "Hinweistelefon: 0151 900 518 (Anruf und WhatsApp)"],
        "fr": ["Ce qui se passe dans votre rue nous intéresse : infos@bureau-local.example ou par message", "Ligne info : 06 00 90 05 18 (appel et WhatsApp)"],
        "es": ["Lo que pasa en tu calle nos interesa: escribe a avisos@mesa-local.example o mándanos un mensaje", "Teléfono de avisos: 600 900 518 (llamadas y WhatsApp)"],
        "ru": ["Всё, что происходит на вашей улице, присылайте на novosti@mestnyi-stol.example или в мессенджер", "Телефон для сообщений: +7 900 000-05-18 (звонки и Telegram)"],
    },
    "typo": {
        "en": ["Mistakes happen: select the wrong bit and press Ctrl+Enter to tell the editors"],
        "tr": ["Hata olur: yanlış kısmı seçip Ctrl+Enter'a basarak editörlere haber verin"],
        "de": ["Fehler passieren: falsche Stelle markieren und mit Strg+Enter der Redaktion schicken"],
        "fr": ["Une erreur, ça arrive : sélectionnez le passage fautif et envoyez-le à la rédaction avec Ctrl+Entrée"],
        "es": ["Los errores pasan: marca el trozo equivocado y mándalo a la redacción con Ctrl+Intro"],
        "ru": ["Ошибки случаются: выделите неточность и отправьте её редакторам через Ctrl+Enter"],
    },
    "push": {
        "en": ["Allow {site} to send you notifications about major local news? Yes, notify me · Maybe later"],
        "tr": ["{site} size önemli yerel haberlerde bildirim gönderebilir mi? Evet, bildir · Belki sonra"],
        "de": ["Darf {site} Ihnen Mitteilungen zu wichtigen Lokalnachrichten schicken? Ja, benachrichtigen · Vielleicht später"],
        "fr": ["Autoriser {site} à vous envoyer des notifications sur l'actualité locale importante ? Oui, prévenez-moi · Plus tard peut-être"],
        "es": ["¿Permites que {site} te envíe notificaciones de las noticias locales importantes? Sí, avísame · Quizá luego"],
        "ru": ["Присылать вам уведомления «{site}» о главных местных событиях? Да, уведомлять · Может быть, позже"],
    },
    "print": {
        "en": ["Print · PDF · Send by email", "Printable version of this report"],
        "tr": ["Yazdır · PDF · E-postayla gönder", "Bu haberin yazdırılabilir sürümü"],
        "de": ["Drucken · PDF · Per Mail senden", "Druckfassung dieses Berichts"],
        "fr": ["Imprimer · PDF · Envoyer par courriel", "Version imprimable de ce reportage"],
        "es": ["Imprimir · PDF · Enviar por correo", "Versión imprimible de esta información"],
        "ru": ["Печать · PDF · Отправить по почте", "Печатная версия материала без рекламы"],
    },
    "feedback": {
        "en": ["How useful was this report? Very · A bit · Not at all"],
        "tr": ["Bu haberden ne kadar yararlandınız? Epey · Biraz · Pek değil"],
        "de": ["Wie nützlich war dieser Bericht? Sehr · Etwas · Gar nicht"],
        "fr": ["Ce reportage vous a-t-il servi ? Beaucoup · Un peu · Pas vraiment"],
        "es": ["¿Te ha sido útil esta información? Mucho · Algo · Nada"],
        "ru": ["Насколько полезен был материал? Очень · Немного · Совсем нет"],
    },
    "standards": {
        "en": ["{site} is a member of the independent press regulator and follows its Editors' Code. Complaints go to our readers' editor."],
        "tr": ["{site}, bağımsız basın öz denetim kuruluna üyedir ve onun yayın ilkelerine uyar. Şikâyetler okur temsilcimize iletilir."],
        "de": ["{site} hält sich an die publizistischen Grundsätze des Presserats, und Beschwerden landen bei unserer Leserbeauftragten."],
        "fr": ["{site} adhère au conseil de déontologie journalistique et respecte sa charte. Les réclamations vont à notre médiatrice."],
        "es": ["{site} está adherido a la comisión de deontología de la prensa y sigue su código. Las quejas van a nuestra defensora del lector."],
        "ru": ["«{site}» следует кодексу профессиональной этики, а жалобы читателей рассматривает наш омбудсмен."],
    },
    "topics": {
        "en": ["Related topics: {section} · transport · council", "Alert me to new {section} stories ›"],
        "tr": ["İlgili konular: {section} · ulaşım · belediye", "{section} haberleri için bildirim alın ›"],
        "de": ["Verwandte Themen: {section} · Verkehr · Rathaus", "Bei neuen Texten zu {section} Bescheid geben ›"],
        "fr": ["Sujets liés : {section} · transports · mairie", "M'alerter des nouveaux articles {section} ›"],
        "es": ["Temas relacionados: {section} · transporte · ayuntamiento", "Recibe avisos de noticias de {section} ›"],
        "ru": ["Связанные темы: {section} · транспорт · администрация", "Получать оповещения по рубрике «{section}» ›"],
    },
    "bookmark": {
        "en": ["☆ Keep for the train home"], "tr": ["☆ Eve dönüş yoluna sakla"], "de": ["☆ Für die Heimfahrt aufheben"],
        "fr": ["☆ À garder pour le trajet du retour"], "es": ["☆ Guardar para después"], "ru": ["☆ Прочитать по дороге домой"],
    },
    "poll": {
        "en": ["Have your say: was the council right? Good call · Bad call · Still thinking", "Votes are counted once per device"],
        "tr": ["Siz ne dersiniz: Belediye doğru mu yaptı? İsabetli · İsabetsiz · Hâlâ düşünüyorum", "Her cihazdan bir oy sayılır"],
        "de": ["Ihre Meinung: Hat die Gemeinde richtig entschieden? Richtig · Falsch · Kann mich nicht entscheiden", "Pro Gerät wird eine Stimme gezählt"],
        "fr": ["À vous de voter : la mairie a-t-elle eu raison ? Bonne décision · Mauvaise décision · J'hésite", "Un vote par appareil est comptabilisé"],
        "es": ["Opina: ¿ha acertado el Ayuntamiento? Acierto · Error · No me decido", "Se cuenta un voto por dispositivo"],
        "ru": ["Ваше мнение: права ли администрация? Верно · Неверно · Не могу решить", "Учитывается один голос с устройства"],
    },
    "embed": {
        "en": ["See {handle}'s post — it opens Instagram", "Watch the clip {handle} filmed (plays from YouTube)"],
        "tr": ["{handle} paylaşımını görün — Instagram açılır", "{handle} tarafından çekilen klibi izleyin (YouTube'dan oynar)"],
        "de": ["Den Post von {handle} sehen — öffnet Instagram", "Den Clip von {handle} ansehen (läuft über YouTube)"],
        "fr": ["Voir le post de {handle} — ouvre Instagram", "Regarder la séquence filmée par {handle} (lue depuis YouTube)"],
        "es": ["Mira la publicación de {handle} — se abre Instagram", "Ve el clip que grabó {handle} (se reproduce desde YouTube)"],
        "ru": ["Пост {handle} — откроется Instagram", "Ролик, который снял {handle} (воспроизводится с YouTube)"],
    },
    "gallery": {
        "en": ["🖼 Swipe through {g} photos", "All {g} pictures in one place ›"],
        "tr": ["🖼 {g} fotoğrafı kaydırarak görün", "{g} karenin tamamı tek yerde ›"],
        "de": ["🖼 Durch {g} Fotos wischen", "Alle {g} Bilder an einem Ort ›"],
        "fr": ["🖼 Faites défiler {g} photos", "Les {g} images au même endroit ›"],
        "es": ["🖼 Desliza para ver {g} fotos", "Las {g} imágenes en un solo sitio ›"],
        "ru": ["🖼 Листайте {g} фотографий", "Все {g} снимков в одном месте ›"],
    },
    "map": {
        "en": ["Open this location in a maps app", "Map data © OpenStreetMap · Directions from the village ›"],
        "tr": ["Bu konumu bir harita uygulamasında açın", "Harita verisi © OpenStreetMap · Köyden yol tarifi ›"],
        "de": ["Diesen Ort in einer Karten-App öffnen", "Kartendaten © OpenStreetMap · Wegbeschreibung vom Ort ›"],
        "fr": ["Ouvrir ce lieu dans une appli de cartographie", "Données cartographiques © OpenStreetMap · Itinéraire depuis le village ›"],
        "es": ["Abrir esta ubicación en una app de mapas", "Datos del mapa © OpenStreetMap · Cómo llegar desde el pueblo ›"],
        "ru": ["Открыть это место в картографическом приложении", "Данные карты © OpenStreetMap · Маршрут от села ›"],
    },
    "calendar": {
        "en": ["Put it in your diary: Google · Apple · Outlook · .ics", "Remind me the day before"],
        "tr": ["Ajandanıza ekleyin: Google · Apple · Outlook · .ics", "Bir gün önce hatırlat"],
        "de": ["In den Kalender: Google · Apple · Outlook · .ics", "Am Vortag erinnern"],
        "fr": ["Dans votre agenda : Google · Apple · Outlook · .ics", "Me le rappeler la veille"],
        "es": ["A tu agenda: Google · Apple · Outlook · .ics", "Recuérdamelo el día antes"],
        "ru": ["В календарь: Google · Apple · Outlook · .ics", "Напомнить накануне"],
    },
    "scores": {
        "en": ["League tables and fixtures, updated every weekend ›", "Fixtures · Results · Table · Player stats"],
        "tr": ["Her hafta sonu güncellenen puan durumu ve fikstür ›", "Fikstür · Sonuçlar · Puan durumu · Oyuncu istatistikleri"],
        "de": ["Tabellen und Spielpläne, jedes Wochenende aktualisiert ›", "Spieltage · Ergebnisse · Tabelle · Statistiken der Spielerinnen"],
        "fr": ["Classements et calendriers, mis à jour chaque week-end ›", "Calendrier · Résultats · Classement · Statistiques"],
        "es": ["Clasificaciones y calendario, actualizados cada fin de semana ›", "Jornadas · Resultados · Clasificación · Estadísticas de jugadoras"],
        "ru": ["Таблицы и календарь, обновляются каждые выходные ›", "Туры · Результаты · Таблица · Статистика игроков команды"],
    },
    "correction": {
        "en": ["Correction: this report has been amended since it was first published to fix a factual error."],
        "tr": ["Düzeltme: Bu haber, ilk yayımlandıktan sonra bir bilgi hatası nedeniyle değiştirildi."],
        "de": ["Korrektur: Dieser Bericht wurde nach der ersten Veröffentlichung geändert, um einen sachlichen Fehler zu beheben."],
        "fr": ["Rectificatif : cet article a été modifié après sa première publication pour corriger une erreur factuelle."],
        "es": ["Fe de errores: esta información se modificó tras su primera publicación para corregir un dato equivocado."],
        "ru": ["Поправка: после первой публикации в материал внесены изменения, чтобы исправить фактическую ошибку."],
    },
    # the three families new in this part
    "ratesrelief": {  # business-rates relief checkers: the postcode / rateable-value form, the eligibility box, the apply-by pill, the helpline card
        "en": ["Check if your business gets rates relief", "Small business rate relief: who can get it",
               "Apply by {c}", "Business rates helpline"],
        "tr": ["İşyeriniz vergi indirimi alabilir mi? Kontrol edin", "Küçük esnafa emlak vergisi indirimi: kimler yararlanabilir",
               "Son başvuru: {c}", "İşyeri vergileri danışma hattı"],
        "de": ["Prüfen Sie, ob Ihr Betrieb eine Steuerermäßigung bekommt", "Ermäßigung für Kleinbetriebe: wer sie bekommt",
               "Antrag bis {c}", "Service-Telefon Gewerbesteuer"],
        "fr": ["Vérifiez si votre entreprise a droit à une exonération", "Exonération pour les petits commerces : qui est concerné",
               "Demande avant le {c}", "Ligne d'information fiscalité des entreprises"],
        "es": ["Comprueba si tu negocio tiene derecho a la bonificación", "Bonificación para pequeños negocios: quién puede pedirla",
               "Solicítala antes del {c}", "Teléfono de atención sobre tributos a empresas"],
        "ru": ["Проверьте, положена ли вашему бизнесу налоговая льгота", "Льгота для малого бизнеса: кто может получить",
               "Подать заявление до {c}", "Горячая линия по налогам для предпринимателей"],
    },
    "crossings": {  # crossing-status boards: the status table, the next departures / lifts, the check-before-you-travel link, the text-alert sign-up
        "en": ["Crossing status now", "Next departures and bridge lifts",
               "Check the crossing status before you travel ›", "Get a text when a crossing is suspended"],
        "tr": ["Geçişlerin şu anki durumu", "Sıradaki kalkışlar ve köprü açılışları",
               "Yola çıkmadan önce sefer durumunu kontrol edin ›", "Bir sefer iptal edildiğinde SMS alın"],
        "de": ["Aktueller Stand der Übergänge", "Nächste Abfahrten und Brückenöffnungen",
               "Vor der Fahrt den Fährstatus prüfen ›", "SMS erhalten, wenn eine Überfahrt ausfällt"],
        "fr": ["État des traversées en ce moment", "Prochains départs et ouvertures du pont",
               "Vérifiez l'état des traversées avant de partir ›", "Recevoir un SMS en cas de suspension"],
        "es": ["Estado de los pasos ahora mismo", "Próximas salidas y aperturas del puente",
               "Consulta el estado del paso antes de salir ›", "Recibe un SMS si se suspende un paso"],
        "ru": ["Состояние переправ сейчас", "Ближайшие рейсы и разводки моста",
               "Проверьте работу переправы перед поездкой ›", "Получать СМС, если переправа закрыта"],
    },
    "schoolmeals": {  # school-meal widgets: the week's menu card, the free-meals eligibility box, the apply link, the dinner-money line
        "en": ["School lunch menu this week", "Could your child get free school meals?",
               "Apply for free school meals online ›", "Dinner money: £2.70 a day, paid online through the school's payment app"],
        "tr": ["Bu haftanın okul yemeği menüsü", "Çocuğunuz ücretsiz okul yemeğinden yararlanabilir mi?",
               "Ücretsiz okul yemeği için çevrimiçi başvurun ›", "Yemek ücreti: günlük 95 TL, okulun ödeme uygulamasından ödenir"],
        "de": ["Speiseplan der Schulmensa diese Woche", "Bekommt Ihr Kind das Mittagessen kostenlos?",
               "Kostenloses Mittagessen online beantragen ›", "Essensgeld: 4,60 Euro pro Tag, abgebucht über das Bestellportal der Schule"],
        "fr": ["Menu de la cantine cette semaine", "Votre enfant peut-il manger à la cantine à tarif réduit ?",
               "Faire la demande de tarif réduit en ligne ›", "Règlement de la cantine : paiement en ligne sur le portail famille, avant le 10 du mois"],
        "es": ["Menú del comedor escolar esta semana", "¿Puede tu hijo tener beca de comedor?",
               "Solicita la beca de comedor en línea ›", "Pago del comedor: 4,90 euros al día, por domiciliación o en la app del colegio"],
        "ru": ["Меню школьной столовой на неделю", "Положено ли вашему ребёнку бесплатное питание?",
               "Подать заявление на бесплатное питание онлайн ›", "Оплата питания: 145 рублей в день через личный кабинет школы"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES): the relief checker form, the
# eligibility box, the apply-by pill, the helpline card; the status board, the next departures, the
# check-before-you-travel link, the text-alert form; the menu card, the free-meals box, the apply link, the
# dinner-money line
NEW_STYLE_WORDING = {"ratesrelief": [0, 1, 2, 3], "crossings": [0, 1, 2, 3], "schoolmeals": [0, 1, 2, 3]}
# who gets small-business relief (the eligibility box's list)
RATES_RULES = {
    "en": ["Your business uses only one property", "Its rateable value is less than £15,000", "Full relief if the value is £12,000 or less"],
    "tr": ["İşyeri 100 metrekareden küçük", "Çalışan sayısı beşi geçmiyor", "Belediyeye vergi borcu yok"],
    "de": ["Ihr Betrieb hat nur eine Betriebsstätte", "Der Gewerbeertrag liegt unter 24.500 Euro", "Höchstens zehn Beschäftigte"],
    "fr": ["Moins de onze salariés", "Local situé dans le périmètre de revitalisation", "Chiffre d'affaires inférieur à 2 millions d'euros"],
    "es": ["Local abierto al público en la zona de obras", "Menos de diez trabajadores", "Estar al corriente de pago con el Ayuntamiento"],
    "ru": ["Выручка не больше 60 млн рублей в год", "Не больше 15 сотрудников", "Помещение в собственности, а не в аренде"],
}
# the helpline card: label, value
RATES_CARD = {
    "en": [("Phone", "01632 960 500"), ("Lines open", "Mon–Fri, 9am–4.30pm"), ("Email the team", "nndr@council.example")],
    "tr": [("Telefon", "0 (232) 900 15 00"), ("Çalışma saatleri", "Hafta içi 08.30–17.00"), ("E-posta ile yazın", "gelir@belediye.example")],
    "de": [("Telefon", "09123 900 500"), ("Sprechzeiten", "Mo–Do 8–16 Uhr, Fr 8–12 Uhr"), ("Per E-Mail", "steueramt@gemeinde.example")],
    "fr": [("Téléphone", "05 00 90 05 00"), ("Ligne ouverte", "du lundi au vendredi, 9 h – 16 h 30"), ("Écrire au service", "fiscalite@cc-lauzieres.example")],
    "es": [("Teléfono", "900 000 500"), ("Horario", "lunes a viernes, 9:00 – 14:00"), ("Escribe al servicio", "tributos@ayto.example")],
    "ru": [("Телефон", "8 800 000-05-00"), ("Часы работы", "пн–пт 9:00–18:00"), ("Электронная почта инспекции", "nalog@admin.example")],
}
# the status board: crossing, status
CROSSING_ROWS = {
    "en": [("Chain ferry", "Operating normally"), ("Swing bridge", "Closed to road traffic for a lift"), ("Foot launch", "Suspended: high winds")],
    "tr": [("Araba vapuru", "Seferler normal"), ("Yolcu motoru", "Fırtına nedeniyle iptal"), ("Köprü", "Trafiğe açık")],
    "de": [("Gierseilfähre", "Betrieb normal"), ("Drehbrücke", "Für den Straßenverkehr gesperrt"), ("Personenfähre", "Eingestellt: Hochwasser")],
    "fr": [("Bac", "Service normal"), ("Pont tournant", "Ouvert à la navigation"), ("Navette piétons", "Suspendue : crue")],
    "es": [("Transbordador", "Funciona con normalidad"), ("Puente giratorio", "Cerrado al tráfico"), ("Barca de pasaje", "Suspendida por viento")],
    "ru": [("Паром", "Работает по расписанию"), ("Понтонный мост", "Разведён"), ("Катер", "Рейсы отменены: ветер")],
}
# next departures or bridge lifts
CROSSING_TIMES = {
    "en": ["10:15 from the north bank", "10:45 from the south bank", "12:00 bridge lift for river traffic"],
    "tr": ["10.15 adadan", "10.45 iskeleden", "12.00 köprü açılışı"],
    "de": ["10:15 ab Nordufer", "10:45 ab Südufer", "12:00 Brückenöffnung für die Schifffahrt"],
    "fr": ["10 h 15 rive droite", "10 h 45 rive gauche", "12 h 00 ouverture du pont"],
    "es": ["10:15 desde la orilla norte", "10:45 desde la orilla sur", "12:00 apertura del puente"],
    "ru": ["10:15 с правого берега", "10:45 с левого берега", "12:00 разводка моста"],
}
# the week's menu: day, dish
MENU_ROWS = {
    "en": [("Monday (week 1)", "Cheese and tomato pasta bake"), ("Wednesday (week 1)", "Roast chicken with roast potatoes"), ("Friday (week 1)", "Fish fingers, chips and peas")],
    "tr": [("Pazartesi", "Mercimek çorbası, pilav, ayran"), ("Çarşamba", "Fırında tavuk, bulgur pilavı"), ("Cuma", "Kuru fasulye, salata, meyve")],
    "de": [("Montag (Woche 1)", "Spinatknödel mit Tomatensoße"), ("Mittwoch (Woche 1)", "Hähnchengeschnetzeltes mit Reis"), ("Freitag (Woche 1)", "Fischstäbchen mit Kartoffelsalat")],
    "fr": [("Lundi (semaine 1)", "Carottes râpées, hachis parmentier"), ("Mercredi (semaine 1)", "Poulet rôti, haricots verts"), ("Vendredi (semaine 1)", "Poisson pané, riz, yaourt")],
    "es": [("Lunes (semana 1)", "Lentejas con verduras y pescado al horno"), ("Miércoles (semana 1)", "Macarrones y pollo asado"), ("Viernes (semana 1)", "Crema de calabaza y tortilla")],
    "ru": [("Понедельник", "Гречка с котлетой, компот"), ("Среда", "Суп-лапша, запеканка"), ("Пятница", "Рыба с пюре, чай")],
}
# who gets free meals (the eligibility box's list)
FSM_RULES = {
    "en": ["You get Universal Credit and earn under £7,400 a year after tax", "You get income support or income-based benefits", "Your child is in reception, year 1 or year 2 (all pupils)"],
    "tr": ["Sosyal yardım alan aileler", "Şehit ve gazi çocukları", "Engelli öğrenciler"],
    "de": ["Bürgergeld oder Sozialhilfe", "Wohngeld oder Kinderzuschlag", "Leistungen nach dem Asylbewerberleistungsgesetz"],
    "fr": ["Quotient familial inférieur à 700 euros", "Élève inscrit dans une école de la commune", "Dossier famille à jour"],
    "es": ["Renta familiar por debajo del umbral", "Familias con ingreso mínimo vital", "Alumnos en acogimiento familiar"],
    "ru": ["Многодетные семьи", "Малоимущие семьи", "Дети участников СВО и дети с ОВЗ"],
}
WIDGET_ROWS = (("rates rules", RATES_RULES), ("rates card", RATES_CARD), ("crossing rows", CROSSING_ROWS),
               ("crossing times", CROSSING_TIMES), ("menu rows", MENU_ROWS), ("fsm rules", FSM_RULES))


# headlines of the linked stories (related lists, sidebars, "Similar threads")
HEADLINES = {
    "en": ["Lollipop lady retires after 33 years on the same crossing", "Community fridge in the church porch gives away 4 tonnes of food",
           "Skate park plan wins over the neighbours at the second attempt", "Village hall gets a new roof thanks to a sponsored swim",
           "Bus shelter on Mill Lane painted by sixth formers", "Rowing club's boathouse flooded for the third winter running"],
    "tr": ["Okul önündeki yaya geçidine trafik ışığı kondu", "Mahalle fırını ekmeği 10 lira ucuza satıyor",
           "Kıyıdaki eski tersane binası spor salonu oluyor", "Köy kahvesinde ilk kez satranç turnuvası düzenlendi",
           "Belediye 400 sokak kedisini kısırlaştırdı", "Çarşı camisinin saati yeniden çalışıyor"],
    "de": ["Schülerlotsin geht nach 33 Jahren in Rente", "Gemeinde stellt Bücherschrank in der alten Telefonzelle auf",
           "Skaterpark kommt doch: Anwohner stimmen im zweiten Anlauf zu", "Neues Dach für das Dorfgemeinschaftshaus",
           "Jugendliche bemalen das Bushäuschen an der Mühlstraße", "Ruderverein räumt zum dritten Mal nach Hochwasser auf"],
    "fr": ["La dame du passage piéton prend sa retraite après 33 ans", "Un frigo solidaire installé sous le porche de l'église",
           "Le skatepark finit par convaincre les riverains", "La salle des fêtes refaite grâce à une course solidaire",
           "Des lycéens repeignent l'abribus de la rue du Moulin", "Le club d'aviron à nouveau inondé cet hiver"],
    "es": ["Se jubila la guardia del paso de cebra del colegio tras 33 años", "Una nevera solidaria en el pórtico de la iglesia",
           "El skatepark convence a los vecinos al segundo intento", "Tejado nuevo para el centro social gracias a una marcha solidaria",
           "Los alumnos del instituto pintan la marquesina de la calle del Molino", "El club de remo vuelve a inundarse este invierno"],
    "ru": ["Регулировщица у школы ушла на пенсию после 33 лет", "У храма поставили холодильник с бесплатными продуктами",
           "Скейт-парк всё-таки построят: жители согласились со второй попытки", "Клубу в Сосновке перекрыли крышу",
           "Старшеклассники расписали остановку на Мельничной", "Лодочную станцию гребного клуба снова затопило"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["es"]
TEASERS = {
    "es": ["Carmen ha ayudado a cruzar a tres generaciones de alumnos del barrio.",
           "Cualquiera puede dejar comida o llevarse lo que necesite, sin preguntas.",
           "El proyecto se ha rediseñado para alejar las rampas de las viviendas.",
           "Cuarenta vecinos caminaron 25 kilómetros para reunir el dinero.",
           "El mural muestra el río, el molino y los campos de girasoles.",
           "El agua llegó a un metro de altura en el almacén de las barcas."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Today on the coast and in the valleys", "Our towns and villages, A to Z", "Police, courts and inquests", "Shops, firms and your money", "Weekend sport from the district's grounds", "Where to go and what to see", "Letters, columns and your views on them"],
               cookie="We use essential cookies to make this site work. With your permission we'd also like to set analytics and advertising cookies. You can change your mind whenever you like from the link at the bottom of every page.",
               accept="Fine by me, allow them all", reject="Just the essential ones, please", share="Pass this story on to someone who'd want it",
               related="Also making news near you this week", newsletter="The day's local news in one email at 7am",
               subscribe="Sign me up for the 7am email", email="you@seven-am-mail.example",
               comment_note="You need an account to comment. Comments are checked before they appear, usually within the hour.",
               closed="We have turned off comments on this story.",
               footer=["Who writes, edits and photographs for us", "Making a complaint about our journalism", "Cookies, privacy and what we keep about you", "Buying an advert in the paper or on the site", "The terms you agree to by using this site"],
               rights="Copyright in everything on this site belongs to its publisher. Permission is needed to reproduce any part of it.",
               commenters=[("saltmarsh_pete", "Proper job, this. Somebody finally asked the right questions."),
                           ("Linda from Brackenhurst", "Is there going to be a public meeting, or do we just read about it?")]),
    "tr": dict(nav=["Sahilden ve vadilerden bugün", "İlçelerimiz ve köylerimiz, A'dan Z'ye", "Emniyet, adliye ve soruşturmalar", "Esnaf, şirketler ve cebiniz", "Hafta sonu sahalardan spor", "Nereye gidilir, ne görülür", "Mektuplar, köşe yazıları ve sizin yorumlarınız"],
               cookie="Sitenin çalışması için zorunlu çerezler kullanıyoruz. İzin verirseniz analiz ve reklam çerezleri de yerleştirmek isteriz. Fikrinizi her sayfanın altındaki bağlantıdan dilediğiniz zaman değiştirebilirsiniz.",
               accept="Bana uyar, hepsine izin ver", reject="Lütfen sadece zorunlu olanlar", share="Bu haberi ilgilenecek birine iletin",
               related="Bu hafta çevrenizde gündem olan diğer haberler", newsletter="Günün yerel haberleri sabah 7'de tek e-postada",
               subscribe="Sabah 7 e-postasına beni yazın", email="siz@sabah-yedi.example",
               comment_note="Yorum yazmak için hesap gerekir. Yorumlar yayından önce, genellikle bir saat içinde kontrol edilir.",
               closed="Bu haber için yorum bölümü kapalı tutuluyor.",
               footer=["Bizim için yazan, düzenleyen ve fotoğraf çekenler", "Haberciliğimizle ilgili şikâyette bulunmak", "Çerezler, gizlilik ve verileriniz", "Basılı ve dijital ilan vermek", "Siteyi kullanırken kabul ettiğiniz koşullar"],
               rights="Bu sitedeki her şeyin telif hakkı yayıncısına aittir. Herhangi bir bölümünü çoğaltmak için izin gerekir.",
               commenters=[("kumburnulu_sinan", "Eline sağlık, nihayet biri doğru soruları sormuş."),
                           ("Fatma Teyze Tahtakale", "Halka açık bir toplantı yapılacak mı, yoksa hep gazeteden mi okuyacağız?")]),
    "de": dict(nav=["Heute aus dem Tal und vom Land", "Unsere Städte und Dörfer von A bis Z", "Polizei, Gericht und Ermittlungen", "Läden, Firmen und Ihr Geld", "Wochenendsport von den Plätzen im Kreis", "Wohin gehen, was ansehen", "Leserbriefe, Kolumnen und was Sie dazu sagen"],
               cookie="Wir setzen technisch notwendige Cookies ein, damit diese Seite funktioniert. Mit Ihrer Erlaubnis möchten wir außerdem Analyse- und Werbe-Cookies setzen. Sie können Ihre Entscheidung jederzeit über den Link am Ende jeder Seite ändern.",
               accept="Passt, alle erlauben", reject="Bitte bloß die notwendigen", share="Diesen Text an jemanden schicken, den er interessiert",
               related="Was diese Woche sonst in Ihrer Nähe los war", newsletter="Die Lokalnachrichten des Tages in einer Mail um 7 Uhr",
               subscribe="Die 7-Uhr-Mail bestellen", email="sie@sieben-uhr-mail.example",
               comment_note="Zum Kommentieren brauchen Sie ein Konto. Kommentare werden vor dem Erscheinen geprüft, meist innerhalb einer Stunde.",
               closed="Die Kommentare zu diesem Artikel haben wir abgeschaltet.",
               footer=["Wer bei uns schreibt, redigiert und fotografiert", "Beschwerde über unsere Berichterstattung", "Cookies, Privatsphäre und Ihre Daten", "Anzeigen in Druck und online", "Die Bedingungen, denen Sie mit der Nutzung zustimmen"],
               rights="Das Urheberrecht an allen Inhalten dieser Seite liegt beim Verlag. Für jede Vervielfältigung ist eine Genehmigung nötig.",
               commenters=[("Kreuzbacher_Sepp", "Sauber recherchiert, endlich fragt mal jemand nach."),
                           ("Hanne aus Ebersried", "Gibt es dazu eine Bürgerversammlung, oder lesen wir das nur in der Zeitung?")]),
    "fr": dict(nav=["Aujourd'hui sur la côte et dans les vallées", "Nos villes et villages de A à Z", "Gendarmerie, tribunal et enquêtes", "Commerces, entreprises et porte-monnaie", "Le sport du week-end sur les terrains du canton", "Où aller, que voir", "Courrier, chroniques et vos avis"],
               cookie="Nous utilisons des cookies indispensables au fonctionnement du site. Avec votre accord, nous aimerions aussi déposer des cookies de mesure et de publicité. Vous pouvez changer d'avis quand vous le voulez grâce au lien en bas de chaque page.",
               accept="Ça me va, tout autoriser", reject="Seulement l'indispensable, s'il vous plaît", share="Transmettre cet article à quelqu'un que ça intéressera",
               related="Ce qui a aussi fait l'actualité près de chez vous cette semaine", newsletter="L'info locale du jour dans un courriel à 7 h",
               subscribe="M'inscrire au courriel de 7 h", email="vous@courriel-de-7h.example",
               comment_note="Il faut un compte pour commenter. Les commentaires sont vérifiés avant publication, en général dans l'heure.",
               closed="Nous avons désactivé les commentaires sur cet article.",
               footer=["Les visages derrière le journal", "Contester un de nos articles", "Cookies, vie privée et données", "Annonces papier et web", "Les conditions acceptées en utilisant ce site"],
               rights="Les droits sur l'ensemble du contenu de ce site appartiennent à son éditeur. Toute reproduction demande une autorisation.",
               commenters=[("lauzierois_Mathieu", "Bravo, pour une fois quelqu'un pose les bonnes questions."),
                           ("Josiane de la Halle", "Y aura-t-il une réunion publique, ou on le découvre dans le journal ?")]),
    "es": dict(nav=["Hoy en la costa y en los valles", "Nuestros pueblos y barrios de la A a la Z", "Guardia Civil, juzgados e investigaciones", "Tiendas, empresas y tu bolsillo", "El deporte del fin de semana en los campos de la comarca", "Adónde ir y qué ver", "Cartas, columnas y lo que opináis"],
               cookie="Usamos cookies imprescindibles para que la web funcione. Con tu permiso, también queremos instalar cookies de analítica y de publicidad. Puedes cambiar de opinión cuando quieras desde el enlace al pie de cada página.",
               accept="Me parece bien, permitir todas", reject="Solo las necesarias, por favor", share="Pásale esta noticia a quien le interese",
               related="Lo que también ha sido noticia cerca de ti esta semana", newsletter="Las noticias locales del día en un correo a las 7",
               subscribe="Apuntarme al correo de las 7", email="tu@correo-de-las-7.example",
               comment_note="Necesitas una cuenta para comentar. Revisamos los comentarios antes de publicarlos, normalmente en menos de una hora.",
               closed="Hemos desactivado los comentarios en esta noticia.",
               footer=["Quién escribe, edita y fotografía para nosotros", "Reclamar sobre una de nuestras informaciones", "Cookies, privacidad y lo que guardamos de ti", "Comprar un anuncio en el periódico o en la web", "Las condiciones que aceptas al usar esta web"],
               rights="Los derechos de todo el contenido de esta web pertenecen a su editor. Cualquier reproducción necesita autorización.",
               commenters=[("valdeolmeño_Rafa", "Bien trabajado, por fin alguien pregunta lo que hay que preguntar."),
                           ("Conchi de la calle Real", "¿Habrá reunión con los vecinos o nos enteraremos por el periódico?")]),
    "ru": dict(nav=["Сегодня на побережье и в долинах", "Наши города и сёла от А до Я", "Полиция, суд и расследования", "Магазины, предприятия и ваш кошелёк", "Спорт выходных на районных площадках", "Куда пойти и что посмотреть", "Письма, колонки и ваши отклики"],
               cookie="Мы используем обязательные cookie, без которых сайт не работает. С вашего разрешения мы также хотели бы использовать аналитические и рекламные cookie. Передумать можно в любой момент по ссылке внизу каждой страницы.",
               accept="Меня устраивает, разрешить все", reject="Пожалуйста, только обязательные", share="Переслать эту новость тому, кому она пригодится",
               related="О чём ещё говорили рядом с вами на этой неделе", newsletter="Местные новости дня одним письмом в 7 утра",
               subscribe="Получать письмо в 7 утра", email="vy@pismo-v-sem.example",
               comment_note="Чтобы комментировать, нужна учётная запись. Комментарии проверяются перед публикацией, обычно в течение часа.",
               closed="Комментарии к этой новости мы отключили.",
               footer=["Кто у нас пишет, редактирует и снимает", "Пожаловаться на нашу публикацию", "Cookie, приватность и ваши данные", "Купить рекламу в газете или на сайте", "Условия, с которыми вы соглашаетесь на сайте"],
               rights="Права на все материалы сайта принадлежат издателю. Для любого воспроизведения нужно разрешение.",
               commenters=[("краснояр_Виталий", "Толково написано, наконец-то кто-то задал правильные вопросы."),
                           ("Тамара Ильинична с Береговой", "Будет ли собрание жителей или мы опять узнаем всё из газеты?")]),
}
UI56 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"tr": "KUMBURNU POSTASI'NDA BUGÜN:"},  # the regional layout's inline links
    (mp2, "BIO"): {"tr": "{name}, {site} muhabiri; {section} sayfalarını hazırlıyor ve ada iskelesinden belediye meclisine kadar her yeri dolaşıyor. Haber önerileri: muhabir@example.org",
                   "fr": "{name} signe les rencontres et les portraits de {site} depuis 2015. Idées de sujets bienvenues à portraits@example.org"},
    (mp4, "READMORE"): {"en": "ALSO ON THE TRIBUNE:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"es": dict(also="Más en El Eco")},
    (mp6, "TYPO3"): {"de": dict(ext="Video vom Dorfladen Ebersried auf Vimeo", note="Hier ist ein kurzer Film über den Dorfladen eingebunden. Er wird erst nach Ihrer Zustimmung von Vimeo geladen; Vimeo erhält dabei Daten über Ihren Besuch.",
                                button="Zustimmen und den Dorfladen-Film zeigen", by="Von unserer Redakteurin", search="Im Heimatboten suchen",
                                lang_menu="Heimatbote in English")},
    (mp7, "SANITY"): {"en": dict(nl_title="Orchard Vale Evening", nl_text="The day in Orchard Vale, from the allotments to the town hall, in one email at six.",
                                 nl_button="Send me Orchard Vale Evening", nl_placeholder="Your email for Orchard Vale Evening")},
    (mp11, "HUGO"): {"tr": dict(nl_title="Tahtakale Pazar Mektubu", nl_text="Her pazar sabahı sokağın, çarşının ve müzenin haftası tek e-postada.",
                                nl_label="Pazar Mektubu için e-postanız", nl_button="Pazar Mektubu'nu gönderin")},
    (mp13, "PUB_NAV"): {"es": ["Recién salido del Cuaderno", "Vivir en La Vega", "Escuelas y familias", "Quiénes hacemos el Cuaderno"]},
    (mp13, "TEASERS"): {"es": TEASERS["es"]},
    (mp19, "UCOZ"): {"es": dict(domain="ucoz.es", slogan="Los Tres Caños: la asociación cultural de Villarcayo de Arriba",
                                menu=["Inicio de Los Tres Caños", "Qué pasa en Villarcayo", "Sobre nuestra asociación", "Caminos y fuentes del término", "Fotos de antes", "Escribe a la junta"],
                                cats=["Qué pasa en Villarcayo", "Caminos y fuentes del término", "San Bartolomé en Villarcayo"],
                                friends=["Ayuntamiento de Villarcayo de Arriba", "Peña Los Arrieros", "Coro parroquial de Villarcayo"],
                                footer="Asociación Cultural Los Tres Caños © 2026 · la web la llevan los socios",
                                poster="junta_trescanos", tags=["fuente de los Tres Caños", "camino del Molino"],
                                commenters=[("Nieves_la_del_horno", "Qué ilusión oír otra vez el agua en la fuente."),
                                            ("Julián", "El domingo subo con los nietos. ¿Hay que llevar algo para el vermú?")],
                                style="br", heads="h3")},
}
# the platform's own strings that an earlier layout lacks in a language: none needed in this part
PLATFORM_STRINGS = {}


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
        for (mod, name), by_key in list(SITE_STRINGS.items()) + list(PLATFORM_STRINGS.items()):
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
# the new layout: a XenForo 2 community forum that publishes its local news as article threads, as the thread is
# served to a guest: the head with the css.php?css=public:... links and js/xf/preamble; the p-header with the logo,
# the p-nav tabs with the guest's "Log in" / "Register" and the search, the p-sectionLinks, the p-breadcrumbs, the
# p-title with the thread title and the thread starter / start date; the first post as an article
# (message--article: the bbWrapper holding the story as BB code renders it -- plain text with <br /> runs, <b> / <i>,
# bbHeading subheadings, bbCodeBlock quotes, lists, the attached picture with a caption line --, the author block,
# the reactions bar); the "Share:" buttons; the residents' replies as messages with their avatars, user titles,
# dates and bbWrappers; the pagination; "You must log in or register to reply here."; "Similar threads"; the
# p-footer; the XenForo cookie notice; and the scripts (jQuery, vendor and core bundles, XF.config and XF.phrases)
# --------------------------------------------------------------------------
# the platform's generic strings, per language (XenForo's phrases as its language packs ship them; not checked)
XENFORO_CORE = {
    "en": dict(html_lang="en-GB", home="Home", forums="Forums", whatsnew="What's new", members="Members", login="Log in",
               register="Register", search="Search", new_posts="New posts", search_forums="Search forums",
               menu="Menu", starter="Thread starter", start="Start date", reactions="Reactions:", like="Like",
               and_others="and {n} others", share="Share:", email="Email", share_btn="Share", link="Link",
               expand="Click to expand...", said="said:", must_log_in="You must log in or register to reply here.",
               similar="Similar threads", replies="Replies", views="Views", next="Next", of="{a} of {b}",
               joined="Joined", messages="Messages", score="Reaction score", contact="Contact us", terms="Terms and rules",
               privacy="Privacy policy", help="Help", style="Default style", lang_name="English (UK)",
               platform="Community platform by XenForo", js_off="JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.",
               old_browser="You are using an out of date browser. It  may not display this or other websites correctly.<br />You should upgrade or use an <a href=\"https://www.google.com/chrome/\" target=\"_blank\" rel=\"noopener\">alternative browser</a>.",
               cookie="This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.<br />\nBy continuing to use this site, you are consenting to our use of cookies.",
               accept="Accept", learn="Learn more…", back="Back", top="Top",
               months=["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
               days=["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
               full_months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
               at="at", loading="Loading…", close="Close"),
    "de": dict(html_lang="de-DE", home="Startseite", forums="Foren", whatsnew="Neue Beiträge", members="Mitglieder", login="Anmelden",
               register="Registrieren", search="Suche", new_posts="Neue Beiträge", search_forums="Foren durchsuchen",
               menu="Menü", starter="Ersteller", start="Erstellt am", reactions="Reaktionen:", like="Gefällt mir",
               and_others="und {n} weitere Person(en)", share="Teilen:", email="E-Mail", share_btn="Teilen", link="Link",
               expand="Zum Vergrößern anklicken....", said="sagte:", must_log_in="Du musst dich einloggen oder registrieren, um hier zu antworten.",
               similar="Ähnliche Themen", replies="Antworten", views="Aufrufe", next="Weiter", of="{a} von {b}",
               joined="Dabei seit", messages="Beiträge", score="Punkte Reaktionen", contact="Kontakt", terms="Nutzungsbedingungen und Regeln",
               privacy="Datenschutz", help="Hilfe", style="Standard-Style", lang_name="Deutsch (Du)",
               platform="Community-Plattform von XenForo", js_off="JavaScript ist deaktiviert. Für eine bessere Darstellung aktiviere bitte JavaScript in deinem Browser, bevor du fortfährst.",
               old_browser="Du verwendest einen veralteten Browser. Es ist möglich, dass diese oder andere Websites nicht korrekt angezeigt werden.<br />Du solltest ein Upgrade durchführen oder einen <a href=\"https://www.google.com/chrome/\" target=\"_blank\" rel=\"noopener\">alternativen Browser</a> verwenden.",
               cookie="Diese Seite verwendet Cookies, um Inhalte zu personalisieren, diese deiner Erfahrung anzupassen und dich nach der Registrierung angemeldet zu halten.<br />\nWenn du dich weiterhin auf dieser Seite aufhältst, akzeptierst du unseren Einsatz von Cookies.",
               accept="Akzeptieren", learn="Erfahre mehr…", back="Zurück", top="Oben",
               months=["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."],
               days=["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
               full_months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
               at="um", loading="Lade…", close="Schließen"),
}
# the sites' own strings: host, logo text, extra nav tabs, node names, the news team's account, the residents'
# replies (user, user title, text), the members who reacted, the footer's home link
XENFORO = {
    "Wendle Valley Forum": dict(
        domain="wendlevalley-forum.example", short="Valley Forum", theme="#1f5f5b",
        tabs=["Valley headlines", "Events in the valley", "Lost, found & free"], category="Around the Wendle", forum="Wendle news desk",
        starter_title="The forum's news team", starter_joined="Apr 2017", starter_posts="2,916", starter_score="8,140",
        replies=[("ferryman_frank", "Crossed 10,000 times", "Six weeks in March. They picked the month with the worst tides, I'll say no more."),
                 ("SaltcoteSal", "Saltcote regular", "Does anyone know if the launch takes mobility scooters? Asking for my dad."),
                 ("Hobbsie", "New member", "Replying to Sal: I asked at the ramp today and they said yes, if it fits through the gate.")],
        reacted=["SaltcoteSal", "heron_watcher", "Dunnock"],
        footer_home="Wendle Valley home"),
    "Talforum Obere Wiesach": dict(
        domain="talforum-wiesach.example", short="Talforum", theme="#8a4b16",
        tabs=["Talnachrichten", "Veranstaltungen im Tal", "Biete & Suche"], category="Rund um die Wiesach", forum="Neues von der Wiesach",
        starter_title="Redaktionsteam des Forums", starter_joined="März 2016", starter_posts="3.482", starter_score="9.917",
        replies=[("MamaVonDrei", "Stammgast", "Bei drei Kindern sind das bei uns fast 50 Euro im Monat mehr. Das tut weh."),
                 ("Wiesacher_Hans", "Bekanntes Mitglied", "Die alte Schulküche gibt es noch, da haben wir 1985 schon Pfannkuchen gebacken. Wieder aufmachen!"),
                 ("Elternbeirat_GS", "Neues Mitglied", "Danke fürs Zusammenfassen. Wir sammeln weiter Unterschriften, Listen liegen im Sekretariat.")],
        reacted=["Wiesacher_Hans", "Gerti_58", "Talkind"],
        footer_home="Talforum Startseite"),
}
XENFORO_EXEMPT = {"domain", "theme", "starter_joined", "starter_posts", "starter_score"}


def xf_inline(s):
    """A story paragraph's inline markup as XenForo's BB code renderer writes it ([B] -> <b>, [URL] -> an external link)."""
    out = mp.inline_html(s).replace("<strong>", "<b>").replace("</strong>", "</b>")
    return re.sub(r'<a href="([^"]*)">', r'<a href="\1" class="link link--external" rel="nofollow ugc noopener" target="_blank">', out)


def render_inline(tpl, val):
    return xf_inline(val) if tpl == "xenforo" else mp.inline_html(val)


def xf_avatar(user, uid, size, rng):
    colours = [("#cc8f52", "#47290a"), ("#5c85d6", "#1c3566"), ("#8fcc52", "#2e4d0f"), ("#d65c85", "#66152f"), ("#52cccc", "#0f4d4d")]
    bg, fg = colours[uid % len(colours)]
    return ('<a href="/members/%s.%d/" class="avatar avatar--%s avatar--default avatar--default--dynamic" data-user-id="%d" '
            'data-xf-init="member-tooltip" style="background-color: %s; color: %s"><span class="avatar-u%d-%s" role="img" '
            'aria-label="%s">%s</span></a>' % (slug(user), uid, size, uid, bg, fg, uid, size, A(user), E(user[0].upper())))


def xf_time(c, lang, iso, hh, mm):
    y, m, d = (int(x) for x in iso.split("-"))
    import datetime
    ts = int(datetime.datetime(y, m, d, hh, mm, tzinfo=datetime.timezone.utc).timestamp())
    shown = ("%d %s %d" if lang == "en" else "%d. %s %d") % (d, c["months"][m - 1], y)
    return ts, shown, '<time  class="u-dt" dir="auto" datetime="%04d-%02d-%02dT%02d:%02d:00+0000" data-time="%d" data-date-string="%s" data-time-string="%02d:%02d" title="%s %s %02d:%02d">%s</time>' % (
        y, m, d, hh, mm, ts, shown, hh, mm, shown, c["at"], hh, mm, shown)


def xf_bbwrapper(art, placed, rng, c, site, s):
    """The first post's bbWrapper: the attached picture and its caption line, then the story as BB code renders it,
    with what the news team pasted in between."""
    blocks, n = art["blocks"], len(art["blocks"])
    img_slug = slug(art["title"])[:40].strip("-")
    aid = rng.randint(4000, 9999)
    src = "https://%s/attachments/%s-jpg.%d/" % (s["domain"], img_slug, aid)
    items = [("block", '<div class="bbImageWrapper  js-lbImage" title="%s.jpg" data-src="%s" data-lb-sidebar-href="" '
                       'data-lb-caption-extra-html="" data-single-image="1"><img src="%s" data-url="" class="bbImage" '
                       'data-zoom-target="1" style="" alt="%s.jpg" title="%s.jpg" width="1280" height="853" loading="lazy" /></div>' % (
                           img_slug, src, src, img_slug, img_slug)),
             ("text", "<i>%s %s</i>" % (E(art["caption"]), E(art["credit"])))]
    for i in range(n + 1):
        for snip in placed.get(i, []):
            items.append(("text" if re.match(r"<(span|a|b|i|small|em|strong)\b", snip) else "block", snip))
        if i == n:
            break
        kind, val = blocks[i]
        if kind == "p":
            items.append(("text", xf_inline(val)))
        elif kind == "h":
            items.append(("block", '<h3 class="bbHeading">%s</h3>' % E(val)))
        elif kind == "q":
            items.append(("block", '<blockquote data-attributes="" data-quote="" data-source="" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">'
                                   '<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">%s</div>'
                                   '<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">%s</a></div></div></blockquote>' % (
                                       xf_inline(val), E(c["expand"]))))
        else:
            tag = "ul" if kind == "ul" else 'ol type="1"'
            items.append(("block", "<%s>\n%s\n</%s>" % (tag, "\n".join('<li data-xf-list-type="%s">%s</li>' % (kind, xf_inline(v)) for v in val), kind)))
    out = []
    for k, (kind, html) in enumerate(items):
        if k:
            out.append("<br />\n<br />\n" if kind == "text" and items[k - 1][0] == "text" else "\n")
        out.append(html)
    return "".join(out)


def tpl_xenforo(art, ui, site, placed, rng):
    # an article thread of a XenForo 2 community forum, as served to a guest (see the module docstring)
    lang = art["lang"]
    c, s = XENFORO_CORE[lang], XENFORO[site]
    host = "https://" + s["domain"]
    tid = rng.randint(3000, 9999)
    pid0 = rng.randint(40000, 90000)
    tslug = "%s.%d" % (slug(mp.inline_text(art["title"]))[:60].strip("-"), tid)
    url = "%s/threads/%s/" % (host, tslug)
    node = rng.randint(8, 40)
    fslug = "%s.%d" % (slug(s["forum"]), node)
    cslug = "%s.%d" % (slug(s["category"]), node - 3)
    ts, shown, time_html = xf_time(c, lang, art["date"], 7, rng.randint(0, 59))
    starter_id = rng.randint(2, 9)
    ver = "%d" % (1700000000 + rng.randint(0, 9999999))
    k = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    csrf = "%d,%s" % (ts + 3600, "".join(rng.choice("0123456789abcdef") for _ in range(32)))
    desc = E(art["sub"])
    body = xf_bbwrapper(art, placed, rng, c, site, s)
    # the author block and the reactions bar of the article
    reacted = s["reacted"]
    others = rng.randint(6, 40)
    reactions = ('<div class="reactionsBar js-reactionsList is-active">\n\t<ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1" data-reaction-id="1">'
                 '<i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="%s" title="%s" /></span></li></ul>\n'
                 '\t<span class="u-srOnly">%s</span>\n\t<a class="reactionsBar-link" href="/posts/%d/reactions" data-xf-click="overlay" data-cache="false" rel="nofollow">%s</a>\n</div>' % (
                     A(c["like"]), A(c["like"]), E(c["reactions"]), pid0,
                     ", ".join("<bdi>%s</bdi>" % E(u) for u in reacted[:2]) + " " + E(c["and_others"].replace("{n}", str(others)))))
    article = f'''		<article class="message message--article js-post js-inlineModContainer  " data-author="{A(art["byline"])}" data-content="post-{pid0}" id="js-post-{pid0}">
			<span class="u-anchorTarget" id="post-{pid0}"></span>
			<div class="message-inner">
				<div class="message-cell message-cell--main">
					<div class="message-main js-quickEditTarget">
						<div class="message-content js-messageContent">
							<div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-{pid0}" data-lb-caption-desc="{A(art["byline"])} &middot; {A(shown)}">
								<article class="message-body js-selectToQuote">
									<div class="bbWrapper">{body}</div>
									<div class="js-selectToQuoteEnd">&nbsp;</div>
								</article>
							</div>
						</div>
						<div class="message-articleUserInfo">
							<div class="message-articleUserAvatar">{xf_avatar(art["byline"], starter_id, "m", rng)}</div>
							<div class="message-articleUserName">
								<h4 class="message-name"><a href="/members/{slug(art["byline"])}.{starter_id}/" class="username " dir="auto" data-user-id="{starter_id}" data-xf-init="member-tooltip"><span class="username--staff username--moderator">{E(art["byline"])}</span></a></h4>
								<h5 class="userTitle message-userTitle" dir="auto">{E(s["starter_title"])}</h5>
							</div>
							<div class="message-articleUserStats">
								<ul class="listPlain listInline listInline--bullet">
									<li><dl class="pairs pairs--inline"><dt>{E(c["joined"])}</dt><dd>{E(s["starter_joined"])}</dd></dl></li>
									<li><dl class="pairs pairs--inline"><dt>{E(c["messages"])}</dt><dd>{E(s["starter_posts"])}</dd></dl></li>
									<li><dl class="pairs pairs--inline"><dt>{E(c["score"])}</dt><dd>{E(s["starter_score"])}</dd></dl></li>
								</ul>
							</div>
						</div>
						<footer class="message-footer">
							{reactions}
							<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div>
						</footer>
					</div>
				</div>
			</div>
		</article>'''
    nets = [("facebook", "Facebook", "https://www.facebook.com/sharer.php?u={url}"), ("twitter", "X", "https://twitter.com/intent/tweet?url={url}&amp;text={title}"),
            ("reddit", "Reddit", "https://reddit.com/submit?url={url}&amp;title={title}"), ("whatsApp", "WhatsApp", "https://api.whatsapp.com/send?text={title}&nbsp;{url}")]
    share = "\n".join('\t\t\t<a class="shareButtons-button shareButtons-button--brand shareButtons-button--%s" data-href="%s">\n\t\t\t\t<i aria-hidden="true"></i>\n\t\t\t\t<span>%s</span>\n\t\t\t</a>' % (
        cls, href, E(name)) for cls, name, href in nets)
    share += ('\n\t\t\t<a class="shareButtons-button shareButtons-button--email" data-href="mailto:?subject={title}&amp;body={url}">\n\t\t\t\t<i aria-hidden="true"></i>\n\t\t\t\t<span>%s</span>\n\t\t\t</a>'
              '\n\t\t\t<a class="shareButtons-button shareButtons-button--share is-hidden" data-xf-init="web-share" data-title="" data-text="" data-url="" data-hide=".shareButtons-button:not(.shareButtons-button--share)">\n\t\t\t\t<i aria-hidden="true"></i>\n\t\t\t\t<span>%s</span>\n\t\t\t</a>'
              '\n\t\t\t<a class="shareButtons-button shareButtons-button--link is-hidden" data-clipboard="{url}">\n\t\t\t\t<i aria-hidden="true"></i>\n\t\t\t\t<span>%s</span>\n\t\t\t</a>' % (
                  E(c["email"]), E(c["share_btn"]), E(c["link"])))
    # the residents' replies
    posts = []
    for j, (user, title, text) in enumerate(s["replies"]):
        uid = rng.randint(100, 2999)
        pid = pid0 + 3 + j * rng.randint(2, 9)
        _, rshown, rtime = xf_time(c, lang, art["date"], 9 + 2 * j, rng.randint(0, 59))
        posts.append(f'''		<article class="message message--post js-post js-inlineModContainer  " data-author="{A(user)}" data-content="post-{pid}" id="js-post-{pid}" itemscope itemtype="https://schema.org/Comment" itemid="{host}/posts/{pid}/">
			<meta itemprop="parentItem" itemscope itemid="{url}" />
			<span class="u-anchorTarget" id="post-{pid}"></span>
			<div class="message-inner">
				<div class="message-cell message-cell--user">
					<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person" itemid="{host}/members/{slug(user)}.{uid}/">
						<meta itemprop="url" content="{host}/members/{slug(user)}.{uid}/" />
						<div class="message-avatar "><div class="message-avatar-wrapper">{xf_avatar(user, uid, "m", rng)}</div></div>
						<div class="message-userDetails">
							<h4 class="message-name"><a href="/members/{slug(user)}.{uid}/" class="username " dir="auto" data-user-id="{uid}" data-xf-init="member-tooltip"><span itemprop="name">{E(user)}</span></a></h4>
							<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">{E(title)}</h5>
						</div>
						<span class="message-userArrow"></span>
					</section>
				</div>
				<div class="message-cell message-cell--main">
					<div class="message-main js-quickEditTarget">
						<header class="message-attribution message-attribution--split">
							<ul class="message-attribution-main listInline ">
								<li class="u-concealed"><a href="/threads/{tslug}/post-{pid}" rel="nofollow" itemprop="url">{rtime.replace('class="u-dt"', 'class="u-dt" itemprop="datePublished"')}</a></li>
							</ul>
							<ul class="message-attribution-opposite message-attribution-opposite--list ">
								<li><a href="/threads/{tslug}/post-{pid}" class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="/posts/{pid}/share" aria-label="{A(c["share_btn"])}" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li>
								<li><a href="/threads/{tslug}/post-{pid}" rel="nofollow">#{j + 2}</a></li>
							</ul>
						</header>
						<div class="message-content js-messageContent">
							<div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-{pid}" data-lb-caption-desc="{A(user)} &middot; {A(rshown)}">
								<article class="message-body js-selectToQuote">
									<div itemprop="text"><div class="bbWrapper">{E(text)}</div></div>
									<div class="js-selectToQuoteEnd">&nbsp;</div>
								</article>
							</div>
						</div>
						<footer class="message-footer"><div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div></footer>
					</div>
				</div>
			</div>
		</article>''')
    pagenav = (f'<nav class="pageNavWrapper pageNavWrapper--mixed ">\n\t<div class="pageNav  ">\n\t\t<ul class="pageNav-main">\n'
               f'\t\t\t<li class="pageNav-page pageNav-page--current "><a href="/threads/{tslug}/">1</a></li>\n'
               f'\t\t\t<li class="pageNav-page "><a href="/threads/{tslug}/page-2">2</a></li>\n\t\t</ul>\n'
               f'\t\t<a href="/threads/{tslug}/page-2" class="pageNav-jump pageNav-jump--next">{E(c["next"])}</a>\n\t</div>\n'
               f'\t<div class="pageNavSimple">\n\t\t<a class="pageNavSimple-el pageNavSimple-el--current" data-xf-click="menu" role="button" tabindex="0" aria-expanded="false" aria-haspopup="true">{E(c["of"].replace("{a}", "1").replace("{b}", "2"))}</a>\n'
               f'\t\t<a href="/threads/{tslug}/page-2" class="pageNavSimple-el pageNavSimple-el--next">{E(c["next"])} <i aria-hidden="true"></i></a>\n\t</div>\n</nav>')
    # similar threads: other threads of the forum
    similar = []
    for h in rng.sample(HEADLINES[lang], 4):
        uid = rng.randint(100, 2999)
        user = rng.choice([u for u, _, _ in s["replies"]] + [art["byline"]])
        _, sshown, stime = xf_time(c, lang, "%s-%02d-%02d" % (art["date"][:4], rng.randint(1, 12), rng.randint(1, 28)), rng.randint(7, 21), rng.randint(0, 59))
        sid = rng.randint(1000, 9999)
        similar.append(f'''				<div class="structItem structItem--thread js-inlineModContainer js-threadListItem-{sid}" data-author="{A(user)}">
					<div class="structItem-cell structItem-cell--icon"><div class="structItem-iconContainer">{xf_avatar(user, uid, "s", rng)}</div></div>
					<div class="structItem-cell structItem-cell--main" data-xf-init="touch-proxy">
						<div class="structItem-title"><a href="/threads/{slug(h)[:60].strip("-")}.{sid}/" class="" data-tp-primary="on" data-xf-init="preview-tooltip" data-preview-url="/threads/{slug(h)[:60].strip("-")}.{sid}/preview">{E(h)}</a></div>
						<div class="structItem-minor">
							<ul class="structItem-parts">
								<li><a href="/members/{slug(user)}.{uid}/" class="username " dir="auto" data-user-id="{uid}" data-xf-init="member-tooltip">{E(user)}</a></li>
								<li class="structItem-startDate"><a href="/threads/{slug(h)[:60].strip("-")}.{sid}/" rel="nofollow">{stime}</a></li>
								<li><a href="/forums/{fslug}/">{E(s["forum"])}</a></li>
							</ul>
						</div>
					</div>
					<div class="structItem-cell structItem-cell--meta">
						<dl class="pairs pairs--justified"><dt>{E(c["replies"])}</dt><dd>{rng.randint(0, 60)}</dd></dl>
						<dl class="pairs pairs--justified structItem-minor"><dt>{E(c["views"])}</dt><dd>{rng.randint(120, 4800)}</dd></dl>
					</div>
				</div>''')
    crumbs_items = [(c["home"], "/"), (c["forums"], "/forums/"), (s["category"], "/forums/#%s" % cslug), (s["forum"], "/forums/%s/" % fslug)]
    def crumbs(where):
        return ('<ul class="p-breadcrumbs %s" itemscope itemtype="https://schema.org/BreadcrumbList">\n' % where
                + "\n".join('\t<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">\n\t\t<a href="%s" itemprop="item"><span itemprop="name">%s</span></a>\n\t\t<meta itemprop="position" content="%d" />\n\t</li>' % (
                    href, E(name), p + 1) for p, (name, href) in enumerate(crumbs_items)) + "\n</ul>")
    tabs = [(c["home"], "/", "home", False), (c["forums"], "/forums/", "forums", True)] + [
        (t, "/%s/" % slug(t), slug(t), False) for t in s["tabs"]] + [(c["whatsnew"], "/whats-new/", "whatsNew", False), (c["members"], "/members/", "members", False)]
    nav = "\n".join('\t\t\t\t\t\t<li>\n\t\t\t\t\t\t\t<div class="p-navEl %s" %s>\n\t\t\t\t\t\t\t\t<a href="%s" class="p-navEl-link %s" data-xf-key="%d" data-nav-id="%s">%s</a>%s\n\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t</li>' % (
        "is-selected" if sel else "", 'data-has-children="true"' if sel else "", href, "p-navEl-link--splitMenu " if sel else "", k + 1, nid, E(name),
        '\n\t\t\t\t\t\t\t\t<a data-xf-key="%d" data-xf-click="menu" data-menu-pos-ref="&lt; .p-navEl" class="p-navEl-splitTrigger" role="button" tabindex="0" aria-label="Toggle expanded" aria-expanded="false" aria-haspopup="true"></a>' % (k + 1) if sel else "")
        for k, (name, href, nid, sel) in enumerate(tabs))
    ld = json.dumps({"@context": "https://schema.org", "@type": "DiscussionForumPosting", "@id": url, "headline": art["title"],
                     "articleBody": art["sub"], "articleSection": s["forum"],
                     "author": {"@type": "Person", "name": art["byline"]}, "datePublished": "%sT07:00:00+00:00" % art["date"],
                     "interactionStatistic": {"@type": "InteractionCounter", "interactionType": "https://schema.org/ReplyAction",
                                              "userInteractionCount": len(s["replies"]) + rng.randint(10, 30)},
                     "publisher": {"@type": "Organization", "name": site}, "mainEntityOfPage": {"@type": "WebPage", "@id": url}},
                    ensure_ascii=False, indent="\t").replace("</", "<\\/")
    css1 = "public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less"
    css2 = "public%3Abb_code.less%2Cpublic%3Alightbox.less%2Cpublic%3Amessage.less%2Cpublic%3Anotices.less%2Cpublic%3Ashare_controls.less%2Cpublic%3Astructured_list.less%2Cpublic%3Aextra.less"
    phrases_days = "\n".join('\t\t\tday%d: "%s",' % (k, d) for k, d in enumerate(c["days"]))
    phrases_months = "\n".join('\t\t\tmonth%d: "%s",' % (k, m) for k, m in enumerate(c["full_months"]))
    return f'''<!DOCTYPE html>
<html id="XF" lang="{c["html_lang"]}" dir="LTR"
	data-xf="2.2"
	data-app="public"
	data-variation="default"
	data-color-scheme="light"
	data-template="thread_view_type_article"
	data-container-key="node-{node}"
	data-content-key="thread-{tid}"
	data-logged-in="false"
	data-cookie-prefix="xf_"
	data-csrf="{csrf}"
	class="has-no-js template-thread_view_type_article"
	>
<head>
	<meta charset="utf-8" />
	<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
	<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">

	<title>{E(art["title"])} | {E(site)}</title>

	<link rel="manifest" href="/webmanifest.php">
	<meta name="theme-color" content="{s["theme"]}" />
	<meta name="apple-mobile-web-app-title" content="{A(s["short"])}">

	<meta name="description" content="{desc}" />
	<meta property="og:description" content="{desc}" />
	<meta property="twitter:description" content="{desc}" />
	<link rel="canonical" href="{url}" />
	<link rel="next" href="{url}page-2" />
	<meta property="og:site_name" content="{A(site)}" />
	<meta property="og:type" content="website" />
	<meta property="og:title" content="{A(art["title"])}" />
	<meta property="twitter:title" content="{A(art["title"])}" />
	<meta property="og:url" content="{url}" />

	<link rel="alternate" type="application/rss+xml" title="RSS feed for {A(site)}" href="/forums/-/index.rss" />
	<link rel="preload" href="/styles/fonts/fa/fa-regular-400.woff2?_v=5.15.3" as="font" type="font/woff2" crossorigin="anonymous" />
	<link rel="stylesheet" href="/css.php?css={css1}&amp;s=1&amp;l=1&amp;d={ver}&amp;k={k}" />
	<link rel="stylesheet" href="/css.php?css={css2}&amp;s=1&amp;l=1&amp;d={ver}&amp;k={k[::-1]}" />

	<script src="/js/xf/preamble.min.js?_v={k[:8]}"></script>

	<link rel="icon" type="image/png" href="{host}/data/assets/logo/favicon-32x32.png" sizes="32x32" />
	<script type="application/ld+json">
{ld}
	</script>
</head>
<body data-template="thread_view_type_article">

<div class="p-pageWrapper" id="top">

<header class="p-header" id="header">
	<div class="p-header-inner">
		<div class="p-header-content">
			<div class="p-header-logo p-header-logo--image">
				<a href="/">
					<img src="/data/assets/logo/{slug(site)}.png" srcset="/data/assets/logo/{slug(site)}-2x.png 2x" alt="{A(site)}" width="260" height="52" />
				</a>
			</div>
		</div>
	</div>
</header>

<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header">
	<nav class="p-nav">
		<div class="p-nav-inner">
			<button type="button" class="button--plain p-nav-menuTrigger button" data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" tabindex="0" aria-label="{A(c["menu"])}"><span class="button-text">
				<i aria-hidden="true"></i>
			</span></button>
			<div class="p-nav-smallLogo">
				<a href="/"><img src="/data/assets/logo/{slug(site)}-small.png" alt="{A(site)}" width="120" height="32" /></a>
			</div>
			<div class="p-nav-scroller hScroller" data-xf-init="h-scroller" data-auto-scroll=".p-navEl.is-selected">
				<div class="hScroller-scroll">
					<ul class="p-nav-list js-offCanvasNavSource">
{nav}
					</ul>
				</div>
			</div>
			<div class="p-nav-opposite">
				<div class="p-navgroup p-account p-navgroup--guest">
					<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay" data-follow-redirects="on">
						<span class="p-navgroup-linkText">{E(c["login"])}</span>
					</a>
					<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay" data-follow-redirects="on">
						<span class="p-navgroup-linkText">{E(c["register"])}</span>
					</a>
				</div>
				<div class="p-navgroup p-discovery">
					<a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu" data-xf-key="/" aria-label="{A(c["search"])}" aria-expanded="false" aria-haspopup="true" title="{A(c["search"])}" data-xf-init="tooltip">
						<i aria-hidden="true"></i>
						<span class="p-navgroup-linkText">{E(c["search"])}</span>
					</a>
				</div>
			</div>
		</div>
	</nav>
</div>
<div class="p-sectionLinks">
	<div class="p-sectionLinks-inner hScroller" data-xf-init="h-scroller">
		<div class="hScroller-scroll">
			<ul class="p-sectionLinks-list">
				<li><div class="p-navEl " ><a href="/whats-new/posts/" class="p-navEl-link " data-xf-key="alt+1" data-nav-id="newPosts">{E(c["new_posts"])}</a></div></li>
				<li><div class="p-navEl " ><a href="/search/?type=post" class="p-navEl-link " data-xf-key="alt+2" data-nav-id="searchForums">{E(c["search_forums"])}</a></div></li>
			</ul>
		</div>
	</div>
</div>

<div class="offCanvasMenu offCanvasMenu--nav js-headerOffCanvasMenu" data-menu="menu" aria-hidden="true" data-ocm-builder="navigation">
	<div class="offCanvasMenu-backdrop" data-menu-close="true"></div>
	<div class="offCanvasMenu-content">
		<div class="offCanvasMenu-header">{E(c["menu"])}<a class="offCanvasMenu-closer" data-menu-close="true" role="button" tabindex="0" aria-label="{A(c["close"])}"></a></div>
		<div class="js-offCanvasNavTarget"></div>
	</div>
</div>

<div class="p-body">
	<div class="p-body-inner">
		<!--XF:EXTRA_OUTPUT-->

{crumbs("")}

		<noscript class="js-jsWarning"><div class="blockMessage blockMessage--important blockMessage--iconic u-noJsOnly">{E(c["js_off"])}</div></noscript>
		<div class="blockMessage blockMessage--important blockMessage--iconic js-browserWarning" style="display: none">{c["old_browser"]}</div>

		<div class="p-body-header">
			<div class="p-title ">
				<h1 class="p-title-value">{E(art["title"])}</h1>
			</div>
			<div class="p-description">
				<ul class="listInline listInline--bullet">
					<li>
						<i class="fa--xf far fa-user" aria-hidden="true" title="{A(c["starter"])}"></i>
						<span class="u-srOnly">{E(c["starter"])}</span>
						<a href="/members/{slug(art["byline"])}.{starter_id}/" class="username  u-concealed" dir="auto" data-user-id="{starter_id}" data-xf-init="member-tooltip">{E(art["byline"])}</a>
					</li>
					<li>
						<i class="fa--xf far fa-clock" aria-hidden="true" title="{A(c["start"])}"></i>
						<span class="u-srOnly">{E(c["start"])}</span>
						<a href="/threads/{tslug}/" class="u-concealed">{time_html}</a>
					</li>
				</ul>
			</div>
		</div>

		<div class="p-body-main  ">
			<div class="p-body-content">
				<div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*">
	<span class="u-anchorTarget" id="posts"></span>
	<div class="block-outer js-threadStatusField"></div>
	<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-message-selector=".js-post" data-lb-id="thread-{tid}" data-lb-universal="0">
		<div class="block-body js-replyNewMessageContainer">
{article}
		</div>
	</div>
	<div class="block-outer block-outer--after">
		<div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons" data-page-url="" data-page-title="" data-page-desc="" data-page-image="">
			<span class="u-anchorTarget" id="_xfUid-1-{ts}"></span>
			<span class="shareButtons-label">{E(c["share"])}</span>
			<div class="shareButtons-buttons">
{share}
			</div>
		</div>
	</div>
</div>

<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*">
	<div class="block-outer"><div class="block-outer-main">{pagenav}</div></div>
	<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-message-selector=".js-post" data-lb-id="thread-{tid}" data-lb-universal="0">
		<div class="block-body js-replyNewMessageContainer">
{chr(10).join(posts)}
		</div>
	</div>
	<div class="block-outer block-outer--after">
		<div class="block-outer-main">{pagenav}</div>
		<div class="block-outer-opposite">
			<a href="/login/" class="button--link button--wrap button" data-xf-click="overlay"><span class="button-text">
				{E(c["must_log_in"])}
			</span></a>
		</div>
	</div>
</div>

<div class="block"  data-widget-id="{node + 11}" data-widget-key="xfes_thread_view_below_quick_reply_similar_threads" data-widget-definition="xfes_similar_threads">
	<div class="block-container">
		<h3 class="block-header">{E(c["similar"])}</h3>
		<div class="block-body">
			<div class="structItemContainer">
{chr(10).join(similar)}
			</div>
		</div>
	</div>
</div>
				</div>
			</div>
		</div>

{crumbs("p-breadcrumbs--bottom")}
	</div>
</div>

<footer class="p-footer" id="footer">
	<div class="p-footer-inner">
		<div class="p-footer-row">
			<div class="p-footer-row-main">
				<ul class="p-footer-linkList">
					<li><a href="/misc/style" data-xf-click="overlay" data-xf-init="tooltip" title="Style chooser" rel="nofollow"><i class="fa--xf far fa-paint-brush" aria-hidden="true"></i> {E(c["style"])}</a></li>
					<li><a href="/misc/language" data-xf-click="overlay" data-xf-init="tooltip" title="Language chooser" rel="nofollow"><i class="fa--xf far fa-globe" aria-hidden="true"></i> {E(c["lang_name"])}</a></li>
				</ul>
			</div>
			<div class="p-footer-row-opposite">
				<ul class="p-footer-linkList">
					<li><a href="/misc/contact" data-xf-click="overlay">{E(c["contact"])}</a></li>
					<li><a href="/help/terms/">{E(c["terms"])}</a></li>
					<li><a href="/help/privacy-policy/">{E(c["privacy"])}</a></li>
					<li><a href="/help/">{E(c["help"])}</a></li>
					<li><a href="{host}">{E(s["footer_home"])}</a></li>
					<li><a href="/forums/-/index.rss" target="_blank" class="p-footer-rssLink" title="RSS"><span aria-hidden="true"><i class="fa--xf far fa-rss" aria-hidden="true"></i><span class="u-srOnly">RSS</span></span></a></li>
				</ul>
			</div>
		</div>
		<div class="p-footer-copyright">
			<a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">{E(c["platform"])}<sup>&reg;</sup> <span class="copyright">&copy; 2010-2024 XenForo Ltd.</span></a>
		</div>
	</div>
</footer>
</div> <!-- closing p-pageWrapper -->

<div class="u-bottomFixer js-bottomFixTarget">
	<ul class="notices notices--bottom_fixer  js-notices" data-xf-init="notices" data-type="bottom_fixer" data-scroll-interval="6">
		<li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0" data-visibility="">
			<div class="notice-content">
				<div class="u-alignCenter">
					{c["cookie"]}
				</div>
				<div class="u-inputSpacer u-alignCenter">
					<a href="/account/dismiss-notice" class="js-noticeDismiss button--notice button"><span class="button-text">{E(c["accept"])}</span></a>
					<a href="/help/cookies" class="button--notice button"><span class="button-text">{E(c["learn"])}</span></a>
				</div>
			</div>
		</li>
	</ul>
</div>

<div class="u-navButtons js-navButtons" data-trigger-type="up">
	<a href="javascript:" class="button--scroll button"><span class="button-text"><i class="fa--xf far fa-arrow-left" aria-hidden="true"></i><span class="u-srOnly">{E(c["back"])}</span></span></a>
</div>
<div class="u-scrollButtons js-scrollButtons" data-trigger-type="up">
	<a href="#top" class="button--scroll button" data-xf-click="scroll-to"><span class="button-text"><i class="fa--xf far fa-arrow-up" aria-hidden="true"></i><span class="u-srOnly">{E(c["top"])}</span></span></a>
</div>

	<script src="/js/vendor/jquery/jquery-3.5.1.min.js?_v={k[:8]}"></script>
	<script src="/js/vendor/vendor-compiled.js?_v={k[:8]}"></script>
	<script src="/js/xf/core-compiled.js?_v={k[:8]}"></script>
	<script src="/js/xf/lightbox-compiled.js?_v={k[:8]}"></script>
	<script>
		jQuery.extend(true, XF.config, {{
			userId: 0,
			enablePush: false,
			pushAppServerKey: '',
			url: {{
				fullBase: '{host}/',
				basePath: '/',
				css: '/css.php?css=__SENTINEL__&s=1&l=1&d={ver}',
				keepAlive: '/login/keep-alive'
			}},
			cookie: {{
				path: '/',
				domain: '',
				prefix: 'xf_',
				secure: true,
				consentMode: 'simple',
				consented: []
			}},
			cacheKey: '{k[:16]}',
			csrf: '{csrf}',
			js: {{"\\/js\\/xf\\/lightbox-compiled.js?_v={k[:8]}":true}},
			css: {{"public:bb_code.less":true,"public:lightbox.less":true,"public:message.less":true,"public:notices.less":true,"public:share_controls.less":true,"public:structured_list.less":true,"public:extra.less":true}},
			time: {{
				now: {ts + 86400 * 3},
				today: {ts - ts % 86400 + 86400 * 3},
				todayDow: {(ts // 86400 + 7) % 7},
				tomorrow: {ts - ts % 86400 + 86400 * 4},
				yesterday: {ts - ts % 86400 + 86400 * 2},
				week: {ts - ts % 86400 - 86400 * 3}
			}},
			borderSizeFeature: '3px',
			fontAwesomeWeight: 'r',
			enableRtnProtect: true,
			enableFormSubmitSticky: true,
			imageOptimization: '0',
			imageOptimizationQuality: 0.85,
			uploadMaxFilesize: 67108864,
			allowedVideoExtensions: ["m4v","mov","mp4","mp4v","mpeg","mpg","ogv","webm"],
			allowedAudioExtensions: ["mp3","opus","ogg","wav"],
			shortcodeToEmoji: true,
			visitorCounts: {{
				conversations_unread: '0',
				alerts_unviewed: '0',
				total_unread: '0',
				title_count: true,
				icon_indicator: true
			}},
			jsState: {{}},
			publicMetadataLogoUrl: '',
			publicPushBadgeUrl: '{host}/styles/default/xenforo/bell.png'
		}});

		jQuery.extend(XF.phrases, {{
{phrases_days}
{phrases_months}
			a_moment_ago:     "A moment ago",
			one_minute_ago:   "1 minute ago",
			x_minutes_ago:    "{{minutes}} minutes ago",
			today_at_x:       "Today at {{time}}",
			yesterday_at_x:   "Yesterday at {{time}}",
			day_x_at_time_y:  "{{day}} at {{time}}",
			date_x_at_time_y: "{{date}} at {{time}}",
			oops_we_ran_into_some_problems: "Oops! We ran into some problems.",
			server_did_not_respond_in_time_try_again: "The server did not respond in time. Please try again.",
			link_copied_to_clipboard: "Link copied to clipboard.",
			text_copied_to_clipboard: "Text copied to clipboard.",
			loading: "{c["loading"]}",
			close: "{c["close"]}"
		}});
	</script>

	<form style="display:none" hidden="hidden">
		<input type="text" name="_xfClientLoadTime" value="" id="_xfClientLoadTime" title="_xfClientLoadTime" tabindex="-1" />
	</form>

</body>
</html>
'''




# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"xenforo": ["caption", "credit"]}  # the attached picture's caption line with its credit
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "ratesrelief", "crossings", "schoolmeals"]
NEW_FAMILIES = ["ratesrelief", "crossings", "schoolmeals"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"ratesrelief": ["rates relief", "rates-relief", "rateable value", "business rates", "business-rates",
                                    "rates helpline", "relief checker"],
                    "crossings": ["crossing status", "crossing-status", "lift times", "operating normally",
                                  "swing bridge", "swing-bridge", "chain ferry", "chain-ferry"],
                    "schoolmeals": ["school meal", "school-meal", "free school meals", "dinner money", "dinner-money",
                                    "menu card", "free-meals"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village association's, a residents' or a community forum's website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio", "print", "comments", "standards"}
# a council's, a town hall's or a commune's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY}
# of a family, only these wordings on a kind of site (an independent publication asks for money, it has no paywall)
KIND_WORDING = {("indie", "newsletter"): 2}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), forms, definition lists and tables
STYLES = {
    "cookie": ['<div class="media-optin-wall"><p class="media-optin-wall__msg">%s</p><button class="media-optin-wall__on" type="button">▶</button></div>',
               '<p class="embed-blocked-note">%s</p>', '<div><em>%s</em></div>'],
    "newsletter": ['<div class="thursday-roundup-box"><p class="thursday-roundup-box__txt">%s</p><a class="thursday-roundup-box__btn" href="/roundup">&#10148;</a></div>',
                   '<p class="quota-reached-line">%s</p>', '<h5 class="roundup-ask-hd">%s</h5>', '<p><b><a href="/support-local">%s</a></b></p>'],
    "share": ['<ul class="send-on-links">{items}</ul>', '<div class="tell-neighbours-strip">%s</div>', '<p><a href="#copy-link">%s</a></p>'],
    "photo": ['<p class="member-photo-note">%s</p>', '<span class="picdesk-credit">%s</span>', '<div><small>%s</small></div>'],
    "copyright": ['<p class="reuse-permission-note">%s</p>', '<div class="rights-footnote-box"><small>%s</small></div>', '<div><i>%s</i></div>'],
    "section": ['<p class="desk-strand-line">%s</p>', '<h6 class="desk-strand-hd">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="dots-break">%s</p>', '<div class="star-rule-break">%s</div>', '<div style="text-align:center">%s</div>'],
    "credit": ['<p class="thanks-team-line">%s</p>', '<div class="trainee-assist-note">%s</div>', '<div><small><em>%s</em></small></div>'],
    "title": ['<p class="hed-echo-p"><b>%s</b></p>', '<h2 class="hed-echo-h2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsor-msg-tag">%s</div>', '<p class="ads-keep-free">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="whole-report-tap"><a href="#full">%s</a></p>', '<div class="rest-reveal-btn">%s</div>', '<div><a href="#full">%s</a></div>'],
    "comments": ['<p class="join-convo-link"><a href="#replies">%s</a></p>', '<div class="reply-tally-chip">%s</div>', '<div><a href="#replies">%s</a></div>'],
    "readtime": ['<p class="approx-minutes-line">%s</p>', '<span class="read-span-chip">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="edit-stamp-line"><time>%s</time></p>', '<div class="amended-at-stamp">%s</div>', '<div><small><i>%s</i></small></div>'],
    "audio": ['<div class="narration-bar-x"><button class="narration-bar-x__btn" aria-label="Play"></button><span class="narration-bar-x__lbl">%s</span></div>',
              '<p class="narration-link-x"><a href="#spoken">%s</a></p>', '<div><a href="#spoken">%s</a></div>'],
    "correction": ['<aside class="factfix-box"><p>%s</p></aside>', '<p class="factfix-line"><i>%s</i></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="free-app-promo"><p class="free-app-promo__txt">%s</p><a class="free-app-promo__dl" href="/get-app">&#11015;</a></div>',
            '<p class="get-app-line">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="reporter-card-y"><p class="reporter-card-y__txt">%s</p></div>', '<p class="byline-more-line"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "tip": ['<div class="street-news-ask"><p class="street-news-ask__txt">%s</p></div>', '<p class="tip-line-street">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="slip-flag-box"><p>%s</p></div>', '<p class="slip-flag-line">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="notify-permission-ask"><p class="notify-permission-ask__q">%s</p></div>', '<p class="notify-permission-line">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="print-pdf-mail-row">{items}</ul>', '<p class="printer-copy-link"><a href="?print=1">%s</a></p>',
              '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="helpful-meter"><p class="helpful-meter__q">%s</p></div>', '<p class="helpful-meter-line">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="press-pledge-note"><p>%s</p></div>', '<p class="press-pledge-strip"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="topic-alerts-row"><span class="topic-alerts-row__txt">%s</span></div>', '<p class="topic-alerts-line">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="readlater-pin"><a class="readlater-pin__a" href="#later">%s</a></div>',
                 '<p class="readlater-pin-anchor"><a href="#later">%s</a></p>', '<div><a href="#later">%s</a></div>'],
    "poll": ['<div class="haveyoursay-vote"><p class="haveyoursay-vote__q">%s</p><button class="haveyoursay-vote__go" type="button">&#10004;</button></div>',
             '<h6 class="haveyoursay-title">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/W{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/W{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-poster-click"><a class="yt-poster-click__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="swipe-photos-link"><a class="swipe-photos-link__a" href="#photos">%s</a></div>',
                '<p class="photo-total-line">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-pin-frame"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-pin-frame__links">%s</p></div>',
            '<figure class="static-map-pic"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="diary-drop-links">{items}</ul>', '<p class="day-before-remind"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="diary-drop-bar"><span class="diary-drop-bar__label">%s</span></div>'],
    "scores": ['<div class="league-hub-link"><a class="league-hub-link__a" href="/sport/league">%s</a></div>',
               '<ul class="league-centre-tabs">{items}</ul>', '<div><a href="/sport/league"><strong>%s</strong></a></div>'],
    # the three families new in this part ({rlabel} / {vlabel}: the relief checker's field labels; {ratesrules}: who
    # gets small-business relief; {ratescard}: the helpline's phone, hours and email; {crossrows}: crossings and their
    # status; {crosstimes}: next departures and lifts; {tlabel}: the text-alert field label; {menu}: the week's lunches;
    # {fsmrules}: who gets free meals)
    "ratesrelief": ['<form class="rates-relief-check" action="/business-rates/relief-check" method="get"><h4 class="rates-relief-check__hd">%s</h4><label class="rates-relief-check__label" for="rr-pc-{k}">{rlabel}</label><input id="rr-pc-{k}" type="text" name="postcode" maxlength="9"><label class="rates-relief-check__label" for="rr-rv-{k}">{vlabel}</label><input id="rr-rv-{k}" type="number" name="rv" min="0"><button type="submit">&#10140;</button></form>',
                    '<div class="sbrr-eligibility"><p class="sbrr-eligibility__hd"><strong>%s</strong></p><ul class="sbrr-eligibility__list">{ratesrules}</ul></div>',
                    '<p class="relief-deadline"><span class="relief-deadline__pill">%s</span></p>',
                    '<div class="rates-helpline-card"><h5 class="rates-helpline-card__hd">%s</h5><dl class="rates-helpline-card__list">{ratescard}</dl></div>'],
    "crossings": ['<div class="crossing-status-board"><h4 class="crossing-status-board__hd">%s</h4><table class="crossing-status-board__table">{crossrows}</table></div>',
                  '<div class="next-crossings"><p class="next-crossings__hd"><b>%s</b></p><ul class="next-crossings__list">{crosstimes}</ul></div>',
                  '<p class="crossing-check-link"><a href="/travel/crossings">%s</a></p>',
                  '<form class="crossing-text-alerts" action="/travel/crossings/alerts" method="post"><p class="crossing-text-alerts__txt">%s</p><label for="ct-{k}">{tlabel}</label><input id="ct-{k}" type="tel" name="mobile"><button type="submit">OK</button></form>'],
    "schoolmeals": ['<div class="school-menu-card"><h4 class="school-menu-card__hd">%s</h4><dl class="school-menu-card__days">{menu}</dl></div>',
                    '<div class="fsm-eligibility"><h5 class="fsm-eligibility__hd">%s</h5><ul class="fsm-eligibility__list">{fsmrules}</ul></div>',
                    '<p class="fsm-apply"><a class="fsm-apply__btn" href="/schools/free-meals/apply" role="button">%s</a></p>',
                    '<div class="dinner-money-line"><span class="dinner-money-line__txt">%s</span></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>[%s]</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/roundup"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#copy-link">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "crossings": (0.6, ['<br><a href="/travel/crossings"><b>%s</b></a>']),
          "schoolmeals": (0.6, [' <a href="/schools/free-meals/apply"><strong>%s</strong></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# check-before-you-travel link and the free-meals apply link, not the boards, boxes or forms)
INLINE_WORDING = {"newsletter": 0, "crossings": 2, "schoolmeals": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-picture-x"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-body.jpg" alt="" width="640"><br><small>{cap} — {cr}</small></div>']
RELATED_STYLES = ['<div class="might-also-read"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="how-we-got-here"><p class="how-we-got-here__hd">%s</p><ul>%s</ul></aside>',
                  '<h4>%s</h4>\n<ul>%s</ul>']


def handle(site):
    """The site's social-media account name: its ASCII letters and digits, at most 24."""
    return mp11.host_name(site)[:24]


def deadline(art):
    """The last day to apply for relief: four weeks after the story."""
    import datetime
    y, m, d = (int(x) for x in art["date"].split("-"))
    return fmt_date(art["lang"], (datetime.date(y, m, d) + datetime.timedelta(days=28)).isoformat())


def fill_text(s, rng, site, art):
    return fill(s.replace("{by}", art["byline"]).replace("{section}", art["section"]).replace("{c}", deadline(art))
                .replace("{handle}", handle(site)).replace("{g}", str(rng.randint(6, 24))), rng, site, art)


def pick(rng, fam, lang, site, art, idx=None):
    pool = R[fam][lang]
    if idx is None:
        idx = art.get("choose", {}).get(fam)
    if idx is None:
        idx = KIND_WORDING.get((art.get("kind"), fam))
    if idx is None:
        idx = rng.randrange(len(pool))
    return idx, fill_text(pool[idx], rng, site, art)


# the relief checker's and the text-alert form's field labels and the status table's head, as the council's web
# team left them (not checked)
RATES_LABELS = {"en": ("Business postcode", "Rateable value (£)"), "tr": ("İşyeri adresi", "Vergi değeri (TL)"),
                "de": ("PLZ des Betriebs", "Gewerbeertrag (€)"), "fr": ("Code postal de l'établissement", "Valeur locative (€)"),
                "es": ("Código postal del local", "Valor catastral (€)"), "ru": ("Индекс", "Кадастровая стоимость (₽)")}
TEXT_LABELS = {"en": "Mobile number", "tr": "Cep telefonu", "de": "Handynummer", "fr": "Numéro de portable",
               "es": "Número de móvil", "ru": "Номер телефона"}
CROSSING_HEAD = {"en": ("Crossing", "Status"), "tr": ("Hat", "Durum"), "de": ("Übergang", "Status"),
                 "fr": ("Traversée", "État"), "es": ("Paso", "Estado"), "ru": ("Переправа", "Статус")}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's list or table, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")
    head = CROSSING_HEAD[lang]
    return (style.replace("{rlabel}", esc(RATES_LABELS[lang][0])).replace("{vlabel}", esc(RATES_LABELS[lang][1]))
            .replace("{ratesrules}", "".join("<li>%s</li>" % esc(x) for x in RATES_RULES[lang]))
            .replace("{ratescard}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in RATES_CARD[lang]))
            .replace("{crossrows}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                     + "".join('<tr><td>%s</td><td><span class="crossing-state crossing-state--%s">%s</span></td></tr>' % (
                         esc(a), "ok" if k == 0 else "warn", esc(b)) for k, (a, b) in enumerate(CROSSING_ROWS[lang])))
            .replace("{crosstimes}", "".join("<li>%s</li>" % esc(x) for x in CROSSING_TIMES[lang]))
            .replace("{tlabel}", esc(TEXT_LABELS[lang]))
            .replace("{menu}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in MENU_ROWS[lang]))
            .replace("{fsmrules}", "".join("<li>%s</li>" % esc(x) for x in FSM_RULES[lang])))


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
               "scores": rng.choice([0, mid, n]), "ratesrelief": rng.choice([mid, n, n]),
               "crossings": rng.choice([0, mid, n]), "schoolmeals": rng.choice([mid, n])}.get(fam, mid)
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
        s, e = find_text(doc, render_inline(art["tpl"], art["blocks"][i][1]), art["id"])
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
DROPCAP = {"gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"gutenberg": ("wrap", '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "encadre-texte"),  # a CKEditor style the commune's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--mint">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">🌷</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>"), "xenforo": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>"), "xenforo": ("<i>", "</i>")}
HIGHLIGHT = {"xenforo": ('<span style="color: rgb(184, 49, 47)">', "</span>"),  # XenForo's [COLOR] BB code
             "quintype": ('<mark>', "</mark>")}




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
        inner = E(val) if kind == "h" else render_inline(tpl, val)
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
# templates: bitrixportal is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"xenforo": tpl_xenforo, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h54), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "xenforo"


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
            rng = random.Random("newsflow-heldout56-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI56[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 55) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h54), labels, furniture strings,
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
                       mp49.R, [v for v in mp49.SITE_STRINGS.values()], mp49.HEXO, mp49.UI_NEW, mp49.TEASERS,
                       [v for _, v in mp49.WIDGET_ROWS], mp49.TALLY, mp49.ZONE_FIELD,
                       mp50.R, [v for v in mp50.SITE_STRINGS.values()], mp50.DJANGOCMS, mp50.UI_NEW, mp50.TEASERS,
                       [v for _, v in mp50.WIDGET_ROWS],
                       mp51.R, [v for v in mp51.SITE_STRINGS.values()], mp51.SUBSTACK_SITES, mp51.UI_NEW, mp51.TEASERS,
                       [v for _, v in mp51.WIDGET_ROWS],
                       mp52.R, [v for v in mp52.SITE_STRINGS.values()], mp52.BITRIX, mp52.UI_NEW, mp52.TEASERS,
                       [v for _, v in mp52.WIDGET_ROWS],
                       mp53.R, [v for v in mp53.SITE_STRINGS.values()], mp53.MODX, mp53.UI_NEW, mp53.TEASERS,
                       [v for _, v in mp53.WIDGET_ROWS],
                       mp54.R, [v for v in mp54.SITE_STRINGS.values()], mp54.SVELTEKIT, mp54.UI_NEW, mp54.TEASERS,
                       [v for _, v in mp54.WIDGET_ROWS],
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
    # layouts: xenforo (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h53 or h54 gave it
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
    # the xenforo pages: a forum of XENFORO, the story in that forum's news node, no box, fact box, drop cap, callout
    # or <br> look (BB code has none of them); sites of the others
    for a in ARTICLES:
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in XENFORO or a["lang"] not in XENFORO_CORE
                                       or a["section"] != XENFORO[a["site"]]["forum"]
                                       or any(st in ("box", "factbox", "dropcap", "br", "callout") for st, _ in a.get("look", []))):
            problems.append("%s: xenforo page needs a XenForo forum, its news node and BB-code looks only" % a["id"])
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
    xf_sites = [{k: v for k, v in d.items() if k not in XENFORO_EXEMPT} for d in XENFORO.values()]
    # (XENFORO_CORE, RATES_LABELS, TEXT_LABELS and CROSSING_HEAD, XenForo's phrases and the council web team's generic
    # field labels, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("XENFORO", xf_sites), ("UI_NEW", UI_NEW)):
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



