# Turkish, German, French, Spanish and Russian stories for the ninety-sixth held-out part (h96-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Markup and fields as in articles_h96_en.py.
ARTICLES = [
dict(id="h96-tr-001", lang="tr", tpl="jannah", site="Kızılçam Ekspres",
     section="Kızılçam doğa", date="2026-04-09", byline="Sevgül Karataş",
     title="Sarıkaya Kuş Cenneti'nde bahar göçü sezonu açıldı",
     sub="Göl kıyısındaki gözlem kulesi yenilendi, ilk hafta sonu 800 ziyaretçi geldi.",
     caption="Sarıkaya Gölü kıyısındaki yeni gözlem kulesi.", credit="Sevgül Karataş",
     tags=["Sarıkaya Kuş Cenneti", "kuş göçü"],
     carry=["guidedwalks"], run_in=["guidedwalks"],
     look=[("box", "Kuş gözlemcileri için")],
     body="""
Kızılçam'a bağlı Sarıkaya Gölü'ndeki kuş cenneti, bahar göçü sezonunu yenilenen gözlem kulesiyle açtı. İlk hafta sonunda alanı 800'ü aşkın kişi ziyaret etti.

Ahşap kule, geçen kış fırtınada zarar görmüştü. İlçe belediyesi ve Sarıkaya Doğa Derneği'nin ortak çalışmasıyla kule yeniden yapıldı ve yüksekliği altı metreden dokuz metreye çıkarıldı.

Dernek başkanı Kerem Akbulut, nisan ve mayıs aylarının gölün en kalabalık dönemi olduğunu söyledi. Bu yıl şimdiye kadar 126 kuş türü kaydedildiğini belirten Akbulut, flamingoların da ilk kez üç yıl aradan sonra göle döndüğünü anlattı.

"Sabah erken gelen, sessiz durmayı bilen herkes burada bir şey görür," dedi.

Kuş gözlemcileri için dernek bazı kurallar hatırlatıyor: kıyıdaki sazlığa girilmemesi, köpeklerin tasmalı gezdirilmesi ve yuvalara yaklaşılmaması gerekiyor. Dürbünü olmayanlar kuledeki iki sabit dürbünü ücretsiz kullanabiliyor.

Sarıyurt köyünden gelen emekli öğretmen Nuriye Eroğlu, torunlarıyla birlikte kuleye çıktı. "Çocuklar telefon yerine leyleklere baktı, bu bile yeter," dedi.

Belediye, hafta sonları Kızılçam merkezden göle ücretsiz servis koydu. Servis cumartesi ve pazar sabah 8.00'de belediye binasının önünden kalkıyor, öğleden sonra 16.00'da geri dönüyor.
"""),

dict(id="h96-tr-002", lang="tr", tpl="ghost",
     caption="Hasan Yıldırım fırınının başında.", credit="Orhan Tezcan",
     section="Yaşam", date="2026-03-05", byline="Orhan Tezcan",
     title="Fırıncı Hasan Usta kırk bir yıl sonra tezgâhı oğluna bırakıyor",
     sub="Kızılçam'ın en eski fırınının sahibi, sabah üçte kalktığı yılları anlattı.",
     body="""
Kızılçam Çarşı Fırını'nın sahibi Hasan Yıldırım, 41 yıldır her sabah saat üçte hamur yoğuruyor. Bu ayın sonunda fırını oğlu Murat'a devrediyor. Hasan Usta ile konuştuk.

**Fırıncılığa nasıl başladınız?**

On dört yaşında çırak girdim. Ustam Rıza Efendi'ydi, Allah rahmet eylesin. İlk yıl sadece odun taşıdım, hamura dokundurmadı bile.

**En zor yıl hangisiydi?**

1992 kışı. Kar yüzünden un kamyonu bir hafta gelemedi. Elde kalan unu idareli kullandık, her aileye günde iki ekmek verdik.

**Ekmek değişti mi?**

Ekmek değişmedi, insanlar değişti. Eskiden herkes sabah yedide kapıdaydı. Şimdi akşam da ekmek isteyen çok.

**Müşterileriniz?**

Bazılarının dedesine de ekmek sattım. Kim kıtır sever, kim az pişmiş ister, hepsini bilirim.

**Ya bundan sonrası?**

Bahçem var, torunlarım var. Ama sabah üçte uyanmayı bırakabilir miyim, bilmiyorum. Vücut alışmış, saat üçte gözüm kendiliğinden açılıyor.

Müşterilerine veda etmek için ayın son cumartesi günü fırının önünde çay ve simit ikram edecek.

Oğlu Murat Yıldırım, fırının adını ve tarifini değiştirmeyeceğini söyledi. Çarşı Fırını, devirden sonra da her gün sabah 6.00'dan akşam 20.00'ye kadar açık olacak.
"""),

dict(id="h96-tr-003", lang="tr", tpl="amp",
     caption="Kızılçam'ın yeni kapalı pazar yeri.", credit="Dilek Sarıgül",
     section="Ekonomi", date="2026-06-11", byline="Dilek Sarıgül",
     title="Kızılçam pazarı yeni yerine taşındı",
     sub="Perşembe pazarı, eski otogar alanında kurulan kapalı pazar yerinde açıldı.",
     low=0,
     body="""
Kızılçam'ın perşembe pazarı, yıllardır kurulduğu dar sokaklardan eski otogar alanındaki yeni kapalı pazar yerine taşındı. İlk pazar gününde tezgâhların tamamı doldu.

Belediyenin yaptırdığı pazar yerinde 180 tezgâh bulunuyor. Çatı, yağmurlu ve güneşli günlerde pazarcıları ve alışveriş yapanları koruyacak.

Yeni pazar yerinde şunlar var:

- 180 numaralı tezgâh ve her tezgâha elektrik
- 40 araçlık ücretsiz otopark
- kadın ve erkek tuvaletleri ile bebek bakım odası
- yerel üreticiler için ayrılmış 30 tezgâh

Sarıyurt köyünden domates ve biber getiren Ayşe Kocabaş, eski yerde sabah beşte yer kapmak için yarıştıklarını anlattı. "Artık herkesin tezgâhı belli, kavga yok," dedi.

Bazı esnaf ise taşınmadan memnun değil. Eski pazar sokağında tuhafiye dükkânı olan Selim Aydemir, perşembe günleri cirosunun yarıya düştüğünü söyledi.

Belediye Başkanı Fikret Özkan, eski sokakların cumartesi günleri el sanatları pazarı için kullanılacağını açıkladı. Esnafın kaybını telafi etmek için o sokaklarda iki yıl boyunca işgaliye ücreti alınmayacak.

Yeni pazar her perşembe sabah 7.00'den akşam 18.00'e kadar açık olacak.
"""),

dict(id="h96-de-001", lang="de", tpl="kirby", site="Erlenauer Stadtbote",
     credit="Katrin Wiesmayer", tags=["Stadtwerke Erlenau", "Solaranlagen"],
     section="Energie", date="2026-03-26", byline="Katrin Wiesmayer",
     title="Strom wird teurer: Erlenauer setzen auf das eigene Dach",
     sub="Die Stadtwerke erhöhen den Arbeitspreis zum 1. Mai, die Nachfrage nach Solaranlagen steigt.",
     caption="Handwerker montieren Module auf einem Dach in der Mühlstraße.",
     carry=["rooftopsolar"],
     body="""
Die Stadtwerke Erlenau erhöhen zum 1. Mai den Strompreis. Eine Kilowattstunde kostet im Grundversorgungstarif dann 38,9 Cent statt bisher 35,2 Cent. Für einen Haushalt mit 3.000 Kilowattstunden im Jahr sind das gut 110 Euro mehr.

Geschäftsführer Tobias Renner begründet den Schritt mit höheren Netzentgelten. Die Stadtwerke hätten den Preis zwei Jahre lang stabil gehalten, nun gehe es nicht mehr anders.

## Lange Wartelisten bei Handwerkern

Viele Hausbesitzer in Erlenau wollen sich unabhängiger machen. Elektromeister Jürgen Pfeffer aus der Mühlstraße sagt, er habe derzeit 64 Anfragen für Solaranlagen auf dem Tisch. „Vor drei Jahren waren es im ganzen Jahr zwanzig."

Auch Mieter rüsten auf: Balkonkraftwerke mit zwei Modulen sind im Baumarkt am Ortsausgang regelmäßig ausverkauft.

## Die Stadt plant eigene Anlagen

Die Stadt will ihre eigenen Dächer nutzen. Noch in diesem Jahr sollen Anlagen auf die Grundschule Finkenried und den Bauhof kommen. Bürgermeisterin Sabine Otterbach rechnet damit, dass die Stadt so jährlich rund 40.000 Euro Stromkosten spart.

Die Verbraucherzentrale bietet im Rathaus eine kostenlose Energieberatung an. Termine gibt es jeden zweiten Dienstag von 14 bis 18 Uhr, eine Anmeldung im Bürgerbüro ist nötig.
"""),

dict(id="h96-de-002", lang="de", tpl="gatsby", site="Mühltaler Abendzeitung",
     credit="Helmut Grabowski",
     section="Soziales im Mühltal", date="2026-01-28", byline="Helmut Grabowski",
     title="Heizkosten: Senioren in Finkenried rücken im Gemeindehaus zusammen",
     sub="Die Kirchengemeinde heizt an drei Nachmittagen in der Woche für alle, die zu Hause frieren.",
     caption="Kaffee und Kuchen im Gemeindehaus Finkenried.",
     inset=("Renate Löffler schenkt im Gemeindehaus Tee aus.", "Foto: Helmut Grabowski"),
     carry=["coldweatherpayments"], run_in=["coldweatherpayments"],
     body="""
Wenn es draußen friert, wird es im evangelischen Gemeindehaus in Finkenried voll. Seit Anfang Januar heizt die Kirchengemeinde den großen Saal montags, mittwochs und freitags von 13 bis 17 Uhr für alle, die zu Hause sparen müssen.

An manchen Nachmittagen kommen mehr als sechzig Menschen, die meisten über siebzig. Es gibt Kaffee, Tee, Suppe und Kuchen, dazu Zeitungen und Gesellschaftsspiele. Bezahlen muss niemand.

**Frieren aus Sparsamkeit**

Pfarrerin Judith Lammers sagt, viele ältere Menschen im Dorf heizten nur noch ein Zimmer. „Manche sitzen tagsüber mit Mantel in der Küche, weil sie Angst vor der Nachzahlung haben."

Der 79-jährige Ernst Hufnagel kommt jeden Mittwoch. Seine Gasrechnung sei im vergangenen Jahr um 40 Prozent gestiegen, erzählt er. „Hier ist es warm, und ich bin nicht allein."

**Ehrenamtliche gesucht**

Getragen wird das Angebot von 22 Ehrenamtlichen. Die Heizkosten übernimmt die Gemeinde, die Lebensmittel spendet unter anderem die Bäckerei Ruppert.

Gesucht werden vor allem Fahrer, die Gäste aus den Außenbereichen abholen. Wer helfen möchte, meldet sich im Pfarrbüro.

Viele wissen nicht, dass sie Anspruch auf Hilfe bei den Heizkosten haben, sagt die Sozialberaterin der Gemeinde, Monika Straub. Sie berät jeden Freitag ab 14 Uhr im Gemeindehaus.
"""),

dict(id="h96-de-003", lang="de", tpl="nuxt", site="Mühltal-Kurier am Abend",
     section="Menschen im Mühltal", date="2026-06-18", byline="Annegret Voss",
     title="Förster Wendelin Haas geht nach 36 Jahren in den Ruhestand",
     sub="Der Revierleiter des Erlenauer Stadtwalds über Stürme, Käfer und seine Lieblingsbuche.",
     caption="Wendelin Haas an seiner Lieblingsbuche im Stadtwald.", credit="Annegret Voss",
     body="""
Seit 1990 kümmert sich Wendelin Haas um den Erlenauer Stadtwald, 1.400 Hektar zwischen Mühltal und Hohem Kamm. Ende Juni geht der Förster in den Ruhestand. Ein Gespräch zum Abschied.

**Herr Haas, wie sah der Wald aus, als Sie kamen?**

Fichte, so weit das Auge reichte. Meine Vorgänger hatten gepflanzt, was schnell wächst. Das war damals richtig, heute ist es unser Problem.

**Was war Ihr schwerster Tag?**

Der Sturm im März 2008. In einer Nacht lagen 30.000 Festmeter am Boden. Ich bin morgens durch den Wald gegangen und habe geweint.

**Und dann kam der Käfer.**

Ja, nach den trockenen Sommern ab 2018. Der Borkenkäfer hat ein Drittel der Fichten geholt. Wir haben seitdem über 400.000 junge Bäume gepflanzt, Eichen, Buchen, Douglasien, Elsbeeren.

**Ihr Lieblingsort?**

Eine Buche am Hirschsprung, vielleicht 250 Jahre alt. Die hat alles überlebt. Die verrate ich nicht genauer.

**Was machen Sie jetzt?**

Erst einmal ausschlafen. Dann will ich mit meinen Enkeln durch den Wald gehen, ohne an die Arbeit zu denken.

Die Stadt verabschiedet Wendelin Haas am Samstag, 27. Juni, um 15 Uhr an der Waldhütte am Hirschsprung. Alle Bürgerinnen und Bürger sind eingeladen.
"""),

dict(id="h96-fr-001", lang="fr", tpl="astra", site="L'Écho de la Lisonne",
     section="Environnement", date="2026-04-02", byline="Solène Marchadier",
     title="Roquebelle lance un achat groupé de panneaux solaires",
     sub="La commune veut équiper 150 toitures en deux ans et négocie les prix pour ses habitants.",
     caption="Des panneaux posés sur le toit de la salle des fêtes de Roquebelle.", credit="Solène Marchadier",
     carry=["rooftopsolar"], run_in=["rooftopsolar"],
     look=[("dropcap", "La mairie de Roquebelle")],
     body="""
La mairie de Roquebelle veut couvrir de panneaux solaires 150 toits de la commune d'ici à 2028. Pour y parvenir, elle organise un achat groupé : les habitants qui s'inscrivent bénéficieront d'un prix négocié auprès d'un seul installateur.

Le conseil municipal a voté le projet mardi soir, à l'unanimité. Le maire, Bertrand Castagnié, espère faire baisser la facture de 20 à 30 % par rapport à une installation commandée seul.

## Un cadastre solaire en ligne

Depuis lundi, chaque habitant peut consulter sur le site de la commune une carte qui indique si son toit est bien exposé. Sur les 1 240 maisons de Roquebelle, près de 700 auraient un potentiel jugé bon ou très bon.

« Beaucoup de gens hésitent parce qu'ils ne savent pas à qui faire confiance, explique l'adjointe à l'environnement, Claire Fabrègues. Nous avons fait le tri pour eux. »

## Les premiers inscrits

Jean-Luc et Odile Serres, retraités du quartier de la Gravette, se sont inscrits dès le premier jour. Leur facture d'électricité a dépassé 1 900 euros l'an dernier.

« On y pensait depuis longtemps, mais les devis variaient du simple au double », raconte Odile Serres.

Une réunion publique est prévue le jeudi 16 avril à 18 h 30 à la salle des fêtes. Les inscriptions sont ouvertes jusqu'au 30 juin.
"""),

dict(id="h96-fr-002", lang="fr", tpl="beehiiv", site="La Lettre de Roquebelle",
     body_caption="Le four à bois de 1931, entièrement refait.",
     credit="Aurélien Batailler",
     section="Commerces", date="2026-05-20", byline="Aurélien Batailler",
     title="La boulangerie de la place du Foirail rouvre ses portes",
     sub="Fermée depuis dix-huit mois, elle est reprise par un couple venu de Toulouse.",
     caption="Mathilde et Youssef Benali devant leur boulangerie.",
     body="""
C'est la nouvelle que tout le quartier attendait : la boulangerie de la place du Foirail rouvre samedi, après dix-huit mois de rideau baissé.

Mathilde et Youssef Benali, tous deux trente-quatre ans, ont quitté Toulouse l'automne dernier pour la reprendre. Lui a été boulanger dans une grande maison de la ville rose, elle s'occupera de la boutique et des gâteaux.

Les travaux ont duré quatre mois. Le vieux four à bois, qui date de 1931, a été entièrement refait par un artisan du Lot.

Voici ce que vous trouverez sur les étagères :

- la baguette de tradition et un pain de campagne au levain
- une fouace aveyronnaise le dimanche
- des croissants et des pains au chocolat faits maison
- des cookies aux noix de la vallée, une idée de Mathilde

« On voulait une boulangerie de village, pas une chaîne, dit Youssef. Ici, les clients nous appellent déjà par nos prénoms. »

La mairie, propriétaire des murs, a accordé un loyer réduit pendant deux ans.

Mme Rouquette, voisine depuis cinquante ans, a déjà réservé sa fouace pour dimanche. « Dix-huit mois sans pain frais sur la place, c'était long », souffle-t-elle.

La boulangerie sera ouverte du mardi au dimanche, de 7 heures à 13 heures et de 16 heures à 19 h 30.
"""),

dict(id="h96-fr-003", lang="fr", tpl="table",
     caption="Le car de la ligne 412 devant le lycée de Saint-Ferréol.", credit="Mireille Castéran",
     section="Transports", date="2026-09-08", byline="Mireille Castéran",
     title="Le car Roquebelle – Saint-Ferréol passe à huit allers-retours",
     sub="La Région renforce la ligne 412 à la rentrée, après une pétition de 600 lycéens et parents.",
     body="""
Bonne nouvelle pour les lycéens de Roquebelle : la ligne de car 412 vers Saint-Ferréol passe de cinq à huit allers-retours par jour depuis lundi.

La Région a cédé après une pétition signée par plus de 600 élèves et parents au printemps. Beaucoup de jeunes devaient jusqu'ici attendre plus d'une heure devant le lycée après les cours.

**Un premier car à 6 h 40**

Le premier départ de Roquebelle a été avancé à 6 h 40, pour permettre aux élèves des filières professionnelles d'arriver avant 7 h 45. Un car supplémentaire part aussi de Saint-Ferréol à 17 h 50.

« Avant, mon fils rentrait à 19 h 15 deux soirs par semaine, explique Sandrine Lafarge, qui a lancé la pétition. Il perdait presque deux heures par jour à attendre. »

**Des travailleurs aussi**

Le renfort ne profite pas qu'aux élèves. Plusieurs salariés de la zone d'activités de Saint-Ferréol prennent désormais le car plutôt que la voiture.

Le vice-président de la Région chargé des transports, Gilles Mazeyrie, a promis un bilan de fréquentation à la Toussaint. Si la ligne ne se remplit pas, certains horaires pourraient être revus.

Les horaires complets sont affichés en mairie et aux arrêts. Le ticket coûte toujours 2 euros, et l'abonnement scolaire reste gratuit.
"""),

dict(id="h96-es-001", lang="es", tpl="wpbakery", site="Crónica del Azor",
     body_caption="La imagen de la Virgen del Risco en su santuario.",
     section="Fiestas del Azor", date="2026-08-14", byline="Lucía Barrachina",
     title="Villanueva del Azor recupera la romería de la Virgen del Risco",
     sub="La peregrinación al santuario vuelve tras nueve años sin celebrarse por el mal estado del camino.",
     caption="Romeros en la subida al santuario del Risco.", credit="Lucía Barrachina",
     look=[("callout", "El camino estará cortado")],
     body="""
Nueve años después, la romería de la Virgen del Risco vuelve a Villanueva del Azor. El próximo domingo, cientos de vecinos subirán a pie los once kilómetros que separan el pueblo del santuario, en lo alto de la sierra.

La peregrinación dejó de celebrarse en 2017, cuando las lluvias destrozaron varios tramos del camino. La Diputación ha invertido 310.000 euros en arreglarlo este año.

**Nueve años esperando**

La cofradía calcula que participarán más de mil personas. Su presidenta, Encarna Villaseñor, recuerda que su abuela no faltó ni un año a la subida. «Para muchos mayores es la ilusión del verano», dice.

El programa del domingo es el siguiente:

1. A las 7.00, salida desde la plaza de la Iglesia
2. A las 10.30, misa de campaña en la explanada del santuario
3. A las 13.00, comida de hermandad con paella para todos
4. A las 18.00, bajada de la imagen en carrozas

El Ayuntamiento ha organizado un servicio de autobuses para quienes no puedan subir andando.

El camino estará cortado al tráfico desde las 6.00 hasta las 20.00. Protección Civil recomienda llevar agua, gorra y calzado cómodo.

Los autobuses saldrán cada hora desde la estación, a partir de las 8.00, y el billete costará un euro.
"""),

dict(id="h96-es-002", lang="es", tpl="webnode", site="Noticias de Villanueva del Azor", kind="small",
     credit="Junta vecinal La Ermita",
     section="Energía", date="2026-05-06", byline="Junta vecinal",
     title="Cuarenta familias del barrio de la Ermita compartirán paneles solares",
     sub="La comunidad energética del barrio ya tiene tejado, instalador y fecha.",
     caption="El tejado del antiguo almacén de la cooperativa.",
     carry=["rooftopsolar"],
     body="""
La comunidad energética del barrio de la Ermita ya es una realidad. Cuarenta familias han firmado para compartir la electricidad de los paneles que se instalarán en el tejado del antiguo almacén de la cooperativa agrícola.

La idea nació hace dos años en una reunión de la asociación de vecinos. El presidente, Ramiro Cuesta, explica que muchos vecinos viven en casas viejas con tejados pequeños o mal orientados, donde no compensa poner placas.

## Cómo funcionará el reparto

La cooperativa cede el tejado durante veinticinco años. Los paneles producirán unos 90.000 kilovatios hora al año, que se repartirán entre las familias según lo que haya aportado cada una.

Cada hogar paga una cuota inicial de 600 euros. Las familias con menos ingresos pueden pagarla en doce meses sin intereses.

## Lo que cuentan los vecinos

Amparo Segura, viuda y pensionista, fue de las primeras en apuntarse. «Yo sola no podía poner placas, pero entre todos sí», dice.

Según los cálculos de la asociación, cada familia ahorrará entre 250 y 400 euros al año en la factura de la luz.

Las obras empezarán en junio y durarán unas tres semanas. Quien quiera unirse todavía puede hacerlo: quedan doce plazas. La asociación atiende los martes de 18.00 a 20.00 en el local de la calle Olmo.
"""),

dict(id="h96-es-003", lang="es", tpl="zyro", site="Asociación Vecinal El Azud", kind="small",
     section="Patrimonio", date="2026-07-01", byline="Paqui Domínguez",
     title="El lavadero del Azud vuelve a tener agua",
     sub="Los vecinos han restaurado a mano el lavadero público de 1912.",
     caption="El lavadero del Azud, ya restaurado.", credit="Asociación Vecinal El Azud",
     look=[("bold", "Por fin corre el agua."), ("br", "Y cuando llegó el agua")],
     body="""
Después de tres años de trabajo los fines de semana, el lavadero público del Azud vuelve a tener agua. Los vecinos celebraron el sábado su reapertura con una chocolatada a la que acudieron más de doscientas personas.

El lavadero, construido en 1912, fue durante medio siglo el lugar donde las mujeres del barrio lavaban la ropa y se contaban la vida. Llevaba seco desde que se desvió la acequia en los años ochenta.

Por fin corre el agua.

Un grupo de catorce voluntarios, la mayoría jubilados, ha limpiado las piletas, ha cambiado las tejas del tejadillo y ha recuperado el canal que trae el agua desde el azud del río.

Julián Moreno, albañil retirado, dirigió las obras. «Cada piedra la hemos quitado y la hemos vuelto a poner en su sitio», explica.

Para Dolores Ruano, de 88 años, fue un día emocionante. Recuerda que de niña acompañaba a su madre a lavar en invierno, con las manos rojas de frío.

Y cuando llegó el agua, lloró. «Es como si volviera a oír a mi madre cantando», dijo.

El Ayuntamiento pondrá un panel con fotografías antiguas del lavadero. La asociación pide a los vecinos que tengan alguna que la traigan al local social, para escanearla y devolverla.
"""),

dict(id="h96-ru-001", lang="ru", tpl="shorthand", site="Стеклозёрский край",
     body_caption="Старая проходная завода на Стеклянной улице.",
     section="История", date="2026-05-28", byline="Алёна Мезенцева",
     title="Стекло и озеро: как Стеклозёрск стал городом стеклодувов",
     sub="Двести лет назад здесь задули первую печь. Рассказываем историю завода, который построил город.",
     caption="Цех стекольного завода, снимок 1930-х годов.", credit="Стеклозёрский краеведческий музей",
     carry=["guidedwalks"],
     body="""
Если спросить старожила Стеклозёрска, с чего начался город, он ответит одним словом: с печи. В 1826 году купец Игнатий Сомов поставил на берегу Стеклянного озера стекольную мастерскую с одной плавильной печью и шестью работниками.

## Песок, лес и вода

Место выбрали не случайно. Под обрывом лежал чистый белый песок, вокруг стоял сосновый лес для дров, а по озеру и реке Стеклянке стекло можно было отправлять баржами.

Через полвека при заводе работали уже четыреста человек. Здесь делали аптечную посуду, оконное стекло и знаменитые зелёные штофы, которые расходились по всей губернии.

## Город вокруг завода

Вокруг завода выросли бараки, потом школа, больница, клуб. В 1938 году посёлок получил статус города. До сих пор главная улица Стеклозёрска называется Стеклянной.

«У нас в каждой семье кто-то стоял у печи», — говорит директор краеведческого музея Галина Першина. Её дед был мастером-выдувальщиком сорок лет.

## Что осталось

Завод закрылся в 2004 году. Часть корпусов снесли, но старая кирпичная проходная и здание конторы сохранились. В конторе сейчас работает музей, где собрано больше трёх тысяч стеклянных изделий.

Музей открыт со среды по воскресенье с 10:00 до 17:00, вход для школьников бесплатный.
"""),

dict(id="h96-ru-002", lang="ru", tpl="statamic", site="Стеклозёрск сегодня",
     credit="Виктор Лапшин",
     section="ЖКХ Стеклозёрска", date="2026-02-12", byline="Виктор Лапшин",
     title="Пенсионеры Стеклозёрска жалуются на счета за отопление",
     sub="После перерасчёта платёжки в старых домах на Стеклянной улице выросли почти вдвое.",
     caption="Дом на Стеклянной улице, где жильцы получили новые платёжки.",
     inset=("Жительница дома № 14 показывает квитанцию за январь.", "Фото: Виктор Лапшин"),
     pull="Я всю жизнь платила вовремя. А теперь не знаю, чем платить",
     carry=["coldweatherpayments"],
     body="""
Жильцы старых домов на Стеклянной улице получили январские квитанции за отопление и не поверили глазам: суммы выросли почти вдвое по сравнению с декабрём.

В управляющей компании «Светлый дом» объясняют рост перерасчётом за прошлый год. В домах без общедомовых счётчиков плату начисляют по нормативу, а норматив в области с января повысили.

**Платёжка на полпенсии**

Пенсионерка Валентина Кузьмина из дома № 14 получила счёт на 6 840 рублей. Её пенсия — 17 тысяч.

«Я всю жизнь платила вовремя. А теперь не знаю, чем платить», — говорит она.

Соседка Валентины Петровны, Нина Сергеевна Глебова, рассказывает, что в подъезде собрали подписи и отправили жалобу в жилищную инспекцию.

**Ответ городской администрации**

Заместитель главы города Андрей Полозов пообещал, что город проверит расчёты. Он напомнил, что многие пенсионеры имеют право на субсидию на оплату коммунальных услуг, но не оформляют её.

Кроме того, в администрации советуют поставить общедомовой счётчик тепла: в соседних домах, где он есть, платежи в январе выросли всего на 8 процентов.

Приём граждан по вопросам ЖКХ идёт по вторникам с 14:00 до 17:00 в кабинете № 5 администрации.
"""),

dict(id="h96-ru-003", lang="ru", tpl="hexo", site="Заозёрные записки",
     section="Люди", date="2026-06-25", byline="Татьяна Ремизова",
     title="Учительница физики Зоя Крылова: «Я до сих пор боюсь первого сентября»",
     sub="Сорок лет в стеклозёрской школе № 2 — в одном разговоре.",
     caption="Зоя Андреевна Крылова в своём кабинете физики.", credit="Татьяна Ремизова",
     tags=["школа № 2", "учителя"],
     body="""
Зоя Андреевна Крылова преподаёт физику в стеклозёрской школе № 2 с 1986 года. Этим летом она уходит на пенсию. Мы поговорили с ней в пустом кабинете, где на стене до сих пор висит портрет Ломоносова.

**Почему физика?**

В нашей деревне был учитель, Павел Ильич, он показывал опыты с электричеством на старой машине. Я тогда решила, что это волшебство, и до сих пор так думаю.

**Самый трудный год?**

Девяносто четвёртый. Зарплату не платили по полгода, в кабинете было плюс десять. Дети сидели в куртках, а я писала формулы в перчатках.

**Дети изменились?**

Дети всегда одинаковые. Им интересно, если интересно тебе. Изменились только телефоны в карманах.

**А выпускники пишут?**

Пишут, звонят, приезжают. Один мой ученик теперь строит спутники. Другой работает электриком у нас на Стеклянной, и я горжусь обоими одинаково.

**Чем теперь займётесь, Зоя Андреевна?**

Внуками и огородом. И, может быть, наконец прочитаю книги, которые откладывала сорок лет.

Проводы Зои Андреевны пройдут 30 июня в 15:00 в актовом зале школы. Выпускников всех лет просят прийти.
"""),
]
