# Turkish, German, French, Spanish and Russian stories for the eighty-ninth held-out part (h89-*) of the newsflow
# extraction set. Fictional; written for newsflow. Markup and fields as in articles_h89_en.py.
ARTICLES = [
dict(id="h89-tr-001", lang="tr", tpl="drupal",
     section="Kent", date="2026-06-03", byline="Elif Karadağ",
     title="Ardıçova Kiraz Festivali için Cumhuriyet Caddesi üç gün trafiğe kapanıyor",
     sub="Festival 12 Haziran Cuma günü başlıyor; belediye sürücülerden araçlarını cadde dışına park etmelerini istedi.",
     caption="Geçen yılki festivalde Cumhuriyet Caddesi.", credit="Fotoğraf: Elif Karadağ",
     carry=["parkingsuspensions"],
     look=[("box", "Festival programında bu yıl ilk kez")],
     body="""
Ardıçova'nın en kalabalık haftası yine kapıda. Bu yıl 34'üncüsü düzenlenecek Kiraz Festivali nedeniyle Cumhuriyet Caddesi, 12 Haziran Cuma sabahından 14 Haziran Pazar gecesine kadar araç trafiğine kapatılacak.

Belediye, caddede ve Hükümet Meydanı çevresinde park etmenin perşembe akşamından itibaren yasak olacağını, kuralı çiğneyen araçların çekileceğini duyurdu.

Zabıta Müdürü Kenan Aksoy, geçen yıl festivalin ilk sabahında 27 aracın çekici ile kaldırıldığını hatırlattı. "Kimsenin arabası çekilsin istemiyoruz, o yüzden şimdiden söylüyoruz," dedi.

Caddede 140 tezgâh kurulacak. Kirazların çoğu Kirazlıtepe ve Yukarıbağlar köylerinden gelecek; üreticiler bu yıl hasadın geçen yıldan iyi olduğunu söylüyor.

Festival programında bu yıl ilk kez çocuklar için kiraz çekirdeği tükürme yarışması da var. Yarışma cumartesi saat 16.00'da meydanda yapılacak.

Kirazlıtepe Üreticiler Birliği Başkanı Hüsnü Çelebi, festivalin köylere yılın en önemli gelirini getirdiğini söyledi. "Üç günde bir aylık satışı yapıyoruz," dedi.

Belediye, festival boyunca ilçe stadının otoparkını ücretsiz açacak ve otoparktan meydana her yarım saatte bir ring servisi çalıştıracak.

Festival 12 Haziran Cuma saat 18.00'de belediye bandosunun konseriyle açılacak.
"""),

dict(id="h89-tr-002", lang="tr", tpl="gutenberg",
     section="Yaşam", date="2026-10-21", byline="Murat Sezgin",
     title="Ardıçova'nın simitçisi: \u201cHamur sabrı sever, ben de öğrendim\u201d",
     sub="Recep Alkan, 43 yıldır her sabah saat üçte fırının ışığını yakıyor.",
     caption="Recep Alkan, Çarşı Sokağı'ndaki fırınında.", credit="Fotoğraf: Murat Sezgin",
     look=[("dropcap", "Çarşı Sokağı'ndaki küçük fırının")],
     body="""
Çarşı Sokağı'ndaki küçük fırının kapısı sabahın dördünde açılıyor ve ilk simitler çıkar çıkmaz kapının önünde kuyruk oluşuyor. Recep Alkan bu fırında 43 yıldır çalışıyor; önce çırak, sonra usta, şimdi de fırının sahibi. Kendisiyle hamuru, pekmezi ve ilçenin değişen sabahlarını konuştuk.

**Fırına ilk ne zaman girdiniz?**

On dört yaşındaydım. Babam beni rahmetli Hayri Usta'ya bıraktı, "Adam et," dedi. İlk iki yıl yalnızca tepsi yıkadım, hamura elimi sürdürmediler.

**Günde kaç simit çıkarıyorsunuz?**

Hafta içi bin iki yüz kadar, pazar günleri iki bin. Bayram sabahları sayamıyoruz bile.

**Sırrı ne?**

Sır yok. Hamur sabrı sever. Acele edersen simit sertleşir, müşteri de anlar. Pekmezi de Kirazlıtepe'den alırım, otuz yıldır aynı aileden.

**Ya çıraklar?**

En zoru bu. Gençler gece üçte kalkmak istemiyor, haklılar da. Şu an yanımda iki çırak var, biri yeğenim. Öbürü üniversiteyi bırakıp geldi, "Ben bunu öğreneceğim," dedi. Bakalım.

**Emekliliği hiç aklınızdan geçiriyor musunuz?**

Düşünüyorum ama fırın soğursa ben de soğurum gibi geliyor. Birkaç yıl daha.

Fırın pazartesi hariç her gün sabah 4.00'ten öğlen 13.00'e kadar açık.
"""),

dict(id="h89-tr-003", lang="tr", tpl="joomla4",
     section="Ulaşım", date="2027-01-13", byline="Elif Karadağ",
     title="Ardıçova'da köylere yeni otobüs hattı: günde altı sefer",
     sub="Belediye, 7 numaralı hattın Kirazlıtepe ve Yukarıbağlar'a uzatıldığını açıkladı.",
     caption="Yeni hatta çalışacak midibüslerden biri.", credit="Fotoğraf: Ardıçova Belediyesi",
     body="""
Ardıçova Belediyesi, ilçe merkezinden Kirazlıtepe ve Yukarıbağlar köylerine yeni bir otobüs hattı açıyor. 7 numaralı hat 1 Şubat'tan itibaren iki köye kadar uzatılacak ve günde altı sefer yapacak.

Şimdiye kadar köylerden ilçeye yalnızca sabah ve akşam birer dolmuş vardı. Kirazlıtepe Muhtarı Saniye Toprak, özellikle yaşlıların hastane randevularına yetişmekte zorlandığını söyledi.

"Bir tahlil için sabah yedide çıkıp akşam altıda dönüyorlardı. Bu hat o günleri bitirecek," dedi.

## Yeni hatta neler değişiyor

Belediyenin açıkladığı plana göre:

- İlk sefer sabah 6.40'ta Yukarıbağlar'dan kalkacak, son sefer akşam 19.30'da ilçe merkezinden dönecek.
- Hat, devlet hastanesi ve ilçe pazarının önünden geçecek.
- Öğrenciler ve 65 yaş üstü yolcular için bilet ücretsiz olacak.
- Pazar günleri sefer sayısı dörde inecek.

Hatta belediyenin geçen ay aldığı iki yeni midibüs çalışacak. Araçlarda tekerlekli sandalye rampası bulunuyor.

## Köylüler ne diyor

Yukarıbağlar'da oturan 71 yaşındaki Fadime Uçar, haftada iki gün ilçe pazarına gittiğini ve bunun için komşusundan araba rica ettiğini anlattı. "Artık kimseye yük olmayacağım," dedi.

Sefer saatleri, köy kahvelerine ve muhtarlıklara asılacak. Ayrıntılı bilgi için belediyenin ulaşım birimi hafta içi 08.30 ile 17.30 arasında 0 (382) 000 71 70 numaralı telefondan aranabilir.
"""),

dict(id="h89-de-001", lang="de", tpl="sanity",
     section="Umwelt", date="2026-11-18", byline="Jonas Riedhammer",
     title="Lindenhall verschärft die Regeln für Kaminöfen in der Altstadt",
     sub="Nach zwei Wintern mit hohen Feinstaubwerten dürfen alte Öfen in der Innenstadt ab 2027 nicht mehr betrieben werden.",
     caption="Rauch über den Dächern der Lindenhaller Altstadt an einem Januarabend.", credit="Foto: Jonas Riedhammer",
     carry=["smokecontrol", "correction"],
     look=[("dropcap", "In der Lindenhaller Altstadt gelten")],
     correction="Korrektur, 19. November: In einer früheren Fassung hieß es, die Messstation stehe am Rathausplatz. Sie steht in der Kornstraße.",
     body="""
In der Lindenhaller Altstadt gelten vom kommenden Herbst an strengere Regeln für Kaminöfen. Der Stadtrat hat am Dienstagabend mit großer Mehrheit eine Satzung beschlossen, nach der in der Innenstadt nur noch Öfen betrieben werden dürfen, die die Grenzwerte der zweiten Stufe der Bundesverordnung einhalten.

Betroffen sind nach Schätzung der Stadt rund 380 Feuerstätten. Ältere Öfen müssen nachgerüstet, ersetzt oder stillgelegt werden.

## Messwerte im Winter

Die Messstation in der Kornstraße hatte im vergangenen Januar an elf Tagen mehr Feinstaub gemessen, als der Tagesgrenzwert erlaubt. In den Sommermonaten lag der Wert dagegen stets deutlich darunter.

Umweltreferentin Dr. Katrin Oswald sagte, die engen Gassen und die Lage im Tal sorgten dafür, dass der Rauch an windstillen Abenden kaum abziehe. „Was aus dem Schornstein kommt, landet hier in den Wohnzimmern der Nachbarn", sagte sie.

## Kritik aus dem Handwerk

Der Schornsteinfegermeister Uwe Falkner begrüßte den Beschluss im Grundsatz, warnte aber vor langen Wartezeiten. Viele Ofenbauer in der Region seien schon jetzt bis in den Sommer ausgebucht.

Die Stadt zahlt Haushalten, die einen alten Ofen vorzeitig austauschen, einen Zuschuss von bis zu 1.000 Euro. Anträge nimmt das Umweltamt im Rathaus von Januar an entgegen.

Wer unsicher ist, ob sein Ofen betroffen ist, kann beim zuständigen Bezirksschornsteinfeger nachfragen oder sich am 2. Dezember von 16 bis 19 Uhr im Bürgersaal beraten lassen.
"""),

dict(id="h89-de-002", lang="de", tpl="regional",
     section="Wohnen", date="2026-05-06", byline="Miriam Ehrenfels",
     title="Vermieter im Bahnhofsviertel müssen ihre Wohnungen künftig anmelden",
     sub="Lindenhall führt eine Registrierungspflicht für Mietwohnungen in drei Straßenzügen ein.",
     caption="Mehrfamilienhäuser in der Gleisstraße.", credit="Foto: Miriam Ehrenfels",
     carry=["landlordlicensing"], run_in=["landlordlicensing"],
     body="""
Wer im Lindenhaller Bahnhofsviertel eine Wohnung vermietet, muss sie von Juli an bei der Stadt anmelden. Der Stadtrat hat eine Wohnraumschutzsatzung beschlossen, die zunächst für die Gleisstraße, die Weichenstraße und den Güterplatz gilt.

Die Stadt will damit gegen überbelegte und verwahrloste Wohnungen vorgehen. In den vergangenen zwei Jahren hatte das Wohnungsamt in dem Viertel 57 Beschwerden über Schimmel, fehlende Heizungen und kaputte Fenster erhalten.

**Was die Satzung verlangt**

Vermieter müssen für jede Wohnung angeben, wie groß sie ist, wie viele Menschen dort wohnen und wer für Reparaturen zuständig ist. Die Anmeldung kostet 95 Euro und gilt fünf Jahre. Das Amt darf Wohnungen nach Ankündigung besichtigen.

Baubürgermeister Frank Lüdecke sagte, die meisten Vermieter im Viertel hätten nichts zu befürchten. „Es geht um eine Handvoll Häuser, in denen Menschen zu sechst in zwei Zimmern leben", sagte er.

**Was Mieter tun können**

Mieterinnen und Mieter können Mängel künftig direkt beim Wohnungsamt melden, auch anonym. Der Mieterverein Mühlbachtal bietet dazu jeden Mittwoch von 17 bis 19 Uhr eine Sprechstunde im Stadtteilbüro am Güterplatz an.

Haus und Grund Lindenhall kritisierte die Gebühr als unnötige Belastung für private Kleinvermieter.

Die Registrierung ist vom 1. Juli an im Bürgerportal der Stadt möglich.
"""),

dict(id="h89-de-003", lang="de", tpl="table",
     section="Wirtschaft", date="2026-09-09", byline="Jonas Riedhammer",
     title="In Oberweiden backt wieder jemand: 212 Genossen retten die Dorfbäckerei",
     sub="Nach anderthalb Jahren Leerstand öffnet die Bäckerei Hagenmüller als Genossenschaft.",
     caption="Die neue Bäckermeisterin Lena Voss in der Backstube.", credit="Foto: Jonas Riedhammer",
     low=0,
     body="""
Um halb fünf riecht es in der Oberweidener Hauptstraße wieder nach frischem Brot. Nach anderthalb Jahren Leerstand hat die alte Bäckerei Hagenmüller am Samstag wieder geöffnet, diesmal als Genossenschaft von 212 Dorfbewohnerinnen und Dorfbewohnern.

Als der letzte Bäckermeister Alfons Hagenmüller im Frühjahr 2025 mit 74 Jahren in Rente ging, fand sich kein Nachfolger. Die nächste Bäckerei lag acht Kilometer entfernt in Lindenhall.

Eine Gruppe um die Lehrerin Sabine Kreutzer sammelte daraufhin Anteile zu je 250 Euro. Am Ende kamen rund 96.000 Euro zusammen, genug für einen neuen Ofen und die Renovierung des Ladens.

Gebacken wird nun von Lena Voss, 31, die ihre Meisterprüfung im vergangenen Herbst abgelegt hat. Sie backt nach Hagenmüllers alten Rezepten, die er der Genossenschaft geschenkt hat.

„Er kommt jeden Morgen vorbei und probiert das Roggenbrot. Bisher hat er nur einmal den Kopf geschüttelt", sagte Voss.

Die Genossenschaft will im ersten Jahr keinen Gewinn machen, sondern nur die Kosten decken. Zwei Verkäuferinnen arbeiten in Teilzeit, samstags helfen Ehrenamtliche.

Am Eröffnungstag war die Schlange bis zur Kirche zu sehen. Um zehn Uhr waren alle Brezeln verkauft.

Die Bäckerei ist dienstags bis samstags von 6 bis 12 Uhr geöffnet, sonntags von 7.30 bis 10 Uhr. Wer Genossin oder Genosse werden will, kann sich im Laden melden oder den Newsletter der Genossenschaft abonnieren.
"""),

dict(id="h89-fr-001", lang="fr", tpl="duda", site="Vaudrenne Actu",
     section="Logement", date="2026-03-11", byline="Claire Montbazon",
     title="Le permis de louer arrive dans le centre ancien de Vaudrenne",
     sub="À partir du 1er juin, les propriétaires devront obtenir une autorisation avant de louer un logement dans 14 rues du centre.",
     caption="La rue des Tanneurs, dans le centre ancien de Vaudrenne.", credit="Photo : Claire Montbazon",
     carry=["landlordlicensing"],
     look=[("dropcap", "Les propriétaires qui mettent un logement en location"), ("bold", "Le vote a été acquis à l'unanimité."),
           ("italic", "« On ne vise pas les propriétaires, on vise les taudis. »"), ("br", "Elle a fini par déménager en janvier.")],
     body="""
Les propriétaires qui mettent un logement en location dans le centre ancien de Vaudrenne devront bientôt demander l'autorisation à la mairie. Le conseil municipal a adopté lundi soir le « permis de louer », qui s'appliquera à partir du 1er juin dans quatorze rues.

Concrètement, chaque nouveau bail devra être précédé d'une demande. Un agent du service de l'habitat visitera le logement et la mairie aura un mois pour répondre.

Le vote a été acquis à l'unanimité.

Selon la mairie, près d'un logement sur cinq du centre ancien présente des problèmes sérieux : humidité, installations électriques dangereuses, fenêtres qui ne ferment plus. Le quartier compte environ 900 logements loués.

L'adjointe au logement, Nadia Ferracci, a insisté sur le fait que la grande majorité des bailleurs étaient de bonne foi.

« On ne vise pas les propriétaires, on vise les taudis. »

L'Union des propriétaires de l'Ornelle s'inquiète surtout des délais. Son président, Gérard Lhomme, craint que des logements restent vides plusieurs semaines en attendant une visite.

Une locataire de la rue des Tanneurs, qui a préféré rester anonyme, a raconté avoir vécu deux hivers sans chauffage dans un deux-pièces.

Elle a fini par déménager en janvier.

Une réunion publique sur le permis de louer aura lieu le jeudi 26 mars à 18 h 30, salle des Cordeliers.
"""),

dict(id="h89-fr-002", lang="fr", tpl="quintype",
     section="Environnement", date="2026-10-07", byline="Julien Arcelin",
     title="Cheminées à foyer ouvert : la vallée de l'Ornelle interdit les flambées d'agrément",
     sub="Le nouveau plan de protection de l'atmosphère s'appliquera dans douze communes dès cet hiver.",
     caption="Une cheminée à foyer ouvert dans une maison de Vaudrenne.", credit="Photo : Julien Arcelin",
     carry=["smokecontrol"], run_in=["smokecontrol"],
     look=[("highlight", "Faire une flambée dans une cheminée ouverte")],
     body="""
Faire une flambée dans une cheminée ouverte sera interdit cet hiver dans douze communes de la vallée de l'Ornelle, dont Vaudrenne. La mesure figure dans le plan de protection de l'atmosphère signé la semaine dernière par le préfet.

Les foyers ouverts resteront tolérés seulement lorsqu'ils sont le seul moyen de chauffage d'un logement. Les inserts et poêles récents ne sont pas concernés.

Dans la vallée, le chauffage au bois est à l'origine de près des deux tiers des particules fines mesurées en hiver. Encaissée, la vallée retient les fumées lors des nuits sans vent, parfois plusieurs jours de suite.

Le maire des Aubiers, Patrick Delorme, reconnaît que la mesure ne fera pas plaisir à tout le monde. « Chez nous, la cheminée, c'est une tradition. Mais les enfants qui toussent en février, ce n'est pas une tradition qu'on veut garder », dit-il.

Une aide de 1 500 euros est proposée aux ménages qui remplacent un ancien appareil par un poêle performant. Elle s'ajoute aux aides nationales.

Les contrôles se feront d'abord par la pédagogie, assure la préfecture. Aucune amende ne sera infligée avant l'hiver prochain.

Les habitants peuvent se renseigner à l'espace info-énergie de Vaudrenne, 4 place du Marché, du lundi au vendredi de 9 h à 12 h.
"""),

dict(id="h89-fr-003", lang="fr", tpl="typo3", site="Ville de Vaudrenne", kind="public",
     section="Actualités", date="2026-08-26", byline="service communication",
     title="Beffroi de Vaudrenne : le chantier de restauration commence le 7 septembre",
     sub="Les travaux dureront quatorze mois. La cloche Marguerite sera descendue pour être restaurée.",
     caption="Le beffroi de Vaudrenne vu depuis la place du Marché.", credit="Photo : Ville de Vaudrenne",
     body="""
Le chantier de restauration du beffroi de Vaudrenne débutera le lundi 7 septembre et durera environ quatorze mois. Construit au XVe siècle et classé monument historique, l'édifice n'avait pas connu de travaux d'ampleur depuis 1962.

Les pierres de la façade nord, exposées aux pluies, se sont fortement dégradées, et plusieurs éléments de la charpente du campanile doivent être remplacés.

## Les grandes étapes

Le chantier se déroulera en plusieurs phases :

1. pose de l'échafaudage et de la bâche de protection en septembre ;
2. restauration des maçonneries des façades nord et est jusqu'au printemps ;
3. reprise de la charpente et de la couverture du campanile à l'été 2027 ;
4. repose de la cloche et démontage de l'échafaudage à l'automne 2027.

## La cloche Marguerite

La cloche Marguerite, fondue en 1781 et pesant près de 1,2 tonne, sera descendue en octobre pour être restaurée dans un atelier spécialisé. Elle ne sonnera donc pas pendant la durée des travaux.

Le coût total du chantier s'élève à 2,4 millions d'euros, financés par la Ville, l'État, la Région et une souscription publique qui a déjà réuni 86 000 euros.

Le marché hebdomadaire du samedi est maintenu sur la place. Seuls quelques emplacements au pied du beffroi seront déplacés vers la rue Basse.

Des visites du chantier seront proposées lors des Journées du patrimoine, les 19 et 20 septembre, sur inscription à l'office de tourisme. Des photos du chantier seront partagées chaque mois sur le site de la Ville.
"""),

dict(id="h89-es-001", lang="es", tpl="portal",
     section="Sociedad", date="2026-05-20", byline="Lucía Berrocal",
     title="Anselmo Gil, pastor en Fuentecilla de Abajo: \u201cLas ovejas saben cuándo va a llover antes que la radio\u201d",
     sub="Lleva cincuenta años sacando el rebaño al monte del Arlete y este verano lo deja en manos de su nieta.",
     caption="Anselmo Gil con su rebaño en el monte del Arlete.", credit="Foto: Lucía Berrocal",
     body="""
Anselmo Gil sacó por primera vez las ovejas al monte con trece años, detrás de su padre. Cincuenta años después, sigue subiendo cada mañana con 340 cabezas y dos perros. Este verano le pasa el rebaño a su nieta Irene, de 24 años. Hablamos con él en la majada, a media ladera.

**¿Cómo empezó todo?**

No empezó, siempre estuvo. En casa había ovejas antes que yo, y mi padre me dio un cayado en cuanto supe andar derecho.

**¿Qué ha cambiado en estos años?**

Casi todo. En el pueblo había once pastores y ahora quedamos dos. Antes el lobo era un cuento de abuelos; ahora vuelve a bajar algún invierno.

**¿Y lo que no ha cambiado?**

Las ovejas. Saben cuándo va a llover antes que la radio. Se juntan, se ponen nerviosas, y a la hora cae el agua.

**¿Por qué Irene?**

Porque lo pidió ella. Estudió veterinaria en la ciudad y volvió. Yo no se lo pedí nunca, eso que quede claro.

**¿Va a echarlo de menos?**

Mucho, pero subiré igual. A mí el monte no me lo quita nadie.

El rebaño de los Gil participará en la trashumancia tradicional del 6 de junio, que sale a las ocho de la mañana desde la plaza de Fuentecilla de Abajo y está abierta a quien quiera caminar detrás.
"""),

dict(id="h89-es-002", lang="es", tpl="fusion",
     section="Villamorena", date="2026-09-30", byline="Ramón Quintanilla",
     title="Las obras de la red de agua cierran la calle Real de Villamorena durante seis semanas",
     sub="El Ayuntamiento sustituirá 900 metros de tuberías de fibrocemento instaladas en los años sesenta.",
     caption="Operarios en la calle Real, frente al mercado de abastos.", credit="Foto: Ramón Quintanilla",
     carry=["parkingsuspensions"], run_in=["parkingsuspensions"],
     look=[("factbox", "La obra en cifras")],
     body="""
La calle Real de Villamorena quedará cortada al tráfico a partir del lunes 5 de octubre por las obras de renovación de la red de abastecimiento de agua, que se prolongarán unas seis semanas.

El Ayuntamiento sustituirá las viejas tuberías de fibrocemento, instaladas en 1964, por conducciones de fundición. Solo en el último año se registraron catorce roturas en ese tramo, la última en agosto, que dejó sin agua a 300 vecinos durante una tarde entera.

## La obra en cifras

- 900 metros de tubería nueva entre la plaza de España y el mercado de abastos.
- 212 acometidas a viviendas y comercios.
- Un presupuesto de 410.000 euros.

El concejal de Obras, Andrés Peñalver, aseguró que los cortes de agua se avisarán con 48 horas de antelación y no durarán más de cuatro horas.

Los comerciantes de la calle temen perder clientes durante la obra. La presidenta de la asociación de comerciantes, Mercedes Olalla, pidió que se mantenga el acceso peatonal a las tiendas en todo momento.

El mercado de abastos seguirá abierto en su horario habitual y el acceso se hará por la calle del Pozo. Los vecinos con plaza de garaje en la calle Real podrán entrar y salir con un pase que se recoge en la Policía Local.
"""),

dict(id="h89-es-003", lang="es", tpl="ucoz", site="Asociación Vecinal de Fuentecilla de Abajo", kind="small",
     section="Noticias", date="2026-07-08", byline="la junta",
     title="El lavadero de la fuente vuelve a tener agua después de treinta años",
     sub="Los vecinos han limpiado el caño y reparado las pilas en cuatro sábados de trabajo.",
     caption="El lavadero restaurado, junto a la fuente vieja.", credit="Foto: la junta",
     body="""
El lavadero de la fuente vieja vuelve a tener agua. Después de cuatro sábados de trabajo, los vecinos de Fuentecilla de Abajo han limpiado el caño, reparado las pilas de piedra y quitado las zarzas que lo tapaban desde hacía años.

El lavadero se construyó en 1911 y se usó hasta principios de los años noventa, cuando ya casi todas las casas tenían lavadora. Desde entonces el agua se desviaba al arroyo y las pilas estaban secas y llenas de tierra.

**Quién ha trabajado**

Unas treinta personas han echado una mano, desde los más pequeños, que sacaron piedras en cubos, hasta Benita Sanz, de 91 años, que vino todos los sábados a contar cómo se lavaba allí la ropa de toda la familia.

El cantero jubilado Eusebio Marugán se encargó de las juntas de las pilas. El Ayuntamiento de Villamorena prestó un remolque y pagó la cal.

**Lo que falta**

Queda poner un tejadillo nuevo sobre la pila grande y un banco a la sombra. La junta quiere terminarlo antes de las fiestas de San Roque.

El lavadero se inaugurará el domingo 16 de agosto a las doce, con una merienda en la plaza. Quien quiera colaborar con el tejadillo puede apuntarse en el bar de la plaza.
"""),

dict(id="h89-ru-001", lang="ru", tpl="chunks",
     section="Экология", date="2026-12-09", byline="Ольга Тимирязева",
     title="Смог над частным сектором: в Светлоозёрске вводят ограничения для печей",
     sub="В трёх посёлках на окраине города запретят жечь в печах мусор и сырые дрова.",
     caption="Дым над частными домами в Заречном в безветренный вечер.", credit="Фото: Ольга Тимирязева",
     carry=["smokecontrol"],
     body="""
В Светлоозёрске впервые вводят правила для печного отопления. С 1 января в посёлках Заречный, Ключи и Сосновка будет запрещено жечь в печах и котлах бытовой мусор, пластик и сырые дрова.

Решение приняли после того, как в прошлом январе датчики на школе в Заречном девять вечеров подряд показывали превышение нормы по мелкой взвеси в несколько раз.

В трёх посёлках около 1 700 частных домов, и большинство из них отапливаются дровами или углём. Газ в Сосновку до сих пор не проведён.

«Вечером выходишь на улицу, а там как в бане — ничего не видно, глаза щиплет», — рассказала жительница Заречного Валентина Ерёмина.

Заместитель главы города Игорь Сабуров признал, что проверить каждый двор невозможно. По его словам, в первую зиму инспекторы будут в основном объяснять правила и раздавать памятки, а штрафы начнут выписывать только после повторных жалоб.

Жителям, которые поменяют старую печь или котёл на современный, город возместит половину стоимости, но не больше 40 тысяч рублей.

Консультации по новым правилам проходят по средам с 14:00 до 17:00 в отделе экологии мэрии, кабинет 12.
"""),

dict(id="h89-ru-002", lang="ru", tpl="blox",
     section="Город", date="2026-08-12", byline="Денис Поляков",
     title="День города в Светлоозёрске: какие улицы перекроют и где оставить машину",
     sub="Праздник пройдёт 22 и 23 августа, центр города будет закрыт для транспорта с утра субботы.",
     caption="Набережная Светлого озера во время прошлогоднего праздника.", credit="Фото: Денис Поляков",
     carry=["parkingsuspensions"],
     body="""
Светлоозёрск отметит День города 22 и 23 августа. Главные события пройдут на набережной Светлого озера и на Театральной площади, поэтому центр города на два дня закроют для машин.

**Какие улицы перекроют**

С 6:00 субботы до полуночи воскресенья будут закрыты Озёрная улица, Театральная площадь и участок проспекта Мира от почтамта до моста. Автобусы 2 и 5 пойдут в объезд по улице Строителей.

Стоянка на Озёрной улице будет запрещена уже с вечера пятницы, когда начнут монтировать сцену. Машины, оставленные там после 20:00, эвакуируют.

**Где оставить машину**

Мэрия откроет бесплатные стоянки у стадиона «Водник» и у торгового центра на улице Строителей. Оттуда до набережной около десяти минут пешком.

**Что будет на празднике**

В субботу пройдут ярмарка мастеров, заплыв через озеро и концерт местных коллективов. В воскресенье — гонка на лодках-драконах и вечерний салют над водой в 22:30.

Глава города Андрей Лукашин попросил жителей заранее переставить машины. «В прошлом году эвакуатор работал всю ночь, не хотелось бы повторять», — сказал он.

Полная программа праздника опубликована на сайте мэрии и будет висеть на информационных щитах у Дома культуры.

Своими фотографиями с праздника жители могут поделиться в группе мэрии — лучшие снимки войдут в городской календарь.
"""),

dict(id="h89-ru-003", lang="ru", tpl="hugo",
     section="Люди", date="2027-02-17", byline="Ольга Тимирязева",
     title="«Шахматы учат проигрывать»: тренер Светлоозёрской школы — о сорока годах за доской",
     sub="Воспитанники Лидии Корнеевой трижды выигрывали первенство области.",
     caption="Лидия Корнеева в шахматном кружке Дома детского творчества.", credit="Фото: Ольга Тимирязева",
     body="""
Лидия Корнеева ведёт шахматный кружок в Доме детского творчества Светлоозёрска с 1987 года. За это время через её занятия прошли больше тысячи детей, а её команда трижды выигрывала первенство области. Мы поговорили с ней перед новым турниром.

**Как вы сами пришли в шахматы?**

Меня научил дед, когда мне было пять. Он играл молча и никогда не поддавался. Я плакала, но садилась снова.

**Чему шахматы учат детей?**

Проигрывать. Это самое трудное и самое полезное. Ребёнок, который умеет пожать руку после поражения, дальше не пропадёт.

**А компьютеры не мешают?**

Наоборот. Дети разбирают партии с программой, приходят и спорят со мной. Раньше такого не было, раньше верили на слово.

**Кого вы помните лучше всего?**

Всех. Но особенно мальчика из Ключей, который ходил на занятия пешком шесть километров. Сейчас он сам тренер в Новосибирске.

**И что дальше?**

Турнир. Потом следующий. Пока дети приходят, я буду здесь.

Открытый турнир Светлоозёрска для школьников пройдёт 7 марта в 10:00 в Доме детского творчества на улице Гагарина, 14. Записаться можно у тренера до 1 марта.
"""),
]
