#!/usr/bin/env python3
"""Fifteenth held-out part (h15-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout15.py           # write pages/h15-*.html
    python benchmarks/data/extraction/make_heldout15.py --check   # verify pages/h15-*.html and their truth
    python benchmarks/data/extraction/make_heldout15.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results.  Stories are in articles_h15_en.py / articles_h15_intl.py; the
residue wordings, their wrapper class names, related headlines, site names and template labels are new here
(none of the sentences of make_pages.RESIDUE or of the R pools of make_heldout2..13, nor their labels,
furniture strings, headlines or site names; verify() refuses to build if one is reused, or if a story
paragraph of an earlier part recurs).  One page layout is new (tilda: a page of a small news site built with
the Tilda Publishing site builder, where the story is not in one container but spread over a flat run of
sibling div.t-rec "records" inside div#allrecords.t-records – a title record, text records whose field
holds several paragraphs separated by <br /><br />, heading records, an image record with its description,
a subscribe-form record, a share record, a "back to all news" button record, the footer, the T657 cookie
notice and the "Made on Tilda" label).  The other pages reuse the templates of make_pages.py (wordpress, cms,
semantic, storybody, amp, ghost, legacy-br, portal), nextjs (make_heldout2.py), sanity (make_heldout7.py),
blox (make_heldout8.py) and hugo (make_heldout11.py) with their markup helpers.
This part is not yet merged by make_pages.py into truth.json and split.json.
Standard library only; deterministic (each page's choices are seeded from its id).
"""
import collections
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
from heldout_common import MONTHS_EN, fill, fmt_date, safe_slots, _sentences, slug, _strings  # noqa: E402,F401
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
from make_pages import E, A, UI  # noqa: E402
from articles_h15_en import ARTICLES as H15_EN  # noqa: E402
from articles_h15_intl import ARTICLES as H15_INTL  # noqa: E402

ARTICLES = H15_EN + H15_INTL

