# Turkish, German, French, Spanish and Russian stories for the fifty-second held-out part (h52-*) of the newsflow
# extraction set. Fictional; written for newsflow. Markup and fields as in articles_h52_en.py.
ARTICLES = [
dict(id="h52-tr-001", lang="tr", tpl="ucoz", site="Karaağaçlı Köyü", kind="small", section="Karaağaçlı'dan haberler",
     date="2026-09-27", byline="dernek_baskani",
     title="Köy okulunun çatısı imeceyle yenilendi",
     sub="Karaağaçlılar iki hafta sonu çalışarak okulun akan çatısını kış gelmeden onardı.",
     caption="İmecenin ikinci gününde okulun çatısında çalışan köylüler.", credit="Fotoğraf: Köy Derneği",
     body="""
Karaağaçlı Ortaokulu'nun yıllardır akan çatısı, köylülerin iki hafta sonu süren imecesiyle yenilendi.

Okulun 1971'de yapılan binasında geçen kış üç sınıfın tavanından su damlamış, öğrenciler bir süre koridorda ders yapmak zorunda kalmıştı. İlçe milli eğitim müdürlüğü onarımı bu yılın programına alamayınca köy derneği işi üstlendi.

Kiremitleri ve kerestesini gurbetteki hemşehrilerimizin gönderdiği 186 bin lira ile aldık. Ustalık işini köyün iki marangozu, Hasan Usta ile oğlu Murat yaptı; gerisini gençler taşıdı, kadınlar da iki gün boyunca herkese yemek çıkardı.

Hasan Usta, "Bu okulda ben de okudum, oğlum da okudu. Torunlarım ıslanmasın diye geldik," dedi.

Toplam 38 kişi çalıştı. Eski kiremitlerin sağlam olanları ayrıldı, caminin kümesi için muhtarlığa verildi.

Okul müdürü Zeynep Öğretmen, derneğe ve emeği geçen herkese öğrenciler adına teşekkür etti. Çocuklar da imecenin son günü çalışanlara el yapımı bir teşekkür kartı hazırladı.

Sırada okulun bahçe duvarı var. Destek olmak isteyen hemşehrilerimiz, köyün WhatsApp grubuna abone olan herkese gönderilen dernek duyurusundaki hesap numarasını kullanabilir.
"""),

dict(id="h52-tr-002", lang="tr", tpl="regional", section="Kent", date="2026-04-16", byline="Gülizar Tatlıcı",
     title="Hobi bahçesi için 1.400 kişi sırada bekliyor",
     sub="Belediyenin 220 parsellik hobi bahçelerinde yer bulmak için ortalama bekleme süresi altı yılı aştı.",
     caption="Dereboyu Hobi Bahçeleri'nde fide diken emekliler.", credit="Fotoğraf: Gülizar Tatlıcı",
     carry=["allotment"],
     body="""
Kuşdili Belediyesi'nin hobi bahçelerinde bir parsel kiralamak isteyenlerin sayısı 1.400'ü geçti. Belediyenin üç alandaki 220 parseli için ortalama bekleme süresi altı yılı buldu.

Hobi bahçeleri 2014'te Dereboyu'nda 60 parselle açılmış, ardından Eski Fidanlık ve Tepeüstü alanlarıyla büyütülmüştü. Her parsel 100 metrekare ve yıllık kirası 2.400 lira.

**Emekliler önde**

Parsel kiracılarının yarısından fazlası emekli. Dereboyu'nda dokuz yıldır domates ve biber yetiştiren Sabri Kandemir, bahçenin onun için bir ilaç olduğunu söylüyor. "Doktor yürü dedi, ben de her sabah buraya yürüyorum. Akşam da komşulara sebze dağıtıyorum," dedi.

**Yeni alan talebi**

Bekleyenler, belediyeden sanayi bölgesinin yanındaki boş hazine arazisinin de hobi bahçesine çevrilmesini istiyor. Bir grup vatandaş bu amaçla 900 imza topladı.

Belediye Park ve Bahçeler Müdürü Levent Aksoy, arazi için Milli Emlak'a başvurulduğunu, yanıt beklendiğini söyledi. Aksoy, mevcut parsellerin de ikiye bölünerek daha fazla kişiye verilmesinin değerlendirildiğini ekledi.

Belediye ayrıca iki yıl üst üste bahçesini ekmeyen kiracıların sözleşmesini yenilemeyecek.

Başvurular belediyenin internet sitesinden ya da hizmet binasının zemin katındaki danışma masasından yapılabiliyor.
"""),

dict(id="h52-tr-003", lang="tr", tpl="fusion", section="Ekonomi", date="2026-06-24", byline="Ozan Yıldırımtürk",
     title="Akaryakıt zammı dolmuşçuyu vurdu",
     sub="Benzine 1,85 lira, motorine 2,10 lira zam geldi; dolmuş esnafı belediyeden bilet fiyatını artırmasını istiyor.",
     caption="Kuşdili garajında sefer bekleyen dolmuşlar.", credit="Fotoğraf: Ozan Yıldırımtürk",
     carry=["fuelprice"],
     look=[("factbox", "İlçelerde pompa fiyatları")],
     body="""
Gece yarısı yürürlüğe giren son zamla motorinin litresi 44 liranın üzerine çıktı. Zamdan en çok etkilenenler ise şehir içinde çalışan dolmuş şoförleri oldu.

Kuşdili Dolmuşçular Odası'na kayıtlı 240 araç günde ortalama 35 litre motorin yakıyor. Oda başkanı İsmail Karakurt, son zamla bir aracın aylık yakıt masrafının 2 bin liraya yakın arttığını söyledi.

"Bilet 20 lira, üç aydır aynı. Mazot ise üç ayda dört kere zamlandı. Bu şekilde kontağı çevirmek zarar," dedi Karakurt.

## İlçelerde pompa fiyatları

- Merkez: benzin 43,42 lira, motorin 44,31 lira
- Sanayi: benzin 43,18 lira, motorin 44,05 lira
- Ova Yolu: benzin 43,67 lira, motorin 44,58 lira

Oda, belediyeden bilet fiyatının 24 liraya çıkarılmasını istedi. Talep, ayın son haftasındaki ulaşım komisyonu toplantısında görüşülecek.

Yolcular ise olası bir artıştan endişeli. Her gün Sanayi'deki işine dolmuşla giden Elif Demirkol, "Günde iki sefer, ayda yirmi iki gün. Dört lira bile bizim için büyük para," dedi.

Belediye yetkilileri, öğrenci ve emekli indirimlerinin her durumda korunacağını açıkladı.
"""),

dict(id="h52-de-001", lang="de", tpl="typo3", site="Stadt Auenried", kind="public", section="Pressemitteilungen",
     date="2026-03-11", byline="Pressestelle der Stadt Auenried",
     title="Kleingartenkonzept: 60 neue Parzellen bis 2028",
     sub="Der Gemeinderat hat das Kleingartenkonzept beschlossen. Auf der Warteliste stehen derzeit 410 Namen.",
     caption="Die Kleingartenanlage Sonnenhang im Stadtteil Nord.", credit="Foto: Stadt Auenried",
     carry=["allotment"],
     body="""
Der Gemeinderat der Stadt Auenried hat in seiner Sitzung am Dienstag das Kleingartenkonzept 2026 bis 2030 einstimmig beschlossen. Es sieht bis 2028 rund 60 neue Parzellen vor.

Derzeit warten 410 Haushalte auf einen Kleingarten. Die durchschnittliche Wartezeit liegt bei fünf Jahren, in den innenstadtnahen Anlagen bei bis zu acht Jahren.

## Neue Flächen

Die neuen Gärten sollen auf einer städtischen Fläche am Mühlgraben entstehen, die bisher als Lagerplatz des Bauhofs diente. Zusätzlich werden große Parzellen in bestehenden Anlagen bei jedem Pächterwechsel geteilt.

Oberbürgermeisterin Sabine Hollerith sagte: „Kleingärten sind grüne Wohnzimmer für Menschen ohne eigenen Garten. Wir wollen, dass niemand ein Jahrzehnt auf ein Beet warten muss.“

## Wer bevorzugt wird

Die Vereine vergeben freie Parzellen künftig nach gemeinsamen Regeln. Vorrang haben:

- Familien mit Kindern unter zwölf Jahren
- Bewerberinnen und Bewerber, die in einer Mietwohnung ohne Balkon oder Garten leben
- Schulen und Kitas, die einen Schulgarten anlegen wollen

Die Stadt stellt für die Erschließung der Fläche am Mühlgraben 380.000 Euro bereit. Wasserleitungen und Wege sollen im kommenden Winter gebaut werden.

Der Stadtverband der Kleingärtner begrüßte den Beschluss. Der Vorsitzende Horst Lemberger sagte, die Vereine würden die Neupächter mit Patenschaften unterstützen.

Das Konzept liegt ab Montag im Bürgerbüro im Rathaus aus und kann dort zu den Öffnungszeiten eingesehen werden.
"""),

dict(id="h52-de-002", lang="de", tpl="hugo", section="Wirtschaft", date="2026-07-29", byline="Lena Brucklacher",
     title="„Am Freitag tanken die Leute hier drüben“",
     sub="In Mühlbach ist der Diesel seit Monaten teurer als jenseits der Grenze. Ein Tankstellenpächter erzählt.",
     caption="Norbert Kaltenecker an seiner Tankstelle am Mühlweg.", credit="Foto: Lena Brucklacher",
     carry=["fuelprice"],
     body="""
Norbert Kaltenecker betreibt seit 22 Jahren die Tankstelle am Mühlweg, sieben Kilometer vor der Grenze. Seit dem Frühjahr kostet Diesel im Nachbarland bis zu 18 Cent weniger pro Liter.

**Wie sehr spüren Sie das?**

Beim Diesel haben wir ein Drittel weniger Umsatz als vor einem Jahr. Die Pendler tanken auf der anderen Seite, die Handwerker auch. Übrig bleiben die Urlauber und die, die es eilig haben.

**Und beim Benzin?**

Da ist der Unterschied kleiner, vier oder fünf Cent. Für eine Tankfüllung fährt keiner vierzehn Kilometer.

**Wovon leben Sie dann?**

Vom Shop und von der Waschanlage. Brötchen am Sonntag, Kaffee, Zigaretten. Auf meiner Facebook-Seite habe ich inzwischen 1.300 Follower, weil ich dort jeden Morgen die Brötchen des Tages poste.

**Was müsste passieren?**

Die Steuer müsste in Grenznähe niedriger sein. Das fordern wir seit Jahren, aber in Berlin interessiert das niemanden.

**Denken Sie ans Aufhören?**

Manchmal. Aber die Tankstelle hat schon mein Vater geführt. Und wenn ich zumache, gibt es im ganzen Ort keine mehr.

Nach Angaben des Landesverbands des Tankstellengewerbes haben im Grenzgebiet seit 2020 elf von 46 Tankstellen geschlossen.
"""),

dict(id="h52-de-003", lang="de", tpl="legacy-br", section="Lokales", date="2026-01-23", byline="Frieder Osswald",
     title="Nach 112 Jahren: Bäckerei Wiedmaier schließt zum Monatsende",
     sub="Kein Nachfolger, zu wenig Personal: Die älteste Bäckerei in Eschenthal gibt auf.",
     caption="Marianne und Ernst Wiedmaier in ihrer Backstube.", credit="Foto: Frieder Osswald",
     low=0,
     body="""
Die Bäckerei Wiedmaier in der Eschenthaler Hauptstraße schließt am 31. Januar. Damit endet eine Geschichte, die 1914 mit dem Urgroßvater des heutigen Inhabers begann.

Ernst Wiedmaier, 66, steht seit 48 Jahren jede Nacht um zwei Uhr in der Backstube. Seine Kinder haben andere Berufe gewählt, und einen Käufer hat er trotz zweier Anzeigen in Fachzeitschriften nicht gefunden.

„Es liegt nicht am Geschäft. Die Leute kaufen gern bei uns. Es liegt daran, dass keiner mehr nachts arbeiten will“, sagt Wiedmaier. Seit dem Sommer sucht er vergeblich nach einem Gesellen.

Hinzu kommen die Kosten. Die Stromrechnung für den Backofen hat sich in drei Jahren fast verdoppelt.

Für viele ältere Menschen im Ort ist die Schließung ein Verlust. Die nächste Bäckerei liegt im Nachbarort, vier Kilometer entfernt, und der Bus fährt nur stündlich.

Bürgermeister Karl Heuberger sagte, die Gemeinde bemühe sich darum, dass in den Räumen wieder ein Lebensmittelgeschäft eröffnet. Gespräche mit einem Dorfladen-Verein laufen.

Die Wiedmaiers wollen sich bei ihren Kunden mit einem letzten Verkaufstag bedanken. Am Samstag, 31. Januar, gibt es Hefezopf nach dem Rezept von 1914, solange der Vorrat reicht.
"""),

dict(id="h52-fr-001", lang="fr", tpl="magazine", section="Portrait", date="2026-05-08", byline="Clémence Verdelet",
     title="Dans le Morvan, Agathe Lemoine relance le fromage de chèvre de son grand-père",
     sub="À 29 ans, l'ancienne ingénieure élève trente chèvres et vend ses fromages sur trois marchés.",
     caption="Agathe Lemoine et ses chèvres à la ferme des Quatre-Vents.", credit="Photo : Clémence Verdelet",
     pull="Les chèvres ne savent pas quel jour on est",
     look=[("dropcap", "Il est six heures"), ("box", "La ferme des Quatre-Vents ouvre")],
     body="""
Il est six heures et demie, et Agathe Lemoine a déjà fini la première traite. Dans la bergerie de la ferme des Quatre-Vents, trente chèvres alpines attendent leur foin.

Il y a trois ans, elle travaillait encore dans un bureau d'études à Lyon. Elle a tout quitté pour reprendre la ferme que son grand-père avait fermée en 1998.

« Je venais ici tous les étés. Quand la maison a été mise en vente, je n'ai pas pu m'y résoudre », raconte-t-elle.

Elle a suivi une formation agricole d'un an, acheté ses premières chèvres à un éleveur de la Nièvre et retrouvé, dans un cahier de son grand-père, la recette de ses fromages cendrés.

Le plus dur, dit-elle, n'est pas le travail mais la régularité. « Les chèvres ne savent pas quel jour on est. Noël, dimanche, c'est pareil : il faut traire matin et soir. »

Aujourd'hui, elle produit environ 90 fromages par semaine. Elle les vend sur les marchés de Sornac, de Luzy et de Château-Chinon, et à deux restaurants de la vallée.

Ses voisins, au début sceptiques, sont devenus ses premiers clients. Le maire lui a même confié l'entretien d'un pré communal.

La ferme des Quatre-Vents ouvre ses portes au public le samedi matin, de 9 h à 12 h, pour la vente directe et la visite de la fromagerie.
"""),

dict(id="h52-fr-002", lang="fr", tpl="chunks", section="Santé", date="2026-10-15", byline="Thibault Roumazeilles",
     title="Grippe : les pharmacies du secteur vaccinent sans ordonnance",
     sub="La campagne de vaccination a débuté mardi. Dix-sept officines des Trois-Vallons y participent.",
     caption="Une pharmacienne prépare une injection à la Pharmacie du Marché de Sornac.", credit="Photo : Thibault Roumazeilles",
     carry=["flujab"],
     look=[("italic", "« On a vacciné quarante personnes")],
     body="""
La campagne de vaccination contre la grippe a commencé mardi, et dix-sept pharmacies des Trois-Vallons y participent. Comme l'an dernier, il n'est pas nécessaire d'avoir une ordonnance.

Le vaccin est gratuit pour les personnes de 65 ans et plus, les femmes enceintes et les malades chroniques, sur présentation du bon envoyé par l'Assurance maladie. Les autres adultes peuvent se faire vacciner pour une quinzaine d'euros, souvent remboursés par leur mutuelle.

« On a vacciné quarante personnes dès la première matinée », raconte Hélène Castagné, pharmacienne à Sornac.

L'an dernier, seulement 52 % des plus de 65 ans du département s'étaient fait vacciner, un chiffre bien en dessous de l'objectif de 75 % fixé par les autorités de santé.

Le docteur Pierre-Yves Morand, médecin généraliste à Luzy, encourage ses patients à ne pas attendre. « L'épidémie arrive en général fin décembre. Il faut deux semaines pour que le vaccin protège », rappelle-t-il.

Les pharmaciens peuvent aussi administrer le vaccin contre le covid le même jour, dans l'autre bras.

Dans les communes sans pharmacie, les infirmiers libéraux se déplacent à domicile. Il suffit de les appeler pour convenir d'un passage.

La campagne durera jusqu'au 31 janvier.
"""),

dict(id="h52-fr-003", lang="fr", tpl="cms", section="Vie locale", date="2026-02-20", byline="Margaux Delpierre",
     title="« Le pain, ça ne se fait pas en appuyant sur un bouton »",
     sub="Boulanger à Villeneuve-sur-Sorne depuis trente ans, Jean-Marc Rivoire forme son dernier apprenti avant la retraite.",
     caption="Jean-Marc Rivoire devant son four à bois.", credit="Photo : Margaux Delpierre",
     body="""
Jean-Marc Rivoire a ouvert sa boulangerie rue des Tanneurs en 1996. À 61 ans, il prépare son départ et forme celui qui lui succédera, Yanis, 19 ans.

**À quelle heure commence votre journée ?**

À trois heures. Avant, c'était deux heures. J'ai gagné une heure de sommeil grâce à Yanis.

**Comment l'avez-vous trouvé ?**

Il est venu faire un stage de troisième il y a cinq ans. Il n'est jamais vraiment reparti. Il a fait son CAP, puis son brevet professionnel, toujours en apprentissage chez moi.

**Qu'est-ce qui a changé en trente ans ?**

Les clients veulent moins de baguettes et plus de pains au levain, aux graines, au petit épeautre. Et tout le monde veut savoir d'où vient la farine. La mienne vient d'un moulin à douze kilomètres.

**Et ce qui n'a pas changé ?**

Le temps. Une pâte au levain, il lui faut ses dix-huit heures. Le pain, ça ne se fait pas en appuyant sur un bouton.

**Yanis reprendra-t-il la boutique ?**

C'est prévu pour l'an prochain. La banque a dit oui. Moi, je resterai derrière le comptoir le samedi, si on veut encore de moi.

La boulangerie est ouverte du mardi au dimanche, de 6 h 30 à 13 h et de 16 h à 19 h 30.
"""),

dict(id="h52-es-001", lang="es", tpl="drupal", site="Ayuntamiento de Valdecañas", kind="public", section="Noticias",
     date="2026-10-09", byline="Gabinete de Prensa",
     title="Arranca la campaña de vacunación de la gripe y la covid en Valdecañas",
     sub="Los mayores de 60 años pueden vacunarse desde el lunes en el centro de salud y en el consultorio de Santa Olalla.",
     caption="Una enfermera vacuna a un vecino en el centro de salud de Valdecañas.", credit="Foto: Ayuntamiento de Valdecañas",
     carry=["flujab"],
     look=[("box", "El Ayuntamiento pondrá un autobús")],
     body="""
La campaña de vacunación frente a la gripe y la covid comienza el lunes 13 de octubre en Valdecañas. La Concejalía de Sanidad anima a todos los vecinos mayores de 60 años a vacunarse cuanto antes.

Las dos vacunas pueden ponerse el mismo día, una en cada brazo. Son gratuitas para los mayores de 60 años, las embarazadas, los enfermos crónicos y el personal sanitario y de residencias.

**Dónde vacunarse**

El centro de salud de la avenida de la Constitución vacunará con cita previa de lunes a viernes, de 9 a 14 horas. El consultorio de Santa Olalla lo hará los martes y jueves por la tarde.

Los niños de seis meses a cinco años también pueden recibir la vacuna de la gripe, que se les administra en forma de espray nasal.

**Vacunación en las residencias**

Los equipos de enfermería se desplazarán a las dos residencias del municipio durante la primera semana, para que todos sus usuarios estén vacunados antes de noviembre.

La concejala de Sanidad, Marisa Arganda, recordó que el año pasado la gripe llegó antes de lo habitual. "Vacunarse no cuesta nada y protege a los que más queremos", señaló.

El Ayuntamiento pondrá un autobús gratuito desde las pedanías al centro de salud los miércoles por la mañana. Las plazas se reservan en el teléfono del Ayuntamiento.
"""),

dict(id="h52-es-002", lang="es", tpl="sanity", section="Fiestas", date="2026-08-04", byline="Lucía Torralba",
     title="Tordesalas celebra sus fiestas de San Roque con el regreso de los toros de fuego",
     sub="El programa incluye verbenas, la paella popular y una carrera de burros que vuelve después de veinte años.",
     caption="El pregón de las fiestas del año pasado en la plaza Mayor.", credit="Foto: Lucía Torralba",
     carry=["calendar"],
     look=[("dropcap", "Tordesalas ya tiene programa")],
     body="""
Tordesalas ya tiene programa para sus fiestas de San Roque, que se celebrarán del 14 al 18 de agosto. La gran novedad de este año es el regreso del toro de fuego, que no salía a la calle desde 2019.

La comisión de fiestas, formada por quince jóvenes del pueblo, lleva desde febrero organizando rifas y comidas para pagar las orquestas.

El programa principal es este:

- Jueves 14: pregón a cargo de la maestra jubilada Ascensión Ortega y chupinazo a las 20 horas
- Viernes 15: misa y procesión de San Roque, y verbena con la orquesta Tentación
- Sábado 16: paella popular para 1.200 personas y toro de fuego a medianoche
- Domingo 17: carrera de burros y concurso de disfraces
- Lunes 18: comida de los mayores y fuegos artificiales

La carrera de burros vuelve después de veinte años gracias a tres vecinos de Valdecañas que han prestado sus animales. "Los burros no corren mucho, pero la gente se ríe, que es de lo que se trata", explicó el presidente de la comisión, Álvaro Recuenco.

La alcaldesa, Pilar Santamarta, pidió a los vecinos que disfruten con responsabilidad y recordó que habrá servicio de ambulancia todas las noches.

Los tickets para la paella se venden en el bar de la plaza a cinco euros.
"""),

dict(id="h52-es-003", lang="es", tpl="medium", site="Cuaderno de la Sierra de Albarda", kind="indie", section="Gente",
     date="2026-12-02", byline="Tomás Villarejo",
     title="El último pastor trashumante de la Sierra de Albarda",
     sub="Nicasio Pelayo lleva cincuenta años bajando sus ovejas a pie hasta los pastos de invierno. Lo acompañamos un día.",
     caption="Nicasio Pelayo y su rebaño en la cañada de los Llanos.", credit="Foto: Tomás Villarejo",
     look=[("bold", "Son 240 kilómetros.")],
     body="""
Suscribirse a una revista de montaña no te prepara para caminar un día entero detrás de 900 ovejas. Lo comprobé la semana pasada, en la cañada de los Llanos, al lado de Nicasio Pelayo.

Nicasio tiene 71 años y es el último pastor de la Sierra de Albarda que sigue haciendo la trashumancia a pie. Cada noviembre baja su rebaño desde los pastos de verano hasta las dehesas del sur, donde pasa el invierno.

Son 240 kilómetros.

Tarda dieciséis días. Duerme en cortijos de conocidos o al raso, con los perros, y su hija le lleva comida en la furgoneta cada dos o tres jornadas.

"Mi padre la hacía, y mi abuelo. Yo empecé con catorce años. Ahora la hago porque las ovejas la conocen y yo también", me dijo mientras paraba el rebaño junto a un abrevadero.

Los pueblos por los que pasa salen a verlo. En Fuentelapeña los niños del colegio esperaban en la carretera con dibujos de ovejas. En otro pueblo, un bar le invitó a almorzar a él y a los perros.

Nicasio no sabe cuántos años más podrá hacerlo. Le preocupa que nadie siga. "Cuando yo deje de pasar, la cañada se llenará de zarzas en dos inviernos", dice.

Llegó a la dehesa el domingo, con todas las ovejas y un cordero más, nacido por el camino.
"""),

dict(id="h52-ru-001", lang="ru", tpl="bitrixportal", site="Администрация города Верхнесорминска", kind="public",
     section="Земельные отношения", date="2026-04-07", byline="Пресс-служба администрации",
     title="Пенсионерам выделят 120 огородных участков у станции",
     sub="Заявления принимаются до 30 апреля. Очередь на огороды в городе превысила 500 человек.",
     caption="Участок у железнодорожной станции, отведённый под огороды.", credit="Фото: пресс-служба администрации",
     carry=["allotment"], avoid=["copyright", "bookmark"],
     look=[("highlight", "Первыми участки получат"), ("italic", "«Люди годами ждут")],
     body="""
Администрация города Верхнесорминска отводит под огороды новый массив площадью 7,2 гектара у железнодорожной станции. Здесь будет нарезано 120 участков по шесть соток.

Сейчас в очереди на огородные участки в городе стоят 517 человек. Больше половины из них — пенсионеры.

## Кто получит участок

Первыми участки получат пенсионеры, инвалиды и многодетные семьи, которые стоят в очереди дольше трёх лет. Участки предоставляются в аренду на пять лет, плата составит 1 800 рублей в год.

Заявление можно подать в отделе земельных отношений или через портал госуслуг. К нему нужно приложить копию паспорта и документ, подтверждающий льготу.

## Вода и дорога

До начала сезона на массиве пробурят две скважины и отсыпят щебнем подъездную дорогу. На эти работы из городского бюджета выделено 2,4 миллиона рублей.

«Люди годами ждут, когда освободится участок. Новый массив позволит сократить очередь почти на четверть», — сообщил заместитель главы города Виктор Сорокоумов.

Участки будут распределяться жеребьёвкой 15 мая в актовом зале администрации. Присутствовать могут все заявители.

Справки по телефону отдела земельных отношений в рабочие дни с 9 до 17 часов.
"""),

dict(id="h52-ru-002", lang="ru", tpl="portal", section="Экономика", date="2026-07-14", byline="Евгений Колотилин",
     title="Бензин в области подорожал перед уборочной",
     sub="За месяц литр АИ-95 прибавил в цене почти два рубля. Аграрии опасаются роста цен на дизтопливо.",
     caption="Очередь на АЗС на Объездной в понедельник.", credit="Фото: Евгений Колотилин",
     carry=["fuelprice"],
     body="""
Цены на бензин в области за месяц выросли почти на два рубля за литр. По данным областного статистического управления, средняя цена АИ-95 на 10 июля составила 61,85 рубля, АИ-92 — 56,40 рубля.

Сильнее всего цены выросли на небольших АЗС в районах, которые получают топливо через посредников. В крупных сетях рост пока сдерживается.

Средняя цена литра АИ-95 в городах области:

- Верхнеозёрск — 61,40 рубля
- Сормовск — 61,95 рубля
- Красный Бор — 62,30 рубля
- Ключи — 62,80 рубля

Больше всего рост цен беспокоит аграриев: через две недели в области начинается уборка зерновых. Дизельное топливо пока подорожало меньше, на 1,2 рубля, но фермеры опасаются, что к августу ситуация изменится.

«Комбайн за смену съедает 250 литров. Если солярка подорожает ещё на три рубля, мы потеряем на каждом гектаре», — рассказал глава фермерского хозяйства из Ключевского района Анатолий Бережной.

В областном министерстве сельского хозяйства сообщили, что ведут переговоры с нефтебазами о поставках дизтоплива для аграриев по фиксированной цене на время уборки.

Водителям эксперты советуют не запасаться топливом впрок: по их словам, резких скачков цен в ближайшие недели не ожидается.
"""),

dict(id="h52-ru-003", lang="ru", tpl="quintype", section="Люди", date="2026-09-12", byline="Ольга Тучкова",
     title="«Сорок лет на одной переправе»",
     sub="Паромщик Геннадий Шмаков перевозит людей и машины через Сорму с 1986 года. Последний сезон — перед открытием моста.",
     caption="Геннадий Шмаков на пароме у села Заречное.", credit="Фото: Ольга Тучкова",
     look=[("bold", "Сколько рейсов в день?"), ("bold", "Страшно бывало?"), ("bold", "Кого помните?"),
           ("bold", "Рады мосту?"), ("bold", "А потом?"),
           ("highlight", "В ноябре через Сорму откроют")],
     body="""
В ноябре через Сорму откроют новый мост, и паромная переправа у села Заречное закроется. Для паромщика Геннадия Шмакова этот сезон — последний.

Сколько рейсов в день?

Летом до сорока. Утром везу людей на работу в город, вечером обратно. В субботу — дачники, в воскресенье — опять дачники, только в другую сторону.

Страшно бывало?

Один раз, в девяносто четвёртом. Весной лопнул трос, и паром понесло вниз по течению. Выбросило на косу в двух километрах. Никто не пострадал, а корова, которую мы везли, даже не испугалась.

Кого помните?

Всех. Я возил невест на свадьбу и потом их детей в роддом. У меня дома целый фотоальбом: люди присылают снимки, сделанные на пароме, а я их собираю.

Рады мосту?

Для людей это хорошо. Зимой, когда паром стоит, до города было сорок километров в объезд. Теперь будет десять минут.

А потом?

Потом на пенсию. Паром, говорят, отдадут в музей речного флота. Я попросил, чтобы мне разрешили отвести его туда самому.

Последний рейс паромщик совершит в день открытия моста. Жители Заречного уже готовят ему проводы.
"""),
]
