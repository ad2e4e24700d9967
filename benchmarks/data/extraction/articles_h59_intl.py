# Turkish, German, French, Spanish and Russian stories for the fifty-ninth held-out part (h59-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Markup and fields as in articles_h59_en.py.
ARTICLES = [
dict(id="h59-tr-001", lang="tr", tpl="cms", section="Spor", date="2026-05-19", byline="Burcu Yalçınkaya",
     title="Çınarlı Spor Parkı'nın müdürü: 'Halı sahalar gece yarısına kadar dolu'",
     sub="Açılışının birinci yılında parkta dört halı saha, iki tenis kortu ve bir yürüyüş yolu var. Müdür Kenan Aydoğdu'ya sorduk.",
     caption="Çınarlı Spor Parkı'ndaki halı sahalar akşam saatlerinde.", credit="Fotoğraf: Burcu Yalçınkaya",
     carry=["leisurebook"],
     look=[("bold", "Sahalar ne kadar dolu?"), ("bold", "Kimler geliyor?"), ("bold", "Kadınlar için ayrı saat var mı?"),
           ("bold", "En çok ne şikâyet ediliyor?")],
     body="""
Çınarlı Spor Parkı, eski şeker fabrikasının deposu yıkılarak açıldı ve geçen hafta birinci yaşını doldurdu. Parkta dört halı saha, iki tenis kortu, bir basketbol sahası ve 1.800 metrelik bir yürüyüş yolu var. Parkın müdürü Kenan Aydoğdu'yla konuştuk.

Sahalar ne kadar dolu?

Hafta içi akşam altıdan sonra boş saat bulmak çok zor. Halı sahalar gece yarısına kadar dolu. Sabahları ise daha çok emekliler yürüyüş yolunu kullanıyor.

Kimler geliyor?

Her yaştan insan. Mahallenin gençleri, iş çıkışı maç yapan fabrika işçileri, hafta sonu çocuğunu getiren babalar. Geçen ay 70 yaşında bir amcamız tenis öğrenmeye başladı.

Kadınlar için ayrı saat var mı?

Evet. Salı ve perşembe sabahları iki saha yalnızca kadın takımlara ayrılıyor. Bu yıl ilçede ilk kez kadınlar arası bir halı saha turnuvası yapılacak, şimdiden on iki takım yazıldı.

En çok ne şikâyet ediliyor?

Otopark. Araçla gelen çok, yer az. Belediye arka taraftaki boş araziye 80 araçlık yeni bir otopark yapacak.

Aydoğdu, kış aylarında tenis kortlarının üstünün bir çadırla kapatılmasının planlandığını da söyledi. Parkın kapıları her gün sabah yedide açılıyor.
"""),

dict(id="h59-tr-002", lang="tr", tpl="hugo", section="Çevre", date="2026-03-03", byline="Volkan Erkılıç",
     title="Atık getirme merkezi nisandan itibaren randevuyla çalışacak",
     sub="Esentepe'deki merkezde hafta sonu kuyrukları yüzünden belediye çevrimiçi randevuya geçiyor.",
     caption="Esentepe atık getirme merkezinin girişi.", credit="Fotoğraf: Volkan Erkılıç",
     carry=["recyclecentre"],
     body="""
Esentepe'deki atık getirme merkezi 1 Nisan'dan itibaren randevuyla çalışacak. Belediye, özellikle cumartesi günleri ana yola kadar uzanan araç kuyruklarının ardından bu karara vardı.

Merkez iki yıl önce açıldığında günde ortalama 90 araç geliyordu. Bu sayı geçen yıl 260'a çıktı. Cumartesi sabahları bekleme süresi bir saati buluyordu.

Belediye Temizlik İşleri Müdürü Hülya Sarıgül, merkeze gelenlerin çoğunun eski mobilya, beyaz eşya ve bahçe atığı getirdiğini söyledi.

"Vatandaşın bu atıkları sokağa bırakmak yerine buraya getirmesi bizi çok sevindiriyor. Ama kimse bir koltuğu atmak için bir saat beklemek istemez" dedi.

**Yeni sistemde neler değişiyor**

- randevular belediyenin internet sitesinden ya da Beyaz Masa'dan alınacak
- her randevu yarım saatlik olacak
- kamyonetle gelenler önceden izin belgesi alacak
- pil, ilaç ve elektronik atık için randevu gerekmeyecek

Merkezin çalışma saatleri de uzatılıyor. Yaz aylarında merkez çarşamba akşamları saat 20.00'ye kadar açık kalacak.

Mahalle sakinlerinden Erdal Kocabaş, sistemin yaşlılar için zor olabileceğini söyledi: "Annem internetten randevu alamaz. Telefonla da alınabilmeli."

Belediye, randevuların 153 numaralı hattan telefonla da alınabileceğini açıkladı.
"""),

dict(id="h59-tr-003", lang="tr", tpl="ucoz", site="Karaağaç Köyümüz", kind="small", section="Köyden haberler",
     date="2026-08-24", byline="muhtarlik_karaagac",
     title="Köy okulunu imeceyle boyadık",
     sub="Otuz iki köylü iki gün çalıştı, okul eylülde tertemiz açılacak.",
     caption="Karaağaç İlkokulu'nun yeni boyanmış duvarları.", credit="Fotoğraf: Muhtarlık",
     body="""
Karaağaç İlkokulu'nun dış duvarları ile sınıfları, cumartesi ve pazar günü köylülerimizin imecesiyle boyandı. İki gün boyunca 32 kişi çalıştı.

Okulumuz 1968'de yapıldı ve en son on beş yıl önce boyanmıştı. Sıvalar dökülüyor, sınıfların tavanında rutubet lekeleri vardı. Okulda bu yıl 19 öğrenci okuyacak.

**Boyayı kim aldı**

Boyanın parasını ilçedeki bir boya bayii ile köyümüzden İstanbul'a göç etmiş hemşehrilerimiz karşıladı. Fırçaları ve merdivenleri köylüler kendi evlerinden getirdi.

Kadınlarımız iki gün boyunca herkese yemek yaptı. Cumartesi öğlen kazanda bulgur pilavı, pazar günü keşkek pişirildi.

Pazar akşamı iş bitince okul bahçesinde hep birlikte çay içildi, gençler davul zurna eşliğinde halay çekti.

**Çocuklar da çalıştı**

Okulun öğrencileri bahçe duvarına kendi resimlerini çizdi. Duvarda şimdi bir traktör, iki inek, bir gökkuşağı ve Karaağaç'ın meşhur ulu ağacı var.

Öğretmenimiz Sinan Bey, "Çocuklar bu duvarı kendi yaptıkları için ona bakacaklar, eminim" dedi.

Emeği geçen herkese teşekkür ederiz. Okul 8 Eylül pazartesi sabahı açılıyor.

Bahçe duvarının kalan kısmı için yardım etmek isteyenler muhtarımız Recep Yıldırım'ı 0532 900 41 77 numarasından arayabilir.
"""),

dict(id="h59-de-001", lang="de", tpl="legacy-br", section="Region", date="2026-04-29", byline="Katharina Übelhör",
     title="Die Fähre über die Lauter fährt wieder",
     sub="Nach zwei Jahren Pause bringt ein Verein Radfahrer und Spaziergänger zwischen Oberried und Talhausen über den Fluss.",
     caption="Die neue Gierseilfähre bei Oberried.", credit="Foto: Katharina Übelhör",
     low=0,
     body="""
Seit Samstag fährt zwischen Oberried und Talhausen wieder eine Fähre über die Lauter. Zwei Jahre lang mussten Radfahrer und Spaziergänger einen Umweg von elf Kilometern über die Bundesstraßenbrücke nehmen.

Die alte Fähre war im Frühjahr 2024 bei Hochwasser beschädigt worden. Der frühere Betreiber, ein Gastwirt aus Talhausen, gab danach auf. Reparatur und Versicherung waren ihm zu teuer geworden.

Im vergangenen Jahr gründeten Bürger aus beiden Orten den Verein Lauterfähre. Er hat heute 230 Mitglieder. Mit Spenden, einem Zuschuss des Landkreises und viel eigener Arbeit hat der Verein eine neue Gierseilfähre bauen lassen. Sie wird allein von der Strömung angetrieben und braucht keinen Motor.

„Das ist eine Technik, die schon die Römer kannten. Sie ist leise und kostet fast nichts im Betrieb“, sagte der Vereinsvorsitzende Hartmut Zeilinger.

Die Fähre nimmt bis zu zwölf Personen und sechs Fahrräder mit. Gefahren wird von Mai bis Oktober am Wochenende und an Feiertagen, jeweils von 10 bis 18 Uhr. Am Steuer stehen ehrenamtliche Fährleute, die dafür einen Kurs bei der Wasserschutzpolizei gemacht haben.

Eine Überfahrt kostet einen Euro, Kinder fahren umsonst.

Bei der ersten Fahrt am Samstag stand Zeilinger selbst am Steuer. Mit an Bord war die 91-jährige Hedwig Rapp, die als Kind jeden Tag mit der Fähre zur Schule gefahren ist.
"""),

dict(id="h59-de-002", lang="de", tpl="chunks", section="Umwelt", date="2026-01-14", byline="Florian Wiedemeyer",
     title="Wertstoffhof Auenstraße nimmt ab Februar auch Sperrmüll an",
     sub="Der Landkreis baut den Hof in Brenningen aus. Dafür ändern sich die Öffnungszeiten.",
     caption="Container auf dem Wertstoffhof in der Auenstraße.", credit="Foto: Florian Wiedemeyer",
     carry=["recyclecentre"],
     body="""
Der Wertstoffhof in der Auenstraße in Brenningen nimmt vom 2. Februar an auch Sperrmüll an. Bisher mussten Bürger dafür bis zum Entsorgungszentrum in Kaltenbach fahren, eine halbe Stunde mit dem Auto.

Der Landkreis hat dafür das Gelände um ein Nachbargrundstück erweitert und zwei neue Container aufgestellt. Die Kosten liegen bei rund 340.000 Euro.

## Was sich am Wertstoffhof ändert

- Sperrmüll wird bis zu zwei Kubikmeter pro Anlieferung angenommen
- Holz, Metall und Elektrogeräte werden weiter kostenlos angenommen
- Anhänger und Kleintransporter brauchen künftig eine Anmeldung
- die Einfahrt erfolgt nur noch über die Mühlgasse

Dafür ändern sich die Öffnungszeiten: Montags bleibt der Hof künftig geschlossen, am Samstag ist er dafür eine Stunde länger geöffnet.

## Kritik aus dem Ortsteil

Anwohner der Mühlgasse fürchten mehr Verkehr. Ihre Sprecherin Brigitte Oelschläger sagte, an Samstagen stünden schon heute Autos bis auf die Straße.

„Niemand hat etwas gegen den Wertstoffhof. Aber wir wollen morgens noch aus der eigenen Einfahrt kommen“, sagte sie.

Der Abfallwirtschaftsbetrieb will die Zufahrt deshalb mit einer zweiten Spur für wartende Fahrzeuge versehen. Nach einem halben Jahr soll geprüft werden, ob das reicht.

Gebühren werden für Sperrmüll nicht erhoben, solange er aus Privathaushalten stammt.
"""),

dict(id="h59-de-003", lang="de", tpl="typo3", section="Lokales", date="2026-10-20", byline="Matthias Gründlinger",
     title="Auf dem Bergfriedhof gibt es jetzt Gräber unter Bäumen",
     sub="Die Stadt reagiert auf die Nachfrage nach pflegefreien Grabstätten. Die ersten 40 Plätze sind vergeben.",
     caption="Das neue Baumgrabfeld am Bergfriedhof.", credit="Foto: Matthias Gründlinger",
     carry=["bereavement"],
     body="""
Auf dem Bergfriedhof in Lindenhall können Verstorbene jetzt auch unter Bäumen beigesetzt werden. Die Stadt hat dafür am oberen Ende des Friedhofs ein Feld mit 24 Buchen, Eichen und Kirschbäumen angelegt.

Um jeden Baum ist Platz für acht Urnen. Die Namen stehen auf kleinen Tafeln aus Bronze, die in den Boden eingelassen sind. Grabschmuck, Kerzen und Blumen sind dort nicht erlaubt, die Pflege übernimmt die Friedhofsverwaltung.

**Immer mehr wollen kein klassisches Grab**

Nach Angaben der Stadt wurden im vergangenen Jahr nur noch ein Drittel der Verstorbenen in einem klassischen Erdgrab beigesetzt. Viele Angehörige wohnen weit weg und können ein Grab nicht pflegen.

„Die Leute haben uns gefragt, warum sie dafür in den Friedwald nach Hochstetten fahren müssen. Darauf hatten wir keine gute Antwort“, sagte Friedhofsleiterin Andrea Kessler-Baum.

Die ersten 40 Plätze sind bereits vergeben, einige davon an Menschen, die noch leben und sich ihren Baum ausgesucht haben.

**Was ein Baumgrab kostet**

Ein Platz unter einem Baum kostet für 20 Jahre 1.450 Euro, etwa so viel wie ein Urnengrab mit Pflege.

Auch Pfarrer Johannes Weidinger begrüßt das Angebot. Wichtig sei, dass die Toten einen Ort mit Namen haben, wo man hingehen kann.

Wer sich das Baumgrabfeld ansehen möchte, kann an einer Führung am Sonntag, 8. November, um 14 Uhr teilnehmen. Treffpunkt ist die Aussegnungshalle.
"""),

dict(id="h59-fr-001", lang="fr", tpl="fusion", section="Sports", date="2026-10-06", byline="Baptiste Lacombe-Rivière",
     title="Trois courts de tennis couverts ouvrent au complexe des Tilleuls",
     sub="Le club et la mairie de Montjoyeux ont attendu dix ans cette halle. Les non-licenciés pourront aussi réserver.",
     caption="La nouvelle halle de tennis du complexe des Tilleuls.", credit="Photo : Baptiste Lacombe-Rivière",
     carry=["leisurebook"],
     look=[("factbox", "Les tarifs à l'heure")],
     body="""
Après dix ans de projets, de devis et de dossiers de subvention, les joueurs de tennis de Montjoyeux ont enfin un toit. La halle de trois courts couverts du complexe des Tilleuls a été inaugurée samedi.

Jusqu'ici, le Tennis Club de Montjoyeux et ses 260 licenciés ne disposaient que de quatre courts extérieurs. D'octobre à mars, les entraînements étaient annulés un soir sur deux à cause de la pluie.

La halle a coûté 1,9 million d'euros, financés par la commune, le département et la fédération. Sa charpente en bois vient de sapins de la forêt communale.

« Les enfants de l'école de tennis vont enfin pouvoir jouer tout l'hiver. Certains abandonnaient en novembre parce qu'ils passaient leurs mercredis à attendre que le court sèche », explique la présidente du club, Nathalie Esquerré.

Le club ne sera pas seul à en profiter. Un des trois courts sera réservé aux habitants non licenciés, aux écoles et au centre de loisirs.

## Les tarifs à l'heure

- 12 euros pour un court en journée
- 16 euros après 18 heures et le week-end
- gratuit pour les écoles de la commune
- réduction de moitié pour les moins de 18 ans

Le maire, Didier Aubanel, a rappelé que la halle servirait aussi de salle pour des spectacles deux fois par an, le sol pouvant être protégé.

Les réservations ouvrent le lundi 12 octobre.
"""),

dict(id="h59-fr-002", lang="fr", tpl="drupal", site="Commune de Saint-Aurélien-du-Lot", kind="public",
     section="Vie municipale", date="2026-06-23", byline="Service communication",
     title="Cimetière du Calvaire : la reprise des tombes abandonnées commence",
     sub="Une procédure de trois ans se termine. Les familles ont encore jusqu'au 30 septembre pour se manifester.",
     caption="L'allée centrale du cimetière du Calvaire.", credit="Photo : Mairie de Saint-Aurélien-du-Lot",
     carry=["bereavement"],
     look=[("box", "Les familles qui pensent être concernées")],
     body="""
Le cimetière du Calvaire manque de place. Depuis 2023, la commune mène une procédure de reprise des concessions en état d'abandon, comme le permet la loi. Elle arrive à son terme cet automne.

Sur les 1 140 tombes du cimetière, 87 ont été reconnues à l'abandon après deux constats dressés à trois ans d'intervalle. Les pierres sont cassées, les croix tombées, et aucune famille ne s'est présentée malgré les panneaux posés sur chaque tombe.

## Ce qui va se passer

Les restes seront déposés avec respect dans l'ossuaire communal, et les noms des défunts gravés sur une plaque. Les monuments qui présentent un intérêt historique, comme la tombe de l'ancien maire Fulcran Delmas, seront conservés et restaurés par la commune.

Les familles qui pensent être concernées peuvent encore se manifester en mairie jusqu'au 30 septembre. La liste des 87 tombes est affichée à l'entrée du cimetière et à la mairie.

## Un nouveau jardin du souvenir

Les emplacements libérés permettront d'accueillir une cinquantaine de nouvelles concessions. Le conseil municipal a aussi voté l'aménagement d'un jardin du souvenir pour la dispersion des cendres, avec des bancs et un colombarium de 24 cases.

« Nous savons que c'est un sujet sensible. Nous avons pris le temps, et nous avons retrouvé plusieurs familles grâce aux anciens du village », indique l'adjointe chargée du cimetière, Solange Vernhes.

Les travaux du jardin commenceront en novembre.
"""),

dict(id="h59-fr-003", lang="fr", tpl="medium", site="Les Carnets du Ségala", kind="indie", section="Portraits",
     date="2026-02-17", byline="Clémence Aurières",
     title="À Lavergne, le café du village rouvre grâce à 140 associés",
     sub="Fermé depuis 2022, le Café des Platanes est devenu une coopérative. Nous y avons passé une matinée.",
     caption="Le comptoir du Café des Platanes, à Lavergne.", credit="Photo : Clémence Aurières",
     look=[("italic", "« Ici, personne n'est client")],
     body="""
À huit heures, il y a déjà six personnes au comptoir du Café des Platanes. Deux agriculteurs parlent du prix du veau, une aide-soignante boit un café debout avant sa tournée, et le facteur dépose le courrier en même temps qu'il commande un croissant.

Il y a un an, la porte était fermée depuis trois ans et la vitrine couverte de papier kraft. Le dernier patron était parti à la retraite sans trouver de repreneur.

Ce sont les habitants qui ont relancé le café. Ils ont créé une coopérative, une SCIC, et vendu des parts à 50 euros. Ils sont aujourd'hui 140 associés, dont la commune, pour 600 habitants.

La gérante, Maud Escaffre, est salariée à temps plein. Une quinzaine de bénévoles l'aident le week-end et pour les soirées.

« Ici, personne n'est client. Tout le monde est un peu chez soi, et tout le monde râle un peu quand le café est trop fort », dit-elle en riant.

Le café vend aussi du pain, des journaux et quelques produits de dépannage. Le jeudi soir, un concert ou une soirée jeux réunit parfois plus de monde que la fête du village.

La coopérative publie chaque mois une petite lettre d'information, la newsletter des Platanes, glissée dans les boîtes aux lettres et envoyée par courriel, avec les comptes détaillés.

Pour la première année, ils sont à l'équilibre.
"""),

dict(id="h59-es-001", lang="es", tpl="nextjs", section="Deportes", date="2026-07-07", byline="Ainhoa Castrillo",
     title="El polideportivo de Valdeolmos estrena cuatro pistas de pádel cubiertas",
     sub="El Ayuntamiento reserva las mañanas a los mayores y a los colegios. Las pistas se alquilan por internet.",
     caption="Las nuevas pistas de pádel del polideportivo de Valdeolmos.", credit="Foto: Ainhoa Castrillo",
     carry=["leisurebook"],
     body="""
El polideportivo municipal de Valdeolmos estrenó el sábado cuatro pistas de pádel cubiertas, las primeras del pueblo. Hasta ahora, los aficionados tenían que ir hasta la capital comarcal, a veinte minutos en coche.

Las pistas, que han costado 420.000 euros, ocupan el antiguo frontón, que llevaba años sin apenas uso. Se ha mantenido el muro de piedra del frontón, y encima se ha levantado una cubierta metálica abierta por los lados.

**Mañanas para mayores y colegios**

Las mañanas de lunes a viernes estarán reservadas a los colegios y al programa municipal de actividad física para mayores de 65 años. Por las tardes y los fines de semana, cualquier vecino podrá alquilar pista.

La concejala de Deportes, Milagros Ortuño, explicó que el pádel era la actividad más pedida en la encuesta municipal del año pasado, por delante de la piscina climatizada.

"Es un deporte al que se juega entre cuatro, fácil de empezar y en el que la edad importa poco. Aquí se van a juntar abuelos y nietos", dijo.

**Cómo alquilar**

Las pistas se reservan en la web del Ayuntamiento o en la conserjería del polideportivo. Una hora y media cuesta 8 euros para empadronados y 14 para el resto.

El primer torneo local se jugará en septiembre, durante las fiestas patronales. Ya hay 36 parejas apuntadas.
"""),

dict(id="h59-es-002", lang="es", tpl="regional", section="Cultura", date="2026-09-15", byline="Gonzalo Arizmendi",
     title="Los vecinos de San Roque rescatan la banda de música del barrio",
     sub="La banda, sin actuar desde 2019, vuelve a ensayar con 38 músicos de entre nueve y 81 años.",
     caption="Ensayo de la banda de San Roque en el local de la asociación de vecinos.", credit="Foto: Gonzalo Arizmendi",
     section_tag=True,
     body="""
La banda de música del barrio de San Roque volverá a tocar en la procesión de su patrón el próximo domingo, siete años después de su última actuación.

La banda se fundó en 1952 y llegó a tener 60 músicos. Dejó de ensayar poco antes de la pandemia, cuando su director se jubiló y el local donde guardaba los instrumentos se quedó sin luz por una avería que nadie pagó.

El año pasado, la asociación de vecinos encontró los instrumentos en un almacén municipal. Había trompetas, un bombo y once clarinetes, casi todos en buen estado.

## Un anuncio en la panadería

La presidenta de la asociación, Remedios Galiano, colgó un cartel en la panadería pidiendo músicos. Se presentaron 38, de entre nueve y 81 años. Algunos no habían tocado desde la mili; otros estudian en el conservatorio.

"El primer ensayo sonó fatal. El tercero ya sonaba a banda", recordó entre risas el nuevo director, Iñaki Ruedas, profesor de música en el instituto.

La banda ensaya dos tardes por semana en el local de la asociación. Los músicos más veteranos dan clase a los pequeños antes de cada ensayo.

## Un pasacalles para el domingo

Además de la procesión, la banda tocará el domingo un pasacalles por las calles del barrio, a partir de las doce.

Quien quiera unirse, tenga o no instrumento, puede pasar por el local los martes a partir de las siete.
"""),

dict(id="h59-es-003", lang="es", tpl="portal", section="Medio ambiente", date="2026-03-31", byline="Leire Otxandiano",
     title="El punto limpio de Los Arenales abrirá también los domingos",
     sub="El Ayuntamiento amplía el horario tras detectar más de cien vertidos ilegales en caminos rurales en un año.",
     caption="Contenedores en el punto limpio de Los Arenales.", credit="Foto: Leire Otxandiano",
     carry=["recyclecentre"],
     body="""
El punto limpio de Los Arenales abrirá también los domingos por la mañana a partir de abril. El Ayuntamiento de Fuentelcerro ha tomado la decisión después de contar 118 vertidos ilegales en caminos rurales y cunetas durante el último año.

Muchos de esos vertidos eran restos de obras pequeñas, muebles viejos y electrodomésticos. La policía local cree que buena parte procede de vecinos que hacen reformas el fin de semana y no pueden llevar los escombros en horario de oficina.

El concejal de Medio Ambiente, Ramiro Echegoyen, reconoció que el horario actual, de lunes a sábado hasta las dos de la tarde, "no pensaba en la gente que trabaja".

Con el cambio, el punto limpio abrirá:

- de martes a viernes, de 10:00 a 14:00 y de 16:00 a 19:00
- los sábados, de 9:00 a 19:00 sin interrupción
- los domingos, de 9:00 a 14:00
- los lunes, cerrado

El Ayuntamiento también retirará en los próximos meses los vertidos más grandes, en los caminos de La Vega y del Molino, con un coste de unos 30.000 euros. Recuerda que abandonar residuos puede costar multas de hasta 3.000 euros.

La recogida de muebles y enseres a domicilio sigue siendo gratuita. Basta con contactar con el servicio de atención al ciudadano en el 010 o en la web municipal para pedir fecha.
"""),

dict(id="h59-ru-001", lang="ru", tpl="mediawiki", site="Кузьминская вики", kind="small",
     section="Новости", date="2026-06-12", byline="Краевед-Кузьминское",
     tags=["Кузьминское", "Водонапорная башня", "Краеведческий музей"],
     title="Старую водонапорную башню в Кузьминском передали краеведам под музей",
     sub="Башню 1913 года не использовали с 1990-х. Теперь в ней откроют музей истории села.",
     caption="Водонапорная башня у станции Кузьминское, июнь 2026 года.", credit="Фото: Ирина Бахметьева, CC BY-SA 4.0",
     carry=["gallery"],
     notes=["Постановление администрации сельского поселения Кузьминское от 2 июня 2026 года.",
            "Со слов председателя краеведческого общества на встрече с жителями в сельском клубе 5 июня 2026 года."],
     body="""
Водонапорную башню у станции Кузьминское передали в безвозмездное пользование местному краеведческому обществу. Общество собирается открыть в ней музей истории села.[^1]

Кирпичную башню построили в 1913 году, когда через Кузьминское прошла железная дорога. Из неё заправляли водой паровозы, а позже она снабжала водой половину села. Последний раз воду в бак набирали в 1996 году, после чего башня стояла пустой.

## Что уже сделали краеведы

Весной краеведы вместе с жителями вывезли из башни несколько тонн мусора и голубиного помёта. Школьники отмыли кирпичную кладку первого этажа.

Работы ещё много:

- заменить деревянные перекрытия второго и третьего этажей
- поставить новую лестницу вместо сгнившей
- провести электричество
- застеклить восемь окон

## Что будет в музее

На первом этаже покажут историю станции и паровозного депо, на втором — предметы быта, которые жители приносят уже сейчас: прялки, самовары, старые фотографии и письма. С верхнего яруса, где стоял бак, будет видна вся округа.

Председатель общества Валентин Гусельников говорит, что на ремонт нужно около 1,2 миллиона рублей. Часть денег дадут по районной программе, остальное краеведы надеются собрать сами.[^2]

«Эта башня — единственное, что осталось от старой станции. Если её не спасти, через двадцать лет про станцию никто и не вспомнит», — сказал он.

Открыть первый зал краеведы хотят ко Дню села, в последнюю субботу августа.
"""),

dict(id="h59-ru-002", lang="ru", tpl="magazine", section="Люди", date="2026-12-08", byline="Евгения Колокольцева",
     title="«Я знаю, кто где выходит»: кондуктор сельского автобуса о тридцати годах на маршруте",
     sub="Тамара Сергеевна Ведерникова ездит на маршруте № 114 с 1996 года. В декабре она уходит на пенсию.",
     caption="Тамара Ведерникова в автобусе маршрута № 114.", credit="Фото: Евгения Колокольцева",
     pull="Я знаю, кто где выходит, у кого внуки и у кого болит спина",
     look=[("dropcap", "Маршрут № 114 соединяет"), ("bold", "Сколько людей вы возите за день?"),
           ("bold", "Кто ваши пассажиры?"), ("bold", "Что изменилось за тридцать лет?"),
           ("bold", "Будете скучать?")],
     body="""
Маршрут № 114 соединяет райцентр с шестью деревнями вдоль реки Сежи. Тамара Сергеевна Ведерникова проработала на нём кондуктором тридцать лет. В декабре она уходит на пенсию, и мы проехали с ней весь маршрут.

Сколько людей вы возите за день?

Зимой человек сорок, летом больше, когда приезжают дачники. Раньше, в девяностые, набивалось так, что двери не закрывались.

Кто ваши пассажиры?

В основном пожилые: в поликлинику, в аптеку, на рынок. Утром школьники. Я знаю, кто где выходит, у кого внуки и у кого болит спина.

Что изменилось за тридцать лет?

Деревни опустели. В Малых Ключах, где раньше садилось по десять человек, теперь живут три старушки. Зато появились карты: половина платит телефоном, а я всё равно по привычке достаю билетную ленту.

Будете скучать?

Конечно. Я ведь не только билеты продаю. Кому сумку донести, кому лекарство из аптеки передать, если сам не может приехать.

Водитель Пётр Иванович Сомов, который двадцать лет возит Ведерникову по одному маршруту, говорит, что без неё автобус будет пустым, даже если в нём будут сидеть люди.

Последний рейс Тамары Сергеевны — 30 декабря, отправление от автостанции в 7:40.
"""),

dict(id="h59-ru-003", lang="ru", tpl="quintype", section="Память", date="2026-05-06", byline="Роман Стрельников",
     title="На Старом кладбище восстановили памятник воинам, умершим в госпиталях",
     sub="Имена 212 солдат, похороненных в Верхнекамске в годы войны, снова можно прочитать.",
     caption="Восстановленный памятник на Старом кладбище.", credit="Фото: Роман Стрельников",
     carry=["bereavement"],
     look=[("highlight", "В годы войны в Верхнекамске работали три эвакогоспиталя.")],
     body="""
В годы войны в Верхнекамске работали три эвакогоспиталя. Солдат, которые умерли от ран, хоронили на Старом кладбище, в отдельном квартале у восточной стены. В 1965 году там поставили памятник с именами 212 человек.

За шестьдесят лет бетонные плиты с именами потрескались, часть букв стёрлась совсем. Прочитать некоторые фамилии было невозможно.

Восстановлением занялись поисковый отряд «Рубеж» и студенты строительного колледжа. Деньги, около 900 тысяч рублей, собрали жители и местные предприятия, часть выделил городской бюджет.

Имена сверили с архивными списками госпиталей. Оказалось, что в 1965 году в надписи вкрались ошибки: у девяти солдат были неверно указаны фамилии или инициалы. Ещё у четырнадцати человек, похороненных здесь, на памятнике имени не было вовсе.

«Мы нашли родственников у тридцати с лишним солдат. Кто-то из них впервые узнал, где похоронен прадед», — рассказал руководитель отряда Алексей Зуев.

Теперь имена выбиты на гранитных плитах. Вокруг памятника положили новую плитку и поставили две скамейки.

Торжественное открытие памятника пройдёт 9 мая в 11 часов. Родственников похороненных солдат, которые хотят приехать, просят позвонить в поисковый отряд.
"""),
]
