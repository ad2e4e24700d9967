# Turkish, German, French, Spanish and Russian stories for the sixty-fifth held-out part (h65-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h65_en.py.
ARTICLES = [
dict(id="h65-tr-001", lang="tr", tpl="drupal", section="Kent", date="2026-05-21", byline="Elif Karataş",
     title="Mahalle şenlikleri için izin başvurusu artık internetten yapılacak",
     sub="Gülbahçe Belediyesi, sokak şenliği ve yol kapatma izinleri için muhtarlıkta dilekçe dönemini kapatıyor.",
     caption="Geçen yaz Çınaraltı Sokağı'ndaki mahalle şenliği.", credit="Fotoğraf: Elif Karataş",
     carry=["eventpermits"],
     look=[("box", "Başvuruların en az 20 gün önceden")],
     body="""
Gülbahçe Belediyesi, mahalle şenlikleri, sokak iftarları ve açık hava konserleri için gereken izin başvurularını haziran ayından itibaren internet üzerinden almaya başlayacak.

Şimdiye kadar şenlik düzenlemek isteyen sakinler önce muhtarlığa dilekçe veriyor, ardından belediyenin zabıta ve fen işleri birimlerinden ayrı ayrı onay almak zorunda kalıyordu. Bu süreç bazen bir ayı buluyordu.

Belediye Başkan Yardımcısı Tuncay Erdem, geçen yıl 112 başvurudan 19'unun izin zamanında çıkmadığı için iptal edildiğini söyledi. "Komşular bir araya gelmek istiyor, biz de önlerine kâğıt engeli koyuyorduk," dedi.

## Neler değişiyor?

Yeni sistemde başvuru tek bir formla yapılacak. Form belediyenin üç birimine aynı anda gidecek ve başvuru sahibine her aşamada kısa mesaj gönderilecek.

Başvuruların en az 20 gün önceden yapılması gerekiyor. Yolun trafiğe kapatılacağı şenliklerde bu süre 30 gün.

Başvuru formunda şunlar istenecek:

- şenliğin yapılacağı sokak ve saatler
- sorumlu kişinin adı ve telefonu
- ses sistemi kullanılıp kullanılmayacağı
- çöplerin nasıl toplanacağı

Çınaraltı Sokağı'nda on yıldır her temmuzda şenlik düzenleyen Nermin Aslan, yeniliği sevinçle karşıladı. "Her yıl üç kez belediyeye gidip gelirdim. Bu yıl fotoğraflarımızı paylaşmaya daha çok vaktim kalacak," dedi.

Belediye, internet kullanmayan sakinlerin muhtarlıklardan yardım alabileceğini de duyurdu.
"""),

dict(id="h65-tr-002", lang="tr", tpl="ghost", section="İnsanlar", date="2026-02-18", byline="Kerem Yalçınkaya",
     title="Kunduracı Cemal Usta: \"Ayakkabıyı atmayın, bana getirin\"",
     sub="Hamamönü'nün son kunduracısı, 61 yıldır aynı tezgâhta çalışıyor.",
     caption="Cemal Sarıkaya, Hamamönü'ndeki dükkânında.", credit="Fotoğraf: Kerem Yalçınkaya",
     low=0,
     look=[("callout", "Cemal Usta'nın dükkânı")],
     body="""
Cemal Sarıkaya, dokuz yaşında girdiği kunduracı dükkânından bir daha çıkmadı. 70 yaşındaki usta, Hamamönü'ndeki iki metrekarelik tezgâhında hâlâ günde otuz çift ayakkabıyı elden geçiriyor. Kendisiyle konuştuk.

**Mesleğe nasıl başladınız?**

Babam erken öldü, annem beni komşumuz Rıza Usta'nın yanına verdi. İlk yıl sadece çivi topladım. Rıza Usta "Çivinin kıymetini bilmeyen deriye dokunamaz" derdi.

**Eskiden iş daha mı çoktu?**

Çok daha çoktu. Bayram öncesi sabaha kadar çalışırdık. İnsanlar ayakkabılarını yıllarca giyerdi. Şimdi bozulunca atıp yenisini alıyorlar.

**Bugün dükkâna kimler uğruyor?**

Son yıllarda gençler gelmeye başladı, inanır mısınız? Pahalı spor ayakkabısının tabanı açılan üniversite öğrencileri. Bir de gelinlik ayakkabısını annesinden kalan kızlar.

**Çırağınız var mı?**

Yok. Kimse bu işi öğrenmek istemiyor. Ellerin boyanıyor, sırtın ağrıyor, kazanç az. Gelen gençlere birkaç gün kalıp bakmalarını söylüyorum, ikinci gün gelmiyorlar. Belki bir gün biri kalır, kapım açık.

**Ne zaman bırakacaksınız?**

Ellerim tuttuğu sürece bırakmam. Ayakkabıyı atmayın, bana getirin, diyorum herkese.

Cemal Usta'nın dükkânı pazar hariç her gün sabah sekizden akşam yediye kadar açık.
"""),

dict(id="h65-tr-003", lang="tr", tpl="chunks", section="Ulaşım", date="2026-06-02", byline="Burak Tezcan",
     title="Sarıada'ya yeni iskele: Yaz tarifesinde feribot seferleri ikiye katlanıyor",
     sub="Yeni iskele sayesinde iki feribot aynı anda yanaşabilecek; adalılar kışın da sefer sayısının artmasını istiyor.",
     caption="Sarıada'nın yeni iskelesi açılış günü.", credit="Fotoğraf: Burak Tezcan",
     carry=["ferryboard"],
     body="""
Sarıada'da 14 ay süren inşaatın ardından yeni feribot iskelesi hizmete açıldı. İskele sayesinde yaz tarifesinde günlük sefer sayısı 8'den 16'ya çıkacak.

Eski iskele 1980'lerde yapılmıştı ve aynı anda yalnızca bir feribot yanaşabiliyordu. Yaz aylarında araç kuyruğu Kıyıköy limanında iki kilometreyi buluyordu.

Yeni iskeleye iki feribot aynı anda yanaşabiliyor. Bekleme alanında 120 araçlık yer, yolcular için kapalı bir salon ve engelli rampası bulunuyor.

## Adalılar kış seferlerini soruyor

Adada yaşayan 1.900 kişi, yeni iskelenin yalnızca turistlere yaramamasını istiyor. Kış aylarında günde yalnızca dört sefer yapılıyor ve hava bozduğunda bunlar da iptal ediliyor.

Ada muhtarı Hacer Doğan, "Yazın feribot dolup taşıyor, kışın hastaneye yetişmek için sabah altıda iskelede bekliyoruz. Yeni iskele kışın da işe yarasın," dedi.

Feribot işletmesinin müdürü Levent Acar ise kış tarifesinin eylülde yeniden değerlendirileceğini söyledi.

## Biletler değişmiyor

Yaz tarifesi 15 Haziran'da başlayacak. Bilet ücretlerinde değişiklik yok: yolcu bileti 60 lira, otomobil 420 lira. Adada ikamet edenler indirimli kartlarını kullanmaya devam edecek.

İlk seferler her gün sabah 07.00'de Kıyıköy'den, 07.45'te Sarıada'dan kalkacak.
"""),

dict(id="h65-de-001", lang="de", tpl="ucoz", site="Dorfverein Kleinwalsdorf", kind="small", section="Aus dem Dorf",
     date="2026-04-27", byline="Vorstand",
     title="Der alte Dorfbrunnen sprudelt wieder",
     sub="In 300 Arbeitsstunden haben Mitglieder des Dorfvereins den Brunnen am Lindenplatz wieder hergerichtet.",
     caption="Der restaurierte Brunnen am Lindenplatz.", credit="Foto: Dorfverein Kleinwalsdorf",
     carry=["calendar"],
     body="""
Nach fast zwanzig Jahren fließt am Lindenplatz wieder Wasser. Der alte Dorfbrunnen, der seit 2007 trocken und mit Brettern abgedeckt war, ist wieder hergerichtet.

Der Brunnen stammt aus dem Jahr 1889. Bis zum Bau der Wasserleitung holten die Kleinwalsdorfer hier ihr Trinkwasser. Später verfiel er, die Pumpe wurde gestohlen, und die Gemeinde ließ ihn aus Sicherheitsgründen abdecken.

Im vergangenen Herbst hat der Dorfverein beschlossen, sich um den Brunnen zu kümmern. Die Gemeinde gab ihre Zustimmung und 2.000 Euro dazu.

Wer hat mitgeholfen?

- Steinmetz Herbert Kühn hat die gesprungenen Sandsteinplatten ersetzt
- die Jugendfeuerwehr hat den Schacht ausgepumpt und gereinigt
- Familie Mertens hat eine alte Schwengelpumpe vom Dachboden gestiftet
- die Landfrauen haben an jedem Arbeitssamstag für Kuchen und Kaffee gesorgt

Insgesamt kamen über 300 Arbeitsstunden zusammen. Das Wasser ist kein Trinkwasser, eignet sich aber zum Gießen der Blumenkübel am Platz.

„Meine Großmutter hat hier noch Wasser geholt“, sagt Vereinsvorsitzende Ingrid Hahnemann. „Jetzt stehen die Kinder an der Pumpe und spritzen sich nass.“

Eingeweiht wird der Brunnen beim Maifest am 1. Mai um 11 Uhr. Fotos von den Arbeiten hängen ab Sonntag im Schaukasten am Dorfgemeinschaftshaus.
"""),

dict(id="h65-de-002", lang="de", tpl="storybody", section="Wohnen", date="2026-02-11", byline="Jana Wittkowski",
     title="Neuer Mietspiegel: Kaltmieten in Talheim um acht Prozent gestiegen",
     sub="Vor allem kleine Wohnungen sind teurer geworden. Der Mieterverein rät, Erhöhungen genau zu prüfen.",
     caption="Mehrfamilienhäuser in der Talheimer Weststadt.", credit="Foto: Jana Wittkowski",
     carry=["renttracker"],
     body="""
Wer in Talheim eine Wohnung mietet, zahlt im Schnitt acht Prozent mehr als vor zwei Jahren. Das geht aus dem neuen Mietspiegel hervor, den der Gemeinderat am Dienstag beschlossen hat.

Die durchschnittliche Kaltmiete liegt jetzt bei 9,40 Euro je Quadratmeter. 2024 waren es 8,70 Euro. Für den Mietspiegel wurden im Herbst knapp 2.300 Haushalte befragt.

## Kleine Wohnungen besonders teuer

Am stärksten gestiegen sind die Mieten für Wohnungen unter 45 Quadratmetern. Hier liegt der Durchschnitt bei 11,20 Euro je Quadratmeter, ein Plus von zwölf Prozent.

Gesucht sind solche Wohnungen vor allem von Studierenden der Hochschule und von älteren Menschen, die allein leben. „Die Nachfrage ist riesig, das Angebot kaum gewachsen“, sagt Stadtplanerin Marion Essig.

## Was der Mietspiegel bedeutet

Der Mietspiegel ist die Grundlage für Mieterhöhungen. Vermieter dürfen die Miete bis zur ortsüblichen Vergleichsmiete anheben, aber höchstens um 15 Prozent in drei Jahren.

Der Mieterverein Talheim rechnet deshalb mit vielen Erhöhungsschreiben in den nächsten Wochen. Geschäftsführer Rüdiger Braun rät Mietern:

- das Schreiben nicht sofort zu unterschreiben
- die eigene Wohnung im Mietspiegel nachzuschlagen
- auf Baujahr, Lage und Ausstattung zu achten

„Wir sehen immer wieder, dass Vermieter die Wohnung in eine zu gute Lage einordnen“, sagt Braun.

Der Mietspiegel liegt im Bürgerbüro aus und gilt ab dem 1. März. Der Mieterverein berät Mitglieder dienstags und donnerstags in seiner Geschäftsstelle in der Bahnhofstraße.
"""),

dict(id="h65-de-003", lang="de", tpl="medium", site="Notizen aus dem Fischerviertel", kind="indie",
     section="Menschen", date="2026-11-03", byline="Henrike Lassen",
     title="„Ein Buch ist nie kaputt“: Besuch bei der letzten Buchbinderin im Viertel",
     sub="Seit 41 Jahren bindet Ulla Petersen Bücher in ihrer Werkstatt in der Netzmachergasse.",
     caption="Ulla Petersen an ihrer Heftlade.", credit="Foto: Henrike Lassen",
     look=[("bold", "Wie sind Sie Buchbinderin geworden?"), ("bold", "Wer bringt Ihnen heute Bücher?"),
           ("bold", "Das Schönste, was Sie gebunden haben?"), ("bold", "Und wie lange noch?"),
           ("italic", "„Ein Buch ist nie kaputt. Es wartet nur.“")],
     body="""
Die Werkstatt von Ulla Petersen riecht nach Leim und altem Papier. Seit 1985 bindet sie in der Netzmachergasse Bücher, repariert Bibeln und Kochbücher und fertigt Gästebücher für Hochzeiten. Ich habe sie an einem Dienstagvormittag besucht.

Wie sind Sie Buchbinderin geworden?

Eigentlich wollte ich Lehrerin werden. Dann habe ich in den Semesterferien bei einem Buchbinder in Flensburg ausgeholfen und bin nie wieder zurück an die Uni.

Wer bringt Ihnen heute Bücher?

Viel mehr Menschen, als man denkt. Enkel, die das Kochbuch der Großmutter retten wollen. Studierende mit ihrer Abschlussarbeit. Letzte Woche kam ein Fischer mit dem Logbuch seines Vaters, das im Hafenwasser gelegen hatte.

Das Schönste, was Sie gebunden haben?

Ein Fotoalbum für eine Frau, die aus der Ukraine geflohen war. Sie hatte nur lose Bilder in einer Plastiktüte mitgebracht. Wir haben sie zusammen eingeklebt.

Und wie lange noch?

Solange meine Hände mitmachen. Ich suche aber jemanden, der die Werkstatt übernehmen will.

„Ein Buch ist nie kaputt. Es wartet nur.“

Das sagt sie zum Abschied und drückt mir ein kleines Notizbuch in die Hand, gebunden aus Resten.

Die Werkstatt ist dienstags bis freitags von 10 bis 17 Uhr geöffnet.
"""),

dict(id="h65-fr-001", lang="fr", tpl="kentico", site="Ville de Port-Marest", kind="public",
     section="Vie locale", date="2026-05-06", byline="Direction de la communication",
     title="Fête des quais : les demandes pour les repas de rue sont ouvertes",
     sub="Pour la deuxième édition, la Ville prend en charge la fermeture des rues et prête tables, bancs et barrières aux habitants.",
     caption="Un repas de rue rue des Cordiers, lors de la première Fête des quais.", credit="Photo : Ville de Port-Marest",
     carry=["eventpermits"],
     look=[("highlight", "Les habitants qui souhaitent organiser"), ("br", "Les demandes déposées après")],
     body="""
Les habitants qui souhaitent organiser un repas de rue pendant la Fête des quais, les 20 et 21 juin, peuvent déposer leur demande jusqu'au 29 mai. La Ville se charge des arrêtés de fermeture et prête gratuitement le matériel.

L'an dernier, pour la première édition, 23 rues et places avaient accueilli un repas entre voisins. Plus de 2 500 personnes y avaient participé selon les organisateurs.

## Ce que la Ville prête

Chaque rue peut emprunter jusqu'à dix tables, vingt bancs et les barrières nécessaires à la fermeture. Le matériel est livré le samedi matin et repris le dimanche soir par les agents des services techniques.

| Date | Lieu | Animation
| Samedi 20 juin | Quai de la Criée | Marché des producteurs et bal
| Samedi 20 juin | Rues du quartier Saint-Nicolas | Repas de rue
| Dimanche 21 juin | Bassin à flot | Joutes nautiques et concert

## Les conditions

Une demande doit être signée par trois habitants de la rue au moins. La rue doit rester accessible aux véhicules de secours, et la musique amplifiée s'arrête à minuit.

Les demandes déposées après la date limite ne pourront pas être traitées à temps.

Joëlle Kervella, qui avait organisé le repas de la rue des Cordiers l'an dernier, recommence. « On ne se connaissait pas, ou à peine. Depuis, on s'échange les clés pendant les vacances », raconte-t-elle.

Le formulaire est disponible en ligne et à l'accueil de l'hôtel de ville, du lundi au vendredi de 8 h 30 à 17 h.
"""),

dict(id="h65-fr-002", lang="fr", tpl="typo3", section="Culture", date="2026-09-15", byline="Corentin Abgrall",
     title="La médiathèque de Lanvern ouvrira le dimanche à partir d'octobre",
     sub="Un essai de six mois, financé en partie par l'État, pour attirer les familles et les actifs qui travaillent en semaine.",
     caption="La salle jeunesse de la médiathèque de Lanvern.", credit="Photo : Corentin Abgrall",
     carry=["calendar"],
     body="""
À partir du 4 octobre, la médiathèque de Lanvern ouvrira ses portes le dimanche, de 14 h à 18 h. C'est une première dans le département pour une commune de cette taille.

L'essai durera six mois. Il coûtera environ 38 000 euros, dont la moitié sera prise en charge par l'État dans le cadre d'un plan national pour élargir les horaires des bibliothèques.

**Des familles qui ne pouvaient pas venir**

Selon une enquête menée au printemps auprès de 600 habitants, près d'un tiers disent ne jamais venir à la médiathèque parce qu'elle est fermée quand ils sont libres.

« Beaucoup de parents travaillent à l'usine ou dans les commerces le samedi. Le dimanche après-midi, c'est le seul moment où ils peuvent venir avec les enfants », explique la directrice, Gwenola Le Bihan.

**Ce qui sera proposé**

Le dimanche, l'équipe mettra l'accent sur les jeux de société, les lectures pour les petits et les ateliers numériques. L'espace presse sera lui aussi ouvert.

Trois agents travailleront chaque dimanche, tous volontaires. Ils récupéreront leurs heures en semaine.

**Un bilan au printemps**

Le conseil municipal décidera en avril de poursuivre ou non l'expérience, en fonction de la fréquentation.

La première après-midi sera consacrée à un grand tournoi de jeux de société, ouvert à tous à partir de 6 ans.
"""),

dict(id="h65-fr-003", lang="fr", tpl="gutenberg", section="Environnement", date="2026-04-22", byline="Maëlle Guérin",
     title="Les jardins familiaux de la Noue s'agrandissent de vingt parcelles",
     sub="La liste d'attente comptait plus de soixante noms. Les nouvelles parcelles seront attribuées en mai.",
     caption="Les jardins familiaux de la Noue au printemps.", credit="Photo : Maëlle Guérin",
     look=[("dropcap", "Les jardins familiaux de la Noue"), ("box", "Chaque parcelle nouvelle mesure")],
     body="""
Les jardins familiaux de la Noue, à Saint-Brévin-des-Prés, vont passer de 48 à 68 parcelles. La commune a acheté l'an dernier le pré voisin, une ancienne pâture inondable de 4 000 mètres carrés.

L'association qui gère les jardins depuis 1979 n'arrivait plus à répondre à la demande. Sa liste d'attente comptait 63 foyers au début de l'année, certains inscrits depuis quatre ans.

« Avant, c'étaient surtout des retraités. Aujourd'hui on a des jeunes couples, des familles qui vivent en appartement, des étudiants », constate le président, Bernard Tessier.

Chaque parcelle nouvelle mesure 100 mètres carrés et disposera d'un abri de jardin, d'un récupérateur d'eau de pluie et d'un composteur. La location coûte 45 euros par an.

Les travaux, d'un montant de 62 000 euros, ont été financés par la commune et le département. Les agents municipaux ont posé les clôtures et creusé un réseau de fossés pour que le terrain ne soit plus noyé l'hiver.

Trois parcelles surélevées seront réservées à des jardiniers en fauteuil roulant ou qui ont du mal à se baisser.

Farida Messaoudi, inscrite sur la liste depuis 2023, attend la réponse avec impatience. « J'ai déjà les graines de tomates sur le rebord de la fenêtre », dit-elle en riant.

Les photos des anciennes parcelles, prises par les jardiniers depuis les années 1980, seront exposées à la mairie tout le mois de mai.
"""),

dict(id="h65-es-001", lang="es", tpl="sanity", section="Deportes", date="2026-07-21", byline="Iker Larrañaga",
     title="El club de remo de Arrieta vuelve a competir en la regata de la bahía 30 años después",
     sub="La trainera, restaurada por los socios en un taller del puerto, quedó séptima entre doce embarcaciones.",
     caption="La trainera del club, en la salida de la regata.", credit="Foto: Iker Larrañaga",
     carry=["scores"],
     look=[("dropcap", "Treinta años después de su última regata")],
     body="""
Treinta años después de su última regata, la trainera del Club de Remo Arrieta volvió el domingo a la bahía. Terminó séptima entre doce embarcaciones, pero en el muelle la recibieron como si hubiera ganado.

El club dejó de competir en 1996, cuando se quedó sin remeros suficientes y sin dinero para reparar el barco. La trainera pasó casi tres décadas en un almacén del puerto, cubierta con una lona.

Hace dos años, un grupo de antiguos remeros decidió sacarla. Durante veinte meses, los sábados por la mañana, lijaron, calafatearon y pintaron el casco en un taller que les prestó la cofradía de pescadores.

«Algunos ya no podemos remar, pero sí lijar», dice entre risas Xabier Etxeberria, de 71 años, que remó en la última regata de 1996.

La tripulación actual la forman trece remeros de entre 19 y 52 años, entre ellos cuatro mujeres. Entrenan cinco días a la semana al amanecer, antes de ir a trabajar.

El patrón, Unai Goikoetxea, reconoció que el objetivo era terminar la prueba. «Hemos hecho un tiempo mejor de lo que esperábamos. El año que viene vamos a por el quinto puesto», afirmó.

El ayuntamiento ha prometido una subvención para comprar remos nuevos. El club busca ahora socios y voluntarios para seguir creciendo.

Quien quiera probar puede acercarse al pantalán del club cualquier sábado a las diez de la mañana.
"""),

dict(id="h65-es-002", lang="es", tpl="wordpress", section="Ciudad", date="2026-03-26", byline="Celia Montoro",
     title="Las fiestas de barrio tendrán que pedir permiso con un mes de antelación",
     sub="El Ayuntamiento de Valdeolmos unifica en un solo trámite los permisos para verbenas, mercadillos y cortes de calle.",
     caption="La verbena de San Roque en la plaza de la Fuente, el verano pasado.", credit="Foto: Celia Montoro",
     carry=["eventpermits"],
     body="""
Las asociaciones vecinales que quieran celebrar verbenas, mercadillos solidarios o comidas en la calle en Valdeolmos tendrán que pedir el permiso al menos con un mes de antelación.

El pleno aprobó el jueves una nueva ordenanza que junta en un solo trámite todo lo que antes se pedía por separado: el corte de la calle, la ocupación de la vía pública, el permiso de música y el punto de luz.

La concejala de Participación, Rocío Andújar, explicó que hasta ahora una asociación podía tener que presentar hasta cinco escritos en tres oficinas distintas. «Había fiestas que se suspendían porque faltaba un papel de la policía local el viernes por la tarde», dijo.

## Qué hay que presentar

Con la nueva ordenanza, la solicitud deberá incluir:

- la calle o plaza y el horario previsto
- el nombre de una persona responsable
- un plan sencillo de limpieza
- el seguro de responsabilidad civil, salvo en fiestas de menos de 300 personas

El ayuntamiento se compromete a contestar en un plazo máximo de quince días.

## Críticas de los vecinos

No todos están contentos. La Asociación Vecinal del Barrio Alto cree que un mes es demasiado para actividades pequeñas. «Si un sábado hace bueno y queremos sacar unas mesas a la plaza, ¿también hay que esperar un mes?», se preguntaba su presidente, Anselmo Ruiz.

El ayuntamiento aclara que las reuniones sin música ni corte de tráfico no necesitan permiso.

La ordenanza entrará en vigor el 1 de mayo, a tiempo para las fiestas de San Isidro.
"""),

dict(id="h65-es-003", lang="es", tpl="table", section="Vivienda", date="2026-10-06", byline="Marta Olivenza",
     title="El alquiler medio en Almenara de Mar sube un 14 % en un año",
     sub="Un piso de dos habitaciones ya cuesta de media 890 euros al mes. Los jóvenes y las familias con un solo sueldo son los más afectados.",
     caption="Carteles de «se alquila» en la avenida del Puerto.", credit="Foto: Marta Olivenza",
     carry=["renttracker"],
     body="""
Alquilar una vivienda en Almenara de Mar cuesta hoy un 14 % más que hace un año, según el informe que presentó el martes el Observatorio Comarcal de la Vivienda.

El precio medio de un piso de dos habitaciones es de 890 euros al mes. Hace tres años rondaba los 640.

El informe señala dos causas: el aumento de los pisos turísticos, que ya son uno de cada cinco en el casco antiguo, y la escasa construcción de vivienda nueva desde 2010.

**Una familia, un sueldo**

Rosa Beltrán trabaja como auxiliar en una residencia y vive con sus dos hijos. Su casero le ha comunicado que a partir de enero pagará 780 euros en lugar de 650.

«Mi sueldo no sube un 20 %. Estoy mirando pisos en los pueblos de alrededor, pero allí tampoco hay», cuenta.

**Jóvenes que no se van de casa**

Según el observatorio, siete de cada diez jóvenes de entre 25 y 34 años de la comarca siguen viviendo con sus padres.

La alcaldesa, Inmaculada Serrano, anunció que el ayuntamiento pedirá que Almenara sea declarada zona de mercado tensionado, lo que permitiría limitar las subidas. También prometió 120 viviendas de alquiler asequible en los terrenos de la antigua fábrica de conservas.

La oposición lo considera insuficiente y pide una moratoria de nuevas licencias de pisos turísticos.

La Oficina Municipal de Vivienda atiende sin cita los lunes y miércoles por la mañana en el edificio del antiguo mercado.
"""),

dict(id="h65-ru-001", lang="ru", tpl="hugo", section="Транспорт", date="2026-04-30", byline="Дмитрий Савельев",
     title="Паром через Вельму снова ходит после ледохода",
     sub="Жители правобережных сёл две недели добирались до райцентра в обход, через мост в сорока километрах.",
     caption="Паром у причала в Устье-Вельском.", credit="Фото: Дмитрий Савельев",
     carry=["ferryboard"],
     body="""
В Устье-Вельском возобновилась паромная переправа через Вельму. Первый рейс после ледохода паром сделал в понедельник в шесть утра.

Переправа не работала с середины апреля: сначала лёд стал слишком тонким, потом по реке пошли льдины. Всё это время жителям пяти сёл на правом берегу приходилось ездить в райцентр через мост у Красного Бора, а это лишние сорок километров.

## Две недели в объезд

Фельдшер Нина Кузьмина живёт в селе Заречье, а работает в районной больнице. «Две недели вставала в четыре утра. Хорошо, что соседи подвозили», рассказывает она.

Школьников с правого берега на время ледохода перевели на дистанционное обучение.

## Расписание на лето

С 1 мая паром ходит каждый час с шести утра до десяти вечера. В выходные добавляются два вечерних рейса. Стоимость переправы не изменилась: 50 рублей для пассажира и 300 рублей для легковой машины. Школьники и пенсионеры района переправляются бесплатно.

Капитан парома Виктор Ложкин работает на переправе 23 года. По его словам, в этом году вода поднялась выше обычного, и причал пришлось немного надставить.

## Мост пока только в планах

Жители правобережья много лет просят построить мост. В областной программе он значится, но работы не начнутся раньше 2029 года.

Глава района Сергей Голубев пообещал, что до тех пор переправа будет работать без перерывов, кроме ледостава и ледохода.
"""),

dict(id="h65-ru-002", lang="ru", tpl="semantic", section="Культура", date="2026-12-08", byline="Алёна Воронцова",
     title="В Сосновке библиотека стала выдавать не только книги",
     sub="Теперь в сельской библиотеке можно взять напрокат лыжи, швейную машинку и даже телескоп.",
     caption="Библиотекарь Людмила Гусева показывает телескоп.", credit="Фото: Алёна Воронцова",
     section_tag=True,
     look=[("italic", "«Лучше пусть работает, чем пылится»")],
     body="""
Сельская библиотека в Сосновке начала выдавать читателям вещи. Кроме книг и журналов, теперь можно взять лыжи, швейную машинку, дрель и даже телескоп.

Идея пришла библиотекарю Людмиле Гусевой прошлой зимой. Соседка пожаловалась, что ради одного похода в лес пришлось купить внуку лыжи, которые он надел два раза.

«Я подумала: у каждого дома лежит что-то нужное, чем пользуются раз в год», говорит Людмила Петровна.

**Что можно взять**

Почти всё принесли сами жители. Сейчас в библиотеке:

- восемь пар лыж и три пары коньков
- две швейные машинки
- дрель, шуруповёрт и садовый опрыскиватель
- настольные игры и телескоп, подаренный выпускником школы

Вещи выдают на неделю, как книги, по читательскому билету. Залога нет.

«Лучше пусть работает, чем пылится»

Так объясняет свой подарок пенсионер Анатолий Мухин, который отдал в библиотеку швейную машинку покойной жены.

**Велосипеды и палатки к маю**

Весной библиотека хочет добавить велосипеды и палатки. Для этого нужен сарай во дворе, и сельсовет обещал помочь с материалами.

Записаться в библиотеку может любой житель Сосновки. Кто хочет подписаться на новые журналы, может сделать это там же до конца декабря.
"""),

dict(id="h65-ru-003", lang="ru", tpl="amp", section="Жильё", date="2026-09-01", byline="Игорь Мельников",
     title="Студенты ищут жильё: аренда однушки в Нижнеборске подорожала на 20 %",
     sub="К началу учебного года средняя цена однокомнатной квартиры превысила 24 тысячи рублей в месяц.",
     caption="Объявления о сдаче квартир у общежития политехнического колледжа.", credit="Фото: Игорь Мельников",
     carry=["renttracker"],
     body="""
Снять однокомнатную квартиру в Нижнеборске к сентябрю стало дороже на 20 % по сравнению с прошлым годом. Средняя цена превысила 24 тысячи рублей в месяц, подсчитали в местном агентстве недвижимости «Кров».

Больше всего подорожало жильё рядом с политехническим колледжем и медицинским училищем. Здесь за однушку просят до 28 тысяч.

## Общежитие не для всех

Мест в общежитиях не хватает. В колледже на 340 мест пришлось больше 500 заявлений от иногородних студентов.

Первокурсница Даша Ковалёва приехала из посёлка в 90 километрах от города. «Мы с подругой сняли одну комнату на двоих. Вдвоём выходит по девять тысяч, родители помогают», рассказывает она.

## Почему растут цены

Риелтор Ольга Шестакова объясняет рост цен тем, что в город приехали работники нового завода. «Раньше летом квартиры стояли пустыми. Теперь их снимают круглый год», говорит она.

Кроме того, в городе почти не строят новое жильё: за три года сдали всего два дома.

## Как не попасть на мошенников

Полиция напоминает студентам и родителям:

1. не переводить деньги до осмотра квартиры
2. проверять, что сдаёт квартиру её собственник
3. заключать письменный договор

В администрации обещают к следующему году открыть ещё одно общежитие на 120 мест в здании бывшей гостиницы «Север».
"""),
]
