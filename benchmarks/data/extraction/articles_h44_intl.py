# Turkish, German, French, Spanish and Russian stories for the forty-fourth held-out part (h44-*).
# Fictional; written for newsflow in each language (not translated). Markup and fields as in articles_h44_en.py.
ARTICLES = [
dict(id="h44-tr-001", lang="tr", tpl="nextjs", section="Kent", date="2026-05-11", byline="Burak Ekinci",
     title="Sanayi Kavşağı trafiğe açıldı: 'Sabah kuyruğu yarıya inecek'",
     sub="Büyükşehir Belediyesi Ulaşım Dairesi Başkanı Sevgi Karakaya yeni köprülü kavşağı anlattı.",
     caption="Sanayi Kavşağı'nın açılışından sonra ilk sabah trafiği.", credit="Fotoğraf: Burak Ekinci",
     carry=["cams"],
     look=[("bold", "Kavşak neden bu kadar gecikti?"), ("bold", "Sürücüler ne zaman fark edecek?"),
           ("bold", "Ya yayalar?"), ("bold", "Sırada hangi işler var?")],
     body="""
Organize Sanayi Bölgesi girişindeki köprülü kavşak, iki buçuk yıl süren çalışmaların ardından pazar gecesi trafiğe açıldı. Günde 48 bin aracın geçtiği kavşakta sabahları kuyruk zaman zaman iki kilometreyi buluyordu.

Büyükşehir Belediyesi Ulaşım Dairesi Başkanı Sevgi Karakaya ile yeni kavşağı ve sürücüleri bekleyen değişiklikleri konuştuk.

Kavşak neden bu kadar gecikti?

Zemin etütlerinde eski bir dere yatağı çıktı. Köprü ayaklarının temelini yeniden hesaplamak zorunda kaldık. Bu bize yaklaşık yedi ay kaybettirdi.

Sürücüler ne zaman fark edecek?

Hemen. Artık sanayiye giren tırlar ışıkta beklemiyor, köprünün altından doğrudan bölgeye geçiyor. Ölçümlerimize göre sabah 7 ile 9 arasındaki bekleme süresi 22 dakikadan 11 dakikaya inecek.

Ya yayalar?

Kavşağın iki yanına asansörlü üst geçit yaptık. Fabrikalarda çalışan işçilerin büyük kısmı servisten inip yolun karşısına yürüyordu. Artık trafiğe hiç çıkmadan geçebilecekler.

Sırada hangi işler var?

Kavşağın yan yollarındaki asfalt ve aydınlatma işleri haziran sonuna kadar sürecek. O süre boyunca gece saatlerinde tek şerit kapalı olacak.

Kavşağın toplam maliyeti 612 milyon lira oldu. Belediye, trafik akışını ilk üç ay boyunca kamerayla izleyip ışık sürelerini buna göre ayarlayacağını açıkladı.
"""),

dict(id="h44-tr-002", lang="tr", tpl="semantic", section="Yaşam", date="2026-08-19", byline="Ece Tunçdemir",
     title="Muhtarlığın kedisi Şerafettin'in 12 bin takipçisi var",
     sub="Beş yıl önce muhtarlığın kapısına gelen sarman kedi, mahallenin en tanınan sakini oldu.",
     caption="Şerafettin, muhtarlıktaki masasının üzerinde.", credit="Fotoğraf: Ece Tunçdemir",
     carry=["puzzles"],
     look=[("italic", "Muhtar Kadir Aslantürk")],
     body="""
Yenimahalle Muhtarlığı'na gelenler, önce muhtarı değil, masanın üzerinde uyuyan sarman kediyi görüyor. Adı Şerafettin, yaşı tahminen yedi, sosyal medyadaki takipçi sayısı ise 12 bini geçmiş durumda.

Şerafettin beş yıl önce bir kış sabahı muhtarlığın kapısında bulundu. Bir pati kırıktı. Muhtar Kadir Aslantürk onu veterinere götürdü, tedavi masraflarını mahalleli topladı.

"İyileşince salarız dedik, ama o gitmedi. Sabah ben gelmeden kapının önünde bekliyor," diyor Aslantürk.

Kedinin fotoğraflarını paylaşan hesabı muhtarlığın gönüllü sekreteri Nurcan Yazıcı açtı. İlk paylaşım, Şerafettin'in ikametgâh belgelerinin üzerinde uyuduğu bir fotoğraftı. "Bir gecede üç bin kişi takip etti. Şimdi yurt dışından mesaj atanlar var," diyor Yazıcı.

Muhtar Kadir Aslantürk, kedinin mahalleye başka faydaları da olduğunu söylüyor. Muhtarlığa uğrayan yaşlılar artık işleri bitince hemen gitmiyor, oturup çay içiyor, sohbet ediyor.

Şerafettin'in mama ve veteriner masrafları, muhtarlığın önüne konan bir kumbarayla karşılanıyor. Kumbaradan artan para ise mahalledeki sokak hayvanları için kullanılıyor.

Geçen ay belediye, Şerafettin'in resmini mahallenin yeni tanıtım broşürünün kapağına koydu. Muhtar, kedinin bu ilgiden pek etkilenmediğini söylüyor: "Yine bütün gün uyuyor."
"""),

dict(id="h44-tr-003", lang="tr", tpl="cms", section="Ekonomi", date="2026-03-04", byline="Halil Özpınar",
     title="Salı pazarında limonun kilosu 60 liraya çıktı",
     sub="Ramazan öncesi sebze ve meyve fiyatları geçen haftaya göre yükseldi; en çok artış limonda.",
     caption="Salı pazarındaki tezgâhlar.", credit="Fotoğraf: Halil Özpınar",
     low=0,
     body="""
Kasabanın en büyük semt pazarı olan Salı pazarında bu hafta sebze ve meyve fiyatları yükseldi. En dikkat çekici artış limonda oldu: geçen hafta 40 liraya satılan limonun kilosu 60 liraya çıktı.

Pazarcılar artışın nedenini, Akdeniz'deki don nedeniyle hasadın düşmesine bağlıyor. Otuz yıldır pazarda tezgâh açan Rıfat Demirkol, "Halden pahalı alıyoruz, pahalı satıyoruz. Bizim kazancımız aynı," dedi.

## Bu haftanın fiyatları

- Limon: 60 lira
- Domates: 45 lira
- Salatalık: 35 lira
- Patates: 22 lira
- Kuru soğan: 18 lira
- Portakal: 30 lira

Domates fiyatı da geçen haftaya göre beş lira arttı. Patates ve soğan ise aynı kaldı.

## Vatandaş az alıyor

Pazara gelenler, fiyatlar yüzünden alışverişlerini azalttıklarını söylüyor. Emekli öğretmen Gönül Karabulut, "Eskiden file dolusu alırdım. Şimdi tanesini sayıyorum," dedi.

Bazı pazarcılar ise akşama doğru fiyat düşürüyor. Kapanıştan önce pazara gelenler, domatesi 30 liraya kadar bulabiliyor.

Belediye zabıtası, fiyat etiketi bulunmayan tezgâhlara bu hafta 14 tutanak tuttu. Zabıta Müdürü Cengiz Bayraktar, denetimlerin ramazan boyunca her hafta süreceğini açıkladı.

Salı pazarı her salı 07.00 ile 19.00 arasında Cumhuriyet Meydanı'nda kuruluyor.
"""),

dict(id="h44-de-001", lang="de", tpl="typo3", section="Region", date="2026-08-10", byline="Friederike Hollmann",
     title="Sternschnuppen-Nacht auf dem Kappelberg: Sternwarte erwartet 800 Gäste",
     sub="Die Volkssternwarte lädt am Mittwoch zur Beobachtung der Perseiden ein. Wer kommt, sollte eine Decke mitbringen.",
     caption="Die Kuppel der Volkssternwarte auf dem Kappelberg.", credit="Foto: Friederike Hollmann",
     carry=["sky"],
     look=[("bold", "Bis zu 60 Sternschnuppen")],
     body="""
Bis zu 60 Sternschnuppen pro Stunde: Das versprechen die Hobby-Astronomen der Volkssternwarte Kappelberg für die Nacht von Mittwoch auf Donnerstag, wenn der Meteorstrom der Perseiden seinen Höhepunkt erreicht.

Der Verein öffnet dafür das Gelände rund um die Sternwarte ab 21 Uhr für alle. Im vergangenen Jahr kamen rund 600 Besucher, diesmal rechnet der Vorsitzende Gerhard Wallner mit mindestens 800.

„Die Bedingungen sind in diesem Jahr ideal. Der Mond geht erst nach Mitternacht auf, und der Himmel über dem Kappelberg ist einer der dunkelsten im Landkreis“, sagt Wallner.

## Was Besucher wissen sollten

Fernglas oder Teleskop braucht man für Sternschnuppen nicht. Am besten legt man sich auf eine Decke oder einen Liegestuhl und schaut nach Nordosten. Die Augen brauchen etwa 20 Minuten, um sich an die Dunkelheit zu gewöhnen. Wer in dieser Zeit auf das Handy schaut, muss wieder von vorn anfangen.

Im Kuppelraum können Besucher außerdem den Saturn und seine Ringe durch das große Spiegelteleskop sehen. Dort ist allerdings mit Wartezeiten zu rechnen.

## Anfahrt

Der Parkplatz an der Sternwarte ist klein und wird bereits am frühen Abend voll sein. Der Verein empfiehlt, am Wanderparkplatz Kappelmühle zu parken und die letzten 1,5 Kilometer zu Fuß zu gehen. Taschenlampen bitte nur mit rotem Licht.

Der Eintritt ist frei, der Verein freut sich über Spenden für die neue Kuppelsteuerung. Bei Bewölkung fällt die Veranstaltung aus; die Sternwarte informiert ab 18 Uhr auf ihrer Website.
"""),

dict(id="h44-de-002", lang="de", tpl="sanity", section="Vermischtes", date="2026-10-05", byline="Tobias Rinkleff",
     title="Mit 92 Jahren zum Kürbiskönig von Oberhaslach",
     sub="Wilhelm Sauerbrey gewinnt den Wettbewerb mit einem Kürbis von 311 Kilo. Er hat nur Regenwasser benutzt.",
     caption="Wilhelm Sauerbrey neben seinem Siegerkürbis.", credit="Foto: Tobias Rinkleff",
     carry=["puzzles"],
     look=[("dropcap", "Wilhelm Sauerbrey ist 92")],
     body="""
Wilhelm Sauerbrey ist 92 Jahre alt, und er hat in diesem Jahr den größten Kürbis von Oberhaslach gezogen. Beim Kürbisfest am Sonntag brachte sein Riesenkürbis 311 Kilogramm auf die Waage.

Damit verwies der frühere Landwirt die Konkurrenz deutlich auf die Plätze. Die Ergebnisse des Wettbewerbs:

1. Wilhelm Sauerbrey: 311 Kilogramm
2. Familie Kronawitter: 264 Kilogramm
3. Kindergarten Sonnenblume: 198 Kilogramm

Für den Transport zur Waage musste die Freiwillige Feuerwehr anrücken. Sechs Männer und ein Gabelstapler waren nötig, um den Kürbis auf den Anhänger zu heben.

Sein Geheimnis? Sauerbrey lacht. „Regenwasser, Pferdemist und jeden Abend ein paar nette Worte“, sagt er. Das Wasser sammelt er in drei alten Badewannen hinter der Scheune.

Angefangen hat alles vor vier Jahren mit einem Samen, den ihm sein Urenkel zum Geburtstag geschenkt hatte. Der erste Kürbis wog 40 Kilo, der zweite schon 150.

Der Kindergarten Sonnenblume freute sich trotzdem über den dritten Platz. Die Kinder hatten ihren Kürbis den ganzen Sommer lang selbst gegossen.

Was mit dem Siegerkürbis passiert, steht schon fest: Der Heimatverein schnitzt daraus zu Halloween eine Laterne für den Dorfplatz. Die Kerne behält Sauerbrey. „Nächstes Jahr werden es 350“, sagt er.
"""),

dict(id="h44-de-003", lang="de", tpl="storybody", section="Verkehr", date="2026-01-19", byline="Marlene Großkopf",
     title="Lahnbrücke gesperrt: Pendler stehen bis zu einer Stunde im Stau",
     sub="Nach der Vollsperrung der Brücke in Weilrode staut sich der Verkehr auf der Umleitung durch die Dörfer.",
     caption="Stau auf der Umleitungsstrecke in Niederbrechen am Montagmorgen.", credit="Foto: Marlene Großkopf",
     carry=["cams"],
     section_tag=True,
     body="""
Seit Montag ist die Lahnbrücke bei Weilrode für den gesamten Verkehr gesperrt. Schon am ersten Morgen standen Pendler auf der Umleitung bis zu einer Stunde im Stau.

Bei einer Routineprüfung hatten Gutachter in der vergangenen Woche Risse an zwei Spannbetonträgern entdeckt. Die Straßenbaubehörde ließ die Brücke daraufhin noch am Freitagabend schließen. Über die Brücke fuhren bisher täglich rund 14.000 Fahrzeuge.

**Umleitung durch drei Dörfer**

Die ausgeschilderte Umleitung führt über Niederbrechen, Lindenholz und Eschhofen und ist elf Kilometer lang. Am Montag staute sich der Verkehr dort zwischen 6.30 und 8.30 Uhr fast durchgehend.

Anwohner in Niederbrechen beklagen sich über Lastwagen in der engen Ortsdurchfahrt. „Die Lkw fahren hier auf den Bürgersteig, weil sie anders nicht aneinander vorbeikommen“, sagt Anwohnerin Petra Schaake.

**Wie lange die Sperrung dauert**

Wie lange die Brücke gesperrt bleibt, ist offen. Die Behörde will in den nächsten drei Wochen prüfen, ob die Träger verstärkt werden können oder die Brücke abgerissen werden muss.

Bürgermeister Dirk Hellwege fordert eine Behelfsbrücke. „Ein Neubau dauert Jahre. So lange können wir die Dörfer nicht mit dem Verkehr allein lassen“, sagt er.

Der Busverkehr der Linie 280 fährt ebenfalls über die Umleitung. Der Verkehrsverbund rät, rund 20 Minuten mehr Fahrzeit einzuplanen.
"""),

dict(id="h44-fr-001", lang="fr", tpl="quintype", section="Société", date="2026-06-03", byline="Clémence Aubriot",
     title="À 11 ans, Inès remporte la finale régionale de calcul mental",
     sub="L'élève de CM2 de l'école des Tilleuls a battu 46 finalistes, dont plusieurs collégiens.",
     caption="Inès Benhamou avec son trophée, dans la cour de l'école des Tilleuls.", credit="Photo : Clémence Aubriot",
     carry=["puzzles"],
     look=[("highlight", "Quarante-sept fois huit")],
     body="""
Quarante-sept fois huit ? Inès Benhamou répond avant même la fin de la question : trois cent soixante-seize. À 11 ans, l'élève de CM2 de l'école des Tilleuls, à Montravel, vient de remporter la finale régionale du concours de calcul mental.

La finale s'est tenue samedi au lycée Paul-Éluard, devant près de 300 spectateurs. Inès affrontait 46 autres finalistes, du CM1 à la cinquième. Elle a répondu juste aux 40 questions de l'épreuve, en un peu moins de huit minutes.

« Je ne m'entraîne pas vraiment. Je calcule tout le temps, dans la voiture, au supermarché, sur les plaques d'immatriculation », explique-t-elle en haussant les épaules.

Sa maîtresse, Nathalie Vergnes, a repéré son talent dès la rentrée. « Elle finissait les exercices avant que j'aie fini de les écrire au tableau. Il fallait lui trouver autre chose », raconte-t-elle.

C'est elle qui a inscrit toute la classe au concours, organisé chaque année par l'association des professeurs de mathématiques. Trois autres élèves des Tilleuls se sont qualifiés pour la finale.

Inès représentera la région à la finale nationale, le 20 juin à Paris. Sa mère, Samira Benhamou, avoue être plus stressée que sa fille. « Moi, je compte encore sur mes doigts », plaisante-t-elle.

La mairie de Montravel prendra en charge le voyage de la famille.
"""),

dict(id="h44-fr-002", lang="fr", tpl="magazine", section="Portrait", date="2026-02-24", byline="Étienne Maréchal",
     title="Le dernier sabotier du Haut-Morvan",
     sub="À 76 ans, Raymond Gueugnon taille encore des sabots de bouleau dans son atelier de Villapourçon. Il cherche quelqu'un à qui transmettre.",
     caption="Raymond Gueugnon dans son atelier, une paire de sabots à la main.", credit="Photo : Étienne Maréchal",
     pull="Un sabot, ça se fait avec les mains, pas avec la tête",
     look=[("dropcap", "Dans l'atelier de Raymond Gueugnon"), ("box", "Sabots sur commande")],
     body="""
Dans l'atelier de Raymond Gueugnon, l'odeur du bouleau fraîchement coupé se mêle à celle du poêle à bois. Les copeaux s'accumulent jusqu'aux chevilles. Au mur, une trentaine d'outils aux manches polis par des décennies de travail.

À 76 ans, il est le dernier sabotier en activité du Haut-Morvan. Son père et son grand-père faisaient le même métier, dans le même atelier, à l'entrée de Villapourçon.

**Trois jours pour une paire**

Il lui faut trois jours pour une paire. Le bois doit être travaillé vert, juste après l'abattage. Il le fend à la hache, le dégrossit, puis creuse l'intérieur avec une cuillère, une longue mèche recourbée qu'il a héritée de son père.

« Un sabot, ça se fait avec les mains, pas avec la tête », dit-il. « Si vous réfléchissez trop, vous ratez le talon. »

**Des clients jusqu'au Japon**

Ses clients ne sont plus des paysans. Ce sont des jardiniers, des groupes folkloriques, des collectionneurs. Il a récemment expédié deux paires à Osaka, pour un musée des métiers.

Sabots sur commande : comptez 90 euros la paire, et trois mois d'attente. Raymond Gueugnon ne vend ni sur internet ni par téléphone. Il faut passer à l'atelier.

**Aucun repreneur en vue**

Sa seule inquiétude, c'est la suite. Ses deux fils ont choisi d'autres métiers. Deux jeunes sont venus faire un stage l'an dernier, mais aucun n'est resté. « C'est dur, et ça ne nourrit pas une famille », reconnaît-il.

Le parc naturel régional envisage de filmer ses gestes, pour qu'ils ne se perdent pas.
"""),

dict(id="h44-fr-003", lang="fr", tpl="hugo", section="Sortir", date="2026-08-08", byline="Lucile Fabrègues",
     title="Nuit des étoiles : le plateau de Roquebrune attend un millier de curieux",
     sub="Le club d'astronomie de la vallée installera quinze télescopes samedi soir. Conférence, observation et soupe à l'oignon.",
     caption="Observation au télescope lors de l'édition 2025 sur le plateau.", credit="Photo : Lucile Fabrègues",
     carry=["sky"],
     look=[("italic", "Apportez un pull")],
     body="""
Le club d'astronomie Orion de la vallée de l'Aigoual organise samedi sa Nuit des étoiles sur le plateau de Roquebrune. L'an dernier, plus de 800 personnes étaient montées observer le ciel. Cette année, les organisateurs en attendent un millier.

Quinze télescopes seront installés sur le pré communal, à côté de la bergerie. Les bénévoles du club guideront les visiteurs vers Saturne, la galaxie d'Andromède et, si le ciel le permet, les premières étoiles filantes des Perséides.

## Au programme de la soirée

La soirée débutera à 20 h 30 par une conférence en plein air sur la pollution lumineuse, donnée par l'astrophysicienne Hélène Castanier. L'observation commencera à la tombée de la nuit, vers 21 h 45.

Pour les enfants, un atelier de fabrication de cartes du ciel aura lieu sous la bergerie de 19 h à 20 h. La buvette du comité des fêtes servira de la soupe à l'oignon toute la nuit.

## Un ciel protégé

Le plateau fait partie de la réserve internationale de ciel étoilé créée en 2018. Les communes voisines éteignent leur éclairage public à minuit, et Roquebrune a remplacé tous ses lampadaires par des modèles orientés vers le sol.

« Ici, on voit encore la Voie lactée à l'œil nu. Dans beaucoup de villes, les enfants ne l'ont jamais vue », souligne le président du club, Bernard Falguières.

Apportez un pull, une couverture et une lampe à lumière rouge : même en août, il fait frais à 1 100 mètres d'altitude.

L'accès est gratuit. En cas de nuages, la soirée sera reportée au dimanche.
"""),

dict(id="h44-es-001", lang="es", tpl="chunks", section="Deportes", date="2026-05-04", byline="Raúl Echevarren",
     title="Begoña Larrañaga: \"Hemos ganado la liga con un pabellón sin calefacción\"",
     sub="La entrenadora del Urdaibai Saskibaloia femenino habla del ascenso a Liga Femenina 2 tras ganar en Zarautz.",
     caption="Begoña Larrañaga da instrucciones durante el último partido de liga.", credit="Foto: Raúl Echevarren",
     carry=["scores"],
     look=[("bold", "¿Qué pasó en los últimos minutos?"), ("bold", "¿Cómo se entrena con frío?"),
           ("bold", "¿Y el presupuesto?"), ("bold", "¿Un nombre propio?")],
     body="""
El Urdaibai Saskibaloia femenino jugará la próxima temporada en Liga Femenina 2. Lo certificó el sábado con una victoria por 61-64 en la pista del Zarautz, en la última jornada de la fase de ascenso.

Hablamos con su entrenadora, Begoña Larrañaga, 38 años, profesora de educación física y al frente del equipo desde hace cinco temporadas.

¿Qué pasó en los últimos minutos?

Perdíamos de cuatro a falta de dos minutos. Pedí tiempo muerto y les dije que defendieran como nunca. Robamos dos balones seguidos y Ane Goikoetxea metió un triple que todavía no me creo.

¿Cómo se entrena con frío?

Con mucha ropa. La calefacción del polideportivo lleva rota desde noviembre. Hemos entrenado con guantes y con el chándal puesto hasta el calentamiento. Nadie se ha quejado.

¿Y el presupuesto?

Es el problema. En Liga Femenina 2 hay viajes a Galicia y a Castilla, con noche de hotel. Necesitamos unos 60.000 euros más. Estamos hablando con el Ayuntamiento y con empresas de la comarca.

¿Un nombre propio?

Todas. Pero si tengo que decir una, Maite Bilbao. Tiene 41 años, se levanta a las cinco para ir a la conservera y no ha faltado a un solo entrenamiento.

El club celebrará el ascenso el próximo domingo con una comida en el frontón municipal, abierta a todos los vecinos.
"""),

dict(id="h44-es-002", lang="es", tpl="medium", site="La Libreta del Matarraña", kind="indie", section="Pueblos",
     date="2026-11-12", byline="Nerea Casanova",
     title="La tienda de Fuentespalda busca quien la quiera",
     sub="Rosario Albesa se jubila en diciembre después de 41 años detrás del mostrador. Si nadie la coge, el pueblo se quedará sin tienda.",
     caption="Rosario Albesa en la tienda de la plaza de Fuentespalda.", credit="Foto: Nerea Casanova",
     look=[("italic", "Si alguien quiere probar")],
     body="""
Seguir a la tienda de Fuentespalda en Instagram no sirve de mucho: tiene 212 seguidores y la última foto es de 2021. Pero todo el pueblo sabe dónde está. En la plaza, al lado de la iglesia, abierta de nueve a dos desde hace 41 años.

Rosario Albesa, 66 años, se jubila el 31 de diciembre. Sus hijos viven en Zaragoza y en Barcelona, y ninguno piensa volver. Si nadie coge el negocio, Fuentespalda, con 290 vecinos, se quedará sin tienda.

"Aquí vendo de todo: pan, fruta, tornillos, pilas, sellos. Lo que no tengo, lo encargo", explica. Cada martes baja con la furgoneta a Valderrobres a por género.

**El Ayuntamiento pone el local**

El Ayuntamiento, dueño del local, ofrece un alquiler simbólico de 50 euros al mes y la vivienda de arriba gratis durante los dos primeros años. El alcalde, Joaquín Monclús, reconoce que es la única forma de atraer a alguien. "Sin tienda, los mayores dependen de que alguien los baje en coche. Y eso no es vivir en el pueblo", dice.

Ya han preguntado dos familias, una de Valencia y otra de Rumanía que vive en Alcañiz. Ninguna se ha decidido todavía.

**Clientes fieles**

Rosario calcula que atiende a unas 60 personas al día en verano y a la mitad en invierno. Muchas vienen más a hablar que a comprar. "Esto es más que una tienda. Aquí me entero de quién está enfermo y de quién necesita algo", dice.

Si alguien quiere probar, Rosario se ofrece a enseñarle el oficio durante un mes antes de irse. Gratis.
"""),

dict(id="h44-es-003", lang="es", tpl="ucoz", site="Asociación Vecinal de Fuentelrío", kind="small", section="Noticias",
     date="2026-07-28", byline="junta_vecinal",
     title="Programa de las fiestas de San Roque 2026",
     sub="Cinco días de fiestas, del 12 al 16 de agosto, con la vaquilla, la cena popular y la verbena.",
     caption="La cena popular de las fiestas del año pasado en la plaza.", credit="Foto: Asociación Vecinal de Fuentelrío",
     carry=["calendar"],
     body="""
La junta de la asociación vecinal, junto con la comisión de fiestas, ha cerrado ya el programa de las fiestas de San Roque, que se celebrarán del 12 al 16 de agosto.

Este año las fiestas tendrán un día más gracias a los 3.200 euros que se recaudaron en la rifa de primavera y a la aportación del Ayuntamiento.

Estos son los actos principales:

- Miércoles 12: pregón a cargo de la señora Eulalia Barrachina, la vecina más mayor del pueblo, a las 20:00
- Jueves 13: campeonato de guiñote en el bar del centro social, a las 17:00
- Viernes 14: cena popular en la plaza, a las 21:30
- Sábado 15: vaquilla por la mañana y verbena con la orquesta Tentación por la noche
- Domingo 16: misa y procesión de San Roque, y chocolatada para los niños

Los tickets para la cena popular cuestan 12 euros los adultos y 6 euros los niños. Se pueden comprar en el bar del centro social hasta el 8 de agosto. Se ruega a los vecinos que traigan sus propios platos y cubiertos, para no usar plásticos.

La comisión busca también voluntarios para montar el escenario el viernes por la mañana y para recoger la plaza el domingo. Quien pueda echar una mano, que se apunte en la lista del bar.

Gracias a todos los que colaboráis cada año. ¡Felices fiestas!
"""),

dict(id="h44-ru-001", lang="ru", tpl="liferay", site="ГТРК «Приозерье»", kind="broadcaster", section="Новости региона",
     date="2026-07-09", byline="Алина Веретенникова",
     title="В Приозерье до конца недели ожидается жара до +36",
     sub="Синоптики объявили оранжевый уровень опасности. Врачи советуют не выходить на улицу в середине дня.",
     caption="Городской пляж на Светлом озере в среду днём.", credit="Фото: Алина Веретенникова / ГТРК «Приозерье»",
     inset=("Поливальная машина на улице Ленина.", "Фото: ГТРК «Приозерье»"),
     carry=["sky"],
     look=[("dropcap", "Аномальная жара"), ("factbox", "Как защититься от жары"), ("highlight", "На городских пляжах")],
     body="""
Аномальная жара, которая держится в Приозерье с воскресенья, не отступит до конца недели. По прогнозу регионального гидрометцентра, в четверг и пятницу воздух прогреется до +34…+36 градусов, это на 8–10 градусов выше климатической нормы.

Синоптики объявили оранжевый уровень опасности. Ночью температура не будет опускаться ниже +22, поэтому жилые дома почти не будут остывать.

В региональном Минздраве сообщили, что за последние три дня число вызовов скорой помощи выросло на 15 процентов. Чаще всего за помощью обращаются пожилые люди с гипертонией и сердечными заболеваниями.

## Как защититься от жары

- Не выходите на улицу с 11 до 17 часов без необходимости
- Пейте воду небольшими порциями, даже если не хочется пить
- Не оставляйте детей и животных в закрытых автомобилях
- Навещайте пожилых родственников и соседей

На городских пляжах в эти дни многолюдно. Спасатели напоминают, что купаться можно только в оборудованных местах. С начала июля в области утонули три человека, все — на необорудованных водоёмах.

Мэрия Приозёрска продлила работу поливальных машин: теперь они выходят на улицы трижды в день. В трамваях и автобусах с кондиционерами включат охлаждение на полную мощность, пообещал перевозчик.

Небольшое похолодание, до +27, синоптики ожидают только в воскресенье, вместе с грозами и сильным ветром.
"""),

dict(id="h44-ru-002", lang="ru", tpl="portal", section="Общество", date="2026-04-08", byline="Денис Шалагин",
     title="Фельдшер из Кузьминки: «За сорок лет я принимала роды в бане и на снегоходе»",
     sub="Валентина Сорокина уходит на пенсию. Мы поговорили с ней о самых трудных вызовах и о том, кто её заменит.",
     caption="Валентина Сорокина у фельдшерско-акушерского пункта в Кузьминке.", credit="Фото: Денис Шалагин",
     look=[("bold", "Как вы попали в Кузьминку?"), ("bold", "Какой вызов вы запомнили больше всего?"),
           ("bold", "Страшно было?"), ("bold", "Кто будет работать после вас?")],
     body="""
Валентина Сорокина проработала фельдшером в Кузьминке сорок лет. На её участке пять деревень и около семисот жителей. В пятницу у неё последний рабочий день.

Как вы попали в Кузьминку?

По распределению, в 1986 году. Мне было девятнадцать. Думала, отработаю три года и уеду в город. Потом вышла замуж, родились дети, и город как-то сам отпал.

Какой вызов вы запомнили больше всего?

Роды в бане, в феврале. Дорогу замело, скорая из райцентра не могла пройти. Муж роженицы прислал за мной снегоход. Мальчика назвали Валентином, в честь меня. Сейчас он сам отец троих детей.

Страшно было?

Всегда страшно. Но когда ты одна на пять деревень, бояться некогда. Боишься потом, дома, когда всё закончилось.

Кто будет работать после вас?

Пока никто. Вакансия открыта с осени. Район обещает молодому специалисту служебное жильё и подъёмные, но желающих нет. Первое время пациентов будет принимать врач из райцентра по вторникам и четвергам.

Жители Кузьминки в воскресенье устраивают для Валентины Сорокиной проводы в сельском клубе. Глава поселения обещал вручить ей почётную грамоту района.
"""),

dict(id="h44-ru-003", lang="ru", tpl="regional", section="Спорт", date="2026-03-16", byline="Артём Кулешов",
     title="«Труд» из Заречного впервые вышел в финал областного первенства по хоккею",
     sub="Команда выиграла полуфинальную серию у «Металлурга» со счётом 3:1.",
     caption="Хоккеисты «Труда» после победы в четвёртом матче полуфинала.", credit="Фото: Артём Кулешов",
     carry=["scores"],
     body="""
Хоккейный клуб «Труд» из Заречного впервые в своей истории вышел в финал первенства области. В воскресенье команда обыграла «Металлург» из Верхнекамска со счётом 4:2 и выиграла полуфинальную серию 3:1.

Результаты полуфинальной серии:

- Первый матч: «Труд» — «Металлург» 3:2 (ОТ)
- Второй матч: «Труд» — «Металлург» 1:4
- Третий матч: «Металлург» — «Труд» 2:5
- Четвёртый матч: «Металлург» — «Труд» 2:4

**Решающий период**

Судьбу воскресного матча решил третий период. При счёте 2:2 капитан «Труда» Сергей Пантелеев забросил шайбу в большинстве, а за две минуты до конца Илья Горбунов отправил шайбу в пустые ворота.

Главный тренер «Труда» Владимир Носков признался, что перед серией в финал не верил никто, кроме самих хоккеистов. «Металлург» выигрывал первенство области три года подряд.

**Лёд заливают сами**

Своей крытой арены в Заречном нет. Команда тренируется на открытом катке у школы № 2, лёд на котором заливают сами игроки и их отцы. В оттепель тренировки приходится переносить в соседний район.

Финальная серия против «Ангары» из Усть-Илимска начнётся в следующую субботу. Первые два матча пройдут на выезде, билеты на домашние игры поступят в продажу в среду в кассе Дома спорта.
"""),
]
