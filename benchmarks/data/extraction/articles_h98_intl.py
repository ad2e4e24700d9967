# Turkish, German, French, Spanish and Russian stories for the ninety-eighth held-out part (h98-*) of the newsflow
# extraction set. Fictional; written for newsflow. Markup and fields as in articles_h98_en.py.
ARTICLES = [
dict(id="h98-tr-001", lang="tr", tpl="drupal",
     section="Gündem", date="2026-01-28", byline="Nurcan Yalçıner",
     title="Kuşpınarı'nda yol altı gündür kapalı, köylüler karı kendileri açıyor",
     sub="Yazıkaya'nın en yüksek köyüne iş makinesi ulaşamayınca muhtar gönüllü bir kar ekibi kurdu.",
     caption="Kuşpınarı köyüne çıkan yol cumartesi sabahı.", credit="Nurcan Yalçıner",
     carry=["snowwardens"],
     body="""
Yazıkaya ilçesine bağlı Kuşpınarı köyünün yolu, geçen hafta başlayan kar fırtınası nedeniyle altı gündür kapalı. Köyde yaşayan 46 hane, ekmek ve ilaç ihtiyacını kar motoruyla taşınan erzakla karşılıyor.

Deniz seviyesinden 1.450 metre yükseklikteki köye giden 9 kilometrelik yolda kar yer yer iki metreyi buldu. İl özel idaresinin iş makineleri önce ana yolları açmaya çalışırken köylüler beklemek yerine kürekleri eline aldı.

## Gönüllü kar ekibi

Muhtar Hüseyin Kocabıyık, köyde kalan gençlerden on iki kişilik bir ekip kurdu. Ekip her sabah okul servisinin durduğu düzlükten başlayarak yolu parça parça açıyor, geceleri de köy konağında nöbet tutuyor.

"Burada doksan yaşında iki hastamız var, birinin diyalize gitmesi gerekiyor," dedi Kocabıyık. "Makine gelene kadar oturup beklesek olmazdı."

Diyaliz hastası Fadime Özkul, pazartesi günü jandarmanın paletli aracıyla ilçe hastanesine götürüldü.

İl özel idaresi yetkilileri, iş makinesinin en geç perşembe günü köye ulaşacağını açıkladı. Kaymakamlık ise kar ekibine kürek, tuz ve çizme gönderdi.

Köye yardım göndermek isteyenler Yazıkaya Kızılay şubesine başvurabilir.
"""),

dict(id="h98-tr-002", lang="tr", tpl="cms",
     section="Yaşam", date="2026-05-08", byline="Serdar Akbulut",
     title="Yazıkaya barajının son kayıkçısı kürekleri bırakıyor",
     sub="Otuz dört yıldır baraj gölünün iki yakası arasında insan taşıyan Kemal Usta emekli oluyor.",
     caption="Kemal Usta kayığının başında.", credit="Serdar Akbulut",
     body="""
Kemal Özdemir, herkesin bildiği adıyla Kemal Usta, 1992'den beri Yazıkaya barajının iki yakası arasında kayıkla yolcu taşıyor. Yeni köprünün açılmasıyla birlikte bu ay son seferini yapacak. Kendisiyle iskelede konuştuk.

**Kayıkla yolcu taşımaya nasıl başladınız?**

Baraj suyu tutunca eski taş köprü ve iki köyün arasındaki yol suyun altında kaldı. Babamın bir balıkçı kayığı vardı, komşular karşıya geçmek için kapımızı çalmaya başladı. Bir baktım, iş oldu.

**Kaç yolcu taşıdığınızı biliyor musunuz?**

Saymadım ama günde kırk kişi desem az bile. Öğrenciler, pazara giden kadınlar, bir keresinde de gelin alayı.

**Gölde en zor gününüz?**

1998 kışı. Göl kenardan donmuştu, buzu kırarak geçtik. Kayıkta hamile bir kadın vardı, hastaneye yetiştirdik.

**Köprüye ne diyorsunuz?**

İyi oldu. Kimse artık fırtınada beklemek zorunda kalmayacak. Ama insanlar kayıkta konuşurdu, köprüde konuşmazlar.

**Kayık ne olacak şimdi?**

Kayığı satmıyorum. Torunlarımla balığa çıkacağım, bir de yıllardır ihmal ettiğim bahçemle uğraşacağım. Eşim otuz dört yıldır beni akşam yemeğine bekliyor, artık bekletmeyeceğim.

Belediye, Kemal Usta için cumartesi günü saat 14.00'te iskelede bir veda töreni düzenleyecek.
"""),

dict(id="h98-tr-003", lang="tr", tpl="legacy-br",
     section="Ekonomi", date="2026-11-19", byline="Gülşen Taşdelen",
     title="Yazıkaya'nın ilk kooperatif zeytinyağı fabrikası sıkıma başladı",
     sub="Üç köyün üreticileri artık zeytinlerini ilçe dışına götürmek zorunda değil.",
     caption="Kooperatif fabrikasında ilk sıkım.", credit="Gülşen Taşdelen",
     low=0,
     body="""
Yazıkaya'da üç köyün üreticilerinin kurduğu kooperatifin zeytinyağı fabrikası bu hafta ilk sıkımı yaptı. Fabrikanın açılmasıyla üreticiler zeytinlerini artık 60 kilometre uzaktaki fabrikalara taşımak zorunda kalmayacak.

Kooperatifin 212 ortağı var. Fabrika, ortakların birikimi ve kalkınma ajansından alınan 4,8 milyon liralık hibeyle kuruldu. Günde 30 ton zeytin işleyebiliyor.

Kooperatif başkanı Mustafa Erdoğdu, yıllardır zeytinlerin yolda beklerken bozulduğunu söyledi. "Zeytin toplandığı gün sıkılmazsa yağın kalitesi düşüyor," dedi. "Artık sabah toplanan zeytin öğleden sonra şişede."

Fabrikada ortaklara şu hizmetler veriliyor:

- sıkım ücreti piyasanın yarısı kadar
- yağın asit ölçümü ücretsiz
- isteyen ortağın yağı kooperatif adıyla satılıyor
- pirina ısınma için köylere dağıtılıyor

İlk hafta 140 ton zeytin sıkıldı. Erdoğdu, bu yıl toplam 2.500 ton beklediklerini söyledi. Kooperatif, gelecek yıl fabrikanın yanına bir şişeleme ünitesi ve küçük bir satış dükkânı kurmayı planlıyor. Köylerden gelen kadın üreticiler için de zeytinyağlı sabun kursu açılacak.

Ortak olmak isteyen üreticiler, Kuşpınarı yolu üzerindeki fabrikaya hafta içi 08.00 ile 17.00 arasında başvurabilir.
"""),

dict(id="h98-de-001", lang="de", tpl="avada", site="Rabenstedter Landbote",
     section="Lokales", date="2026-01-09", byline="Jana Hollweg",
     title="Rabenstedt sucht Schneepaten für Treppen und Gehwege",
     sub="Der Bauhof schafft es bei starkem Schneefall nicht überall hin. Jetzt sollen Freiwillige helfen.",
     caption="Räumfahrzeug des Bauhofs in der Rabenstedter Oberstadt.", credit="Jana Hollweg",
     carry=["snowwardens"], run_in=["snowwardens"],
     look=[("bold", "Die Stadt zahlt Streugut und Versicherung."), ("br", "Eine Informationsveranstaltung")],
     body="""
Nach dem Wintereinbruch der vergangenen Woche sucht die Stadt Rabenstedt Freiwillige, die bei Schnee und Glätte öffentliche Treppen, Bushaltestellen und kurze Gehwege räumen.

Der Bauhof hat für das gesamte Stadtgebiet mit den Ortsteilen Sternwalde und Hainrode nur vier Räumfahrzeuge und elf Mitarbeiter. Bei starkem Schneefall kommen sie zuerst auf die Hauptstraßen und Busrouten. Die steilen Treppen in der Oberstadt blieben am Dienstag bis zum Nachmittag ungeräumt.

Zwei ältere Menschen stürzten dort und mussten ins Krankenhaus gebracht werden.

Bürgermeisterin Katrin Ebeling will deshalb ein Netz aus sogenannten Schneepaten aufbauen. Jeder Pate übernimmt einen festen Abschnitt in seiner Nachbarschaft, etwa eine Treppe oder einen Fußweg zur Schule.

Die Stadt zahlt Streugut und Versicherung.

Außerdem bekommen die Paten eine Schaufel, einen Besen und eine Warnweste. "Niemand muss um fünf Uhr morgens raus", sagte Ebeling. "Es reicht, wenn der Abschnitt bis acht Uhr frei ist."

In Sternwalde gibt es so etwas schon seit Jahren, ohne dass die Stadt davon wusste. Dort räumt der Sportverein jeden Winter die Wege rund um Kirche und Kindergarten.

Wer mitmachen will, meldet sich beim Bürgerbüro im Rathaus.

Eine Informationsveranstaltung gibt es am Donnerstag um 18 Uhr im Ratssaal.
"""),

dict(id="h98-de-002", lang="de", tpl="fusion",
     section="Freizeit", date="2026-05-15", byline="Till Brandhorst",
     title="Freibad Rabenstedt öffnet nach zwei Jahren Sanierung",
     sub="Neue Becken aus Edelstahl, eine Rutsche und ein Kiosk: Am Samstag beginnt die Saison.",
     caption="Das neue Edelstahlbecken im Freibad Rabenstedt.", credit="Till Brandhorst",
     standfirst="Neue Becken aus Edelstahl, eine Rutsche und ein Kiosk: Am Samstag beginnt die Saison.",
     body="""
Nach zwei Sommern ohne Badebetrieb öffnet das Freibad Rabenstedt am Samstag wieder. Die Sanierung hat 5,3 Millionen Euro gekostet, rund 900.000 Euro mehr als geplant.

Die alten Betonbecken aus dem Jahr 1964 waren undicht und verloren jeden Tag mehrere Kubikmeter Wasser. Sie wurden durch Becken aus Edelstahl ersetzt, die weniger Wasser und Energie brauchen.

**Was neu ist**

Die Besucher finden im Bad unter anderem:

- ein Sportbecken mit sechs Bahnen
- ein Nichtschwimmerbecken mit einer 42 Meter langen Rutsche
- ein Planschbecken mit Sonnensegel
- einen Kiosk, den der Förderverein betreibt

Der Förderverein hatte in den vergangenen zwei Jahren fast 60.000 Euro gesammelt, unter anderem mit einem Benefizlauf und dem Verkauf der alten Startblöcke.

**Die Preise bleiben**

Eine Tageskarte kostet weiterhin vier Euro, Kinder zahlen zwei Euro. Die Saisonkarte wird um zehn Euro teurer.

Schwimmmeister Uwe Stolzenberg freut sich auf den ersten Badetag. "Die Stammgäste haben mich im Supermarkt jede Woche gefragt, wann es endlich losgeht", sagte er.

Das Freibad ist bis Mitte September täglich von 9 bis 20 Uhr geöffnet.
"""),

dict(id="h98-de-003", lang="de", tpl="jimdo", site="Dorfverein Sternwalde e.V.", kind="small",
     section="Dorfleben", date="2026-10-03", byline="Dorfverein Sternwalde",
     title="Unser Dorfladen hat wieder geöffnet",
     sub="Nach einem Jahr ohne Einkaufsmöglichkeit betreiben jetzt Ehrenamtliche den Laden am Lindenplatz.",
     caption="Der Dorfladen am Lindenplatz am Eröffnungstag.", credit="Dorfverein Sternwalde",
     body_caption="Die ersten Kundinnen am Samstagmorgen.",
     body="""
Seit Samstag hat Sternwalde wieder einen Laden. Mehr als 200 Menschen kamen zur Eröffnung an den Lindenplatz, und um elf Uhr waren die Brötchen ausverkauft.

Der alte Laden hatte im vergangenen Herbst geschlossen, als die Inhaberfamilie in Rente ging. Seitdem mussten alle ohne Auto mit dem Bus nach Rabenstedt fahren, der nur viermal am Tag fährt.

**Ein Laden, den das Dorf besitzt**

Im Frühjahr gründete der Dorfverein eine Genossenschaft. 168 Haushalte haben Anteile zu je 100 Euro gekauft. Mit dem Geld und einem Zuschuss des Landkreises wurden die Räume renoviert und neue Kühltheken angeschafft.

Eine Verkäuferin ist fest angestellt, alle anderen Schichten übernehmen 34 Ehrenamtliche. Die jüngste ist 16, der älteste 81.

**Aus der Region**

Brot kommt von der Bäckerei Fehling aus Hainrode, Eier und Kartoffeln von zwei Höfen im Dorf, Wurst von der Landmetzgerei in Rabenstedt. Daneben gibt es alles, was man im Alltag braucht.

Im hinteren Raum steht ein Tisch mit Kaffee. "Wir wollten nicht nur einen Laden, sondern einen Ort, an dem man sich trifft", sagt Vorstandsmitglied Heike Rothmann.

Der Dorfladen ist montags bis freitags von 7 bis 12 und von 15 bis 18 Uhr geöffnet, samstags von 7 bis 12 Uhr.
"""),

dict(id="h98-fr-001", lang="fr", tpl="typo3", site="Ville de Vaurignac", kind="public",
     section="Vie municipale", date="2026-04-02", byline="Service communication",
     title="Budget 2026 : Vaurignac n'augmente pas ses taux d'imposition",
     sub="Le conseil municipal a voté un budget de 14,2 millions d'euros, dont 3,9 millions d'investissements.",
     caption="Le conseil municipal réuni dans la salle des mariages.", credit="Ville de Vaurignac",
     carry=["councilrebates"],
     body="""
Le conseil municipal de Vaurignac a adopté lundi soir le budget primitif 2026 par 23 voix pour et 6 abstentions. Pour la quatrième année consécutive, les taux communaux de la taxe foncière ne changent pas.

Le budget s'élève à 14,2 millions d'euros. Les dépenses de fonctionnement augmentent de 3,1 % en raison de la hausse des prix de l'énergie et des salaires des agents.

## Les principaux investissements

La commune consacrera 3,9 millions d'euros aux investissements, dont 1,6 million pour la rénovation de l'école Jean-Moulin, 700 000 euros pour la voirie et 450 000 euros pour le réaménagement des berges de la Brêne à Escourtès.

Le maire, Bernard Castagné, a rappelé que la valeur locative des logements, fixée par l'État, augmente cette année encore. « Même sans toucher aux taux, la facture des propriétaires va monter un peu. Nous le savons », a-t-il dit.

## L'opposition s'abstient

Pour l'opposition, Claire Delmouly a salué la stabilité des taux mais regretté l'absence de nouveaux logements pour les jeunes. « On rénove, c'est bien, mais les familles partent faute de maisons », a-t-elle déclaré.

Le détail du budget peut être consulté à l'accueil de la mairie, du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h.
"""),

dict(id="h98-fr-002", lang="fr", tpl="framer", site="Le Petit Vaurignacois",
     section="Santé", date="2026-08-06", byline="Maëlle Roucayrol",
     title="Réserves de sang au plus bas : une collecte exceptionnelle à Vaurignac",
     sub="L'Établissement français du sang installe ses lits à la salle des fêtes pendant deux jours.",
     caption="Une donneuse lors de la dernière collecte à Vaurignac.",
     carry=["blooddonors"], run_in=["blooddonors"],
     body="""
Les réserves de sang sont tombées sous le seuil d'alerte dans la région, avec moins de dix jours de stock pour certains groupes. L'Établissement français du sang organise donc une collecte exceptionnelle à Vaurignac la semaine prochaine.

L'été est toujours une période difficile. Les donneurs habituels partent en vacances, tandis que les accidents de la route et les opérations urgentes ne s'arrêtent pas. Cette année, les fortes chaleurs de juillet ont encore fait baisser la fréquentation des collectes.

« Un don, c'est dix minutes de prélèvement et une heure en tout », explique le docteur Sylvie Amblard, médecin de collecte. « Une seule poche peut servir à trois malades. »

À Vaurignac, l'amicale des donneurs de sang compte 160 membres, mais la moitié a plus de 60 ans. Sa présidente, Odette Fabre, aimerait voir arriver des jeunes. « Nous avons même prévu des cookies maison et du jus de pomme pour les nouveaux », dit-elle en souriant.

Pour donner, il faut avoir entre 18 et 70 ans, peser au moins 50 kilos et ne pas venir à jeun. Une pièce d'identité est demandée pour un premier don.

La collecte aura lieu à la salle des fêtes, place du Foirail, et il est conseillé de prendre rendez-vous.
"""),

dict(id="h98-fr-003", lang="fr", tpl="semantic",
     section="Portrait", date="2026-06-30", byline="Antoine Lafargue",
     title="Après 38 ans de tournée, Mireille range son vélo jaune",
     sub="La factrice d'Escourtès et des hameaux de la Brêne prend sa retraite vendredi.",
     caption="Mireille Salvetat sur sa tournée à Escourtès.", credit="Antoine Lafargue",
     body="""
Depuis 1988, Mireille Salvetat distribue le courrier à Escourtès et dans les onze hameaux qui bordent la Brêne, d'abord à vélo, puis en voiture jaune. Vendredi, elle fera sa dernière tournée. Nous l'avons accompagnée un matin.

**Combien de kilomètres par jour ?**

Quatre-vingt-sept. J'ai calculé un jour que j'avais fait l'équivalent de vingt fois le tour de la Terre.

**Le métier a-t-il changé ?**

Les lettres ont presque disparu. Aujourd'hui, je livre surtout des colis et des médicaments. Mais je passe aussi voir les anciens, pour vérifier que tout va bien.

**Un souvenir qui vous reste ?**

Le jour où j'ai trouvé monsieur Cazals tombé dans sa cour, en plein hiver. Il m'a offert un jambon chaque Noël pendant quinze ans.

**Les chiens ?**

Je les connais tous par leur nom. J'ai toujours des biscuits dans la poche.

**Que ferez-vous de vos matinées ?**

Je vais apprendre à jouer de l'accordéon. Et je vais enfin lire le courrier des autres… non, je plaisante.

Les habitants d'Escourtès organisent un apéritif en son honneur samedi à 11 heures, devant la mairie annexe.
"""),

dict(id="h98-es-001", lang="es", tpl="regional",
     section="Sociedad", date="2026-03-18", byline="Lucía Barrachina",
     title="Los vecinos que viven solos en Valdecebro podrán pagar menos IBI",
     sub="El Ayuntamiento aprueba una bonificación para hogares de una sola persona con ingresos bajos.",
     caption="Oficina de atención al contribuyente en Valdecebro.", credit="Lucía Barrachina",
     carry=["councilrebates"], run_in=["councilrebates"],
     body="""
El pleno del Ayuntamiento de Valdecebro aprobó el martes por unanimidad una bonificación del impuesto sobre bienes inmuebles para las personas que viven solas y tienen ingresos bajos.

Según el padrón municipal, en el municipio hay 1.930 hogares de una sola persona, casi uno de cada tres. La mayoría son mayores de 65 años, muchos de ellos viudos que viven en la casa familiar.

La concejala de Hacienda, Amparo Villaescusa, explicó que el recibo del IBI ha subido en los últimos años por la revisión catastral y que muchos de estos vecinos lo pagan con una pensión mínima.

La nueva ordenanza fija estas condiciones:

- vivir solo en la vivienda, según el padrón
- que sea la vivienda habitual y la única en propiedad
- tener ingresos anuales inferiores a 15.000 euros
- estar al corriente de pago con el Ayuntamiento

La rebaja será del 40 % del recibo. El Ayuntamiento calcula que podrán beneficiarse unos 600 vecinos y que dejará de ingresar alrededor de 110.000 euros al año.

La bonificación hay que solicitarla antes del 30 de abril en las oficinas municipales o en la sede electrónica.
"""),

dict(id="h98-es-002", lang="es", tpl="orchardcore", site="Ayuntamiento de Fuentelcarro", kind="public",
     section="Deportes", date="2026-10-21", byline="Prensa municipal",
     title="El Balonmano Fuentelcarro organiza su primera jornada de donación de sangre",
     sub="El pabellón municipal acogerá la unidad móvil del centro de transfusión.",
     caption="Jugadoras del Balonmano Fuentelcarro en el pabellón municipal.", credit="Ayuntamiento de Fuentelcarro",
     carry=["blooddonors"],
     body="""
El Club Balonmano Fuentelcarro celebrará su primera jornada de donación de sangre en el pabellón municipal, en colaboración con el centro de transfusión y el Ayuntamiento.

La iniciativa nació en el propio vestuario. La madre de una de las jugadoras del equipo juvenil necesitó varias transfusiones el año pasado, y las chicas decidieron que querían devolver el favor.

**Todo el club se implica**

Jugadores, entrenadores, familias y veteranos se han comprometido a acudir. El club ha repartido carteles por los comercios del pueblo y ha pedido a los equipos rivales de la comarca que se sumen.

"Queremos que donar sea algo tan normal como venir a ver un partido", explicó la presidenta del club, Rosario Peñalver.

**Por qué ahora**

El centro de transfusión recuerda que en otoño bajan las reservas de algunos grupos sanguíneos, sobre todo del 0 negativo, que puede recibir cualquier paciente.

El alcalde, Julián Carrasco, agradeció al club su iniciativa y animó a los vecinos a participar. "Una tarde en el pabellón puede salvar vidas en el hospital", dijo.

Quienes acudan por primera vez deben llevar el DNI y haber comido antes de donar.
"""),

dict(id="h98-es-003", lang="es", tpl="portal",
     section="Cultura", date="2026-08-12", byline="Héctor Montesinos",
     title="Fuentelcarro recupera la trilla tradicional en la era del Calvario",
     sub="Más de 400 personas asistieron a la primera trilla con caballerías en cuarenta años.",
     caption="La trilla en la era del Calvario.", credit="Héctor Montesinos",
     body="""
Fuentelcarro volvió el domingo a trillar como hace medio siglo. La asociación cultural El Rulo organizó en la era del Calvario una trilla con dos mulas y un trillo de pedernal, la primera en el pueblo desde 1985.

Más de 400 personas, muchas de ellas llegadas de Valdecebro y de la capital, siguieron la jornada desde el ribazo.

**Los mayores enseñan**

Los encargados de guiar a las mulas fueron Eusebio Lafuente, de 84 años, y su vecino Ramiro Gil, de 79. Los dos trillaron de niños en esa misma era.

"Lo difícil no es la mula, es aguantar el sol", bromeó Lafuente.

Después de la trilla, los más jóvenes aprendieron a aventar la paja con horcas de madera para separar el grano. La paja se guardó para los corrales y el trigo se repartirá entre los socios.

**Una fiesta para quedarse**

La asociación quiere que la trilla se celebre cada año en agosto. Su presidenta, Nieves Ortubia, explicó que el trillo se restauró en el taller de un carpintero del pueblo y que las mulas las prestó una ganadería de la sierra.

La exposición de aperos antiguos seguirá abierta en el local de la asociación hasta el 31 de agosto, de 19.00 a 21.00.
"""),

dict(id="h98-ru-001", lang="ru", tpl="sanity",
     section="Общество", date="2026-02-12", byline="Дарья Кудрявцева",
     title="Ключарёво неделю живёт без дороги: снег расчищают сами жители",
     sub="Снегоуборочная техника не может пробиться в деревню после метели.",
     caption="Дорога на Ключарёво после метели.", credit="Дарья Кудрявцева",
     carry=["snowwardens"],
     body="""
Деревня Ключарёво Снегирёвского округа седьмой день отрезана от внешнего мира. Единственную дорогу к ней, длиной одиннадцать километров, замело после двухдневной метели.

В деревне зимует 38 человек, большинство из них пенсионеры. Продукты и лекарства им доставляют на снегоходе волонтёры из соседнего Вербилова.

## Лопаты вместо грейдера

Не дожидаясь техники, жители сами взялись за расчистку. Каждое утро восемь мужчин выходят на дорогу с лопатами и трактором «Беларусь», который принадлежит местному фермеру Николаю Зуеву.

«За день проходим метров шестьсот, а ночью опять наметает», — рассказал Зуев.

Староста деревни Валентина Крылова говорит, что больше всего волнуется за пожилых. «У нас две лежачие бабушки. Если что случится, скорая просто не доедет», — сказала она.

## Грейдер придёт к выходным

В администрации округа сообщили, что грейдер направят в Ключарёво, как только будут расчищены основные трассы. По словам заместителя главы округа, это произойдёт до конца недели.

Жителям отдалённых деревень, которым нужна помощь, советуют звонить в единую дежурную службу округа по номеру 112.
"""),

dict(id="h98-ru-002", lang="ru", tpl="joomla4",
     section="ЖКХ", date="2026-03-05", byline="Ирина Белозёрова",
     title="Одиноким пенсионерам Снегирёва вернут половину взноса за капремонт",
     sub="Областная льгота распространяется на тех, кто живёт один и не работает.",
     caption="Квитанции за капремонт.", credit="Ирина Белозёрова",
     carry=["councilrebates"],
     body="""
Одиноко проживающие пенсионеры Снегирёва могут получить компенсацию взноса на капитальный ремонт. Об этом напомнили в управлении социальной защиты округа после того, как с января взнос вырос на 11 процентов.

Сейчас в городе около 2 400 пенсионеров, которые живут одни. Обратились за компенсацией пока меньше половины из них.

Размер компенсации зависит от возраста:

- с 70 лет возвращают половину взноса
- с 80 лет взнос компенсируют полностью
- льгота распространяется только на одну квартиру
- долгов по коммунальным платежам быть не должно

Начальник управления Светлана Маркелова объяснила, что многие пожилые люди просто не знают о льготе. «Приходят за другой справкой, а мы спрашиваем: а капремонт вам возвращают? Оказывается, нет», — сказала она.

Пенсионерка Зинаида Фёдоровна с улицы Белореченской получает компенсацию третий год. «Это почти триста рублей в месяц. Для меня это хлеб и молоко», — говорит она.

Деньги перечисляют на счёт или выдают через почту. Компенсацию назначают с месяца, следующего за обращением, поэтому откладывать не стоит.

Приём ведётся в управлении социальной защиты, улица Ленина, 14, по будням с 9:00 до 17:00.
"""),

dict(id="h98-ru-003", lang="ru", tpl="modx", site="Снегирёвский вестник",
     section="Люди Снегирёва", date="2026-09-24", byline="Олег Пименов",
     title="Сорок лет на вышке: лесной сторож из Вербилова уходит на пенсию",
     sub="Анатолий Гусев каждое лето смотрел за лесом с 30-метровой пожарной вышки.",
     caption="Анатолий Гусев у пожарной вышки под Вербиловом.", credit="Олег Пименов",
     body="""
Анатолий Гусев с 1986 года каждое лето поднимается на пожарную вышку в лесу под Вербиловом. С этой осени на вышке будут работать камеры, и лесной сторож уходит на пенсию. Мы поговорили с ним.

**Страшно было в первый раз?**

Конечно. Тридцать метров, лестница качается. Но через неделю привык, а потом уже бегом поднимался.

**Сколько пожаров вы заметили?**

Я записывал. Двести семнадцать. Большинство маленьких, от костров и молний. Но в 2010 году горело так, что дым стоял неделю.

**Как вы их видите?**

Сначала дымок, тонкий, как от сигареты. Потом по карте и по буссоли определяешь направление и звонишь в лесничество.

**Одному на вышке не скучно?**

Нет. У меня радио, книги, термос с чаем и бинокль. Жена по воскресеньям приносила пироги. Лоси приходят, однажды медведица с медвежатами прошла.

**Камеры вас заменят?**

Камеры видят дым. А я ещё знаю, где кто из деревенских костёр жжёт, и по цвету дыма понимаю, горит трава или лес.

Проводы Анатолия Гусева пройдут в лесничестве в Вербилове в субботу в 12:00.
"""),
]
