# Turkish, German, French, Spanish and Russian stories for the twenty-ninth held-out part (h29-*).
# Fictional; written for newsflow. Markup and extra fields as in articles_h29_en.py.
ARTICLES = [
dict(id="h29-tr-001", lang="tr", tpl="cms", section="Gündem", date="2026-10-27", byline="Serkan Demirtaş",
     title="Sağanak Değirmendere'yi taşırdı, 40 ev su altında kaldı",
     sub="Meteoroloji, yağışların çarşamba akşamına kadar süreceğini açıkladı.",
     caption="Değirmendere Mahallesi'nde su basan bir sokak.", credit="Fotoğraf: Serkan Demirtaş",
     carry=["weather"], choose={"weather": 0},
     body="""
Karaçam'da gece boyunca süren sağanak yağış Değirmendere'nin taşmasına yol açtı. Dere kenarındaki iki sokakta 40 evin bodrum katını ve bahçesini su bastı.

Sabaha karşı saat 4 sularında başlayan taşkında can kaybı ya da yaralanma olmadı. İtfaiye ekipleri 11 aileyi botla tahliye etti. Sel nedeniyle Değirmendere köprüsü de sabah saatlerinde bir süre trafiğe kapatıldı.

## Okullar bir gün tatil

Kaymakamlık, ilçedeki tüm okullarda eğitime salı günü ara verildiğini duyurdu. Su basan evlerde yaşayan aileler şimdilik belediyenin misafirhanesinde ve akrabalarının yanında kalıyor.

Mahalle muhtarı Nurettin Aydoğan, derenin ağzındaki moloz yığınının yıllardır şikâyet konusu olduğunu söyledi.

"Her kış aynı şeyi yaşıyoruz. Bu kez temizlensin artık," dedi.

## Belediyeden açıklama

Belediye Başkan Yardımcısı Selda Karakuş ise dere yatağının temizliği için ihaleye çıkıldığını, çalışmaların kasım ayında başlayacağını belirtti.

Zarar gören vatandaşların şu belgelerle belediyenin sosyal yardım masasına başvurabileceği açıklandı:

- nüfus cüzdanı fotokopisi;
- ikametgâh belgesi;
- hasarı gösteren fotoğraflar.

Meteoroloji, yağışların çarşamba akşamına kadar aralıklarla süreceğini ve dere kenarındaki araçların güvenli yerlere çekilmesini önerdi.
"""),

dict(id="h29-tr-002", lang="tr", tpl="regional", section="Ulaşım", date="2026-03-17", byline="Pınar Ekinci",
     title="Yalıkent'te vapur seferleri için imza kampanyası",
     sub="Kış tarifesinde kaldırılan akşam seferlerinin geri gelmesi isteniyor.",
     caption="Yalıkent iskelesinde vapur bekleyen yolcular.", credit="Fotoğraf: Pınar Ekinci",
     carry=["fundraiser"], choose={"fundraiser": 1},
     body="""
Yalıkent'te yaşayan yolcular, kış tarifesiyle kaldırılan akşam vapur seferlerinin geri getirilmesi için imza kampanyası başlattı. Kampanyaya iki haftada 3 bin 870 kişi katıldı.

Deniz işletmesi ocak ayında 19.30 ve 21.00 seferlerini yolcu sayısının düşük olduğu gerekçesiyle kaldırmıştı. Artık karşı kıyıdan Yalıkent'e son vapur 18.15'te kalkıyor.

## "Eve iki otobüsle dönüyoruz"

Kampanyayı başlatan hemşire Gülşen Aktaş, akşam vardiyasından çıkan çalışanların eve dönmek için iki otobüs değiştirmek zorunda kaldığını anlattı.

"Yirmi dakikalık yol bir buçuk saate çıktı," dedi.

Yolcuların talepleri şöyle:

- 19.30 seferinin hafta içi her gün yeniden konması;
- cuma ve cumartesi akşamları 21.00 seferinin eklenmesi;
- aylık abonman kartının ücretinin dondurulması.

## İşletme ne diyor?

Deniz işletmesinden yapılan yazılı açıklamada, akşam seferlerinde ortalama 23 yolcu taşındığı, bir seferin maliyetinin ise 9 bin 400 lira olduğu belirtildi. İşletme, imzaların yönetim kuruluna sunulacağını ve nisan ayındaki toplantıda değerlendirileceğini açıkladı.

Aktaş, imzaları 2 Nisan'da iskelede düzenlenecek bir basın açıklamasıyla teslim edeceklerini söyledi. Kampanyaya iskeledeki büfeden ya da internet üzerinden katılmak mümkün.
"""),

dict(id="h29-tr-003", lang="tr", tpl="storybody", section="Kültür", date="2026-01-20", byline="Emre Kalaycı",
     title="Bağlama ustası Hüsnü Karataş hayatını kaybetti",
     sub="Altmış yılda üç bini aşkın saz yapan usta 86 yaşındaydı.",
     caption="Hüsnü Karataş atölyesinde, 2018.", credit="Fotoğraf: Karataş ailesi arşivi",
     carry=["condolence"], choose={"condolence": 0},
     body="""
Karaçam'ın tanınmış saz ustası Hüsnü Karataş, 86 yaşında hayatını kaybetti. Usta, bir süredir tedavi gördüğü hastanede pazartesi sabahı yaşamını yitirdi.

Karataş, Çarşı Sokağı'ndaki küçük atölyesinde altmış yıl boyunca üç binden fazla bağlama yaptı. Yaptığı sazlar Almanya'dan Avustralya'ya kadar birçok ülkeye gitti. Kentin tanınmış halk müzikçilerinin çoğu ilk sazını onun atölyesinden aldı.

Usta, 2019'da kültür müdürlüğünün verdiği "Yaşayan Miras" ödülünü de almıştı.

## Dut ağacından saz

Ustanın en bilinen özelliği, sazlarının teknesini yalnızca yöredeki yaşlı dut ağaçlarından oymasıydı. Bir sazı bitirmesi bazen iki ayı bulurdu.

Yanında on iki yıl çırak olarak çalışan Tolga Erdem, ustasının her öğrenciye ilk gün aynı sözü söylediğini anlattı.

"Acele eden saz yapamaz, oğlum," derdi.

## Son yolculuğuna uğurlanacak

Karataş'ın cenazesi çarşamba günü öğle namazını müteakip Merkez Camii'nden kaldırılacak. Belediye, ustanın anısına atölyenin bulunduğu sokağa bir tabela asılmasını önerdi.

Usta; eşi Fadime Hanım'ı, üç çocuğunu ve dokuz torununu geride bıraktı. Ailesi, çiçek yerine Halk Eğitim Merkezi'nin saz kursuna bağış yapılmasını rica etti.
"""),

dict(id="h29-de-001", lang="de", tpl="squarespace", site="Heimatverein Ober-Lindach", section="Aktuelles",
     date="2026-06-02", byline="Ursula Feldmeier",
     title="Dorffest am Lindenplatz: Helferinnen und Helfer gesucht",
     sub="Das Fest beginnt am Samstag, 27. Juni, um 14 Uhr.",
     caption="Der Lindenplatz beim Dorffest im vergangenen Jahr.", credit="Foto: Heimatverein Ober-Lindach",
     carry=["calendar"], choose={"calendar": 0},
     body="""
Liebe Mitglieder, liebe Ober-Lindacher, am Samstag, 27. Juni, feiern wir wieder unser Dorffest am Lindenplatz. Los geht es um 14 Uhr mit dem Kinderprogramm, um 19 Uhr spielt die Blaskapelle aus Unterhausen.

Damit alles klappt, brauchen wir noch rund 25 helfende Hände.

## Wo wir Unterstützung brauchen

Besonders gesucht sind Freiwillige für:

- den Aufbau der Bänke und Zelte am Freitagabend;
- die Kuchentheke, jeweils in Schichten von zwei Stunden;
- den Abbau am Sonntagvormittag.

Wer einen Kuchen backen möchte, meldet sich bitte bis 20. Juni bei Renate Gößwein.

## Neu in diesem Jahr

Zum ersten Mal gibt es einen Flohmarkt für Kinder. Die Standplätze sind kostenlos, eine Anmeldung ist nicht nötig.

Außerdem zeigt der Verein im Alten Schulhaus eine kleine Ausstellung mit Fotografien vom Dorffest der Jahre 1958 bis 1975. Wer noch alte Bilder zu Hause hat, kann sie uns gerne zum Einscannen leihen.

"Wir sind gespannt, wer sich auf den Bildern wiedererkennt", sagt unser Vorsitzender Bernd Hollerbach.

Der Erlös des Festes geht wie jedes Jahr an die Sanierung der Dorfkapelle. Wir freuen uns auf Sie!
"""),

dict(id="h29-de-002", lang="de", tpl="magazine", section="Menschen", date="2026-08-25", byline="Jens Wolkenhauer",
     title="Abschied von Bäckermeister Anton Reisinger",
     sub="Fünfzig Jahre lang stand er um drei Uhr früh in der Backstube am Mühltor.",
     caption="Anton Reisinger in seiner Backstube, 2015.", credit="Foto: Jens Wolkenhauer",
     pull="Ein Brot braucht Zeit, und die hat man sich zu nehmen",
     carry=["condolence"], choose={"condolence": 1},
     body="""
Wallersheim trauert um Anton Reisinger. Der Bäckermeister, der fünf Jahrzehnte lang die Bäckerei am Mühltor geführt hat, ist am vergangenen Donnerstag im Alter von 84 Jahren gestorben.

Reisinger übernahm den Betrieb 1966 von seinem Vater. Bis zu seinem 70. Geburtstag stand er jeden Werktag um drei Uhr früh in der Backstube.

## Das Bauernbrot vom Mühltor

Berühmt war er für sein Bauernbrot mit Sauerteig, das er nach einem Rezept seiner Großmutter buk. Samstags bildete sich vor dem Laden oft eine Schlange bis zur Brunnengasse.

"Ein Brot braucht Zeit, und die hat man sich zu nehmen", sagte er einmal in einem Gespräch mit dieser Zeitung.

## Ausbilder für Generationen

In seiner Backstube lernten mehr als 40 Lehrlinge das Handwerk. Einer von ihnen, Marco Dietzel, führt die Bäckerei heute weiter.

"Er war streng, aber er hat nie jemanden aufgegeben", sagt Dietzel.

Reisinger war zudem 22 Jahre lang Obermeister der Bäckerinnung im Landkreis und Mitglied des Kirchenchors von St. Laurentius.

Er hinterlässt seine Frau Hildegard, zwei Töchter und fünf Enkel. Die Trauerfeier findet am Freitag um 14 Uhr in der Friedhofskapelle statt. Die Bäckerei bleibt an diesem Tag geschlossen.
"""),

dict(id="h29-de-003", lang="de", tpl="table", section="Lokales", date="2026-09-14", byline="Katrin Oberdörfer",
     title="Stadtbücherei verleiht jetzt Bohrmaschinen und Nähmaschinen",
     sub="Die neue Bibliothek der Dinge umfasst zum Start 60 Geräte.",
     caption="Werkzeug im Regal der Stadtbücherei Raunatal.", credit="Foto: Katrin Oberdörfer",
     low=0,
     body="""
In der Stadtbücherei Raunatal kann man ab sofort nicht nur Bücher ausleihen, sondern auch eine Bohrmaschine, einen Beamer oder eine Nähmaschine. Die sogenannte Bibliothek der Dinge startet mit 60 Geräten.

Die Idee kam aus dem Jugendbeirat der Stadt. Viele Geräte würden nur wenige Minuten im Jahr benutzt, sagt Büchereileiterin Sabine Kröhnert.

"Teilen ist günstiger als kaufen, und es spart Platz im Keller", sagt sie.

## Was man ausleihen kann

Zum Angebot gehören unter anderem:

- Akkuschrauber, Stichsäge und Laser-Wasserwaage;
- ein Dampfreiniger und ein Teppichreiniger;
- Gesellschaftsspiele, ein Teleskop und ein Zelt für vier Personen.

Die Geräte können mit dem normalen Büchereiausweis für bis zu zwei Wochen ausgeliehen werden. Der Ausweis kostet für Erwachsene zwölf Euro im Jahr, für Kinder und Jugendliche ist er kostenlos.

## Spenden willkommen

Finanziert wurde der Start mit 7.500 Euro aus dem Bürgerhaushalt. Die Bücherei nimmt außerdem gut erhaltene Geräte als Spende an, wenn sie geprüft werden können.

Der Elektriker Yusuf Demirel aus der Bahnhofstraße hat angeboten, die elektrischen Geräte einmal im Quartal kostenlos zu kontrollieren.
"""),

dict(id="h29-de-004", lang="de", tpl="gutenberg", section="Region", date="2026-02-24", byline="Florian Eckstädt",
     title="Mehr als 5.000 Unterschriften gegen die Schließung des Hallenbads",
     sub="Der Stadtrat entscheidet im März über die Zukunft des Bades in Wallersheim.",
     caption="Das Hallenbad an der Schützenstraße.", credit="Foto: Florian Eckstädt",
     carry=["fundraiser"], choose={"fundraiser": 1},
     body="""
Eine Online-Petition gegen die Schließung des Hallenbads in Wallersheim hat innerhalb von drei Wochen mehr als 5.000 Unterschriften gesammelt. Am Montag übergaben Vertreter der Initiative „Unser Bad bleibt“ die Listen an Oberbürgermeisterin Dagmar Lenzing.

Die Stadtverwaltung hatte im Januar vorgeschlagen, das 1974 eröffnete Bad Ende des Jahres zu schließen. Eine Sanierung würde nach einem Gutachten rund 11,4 Millionen Euro kosten.

## Wer das Bad nutzt

Nach Angaben der Initiative schwimmen im Hallenbad jede Woche:

- sechs Grundschulen im Rahmen des Schwimmunterrichts;
- zwei Schwimmvereine mit zusammen 480 Mitgliedern;
- die Reha-Gruppen von drei Arztpraxen.

„Wenn das Bad schließt, lernen unsere Kinder nicht mehr schwimmen“, sagte Initiativsprecherin Mareike Brandholm bei der Übergabe.

## Die Rechnung der Stadt

Kämmerer Horst Gebauer verwies auf den Haushalt. Das Bad mache schon jetzt jedes Jahr ein Defizit von 780.000 Euro.

„Wir müssen ehrlich sagen, was wir uns leisten können“, sagte er.

Die Initiative schlägt vor, einen Förderverein zu gründen und Geld aus einem Landesprogramm für Schwimmbäder zu beantragen. Der Stadtrat will am 19. März entscheiden.
"""),

dict(id="h29-fr-001", lang="fr", tpl="typo3", site="Commune de Lussac-les-Vignes", section="Actualités",
     date="2026-07-06", byline="Service communication",
     title="Canicule : la mairie ouvre deux salles rafraîchies",
     sub="Les personnes âgées et isolées peuvent s'inscrire sur le registre communal.",
     caption="La salle des fêtes de Lussac-les-Vignes.", credit="Photo : mairie de Lussac-les-Vignes",
     carry=["weather"], choose={"weather": 1},
     body="""
En raison des fortes chaleurs annoncées jusqu'à la fin de la semaine, la commune ouvre deux salles rafraîchies à partir de ce mardi.

Les températures pourraient atteindre 39 degrés l'après-midi, et ne descendre qu'à 24 degrés la nuit.

## Les salles ouvertes

Les habitants peuvent se rendre, de 11 heures à 19 heures :

- à la salle des fêtes, place de la Liberté ;
- à la médiathèque Jeanne-Barret, rue des Écoles.

De l'eau fraîche y est distribuée gratuitement. Les animaux de compagnie ne sont pas admis, sauf les chiens guides.

## Le registre des personnes vulnérables

Les personnes âgées de plus de 65 ans, les personnes handicapées et celles qui vivent seules peuvent s'inscrire sur le registre communal. Les agents du centre communal d'action sociale les appelleront chaque jour tant que dure l'épisode de chaleur.

L'inscription se fait à l'accueil de la mairie ou par téléphone au 05 49 31 72 06. Un proche ou un voisin peut aussi signaler une personne, avec son accord.

« N'hésitez pas à prendre des nouvelles de vos voisins », rappelle le maire, Olivier Castagnède.

Les horaires de la piscine municipale sont par ailleurs prolongés jusqu'à 21 heures pendant toute la durée de la canicule.
"""),

dict(id="h29-fr-002", lang="fr", tpl="portal", section="Bréval", date="2026-12-01", byline="Anne-Sophie Dutilleul",
     title="Bréval perd son ancien maire, Lucien Montagut",
     sub="Il avait dirigé la commune pendant 24 ans, de 1983 à 2007.",
     caption="Lucien Montagut lors de l'inauguration de la halle, en 2005.", credit="Photo : archives L'Écho de Bréval",
     carry=["condolence"], choose={"condolence": 0},
     body="""
Lucien Montagut, maire de Bréval de 1983 à 2007, est mort dimanche à l'âge de 89 ans, a annoncé sa famille.

Instituteur de formation, il avait été élu à 46 ans à la tête d'une liste sans étiquette, avant d'être réélu trois fois.

## La halle et le collège

On lui doit notamment la rénovation de la halle du marché, la création de la zone artisanale des Prés-Hauts et l'ouverture du collège en 1994, obtenue après dix ans de démarches auprès du département.

« Il connaissait chaque rue et presque chaque famille », témoigne Martine Esquirol, qui fut sa première adjointe pendant deux mandats.

## Un homme de dossiers

Ses adversaires politiques saluent aussi sa mémoire. Pour Gilles Ferrandou, qui siégeait dans l'opposition :

« Nous n'étions d'accord sur presque rien, mais il répondait toujours à nos courriers. »

Après son départ de la mairie, Lucien Montagut avait présidé l'association des amis du patrimoine et publié deux livres sur l'histoire du canton.

Il laisse son épouse, Huguette, deux fils et quatre petits-enfants. Les obsèques seront célébrées vendredi à 14 h 30 en l'église Saint-Martin. Un registre est ouvert à l'accueil de la mairie jusqu'à jeudi soir.
"""),

dict(id="h29-fr-003", lang="fr", tpl="ghost", section="Culture", date="2026-05-19", byline="Thibault Lécuyer",
     title="Cent ans de vie au village racontés en photographies",
     sub="L'exposition réunit 140 clichés prêtés par les habitants de Vernay.",
     caption="Une photographie de la fête des vendanges de 1952.", credit="Photo : collection Delmas",
     body="""
Des noces de 1921 aux premières images du club de rugby, en passant par la crue de 1958 : l'exposition « Vernay, un siècle d'images » réunit 140 photographies prêtées par les habitants.

Elle est présentée jusqu'au 28 juin dans l'ancienne gare, transformée en salle d'exposition l'an dernier.

## Un appel aux greniers

Tout est parti d'un appel lancé en janvier par le club photo de Vernay. Les bénévoles espéraient une trentaine de réponses. Ils ont reçu près de 900 tirages, cartes postales et plaques de verre.

« Certaines familles sont venues avec des valises entières », raconte la présidente du club, Nadège Verdier.

Chaque photographie a été numérisée puis rendue à son propriétaire. Les originaux les plus fragiles n'ont pas quitté les maisons.

## Des visages à identifier

Un mur entier est consacré aux clichés dont on ne sait presque rien. Les visiteurs sont invités à y laisser un mot s'ils reconnaissent une personne ou un lieu.

Depuis l'ouverture, une quarantaine de noms ont déjà été retrouvés.

L'exposition est ouverte :

- du mercredi au dimanche, de 14 heures à 18 heures ;
- le samedi matin pour les groupes scolaires, sur réservation.

L'entrée est libre.
"""),

dict(id="h29-es-001", lang="es", tpl="ucoz", site="Amigos de la Ermita de Torremolar", section="Noticias",
     date="2026-04-14", byline="Encarna Villalobos",
     title="Llevamos recaudados 9.300 euros para el tejado de la ermita",
     sub="Nos faltan 5.700 euros para empezar la obra antes del verano.",
     caption="La ermita de San Isidro con las lonas sobre el tejado.", credit="Foto: Amigos de la Ermita",
     carry=["fundraiser"], choose={"fundraiser": 0},
     body="""
Queridos vecinos y amigos: gracias a vuestra generosidad llevamos recaudados 9.300 euros para arreglar el tejado de la ermita de San Isidro. Nos faltan 5.700 euros para llegar a los 15.000 que cuesta la obra.

Como sabéis, las goteras del invierno estropearon parte del retablo y desde enero la ermita está cubierta con lonas.

## Cómo colaborar

Podéis ayudar de varias maneras:

- con un donativo en la cuenta de la asociación, indicando "tejado";
- comprando papeletas para la rifa de la cesta de Pascua, a dos euros;
- viniendo a la comida popular del 2 de mayo en las eras.

El constructor Julián Arteaga, hijo del pueblo, ha ofrecido hacer la obra a precio de coste.

## Qué se va a hacer

Se cambiarán las vigas podridas, se pondrá una lámina impermeable y se volverán a colocar las tejas antiguas que estén sanas.

"Queremos que la ermita siga siendo la de siempre", dice nuestra presidenta, Remedios Calvo.

Si llegamos a tiempo, la romería de San Isidro del 15 de mayo podrá celebrarse ya con el tejado arreglado. ¡Gracias a todos!
"""),

dict(id="h29-es-002", lang="es", tpl="legacy-br", section="Movilidad", date="2026-09-29", byline="Álvaro Recuenco",
     title="Las bicicletas compartidas llegan a seis barrios de Vilaseca",
     sub="El servicio arranca el lunes con 180 bicicletas eléctricas y 24 estaciones.",
     caption="Una de las nuevas estaciones, junto al mercado central.", credit="Foto: Álvaro Recuenco",
     body="""
VILASECA – El servicio municipal de bicicletas compartidas empieza a funcionar el lunes en seis barrios de Vilaseca, con 180 bicicletas eléctricas repartidas en 24 estaciones.

Para usarlas hay que darse de alta en la aplicación del servicio o en la tarjeta ciudadana. El abono anual cuesta 30 euros y da derecho a trayectos gratis de hasta 30 minutos.

## Tarifas

A partir de la primera media hora se cobra:

- 50 céntimos por cada media hora adicional, hasta las dos horas;
- 3 euros por cada hora más a partir de ahí;
- una penalización de 20 euros si la bicicleta no se devuelve a una estación.

## Críticas de los barrios de la periferia

La concejala de Movilidad, Inmaculada Serrano, asegura que el sistema se ampliará a otros cuatro barrios el año que viene.

"Empezamos donde hay carril bici. Donde no lo hay, primero hay que hacerlo", explicó.

La asociación de vecinos de Los Almendros critica que el barrio se haya quedado fuera, pese a estar a tres kilómetros del centro.

"Aquí es donde más falta hace, porque el autobús pasa cada cuarenta minutos", lamenta su presidente, Ramiro Gallardo.

El Ayuntamiento ha invertido 1,2 millones de euros en la primera fase.
"""),

dict(id="h29-es-003", lang="es", tpl="fusion", section="Tiempo", date="2026-08-11", byline="Lucía Benavent",
     title="La Ribera activa el plan por calor extremo con 44 grados",
     standfirst="Los ayuntamientos abren refugios climáticos y adelantan el horario de los mercados.",
     sub="Los ayuntamientos abren refugios climáticos y adelantan el horario de los mercados.",
     caption="Un termómetro callejero marca 44 grados en la avenida del Río.", credit="Foto: Lucía Benavent",
     carry=["weather"], choose={"weather": 0},
     body="""
Los municipios de la Ribera han activado este lunes el nivel rojo del plan por calor extremo, después de que los termómetros marcaran 44 grados en Alcolea del Río y 43 en Santa Brígida.

Las temperaturas no bajarán de 27 grados por la noche al menos hasta el jueves, según las previsiones.

## Refugios climáticos

Seis ayuntamientos han abierto espacios con aire acondicionado para las personas que lo necesiten. Están en bibliotecas, centros de mayores y polideportivos, y abren de 12.00 a 20.00.

Además, se han adoptado estas medidas:

- los mercados municipales abren a las 6.30 y cierran a las 12.00;
- las obras en la vía pública se suspenden entre las 13.00 y las 18.00;
- los parques infantiles sin sombra permanecen cerrados.

## Atención a los mayores

Los servicios sociales llaman cada día a 1.400 personas mayores que viven solas. La coordinadora comarcal, Asunción Peiró, pide a los vecinos que también estén atentos.

"Una llamada o un timbrazo al vecino de enfrente puede salvar una vida", dijo.

Los centros de salud han reforzado la atención de tarde. En lo que va de verano se han registrado 37 atenciones por golpe de calor en la comarca.
"""),

dict(id="h29-es-004", lang="es", tpl="medium", section="Historias", date="2024-11-05", byline="Damián Orellana",
     title="De hoja parroquial a boletín digital: 60 años de La Campana",
     sub="El pequeño boletín de Cuevas del Jarama tiene hoy 2.100 suscriptores por correo.",
     caption="Ejemplares antiguos de La Campana en el archivo parroquial.", credit="Foto: Damián Orellana",
     carry=["archive"], choose={"archive": 0},
     body="""
En 1964, el párroco de Cuevas del Jarama empezó a repartir cada domingo una hoja escrita a máquina con los avisos de la semana. La llamó La Campana.

Sesenta años después, La Campana sigue saliendo cada semana. Ya no la escribe el cura, sino un grupo de seis voluntarios, y ya no se reparte en la puerta de la iglesia, sino por correo electrónico.

## De la multicopista al correo

El boletín pasó a imprimirse en multicopista en los años setenta y llegó a tirar 900 ejemplares. En 2015 sus responsables decidieron probar con una versión digital.

"Pensábamos que se apuntarían los jóvenes que viven fuera. Se apuntaron sus abuelos", cuenta entre risas la coordinadora, Felisa Maroto.

Hoy tiene 2.100 suscriptores, muchos de ellos vecinos que emigraron a Madrid, Francia o Argentina.

## Qué cuenta La Campana

Cada número incluye:

- las esquelas y los nacimientos del pueblo;
- la agenda de fiestas y actos culturales;
- una fotografía antigua enviada por algún lector.

La suscripción es gratuita. El boletín se financia con las cuotas de la asociación cultural, que cobra 15 euros al año.

Para celebrar el aniversario, los voluntarios preparan un libro con las mejores portadas, que se presentará en diciembre.
"""),

dict(id="h29-ru-001", lang="ru", tpl="bitrix", section="Транспорт", date="2026-10-13", byline="Агентство",
     title="В Заречном запустили оплату проезда через приложение",
     sub="Первую неделю поездка по QR-коду будет стоить на пять рублей дешевле.",
     caption="Пассажиры в автобусе маршрута № 7.", credit="Фото: пресс-служба МУП «Заречный автотранс»",
     carry=["wireend"], choose={"wireend": 0},
     body="""
ЗАРЕЧНЫЙ, 13 октября. В городских автобусах Заречного с понедельника можно оплатить проезд через мобильное приложение, сообщили в МУП «Заречный автотранс».

Для оплаты пассажиру нужно отсканировать QR-код на поручне и подтвердить платёж. Стоимость поездки при такой оплате составит 38 рублей, как и по транспортной карте. Приложение можно бесплатно скачать для телефонов на iOS и Android.

## Скидка на первую неделю

До 20 октября поездка с оплатой через приложение будет стоить 33 рубля.

Как пояснил директор предприятия Виталий Гусельников, новая система нужна прежде всего для того, чтобы разгрузить кондукторов в часы пик.

«Кондукторы никуда не денутся, наличные и карты тоже принимаем», — подчеркнул он.

## Льготники

Владельцам льготных проездных приложение пока не подходит. Им по-прежнему нужно:

- прикладывать социальную карту к валидатору;
- продлевать проездной в кассе на автовокзале до 25 числа;
- сохранять билет до конца поездки.

Оплата через приложение уже работает на 46 автобусах из 58. Остальные машины оснастят QR-кодами до конца месяца. В ноябре предприятие обещает подвести первые итоги и рассказать, сколько пассажиров перешли на новый способ оплаты.
"""),

dict(id="h29-ru-002", lang="ru", tpl="broadcaster", site="Телеканал «Сосновка-24»", section="Погода",
     date="2026-12-08", byline="Ярослав Кудрин",
     title="Сосновку засыпало: за ночь выпала месячная норма снега",
     sub="На улицы вышли 64 единицы техники, занятия в школах отменены.",
     caption="Снегоуборочная техника на Советской улице утром во вторник.", credit="Кадр: «Сосновка-24»",
     watch=["Как коммунальщики справляются со снегопадом", "Автобусы идут с опозданием до часа"],
     carry=["weather"], choose={"weather": 1},
     body="""
Сильнейший за последние десять лет снегопад накрыл Сосновку в ночь на вторник. По данным метеостанции, за двенадцать часов выпало 38 сантиметров снега — почти месячная норма декабря.

Утром город встал в пробках. Автобусы по большинству маршрутов шли с опозданием до часа, а несколько машин застряли на подъёме у Заводского моста.

## Школы закрыты

Управление образования отменило занятия во всех школах с первого по девятый класс. Детские сады работают в обычном режиме.

На уборку улиц вышли 64 единицы техники и около 200 дворников. Глава города Аркадий Лещенко пообещал, что основные дороги расчистят к вечеру.

«Техника работает круглосуточно, в первую очередь чистим маршруты автобусов и подъезды к больнице», — сказал он.

## Что советуют спасатели

Спасатели просят жителей:

- не оставлять машины вдоль дорог, чтобы не мешать технике;
- обходить дома с большими сосульками и снегом на крышах;
- без необходимости не выезжать за город.

По прогнозу синоптиков, снег будет идти с перерывами до четверга, а к выходным ударят морозы до минус 24 градусов.
"""),

dict(id="h29-ru-003", lang="ru", tpl="semantic", section="Образование", date="2026-02-17", byline="Валентина Ерёмина",
     title="Школьный музей получил в дар 300 фотографий рабочего посёлка",
     sub="Снимки 1950–1980-х годов передала семья бывшего фотографа фабрики.",
     caption="Ученики разбирают фотографии в школьном музее.", credit="Фото: Валентина Ерёмина",
     low=0,
     body="""
Музей школы № 4 в посёлке Заречный получил в дар около 300 фотографий, снятых в 1950–1980-е годы. Их передала семья Геннадия Сыромятникова, который тридцать лет работал фотографом на местной ткацкой фабрике.

На снимках — демонстрации, заводские праздники, первые выпускники школы и строительство Дома культуры.

## Ученики-архивисты

Разбирать коллекцию взялись восьмиклассники. Каждую фотографию они сканируют, заносят в каталог и пытаются выяснить, кто и что на ней изображено.

«Мы звоним бабушкам и дедушкам, и они узнают на снимках себя», — рассказывает ученица 8 «Б» класса Даша Полуэктова.

Руководитель музея Людмила Архипова говорит, что к работе подключились уже больше сорока семей.

## Выставка весной

Лучшие работы покажут на выставке в апреле, к юбилею фабрики. Музей готовит:

- выставку из шестидесяти увеличенных снимков;
- альбом с подписями, составленными учениками;
- встречу с ветеранами фабрики.

Дочь фотографа, Ирина Сыромятникова, говорит, что отец мечтал, чтобы его снимки увидели люди.

«Всю жизнь он снимал посёлок, а сам почти никогда не попадал в кадр», — говорит она.
"""),
]
