# Turkish, German, French, Spanish and Russian stories for the ninetieth held-out part (h90-*) of the newsflow
# extraction set. Fictional; written for newsflow. Markup and fields as in articles_h90_en.py.
ARTICLES = [
dict(id="h90-tr-001", lang="tr", tpl="portal",
     section="Gündem", date="2026-10-27", byline="Hakan Demirtaş",
     title="Karaçamlı çarşısında süpürge aracı park eden araçlara takılıyor",
     sub="Belediye, temizlik günlerinde esnaftan ve sürücülerden araçlarını çekmelerini istiyor.",
     caption="Cumhuriyet Caddesi'nde kaldırım kenarına park etmiş araçlar.", credit="Fotoğraf: Hakan Demirtaş",
     carry=["streetsweeping"],
     body="""
Karaçamlı Belediyesi'nin geçen yıl aldığı vakumlu yol süpürme aracı, çarşıdaki sokakların ancak yarısını temizleyebiliyor. Nedeni, sabahın erken saatlerinde kaldırım kenarını dolduran park etmiş araçlar.

Temizlik İşleri Müdürü Kenan Aslantürk, aracın Cumhuriyet Caddesi ile Hal Sokağı'nı normalde kırk dakikada bitirdiğini, ancak park eden araçlar yüzünden ekibin çoğu zaman süpürgeyle elle çalışmak zorunda kaldığını söyledi.

## Yapraklar ve çöp

Sonbaharla birlikte çınar yaprakları da işin içine girdi. Yağmur sularının aktığı ızgaralar tıkanınca geçen hafta Hal Sokağı'ndaki iki dükkânı su bastı.

Aslantürk, "Araçlar çekilirse her sokağı haftada iki kez, baştan sona temizleyebiliriz" dedi.

## Esnafa duyuru

Belediye zabıtası bu hafta çarşıdaki bütün dükkânlara, hangi sokağın hangi gün süpürüleceğini gösteren bir duyuru dağıttı. İlk ay ceza kesilmeyecek, yalnızca uyarı yapılacak.

Kuyumcu Nazmi Yalçınkaya, esnafın büyük kısmının araçlarını zaten otogarın arkasındaki otoparka bırakmaya başladığını söyledi. "Müşteriye yer kalıyor, sokak da temiz. Kimse şikâyetçi değil" dedi.

Temizlik günleriyle ilgili sorular için belediyenin Beyaz Masa hattı hafta içi 08.30 ile 17.30 arasında açık.
"""),

dict(id="h90-tr-002", lang="tr", tpl="gutenberg",
     section="Yaşam", date="2026-05-06", byline="Zehra Kocabıyık",
     title="Yeşilova'da bahçe sahiplerine yağmur suyu deposu dağıtılıyor",
     sub="Belediye, kuraklığa karşı 300 haneye indirimli depo ve kompost kutusu verecek.",
     caption="Yeşilova'da bir bahçeye kurulan yağmur suyu deposu.", credit="Fotoğraf: Zehra Kocabıyık",
     carry=["compostbins"],
     look=[("dropcap", "Geçen yazki kuraklıkta"), ("box", "Deposu olan ilk hanelerden biri")],
     body="""
Geçen yazki kuraklıkta şebeke suyunun günde altı saat kesildiği Yeşilova'da belediye, bahçeli evlere yağmur suyu deposu dağıtmaya başlıyor.

Program kapsamında 300 haneye, 500 litrelik depo ile mutfak artıklarını toprağa çevirecek bir kompost kutusu indirimli fiyatla verilecek. Parasının yarısını il özel idaresi karşılıyor.

Belediye Başkan Yardımcısı Gülten Sarıkaya, ilçede bahçe sulamanın yazın kullanılan suyun neredeyse üçte birini oluşturduğunu söyledi. "Damdan akan su kanalizasyona gidiyor. Onu tutarsak hem bahçe sulanır hem şebeke rahatlar" dedi.

Deposu olan ilk hanelerden biri, emekli öğretmen Rıza Güleryüz'ün evi. Güleryüz, iki deposuyla geçen yaz domates ve fasulyesini tek damla şebeke suyu kullanmadan suladığını anlatıyor.

Kompost kutularıyla birlikte kısa bir kullanım kılavuzu da verilecek. Belediye, evsel çöpün yaklaşık yarısının sebze ve meyve artığı olduğunu, bunun bahçede gübreye dönüştürülebileceğini hatırlatıyor.

Programın ilk aşamasında öncelik, bahçesi olan ve geçen yaz su kesintisinden en çok etkilenen yukarı mahallelere verilecek. Talep fazla olursa ikinci bir dağıtım sonbaharda yapılacak.

Başvurular 1 Haziran'a kadar belediye binasındaki Beyaz Masa'dan yapılabiliyor.
"""),

dict(id="h90-tr-003", lang="tr", tpl="hugo",
     section="Portre", date="2026-08-12", byline="Serkan Uluçay",
     title="Otuz sekiz yıllık köy postacısı son turunu attı",
     sub="Karaçamlı'nın on dört köyüne mektup taşıyan Ahmet Dursunoğlu emekli oldu.",
     caption="Ahmet Dursunoğlu, son dağıtım gününde Yeşilova yolunda.", credit="Fotoğraf: Serkan Uluçay",
     look=[("br", "Bazı günler on dört bardak")],
     body="""
Ahmet Dursunoğlu, 1988'den bu yana Karaçamlı'ya bağlı on dört köye mektup, paket ve emekli maaşı bildirimi taşıdı. Önce bisikletle, sonra motosikletle, son yıllarda da PTT'nin küçük kamyonetiyle. Geçen cuma son turunu attı. Kendisiyle konuştuk.

**İlk gününüzü hatırlıyor musunuz?**

Hatırlıyorum. Kasım ayıydı, yağmur yağıyordu. Bisikletle Kızılyar'a çıkarken zincir attı, mektupları ıslanmasın diye ceketimin içine koydum.

**Köylerde postacıyı nasıl karşılarlardı?**

Postacı gelince herkes kapıya çıkardı. Gurbetten, askerden mektup beklenirdi. Çay içmeden bırakmazlardı.

Bazı günler on dört bardak çay içtiğim olurdu.

**Ne değişti?**

Mektup bitti. Eskiden günde üç yüz mektup taşırdım, son yıllarda bir haftada ancak o kadar oluyordu. Şimdi gelenlerin çoğu fatura, banka yazısı, internetten sipariş edilmiş paket. Eskiden okuma bilmeyenlere mektup okurdum, şimdi telefonda video açmayı gösteriyorum.

**Peki şimdi ne yapacaksınız?**

Bahçem var, arılarım var. Torunlarıma bakacağım. Ama sabah altıda uyanmaya devam edeceğim, o alışkanlık kolay gitmez.

Dursunoğlu için Yeşilova köy kahvesinde pazar günü öğleden sonra saat 14.00'te bir veda buluşması düzenleniyor. Herkes davetli.
"""),

dict(id="h90-de-001", lang="de", tpl="drupal",
     section="Hohenmoor", date="2026-04-22", byline="Jörg Thielemann",
     title="Hohenmoor misst nach: jeder fünfte Autofahrer zu schnell durchs Dorf",
     sub="Die Messtafel an der Lindenstraße hat vier Wochen lang Daten gesammelt.",
     caption="Die Geschwindigkeitsanzeige an der Lindenstraße in Hohenmoor.", credit="Foto: Jörg Thielemann",
     carry=["speedcameras"],
     look=[("box", "Gemessen hat die Tafel 41.600 Fahrzeuge")],
     body="""
Dass in Hohenmoor zu schnell gefahren wird, hat der Ortsbeirat schon lange vermutet. Jetzt hat er es schwarz auf weiß: Jeder fünfte Autofahrer, der auf der Lindenstraße in den Ort kommt, ist schneller als die erlaubten 50 Kilometer pro Stunde.

Die Gemeinde hatte im März eine Geschwindigkeitsanzeige an der Ortseinfahrt aufgehängt, die nicht nur lächelnde und traurige Gesichter zeigt, sondern auch jede Messung speichert.

Gemessen hat die Tafel 41.600 Fahrzeuge. 8.300 davon waren zu schnell, 640 fuhren mehr als 70. Der Spitzenwert lag bei 104 Kilometern pro Stunde, an einem Sonntag kurz nach Mitternacht.

Ortsvorsteherin Claudia Reimers sagte, besonders morgens zwischen sechs und acht werde gerast, wenn Pendler in Richtung Wallerstedt unterwegs seien. „Das sind keine Fremden. Das sind Leute, die hier wohnen oder jeden Tag durchfahren", sagte sie.

Der Landkreis hat zugesagt, den mobilen Blitzer in den kommenden Wochen häufiger in Hohenmoor aufzustellen. Der Ortsbeirat will außerdem eine Verkehrsinsel an der Ortseinfahrt beantragen.

Die Messergebnisse werden in der nächsten Sitzung des Ortsbeirats am 12. Mai um 19 Uhr im Dorfgemeinschaftshaus vorgestellt. Die Sitzung ist öffentlich.
"""),

dict(id="h90-de-002", lang="de", tpl="typo3",
     section="Wallerstedt", date="2026-09-16", byline="Sabine Korte",
     title="Wallerstedter Tafel zieht in die alte Sparkassenfiliale",
     sub="Nach acht Jahren im Gemeindehaus bekommt die Lebensmittelausgabe mehr Platz.",
     caption="Helferinnen beim Einräumen der neuen Regale.", credit="Foto: Sabine Korte",
     body="""
Die Wallerstedter Tafel hat ein neues Zuhause. Ab Oktober gibt der Verein Lebensmittel nicht mehr im engen Keller des evangelischen Gemeindehauses aus, sondern in der früheren Sparkassenfiliale am Lindenplatz, die seit zwei Jahren leer steht.

Die Sparkasse überlässt dem Verein die Räume für eine symbolische Miete von einem Euro im Monat. Strom und Heizung übernimmt die Stadt.

Vorsitzender Heinrich Abels sagte, der Umzug sei dringend nötig gewesen. Zuletzt kamen jede Woche rund 190 Haushalte, fast doppelt so viele wie vor fünf Jahren.

In den neuen Räumen ist Platz für:

- zwei Kühlzellen statt einer Kühltruhe
- einen Wartebereich mit Stühlen, damit niemand mehr draußen im Regen steht
- eine Ecke mit Kinderkleidung und Schulsachen
- ein kleines Büro für die Beratung zu Anträgen

Die ehemaligen Schalter bleiben stehen. „Da geben wir jetzt Brot statt Geld aus", sagte Abels.

Der Verein sucht noch Fahrerinnen und Fahrer, die morgens Ware bei den Supermärkten abholen, und Helfer für die Ausgabe.

Die Tafel öffnet am neuen Standort erstmals am Dienstag, 6. Oktober. Ausgabe ist dienstags und freitags von 14 bis 17 Uhr.
"""),

dict(id="h90-de-003", lang="de", tpl="joomla4",
     section="Stadt", date="2026-11-03", byline="Mehmet Özdemir",
     title="Laub, Blech und Kehrmaschine: Wallerstedt ändert die Reinigungstage",
     sub="In der Altstadt gelten ab Montag neue Halteverbote an den Reinigungstagen.",
     caption="Die Kehrmaschine des Bauhofs in der Schulstraße.", credit="Foto: Mehmet Özdemir",
     carry=["streetsweeping"], run_in=["streetsweeping"],
     body="""
Wer in der Wallerstedter Altstadt sein Auto an der Straße parkt, muss ab Montag genauer auf die Schilder schauen. Die Stadt führt feste Reinigungstage ein, an denen vormittags nicht geparkt werden darf.

**Warum die Änderung**

Bisher fuhr die Kehrmaschine des Bauhofs nach Plan, aber ohne Halteverbot. Das Ergebnis: Gekehrt wurde vor allem die Mitte der Fahrbahn, während sich Laub und Split an den Bordsteinen sammelten.

Bauhofleiter Rainer Siebert sagte, im vergangenen Herbst seien drei Gullys in der Schulstraße so verstopft gewesen, dass bei Starkregen Wasser in zwei Keller lief.

**Was ab Montag gilt**

Jede Straße in der Altstadt bekommt einen festen Wochentag. An diesem Tag gilt zwischen 8 und 12 Uhr ein Halteverbot auf einer Straßenseite. Die Schilder werden in dieser Woche aufgestellt.

Bis Jahresende will das Ordnungsamt nur Hinweiszettel verteilen. Ab Januar kostet Falschparken am Reinigungstag 20 Euro, wer den Einsatz der Kehrmaschine behindert, muss mit Abschleppen rechnen.

Anwohner ohne eigenen Stellplatz dürfen an den Reinigungstagen kostenlos auf dem Parkplatz am Freibad stehen. Welche Straße an welchem Tag dran ist, steht auf der Internetseite der Stadt.
"""),

dict(id="h90-fr-001", lang="fr", tpl="blox",
     section="Portrait", date="2026-06-09", byline="Agnès Poitevin",
     title="« Une ruche, c'est une ville entière » : l'apiculteur des Granges raconte",
     sub="Bernard Lacombe élève des abeilles depuis cinquante ans au-dessus de Vernosc.",
     caption="Bernard Lacombe devant ses ruches, sur le plateau des Granges.", credit="Photo : Agnès Poitevin",
     body="""
Bernard Lacombe a installé sa première ruche en 1976, dans le verger de son père, sur le plateau des Granges. Il en compte aujourd'hui soixante-dix. À 78 ans, il prépare sa dernière récolte avant de passer la main à sa nièce. Entretien.

**Comment l'aventure a-t-elle commencé ?**

Un essaim s'est posé dans le pommier de mon père. Un voisin est venu le récupérer dans un carton, et m'a laissé une ruche vide en échange. J'avais vingt-huit ans, j'ai été piqué, au sens propre.

**Qu'est-ce qui a changé en cinquante ans ?**

Tout. Le varroa est arrivé dans les années 1980, puis le frelon asiatique. Autrefois on perdait une ruche sur vingt pendant l'hiver. Certaines années, maintenant, c'est une sur trois.

**Et le miel ?**

Il change avec les fleurs. Le châtaignier donne un miel presque noir, amer. L'acacia, qui fleurit de moins en moins bien, un miel clair comme de l'eau.

**Un conseil aux débutants ?**

Prendre son temps. Une ruche, c'est une ville entière. On ne la comprend pas en une saison.

Bernard Lacombe vendra son miel une dernière fois au marché de Vernosc, le samedi 27 juin, de 8 h à midi.
"""),

dict(id="h90-fr-002", lang="fr", tpl="regional",
     section="Vernosc", date="2026-03-31", byline="Thibault Mercadier",
     title="Route des Granges : les habitants réclament un radar après une nouvelle sortie de route",
     sub="Une pétition signée par 340 personnes a été remise au maire de Vernosc.",
     caption="Le virage de la route des Granges, à la sortie de Vernosc.", credit="Photo : Thibault Mercadier",
     carry=["speedcameras"], run_in=["speedcameras"],
     body="""
Le virage de la route des Granges a encore fait parler de lui. Dans la nuit de samedi à dimanche, une voiture a quitté la chaussée et fini sa course dans le jardin d'une maison, à quelques mètres de la chambre où dormait un enfant. Le conducteur, légèrement blessé, a été conduit à l'hôpital.

C'est la quatrième sortie de route à cet endroit depuis 2024. Les riverains n'en peuvent plus.

Lundi, Sylvie Arnaudet, qui habite juste en face du virage, a remis au maire une pétition signée par 340 personnes. Elle demande un radar fixe, un ralentisseur et l'abaissement de la vitesse à 50 km/h sur toute la traversée du hameau.

« On entend les pneus crisser tous les week-ends. On a peur de sortir avec la poussette », explique-t-elle.

Le maire, Jean-Pierre Castagnède, dit partager l'inquiétude des habitants mais rappelle que la route appartient au département. Il a demandé que des contrôles de vitesse y soient organisés dès ce printemps et qu'une étude soit lancée sur l'aménagement du virage.

En attendant, la commune installera un radar pédagogique à l'entrée du hameau dans les prochains jours. Une réunion publique sur la sécurité routière aura lieu le jeudi 16 avril à 18 h 30, salle des fêtes de Vernosc.
"""),

dict(id="h90-fr-003", lang="fr", tpl="chunks",
     section="Environnement", date="2026-10-14", byline="Élodie Rouquette",
     title="La vallée de l'Ormette compte ses haies, kilomètre par kilomètre",
     sub="Un inventaire mené par des bénévoles montre que le bocage a perdu un tiers de ses haies en quarante ans.",
     caption="Une haie de charmes et d'aubépines près des Granges.", credit="Photo : Élodie Rouquette",
     body="""
Pendant tout l'été, une vingtaine de bénévoles ont arpenté les chemins de la vallée de l'Ormette, carnet et GPS en main, pour compter les haies. Le résultat, présenté la semaine dernière à Vernosc, n'a surpris personne, mais il a fait réagir.

## Un tiers de haies en moins

Le bocage de la vallée compte aujourd'hui 212 kilomètres de haies. En comparant avec les photographies aériennes de 1985, l'association Ormette Nature estime qu'environ 110 kilomètres ont disparu, arrachés lors des remembrements ou simplement laissés mourir.

Les bénévoles ont classé chaque tronçon selon son état :

- haies en bon état, épaisses et variées : 38 %
- haies vieillissantes, avec des trous : 41 %
- alignements d'arbres isolés, sans arbustes : 21 %

## Replanter, mais pas n'importe comment

L'association veut désormais aider les agriculteurs qui le souhaitent à replanter. Six exploitations se sont déjà portées volontaires pour cet hiver, soit un peu plus de trois kilomètres de nouvelles haies.

« Une haie, ce n'est pas seulement des arbres. C'est un abri pour les oiseaux, un coupe-vent pour les bêtes et une barrière contre l'érosion », rappelle la présidente, Martine Delpech.

Les plants seront des essences locales : charme, aubépine, noisetier, prunellier et érable champêtre. Les volontaires pour les chantiers de plantation peuvent s'inscrire à la mairie de Vernosc.
"""),

dict(id="h90-es-001", lang="es", tpl="webnode", site="Noticias de Fuentecilla", kind="small",
     section="Vida en el pueblo", date="2026-03-12", byline="Asociación Vecinal de Fuentecilla",
     title="Los huertos del río tendrán compostadores comunitarios",
     sub="La asociación vecinal instalará cuatro compostadores junto a los huertos del Arlazón.",
     caption="Los huertos municipales junto al río Arlazón.", credit="Foto: Asociación Vecinal de Fuentecilla",
     carry=["compostbins"],
     look=[("bold", "La idea salió de una charla en el teleclub."), ("italic", "«Aquí nadie tira una piel de naranja"), ("br", "El primer reparto será el sábado.")],
     body="""
Los dieciocho huertos que los vecinos de Fuentecilla cultivan junto al río Arlazón tendrán desde este mes cuatro compostadores comunitarios, donde cada hortelano podrá echar los restos de la huerta y de la cocina.

La idea salió de una charla en el teleclub.

Un técnico de la diputación explicó en febrero que casi la mitad de lo que tiramos al contenedor de resto es materia orgánica, y que en un pueblo con huertos eso es tirar el abono.

Los compostadores, de 400 litros y con tapa, los ha pagado la diputación dentro de su plan de residuos. La asociación vecinal se encarga de montarlos y de organizar un turno para remover el compost cada dos semanas.

«Aquí nadie tira una piel de naranja, lo que pasa es que ahora vamos a hacerlo con orden», dice Felisa Carrascal, que cultiva tomates y judías en el huerto número siete desde hace veinte años.

Podrán usarlos también los vecinos que no tienen huerto, siempre que lleven solo restos de fruta, verdura, posos de café y cáscaras de huevo. Nada de carne, pescado ni aceite.

Los compostadores se montan el viernes por la tarde junto a la caseta de los huertos.

El primer reparto será el sábado.
"""),

dict(id="h90-es-002", lang="es", tpl="fusion",
     section="Villabrera", date="2026-11-19", byline="Rocío Santamarta",
     title="Las hojas de los plátanos colapsan las calles del centro de Villabrera",
     sub="El ayuntamiento refuerza la barredora y pide a los vecinos que retiren los coches los días de limpieza.",
     caption="Hojas acumuladas en la calle de la Cerería.", credit="Foto: Rocío Santamarta",
     carry=["streetsweeping"],
     look=[("factbox", "La limpieza del otoño en cifras")],
     body="""
Cada otoño los plátanos de sombra del paseo del Arlazón y de la calle de la Cerería sueltan toneladas de hojas sobre el centro de Villabrera. Este año, con las lluvias de noviembre, las hojas han tapado alcantarillas y han convertido algunas aceras en una pista resbaladiza.

El ayuntamiento ha reforzado el servicio de limpieza con un segundo turno de barredora y cuatro operarios más hasta final de diciembre.

## La limpieza del otoño en cifras

- 38 toneladas de hojas recogidas desde el 1 de octubre
- 2 barredoras y 11 operarios en el centro
- 140 sumideros revisados cada semana

El concejal de Servicios, Alberto Villaverde, explicó que el principal problema son los coches aparcados junto al bordillo, porque la barredora no puede llegar a las hojas que quedan debajo.

«Les pedimos a los vecinos que, el día que toque su calle, dejen el coche en el aparcamiento de la estación, que es gratuito», dijo.

Los vecinos que quieran pedir una limpieza urgente o avisar de un sumidero atascado pueden llamar al teléfono de atención ciudadana del ayuntamiento, de lunes a viernes de 8.00 a 15.00.
"""),

dict(id="h90-es-003", lang="es", tpl="table",
     section="Cultura", date="2026-08-20", byline="Javier Montenegro",
     title="La banda de Villabrera recupera las partituras que guardaba un antiguo director",
     sub="Un baúl con más de trescientas partituras apareció en el desván de una casa de la plaza.",
     caption="Algunas de las partituras recuperadas, en el local de la banda.", credit="Foto: Javier Montenegro",
     body="""
Un baúl de madera olvidado en el desván de una casa de la plaza de Villabrera guardaba más de trescientas partituras de la banda municipal, algunas de ellas escritas a mano hace más de un siglo.

Las encontraron los nietos de Anselmo Carrión, que dirigió la banda entre 1951 y 1979, al vaciar la casa familiar para venderla.

## Pasodobles y una jota perdida

Entre los papeles hay pasodobles, marchas de procesión y valses, pero lo que más ha emocionado a los músicos es una jota dedicada al pueblo que nadie recordaba haber oído. La firma un tal M. Ortún, en 1923.

«Es como encontrar una foto de tu bisabuelo que no sabías que existía», dice la actual directora, Inmaculada Bermejo.

## Un archivo para el pueblo

La banda quiere limpiar, ordenar y digitalizar todas las partituras con ayuda del archivo provincial, para que no vuelvan a perderse. Algunas hojas tienen manchas de humedad y necesitarán restauración.

La familia Carrión ha cedido el baúl a la banda, que lo expondrá en la casa de cultura durante las fiestas.

La jota de 1923 volverá a sonar en el concierto de fiestas, el sábado 12 de septiembre a las 21.00 en la plaza Mayor.
"""),

dict(id="h90-ru-001", lang="ru", tpl="legacy-br",
     section="Общество", date="2026-02-10", byline="Марина Котельникова",
     title="В Ольховске открылась библиотека вещей",
     sub="Жители могут бесплатно взять дрель, палатку или швейную машинку.",
     caption="Полки библиотеки вещей в бывшем пункте проката.", credit="Фото: Марина Котельникова",
     low=0,
     body="""
В Ольховске открылась первая в районе библиотека вещей. В бывшем пункте проката на улице Гагарина теперь можно бесплатно взять на неделю дрель, палатку, швейную машинку, детскую коляску или даже профессиональную мясорубку.

Идея принадлежит молодёжному клубу «Ольха». Его участники полгода собирали вещи, которые жители отдавали, а не выбрасывали.

**Как устроена библиотека**

Чтобы брать вещи, нужно один раз записаться с паспортом. Срок пользования — семь дней, продлить можно ещё на неделю, если вещь никто не ждёт. Залога нет.

Сейчас в каталоге 260 предметов. Самые популярные — перфоратор, стремянка и надувная лодка. Лодку, по словам волонтёров, уже забронировали на всё лето.

**Зачем это нужно**

«Дрелью человек пользуется в среднем пятнадцать минут за всю жизнь. Зачем каждому покупать свою?» — говорит руководитель клуба Денис Ярошенко.

Администрация города предоставила помещение бесплатно, а местный хозяйственный магазин подарил стеллажи.

Библиотека вещей работает по вторникам и четвергам с 16:00 до 20:00 и по субботам с 10:00 до 14:00.
"""),

dict(id="h90-ru-002", lang="ru", tpl="storybody",
     section="Происшествия", date="2026-09-08", byline="Олег Ведерников",
     title="На трассе у Заречного поставят камеру после серии аварий",
     sub="За лето на участке у поворота на село произошло семь ДТП.",
     caption="Поворот на Заречное с трассы Ольховск — Берёзовка.", credit="Фото: Олег Ведерников",
     carry=["speedcameras"],
     body="""
На трассе Ольховск — Берёзовка у поворота на Заречное до конца года установят стационарную камеру контроля скорости. Об этом сообщили в управлении дорожного хозяйства области.

За три летних месяца на этом участке произошло семь аварий, в двух из них пострадали люди. В июле на повороте перевернулся микроавтобус с рабочими, шесть человек попали в больницу.

Жители Заречного давно жалуются, что водители не сбрасывают скорость перед поворотом, хотя там стоит ограничение в 70 километров в час.

«Дети ходят на остановку вдоль трассы. Машины проносятся так, что сдувает шапку», — рассказывает староста села Галина Мухина.

Пока камеру не поставили, на участке будет работать передвижной комплекс, который сотрудники ГИБДД будут переставлять в разные места трассы. Кроме того, дорожники обещают обновить разметку и поставить у остановки ограждение, а зимой чаще посыпать этот участок песком.

В областном управлении напомнили, что данные о местах работы передвижных камер публикуются заранее.

Встреча жителей с представителями ГИБДД пройдёт в сельском клубе Заречного 17 сентября в 18:00.
"""),

dict(id="h90-ru-003", lang="ru", tpl="ucoz", site="Село Заречное", kind="small",
     section="Новости села", date="2026-06-25", byline="Admin",
     title="В Заречном отремонтировали родник у старой мельницы",
     sub="Жители своими силами почистили источник и поставили новый сруб.",
     caption="Новый сруб над родником у старой мельницы.", credit="Фото: Николай Ступин",
     body="""
В субботу жители Заречного привели в порядок родник у старой мельницы. Источником пользуются больше ста лет, но в последние годы он зарос, а деревянный сруб над ним сгнил и обвалился.

На субботник пришли двадцать три человека, от школьников до пенсионеров. Мужчины расчистили русло ручья и выкопали старые брёвна, женщины покрасили скамейку и перила на мостике.

Новый сруб из лиственницы сделал и подарил селу плотник Николай Ступин. Он говорит, что такой простоит лет пятьдесят.

«Я сюда мальчишкой с бидоном бегал за водой. Хочется, чтобы и внуки бегали», — сказал он.

Воду из родника отвезли на анализ в районную лабораторию. Пробы показали, что она соответствует нормам питьевой, но пить её всё же советуют кипячёной.

Спасибо всем, кто пришёл, и отдельное спасибо магазину «Берёзка» за краску и чай с пирогами для работников.

Следующий субботник запланирован на 11 июля: будем чистить берег реки у пляжа. Сбор в 9:00 у клуба, перчатки и мешки дадим.
"""),
]
