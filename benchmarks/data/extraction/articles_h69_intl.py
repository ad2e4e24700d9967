# Turkish, German, French, Spanish and Russian stories for the sixty-ninth held-out part (h69-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h69_en.py.
ARTICLES = [
dict(id="h69-tr-001", lang="tr", tpl="drupal", section="Kent", date="2026-05-06", byline="Gökhan Yazıcıoğlu",
     title="Otogarın kayıp eşya bürosunda bir yılda 3 bin 200 eşya birikti",
     sub="Akçaova Şehirlerarası Otobüs Terminali'nde unutulan eşyaların ancak dörtte biri sahibine ulaşıyor.",
     caption="Kayıp eşya bürosunun raflarında bekleyen valizler.", credit="Fotoğraf: Gökhan Yazıcıoğlu",
     carry=["lostfound"],
     body="""
Akçaova Şehirlerarası Otobüs Terminali'ndeki kayıp eşya bürosuna geçen yıl 3 bin 214 eşya teslim edildi. Bunların yalnızca 806'sı sahibi tarafından geri alındı.

Terminalin alt katında, peron 12'nin yanındaki küçük odada çalışan iki memur, otobüs firmalarının ve temizlik personelinin getirdiği her eşyayı deftere tek tek işliyor.

**En çok unutulan: telefon ve şemsiye**

Büro sorumlusu Nermin Akdoğan'ın verdiği bilgiye göre listenin başında cep telefonları, şemsiyeler ve anahtarlar geliyor. Onları cüzdanlar ve gözlükler izliyor.

"Telefonu kaybeden hemen arıyor, çoğu aynı gün gelip alıyor. Şemsiyeyi ise kimse aramıyor," diyor Akdoğan. "Raflar kışın şemsiyeden geçilmiyor."

**Bir gelinlik, bir de bağlama**

Büroda bekleyen eşyalar arasında ilginç olanlar da var. Geçen yaz Ankara seferinden inen bir yolcunun unuttuğu gelinlik, sahibi bulunana kadar iki hafta askıda kaldı. Bir bağlama ise sekiz aydır rafta duruyor.

Akdoğan, değerli eşyaların fotoğraflandığını ve bir yıl saklandığını anlatıyor. Kimlik kartları ise nüfus müdürlüğüne gönderiliyor.

Bir yıl içinde sahibi çıkmayan eşyalar, yasa gereği Milli Emlak'a devrediliyor ve açık artırmayla satılıyor. Giysiler ise ilçedeki yardım derneklerine veriliyor.

Terminal müdürü Cengiz Toprak, büronun bu yıl içinde yolcuların internetten kayıp bildirimi yapabileceği bir sisteme geçeceğini söyledi.

Eşyasını terminalde unutanlar, kimlikleriyle birlikte hafta içi 08.00 ile 17.00 arasında büroya başvurabilir.
"""),

dict(id="h69-tr-002", lang="tr", tpl="gutenberg", section="Yaşam", date="2026-01-27", byline="Elif Karaalioğlu",
     title="Mahalle konağı kapılarını açtı: salonlar kurs ve toplantı için saatlik kiralanacak",
     sub="Akçaova Belediyesi'nin İstasyon Mahallesi'ndeki eski tekel deposunu dönüştürdüğü konakta üç salon var.",
     caption="Mahalle konağının yenilenen büyük salonu.", credit="Fotoğraf: Akçaova Belediyesi",
     carry=["hallhire"],
     look=[("box", "Konakta düğün, nişan ve kına gecesi yapılamayacak.")],
     body="""
İstasyon Mahallesi'nde yıllardır boş duran eski tekel deposu, mahalle konağı olarak hizmete açıldı. Belediye, binadaki üç salonu derneklere, kurs düzenleyenlere ve mahalle sakinlerine saatlik olarak kiralayacak.

Binanın restorasyonu yaklaşık bir buçuk yıl sürdü. 1938'de yapılan taş deponun çatısı yenilendi, zemine ahşap döşendi, bir de küçük mutfak eklendi.

Belediye Başkan Yardımcısı Tülay Karakaş, açılışta mahallede toplanacak bir yer olmadığını söyledi. "Emekliler kahvede, gençler sokakta, kadınlarımız evlerde toplanıyordu. Artık herkesin gidebileceği bir çatı var."

Konakta şu salonlar bulunuyor:

- 120 kişilik büyük salon
- 30 kişilik toplantı odası
- el sanatları kursları için tezgâhlı atölye

Mahalle derneklerine ve muhtarlığa salonlar ücretsiz verilecek. Diğer kullanıcılar ise salonun büyüklüğüne göre saatlik ücret ödeyecek.

Konakta düğün, nişan ve kına gecesi yapılamayacak. Belediye, binanın yakınındaki konutları rahatsız etmemek için salonların akşam 22.00'de boşaltılmasını şart koştu.

İlk ay için şimdiden 40'tan fazla başvuru yapıldı. Bunların arasında bir satranç kulübü, bir emekliler korosu ve çocuklar için ücretsiz ödev desteği veren üniversite öğrencileri var.

Emekli öğretmen Muzaffer Aydın, koroyu on yıldır evlerde topladıklarını anlattı. "Salonun akustiği o kadar güzel ki ilk provada kendi sesimize şaşırdık."

Konak, hafta içi 09.00 ile 22.00, hafta sonu 10.00 ile 20.00 arasında açık olacak.
"""),

dict(id="h69-tr-003", lang="tr", tpl="hugo", section="Söyleşi", date="2026-06-16", byline="Berk Ulusoy",
     title="Otuz beş yılın ardından son seferine çıkan kaptan: \u201cDeniz her sabah başka\u201d",
     sub="Akçaova ile Karaada arasında çalışan Yunus Emre vapurunun kaptanı Hikmet Sarıkaya emekli oluyor.",
     caption="Kaptan Hikmet Sarıkaya köprüüstünde.", credit="Fotoğraf: Berk Ulusoy",
     body="""
Hikmet Sarıkaya, 35 yıldır Akçaova ile Karaada arasında vapur işletiyor. Cuma günü son seferini yapacak olan kaptanla, iskelede son çayını içerken konuştuk.

**Denize nasıl başladınız?**

Babam balıkçıydı. On dört yaşında teknesinde ağ çekiyordum. Askerden sonra vapura tayfa olarak girdim, dümene geçmem on iki yıl sürdü.

**Toplam kaç sefer ettiniz?**

Hesapladım, kırk bin seferi geçiyor. Günde altı sefer, yılda üç yüz gün. Bazı yolcuları okula giderken taşıdım, şimdi torunlarını taşıyorum.

**Dümendeki en zor gün?**

1998 kışı. Poyraz öyle esti ki iskeleye yanaşamadık, yolcuları iki saat denizde bekletmek zorunda kaldım. Kimse şikâyet etmedi, hatta biri simit dağıttı.

**Yolcular yıllar içinde değişti mi?**

Eskiden herkes güverteye çıkıp martılara simit atardı. Şimdi herkes telefonuna bakıyor. Ama martılar hâlâ aynı martılar.

**Ne yapacaksınız?**

Karaada'da küçük bir bahçem var, domates yetiştireceğim. Sabahları da iskeleye gelip genç kaptanın yanaşmasını izleyeceğim. Bakalım beni dinleyecek mi?

Son seferin ardından belediye, iskelede kaptan için küçük bir tören düzenleyecek. Sarıkaya'nın yerine, on yıldır yanında çalışan ikinci kaptan Deniz Oral geçecek.

Vapur yaz tarifesiyle her gün 07.30'dan itibaren saat başı kalkıyor.
"""),

dict(id="h69-de-001", lang="de", tpl="wordpress", section="Lokales", date="2026-09-01", byline="Jonas Weißgerber",
     title="Vierzehn neue Sirenen: Altmühlbach heult zum Warntag",
     sub="Nach dem Hochwasser 2024 hat die Stadt ihr Warnnetz neu aufgebaut. Am Donnerstag wird es zum ersten Mal getestet.",
     caption="Eine der neuen Sirenen auf dem Dach der Grundschule am Mühlweg.", credit="Foto: Jonas Weißgerber",
     carry=["sirentest"],
     look=[("dropcap", "Wenn am Donnerstag um 11 Uhr")],
     body="""
Wenn am Donnerstag um 11 Uhr in ganz Deutschland die Sirenen heulen, sind in Altmühlbach zum ersten Mal alle vierzehn neuen Anlagen dabei. Die Stadt hat in den vergangenen zwei Jahren rund 290.000 Euro in ihr Warnnetz gesteckt.

Bis zum Hochwasser im Juni 2024 gab es in der Stadt nur noch zwei alte Motorsirenen, eine auf dem Feuerwehrhaus und eine auf dem Rathaus. In den Ortsteilen Unterried und Grashof waren sie nicht zu hören.

„In der Nacht damals sind wir mit dem Lautsprecherwagen durch die Straßen gefahren“, sagt Stadtbrandmeister Tobias Renninger. „Das darf so nicht noch einmal passieren.“

## Was die Töne bedeuten

Die neuen elektronischen Sirenen stehen auf Schulen, Kindergärten und zwei eigens gebauten Masten. Sie haben Batterien und funktionieren auch bei Stromausfall.

Beim Warntag ertönt zuerst eine Minute lang ein auf- und abschwellender Heulton. Er bedeutet: Radio einschalten, auf Durchsagen achten. Danach folgt ein gleichbleibender Dauerton, die Entwarnung.

Zusätzlich bekommen alle Handys in der Region eine Testnachricht über Cell Broadcast.

Renninger bittet die Bürgerinnen und Bürger, darauf zu achten, ob sie die Sirene zu Hause gut hören. Rückmeldungen sammelt die Stadt bis Ende September über ein Formular auf ihrer Internetseite.

Die Sirenen sollen künftig außerdem an jedem ersten Samstag im Quartal um 12 Uhr kurz getestet werden.
"""),

dict(id="h69-de-002", lang="de", tpl="storybody", section="Stadt", date="2026-04-29", byline="Carina Vollmer",
     title="Fundbüro versteigert 86 Fahrräder und ein Kanu",
     sub="Was in Bad Wintersheim liegen bleibt und nicht abgeholt wird, kommt nach sechs Monaten unter den Hammer.",
     caption="Fahrräder im Keller des Bürgeramts.", credit="Foto: Carina Vollmer",
     carry=["lostfound"],
     section_tag=True,
     body="""
Das Fundbüro von Bad Wintersheim versteigert am Samstag 86 Fahrräder, sieben Kinderwagen und ein rotes Kanu. Alle wurden im vergangenen Jahr im Stadtgebiet gefunden und nie abgeholt.

Die Versteigerung beginnt um 10 Uhr im Hof des Bauhofs in der Gerberstraße. Besichtigen kann man die Räder ab 9 Uhr.

Nach dem Gesetz muss das Fundbüro gefundene Sachen sechs Monate aufbewahren. Meldet sich in dieser Zeit niemand, gehören sie dem Finder oder, wenn der darauf verzichtet, der Stadt.

„Bei Fahrrädern verzichten fast alle Finder“, sagt Sachbearbeiterin Heike Strobel, die das Fundbüro seit neun Jahren betreut. „Wer will schon ein Rad mit Platten, das drei Wochen am Bahnhof stand?“

Im vergangenen Jahr wurden in Bad Wintersheim 1.412 Fundsachen abgegeben. Am häufigsten waren:

- Schlüssel (388)
- Geldbörsen und Ausweise (301)
- Handys (167)
- Brillen (94)

Das Kanu wurde im August am Ufer des Wintersees gefunden, mit einem Paddel, aber ohne Besitzer. Strobel vermutet, dass es bei einem Gewitter abgetrieben ist.

Der Erlös der Versteigerung, im vergangenen Jahr rund 3.900 Euro, fließt in den städtischen Haushalt. Bezahlt wird bar, die Räder müssen gleich mitgenommen werden.

Das Fundbüro im Bürgeramt am Marktplatz ist montags bis freitags von 8 bis 12 Uhr und donnerstags zusätzlich von 14 bis 18 Uhr geöffnet.
"""),

dict(id="h69-de-003", lang="de", tpl="magazine", section="Menschen", date="2026-12-09", byline="Lena Kürschner",
     title="„Der letzte Zug ging um 22.14 Uhr\u201c: Die Schrankenwärterin von Hohenfeld geht in Rente",
     sub="31 Jahre lang hat Gisela Brandl am Bahnübergang Hohenfeld die Schranken von Hand heruntergekurbelt.",
     caption="Gisela Brandl in ihrem Postenhäuschen.", credit="Foto: Lena Kürschner",
     pull="Man hört einen Zug, lange bevor man ihn sieht",
     look=[("box", "Der Bahnübergang wird im Frühjahr durch eine Brücke ersetzt.")],
     body="""
Seit 1995 sitzt Gisela Brandl in dem kleinen Backsteinhäuschen am Bahnübergang Hohenfeld. Wenn ein Zug kommt, kurbelt sie die Schranken herunter, 96 Mal am Tag. Ende Dezember ist Schluss. Wir haben sie an einem ihrer letzten Arbeitstage besucht.

**Wie wird man Schrankenwärterin?**

Durch Zufall. Ich war Verkäuferin in der Bäckerei, und mein Mann hat bei der Bahn gearbeitet. Die Stelle war ausgeschrieben, und ich dachte, ein halbes Jahr probiere ich das.

**Langweilig geworden?**

Nie. Man hört einen Zug, lange bevor man ihn sieht. Und die Leute an der Schranke kennen mich, sie winken, manche bringen im Sommer Kirschen vorbei.

**Ein Tag, den Sie nie vergessen?**

Der Winter 2010. Die Kurbel war eingefroren, und ich habe sie mit heißem Kaffee aus der Thermoskanne aufgetaut. Der Güterzug hat trotzdem nur zwei Minuten gewartet.

**Und was kommt nach der Schranke?**

Der Garten. Und die Enkel. Und vielleicht fahre ich endlich mal mit dem Zug bis ans Ende der Strecke. Das habe ich in 31 Jahren nie gemacht.

Der Bahnübergang wird im Frühjahr durch eine Brücke ersetzt. Das Postenhäuschen soll erhalten bleiben, der Heimatverein will darin ein kleines Museum einrichten.

Zum Abschied laden die Hohenfelder am 30. Dezember um 15 Uhr zu Glühwein an die Schranke ein.
"""),

dict(id="h69-fr-001", lang="fr", tpl="typo3", site="Commune de Montbrézac", kind="public",
     section="Sécurité", date="2026-02-02", byline="Service communication",
     title="Une nouvelle sirène d'alerte sur le toit de la mairie",
     sub="Elle sera testée chaque premier mercredi du mois à midi, comme partout en France.",
     caption="La nouvelle sirène installée sur le toit de la mairie.", credit="Photo : Mairie de Montbrézac",
     carry=["sirentest"],
     body="""
Une nouvelle sirène du réseau national d'alerte a été installée sur le toit de la mairie de Montbrézac. Elle remplace l'ancienne sirène de la caserne des pompiers, qui datait de 1962 et ne fonctionnait plus depuis l'été dernier.

L'installation a été financée par l'État dans le cadre de la modernisation du système d'alerte et d'information des populations. La commune a pris à sa charge le raccordement électrique.

La nouvelle sirène peut être déclenchée à distance par la préfecture ou par le maire. Sa portée est d'environ deux kilomètres, ce qui couvre le bourg, le lotissement des Tilleuls et le hameau de la Brousse.

## Comment reconnaître l'alerte

En cas de danger, la sirène émet un son montant et descendant, en trois cycles d'une minute quarante et une secondes. Il faut alors se mettre à l'abri dans un bâtiment, fermer portes et fenêtres et écouter France Bleu ou France Info.

La fin de l'alerte est annoncée par un son continu de trente secondes.

Comme partout en France, la sirène sera testée le premier mercredi de chaque mois à midi. L'essai ne dure qu'une minute et quarante et une secondes.

Le maire, Jean-Paul Sarrazin, rappelle que la commune a connu deux crues de la Brézonne en dix ans. « La sirène ne remplace pas les autres moyens d'alerte, mais elle réveille tout le monde, même la nuit. »

Les habitants qui n'entendent pas l'essai depuis leur domicile peuvent le signaler à l'accueil de la mairie.
"""),

dict(id="h69-fr-002", lang="fr", tpl="fusion", section="Vie locale", date="2026-03-11", byline="Agathe Ribérac",
     title="Salle des fêtes de Lignac : une cuisine neuve et de nouveaux tarifs de location",
     sub="Après six mois de travaux, la salle rouvre avec des prix différents pour les habitants et pour les extérieurs.",
     caption="La salle des fêtes de Lignac après les travaux.", credit="Photo : Agathe Ribérac",
     carry=["hallhire"],
     look=[("factbox", "Ce que comprend la location")],
     body="""
La salle des fêtes de Lignac a rouvert ses portes samedi après six mois de travaux. Elle dispose désormais d'une cuisine professionnelle, d'un nouveau chauffage et de toilettes accessibles aux personnes en fauteuil roulant.

Les travaux ont coûté 214 000 euros, dont près de la moitié financée par le département et la région.

Le conseil municipal a voté en février de nouveaux tarifs de location. Les habitants de Lignac paieront 180 euros pour un week-end, contre 420 euros pour les personnes extérieures à la commune. Les associations lignacaises continueront à utiliser la salle gratuitement.

« Nous avions des demandes de toute la vallée, parfois pour des mariages de trois cents personnes, et c'était les habitants qui n'avaient plus de dates », explique le maire, Bernard Faucher.

## Ce que comprend la location

- la grande salle de 250 places et ses tables
- la cuisine avec chambre froide et lave-vaisselle
- le parking de la salle
- le ménage de fin de location, pour un supplément de 80 euros

Une caution de 800 euros est demandée à chaque réservation. Elle est rendue après l'état des lieux.

La salle accueillera aussi le loto du comité des fêtes, les répétitions de la chorale et le repas des aînés en décembre.

Une journée portes ouvertes est prévue le dimanche 22 mars de 10 heures à 17 heures, avec une démonstration de la nouvelle cuisine par le traiteur du village.
"""),

dict(id="h69-fr-003", lang="fr", tpl="ghost", section="Portrait", date="2026-10-20", byline="Maëlle Courtaud",
     title="« On venait pour un bouton, on restait une heure » : la dernière mercière de Lignac ferme boutique",
     sub="Yvette Lamarque a tenu la mercerie de la place du Marché pendant 42 ans.",
     caption="Yvette Lamarque derrière son comptoir.", credit="Photo : Maëlle Courtaud",
     look=[("callout", "La mercerie est ouverte jusqu'au 31 octobre")],
     body="""
Boutons, rubans, fil à coudre, laine à tricoter : depuis 1984, tout cela se trouve chez Yvette Lamarque, dans la petite mercerie de la place du Marché. À 71 ans, elle baisse le rideau. Rencontre avant la fermeture.

**Pourquoi une mercerie ?**

Ma mère était couturière. J'ai grandi sous sa table, au milieu des chutes de tissu. Quand la mercerie a été mise en vente, j'avais trente ans et pas un sou. La banque m'a crue, je ne sais toujours pas pourquoi.

**Les clientes ont changé ?**

Au début, tout le monde cousait. On venait pour un bouton, on restait une heure. Ensuite il y a eu des années creuses. Et depuis le confinement, les jeunes reviennent au tricot. J'ai des clientes de vingt ans qui m'apprennent des points sur leur téléphone.

**Un regret, tout de même ?**

Personne pour reprendre. J'ai cherché pendant deux ans. Les loyers ne sont pas chers, mais les gens ont peur.

**Et après la fermeture ?**

Je vais tricoter pour mes petits-enfants, enfin. Pendant 42 ans, je n'ai tricoté que des échantillons pour la vitrine.

La mercerie est ouverte jusqu'au 31 octobre, du mardi au samedi de 9 heures à 12 heures et de 14 heures à 18 heures. Tout le stock est vendu à moitié prix.
"""),

dict(id="h69-es-001", lang="es", tpl="arcxp", site="El Correo de la Ribera",
     section="Villanueva", date="2026-07-07", byline="Lucía Garrigós",
     title="Llaves, gafas y una dentadura: los 1.900 objetos que esperan dueño en Villanueva del Alcor",
     sub="La oficina municipal de objetos perdidos recibió el año pasado un 20 % más de objetos que en 2024. Solo uno de cada cuatro vuelve a su dueño.",
     caption="Estanterías de la oficina de objetos perdidos, en los bajos de la Policía Local.", credit="Foto: Lucía Garrigós",
     body_caption="El agente Rubén Castaño registra un bolso entregado por un taxista.",
     carry=["lostfound"],
     look=[("italic", "«Las llaves son lo que más llega y lo que menos se recoge.»"),
           ("br", "Nadie ha vuelto a preguntar por él.")],
     body="""
La oficina municipal de objetos perdidos de Villanueva del Alcor recibió el año pasado 1.912 objetos, un 20 % más que el año anterior. Solo 478 volvieron a manos de sus dueños.

La oficina está en los bajos del edificio de la Policía Local, en la calle del Cerrillo, y la atienden dos agentes en turno de mañana.

«Las llaves son lo que más llega y lo que menos se recoge.»

Lo dice el agente Rubén Castaño, que lleva seis años al frente. Según sus cuentas, el año pasado entraron 540 juegos de llaves, 311 carteras y 206 teléfonos móviles.

Entre los objetos más curiosos hay una dentadura postiza encontrada en un banco del parque de la Alameda, un acordeón, una silla de ruedas y un loro disecado que alguien dejó en un autobús urbano en Navidad.

Nadie ha vuelto a preguntar por él.

Castaño explica que los documentos de identidad se envían a la comisaría de la Policía Nacional y las tarjetas bancarias se destruyen al cabo de un mes.

**Cómo recuperar un objeto**

El dueño debe describir el objeto con detalle y presentar el DNI. Si el objeto lleva más de dos años sin reclamar, el Código Civil permite entregárselo a quien lo encontró, si lo pide.

El resto se subasta o se dona a Cáritas y a la Cruz Roja. La ropa de invierno, cada noviembre, va directamente al albergue municipal.

El Ayuntamiento prevé poner en marcha este otoño un buscador en su web con fotos de los objetos depositados.
"""),

dict(id="h69-es-002", lang="es", tpl="ucoz", site="La Fragua de Cervillejo", kind="small",
     section="Noticias", date="2026-08-19", byline="junta_lafragua",
     title="El lavadero vuelve a tener agua",
     sub="Después de tres veranos de trabajo, los socios hemos terminado de restaurar el lavadero de la fuente de abajo.",
     caption="El lavadero restaurado, el día de la inauguración.", credit="Foto: Merche Ruiz",
     carry=["gallery"],
     body="""
El domingo 16 de agosto, con la fiesta del pueblo, inauguramos por fin el lavadero restaurado de la fuente de abajo. Vinieron más de doscientas personas, muchas de ellas hijos y nietos del pueblo que pasan el verano aquí.

Cuando empezamos, en 2024, el lavadero estaba lleno de zarzas, el tejado se había hundido y el agua se perdía antes de llegar a la pila. Muchos de los socios jóvenes ni sabían que existía.

**Quién hizo qué**

El tejado lo levantaron Ramiro y sus dos hijos, con las tejas viejas que fuimos recogiendo de casas caídas. La piedra de la pila la limpió a mano un grupo de chavales del campamento de verano. El Ayuntamiento puso el material y la Diputación una ayuda de 6.000 euros.

Lo más difícil fue devolver el agua. Hubo que desatascar la conducción desde la fuente, casi cien metros de tubería de barro que nadie había tocado en cincuenta años.

En la inauguración, las mujeres mayores del pueblo lavaron un par de sábanas en la pila como se hacía antes, con jabón hecho en casa. Doña Asunción, que tiene 94 años, contó que allí se enteraba una de todo lo que pasaba en el pueblo.

Hemos puesto un panel con la historia del lavadero y fotos antiguas que nos habéis prestado.

Gracias a todos los que habéis echado una mano. El año que viene, si hay fuerzas, toca el horno comunal.
"""),

dict(id="h69-es-003", lang="es", tpl="amp", section="Barrios", date="2026-02-10", byline="Adrián Montoliu",
     title="El centro cívico de San Blas abre sus salas a vecinos y asociaciones",
     sub="El edificio, una antigua escuela de los años sesenta, tiene un salón de actos, cuatro aulas y una cocina.",
     caption="El salón de actos del nuevo centro cívico.", credit="Foto: Adrián Montoliu",
     carry=["hallhire"],
     body="""
El barrio de San Blas, en Robledal de la Vega, estrena centro cívico. El Ayuntamiento ha rehabilitado la antigua escuela Virgen del Carmen, cerrada desde 2011, para convertirla en un espacio que podrán usar vecinos y asociaciones.

Las obras han costado 1,3 millones de euros y han durado catorce meses. El edificio conserva la fachada de ladrillo y el patio con sus dos acacias.

El centro tiene un salón de actos con 140 butacas, cuatro aulas, una cocina y una sala de ensayo insonorizada para grupos de música.

Las asociaciones inscritas en el registro municipal podrán usar las salas sin pagar. Los particulares y las empresas pagarán entre 6 y 25 euros por hora, según la sala.

«Llevamos veinte años reuniéndonos en la trastienda de una ferretería», cuenta Maribel Ochandiano, presidenta de la asociación de vecinos. «Ahora tenemos hasta una pizarra.»

Entre las primeras actividades figuran clases de sevillanas, un taller de reparación de bicicletas, un grupo de lectura y apoyo escolar para niños del barrio.

Los jóvenes del barrio han pedido que la sala de ensayo abra también los fines de semana. El concejal de Participación, Óscar Lumbreras, ha dicho que se estudiará después de los tres primeros meses.

El centro abrirá de lunes a sábado de 9 a 22 horas. Las solicitudes de uso se presentan en la conserjería del propio centro.
"""),

dict(id="h69-ru-001", lang="ru", tpl="table", section="Город", date="2026-10-01", byline="Ирина Бахметьева",
     title="В Верхнеозёрске проверят сирены: жителей просят не пугаться",
     sub="Проверка системы оповещения пройдёт в среду в 10:40. Сирены будут звучать три минуты.",
     caption="Сирена на крыше дома культуры «Энергетик».", credit="Фото: Ирина Бахметьева",
     carry=["sirentest"],
     body="""
В среду, 7 октября, в Верхнеозёрске пройдёт плановая проверка системы оповещения населения. С 10:40 до 10:43 по всему городу будут звучать сирены, а по местному радио и телевидению прозвучит речевое сообщение.

Такие проверки проводятся по всей области два раза в год, весной и осенью. В этот раз в городе впервые заработают шесть новых электронных сирен, установленных летом на крышах школ и дома культуры «Энергетик».

Как рассказал начальник отдела гражданской обороны администрации Павел Зотиков, старые механические сирены слышали далеко не все жители. «В микрорайоне Сосновый бор их не было слышно вовсе. Новые сирены перекрывают весь город, включая дачи на том берегу».

## Что делать, если звучит сирена

Во время проверки никаких действий от жителей не требуется. В случае настоящей опасности порядок такой:

1. включить телевизор или радио на местной волне;
2. прослушать сообщение до конца;
3. действовать по указаниям из сообщения.

Зотиков напомнил, что сигнал сирены означает «Внимание всем!» и сам по себе не говорит о том, что случилось. Всё остальное сообщают по радио и телевидению.

В администрацию уже звонили пенсионеры, которые помнят учебные тревоги советских лет. Некоторые спрашивали, нужно ли спускаться в подвал. Не нужно.

Если в вашем доме сирену не слышно, об этом можно сообщить в единую дежурно-диспетчерскую службу по телефону 112.
"""),

dict(id="h69-ru-002", lang="ru", tpl="semantic", section="Люди", date="2026-05-26", byline="Артём Лукоянов",
     title="Паромщик с тридцатилетним стажем: «Река каждый день другая»",
     sub="Николай Фомичёв с 1996 года перевозит людей и машины через Каму у деревни Усолка.",
     caption="Николай Фомичёв на пароме.", credit="Фото: Артём Лукоянов",
     low=0,
     look=[("italic", "«Ни одного человека не утопил. Это главное».")],
     body="""
Паром у деревни Усолка ходит с апреля по ноябрь, пока не встанет лёд. Тридцать навигаций подряд им управляет Николай Фомичёв. Мы провели с ним на переправе одну смену.

**Как вы попали на переправу?**

После армии работал в колхозе механиком. Паромщик старый заболел, председатель говорит: Коля, ты в моторах понимаешь, выручи на месяц. Вот и выручаю.

**Сколько рейсов выходит за день?**

Летом до сорока. Утром везём людей на работу в район, вечером обратно. В субботу дачники с рассадой, в воскресенье дачники с огурцами.

**Самое страшное?**

Весной двухтысячного оторвало трос во время рейса. На пароме скорая, в ней роженица. Развернулись на одном моторе, доплыли. Девочку назвали Надеждой, она теперь сама детей в школу возит на этом пароме.

**А зимой что?**

Зимой чиню паром и жду весну. Жена говорит, что зимой я хожу по дому, как медведь.

«Ни одного человека не утопил. Это главное».

Мост через Каму у Усолки обещают построить уже двадцать лет. Фомичёв не верит, но говорит, что был бы рад: «Тогда и на пенсию можно».

Паром ходит ежедневно с 6:00 до 22:00, проезд для пешеходов бесплатный.
"""),

dict(id="h69-ru-003", lang="ru", tpl="medium", site="Кирпичная, 14", kind="indie",
     section="Двор", date="2026-09-15", byline="Вера Сташевская",
     title="Как мы сами построили детскую площадку во дворе",
     sub="Управляющая компания обещала три года. Жильцы справились за одно лето и 312 тысяч рублей.",
     caption="Новая площадка во дворе дома на Кирпичной.", credit="Фото: Вера Сташевская",
     body="""
Весной 2023 года во дворе нашего дома на Кирпичной, 14 сломалась последняя качеля. Управляющая компания ответила, что площадка стоит в плане ремонта на следующий год. Потом на следующий. Этим летом мы решили не ждать.

Первое собрание было в подъезде, пришли одиннадцать человек. Мы открыли общий счёт, повесили объявление у лифта и создали чат дома. Через месяц в чате было уже 140 жильцов.

За лето собрали 312 тысяч рублей. Ещё 150 тысяч выделил депутат городской думы из своего фонда.

Вот что получилось:

- песочница с крышкой, чтобы не заходили кошки
- две качели, одна из них для малышей
- горка и лазалка из лиственницы
- скамейки для родителей и бабушек

Всё собирали сами, по выходным. Кто-то умел варить, кто-то копать, кто-то варил борщ на всех. Проект площадки бесплатно сделала соседка с пятого этажа, она архитектор.

Самым сложным оказалось договориться с автомобилистами: часть парковки пришлось отдать под площадку. Спорили два собрания.

Сейчас на площадке с утра до вечера дети со всего квартала. Мы думаем, что это лучший результат.

Следующий план — посадить вдоль забора сирень. Если хотите помочь, приходите в субботу к третьему подъезду.
"""),
]
