# Turkish, German, French, Spanish and Russian stories for the fourteenth held-out part (h14-*).
# Fictional; written for newsflow. Same markup and extra fields as articles_h14_en.py.
ARTICLES = [
dict(id="h14-tr-001", lang="tr", tpl="blogger", section="Köyümüzden", date="2025-07-08", byline="Hatice Yurtsever",
     title="Kiraz üreticileri ortak soğuk hava deposunu açtı",
     sub="Karaağaç'ta 46 üretici, kirazı artık tüccarın fiyatına mahkûm değil.",
     caption="Kooperatifin yeni soğuk hava deposu.", credit="(Fotoğraf: Hatice Yurtsever)",
     body="""
Karaağaç köyündeki kiraz üreticileri, yıllardır konuştukları ortak soğuk hava deposuna bu hasatta kavuştu. Kooperatifin kurduğu 400 tonluk depo, geçen hafta ilk kasaları teslim aldı.

Depo olmadığı için üreticiler kirazı topladıkları gün satmak zorundaydı. Köye gelen tüccar da fiyatı buna göre belirliyordu.

Kooperatif başkanı Recep Aydoğan, geçen yıl bazı günlerde kilosu 25 liraya kadar düşen kirazın bu yıl depoda bekletilerek 60 liranın üzerinde satıldığını söylüyor.

## Depo nasıl kuruldu?

Yaklaşık 14 milyon liralık yatırımın yüzde 60'ını kırsal kalkınma hibesi karşıladı. Kalanını 46 ortak, ürün miktarına göre paylaştırdı.

Kooperatif, inşaat boyunca ihracatçı üç firmayla iletişim halinde kaldı ve kirazın hangi koşullarda saklanması gerektiğini onlarla birlikte belirledi.

Depoda şu bölümler bulunuyor:

- ön soğutma odası;
- iki ayrı muhafaza odası;
- boylama ve paketleme bandı.

Okumak isteyene kooperatifin bütün hesapları köy kahvesinin panosunda asılı duruyor. Aydoğan, ortakların güveninin buna bağlı olduğunu düşünüyor.

"Herkes kuruşu kuruşuna görsün."

## Gençler geri dönüyor

Depoda sezon boyunca 18 kişi çalışıyor, bunların yarısı köyün gençleri. Şehirde çalışan iki kardeş, bu yaz bahçelerini yeniden işlemek için Karaağaç'a döndü.

Kooperatif, gelecek yıl depoyu vişne ve kayısı için de kullanmayı planlıyor.
"""),

dict(id="h14-tr-002", lang="tr", tpl="blox", section="Yargı", date="2026-01-29", byline="Emre Kocabaş",
     title="Asansör kamerası görüntülerini paylaşan site yönetimine tazminat cezası",
     sub="Mahkeme, sakinlerin açık rızası alınmadan yapılan paylaşımı hukuka aykırı buldu.",
     caption="Sitenin girişindeki yönetim ofisi.", credit="Emre Kocabaş",
     body="""
Bursa'da bir sitenin yönetimi, asansör kamerasına ait görüntüleri sakinlerin WhatsApp grubunda paylaştığı için bir aileye 85 bin lira manevi tazminat ödeyecek.

Görüntülerde, ailenin 15 yaşındaki oğlunun arkadaşlarıyla asansörde şakalaştığı ve düğmelere art arda bastığı görülüyordu. Yönetim, videoyu "asansörü bozanlar" notuyla 300 kişilik gruba göndermişti.

Aile, çocuğun okulda da bu videoyla alay konusu olduğunu belirterek dava açtı.

## "Güvenlik amacı paylaşımı kapsamaz"

Mahkeme kararında, kameraların güvenlik amacıyla kurulmasının hukuka uygun olduğunu, ancak görüntülerin bu amaç dışında kullanılmasının kişisel verilerin korunması kurallarını ihlal ettiğini vurguladı.

Kararda, sakinlerin açık rızası alınmadan görüntülerin üçüncü kişilerle paylaşılamayacağı, asansörün bozulması halinde bile görüntülerin yalnızca yetkili servise ve gerektiğinde kolluğa verilebileceği belirtildi.

Paylaşılan videonun grupta kaldığı sürede 200'den fazla kişi tarafından görüntülendiği tespit edildi.

Ailenin avukatı Nesrin Acar, kararın çok sayıda site için örnek olacağını söyledi:

- kamera kayıtlarına kimin erişebileceği yazılı olarak belirlenmeli;
- kayıtlar belirli bir süre sonra silinmeli;
- sakinler kameraların nerede olduğu konusunda bilgilendirilmeli.

"Bir çocuğun hatası, bütün siteye ibret diye gösterilemez," dedi Acar.

Site yönetimi kararı istinafa taşıyacağını açıkladı.
"""),

dict(id="h14-tr-003", lang="tr", tpl="amp", section="Spor", date="2025-06-17", byline="Burak Tezcan",
     title="Dağ köyünden çıkan masa tenisi takımı Türkiye şampiyonu oldu",
     sub="",
     caption="Gökçeyaka Ortaokulu masa tenisi takımı kupayla.", credit="Fotoğraf: Burak Tezcan",
     body="""
Artvin'in Gökçeyaka köyündeki ortaokulun masa tenisi takımı, Ankara'da yapılan okullar arası Türkiye şampiyonasında birinci oldu.

Dört öğrenciden oluşan takım, finalde İstanbul'dan gelen bir özel okulu 3-1 yendi. Okulda toplam 61 öğrenci okuyor.

Takımın hikayesi, beden eğitimi öğretmeni Serkan Uysal'ın dört yıl önce okula bağış olarak gelen tek bir masayı spor salonu olmayan okulun koridoruna kurmasıyla başladı.

## Koridordan Ankara'ya

Uysal, çocukların teneffüslerde masanın başında sıraya girdiğini, bir süre sonra da sabah derslerden önce okula gelmeye başladıklarını anlatıyor.

"İlk yıl topu masaya bile düşüremiyorduk," diyor takım kaptanı Elif Kara.

Takip eden iki yıl boyunca takım, il ve bölge turnuvalarında deneyim kazandı. Ankara'ya gitmek için gereken yol ve konaklama parasını köy derneği topladı.

Dinleyince insan şaşırıyor: öğrencilerin ikisi her sabah okula gelmek için 40 dakika yürüyor.

## Şimdi yeni masa istiyorlar

Okul müdürü Hakan Çelik, şampiyonluğun ardından ilçe milli eğitim müdürlüğüyle iletişim halinde olduklarını ve okula ikinci bir masa ile küçük bir salon istediklerini söyledi.

Takım, eylülde Avrupa okullar turnuvası için yapılacak seçmelere davet edildi.

"Bu kupa köyün kupası."
"""),

dict(id="h14-de-001", lang="de", tpl="blogger", section="Vereinsleben", date="2025-11-25", byline="Gerd Wallenfels",
     title="40 neue Obstbäume für die Streuobstwiese am Kirchberg",
     sub="Pflanzaktion des Obst- und Gartenbauvereins mit Schulkindern und Senioren.",
     caption="Pflanzaktion am Kirchberg.", credit="(Bild: Gerd Wallenfels)",
     body="""
Am Samstag haben 63 Helferinnen und Helfer auf der Streuobstwiese am Kirchberg 40 junge Obstbäume gepflanzt. Damit stehen auf der Wiese wieder mehr als hundert Hochstämme.

Viele der alten Bäume waren in den trockenen Sommern der letzten Jahre abgestorben oder vom Sturm umgeworfen worden. Die Lücken waren schon von der Straße aus zu sehen.

Gepflanzt wurden vor allem alte Sorten, die in der Gegend früher verbreitet waren:

- Brettacher und Bohnapfel;
- die Gellerts Butterbirne;
- die Hauszwetschge;
- zwei Walnussbäume am unteren Rand.

## Patenschaften für jeden Baum

Für jeden Baum hat eine Familie, eine Schulklasse oder ein Betrieb die Patenschaft übernommen. Die Paten gießen in den ersten drei Sommern und bekommen dafür später einen Teil der Ernte.

Teilen wollen die Paten nicht nur die Äpfel, sondern auch die Arbeit: Im Frühjahr soll es einen gemeinsamen Schnittkurs geben.

Die Bäume und die Pfähle hat zur Hälfte der Landkreis bezahlt, den Rest der Verein aus Spenden.

„Wer heute pflanzt, erntet in zehn Jahren“, sagte die Vorsitzende Ilse Brenner.

## Die nächsten Termine

Wer beim Schnittkurs mitmachen will, kann sich im Vereinsheim melden. Abonnieren lässt sich unser Rundbrief wie immer per Zettel in der Vereinskasse oder per E-Mail an den Schriftführer.

Die Apfelsaftpresse bleibt bis Ende November jeden Samstagvormittag in Betrieb.
"""),

dict(id="h14-de-002", lang="de", tpl="cms", section="Justiz", date="2026-02-10", byline="Marion Keppler",
     title="Verwaltungsgericht kippt frühe Sperrstunde für Biergarten am Mainufer",
     sub="",
     caption="Der Biergarten „Zur Fähre“ am Mainufer.", credit="Foto: Marion Keppler",
     body="""
Der Biergarten „Zur Fähre“ am Mainufer in Kleinheubach darf im Sommer wieder bis 23 Uhr ausschenken. Das Verwaltungsgericht Würzburg hat eine Auflage der Gemeinde aufgehoben, nach der der Betrieb um 22 Uhr schließen musste.

Die Gemeinde hatte die frühere Sperrstunde nach Beschwerden von drei Anwohnern verhängt. Sie berief sich dabei auf Lärmmessungen aus dem Sommer 2024.

## Messungen an der falschen Stelle

Das Gericht stellte fest, dass die Messungen nicht an den Häusern der Beschwerdeführer, sondern direkt am Zaun des Biergartens vorgenommen worden waren. Die Werte seien deshalb nicht aussagekräftig.

Die Richter verwiesen außerdem darauf, dass der Wirt seit Jahren mit den Nachbarn in Kontakt stehe und schon mehrere Zusagen gemacht habe:

- keine Musik nach 21 Uhr;
- eine Schallschutzwand zur Uferstraße;
- Abräumen der Tische ab 22.30 Uhr.

Folgen hat das Urteil auch für zwei weitere Gaststätten im Ort, denen ähnliche Auflagen angekündigt worden waren.

Wirt Anton Reuß zeigte sich erleichtert. Er hatte nach eigenen Angaben im vergangenen Sommer rund ein Viertel seines Umsatzes verloren.

„Die letzte Stunde ist die, in der die Leute sitzen bleiben“, sagte er.

Die Gemeinde prüft, ob sie die Zulassung der Berufung beantragt. Bürgermeister Klaus Wendt sagte, man nehme die Sorgen der Anwohner weiter ernst.
"""),

dict(id="h14-de-003", lang="de", tpl="legacy-br", section="Schule", date="2025-09-16", byline="Heike Dornbusch",
     title="Grundschule Lindenhof macht den Schulgarten zum Unterrichtsfach",
     sub="",
     caption="Kinder der Klasse 3b beim Ernten.", credit="Foto: Heike Dornbusch",
     body="""
An der Grundschule Lindenhof steht seit diesem Schuljahr ein neues Fach im Stundenplan: Schulgarten. Alle Klassen von der ersten bis zur vierten haben eine Stunde pro Woche draußen.

Der Garten hinter der Turnhalle war jahrelang verwildert. Eltern haben ihn in den Sommerferien wieder hergerichtet, mit Hochbeeten, einem kleinen Gewächshaus und einer Regentonne.

Rektorin Sabine Lorenz sagt, der Garten sei kein Ersatz für Mathematik oder Deutsch, sondern ein Ort, an dem beides vorkomme.

## Rechnen mit Kürbissen

Die Kinder messen, wie schnell die Bohnen wachsen, wiegen die Ernte und schreiben Pflanztagebücher. Die Viertklässler verkaufen einen Teil des Gemüses am Elternsprechtag.

„Lesen lernen manche Kinder schneller, wenn sie wissen wollen, was auf dem Samentütchen steht“, sagt Lehrerin Anja Pütz.

Im ersten Jahr soll es drei Schwerpunkte geben:

- Kräuter für die Schulküche;
- Kartoffeln und Kürbisse;
- eine Blühwiese für Insekten.

Finanziert wird das Projekt aus dem Programm des Landes für Umweltbildung. Für die Ferien hat sich eine Gießgruppe aus Eltern und Nachbarn gebildet.

„Die Tomaten sind uns im August trotzdem geplatzt“, sagt Lorenz und lacht.
"""),

dict(id="h14-fr-001", lang="fr", tpl="medium", section="Culture", date="2026-01-06", byline="Mathilde Roux",
     title="À 150 ans, la fanfare de Lavaur recrute chez les collégiens",
     sub="Il lui manquait des cuivres. Elle a trouvé quatorze adolescents.",
     caption="Répétition de la fanfare dans la salle des fêtes.", credit="Photo : Mathilde Roux",
     body="""
La fanfare de Lavaur fêtera ses 150 ans en juin avec un concert sur la place du Plô. Pour la première fois depuis longtemps, plus d'un tiers des musiciens auront moins de 18 ans.

Il y a trois ans, la formation ne comptait plus que onze membres, dont le plus jeune avait 52 ans. Elle avait dû renoncer au défilé du 14-Juillet faute de trompettes.

## Des instruments prêtés

Le chef, Jean-Pierre Cazals, a alors fait le tour des collèges de la ville avec une proposition simple : un instrument prêté, des cours gratuits le mercredi et une place dans la fanfare au bout d'un an.

Quatorze élèves ont dit oui. Deux d'entre eux jouent aujourd'hui du tuba, un instrument presque plus grand qu'eux.

« Au début, on ne savait même pas tenir le cornet », raconte Inès, 14 ans.

Écouter la répétition du vendredi soir, c'est entendre deux générations qui apprennent à respirer ensemble. Les anciens ont accepté de changer une partie du répertoire :

- des arrangements de musiques de films ;
- deux morceaux choisis par les jeunes ;
- les marches traditionnelles, qui restent au programme.

## Un anniversaire en musique

La mairie a augmenté sa subvention de 2 000 euros pour réparer les instruments les plus anciens. L'association reste en contact avec le conservatoire de Castres, qui prête deux professeurs.

« Ils nous ont sauvés », dit simplement Jean-Pierre Cazals.

Le concert des 150 ans aura lieu le 21 juin à 18 heures.
"""),

dict(id="h14-fr-002", lang="fr", tpl="nextjs", section="Santé", date="2025-12-02", byline="Antoine Lemercier",
     title="Une cabine de téléconsultation installée dans la pharmacie de Saint-Geniez",
     sub="Faute de médecin depuis deux ans, le village mise sur la consultation à distance.",
     caption="La cabine dans l'arrière-boutique de la pharmacie.", credit="Photo : Antoine Lemercier",
     body="""
Depuis lundi, les habitants de Saint-Geniez-d'Olt peuvent consulter un médecin sans quitter le village. Une cabine de téléconsultation a été installée dans l'arrière-boutique de la pharmacie.

Le dernier médecin généraliste du village est parti à la retraite il y a deux ans. Les patients doivent depuis faire 30 kilomètres pour consulter à Espalion.

La cabine est équipée d'un tensiomètre, d'un thermomètre, d'un stéthoscope et d'une caméra pour examiner la gorge ou la peau. Le pharmacien aide les patients à se servir des appareils.

## Une solution d'attente

La pharmacienne, Claire Vidal, insiste : la cabine ne remplace pas un médecin. Elle doit permettre de traiter les petits problèmes sans attendre.

Lire le règlement affiché à l'entrée suffit pour comprendre ce qu'on peut y faire :

- renouveler une ordonnance ;
- faire soigner une angine ou une infection urinaire ;
- obtenir un avis avant de décider d'aller aux urgences.

Les consultations sont remboursées comme une consultation ordinaire. Le patient doit donner son accord pour que le médecin à distance puisse consulter son dossier.

La mairie, qui a financé une partie de l'équipement, reste en contact avec deux jeunes médecins qui pourraient s'installer dans la maison de santé prévue pour 2027.

« Ce n'est pas idéal, mais c'est mieux que rien », reconnaît le maire, Bernard Fabre.

Une quarantaine de consultations ont déjà eu lieu la première semaine.
"""),

dict(id="h14-fr-003", lang="fr", tpl="joomla4", section="Agriculture", date="2026-03-03", byline="Sylvie Delpech",
     title="Un abattoir mobile pour les petits éleveurs du Quercy",
     sub="",
     caption="Le camion-abattoir lors de sa première tournée.", credit="Photo : Sylvie Delpech",
     body="""
Un abattoir mobile a commencé sa tournée dans les fermes du Quercy. Le camion, équipé pour abattre et découper les bêtes sur place, doit éviter aux animaux des heures de transport.

Depuis la fermeture de l'abattoir de Gourdon en 2021, les éleveurs du nord du Lot devaient emmener leurs bêtes à Brive ou à Cahors, parfois à plus de deux heures de route.

Le projet a été porté par une association de 38 éleveurs, qui a réuni 1,2 million d'euros entre la région, l'État et un prêt bancaire.

## Moins de stress pour les bêtes

Pour Julien Marty, éleveur d'agneaux à Salviac, la différence se voit à l'œil nu. Les animaux restent dans leur environnement jusqu'au dernier moment.

« Je n'avais plus envie de les mettre dans la bétaillère », dit-il.

Suivre le camion pendant une journée, c'est voir le travail de quatre salariés et d'un vétérinaire qui contrôle chaque animal. La tournée est organisée ainsi :

- deux jours par semaine dans le nord du Lot ;
- un jour en Dordogne voisine ;
- un jour réservé à la découpe et à l'entretien.

## Un modèle encore fragile

L'association estime qu'il faut 2 500 bêtes par an pour équilibrer les comptes. Elle en est à 1 600.

Plusieurs bouchers de la région ont déjà signé pour acheter la viande, vendue sous une marque commune.

« On avance ferme par ferme », résume sa présidente, Odile Bessières.
"""),

dict(id="h14-es-001", lang="es", tpl="blogger", section="Nuestro pueblo", date="2025-10-21", byline="Pilar Ginés",
     title="Abre la lavandería comunitaria en el antiguo lavadero",
     sub="La asociación de vecinos de Torrelapaja estrena tres lavadoras y dos secadoras.",
     caption="El antiguo lavadero, ya convertido en lavandería.", credit="(Foto: Pilar Ginés)",
     body="""
Desde el sábado, Torrelapaja tiene lavandería. La asociación de vecinos ha instalado tres lavadoras y dos secadoras en el edificio del antiguo lavadero, junto a la fuente de la plaza.

La idea surgió el invierno pasado, cuando varias vecinas mayores contaron en una reunión que no podían tender las sábanas en casa con el frío y la humedad.

## Fichas, horarios y voluntarios

La lavandería abre todos los días de 9 a 21 horas. Cada lavado cuesta dos euros y el secado, otro euro y medio, que se pagan con unas fichas que vende el bar de la plaza.

Para las personas mayores de 80 años que viven solas, la asociación ha organizado un servicio de recogida:

- dos voluntarios pasan los lunes y los jueves;
- la ropa se devuelve limpia y doblada al día siguiente;
- el servicio es gratuito.

Compartir las máquinas también ha servido para otra cosa, dice la presidenta de la asociación, Carmen Lafuente: la gente vuelve a encontrarse en el lavadero, como hacían sus abuelas.

"Mientras centrifuga, se habla."

## Quién lo ha pagado

Las máquinas costaron 9.800 euros. La mitad la puso la Diputación y la otra mitad los vecinos, con una rifa y la comida de las fiestas de agosto.

El Ayuntamiento cede el edificio y paga la luz del primer año.
"""),

dict(id="h14-es-002", lang="es", tpl="sanity", section="Tecnología", date="2026-02-24", byline="Daniel Ortega",
     title="Multa de 40.000 euros a un colegio por usar reconocimiento facial en el comedor",
     sub="Protección de Datos considera que el consentimiento de las familias no era válido.",
     caption="La entrada al comedor del colegio, con el lector ya retirado.", credit="Foto: Daniel Ortega",
     body="""
La Agencia Española de Protección de Datos ha multado con 40.000 euros a un colegio concertado de Valladolid por controlar con reconocimiento facial qué alumnos entraban en el comedor.

El colegio instaló el sistema en septiembre de 2024 para evitar colas y saber qué comidas cobrar a cada familia. Cada alumno pasaba ante una cámara a la entrada del comedor.

Las familias firmaron un formulario de inscripción en el comedor que incluía, en la segunda página, una casilla para aceptar "el uso de medios biométricos".

## "No había alternativa real"

La Agencia considera que ese consentimiento no era válido, porque no se ofrecía otra forma de acceder al comedor. Quien no marcaba la casilla se quedaba sin plaza.

"Un consentimiento del que depende que un niño coma no es un consentimiento libre", dice la resolución.

El colegio deberá:

- borrar todas las plantillas faciales de los alumnos;
- sustituir el sistema por tarjetas o listas;
- informar por escrito a las familias.

La resolución también señala que la web del colegio instalaba cookies de análisis antes de que los visitantes pudieran aceptarlas o rechazarlas.

Seguir usando el sistema mientras se recurre no será posible: la Agencia ordenó apagar las cámaras de inmediato.

El colegio ha dicho que actuó "de buena fe" y que estudia recurrir. La asociación de madres y padres, que presentó la queja, celebró la decisión.

"Solo queríamos que nos preguntaran de verdad."
"""),

dict(id="h14-es-003", lang="es", tpl="semantic", section="Deportes", date="2025-09-30", byline="Irene Cabañas", low=1,
     only=["credit"],
     title="Una escaladora de 15 años encadena un 8b en Siurana",
     sub="",
     caption="Lucía Ferrer en la vía, en Siurana.", credit="Foto: Club Vertical Reus",
     body="""
Lucía Ferrer, una escaladora de Reus de 15 años, ha encadenado una vía de grado 8b en Siurana, una de las escuelas de escalada más conocidas de Europa.

Ferrer necesitó once intentos repartidos en tres fines de semana para completar la vía sin caídas. Es la escaladora más joven del club que lo consigue.

## De la escuela al muro

Empezó a escalar a los nueve años en el rocódromo del colegio. Su entrenador, Marc Vidal, recuerda que al principio le daban miedo las alturas.

"Se quedaba en el primer seguro y bajaba", cuenta.

Hoy entrena cuatro tardes por semana y compite en la Copa de España juvenil. Los fines de semana escala en roca con su padre, que estuvo en contacto con el entrenador durante todo el proyecto para organizar los viajes.

Escuchar a Ferrer hablar de la vía es escuchar una lista de detalles:

- un paso largo a la mitad, donde casi siempre se caía;
- una regleta pequeña para la mano izquierda;
- el último tramo, que hay que escalar rápido antes de que se cansen los brazos.

"Cuando pasé el paso largo, ya sabía que lo tenía", dice.

La federación catalana la ha incluido en su programa de tecnificación. Su siguiente objetivo es un 8b+ en Margalef antes del invierno.
"""),

dict(id="h14-ru-001", lang="ru", tpl="blogger", section="Жизнь села", date="2025-10-07", byline="Валентина Сорокина",
     title="Школьники Сосновки собрали три тонны макулатуры",
     sub="На вырученные деньги школа купит новые мячи и сетку для волейбола.",
     caption="Пункт приёма у школьного гаража.", credit="(фото Валентины Сорокиной)",
     body="""
За месяц ученики сосновской школы собрали три тонны макулатуры. Пункт приёма, который открыли в школьном гараже в сентябре, оказался самым успешным делом года.

Идею предложили старшеклассники. Они договорились с перерабатывающей компанией из райцентра, которая раз в две недели присылает машину.

## Что принимают и когда

Пункт работает по вторникам и пятницам после уроков. Принимают:

- газеты и журналы;
- картонные коробки;
- старые тетради и книги без обложек.

Каждый класс ведёт свою тетрадь учёта. В конце года класс-победитель поедет на экскурсию в Казань.

Поделиться старыми газетами пришли даже те, у кого в школе давно нет детей. Пенсионерка Нина Петровна принесла подшивки «Сельской нови» за двадцать лет.

«Всё равно лежали на чердаке».

## На что пойдут деньги

Компания платит 6 рублей за килограмм. Собранные 18 тысяч рублей школа потратит на мячи и новую волейбольную сетку.

Директор школы Андрей Лапин говорит, что всё время был на связи с районным отделом образования: там хотят распространить опыт на другие сельские школы.

Следующий вывоз макулатуры — 17 октября.
"""),

dict(id="h14-ru-002", lang="ru", tpl="wordpress", section="Суд", date="2026-01-22", byline="Олег Журавлёв",
     title="Суд восстановил на работе учительницу, уволенную за пост в соцсети",
     sub="",
     caption="Здание районного суда.", credit="Фото: Олег Журавлёв",
     body="""
Районный суд Верхнекамска признал незаконным увольнение учительницы истории Марины Гладковой и восстановил её на работе.

Гладкову уволили в октябре за «аморальный проступок». Поводом стал её пост в соцсети, где она с юмором описала, как в школе третий год не могут починить крышу спортзала.

Пост собрал больше 40 тысяч просмотров, у страницы Гладковой за неделю прибавилось около трёх тысяч подписчиков. После этого директор школы потребовала удалить запись, а затем подписала приказ об увольнении.

## Пост без оскорблений

Суд указал, что в посте не было ни оскорблений, ни сведений о детях. Учительница писала о состоянии здания, а это не может считаться аморальным проступком.

Школу обязали:

- восстановить Гладкову в должности;
- выплатить ей зарплату за время вынужденного прогула;
- компенсировать моральный вред в размере 30 тысяч рублей.

Подписаться под обращением в её поддержку успели более двух тысяч человек, в том числе бывшие ученики.

«Я просто хотела, чтобы крышу починили», — сказала Гладкова после заседания.

Крышу, к слову, начали ремонтировать в декабре.

Школа может обжаловать решение в течение месяца. В управлении образования от комментариев отказались.
"""),

dict(id="h14-ru-003", lang="ru", tpl="hugo", section="Наука", date="2025-08-19", byline="Дмитрий Кашин",
     title="Студенты-геологи нашли на берегу Камы отпечатки древних растений",
     sub="Возраст находок — около 270 миллионов лет.",
     caption="Отпечаток листа на плите песчаника.", credit="Фото: экспедиция геологического факультета",
     body="""
Студенты геологического факультета, работавшие на летней практике на берегу Камы, нашли плиты песчаника с отпечатками листьев и стеблей древних растений.

По предварительной оценке, возраст находок около 270 миллионов лет. Это пермский период, когда на месте нынешнего Прикамья была приморская равнина.

## Находка после оползня

Плиты обнажились весной, когда часть берега сползла в реку. Их заметила второкурсница Анна Лебедева, которая искала образцы для курсовой работы.

«Сначала я подумала, что это просто трещины», — рассказывает она.

Руководитель практики Сергей Кондратьев сразу связался с палеонтологами университета и оставался с ними на связи, пока плиты не подняли наверх.

Всего студенты извлекли 34 плиты. Среди отпечатков удалось определить:

- листья древних хвощей;
- фрагменты семенных папоротников;
- остатки растений, похожих на кордаиты.

## Берег ещё удивит

Находки передали в университетский музей. Часть плит покажут на выставке весной.

Следить за берегом будут и дальше: оползень продолжается, и учёные надеются, что река откроет новые слои.

«Нам повезло оказаться в нужном месте в нужный год».
"""),
]