SITES = {
    "en": ["Tarnvale Courier", "The Coldharbour Lantern", "West Fenmoor Herald"],
    "tr": ["Gökçeliman Postası", "Bozdağ Ekspres"],
    "de": ["Ederbote Waldeck-Süd", "Lindenauer Kreisblatt"],
    "fr": ["L'Écho de l'Orge", "Le Phare de Kervoal"],
    "es": ["La Voz de Castrobarca", "Heraldo de Valdecañas"],
    "ru": ["Зареченский вестник", "Сосновские зори"],
}

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h13 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["To watch this Vimeo clip, switch on 'Media embeds' in your privacy settings.",
               "Instagram post blocked. It may set tracking cookies, so we need your OK before we load it.",
               "Consent needed: this Flourish map pulls data from a third-party server."],
        "tr": ["Bu Vimeo videosunu izlemek için gizlilik ayarlarınızdan 'Medya yerleştirmeleri' seçeneğini açın.",
               "Instagram gönderisi engellendi. İzleme çerezleri bırakabileceği için yüklemeden önce onayınızı istiyoruz."],
        "de": ["Um dieses Vimeo-Video anzusehen, schalten Sie in den Datenschutz-Einstellungen „Medien-Einbettungen“ ein.",
               "Instagram-Beitrag blockiert. Er kann Tracking-Cookies setzen, deshalb laden wir ihn erst nach Ihrem Okay."],
        "fr": ["Pour voir cette vidéo Vimeo, activez « Contenus intégrés » dans vos réglages de confidentialité.",
               "Publication Instagram bloquée. Elle peut déposer des traceurs : nous attendons votre feu vert pour la charger."],
        "es": ["Para ver este vídeo de Vimeo, activa «Contenido incrustado» en tus ajustes de privacidad.",
               "Publicación de Instagram bloqueada. Puede instalar cookies de seguimiento, así que esperamos tu visto bueno para cargarla."],
        "ru": ["Чтобы посмотреть это видео из «VK Видео», включите «Встроенный контент» в настройках конфиденциальности.",
               "Пост из «ВКонтакте» заблокирован: он может установить отслеживающие cookie, поэтому загрузим его только с вашего согласия."],
    },
    "newsletter": {
        "en": ["Get The Weekender from {site}: our best local reads, every Saturday at 8am. Free to your inbox.",
               "You've reached a story for paying readers. Already paying? Log in. New here? Three months for £1.",
               "Local news costs money to make. If {site} matters to you, become a supporter from £3 a month."],
        "tr": ["{site} Hafta Sonu bülteni her cumartesi sabah 8'de e-postanızda, hiçbir ücret ödemeden.",
               "Bu haber abonelerimize açık. Aboneyseniz giriş yapın; değilseniz ilk üç ay yalnızca 10 lira.",
               "Yerel haberciliğin bir maliyeti var. {site} sizin için önemliyse ayda 30 liradan destekçimiz olun."],
        "de": ["Das Wochenend-Briefing von {site}: jeden Samstag um 8 Uhr die besten Geschichten aus der Region, kostenlos.",
               "Dieser Artikel ist für Abonnenten. Schon dabei? Einloggen. Neu hier? Die ersten drei Monate kosten 1 €.",
               "Lokaljournalismus kostet Geld. Wenn Ihnen {site} etwas bedeutet, werden Sie Unterstützer ab 3 € im Monat."],
        "fr": ["Le récap du week-end de {site} : le meilleur de l'info locale chaque samedi à 8 h, gratuitement dans votre boîte.",
               "Contenu pour nos abonnés payants. Vous l'êtes déjà ? Identifiez-vous. Pas encore ? 1 € les trois premiers mois.",
               "L'info locale a un coût. Si {site} compte pour vous, devenez soutien dès 3 € par mois."],
        "es": ["El resumen del finde de {site}: lo mejor de la actualidad local cada sábado a las 8, gratis en tu correo.",
               "Este artículo es para suscriptores. ¿Ya lo eres? Inicia sesión. ¿Eres nuevo? Los tres primeros meses, por 1 euro.",
               "Hacer periodismo local cuesta dinero. Si {site} te importa, hazte mecenas desde 3 euros al mes."],
        "ru": ["Еженедельная рассылка «{site}»: лучшие материалы недели каждую субботу в 8 утра, бесплатно.",
               "Материал доступен подписчикам. Уже оформили подписку? Войдите. Впервые у нас? Первые три месяца — за 1 рубль.",
               "Местная журналистика стоит денег. Если «{site}» вам дорог, поддержите редакцию от 100 рублей в месяц."],
    },
    "share": {
        "en": ["Copy the link to this article", "{site} is on Threads – follow us there", "Post this story to X"],
        "tr": ["Haberin bağlantısını kopyala", "{site} artık Threads'te, bizi orada takip edin", "Bu haberi X'te paylaş"],
        "de": ["Link zu diesem Artikel kopieren", "{site} jetzt auch auf Threads – folgen Sie uns dort", "Diesen Artikel auf X posten"],
        "fr": ["Copier le lien de cet article", "{site} est sur Threads, suivez-nous là-bas", "Publier cet article sur X"],
        "es": ["Copiar el enlace de esta noticia", "{site} ya está en Threads: síguenos allí", "Publicar esta noticia en X"],
        "ru": ["Скопировать ссылку на этот материал", "«{site}» теперь и в Дзене — подписывайтесь", "Отправить материал в Telegram"],
    },
    "photo": {
        "en": ["Photograph: Alamy Stock Photo", "Picture handed in by the family", "Photo: handout via the county council"],
        "tr": ["Fotoğraf: Aile albümünden", "Görsel: Valilik basın bürosu"],
        "de": ["Bildquelle: Familienarchiv", "Foto: Pressestelle des Landkreises"],
        "fr": ["Photo : DR, archives familiales", "Crédit photo : service communication de la mairie"],
        "es": ["Foto cedida por la familia", "Imagen: gabinete de prensa del Ayuntamiento"],
        "ru": ["Фото из семейного архива героини", "Фото: пресс-служба администрации района"],
    },
    "copyright": {
        "en": ["Copyright {site} 2026. No part of this article may be reproduced without permission.",
               "© 2026 {site} Ltd, a company registered in England and Wales"],
        "tr": ["Telif hakkı {site} 2026. Bu haberin hiçbir bölümü izinsiz çoğaltılamaz.",
               "© 2026 {site} Yayıncılık ve Reklamcılık A.Ş."],
        "de": ["Copyright {site} 2026. Kein Teil dieses Artikels darf ohne Genehmigung vervielfältigt werden.",
               "© 2026 {site} Verlags- und Mediengesellschaft mbH"],
        "fr": ["Copyright {site} 2026. Aucune partie de cet article ne peut être reproduite sans autorisation.",
               "© 2026 {site}, société d'édition de presse"],
        "es": ["Copyright {site} 2026. Ninguna parte de esta noticia puede reproducirse sin permiso.",
               "© 2026 {site} Ediciones y Comunicación S.L."],
        "ru": ["Copyright «{site}», 2026. Никакая часть материала не может быть воспроизведена без разрешения.",
               "© 2026 ООО «Издательский дом „{site}“»"],
    },
    "section": {
        "en": ["AROUND THE VALLEY", "Home / Community / Village life", "Pinned by our editors"],
        "tr": ["VADİDEN HABERLER", "Anasayfa / Toplum / Köy hayatı", "Editörlerimiz sabitledi"],
        "de": ["RUND UMS TAL", "Startseite / Gesellschaft / Dorfleben", "Von unseren Redakteuren angeheftet"],
        "fr": ["AUTOUR DE LA VALLÉE", "Accueil / Société / Vie des villages", "Épinglé par nos journalistes"],
        "es": ["DE LA COMARCA AL DÍA", "Inicio / Sociedad / Vida en los pueblos", "Fijado por nuestros editores"],
        "ru": ["ВОКРУГ РАЙОНА", "Главная / Общество / Жизнь сёл", "Закреплено редакцией"],
    },
    "related": {
        "en": ["Elsewhere in the valley this week", "You might also want to read"],
        "tr": ["Bu hafta vadiden başka haberler", "Şunlar da ilginizi çekebilir"],
        "de": ["Diese Woche sonst noch im Tal", "Das könnte Sie außerdem interessieren"],
        "fr": ["Ailleurs dans la vallée cette semaine", "Vous aimerez peut-être aussi lire"],
        "es": ["Esta semana, en otros puntos de la comarca", "Quizá también quieras leer"],
        "ru": ["Что ещё произошло в районе за неделю", "Вам также стоит прочитать"],
    },
    "symbol": {"*": ["⊹ ⊹ ⊹", "⦾", "✢ ✢", "⋆⋆⋆", "⁘ ⁘", "◦ ◦ ◦"]},
    "credit": {
        "en": ["Reporting by the {site} news team, with additional reporting from Reuters", "Story compiled by {site} staff"],
        "tr": ["{site} haber ekibi, ANKA'nın katkılarıyla", "Haberi derleyen: {site} muhabirleri"],
        "de": ["Von der {site}-Lokalredaktion, mit Material von Reuters", "Zusammengestellt von {site}-Reportern"],
        "fr": ["Par la rédaction de {site}, avec Reuters", "Article compilé par les journalistes de {site}"],
        "es": ["Por la redacción de {site}, con información de Reuters", "Noticia elaborada por los periodistas de {site}"],
        "ru": ["Редакция «{site}», по материалам «Интерфакса»", "Материал собрали корреспонденты «{site}»"],
    },
    "ad": {
        "en": ["Sponsored · Story continues below", "SPACE PAID FOR BY AN ADVERTISER"],
        "tr": ["Sponsorlu · Haber aşağıda devam ediyor", "REKLAMVERENİN SATIN ALDIĞI ALAN"],
        "de": ["Gesponsert · Der Artikel geht unten weiter", "VON EINEM WERBEKUNDEN GEBUCHTE FLÄCHE"],
        "fr": ["Sponsorisé · L'article continue ci-dessous", "ESPACE ACHETÉ PAR UN ANNONCEUR"],
        "es": ["Patrocinado · La noticia sigue debajo", "ESPACIO CONTRATADO POR UN ANUNCIANTE"],
        "ru": ["Спонсорский материал · Текст продолжается ниже", "МЕСТО ОПЛАЧЕНО РЕКЛАМОДАТЕЛЕМ"],
    },
    "continue": {
        "en": ["Tap to read the full story", "Show the full article ▾"],
        "tr": ["Haberin devamını okumak için dokunun", "Haberin tamamını göster ▾"],
        "de": ["Tippen, um den ganzen Artikel zu lesen", "Ganzen Artikel anzeigen ▾"],
        "fr": ["Touchez pour lire l'article en entier", "Afficher tout l'article ▾"],
        "es": ["Toca aquí para leer la noticia entera", "Mostrar la noticia entera ▾"],
        "ru": ["Нажмите, чтобы прочитать материал целиком", "Показать весь текст ▾"],
    },
    "comments": {
        "en": ["Join the conversation: {n} comments", "{n} readers have had their say"],
        "tr": ["Tartışmaya katılın: {n} yorum", "{n} okur görüşünü paylaştı"],
        "de": ["Diskutieren Sie mit: {n} Kommentare", "{n} Leser haben sich zu Wort gemeldet"],
        "fr": ["Participez à la discussion : {n} commentaires", "{n} lecteurs ont donné leur avis"],
        "es": ["Únete a la conversación: {n} comentarios", "{n} lectores ya han opinado"],
        "ru": ["Присоединяйтесь к обсуждению: {n} комментариев", "Своё мнение высказали {n} читателей"],
    },
    "readtime": {
        "en": ["Estimated reading time {m} minutes", "Takes about {m} minutes to read"],
        "tr": ["Ortalama okuma: {m} dakika", "Haber yaklaşık {m} dakikada okunur"],
        "de": ["Geschätzte Lesezeit {m} Minuten", "In rund {m} Minuten gelesen"],
        "fr": ["Temps de lecture estimé {m} minutes", "Environ {m} minutes pour lire cet article"],
        "es": ["Tiempo estimado de lectura {m} minutos", "Se tarda unos {m} minutos en leerla"],
        "ru": ["Примерное время чтения {m} минуты", "Прочитать можно примерно за {m} минуты"],
    },
    "updated": {
        "en": ["Last edited at {t} on {d}", "First published {d} · updated {t}"],
        "tr": ["Son düzenleme: {d}, saat {t}", "İlk yayın {d} · güncelleme {t}"],
        "de": ["Zuletzt bearbeitet am {d} um {t}", "Erstveröffentlichung {d} · aktualisiert {t}"],
        "fr": ["Dernière modification à {t} le {d}", "Première publication le {d} · mise à jour {t}"],
        "es": ["Editado por última vez el {d} a las {t}", "Publicado el {d} · actualizado a las {t}"],
        "ru": ["Последняя правка: {d}, {t}", "Впервые опубликовано {d} · обновлено в {t}"],
    },
    "audio": {
        "en": ["Hear this story read aloud ({m} min)", "Press play to listen to this article"],
        "tr": ["Haberi sesli olarak dinleyin · {m} dakika", "Bu yazıyı dinlemek için ▶ tuşuna basın"],
        "de": ["Artikel vorlesen lassen · {m} Minuten", "Auf Play drücken und den Artikel anhören"],
        "fr": ["Faites-vous lire cet article ({m} min)", "Appuyez sur lecture pour écouter cet article"],
        "es": ["Escucha esta noticia en voz alta ({m} min)", "Pulsa el botón para escuchar la noticia"],
        "ru": ["Прослушать материал вслух ({m} мин)", "Нажмите «Пуск», чтобы послушать статью"],
    },
    "correction": {
        "en": ["Correction: an earlier version of this story gave the wrong figure for the cost of the scheme. It has been updated.",
               "Editor's note, {d}: a quote in this article was wrongly attributed and has been removed."],
        "tr": ["Düzeltme: Haberin önceki sürümünde projenin maliyeti yanlış verilmişti. Rakam güncellendi."],
        "de": ["Korrekturhinweis: In einer früheren Version dieses Artikels waren die Kosten des Projekts falsch angegeben. Wir haben die Zahl aktualisiert."],
        "fr": ["Correctif : une version précédente de cet article indiquait un coût erroné pour le projet. Le chiffre a été mis à jour."],
        "es": ["Corrección: una versión anterior de esta noticia daba una cifra equivocada del coste del proyecto. Ya se ha actualizado."],
        "ru": ["Поправка: в предыдущей версии материала была неверно указана стоимость проекта. Цифра обновлена."],
    },
    "wireend": {  # agency end markers and desk signatures, as left at the foot of copied wire stories
        "en": ["-- ENDS (0412 GMT) --", "(Reporting by {site} staff; editing by the weekend desk)"],
        "tr": ["(SON - Haber bitti)", "(Düzenleyen: {site} hafta sonu masası)"],
        "de": ["== Ende der Meldung ==", "(Redigiert vom {site}-Wochenenddienst)"],
        "fr": ["/// FIN ///", "(Édité par le desk week-end de {site})"],
        "es": ["== FIN DE LA NOTICIA ==", "(Editado por la mesa de fin de semana de {site})"],
        "ru": ["== Конец сообщения ==", "(Редактор выпуска — дежурная смена «{site}»)"],
    },
}
HEADLINES = {
    "en": ["Bus shelter on Mill Lane finally replaced", "Allotment waiting list passes 200 names",
           "New GP surgery to open in former bank building", "Scouts raise £4,000 towards a minibus",
           "Pothole repairs to close the A682 for three nights"],
    "tr": ["Değirmen Sokağı'ndaki durak sonunda yenilendi", "Hobi bahçesi bekleme listesi 200 kişiyi aştı",
           "Eski banka binasında yeni aile sağlığı merkezi açılıyor", "İzciler minibüs için 40 bin lira topladı",
           "Çukur onarımı nedeniyle çevre yolu üç gece kapalı"],
    "de": ["Bushaltestelle am Mühlweg endlich erneuert", "Warteliste für Kleingärten wächst auf 200 Namen",
           "Neue Hausarztpraxis zieht in die alte Sparkasse", "Pfadfinder sammeln 4.000 Euro für einen Kleinbus",
           "Schlaglochsanierung: Umgehungsstraße drei Nächte gesperrt"],
    "fr": ["L'abribus de la rue du Moulin enfin remplacé", "Jardins familiaux : 200 noms sur la liste d'attente",
           "Un cabinet médical s'installe dans l'ancienne banque", "Les scouts récoltent 4 000 euros pour un minibus",
           "Nids-de-poule : la rocade fermée trois nuits"],
    "es": ["Por fin renuevan la marquesina de la calle del Molino", "La lista de espera de los huertos urbanos supera los 200 nombres",
           "Un nuevo centro de salud abrirá en el antiguo banco", "Los scouts reúnen 4.000 euros para un microbús",
           "La ronda cerrará tres noches para tapar baches"],
    "ru": ["На Мельничной улице наконец заменили остановку", "Очередь на садовые участки превысила 200 человек",
           "В здании бывшего банка откроется амбулатория", "Скауты собрали 40 тысяч рублей на микроавтобус",
           "Объездную закроют на три ночи из-за ремонта ям"],
}
# the site's own Tilda strings (menu, form, share label, back button, footer, cookie notice) in each language
TILDA = {
    "en": dict(nav=["Today's stories", "Our villages", "Events diary", "Write to the newsroom"], by="Written up by",
               sub_title="The Tuesday letter", sub_text="One email a week with everything that happened in the valley.",
               ph="Email for the Tuesday letter", button="Yes, send it to me", ok="Thanks! Please check your inbox to confirm.",
               share="Send this to someone", back="← Back to all news", about="An independent news site for the valley since 2019.",
               cookie="This website uses cookies so that the subscription form and page statistics work.", cookie_ok="Fine"),
    "tr": dict(nav=["Bugünün haberleri", "Köylerimizden", "Etkinlik takvimi", "Haber merkezine yazın"], by="Haberi yazan",
               sub_title="Salı mektubu", sub_text="Haftada bir e-posta: vadide olan biten her şey.",
               ph="Salı mektubu için e-postanız", button="Beni de ekleyin", ok="Teşekkürler! Onay için gelen kutunuza bakın.",
               share="Birine gönderin", back="← Tüm haberlere dön", about="2019'dan beri vadinin bağımsız haber sitesi.",
               cookie="Bu site, abonelik formu ve sayfa istatistikleri çalışsın diye çerez kullanır.", cookie_ok="Peki"),
    "de": dict(nav=["Heute im Tal", "Aus den Dörfern", "Veranstaltungskalender", "Schreiben Sie der Redaktion"], by="Aufgeschrieben von",
               sub_title="Der Dienstagsbrief", sub_text="Eine E-Mail pro Woche mit allem, was im Tal passiert ist.",
               ph="E-Mail für den Dienstagsbrief", button="Ja, bitte schicken", ok="Danke! Bitte bestätigen Sie die Anmeldung in Ihrem Postfach.",
               share="An jemanden schicken", back="← Zurück zu allen Nachrichten", about="Unabhängige Nachrichten für das Tal seit 2019.",
               cookie="Diese Website verwendet Cookies, damit das Anmeldeformular und die Seitenstatistik funktionieren.", cookie_ok="In Ordnung"),
    "fr": dict(nav=["Aujourd'hui dans la vallée", "Villages du secteur", "Agenda des sorties", "Écrire à la rédaction"], by="Récit signé",
               sub_title="La lettre du mardi", sub_text="Un e-mail par semaine avec tout ce qui s'est passé dans la vallée.",
               ph="Votre e-mail pour la lettre du mardi", button="Je veux la recevoir", ok="Merci ! Confirmez votre inscription dans votre boîte mail.",
               share="Envoyer à quelqu'un", back="← Retour à toutes les actualités", about="Site d'information indépendant de la vallée depuis 2019.",
               cookie="Ce site utilise des cookies pour le formulaire d'inscription et les statistiques de visite.", cookie_ok="D'accord"),
    "es": dict(nav=["Hoy en la comarca", "De nuestros pueblos", "Agenda de actos", "Escribe a la redacción"], by="Lo cuenta",
               sub_title="La carta del martes", sub_text="Un correo a la semana con todo lo que ha pasado en la comarca.",
               ph="Tu correo para la carta del martes", button="Quiero recibirla", ok="¡Gracias! Revisa tu correo para confirmar.",
               share="Envíaselo a alguien", back="← Volver a todas las noticias", about="Periódico digital independiente de la comarca desde 2019.",
               cookie="Esta web usa cookies para que funcionen el formulario de suscripción y las estadísticas.", cookie_ok="Vale"),
    "ru": dict(nav=["Сегодня в районе", "Наши сёла", "Афиша событий", "Написать в редакцию"], by="Автор текста:",
               sub_title="Письмо по вторникам", sub_text="Одно письмо в неделю обо всём, что случилось в районе.",
               ph="Ваша почта для писем по вторникам", button="Присылайте мне", ok="Спасибо! Подтвердите подписку в письме.",
               share="Отправить знакомым", back="← Ко всем новостям", about="Независимое издание о жизни района с 2019 года.",
               cookie="Сайт использует cookie, чтобы работали форма подписки и статистика посещений.", cookie_ok="Хорошо"),
}
TILDA_LABEL = {"ru": ("Сделано на ", "Tilda")}  # Tilda's own label, as the builder writes it (English elsewhere)

