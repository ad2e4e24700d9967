# Turkish, German, French, Spanish and Russian stories for the ninety-ninth held-out part (h99-*); fictional, written
# for newsflow. Markup and fields as in articles_h99_en.py.
ARTICLES = [
dict(id="h99-tr-001", lang="tr", tpl="portal",
     section="Kültür", date="2026-03-02", byline="Elif Sarıgül",
     title="Kavaklıçeşme İlçe Halk Kütüphanesi sekiz ay sonra yeniden açıldı",
     sub="Çatısı yenilenen binada çocuk bölümü zemin kata taşındı, girişe rampa yapıldı.",
     caption="Kavaklıçeşme İlçe Halk Kütüphanesi'nin yenilenen okuma salonu.", credit="Fotoğraf: Elif Sarıgül",
     carry=["libraryamnesty"], run_in=["libraryamnesty"],
     body="""
Kavaklıçeşme İlçe Halk Kütüphanesi, sekiz ay süren onarımın ardından pazartesi günü yeniden okurlarına kavuştu.

1968'de yapılan iki katlı binanın çatısı yenilendi, ısıtma sistemi değiştirildi ve engelli okurlar için girişe rampa yapıldı. Çocuk bölümü de bodrum kattan zemin kata taşındı.

## Kitaplar raflarına döndü

Onarım süresince kütüphanenin yaklaşık 18 bin kitabı Halk Eğitim Merkezi'nin spor salonunda kolilerde bekledi. Kitaplar, lise öğrencilerinden oluşan 40 gönüllünün yardımıyla iki haftada yeniden raflara dizildi.

Kütüphane müdürü Sevgi Aydemir, açılış gününde 300'den fazla kişinin geldiğini söyledi. "Bazı okurlarımız kapıda sıra bekledi. Sekiz ay boyunca en çok duyduğumuz soru 'Ne zaman açılıyorsunuz?' oldu" dedi.

## Okuma seferberliği

Yeniden açılışla birlikte ilçede bir okuma kampanyası da başlatıldı. Kaymakamlık ve ilçe milli eğitim müdürlüğünün desteğiyle, mart ayı boyunca okullardan kütüphaneye düzenli ziyaretler yapılacak.

Gecikmiş kitaplarını getiren okurlardan bu ay ceza alınmayacak. Aydemir, "Evinde yıllardır bizim kitabımızı saklayan varsa utanmasın, getirsin" diye konuştu.

Kütüphane hafta içi 08.30 ile 17.30, cumartesi günleri 10.00 ile 16.00 arasında açık.
"""),

dict(id="h99-tr-002", lang="tr", tpl="webflow",
     section="Yaşam", date="2026-02-20", byline="Murat Demirkol",
     title="Yeşiloba dolmuşunun şoförü kırk yıl sonra direksiyonu bırakıyor",
     sub="Köylülerin 'Remzi Abi' dediği Remzi Karataş, 22 kilometrelik hattı son kez sürüyor.",
     caption="Remzi Karataş, Yeşiloba durağında dolmuşunun önünde.", credit="Fotoğraf: Murat Demirkol",
     body="""
Yeşiloba ile Kavaklıçeşme arasındaki 22 kilometrelik yolda kırk yıldır dolmuş kullanan Remzi Karataş bu ay emekli oluyor. Kırk yılda üç dolmuş eskiten Karataş, hattın her virajını ezbere biliyor. Köylülerin "Remzi Abi" dediği şoförle son seferlerinden birinde konuştuk.

**İlk seferinizi hatırlıyor musunuz?**

1986 kışıydı. Yol daha asfalt değildi, çamura saplandık. Yolcular inip arabayı ittiler, sonra hep birlikte çay içtik.

**Kırk yılda en çok ne değişti?**

Köy boşaldı. Eskiden sabah seferinde yer bulamazdınız, öğrenciler kapıda asılı giderdi. Şimdi çoğu gün hastaneye giden yaşlıları taşıyorum.

**Yolcularınızı tanır mısınız?**

Hepsini. Kimin hangi durakta ineceğini, kimin ilacını eczaneden alacağımı bilirim. Bazen pazardan ekmek, bazen okul için kitap getirdim.

**Emeklilikte sizi neler bekliyor?**

Bahçem var, torunlarım var. Bir de hep görmek istediğim Karadeniz var. Oraya dolmuşla değil, yolcu olarak gideceğim.

Yeşiloba hattındaki seferler, Kavaklıçeşme Belediyesi'nin açtığı ihaleyle yeni bir işletmeciye devredilecek. Belediye, sefer saatlerinin değişmeyeceğini açıkladı.

Remzi Karataş için 28 Şubat cumartesi günü saat 14.00'te Yeşiloba köy kahvesinde veda buluşması düzenlenecek.
"""),

dict(id="h99-tr-003", lang="tr", tpl="blogger", site="Taşhan Köyü", kind="small",
     section="Köyümüz", date="2026-05-09", byline="Halil Yazıcı",
     title="Taşhan'ın eski okulu imeceyle köy konağına dönüştü",
     sub="On yedi yıldır boş duran bina, köylülerin üç aylık emeğiyle yeniden açıldı.",
     caption="Taşhan köy konağının bahçesi.", credit="Fotoğraf: Taşhan Köyü",
     body="""
Taşhan'ın 2009'da kapanan köy okulu, köylülerin üç ay süren imecesiyle herkesin kullanabileceği bir köy konağına dönüştü.

Bina yıllardır boştu, camları kırılmış, çatısı akıyordu. Geçen yaz köy derneğinin toplantısında muhtarımızın önerisiyle işe başlandı.

Yapılanlar şöyle:

- çatının akan bölümü yeniden kiremitle kapatıldı
- 14 pencereye yeni cam takıldı
- eski sınıf, 60 kişilik bir toplantı ve düğün salonuna çevrildi
- öğretmen lojmanı, köye gelen doktor ve ebe için muayene odası oldu
- bahçeye çocuklar için salıncak ve kaydırak kuruldu

Malzemenin büyük bölümü, köyden İstanbul'a ve Almanya'ya göç etmiş ailelerin bağışıyla alındı. Toplam harcama 185 bin lira oldu. İşçiliği köyün gençleri ve emeklileri üstlendi.

Açılışa köyden ve çevre köylerden yaklaşık 200 kişi katıldı, kadınlar kazanlarla keşkek pişirdi.

"Okul kapanınca köyün kalbi durmuştu. Şimdi yeniden çocuk sesi geliyor" diyor Fadime Teyze, bahçedeki salıncağın yanında.

Konakta her cuma kadınlar için el işi kursu, yaz aylarında da çocuklar için kitap okuma saatleri yapılacak.

Konağı düğün ya da toplantı için kullanmak isteyenler muhtarlığa başvurabilir.
"""),

dict(id="h99-de-001", lang="de", tpl="wordpress",
     section="Natur", date="2026-02-25", byline="Katrin Wiesmeyer",
     title="Kreisstraße bei Rohrsee wird für wandernde Kröten nachts gesperrt",
     sub="Sechs Wochen lang ist der Abschnitt zwischen Rohrsee und Kleinhelling abends und nachts zu.",
     caption="Der Schutzzaun an der Kreisstraße bei Rohrsee.", credit="Foto: Katrin Wiesmeyer",
     carry=["toadcrossings"], run_in=["toadcrossings"],
     look=[("dropcap", "Die Kreisstraße zwischen Rohrsee")],
     body="""
Die Kreisstraße zwischen Rohrsee und Kleinhelling wird ab dem 1. März sechs Wochen lang jeden Abend von 19 bis 6 Uhr gesperrt. Grund ist die Wanderung von Erdkröten, Grasfröschen und Molchen zu ihren Laichgewässern am Rohrseer Weiher.

Der Kreis reagiert damit auf die Zählungen der Naturschutzgruppe Birkwalde. Deren Helferinnen und Helfer hatten im vergangenen Frühjahr an dem rund 800 Meter langen Abschnitt mehr als 1.900 Tiere über die Straße getragen und fast 600 tot aufgefunden.

## Zäune reichen nicht mehr

Seit 2011 stellen die Ehrenamtlichen jedes Jahr einen Schutzzaun mit eingegrabenen Eimern auf. Die Tiere fallen beim Entlanglaufen hinein und werden morgens und abends über die Fahrbahn gebracht. An milden Regenabenden wandern aber viele quer über die Straße, bevor sie den Zaun erreichen.

"Wir haben an manchen Abenden mit Taschenlampen auf der Fahrbahn gestanden und Autos angehalten", sagt Gruppenleiterin Martina Lehnert. "Das ist auf Dauer zu gefährlich, für uns und für die Tiere."

## Umleitung über Birkwalde

Autofahrer werden während der Sperrung über Birkwalde umgeleitet, das bedeutet etwa vier Kilometer Umweg. Anlieger und der Linienbus dürfen weiter durchfahren, allerdings nur mit 20 Kilometern pro Stunde.

Der Kreis will prüfen, ob unter der Straße dauerhaft Amphibientunnel gebaut werden können. Die Kosten werden auf rund 350.000 Euro geschätzt.

Wer am Zaun mithelfen möchte, kann sich bei der Naturschutzgruppe melden; Warnwesten und Eimer werden gestellt.
"""),

dict(id="h99-de-002", lang="de", tpl="wix", site="Förderverein Stadtbücherei Birkwalde e.V.", kind="small",
     section="Aktuelles", date="2026-03-06", byline="Renate Voßkamp",
     title="Haushalt 2026: Mehr Geld für unsere Stadtbücherei",
     sub="Der Stadtrat erhöht den Etat der Bücherei um mehr als ein Viertel, samstags wird künftig geöffnet.",
     caption="Die Kinderecke der Stadtbücherei Birkwalde.", credit="Foto: Förderverein Stadtbücherei Birkwalde",
     carry=["libraryamnesty"],
     body="""
Gute Nachrichten für die Stadtbücherei: Der Stadtrat von Birkwalde hat am Donnerstag den Haushalt für 2026 beschlossen, und der Etat der Bücherei steigt von 41.000 auf 52.500 Euro.

Der größte Teil des Zuwachses ist für neue Medien vorgesehen, vor allem für Kinderbücher, Hörbücher und Spiele. Außerdem bekommt die Bücherei eine zusätzliche halbe Stelle, damit sie künftig auch am Samstagvormittag öffnen kann.

Wir als Förderverein haben uns monatelang für diese Entscheidung eingesetzt. Mehr als 1.100 Menschen haben im Herbst unsere Unterschriftenliste unterschrieben, und viele von Ihnen sind zur Bürgerfragestunde ins Rathaus gekommen. Dafür sagen wir danke.

Bürgermeister Andreas Köhler nannte die Bücherei in der Sitzung "das meistbesuchte Haus der Stadt, noch vor dem Hallenbad". Im vergangenen Jahr zählte sie 38.400 Besuche und 71.000 Ausleihen.

Zum Start der Samstagsöffnung verzichtet die Stadt im April auf alle Säumnisgebühren. Wer also noch Bücher zu Hause hat, die längst hätten zurückgegeben werden sollen, kann sie ohne schlechtes Gewissen bringen.

Der Förderverein sammelt weiter für eine Leseecke im Obergeschoss. Unser nächster Bücherflohmarkt findet am 21. März von 10 bis 14 Uhr im Foyer statt.
"""),

dict(id="h99-de-003", lang="de", tpl="weebly", site="TSV Kleinhelling 1921 e.V.", kind="small",
     section="Vereinsleben", date="2026-04-08", byline="Uwe Brandtner",
     title="Neuer Kunstrasen: Der TSV Kleinhelling kann im Winter wieder trainieren",
     sub="Nach acht Monaten Bauzeit ist der Platz an der Seestraße fertig.",
     caption="Die Bambini beim ersten Spiel auf dem neuen Platz.", credit="Foto: TSV Kleinhelling",
     body="""
Nach zwei Jahren Planung und acht Monaten Bauzeit ist es geschafft: Der neue Kunstrasenplatz am Sportgelände Seestraße ist fertig. Am Samstag haben die Bambini als erste Mannschaft darauf gespielt.

**Warum wir einen Kunstrasen brauchten**

Der alte Hartplatz war im Winter oft wochenlang nicht bespielbar. Unsere Jugendmannschaften mussten zum Training nach Birkwalde fahren oder ganz aussetzen. Einige Kinder haben deshalb mit dem Fußball aufgehört.

**So wurde der Platz bezahlt**

Die Kosten von 780.000 Euro teilen sich mehrere Geldgeber:

- 390.000 Euro aus dem Sportstättenprogramm des Landes
- 250.000 Euro von der Stadt Birkwalde
- 95.000 Euro an Eigenleistung und Spenden aus dem Verein
- 45.000 Euro von der Stiftung der Kreissparkasse

Ein großer Dank geht an alle Mitglieder, die an elf Samstagen beim Abbau des alten Zauns und beim Pflastern der Wege geholfen haben. Ohne diese Arbeitseinsätze hätten wir das nicht geschafft.

**Die offizielle Einweihung**

Die Einweihung mit dem Bürgermeister und einem Spiel unserer Alten Herren gegen eine Auswahl des Gemeinderats ist am 25. April um 15 Uhr. Für Würstchen und Kuchen ist gesorgt.
"""),

dict(id="h99-fr-001", lang="fr", tpl="enfold", site="Le Courrier de la Vézine",
     section="Logement", date="2026-02-03", byline="Sophie Maurel",
     title="Lestrières veut construire soixante logements sociaux d'ici 2030",
     sub="Le conseil municipal a adopté un plan logement pour une commune où l'attente dépasse deux ans et demi.",
     caption="L'ancienne gendarmerie de la rue des Remparts, à Lestrières.", credit="Sophie Maurel",
     carry=["rentdeposit"], run_in=["rentdeposit"],
     look=[("callout", "La commune de 4 800 habitants"), ("br", "Une réunion publique de présentation")],
     body="""
Le conseil municipal de Lestrières a adopté lundi soir un plan logement qui prévoit la construction de 60 logements sociaux d'ici 2030, dont une trentaine dans l'ancienne gendarmerie de la rue des Remparts.

La commune de 4 800 habitants compte aujourd'hui 142 demandes de logement social en attente, dont près de la moitié émanent de personnes seules ou de familles monoparentales. Le délai moyen d'attribution dépasse deux ans et demi.

« Des jeunes qui travaillent ici, à l'hôpital ou dans les commerces, n'arrivent plus à se loger à Lestrières », a expliqué le maire, Gérard Fabre. « Certains font quarante kilomètres chaque jour. »

Le reste des logements sera construit sur deux terrains communaux du quartier de la Gare et à Coumbes, avec l'office public de l'habitat du département. Le coût total est estimé à 9,4 millions d'euros.

La commune a aussi décidé de se porter garante du dépôt de garantie pour les locataires modestes du parc privé, afin de convaincre les propriétaires de louer à des ménages qui n'ont pas d'avance.

Une réunion publique de présentation du projet aura lieu le 12 février à 18 h 30 à la salle des fêtes.
"""),

dict(id="h99-fr-002", lang="fr", tpl="k2",
     section="Environnement", date="2026-03-10", byline="Bastien Roumiguière",
     title="Au marais de Coumbes, des bénévoles font traverser les crapauds",
     sub="Chaque soir de pluie, une dizaine de volontaires ramassent les amphibiens sur la départementale.",
     caption="Un crapaud commun dans un seau, au bord du marais de Coumbes.", credit="Photo : Bastien Roumiguière",
     carry=["toadcrossings"],
     look=[("italic", "« La première année, on ne savait pas")],
     body="""
Chaque soir de pluie depuis la mi-février, une dizaine de bénévoles arpentent la route départementale qui longe le marais de Coumbes, lampe frontale sur la tête et seau à la main.

Leur mission : ramasser les crapauds communs, les grenouilles rousses et les tritons qui quittent les bois pour rejoindre les mares où ils sont nés, et leur faire traverser la chaussée sans encombre.

Le marais, classé réserve naturelle régionale en 2014, abrite onze espèces d'amphibiens. Mais la route qui le sépare de la forêt est devenue un piège. En 2025, le conservatoire d'espaces naturels y a recensé plus de 700 animaux écrasés en six semaines.

Depuis, une barrière provisoire en bâche a été posée sur un kilomètre. Les animaux la longent et tombent dans des seaux enterrés, relevés matin et soir.

« La première année, on ne savait pas trop ce qu'on faisait. Aujourd'hui on a des fiches, des tableaux, et même des enfants qui connaissent les espèces mieux que nous », raconte Claire Vidalenc, animatrice du conservatoire.

Cette saison, 3 412 amphibiens ont déjà été comptés et transportés. La migration devrait se poursuivre jusqu'à la fin mars, selon la météo.

Le département étudie la construction de deux crapauducs, des tunnels sous la route, pour 2027.

Les sorties ont lieu chaque soir de pluie à 19 h, au départ du parking de la réserve.
"""),

dict(id="h99-fr-003", lang="fr", tpl="tilda",
     section="Portrait", date="2026-03-24", byline="Agnès Bonnafous",
     title="À Saint-Méard, le coiffeur range ses ciseaux après 42 ans",
     sub="Jean-Louis Pradal a coupé les cheveux de trois générations d'hommes du village.",
     caption="Jean-Louis Pradal dans son salon de la place de l'Église.", credit="Photo : Agnès Bonnafous",
     body="""
Depuis 1984, Jean-Louis Pradal coupe les cheveux des hommes de Saint-Méard-de-Vézine dans son petit salon de la place de l'Église. Il baisse le rideau samedi. Rencontre.

**Pourquoi coiffeur ?**

Mon oncle l'était à Lestrières. Le jeudi, j'allais balayer chez lui et il me donnait une pièce. À quinze ans, je suis entré en apprentissage dans son salon.

**Combien de têtes en 42 ans ?**

J'ai fait le calcul un jour avec ma femme : à peu près 90 000. Certains clients, je les ai coiffés pour leur communion, pour leur mariage et pour celui de leurs petits-enfants.

**Le métier a changé ?**

Les coupes, oui. Dans les années 1980, tout le monde voulait la même. Aujourd'hui les jeunes me montrent une photo sur leur téléphone. Mais la conversation n'a pas changé : la pêche, le rugby et la météo.

**Et le salon ?**

Il reste ouvert. Une jeune coiffeuse de Coumbes, Inès, le reprend en avril. Elle gardera mon vieux fauteuil en cuir, j'y tenais.

**Que ferez-vous de votre temps ?**

De la pêche, justement. La Vézine m'attend depuis trop longtemps.

Un pot de départ est organisé samedi à 11 h 30 au café de la place. Tous ses clients sont invités.
"""),

dict(id="h99-es-001", lang="es", tpl="legacy-br",
     section="Campo", date="2026-10-06", byline="Marta Escudero",
     title="La cooperativa San Isidro de Navahonda cumple medio siglo",
     sub="Nació en 1976 con 38 agricultores y hoy vende el cereal de 6.000 hectáreas.",
     caption="Socios de la cooperativa ante el almacén de Navahonda.", credit="Foto: Marta Escudero",
     low=0,
     body="""
La cooperativa agrícola San Isidro de Navahonda celebra este año su 50 aniversario con una exposición de fotografías antiguas y una comida popular para sus 212 socios y sus familias.

La cooperativa nació en 1976, cuando 38 agricultores del pueblo decidieron juntar sus cosechas de cereal para venderlas a mejor precio. Hoy comercializa trigo, cebada y girasol de cerca de 6.000 hectáreas y tiene una tienda de suministros agrícolas abierta a cualquier vecino.

Su presidente, Ángel Murillo, recuerda que su padre fue uno de los fundadores. «Entonces cada uno vendía por su cuenta y el almacenista ponía el precio. La cooperativa nos dio fuerza para negociar», explica.

El gran reto ahora es el relevo. La media de edad de los socios supera los 58 años y solo una docena tiene menos de 40. La cooperativa ha empezado a ofrecer asesoramiento gratuito a los jóvenes que quieran incorporarse al campo.

La exposición, con más de 80 imágenes cedidas por las familias, puede visitarse en el salón de actos de la cooperativa hasta el 30 de octubre, de lunes a viernes de 17.00 a 20.00.

La comida de aniversario será el sábado 17 de octubre en el pabellón municipal.
"""),

dict(id="h99-es-002", lang="es", tpl="elementor",
     section="Sociedad", date="2026-11-12", byline="Javier Montalvo",
     title="Villalcor abrirá un albergue para personas sin hogar con 24 plazas",
     sub="El antiguo cuartel de la calle Ancha acogerá a quienes duermen en la calle a partir de diciembre.",
     caption="El antiguo cuartel de la calle Ancha, durante las obras.", credit="Foto: Javier Montalvo",
     carry=["rentdeposit"],
     look=[("highlight", "La apertura llega después")],
     body="""
Villalcor contará a partir de diciembre con su primer albergue municipal para personas sin hogar, con 24 plazas, comedor y duchas, en el antiguo cuartel de la Guardia Civil de la calle Ancha.

La apertura llega después de un invierno en el que los servicios sociales atendieron a 61 personas que dormían en la calle o en coches, el doble que hace tres años. El recuento que hicieron voluntarios de Cáritas una noche de marzo encontró a 19 personas durmiendo al raso solo en el casco urbano.

## Quiénes duermen en la calle

La concejala de Servicios Sociales, Lucía Andrade, explicó que el perfil ha cambiado. «Ya no hablamos solo de personas con adicciones o problemas de salud mental. Vemos a trabajadores del campo, a mujeres mayores solas y a familias que han perdido su piso porque no pueden pagar el alquiler», dijo.

## Salir del albergue

El Ayuntamiento quiere que el albergue sea un paso y no un destino. Por eso acompañará a quienes tengan ingresos para alquilar una vivienda, y se hará cargo de la fianza cuando no puedan reunirla.

La reforma ha costado 1,3 millones de euros, financiados en parte con fondos europeos. Gestionará el centro una entidad social que se elegirá por concurso.

Las personas que quieran colaborar como voluntarias pueden dirigirse a los servicios sociales municipales, en la plaza de la Constitución, 4.
"""),

dict(id="h99-es-003", lang="es", tpl="amp",
     section="Comarca", date="2026-09-17", byline="Rocío Palomares",
     title="Torrebrava recupera su feria de ganado después de veinte años",
     sub="Un grupo de ganaderos jóvenes ha convencido al Ayuntamiento de volver a abrir el antiguo ferial.",
     caption="El antiguo ferial junto a la ermita de San Roque.", credit="Foto: Rocío Palomares",
     look=[("br", "El alcalde, Francisco Lozano")],
     body="""
Torrebrava volverá a celebrar el próximo fin de semana su feria de ganado, que dejó de organizarse en 2005 por falta de tratantes y de público.

La iniciativa ha partido de un grupo de ganaderos jóvenes del pueblo, que convencieron al Ayuntamiento de recuperar el antiguo ferial junto a la ermita de San Roque.

**Qué habrá en la feria**

El programa incluye:

- exposición de ganado ovino, caprino y vacuno de razas autóctonas
- concurso de perros pastores el sábado por la mañana
- mercado de productos de la tierra, con quesos, miel y embutidos
- demostración de esquileo a mano

«Mi abuelo traía aquí las ovejas andando desde Navahonda», cuenta Sergio Baena, de 29 años, uno de los organizadores. «Queríamos que la feria volviera a ser un sitio donde la gente del campo se encuentre.»

Se han inscrito 46 ganaderos de la comarca y se espera la visita de unas 3.000 personas.

El alcalde, Francisco Lozano, ha asegurado que, si la experiencia sale bien, la feria se celebrará todos los años.

La feria abrirá el sábado a las 10.00 y el domingo a las 9.30. La entrada es gratuita.
"""),

dict(id="h99-ru-001", lang="ru", tpl="quintype",
     section="Люди", date="2026-06-04", byline="Ольга Зимина",
     title="Фельдшер из Ивняг уходит на пенсию после 37 лет работы",
     sub="Валентина Комарова приехала в деревню по распределению и осталась навсегда.",
     caption="Валентина Комарова в фельдшерско-акушерском пункте Ивняг.", credit="Фото: Ольга Зимина",
     look=[("highlight", "Район обещает прислать")],
     body="""
Фельдшерско-акушерский пункт в Ивнягах 37 лет держался на одном человеке — Валентине Сергеевне Комаровой. В пятницу она в последний раз откроет дверь медпункта. Мы поговорили с ней накануне.

**Как вы оказались в Ивнягах?**

По распределению после медучилища, в 1989 году. Думала, отработаю три года и уеду в город. А вышла замуж за местного и осталась.

**Сколько жителей было на вашем участке?**

Когда я приехала, в деревне жили почти 900 человек, была своя ферма и школа. Сейчас около трёхсот, в основном пожилые. Я знаю каждого, и у кого какое давление, тоже знаю.

**Какой вызов вы запомнили навсегда?**

Зимой 2003 года роды на дому в метель. Скорая из Озерецка не могла пробиться. Мальчик родился здоровым, сейчас он сам работает водителем скорой.

**Кто будет вместо вас?**

Район обещает прислать молодого фельдшера. Пока приём два раза в неделю будут вести врачи из Озерецка.

**Как будете отдыхать от вызовов?**

Внуками и огородом. И соседи, конечно, всё равно будут приходить мерить давление.

Проводы Валентины Сергеевны пройдут в пятницу в 15:00 в сельском клубе Ивняг.
"""),

dict(id="h99-ru-002", lang="ru", tpl="broadcaster",
     section="Город", date="2026-11-13", byline="Денис Ларионов",
     title="В Озерецке после двух лет ремонта открылся бассейн «Волна»",
     sub="В первый же день в бассейне поплавали больше 400 человек.",
     caption="Бассейн «Волна» после ремонта.", credit="Фото: Денис Ларионов",
     watch=("директор спортивной школы о том, кого ждут в секции плавания",
            "как выглядит бассейн «Волна» после ремонта"),
     carry=["correction"],
     correction="Исправлено 14 ноября: бассейн открывается в 7:00, а не в 8:00, как говорилось в первой версии материала.",
     body="""
В Озерецке после двух лет ремонта вновь открылся единственный в городе бассейн «Волна». В первый же день в нём поплавали больше 400 человек.

Здание 1979 года постройки закрыли в 2024 году: из-за протечек в чаше и старой вентиляции его признали небезопасным. На ремонт из областного и городского бюджетов потратили 86 миллионов рублей.

В бассейне заменили чашу и всю систему очистки воды, отремонтировали раздевалки и душевые, установили подъёмник для людей с инвалидностью. Появилась и отдельная детская ванна глубиной 80 сантиметров.

Директор спортивной школы Игорь Белоусов говорит, что очередь в секцию плавания уже выросла до 150 детей. «Два года ребята ездили тренироваться в соседний район, некоторые бросили. Теперь будем всех возвращать», — сказал он.

Тренеры спортивной школы уже набирают группы для малышей от пяти лет и для взрослых, которые хотят научиться плавать.

Для пенсионеров по будним дням с 10:00 до 12:00 введены бесплатные часы. Разовое посещение для взрослых стоит 250 рублей.

Бассейн работает ежедневно с 7:00 до 22:00, санитарный день — последний понедельник месяца.
"""),

dict(id="h99-ru-003", lang="ru", tpl="ghost",
     section="Сёла", date="2026-07-21", byline="Андрей Шубин",
     title="В Красном Бору жители сами восстановили сгоревший мост через Ивнянку",
     sub="Деньги собрали всей деревней, строили по выходным два месяца.",
     caption="Новый пешеходный мост через Ивнянку в Красном Бору.", credit="Фото: Андрей Шубин",
     look=[("italic", "«Мост теперь крепче прежнего")],
     body="""
Пешеходный мост через речку Ивнянку в Красном Бору, сгоревший прошлой весной во время пала травы, снова открыт. Его восстановили сами жители — за свои деньги и своими руками.

**Как сгорел мост**

Мост связывал деревню с автобусной остановкой и магазином на другом берегу. После пожара людям приходилось делать крюк в четыре километра через трассу. Администрация округа обещала помочь, но денег в бюджете на этот год не нашлось.

Тогда староста Николай Фомичёв собрал сход. Решили строить сами.

**Что купили на собранные деньги**

Жители посчитали и закупили:

- 14 кубометров лиственницы с местной пилорамы
- 600 килограммов крепежа и скоб
- краску и пропитку от гниения

Всего собрали 312 тысяч рублей. Больше всех, 50 тысяч, перевёл бывший житель деревни, который теперь живёт в Мурманске.

Строили по выходным два месяца. Работали около двадцати человек, самому младшему было 15 лет, самому старшему — 74.

«Мост теперь крепче прежнего», — уверяет Фомичёв.

**Фонари для моста через Ивнянку**

Округ пообещал в следующем году поставить на мосту освещение, а жители — покрасить перила к осени.
"""),
]
