# Turkish, German, French, Spanish and Russian stories for the eightieth held-out part (h80-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h80_en.py.
ARTICLES = [
dict(id="h80-tr-001", lang="tr", tpl="cms", section="Eğitim", date="2026-10-05", byline="Gülşah Erdoğdu",
     title="Gezici kütüphane otobüsü göl köylerine yeniden sefer başlattı",
     sub="İki yıl aradan sonra kitap otobüsü yedi köye her hafta uğrayacak.",
     caption="Gezici kütüphane Akgöl köy meydanında.", credit="Fotoğraf: Gülşah Erdoğdu",
     carry=["mobilelibrary"],
     body="""
İl Kültür ve Turizm Müdürlüğüne bağlı gezici kütüphane otobüsü, iki yıllık bir aranın ardından göl kıyısındaki köylere yeniden gitmeye başladı.

Eski otobüs 2024 yılında motor arızası nedeniyle hizmetten çekilmişti. Yerine alınan yeni araçta yaklaşık 2.500 kitap, çocuklar için bir okuma köşesi ve internet bağlantılı iki bilgisayar bulunuyor.

Otobüs, Akgöl, Sazlıdere ve Kavaklı başta olmak üzere yedi köye haftada bir uğrayacak ve her köyde bir buçuk ile iki saat kalacak.

Kütüphaneci Hülya Kocabaş, ilk gün Akgöl'de otobüsün önünde kuyruk oluştuğunu anlattı.

"Çocuklar koşarak geldi, yaşlılar da torunlarıyla birlikte. Bir saatte 140 kitap ödünç verdik," dedi.

Akgöl muhtarı İsmail Tunçer ise köyde kitapçı ya da kütüphane bulunmadığını, en yakın kütüphanenin 35 kilometre uzaktaki ilçe merkezinde olduğunu hatırlattı.

Otobüste ayrıca haftada bir kez çocuklar için masal saati düzenlenecek. İlk masal saatine Sazlıdere İlkokulunun bütün birinci sınıfları katıldı.

Kitaplar iki hafta süreyle ödünç alınabiliyor ve bir sonraki seferde otobüse iade ediliyor. Üyelik ücretsiz; kimlik kartıyla otobüste hemen yapılabiliyor.

Otobüsün güzergâhı ve saatleri köy kahvelerine ve muhtarlık panolarına asıldı. Köyüne durak eklenmesini isteyenler ilçe halk kütüphanesiyle iletişime geçebilir.
"""),

dict(id="h80-tr-002", lang="tr", tpl="legacy-br", section="İnsanlar", date="2026-04-22", byline="Onur Yazıcıoğlu",
     title="Kırk yıllık makas: Sazlıdere'nin berberi Cemal Usta anlatıyor",
     sub="Cemal Erkılıç, 1986'dan beri aynı dükkânda saç kesiyor.",
     caption="Cemal Erkılıç dükkânında.", credit="Fotoğraf: Onur Yazıcıoğlu",
     low=0,
     body="""
Cemal Erkılıç, 1986'da Sazlıdere'nin çarşısında küçük bir berber dükkânı açtı. Bu ay 70 yaşına giriyor ve makası bırakmayı düşünmüyor. Müşteri aralarında sorularımızı yanıtladı.

**Berberliğe nasıl başladınız?**

On iki yaşında çırak olarak girdim. Ustam önce bana yalnızca yer süpürttü, iki yıl sonra ilk tıraşı yaptırdı.

**Dükkân çok değişti mi?**

Koltuk aynı koltuk. Aynalar da. Sadece duvardaki takvimler değişti, bir de fiyatlar.

**Bu koltuğa kimler oturuyor?**

Babalarını tıraş ettiğim çocukları şimdi ben tıraş ediyorum. Bazılarının torunları da geliyor. Dört kuşak gördüm bu koltukta.

**Berberde en çok ne konuşulur?**

Futbol, yağmur, balık. Seçim zamanı siyaset, ama ben karışmam. Berberin işi dinlemek.

**Hiç kötü bir kesim yaptınız mı?**

Bir kere. Düğününden bir gün önce bir damadın kaşını aldım. Düğün fotoğraflarına hâlâ bakamıyorum.

**Makası kime bırakacaksınız?**

Yeğenim geliyor öğleden sonraları. Eli yatkın ama sabrı yok. Sabrı da öğrenecek.

**Emekliliği hiç düşündünüz mü?**

Düşündüm, bir hafta evde oturdum. Hanım beni kapıdan kovdu, "git dükkânına" dedi. O günden beri sabah yedide buradayım, akşam yedide kapatıyorum.
"""),

dict(id="h80-tr-003", lang="tr", tpl="ucoz", site="Kavaklı Köyü", kind="small",
     section="Köyden haberler", date="2026-06-14", byline="muhtarlik",
     title="Kavaklı'nın eski çeşmesi imeceyle yeniden akıyor",
     sub="Köylüler 1954 yapımı çeşmeyi iki hafta sonunda onardı.",
     caption="Onarılan çeşmenin açılışı.", credit="Fotoğraf: Kavaklı Muhtarlığı",
     body="""
Köy meydanındaki 1954 yapımı çeşme, on yıldır kuru durduktan sonra pazar günü yeniden akmaya başladı. Açılışa köyün neredeyse tamamı katıldı.

Çeşmenin suyu, borular paslanıp çatladığı için 2016 yılında kesilmişti. Geçen kış köy derneğinin toplantısında çeşmenin imeceyle onarılmasına karar verildi.

**İki hafta sonunda yapılanlar**

- kaynaktan çeşmeye kadar 400 metre yeni boru döşendi
- kırık yalak taşı değiştirildi
- çeşmenin önüne taş döşendi
- kitabe temizlenip yeniden boyandı

Malzeme parası köylülerden ve gurbetteki hemşehrilerimizden toplandı, toplam 62 bin lira tuttu. Boruları ilçe belediyesi verdi. İşçiliği köyün gençleri yaptı, kadınlar her akşam meydanda yemek hazırladı.

Çeşmenin başında akşamları yine sohbet edilmeye başlandı. Yaşlılarımız, gençliklerinde suyu testilerle buradan taşıdıklarını anlattı. Çocuklar ise ilk gün yalağın içinde ayaklarını serinletti.

**Teşekkür**

Ustalığıyla işin başında duran Hasan Doğruöz ustaya, kepçesini getiren Yusuf Kalender'e ve emeği geçen herkese teşekkür ederiz.

Çeşmenin suyu içilebilir; il sağlık müdürlüğü tahlil yaptı. Fotoğrafları köy derneğinin panosuna astık, görmek isteyen bakabilir. Bayramda çeşmenin başında köy kahvaltısı yapılacak, herkes davetlidir.
"""),

dict(id="h80-de-001", lang="de", tpl="octobercms", site="Seenland-Kurier",
     section="Feste und Vereine", date="2026-06-03", byline="Marlene Ohlendorf",
     title="Erstes Straßenfest im Fischerweg seit der Wende",
     sub="Die Nachbarn in Seedorf sperren ihre Straße am Samstag für einen Tag.",
     caption="Der Fischerweg in Seedorf, wo am Samstag die Tische stehen sollen.", credit="Foto: Marlene Ohlendorf",
     carry=["streetparty"],
     look=[("highlight", "Den Antrag bei der Gemeinde hat Jens Kuhlmann gestellt"), ("bold", "Kuchen bringt jeder mit."),
           ("br", "Der Bus fährt an diesem Tag")],
     body="""
Folgen Sie einfach den Lampions: Am Samstag feiern die Anwohner des Fischerwegs in Seedorf ihr erstes gemeinsames Straßenfest seit 1990.

Die Idee kam im Winter beim Schneeschippen. Mehrere Nachbarn stellten fest, dass sie seit Jahren nebeneinander wohnen und sich kaum kennen.

## Sperrung von 12 bis 22 Uhr

Den Antrag bei der Gemeinde hat Jens Kuhlmann gestellt, der im Haus Nummer 7 wohnt. Er brauchte dafür eine Skizze der Straße, die Unterschriften der Anlieger und eine Haftpflichtversicherung, die der Anglerverein übernommen hat.

Die Straße wird von 12 bis 22 Uhr gesperrt.

Der Bus fährt an diesem Tag über die Uferstraße. Die Haltestelle am Fischerweg entfällt.

## Was geplant ist

Auf der Straße sollen lange Tische stehen, dazu gibt es ein Kinderprogramm mit Kreide und Sackhüpfen. Der Posaunenchor spielt um 16 Uhr.

Kuchen bringt jeder mit.

Anwohnerin Karin Wiesenthal, die seit 1962 im Fischerweg lebt, freut sich besonders. „Früher hat die ganze Straße im Sommer zusammen gegrillt. Das hat mir gefehlt", sagt sie.

Wer helfen möchte, kann sich bis Donnerstag bei Jens Kuhlmann melden. Bei Regen wird im Saal des Anglervereins gefeiert.
"""),

dict(id="h80-de-002", lang="de", tpl="regional", section="Kleinwerder", date="2026-03-26", byline="Falk Reinholz",
     title="Schmierereien in der Bahnunterführung: Stadt will schneller reagieren",
     sub="Beleidigende Parolen sollen künftig binnen eines Tages verschwinden.",
     caption="Die Unterführung am Bahnhof Kleinwerder.", credit="Foto: Falk Reinholz",
     carry=["graffitireport"],
     body="""
Die Bahnunterführung am Bahnhof Kleinwerder ist in den vergangenen Wochen mehrfach mit beleidigenden Parolen beschmiert worden. Nun will die Stadt solche Schmierereien künftig innerhalb von 24 Stunden entfernen lassen.

Bisher dauerte es oft mehr als eine Woche, bis der Bauhof anrückte. Eltern hatten sich beschwert, weil ihre Kinder auf dem Schulweg an den Sprüchen vorbeigehen mussten.

Bürgermeisterin Sabine Lorenzen sagte im Bauausschuss, man habe die Abläufe geändert. Meldungen gehen nun direkt an eine Kolonne des Bauhofs, die einen eigenen Hochdruckreiniger und Farbe im Wagen hat.

Die Unterführung selbst gehört der Bahn. Die Stadt hat mit ihr vereinbart, dass der Bauhof dort auf Kosten der Bahn reinigen darf.

Andere Graffiti an städtischen Gebäuden sollen innerhalb von fünf Werktagen entfernt werden. Für Hauswände in Privatbesitz bleiben die Eigentümer zuständig.

Der Jugendtreff Kleinwerder hat angeboten, eine Wand der Unterführung mit Jugendlichen legal zu gestalten. Der Vorschlag wird im April beraten.

Die Polizei bittet Zeugen, die in der Nacht zum Sonntag Personen in der Unterführung beobachtet haben, sich bei der Polizeistation Kleinwerder zu melden.
"""),

dict(id="h80-de-003", lang="de", tpl="typo3", site="Gemeinde Brunnau", kind="public",
     section="Bücherei", date="2026-01-12", byline="Gemeindeverwaltung",
     title="Fahrbücherei hält ab Februar auch in Brunnau",
     sub="Der Bücherbus des Landkreises kommt künftig alle zwei Wochen auf den Parkplatz der Feuerwehr.",
     caption="Der Bücherbus des Landkreises.", credit="Foto: Gemeinde Brunnau",
     carry=["mobilelibrary"],
     body="""
Ab dem 5. Februar hält die Fahrbücherei des Landkreises auch in Brunnau. Der Bücherbus steht dann alle zwei Wochen donnerstags auf dem Parkplatz der Freiwilligen Feuerwehr.

Der Gemeinderat hatte sich im vergangenen Jahr um den Halt bemüht, nachdem die Gemeindebücherei im Alten Schulhaus aus Altersgründen der ehrenamtlichen Leiterin geschlossen wurde.

## Was der Bücherbus bietet

Im Bus stehen rund 4.000 Medien. Ausgeliehen werden können:

- Romane, Sachbücher und Kinderbücher
- Hörbücher und Filme
- Zeitschriften
- Spiele für Kinder und Familien

Bestellungen aus dem Gesamtbestand der Kreisbibliothek werden zum nächsten Halt mitgebracht.

## Ausweis und Gebühren

Der Bibliotheksausweis kostet für Erwachsene 12 Euro im Jahr. Kinder und Jugendliche bis 18 Jahre leihen kostenlos aus. Den Ausweis stellt das Personal direkt im Bus aus, bitte den Personalausweis mitbringen.

Die Bücher der früheren Gemeindebücherei hat die Gemeinde dem Kindergarten und der Grundschule übergeben.

Fragen zum Halt beantwortet das Bürgerbüro im Rathaus, Telefon 09321 960 220, montags bis freitags von 8 bis 12 Uhr.
"""),

dict(id="h80-fr-001", lang="fr", tpl="quintype", section="Vie locale", date="2026-05-27", byline="Solène Marquet",
     title="Fête des voisins : la rue des Saules fermée à la circulation vendredi soir",
     sub="Pour la première fois, les habitants ont obtenu un arrêté de fermeture de leur rue.",
     caption="La rue des Saules, aux Mottes.", credit="Photo : Solène Marquet",
     carry=["streetparty"],
     look=[("highlight", "La rue sera fermée de 18 heures à minuit")],
     body="""
Contactée par un groupe d'habitants en avril, la mairie des Mottes a accepté de fermer la rue des Saules à la circulation pour la Fête des voisins, vendredi soir. Une première dans la commune.

Jusqu'ici, les voisins se retrouvaient sur le trottoir, autour de deux tables pliantes. Cette année, ils seront une soixantaine, assis au milieu de la chaussée.

La rue sera fermée de 18 heures à minuit. Des barrières seront installées aux deux extrémités par les agents techniques de la commune.

Pour obtenir l'arrêté, les organisateurs ont dû déposer une demande en mairie un mois à l'avance, avec un plan de la rue et une attestation d'assurance fournie par l'association de quartier.

« On pensait que ce serait compliqué. Il a fallu remplir un formulaire d'une page », raconte Thierry Gaudemard, qui a porté le dossier.

Le maire, Bernard Lestrade, espère que d'autres quartiers suivront. « La demande est gratuite. Il suffit de s'y prendre à temps », explique-t-il.

Chaque foyer apportera un plat à partager. Un voisin guitariste a promis quelques chansons, et les enfants prépareront une chasse au trésor dans les jardins.

En cas de pluie, la fête aura lieu sous le préau de l'école.
"""),

dict(id="h80-fr-002", lang="fr", tpl="magazine", section="Culture", date="2026-02-09", byline="Aurélien Tisserand",
     title="Dans le bibliobus, vingt villages et une seule bibliothécaire",
     sub="Nous avons passé une journée avec Marie-Laure Daviaud, qui sillonne les routes des Étangs depuis 2009.",
     caption="Marie-Laure Daviaud dans le bibliobus, à Saint-Férréol-des-Étangs.", credit="Photo : Aurélien Tisserand",
     carry=["mobilelibrary"],
     pull="Certains ne viennent pas pour les livres",
     look=[("dropcap", "Il est 8 h 40"), ("box", "Le bibliobus de la médiathèque départementale")],
     body="""
Il est 8 h 40 quand Marie-Laure Daviaud tourne la clé du bibliobus, sur le parking de la médiathèque départementale. Devant elle, 84 kilomètres de petites routes et quatre villages.

Dans la soute, 3 200 livres rangés sur des étagères inclinées pour ne pas tomber dans les virages. « Les policiers glissent quand même, je ne sais pas pourquoi », sourit-elle.

Premier arrêt, place de l'Église, à Saint-Férréol-des-Étangs. Trois personnes attendent déjà, dont Gisèle, 91 ans, qui rend six romans et en emprunte six autres.

Certains ne viennent pas pour les livres. Ils viennent pour parler, prendre des nouvelles, dire qu'ils ont été malades. Marie-Laure écoute, range, tamponne.

Aux Mottes, c'est l'école qui monte à bord. Une classe de CE1 choisit ses albums pendant vingt minutes, dans un joyeux désordre.

Le bibliobus de la médiathèque départementale dessert vingt communes de moins de 800 habitants. Il passe dans chacune toutes les deux semaines, et le prêt est gratuit.

À midi, elle mange son sandwich dans la cabine, en regardant l'étang. L'après-midi, il reste deux arrêts.

Le soir, elle aura prêté 143 documents. « Une bonne journée », dit-elle, avant de reprendre la route de la médiathèque.
"""),

dict(id="h80-fr-003", lang="fr", tpl="chunks", section="Portrait", date="2026-08-19", byline="Nolwenn Carrez",
     title="« Une cloche, ça se respecte » : cinquante ans de carillon au Grand-Vivier",
     sub="René Bouchardeau sonne les cloches de l'église du village depuis 1976.",
     caption="René Bouchardeau dans le clocher.", credit="Photo : Nolwenn Carrez",
     look=[("br", "Pas une seule fois.")],
     body="""
René Bouchardeau, 79 ans, monte les 96 marches du clocher du Grand-Vivier depuis 1976 pour sonner les cloches à la main. Il nous a reçus sur le palier, entre deux volées.

**Comment êtes-vous arrivé au clocher ?**

Le sonneur de l'époque était mon oncle. Il m'a pris avec lui un dimanche, j'avais vingt-neuf ans. Je ne suis jamais redescendu, comme on dit.

**Pourquoi ne pas électrifier les cloches ?**

La commune l'a proposé trois fois. À la main, on sent la cloche. On sait quand elle est fatiguée, quand il faut graisser.

**Combien de mariages ?**

Je tiens un carnet. J'en suis à 412 mariages et à peu près autant d'enterrements. J'ai sonné pour mes parents et pour mes petits-enfants.

**Vous avez déjà raté une sonnerie ?**

Jamais pour un enterrement.

Pas une seule fois.

**Et qui tirera les cordes après vous ?**

Une jeune femme du village, Clémence, vient apprendre le mercredi. Elle a de bons bras et l'oreille juste. Je lui laisserai les cordes quand mes jambes diront stop.

La tour est ouverte au public lors des Journées du patrimoine, et René y sera, pour montrer les cordes à qui veut les essayer.
"""),

dict(id="h80-es-001", lang="es", tpl="portal", section="Cultura", date="2026-09-08", byline="Rocío Valdelomar",
     title="Villalaguna celebra su primera semana cultural en el antiguo pósito",
     sub="Conciertos, teatro y un taller de barcas de juguete llenarán el edificio restaurado.",
     caption="El antiguo pósito de Villalaguna, ya restaurado.", credit="Foto: Rocío Valdelomar",
     carry=["calendar"],
     body="""
Villalaguna estrenará el próximo lunes su primera semana cultural, que se celebrará íntegramente en el antiguo pósito de grano, restaurado el año pasado con fondos europeos.

El edificio, del siglo XVIII, sirvió durante décadas de almacén de la cooperativa y estuvo a punto de hundirse en 2019. Hoy tiene un salón de actos con 180 butacas y dos aulas.

La concejala de Cultura, Amparo Lucendo, explicó que la programación la han preparado las asociaciones del pueblo. Habrá un concierto de la banda municipal, una obra de teatro del grupo de mayores y una exposición de fotografías antiguas de la laguna.

Los más pequeños podrán construir barcas de juguete con corcho y madera en un taller dirigido por un carpintero jubilado, Julián Casarrubios, que las botará con ellos en la orilla el sábado.

La semana se cerrará el domingo con una comida popular en la plaza, para la que el Ayuntamiento espera a unas 600 personas.

Todas las actividades son gratuitas. Las entradas para el teatro, porque el aforo es limitado, se recogen en la biblioteca municipal a partir del miércoles.
"""),

dict(id="h80-es-002", lang="es", tpl="nextjs", section="Economía", date="2026-04-13", byline="Eduardo Sotomayor",
     title="El mercado de los sábados vuelve a la plaza de El Carrizal",
     sub="Tras seis años en un descampado, los puestos regresan al centro del pueblo.",
     caption="Puestos de fruta en la plaza de El Carrizal.", credit="Foto: Eduardo Sotomayor",
     look=[("bold", "A las nueve ya no cabía nadie.")],
     body="""
Los puestos del mercado de los sábados volvieron a la plaza de El Carrizal este fin de semana, seis años después de que las obras del aparcamiento subterráneo los mandaran a un descampado a las afueras.

**Un regreso esperado**

Los vendedores habían perdido clientela en el descampado, lejos de las tiendas y sin sombra. Algunos dejaron de venir.

A las nueve ya no cabía nadie.

Este sábado se instalaron 38 puestos de fruta, verdura, queso, pan y ropa, y la plaza se llenó desde primera hora. Los bares de alrededor sacaron todas sus mesas.

**Nuevas normas**

El Ayuntamiento ha pintado en el suelo la posición de cada puesto y ha fijado el horario de 8.00 a 14.00. Los vehículos de los vendedores deben salir de la plaza antes de las 8.30.

Encarna Morcillo, que vende queso de sus cabras desde hace treinta años, no podía dejar de sonreír. «En el descampado vendía la mitad. Aquí la gente pasa, prueba y compra», decía.

**Quejas por el ruido**

Algunos vecinos de la plaza se han quejado del ruido de la descarga de madrugada. El alcalde, Ramón Lizarán, ha prometido estudiar un horario de montaje más tardío.
"""),

dict(id="h80-es-003", lang="es", tpl="gutenberg", section="Patrimonio", date="2026-07-01", byline="Milagros Escudero",
     title="Las vecinas de Navalcisne recuperan el lavadero público",
     sub="El lavadero de 1921 llevaba medio siglo abandonado.",
     caption="El lavadero de Navalcisne, restaurado.", credit="Foto: Milagros Escudero",
     look=[("dropcap", "Durante casi cincuenta años"), ("box", "El lavadero se puede visitar")],
     body="""
Durante casi cincuenta años, el lavadero público de Navalcisne fue un rincón de zarzas y escombros junto al arroyo. Desde el domingo vuelve a tener agua.

La restauración la ha impulsado la asociación de mujeres del pueblo, muchas de las cuales lavaron allí la ropa de niñas, con sus madres.

## Lo que se ha hecho

- limpiar el cauce y recuperar la acequia que llevaba el agua
- cambiar las losas rotas de las pilas
- reconstruir el tejado de madera y teja
- colocar un panel con la historia del lavadero

Las obras han costado 31.000 euros, pagados a medias por la Diputación y el Ayuntamiento. El trabajo de limpieza lo hicieron los propios vecinos durante cuatro fines de semana.

Petra Gallardo, de 86 años, fue la encargada de abrir el caño el día de la inauguración. «Aquí nos contábamos todo. Era nuestro periódico», recordó entre aplausos.

El lavadero se puede visitar libremente. El panel explicativo incluye fotografías de los años cuarenta prestadas por las familias del pueblo.

La asociación quiere ahora organizar en verano una jornada en la que las mayores enseñen a los niños a lavar a mano, con jabón hecho en casa.
"""),

dict(id="h80-ru-001", lang="ru", tpl="hugo", section="Город", date="2026-05-14", byline="Антон Белозерцев",
     title="В Заозерье пообещали закрашивать оскорбительные граффити за сутки",
     sub="Жители жаловались на надписи у школы и на остановках.",
     caption="Стена гаражей у школы № 2 после покраски.", credit="Фото: Антон Белозерцев",
     carry=["graffitireport"],
     body="""
Администрация Заозерья пообещала закрашивать оскорбительные надписи на стенах, заборах и остановках в течение суток после того, как о них сообщат жители.

Поводом стали жалобы родителей учеников школы № 2. Весной на стене гаражей напротив школы несколько раз появлялись грубые надписи, и одна из них провисела почти две недели.

«Дети читают это каждое утро. Мы звонили в администрацию, а нам отвечали, что гаражи частные», — рассказала председатель родительского комитета Ирина Сухорукова.

Теперь, по словам главы города Павла Гречишникова, коммунальная служба будет закрашивать такие надписи сама, не дожидаясь владельцев. Для этого ей выделили отдельную бригаду и запас краски.

Обычные граффити на фасадах и остановках обещают убирать в течение пяти рабочих дней, а объявления на столбах — в течение десяти.

Кроме того, город выделит подросткам стену у стадиона, где рисовать можно будет законно. Эскизы рисунков отберёт молодёжный совет.

Первую стену у школы коммунальщики закрасили уже на следующий день после заседания, и родители сфотографировали её для общего чата.

Полиция напоминает, что за порчу чужого имущества грозит штраф, и просит сообщать о тех, кого застали с баллончиком.
"""),

dict(id="h80-ru-002", lang="ru", tpl="sanity", section="Люди", date="2026-08-07", byline="Дарья Кулагина",
     title="«Озеро каждый день разное»: тридцать лет в кассе лодочной станции",
     sub="Валентина Широкова продаёт билеты на прогулочный катер с 1996 года.",
     caption="Валентина Широкова в кассе лодочной станции.", credit="Фото: Дарья Кулагина",
     look=[("dropcap", "Маленькая касса у причала")],
     body="""
Маленькая касса у причала в Лебяжьем открывается в девять утра. Уже тридцать лет в её окошке — Валентина Широкова. Мы поговорили с ней между рейсами.

**Как вы оказались в кассе?**

Случайно. В девяносто шестом закрыли наш завод, а на станции искали кассира на одно лето. Лето затянулось.

**Что поменялось с девяносто шестого?**

Катер тот же, только перекрашенный. Билет стоил три рубля, теперь двести. И туристов стало больше: раньше ездили только свои.

**Кто ваши постоянные пассажиры?**

Есть дедушка, который катается каждое воскресенье с 1998 года. Всегда садится на корме. Говорит, там лучше видно чаек.

**Бывает, что катер не выходит?**

Когда ветер сильный. Люди обижаются, а я говорю: озеро не спорит, с ним договариваются.

**А самое необычное, что случалось?**

Однажды на рейсе сделали предложение. Кольцо чуть не уронили в воду. Теперь эта пара приезжает каждый год в тот же день.

**Сами часто катаетесь?**

Раз в году, в последний день сезона, когда касса уже закрыта. Капитан зовёт, и мы с ним идём до острова и обратно.

**Не надоело?**

Озеро каждый день разное. Как может надоесть?
"""),

dict(id="h80-ru-003", lang="ru", tpl="ghost", section="Город", date="2026-09-29", byline="Роман Стрельцов",
     title="Двор на Береговой улице благоустроили по проекту самих жильцов",
     sub="Жители трёх домов сами нарисовали план и добились его исполнения.",
     caption="Новая детская площадка во дворе на Береговой.", credit="Фото: Роман Стрельцов",
     look=[("callout", "Жильцов просят не ставить машины")],
     body="""
Подписывайтесь на наш канал, говорили друг другу соседи по дому на Береговой улице, когда три года назад завели общий чат. Теперь этот чат считают началом нового двора.

Двор между домами 4, 6 и 8 долгие годы был пустырём с лужами и сломанными качелями. В 2024 году жильцы сами нарисовали план благоустройства и подали его на городской конкурс.

Проект победил, и летом подрядчик выполнил работы на 4,2 миллиона рублей.

Что появилось во дворе:

- детская площадка с мягким покрытием
- столы для настольного тенниса
- скамейки и фонари вдоль дорожек
- огороженная площадка для выгула собак

Старшая по дому Людмила Перепёлкина говорит, что главным было отстоять деревья. «По первому проекту подрядчика три берёзы хотели спилить. Мы не дали», — рассказывает она.

Жильцов просят не ставить машины на газонах и дорожках. Для них отведена отдельная парковка у дома 8.

Осенью соседи собираются посадить кусты сирени вдоль забора. Саженцы обещал привезти городской питомник, а копать ямы вызвались школьники из соседнего дома.
"""),
]