# residue every page of a template carries inside the article container (as in h8 .. h13)
TEMPLATE_FAMILIES = {
    "sanity": ["caption", "newsletter"],   # an image block (caption + credit), a newsletter-signup block
    "blox": ["caption", "ad"],             # in-story photo (caption, byline, "buy" link), in-story ad region with label
    "hugo": ["caption", "newsletter"],     # figure shortcode (caption + attribution), pasted Buttondown form
    "tilda": ["caption", "newsletter"],    # image record (description: caption + credit), subscribe-form record
}
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction", "wireend"]
# markup of the generic residue: classed wrappers as many CMSs emit them (class names new to the set), and
# plain <p>/<div> variants as left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="embed-permission"><p class="embed-permission__text">%s</p><button class="embed-permission__ok" type="button">OK</button></div>',
               '<p class="consent-placeholder-msg">%s</p>', '<p>%s</p>'],
    "newsletter": ['<div class="signup-nudge"><p class="signup-nudge__copy">%s</p><a class="signup-nudge__cta" href="/subscribe">&#8250;</a></div>',
                   '<p class="patron-appeal">%s</p>', '<p><strong>%s</strong></p>', '<div>%s</div>'],
    "share": ['<div class="share-row-inline"><a class="share-row-inline__a" href="#">%s</a></div>', '<p class="social-follow-cta">%s</p>',
              '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="image-source-note">%s</p>', '<span class="shot-by">%s</span>', '<p><small>%s</small></p>'],
    "copyright": ['<p class="ownership-note">%s</p>', '<div class="terms-small"><small>%s</small></div>', '<p>%s</p>'],
    "section": ['<p class="topic-eyebrow">%s</p>', '<div class="crumb-line">%s</div>', '<p><strong>%s</strong></p>'],
    "symbol": ['<p class="dinkus-mark">%s</p>', '<div class="break-glyph">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="reported-by-line">%s</p>', '<div class="sources-box">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="title-again"><b>%s</b></p>', '<h2 class="repeated-hed">%s</h2>', '<p><strong>%s</strong></p>'],
    "ad": ['<div class="ad-disclosure">%s</div>', '<p class="partner-flag">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="show-rest"><a href="#full">%s</a></p>', '<div class="collapse-more">%s</div>',
                 '<p><a href="#full">%s</a></p>'],
    "comments": ['<p class="talkback-link"><a href="#talk">%s</a></p>', '<div class="reader-count-box">%s</div>',
                 '<p><a href="#talk">%s</a></p>'],
    "readtime": ['<p class="mins-badge">%s</p>', '<span class="reading-clock">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="changed-on"><time>%s</time></p>', '<div class="rev-note">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="speech-bar"><button class="speech-bar__play" aria-label="Play"></button><span class="speech-bar__label">%s</span></div>',
              '<p class="hear-article"><a href="#audio">%s</a></p>', '<p><a href="#audio">%s</a></p>'],
    "correction": ['<aside class="erratum-box"><p>%s</p></aside>', '<p class="fix-line"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "wireend": ['<p class="agency-endnote">%s</p>', '<div class="desk-initials">%s</div>', '<p>%s</p>'],
}
CAPTION_STYLES = ['<figure class="in-text-image"><img src="/media/{id}-body.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-body.jpg" alt="" width="600"><br><small>{cap} ({cr})</small></p>']
RELATED_STYLES = ['<div class="reading-list-box"><h4>%s</h4><ul>%s</ul></div>',
                  '<aside class="extra-stories"><p class="extra-stories__title">%s</p><ul>%s</ul></aside>',
                  '<p><b>%s</b></p>\n<ul>%s</ul>']


