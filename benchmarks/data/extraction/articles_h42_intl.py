# Turkish, German, French, Spanish and Russian stories for the forty-second held-out part (h42-*).
# Fictional; written for newsflow in each language (not translated). Markup and fields as in articles_h42_en.py.
ARTICLES = [
dict(id="h42-tr-001", lang="tr", tpl="wordpress", section="Gündem", date="2026-12-19", byline="Serkan Altınok",
     title="Karlıtepe Kayak Merkezi sezonu erken açtı",
     sub="Zirvede kar kalınlığı 1 metreyi geçti; 9 telesiyejden 7'si çalışıyor.",
     caption="Karlıtepe'de sezonun ilk gününde teleferik kuyruğu.", credit="Fotoğraf: Serkan Altınok",
     carry=["snow"],
     look=[("dropcap", "Karlıtepe Kayak Merkezi")],
     body="""
Karlıtepe Kayak Merkezi, son bir haftadır aralıksız yağan karın ardından kayak sezonunu planlanandan 10 gün önce, dün sabah açtı.

Merkezin işletmecisi Dağ-Tur'un genel müdürü Levent Soyer, zirvede kar kalınlığının 110 santimetreye, otellerin bulunduğu bölgede ise 65 santimetreye ulaştığını söyledi. Dokuz telesiyejden yedisi ilk gün itibarıyla hizmete girdi.

Soyer, "Geçen yıl ocak ortasına kadar kar bekledik. Bu yıl pistleri hazırlamaya yetişemedik, kar bizden hızlı davrandı" dedi.

Sezonun ilk gününde merkezde yaklaşık 4 bin kişi kaydı. Hafta sonu bu sayının 10 bini bulması bekleniyor.

Bu sezon uygulanacak günlük bilet fiyatları şöyle:

- Yetişkin: 1.450 lira
- Öğrenci ve 65 yaş üstü: 900 lira
- 7 yaş altı çocuklar: ücretsiz
- Akşam kayağı (18.00-21.00): 600 lira

Merkezde bu yıl ilk kez gece kayağı da yapılabilecek. Bunun için Kartal pistine 42 aydınlatma direği dikildi.

İl Afet ve Acil Durum Müdürlüğü ise pist dışına çıkacak kayakçıları çığ riskine karşı uyardı. Müdürlük, pist dışında kayak yapmak isteyenlerin mutlaka rehber eşliğinde hareket etmesi gerektiğini hatırlattı.

Şehir merkezinden kayak merkezine her gün saat 07.30'dan itibaren yarım saatte bir belediye otobüsü kalkıyor.
"""),

dict(id="h42-tr-002", lang="tr", tpl="drupal", site="Yeşilvadi Belediyesi", kind="public", section="Duyurular",
     date="2026-08-05", byline="Basın Yayın Birimi",
     title="Cumhuriyet Meydanı'ndaki kan bağışı kampanyasına 612 kişi katıldı",
     sub="Üç gün süren kampanyada toplanan kan, ildeki hastanelerin ihtiyacı için bölge kan merkezine gönderildi.",
     caption="Cumhuriyet Meydanı'na kurulan kan bağışı çadırı.", credit="Yeşilvadi Belediyesi",
     carry=["blood"],
     look=[("box", "Kan bağışı yapmak isteyenlerin")],
     body="""
Belediyemiz ile Kızılay Bölge Kan Merkezi'nin birlikte düzenlediği kan bağışı kampanyası, üç günde 612 bağışçıya ulaştı.

Cumhuriyet Meydanı'na kurulan çadırda 1-3 Ağustos tarihleri arasında sabah 10.00'dan akşam 19.00'a kadar bağış kabul edildi. Bağışçıların 214'ü ilk kez kan verdi.

## Yaz aylarında stoklar azalıyor

Bölge Kan Merkezi Müdürü Dr. Nilgün Karaca, tatil döneminde bağışların yüzde 30'a varan oranda düştüğünü, buna karşın trafik kazaları nedeniyle kana olan ihtiyacın arttığını söyledi.

Dr. Karaca, "Özellikle 0 Rh negatif kan grubunda stoklarımız birkaç günlük. Yeşilvadi'nin gösterdiği ilgi, bölgedeki hastanelerimiz için büyük bir nefes oldu" dedi.

Belediye Başkanı Halil Sarıgül de kampanyaya katılan tüm hemşehrilerine teşekkür etti. Sarıgül, kampanyanın her yıl ağustos ayında tekrarlanacağını açıkladı.

## Kimler bağış yapabilir?

Kan bağışı yapmak isteyenlerin 18-65 yaş arasında olması, en az 50 kilo gelmesi ve bağış günü sağlıklı olması gerekiyor. Erkekler yılda dört, kadınlar üç kez bağış yapabiliyor.

Kampanyaya katılan bağışçılara belediye tarafından Yeşilvadi Şehir Tiyatrosu'nun yeni sezonu için iki kişilik davetiye verildi.

Kan bağışıyla ilgili sorular için Kızılay'ın 168 numaralı hattı aranabilir.
"""),

dict(id="h42-tr-003", lang="tr", tpl="ucoz", site="Aşağıçamlı Köyü", kind="small", section="Köyden haberler",
     date="2026-06-22", byline="asagicamli_muhtar",
     title="Aşağıçamlı'da 30 yıl sonra ilk kiraz şenliği yapıldı",
     sub="Şenliğe gurbetteki hemşehrilerimiz de katıldı.",
     caption="Kiraz şenliğinde köy meydanı.", credit="Aşağıçamlı Köyü",
     carry=["gallery"],
     body="""
Köyümüzde 30 yıldır yapılmayan kiraz şenliği, geçtiğimiz cumartesi köy meydanında yeniden düzenlendi. Şenliğe Aşağıçamlı'dan ve komşu köylerden yaklaşık 700 kişi katıldı.

Şenlik sabah erken saatlerde bahçelerde kiraz toplanmasıyla başladı. Öğleden sonra meydanda davul zurna eşliğinde halaylar çekildi, kadınlarımızın hazırladığı kiraz reçeli ve kirazlı bazlama misafirlere ikram edildi.

**En iri kiraz yarışması**

Yarışmada birinciliği, 84 yaşındaki Hasan Amca'nın bahçesinden toplanan kirazlar kazandı. Hasan Amca ödülünü alırken "Bu ağaçları babam dikmişti, ben sadece suladım" dedi.

**Gurbetten gelenler**

İstanbul, Ankara ve Almanya'da yaşayan hemşehrilerimizin birçoğu şenlik için köye geldi. Bazı aileler üç kuşak bir arada katıldı.

**Gelir okula gidecek**

Şenlikte satılan reçel ve kirazlardan 48 bin lira toplandı. Bu para, köy ilkokulunun çatısının onarımında kullanılacak. Okulun çatısı geçen kış yağan karda çökmüş, iki sınıf o günden beri kullanılamıyordu. Onarımın eylül ayında, okullar açılmadan önce bitirilmesi planlanıyor.

Şenliğin fotoğraflarını çeken gençlerimize ve emeği geçen herkese muhtarlık olarak teşekkür ederiz. Şenliğin her yıl haziranın üçüncü cumartesi günü yapılmasına karar verildi.
"""),

dict(id="h42-de-001", lang="de", tpl="nextjs", section="Region", date="2027-01-08", byline="Veronika Hasler",
     title="Neue Sesselbahn am Hohen Grat: „Wir hatten nur einen Versuch“",
     sub="Die Liftgesellschaft Grattal hat 14 Millionen Euro in eine Achtersesselbahn investiert. Ein Gespräch mit dem Betriebsleiter.",
     caption="Die neue Grataltbahn an der Bergstation auf 1.980 Metern.", credit="Foto: Veronika Hasler",
     carry=["snow"],
     look=[("bold", "Seit Weihnachten fährt am Hohen Grat")],
     body="""
Seit Weihnachten fährt am Hohen Grat die neue Achtersesselbahn. Sie ersetzt zwei Schlepplifte aus dem Jahr 1974 und bringt bis zu 3.200 Menschen pro Stunde auf den Gipfel. Betriebsleiter Korbinian Staudacher über einen knappen Zeitplan und die Frage, ob sich so eine Investition noch lohnt.

**Herr Staudacher, 14 Millionen Euro für eine Bahn, in Zeiten des Klimawandels. Warum?**

Weil der Hohe Grat bis auf 2.000 Meter geht. Oben hatten wir in den letzten zehn Jahren jeden Winter genug Schnee. Unten ist das anders, das wissen wir auch.

**Wie knapp war es mit der Fertigstellung?**

Sehr knapp. Die Seilprüfung war am 19. Dezember. Hätte da etwas nicht gepasst, hätten wir die Bahn erst im Februar eröffnen können. Wir hatten nur einen Versuch.

**Und die Schlepplifte?**

Sind abgebaut. Einer geht an einen Skiclub in Slowenien.

**Fährt die Bahn auch im Sommer?**

Ja, ab Pfingsten, für Wanderer und Mountainbiker. Ohne den Sommer würde sich das nicht rechnen.

**Was kostet die Tageskarte?**

52 Euro, drei Euro mehr als im Vorjahr. Kinder unter zehn fahren weiterhin umsonst.

**Ihr Wunsch für diese Saison?**

Schnee bis Ostern. Und keine Staus auf der Bundesstraße.

Die Liftgesellschaft Grattal gehört zu 60 Prozent den Gemeinden Grattal und Oberweißach. Die Bahn fährt täglich von 8.30 bis 16.15 Uhr.
"""),

dict(id="h42-de-002", lang="de", tpl="table", section="Kultur", date="2026-10-01", byline="Matthias Krebber",
     title="Hundert Jahre Kino: Das Lichtspielhaus Wendelsbach feiert",
     sub="Das Familienkino zeigt zum Jubiläum eine Woche lang Filme aus zehn Jahrzehnten.",
     caption="Saal 1 des Lichtspielhauses mit den 1950er-Jahre-Sesseln.", credit="Foto: Matthias Krebber",
     carry=["cinema"],
     body="""
Am 3. Oktober 1926 lief im Lichtspielhaus Wendelsbach der erste Film, ein Stummfilm mit Klavierbegleitung. Hundert Jahre später ist das Kino noch immer in der Hand derselben Familie, inzwischen in der vierten Generation.

Betreiberin Franziska Lohmeyer hat das Haus 2011 von ihrem Vater übernommen. Damals stand die Umstellung auf Digitaltechnik an, die rund 90.000 Euro kostete. „Viele kleine Kinos haben das nicht überlebt. Wir haben einen Kredit aufgenommen und gehofft“, sagt sie.

Heute hat das Lichtspielhaus zwei Säle mit zusammen 238 Plätzen und zählt rund 41.000 Besucher im Jahr. Im großen Saal stehen noch die roten Sessel aus dem Jahr 1956, die vor drei Jahren neu bezogen wurden.

Zum Jubiläum zeigt das Kino eine Woche lang aus jedem Jahrzehnt einen Film:

- Freitag: ein Stummfilm von 1926, mit Live-Musik
- Samstag: zwei Heimatfilme aus den 1950er-Jahren
- Sonntag: ein Familienfilm aus den 1980er-Jahren und eine Vorpremiere
- Montag bis Donnerstag: Filme aus den 1960er- bis 2010er-Jahren

Alle Vorstellungen der Jubiläumswoche kosten fünf Euro. Am Sonntag gibt es im Foyer Kuchen vom Bäcker gegenüber, der das Kino seit 1926 beliefert.

Bürgermeister Andreas Thiel will am Freitag ein Grußwort sprechen. Das Kino sei „ein Wohnzimmer für die ganze Stadt“, sagte er.

Karten gibt es an der Kinokasse in der Bahnhofstraße 12 und telefonisch unter 06543 92 71 10.
"""),

dict(id="h42-de-003", lang="de", tpl="medium", site="Hefte aus dem Kalktal", kind="indie", section="Menschen",
     date="2026-07-04", byline="Lena Vogtländer",
     title="Die Imkerin vom Steinbruchweg",
     sub="Hanne Kressling hält 46 Bienenvölker am Rand des alten Kalksteinbruchs. Ein Besuch im Juli.",
     caption="Hanne Kressling an ihren Bienenkästen am Steinbruchweg.", credit="Foto: Lena Vogtländer",
     look=[("italic", "Nebenbei betreut sie drei Schulklassen")],
     body="""
Wer im Juli an den Bienenkästen von Hanne Kressling vorbeigeht, hört sie, bevor er sie sieht. Es summt am ganzen Hang unterhalb des alten Kalksteinbruchs.

Kressling ist 58 und hat mit einem einzigen Volk angefangen, das sie vor 22 Jahren von einem Nachbarn übernommen hat. Heute sind es 46 Völker, verteilt auf drei Standorte im Kalktal.

Der Steinbruch ist ihr liebster Platz. Seit dort 1989 der Abbau eingestellt wurde, wachsen an den Hängen Thymian, Dost und wilde Möhre. „Kalkmagerrasen. Für Bienen ist das ein Festessen“, sagt sie.

Im vergangenen Jahr hat sie 780 Kilo Honig geschleudert, etwas weniger als sonst. Das Frühjahr war zu nass. Sorgen macht ihr vor allem die Varroamilbe, gegen die sie ihre Völker jedes Jahr im August behandelt.

Nebenbei betreut sie drei Schulklassen, die jeweils ein Volk auf dem Schulhof haben. Die Kinder dürfen beim Schleudern helfen und bekommen am Ende ein Glas mit ihrem eigenen Etikett.

Fragt man sie nach einem Nachfolger, lacht sie. Ihre Tochter hält inzwischen selbst vier Völker in Leipzig, auf dem Dach eines Verlagshauses.

Wer Honig vom Steinbruchweg kaufen möchte, findet Kresslings Stand samstags auf dem Wochenmarkt in Kalkenbrück. Fotos ihrer Bienen teilt sie nicht: „Die Bienen wollen ihre Ruhe, und ich auch.“
"""),

dict(id="h42-fr-001", lang="fr", tpl="processwire", site="L'Écho de la vallée d'Esserte", section="Routes et transports",
     date="2027-02-11", byline="Mathilde Reynaud",
     title="Après l'avalanche, la route du col de la Serrière fermée jusqu'à nouvel ordre",
     sub="La coulée a enseveli la chaussée sur 80 mètres mardi soir. Aucun véhicule n'a été touché.",
     caption="Les engins de déneigement au pied de la coulée, mercredi matin.", credit="Photo : Mathilde Reynaud",
     inset=("Le front de l'avalanche, haut de six mètres par endroits.", "Photo : peloton de gendarmerie de haute montagne"),
     pull="Dix minutes plus tôt, il y avait un car scolaire à cet endroit",
     carry=["snow"],
     look=[("highlight", "Une avalanche est descendue mardi"), ("box", "Pour rejoindre Saint-Véran-d'Esserte")],
     body="""
Une avalanche est descendue mardi vers 18 h 40 dans le couloir des Aiguettes et a recouvert la route départementale du col de la Serrière sur environ 80 mètres. Personne n'a été blessé.

La route, qui relie Esserte à la vallée voisine, est fermée jusqu'à nouvel ordre. Le département doit d'abord faire sécuriser le couloir, où une importante quantité de neige reste accrochée.

« Dix minutes plus tôt, il y avait un car scolaire à cet endroit », a rappelé le maire d'Esserte, Gilles Baussand, qui s'est rendu sur place mercredi matin avec les services de l'État.

## Un risque de niveau 4

Le bulletin d'estimation du risque d'avalanche était passé au niveau 4 sur 5 mardi midi, après 70 centimètres de neige fraîche tombés en deux jours et un fort redoux.

Les techniciens prévoient un déclenchement préventif par hélicoptère dès que la météo le permettra, probablement vendredi. Le déblaiement de la chaussée prendra ensuite au moins deux jours.

## Les déviations

Pour rejoindre Saint-Véran-d'Esserte, les automobilistes doivent passer par la vallée de la Durance, soit un détour de 64 kilomètres. Le ramassage scolaire est assuré par ce trajet, avec un départ avancé de quarante minutes.

Les habitants des hameaux du Clot et des Granges, situés après le couloir, ne sont pas isolés : ils peuvent rejoindre le village par la piste forestière, ouverte aux véhicules équipés.

La préfecture demande aux randonneurs et aux skieurs de ne pas s'aventurer hors des pistes balisées ce week-end.
"""),

dict(id="h42-fr-002", lang="fr", tpl="gutenberg", section="Culture", date="2026-11-14", byline="Étienne Villard",
     title="« Le film de montagne parle de nous tous » : le festival de Saint-Alban fête ses vingt ans",
     sub="Quarante films, dont douze inédits, seront projetés du 20 au 24 novembre. Entretien avec sa directrice.",
     caption="La salle des fêtes de Saint-Alban pendant l'édition 2025.", credit="Photo : Étienne Villard",
     carry=["cinema"],
     look=[("dropcap", "Le Festival du film de montagne")],
     body="""
Le Festival du film de montagne de Saint-Alban fête cette année sa vingtième édition. Né dans la salle des fêtes du village avec six films et 300 spectateurs, il en attend désormais plus de 9 000. Rencontre avec sa directrice, Clémence Arnaud.

**Vingt ans, ça se fête comment ?**

Avec les films qui ont marqué le festival. Nous rediffusons chaque soir un ancien lauréat, en plus de la compétition.

**Qu'est-ce qu'un film de montagne ?**

Pas seulement de l'alpinisme. Nous montrons des films sur les bergers, les saisonniers, les villages qui se vident. Le film de montagne parle de nous tous.

**Et le public ?**

Il a changé. Au début, c'étaient des grimpeurs. Aujourd'hui, ce sont des familles, des scolaires, des retraités. Le jeudi, nous accueillons 1 100 élèves du département.

**Le moment que vous attendez le plus ?**

La soirée de clôture. Le réalisateur du premier film primé, en 2007, sera là.

**Un regret ?**

Le cinéma du village a fermé en 2019. Nous projetons dans la salle des fêtes et dans le gymnase, avec un écran gonflable.

La compétition compte quarante films, dont douze inédits en France. Le jury est présidé par la guide de haute montagne et réalisatrice Maud Ferrier.

Le pass pour les cinq jours coûte 35 euros, la séance 7 euros. Les billets sont en vente à l'office de tourisme de Saint-Alban.
"""),

dict(id="h42-fr-003", lang="fr", tpl="typo3", section="Commerce", date="2026-03-20", byline="Sandrine Mollet",
     title="À Vernay-le-Bas, deux trentenaires reprennent la dernière boulangerie",
     sub="Sans repreneur, la boulangerie de la place de l'Église devait fermer fin février.",
     caption="Léa Chaumet et Bastien Royer devant la boulangerie de la place de l'Église.", credit="Photo : Sandrine Mollet",
     body="""
Les cookies au chocolat de Léa Chaumet ont fait leur apparition dans la vitrine, à côté des baguettes et des flans. C'est l'un des rares changements à la boulangerie de la place de l'Église, à Vernay-le-Bas, qui a rouvert ses portes lundi.

Léa Chaumet, 31 ans, pâtissière, et Bastien Royer, 34 ans, boulanger, ont racheté le fonds de commerce à Gérard et Monique Pellet, qui partent à la retraite après 37 ans derrière le comptoir.

**Une fermeture évitée de justesse**

Les Pellet cherchaient un repreneur depuis trois ans. Sans solution, la boulangerie devait fermer le 28 février. La commune, propriétaire des murs, a accepté de baisser le loyer de 30 % pendant deux ans.

« Nous étions salariés dans une grande boulangerie à Lyon. Nous voulions notre affaire, mais pas en ville », explique Bastien Royer.

**Les mêmes recettes**

Le couple a promis de garder la recette du pain de campagne de Gérard Pellet, qui passera d'ailleurs quelques matinées au fournil pendant le premier mois.

Les clients ont vite été rassurés. Lundi, la boulangerie a vendu plus de 400 baguettes, deux fois plus qu'un jour ordinaire, et les photos de la file d'attente ont beaucoup circulé dans le village.

La boulangerie est ouverte du mardi au dimanche, de 6 h 30 à 13 h et de 16 h à 19 h.
"""),

dict(id="h42-es-001", lang="es", tpl="amp", section="Salud", date="2026-06-12", byline="Lucía Barrientos",
     title="El maratón de donación del Hospital de Valdemora bate su récord con 847 donantes",
     sub="La jornada duró catorce horas y un tercio de los donantes lo hacía por primera vez.",
     caption="Donantes en la sala de extracciones del Hospital de Valdemora.", credit="Foto: Lucía Barrientos",
     carry=["blood"], section_tag=True,
     correction="Corrección: una versión anterior de esta noticia atribuía la organización del maratón solo al hospital; la coorganiza la Hermandad de Donantes.",
     body="""
El Hospital Comarcal de Valdemora registró el martes 847 donaciones de sangre en su sexto maratón de donación, la cifra más alta desde que se celebra.

La jornada, organizada junto a la Hermandad de Donantes de la comarca, se prolongó desde las ocho de la mañana hasta las diez de la noche. Hubo momentos con más de una hora de espera.

**Un tercio, primerizos**

De los 847 donantes, 291 donaban por primera vez. Muchos eran estudiantes del instituto y de la escuela de enfermería, que acudieron en grupo por la tarde.

«Es la mejor noticia del día. Un donante nuevo que vuelve es un donante para veinte años», explicó la hematóloga Rosa Iturbe, responsable del banco de sangre.

**Reservas para el verano**

Con lo recogido, el hospital cubre sus necesidades de unas tres semanas. El verano es la época más difícil, porque bajan las donaciones y aumentan los accidentes de tráfico.

La Hermandad recuerda que se puede donar a partir de los 18 años y con más de 50 kilos de peso, y que los hombres pueden hacerlo cuatro veces al año y las mujeres tres.

**Música y bocadillos**

La banda municipal tocó a mediodía en el vestíbulo y una panadería del pueblo regaló bocadillos a todos los donantes.

El próximo maratón será en diciembre.
"""),

dict(id="h42-es-002", lang="es", tpl="regional", section="Cultura", date="2026-07-02", byline="Andrés Palomeque",
     title="Vuelve el cine de verano a la plaza de toros de Alcorrín",
     sub="Diez películas, una cada viernes y sábado de julio, a tres euros la entrada.",
     caption="La pantalla instalada en el ruedo de la plaza de toros de Alcorrín.", credit="Foto: Andrés Palomeque",
     carry=["cinema"],
     look=[("br", "Las sillas las pone el Ayuntamiento")],
     body="""
Después de cuatro años sin él, el cine de verano vuelve a Alcorrín. La plaza de toros acogerá diez proyecciones los viernes y sábados de julio, con una pantalla de doce metros instalada en el ruedo.

El Ayuntamiento ha alquilado el equipo a una empresa de Ciudad Real por 14.000 euros. La programación la ha elegido una comisión de vecinos, que reunió más de 600 votos en la biblioteca.

«La gente mayor se acuerda de cuando había cine en el patio del colegio. Los jóvenes no lo han vivido nunca», dice la concejala de Cultura, Pilar Moraleda.

Las sillas las pone el Ayuntamiento, pero quien quiera puede traer la suya.

La programación de julio:

- 3 y 4 de julio: dos comedias españolas de los años noventa
- 10 y 11 de julio: una película de animación y un clásico del oeste
- 17 y 18 de julio: dos estrenos de este año
- 24 y 25 de julio: cine de terror para adolescentes y un musical
- 31 de julio: la película más votada por los vecinos, que se anunciará la semana anterior

Las sesiones empiezan a las 22.30. La entrada cuesta tres euros y los menores de doce años entran gratis. En la plaza habrá un puesto de palomitas y bebidas que gestiona la asociación juvenil.

Si llueve, la proyección se trasladará al pabellón municipal.
"""),

dict(id="h42-es-003", lang="es", tpl="legacy-br", section="Campo", date="2026-12-03", byline="Marta Escribano",
     title="«Este año el aceite va a ser bueno y caro»",
     sub="Hablamos con el presidente de la cooperativa olivarera de Torrelobos al inicio de la campaña.",
     caption="Descarga de aceituna en el patio de la cooperativa de Torrelobos.", credit="Foto: Marta Escribano",
     low=0,
     body="""
La cooperativa olivarera San Isidro de Torrelobos empezó el lunes a recibir aceituna. Sus 410 socios esperan recoger unos 9 millones de kilos, un 20 % más que el año pasado. Hablamos con su presidente, Julián Cañizares.

**¿Cómo viene la campaña?**

Mejor que las dos anteriores. Llovió en primavera y en septiembre, que es cuando hace falta.

**¿Y el precio?**

Alto todavía. El aceite va a ser bueno y caro, eso se lo digo ya.

**¿Cuántos días de molienda?**

Unos setenta, si no se estropea la almazara. Trabajamos en tres turnos, día y noche.

**¿Falta gente para recoger?**

Sí. Cada año cuesta más encontrar cuadrillas. Muchos socios recogen ya con la familia y con vibradores.

**¿Qué le piden los socios?**

Que se pague pronto. Este año adelantaremos el primer pago a finales de enero.

**¿Y los jóvenes?**

Hay pocos, pero hay. Tenemos doce socios con menos de 35 años, y eso hace diez años no pasaba.

La cooperativa vende el aceite a granel y, desde hace tres años, también con su propia marca en la tienda de la carretera de Almodóvar. Quien quiera ponerse en contacto con la cooperativa puede llamar al 926 000 418 en horario de oficina.
"""),

dict(id="h42-ru-001", lang="ru", tpl="fusion", section="Здоровье", date="2026-08-18", byline="Ирина Самойленко",
     title="В Заволжской районной больнице осталась кровь первой отрицательной группы на два дня",
     sub="Станция переливания крови просит доноров прийти в ближайшие выходные.",
     caption="Отделение переливания крови Заволжской районной больницы.", credit="Фото: Ирина Самойленко",
     carry=["blood"],
     look=[("factbox", "Как стать донором")],
     body="""
Запасов крови первой отрицательной группы в Заволжской районной больнице осталось на два дня. Об этом сообщила заведующая отделением переливания крови Наталья Грибанова.

По её словам, в августе донорская кровь расходуется особенно быстро: летом больше аварий на трассе, а многие постоянные доноры в отпусках. За последнюю неделю только на пострадавших в ДТП ушло 38 литров.

«Первая отрицательная подходит всем. Когда нет времени определять группу, переливают именно её. Поэтому она нужна всегда», — пояснила Грибанова.

Отделение будет работать в субботу и воскресенье с 8:00 до 14:00. Обычно по выходным приём доноров не ведётся.

## Как стать донором

- Возраст от 18 лет, вес не меньше 50 килограммов
- С собой нужен паспорт
- Накануне нельзя есть жирное и пить алкоголь
- Утром обязательно позавтракать: сладкий чай, каша, сухари

Каждый донор получает справку об освобождении от работы в день сдачи крови и компенсацию на питание. Те, кто сдал кровь 40 раз и больше, могут получить звание почётного донора.

В прошлом году в районе было 1 260 доноров. Около трёхсот из них сдают кровь регулярно.

Отделение находится на первом этаже хирургического корпуса больницы, вход со стороны улицы Чапаева.
"""),

dict(id="h42-ru-002", lang="ru", tpl="sanity", section="Спорт", date="2027-02-23", byline="Олег Туманов",
     title="«Металлург» из Верхнесольска впервые вышел в финал областного первенства по хоккею с мячом",
     sub="В полуфинале команда обыграла действующего чемпиона со счётом 5:4.",
     caption="Игроки «Металлурга» после финального свистка.", credit="Фото: Олег Туманов",
     carry=["scores"],
     look=[("dropcap", "Хоккеисты верхнесольского")],
     body="""
Хоккеисты верхнесольского «Металлурга» впервые в истории клуба вышли в финал областного первенства по хоккею с мячом. В воскресном полуфинале они обыграли действующего чемпиона, «Энергию» из Краснопольска, со счётом 5:4.

Победный мяч за четыре минуты до конца забил 19-летний нападающий Артём Лыков. Это был его третий гол в матче.

«Я даже не понял, что забил. Услышал трибуны и тогда уже увидел мяч в воротах», — рассказал Лыков после игры.

На стадионе «Труд» собралось около двух тысяч зрителей, хотя мороз к началу второго тайма дошёл до минус двадцати трёх.

Путь «Металлурга» к финалу:

1. Четвертьфинал, первая игра: «Металлург» — «Локомотив» 6:2
2. Четвертьфинал, ответная игра: «Локомотив» — «Металлург» 3:3
3. Полуфинал: «Металлург» — «Энергия» 5:4

Главный тренер команды Виктор Рогожин в клубе уже одиннадцать лет. Почти все его игроки — воспитанники местной спортивной школы. В прошлом сезоне «Металлург» выбыл уже в четвертьфинале.

Финал пройдёт 1 марта в Краснопольске. Соперник определится в среду. Администрация города обещала организовать для болельщиков бесплатные автобусы, запись на них откроется в четверг в спортивной школе.
"""),

dict(id="h42-ru-003", lang="ru", tpl="ghost", site="Соседи с Заречной", kind="small", section="Наш двор",
     date="2026-09-09", byline="Совет дома",
     title="Во дворе на Заречной открыли новую детскую площадку",
     sub="Площадку построили на деньги программы инициативного бюджетирования и взносы жителей.",
     caption="Новая детская площадка во дворе домов 12 и 14.", credit="Фото: совет дома",
     carry=["calendar"],
     look=[("callout", "Субботник перед зимой")],
     body="""
В субботу во дворе домов 12 и 14 по Заречной улице официально открыли новую детскую площадку. На месте старой песочницы и сломанных качелей теперь стоят горка, карусель, качели-гнёзда и спортивный комплекс.

Площадку построили по программе инициативного бюджетирования. Проект обошёлся в 1 миллион 840 тысяч рублей. Жители двух домов собрали 92 тысячи, остальное выделили область и город.

Идея появилась ещё два года назад, когда старшая по дому Людмила Петровна Котова обошла все 160 квартир с опросом. Больше всего голосов набрали качели-гнёзда и резиновое покрытие вместо песка.

«Раньше дети уходили играть к школе, через дорогу. Теперь мамы хотя бы видят их из окна», — говорит Котова.

На открытии было около ста человек. Управляющая компания привезла чай, а жильцы первого подъезда испекли пироги.

Спасибо всем, кто голосовал за проект, и всем, кто следил за стройкой и сообщал о недоделках подрядчику.

Субботник перед зимой пройдёт 4 октября в 10:00. Будем сажать кусты вдоль ограждения площадки, перчатки и инструмент выдаст управляющая компания.
"""),
]
