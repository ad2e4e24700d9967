# Turkish, German, French, Spanish and Russian stories for the forty-sixth held-out part (h46-*) of the newsflow
# extraction set. Fictional; each written in its own language for newsflow (not translated). Markup and fields as in
# articles_h46_en.py.
ARTICLES = [
dict(id="h46-tr-001", lang="tr", tpl="wordpress", section="Gündem", date="2026-01-14", byline="Emre Kocabıyık",
     title="Karaçam'da kar sonrası 42 mahallede tuzlama yapıldı",
     sub="Belediye ekipleri gece boyunca 380 ton tuz kullandı, ilçede okullar bir gün tatil edildi.",
     caption="Tuzlama aracı Cumhuriyet Caddesi'nde çalışırken.", credit="Fotoğraf: Emre Kocabıyık",
     carry=["gritting"],
     look=[("dropcap", "Karaçam Belediyesi, gece boyunca")],
     body="""
Karaçam Belediyesi, gece boyunca aralıksız süren kar yağışının ardından 42 mahallede ana cadde ve ara sokakları tuzladı. Ekipler sabaha kadar 380 ton tuz ve 120 ton mıcır kullandı.

Belediyeye ait 26 araç ve 140 personel, saat 22.00'den itibaren vardiyalı olarak çalıştı. Kar kalınlığı ilçe merkezinde 18, yüksek mahallelerde ise 35 santimetreye ulaştı.

**Okullarda eğitime bir gün ara**

İlçe Milli Eğitim Müdürlüğü, yollardaki buzlanma nedeniyle tüm okullarda eğitime bir gün ara verildiğini duyurdu. Kamu kurumlarında engelli, hamile ve 65 yaş üstü personel de idari izinli sayıldı.

Fen İşleri Müdürü Serdar Kılıçaslan, önceliğin hastane, itfaiye ve okul yolları olduğunu söyledi. "Ana arterlerin hepsi açık. Ara sokaklara da öğlene kadar ulaşmayı hedefliyoruz," dedi.

Kılıçaslan, bazı sokaklarda çalışmaların yol kenarına park edilen araçlar yüzünden yavaşladığını da belirtti.

Ulaşıma kapalı olan yollar şunlar:

- Yaylabaşı–Çamlık köy yolu
- Kızıltepe Mahallesi'ndeki Rampa Sokak
- Eski Kervan Yolu'nun Değirmen mevkii

Meteoroloji, gece sıcaklığın eksi 12 dereceye kadar düşeceğini ve sabah saatlerinde yoğun buzlanma beklendiğini açıkladı. Belediye, zorunlu olmadıkça araçla yola çıkılmamasını, kaldırımlardaki karın da ev ve iş yeri sahiplerince temizlenmesini istedi.

Kar ve buzlanmayla ilgili şikâyetler için belediyenin çağrı merkezi 24 saat açık.
"""),

dict(id="h46-tr-002", lang="tr", tpl="legacy-br", section="Sağlık", date="2026-03-09", byline="Aslı Demirkaya",
     title="Sarıçay Devlet Hastanesi'nde yeni ziyaret düzeni başlıyor",
     sub="Yataklı servislerde hasta başına aynı anda yalnızca bir ziyaretçi kabul edilecek.",
     caption="Sarıçay Devlet Hastanesi'nin ana girişi.", credit="Fotoğraf: Aslı Demirkaya",
     carry=["visiting"],
     body="""
Sarıçay Devlet Hastanesi, yataklı servislerde ziyaret saatlerini yeniden düzenledi. Yeni uygulama pazartesi gününden itibaren geçerli olacak.

Hastane yönetiminin açıklamasına göre ziyaretçiler artık hafta içi 13.00–14.00 ve 19.00–20.00 saatleri arasında kabul edilecek. Hafta sonu ise ziyaret saati 14.00–16.00 olarak belirlendi.

Başhekim Dr. Nurcan Ertürk, yoğun ziyaretçi trafiğinin hem hastaların dinlenmesini hem de tedaviyi olumsuz etkilediğini söyledi. "Bir hastanın başında aynı anda yedi sekiz kişi oluyordu. Hemşirelerimiz serviste çalışamaz hale geliyordu," dedi.

Yeni düzende uyulması gereken kurallar şöyle:

- Her hastanın yanında aynı anda yalnızca bir ziyaretçi bulunabilecek.
- 12 yaşından küçük çocuklar servislere alınmayacak.
- Yoğun bakım hastalarının yakınları doktorla her gün saat 15.00'te görüşebilecek.
- Hastalara dışarıdan yemek getirilmesine izin verilmeyecek.

Refakatçi kartı olan hasta yakınları bu kurallardan etkilenmeyecek.

Hasta yakınları kararı farklı karşıladı. Annesi dahiliye servisinde yatan Ramazan Öztürk, "Mesaiden çıkıp yetişmek zor ama anlıyorum, koridorlar pazar yerine dönmüştü," dedi.

Hastane, ziyaret saatleri dışında yakınlarıyla görüşmek isteyen hastalar için her serviste görüntülü görüşme tableti bulundurulacağını da duyurdu.
"""),

dict(id="h46-tr-003", lang="tr", tpl="ghost", site="Bademli Mahallesi Gönüllüleri", kind="small", section="Mahalleden", date="2026-04-18",
     byline="Bademli Gönüllüleri",
     title="Mahalle kütüphanemiz bininci kitabını ödünç verdi",
     sub="İki yıl önce 300 bağış kitapla açılan kütüphanede bugün 2.140 kitap var.",
     caption="Eski muhtarlık binasındaki kütüphanenin rafları.", credit="Fotoğraf: Bademli Mahallesi Gönüllüleri",
     low=0,
     look=[("callout", "Kütüphane çarşamba ve cumartesi")],
     body="""
Eski muhtarlık binasında açtığımız mahalle kütüphanesi, geçen cumartesi bininci kitabını ödünç verdi. Rekor kitap Orhan Veli'nin şiirleri oldu ve onu 11 yaşındaki Deniz aldı.

Kütüphane iki yıl önce komşuların bağışladığı 300 kitapla açılmıştı. Rafları mahalledeki marangoz Cemal Usta hurda tahtalardan yapmış, boyasını da çocuklar üstlenmişti. Bugün raflarda 2.140 kitap, kayıtlarımızda 186 okur var. Kütüphaneyi başından beri gönüllü olarak yürüten emekli öğretmen Hatice Uysal'la konuştuk.

**Bin kitap çok mu?**

Bizim mahalle için çok. İlk ay dokuz kitap vermiştik, ben buna bile sevinmiştim.

**En çok ne okunuyor?**

Çocuklar çizgi roman ve macera kitapları alıyor. Yetişkinlerde polisiye romanlar rafta hiç durmuyor.

**Geri getirmeyen oluyor mu?**

Oluyor ama çok az. Bir kitap bize üç yıl sonra, içinde bir teşekkür notuyla geri döndü.

**Neye ihtiyacınız var?**

Raf ve gönüllü. Cumartesileri tek başıma yetişemiyorum. Bir de çocuk kitapları için alçak bir dolap lazım; küçükler üst raflara uzanamıyor.

Kütüphane çarşamba ve cumartesi günleri 14.00 ile 18.00 arasında açık. Kitap bağışlarınızı da bu saatlerde getirebilirsiniz.
"""),

dict(id="h46-de-001", lang="de", tpl="amp", section="Region", date="2026-01-29", byline="Tobias Kemmerling",
     title="Eisregen im Landkreis Fellbrunn: 23 Unfälle bis zum Mittag",
     sub="Die Straßenmeistereien waren ab drei Uhr unterwegs, der Schulbusverkehr wurde eingestellt.",
     caption="Ein Streufahrzeug auf der Kreisstraße bei Wüstenbrunn.", credit="Foto: Tobias Kemmerling",
     carry=["gritting"],
     body="""
Gefrierender Regen hat in der Nacht zum Donnerstag die Straßen im Landkreis Fellbrunn in Rutschbahnen verwandelt. Die Polizei zählte bis zum Mittag 23 Unfälle, fünf Menschen wurden leicht verletzt.

Die Fahrzeuge der Straßenmeistereien waren ab drei Uhr im Einsatz. Nach Angaben des Landratsamts streuten sie insgesamt rund 410 Tonnen Salz auf Kreis- und Bundesstraßen.

„Bei Eisregen können Sie streuen, so viel Sie wollen – was oben draufkommt, friert sofort wieder an“, sagte der Leiter der Straßenmeisterei Kirchhaslach, Bernd Zeitler. Seine Kollegen seien teilweise zwölf Stunden ohne Pause gefahren.

## Schulbusse blieben stehen

Der Schulbusverkehr wurde am Morgen kreisweit eingestellt. Viele Eltern erfuhren davon erst an der Haltestelle. Das Landratsamt räumte ein, die Meldung sei zu spät verschickt worden.

Besonders betroffen war die Staatsstraße zwischen Wüstenbrunn und Oberkrölitz, wo ein Lastwagen quer stand. Sie blieb bis 10.30 Uhr gesperrt.

## Auch in der kommenden Nacht glatt

Der Deutsche Wetterdienst rechnet auch in der kommenden Nacht mit Glätte, vor allem in den Höhenlagen über 500 Metern. Die Polizei rät, Fahrten nach Möglichkeit zu verschieben.

Gehwege müssen Anlieger in Fellbrunn werktags ab sieben Uhr räumen und streuen. Wer das versäumt, haftet bei Stürzen.
"""),

dict(id="h46-de-002", lang="de", tpl="gutenberg", section="Lindenau", date="2026-02-26", byline="Sabine Würzner",
     title="Hallenbad Lindenau öffnet nach zwei Jahren Sanierung",
     sub="Die Stadt hat 6,8 Millionen Euro in das Bad von 1974 gesteckt. Am Eröffnungswochenende ist der Eintritt frei.",
     caption="Das neu geflieste 25-Meter-Becken im Hallenbad Lindenau.", credit="Foto: Sabine Würzner",
     carry=["swimtimes"],
     look=[("dropcap", "Nach zwei Jahren Sanierung"), ("box", "Zur Eröffnung ist der Eintritt")],
     body="""
Nach zwei Jahren Sanierung öffnet das Hallenbad Lindenau am Samstag wieder. Die Stadt hat 6,8 Millionen Euro in das Bad aus dem Jahr 1974 gesteckt, mehr als eine Million mehr als geplant.

Neu sind eine Photovoltaikanlage auf dem Dach, barrierefreie Umkleiden und ein Hubboden im Lehrschwimmbecken. Das große Becken mit seinen 25-Meter-Bahnen ist geblieben, wurde aber komplett neu gefliest.

„Wir hatten jede Fliese einzeln in der Hand“, sagt Bäderleiter Jens Maurischat. Unter dem Beckenrand sei bei den Arbeiten Asbest gefunden worden, das habe die Bauzeit um ein halbes Jahr verlängert.

Für die Vereine war die Schließung ein Kraftakt. Die DLRG-Ortsgruppe trainierte in der Zwischenzeit in einem Bad im Nachbarkreis, 40 Minuten Fahrt entfernt. Die Zahl der Kinder, die in Lindenau schwimmen lernen, ist nach Angaben der Stadt in dieser Zeit um ein Drittel gesunken.

Die Eintrittspreise steigen leicht: Erwachsene zahlen künftig 4,50 Euro, Kinder 2,50 Euro. Schulen und Vereine nutzen das Bad wie bisher kostenlos.

Zur Eröffnung ist der Eintritt am Samstag und Sonntag frei. Um 10 Uhr gibt es ein Anschwimmen mit Oberbürgermeisterin Karin Stöcklein, danach Spiele für Kinder im Lehrschwimmbecken.
"""),

dict(id="h46-de-003", lang="de", tpl="nextjs", section="Gesundheit", date="2026-03-18", byline="Lena Hochstätter",
     title="„Besuch ist keine Störung“: Intensivstation ohne feste Besuchszeiten",
     sub="Im Kreisklinikum Mettenbach dürfen Angehörige rund um die Uhr kommen. Ein Gespräch mit der Stationsleiterin.",
     caption="Stationsleiterin Miriam Oberthür im Angehörigenraum der Intensivstation.", credit="Foto: Lena Hochstätter",
     carry=["visiting"],
     look=[("bold", "Auf der Intensivstation des Kreisklinikums")],
     body="""
Auf der Intensivstation des Kreisklinikums Mettenbach gibt es seit diesem Monat keine festen Besuchszeiten mehr. Angehörige können rund um die Uhr kommen, nur während der Schichtübergabe bleibt die Tür zu. Wir haben mit Stationsleiterin Miriam Oberthür gesprochen.

**Warum die Änderung?**

Studien zeigen, dass Patienten ruhiger und seltener verwirrt sind, wenn vertraute Menschen bei ihnen sind. Das erleben wir auch selbst.

**Wird es nicht zu voll?**

Nein. Wir lassen höchstens zwei Besucher gleichzeitig ans Bett. Die meisten kommen ohnehin am Abend.

**Und nachts?**

Auch nachts darf jemand da sein, etwa wenn es einem Patienten sehr schlecht geht. Dann stellen wir einen Sessel ans Bett.

**Was sagen die Pflegekräfte?**

Anfangs gab es Skepsis. Inzwischen sagen viele, dass die Angehörigen ihnen Arbeit abnehmen – beim Essen, beim Beruhigen, beim Erzählen.

**Gibt es Regeln?**

Hände desinfizieren, Handy auf lautlos, und bei einer Notfallbehandlung bitten wir alle kurz hinaus.

Die Klinik hat für die Intensivstation einen eigenen Angehörigenraum mit Kaffeemaschine und Liege eingerichtet. Auf den übrigen Stationen gelten weiter die bisherigen Besuchszeiten von 14 bis 19 Uhr.
"""),

dict(id="h46-fr-001", lang="fr", tpl="magnolia", site="Le Régional du Val de Sornaz", section="Région Sornaz", date="2026-03-30",
     byline="Céline Pittet",
     title="La piscine couverte de Sornaz rouvre avec un bassin nordique",
     sub="Après dix-huit mois de travaux, les Prés-du-Lac accueillent de nouveau les nageurs dès lundi.",
     caption="Le bassin intérieur de la piscine des Prés-du-Lac, à Sornaz.", credit="Photo : Céline Pittet / Le Régional",
     inset=("Le nouveau bassin nordique, côté lac.", "Photo : Le Régional du Val de Sornaz"),
     carry=["swimtimes"],
     look=[("dropcap", "Après dix-huit mois de travaux"), ("factbox", "Les nouveautés"),
           ("highlight", "Les tarifs augmentent légèrement")],
     body="""
Après dix-huit mois de travaux, la piscine couverte des Prés-du-Lac, à Sornaz, rouvre ses portes lundi. Les nageurs y découvriront un bassin extérieur chauffé, ouvert toute l'année, que la commune présente comme le premier bassin nordique de la région.

Le chantier a coûté 14,2 millions de francs, financés par Sornaz et six communes voisines réunies en association intercommunale. Le bâtiment, construit en 1979, perdait près d'un tiers de sa chaleur par la toiture.

« On chauffait la vallée autant que l'eau », résume le chef du service des sports, Frédéric Monnard. Le nouveau toit, couvert de panneaux solaires, doit réduire la facture d'énergie de moitié.

## Les nouveautés

- Un bassin nordique de 25 mètres, chauffé à 28 degrés
- Un bassin d'apprentissage à fond mobile
- Un espace bien-être avec sauna et hammam
- Des vestiaires familiaux

Les tarifs augmentent légèrement : l'entrée adulte passe de 7 à 8 francs, l'entrée enfant reste à 4 francs. Les habitants des communes de l'association bénéficient d'une réduction de 20 %.

Les clubs de natation et de sauvetage, qui s'entraînaient depuis l'automne 2024 à Verbières, retrouvent leurs lignes d'eau dès la semaine prochaine. Les écoles reprendront les cours de natation après les vacances de Pâques.

Une journée portes ouvertes, avec entrée gratuite, est organisée samedi de 9 heures à 18 heures.
"""),

dict(id="h46-fr-002", lang="fr", tpl="drupal", site="Commune de Villars-sur-Brenaz", kind="public", section="Actualités", date="2026-05-06",
     byline="Service communication",
     title="Cinq boîtes à livres installées dans la commune",
     sub="Fabriquées par des lycéens et peintes par les enfants de l'accueil de loisirs.",
     caption="La boîte à livres de la place de la Mairie.", credit="Photo : Mairie de Villars-sur-Brenaz",
     carry=["map"], avoid=["comments"],
     look=[("box", "Chaque boîte est parrainée")],
     body="""
La commune a installé cette semaine cinq boîtes à livres dans différents quartiers. Chacun peut y déposer un livre ou en emprunter un, gratuitement et sans inscription.

Les boîtes ont été fabriquées par les élèves de la section menuiserie du lycée professionnel Jean-Rostand, à partir d'anciennes armoires électriques récupérées auprès du syndicat d'énergie. Les enfants de l'accueil de loisirs les ont peintes pendant les vacances d'hiver.

Elles se trouvent aux emplacements suivants :

- place de la Mairie, à côté de l'abribus
- parc du Moulin, près de l'aire de jeux
- entrée de la médiathèque, rue des Écoles
- hameau des Granges, devant l'ancien lavoir
- parking de la salle polyvalente

Chaque boîte est parrainée par un habitant volontaire, qui veille à son état et retire les ouvrages abîmés. La médiathèque y déposera régulièrement des livres retirés de ses collections.

« L'idée est venue du conseil municipal des jeunes, qui l'a défendue pendant deux ans », rappelle l'adjointe à la culture, Sylvie Darbon.

Le coût total du projet s'élève à 2 300 euros, pris en charge en partie par le département.

Les livres pour adultes et pour enfants sont les bienvenus. Merci de ne pas y déposer d'encyclopédies, de manuels scolaires ni de magazines.
"""),

dict(id="h46-fr-003", lang="fr", tpl="table", section="Sports", date="2026-04-05", byline="Julien Chastagnol",
     title="Le HBC Montaubert décroche la montée en Nationale 2",
     sub="Vainqueurs de Saint-Aulaire (31-27), les handballeurs retrouvent ce niveau après 28 ans d'absence.",
     caption="La joie des joueurs de Montaubert au coup de sifflet final.", credit="Photo : Julien Chastagnol",
     carry=["scores"],
     body="""
C'est fait. En battant Saint-Aulaire 31 à 27 samedi soir dans une salle Pierre-de-Coubertin pleine à craquer, le Hand-Ball Club de Montaubert s'est assuré la montée en Nationale 2, à deux journées de la fin du championnat.

Les Montalbertins ont longtemps tremblé. Menés de trois buts à la pause, ils ont renversé la rencontre grâce à une défense enfin retrouvée et aux arrêts de leur gardien, Killian Reverchon, auteur de seize parades.

« À la mi-temps, personne n'a crié. On s'est juste regardés et on s'est dit qu'on n'allait pas laisser passer ça », a raconté le capitaine, Yanis Bellanger, meilleur marqueur du soir avec neuf buts.

**Une première depuis 1998**

Le club n'avait plus évolué à ce niveau depuis 28 ans. Il compte aujourd'hui 240 licenciés, dont une centaine de moins de quinze ans, et fonctionne avec un seul salarié.

La montée pose déjà des questions. En Nationale 2, les déplacements seront plus longs et plus coûteux. Le président, Gérard Tissandier, estime le budget nécessaire à 60 000 euros, contre 38 000 cette saison.

« On va frapper à toutes les portes, à commencer par celle de la mairie », sourit-il.

Le dernier match à domicile de la saison aura lieu le 18 avril contre Valcreuse. Le club prévoit une fête avec les supporters à l'issue de la rencontre.
"""),

dict(id="h46-es-001", lang="es", tpl="fusion", section="Sanidad", date="2026-02-10", byline="Laura Ochandiano",
     title="El hospital comarcal abre la UCI a las familias durante todo el día",
     sub="Los familiares ya no tendrán que esperar a las dos franjas de media hora que se permitían hasta ahora.",
     caption="La sala de espera reformada junto a la UCI del Hospital Comarcal de Valdelinares.", credit="Foto: Laura Ochandiano",
     carry=["visiting"],
     look=[("factbox", "Las nuevas normas de la UCI")],
     body="""
El Hospital Comarcal de Valdelinares ha eliminado las restricciones horarias de visita en su unidad de cuidados intensivos. Desde este lunes, los familiares de los pacientes pueden entrar a cualquier hora del día, y no solo en las dos franjas de media hora que se permitían hasta ahora.

La medida forma parte del plan de humanización de la UCI que el hospital puso en marcha hace un año. La unidad tiene ocho camas y atiende a unos 450 pacientes al año.

«Un paciente que tiene a su hija al lado está más tranquilo, duerme mejor y necesita menos sedación», explica la jefa de servicio, la doctora Marta Iribarren. «La familia no es un estorbo, es parte del tratamiento».

## Las nuevas normas de la UCI

- Las visitas se permiten de 8.00 a 22.00
- Solo puede haber una persona a la vez junto a cada cama
- En los cambios de turno, a las 8.00, 15.00 y 22.00, se pide a los familiares que salgan unos minutos
- Los menores pueden entrar acompañados, tras consultarlo con el personal

El hospital ha reformado además la sala de espera, que ahora cuenta con sillones reclinables, un microondas y una pequeña biblioteca.

Las familias lo han recibido con alivio. Antonio Gallart, cuyo padre lleva once días ingresado, asegura que antes pasaba horas en el coche esperando a que abrieran la puerta. «Ahora me quedo con él hasta que se duerme», cuenta.

El resto de plantas mantiene el horario de visitas de 12.00 a 21.00.
"""),

dict(id="h46-es-002", lang="es", tpl="quintype", section="Navalcarral", date="2026-06-12", byline="Diego Cantalapiedra",
     title="La piscina de Navalcarral abre con cursillos de natación gratis",
     sub="Hablamos con la coordinadora de la piscina, socorrista desde hace quince veranos.",
     caption="La piscina municipal de Navalcarral, lista para la temporada.", credit="Foto: Diego Cantalapiedra",
     carry=["swimtimes"],
     look=[("highlight", "La piscina abrirá todos los días")],
     body="""
La piscina municipal de Navalcarral abre este sábado la temporada de verano con una novedad: los cursillos de natación para niños de cuatro a doce años serán gratuitos por primera vez. Hablamos con Irene Solís, coordinadora de la piscina y socorrista desde hace quince veranos.

**¿Por qué gratis?**

Porque el año pasado se quedaron cuarenta niños sin plaza y muchos eran de familias que no podían pagar los 60 euros del curso. Saber nadar no debería depender de eso.

**¿Cuántas plazas hay?**

Ciento ochenta, en grupos de diez. Las clases son de lunes a viernes, por la mañana.

**¿Cómo se apuntan?**

En el ayuntamiento o desde la app municipal, a partir del lunes a las nueve. Se asignan por orden de inscripción.

**¿Algún cambio en la piscina?**

Hemos puesto toldos nuevos y una zona de sombra con césped. Y la cafetería ha cambiado de dueños.

**¿Un consejo para los padres?**

Que no miren el móvil. Los socorristas estamos, pero el primero que vigila es el padre.

La piscina abrirá todos los días de 12.00 a 20.30 hasta el 7 de septiembre. La entrada cuesta 3 euros para adultos y 1,50 para menores y jubilados; el bono de temporada, 45 euros.
"""),

dict(id="h46-es-003", lang="es", tpl="storybody", section="Economía", date="2026-05-20", byline="Rocío Valderrama",
     title="El mercado de abastos de San Lorenzo abrirá también por las tardes",
     sub="Los comerciantes aprueban el cambio de horario por 19 votos a favor y 7 en contra.",
     caption="Puestos de fruta en el mercado de abastos de San Lorenzo.", credit="Foto: Rocío Valderrama",
     low=1, only=["correction"],
     correction="Corrección: en una versión anterior de esta noticia se decía que el mercado abriría también los sábados por la tarde. Solo abrirá de martes a viernes.",
     body="""
El mercado de abastos de San Lorenzo abrirá por las tardes a partir del 2 de junio, de martes a viernes, de 17.30 a 20.30. Es la primera vez en sus 62 años de historia que el mercado cambia su horario, limitado hasta ahora a las mañanas.

La decisión se tomó en la asamblea de comerciantes del pasado jueves, por 19 votos a favor y 7 en contra. Los puestos que no quieran abrir por la tarde no estarán obligados a hacerlo durante los primeros seis meses.

«La gente joven trabaja por la mañana. Si no abrimos cuando pueden venir, no vendrán nunca», defiende la presidenta de la asociación de comerciantes, Rocío Benjumea, que regenta una frutería en el mercado desde 1994.

Algunos vendedores veteranos se muestran escépticos. El carnicero Manuel Tirado, con 40 años en el puesto, teme que los clientes se repartan entre la mañana y la tarde sin que aumenten las ventas. «Lo probaremos, pero yo a las ocho de la tarde no vendo ni un filete», dice.

El Ayuntamiento ha aprobado una partida de 18.000 euros para mejorar la iluminación y la climatización del edificio, que en verano supera con facilidad los 30 grados.

Además, el aparcamiento subterráneo será gratuito durante la primera hora para los clientes del mercado, que deberán sellar el tique en cualquiera de los puestos.
"""),

dict(id="h46-ru-001", lang="ru", tpl="chunks", section="Город", date="2026-02-02", byline="Ольга Кривошеева",
     title="Снегопад в Верхнеозёрске: дорожники обработали 140 километров улиц",
     sub="На уборку вышли 64 единицы техники, к утру выпало до 25 сантиметров снега.",
     caption="Снегоуборочная техника на проспекте Строителей.", credit="Фото: Ольга Кривошеева",
     carry=["gritting"],
     body="""
Сильный снегопад, начавшийся в Верхнеозёрске в ночь на понедельник, к утру засыпал город слоем до 25 сантиметров. На улицы вышли 64 единицы техники и более 200 дорожных рабочих.

По данным городского управления благоустройства, за сутки реагентом и песчано-солевой смесью обработаны 140 километров дорог. Вывезено около 3 тысяч кубометров снега.

«В первую очередь чистим маршруты общественного транспорта, подъезды к больницам и школам. Дворы — следом, их убирают управляющие компании», — пояснил начальник управления Виктор Семибратов.

## Пробки и опоздания

Утром на въездах в город образовались пробки длиной до шести километров. Автобусы пригородных маршрутов опаздывали на 30–40 минут. В ГИБДД сообщили о 37 мелких авариях, пострадавших нет.

Жители жалуются прежде всего на тротуары. «Дорогу почистили, а до остановки я шла по колено в снегу», — рассказала пенсионерка Нина Гаврилюк с улицы Строителей.

В управлении пообещали, что тротуары в центре расчистят до вечера вторника, а в спальных районах — до среды.

Синоптики прогнозируют, что снегопад продолжится до вторника, а затем ударят морозы до минус 24 градусов. Водителей просят не оставлять машины вдоль обочин, чтобы не мешать уборочной технике.

Сообщить о неубранной улице можно по телефону единой дежурной диспетчерской службы или через городской портал.
"""),

dict(id="h46-ru-002", lang="ru", tpl="semantic", section="Спорт", date="2026-02-20", byline="Андрей Кулебякин",
     title="«Лёд заливаем сами»: тренер дворовой хоккейной команды — о зиме без выходных",
     sub="Сергей Малахов двенадцатую зиму бесплатно тренирует детей во дворе на улице Мичурина.",
     caption="Тренировка «Метеора» на дворовом катке.", credit="Фото: Андрей Кулебякин",
     look=[("italic", "Городской турнир дворовых команд")],
     body="""
Уже двенадцатую зиму Сергей Малахов заливает каток во дворе на улице Мичурина и тренирует на нём детскую хоккейную команду «Метеор». Бесплатно. Мы поговорили с ним перед городским турниром дворовых команд.

**Сколько у вас ребят?**

Сорок два, от семи до пятнадцати лет. Приходят сами, никого не зазываю.

**Кто заливает лёд?**

Я и родители. Начинаем в декабре, когда устанавливаются морозы. Поливаем ночью из шланга от котельной, восемь-девять слоёв.

**Откуда форма?**

Часть купил спорткомитет, часть передали взрослые команды. Шлемы в прошлом году подарил местный предприниматель, который сам когда-то играл в этом дворе. Коньки дети донашивают друг за другом.

**Тяжело?**

Бывает. Но когда малыш, который в декабре не стоял на коньках, в феврале забивает — ради этого и стоит.

**Чего не хватает команде?**

Освещения. Два фонаря на всю коробку. После пяти часов играем почти в темноте. Обещали поставить прожектор ещё в прошлом году, но пока ждём.

Городской турнир дворовых команд пройдёт в субботу на стадионе «Труд». «Метеор» сыграет в младшей и средней возрастных группах. Вход для зрителей свободный.
"""),

dict(id="h46-ru-003", lang="ru", tpl="magazine", section="Люди", date="2026-03-14", byline="Марина Толстопятова",
     title="Баянист из Заречья: шестьдесят лет на свадьбах и проводах",
     sub="Анатолий Пестов отыграл больше тысячи праздников и теперь ищет ученика.",
     caption="Анатолий Пестов с тульским баяном, на котором учился играть.", credit="Фото: Марина Толстопятова",
     pull="Баян — он как собака, ему хозяин нужен",
     look=[("dropcap", "В доме Анатолия Пестова"), ("box", "Денег за игру он никогда")],
     body="""
В доме Анатолия Пестова в селе Заречье баянов четыре. Самому старому, тульскому, семьдесят лет, на нём Пестов выучился играть ещё мальчишкой. На самом новом он играл в прошлую субботу, на свадьбе внучки соседа.

Всего, по его подсчётам, за шестьдесят лет он отыграл больше тысячи свадеб, проводов в армию и юбилеев. Записей не вёл, но помнит почти каждый праздник.

«Раньше свадьба шла три дня, и баянист три дня не спал. Сейчас — пять часов, и то половину времени крутят музыку с телефона», — смеётся музыкант.

**Учился на слух**

Нот Пестов так и не выучил. Играет на слух и, по его словам, может подобрать любую песню, если услышит её дважды. Репертуар — от «Катюши» до песен, которые заказывают внуки.

Денег за игру он никогда не назначал. «Кто сколько даст. Бывало, платили мешком картошки, а бывало — поросёнком», — вспоминает он.

В этом году Анатолию Пестову исполнится восемьдесят. Останавливаться он не собирается, но ищет ученика. Пока желающих двое: десятилетний правнук и местный фельдшер.

«Баян — он как собака, ему хозяин нужен. Без рук пропадёт», — говорит музыкант.
"""),
]
