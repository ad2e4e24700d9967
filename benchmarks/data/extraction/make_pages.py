#!/usr/bin/env python3
"""Regenerate the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_pages.py          # write pages/, truth.json, split.json
    python benchmarks/data/extraction/make_pages.py --check  # verify committed files match

The second held-out part (h2-* pages, now "heldout_v2") is rendered by
make_heldout2.py, the third (h3-* pages, now "heldout_v3") by make_heldout3.py,
the fourth (h4-* pages, now "heldout_v4") by make_heldout4.py, the fifth
(h5-* pages, now "heldout_v5") by make_heldout5.py, the sixth (h6-* pages,
now "heldout_v6") by make_heldout6.py, the seventh (h7-* pages, now
"heldout_v7") by make_heldout7.py, the eighth (h8-* pages, now "heldout_v8") by
make_heldout8.py, the ninth (h9-* pages, now "heldout_v9") by make_heldout9.py, the tenth (h10-* pages, now
"heldout_v10") by make_heldout10.py, the eleventh (h11-* pages, now "heldout_v11") by make_heldout11.py, the
twelfth (h12-* pages, now "heldout_v12") by make_heldout12.py, the thirteenth (h13-* pages, now
"heldout_v13") by make_heldout13.py, the fourteenth (h14-* pages, now "heldout_v14") by
make_heldout14.py the fifteenth (h15-* pages, now "heldout_v15") by make_heldout15.py the sixteenth (h16-* pages, now "heldout_v16") by make_heldout16.py the seventeenth (h17-* pages, now "heldout_v17") by make_heldout17.py, the eighteenth (h18-* pages, now "heldout_v18") by make_heldout18.py, the nineteenth (h19-* pages, now "heldout_v19") by make_heldout19.py, the twentieth (h20-* pages, now "heldout_v20") by make_heldout20.py and the twenty-first (h21-* pages, now "heldout_v21") by make_heldout21.py and the twenty-second (h22-* pages, now "heldout_v22") by make_heldout22.py and the twenty-third (h23-* pages, now "heldout_v23") by make_heldout23.py, the twenty-fourth (h24-* pages, now "heldout_v24") by make_heldout24.py, the twenty-fifth (h25-* pages, now "heldout_v25") by make_heldout25.py, the twenty-sixth (h26-* pages, now "heldout_v26") by make_heldout26.py, the twenty-seventh (h27-* pages, now "heldout_v27") by make_heldout27.py, the twenty-eighth (h28-* pages, now "heldout_v28") by make_heldout28.py, the twenty-ninth (h29-* pages, now "heldout_v29") by make_heldout29.py, the thirtieth (h30-* pages, now
"heldout_v30") by make_heldout30.py, the thirty-first (h31-* pages, now "heldout_v31") by
make_heldout31.py, the thirty-second (h32-* pages, now "heldout_v32") by make_heldout32.py, and the
thirty-third (h33-* pages, now "heldout_v33") by make_heldout33.py, and the thirty-fourth (h34-* pages, now
"heldout_v34") by make_heldout34.py, the thirty-fifth (h35-* pages, now "heldout_v35") by make_heldout35.py, and the
thirty-sixth (h36-* pages, now "heldout_v36") by make_heldout36.py, the thirty-eighth (h38-* pages,
now "heldout_v38") by make_heldout38.py, and the thirty-seventh (h37-* pages, now "heldout_v37") by
make_heldout37.py, the thirty-ninth (h39-* pages, now "heldout_v39") by make_heldout39.py, and the fortieth (h40-* pages,
now "heldout_v40") by make_heldout40.py, and the forty-second (h42-* pages,
now "heldout_v42") by make_heldout42.py, and the forty-first (h41-* pages,
now "heldout_v41") by make_heldout41.py, and the forty-third (h43-* pages,
now "heldout_v43") by make_heldout43.py, and the forty-fourth (h44-* pages,
now "heldout_v44") by make_heldout44.py, and the forty-fifth (h45-* pages,
now "heldout_v45") by make_heldout45.py, and the forty-sixth (h46-* pages,
now "heldout_v46") by make_heldout46.py, and the forty-seventh (h47-* pages,
now "heldout_v47") by make_heldout47.py, and the forty-eighth (h48-* pages,
now "heldout_v48") by make_heldout48.py, and the forty-ninth (h49-* pages,
now "heldout_v49") by make_heldout49.py, and the fiftieth (h50-* pages,
now "heldout_v50") by make_heldout50.py, and the fifty-second (h52-* pages,
now "heldout_v52") by make_heldout52.py, and the fifty-first (h51-* pages,
now "heldout_v51") by make_heldout51.py, and the fifty-fourth (h54-* pages,
now "heldout_v54") by make_heldout54.py, and the fifty-third (h53-* pages,
now "heldout_v53") by make_heldout53.py, and the fifty-fifth (h55-* pages,
now "heldout_v55") by make_heldout55.py, and the fifty-sixth (h56-* pages,
now "heldout_v56") by make_heldout56.py, and the fifty-seventh (h57-* pages,
now "heldout_v57") by make_heldout57.py, and the fifty-eighth (h58-* pages,
now "heldout_v58") by make_heldout58.py, and the sixtieth (h60-* pages,
now "heldout_v60") by make_heldout60.py, and the fifty-ninth (h59-* pages,
now "heldout_v59") by make_heldout59.py, and the sixty-first (h61-* pages,
now "heldout_v61") by make_heldout61.py, and the sixty-second (h62-* pages,
now "heldout_v62") by make_heldout62.py, and the sixty-third (h63-* pages,
now "heldout_v63") by make_heldout63.py, and the sixty-fourth (h64-* pages,
now "heldout_v64") by make_heldout64.py, and the sixty-fifth (h65-* pages,
now "heldout_v65") by make_heldout65.py, and the sixty-sixth (h66-* pages,
now "heldout_v66") by make_heldout66.py, and the sixty-eighth (h68-* pages,
now "heldout_v68") by make_heldout68.py, and the sixty-seventh (h67-* pages,
now "heldout_v67") by make_heldout67.py, and the seventieth (h70-* pages,
now "heldout_v70") by make_heldout70.py, and the sixty-ninth (h69-* pages,
now "heldout_v69") by make_heldout69.py, and the seventy-second (h72-* pages,
now "heldout_v72") by make_heldout72.py, and the seventy-first (h71-* pages,
now "heldout_v71") by make_heldout71.py, and the seventy-third (h73-* pages,
now "heldout_v73") by make_heldout73.py, and the seventy-fourth (h74-* pages,
now "heldout_v74") by make_heldout74.py, and the seventy-fifth (h75-* pages,
now "heldout_v75") by make_heldout75.py, and the seventy-sixth (h76-* pages,
now "heldout_v76") by make_heldout76.py, and the seventy-seventh (h77-* pages,
now "heldout_v77") by make_heldout77.py, and the seventy-eighth (h78-* pages,
now "heldout_v78") by make_heldout78.py, and the eightieth (h80-* pages,
now "heldout_v80") by make_heldout80.py, and the seventy-ninth (h79-* pages,
now "heldout_v79") by make_heldout79.py, and the eighty-first (h81-* pages,
now "heldout_v81") by make_heldout81.py, and the eighty-second (h82-* pages,
now "heldout_v82") by make_heldout82.py, and the eighty-third (h83-* pages,
now "heldout_v83") by make_heldout83.py, and the eighty-fourth (h84-* pages,
now "heldout_v84") by make_heldout84.py, and the eighty-fifth (h85-* pages,
now "heldout_v85") by make_heldout85.py, and the eighty-sixth (h86-* pages,
now "heldout_v86") by make_heldout86.py, and the eighty-seventh (h87-* pages,
now "heldout_v87") by make_heldout87.py, and the eighty-eighth (h88-* pages,
now "heldout_v88") by make_heldout88.py, and the ninetieth (h90-* pages,
now "heldout_v90") by make_heldout90.py, and the eighty-ninth (h89-* pages,
now "heldout_v89") by make_heldout89.py, and the ninety-first (h91-* pages,
now "heldout_v91") by make_heldout91.py, and the ninety-second (h92-* pages,
now "heldout_v92") by make_heldout92.py, and the ninety-third (h93-* pages,
now "heldout_v93") by make_heldout93.py, and the ninety-fourth (h94-* pages,
now "heldout_v94") by make_heldout94.py, and the ninety-sixth (h96-* pages,
now "heldout_v96") by make_heldout96.py, and the ninety-fifth (h95-* pages,
now "heldout_v95") by make_heldout95.py, and the ninety-eighth (h98-* pages,
now "heldout_v98") by make_heldout98.py, and the ninety-seventh (h97-* pages,
now "heldout_v97") by make_heldout97.py, and the hundredth (h100-* pages,
now "heldout_v100") by make_heldout100.py, and the ninety-ninth (h99-* pages,
now "heldout_v99") by make_heldout99.py, and the hundred-and-first (h101-* pages,
now "heldout_v101") by make_heldout101.py, and the hundred-and-second (h102-* pages,
now "heldout_v102") by make_heldout102.py, and the hundred-and-third (h103-* pages,
now "heldout_v103") by make_heldout103.py, and the hundred-and-fourth (h104-* pages,
now "heldout_v104") by make_heldout104.py, and the hundred-and-fifth (h105-* pages,
now "heldout_v105") by make_heldout105.py, and the hundred-and-sixth (h106-* pages,
now "heldout_v106") by make_heldout106.py, and the hundred-and-seventh (h107-* pages,
now "heldout_v107") by make_heldout107.py, and the hundred-and-eighth (h108-* pages,
now "heldout_v108") by make_heldout108.py; all are
merged in here, so
this script writes and checks every file of the set.

Stories live in articles_en.py / articles_intl.py (fictional, written for
newsflow).  This script renders each story into a full news page using one of
several site templates, and inserts "residue" (photo credits, section labels,
share prompts, ...) INSIDE the article container.  Only the story text goes to
truth.json.  Standard library only; output is deterministic.
"""
import html
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from articles_en import ARTICLES as EN  # noqa: E402
from articles_intl import ARTICLES as INTL  # noqa: E402

ARTICLES = EN + INTL
SPLIT_SEED = 20240611
HELDOUT_FRACTION = 1 / 3

# pages that deliberately carry little or no residue inside the container
LOW_RESIDUE = {"en-004": 0, "en-013": 1, "de-005": 0, "fr-003": 1, "es-004": 0, "tr-005": 1}

E = lambda s: html.escape(s, quote=False)  # noqa: E731
A = lambda s: html.escape(s, quote=True)  # noqa: E731


# --------------------------------------------------------------------------
# story markup: blocks separated by blank lines
#   "## text"  subheading      "> text"  block quote
#   "- a\n- b" bullet list     "1. a"    numbered list
#   otherwise  paragraph; inline [text](url) links and **bold**
# --------------------------------------------------------------------------
def parse_body(src):
    blocks = []
    for raw in re.split(r"\n\s*\n", src.strip()):
        lines = [ln.strip() for ln in raw.strip().splitlines() if ln.strip()]
        if not lines:
            continue
        if lines[0].startswith("## "):
            blocks.append(("h", " ".join(lines)[3:].strip()))
        elif lines[0].startswith("> "):
            blocks.append(("q", " ".join(ln[2:].strip() if ln.startswith(">") else ln for ln in lines)))
        elif lines[0].startswith("- "):
            blocks.append(("ul", [ln[2:].strip() for ln in lines]))
        elif re.match(r"\d+\. ", lines[0]):
            blocks.append(("ol", [re.sub(r"^\d+\.\s+", "", ln) for ln in lines]))
        else:
            blocks.append(("p", " ".join(lines)))
    return blocks


def inline_html(s):
    out, pos = [], 0
    for m in re.finditer(r"\[([^\]]+)\]\(([^)]+)\)|\*\*([^*]+)\*\*", s):
        out.append(E(s[pos:m.start()]))
        if m.group(1):
            out.append('<a href="%s">%s</a>' % (A(m.group(2)), E(m.group(1))))
        else:
            out.append("<strong>%s</strong>" % E(m.group(3)))
        pos = m.end()
    out.append(E(s[pos:]))
    return "".join(out)


def inline_text(s):
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1", s)
    return re.sub(r"\*\*([^*]+)\*\*", r"\1", s)


def truth_text(blocks):
    paras = []
    for kind, val in blocks:
        if kind in ("ul", "ol"):
            paras.extend(inline_text(v) for v in val)
        else:
            paras.append(inline_text(val))
    return "\n\n".join(paras)


