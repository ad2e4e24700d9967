# Turkish, German, French, Spanish and Russian stories for the eighty-eighth held-out part (h88-*); fields as in
# articles_h88_en.py. Fictional; written for newsflow.
ARTICLES = [
dict(id="h88-tr-001", lang="tr", tpl="fusion", section="Gündem", date="2026-04-20", byline="Melike Aydoğan",
     title="Ilgınlı'da sahipsiz köpekler için 120 kapasiteli barınak açıldı",
     sub="Belediyenin eski mezbaha arazisine yaptırdığı barınakta bir veteriner hekim ve iki bakıcı görev yapacak.",
     caption="Ilgınlı Belediyesi hayvan barınağının köpek bölümü.", credit="Fotoğraf: Melike Aydoğan",
     carry=["microchipping"],
     look=[("factbox", "Barınak rakamlarla")],
     body="""
Ilgınlı Belediyesi'nin eski mezbaha arazisinde yaptırdığı hayvan barınağı dün düzenlenen törenle hizmete girdi. Barınakta bir veteriner hekim, iki bakıcı ve küçük bir muayene odası bulunuyor.

Belediye Başkanı Hasan Koçak, ilçede son iki yılda sahipsiz köpek sayısının belirgin biçimde arttığını, özellikle okul çevrelerinden çok sayıda şikâyet geldiğini söyledi.

"Amacımız köpekleri sokaktan toplayıp unutmak değil. Burada tedavi edilecek, aşılanacak, kısırlaştırılacak ve mümkün olan her köpek yeni bir yuvaya verilecek," dedi.

## Barınak rakamlarla

- Toplam maliyet: 14,6 milyon lira
- Kapasite: 120 köpek, 30 kedi
- Personel: 1 veteriner hekim, 2 bakıcı
- Günlük mama ihtiyacı: yaklaşık 90 kilogram

Barınağa ilk haftasında 37 köpek getirildi. Bunlardan 11'inin kulağında küpe ya da derisinin altında çip bulunduğu, yani daha önce bir belediye tarafından kayda alındığı belirlendi.

Hayvanseverler Derneği Başkanı Nurten Gülseven ise barınağın yerinden memnun değil. Gülseven, ilçe merkezine 6 kilometre uzaklıktaki arazinin gönüllüler için ulaşılması zor bir yer olduğunu söyledi.

"Gönüllüler olmadan hiçbir barınak ayakta kalmaz. Belediyeden haftada iki gün servis istiyoruz," dedi.

Belediye, talebi değerlendireceğini açıkladı.

Barınak her gün 10.00 ile 16.00 arasında ziyaretçilere açık. Köpek sahiplenmek isteyenlerin nüfus cüzdanlarıyla başvurması gerekiyor.
"""),

dict(id="h88-tr-002", lang="tr", tpl="table", section="Yaşam", date="2026-09-14", byline="Sevgi Karataş",
     title="Ilgınlı çarşısının son semercisi Hüseyin Usta kepenk indiriyor",
     sub="52 yıldır eşek ve katır semeri diken Hüseyin Yavuz, ekim sonunda emekli oluyor.",
     caption="Hüseyin Yavuz çarşıdaki dükkânında.", credit="Fotoğraf: Sevgi Karataş",
     body="""
Hüseyin Yavuz, Ilgınlı çarşısındaki küçük dükkânında 52 yıldır semer dikiyor. Ekim ayının sonunda kepenkleri son kez indirecek. Kendisiyle dükkânında, keçe ve saman kokuları arasında konuştuk.

**Semerciliğe nasıl başladınız?**

Babam semerciydi. On iki yaşında okuldan sonra dükkâna gelir, keçe keserdim. Başka bir iş yapmayı hiç düşünmedim.

**Bir semer kaç günde biter?**

İyi bir semer üç günde biter. Saman, keçe, deri, hepsini elle dikersiniz. Hayvanın sırtını ölçmeden semer yapılmaz, her hayvanın sırtı başkadır.

**Eskiden iş çok muydu?**

Çarşıda dört semerci vardı, hepimiz yetişemezdik. Her köyde onlarca eşek, katır vardı. Şimdi köylerde traktör var, eşek kalmadı.

**Şimdi kimler geliyor?**

Yaylaya çıkan birkaç çoban, bir de meraklı turistler. Geçen yaz bir Alman çift, salonlarının duvarına asmak için küçük bir semer yaptırdı. Ben de ilk defa bir semerin hayvana değil duvara gittiğini gördüm.

**Ya bundan sonra?**

Torunlarıma vakit ayıracağım. Aletlerimi de belediyenin açacağı kent müzesine bağışlayacağım, orada dursunlar.

Hüseyin Usta'nın dükkânı ekim sonuna kadar hafta içi her gün 08.00 ile 18.00 arasında açık.
"""),

dict(id="h88-tr-003", lang="tr", tpl="regional", section="Kültür-Sanat", date="2026-05-22", byline="Orhan Yazıcı",
     title="Dizi ekibi Kızılkavak'ta: köy meydanı üç gün trafiğe kapalı",
     sub="Bir televizyon dizisinin çekimleri için köy kahvesi 1980'lerin görüntüsüne büründü.",
     caption="Çekimler için eski tabelası asılan Kızılkavak köy kahvesi.", credit="Fotoğraf: Orhan Yazıcı",
     carry=["filmingnotices"], run_in=["filmingnotices"],
     body="""
Ilgınlı'ya bağlı Kızılkavak köyü bu hafta bir televizyon dizisinin çekimlerine ev sahipliği yapıyor. Yaklaşık 80 kişilik ekip pazartesi sabahından bu yana köy meydanında çalışıyor.

Yeni sezonda yayınlanacak "Harman Sonu" adlı dizi, 1980'lerde köyden büyük şehre göç eden bir ailenin hikâyesini anlatıyor.

## Kahve eski haline döndü

Yapım şirketi meydandaki köy kahvesinin tabelasını söktü, yerine elle boyanmış eski bir tabela astı. Kahvenin önüne iki eski traktör ve bir at arabası getirildi.

Kahvenin sahibi Ramazan Erdem, çekim süresince işletmesini kapattığını, ancak yapım şirketinin kaybını karşıladığını söyledi.

"Kırk yıldır bu kahveyi işletiyorum, ilk defa birisi bana kapalı kalayım diye para ödedi," dedi.

## Köylüler figüran oldu

Ekip köyden 25 kişiyi figüran olarak çalıştırıyor. Muhtar Selim Aksoy, köyün yaşlılarının kalabalık sahnelerde yer aldığını, gençlerin ise ekibe yemek ve çay taşıdığını anlattı.

Yapımcı Deniz Ural, köyün seçilmesinin sebebinin meydandaki çınar ağacı ve taş çeşme olduğunu söyledi. "Türkiye'yi dolaştık, bu kadar az değişmiş bir meydan bulamadık," dedi.

Meydana çıkan yol, çekim günlerinde 08.00 ile 19.00 arasında trafiğe kapalı tutulacak. Araçlar köyün alt yolundan dolaştırılıyor.

Çekimlerin cuma akşamı tamamlanması, dizinin ise sonbaharda ekrana gelmesi bekleniyor.
"""),

dict(id="h88-de-001", lang="de", tpl="yootheme", site="Ebersbrunner Stadtbote",
     section="Stadt", date="2026-06-27", byline="Annika Brüggemann",
     title="Straßenmusik in der Altstadt: Ebersbrunn lost die Plätze künftig aus",
     sub="Weil sich Musiker um den Platz am Marktbrunnen gestritten haben, vergibt das Ordnungsamt die Standorte ab Juli jede Woche neu.",
     caption="Eine Harfenistin spielt am Marktbrunnen.", credit="Foto: Annika Brüggemann",
     carry=["buskingpermits"],
     look=[("dropcap", "Wer in der Ebersbrunner Altstadt"), ("bold", "\u201eEs war kein Konzert mehr, es war ein Wettbewerb.\u201c"),
           ("italic", "\u201eWir wollen Straßenmusik in der Stadt haben"), ("br", "\u201eHauptsache, es gibt keine Ellenbogen mehr.\u201c")],
     body="""
Wer in der Ebersbrunner Altstadt Straßenmusik machen will, braucht ab dem 1. Juli nicht nur eine Genehmigung, sondern auch ein wenig Glück. Das Ordnungsamt verlost die fünf erlaubten Standorte künftig jeden Montag für die ganze Woche.

Anlass ist ein Streit, der sich seit dem vergangenen Sommer am Marktbrunnen hinzieht. Dort, wo die meisten Menschen vorbeikommen, standen an manchen Samstagen drei Musiker gleichzeitig, teils keine zehn Meter voneinander entfernt.

## Ein Akkordeon gegen zwei Gitarren

Im Mai rief eine Anwohnerin die Polizei, weil ein Akkordeonspieler und ein Gitarrenduo sich gegenseitig zu übertönen versuchten.

\u201eEs war kein Konzert mehr, es war ein Wettbewerb.\u201c

So beschreibt es Bäckermeister Jürgen Hollweg, dessen Laden direkt am Brunnen liegt.

Ordnungsamtsleiterin Sabine Dreyer sagt, die Stadt habe verschiedene Modelle geprüft. Eine feste Reihenfolge hätte nur Musiker bevorzugt, die jede Woche kommen. Beim Los hätten auch Durchreisende eine Chance.

\u201eWir wollen Straßenmusik in der Stadt haben, nur nicht alle an derselben Ecke.\u201c

## Was sonst gilt

Gespielt werden darf werktags von 10 bis 13 und von 15 bis 19 Uhr, samstags bis 18 Uhr. Nach 30 Minuten muss der Standort gewechselt werden. Verstärker bleiben verboten.

Die Musikerin Lea Kowalczyk, die seit drei Jahren mit ihrer Harfe in Ebersbrunn spielt, findet die neue Regel vernünftig.

\u201eHauptsache, es gibt keine Ellenbogen mehr.\u201c

Die Verlosung findet jeden Montag um 9 Uhr im Bürgerbüro am Marktplatz statt. Wer teilnehmen will, muss persönlich erscheinen.
"""),

dict(id="h88-de-002", lang="de", tpl="amp", section="Region", date="2026-08-08", byline="Florian Weidemann",
     title="Seit 90 Jahren über die Gernach: Die Dornauer Fähre bekommt einen neuen Fährmann",
     sub="Nach 28 Jahren übergibt Klaus Berthold das Ruder an einen Schreiner aus dem Dorf.",
     caption="Die Seilfähre zwischen Dornau und Wiesenhagen.", credit="Foto: Florian Weidemann",
     low=0,
     body="""
Die kleine Seilfähre zwischen Dornau und Wiesenhagen fährt weiter. Nachdem der langjährige Fährmann Klaus Berthold im Frühjahr seinen Abschied angekündigt hatte, fürchteten viele im Tal das Ende der letzten Fähre über die Gernach. Jetzt ist ein Nachfolger gefunden.

Der 34-jährige Schreiner Timo Lenhart aus Dornau übernimmt ab September. Er ist in den vergangenen Wochen jeden Nachmittag mitgefahren, um das Übersetzen zu lernen.

## Ohne Motor, nur mit der Strömung

Die Fähre hat keinen Motor. Sie hängt an einem Stahlseil, das quer über den Fluss gespannt ist, und wird allein von der Strömung ans andere Ufer geschoben. Der Fährmann stellt dafür das Ruder schräg.

\u201eDas klingt einfach. Bei Hochwasser ist es das nicht\u201c, sagt Berthold.

Die Fähre nimmt bis zu zwölf Fußgänger und Radfahrer mit, Autos nicht. Die Überfahrt dauert knapp drei Minuten und kostet einen Euro, Kinder fahren umsonst.

## Radfahrer halten die Fähre am Leben

Betrieben wird die Fähre seit 1936 von der Gemeinde Dornau. Früher brachte sie Arbeiter zur Ziegelei auf der anderen Seite, heute sind es vor allem Radfahrer auf dem Gernach-Radweg. Im vergangenen Jahr zählte die Gemeinde rund 19.000 Fahrgäste.

Lenhart will seinen Beruf nicht ganz aufgeben. Im Winter, wenn die Fähre ruht, steht er wieder in der Werkstatt.

Die Fähre fährt von April bis Oktober täglich von 9 bis 19 Uhr. Bei Hochwasser ruht der Betrieb.
"""),

dict(id="h88-de-003", lang="de", tpl="legacy-br", section="Kirchwend", date="2026-05-04", byline="Heike Ostrowski",
     title="Förderverein rettet die Saison: Kirchwender Freibad öffnet am 16. Mai",
     sub="Ehrenamtliche übernehmen Kasse, Kiosk und Rasenpflege, damit die Gemeinde das Bad nicht schließen muss.",
     caption="Das Kirchwender Freibad kurz vor Saisonbeginn.", credit="Foto: Heike Ostrowski",
     body="""
Das Freibad in Kirchwend öffnet in diesem Jahr doch. Der Förderverein hat zugesagt, einen Teil der Arbeit zu übernehmen, die bisher die Gemeinde bezahlt hat. Der Gemeinderat stimmte dem Vertrag am Donnerstagabend einstimmig zu.

Im Winter hatte Bürgermeister Ralf Stoltz noch gewarnt, die Gemeinde könne sich das 1962 gebaute Bad nicht länger leisten. Das jährliche Defizit lag zuletzt bei rund 180.000 Euro.

Die Ehrenamtlichen übernehmen ab dieser Saison:

- die Kasse an den Wochenenden und in den Ferien,
- den Kiosk mit Pommes, Eis und Kaffee,
- das Mähen der Liegewiese,
- die Reinigung der Umkleiden am Abend.

Die Badeaufsicht bleibt Aufgabe der Gemeinde, die dafür zwei Fachangestellte beschäftigt.

Vereinsvorsitzende Martina Scholl sagt, mehr als 70 Menschen hätten sich gemeldet, vom Schüler bis zur Rentnerin.

\u201eViele haben hier schwimmen gelernt. Die wollen nicht, dass ihre Enkel das im Hallenbad in der Kreisstadt tun müssen\u201c, sagt sie.

Die Eintrittspreise bleiben gleich: 3,50 Euro für Erwachsene, 2 Euro für Kinder.

Wer mitmachen will, kann sich auf der Internetseite des Fördervereins für den Newsletter eintragen, über den die Dienstpläne verschickt werden.
"""),

dict(id="h88-fr-001", lang="fr", tpl="storybody", section="Culture", date="2026-07-20", byline="Clémence Aubertin",
     title="Arts de rue : Montaubrac accueille 42 compagnies et 30 000 spectateurs",
     sub="Le festival Pavés en fête a battu son record de fréquentation ce week-end.",
     caption="Un échassier devant la mairie de Montaubrac, samedi.", credit="Photo : Clémence Aubertin",
     carry=["buskingpermits"],
     body="""
Jongleurs, échassiers, fanfares et acrobates ont occupé les rues de Montaubrac de vendredi soir à dimanche, pour la quatorzième édition du festival Pavés en fête. Les organisateurs estiment à 30 000 le nombre de spectateurs, un record.

Quarante-deux compagnies étaient programmées cette année, dont six venues de Belgique, d'Espagne et d'Italie. Mais la ville avait aussi ouvert douze emplacements aux artistes de passage, sans programmation.

## Le « off » a pris de l'ampleur

Ces emplacements, tirés au sort chaque matin devant l'office de tourisme, ont attiré une soixantaine de musiciens et de comédiens. Certains avaient fait plusieurs centaines de kilomètres.

« C'est le seul festival de la région où on peut jouer sans être programmé. Le chapeau a été bon », raconte Mathis, guitariste venu de Clermont-Ferrand.

Le spectacle le plus suivi a été celui de la compagnie Les Funambules du Causse, dont la traversée sur un fil tendu entre l'église et la mairie a réuni plus de 3 000 personnes samedi soir.

Seul incident : une averse a interrompu pendant une heure les spectacles de dimanche après-midi.

Le maire, Gilles Ferrandon, a annoncé que le festival serait prolongé d'une journée l'an prochain.

L'édition 2027 aura lieu du 16 au 19 juillet. Les compagnies peuvent déposer leur candidature jusqu'au 31 janvier.
"""),

dict(id="h88-fr-002", lang="fr", tpl="cms", section="Société", date="2026-09-29", byline="Romain Vialatte",
     title="Abandons en hausse : « Le refuge de l'Aurène n'a plus une place de libre »",
     sub="Le refuge a recueilli 87 chiens cet été. Sa présidente, Nadine Couderc, lance un appel.",
     caption="Nadine Couderc au refuge de l'Aurène, à La Combelle.", credit="Photo : Romain Vialatte",
     carry=["microchipping"],
     body="""
Le refuge de l'Aurène, à La Combelle, a accueilli 87 chiens entre juin et août, contre 52 l'été dernier. Sa présidente, Nadine Couderc, bénévole depuis vingt ans, répond à nos questions.

**Pourquoi autant d'abandons cet été ?**

Beaucoup de gens ont pris un chien pendant les confinements. Cinq ou six ans plus tard, le chien a grandi, la famille a déménagé, les vacances coûtent cher… Et on nous le laisse.

**Comment arrivent-ils au refuge ?**

Certains propriétaires nous les amènent, ce qui est déjà bien. Mais la moitié ont été trouvés au bord de la route, souvent sans collier.

**Retrouvez-vous leurs propriétaires ?**

Quand le chien est identifié, oui, en général dans la journée. Le problème, c'est qu'un chien sur trois n'a ni puce ni tatouage, alors que c'est obligatoire.

**Et les chats ?**

C'est encore pire. Nous refusons des portées tous les jours.

**De quoi avez-vous besoin ?**

De familles d'accueil, de bénévoles pour les promenades et de croquettes. Nous ne manquons pas d'amour, nous manquons de place.

Le refuge est ouvert au public du mercredi au dimanche, de 14 heures à 17 h 30. Les adoptions se font sur rendez-vous.
"""),

dict(id="h88-fr-003", lang="fr", tpl="magazine", section="Patrimoine", date="2026-11-06", byline="Hélène Marcillac",
     title="Aux Fréchets, le dernier sabotier de l'Aurène transmet son geste",
     sub="À 83 ans, Marcel Bouyssou accueille chaque jeudi deux apprentis dans son atelier.",
     caption="Marcel Bouyssou dans son atelier des Fréchets.", credit="Photo : Hélène Marcillac",
     pull="Le bois vous dit où il veut aller.",
     look=[("dropcap", "Partager son savoir"), ("box", "Dans les années 1950, la vallée comptait encore")],
     body="""
Partager son savoir, c'est désormais tout ce qui intéresse Marcel Bouyssou. À 83 ans, le dernier sabotier de la vallée de l'Aurène ouvre chaque jeudi la porte de son atelier des Fréchets à deux apprentis.

L'atelier n'a presque pas changé depuis 1958, l'année où Marcel y est entré à quatorze ans. Les outils pendent au mur dans l'ordre où on s'en sert : la hache, le paroir, la cuillère, la rouanne.

Il faut une journée entière pour tirer une paire de sabots d'un bloc de noyer ou de bouleau.

« Le bois vous dit où il veut aller. Il faut juste l'écouter », dit le vieil homme en creusant l'intérieur d'un sabot.

Dans les années 1950, la vallée comptait encore onze sabotiers. Le dernier client régulier de Marcel, un éleveur de La Combelle, lui a acheté sa dernière paire en 2009.

Ses deux apprentis, Julie, menuisière de 29 ans, et Karim, ancien informaticien de 41 ans, ne comptent pas en vivre. Ils veulent que le geste ne se perde pas.

« Je viens apprendre quelque chose qu'on ne trouve dans aucun tutoriel », explique Karim.

Julie, elle, a déjà vendu trois paires à un musée de l'Aveyron.

Marcel sourit. « Elle est plus patiente que moi à son âge. »

L'atelier se visite le premier samedi du mois, de 10 heures à midi, sur réservation auprès de la mairie des Fréchets.
"""),

dict(id="h88-es-001", lang="es", tpl="quintype", section="Cultura", date="2026-10-05", byline="Lucía Barrientos",
     title="Sotorredondo vuelve a los años veinte para el rodaje de una serie de época",
     sub="La plaza Mayor estará cortada al tráfico durante seis días y la productora busca vecinos para hacer de figurantes.",
     caption="La plaza Mayor de Sotorredondo, preparada para el rodaje.", credit="Foto: Lucía Barrientos",
     carry=["filmingnotices"],
     look=[("highlight", "La plaza Mayor de Sotorredondo ha cambiado")],
     body="""
La plaza Mayor de Sotorredondo ha cambiado sus farolas por faroles de gas, ha cubierto el asfalto con tierra y ha colgado ropa tendida en los balcones. Desde este lunes, el pueblo es el escenario del rodaje de «La botica de la plaza», una serie ambientada en los años veinte.

La productora Faro Norte rodará durante seis días en la plaza, en la calle de la Iglesia y en el antiguo casino, que la serie convierte en una botica.

El alcalde, Rubén Sastre, asegura que el rodaje dejará en el municipio más de 90.000 euros entre alojamientos, comidas y alquileres.

«Los hostales están llenos por primera vez en octubre», dice.

No todos los vecinos están contentos. Los comerciantes de la plaza se quejan de que sus clientes no pueden aparcar cerca durante casi una semana.

«Nos han dicho que la serie nos traerá turistas. Ojalá. Esta semana, desde luego, no vendo nada», lamenta Encarna Pardo, dueña de la mercería.

La productora busca todavía unos cuarenta figurantes de entre 18 y 80 años, preferiblemente con el pelo largo o con barba.

Los interesados pueden presentarse el jueves por la mañana en el salón de plenos del ayuntamiento, de 10.00 a 13.00, con una foto reciente.
"""),

dict(id="h88-es-002", lang="es", tpl="ghost", section="Comarca", date="2026-03-23", byline="Ignacio Llorente",
     title="Ciento doce vecinos compran la única tienda de La Hinojosa de Arriba para que no cierre",
     sub="Cada socio ha aportado 200 euros. La cooperativa abre sus puertas el lunes.",
     caption="La tienda de La Hinojosa de Arriba, el día de la firma del traspaso.", credit="Foto: Ignacio Llorente",
     look=[("callout", "La cooperativa funciona con una persona")],
     body="""
La Hinojosa de Arriba, un pueblo de 340 habitantes a 14 kilómetros de Sotorredondo, no se ha quedado sin tienda. Ciento doce vecinos han creado una cooperativa para comprar el único comercio del pueblo, que su dueña iba a cerrar al jubilarse.

Cada socio ha aportado 200 euros, lo que ha permitido reunir 22.400 euros para pagar el traspaso, renovar las neveras y llenar las estanterías.

La cooperativa funciona con una persona contratada a media jornada y un turno de voluntarios por las tardes. Los socios no tienen descuentos: el beneficio, si lo hay, se dedicará a mejorar la tienda.

**Treinta y ocho años detrás del mostrador**

La antigua dueña, Pilar Montes, de 66 años, atendió el mostrador durante 38 años. Seguirá yendo, dice, pero al otro lado.

«Venía a comprar la misma gente todos los días. Si cerraba, a la señora Felisa le tocaba coger un autobús que pasa dos veces por semana para comprar el pan», cuenta.

**De la asamblea al mostrador**

La idea partió de la asociación de vecinos, que organizó dos asambleas en el antiguo colegio en enero. En la segunda ya había ochenta socios comprometidos.

La diputación ha concedido además una ayuda de 6.000 euros de su plan contra la despoblación.

La tienda abrirá de lunes a sábado, de 9.00 a 14.00 y de 17.30 a 20.00. Quien quiera hacerse socio puede apuntarse en el propio mostrador.
"""),

dict(id="h88-es-003", lang="es", tpl="chunks", section="Economía", date="2026-12-02", byline="Beatriz Cuadrado",
     title="El mercado de abastos de Sotorredondo cumple cien años con la mitad de los puestos vacíos",
     sub="El ayuntamiento prepara una rebaja de alquileres para atraer a nuevos comerciantes.",
     caption="Uno de los pasillos del mercado de abastos de Sotorredondo.", credit="Foto: Beatriz Cuadrado",
     body="""
El mercado de abastos de Sotorredondo celebra este mes su centenario, pero no está para muchas fiestas. De los 24 puestos que tiene el edificio, solo 12 siguen abiertos.

Inaugurado en diciembre de 1926, el mercado llegó a tener lista de espera en los años sesenta. Hoy quedan dos carnicerías, una pescadería, tres fruterías, un puesto de encurtidos, dos panaderías, una quesería, una charcutería y un bar.

## Alquileres a mitad de precio

Para llenar los puestos vacíos, el ayuntamiento propone:

- rebajar a la mitad el alquiler durante los dos primeros años,
- permitir puestos de comida para llevar,
- abrir los viernes por la tarde y los sábados hasta las 15.00,
- reformar los baños y la cubierta con fondos europeos.

La concejala de Comercio, Marta Gil, cree que el mercado tiene que atraer a gente joven. «No basta con lamentarse. Hay que dar motivos para venir», afirma.

## Los de toda la vida

Julián Prieto, pescadero de tercera generación, ve con buenos ojos los cambios, aunque duda de que basten.

«Mi abuelo vendía aquí sardinas en 1950. A mí lo que me preocupa es quién va a estar aquí dentro de veinte años», dice.

Los actos del centenario, con una exposición de fotografías antiguas y una degustación de productos del mercado, serán el sábado 12 de diciembre a partir de las 11.00.
"""),

dict(id="h88-ru-001", lang="ru", tpl="sanity", section="Спорт", date="2026-12-14", byline="Алёна Шубина",
     title="Лыжная база «Кедровка» открылась после ремонта: детям прокат бесплатно",
     sub="На ремонт базы ушло два года и 38 миллионов рублей.",
     caption="Лыжники на освещённой трассе базы «Кедровка».", credit="Фото: Алёна Шубина",
     look=[("dropcap", "В Кедровогорске после двухлетнего ремонта")],
     body="""
В Кедровогорске после двухлетнего ремонта открылась лыжная база «Кедровка». В субботу на трассы вышли больше пятисот человек, многие впервые за несколько лет.

Старое здание базы, построенное в 1978 году, признали аварийным ещё в 2021-м. Лыжи тогда выдавали из вагончика, а переодеваться приходилось в автобусе.

## Что изменилось на базе

Теперь у базы новое двухэтажное здание с раздевалками, душевыми, пунктом проката и небольшим кафе. Трассы расширили, а самую длинную, на пять километров, осветили на всём протяжении.

По словам директора спортивной школы Игоря Малахова, вечерняя трасса нужна прежде всего тем, кто работает днём.

«Люди приходят после смены. Раньше кататься в темноте было просто опасно», — говорит он.

Для детей до 14 лет прокат лыж бесплатный, взрослым он обойдётся в 200 рублей за два часа. Пенсионерам по будням скидка в половину цены.

## Очередь за ботинками

В первый день без накладок не обошлось: к пункту проката выстроилась очередь почти на час, а ботинок 38-го и 39-го размеров не хватило.

Администрация базы пообещала докупить обувь до Нового года.

База работает со вторника по воскресенье с 10:00 до 21:00, в понедельник выходной.
"""),

dict(id="h88-ru-002", lang="ru", tpl="wordpress", section="Общество", date="2026-10-21", byline="Виталий Сорокин",
     title="В приюте «Лапа помощи» под Кедровогорском живут 240 собак, волонтёры просят о помощи",
     sub="Приют, который держится на пожертвованиях, не успевает строить новые вольеры.",
     caption="Вольеры приюта «Лапа помощи» в посёлке Верхние Кедры.", credit="Фото: Виталий Сорокин",
     carry=["microchipping"],
     look=[("dropcap", "Приют для бездомных собак")],
     body="""
Приют для бездомных собак «Лапа помощи» в посёлке Верхние Кедры переполнен. Сейчас в нём живут 240 собак, хотя вольеры рассчитаны на 180.

Приют открыла в 2014 году бывшая учительница Галина Воронкова. Сначала это были несколько будок во дворе её дома, теперь это огороженный участок в полгектара.

**Собак привозят каждую неделю**

По словам Галины Петровны, каждую неделю в приют попадают от трёх до семи собак. Чаще всего их находят у трассы или привозят из садовых товариществ после окончания дачного сезона.

«Осенью дачники уезжают в город, а собаку оставляют сторожить участок. Сторожить уже нечего, а собака ждёт», — говорит она.

Только у каждой десятой найденной собаки есть ошейник с адресом или чип, по которому можно найти хозяина.

**Что нужно приюту**

Приют живёт на пожертвования. В месяц уходит около полутора тонн корма и примерно 150 тысяч рублей на лечение и стерилизацию.

Волонтёры просят помочь кормом, старыми одеялами и досками для новых вольеров. Нужны и люди, готовые гулять с собаками по выходным.

Посмотреть фотографии собак, которые ищут дом, и поделиться ими с друзьями можно в группе приюта во «ВКонтакте».
"""),

dict(id="h88-ru-003", lang="ru", tpl="semantic", section="Город", date="2026-07-02", byline="Дарья Климова",
     title="Часы на башне старой управы снова идут — впервые с 1994 года",
     sub="Механизм восстановил инженер на пенсии, который чинит часы с детства.",
     caption="Башня старой городской управы Кедровогорска.", credit="Фото: Дарья Климова",
     low=0,
     look=[("italic", "«Половину шестерёнок пришлось вытачивать самому.")],
     body="""
Часы на башне старой городской управы в Кедровогорске снова показывают время. Они остановились в 1994 году, и за тридцать с лишним лет горожане привыкли, что на башне всегда без двадцати четыре.

Механизм восстановил 67-летний инженер на пенсии Юрий Ладейщиков, который чинит часы с детства. Работа заняла почти два года.

По его словам, больше всего времени ушло не на сам ремонт, а на поиск деталей.

«Половину шестерёнок пришлось вытачивать самому. Таких часов больше никто не делает».

Механизм 1911 года был изготовлен в Москве и, как выяснили в краеведческом музее, куплен городом на пожертвования купцов. Заводить его нужно раз в неделю вручную: гири поднимают на высоту шести метров.

Заводить часы Юрий Васильевич пока будет сам. Он надеется найти себе ученика.

В администрации города говорят, что к Дню города башню подсветят, а в следующем году отремонтируют и само здание, где сейчас размещается музыкальная школа.

Подняться к часовому механизму можно будет на экскурсиях краеведческого музея по субботам, группами до восьми человек, по предварительной записи.
"""),
]
