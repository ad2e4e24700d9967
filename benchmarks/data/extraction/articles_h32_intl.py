# Turkish, German, French, Spanish and Russian stories for the thirty-second held-out part (h32-*) of the newsflow
# extraction set. Fictional; written for newsflow. Same markup and fields as articles_h32_en.py.
ARTICLES = [
dict(id="h32-tr-001", lang="tr", tpl="regional", section="Ekonomi", date="2026-04-08", byline="Burak Erdem",
     title="Ilıcaköy'de kiralar bir yılda yüzde 58 arttı",
     sub="Üniversite kampüsünün açılmasıyla birlikte ilçede kiralık ev bulmak zorlaştı.",
     caption="Ilıcaköy'ün yeni konut bölgesi Çamlıtepe Mahallesi.", credit="Fotoğraf: Burak Erdem",
     carry=["property"],
     look=[("bold", "Emlakçılar Odası Başkanı")],
     body="""
Ilıcaköy'de ortalama konut kirası bir yılda yüzde 58 artarak 14 bin 500 liraya çıktı. İlçede kiralık ev bulmak, özellikle eylül ayında neredeyse imkânsız hale geldi.

Artışın en önemli nedeni, geçen yıl açılan üniversite kampüsü. Kampüste bu yıl 6 bin öğrenci okuyor, ancak yurtlarda yalnızca 1.800 yatak bulunuyor.

## Öğrenciler ve aileler aynı evlerin peşinde

Emlakçılar Odası Başkanı Nurettin Aksoy, üç odalı bir dairenin artık aileler yerine dört öğrenciye kiralandığını söyledi. Öğrencilerin toplamda daha yüksek kira ödeyebildiğini belirten Aksoy, ev sahiplerinin bu nedenle aileleri tercih etmediğini anlattı.

İlçede öğretmen olarak çalışan Seda Karaca, sözleşmesi biten evinden çıkmak zorunda kaldığını ve iki aydır ev aradığını söyledi.

"Her ilana yirmi kişi başvuruyor. Ev sahibi ilk gün kiralıyor," dedi.

## Yeni yurt yolda

Belediye Başkanı Kemal Uysal, üniversiteyle birlikte 2 bin yataklı yeni bir yurt için arsa tahsis ettiklerini açıkladı. Yurdun 2028'de açılması bekleniyor.

Belediye ayrıca ilçedeki boş kamu binalarının öğretmen ve sağlık çalışanlarına lojman olarak kullanılmasını önerdi.
"""),

dict(id="h32-tr-002", lang="tr", tpl="ucoz", site="Yeşilyurt Köyü Derneği", kind="small", section="Köyden haberler",
     date="2026-09-09", byline="Dernek yönetimi",
     title="Keşkek şenliğinde 2 bin kişiye ikram yapıldı",
     sub="Köyün kadınları kazanları sabaha karşı ateşe koydu.",
     caption="Köy meydanında keşkek kazanları başında çalışan kadınlar.", credit="Fotoğraf: Yeşilyurt Köyü Derneği",
     carry=["recipe"],
     body="""
Derneğimizin her yıl düzenlediği Keşkek Şenliği bu yıl da köy meydanında yapıldı. Yakın köylerden ve şehirden gelen misafirlerle birlikte yaklaşık 2 bin kişiye keşkek ikram edildi.

Şenlik için buğday bir gün önceden ıslatıldı. Köyümüzün on iki kadını, altı büyük kazanı sabaha karşı dörtte ateşe koydu ve keşkeği öğlene kadar tokmaklarla dövdü.

Şenliğin açılışında konuşan dernek başkanımız Ramazan Öztürk, keşkeğin köyde düğünlerde ve bayramlarda yüzyıllardır pişirildiğini hatırlattı.

"Bu yemeği tek başına yapamazsın. Keşkek imece işidir, köyü bir araya getirir," dedi.

## Gençler de tokmağa girdi

Bu yıl ilk kez köyün gençleri de kazan başında nöbet tuttu. Üniversite öğrencisi Elif Demirci, tarifi babaannesinden öğrendiğini ve bundan sonra her yıl geleceğini söyledi.

Şenlikte ayrıca köy ürünleri pazarı kuruldu. Satılan tarhana, erişte ve pekmezden elde edilen 38 bin lira köy okulunun çatı onarımına ayrıldı.

## Tarif

Çok soranlar oldu, tarifimizi aşağıya yazıyoruz: 1 kilo aşurelik buğday bir gece ıslatılır. Ertesi gün 1,5 kilo kemikli kuzu eti ile birlikte kazana konur, üzeri suyla kapatılır. Buğday dağılıncaya kadar kısık ateşte pişirilir, sonra tokmakla dövülür. Üzerine tereyağında kızdırılmış pul biber dökülerek servis yapılır.

Emeği geçen herkese teşekkür ederiz.
"""),

dict(id="h32-tr-003", lang="tr", tpl="squarespace", site="Karaağaç Tiyatro Topluluğu", kind="small",
     section="Topluluktan haberler", date="2026-02-25", byline="Topluluk yönetimi",
     title="Yeni oyunumuz 'Kiracı' 14 Mart'ta perdelerini açıyor",
     sub="Oyun, mart ve nisan aylarında altı kez sahnelenecek.",
     caption="'Kiracı' provalarından bir kare.", credit="Fotoğraf: Karaağaç Tiyatro Topluluğu",
     carry=["tickets"],
     look=[("bold", "Bu sezon ilk kez")],
     body="""
Topluluğumuzun bu sezonki oyunu "Kiracı", 14 Mart Cumartesi akşamı Karaağaç Kültür Merkezi'nde prömiyer yapıyor.

Oyun, eski bir apartmanda yıllardır aynı dairede oturan yaşlı bir kadının, binayı satın alan yeni ev sahibiyle mücadelesini anlatıyor. Metni topluluğumuzun kurucularından Halil Şen yazdı, yönetmenliğini Gülay Tekin üstlendi.

On dört kişilik kadromuz, altı aydır haftada üç akşam prova yapıyor. Oyuncularımızın arasında emekli bir öğretmen, bir eczacı, iki lise öğrencisi ve bir taksi şoförü var.

Yönetmenimiz Gülay Tekin, oyunun konusunun kasabada herkesin yaşadığı bir derdi anlattığını söylüyor.

"Provalarda her oyuncumuz kendi kira hikâyesini anlattı. Bazıları oyuna bile girdi," diyor.

## Altı gösterim

"Kiracı", mart ve nisan aylarında toplam altı kez sahnelenecek. Gösterimler saat 20.00'de başlıyor ve yaklaşık iki saat sürüyor.

Bu sezon ilk kez öğrencilere ve 65 yaş üstü seyircilere indirim uyguluyoruz. Gösterimlerden elde edilecek gelir, topluluğumuzun eskiyen ses sistemini yenilemek için harcanacak.

Kültür merkezinin salonu 220 kişilik. Geçen sezonki oyunumuzun tüm gösterimleri dolduğu için yerinizi erken ayırtmanızı öneriyoruz.
"""),

dict(id="h32-de-001", lang="de", tpl="hugo", section="Leben", date="2026-11-11", byline="Franziska Lohmeier",
     title="Landfrauen bringen Kochbuch mit 80 Rezepten aus dem Kirchspiel heraus",
     sub="Von der Quarkspeise bis zum Schlachtfest: gesammelt in 23 Dörfern.",
     caption="Ingrid Bartels und Hannelore Siems beim Fototermin für das Kochbuch.", credit="Foto: Franziska Lohmeier",
     carry=["recipe"],
     look=[("italic", "„Das Rezept steht")],
     body="""
Die Landfrauen im Kirchspiel Hollingstedt haben ein Kochbuch mit 80 Rezepten aus 23 Dörfern herausgebracht. Die erste Auflage von 1.500 Stück war nach zehn Tagen vergriffen.

Zwei Jahre lang haben die Frauen Rezepte gesammelt, aus handgeschriebenen Heften, von Karteikarten und aus dem Gedächtnis ihrer Mütter und Großmütter.

Jedes Gericht wurde in einer Küche im Dorfgemeinschaftshaus nachgekocht und fotografiert. „Manches stand nur als ‚eine Handvoll Mehl und so viel Milch, wie es braucht‘ im Heft. Das mussten wir erst einmal in Gramm übersetzen“, sagt Ingrid Bartels, die das Projekt geleitet hat.

## Buchweizenpfannkuchen und Rote Grütze

Im Buch stehen Alltagsgerichte wie Buchweizenpfannkuchen mit Speck, Festtagsessen wie der Schwarzsauer vom Schlachtfest und Nachtische wie Rote Grütze.

Zu jedem Rezept steht, aus welchem Haus es stammt. Viele Familien haben dazu alte Fotos aus der Küche beigesteuert.

„Das Rezept steht nicht mehr nur in einem Heft, das irgendwann beim Ausräumen im Altpapier landet. Das war uns das Wichtigste.“ So erklärt es Hannelore Siems, die älteste Mitarbeiterin des Teams.

## Zweite Auflage im Dezember

Eine zweite Auflage mit 2.000 Exemplaren soll Anfang Dezember erscheinen. Das Buch kostet 19,90 Euro, der Erlös geht an die Dorfgemeinschaftshäuser.
"""),

dict(id="h32-de-002", lang="de", tpl="fusion", section="Region", date="2026-06-30", byline="Tobias Wenninger",
     title="Mieten in Talheim in fünf Jahren um 31 Prozent gestiegen",
     sub="Der neue Mietspiegel zeigt: Kleine Wohnungen sind am stärksten betroffen.",
     standfirst="Der neue Mietspiegel zeigt: Kleine Wohnungen sind am stärksten betroffen.",
     caption="Mehrfamilienhäuser in der Talheimer Weststadt.", credit="Foto: Tobias Wenninger",
     carry=["property"],
     look=[("factbox", "Der Mietspiegel in Zahlen")],
     body="""
Wer in Talheim eine Wohnung mietet, zahlt heute im Schnitt 31 Prozent mehr als vor fünf Jahren. Das geht aus dem neuen Mietspiegel hervor, den die Stadt am Montag vorgestellt hat.

Die durchschnittliche Nettokaltmiete liegt jetzt bei 9,80 Euro pro Quadratmeter. 2021 waren es noch 7,48 Euro.

## Der Mietspiegel in Zahlen

- Wohnungen unter 40 Quadratmetern: 12,10 Euro pro Quadratmeter
- Wohnungen zwischen 40 und 80 Quadratmetern: 9,70 Euro
- Wohnungen über 80 Quadratmetern: 8,90 Euro
- Neubauten ab 2015: 11,60 Euro

Am stärksten gestiegen sind die Mieten für kleine Wohnungen. Nach Angaben der Stadt liegt das vor allem an der großen Nachfrage von Studierenden und Berufspendlern.

## Mieterverein fordert mehr Sozialwohnungen

Der Mieterverein Talheim spricht von einer „dramatischen Entwicklung“. Geschäftsführerin Sabine Kornmeyer sagte, inzwischen gebe jeder dritte Haushalt mehr als 40 Prozent seines Einkommens für die Miete aus.

Oberbürgermeister Jens Rathgeber verwies darauf, dass die städtische Wohnungsgesellschaft bis 2030 rund 600 neue Wohnungen bauen wolle, davon die Hälfte mit Mietpreisbindung.

Der Mietspiegel gilt für zwei Jahre. Mieterinnen und Mieter können ihn nutzen, um zu prüfen, ob eine Mieterhöhung zulässig ist.
"""),

dict(id="h32-de-003", lang="de", tpl="ghost", section="Wirtschaft", date="2026-04-16", byline="Lea Stöckl",
     title="Dorfladen in Brunnried verkauft jetzt Gemüse im Abo",
     sub="Jeden Freitag gibt es eine Kiste mit Gemüse von drei Höfen aus der Umgebung.",
     caption="Ladnerin Martina Huber packt die Gemüsekisten für Freitag.", credit="Foto: Lea Stöckl",
     low=0,
     look=[("callout", "Ein Abo lässt sich"), ("br", "Die Idee kam")],
     body="""
Der genossenschaftliche Dorfladen in Brunnried hat ein Gemüse-Abo eingeführt. Seit März holen 85 Haushalte jeden Freitag eine Kiste mit Gemüse von drei Höfen aus der Umgebung ab.

Eine kleine Kiste kostet 14 Euro, eine große 22 Euro. Was hineinkommt, entscheiden die Bauern je nach Saison.

Die Idee kam von den Höfen selbst. Sie wollten besser planen können, wie viel sie anbauen und ernten.

„Früher haben wir jeden Donnerstag geraten, wie viel Salat der Laden am Wochenende braucht. Jetzt wissen wir es“, sagt Gemüsebäuerin Theresa Aigner.

## Mehr Kundschaft im Laden

Für den Dorfladen hat sich das Abo schon gelohnt. Wer seine Kiste abholt, kauft oft noch Brot, Käse oder Milch dazu. Der Umsatz am Freitag ist seit März um ein Drittel gestiegen.

Ein Abo lässt sich jederzeit zum Monatsende kündigen oder für den Urlaub pausieren. Bestellt wird im Laden oder über ein Formular auf der Website der Genossenschaft.

Der Laden war 2019 von 240 Bürgerinnen und Bürgern gegründet worden, nachdem der letzte Supermarkt im Ort geschlossen hatte. Heute hat er sechs Angestellte.

Vorstand Georg Pichler hofft, bis zum Herbst 150 Abos zu haben. „Dann können wir einen vierten Hof dazunehmen“, sagt er.
"""),

dict(id="h32-fr-001", lang="fr", tpl="astra", site="L'Écho du Val d'Orne", section="Gastronomie", date="2026-01-08",
     byline="Mathilde Rivière",
     title="La galette des rois de la boulangerie Morin élue meilleure du département",
     sub="Le jury a salué une frangipane « généreuse sans être lourde ».",
     caption="Julien Morin et sa galette primée, dans son fournil de la rue Saint-Martin.", credit="Photo : Mathilde Rivière",
     carry=["recipe"],
     look=[("dropcap", "Julien Morin n'en revient"), ("factbox", "La recette de Julien Morin"), ("highlight", "Le secret, selon lui")],
     body="""
Julien Morin n'en revient toujours pas. Samedi, sa galette à la frangipane a été élue meilleure galette des rois du département par un jury de boulangers et de pâtissiers réunis à la chambre des métiers.

Installé rue Saint-Martin, à Saint-Pierre-sur-Orne, depuis 2018, le boulanger de 36 ans concourait pour la première fois. Quarante-deux artisans étaient en lice.

Le jury a salué une frangipane « généreuse sans être lourde » et un feuilletage « d'une régularité remarquable ».

## Trois cents galettes par jour

Depuis l'annonce du résultat, la boulangerie ne désemplit pas. Julien Morin et ses deux apprentis préparent désormais trois cents galettes par jour, contre une centaine habituellement.

Le secret, selon lui, tient au beurre, qu'il achète dans une ferme de Rânes, et au temps. « Je laisse reposer la pâte une nuit entière entre chaque tour. On ne peut pas aller plus vite », explique-t-il.

Il a accepté de confier sa recette de frangipane à nos lecteurs.

## La recette de Julien Morin

- 125 g de beurre mou
- 125 g de sucre
- 125 g de poudre d'amande
- 2 œufs et 1 cuillère à soupe de rhum

Mélanger le tout, étaler entre deux disques de pâte feuilletée, dorer à l'œuf et cuire 35 minutes à 180 degrés.

La fève, elle, reste un secret : cette année, il s'agit d'une petite figurine de l'église du village.
"""),

dict(id="h32-fr-002", lang="fr", tpl="storybody", section="Logement", date="2026-05-19", byline="Antoine Delaunay",
     title="À Vernières, le prix des maisons a bondi de 12 % en un an",
     sub="L'arrivée du télétravail attire les citadins, au détriment des jeunes du secteur.",
     caption="Une maison à vendre dans le lotissement des Acacias.", credit="Photo : Antoine Delaunay",
     carry=["property"],
     look=[("br", "Les notaires constatent")],
     body="""
Le prix des maisons anciennes a augmenté de 12 % en un an à Vernières, selon les chiffres publiés mardi par la chambre départementale des notaires. C'est la plus forte hausse du département.

Une maison de quatre pièces se vend désormais en moyenne 214 000 euros dans la commune, contre 191 000 euros un an plus tôt.

Les notaires constatent que près d'un acheteur sur trois vient désormais d'une grande ville, souvent pour télétravailler une partie de la semaine.

## « Ils achètent sans négocier »

Agent immobilier à Vernières depuis quinze ans, Karine Besson voit arriver ces nouveaux acquéreurs chaque semaine.

« Ils visitent le samedi et signent le lundi, souvent sans négocier. Pour eux, nos prix restent bas », résume-t-elle.

## Les jeunes couples repoussés

Pour les habitants, la hausse a un revers. Kevin et Laura Girault, 27 et 25 ans, cherchent une maison depuis dix-huit mois.

« À chaque fois, quelqu'un propose plus que le prix affiché. On a fini par regarder à vingt kilomètres », explique Laura, aide-soignante à l'hôpital de Vernières.

Le maire, Patrick Lemercier, annonce la création d'un lotissement communal de vingt-quatre lots, réservés en priorité aux primo-accédants qui travaillent dans la commune. Les premiers terrains devraient être commercialisés à l'automne.
"""),

dict(id="h32-fr-003", lang="fr", tpl="magazine", section="Culture", date="2026-06-04", byline="Hélène Castagné",
     title="Le théâtre de verdure du parc Lamartine rouvre avec dix-huit spectacles",
     sub="Fermé depuis quatre ans, l'amphithéâtre en plein air a été entièrement restauré.",
     caption="Les gradins restaurés du théâtre de verdure.", credit="Photo : Hélène Castagné",
     pull="On a retrouvé des programmes de 1953 sous les gradins.",
     carry=["tickets", "calendar"],
     look=[("box", "Les spectacles commencent à 21 h")],
     body="""
Le théâtre de verdure du parc Lamartine rouvrira le 27 juin, après quatre ans de fermeture et dix-huit mois de travaux. Dix-huit spectacles y sont programmés jusqu'à la fin du mois d'août.

Construit en 1951, l'amphithéâtre de pierre avait été fermé en 2022 après l'effondrement d'une partie des gradins. La ville a consacré 1,3 million d'euros à sa restauration.

Les gradins ont été démontés pierre par pierre, numérotés puis remontés sur de nouvelles fondations. La scène a été équipée d'un éclairage moderne et d'une rampe d'accès pour les personnes à mobilité réduite.

« On a retrouvé des programmes de 1953 sous les gradins. Ils sont aujourd'hui exposés à l'entrée », raconte l'adjointe à la culture, Nadège Fourcade.

## Du jazz, du cirque et du Molière

La saison s'ouvrira avec un concert du big band du conservatoire. Suivront une compagnie de cirque, trois pièces de théâtre, dont « Le Médecin malgré lui », des concerts et un bal populaire le 14 juillet.

Les spectacles commencent à 21 h. En cas de pluie, ils sont déplacés à la salle des fêtes.

Les places sont vendues 8 euros, et 5 euros pour les moins de 18 ans. Six soirées sont gratuites.

L'amphithéâtre compte 650 places. La ville espère accueillir plus de 9 000 spectateurs sur l'ensemble de la saison.
"""),

dict(id="h32-es-001", lang="es", tpl="cms", section="Cultura", date="2026-10-06", byline="Marta Villalobos",
     title="El Teatro Principal de Almedina vuelve a abrir tras tres años de obras",
     sub="La reforma ha costado 4,2 millones y recupera el techo pintado de 1887.",
     caption="El patio de butacas del Teatro Principal tras la restauración.", credit="Foto: Marta Villalobos",
     carry=["tickets"],
     look=[("italic", "«Cuando quitamos el falso techo")],
     body="""
El Teatro Principal de Almedina reabrirá sus puertas el próximo 24 de octubre, después de tres años cerrado por obras. La reforma ha costado 4,2 millones de euros, financiados por el Ayuntamiento y la Diputación.

El edificio, inaugurado en 1887, había cerrado en 2023 porque no cumplía la normativa contra incendios. Durante las obras se han renovado la instalación eléctrica, la climatización y las salidas de emergencia.

## Un techo escondido

La gran sorpresa apareció en el primer mes de trabajo. Bajo un falso techo de escayola colocado en los años sesenta, los obreros encontraron la pintura original del techo, con musas y guirnaldas de flores.

«Cuando quitamos el falso techo nadie se lo creía. Tuvimos que parar la obra tres meses para restaurarlo». Así lo recuerda la arquitecta municipal, Rocío Benítez.

## Programación hasta diciembre

La temporada arrancará con una zarzuela interpretada por la banda y el coro municipales. Hasta diciembre habrá catorce funciones de teatro, música y danza, además de un ciclo de cine para colegios.

El concejal de Cultura, Andrés Molina, explicó que el teatro pasa de 480 a 452 butacas para ganar espacio en los pasillos, y que seis de ellas estarán reservadas para personas en silla de ruedas.

Los precios irán de 6 a 18 euros, con descuentos para jóvenes y jubilados.
"""),

dict(id="h32-es-002", lang="es", tpl="semantic", section="Educación", date="2026-03-12", byline="Iñaki Larrañaga",
     title="La cocinera del colegio que ha conseguido que los niños pidan repetir pisto",
     sub="Carmen Olmedo cocina para 320 alumnos y comparte sus recetas con las familias.",
     caption="Carmen Olmedo en la cocina del colegio público Virgen del Prado.", credit="Foto: Iñaki Larrañaga",
     carry=["recipe"],
     look=[("bold", "La receta que más piden")],
     body="""
En el colegio público Virgen del Prado, en Villar de Cañas, el día de pisto hay cola para repetir. La responsable es Carmen Olmedo, que lleva dieciséis años al frente de la cocina del centro.

Cada día prepara la comida para 320 alumnos con un presupuesto de 1,90 euros por menú. Todo se cocina en el propio colegio, con verduras de dos huertas del pueblo.

## Verduras que no se notan

Olmedo reconoce que al principio los niños apartaban todo lo verde del plato. Su solución fue triturar parte de las verduras en las salsas y servir el resto en platos que ya conocían, como las albóndigas o la lasaña.

«Un niño no come calabacín porque se lo expliques. Lo come porque está rico», resume.

El comedor pesa cada día lo que sobra en los platos. Según la dirección del colegio, el desperdicio se ha reducido a la mitad en cinco años.

## Recetas para casa

Muchas familias le pedían las recetas, así que la asociación de madres y padres ha editado un cuadernillo con veinte de ellas, que se reparte gratis a la salida del colegio.

La receta que más piden es la del pisto: cebolla, pimiento, calabacín y tomate, pochados a fuego lento durante casi una hora.

La directora, Lourdes Pineda, ha propuesto a Olmedo para el premio regional de comedores escolares, que se fallará en mayo.
"""),

dict(id="h32-es-003", lang="es", tpl="medium", site="La Carta de la Vega", kind="indie", section="Memoria",
     date="2026-08-18", byline="Pablo Recuero",
     title="Tres mil fotos antiguas del pueblo, rescatadas con un escáner y mucha paciencia",
     sub="Un jubilado de Fuentelaguna ha digitalizado los álbumes de medio pueblo.",
     caption="Una boda en la plaza de Fuentelaguna en 1958, de la colección digitalizada.", credit="Foto: archivo familiar Sanz",
     look=[("bold", "Los álbumes nunca salen")],
     body="""
Desde hace dos años, Eusebio Sanz recibe casi cada tarde a algún vecino de Fuentelaguna con un álbum de fotos debajo del brazo.

Este maestro jubilado de 71 años ha digitalizado ya más de tres mil fotografías de familias del pueblo, la más antigua de 1911. Lo hace con un escáner que compró de segunda mano y un ordenador que le dejó su nieta.

La idea surgió cuando murió su madre y encontró en un armario una caja de fotos que nadie sabía identificar. «Me di cuenta de que, si no ponía nombres a esas caras ahora, ya no lo haría nadie», cuenta.

## Cada foto, con su historia

Los álbumes nunca salen de la casa de Eusebio sin su dueño: los vecinos se sientan con él mientras escanea y le cuentan quién aparece en cada imagen. Él lo apunta todo en una libreta y después en una hoja de cálculo.

Hay bodas, matanzas, fiestas de la Virgen, cosechas y fotos de emigrantes que se fueron a Alemania o a Barcelona en los años sesenta.

## Una exposición en verano

Una selección de doscientas fotos se expondrá durante las fiestas de septiembre en las antiguas escuelas. Eusebio quiere además donar todas las copias digitales al archivo provincial.

«Las fotos son de las familias. Yo solo las guardo para que no se pierdan», dice.
"""),

dict(id="h32-ru-001", lang="ru", tpl="legacy-br", section="Общество", date="2026-07-21", byline="Ирина Заварзина",
     title="В Озёрном начали строить дом для молодых учителей и врачей",
     sub="Квартиры будут сдавать по льготной цене специалистам, которые приедут работать в посёлок.",
     caption="Строительная площадка на улице Лесной.", credit="Фото: Ирина Заварзина",
     carry=["property"],
     body="""
В посёлке Озёрный начали строительство трёхэтажного дома на 24 квартиры для молодых специалистов. Жильё будут сдавать учителям, врачам и фельдшерам, которые согласятся работать в посёлке не меньше пяти лет.

Дом строят на улице Лесной, рядом со школой и амбулаторией. Стоимость работ составляет 118 млн рублей, деньги выделены из областной программы.

По словам главы администрации Виктора Лунёва, нехватка жилья — главная причина, по которой в посёлок не едут молодые специалисты.

«Зовём учителя, он приезжает, смотрит, где жить, и уезжает обратно. Снять квартиру у нас почти негде», — сказал он.

## Аренда — вдвое дешевле рынка

Квартиры будут однокомнатными и двухкомнатными. Плата за аренду составит около половины от рыночной цены в районе.

Сейчас в школе Озёрного не хватает учителей математики и английского языка, а в амбулатории — терапевта. Двое педагогов, работающих в школе, живут в соседнем городе и каждый день ездят за 40 километров.

## Сдать до конца следующего года

Подрядчик обещает сдать дом в декабре следующего года. Заявки от желающих получить квартиру администрация начнёт принимать весной.

Директор школы Надежда Ковалёва говорит, что уже знает, кому предложит жильё первым: «У меня есть две выпускницы педагогического, которые хотят вернуться домой. Теперь им будет куда».
"""),

dict(id="h32-ru-002", lang="ru", tpl="gutenberg", section="Культура", date="2026-02-10", byline="Алексей Мартынов",
     title="Районная библиотека запустила приложение и электронный читательский билет",
     sub="Книги теперь можно бронировать с телефона, а электронные — читать бесплатно.",
     caption="Читальный зал центральной районной библиотеки.", credit="Фото: Алексей Мартынов",
     look=[("dropcap", "Центральная районная библиотека"), ("box", "Чтобы получить электронный билет")],
     body="""
Центральная районная библиотека в Красноборске запустила мобильное приложение. Через него читатели могут искать книги в каталоге, бронировать их и продлевать срок возврата, не приходя в библиотеку.

Вместе с приложением появился электронный читательский билет. Он даёт бесплатный доступ к 40 тысячам электронных и аудиокниг из областной подписки.

По словам директора библиотеки Галины Шестаковой, идея появилась во время ремонта, когда здание было закрыто полгода. «Люди звонили и спрашивали, можно ли хоть что-то почитать. Тогда мы и решили, что нужно приложение», — рассказала она.

## Бумажные билеты остаются

Пользоваться приложением необязательно. Бумажные формуляры и обычная запись в библиотеке сохранятся.

Для пожилых читателей библиотека проводит по вторникам занятия, на которых помогают установить приложение и разобраться в нём. За первый месяц на них пришли 60 человек.

Чтобы получить электронный билет, достаточно паспорта. Оформить его можно на абонементе или в приложении, а затем подтвердить при первом визите.

## Первые итоги

За три недели приложение скачали более 1 200 человек. Больше всего бронируют детективы и книги по садоводству.

Библиотека планирует подключить к приложению и сельские филиалы — их в районе четырнадцать.
"""),

dict(id="h32-ru-003", lang="ru", tpl="portal", section="Образование", date="2026-12-02", byline="Светлана Гуськова",
     title="Школьный фотокружок из Липовки победил в областном конкурсе",
     sub="Серия снимков о жизни деревни заняла первое место среди 140 работ.",
     caption="Участники фотокружка с руководителем Павлом Дёминым.", credit="Фото: Светлана Гуськова",
     low=0,
     body="""
Фотокружок сельской школы в Липовке занял первое место на областном конкурсе детской фотографии. Жюри выбрало его работу из 140 присланных со всей области.

Шестеро школьников в возрасте от 12 до 16 лет прислали серию из двенадцати снимков под названием «Наша улица». На них — жители деревни за обычными делами: почтальон на велосипеде, доярка на утренней дойке, дед, который чинит забор.

Кружок существует третий год. Его ведёт учитель физики Павел Дёмин, который сам увлекается фотографией с юности.

«Сначала у ребят были только телефоны. Потом родители скинулись, и мы купили два подержанных фотоаппарата», — рассказал он.

## Снимали полгода

Над серией дети работали с весны до осени. Каждый снимок приходилось согласовывать с героями: не все соседи сразу соглашались фотографироваться.

Девятиклассница Ксения Абрамова, автор самого известного кадра серии, признаётся, что уговаривала пожилую соседку почти месяц. «Она всё говорила, что некрасивая. А получилась лучше всех», — улыбается Ксения.

## Выставка в районном центре

Призом стала поездка в областной центр на мастер-класс известного фотографа. Работы кружка до конца января можно будет увидеть в районном доме культуры.

Школа надеется на выигранные деньги купить для кружка ещё один объектив.
"""),
]
