# Turkish, German, French, Spanish and Russian stories for the forty-first held-out part (h41-*) of the newsflow
# extraction set. Fictional; each written in its own language for newsflow (not translated). Markup and fields as in
# articles_h41_en.py.
ARTICLES = [
dict(id="h41-tr-001", lang="tr", tpl="amp", section="Gündem", date="2026-06-12", byline="Selin Yurdakul",
     title="Akçakoyun Halk Plajı'nda mavi bayrak yeniden dalgalanıyor",
     sub="İki yıl önce kirlilik nedeniyle bayrağını kaybeden plajda deniz suyu bu yaz 'mükemmel' sınıfına girdi.",
     caption="Akçakoyun Halk Plajı'nda sezonun ilk hafta sonu.", credit="Fotoğraf: Selin Yurdakul",
     carry=["bathing"],
     body="""
Akçakoyun Halk Plajı'nda mavi bayrak, iki yıllık aradan sonra dün düzenlenen törenle yeniden göndere çekildi.

Plaj, 2024 yazında yapılan ölçümlerde deniz suyunda bakteri değerlerinin yükselmesi üzerine bayrağını kaybetmişti. Kirliliğin kaynağı, sahile 300 metre uzaklıktaki eski atık su hattıydı.

**Yeni arıtma tesisi devrede**

Belediye geçen sonbaharda 42 milyon liraya mal olan yeni arıtma tesisini hizmete açtı ve eski hattı tamamen kapattı. İl sağlık müdürlüğünün mayıs ayında aldığı altı numunenin tamamında su kalitesi "mükemmel" çıktı.

Belediye Başkanı Nurettin Aksoy, törende yaptığı konuşmada "Bu bayrak, denize güvenle girebilirsiniz demek" dedi.

**Cankurtaran sayısı artırıldı**

Plajda bu yaz altı yerine dokuz cankurtaran görev yapacak. Cankurtaranlar her gün saat 10.00 ile 18.00 arasında kulelerde bulunacak. Rüzgârın kuvvetlendiği günlerde kırmızı bayrak çekilecek ve denize girmek yasak olacak.

Plaja ayrıca engelli vatandaşlar için deniz iniş rampası ve iki yeni duş kuruldu.

**Esnaf memnun**

Sahildeki büfe işletmecisi Recep Kılınç, bayrağın kaybedildiği iki yılda müşterilerin yarı yarıya azaldığını söyledi. "İnsanlar soruyordu, deniz temiz mi diye. Artık cevabımız var" dedi.

Numuneler eylül sonuna kadar her iki haftada bir alınmaya devam edecek.
"""),

dict(id="h41-tr-002", lang="tr", tpl="drupal", site="Sarıçınar Belediyesi", kind="public", section="Duyurular", date="2026-09-08",
     byline="Basın Yayın ve Halkla İlişkiler Müdürlüğü",
     title="Çöp toplama saatleri 15 Eylül'den itibaren değişiyor",
     sub="Evsel atıklar artık gece toplanacak; ambalaj atıkları için mahallelere mavi kutular yerleştiriliyor.",
     caption="Temizlik İşleri Müdürlüğüne ait yeni çöp kamyonları.", credit="Sarıçınar Belediyesi",
     carry=["bins"],
     look=[("box", "Çöpünüzü poşetleyip")],
     body="""
Sarıçınar Belediyesi Temizlik İşleri Müdürlüğü, 15 Eylül Pazartesi gününden itibaren ilçe genelinde çöp toplama saatlerinin değişeceğini duyurdu.

Yeni düzenlemeyle evsel atıklar, trafiğin yoğun olduğu sabah saatleri yerine gece 22.00 ile 04.00 arasında toplanacak. Belediye, bu sayede hem trafik sıkışıklığının azalmasını hem de çöp kamyonlarının sabah okul servisleriyle karşılaşmamasını amaçlıyor.

## Mahallelere göre toplama günleri

- Cumhuriyet, Yeşiltepe ve Çarşı mahalleleri: pazartesi, çarşamba ve cuma
- Fatih, Bahçelievler ve Sahil mahalleleri: salı, perşembe ve cumartesi
- Köy yerleşimleri: haftada bir, salı günleri

Ambalaj atıkları için mahallelere 120 adet mavi kutu yerleştirildi. Kâğıt, karton, plastik ve metal ambalajlar bu kutulara atılabilecek. Mavi kutular her perşembe boşaltılacak.

Cam atıklar ise yeşil kumbaralara bırakılmalıdır. Kumbaraların yerleri belediye binasındaki bilgilendirme panosunda yer alıyor.

Çöpünüzü poşetleyip ağzını bağladıktan sonra, toplama saatinden önce konteynere bırakınız. Konteyner dışına bırakılan atıklar toplanmayacaktır.

Temizlik İşleri Müdürü Hakan Erdem, "Vatandaşlarımızdan yeni saatlere uymalarını rica ediyoruz. İlk iki hafta ekiplerimiz sokak sokak bilgilendirme yapacak" dedi.

Toplanmayan çöpler ve hasarlı konteynerler için Beyaz Masa'ya 444 0 718 numaralı telefondan hafta içi 08.30 ile 17.30 arasında ulaşılabilir.
"""),

dict(id="h41-tr-003", lang="tr", tpl="table", section="Kültür", date="2026-04-23", byline="Mehmet Ali Demirtaş",
     title="Köy okulunun kütüphanesine 3 bin kitap bağışlandı",
     sub="Emekli öğretmen Hatice Güngör'ün başlattığı kampanyaya Türkiye'nin dört bir yanından destek geldi.",
     caption="Karapınar Köyü İlkokulu öğrencileri yeni kütüphanede.", credit="Fotoğraf: Mehmet Ali Demirtaş",
     only=["correction"],
     correction="Düzeltme: Haberin ilk hâlinde bağışlanan kitap sayısı yanlışlıkla 300 olarak yazılmıştı; doğrusu 3 bindir.",
     body="""
Sarıçınar'a bağlı Karapınar Köyü İlkokulu'nun kütüphanesi, bir emekli öğretmenin başlattığı kampanya sayesinde 3 bin yeni kitaba kavuştu.

Okulda 46 yıl önce öğretmenlik yapan Hatice Güngör, geçen kış okulu ziyaret ettiğinde kütüphanede yalnızca iki raf dolusu eski kitap olduğunu gördü. 71 yaşındaki Güngör, eski öğrencilerine ve komşularına mektup yazarak yardım istedi.

"Bu okulda okumayı öğrettiğim çocuklar şimdi dede oldu. Onlara yazdım, onlar da başkalarına anlattı" dedi.

Kampanyaya üç ay içinde 28 ilden kitap geldi. Bir kargo şirketi kolileri ücretsiz taşıdı, köyün marangozu Osman Usta da yeni rafları yaptı.

Kütüphane, 23 Nisan Ulusal Egemenlik ve Çocuk Bayramı'nda düzenlenen törenle açıldı. Okulun 38 öğrencisi, kendi seçtikleri kitaplardan birer sayfa okudu.

Okul müdürü Emre Kaplan, kitapların bir kısmının köydeki yetişkinlere de ödünç verileceğini söyledi. Kütüphane hafta içi okul saatlerinde, cumartesi günleri de 10.00 ile 13.00 arasında köylülere açık olacak.

Güngör'ün yeni hedefi ise kütüphaneye bir bilgisayar ve yazıcı kazandırmak. Bunun için köy derneğiyle birlikte bahar şenliğinde bir kermes düzenlemeyi planlıyor.

Kitap bağışlamak isteyenler kolilerini Karapınar Köyü İlkokulu Müdürlüğü adresine gönderebilir.
"""),

dict(id="h41-de-001", lang="de", tpl="silverstripe", site="Wiesengrund-Kurier", kind="coop", section="Essen und Trinken",
     date="2026-03-05", byline="Miriam Kessler",
     title="„Wir kommen unangemeldet, immer“: Eine Lebensmittelkontrolleurin über Imbisse, Mäuse und Ampeln",
     sub="Nach der Schließung des Bahnhofsimbisses fragen viele Leser: Wie oft wird kontrolliert? Ein Gespräch mit Petra Lindner vom Kreisveterinäramt.",
     caption="Petra Lindner bei einer Kontrolle in einer Gaststättenküche im Wiesengrund.", credit="Foto: Miriam Kessler",
     inset=("Mit dem Thermometer prüft Lindner, ob die Kühltheke kalt genug ist.", "Foto: Miriam Kessler"),
     carry=["hygiene"],
     look=[("dropcap", "Vor zwei Wochen hat das Kreisveterinäramt"), ("highlight", "Sieben Vollzeitstellen")],
     body="""
Vor zwei Wochen hat das Kreisveterinäramt den Imbiss am Bahnhof geschlossen, nach Mäusekot in der Küche. Seit Montag ist er wieder offen. Wir haben mit Petra Lindner gesprochen, die seit 19 Jahren als Lebensmittelkontrolleurin im Landkreis arbeitet.

**Frau Lindner, wie oft wird ein Imbiss kontrolliert?**

Das hängt vom Risiko ab. Ein Betrieb, der rohes Fleisch verarbeitet und schon einmal aufgefallen ist, sieht uns bis zu viermal im Jahr. Eine Eisdiele mit gutem Ergebnis vielleicht alle zwei Jahre.

**Melden Sie sich vorher an?**

Nie. Wir kommen unangemeldet, immer. Sonst würden wir ja nur die geputzte Küche sehen.

**Was finden Sie am häufigsten?**

Mängel bei der Kühlung und bei der Reinigung. Mäuse und Schaben sind zum Glück selten, aber wenn, dann wird sofort geschlossen.

**Wie viele Kontrolleure hat der Kreis?**

Sieben Vollzeitstellen. Rund 1400 Betriebe müssen wir im Blick behalten, vom Dorfbäcker bis zur Großküche im Krankenhaus.

**Viele Leser wünschen sich eine Hygiene-Ampel an der Tür, wie es sie in einigen Städten gibt. Was halten Sie davon?**

Ich fände das gut. Die Gäste wüssten, woran sie sind, und die guten Betriebe hätten etwas davon. Aber das muss die Politik entscheiden, nicht wir.

**Und der Imbiss am Bahnhof?**

Der Betreiber hat eine Fachfirma geholt, Löcher in der Wand verschlossen und neue Kühlgeräte gekauft. Bei der Nachkontrolle war alles in Ordnung.

> Wer etwas Auffälliges bemerkt, kann sich jederzeit bei uns melden, auch anonym.

Das Kreisveterinäramt ist werktags von 8 bis 15.30 Uhr unter 06831 4470 erreichbar.
"""),

dict(id="h41-de-002", lang="de", tpl="semantic", section="Region", date="2026-07-29", byline="Jonas Wehrle",
     title="Blaualgen im Birkensee: Gesundheitsamt rät vom Baden ab",
     sub="Das Wasser ist grünlich trüb. Badeverbot gibt es nicht, aber Hunde und Kinder sollen nicht hinein.",
     caption="Warnschild am Strandbad Birkensee.", credit="Foto: Jonas Wehrle",
     carry=["bathing"],
     look=[("italic", "Blaualgen sind eigentlich Bakterien")],
     body="""
Im Birkensee bei Birkenfeld haben sich Blaualgen stark vermehrt. Das Gesundheitsamt des Kreises rät seit Dienstag davon ab, im See zu baden. Am Strandbad und an den beiden Liegewiesen hängen Warnschilder.

Bei einer Probe am Montag war die Sichttiefe auf 40 Zentimeter gesunken. Normal sind im Sommer mehr als zwei Meter. Das Wasser schimmert grünlich, am Ufer treiben Schlieren.

## Was Blaualgen gefährlich macht

Blaualgen sind eigentlich Bakterien. Manche Arten bilden Giftstoffe, die Haut und Augen reizen und bei verschlucktem Wasser zu Übelkeit und Durchfall führen können.

„Besonders gefährdet sind kleine Kinder, die im flachen Wasser spielen und dabei Wasser schlucken, und Hunde“, sagt Amtsärztin Dr. Sabine Rothfuß. Für Hunde könne das Wasser im schlimmsten Fall tödlich sein.

## Warum gerade jetzt

Seit drei Wochen ist es heiß und fast windstill, das Wasser hat an der Oberfläche 26 Grad. Dazu kommen Nährstoffe, die nach dem Starkregen im Juni von den Feldern in den See gespült wurden.

Ein Badeverbot hat das Amt nicht ausgesprochen. Der Betreiber des Strandbads, der Zweckverband Birkensee, hat den Eintritt bis auf Weiteres auf zwei Euro halbiert. Der Kiosk und der Spielplatz bleiben geöffnet.

Schwimmerinnen und Schwimmer, die trotzdem ins Wasser gehen, sollen danach gründlich duschen.

Das Gesundheitsamt will in der kommenden Woche erneut Proben nehmen. Erst wenn sich das Wasser sichtbar geklärt hat, werden die Schilder wieder abgenommen.
"""),

dict(id="h41-de-003", lang="de", tpl="ucoz", site="Kleinroda im Netz", kind="small", section="Neues aus Kleinroda", date="2026-05-02",
     byline="Heike Schlegel",
     title="Der Maibaum steht: 24 Meter Fichte, 60 Helfer und kein Kran",
     sub="Die Kirmesburschen haben den Baum wie jedes Jahr mit Stangen aufgerichtet.",
     caption="Der geschmückte Maibaum auf dem Dorfplatz in Kleinroda.", credit="Foto: Heike Schlegel",
     carry=["gallery"],
     body="""
Er steht! Am Donnerstagabend um 19.42 Uhr war der neue Maibaum auf dem Dorfplatz senkrecht, nach gut zwei Stunden Arbeit und unter dem Beifall von rund 250 Zuschauern.

Die Fichte ist 24 Meter lang und kommt aus dem Gemeindewald am Rodaer Berg. Förster Uwe Baum hat sie im März ausgesucht. Ja, er heißt wirklich so.

Wie jedes Jahr haben die Kirmesburschen den Baum ohne Kran aufgerichtet, nur mit Muskelkraft und langen Holzstangen, den sogenannten Schwalben. Rund 60 Helfer waren dabei, die jüngsten 16, der älteste 74.

„Das ist jedes Jahr wieder spannend“, sagt Kirmesbursche Tobias Heller. „Wenn der Baum erst mal in der Luft hängt, gibt es kein Zurück.“

Den Kranz haben die Landfrauen gebunden, aus Tannengrün und 300 bunten Bändern. Die Schilder der Vereine hat wie immer Schreiner Martin Vogt gemalt.

Danach gab es Bratwurst und Freibier von der Feuerwehr, und die Blaskapelle aus Großroda spielte bis Mitternacht.

In der Nacht haben die Kirmesburschen den Baum bewacht, damit ihn die Nachbarn aus Großroda nicht stehlen. Es blieb ruhig.

Viele Fotos vom Aufstellen hat Gerd Kühn gemacht. Danke dafür!

Der Baum bleibt bis zur Kirmes Ende August stehen.
"""),

dict(id="h41-fr-001", lang="fr", tpl="cms", section="Vie locale", date="2026-10-02", byline="Aurélie Martinat",
     title="Ordures ménagères : le bac gris ne passera plus qu'une semaine sur deux",
     sub="La communauté de communes du Haut-Vernon change ses collectes au 1er janvier et généralise le tri des biodéchets.",
     caption="Un camion de collecte dans une rue de Vernon-le-Haut.", credit="Photo : Aurélie Martinat",
     carry=["bins"],
     body="""
À partir du 1er janvier, le camion des ordures ménagères ne passera plus qu'une semaine sur deux dans les 22 communes du Haut-Vernon. Le conseil communautaire a voté ce changement mardi soir, par 31 voix contre 9.

La collectivité veut ainsi réduire la facture, en hausse de 18 % en trois ans, et respecter la loi qui impose depuis 2024 de trier les déchets alimentaires.

## Ce qui change au 1er janvier

- Bac gris (ordures ménagères) : une semaine sur deux
- Bac jaune (emballages et papiers) : une semaine sur deux, en alternance avec le bac gris
- Biodéchets : chaque semaine, dans un nouveau bac marron de 40 litres
- Verre : toujours en points d'apport volontaire

Chaque foyer recevra son bac marron et un petit seau de cuisine en novembre. La distribution se fera commune par commune, et un calendrier sera déposé dans toutes les boîtes aux lettres.

**Des inquiétudes pour l'été**

Plusieurs élus ont fait part de leurs craintes. « Avec les chaleurs de juillet, quinze jours, c'est long », a souligné Michèle Arnaud, maire de Saint-Géry.

Le vice-président chargé des déchets, Bruno Lacombe, répond que le bac gris ne contiendra presque plus de restes alimentaires. « Ce sont eux qui sentent. Sans eux, deux semaines ne posent pas de problème », assure-t-il.

Les familles nombreuses et les assistantes maternelles pourront demander un bac gris plus grand, sans surcoût.

La taxe d'enlèvement des ordures ménagères devrait rester stable en 2027, selon la communauté de communes.
"""),

dict(id="h41-fr-002", lang="fr", tpl="legacy-br", section="Faits divers", date="2026-08-14", byline="Christophe Vidal",
     title="Le restaurant Le Relais des Halles fermé par arrêté préfectoral",
     sub="Les inspecteurs ont relevé des denrées périmées et une chambre froide en panne.",
     caption="La porte du Relais des Halles, place du Marché, avec l'arrêté affiché.", credit="Photo : Christophe Vidal",
     carry=["hygiene"],
     body="""
Les rideaux sont baissés depuis lundi au Relais des Halles, place du Marché à Montsauve. Le préfet a ordonné la fermeture administrative du restaurant après un contrôle des services vétérinaires.

Selon l'arrêté affiché sur la porte, les inspecteurs ont trouvé le 7 août une chambre froide en panne, dont la température dépassait 14 degrés, ainsi que des viandes et des sauces dont la date limite était dépassée de plusieurs jours.

Ils ont également relevé l'absence de plan de nettoyage et des traces de nuisibles dans la réserve.

Le restaurant a été classé au niveau « à corriger de manière urgente », le plus bas de l'échelle affichée sur le site public des résultats de contrôles.

Joint par téléphone, le gérant, Didier Lambert, parle d'un « concours de circonstances ». « La chambre froide est tombée en panne le premier week-end d'août, en pleine saison. Nous attendions le réparateur », explique-t-il.

Il affirme avoir jeté toutes les marchandises et fait venir une entreprise de désinsectisation.

L'établissement, qui emploie six personnes en été, pourra rouvrir dès que les services de l'État auront constaté que les travaux demandés sont faits. Le gérant espère une nouvelle visite la semaine prochaine.

Dans le quartier, la nouvelle a surpris. « On y mangeait tous les vendredis, c'était toujours bon », confie une habituée.

Quinze établissements ont été fermés par arrêté dans le département l'an dernier.
"""),

dict(id="h41-fr-003", lang="fr", tpl="ghost", site="La Clé des Chants", kind="small", section="La chorale", date="2026-11-06",
     byline="Odile Ferrand", low=0,
     title="Cinquante ans de chant : trois questions à notre chef de chœur",
     sub="Pour l'anniversaire de la chorale, Jean-Marc Besson revient sur vingt-deux ans à la baguette.",
     caption="La Clé des Chants en concert à l'église de Vernon-le-Haut.", credit="Photo : Odile Ferrand",
     look=[("callout", "Concert anniversaire")],
     body="""
La Clé des Chants fête ses cinquante ans cette année. Fondée en 1976 par six amis de l'école normale, la chorale compte aujourd'hui 48 choristes, de 19 à 88 ans. Jean-Marc Besson la dirige depuis 2004.

**Qu'est-ce qui a changé en vingt-deux ans ?**

Le répertoire, surtout. Quand je suis arrivé, on chantait presque uniquement de la musique sacrée. Aujourd'hui on passe de Fauré à Barbara, et même à un peu de gospel. Les choristes en redemandent.

**Est-il difficile de recruter ?**

Les hommes, oui, comme partout. Nous avons quatorze ténors et basses pour trente-quatre voix de femmes. Mais depuis deux ans, des jeunes arrivent, souvent par le bouche-à-oreille. Certains ne lisent pas la musique, et ce n'est pas grave : on apprend à l'oreille.

**Un souvenir en particulier ?**

Le concert de 2017 dans l'abbaye de Saint-Géry, avec trois autres chorales. Nous étions 160 sur scène. Une choriste qui chantait avec nous depuis 1976 a pleuré à la fin, et nous avec elle.

Concert anniversaire le samedi 28 novembre à 20 h 30 à l'église de Vernon-le-Haut. Entrée libre, participation aux frais au chapeau.

Les répétitions ont lieu tous les mardis à 20 heures à la salle des fêtes. Les nouvelles voix sont les bienvenues, sans audition.
"""),

dict(id="h41-es-001", lang="es", tpl="storybody", section="Gente", date="2026-10-20", byline="Marta Sanchidrián",
     title="Isabel Montero, pastora trashumante: «Las ovejas saben el camino mejor que yo»",
     sub="A sus 58 años, baja cada otoño con 900 ovejas desde la sierra hasta las dehesas del Tiétar. Son doce días a pie.",
     caption="Isabel Montero con su rebaño en la cañada real, a su paso por Candeleda.", credit="Foto: Marta Sanchidrián",
     body="""
Isabel Montero lleva 31 otoños bajando a pie con su rebaño desde los pastos de verano de la sierra hasta las dehesas del valle del Tiétar. Son doce días, unos 180 kilómetros y 900 ovejas. Hablamos con ella en la cañada, durante un descanso.

**¿Por qué seguir haciéndolo a pie, y no en camión?**

Porque es más barato y porque las ovejas llegan mejor. Van comiendo por el camino. En camión sufren, y alguna se muere.

**¿Cómo es un día normal?**

Nos levantamos a las seis, caminamos hasta las once, paramos con el calor y seguimos por la tarde. Dormimos donde nos pille la noche, muchas veces al raso.

**¿Va sola?**

Con mi hijo Rubén, dos perros mastines y tres carea. Los perros son los que de verdad trabajan.

**La cañada es su oficina**

La cañada real es un camino protegido por ley desde hace siglos, pero cada año está peor. Encontramos vallas, zanjas, hasta una nave construida encima. Los ayuntamientos dicen que no es cosa suya.

**¿Hay relevo?**

Rubén quiere seguir, y eso para mí ya es mucho. Pero en toda la provincia quedamos cuatro familias que hagan la trashumancia entera a pie. Cuando yo empecé éramos más de treinta.

**¿Qué es lo que más le gusta?**

El silencio. Y llegar. Cuando vemos las encinas del valle, las ovejas apuran el paso solas. Saben el camino mejor que yo.

El rebaño de Isabel Montero pasará por Candeleda el próximo sábado por la mañana.
"""),

dict(id="h41-es-002", lang="es", tpl="wordpress", section="Municipios", date="2026-04-15", byline="Javier Lasheras",
     title="El contenedor marrón llega a los barrios de Calatorao y Morata",
     sub="Los vecinos podrán separar los restos de comida desde el 4 de mayo. El Ayuntamiento repartirá cubos y una llave a cada casa.",
     caption="Operarios instalan uno de los nuevos contenedores marrones en la avenida de la Estación.", credit="Foto: Javier Lasheras",
     carry=["bins"],
     look=[("dropcap", "Desde el 4 de mayo")],
     body="""
Desde el 4 de mayo, los vecinos de Calatorao y Morata de Jalón podrán tirar los restos de comida en un contenedor propio. La comarca ha empezado a instalar esta semana los 64 contenedores marrones para residuos orgánicos que faltaban en ambos municipios.

Los contenedores se abren con una llave electrónica que se entregará gratis a cada vivienda, junto a un cubo de diez litros para la cocina y un rollo de bolsas compostables.

Qué se puede echar en el marrón:

- Restos de fruta, verdura, carne y pescado
- Cáscaras de huevo y posos de café
- Servilletas de papel usadas
- Pequeños restos de poda y flores

Lo que no debe ir nunca es plástico, aunque sea una bolsa que se diga biodegradable, ni pañales ni aceite.

La recogida del contenedor marrón se hará tres veces por semana, los martes, jueves y sábados. El resto de contenedores mantiene su horario.

La Comarca de Valdejalón calcula que cerca del 40 % de lo que hoy acaba en el contenedor gris son restos orgánicos. Con ellos se producirá compost en la planta de Épila, que luego se venderá a los agricultores de la zona.

«Al principio costará, pero en los pueblos donde ya lo tenemos funciona muy bien», explica la consejera de Medio Ambiente, Ana Belén Royo.

Las llaves y los cubos se pueden recoger en el ayuntamiento de cada localidad, de lunes a viernes de 9 a 14 horas, con el DNI y un recibo de la basura.
"""),

dict(id="h41-es-003", lang="es", tpl="portal", section="Valdeoliva", date="2026-01-28", byline="Raquel Ugarte", low=0,
     title="Valdeoliva estrena una aplicación para avisar de farolas fundidas y baches",
     sub="Los vecinos podrán enviar una foto y seguir el estado de su aviso. El Ayuntamiento promete responder en 72 horas.",
     caption="Un vecino prueba la nueva aplicación frente a una farola apagada en la calle Mayor.", credit="Foto: Raquel Ugarte",
     body="""
Descargar la aplicación, hacer una foto y enviarla. Así de sencillo será desde este lunes avisar al Ayuntamiento de Valdeoliva de una farola fundida, un bache o un contenedor roto.

La aplicación, llamada Valdeoliva Avisa, es gratuita y está disponible para teléfonos Android e iPhone. Quien no quiera instalarla podrá usar la misma herramienta desde la web municipal.

Cada aviso queda ubicado en un mapa gracias al GPS del teléfono. El vecino recibe una notificación cuando los operarios lo ven, cuando lo asignan a una brigada y cuando lo dan por resuelto.

El concejal de Servicios, Íñigo Garmendia, se compromete a que todos los avisos tengan una primera respuesta en 72 horas. «No prometemos arreglarlo todo en tres días, pero sí que nadie se quede sin contestar», explica.

Hasta ahora, las quejas llegaban por teléfono, por correo o en persona en el mostrador del ayuntamiento. El año pasado se registraron unas 1.900, y muchas se perdían por el camino.

El desarrollo ha costado 14.500 euros, pagados con una subvención de la diputación. Los datos personales de quienes envíen avisos no se compartirán con terceros, según el Ayuntamiento.

Los mayores que tengan dudas podrán acudir a dos talleres gratuitos en el centro cívico, los días 3 y 10 de febrero a las 11 horas.
"""),

dict(id="h41-ru-001", lang="ru", tpl="nextjs", section="Спорт", date="2026-03-16", byline="Антон Шишкин",
     title="Озёрский «Рыбак» впервые за 20 лет вышел в финал первенства области по хоккею с мячом",
     sub="В решающем матче полуфинала команда обыграла «Энергию» со счётом 5:3.",
     caption="Игроки «Рыбака» после финального свистка на стадионе «Водник».", credit="Фото: Антон Шишкин",
     carry=["scores"],
     body="""
Хоккеисты озёрского «Рыбака» вышли в финал первенства области по хоккею с мячом. В субботу в третьем, решающем матче полуфинальной серии они обыграли «Энергию» из Заволжска со счётом 5:3.

На стадионе «Водник» собралось около 1800 болельщиков, рекорд сезона. Мороз был минус 17.

«Рыбак» проигрывал после первого тайма 1:2, но во втором забил четыре мяча подряд. Два из них на счету 19-летнего Никиты Лаптева, который в этом сезоне впервые играет за основной состав.

«Ребята в перерыве сами себе всё сказали. Мне даже говорить ничего не пришлось», — признался после игры главный тренер Сергей Корнилов.

**Путь к финалу**

- 1/4 финала: «Рыбак» — «Локомотив» 6:2, 4:4
- 1/2 финала, первый матч: «Энергия» — «Рыбак» 3:1
- второй матч: «Рыбак» — «Энергия» 4:2
- третий матч: «Рыбак» — «Энергия» 5:3

Последний раз команда играла в финале в 2006 году и тогда уступила. Теперь её соперником станет действующий чемпион, «Спартак» из областного центра.

**Что ждёт команду дальше**

Первый финальный матч пройдёт 22 марта в гостях, ответный 29 марта в Озёрске. Начало в 13:00.

Администрация района обещала выделить автобус для болельщиков на выездную игру. Записаться можно в спорткомплексе «Водник» до среды.
"""),

dict(id="h41-ru-002", lang="ru", tpl="fusion", section="Культура", date="2026-02-04", byline="Ольга Тимофеева",
     title="Директор библиотеки Заволжска: «Люди приходят за книгой, а уходят с настольной игрой»",
     sub="Центральная библиотека за год увеличила число читателей на треть. Мы спросили, как это получилось.",
     caption="Читальный зал центральной библиотеки Заволжска после ремонта.", credit="Фото: Ольга Тимофеева",
     look=[("factbox", "Библиотека в цифрах")],
     body="""
Центральная библиотека Заволжска за 2025 год записала почти 1300 новых читателей, на треть больше, чем годом раньше. Мы поговорили с её директором Натальей Грачёвой.

**Наталья Викторовна, в чём секрет?**

Никакого секрета. Мы перестали быть местом, где нужно говорить шёпотом. Сделали ремонт, поставили диваны, открыли клуб настольных игр. Люди приходят за книгой, а уходят с игрой, или наоборот.

**Кто ваши новые читатели?**

Больше всего подростков и молодых мам. Для мам у нас по утрам занятия с малышами, для подростков вечером комиксы, игры и кружок программирования.

**Читают ли ещё бумажные книги?**

Читают. Электронная библиотека растёт, но выдача бумажных книг за год тоже выросла, на 12 процентов. Больше всего спрашивают детективы и книги об истории края.

**Вы запустили рассылку для читателей. Зачем?**

Раньше о наших встречах узнавали случайно. Теперь раз в неделю мы отправляем письмо с новинками и афишей. Подписались уже 900 человек, и на встречи с авторами стало приходить вдвое больше людей.

## Библиотека в цифрах

- 5200 читателей
- 61 000 книг и журналов
- 14 клубов и кружков
- 9 сотрудников

**Чего не хватает?**

Места. Мы просим у района второй этаж, где сейчас архив. Если получится, откроем там зал для подростков.

Библиотека работает со вторника по субботу с 10:00 до 19:00, улица Ленина, 14.
"""),

dict(id="h41-ru-003", lang="ru", tpl="gutenberg", section="Город", date="2026-06-02", byline="Дмитрий Козырев",
     title="В Прибрежном открыли обновлённый парк у старой пристани",
     sub="На реконструкцию потратили 38 миллионов рублей. Жители сами выбирали, что появится в парке.",
     caption="Новая прогулочная набережная в парке у старой пристани.", credit="Фото: Дмитрий Козырев",
     look=[("box", "Парк открыт ежедневно")],
     body="""
В Прибрежном после двух лет работ открыли парк у старой пристани. На открытие в субботу пришли около трёх тысяч человек.

Реконструкция обошлась в 38 миллионов рублей, из них 30 миллионов выделила область по программе благоустройства, остальное добавил бюджет посёлка.

## Что появилось в парке

Вдоль берега проложили набережную длиной 600 метров с деревянным настилом и скамейками. У воды построили смотровую площадку на месте причала, к которому до 1990-х годов подходили речные трамваи.

В глубине парка появились детская площадка, площадка для воркаута и сцена для летних концертов. Старые тополя, которые начали падать, заменили на 240 молодых клёнов и лип.

## Жители выбирали сами

Проект выбирали голосованием. В 2024 году за него отдали голоса более 4 тысяч жителей. Они же попросили сохранить старую пристанскую будку: в ней теперь прокат велосипедов и лодок.

«Мы с мужем здесь познакомились в 1979 году, на танцах у пристани. Хорошо, что парк вернули людям», — говорит пенсионерка Галина Белова.

Глава посёлка Андрей Мухин пообещал, что следующим летом в парке появятся общественный туалет и кафе. Подрядчика для них ещё ищут.

Парк открыт ежедневно с 6:00 до 23:00. Вход свободный, выгул собак разрешён только на поводке.

Следите за расписанием летних концертов в телеграм-канале администрации посёлка.
"""),
]
