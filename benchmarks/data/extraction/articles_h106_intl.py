# Turkish, German, French, Spanish and Russian stories for the hundred-and-sixth held-out part (h106-*) of the
# newsflow extraction set. Fictional; written for newsflow. Markup and fields as in articles_h106_en.py.
ARTICLES = [
dict(id="h106-tr-001", lang="tr", tpl="blogger", site="Aşağıçamlık Mahalle Derneği", kind="small",
     section="Duyurular", date="2026-02-09", byline="Dernek Yönetimi",
     title="Fırtınadan sonra mahallede iki gün elektrik yok",
     sub="", caption="Devrilen kavak ağacı Dere Sokağı'nda.", credit="",
     carry=["phonecharging"], widget_style=dict(phonecharging=3), avoid=["caption"],
     look=[("italic", "\u201cBuzdolabındaki her şeyi")],
     body="""
Cumartesi gecesi Yeşilkonak'ı vuran fırtına Aşağıçamlık'ta da büyük hasar bıraktı. Dere Sokağı'nda iki büyük kavak ağacı elektrik hatlarının üzerine devrildi, mahallenin yukarı kısmındaki yaklaşık 140 ev pazar sabahından beri elektriksiz.

Elektrik dağıtım şirketinin ekipleri pazar öğleden sonra çalışmaya başladı. Şirketten aldığımız bilgiye göre devrilen direklerden biri yenilenecek ve elektriğin en geç salı akşamı gelmesi bekleniyor.

Muhtarımız Kadir Ercan, kesinti süresince muhtarlığın kapısının açık olacağını söyledi. Cami avlusundaki çay ocağı da akşamları herkese açık.

\u201cBuzdolabındaki her şeyi komşulara dağıttık, bari boşa gitmesin dedik,\u201d diyor Fadime Teyze. Sokağın gençleri de yaşlı komşuların sobalarına odun taşıdı, bakkal Hüseyin Bey ise dükkânındaki jeneratörü akşamları mahalleye açtı.

Okulların pazartesi günü tatil edildiğini de hatırlatalım. İlçe milli eğitim müdürlüğü, elektriği olmayan mahallelerdeki öğrencilerin salı günü de okula gelmek zorunda olmadığını açıkladı.

Derneğimiz olarak tek ricamız şu: yalnız yaşayan komşularınızı bu akşam bir kez daha arayın ya da kapılarını çalın. Bir ihtiyaç olursa dernek yönetimine haber verin.

Kesinti boyunca muhtarlıkta ve dernek lokalinde telefon ve el feneri şarj edilebiliyor; ayrıntılar aşağıda.
"""),

dict(id="h106-tr-002", lang="tr", tpl="weebly", site="Çınarbaşı İlkokulu Okul-Aile Birliği", kind="small",
     section="Okulumuzdan", date="2026-04-15", byline="Okul-Aile Birliği",
     title="Okul bahçemizde artık böcek oteli var",
     sub="", caption="Dördüncü sınıfların yaptığı böcek oteli.", credit="",
     carry=["beehotels"], avoid=["caption"],
     look=[("bold", "Şimdi sıra misafirlerde.")],
     body="""
Çınarbaşı İlkokulu'nun dördüncü sınıf öğrencileri, fen dersinde öğrendiklerini bahçeye taşıdı. Öğretmenleri Serap Akgül ile birlikte iki hafta çalışan çocuklar, okul bahçesinin güney köşesine bir böcek oteli kurdu.

Otelin gövdesi, köydeki marangoz Halil Usta'nın bağışladığı eski bir meyve kasasından yapıldı. İçine neler konduğunu çocuklar şöyle sıraladı:

- kamış ve içi boş bitki sapları
- delikli odun parçaları
- kuru yaprak ve saman
- çam kozalakları ve ağaç kabukları

Serap Öğretmen, yalnız yaşayan yaban arılarının tozlaşmada bal arıları kadar önemli olduğunu, ama kendilerine yuva bulmakta zorlandığını anlatıyor. Otelin hemen önüne de lavanta, kekik ve gelincik ekildi.

Şimdi sıra misafirlerde.

Öğrenciler her cuma oteli kontrol edip gördüklerini bir deftere yazacak. Yıl sonunda bu defter okulun bilim şenliğinde sergilenecek.

Okul-Aile Birliği olarak, malzeme getiren bütün velilerimize ve Halil Usta'ya teşekkür ederiz. Bu çalışmada emeği geçen dördüncü sınıf velilerimizden Kemal Bey, kasayı okula taşıyıp çerçeveyi duvara sabitledi. Belediyenin park bahçeler ekibi de fideleri getirdi ve çocuklara dikimi gösterdi.

Bahçemizi görmek isteyen veliler hafta içi 15.30'dan sonra okula uğrayabilir.
"""),

dict(id="h106-tr-003", lang="tr", tpl="nextjs", site="Yeşilkonak Haber",
     section="Yaşam", date="2026-03-02", byline="Elif Tandoğan",
     title="Kırk yıllık fırıncı Nurettin Usta: Ekmeği acele sevmez",
     sub="", caption="", credit="",
     low=0,
     look=[("bold", "Ekmek işine kaç yaşında girdiniz?"), ("bold", "En zor zamanınız hangisiydi?"), ("bold", "Peki şimdi ne olacak?")],
     body="""
Yeşilkonak'ın Çarşı Mahallesi'ndeki taş fırın, kırk yıldır her sabah saat dörtte yanıyor. Fırının sahibi Nurettin Kaya bu ay emekli oluyor. Kendisiyle fırının önündeki taburede konuştuk.

Ekmek işine kaç yaşında girdiniz?

On üç yaşında çırak olarak girdim. Ustam hamuru bana dokundurmazdı, iki yıl sadece odun taşıdım ve tepsi yıkadım. Sonra bir gün \u201chadi bakalım\u201d dedi, o gün bugündür hamurdayım.

En zor zamanınız hangisiydi?

Doksan iki kışı. Yollar kapandı, un gelmedi. Köylerden buğday getirdiler, değirmende öğüttük, bir hafta o unla ekmek çıkardık. Kimse aç kalmadı.

**Değişmeyen tek şey**

Ekmek hâlâ aynı ekmek. Su, un, tuz, ekşi maya. Makineler hızlandırdı ama hamur acele sevmez. Bekletmezsen tadı olmaz.

Peki şimdi ne olacak?

Fırını oğlum Murat devralıyor. On yıldır yanımda, elinin ayarı artık benden iyi. Müşteriler de onu tanıyor, sabah ekmeğini alan emekliler artık ona da “usta” diyor. Taş fırını da değiştirmeyecek, bana söz verdi. Ben de sabahları gelip çayımı içeceğim, karışmayacağım. Söz verdim.

Nurettin Usta'nın veda günü cumartesi. Fırın o gün sabah altıdan itibaren herkese ücretsiz simit dağıtacak.
"""),

dict(id="h106-de-001", lang="de", tpl="sanity", site="Sülte-Kurier",
     section="Lindgraben", date="2025-11-03", byline="Jonas Pfleiderer",
     title="Dunkle Schulwege: Moosfeld will mehr Licht an der Kreisstraße",
     sub="Eltern sammeln Unterschriften, der Ortschaftsrat unterstützt sie.",
     caption="Die Bushaltestelle an der Kreisstraße am frühen Morgen.", credit="",
     carry=["hivis"], run_in=["hivis"],
     look=[("italic", "\u201eMan sieht die Kinder erst")],
     body="""
Um halb acht ist es an der Kreisstraße zwischen Moosfeld und Lindgraben im November noch stockdunkel. Genau dann stehen an der Haltestelle am Ortsausgang jeden Morgen rund zwanzig Kinder und warten auf den Schulbus.

Einen Gehweg gibt es auf den letzten 300 Metern vor der Haltestelle nicht, Laternen ebenfalls nicht. Die Kinder laufen auf dem Bankett, direkt neben Autos und Traktoren.

Eine Gruppe von Eltern hat deshalb eine Unterschriftensammlung gestartet. Sie fordert eine Beleuchtung und einen befestigten Fußweg bis zur Haltestelle. Nach zwei Wochen haben fast 400 Menschen unterschrieben, mehr als Moosfeld Einwohner hat.

\u201eMan sieht die Kinder erst, wenn man fast neben ihnen ist\u201c, sagt Katrin Vöhringer, deren Sohn in die fünfte Klasse geht. Auch Hundehalter und Pendler, die zum Bahnhof laufen, seien auf der Strecke unterwegs.

Der Ortschaftsrat hat sich in seiner Sitzung am Donnerstag einstimmig hinter die Forderung gestellt. Zuständig ist allerdings der Landkreis. Ein Sprecher des Landratsamts sagte, man werde die Stelle prüfen, eine Entscheidung über den Haushalt falle aber erst im Frühjahr.

Bis dahin setzen die Eltern auf Sichtbarkeit. Die Stadt Lindgraben verteilt über das Bürgerbüro kostenlos Warnwesten und Reflektorbänder an Kinder und Fußgänger aus den Ortsteilen.
"""),

dict(id="h106-de-002", lang="de", tpl="gutenberg", site="Obertanner Dorfnachrichten", kind="small",
     section="Dorfleben", date="2026-01-20", byline="Renate Gschwend",
     title="Aus dem alten Spritzenhaus wird eine Dorfbücherei",
     sub="", caption="Das Spritzenhaus am Brunnenplatz.", credit="",
     look=[("dropcap", "Fast sechzig Jahre lang")],
     body="""
Fast sechzig Jahre lang stand im Spritzenhaus am Brunnenplatz in Obertann nichts als ein alter Handkarren, ein paar Schläuche und die Weihnachtsdekoration der Gemeinde. Seit Samstag stehen dort Bücher, rund 2.300 Stück.

Der Bücherverein Obertann hat das kleine Fachwerkhaus in zwei Jahren mit viel Eigenarbeit umgebaut. Die Ortschaft stellte das Gebäude für einen symbolischen Euro im Jahr zur Verfügung, ein Schreiner aus Moosfeld baute die Regale aus dem Holz einer gefällten Dorflinde.

Die Bücher kommen fast alle aus Spenden. Besonders gefragt seien Kinderbücher und Krimis, sagt die Vorsitzende Ulla Brenninger. \u201eDie Kochbücher dagegen könnten wir stapelweise weitergeben.\u201c

Ausleihen kostet nichts. Wer ein Buch mitnimmt, trägt es in ein dickes Heft am Eingang ein und bringt es nach spätestens vier Wochen zurück. Einen Computer gibt es nicht, und das soll nach dem Willen des Vereins auch so bleiben.

Zur Eröffnung kamen am Samstag mehr als hundert Besucherinnen und Besucher. Der Posaunenchor spielte vor der Tür, drinnen gab es Kaffee und Hefezopf.

Die Dorfbücherei ist mittwochs von 16 bis 18 Uhr und samstags von 10 bis 12 Uhr geöffnet. Wer mithelfen möchte, meldet sich einfach während der Öffnungszeiten.
"""),

dict(id="h106-de-003", lang="de", tpl="contao", site="Lindgrabener Anzeiger",
     section="Umwelt", date="2026-04-28", byline="Miriam Castorf",
     title="Am Friedhof blüht bald eine Wildblumenwiese",
     sub="Der Bauhof hat 2.000 Quadratmeter Rasen umgebrochen und eingesät.",
     caption="Die frisch eingesäte Fläche hinter dem Friedhof.", credit="",
     carry=["beehotels"],
     body="""
Wo bisher alle zwei Wochen der Rasenmäher fuhr, sollen im Sommer Kornblumen, Margeriten und Wiesensalbei blühen. Der Bauhof der Stadt Lindgraben hat in der vergangenen Woche eine 2.000 Quadratmeter große Rasenfläche hinter dem Friedhof umgebrochen und mit einer Mischung heimischer Wildblumen eingesät.

Die Wiese ist Teil des Programms \u201eLindgraben blüht\u201c, das der Gemeinderat im Herbst beschlossen hat. Bis 2028 sollen insgesamt zwei Hektar städtischer Grünflächen in Blühflächen umgewandelt werden.

## Geduld im ersten Jahr

Stadtgärtner Bernd Hiltensperger bittet um Geduld. \u201eIm ersten Jahr sieht so eine Fläche oft nach wenig aus\u201c, sagt er. Viele der ausdauernden Arten würden erst im zweiten Sommer richtig blühen. Gemäht werde künftig nur noch zweimal im Jahr, das Schnittgut bleibe einige Tage liegen, damit die Samen ausfallen können.

Entlang der Friedhofsmauer bleibt ein schmaler Streifen kurz gemäht, damit Besucherinnen und Besucher trockenen Fußes zu den Gräbern kommen.

## Schulen machen mit

Die Grundschule Lindgraben hat für die Wiese eine Patenschaft übernommen. Die dritten Klassen wollen im Juni zählen, welche Insekten dort unterwegs sind, und die Ergebnisse im Schaukasten am Friedhofseingang aushängen.

Eine Infotafel zur Wiese wird im Mai aufgestellt.
"""),

dict(id="h106-fr-001", lang="fr", tpl="spip", site="La Gazette de l'Ardille",
     section="Portrait", date="2026-03-17", byline="Anne-Laure Vidalenc",
     title="Vingt ans au volant du bibliobus des Prés-Hauts",
     sub="Josiane Ferrié prend sa retraite en avril. Elle nous raconte ses tournées.",
     caption="", credit="",
     look=[("bold", "Comment êtes-vous arrivée au bibliobus ?"), ("bold", "Qu'est-ce qu'on emprunte dans les hameaux ?"),
           ("bold", "Un souvenir de tournée ?"), ("bold", "Et après le bibliobus ?")],
     body="""
Depuis 2006, Josiane Ferrié conduit le bibliobus qui dessert Les Prés-Hauts, Saint-Ivry et une dizaine de hameaux autour de Valbrézol-sur-Ardille. Elle rend les clés en avril.

Comment êtes-vous arrivée au bibliobus ?

Par hasard. J'étais bibliothécaire à Valbrézol et le chauffeur est parti en retraite. Personne ne voulait conduire un camion de douze tonnes rempli de livres sur nos petites routes. J'avais le permis poids lourd, parce que mon père était transporteur.

Qu'est-ce qu'on emprunte dans les hameaux ?

Des romans policiers, des livres de cuisine et des livres sur le jardin. Beaucoup de gros caractères aussi. Et les enfants veulent toujours les mêmes bandes dessinées, on en rachète chaque année.

Un souvenir de tournée ?

L'hiver 2012, la neige. Je suis restée bloquée deux heures aux Prés-Hauts. Madame Roumégoux m'a fait entrer, elle m'a servi une soupe et elle en a profité pour emprunter onze livres.

Et après le bibliobus ?

Je vais enfin lire pour moi. Et je resterai bénévole à la bibliothèque de Valbrézol le samedi matin.

Un pot de départ est organisé le vendredi 10 avril à 18 heures à la médiathèque de Valbrézol. Tous les lecteurs du bibliobus y sont invités.
"""),

dict(id="h106-fr-002", lang="fr", tpl="kentico", site="Ville de Valbrézol-sur-Ardille",
     section="Sécurité", date="2025-11-12", byline="Service communication",
     title="Route de Saint-Ivry : la Ville offre des gilets aux piétons",
     sub="En attendant l'aménagement d'un cheminement, la mairie distribue des équipements réfléchissants.",
     caption="La route de Saint-Ivry à la sortie de Valbrézol.", credit="Photo : Ville de Valbrézol-sur-Ardille",
     carry=["hivis"],
     body="""
Entre le carrefour du Moulin et le hameau de Saint-Ivry, la route départementale ne compte ni trottoir ni éclairage. Chaque matin et chaque soir, pourtant, des collégiens, des promeneurs et des personnes âgées l'empruntent à pied.

Depuis le passage à l'heure d'hiver, plusieurs riverains ont signalé à la mairie des situations dangereuses, notamment à la sortie du virage de la Croix-Blanche, où les automobilistes découvrent les piétons au dernier moment.

La Ville a demandé au Département, gestionnaire de la route, la création d'un cheminement piéton et l'abaissement de la vitesse à 70 km/h. Une réunion avec les services départementaux est prévue en décembre.

En attendant, la municipalité a commandé 300 gilets de haute visibilité et 500 brassards réfléchissants, qui sont remis gratuitement aux habitants.

\u00ab Ce n'est pas une solution, c'est un geste en attendant \u00bb, reconnaît l'adjoint chargé de la voirie, Thierry Mazars. \u00ab Mais un piéton équipé se voit à 150 mètres au lieu de 30. \u00bb

La police municipale effectuera par ailleurs des contrôles de vitesse sur la route de Saint-Ivry jusqu'à la fin de l'hiver.

Les habitants qui souhaitent signaler un point dangereux peuvent le faire auprès des services techniques, au 05 65 00 41 20, du lundi au vendredi de 8 h 30 à 12 heures.
"""),

dict(id="h106-fr-003", lang="fr", tpl="chunks", site="L'Ardille Info",
     section="Nature", date="2026-06-08", byline="Rédaction",
     title="Les chauves-souris de l'église de Saint-Ivry recensées une nuit de juin",
     sub="", caption="", credit="",
     standfirst="Une trentaine de bénévoles ont compté les sorties du clocher à la tombée de la nuit.",
     body="""
Partagez un soir d'été avec des chauves-souris, proposait l'affiche. Une trentaine de personnes ont répondu présent, samedi, devant l'église de Saint-Ivry, pour le comptage annuel de la colonie qui occupe le clocher.

À 21 h 50, la première est sortie par une fente sous l'abat-son. Pendant quarante minutes, les bénévoles, répartis aux quatre coins du parvis, ont compté à voix basse, chacun sa façade.

**Une colonie qui se porte bien**

Résultat : 312 grands rhinolophes, contre 287 l'an dernier. C'est l'une des plus grosses colonies connues du département, selon le groupe naturaliste de l'Ardille, qui la suit depuis 1998.

Les femelles s'installent dans les combles au printemps pour mettre bas. Chaque petit naît fin juin et reste accroché à sa mère pendant plusieurs semaines.

**Des travaux sous surveillance**

La toiture du clocher doit être refaite l'an prochain. La commune s'est engagée à programmer le chantier entre novembre et mars, quand la colonie est partie hiverner dans les grottes de la vallée.

\u00ab Sans cet accord, on aurait pu perdre la colonie en une saison \u00bb, explique Lucie Arnal, du groupe naturaliste.

Le prochain comptage aura lieu en juillet. Les personnes intéressées peuvent s'inscrire à la mairie de Saint-Ivry.
"""),

dict(id="h106-es-001", lang="es", tpl="fusion", site="Diario del Trebolar",
     section="Comarca", date="2026-05-05", byline="Rocío Albarrán",
     title="Villarcillo estrena una senda de nueve kilómetros junto al Trebolar",
     sub="", caption="", credit="",
     standfirst="El camino une el casco urbano con Las Hontanillas por la orilla del río.",
     look=[("factbox", "La senda, en cifras")],
     body="""
Los vecinos de Villarcillo del Trebolar ya pueden ir andando o en bicicleta hasta Las Hontanillas sin pisar la carretera. El Ayuntamiento inauguró el sábado la senda del Trebolar, un camino de nueve kilómetros que sigue la orilla del río entre chopos y huertas.

La obra ha aprovechado en buena parte antiguos caminos de servidumbre que se habían cerrado con los años. Donde no había paso, se han construido dos pasarelas de madera sobre los arroyos del Cañuelo y de la Fuente Vieja.

## La senda, en cifras

- 9,2 kilómetros de recorrido
- dos pasarelas y cinco zonas de descanso
- 412.000 euros de inversión, el 80 % con fondos europeos

La alcaldesa, Mercedes Olmedilla, recorrió el primer tramo con un grupo de alumnos del colegio. \u201cEsto es para que la gente mayor pueda pasear tranquila y los chavales vayan en bici a ver a los abuelos\u201d, dijo.

Algunos agricultores han mostrado su preocupación por el paso de personas junto a sus fincas. El Ayuntamiento ha colocado carteles para recordar que los huertos son privados y que los perros deben ir atados.

La senda está señalizada con postes verdes y puede recorrerse a pie en unas dos horas. El punto de salida está junto al puente viejo, al final de la calle del Molino.
"""),

dict(id="h106-es-002", lang="es", tpl="magazine", site="Revista Tierras del Trebolar",
     section="Oficios", date="2026-02-24", byline="Julián Berrocal",
     title="La última cestera de Las Hontanillas",
     sub="", caption="", credit="",
     pull="Las manos aprenden antes que la cabeza",
     look=[("box", "Cómo se hace una cesta")],
     body="""
En la cocina de Herminia Sauceda huele a mimbre mojado. Tiene 84 años y es la última persona de Las Hontanillas que sigue haciendo cestas como se hacían cuando el pueblo tenía trescientos vecinos y cada casa necesitaba una docena.

Aprendió con ocho años, sentada en el suelo junto a su abuela. \u201cLas manos aprenden antes que la cabeza\u201d, dice mientras dobla una vara con un gesto que no parece costarle nada.

## Cómo se hace una cesta

El mimbre se corta en invierno, en las choperas del Trebolar, se deja secar y se pone en remojo dos días antes de trabajarlo. Primero se hace el fondo, en forma de cruz; luego se levantan las guías y se teje alrededor, vuelta a vuelta, hasta el borde.

Una cesta de vendimia le lleva una tarde entera. Una pequeña, para los huevos, poco más de una hora.

Durante décadas, sus cestas sirvieron para la vendimia, para llevar la merienda al campo y para ir al mercado de Villarcillo. Hoy se las encargan sobre todo para regalos y para alguna tienda de decoración de la capital.

## Quién seguirá

La asociación cultural del pueblo ha organizado este invierno un taller con ella. Se apuntaron nueve personas; siguen viniendo seis.

\u201cSi dos de ellas siguen, ya me doy por contenta\u201d, dice Herminia.

El taller se reúne los jueves por la tarde en el antiguo lavadero, y todavía quedan plazas.
"""),

dict(id="h106-es-003", lang="es", tpl="orchardcore", site="Ayuntamiento de Villarcillo del Trebolar",
     section="Movilidad", date="2026-01-26", byline="Gabinete de prensa",
     title="Vuelve el autobús de los martes entre Las Hontanillas y Villarcillo",
     sub="El servicio a demanda recupera la parada del consultorio.",
     caption="La nueva marquesina de Las Hontanillas.", credit="",
     carry=["correction"],
     correction="Fe de erratas: el autobús sale de Las Hontanillas a las 9.15, y no a las 9.45 como figuraba en la primera versión de esta noticia.",
     look=[("italic", "\u201cSin autobús, para ir al médico")],
     body="""
El autobús que une Las Hontanillas con Villarcillo del Trebolar vuelve a circular desde el martes 3 de febrero, después de más de un año sin servicio.

La línea dejó de funcionar en diciembre de 2024, cuando la empresa concesionaria renunció a ella por falta de viajeros. Desde entonces, los vecinos de la pedanía sin coche dependían de familiares y vecinos para hacer cualquier gestión en el pueblo.

El nuevo servicio funciona a demanda y lo financian a partes iguales el Ayuntamiento y la Diputación. Estas son sus principales características:

- sale de Las Hontanillas los martes a las 9.15 y regresa desde Villarcillo a las 13.00
- para en el consultorio médico, el mercado y la plaza del Ayuntamiento
- el billete cuesta un euro y es gratuito para los mayores de 65 años

Para usarlo hay que reservar plaza antes de las 14.00 del lunes anterior.

\u201cSin autobús, para ir al médico había que pedir favores\u201d, explica Tomasa Verdugo, de 79 años, que ha sido una de las vecinas que más ha insistido en recuperar la línea.

Las reservas se hacen en el teléfono gratuito 900 000 415, de lunes a viernes de 9.00 a 14.00, o en la oficina municipal de Las Hontanillas los lunes por la mañana.
"""),

dict(id="h106-ru-001", lang="ru", tpl="ucoz", site="Туманово — наш посёлок", kind="small",
     section="Новости посёлка", date="2026-02-16", byline="Admin",
     title="В Туманове снова работает баня",
     sub="", caption="", credit="",
     avoid=["caption"],
     body="""
После почти трёх лет перерыва в Туманове снова открылась общественная баня на улице Лесной. Первые посетители пришли в субботу к двум часам дня, а к вечеру в очереди стояло человек двадцать.

Баню закрыли осенью 2023 года, когда провалилась крыша над парилкой. Денег у поселения на ремонт не было, и здание просто заколотили.

**Миллион на крышу и печь**

Прошлой весной жители создали инициативную группу. Через областной конкурс местных инициатив удалось получить почти миллион рублей, ещё сто восемьдесят тысяч собрали сами жители. Многие работали на стройке бесплатно по выходным.

Крышу перекрыли, печь сложили заново, в раздевалке поменяли полы и поставили новые лавки. Дрова на первую зиму привёз лесхоз.

**Когда топят баню**

Баня работает по пятницам и субботам с 14:00 до 21:00. Пятница — женский день, суббота — мужской. Билет стоит 250 рублей, для пенсионеров и детей — 150.

Анатолий Григорьевич Сысоев, который топил эту баню ещё в восьмидесятые, снова вернулся к печи. «Пар хороший, сухой. Как раньше», — говорит он.

Веники можно купить на месте, а вот полотенце и тапочки нужно приносить свои.
"""),

dict(id="h106-ru-002", lang="ru", tpl="tilda", site="Вересково сегодня",
     section="Город", date="2026-03-30", byline="Дарья Клементьева",
     title="Через Сежу построят новый пешеходный мост",
     sub="Старый подвесной мост закроют на время стройки.",
     caption="Подвесной мост через Сежу у Заречной улицы.", credit="",
     look=[("italic", "«Мост держится на честном слове")],
     body="""
В Верескове начинают строить новый пешеходный мост через реку Сежу. Он заменит старый подвесной мост у Заречной улицы, по которому каждый день ходят на работу и в школу жители правобережья.

Подвесной мост построили в 1972 году. За последние годы его несколько раз латали, а прошлой осенью после паводка инженеры запретили выходить на него больше чем десяти людям одновременно.

## Каким будет мост

Новый мост будет на металлических опорах, длиной 86 метров и шириной три метра. На нём сделают освещение и пандусы с обеих сторон, чтобы можно было пройти с коляской или на инвалидной коляске.

Стоимость работ — 41 миллион рублей, большую часть выделяет область. Подрядчик обещает закончить стройку к октябрю.

## Как ходить, пока идёт стройка

Старый мост закроют с 15 апреля. На это время администрация запускает бесплатный автобус от Заречной улицы до центра через автомобильный мост. Он будет ходить каждые двадцать минут с шести утра до девяти вечера.

«Мост держится на честном слове, мы все это знаем», — говорит Нина Павловна Крутикова, которая живёт на Заречной больше сорока лет. Автобус её устраивает, но она просит, чтобы водители не забывали про остановку у магазина.

Расписание автобуса вывесят на остановках до конца недели.
"""),

dict(id="h106-ru-003", lang="ru", tpl="telegraph", site="Вересковские новости", kind="channel",
     section="Паводок", date="2026-04-07", byline="Вересковские новости",
     tg=dict(author="Вересковские новости", channel="vereskovo_news"),
     title="Паводок в Туманове: в школе открыли пункт временного размещения",
     sub="", caption="Улица Набережная в Туманове утром 7 апреля.", credit="",
     carry=["phonecharging"], run_in=["phonecharging"],
     look=[("bold", "Вода продолжает прибывать."), ("br", "Если вам нужна помощь")],
     body="""
Сежа ночью вышла из берегов в посёлке Туманово. Подтоплены около пятидесяти домов на улицах Набережной и Луговой, в некоторых дворах вода поднялась выше метра.

Вода продолжает прибывать.

По данным администрации, уровень реки за сутки вырос на 94 сантиметра. Спасатели на лодках вывезли из подтопленных домов 37 человек, среди них девять детей.

## Где можно переждать

В здании школы на улице Лесной открыли пункт временного размещения. В спортзале поставили раскладушки, в столовой кормят три раза в день. Дежурят фельдшер и сотрудники соцзащиты.

Глава поселения Ольга Сергеевна Мальцева просит жителей не возвращаться в подтопленные дома, пока не спадёт вода, и не пытаться переходить затопленные улицы пешком.

## Что взять в пункт размещения

- документы и лекарства
- тёплую одежду и сменную обувь
- корм для домашних животных, если берёте их с собой

В Туманове отключено электричество на двух улицах, газ перекрыт в целях безопасности.

Если вам нужна помощь с эвакуацией, звоните по единому номеру 112 или в администрацию поселения: 8 (48431) 2-17-40.
"""),
]
