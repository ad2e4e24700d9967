# Turkish, German, French, Spanish and Russian stories for the forty-seventh held-out part (h47-*).
# Fictional; written for newsflow in each language (not translated). Markup and fields as in articles_h47_en.py.
ARTICLES = [
dict(id="h47-tr-001", lang="tr", tpl="storybody", section="Yaşam", date="2026-03-08", byline="Gönül Aydemir",
     title="Muhtar Şükran Yıldız: \"Kadın muhtar görünce önce şaşırıyorlar, sonra iş konuşuyoruz\"",
     sub="Sarıkavak Mahallesi'nin ilk kadın muhtarı, göreve gelişinin birinci yılında sorularımızı yanıtladı.",
     caption="Muhtar Şükran Yıldız, muhtarlık ofisinde.", credit="Fotoğraf: Gönül Aydemir",
     body="""
Sarıkavak Mahallesi'nin ilk kadın muhtarı Şükran Yıldız, göreve geleli bir yıl oldu. 52 yaşındaki Yıldız emekli bir ebe. Mahallede otuz yıl boyunca doğumlara yardım ettiği için seçmenlerinin çoğunu bebekliklerinden tanıyor. Seçimi 14 oy farkla kazandı. Kendisiyle muhtarlık ofisinde konuştuk.

**Neden aday oldunuz?**

Mahallenin yolu, suyu, sokak lambası hep aynı şikâyetti. Kırk yıldır her kahvede konuşuluyordu. Birinin kalkıp peşine düşmesi lazımdı.

**İlk yılın en zor işi neydi?**

Aşağı mahalledeki su borusu. Belediyeye altı kez dilekçe verdim, sonunda bir sabah başkanın kapısının önünde oturdum. Boru ertesi hafta döşendi.

**Erkek seçmenler ne diyor?**

Kadın muhtar görünce önce şaşırıyorlar, sonra iş konuşuyoruz. Herkesin derdi aynı, kimse kimin kadın kimin erkek olduğuna bakmıyor.

**Ya yaşlılar?**

Onlara ayda bir ev ziyareti yapıyoruz. İlaçlarını, faturalarını soruyoruz. Yalnız yaşayan 37 kişi var, hepsinin telefonu bende.

**Bu yılın hedefi?**

Mahalleye bir çocuk parkı. Arsa hazır, belediye oyuncakları söz verdi. Yaz gelmeden açmak istiyorum.

Muhtarlık ofisi hafta içi her gün 09.00 ile 17.00 arasında açık. Yıldız cumartesi günleri de pazar yerindeki çay ocağında mahalleliyle buluşuyor.
"""),

dict(id="h47-tr-002", lang="tr", tpl="hugo", section="Çevre", date="2026-05-16", byline="Kemal Sarıgül",
     title="Karagöl Barajı'nda olta sezonu açıldı: sazana günlük kota",
     sub="Amatör balıkçılar günde en fazla beş sazan tutabilecek, 30 santimetreden küçükler suya geri bırakılacak.",
     caption="Sezonun ilk sabahı Karagöl Barajı kıyısındaki balıkçılar.", credit="Fotoğraf: Kemal Sarıgül",
     carry=["angling"],
     body="""
Karagöl Barajı'nda amatör olta balıkçılığı, iki aylık av yasağının ardından cumartesi sabahı yeniden başladı. İlk gün göl kıyısına 200'ü aşkın balıkçı geldi.

İl Tarım ve Orman Müdürlüğü bu yıl ilk kez sazan için günlük kota getirdi. Amatör balıkçılar günde en fazla beş sazan tutabilecek ve 30 santimetreden küçük balıkları suya geri bırakmak zorunda olacak.

## Kota neden getirildi?

Müdürlüğün geçen yıl yaptığı sayımlar, baraj gölündeki sazan sayısının beş yılda yarı yarıya azaldığını gösterdi. Su ürünleri mühendisi Levent Karataş, düşüşün nedenleri arasında kuraklığı ve yasak dönemde yapılan kaçak avı saydı.

"Göl küçüldü, balık sıkıştı, avlanması kolaylaştı. Kota olmasaydı birkaç yıl içinde gölde sazan kalmayabilirdi," dedi.

## Balıkçılar ne diyor?

Kırk yıldır Karagöl'de balık tuttuğunu söyleyen emekli öğretmen Yusuf Demirci kotayı yerinde buldu. "Eskiden günde otuz balıkla eve dönen vardı. O balıklar bitti. Beş balık bir aileye yeter," dedi.

Bazı balıkçılar ise denetimin yetersiz kalacağından endişeli. Kıyıda sabahlayan Cemal Aktaş, "Kotaya biz uyacağız da kaçak ağ atanı kim tutacak?" diye sordu.

Müdürlük, sezon boyunca göl çevresinde jandarmayla birlikte denetim yapılacağını, kotaya ve boy sınırına uymayanlara idari para cezası uygulanacağını açıkladı.

Amatör balıkçılık belgesi, ilçe tarım müdürlüğünden ücretsiz olarak alınabiliyor.
"""),

dict(id="h47-tr-003", lang="tr", tpl="ucoz", site="Yazıbaşı Köyü", kind="small", section="Yazıbaşı'ndan haberler",
     date="2026-06-05", byline="yazibasi_dernek",
     title="Köy konağının çatısı imeceyle yenilendi",
     sub="Çatı için gereken paranın büyük kısmını gurbetteki hemşehrilerimiz topladı.",
     caption="Yenilenen çatısıyla Yazıbaşı köy konağı.", credit="Fotoğraf: Yazıbaşı Köyü Derneği",
     carry=["calendar"],
     body="""
Yazıbaşı köy konağının yetmiş yıllık çatısı, köylülerimizin üç hafta süren imecesiyle baştan sona yenilendi.

Eski kiremitlerin çoğu kırılmış, geçen kış tavandan su damlamaya başlamıştı. Köy derneği, çatı için gereken 180 bin liranın 120 binini gurbetteki hemşehrilerimizden topladı, kalanını da kaymakamlık karşıladı.

Konak 1956'da, köye yol gelmeden önce taşıyla toprağıyla köylülerin sırtında yapılmıştı. Yıllarca hem okul hem misafirhane olarak kullanıldı; şimdi de düğünlerin, toplantıların ve bayramlaşmaların yeri.

Kiremitleri köyün gençleri indirdi, ahşap kirişleri emekli marangoz Rıfat Usta tek tek elden geçirdi. Kadınlarımız her gün çalışanlara öğle yemeği çıkardı.

Dernek başkanı Osman Kaya herkese teşekkür etti: "Bu çatı köyün çatısı. Altında düğünümüz de olur, taziyemiz de. Emeği geçen herkesin eline sağlık."

Konak, çatı işleri bittiği için yeniden kullanıma açıldı. Önümüzdeki haftalarda konakta yapılacaklar şöyle:

- 14 Haziran cumartesi: köy hayrı ve imeceye katılanlara teşekkür yemeği
- 21 Haziran cumartesi: Aydın ailesinin sünnet düğünü
- 28 Haziran cumartesi: gençlerin halk oyunları provası

Köy hayrı için kazanlar sabah 8'de kurulacak. Keşkek için buğday vermek isteyenler buğdaylarını perşembeye kadar konağa bırakabilir.

Gurbetteki hemşehrilerimiz bağış makbuzlarını dernekten isteyebilir.
"""),

dict(id="h47-de-001", lang="de", tpl="drupal", site="Gemeinde Ellernbrook", kind="public", section="Aktuelles",
     date="2026-04-21", byline="Bürgerbüro",
     title="Bürgerbus fährt ab Mai auch samstags",
     sub="Der Gemeinderat hat den Samstagsverkehr einstimmig beschlossen. Fünf neue Ehrenamtliche machen ihn möglich.",
     caption="Der Bürgerbus vor dem Rathaus Ellernbrook.", credit="Foto: Gemeinde Ellernbrook",
     carry=["map"],
     look=[("box", "Wer sich ebenfalls")],
     body="""
Der Bürgerbus der Gemeinde Ellernbrook fährt ab dem 2. Mai auch samstags. Das hat der Gemeinderat in seiner Sitzung am Dienstag einstimmig beschlossen.

Seit 2021 verbindet der Kleinbus mit acht Sitzplätzen die sechs Ortsteile mit dem Rathaus, dem Ärztehaus und dem Bahnhof. Bisher fuhr er nur montags bis freitags. Im vergangenen Jahr nutzten ihn rund 9.400 Fahrgäste.

Am Samstag fährt der Bus vormittags drei Runden:

- ab Bahnhof um 8.30, 10.00 und 11.30 Uhr
- über Dorfstraße, Ärztehaus und Wochenmarkt
- zurück zum Bahnhof jeweils 50 Minuten später

Möglich wird der Samstagsverkehr durch neue Ehrenamtliche. Fünf Fahrerinnen und Fahrer haben sich im Winter gemeldet, darunter zwei Rentner aus dem Ortsteil Moorhusen.

„Viele ältere Menschen haben uns gesagt, dass sie gern am Samstag zum Wochenmarkt möchten. Jetzt geht das“, sagt Bürgermeisterin Anke Thormählen.

Eine Fahrt kostet weiterhin einen Euro, Kinder unter zwölf Jahren fahren kostenlos. Rollatoren und Einkaufstrolleys können mitgenommen werden.

Wer sich ebenfalls als Fahrerin oder Fahrer engagieren möchte, braucht einen Führerschein der Klasse B und sollte mindestens einen Vormittag im Monat Zeit haben. Ansprechpartner im Rathaus ist Jens Poppinga, Telefon 04321 000 214.

Den Fahrplan und alle Neuigkeiten aus dem Rathaus gibt es auch im Newsletter der Gemeinde, den Sie im Bürgerbüro abonnieren können.
"""),

dict(id="h47-de-002", lang="de", tpl="sanity", section="Bad Lindhorst", date="2026-07-13", byline="Friederike Almstedt",
     title="Waldbrandgefahr: Stadt sperrt Grillplätze im Eichenhain",
     sub="Nach vier Wochen ohne Regen gilt im Stadtwald die zweithöchste Warnstufe. Am Samstag brannte bereits eine Wiese.",
     caption="Abgedeckte Feuerstelle am Grillplatz Köhlerwiese.", credit="Foto: Friederike Almstedt",
     carry=["firedanger"],
     look=[("dropcap", "Die Stadt Bad Lindhorst")],
     body="""
Die Stadt Bad Lindhorst hat am Montag alle öffentlichen Grillplätze im Stadtwald Eichenhain gesperrt. Grund ist die hohe Waldbrandgefahr nach fast vier Wochen ohne nennenswerten Regen.

Der Deutsche Wetterdienst hatte für den Landkreis am Wochenende die zweithöchste Warnstufe ausgegeben. Für Mittwoch wird Stufe fünf erwartet, die höchste.

Betroffen sind die Grillplätze am Forsthaus, an der Köhlerwiese und am Waldsee. Die Stadt hat die Feuerstellen mit Gittern abgedeckt und Schilder aufgestellt. Das Rauchen im Wald ist ohnehin bis zum 31. Oktober verboten.

## Feuer am Samstag gerade noch gelöscht

Wie ernst die Lage ist, zeigte sich am Samstagabend. Spaziergänger meldeten Rauch an der Köhlerwiese. Die Freiwillige Feuerwehr löschte einen Flächenbrand von etwa 300 Quadratmetern, bevor die Flammen auf die Bäume übergreifen konnten.

„Da hat jemand seinen Einweggrill einfach im Gras stehen lassen. Eine Stunde später hätten wir ein echtes Problem gehabt“, sagt Stadtbrandmeister Dirk Hallmann.

Förster Matthias Reiners geht mit seinen Kollegen seit Tagen täglich Streife. Besonders gefährdet seien die Kiefernbestände im Norden des Waldes, wo der Boden voller trockener Nadeln liege.

## Kontrollen am Wochenende

Das Ordnungsamt will am Wochenende gemeinsam mit der Polizei kontrollieren. Wer im Wald grillt oder ein Feuer macht, muss mit einem Bußgeld von bis zu 5.000 Euro rechnen.

Die Sperrung gilt bis auf Weiteres. Die Stadt will sie aufheben, sobald es ausreichend geregnet hat.
"""),

dict(id="h47-de-003", lang="de", tpl="chunks", section="Vereine", date="2026-03-23", byline="Torben Lüdeking",
     title="Angelverein setzt 400 Kilo Fische im Mühlenteich ein",
     sub="Nach dem Fischsterben im vergangenen Sommer hat Petri Heil Wittenmoor eine Belüftungsanlage eingebaut.",
     caption="Vereinsmitglieder tragen Karpfen in Wannen zum Ufer.", credit="Foto: Torben Lüdeking",
     carry=["angling"],
     body="""
Der Angelsportverein Petri Heil Wittenmoor hat am Samstag rund 400 Kilogramm Fische in den Mühlenteich eingesetzt. Es ist der größte Besatz in der Geschichte des Vereins.

Die Fische kamen in einem Transportwagen aus einer Fischzucht in der Lausitz. Mitglieder trugen sie in Wannen und Keschern zum Ufer.

Eingesetzt wurden:

- 180 Kilogramm Karpfen
- 120 Kilogramm Schleien
- 60 Kilogramm Rotaugen
- 40 Kilogramm junge Zander

**Teich hatte im Sommer gelitten**

Der Besatz war nötig geworden, nachdem im vergangenen August bei großer Hitze der Sauerstoff im Teich knapp geworden war. Damals verendeten nach Schätzung des Vereins mehrere Hundert Fische.

„Das war ein trauriger Anblick. Wir haben tagelang tote Fische eingesammelt“, sagt Gewässerwart Holger Brüning.

Seitdem hat der Verein mit Hilfe der Gemeinde eine Belüftungsanlage eingebaut, die bei Hitze Sauerstoff ins Wasser pumpt. Sie kostete 14.000 Euro, die Hälfte zahlte der Landesfischereiverband.

Der Verein hat derzeit 212 Mitglieder, darunter 38 Jugendliche. Vorsitzender Rainer Kampe freut sich über den Zulauf: „Angeln ist wieder in. Die jungen Leute wollen draußen sein und mal das Handy weglegen.“

Damit sich die neuen Fische eingewöhnen können, bleibt der Mühlenteich bis zum 1. Mai für das Angeln gesperrt.
"""),

dict(id="h47-fr-001", lang="fr", tpl="magazine", section="Portrait", date="2026-09-12", byline="Mathilde Castagnède",
     title="Le dernier cordonnier de Montrevel pose ses outils",
     sub="Gérard Lassalle ferme samedi l'échoppe de la rue des Tanneurs, qu'il tenait depuis 1980. Faute de repreneur.",
     caption="Gérard Lassalle devant son établi, rue des Tanneurs.", credit="Photo : Mathilde Castagnède",
     pull="On ne répare pas seulement des chaussures",
     look=[("dropcap", "Il a ressemelé"), ("box", "La mairie a racheté")],
     body="""
Il a ressemelé les chaussures de trois générations de Montrevelois. À 71 ans, Gérard Lassalle ferme samedi la cordonnerie de la rue des Tanneurs, qu'il tenait depuis 1980.

Dans la petite boutique, les étagères sont presque vides. Il reste quelques paires de bottes à rendre, des lacets en vrac et la vieille machine à coudre qu'il avait rachetée à son maître d'apprentissage.

« Je n'ai pas trouvé de repreneur. Les jeunes veulent bien apprendre, mais ils ne veulent pas s'installer dans une ville de 3 000 habitants », regrette-t-il.

Pendant des années, la cordonnerie a aussi servi de boîte aux lettres officieuse. Les habitants y déposaient des clés pour les voisins, des paquets, parfois des messages.

« On ne répare pas seulement des chaussures. On répare un peu les gens aussi », sourit-il.

Sa cliente la plus fidèle, Yvette Daubigny, 89 ans, lui a apporté la semaine dernière ses souliers du dimanche, « pour la dernière fois ». Elle les lui confie depuis 1981.

La mairie a racheté le fonds et cherche un artisan pour reprendre le local, avec un loyer réduit pendant deux ans. Les candidats peuvent se renseigner à l'accueil de la mairie jusqu'au 30 septembre.

Un pot d'au revoir est organisé samedi à 11 heures devant la boutique. Tout le monde est invité.
"""),

dict(id="h47-fr-002", lang="fr", tpl="gutenberg", section="Sports", date="2026-09-28", byline="Julien Harriet",
     title="Championnat de surf junior : trois podiums pour le club de Lescaroux",
     sub="Lana Etcheverry, 13 ans, remporte sa catégorie. Les trois surfeurs iront au championnat de France.",
     caption="Lana Etcheverry sur la plage des Dunes-Blanches.", credit="Photo : Julien Harriet",
     carry=["surf"],
     look=[("dropcap", "Le Lescaroux Surf Club")],
     body="""
Le Lescaroux Surf Club est rentré dimanche soir du championnat régional junior avec trois podiums, son meilleur résultat depuis sa création en 2009.

La compétition s'est déroulée pendant trois jours sur la plage des Dunes-Blanches, avec des vagues d'un mètre à un mètre et demi et un vent de terre le matin, des conditions idéales selon les organisateurs. Quatre-vingt-six surfeurs de moins de 18 ans y participaient.

Les résultats du club :

- Lana Etcheverry, 1re chez les moins de 14 ans filles
- Théo Marsan, 2e chez les moins de 16 ans garçons
- Inès Laborde, 3e chez les moins de 18 ans filles

À 13 ans, Lana Etcheverry surfe depuis six ans. Elle s'entraîne tous les jours après le collège, « sauf quand l'océan est trop plat ou trop fâché », dit-elle en riant.

Son entraîneur, Pierre-Yves Darrigade, salue surtout la régularité de ses élèves. « Ils ont passé l'hiver dans une eau à dix degrés, avec des combinaisons de cinq millimètres. Ça paie aujourd'hui », explique-t-il.

Les trois surfeurs sont qualifiés pour le championnat de France, prévu fin octobre. Le club doit encore trouver 4 500 euros pour payer le déplacement et l'hébergement.

Une tombola sera organisée au club-house le 4 octobre. Les lots ont été offerts par les commerçants de Lescaroux.
"""),

dict(id="h47-fr-003", lang="fr", tpl="typo3", section="Culture", date="2026-10-02", byline="Sébastien Lacombe",
     title="« Une médiathèque, ce n'est plus seulement des livres »",
     sub="Claire Bonnefous dirige depuis septembre la médiathèque intercommunale de Saint-Alvère. Elle arrive avec des projets.",
     caption="Claire Bonnefous dans la salle de lecture.", credit="Photo : Sébastien Lacombe",
     body="""
Claire Bonnefous a pris la direction de la médiathèque intercommunale de Saint-Alvère-en-Quercy le 1er septembre. Elle dirigeait auparavant une bibliothèque de quartier à Bordeaux. Entretien.

**Pourquoi quitter une grande ville ?**

Pour avoir le temps de connaître les lecteurs. À Bordeaux, je voyais passer mille personnes par jour. Ici, au bout d'un mois, je connais déjà les prénoms.

**Qu'allez-vous changer ?**

Les horaires, d'abord. Nous ouvrirons le samedi après-midi et le mercredi matin, quand les familles sont disponibles.

**Et les jeux vidéo ?**

Nous aurons un coin jeux à partir de janvier, avec deux consoles. Certains lecteurs ont froncé les sourcils, mais les adolescents reviennent quand ils trouvent leur place.

**Le numérique ?**

Beaucoup de personnes âgées viennent nous demander de l'aide pour leurs démarches en ligne. Nous allons ouvrir un atelier le jeudi matin avec une conseillère numérique.

**Un livre à conseiller ?**

Un seul ? Alors un roman policier qui se passe sur le causse. Je ne dirai pas lequel : il faut venir le chercher.

La médiathèque est ouverte du mardi au samedi. L'inscription est gratuite pour les habitants des douze communes de l'intercommunalité.
"""),

dict(id="h47-es-001", lang="es", tpl="jekyll", site="El Faro de Calaventosa", kind="small", section="Playas",
     date="2026-06-27", byline="Nuria Cuesta",
     title="Los socorristas vuelven a La Ería con una bandera nueva: la morada",
     sub="La vigilancia empieza este sábado y durará hasta el 15 de septiembre. La bandera morada avisará de las medusas.",
     caption="La torre de vigilancia de la playa de La Ería.", credit="Foto: Ramón Sobrino",
     carry=["surf"],
     look=[("dropcap", "La playa de La Ería"), ("factbox", "Horario y servicios"),
           ("highlight", "El verano pasado los socorristas")],
     body="""
La playa de La Ería tiene socorristas desde este sábado y hasta el 15 de septiembre. Este año, además de las banderas verde, amarilla y roja, los vigilantes izarán una bandera morada cuando haya medusas en el agua.

El servicio lo presta, como cada verano, la agrupación de voluntarios de Protección Civil de Calaventosa con seis socorristas contratados por el Ayuntamiento. Habrá dos en la torre principal y uno en la caseta de la desembocadura del río.

El verano pasado los socorristas atendieron 212 picaduras de medusa, casi el doble que el anterior. "Hubo días de agosto en que no dábamos abasto con el vinagre", recuerda el coordinador, Álvaro Cue.

## Horario y servicios

- Vigilancia de 12:00 a 20:00, todos los días
- Silla anfibia para personas con movilidad reducida, con reserva previa
- Puesto de primeros auxilios junto a la torre principal

La bandera roja se izó once veces el verano pasado, casi siempre por el mar de fondo del noroeste. Cue insiste en que hay que respetarla: "Con bandera roja no se entra. Ni para mojarse los pies, que aquí la resaca tira mucho".

La agrupación busca voluntarios para los fines de semana de agosto. No hace falta experiencia, solo ganas y saber nadar bien.

Para contactar con los socorristas o reservar la silla anfibia, se puede llamar al 942 000 318 o acercarse a la torre.
"""),

dict(id="h47-es-002", lang="es", tpl="medium", site="Cuadernos del Alto Jalón", kind="indie", section="Oficios",
     date="2026-02-18", byline="Irene Lahoz",
     title="\"Cuando yo cierre, se apaga un fuego que lleva cien años encendido\"",
     sub="Anselmo Pardos, 78 años, es el último herrador de la comarca. Hablamos con él en su fragua.",
     caption="Anselmo Pardos en la fragua de su casa.", credit="Foto: Irene Lahoz",
     look=[("italic", "Pardos sigue trabajando"), ("bold", "¿Cuándo empezó?"), ("bold", "¿Y hoy en día?"),
           ("bold", "¿Alguien quiere aprender?"), ("bold", "¿Qué pasará cuando lo deje?"), ("bold", "¿Le da pena?")],
     body="""
Anselmo Pardos tiene 78 años y es el último herrador de la comarca. Lleva sesenta años poniendo herraduras a caballos, mulas y burros por los pueblos de la sierra. Hablamos con él en la fragua de su casa, en Torrelapaja del Monte.

¿Cuándo empezó?

Con catorce años, con mi padre. Entonces había mulas en cada casa y trabajo para tres herradores en el pueblo.

¿Y hoy en día?

Ahora hay caballos de paseo y algún burro de compañía. Voy a unas cuarenta casas al año. Más que trabajo, es costumbre.

¿Alguien quiere aprender?

Vino un chico de Zaragoza el verano pasado. Aguantó dos semanas. Esto es oficio de espalda y de paciencia.

¿Qué pasará cuando lo deje?

Tendrán que llamar a uno de Soria, que viene en furgoneta. Cobrará el doble, claro.

¿Le da pena?

Mucha. La fragua la hizo mi abuelo. Cuando yo cierre, se apaga un fuego que lleva cien años encendido.

Pardos sigue trabajando tres mañanas por semana. Su hija ha prometido convertir la fragua en un pequeño museo del oficio, con las herramientas de las tres generaciones.
"""),

dict(id="h47-es-003", lang="es", tpl="cms", section="Provincia", date="2026-08-05", byline="Sergio Marquina",
     title="Un incendio forestal quema 340 hectáreas en la sierra de Valdecabras y obliga a desalojar dos aldeas",
     sub="El fuego, avivado por el viento de poniente, quedó estabilizado el miércoles por la mañana.",
     caption="Una brigada forestal trabaja en el flanco izquierdo del incendio.", credit="Foto: Sergio Marquina",
     carry=["firedanger"],
     body="""
Un incendio forestal declarado el martes por la tarde en la sierra de Valdecabras ha quemado unas 340 hectáreas de pinar y monte bajo, según la primera estimación de los técnicos de la Junta.

El fuego comenzó hacia las 16:30 junto a una pista forestal cerca del collado del Cuervo. El viento de poniente, con rachas de hasta 50 kilómetros por hora, lo empujó ladera arriba en pocas horas.

**Desalojos preventivos**

La Guardia Civil desalojó por precaución a los vecinos de dos aldeas:

- El Tejar, con 48 vecinos
- Fuentebuena, con 23 vecinos

La mayoría pasó la noche en casas de familiares y el resto en el polideportivo de Valdecabras, donde Cruz Roja instaló camas y repartió cenas. Todos pudieron volver a sus casas el miércoles a mediodía.

**Medios aéreos y brigadas**

En la extinción trabajaron once medios aéreos, seis brigadas forestales y dos unidades militares de emergencias. El incendio quedó estabilizado el miércoles a las nueve de la mañana.

"La noche fue muy larga. Cuando amainó el viento, sobre las tres, pudimos cerrar el flanco izquierdo", explicó el director de extinción, Jorge Alcañiz.

Los agentes medioambientales investigan el origen del fuego. No se descarta que se iniciara con una desbrozadora que trabajaba en una finca cercana.

La Junta recuerda que hasta el 15 de octubre está prohibido hacer fuego en el monte y en una franja de 400 metros a su alrededor.
"""),

dict(id="h47-ru-001", lang="ru", tpl="regional", section="Природа", date="2026-05-05", byline="Артём Кочетов",
     title="На реке Светлой до конца июня запретили ловить хариуса",
     sub="Учёные насчитали вдвое меньше молоди, чем пять лет назад.",
     caption="Река Светлая у деревни Заборье.", credit="Фото: Артём Кочетов",
     carry=["angling"],
     section_tag=True,
     body="""
На реке Светлой и её притоках до 30 июня запрещён вылов хариуса. Решение приняло областное управление рыбного хозяйства после весеннего обследования реки.

Учёные насчитали на контрольных участках почти вдвое меньше молоди хариуса, чем пять лет назад. Главными причинами называют маловодье последних лет и браконьерство во время нереста.

«Хариус — рыба капризная, ему нужна холодная чистая вода. Когда реку на нересте перегораживают сетями, популяция восстанавливается годами», — пояснил ихтиолог Виктор Зубарев.

На время запрета действуют такие правила:

- пойманного хариуса нужно сразу отпустить;
- другую рыбу можно ловить только удочкой с берега;
- сети и лодки с мотором на нерестовых участках запрещены.

Рыбаки-любители встретили решение по-разному. Председатель районного общества охотников и рыболовов Алексей Кудрин его поддерживает: «Лучше потерпеть два месяца, чем через десять лет рассказывать внукам, каким был хариус».

Другие считают, что запрет ударит по честным рыбакам, а браконьеров не остановит. Рыбоохрана обещает усилить рейды: в мае на реке будут дежурить четыре экипажа инспекторов и волонтёры.

За незаконный вылов хариуса грозит штраф до 5 тысяч рублей и возмещение ущерба — по 925 рублей за каждую рыбу.
"""),

dict(id="h47-ru-002", lang="ru", tpl="quintype", section="Происшествия", date="2026-06-15", byline="Дарья Веденеева",
     title="Лесной пожар у Кедровки потушили за двое суток",
     sub="Огонь прошёл около 120 гектаров и остановился в полутора километрах от деревни.",
     caption="Выгоревший участок соснового молодняка у Кедровки.", credit="Фото: Дарья Веденеева",
     carry=["firedanger"],
     look=[("highlight", "Лесной пожар в Кедровском")],
     body="""
Лесной пожар в Кедровском лесничестве, начавшийся в субботу, полностью ликвидирован. Огонь прошёл около 120 гектаров, в основном по старым вырубкам и сосновому молодняку.

Возгорание заметили с пожарной вышки в субботу около полудня. К вечеру площадь пожара выросла до 60 гектаров: сильный ветер перебрасывал огонь через минерализованные полосы.

**Кто тушил**

На месте работали более 90 человек: лесные пожарные, сотрудники МЧС и добровольцы из Кедровки и соседних деревень. Из области прислали самолёт-амфибию, который сделал 18 сбросов воды из озера Долгого.

«Ночью спать не ложился никто, ни пожарные, ни деревенские. Мужики возили воду на тракторах, женщины кормили всех, кто приезжал», — рассказала глава сельского поселения Марина Лыкова.

До деревни огонь не дошёл: ближайший очаг остановили в полутора километрах от крайних домов.

**Причина — сухая трава**

По предварительной версии, пожар начался с пала травы на заброшенном поле рядом с лесом. Лесничество проводит проверку, виновных ищут.

В районе действует особый противопожарный режим. Посещение лесов ограничено, разводить костры и жечь мусор запрещено. Штраф для граждан — до 50 тысяч рублей.

Лесные пожарные ещё неделю будут патрулировать кромку выгоревшего участка, чтобы не допустить повторного возгорания.
"""),

dict(id="h47-ru-003", lang="ru", tpl="portal", section="Культура", date="2026-09-19", byline="Светлана Мокеева",
     title="В Заречном открылся музей в здании старой почты",
     sub="Почти все экспонаты принесли жители посёлка.",
     caption="Бывшее здание почты в Заречном, 1912 год постройки.", credit="Фото: Светлана Мокеева",
     low=0,
     body="""
В посёлке Заречный открылся краеведческий музей. Он разместился в деревянном здании бывшей почты, построенном в 1912 году.

Почта переехала в новое помещение пять лет назад, и старый дом стоял пустым. Весной прошлого года группа жителей во главе с учительницей истории Ниной Гороховой уговорила администрацию передать здание под музей.

Ремонт делали сами. Крышу перекрыли на деньги, собранные всем посёлком, — около 400 тысяч рублей. Печь восстановил местный мастер Пётр Ермолаев.

В музее три зала. В первом — история лесозавода, вокруг которого вырос посёлок. Во втором — школьный класс с партами 1950-х годов. Третий посвящён почте: здесь стоят старый телеграфный аппарат и весы для посылок.

Почти все экспонаты принесли жители. Кто-то отдал дедушкины награды, кто-то — свадебные фотографии, кто-то — самовар.

«Люди приходят и узнают на снимках своих родителей. Одна женщина нашла фотографию, где её мама в 1958 году стоит у этого самого крыльца», — рассказывает Нина Горохова.

Музей работает по субботам и воскресеньям с 11 до 16 часов. Вход свободный.

Поделиться фотографиями и вещами для музея можно, связавшись с Ниной Гороховой через администрацию посёлка.
"""),
]
