# Turkish, German, French, Spanish and Russian stories for the thirty-third held-out part (h33-*) of the newsflow
# extraction set. Fictional; written for newsflow. Same markup and fields as articles_h33_en.py (story tables
# included: "|" rows, a dashed line after a header row).
ARTICLES = [
dict(id="h33-tr-001", lang="tr", tpl="fusion", section="Ekonomi", date="2026-04-16", byline="Selin Korkmaz",
     title="Gram altın rekor kırdı, Sarıöz'de düğün alışverişi yarıya indi",
     sub="Kuyumcular Çarşısı'nda satışlar geçen yılın yarısına düştü.",
     standfirst="Çiftler bilezik yerine çeyrek altınla yetiniyor, bazı aileler sakladığı altını bozduruyor.",
     caption="Sarıöz Kuyumcular Çarşısı'nda vitrinlere bakan bir çift.", credit="Fotoğraf: Selin Korkmaz",
     carry=["markets"],
     look=[("factbox", "Bir düğün takısının hesabı")],
     body="""
Gram altının fiyatı bu hafta ilk kez 4 bin 200 lirayı geçti. Sarıöz Kuyumcular Çarşısı'ndaki esnaf, düğün sezonuna rağmen satışların geçen yılın yarısına düştüğünü söylüyor.

Çarşıda 28 yıldır kuyumculuk yapan Hasan Yiğit, müşterilerin artık bilezik yerine çeyrek altınla yetindiğini anlattı.

"Eskiden gelin için dört bilezik alınırdı. Şimdi bir bilezik alan bile az," dedi.

Esnafın hesabına göre geleneksel bir düğün takısının maliyeti bir yılda yüzde 60 arttı.

## Bir düğün takısının hesabı

- Dört adet 22 ayar bilezik: yaklaşık 310 bin lira
- Bir set küpe ve kolye: yaklaşık 95 bin lira
- On çeyrek altın: yaklaşık 72 bin lira

Bu hesapla toplam maliyet 477 bin lirayı buluyor. Geçen yıl aynı takı yaklaşık 300 bin liraya alınabiliyordu.

## Gençler önce kirayı düşünüyor

Haziranda evlenecek olan Zeynep ve Emre Kaplan, aileleriyle konuşup takıyı sade tutmaya karar verdiklerini söyledi. Emre Kaplan, "Altına yatıracağımız parayla bir yıllık kiramızı ödüyoruz," dedi.

Sarıöz Esnaf Odası Başkanı Şükrü Balcı ise fiyat artışının bozdurma işlemlerini de artırdığını belirtti. Bazı ailelerin yıllardır sakladıkları altınları ev ve araba peşinatı için sattığını söyledi.

Çarşıdaki 41 kuyumcudan üçü son altı ayda kepenk kapattı.
"""),

dict(id="h33-tr-002", lang="tr", tpl="gutenberg", section="Spor", date="2026-05-25", byline="Onur Kalkan",
     title="Karadere Gençlikspor 41 yıl sonra amatör lig şampiyonu",
     sub="Son haftada deplasmanda 2-1 kazanan takım kupayı 86 yaşındaki taraftarına verdi.",
     caption="Karadere Gençlikspor'un futbolcuları kupayla birlikte.", credit="Fotoğraf: Onur Kalkan",
     carry=["scores", "quiz"],
     look=[("dropcap", "Karadere Gençlikspor, Bölgesel"), ("pullquote", "\"Bu kupa, bu sahada")],
     body="""
Karadere Gençlikspor, Bölgesel Amatör Lig'in son haftasında deplasmanda Yenikent Belediyespor'u 2-1 yenerek 41 yıl sonra ilk kez şampiyon oldu.

Maça iki puan farkla lider giren Karadere'ye beraberlik de yetiyordu. Ev sahibi takım 58. dakikada öne geçince tribündeki 300 Karadereli taraftar sessizliğe gömüldü.

Takımın 19 yaşındaki forveti Onur Taşdelen, 71. ve 88. dakikalarda attığı iki golle maçı çevirdi.

## Yamalı formalarla başlayan sezon

Kulüp sezona maddi sıkıntılar içinde başladı. Başkan Metin Aydoğdu, formaların bir kısmının geçen yıldan kaldığını ve mahalledeki terzinin yırtıkları ücretsiz diktiğini anlattı.

Futbolcuların çoğu gündüz çalışıyor. Kalecinin fırında, iki savunma oyuncusunun da sanayide çalıştığı takımda antrenmanlar akşam saat dokuzda yapılıyor.

"Bu kupa, bu sahada, bu çamurda büyüyen çocukların kupası."

Aydoğdu bu sözleri şampiyonluk kutlamasında söyledi ve kupayı takımın en yaşlı taraftarı, 86 yaşındaki Nuri Saraç'a verdi. Saraç, kulübün 1985'teki son şampiyonluğunu da tribünden izlemişti.

## Kutlama cumartesi

Şampiyonluk kutlaması cumartesi günü saat 17.00'de Karadere Meydanı'nda yapılacak. Takım, üst lige çıkmak için haziranda oynanacak play-off maçlarına katılacak.
"""),

dict(id="h33-tr-003", lang="tr", tpl="portal", section="Yaşam", date="2026-02-03", byline="Deniz Altıok",
     title="Mahalle kütüphanesi artık gece yarısına kadar açık",
     sub="Sınava hazırlanan gençlerin dilekçesi karşılık buldu.",
     caption="Gülbahçe Halk Kütüphanesi'nin çalışma salonu.", credit="Fotoğraf: Deniz Altıok",
     low=0,
     body="""
Gülbahçe Mahallesi'ndeki Halk Kütüphanesi, öğrencilerin talebi üzerine pazartesiden itibaren her gün saat 24.00'e kadar açık kalacak.

Kütüphane şimdiye kadar hafta içi 09.00 ile 18.00 arasında hizmet veriyordu. Üniversite sınavına hazırlanan gençler, evde çalışacak sessiz bir yer bulamadıklarını belirterek 1.200 imzalı bir dilekçe vermişti.

Belediye Başkan Yardımcısı Aslı Tuncer, uzatılan saatler için iki yeni personel görevlendirildiğini ve bina girişine güvenlik kamerası takıldığını söyledi.

"Gençlerimiz kafede çay parası ödemeden ders çalışabilsin istiyoruz," dedi.

## Çay ocağı da açık

Kütüphanenin bodrum katındaki çay ocağı da gece boyunca hizmet verecek. Çay ve simit öğrencilere 10 lira karşılığında verilecek.

Sınava hazırlanan 17 yaşındaki Berk Soylu, evde üç kardeşiyle aynı odayı paylaştığını anlattı. "Burada telefonumu kapatıp gerçekten çalışabiliyorum," dedi.

Kütüphanede 140 kişilik bir çalışma salonu ve 26 bin kitap bulunuyor. Gece saatlerinde salona yalnızca 15 yaşından büyükler alınacak.

Belediye, uygulamanın ilk üç ayını değerlendirecek. Salonun gece doluluk oranı yüzde 40'ın altında kalırsa kapanış saati 22.00'ye çekilecek. Öğrenciler ise şimdiden sınav dönemi boyunca salonun sabaha kadar açık kalmasını istiyor.
"""),

dict(id="h33-de-001", lang="de", tpl="wagtail", site="Westmärkischer Rundfunk", kind="broadcaster", section="Westmark",
     date="2026-03-09", byline="Merle Düsterhöft",
     title="Bürgerentscheid: Hollerbeck behält sein Hallenbad",
     sub="Fast 62 Prozent stimmten für den Erhalt des Bades am Stadtpark. Die Sanierung dürfte rund 9,5 Millionen Euro kosten.",
     caption="Das Hallenbad am Stadtpark in Hollerbeck wurde 1974 eröffnet.", credit="Bild: WMR/Merle Düsterhöft",
     look=[("factbox", "So geht es jetzt weiter"), ("italic", "Das Ergebnis ist für drei Jahre")],
     body="""
Die Bürgerinnen und Bürger von Hollerbeck haben entschieden: Das Hallenbad am Stadtpark bleibt erhalten und wird saniert. Beim Bürgerentscheid am Sonntag stimmten 61,8 Prozent für den Erhalt.

Der Stadtrat hatte im vergangenen Herbst mit knapper Mehrheit beschlossen, das 1974 eröffnete Bad zu schließen und stattdessen den Zuschuss für das Kombibad im Nachbarort Tennstedt zu erhöhen. Eine Bürgerinitiative sammelte daraufhin rund 4.100 Unterschriften.

Damit der Entscheid gültig ist, mussten mindestens 20 Prozent der Wahlberechtigten mit Ja stimmen. Diese Hürde wurde mit 27,4 Prozent deutlich genommen.

## Ergebnis nach Stadtteilen

Die Zustimmung war in allen vier Stadtteilen hoch, am höchsten in der Kernstadt:

| Stadtteil | Ja | Nein | Beteiligung
|---|---|---|---
| Kernstadt | 3.912 | 2.006 | 46,1 %
| Ostervelde | 1.240 | 903 | 41,7 %
| Brinkhausen | 806 | 611 | 39,2 %
| Süderheide | 655 | 547 | 37,8 %

Die Sprecherin der Bürgerinitiative, Katrin Wollenweber, sprach von einem „Sieg für alle Kinder, die hier schwimmen lernen sollen“.

Bürgermeister Jens Altmeppen (parteilos) kündigte an, das Ergebnis umzusetzen. Er wies aber darauf hin, dass die Sanierung nach ersten Schätzungen rund 9,5 Millionen Euro kosten werde.

## So geht es jetzt weiter

- Der Stadtrat muss bis zum Sommer einen Sanierungsplan beschließen.
- Das Land hat Fördermittel von bis zu 40 Prozent in Aussicht gestellt.
- Während der Bauarbeiten bleibt das Bad voraussichtlich zwei Jahre geschlossen.

Das Ergebnis ist für drei Jahre bindend. So lange darf der Stadtrat keinen gegenteiligen Beschluss fassen.
"""),

dict(id="h33-de-002", lang="de", tpl="drupal", site="Gemeinde Lindenhorst", kind="public", section="Pressemitteilungen",
     date="2026-02-12", byline="Bürgerbüro",
     title="Wertstoffhof öffnet ab März auch am Samstagnachmittag",
     sub="Dafür bleibt der Wertstoffhof an der Industriestraße montags geschlossen.",
     caption="Der Wertstoffhof der Gemeinde an der Industriestraße.", credit="Foto: Gemeinde Lindenhorst",
     carry=["map"],
     look=[("box", "Bitte beachten Sie")],
     body="""
Der Wertstoffhof der Gemeinde Lindenhorst an der Industriestraße hat ab dem 2. März neue Öffnungszeiten. Künftig können Grünschnitt, Sperrmüll und Elektroschrott auch am Samstagnachmittag abgegeben werden.

Viele Berufstätige hatten sich gewünscht, nicht mehr nur am Samstagvormittag kommen zu können. An diesen Vormittagen bildeten sich regelmäßig Schlangen bis auf die Kreisstraße.

Im Gegenzug bleibt der Wertstoffhof am Montag geschlossen. An diesem Tag kamen im vergangenen Jahr im Schnitt nur 38 Fahrzeuge.

## Die neuen Öffnungszeiten

Ab dem 2. März gilt:

| Montag | geschlossen
| Dienstag bis Freitag | 13 bis 18 Uhr
| Donnerstag, zusätzlich | 8 bis 12 Uhr
| Samstag | 8 bis 16 Uhr

An Feiertagen bleibt der Wertstoffhof geschlossen.

## Grünschnitt weiterhin kostenlos

Die Annahme von Grünschnitt bis zu einem Kubikmeter bleibt kostenlos. Für Sperrmüll wird wie bisher eine Gebühr von 15 Euro je angefangenem Kubikmeter erhoben.

Bitte beachten Sie: Elektrogeräte mit fest eingebauten Akkus müssen getrennt abgegeben werden. Lose Akkus und Batterien nimmt das Personal an einem eigenen Sammelbehälter im Eingangsbereich entgegen.

Fragen beantwortet das Bürgerbüro unter der Telefonnummer 05261 000 812.
"""),

dict(id="h33-de-003", lang="de", tpl="chunks", section="Wirtschaft", date="2026-11-05", byline="Hannes Vorderbrügge",
     title="Warum Tanken in Mühlbrunn teurer ist als in Kreuzhagen",
     sub="Eine Auswertung der Spritpreise zeigt elf Cent Unterschied auf acht Kilometern.",
     standfirst="Seit im Sommer eine Tankstelle schloss, fehlt in Mühlbrunn die Konkurrenz.",
     caption="Die letzte Tankstelle in Mühlbrunn an der Hauptstraße.", credit="Foto: Hannes Vorderbrügge",
     carry=["markets"],
     look=[("highlight", "Wer in Mühlbrunn tanken muss")],
     body="""
Autofahrer in Mühlbrunn zahlen für einen Liter Super E10 im Schnitt 11 Cent mehr als im nur acht Kilometer entfernten Kreuzhagen. Das zeigt eine Auswertung der Preisdaten der vergangenen drei Monate.

Während in Kreuzhagen vier Tankstellen an der Bundesstraße um Kundschaft konkurrieren, gibt es in Mühlbrunn nur noch eine. Die zweite an der Bahnhofstraße hat im Sommer geschlossen.

„Wo es keinen Wettbewerb gibt, muss sich niemand nach unten bewegen“, sagt die Verkehrsökonomin Sabine Reuter von der Hochschule Kreuzhagen.

## Pendler tanken unterwegs

Viele Mühlbrunner tanken deshalb auf dem Weg zur Arbeit. Der Pächter der Mühlbrunner Tankstelle, Ralf Göbel, spürt das: Sein Umsatz mit Kraftstoff sei um ein Viertel gesunken.

Den Vorwurf, er nutze seine Lage aus, weist Göbel zurück. Die Preise lege der Mineralölkonzern fest, er selbst verdiene an einem Liter kaum mehr als einen Cent.

## Am Abend günstiger

Wer in Mühlbrunn tanken muss, kann trotzdem sparen. Am günstigsten ist Kraftstoff den Daten zufolge zwischen 19 und 21 Uhr, am teuersten am frühen Morgen.

Der Unterschied zwischen dem teuersten und dem günstigsten Zeitpunkt des Tages betrug im Schnitt 9 Cent je Liter.

Der Gemeinderat will nun prüfen, ob sich auf dem Gelände der geschlossenen Tankstelle eine Ladestation für Elektroautos ansiedeln lässt.
"""),

dict(id="h33-fr-001", lang="fr", tpl="legacy-br", section="Vie locale", date="2026-03-02", byline="Thierry Mazeaud",
     title="Fusion des communes : le oui l'emporte à Saint-Vérand, le non à Mornay",
     sub="La consultation n'a qu'une valeur d'avis ; les deux conseils municipaux trancheront le 19 mars.",
     caption="Le dépouillement à la mairie de Saint-Vérand, dimanche soir.", credit="Photo : Thierry Mazeaud",
     body="""
Les habitants de Saint-Vérand et de Mornay-sur-Lize étaient appelés dimanche à donner leur avis sur la fusion de leurs deux communes au 1er janvier prochain. Le résultat est partagé : le oui l'emporte largement à Saint-Vérand, mais le non est majoritaire à Mornay.

La consultation n'a qu'une valeur d'avis. La décision finale revient aux deux conseils municipaux, qui se réuniront le 19 mars.

## Les résultats bureau par bureau

Voici les chiffres communiqués dimanche soir par les deux mairies :

| Bureau | Inscrits | Oui | Non
|---|---|---|---
| Saint-Vérand, mairie | 812 | 401 | 187
| Saint-Vérand, école des Tilleuls | 655 | 298 | 164
| Mornay-sur-Lize, salle des fêtes | 534 | 171 | 243

La participation a atteint 70,4 % au total, un niveau rarement vu pour une consultation de ce type.

## « On ne veut pas disparaître »

À Mornay, la plus petite des deux communes, les opposants craignent de perdre leur école et leur identité. « On ne veut pas disparaître dans la grande commune voisine », résume Gisèle Parrain, qui a fait campagne pour le non.

Le maire de Saint-Vérand, Luc Bernadet, assure que l'école de Mornay restera ouverte et que chaque ancienne commune gardera une mairie annexe.

Son homologue de Mornay, Henri Vachon, favorable à la fusion, a reconnu une « déception » et promis de « prendre le temps d'écouter ».

La fusion permettrait aux deux communes de toucher une dotation de l'État majorée pendant trois ans.
"""),

dict(id="h33-fr-002", lang="fr", tpl="ghost", site="Le Fil du Causse", kind="indie", section="Élections",
     date="2026-02-09", byline="Aurélie Combarieu",
     title="Municipale partielle à Lacroze : la liste de Claire Anduze élue dès le premier tour",
     sub="Treize sièges sur quinze pour « Lacroze ensemble », après la crise du prix de l'eau.",
     caption="Claire Anduze devant la mairie de Lacroze, dimanche soir.", credit="Photo : Aurélie Combarieu",
     carry=["election"],
     look=[("callout", "Le nouveau conseil municipal se réunira")],
     body="""
La liste « Lacroze ensemble », menée par Claire Anduze, a remporté dimanche l'élection municipale partielle organisée après la démission de la moitié du conseil municipal en novembre.

Avec 58,3 % des voix, elle obtient 13 des 15 sièges. La liste conduite par Bernard Fabre, ancien adjoint du maire démissionnaire, n'en obtient que deux.

Sur les 641 inscrits, 489 électeurs se sont déplacés, soit une participation de 76,3 %.

## Une crise autour de l'eau

La crise avait éclaté à l'automne autour du prix de l'eau. Le conseil avait voté une hausse de 40 % pour financer la nouvelle station d'épuration, sans réunion publique préalable.

Huit conseillers avaient alors démissionné, ce qui rendait une nouvelle élection obligatoire.

Claire Anduze, 46 ans, infirmière libérale, promet de « tout remettre sur la table », à commencer par le calendrier des travaux.

Le nouveau conseil municipal se réunira samedi 14 février à 10 h pour élire le maire et ses adjoints. La séance est publique.

## Ce qui change pour les abonnés

En attendant, la hausse votée en octobre reste en vigueur. Les factures du premier semestre seront envoyées en avril.

Bernard Fabre a félicité les élus et annoncé qu'il siégerait « dans une opposition constructive ».
"""),

dict(id="h33-fr-003", lang="fr", tpl="hugo", section="Patrimoine", date="2026-07-11", byline="Odile Ferrières",
     title="Le lavoir du Pré-Bas retrouve son toit, soixante ans après",
     sub="Les bénévoles de Pierres et Mémoire ont réuni 23 000 euros et des tuiles anciennes de tout le village.",
     caption="Le lavoir du Pré-Bas et sa nouvelle charpente en chêne.", credit="Photo : Odile Ferrières",
     carry=["quiz", "gallery"],
     markup={"related": 3},
     look=[("br", "Un charpentier à la retraite")],
     body="""
Le lavoir du Pré-Bas, à Vernoux-le-Vieux, a retrouvé samedi son toit de tuiles, après près de soixante ans à ciel ouvert.

Construit en 1867, le lavoir servait encore aux lavandières du village au début des années 1960. La charpente, rongée par l'humidité, s'était effondrée lors d'un orage en 1966.

Le chantier a été mené par l'association Pierres et Mémoire, qui compte 38 membres. Pendant deux ans, les bénévoles ont récupéré des tuiles anciennes dans les granges de la commune.

Un charpentier à la retraite, Marcel Joubert, a taillé à la main les nouvelles poutres en chêne.

## Un budget de 23 000 euros

Les travaux ont coûté 23 000 euros. La Fondation du patrimoine a apporté 9 000 euros, la commune 6 000 euros, et le reste a été réuni grâce à une souscription et à deux lotos.

« Toutes les familles du village ont une grand-mère qui est venue laver ici. Il fallait le sauver », explique la présidente de l'association, Odile Marsac.

## Ouvert pour les Journées du patrimoine

Le lavoir pourra être visité lors des Journées européennes du patrimoine, les 19 et 20 septembre. Une exposition de photographies anciennes y sera installée.

L'association cherche désormais des fonds pour restaurer la fontaine du bourg, à quelques centaines de mètres de là.
"""),

dict(id="h33-es-001", lang="es", tpl="wordpress", section="Campo", date="2026-03-17", byline="Rocío Benavente",
     title="La lonja de Valdelosa paga el cordero lechal al precio más alto de su historia",
     sub="Faltan animales: la provincia ha perdido casi un tercio de sus ovejas en diez años.",
     caption="Corderos en la lonja ganadera de Valdelosa.", credit="Foto: Rocío Benavente",
     carry=["markets"],
     look=[("dropcap", "La lonja ganadera de Valdelosa"), ("bold", "Los carniceros prevén")],
     body="""
La lonja ganadera de Valdelosa pagó este martes el cordero lechal a 7,10 euros el kilo en vivo, el precio más alto desde que abrió el mercado en 1998.

La subida se explica por la falta de animales. En la provincia quedan hoy unas 212.000 ovejas, casi un tercio menos que hace diez años, según los datos de la Cámara Agraria.

Los ganaderos celebran el precio, pero advierten de que no compensa el aumento de los costes. El pienso ha subido un 35 % en dos años y cada vez es más difícil encontrar pastores.

## Sin relevo en las explotaciones

Agustín Merino, de 63 años, tiene 900 ovejas en Fuentecilla y ninguno de sus tres hijos quiere seguir con el negocio.

«Con estos precios se vive, pero no se vive mejor que en una fábrica. Y en la fábrica libras los domingos», dice.

La organización agraria Campo Vivo calcula que la mitad de los ganaderos de ovino de la comarca se jubilará en los próximos diez años.

## Más caro en la carnicería

El precio también se nota en el mostrador. En las carnicerías de la capital, la pierna de cordero se vende ya a más de 24 euros el kilo.

Los carniceros prevén que el precio siga subiendo antes de Semana Santa, cuando se dispara la demanda.
"""),

dict(id="h33-es-002", lang="es", tpl="amp", section="Sanidad", date="2026-06-23", byline="Julián Carrasco",
     title="El consultorio de Pinarejo abrirá también por las tardes desde octubre",
     sub="La Consejería asigna una segunda médica al municipio tras cinco años de protestas vecinales.",
     caption="El consultorio médico de Pinarejo, en la plaza de la Constitución.", credit="Foto: Julián Carrasco",
     low=1, only=["correction"],
     correction="Fe de erratas: una versión anterior de esta noticia decía que la nueva médica pasaría consulta también los viernes por la tarde. Los viernes por la tarde atiende el servicio de urgencias de Villacastro.",
     body="""
El consultorio médico de Pinarejo abrirá también por las tardes a partir del 1 de octubre, después de que la Consejería de Sanidad haya asignado una segunda médica al centro.

Hasta ahora, los 3.400 vecinos del municipio solo podían ver a su médico de familia por las mañanas, de 8 a 15 horas. Por las tardes tenían que desplazarse al centro de salud de Villacastro, a 19 kilómetros.

La nueva médica, Lucía Ferrán, pasará consulta de lunes a jueves de 15 a 20 horas. Los viernes por la tarde seguirá atendiendo el servicio de urgencias de Villacastro.

## Cinco años de reclamaciones

La plataforma vecinal Pinarejo con Médico llevaba cinco años reclamando el servicio. En 2024 reunió 2.100 firmas y organizó una marcha hasta la capital.

«Las personas mayores no tienen coche, y el autobús a Villacastro pasa dos veces al día», recuerda su portavoz, Rosario Gil.

El alcalde, Tomás Iniesta, agradeció la decisión y dijo que el ayuntamiento pintará y amueblará una segunda consulta antes del verano.

Las citas para la consulta de tarde se podrán pedir por teléfono o en la aplicación de la Consejería a partir del 20 de septiembre.
"""),

dict(id="h33-es-003", lang="es", tpl="nextjs", section="Sociedad", date="2026-04-27", byline="Nerea Olaizola",
     title="Un relojero jubilado devuelve la hora a la torre de Villarreña",
     sub="Eusebio Galindo, de 78 años, ha fabricado a mano las piezas que faltaban.",
     caption="Eusebio Galindo junto a la maquinaria del reloj de San Bartolomé.", credit="Foto: Nerea Olaizola",
     low=0,
     body="""
El reloj de la torre de la iglesia de San Bartolomé, en Villarreña, volvió a dar las horas este domingo después de casi cuarenta años parado.

La reparación ha sido obra de Eusebio Galindo, un relojero jubilado de 78 años que ha dedicado dos inviernos a desmontar, limpiar y ajustar la maquinaria, fabricada en Barcelona en 1911.

«Estaba todo oxidado, pero las piezas eran buenas. Antes se hacían las cosas para que duraran», explica Galindo.

## Piezas hechas a mano

Tres de las ruedas dentadas estaban rotas y no había recambios. Galindo las fabricó en su taller a partir de planchas de latón, con un torno que heredó de su padre.

El ayuntamiento pagó los materiales, unos 1.800 euros, y el arreglo de la escalera de la torre. El relojero no ha querido cobrar por su trabajo.

## Las campanas, en otoño

Por ahora el reloj marca la hora, pero todavía no hace sonar las campanas. El mecanismo del martillo necesita una pieza nueva que Galindo espera terminar antes del otoño.

Muchos vecinos se acercaron el domingo a la plaza para ver cómo volvían a moverse las agujas. «Mi padre ponía en hora el suyo con este reloj», contaba emocionada Remedios Sanz, de 81 años.

Galindo ya tiene aprendiz: su nieto Hugo, de 15 años, que le ha ayudado todos los fines de semana.
"""),

dict(id="h33-ru-001", lang="ru", tpl="bitrix", section="Экономика", date="2026-09-08", byline="Андрей Колесников",
     title="Бензин в Заречном за месяц подорожал почти на два рубля",
     sub="Сильнее всего выросла цена дизельного топлива — в разгар уборки урожая.",
     caption="Автозаправочная станция на въезде в Заречный.", credit="Фото: Андрей Колесников",
     carry=["markets"],
     body="""
Стоимость бензина на заправках Заречного за месяц выросла почти на два рубля за литр. В понедельник литр АИ-92 на большинстве АЗС города стоил 56,40 рубля, АИ-95 — 61,80 рубля.

Больше всего подорожало дизельное топливо: за месяц его цена выросла на 2,60 рубля. Это особенно ощутили фермеры, у которых в разгаре уборка урожая.

Владелец хозяйства в селе Ключи Николай Сомов подсчитал, что на уборке зерновых у него уходит около 14 тонн солярки.

«Каждый рубль на литре для меня — это четырнадцать тысяч рублей. А цену на зерно мне никто не поднимает», — говорит он.

## Почему дорожает топливо

По словам директора одной из сетей АЗС, розничные цены растут вслед за оптовыми: на бирже за месяц бензин подорожал на 9 процентов. Часть нефтеперерабатывающих заводов ушла на плановый ремонт.

Водители уже меняют привычки. Таксист Артём Бурцев говорит, что перестал брать заказы в дальние микрорайоны без доплаты.

## Когда ждать снижения

Аналитики ожидают, что цены стабилизируются к концу осени, когда заводы вернутся к работе. Снижения в ближайшие месяцы они не прогнозируют.

Администрация района сообщила, что направила обращение в антимонопольную службу с просьбой проверить цены на местных заправках.
"""),

dict(id="h33-ru-002", lang="ru", tpl="ucoz", site="Посёлок Берёзовый Лог", kind="small", section="Что нового в Логе",
     date="2026-08-31", byline="Совет посёлка",
     title="Жители своими силами отремонтировали сельский клуб",
     sub="Ремонт сделали за одно лето на собранные всем посёлком деньги.",
     caption="Обновлённый клуб в день открытия.", credit="Фото: Совет посёлка",
     low=1,
     body="""
В субботу в нашем посёлке открылся обновлённый сельский клуб. Ремонт жители сделали своими силами за одно лето.

Здание клуба построено в 1962 году. Последние десять лет оно стояло закрытым: протекала крыша, в зале провалился пол.

Весной на сходе решили, что ждать денег из района больше нельзя. Собрали 186 тысяч рублей: кто сколько мог, помогли и бывшие жители, которые сейчас живут в городе.

## Кто что делал

Крышу перекрыли братья Куприяновы, пол в зале настелил Виктор Ильич Латышев вместе с внуками. Окна заменили на деньги, которые выделил фермер Алексей Дробышев. Женщины посёлка отмыли, покрасили и побелили всё, что можно.

«Мы в этом клубе танцевали, здесь была моя свадьба. Хочется, чтобы и внуки здесь праздники встречали», — говорит Нина Павловна Громова.

## Что будет в клубе

По субботам в клубе будут показывать кино, по средам — собираться хор ветеранов. Библиотека переедет сюда из тесной комнаты в здании администрации.

Открытие отметили концертом и чаепитием. Пришло больше ста человек — почти весь посёлок.

Спасибо всем, кто помогал!
"""),

dict(id="h33-ru-003", lang="ru", tpl="quintype", section="Политика", date="2026-09-14", byline="Ольга Сиверцева",
     title="Довыборы в городскую думу Верхнеозёрска выиграла учительница истории",
     sub="Марина Ковалёва набрала 46 процентов голосов в седьмом округе.",
     caption="Подсчёт голосов на избирательном участке № 712.", credit="Фото: Ольга Сиверцева",
     carry=["election"],
     look=[("highlight", "Явка составила")],
     body="""
Довыборы в городскую думу Верхнеозёрска по седьмому округу выиграла учительница истории школы № 4 Марина Ковалёва. Она набрала 2 164 голоса, или 46,2 процента.

Второе место занял индивидуальный предприниматель Олег Стрельцов с 1 389 голосами. Ещё три кандидата вместе получили меньше 20 процентов.

Явка составила 23,7 процента. Это выше, чем на прошлых довыборах в городе два года назад.

## Округ без депутата полтора года

Место в думе освободилось весной прошлого года, когда прежний депутат переехал в областной центр. Всё это время у жителей округа не было своего представителя.

Ковалёва шла на выборы с обещанием добиться ремонта дороги на улице Суворова и открыть в округе детскую поликлинику.

«Я двадцать лет учу детей этого района. Теперь попробую поучиться у их родителей», — сказала она после объявления предварительных итогов.

## Следующие шаги

Избирательная комиссия должна утвердить окончательные итоги до конца недели. После этого новый депутат получит удостоверение и сможет участвовать в заседаниях.

Ближайшее заседание думы назначено на 24 сентября. На нём обсудят поправки в городской бюджет.
"""),
]
