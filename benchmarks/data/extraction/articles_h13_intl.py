# Turkish, German, French, Spanish and Russian stories for the thirteenth held-out part (h13-*).
# Fictional; written for newsflow. Same markup and extra fields as articles_h13_en.py.
ARTICLES = [
dict(id="h13-tr-001", lang="tr", tpl="medium", section="Yaşam", date="2026-03-03", byline="Selin Karakaya",
     title="Emekli mühendisin kurduğu güneş enerjili pompa, Yeşilyurt köyünün su sorununu çözdü",
     sub="Köylüler yıllardır yazın tankerle gelen suya muhtaçtı.",
     caption="Yeşilyurt köyünün üstündeki güneş panelleri.", credit="Fotoğraf: Selin Karakaya",
     body="""
Yeşilyurt köyünde yaşayanlar, üç yaz boyunca içme suyunu haftada iki gelen tankerden aldı. Bu yaz ise musluklardan her gün su akıyor.

Bunu sağlayan, köyde doğup 40 yıl İzmir'de çalıştıktan sonra geri dönen emekli makine mühendisi Kemal Arıkan. Arıkan, köyün 300 metre aşağısındaki eski kaynağa güneş enerjisiyle çalışan bir pompa kurdu.

Pompa, gündüz ürettiği enerjiyle suyu köyün üstündeki 50 tonluk depoya çıkarıyor. Gece ise su, depodan evlere kendi ağırlığıyla iniyor.

## Masrafı köylüler karşıladı

Sistemin toplam maliyeti 460 bin lira tuttu. Paranın yarısını köyden göç edenlerin kurduğu dernek topladı, kalanını kalkınma ajansı hibe olarak verdi.

Paylaşmayı bilen bir köy burası, diyor muhtar Hüsnü Demirel: kazıyı gençler yaptı, boruları traktörü olan herkes taşıdı, kadınlar her gün işçilere yemek getirdi.

"Ben sadece hesabı yaptım."

Arıkan, işin en zor kısmının izinler olduğunu anlatıyor. Kaynak hazineye ait olduğu için dokuz ay boyunca il özel idaresiyle iletişim halinde kaldıklarını söylüyor.

## Sırada ne var

Dernek, aynı sistemin çevredeki köylerde de kurulabilmesi için bir rehber hazırladı. Rehberde şu bilgiler yer alıyor:

- hangi kaynağın uygun olduğu nasıl anlaşılır;
- panel ve pompa nasıl seçilir;
- hangi kurumlardan izin alınır.

Komşu köylerden ikisi şimdiden başvurdu. Arıkan, kışın her iki köye de gidip kaynakları görmeyi planlıyor.
"""),

dict(id="h13-tr-002", lang="tr", tpl="blox", section="Ekonomi", date="2025-12-09", byline="Murat Erdoğdu",
     title="Bakırcılar Çarşısı esnafı kira artışlarına karşı ortak sözleşme imzaladı",
     sub="Çarşıdaki 58 dükkanın sahipleri ve kiracıları üç yıllık bir anlaşmada uzlaştı.",
     caption="Bakırcılar Çarşısı'nda bir usta çalışırken.", credit="Fotoğraf: Murat Erdoğdu",
     body="""
Kastamonu'daki tarihi Bakırcılar Çarşısı'nda dükkan sahipleri ile kiracı esnaf, kira artışlarını üç yıl boyunca sınırlayan ortak bir sözleşme imzaladı.

Sözleşmeye göre kiralar her yıl en fazla yüzde 25 artırılabilecek. Çarşıda geçen yıl bazı dükkanların kirası iki katına çıkmış, dört usta işyerini kapatmak zorunda kalmıştı.

Anlaşmayı, esnaf odası ile çarşıdaki mülk sahiplerinin oluşturduğu bir komisyon altı ay süren görüşmelerle hazırladı.

## "Çarşı boşalırsa kimse kazanmaz"

Komisyonda mülk sahiplerini temsil eden Nevzat Özgür, dükkanların turistlik hediyelik eşya satıcılarına kiralanmasının kısa vadede daha kârlı olduğunu kabul ediyor.

"Ama çarşıyı çarşı yapan, çekiç sesi."

Takip eden haftalarda sözleşmeyi imzalamayan beş mülk sahibiyle de görüşmelerin sürdüğü belirtildi. Sözleşmede ayrıca şu maddeler bulunuyor:

- dükkanlar üç yıl boyunca bakır ustası olmayan birine kiralanmayacak;
- kiracı çırak aldığında o yılın kira artışı yarıya inecek;
- anlaşmazlıklar önce esnaf odasında çözülmeye çalışılacak.

Çarşıda 34 yıldır bakır döven Hasan Usta, geçen yıl dükkanını kapatmayı düşündüğünü anlattı. "Şimdi oğluma 'gel' diyebilirim," dedi.

Belediye de sözleşmeye destek olarak çarşının çatısını gelecek yıl onaracağını açıkladı.
"""),

dict(id="h13-tr-003", lang="tr", tpl="amp", section="Spor", date="2025-10-28", byline="Emre Solak",
     title="Görme engelliler goalball takımı Süper Lig'e yükseldi",
     sub="",
     caption="Takım, play-off finalinin ardından kupayla.", credit="Fotoğraf: Akyazı Engelliler Spor Kulübü",
     body="""
Akyazı Engelliler Spor Kulübü'nün goalball takımı, Konya'da oynanan play-off finalinde Eskişehir ekibini 9-6 yenerek Süper Lig'e yükseldi.

Goalball, görme engelli sporcuların oynadığı, içinde zil bulunan bir topla oynanan bir takım sporu. Sahadaki bütün oyuncuların gözleri, eşit koşullar için bantlı gözlüklerle tamamen kapatılıyor.

Takım, dört yıl önce kulübün kurulmasıyla birlikte bir okul spor salonunda çalışmaya başladı. Oyuncuların çoğu ilk kez bir takım sporu yapıyor.

## Maçı sessizlik kazandırdı

Goalball'da seyircilerin top oyundayken tamamen sessiz olması gerekiyor. Dinlemek, bu oyunun her şeyi, diyor antrenör Oğuz Kaptan.

"Tribün nefesini tuttu, biz de topu duyduk."

Takım kaptanı 22 yaşındaki Berkay Turhan, finalde dört gol attı. Turhan, maç boyunca yedek kulübesindeki antrenörüyle sürekli iletişim halinde olduklarını, molalarda taktiği iki kez değiştirdiklerini anlattı.

Kulüp, Süper Lig'de oynayabilmek için şunlara ihtiyaç duyuyor:

- kendine ait bir antrenman salonu;
- deplasmanlar için bir minibüs;
- iki yeni oyuncu.

Belediye, salon için okul spor salonunun hafta sonları ücretsiz kullanımını teklif etti. Kulüp başkanı Nermin Aksoy, bunun iyi bir başlangıç olduğunu söyledi.
"""),

dict(id="h13-de-001", lang="de", tpl="medium", section="Stadtteil", date="2025-11-04", byline="Jana Wittkamp",
     title="Ein Jahr Fahrrad-Reparaturtreff im Nordviertel: 640 Räder, ein Schraubenschlüssel zu wenig",
     sub="Was wir im ersten Jahr gelernt haben – und was wir jetzt brauchen.",
     caption="Reparaturabend in der alten Schulhausgarage.", credit="Foto: Jana Wittkamp",
     body="""
Vor einem Jahr haben wir in der Garage der alten Grundschule am Lindenplatz zum ersten Mal zwei Montageständer aufgestellt. Seitdem sind 640 Fahrräder durch unsere Hände gegangen.

Der Reparaturtreff ist jeden Dienstag von 17 bis 20 Uhr geöffnet. Wer kommt, repariert sein Rad selbst, mit unserem Werkzeug und mit Hilfe von einem der zwölf Ehrenamtlichen.

## Was am häufigsten kaputt ist

Die Liste der Reparaturen ist wenig überraschend. Ganz oben stehen:

- platte Reifen;
- abgenutzte Bremsbeläge;
- rostige Ketten;
- Licht, das nicht mehr funktioniert.

Teilen ist bei uns Prinzip: Ersatzteile, die übrig bleiben, landen in einer Kiste, aus der sich jeder bedienen kann. Bezahlt wird mit einer Spende, wenn man möchte.

„Ich habe in dreißig Jahren Radfahren nie einen Schlauch gewechselt. Jetzt kann ich es.“

Das sagte uns Ingrid Paulsen, 71, im Frühjahr. Sie kommt inzwischen jede Woche, als Helferin.

## Wo wir Hilfe brauchen

Die Garage gehört der Stadt. Wir stehen mit dem Schulamt in Kontakt, weil die Schule den Raum ab Sommer für ihre Ganztagsbetreuung braucht.

Ein neuer Ort muss trocken, abschließbar und ebenerdig sein. Wer einen Raum kennt, kann uns schreiben.

Außerdem fehlt uns tatsächlich ein Schraubenschlüssel: ein 15er, der irgendwann im Sommer verschwunden ist. Wir vermuten, dass er in einem der 640 Räder mitgefahren ist.
"""),

dict(id="h13-de-002", lang="de", tpl="cms", section="Recht", date="2026-02-03", byline="Thomas Brenner",
     title="Hallenbad muss Kameras im Umkleidebereich abschalten",
     sub="",
     caption="Der Eingang des Hallenbads Westerholt.", credit="Foto: Stadtwerke Westerholt",
     body="""
Das städtische Hallenbad in Westerholt muss die Videokameras im Vorraum seiner Umkleiden abschalten. Das hat die Landesbeauftragte für den Datenschutz entschieden.

Die Stadtwerke als Betreiber hatten im vergangenen Jahr vier Kameras im Gang zwischen den Sammelumkleiden und den Duschen installiert, nachdem mehrfach Spinde aufgebrochen worden waren.

Die Kameras filmten zwar nicht in die Kabinen hinein, erfassten aber Badegäste, die sich im Gang umzogen oder nur mit einem Handtuch bekleidet waren.

## Hinweisschild reicht nicht

Ein Schild am Eingang ersetze keine Einwilligung, heißt es in dem Bescheid. Gerade in einem Bereich, in dem Menschen unbekleidet seien, überwiege ihr Schutz das Interesse des Betreibers.

„Wer schwimmen gehen will, muss sich nicht filmen lassen“, sagte eine Sprecherin der Behörde.

Die Stadtwerke müssen nun:

- die vier Kameras innerhalb von zwei Wochen abschalten;
- sämtliche gespeicherten Aufnahmen löschen;
- ein anderes Konzept gegen Spinddiebstahl vorlegen.

Ein Sprecher der Stadtwerke sagte, man stehe mit dem Hersteller der Schließanlage in Kontakt. Geplant seien Spinde mit Armbandschlüssel, wie sie viele Bäder längst nutzten.

Beschwerden über die Kameras waren im Sommer vor allem von Eltern gekommen, deren Kinder dort vom Schwimmunterricht kamen.
"""),

dict(id="h13-de-003", lang="de", tpl="legacy-br", section="Natur", date="2025-08-26", byline="Heike Sommerfeld",
     title="Hobbyforscher finden 61 Wildbienenarten auf dem Alten Friedhof",
     sub="",
     caption="Eine Furchenbiene auf einer Grabbepflanzung.", credit="Foto: NABU-Gruppe Auental",
     body="""
Auf dem Alten Friedhof in Auental leben mindestens 61 verschiedene Wildbienenarten. Das hat eine Gruppe von Hobbyforschern bei einer zweijährigen Zählung festgestellt.

Die zwölf Ehrenamtlichen des NABU waren von April bis September alle zwei Wochen mit Kescher und Bestimmungsbuch zwischen den Gräbern unterwegs.

Drei der gefundenen Arten stehen auf der Roten Liste des Landes, darunter die Glockenblumen-Scherenbiene, die nur an Glockenblumen sammelt.

## Alte Mauern, wenig Rasenmäher

Dass der Friedhof so artenreich ist, hat nach Ansicht der Gruppe mehrere Gründe. Sie nennt vor allem:

- alte Sandsteinmauern mit Fugen, in denen Bienen nisten;
- offene, sandige Stellen an den Wegen;
- Gräber mit Stauden statt Rasen;
- eine Wiese im hinteren Teil, die nur zweimal im Jahr gemäht wird.

Lesen kann man die vollständige Artenliste im Schaukasten am Friedhofstor, wo die Gruppe sie im September ausgehängt hat.

„Viele Besucher sind überrascht, dass Bienen hier überhaupt ein Thema sind“, sagte Gruppenleiter Frank Eschweiler.

Die Friedhofsverwaltung will die Ergebnisse bei der Pflege berücksichtigen. Die Mauern sollen nicht mehr verfugt, die Wiese soll auch künftig spät gemäht werden.

Die Gruppe sucht für das kommende Jahr weitere Helfer. Vorkenntnisse sind nicht nötig.
"""),

dict(id="h13-fr-001", lang="fr", tpl="medium", section="Solidarité", date="2026-01-13", byline="Camille Ferrand",
     title="À Saint-Rémy-sur-Lèze, une épicerie solidaire s'installe dans l'ancienne gare",
     sub="Le bâtiment était vide depuis la fermeture de la ligne en 1991.",
     caption="La salle des pas perdus transformée en épicerie.", credit="Photo : Camille Ferrand",
     body="""
La gare de Saint-Rémy-sur-Lèze n'a plus vu de train depuis 1991. Depuis lundi, elle a retrouvé des clients : une épicerie solidaire occupe l'ancienne salle des pas perdus.

Les familles orientées par le centre communal d'action sociale y paient leurs courses entre 10 et 30 % du prix habituel. Quarante-deux foyers sont inscrits pour l'instant.

L'association qui la gère, Le Quai, compte trois salariés et une vingtaine de bénévoles. Elle est en contact avec deux supermarchés et cinq maraîchers de la vallée, qui lui cèdent leurs invendus.

## Une gare rachetée un euro

La commune a racheté le bâtiment à SNCF Réseau pour un euro symbolique en 2023. Les travaux, 210 000 euros au total, ont été financés par la région et le département.

Partager les courses, c'est aussi partager un café, explique la présidente de l'association, Monique Delpech. Un coin avec des tables a été aménagé dans l'ancien guichet.

« Ici, personne ne sait qui paie combien. »

## Ce qu'on y trouve

Les rayons proposent pour l'instant :

- des fruits et légumes de saison ;
- des produits laitiers et de l'épicerie sèche ;
- des produits d'hygiène, très demandés.

L'épicerie est ouverte le lundi, le mercredi et le vendredi après-midi. Le Quai voudrait ouvrir le samedi matin, mais il lui manque pour cela au moins six bénévoles.
"""),

dict(id="h13-fr-002", lang="fr", tpl="nextjs", section="Justice", date="2025-12-16", byline="Julien Mercadier",
     title="Un agent immobilier condamné pour des annonces de location trompeuses",
     sub="",
     caption="Le tribunal judiciaire de Montbrison.", credit="Photo : Julien Mercadier",
     body="""
Un agent immobilier de Montbrison a été condamné mardi à 15 000 euros d'amende pour avoir publié des annonces de location trompeuses.

Le tribunal correctionnel lui reproche d'avoir présenté, entre 2022 et 2024, au moins dix-neuf logements comme plus grands ou mieux équipés qu'ils ne l'étaient.

Un studio de 17 mètres carrés était ainsi annoncé à 24 mètres carrés. Un autre appartement, décrit comme « refait à neuf », n'avait plus de chauffage depuis deux hivers.

## Des photos d'un autre logement

Lire les annonces à côté des états des lieux, a expliqué la procureure, suffisait à voir le problème. Sur trois d'entre elles, les photographies montraient même un autre appartement, situé dans un autre immeuble.

Les enquêteurs de la répression des fraudes ont relevé :

- des surfaces gonflées de 15 à 40 % ;
- des équipements qui n'existaient pas, comme un lave-vaisselle ou une cave ;
- des diagnostics énergétiques plus favorables que la réalité.

L'agent, âgé de 51 ans, a reconnu des « erreurs » mais nié toute intention de tromper. Son avocat a plaidé la surcharge de travail.

« Quarante annonces par mois, personne ne les vérifie toutes. »

Le tribunal ne l'a pas suivi. Trois locataires, parties civiles, obtiennent entre 1 200 et 3 500 euros de dommages et intérêts.
"""),

dict(id="h13-fr-003", lang="fr", tpl="joomla4", section="Transports", date="2026-03-17", byline="Sophie Aubertin",
     title="Le train du dimanche revient entre Ambert et Thiers",
     sub="",
     caption="Un autorail en gare d'Ambert.", credit="Photo : Sophie Aubertin",
     body="""
Les trains circuleront de nouveau le dimanche entre Ambert et Thiers à partir du 5 avril, après sept ans d'interruption, a annoncé la région.

Trois allers-retours sont prévus, le matin, en début d'après-midi et en fin de journée. Le trajet prendra un peu plus d'une heure.

La ligne avait perdu ses trains du dimanche en 2019, faute de fréquentation. Depuis, les voyageurs devaient prendre un car qui mettait près de deux heures.

## Un abonnement moins cher

La région en profite pour baisser le prix de l'abonnement mensuel sur la ligne, qui passe de 58 à 40 euros. Les moins de 26 ans paieront 20 euros.

S'abonner se fait désormais en ligne ou au guichet de la gare d'Ambert, rouvert le samedi matin.

Suivre la fréquentation sera la priorité des prochains mois, a prévenu la vice-présidente chargée des transports, Hélène Bardin. Les horaires seront revus en septembre.

« Si les gens montent, les trains resteront. »

L'association des usagers de la ligne se dit satisfaite, mais réclame encore :

- une correspondance à Thiers vers Clermont-Ferrand le dimanche soir ;
- des places pour les vélos dans chaque train ;
- un abri chauffé à la halte d'Arlanc.

La région dit étudier la première demande avec la SNCF.
"""),

dict(id="h13-es-001", lang="es", tpl="sanity", section="Consumo", date="2026-02-10", byline="Raquel Montalbán",
     title="Multa a una inmobiliaria por grabar con cámaras ocultas las visitas a pisos",
     sub="La Agencia de Protección de Datos le impone 30.000 euros.",
     caption="Un piso en venta de la inmobiliaria en Logroño.", credit="Foto: Raquel Montalbán",
     body="""
La Agencia Española de Protección de Datos ha multado con 30.000 euros a una inmobiliaria de Logroño por grabar con cámaras ocultas a las personas que visitaban los pisos que tenía a la venta.

La empresa, Habitalia Rioja, instaló pequeñas cámaras con micrófono en al menos doce viviendas entre 2023 y 2025. Según la resolución, lo hizo para saber qué comentaban los compradores cuando el agente salía de la habitación.

Ninguno de los visitantes dio su consentimiento ni fue informado de que estaba siendo grabado.

## Una compradora lo descubrió

El caso salió a la luz cuando una compradora vio una luz parpadeando en un detector de humo y preguntó qué era. El agente respondió que no lo sabía.

"Lo que hablas con tu pareja en un piso que estás viendo es una conversación privada", dice la resolución.

La Agencia también ha detectado que la web de la inmobiliaria instalaba cookies publicitarias antes de que el usuario aceptara o rechazara nada.

La inmobiliaria deberá:

- retirar todas las cámaras en un mes;
- borrar las grabaciones que conserve;
- corregir el aviso de cookies de su web.

Compartir lo que se piensa de una casa delante del vendedor es algo que nadie hace, recuerda la abogada de la compradora, Irene Salcedo. "Por eso les interesaba escucharlo a escondidas."

Habitalia Rioja no ha querido hacer declaraciones. Puede recurrir la multa ante la Audiencia Nacional.
"""),

dict(id="h13-es-002", lang="es", tpl="hugo", section="Educación", date="2025-11-25", byline="Álvaro Quintana",
     title="Alumnos de FP construyen una barca solar que cruzará el embalse de Riaño",
     sub="El proyecto ha reunido a estudiantes de electricidad, mecánica y carpintería.",
     caption="La barca, todavía sin pintar, en el taller del instituto.", credit="Foto: CIFP Ciudad de León",
     body="""
Veinticuatro alumnos de Formación Profesional del CIFP Ciudad de León han construido una barca de seis metros que funciona solo con energía solar. La botarán en el embalse de Riaño el próximo mes de mayo.

El casco es de madera de pino, trabajado por los estudiantes de carpintería. Los de electricidad han instalado cuatro paneles en el techo y una batería; los de mecánica, el motor y el timón.

## Un curso entero de trabajo

El proyecto empezó en septiembre del año pasado. Seguir el calendario no ha sido fácil, reconoce el profesor que lo coordina, Ramón Gutiérrez: el motor llegó con tres meses de retraso.

"Hemos aprendido más de los errores que de los planos."

La barca podrá llevar a seis personas a unos ocho kilómetros por hora. Los alumnos calculan que tendrá autonomía para unas cinco horas sin sol.

## Qué pasará después

El instituto está en contacto con el Ayuntamiento de Riaño para que la barca se use en verano en paseos para turistas. Los alumnos han propuesto:

- rutas de una hora por la zona norte del embalse;
- viajes gratuitos para los colegios de la comarca;
- un registro de la energía producida cada día.

La directora del centro, Pilar Arias, dice que el proyecto ha servido para que tres grupos que nunca coincidían trabajen juntos. Ya hay alumnos del curso que viene preguntando por el siguiente.
"""),

dict(id="h13-es-003", lang="es", tpl="semantic", section="Deportes", date="2025-09-02", byline="Nerea Ugalde", low=1,
     only=["readtime"],
     title="Una nadadora de 81 años cruza la ría de Mundaka",
     sub="",
     caption="Begoña Larrinaga al salir del agua en Laida.", credit="Foto: Club Natación Bermeo",
     body="""
Begoña Larrinaga tiene 81 años y el sábado cruzó a nado la ría de Mundaka, desde el puerto hasta la playa de Laida. Tardó 52 minutos.

Larrinaga, viuda de un pescador de Bermeo, aprendió a nadar a los 60 años, cuando un médico le recomendó hacer ejercicio por un problema de espalda.

"Antes me daba miedo meter la cabeza en el agua."

## Con la marea a favor

La travesía, de unos dos kilómetros, se organizó con el Club Natación Bermeo, que eligió la hora de la pleamar para que la corriente no la arrastrara hacia mar abierto.

La acompañaron dos nadadores del club y una lancha de la Cruz Roja. Escuchar las instrucciones desde la lancha era imposible, cuenta, así que acordaron señales con las manos.

En la playa la esperaban sus dos hijos, cinco nietos y más de cien vecinos que habían cruzado en barco para verla llegar.

"Me dolían los brazos, pero no iba a parar delante de todos."

## La siguiente, en septiembre

Larrinaga nada tres días a la semana en la piscina municipal y, de junio a septiembre, en el puerto. Dice que no piensa dejarlo.

Su próximo reto es la travesía popular de Bermeo, a finales de septiembre. El club ya la ha inscrito.
"""),

dict(id="h13-ru-001", lang="ru", tpl="medium", section="Культура", date="2025-12-02", byline="Ксения Лаврова",
     title="Как в посёлке Светлый за год появился свой кинолекторий",
     sub="Сорок показов, один проектор и сломанная печка.",
     caption="Показ в зале бывшей столовой.", credit="Фото: Ксения Лаврова",
     body="""
Год назад в посёлке Светлый не было ни одного места, где можно посмотреть кино вместе. Сегодня здесь работает кинолекторий: за год мы провели сорок показов, и на них пришли почти полторы тысячи человек.

Всё началось с того, что в закрытой школьной столовой нашёлся старый проектор. Учитель истории Андрей Пахомов починил его за две недели, а экран мы сшили из двух простыней.

## Как это устроено

Показы проходят по пятницам в семь вечера. Перед каждым фильмом кто-нибудь из жителей рассказывает о нём минут десять, а после фильма мы обсуждаем его за чаем.

Чаще всего зрители просят:

- советские комедии;
- фильмы о войне;
- мультфильмы для детей по субботам.

Вход свободный, но на столе у двери стоит банка для пожертвований. За год в ней набралось 62 тысячи рублей — этого хватило на новые колонки и ремонт печки.

«Я в кино последний раз был в восемьдесят девятом году».

Это сказал нам после первого показа Николай Ефимович, ему 84 года. С тех пор он не пропустил ни одной пятницы.

## Планы на весну

Администрация района весной обещает передать нам здание столовой в безвозмездное пользование. Мы на связи с отделом культуры и ждём решения.

Подписаться на наш канал, где выходит расписание показов, можно по ссылке в профиле. Фильмы на следующий месяц выбираем голосованием там же.
"""),

dict(id="h13-ru-002", lang="ru", tpl="wordpress", section="Суд", date="2026-01-20", byline="Игорь Балашов",
     title="Суд обязал магазин вернуть пенсионерке деньги за холодильник, который перестал морозить",
     sub="",
     caption="Здание мирового суда в Заволжске.", credit="Фото: Игорь Балашов",
     body="""
Мировой суд Заволжска обязал магазин бытовой техники вернуть 74-летней пенсионерке 48 тысяч рублей за холодильник, который сломался через четыре месяца после покупки.

Кроме стоимости холодильника, магазин должен выплатить неустойку, компенсацию морального вреда и штраф за отказ выполнить требования покупателя добровольно. Всего — почти 97 тысяч рублей.

## Три визита мастера

Холодильник перестал морозить в августе. Магазин трижды присылал мастера, но после каждого ремонта через несколько дней всё повторялось.

Продукты пенсионерка всё это время держала у соседки. «Я три месяца ходила к ней за молоком», — рассказала она в суде.

Прочитав заключение экспертизы, судья указала, что неисправность компрессора является существенным недостатком товара. Магазин утверждал, что покупательница неправильно пользовалась техникой.

Экспертиза установила:

- компрессор был неисправен с момента продажи;
- следов неправильной эксплуатации нет;
- ремонт в мастерской не устранил причину поломки.

Представитель общества защиты прав потребителей, которое помогало пенсионерке, сказал, что всё время был на связи с её дочерью, живущей в другом городе.

«Такие дела выигрываются, если не сдаваться после первого отказа».

Магазин может обжаловать решение в течение месяца.
"""),

dict(id="h13-ru-003", lang="ru", tpl="portal", section="Здоровье", date="2025-10-14", byline="Марина Рычкова",
     title="В селе Верхние Луга впервые за десять лет открылся фельдшерский пункт",
     sub="",
     caption="Новый фельдшерско-акушерский пункт в Верхних Лугах.", credit="Фото: администрация района",
     body="""
В селе Верхние Луга открылся новый фельдшерско-акушерский пункт. До этого десять лет жителям приходилось ездить к врачу в райцентр, за 40 километров.

Модульное здание привезли и собрали за два месяца. В нём есть кабинет приёма, процедурный кабинет и небольшая аптека.

Работать в пункте будет фельдшер Алина Горбунова, которая переехала в село из областного центра. Район предоставил ей дом и единовременную выплату.

## Приём пять дней в неделю

Пункт открыт с понедельника по пятницу с 8 до 16 часов. Фельдшер сможет:

- принимать взрослых и детей;
- делать прививки и перевязки;
- снимать кардиограмму и отправлять её врачу в райцентр;
- выписывать лекарства по назначению врача.

Следить за тяжёлыми пациентами будут вместе с районной больницей, где каждое утро проходит онлайн-совещание с фельдшерами.

«Раньше, чтобы измерить давление, я теряла целый день», — говорит 77-летняя Валентина Кречетова.

В Верхних Лугах и трёх соседних деревнях живут около 900 человек, больше половины из них — пенсионеры.

Глава района Сергей Мальцев сказал, что до конца года такие же пункты откроются ещё в двух сёлах.

«Очередь на приём уже на две недели вперёд».
"""),
]
