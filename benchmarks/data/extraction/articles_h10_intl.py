# Turkish, German, French, Spanish and Russian stories for the tenth held-out part (h10-*).
# Fictional; written for newsflow. Same markup and extra fields as articles_h10_en.py.
ARTICLES = [
dict(id="h10-tr-001", lang="tr", tpl="webflow", section="Teknoloji", date="2025-06-17", byline="Ece Başaran",
     title="İzmirli girişimin toprak nem sensörü 300 çiftliğe ulaştı",
     sub="Sensörler satılmıyor, aylık ücretle kiralanıyor.",
     caption="Menemen'de bir domates tarlasına yerleştirilen nem sensörü.", credit="Fotoğraf: Nemtarla",
     body="""
İzmir'de üç ziraat mühendisinin kurduğu bir girişimin geliştirdiği toprak nem sensörü, iki yılda 300 çiftliğe ulaştı. Sensörler tarladaki nemi ölçüyor ve çiftçinin telefonuna ne zaman, ne kadar sulama yapması gerektiğini bildiriyor.

Şirketin kurucularından Tolga Erkmen, fikrin babasının zeytinliğinde doğduğunu anlattı. Erkmen'e göre babası yıllarca tarlayı "gözle" suluyor, çoğu zaman da gereğinden fazla su kullanıyordu.

"Toprağın ne istediğini tahmin etmek yerine ölçmek istedik."

## Aylık ücretle kullanım

Sensörler satılmıyor, kiralanıyor. Abone olan çiftçiler sensör başına aylık 180 lira ödüyor; bakım ve pil değişimi bu ücrete dahil.

Menemen'de domates yetiştiren Hatice Dural, geçen yaz sulama faturasının yüzde 30 azaldığını söyledi.

"İlk ay telefona hiç inanmadım, sonra toprağı elimle kontrol ettim. Haklıymış."

## Yatırımcı arayışı

Girişim, üretimi artırmak için yatırımcı arıyor. Şirket, önümüzdeki yıl için şu hedefleri açıkladı:

- sensör sayısını 5 bine çıkarmak;
- Ege dışında Çukurova'da da satış yapmak;
- kooperatiflere toplu indirim sunmak.

Erkmen, küçük üreticilerin aylık ücreti bile yüksek bulabildiğini kabul ediyor. Şirket bu nedenle kooperatiflerle ortak kullanım modeli üzerinde çalışıyor; bir sensörün birbirine komşu birkaç küçük tarlaya hizmet vermesi planlanıyor.
"""),

dict(id="h10-tr-002", lang="tr", tpl="portal", section="Spor", date="2025-10-30", byline="Cem Karaoğlan",
     title="Amatör Kavaklıdere Gençlikspor kupada 1. Lig ekibini eledi",
     sub="Son penaltıyı kurtaran kaleci gündüzleri fırında çalışıyor.",
     caption="Kavaklıdere Gençlikspor oyuncuları maçın ardından sevinç yaşadı.", credit="Fotoğraf: Kulüp arşivi",
     body="""
Bölgesel Amatör Lig'de mücadele eden Kavaklıdere Gençlikspor, Türkiye Kupası'nda 1. Lig ekiplerinden Karataşspor'u penaltı atışları sonucunda 5-4 eleyerek büyük bir sürprize imza attı.

Normal süresi 1-1 biten karşılaşmada ev sahibi ekip, 78. dakikada kaptan Murat Keskin'in golüyle beraberliği yakaladı. Uzatmalarda gol çıkmayınca seri penaltı atışlarına geçildi.

Son penaltıyı kurtaran kaleci Emre Sönmez, maçtan sonra gözyaşlarını tutamadı.

"Gündüz fırında çalışıyorum, akşam antrenmana geliyorum. Bu gece hepsine değdi."

## Tribünler doldu

İlçe stadının 2 bin kişilik tribünü maçtan bir saat önce doldu. Yer bulamayan taraftarlar maçı çevredeki binaların balkonlarından ve çatılarından izledi.

Kulüp başkanı Hasan Yavuz, bir sonraki tur için federasyonla iletişim halinde olduklarını, stadın ışıklarının akşam maçı için yetersiz kalabileceğini söyledi.

Paylaşmayı bilen bir takımız, dedi teknik direktör Serdar Öztürk: oyuncuların çoğu aynı mahallede büyüdü, maç primlerini de eşit bölüşüyorlar.

"Kimse bizden bir şey beklemiyordu. En güzeli de bu."

Kavaklıdere Gençlikspor'un bir sonraki turdaki rakibi, önümüzdeki hafta çekilecek kurayla belli olacak. Kulüp, kurada büyük bir takımla eşleşmeleri halinde maçı şehir stadında oynamak için valilikten izin isteyecek.
"""),

dict(id="h10-tr-003", lang="tr", tpl="amp", section="Yargı", date="2025-04-08", byline="Levent Aksoy",
     title="Mahkeme, sitedeki köpek yasağını hukuka aykırı buldu",
     sub="Emekli öğretmen, on iki yaşındaki köpeği için dava açmıştı.",
     caption="Nermin Aktaş ve köpeği Pamuk.", credit="Fotoğraf: Aile arşivi",
     body="""
Ankara'da bir site yönetiminin aldığı "evcil köpek beslemek yasaktır" kararı, mahkeme tarafından hukuka aykırı bulunarak iptal edildi.

Dava, sitede oturan emekli öğretmen Nermin Aktaş tarafından açılmıştı. Aktaş, kardeşinin ölümünün ardından onun on iki yaşındaki köpeği Pamuk'u yanına almış, kısa süre sonra yönetimden uyarı yazısı almıştı.

Site yönetimi, kararın kat malikleri kurulunda oy çokluğuyla alındığını savundu. Mahkeme ise bağımsız bölümde hayvan besleme hakkının, başkalarına zarar vermediği sürece genel bir yasakla kaldırılamayacağına hükmetti.

## Kararın gerekçesi

Gerekçeli kararda, sitenin ortak alanları için şu kuralların konulabileceği belirtildi:

- ortak alanlarda köpeklerin tasmayla gezdirilmesi;
- çocuk parkına hayvan sokulmaması;
- dışkıların sahipleri tarafından toplanması.

Okuyun, diyor Aktaş'ın avukatı Burak Çelen, kararda kimsenin evine karışılamayacağı açıkça yazıyor.

"Komşularımla aram hep iyiydi. Sadece bir yönetici beni istemedi."

Yönetim kurulu başkanı ise karara itiraz edeceklerini, sakinlerin çoğunluğunun yasağı desteklediğini açıkladı.

Hukukçular, benzer kararların sitelerde yaşayan binlerce hayvan sahibini ilgilendirdiğini hatırlatıyor. Uzmanlara göre yönetimler, yasak yerine ortak alanlar için açık kurallar koymayı tercih etmeli. Aktaş ise kararın ardından Pamuk'u ilk kez site bahçesinde rahatça gezdirebildiğini söyledi.
"""),

dict(id="h10-de-001", lang="de", tpl="webflow", section="Natur", date="2025-06-24", byline="Friederike Lanz",
     title="Ehrenamtliche entdecken seltene Orchidee am alten Bahndamm",
     sub="Die Bienen-Ragwurz galt im Landkreis seit fünfzig Jahren als verschollen.",
     caption="Eine blühende Bienen-Ragwurz am Bahndamm bei Obermühlbach.", credit="Foto: Gertrud Hainz",
     body="""
Auf einem stillgelegten Bahndamm bei Obermühlbach haben Ehrenamtliche des Naturschutzbundes eine Orchideenart entdeckt, die im Landkreis seit mehr als fünfzig Jahren als verschollen galt.

Die Gruppe zählte Anfang Juni an einem sonnigen Abschnitt der früheren Strecke 23 blühende Exemplare der Bienen-Ragwurz. Die Pflanze ahmt mit ihren Blüten ein Insekt nach und ist besonders geschützt.

„Zuerst dachte ich an einen Fehler in meiner Bestimmungs-App“, sagte die Finderin, die pensionierte Biologielehrerin Gertrud Hainz.

## Schotter als Glücksfall

Der kalkhaltige Schotter des Bahndamms bietet nach Einschätzung von Botanikern genau die mageren, warmen Bedingungen, die die Orchidee braucht. Seit die Strecke 1998 stillgelegt wurde, wird der Damm nicht mehr gespritzt.

Die Untere Naturschutzbehörde steht nach eigenen Angaben mit dem Eigentümer der Fläche in Kontakt. Der Damm soll eigentlich zu einem Radweg ausgebaut werden.

Hören Sie sich bei den Planern um, sagt Hainz, dann erfahren Sie, dass beides möglich ist: Der Radweg könne auch am Fuß des Damms verlaufen.

Der Naturschutzbund schlägt vor:

- die Fundstelle im Sommer nicht zu mähen;
- den Radweg an dieser Stelle um etwa zwanzig Meter zu verlegen;
- die Pflanzen jedes Jahr zu zählen.

Der genaue Fundort wird nicht veröffentlicht, um die Orchideen vor Sammlern zu schützen.
"""),

dict(id="h10-de-002", lang="de", tpl="sanity", section="Justiz", date="2025-09-18", byline="Matthias Kreidler",
     title="Amtsgericht: Vermieter darf Balkonkraftwerk nicht verbieten",
     sub="Ein Mieter darf seine beiden Solarmodule am Balkongeländer behalten.",
     caption="Die beiden Module am Balkon von Tobias Rehm.", credit="Foto: Tobias Rehm",
     body="""
Ein Mieter aus Hechingen darf sein Balkonkraftwerk behalten. Das Amtsgericht hat die Klage seines Vermieters abgewiesen, der die Entfernung der beiden Solarmodule verlangt hatte.

Der 44-jährige Tobias Rehm hatte die Module im vergangenen Frühjahr am Geländer seines Balkons im dritten Stock befestigt. Der Vermieter, eine Wohnungsgesellschaft mit rund 1.200 Wohnungen, berief sich auf den Mietvertrag: Bauliche Veränderungen seien nur mit seiner schriftlichen Einwilligung erlaubt.

Das Gericht sah das anders. Steckersolargeräte gehören inzwischen zu den sogenannten privilegierten Maßnahmen. Der Vermieter darf seine Zustimmung nur aus gewichtigen Gründen verweigern.

## Optik allein reicht nicht

Die Wohnungsgesellschaft hatte argumentiert, die Module störten das einheitliche Bild der Fassade. Das reiche nicht aus, befand die Richterin.

„Das Erscheinungsbild eines Hauses aus den Siebzigerjahren ist kein gewichtiger Grund“, heißt es im Urteil.

Rehm zeigte sich erleichtert.

„Die Module haben 600 Euro gekostet. Der Streit hätte mich mehr gekostet.“

Folgen hat das Urteil auch für andere Mieter: Nach Angaben des Mietervereins liegen allein im Zollernalbkreis rund 40 ähnliche Anfragen vor.

Der Vermieter kann Berufung einlegen. Ein Sprecher sagte, man werde das Urteil zunächst prüfen.
"""),

dict(id="h10-de-003", lang="de", tpl="legacy-br", section="Sport", date="2025-04-28", byline="Sabine Haug",
     title="Handballerinnen des TV Ostrach steigen in die 3. Liga auf",
     sub="29:24 gegen die HSG Lautertal im letzten Heimspiel.",
     caption="Die Mannschaft des TV Ostrach mit dem Meisterwimpel.", credit="Foto: Peter Gühring",
     body="""
Die Handballerinnen des TV Ostrach spielen in der kommenden Saison in der 3. Liga. Mit einem 29:24-Sieg gegen die HSG Lautertal sicherte sich die Mannschaft am Samstag vor 650 Zuschauern die Meisterschaft in der Oberliga.

Beste Werferin war einmal mehr Lea Brunnhuber mit neun Toren. Die 19-Jährige hatte schon in der Hinrunde die meisten Treffer der Liga erzielt.

„Wir haben seit September kein Heimspiel verloren. Heute wollte das keine von uns ändern“, sagte Trainer Wolfgang Seitz.

## Nächste Saison wird teurer

Der Aufstieg bringt für den Verein neue Aufgaben. In der 3. Liga sind längere Auswärtsfahrten bis nach Hessen und Thüringen nötig, die Schiedsrichterkosten steigen.

Teilen müssen sich die Spielerinnen die Halle weiterhin mit drei anderen Abteilungen. Trainiert wird deshalb oft erst ab 20.30 Uhr.

Abteilungsleiter Peter Gühring rechnet mit zusätzlichen Kosten von rund 25.000 Euro pro Saison. Der Verein sucht deshalb neue Sponsoren.

„Wir fragen jeden Bäcker und jede Autowerkstatt im Ort“, sagte Gühring.

Gefeiert wurde trotzdem bis in die Nacht. Die Mannschaft zog nach dem Schlusspfiff mit dem Meisterwimpel durch die Hauptstraße.
"""),

dict(id="h10-fr-001", lang="fr", tpl="blox", section="Économie", date="2025-05-05", byline="Yannick Le Goff",
     title="La conserverie de Port-Maël rouvre et embauche quinze personnes",
     sub="Fermée en 2019, l'usine de sardines a été reprise par un couple de Quimpérois.",
     caption="Les premières boîtes sorties de la chaîne, lundi.", credit="Photo : Gwenn Le Bihan",
     body="""
Fermée depuis 2019, la conserverie de sardines de Port-Maël a rouvert ses portes lundi. Quinze personnes y ont été embauchées, dont six anciennes salariées de l'usine.

Le site a été racheté l'an dernier par un couple de Quimpérois, Anne et Loïc Kervella, qui ont investi 1,8 million d'euros dans la remise aux normes des ateliers. La région et la communauté de communes ont apporté 400 000 euros.

« On nous disait que c'était une folie. On l'a fait quand même », raconte Anne Kervella.

## Des sardines pêchées au large

La conserverie travaillera uniquement avec des bateaux du port. Elle est déjà en contact avec quatre patrons pêcheurs, qui livreront chaque matin pendant la saison.

Les sardines seront étêtées et mises en boîte à la main, comme autrefois. L'usine espère produire 300 000 boîtes la première année.

Marie-Thérèse Gourvès, 58 ans, a retrouvé le poste qu'elle occupait avant la fermeture.

« Les gestes reviennent tout de suite. »

## Une boutique sur le quai

Une boutique ouverte sur le quai vendra la production aux visiteurs de l'été. Les boîtes seront aussi proposées à une dizaine d'épiceries fines de Bretagne.

Les repreneurs espèrent atteindre vingt-cinq salariés d'ici trois ans.
"""),

dict(id="h10-fr-002", lang="fr", tpl="wordpress", section="Justice", date="2025-08-13", byline="Hélène Marcadier",
     title="Faux billets pour le festival des Arènes : un revendeur condamné",
     sub="Il avait écoulé 412 billets copiés à partir d'un seul vrai.",
     caption="L'entrée du festival des Arènes.", credit="Photo : Sylvain Bonnafous",
     body="""
Un homme de 27 ans a été condamné mercredi par le tribunal correctionnel de Nîmes à dix-huit mois de prison, dont douze avec sursis, pour avoir vendu de faux billets pour le festival des Arènes.

Entre avril et juin, il avait écoulé 412 billets sur des sites de petites annonces et dans des groupes de réseaux sociaux, à des prix allant de 45 à 120 euros. Les acheteurs avaient découvert la supercherie à l'entrée, les codes-barres ayant déjà été scannés.

À l'audience, le prévenu a reconnu les faits. Il a expliqué avoir acheté un seul billet authentique, puis l'avoir copié des centaines de fois.

« Je ne pensais pas que ça irait si loin », a-t-il déclaré.

## Des victimes venues de loin

Une quarantaine de victimes s'étaient constituées parties civiles. Certaines avaient fait plus de 500 kilomètres pour assister au concert d'ouverture.

Suivez l'argent, a lancé la procureure, et vous trouverez une voiture neuve et deux voyages à l'étranger payés en liquide.

Le tribunal a ordonné le remboursement des victimes et la confiscation du véhicule.

Les organisateurs du festival rappellent que les billets ne sont vendus que sur leur site officiel et chez deux revendeurs agréés.

« Un prix trop beau doit toujours éveiller les soupçons. »
"""),

dict(id="h10-fr-003", lang="fr", tpl="amp", section="Sciences", date="2025-11-20", byline="Raphaël Vidalenc",
     title="Un four de potier gallo-romain découvert sous un futur parking",
     sub="Le chantier sera décalé d'une quinzaine de mètres.",
     caption="La sole du four, dégagée par les archéologues.", credit="Photo : Claire Ménard",
     body="""
Les travaux d'un parking près de la gare de Saint-Véran-sur-Lot ont mis au jour un four de potier gallo-romain remarquablement conservé, datant probablement du IIe siècle.

Les archéologues du service départemental ont découvert la structure en mars, lors d'un diagnostic obligatoire avant le chantier. Le four, de forme circulaire, mesure près de deux mètres de diamètre. Sa sole, sur laquelle on posait les poteries à cuire, est presque intacte.

Autour du four, les fouilleurs ont recueilli plusieurs milliers de tessons de cruches et de bols, dont certains portent encore des traces de doigts.

« Ce sont les ratés de cuisson. On les jetait à côté du four, et c'est une chance pour nous », explique la responsable de la fouille, Claire Ménard.

## Un atelier plus vaste ?

Les chercheurs pensent que le four faisait partie d'un atelier plus important, qui pourrait s'étendre sous les jardins voisins.

Les habitants ont découvert les premières images lors d'une réunion publique. Chaque tirage porte la mention « Photo : service archéologique du Lot-Amont », et le chantier reste fermé au public.

Le maire, Jean-Paul Coustou, a confirmé que le parking serait construit, mais décalé d'une quinzaine de mètres.

« Le four restera en place, sous une dalle protectrice. »

Les tessons seront étudiés pendant l'hiver avant d'être confiés au musée de la ville.
"""),

dict(id="h10-es-001", lang="es", tpl="webflow", section="Campo", date="2025-07-02", byline="Beatriz Olmedo",
     title="Una cooperativa lanza una aplicación para que los agricultores se alquilen tractores",
     sub="En el primer mes se han anunciado 64 máquinas.",
     caption="Un tractor anunciado en la aplicación, en el almacén de la cooperativa.", credit="Foto: Cooperativa de Fuentealba",
     body="""
La cooperativa agrícola de Fuentealba ha puesto en marcha una aplicación para que sus socios se alquilen tractores, sembradoras y remolques entre ellos, en lugar de comprar cada uno su propia maquinaria.

En el primer mes se han registrado 210 agricultores y se han anunciado 64 máquinas. El precio lo fija cada propietario, y la cooperativa se queda con un 5 % para mantener el servicio y pagar un seguro común.

"Hay tractores que trabajan veinte días al año y cuestan lo que una casa", resume el presidente de la cooperativa, Ramón Ezquerra.

## Cómo funciona

Comparte tu tractor y gana dinero: así se anuncia la aplicación en los carteles del almacén. Los socios reservan la máquina por días, y el propietario decide si incluye conductor.

Al registrarse, la aplicación pide el consentimiento para usar la ubicación del teléfono, que sirve para calcular la distancia entre fincas. La cooperativa asegura que no usa cookies publicitarias ni vende los datos.

Para poder alquilar, los socios deben:

- estar al corriente de las cuotas;
- tener el carné de conducir adecuado;
- devolver la máquina limpia y con el depósito lleno.

La agricultora Pilar Sancho alquiló una empacadora en junio.

"Me ahorré comprar una de 40.000 euros."

La cooperativa estudia abrir la aplicación a agricultores de los pueblos vecinos el año que viene.
"""),

dict(id="h10-es-002", lang="es", tpl="nextjs", section="Tribunales", date="2025-03-06", byline="Álvaro Tejedor",
     title="Condenan al Ayuntamiento de Valdeoria a indemnizar a una vecina que tropezó con una baldosa suelta",
     sub="La baldosa llevaba al menos seis meses suelta.",
     caption="La plaza del Mercado de Valdeoria.", credit="Foto: Marta Gil",
     body="""
El Juzgado de lo Contencioso-Administrativo número 2 de Valdeoria ha condenado al ayuntamiento a pagar 18.400 euros a una vecina que se rompió la muñeca al tropezar con una baldosa suelta en la plaza del Mercado.

La mujer, de 71 años, cayó en noviembre de 2023 cuando volvía de comprar el pan. Tuvo que ser operada y pasó cuatro meses sin poder usar la mano derecha.

Según la sentencia, la baldosa llevaba al menos seis meses suelta y varios vecinos habían avisado por escrito al ayuntamiento. El juez considera probado que el consistorio conocía el peligro y no hizo nada.

"No pedía dinero, pedía que lo arreglaran", explicó la afectada, Carmen Lozoya.

## La defensa municipal

Los servicios jurídicos del ayuntamiento alegaron que la vecina debería haber prestado más atención al suelo, ya que conocía la plaza. El juez rechaza ese argumento.

El abogado de la demandante, Fermín Peñarrubia, explicó que estuvo en contacto con la aseguradora municipal durante un año sin obtener respuesta.

"Al final, el juzgado era el único camino."

La sentencia no es firme y puede recurrirse ante el Tribunal Superior de Justicia.

El ayuntamiento informó de que la baldosa ya fue reparada y que revisará el resto del pavimento de la plaza este verano.
"""),

dict(id="h10-es-003", lang="es", tpl="semantic", section="Deportes", date="2025-09-29", byline="Nerea Azcona",
     low=1, only=["updated"],
     title="Una piragüista de 66 años completa en solitario el descenso del Ebro",
     sub="Recorrió unos 300 kilómetros en doce días.",
     caption="Marisa Lacambra, a su llegada a Deltebre.", credit="Foto: Club Náutico Arrabal",
     body="""
La piragüista zaragozana Marisa Lacambra, de 66 años, llegó el domingo a Deltebre tras completar en solitario el descenso del Ebro, unos 300 kilómetros desde Zaragoza, en doce días.

Lacambra, maestra jubilada, empezó a remar hace solo ocho años, cuando una amiga la llevó a una jornada de puertas abiertas del club náutico de su barrio.

"Yo no sabía ni nadar bien. Ahora no me imagino la semana sin el río."

Durante el recorrido durmió en campings y en casas de antiguos alumnos que se ofrecieron a acogerla. Los tramos de los embalses de Mequinenza y Riba-roja fueron los más duros, por el viento en contra.

## Un reto con causa

La travesía sirvió para recaudar fondos para una asociación aragonesa de enfermos de párkinson. Lacambra, cuyo marido padece la enfermedad, consiguió reunir más de 9.000 euros.

A su llegada la esperaban una treintena de personas, entre ellas sus dos nietos, que la acompañaron en kayak los últimos metros.

"Ha sido más fácil de lo que pensaba y más difícil de lo que conté por teléfono."

Ya piensa en el próximo reto: remar el año que viene por el Canal de Castilla.
"""),

dict(id="h10-ru-001", lang="ru", tpl="webflow", section="Наука", date="2025-10-09", byline="Ксения Лаптева",
     title="Студенты нашли в архиве дневники погоды XIX века",
     sub="Аптекарь шестнадцать лет записывал температуру трижды в день.",
     caption="Страница метеодневника за январь 1886 года.", credit="Фото: областной архив",
     body="""
Студенты-географы Приреченского университета нашли в областном архиве дневники метеонаблюдений, которые вёл местный аптекарь с 1881 по 1897 год. Записи уже помогли уточнить, как менялся климат в регионе за последние полтора века.

Аптекарь Карл Вейнберг трижды в день записывал температуру воздуха, давление и направление ветра. Тетради больше ста лет пролежали в фонде городской управы, куда попали вместе с бумагами аптеки.

«Мы искали сведения о весенних паводках, а нашли шестнадцать лет погоды по часам», — рассказала руководитель группы доцент Ольга Савинова.

## Зимы стали короче

Студенты перевели записи в электронную таблицу и сравнили их с данными современной метеостанции. По их расчётам, средняя температура января с тех пор выросла почти на три градуса, а устойчивый снежный покров теперь держится в среднем на 24 дня меньше.

Следите за тем, как аккуратно заполнены страницы, говорит Савинова: за шестнадцать лет в дневниках пропущено всего одиннадцать дней.

В каждой тетради Вейнберг отмечал и необычные события:

- грозы и град;
- первый лёд на реке;
- прилёт грачей весной.

«Он был настоящим учёным, хотя так себя не называл».

Результаты работы студенты представят на конференции в ноябре. Архив планирует оцифровать дневники и выложить их в открытый доступ.
"""),

dict(id="h10-ru-002", lang="ru", tpl="portal", section="Общество", date="2025-05-21", byline="Павел Карманов",
     title="Суд обязал управляющую компанию вернуть жильцам деньги за неубранный снег",
     sub="Жильцы дома на Садовой снимали каждый сугроб.",
     caption="Двор дома на улице Садовой в феврале.", credit="Фото: Галина Мухина",
     body="""
Мировой суд Заречного района обязал управляющую компанию «Уют-Сервис» вернуть жильцам дома на улице Садовой почти 84 тысячи рублей, которые они заплатили за уборку снега прошлой зимой.

По словам жильцов, двор ни разу не чистили с декабря по март. Машины застревали у подъездов, а пенсионеры не могли дойти до автобусной остановки.

Председатель совета дома Галина Мухина собрала фотографии и видео за всю зиму, а также показания соседей. Эти материалы и легли в основу решения.

«Мы снимали каждый сугроб. Иначе нам бы никто не поверил».

## Компания не согласна

Представитель управляющей компании заявил в суде, что уборку проводил подрядчик и претензии следует адресовать ему. Суд с этим не согласился: отвечать перед жильцами должна та организация, с которой заключён договор.

Мухина рассказала, что всю зиму была на связи с диспетчером компании, но заявки раз за разом оставались без ответа.

Кроме возврата денег, компания должна выплатить:

- штраф в размере половины присуждённой суммы;
- компенсацию морального вреда по 2 тысячи рублей каждой квартире;
- расходы на юриста.

Решение ещё может быть обжаловано. В «Уют-Сервисе» сказали, что сначала изучат его.

«Главное — чтобы этой зимой двор просто почистили».
"""),

dict(id="h10-ru-003", lang="ru", tpl="cms", section="Экономика", date="2025-02-25", byline="Наталья Гречко",
     title="В Верхнеозёрске открылся первый в районе коворкинг",
     sub="Стол с интернетом можно арендовать на день или на месяц.",
     caption="Зал коворкинга на втором этаже бывшего универмага.", credit="Фото: Алина Чеботарёва",
     body="""
В Верхнеозёрске открылся первый в районе коворкинг — общее рабочее пространство, где можно арендовать стол с интернетом на день или на месяц. Его устроили на втором этаже бывшего универмага.

Идея принадлежит местной жительнице Алине Чеботарёвой, которая три года работала из дома программистом в московской компании.

«Дома я либо работала на кухне, либо не работала вообще. Поняла, что не одна такая».

## Сколько стоит

Разовое посещение обойдётся в 300 рублей, а месячный абонемент — в 3500 рублей. Для студентов действует скидка 40 процентов. В стоимость входят чай, кофе и печать документов.

Послушайте посетителей — и окажется, что многие пришли сюда не за интернетом, а за компанией. Среди первых арендаторов — бухгалтер, два дизайнера, репетитор английского и фермер, который ведёт здесь документы своего хозяйства.

На ремонт помещения Чеботарёва получила грант областного центра поддержки предпринимательства — 500 тысяч рублей. Остальное вложила из собственных сбережений.

По её словам, коворкинг окупится, если в нём будут постоянно работать хотя бы двенадцать человек. Пока абонементы купили восемь.

«Мы не спешим. В маленьком городе люди сначала присматриваются».

Вечерами в зале планируют проводить бесплатные лекции и встречи для начинающих предпринимателей.
"""),
]
