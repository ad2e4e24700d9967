# Turkish, German, French, Spanish and Russian stories for the ninety-seventh held-out part (h97-*).
# Fictional; written for newsflow. Markup and fields as in articles_h97_en.py.
ARTICLES = [
dict(id="h97-tr-001", lang="tr", tpl="jnews", site="Akçakavak Bülteni",
     section="Yerel", date="2026-02-07", byline="Serpil Doğanay",
     title="Dereboyu kapalı pazar yeri iki yıl sonra yeniden açıldı",
     sub="Çatısı kar yükünden çöken pazar yerinde 120 tezgâh, soğuk hava deposu ve çocuk oyun alanı var.",
     caption="Dereboyu kapalı pazar yerinin yeni binası.", credit="Serpil Doğanay",
     tags=["Dereboyu", "pazar yeri"],
     look=[("box", "Belediye Başkanı Murat Erdoğdu")],
     body="""
Akçakavak'ın Dereboyu Mahallesi'ndeki kapalı pazar yeri, iki yıl süren yenileme çalışmalarının ardından cumartesi günü yeniden açıldı.

1974'te yapılan pazar yerinin çatısı 2024 kışında kar yükü nedeniyle çökmüş, esnaf o günden beri otoparkta çadır altında satış yapıyordu.

Belediye, yeni pazar yeri için 18 milyon lira harcadı. Binada 120 tezgâh, soğuk hava deposu, engelli tuvaleti ve küçük bir çocuk oyun alanı bulunuyor.

**Esnaf yeni binadan memnun**

Otuz yıldır pazarda sebze satan Hatice Yılmaz, çadır altında geçen iki kışın çok zor olduğunu söyledi. “Ellerimiz dondu, müşteri de gelmedi. Şimdi sıcak bir yerde, rahat rahat satış yapacağız,” dedi.

Belediye Başkanı Murat Erdoğdu açılışta yaptığı konuşmada, pazar yerinin çatısına güneş panelleri takılacağını ve binanın kendi elektriğini üreteceğini açıkladı.

Bazı esnaf ise tezgâh kiralarından şikâyetçi. Yeni binada aylık kira 1.500 liradan 2.400 liraya çıktı. Esnaf odası, kiranın ilk yıl için indirilmesini istedi ve belediyeye yazılı başvuruda bulundu.

Mahalle sakinleri de yeni binadan memnun. Emekli öğretmen Nurten Kaya, artık yağmurda çamurun içinde alışveriş yapmak zorunda kalmayacaklarını söyledi.

Pazar, salı ve cumartesi günleri sabah 7'den akşam 6'ya kadar açık olacak.
"""),

dict(id="h97-tr-002", lang="tr", tpl="drupal",
     section="Ulaşım", date="2026-09-23", byline="Kerem Aydınlı",
     title="Akçakavak'a gece çalışacak 40 yeni taksi plakası geliyor",
     sub="İlçedeki taksi sayısı 1998'den beri değişmedi; taksiciler odası karara tepkili.",
     caption="Akçakavak otogarı önündeki taksi durağı.", credit="Kerem Aydınlı",
     carry=["taxilicensing"],
     body="""
Akçakavak Belediye Meclisi, ilçede gece saatlerinde taksi bulmanın giderek zorlaşması üzerine 40 yeni taksi plakası çıkarılmasına karar verdi.

İlçede şu anda 96 taksi çalışıyor. Bu sayı 1998'den beri hiç değişmedi. Aynı sürede ilçenin nüfusu 41 binden 73 bine çıktı.

Meclis toplantısında söz alan esnaf temsilcileri, özellikle gece yarısından sonra taksi bulunamadığını, hastaneden çıkan vardiya çalışanlarının ve sahil tarafındaki lokantaların müşterilerinin saatlerce beklediğini anlattı.

Yeni plakalar ihaleyle satılacak. Belediye, plakaların yarısını yalnızca gece 22.00 ile sabah 06.00 arasında çalışacak araçlara vermeyi planlıyor.

Hastanede hemşire olarak çalışan Derya Uçar, gece vardiyasından sonra eve yürüyerek döndüğünü anlattı. “Saat birde ne otobüs var ne taksi. Kırk dakika yürüyorum,” dedi.

Taksiciler Odası Başkanı Recep Karakaya ise karara tepkili. “Gündüz zaten müşteri yok, duraklarda saatlerce bekliyoruz. Yeni plaka, mevcut şoförlerin ekmeğini küçültür,” dedi.

Belediye Başkan Yardımcısı Gülten Aksoy, gece çalışacak araçların gündüz durağa giremeyeceğini, bu yüzden mevcut taksicilerin etkilenmeyeceğini söyledi.

İhale şartnamesi önümüzdeki ay belediyenin ilan panosunda ve internet sitesinde yayımlanacak. Başvurular, belediye binasının zemin katındaki zabıta müdürlüğüne yapılacak.
"""),

dict(id="h97-tr-003", lang="tr", tpl="storybody",
     section="Yaşam", date="2026-03-15", byline="Serpil Doğanay",
     title="Sazlıdere'nin 40 yıllık muhtarı görevi bırakıyor",
     sub="Ali Rıza Koç, yol, su ve boşalan köy okulu üzerine konuştu.",
     caption="Muhtar Ali Rıza Koç köy kahvesinde.", credit="Serpil Doğanay",
     low=0,
     body="""
Sazlıdere köyünün muhtarı Ali Rıza Koç, 40 yıl sonra görevi bırakıyor. 72 yaşındaki Koç ilk kez 1984'te seçilmiş, o günden beri on seçim kazanmıştı. Kendisiyle köy kahvesinde konuştuk.

**Muhtar olmaya nasıl karar verdiniz?**

Karar vermedim, köylü verdi. Babam da muhtardı, öldüğünde kimse istemedi. Beni aday gösterdiler, ben de hayır diyemedim.

**En çok neyle uğraştınız?**

Yol ve su. Köye asfalt 1996'da geldi, içme suyu 2003'te. İkisi için de Ankara'ya kaç kez gittiğimi hatırlamıyorum.

**Köy değişti mi?**

Çok değişti. Benim çocukluğumda okulda 80 çocuk vardı, şimdi okul kapalı. Gençler şehre gitti. Ama yazın herkes geliyor, köy doluyor.

**Yerinize kim geçecek?**

Komşumun kızı Elif aday. Ziraat mühendisi, okuduktan sonra köye geri döndü. Bence iyi bir muhtar olur.

**Görevi bıraktıktan sonra ne yapacaksınız?**

Bahçemle uğraşacağım, torunlarıma bakacağım. Bir de kahvede tavla oynamaya nihayet vaktim olacak.

**Size en çok ne kızdırdı?**

Evrak. Bir çeşme tamiri için altı imza topladığım oldu. Ama köylü hiç kızdırmadı, kavga eden iki komşuyu barıştırmak da benim işimdi.

Köylüler, Koç için pazar günü öğleden sonra köy meydanında bir veda yemeği düzenliyor. Herkes davetli.
"""),

dict(id="h97-de-001", lang="de", tpl="typo3",
     section="Menschen", date="2026-08-28", byline="Katrin Vollmer",
     title="Nach 2.900 Geburten: Lindenhains Hebamme Monika Reuter hört auf",
     sub="Ein Gespräch über die erste Nacht im Kreißsaal, besser informierte Eltern und fehlende Kolleginnen.",
     caption="Monika Reuter in ihrer Praxis in der Lindenhainer Bahnhofstraße.", credit="Katrin Vollmer",
     look=[("callout", "Die Stadt Lindenhain sucht")],
     body="""
Nach 38 Jahren und rund 2.900 Geburten geht Monika Reuter, die bekannteste Hebamme im Ohrbachtal, Ende des Monats in den Ruhestand. Wir haben mit ihr gesprochen.

**Wissen Sie noch, wie Ihre erste Geburt war?**

Als wäre es gestern gewesen. Es war ein Junge, um vier Uhr morgens, im alten Kreiskrankenhaus. Ich habe danach im Auto geweint vor Erleichterung.

**Was hat sich seitdem verändert?**

Die Frauen sind besser informiert, manchmal zu gut. Sie haben alles gelesen und haben trotzdem Angst. Mein Beruf ist heute viel mehr Zuhören als früher.

**Warum finden so wenige Frauen eine Hebamme?**

Weil wir zu wenige sind. Im Ohrbachtal kommen auf 600 Geburten im Jahr noch vier freiberufliche Hebammen. Viele junge Kolleginnen hören nach ein paar Jahren auf, weil die Bereitschaftsdienste so schlecht bezahlt werden.

**Ihr schönster Moment?**

Als eine Frau, der ich selbst auf die Welt geholfen hatte, mich für ihr eigenes Kind angerufen hat.

Die Stadt Lindenhain sucht seit einem Jahr eine Nachfolgerin für Reuters Praxis. Schwangere ohne Hebamme können sich an die Hebammenzentrale des Landkreises wenden, die montags bis freitags von 9 bis 12 Uhr unter 06574 2210 erreichbar ist.
"""),

dict(id="h97-de-002", lang="de", tpl="contao",
     section="Lindenhain", date="2026-05-20", byline="Jörg Pfannkuch",
     title="26 Bäume für die Lindenhainer Hauptstraße",
     sub="Der Stadtrat opfert zwölf Parkplätze für Schatten zwischen Marktplatz und Bahnhof.",
     caption="Die Lindenhainer Hauptstraße ohne einen einzigen Baum.", credit="Jörg Pfannkuch",
     carry=["streettrees"], run_in=["streettrees"],
     body="""
Die Hauptstraße in Lindenhain soll grüner werden: Der Stadtrat hat am Dienstagabend beschlossen, zwischen Marktplatz und Bahnhof 26 Bäume zu pflanzen und dafür zwölf Parkplätze aufzugeben.

Seit dem Umbau in den Siebzigerjahren steht an der Hauptstraße kein einziger Baum. Im vergangenen Sommer wurden dort an mehreren Tagen mehr als 40 Grad auf dem Asphalt gemessen.

## Händler sind geteilter Meinung

Die Werbegemeinschaft hatte sich lange gegen den Wegfall der Parkplätze gewehrt. Ihr Vorsitzender, der Optiker Jens Albrecht, sagte nach der Sitzung, man könne mit dem Kompromiss leben. „Wenn die Leute im Sommer lieber hier bummeln als im Einkaufszentrum, haben wir alle etwas davon.“

Die Bäckerin Ilse Haberkorn sieht das anders. Ihre Stammkundschaft sei älter und auf Parkplätze vor der Tür angewiesen.

## Bürger können Paten werden

Die Bäume kosten mit Pflanzung und Baumscheibe rund 3.800 Euro pro Stück. Die Stadt übernimmt den Großteil, bittet aber Bürgerinnen und Bürger, Vereine und Firmen um Patenschaften. Paten bekommen eine kleine Tafel am Baum und helfen in den ersten Sommern beim Gießen.

Gepflanzt wird im November. Wer eine Patenschaft übernehmen möchte, meldet sich beim Umweltamt im Rathaus.
"""),

dict(id="h97-de-003", lang="de", tpl="plone", site="Stadt Lindenhain", kind="public",
     section="Pressemitteilungen", date="2026-06-09", byline="Pressestelle der Stadt Lindenhain",
     title="Stadtfest 2026: Kostenloses Trinkwasser an vier Stationen",
     sub="Die Stadtwerke stellen gekühltes Leitungswasser bereit, die Stände schenken nur noch in Pfandbechern aus.",
     caption="Eine Trinkwasserstation der Stadtwerke Lindenhain.", credit="Stadtwerke Lindenhain",
     carry=["waterrefill"],
     body="""
Zum Lindenhainer Stadtfest vom 26. bis 28. Juni stellt die Stadt erstmals kostenlose Trinkwasserstationen auf. An vier Stellen in der Innenstadt können Besucherinnen und Besucher ihre Flaschen mit Leitungswasser auffüllen.

Die Stationen werden von den Stadtwerken Lindenhain betrieben und direkt an das Trinkwassernetz angeschlossen. Das Wasser wird vorher geprüft und gekühlt.

„Beim Stadtfest im vergangenen Jahr musste das Rote Kreuz an einem einzigen Nachmittag 31 Menschen wegen Kreislaufproblemen versorgen“, sagt Oberbürgermeisterin Dr. Carola Wendt. „Wer genug trinkt, kann das Fest auch bei Hitze genießen.“

Gleichzeitig will die Stadt weniger Müll. Die Zahl der Einwegbecher und Plastikflaschen, die nach dem Fest eingesammelt wurden, lag 2025 bei rund 48.000. Die Standbetreiber geben Getränke deshalb in diesem Jahr nur noch in Pfandbechern aus.

Das Programm des Stadtfests umfasst:

- Livemusik auf drei Bühnen am Marktplatz, im Schlosspark und an der Ohrbachbrücke
- einen Kinderflohmarkt am Samstag
- den Festumzug der Vereine am Sonntag um 14 Uhr

Das vollständige Programm liegt ab dem 1. Juni in der Tourist-Information am Marktplatz aus.
"""),

dict(id="h97-fr-001", lang="fr", tpl="blox",
     section="Sports et loisirs", date="2026-06-24", byline="Nathalie Cabrol",
     title="Montcalvel : la piscine municipale rouvre après deux étés fermée",
     sub="Le bassin de 1969, qui fuyait, a été remplacé par un bassin plus petit.",
     caption="Le nouveau bassin de la piscine de Montcalvel.", credit="Nathalie Cabrol",
     look=[("highlight", "Après deux étés sans baignade")],
     body="""
Après deux étés sans baignade, la piscine municipale de Montcalvel rouvrira ses portes le 1er juillet. Les travaux de rénovation, d'un montant de 1,4 million d'euros, sont presque terminés.

Le bassin, construit en 1969, fuyait depuis des années. En 2024, les services techniques estimaient qu'il perdait l'équivalent de trois camions-citernes d'eau par jour.

**Un bassin plus petit**

Le nouveau bassin mesure 20 mètres au lieu de 25. Le maire, Jean-Louis Castanier, assume ce choix : « Un bassin plus petit, c'est moins d'eau à chauffer et moins de chlore. Les nageurs du club ont râlé, mais ils s'y feront. »

Une pataugeoire pour les tout-petits et une plage engazonnée avec des parasols ont été ajoutées.

Le club de natation de la Sérane, qui s'entraînait à la piscine intercommunale de Saint-Pons, à 25 kilomètres, va pouvoir revenir. Sa présidente, Sylvie Bonnafous, se dit soulagée : « Nous avons perdu la moitié de nos licenciés en deux ans. »

L'entrée coûtera 3 euros pour les adultes et 1,50 euro pour les enfants. La piscine sera ouverte tous les jours de 11 heures à 19 heures jusqu'au 31 août.
"""),

dict(id="h97-fr-002", lang="fr", tpl="spip",
     section="Environnement", date="2026-05-30", byline="Bruno Ferrières",
     title="Le marché de Montcalvel tourne le dos à la bouteille en plastique",
     sub="Une fontaine, des gourdes et des bocaux consignés : une idée venue d'une classe de CM2.",
     caption="La fontaine installée place de la Halle.", credit="Bruno Ferrières",
     carry=["waterrefill"], run_in=["waterrefill"],
     body="""
Le marché du samedi de Montcalvel veut devenir le premier marché sans bouteille en plastique de la vallée de la Sérane. Depuis début mai, les commerçants n'y vendent plus d'eau en bouteille.

L'idée vient d'une classe de CM2 de l'école des Bories. Les élèves ont ramassé les déchets du marché pendant quatre samedis et compté 612 bouteilles en plastique, dont la moitié encore à moitié pleines.

## Ce qui change sur le marché

Avec l'aide de la mairie et du syndicat des eaux, le marché s'est équipé :

- d'une fontaine raccordée au réseau, place de la Halle
- de 500 gourdes en inox, vendues 4 euros au stand de l'office de tourisme
- de consignes pour les bocaux en verre chez quatre producteurs

« Au début, je pensais que les clients allaient râler », avoue Marie-Claude Vidal, qui vend des fromages de chèvre. « En fait, ils sont plutôt fiers. »

## Prochaine étape : les fêtes de l'été

La commune aimerait étendre l'opération à la fête de la Saint-Jean et au festival de musique des Bories en août. Les cafés du centre-bourg qui acceptent de remplir gratuitement les gourdes recevront un autocollant à mettre en vitrine.
"""),

dict(id="h97-fr-003", lang="fr", tpl="cms",
     section="Vie locale", date="2026-01-27", byline="Nathalie Cabrol",
     title="Aux Bories, la boulangerie retrouve un boulanger",
     sub="Thomas Fabre, 27 ans, a repris le fournil et son four à bois de 1952.",
     caption="Thomas Fabre devant le four à bois des Bories.", credit="Nathalie Cabrol",
     low=0,
     body="""
Le hameau des Bories avait perdu sa boulangerie en décembre. Il en a retrouvé une, et un boulanger de 27 ans.

Thomas Fabre a grandi à Montcalvel et a appris le métier à Toulouse. Quand il a vu que le fournil des Bories était à vendre, il a appelé sa banque le jour même.

## Un four de 1952

Le four à bois, construit en 1952, a été conservé. Thomas Fabre l'allume à 3 heures du matin et y cuit chaque jour une centaine de pains de campagne et de fougasses.

« Le four est capricieux, il faut l'écouter », dit-il en riant. « Mais aucun four électrique ne donne cette croûte. »

## Du pain dans trois villages

La mairie a participé à la rénovation de la boutique à hauteur de 15 000 euros. En échange, le boulanger assure une tournée deux fois par semaine dans trois villages voisins qui n'ont plus de commerce.

Les habitants des Bories, eux, ont retrouvé leur rituel du matin. « On vient chercher le pain et on reste discuter », résume Odette Marty, 81 ans.

La boulangerie est ouverte du mardi au dimanche, de 7 heures à 13 heures.
"""),

dict(id="h97-es-001", lang="es", tpl="sanity",
     section="Medio ambiente", date="2026-10-30", byline="Lucía Barrionuevo",
     title="Las Eras tendrá este invierno sus primeros árboles de calle",
     sub="El Ayuntamiento de Robledillo del Cerro plantará 64 ejemplares tras una recogida de firmas vecinal.",
     caption="La calle Trilla, en el barrio de las Eras.", credit="Lucía Barrionuevo",
     carry=["streettrees"],
     body="""
El barrio de las Eras de Robledillo del Cerro tendrá este invierno sus primeros árboles de calle. El Ayuntamiento plantará 64 ejemplares entre noviembre y febrero, después de que una recogida de firmas vecinal reuniera más de 900 apoyos.

Las Eras se construyó en los años ochenta sobre antiguos terrenos de cultivo y nunca tuvo arbolado. En verano, sus calles superan con frecuencia los 40 grados.

## Qué se va a plantar

Los técnicos municipales han elegido especies que aguantan el calor y necesitan poca agua:

- almeces, en la calle Trilla y la avenida de la Era
- moreras sin fruto, junto al colegio
- olmos resistentes a la grafiosis, en la plaza de los Aperos

Cada árbol cuesta unos 350 euros con el alcorque y el riego por goteo. Los vecinos pueden apadrinar uno y ponerle nombre.

## Los vecinos, a regar

La asociación vecinal se ha comprometido a organizar turnos de riego durante los dos primeros veranos, que son los más difíciles. “Plantar es fácil, lo duro es que sobrevivan”, dice su presidenta, Rocío Garrido.

La primera plantación será el sábado 22 de noviembre a las 10.30 en la calle Trilla, y todo el que quiera puede echar una mano.
"""),

dict(id="h97-es-002", lang="es", tpl="table",
     section="Cultura", date="2026-09-08", byline="Ignacio Morcillo",
     title="La Banda Municipal de Robledillo cumple cien años",
     sub="De doce músicos y un maestro de escuela en 1926 a 46 miembros de entre 11 y 83 años.",
     caption="La Banda Municipal en la plaza Mayor.", credit="Ignacio Morcillo",
     look=[("br", "Ahora dirige a los nietos")],
     body="""
La Banda Municipal de Música de Robledillo del Cerro cumple cien años y lo celebrará con un concierto en la plaza Mayor el sábado 13 de septiembre.

La banda se fundó en 1926 con doce músicos y un director que era también el maestro del pueblo. Hoy tiene 46 miembros, el más joven de 11 años y el mayor de 83.

Durante décadas tocó en todas las fiestas, procesiones y bodas de la comarca. Hubo años difíciles: entre 1937 y 1940 no se reunió, y en los noventa estuvo a punto de desaparecer por falta de músicos.

La salvó la escuela de música municipal, que abrió en 1998 y por la que han pasado más de 600 alumnos.

Su director actual, Andrés Palomino, entró en la banda con nueve años tocando el bombo.

Ahora dirige a los nietos de quienes le enseñaron.

“Una banda de pueblo es una familia muy grande y muy ruidosa”, dice.

El concierto del centenario incluirá un pasodoble compuesto para la ocasión, titulado “Cien años de Robledillo”. La entrada es libre y, en caso de lluvia, se celebrará en el polideportivo.
"""),

dict(id="h97-es-003", lang="es", tpl="portal",
     section="Sociedad", date="2026-07-27", byline="Lucía Barrionuevo",
     title="Robledillo abre refugios climáticos ante una ola de calor de hasta 42 grados",
     sub="La biblioteca, el centro de mayores y el auditorio abrirán por la tarde con aire acondicionado.",
     caption="La fuente de la plaza Mayor de Robledillo del Cerro.", credit="Lucía Barrionuevo",
     carry=["waterrefill"],
     body="""
Robledillo del Cerro ha activado su plan de calor ante la ola que, según la Agencia Estatal de Meteorología, dejará hasta 42 grados en la comarca del Tajuelo a partir del miércoles.

El Ayuntamiento abrirá por las tardes la biblioteca, el centro de mayores y el auditorio como refugios climáticos, con aire acondicionado y agua fresca, de 16.00 a 21.00 horas.

Además, ha revisado las once fuentes públicas del municipio y ha instalado dos nuevas fuentes para rellenar botellas en la plaza Mayor y junto a la piscina.

La concejala de Servicios Sociales, Marisa Cuenca, pidió a los vecinos que llamen o visiten a las personas mayores que viven solas. “Una llamada al día puede salvar una vida”, dijo.

El centro de salud recuerda que hay que beber agua aunque no se tenga sed, evitar salir entre las 12.00 y las 18.00 horas y no dejar nunca a niños ni animales dentro de un coche.

La piscina municipal ampliará su horario hasta las 21.30 mientras dure la alerta.

Quien necesite ayuda puede llamar al teléfono del plan de calor, el 920 000 412, todos los días de 8.00 a 22.00 horas.
"""),

dict(id="h97-ru-001", lang="ru", tpl="ucoz", site="Сосновка на Светлице", kind="small",
     section="Люди посёлка", date="2026-04-23", byline="Admin",
     title="Сорок пять лет в сельской библиотеке",
     sub="Библиотекарь Галина Шубина — о книгах, читателях и о том, зачем посёлку библиотека.",
     caption="Галина Петровна Шубина в читальном зале.", credit="Фото: администрация сайта",
     body="""
В посёлке Сосновка библиотекарь Галина Петровна Шубина отметила 45 лет работы в сельской библиотеке. Мы поговорили с ней о книгах, читателях и о том, зачем посёлку библиотека.

**Как вы пришли в библиотеку?**

После училища меня распределили сюда на три года. Я думала, отработаю и уеду в город. А потом вышла замуж, родились дети, и я осталась.

**А сейчас в Сосновке ещё читают?**

Читают, и много. Пенсионеры берут детективы и книги о здоровье, школьники — то, что задали. Молодые мамы приходят за сказками.

**Чего не хватает библиотеке?**

Новых книг. Фонд пополняется раз в год, и то понемногу. Выручают жители: приносят то, что прочитали сами.

**Что изменилось за 45 лет?**

Раньше библиотека была местом, где берут книги. Теперь это место, где собираются. У нас клуб вязания, шахматы, компьютерные курсы для пожилых.

**Кто ваш самый постоянный читатель?**

Валентин Семёнович, бывший механик. Ему 88 лет, и он приходит каждую среду с 1981 года. Прочитал, кажется, всё, что у нас есть о войне и о технике.

Библиотека работает со вторника по субботу с 10 до 18 часов. Книги в дар принимаются в любой рабочий день.
"""),

dict(id="h97-ru-002", lang="ru", tpl="fusion",
     section="Транспорт", date="2026-03-03", byline="Дарья Зимина",
     title="Число легальных таксистов в Ключегорском округе сократилось почти вдвое",
     sub="Округ обещает помочь водителям с медосмотрами и тахографами.",
     caption="Стоянка такси у вокзала Ключегорска.", credit="Дарья Зимина",
     standfirst="Округ обещает помочь водителям с медосмотрами и тахографами.",
     carry=["taxilicensing"],
     body="""
В Ключегорском округе за два года почти вдвое сократилось число легальных водителей такси, сообщили во вторник в окружном управлении транспорта.

По данным управления, в региональном реестре сейчас числятся 318 машин против 590 в начале 2024 года. Часть водителей ушла в грузоперевозки, часть уехала работать в областной центр.

Жители жалуются, что вечером такси приходится ждать по сорок минут и больше, а в отдалённые посёлки машины не едут вовсе.

Руководитель управления Денис Корнилов сказал на встрече с журналистами, что округ готов компенсировать водителям часть расходов на установку тахографов и прохождение медосмотров. «Мы понимаем, что требования стали жёстче, и поможем тем, кто хочет работать честно», — сказал он.

Таксист Андрей Ломакин, который работает в Ключегорске с 2012 года, рассказал нашему изданию, что после подорожания страховки и обязательной установки тахографа работать стало невыгодно. «Половина моих знакомых либо ушла, либо ездит без разрешения», — сказал он.

Кроме того, с апреля в Ключегорске заработает окружной центр оформления разрешений, где документы будут принимать в одном окне.

Ранее областной минтранс сообщил, что с сентября штраф для водителей за работу без разрешения вырастет до 50 тыс. рублей.
"""),
dict(id="h97-ru-003", lang="ru", tpl="wire", site="Светлица-Пресс",
     section="Город", date="2026-05-18", byline="Виктор Ермолаев",
     title="Мост через Светлицу закроют на ремонт до октября",
     sub="Автобусы в Сосновку и Берёзовку пойдут в объезд через плотину.",
     caption="Мост через Светлицу на въезде в Ключегорск.", credit="Фото: Светлица-Пресс",
     low=0,
     wire=dict(note="(Добавлены подробности о пешеходной переправе в 4-м абзаце)", reporter="Виктор Ермолаев",
               editor="Максим Бурцев", slug="МОСТ-СВЕТЛИЦА"),
     body="""
КЛЮЧЕГОРСК, 18 мая. /Светлица-Пресс/. Мост через реку Светлицу на въезде в Ключегорск закроют на капитальный ремонт с 1 июня. Работы продлятся до конца сентября, сообщили в понедельник в администрации округа.

Мост построили в 1967 году, в последний раз его ремонтировали больше тридцати лет назад. Прошлой весной инженеры обнаружили трещины в опорах и ограничили движение грузовиков.

На время ремонта пригородные автобусы до Сосновки и Берёзовки пойдут в объезд через плотину. Дорога станет длиннее примерно на 12 километров, а поездка — на 20 минут.

Для пешеходов рядом с мостом поставят временный понтонный переход. Он будет работать с 6 утра до 11 вечера.

Жители Заречья, которые каждый день ездят в город на работу, недовольны сроками. «Почему нельзя было начать в апреле и закончить к первому сентября? Детей в школу как возить?» — спрашивает Ольга Тимофеева.

В администрации обещают, что школьный автобус будет ходить по прежнему расписанию, но выезжать на полчаса раньше.

Ремонт обойдётся в 148 миллионов рублей, деньги выделил областной бюджет.
"""),

]
