# Turkish, German, French, Spanish and Russian stories for the forty-ninth held-out part (h49-*).
# Fictional; written for newsflow in each language (not translated). Markup and fields as in articles_h49_en.py.
ARTICLES = [
dict(id="h49-tr-001", lang="tr", tpl="amp", section="Tarım", date="2026-04-09", byline="Cemal Gürbüzer",
     title="Şap görülen Akçaova'da hayvan pazarı kapatıldı, üç köy karantinada",
     sub="İl Tarım Müdürlüğü, Akçaova ve çevresindeki köylerde hayvan giriş çıkışını yasakladı.",
     caption="Akçaova hayvan pazarının kapısına asılan karantina duyurusu.", credit="Fotoğraf: Cemal Gürbüzer",
     carry=["diseasezone"],
     look=[("bold", "Akçaova'da bir besi çiftliğinde")],
     body="""
Akçaova'da bir besi çiftliğinde şap hastalığı görülmesi üzerine ilçenin haftalık hayvan pazarı süresiz olarak kapatıldı. Akçaova ile komşu Kızılcık ve Dereboyu köyleri karantinaya alındı.

Hastalık, salı günü çiftlikteki 40 besi danasından birkaçında ağız yaraları ve topallık görülmesinin ardından alınan numunelerde tespit edildi. İl Tarım ve Orman Müdürlüğü ekipleri aynı gün köye giriş ve çıkışlara dezenfeksiyon noktaları kurdu.

Müdürlükten yapılan açıklamaya göre karantina süresince üç köyden büyükbaş ve küçükbaş hayvan çıkarılması, köylere hayvan sokulması ve hayvan kesimi yasak. Köylerdeki tüm sığırlar önümüzdeki iki hafta içinde aşılanacak.

**Pazar esnafı zor durumda**

Akçaova pazarına her perşembe çevre ilçelerden yüzlerce hayvan getiriliyordu. Kurban Bayramı'na iki ay kala gelen kapatma kararı, besicileri ve nakliyecileri endişelendiriyor.

Yirmi yıldır pazarda dana satan Recep Ateşoğlu, elindeki 25 hayvanı satamazsa yem parasını ödeyemeyeceğini söyledi. "Bir ay kapalı kalırsa ne yaparız bilmiyorum. Yem fiyatı belli, hayvan fiyatı belli değil," dedi.

Akçaova Muhtarı Fadime Karakaya ise köylülerin kurallara uyduğunu anlattı. "Kimse saklamıyor, herkes hayvanını gösterdi. Bir an önce bitsin istiyoruz," diye konuştu.

Müdürlük, karantinanın son vakadan 21 gün sonra yapılacak kontrollerin ardından kaldırılacağını bildirdi.

Hayvanlarında salya, ağız yarası ya da topallık gören üreticilerin en yakın ilçe müdürlüğüne haber vermesi isteniyor.
"""),

dict(id="h49-tr-002", lang="tr", tpl="legacy-br", section="Ekonomi", date="2026-10-20", byline="Hülya Demirkaya",
     title="Balıkçı kooperatifi günlük fiyatları artık telefondan duyuruyor",
     sub="Yenikent Su Ürünleri Kooperatifi'nin uygulamasını ilk ayda 2 bin kişi indirdi.",
     caption="Yenikent balıkçı barınağında sabah mezadı.", credit="Fotoğraf: Hülya Demirkaya",
     low=0,
     body="""
Uygulamayı telefonuna yükleyen herkes, Yenikent balıkçı barınağında o sabah hangi balığın kaça satıldığını artık evden görebiliyor.

Yenikent Su Ürünleri Kooperatifi, eylül başında kendi telefon uygulamasını kullanıma açtı. Uygulamada her sabah mezatta satılan balıkların türü, miktarı ve kilo fiyatı yayımlanıyor. Kooperatif, ilk ayda uygulamanın 2 binden fazla kez indirildiğini açıkladı.

Kooperatif Başkanı Yaşar Kocabaş, fikrin balıkçıların eşlerinden çıktığını söyledi. "Hanımlar her sabah bizi arayıp 'Bugün hamsi kaç?' diye soruyordu. Telefon susmuyordu. Şimdi herkes kendisi bakıyor," dedi.

Uygulamayı kooperatif üyesi bir balıkçının üniversitede bilgisayar okuyan oğlu Berkay Kocabaş, yaz tatilinde yazdı. Kooperatif, karşılığında ona bir yıllık burs verdi.

Balıkçılar, fiyatların açıkça görülmesinin pazarlığı kolaylaştırdığını söylüyor. Lokanta sahipleri de sabah erkenden hangi balığın bol olduğunu görüp menülerini ona göre hazırlıyor.

Çarşıda balık satan Nevin Ayyıldız ise müşterilerinin artık daha bilinçli geldiğini anlattı. "Telefonu gösterip 'Mezatta bu fiyata satılmış, sen neden bu kadar istiyorsun?' diyorlar. Eskiden böyle bir şey yoktu," dedi.

Kooperatif, uygulamaya önümüzdeki aylarda av yasakları ve hava durumu uyarılarını da eklemeyi planlıyor. Balıkçılar, teknelerinin fotoğraflarını ve günlük avlarını da paylaşabilecek.

Uygulama ücretsiz ve reklam içermiyor.
"""),

dict(id="h49-tr-003", lang="tr", tpl="chunks", section="Kültür", date="2026-07-28", byline="Sevgi Toprakçı",
     title="Kütüphane müdürü: 'Çocuklar kitabı değil, kütüphaneyi sevmeye başladı'",
     sub="Bademli İlçe Halk Kütüphanesi'nin yaz okuma şenliğine bu yıl 600 çocuk katıldı. Kütüphane Müdürü Orhan Sezgin'le konuştuk.",
     caption="Bademli İlçe Halk Kütüphanesi'nin çocuk bölümü.", credit="Fotoğraf: Sevgi Toprakçı",
     carry=["readchallenge"],
     body="""
Bademli İlçe Halk Kütüphanesi'nin her yaz düzenlediği okuma şenliğine bu yıl 600 çocuk katıldı. Geçen yıl bu sayı 240'tı. Şenliğe katılan çocuklar, okudukları her kitap için bir kart dolduruyor; on kartı tamamlayan çocuk, eylülde yapılacak törende madalya alıyor. Kütüphane Müdürü Orhan Sezgin'le şenliği konuştuk.

**Katılım neden bu kadar arttı?**

Okullarla birlikte çalıştık. Öğretmenler haziranda karneyle birlikte şenliğin broşürünü de dağıttı. Bir de köy okullarına servis koyduk; her salı köylerden çocukları alıp kütüphaneye getiriyoruz.

**Çocuklar en çok ne okuyor?**

Macera ve hayvan kitapları. Küçükler resimli masal kitaplarını seviyor. Son iki yılda çizgi romana da ilgi çok arttı, biz de rafları genişlettik.

**Ya yetişkinler?**

Onlar da geliyor. Çocuğunu getiren anneler bekleme salonunda kitap okumaya başladı. Geçen ay 70 yeni yetişkin üyemiz oldu.

**En çok kitap okuyan çocuk kim?**

Dokuz yaşındaki Ecrin. Haziranın ortasından bu yana 47 kitap okudu. Artık kartları kendisi dolduruyor, biz sadece imzalıyoruz.

**Eksikleriniz neler?**

Yer. Çocuk bölümü 40 metrekare, öğleden sonraları oturacak yer kalmıyor. Belediyeyle yan taraftaki eski muhtarlık binası için görüşüyoruz.

Şenliğin ödül töreni 14 Eylül'de kütüphanenin bahçesinde yapılacak.
"""),

dict(id="h49-de-001", lang="de", tpl="fusion", section="Verkehr", date="2026-04-15", byline="Lukas Brämer",
     section_tag=True,
     title="Leihräder jetzt auch an den Bahnhöfen in Ostheim und Kirchbrunn",
     sub="Das Verleihsystem des Landkreises wächst auf 36 Stationen. Die Nutzung hat sich im Winter verdoppelt.",
     caption="Die neue Station am Bahnhof Ostheim.", credit="Foto: Lukas Brämer",
     carry=["bikedocks"],
     look=[("factbox", "Die neuen Stationen")],
     body="""
Wer in Ostheim oder Kirchbrunn aus dem Zug steigt, kann dort seit Montag ein Leihrad nehmen. Der Landkreis hat sein Verleihsystem um acht Stationen erweitert, zwei davon direkt an den Bahnhöfen.

Das System war vor drei Jahren mit 120 Rädern in der Kreisstadt gestartet. Inzwischen stehen 410 Räder an 36 Stationen, ein Viertel davon mit Elektromotor.

Nach Angaben des Betreibers wurden im vergangenen Winter fast doppelt so viele Fahrten gezählt wie ein Jahr zuvor. Die meisten Nutzer fahren morgens zum Bahnhof und abends zurück.

## Die neuen Stationen

- Bahnhof Ostheim, 20 Stellplätze
- Bahnhof Kirchbrunn, 16 Stellplätze
- Gewerbegebiet Am Lohgraben, 12 Stellplätze
- Kreisklinikum, Haupteingang, 12 Stellplätze

Kreisbaudezernentin Sabine Hollweg sagte, die Bahnhöfe seien der meistgenannte Wunsch in einer Umfrage unter Pendlern gewesen. „Das Rad ist für die letzten drei Kilometer oft schneller als jeder Bus“, sagte sie.

Nicht alle sind zufrieden. Der Ortsbeirat Kirchbrunn kritisiert, dass die Station auf dem Park-and-ride-Platz zwölf Autostellplätze gekostet hat.

Die erste halbe Stunde kostet einen Euro, jede weitere 50 Cent. Ein Jahrespass kostet 48 Euro, für Inhaber eines Deutschlandtickets 24 Euro.

Im Herbst sollen Stationen in Weilersbach und am Badesee folgen.
"""),

dict(id="h49-de-002", lang="de", tpl="gutenberg", section="Region", date="2026-06-05", byline="Carola Wendisch",
     title="In Oberhaslach hat wieder ein Laden geöffnet – und er gehört dem Dorf",
     sub="212 Bürger haben Anteile gezeichnet. Sieben Jahre nach der Schließung des letzten Geschäfts gibt es wieder Brot und Milch im Ort.",
     caption="Der neue Dorfladen in der alten Raiffeisenhalle.", credit="Foto: Carola Wendisch",
     look=[("dropcap", "Sieben Jahre lang mussten die"), ("box", "Wer Anteile zeichnet"), ("br", "Anteile können weiterhin")],
     body="""
Sieben Jahre lang mussten die Oberhaslacher für jeden Liter Milch ins Auto steigen. Seit Samstag gibt es im Ort wieder einen Laden, und er gehört den Einwohnern selbst.

Der Dorfladen ist in der ehemaligen Raiffeisenhalle an der Kirchstraße untergebracht. Getragen wird er von einer Genossenschaft, für die 212 Bürger Anteile zu je 250 Euro gezeichnet haben. Dazu kamen Fördermittel des Landes in Höhe von 85.000 Euro.

## Regional, aber nicht teurer

Das Sortiment umfasst rund 1.800 Artikel. Brot kommt von der Bäckerei Stähle aus dem Nachbarort, Eier und Kartoffeln von zwei Höfen in Oberhaslach. Die Preise sollen sich nach Angaben des Vorstands am Supermarkt in der Kreisstadt orientieren.

Vorstandsvorsitzende Elke Rombach sagte bei der Eröffnung, der Laden sei mehr als ein Geschäft. „Hier trifft man sich wieder. Das hat uns am meisten gefehlt“, sagte sie. Im Laden gibt es deshalb auch eine Kaffeeecke mit sechs Plätzen.

Wer Anteile zeichnet, wird Mitglied der Genossenschaft und hat in der Generalversammlung eine Stimme, unabhängig davon, wie viele Anteile er hält.

## Öffnungszeiten

- Montag bis Freitag: 7 bis 12 Uhr und 15 bis 18.30 Uhr
- Samstag: 7 bis 13 Uhr
- Mittwochnachmittag geschlossen

Zwei Verkäuferinnen sind fest angestellt, dazu kommen 14 Ehrenamtliche.

Anteile können weiterhin im Laden oder bei Elke Rombach gezeichnet werden, Telefon 07821 998 140.
"""),

dict(id="h49-de-003", lang="de", tpl="semantic", section="Kultur", date="2026-08-19", byline="Henrike Osterloh",
     title="Lesesommer in Rabenau: „Manche Kinder kommen jeden zweiten Tag“",
     sub="Die Stadtbücherei meldet einen Teilnehmerrekord. Ein Gespräch mit Büchereileiterin Miriam Tacke.",
     caption="Miriam Tacke in der Kinderabteilung der Stadtbücherei Rabenau.", credit="Foto: Henrike Osterloh",
     carry=["readchallenge"],
     look=[("italic", "Beim Lesesommer der Stadtbücherei")],
     body="""
Beim Lesesommer der Stadtbücherei Rabenau machen in diesem Jahr 930 Kinder und Jugendliche mit, so viele wie nie. Wer in den Ferien mindestens drei Bücher liest und darüber kurz berichtet, bekommt eine Urkunde, die in vielen Schulen auch im Zeugnis vermerkt wird. Wir haben mit Büchereileiterin Miriam Tacke gesprochen.

**Frau Tacke, woher kommt der Andrang?**

Wir haben zum ersten Mal alle Grundschulen im Stadtgebiet besucht, auch die in den Ortsteilen. Und wir haben die Öffnungszeiten in den Ferien verlängert, bis 19 Uhr.

**Wer liest am meisten?**

Die Zehn- bis Zwölfjährigen. Bei den Älteren wird es schwieriger, die haben andere Dinge im Kopf. Aber auch bei den Jugendlichen haben wir dieses Jahr 140 Anmeldungen.

**Was wird gelesen?**

Alles, was spannend ist. Fantasy, Detektivgeschichten, Comics. Wir sind da nicht streng. Ein Comic ist auch ein Buch.

**Und die Bücher reichen?**

Knapp. Wir haben 600 neue Titel gekauft, und trotzdem stehen bei manchen Reihen die Vormerkungen bei zwanzig.

**Gibt es ein Kind, das besonders auffällt?**

Manche Kinder kommen jeden zweiten Tag. Ein Junge hat 38 Bücher gelesen und uns zu jedem eine Zeichnung gemacht.

Die Abschlussparty mit Urkundenverleihung findet am 12. September im Bürgerhaus statt.
"""),

dict(id="h49-fr-001", lang="fr", tpl="quintype", section="Transports", date="2026-05-27", byline="Élodie Marquant",
     title="Les vélos en libre-service arrivent à la gare de Bressac",
     sub="Vingt nouvelles stations ouvrent ce mois-ci, dont une de 40 places devant la gare.",
     caption="La station de vélos devant la gare de Bressac.", credit="Photo : Élodie Marquant",
     carry=["bikedocks"],
     look=[("highlight", "Les voyageurs qui descendent du train")],
     body="""
Les voyageurs qui descendent du train à Bressac peuvent désormais enfourcher un vélo en libre-service sur le parvis de la gare. La station, de 40 places, a été mise en service lundi.

Elle fait partie des vingt nouvelles stations ouvertes ce mois-ci par l'agglomération, qui porte son réseau à 64 stations et 700 vélos, dont la moitié à assistance électrique.

Lancé il y a quatre ans, le service comptait jusqu'ici surtout des utilisateurs du centre-ville. Les nouvelles stations desservent les quartiers de la Garenne, des Tanneries et du Pont-Neuf, ainsi que la zone d'activités du Grand Pré.

Le vice-président chargé des mobilités, Thierry Lambesc, estime que la gare était le maillon manquant. « Un tiers des habitants travaille hors de la ville. Si on veut qu'ils laissent la voiture, il faut qu'ils puissent rejoindre le train sans elle », a-t-il expliqué.

Les cyclistes réguliers restent prudents. L'association Bressac à vélo rappelle que plusieurs stations ne sont reliées au centre par aucune piste cyclable.

« Mettre des vélos, c'est bien. Encore faut-il pouvoir rouler sans se faire frôler par les camions », souligne sa présidente, Agathe Ferrand.

L'agglomération promet trois kilomètres de pistes supplémentaires d'ici à la fin de l'année, le long de l'avenue de la Libération.

L'abonnement annuel coûte 30 euros, et les 30 premières minutes de chaque trajet sont gratuites.
"""),

dict(id="h49-fr-002", lang="fr", tpl="drupal", site="Mairie de Saint-Aubin-des-Prés", kind="public", section="Vie scolaire",
     date="2026-06-18", byline="Service communication",
     title="Restaurant scolaire : les inscriptions se font désormais en ligne",
     sub="Le portail famille remplace les formulaires papier à partir de la rentrée.",
     caption="Le restaurant scolaire de l'école Jules-Ferry.", credit="Photo : mairie de Saint-Aubin-des-Prés",
     avoid=["comments"],
     look=[("box", "Les familles qui n'ont pas")],
     body="""
À partir de la rentrée de septembre, les inscriptions au restaurant scolaire et à l'accueil périscolaire se feront sur le portail famille de la commune. Les formulaires papier ne seront plus acceptés.

Le portail permet aussi de réserver ou d'annuler un repas jusqu'à la veille, 10 heures, et de payer les factures en ligne. Jusqu'ici, les repas non décommandés 48 heures à l'avance étaient facturés.

Selon le service enfance, près de 40 % des repas annulés l'an dernier l'ont été trop tard pour être décommandés auprès du prestataire, ce qui représente environ 3 200 repas jetés.

## S'inscrire en quatre étapes

1. Créer un compte sur le portail famille avec son adresse électronique
2. Renseigner les informations sur chaque enfant et joindre l'attestation de quotient familial
3. Choisir les jours de présence à la cantine et à la garderie
4. Valider avant le 15 juillet

Les familles qui n'ont pas d'ordinateur peuvent se faire aider à l'accueil de la mairie, le mardi et le jeudi matin, ou à l'espace France services de la place du Marché.

Les tarifs restent inchangés : de 0,90 euro à 4,20 euros le repas selon le quotient familial.

Le maire, Jean-Luc Aubertin, a précisé que les menus de la semaine seront également publiés sur le portail, avec la liste des allergènes.

Pour toute question : service enfance, 02 41 00 52 18.
"""),

dict(id="h49-fr-003", lang="fr", tpl="storybody", section="Éducation", date="2026-03-30", byline="Romain Castagné",
     title="À Villefranche-sur-Lèze, une école entière s'est lancée dans un défi lecture",
     sub="Les 187 élèves de l'école des Tilleuls ont lu plus de 2 400 livres depuis janvier.",
     caption="Des élèves de CM1 de l'école des Tilleuls à la médiathèque.", credit="Photo : Romain Castagné",
     carry=["readchallenge"],
     body="""
Depuis janvier, les 187 élèves de l'école des Tilleuls, à Villefranche-sur-Lèze, participent tous au même défi : lire le plus de livres possible avant les vacances de printemps. Au dernier comptage, vendredi, ils en étaient à 2 412.

L'idée vient de la directrice, Nathalie Sarrade, qui voulait rapprocher l'école de la médiathèque municipale, installée à 300 mètres. Chaque classe s'y rend désormais une fois tous les quinze jours.

**Un carnet par élève**

Chaque élève tient un carnet de lecture où il note le titre du livre, ce qu'il en a pensé et un dessin. Les plus jeunes, en maternelle, comptent les albums lus avec leurs parents.

Les chiffres sont reportés chaque lundi sur un grand thermomètre peint dans le couloir. « Les enfants vont le voir avant même d'enlever leur manteau », sourit l'enseignante de CE2, Maud Ribérac.

**La médiathèque dévalisée**

La médiathèque a dû acheter 350 albums et romans supplémentaires. Sa responsable, Isabelle Coutens, a aussi vu arriver de nouveaux lecteurs adultes. « Des parents qui n'étaient jamais venus s'inscrivent pour accompagner leurs enfants », explique-t-elle.

La classe qui aura lu le plus de livres par élève gagnera une sortie au salon du livre jeunesse de Toulouse. Les CM2 sont en tête, talonnés par les CP.

Le bilan du défi sera présenté aux familles le 10 avril, à 18 heures, dans la salle des fêtes.

Les parents qui veulent suivre le compteur d'ici là peuvent s'abonner à la lettre d'information de l'école.
"""),

dict(id="h49-es-001", lang="es", tpl="ghost", site="Vecinos de San Lázaro", kind="small", section="Barrio",
     date="2026-09-08", byline="Marisa Cortegana",
     title="Vuelve la fiesta de la calle del Horno, con comida compartida y cine de verano",
     sub="La asociación recupera la fiesta que se dejó de hacer hace seis años.",
     caption="La calle del Horno engalanada en la última fiesta, en 2020.", credit="Foto: Vecinos de San Lázaro",
     carry=["calendar"],
     look=[("callout", "Cada familia trae un plato")],
     body="""
Seis años después de la última, la calle del Horno vuelve a tener fiesta. La asociación de vecinos la ha organizado para el último fin de semana de septiembre, con la ayuda de los comercios del barrio y del centro de mayores.

La fiesta se dejó de celebrar en 2020 y, después, nadie se animó a retomarla. En la asamblea de junio, un grupo de vecinas jóvenes se ofreció a prepararla, y la junta aceptó encantada.

Cada familia trae un plato para compartir en la comida del domingo. La asociación pone las mesas, el pan, la bebida y los postres.

El programa es este:

- Viernes 25, 21:30: cine de verano en la plaza, con una película elegida por votación
- Sábado 26, 11:00: juegos infantiles y taller de farolillos en el patio del colegio
- Sábado 26, 19:00: concierto de la banda de la escuela de música
- Domingo 27, 14:00: comida compartida en la calle

El Ayuntamiento cortará la calle al tráfico desde el sábado por la mañana hasta el domingo por la noche.

Nos hacen falta manos para colgar los farolillos el viernes por la tarde y para recoger el domingo. Quien pueda ayudar, que se pase por el local de la asociación cualquier tarde, de 18:00 a 20:00.
"""),

dict(id="h49-es-002", lang="es", tpl="wordpress", section="Movilidad", date="2026-02-25", byline="Iñigo Barrenetxea",
     title="La bici pública llega a los barrios altos con doce estaciones nuevas",
     sub="El servicio municipal suma 90 bicicletas eléctricas para las cuestas de Otxandio y Santa Eulalia.",
     caption="Una de las nuevas estaciones en la plaza de Santa Eulalia.", credit="Foto: Iñigo Barrenetxea",
     carry=["bikedocks"],
     look=[("dropcap", "El servicio municipal de bicicleta")],
     body="""
El servicio municipal de bicicleta pública llegó el lunes a los barrios altos de la ciudad, donde hasta ahora no había ni una estación. Las doce nuevas bases, en Otxandio, Santa Eulalia y el Alto de la Peña, se suman a las 41 que ya funcionaban en el centro y el ensanche.

Con la ampliación llegan también 90 bicicletas eléctricas, pensadas para unas cuestas que hasta ahora pocos se atrevían a subir pedaleando.

## Una petición de hace años

Los vecinos de los barrios altos llevaban años reclamando el servicio. La asociación vecinal de Santa Eulalia llegó a reunir 3.000 firmas en 2023.

"Bajar siempre se ha bajado en bici. El problema era subir", resume su presidenta, Arantza Olabarrieta, que ayer estrenó la estación de la plaza.

La concejala de Movilidad, Leire Azkarate, explicó que la apuesta por las eléctricas ha encarecido la obra, hasta los 1,6 millones de euros, pero que sin ellas las estaciones "habrían estado siempre vacías arriba y llenas abajo".

## Lo que cuesta cada trayecto

El abono anual sigue costando 25 euros. Los primeros 30 minutos de cada trayecto son gratis con bicicleta normal; con la eléctrica, cada trayecto cuesta 50 céntimos.

El servicio tuvo el año pasado 1,2 millones de usos, un 18 % más que el anterior.

El Ayuntamiento estudia ya una tercera fase para llevar la bici pública al polígono de Zubieta y al hospital.
"""),

dict(id="h49-es-003", lang="es", tpl="table", section="Campo", date="2026-11-11", byline="Nuria Valdeolmos",
     title="Gripe aviar en una granja de Fuentecilla: sacrificadas 60.000 gallinas",
     sub="La Junta ha fijado una zona de protección de tres kilómetros y otra de vigilancia de diez.",
     caption="Acceso a la granja afectada, en el término de Fuentecilla.", credit="Foto: Nuria Valdeolmos",
     carry=["diseasezone"],
     body="""
Los servicios veterinarios de la Junta confirmaron el martes un foco de gripe aviar en una granja de gallinas ponedoras de Fuentecilla. Las 60.000 aves de la explotación están siendo sacrificadas.

La Junta ha establecido una zona de protección de tres kilómetros alrededor de la granja y otra de vigilancia de diez, que afecta a 14 municipios de la comarca. Hablamos con la veterinaria de la oficina comarcal, Pilar Escribano.

**¿Cómo se detectó?**

El granjero avisó el domingo de que habían muerto unas 200 gallinas en una nave en dos días. Tomamos muestras esa misma tarde y el laboratorio nacional confirmó el virus el martes.

**¿De dónde ha venido?**

Lo más probable es que de las aves migratorias. Este otoño hay muchas grullas y ánsares en la laguna, a cuatro kilómetros.

**¿Qué tienen que hacer los demás granjeros?**

Mantener las aves encerradas, no mover animales ni huevos sin autorización y desinfectar vehículos y calzado. Las ferias y concentraciones de aves están prohibidas en toda la zona.

**¿Y quien tiene gallinas en casa?**

Lo mismo. Las normas son iguales para una granja de 60.000 que para un corral de seis gallinas.

**¿Hay riesgo para la gente?**

Muy bajo. Los huevos y la carne de ave se pueden consumir con total normalidad.

Las restricciones se mantendrán al menos 30 días desde la limpieza de la granja. Quien encuentre aves silvestres muertas debe avisar al 112 y no tocarlas.
"""),

dict(id="h49-ru-001", lang="ru", tpl="hexo", site="Ключевской перекат", kind="collective", section="Село",
     tags=["АЧС", "Ключи", "карантин"],
     date="2026-08-12", byline="Ольга Седых",
     title="В Ключах нашли африканскую чуму свиней: вокруг села ввели карантин",
     sub="Под ограничения попали шесть деревень. Свиней в личных хозяйствах будут изымать.",
     caption="Пост ветеринарного контроля на въезде в Ключи.", credit="Фото: Ольга Седых",
     carry=["diseasezone"],
     look=[("dropcap", "В селе Ключи подтвердили"), ("box", "Владельцам свиней положена компенсация")],
     body="""
В селе Ключи подтвердили африканскую чуму свиней. Вирус нашли у поросят в личном подсобном хозяйстве на улице Заречной, где за неделю пали семь животных из двенадцати.

Губернатор подписал указ о карантине в тот же день. Очагом объявлено само село, угрожаемой зоной — территория в радиусе пяти километров, куда попали Ключи, Бобровка, Гари, Малиновка, Осиново и Нижний Выселок.

## Что запрещено

- вывозить свиней и свинину из угрожаемой зоны
- продавать свинину и сало на рынках и с рук
- проводить ярмарки, где торгуют животными
- охотиться в лесах вокруг сёл

Свиней во всех хозяйствах очага изымут и уничтожат. Ветеринары уже прошли по дворам: в Ключах насчитали 64 свиньи у 19 хозяев.

Владельцам свиней положена компенсация по рыночной стоимости. Заявление подают в администрацию района вместе с актом изъятия.

## Что говорят в селе

Жители в основном относятся к мерам с пониманием, но многие расстроены. Пенсионерка Валентина Горюнова держала двух свиней на продажу к зиме. «На эти деньги я хотела дрова купить. Теперь жду компенсацию и не знаю, когда она будет», — говорит она.

Начальник районной ветстанции Андрей Кручинин просит не выбрасывать отходы и не прятать животных. «Человеку вирус не опасен, а вот свиньям — смертелен. Один спрятанный поросёнок — и всё начнётся заново», — сказал он.

Карантин продлится не меньше 30 дней. О павших свиньях и диких кабанах нужно сообщать на горячую линию ветслужбы.
"""),

dict(id="h49-ru-002", lang="ru", tpl="nextjs", section="Город", date="2026-06-24", byline="Кирилл Ворожцов",
     title="«Мост откроем к первому сентября»: главный инженер о ремонте Кировского моста",
     sub="Мост через Сылву закрыт для машин с апреля. Мы спросили, что там происходит и когда всё закончится.",
     caption="Ремонт Кировского моста, вид с правого берега.", credit="Фото: Кирилл Ворожцов",
     look=[("bold", "Кировский мост через Сылву")],
     body="""
Кировский мост через Сылву закрыт для машин с середины апреля. Автобусы ходят в объезд через Заводской мост, и в час пик там собираются пробки на два километра. Мы поговорили с главным инженером подрядчика Виктором Пастуховым.

**Что сейчас делают на мосту?**

Меняем деформационные швы и гидроизоляцию, снимаем старый асфальт до плиты. Под асфальтом оказалось хуже, чем мы думали: в двух пролётах арматура проржавела.

**Это сдвигает сроки?**

Нет. Мы добавили ночную смену. Сейчас на мосту работают 48 человек в две смены.

**Когда пустят машины?**

По одной полосе в каждую сторону — к первому сентября. Полностью мост откроем в октябре.

**Почему нельзя было оставить одну полосу?**

Мы так и хотели. Но плита не выдержала бы грузовики, а пропускать только легковые машины никто не берётся проверять.

**Пешеходы?**

Тротуар на правой стороне открыт всё время, и так будет до конца ремонта.

**Новая схема объезда**

С понедельника автобусы № 5 и № 12 будут останавливаться у Дома культуры, а не на площади Победы. Остальные маршруты не меняются.

Ремонт стоит 214 миллионов рублей, деньги выделены из областного бюджета.
"""),

dict(id="h49-ru-003", lang="ru", tpl="ucoz", site="Посёлок Лесная Поляна", kind="small", section="Благоустройство",
     date="2026-07-05", byline="Admin_Polyana",
     title="Старый колодец на Садовой снова с водой",
     sub="Колодец почистили и обновили всем посёлком за два выходных.",
     caption="Обновлённый колодец на улице Садовой.", credit="Фото: жители посёлка",
     carry=["map"],
     body="""
Колодец на углу Садовой и Школьной улиц, которым не пользовались почти десять лет, снова даёт чистую воду. Его привели в порядок жители посёлка за два выходных в конце июня.

Колодец выкопали ещё в 1950-х годах, и до того, как в посёлок провели водопровод, из него брали воду полтора десятка дворов. Потом про него забыли: сруб сгнил, крышка провалилась, внутрь набросали мусора.

Идея восстановить колодец появилась весной, когда на Садовой несколько раз отключали воду из-за аварии на водопроводе. Собрали деньги, всего 38 тысяч рублей, и договорились с мастером из соседней Берёзовки.

Мастер Николай Фомичёв со своими помощниками вычерпал ил, заменил верхние кольца и поставил новый сруб с крышей. Жители вывезли четыре машины мусора, покрасили ворот и сделали вокруг колодца площадку из щебня.

Воду проверили в районной лаборатории, анализ пришёл хороший. Пить её можно, но лаборатория советует всё-таки кипятить.

Спасибо всем, кто помогал деньгами и руками, отдельно Галине Петровне Лукиной за пироги и чай для работников.

Следующее общее дело — скамейки у остановки. Кто хочет помочь, пишите в комментариях или звоните Сергею по телефону 8 912 000-41-17.
"""),
]