# --------------------------------------------------------------------------
# per-language site furniture
# --------------------------------------------------------------------------
UI = {
    "en": dict(
        sites=["The Harbour Ledger", "Northgate Times", "Midland Courier", "Global Wire Today", "The Civic Review"],
        nav=["Home", "News", "Politics", "Business", "Sport", "Science", "Opinion", "Culture"],
        cookie="We and our partners use cookies to personalise content and ads. Manage your preferences at any time.",
        accept="Accept all", reject="Reject", home="Home", by="By", share="Share this article",
        nets=["Facebook", "X", "WhatsApp", "LinkedIn", "Email"], related="More from this section",
        newsletter="Get the morning briefing in your inbox", subscribe="Sign up", email="Your email address",
        comments="Comments", comment_note="Log in to join the conversation.", reply="Reply",
        footer=["About us", "Contact", "Privacy policy", "Terms of use", "Advertise"],
        rights="All rights reserved.", tags="Topics", updated="Updated", read="min read",
        commenters=[("jkell", "Interesting piece, thanks."), ("mara_p", "Would like to see the full figures."),
                    ("oldtimer62", "Same story every year.")],
    ),
    "tr": dict(
        sites=["Gündem Postası", "Kıyı Haber", "Ekonomi Hattı"],
        nav=["Ana Sayfa", "Gündem", "Ekonomi", "Dünya", "Spor", "Kültür-Sanat", "Yaşam"],
        cookie="Sitemizde deneyiminizi geliştirmek için çerezler kullanılmaktadır. Ayrıntılar için Çerez Politikamızı inceleyin.",
        accept="Kabul et", reject="Reddet", home="Ana Sayfa", by="", share="Paylaş",
        nets=["Facebook", "Twitter", "WhatsApp", "Telegram"], related="İlgili Haberler",
        newsletter="E-bültenimize abone olun, gündemi kaçırmayın", subscribe="Abone ol", email="E-posta adresiniz",
        comments="Yorumlar", comment_note="Yorum yapabilmek için giriş yapın.", reply="Yanıtla",
        footer=["Künye", "İletişim", "Gizlilik Politikası", "KVKK", "Reklam"],
        rights="Tüm hakları saklıdır.", tags="Etiketler", updated="Güncelleme", read="dk okuma",
        commenters=[("ahmet_k", "Emeğinize sağlık."), ("deniz34", "Bu konu daha çok konuşulmalı.")],
    ),
    "de": dict(
        sites=["Elbe-Rundschau", "Alpenkurier Online", "Westfälische Abendpost"],
        nav=["Startseite", "Politik", "Wirtschaft", "Panorama", "Sport", "Wissen", "Region"],
        cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren. Sie können Ihre Einwilligung jederzeit widerrufen.",
        accept="Alle akzeptieren", reject="Nur notwendige", home="Startseite", by="Von", share="Artikel teilen",
        nets=["Facebook", "X", "WhatsApp", "E-Mail"], related="Mehr zum Thema",
        newsletter="Der Morgen-Newsletter: die wichtigsten Nachrichten des Tages", subscribe="Anmelden",
        email="E-Mail-Adresse", comments="Kommentare", comment_note="Bitte melden Sie sich an, um zu kommentieren.",
        reply="Antworten", footer=["Impressum", "Datenschutz", "Kontakt", "AGB", "Mediadaten"],
        rights="Alle Rechte vorbehalten.", tags="Schlagworte", updated="Aktualisiert", read="Min. Lesezeit",
        commenters=[("HansW", "Endlich berichtet mal jemand darüber."), ("leserin_88", "Wo kann man die Studie lesen?")],
    ),
    "fr": dict(
        sites=["Le Courrier du Rhône", "L'Écho des Régions", "Atlantique Matin"],
        nav=["Accueil", "Politique", "Économie", "Société", "Sports", "Sciences", "Culture"],
        cookie="Avec votre accord, nous et nos partenaires utilisons des cookies pour mesurer l'audience et personnaliser les contenus.",
        accept="Accepter et fermer", reject="Continuer sans accepter", home="Accueil", by="Par", share="Partager",
        nets=["Facebook", "X", "WhatsApp", "Courriel"], related="À lire aussi",
        newsletter="Recevez chaque matin l'essentiel de l'actualité", subscribe="Je m'inscris",
        email="Adresse e-mail", comments="Réactions", comment_note="Connectez-vous pour réagir.",
        reply="Répondre", footer=["Mentions légales", "Contact", "Données personnelles", "CGU", "Publicité"],
        rights="Tous droits réservés.", tags="Mots-clés", updated="Mis à jour le", read="min de lecture",
        commenters=[("Claire_L", "Merci pour cet article clair."), ("jpdu69", "On attend toujours les chiffres.")],
    ),
    "es": dict(
        sites=["Diario del Litoral", "La Voz del Valle", "Crónica Metropolitana"],
        nav=["Portada", "Nacional", "Economía", "Internacional", "Deportes", "Ciencia", "Cultura"],
        cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Puede configurarlas o rechazarlas.",
        accept="Aceptar", reject="Configurar", home="Portada", by="Por", share="Compartir",
        nets=["Facebook", "X", "WhatsApp", "Telegram"], related="Noticias relacionadas",
        newsletter="Suscríbete a nuestro boletín diario", subscribe="Suscribirme", email="Correo electrónico",
        comments="Comentarios", comment_note="Inicia sesión para comentar.", reply="Responder",
        footer=["Aviso legal", "Política de privacidad", "Contacto", "Publicidad"],
        rights="Todos los derechos reservados.", tags="Temas", updated="Actualizado", read="min de lectura",
        commenters=[("marisa_g", "Muy buen artículo."), ("pepe1970", "Ya era hora.")],
    ),
    "ru": dict(
        sites=["Северный вестник", "Городские новости", "Деловая неделя"],
        nav=["Главная", "Политика", "Экономика", "Общество", "Спорт", "Наука", "Город"],
        cookie="Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
        accept="Принять", reject="Настроить", home="Главная", by="Автор:", share="Поделиться",
        nets=["ВКонтакте", "Telegram", "Одноклассники", "WhatsApp"], related="Читайте также",
        newsletter="Подпишитесь на нашу рассылку", subscribe="Подписаться", email="Ваш e-mail",
        comments="Комментарии", comment_note="Войдите, чтобы оставить комментарий.", reply="Ответить",
        footer=["О редакции", "Контакты", "Политика конфиденциальности", "Реклама"],
        rights="Все права защищены.", tags="Теги", updated="Обновлено", read="мин чтения",
        commenters=[("irina_s", "Спасибо за материал."), ("vadim77", "Посмотрим, что будет дальше.")],
    ),
}

# --------------------------------------------------------------------------
# residue pools (text that sits inside the article container but is not story)
# --------------------------------------------------------------------------
RESIDUE = {
    "cookie": {
        "en": ["This content is blocked because you have not accepted cookies. Change your cookie settings to view it.",
               "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
               "To watch this video, please allow social media cookies.",
               "Cookie settings"],
        "tr": ["Bu içeriği görüntülemek için çerezleri kabul etmeniz gerekmektedir.",
               "Çerez tercihlerinizi güncelleyerek bu videoyu izleyebilirsiniz."],
        "de": ["Dieser Inhalt ist ausgeblendet, weil Sie der Verwendung von Cookies nicht zugestimmt haben.",
               "Externer Inhalt: Zum Anzeigen müssen Sie Cookies von Drittanbietern zulassen."],
        "fr": ["Ce contenu est bloqué car vous n'avez pas accepté les cookies. Gérer mes choix",
               "Pour afficher cette vidéo, veuillez accepter les cookies des réseaux sociaux."],
        "es": ["Este contenido no se muestra porque no ha aceptado las cookies. Configurar cookies",
               "Para ver este vídeo debe aceptar las cookies de terceros."],
        "ru": ["Этот контент недоступен, так как вы отказались от файлов cookie.",
               "Чтобы посмотреть видео, разрешите использование cookie."],
    },
    "photo": {
        "en": ["Photo: Reuters", "AA Photo", "(Photo: AFP/Getty Images)", "Photograph: PA Wire", "Image credit: AP",
               "Photo by staff photographer"],
        "tr": ["Fotoğraf: AA", "Fotoğraf: DHA", "(Fotoğraf: İHA)", "Foto: Arşiv"],
        "de": ["Foto: dpa", "Bild: picture alliance / dpa", "Foto: Imago", "(Foto: Archiv)"],
        "fr": ["Photo : AFP", "Photo d'illustration", "© Photo Reuters", "Crédit photo : MaxPPP"],
        "es": ["Foto: EFE", "Imagen de archivo", "(Foto: Europa Press)", "Fotografía: Reuters"],
        "ru": ["Фото: ТАСС", "Фото: РИА Новости", "Фото из открытых источников", "Фото: пресс-служба"],
    },
    "section": {
        "en": ["MIDDLE EAST", "All news", "WORLD", "Local News", "BREAKING", "Business | Markets", "Sport"],
        "tr": ["Politika", "Tüm haberler", "GÜNDEM", "Ekonomi", "Son Dakika"],
        "de": ["Politik", "Alle Nachrichten", "WIRTSCHAFT", "Region", "Eilmeldung"],
        "fr": ["Société", "Toute l'actualité", "INTERNATIONAL", "Faits divers", "Politique"],
        "es": ["Política", "Última hora", "INTERNACIONAL", "Todas las noticias", "Sociedad"],
        "ru": ["Политика", "Все новости", "ОБЩЕСТВО", "Экономика", "Срочно"],
    },
    "share": {
        "en": ["Share on Facebook", "Follow us on Telegram", "Share this story", "Follow us on X for the latest updates",
               "Click to share on WhatsApp (Opens in new window)"],
        "tr": ["Facebook'ta paylaş", "Bizi Telegram'da takip edin", "Haberi paylaş", "Google News'te abone olun"],
        "de": ["Auf Facebook teilen", "Folgen Sie uns auf WhatsApp", "Artikel teilen", "Jetzt bei Google News folgen"],
        "fr": ["Partager sur Facebook", "Suivez-nous sur Telegram", "Partager l'article", "Retrouvez-nous sur WhatsApp"],
        "es": ["Compartir en Facebook", "Síguenos en Telegram", "Compartir en WhatsApp", "Síguenos en Google News"],
        "ru": ["Поделиться в ВКонтакте", "Подписывайтесь на наш канал в Telegram", "Поделиться",
               "Читайте нас в Дзене"],
    },
    "newsletter": {
        "en": ["Sign up to our free morning newsletter and get the day's top stories.",
               "Subscribe now for unlimited access. Cancel anytime.",
               "Enjoying this article? Get the weekly digest delivered to your inbox."],
        "tr": ["Günün öne çıkan haberleri için e-bültenimize abone olun.", "Abone olun, ilk siz haberdar olun."],
        "de": ["Jetzt den kostenlosen Newsletter abonnieren!", "Sie lesen mit einem Probeabo. Jetzt weiterlesen für 0,99 €."],
        "fr": ["Inscrivez-vous gratuitement à notre newsletter.", "Abonnez-vous pour lire la suite : 1 € le premier mois."],
        "es": ["Suscríbete a nuestra newsletter y recibe las noticias del día.", "Hazte suscriptor desde 1 € al mes."],
        "ru": ["Подпишитесь на нашу рассылку, чтобы не пропустить главное.", "Оформите подписку и читайте без ограничений."],
    },
    "related": {
        "en": ["Related news", "Also read:", "READ MORE", "You may also like"],
        "tr": ["İlgili Haberler", "Ayrıca okuyun:", "BUNLAR DA İLGİNİZİ ÇEKEBİLİR"],
        "de": ["Lesen Sie auch:", "Mehr zum Thema", "DAS KÖNNTE SIE AUCH INTERESSIEREN"],
        "fr": ["À lire aussi :", "Lire aussi", "Sur le même sujet"],
        "es": ["Te puede interesar:", "Lee también:", "Noticias relacionadas"],
        "ru": ["Читайте также:", "По теме", "Ещё по теме:"],
    },
    "copyright": {
        "en": ["© 2024 {site}. All rights reserved.", "Copyright {site} 2024. This material may not be published, broadcast, rewritten or redistributed.",
               "© Reuters 2024"],
        "tr": ["© {site}. Tüm hakları saklıdır. İzinsiz kullanılamaz.", "Haberin tüm hakları {site}'na aittir."],
        "de": ["© dpa-infocom, dpa:240312-99-123456/4", "© {site} 2024 – Alle Rechte vorbehalten"],
        "fr": ["© {site} – Reproduction interdite", "Tous droits réservés – {site} 2024"],
        "es": ["© {site}. Todos los derechos reservados.", "Queda prohibida la reproducción total o parcial."],
        "ru": ["© {site}. Все права защищены.", "При цитировании ссылка на {site} обязательна."],
    },
    "symbol": {"*": ["+", "•", "|", "—", "»", "***", "■"]},
    "credit": {
        "en": ["News Service AA", "Reporting by staff; editing by the news desk", "With agencies", "AP"],
        "tr": ["Haber Merkezi", "AA", "Kaynak: Anadolu Ajansı", "Muhabir: Kıyı Haber"],
        "de": ["(dpa)", "mit Material von dpa und AFP", "Redaktion"],
        "fr": ["Par la rédaction avec AFP", "(AFP)", "La rédaction"],
        "es": ["Redacción / EFE", "Agencias", "(Europa Press)"],
        "ru": ["Служба новостей", "По материалам ТАСС", "Редакция"],
    },
    "ad": {
        "en": ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement"],
        "tr": ["Reklam", "Haberin devamı"], "de": ["Anzeige", "Weiterlesen nach der Anzeige"],
        "fr": ["Publicité", "La suite après cette publicité"], "es": ["Publicidad", "Sigue leyendo"],
        "ru": ["Реклама", "Продолжение ниже"],
    },
}
RELATED_HEADLINES = {
    "en": ["Council confirms new recycling rules from April", "Ferry fares to rise for third year running",
           "Opinion: Why the housing target was never realistic", "Five things to watch in the markets this week",
           "Police appeal after bridge closure"],
    "tr": ["Akaryakıta yeni zam geldi", "Valilikten kuvvetli yağış uyarısı", "Asgari ücret için ilk toplantı yapıldı",
           "Köprü ve otoyol ücretleri güncellendi"],
    "de": ["Stadtrat beschließt neue Parkgebühren", "Wetter: Sturmböen im Norden erwartet",
           "Kommentar: Der Haushalt ist ein Kompromiss", "Bahn kündigt Bauarbeiten an"],
    "fr": ["Les prix de l'énergie repartent à la hausse", "Météo : vigilance orange pour orages",
           "Grève des contrôleurs aériens : les vols annulés", "Municipales : la gauche tente l'union"],
    "es": ["El Gobierno aprueba el nuevo plan de vivienda", "Alerta amarilla por lluvias en el litoral",
           "La gasolina vuelve a subir", "El paro baja en 20.000 personas"],
    "ru": ["Тарифы ЖКХ вырастут с июля", "Синоптики обещают резкое похолодание", "В центре города закроют движение",
           "Мэрия объявила конкурс на проект набережной"],
}
FAMILIES = ["cookie", "photo", "section", "share", "newsletter", "related", "copyright", "symbol", "credit",
            "title", "ad"]


