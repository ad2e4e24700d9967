# Turkish, German, French, Spanish and Russian stories for the fifty-fourth held-out part (h54-*) of the newsflow
# extraction set. Fictional; written for newsflow. Markup and fields as in articles_h54_en.py.
ARTICLES = [
dict(id="h54-tr-001", lang="tr", tpl="wordpress", section="Kent", date="2026-01-20", byline="Elif Karabacakoğlu",
     title="Cumhuriyet Halk Kütüphanesi sınav döneminde gece yarısına kadar açık kalacak",
     sub="Cumhuriyet Halk Kütüphanesi, üniversite sınavına hazırlanan gençler için üç ay boyunca 24.00'e kadar hizmet verecek.",
     caption="Cumhuriyet Halk Kütüphanesi'nin üst kattaki çalışma salonu.", credit="Fotoğraf: Elif Karabacakoğlu",
     carry=["library"], section_tag=True,
     body="""
Cumhuriyet Halk Kütüphanesi, sınav dönemi boyunca her gün gece yarısına kadar açık kalacak. Uygulama 1 Şubat'ta başlıyor ve haziran sonuna kadar sürecek.

Kütüphanenin 140 kişilik çalışma salonu geçen yıl akşam saat altıda kapanıyordu. Salonda yer bulamayan öğrenciler kafelerde ya da merdiven boşluklarında ders çalışmak zorunda kalıyordu.

Kütüphane müdürü Hülya Demirsoy, karar öncesinde gençlerle anket yaptıklarını anlattı. "Yaklaşık 900 öğrenci cevap verdi. Çoğu evde sessiz bir oda bulamadığını yazdı. Bazıları kardeşleriyle aynı odada kalıyor," dedi.

Gece mesaisi için belediye iki güvenlik görevlisi ve bir kütüphaneci görevlendirdi. Salonun ısıtması ve aydınlatması da gece boyunca açık kalacak.

Yeni düzende öğrencileri şunlar bekliyor:

- Her gün 08.00 ile 24.00 arasında açık çalışma salonu
- Saat 22.00'de ücretsiz çorba ve çay
- Gece yarısı kapanışta mahallelere kalkan belediye servisi
- Hafta sonları gönüllü öğretmenlerle soru çözüm saatleri

Sınava bu yıl ikinci kez hazırlanan 18 yaşındaki Berkay Tunçel, salonun akşamları da açık olmasının ailesine büyük yük olan dershane masrafını azalttığını söyledi. "Burada sessizlik var, internet var, bir de birbirimize soru soruyoruz," dedi.

Salona girmek için kütüphane üyeliği yeterli. Üyelik ücretsiz; nüfus cüzdanıyla danışma masasına başvurmak yetiyor.
"""),

dict(id="h54-tr-002", lang="tr", tpl="drupal", site="Kızılçamlık Belediyesi", kind="public", section="Duyurular",
     date="2026-12-08", byline="Basın Yayın ve Halkla İlişkiler Müdürlüğü",
     title="Gıda bankasının kış kampanyası başladı",
     sub="Kızılçamlık Belediyesi Gıda Bankası, kış boyunca 2.400 aileye her ay erzak kolisi ulaştırmayı hedefliyor.",
     caption="Gıda bankası deposunda koli hazırlayan gönüllüler.", credit="Fotoğraf: Kızılçamlık Belediyesi",
     carry=["foodbank"],
     body="""
Kızılçamlık Belediyesi Gıda Bankası'nın geleneksel kış kampanyası 8 Aralık Pazartesi günü başladı. Kampanya mart ayı sonuna kadar sürecek.

Belediye Başkanı Nurettin Aksoylu, geçen kış 1.850 aileye yardım ulaştırıldığını, bu yıl başvuruların şimdiden yüzde 30 arttığını açıkladı. Başkan Aksoylu, "Kimsenin sofrası bu kış boş kalmasın istiyoruz. Hayırseverlerimizin desteğiyle bunu başaracağız," dedi.

## Kolilerde neler var?

Her kolide un, bulgur, pirinç, mercimek, makarna, yağ, şeker, çay, salça ve temizlik malzemeleri bulunuyor. Bebekli ailelere ayrıca mama ve bez veriliyor.

## Kimler kampanyadan yararlanabilir?

İlçede en az altı aydır ikamet eden, geliri asgari ücretin altında olan aileler başvurabiliyor. Başvurular Sosyal Yardım İşleri Müdürlüğü'ne ya da mahalle muhtarlıklarına yapılıyor. Ailelerin durumu sosyal çalışmacılar tarafından ev ziyaretiyle inceleniyor.

## Bağış nasıl yapılır?

Vatandaşlar ambalajı açılmamış, son kullanma tarihi en az üç ay sonra olan gıda ürünlerini belediye hizmet binasının zemin katındaki bağış noktasına bırakabiliyor. Esnafımızın toplu bağışları için belediye aracı adrese gönderiliyor.

Geçen yıl ilçedeki 46 okulun katıldığı "Bir koli de sizden" kampanyasıyla 3.100 koli toplanmıştı. Bu yıl okullara ek olarak ilçedeki fabrikalar ve sanayi sitesi esnafı da kampanyaya katılıyor.

Ayrıntılı bilgi için Sosyal Yardım İşleri Müdürlüğü'ne hafta içi 08.30 ile 17.30 arasında başvurulabilir.
"""),

dict(id="h54-tr-003", lang="tr", tpl="semantic", section="Yaşam", date="2026-08-26", byline="Kadir Öztoprak",
     title="Çarşının son kalaycısı dükkânını çırağına devretti",
     sub="Elli iki yıldır bakır kap kalaylayan Şükrü Usta, dükkânın anahtarını yirmi üç yaşındaki çırağı Emre'ye verdi.",
     caption="Şükrü Usta ve çırağı Emre, Bakırcılar Çarşısı'ndaki dükkânda.", credit="Fotoğraf: Kadir Öztoprak",
     low=0,
     body="""
Bakırcılar Çarşısı'nın en eski dükkânında ocak hâlâ yanıyor. Ama artık körüğün başında Şükrü Usta değil, yirmi üç yaşındaki çırağı Emre Kalkan var.

Şükrü Güneri, on üç yaşında babasının yanında çıraklığa başladı. Elli iki yıl boyunca kazan, tencere, sahan ve bakraç kalayladı. Geçen hafta dükkânın anahtarını, dört yıldır yanında çalışan Emre'ye teslim etti.

"Kalay bakırı korur, insan da zanaatı korur. Ben korudum, şimdi sıra onda," dedi Şükrü Usta.

Çarşıda bir zamanlar on bir kalaycı vardı. Çelik ve teflon tencereler yaygınlaşınca birer birer kapandılar. Şükrü Usta'nın dükkânı son yirmi yıldır çarşıdaki tek kalaycıydı.

Emre, meslek lisesinde metal işleri okuduktan sonra bir fabrikada çalışıyordu. Bir gün annesinin çeyizinden kalan bakır tencereyi kalaylatmak için dükkâna geldi ve bir daha ayrılmadı.

"İlk yıl sadece kül taşıdım, kum ovdum. Ustam elimi ateşe yaklaştırmama bile izin vermedi," diye anlatıyor Emre.

Son yıllarda bakır mutfak eşyasına ilgi yeniden arttı. Emre'nin sosyal medyada paylaştığı kalaylama videolarını binlerce kişi takip ediyor; siparişler İstanbul'dan, İzmir'den, hatta Almanya'dan geliyor.

Şükrü Usta tamamen emekli olmuyor. Her sabah dükkâna gelip çayını içiyor, işleri kontrol ediyor.

Dükkân pazar hariç her gün 08.00 ile 19.00 arasında açık.
"""),

dict(id="h54-de-001", lang="de", tpl="sveltekit", site="Kelmbacher Zahlenblatt",
     section="Soziales", date="2026-11-25", byline="Jana Wörlitzer",
     title="Die Kelmbacher Tafel versorgt doppelt so viele Menschen wie vor drei Jahren",
     sub="Wir haben die Ausgabezahlen der vier Tafel-Stellen im Landkreis ausgewertet. Am stärksten wächst die Zahl der Rentnerinnen und Rentner.",
     caption="Ausgabetag in der Tafel-Stelle an der Bahnhofstraße.", credit="Foto: Piet Hollerbach",
     carry=["foodbank"], avoid=["ad"],
     graphic=dict(kind="map", title="Tafel-Kundinnen und -Kunden je Ausgabestelle, Oktober 2026",
                  note="Kreisgröße nach Zahl der registrierten Haushalte.",
                  source="Quelle: Kelmbacher Tafel e. V.; Kartengrundlage © OpenStreetMap-Mitwirkende",
                  rows=[("Kelmbach, Bahnhofstraße", "612"), ("Ostheim", "288"), ("Wiesenau", "241"), ("Brück am Wald", "117")]),
     look=[("factbox", "So funktioniert die Tafel"), ("highlight", "Jeder vierte Haushalt")],
     body="""
Im Oktober 2023 holten 640 Haushalte bei der Kelmbacher Tafel Lebensmittel ab. Im Oktober dieses Jahres waren es 1.258. Das zeigen die Ausgabelisten der vier Tafel-Stellen im Landkreis, die der Verein dem Zahlenblatt zur Verfügung gestellt hat.

Jeder vierte Haushalt, der heute zur Tafel kommt, ist ein Rentnerhaushalt. Vor drei Jahren war es nicht einmal jeder zehnte.

Vereinsvorsitzende Ingrid Mahlberg wundert das nicht. „Viele haben 45 Jahre gearbeitet und kommen mit der Rente nicht mehr über den Monat. Die Scham ist groß. Manche stehen das erste Mal vor der Tür und drehen wieder um“, sagt sie.

## Weniger Spenden aus den Märkten

Gleichzeitig bekommt die Tafel weniger Ware. Supermärkte planen ihre Bestellungen genauer und verkaufen Ware kurz vor dem Ablaufdatum selbst günstiger. Die Tafel kauft deshalb inzwischen Grundnahrungsmittel zu, rund 2.100 Euro im Monat, bezahlt aus Spenden.

## So funktioniert die Tafel

- Einkaufen darf, wer Bürgergeld, Grundsicherung, Wohngeld oder eine kleine Rente bezieht.
- Der Nachweis wird einmal im Jahr vorgelegt, dann gibt es einen Kundenausweis.
- Pro Einkauf zahlen Erwachsene einen Euro, Kinder nichts.

Die Ausgabestelle Brück am Wald öffnet seit Oktober nur noch alle zwei Wochen, weil Fahrerinnen und Fahrer fehlen. Die Tafel sucht Ehrenamtliche mit Führerschein, die einmal im Monat einen Vormittag Zeit haben.

## Unsere Methode

Wir haben die monatlichen Ausgabelisten von Januar 2023 bis Oktober 2026 ausgewertet. Die Listen enthalten keine Namen, nur die Größe und Art des Haushalts. Die Daten und unser Auswertungsskript stellen wir auf Anfrage zur Verfügung.
"""),

dict(id="h54-de-002", lang="de", tpl="amp", section="Menschen", date="2026-10-02", byline="Tobias Rehkämper",
     title="„Glück bringe ich nur, wenn mich jemand anfasst“",
     sub="Seit 22 Jahren kehrt Martina Ulbrecht die Kamine im Kehrbezirk Feldhausen. Ein Gespräch über Ruß, Dächer und Aberglauben.",
     caption="Schornsteinfegermeisterin Martina Ulbrecht auf einem Dach in Feldhausen.", credit="Foto: Tobias Rehkämper",
     look=[("bold", "Frau Ulbrecht, wie viele Schornsteine sind es?"), ("bold", "Noch Höhenangst?"),
           ("bold", "Was hat sich verändert?"), ("bold", "Und das Glück?"), ("bold", "Ihr Nachwuchs?")],
     body="""
Martina Ulbrecht ist seit 2004 bevollmächtigte Bezirksschornsteinfegerin im Kehrbezirk Feldhausen. Sie war damals die erste Frau in diesem Amt im Landkreis.

Frau Ulbrecht, wie viele Schornsteine sind es?

Rund 3.800 Feuerstätten in elf Dörfern. Öfen, Heizungen, ein paar alte Backhäuser. Manche Häuser kenne ich besser als die Leute, die darin wohnen.

Noch Höhenangst?

Nie gehabt. Respekt schon. Bei Eis gehe ich nicht aufs Dach, da kann der Kunde schimpfen, wie er will.

Was hat sich verändert?

Früher war es vor allem Kehren. Heute messe ich Abgase, prüfe Pelletanlagen und erkläre Leuten, warum ihr alter Kaminofen nach 2024 nicht mehr betrieben werden durfte. Das ist mehr Beratung als Besen.

Und das Glück?

Das gibt es nur, wenn mich jemand anfasst. Auf Hochzeiten werde ich ständig gefragt. Ich habe auch schon Fotos mit einer ganzen Fußballmannschaft gemacht, vor dem Pokalspiel. Verloren haben sie trotzdem.

Ihr Nachwuchs?

Ich bilde gerade meine dritte Auszubildende aus, eine junge Frau aus Wiesenau. Sie ist schneller auf dem Dach als ich.

Martina Ulbrecht ist unter der Nummer des Kehrbezirks zu erreichen, montags bis donnerstags von 7 bis 9 Uhr.
"""),

dict(id="h54-de-003", lang="de", tpl="ghost", site="Nachbarschaftsverein Brunnenviertel", kind="small",
     section="Aus dem Viertel", date="2026-05-13", byline="Henrike Saalfeld",
     title="Hofflohmarkt im Brunnenviertel: 64 Höfe machen mit",
     sub="Am Samstag, 30. Mai, öffnen Nachbarinnen und Nachbarn ihre Höfe, Einfahrten und Gärten zum Stöbern.",
     caption="Stände im Hof der Brunnenstraße 12 beim Flohmarkt im vergangenen Jahr.", credit="Foto: Nachbarschaftsverein",
     carry=["calendar"],
     look=[("callout", "Wer noch mitmachen möchte")],
     body="""
Teilen, tauschen, klönen: Am Samstag, 30. Mai, ist wieder Hofflohmarkt im Brunnenviertel. Von 10 bis 16 Uhr verkaufen Nachbarinnen und Nachbarn in ihren Höfen, Einfahrten und Vorgärten, was sie nicht mehr brauchen.

Angemeldet sind bisher 64 Höfe, so viele wie noch nie. Im vergangenen Jahr waren es 41.

Eine Karte mit allen teilnehmenden Adressen liegt ab dem 25. Mai im Stadtteilladen in der Brunnenstraße 3 aus und hängt in den Bäckereien des Viertels. Die Höfe erkennt man am Tag selbst an den grünen Luftballons am Tor.

Der Erlös gehört den Verkäuferinnen und Verkäufern. Viele spenden aber einen Teil: Im vergangenen Jahr kamen so 1.870 Euro für den Spielplatz an der Kastanienallee zusammen, der inzwischen eine neue Nestschaukel hat.

Neu in diesem Jahr ist eine Tauschecke im Hof des Stadtteilladens. Wer Bücher, Spielzeug oder Pflanzenableger mitbringt, kann sich dafür etwas anderes mitnehmen.

Wer noch mitmachen möchte, kann sich bis zum 20. Mai im Stadtteilladen anmelden. Die Teilnahme ist kostenlos.

Bitte denkt an eure Nachbarn: Musik nur in Zimmerlautstärke, und um 16 Uhr wird aufgeräumt.

Der Stadtteilladen hat dienstags und donnerstags von 15 bis 18 Uhr geöffnet.
"""),

dict(id="h54-fr-001", lang="fr", tpl="fusion", section="Culture", date="2026-03-05", byline="Laurine Castagnède",
     title="La médiathèque de Saint-Véran ouvrira le dimanche dès avril",
     sub="Après six mois d'essai, la commune pérennise l'ouverture dominicale, qui a attiré 5 200 visiteurs.",
     caption="L'espace jeunesse de la médiathèque un dimanche après-midi de février.", credit="Photo : Laurine Castagnède",
     carry=["library"],
     look=[("factbox", "Les nouveaux horaires")],
     body="""
La médiathèque Colette-Vernaison de Saint-Véran ouvrira désormais tous les dimanches, de 14 heures à 18 heures. Le conseil municipal a voté mardi soir la pérennisation d'un essai lancé en septembre.

En six mois, l'ouverture du dimanche a attiré 5 200 visiteurs, soit presque autant que le mercredi, jusqu'ici le jour le plus fréquenté. Près d'un tiers étaient des familles qui ne venaient jamais en semaine.

« Le dimanche, les parents ont le temps. On voit des pères lire des albums à leurs enfants pendant une heure, ce qu'on ne voit jamais un mardi à 17 heures », raconte la directrice, Sophie Armengaud.

## Les nouveaux horaires

- Mardi et vendredi : 14 h – 19 h
- Mercredi et samedi : 10 h – 18 h
- Dimanche : 14 h – 18 h
- Fermeture le lundi et le jeudi

Pour ne pas alourdir le budget, la médiathèque ferme désormais le jeudi, jour où la fréquentation était la plus faible. Les agents qui travaillent le dimanche bénéficient d'une récupération et d'une prime.

L'opposition a voté pour, tout en regrettant la fermeture du jeudi, qui pénalise selon elle les retraités.

Le réseau propose aussi depuis janvier un prêt de liseuses et de jeux de société, et un atelier d'aide aux démarches en ligne le samedi matin.

L'inscription est gratuite pour les habitants de la commune et de l'agglomération, sur présentation d'un justificatif de domicile.
"""),

dict(id="h54-fr-002", lang="fr", tpl="table", section="Urbanisme", date="2026-09-17", byline="Baptiste Rouvillois",
     title="L'ancienne boulangerie de la place du Marché deviendra trois logements",
     sub="Le permis de construire a été accordé malgré une pétition de 420 signatures pour garder un commerce au rez-de-chaussée.",
     caption="La devanture de l'ancienne boulangerie Favier, fermée depuis 2024.", credit="Photo : Baptiste Rouvillois",
     carry=["planning"],
     correction="Rectificatif : une première version de cet article indiquait que la pétition comptait 240 signatures. Elle en compte 420.",
     look=[("br", "Il ajoute que le nouveau plan")],
     body="""
La mairie de Villemagne a accordé le permis de construire qui autorise la transformation de l'ancienne boulangerie Favier, place du Marché, en trois logements.

La boulangerie a fermé en mars 2024, après le départ en retraite de Gérard et Monique Favier, qui l'avaient tenue pendant trente-quatre ans. Le bâtiment a été racheté l'an dernier par une société civile immobilière de la région.

Le projet prévoit deux appartements à l'étage et un studio à la place de la boutique et du fournil. La vitrine sera remplacée par une façade avec deux fenêtres.

Une pétition lancée par des habitants pour demander le maintien d'un commerce au rez-de-chaussée a recueilli 420 signatures. « La place se vide. Après la boulangerie, ce sera la mercerie, puis le tabac », s'inquiète Annick Perrodin, qui l'a lancée.

Le maire, Jean-Luc Berthaud, dit comprendre l'inquiétude mais rappelle que la commune ne pouvait pas refuser un permis conforme au plan local d'urbanisme.

Il ajoute que le nouveau plan, en cours de révision, protégera les rez-de-chaussée commerciaux autour de la place.

Les opposants disposent de deux mois pour déposer un recours gracieux auprès de la mairie. Ils envisagent aussi de saisir le tribunal administratif.

Une réunion publique est prévue le jeudi 2 octobre à 19 heures, salle des fêtes.
"""),

dict(id="h54-fr-003", lang="fr", tpl="quintype", section="Portrait", date="2026-07-22", byline="Estelle Quéméneur",
     title="« Le bac, c'est le seul pont qui parle »",
     sub="Depuis dix-neuf ans, Yannick Le Gall fait traverser la Sérenne aux piétons et aux cyclistes. Rencontre.",
     caption="Yannick Le Gall aux commandes du bac de Pont-Coz.", credit="Photo : Estelle Quéméneur",
     look=[("highlight", "Le bac de Pont-Coz transporte"), ("bold", "Combien de traversées par jour ?"),
           ("bold", "Le pire jour ?"), ("bold", "Et le meilleur ?"), ("bold", "Un successeur ?")],
     body="""
Le bac de Pont-Coz transporte chaque année environ 38 000 passagers entre les deux rives de la Sérenne. Son passeur, Yannick Le Gall, 61 ans, prendra sa retraite à la fin de la saison.

Combien de traversées par jour ?

Entre quarante et quatre-vingts l'été, selon la météo et les randonneurs. L'hiver, parfois six. La traversée dure trois minutes, mais on discute souvent plus longtemps sur le ponton.

Le pire jour ?

Une tempête en 2014. Le câble a lâché côté nord, le bac est parti avec le courant, et moi avec. Je me suis arrêté dans la vase deux cents mètres plus bas. Personne à bord, heureusement.

Et le meilleur ?

Un mariage. Les mariés voulaient traverser pour aller de l'église au restaurant. Quarante invités, trois allers-retours, et la mariée qui tenait sa robe pour ne pas la mouiller.

Un successeur ?

La communauté de communes a publié l'offre d'emploi. Il faut un permis bateau, de la patience, et aimer les gens. Le bac, c'est le seul pont qui parle.

Le bac fonctionne tous les jours de 8 heures à 20 heures d'avril à octobre. La traversée coûte un euro, gratuite pour les enfants.
"""),

dict(id="h54-es-001", lang="es", tpl="gutenberg", section="Local", date="2026-02-24", byline="Maite Arrizabalaga",
     title="Los vecinos de la ribera recurren la licencia de un bloque de 48 viviendas",
     sub="La plataforma Ribera Viva asegura que el edificio, de seis plantas, invade la zona inundable del río Tormenillo.",
     caption="El solar de la antigua fábrica de harinas, junto al río.", credit="Foto: Maite Arrizabalaga",
     carry=["planning"],
     look=[("dropcap", "La plataforma vecinal Ribera Viva"), ("box", "El Ayuntamiento ha abierto")],
     body="""
La plataforma vecinal Ribera Viva ha presentado un recurso contra la licencia de obras que el Ayuntamiento de Castrobello concedió en enero para levantar un bloque de 48 viviendas en el solar de la antigua fábrica de harinas, junto al río Tormenillo.

Los vecinos sostienen que una parte del edificio, de seis plantas, queda dentro de la zona inundable que marca el mapa de la confederación hidrográfica. En la riada de 2019, el agua llegó a un metro de altura en ese mismo solar.

**Un edificio más alto que la iglesia**

La plataforma también critica la altura. Con seis plantas, el bloque superaría en casi diez metros a la torre de la iglesia de San Miguel, el edificio más alto del casco antiguo.

«No estamos en contra de que se construya vivienda. Estamos en contra de que se construya ahí y de esa manera», explica su portavoz, Rosario Elduayen.

**La versión del Ayuntamiento**

La concejala de Urbanismo, Begoña Tapia, defiende que la licencia cumple el plan general y que la promotora elevará la planta baja sobre el nivel de la riada más alta registrada. El proyecto incluye 14 viviendas de protección oficial.

El Ayuntamiento ha abierto un periodo de información pública sobre la modificación del plan del entorno del río, y cualquier vecino puede presentar alegaciones en el registro municipal.

La plataforma ha convocado una concentración el sábado 7 de marzo a las doce, delante del solar.
"""),

dict(id="h54-es-002", lang="es", tpl="storybody", section="Comarca", date="2026-08-06", byline="Iñaki Berasategui",
     title="El cine de verano vuelve a la era de Villanueva del Cerro",
     sub="Una asociación de jóvenes recupera las proyecciones al aire libre que el pueblo no veía desde 1994.",
     caption="La pantalla instalada en la era, durante la primera proyección.", credit="Foto: Asociación Cine en la Era",
     look=[("italic", "«Mi abuela me contó")],
     body="""
Sillas de plástico, mantas, bocadillos y una pantalla de ocho metros sobre la era. Villanueva del Cerro ha recuperado este verano el cine al aire libre, treinta y dos años después de la última sesión.

La iniciativa es de la asociación Cine en la Era, formada por una docena de jóvenes del pueblo y de la comarca. Compraron un proyector de segunda mano y la pantalla con una campaña de micromecenazgo que reunió 6.300 euros.

«Mi abuela me contó que de niña venía con la silla desde casa y que se veían las películas con el ruido de los grillos. Quisimos que lo viviéramos nosotros también», cuenta la presidenta de la asociación, Noa Garcinuño, de 24 años.

La primera sesión, el sábado pasado, reunió a unas 350 personas, más que habitantes tiene el pueblo.

El programa del resto del verano incluye:

- Sábado 8 de agosto: una comedia española de los años sesenta
- Sábado 15 de agosto: película de animación para toda la familia
- Sábado 22 de agosto: un clásico del oeste rodado en Almería
- Sábado 29 de agosto: cortometrajes de jóvenes de la comarca

El Ayuntamiento cede la era y la luz, y el bar de la plaza prepara palomitas a un euro.

Las sesiones empiezan a las diez y media de la noche. La entrada es gratuita y se recomienda llevar silla y chaqueta.
"""),

dict(id="h54-es-003", lang="es", tpl="chunks", section="Comercio", date="2026-10-27", byline="Rocío Valdemoro",
     title="Cierra la mercería Las Tres Agujas tras setenta y un años en la calle Mayor",
     sub="Pilar Ortigosa, tercera generación al frente del negocio, baja la persiana el 31 de octubre.",
     caption="Pilar Ortigosa tras el mostrador de Las Tres Agujas.", credit="Foto: Rocío Valdemoro",
     section_tag=True,
     body="""
La mercería Las Tres Agujas, abierta en la calle Mayor de Peñarrubia desde 1955, cerrará sus puertas el 31 de octubre. Su dueña, Pilar Ortigosa, se jubila y ninguno de sus hijos quiere continuar.

La tienda la abrió su abuela, Engracia, con un mostrador de madera que todavía sigue en su sitio. Después pasó a su madre y, en 1989, a ella.

## Botones, cremalleras y conversación

Durante décadas, Las Tres Agujas vistió a medio pueblo: lanas para las chaquetas del invierno, cintas para los trajes de las fiestas y botones de recambio para todo lo demás. Pilar calcula que en los cajones quedan más de 4.000 modelos de botones.

«Aquí la gente venía a por una cremallera y se quedaba media hora contándote la vida», dice.

## El fin de una calle comercial

Con su cierre, en la calle Mayor solo quedarán abiertos cuatro comercios, frente a los veintidós que había a principios de siglo. La asociación de comerciantes pide al Ayuntamiento ayudas para quien quiera abrir un negocio en los bajos vacíos.

Pilar liquida estos días las existencias con descuentos del 50 por ciento. Algunas clientas se llevan botones por puñados, «como recuerdo».

El mostrador de la abuela Engracia no se venderá: lo ha pedido el museo etnográfico de la comarca.

La tienda abre de lunes a sábado de diez a dos y de cinco a ocho hasta el último día del mes.
"""),

dict(id="h54-ru-001", lang="ru", tpl="nextjs", section="Общество", date="2026-12-15", byline="Дарья Ковригина",
     title="Продуктовый склад фонда «Тёплый дом» просит гречку, консервы и детское питание",
     sub="За ноябрь фонд выдал 1 460 продуктовых наборов — в полтора раза больше, чем год назад.",
     caption="Волонтёры фонда собирают наборы на складе на улице Кирова.", credit="Фото: Дарья Ковригина",
     carry=["foodbank"],
     body="""
Благотворительный фонд «Тёплый дом» объявил сбор продуктов перед Новым годом: запасы на складе на улице Кирова заканчиваются быстрее, чем волонтёры успевают их пополнять.

За ноябрь фонд выдал 1 460 продуктовых наборов. Год назад было 970. Среди получателей — многодетные семьи, одинокие пенсионеры, люди с инвалидностью и те, кто потерял работу.

**Кто приходит за помощью**

Руководитель фонда Ирина Самохвалова говорит, что в этом году стало больше пожилых людей, которые раньше справлялись сами.

«Пенсия пришла, заплатили за квартиру, за лекарства — и на еду остаётся две-три тысячи. Многие приходят впервые и очень стесняются», — рассказывает она.

**Что нужнее всего**

На складе сейчас особенно не хватает:

- гречки, риса и макарон
- мясных и рыбных консервов
- детского питания и смесей
- подсолнечного масла и сахара

Фонд просит не приносить продукты с истекающим сроком годности и домашние заготовки: их нельзя передавать по санитарным правилам.

**Как помочь ещё**

Волонтёрам нужны помощники для фасовки по субботам и водители с личным автомобилем, которые могут развозить наборы лежачим пенсионерам в пригородные посёлки.

Продукты принимают на складе фонда, улица Кирова, 17, по будням с 10:00 до 18:00.
"""),

dict(id="h54-ru-002", lang="ru", tpl="medium", site="Тетрадь Заречья", kind="indie", section="Люди",
     date="2026-04-09", byline="Всеволод Кочергин",
     title="«Библиотека — это место, где тебя ждут»",
     sub="Сельская библиотека в Малой Ельне едва не закрылась. Теперь это клуб, почта и кружок рукоделия в одном доме. Разговор с библиотекарем.",
     caption="Библиотекарь Валентина Сергеевна Брыкина в читальном зале.", credit="Фото: Всеволод Кочергин",
     carry=["library"],
     look=[("bold", "Как библиотеку собирались закрыть?"), ("bold", "Что изменилось?"),
           ("bold", "Кто сюда ходит?"), ("bold", "А книги читают?"), ("bold", "Чего библиотеке не хватает сейчас?")],
     body="""
Валентина Сергеевна Брыкина работает библиотекарем в Малой Ельне тридцать один год. Два года назад районная администрация хотела закрыть её библиотеку, а книги передать в школу соседнего села.

Как библиотеку собирались закрыть?

Сказали: мало читателей, здание старое, денег нет. Жители собрали подписи, больше трёхсот, а у нас в селе всего четыреста человек. Приехал глава района, посмотрел и решил оставить.

Что изменилось?

Мы стали не только библиотекой. Здесь теперь принимают посылки, по четвергам приезжает фельдшер, а по вечерам собирается кружок вязания. Интернет провели, и я помогаю пожилым записываться к врачу через портал.

Кто сюда ходит?

Все. Дети после школы делают уроки, пока родители на работе. Бабушки приходят за газетами и за разговором. Летом приезжают дачники.

А книги читают?

Читают, и много. В прошлом году было 5 800 выдач. Больше всего берут детективы и книги про войну. Молодёжь просит фэнтези, я заказываю.

Чего библиотеке не хватает сейчас?

Новых книг и тепла. Подписку на два журнала в этом году оплатили сами жители, скинулись. Печку топим дровами, а их привозят не всегда вовремя. Но мы не жалуемся. Библиотека — это место, где тебя ждут, и пока я здесь, так и будет.

Библиотека в Малой Ельне открыта со вторника по субботу с 10 до 17 часов.
"""),

dict(id="h54-ru-003", lang="ru", tpl="sanity", section="Город", date="2026-06-30", byline="Глеб Чернобривцев",
     title="На набережной Сорьвы открыли лодочную станцию после тридцати лет простоя",
     sub="Прокат лодок и катамаранов работает ежедневно, а в выходные — бесплатные экскурсии по реке.",
     caption="Лодочная станция на набережной в день открытия.", credit="Фото: Глеб Чернобривцев",
     look=[("dropcap", "В субботу на набережной")],
     body="""
В субботу на набережной Сорьвы снова открылась лодочная станция. Последний раз лодки здесь выдавали в 1996 году.

Станцию восстановил местный предприниматель Арсений Лыков вместе с клубом любителей гребли. Старый эллинг разобрали, на его месте построили новый причал и навес для лодок. Работы обошлись в 4,3 миллиона рублей, из которых 1,5 миллиона — грант областного фонда развития туризма.

## Что можно взять напрокат

На станции двенадцать вёсельных лодок, шесть катамаранов и четыре байдарки. Час на лодке стоит 400 рублей, на катамаране — 600. Перед выходом на воду всем выдают спасательные жилеты, детей без взрослых не пускают.

## Экскурсии по реке

По субботам и воскресеньям в полдень от причала отправляется бесплатная экскурсия на прогулочной лодке. Гид рассказывает о купеческих домах на набережной и о старой переправе, которой пользовались до постройки моста в 1958 году.

«Мой дед работал здесь лодочником. Я помню, как мальчишкой сидел на причале и ждал, когда он вернётся с последней лодкой», — говорит Арсений Лыков.

## Планы

Летом следующего года на станции обещают открыть кафе и пункт проката велосипедов. Городская администрация собирается благоустроить спуск к воде и поставить освещение.

Станция работает ежедневно с 9:00 до 21:00 до конца сентября.
"""),
]
