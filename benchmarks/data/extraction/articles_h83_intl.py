# Turkish, German, French, Spanish and Russian stories for the eighty-third held-out part (h83-*) of the newsflow
# extraction set. Fictional; written for newsflow. Same markup and fields as articles_h83_en.py.
ARTICLES = [
dict(id="h83-tr-001", lang="tr", tpl="cms", section="İnsanlar", date="2026-02-19", byline="Gülsüm Altıntaş",
     title="Akçayazı'nın ilk kadın taksi şoförü 25 yılı anlattı",
     sub="Nermin Çolakoğlu direksiyona 2001'de geçti. Durakta hâlâ tek kadın o.",
     caption="Nermin Çolakoğlu, Çarşı durağındaki taksisinin başında.", credit="Fotoğraf: Gülsüm Altıntaş",
     low=0,
     body="""
Nermin Çolakoğlu, eşini kaybettikten bir yıl sonra, 2001 baharında Akçayazı Çarşı durağına ilk kez taksiyle geldi. Çeyrek asır sonra durağın en eski şoförlerinden biri. Onunla durağın çay ocağında konuştuk.

**Neden taksi?**

Eşimin taksisi kapının önünde duruyordu. Satmak istemedim. Ehliyetim vardı, cesaretim yoktu. Cesareti zamanla buldum.

**Durakta nasıl karşılandınız?**

İlk hafta kimse benimle konuşmadı. İkinci hafta durak başı bana çay ısmarladı. Üçüncü hafta lastiğim patladı, altı kişi birden koştu.

**Müşteriler şaşırıyor mu?**

Yaşlılar hâlâ şaşırıyor. Bir amca binince "Kızım, şoför nerede?" diye sordu. "Karşınızda" dedim, yol boyunca güldük.

**Gece çalışıyor musunuz?**

Artık çalışmıyorum. Eskiden hastane vardiyasındaki hemşireleri eve bırakırdım. Bazıları hâlâ beni arar.

**En unutamadığınız yolculuk?**

Bir gece doğum sancısı tutan bir kadını ilçe hastanesine yetiştirdim. Bebek otoparkta doğdu. Adını bana sordular.

**Ne koydunuz?**

Nermin dedim. Şaka yaptım sandılar ama öyle koydular. Şimdi on yaşında, her bayram elini öpmeye geliyor.

Çolakoğlu, önümüzdeki yıl direksiyonu oğluna bırakmayı düşündüğünü, ama durağın çay ocağından vazgeçmeyeceğini söylüyor.
"""),

dict(id="h83-tr-002", lang="tr", tpl="gutenberg", section="Şehir", date="2026-06-24", byline="Kaan Demirtaş",
     title="Akçayazı'da taksi durakları yeniden düzenleniyor",
     sub="Belediye meclisi, dağınık 14 durağı 9 noktada topladı. Yeni duraklara bekleme kulübesi de konacak.",
     caption="Otogar önündeki yeni taksi durağı.", credit="Fotoğraf: Kaan Demirtaş",
     carry=["taxiranks"],
     look=[("dropcap", "Fotoğraf çekmek için otogara gelen"), ("box", "Yeni düzen 1 Temmuz'dan itibaren")],
     body="""
Fotoğraf çekmek için otogara gelen gazetecileri, yıllardır aynı köşede bekleyen taksiciler çay ve simitle karşıladı. Çünkü belediyenin yeni kararıyla otogar önündeki durak, ilçenin en büyük taksi durağı oluyor.

Akçayazı Belediye Meclisi, ilçedeki 14 taksi durağını 9 noktada toplayan düzenlemeyi oy birliğiyle kabul etti.

Belediye Başkan Yardımcısı Orhan Keskinoğlu, bazı durakların tek araçlık olduğunu, bazılarının ise trafiği kilitlediğini söyledi.

"Hastane önünde üç ayrı durak vardı, hepsi aynı kaldırımdaydı. Vatandaş hangisine gideceğini bilemiyordu" dedi.

Yeni düzen 1 Temmuz'dan itibaren geçerli olacak ve her durağa bekleme kulübesi, aydınlatma ve durak telefonu konacak.

Taksiciler Odası Başkanı Remzi Akbulut, düzenlemeye destek verdiklerini ama gece çalışan şoförler için tuvalet istediklerini belirtti.

"Gece on ikiden sonra ilçede açık tek tuvalet otogardaki. Şoförlerimiz de insan" diye konuştu.

Belediye, hastane ve otogar duraklarına konteyner tuvalet konulmasını da programa aldı. Çalışmaların yaz sonuna kadar bitmesi bekleniyor.

Kapanan duraklardaki plakalar, kura ile yeni duraklara dağıtılacak. Kura 26 Haziran Cuma günü saat 10.00'da belediye meclis salonunda, taksicilerin ve basının önünde çekilecek.
"""),

dict(id="h83-tr-003", lang="tr", tpl="nextjs", section="Yerel", date="2026-01-14", byline="Derya Karabulut",
     title="Mezarlık ücretlerine zam: ilçe dışından gelenler iki katını ödeyecek",
     sub="Akçayazı Belediyesi, defin ve mezar yeri ücretlerini yeni yılda yüzde 30 artırdı.",
     caption="Akçayazı Asri Mezarlığı'nın girişi.", credit="Fotoğraf: Derya Karabulut",
     carry=["burialfees"],
     look=[("bold", "İlçede ikamet edenler için defin hizmeti ücretsiz kalmaya devam ediyor.")],
     body="""
Akçayazı Belediyesi, Asri Mezarlık'taki mezar yeri ve mezar yapım izni ücretlerini yeni yılla birlikte yüzde 30 artırdı.

İlçede ikamet edenler için defin hizmeti ücretsiz kalmaya devam ediyor.

**Kimler ne ödeyecek?**

İlçede nüfusa kayıtlı olanlar için aile mezarlığı yeri 9 bin liradan 11 bin 700 liraya çıktı. İlçe dışında yaşayıp cenazesini Akçayazı'ya defnettirmek isteyen aileler ise bu ücretin iki katını ödeyecek.

Mermer mezar yapımı için alınan izin harcı da 1.500 liradan 1.950 liraya yükseldi.

**Başkan Uğurlu: Mezarlık dolmak üzere**

Belediye Başkanı Sevim Uğurlu, mezarlığın dolmaya yakın olduğunu ve yeni bir parsel için istimlak yapılacağını söyledi.

"Mezarlığın bakımı, aydınlatması ve güvenliği yılda milyonlarca liraya mal oluyor. Bu ücretler o masrafın ancak bir kısmını karşılıyor" dedi.

**Vatandaş tepkili**

Mezarlık girişinde konuştuğumuz emekli öğretmen Hikmet Soylu, kararın gurbetteki Akçayazılıları zor durumda bırakacağını düşünüyor.

"İstanbul'da yaşıyoruz ama babamız, dedemiz burada yatıyor. Biz de buraya gelmek istiyoruz. İki kat fazla ödemek haksızlık" dedi.

Belediye, muhtaç ailelerin başvurusu halinde ücret alınmayacağını hatırlattı. Başvurular belediye binasındaki Zabıta Müdürlüğü'ne yapılıyor.
"""),

dict(id="h83-de-001", lang="de", tpl="kadence", site="Erlengrund Online",
     section="Gemeinde", date="2026-02-10", byline="Kathrin Wehmeyer",
     title="Friedhofsgebühren in Erlenbrück steigen deutlich",
     sub="Der Gemeinderat hat die neue Gebührensatzung beschlossen. Auswärtige zahlen künftig einen Zuschlag.",
     caption="Die Trauerhalle auf dem Friedhof an der Kapellenstraße.", credit="Foto: Kathrin Wehmeyer",
     carry=["burialfees"],
     look=[("highlight", "Ein Reihengrab für eine Erdbestattung kostet ab 1. April"), ("bold", "Die Abstimmung fiel knapp aus."),
           ("br", "„Ich weiß, dass das für viele Familien"), ("italic", "„Sterben darf kein Luxus werden.“")],
     body="""
Ein Reihengrab für eine Erdbestattung kostet ab 1. April auf dem Erlenbrücker Friedhof 1.860 Euro statt bisher 1.420 Euro. Das hat der Gemeinderat am Dienstagabend mit der neuen Friedhofsgebührensatzung beschlossen.

Die Abstimmung fiel knapp aus.

Zwölf Räte stimmten dafür, zehn dagegen. Kämmerer Bernd Hollweg hatte vorgerechnet, dass der Friedhof im vergangenen Jahr ein Defizit von rund 96.000 Euro gemacht hat.

## Zuschlag für Auswärtige

Neu ist ein Zuschlag von 50 Prozent für Verstorbene, die nicht in Erlenbrück gemeldet waren. Bisher zahlten alle denselben Satz.

Auch Urnengräber werden teurer: Ein Urnenwahlgrab kostet künftig 1.150 Euro. Die Genehmigung für einen Grabstein steigt von 90 auf 120 Euro.

Bürgermeisterin Sabine Trautwein verteidigte die Erhöhung.

„Ich weiß, dass das für viele Familien in einer schweren Zeit eine zusätzliche Last ist. Aber die Gebühren waren seit 2012 nicht mehr angepasst worden.“

Gemeinderat Ludwig Brenner von der Freien Wählergemeinschaft stimmte dagegen.

„Sterben darf kein Luxus werden.“

Die Gemeinde will im Sommer zusätzlich ein Baumgrabfeld anlegen, das günstiger sein soll als ein klassisches Grab.

Die vollständige Satzung liegt im Rathaus aus und ist ab kommender Woche im Amtsblatt nachzulesen.
"""),

dict(id="h83-de-002", lang="de", tpl="typo3", site="Gemeinde Erlenbrück", kind="public",
     section="Rathaus", date="2026-08-25", byline="Hauptamt",
     title="Bürgermeisterwahl am 27. September: Wahlbenachrichtigungen werden verschickt",
     sub="Wer bis zum 6. September keine Benachrichtigung erhalten hat, sollte sich beim Wahlamt melden.",
     caption="Das Rathaus Erlenbrück am Marktplatz.", credit="Foto: Gemeinde Erlenbrück",
     carry=["voterregistration"],
     body="""
Am Sonntag, 27. September, wählen die Bürgerinnen und Bürger der Gemeinde Erlenbrück eine neue Bürgermeisterin oder einen neuen Bürgermeister. Die Wahlbenachrichtigungen werden in dieser Woche mit der Post verschickt.

## Wer wählen darf

Wahlberechtigt sind alle Deutschen und alle Staatsangehörigen eines anderen EU-Mitgliedstaats, die am Wahltag mindestens 16 Jahre alt sind und seit mindestens drei Monaten in Erlenbrück wohnen.

Wer bis zum 6. September keine Wahlbenachrichtigung bekommen hat, obwohl er wahlberechtigt ist, sollte sich beim Wahlamt im Rathaus melden. Möglicherweise ist er nicht im Wählerverzeichnis eingetragen.

## Einsicht ins Wählerverzeichnis

Das Wählerverzeichnis kann vom 7. bis 11. September während der Öffnungszeiten im Rathaus, Zimmer 4, eingesehen werden. Einsprüche sind in dieser Zeit schriftlich oder zur Niederschrift möglich.

## Briefwahl

Die Briefwahlunterlagen können mit dem Vordruck auf der Rückseite der Wahlbenachrichtigung, per E-Mail oder persönlich beantragt werden. Wer seine Unterlagen im Rathaus abholt, kann dort gleich wählen.

## Vier Bewerbungen

Für das Amt haben sich drei Bewerber und eine Bewerberin gemeldet. Der amtierende Bürgermeister Werner Kohlhaas tritt nach 24 Jahren nicht mehr an.

Die Gemeinde lädt am 10. September um 19 Uhr zu einer öffentlichen Kandidatenvorstellung in die Erlenhalle ein.
"""),

dict(id="h83-de-003", lang="de", tpl="drupal", section="Verkehr", date="2026-10-13", byline="Tobias Rennebaum",
     title="Taxistand am Erlenbrücker Bahnhof zieht auf die Westseite",
     sub="Wegen des Umbaus des Bahnhofsvorplatzes stehen die Taxis ab Montag an der Gleisstraße.",
     caption="Der provisorische Taxistand an der Gleisstraße.", credit="Foto: Tobias Rennebaum",
     carry=["taxiranks"],
     look=[("box", "Der Umbau soll im Mai abgeschlossen sein")],
     body="""
Teilen müssen sich die Taxifahrer am Erlenbrücker Bahnhof ab Montag sechs statt bisher neun Plätze. Wegen des Umbaus des Bahnhofsvorplatzes zieht der Taxistand für ein gutes halbes Jahr auf die Westseite an die Gleisstraße.

Wer mit dem Zug ankommt, muss dafür durch die Unterführung gehen. Die Stadt hat Hinweisschilder in beiden Richtungen aufgestellt.

Taxiunternehmer Metin Aydoğan, der mit drei Wagen am Bahnhof steht, ist nicht begeistert.

„Gerade ältere Fahrgäste mit Koffern finden uns da hinten nicht. Und die Unterführung hat keinen Aufzug“, sagt er.

Die Stadt verweist darauf, dass ein Rufsystem eingerichtet wurde: An einer Säule auf dem Bahnsteig kann man per Knopfdruck ein Taxi zur Ostseite bestellen, das dann an der Bushaltestelle hält.

Der Umbau soll im Mai abgeschlossen sein. Dann bekommt der Vorplatz zwölf Taxiplätze, eine überdachte Wartezone und neue Fahrradbügel.

Ordnungsamtsleiterin Doris Feldhaus bittet um Geduld.

„Ein Bahnhof, der umgebaut wird, ist nie bequem. Wir haben versucht, die Wege so kurz wie möglich zu halten.“

Die Taxizentrale Erlenbrück ist rund um die Uhr telefonisch erreichbar, die Fahrer nehmen auch Vorbestellungen für frühe Züge an.
"""),

dict(id="h83-fr-001", lang="fr", tpl="quintype", section="Politique", date="2026-01-22", byline="Élodie Ferrand",
     title="Municipales : les jeunes des Prés-Hauts appelés à s'inscrire sur les listes",
     sub="La mairie de Sainte-Odile organise une permanence au lycée avant la date limite d'inscription.",
     caption="Le stand d'inscription installé dans le hall du lycée.", credit="Photo : Élodie Ferrand",
     carry=["voterregistration"],
     look=[("highlight", "Seuls 41 % des 18-24 ans de la commune")],
     body="""
Seuls 41 % des 18-24 ans de la commune sont inscrits sur les listes électorales, selon les chiffres de la mairie de Sainte-Odile-des-Prés. À deux mois des élections municipales, la municipalité a décidé d'aller les chercher là où ils sont : au lycée.

Jeudi, deux agents du service élections ont tenu une permanence dans le hall du lycée des Prés-Hauts, ordinateur et scanner à la main.

Les jeunes qui ont eu 18 ans et ont fait leur recensement sont normalement inscrits d'office. Mais ceux qui ont déménagé, ou qui ont fait leur recensement dans une autre commune, passent souvent entre les mailles du filet.

« Beaucoup pensent qu'ils sont inscrits parce qu'ils ont reçu un papier à 16 ans », explique Sandrine Lefèvre, responsable du service.

En une matinée, 64 élèves et quatre enseignants ont déposé une demande.

Maxime, 19 ans, en BTS, ne savait pas qu'il devait s'inscrire dans sa nouvelle commune.

« J'ai voté une fois à Rennes. Je croyais que ça suivait tout seul. »

La mairie prévoit une deuxième permanence au centre social le samedi suivant, de 9 h à 12 h.

Il est possible de s'inscrire jusqu'au sixième vendredi précédant le scrutin, en ligne, par courrier ou à l'accueil de la mairie, avec une pièce d'identité et un justificatif de domicile.
"""),

dict(id="h83-fr-002", lang="fr", tpl="chunks", section="Portraits", date="2026-12-03", byline="Julien Marchetti",
     title="Le kiosque de la place du Marché ferme après trente-cinq ans",
     sub="Gisèle Roumagnac a vendu journaux et magazines à Sainte-Odile depuis 1991. Elle prend sa retraite.",
     caption="Gisèle Roumagnac devant son kiosque.", credit="Photo : Julien Marchetti",
     look=[("br", "Et puis il y a eu les magazines de télé")],
     body="""
« Les abonnés, je les connaissais tous par leur prénom. » Gisèle Roumagnac a tenu le kiosque de la place du Marché de 1991 à la fin novembre. Nous l'avons rencontrée le jour où elle a rendu les clés.

**Comment êtes-vous arrivée dans ce kiosque ?**

Par hasard. Je cherchais un travail à mi-temps. Le kiosquier partait, il m'a tout laissé pour le prix du stock.

**Qu'est-ce qui se vendait le mieux au début ?**

Le quotidien régional, de très loin. Je recevais 300 exemplaires le matin, il n'en restait plus à midi.

Et puis il y a eu les magazines de télé, les mots fléchés, les revues de pêche.

**Et à la fin ?**

Quarante quotidiens les bons jours. Les jeux à gratter m'ont fait vivre.

**Le pire hiver ?**

Celui de 1997. Le kiosque n'était pas chauffé. Je travaillais avec deux paires de gants et une bouillotte.

**Vous avez vu la place changer ?**

Elle a perdu sa boucherie, sa mercerie et sa banque. Elle a gagné une pizzeria et un salon de tatouage. Les gens traversent, ils ne s'arrêtent plus.

**Qui va reprendre ?**

Personne. La mairie va démonter le kiosque au printemps et le remplacer par une boîte à livres.

Les habitués ont organisé un pot de départ au café du Commerce, où une photo du kiosque est désormais accrochée derrière le comptoir.
"""),

dict(id="h83-fr-003", lang="fr", tpl="legacy-br", section="Vie locale", date="2026-05-19", byline="Nathalie Brassac",
     title="Un crématorium ouvrira en 2027 à la sortie de Sainte-Odile",
     sub="Les familles des Prés-Hauts devaient jusqu'ici faire 70 kilomètres. Les tarifs ont été votés en conseil syndical.",
     caption="Le chantier du crématorium, route de Vaulnes.", credit="Photo : Nathalie Brassac",
     carry=["burialfees"],
     body="""
Les familles des Prés-Hauts n'auront bientôt plus à faire 70 kilomètres pour une crémation. Le syndicat intercommunal funéraire a posé mardi la première pierre d'un crématorium route de Vaulnes, à la sortie de Sainte-Odile-des-Prés.

L'équipement doit ouvrir au printemps 2027. Il comprendra un four, une salle de cérémonie de 120 places et un jardin du souvenir.

**Une attente de plus en plus longue**

Aujourd'hui, près d'un défunt sur deux est incinéré dans le département. Les familles attendent parfois dix jours pour obtenir un créneau au crématorium de la préfecture.

« On a vu des familles repousser des obsèques d'une semaine entière, c'est très dur à vivre », témoigne Patrick Vergnaud, entrepreneur de pompes funèbres à Sainte-Odile.

**Des tarifs déjà fixés**

Le conseil syndical a voté les tarifs : 690 euros la crémation pour un habitant d'une des 22 communes membres, 890 euros pour les autres. La dispersion au jardin du souvenir sera gratuite.

**Un projet discuté**

Le projet n'a pas fait l'unanimité. Une pétition de riverains du lotissement des Tilleuls, à 400 mètres, a réuni 230 signatures. Le syndicat assure que les filtres installés respectent les normes les plus strictes.

Le président du syndicat, Gérard Lacombe, a promis une réunion publique à l'automne pour présenter les résultats de l'étude sur les rejets.
"""),

dict(id="h83-es-001", lang="es", tpl="sanity", section="Comercio", date="2026-03-26", byline="Rocío Valdemoro",
     title="El mercado de abastos de Tajuelo reabre con once puestos ocupados",
     sub="La reforma ha durado dieciocho meses. Vuelven la frutería de siempre, dos carnicerías y una pescadería.",
     caption="Clientes en la nave reformada del mercado de abastos.", credit="Foto: Rocío Valdemoro",
     look=[("dropcap", "El mercado de abastos de Tajuelo volvió a abrir")],
     body="""
El mercado de abastos de Tajuelo volvió a abrir sus puertas el martes, dieciocho meses después de que el Ayuntamiento lo cerrara para cambiar la cubierta, que dejaba pasar el agua por tres sitios.

De los dieciséis puestos, once ya tienen dueño. El concejal de Comercio, Alfonso Villarejo, confía en adjudicar el resto antes del verano.

Estos son los puestos que abren:

- la frutería de los Mendiola, que está en el mercado desde 1968
- dos carnicerías y una charcutería
- una pescadería que trae el género de Huelva tres días por semana
- un puesto de encurtidos y aceitunas
- una panadería con obrador propio
- un bar en la entrada, con seis mesas

Paqui Mendiola, tercera generación de fruteros, tuvo que vender año y medio en un local de alquiler en la calle Ancha.

"Allí vendía la mitad. La gente viene al mercado a comprar de todo, no solo fruta", cuenta.

La reforma ha costado 1,2 millones de euros, con fondos de la Diputación. Además de la cubierta, se han puesto placas solares, un montacargas y aseos nuevos.

El mercado abre de lunes a sábado de 8.30 a 14.30, y los viernes también por la tarde, de 17.30 a 20.30.
"""),

dict(id="h83-es-002", lang="es", tpl="regional", section="Fiestas", date="2026-08-05", byline="Íñigo Larrañeta",
     title="Valdecierzo recupera la romería de la Virgen del Espino tras 40 años",
     sub="Una cofradía de jóvenes ha reconstruido el camino y la ermita. La romería será el 13 de septiembre.",
     caption="La ermita del Espino, con la fachada recién encalada.", credit="Foto: Íñigo Larrañeta",
     carry=["calendar"],
     body="""
La pedanía de Valdecierzo volverá a subir en romería a la ermita de la Virgen del Espino el domingo 13 de septiembre, cuarenta años después de la última.

La tradición se perdió a mediados de los años ochenta, cuando el pueblo se quedó con menos de cien vecinos y la ermita empezó a hundirse.

## Una cofradía nueva

Fueron once jóvenes, la mayoría nietos del pueblo que viven en la capital, quienes fundaron hace tres años una cofradía para recuperarla.

"Nuestras abuelas nos contaban la romería como si fuera la fiesta más grande del mundo. Queríamos verla", dice su presidenta, Nerea Ostolaza.

La cofradía ha reunido 38.000 euros en cuestaciones, verbenas y una rifa. Con ellos se ha reparado el tejado de la ermita y se ha limpiado el camino de cuatro kilómetros.

## Cómo será la fiesta

La imagen saldrá de la iglesia de Valdecierzo a las nueve de la mañana. Habrá misa en la ermita a mediodía y, después, comida de hermandad en la explanada.

La cofradía ha pedido a los vecinos mayores que vuelvan a cantar las coplas del Espino, que solo conservaban de memoria.

## Para los que no puedan andar

El Ayuntamiento pondrá un autobús desde la plaza a las once para las personas mayores y quienes no puedan hacer el camino a pie.
"""),

dict(id="h83-es-003", lang="es", tpl="portal", section="Cultura", date="2026-10-29", byline="Amparo Rubiales",
     title="El bibliobús de la Campiña suma tres pueblos a su ruta",
     sub="El servicio de la Diputación visitará cada quince días a 14 municipios sin biblioteca.",
     caption="Lectores en la puerta del bibliobús en Cabezuela.", credit="Foto: Amparo Rubiales",
     look=[("bold", "En Cabezuela lo esperaban con pancarta.")],
     body="""
El bibliobús de la Diputación ha añadido tres pueblos a su ruta por la Campiña del Tajuelo. Desde noviembre parará cada quince días en Cabezuela, Los Barreros y Fuentecilla, que no tienen biblioteca.

En Cabezuela lo esperaban con pancarta.

El autobús lleva a bordo unos 3.500 libros, películas y audiolibros, y el bibliotecario puede pedir cualquier título de la red provincial para traerlo en la siguiente visita.

La bibliotecaria del servicio, Lourdes Arjona, lleva doce años al volante y tras el mostrador.

"Hay pueblos donde soy la única persona que viene de fuera en dos semanas. La gente no solo viene a por libros, viene a hablar", cuenta.

Los niños son los que más usan el servicio, seguidos de los mayores de 70 años. Las novelas policiacas y los libros de cocina son lo más pedido.

La ampliación ha sido posible porque la Diputación ha comprado un segundo vehículo, más pequeño, que puede subir a las aldeas de la sierra por caminos estrechos.

El carné es gratuito y se hace en el propio autobús con el DNI.

Para contactar con el bibliobús o consultar su calendario de paradas, basta con llamar a la Biblioteca Provincial por las mañanas.
"""),

dict(id="h83-ru-001", lang="ru", tpl="hugo", section="Город", date="2026-07-15", byline="Олег Брагин",
     title="Мост через Ольшанку откроют для машин к 1 сентября",
     sub="Подрядчик заменил все пролёты. Пешеходы уже ходят по новому тротуару.",
     caption="Новый мост через Ольшанку в июле.", credit="Фото: Олег Брагин",
     body="""
Автомобильное движение по мосту через Ольшанку на улице Заречной откроют к 1 сентября. Об этом сообщил глава Верхнеольшанского района Виктор Лапшин после объезда стройки в понедельник.

Старый мост 1964 года закрыли в марте прошлого года после того, как обследование показало трещины в опорах.

## Что уже сделано

За год подрядчик:

- разобрал старые пролёты и поставил новые
- укрепил опоры и русло под мостом
- уложил новый асфальт на проезжей части
- сделал тротуары с обеих сторон и освещение

Осталось нанести разметку, поставить ограждения и провести испытания нагрузкой.

## Объезд через Берёзовку

Весь год жители Заречья ездили в центр через Берёзовку, это лишние 14 километров.

«Я на работу выезжала на сорок минут раньше. Школьный автобус ходил через два села», — рассказала жительница Заречной улицы Галина Фомичёва.

## Во что обошёлся мост

Ремонт обошёлся в 186 миллионов рублей, большая часть денег пришла из областного бюджета.

Пешеходы уже ходят по новому тротуару, а рыбаки по вечерам снова стоят у перил. Автобус № 3 вернётся на прежний маршрут в день открытия моста.
"""),

dict(id="h83-ru-002", lang="ru", tpl="medium", site="Ольшанские записки", kind="indie",
     section="История", date="2026-09-09", byline="Вера Стрельникова",
     title="Школа на Песчаной: сто лет и один звонок",
     sub="Деревянную школу в Ольшанке закрыли в 1998 году. Бывшие ученики собрались в её классах.",
     caption="Здание старой школы на Песчаной улице.", credit="Фото: Вера Стрельникова",
     body="""
Деревянная школа на Песчаной улице простояла сто лет. Учеников в ней нет с 1998 года, но в сентябре здесь снова прозвенел звонок.

Его принесла Антонина Сергеевна Крылова, которой 91 год. Она проработала здесь учительницей начальных классов тридцать лет.

Звонок она забрала домой в последний день.

**Как всё начиналось**

Школу построили в 1926 году на деньги, собранные всем селом. Печи топили по очереди родители учеников, дрова привозили на санях.

В войну в двух классах стоял госпиталь. Занятия шли в третьем, в три смены.

**Последний выпуск**

В 1998 году в школе оставалось девять учеников. Их перевели в новую школу в райцентре, возить стали на автобусе.

Здание отдали под склад, потом бросили.

**Музей в классах**

Теперь его взяли в аренду бывшие ученики. Они хотят сделать здесь музей и клуб для детей.

Уже перекрыли крышу и вставили окна. На встречу пришли 63 человека, самый младший выпускник 1998 года, самый старший 1946-го.

Антонина Сергеевна позвонила в звонок трижды.

Потом все пошли пить чай.
"""),

dict(id="h83-ru-003", lang="ru", tpl="magazine", section="Культура", date="2026-04-21", byline="Наталья Гуськова",
     title="Хору «Ольшаночка» — пятьдесят лет, и он всё ещё поёт без нот",
     sub="Самому старшему участнику 88 лет, самой младшей 14. Песни они записывают в тетрадку от руки.",
     caption="Хор «Ольшаночка» на репетиции в Доме культуры.", credit="Фото: Наталья Гуськова",
     pull="Песню нельзя выучить по нотам, её надо услышать от того, кто пел её раньше",
     look=[("dropcap", "По вторникам и пятницам"), ("box", "Юбилейный концерт пройдёт")],
     body="""
По вторникам и пятницам из Дома культуры в Ольшанке слышно пение. Это репетирует народный хор «Ольшаночка», которому в этом году исполняется пятьдесят лет.

Хор собрала в 1976 году учительница музыки Зинаида Горбунова. Она ходила по сёлам района и записывала песни, которые пели старухи на посиделках.

Нот в хоре не было никогда. Песни переписывают в общую тетрадку от руки, а напев передают голосом.

«Песню нельзя выучить по нотам, её надо услышать от того, кто пел её раньше», — говорит нынешний руководитель хора Людмила Карпенко.

Сейчас в хоре 22 человека. Самому старшему, Ивану Савельевичу Ломову, 88 лет, он поёт в хоре с первого дня. Самой младшей, Даше Ломовой, его правнучке, 14.

Хор объездил с концертами всю область, дважды выступал в Москве и однажды в Польше. Костюмы шьют сами, по старым фотографиям.

Фото хора разных лет собраны в альбом, который лежит на вахте Дома культуры, его может посмотреть любой.

Юбилейный концерт пройдёт 16 мая в 17:00 в Доме культуры. Вход свободный.
"""),
]
