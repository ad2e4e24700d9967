# Turkish, German, French, Spanish and Russian stories for the forty-eighth held-out part (h48-*) of the newsflow
# extraction set.  Fictional; written for newsflow, each in its own language.  Markup and fields as in
# articles_h48_en.py.
ARTICLES = [
dict(id="h48-tr-001", lang="tr", tpl="cms", section="Gündem", date="2026-08-18", byline="Gökhan Arıkan",
     title="Barajlarda doluluk yüzde 19'a düştü, gece su kesintileri başlıyor",
     sub="Su ve kanalizasyon idaresi, pazartesiden itibaren mahalle mahalle dönüşümlü kesinti uygulanacağını açıkladı.",
     caption="Kurtdere Barajı'nda çekilen suyun ardından ortaya çıkan eski köprü.", credit="Fotoğraf: Gökhan Arıkan",
     carry=["reservoir"],
     body="""
Kentin içme suyunu sağlayan iki barajdaki doluluk oranı yüzde 19'a geriledi. Belediye su ve kanalizasyon idaresi, pazartesiden itibaren gece saatlerinde dönüşümlü su kesintisi uygulanacağını açıkladı.

Geçen yılın aynı döneminde barajlar yüzde 54 doluydu. İdarenin açıklamasına göre son sekiz ayda düşen yağış, uzun yıllar ortalamasının yarısında kaldı.

Genel müdür Levent Karaaslan, kesintilerin en az eylül sonuna kadar süreceğini söyledi. "Barajlarda kalan suyla kışa kadar gidebilmemiz için tasarruf şart. Her hane günde 20 litre az kullanırsa kesinti saatlerini kısaltabiliriz," dedi.

Kesinti programı şöyle:

- Cumhuriyet, Yenice ve Karşıyaka mahalleleri: pazartesi ve perşembe, 23.00–05.00
- Çarşı, Hürriyet ve İstasyon mahalleleri: salı ve cuma, 23.00–05.00
- Bahçelievler ve Kocatepe mahalleleri: çarşamba ve cumartesi, 23.00–05.00

Hastaneler, okullar ve fırınlar programın dışında tutulacak.

Belediye ayrıca bahçe sulamada ve araç yıkamada şebeke suyu kullanımını yasakladı. Yasağa uymayanlara 2 bin 500 liralık idari para cezası kesilecek.

Kesintiler esnafı da tedirgin ediyor. Çarşı'da lokanta işleten Hatice Yüksel, sabah erken açtıkları için depo kurdurmak zorunda kaldıklarını anlattı. "Depo ile motor bana 18 bin liraya mal oldu. Başka çaremiz yok," dedi.

Arıza ve şikâyetler için 185 numaralı hat 24 saat açık.
"""),

dict(id="h48-tr-002", lang="tr", tpl="regional", section="Eğitim", date="2026-09-07", byline="Zeynep Taşdelen",
     title="Dağ köyünün tek öğretmeni: 'Yedi öğrencim var, hepsi farklı sınıfta'",
     sub="Kırkpınar köyündeki birleştirilmiş sınıflı okulda 11 yıldır görev yapan Serkan Aydoğdu ile konuştuk.",
     caption="Serkan Aydoğdu, Kırkpınar İlkokulu'nun tek dersliğinde.", credit="Fotoğraf: Zeynep Taşdelen",
     body="""
Kırkpınar köyündeki ilkokulda tek bir derslik, tek bir soba ve tek bir öğretmen var. Serkan Aydoğdu, 11 yıldır bu okulda birinci sınıftan dördüncü sınıfa kadar bütün öğrencilere aynı odada ders veriyor. Yeni eğitim yılı öncesinde kendisiyle konuştuk.

**Bu yıl kaç öğrenciniz var?**

Yedi. İkisi birinci sınıfa başlıyor, üçü üçüncü sınıfta, ikisi dördüncü sınıfta.

**Aynı anda dört sınıfa nasıl ders veriyorsunuz?**

Büyükler küçüklere yardım ediyor. Dördüncü sınıftaki bir çocuk birinci sınıfa okuma öğretirken kendi bildiğini de pekiştiriyor. Ben de masadan masaya dolaşıyorum.

**Kışın zorlanıyor musunuz?**

Yol bazen iki hafta kapanıyor. Sobayı sabah altıda ben yakıyorum, odunu köylüler getiriyor.

**Neden şehre tayin istemediniz?**

İstedim, iki kez. Sonra vazgeçtim. Burada her çocuğun adını, annesinin adını, ineğinin adını biliyorum.

**Okulun geleceği?**

Köyde doğumlar azaldı. Öğrenci sayısı beşin altına düşerse okul kapanabilir, çocuklar taşımalı eğitimle ilçeye gider.

Aydoğdu bu yıl okulun bahçesine bir sera kurmayı planlıyor. Fidelerin parasını köy derneği karşılayacak, seranın camlarını ise çocukların velileri takacak.
"""),

dict(id="h48-tr-003", lang="tr", tpl="hugo", section="Ekonomi", date="2026-10-02", byline="Elif Karakurt",
     title="Kadın kooperatifinin tarhanası büyükşehir marketlerine gidiyor",
     sub="Yeşilyurt'ta 14 kadının kurduğu kooperatif, bir zincir marketle ilk satış anlaşmasını imzaladı.",
     caption="Kooperatif üyeleri tarhana hamurunu güneşe seriyor.", credit="Fotoğraf: Elif Karakurt",
     body="""
Yeşilyurt köyünde 2019'da 14 kadının kurduğu kooperatif, ilk kez büyükşehirdeki bir zincir markete ürün satmak için anlaşma imzaladı. Anlaşmaya göre kooperatif her ay 800 kilo tarhana ve 300 kavanoz reçel gönderecek.

Kooperatif başkanı Nurten Kalaycı, ilk yıllarda ürünleri köy yolunun kenarına kurdukları tezgâhta sattıklarını anlattı. "Yoldan geçen birkaç tanıdıktan başka müşterimiz yoktu. Şimdi telefonla sipariş alıp kargoyla yolluyoruz," dedi.

**Üretim köyde kalıyor**

Tarhana, köyün eski okul binasında kurulan mutfakta geleneksel yöntemle hazırlanıyor. Domates, biber ve yoğurt köydeki üreticilerden alınıyor, hamur bir hafta boyunca güneşte kurutuluyor.

Kooperatifin bugün 37 ortağı var. Ortaklar, sattıkları ürünün payına göre ayda 6 bin ile 11 bin lira arasında gelir elde ediyor.

Kooperatifin satış fiyatları şöyle:

- Ev tarhanası, 1 kilo: 420 lira
- Acılı tarhana, 1 kilo: 450 lira
- Vişne reçeli, 380 gram: 160 lira
- Ayva reçeli, 380 gram: 150 lira

Zincir marketin satın alma müdürü Okan Şengül, ürünlerin ilk etapta 40 mağazada raflara çıkacağını söyledi.

> "Köyden göç eden kızlarımız dönsün istiyoruz. İş burada da var."

Kalaycı, yeni anlaşmanın ardından kooperatife altı kadının daha katılacağını belirtti.
"""),

dict(id="h48-de-001", lang="de", tpl="gatsby", site="Wendelsburger Abendblatt", section="Wendelsburg", date="2026-02-11",
     byline="Jonas Prell",
     title="Mehr als 400.000 Knöllchen: Wendelsburg meldet Rekord bei Parkverstößen",
     sub="Das Ordnungsamt hat 2025 so viele Strafzettel verteilt wie nie. Am teuersten wird das Parken auf Radwegen.",
     caption="Eine Mitarbeiterin des Ordnungsamts kontrolliert in der Hafenstraße.", credit="Foto: Jonas Prell",
     inset=("Lieferwagen in zweiter Reihe: Die Hafenstraße ist Spitzenreiter der Statistik.", "Foto: Wendelsburger Abendblatt"),
     carry=["parking"],
     look=[("dropcap", "Das Ordnungsamt der Stadt"), ("box", "Spitzenreiter ist die Hafenstraße"),
           ("highlight", "Der Fahrradclub begrüßte")],
     body="""
Das Ordnungsamt der Stadt Wendelsburg hat im vergangenen Jahr 412.640 Verwarnungen wegen Falschparkens ausgestellt, so viele wie nie zuvor. Das geht aus der Jahresbilanz hervor, die Ordnungsdezernentin Petra Hallmann am Dienstag im Hauptausschuss vorgelegt hat.

Im Jahr davor waren es rund 351.000. Die Stadt nahm mit den Knöllchen 11,8 Millionen Euro ein.

Grund für den Anstieg sind nach Angaben der Stadt vor allem neue Mitarbeiter: Der Verkehrsüberwachungsdienst wurde um 24 auf 96 Stellen aufgestockt. „Wir kontrollieren nicht strenger als früher, wir kontrollieren nur häufiger“, sagte Hallmann.

## Radwege im Fokus

Am stärksten gestiegen ist die Zahl der Verstöße auf Rad- und Gehwegen. Wer dort parkt, zahlt seit der Reform des Bußgeldkatalogs mindestens 55 Euro, wenn andere behindert werden, 70 Euro.

Spitzenreiter ist die Hafenstraße mit mehr als 9.000 Knöllchen. Dort stehen Lieferwagen regelmäßig in zweiter Reihe.

Der Einzelhandelsverband kritisiert die Bilanz. Die Innenstadt werde für Kundinnen und Kunden aus dem Umland immer unattraktiver, sagte Geschäftsführer Marc Oltmanns. Er fordert mehr Kurzzeitparkplätze.

Der Fahrradclub begrüßte dagegen die Kontrollen. „Jedes Auto auf dem Radweg zwingt Kinder auf die Fahrbahn“, sagte die Vorsitzende Inga Behrendt.

Gegen rund vier Prozent der Verwarnungen legten die Betroffenen Widerspruch ein. In knapp der Hälfte dieser Fälle wurde das Verfahren eingestellt.
"""),

dict(id="h48-de-002", lang="de", tpl="typo3", section="Kultur", date="2026-05-08", byline="Annika Rößler",
     title="Uhrmacherwerkstatt im Museum: „Jedes Werkzeug hat eine Geschichte“",
     sub="Das Heimatmuseum Kellerbach zeigt den Nachlass des Uhrmachers Anton Greiner. Ein Gespräch mit der Kuratorin.",
     caption="Die Werkbank von Anton Greiner, so wie sie in der Mühlgasse stand.", credit="Foto: Annika Rößler",
     carry=["exhibitions"],
     body="""
Fast sechzig Jahre lang hat Anton Greiner in seiner Werkstatt in der Kellerbacher Mühlgasse Uhren repariert. Nach seinem Tod hat die Familie die komplette Einrichtung dem Heimatmuseum geschenkt. Ab Sonntag ist sie dort zu sehen. Wir haben mit Kuratorin Miriam Sauter gesprochen.

**Was genau zeigt die Ausstellung?**

Die Werkstatt, so wie wir sie vorgefunden haben: die Werkbank, 1.400 Werkzeuge, Schubladen voller Zahnräder und eine Kuckucksuhr, die seit 1971 auf ihre Abholung wartet.

**Wie kommt ein Museum an so etwas?**

Seine Enkelin hat uns angerufen. Wir dachten an ein paar Kisten. Es waren 83.

**Was hat Sie am meisten überrascht?**

Die Auftragsbücher. Herr Greiner hat jede Reparatur notiert, mit Namen, Preis und manchmal einem Kommentar. Über einen Kunden steht da: „Zahlt nie, bringt aber Kuchen.“

**Und die Kuckucksuhr?**

Wir suchen den Besitzer noch. Im Auftragsbuch steht der Name Hölzle. Vielleicht meldet sich ja jemand.

**Kann man Herrn Greiner bei der Arbeit sehen?**

Ja, in einem Film, den sein Sohn in den Achtzigerjahren gedreht hat. Er läuft in der Ausstellung in Dauerschleife.

Die Ausstellung „Die Zeit in der Mühlgasse“ ist bis 31. Oktober zu sehen, mittwochs bis sonntags von 14 bis 17 Uhr. Der Eintritt kostet 4 Euro.
"""),

dict(id="h48-de-003", lang="de", tpl="storybody", section="Region", date="2026-11-19", byline="Franziska Ebling",
     title="Schwarzes Brett statt Dorf-App: Wie Oberweiler sich informiert",
     sub="Als einziger Ortsteil der Verbandsgemeinde hat das Dorf die gemeinsame App abgelehnt.",
     caption="Ortsvorsteher Klaus Brenninger am Aushangkasten an der Bushaltestelle.", credit="Foto: Franziska Ebling",
     low=0,
     body="""
Einen Newsletter gibt es in Oberweiler nicht, eine Internetseite auch nicht. Wer wissen will, was im Dorf passiert, geht zum Schwarzen Brett an der Bushaltestelle.

Seit 1987 hängt dort ein Kasten aus Eichenholz mit Glastür. Ortsvorsteher Klaus Brenninger schließt ihn jeden Montag auf und tauscht die Zettel aus: Termine des Gemeinderats, die Abfuhrtage, Geburtstagsgrüße und gelegentlich ein entlaufener Hund.

„Die Leute kommen sowieso am Kasten vorbei, wenn sie zum Bus gehen. Da braucht man keine App“, sagt Brenninger.

Im Frühjahr hatte die Verbandsgemeinde angeboten, für alle 14 Ortsteile eine gemeinsame Dorf-App einzurichten. Oberweiler lehnte als einziger Ort ab. Von den 212 Einwohnern ist mehr als ein Drittel älter als 70 Jahre.

Ganz ohne Technik geht es aber auch hier nicht mehr. Seit dem Sommer fotografiert Brenningers Enkelin die Aushänge jede Woche und schickt die Bilder an eine Gruppe von Oberweilern, die weggezogen sind.

> „Mein Bruder in Hamburg weiß jetzt früher als ich, wann das Feuerwehrfest ist“, sagt Anwohnerin Gerda Maurer.

Der Kasten selbst muss im kommenden Jahr erneuert werden. Die Glastür klemmt, und das Dach ist undicht. Ein Schreiner aus dem Dorf hat angeboten, kostenlos einen neuen zu bauen.

Wer etwas aushängen möchte, wirft den Zettel einfach in den Briefkasten des Ortsvorstehers in der Lindenstraße 4.
"""),

dict(id="h48-fr-001", lang="fr", tpl="magazine", section="Culture", date="2026-09-24", byline="Solène Marchetti",
     title="Yvonne Carrel, céramiste de Vauzelles, enfin exposée dans sa ville",
     sub="À 88 ans, l'artiste voit soixante ans de travail réunis au musée des Beaux-Arts. Rencontre.",
     caption="Yvonne Carrel dans son atelier de la rue des Tanneurs.", credit="Photo : Solène Marchetti",
     carry=["exhibitions"],
     pull="La terre, elle ne ment jamais",
     look=[("dropcap", "Dans l'atelier d'Yvonne Carrel"), ("box", "La conservatrice du musée")],
     body="""
Dans l'atelier d'Yvonne Carrel, au fond d'une cour de la rue des Tanneurs, le four électrique date de 1971 et chauffe encore trois fois par semaine. À 88 ans, la céramiste n'a jamais cessé de travailler. Samedi, le musée des Beaux-Arts de Vauzelles lui consacre sa première grande exposition.

Cent quarante pièces y sont réunies : des bols, de grandes jarres, des carreaux de faïence et une série de visages en grès qu'elle n'avait jamais montrés. Certaines ont été prêtées par des habitants, qui les gardaient depuis des décennies dans leur cuisine.

« Les gens m'appellent pour me dire qu'ils ont un de mes pots. Je ne me souviens pas de tous, mais je reconnais toujours ma main », sourit-elle.

**Une vie dans l'argile**

Née dans une famille de maraîchers, Yvonne Carrel a appris le tour auprès d'un potier de Saint-Amand à 17 ans. Elle a ensuite enseigné la céramique au lycée professionnel pendant trente ans, tout en vendant ses pièces sur les marchés.

« La terre, elle ne ment jamais. Si vous êtes pressé, elle le sent et elle casse », dit-elle.

La conservatrice du musée, Hélène Dumoulin, a mis deux ans à préparer l'exposition. « Elle a formé des centaines d'élèves dans la région. On retrouve son influence partout, sans que son nom soit connu », explique-t-elle.

L'exposition « Yvonne Carrel, soixante ans de terre » est visible jusqu'au 4 janvier. L'artiste animera un atelier pour les enfants le mercredi 22 octobre.
"""),

dict(id="h48-fr-002", lang="fr", tpl="chunks", section="Environnement", date="2026-07-16", byline="Mathieu Desbordes",
     title="Sécheresse : le département passe en alerte renforcée, l'arrosage interdit en journée",
     sub="Le barrage de la Sorgue n'est plus rempli qu'à 38 %. Les restrictions s'appliquent dans 112 communes.",
     caption="Le lac de retenue de la Sorgue, mercredi, à Montbrison-sur-Sorgue.", credit="Photo : Mathieu Desbordes",
     carry=["reservoir"], section_tag=True,
     body="""
Le préfet a signé jeudi un arrêté plaçant 112 communes du département en alerte renforcée sécheresse. Les restrictions entrent en vigueur ce samedi et s'appliqueront au moins jusqu'au 30 septembre.

Le barrage de la Sorgue, qui alimente en eau potable près de 180 000 habitants, n'est plus rempli qu'à 38 %, contre 71 % l'an dernier à la même date. Il n'a pas plu de manière significative depuis le 12 mai.

Concrètement, il est désormais interdit :

- d'arroser les pelouses, massifs et jardins d'agrément entre 9 heures et 20 heures
- de laver sa voiture en dehors des stations professionnelles
- de remplir une piscine privée de plus d'un mètre cube
- de nettoyer les terrasses et les façades au jet d'eau

Les potagers peuvent encore être arrosés le soir et tôt le matin. Les agriculteurs devront réduire leurs prélèvements de 40 %, sauf pour les cultures sous contrat de semences.

« Nous ne sommes pas encore en crise, mais sans pluie dans les quinze jours, il faudra aller plus loin », a prévenu le sous-préfet Antoine Vigouroux.

À Montbrison-sur-Sorgue, le maire Jean-Luc Fabre a déjà fait couper les fontaines du centre-ville. Les services municipaux arrosent les arbres plantés cette année avec l'eau récupérée de la piscine.

Les contrevenants s'exposent à une amende pouvant aller jusqu'à 1 500 euros.
"""),

dict(id="h48-fr-003", lang="fr", tpl="portal", section="Vie locale", date="2026-10-13", byline="Clémence Authier",
     title="Saint-Clair-du-Lot retrouve une boulangerie après trois ans sans pain frais",
     sub="La mairie a racheté les murs et refait le fournil. Un jeune couple a repris le commerce.",
     caption="Camille et Youssef Benali devant leur boulangerie, place de l'Église.", credit="Photo : Clémence Authier",
     body="""
Depuis mardi, l'odeur du pain chaud est revenue place de l'Église, à Saint-Clair-du-Lot. Trois ans après la fermeture de la dernière boulangerie, Camille et Youssef Benali ont rouvert le commerce, avec le soutien de la mairie.

La commune de 640 habitants avait racheté les murs en 2024 pour 95 000 euros, puis refait le fournil et la vitrine. Le couple paie un loyer de 350 euros par mois, modéré pendant les trois premières années.

## Un appel à candidatures

La mairie avait lancé un appel à candidatures au printemps. Onze dossiers ont été reçus, dont un venu de Belgique.

« Ce qui nous a convaincus, c'est qu'ils voulaient habiter ici, pas seulement y travailler », explique le maire, Bernard Lacombe.

Youssef Benali, 34 ans, a travaillé dix ans dans une boulangerie de Cahors. Camille tient la caisse et prépare les pâtisseries.

## Des horaires adaptés

La boulangerie ouvre du mardi au dimanche, de 6 h 30 à 13 heures, puis de 16 heures à 19 heures. Le lundi, un dépôt de pain est maintenu au bar-tabac.

Dès le premier matin, 280 baguettes ont été vendues. « Les gens faisaient la queue jusqu'à la fontaine. Certains venaient juste pour nous dire bonjour », raconte Camille Benali.

Le couple envisage de livrer les hameaux isolés à partir de l'automne.
"""),

dict(id="h48-es-001", lang="es", tpl="sanity", section="Campo", date="2026-06-23", byline="Itziar Gorostiza",
     title="Los embalses del Alcandre bajan al 27 % y llegan los recortes de riego",
     sub="La confederación hidrográfica declara la emergencia por sequía en el sistema que abastece a 23 municipios.",
     caption="El embalse de Peñaluenga, con la antigua ermita al descubierto.", credit="Foto: Itziar Gorostiza",
     carry=["reservoir"],
     look=[("dropcap", "Los embalses del sistema del río")],
     body="""
Los embalses del sistema del río Alcandre almacenan desde esta semana solo el 27 % de su capacidad, el nivel más bajo en una década. La confederación hidrográfica declaró el martes la situación de emergencia por sequía, que obliga a recortar el agua para riego y limita algunos usos urbanos.

Hace un año, los mismos embalses estaban al 58 %. La primavera ha sido la más seca desde 1995, con apenas 61 litros por metro cuadrado en tres meses.

Los regantes de la comunidad de la Vega Baja recibirán un 45 % menos de agua que en una campaña normal. Su presidente, Anselmo Iturriaga, calcula que muchos agricultores dejarán de sembrar maíz este año. "Vamos a regar los frutales para que no se sequen los árboles, y poco más", lamentó.

En los 23 municipios abastecidos por el sistema, los ayuntamientos deberán reducir el consumo un 10 %. Quedan prohibidos el riego de jardines privados con agua de la red, el llenado de piscinas y el baldeo de calles con agua potable.

El alcalde de Villarreal del Alcandre, Tomás Ugarte, ya ha cerrado las duchas de la playa fluvial y ha pasado el riego de los parques a la noche.

La confederación revisará la situación cada mes. Los técnicos advierten de que, aunque llueva en otoño, los embalses tardarán al menos dos años en recuperarse.

Las multas por saltarse las restricciones van de 600 a 3.000 euros.
"""),

dict(id="h48-es-002", lang="es", tpl="medium", site="Cuaderno de Peñarrubia", kind="indie", section="Campo",
     date="2026-12-03", byline="Álvaro Montesinos",
     title="La última campaña de la almazara de mi abuelo",
     sub="Después de 71 años, el molino de aceite de Peñarrubia no abrirá este invierno.",
     caption="La prensa de 1954 en la nave de la almazara.", credit="Foto: Álvaro Montesinos",
     look=[("italic", "Yo me quedo con una garrafa")],
     body="""
Este invierno, por primera vez desde 1954, no habrá aceite nuevo en la almazara de Peñarrubia. Mi abuelo la fundó con dos socios y una prensa de segunda mano comprada en Jaén. Mi tío la ha cerrado porque ya no le salen las cuentas.

## Lo que cuesta moler

Para que una almazara pequeña sea rentable, me explica mi tío, hacen falta al menos 400.000 kilos de aceituna por campaña. El año pasado entraron 160.000. Los olivares del pueblo se han ido abandonando, y los pocos agricultores que quedan llevan la aceituna a la cooperativa grande de la comarca, que paga antes.

## Lo que se pierde

Se pierde el olor. En noviembre todo el pueblo olía a aceituna molida, y los niños íbamos a mojar pan en la tolva. Se pierde también la cola de remolques en la calle Mayor, donde uno se enteraba de todo.

Y se pierde un oficio. Mi tío sabe cuándo está bien batida la masa solo con tocarla. No se lo ha enseñado a nadie porque nadie se lo ha pedido.

## Lo que queda

La nave seguirá en pie. El ayuntamiento quiere comprar la maquinaria antigua para exponerla, y mi tío ha dicho que sí, siempre que la prensa de 1954 quede a la vista desde la calle.

Yo me quedo con una garrafa de cinco litros de la última molienda. No pienso abrirla.
"""),

dict(id="h48-es-003", lang="es", tpl="ucoz", site="Asociación Cultural La Fragua de Navalcuervo", kind="small",
     section="Fiestas", date="2026-08-02", byline="junta_fragua",
     title="Programa de las fiestas de San Bartolomé 2026",
     sub="",
     caption="La verbena del año pasado en la plaza de Navalcuervo.", credit="Foto: Asociación Cultural La Fragua",
     carry=["calendar"],
     body="""
Ya está aquí el programa de las fiestas de San Bartolomé, que este año se celebrarán del 21 al 24 de agosto. La junta de la asociación lleva desde marzo preparándolas con el ayuntamiento y las peñas, y creemos que hay actividades para todas las edades.

Como novedad, el viernes habrá una comida popular en la plaza para todo el pueblo. Los tiques cuestan 8 euros para adultos y 4 para niños, y se pueden comprar en el bar del Hogar hasta el día 15.

Estos son los actos principales de este año:

- Jueves 21, 20:00: pregón desde el balcón del ayuntamiento, a cargo de Remedios Sáez, la vecina más veterana del pueblo
- Viernes 22, 14:00: comida popular en la plaza
- Sábado 23, 11:00: juegos infantiles en las eras y, a las 23:30, verbena con la orquesta Ruta 66
- Domingo 24, 12:00: misa y procesión, y a continuación vino de honor en el frontón

Este año no habrá encierro de vaquillas. La junta tomó la decisión en la asamblea de mayo por el coste del seguro, que se ha duplicado.

Necesitamos voluntarios para montar el escenario el jueves por la mañana y para servir la comida del viernes. Quien pueda echar una mano, que se apunte en la lista del Hogar o llame a Paco al 611 204 387.
"""),

dict(id="h48-ru-001", lang="ru", tpl="ghost", site="Соседи с Сиреневого бульвара", kind="small", section="Наш двор",
     date="2026-05-30", byline="Людмила Коваленко",
     title="Как мы превратили пустырь за домом в сад",
     sub="Два сезона, восемь грузовиков мусора и двенадцать грядок из старых досок.",
     caption="Общий сад за домом на Сиреневом бульваре в день открытия.", credit="Фото: соседи с Сиреневого бульвара",
     low=2, avoid=["comments"],
     look=[("callout", "Грядки распределили по жребию")],
     body="""
Два года назад за нашим домом на Сиреневом бульваре был пустырь: битое стекло, старые шины и лужа, которая не высыхала до июля. В эту субботу там открылся общий сад.

Всё началось с объявления в подъезде. Жительница третьего подъезда Людмила Коваленко предложила посадить у дома хотя бы пару кустов сирени. Откликнулись 26 человек.

За два сезона соседи вывезли восемь грузовиков мусора, завезли чернозём и построили двенадцать грядок из старых досок. Управляющая компания выделила 60 тысяч рублей на забор и скамейки, остальное собрали сами.

Теперь в саду растут смородина, малина, яблони и целая клумба тюльпанов, которую дети сажали осенью.

«Раньше я здесь только собаку выгуливала. Теперь знаю по имени половину дома», — говорит Людмила.

Грядки распределили по жребию, а урожай с ягодных кустов общий. Поливают по очереди: график висит на двери подвала.

Соседи, которые хотят присоединиться, могут написать в чат дома или просто прийти в сад в субботу утром — там всегда кто-нибудь есть. Следить за новостями сада можно в нашем канале, где мы выкладываем фотографии и график полива.

Следующий субботник — 14 июня в 10:00. Перчатки и инструменты выдадим.
"""),

dict(id="h48-ru-002", lang="ru", tpl="fusion", section="Культура", date="2026-04-17", byline="Денис Ширяев",
     title="В Краснорецком музее открылась выставка о речном пароходстве",
     sub="Впервые за сто лет горожане увидят колокол парохода «Гражданин», затонувшего у Кривой косы.",
     caption="Колокол парохода «Гражданин» после реставрации.", credit="Фото: Денис Ширяев",
     carry=["exhibitions"],
     look=[("factbox", "Что посмотреть на выставке")],
     body="""
В Краснорецком краеведческом музее открылась выставка «Пароходы нашей реки». Впервые за сто лет жители увидят судовой колокол парохода «Гражданин», затонувшего у Кривой косы в 1919 году.

Колокол подняли со дна водолазы-любители два года назад. Ещё год ушёл на реставрацию: металл очищали от ила и ржавчины вручную.

Кроме колокола, на выставке около трёхсот предметов: билеты, расписания, форма капитанов, посуда из пароходных буфетов и модели судов, которые сделали студенты судостроительного техникума.

«Многие экспонаты принесли сами жители. Одна женщина отдала нам чайник с эмблемой пароходства, из которого её семья пила чай шестьдесят лет», — рассказала заведующая отделом истории Наталья Сомова.

## Что посмотреть на выставке

- колокол парохода «Гражданин»
- лоцманскую карту реки 1896 года
- кают-компанию, восстановленную в натуральную величину
- кинохронику 1950-х годов о навигации

Отдельный зал посвящён речникам, которые работали на реке в годы войны. Их фотографии музей собирал по семейным альбомам.

Выставка продлится до 30 ноября. По субботам в 12:00 проходят бесплатные экскурсии, записываться заранее не нужно.
"""),

dict(id="h48-ru-003", lang="ru", tpl="legacy-br", section="Город", date="2026-05-19", byline="Полина Гаврилюк",
     title="Зону платной парковки в центре Северогорска расширят на восемь улиц",
     sub="С 1 июня платных мест станет почти вдвое больше. Жителям выдадут резидентные разрешения.",
     caption="Паркомат на проспекте Мира.", credit="Фото: Полина Гаврилюк",
     carry=["parking"],
     look=[("bold", "Первые две недели после запуска")],
     body="""
С 1 июня зона платной парковки в центре Северогорска увеличится почти вдвое. К ней добавятся восемь улиц, в том числе Садовая, Заводская и часть проспекта Мира. Решение приняла городская администрация.

Сейчас в городе 1 240 платных мест, после расширения их станет 2 310. Стоимость часа не изменится — 40 рублей, первые 15 минут по-прежнему бесплатны.

Жителям домов в новой зоне выдадут резидентные разрешения. Годовое разрешение обойдётся в 1 500 рублей, оформить его можно в МФЦ или на портале госуслуг.

По словам начальника отдела транспорта Игоря Бортникова, центр города перегружен. «Люди оставляют машины у офисов на весь день, а тем, кто приехал в поликлинику или магазин, встать негде», — пояснил он.

Не все жители довольны. Пенсионерка Валентина Лыкова, живущая на Заводской, считает, что платить за парковку у собственного дома несправедливо. «Я сорок лет здесь живу, а теперь буду покупать разрешение», — говорит она.

За неоплаченную парковку предусмотрен штраф 2 500 рублей. Нарушения будут фиксировать камеры на автомобилях инспекции, которые начнут объезжать новые улицы с 15 июня.

Первые две недели после запуска зоны инспекторы будут не штрафовать, а оставлять на машинах предупреждения.
"""),
]
