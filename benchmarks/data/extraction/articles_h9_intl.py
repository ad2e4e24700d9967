# Turkish, German, French, Spanish and Russian stories for the ninth held-out part (h9-*).
# Fictional; written for newsflow. Same markup and extra fields as articles_h9_en.py.
ARTICLES = [
dict(id="h9-tr-001", lang="tr", tpl="portal", section="Yerel", date="2025-04-15", byline="Selin Karataş",
     title="Boğazkent'te balıkçı barınağı genişletiliyor",
     sub="Yeni iskele ile barınak 40 tekneye daha yer açacak.",
     caption="Boğazkent balıkçı barınağında sabah saatleri.", credit="Fotoğraf: Emre Tunalı",
     body="""
Boğazkent'teki balıkçı barınağı, 40 tekneye daha yer açacak yeni bir iskeleyle genişletiliyor. Çalışmaların eylül ayında tamamlanması bekleniyor.

Balıkçılar yıllardır barınağın yetersiz kaldığını, kış fırtınalarında teknelerin açıkta beklemek zorunda kaldığını söylüyordu. Kooperatif başkanı Yusuf Demirbaş, geçen kış üç teknenin dalgalar yüzünden hasar gördüğünü hatırlattı.

"Denizden ekmeğini çıkaranın en azından teknesini bağlayacak bir yeri olmalı," dedi Demirbaş.

## Projede neler var?

Belediyenin açıkladığı plana göre barınakta şu çalışmalar yapılacak:

- 120 metrelik yeni bir iskele inşa edilecek;
- balık hali için soğuk hava deposu kurulacak;
- ağ tamiri için kapalı bir alan yapılacak.

Projenin maliyeti 48 milyon lira olarak açıklandı. Masrafın yarısı kalkınma ajansının hibesiyle karşılanacak.

Takip edilmesi gereken bir konu da balık hali: esnaf, yeni deponun kiralarının yüksek olmasından endişe ediyor.

Balıkçı Ayten Kalkan, otuz yıldır bu limandan denize açıldığını anlattı.

"İlk kez bir planın kâğıtta kalmayacağına inanıyorum."

Çalışmalar sırasında barınağın doğu tarafı tekne trafiğine açık kalacak. Belediye, inşaat süresince balıkçıların teknelerini geçici olarak komşu köyün iskelesine bağlayabileceğini duyurdu.
"""),

dict(id="h9-tr-002", lang="tr", tpl="semantic", section="Eğitim", date="2025-09-24", byline="Okan Yıldırımlı",
     title="Ovaköy'de kapanan köy okulu kütüphane oldu",
     sub="Öğrencisi kalmayan okul binası gönüllülerle yeniden açıldı.",
     caption="Eski okulun sınıflarından biri okuma salonuna dönüştü.", credit="Fotoğraf: Ovaköy Muhtarlığı",
     body="""
Ovaköy'de öğrencisi kalmadığı için altı yıl önce kapanan ilkokul binası, köylülerin ve gönüllülerin çabasıyla kütüphaneye dönüştürüldü.

Binanın onarımı için köyden göç edip büyük şehirlere yerleşen eski öğrenciler para topladı. Kitapların büyük bölümü bağış yoluyla geldi; raflarda şu anda yaklaşık 4.500 kitap bulunuyor.

Muhtar Halil Özkaya, binanın yıllarca kilitli kaldığını, camlarının kırıldığını söyledi.

"Bu okulda üç kuşak okuma yazma öğrendi. Çürümeye bırakamazdık."

## Yaz aylarında kalabalık

Kütüphane hafta sonları ve yaz tatilinde açık. Köye tatile gelen çocuklar için okuma saatleri düzenleniyor.

Okuyun, tartışın, ödünç alın: kütüphanenin kapısındaki tabelada yazan kurallar bunlardan ibaret. Kitaplar için süre sınırı yok.

Gönüllülerden emekli öğretmen Necla Aydemir, haftada iki gün kütüphanede nöbet tuttuğunu anlattı.

"Eskiden burada ders veriyordum, şimdi kitap veriyorum."

Köy derneği, önümüzdeki yıl binanın bahçesine bir okuma çardağı yapmayı planlıyor. Elektrik faturası muhtarlık tarafından ödeniyor. Dernek, bağış yapmak isteyenlerin köy kahvesindeki kutuya kitap bırakabileceğini ya da muhtarlığı arayabileceğini hatırlattı. Şimdiden ilçedeki iki okul, kütüphaneye sınıf gezisi düzenlemek için başvurdu.
"""),

dict(id="h9-tr-003", lang="tr", tpl="ghost", section="Tarım", date="2025-07-08", byline="Derya Akbulut",
     title="Çiftçiler kuraklığa karşı damla sulamaya geçiyor",
     sub="İlçede damla sulama kullanan arazi iki yılda üçe katlandı.",
     caption="Mısır tarlasında damla sulama boruları.", credit="Fotoğraf: İlçe Tarım Müdürlüğü",
     body="""
İki yıldır süren kuraklık, Ovaköy ovasındaki çiftçileri salma sulamadan damla sulamaya geçmeye zorluyor. İlçe tarım müdürlüğüne göre damla sulama kullanılan arazi iki yılda üç katına çıktı.

Baraj göletindeki su seviyesi bu yaz son on yılın en düşük düzeyine indi. Sulama birliği, haftada üç gün olan su dağıtımını iki güne düşürdü.

Mısır üreticisi Kemal Ertürk, damla sulamaya geçtikten sonra aynı tarlayı yarı yarıya daha az suyla suladığını söyledi.

"Borular pahalı ama su hiç olmazsa tarla da olmaz."

## Devlet desteği

Devlet, damla sulama sistemlerinin maliyetinin yarısını hibe olarak karşılıyor. Başvurular ilçe tarım müdürlüğüne yapılıyor ve son tarih ekim sonu.

Müdürlükte görevli ziraat mühendisi Gülay Sezer, çiftçilerle iletişim halinde olduklarını, başvuruların geçen yıla göre iki kat arttığını belirtti.

Ancak küçük üreticiler hibenin diğer yarısını bulmakta zorlanıyor. Bazı köylerde çiftçiler boruları ortak alarak maliyeti paylaşmaya başladı.

Sulama birliği, kış yağışları yeterli olmazsa gelecek yıl pamuk ekimine sınırlama getirilebileceğini açıkladı. Birlik, çiftçilerden suyu en çok tüketen ürünler yerine nohut ve arpa gibi kuraklığa dayanıklı ürünlere yönelmelerini istedi.
"""),

dict(id="h9-de-001", lang="de", tpl="sanity", section="Medien", date="2025-03-11", byline="Katrin Wohlleben",
     title="Lokalzeitung stellt auf reines Digitalabo um",
     sub="Ab Januar erscheint der Talbote nur noch samstags gedruckt.",
     caption="Die Druckerei in Kempten, in der der Talbote seit 1962 gedruckt wird.", credit="Foto: Verlag",
     body="""
Der Allgäuer Talbote erscheint ab Januar nur noch samstags auf Papier. An den übrigen Tagen gibt es die Zeitung ausschließlich digital, teilte der Verlag am Dienstag mit.

Grund seien die gestiegenen Kosten für Papier und Zustellung, sagte Verlagsleiter Bernd Kühnle. Die Zustellung eines einzelnen Exemplars in die entlegenen Höfe koste inzwischen mehr als der Abopreis.

## Was sich für Abonnenten ändert

Das neue Digitalabo kostet 24,90 Euro im Monat, die Samstagsausgabe auf Papier ist darin enthalten. Wer bisher die gedruckte Zeitung an sechs Tagen bezogen hat, zahlte 52,40 Euro.

Für ältere Leserinnen und Leser bietet der Verlag:

- Tablet-Kurse in zwölf Gemeinden;
- eine Telefon-Hotline an Werktagen;
- ein Leihgerät für die ersten drei Monate.

Abonnieren lässt sich das neue Angebot auch in den Geschäftsstellen, betonte Kühnle, nicht nur im Internet.

Die Reaktionen fallen gemischt aus. Rentner Alois Schindele aus Immenstadt sagte, er lese seit fünfzig Jahren jeden Morgen die Zeitung zum Frühstück.

„Ein Bildschirm auf dem Frühstückstisch, das ist nichts für mich.“

Etwa 40 Zustellerinnen und Zusteller verlieren ihre Touren. Der Verlag will ihnen Stellen in der Samstagszustellung anbieten.
"""),

dict(id="h9-de-002", lang="de", tpl="amp", section="Umwelt", date="2025-08-05", byline="Jonas Erlewein",
     title="Biber staut Bach und setzt Wiesen unter Wasser",
     sub="Landwirte und Naturschützer streiten über den Damm.",
     caption="Der Biberdamm am Hohlbach.", credit="Foto: Naturschutzbund",
     body="""
Ein Biber hat am Hohlbach bei Neckartenzlingen einen Damm gebaut und damit rund vier Hektar Wiesen unter Wasser gesetzt. Betroffene Landwirte fordern, den Damm zu entfernen.

Der Biber ist streng geschützt. Einen Damm darf nur abtragen, wer eine Genehmigung der Naturschutzbehörde hat, und die gibt es nur in Ausnahmefällen.

Landwirt Herbert Maier sagte, er könne seit Juni nicht mehr mähen.

„Der Biber hat mehr Rechte als ich auf meiner eigenen Wiese.“

## Suche nach einem Kompromiss

Die Behörde prüft nun, ob ein sogenanntes Drainagerohr den Wasserstand senken kann, ohne den Damm zu zerstören. Solche Rohre werden in Bayern seit Jahren eingesetzt.

Lesen Sie die Stellungnahme des Naturschutzbunds, dann wird klar, wie weit die Positionen auseinanderliegen: Die Naturschützer sehen in der überfluteten Fläche einen Gewinn für Amphibien und Vögel.

Biberberaterin Sabine Rauch sagte, sie sei mit allen Beteiligten in Kontakt.

„Niemand muss hier verlieren. Aber es braucht Geduld.“

Eine Entscheidung wird bis Ende September erwartet. Für Ernteausfälle können Landwirte einen Ausgleich aus einem Landesfonds beantragen.
"""),

dict(id="h9-de-003", lang="de", tpl="legacy-br", section="Vereine", date="2025-01-20", byline="Ute Frommknecht",
     title="Chor sucht dringend Männerstimmen",
     sub="Der Liederkranz hat nur noch vier Tenöre.",
     caption="Der Liederkranz bei seinem Adventskonzert.", credit="Foto: Liederkranz",
     body="""
Der Liederkranz Oberndorf sucht dringend Männer, die singen wollen. Von den 38 Mitgliedern sind nur noch neun Männer, davon vier Tenöre.

Chorleiterin Birgit Haußmann sagt, viele Stücke könne der Chor inzwischen nicht mehr aufführen.

„Mit vier Tenören singen wir kein Requiem.“

## Keine Noten nötig

Wer mitsingen will, muss keine Noten lesen können, betont der Verein. Geprobt wird jeden Donnerstag um 19.30 Uhr im Gemeindehaus.

Für Neue gibt es ein Angebot:

- vier Schnupperproben ohne Verpflichtung;
- Stimmbildung in kleinen Gruppen;
- Noten und Übungsaufnahmen zum Mitnehmen.

Folgen Sie einfach dem Gesang, sagt Vorsitzender Rolf Eberle: Die Tür des Gemeindehauses stehe donnerstags immer offen.

Der Verein wurde 1891 gegründet und hatte in den 1960er-Jahren mehr als hundert Mitglieder. Damals habe man einen reinen Männerchor gehabt, erzählt Eberle.

Das nächste Konzert ist für Mai geplant. Bis dahin hofft der Verein auf mindestens drei neue Tenöre und zwei Bässe.

„Wir nehmen jeden, der einen Ton halten kann“, sagt Haußmann.
"""),

dict(id="h9-fr-001", lang="fr", tpl="wordpress", section="Société", date="2025-10-14", byline="Camille Rouvière",
     title="Le dernier boulanger du village part à la retraite sans repreneur",
     sub="La mairie cherche une solution pour garder du pain à Saint-Agnan.",
     caption="Le fournil de Jean-Luc Pastré.", credit="Photo : Lucie Barral",
     body="""
Après quarante-deux ans derrière son fournil, Jean-Luc Pastré, le dernier boulanger de Saint-Agnan-en-Vercors, fermera sa boutique à la fin du mois. Personne ne s'est présenté pour reprendre l'affaire.

Le boulanger, âgé de 66 ans, avait mis son fonds en vente il y a deux ans. Trois candidats sont venus visiter, aucun n'a donné suite.

« Les jeunes veulent bien faire du pain, mais pas se lever à trois heures pour trois cents habitants », dit-il.

## La mairie s'en mêle

Le conseil municipal envisage de racheter les murs et le matériel pour proposer un loyer très bas à un futur boulanger. En attendant, un dépôt de pain sera ouvert à l'épicerie.

Partagez l'annonce autour de vous, demande la maire, Françoise Giraud : la commune publiera l'offre de reprise sur les sites spécialisés dès novembre.

Les habitants regrettent surtout un lieu de rencontre.

« Le matin, on venait autant pour le pain que pour les nouvelles. »

Jean-Luc Pastré continuera de faire du pain une fois par semaine, pour la fête du village et pour ses petits-enfants.
"""),

dict(id="h9-fr-002", lang="fr", tpl="blox", section="Environnement", date="2025-06-30", byline="Bastien Lacaze",
     title="Des bergers testent des colliers GPS contre les attaques de loup",
     sub="Une expérimentation menée sur quatre alpages du Vercors.",
     caption="Un troupeau en estive au-dessus de Villard.", credit="Photo : Parc naturel régional",
     body="""
Quatre éleveurs du Vercors testent cet été des colliers GPS sur leurs brebis, afin de repérer plus vite les attaques de loup. L'expérimentation est financée par le parc naturel régional.

Les colliers envoient une alerte sur le téléphone du berger lorsque le troupeau se met à courir de manière inhabituelle, en particulier la nuit.

Le berger Mathieu Charvet, qui garde 1 200 brebis sur l'alpage de la Molière, a reçu sa première alerte au bout de trois jours.

« Je suis arrivé dix minutes après. D'habitude, je découvre les dégâts le matin. »

## Des limites

L'équipement a ses défauts, reconnaissent les éleveurs :

- la couverture réseau manque sur certains versants ;
- les batteries tiennent environ trois semaines ;
- un collier coûte près de 150 euros.

Écoutez les bergers et vous entendrez surtout la fatigue : la plupart dorment mal depuis le début de l'estive.

Le parc tirera un bilan à l'automne avant de décider d'étendre le dispositif. L'an dernier, 212 brebis ont été tuées dans le massif.
"""),

dict(id="h9-es-001", lang="es", tpl="cms", section="Sociedad", date="2025-03-25", byline="Lucía Ferrandis",
     title="Un pueblo de la Vega Baja recupera su cine de verano",
     sub="La pantalla al aire libre vuelve tras doce años cerrada.",
     caption="El patio del antiguo cine de verano.", credit="Foto: Ayuntamiento de Rafal",
     body="""
El cine de verano de Rafal volverá a abrir en julio, doce años después de su última sesión. El ayuntamiento ha comprado el solar y restaurará la pantalla y las sillas de hierro originales.

El cine funcionó desde 1958 hasta 2013, cuando su último propietario se jubiló. Desde entonces el patio servía de aparcamiento.

La concejala de Cultura, Amparo Gilabert, explicó que la idea surgió de una encuesta entre los vecinos.

«Fue la propuesta más votada, por delante incluso de la piscina.»

## Programación

La temporada irá de julio a septiembre, con sesiones de jueves a domingo. La entrada costará tres euros, y la programación tendrá:

- estrenos recientes los fines de semana;
- clásicos los jueves, con presentación;
- una noche al mes de cortos de autores de la comarca.

Lee el programa completo en el tablón de la plaza o en la web municipal, recuerda el ayuntamiento, que venderá también bonos de diez sesiones.

Los vecinos mayores guardan recuerdos del cine antiguo. Enrique Soler, de 81 años, trabajó allí de acomodador.

«Entonces había que traer el bocadillo de casa y el cojín también.»
"""),

dict(id="h9-es-002", lang="es", tpl="semantic", section="Economía", date="2025-11-04", byline="Javier Monzó", low=1,
     title="La trufa negra del Maestrazgo alcanza precios récord",
     sub="La escasa lluvia reduce la cosecha a la mitad.",
     caption="Trufas en la lonja de Mora de Rubielos.", credit="Foto: Asociación de Truficultores",
     body="""
El kilo de trufa negra ha llegado a pagarse a 1.100 euros en la lonja del Maestrazgo, el precio más alto que se recuerda. La falta de lluvias en verano ha reducido la cosecha a la mitad.

Los truficultores de la comarca esperaban una campaña normal después de varias tormentas en primavera, pero agosto fue el más seco de los últimos treinta años.

El presidente de la asociación de truficultores, Ramón Escrig, explicó que muchas plantaciones jóvenes no han dado nada.

«Tenemos perros bien entrenados y ningún sitio al que llevarlos.»

## Regadío en las plantaciones

Cada vez más productores instalan riego por goteo en sus encinas truferas. Según la asociación, las fincas con riego han cosechado tres veces más que las de secano.

La asociación ha pedido al Gobierno de Aragón ayudas para:

- construir balsas de agua;
- instalar riego en plantaciones pequeñas;
- contratar seguros contra la sequía.

Los restaurantes de la zona ya han subido el precio de sus menús de trufa. Algunos han optado por sustituirla por trufa de verano, más barata.

La campaña se prolonga hasta marzo, y los productores confían en que las lluvias de invierno mejoren la segunda mitad.
"""),

dict(id="h9-ru-001", lang="ru", tpl="nextjs", section="Город", date="2025-05-27", byline="Анна Веретенникова",
     title="В Заречье восстановят старую водонапорную башню",
     sub="В башне планируют открыть смотровую площадку и музей.",
     caption="Водонапорная башня на Садовой улице.", credit="Фото: Игорь Лапшин",
     body="""
Водонапорную башню на Садовой улице, построенную в 1912 году, восстановят и откроют для посетителей. Работы начнутся летом и продлятся около двух лет.

Башня не используется с 1970-х годов. Кирпичная кладка местами разрушилась, а деревянный резервуар наверху давно сгнил.

Проект реставрации подготовили архитекторы из областного центра. По их словам, в башне разместятся:

- музей истории городского водопровода;
- смотровая площадка на высоте 28 метров;
- небольшое кафе на первом этаже.

Глава администрации Сергей Мальцев сообщил, что на работы выделено 46 миллионов рублей из областного бюджета.

«Башня — символ Заречья. Её рисуют дети на всех конкурсах».

## Жители помогают

Краеведы собирают старые фотографии башни и воспоминания горожан. Материалы войдут в экспозицию будущего музея.

Подпишитесь на обращение краеведов, просит активистка Ольга Прядкина: чем больше людей поддержит проект, тем проще будет найти деньги на оборудование музея.

Подрядчик будет выбран на конкурсе в июне. Пока идёт ремонт, территорию вокруг башни огородят, а автобусную остановку на Садовой улице перенесут на сто метров ближе к рынку. Жители соседних домов просят, чтобы шумные работы не велись по выходным.
"""),

dict(id="h9-ru-002", lang="ru", tpl="portal", section="Происшествия", date="2025-12-09", byline="Дмитрий Соловьёв",
     title="Спасатели нашли заблудившихся грибников через сутки",
     sub="Супруги ушли в лес за поздними опятами.",
     caption="Поисковый отряд у кромки леса.", credit="Фото: Поисковый отряд «Приокский»",
     body="""
Добровольцы поискового отряда нашли пожилую пару, которая сутки провела в лесу у деревни Ловцы. Супруги ушли за поздними опятами и не смогли найти дорогу назад.

Тревогу подняла дочь пенсионеров, когда они не ответили на звонки вечером. В поисках участвовали 40 человек и квадрокоптер с тепловизором.

Координатор отряда Михаил Бурцев рассказал, что пару нашли в шести километрах от деревни, у старой просеки.

«Они всё сделали правильно: остались на месте и развели костёр».

## Что делать, если заблудились

Спасатели напоминают, что в лес нужно брать:

- заряженный телефон и запасной аккумулятор;
- свисток и яркую одежду;
- воду и спички.

Связь со спасателями лучше держать постоянно: по словам Бурцева, отряд был на связи с дочерью пенсионеров всю ночь, а утром удалось определить примерное место по последнему звонку.

Читайте прогноз погоды перед выходом, добавляют спасатели: ночью в районе было минус три градуса.

Пенсионеры не пострадали, им оказали помощь на месте. Отряд просит сообщать о пропавших как можно раньше.
"""),
]
