# German, French, Spanish, Turkish and Russian stories for the twenty-eighth held-out part (h28-*) of the newsflow
# extraction set. Fictional; written for newsflow. Same markup and extra fields as articles_h28_en.py.
ARTICLES = [
dict(id="h28-tr-001", lang="tr", tpl="amp", section="Yerel", date="2026-04-14", byline="Gökhan Yazıcıoğlu",
     title="Meclis çarşı otoparkının ücretini yarıya indirdi",
     sub="Yeni tarife 1 Mayıs'tan itibaren geçerli olacak.",
     caption="Çarşı katlı otoparkının girişi.", credit="Fotoğraf: Gökhan Yazıcıoğlu",
     low=1, only=["correction"],
     correction="Düzeltme: Haberin önceki sürümünde yeni saatlik ücret 25 lira olarak yazılmıştı. Doğru ücret 20 liradır.",
     body="""
KARAÇAM – Belediye meclisi, çarşıdaki katlı otoparkın saatlik ücretini 40 liradan 20 liraya indirdi. Karar salı akşamki oturumda oy çokluğuyla alındı.

Esnaf, yüksek ücret nedeniyle müşterilerin alışverişi ilçe dışındaki büyük mağazalarda yapmaya başladığından uzun süredir şikâyet ediyordu.

Belediye Başkan Yardımcısı Nurten Akyol, otoparkın son altı ayda ortalama yüzde 35 dolulukla çalıştığını söyledi.

"Boş duran bir otoparktan kimse kazanmıyor," dedi.

Yeni tarifeye göre:

- ilk yarım saat ücretsiz olacak;
- sonraki her saat için 20 lira ödenecek;
- günlük ücret 120 lirayı geçmeyecek.

Muhalefet grubundan Kadir Erdem ise indirimin belediye bütçesinde yılda yaklaşık 3 milyon liralık bir açık yaratacağını savundu. Erdem, bu açığın nasıl kapatılacağının belirsiz olduğunu söyledi.

Çarşı Esnaf Derneği Başkanı Sevim Oral, kararın gecikmiş olsa da doğru olduğunu belirtti. Oral, derneğin üyelerine yeni tarifeyi vitrinlerine asmaları için afiş dağıtacağını söyledi.

Yeni ücretler 1 Mayıs'tan itibaren uygulanacak. Aylık abonelik kartı ise 900 liradan 600 liraya düşürüldü.

Belediye, otopark girişindeki eski tabelaların nisan sonuna kadar değiştirileceğini ve kartla ödeme yapılabilen iki yeni makine konulacağını açıkladı.
"""),

dict(id="h28-tr-002", lang="tr", tpl="chunks", section="Kültür", date="2026-06-02", byline="Derya Koçak",
     title="Kültür merkezinin bahçesinde yaz konserleri başlıyor",
     standfirst="On iki konserin tamamı ücretsiz olacak; ilk sahneyi kent orkestrası alacak.",
     sub="On iki konserin tamamı ücretsiz olacak; ilk sahneyi kent orkestrası alacak.",
     caption="Kültür merkezinin bahçesine kurulan sahne.", credit="Fotoğraf: Derya Koçak",
     carry=["calendar"], choose={"calendar": 0},
     body="""
Yalıkent Kültür Merkezi'nin bahçesinde bu yıl on ikinci kez düzenlenecek yaz konserleri 19 Haziran Cuma akşamı başlıyor.

Eylül başına kadar sürecek dizide her cuma saat 21.00'de bir konser verilecek. Tüm konserler ücretsiz, ancak bahçe 800 kişiyle sınırlı olduğu için kapılar 20.00'de açılacak.

İlk konseri Yalıkent Kent Orkestrası verecek. Orkestra şefi Levent Aksoy, programda film müziklerinin ağırlıkta olacağını söyledi.

"Çocuklar da gelsin, sıkılmasınlar istedik," dedi.

Programda öne çıkan konserler şöyle:

- 3 Temmuz'da Ege türküleri akşamı;
- 24 Temmuz'da üniversite caz topluluğu;
- 21 Ağustos'ta çocuk korosu ve kent orkestrasının ortak konseri.

Kültür merkezi müdürü Şule Tandoğan, yağmur durumunda konserlerin merkezin kapalı salonuna taşınacağını ve salonun yalnızca 300 kişi aldığını hatırlattı. Tandoğan, değişikliklerin merkezin sosyal medya hesaplarından duyurulacağını söyledi.

Bahçeye yiyecek ve içecek getirmek serbest, ancak cam şişe kabul edilmeyecek. Engelli izleyiciler için sahnenin önünde 40 kişilik ayrı bir alan ayrıldı.

Belediye, konser akşamları merkeze giden 12 numaralı otobüsün seferlerini gece yarısına kadar uzatacak.
"""),

dict(id="h28-tr-003", lang="tr", tpl="squarespace", site="Zeytinli Üreticiler Kooperatifi", section="Duyurular",
     date="2024-10-08", byline="Hatice Ergün",
     title="Hasat için gönüllü çağrısı: 40 kişiye ihtiyacımız var",
     sub="Kooperatifin zeytin hasadı 26 Ekim'de başlıyor.",
     caption="Kooperatif bahçesinde geçen yılki hasattan bir kare.", credit="Fotoğraf: Hatice Ergün",
     carry=["archive"], choose={"archive": 1},
     body="""
Sevgili üyelerimiz ve dostlarımız, bu yılki zeytin hasadımız 26 Ekim Cumartesi günü başlıyor ve iki hafta sürecek.

Yaz boyunca yağan yağmurlar sayesinde ağaçlarımız geçen yıla göre çok daha dolu. Tahminimize göre 38 ton zeytin toplayacağız. Bu da her zamankinden fazla ele ihtiyacımız olduğu anlamına geliyor.

## Kimleri arıyoruz

Hafta sonları için en az 40 gönüllüye ihtiyacımız var. Daha önce zeytin toplamış olmanız gerekmiyor; ilk sabah kısa bir tanıtım yapacağız.

Gönüllülerden istediklerimiz:

- kapalı ayakkabı ve eldiven;
- şapka ve su şişesi;
- en az yarım gün kalabilmek.

Öğle yemeğini kooperatif mutfağı hazırlayacak. Her gönüllü, hasat sonunda kendi payına bir şişe sızma zeytinyağı alacak.

## Nasıl katılabilirsiniz

Katılmak isteyenlerin adını ve gelebileceği günleri kooperatif bürosuna bildirmesi yeterli. Büroyu hafta içi 09.00 ile 17.00 arasında 0232 555 41 87 numarasından arayabilirsiniz.

Kooperatif başkanımız Mustafa Öztürk'ün her yıl söylediği gibi:

"Bu zeytinler hepimizin," dedi.

Geçen yıl 52 gönüllü bize katılmıştı ve hasadı planlanandan iki gün önce bitirmiştik. Bu yıl o sayıyı geçmeyi umuyoruz.
"""),

dict(id="h28-de-001", lang="de", tpl="kirby", site="Kessental Kurier", section="Stadt", date="2026-05-12",
     byline="Lena Brückner",
     title="Lindenallee wird Fahrradstraße: Was sich ab Juni ändert",
     sub="Autos dürfen weiter fahren, aber nur noch als Anlieger und mit Tempo 30.",
     caption="Die Lindenallee zwischen Bahnhof und Marktplatz.", credit="Foto: Lena Brückner",
     tags=["Verkehr", "Radverkehr", "Innenstadt"],
     carry=["toc", "map"], choose={"toc": 0, "map": 0},
     body="""
KESSENTAL – Die Lindenallee wird ab dem 1. Juni zur Fahrradstraße. Das hat der Bau- und Verkehrsausschuss am Dienstagabend mit neun zu vier Stimmen beschlossen.

Auf dem 1,4 Kilometer langen Abschnitt zwischen Bahnhof und Marktplatz haben dann Radfahrerinnen und Radfahrer Vorrang. Sie dürfen nebeneinander fahren.

## Was für Autofahrer gilt

Autos sind weiter erlaubt, allerdings nur für Anlieger und höchstens mit Tempo 30. Die 38 Parkplätze auf der Westseite bleiben erhalten, die zwölf auf der Ostseite fallen weg.

Lieferverkehr für die Geschäfte ist werktags bis 11 Uhr frei.

## Warum die Stadt das macht

Nach einer Zählung im vergangenen Herbst fahren an Werktagen rund 2.300 Räder durch die Allee, aber nur 1.100 Autos. Im Jahr 2025 gab es dort 14 Unfälle mit Radfahrenden.

Verkehrsdezernent Holger Wiesmann sprach von einem überfälligen Schritt.

„Die Straße gehört längst den Rädern“, sagte er.

## Kritik vom Handel

Der Gewerbeverein befürchtet dagegen weniger Kundschaft. Die Vorsitzende Katrin Odenthal forderte:

- Kurzzeitparkplätze vor der Apotheke und der Bäckerei;
- eine Ausnahme für Taxis;
- eine Überprüfung nach einem Jahr.

Die Stadt hat zugesagt, die Regelung nach zwölf Monaten zu überprüfen. Eine Karte mit der neuen Beschilderung liegt im Bürgerbüro aus.
"""),

dict(id="h28-de-002", lang="de", tpl="storybody", section="Region", date="2026-11-24", byline="Matthias Engelhardt",
     title="Adventsmarkt zieht auf den Schlossplatz",
     sub="Die Hälfte der Standgebühren geht in diesem Jahr an die Tafel.",
     caption="Aufbau der Buden auf dem Schlossplatz.", credit="Foto: Matthias Engelhardt",
     carry=["calendar"], choose={"calendar": 1},
     body="""
Der Adventsmarkt in Wallersheim findet in diesem Jahr zum ersten Mal auf dem Schlossplatz statt. Der bisherige Standort am Rathaus ist wegen der Sanierung der Tiefgarage gesperrt.

Der Markt öffnet am Freitag, 27. November, und läuft bis zum 23. Dezember. Geöffnet ist täglich von 11 bis 20 Uhr, freitags und samstags bis 21 Uhr.

Insgesamt 46 Buden haben sich angemeldet, sechs mehr als im Vorjahr. Neu sind unter anderem ein Stand mit Plätzchen aus einer inklusiven Backstube und eine Holzwerkstatt, in der Kinder Sterne sägen können.

Organisatorin Gabriele Fuchs vom Stadtmarketing sagte, der neue Platz sei größer und besser zu erreichen.

„Wir hatten Sorge, dass die Leute uns nicht finden. Die Sorge ist weg“, sagte sie.

Die Hälfte der Standgebühren geht in diesem Jahr als Spende an die Wallersheimer Tafel. Außerdem stehen an drei Buden Sammelboxen für haltbare Lebensmittel.

Für Besucher gilt:

- Parken ist am Schlossplatz nicht möglich;
- die Buslinien 3 und 7 fahren an Markttagen im 15-Minuten-Takt;
- Hunde sind an der Leine erlaubt.

Am 6. Dezember kommt der Nikolaus um 16 Uhr mit der Kutsche. Fotos mit ihm sind an einer eigenen Bude möglich, der Erlös geht ebenfalls an die Tafel.
"""),

dict(id="h28-de-003", lang="de", tpl="typo3", site="Wasserverband Obere Rauna", section="Aktuelles", date="2024-08-21",
     byline="Pressestelle",
     title="Abkochgebot für Hainfeld und Streitau aufgehoben",
     sub="Die letzten drei Proben waren ohne Befund.",
     caption="Probenahme am Hochbehälter Hainfeld.", credit="Foto: Wasserverband Obere Rauna",
     carry=["archive"], choose={"archive": 0},
     body="""
Das Trinkwasser in Hainfeld und Streitau kann ab sofort wieder ohne Abkochen getrunken werden. Das Gesundheitsamt hat das Abkochgebot am Mittwochmittag aufgehoben.

In der vergangenen Woche waren bei einer Routineprobe im Hochbehälter Hainfeld coliforme Bakterien gefunden worden. Daraufhin hatte der Verband rund 3.200 Haushalte gewarnt.

Als Ursache vermuten die Techniker einen beschädigten Lüftungsdeckel, durch den nach dem Starkregen Oberflächenwasser eindringen konnte. Der Deckel wurde ersetzt, das Netz gespült und vorübergehend gechlort.

Die drei folgenden Proben waren ohne Befund.

Verbandsvorsteher Reinhard Kolbe dankte den Bürgerinnen und Bürgern für ihre Geduld.

„Die Warnung war richtig, und sie hat funktioniert“, sagte er.

Der Verband empfiehlt den betroffenen Haushalten:

- alle Wasserhähne einige Minuten laufen zu lassen;
- Perlatoren an den Armaturen zu reinigen;
- Wasserfilter und Sprudlerflaschen auszutauschen oder zu reinigen.

Der leichte Chlorgeruch kann noch einige Tage wahrnehmbar sein und ist gesundheitlich unbedenklich.

Fragen beantwortet der Verband werktags von 8 bis 16 Uhr unter der Telefonnummer 06621 4470-0.
"""),

dict(id="h28-fr-001", lang="fr", tpl="wordpress", section="Éducation", date="2026-03-18", byline="Solène Marquet",
     title="Harcèlement en ligne : un collège de Bréval forme ses élèves à réagir",
     sub="Des ateliers d'une heure par semaine pour toutes les classes de cinquième.",
     caption="Un atelier au collège Jean-Moulin de Bréval.", credit="Photo : Solène Marquet",
     carry=["toc", "helpline"], choose={"toc": 1, "helpline": 0},
     body="""
BRÉVAL – Depuis janvier, les élèves de cinquième du collège Jean-Moulin passent une heure par semaine à apprendre comment réagir face au harcèlement sur les réseaux sociaux.

L'idée est venue d'une enquête menée l'an dernier auprès de 410 élèves. Un sur quatre disait avoir déjà reçu des messages humiliants, et la plupart n'en avaient parlé à aucun adulte.

## Ce que les élèves apprennent

Les ateliers sont animés par la conseillère principale d'éducation, Agnès Rolland, et par une association locale. Les élèves y apprennent à :

- faire une capture d'écran avant de bloquer un compte ;
- signaler un contenu sur les principales applications ;
- ne pas partager une photo reçue sans l'accord de la personne.

« Le pire, c'est le silence », explique Agnès Rolland.

## Les premiers résultats

En deux mois, le nombre de signalements faits aux adultes du collège a doublé. Pour la direction, ce n'est pas une mauvaise nouvelle : les élèves osent enfin parler.

Lina, 12 ans, a suivi les ateliers.

« Maintenant je sais quoi faire », dit-elle.

## Et les parents ?

Le collège organise aussi une réunion pour les familles le 2 avril à 18 heures. Les parents pourront y poser leurs questions sur le contrôle parental et les règles de confidentialité des applications.

Le principal, Hervé Castagné, souhaite étendre les ateliers aux classes de quatrième à la rentrée.
"""),

dict(id="h28-fr-002", lang="fr", tpl="magazine", section="Portraits", date="2024-02-06", byline="Yannick Dubreuil",
     title="Le dernier horloger de Vernay ferme boutique après 51 ans",
     sub="Gérard Tissier a réparé plus de 30 000 montres dans son atelier de la rue des Tanneurs.",
     caption="Gérard Tissier dans son atelier.", credit="Photo : Yannick Dubreuil",
     pull="Une montre, ça se soigne comme un patient",
     carry=["archive", "series"], choose={"archive": 1, "series": 0},
     body="""
Dans l'atelier de la rue des Tanneurs, à Vernay, les pendules se sont tues une à une. Samedi, Gérard Tissier, 74 ans, a baissé pour la dernière fois le rideau de la boutique qu'il tenait depuis 1973.

Il estime avoir réparé plus de 30 000 montres au cours de sa carrière, des montres de gousset héritées d'un grand-père aux premières montres à quartz.

« Une montre, ça se soigne comme un patient », dit-il.

## Un métier appris à Besançon

Fils d'un cheminot, il est entré à 15 ans à l'école d'horlogerie de Besançon. Il a ensuite travaillé quatre ans chez un fabricant du Doubs avant de racheter l'atelier de Vernay à un vieil horloger sans successeur.

Pendant des décennies, la boutique a vécu surtout des réparations. Les ventes de montres neuves n'ont jamais dépassé un tiers du chiffre d'affaires.

## Personne pour reprendre

Gérard Tissier a cherché un repreneur pendant trois ans. Deux jeunes horlogers sont venus visiter l'atelier, mais aucun n'a pu réunir les 40 000 euros nécessaires au rachat du matériel.

Ses outils partiront en partie au musée de l'horlogerie de Morteau. Il gardera son établi, qu'il installera dans son garage.

« Je réparerai encore celles des amis », sourit-il.

Les clients qui ont encore une montre en réparation peuvent la récupérer à la mairie jusqu'au 29 février.
"""),

dict(id="h28-fr-003", lang="fr", tpl="medium", section="Coulisses", date="2026-09-15", byline="Clémence Aubry",
     title="Pourquoi nous lançons une lettre d'information locale gratuite",
     sub="Chaque jeudi, l'essentiel de ce qui se passe à Saint-Loubès et alentour.",
     caption="La rédaction de Saint-Loubès Ensemble.", credit="Photo : Clémence Aubry",
     body="""
Depuis la fermeture de l'édition locale du quotidien régional, il y a deux ans, plus personne ne suit les conseils municipaux de Saint-Loubès et des quatre communes voisines.

Nous sommes trois anciens correspondants de presse, et nous avons décidé de combler ce vide à notre façon.

## Ce que nous allons faire

À partir du 24 septembre, nous publierons chaque jeudi une lettre d'information gratuite. Elle contiendra :

- un compte rendu des décisions des conseils municipaux ;
- les travaux, fermetures de routes et coupures prévues ;
- un portrait d'un habitant ou d'une association.

Nous n'aurons pas de publicité. Nous ne revendrons jamais les adresses de nos lecteurs.

## Comment nous comptons tenir

Nous avons fait nos calculs. Pour couvrir les frais d'hébergement, d'assurance et un peu de temps de travail, il nous faudrait environ 300 donateurs réguliers à 5 euros par mois.

Ce n'est pas un abonnement : tout le monde pourra lire la lettre, qu'il donne ou non.

Nous savons que d'autres projets de ce type ont échoué. Celui de nos voisins du Créonnais s'est arrêté au bout de huit mois, faute de temps.

« On a appris de leurs erreurs », résume Julien Ferrand, l'un des trois fondateurs.

Notre premier numéro portera sur le projet de lotissement du Pas-de-l'Âne, qui sera discuté au conseil municipal le 29 septembre.
"""),

dict(id="h28-es-001", lang="es", tpl="semantic", section="Local", date="2026-07-28", byline="Nerea Aldabe",
     title="Corte de agua de doce horas en el casco antiguo de Almazán de Riba",
     sub="Los trabajos afectan a unas 1.800 viviendas.",
     caption="Operarios en la calle de la Fuente.", credit="Foto: Nerea Aldabe",
     low=0,
     body="""
ALMAZÁN DE RIBA – Unas 1.800 viviendas del casco antiguo se quedarán sin agua el próximo jueves entre las 8.00 y las 20.00 por la sustitución de una tubería principal en la calle de la Fuente.

La empresa municipal de aguas explicó que la tubería, de fibrocemento, tiene más de 60 años y ha sufrido cuatro roturas desde enero.

Las calles afectadas son:

- calle de la Fuente y plaza del Olmo;
- calle Mayor, entre los números 1 y 48;
- travesía de los Herreros y callejón del Pozo.

El concejal de Servicios, Iñaki Garmendia, pidió disculpas por las molestias y recordó que el corte se ha fijado en un día laborable para no afectar a los bares y restaurantes durante el fin de semana.

"Es un día malo para evitar muchos días peores", dijo.

La empresa instalará dos camiones cisterna, uno en la plaza del Olmo y otro junto a la iglesia de San Esteban. Los vecinos deberán llevar sus propios recipientes.

Las personas mayores o con movilidad reducida que necesiten que les lleven agua a casa pueden llamar al teléfono de atención ciudadana antes del miércoles a las 14.00.

El Ayuntamiento recomienda llenar algunos recipientes la víspera y no usar lavadoras ni lavavajillas hasta que se normalice la presión, porque el agua puede salir turbia durante las primeras horas.
"""),

dict(id="h28-es-002", lang="es", tpl="drupal", section="Sucesos", date="2026-10-06", byline="Joaquín Berrocal",
     title="La Guardia Civil alerta de una oleada de estafas por SMS a mayores de la comarca",
     sub="Cuarenta y tres vecinos han denunciado en un mes mensajes que suplantan a su banco.",
     caption="Uno de los mensajes fraudulentos recibidos por un vecino.", credit="Foto: Joaquín Berrocal",
     carry=["toc"], choose={"toc": 1},
     body="""
La Guardia Civil ha recibido en el último mes 43 denuncias de vecinos de la comarca del Alto Jarama que han sido víctimas de mensajes SMS que suplantan a su banco. La mayoría tiene más de 65 años.

Los estafadores han conseguido más de 96.000 euros en total. La cantidad más alta robada a una sola persona es de 14.500 euros.

## Cómo funciona el engaño

El mensaje avisa de un supuesto cargo sospechoso y pide pulsar un enlace para cancelarlo. El enlace lleva a una página que copia la del banco, donde la víctima introduce sus claves.

Después, alguien llama haciéndose pasar por empleado del banco y pide el código que llega al móvil.

"El banco nunca te va a pedir ese código por teléfono", explicó el sargento Esteban Carreño.

## Qué hacer

Los agentes recomiendan:

- no pulsar enlaces de mensajes que piden datos;
- llamar al banco al número que aparece en la tarjeta;
- no compartir nunca contraseñas ni códigos;
- denunciar aunque no se haya perdido dinero.

## Charlas en los centros de mayores

La Guardia Civil dará charlas en los hogares del jubilado de Torrelaguna, Valdemanco y Patones durante octubre. La primera será el día 14 a las 11.00.

Purificación Ruiz, de 78 años, perdió 2.300 euros en septiembre.

"Me daba vergüenza contarlo", dijo.
"""),

dict(id="h28-es-003", lang="es", tpl="quintype", section="Deportes", date="2026-04-09", byline="Sara Ugarte",
     title="La media maratón cortará el centro de Vilaseca el domingo",
     sub="Participarán 3.400 corredores, un récord para la prueba.",
     caption="La salida de la edición del año pasado.", credit="Foto: Sara Ugarte",
     carry=["calendar"], choose={"calendar": 0},
     body="""
VILASECA – La decimoquinta Media Maratón de Vilaseca se correrá este domingo con 3.400 inscritos, la cifra más alta de su historia, y obligará a cortar el tráfico en buena parte del centro entre las 8.00 y las 12.30.

La salida será a las 9.00 en el paseo del Parque y la meta estará en la plaza de la Constitución. El recorrido pasa dos veces por la avenida del Mar.

El concejal de Deportes, Ferran Solé, pidió paciencia a los conductores.

"Son cuatro horas y media al año", dijo.

Las principales afectaciones serán:

- avenida del Mar y calle Sant Pere, cerradas de 8.00 a 12.30;
- los autobuses urbanos se desviarán por la ronda Nord;
- el aparcamiento de la plaza de la Constitución estará cerrado desde el sábado por la noche.

La organización busca todavía 60 voluntarios para los puestos de avituallamiento. Quienes quieran colaborar pueden apuntarse en el polideportivo municipal hasta el viernes.

Entre los favoritos está el vecino de Vilaseca Adrià Puig, que ganó la prueba en 2024 con un tiempo de 1 hora, 6 minutos y 41 segundos.

También correrá por primera vez un grupo de 25 alumnos del instituto Mediterrània, que han entrenado durante tres meses con su profesor de Educación Física.

La entrega de dorsales será el sábado de 10.00 a 20.00 en el polideportivo.
"""),

dict(id="h28-ru-001", lang="ru", tpl="cms", section="ЖКХ", date="2026-03-05", byline="Ольга Першина",
     title="Капремонт на улице Строителей: что ждёт жильцов",
     sub="В шести домах заменят крыши, лифты и трубы.",
     caption="Дом № 14 на улице Строителей.", credit="Фото: Ольга Першина",
     carry=["toc", "chart"], choose={"toc": 0, "chart": 0},
     body="""
В Заречном этим летом начнётся капитальный ремонт шести пятиэтажек на улице Строителей. Работы обойдутся в 118 миллионов рублей и продлятся до конца октября.

Дома построены в 1968–1971 годах, и за всё это время в них ни разу не меняли коммуникации.

## Что будут ремонтировать

По данным регионального фонда капремонта, в домах:

- заменят кровли и утеплят чердаки;
- проложат новые трубы холодной и горячей воды;
- установят 12 новых лифтов в двух девятиэтажных корпусах.

Больше всего денег уйдёт на трубы — около 46 миллионов рублей.

## Как это скажется на жильцах

Горячую воду в каждом подъезде будут отключать примерно на три недели. Фонд обещает заранее вывешивать объявления.

Председатель совета дома № 14 Валентина Гречко говорит, что жильцы ждали ремонта больше десяти лет.

«Лишь бы сделали по-людски», — сказала она.

## Кто будет проверять работы

Приёмку работ проведут представители фонда, администрации и совета каждого дома. Жильцы могут прийти на собрание 17 марта в 18:00 в школе № 3, где подрядчик покажет график работ.

Заместитель главы города Артём Лыков пообещал, что жалобы будут рассматривать в течение трёх дней.
"""),

dict(id="h28-ru-002", lang="ru", tpl="nextjs", section="Город", date="2024-09-17", byline="Игорь Самсонов",
     title="Куда ушли дорожные деньги: разбор трёх лет ремонтов",
     sub="Мы изучили 214 контрактов городской администрации.",
     caption="Ремонт дороги на проспекте Мира.", credit="Фото: Игорь Самсонов",
     carry=["archive", "series"], choose={"archive": 0, "series": 1},
     body="""
За три последних года город потратил на ремонт дорог 1,9 миллиарда рублей. Мы изучили 214 контрактов, опубликованных на портале госзакупок, чтобы понять, куда ушли эти деньги.

Больше всего средств — почти 40 процентов — получили три подрядчика. Все они зарегистрированы в нашем же регионе.

## Где ремонтировали чаще всего

Проспект Мира за три года ремонтировали четыре раза. Общая сумма контрактов на этом участке составила 163 миллиона рублей.

При этом на 37 улицах частного сектора за то же время не было ни одного ремонта.

Житель улицы Калинина Сергей Долгов говорит, что пишет обращения с 2019 года.

«Нам отвечают, что денег нет», — сказал он.

## Что говорят в администрации

В управлении благоустройства объяснили, что проспект Мира — главная транспортная артерия и ремонтируется по нормативам чаще других.

Начальник управления Виктор Ершов признал, что гарантийные ремонты на проспекте проводились за счёт подрядчика не во всех случаях.

По его словам, в следующем году город планирует:

- отремонтировать 12 улиц частного сектора;
- ввести штрафы для подрядчиков за повторные ямы;
- публиковать карту ремонтов на сайте администрации.

Мы направили запросы всем трём подрядчикам. На момент публикации ответил только один.
"""),

dict(id="h28-ru-003", lang="ru", tpl="regional", section="Происшествия", date="2026-08-11", byline="Марина Тихонова",
     title="Владельца собак оштрафовали после нападения на школьника",
     sub="Мальчик провёл в больнице неделю.",
     caption="Двор на улице Лесной, где произошло нападение.", credit="Фото: Марина Тихонова",
     carry=["warning"], choose={"warning": 0},
     body="""
Мировой суд Сосновского района оштрафовал владельца двух собак, которые в июне напали на 11-летнего школьника во дворе на улице Лесной.

Мальчик возвращался из магазина. Собаки выбежали из открытой калитки частного дома и покусали его за руки и ногу. Ребёнок провёл неделю в детской больнице.

Суд признал хозяина собак, 46-летнего местного жителя, виновным в нарушении правил содержания животных и назначил штраф в 30 тысяч рублей.

Мать мальчика Екатерина Федосова считает наказание слишком мягким.

«Сын до сих пор боится выходить во двор», — сказала она.

Семья собирается подать гражданский иск о возмещении расходов на лечение и морального вреда.

Соседи рассказали, что жаловались на собак и раньше. По их словам, животные несколько раз выбегали на улицу весной.

В администрации района напомнили, что владельцы собак обязаны:

- держать животных в огороженном месте;
- выгуливать их только на поводке;
- повесить на калитку табличку с предупреждением.

Участковые проведут проверку частного сектора на улицах Лесной и Сосновой в течение августа.
"""),
]
