# Turkish, German, French, Spanish and Russian stories for the fifty-sixth held-out part (h56-*) of the newsflow
# extraction set. Fictional; written for newsflow. Markup and fields as in articles_h56_en.py.
ARTICLES = [
dict(id="h56-tr-001", lang="tr", tpl="regional", section="Ulaşım", date="2026-03-17", byline="Gökhan Tezcanlı",
     title="Alaca Adası araba vapuru yaz tarifesiyle günde 16 sefer yapacak",
     sub="Kumburnu ile ada arasındaki hatta ikinci gemi de çalışmaya başlıyor, son sefer 23.00'e uzatıldı.",
     caption="Araba vapuru Kumburnu iskelesine yanaşırken.", credit="Fotoğraf: Gökhan Tezcanlı",
     carry=["crossings"],
     body="""
Kumburnu ile Alaca Adası arasında çalışan araba vapuru, 1 Nisan'dan itibaren yaz tarifesine geçiyor. Belediye, adada yaşayan 2.300 kişinin ve tatilcilerin yıllardır şikâyet ettiği uzun bekleyişleri kısaltmak için sefer sayısını günde 9'dan 16'ya çıkardı.

Yeni tarifeyle birlikte hatta ikinci bir gemi de çalışacak. Tersanedeki bakımı tamamlanan 32 araç kapasiteli Ada Yıldızı, mevcut gemi Kumburnu-2 ile dönüşümlü sefer yapacak.

Yeni düzenlemede öne çıkan değişiklikler şöyle:

- ilk sefer adadan 06.15'te, son sefer Kumburnu'ndan 23.00'te
- hafta sonları ve bayramlarda saat başı sefer
- adada oturanlara araç biletinde yüzde 40 indirim
- yaya yolcular için bilet 35 lira

Adada balıkçılık yapan Recep Karataş, kışın son vapuru kaçıranın geceyi iskelede geçirdiğini anlattı. "Hastaneye giden de okula giden de hep saate bakıyordu. Gece on bir bizim için büyük şey," dedi.

Ada muhtarı Nuran Sevimli ise yaz aylarında iskeledeki araç kuyruğunun kilometrelerce uzadığını hatırlattı. Muhtarlık, ada sakinleri için ayrı bir bekleme şeridi istedi.

Belediyenin deniz ulaşımından sorumlu müdürü Cengiz Tokatlı, fırtınalı havalarda seferlerin yine iptal edilebileceğini, ancak yolcuların bunu artık iskeledeki ekrandan ve kısa mesajla öğrenebileceğini söyledi.

Biletler iskeledeki gişeden ve belediyenin Kent Kart uygulamasından alınabilecek.
"""),

dict(id="h56-tr-002", lang="tr", tpl="hugo", section="Kültür", date="2026-11-04", byline="Deniz Ilgaz",
     title="Altmış yıllık çerez dükkânının kavurma kazanı artık kent müzesinde",
     sub="Hüsnü Demirkol'un 1964'ten beri leblebi kavurduğu bakır kazan, oğlunun çektiği fotoğraflarla birlikte sergileniyor.",
     caption="Hüsnü Demirkol, Kent Müzesi'ndeki kazanının başında.", credit="Fotoğraf: Deniz Ilgaz",
     carry=["gallery"],
     body="""
Çerez kokusu Tahtakale Sokağı'ndan eksilmedi ama artık başka bir yerden de geliyor. Hüsnü Demirkol'un 1964'ten beri leblebi, fındık ve kabak çekirdeği kavurduğu bakır kazan, Kent Müzesi'nin giriş salonuna yerleştirildi.

Seksen dört yaşındaki Demirkol, geçen yıl dükkânı kapattığında kazanı hurdacıya vermeye gönlü razı olmadı. Müze müdürü Selin Ağaoğlu dükkâna gelip kazanı görünce hemen teklif yaptı.

**Yirmi kilo leblebi, tek kazan**

Kazan tek seferde yirmi kilo leblebi alıyor. Demirkol, bayram öncesinde sabaha kadar kavurduğu, günde yüz kiloyu geçtiği zamanlar olduğunu anlatıyor.

"Müşteri sıraya girerdi, kapı kapanmazdı. Çocuklara bir avuç çekirdek verirdim, şimdi o çocuklar torunlarıyla geliyor," dedi.

**Fotoğraflar da sergide**

Kazanın yanında, Demirkol'un oğlu Tarık'ın 1970'lerden bu yana çektiği 46 siyah beyaz fotoğraf da sergileniyor. Karelerde sokağın esnafı, kalabalık bayram arifeleri ve 1987'deki büyük kar var.

Müze, kazanı ayda bir kez yeniden yakacak. İlk gösterimde kavurmayı Demirkol'un kendisi yapacak, ziyaretçilere sıcak leblebi ikram edilecek.

Sergi ocak sonuna kadar salıdan pazara 10.00 ile 18.00 arasında ücretsiz gezilebilir.
"""),

dict(id="h56-tr-003", lang="tr", tpl="portal", section="Sağlık", date="2026-03-03", byline="Burcu Akdoğan",
     title="Yeşilköy Mahallesi 18 yıl sonra aile sağlığı merkezine kavuştu",
     sub="Eski muhtarlık binasının yerine yapılan merkezde üç aile hekimi görev yapacak.",
     caption="Yeşilköy Aile Sağlığı Merkezi'nin açılış günü.", credit="Fotoğraf: Burcu Akdoğan",
     only=["correction"],
     correction="Düzeltme: Haberin ilk hâlinde merkezin açılış günü 3 Mart olarak geçiyordu; doğrusu 2 Mart pazartesi. Metni buna göre değiştirdik.",
     body="""
Yeşilköy Mahallesi'nde yaşayan yaklaşık 9 bin kişi, 18 yıldır beklediği aile sağlığı merkezine kavuştu. Eski muhtarlık binasının yerine yapılan iki katlı merkez, 2 Mart pazartesi sabahı hasta kabulüne başladı.

Merkezde üç aile hekimi, üç hemşire ve bir ebe çalışacak. Binada ayrıca aşı odası, küçük bir laboratuvar ve bebek bakım odası bulunuyor.

Mahalle sakinleri şimdiye kadar en yakın sağlık ocağına gitmek için iki otobüs değiştirmek zorundaydı. Yolculuk sabah saatlerinde bir saati buluyordu.

Mahallenin en yaşlı sakinlerinden 88 yaşındaki Hatice Gündoğdu, merkezin ilk hastası oldu. "Tansiyon ilacımı yazdırmak için yarım gün harcardım. Bugün on dakikada evime döndüm," dedi.

Muhtar Bülent Yazıcıoğlu, merkez için 2019'da 3.400 imza toplandığını hatırlattı. "Bu bina mahallenin kendi emeği," dedi.

İlçe sağlık müdürü Dr. Aylin Kocabeyoğlu, kayıt işlemlerinin e-Devlet üzerinden ya da merkezdeki danışma bankosundan yapılabileceğini söyledi.

Merkez hafta içi her gün 08.00 ile 17.00 arasında açık olacak. Randevu için 182 numaralı hat da kullanılabiliyor, ancak acil olmayan hastalar kayıt sırasına göre muayene ediliyor.
"""),

dict(id="h56-de-001", lang="de", tpl="xenforo", site="Talforum Obere Wiesach", kind="small",
     section="Neues von der Wiesach", date="2026-07-09", byline="Redaktion Talforum",
     title="Schulessen in Wiesach wird teurer: 4,60 Euro statt 3,80 Euro",
     sub="Der Gemeinderat hat den neuen Vertrag mit einer Großküche gebilligt. Die Gemeinde zahlt 50 Cent pro Essen dazu.",
     caption="Die Mensa der Grund- und Mittelschule Wiesach.", credit="Foto: Talforum Obere Wiesach",
     carry=["schoolmeals"], avoid=["continue"],
     look=[("italic", "Kinder aus Familien, die Bürgergeld")],
     body="""
Das Mittagessen an der Grund- und Mittelschule Wiesach kostet ab dem 1. September 4,60 Euro statt bisher 3,80 Euro. Das hat der Gemeinderat am Dienstagabend mit elf zu sechs Stimmen beschlossen.

Grund ist ein neuer Vertrag mit dem Caterer. Die bisherige Firma aus Mühlstetten hatte gekündigt, weil sich die Lieferung von 190 Essen am Tag für sie nicht mehr rechne. Der neue Anbieter, eine Großküche aus dem Nachbarlandkreis, verlangte zunächst 5,10 Euro.

**Gemeinde zahlt einen Teil**

Die Gemeinde übernimmt künftig 50 Cent pro Mahlzeit, zusammen rund 16.000 Euro im Jahr. Bürgermeisterin Ulrike Behringer sagte, mehr gebe der Haushalt nicht her. „Kein Kind soll mittags mit leerem Magen im Unterricht sitzen, aber zaubern können wir auch nicht.“

**Eltern sammeln Unterschriften**

Der Elternbeirat hatte vor der Sitzung 412 Unterschriften gegen die Erhöhung übergeben. Der Vorsitzende Markus Dengler rechnete vor, dass eine Familie mit zwei Kindern im Monat rund 30 Euro mehr zahlt.

Kinder aus Familien, die Bürgergeld, Wohngeld oder Kinderzuschlag bekommen, essen weiterhin kostenlos. Das Geld dafür kommt aus dem Bildungs- und Teilhabepaket.

Gemeinderat Thomas Wirsching schlug vor, die alte Schulküche im Keller wieder in Betrieb zu nehmen und selbst zu kochen. Die Verwaltung soll bis zum Herbst prüfen, was das kosten würde.

Wer Fragen zum neuen Preis oder zur Abrechnung hat, kann sich an Frau Kleinschrodt im Rathaus wenden, Zimmer 4, dienstags und donnerstags von 8 bis 12 Uhr.
"""),

dict(id="h56-de-002", lang="de", tpl="typo3", section="Menschen", date="2026-04-15", byline="Veronika Staudacher",
     title="„Bei uns kauft man ein Gespräch mit ein“",
     sub="Seit fünf Jahren führen Ehrenamtliche in Ebersried einen Dorfladen. Geschäftsführerin Renate Haslbeck über Brezen, Bilanzen und Stammkunden.",
     caption="Renate Haslbeck hinter der Theke des Dorfladens Ebersried.", credit="Foto: Veronika Staudacher",
     look=[("bold", "Frau Haslbeck, läuft der Laden?"), ("bold", "Wer steht bei Ihnen hinter der Theke?"),
           ("bold", "Was verkauft sich am besten?"), ("bold", "Und was bleibt liegen?"),
           ("bold", "Wie erfahren die Leute, was es Neues gibt?"), ("bold", "Was wünschen Sie sich für den Laden?")],
     body="""
Als 2021 der letzte Lebensmittelladen in Ebersried schloss, gründeten 160 Bürgerinnen und Bürger eine Genossenschaft und eröffneten im alten Raiffeisengebäude ihren eigenen Dorfladen. Renate Haslbeck, 61, führt ihn seit dem ersten Tag.

Frau Haslbeck, läuft der Laden?

Er trägt sich. Im vergangenen Jahr hatten wir 212.000 Euro Umsatz und am Ende 3.400 Euro übrig. Reich wird hier niemand, aber das war auch nie der Plan.

Wer steht bei Ihnen hinter der Theke?

Zwei Teilzeitkräfte und 38 Ehrenamtliche, die jüngste ist 16, der älteste 82. Jeder übernimmt im Monat zwei oder drei Schichten.

Was verkauft sich am besten?

Die Brezen vom Bäcker aus Lohmühle, die Eier vom Hof Gschwendtner und die Zeitung. Am Samstag sind die Semmeln um halb zehn weg.

Und was bleibt liegen?

Alles, was es im Supermarkt in der Stadt billiger gibt. Da können wir nicht mithalten, und das wissen die Leute.

Wie erfahren die Leute, was es Neues gibt?

Über unseren Newsletter, den 290 Haushalte bekommen, und über die Kreidetafel vor der Tür. Die Tafel lesen mehr Leute.

Was wünschen Sie sich für den Laden?

Mehr Junge. Die kommen, wenn sie etwas vergessen haben. Die Älteren kommen jeden Tag, auch wenn sie nichts brauchen, weil man hier ein Gespräch mit einkauft.

Der Dorfladen Ebersried hat Montag bis Samstag von 7 bis 12 Uhr geöffnet, dienstags und freitags zusätzlich von 15 bis 18 Uhr.
"""),

dict(id="h56-de-003", lang="de", tpl="cms", section="Lokales", date="2026-05-26", byline="Florian Brückl",
     title="Freibad Kreuzbach öffnet nach zwei Jahren Sanierung wieder",
     sub="Statt Fliesen gibt es jetzt ein Edelstahlbecken, die Eintrittspreise steigen.",
     caption="Das neue Edelstahlbecken im Freibad Kreuzbach kurz vor der Eröffnung.", credit="Foto: Florian Brückl",
     section_tag=True,
     body="""
Das Freibad in Kreuzbach öffnet am Samstag, 30. Mai, nach zwei Jahren Bauzeit wieder. Die Sanierung hat 6,8 Millionen Euro gekostet, 1,9 Millionen mehr als geplant.

## Edelstahl statt Fliesen

Das alte Becken von 1978 war undicht, am Tag gingen bis zu 90 Kubikmeter Wasser verloren. Jetzt gibt es ein Edelstahlbecken mit sechs 50-Meter-Bahnen, ein eigenes Nichtschwimmerbecken und eine neue Rutsche.

Auch die Technik ist neu. Eine Wärmepumpe und Solarmatten auf dem Dach der Umkleiden sollen das Wasser auf 24 Grad halten.

## Höhere Preise

Die Eintrittspreise steigen. Erwachsene zahlen 4,50 Euro statt 3,50 Euro, Kinder 2 Euro, die Saisonkarte kostet 75 Euro. Im Stadtrat war darüber lange gestritten worden.

Stadträtin Melanie Oswald sagte, das Bad dürfe kein Luxus werden. Der Kämmerer hielt dagegen, dass die Stadt jedes Jahr rund 400.000 Euro zuschieße.

## Förderverein hilft

Der Förderverein Freibad Kreuzbach hat 41.000 Euro für einen Spielplatz und Sonnensegel gesammelt. Der Vorsitzende Jürgen Kahlert sagte, viele Mitglieder hätten hier schwimmen gelernt. „Wir wollten nicht, dass unsere Enkel das im Hallenbad in der Kreisstadt lernen müssen.“

Zur Eröffnung spielt am Samstag ab 11 Uhr die Stadtkapelle, der Eintritt ist am ersten Tag frei.

Das Bad ist bis Mitte September täglich von 9 bis 20 Uhr geöffnet.
"""),

dict(id="h56-fr-001", lang="fr", tpl="drupal", site="Commune de Vérignac", kind="public", section="Enfance et écoles",
     date="2026-06-18", byline="Service communication",
     title="Cantine scolaire : le repas à 1 euro pour les familles modestes dès la rentrée",
     sub="Le conseil municipal a adopté une nouvelle grille tarifaire en quatre tranches, calculée selon le quotient familial.",
     caption="Le restaurant scolaire de l'école des Tilleuls.", credit="Photo : Commune de Vérignac",
     carry=["schoolmeals"],
     look=[("box", "Les repas continuent d'être préparés")],
     body="""
À partir de la rentrée de septembre, le repas à la cantine coûtera 1 euro pour les familles dont le quotient familial est inférieur à 700 euros. Le conseil municipal a adopté cette nouvelle grille à l'unanimité le 12 juin.

La commune bénéficie pour cela de l'aide de l'État aux communes rurales, qui verse 3 euros pour chaque repas facturé 1 euro ou moins.

Les nouveaux tarifs sont les suivants :

- quotient familial inférieur à 700 euros : 1 euro
- de 700 à 1 100 euros : 2,20 euros
- de 1 101 à 1 600 euros : 3,10 euros
- au-delà de 1 600 euros : 3,80 euros

Environ 140 des 390 élèves des écoles Jules-Ferry et des Tilleuls sont concernés par le tarif le plus bas.

Les repas continuent d'être préparés chaque matin dans la cuisine centrale de la rue du Stade, avec au moins 50 % de produits durables, dont un quart issus de l'agriculture biologique.

« Aucun enfant ne doit renoncer à la cantine pour des raisons d'argent », a rappelé le maire, Jean-Michel Larrazet. L'adjointe aux affaires scolaires, Sandrine Pouyade, indique que la fréquentation a augmenté de 15 % dans les communes voisines qui ont adopté le dispositif.

Pour bénéficier du nouveau tarif, les familles doivent mettre à jour leur quotient familial sur le portail famille avant le 31 août, ou se présenter au service scolaire de la mairie avec leur attestation de quotient.
"""),

dict(id="h56-fr-002", lang="fr", tpl="legacy-br", section="Économie", date="2026-10-08", byline="Thibault Espinasse",
     title="Les commerces du centre de Lauzières exonérés de CFE pendant cinq ans",
     sub="La communauté de communes renonce à 38 000 euros par an pour tenter de remplir les vitrines vides.",
     caption="La rue Gambetta, au cœur du centre-bourg de Lauzières.", credit="Photo : Thibault Espinasse",
     carry=["ratesrelief", "correction"],
     correction="Rectificatif : nous avions écrit que onze commerces avaient fermé depuis 2018. Ces fermetures datent en réalité de 2020 et après.",
     look=[("italic", "Les commerçants concernés n'ont aucune démarche")],
     body="""
Les commerçants du centre de Lauzières n'auront plus à payer la cotisation foncière des entreprises (CFE) pendant cinq ans. Le conseil communautaire a voté l'exonération mardi soir, à la demande de la commune.

La mesure concerne les commerces de moins de onze salariés installés dans le périmètre de revitalisation, soit environ 48 boutiques, cafés et ateliers, de la place de la Halle à la rue Gambetta.

Pour un petit commerce, la CFE représente en moyenne 600 à 900 euros par an. « C'est l'équivalent d'un mois de loyer », explique Nadège Fourcassié, qui tient la librairie-papeterie Le Carré d'encre depuis 2017.

La communauté de communes estime le manque à gagner à 38 000 euros par an. Son président, Gilles Amarante, l'assume : « Une vitrine vide nous coûte bien plus cher qu'un impôt qu'on ne perçoit pas. »

Depuis 2020, onze commerces ont fermé dans le centre. Trois ont ouvert l'an dernier : une épicerie en vrac, un atelier de réparation de vélos et un salon de thé.

L'association des commerçants, Lauzières Cœur de Ville, salue la décision mais réclame aussi une demi-heure de stationnement gratuit.

Les commerçants concernés n'ont aucune démarche à faire : l'exonération s'appliquera d'elle-même sur l'avis d'imposition de 2027.
"""),

dict(id="h56-fr-003", lang="fr", tpl="magazine", section="Rencontre", date="2026-04-02", byline="Coralie Vernhes",
     title="« Une écluse, ça ne se presse pas »",
     sub="Depuis 2004, Martine Lescure fait passer les bateaux à l'écluse de Port-Sainte-Anne. Entretien avant sa dernière saison.",
     caption="Martine Lescure à la manivelle de l'écluse n° 14.", credit="Photo : Coralie Vernhes",
     pull="Les gens arrivent pressés et repartent avec le temps de l'eau",
     look=[("dropcap", "L'écluse n° 14 du canal"), ("bold", "Combien de temps dure un éclusage ?"),
           ("bold", "Tout est encore manuel ?"), ("bold", "Vos meilleurs souvenirs ?"), ("bold", "Et les moins bons ?"),
           ("bold", "Qui vous remplace ?"), ("bold", "Et après ?")],
     body="""
L'écluse n° 14 du canal de la Vendrole, à Port-Sainte-Anne, a vu passer l'an dernier 2 870 bateaux, presque tous de plaisance. Martine Lescure, 63 ans, y actionne les vannes et les portes depuis 2004. Cette saison sera sa dernière.

Combien de temps dure un éclusage ?

Entre quinze et vingt minutes. On remplit ou on vide un sas de 38 mètres, il faut laisser l'eau faire son travail. Les gens arrivent pressés et repartent avec le temps de l'eau.

Tout est encore manuel ?

Les portes, oui, avec les manivelles. Les vannes sont motorisées depuis 2015. Avant, à la fin d'une journée d'août, je ne sentais plus mes épaules.

Vos meilleurs souvenirs ?

Un couple d'Allemands qui revient chaque été depuis 1998, sur le même bateau. Et un enfant qui m'a demandé un jour si je vidais le canal tous les soirs.

Et les moins bons ?

La crue de 2021. L'eau est montée jusqu'à la maison éclusière, on a passé trois nuits chez ma sœur.

Qui vous remplace ?

On cherche encore. Le poste est saisonnier, d'avril à octobre, et la maison est fournie. Avis aux amateurs.

Et après ?

Je reste au village. Je viendrai m'asseoir sur le banc et je regarderai quelqu'un d'autre tourner la manivelle.

L'écluse est ouverte aux bateaux de 9 h à 12 h 30 et de 13 h 30 à 19 h, tous les jours jusqu'au 31 octobre.
"""),

dict(id="h56-es-001", lang="es", tpl="quintype", section="Comercio", date="2026-02-17", byline="Lucía Arrieta",
     title="Los comercios de la calle Real pagarán la mitad del IBI mientras duren las obras",
     sub="El Ayuntamiento de Valdeolmos aplicará la rebaja a 64 tiendas y bares durante los nueve meses de la peatonalización.",
     caption="La calle Real de Valdeolmos, días antes del inicio de las obras.", credit="Foto: Lucía Arrieta",
     carry=["ratesrelief"],
     look=[("highlight", "Los comerciantes temen perder clientes.")],
     body="""
El Ayuntamiento de Valdeolmos aprobará una bonificación del 50 % en el impuesto de bienes inmuebles y en la tasa de basuras para los 64 comercios y bares de la calle Real mientras duren las obras de peatonalización, que empezarán en marzo y se alargarán al menos nueve meses.

La medida se votará en el pleno del próximo jueves y cuenta con el apoyo de los tres grupos municipales.

## Nueve meses de zanjas

Las obras levantarán el pavimento, renovarán las tuberías de 1962 y ensancharán las aceras. La calle se cerrará al tráfico por tramos de unos cien metros.

Los comerciantes temen perder clientes. Ana Belén Cárcamo, dueña de una zapatería desde hace 27 años, recuerda que cuando se arregló la plaza en 2009 vendió un 40 % menos durante las obras. «Nadie va a pasar entre vallas y polvo para comprarse unos zapatos», dice.

## Lo que piden los comerciantes

La Asociación de Comerciantes del Centro considera la rebaja «un buen primer paso», pero pide además ayudas directas de hasta 3.000 euros para los negocios que demuestren pérdidas.

La concejala de Hacienda, Itziar Lasarte, ha explicado que el Ayuntamiento estudiará esas ayudas cuando se conozca el impacto real. «No queremos que se baje ninguna persiana por una obra que hacemos para que la calle viva mejor», ha dicho.

Los negocios que quieran la bonificación tendrán que pedirla en el registro municipal o en la sede electrónica antes del 30 de abril.
"""),

dict(id="h56-es-002", lang="es", tpl="medium", site="Cuaderno de La Vega", kind="indie", section="Barrio",
     date="2026-01-21", byline="Marta Quintanilla",
     title="Las becas de comedor no llegan a todos los niños que las necesitan",
     sub="En el colegio Río Alberche, 112 alumnos comen con beca. La directora calcula que otros treinta deberían tenerla.",
     caption="La entrada del colegio público Río Alberche a la hora de comer.", credit="Foto: Marta Quintanilla",
     carry=["schoolmeals"],
     body="""
En el colegio público Río Alberche, en el barrio de La Vega, 112 de los 340 alumnos comen en el comedor con beca. Según la directora, María Jesús Ocaña, al menos otros treinta deberían tenerla y no la tienen.

Durante dos meses hemos hablado con familias, con el personal del colegio y con la trabajadora social del barrio para entender por qué.

Las razones que más se repiten son estas:

- la solicitud se hace solo por internet y muchas familias no tienen ordenador ni certificado digital
- el plazo se cierra en junio, y quien pierde el trabajo en octubre tiene que esperar un curso entero
- se calcula con la renta de hace dos años, no con la de ahora
- algunas familias ni siquiera saben que pueden pedirla

Rosa, madre de dos niñas, perdió su empleo en una lavandería en noviembre. Paga 4,90 euros por niña y día. «Son casi doscientos euros al mes. O comedor, o calefacción», cuenta.

El colegio ha reunido una caja con aportaciones de los profesores para pagar el comedor de seis alumnos hasta final de curso. Nadie en el claustro quiere decir cuánto pone cada uno.

La Consejería de Educación asegura que este año ha subido un 8 % el presupuesto para becas y que estudia abrir un segundo plazo en otoño.

Si tu familia está en esta situación y quieres contarnos tu caso, puedes contactar con nosotros en cuaderno@lavega.example.
"""),

dict(id="h56-es-003", lang="es", tpl="ucoz", site="Asociación Cultural Los Tres Caños de Villarcayo de Arriba", kind="small",
     section="Qué pasa en Villarcayo", date="2026-03-10", byline="junta_trescanos",
     title="La fuente de los Tres Caños vuelve a manar después de diez años",
     sub="Los socios han limpiado la mina del manantial y el camino del Molino hasta el puente.",
     caption="La fuente de los Tres Caños, con agua otra vez.", credit="Foto: Asociación Los Tres Caños",
     carry=["map"],
     body="""
La fuente de los Tres Caños, en el camino del Molino, vuelve a echar agua después de casi diez años seca. La recuperación ha sido cosa de los socios de la asociación, que han trabajado todos los sábados de enero y febrero.

El problema estaba en la mina que trae el agua desde el manantial: unos cuarenta metros de galería de piedra se habían llenado de raíces y barro. Entre doce socios y dos vecinos del pueblo de al lado sacaron más de seis toneladas de tierra, casi todo a capazos.

**Un camino para pasear**

Además de la fuente, se ha limpiado el camino del Molino desde las eras hasta el puente, unos dos kilómetros y medio. Se han puesto tres bancos de madera y un panel con la historia del molino, que dejó de moler en 1958.

El Ayuntamiento ha pagado los materiales, 1.840 euros, y la Diputación ha prometido señalizar el camino este verano.

Gracias a Fermín y a su tractor, sin los que esto habría costado el doble, y a las socias que nos subieron el almuerzo cada sábado.

El agua todavía no está analizada, así que de momento no se puede beber. Los críos ya han descubierto que lo mejor es mojarse, así que avisad en casa.

La inauguración será el domingo 22 de marzo a las doce, con vermú en la fuente.
"""),

dict(id="h56-ru-001", lang="ru", tpl="gutenberg", section="Общество", date="2026-04-14", byline="Алексей Бережной",
     title="Понтонный мост через Вельгу разведут на лето, паром будет ходить реже",
     sub="Перевозчику выделили на 18 % меньше денег: вместо 14 рейсов в день будет 10, ночной рейс отменён.",
     caption="Паром у причала в Красном Яре.", credit="Фото: Алексей Бережной",
     carry=["crossings"],
     look=[("dropcap", "С 20 апреля понтонный мост"), ("box", "Жители собрали 430 подписей")],
     body="""
С 20 апреля понтонный мост через Вельгу у села Красный Яр разведут до конца навигации, а жителей Заречья и дачников будет перевозить паром. Так происходит каждую весну, но в этом году паром будет ходить реже, чем раньше.

## Почему реже

В районной администрации объяснили, что перевозчик, выигравший конкурс, получил на сезон на 18 % меньше денег, чем в прошлом году. Паром будет делать 10 рейсов в день вместо 14, а ночной рейс в 23:30 отменён.

Для Заречья это серьёзно. В трёх деревнях на левом берегу зимой живут около 600 человек, летом втрое больше. Школа, больница и почти все магазины находятся на правом берегу.

## Что говорят в Заречье

Фельдшер заречного ФАПа Ольга Сыромятникова возит пациентов на процедуры в районную больницу. «Если не успели на паром в шесть вечера, ночуем у родственников в городе. Скорая ночью едет к нам через Сосновку, это 70 километров», — рассказала она.

Жители собрали 430 подписей под просьбой вернуть вечерний рейс хотя бы по пятницам и воскресеньям.

В администрации обещали рассмотреть обращение до конца мая.

## Сколько стоит переправа

Для пешеходов переправа останется бесплатной. Перевозка легкового автомобиля подорожала со 150 до 200 рублей.

Первый рейс от Красного Яра отправляется в 6:00, последний из Заречья — в 20:00.
"""),

dict(id="h56-ru-002", lang="ru", tpl="wordpress", section="Люди", date="2026-09-22", byline="Ирина Студёнова",
     title="«Печь — это не мебель, а характер»",
     sub="Геннадий Пахомов кладёт печи сорок четыре года. Мы поговорили с мастером о глине, очередях и учениках.",
     caption="Геннадий Пахомов в своей мастерской в Сосновке.", credit="Фото: Ирина Студёнова",
     look=[("dropcap", "Геннадию Пахомову 67 лет"), ("bold", "Геннадий Петрович, с чего вы начинали?"),
           ("bold", "Кто сейчас заказывает печи?"), ("bold", "Сколько стоит печь?"), ("bold", "Самая сложная работа?"),
           ("bold", "Учеников берёте?"), ("bold", "Что бы вы сказали тем, кто хочет печь?")],
     body="""
Геннадию Пахомову 67 лет, из них сорок четыре он кладёт печи. На его счету около 600 печей, каминов и плит в районе и соседних областях. Мы поговорили с мастером в его мастерской в Сосновке.

Геннадий Петрович, с чего вы начинали?

С глины. Мой дед был печником, и в девять лет я месил ему раствор ногами в корыте. Первую печь сам сложил в семнадцать, у соседки. Она до сих пор топится.

Кто сейчас заказывает печи?

Раньше заказывала деревня, теперь город. Люди покупают дома в сёлах и хотят живой огонь. В прошлом году у меня было 23 заказа, и очередь до осени.

Сколько стоит печь?

Русская печь с лежанкой — от 280 тысяч рублей с материалом. Простая отопительная — около 120 тысяч. Дешевле не бывает, если делать честно.

Самая сложная работа?

Изразцовая печь в старом купеческом доме в Белозёрске. Изразцы собирали по всему дому, половину пришлось лепить заново. Работали четыре месяца.

Учеников берёте?

Беру. Сейчас двое, один из них — мой внук. Но учить долго: печник получается лет через пять, не раньше.

Что бы вы сказали тем, кто хочет печь?

Не экономьте на трубе и не зовите первого встречного. Печь — это не мебель, а характер. С ней живут.

Записаться к мастеру можно по телефону +7 900 000-41-27, лучше вечером.
"""),

dict(id="h56-ru-003", lang="ru", tpl="storybody", section="Город", date="2026-05-06", byline="Степан Калиновский",
     title="У группы «Потеряшки Заречного» подписчиков больше, чем жителей в городе",
     sub="За шесть лет волонтёры помогли вернуть хозяевам 1 280 собак и кошек.",
     caption="Евгения Мартынюк с одним из найденных псов.", credit="Фото: Степан Калиновский",
     low=0,
     body="""
Подписчиков у группы «Потеряшки Заречного» во «ВКонтакте» 14 тысяч — больше, чем жителей в самом городе. За шесть лет администраторы группы помогли вернуть хозяевам 1 280 собак и кошек, а ещё бесчисленное количество ключей, кошельков и варежек.

Группу в 2020 году создала учительница биологии Евгения Мартынюк, когда у неё пропал кот. «Кота нашли через два дня в подвале соседнего дома. А группа осталась», — рассказывает она.

Сейчас у неё пять помощников. Они проверяют объявления, отсеивают мошенников, обзванивают ветклиники и приюты. Работают бесплатно, по вечерам.

Самая долгая история закончилась в марте: пёс по кличке Шарик вернулся к хозяйке через 11 месяцев. Его узнали по фотографии в группе жители деревни в 40 километрах от города.

Бывают и курьёзы. В январе в группе искали хозяина козы, которая пришла на автобусную остановку на улице Ленина и простояла там полдня. Хозяин нашёлся через час после публикации.

Евгения признаётся, что иногда хочет всё бросить. «Но потом кто-то пишет: спасибо, он дома. И я снова открываю ноутбук», — говорит она.

Группа принимает объявления круглосуточно, а тех, кто нашёл животное, просит сразу прислать фото и адрес.
"""),
]