def residue_items(art, rng, site):
    """Return {position: [html, ...]} and the list of families used."""
    lang = art["lang"]
    n_blocks = len(art["blocks"])
    k = LOW_RESIDUE.get(art["id"], rng.choice([2, 3, 3, 4, 4, 5]))
    fams = rng.sample(FAMILIES, k)
    placed = {}

    def put(pos, snippet):
        placed.setdefault(pos, []).append(snippet)

    for fam in fams:
        mid = rng.randint(1, max(1, n_blocks - 1))
        if fam == "title":
            style = rng.choice(['<p><strong>%s</strong></p>', '<h2 class="article-title">%s</h2>', '<div class="headline">%s</div>'])
            put(0, style % E(art["title"]))
            continue
        if fam == "symbol":
            sym = rng.choice(RESIDUE["symbol"]["*"])
            style = rng.choice(['<p>%s</p>', '<span class="sep">%s</span>', '<div class="divider">%s</div>'])
            put(mid, style % E(sym))
            continue
        text = rng.choice(RESIDUE[fam][lang]).replace("{site}", site)
        if fam == "related":
            heads = rng.sample(RELATED_HEADLINES[lang], rng.choice([1, 2, 3]))
            if text.endswith(":") and len(heads) == 1:
                snip = '<p class="also-read"><strong>%s</strong> <a href="/news/%d">%s</a></p>' % (
                    E(text), rng.randint(10000, 99999), E(heads[0]))
            else:
                lis = "".join('<li><a href="/news/%d">%s</a></li>' % (rng.randint(10000, 99999), E(h)) for h in heads)
                snip = '<div class="inline-related"><h4>%s</h4><ul>%s</ul></div>' % (E(text.rstrip(":")), lis)
            put(rng.choice([mid, n_blocks]), snip)
        elif fam == "photo":
            style = rng.choice(['<p class="credit">%s</p>', '<span class="photo-credit">%s</span>', '<p><em>%s</em></p>',
                                '<div class="image-source">%s</div>'])
            put(rng.choice([0, mid]), style % E(text))
        elif fam == "section":
            style = rng.choice(['<div class="kicker">%s</div>', '<p class="section-label">%s</p>', '<span class="category">%s</span>'])
            put(rng.choice([0, 0, mid]), style % E(text))
        elif fam == "share":
            style = rng.choice(['<p><a href="#share">%s</a></p>', '<div class="share-inline">%s</div>',
                                '<ul class="follow"><li><a href="#">%s</a></li></ul>', '<p>%s</p>'])
            put(rng.choice([mid, n_blocks]), style % E(text))
        elif fam == "newsletter":
            style = rng.choice(['<div class="nl-teaser"><p>%s</p></div>', '<p><strong>%s</strong></p>', '<aside class="promo">%s</aside>'])
            put(mid, style % E(text))
        elif fam == "copyright":
            style = rng.choice(['<p class="copyright">%s</p>', '<div><small>%s</small></div>', '<p>%s</p>'])
            put(n_blocks, style % E(text))
        elif fam == "credit":
            style = rng.choice(['<p class="byline-inline">%s</p>', '<div class="source">%s</div>', '<p><em>%s</em></p>'])
            put(rng.choice([0, n_blocks]), style % E(text))
        elif fam == "cookie":
            style = rng.choice(['<div class="embed-placeholder"><p>%s</p><button>OK</button></div>',
                                '<p class="consent-note">%s</p>', '<div class="cmp-blocked">%s</div>'])
            put(mid, style % E(text))
        elif fam == "ad":
            style = rng.choice(['<div class="ad-label">%s</div>', '<p class="adv">%s</p>', '<span class="ad-slot-label">%s</span>'])
            put(mid, style % E(text))
    return placed, fams


# --------------------------------------------------------------------------
# body renderers
# --------------------------------------------------------------------------
def block_html(kind, val, mode, i):
    if kind == "p":
        inner = inline_html(val)
        if mode == "cms":
            return '<div class="block block--text" data-block-type="paragraph" data-index="%d"><div class="rich-text"><p>%s</p></div></div>' % (i, inner)
        if mode == "brbr":
            return inner + "<br><br>\n"
        if mode == "classed":
            return '<p class="article-paragraph">%s</p>' % inner
        return "<p>%s</p>" % inner
    if kind == "h":
        tag = "h2" if mode in ("cms", "plain") else "h3"
        if mode == "brbr":
            return "<b>%s</b><br><br>\n" % E(val)
        if mode == "cms":
            return '<div class="block" data-block-type="subheading"><h2 class="crosshead">%s</h2></div>' % E(val)
        return "<%s>%s</%s>" % (tag, E(val), tag)
    if kind == "q":
        if mode == "cms":
            return '<div class="block" data-block-type="quote"><blockquote class="pullquote"><p>%s</p></blockquote></div>' % inline_html(val)
        return "<blockquote><p>%s</p></blockquote>" % inline_html(val)
    tag = kind
    lis = "".join("<li>%s</li>" % inline_html(v) for v in val)
    if mode == "cms":
        return '<div class="block" data-block-type="list"><%s class="story-list">%s</%s></div>' % (tag, lis, tag)
    return "<%s>%s</%s>" % (tag, lis, tag)


def body_html(art, placed, mode):
    out = []
    for i, (kind, val) in enumerate(art["blocks"]):
        out.extend(placed.get(i, []))
        out.append(block_html(kind, val, mode, i))
    out.extend(placed.get(len(art["blocks"]), []))
    return "\n".join(out)


def figure_html(art, amp=False):
    cap, credit = E(art["caption"]), E(art["credit"])
    img = ('<amp-img src="/img/%s.jpg" width="1200" height="675" layout="responsive" alt="%s"></amp-img>' if amp
           else '<img src="/img/%s.jpg" alt="%s" loading="lazy" width="1200" height="675">') % (art["id"], A(art["caption"]))
    return ('<figure class="lead-image">%s<figcaption><span class="caption">%s</span> '
            '<span class="credit">%s</span></figcaption></figure>') % (img, cap, credit)


# --------------------------------------------------------------------------
# page templates
# --------------------------------------------------------------------------
def head(art, site, extra=""):
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
                     "datePublished": art["date"] + "T08:00:00Z", "author": {"@type": "Person", "name": art["byline"]},
                     "publisher": {"@type": "Organization", "name": site}}, ensure_ascii=False)
    return ('<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n<meta charset="utf-8">\n<title>%s | %s</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta property="og:title" content="%s">\n<meta property="og:site_name" content="%s">\n'
            '<script type="application/ld+json">%s</script>\n</head>\n') % (
        art["lang"], extra, E(art["title"]), E(site), A(art["title"]), A(site), ld)


def nav_html(ui, cls="main-nav"):
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, "".join('<li><a href="/%s">%s</a></li>' % (
        re.sub(r"\W+", "-", n.lower()), E(n)) for n in ui["nav"]))


def cookie_banner(ui, variant):
    if variant == 0:
        return ('<div id="cookie-banner" class="cookie-consent" role="dialog"><p>%s</p><button class="accept">%s</button>'
                '<button class="reject">%s</button></div>') % (E(ui["cookie"]), E(ui["accept"]), E(ui["reject"]))
    return ('<div class="cmp-container" data-cmp="1"><div class="cmp-inner"><div class="cmp-text">%s</div>'
            '<div class="cmp-buttons"><a href="#" class="cmp-accept">%s</a> <a href="#" class="cmp-settings">%s</a></div></div></div>'
            ) % (E(ui["cookie"]), E(ui["accept"]), E(ui["reject"]))


def share_html(ui, cls="share-buttons"):
    return '<div class="%s"><span>%s</span>%s</div>' % (cls, E(ui["share"]), "".join(
        '<a href="#" class="share-%s">%s</a>' % (re.sub(r"\W+", "", n.lower()) or "net", E(n)) for n in ui["nets"]))


def related_html(ui, lang, rng):
    heads = rng.sample(RELATED_HEADLINES[lang], 3)
    return '<section class="related"><h3>%s</h3><ul>%s</ul></section>' % (E(ui["related"]), "".join(
        '<li><a href="/news/%d">%s</a></li>' % (rng.randint(100000, 999999), E(h)) for h in heads))


def newsletter_html(ui):
    return ('<div class="newsletter-box"><h3>%s</h3><form><input type="email" placeholder="%s">'
            '<button type="submit">%s</button></form></div>') % (E(ui["newsletter"]), A(ui["email"]), E(ui["subscribe"]))


def comments_html(ui):
    items = "".join('<li class="comment"><div class="comment-author">%s</div><div class="comment-text"><p>%s</p></div>'
                    '<a class="reply" href="#">%s</a></li>' % (E(u), E(t), E(ui["reply"])) for u, t in ui["commenters"])
    return ('<section id="comments" class="comments"><h3>%s (%d)</h3><ol class="comment-list">%s</ol><p class="login-note">%s</p></section>'
            % (E(ui["comments"]), len(ui["commenters"]), items, E(ui["comment_note"])))


def footer_html(ui, site):
    return '<footer class="site-footer"><ul>%s</ul><p>© 2024 %s. %s</p></footer>' % (
        "".join('<li><a href="#">%s</a></li>' % E(f) for f in ui["footer"]), E(site), E(ui["rights"]))


def crumbs(ui, art):
    return '<ol class="breadcrumb"><li><a href="/">%s</a></li><li><a href="/%s">%s</a></li></ol>' % (
        E(ui["home"]), re.sub(r"\W+", "-", art["section"].lower()), E(art["section"]))


def byline(ui, art):
    return ("%s %s" % (ui["by"], art["byline"])).strip()


def tpl_wordpress(art, ui, site, body, rng):
    return head(art, site) + f'''<body class="post-template-default single single-post postid-{rng.randint(1000, 99999)}">
<div id="page" class="site">
{cookie_banner(ui, 0)}
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">{E(site)}</a></p></div>{nav_html(ui, "main-navigation")}</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{rng.randint(1000, 99999)}" class="post type-post status-publish format-standard has-post-thumbnail hentry">
<header class="entry-header">{crumbs(ui, art)}<h1 class="entry-title">{E(art["title"])}</h1>
<div class="entry-meta"><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/">{E(byline(ui, art))}</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="{art["date"]}T08:00:00+00:00">{art["date"]}</time></span></div></header>
<div class="post-thumbnail">{figure_html(art)}</div>
<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled">{share_html(ui, "sd-content")}</div>
</div>
<footer class="entry-footer"><span class="tags-links">{E(ui["tags"])}: <a href="#" rel="tag">{E(art["section"])}</a></span></footer>
</article>
<div id="jp-relatedposts">{related_html(ui, art["lang"], rng)}</div>
{comments_html(ui)}
</main></div>
<aside id="secondary" class="widget-area">{newsletter_html(ui)}</aside></div>
{footer_html(ui, site)}
</div></body></html>
'''