def pick(rng, fam, lang, site, art):
    return fill(rng.choice(R[fam][lang]), rng, site, art)


def residue_items(art, rng, site, used):
    """{position: [html, ...]} for the generic residue, and the families used (balanced over the part:
    the generic families used least on the pages built so far come first; a page may fix them with "only")."""
    lang, n = art["lang"], len(art["blocks"])
    own = TEMPLATE_FAMILIES.get(art["tpl"], [])
    k = art.get("low", rng.choice([2, 3, 3, 4, 4, 5]))
    k = max(0, min(k, 5 - len(own)))  # at most five families per page
    fams = sorted((f for f in FAMILIES if f not in own), key=lambda f: (used[f], rng.random()))[:k]
    if "only" in art:
        fams = list(art["only"])
    rng.shuffle(fams)
    used.update(fams)  # the generic residue only (template furniture is not counted)
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
            text = rng.choice(R["symbol"]["*"]) if fam == "symbol" else pick(rng, fam, lang, site, art)
            pos = {"section": rng.choice([0, 0, mid]), "credit": rng.choice([0, n]), "copyright": n,
                   "share": rng.choice([mid, n]), "photo": rng.choice([0, mid]), "comments": rng.choice([0, n]),
                   "readtime": 0, "updated": rng.choice([0, n]), "audio": rng.choice([0, mid]),
                   "correction": rng.choice([0, n]), "wireend": n}.get(fam, mid)
            put(pos, rng.choice(STYLES[fam]) % E(text))
    return placed, fams


