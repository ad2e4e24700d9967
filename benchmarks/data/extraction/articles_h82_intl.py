# Turkish, German, French, Spanish and Russian stories for the eighty-second held-out part (h82-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h82_en.py.
ARTICLES = [
dict(id="h82-tr-001", lang="tr", tpl="wordpress", section="Yerel", date="2026-05-27", byline="Serpil Karakaya",
     title="Çayova'nın eski hamamı kırk yıl sonra kapılarını yeniden açtı",
     sub="1890'larda yapılan hamam, belediyenin iki yıl süren onarımının ardından hem hamam hem de kültür evi olarak hizmet verecek.",
     caption="Onarılan hamamın kubbesi.", credit="Fotoğraf: Serpil Karakaya",
     look=[("dropcap", "Paylaşmak istediğimiz bir haber var")],
     body="""
Paylaşmak istediğimiz bir haber var: Çayova'nın çarşı hamamı, 1986'da kapandıktan tam kırk yıl sonra yeniden açıldı.

Belediye, 1890'larda yapıldığı tahmin edilen hamamı 2024 yılında kamulaştırmış ve iki yıl süren bir onarım başlatmıştı. Çöken soğukluk kubbesi yeniden örüldü, mermer kurnalar tek tek temizlendi.

**Kubbede 214 fil gözü**

Onarımı yöneten mimar Deniz Oral, en zor işin kubbedeki cam fil gözleri olduğunu söyledi.

"214 tanesini saydık. Yarısı kırıktı. Eskisine benzer camları bulmak için üç ayrı atölyeyle çalıştık," dedi.

Hamamın yıkanma bölümü salı ve perşembe günleri kadınlara, diğer günler erkeklere açık olacak. Giriş ücreti 80 lira, 65 yaş üstü için ücretsiz.

**Soğuklukta sergi**

Eski soğukluk bölümü ise bir kültür evine dönüştürüldü. İlk sergide Çayovalıların eski hamam tasları, peştamalları ve nalınları yer alıyor.

Eşyalarını sergiye bağışlayanlardan 79 yaşındaki Zehra Aksoy, annesinin çeyizinden kalan gümüş tası getirdi.

"Bu tasla her cuma hamama giderdik. Sabahtan akşama kadar kalırdık," dedi.

Sergi, hafta içi her gün 10.00 ile 17.00 arasında ücretsiz gezilebiliyor.
"""),

dict(id="h82-tr-002", lang="tr", tpl="drupal", section="Eğitim", date="2026-09-08", byline="Mert Yalçınkaya",
     title="Kapanan köy okulu Karasöğüt'ün kütüphanesi oldu",
     sub="Öğrenci sayısı azaldığı için 2019'da kapanan ilkokul binası, gönüllülerin emeğiyle köy kütüphanesine dönüştü.",
     caption="Eski sınıflardan biri artık okuma salonu.", credit="Fotoğraf: Mert Yalçınkaya",
     look=[("box", "Kütüphane her gün 14.00 ile 19.00 arasında açık")],
     body="""
Karasöğüt'te öğrenci sayısı dokuza düştüğü için 2019'da kapanan ilkokul binası, köyün ilk kütüphanesi olarak yeniden açıldı.

Binanın boş kalmasına üzülen bir grup köylü, iki yıl önce muhtarlıkla birlikte bir dernek kurdu. Dernek, il milli eğitim müdürlüğünden binanın kullanım iznini aldı.

Çatı, gönüllülerin bir yaz boyunca çalışmasıyla onarıldı. Duvarlar boyandı, eski sıralar zımparalanıp okuma masası yapıldı.

Kitapların çoğu bağışla geldi. İstanbul'da yaşayan Karasöğütlüler kolilerle kitap gönderdi, ilçedeki bir yayınevi de 600 çocuk kitabı bağışladı. Rafta şu anda yaklaşık 4.200 kitap var.

Derneğin başkanı, emekli öğretmen Nurettin Bozkurt, bu okulda hem öğrenci hem öğretmen olmuş.

"Birinci sınıfı bu odada okudum, otuz yıl sonra aynı odada ders verdim. Boş kalmasına gönlüm razı olmadı," dedi.

Kütüphanenin bir odası da çocuklara ayrıldı. Hafta sonları emekli öğretmenler burada ödev yardımı yapıyor.

Köyden 11 yaşındaki Elif, artık ödevlerini evde değil kütüphanede yaptığını söyledi.

Kütüphane her gün 14.00 ile 19.00 arasında açık. Üyelik ücretsiz; kitaplar iki hafta süreyle ödünç alınabiliyor.
"""),

dict(id="h82-tr-003", lang="tr", tpl="amp", section="İnsanlar", date="2026-11-16", byline="Aslı Tekinalp",
     title="Otuz yıl, aynı patika: Çayova'nın postacısı emekli oluyor",
     sub="Hüsnü Akbaş 1996'dan beri yaylaya kadar bütün köylere mektup taşıyor.",
     caption="Hüsnü Akbaş çantasıyla yayla yolunda.", credit="Fotoğraf: Aslı Tekinalp",
     low=0,
     body="""
Hüsnü Akbaş, 1996'dan beri Çayova'nın ve çevresindeki altı köyün postacısı. Ayın sonunda emekli oluyor. Son turlarından birinde onunla yürüdük.

**Kaç kilometre yürüdünüz?**

Hesaplamadım ama bir arkadaş hesapladı. Dünyanın etrafını üç kez dolaşmışım.

**Hiç kaybolan mektup oldu mu?**

Bir tane. 1999'da bir nişan yüzüğü. İki gün aradık, dere kenarında bulduk. Zarf ıslanmıştı ama yüzük yerindeydi.

**Ya köy köpekleri?**

Her köyde bir tane var ki beni sevmez. Cebimde hep ekmek taşırım. Otuz yılda bir kez ısırıldım.

**Mektup azaldı mı?**

Çok azaldı. Eskiden askerden mektup gelirdi, gurbetten mektup gelirdi. Şimdi fatura, bir de internetten alınan paketler.

**En sevdiğiniz teslimat hangisiydi?**

Yaylada yaşayan yaşlı bir kadına oğlunun Almanya'dan gönderdiği fotoğraflar. Her seferinde bana çay demlerdi, zarfı birlikte açardık. Okuma yazması yoktu, mektupları ben okurdum.

**Emekli olunca çantayı ne yapacaksınız?**

Postaneye geri vereceğim, kuralı bu. Ama yürümeye devam edeceğim. Sabah altıda kalkmaya alıştım, bu yaştan sonra bırakamam. Belki bu sefer yaylaya mektupsuz, sadece çay içmeye çıkarım.

Köylüler, Akbaş için ay sonunda köy kahvesinde bir veda yemeği düzenleyecek.
"""),

dict(id="h82-de-001", lang="de", tpl="table", section="Kultur", date="2026-06-18", byline="Friederike Haas",
     title="Gedenktafel erinnert an Orgelbauer Anton Reisig",
     sub="Der Handwerker baute in seiner Werkstatt in Auendorf 46 Orgeln für Dorfkirchen der Region.",
     caption="Die neue Tafel am ehemaligen Werkstattgebäude in der Mühlgasse.", credit="Foto: Friederike Haas",
     carry=["blueplaques"],
     body="""
An der Fassade des früheren Werkstattgebäudes in der Auendorfer Mühlgasse erinnert seit Sonntag eine Gedenktafel an den Orgelbauer Anton Reisig (1861–1938).

Reisig baute in der kleinen Werkstatt hinter seinem Wohnhaus zwischen 1889 und 1934 insgesamt 46 Orgeln, fast alle für Dorfkirchen im Lindental und in den Nachbarkreisen. Elf davon werden heute noch gespielt.

Die Tafel ist die 24. des Gedenktafel-Programms, das der Kreis vor zwölf Jahren eingeführt hat. Vorgeschlagen hatte sie der Kirchenmusiker Bernhard Lutz, der seit 30 Jahren an einer Reisig-Orgel spielt.

„Man spürt bei jedem Register, dass er für kleine Kirchen mit wenig Geld gebaut hat. Nichts ist überflüssig, aber alles klingt", sagte Lutz bei der Enthüllung.

Zur Feier spielte er auf einer tragbaren Truhenorgel, die ein Enkel Reisigs noch im Keller gefunden hatte.

Das Gebäude gehört heute einer Familie, die darin zwei Wohnungen eingerichtet hat. Die Eigentümer hatten der Tafel sofort zugestimmt.

„Wir wussten, dass hier früher eine Werkstatt war. Dass hier Orgeln entstanden sind, haben wir erst durch den Antrag erfahren", sagte Hausbesitzerin Katrin Möller.

Im Herbst bietet der Heimatverein eine Radtour zu fünf Reisig-Orgeln im Lindental an. Anmeldungen nimmt das Kulturamt entgegen.
"""),

dict(id="h82-de-002", lang="de", tpl="sanity", section="Umwelt", date="2026-04-29", byline="Jonas Pfeiffer",
     title="Streit um die Rotbuche in der Lindenallee",
     sub="Ein Eigentümer will den geschützten Baum fällen lassen. Die Nachbarn sammeln Unterschriften.",
     caption="Die Rotbuche vor dem Haus Lindenallee 12.", credit="Foto: Jonas Pfeiffer",
     carry=["treeworks"],
     look=[("dropcap", "Folgen Sie der Lindenallee")],
     body="""
Folgen Sie der Lindenallee in Oberlinden bis zur Hausnummer 12, und Sie stehen unter einer der größten Rotbuchen des Lindentals. Ob sie dort im nächsten Jahr noch steht, entscheidet in den kommenden Wochen die Gemeinde.

Der Eigentümer des Grundstücks hat beantragt, den etwa 110 Jahre alten Baum fällen zu lassen. Nach der Baumschutzsatzung der Gemeinde braucht er dafür eine Genehmigung.

## Pilzbefall oder Vorwand?

In seinem Antrag verweist der Eigentümer auf ein Gutachten, nach dem der Stamm von einem Pilz befallen sei und bei Sturm Äste auf die Straße fallen könnten.

Die Nachbarn bezweifeln das. Sie haben ein eigenes Gutachten in Auftrag gegeben, das den Baum für standsicher hält, wenn die Krone um etwa ein Fünftel eingekürzt wird.

„Wir sind nicht gegen einen Rückschnitt. Wir sind gegen eine Fällung ohne zweite Meinung", sagt Anwohnerin Beate Kornmann, die bisher 312 Unterschriften gesammelt hat.

## Gemeinde prüft beide Gutachten

Das Umweltamt will beide Gutachten von einem unabhängigen Baumsachverständigen prüfen lassen. Bis dahin darf an dem Baum nichts verändert werden.

Bürgermeister Rolf Seidenspinner sagte, er verstehe beide Seiten. „Niemand will, dass ein Ast auf ein Auto oder ein Kind fällt. Aber so ein Baum wächst nicht in zehn Jahren nach."

Stellungnahmen zu dem Antrag nimmt das Umweltamt noch bis zum 12. Mai entgegen.
"""),

dict(id="h82-de-003", lang="de", tpl="fusion", section="Freizeit", date="2026-05-15", byline="Annika Brüggemann",
     title="Das Lindentaler Freibad ist nach zwei Jahren Sanierung wieder offen",
     sub="Neues Edelstahlbecken, Solarheizung und eine Rutsche: am Samstag kamen 1.400 Badegäste.",
     caption="Der erste Sprung ins neue Becken.", credit="Foto: Annika Brüggemann",
     look=[("factbox", "Das Freibad in Zahlen")],
     body="""
Kuchen, Pommes und Sonnencreme: Am Samstag war das Lindentaler Freibad so voll wie seit Jahren nicht mehr. Rund 1.400 Menschen kamen zur Wiedereröffnung nach zwei Jahren Sanierung.

Das Bad aus dem Jahr 1962 hatte zuletzt so viel Wasser verloren, dass der Gemeinderat 2023 über eine Schließung beraten hatte. Ein Förderverein sammelte daraufhin 86.000 Euro Spenden, den Rest bezahlten Gemeinde und Land.

## Das Freibad in Zahlen

- 4,1 Millionen Euro Baukosten
- 50-Meter-Becken aus Edelstahl
- 240 Quadratmeter Solarabsorber auf dem Dach der Umkleiden
- 38 Meter lange Rutsche
- 96 Mitglieder im Förderverein

Als Erste sprang um neun Uhr die 84-jährige Hildegard Bauknecht ins Wasser. Sie hatte schon 1962 bei der ersten Eröffnung im Becken gestanden.

„Damals war das Wasser eiskalt. Heute hatte es 24 Grad. Ich beschwere mich nicht", sagte sie.

Bademeister Uwe Krahl musste am Nachmittag die Rutsche kurz sperren, weil sich die Schlange bis zum Kiosk zog.

Der Förderverein will in den nächsten Jahren Geld für ein Sonnensegel über dem Kinderbecken sammeln.

Das Bad ist bis Mitte September täglich von 9 bis 20 Uhr geöffnet. Eine Tageskarte kostet 4 Euro, für Kinder 2 Euro.
"""),

dict(id="h82-fr-001", lang="fr", tpl="typo3", site="Commune de Saint-Aurèle-des-Saules", kind="public",
     section="Cadre de vie", date="2026-03-10", byline="Service urbanisme",
     title="Peupliers du chemin des Saules : une demande d'abattage déposée en mairie",
     sub="Les arbres sont situés dans un espace boisé classé. Les habitants peuvent consulter le dossier jusqu'au 12 mai.",
     caption="La rangée de peupliers le long du chemin des Saules.", credit="Photo : mairie de Saint-Aurèle-des-Saules",
     carry=["treeworks"],
     body="""
Une déclaration préalable a été déposée en mairie le 2 mars pour l'abattage d'un peuplier situé au 12, chemin des Saules, dans l'espace boisé classé qui borde l'Orge.

Le propriétaire indique que l'arbre, planté dans les années 1960, penche dangereusement vers la voie depuis la tempête de février.

## Ce que prévoit la règle

Dans un espace boisé classé, tout abattage doit faire l'objet d'une déclaration préalable en mairie. La commune dispose d'un mois pour se prononcer et peut imposer la replantation d'un arbre d'une essence locale.

## Un diagnostic demandé

La municipalité a demandé à l'Office national des forêts un diagnostic de l'arbre avant de rendre sa décision. L'agent doit passer sur place la semaine prochaine.

Le maire, Bernard Fauvel, rappelle que la rangée de peupliers fait partie du paysage de la commune depuis plus d'un demi-siècle.

« Il n'est pas question de mettre quiconque en danger, mais nous voulons être sûrs que l'abattage est la seule solution », précise-t-il.

Deux autres demandes sont en cours d'instruction : l'élagage des tilleuls de la place de l'Église et l'abattage de deux frênes atteints de chalarose au lieu-dit La Noue.

Les dossiers peuvent être consultés à l'accueil de la mairie, aux heures d'ouverture, jusqu'au 12 mai. Les observations peuvent être déposées sur le registre ou adressées par courrier à M. le Maire.
"""),

dict(id="h82-fr-002", lang="fr", tpl="medium", site="Les Carnets des Saules", kind="indie",
     section="Portraits", date="2026-10-21", byline="Claire Maubert",
     title="Quarante ans derrière le projecteur du cinéma Le Rex",
     sub="Jean-Marc Pelissier a projeté son premier film en 1986. Le cinéma associatif du Val fête ses cent ans.",
     caption="Jean-Marc Pelissier dans la cabine de projection.", credit="Photo : Claire Maubert",
     body="""
Jean-Marc Pelissier est entré dans la cabine du Rex à 17 ans, pour remplacer un projectionniste malade. Il n'en est plus vraiment sorti. Alors que le cinéma fête ses cent ans, nous l'avons rencontré entre deux séances.

**Quel a été votre premier film ?**

Un western, je crois. Je tremblais tellement que j'ai inversé deux bobines. Personne n'a rien remarqué, ou personne n'a osé le dire.

**La pellicule vous manque ?**

Le bruit, oui. Le cliquetis du projecteur, c'était une présence. Le numérique est silencieux. Mais je ne regrette pas de porter des boîtes de 30 kilos dans l'escalier.

**Combien de films ?**

J'ai arrêté de compter à 6 000 séances.

**Votre pire souvenir de cabine ?**

Une panne de courant au milieu du dernier James Bond, la salle pleine. On a fini la soirée à la lampe de poche, avec une tombola improvisée.

**Et le plus beau souvenir ?**

Une vieille dame qui venait tous les jeudis depuis 1950. Le jour de ses cent ans, on lui a projeté le premier film qu'elle avait vu ici.

**Vous pensez à la retraite ?**

Tous les jours. Et tous les soirs je remonte l'escalier.

Le Rex propose tout le mois de novembre une rétrospective de films choisis par ses bénévoles.
"""),

dict(id="h82-fr-003", lang="fr", tpl="semantic", section="Transports", date="2026-01-26", byline="Thomas Guérin",
     title="Le transport à la demande étendu aux quatorze communes du Val",
     sub="Le minibus, jusqu'ici réservé aux habitants de trois communes, desservira tout le territoire à partir de février.",
     caption="Le minibus du transport à la demande devant la maison de santé.", credit="Photo : Thomas Guérin",
     carry=["dialaride"],
     look=[("italic", "« Avant, pour aller chez le médecin, je devais attendre ma fille. »")],
     body="""
À partir du 2 février, les habitants des quatorze communes du Val des Saules pourront réserver le minibus du transport à la demande, jusqu'ici limité à trois communes.

Le service, lancé à titre d'essai en 2024 par la communauté de communes, a transporté plus de 5 200 passagers l'an dernier, surtout des personnes âgées sans voiture.

**Deux minibus au lieu d'un**

Pour faire face à l'extension, un deuxième véhicule de neuf places, équipé d'une rampe pour fauteuil roulant, a été acheté. Deux chauffeurs supplémentaires ont été recrutés.

Le minibus ne suit pas de ligne fixe : il passe prendre les passagers chez eux ou à un point d'arrêt proche, puis les dépose au marché du jeudi, à la maison de santé ou à la gare.

**Des trajets réservés la veille**

Marcelle Dubreuil, 83 ans, habitante des Aubiers, l'utilise deux fois par semaine.

« Avant, pour aller chez le médecin, je devais attendre ma fille. »

Le vice-président chargé des mobilités, Alain Trébuchet, reconnaît que le service ne remplace pas une ligne de car régulière, mais estime qu'il correspond mieux aux besoins d'un territoire rural.

Le trajet coûte 2 euros. L'inscription, gratuite, se fait une seule fois par téléphone ou au siège de la communauté de communes.
"""),

dict(id="h82-es-001", lang="es", tpl="helixultimate", site="Noticias de la Vega del Alcor",
     section="Transporte en la Vega", date="2026-02-17", byline="Rocío Almansa",
     title="El transporte a la demanda llega a las pedanías que se quedaron sin autobús",
     sub="Un microbús recogerá en la puerta de casa a los vecinos de siete pedanías de la Vega del Alcor que llevan años sin línea regular.",
     caption="El microbús del servicio, en la plaza de Los Huertos.", credit="Foto: Rocío Almansa",
     carry=["dialaride"],
     look=[("highlight", "El servicio funcionará de lunes a viernes"), ("bold", "Ya no hay que pedir favores."),
           ("br", "La mancomunidad ha contratado")],
     body="""
Los vecinos de siete pedanías de la Vega del Alcor que se quedaron sin autobús en 2021 podrán volver a desplazarse sin depender de nadie a partir del 1 de marzo, gracias a un servicio de transporte a la demanda.

La mancomunidad ha puesto en marcha un microbús de ocho plazas, adaptado para sillas de ruedas, que recogerá a los viajeros en la puerta de su casa si reservan el día antes.

La mancomunidad ha contratado a dos conductores del propio pueblo de El Alcor.

## Al centro de salud y al mercado

El servicio funcionará de lunes a viernes. Los trayectos llevarán al centro de salud de El Alcor, al mercado de los martes y a la parada del autobús interurbano.

La presidenta de la mancomunidad, Encarnación Rubio, explicó que la línea regular se suprimió porque había días en que el autobús iba vacío.

"Con este sistema el vehículo solo sale cuando alguien lo necesita. Cuesta menos y llega más lejos", dijo.

## "Ya no hay que pedir favores"

En Los Huertos, donde viven 84 personas, la mitad mayores de 70 años, la noticia se celebró en el bar de la plaza.

Ya no hay que pedir favores.

Lo dijo Antonio Mellado, de 78 años, que hasta ahora dependía de un sobrino para ir al médico.

El trayecto costará 1,50 euros y será gratuito para los titulares de la tarjeta de mayores de la comarca.
"""),

dict(id="h82-es-002", lang="es", tpl="ghost", section="Vecinos", date="2026-04-07", byline="Iñaki Ballesteros",
     title="Los huertos del antiguo campo de fútbol ya tienen sus primeros tomates",
     sub="Cuarenta parcelas municipales en el solar del viejo campo de El Alcor, repartidas por sorteo.",
     caption="Parcelas en el antiguo campo de fútbol.", credit="Foto: Iñaki Ballesteros",
     look=[("callout", "Las parcelas no pueden usarse")],
     body="""
Donde hasta 2019 se jugaban los partidos del Club Deportivo El Alcor crecen ahora tomates, pimientos y lechugas. El ayuntamiento ha convertido el antiguo campo de fútbol en cuarenta huertos urbanos.

Las parcelas, de 50 metros cuadrados cada una, se sortearon en enero entre 131 solicitudes. Los adjudicatarios pagan 30 euros al año por el agua.

La concejala de Medio Ambiente, Lucía Navarrete, explicó que el terreno llevaba años abandonado.

"Pensamos en un aparcamiento, pero los vecinos pidieron huertos. Y aquí están", dijo.

Cada hortelano ha recibido:

- una parcela numerada con toma de riego por goteo
- una taquilla para herramientas
- un curso de cultivo ecológico de cuatro sesiones
- compost de la planta comarcal

Las parcelas no pueden usarse para fines comerciales ni se permiten pesticidas químicos. Quien deje su huerto sin cultivar más de tres meses lo perderá.

Entre los hortelanos hay jubilados, familias jóvenes y un grupo del instituto. Pilar Cuenca, de 72 años, se crió en un cortijo y no tocaba la tierra desde hacía cuarenta años.

"Me he acordado de todo. Las manos tienen memoria", contó.

Quedó en el centro una pequeña parte de la antigua portería, pintada de blanco.

La lista de espera para nuevas parcelas sigue abierta en el registro del ayuntamiento.
"""),

dict(id="h82-es-003", lang="es", tpl="storybody", section="Fiestas", date="2026-09-28", byline="Marta Cifuentes",
     title="Villanueva de la Vega recupera la fiesta de la vendimia medio siglo después",
     sub="Pisado de uva en la plaza, carros engalanados y una comida para 600 personas.",
     caption="El pisado de uva en la plaza Mayor.", credit="Foto: Marta Cifuentes",
     carry=["calendar"],
     body="""
Villanueva de la Vega celebró el sábado su fiesta de la vendimia por primera vez desde 1974, cuando la cooperativa cerró y la mayoría de las viñas se arrancaron.

La idea partió de un grupo de jóvenes que replantaron hace cinco años tres hectáreas de garnacha en las laderas del cerro.

**Pisado de uva en la plaza**

El acto central fue el pisado de uva en un lagar de madera prestado por un museo de la provincia. Por turnos de diez minutos, más de ochenta vecinos se quitaron los zapatos y se subieron a la uva.

La más veterana fue Asunción Lorca, de 91 años, que ya había pisado uva en la última fiesta.

"Entonces lo hacíamos por trabajo. Hoy lo he hecho por gusto, y me ha gustado más", dijo entre aplausos.

**Carros y comida popular**

Por la tarde desfilaron seis carros engalanados con pámpanos y racimos, tirados por tractores en lugar de mulas.

La comida popular reunió a unas 600 personas en la plaza. El vino, eso sí, llegó de una bodega vecina: el primero de las nuevas viñas no estará listo hasta la próxima primavera.

A las nueve de la noche no quedaba ni una silla libre.

La asociación quiere repetir la fiesta el último sábado de septiembre de cada año.
"""),

dict(id="h82-ru-001", lang="ru", tpl="ucoz", site="Село Каменный Брод", kind="small",
     section="Новости села", date="2026-05-23", byline="brod_biblioteka",
     title="Родник у старой мельницы снова чистый",
     sub="Воскресник собрал 46 жителей села.",
     caption="Родник у старой мельницы после расчистки.", credit="Фото: библиотека села",
     body="""
В прошлое воскресенье 46 жителей Каменного Брода вышли расчищать родник у старой мельницы. Родником пользовались всем селом до конца восьмидесятых, потом он зарос и заилился.

Идею подали школьники из краеведческого кружка при библиотеке. Они нашли в архиве фотографию 1958 года, где у родника стоит очередь с вёдрами.

За один день сделали:

- вычистили ил и старые листья из чаши родника
- укрепили берег камнями с разобранной мельничной запруды
- поставили новый деревянный сруб и крышку
- сколотили скамейку и мостик через ручей

Доски для сруба и скамейки бесплатно дала местная пилорама, обед для всех приготовили в школьной столовой.

Воду в тот же день отвезли на анализ в районный центр. Результат пришёл в пятницу: вода пригодна для питья.

Пенсионерка Валентина Ершова, которая ходила к роднику девочкой, первой набрала воды в новый ковш.

«Вкус тот же, что в детстве. Я думала, такого уже не будет», — сказала она.

Школьники обещают следить за родником и прибирать вокруг него каждый месяц.

Фотографии с воскресника выложены в фотоальбоме на нашем сайте.
"""),

dict(id="h82-ru-002", lang="ru", tpl="quintype", section="Культура", date="2026-09-02", byline="Ирина Колосова",
     title="В Каменском появилась мемориальная доска первой учительнице села",
     sub="Анна Степановна Лаврова открыла в 1921 году школу для взрослых и детей в собственном доме.",
     caption="Мемориальная доска на доме по улице Школьной.", credit="Фото: Ирина Колосова",
     carry=["blueplaques"],
     look=[("highlight", "Анна Лаврова приехала в Каменское в 1921 году")],
     body="""
На доме номер 5 по улице Школьной в Каменском в субботу открыли мемориальную доску Анне Степановне Лавровой — первой учительнице села.

Анна Лаврова приехала в Каменское в 1921 году девятнадцатилетней выпускницей учительской семинарии. Школы в селе не было, и занятия она начала в собственном доме: днём учила детей, вечером — взрослых.

За первые три года читать и писать у неё научились более двухсот человек. Позже Лаврова добилась строительства отдельного здания школы и проработала в нём директором до 1962 года.

С предложением увековечить её память выступил совет ветеранов педагогического труда. Ходатайство поддержали более четырёхсот жителей, комиссия по увековечению памяти одобрила его в июне.

На открытии выступили бывшие ученики Лавровой. Самому старшему, Петру Андреевичу Гусеву, 94 года.

«Она ставила двойки только карандашом. Говорила: исправишь — сотру», — вспомнил он.

Доску изготовили в районной мастерской на деньги, собранные выпускниками школы разных лет.

Сейчас в доме живёт семья Ковалёвых. Хозяйка дома Ольга Ковалёва рассказала, что о прошлом дома знала и сама предложила повесить доску у входа.

В школьном музее открылась выставка, посвящённая Анне Лавровой. Посетить её можно по будням после уроков.
"""),

dict(id="h82-ru-003", lang="ru", tpl="portal", section="Общество", date="2026-03-31", byline="Денис Сабуров",
     title="Социальное такси в долине Каменки будет работать и по выходным",
     sub="В прошлом году машиной воспользовались более 1800 раз. Теперь её можно заказать и в субботу.",
     caption="Автомобиль социального такси у районной больницы.", credit="Фото: Денис Сабуров",
     carry=["dialaride"],
     body="""
Социальное такси, которое возит пенсионеров и людей с инвалидностью из сёл долины Каменки в районный центр, с апреля будет работать и по субботам.

Услугу три года назад запустил районный центр социального обслуживания. Сейчас в его распоряжении два автомобиля, один из них оборудован подъёмником для инвалидной коляски.

В прошлом году социальное такси выполнило более 1800 поездок — почти вдвое больше, чем в первый год. Чаще всего пассажиры ездят в больницу, в МФЦ и на вокзал.

Директор центра Галина Бурмистрова рассказала, что о субботних поездках просили сами жители.

«Многим нужно к родственникам или на рынок, а рынок у нас по субботам. В будни машины и так расписаны на неделю вперёд», — пояснила она.

Пассажиры платят за километр пути, но не больше установленной суммы за поездку. Сопровождающий едет бесплатно.

Жительница Лебяжьего Клавдия Ивановна Мухина ездит на социальном такси на процедуры дважды в неделю.

«Раньше до автобуса нужно было идти два километра. Теперь водитель помогает даже спуститься с крыльца», — говорит она.

Заказать поездку можно по телефону центра социального обслуживания не позднее чем за сутки.
"""),
]
