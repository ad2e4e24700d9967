# Turkish, German, French, Spanish and Russian stories for the sixty-eighth held-out part (h68-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h68_en.py.
ARTICLES = [
dict(id="h68-tr-001", lang="tr", tpl="ucoz", site="Yukarıkaya Köyü", kind="small", section="Köyden haberler",
     date="2026-07-19", byline="yukarikaya_dernek",
     title="Eski okulumuz artık köy kütüphanesi",
     sub="Yirmi yıldır kapalı duran köy okulu, gurbetçilerin gönderdiği kitaplarla kütüphaneye dönüştü.",
     caption="Kütüphanenin okuma salonu, açılıştan bir gün önce.", credit="Fotoğraf: Nevzat Kaplan",
     carry=["gallery"],
     body="""
Köyümüzün 2006'da kapanan ilkokulu, pazar günü kütüphane olarak yeniden kapılarını açtı. Açılışa köylülerimizin yanı sıra çevre köylerden ve ilçeden gelen misafirlerle birlikte 150'yi aşkın kişi katıldı.

Binanın çatısı geçen kış çökmek üzereydi. Köy derneğimiz onarım için bir kampanya başlattı, Almanya ve İstanbul'daki hemşehrilerimiz kısa sürede 210 bin lira topladı. Çatıyı, pencereleri ve sobayı köyün gençleri imeceyle yaptı.

**Raflardaki kitaplar nereden geldi?**

Rafları doldurmak için bir çağrı yaptık, sonuç beklediğimizden çok daha iyi oldu. Bugün kütüphanede 3.400 kitap var. Bir kısmını ilçe halk kütüphanesi verdi, çoğunu da köyden yetişip şehirlere dağılmış öğretmenlerimiz ve öğrencilerimiz kolilerle gönderdi.

Kütüphanede şunlar bulunuyor:

- çocuk kitapları için ayrı bir köşe
- iki bilgisayar ve internet bağlantısı
- köyümüzün eski fotoğraflarından oluşan bir duvar
- kadınlarımızın el işleri için bir vitrin

Açılış kurdelesini, okulun son öğretmeni Şükrü Bey'in kızı Ayten Hanım kesti. "Babam bu okulda otuz yıl ders verdi. Kapısının yeniden açıldığını görse çok sevinirdi," dedi.

Kütüphaneyi gönüllü olarak emekli öğretmenimiz Hasan Demirtaş ile köyün iki üniversite öğrencisi açıp kapatacak. Kitap ödünç almak için kayıt yeterli, ücret alınmıyor.

Kütüphane yaz boyunca salı, perşembe ve cumartesi günleri 14.00 ile 18.00 arasında açık.
"""),

dict(id="h68-tr-002", lang="tr", tpl="magazine", section="Yaşam", date="2026-10-27", byline="Sibel Karakoyun",
     title="Kırk yıl sonra yeniden sıraya oturdular",
     sub="Gülyalı Halk Eğitim Merkezi'nin kurslarına bu yıl 1.300 kişi kaydoldu. En yaşlı kursiyer 79 yaşında.",
     caption="Okuma yazma kursunda bir ders.", credit="Fotoğraf: Sibel Karakoyun",
     pull="Artık tabelaları kendim okuyorum",
     carry=["coursefinder"],
     look=[("dropcap", "Sabah dokuz buçukta Gülyalı Halk Eğitim Merkezi'nin")],
     body="""
Sabah dokuz buçukta Gülyalı Halk Eğitim Merkezi'nin ikinci katındaki sınıf dolu. Sıralarda oturanların çoğunun saçları ağarmış. Tahtada kocaman harflerle "Bugün günlerden salı" yazıyor.

Bu sınıf, merkezin okuma yazma kursu. On dört kursiyerin en genci 41, en yaşlısı 79 yaşında. Hepsi kadın.

Merkez müdürü Ercan Yavuz'a göre bu yıl kurslara 1.300 kişi kaydoldu, geçen yılın neredeyse iki katı. En çok talep gören kurslar bilgisayar, el sanatları ve okuma yazma.

## "Otobüsün numarasını okuyamıyordum"

67 yaşındaki Gülizar Aktaş, çocukken tarlada çalıştığı için okula hiç gidememiş. Yıllarca otobüse binerken şoföre nereye gittiğini sormak zorunda kalmış.

"Artık tabelaları kendim okuyorum. Geçen hafta torunuma ilk mesajı kendi elimle yazdım. Hemen aradı, telefonda ağladı," diyor.

## Kurslar ücretsiz

Halk eğitim merkezlerinin kursları ücretsiz. Malzeme gerektiren el sanatları kurslarında kursiyerler yalnızca iplik ve boya parasını ödüyor.

Öğretmen Nuray Coşkun, kadınların en çok utanmaktan çekindiğini söylüyor. "İlk hafta kimse tahtaya kalkmak istemez. Üçüncü haftada kimseyi oturtamazsınız."

Kurs bitiminde başarılı olan kursiyerlere okuma yazma belgesi veriliyor. Dönem sonunda merkezin bahçesinde küçük bir tören yapılacak.

Yeni dönem kayıtları ocak ayında, merkezin giriş katındaki danışma bürosunda yapılacak.
"""),

dict(id="h68-tr-003", lang="tr", tpl="fusion", section="Kent", date="2026-04-14", byline="Orhan Başaran",
     title="Çarşıda ücretli park dönemi başlıyor, sakinlere yıllık kart verilecek",
     sub="Belediye, Cumhuriyet Caddesi ve çevresindeki 640 park yerini ücretli hale getiriyor.",
     caption="Cumhuriyet Caddesi'nde iki sıra park etmiş araçlar.", credit="Fotoğraf: Orhan Başaran",
     carry=["parkingpermits"],
     look=[("factbox", "Sakin kartı için gerekenler")],
     body="""
Gülyalı Belediyesi, çarşı merkezindeki 640 park yerini 1 Haziran'dan itibaren ücretli hale getiriyor. Bölgede oturanlar ise yıllık bir kartla araçlarını evlerinin önüne park edebilecek.

Belediye meclisinde pazartesi akşamı oy çokluğuyla kabul edilen düzenlemeye göre, hafta içi 08.00 ile 20.00 arasında ilk saat 20 lira, sonraki her saat 15 lira olacak.

Belediye Başkanı Nurettin Alkan, çarşıda araçların günlerce aynı yerde kaldığını söyledi. "Esnafımız müşterisinin arabasını bırakacak yer bulamıyor. Bazı araçlar bir haftadır yerinden kıpırdamamış," dedi.

## Sakin kartı için gerekenler

- ikametgâh belgesi
- ruhsatın aslı ve fotokopisi
- araç başına yıllık 600 lira ücret

Her hane en fazla iki araç için kart alabilecek. Engelli raporu olan sürücüler ücret ödemeyecek.

Esnaf düzenlemeye ikiye bölünmüş durumda. Kırtasiye işleten Selim Öztürk memnun: "Sabah dükkânı açtığımda önüm dolu oluyordu, müşteri kapıya yanaşamıyordu."

Kuyumcu Aysel Tekin ise müşterilerin çevre yolundaki alışveriş merkezine kaçmasından korkuyor. "Orada otopark bedava. İnsanlar yirmi lira vermemek için oraya gider."

Belediye, çarşının girişindeki eski pazar yerini de 180 araçlık ücretsiz bir otoparka dönüştürecek. Otoparkın mayıs sonunda hizmete girmesi bekleniyor.

Sakin kartı başvuruları 2 Mayıs'ta belediye hizmet binasındaki zabıta masasında başlayacak.
"""),

dict(id="h68-de-001", lang="de", tpl="typo3", site="Stadt Hohenbrück", kind="public",
     section="Verkehr", date="2026-01-29", byline="Pressestelle",
     title="Bewohnerparken in der Altstadt: Anträge ab 2. März",
     sub="Ab dem 1. April gilt in sieben Straßen rund um den Marktplatz Bewohnerparken. Der Ausweis kostet 60 Euro im Jahr.",
     caption="Die Schmiedgasse in der Hohenbrücker Altstadt.", credit="Foto: Stadt Hohenbrück",
     carry=["parkingpermits"],
     body="""
Der Stadtrat hat in seiner Sitzung am 27. Januar beschlossen, in der Altstadt eine Zone für Bewohnerparken einzurichten. Sie gilt ab dem 1. April in sieben Straßen rund um den Marktplatz.

In der Zone dürfen werktags von 8 bis 19 Uhr nur Fahrzeuge mit gültigem Bewohnerparkausweis abgestellt werden. Für alle anderen stehen das Parkhaus am Stadtgraben und der Parkplatz an der Festhalle zur Verfügung.

## Warum Bewohnerparken?

Eine Zählung im vergangenen Herbst hat ergeben, dass tagsüber fast 60 Prozent der Stellplätze in der Altstadt von Pendlern und Beschäftigten belegt waren. Viele Anwohnerinnen und Anwohner fanden abends keinen Platz mehr in der Nähe ihrer Wohnung.

Oberbürgermeister Klaus Wendelin: „Wer in der Altstadt wohnt, soll auch in der Altstadt parken können. Gleichzeitig bleibt die Innenstadt für Kundinnen und Kunden gut erreichbar.“

## So beantragen Sie den Ausweis

Den Bewohnerparkausweis erhalten Personen, die in der Zone mit Hauptwohnsitz gemeldet sind. Für den Antrag benötigen Sie:

- den Personalausweis
- die Zulassungsbescheinigung Teil I des Fahrzeugs
- bei Firmen- oder Leasingfahrzeugen eine Bestätigung des Halters

Der Ausweis kostet 60 Euro im Jahr. Pro Person wird ein Ausweis ausgestellt.

Handwerksbetriebe und Pflegedienste können eine Ausnahmegenehmigung beantragen. Besucher von Anwohnern parken mit einem Tagesparkschein für 3 Euro.

Anträge nimmt das Bürgerbüro ab dem 2. März entgegen. Es ist montags bis freitags von 8 bis 12 Uhr und donnerstags zusätzlich von 14 bis 18 Uhr geöffnet.
"""),

dict(id="h68-de-002", lang="de", tpl="chunks", section="Ratgeber", date="2026-09-15", byline="Annika Roßbach",
     title="Wischen, tippen, Fotos schicken: VHS-Handykurse für Senioren sind ausgebucht",
     sub="Die Volkshochschule Ebersried hat ihr Angebot verdreifacht. Trotzdem stehen 90 Menschen auf der Warteliste.",
     caption="Kursleiterin Doris Fenske erklärt einer Teilnehmerin die Kamera-App.", credit="Foto: Annika Roßbach",
     carry=["coursefinder"],
     look=[("br", "Seitdem kann er sich nicht mehr vorstellen")],
     body="""
Die Smartphone-Kurse für Seniorinnen und Senioren an der Volkshochschule Ebersried sind für das ganze Herbstsemester ausgebucht. Dabei hat die VHS ihr Angebot in diesem Jahr verdreifacht, auf zwölf Kurse mit je acht Plätzen.

Auf der Warteliste stehen trotzdem rund 90 Namen, sagt VHS-Leiter Bernhard Ostrowski. „So eine Nachfrage hatten wir zuletzt bei den Englischkursen in den Neunzigern.“

## Vom Anruf bis zur Videokonferenz

In vier Terminen lernen die Teilnehmenden, wie man telefoniert, Nachrichten schreibt, Fotos verschickt und Bahnfahrkarten kauft. Im zweiten Teil geht es um Online-Banking und darum, wie man betrügerische Nachrichten erkennt.

Manfred Kühne, 81, hat im Frühjahr einen der ersten Kurse besucht. Sein Enkel studiert in Lissabon.

Seitdem kann er sich nicht mehr vorstellen, ohne Videotelefonat ins Wochenende zu gehen.

Kursleiterin Doris Fenske, selbst 68, weiß, wo es hakt. „Die meisten haben Angst, etwas kaputt zu machen. Wenn sie merken, dass das nicht passiert, geht es plötzlich ganz schnell.“

## Ehrenamtliche Paten

Damit niemand zu lange warten muss, sucht die VHS Ehrenamtliche, die Seniorinnen und Senioren einzeln helfen. Zwölf Schülerinnen und Schüler des Ebersrieder Gymnasiums haben sich schon gemeldet.

Ein Kurs kostet 48 Euro. Wer Grundsicherung bezieht, zahlt nur die Hälfte.

Die Anmeldung für das Frühjahrssemester beginnt am 1. Dezember, persönlich in der VHS-Geschäftsstelle am Kirchplatz oder telefonisch.
"""),

dict(id="h68-de-003", lang="de", tpl="portal", section="Region", date="2026-06-24", byline="Florian Gerstl",
     title="Zensus: Ebersried wächst auf 23.400 Einwohner",
     sub="Die Stadt hat seit der letzten Zählung fast 1.500 Einwohner hinzugewonnen. Die umliegenden Dörfer schrumpfen.",
     caption="Neubauten im Baugebiet Sonnenleite.", credit="Foto: Florian Gerstl",
     carry=["areastats"],
     body="""
Ebersried ist gewachsen. Nach den neuen Zensus-Zahlen des Statistischen Landesamts lebten zum Stichtag 23.412 Menschen in der Stadt, 1.480 mehr als bei der Zählung davor.

Das ist ein Plus von 6,7 Prozent. Im Landkreis insgesamt stieg die Einwohnerzahl nur um 1,9 Prozent.

**Zuzug aus der Großstadt**

Den größten Teil des Wachstums führt das Landesamt auf Zuzug zurück, vor allem von Familien aus der nahen Großstadt. Die Stadt hat in den vergangenen Jahren drei Neubaugebiete ausgewiesen, darunter die Sonnenleite mit 340 Wohnungen.

Bürgermeisterin Ulrike Hasenbein sieht die Zahlen mit gemischten Gefühlen. „Wir freuen uns über jede Familie. Aber wir brauchen jetzt schnell eine weitere Kita und mehr Platz in der Grundschule.“

**Die Dörfer verlieren**

Anders sieht es in den Ortsteilen aus. In Oberwald, Kreuth und Haslach ging die Einwohnerzahl zusammen um 210 zurück. In Kreuth gibt es seit Jahren weder einen Laden noch eine Gaststätte.

Die Zählung zeigt außerdem:

- Das Durchschnittsalter in der Stadt sank leicht auf 43,8 Jahre.
- Fast jeder dritte Haushalt ist ein Single-Haushalt.
- Gut 12 Prozent der Einwohner haben keinen deutschen Pass.

Für die Stadt geht es dabei auch um Geld. Die Schlüsselzuweisungen des Landes richten sich nach der Einwohnerzahl, das Plus bringt Ebersried nach einer ersten Schätzung der Kämmerei rund 900.000 Euro im Jahr.

Der Stadtrat befasst sich in seiner Sitzung am 9. Juli mit den Ergebnissen.
"""),

dict(id="h68-fr-001", lang="fr", tpl="drupal", section="Actualités", date="2026-01-16", byline="Clémence Vautrin",
     title="Saint-Aubin-des-Prés franchit la barre des 10 000 habitants",
     sub="Selon les chiffres du recensement, la commune a gagné près de 900 habitants en cinq ans, surtout des familles.",
     caption="Le nouveau quartier des Vergers, à l'entrée de la commune.", credit="Photo : Clémence Vautrin",
     carry=["areastats"],
     look=[("box", "Passer le seuil des 10 000 habitants a des conséquences")],
     body="""
C'est officiel : Saint-Aubin-des-Prés compte désormais 10 142 habitants. Les chiffres du recensement, publiés au début du mois, confirment ce que le maire annonçait depuis deux ans.

La commune a gagné 886 habitants en cinq ans, soit une hausse de 9,6 %. Une croissance deux fois plus rapide que celle du département.

## Des familles venues de la métropole

L'essentiel de la hausse vient des quartiers neufs des Vergers et du Moulin-Blanc, où près de 420 logements ont été livrés depuis 2020. Les nouveaux arrivants sont pour la plupart des couples avec enfants, venus de la métropole voisine pour trouver un jardin et des loyers plus abordables.

« On le voit dans les écoles : nous avons ouvert deux classes en trois ans », souligne le maire, Jean-Marc Ollivier.

Passer le seuil des 10 000 habitants a des conséquences concrètes pour la commune : la dotation de l'État augmente, mais les obligations aussi, notamment en matière de logements sociaux et de stationnement pour les personnes handicapées.

## Une population qui vieillit aussi

Le recensement montre un autre visage de la commune : le nombre d'habitants de plus de 75 ans a augmenté de 22 %. Beaucoup vivent seuls dans le centre ancien.

Pour Murielle Gaspard, présidente du club des aînés, « la ville grandit, mais il ne faudrait pas oublier ceux qui l'ont faite ». Elle demande une navette pour relier le centre aux nouveaux commerces.

Les résultats détaillés, quartier par quartier, seront présentés lors du conseil municipal du 29 janvier à 19 h.
"""),

dict(id="h68-fr-002", lang="fr", tpl="nextjs", section="Portrait", date="2026-11-05", byline="Hugo Desmarais",
     title="« Un fromage, ça s'écoute » : rencontre avec le dernier affineur de la vallée",
     sub="Depuis 34 ans, Gérard Bonnefoy affine des tommes dans une ancienne cave à vin creusée dans la roche.",
     caption="Gérard Bonnefoy dans sa cave d'affinage.", credit="Photo : Hugo Desmarais",
     body="""
Depuis 34 ans, Gérard Bonnefoy affine des tommes et des fromages de chèvre dans une ancienne cave à vin creusée dans la roche, au-dessus du village de Mirevieille. Il est le dernier affineur de la vallée. Nous l'avons rencontré entre deux rangées d'étagères.

**Comment êtes-vous devenu affineur ?**

Par hasard. J'étais boulanger, j'avais des problèmes de dos. Un vieux monsieur du village cherchait quelqu'un pour reprendre sa cave. Il m'a tout appris en deux hivers.

**Qu'est-ce qu'un affineur, exactement ?**

Les éleveurs font le fromage, moi je le fais vieillir. Je le retourne, je le frotte, je le surveille. Une tomme reste chez moi entre deux et huit mois.

**Pourquoi une cave ?**

Parce qu'il y fait 11 degrés toute l'année, été comme hiver, avec la bonne humidité. Aucune machine ne fait mieux.

**Un fromage, ça s'écoute ?**

Oui. Je tape dessus avec le doigt. S'il sonne creux, il y a un problème à l'intérieur. Mes petits-enfants trouvent ça très drôle.

**Et la relève ?**

C'est ce qui m'inquiète. J'ai 66 ans. Une jeune fromagère de Lyon est venue passer trois semaines cet été. Elle reviendra peut-être.

**Votre fromage préféré ?**

Celui que je goûterai demain.

La cave de Gérard Bonnefoy est ouverte à la vente le samedi matin, de 9 h à 12 h, sur la route du col.
"""),

dict(id="h68-fr-003", lang="fr", tpl="cms", section="Loisirs", date="2026-06-30", byline="Inès Ravaud",
     title="La piscine intercommunale rouvre après deux ans de travaux",
     sub="Le bassin de Val-Corbière a été entièrement refait pour 7,2 millions d'euros. Il rouvre au public le 4 juillet.",
     caption="Le nouveau bassin de 25 mètres de la piscine intercommunale.", credit="Photo : Inès Ravaud",
     body="""
Après deux ans de fermeture, la piscine intercommunale de Val-Corbière rouvrira ses portes au public le samedi 4 juillet. Les travaux ont coûté 7,2 millions d'euros, financés par la communauté de communes, la région et l'État.

Construite en 1976, la piscine perdait chaque jour plusieurs mètres cubes d'eau par des fissures dans le bassin. Sa chaudière au fioul était l'une des dernières du département.

## Ce qui change dans le bassin

Le bassin de 25 mètres a été entièrement refait et un bassin d'apprentissage de 10 mètres a été ajouté pour les écoles. Une pompe à chaleur et des panneaux solaires remplacent l'ancienne chaudière.

Les vestiaires, qui faisaient l'objet de nombreuses plaintes, ont eux aussi été reconstruits. Ils sont désormais accessibles aux personnes en fauteuil.

« Pendant deux ans, nos écoliers ont dû faire 40 minutes de car pour leurs leçons de natation. Ce temps-là est fini », se réjouit la vice-présidente de la communauté de communes, Sylvie Marchand.

## Les tarifs

Les tarifs restent proches de ceux d'avant les travaux :

- entrée adulte : 4,20 euros
- entrée enfant : 2,80 euros
- abonnement annuel : 180 euros, 95 euros pour les moins de 18 ans

Les abonnements souscrits avant la fermeture seront prolongés de la durée des travaux, a précisé la communauté de communes.

Le club de natation local, qui s'entraînait dans une commune voisine, retrouve ses lignes d'eau dès la rentrée.

Cet été, la piscine sera ouverte tous les jours de 10 h à 19 h, et jusqu'à 21 h le jeudi.
"""),

dict(id="h68-es-001", lang="es", tpl="polopoly", site="Diario de la Vega del Tormal",
     section="Ciudad", date="2026-03-19", byline="Marta Villalobos",
     title="La zona azul llega a cuatro barrios y los vecinos tendrán distintivo de residente",
     sub="El Ayuntamiento de Valdecea regulará 2.100 plazas más a partir de mayo. El distintivo costará 25 euros al año.",
     caption="Coches aparcados en doble fila en la calle Alfareros.", credit="Foto: Diario de la Vega del Tormal",
     body_caption="Un agente de movilidad revisa un tique en la avenida de la Estación.",
     carry=["parkingpermits"],
     look=[("highlight", "El estacionamiento regulado llegará en mayo"), ("italic", "«Vuelvo de trabajar y doy vueltas media hora.»"),
           ("br", "Pero asegura que el 70 %")],
     body="""
El estacionamiento regulado llegará en mayo a cuatro barrios de Valdecea que hasta ahora no tenían zona azul. El pleno municipal aprobó el jueves la ampliación con los votos del equipo de gobierno y la abstención de la oposición.

La medida afecta a 2.100 plazas en los barrios de San Lorenzo, La Estación, Las Eras y El Arrabal. Los vecinos empadronados podrán pedir un distintivo de residente que les permitirá aparcar sin límite de tiempo en su zona.

| Barrio | Entrada en vigor | Plazas
| La Estación | 4 de mayo | 720
| San Lorenzo | 4 de mayo | 560
| Las Eras | 1 de junio | 480
| El Arrabal | 1 de junio | 340

La concejala de Movilidad, Elena Carrasco, explicó que el objetivo es acabar con los coches que pasan días sin moverse cerca de la estación de autobuses. «Hay quien deja el coche el lunes y lo recoge el viernes», dijo.

La concejala reconoce que la zona azul no gusta a todo el mundo.

Pero asegura que el 70 % de los vecinos que respondieron a la encuesta municipal la pedían.

## Lo que piden los vecinos

La asociación vecinal de Las Eras apoya la medida, aunque reclama que el distintivo sea gratuito. Su presidente, Fermín Arroyo, lleva años denunciando la falta de sitio.

«Vuelvo de trabajar y doy vueltas media hora.»

Los comerciantes de la avenida de la Estación temen, en cambio, perder clientes. El Ayuntamiento mantendrá 90 plazas de carga y descarga y 30 minutos gratis en las calles comerciales.

El distintivo costará 25 euros al año. Las solicitudes se podrán presentar desde el 6 de abril en la oficina de atención ciudadana de la plaza Mayor, de 9 a 14 horas.
"""),

dict(id="h68-es-002", lang="es", tpl="gutenberg", section="Provincia", date="2026-09-08", byline="Ignacio Peralta",
     title="Villarejo de la Sierra vuelve a tener escuela doce años después",
     sub="Catorce niños, la mayoría hijos de familias llegadas en los últimos tres años, estrenan el colegio del pueblo.",
     caption="Los alumnos, el primer día de clase en Villarejo de la Sierra.", credit="Foto: Ignacio Peralta",
     look=[("box", "El aula tiene alumnos de tres a once años")],
     body="""
Por primera vez en doce años, el timbre de la escuela de Villarejo de la Sierra volvió a sonar el lunes. Catorce niños de entre tres y once años estrenaron el curso en el edificio de la plaza, que llevaba cerrado desde 2014.

La escuela cerró cuando solo le quedaban tres alumnos. Desde entonces, los niños del pueblo hacían cada día 38 kilómetros en autobús hasta la cabecera de la comarca.

## Familias que llegan

La reapertura ha sido posible gracias a la llegada de nuevas familias. En los últimos tres años se han empadronado 47 personas, la mayoría parejas jóvenes que teletrabajan o que han abierto negocios en el pueblo.

El alcalde, Tomás Escribano, recuerda que hace una década el pueblo tenía 112 vecinos. Hoy son 168. «Nos dijeron que Villarejo se iba a quedar vacío. Ahora hay lista de espera para alquilar una casa», asegura.

Entre los recién llegados están:

- una pareja de Madrid que ha abierto una quesería
- un informático que trabaja para una empresa de Valencia
- una familia ecuatoriana que gestiona la granja de la finca Los Pinares
- dos maestras que pidieron plaza en el pueblo

El aula tiene alumnos de tres a once años, así que la maestra, Lucía Ferrando, trabaja con grupos pequeños y con mucho material adaptado. Ella misma estudió en una escuela rural y dice que es «la mejor manera de aprender».

El Ayuntamiento ha pintado el edificio, arreglado la calefacción y convertido el antiguo huerto en patio de recreo.

La fiesta de bienvenida para las familias será el sábado a las 12 en la plaza, con chocolate y migas para todos.
"""),

dict(id="h68-es-003", lang="es", tpl="quintype", section="Sociedad", date="2026-05-21", byline="Raquel Sotomayor",
     title="El bar del mercado de abastos cumple medio siglo sirviendo cafés desde las seis",
     sub="Los hermanos Cantero abrieron el bar del puesto 31 en 1976. Hoy lo lleva la tercera generación.",
     caption="Pepa Cantero detrás de la barra del bar del mercado.", credit="Foto: Raquel Sotomayor",
     section_tag=True,
     look=[("highlight", "El bar tiene once metros cuadrados")],
     body="""
Cada mañana, a las seis en punto, Pepa Cantero sube la persiana del bar del mercado de abastos de Valdecea. Antes de que abran los puestos de fruta y pescado, ya ha servido medio centenar de cafés. El bar cumple este mes 50 años.

Lo abrieron en 1976 sus tíos, Manuel y Andrés Cantero, en el puesto 31, junto a la entrada de la calle Herreros. Entonces servían copas de anís a los fruteros que llegaban de madrugada con sus camiones.

**La tercera generación**

Hoy lo llevan Pepa y su hijo Álex, de 27 años, que dejó un trabajo en una oficina de Madrid para volver al mercado. «Aquí conoces a todo el mundo. En la oficina no sabía ni cómo se llamaba el de la mesa de al lado», cuenta.

El bar tiene once metros cuadrados y ocho taburetes. La especialidad son los churros que Pepa fríe los sábados y el bocadillo de calamares, que los pescaderos de al lado preparan con el género del día.

**Un mercado que resiste**

El mercado ha pasado de 64 puestos a 38 en dos décadas, pero los que quedan aguantan. Varios jóvenes han abierto puestos de comida para llevar y el Ayuntamiento prepara la reforma de la cubierta.

«Mientras haya mercado, habrá bar», dice Pepa.

Para celebrar el aniversario, el bar invitará a café con churros a todos los clientes el sábado 30 de mayo, de siete a once de la mañana.
"""),

dict(id="h68-ru-001", lang="ru", tpl="sanity", section="Общество", date="2026-10-06", byline="Светлана Корнилова",
     title="В библиотеке Заволжска пенсионеров учат пользоваться госуслугами",
     sub="Курсы компьютерной грамотности при центральной библиотеке окончили уже 260 человек. Очередь расписана до весны.",
     caption="Занятие курсов компьютерной грамотности в читальном зале.", credit="Фото: Светлана Корнилова",
     carry=["coursefinder"],
     look=[("dropcap", "По вторникам и четвергам читальный зал")],
     body="""
По вторникам и четвергам читальный зал центральной библиотеки Заволжска превращается в компьютерный класс. За восемью ноутбуками сидят пенсионеры: учатся записываться к врачу, оплачивать квитанции и проверять пенсионные начисления.

Курсы компьютерной грамотности библиотека открыла три года назад. С тех пор их окончили 260 человек. Самой старшей ученице было 86 лет.

«Сначала многие боятся даже мышку в руки взять, — рассказывает библиотекарь Ольга Парамонова, которая ведёт занятия. — А через месяц сами показывают соседкам, как записаться к окулисту».

## Чему учат

Курс рассчитан на десять занятий по полтора часа. Программа такая:

1. как включить компьютер и пользоваться мышью
2. электронная почта и видеозвонки
3. портал госуслуг и запись к врачу
4. как распознать мошенников в интернете

Последнему занятию библиотекари уделяют особое внимание. В прошлом году двое учеников курсов рассказали, что благодаря ему не перевели деньги «сотруднику банка».

## Очередь до весны

Курсы бесплатные, ноутбуки библиотеке передал областной фонд поддержки старшего поколения. Желающих больше, чем мест: запись расписана до марта.

Бывший водитель автобуса Николай Петрович Глухов, 74 года, записался после того, как в поликлинике закрыли регистратуру по телефону. «Теперь талон беру сам, внучку не дёргаю», — говорит он.

Записаться на курсы можно лично на абонементе библиотеки по будням с 10 до 18 часов.
"""),

dict(id="h68-ru-002", lang="ru", tpl="legacy-br", section="Люди", date="2026-02-12", byline="Денис Ястребов",
     title="«На почте узнаёшь всё раньше всех»: 38 лет с сумкой по сёлам",
     sub="Почтальон Валентина Сорокина разносит письма и пенсии по трём сёлам Михайловского района с 1988 года.",
     caption="Валентина Сорокина на своём маршруте.", credit="Фото: Денис Ястребов",
     low=0,
     body="""
Валентина Сорокина работает почтальоном в селе Малая Ключевка с 1988 года. Каждый день она проходит или проезжает на велосипеде около пятнадцати километров по трём сёлам. Мы прошли с ней половину маршрута.

**Как вы вообще стали почтальоном?**

Случайно. Сына родила, а в колхозе работы не стало. Начальница почты сказала: походи пару месяцев, пока не найдёшь что получше. Вот, хожу до сих пор.

**Что в сумке сегодня?**

Пенсии, газеты, квитанции за свет. Писем почти нет. Раньше сумка была тяжёлая от писем, теперь от районки и рекламы.

**А собаки?**

Все меня знают. В каждом дворе у меня в кармане сухарик. Одна овчарка на Садовой даже провожает до конца улицы.

**Самый трудный день?**

Зима девяносто шестого. Снега по пояс, дорогу не чистили неделю. Пенсии привезли, а разносить как? Ходила на лыжах.

**Что изменилось за эти годы?**

Людей стало меньше. В Малой Ключевке было триста дворов, сейчас жилых восемьдесят. Зато почта теперь — это и магазин, и касса, и справочная.

**О чём вас чаще всего спрашивают?**

Обо всём. Когда приедет автобус, где купить дрова, кто умер, кто женился. На почте узнаёшь всё раньше всех.

**На пенсию не собираетесь?**

Уже два года как на пенсии. А работу не бросаю: кто же тогда пойдёт?

Отделение почты в Малой Ключевке открыто со вторника по субботу с 9 до 13 часов.
"""),

dict(id="h68-ru-003", lang="ru", tpl="regional", section="Культура", date="2026-12-03", byline="Елена Чернобаева",
     title="Народному театру Дома культуры «Юность» — 60 лет",
     sub="Самодеятельный театр из Заволжска поставил за эти годы больше ста спектаклей. К юбилею готовят «Ревизора».",
     caption="Репетиция «Ревизора» на сцене Дома культуры «Юность».", credit="Фото: Елена Чернобаева",
     carry=["gallery"],
     body="""
Народный театр Дома культуры «Юность» в Заволжске отмечает 60-летие. За эти годы самодеятельная труппа поставила больше ста спектаклей, от Островского до детских сказок, и объездила с гастролями всю область.

Театр основал в 1966 году учитель литературы Аркадий Лебедев. Первый спектакль, «Женитьбу» Гоголя, играли в школьном спортзале, а декорации рисовали сами ученики.

**Актёры после работы**

Сегодня в труппе 23 человека. Днём они работают медсёстрами, водителями, продавцами и бухгалтерами, а вечером репетируют. Самой юной актрисе 15 лет, самому опытному — 79.

Анатолий Вершинин играет в театре с 1971 года. «Я сюда пришёл школьником, тащил за кулисами занавес. Потом дали роль лакея без единого слова. Так и остался на всю жизнь», — вспоминает он.

Нынешний режиссёр Наталья Гусева говорит, что самое сложное — найти мужчин: «Девочки приходят толпами, а мальчиков уговариваем всем городом».

**Что покажут к юбилею**

Юбилейный сезон театр откроет «Ревизором». Кроме того, в программе:

- выставка афиш и костюмов за 60 лет в фойе Дома культуры
- вечер воспоминаний с бывшими актёрами труппы
- детский спектакль «Морозко» на новогодних каникулах

Многие зрители ходят в театр семьями уже в третьем поколении. Билеты стоят 200 рублей, и в день премьеры их, как правило, уже не купить.

Премьера «Ревизора» состоится 19 декабря в 18:00 на сцене Дома культуры «Юность».
"""),
]
