# Turkish, German, French, Spanish and Russian stories for the seventy-fifth held-out part (h75-*) of the newsflow
# extraction set. Fictional; written for newsflow. Same markup and fields as articles_h75_en.py.
ARTICLES = [
dict(id="h75-tr-001", lang="tr", tpl="portal", section="Kent", date="2026-01-14", byline="Serkan Yıldırım",
     title="Akçaköprü'de gece hasta olan hayvanlar için nöbetçi veteriner dönemi",
     sub="Belediye, ilçedeki özel kliniklerle anlaşarak akşam sekizden sabah sekize kadar nöbet sistemi kurdu.",
     caption="Belediye Hayvan Kliniği'nin yeni muayene odası.", credit="Fotoğraf: Serkan Yıldırım",
     carry=["outofhoursvet"],
     body="""
Akçaköprü'de gece saatlerinde hastalanan ya da yaralanan evcil hayvanlar artık sabahı beklemek zorunda kalmayacak.

Belediye, ilçedeki dört özel veteriner kliniğiyle bir protokol imzaladı. Buna göre her gece bir klinik sırayla nöbet tutacak, Belediye Hayvan Kliniği de sokak hayvanları için akşam sekizden sabah sekize açık kalacak.

Şimdiye kadar gece acil durumlarda hayvan sahipleri 70 kilometre uzaklıktaki il merkezine gitmek zorundaydı. Geçen kış zehirlenen bir köpeğin yolda öldüğü haber olmuş, mahalle sakinleri imza toplamıştı.

Belediye Başkan Yardımcısı Nurhan Eryılmaz, nöbet listesinin her ayın başında belediyenin sosyal medya hesaplarında ve muhtarlıklarda paylaşılacağını söyledi.

Veteriner hekim Cem Aktaş ise en sık gelen vakaları şöyle sıraladı:

- trafik kazasında yaralanan kedi ve köpekler
- fare zehiri ya da tarım ilacı yutan hayvanlar
- doğumda zorlanan kediler
- kavgada yaralanan sokak köpekleri

Aktaş, gece muayenesinin ücretli olacağını ama belediyenin belirlediği tavan fiyatın aşılamayacağını hatırlattı. Sokak hayvanları için ücret alınmayacak.

Protokol ilk etapta bir yıl için geçerli olacak. Belediye, yılın sonunda gelen çağrıların sayısına bakarak sistemi gözden geçireceğini açıkladı.

Nöbetçi klinik, Belediye'nin çağrı merkezi aranarak öğrenilebiliyor.
"""),

dict(id="h75-tr-002", lang="tr", tpl="magazine", section="Yaşam", date="2026-05-27", byline="Derya Koçak",
     title="Parktaki 1938 yapımı tuvalet binası yeniden hizmette",
     sub="Cumhuriyet Parkı'ndaki taş bina yıllarca kilitli kaldı. Restorasyondan sonra engelli tuvaleti ve bebek bakım odasıyla açıldı.",
     caption="Cumhuriyet Parkı'ndaki taş tuvalet binası restorasyondan sonra.", credit="Fotoğraf: Derya Koçak",
     pull="Bir kasabanın medeniyeti tuvaletinden belli olur",
     carry=["publictoilets", "gallery"],
     look=[("dropcap", "Cumhuriyet Parkı'nın köşesindeki")],
     body="""
Cumhuriyet Parkı'nın köşesindeki küçük taş bina, 1938'de kasabanın ilk halk tuvaleti olarak yapılmıştı. Son on iki yıldır kapısında kocaman bir asma kilit vardı.

Geçen hafta kilit söküldü. Restorasyonu tamamlanan bina, engelli tuvaleti ve bebek bakım odasıyla yeniden açıldı.

Parka gelen anneler ve yaşlılar yıllardır çevredeki çay bahçelerinin tuvaletlerini kullanmak zorunda kalıyordu. Çay bahçesi işletmecisi Rıfat Bey, bazı günler kapıya "yalnızca müşterilere" yazısı asmak zorunda kaldığını anlatıyor.

Binanın restorasyonu, eski taşların tek tek numaralandırılıp temizlenmesiyle başladı. Çatı kiremitleri yenilendi, içerideki 1930'lardan kalma mozaik zemin korundu.

Mimar Selin Akbaş, projenin en zor kısmının eski binaya tekerlekli sandalye rampası eklemek olduğunu söylüyor.

"Bir kasabanın medeniyeti tuvaletinden belli olur," diyor Akbaş gülerek. "Bunu bana hocam söylemişti, şimdi anlıyorum."

Tuvaletler ücretsiz. Belediye, temizlik için gün boyu bir görevli bulunduracak.

Binanın dış duvarına, 1938'deki açılış gününden kalma bir fotoğraf da asıldı. Fotoğrafta kravatlı belediye başkanı ve kurdele kesen bir kız çocuğu görülüyor.

Tuvaletler her gün sabah sekizden akşam ona kadar açık.
"""),

dict(id="h75-tr-003", lang="tr", tpl="ucoz", site="Dumanlıtepe", kind="small", section="Köyden haberler",
     date="2026-07-08", byline="Dernek Yönetimi",
     title="Köy meydanındaki çeşme ustasıyla konuştuk",
     sub="Dumanlıtepe'nin 1912 tarihli çeşmesini onaran Hasan Usta sorularımızı yanıtladı.",
     caption="Onarılan köy çeşmesi.", credit="Fotoğraf: Dernek arşivi",
     body="""
Köy meydanındaki eski çeşmemiz, derneğimizin topladığı bağışlarla onarıldı. Taşları tek tek söküp yeniden yerine koyan Hasan Usta'yla konuştuk.

**Çeşme ne durumdaydı?**

Ayna taşı ikiye çatlamıştı, sular arkadan sızıyordu. Kurnanın dibi de kireçten dolmuştu. Bir kış daha dayanmazdı.

**Taşları nereden buldunuz?**

Çoğu yerindeydi zaten. Eksik iki taşı eski okulun yıkılan bahçe duvarından aldık, aynı ocaktan çıkmışlar.

**Kitabe?**

Kitabeye hiç dokunmadık. Sadece yumuşak fırçayla yıkadık. Üzerinde 1912 yazıyor, bir de yaptıranın adı.

**En zor iş neydi?**

Suyu yeniden getirmek. Kaynaktan gelen künkler toprağın altında kırılmıştı. Gençlerle birlikte iki hafta kazdık.

**Köyün yaşlıları ne dedi?**

Yaşlılar ağladı. Biri bana düğününde bu çeşmeden su taşıdıklarını anlattı. Çocuklar da ilk gün kurnada ayaklarını yıkadı, kimse kızmadı.

**Peki çeşmenin bundan sonrası?**

Su akmaya devam etsin diye her bahar künkleri kontrol edeceğiz. Derneğe söz verdim, ben yaşadıkça bu çeşme susmayacak.

Onarımın toplam maliyeti 186 bin lira oldu. Bağış yapan bütün hemşerilerimize, özellikle İstanbul ve Almanya'daki Dumanlıtepelilere teşekkür ederiz.

Çeşmenin açılışı, 15 Ağustos Cumartesi öğleden sonra köy meydanında yapılacak. Herkes davetlidir.
"""),

dict(id="h75-de-001", lang="de", tpl="typo3", site="Gemeinde Lindenbrunn", kind="public", section="Aktuelles aus dem Rathaus",
     date="2026-04-29", byline="Gemeindeverwaltung Lindenbrunn",
     title="Neue öffentliche Toilette am Marktplatz und zwölf Betriebe machen mit",
     sub="Die Gemeinde hat am Marktplatz eine barrierefreie Toilette gebaut und beteiligt sich an der Aktion „Offene Tür, offene Toilette“.",
     caption="Die neue Toilettenanlage am Marktplatz.", credit="Foto: Gemeinde Lindenbrunn",
     carry=["publictoilets"],
     body="""
Seit dem 27. April ist die neue öffentliche Toilette am Marktplatz in Betrieb. Sie ersetzt das alte Häuschen neben der Bushaltestelle, das im vergangenen Jahr abgerissen wurde.

Die Anlage ist barrierefrei und hat eine „Toilette für alle“ mit Liege und Personenlifter. Damit gibt es eine solche Toilette zum ersten Mal im ganzen Grenzgebiet zwischen Hohenmark und der Landesgrenze.

Die Baukosten betrugen 168.000 Euro. Das Land hat 60 Prozent davon übernommen.

## Offene Tür, offene Toilette

Zusätzlich beteiligt sich Lindenbrunn an der Aktion „Offene Tür, offene Toilette“. Zwölf Betriebe im Ort lassen Besucherinnen und Besucher ihre Toiletten kostenlos benutzen, auch ohne etwas zu kaufen. Dafür zahlt die Gemeinde jedem Betrieb 50 Euro im Monat.

Zu erkennen sind die teilnehmenden Betriebe an einem roten Aufkleber an der Eingangstür. Mitmachen unter anderem:

- das Café am Grenzstein
- die Bäckerei Wohlfahrt
- das Gasthaus Zur Linde
- die Apotheke am Markt
- das Heimatmuseum während der Öffnungszeiten

Bürgermeister Thomas Gebhardt bedankte sich bei den Betrieben. Gerade für ältere Menschen, Familien und Wandergruppen sei das ein wichtiges Angebot.

Der Schlüssel für die Toilette für alle ist im Bürgerbüro und in der Apotheke erhältlich.
"""),

dict(id="h75-de-002", lang="de", tpl="regional", section="Kirche", date="2026-03-30", byline="Bettina Kuhlmann",
     title="Nach drei Jahren Sanierung öffnet die Martinskirche zur Osternacht",
     sub="Die katholische Kirche in Hohenmark war wegen Schwamm im Dachstuhl gesperrt. Die Gemeinde hatte so lange im Pfarrheim gefeiert.",
     caption="Die Martinskirche in Hohenmark nach der Sanierung.", credit="Foto: Bettina Kuhlmann",
     carry=["churchservices"],
     body="""
Die Martinskirche in Hohenmark wird in der Osternacht wieder geöffnet. Nach drei Jahren Sanierung feiert die Gemeinde dort am Samstag um 21 Uhr den ersten Gottesdienst.

Im Frühjahr 2023 hatten Handwerker bei einer Routinekontrolle Hausschwamm im Dachstuhl entdeckt. Die Kirche wurde noch am selben Tag gesperrt.

Seitdem feierte die Gemeinde ihre Gottesdienste im Pfarrheim, das gerade einmal 90 Plätze hat. An Weihnachten wurde zusätzlich ein Zelt auf dem Kirchplatz aufgebaut.

**Neue Balken aus dem Gemeindewald**

Rund ein Drittel des Dachstuhls musste ersetzt werden. Die neuen Eichenbalken stammen aus dem Wald der Gemeinde, Förster und Zimmerleute haben die Stämme gemeinsam ausgesucht.

Die Kosten liegen bei 2,4 Millionen Euro. Den größten Teil trägt das Bistum, die Gemeinde selbst hat 310.000 Euro an Spenden gesammelt.

**Die Glocken läuten wieder**

Auch die drei Glocken wurden während der Sanierung überprüft. Die kleinste, 1748 gegossen, bekam einen neuen Klöppel.

Pfarrer Stefan Reuter sagte, er freue sich vor allem auf den Moment, wenn das Osterfeuer vor der Kirche angezündet wird und alle mit ihren Kerzen hineinziehen.

Nach der Osternacht lädt der Pfarrgemeinderat zu Eiern und Osterbrot ins Pfarrheim ein.
"""),

dict(id="h75-de-003", lang="de", tpl="fusion", section="Freizeit", date="2026-06-16", byline="Markus Dörfler",
     title="Grenzradweg auf der alten Bahntrasse freigegeben",
     sub="Auf der Trasse der stillgelegten Bahnstrecke können Radfahrer jetzt von Hohenmark bis über die Grenze fahren.",
     caption="Radfahrer auf dem neuen Grenzradweg bei Lindenbrunn.", credit="Foto: Markus Dörfler",
     carry=["map"],
     look=[("factbox", "Der Grenzradweg in Zahlen")],
     body="""
Wo bis 1994 noch Güterzüge rollten, fahren jetzt Radfahrer. Am Sonntag ist der Grenzradweg auf der ehemaligen Bahntrasse zwischen Hohenmark und der Landesgrenze freigegeben worden.

Mehrere hundert Menschen waren zur Eröffnung gekommen. Viele fuhren die Strecke gleich einmal ab, begleitet von einer Blaskapelle auf einem Anhänger.

Der Weg ist asphaltiert und hat kaum Steigungen, weil die Eisenbahn damals keine steilen Abschnitte bauen durfte. Er eignet sich deshalb auch für Familien mit kleinen Kindern.

## Der Grenzradweg in Zahlen

- 23 Kilometer Länge
- vier alte Bahnhöfe am Weg
- zwei sanierte Brücken und ein Tunnel
- 5,8 Millionen Euro Baukosten

Der 260 Meter lange Tunnel bei Lindenbrunn ist beleuchtet. Von November bis März bleibt er allerdings gesperrt, weil darin Fledermäuse überwintern.

Landrätin Petra Hollenstein sprach bei der Eröffnung von einem Weg, der zwei Länder wieder verbinde. Die Strecke endet am alten Grenzbahnhof, von dort führt ein Radweg auf der anderen Seite weiter.

In den ehemaligen Bahnhöfen in Lindenbrunn und Grenzau sollen in den nächsten Jahren Cafés entstehen.

Parkplätze gibt es am Bahnhof Hohenmark und am Wanderparkplatz am Grenzstein.
"""),

dict(id="h75-fr-001", lang="fr", tpl="quintype", section="Société", date="2026-10-05", byline="Juliette Marchand",
     title="Dans le Val-Serein, plus aucun vétérinaire de garde la nuit",
     sub="Les cabinets du secteur ont arrêté les gardes de nuit faute de praticiens. Les propriétaires doivent faire 60 kilomètres.",
     caption="Le cabinet des Tilleuls, à Montbrenac.", credit="Photo : Juliette Marchand",
     carry=["outofhoursvet"],
     look=[("highlight", "Depuis le 1er octobre, les trois cabinets")],
     body="""
Depuis le 1er octobre, les trois cabinets vétérinaires du Val-Serein n'assurent plus de garde la nuit. Un chien malade à deux heures du matin doit désormais être conduit à la clinique d'urgence de la préfecture, à 60 kilomètres.

Les vétérinaires expliquent qu'ils ne sont plus assez nombreux. En cinq ans, le secteur est passé de neuf praticiens à cinq, dont deux à temps partiel.

« On faisait une nuit sur deux et le week-end entier une fois par mois. Ce n'était plus tenable », résume le docteur Agnès Roussel, du cabinet des Tilleuls.

Les éleveurs sont moins touchés. Un vétérinaire rural reste joignable la nuit pour les vêlages et les urgences du bétail, grâce à un accord avec la chambre d'agriculture.

Pour les propriétaires de chiens et de chats, l'inquiétude est réelle. Une habitante de Montbrenac raconte avoir roulé une heure avec son chat empoisonné sur les genoux.

La mairie de Montbrenac a écrit au conseil régional de l'ordre des vétérinaires pour demander une solution. Elle propose de mettre un logement à disposition d'un jeune vétérinaire qui accepterait de s'installer.

En attendant, les cabinets conseillent de garder près du téléphone le numéro de la clinique d'urgence et de l'appeler avant de prendre la route.

Les cabinets restent ouverts le samedi matin de 9 h à 12 h.
"""),

dict(id="h75-fr-002", lang="fr", tpl="chunks", section="Portrait", date="2026-12-21", byline="Paul Lefranc",
     title="Trente ans au clocher de Saint-Aubin",
     sub="Lucien Barral sonne les cloches de Montbrenac à la main depuis 1996. Il répond à nos questions avant Noël.",
     caption="Lucien Barral dans le clocher de Saint-Aubin.", credit="Photo : Paul Lefranc",
     look=[("br", "Il a 74 ans et monte encore les 96 marches.")],
     body="""
À Montbrenac, les cloches de l'église Saint-Aubin sont encore sonnées à la main. Depuis trente ans, c'est Lucien Barral qui tire les cordes.

Il a 74 ans et monte encore les 96 marches.

**Comment êtes-vous devenu sonneur ?**

Par hasard. L'ancien sonneur s'était cassé le bras en 1996, et le curé m'a demandé de le remplacer pour un mariage. Je ne suis jamais redescendu.

**Combien de cloches ?**

Trois. Marie, Jeanne et la petite qu'on appelle Titine. Marie pèse plus d'une tonne. Il faut la lancer doucement, sinon la corde vous soulève.

**Et le soir de Noël ?**

C'est ma nuit préférée. Je sonne à toute volée pendant dix minutes avant la messe de minuit. Les gens montent la rue avec des lampes, on les voit depuis les abat-sons.

**Vous avez un successeur ?**

Ma petite-fille, Inès. Elle a 15 ans et elle a plus de rythme que moi.

**Les voisins se plaignent ?**

Un seul, une fois. Il venait d'arriver de Paris. Maintenant, il m'apporte une bouteille à chaque Noël.

La messe de minuit sera célébrée le 24 décembre à 23 h 30 à Saint-Aubin. Les cloches sonneront à 23 h 15.
"""),

dict(id="h75-fr-003", lang="fr", tpl="legacy-br", section="Patrimoine", date="2026-07-02", byline="Sylvie Garnier",
     title="Le lavoir de la Fontaine-aux-Dames restauré par les habitants",
     sub="Envahi par les ronces depuis les années 1970, le lavoir communal a été remis en eau par une association.",
     caption="Le lavoir restauré de la Fontaine-aux-Dames.", credit="Photo : Sylvie Garnier",
     carry=["calendar"],
     body="""
On ne voyait plus que le toit. Pendant près de cinquante ans, le lavoir de la Fontaine-aux-Dames, à la sortie de Montbrenac, a disparu sous les ronces et les orties.

Depuis l'automne dernier, une vingtaine d'habitants réunis en association l'ont débroussaillé, curé et remis en eau. Le résultat sera présenté au public le dimanche 12 juillet.

**Un chantier de bénévoles**

Les bénévoles se sont retrouvés chaque samedi matin, par tous les temps. Ils ont sorti du bassin trois tonnes de vase, deux vélos et une machine à laver.

Un couvreur à la retraite a remplacé les tuiles cassées. Les pierres à laver, inclinées vers l'eau, ont été remises d'aplomb une à une.

**Les souvenirs des laveuses**

Pour accompagner la restauration, l'association a recueilli les souvenirs d'anciennes laveuses. Odette, 93 ans, se rappelle les conversations « plus fournies que le journal ».

Ces témoignages seront affichés sur des panneaux à côté du lavoir.

La mairie a financé les matériaux, soit 7 400 euros. Le reste du travail a été fait gratuitement.

Le maire, Bernard Vialle, veut désormais inscrire le lavoir sur le circuit des petits patrimoines du canton.

L'inauguration aura lieu le dimanche 12 juillet à 11 h, suivie d'un pique-nique tiré du sac.
"""),

dict(id="h75-es-001", lang="es", tpl="gutenberg", section="Valdecinos", date="2026-02-18", byline="Marta Cabello",
     title="Valdecinos estrena el primer aseo con cambiador para adultos de la comarca",
     sub="El aseo público de la Plaza de España se ha reformado para personas con gran discapacidad y sus cuidadores.",
     caption="El nuevo aseo adaptado de la Plaza de España.", credit="Foto: Marta Cabello",
     carry=["publictoilets"],
     look=[("box", "El cambiador para adultos es una camilla")],
     body="""
Valdecinos ya tiene un aseo público con cambiador para adultos, el primero de toda la comarca. Está en la Plaza de España y abrió el lunes tras cuatro meses de obras.

La reforma ha costado 74.000 euros, de los que la Junta ha pagado la mitad.

## Una petición de las familias

La idea partió de la asociación de familias de personas con parálisis cerebral. Su presidenta, Rocío Barrantes, explica que muchas familias dejaban de salir de casa porque no tenían dónde cambiar a sus hijos adultos.

«Hemos cambiado a mi hijo en el suelo de un baño de gasolinera. Eso no debería pasarle a nadie», cuenta.

El cambiador para adultos es una camilla regulable en altura, con grúa de techo y espacio para dos cuidadores. Se abre con una llave que entrega la Policía Local o el propio ayuntamiento.

## Abierto también los festivos

El aseo tiene además un baño accesible normal y otro con cambiador para bebés. Abre todos los días, festivos incluidos.

El alcalde, Julián Pajares, ha pedido a los pueblos vecinos que hagan lo mismo para crear una red de aseos adaptados en la Raya.

La asociación organizará visitas guiadas al nuevo aseo para otros ayuntamientos de la comarca en marzo.
"""),

dict(id="h75-es-002", lang="es", tpl="nextjs", section="Sociedad", date="2026-08-24", byline="Iván Rosales",
     title="La clínica veterinaria de Valdecinos abrirá toda la noche",
     sub="El Hospital Veterinario atenderá urgencias las 24 horas a partir de septiembre, tras contratar a tres veterinarios más.",
     caption="La entrada del Hospital Veterinario Valdecinos.", credit="Foto: Iván Rosales",
     carry=["outofhoursvet"],
     look=[("bold", "Hasta ahora no había ninguna urgencia nocturna en 80 kilómetros.")],
     body="""
El Hospital Veterinario Valdecinos atenderá urgencias las 24 horas del día a partir del 1 de septiembre.

Hasta ahora no había ninguna urgencia nocturna en 80 kilómetros.

Los dueños de perros y gatos que se ponían enfermos de noche tenían que esperar a la mañana o conducir hasta Badajoz. Los ganaderos dependían de que su veterinario de confianza cogiera el teléfono.

El hospital ha contratado a tres veterinarios y dos auxiliares para cubrir las noches, los domingos y los festivos. Uno de ellos es de Valdecinos y volvió al pueblo tras trabajar seis años en Lisboa.

La directora del centro, Beatriz Salgado, reconoce que no saben si les saldrá rentable. «Vamos a probar un año. Si la gente responde, seguimos».

La consulta nocturna costará 60 euros, más el tratamiento. El precio es el mismo que cobran las clínicas de urgencias de la capital.

Salgado pide a los dueños que llamen siempre antes de ir, para que el veterinario de guardia pueda prepararse o aconsejarles por teléfono.

Las urgencias más habituales en verano, dice, son los golpes de calor, las picaduras de víbora y los perros que se comen las espigas.

La clínica está en la avenida de Portugal, junto a la gasolinera.
"""),

dict(id="h75-es-003", lang="es", tpl="medium", site="Papeles de San Roque", kind="indie", section="Barrio",
     date="2026-10-27", byline="Nerea Castaño",
     title="El último zapatero de San Roque no piensa cerrar",
     sub="Fermín lleva 52 años arreglando zapatos en un local de dos metros. Le han ofrecido jubilarse tres veces.",
     caption="Fermín en su taller de la calle del Pozo.", credit="Foto: Nerea Castaño",
     look=[("italic", "«Un zapato bueno dura más que un matrimonio malo»"), ("bold", "No tiene ordenador ni datáfono.")],
     body="""
Compartir un banco con Fermín Ledesma es aprender a esperar. Su taller de la calle del Pozo mide dos metros de ancho y tiene una silla para clientes, así que siempre hay alguien de pie en la puerta.

Lleva 52 años en el mismo sitio. Entró de aprendiz a los 14, cuando en San Roque había cinco zapateros. Ahora es el único.

«Un zapato bueno dura más que un matrimonio malo», dice mientras clava una tapa.

Cambia tapas, cose suelas, pone cremalleras a las botas y arregla bolsos y cinturones. Los martes afila cuchillos.

No tiene ordenador ni datáfono.

Apunta los encargos en un cuaderno con tapas de hule y entrega un papelito con un número. Nunca ha perdido un zapato, asegura.

El dueño del local le ha ofrecido tres veces dinero para que se vaya. La última, para abrir una tienda de patinetes. Fermín dice que no, que mientras le respondan las manos se queda.

Sus clientes más fieles son los mayores del barrio, pero cada vez vienen más jóvenes con zapatillas caras que quieren salvar. «Antes me traían zapatos. Ahora me traen deportivas de doscientos euros».

Si queréis conocerlo, pasad por la calle del Pozo, 7. Abre de lunes a sábado por la mañana.
"""),

dict(id="h75-ru-001", lang="ru", tpl="shorthand", site="Северная губерния", section="Лонгриды",
     date="2026-08-14", byline="Анна Березина",
     title="Храм, который собрали заново",
     sub="Деревянную церковь XVIII века в Заозёрье разобрали по брёвнам и собрали снова. На это ушло шесть лет.",
     caption="Никольская церковь в Заозёрье после реставрации.", credit="Фото: Илья Воронов",
     body_caption="Плотники поднимают восстановленную главку на барабан.",
     carry=["churchservices"],
     look=[("italic", "«Каждое бревно мы знали по имени»."), ("bold", "Гвоздей в срубе нет ни одного."),
           ("br", "Освятили храм в июле.")],
     body="""
Никольская церковь в Заозёрье простояла на берегу озера почти 260 лет. К 2019 году нижние венцы сруба сгнили так, что храм заметно наклонился к воде.

Реставраторы решили разобрать его целиком.

## Шесть лет по брёвнам

Каждое бревно пронумеровали, сфотографировали и внесли в чертежи. Сгнившие заменили новыми, вырубленными вручную из сосен, которые росли в том же лесу.

Руководил работами плотник Пётр Ильин. Он говорит, что к концу работы знал церковь лучше собственного дома.

«Каждое бревно мы знали по имени».

Гвоздей в срубе нет ни одного.

Главку покрыли осиновым лемехом, как и двести лет назад. Осина на солнце серебрится, и издалека кажется, что купол сделан из металла.

## Миллионы от земляков

Реставрация обошлась в 48 миллионов рублей. Часть дала область, часть — благотворительный фонд, а почти шесть миллионов собрали жители и уехавшие из деревни земляки.

Иконостас восстанавливали в Петербурге. Иконы вернулись в Заозёрье только весной.

Летом в храм приезжали волонтёры со всей страны: студенты, пенсионеры, программисты в отпуске. Они расчищали территорию и носили брёвна.

Освятили храм в июле. На службу пришли больше трёхсот человек, многие стояли на улице.

Теперь литургию служат в Никольской церкви каждое воскресенье в 8:00.
"""),

dict(id="h75-ru-002", lang="ru", tpl="cms", section="Люди", date="2026-03-05", byline="Ольга Смирнова",
     title="Почтальон Заозёрья: тридцать лет на велосипеде",
     sub="Валентина Кузьмина развозит почту по пяти деревням с 1996 года. Мы поговорили с ней перед выходом на пенсию.",
     caption="Валентина Кузьмина у отделения почты в Заозёрье.", credit="Фото: Ольга Смирнова",
     low=0,
     body="""
Валентина Кузьмина тридцать лет развозила почту по пяти деревням вокруг Заозёрья. Летом на велосипеде, зимой на лыжах. В марте она уходит на пенсию.

**Сколько выходило за день?**

Около двадцати пяти. Заозёрье, Горка, Лыково, Пустошь и Кривцы. В Кривцах всего три дома, но туда тоже надо.

**А зимой?**

Зимой на лыжах, с сумкой за спиной. Дорогу до Пустоши не чистят, трактор приходит раз в неделю.

**Что носили чаще всего?**

Раньше газеты и письма. Сейчас пенсии, квитанции и посылки из интернет-магазинов. Бабушки заказывают семена и тапочки.

**Собаки?**

Все собаки меня знают. Кроме одной, в Лыково. Она меня не любит тридцать лет подряд.

**А на пенсии чем займётесь?**

Огород. И внуков учить кататься на велосипеде.

**Какое письмо запомнилось больше всего?**

В 2003 году я принесла в Кривцы письмо из Германии. Бабе Шуре написал немец, которого она выхаживала в войну. Она читала его прямо у калитки и плакала.

Кто будет носить почту после неё, пока неизвестно. На объявление о вакансии откликнулся один человек.

Проводы Валентины Петровны пройдут в отделении почты в пятницу, 13 марта, в 15:00.
"""),

dict(id="h75-ru-003", lang="ru", tpl="sanity", section="Город", date="2026-01-20", byline="Денис Ковалёв",
     title="Ледовая переправа через озеро открыта для легковых машин",
     sub="МЧС разрешило движение по льду между Заозёрьем и Погостом. Толщина льда достигла 42 сантиметров.",
     caption="Ледовая переправа через озеро у Заозёрья.", credit="Фото: Денис Ковалёв",
     look=[("dropcap", "С понедельника по льду озера")],
     body="""
С понедельника по льду озера между Заозёрьем и Погостом снова можно ездить на легковых машинах. Переправа сокращает дорогу на 38 километров.

Толщина льда на трассе достигла 42 сантиметров. Это больше нормы, установленной для машин массой до трёх тонн.

Переправу обустроили дорожники районной администрации. Трассу отметили вешками, на берегах поставили шлагбаумы и вагончики для дежурных.

**Правила для водителей**

Дежурные напоминают, что на льду действуют особые правила:

- скорость не больше 20 км/ч
- расстояние между машинами не меньше 70 метров
- ремни безопасности не пристёгивать, двери не блокировать
- не останавливаться и не обгонять

Переправа работает с 8:00 до 20:00. Ночью шлагбаумы закрывают.

**Рыбаки — отдельно**

Рыбакам запрещено выезжать на лёд на машинах в стороне от трассы. В прошлом году у Погоста под лёд ушёл внедорожник, водитель успел выбраться.

Глава района Сергей Мальцев сказал, что переправу закроют сразу, как только лёд начнёт слабеть.

Для автобусов и грузовиков переправа пока закрыта: им нужен лёд толщиной не меньше 60 сантиметров.

Узнать, открыта ли переправа, можно по телефону дежурной части района.
"""),
]
