# Turkish, German, French, Spanish and Russian stories for the fortieth held-out part (h40-*).
# Fictional; written for newsflow in each language (not translated). Markup and fields as in articles_h40_en.py.
ARTICLES = [
dict(id="h40-tr-001", lang="tr", tpl="regional", section="Gündem", date="2026-02-04", byline="Kemal Yazıcıoğlu",
     title="Yoğun kar nedeniyle 14 ilçede okullar bir gün tatil",
     sub="Valilik kararı sabah saat 06.00'da açıkladı; 186 köy yolu ulaşıma kapalı.",
     caption="Yaylaköy yolunda çalışan kar küreme aracı.", credit="Fotoğraf: Kemal Yazıcıoğlu",
     carry=["schools"],
     body="""
Gece boyunca etkili olan yoğun kar yağışı nedeniyle ilimizin 14 ilçesinde okullarda eğitime bugün bir gün ara verildi. Karar, Valilik tarafından sabah saat 06.00'da duyuruldu.

Valilikten yapılan açıklamada, kar kalınlığının yüksek kesimlerde 40 santimetreye ulaştığı ve 186 köy yolunun ulaşıma kapandığı belirtildi. Merkez ilçede ise okullar açık.

Tatil kararı okul öncesi, ilkokul, ortaokul ve lise öğrencilerini kapsıyor. Özel okullar ile rehberlik ve araştırma merkezleri de karar kapsamında yer alıyor.

## Servisler yarı yoldan döndü

Kararın geç açıklandığını söyleyen bazı veliler, çocuklarını servise bindirdikten sonra haberi aldıklarını anlattı. Servis şoförü Yusuf Karakaya, "Yarı yoldan geri döndük. Yollar zaten buz tutmuştu," dedi.

İl Milli Eğitim Müdürü Cengiz Ateşoğlu ise hava durumu raporları beklendiği için kararın sabaha kaldığını söyledi. "Çocuklarımızın güvenliği her şeyden önce gelir," dedi.

## Köy yolları açılıyor

İl Özel İdaresi'ne ait 94 iş makinesi gece boyunca çalıştı. Kapalı köy yollarının akşam saatlerine kadar açılması hedefleniyor. Hasta ve yaşlıların bulunduğu köylere öncelik verildiği bildirildi.

Meteoroloji, kar yağışının yarın öğle saatlerine kadar aralıklarla süreceğini açıkladı. Sürücülerin zorunlu olmadıkça yola çıkmaması, çıkanların ise zincir bulundurması istendi.

Valilik, yarın için yeni bir karar alınıp alınmayacağını bu akşam saat 20.00'ye kadar duyuracak.
"""),

dict(id="h40-tr-002", lang="tr", tpl="chunks", section="Gündem", date="2026-05-12", byline="Sevgi Bayraktar",
     title="Karaçamlı'da 4,7 büyüklüğünde deprem: can kaybı yok",
     sub="Sarsıntı çevre ilçelerde de hissedildi; üç köyde ahır ve samanlıklarda çatlaklar oluştu.",
     caption="Depremin ardından geceyi parkta geçiren aileler.", credit="Fotoğraf: Sevgi Bayraktar",
     carry=["quakes"],
     look=[("bold", "Uzmanlar, artçı sarsıntıların")],
     body="""
Karaçamlı ilçesinde dün gece saat 02.17'de 4,7 büyüklüğünde deprem meydana geldi. Deprem, çevre ilçelerde ve komşu illerde de hissedildi.

Afet ve Acil Durum Müdürlüğünden yapılan açıklamaya göre depremin derinliği 9,3 kilometre olarak ölçüldü. Ana depremin ardından sabaha kadar büyüklükleri 1,8 ile 3,2 arasında değişen 26 artçı sarsıntı kaydedildi.

Sarsıntıyla uyanan vatandaşlar sokaklara çıktı. Bazı aileler geceyi araçlarında ve parklarda geçirdi. Çarşı Mahallesi'nde oturan Fadime Kocabaş, "Dolaplar sallandı, tabaklar yere düştü. Çocukları kapıp dışarı koştuk," dedi.

Kaymakamlık, ekiplerin sabahın erken saatlerinden itibaren köylerde hasar tespiti yaptığını açıkladı. İlk belirlemelere göre üç köyde 11 ahır ve samanlıkta duvar çatlakları oluştu. Can kaybı ya da yaralanma yok.

İlçedeki okullarda eğitim bugün normal şekilde sürüyor. Okul binaları, derslerden önce teknik ekipler tarafından tek tek kontrol edildi.

Uzmanlar, artçı sarsıntıların birkaç gün sürebileceğini hatırlatarak şu önerilerde bulundu:

- Hasar gören binalara kontrol yapılmadan girmeyin
- Dolap ve rafları duvara sabitleyin
- Deprem çantanızı hazır tutun
- Asansör yerine merdiveni kullanın

Kaymakamlık, binasında hasar olduğunu düşünen vatandaşların muhtarlıklar aracılığıyla başvurabileceğini bildirdi.
"""),

dict(id="h40-tr-003", lang="tr", tpl="semantic", section="Şehir", date="2026-09-22", byline="Oğuzhan Tekin",
     title="Otobüs nerede? Belediyenin yeni uygulaması anlık gösteriyor",
     sub="Duraktayım adlı uygulama, 38 hatta çalışan 120 otobüsün yerini harita üzerinde gösteriyor.",
     caption="Cumhuriyet Meydanı durağındaki elektronik ekran.", credit="Fotoğraf: Oğuzhan Tekin",
     low=0,
     body="""
Uygulamayı indirin, durağınızı seçin, otobüsün kaç dakika sonra geleceğini görün. Belediyenin ulaşım uygulaması Duraktayım, pazartesi günü kullanıma açıldı.

Uygulama, şehir içinde 38 hatta çalışan 120 otobüsün yerini harita üzerinde anlık olarak gösteriyor. Kullanıcılar sık kullandıkları durakları kaydedebiliyor, otobüs yaklaştığında telefonlarına bildirim alabiliyor.

Belediye Ulaşım Daire Başkanı Selim Oraloğlu, uygulamanın özellikle kış aylarında durakta beklemeyi azaltacağını söyledi. "Vatandaşımız soğukta yirmi dakika beklemek yerine evden çıkış saatini ayarlayabilecek," dedi.

Uygulama ücretsiz ve reklam içermiyor. Kart bakiyesi sorgulama ve kart yükleme işlemleri de uygulama üzerinden yapılabiliyor.

İlk gün uygulamayı 6 binden fazla kişi indirdi. Bazı kullanıcılar, birkaç hatta otobüslerin haritada görünmediğini sosyal medyada paylaştı. Belediye, sorunun 12 eski otobüsteki cihazlardan kaynaklandığını ve cihazların bu hafta değiştirileceğini açıkladı.

Akıllı telefonu olmayanlar için büyük duraklara yerleştirilen 40 elektronik ekran da aynı bilgileri gösteriyor.

Üniversite öğrencisi Berkay Ilgaz, uygulamayı ilk gün denediğini söyledi. "Kampüs otobüsünü hep kaçırıyordum. Artık evden çıkmadan önce bakıyorum, iki dakika kala durakta oluyorum," dedi. Emekli öğretmen Saadet Kılınç ise büyük puntolu bir seçenek eklenmesini istedi.

Öneri ve şikâyetler için belediyenin 153 numaralı hattı aranabilir.
"""),

dict(id="h40-de-001", lang="de", tpl="typo3", section="Landkreis", date="2026-06-03", byline="Friederike Almendinger",
     title="Hochwasser an der Almbach: 23 Schulen bleiben bis Freitag zu",
     sub="Das Schulamt hat am Dienstagabend entschieden. Für Kinder berufstätiger Eltern gibt es eine Notbetreuung.",
     caption="Die überflutete Zufahrt zur Grundschule Unterau am Dienstag.", credit="Foto: Friederike Almendinger",
     carry=["schools"],
     look=[("italic", "„Wir wissen, dass das")],
     body="""
Wegen des Hochwassers an der Almbach bleiben im Landkreis 23 Schulen bis einschließlich Freitag geschlossen. Das hat das Schulamt am Dienstagabend nach einer Sitzung des Krisenstabs entschieden.

Betroffen sind vor allem Grund- und Mittelschulen in den Orten entlang des Flusses. In sechs Schulen steht Wasser in den Kellern, in der Grundschule Unterau auch im Erdgeschoss. Andere Schulen sind nicht erreichbar, weil die Zufahrtsstraßen gesperrt sind.

Für Kinder, deren Eltern arbeiten müssen, gibt es eine Notbetreuung. Sie findet in den Turnhallen in Oberlaubach und Grafenried statt, jeweils von 7.30 bis 16 Uhr. Eltern sollen ihre Kinder bis Mittwochmittag bei der Schule anmelden.

„Wir wissen, dass das für viele Familien schwierig ist. Aber wir schicken keine Kinder über Straßen, auf denen das Wasser steht“, sagte Schulamtsleiterin Dagmar Pfisterer.

Der Pegel in Unterau lag am Dienstagabend bei 3,84 Metern, normal sind 1,20 Meter. Der Hochwassernachrichtendienst rechnet damit, dass der Scheitel in der Nacht zum Mittwoch erreicht wird.

Die Abschlussprüfungen an den Realschulen, die für Donnerstag angesetzt waren, werden auf die kommende Woche verschoben. Die neuen Termine teilen die Schulen ihren Schülerinnen und Schülern direkt mit.

Ob der Unterricht am Montag wieder beginnt, will der Krisenstab am Freitagvormittag entscheiden.
"""),

dict(id="h40-de-002", lang="de", tpl="portal", section="Gesundheit", date="2026-11-26", byline="Matthias Weyrauch",
     title="„Niemand wird bei uns vergessen“",
     sub="Seit Oktober leitet Dr. Aylin Korkmaz die Notaufnahme des Kreisklinikums Hohenbrunn. Ein Gespräch über Wartezeiten und eine lange Nacht.",
     caption="Dr. Aylin Korkmaz im Schockraum der Zentralen Notaufnahme.", credit="Foto: Matthias Weyrauch",
     carry=["waits"],
     look=[("bold", "Frau Korkmaz, wie lange"), ("bold", "Wohin sollen die gehen?"), ("bold", "Was war Ihre schwerste Nacht?"),
           ("bold", "Was wünschen Sie sich?")],
     body="""
Dr. Aylin Korkmaz, 44, leitet seit Oktober die Zentrale Notaufnahme des Kreisklinikums Hohenbrunn. Rund 38.000 Patientinnen und Patienten werden dort pro Jahr behandelt, so viele wie nie zuvor.

Frau Korkmaz, wie lange muss man bei Ihnen warten?

Das hängt nicht davon ab, wann man kommt, sondern wie krank man ist. Bei der Ankunft schätzt eine Pflegekraft innerhalb weniger Minuten ein, wie dringend die Behandlung ist. Wer einen Herzinfarkt hat, kommt sofort dran. Wer mit einem verstauchten Knöchel kommt, wartet manchmal vier Stunden.

**Das ärgert viele.**

Natürlich, das verstehe ich. Aber wir sind keine Arztpraxis mit Terminen. Wir sehen jeden Tag Menschen, die seit einer Woche Halsschmerzen haben und am Sonntagabend zu uns kommen.

Wohin sollen die gehen?

Zum ärztlichen Bereitschaftsdienst, der abends und am Wochenende direkt neben unserer Notaufnahme sitzt. Dort ist man meist schneller dran, und wir können uns um die echten Notfälle kümmern.

Was war Ihre schwerste Nacht?

Die Nacht zum ersten Advent, mit Glatteis. Wir hatten innerhalb von vier Stunden 23 Stürze, darunter elf Knochenbrüche. Da haben alle bis zum Morgen durchgearbeitet, auch die Kollegen, die eigentlich frei hatten.

Was wünschen Sie sich?

Mehr Pflegekräfte, ganz klar. Und ein bisschen Geduld im Wartezimmer. Niemand wird bei uns vergessen, auch wenn es sich manchmal so anfühlt.
"""),

dict(id="h40-de-003", lang="de", tpl="hugo", section="Laubach", date="2026-09-09", byline="Heike Brandhuber",
     title="Der Laubacher Wochenmarkt zieht auf den Kirchplatz und wächst",
     sub="Ab Oktober kommen fünf neue Stände dazu. Ein Überblick über das Angebot.",
     caption="Der frisch sanierte Kirchplatz in Laubach.", credit="Foto: Heike Brandhuber",
     carry=["calendar"],
     body="""
Der Laubacher Wochenmarkt bekommt einen neuen Platz: Ab dem 3. Oktober findet er nicht mehr auf dem Parkplatz hinter dem Rathaus statt, sondern auf dem frisch sanierten Kirchplatz.

Der Stadtrat hat den Umzug am Montag einstimmig beschlossen. Der Kirchplatz ist größer, hat Bäume und Bänke, und die Händler bekommen erstmals Stromanschlüsse im Boden.

Mit dem Umzug wächst der Markt von 14 auf 19 Stände. Neu dabei sind:

- eine Käserei aus dem Allgäu mit Berg- und Weichkäse
- ein Fischwagen vom Bodensee, jeden zweiten Samstag
- ein Stand mit Brot aus dem Holzofen
- eine Gärtnerei mit Kräutern und Jungpflanzen
- ein Kaffeewagen mit Sitzplätzen

Marktmeister Rudolf Kessler hofft auf mehr junge Familien. „Auf dem Parkplatz wollte niemand stehen bleiben. Auf dem Kirchplatz trinkt man einen Kaffee und unterhält sich“, sagt er.

Die Standgebühr bleibt gleich: 2,50 Euro pro laufendem Meter. Parken können Marktbesucher kostenlos in der Tiefgarage am Schulzentrum.

## Markttage

Der Markt findet weiterhin jeden Mittwoch von 7 bis 12 Uhr und jeden Samstag von 7 bis 13 Uhr statt.

Wer wissen will, welcher Stand wann da ist, kann den Newsletter des Marktvereins abonnieren. Er erscheint jeden Dienstag per E-Mail.
"""),

dict(id="h40-fr-001", lang="fr", tpl="quintype", section="Santé", date="2026-06-24", byline="Clémence Aubertin",
     title="Faute de médecins, les urgences de Montclar fermeront la nuit cet été",
     sub="Du 1er juillet au 31 août, le service n'accueillera plus de patients entre 20 heures et 8 heures.",
     caption="L'entrée des urgences du centre hospitalier de Montclar.", credit="Photo : Clémence Aubertin",
     carry=["waits"],
     look=[("highlight", "Les urgences du centre hospitalier")],
     body="""
Les urgences du centre hospitalier de Montclar fermeront toutes les nuits du 1er juillet au 31 août, de 20 heures à 8 heures. L'agence régionale de santé a validé mardi cette décision, prise faute de médecins pour assurer les gardes.

Le service, qui accueille en moyenne 62 patients par jour, ne compte plus que quatre urgentistes titulaires sur les neuf postes prévus. Les médecins intérimaires sollicités par l'hôpital ne couvrent qu'une partie des nuits.

« Nous avons tout essayé. Je préfère une fermeture annoncée à une fermeture au dernier moment, à trois heures du matin », explique le directeur, Bertrand Lafforgue.

La nuit, les patients devront appeler le 15 avant de se déplacer. Le médecin régulateur décidera de l'envoi d'une ambulance, d'une orientation vers les urgences de Vallerande, à 45 minutes de route, ou d'un simple conseil par téléphone.

Le maire, Jacques Estival, dénonce « une médecine à deux vitesses ». Un rassemblement est prévu samedi à 11 heures devant l'hôpital.

L'inquiétude porte surtout sur les personnes âgées et sur les touristes, nombreux l'été au bord du lac. La population du canton passe de 18 000 à près de 40 000 habitants au mois d'août.

La direction assure que le service rouvrira à plein temps en septembre, avec l'arrivée de deux nouveaux médecins.
"""),

dict(id="h40-fr-002", lang="fr", tpl="medium", site="Les Cahiers de la Rance-Haute", kind="indie", section="Portraits",
     date="2026-04-15", byline="Mathilde Carrère",
     title="Jean-Pierre Soulié, cordonnier : « Une semelle, ça se recoud »",
     sub="À 67 ans, le dernier cordonnier de Saint-Aubin-d'Olt cherche quelqu'un pour reprendre son échoppe.",
     caption="Jean-Pierre Soulié dans son échoppe de la rue de la Halle.", credit="Photo : Mathilde Carrère",
     look=[("bold", "Combien de paires"), ("bold", "Qu'est-ce qui a changé ?"), ("bold", "Et les prix ?"),
           ("bold", "Vous avez trouvé un successeur ?")],
     body="""
Depuis 1979, Jean-Pierre Soulié répare les chaussures du bourg dans une échoppe de neuf mètres carrés, rue de la Halle. Il a 67 ans, et il cherche quelqu'un pour reprendre.

Combien de paires passent par ici ?

Une quarantaine par semaine. Moins qu'avant, mais plus qu'il y a dix ans. Les gens reviennent à la réparation, surtout les jeunes. Ils achètent de belles chaussures d'occasion et me les apportent.

Qu'est-ce qui a changé ?

La colle. Aujourd'hui, beaucoup de semelles sont collées, pas cousues. Quand elles lâchent, on dit aux clients que ce n'est pas réparable. C'est faux. Une semelle, ça se recoud, il faut juste du temps.

Et les prix ?

Un talon, 18 euros. Un ressemelage complet, entre 60 et 90 euros. C'est le prix d'une paire neuve d'entrée de gamme, je sais. Mais la paire neuve, elle, ne durera pas dix ans.

Vous avez trouvé un successeur ?

Pas encore. J'ai passé une annonce à la chambre de métiers, et deux personnes sont venues voir. Il faut deux ans pour apprendre correctement, et je suis prêt à les donner.

L'échoppe est ouverte du mardi au samedi, de 9 heures à midi et de 14 heures à 18 heures.
"""),

dict(id="h40-fr-003", lang="fr", tpl="magazine", section="Montagne", date="2026-03-03", byline="Loïc Barrère",
     title="Un séisme de magnitude 4,2 secoue la vallée du Lisset",
     sub="La secousse, ressentie jusque dans la plaine, n'a fait aucun blessé. Quelques fissures ont été signalées.",
     caption="Le village d'Arbéost-du-Lisset, dimanche après-midi.", credit="Photo : Loïc Barrère",
     pull="Les anciens ont construit pour durer",
     carry=["quakes"],
     look=[("dropcap", "Il était 6 h 42")],
     body="""
Il était 6 h 42, dimanche, quand la terre a tremblé dans la vallée du Lisset. Un séisme de magnitude 4,2 a secoué les villages de montagne et a été ressenti jusque dans la plaine, à une cinquantaine de kilomètres.

Selon le réseau national de surveillance sismique, l'épicentre se situait à quatre kilomètres au sud d'Arbéost-du-Lisset, à une profondeur de neuf kilomètres. Trois répliques, plus faibles, ont été enregistrées dans la matinée.

« Le lit a bougé, les vitres ont vibré pendant plusieurs secondes. J'ai cru qu'un camion passait dans la rue, mais il n'y a pas de camion le dimanche à six heures », raconte Marinette Cazaux, 74 ans.

Les pompiers ont reçu une centaine d'appels, surtout de personnes inquiètes. Aucun blessé n'est à déplorer. Quelques fissures ont été signalées dans des maisons anciennes, ainsi qu'une chute de pierres sur la route départementale, dégagée en milieu de journée.

Le maire d'Arbéost, Henri Lacrampe, a fait vérifier l'école et l'église par les services techniques. « Tout est solide. Les anciens ont construit pour durer », assure-t-il.

Les Pyrénées sont la zone la plus sismique de la France métropolitaine. Des séismes de cette magnitude y surviennent plusieurs fois par an, le plus souvent sans dégâts.

Les sismologues invitent les habitants à raconter ce qu'ils ont ressenti sur le site du bureau central sismologique. Ces témoignages servent à dresser une carte de l'intensité de la secousse, commune par commune.
"""),

dict(id="h40-es-001", lang="es", tpl="fusion", section="Salud", date="2026-01-08", byline="Rocío Albarracín",
     title="La gripe desborda las urgencias del hospital comarcal de Almenara",
     sub="El martes se atendió a 412 pacientes, la cifra más alta de su historia. Algunos esperaron más de diez horas.",
     caption="Camillas en un pasillo de urgencias del hospital comarcal.", credit="Foto: Rocío Albarracín",
     carry=["waits"],
     look=[("factbox", "Cuándo ir a urgencias")],
     body="""
Las urgencias del hospital comarcal de Almenara atendieron el martes a 412 pacientes, la cifra más alta de su historia. Algunos esperaron más de diez horas para ser ingresados.

El pico de gripe, que según la Consejería de Sanidad llegará a su punto más alto la próxima semana, ha llenado también las plantas. El hospital ha habilitado 18 camas en el gimnasio de rehabilitación y ha suspendido las operaciones que no son urgentes.

**Pacientes en los pasillos**

En la sala de espera, Fermina Orduña llevaba siete horas con su madre, de 91 años. "Nos han tratado muy bien, pero no hay sitio. Hay camillas en todos los pasillos", contaba.

La jefa del servicio, la doctora Inmaculada Reverte, pidió a la población que acuda primero a su centro de salud si los síntomas son leves. "La mayoría de las gripes se curan en casa, con reposo y líquidos", recordó.

## Cuándo ir a urgencias

- Si cuesta respirar o hay dolor en el pecho
- Si la fiebre alta dura más de tres días
- En bebés, si no comen o están muy decaídos
- En personas mayores, si aparece confusión

Los sindicatos denuncian que la plantilla de urgencias tiene seis plazas de médico sin cubrir desde el verano. La Consejería asegura que se incorporarán cuatro facultativos en febrero.
"""),

dict(id="h40-es-002", lang="es", tpl="cms", section="Local", date="2026-10-16", byline="Javier Gorostiaga",
     title="El mercado de abastos de Calzadilla reabre con 22 puestos",
     sub="La reforma ha durado catorce meses y ha costado 1,9 millones de euros.",
     caption="La pescadería de Manoli Escribano, el primer día tras la reapertura.", credit="Foto: Javier Gorostiaga",
     low=0,
     body="""
Tras catorce meses de obras, el mercado de abastos de Calzadilla volvió a abrir sus puertas este jueves con 22 puestos, cinco más que antes del cierre.

La reforma, que ha costado 1,9 millones de euros, ha renovado la cubierta, el suelo y las cámaras frigoríficas, y ha añadido un ascensor y una zona de mesas en la planta alta.

A las nueve de la mañana ya había cola en la pescadería de Manoli Escribano, que lleva 38 años en el mercado. "Las clientas me paraban por la calle para preguntarme cuándo volvíamos. Hoy han venido todas", decía.

Entre los puestos nuevos hay:

- una quesería con productos de la sierra
- una verdulería ecológica de una cooperativa de Valdecuenca
- una barra de tapas que abrirá también por la tarde
- una tienda de especias y legumbres a granel

El concejal de Comercio, Álvaro Quintanilla, confía en que la zona de mesas atraiga a gente joven. "Queremos que la gente venga al mercado a comprar y también a quedarse", explicó.

El alquiler de los puestos se ha congelado durante dos años para ayudar a los comerciantes que pasaron la obra en un local provisional.

El mercado abre de lunes a sábado de 8.00 a 14.30, y los viernes también de 17.30 a 20.30.
"""),

dict(id="h40-es-003", lang="es", tpl="sanity", section="Cultura", date="2026-07-22", byline="Nerea Vilches",
     title="Los vecinos de Castejón de Ribas compran entre todos su último cine",
     sub="Más de 300 socios han reunido 85.000 euros para que el Cine Moderno no se convierta en pisos.",
     caption="La fachada del Cine Moderno, abierto en 1952.", credit="Foto: Nerea Vilches",
     look=[("dropcap", "El Cine Moderno de Castejón")],
     body="""
El Cine Moderno de Castejón de Ribas no cerrará. Más de 300 vecinos han reunido 85.000 euros para comprar el edificio, que sus propietarios habían puesto a la venta en primavera.

La sala, abierta en 1952, es el único cine en cuarenta kilómetros a la redonda. Tiene 280 butacas, un proyector digital comprado en 2015 y una fila de asientos de madera que nadie ha querido cambiar.

**Una cooperativa de espectadores**

Los vecinos han creado una cooperativa. Cada socio ha puesto un mínimo de 100 euros y tiene un voto, haya aportado lo que haya aportado. La mayor aportación, de 6.000 euros, es de una vecina que prefiere no dar su nombre.

"Aquí vimos nuestra primera película y aquí nos dimos el primer beso. No podíamos dejar que lo convirtieran en pisos", explica la presidenta de la cooperativa, Begoña Lasheras.

**Películas todo el año**

La cooperativa quiere abrir cuatro días a la semana, con estrenos los fines de semana y un ciclo de cine clásico los jueves. Los socios tendrán un descuento de dos euros en la entrada.

El antiguo propietario, Miguel Ángel Sastre, de 79 años, seguirá como proyeccionista mientras quiera. "Yo les enseño y ellos se quedan con el cine. Es el mejor trato que he hecho nunca", dice.

La primera sesión de la nueva etapa será el 5 de septiembre, con una película elegida por votación entre los socios.
"""),

dict(id="h40-ru-001", lang="ru", tpl="statamic", site="Слобода", kind="magazine", section="Люди и дворы", date="2026-08-12",
     byline="Алёна Шестакова",
     title="Сад вместо парковки: как жители Кирпичной улицы договорились о своём дворе",
     sub="Три года назад здесь был разбитый асфальт. Теперь — яблони, смородина и длинный стол для чая.",
     caption="Двор дома № 14 на Кирпичной улице в августе.", credit="Фото: Алёна Шестакова",
     inset=("Валентина Миронова у грядки со смородиной.", "Фото: Алёна Шестакова"),
     pull="Самым трудным было не копать, а договориться",
     look=[("dropcap", "Ещё три года назад")],
     body="""
Ещё три года назад двор дома № 14 по Кирпичной улице был обычной парковкой с разбитым асфальтом и двумя ржавыми качелями. Сейчас здесь растут яблони, смородина и сорок сортов тюльпанов, а по вечерам соседи пьют чай за длинным деревянным столом.

Всё началось с Валентины Мироновой, пенсионерки с третьего этажа. Весной 2023 года она посадила под окном несколько кустов смородины и повесила на дверь подъезда объявление: кто хочет помочь, приходите в субботу.

Пришли семь человек. Через месяц — двадцать.

## Как договорились

Сад занимает половину двора, на второй половине по-прежнему паркуются машины. Чтобы договориться об этом, жители провели три общих собрания и проголосовали через приложение управляющей компании.

«Самым трудным было не копать, а договориться, — вспоминает Миронова. — Автомобилисты боялись, что у них отнимут места. Мы пообещали, что не тронем ни одного».

Деньги на саженцы, землю и стол собрали сами, около 60 тысяч рублей. Ещё 150 тысяч выделил город по программе поддержки местных инициатив — на дорожки и освещение.

## Кто поливает

Летом за сад отвечает график дежурств: каждая квартира поливает грядки одну неделю. Подростки из соседнего дома сделали для сада скворечники и табличку с названием.

Теперь во двор приходят и из других домов — посмотреть, как всё устроено. Миронова никому не отказывает: «Приходите, покажу. И черенки дам».
"""),

dict(id="h40-ru-002", lang="ru", tpl="storybody", section="Происшествия", date="2026-09-14", byline="Дмитрий Ласточкин",
     title="Землетрясение магнитудой 5,1 разбудило жителей Усть-Кедровска",
     sub="Толчки длились около десяти секунд. Серьёзных разрушений нет, в школе № 2 проверяют спортзал.",
     caption="Трещина в стене спортзала школы № 2.", credit="Фото: Дмитрий Ласточкин",
     carry=["quakes"],
     body="""
В ночь на понедельник жители Усть-Кедровска и окрестных сёл проснулись от подземных толчков. По данным сейсмологов, магнитуда землетрясения составила 5,1, эпицентр находился под дном озера в 38 километрах от города.

Толчки продолжались около десяти секунд. В домах качались люстры, звенела посуда, в нескольких квартирах с полок упали книги и цветочные горшки.

«Проснулась оттого, что кровать поехала. Схватила внука и выбежала в подъезд», — рассказала жительница пятиэтажки на улице Мира Зинаида Коржова.

**Разрушений нет**

По данным районной администрации, серьёзных повреждений зданий нет. В двух старых деревянных домах треснула штукатурка, в школе № 2 обнаружили трещину в стене спортзала. Уроки физкультуры перенесли в актовый зал до окончания проверки.

Специалисты обследовали котельные, водозабор и мост через реку Кедровку. Все объекты работают в обычном режиме.

**Что говорят сейсмологи**

Землетрясения такой силы в этом районе случаются раз в несколько лет. Последнее ощутимое, магнитудой 5,4, было в 2019 году.

Сейсмологи предупреждают, что в ближайшие дни возможны повторные толчки меньшей силы. Жителям советуют закрепить тяжёлую мебель и не поддаваться панике.

Если в доме появились трещины, нужно сообщить об этом в единую дежурно-диспетчерскую службу района по телефону 112.
"""),

dict(id="h40-ru-003", lang="ru", tpl="legacy-br", section="Посёлок", date="2026-05-27", byline="Евгения Бобылёва",
     title="В Лесной Поляне заработал пункт приёма вторсырья",
     sub="Макулатуру, пластик и банки принимают за деньги, стекло — бесплатно.",
     caption="Пресс для картона в пункте приёма на улице Строителей.", credit="Фото: Евгения Бобылёва",
     section_tag=True, choose={"section": 0},
     body="""
В посёлке Лесная Поляна открылся первый пункт приёма вторсырья. Он работает на территории бывшей котельной на улице Строителей.

Пункт открыл местный предприниматель Роман Гусельников. Он вложил около 2 миллионов рублей: купил пресс для картона, весы и подержанный грузовик.

Сейчас здесь принимают:

- картон и бумагу — по 5 рублей за килограмм
- пластиковые бутылки — по 12 рублей за килограмм
- алюминиевые банки — по 60 рублей за килограмм
- стекло — бесплатно

«Раньше всё это ехало на полигон. Теперь хотя бы часть пойдёт в переработку», — говорит Гусельников.

Первыми клиентами стали школьники. В первый же день класс из школы № 1 сдал 140 килограммов макулатуры, собранной за весну, и получил 700 рублей на выпускной.

Администрация поселения пообещала поставить во дворах сетчатые контейнеры для пластика, если пункт проработает хотя бы полгода. Пока жителей просят привозить вторсырьё самостоятельно, бутылки — сплющенными.

Пункт работает со вторника по субботу с 10:00 до 18:00. Вопросы можно задать по телефону 8 (900) 000-52-19.
"""),
]