def tpl_cms(art, ui, site, body, rng):
    return head(art, site) + f'''<body data-page-type="article" data-article-id="{rng.randint(10**6, 10**7)}">
{cookie_banner(ui, 1)}
<div class="app-root"><div class="layout">
<header class="masthead" data-component="header"><div class="masthead__inner"><a class="logo" href="/">{E(site)}</a>{nav_html(ui, "nav nav--primary")}</div></header>
<main class="layout__main" role="main">
<div class="article-wrapper" data-component="article-page">
{crumbs(ui, art)}
<article class="article" data-component="article" data-section="{A(art["section"])}">
<div class="article__header" data-component="article-header"><span class="article__kicker">{E(art["section"])}</span><h1 class="article__headline" data-testid="headline">{E(art["title"])}</h1>
<div class="article__meta"><div class="author" data-component="byline"><span class="author__name">{E(byline(ui, art))}</span></div>
<time datetime="{art["date"]}T09:30:00+01:00" data-testid="timestamp">{art["date"]}</time> <span class="reading-time">4 {E(ui["read"])}</span></div></div>
<div class="article__media" data-component="lead-media">{figure_html(art)}</div>
<div class="article__share" data-component="share-bar">{share_html(ui)}</div>
<div class="article__body" data-component="text-block" data-testid="article-body">
<div class="article__content">
{body}
</div>
</div>
<div class="article__tags"><span>{E(ui["tags"])}</span> <a href="#">{E(art["section"])}</a></div>
</article>
<aside class="article-aside" data-component="recirculation">{related_html(ui, art["lang"], rng)}</aside>
<div data-component="newsletter-signup">{newsletter_html(ui)}</div>
<div data-component="comments">{comments_html(ui)}</div>
</div></main>
{footer_html(ui, site)}
</div></div></body></html>
'''


def tpl_amp(art, ui, site, body, rng):
    return head(art, site, ' amp').replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<script async src="https://cdn.ampproject.org/v0.js"></script>\n<style amp-boilerplate>body{visibility:hidden}</style>') + f'''<body>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui" id="consent-ui"><p>{E(ui["cookie"])}</p><button on="tap:consent.accept">{E(ui["accept"])}</button><button on="tap:consent.reject">{E(ui["reject"])}</button></div></amp-consent>
<header class="amp-header"><a href="/" class="amp-logo">{E(site)}</a><button on="tap:sidebar.toggle">☰</button></header>
<amp-sidebar id="sidebar" layout="nodisplay" side="left">{nav_html(ui, "amp-nav")}</amp-sidebar>
<div class="amp-wrapper">
<article class="amp-article">
<div class="amp-category">{E(art["section"])}</div>
<h1 class="amp-title">{E(art["title"])}</h1>
<div class="amp-byline"><span>{E(byline(ui, art))}</span> · <time datetime="{art["date"]}">{art["date"]}</time></div>
{figure_html(art, amp=True)}
<div class="amp-social"><amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share></div>
<div class="amp-content">
{body}
</div>
</article>
{related_html(ui, art["lang"], rng)}
<div class="amp-newsletter">{newsletter_html(ui)}</div>
</div>
{footer_html(ui, site)}
</body></html>
'''


def tpl_table(art, ui, site, body, rng):
    navcells = "".join('<tr><td class="navcell"><a href="#">%s</a></td></tr>' % E(n) for n in ui["nav"])
    return head(art, site) + f'''<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
{cookie_banner(ui, 0)}
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3" class="banner"><a href="/"><img src="/img/logo.gif" alt="{A(site)}"></a> <font size="1">{E(site)}</font></td></tr>
<tr><td colspan="3" class="topmenu">{" | ".join('<a href="#">%s</a>' % E(n) for n in ui["nav"])}</td></tr>
<tr>
<td width="160" valign="top" class="leftcol"><table width="100%">{navcells}</table></td>
<td width="620" valign="top" class="maincol">
<font size="1" class="crumbs"><a href="/">{E(ui["home"])}</a> &gt; {E(art["section"])}</font>
<h1 class="headline">{E(art["title"])}</h1>
<font size="1" color="#666666">{E(byline(ui, art))} - {art["date"]}</font>
<table width="100%" cellpadding="4"><tr><td align="center">{figure_html(art)}</td></tr></table>
<div class="newstext" id="newstext">
{body}
</div>
<table width="100%"><tr><td>{share_html(ui)}</td></tr></table>
{related_html(ui, art["lang"], rng)}
{comments_html(ui)}
</td>
<td width="200" valign="top" class="rightcol">{newsletter_html(ui)}<div class="banner-ad">{E(RESIDUE["ad"][art["lang"]][0])}</div></td>
</tr>
<tr><td colspan="3">{footer_html(ui, site)}</td></tr>
</table>
</body></html>
'''


def tpl_portal(art, ui, site, body, rng):
    return head(art, site) + f'''<body class="news-detail-page">
{cookie_banner(ui, 1)}
<div class="top-bar"><span class="currency">USD 32,41 · EUR 35,12</span><span class="weather">18°C</span></div>
<header class="header">{nav_html(ui, "menu")}<a class="brand" href="/">{E(site)}</a></header>
<div class="container"><div class="row">
<div class="col-md-8 col-sm-12">
<div class="news-detail" itemscope itemtype="https://schema.org/NewsArticle">
{crumbs(ui, art)}
<h1 class="news-title" itemprop="headline">{E(art["title"])}</h1>
<h2 class="news-spot">{E(art["title"].split(":")[0])}</h2>
<div class="news-info"><span class="author" itemprop="author">{E(byline(ui, art))}</span> <time itemprop="datePublished" datetime="{art["date"]}">{art["date"]}</time> <span>{E(ui["updated"])}: {art["date"]}</span></div>
{share_html(ui, "social-share top")}
<div class="news-image">{figure_html(art)}</div>
<div class="news-content" itemprop="articleBody">
{body}
</div>
<div class="news-tags"><b>{E(ui["tags"])}:</b> <a href="#">{E(art["section"])}</a></div>
{share_html(ui, "social-share bottom")}
</div>
{related_html(ui, art["lang"], rng)}
{comments_html(ui)}
</div>
<div class="col-md-4 sidebar">{newsletter_html(ui)}<div class="most-read"><h4>Most read</h4></div></div>
</div></div>
{footer_html(ui, site)}
</body></html>
'''


def tpl_semantic(art, ui, site, body, rng):
    return head(art, site) + f'''<body>
<a class="skip-link" href="#main">Skip to content</a>
<header role="banner"><div class="brand">{E(site)}</div>{nav_html(ui)}</header>
{cookie_banner(ui, 0)}
<main id="main">
<nav aria-label="breadcrumb">{crumbs(ui, art)}</nav>
<article itemscope itemtype="https://schema.org/NewsArticle">
<header><p class="eyebrow">{E(art["section"])}</p><h1 itemprop="headline">{E(art["title"])}</h1>
<p class="byline"><span itemprop="author">{E(byline(ui, art))}</span>, <time itemprop="datePublished" datetime="{art["date"]}">{art["date"]}</time></p></header>
<section class="story" itemprop="articleBody">
{figure_html(art)}
{body}
</section>
<footer class="article-footer">{share_html(ui)}</footer>
</article>
<aside>{related_html(ui, art["lang"], rng)}{newsletter_html(ui)}</aside>
{comments_html(ui)}
</main>
{footer_html(ui, site)}
</body></html>
'''


def tpl_storybody(art, ui, site, body, rng):
    return head(art, site) + f'''<body class="story-page">
<div id="orb-banner">{cookie_banner(ui, 1)}</div>
<div id="site-container"><header class="site-brand">{E(site)}</header>{nav_html(ui, "navigation-wide")}
<div class="container--primary-and-secondary-columns">
<div class="column--primary">
<div class="story-body">
<div class="secondary-navigation">{E(art["section"])}</div>
<h1 class="story-body__h1">{E(art["title"])}</h1>
<div class="byline"><span class="byline__name">{E(byline(ui, art))}</span></div>
<div class="date-line"><div class="date date--v2" data-seconds="1700000000" data-datetime="{art["date"]}">{art["date"]}</div></div>
<div class="share-tools-top">{share_html(ui)}</div>
<div class="story-body__inner" property="articleBody">
{figure_html(art)}
{body}
</div>
</div>
<div class="story-more">{related_html(ui, art["lang"], rng)}</div>
</div>
<div class="column--secondary">{newsletter_html(ui)}</div>
</div>
{comments_html(ui)}
{footer_html(ui, site)}
</div></body></html>
'''


def tpl_ghost(art, ui, site, body, rng):
    return head(art, site) + f'''<body class="post-template">
<div class="viewport">
<header id="gh-head" class="gh-head"><div class="gh-head-inner"><a class="gh-head-logo" href="/">{E(site)}</a>{nav_html(ui, "gh-head-menu")}<div class="gh-head-actions"><a href="#/portal/signup" class="gh-head-button">{E(ui["subscribe"])}</a></div></div></header>
{cookie_banner(ui, 0)}
<main id="site-main" class="site-main">
<article class="article post">
<header class="article-header gh-canvas">
<section class="article-tag"><a href="/tag/">{E(art["section"])}</a></section>
<h1 class="article-title">{E(art["title"])}</h1>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name">{E(byline(ui, art))}</h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="{art["date"]}">{art["date"]}</time></div></div></div>
{figure_html(art)}
</header>
<section class="gh-content gh-canvas">
{body}
</section>
</article>
<section class="article-comments gh-canvas">{comments_html(ui)}</section>
<aside class="read-more-wrap">{related_html(ui, art["lang"], rng)}</aside>
<section class="footer-cta">{newsletter_html(ui)}</section>
</main>
{footer_html(ui, site)}
</div></body></html>
'''


def tpl_legacy(art, ui, site, body, rng):
    links = " &middot; ".join('<a href="#"><font color="#003366">%s</font></a>' % E(n) for n in ui["nav"])
    return head(art, site) + f'''<body bgcolor="#f4f4f4" link="#003366" vlink="#663366">
