# Turkish, German, French, Spanish and Russian stories for the thirtieth held-out part (h30-*).
# Fictional; written for newsflow. Markup and extra fields as in articles_h30_en.py.
ARTICLES = [
dict(id="h30-tr-001", lang="tr", tpl="portal", section="Spor", date="2026-05-24", byline="Barış Öztunç",
     title="Süper Amatör Lig'de şampiyon Karaağaç Gençlerbirliği",
     sub="Finalde Değirmendere Spor uzatmalarda 3-2 yenildi.",
     caption="Karaağaç Gençlerbirliği oyuncuları kupayı kaldırıyor.", credit="Fotoğraf: Barış Öztunç",
     carry=["scores"], score="MS · Karaağaç Gençlerbirliği 3-2 Değirmendere Spor (uz.)",
     body="""
Karaağaç Gençlerbirliği, Süper Amatör Lig finalinde Değirmendere Spor'u uzatmalarda 3-2 yenerek kulüp tarihindeki ilk şampiyonluğunu kazandı.

İlçe stadında oynanan maçı yaklaşık 2 bin taraftar izledi. Normal süre 2-2 sona erdi, galibiyet golünü 109. dakikada 17 yaşındaki Emre Yazıcı attı.

## Tribünler doldu taştı

Stadın kapasitesi yetmeyince bazı taraftarlar maçı çevredeki binaların çatılarından izledi. Kulüp, karşılaşmayı ayrıca sosyal medya hesabından canlı yayımladı.

"Böyle bir kalabalığı ilk kez görüyorum," dedi kulüp başkanı Hüseyin Ateş.

Teknik direktör Selim Kara, sezon başında kadronun yarısının lise öğrencilerinden oluştuğunu hatırlattı.

"Bu çocuklara kimse inanmıyordu. Biz inandık," dedi.

## Kutlamalar sabaha kadar sürdü

Maçın ardından oyuncular üstü açık bir otobüsle mahalleyi dolaştı. Belediye, kutlamalar nedeniyle bazı sokakların gece yarısına kadar trafiğe kapalı kalacağını duyurdu.

Şampiyonluk, takıma bölgesel amatör lig play-off'larında oynama hakkı da kazandırdı. Kulüp bunun için şunlara ihtiyaç duyduğunu açıkladı:

- yeni bir forma sponsoru;
- deplasman maçları için bir minibüs;
- en az iki yardımcı antrenör.

Yazıcı ise golün ardından annesini aradığını söyledi.

"Telefonda ağlıyordu, ben de ağladım," dedi.
"""),

dict(id="h30-tr-002", lang="tr", tpl="broadcaster", site="Körfez TV Haber", section="Ulaşım", date="2026-03-16",
     byline="Gökhan Yavuz",
     title="Körfez Köprüsü'nde onarım başladı, feribot seferleri ikiye çıktı",
     sub="Köprüde üç ay boyunca tek şerit açık olacak.",
     caption="Körfez Köprüsü'nde çalışan ekipler.", credit="Görüntü: Körfez TV",
     watch=["Köprüde ilk gün yoğunluk yaşandı", "Feribot iskelesinde uzun kuyruk"],
     carry=["travel", "easyread"], choose={"travel": 0},
     body="""
Körfez Köprüsü'nde bakım ve onarım çalışmaları nedeniyle bugünden itibaren üç ay boyunca yalnızca tek şerit trafiğe açık olacak.

Karayolları Bölge Müdürlüğü, çalışmaların 15 Haziran'da tamamlanmasını planlıyor. Bu süre içinde köprüden ağır tonajlı araçların geçişine izin verilmeyecek.

## Feribot seferleri artırıldı

Trafiğin rahatlaması için iki yaka arasındaki feribot seferleri saatte birden ikiye çıkarıldı. İlk sefer 06.00'da, son sefer gece yarısı yapılacak.

Belediye, yolcuların biletlerini mobil uygulama üzerinden de alabileceğini açıkladı.

Sabah işe gitmek için köprüyü kullanan Ayşe Demir, ilk gün yolun 20 dakika uzadığını söyledi.

"Feribot daha rahat, ama iskelede kuyruk vardı," dedi.

Onarım süresince köprüdeki yaya yolu da kapalı olacak. Belediye, yayalar ve bisikletliler için iki iskele arasında ücretsiz bir servis minibüsü çalıştıracak.

## Sürücülere uyarılar

Yetkililer, köprüyü kullanacak sürücülerden şunları istedi:

- saatte 50 kilometrelik hız sınırına uymaları;
- çalışma alanında şerit değiştirmemeleri;
- mümkünse sabah 07.00 ile 09.00 arasında köprüyü kullanmamaları.

Bölge müdürü Kemal Sarı, köprünün 1987'den bu yana ilk kez bu kadar kapsamlı bir onarımdan geçtiğini söyledi.

"Bu çalışmayı ertelemek mümkün değildi," dedi.
"""),

dict(id="h30-tr-003", lang="tr", tpl="bitrix", section="Yerel", date="2026-07-08", byline="Nurhan Akdağ",
     title="Kayalı'da su arızaları artık uygulamadan bildirilecek",
     sub="Aboneler arıza ihbarına fotoğraf ve konum ekleyebilecek.",
     caption="Kayalı Su ve Kanalizasyon İdaresi'nin yeni uygulaması.", credit="Fotoğraf: KASKİ",
     carry=["wireend"], choose={"wireend": 0},
     body="""
Kayalı Belediyesi Su ve Kanalizasyon İdaresi, abonelerin arıza ve kaçak ihbarlarını artık bir mobil uygulama üzerinden yapabileceğini açıkladı.

İdare Genel Müdürü Nurhan Çelik, uygulamanın Android ve iOS için ücretsiz olarak indirilebildiğini söyledi.

## Fotoğraflı ihbar

Uygulama üzerinden arıza bildiren aboneler, sorunun fotoğrafını ve konumunu da ekleyebilecek. İhbarın hangi aşamada olduğu da uygulamadan anlık olarak takip edilebilecek.

Çelik, geçen yıl çağrı merkezine gelen 41 bin aramanın yaklaşık yarısının arıza bildirimi olduğunu belirtti.

"Hat meşgul diye kimse beklemesin," dedi.

Uygulamanın ilk haftasında 3 bin 200 kişinin uygulamayı indirdiği, bunlardan 600'ünün ilk arıza ihbarını yaptığı açıklandı. En sık bildirilen sorun sayaç arızası oldu.

## Fatura ödemeleri de uygulamada

Uygulama üzerinden ayrıca şu işlemler yapılabilecek:

- su faturası ödeme;
- abonelik başvurusu ve iptali;
- planlı su kesintilerinin takibi.

Kullanıcıların kişisel verilerinin yalnızca arıza ve fatura işlemleri için kullanılacağı bildirildi. Çağrı merkezi ise haftanın yedi günü, 24 saat hizmet vermeye devam edecek.

Çelik, yaşlı abonelerin de sistemden yararlanabilmesi için mahalle muhtarlıklarında yardım masaları kurulacağını ekledi.
"""),

dict(id="h30-de-001", lang="de", tpl="drupal", site="Landkreis Oberhaslach", section="Pressemitteilungen",
     date="2026-02-10", byline="Pressestelle",
     title="Rufbus „Kreisflitzer“ fährt ab Mai im ganzen Landkreis",
     sub="Der Kreistag hat die Ausweitung auf alle 17 Gemeinden einstimmig beschlossen.",
     caption="Ein Kleinbus des Kreisflitzers am Bahnhof Haslach.", credit="Foto: Landratsamt Oberhaslach",
     carry=["easyread"],
     avoid=["ad", "affiliate", "app", "push", "gift", "skip", "tip", "typo", "comments", "moderation", "poll", "bio",
            "newsletter", "credit", "standards", "embed", "feedback", "section", "audio", "continue"],
     body="""
Der Rufbus „Kreisflitzer“ fährt ab dem 4. Mai in allen 17 Gemeinden des Landkreises. Das hat der Kreistag am Montag einstimmig beschlossen.

Bisher war der Rufbus nur in den Gemeinden im Süden des Kreises unterwegs. Dort hatten ihn im vergangenen Jahr rund 38.000 Fahrgäste genutzt.

## So funktioniert der Rufbus

Der Kreisflitzer fährt nicht nach festem Fahrplan, sondern nur, wenn er bestellt wird. Fahrgäste können ihn buchen:

- über die kostenlose App „Kreisflitzer“;
- telefonisch bei der Mobilitätszentrale;
- jeweils spätestens 60 Minuten vor der gewünschten Abfahrt.

Es gilt der normale Tarif des Verkehrsverbunds. Wer ein Deutschlandticket hat, fährt ohne Aufpreis mit.

## Datenschutz

Die App speichert nach Angaben des Landratsamts nur die Daten, die für die Fahrt nötig sind. Sie setzt keine Cookies zu Werbezwecken und gibt keine Daten an Dritte weiter.

Landrätin Annegret Vollmer sprach von einem „wichtigen Tag für die Dörfer“.

„Wer kein Auto hat, soll trotzdem zum Arzt, zum Einkaufen und zur Arbeit kommen“, sagte sie.

Der Landkreis rechnet mit Kosten von rund 2,1 Millionen Euro im Jahr. Das Land übernimmt davon die Hälfte.
"""),

dict(id="h30-de-002", lang="de", tpl="legacy-br", section="Sport", date="2026-04-19", byline="Volker Sandmann",
     title="Handball: TSV Wallhausen steigt in die Oberliga auf",
     sub="Mit einem 31:27 gegen die HSG Brenntal sichert sich der TSV die Meisterschaft.",
     caption="Kapitän Timo Reinhardt (Mitte) nach dem Abpfiff.", credit="Foto: V. Sandmann",
     carry=["scores"], score="Endstand: TSV Wallhausen – HSG Brenntal 31:27 (13:14)",
     body="""
Die Handballer des TSV Wallhausen spielen in der kommenden Saison in der Oberliga. Mit einem 31:27-Sieg gegen die HSG Brenntal sicherte sich die Mannschaft am Samstagabend vor 800 Zuschauern den Meistertitel in der Verbandsliga.

Es ist der erste Aufstieg des Vereins seit 1998.

## Spannung bis zur Pause

Lange sah es nicht nach einem klaren Sieg aus. Zur Pause lag Wallhausen mit 13:14 hinten, weil Brenntals Torwart mehrere freie Würfe parierte.

Nach dem Wechsel drehten Rückraumspieler Lukas Gerstner und Kapitän Timo Reinhardt die Partie. Gerstner traf allein in der zweiten Hälfte achtmal.

„Wir haben in der Kabine nicht viel geredet“, sagte Reinhardt. „Jeder wusste, was zu tun ist.“

## Was der Aufstieg kostet

Für die Oberliga braucht der Verein mehr Geld. Abteilungsleiterin Sabine Kurz nannte drei Posten:

- längere Auswärtsfahrten mit dem Bus;
- höhere Schiedsrichterkosten;
- eine zusätzliche Hallenzeit pro Woche.

Der Verein sucht deshalb neue Sponsoren und will mehr Dauerkarten verkaufen. Die Saisonkarte soll weiterhin 60 Euro kosten.

Trainer Frank Obermaier will den Kader weitgehend zusammenhalten.

„Die Jungs haben sich das verdient“, sagte er.
"""),

dict(id="h30-de-003", lang="de", tpl="chunks", section="Lokales", date="2026-07-21", byline="Miriam Köhler",
     title="Stadtwerke suchen die schönsten Fotos aus dem Stadtwald",
     standfirst="Die zwölf besten Bilder kommen in den Jubiläumskalender zum 150. Geburtstag des Waldes.",
     sub="Die zwölf besten Bilder kommen in den Jubiläumskalender zum 150. Geburtstag des Waldes.",
     caption="Morgennebel am Weiher im Raunacher Stadtwald.", credit="Foto: Miriam Köhler",
     carry=["correction"],
     correction="Korrektur: In einer ersten Version dieses Artikels hieß es, Fotos könnten auch per E-Mail eingereicht werden. Das ist nicht der Fall.",
     body="""
Die Stadtwerke Raunach rufen zu einem Fotowettbewerb auf: Gesucht werden Bilder aus dem Stadtwald, der in diesem Jahr 150 Jahre alt wird.

Einsendeschluss ist der 30. September. Die zwölf besten Fotos kommen in den Jubiläumskalender der Stadtwerke für das kommende Jahr, der kostenlos an alle Kundinnen und Kunden verschickt wird.

## Die Regeln

Teilnehmen darf jeder, der im Stadtgebiet wohnt. Die Stadtwerke haben folgende Bedingungen veröffentlicht:

- höchstens drei Fotos pro Person;
- die Bilder müssen im Stadtwald aufgenommen sein;
- erkennbare Personen dürfen nur mit ihrer Zustimmung zu sehen sein.

Die Fotos können über ein Formular auf der Website der Stadtwerke hochgeladen oder im Kundencenter am Marktplatz abgegeben werden.

## Eine Jury mit Förster

Über die Gewinner entscheidet eine Jury, zu der auch Revierförster Jonas Abt gehört.

„Ich hoffe auf Bilder, die ich selbst noch nie gesehen habe“, sagte Abt. „Und ich bin fast jeden Tag dort.“

Die Gewinnerinnen und Gewinner werden im November im Kundenmagazin und im Newsletter der Stadtwerke vorgestellt. Als Preise gibt es Jahreskarten für das Freibad.

Beim letzten Wettbewerb im Jahr 2019 seien mehr als 900 Fotos eingegangen, sagte eine Sprecherin der Stadtwerke.
"""),

dict(id="h30-fr-001", lang="fr", tpl="nextjs", section="Transports", date="2026-11-09", byline="Camille Vasseur",
     title="Grève sur la ligne TER Valbonne–Saint-Aignan : des cars de substitution jusqu'à mercredi",
     sub="Les contrôleurs réclament un agent dans chaque train du soir.",
     caption="Le quai de la gare de Valbonne, lundi matin.", credit="Photo : Camille Vasseur",
     carry=["travel", "developing"], choose={"developing": 0},
     body="""
Aucun train ne circulera entre Valbonne et Saint-Aignan jusqu'à mercredi au moins, en raison d'un mouvement social des contrôleurs, a annoncé la SNCF lundi matin.

La région a mis en place des cars de substitution, qui partent des gares toutes les heures entre 5 h 30 et 21 h.

## Des trajets plus longs

En car, il faut compter environ 1 h 15 pour relier les deux villes, contre 42 minutes en train. Les abonnés TER peuvent emprunter les cars sans supplément.

« J'ai dû partir à 5 h 45 au lieu de 6 h 40 », racontait Lucie Perrin, infirmière, sur le quai de la gare de Valbonne.

Les syndicats réclament le retour d'un contrôleur dans chaque train du soir. La direction régionale dit vouloir « reprendre le dialogue dès mardi ».

## Ce qu'il faut savoir

La SNCF conseille aux voyageurs :

- de consulter l'application SNCF Connect avant chaque départ ;
- de privilégier le covoiturage quand c'est possible ;
- de conserver leurs justificatifs pour une éventuelle compensation.

Les abonnés mensuels seront remboursés d'une partie de leur abonnement si la grève dure plus de trois jours, a précisé la région.

Une nouvelle réunion entre la direction et les syndicats est prévue mardi à 14 h.

« On ne fait pas grève par plaisir », a glissé un contrôleur.
"""),

dict(id="h30-fr-002", lang="fr", tpl="gutenberg", site="Mairie de Saint-Ferréol-des-Combes", section="Enfance",
     date="2026-06-30", byline="Service communication",
     title="Cantine scolaire : les inscriptions passent sur le Portail Famille",
     sub="Les fiches papier ne seront plus acceptées à la rentrée.",
     caption="Le restaurant scolaire de l'école des Combes.", credit="Photo : mairie de Saint-Ferréol",
     carry=["easyread"],
     avoid=["ad", "affiliate", "app", "push", "gift", "skip", "tip", "typo", "comments", "moderation", "poll", "bio",
            "newsletter", "credit", "standards", "embed", "feedback", "section", "audio", "continue", "wireend"],
     body="""
À partir de la rentrée de septembre, les inscriptions à la cantine et à la garderie périscolaire se feront uniquement sur le Portail Famille de la commune, accessible sur ordinateur et sur téléphone.

Les fiches papier déposées en mairie ne seront plus acceptées, sauf pour les familles qui n'ont pas d'accès à Internet.

## Comment s'inscrire

Les parents devront :

- créer un compte avec l'adresse électronique de leur choix ;
- ajouter chaque enfant et joindre l'attestation d'assurance ;
- réserver les repas au plus tard le jeudi pour la semaine suivante.

Le prix du repas reste fixé à 3,20 euros. Les factures arriveront chaque mois sur le portail et pourront être réglées en ligne ou au guichet.

## Une aide en mairie

Un agent accueillera les familles qui le souhaitent le mercredi matin, de 9 h à 12 h, pour les aider à créer leur compte.

« Nous ne voulons laisser personne de côté », explique Martine Roux, adjointe chargée des affaires scolaires.

Le portail ne dépose aucun cookie publicitaire, et les données des enfants sont supprimées un an après leur départ de l'école, précise la mairie.

La commune compte 214 enfants inscrits à la cantine cette année, soit vingt de plus que l'an dernier.
"""),

dict(id="h30-fr-003", lang="fr", tpl="fusion", section="Rugby", date="2026-02-22", byline="Bastien Laffont",
     title="Rugby : Saint-Aubin arrache le nul à Castelvieil et reste en tête",
     standfirst="Une pénalité de Mathis Cazenave dans les arrêts de jeu a sauvé les Saint-Aubinois.",
     sub="Une pénalité de Mathis Cazenave dans les arrêts de jeu a sauvé les Saint-Aubinois.",
     caption="La mêlée saint-aubinoise face à Castelvieil.", credit="Photo : Bastien Laffont",
     carry=["scores"], score="Score final : Castelvieil 19 – 19 Saint-Aubin",
     body="""
Le RC Saint-Aubin a ramené un match nul (19-19) de son déplacement à Castelvieil dimanche, grâce à une pénalité de son ouvreur Mathis Cazenave à la dernière minute.

Ce point permet aux Saint-Aubinois de conserver la première place de la poule, avec deux longueurs d'avance sur Castelvieil.

## Une première période à sens unique

Les locaux ont dominé la première mi-temps et menaient 16-6 à la pause, après un essai en force de leur talonneur.

« On n'était pas dans le match, on subissait tout », reconnaissait le capitaine saint-aubinois Julien Arrieta.

Le vent a tourné après la pause. Saint-Aubin a inscrit un essai par son ailier Nathan Lefèvre à la 58e minute, puis Cazenave a égalisé au pied dans les arrêts de jeu.

## Un stade comble

Plus de 1 800 spectateurs avaient pris place dans les tribunes du stade Jean-Bouin, un record cette saison. Le club avait prévenu ses abonnés qu'il fallait arriver tôt.

L'entraîneur de Castelvieil, Pierre Daguerre, ne cachait pas sa déception.

« On a laissé filer une victoire qu'on tenait », a-t-il dit.

Il reste trois journées à disputer :

- réception de Montferrand-le-Haut le 9 mars ;
- déplacement à Lasbordes le 23 mars ;
- réception de Puyvert le 6 avril.
"""),

dict(id="h30-es-001", lang="es", tpl="table", site="Ayuntamiento de Villanueva del Arroyo", section="Actualidad municipal",
     date="2026-02-05", byline="Gabinete de prensa",
     title="El pleno aprueba la nueva ordenanza de terrazas",
     sub="La norma entrará en vigor el 1 de abril.",
     caption="Terrazas en la plaza de España.", credit="Foto: Ayuntamiento de Villanueva del Arroyo",
     carry=["easyread"],
     avoid=["ad", "affiliate", "app", "push", "gift", "skip", "tip", "typo", "comments", "moderation", "poll", "bio",
            "newsletter", "credit", "standards", "embed", "feedback", "section", "audio", "continue", "wireend"],
     body="""
El pleno del Ayuntamiento aprobó el jueves, con los votos de todos los grupos, la nueva ordenanza de terrazas, que entrará en vigor el 1 de abril.

La norma sustituye a la de 2009 y fija cuántas mesas puede poner cada bar en la calle, a qué horas y cuánto debe pagar por ello.

## Principales cambios

Entre las novedades, la ordenanza establece que:

- las terrazas deben dejar libre un paso de al menos 1,80 metros en las aceras;
- en verano podrán abrir hasta la una de la madrugada los viernes y sábados;
- la tasa se pagará por metro cuadrado y no por mesa.

Los hosteleros tendrán hasta el 30 de junio para adaptar sus terrazas.

## Solicitudes por la sede electrónica

Las licencias se podrán pedir por la sede electrónica municipal o en el registro del Ayuntamiento. Los bares que ya tienen licencia no tendrán que volver a solicitarla, pero sí enviar un plano actualizado.

La concejala de Comercio, Rocío Benítez, dijo que la ordenanza busca "que la calle sea de todos".

"Queremos terrazas, pero también que pueda pasar una silla de ruedas", explicó.

La asociación de hosteleros valoró que se haya escuchado al sector durante los seis meses de negociación.
"""),

dict(id="h30-es-002", lang="es", tpl="wordpress", section="Comarca", date="2026-10-05", byline="Iria Castro",
     title="Las obras del puente del Oitavén cortan la carretera de Sotomayor seis semanas",
     sub="Los autobuses de la línea 14 darán un rodeo de 11 kilómetros.",
     caption="El puente sobre el río Oitavén, con las primeras vallas de obra.", credit="Foto: Iria Castro",
     carry=["travel"], choose={"travel": 0},
     body="""
La carretera entre Sotomayor y Ribadelago permanecerá cortada al tráfico durante seis semanas a partir del lunes por las obras de refuerzo del puente sobre el río Oitavén.

Los autobuses de la línea 14 tendrán que dar un rodeo de 11 kilómetros por la carretera de Arcos, lo que añadirá unos 20 minutos a cada trayecto.

## Nuevos horarios

La empresa concesionaria ha adelantado las salidas de primera hora para que los estudiantes lleguen a tiempo al instituto. El primer autobús saldrá a las 6.50 en lugar de a las 7.10.

Los usuarios con abono mensual no pagarán más por el desvío, confirmó la Diputación.

"Para los que vamos a trabajar son seis semanas más de madrugar", se quejaba Manuel Piñeiro en la parada de la plaza.

## Consejos a los conductores

La Diputación pide a los conductores que:

- utilicen el desvío señalizado por Arcos;
- eviten la hora punta de la mañana;
- respeten el límite de 40 km/h en el tramo de obras.

El puente, construido en 1962, presentaba grietas en dos de sus pilas, según una inspección del pasado otoño. La obra costará 1,4 millones de euros.

El alcalde de Sotomayor, Xosé Vilar, pidió paciencia a los vecinos.

"Es mejor cortar ahora que lamentarlo luego", dijo.
"""),

dict(id="h30-es-003", lang="es", tpl="amp", section="Economía", date="2026-03-12", byline="Lucía Herrador",
     title="El mercado de abastos de Alcorza empieza a vender por internet",
     sub="Veinte de los 34 puestos reparten ya a domicilio.",
     caption="La frutera Carmen Aldana prepara un pedido.", credit="Foto: Lucía Herrador",
     low=1, only=["correction"],
     correction="Corrección: en una versión anterior de esta información se decía que la comisión de la tienda en línea era del 8 %. Es del 6 %.",
     body="""
Veinte de los 34 puestos del mercado de abastos de Alcorza venden desde esta semana sus productos a través de una tienda en línea común, con reparto a domicilio en toda la ciudad.

Los pedidos hechos antes de las 12 del mediodía se entregan esa misma tarde. El reparto cuesta 3 euros, y es gratis en compras de más de 40 euros.

## Una cesta para todo el mercado

Los clientes eligen los productos de cada puesto en la misma cesta y pagan una sola vez. Un repartidor recoge los encargos en el mercado y los lleva en una furgoneta eléctrica.

La tienda se puede usar desde el ordenador o con una aplicación para el móvil, y admite pago con tarjeta o Bizum.

"Muchos clientes mayores ya no pueden cargar con la compra", explicó la frutera Carmen Aldana. "Ahora se la llevamos nosotros."

## Los puestos que faltan

La asociación de comerciantes espera que el resto de puestos se sumen antes del verano. Los que no lo han hecho alegan:

- falta de tiempo para preparar los pedidos;
- el coste de la comisión, del 6 %;
- dudas sobre la conservación del pescado fresco.

El proyecto ha costado 85.000 euros, de los que el Ayuntamiento ha pagado la mitad.

"Es eso o ver cómo cierra el mercado", resumió el presidente de la asociación, Tomás Ferrer.
"""),

dict(id="h30-ru-001", lang="ru", tpl="ucoz", site="Администрация Берёзовского сельского поселения", section="Новости",
     date="2026-04-07", byline="Администрация поселения",
     title="Новости поселения теперь можно получать в Telegram",
     sub="За первые три дня на канал подписались 214 человек.",
     caption="Объявление с QR-кодом на доске у магазина.", credit="Фото администрации поселения",
     avoid=["newsletter"],
     body="""
Администрация Берёзовского сельского поселения запустила официальный канал в Telegram. Там будут публиковаться объявления об отключениях воды и света, расписание автобусов и новости поселения.

Глава поселения Ирина Соколова объяснила, что объявления на доске у магазина видят далеко не все.

«Молодёжь давно читает новости в телефоне, а пенсионерам помогут внуки», — сказала она.

## Как подписаться

Подписаться на канал можно по ссылке на главной странице сайта или по QR-коду на доске объявлений. Канал бесплатный, комментарии в нём отключены.

Вопросы и жалобы по-прежнему принимают:

- по телефону администрации в рабочие дни;
- в приёмной главы по вторникам;
- через форму обратной связи на этом сайте.

## Старые способы остаются

Объявления по-прежнему будут вывешивать у магазина и у клуба, а самые важные — зачитывать на сходах граждан.

За первые три дня на канал подписались 214 человек. В поселении живёт около 1 100 жителей.

Администрация просит подписчиков не пересылать объявления с личными данными жителей.

Следующий сход граждан пройдёт 18 апреля в 18:00 в сельском клубе.
"""),

dict(id="h30-ru-002", lang="ru", tpl="ghost", section="Общество", date="2026-11-24", byline="Елена Шварц",
     title="Шахматный клуб при библиотеке отметил десятилетие турниром",
     sub="В турнире сыграли 46 человек в возрасте от семи до 83 лет.",
     caption="Партия Артёма Лапина и Виктора Голованова.", credit="Фото: Елена Шварц",
     low=0,
     body="""
Шахматный клуб при центральной библиотеке Зареченска отметил десятилетие турниром, в котором сыграли 46 человек в возрасте от семи до 83 лет.

Победителем стал 15-летний Артём Лапин. Он выиграл все семь партий, в том числе у своего первого тренера.

## С двух досок до шести столов

Клуб появился в 2016 году, когда библиотекарь Надежда Крылова принесла из дома две доски и повесила объявление у входа.

«Первые полгода приходили три пенсионера и мой сын», — вспоминает она.

Сейчас в клубе занимаются больше 60 человек. Занятия бесплатные и проходят по субботам.

Юбилейный турнир шёл два дня в читальном зале. На это время библиотека сократила часы работы абонемента.

## Планы на следующий год

Библиотека планирует:

- открыть группу для дошкольников;
- раз в месяц проводить турниры по быстрым шахматам;
- найти второго тренера.

Лапин признался, что больше всего волновался в партии со своим тренером.

«Он сказал, что обидится, если я буду ему поддаваться», — рассказал школьник.

Тренер Виктор Голованов проигрыш принял спокойно.

«Значит, хорошо учил», — сказал он.
"""),

dict(id="h30-ru-003", lang="ru", tpl="quintype", section="Транспорт", date="2026-05-26", byline="Дмитрий Рябов",
     title="С 1 июня электрички до Озёрска пойдут по новому расписанию",
     sub="Переполненный утренний поезд заменят двумя рейсами.",
     caption="Пассажиры на платформе в Озёрске.", credit="Фото: Дмитрий Рябов",
     carry=["travel"], choose={"travel": 1},
     body="""
С 1 июня пригородные поезда между областным центром и Озёрском будут ходить по новому расписанию. Об этом сообщила пригородная пассажирская компания.

Главное изменение — утренний поезд в 6:12 отменяется, вместо него назначены два рейса: в 5:48 и в 6:35.

## Почему меняют расписание

По данным компании, утренний поезд был переполнен: в будние дни в нём ехали до 900 пассажиров при 640 сидячих местах.

«Люди ехали стоя больше часа, так дальше нельзя», — сказал заместитель директора компании Олег Титов.

Вечерний поезд из Озёрска будет отправляться на 15 минут позже, в 19:20, чтобы на него успевали работники комбината.

## Что нужно знать пассажирам

Компания напоминает:

- билеты можно купить в мобильном приложении и в кассах;
- абонементы, купленные до 1 июня, действуют до конца срока;
- расписание выходного дня не меняется.

Жительница Озёрска Галина Мишина, которая каждый день ездит на работу в город, новым расписанием довольна.

«Наконец-то можно будет сесть», — сказала она.

Изменения согласованы с областным министерством транспорта.
"""),
]
