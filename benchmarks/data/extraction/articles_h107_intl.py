# Turkish, German, French, Spanish and Russian stories for the hundred-and-seventh held-out part (h107-*) of the
# newsflow extraction set. Fictional; written for newsflow. Markup and fields as in articles_h107_en.py.
ARTICLES = [
dict(id="h107-tr-001", lang="tr", tpl="site123", site="Söğütlüpınar Köyü Yaşatma Derneği", kind="small",
     section="Köyümüzden", date="2026-05-11", byline="Dernek Yönetimi",
     title="Söğütlüpınar'da çocuk güvenliği haftası: evler tek tek gezildi",
     sub="Sağlık ocağı ve dernek gönüllüleri bir hafta boyunca küçük çocuklu aileleri ziyaret etti.",
     caption="Gönüllüler köy meydanında.", credit="Fotoğraf: Derneğimiz",
     carry=["stairgates"],
     look=[("bold", "Hiçbir aile bizi geri çevirmedi.")],
     body="""
Geçen hafta köyümüzde ilk kez bir çocuk güvenliği haftası düzenlendi. Kayalıdere Aile Sağlığı Merkezi'nden hemşire Nurcan Demirtaş ile derneğimizin altı gönüllüsü, beş yaşından küçük çocuğu olan 23 evi tek tek gezdi.

Fikir, geçen kış Armutçuk yolundaki bir evde yaşanan kazadan sonra çıktı. İki yaşındaki bir çocuk merdivenden düşmüş, neyse ki birkaç dikişle kurtulmuştu.

Ziyaretlerde merdivenlere, sobalara, ilaç dolaplarına ve pencerelere bakıldı. Hemşire Demirtaş, köy evlerinde en büyük tehlikenin korkuluksuz merdivenler ve yerde duran sobalar olduğunu söyledi.

Hiçbir aile bizi geri çevirmedi.

Bazı evlerde dolap kilidi ve priz kapağı hemen takıldı. Merdiveni olan evler içinse gönüllülerimiz ölçü aldı; kapılar gelecek hafta takılacak.

Muhtarımız Cemil Aksoy da köy konağında bir akşam toplantısı yaptı. Annelerin ve babaların en çok sorduğu şey, çocuk bir şey yuttuğunda ne yapılacağıydı. Hemşire Demirtaş bunu bebek oyuncağıyla tek tek gösterdi.

Dernek olarak önümüzdeki yıl bu haftayı yeniden düzenlemeyi düşünüyoruz. Ziyaret edilmek isteyen aileler muhtarlığa adlarını yazdırabilir; liste her cuma akşamı dernek lokalinde de tutuluyor.
"""),

dict(id="h107-tr-002", lang="tr", tpl="jannah", site="Kayalıdere Haber",
     section="Kayalıdere eğitim", date="2026-09-14", byline="Sevda Karaman",
     title="Kayalıdere'nin ilk belediye kreşi kapılarını açtı",
     sub="Seksen çocukluk kreşe ilk haftada 140 başvuru geldi.",
     caption="Kreşin oyun odasında ilk gün.", credit="Fotoğraf: Sevda Karaman",
     tags=["Kayalıdere kreşi", "erken çocukluk"],
     carry=["bookpacks"],
     look=[("box", "Başvurular nasıl değerlendirilecek")],
     body="""
Kayalıdere Belediyesi'nin ilçedeki ilk kreşi pazartesi günü Söğütlüpınar Caddesi'nde hizmete girdi. Üç ile beş yaş arasındaki 80 çocuğa hizmet verecek kreşe daha ilk haftada 140 başvuru yapıldı.

Eski sağlık ocağı binasının onarılmasıyla açılan kreşte dört sınıf, bir oyun odası, bir yemekhane ve bahçede küçük bir sebze tarhı bulunuyor. Çocuklara günde üç öğün yemek verilecek.

Belediye Başkanı Orhan Yazıcıoğlu, açılışta yaptığı konuşmada ilçede son iki yılda doğumların arttığını, çalışan annelerin en büyük sıkıntısının çocuk bakımı olduğunu söyledi.

"Annelerimiz bize her toplantıda aynı şeyi sordu: çocuğu nereye bırakacağız?" dedi.

## Başvurular nasıl değerlendirilecek

Kontenjan aşıldığı için başvurular puanla değerlendirilecek. Çalışan anneler, tek ebeveynli aileler ve kardeşi kreşte olan çocuklar öncelikli olacak. Sonuçlar ekim ayının ilk haftasında açıklanacak.

Aylık ücret, ailenin gelirine göre 750 ile 2.500 lira arasında değişiyor. Gelir belgesi olmayan ailelerin çocukları ücretsiz kabul edilecek.

Kreş müdürü Elif Taşdelen, yer bulamayan aileler için cumartesi sabahları ücretsiz oyun grupları da açacaklarını söyledi.

Başvurular 30 eylüle kadar belediyenin zemin katındaki Sosyal Hizmetler masasından yapılabiliyor.
"""),

dict(id="h107-tr-003", lang="tr", tpl="wordpress", site="Kayalıdere Postası",
     section="İnsan hikâyeleri", date="2026-11-03", byline="Burak Öztürkmen",
     title="Saatçi Nuri Usta: \"Elli yılda bir tek saate kıyamadım\"",
     sub="Çarşının son saatçisi dükkânını kapatıyor.",
     caption="Nuri Gökalp tezgâhının başında.", credit="Fotoğraf: Burak Öztürkmen",
     look=[("factbox", "Dükkân, rakamlarla")],
     body="""
Kayalıdere çarşısındaki küçük saatçi dükkânı bu ayın sonunda kepenk indiriyor. 1974'ten beri tezgâhın başında oturan Nuri Gökalp ile son haftasında konuştuk.

**Saatçi çıraklığına kaç yaşında girdiniz?**

On iki yaşında çırak olarak girdim. Ustam Ermeni Hagop Efendi'ydi, bana önce sabretmeyi öğretti. İlk bir yıl sadece vida saydım.

**Tezgâhınıza gelen en zorlu saat hangisiydi?**

Bir köylümüz dedesinden kalma cep saatini getirdi. Yüz yıllık, içinde paslanmamış tek parça yoktu. Üç ay uğraştım. Çalıştığı gün adam ağladı, ben de ağladım.

**Neden şimdi kapatıyorsunuz?**

Gözlerim eskisi gibi değil. Bir de artık kimse saat tamir ettirmiyor, telefon var. Ayda beş altı pil değiştiriyorum, o kadar.

**Dükkândaki saatler ne olacak?**

Satmadım, satmayacağım da. Bir kısmını torunlarıma, bir kısmını belediyenin kent müzesine vereceğim.

## Dükkân, rakamlarla

- 52 yıl aynı adreste
- yaklaşık 30 bin tamir
- duvarda 41 çalışan saat
- tek bir çırak, o da şimdi İstanbul'da

Nuri Usta, veda için 28 Kasım cumartesi günü öğleden sonra dükkânda çay ve lokum ikram edeceğini, isteyen herkesin gelebileceğini söyledi.
"""),

dict(id="h107-de-001", lang="de", tpl="mailchimp", site="Unterholmer Dorfbrief", kind="newsletter",
     section="Dorfleben", date="2026-02-05", byline="Sabine Wörlein",
     mc=dict(subject="Dorfbrief Februar: So viele Babys wie seit 30 Jahren nicht", preheader="Neun Geburten in Unterholm, ein volles Krabbelcafé und die Frage nach dem Kindergarten"),
     title="Neun Babys in einem Jahr: Unterholm wird jünger",
     sub="", caption="Das Krabbelcafé im Gemeindehaus.", credit="",
     carry=["bookpacks"],
     look=[("bold", "Das hat es seit 1995 nicht gegeben.")],
     body="""
Neun Kinder sind im vergangenen Jahr in Unterholm zur Welt gekommen, so viele wie seit drei Jahrzehnten nicht mehr. Das hat das Einwohnermeldeamt in Hagenried auf unsere Anfrage bestätigt.

Das hat es seit 1995 nicht gegeben.

In den Jahren davor waren es meist zwei oder drei Geburten, in manchen Jahren nur eine. Ortsvorsteher Klaus Hiemer erklärt den Zuwachs vor allem mit dem Neubaugebiet Am Kirschgarten, wo seit 2024 vierzehn Familien gebaut haben.

**Volles Krabbelcafé**

Das merkt man auch im Gemeindehaus. Das Krabbelcafé, das Jana Ostertag vor zwei Jahren mit drei Müttern gegründet hat, ist donnerstags inzwischen so voll, dass zusätzliche Spielmatten aus dem Turnverein geholt werden mussten.

„Am Anfang haben wir uns gefragt, ob überhaupt jemand kommt“, sagt sie. „Jetzt bringen die Väter in der Elternzeit auch noch die Großeltern mit.“

**Und der Kindergarten?**

Die Freude hat eine Kehrseite. Der Kindergarten in Unterholm hat 25 Plätze, und schon jetzt stehen acht Kinder auf der Warteliste. Die Gemeinde prüft, ob im Herbst eine zusätzliche Kleingruppe im alten Schulhaus eingerichtet werden kann.

Eltern, die ihr Kind für 2027 anmelden möchten, sollten das bis Ende März im Rathaus Hagenried tun.

Das Krabbelcafé trifft sich jeden Donnerstag von 9.30 bis 11 Uhr im Gemeindehaus, Kaffee und Kuchen gibt es gegen eine Spende.
"""),

dict(id="h107-de-002", lang="de", tpl="kirby", site="Hagenrieder Blatt",
     section="Geschäftsleben", date="2026-03-26", byline="Matthias Lindenmayr",
     title="Nach 112 Jahren: Metzgerei Bräunling schließt",
     sub="Der letzte Metzger in Hagenried findet keinen Nachfolger.",
     caption="Eberhard Bräunling hinter seiner Theke.", credit="Foto: Matthias Lindenmayr",
     tags=["Metzgerei Bräunling", "Hagenrieder Ortskern"],
     body="""
Am Samstag, 25. April, verkauft die Metzgerei Bräunling in der Hagenrieder Hauptstraße zum letzten Mal Leberkäse, Schinken und Maultaschen. Nach 112 Jahren und vier Generationen gibt Eberhard Bräunling den Betrieb auf.

„Ich bin 67, meine Knie sind 80“, sagt er und lacht. Ernster fügt er hinzu, dass er seit fünf Jahren einen Nachfolger suche. Zwei Interessenten hätten sich die Metzgerei angesehen, beide hätten abgewunken.

**Kein Nachwuchs im Handwerk**

Das Problem kennt die Fleischerinnung im Landkreis gut. Von einst 46 Metzgereien sind noch 19 übrig, Lehrlinge gibt es kaum. Die Auflagen für das eigene Schlachthaus seien für kleine Betriebe kaum noch zu stemmen, sagt Obermeister Rolf Kienzle.

**Die Kundschaft ist traurig**

Vor der Theke bildet sich an diesem Vormittag eine Schlange. Viele Kundinnen kaufen seit Jahrzehnten hier ein. Eine ältere Frau bestellt zwei Paar Saitenwürste und sagt nur: „Wo soll ich denn jetzt hin?“

Der Gemeinderat will verhindern, dass im Ortskern ein weiterer Laden leer steht. Bürgermeisterin Dagmar Rothfuß kündigte an, mit dem Hofladen aus Kranzbach über einen Verkaufsstand am Marktplatz zu sprechen.

**Was aus dem Haus wird**

Das Gebäude bleibt in Familienbesitz. Im Erdgeschoss könnte ein Café entstehen, sagt Bräunling, aber entschieden sei noch nichts.

Bis zum 25. April ist die Metzgerei dienstags bis freitags von 7 bis 18 Uhr und samstags von 7 bis 12 Uhr geöffnet.
"""),

dict(id="h107-de-003", lang="de", tpl="substackpub", site="Notizen aus dem Ulmbachtal", kind="small", notes=[],
     section="Unterwegs", date="2026-06-17", byline="Friederike Almendinger",
     title="Mit dem Rufbus nach Kranzbach: ein Selbstversuch",
     sub="Seit April fährt im Ulmbachtal ein Bus, den man per Telefon bestellt. Ich habe ihn eine Woche lang genutzt.",
     caption="Der Rufbus an der Haltestelle Kranzbach Mühle.", credit="Foto: Friederike Almendinger",
     look=[("italic", "„Sie sind heute mein einziger Fahrgast")],
     body="""
Wer im Ulmbachtal kein Auto hat, hatte bisher ein Problem. Der Linienbus nach Hagenried fuhr dreimal am Tag, am Wochenende gar nicht. Seit April gibt es einen Rufbus, und ich wollte wissen, ob er taugt.

Das Prinzip ist einfach: Man ruft spätestens eine Stunde vorher an oder bucht in einer App, nennt Haltestelle und Uhrzeit, und ein Kleinbus mit acht Plätzen holt einen ab. Es gilt der normale Tarif.

Meine Woche sah so aus:

- Montag: zum Arzt nach Hagenried, pünktlich auf die Minute
- Dienstag: zum Bahnhof, zehn Minuten Verspätung, Zug trotzdem erreicht
- Mittwoch: Einkauf in Kranzbach, ich war allein im Bus
- Donnerstag: kein Bus frei um 17 Uhr, ich bin um 18 Uhr gefahren
- Freitag: zum Chor und zurück, auch abends kein Problem

„Sie sind heute mein einziger Fahrgast“, sagte der Fahrer am Mittwoch. Er heißt Yusuf Kaplan, war früher Lkw-Fahrer und sagt, er habe noch nie so viele Gespräche geführt wie in diesem Job.

Mein Fazit: Der Rufbus ist kein Ersatz für einen Takt, aber er ist viel besser als nichts. Wer Termine planen kann, kommt gut zurecht. Schwierig wird es am späten Nachmittag, wenn Schüler und Berufstätige gleichzeitig buchen.

Der Landkreis will im Herbst auswerten, wie oft der Bus genutzt wird. Bis dahin kann ich nur raten: ausprobieren. Die Buchungsnummer steht an jeder Haltestelle.
"""),

dict(id="h107-fr-001", lang="fr", tpl="amp", site="L'Écho de la Sorbe",
     section="Santé", date="2026-10-13", byline="Margaux Pellissier",
     title="Montcalvet perd son unique opticien",
     sub="Le magasin de la Grand-Rue ferme à la fin du mois, faute de repreneur.",
     caption="La vitrine de l'Optique Delbosc, Grand-Rue.", credit="Photo : Margaux Pellissier",
     carry=["readingglasses"],
     body="""
Après 38 ans derrière son comptoir, Alain Delbosc baissera le rideau de l'Optique Delbosc, Grand-Rue, le 31 octobre. Montcalvet-sur-Sorbe n'aura alors plus aucun opticien.

L'opticien, 66 ans, cherchait un successeur depuis trois ans. « J'ai eu deux visites, aucune offre », résume-t-il. Les jeunes diplômés préfèrent les enseignes des zones commerciales, où le travail est plus régulier.

Pour les habitants, surtout les plus âgés, la nouvelle tombe mal. Le magasin le plus proche se trouve désormais à Saint-Lizier, à 27 kilomètres, et le car n'y va que deux fois par jour.

« Je venais faire resserrer mes lunettes tous les trois mois », raconte Odette Fabre, 84 ans, habitante des Aubiers. « Maintenant il faudra demander à ma fille de m'emmener. »

Alain Delbosc s'engage à rendre toutes les commandes en cours avant la fermeture et à transmettre les fiches de ses clients à un confrère de Saint-Lizier, avec leur accord.

La mairie dit réfléchir à une permanence mensuelle d'un opticien itinérant dans la salle des associations. Le maire, Jean-Pierre Rouanet, espère une décision avant la fin de l'année.

Le magasin reste ouvert jusqu'au 31 octobre, du mardi au samedi, de 9 h à 12 h et de 14 h 30 à 18 h 30.
"""),

dict(id="h107-fr-002", lang="fr", tpl="table", site="Le Petit Montcalvétois",
     section="Portrait", date="2026-12-01", byline="Thibault Gasc",
     title="« Trente ans de tournée, et pas une lettre perdue »",
     sub="La factrice des Aubiers et de Pradelles-Basses prend sa retraite.",
     caption="Sylvie Cambon et son vélo jaune.", credit="Photo : Thibault Gasc",
     look=[("br", "Un chien, une seule fois.")],
     body="""
Depuis 1996, Sylvie Cambon distribue le courrier aux Aubiers et à Pradelles-Basses. Le 19 décembre, elle fera sa dernière tournée. Nous l'avons suivie un matin.

**Comment êtes-vous devenue factrice ?**

Par hasard. Je faisais des remplacements l'été pour payer mes études. On m'a proposé un poste, j'ai dit oui pour un an. Ça en fait trente.

**Votre tournée a beaucoup changé ?**

Énormément. Avant, j'avais surtout des lettres. Aujourd'hui ce sont des colis, et beaucoup de passages chez les personnes âgées pour voir si tout va bien.

**Des frayeurs ?**

Un chien, une seule fois.

Il m'a attrapé le mollet à Pradelles. Le lendemain, sa maîtresse m'attendait avec une tarte aux pommes. On est devenues amies.

**Qu'allez-vous regretter ?**

Les cafés. On me propose un café dans presque chaque maison. Si je les acceptais tous, je ne finirais jamais la tournée.

**Et une fois la sacoche rendue ?**

Je vais enfin m'occuper de mon jardin, et remonter la Sorbe à pied, de la source jusqu'ici. Je la vois tous les jours depuis trente ans sans jamais l'avoir suivie.

Un pot de départ est organisé le samedi 20 décembre à 11 h à la salle des fêtes des Aubiers, ouvert à tous.
"""),

dict(id="h107-fr-003", lang="fr", tpl="storybody", site="La Dépêche des Aubiers",
     section="Culture", date="2026-01-20", byline="Clémence Bouyssou",
     title="Le cinéma de Montcalvet rallume son projecteur",
     sub="Fermé depuis 2022, le Lux rouvre grâce à une association de bénévoles.",
     caption="La salle du Lux, rénovée.", credit="Photo : Clémence Bouyssou",
     body="""
Quatre ans après sa fermeture, le Lux, seul cinéma de Montcalvet-sur-Sorbe, a rouvert ses portes samedi soir devant une salle comble de 180 spectateurs.

Le cinéma avait fermé en 2022 après le départ à la retraite de son exploitant. L'association Lux en Sorbe, créée par une vingtaine d'habitants, a racheté le fonds de commerce et mené les travaux avec l'aide de la commune.

## Des fauteuils venus de Toulouse

La salle a été entièrement refaite. Les fauteuils, récupérés dans un multiplexe toulousain qui se modernisait, ont été installés par les bénévoles eux-mêmes un week-end de décembre. Le projecteur numérique, le poste le plus coûteux, a été financé par la région et une cagnotte en ligne.

« On a eu 412 donateurs, dont certains qui avaient vu leur premier film ici dans les années 1960 », se félicite la présidente, Nathalie Ourliac.

## Une programmation pour tous

Le Lux proposera quatre séances par semaine, avec des films récents, un ciné-club le jeudi et une séance pour les enfants le mercredi après-midi. Les bénévoles assurent l'accueil, la caisse et la projection, après une formation.

Le prix de la place est fixé à 6 euros, 4 euros pour les moins de 16 ans.

Le programme de la semaine est affiché à la mairie et à la boulangerie de la Grand-Rue, et les séances ont lieu les mercredi, jeudi, samedi et dimanche.
"""),

dict(id="h107-es-001", lang="es", tpl="astro", site="Navalrobre Abierto",
     section="Mayores", date="2026-10-02", byline="Lucía Montesinos",
     title="Navalrobre celebra su primera Semana de los Mayores",
     sub="Bailes, revisiones de la vista y una comida popular para 300 vecinos.",
     caption="El baile de la Semana de los Mayores en la plaza.", credit="Foto: Lucía Montesinos",
     tags=["Semana de los Mayores", "Navalrobre de la Sierra"],
     carry=["readingglasses"], run_in=["readingglasses"],
     look=[("italic", "«Aquí nadie se queda en casa")],
     body="""
Navalrobre de la Sierra ha celebrado esta semana la primera Semana de los Mayores de su historia, con actividades cada día para los más de 600 vecinos de más de 65 años del municipio y de la pedanía de El Hornillo.

La programación incluyó un taller de memoria, una excursión al embalse, clases de baile en la plaza y una charla sobre cómo evitar estafas por teléfono, que llenó el salón del hogar del jubilado.

«Aquí nadie se queda en casa si se le anima un poco», decía Amparo Gallego, de 79 años, mientras esperaba turno para el chocolate con churros.

El centro de salud aprovechó la semana para instalar un puesto en el mercado del martes, donde una enfermera tomó la tensión y revisó la vista a 140 personas. A una docena se les recomendó acudir al oftalmólogo.

La concejala de Servicios Sociales, Rosario Benítez, explicó que la idea surgió del propio consejo de mayores. «Nos pidieron cosas muy concretas: compañía, moverse y que alguien les explicara el móvil», dijo.

El domingo, una comida popular en el polideportivo reunió a cerca de 300 personas. La orquesta tocó hasta las seis de la tarde.

El Ayuntamiento quiere repetir la semana cada año a principios de octubre, y el hogar del jubilado ya recoge propuestas para la próxima edición.
"""),

dict(id="h107-es-002", lang="es", tpl="wpbakery", site="Navalrobre al Día",
     section="Familias", date="2026-06-22", byline="Javier Carrasco",
     title="Una semana para aprender a evitar los accidentes de los más pequeños",
     sub="El centro de salud y la escuela infantil organizan talleres para familias.",
     caption="Un taller de primeros auxilios en la escuela infantil.", credit="Foto: Javier Carrasco",
     body_caption="Una enfermera enseña la maniobra de desobstrucción.",
     carry=["stairgates"],
     look=[("callout", "Las caídas son la primera causa")],
     body="""
La escuela infantil Los Madroños y el centro de salud de Navalrobre de la Sierra celebran hasta el viernes la Semana de la Seguridad Infantil, con talleres gratuitos para madres, padres y abuelos de niños de hasta seis años.

Las caídas son la primera causa de visita a urgencias de los niños pequeños en la comarca, según la pediatra Inés Villalobos, seguidas de las quemaduras y las intoxicaciones con productos de limpieza.

## Los talleres

Cada tarde, de 17.30 a 19.00, se trata un tema distinto:

- lunes: caídas en casa, escaleras y ventanas
- martes: cocina, baño y quemaduras
- miércoles: medicamentos y productos de limpieza
- jueves: primeros auxilios y atragantamientos
- viernes: sillas de coche y seguridad vial

El taller de primeros auxilios es el más solicitado. Las 30 plazas se cubrieron en dos días y la enfermera Marta Escudero ha aceptado repetirlo el sábado por la mañana.

«Muchos padres nos dicen que nunca habían practicado con un muñeco», explica. «En un atragantamiento no hay tiempo para buscar un vídeo.»

## Abuelos, bienvenidos

La directora de Los Madroños, Pilar Rubio, anima especialmente a los abuelos, que en muchas familias del pueblo cuidan a los niños por las tardes.

Los talleres se celebran en el comedor de la escuela infantil, en la calle Fragua, 3, y no hace falta inscripción salvo para el de primeros auxilios.
"""),

dict(id="h107-es-003", lang="es", tpl="legacy-br", site="Noticias de El Hornillo", low=0,
     section="Pedanías", date="2026-04-28", byline="Redacción",
     title="El Hornillo recupera su fuente de los tres caños",
     sub="La fuente, seca desde 2017, vuelve a manar tras limpiar el viejo manantial.",
     caption="La fuente de los tres caños, en la plaza de El Hornillo.", credit="Foto: Redacción",
     body="""
La fuente de los tres caños de El Hornillo vuelve a echar agua. Los vecinos de la pedanía de Navalrobre se reunieron el domingo en la plaza para verla correr por primera vez en casi nueve años.

La fuente se secó en el verano de 2017. Durante años se pensó que el manantial se había agotado, pero un estudio encargado por el Ayuntamiento descubrió que la tubería que lo une con la plaza estaba taponada por raíces y barro.

**Trabajo de vecinos**

Las obras costaron 18.000 euros, pagados por la Diputación. Pero buena parte del trabajo lo hicieron los propios vecinos, que despejaron a mano el camino hasta el manantial y limpiaron el pilón.

«Mi abuela venía aquí con los cántaros», contaba Fermín Arribas, de 72 años. «Yo venía a beber después de jugar a la pelota. Es como si volviera algo de entonces.»

**Agua no potable**

El Ayuntamiento ha colocado un cartel que recuerda que el agua no está tratada y no es apta para beber, aunque los análisis han salido buenos. Sí puede usarse para regar.

La alcaldesa pedánea, Teresa Muñoz, anunció que el 15 de mayo, día de San Isidro, se bendecirá la fuente después de la misa de las doce.
"""),

dict(id="h107-ru-001", lang="ru", tpl="hexo", site="Записки с Ивельки", kind="small",
     section="Город", date="2026-09-29", byline="Дарья Кобзева",
     title="Новый дом для многодетных на Садовой: как там живётся",
     sub="В сентябре 24 семьи получили ключи от квартир в новом доме.",
     caption="Новый дом на Садовой улице.", credit="Фото: Дарья Кобзева",
     tags=["Кленовск", "дом на Садовой"],
     carry=["stairgates"],
     look=[("italic", "«Первую неделю мы просто ходили")],
     body="""
В начале сентября в Кленовске сдали дом на Садовой улице, построенный по программе для многодетных семей. Двадцать четыре семьи, в которых растут больше шестидесяти детей, получили ключи. Я живу в соседнем доме и решила зайти к новым соседям.

«Первую неделю мы просто ходили по квартире и не верили», говорит Алёна Шубина. У неё четверо детей, и до переезда семья жила в двух комнатах в общежитии.

Квартиры большие, от трёх до пяти комнат. Но есть и то, на что жалуются почти все:

- в двухуровневых квартирах крутые лестницы без перил со стороны комнаты
- окна открываются настежь, замков на ручках нет
- детская площадка во дворе до сих пор огорожена лентой

Управляющая компания обещает закончить площадку к октябрю. С лестницами сложнее: по словам застройщика, дом сдан по проекту, а ограждения жильцы должны ставить сами.

Отец пятерых детей Руслан Гаврилов уже поставил ворота на лестницу за свой счёт. «Младшему год и два месяца, он лезет везде», — объясняет он.

Соседи создали общий чат дома и договорились по субботам вместе разбираться с ремонтом. В ближайшую субботу, в 11 часов, все собираются во дворе обсудить площадку и лестницы.
"""),

dict(id="h107-ru-002", lang="ru", tpl="ghost", site="Кленовские ведомости",
     section="Общество", date="2026-10-05", byline="Игорь Веретенников",
     title="Неделя пожилых в Кленовске: от зарядки до компьютерных курсов",
     sub="Центр социального обслуживания подвёл итоги недели.",
     caption="Утренняя зарядка в сквере у Дома культуры.", credit="Фото: Игорь Веретенников",
     carry=["readingglasses"],
     body="""
В Кленовске завершилась Неделя пожилых людей, которую центр социального обслуживания проводит к Международному дню пожилых людей. За семь дней в ней приняли участие больше 500 горожан старше 60 лет.

Каждое утро в сквере у Дома культуры проходила зарядка. Её вела тренер спортивной школы Наталья Бородина, и к концу недели на неё приходили больше сорока человек.

**Курсы и консультации**

В библиотеке прошли курсы компьютерной грамотности: пожилых учили записываться к врачу через портал госуслуг и звонить родственникам по видеосвязи. Юрист центра консультировал по льготам и субсидиям на коммунальные услуги.

Больше всего желающих оказалось у окулиста городской поликлиники, который два дня принимал прямо в Доме культуры. «Многие не проверяли зрение по пять-шесть лет, — рассказала Валентина Серова, медсестра поликлиники. — Люди просто привыкли читать с лупой».

**Вечер в Доме культуры**

Завершилась неделя концертом хора ветеранов «Ивушка» и чаепитием. Директор центра Ольга Мартынова вручила благодарности волонтёрам из колледжа, которые всю неделю помогали пожилым добираться до площадок.

Центр социального обслуживания на улице Заводской, 8, принимает заявки на компьютерные курсы до конца октября.
"""),

dict(id="h107-ru-003", lang="ru", tpl="semantic", site="Новости Журавлёва", low=0, only=["correction"],
     correction="Уточнение: в первой версии заметки говорилось, что автобус будет отправляться от школы в 15:10. Правильное время — 15:40.",
     section="Образование", date="2026-09-08", byline="Редакция",
     title="Школьный автобус в Журавлёво пустят по новому маршруту",
     sub="Теперь он будет заезжать в Заречье и на хутор Липки.",
     caption="Школьный автобус у Журавлёвской школы.", credit="Фото: редакция",
     body="""
С 14 сентября школьный автобус Журавлёвской средней школы будет ходить по новому маршруту. Кроме Журавлёва и Сосновки, он начнёт заезжать в Заречье и на хутор Липки.

Решение приняли после обращения родителей. В Заречье живут девять школьников, в Липках — четверо, и до сих пор родителям приходилось возить их на машине или отправлять пешком по обочине трассы.

**Новое расписание**

Утром автобус будет выезжать из Липок в 7:20, а от школы после уроков отправляться в 15:40. Водитель Сергей Пахомов говорит, что новый маршрут длиннее на двенадцать километров и займёт около двадцати минут.

Директор школы Марина Лукина попросила родителей младших детей встречать их на остановках. Для Заречья администрация поселения обещает до ноября поставить остановочный павильон.

**Что ещё изменится**

В автобусе установили новые ремни безопасности, а сопровождать детей будет учитель из школы. Родители, у которых остались вопросы, могут позвонить в школу или прийти на родительское собрание в четверг в 18:00. Расписание висит на дверях школы и в магазине в Сосновке.
"""),
]
