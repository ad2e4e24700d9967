# Turkish, German, French, Spanish and Russian stories for the ninety-fifth held-out part (h95-*) of the newsflow
# extraction set. Fictional; written for newsflow. Markup and fields as in articles_h95_en.py.
ARTICLES = [
dict(id="h95-tr-001", lang="tr", tpl="mobirise", site="Karaçam Esnaf Derneği", kind="small",
     section="Etkinlikler", date="2026-06-18", byline="Derya Kalkavan",
     title="Saat Kulesi Meydanı yaz akşamları yemek kamyonlarıyla dolacak",
     sub="Karaçam Esnaf Derneği, temmuz ve ağustosta her akşam meydanda sokak lezzetleri sunacak.",
     caption="Saat Kulesi Meydanı'nda deneme gecesinde kurulan yemek kamyonları.", credit="Fotoğraf: Derya Kalkavan",
     carry=["foodtruckrota"],
     look=[("bold", "Gelirin bir kısmı meydanın bakımına gidecek.")],
     body="""
Karaçam'ın Saat Kulesi Meydanı bu yaz ilk kez yemek kamyonlarına ev sahipliği yapacak. Esnaf derneğinin düzenlediği "Meydanda Yaz Akşamları" etkinliği 1 Temmuz'da başlıyor ve 31 Ağustos'a kadar her akşam sürecek.

Dernek başkanı Halil Sarıkaya, fikrin geçen yıl kapanan sinema binasının önündeki boşluktan çıktığını anlattı. "Akşamları meydan bomboştu. İnsanlar sahile gidiyor, çarşıya kimse uğramıyordu," dedi.

Belediyenin izniyle meydana her akşam dört kamyon yerleşecek. Kamyonların her biri farklı günlerde gelecek ve menüler sık sık değişecek.

Derneğin kamyon sahiplerinden istedikleri şunlar:

- yalnızca Karaçam ve çevre köylerden işletmeler
- her kamyonda en az bir çocuk menüsü
- tek kullanımlık plastik yerine kâğıt tabak ve tahta çatal
- gece on birde tezgâhların kapanması

Gelirin bir kısmı meydanın bakımına gidecek.

Kamyonlar yer için günlük 150 lira ödeyecek. Bu parayla meydandaki kırık banklar yenilenecek, çiçek tarhları düzenlenecek.

Meydanın hemen yanında kırtasiye dükkânı olan Nurten Yılmaz etkinlikten umutlu. "Akşam insanlar gelirse biz de dükkânı dokuza kadar açık tutarız," dedi.

Etkinlik her akşam 18.00'de başlıyor; meydanın çevresindeki sokaklar 17.30'dan itibaren trafiğe kapatılacak.
"""),

dict(id="h95-tr-002", lang="tr", tpl="wordpress",
     section="Sağlık", date="2026-04-09", byline="Mert Aydoğan",
     title="Sarıdere Parkı'nda şırınga bulundu, eczaneler atık kutusu kampanyası başlattı",
     sub="Parkta oynayan çocukların bulduğu şırıngaların ardından ilçedeki eczaneler kullanılmış iğneleri teslim alacak.",
     caption="Sarıdere Parkı'ndaki çocuk oyun alanı.", credit="Fotoğraf: Mert Aydoğan",
     carry=["sharpsbins"],
     look=[("dropcap", "Sarıdere Parkı'ndaki çocuk oyun alanında"), ("box", "İğne batarsa ne yapmalı?")],
     body="""
Sarıdere Parkı'ndaki çocuk oyun alanında geçen hafta kum havuzunda iki kullanılmış şırınga bulundu. Şırıngaları oynayan çocuklardan biri fark edip annesine gösterdi; yaralanan olmadı.

Olayın ardından Karaçam'daki on iki eczane, evde insülin ya da başka iğneli ilaç kullanan hastaların iğnelerini ücretsiz teslim almak için ortak bir kampanya başlattı.

Eczacılar Odası temsilcisi Ecz. Selin Kocabaş, şırıngaların büyük ihtimalle bilinçsizce çöpe atıldığını ve sokak hayvanlarının çöp torbalarını parçalamasıyla parka taşındığını söyledi. "Evde iğne kullanan herkes bunları çöp kutusuna atıyor. Başka bir yol bilmiyorlar," dedi.

Kampanya kapsamında eczanelerde sarı renkli, kapağı kilitlenen kutular dağıtılacak. Dolan kutular yine eczaneye getirilecek ve tıbbi atık olarak toplanacak.

İğne batarsa ne yapmalı? Yarayı sabunlu suyla yıkayın, kanamayı durdurmaya çalışmayın ve vakit kaybetmeden en yakın acil servise gidin. Şırıngayı dokunmadan bırakın ve belediyeye haber verin.

Belediye, parktaki kum havuzunun kumunu tamamen değiştirdi ve oyun alanının çevresine çit çekileceğini açıkladı.

Parkın karşısında oturan Ayşe Öztürk, torununu artık parka götürmeye çekindiğini söyledi. "Kum değişti ama içim rahat değil. Her sabah önce ben bakıyorum," dedi.
"""),

dict(id="h95-tr-003", lang="tr", tpl="table",
     section="Eğitim", date="2026-10-14", byline="Gülşen Tatlıcı",
     title="Sarıdere köy okuluna mektupla kütüphane kuruldu",
     sub="Öğretmenin sosyal medyadaki çağrısına 14 ilden kitap geldi.",
     caption="Sarıdere İlkokulu'nun yeni kütüphanesinde kitap okuyan öğrenciler.", credit="Fotoğraf: Gülşen Tatlıcı",
     body="""
Karaçam'a bağlı Sarıdere köyündeki ilkokulun, on yıldır kilitli duran boş sınıfı artık bir kütüphane. Raflarda 2.300'den fazla kitap var ve bunların neredeyse tamamı posta ile geldi.

## Bir mektupla başladı

Okulun tek öğretmeni Emre Kılınç, geçen eylül öğrencilerinin okuyacak kitap bulamadığını görünce onlardan mektup yazmalarını istedi. Her çocuk en sevdiği hikâyeyi ve okumak istediği kitabı anlattı.

Kılınç mektupların fotoğraflarını sosyal medyada paylaştı. Birkaç gün içinde 14 ilden koliler gelmeye başladı.

"Bir hafta köyün muhtarı kargo şirketinin kamyonetini okula yönlendirmek için yolda bekledi," diye anlattı.

## Raflar da bağış

Kitapların yanında raflar, minderler ve bir halı da bağışlandı. Köydeki marangoz Hasan Usta, rafları okulun ölçüsüne göre yeniden kesip duvarlara monte etti.

Okulda 19 öğrenci var. Her öğrenci haftada iki kitap eve götürebiliyor ve okuduğu kitabın adını sınıftaki büyük bir ağaç çizimine yapraklara yazıyor.

Dördüncü sınıf öğrencisi Zeynep, ağaçta en çok yaprağı olan öğrenci. "Kırk bir kitap okudum. En çok hayvan kitaplarını seviyorum," dedi.

## Köy de faydalanıyor

Kütüphane hafta sonları köylülere de açık. Özellikle kış aylarında kadınların öğleden sonra buluşup birlikte kitap okuduğunu söyleyen Kılınç, yeni bağışlar yerine artık kütüphaneye gönüllü okuma saatleri için destek beklediklerini belirtti.

Kütüphane cumartesi günleri 10.00 ile 15.00 arasında açık.
"""),

dict(id="h95-de-001", lang="de", tpl="octobercms", site="Ellerbacher Stadtkurier",
     section="Weihnachtsmarkt", date="2026-11-20", byline="Katrin Sommerfeld",
     title="Eisbahn auf dem Ellerbacher Marktplatz öffnet mit dem Weihnachtsmarkt",
     sub="Zum ersten Mal seit 2019 gibt es wieder eine Eisfläche mitten in der Altstadt.",
     caption="Aufbau der Eisbahn vor dem Ellerbacher Rathaus.", credit="Foto: Katrin Sommerfeld",
     carry=["icerinksessions"], run_in=["icerinksessions"],
     look=[("br", "Für Schulklassen gibt es vormittags")],
     body="""
Wenn am Donnerstag der Ellerbacher Weihnachtsmarkt eröffnet, können Besucher zum ersten Mal seit sechs Jahren wieder zwischen den Buden Schlittschuh laufen. Die Stadt hat vor dem Rathaus eine 600 Quadratmeter große Eisbahn aufbauen lassen.

Die letzte Eisbahn war 2019 abgebaut worden, weil die Kühlung zu viel Strom verbrauchte. Die neue Anlage arbeitet mit einer Wärmepumpe und wird zum Teil mit Strom aus den Solaranlagen auf den Dächern der Stadtwerke betrieben.

Bürgermeisterin Anja Reuter sagte, die Eisbahn habe bei einer Umfrage zum Weihnachtsmarkt ganz oben auf der Wunschliste gestanden. „Viele Ellerbacher haben hier als Kinder das Eislaufen gelernt. Das wollten wir zurückholen“, sagte sie.

Die Eisbahn wird von einem Eventunternehmen aus Kassel betrieben, das auch Schlittschuhe verleiht. Für die Kleinsten gibt es Laufhilfen in Form von Pinguinen und Robben.

Die Stadt zahlt für Aufbau und Betrieb rund 85.000 Euro, die Hälfte davon soll über Eintrittsgelder wieder hereinkommen.

Für Schulklassen gibt es vormittags eigene Zeiten, die über die Schulen gebucht werden.

Die kleinere Eisbahn im Buchwiesener Freizeitbad bleibt trotzdem geöffnet, sie ist für Vereinstraining und Eishockey reserviert.

Geöffnet ist die Eisbahn vom 26. November bis zum 6. Januar, an Heiligabend und am ersten Weihnachtstag bleibt sie geschlossen.
"""),

dict(id="h95-de-002", lang="de", tpl="methode", site="Mühlgrund-Bote",
     section="Rotenhain", date="2026-08-27", byline="Tobias Wendland",
     title="Nach Spritzenfunden: Stadt stellt Abwurfbehälter am Rotenhainer Spielplatz auf",
     sub="Eltern hatten im Sommer mehrfach benutzte Spritzen im Gebüsch am Spielplatz Lindenweg gefunden.",
     caption="Der Spielplatz am Lindenweg in Rotenhain.", credit="Foto: Tobias Wendland",
     body_caption="Einer der neuen Abwurfbehälter am Eingang des Spielplatzes.",
     tags=["Rotenhain", "Spielplatz Lindenweg", "Drogenhilfe"],
     carry=["sharpsbins"], run_in=["sharpsbins"],
     body="""
Die Stadt Ellerbach hat am Spielplatz Lindenweg in Rotenhain zwei fest verschraubte Abwurfbehälter für gebrauchte Spritzen aufgestellt. Anwohner und Eltern hatten seit Juni mehrfach Spritzen im Gebüsch neben dem Sandkasten gefunden.

Eine Mutter hatte Fotos der Funde in einer Eltern-Gruppe verbreitet, danach meldeten sich innerhalb einer Woche mehr als vierzig Familien beim Ordnungsamt.

**Was die Stadt jetzt tut**

Neben den Behältern hat der Bauhof das Gebüsch zurückgeschnitten, damit der Bereich besser einsehbar ist. Mitarbeiter kontrollieren den Spielplatz nun jeden Morgen, bevor Kinder kommen.

Ordnungsamtsleiter Martin Krebs sagte, man könne das Problem nicht wegschließen. „Die Behälter sind kein Willkommensschild, sondern sollen verhindern, dass Spritzen dort landen, wo Kinder spielen“, sagte er.

**Hilfe für Betroffene**

Die Drogenhilfe Mühlgrund bietet seit dem Frühjahr in der Bahnhofstraße einen Spritzentausch an. Leiterin Sabine Otte sagte, die meisten Konsumenten nähmen das Angebot an, einige wenige aber nicht. Sie setzt auf mehr Sozialarbeit am Abend.

Die Elterninitiative Rotenhain begrüßt die Behälter, fordert aber auch eine bessere Beleuchtung des Weges zum Spielplatz.

Wer eine Spritze findet, soll sie nicht anfassen und den Fundort dem Ordnungsamt melden.
"""),

dict(id="h95-de-003", lang="de", tpl="semantic",
     section="Menschen", date="2026-05-06", byline="Lena Hartwig",
     title="Die letzte Wanderschäferin im Mühlgrund",
     sub="Seit 27 Jahren zieht Renate Pfannkuch mit ihrer Herde durch das Tal. Ein Gespräch über Wölfe, Wolle und Wetter.",
     caption="Renate Pfannkuch mit ihrer Herde an den Hängen oberhalb von Buchwiesen.", credit="Foto: Lena Hartwig",
     body="""
Renate Pfannkuch ist 58 Jahre alt und die letzte Wanderschäferin im Mühlgrund. Mit rund 450 Schafen und drei Hütehunden zieht sie von April bis November über die Hänge zwischen Ellerbach und Buchwiesen. Wir haben sie auf der Weide besucht.

**Frau Pfannkuch, wie wird man Schäferin?**

Durch Zufall. Ich habe Bürokauffrau gelernt und bin mit 31 bei einem Schäfer als Aushilfe eingesprungen. Nach einer Woche wusste ich, dass ich nicht zurück ins Büro will.

**Was ist das Schwierigste an dem Beruf?**

Dass man nie frei hat. Die Tiere brauchen einen jeden Tag, auch an Weihnachten, auch mit Fieber.

**Und die Wölfe?**

Seit zwei Jahren gibt es ein Rudel im Nachbarkreis. Ich habe die Zäune erhöht und einen Herdenschutzhund angeschafft. Bisher ist nichts passiert, aber ich schlafe schlechter.

**Lohnt sich die Wolle noch?**

Nein. Für die Wolle bekomme ich weniger, als die Schur kostet. Ich lebe vom Fleisch und vom Geld, das ich für die Pflege der Naturschutzflächen bekomme.

**Gibt es eine Nachfolge?**

Meine Nichte überlegt. Ich dränge sie nicht.

Wer Renate Pfannkuch und ihre Herde erleben möchte, kann am 17. Mai beim Schaftag an der Buchwiesener Mühle zuschauen, wie geschoren wird.
"""),

dict(id="h95-fr-001", lang="fr", tpl="beehiiv", site="La Lettre de la Lise", kind="indie",
     section="Vaucrozet", date="2026-06-11", byline="Amandine Rivière",
     title="Les jeudis des camions-restaurants s'installent place du Marché",
     sub="Cinq food trucks de la vallée se relaieront tout l'été à Vaucrozet.",
     caption="Les premiers camions-restaurants sur la place du Marché de Vaucrozet.", credit="Photo : Amandine Rivière",
     body_caption="La file d'attente devant le camion de crêpes, jeudi dernier.",
     carry=["foodtruckrota"],
     body="""
Bonjour à toutes et à tous, et bienvenue aux 142 nouveaux lecteurs arrivés cette semaine.

Cette semaine, une bonne nouvelle pour les soirs d'été : à partir du 2 juillet, la place du Marché de Vaucrozet accueillera des camions-restaurants tous les jeudis soir, jusqu'à la fin août.

L'idée vient de l'association des commerçants, qui cherchait à faire revenir du monde dans le centre-ville après 19 heures. La mairie a accepté de prêter la place, l'électricité et une vingtaine de tables.

Chaque soir, deux camions seront présents. La liste n'est pas encore définitive, mais on connaît déjà les principaux :

- une crêperie de Pré-Lisant
- un camion de burgers au bœuf de la vallée
- une cuisine libanaise venue des Ormeaux
- un glacier artisanal pour le dessert

Les commerçants de la place resteront ouverts plus tard ces soirs-là. La librairie promet même des lectures pour les enfants.

Pour Martine Dubreuil, qui tient le café du coin de la place depuis vingt ans, c'est une chance plus qu'une concurrence. « Les gens viennent manger, et ensuite ils prennent un café chez moi. Tout le monde y gagne », dit-elle.

Seule inquiétude : le bruit. Les riverains de la rue des Tanneurs ont demandé que tout soit fini à 23 heures, ce que la mairie a accepté.

Premier rendez-vous le jeudi 2 juillet à partir de 18 h 30. Et si cette lettre vous a plu, transférez-la à un voisin.
"""),

dict(id="h95-fr-002", lang="fr", tpl="eleventy", site="Le Petit Crozetois", kind="small",
     section="Village", date="2026-09-24", byline="Bernard Lacombe",
     title="Les Ormeaux retrouvent leur boulangerie",
     sub="La commune a racheté le bâtiment et l'a loué à un jeune couple de boulangers.",
     caption="La nouvelle boulangerie des Ormeaux le jour de l'ouverture.", credit="Photo : Bernard Lacombe",
     tags=["Les Ormeaux", "commerce", "boulangerie"],
     body="""
Depuis mardi matin, l'odeur du pain chaud flotte de nouveau sur la place de l'église des Ormeaux. La boulangerie du village, fermée depuis le départ à la retraite de Monsieur Chabert il y a deux ans, a rouvert ses portes.

Pendant ces deux années, les habitants devaient faire sept kilomètres jusqu'à Vaucrozet pour acheter une baguette, ou se contenter du dépôt de pain de l'épicerie.

La commune a racheté les murs et le four pour 95 000 euros l'an dernier. Elle les loue aujourd'hui à Léa et Youssef Benali, un couple de boulangers de 29 et 31 ans qui travaillaient jusqu'ici à Lyon.

« On cherchait un village où l'on nous attendait vraiment. Ici, les gens passaient devant la vitrine pendant les travaux pour nous demander la date d'ouverture », raconte Léa.

Le maire, Gérard Pons, assume le choix d'avoir utilisé l'argent de la commune. « Un village sans boulangerie, c'est un village qui s'éteint doucement. Ce n'était pas une dépense, c'était un investissement », dit-il.

Le couple propose du pain au levain, des viennoiseries et, le dimanche, une tarte aux pommes dont la recette vient de la grand-mère de Youssef.

Le premier jour, la boulangerie a vendu 310 baguettes avant midi.

Elle est ouverte du mardi au dimanche, de 7 heures à 13 heures et de 16 heures à 19 heures.
"""),

dict(id="h95-fr-003", lang="fr", tpl="chorus", site="Vaucrozet Quartiers",
     section="Quartier de la Gare", date="2026-03-05", byline="Inès Marchetti",
     title="Seringues au square Lamartine : les habitants organisent un ramassage",
     sub="Une cinquantaine de riverains ont nettoyé le square avec des gants et des pinces prêtés par la mairie.",
     caption="Des habitants ramassant les déchets au square Lamartine.", credit="Photo : Inès Marchetti",
     body_caption="Le bac à sable du square, fermé depuis février.",
     carry=["sharpsbins"],
     body="""
Samedi matin, une cinquantaine d'habitants du quartier de la Gare se sont retrouvés au square Lamartine avec des gants épais, des pinces et des boîtes jaunes prêtées par la mairie. Objectif : nettoyer un jardin public où des seringues sont retrouvées presque chaque semaine depuis l'automne.

## Un bac à sable fermé

Le bac à sable est fermé depuis février, après qu'une fillette a trouvé une aiguille en jouant. Les parents du quartier ont alors lancé une pétition, signée par plus de 600 personnes.

« On ne veut chasser personne. On veut juste que nos enfants puissent jouer sans qu'on fouille le sable avant », explique Claire Vasseur, qui a organisé la matinée.

En trois heures, les bénévoles ont ramassé 37 seringues, une dizaine de sacs de déchets et deux vélos abandonnés. Les seringues ont été déposées dans des boîtes fermées et remises à la pharmacie de la place.

## Ce que promet la mairie

L'adjoint à la tranquillité publique, Olivier Fabre, a annoncé l'installation de deux collecteurs sécurisés à l'entrée du square et un meilleur éclairage d'ici l'été. L'association d'aide aux usagers de drogues de Vaucrozet renforcera ses maraudes le soir.

Le bac à sable, lui, sera vidé et rempli de sable neuf avant sa réouverture, prévue pour les vacances de Pâques.

Prochain ramassage le samedi 4 avril à 9 h 30, rendez-vous devant le kiosque.
"""),

dict(id="h95-es-001", lang="es", tpl="wpbakery", site="El Eco de Peñaverde",
     section="Navidad", date="2026-12-01", byline="Rocío Almansa",
     title="La plaza Mayor de Peñaverde tendrá pista de hielo toda la Navidad",
     sub="El Ayuntamiento instala por primera vez una pista de hielo de verdad junto al belén municipal.",
     caption="Montaje de la pista de hielo en la plaza Mayor.", credit="Foto: Rocío Almansa",
     body_caption="Los primeros patinadores en la jornada de prueba.",
     carry=["icerinksessions"],
     body="""
Peñaverde tendrá esta Navidad algo que muchos vecinos solo habían visto en las grandes ciudades: una pista de hielo en la plaza Mayor. El Ayuntamiento la abrirá el 5 de diciembre y la mantendrá hasta el día de Reyes.

La pista, de 400 metros cuadrados, se instalará entre el belén municipal y la fuente de los Caños. Una empresa de Valladolid se encarga del montaje, del alquiler de patines y de los monitores.

**Precios para todos**

El concejal de Festejos, Julián Cabrera, explicó que el Ayuntamiento ha querido que nadie se quede fuera. Los niños empadronados tendrán una sesión gratuita y los jubilados pagarán la mitad.

«Queremos que la plaza esté llena de vida en diciembre, no solo el día de la cabalgata», dijo Cabrera.

**Las dudas de los vecinos**

No todos están contentos. Algunos hosteleros de la plaza temen que la pista les quite espacio para las terrazas, y un grupo de vecinos ha preguntado en el pleno cuánto cuesta la electricidad.

El Ayuntamiento asegura que el coste total, unos 60.000 euros, se cubrirá en buena parte con las entradas y con el patrocinio de una cooperativa de la comarca.

La pista se inaugurará el viernes 5 de diciembre a las 18.00, con la actuación de la escuela de danza municipal.
"""),

dict(id="h95-es-002", lang="es", tpl="astro", site="Vega Abierta",
     section="Campo", date="2026-02-25", byline="Manuel Ortigosa",
     title="Los regantes del Cárdeno cambian la acequia por tuberías",
     sub="La comunidad de regantes calcula que ahorrará un tercio del agua que pierde cada año.",
     caption="La acequia mayor del Cárdeno, a su paso por Villacárdeno.", credit="Foto: Manuel Ortigosa",
     tags=["regadío", "río Cárdeno", "agua de riego"],
     body="""
La acequia mayor de la vega del Cárdeno, que lleva agua a las huertas de cuatro pueblos desde hace más de cinco siglos, dejará de ser un canal abierto. La comunidad de regantes ha aprobado entubar sus once kilómetros.

Según los técnicos de la comunidad, por las grietas y la evaporación se pierde cerca del 35 por ciento del agua que sale de la presa. En un año seco como el pasado, eso significó que decenas de parcelas se quedaron sin riego en agosto.

El proyecto cuesta 4,2 millones de euros. El 80 por ciento lo pagan fondos europeos y el resto los propios regantes, a razón de unos 90 euros por hectárea durante diez años.

La asamblea lo aprobó con 312 votos a favor y 41 en contra. Los contrarios defienden el valor de la acequia como paisaje y como refugio para la fauna.

La comunidad se ha comprometido a:

- conservar a la vista los dos tramos históricos junto a los molinos
- plantar chopos donde se retire el canal
- dejar un caudal mínimo para las fuentes de Villacárdeno

«La acequia es nuestra historia, pero el agua es nuestro futuro», resumió el presidente de los regantes, Anselmo Ruiz.

Las obras empezarán en octubre, cuando termine la campaña de riego, y durarán dos inviernos.
"""),

dict(id="h95-es-003", lang="es", tpl="webnode", site="Asociación Vecinal de Villacárdeno", kind="small",
     section="Vecinos", date="2026-10-06", byline="Junta de la Asociación",
     title="Limpiamos la ribera: 80 vecinos y 1.200 kilos de basura",
     sub="La jornada de limpieza del río reunió a familias, jubilados y al equipo juvenil de fútbol.",
     caption="Vecinos sacando basura de la ribera del Cárdeno.", credit="Foto: Asociación Vecinal de Villacárdeno",
     body="""
El domingo fue un día para sentirse orgullosos de Villacárdeno. Ochenta vecinos, de los 4 a los 83 años, se juntaron a las nueve de la mañana en el puente viejo para limpiar la ribera del río.

## Lo que encontramos

En cuatro horas sacamos del agua y de las orillas más de 1.200 kilos de basura. Además de plásticos y latas, aparecieron tres neumáticos, una lavadora, un carro de supermercado y hasta una bicicleta infantil que, tras una buena limpieza, ya tiene nuevo dueño.

El Ayuntamiento puso los contenedores y el camión, y la cooperativa nos prestó guantes y sacos. El equipo juvenil del CD Villacárdeno se encargó de la zona más difícil, bajo el puente.

## Gracias a todos

Queremos dar las gracias especialmente a la panadería de la plaza, que trajo bocadillos para todos, y a Remedios, que a sus 83 años no paró ni un momento.

«Yo me bañaba aquí de niña. Quiero que mis nietos puedan hacer lo mismo», nos dijo.

## Y ahora, qué

La asociación ha pedido al Ayuntamiento que ponga papeleras en el paseo del río y que vigile los vertidos de escombros en el camino de los huertos.

Nos gustaría que la limpieza se convierta en una costumbre. La próxima será en primavera, y ya hay lista de voluntarios en el teleclub.
"""),

dict(id="h95-ru-001", lang="ru", tpl="shorthand", site="Ольховецкие ведомости",
     section="История", date="2026-08-13", byline="Ирина Белозёрова",
     title="Аптека на Соборной: как старейшая аптека Ольховца стала музеем",
     sub="Сто двадцать лет здесь продавали лекарства. Теперь здесь их показывают.",
     caption="Старинные шкафы в зале бывшей аптеки на Соборной улице.", credit="Фото: Ирина Белозёрова",
     body_caption="Аптечные весы и склянки из коллекции музея.",
     body="""
Аптека на Соборной улице открылась в 1903 году и работала без перерыва больше ста лет, пережив две войны и несколько смен власти. В 2024 году её закрыли: сеть, которой она принадлежала, сочла точку невыгодной. Теперь в доме с резными шкафами открылся музей.

Здание выкупил город, а экспозицию собрали сотрудники краеведческого музея вместе с бывшими фармацевтами. В залах стоят дубовые шкафы начала прошлого века, латунные весы, сотни склянок с латинскими надписями и рецептурные книги.

Самая ценная находка обнаружилась на чердаке. Там лежали журналы аптеки за 1920-е годы, в которых аккуратным почерком записано, кто и какое лекарство получил.

«По этим записям можно изучать историю города. Видно, когда была эпидемия, когда голод, когда в город пришли новые заводы», — говорит директор краеведческого музея Людмила Гарина.

Последним провизором аптеки была Валентина Сергеевна Кострова. Она проработала здесь 44 года и теперь проводит экскурсии по субботам.

«Я знаю каждый ящик. Вот в этом хранился йод, а в этом — мятные леденцы для детей, которые плакали в очереди», — рассказывает она.

Музей открыт со среды по воскресенье с 10:00 до 17:00, вход для школьников бесплатный.
"""),

dict(id="h95-ru-002", lang="ru", tpl="expressionengine", site="Ольховец: день за днём",
     section="Люди", date="2026-01-28", byline="Дмитрий Савельев",
     title="«Книги сами находят читателя»: библиотекарь из Кедрового — о сорока годах у полки",
     sub="Галина Петровна Шумилова возглавляет сельскую библиотеку в посёлке Кедровом с 1986 года.",
     caption="Галина Шумилова в читальном зале библиотеки в Кедровом.", credit="Фото: Дмитрий Савельев",
     body_caption="Читальный зал библиотеки в посёлке Кедровом.",
     body="""
Библиотека в посёлке Кедровом под Ольховцом занимает две комнаты в здании бывшей конторы леспромхоза. Сорок лет ею руководит Галина Петровна Шумилова. Мы поговорили с ней о читателях, интернете и о том, зачем посёлку библиотека.

**Как вы попали в Кедровый?**

После училища меня распределили в Кедровый на два года. Я приехала с одним чемоданом и думала, что скоро уеду. Осталась на всю жизнь.

**Сейчас ещё читают?**

Читают, но по-другому. Раньше брали по пять книг, теперь по одной, зато приходят чаще. Пенсионеры читают детективы, школьники — фантастику, а мамы в декрете берут книги о здоровье.

**Интернет не помешал?**

Помог. Я сама научила половину посёлка пользоваться госуслугами. Люди приходят записаться к врачу, а уходят с книгой.

**А самые благодарные читатели?**

Дети. Один мальчик прочитал все книги про путешественников, а теперь работает капитаном на Енисее и присылает мне открытки.

**Чего библиотеке не хватает?**

Новых книг и тёплых окон. Зимой в читальном зале пятнадцать градусов, читатели сидят в валенках.

Библиотека работает со вторника по субботу с 11:00 до 18:00, записаться может любой житель района.
"""),

dict(id="h95-ru-003", lang="ru", tpl="amp",
     section="Транспорт", date="2026-03-30", byline="Ольга Рябинина",
     title="В Кедровый снова пустят рейсовый автобус",
     sub="Маршрут отменили три года назад, когда перевозчик отказался ездить по разбитой дороге.",
     caption="Новый автобус на остановке в посёлке Кедровом.", credit="Фото: Ольга Рябинина",
     low=0,
     body="""
С 1 апреля из Ольховца в посёлок Кедровый снова начнёт ходить рейсовый автобус. Маршрут № 114 отменили в 2023 году, когда частный перевозчик отказался ездить по разбитой лесной дороге.

Всё это время жителям Кедрового, а их в посёлке около 900 человек, приходилось добираться до города на попутках или вызывать такси за 700 рублей в одну сторону. Особенно тяжело было пожилым людям, которым нужно ездить в поликлинику.

Прошлым летом область отремонтировала 18 километров дороги, и район объявил конкурс на перевозки. Его выиграло муниципальное автотранспортное предприятие.

Автобус будет делать четыре рейса в день, первый — в 6:40 из Кедрового, последний — в 19:10 из Ольховца. Проезд будет стоить 62 рубля, для пенсионеров и школьников действуют льготы.

«Три года мы были как на острове. Дочка не могла ездить в музыкальную школу, я — к врачу», — рассказала жительница посёлка Нина Ворожцова.

Глава района Сергей Малахов пообещал, что, если автобус будет заполнен, летом добавят ещё два рейса в выходные.

Расписание вывешено на остановках в Кедровом и на автостанции Ольховца.
"""),
]
