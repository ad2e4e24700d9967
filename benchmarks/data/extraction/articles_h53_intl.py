# Turkish, German, French, Spanish and Russian stories for the fifty-third held-out part (h53-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Markup and fields as in articles_h53_en.py.
ARTICLES = [
dict(id="h53-tr-001", lang="tr", tpl="chunks", section="Bölge", date="2026-10-05", byline="Serkan Akbulut",
     title="Yaylaköy'e fiber internet geldi, öğrenciler ödevini artık köyde yapıyor",
     sub="Yıllardır cep telefonu sinyali bile zor çeken köyde 86 haneye fiber bağlantı kuruldu.",
     caption="Yaylaköy'de fiber kablonun bağlandığı dağıtım kutusu.", credit="Fotoğraf: Serkan Akbulut",
     carry=["broadband"], section_tag=True,
     look=[("br", "Kabloların köye ulaşması")],
     body="""
İlçe merkezine 28 kilometre uzaklıktaki Yaylaköy'de geçen hafta fiber internet bağlantısı devreye girdi. Köydeki 86 hanenin tamamı artık saniyede 100 megabite kadar hızla internete bağlanabiliyor.

Şimdiye kadar köyde ev interneti neredeyse yoktu. Cep telefonları da ancak caminin önünde ve okulun bahçesinde çekiyordu.

**Ödev için ilçeye gidiyorlardı**

En çok sevinenler öğrenciler oldu. Lise öğrencisi Elif Kaya, uzaktan eğitim döneminde derslere bağlanmak için her sabah amcasının traktörüyle tepeye çıktığını anlattı. "Ödevleri göndermek için hafta sonları ilçedeki kuzenlerime gidiyordum. Şimdi odamdan yapıyorum," dedi.

Köyün muhtarı Halil Dönmez, altyapı için üç yıl boyunca dilekçe yazdıklarını söyledi.

Kabloların köye ulaşması için yedi kilometrelik bir hat çekildi ve köylüler kazı sırasında işçilere yemek taşıdı.

**Fiyat tartışması**

Bağlantı ücreti ayda 420 lira. Bazı yaşlı köylüler bu tutarı yüksek buluyor. Emekli öğretmen Nuriye Şahin, komşularından bazılarının hâlâ bağlanmak istemediğini, "Televizyon var, ne yapacağız internet?" diye sorduğunu anlattı.

**Köy kahvesi de değişti**

Köy kahvesinin sahibi Recep Yıldız ise kahveye kablosuz ağ kurdu. Artık akşamları gençler ve yaşlılar birlikte maç izliyor, gurbetteki çocuklarıyla görüntülü konuşuyor.

İlçe kaymakamlığı, benzer çalışmanın önümüzdeki yıl çevredeki dört köyde daha yapılacağını açıkladı.
"""),

dict(id="h53-tr-002", lang="tr", tpl="drupal", site="Yenikavak Belediyesi", kind="public", section="Duyurular",
     date="2026-06-15", byline="Basın Yayın ve Halkla İlişkiler Müdürlüğü",
     title="Cumhuriyet Caddesi'nde asfalt yenileme çalışması başlıyor",
     sub="Çalışmalar 22 Haziran'da başlayacak ve üç hafta sürecek. Bazı sokaklar trafiğe kapatılacak.",
     caption="Cumhuriyet Caddesi'nde yol çizgilerinin silinmeye başladığı bölüm.", credit="Fotoğraf: Yenikavak Belediyesi",
     carry=["roadworks"],
     look=[("box", "Çalışmalar süresince belediye otobüsleri")],
     body="""
Yenikavak Belediyesi Fen İşleri Müdürlüğü, Cumhuriyet Caddesi'nin tamamında asfalt yenileme çalışması yapacak. Çalışmalar 22 Haziran Pazartesi günü başlayacak ve hava koşullarına bağlı olarak yaklaşık üç hafta sürecek.

Caddenin 1,8 kilometrelik bölümünde eski asfalt kazınarak yerine yeni kaplama serilecek. Aynı çalışmada kaldırım kenar taşları da yenilenecek ve engelli rampaları yapılacak.

Çalışma süresince aşağıdaki sokaklar sırayla araç trafiğine kapatılacak:

- Cumhuriyet Caddesi, Saat Kulesi ile Hükümet Konağı arası: 22–28 Haziran
- Atatürk Bulvarı kavşağı: 29 Haziran–2 Temmuz
- Çarşı Sokak ve Bakırcılar Sokak girişi: 3–8 Temmuz

Çalışmalar süresince belediye otobüsleri İstasyon Caddesi üzerinden yönlendirilecek. Durakların yerleri turuncu levhalarla gösterilecek.

Belediye Başkanı Kemal Sarıkaya, caddenin en son 2009 yılında asfaltlandığını hatırlattı. "Esnafımızın ve vatandaşlarımızın anlayışını rica ediyoruz. İşi yaz tatili başlamadan, okullar kapanınca yapmak istedik," dedi.

Çarşıdaki esnafın mağdur olmaması için çalışmalar gece 21.00 ile sabah 06.00 arasında da sürdürülecek. Yaya geçişleri her zaman açık tutulacak.

Çalışmalarla ilgili şikâyet ve önerilerinizi Beyaz Masa'ya 444 0 753 numaralı telefondan iletebilirsiniz.
"""),

dict(id="h53-tr-003", lang="tr", tpl="amp", section="Yaşam", date="2026-03-27", byline="Derya Ünaldı",
     title="Muhtar, yüz yıllık çınarı kesilmekten kurtardı",
     sub="Yol genişletme projesinde kesilmesi planlanan çınar için mahalle imza topladı, proje değiştirildi.",
     caption="Hacıbekir Mahallesi'ndeki yüz yıllık çınar.", credit="Fotoğraf: Derya Ünaldı",
     low=0,
     look=[("italic", "\"Bu ağacın altında")],
     body="""
Hacıbekir Mahallesi'nin meydanındaki yüz yıllık çınar ağacı, muhtarın başlattığı imza kampanyası sayesinde kesilmekten kurtuldu.

Karayolları, mahalleden geçen yolu genişletmek için hazırladığı projede çınarın kesilmesini öngörüyordu. Ağacın gövdesi yaklaşık dört metre genişliğinde ve mahallenin en yaşlıları bile onu hep aynı büyüklükte hatırlıyor.

Muhtar Ayten Koçak, projeyi öğrenince kahvede, fırında ve camide imza topladı. İki haftada 1.340 imza toplandı. Kampanyaya çevre köylerden gelenler de katıldı.

"Bu ağacın altında düğünler yapıldı, askere gidenler uğurlandı. Ben de burada kurabiye satarak okul harçlığımı çıkardım," dedi Koçak.

İmzalar ve mahallelinin dilekçesi bölge müdürlüğüne iletildi. Proje yeniden incelendi ve yolun ağacın iki yanından dolaşmasına karar verildi. Böylece çınar, yolun ortasında küçük bir adada kalacak.

Ziraat mühendisi Tuncay Özer, ağacın sağlıklı olduğunu ama köklerinin korunması gerektiğini söyledi. Çalışmalar sırasında ağacın çevresine koruma çiti kurulacak.

Mahalle sakinleri, yol tamamlandığında çınarın altına yeni bir bank ve çeşme yapılmasını istiyor.

Muhtarlık, meydanda 12 Nisan Pazar günü saat 14.00'te bir teşekkür pikniği düzenleyecek.
"""),

dict(id="h53-de-001", lang="de", tpl="sanity", section="Verkehr", date="2026-08-31", byline="Jannik Oberreuter",
     title="Lehnbachbrücke wird saniert: Busse fahren ab Montag Umleitung",
     sub="Die Brücke an der Mühlenstraße ist bis Mitte Dezember voll gesperrt. Drei Buslinien ändern ihren Weg.",
     caption="Die Lehnbachbrücke an der Mühlenstraße kurz vor Beginn der Bauarbeiten.", credit="Foto: Jannik Oberreuter",
     carry=["roadworks"],
     look=[("dropcap", "Ab Montag geht an der Mühlenstraße")],
     body="""
Ab Montag geht an der Mühlenstraße nichts mehr: Die Lehnbachbrücke wird saniert und ist bis voraussichtlich 18. Dezember für den gesamten Verkehr gesperrt.

Bei einer Prüfung im vergangenen Jahr hatten Ingenieure Risse im Beton und rostende Bewehrung entdeckt. Die Brücke aus dem Jahr 1962 erhielt daraufhin die Zustandsnote 3,0, was eine Sanierung innerhalb von zwei Jahren nötig macht.

Die Stadt investiert rund 1,4 Millionen Euro. Der Überbau bekommt eine neue Abdichtung, die Geländer werden ersetzt, und der Gehweg wird auf 2,50 Meter verbreitert.

Für Busfahrgäste ändert sich Folgendes:

- Die Linie 4 fährt über die Bahnhofstraße und den Kreisel am Sportplatz; die Haltestelle Mühlenstraße entfällt.
- Die Linie 7 hält ersatzweise an der provisorischen Haltestelle vor dem Feuerwehrhaus.
- Der Schulbus nach Oberlehnbach startet morgens fünf Minuten früher.

Autofahrer werden großräumig über die Kreisstraße 12 umgeleitet. Für Fußgänger und Radfahrer bleibt ein schmaler Steg neben der Baustelle offen.

Tiefbauamtsleiterin Katrin Wendlinger räumte ein, dass die Sperrung viele treffe. „Wir haben lange überlegt, ob man halbseitig bauen kann. Das hätte aber doppelt so lange gedauert“, sagte sie.

Die Anwohner der Mühlenstraße können ihre Grundstücke weiterhin von Norden her erreichen. Die Müllabfuhr kommt wie gewohnt.

Fragen zur Baustelle beantwortet das Tiefbauamt montags bis donnerstags von 8 bis 16 Uhr unter der Telefonnummer 07031 960-215.
"""),

dict(id="h53-de-002", lang="de", tpl="semantic", section="Menschen", date="2026-01-16", byline="Svenja Hollerbach",
     title="„Im Winter bin ich für viele die einzige Besucherin“",
     sub="Dorothee Kühnlein ist seit 19 Jahren Schornsteinfegermeisterin im Oberen Lautertal. Ein Gespräch über Ruß, Kaffee und Einsamkeit.",
     caption="Dorothee Kühnlein auf einem Dach in Hohenweiler.", credit="Foto: Svenja Hollerbach",
     look=[("bold", "Wie beginnt Ihr Tag?"), ("bold", "Bringt Ihr Besuch wirklich Glück?"),
           ("bold", "Was hat sich verändert?"), ("bold", "Und die Holzöfen?"), ("bold", "Höhenangst?"),
           ("italic", "Dorothee Kühnlein kehrt")],
     body="""
Dorothee Kühnlein kehrt in 2.300 Haushalten in elf Dörfern die Kamine. Wir haben sie einen Tag lang begleitet.

Wie beginnt Ihr Tag?

Um sechs Uhr mit einem Kaffee und der Liste. Im Winter schaffe ich zwölf bis fünfzehn Häuser. Gegen Mittag esse ich meistens bei irgendjemandem mit, ob ich will oder nicht.

Bringt Ihr Besuch wirklich Glück?

Das fragen mich die Leute jeden Tag. Ich sage immer: Glück bringt ein sauberer Kamin, weil er nicht brennt. Aber natürlich lasse ich mich gern anfassen.

Was hat sich verändert?

Früher war ich vor allem für die Öfen da. Heute messe ich Abgase, prüfe Heizungen und berate, wenn jemand eine Wärmepumpe will. Ich habe fast mehr Papier als Ruß an den Händen.

Und die Holzöfen?

Es werden wieder mehr. Viele haben sich vor zwei Jahren einen Kaminofen gekauft, weil das Gas so teuer war. Manche wissen nicht, dass man nur trockenes Holz verbrennen darf.

Höhenangst?

Nie gehabt. Angst habe ich vor Hunden, die nicht angekündigt werden.

Manche Kunden, erzählt Kühnlein, warten das ganze Jahr auf ihren Besuch. Eine 93-jährige Frau in Hohenweiler backt jedes Mal einen Kuchen. „Im Winter bin ich für viele die einzige Besucherin. Da hört man zu, auch wenn der nächste Termin wartet.“

Nach 19 Jahren denkt sie noch nicht ans Aufhören. Ihr Lehrling Moritz, 17, soll den Bezirk eines Tages übernehmen.
"""),

dict(id="h53-de-003", lang="de", tpl="wordpress", section="Kultur", date="2026-02-09", byline="Helge Tammerich",
     title="Stadtbücherei öffnet künftig auch am Samstagnachmittag",
     sub="Ab März ist die Bücherei in Kaltenbronn samstags bis 17 Uhr geöffnet. Möglich machen es Ehrenamtliche.",
     caption="Leserinnen in der Kinderecke der Stadtbücherei Kaltenbronn.", credit="Foto: Helge Tammerich",
     low=0,
     look=[("dropcap", "Wer am Samstag nach dem Wochenmarkt")],
     body="""
Wer am Samstag nach dem Wochenmarkt noch Bücher ausleihen möchte, stand in Kaltenbronn bisher vor verschlossener Tür. Das ändert sich ab dem 7. März: Die Stadtbücherei öffnet dann samstags von 10 bis 17 Uhr statt wie bisher nur bis 12 Uhr.

Möglich wird das durch 14 Ehrenamtliche, die die Ausleihe am Nachmittag übernehmen. Sie wurden im Januar von den beiden hauptamtlichen Bibliothekarinnen geschult.

**Wunsch aus der Leserumfrage**

Längere Öffnungszeiten am Wochenende waren im vergangenen Herbst der häufigste Wunsch in einer Umfrage unter den rund 3.100 Nutzern. Viele Berufstätige schaffen es unter der Woche nicht vor 18 Uhr.

Büchereileiterin Sabine Vogtländer freut sich über das Interesse. „Als wir im Newsletter der Bücherei nach Helfern gefragt haben, hatten wir nach drei Tagen genug Namen“, sagte sie.

**Kosten bleiben gering**

Für die Stadt entstehen nach Angaben der Verwaltung lediglich zusätzliche Kosten für Heizung und Reinigung von etwa 4.000 Euro im Jahr.

Am Nachmittag soll es außerdem regelmäßig Angebote geben: ein Vorlesenachmittag für Kinder am ersten Samstag im Monat und eine Spielerunde mit Brettspielen am dritten.

Zum Start am 7. März gibt es um 14 Uhr Kaffee und Kuchen im Lesecafé.
"""),

dict(id="h53-fr-001", lang="fr", tpl="typo3", site="Ville de Montcalvel", kind="public", section="Actualités",
     date="2026-04-22", byline="Service communication",
     title="Saison des pollens : la Ville adapte l'entretien de ses espaces verts",
     sub="Fauche avant floraison, nouvelles essences moins allergisantes : la municipalité présente ses mesures pour les personnes allergiques.",
     caption="Fauche d'une pelouse du parc de la Roseraie, mardi.", credit="Photo : Ville de Montcalvel",
     carry=["pollen"],
     look=[("highlight", "Les pelouses des écoles")],
     body="""
Avec le retour des beaux jours, les pollens de graminées font leur apparition à Montcalvel. Près d'un habitant sur quatre souffre d'une allergie respiratoire. La Ville a décidé d'adapter l'entretien de ses parcs et jardins pour limiter leur exposition.

## Faucher avant la floraison

Les pelouses des écoles, des crèches et des aires de jeux seront tondues avant la floraison des graminées, au plus tard le 15 mai. Dans les prairies naturelles du parc de la Roseraie et des bords de l'Aulne, laissées hautes pour la biodiversité, une bande de trois mètres sera fauchée le long des allées.

## Des arbres moins allergisants

Lors des prochaines plantations, la Ville renoncera aux bouleaux et aux cyprès, dont les pollens sont parmi les plus allergisants. Ils seront remplacés par des érables, des tilleuls et des arbres fruitiers.

« Nous ne pouvons pas supprimer les pollens, mais nous pouvons éviter d'en ajouter là où les enfants jouent », explique Nadège Corbineau, adjointe chargée de l'environnement.

## Les bons gestes

Le service santé de la Ville rappelle quelques conseils : aérer le logement tôt le matin ou tard le soir, se rincer les cheveux le soir et éviter de faire sécher le linge dehors les jours de forte concentration.

Les personnes qui ressentent des symptômes pour la première fois sont invitées à consulter leur médecin traitant.

Un capteur de pollens installé sur le toit de la médiathèque mesure chaque jour les concentrations dans l'air.
"""),

dict(id="h53-fr-002", lang="fr", tpl="gutenberg", section="Culture", date="2026-09-25", byline="Anaïs Lachaume",
     title="Quarante ans de photos du canton exposées à la salle des fêtes",
     sub="Ancien facteur, Gérard Pouzergues a photographié les habitants de sa tournée de 1981 à 2021. Ses tirages sont exposés jusqu'au 12 octobre.",
     caption="Gérard Pouzergues devant l'un de ses tirages, à la salle des fêtes de Lamothe.", credit="Photo : Anaïs Lachaume",
     carry=["gallery"],
     look=[("dropcap", "Pendant quarante ans"), ("box", "L'exposition est ouverte")],
     body="""
Pendant quarante ans, Gérard Pouzergues a distribué le courrier dans six communes du canton de Lamothe. Et pendant quarante ans, il a gardé un appareil photo dans la sacoche de sa mobylette.

Le résultat est exposé depuis samedi à la salle des fêtes de Lamothe : 120 tirages en noir et blanc, choisis parmi plus de 9 000 négatifs.

On y voit des moissons, des mariages, des marchés, une vache tombée dans un fossé et beaucoup de visages. « Les gens me connaissaient. Ils ne posaient pas, ils continuaient ce qu'ils faisaient », raconte l'ancien facteur, aujourd'hui âgé de 71 ans.

Certains visiteurs se sont reconnus, parfois avec émotion. Mireille Castagné a découvert une photo de son père, mort en 1998, en train de réparer une clôture. « Je n'avais aucune photo de lui au travail », dit-elle.

L'exposition a été montée par l'association des Amis du patrimoine de Lamothe, qui a numérisé tous les négatifs pendant l'hiver avec l'aide de lycéens.

Les habitants qui pensent avoir des photos de la même époque sont invités à les apporter pour qu'elles soient numérisées à leur tour.

L'exposition est ouverte du mercredi au dimanche, de 14 h à 18 h, jusqu'au 12 octobre. L'entrée est libre.
"""),

dict(id="h53-fr-003", lang="fr", tpl="nextjs", section="Portrait", date="2026-06-30", byline="Baptiste Arnouil",
     title="« Le car scolaire, c'est un peu ma deuxième maison »",
     sub="Chauffeur de car scolaire depuis 1992 sur les routes du plateau, Serge Maillebuau prend sa retraite à la fin de l'année scolaire.",
     caption="Serge Maillebuau au volant de son car, devant l'école de Saint-Péran.", credit="Photo : Baptiste Arnouil",
     look=[("br", "Sur la dernière page")],
     body="""
Depuis 34 ans, Serge Maillebuau conduit le car scolaire entre les hameaux du plateau et le collège de Saint-Péran. Vendredi, il a fait sa dernière tournée.

**Combien d'enfants avez-vous transportés ?**

Je n'ai jamais compté. Plusieurs milliers, sûrement. Aujourd'hui, je transporte les enfants de certains de mes premiers élèves.

**Le plus difficile ?**

Le verglas. Sur la route de la Croix-Haute, en janvier, on ne rigole pas. Une fois, j'ai mis deux heures pour faire douze kilomètres. Les enfants chantaient à l'arrière.

**Et les enfants, ils ont changé ?**

Moins qu'on ne le dit. Ils ont des téléphones, mais ils se disputent pour les mêmes places au fond du car. Et ils me disent toujours bonjour.

**Des souvenirs particuliers ?**

Une naissance, presque. Une maman enceinte que j'ai emmenée à la maternité parce que l'ambulance était bloquée par la neige. Elle a appelé son fils Serge.

**Qu'allez-vous faire maintenant ?**

Du jardin, et de la pêche. Et peut-être conduire le car des anciens pour les sorties du club.

Vendredi, les enfants lui ont offert un album de dessins.

Sur la dernière page, ils avaient écrit : « Merci de nous avoir toujours attendus. »
"""),

dict(id="h53-es-001", lang="es", tpl="ghost", site="Asociación Vecinal Barrio de San Lázaro", kind="small",
     section="Fiestas", date="2026-06-10", byline="Junta directiva",
     title="Ya está aquí el programa de las fiestas de San Lázaro",
     sub="Del 19 al 21 de junio: verbena, concurso de tortillas, cine al aire libre y la comida popular en la plaza de la Fuente.",
     caption="La plaza de la Fuente durante la comida popular del año pasado.", credit="Foto: Asociación Vecinal Barrio de San Lázaro",
     carry=["calendar"],
     look=[("callout", "Necesitamos voluntarios")],
     body="""
Después de muchas reuniones, y algún que otro café de más, la junta de la asociación ya tiene cerrado el programa de las fiestas del barrio de este año.

Como siempre, las fiestas se celebran el fin de semana más cercano a San Juan, del viernes 19 al domingo 21 de junio, en la plaza de la Fuente y en la calle Alfareros, que estará cortada al tráfico.

Este es el programa:

- Viernes 19, 21.00: pregón a cargo de Encarna Molero, la vecina más veterana del barrio, y verbena con la orquesta Los Tropicales
- Sábado 20, 11.00: juegos infantiles y taller de chapas
- Sábado 20, 19.00: concurso de tortillas de patata
- Sábado 20, 22.30: cine al aire libre con una película para toda la familia
- Domingo 21, 14.00: comida popular en la plaza

Para la comida popular hay que apuntarse antes del 17 de junio en la sede de la asociación. El precio es de 8 euros para los socios y 12 euros para los no socios; los menores de diez años comen gratis.

Este año el ayuntamiento ha aportado 2.500 euros, algo más que el año pasado. El resto se paga con las cuotas y con lo que se saca en la barra.

Necesitamos voluntarios para montar y desmontar las mesas el domingo y para atender la barra por turnos de dos horas. Si puedes echar una mano, pásate por la sede los martes por la tarde.

Comparte el programa con tus vecinos y, si vienes a la comida, no olvides traer tu silla.
"""),

dict(id="h53-es-002", lang="es", tpl="storybody", section="Salud", date="2026-05-06", byline="Inmaculada Roldán",
     title="El polen del olivo dispara las consultas por alergia en la comarca",
     sub="Los centros de salud atienden un 30 % más de consultas que el año pasado. Los alergólogos prevén un pico a mediados de mayo.",
     caption="Olivos en flor junto a la carretera de Villanueva.", credit="Foto: Inmaculada Roldán",
     carry=["pollen"],
     look=[("highlight", "La floración del olivo"), ("bold", "«Este año ha florecido todo a la vez»")],
     body="""
La floración del olivo ha llegado con fuerza a la comarca y, con ella, los estornudos. Los centros de salud de la zona atienden desde finales de abril un 30 % más de consultas por alergia que en las mismas semanas del año pasado.

Las lluvias del invierno han hecho que los olivos, que cubren buena parte del campo de la comarca, estén cargados de flor. Según el alergólogo del hospital comarcal, Ignacio Berrocal, la concentración de polen en el aire superó el lunes los 400 granos por metro cúbico.

«Este año ha florecido todo a la vez»

## Quiénes lo notan más

El polen del olivo es la primera causa de alergia en la provincia, por delante de las gramíneas. Afecta sobre todo a jóvenes y adultos de entre 15 y 40 años, aunque cada vez hay más casos en niños.

Berrocal explica que muchas personas confunden los síntomas con un catarro. «Si los picores de ojos y los estornudos se repiten cada primavera, hay que consultarlo. Un tratamiento a tiempo evita que la alergia acabe en asma», señala.

## Consejos para estas semanas

Los médicos recomiendan mantener las ventanas cerradas durante las horas centrales del día, usar gafas de sol al salir y no tender la ropa en el exterior.

En los colegios, algunos profesores han cambiado las clases de educación física al interior del gimnasio.

Los alergólogos calculan que el pico de la floración llegará hacia el 15 de mayo y que los niveles empezarán a bajar a primeros de junio.
"""),

dict(id="h53-es-003", lang="es", tpl="fusion", section="Economía", date="2026-11-18", byline="Álvaro Sandoval",
     title="El mercado de abastos reabre tras dos años de obras",
     sub="El edificio de 1928 recupera sus 34 puestos, suma una zona de degustación y abrirá también los sábados por la tarde.",
     caption="El interior del mercado de abastos reformado, el día antes de su apertura.", credit="Foto: Álvaro Sandoval",
     look=[("factbox", "Horario del mercado")],
     body="""
El mercado de abastos de Peñarrubia vuelve a abrir sus puertas este jueves, dos años después del inicio de unas obras que debían durar catorce meses.

La reforma, que ha costado 3,1 millones de euros, ha recuperado la estructura de hierro y cristal del edificio original, construido en 1928. También se ha cambiado la cubierta, que tenía goteras desde hacía décadas, y se ha instalado climatización.

De los 34 puestos, 29 ya están adjudicados. Vuelven la mayoría de los antiguos comerciantes, que durante la obra se trasladaron a una carpa provisional en el aparcamiento de la estación.

«Han sido dos años muy duros. En la carpa pasábamos frío en invierno y calor en verano, y mucha gente dejó de venir», cuenta Remedios Alcántara, que regenta una frutería en el mercado desde 1987.

La principal novedad es una zona de degustación en la planta alta, con seis barras donde se podrá comer el producto de los puestos.

## Horario del mercado

- De lunes a viernes, de 8.00 a 14.30 y de 17.00 a 20.30
- Sábados, de 8.00 a 15.00 y de 18.00 a 21.00
- Zona de degustación: de martes a domingo, hasta las 23.00

El concejal de Comercio, Julián Barragán, reconoció que el retraso de las obras ha perjudicado a los comerciantes y anunció que no pagarán el alquiler de los puestos durante los seis primeros meses.

La inauguración será el jueves a las 10.00, con una degustación gratuita de productos locales.
"""),

dict(id="h53-ru-001", lang="ru", tpl="modx", site="Заречанская правда", section="Связь и дороги",
     date="2026-10-27", byline="Людмила Горбачёва",
     title="В двенадцать сёл района провели оптоволоконный интернет",
     sub="До конца года быстрый интернет появится ещё в пяти населённых пунктах. Жители Верхних Ключей ждали его восемь лет.",
     caption="Монтажники подключают оптоволоконный кабель к дому в селе Верхние Ключи.", credit="Фото: Людмила Горбачёва",
     carry=["broadband"],
     look=[("box", "Подать заявку на подключение"), ("highlight", "За два года оптоволокно")],
     body="""
За два года оптоволокно дотянули до двенадцати сёл Заречанского района. Работы шли по федеральной программе устранения цифрового неравенства, а последним в этом году подключили село Верхние Ключи.

## Восемь лет ожидания

В Верхних Ключах живут 340 человек. До сих пор интернет здесь был только мобильный, да и тот ловил не везде. Глава сельского поселения Василий Тарасенко вспоминает, что первое обращение в районную администрацию жители написали ещё в 2018 году.

«Дети делали уроки на крыльце у клуба, там хоть как-то ловило. Теперь у школы, фельдшерского пункта и почты нормальная связь», — говорит он.

## Сколько это стоит жителям

Подключение для жителей бесплатное, если дом находится не дальше 150 метров от линии. Абонентская плата — от 550 рублей в месяц за скорость до 100 мегабит в секунду.

Пенсионерка Антонина Савельева подключилась в первый же день. «Внучка из Новосибирска теперь звонит по видео. Я раньше её только на фотографиях видела, какая выросла», — рассказывает она.

## Какие сёла на очереди

До конца года оптоволокно должны провести ещё в пять сёл: Сосновку, Малые Ключи, Ольховку, Грязи и Полевое. В остальных населённых пунктах района, где живёт меньше ста человек, поставят вышки мобильной связи.

Подать заявку на подключение можно в администрации сельского поселения или по телефону горячей линии оператора.
"""),

dict(id="h53-ru-002", lang="ru", tpl="ucoz", site="Село Озерки", kind="small", section="Новости нашего села",
     date="2026-12-08", byline="admin_ozerki",
     title="«Почта — это не только письма»: разговор с нашим почтальоном",
     sub="Галина Ивановна Щербакова разносит почту в Озерках и соседних деревнях уже 26 лет.",
     caption="Галина Ивановна Щербакова у отделения почты в Озерках.", credit="Фото: сайт села Озерки",
     body="""
Галину Ивановну Щербакову в Озерках знают все. Двадцать шесть лет она разносит письма, пенсии и газеты по нашему селу и трём соседним деревням. Мы поговорили с ней накануне её юбилея.

**Галина Ивановна, сколько километров в день вы проходите?**

Летом на велосипеде километров пятнадцать. Зимой, когда заметёт, пешком, по очереди: день Озерки, день Кривцово и Лужки.

**Что люди ждут больше всего?**

Пенсию, конечно. И газету. «Заречанскую правду» у нас выписывают почти в каждом доме, хотя подписчиков с каждым годом меньше.

**А письма ещё пишут?**

Редко. Зато посылок стало много: все заказывают через интернет. Бабушкам помогаю оформить, показываю, как получить.

**Какой случай запомнился?**

Однажды зимой принесла пенсию деду Матвею, а у него печка не топлена, сам лежит. Вызвала фельдшера, затопила. Он потом мне всё лето огурцы носил.

**Не думали уйти?**

Думала, когда отделение хотели закрыть. Но люди собрали подписи, и оставили. Теперь куда я уйду.

В группе нашего села в мессенджере уже больше двухсот подписчиков, и многие пишут Галине Ивановне тёплые слова. Поздравить её можно будет в пятницу в клубе, начало в 15:00.
"""),

dict(id="h53-ru-003", lang="ru", tpl="table", section="Дороги", date="2026-07-06", byline="Константин Веретенников",
     title="Дорогу на Липовку ремонтируют: объезд через Горки до конца августа",
     sub="На участке длиной 6,4 километра заменят асфальт и водопропускные трубы. Автобусы пойдут другим маршрутом.",
     caption="Дорожная техника на въезде в Липовку.", credit="Фото: Константин Веретенников",
     carry=["roadworks"],
     look=[("italic", "«Дорогу последний раз")],
     body="""
На дороге, связывающей райцентр с Липовкой, начался капитальный ремонт. Участок длиной 6,4 километра закрыли для движения до 31 августа.

**Что сделают**

Подрядчик снимет старый асфальт, укрепит основание и уложит новое покрытие в два слоя. Кроме того, заменят четыре водопропускные трубы, из-за которых весной дорогу каждый год подтапливало, и поставят освещение на въезде в Липовку.

Стоимость работ — 186 миллионов рублей, деньги выделены из областного дорожного фонда.

**Как ехать**

Объезд организован через Горки. Путь до Липовки становится длиннее на одиннадцать километров. Водителей просят соблюдать ограничение скорости на гравийном участке у Горок, где дорогу специально подсыпали.

Автобус № 108 на время ремонта тоже пойдёт через Горки. Расписание сдвигается на двадцать минут, первый рейс будет отправляться из райцентра в 6:10.

**Мнение липовчан**

«Дорогу последний раз нормально делали, когда я в школу ходил. Потерпим», — говорит житель Липовки Андрей Кузьмин.

Фермеры опасаются, что ремонт не успеют закончить к уборочной. В районной администрации обещают, что молоковозы и техника хозяйств смогут проезжать по ремонтируемому участку по пропускам.

Вопросы о ремонте можно задать в дорожном отделе администрации по телефону 8 (000) 4-12-37.
"""),
]