# --------------------------------------------------------------------------
# new template
# --------------------------------------------------------------------------
TILDA_ICONS = {  # share icons of Tilda's share block (paths shortened)
    "vk": "M12.7 24.3h1.9s.6-.1.9-.4c.3-.3.3-.8.3-.8s0-2.5 1.1-2.8",
    "telegram": "M6.2 14.6l15.7-6.1c.7-.3 1.4.2 1.1 1.4l-2.7 12.6",
    "whatsapp": "M16 6.5c-5.2 0-9.5 4.2-9.5 9.5 0 1.8.5 3.5 1.4 4.9L6.5 25.5",
    "ok": "M15.9 16.1c2.4 0 4.3-1.9 4.3-4.3s-1.9-4.3-4.3-4.3-4.3 1.9-4.3 4.3",
}


def tilda_date(lang, iso):
    y, m, d = iso.split("-")
    if lang == "en":
        return "%d %s %s" % (int(d), ["January", "February", "March", "April", "May", "June", "July", "August",
                                      "September", "October", "November", "December"][int(m) - 1], y)
    return fmt_date(lang, iso)


def tilda_text(run):
    """The field of a Tilda text record: paragraphs separated by <br /><br />, lists as the editor saves them."""
    out = []
    for kind, val in run:
        if kind == "p":
            if out:
                out.append("<br /><br />" if out[-1][:3] != "<ul" and out[-1][:3] != "<ol" else "")
            out.append(mp.inline_html(val))
        else:
            if out:
                out.append("<br />")
            out.append("<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind))
    return "".join(out)


def tpl_tilda(art, ui, site, placed, rng):
    # a page of a small news site built with Tilda Publishing, as Tilda exports it: no article container; the
    # whole page is div#allrecords.t-records holding a flat run of div.t-rec records (each with its own id,
    # data-record-type and padding classes): the T228 menu (site name, menu), the title record (uptitle: kicker
    # and date, h1 t-title, t-descr standfirst, byline in t-name), then the story as text records (T004:
    # div.t-text[field=text] holding consecutive paragraphs separated by <br /><br />, lists inline) and
    # heading records (T030: h2.t-title[field=title]); residue that editors pasted is a text record of its
    # own; inside the run an image record (T107: img.t-img and its description, caption + credit) after the
    # opening paragraphs and a subscribe-form record (T678: title, description, form with e-mail input and
    # hidden success / error boxes) further down; after the story the share record (label and icons), a
    # button record "back to all news" (Tilda's t-btn with the table inside), the footer record (T420: site,
    # about line, menu, year), the T657 cookie notice and the "Made on Tilda" label
    t, lang, n = TILDA[art["lang"]], art["lang"], len(art["blocks"])
    project = rng.randint(1000000, 9999999)
    page = rng.randint(10000000, 99999999)
    rec = [rng.randint(600000000, 899999999)]

    def rid():
        rec[0] += rng.randint(7, 3000)
        return rec[0]

    def record(rtype, code, inner, pt=30, pb=30, extra=""):
        r = rid()
        return ('<div id="rec%d" class="r t-rec t-rec_pt_%d t-rec_pb_%d" style="padding-top:%dpx;padding-bottom:%dpx;" '
                'data-animationappear="off" data-record-type="%d"%s>\n<!-- %s -->\n%s\n</div>') % (
            r, pt, pb, pt, pb, rtype, extra, code, inner.replace("{rec}", str(r)))

    def text_record(field_html):
        return record(106, "T004", '<div class="t004"><div class="t-container "><div class="t-col t-col_8 t-prefix_2">'
                           '<div field="text" class="t-text t-text_md ">%s</div></div></div></div>' % field_html, 0, 15)

    host = "https://%s.ru" % mp11.host_name(site)[:24] if lang == "ru" else "https://%s.com" % mp11.host_name(site)[:24]
    img_id = "tild%04x-%04x-%04x-a%03x-%012x" % (rng.randint(0, 16**4 - 1), rng.randint(0, 16**4 - 1),
                                                  rng.randint(0, 16**4 - 1), rng.randint(0, 16**3 - 1),
                                                  rng.randint(0, 16**12 - 1))
    slots = safe_slots(art, 2) or [n]
    img_at = slots[0]
    form_at = next((i for i in slots if i >= max(img_at + 2, n // 2)), slots[-1])
    image = record(107, "T107", (
        '<div class="t107"><div class="t-align_center" itemscope itemtype="http://schema.org/ImageObject">'
        '<meta itemprop="image" content="https://static.tildacdn.com/{iid}/{f}.jpg">'
        '<img class="t-img t-width t107__widthauto" src="https://thb.tildacdn.com/{iid}/-/empty/{f}.jpg" '
        'data-original="https://static.tildacdn.com/{iid}/{f}.jpg" imgfield="img" alt="{alt}"></div>'
        '<div class="t-container_8"><div class="t-col t-col_8 t-prefix_2 t-align_left">'
        '<div class="t107__title t-descr t-descr_xxs" field="title" itemprop="name">{cap} {cr}</div></div></div></div>').format(
        iid=img_id, f=slug(mp11.host_name(art["caption"]))[:24] or "photo", alt=A(art["caption"]), cap=E(art["caption"]),
        cr=E(art["credit"])), 15, 30)
    form = record(678, "T678", (
        '<div class="t678"><div class="t-container"><div class="t-col t-col_8 t-prefix_2">'
        '<div class="t678__title t-title t-title_xs" field="title">{title}</div>'
        '<div class="t678__descr t-descr t-descr_xs" field="descr">{text}</div></div>'
        '<div class="t-col t-col_8 t-prefix_2"><form id="form{{rec}}" name="form{{rec}}" role="form" action="" method="POST" '
        'data-formactiontype="2" data-inputbox=".t-input-group" class="t-form js-form-proccess t-form_inputs-total_1" '
        'data-success-callback="t678_onSuccess"><input type="hidden" name="formservices[]" value="{svc:032x}" '
        'class="js-formaction-services"><input type="hidden" name="tildaspec-formname" tabindex="-1" value="{title}">'
        '<div class="js-successbox t-form__successbox t-text t-text_md" style="display:none;">{ok}</div>'
        '<div class="t-form__inputsbox"><div class="t-input-group t-input-group_em" data-input-lid="{lid}">'
        '<div class="t-input-block"><input type="text" autocomplete="email" name="email" class="t-input js-tilda-rule '
        't-input_bbonly" value="" placeholder="{ph}" data-tilda-req="1" data-tilda-rule="email" '
        'style="color:#000000;border:1px solid #000000;"><div class="t-input-error"></div></div></div>'
        '<div class="t-form__submit"><button type="submit" class="t-submit" style="color:#ffffff;background-color:#1d1d1b;">'
        '{button}</button></div></div><div class="t-form__errorbox-bottom"><div class="js-errorbox-all '
        't-form__errorbox-wrapper" style="display:none;"><div class="t-form__errorbox-text t-text t-text_md">'
        '<p class="t-form__errorbox-item js-rule-error js-rule-error-all"></p></div></div></div></form></div></div></div>').format(
        title=E(t["sub_title"]), text=E(t["sub_text"]), svc=rng.randint(16**31, 16**32 - 1), ok=E(t["ok"]),
        lid=rng.randint(10**12, 10**13 - 1), ph=A(t["ph"]), button=E(t["button"])), 30, 45)
    placed = {i: list(v) for i, v in placed.items()}
    records, run = [], []

    def flush():
        if run:
            records.append(text_record(tilda_text(run)))
            del run[:]

    for i in range(n + 1):
        extra = list(placed.get(i, []))
        if i == img_at:
            extra.append(image)
        if i == form_at:
            extra.append(form)
        if extra:
            flush()
            records.extend(x if x.startswith("<div id=\"rec") else text_record(x) for x in extra)
        if i == n:
            break
        kind, val = art["blocks"][i]
        if kind == "h":
            flush()
            records.append(record(30, "T030", '<div class="t030"><div class="t-container t-align_left"><div class="t-col t-col_8 '
                                      't-prefix_2"><h2 class="t030__title t-title t-title_xs" field="title">%s</h2></div></div>'
                                      '</div>' % E(val), 30, 0))
        elif kind == "q":
            flush()
            records.append(record(126, "T012", '<div class="t012"><div class="t-container"><div class="t-col t-col_8 t-prefix_2">'
                                       '<div class="t012__quote"><blockquote class="t012__text t-text t-text_md" field="text">%s'
                                       '</blockquote></div></div></div></div>' % mp.inline_html(val), 15, 15))
        else:
            run.append((kind, val))
    flush()
    nav = "".join('<li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item" href="/%s" '
                  'data-menu-submenu-hook="" data-menu-item-number="%d">%s</a></li>' % (slug(mp11.host_name(x)) or "page", k + 1, E(x))
                  for k, x in enumerate(t["nav"]))
    menu = record(257, "T228", (
        '<div id="nav{rec}marker"></div><div class="tmenu-mobile"><div class="tmenu-mobile__container"><div class="tmenu-mobile__text '
        't-name t-name_md" field="menu_mob_title">%s</div><button type="button" class="t-menuburger t-menuburger_first" '
        'aria-label="Navigation menu" aria-expanded="false"><span style="background-color:#000;"></span><span '
        'style="background-color:#000;"></span><span style="background-color:#000;"></span></button></div></div>'
        '<div id="nav{rec}" class="t228 t228__positionstatic tmenu-mobile__menucontent_hidden" style="background-color:#ffffff;height:80px;" '
        'data-bgcolor-hex="#ffffff" data-menu="yes"><div class="t228__maincontainer " style="height:80px;"><div class="t228__padding40px">'
        '</div><div class="t228__leftside"><div class="t228__leftcontainer"><a href="/" class="t228__imgwrapper"><div class="t228__logo '
        't-title" field="title">%s</div></a></div></div><div class="t228__centerside "><nav class="t228__centercontainer"><ul role="list" '
        'class="t228__list t-menu__list">%s</ul></nav></div><div class="t228__rightside"></div><div class="t228__padding40px"></div>'
        '</div></div><script>t_onReady(function () {{ t_onFuncLoad(\'t228_init\', function () {{ t228_init(\'{rec}\'); }}); }});</script>'
    ).replace("{{", "{").replace("}}", "}") % (E(site), E(site), nav), 0, 0, ' data-record-type-menu="yes"')
    words = len(mp.truth_text(art["blocks"]).split())
    title = record(795, "T795", (
        '<div class="t795"><div class="t-container t-align_left"><div class="t-col t-col_8 t-prefix_2">'
        '<div class="t795__uptitle t-uptitle t-uptitle_sm" field="subtitle">%s · %s</div>'
        '<h1 class="t795__title t-title t-title_sm t-margin_auto" field="title">%s</h1>'
        '<div class="t795__descr t-descr t-descr_md t-margin_auto" field="descr">%s</div>'
        '<div class="t795__name t-name t-name_xs" field="text">%s %s</div></div></div></div>') % (
        E(art["section"]), E(tilda_date(lang, art["date"])), E(art["title"]), E(art.get("sub") or ""), E(t["by"]),
        E(art["byline"])), 60, 30)
    share = record(897, "T897", (
        '<div class="t-share t-share_left" data-share-services="vk,telegram,whatsapp,ok"><div class="t-container">'
        '<div class="t-col t-col_8 t-prefix_2"><div class="t-share__label t-name t-name_xs">%s</div><div class="t-share__wrapper">%s'
        '</div></div></div></div>') % (E(t["share"]), "".join(
            '<a class="t-share__item t-share__item_%s" href="#" data-sharing="%s" aria-label="%s" rel="nofollow noopener">'
            '<svg role="presentation" width="32" height="32" viewBox="0 0 32 32"><path d="%s"></path></svg></a>' % (k, k, k, d)
            for k, d in TILDA_ICONS.items())), 15, 30)
    back = record(191, "T191", (
        '<div class="t191"><div class="t-container_100"><div class="t191__wrapper t-align_left"><a href="/news" '
        'target="" class="t-btn t-btn_md js-click-stat" data-tilda-event-name="/tilda/click/rec{rec}/button1" '
        'style="color:#000000;border:1px solid #000000;border-radius:30px;"><table role="presentation" style="width:100%%;height:100%%;">'
        '<tbody><tr><td>%s</td></tr></tbody></table></a></div></div></div>') % E(t["back"]), 15, 60)
    footer = record(420, "T420", (
        '<div class="t420"><div class="t-container t-align_left"><div class="t-col t-col_3"><div class="t420__logo t-name '
        't-name_xs" field="title">%s</div><div class="t420__text t-descr t-descr_xxs" field="descr">%s</div></div>'
        '<div class="t-col t-col_3"><div class="t420__col t-descr t-descr_xxs" field="text2">%s</div></div>'
        '<div class="t-col t-col_3"><div class="t420__col t-descr t-descr_xxs" field="text3">© %s %s</div></div></div></div>') % (
        E(site), E(t["about"]), "<br />".join('<a href="/%s">%s</a>' % (slug(mp11.host_name(x)) or "page", E(x)) for x in t["nav"]),
        art["date"][:4], E(site)), 75, 45)
    cookie = record(886, "T886", (
        '<div class="t886 t886_closed" data-storage-item="t886cookiename{rec}"><div class="t886__wrapper t886__wrapper_cookie" '
        'style="background-color:#ffffff;"><div class="t886__text t-text t-text_xs" field="text">%s</div><div class="t886__btn-wrapper">'
        '<a href="#" class="t886__btn t886__btn_wrapper t-btn t-btn_xs"><span class="t886__btn-text">%s</span></a></div></div></div>'
        '<script>t_onReady(function () {{ t_onFuncLoad(\'t886_init\', function () {{ t886_init(\'{rec}\'); }}); }});</script>'
    ).replace("{{", "{").replace("}}", "}") % (E(t["cookie"]), E(t["cookie_ok"])), 0, 0)
    made, brand = TILDA_LABEL.get(lang, ("Made on ", "Tilda"))
    body = "\n".join([menu, title] + records + [share, back, footer, cookie])
    return mp.head(art, site).replace("</head>", (
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="format-detection" content="telephone=no">\n'
        '<meta http-equiv="x-dns-prefetch-control" content="on">\n<link rel="dns-prefetch" href="https://ws.tildacdn.com">\n'
        '<link rel="dns-prefetch" href="https://static.tildacdn.com">\n<!--metatextblock-->\n<meta name="description" content="{d}">\n'
        '<meta property="og:url" content="{host}/news/{s}">\n<meta property="og:type" content="website">\n'
        '<meta property="og:image" content="https://static.tildacdn.com/{iid}/cover.jpg">\n<link rel="canonical" href="{host}/news/{s}">\n'
        '<!--/metatextblock-->\n<link rel="shortcut icon" href="https://static.tildacdn.com/{iid}/favicon.ico" type="image/x-icon">\n'
        '<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" onerror="this.loaderr=\'y\';">\n'
        '<link rel="stylesheet" href="/tilda-blocks-page{page}.min.css?t={ts}" type="text/css" media="all" onerror="this.loaderr=\'y\';">\n'
        '<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-forms-1.0.min.css" type="text/css" media="all" onerror="this.loaderr=\'y\';">\n'
        '<script nomodule src="https://static.tildacdn.com/js/tilda-polyfill-1.0.min.js" charset="utf-8"></script>\n'
        '<script type="text/javascript">function t_onReady(func) {{ if (document.readyState != \'loading\') {{ func(); }} else {{ '
        'document.addEventListener(\'DOMContentLoaded\', func); }} }}\nfunction t_onFuncLoad(funcName, okFunc, time) {{ if (typeof '
        'window[funcName] === \'function\') {{ okFunc(); }} else {{ setTimeout(function () {{ t_onFuncLoad(funcName, okFunc, time); }}, '
        '(time || 100)); }} }}</script>\n'
        '<script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer onerror="this.loaderr=\'y\';"></script>\n'
        '<script src="/tilda-blocks-page{page}.min.js?t={ts}" charset="utf-8" async onerror="this.loaderr=\'y\';"></script>\n'
        '<script src="https://static.tildacdn.com/js/tilda-forms-1.0.min.js" charset="utf-8" async onerror="this.loaderr=\'y\';"></script>\n'
        '</head>').format(d=A(art.get("sub") or art["title"]), host=host, s=mp13.medium_slug(art["title"]), iid=img_id,
                          page=page, ts=1700000000 + rng.randint(0, 99999999))) + f'''<body class="t-body" style="margin:0;">
<!--allrecords-->
<div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="{project}" data-tilda-page-id="{page}" data-tilda-page-alias="news/{mp13.medium_slug(art["title"])}" data-tilda-formskey="{rng.randint(16**31, 16**32 - 1):032x}" data-tilda-lazy="yes" data-tilda-root-zone="{"ru" if lang == "ru" else "com"}" data-tilda-project-headcode="yes" data-tilda-project-country="{lang.upper() if lang != "en" else "GB"}">
{body}
</div>
<!--/allrecords-->
<!-- Tilda copyright. Don't remove this line -->
<div class="t-tildalabel " id="tildacopy" data-tilda-sign="{project}#{page}"><a href="https://tilda.cc/?upm={project}" class="t-tildalabel__link"><div class="t-tildalabel__wrapper"><div class="t-tildalabel__txtleft">{E(made)}</div><div class="t-tildalabel__wrapimg"><img src="https://static.tildacdn.com/img/tildacopy.png" class="t-tildalabel__img" fetchpriority="low" alt=""></div><div class="t-tildalabel__txtright">{E(brand)}</div></div></a></div>
<!-- Stat -->
<script type="text/javascript">if (!window.mainTracker) {{ window.mainTracker = 'tilda'; }}
setTimeout(function () {{ (function (d, w, k, o, g) {{ var n = d.getElementsByTagName(o)[0], s = d.createElement(o), f = function () {{ n.parentNode.insertBefore(s, n); }}; s.type = "text/javascript"; s.async = true; s.key = k; s.id = "tildastatscript"; s.src = g; if (w.opera == "[object Opera]") {{ d.addEventListener("DOMContentLoaded", f, false); }} else {{ f(); }} }})(document, window, '{rng.randint(16**31, 16**32 - 1):032x}', 'script', 'https://static.tildacdn.com/js/tilda-stat-1.0.min.js'); }}, 2000);</script>
</body>
</html>
'''


NEW_TEMPLATES = {"tilda": tpl_tilda, "hugo": mp11.tpl_hugo, "blox": mp8.tpl_blox, "sanity": mp7.tpl_sanity,
                 "nextjs": mp2.tpl_nextjs}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    for art in ARTICLES:
        art = dict(art)
        art["blocks"] = mp.parse_body(art["body"])
        rng = random.Random("newsflow-heldout15-" + art["id"])
        lang, tpl = art["lang"], art["tpl"]
        if art.get("site"):
            site = art["site"]
        else:
            site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
            count[lang] = count.get(lang, 0) + 1
        placed, fams = residue_items(art, rng, site, used)
        if tpl in NEW_TEMPLATES:
            pages[art["id"]] = NEW_TEMPLATES[tpl](art, UI[lang], site, placed, rng)
            fams = fams + TEMPLATE_FAMILIES.get(tpl, [])
        else:
            fun, mode = OLD_TEMPLATES[tpl]
            pages[art["id"]] = fun(art, UI[lang], site, mp.body_html(art, placed, mode), rng)
        truth[art["id"]] = mp.truth_text(art["blocks"])
        meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)))
    return pages, truth, meta


def verify(pages, truth):
    problems = mp.verify(pages, truth)
    for pid, text in truth.items():
        if not 150 <= len(text.split()) <= 400:
            problems.append("%s: body has %d words (want 150-400)" % (pid, len(text.split())))
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    old = set()
    for s in _strings([mp.RESIDUE, mp2.R, mp3.R, mp4.R, mp5.R, mp2.READMORE, mp3.READMORE, mp4.READMORE, mp2.LIVE,
                       mp2.BIO, mp3.DRUPAL, mp3.SUBSTACK, mp3.BROADCAST, mp4.GUTENBERG, mp5.SQS, mp5.BRIGHT, mp5.WIRE,
                       mp6.R, mp6.QT, mp6.TYPO3, mp6.BITRIX, mp7.R, mp7.SANITY, mp7.K2, mp8.R, mp8.BLOX, mp9.R,
                       mp10.R, mp10.WEBFLOW, mp11.R, mp11.HUGO, mp12.R, mp12.JOOMLA, mp13.R, mp13.PUB_NAV,
                       mp13.TEASERS, mp13.MEDIUM_CORE,
                       mp.RELATED_HEADLINES, mp2.HEADLINES, mp3.HEADLINES, mp4.HEADLINES, mp5.HEADLINES, mp6.HEADLINES,
                       mp7.HEADLINES, mp8.HEADLINES, mp9.HEADLINES, mp10.HEADLINES, mp11.HEADLINES, mp12.HEADLINES,
                       mp13.HEADLINES,
                       mp2.SITES, mp3.SITES, mp4.SITES, mp5.SITES, mp6.SITES, mp7.SITES, mp8.SITES, mp9.SITES,
                       mp10.SITES, mp11.SITES, mp12.SITES, mp13.SITES, mp3.BROADCASTERS]):
        old |= _sentences(s)
    for s in _strings(UI):
        old.add(s.lower().strip())
    for fam, by_lang in R.items():
        for s in _strings(by_lang):
            problems.extend("h15 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    # Tilda's own label ("Made on Tilda") is left as the builder writes it; the site's strings in TILDA are checked
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("TILDA", TILDA)):
        for s in _strings(obj):
            problems.extend("h15 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # new stories: no paragraph of an earlier part's story
    import articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl  # noqa: E401
    import articles_h4_en, articles_h4_intl, articles_h5_en, articles_h5_intl, articles_h6_en, articles_h6_intl  # noqa: E401
    import articles_h7_en, articles_h7_intl, articles_h8_en, articles_h8_intl, articles_h9_en, articles_h9_intl  # noqa: E401
    import articles_h10_en, articles_h10_intl, articles_h11_en, articles_h11_intl, articles_h12_en, articles_h12_intl  # noqa: E401
    import articles_h13_en, articles_h13_intl  # noqa: E401
    seen = set()
    for mod in (articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl,
                articles_h4_en, articles_h4_intl, articles_h5_en, articles_h5_intl, articles_h6_en, articles_h6_intl,
                articles_h7_en, articles_h7_intl, articles_h8_en, articles_h8_intl, articles_h9_en, articles_h9_intl,
                articles_h10_en, articles_h10_intl, articles_h11_en, articles_h11_intl, articles_h12_en,
                articles_h12_intl, articles_h13_en, articles_h13_intl):
        for art in mod.ARTICLES:
            body = re.sub(r"\[\^\d+\]", "", art["body"])
            seen.update(p.lower() for p in mp.truth_text(mp.parse_body(body)).split("\n\n"))
    for pid, text in truth.items():
        problems.extend("%s: paragraph from an earlier part: %r" % (pid, p[:60]) for p in text.split("\n\n")
                        if p.lower() in seen)
    # the headline must not be a story paragraph (it is residue when repeated in the body)
    for art in ARTICLES:
        if art["title"] in truth[art["id"]].split("\n\n"):
            problems.append("%s: headline is also a story paragraph" % art["id"])
    return problems


def main():
    hc.run(build, verify)


if __name__ == "__main__":
    main()
