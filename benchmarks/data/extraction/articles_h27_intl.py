# Turkish, German, French, Spanish and Russian stories for the twenty-seventh held-out part (h27-*).
# Fictional; written for newsflow. Same markup and extra fields as articles_h27_en.py.
ARTICLES = [
dict(id="h27-tr-001", lang="tr", tpl="bitrix", section="Gündem", date="2026-11-18", byline="Oğuzhan Karadeniz",
     title="Sahil yolunda heyelan: Çayırbaşı-Yeniköy arası ulaşıma kapandı",
     sub="Yamaçtan kopan toprak ve kaya parçaları yaklaşık 80 metrelik bölümü kapattı.",
     caption="Heyelan bölgesinde çalışan iş makineleri.", credit="Fotoğraf: Oğuzhan Karadeniz",
     carry=["developing", "map"], choose={"developing": 0, "map": 1},
     body="""
TRABZON – Çayırbaşı ile Yeniköy arasındaki sahil yolunda sabah saatlerinde meydana gelen heyelan nedeniyle yol her iki yönde ulaşıma kapandı.

Yoğun yağışın ardından saat 06.40 sularında yamaçtan kopan toprak ve kaya parçaları, yaklaşık 80 metrelik bir bölümde yolu kapattı. Heyelan sırasında yoldan geçen bir kamyonet toprak altında kaldı; sürücüsü yaralı olarak kurtarıldı.

## Ekipler bölgede

Karayolları ekipleri, iş makineleriyle yolu açmak için çalışma başlattı. Bölge sorumlusu Kemal Özkaya, yamaçtaki hareketin sürdüğünü söyledi.

"Zemin durmadan yolu açmayacağız," dedi.

Jandarma, bölgeye araç girişini durdurdu. Sürücülerden şu güzergâhları kullanmaları istendi:

- Çayırbaşı'ndan Kalecik köy yolu üzerinden Yeniköy'e;
- ağır tonajlı araçlar için Dağbaşı üzerinden il yolu;
- yayalar için Dere Mahallesi'ndeki eski köprü.

## Yağış uyarısı sürüyor

Meteoroloji, bölge için yarın akşama kadar kuvvetli yağış uyarısı yaptı. Afet ekipleri, dere yataklarına yakın evlerde oturanların dikkatli olmasını istedi.

Yeniköy Muhtarı Saadet Kaya, köyde okula giden 46 öğrencinin servisinin iptal edildiğini söyledi. Köydeki market sahibi de ekmek ve süt getiren aracın sabah gelemediğini anlattı.

"Çocuklar bugün evde kaldı, yarını bilmiyoruz," dedi.

Valilik, yolun ne zaman açılacağına ilişkin bilginin gün içinde paylaşılacağını açıkladı.
"""),

dict(id="h27-tr-002", lang="tr", tpl="portal", section="Asayiş", date="2026-09-30", byline="Elif Sarıkaya",
     title="Sokak hayvanlarını zehirlediği öne sürülen şüpheli gözaltında",
     sub="Kumsal Mahallesi'nde iki ayda 17 köpek ve 9 kedi zehirlenerek öldü.",
     caption="Mahalle sakinlerinin hayvanlar için kurduğu su kapları.", credit="Fotoğraf: Elif Sarıkaya",
     carry=["warning"], choose={"warning": 1},
     body="""
Kumsal Mahallesi'nde son iki ayda 17 sokak köpeği ile 9 kedinin zehirlenerek ölmesine ilişkin soruşturmada bir şüpheli gözaltına alındı.

Emniyetten yapılan açıklamaya göre 52 yaşındaki şüpheli, mahalledeki güvenlik kameralarının görüntüleri incelenerek belirlendi. Şüphelinin evinde yapılan aramada tarım ilacı ele geçirildi.

## Mahalleli tepkili

Hayvanlara gönüllü olarak mama ve su bırakan mahalle sakinleri, ölümlerin ağustos başında başladığını anlattı. Emekli öğretmen Nurten Aksoy, sabahları sokakta ölü hayvan bulmaktan bıktıklarını söyledi.

"Her sabah kapıyı korkarak açıyorduk," dedi.

Hayvan hakları derneği Pati Dostları'nın avukatı Serkan Yalçın, şüphelinin yeni yasaya göre hapis cezasıyla yargılanabileceğini hatırlattı. Dernek, davaya müdahil olacağını açıkladı.

Mahallede yaşayan veteriner hekim Burak Ersoy, zehirlenen hayvanların bir kısmını kurtarmaya çalıştıklarını ama çoğu zaman geç kaldıklarını anlattı.

## Belediyeden önlem

Belediye, mahallede alınacak önlemleri şöyle sıraladı:

- parklara ek güvenlik kamerası takılacak;
- sokak hayvanları için kapalı besleme noktaları kurulacak;
- veteriner işleri müdürlüğü, zehirlenme şüphesi olan hayvanlar için 7 gün 24 saat ihbar hattı açacak.

Şüphelinin bugün adliyeye sevk edilmesi bekleniyor.

"Adalet yerini bulsun," dedi Aksoy.
"""),

dict(id="h27-tr-003", lang="tr", tpl="ucoz", site="Gökçesu Köyü", section="Köy haberleri", date="2026-06-08",
     byline="Recep Şahin",
     title="Köy konağının üst katı kütüphane oldu",
     sub="Rafları gençler yaptı, 2 bin 300 kitabın tamamı bağışla toplandı.",
     caption="Kütüphanenin açılışına gurbetteki hemşehrilerimiz de katıldı.", credit="Fotoğraf: Gökçesu Köyü Derneği",
     carry=["funding"], choose={"funding": 0, "copyright": 0},
     body="""
Köyümüzün eski konağının üst katı artık bir kütüphane. Cumartesi günü yapılan açılışa köylülerimizin yanı sıra gurbetteki hemşehrilerimiz de katıldı.

Kütüphanedeki 2 bin 300 kitabın tamamı bağışla toplandı. En büyük katkı, İzmir'de yaşayan emekli öğretmen Hüseyin Demirci'den geldi: Demirci, kendi kitaplığındaki 640 kitabı kolilere koyup köye gönderdi.

"Kitaplarım benden sonra da okunsun istedim," dedi.

## Raflar gençlerden

Rafları köyün marangozu Ali Usta ile gençler iki hafta sonunda yaptı. Okuma masaları ise kapanan köy okulundan getirildi.

Kütüphane şimdilik şu saatlerde açık olacak:

- cumartesi 10.00-16.00;
- pazar 13.00-17.00;
- yaz tatilinde hafta içi her gün 14.00-18.00.

## Bağış yapmak isteyenler

Kitap bağışı yapmak isteyen hemşehrilerimiz muhtarlığa ya da köy derneğine ulaşabilir. Özellikle çocuk kitaplarına ihtiyaç var.

Kütüphanenin boya ve elektrik işleri için gereken 48 bin lira, Kuzey Ovası Kalkınma Ajansı'nın küçük ölçekli köy projeleri desteğinden karşılandı.

Muhtar Recep Şahin, bir sonraki hedefin kütüphaneye internet bağlantısı getirmek olduğunu söyledi. Böylece köydeki öğrencilerin ödevlerini ilçeye gitmeden yapabileceğini belirtti.

"Köyde okuyan çocuk çoğalsın, başka bir şey istemiyoruz," dedi.
"""),

dict(id="h27-de-001", lang="de", tpl="drupal", section="Landkreis", date="2026-08-28", byline="Sabine Hörmann",
     title="Rufbus ersetzt die Linie 612 im Oberland",
     sub="Der Kleinbus fährt nur auf Bestellung – und hält an 23 neuen Stellen.",
     caption="Der neue Rufbus bei der Vorstellung in Hohenried.", credit="Foto: Sabine Hörmann",
     carry=["map"], choose={"map": 0},
     body="""
Wer in den Dörfern rund um Hohenried ohne Auto unterwegs ist, kann von Montag an einen Rufbus bestellen. Er ersetzt die Buslinie 612, die bisher viermal am Tag zwischen Hohenried und dem Bahnhof Talheim verkehrte und meist fast leer war.

Der Kleinbus fährt nur, wenn jemand ihn bucht. Er hält an allen bisherigen Haltestellen und zusätzlich an 23 neuen virtuellen Haltepunkten, zum Beispiel vor dem Friedhof in Unterbrunn und am Seniorenheim in Kalkofen.

## So funktioniert die Buchung

Fahrgäste haben drei Möglichkeiten:

- über die App des Verkehrsverbunds;
- telefonisch unter 07123 4455-0, werktags von 6 bis 20 Uhr;
- persönlich im Bürgerbüro Hohenried.

Die Buchung muss mindestens 30 Minuten vor der Fahrt eingehen. Es gilt der normale Verbundtarif, auch das Deutschlandticket wird anerkannt.

„Wir fahren die Leute fast bis vor die Haustür“, sagte Landrätin Cornelia Brandt bei der Vorstellung.

## Kritik aus den Ortschaften

Nicht alle sind überzeugt. Der Ortsvorsteher von Kalkofen, Werner Seitz, befürchtet, dass ältere Menschen mit der App nicht zurechtkommen.

„Ein Fahrplan am Häuschen war einfacher“, sagte er.

Der Landkreis zahlt für den Rufbus im ersten Jahr rund 410.000 Euro, etwa so viel wie bisher für die Linie. Eine Karte mit allen Haltepunkten hängt an den Haltestellen aus und ist auf der Internetseite des Landkreises abrufbar.
"""),

dict(id="h27-de-002", lang="de", tpl="legacy-br", section="Lausitz", date="2026-09-02", byline="Hanka Wjelan",
     title="Grundschule in Neuwiese unterrichtet wieder auf Sorbisch",
     sub="Zum ersten Mal seit mehr als 40 Jahren gibt es eine zweisprachige erste Klasse.",
     caption="Die neue erste Klasse der Grundschule Neuwiese.", credit="Foto: Hanka Wjelan",
     carry=["translated"], choose={"translated": 0},
     body="""
NEUWIESE/NOWA ŁUKA – Zum ersten Mal seit mehr als 40 Jahren lernen Kinder in Neuwiese wieder in der sorbischen Sprache ihrer Großeltern lesen und schreiben. Zum neuen Schuljahr hat die Grundschule des Ortes eine zweisprachige erste Klasse eingerichtet.

Von den 19 Erstklässlern werden 11 überwiegend auf Niedersorbisch unterrichtet, die übrigen lernen die Sprache als Fach. Möglich wurde das, weil sich zwei junge Lehrerinnen aus der Region für die Stellen beworben haben.

## Ein Projekt der Eltern

Angestoßen haben das Angebot Eltern, die vor drei Jahren einen Verein gegründet haben. Dessen Vorsitzende, Lucija Noack, spricht mit ihren Kindern zu Hause nur Sorbisch.

„Die Großeltern konnten es noch, wir mussten es neu lernen“, sagt sie.

Der Verein hat in den vergangenen Jahren unter anderem:

- eine sorbische Spielgruppe im Gemeindehaus aufgebaut;
- Kinderbücher übersetzt und selbst gedruckt;
- Unterschriften für die zweisprachige Klasse gesammelt.

## Wenig Lehrkräfte

Die größte Schwierigkeit bleibt der Mangel an Lehrkräften. Nach Angaben des Schulamts gibt es im ganzen Land weniger als 30 Lehrerinnen und Lehrer, die Niedersorbisch unterrichten können.

Schulleiter Matthias Kschischang sieht trotzdem Grund zur Freude.

„Heute ist ein guter Tag für unser Dorf“, sagte er.
"""),

dict(id="h27-de-003", lang="de", tpl="fusion", section="Mühlhagen", date="2026-04-09", byline="Jonas Pfeiffer",
     title="Mieten in Mühlhagen: Neuverträge kosten ein Drittel mehr als vor fünf Jahren",
     sub="Eine Auswertung von 2.400 Wohnungsanzeigen zeigt, wo die Preise am stärksten gestiegen sind.",
     standfirst="Eine Auswertung von 2.400 Wohnungsanzeigen zeigt, wo die Preise am stärksten gestiegen sind.",
     caption="Neubauten am Mühlhagener Bahnhofsviertel.", credit="Foto: Jonas Pfeiffer",
     carry=["series", "chart"], choose={"series": 0, "chart": 0},
     body="""
Wer in Mühlhagen eine Wohnung sucht, zahlt heute deutlich mehr als noch vor fünf Jahren. Die durchschnittliche Angebotsmiete ist seit 2021 von 8,40 Euro auf 11,20 Euro pro Quadratmeter gestiegen, ein Plus von 33 Prozent. Das zeigt eine Auswertung von rund 2.400 Wohnungsanzeigen durch unsere Redaktion.

Bestandsmieten, also Mieten in laufenden Verträgen, sind im gleichen Zeitraum nur um etwa 9 Prozent gestiegen. Wer umzieht, spürt den Anstieg deshalb besonders.

## Die Altstadt führt

Am teuersten ist die Altstadt mit durchschnittlich 13,60 Euro. Den stärksten Anstieg gab es aber im Bahnhofsviertel, wo viele sanierte Altbauten neu vermietet wurden: plus 41 Prozent.

„Für eine Familie mit zwei Kindern gibt es hier kaum noch etwas unter 1.200 Euro warm“, sagt Birgit Lammers vom Mieterverein.

## Was die Stadt plant

Die Stadt will gegensteuern. Der Gemeinderat hat im Frühjahr beschlossen:

- bei Neubauten ab 20 Wohnungen ein Viertel als Sozialwohnungen vorzuschreiben;
- städtische Grundstücke nur noch in Erbpacht zu vergeben;
- leerstehende Wohnungen systematisch zu erfassen.

Baubürgermeister Jens Hollerbach rechnet mit ersten Effekten frühestens in drei Jahren.

„Wohnungen baut man nicht über Nacht“, sagte er.

Für die Auswertung haben wir Anzeigen auf drei großen Immobilienportalen zwischen Januar 2021 und März 2026 erfasst und doppelte Inserate entfernt. Die Zahlen für die einzelnen Stadtteile zeigt die Grafik.
"""),

dict(id="h27-fr-001", lang="fr", tpl="table", section="Faits divers", date="2026-11-05", byline="Nathalie Combes",
     title="Accident de Mazerac : trois ans de prison pour le conducteur",
     sub="Le tribunal de Vernières a jugé l'automobiliste qui avait percuté deux adolescents à scooter.",
     caption="Le palais de justice de Vernières.", credit="Photo : Nathalie Combes",
     carry=["warning"], choose={"warning": 2},
     body="""
Le tribunal correctionnel de Vernières a condamné jeudi à trois ans de prison, dont deux avec sursis, le conducteur qui avait percuté deux adolescents à scooter en juin dernier sur la route de Mazerac.

L'un des deux jeunes, Théo, 16 ans, était mort sur le coup. Son passager, Enzo, 15 ans, a passé cinq semaines à l'hôpital et garde des séquelles à une jambe.

## Une vitesse excessive

Selon l'expertise présentée à l'audience, la voiture roulait à 128 km/h sur une portion limitée à 80. Le conducteur, un artisan de 41 ans, avait un taux d'alcool de 0,9 gramme par litre de sang.

À la barre, il a présenté ses excuses à la famille, assise au premier rang.

« Je n'ai pas d'excuse », a-t-il répété.

La mère de Théo, Sandrine Peyrot, a lu une lettre écrite par son fils cadet. La salle était silencieuse.

## Les peines prononcées

Outre la prison, le tribunal a prononcé :

- l'annulation du permis de conduire avec interdiction de le repasser pendant cinq ans ;
- la confiscation du véhicule ;
- le versement de dommages et intérêts, dont le montant sera fixé en décembre.

L'avocat de la famille, Me Laurent Vidal, a salué une décision « à la hauteur de la gravité des faits ». La défense n'a pas encore dit si elle ferait appel.

Une marche blanche est prévue samedi à 10 heures devant le collège Jean-Rostand, où Théo était scolarisé l'an dernier.
"""),

dict(id="h27-fr-002", lang="fr", tpl="quintype", section="Montclar", date="2026-07-21", byline="Baptiste Orliac",
     title="Canicule : Montclar ouvre quatorze lieux rafraîchis",
     sub="Médiathèques, salles municipales et églises resteront ouvertes plus tard pendant l'épisode de chaleur.",
     caption="La médiathèque Louise-Michel restera ouverte jusqu'à 21 heures.", credit="Photo : Baptiste Orliac",
     carry=["map", "helpline"], choose={"map": 2, "helpline": 0},
     correction="Correction : une version précédente de cet article indiquait que la médiathèque Louise-Michel fermait à 20 heures. Elle reste ouverte jusqu'à 21 heures.",
     body="""
Face à l'épisode de forte chaleur attendu jusqu'à dimanche, la ville de Montclar ouvre à partir de mercredi quatorze lieux climatisés ou rafraîchis, accessibles gratuitement à tous les habitants.

Médiathèques, salles municipales et deux églises resteront ouvertes plus tard que d'habitude. Les températures devraient dépasser 38 °C vendredi, selon les prévisionnistes.

## Où se mettre au frais

Parmi les lieux ouverts :

- la médiathèque Louise-Michel, jusqu'à 21 heures ;
- la salle des fêtes du quartier des Tilleuls, de 11 heures à 19 heures ;
- l'église Saint-Martin, toute la journée.

La ville a publié sur son site une carte de ces lieux, ainsi que des fontaines d'eau potable.

« Personne ne doit rester seul chez soi pendant ces journées », a déclaré l'adjointe aux solidarités, Mireille Castan.

## Les personnes isolées appelées

Les agents du centre communal d'action sociale appellent chaque jour les 620 personnes âgées ou handicapées inscrites sur le registre canicule. Les habitants peuvent encore s'inscrire ou inscrire un proche en mairie ou par téléphone.

Les pompiers rappellent les gestes à adopter : boire régulièrement, fermer les volets en journée et ne pas pratiquer de sport aux heures les plus chaudes.

« Appelez vos voisins âgés », insiste le capitaine Hugo Ferrand.
"""),

dict(id="h27-fr-003", lang="fr", tpl="amp", section="Sports", date="2026-05-25", byline="Cédric Lavergne",
     low=1, only=["correction"],
     correction="Rectificatif : une version précédente de cet article attribuait huit buts à la gardienne Léa Fontaine. Ils ont été marqués par la demi-centre Chloé Arnaud.",
     title="Handball : les Brévines montent en Nationale 2",
     sub="Une première dans l'histoire du club, fondé en 1977.",
     caption="La joie des joueuses de Sainte-Brève après le coup de sifflet final.", credit="Photo : Cédric Lavergne",
     body="""
Le Handball Club de Sainte-Brève jouera en Nationale 2 la saison prochaine. Les joueuses de l'entraîneur Karim Bensaïd ont validé leur montée samedi soir en battant Roquefeuil 29 à 24, devant plus de 700 spectateurs.

C'est la première fois de son histoire que le club, fondé en 1977, atteint le niveau national.

## Une seconde période renversante

Menées de deux buts à la pause, les Brévines ont renversé le match en dix minutes grâce à leur gardienne, Léa Fontaine, auteure de neuf arrêts en seconde période.

« On a joué pour toutes celles qui ont porté ce maillot avant nous », a glissé la capitaine, Inès Marchal.

La demi-centre Chloé Arnaud a terminé meilleure marqueuse de la rencontre avec huit buts.

## Quarante mille euros à trouver

La montée a un coût. Le président, Gilles Rouanet, estime qu'il faudra trouver environ 40 000 euros de plus pour la saison prochaine, notamment pour :

- les déplacements, plus longs et plus nombreux ;
- l'arbitrage, à la charge des clubs recevants ;
- un poste d'entraîneur adjoint à mi-temps.

Le club compte sur de nouveaux partenaires et sur la commune, qui doit se prononcer en juin.

« On ira frapper à toutes les portes », a promis le président.
"""),

dict(id="h27-es-001", lang="es", tpl="nextjs", section="Vivienda", date="2026-03-03", byline="Marina Quesada",
     title="Un joven de Valdemora dedica ya el 46% de su sueldo al alquiler",
     sub="El Consejo de la Juventud alerta de que la edad de emancipación sigue subiendo.",
     caption="Bloques de viviendas en el barrio de San Lorenzo.", credit="Foto: Marina Quesada",
     carry=["series", "chart"], choose={"series": 0, "chart": 1},
     body="""
Un joven de entre 18 y 34 años que vive solo de alquiler en Valdemora destina de media el 46% de su sueldo a pagar la vivienda, según un estudio del Consejo de la Juventud presentado este martes. Hace cinco años, la proporción era del 34%.

Los expertos consideran que el gasto en vivienda no debería superar el 30% de los ingresos. En la ciudad, solo uno de cada diez jóvenes está por debajo de ese umbral.

## Emanciparse, cada vez más tarde

La edad media a la que los jóvenes dejan la casa familiar ha subido hasta los 30,4 años, frente a los 28,9 de 2020. Muchos optan por compartir piso: el 58% de los jóvenes emancipados vive con personas que no son su pareja.

"Pago 610 euros por una habitación y cobro 1.150", explica Lucía Ferrer, enfermera de 27 años.

## Qué propone el Consejo

El informe pide al ayuntamiento y a la comunidad autónoma:

- ampliar el parque de vivienda pública en alquiler;
- limitar los pisos turísticos en los barrios más tensionados;
- crear un aval público para que los jóvenes no tengan que adelantar varios meses de fianza.

El concejal de Vivienda, Andrés Salcedo, aseguró que el ayuntamiento entregará 240 viviendas protegidas antes de 2028.

"Llegamos tarde, pero vamos a llegar", dijo.

El gráfico muestra la evolución del esfuerzo por edades desde 2020.
"""),

dict(id="h27-es-002", lang="es", tpl="gutenberg", section="Sucesos", date="2026-12-07", byline="Redacción",
     title="Rescatan a catorce senderistas atrapados por la niebla en la sierra del Cuervo",
     sub="Dos de ellos fueron atendidos por hipotermia leve.",
     caption="El refugio de Las Majadas, punto de partida de la excursión.", credit="Foto: Protección Civil",
     carry=["wireend"], choose={"wireend": 1},
     body="""
Efectivos del Grupo de Rescate de Montaña rescataron este domingo a catorce senderistas que habían quedado atrapados por una densa niebla cerca del pico Cuervo, a 1.900 metros de altitud.

El grupo, formado por once adultos y tres menores, había salido por la mañana del refugio de Las Majadas. Hacia las cuatro de la tarde llamaron a emergencias al no encontrar el camino de regreso.

## Un rescate a pie

La niebla impidió que el helicóptero pudiera despegar, por lo que seis rescatadores subieron a pie. Localizaron al grupo tres horas después gracias a la ubicación enviada desde uno de los teléfonos móviles.

"Hicieron lo correcto: quedarse quietos y llamar", señaló el jefe del operativo, el sargento Marcos Villanueva.

Todos los senderistas llegaron al refugio pasadas las once de la noche. Dos de ellos fueron atendidos por hipotermia leve.

## Recomendaciones

Protección Civil recordó a quienes salgan a la montaña estos días que:

- consulten la previsión meteorológica antes de salir;
- lleven ropa de abrigo y una linterna aunque la excursión sea corta;
- compartan su ruta con alguien que no vaya en el grupo.

En lo que va de año, los equipos de rescate han intervenido en 47 ocasiones en la sierra, once más que en el mismo periodo del año pasado.
"""),

dict(id="h27-es-003", lang="es", tpl="broadcaster", site="TeleVega Noticias", section="Educación", date="2026-02-24",
     byline="Álvaro Pizarro",
     title="La Fiscalía investiga el acoso a una alumna de 13 años en un instituto de Castrovega",
     sub="Tres alumnos han sido expulsados temporalmente.",
     caption="El instituto de Castrovega, a la hora de salida.", credit="Imagen: TeleVega Noticias",
     watch=["La familia de la alumna denuncia que el centro reaccionó tarde",
            "Cómo funciona el protocolo contra el acoso escolar"],
     carry=["warning", "helpline"], choose={"warning": 1, "helpline": 0},
     body="""
La Fiscalía de Menores ha abierto diligencias por el presunto acoso que sufría desde hace meses una alumna de 13 años de un instituto de Castrovega. La familia denunció los hechos la semana pasada ante la Guardia Civil.

Según la denuncia, varios compañeros de clase insultaban a la menor a diario y difundían fotos suyas manipuladas en un grupo de mensajería. La niña dejó de ir a clase a principios de mes.

## La respuesta del centro

La dirección del instituto asegura que activó el protocolo de acoso escolar en cuanto tuvo conocimiento de la situación. Tres alumnos han sido expulsados temporalmente.

"Nadie en el centro va a mirar hacia otro lado", afirmó el director, Ramón Escribano.

La madre de la alumna, que prefiere no dar su nombre, cree que el centro reaccionó tarde.

"Mi hija avisó en octubre y nadie hizo nada", dijo.

## Qué hacer ante un caso

La Consejería de Educación recuerda que las familias y los alumnos pueden:

- comunicarlo al tutor o a la dirección del centro;
- escribir al buzón anónimo de convivencia de la consejería;
- acudir directamente a la Guardia Civil o a la Policía.

La asociación de familias del instituto ha convocado una concentración el viernes a las 18.00 frente al ayuntamiento.
"""),

dict(id="h27-ru-001", lang="ru", tpl="chunks", section="Город", date="2026-05-19", byline="Ксения Лаптева",
     title="Коммунальный мост в Верхнеборске закроют на ремонт до октября",
     sub="Машины пустят в объезд по Заводскому мосту и улице Гагарина.",
     standfirst="Машины пустят в объезд по Заводскому мосту и улице Гагарина.",
     caption="Коммунальный мост через Каменку.", credit="Фото: Ксения Лаптева",
     carry=["map"], choose={"map": 1},
     body="""
С 1 июня в Верхнеборске закроют для машин Коммунальный мост через реку Каменку. Ремонт продлится до конца сентября, сообщили в городской администрации.

Мост построили в 1968 году, и последний раз его серьёзно ремонтировали почти 30 лет назад. Весной инженеры обнаружили трещины в опорах и разрушение деформационных швов.

## Как теперь ехать

На время ремонта транспорт пустят в объезд:

- легковые машины — по Заводскому мосту и улице Гагарина;
- грузовики массой больше 3,5 тонны — по объездной дороге через посёлок Луговой;
- автобусы № 4 и № 9 — по временной схеме, новое расписание появится на остановках.

Пешеходов будут пропускать по одной стороне моста, тротуар огородят.

«Пробки в первые дни будут, к этому нужно быть готовыми», — признал заместитель главы города Олег Пантелеев.

## Во что обойдётся ремонт

Контракт на 184 млн рублей получила подрядная организация из областного центра. Деньги выделены из регионального бюджета по программе ремонта мостов.

Водители, с которыми поговорил наш корреспондент, к новости отнеслись без восторга.

«Через Заводской мост и сейчас не проехать утром», — сказал таксист Руслан Хабибуллин.

Схему объезда администрация опубликовала в своём телеграм-канале.
"""),

dict(id="h27-ru-002", lang="ru", tpl="wordpress", section="Природа", date="2026-04-02", byline="Денис Ковалёв", low=0,
     title="В Нагорном парке впервые за 20 лет поселились филины",
     sub="Гнездо нашли в старой липовой аллее.",
     caption="Филин на ветке в Нагорном парке.", credit="Фото: Виктор Самойлов",
     body="""
В Нагорном парке Верхнеборска впервые за два десятилетия поселилась пара филинов. Птиц заметил местный фотограф-любитель, а орнитологи подтвердили: филины устроили гнездо в старой липовой аллее.

Филин — самая крупная сова России, он занесён в Красную книгу области. Обычно эти птицы избегают людей и селятся в глухих лесах.

## Как их нашли

Виктор Самойлов гуляет в парке с фотоаппаратом почти каждый вечер. В марте он услышал глухое уханье, а через несколько дней сфотографировал одну из птиц на ветке.

«Сначала решил, что мне показалось», — рассказал он.

Снимки он отправил в областное общество охраны птиц. Его сотрудники приехали в парк и нашли гнездо.

## Просьба к горожанам

Орнитолог Елена Журавлёва просит жителей соблюдать несколько правил:

- не подходить к гнезду ближе чем на 50 метров;
- не пользоваться вспышкой при съёмке;
- держать собак на поводке в восточной части парка.

Администрация парка уже огородила участок лентой и повесила таблички. Вечерние экскурсии по восточной аллее, которые проводили по пятницам, перенесли на другой маршрут до конца лета.

«Если их не тревожить, птенцы появятся в мае», — говорит Журавлёва.
"""),

dict(id="h27-ru-003", lang="ru", tpl="ghost", section="Малые города", date="2026-10-20", byline="Анна Вершинина",
     title="Сорок километров до врача: как посёлок Рябиновка живёт без больницы",
     sub="Больницу закрыли в 2019 году, с тех пор на три тысячи жителей — один фельдшер.",
     caption="Фельдшерско-акушерский пункт в здании бывшей больницы.", credit="Фото: Анна Вершинина",
     carry=["series"], choose={"series": 0},
     body="""
Больницу в посёлке Рябиновка закрыли в 2019 году. С тех пор ближайший врач для 3 тысяч жителей — в районном центре, в 40 километрах. Автобус туда ходит дважды в день.

В здании бывшей больницы остался только фельдшерско-акушерский пункт. В нём работает один человек — фельдшер Галина Рожкова.

«Я здесь и врач, и медсестра, и регистратура», — говорит она.

## Очередь с утра

Приём начинается в восемь, но люди приходят к семи. В день у Рожковой бывает до 40 пациентов: давление, простуды, перевязки, справки. Сложных больных она отправляет в район, но доехать туда могут не все.

Пенсионер Николай Бурцев рассказывает, что в прошлом году ждал скорую почти два часа.

«Хорошо, что соседка была рядом», — говорит он.

## Обещания районной администрации

В районной администрации говорят, что ситуацию пытаются исправить. В планах на ближайшие два года:

- открыть в Рябиновке новый модульный ФАП;
- запустить выездные бригады врачей раз в месяц;
- договориться с перевозчиком о третьем рейсе автобуса.

Жители к обещаниям относятся осторожно: о новом ФАПе говорят с 2021 года.

Модульный пункт, по словам главы района Сергея Литвинова, должны установить до конца следующего года.
"""),
]
