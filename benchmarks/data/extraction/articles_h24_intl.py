# Turkish, German, French, Spanish and Russian stories for the twenty-fourth held-out part (h24-*) of the
# newsflow extraction set. Fictional; written for newsflow. Markup and extra fields as in articles_h24_en.py
# (standfirst: the chunks lead).
ARTICLES = [
dict(id="h24-tr-001", lang="tr", tpl="bitrix", section="Yerel", date="2026-04-13", byline="Burak Yazıcıoğlu",
     title="Ilıca'da yedi mahallede iki gün su kesintisi: 12 bin abone etkilenecek",
     sub="Belediye, 1978'de döşenen ana isale hattının 40 metrelik bölümünü tamamen yenileyecek.",
     caption="Çamlık Mahallesi'nde boru değişimi için kazı çalışması.", credit="Fotoğraf: Ilıca Belediyesi",
     body="""
Ilıca Belediyesi, ana isale hattındaki arıza nedeniyle 14 ve 15 Nisan tarihlerinde ilçenin yedi mahallesine su verilemeyeceğini açıkladı.

Belediyeden yapılan açıklamaya göre kesinti Çamlık, Yenidoğan, Hürriyet, Saray, Kocatepe, Bahçelievler ve Menekşe mahallelerinde yaklaşık 12 bin aboneyi etkileyecek.

## Boru 1978'den kalma

Arızanın, barajdan ilçeye su taşıyan ve 1978'de döşenen çelik boruda meydana geldiği belirtildi. Su ve Kanalizasyon Müdürü Serkan Aydemir, borunun yaklaşık 40 metrelik bölümünün tamamen yenileneceğini söyledi.

"Geçici yamayla bu yazı çıkaramayız. İki gün sabır istiyoruz ama sorunu kökünden çözeceğiz," dedi Aydemir.

## Tankerlerle su dağıtılacak

Kesinti süresince mahallelere belediyenin sekiz tankeriyle içme suyu dağıtılacak. Tankerler şu noktalarda bekleyecek:

- Çamlık Camii önü;
- Yenidoğan pazar yeri;
- Kocatepe Sağlık Ocağı bahçesi.

Yatağa bağlı hastası olan ya da yardıma ihtiyaç duyan vatandaşların belediyenin 153 numaralı hattını araması istendi.

## Faturalara yansımayacak

Belediye, kesinti nedeniyle abonelerin faturalarında herhangi bir değişiklik olmayacağını, sayaçlarda hava nedeniyle oluşabilecek sapmaların da tek tek kontrol edileceğini duyurdu.

Çamlık Mahallesi muhtarı Fadime Koç, kesintinin önceden duyurulmasını olumlu bulduğunu ancak iki günün yaşlılar için uzun olduğunu söyledi: "Bidonlarımızı şimdiden dolduruyoruz."
"""),

dict(id="h24-tr-002", lang="tr", tpl="portal", section="Kültür", date="2026-05-08", byline="Deniz Karaca",
     title="Emekli balıkçının 45 yıllık fotoğrafları ilk kez sergileniyor",
     sub="Hasan Ertürk'ün teknede çektiği 86 kare Sahil Kültür Evi'nde.",
     caption="Serginin açılışında Hasan Ertürk ziyaretçilere fotoğrafları anlatıyor.", credit="Foto: Deniz Karaca",
     body="""
Kırk yıl boyunca Karaburun açıklarında balık tutan Hasan Ertürk'ün teknede çektiği fotoğraflar, Sahil Kültür Evi'nde ilk kez sergileniyor.

"Denizden Kareler" adlı sergide 1974 ile 2019 arasında çekilmiş 86 siyah beyaz ve renkli fotoğraf yer alıyor. Fotoğrafların çoğu, Ertürk'e babasından kalan eski bir makineyle çekilmiş.

## Ağlar, martılar, fırtınalar

Sergide ağ toplayan balıkçılar, limana dönen tekneler ve 1987'deki büyük fırtınada batan "Yıldız" teknesinin son fotoğrafı da bulunuyor.

77 yaşındaki Ertürk, fotoğraflarını sergilemeyi hiç düşünmediğini söyledi: "Ben bunları kendim için çektim. Torunum bilgisayara aktarınca, herkes görsün dedi."

## Ziyaretçi sayısı beklentiyi aştı

Kültür Evi Müdürü Sevgi Aktaş, açılıştan bu yana sergiyi iki binden fazla kişinin gezdiğini belirtti. Aktaş, ziyaretçiler arasında fotoğraflarda kendi babasını ya da dedesini tanıyanların da olduğunu anlattı.

"Bir kadın, dedesinin ağ örerken çekilmiş fotoğrafının önünde yarım saat durdu," dedi Aktaş.

Sergi, 30 Haziran'a kadar hafta içi 10.00 ile 18.00 arasında ücretsiz gezilebilecek. Cumartesi günleri saat 14.00'te Ertürk, ziyaretçilere fotoğrafların hikâyesini kendisi anlatacak.
"""),

dict(id="h24-tr-003", lang="tr", tpl="legacy-br", section="Ekonomi", date="2026-09-22", byline="Meltem Özkaya",
     title="Kapanan leblebi atölyesini köyün kadınları yeniden açtı",
     sub="Sarıbey'de 23 kadının kurduğu kooperatif günde 300 kilo leblebi üretiyor.",
     caption="Kooperatif ortakları kavurma kazanının başında.", credit="Fotoğraf: Meltem Özkaya",
     body="""
Sarıbey köyünde 2019'da kapanan leblebi atölyesi, köydeki 23 kadının kurduğu kooperatifle yeniden üretime başladı.

Atölye, köyün en yaşlı leblebi ustası Rıza Kaplan'ın emekli olmasıyla kapanmıştı. Kooperatif başkanı Gülsüm Ateş, ustanın ocakları ve kavurma kazanlarını kooperatife ücretsiz bıraktığını söyledi.

"Rıza amca üç ay boyunca her sabah geldi, bize kavurmayı öğretti. Hâlâ uğrayıp tadına bakıyor," dedi Ateş.

## Günde 300 kilo

Kooperatif şu anda günde yaklaşık 300 kilo leblebi üretiyor. Sarı leblebi, şekerli leblebi ve karışık çerez paketleri ilçedeki 14 bakkalda ve iki markette satılıyor.

Kooperatif, atölyenin elektrik tesisatını ve çatısını yenilemek için İl Tarım Müdürlüğü'nün kırsal kalkınma hibesinden 420 bin lira aldı.

## Kadınlara düzenli gelir

Kooperatifin ortakları atölyede sırayla çalışıyor ve kazancı eşit olarak paylaşıyor. Ateş, köyde ilk kez bu kadar çok kadının kendi adına düzenli gelir elde ettiğini vurguladı.

Kooperatif gelecek yıl nohut tarlalarını genişletmeyi ve ürünlerini internet üzerinden satmayı planlıyor. İlk siparişlerin, gurbetteki Sarıbeylilerden gelmesi bekleniyor. "Sarıbey leblebisinin adını yeniden duyuracağız," dedi Ateş.
"""),

dict(id="h24-de-001", lang="de", tpl="drupal", section="Rathaus", date="2026-03-25", byline="Katrin Uhlemann",
     title="Wendelsheim stellt das gedruckte Amtsblatt ein",
     sub="Ab Juli gibt es die Bekanntmachungen nur noch im Netz und als Newsletter. Der Seniorenbeirat protestiert.",
     caption="Die letzte Ausgabe des Amtsblatts liegt im Bürgerbüro aus.", credit="Foto: Katrin Uhlemann",
     body="""
Die Stadt Wendelsheim stellt ihr gedrucktes Amtsblatt zum 1. Juli ein. Die amtlichen Bekanntmachungen erscheinen dann nur noch auf der Internetseite der Stadt und in einem wöchentlichen Newsletter.

Das hat der Gemeinderat am Dienstagabend mit 19 zu 7 Stimmen beschlossen. Die Stadt spart damit nach eigenen Angaben rund 38.000 Euro im Jahr für Druck und Verteilung.

## Unterschriften gegen die Umstellung

Der Seniorenbeirat hatte vor der Sitzung 640 Unterschriften gegen den Plan gesammelt. Viele ältere Menschen nutzten kein Internet und erführen dann nicht mehr, wann Straßen gesperrt oder Bebauungspläne ausgelegt würden, sagte die Vorsitzende Ingrid Wallner.

„Das Amtsblatt war für viele die einzige Verbindung zum Rathaus“, sagte Wallner.

## Ausdrucke im Bürgerbüro

Bürgermeister Jochen Albrecht versprach, niemand werde abgehängt. Die Stadt will:

- jede Ausgabe im Bürgerbüro und in den drei Ortsverwaltungen ausgedruckt auslegen;
- auf Wunsch eine gedruckte Fassung kostenlos per Post verschicken;
- im Herbst prüfen, wie viele Menschen dieses Angebot nutzen.

Wer den Newsletter abonnieren möchte, kann sich auf der Internetseite der Stadt oder persönlich im Bürgerbüro anmelden. Bis Mittwochmittag hatten sich nach Angaben der Verwaltung bereits 1.150 Haushalte eingetragen.

Wallner kündigte an, der Seniorenbeirat werde im Herbst genau nachzählen, ob das Angebot bei den Älteren ankommt.
"""),

dict(id="h24-de-002", lang="de", tpl="brightspot", section="Kultur", date="2026-02-18", byline="Florian Steinhauser",
     title="Foto vom versunkenen Dorf gewinnt den Fotowettbewerb des Landkreises",
     sub="Der 16-jährige Leon Brandner hat die Mauerreste von Altweiden bei Niedrigwasser fotografiert.",
     caption="Das Siegerbild: Mauerreste von Altweiden im Stausee.", credit="Foto: Leon Brandner",
     body="""
Ein Foto des 16-jährigen Leon Brandner aus Oberweiden hat den Fotowettbewerb „Unser Tal“ des Landkreises gewonnen. Es zeigt die Mauerreste des Dorfes Altweiden, die im vergangenen Sommer bei Niedrigwasser aus dem Stausee ragten.

Die Jury wählte das Bild aus 412 Einsendungen aus. Der Preis ist mit 1.000 Euro dotiert.

## Das Dorf unter dem Wasser

Altweiden wurde 1961 geräumt, als der Stausee angelegt wurde. Rund 180 Menschen mussten damals umziehen, die meisten nach Oberweiden.

Brandners Großvater wurde in Altweiden geboren. „Er hat mir die Stelle gezeigt, wo sein Elternhaus stand“, sagte der Schüler. „Ich bin dann mit dem Kajak hingefahren und habe gewartet, bis das Licht passt.“

## Ausstellung im Landratsamt

Die Jury lobte, das Foto erzähle eine Geschichte, die viele Jüngere nicht mehr kennen. Den zweiten Platz belegte eine Aufnahme von Nebel über den Weinbergen bei Kallstein, den dritten ein Bild vom Wochenmarkt in Oberweiden.

Die 30 besten Fotos sind bis Ende März im Foyer des Landratsamts zu sehen, montags bis freitags von 8 bis 16 Uhr. Der Eintritt ist frei.

Brandner will das Preisgeld für ein neues Objektiv ausgeben. Sein Großvater, sagte er, habe das Bild inzwischen über dem Sofa hängen.
"""),

dict(id="h24-de-003", lang="de", tpl="semantic", section="Polizei", date="2026-07-07", byline="Andrea Fichtner",
     title="Neuer Kontaktbeamter für die Altstadt: Murat Öztürk übernimmt",
     sub="Sein Vorgänger Hans-Peter Kübler geht nach 22 Jahren in den Ruhestand.",
     caption="Murat Öztürk auf dem Marktplatz von Kirchhain.", credit="Foto: Polizeipräsidium",
     low=0,
     body="""
Die Altstadt von Kirchhain hat einen neuen Kontaktbereichsbeamten. Polizeioberkommissar Murat Öztürk hat am Montag die Nachfolge von Hans-Peter Kübler angetreten, der nach 22 Jahren in den Ruhestand gegangen ist.

Öztürk ist 38 Jahre alt und war zuletzt im Streifendienst in der Kreisstadt tätig. Er wird zu Fuß und mit dem Fahrrad in der Altstadt unterwegs sein, vor allem an Markttagen und am Abend.

„Ich möchte, dass man mich anspricht, nicht nur, wenn etwas passiert ist“, sagte Öztürk bei seiner Vorstellung im Rathaus.

## Sprechstunde im Bürgerhaus

Einmal pro Woche, dienstags von 15 bis 17 Uhr, bietet Öztürk eine Sprechstunde im Bürgerhaus am Marktplatz an. Dort können Anwohnerinnen und Anwohner Kontakt zu ihm aufnehmen, ohne zur Wache fahren zu müssen.

Zu den Themen, die ihn zuerst beschäftigen werden, gehören nach Angaben der Polizei:

- Lärm an den Wochenenden rund um den Brunnenplatz;
- zu schnell fahrende E-Scooter in der Fußgängerzone;
- Trickbetrug an älteren Menschen an der Haustür.

## Abschied nach 22 Jahren

Sein Vorgänger Kübler wurde am Freitag mit einem Empfang im Ratssaal verabschiedet. Bürgermeisterin Sabine Pfaff sagte, er habe die Altstadt „besser gekannt als jeder Stadtplan“.

Kübler selbst will nach eigenen Worten vor allem eines tun: „Endlich einmal auf dem Markt einkaufen, ohne dass jemand eine Anzeige erstatten will.“
"""),

dict(id="h24-fr-001", lang="fr", tpl="spip", site="La Gazette du Val d'Auzon", section="Actualité du Val",
     date="2026-03-05", byline="Hélène Sabatier",
     title="À Saint-Amans, la médiathèque prête désormais des graines",
     sub="Une grainothèque a pris place près de l'accueil. Le principe : on emprunte, on sème, on rapporte.",
     caption="La grainothèque occupe un ancien fichier en bois à tiroirs.", credit="Photo H. Sabatier",
     body="""
Depuis le 2 mars, les abonnés de la médiathèque de Saint-Amans peuvent emprunter des graines en plus des livres. La grainothèque installée près de l'accueil propose déjà une soixantaine de variétés de légumes, de fleurs et d'aromatiques.

Le principe est simple : on prend un sachet, on sème, et à la fin de la saison on rapporte une partie des graines récoltées pour que d'autres puissent en profiter.

## Une idée venue des jardins partagés

L'idée vient de l'association des jardins partagés du Pradel, qui échangeait déjà des semences entre ses 40 adhérents. « On avait trop de graines de tomates et pas assez de monde pour les semer », sourit sa présidente, Josiane Vidal.

La médiathèque a fourni le meuble, un ancien fichier en bois à tiroirs, et les bibliothécaires ont rédigé une fiche pour chaque variété.

## Des variétés anciennes du pays

Parmi les graines proposées figurent plusieurs variétés cultivées depuis longtemps dans le canton :

- la tomate « cœur de Saint-Amans », conservée par une famille du village depuis les années 1950 ;
- le haricot tarbais ;
- la fève de la vallée, qui se sème en novembre.

Le service est gratuit et ouvert à tous, même sans carte d'abonné. La directrice, Élodie Marcou, espère que les habitants viendront aussi partager leurs conseils de jardinage lors des ateliers prévus chaque premier samedi du mois.

« Une bibliothèque, c'est fait pour prêter, dit-elle. Les graines, c'est juste un peu plus vivant que les livres. »
"""),

dict(id="h24-fr-002", lang="fr", tpl="quintype", section="Éducation", date="2026-02-26", byline="Thomas Lacombe",
     title="Droits d'auteur : la chorale de l'école reçoit une facture de 1 200 euros",
     sub="Les parents d'élèves ignoraient qu'un spectacle scolaire à entrée payante devait être déclaré.",
     caption="La salle des fêtes de Montredon, où avait eu lieu le spectacle.", credit="Photo : Thomas Lacombe",
     body="""
La chorale de l'école élémentaire Jules-Ferry de Montredon a reçu en février une facture de 1 200 euros de droits d'auteur pour le spectacle de fin d'année qu'elle avait donné en juin dernier à la salle des fêtes.

Le spectacle, qui reprenait quatorze chansons françaises, avait réuni environ 300 spectateurs. L'entrée était payante, à 5 euros, pour financer une classe de découverte.

## Une entrée payante qui change tout

C'est justement ce prix d'entrée qui a déclenché la facture. Lorsqu'un spectacle scolaire est gratuit, les droits sont couverts par des accords passés avec l'Éducation nationale. Dès que l'entrée est payante, l'organisateur doit déclarer le concert et payer les droits lui-même.

« Personne ne le savait, ni à l'école ni chez les parents », explique Karima Benali, présidente de l'association des parents d'élèves, qui organisait la soirée.

## Un accord trouvé

Après plusieurs échanges, l'association a obtenu une réduction : elle paiera finalement 640 euros, en deux fois.

La mairie a proposé de prendre en charge la moitié de la somme. « Ce n'est pas aux enfants de payer une erreur administrative », estime l'adjointe à l'éducation, Nadine Roux.

Cette année, le spectacle de juin sera gratuit. Une urne sera placée à la sortie pour recueillir les dons.
"""),

dict(id="h24-fr-003", lang="fr", tpl="chunks", section="Commerce", date="2026-04-02", byline="Claire Vidalou",
     title="Après 62 ans, le dernier studio photo du centre-ville baisse le rideau",
     sub="Le studio Lumière fermera le 30 avril, faute de repreneur.",
     standfirst="Le studio Lumière, rue de la République, fermera le 30 avril. Sa gérante part à la retraite sans repreneur et s'inquiète pour ses 80 000 négatifs.",
     caption="Martine Castel dans son studio, rue de la République.", credit="Photo : Claire Vidalou",
     body="""
Le studio Lumière, rue de la République à Castelmaure, fermera définitivement ses portes le 30 avril. Ouvert en 1964 par Raymond Castel, il était le dernier studio photo du centre-ville.

Sa fille, Martine Castel, 66 ans, qui a repris l'affaire en 1991, part à la retraite sans avoir trouvé de repreneur. « J'ai eu deux visites en un an. Personne n'a rappelé », regrette-t-elle.

## Des photos d'identité aux mariages

Pendant six décennies, le studio a photographié plusieurs générations de Castelmaurois : communions, mariages, photos de classe et surtout photos d'identité. Ces dernières représentaient encore l'an dernier près de la moitié du chiffre d'affaires.

Mais la concurrence des cabines automatiques, installées dans les deux supermarchés de la commune, et celle des smartphones ont fini par peser. Le chiffre d'affaires a baissé de 40 % en dix ans.

## Un fonds de 80 000 négatifs

Reste la question des archives. Le studio conserve environ 80 000 négatifs, classés par année dans des boîtes à chaussures au sous-sol.

Les archives municipales se sont dites intéressées. Martine Castel souhaite que les familles puissent retrouver leurs photos, mais elle veut d'abord s'assurer que les images ne seront jamais vendues.

« Ce sont les visages de la ville, dit-elle. Ils ne m'appartiennent pas vraiment. »
"""),

dict(id="h24-es-001", lang="es", tpl="elementor", site="Alto Tajuña Digital", section="Comarca", date="2026-10-20",
     byline="Raquel Sanz Moreno",
     title="Torremocha cambia el bando por WhatsApp: 412 vecinos se apuntan en una semana",
     sub="El ayuntamiento avisará por mensaje de los cortes de agua, los cambios del autobús y los actos de las fiestas.",
     caption="El tablón de anuncios de la plaza de Torremocha del Tajuña.", credit="Foto: Raquel Sanz",
     body="""
El Ayuntamiento de Torremocha del Tajuña ha puesto en marcha un servicio gratuito de avisos por WhatsApp para informar a los vecinos de cortes de agua, cambios en el autobús y actos de las fiestas.

Hasta ahora, los avisos se colgaban en el tablón de la plaza y en la puerta del consultorio. «Muchos se enteraban del corte de agua cuando abrían el grifo», reconoce la alcaldesa, Rosa Mateo.

## Cómo apuntarse

Para suscribirse basta con enviar un mensaje con la palabra ALTA al número del ayuntamiento. El servicio solo envía mensajes, no permite responder, y nadie ve el número de los demás vecinos.

En la primera semana se han apuntado 412 personas, casi la mitad del censo. Entre ellas hay muchos hijos y nietos que viven en Madrid o en Guadalajara y quieren saber qué pasa en el pueblo.

## Los mayores, con ayuda

La asociación de jubilados ha organizado dos tardes en el hogar del pensionista para ayudar a quienes no saben apuntarse. Su presidente, Eusebio Lozano, explica que algunos vecinos ni siquiera tienen un móvil que lo permita.

«Para ellos seguiremos poniendo los bandos en el tablón, como siempre», asegura la alcaldesa, que añade que el alguacil seguirá recorriendo las calles con el megáfono en fiestas.

El primer aviso se envió el lunes: un corte de luz de dos horas en la calle Mayor por obras en el transformador.
"""),

dict(id="h24-es-002", lang="es", tpl="squarespace", site="Horno Santa Clara", section="Desde el obrador",
     date="2026-03-03", byline="Lucía Ferrer",
     title="Vuelven nuestras cookies de avena, y ahora también sin gluten",
     sub="Desde el sábado, de nuevo en la vitrina. Con un horno aparte para las recetas sin gluten.",
     caption="Las cookies de avena y chocolate, recién salidas del horno.", credit="Foto: Horno Santa Clara",
     body="""
Después de seis meses fuera de la vitrina, las cookies de avena y chocolate vuelven a Horno Santa Clara este sábado. Y vuelven con una novedad que muchos nos habéis pedido: ahora también las hacemos sin gluten.

Las retiramos en otoño porque la harina de avena que usábamos dejó de fabricarse. Probamos cuatro proveedores hasta dar con un molino de Soria que nos la sirve certificada y recién molida.

## Un horno solo para el sin gluten

Hacer cookies sin gluten en el mismo obrador donde amasamos el pan no era posible sin riesgo de contaminación. Por eso hemos instalado un pequeño horno en la trastienda, con su propia mesa y sus propios utensilios, que solo se usa para estas recetas.

Nuestra panadera, Marta, ha hecho más de treinta pruebas hasta que la textura ha quedado como la de siempre: crujientes por fuera y blandas por dentro.

## Qué vais a encontrar

A partir del sábado tendremos en la vitrina:

- cookies de avena y chocolate negro;
- cookies de avena, pasas y canela;
- una versión sin azúcar añadido, solo los domingos.

El precio se mantiene en 1,80 euros la unidad. Si tenéis celiaquía diagnosticada, avisadnos al pedir y os las envolveremos aparte.

Gracias por la paciencia de estos meses, y por seguir preguntando por ellas cada semana.
"""),

dict(id="h24-es-003", lang="es", tpl="nextjs", section="Movilidad", date="2026-01-21", byline="Gonzalo Ibarra",
     title="La plataforma para compartir coche al polígono suma 600 usuarios en dos meses",
     sub="Las empresas de Las Eras reservan las mejores plazas para los coches con tres ocupantes o más.",
     caption="Trabajadores llegan en coche compartido al polígono de Las Eras.", credit="Foto: Gonzalo Ibarra",
     body="""
La plataforma municipal para compartir coche hasta el polígono industrial de Las Eras ha alcanzado los 600 usuarios en sus dos primeros meses, según los datos presentados este martes por el Ayuntamiento de Villalonga del Campo.

El polígono, a seis kilómetros del casco urbano, da trabajo a unas 2.300 personas, pero solo tiene tres autobuses al día. Hasta ahora, la mayoría de los trabajadores iban solos en su coche.

## Turnos y barrios

Los usuarios se registran con su turno de trabajo y su barrio, y la aplicación les propone compañeros con horarios parecidos. Los gastos de gasolina se reparten a partes iguales y se pagan dentro de la propia aplicación.

«Al principio me daba apuro ir con desconocidos. Ahora somos cuatro y vamos hablando de fútbol», cuenta Ismael Fuentes, operario de una fábrica de embalajes.

## Plazas reservadas

Las empresas que se han sumado al proyecto, ya once, reservan las mejores plazas de aparcamiento para los coches que llegan con al menos tres ocupantes.

El concejal de Movilidad, Andrés Pizarro, calcula que el sistema ha evitado unos 40.000 kilómetros de trayectos en solitario desde noviembre.

El ayuntamiento quiere ahora extender la plataforma a los estudiantes del instituto comarcal y negociar con el consorcio de transporte un cuarto autobús a primera hora de la mañana.
"""),

dict(id="h24-ru-001", lang="ru", tpl="ucoz", site="Село Калиновка", section="Новости села", date="2026-09-14",
     byline="Совет села",
     title="Жители Калиновки сами отремонтировали сельский клуб",
     sub="Крышу, окна и сцену приводили в порядок с апреля — по выходным и вечерам.",
     caption="Сельский клуб Калиновки после ремонта.", credit="Фото: Ольга Минаева",
     body="""
В субботу в Калиновке закончили ремонт сельского клуба. Работы шли с апреля, и почти всё сделали сами жители — по выходным и по вечерам после работы.

Клуб не ремонтировали с 1987 года. Крыша протекала, а зимой в зале было так холодно, что концерт ко Дню матери пришлось проводить в школе.

## Деньги собирали всем миром

На материалы нужно было около 380 тысяч рублей. Часть выделила администрация района, 150 тысяч собрали жители и земляки, которые давно живут в городе. Ещё помог фермер Николай Грачёв: привёз доски и дал трактор.

Всего в работах участвовали 46 человек. Самой старшей помощнице, Анне Степановне Лыковой, 81 год: всё лето она кормила бригаду обедами.

## Что сделали

За лето успели:

- перекрыть крышу;
- поменять окна в зрительном зале;
- покрасить стены и отремонтировать сцену;
- поставить новую печь в библиотеке.

Заведующая клубом Ольга Минаева говорит, что осенью снова заработают хор и кружок для детей. Первый концерт назначен на 1 октября, ко Дню пожилого человека.

Если у кого-то сохранились старые фотографии клуба, просим поделиться ими с Ольгой Викторовной: к концерту готовят выставку.
"""),

dict(id="h24-ru-002", lang="ru", tpl="ghost", section="Общество", date="2026-12-04", byline="Ксения Дорохова",
     title="Библиотека для слабовидящих начала присылать «Говорящую газету»",
     sub="Получасовой выпуск местных новостей читают вслух студенты театрального колледжа.",
     caption="Студентка театрального колледжа записывает выпуск в библиотеке.", credit="Фото: Ксения Дорохова",
     low=0,
     body="""
Областная специальная библиотека для слабовидящих начала еженедельную рассылку «Говорящей газеты» — получасового выпуска местных новостей, который читают вслух волонтёры.

Выпуск приходит по пятницам в мессенджер, а тем, у кого нет смартфона, — звонком на обычный телефон: автоответчик проигрывает запись целиком.

## Читают студенты

Новости для выпуска отбирают библиотекари, а читают студенты театрального колледжа. Каждую неделю записываются четыре-пять человек, запись занимает около двух часов.

«Мы читаем то, что люди обычно пропускают, потому что не видят: объявления о перекрытии улиц, расписание автобусов, график отключения горячей воды», — рассказывает директор библиотеки Людмила Корнеева.

## Подписаться можно по телефону

Сейчас на рассылку подписаны 312 человек. Чтобы подписаться, достаточно позвонить в библиотеку или попросить об этом родственников. Сервис бесплатный.

Одна из первых слушательниц, 74-летняя Галина Фёдоровна, потеряла зрение пять лет назад. «Раньше мне газету читала соседка, но она уехала к дочери, — говорит она. — Теперь по пятницам я снова знаю, что в городе творится».

Библиотека ищет новых волонтёров-чтецов: особенно нужны мужские голоса.
"""),

dict(id="h24-ru-003", lang="ru", tpl="wordpress", section="Культура", date="2026-05-27", byline="Павел Сизов",
     title="Краеведческий музей договорился с наследниками фотографа о публикации снимков",
     sub="Более двух тысяч кадров Аркадия Белова появятся на сайте музея.",
     caption="Снимок Аркадия Белова: стройка моста через Волгу, 1960-е годы.", credit="Фото: Аркадий Белов / краеведческий музей",
     body="""
Краеведческий музей Приреченска получил право опубликовать в интернете более двух тысяч снимков фотографа Аркадия Белова, который почти полвека снимал город для районной газеты.

Негативы хранятся в музее с 1998 года, но показывать их в интернете музей не мог: авторское право на снимки принадлежит наследникам фотографа. Переговоры с ними шли больше года.

## Договор на десять лет

По договору, подписанному в марте, внук фотографа Сергей Белов передал музею неисключительные права на публикацию снимков сроком на десять лет. Денег за это семья не взяла.

«Дед снимал город для людей, а не для коробок в запасниках», — сказал Сергей Белов.

Под каждой фотографией на сайте музея будет указано имя автора. Использовать снимки в коммерческих целях без согласия семьи по-прежнему нельзя.

## Узнать своих

Первые 300 снимков уже выложены на сайте. На них — демонстрации, школьные выпускные, стройка моста через Волгу в 1960-х и очереди у гастронома на Советской улице.

Сотрудники музея просят горожан помочь подписать фотографии: многие люди и места на них пока не опознаны. Узнавшие своих родных могут написать в музей или прийти лично по средам.
"""),
]