<center>
<div id="wrapper" style="width:900px;background:#fff;text-align:left">
<div id="kopf"><a href="/"><img src="/img/logo.gif" border="0" alt="{A(site)}"></a><br><font face="Verdana" size="1">{links}</font></div>
<div id="hinweis"><font size="1">{E(ui["cookie"])} <a href="#">[{E(ui["accept"])}]</a></font></div>
<div id="spalte-links" style="float:left;width:150px"><font size="1"><b>{E(ui["related"])}</b><br>{"<br>".join('<a href="#">%s</a>' % E(h) for h in RELATED_HEADLINES[art["lang"]][:3])}</font></div>
<div id="inhalt" style="margin-left:160px">
<font face="Verdana" size="1"><a href="/">{E(ui["home"])}</a> &raquo; {E(art["section"])}</font><br>
<font face="Georgia" size="5"><b>{E(art["title"])}</b></font><br>
<font face="Verdana" size="1" color="#808080">{E(byline(ui, art))} | {art["date"]}</font><br><br>
<img src="/img/{art["id"]}.jpg" width="400" align="right" hspace="8" alt="{A(art["caption"])}"><font size="1"><i>{E(art["caption"])} {E(art["credit"])}</i></font><br>
<div class="text"><font face="Georgia" size="3">
{body}
</font></div>
<br><font size="1">{E(ui["share"])}: {" | ".join('<a href="#">%s</a>' % E(n) for n in ui["nets"])}</font>
<hr size="1" noshade>
{comments_html(ui)}
<div class="nl">{newsletter_html(ui)}</div>
</div>
<div id="fuss" style="clear:both"><font size="1">&copy; 2024 {E(site)} &middot; {" &middot; ".join('<a href="#">%s</a>' % E(f) for f in ui["footer"])}</font></div>
</div>
</center>
</body></html>
'''


TEMPLATES = [
    ("wordpress", tpl_wordpress, "plain"),
    ("cms", tpl_cms, "cms"),
    ("amp", tpl_amp, "plain"),
    ("table", tpl_table, "plain"),
    ("legacy-br", tpl_legacy, "brbr"),
    ("portal", tpl_portal, "classed"),
    ("semantic", tpl_semantic, "plain"),
    ("storybody", tpl_storybody, "classed"),
    ("ghost", tpl_ghost, "plain"),
]


def build():
    pages, truth, meta = {}, {}, {}
    for n, art in enumerate(ARTICLES):
        art = dict(art)
        art["blocks"] = parse_body(art["body"])
        rng = random.Random("newsflow-extraction-" + art["id"])
        ui = UI[art["lang"]]
        site = ui["sites"][n % len(ui["sites"])]
        tname, tfun, mode = TEMPLATES[(n * 4 + n // 9) % len(TEMPLATES)]
        placed, fams = residue_items(art, rng, site)
        body = body_html(art, placed, mode)
        pages[art["id"]] = tfun(art, ui, site, body, rng)
        truth[art["id"]] = truth_text(art["blocks"])
        meta[art["id"]] = dict(template=tname, residue=fams)
    ids = sorted(truth)
    rng = random.Random(SPLIT_SEED)
    heldout = []
    for lang in sorted({i.split("-")[0] for i in ids}):
        group = [i for i in ids if i.startswith(lang + "-")]
        rng.shuffle(group)
        heldout.extend(group[:max(1, round(len(group) * HELDOUT_FRACTION))])
    # v1 split above (drawn once, kept for the record as "heldout_v1").  That held-out part has since
    # been used for tuning, so all 48 v1 pages are now "tune".  The h2-* pages written afterwards
    # (make_heldout2.py) were the second held-out part; they have been spent as well and are kept as
    # "heldout_v2".  The h3-* pages (make_heldout3.py) followed, then the h4-* pages (make_heldout4.py)
    # and the h5-* pages (make_heldout5.py), the h6-* pages (make_heldout6.py) and the h7-* pages
    # (make_heldout7.py), the h8-* pages (make_heldout8.py) and the h9-* pages (make_heldout9.py); the h10-* pages
    # (make_heldout10.py) followed, then the h11-* pages (make_heldout11.py), the h12-* pages (make_heldout12.py)
    # and the h13-* pages (make_heldout13.py), then the h14-* pages (make_heldout14.py) and the h15-* pages
    # (make_heldout15.py), then the h16-* pages (make_heldout16.py) and the h17-* pages (make_heldout17.py), then the
    # h18-* pages (make_heldout18.py) and the h19-* pages (make_heldout19.py), then the h20-* pages
    # (make_heldout20.py), then the h21-* pages (make_heldout21.py), then the h22-* pages (make_heldout22.py), then the h23-* pages
    # (make_heldout23.py), then the h24-* pages (make_heldout24.py), then the h25-* pages
    # (make_heldout25.py), then the h26-* pages (make_heldout26.py), then the h27-* pages (make_heldout27.py),
    # then the h28-* pages (make_heldout28.py), then the h29-* pages (make_heldout29.py), then the h30-* pages
    # (make_heldout30.py), then the h31-* pages (make_heldout31.py), then the h32-* pages (make_heldout32.py),
    # then the h33-* pages (make_heldout33.py), then the h34-* pages (make_heldout34.py), then the h35-* pages
    # (make_heldout35.py), then the h36-* pages (make_heldout36.py), then the h38-* pages (make_heldout38.py),
    # then the h37-* pages (make_heldout37.py), then the h39-* pages (make_heldout39.py), then the h40-* pages (make_heldout40.py), then the h42-* pages (make_heldout42.py), then the h41-* pages (make_heldout41.py), then the h43-* pages (make_heldout43.py), then the h44-* pages (make_heldout44.py), then the h45-* pages (make_heldout45.py), then the h46-* pages (make_heldout46.py), then the h47-* pages (make_heldout47.py), then the h48-* pages (make_heldout48.py), then the h49-* pages (make_heldout49.py), then the h50-* pages (make_heldout50.py), then the h52-* pages (make_heldout52.py), then the h51-* pages (make_heldout51.py), then the h54-* pages (make_heldout54.py), then the h53-* pages (make_heldout53.py), then the h55-* pages (make_heldout55.py), then the h56-* pages (make_heldout56.py), then the h57-* pages (make_heldout57.py), then the h58-* pages (make_heldout58.py), then the h60-* pages (make_heldout60.py), then the h59-* pages (make_heldout59.py), then the h61-* pages (make_heldout61.py), then the h62-* pages (make_heldout62.py), then the h63-* pages (make_heldout63.py), then the h64-* pages (make_heldout64.py), then the h65-* pages (make_heldout65.py), then the h66-* pages (make_heldout66.py), then the h68-* pages (make_heldout68.py), then the h67-* pages (make_heldout67.py), then the h70-* pages (make_heldout70.py), then the h69-* pages (make_heldout69.py), then the h72-* pages (make_heldout72.py), then the h71-* pages (make_heldout71.py), then the h73-* pages (make_heldout73.py), then the h74-* pages (make_heldout74.py), then the h75-* pages (make_heldout75.py), then the h76-* pages (make_heldout76.py), then the h77-* pages (make_heldout77.py), then the h78-* pages (make_heldout78.py), then the h80-* pages (make_heldout80.py), then the h79-* pages (make_heldout79.py), then the h81-* pages (make_heldout81.py), then the h82-* pages (make_heldout82.py), then the h83-* pages (make_heldout83.py), then the h84-* pages (make_heldout84.py), then the h85-* pages (make_heldout85.py), then the h86-* pages (make_heldout86.py), then the h87-* pages (make_heldout87.py), then the h88-* pages (make_heldout88.py), then the h90-* pages (make_heldout90.py), then the h89-* pages (make_heldout89.py), then the h91-* pages (make_heldout91.py), then the h92-* pages (make_heldout92.py), then the h93-* pages (make_heldout93.py), then the h94-* pages (make_heldout94.py), then the h96-* pages (make_heldout96.py), then the h95-* pages (make_heldout95.py), then the h98-* pages (make_heldout98.py), then the h97-* pages (make_heldout97.py), then the h100-* pages (make_heldout100.py), then the h99-* pages (make_heldout99.py), then the h101-* pages (make_heldout101.py), then the h102-* pages (make_heldout102.py), then the h103-* pages (make_heldout103.py), then the h104-* pages (make_heldout104.py), then the h105-* pages (make_heldout105.py), then the h106-* pages (make_heldout106.py), then the h107-* pages (make_heldout107.py), then the h108-* pages (make_heldout108.py).
    import make_heldout2  # noqa: E402  (imports this module's helpers)
    import make_heldout3  # noqa: E402
    import make_heldout4  # noqa: E402
    import make_heldout5  # noqa: E402
    import make_heldout6  # noqa: E402
    import make_heldout7  # noqa: E402
    import make_heldout8  # noqa: E402
    import make_heldout9  # noqa: E402
    import make_heldout10  # noqa: E402
    import make_heldout11  # noqa: E402
    import make_heldout12  # noqa: E402
    import make_heldout13  # noqa: E402
    import make_heldout14  # noqa: E402
    import make_heldout15  # noqa: E402
    import make_heldout16  # noqa: E402
    import make_heldout17  # noqa: E402
    import make_heldout18  # noqa: E402
    import make_heldout19  # noqa: E402
    import make_heldout20  # noqa: E402
    import make_heldout21  # noqa: E402
    import make_heldout22  # noqa: E402
    import make_heldout23  # noqa: E402
    import make_heldout24  # noqa: E402
    import make_heldout25  # noqa: E402
    import make_heldout26  # noqa: E402
    import make_heldout27  # noqa: E402
    import make_heldout28  # noqa: E402
    import make_heldout29  # noqa: E402
    import make_heldout30  # noqa: E402
    import make_heldout31  # noqa: E402
    import make_heldout32  # noqa: E402
    import make_heldout33  # noqa: E402
    import make_heldout34  # noqa: E402
    import make_heldout35  # noqa: E402
    import make_heldout36  # noqa: E402
    import make_heldout38  # noqa: E402
    import make_heldout37  # noqa: E402
    import make_heldout39  # noqa: E402
    import make_heldout40  # noqa: E402
    import make_heldout42  # noqa: E402
    import make_heldout41  # noqa: E402
    import make_heldout43  # noqa: E402
    import make_heldout44  # noqa: E402
    import make_heldout45  # noqa: E402
    import make_heldout46  # noqa: E402
    import make_heldout47  # noqa: E402
    import make_heldout48  # noqa: E402
    import make_heldout49  # noqa: E402
    import make_heldout50  # noqa: E402
    import make_heldout52  # noqa: E402
    import make_heldout51  # noqa: E402
    import make_heldout54  # noqa: E402
    import make_heldout53  # noqa: E402
    import make_heldout55  # noqa: E402
    import make_heldout56  # noqa: E402
    import make_heldout57  # noqa: E402
    import make_heldout58  # noqa: E402
    import make_heldout60  # noqa: E402
    import make_heldout59  # noqa: E402
    import make_heldout61  # noqa: E402
    import make_heldout62  # noqa: E402
    import make_heldout63  # noqa: E402
    import make_heldout64  # noqa: E402
    import make_heldout65  # noqa: E402
    import make_heldout66  # noqa: E402
    import make_heldout68  # noqa: E402
    import make_heldout67  # noqa: E402
    import make_heldout70  # noqa: E402
    import make_heldout69  # noqa: E402
    import make_heldout72  # noqa: E402
    import make_heldout71  # noqa: E402
    import make_heldout73  # noqa: E402
    import make_heldout74  # noqa: E402
    import make_heldout75  # noqa: E402
    import make_heldout76  # noqa: E402
    import make_heldout77  # noqa: E402
    import make_heldout78  # noqa: E402
    import make_heldout80  # noqa: E402
    import make_heldout79  # noqa: E402
    import make_heldout81  # noqa: E402
    import make_heldout82  # noqa: E402
    import make_heldout83  # noqa: E402
    import make_heldout84  # noqa: E402
    import make_heldout85  # noqa: E402
    import make_heldout86  # noqa: E402
    import make_heldout87  # noqa: E402
    import make_heldout88  # noqa: E402
    import make_heldout90  # noqa: E402
    import make_heldout89  # noqa: E402
    import make_heldout91  # noqa: E402
    import make_heldout92  # noqa: E402
    import make_heldout93  # noqa: E402
    import make_heldout94  # noqa: E402
    import make_heldout96  # noqa: E402
    import make_heldout95  # noqa: E402
    import make_heldout98  # noqa: E402
    import make_heldout97  # noqa: E402
    import make_heldout100  # noqa: E402
    import make_heldout99  # noqa: E402
    import make_heldout101  # noqa: E402
    import make_heldout102  # noqa: E402
    import make_heldout103  # noqa: E402
    import make_heldout104  # noqa: E402
    import make_heldout105  # noqa: E402
    import make_heldout106  # noqa: E402
    import make_heldout107  # noqa: E402
    import make_heldout108  # noqa: E402
    parts = {}
    for mod in (make_heldout2, make_heldout3, make_heldout4, make_heldout5, make_heldout6, make_heldout7,
                make_heldout8, make_heldout9, make_heldout10, make_heldout11, make_heldout12, make_heldout13,
                make_heldout14, make_heldout15, make_heldout16, make_heldout17, make_heldout18,
                make_heldout19, make_heldout20, make_heldout21, make_heldout22,
                make_heldout23, make_heldout24, make_heldout25, make_heldout26, make_heldout27,
                make_heldout28, make_heldout29, make_heldout30, make_heldout31,
                make_heldout32, make_heldout33, make_heldout34, make_heldout35, make_heldout36,
                make_heldout38, make_heldout37, make_heldout39, make_heldout40, make_heldout42, make_heldout41, make_heldout43, make_heldout44, make_heldout45, make_heldout46, make_heldout47, make_heldout48, make_heldout49, make_heldout50, make_heldout52, make_heldout51, make_heldout54, make_heldout53, make_heldout55, make_heldout56, make_heldout57, make_heldout58, make_heldout60, make_heldout59, make_heldout61, make_heldout62, make_heldout63, make_heldout64, make_heldout65, make_heldout66, make_heldout68, make_heldout67, make_heldout70, make_heldout69, make_heldout72, make_heldout71, make_heldout73, make_heldout74, make_heldout75, make_heldout76, make_heldout77, make_heldout78, make_heldout80, make_heldout79, make_heldout81, make_heldout82, make_heldout83, make_heldout84, make_heldout85, make_heldout86, make_heldout87, make_heldout88, make_heldout90, make_heldout89, make_heldout91, make_heldout92, make_heldout93, make_heldout94, make_heldout96, make_heldout95, make_heldout98, make_heldout97, make_heldout100, make_heldout99, make_heldout101, make_heldout102, make_heldout103, make_heldout104, make_heldout105, make_heldout106, make_heldout107, make_heldout108):
        x_pages, x_truth, x_meta = mod.build()
        problems = mod.verify(x_pages, x_truth)
        if problems:
            sys.exit("\n".join(problems))
        pages.update(x_pages)
        truth.update(x_truth)
        meta.update(x_meta)
        parts[mod.__name__] = sorted(x_truth)
    # h3 was run once as the held-out part (F1 0.984, 19 residue lines left, session 1) and then
    # retired to tuning as "heldout_v3" so its misses could be diagnosed.  h4 was run once as the
    # held-out part (session 2: F1 0.989 against trafilatura's 0.965, lost 0, 10 lines left) and
    # retired the same way as "heldout_v4"; h5 likewise (F1 0.985 against 0.960, lost 1, 16 lines
    # left) as "heldout_v5"; h6 likewise (F1 0.990 against 0.951, lost 0, 11 lines left) as
    # "heldout_v6"; h7 likewise (F1 0.983 against 0.954, lost 5 -- the K2 intro paragraphs that
    # trafilatura's main-box choice leaves out --, 3 lines left) as "heldout_v7"; h8 likewise (F1
    # 0.985 against 0.959, lost 1, 10 lines left) as "heldout_v8"; h9 likewise (F1 0.980 against
    # 0.951, lost 1, 11 lines left) as "heldout_v9"; h10 likewise (F1 0.993 against 0.961, lost 0, 7 lines
    # left; speed ratio 0.893 over all 258 pages) as "heldout_v10"; h11 likewise (F1 0.987 against 0.958, lost 6, 7 lines
    # left; speed ratio 0.915 over all 282 pages) as "heldout_v11"; h12 likewise (F1 0.981 against 0.957, lost 4, 9 lines
    # left; speed ratio 0.888 over all 306 pages) as "heldout_v12"; h13 likewise (F1 0.988 against 0.947, lost 1, 15 lines
    # left; speed ratio 0.915 over all 330 pages) as "heldout_v13"; h14 likewise (F1 0.990 against 0.951, lost 0, 8 lines
    # left; speed ratio 0.907 over all 354 pages) as "heldout_v14"; h15 (written at the same time as h14 by another
    # writer) likewise (F1 0.955 against 0.920, lost 7 -- trafilatura alone 17 --, 48 lines left; speed ratio 0.924
    # over all 378 pages) as "heldout_v15"; h16 likewise (F1 0.975 against 0.952, lost 3, 18 lines
    # left; speed ratio 0.904 over all 402 pages) as "heldout_v16"; h17 (earlier layouts only) likewise (F1 0.983 against 0.921,
    # lost 3 -- trafilatura alone 9 --, 14 lines left; speed ratio 0.907 over all 426 pages) as "heldout_v17"; h18 (one
    # new layout, weebly) likewise (F1 0.966 against 0.928, lost 2, 23 lines left; speed ratio 0.885 over all 450 pages)
    # as "heldout_v18"; h19 (one new layout, ucoz) likewise (F1 0.863 against trafilatura's 0.879, lost 39 --
    # trafilatura alone 18 --, 64 lines left; speed ratio 0.879 over all 474 pages) as "heldout_v19"; h20 (one
    # new layout, dle) likewise (F1 0.966 against 0.909, lost 3 -- trafilatura alone 5 --, 23 lines left; speed
    # ratio 0.836 over all 498 pages) as "heldout_v20"; h21 (one new layout, elementor) likewise (F1 0.978 against
    # 0.919, lost 1 -- trafilatura alone 4 --, 17 lines left; speed ratio 0.837 over all 522 pages) as "heldout_v21".
    # h22 (one new layout, newspack) likewise (F1 0.983 against 0.929, lost 2 -- trafilatura alone 5 --, 13 lines
    # left; speed ratio 0.904 over all 546 pages) as "heldout_v22"; h23 (one new layout, contao) likewise (F1 0.973 against 0.928, lost 4 -- trafilatura alone 4
    # --, 23 lines left; speed ratio 0.909 over all 570 pages) as "heldout_v23"; h24 (one new layout, spip) likewise (F1 0.982 against 0.934, lost 0 -- trafilatura alone 0
    # --, 17 lines left; speed ratio 0.904 over all 594 pages) as "heldout_v24"; h25 (one new layout, movabletype) likewise (F1 0.989 against 0.930, lost 0 -- trafilatura
    # alone 5 --, 15 lines left; speed ratio 0.897 over all 618 pages) as "heldout_v25"; h26 (one new layout, plone)
    # likewise (F1 0.968 against 0.930, lost 4 -- trafilatura alone 1 --, 24 lines left; speed ratio 0.920 over all
    # 642 pages) as "heldout_v26"; h27 (one new layout, textpattern) likewise (F1 0.971 against 0.908, lost 0 --
    # trafilatura alone 3 --, 27 lines left; speed ratio 0.921 over all 666 pages) as "heldout_v27"; h28 (one new
    # layout, kirby) likewise (F1 0.977 against 0.897, lost 0 -- trafilatura alone 6 --, 20 lines left; speed ratio
    # 0.913 over all 690 pages) as "heldout_v28"; h29 (one new layout, grav) likewise (F1 0.970 against 0.883, lost 3
    # -- trafilatura alone 11 --, 18 lines left; speed ratio 0.887 over all 714 pages) as "heldout_v29"; h30 (one new
    # layout, tagdiv) likewise (F1 0.988 against 0.906, lost 1 -- trafilatura alone 3 --, 10 lines left; speed
    # ratio 0.944 over all 738 pages) as "heldout_v30"; h31 (one new layout, jannah, on two pages) likewise (F1
    # 0.982 against 0.892, lost 7 -- trafilatura alone 4 --, 2 lines left; speed ratio 0.925 over all 762 pages)
    # as "heldout_v31"; h32 (one new layout, astra, on two pages) likewise (F1 0.986 against 0.900, lost 2 --
    # trafilatura alone 1 --, 10 lines left; speed ratio 0.946 over all 786 pages) as "heldout_v32"; h33 (one new
    # layout, wagtail, on two pages; story tables in the truth) likewise (F1 0.965 against 0.888, lost 14 --
    # trafilatura alone 7 --, 13 lines left; speed ratio 0.926 over all 810 pages) as "heldout_v33".  "heldout"
    # h34 (one new layout, nuxt, on two pages; written blind beside h33, run after the h33 fixes) likewise (F1
    # 0.977 against 0.904, lost 8 -- trafilatura alone 4 --, 11 lines left; speed ratio 0.891 over all 834 pages)
    # as "heldout_v34"; h35 (one new layout, craft, on two pages; generic families only, in new wordings)
    # likewise (F1 0.986 against 0.905, lost 10 -- trafilatura alone 12 --, 5 lines left; speed ratio 0.910 over
    # all 858 pages, measured while another part was being written) as "heldout_v35"; h36 (one new layout, aem,
    # on two pages; three new families; written blind beside h35, run after the h35 fixes) likewise (F1 0.974
    # against 0.893, lost 8 -- trafilatura alone 3 --, 10 lines left; speed ratio 0.899 over all 882 pages) as
    # "heldout_v36".  h38 (one new layout, sitecore, on two pages; weather, job-board and ticket widgets in new
    # wordings; written blind beside h37) likewise (F1 0.990 against 0.900, lost 0 -- trafilatura alone 6 --,
    # 10 lines left) as "heldout_v38".  h37 (one new layout, umbraco, on two pages; condolence, recipe-card and
    # property widgets in new wordings; written blind beside h38, run after the h38 fixes) likewise (F1 0.993
    # against 0.893, lost 1 -- trafilatura alone 1 --, 9 lines left) as "heldout_v37".  h39 (one new
    # layout, ibexa, on two pages; air-quality, flight-board and power-outage widgets, three new families)
    # likewise (F1 0.980 against 0.877, lost 5 -- trafilatura alone 5 --, 9 lines left) as "heldout_v39".
    # h40 (one new layout, statamic, on two pages; school-closure, earthquake-feed and hospital-waiting-time
    # widgets, three new families; written blind beside h39, run after the h39 fixes) likewise (F1 0.970 against
    # 0.882, lost 2 -- trafilatura alone 6 --, 14 lines left) as "heldout_v40".
    # h42 (one new layout, processwire, on two pages; snow-report, cinema-showtimes and blood-donation widgets, three
    # new families; written blind beside h41) was run once as the held-out part (F1 0.982 against 0.881, lost 0 --
    # trafilatura alone 5 --, 20 lines left) and retired as "heldout_v42".
    # h41 (one new layout, silverstripe, on two pages; bathing-water, bin-day and food-hygiene widgets, three new
    # families; written blind beside h42, run before any h42 fix) was run once as the held-out part (F1 0.983 against
    # 0.894, lost 4 -- trafilatura alone 2 --, 17 lines left) and retired as "heldout_v41". "heldout" is empty until a
    # new part is hooked in.
    # h43 (make_heldout43.py: the concrete layout; electricity prices, lost-and-found pets, court lists) was run once
    # blind (F1 0.995 against trafilatura's 0.893, lost 1 -- trafilatura 1 --, 2 lines left) and is retired as
    # heldout_v43.
    # h44 (make_heldout44.py: the liferay layout; traffic cameras, sunrise/UV widgets, puzzle and horoscope promos)
    # was run once blind (F1 0.987 against trafilatura's 0.882, lost 3 -- trafilatura 9 --, 9 lines left) and is
    # retired as heldout_v44.
    # h45 (make_heldout45.py: the neos layout; live departure boards, EV charging points, school term dates) was run
    # once blind (F1 0.995 against trafilatura's 0.896, lost 1 -- trafilatura 5 --, 5 lines left) and is retired as
    # heldout_v45.
    # h46 (make_heldout46.py: the magnolia layout; gritting status, pool timetables, hospital visiting hours) was run
    # once blind (F1 0.989 against trafilatura's 0.888, lost 2 -- trafilatura 5 --, 5 lines left) and is retired as
    # heldout_v46.
    # h47 (make_heldout47.py: the jekyll layout; surf forecasts, wildfire danger ratings, angling reports) was run
    # once blind (F1 0.991 against trafilatura's 0.865, lost 1 -- trafilatura 13 --, 4 lines left) and is retired as
    # heldout_v47.
    # h48 (make_heldout48.py: the gatsby layout; reservoir and water-restriction status, exhibition listings, parking-
    # penalty widgets) was run once blind (F1 0.994 against trafilatura's 0.883, lost 2 -- trafilatura 10 --, 1 line
    # left) and is retired as heldout_v48.
    # h49 (make_heldout49.py: the hexo layout; animal-disease restriction-zone checkers, library reading-challenge
    # widgets, bike-share dock widgets) was run once blind (F1 0.991 against trafilatura's 0.901, lost 5 --
    # trafilatura 6 --, 4 lines left) and is retired as heldout_v49.
    # h50 (make_heldout50.py: the djangocms layout; energy-bill grant eligibility checkers, tree-planting counters,
    # pothole-report trackers) was run once blind (F1 0.997 against trafilatura's 0.911, lost 0 -- trafilatura 1 --, 2
    # lines left) and is retired as heldout_v50.
    # h52 (make_heldout52.py: the bitrixportal layout; fuel-price boards, flu-jab clinic finders, allotment waiting-
    # list checkers) was run once blind (F1 0.995 against trafilatura's 0.903, lost 6 -- trafilatura 1 --, 1 line
    # left) and is retired as heldout_v52.
    # h51 (make_heldout51.py: the substackpub layout; air-quality widgets, flood-warning widgets, polling-station
    # finders) was run once blind, after h52 and before any fix h52 taught (F1 0.987 against trafilatura's 0.868, lost
    # 1 -- trafilatura 9 --, 8 lines left) and is retired as heldout_v51.
    # h54 (make_heldout54.py: the sveltekit layout; food-bank appeals, planning-application finders, library-service
    # widgets) was run once blind, after the fixes of session 18 so far and before any fix it taught (F1 0.996 against
    # trafilatura's 0.903, lost 0 -- trafilatura 1 --, 2 lines left) and is retired as heldout_v54.
    # h53 (make_heldout53.py: the modx layout; roadworks trackers, pollen forecasts, broadband checkers) was run once
    # blind, after h54 and before any fix h54 taught (F1 0.990 against trafilatura's 0.927, lost 2 -- trafilatura 2
    # --, 8 lines left) and is retired as heldout_v53.
    # h55 (make_heldout55.py: the astro layout; council-meeting livestream cards, tide-time widgets, volunteering-
    # opportunity boards) was run once blind, after the h53/h54 fixes and their review (F1 0.993 against trafilatura's
    # 0.885, lost 0 -- trafilatura 8 --, 8 lines left) and is retired as heldout_v55.
    # h56 (make_heldout56.py: the xenforo layout; business-rates relief checkers, crossing-status boards, school-meal
    # widgets) was run once blind, after h55 and before any fix h55 taught (F1 0.992 against trafilatura's 0.920, lost
    # 1 -- trafilatura 1 --, 8 lines left) and is retired as heldout_v56.
    # h57 (make_heldout57.py: the webforms layout; premises-licence notices, council-tax band checkers, beach dog-ban
    # widgets) was run once blind, after the h55/h56 fixes and their review (F1 0.955 against trafilatura's 0.892,
    # lost 13 -- trafilatura 13 --, 5 lines left) and is retired as heldout_v57.
    # h58 (make_heldout58.py: the eleventy layout; market-day boards, neighbourhood-policing panels, registry-office
    # appointment widgets) was run once blind, after h57 and before any fix h57 taught (F1 0.994 against trafilatura's
    # 0.885, lost 3 -- trafilatura 9 --, 3 lines left) and is retired as heldout_v58.
    # h60 (make_heldout60.py: the sharepoint layout; housing-bids boards, warm-space finders, community-grant panels)
    # was run once blind, on the code with outlet_promo (F1 0.985 against trafilatura's 0.896, lost 6 -- trafilatura 2
    # --, 7 lines left) and is retired as heldout_v60.
    # h59 (make_heldout59.py: the mediawiki layout; household-recycling-centre widgets, leisure-centre booking
    # widgets, bereavement-services panels) was run once blind after h60, before any fix h60 taught (F1 0.994 against
    # trafilatura's 0.891, lost 1 -- trafilatura 1 --, 5 lines left) and is retired as heldout_v59.
    # h61 (make_heldout61.py: the dnn layout; mortgage-calculator widgets, crime-map panels, prayer-times widgets) was
    # run once blind (F1 0.992 against trafilatura's 0.876, lost 0 -- trafilatura 10 --, 6 lines left) and is retired
    # as heldout_v61.
    # h62 (make_heldout62.py: the hubspot layout; dentist-finder widgets, childcare-place finders, livestock-mart
    # reports) was run once blind after h61, before any fix h61 taught (F1 0.994 against trafilatura's 0.911, lost 0
    # -- trafilatura 1 --, 5 lines left) and is retired as heldout_v62.
    # h63 (make_heldout63.py: the sitefinity layout; home-energy grant checkers, rail-strike journey checkers,
    # wildlife-sightings logs) was run once blind (F1 0.986 against trafilatura's 0.886, lost 0 -- trafilatura 7 --,
    # 11 lines left) and is retired as heldout_v63.
    # h64 (make_heldout64.py: the optimizely layout; school-offer-day checkers, street-lighting fault reporters,
    # benefits calculators) was run once blind after h63, before any fix h63 taught (F1 0.995 against trafilatura's
    # 0.902, lost 0 -- trafilatura 5 --, 5 lines left) and is retired as heldout_v64.
    # h65 (make_heldout65.py: the kentico layout; ferry status boards, rent trackers, event permit boards) was run
    # once blind (F1 0.989 against trafilatura's 0.895, lost 8 -- trafilatura 5 --, 4 lines left) and is retired as
    # heldout_v65.
    # h66 (make_heldout66.py: the expressionengine layout; tap-water checkers, sports-club finders, consultation
    # boards) was run once blind after h65, before any fix h65 taught (F1 0.988 against trafilatura's 0.907, lost 4 --
    # trafilatura 5 --, 6 lines left) and is retired as heldout_v66.
    # h68 (make_heldout68.py: the polopoly layout; area-statistics widgets, parking-permit boards, course finders) was
    # run once blind in session 23 (F1 0.992 against trafilatura's 0.901, lost 0 -- trafilatura 5 --, 13 lines left)
    # and is retired as heldout_v68.
    # h67 (make_heldout67.py: the escenic layout; noise-complaint boards, heat-health alert boards, scam-alert boards)
    # was run once blind in session 23, on the code before any fix h68 taught (F1 0.994 against trafilatura's 0.913,
    # lost 1 -- trafilatura 5 --, 2 lines left) and is retired as heldout_v67.
    # h70 (make_heldout70.py: the pugpig layout; litter-pick finders, fare calculators, UV-index panels) was run once
    # blind in session 24 (F1 0.991 against trafilatura's 0.897, lost 1 -- trafilatura 5 --, 6 lines left) and is
    # retired as heldout_v70.
    # h69 (make_heldout69.py: the arcxp layout; lost-property boards, hall-hire widgets, siren-test notices) was run
    # once blind in session 24, on the code before any fix h70 taught (F1 0.989 against trafilatura's 0.900, lost 1 --
    # trafilatura 4 --, 5 lines left) and is retired as heldout_v69.
    # h72 (make_heldout72.py: the simorgh layout; race-day road closures, advice-session timetables, book-swap
    # finders) was run once blind in session 24, on the code after the fixes h69/h70 taught and their review (F1 0.995
    # against trafilatura's 0.897, none lost -- trafilatura 4 --, 3 lines left) and is retired as heldout_v72.
    # h71 (make_heldout71.py: the chorus layout; food-recall alerts, heritage open days finders, trusted-trader
    # directories) was run once blind in session 24, on the code before any fix h72 taught (F1 0.994 against
    # trafilatura's 0.894, none lost -- trafilatura 4 --, 7 lines left) and is retired as heldout_v71.
    # h73 (make_heldout73.py: the methode layout; lift-bridge opening boards, hosepipe-ban status panels, school-bus
    # route finders) was run once blind in session 24, on the code after the fixes h69-h72 taught and two reviews (F1
    # 0.997 against trafilatura's 0.893, lost 1 -- trafilatura 10 --, 2 lines left) and is retired as heldout_v73.
    # h74 (make_heldout74.py: the wpbakery layout; fireworks display finders, e-scooter zone boxes, hazardous-waste
    # amnesty notices) was run once blind in session 24, on the code before any fix h73 taught (F1 0.997 against
    # trafilatura's 0.886, none lost -- trafilatura 11 --, 2 lines left) and is retired as heldout_v74.
    # h75 (make_heldout75.py: the shorthand layout; church service-time widgets, out-of-hours vet finders, public-
    # toilet finders) was run once blind in session 24, on the code after the fixes h69-h74 taught and three reviews
    # (F1 0.988 against trafilatura's 0.890, none lost -- trafilatura 1 --, 7 lines left) and is retired as
    # heldout_v75.
    # h76 (make_heldout76.py: the jimdo layout; car-boot sale listings, community speedwatch boards, gully-cleaning
    # notices) was run once blind in session 24, on the same code as h75 (F1 0.990 against trafilatura's 0.892, none
    # lost -- trafilatura 5 --, 11 lines left) and is retired as heldout_v76.
    # h77 (make_heldout77.py: the beehiiv layout; community defibrillator locators, park-run results, flood sandbag
    # collection points) was run once blind in session 25, on the code after the fixes h75/h76 taught (F1 0.984
    # against trafilatura's 0.881, lost 3 -- trafilatura 6 --, 11 lines left) and is retired as heldout_v77.
    # h78 (make_heldout78.py: the bricks layout; dark-sky forecast widgets, rail-replacement bus panels, hedge-cutting
    # schedules) was run once blind in session 25, on the same code as h77 (F1 0.993 against trafilatura's 0.875, none
    # lost -- trafilatura 6 --, 6 lines left) and is retired as heldout_v78.
    # h80 (make_heldout80.py: the octobercms layout; mobile-library timetables, street-party application notices,
    # report-graffiti panels) was run once blind in session 26, on the code of session 25 (F1 0.982 against
    # trafilatura's 0.873, none lost -- trafilatura 5 --, 17 lines left) and is retired as heldout_v80.
    # h79 (make_heldout79.py: the divi layout; pitch and court booking widgets, bulky-waste collection panels,
    # memorial bench schemes) was run once blind in session 26, on the code of session 25 like h80 (F1 0.975 against
    # trafilatura's 0.879, none lost -- trafilatura 5 --, 23 lines left) and is retired as heldout_v79.
    # h81 (make_heldout81.py: the generatepress layout; repair-cafe sessions, pest-control bookings, skip and
    # scaffolding permits) was run once blind in session 26, on the code after h79/h80's fixes (F1 0.991 against
    # trafilatura's 0.888, 1 lost -- trafilatura 1 --, 5 lines left) and is retired as heldout_v81.
    # h82 (make_heldout82.py: the helixultimate layout; blue-plaque schemes, dial-a-ride bookings, tree-works notices)
    # was run once blind in session 26, on the same code as h81 (F1 0.985 against trafilatura's 0.878, 1 lost --
    # trafilatura 5 --, 11 lines left) and is retired as heldout_v82.
    # h83 (make_heldout83.py: the kadence layout; burial and cremation fees, taxi-rank locators, register-to-vote
    # panels) was run once blind in session 26, on the code after h81/h82's fixes and the review (F1 0.989 against
    # trafilatura's 0.887, 1 lost -- trafilatura 2 --, 9 lines left) and is retired as heldout_v83.
    # h84 (make_heldout84.py: the framer layout; lifeguard patrols, food-waste caddy orders, street naming notices)
    # was run once blind in session 26, on the same code as h83 (F1 0.991 against trafilatura's 0.873, none lost --
    # trafilatura 5 --, 10 lines left) and is retired as heldout_v84.
    # h85 (make_heldout85.py: the beaverbuilder layout; cycle-training course bookings, report-fly-tipping panels,
    # fire-service home safety visits) was run once blind in session 27, on session 26's final code (see the benchmark
    # README for its figures) and is retired as heldout_v85.
    # h86 (make_heldout86.py: the orchardcore layout; garden-waste subscriptions, beach-hut hire and waiting lists,
    # Christmas-tree recycling) was run once blind in session 27, on the code after h85's fixes (see the benchmark
    # README for its figures) and is retired as heldout_v86.
    # h87 (make_heldout87.py: the odoo layout; Blue Badge applications, councillor surgeries, tourist-tax panels) was
    # run once blind in session 27, on the same code as h86 (see the benchmark README for its figures) and is retired
    # as heldout_v87.
    # h88 (make_heldout88.py: the yootheme layout; busking permits, filming notices, pet-microchipping events) was run
    # once blind in session 27, on the same code as h86 and h87 (see the benchmark README for its figures) and is
    # retired as heldout_v88.
    # h90 (make_heldout90.py: the webnode layout; compost-bin and water-butt offers, mobile speed-camera sites,
    # street-sweeping schedules) was run once blind in session 27, on the code after h87/h88's fixes and the review
    # (see the benchmark README for its figures) and is retired as heldout_v90.
    # h89 (make_heldout89.py: the duda layout; smoke-control areas, landlord licensing schemes, parking bay
    # suspensions) was run once blind in session 27, on the code after h90's fix (see the benchmark README for its
    # figures) and is retired as heldout_v89.
    # h91 (make_heldout91.py: the oxygen layout; school-holiday activity clubs, cruise-ship calls, bike security-
    # marking sessions) was run once blind in session 28, on the code after the session's inbox-cue narrowing (see the
    # benchmark README for its figures) and is retired as heldout_v91.
    # h92 (make_heldout92.py: the sitevision layout; night-bus timetables, clean-air-zone charges, harbour dues and
    # mooring fees) was run once blind in session 28, on the code after h91's two fixes (see the benchmark README for
    # its figures) and is retired as heldout_v92.
    # h93 (make_heldout93.py: the strikingly layout; car-club bays, dog-fouling fines and bins, battery recycling
    # points) was run once blind in session 28, on the code after h92's fixes and the review's narrowing (see the
    # benchmark README for its figures) and is retired as heldout_v93.
    # h94 (make_heldout94.py: the bolt layout; school admission appeals, kids-eat-free lists, free museum days) was
    # run once blind in session 28, on the same code as h93 (see the benchmark README for its figures) and is retired
    # as heldout_v94.
    # h96 (make_heldout96.py: the zyro layout; rooftop-solar group buying, guided walks, cold-weather payments) was
    # run once blind in session 28, on the code after h93/h94's fixes (see the benchmark README for its figures) and
    # is retired as heldout_v96.
    # h95 (make_heldout95.py: the mobirise layout; ice-rink sessions, street-food truck rotas, sharps disposal points)
    # was run once blind in session 28, on the same code as h96 (see the benchmark README for its figures) and is
    # retired as heldout_v95.
    # h98 (make_heldout98.py: the avada layout; volunteer snow wardens, blood-donation sessions, council-tax rebates)
    # was run once blind in session 29, on the code after h95/h96's fixes (see the benchmark README for its figures)
    # and is retired as heldout_v98.
    # h97 (make_heldout97.py: the jnews layout; street-tree sponsorship, taxi and private-hire licensing, water-refill
    # stations) was run once blind in session 29, on the same code as h98 (see the benchmark README for its figures)
    # and is retired as heldout_v97.
    # h100 (make_heldout100.py: the nicepage layout; baby-clinic drop-ins, free period products, grounded-bat rescue)
    # was run once blind in session 29, on the code after h97/h98's fixes (see the benchmark README for its figures)
    # and is retired as heldout_v100.
    # h99 (make_heldout99.py: the enfold layout; library fines amnesties, rent-deposit guarantees, toad patrols) was
    # run once blind in session 29, on the same code as h100 (see the benchmark README for its figures) and is retired
    # as heldout_v99.
    # h101 (make_heldout101.py: the site123 layout; death-café meet-ups, key-safe fitting schemes, child car-seat
    # checks) was run once blind in session 30, on the code of session 29's end (see the benchmark README for its
    # figures) and is retired as heldout_v101.
    # h102 (make_heldout102.py: the hashnode layout; tick-safety advice, knife-amnesty bins, free sun-cream stations)
    # was run once blind in session 30, on the same code as h101 (see the benchmark README for its figures) and is
    # retired as heldout_v102.
    # h103 (make_heldout103.py: the tumblr layout; school-uniform swap rails, free carbon-monoxide alarms, wheelchair
    # loans) was written blind by a helper that read only this folder, merged before a single run of the cleaner on it
    # and retired as heldout_v103.
    # h104 (make_heldout104.py: the livejournal layout; hearing-loop locations, fuel-voucher referrals, free ice
    # grips) was written blind by a helper that read only this folder, merged before a single run of the cleaner on it
    # and retired as heldout_v104.
    # h105 (make_heldout105.py: the googlesites layout; free bike lights, head-lice clinics, drinking fountains) was
    # written blind by a helper that read only this folder, merged before a single run of the cleaner on it and
    # retired as heldout_v105.
    # h106 (make_heldout106.py: the telegraph layout; phone-charging points, bee-hotel kits, hi-vis give-aways) was
    # written blind by a helper that read only this folder, merged before a single run of the cleaner on it and
    # retired as heldout_v106.
    # h107 (session 32): written blind from layouts no part since h103 had used, with a new layout (mailchimp campaign
    # archive) and three new families (readingglasses, bookpacks, stairgates); run once on session 32's code before
    # any change, then retired to tuning.
    # h108 (session 32): written blind from layouts no part since h104 had used (and the oldest ones), with a new
    # layout (a public notion page, no <p>) and three new families (bikelocks, energymonitors, doorchains); run once
    # on session 32's code before any change, then retired to tuning.
    split = {"tune": ids, "heldout": [], "heldout_v1": sorted(heldout),
             "heldout_v2": parts["make_heldout2"], "heldout_v3": parts["make_heldout3"],
             "heldout_v4": parts["make_heldout4"], "heldout_v5": parts["make_heldout5"],
             "heldout_v6": parts["make_heldout6"], "heldout_v7": parts["make_heldout7"],
             "heldout_v8": parts["make_heldout8"], "heldout_v9": parts["make_heldout9"],
             "heldout_v10": parts["make_heldout10"], "heldout_v11": parts["make_heldout11"],
             "heldout_v12": parts["make_heldout12"], "heldout_v13": parts["make_heldout13"],
             "heldout_v14": parts["make_heldout14"], "heldout_v15": parts["make_heldout15"],
             "heldout_v16": parts["make_heldout16"], "heldout_v17": parts["make_heldout17"],
             "heldout_v18": parts["make_heldout18"], "heldout_v19": parts["make_heldout19"],
             "heldout_v20": parts["make_heldout20"], "heldout_v21": parts["make_heldout21"],
             "heldout_v22": parts["make_heldout22"], "heldout_v23": parts["make_heldout23"],
             "heldout_v24": parts["make_heldout24"], "heldout_v25": parts["make_heldout25"],
             "heldout_v26": parts["make_heldout26"], "heldout_v27": parts["make_heldout27"],
             "heldout_v28": parts["make_heldout28"], "heldout_v29": parts["make_heldout29"],
             "heldout_v30": parts["make_heldout30"], "heldout_v31": parts["make_heldout31"],
             "heldout_v32": parts["make_heldout32"], "heldout_v33": parts["make_heldout33"],
             "heldout_v34": parts["make_heldout34"], "heldout_v35": parts["make_heldout35"],
             "heldout_v36": parts["make_heldout36"], "heldout_v37": parts["make_heldout37"],
             "heldout_v38": parts["make_heldout38"], "heldout_v39": parts["make_heldout39"],
             "heldout_v40": parts["make_heldout40"],
             "heldout_v42": parts["make_heldout42"],
             "heldout_v41": parts["make_heldout41"],
             "heldout_v43": parts["make_heldout43"],
             "heldout_v44": parts["make_heldout44"],
             "heldout_v45": parts["make_heldout45"],
             "heldout_v46": parts["make_heldout46"],
             "heldout_v47": parts["make_heldout47"],
             "heldout_v48": parts["make_heldout48"],
             "heldout_v49": parts["make_heldout49"],
             "heldout_v50": parts["make_heldout50"],
             "heldout_v52": parts["make_heldout52"],
             "heldout_v51": parts["make_heldout51"],
             "heldout_v54": parts["make_heldout54"],
             "heldout_v53": parts["make_heldout53"],
             "heldout_v55": parts["make_heldout55"],
             "heldout_v56": parts["make_heldout56"],
             "heldout_v57": parts["make_heldout57"],
             "heldout_v58": parts["make_heldout58"],
             "heldout_v60": parts["make_heldout60"],
             "heldout_v59": parts["make_heldout59"],
             "heldout_v61": parts["make_heldout61"],
             "heldout_v62": parts["make_heldout62"],
             "heldout_v63": parts["make_heldout63"],
             "heldout_v64": parts["make_heldout64"],
             "heldout_v65": parts["make_heldout65"],
             "heldout_v66": parts["make_heldout66"],
             "heldout_v68": parts["make_heldout68"],
             "heldout_v67": parts["make_heldout67"],
             "heldout_v70": parts["make_heldout70"],
             "heldout_v69": parts["make_heldout69"],
             "heldout_v72": parts["make_heldout72"],
             "heldout_v71": parts["make_heldout71"],
             "heldout_v73": parts["make_heldout73"],
             "heldout_v74": parts["make_heldout74"],
             "heldout_v75": parts["make_heldout75"],
             "heldout_v76": parts["make_heldout76"],
             "heldout_v77": parts["make_heldout77"],
             "heldout_v78": parts["make_heldout78"],
             "heldout_v80": parts["make_heldout80"],
             "heldout_v79": parts["make_heldout79"],
             "heldout_v81": parts["make_heldout81"],
             "heldout_v82": parts["make_heldout82"],
             "heldout_v83": parts["make_heldout83"],
             "heldout_v84": parts["make_heldout84"],
             "heldout_v85": parts["make_heldout85"],
             "heldout_v86": parts["make_heldout86"],
             "heldout_v87": parts["make_heldout87"],
             "heldout_v88": parts["make_heldout88"],
             "heldout_v90": parts["make_heldout90"],
             "heldout_v89": parts["make_heldout89"],
             "heldout_v91": parts["make_heldout91"],
             "heldout_v92": parts["make_heldout92"],
             "heldout_v93": parts["make_heldout93"],
             "heldout_v94": parts["make_heldout94"],
             "heldout_v96": parts["make_heldout96"],
             "heldout_v95": parts["make_heldout95"],
             "heldout_v98": parts["make_heldout98"],
             "heldout_v97": parts["make_heldout97"],
             "heldout_v100": parts["make_heldout100"],
             "heldout_v99": parts["make_heldout99"],
             "heldout_v101": parts["make_heldout101"],
             "heldout_v102": parts["make_heldout102"],
             "heldout_v103": parts["make_heldout103"],
             "heldout_v104": parts["make_heldout104"],
             "heldout_v105": parts["make_heldout105"],
             "heldout_v106": parts["make_heldout106"],
             "heldout_v107": parts["make_heldout107"],
             "heldout_v108": parts["make_heldout108"]}
    return pages, truth, split, meta


def page_text(doc):
    doc = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", doc)
    doc = re.sub(r"<[^>]+>", "", doc)
    return re.sub(r"\s+", " ", html.unescape(doc))


def verify(pages, truth):
    problems = []
    for pid, text in truth.items():
        ptxt = page_text(pages[pid])
        cells = None
        for para in text.split("\n\n"):
            if re.sub(r"\s+", " ", para) in ptxt:
                continue
            # a row of a story table (h33 on) is written with its cells joined by " | "
            cells = cells if cells is not None else page_text(
                re.sub(r"(</t[dh]>)\s*(<t[dh][\s>])", r"\1 | \2", pages[pid]))
            if re.sub(r"\s+", " ", para) not in cells:
                problems.append("%s: paragraph not found: %r" % (pid, para[:60]))
        words = len(text.split())
        if not 150 <= words <= 600:
            problems.append("%s: body has %d words" % (pid, words))
    return problems


def main():
    pages, truth, split, meta = build()
    problems = verify(pages, truth)
    if problems:
        sys.exit("\n".join(problems))
    files = {os.path.join("pages", pid + ".html"): doc for pid, doc in pages.items()}
    files["truth.json"] = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    files["split.json"] = json.dumps(split, indent=1) + "\n"
    if "--check" in sys.argv:
        bad = [f for f, c in files.items() if not os.path.exists(os.path.join(HERE, f))
               or open(os.path.join(HERE, f), encoding="utf-8").read() != c]
        print("mismatched files:", bad if bad else "none")
        sys.exit(1 if bad else 0)
    os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)
    for f, c in files.items():
        with open(os.path.join(HERE, f), "w", encoding="utf-8") as fh:
            fh.write(c)
    if "--stats" in sys.argv:
        for pid in sorted(meta):
            print(pid, meta[pid]["template"], len(truth[pid].split()), ",".join(meta[pid]["residue"]))
    print("wrote %d pages; tune=%d heldout=%d heldout_v1=%d (in tune) heldout_v2=%d heldout_v3=%d "
          "heldout_v4=%d heldout_v5=%d heldout_v6=%d heldout_v7=%d heldout_v8=%d heldout_v9=%d heldout_v10=%d "
          "heldout_v11=%d heldout_v12=%d heldout_v13=%d heldout_v14=%d heldout_v15=%d heldout_v16=%d heldout_v17=%d heldout_v18=%d heldout_v19=%d heldout_v20=%d heldout_v21=%d heldout_v22=%d heldout_v23=%d heldout_v24=%d heldout_v25=%d heldout_v26=%d heldout_v27=%d heldout_v28=%d heldout_v29=%d heldout_v30=%d heldout_v31=%d heldout_v32=%d heldout_v33=%d heldout_v34=%d heldout_v35=%d heldout_v36=%d heldout_v37=%d heldout_v38=%d heldout_v39=%d heldout_v40=%d heldout_v42=%d heldout_v41=%d heldout_v43=%d heldout_v44=%d heldout_v45=%d heldout_v46=%d heldout_v47=%d heldout_v48=%d heldout_v49=%d heldout_v50=%d heldout_v52=%d heldout_v51=%d heldout_v54=%d heldout_v53=%d heldout_v55=%d heldout_v56=%d heldout_v57=%d heldout_v58=%d heldout_v60=%d heldout_v59=%d heldout_v61=%d heldout_v62=%d heldout_v63=%d heldout_v64=%d heldout_v65=%d heldout_v66=%d heldout_v68=%d heldout_v67=%d heldout_v70=%d heldout_v69=%d heldout_v72=%d heldout_v71=%d heldout_v73=%d heldout_v74=%d heldout_v75=%d heldout_v76=%d heldout_v77=%d heldout_v78=%d heldout_v80=%d heldout_v79=%d heldout_v81=%d heldout_v82=%d heldout_v83=%d heldout_v84=%d heldout_v85=%d heldout_v86=%d heldout_v87=%d heldout_v88=%d heldout_v90=%d heldout_v89=%d heldout_v91=%d heldout_v92=%d heldout_v93=%d heldout_v94=%d heldout_v96=%d heldout_v95=%d heldout_v98=%d heldout_v97=%d heldout_v100=%d heldout_v99=%d heldout_v101=%d heldout_v102=%d heldout_v103=%d heldout_v104=%d heldout_v105=%d heldout_v106=%d heldout_v107=%d heldout_v108=%d" % (
              len(pages), len(split["tune"]), len(split["heldout"]), len(split["heldout_v1"]),
              len(split["heldout_v2"]), len(split["heldout_v3"]), len(split["heldout_v4"]),
              len(split["heldout_v5"]), len(split["heldout_v6"]), len(split["heldout_v7"]),
              len(split["heldout_v8"]), len(split["heldout_v9"]), len(split["heldout_v10"]),
              len(split["heldout_v11"]), len(split["heldout_v12"]), len(split["heldout_v13"]),
              len(split["heldout_v14"]), len(split["heldout_v15"]),
              len(split["heldout_v16"]), len(split["heldout_v17"]), len(split["heldout_v18"]),
              len(split["heldout_v19"]), len(split["heldout_v20"]), len(split["heldout_v21"]),
              len(split["heldout_v22"]), len(split["heldout_v23"]),
              len(split["heldout_v24"]), len(split["heldout_v25"]), len(split["heldout_v26"]), len(split["heldout_v27"]),
              len(split["heldout_v28"]), len(split["heldout_v29"]), len(split["heldout_v30"]),
              len(split["heldout_v31"]), len(split["heldout_v32"]), len(split["heldout_v33"]),
              len(split["heldout_v34"]), len(split["heldout_v35"]), len(split["heldout_v36"]),
              len(split["heldout_v37"]), len(split["heldout_v38"]), len(split["heldout_v39"]), len(split["heldout_v40"]), len(split["heldout_v42"]), len(split["heldout_v41"]), len(split["heldout_v43"]), len(split["heldout_v44"]), len(split["heldout_v45"]), len(split["heldout_v46"]), len(split["heldout_v47"]), len(split["heldout_v48"]), len(split["heldout_v49"]), len(split["heldout_v50"]), len(split["heldout_v52"]), len(split["heldout_v51"]), len(split["heldout_v54"]), len(split["heldout_v53"]), len(split["heldout_v55"]), len(split["heldout_v56"]), len(split["heldout_v57"]), len(split["heldout_v58"]), len(split["heldout_v60"]), len(split["heldout_v59"]), len(split["heldout_v61"]), len(split["heldout_v62"]), len(split["heldout_v63"]), len(split["heldout_v64"]), len(split["heldout_v65"]), len(split["heldout_v66"]), len(split["heldout_v68"]), len(split["heldout_v67"]), len(split["heldout_v70"]), len(split["heldout_v69"]), len(split["heldout_v72"]), len(split["heldout_v71"]), len(split["heldout_v73"]), len(split["heldout_v74"]), len(split["heldout_v75"]), len(split["heldout_v76"]), len(split["heldout_v77"]), len(split["heldout_v78"]), len(split["heldout_v80"]), len(split["heldout_v79"]), len(split["heldout_v81"]), len(split["heldout_v82"]), len(split["heldout_v83"]), len(split["heldout_v84"]), len(split["heldout_v85"]), len(split["heldout_v86"]), len(split["heldout_v87"]), len(split["heldout_v88"]), len(split["heldout_v90"]), len(split["heldout_v89"]), len(split["heldout_v91"]), len(split["heldout_v92"]), len(split["heldout_v93"]), len(split["heldout_v94"]), len(split["heldout_v96"]), len(split["heldout_v95"]), len(split["heldout_v98"]), len(split["heldout_v97"]), len(split["heldout_v100"]), len(split["heldout_v99"]), len(split["heldout_v101"]), len(split["heldout_v102"]), len(split["heldout_v103"]), len(split["heldout_v104"]), len(split["heldout_v105"]), len(split["heldout_v106"]), len(split["heldout_v107"]), len(split["heldout_v108"])))


if __name__ == "__main__":
    main()
