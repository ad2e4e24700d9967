"""Cross-language parity of the boilerplate pattern families (newsflow/data/boilerplate/*.json).

For a few forms added to every language: one furniture line that must go and one story sentence using the
same words that must stay. Sentences are written for these tests, not taken from benchmark pages.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsflow.clean import PATTERN_DIR, clean

LANGS = ("en", "tr", "de", "fr", "es", "ru")

BEFORE = {
    "en": "The city council approved the new budget for schools and roads after a long debate on Monday.",
    "tr": "Belediye meclisi, uzun süren tartışmanın ardından okullar ve yollar için yeni bütçeyi pazartesi günü onayladı.",
    "de": "Der Stadtrat hat am Montag nach langer Debatte den neuen Haushalt für Schulen und Straßen beschlossen.",
    "fr": "Le conseil municipal a adopté lundi le nouveau budget pour les écoles et les routes après un long débat.",
    "es": "El ayuntamiento aprobó el lunes el nuevo presupuesto para escuelas y carreteras tras un largo debate.",
    "ru": "Городской совет в понедельник после долгих обсуждений утвердил новый бюджет на школы и дороги.",
}
AFTER = {
    "en": "The vote passed with a clear majority, and work on the first projects will begin in the spring.",
    "tr": "Oylama açık bir çoğunlukla kabul edildi ve ilk projeler üzerindeki çalışmalar ilkbaharda başlayacak.",
    "de": "Die Abstimmung fiel mit klarer Mehrheit aus, die Arbeiten an den ersten Projekten beginnen im Frühjahr.",
    "fr": "Le vote a été acquis à une large majorité et les premiers travaux commenceront au printemps prochain.",
    "es": "La votación salió adelante con una amplia mayoría y las primeras obras empezarán en la primavera.",
    "ru": "Решение приняли большинством голосов, а работы по первым проектам начнутся весной следующего года.",
}


def _removed(lang: str, line: str, where: str) -> bool:
    """Whether `line` is removed from a short article in `lang`, placed in the middle or at the end."""
    if where == "middle":
        lines = [BEFORE[lang], line, AFTER[lang]]
    else:
        lines = [BEFORE[lang], AFTER[lang], line]
    out = clean("\n".join(lines))
    kept = out.text.split("\n\n")
    assert BEFORE[lang] in kept and AFTER[lang] in kept
    return line not in kept


# (language, furniture line that must go, story sentence with the same words that must stay)
PAIRS = [
    # feedback: a poll's note that its results show once the reader has voted (since session 19)
    ("en", "The results appear once you vote",
     "The results appear in the council's annual report once the auditors have signed them off."),
    ("de", "Die Ergebnisse werden angezeigt, sobald Sie abgestimmt haben",
     "Die Ergebnisse erscheinen nach der Stimmabgabe aller 42 Gemeinden im Amtsblatt."),
    ("en", "You'll see the results once you've voted.",
     "Results appear once you vote at the machine, and voters can print a receipt."),
    ("fr", "Les résultats s'affichent quand vous avez voté",
     "Les résultats du scrutin s'affichent sur le panneau de la mairie dès la fin du dépouillement."),
    ("es", "Los resultados se muestran cuando votas",
     "Los resultados de la consulta se mostrarán en el pleno de marzo, cuando termine el recuento."),
    ("ru", "Результаты появятся, когда вы проголосуете",
     "Результаты появятся после голосования в Госдуме."),
    ("tr", "Sonuçları oy verdikten sonra görebilirsiniz",
     "Seçim sonuçları, sayımın tamamlanmasının ardından il seçim kurulu tarafından açıklanacak."),
    # newsletter: a reader-funding appeal priced as a coffee or a pint a month (since session 19)
    ("en", "Good local reporting is not free: give the Marsh Gazette the price of a coffee a month",
     "The price of a coffee a month has gone up by a third in the town's cafés since last spring."),
    ("fr", "Soutenez le journal : l'équivalent d'un café par mois suffit",
     "La hausse représente l'équivalent d'un café par mois pour un ménage moyen."),
    ("en", "For less than the price of a coffee a month, you can support independent local journalism.",
     "For the price of a coffee a month, families can now hire a bike from the council's new scheme."),
    ("es", "Apóyanos con lo que cuesta un café al mes",
     "La subida del IBI supone lo que cuesta un café al mes para una familia media."),
    ("de", "Unterstützen Sie uns mit dem Gegenwert eines Kaffees im Monat",
     "Die Erhöhung kostet eine Familie so viel wie ein Kaffee im Monat."),
    ("ru", "Поддержите редакцию суммой, равной чашке кофе в месяц",
     "Повышение тарифа обойдётся семье в цену чашки кофе в месяц."),
    ("tr", "Gazetemize ayda bir kahve parası kadar destek olun",
     "Zam, bir aileye ayda bir kahve parası kadar yük getirecek."),
    # cookies: a chart/map/graphic hidden until the reader allows third-party content
    ("en", "This interactive chart is hidden until you allow third-party content.",
     "The chart was hidden from investors by a court order until the hearing ended last week."),
    ("de", "Die Grafik bleibt verborgen, bis Sie Drittanbieter-Inhalte zulassen.",
     "Die Grafik blieb auf Anordnung des Gerichts ausgeblendet, bis die Anhörung beendet war."),
    ("fr", "Cette infographie est masquée tant que vous n'avez pas accepté les contenus tiers.",
     "La carte des zones inondables est restée masquée pendant des mois, a reconnu la préfecture."),
    ("es", "El mapa está oculto hasta que aceptes el contenido de terceros.",
     "El informe estuvo oculto durante meses hasta que el juez ordenó publicarlo, según la fiscalía."),
    ("tr", "Bu harita, üçüncü taraf içeriğe izin verene kadar gizlidir.",
     "Mahkeme kararıyla gizlenen harita, soruşturma tamamlanana kadar yayımlanmadı."),
    ("ru", "Инфографика скрыта, пока вы не включите сторонний контент.",
     "По решению суда график выплат останется скрыт до конца расследования, сообщил прокурор."),
    # related: "you may have missed" / "keep reading, stay informed"
    ("en", "What you might have missed",
     "Inspectors said they might have missed several cracks in the bridge during the first check."),
    ("tr", "Bunları kaçırmış olabilirsiniz",
     "Yetkililer, ilk incelemede bazı ayrıntıları gözden kaçırmış olabileceklerini açıkladı."),
    ("de", "Das haben Sie vielleicht verpasst",
     "Viele Pendler haben den letzten Zug verpasst, weil die Anzeige ausgefallen war."),
    ("fr", "Continuez à vous informer",
     "Les riverains veulent continuer à s'informer sur le chantier, a expliqué le maire."),
    ("es", "Mantente informada",
     "Los vecinos quieren mantenerse informados sobre las obras, explicó la alcaldesa."),
    ("ru", "Будьте в курсе событий",
     "Жители просят держать их в курсе событий, рассказала глава района."),
    # credit: text credit prefixes; photo credit prefixes
    ("en", "Text: Jane Doe and the regional desk",
     "Text messages showed that the mayor knew about the flood risk two days in advance."),
    ("tr", "Metin: Ayşe Yılmaz, Kare: Mehmet Demir",
     "Metin ve fotoğraflar, müzenin yeni sergisinde ilk kez ziyaretçilerle buluşuyor."),
    ("ru", "Текст: редакция «Вечерней газеты»",
     "Текст законопроекта опубликовали на сайте правительства в пятницу вечером."),
    ("de", "Aufnahme: Agentur Nord / Archiv",
     "Die Aufnahme des Gesprächs wurde vor Gericht als Beweis abgespielt, sagte die Anwältin."),
    ("fr", "Cliché : archives du journal",
     "Ce cliché de la place du marché a été pris en 1932 par un photographe amateur, selon le musée."),
    ("es", "Toma: archivo de la redacción",
     "La toma del edificio por los manifestantes duró tres horas, según la policía local."),
    # release: a press office's contact line for journalists (since session 20); the story's own mention of
    # the press office, with its number, stays
    ("en", "Journalists can contact the press office on 01632 960 455.",
     "Journalists could not reach the harbour master on Friday; his office on 01632 960 500 did not answer."),
    ("de", "Pressestelle des Landratsamts, Telefon 07031 663 120, presse@kreis.example",
     "Die Pressestelle des Landratsamts war telefonisch nicht zu erreichen, die Nummer 07031 663 120 war besetzt."),
    ("fr", "Les journalistes peuvent joindre le service communication au 04 71 00 12 12.",
     "Les journalistes ont pu joindre le maire au 04 71 00 12 12 après trois jours de silence."),
    ("es", "Los periodistas pueden llamar al gabinete de prensa: 941 000 312.",
     "Los periodistas no lograron contactar con la alcaldesa, cuyo teléfono 941 000 312 estuvo apagado."),
    ("tr", "Gazeteciler basın birimine 0 224 555 10 10 numaralı telefondan ulaşabilir.",
     "Gazeteciler, 0 224 555 10 10 numaralı hattın iki gündür yanıt vermediğini söyledi."),
    ("ru", "Журналисты могут связаться с пресс-службой по телефону 8 800 555 12 12.",
     "Журналисты не смогли связаться с мэром: телефон 8 800 555 12 12 весь день был занят."),
    # newsletter: a reader-funding appeal that sets readers against shareholders (since session 20); the same
    # words reported about a paper stay
    ("en", "The Wexmoor Post is funded by its readers, not shareholders. Will you join them?",
     "Since 1998 the weekly has been funded by its readers, not advertisers, according to its annual accounts."),
    ("fr", "Notre journal vit de ses lecteurs, pas d'actionnaires.",
     "Depuis sa création, l'hebdomadaire vit de ses lecteurs, pas d'actionnaires, rappelle son fondateur."),
    ("de", "Wir leben von unseren Lesern, nicht von Aktionären.",
     "Die Zeitung gehöre ihren Lesern, nicht Aktionären, sagte der Verleger bei der Feier."),
    ("es", "Vivimos de nuestros lectores, no de accionistas.",
     "El diario vive de sus lectores y no de accionistas, explicó su directora en la asamblea."),
    ("tr", "Biz okurlarımızla varız, hissedarlarla değil.",
     "Gazetenin okurlarına hesap verdiğini, hissedarlara değil, söyledi yayın yönetmeni."),
    ("ru", "Мы живём за счёт читателей, а не акционеров.",
     "Газета, по словам редактора, существует за счёт читателей, а не акционеров."),
    # feedback: a poll's "see what others said" goes although "said" is a reporting verb (since session 20)
    ("en", "Cast your vote and see what fellow readers said",
     "Residents could see what their neighbours said at the hearing, the clerk explained."),
    ("de", "Stimmen Sie ab und sehen Sie, was andere geantwortet haben",
     "Die Bürger konnten sehen, was andere geantwortet hatten, erklärte die Stadtschreiberin."),
    ("fr", "Votez et découvrez les réponses des autres lecteurs",
     "Les habitants ont découvert les réponses des autres communes lors du conseil, a expliqué le maire."),
    ("es", "Vota y descubre qué han respondido los demás",
     "Los vecinos descubrieron qué habían respondido los demás pueblos, explicó la alcaldesa."),
    ("ru", "Проголосуйте, чтобы узнать, что ответили другие читатели",
     "Жители смогли узнать, что ответили другие районы, рассказала глава управы."),
    # contact: a tip line to the newsroom with its number (since session 20); the newsroom's messages reported stay
    ("en", "Text the newsroom: 07700 900 462",
     "Text messages to the newsroom rose to 300 a day during the floods."),
    ("de", "SMS an die Redaktion: 0170 555 12 34",
     "Die Redaktion erhielt am Sonntag mehr als 200 SMS zum Hochwasser."),
    ("fr", "SMS à la rédaction : 06 12 34 56 78",
     "La rédaction a reçu plus de 200 SMS pendant la crue."),
    ("es", "Escríbenos a la redacción: 600 123 456",
     "La redacción recibió más de 200 mensajes durante la riada."),
    ("tr", "Haber merkezimize WhatsApp'tan yazın: 0533 555 12 12",
     "Haber merkezimize sel boyunca 200'den fazla mesaj ulaştı."),
    ("ru", "Пишите в редакцию: +7 900 555-12-12",
     "В редакцию за время паводка пришло более 200 сообщений."),
    # feedback: a poll's question with its answers in a row (since session 20); the poll's result reported stays
    ("en", "Quick poll: should the pier reopen? Yes · No · Not sure",
     "Voters were asked whether the pier should reopen: yes, no or not sure."),
    ("de", "Umfrage: Soll der Steg wieder öffnen? Ja · Nein · Weiß nicht",
     "In der Umfrage der Stadt stimmten 60 Prozent mit Ja und 30 Prozent mit Nein."),
    ("fr", "Sondage : faut-il rouvrir la jetée ? Oui · Non · Sans avis",
     "Le sondage de la mairie donne 60 % de oui et 30 % de non."),
    ("es", "Encuesta: ¿debe reabrir el muelle? Sí · No · No sé",
     "La encuesta municipal da un 60 % de síes y un 30 % de noes."),
    ("tr", "Anket: İskele yeniden açılmalı mı? Evet · Hayır · Fikrim yok",
     "Belediyenin anketinde katılımcıların yüzde 60'ı evet dedi."),
    ("ru", "Опрос: нужно ли открыть пирс? Да · Нет · Не знаю",
     "По данным опроса мэрии, 60 процентов жителей ответили «да»."),
    # newsletter: the publisher's own letter and when it lands (since session 20); a letter in the story stays
    ("en", "Our Friday arts letter lands at 7am",
     "Our letter to the council arrives on Monday, the residents' group said."),
    ("de", "Unser Wochenend-Newsletter kommt samstags um 8 Uhr",
     "Unser Brief an den Bürgermeister kommt zu spät, sagte die Sprecherin der Initiative."),
    ("fr", "Notre lettre du vendredi arrive à 7 heures",
     "Notre lettre au maire est restée sans réponse, regrette l'association."),
    ("es", "Nuestro boletín del viernes llega a las 7",
     "Nuestra carta al alcalde sigue sin respuesta, lamenta la asociación."),
    ("tr", "Cuma bültenimiz sabah 7'de geliyor",
     "Derneğin bülteni bu ay gecikti, dedi başkan."),
    ("ru", "Наша вечерняя рассылка приходит в 19:00",
     "Наше письмо мэру так и осталось без ответа, сказала активистка."),
    # photo_credit: a note that a reader took or sent the picture, as furniture without a sentence's end (session 21);
    # the story's sentence about readers' pictures, or a crosshead asking what they show, stays
    ("en", "Shot on a mobile by one of our readers near the ferry slipway",
     "The footage shot by one of our readers near the ferry slipway was handed to the harbour police."),
    ("en", "Image sent in by a reader from Upper Cray",
     "What the images sent in by a reader from Upper Cray reveal"),
    ("de", "Leserfoto von einer Leserin aus dem Ortsteil Hainbach",
     "Das Leserfoto von einer Leserin aus dem Ortsteil Hainbach zeigt die überflutete Unterführung."),
    ("fr", "Cliché pris par un de nos lecteurs au bord du canal",
     "Le cliché pris par un de nos lecteurs au bord du canal a été transmis aux gendarmes."),
    ("es", "Vídeo grabado por una lectora en el puerto de Bermeo",
     "El vídeo grabado por una lectora en el puerto de Bermeo ya ha sido visto por miles de vecinos."),
    ("ru", "Снимок сделан читательницей на набережной",
     "Снимок сделан читательницей на набережной, уточнили в полиции."),
    ("tr", "Bu fotoğrafı bir okurumuz sahil yolunda çekti",
     "Bu fotoğrafı bir okurumuz sahil yolunda çekti ve belediyeye gönderdi, dedi müdür."),
    # the reviewer's misses of session 20 (session 21): a tip line with a preposition before the number, a poll's
    # answers joined by dashes, slashes or commas, the newsletter "in your inbox"
    ("en", "Message our news team at 07700 900 377",
     "Message our news team at 07700 900 377 was the advice on the flyer, said the organiser."),
    ("de", "SMS an die Lokalredaktion unter 0152 555 0182",
     "Eine SMS an die Lokalredaktion unter 0152 555 0182 hatte den Fall ins Rollen gebracht."),
    ("fr", "Appelez la rédaction au 05 55 12 34 56",
     "Appelez la rédaction au 05 55 12 34 56, avait écrit le maire sur son affiche."),
    ("es", "Llama a la redacción al 943 555 812",
     "Llama a la redacción al 943 555 812, pedía el cartel, y decenas de vecinos lo hicieron."),
    ("ru", "Звоните в редакцию по телефону 8 800 555 35 35",
     "Звоните в редакцию по телефону 8 800 555 35 35, говорилось в обращении мэра, которое зачитали на сходе."),
    ("tr", "Muhabirlerimize 0 532 555 12 12 numaralı hattan yazın",
     "Muhabirlerimize 0 532 555 12 12 numaralı hattan yazan vatandaş sel baskınını bildirdi."),
    ("en", "Quick poll: Should the library open on Sundays? Yes / No / Only in winter",
     "Poll: the library survey found readers want Sunday opening, but only in winter."),
    ("de", "Umfrage: Braucht der Ort ein Hallenbad? Ja – Nein – Egal",
     "Umfrage: Die Mehrheit will ein Hallenbad, aber nur mit Zuschuss vom Land."),
    ("fr", "Sondage : la fête doit-elle rester en juin ? Oui, non, peu importe",
     "Sondage : la fête doit rester en juin pour la plupart des habitants interrogés."),
    ("es", "Vota: ¿Más carril bici en el paseo? Sí, no, depende",
     "Vota el pleno el jueves si habrá más carril bici en el paseo, según el orden del día."),
    ("ru", "Опрос: переносить ли ярмарку? Да – Нет – Всё равно",
     "Опрос показал, что большинство жителей против переноса ярмарки на осень."),
    ("tr", "Anket: Pazar yeri taşınsın mı? Evet / Hayır / Kararsızım",
     "Anket sonuçlarına göre esnafın çoğu pazar yerinin taşınmasına karşı."),
    ("en", "Our Sunday briefing is in your inbox by 8am",
     "Our Sunday briefing with the mayor was cancelled at the last minute, the paper's editor said."),
    ("de", "Unser Sonntagsüberblick ist in Ihrem Postfach ab 8 Uhr",
     "Unser Leserbrief vom Sonntag kommt von einer Rentnerin aus Hainbach."),
    ("fr", "Notre newsletter du dimanche est dans votre boîte dès 8 heures",
     "Notre lettre ouverte du dimanche au préfet est restée sans réponse."),
    ("es", "Nuestro resumen del domingo está en tu correo a las 8",
     "Nuestro resumen del domingo con el alcalde se suspendió en el último momento."),
    ("ru", "Наш утренний дайджест уже в вашем почтовом ящике",
     "Наш утренний разговор с мэром пришлось перенести, сообщил главный редактор."),
    ("tr", "Pazar bültenimiz sabah 8'de e-posta kutunuzda",
     "Pazar günkü bülten toplantısı ertelendi, dedi genel yayın yönetmeni."),
    # taught by h63 (session 21): a poll's note that the reader sees how others voted once they answer, a poll row
    # under "your view" with a "no" among its answers, a request for the reader's pictures with the number to send
    # them to
    ("en", "You'll see what your neighbours chose once you've voted",
     "You will see what the council chose once the minutes are out, the clerk said."),
    ("de", "Sie sehen, wie die Nachbarn abgestimmt haben, sobald Sie abgestimmt haben",
     "Sie sehen, wie der Rat abgestimmt hat, sagte die Bürgermeisterin, sobald das Protokoll online ist."),
    ("es", "Verás cómo han votado tus vecinos en cuanto respondas",
     "Verás cómo han votado los concejales en cuanto se publique el acta, dijo la alcaldesa."),
    ("ru", "Ваше мнение: нужен ли городу новый мост? Да · Нет · Не знаю",
     "Ваше мнение о мосте важно, сказал мэр на встрече с жителями."),
    ("tr", "Resim ve haberlerinizi 0 (312) 555 20 20 numaralı hatta iletebilirsiniz",
     "Vatandaşlar 0 (312) 555 20 20 numaralı hattan bilgi alabilir."),
    ("en", "Send us your pictures and stories on 07700 900 322",
     "Residents were asked to send their pictures to 07700 900 322 by the council."),
    # Spanish voice: imperatives with enclitic -te address the reader (with a newsletter cue)
    ("es", "Apúntate al boletín y recibe las novedades cada lunes.",
     "La élite del club fijó un límite para el trámite de inscripción en el boletín municipal."),
]


@pytest.mark.parametrize("lang,furniture,story", PAIRS, ids=lambda x: x[:24] if isinstance(x, str) else None)
def test_furniture_goes_story_stays(lang, furniture, story):
    assert _removed(lang, furniture, "end"), furniture
    assert _removed(lang, furniture, "middle"), furniture
    assert not _removed(lang, story, "middle"), story
    assert not _removed(lang, story, "end"), story


# reporting: a request/appeal verb makes a prompt-shaped line reported speech
APPEALS = [
    ("en", "Sign up for our newsletter to get the latest updates every week.",
     "Sign up for the volunteer newsletter, urges organiser Maria Lopez, so that nobody misses a meeting."),
    ("en", "Subscribe to our newsletter to get the latest updates.",
     "Subscribe to the residents' newsletter, asks campaigner Tom Reed: every new reader helps."),
    ("de", "Melden Sie sich jetzt für unseren Newsletter an.",
     "Melden Sie sich für den Newsletter der Initiative an, bittet die Sprecherin Anna Berg."),
    ("fr", "Abonnez-vous à notre newsletter pour ne rien manquer.",
     "Abonnez-vous à la newsletter du collectif, demande la militante Claire Morel, pour ne rien manquer."),
    ("es", "Suscríbete a nuestra newsletter para no perderte nada.",
     "Suscríbete a la newsletter vecinal, pide la organizadora Ana Ruiz, para no perderte ninguna reunión."),
    ("tr", "Bültenimize abone olun, gelişmeleri kaçırmayın.",
     "Bültene abone olun diye çağrıda bulundu dernek başkanı Ayşe Kaya."),
    ("ru", "Подпишитесь на нашу рассылку, чтобы не пропустить главное.",
     "Подпишитесь на рассылку клуба, просит организатор Иван Петров, чтобы никто не пропустил встречу."),
]


@pytest.mark.parametrize("lang,prompt,reported", APPEALS, ids=lambda x: x[:24] if isinstance(x, str) else None)
def test_appeal_verbs_report_speech(lang, prompt, reported):
    assert _removed(lang, prompt, "end"), prompt
    assert not _removed(lang, reported, "end"), reported
    assert not _removed(lang, reported, "middle"), reported


def test_language_files_valid_and_compile():
    for lang in LANGS:
        data = json.loads((PATTERN_DIR / f"{lang}.json").read_text(encoding="utf-8"))
        for fam in data["families"].values():
            for kind in ("labels", "short", "cues", "notice"):
                for pat in fam.get(kind, []):
                    re.compile(pat)
        for key in ("byline", "reporting", "voice"):
            for pat in data.get(key, []):
                re.compile(pat)


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_request_verbs(lang):
    data = json.loads((PATTERN_DIR / f"{lang}.json").read_text(encoding="utf-8"))
    joined = " ".join(data["reporting"])
    probe = {"en": "urged", "tr": "istedi", "de": "bittet", "fr": "exhorte", "es": "pidió", "ru": "призвал"}[lang]
    assert probe in joined


@pytest.mark.parametrize("lang", LANGS)
def test_plural_self_words_are_single_voice_words_of_their_language(lang):
    # `plural_self` marks which of the language's `voice` words are "we": a word missing from `voice` would
    # never be looked at, and a phrase would never match the single tokens it is compared with
    data = json.loads((PATTERN_DIR / f"{lang}.json").read_text(encoding="utf-8"))
    words = data.get("plural_self")
    assert words, f"{lang}.json has no plural_self list"
    for word in words:
        assert re.fullmatch(r"\w+", word), word
    assert any(word in data["voice"] for word in words), words


# a reviewer's sentences (session 20): reporting about journalists, press offices and polls that the press-office
# and poll forms must leave alone, in the middle of a story and at its end
STORY_ABOUT_THE_PRESS = [
    ("en", "Reporters can no longer reach the ministry directly since its press office closed in 2023."),
    ("en", "Journalists can call the 24-hour line run by the union, which took 600 calls last year."),
    ("en", "Reporters may contact detainees only through their lawyers, a rule in force since 2022."),
    ("en", "Members of the press can email questions to the inquiry until 5pm on 14 May 2025."),
    ("en", "The press office did not answer phone calls about the 400 job cuts on Monday."),
    ("en", "The media team took 300 phone calls in the first hour after the collapse."),
    ("de", "Journalisten erreichen die Insel seit 2023 nur noch mit Genehmigung der Militärbehörde."),
    ("de", "Journalisten kontaktieren seit 2021 die Behörde über ein Online-Formular, das oft nicht funktioniert."),
    ("fr", "Les journalistes peuvent désormais contacter directement les juges depuis la réforme de 2019."),
    ("fr", "Les journalistes peuvent écrire ce qu'ils veulent, a répondu le ministre, interrogé sur la loi de 2021."),
    ("es", "Los periodistas no pueden contactar con los detenidos desde 2023, denunció la asociación de la prensa."),
    ("es", "Los medios de comunicación pueden llamar a los 112 colegios electorales desde el domingo."),
    ("tr", "Basın mensupları 2025 yılından itibaren meclis kampüsüne yalnızca yeni kartla ulaşabilirler."),
    ("tr", "Gazeteciler 2024 seçimlerinde sandık başındaki gözlemcilere ulaşabilir mi, tartışma sürüyor."),
    ("ru", "Журналисты с 2022 года не могут написать ни слова о потерях без ссылки на министерство."),
    ("ru", "Журналисты не могут связаться с арестованным коллегой уже 300 дней, заявили в редакции."),
    ("ru", "Пресс-служба МЧС напомнила телефон горячей линии 8 800 100 12 12 для родственников пострадавших."),
    ("en", "“Residents deserve to see how other people voted”"),
    ("en", "Vote Leave aides waited to find out how others voted in Sunderland, a former adviser said."),
    ("en", "Pick one up at the library and see what other readers thought of it, the librarian suggested."),
    ("ru", "Наблюдатели рассказали, что избиратели в очереди на участке хотели узнать, что выбрали другие."),
]


@pytest.mark.parametrize("lang,story", STORY_ABOUT_THE_PRESS, ids=lambda x: x[:24])
def test_reporting_about_the_press_and_polls_stays(lang, story):
    assert not _removed(lang, story, "middle"), story
    assert not _removed(lang, story, "end"), story


# the same forms as the press office prints them still go (the reviewer's misses, now covered)
PRESS_CONTACTS = [
    ("en", "Members of the media should direct enquiries to press@harbourboard.example"),
    ("en", "Journalists: please contact the press office on 01632 960 455"),
    ("de", "Ansprechpartner für die Presse: Max Muster, Tel. 0711 123 456"),
    ("fr", "Relations presse : Marie Dupont, 06 12 34 56 78"),
    ("es", "Oficina de prensa: prensa@ayto.example, tel. 941 000 312"),
    ("tr", "Basın ve Halkla İlişkiler Müdürlüğü Tel: 0 224 555 10 10"),
    ("ru", "Для СМИ: press@mos.example, +7 495 123-45-67"),
]


@pytest.mark.parametrize("lang,line", PRESS_CONTACTS, ids=lambda x: x[:24])
def test_a_press_offices_contact_line_goes(lang, line):
    assert _removed(lang, line, "end"), line


# a second review (session 20): poll results and letters in the story's own first person plural stay in the middle
# of the story (at its very end a row of figures is a widget's controls, as it was before the poll form)
STORY_MIDDLE = [
    ("en", "Poll: Yes 52% · No 48%"),
    ("en", "Vote count so far: Labour 12,431 | Conservative 11,009 | Lib Dem 4,210"),
    ("de", "Umfrage: Ja 52 % · Nein 48 %"),
    ("es", "Votación: 180 a favor · 150 en contra · 20 abstenciones"),
    ("fr", "Sondage Ifop : Macron 28 % | Le Pen 24 % | Mélenchon 20 %"),
    ("ru", "Опрос ВЦИОМ: Единая Россия 40% | КПРФ 15% | ЛДПР 10%"),
    ("tr", "Anket sonuçları: AK Parti 33 | CHP 31 | MHP 10"),
    ("en", "Our campaign's open letter lands in MPs' inboxes on Monday."),
    ("en", "Our petition letter arrives at Downing Street on Friday"),
    ("de", "Unsere Familie wartet: Unser Brief kommt nie an"),
    ("fr", "Notre lettre ouverte arrive sur le bureau du ministre lundi"),
    ("fr", "Notre bulletin de vote arrive trop tard"),
    ("es", "Nuestra carta de protesta llega al Congreso el lunes"),
]


@pytest.mark.parametrize("lang,story", STORY_MIDDLE, ids=lambda x: x[:24])
def test_poll_results_and_the_storys_own_letters_stay_in_the_middle(lang, story):
    assert not _removed(lang, story, "middle"), story


# a review of session 21: story lines with a question and a dash or a list, and a reader's question or a viewer's
# video named in the story, stay in the middle of the story
STORY_MIDDLE_21 = [
    ("en", "Vote of no confidence? Not yet – the party wants to wait."),
    ("en", "Poll: most residents want the bridge – but not the toll"),
    ("en", "Vote in the Commons: who backed it? Labour, Lib Dems, SNP"),
    ("en", "Was it worth it? No, not really, she admits"),
    ("de", "Abstimmung im Bundestag: Wer stimmte zu? SPD, Grüne, FDP"),
    ("de", "Umfrage: Mehrheit gegen das Verbot – Jüngere sehen es anders"),
    ("fr", "Vote de confiance ? Pas encore – le gouvernement temporise."),
    ("fr", "Sondage : que veulent les jeunes ? Un logement, un emploi, du temps"),
    ("es", "Votación secreta? No – a mano alzada, como siempre."),
    ("es", "Votación en el Congreso: ¿quién apoya? PSOE, Sumar, PNV y Junts"),
    ("ru", "Опрос среди студентов: чего не хватает? Общежитий, стипендий, практики"),
    ("tr", "Anket sonuçları: en büyük sorun ne? Hayat pahalılığı, kira, işsizlik"),
    ("en", "Footage filmed by a viewer in Leeds shows the car mounting the pavement:"),
    ("en", "A question sent in by a listener in Cardiff"),
    ("en", "Filmed by a viewer who would not look away"),
    ("de", "Das Video, aufgenommen von einem Leser in Kassel, zeigt die überflutete Unterführung:"),
    ("de", "Video von einem Leser aus Kassel zeigt den Brand"),
    ("fr", "La vidéo, filmée par un lecteur depuis son balcon, montre l'incendie :"),
    ("fr", "Une question envoyée par une lectrice de Lyon"),
    ("es", "Una carta enviada por un lector de Cádiz"),
    ("es", "Las imágenes, grabadas por una lectora desde su ventana, muestran la riada:"),
    ("ru", "Вопрос прислала читательница из Твери"),
    ("ru", "Фото на память со зрителями"),
    ("tr", "Okur yazar olmayan kadınlar için kurs belediye tarafından açıldı"),
    ("tr", "Okurun sorusu bakanlık tarafından yanıtlandı"),
    ("en", "Call police rather than reporters on 0800 789 321"),
]


@pytest.mark.parametrize("lang,story", STORY_MIDDLE_21, ids=lambda x: x[:24])
def test_story_lines_like_a_poll_a_readers_photo_or_a_tip_line_stay_in_the_middle(lang, story):
    assert not _removed(lang, story, "middle"), story


# a second review of session 21: story lines like a widget's card, a consultation's practical line, an appeal by
# someone else, a chapter heading and the reporter's own interview labels stay in the middle of the story
STORY_MIDDLE_21B = [
    ("en", "Rest of the week: drier and warmer"),
    ("en", "Player of the month: Jane Holt"),
    ("de", "Thema des Tages: die Sperrung der Neckarbrücke"),
    ("fr", "Ordre du jour : le budget et la piscine"),
    ("es", "Menú del día: lentejas y merluza por 12 euros"),
    ("ru", "Конец недели — без осадков"),
    ("tr", "Haftanın geri kalanı: serin ve yağışlı"),
    ("en", "Have your say on the plans: online | by post | at the town hall"),
    ("fr", "Votre avis sur le projet : en ligne · par courrier · en mairie"),
    ("tr", "Kayıt için 0 (232) 293 12 00 numaralı hatta ulaşabilirsiniz"),
    ("tr", "Şikayetlerinizi 0 (312) 555 20 20 numaralı hatta iletebilirsiniz"),
    ("en", "Share your footage and information via 0800 555 1111"),
    ("fr", "Envoyez vos témoignages au 06 12 34 56 78"),
    ("es", "Envía tus fotos y vídeos al 600 123 456"),
]


@pytest.mark.parametrize("lang,story", STORY_MIDDLE_21B, ids=lambda x: x[:24])
def test_story_lines_like_a_card_a_consultation_or_an_appeal_stay_in_the_middle(lang, story):
    assert not _removed(lang, story, "middle"), story
