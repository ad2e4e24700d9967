# Turkish, German, French, Spanish and Russian stories for the ninety-second held-out part (h92-*) of the newsflow
# extraction set. Fictional; written for newsflow. Markup and fields as in articles_h92_en.py.
ARTICLES = [
dict(id="h92-tr-001", lang="tr", tpl="legacy-br",
     section="Ekonomi", date="2026-04-02", byline="Cemile Karataş",
     title="Gümüşkıyı balıkçı barınağında bağlama ücretleri yeniden belirlendi",
     sub="Kooperatife üye küçük teknelere indirim, yatlara zam geldi.",
     caption="Gümüşkıyı balıkçı barınağında bağlı tekneler.", credit="Fotoğraf: Cemile Karataş",
     carry=["harbourdues"],
     body="""
Gümüşkıyı Belediyesi, balıkçı barınağındaki bağlama ücretlerini yeniden düzenledi. Yeni tarifeye göre kooperatife üye küçük balıkçı teknelerinin ödediği yıllık ücret yüzde yirmi düşerken, barınağa bağlanan gezi tekneleri ve yatlar için ücretler neredeyse iki katına çıktı.

Karar, belediye meclisinin mart ayı toplantısında oy birliğiyle alındı. Barınakta şu anda 64 balıkçı teknesi ve 11 gezi teknesi bağlı. Yaz aylarında bunlara sayısı otuzu bulan yat ekleniyor.

**Balıkçıların şikâyeti**

Gümüşkıyı Su Ürünleri Kooperatifi Başkanı Recep Akyıldız, son yıllarda yazın barınağın yatlarla dolduğunu, balıkçıların ise teknelerini mendireğin dışına bağlamak zorunda kaldığını söyledi.

"Bu barınak balıkçı için yapıldı. Fırtına çıktığında teknemizi koyacak yer bulamıyorduk" dedi.

**Barınakta yeni düzen**

Yeni düzenlemeyle barınağın iç havuzu yalnızca balıkçı teknelerine ayrılacak. Gezi tekneleri ve yatlar doğu mendireğindeki yeni iskeleye bağlanacak. Ücretler tekne boyuna göre belirleniyor ve yıllık ya da gecelik olarak ödenebiliyor.

Belediye Başkan Yardımcısı Nurten Ekşioğlu, yatlardan gelecek ek gelirin barınaktaki buz makinesinin yenilenmesinde ve ağ tamir alanının üstünün kapatılmasında kullanılacağını açıkladı.

Bazı yat sahipleri ise zamma tepki gösterdi. Her yaz İstanbul'dan gelen emekli kaptan Haluk Tezcan, "Gümüşkıyı'yı çok seviyoruz ama bu fiyatla bir sonraki koya gideriz" dedi.

Yeni tarife 1 Mayıs'ta yürürlüğe girecek. Balıkçılar indirim için kooperatif üyelik belgesiyle barınak ofisine başvurmalı.
"""),

dict(id="h92-tr-002", lang="tr", tpl="wordpress",
     section="Ulaşım", date="2026-10-14", byline="Emre Yalçınkaya",
     title="Organize sanayideki vardiya işçilerine gece otobüsü geliyor",
     sub="Belediye, gece yarısından sonra çalışacak üç yeni hat açıyor.",
     caption="Organize Sanayi Bölgesi'nden çıkan işçiler otobüs bekliyor.", credit="Fotoğraf: Emre Yalçınkaya",
     carry=["nightbuses"],
     look=[("dropcap", "Gümüşkıyı Organize Sanayi Bölgesi'nde gece vardiyasında")],
     body="""
Gümüşkıyı Organize Sanayi Bölgesi'nde gece vardiyasında çalışan binlerce işçi, kasım ayından itibaren eve belediye otobüsüyle dönebilecek.

Belediye, 1 Kasım'dan itibaren gece yarısından sonra çalışacak üç yeni hat açacağını duyurdu. Hatlardan biri sanayi bölgesini Cumhuriyet Meydanı'na, diğer ikisi Çınarlı'ya ve devlet hastanesine bağlayacak.

Bölgedeki 42 fabrikada yaklaşık 9 bin kişi çalışıyor. Bunların üçte birinden fazlası gece vardiyasında. Şimdiye kadar işçiler ya fabrikaların servislerine ya da pahalı taksilere bağımlıydı.

Bir tekstil fabrikasında çalışan Sevgi Arıkan, servisin yalnızca vardiya bitiminde tek sefer yaptığını, mesaiye kalanların sabaha kadar fabrikada beklediğini anlattı. "Gece ikide yol kenarında taksi beklemek istemiyoruz. Otobüs olursa hem güvenli hem ucuz" dedi.

Ulaşım Dairesi Başkanı Kadir Soylu, hatların vardiya saatlerine göre planlandığını söyledi. Gece yarısı ile sabah dört arasında otobüsler yarım saatte bir kalkacak.

Hatlar ilk altı ay deneme olarak işletilecek. Yolcu sayısı yeterli olursa gece seferleri, hafta sonları kent merkezindeki kafe ve lokantalarda geç saate kadar çalışanlar için de genişletilecek.

İşçiler ayrıca durakların aydınlatılmasını ve kamera takılmasını istedi. Belediye, sanayi bölgesindeki altı durağa ilk etapta aydınlatma yapılacağını açıkladı.
"""),

dict(id="h92-tr-003", lang="tr", tpl="chunks",
     section="Portre", date="2026-12-03", byline="Aysel Tokgöz",
     title="Gümüşkıyı'nın son terzisi 52 yıl sonra makasını bırakıyor",
     sub="Çarşıdaki küçük dükkânında binlerce takım elbise diken Hüsnü Sarıgül emekli oluyor.",
     caption="Hüsnü Sarıgül, dükkânındaki dikiş makinesinin başında.", credit="Fotoğraf: Aysel Tokgöz",
     body="""
Hüsnü Sarıgül, on iki yaşında çırak olarak girdiği terzi dükkânını elli iki yıl sonra kapatıyor. Gümüşkıyı çarşısının ara sokağındaki küçük dükkânında, bir müşterinin ölçüsünü alırken konuştuk.

**İlk diktiğiniz elbiseyi hatırlıyor musunuz?**

Hatırlamaz mıyım? Ustamın oğlunun sünnet kıyafetiydi. Bir kolunu ters takmışım. Ustam söktü, bana baştan diktirdi. Üç gün uğraştım.

**Eskiden terzilikte iş çok muydu?**

Bayramdan önce sabaha kadar çalışırdık. Düğün mevsiminde haftada on takım elbise çıkarırdık. Şimdi hazır giyim var, insanlar paça kısalttırmaya geliyor.

**Bugün en çok ne için geliyorlar?**

Fermuar değiştiriyoruz, pantolon daraltıyoruz. Ama hâlâ damatlık diktirmeye gelen gençler var. Onlar beni çok mutlu ediyor.

**Dükkân ne olacak?**

Devralmak isteyen çıkmadı. Makineleri halk eğitim merkezinin dikiş kursuna bağışlıyorum. Orada gençler öğrensin, boşa gitmesin.

**Son olarak ne söylemek istersiniz?**

Elbise insanı değiştirmez derler. Yanlış. İyi dikilmiş bir ceket giyen adam dik yürür.

Dükkân ay sonuna kadar açık kalacak. Sarıgül, 28 Aralık pazar günü saat 15.00'te komşu esnafla birlikte dükkânın önünde bir veda çayı verecek.
"""),

dict(id="h92-de-001", lang="de", tpl="sitevision", site="Möllener Hafenbote",
     section="Hafen", date="2026-02-26", byline="Jannik Voss",
     title="Kleinmöllen erhöht die Liegegebühren für Gastlieger",
     sub="Dauerlieger zahlen ab Mai etwas mehr, Gäste deutlich mehr. Das Geld fließt in neue Stege.",
     caption="Der Südsteg im Sportboothafen Kleinmöllen im Winter.", credit="Foto: Jannik Voss",
     carry=["harbourdues"],
     look=[("box", "Insgesamt will die Gemeinde"), ("bold", "Die Entscheidung fiel mit elf zu vier Stimmen."),
           ("br", "\u201eWer einmal hier war, kommt wieder\u201c")],
     body="""
Wer im Sommer mit dem Segelboot in Kleinmöllen festmacht, muss von Mai an tiefer in die Tasche greifen. Die Gemeindevertretung hat am Dienstagabend eine neue Gebührenordnung für den Sportboothafen beschlossen.

Für Gastlieger steigt das Liegegeld im Schnitt um knapp ein Viertel. Ein Boot mit zehn Metern Länge kostet dann 24 Euro pro Nacht statt bisher 19 Euro. Für Dauerlieger mit Saisonvertrag steigen die Preise dagegen nur um rund fünf Prozent.

Bürgermeisterin Heike Brandenburg (parteilos) begründete die Erhöhung mit dem Zustand der Stege. Der Südsteg aus den Siebzigerjahren sei morsch, zwei Fingerstege seien im vergangenen Herbst gesperrt worden.

Insgesamt will die Gemeinde in den nächsten drei Jahren rund 900.000 Euro in den Hafen stecken: neue Schwimmstege, eine zweite Slipanlage und ein barrierefreies Sanitärgebäude.

Die Entscheidung fiel mit elf zu vier Stimmen.

Kritik kam vom Segelverein Kleinmöllen. Dessen Vorsitzender Olaf Petersen befürchtet, dass Gäste künftig in die Nachbarhäfen ausweichen. \u201eDie Segler aus Schweden und Dänemark vergleichen sehr genau\u201c, sagte er.

Hafenmeister Thorsten Glienke sieht das gelassener. Im vergangenen Sommer seien an 40 Tagen alle Gastplätze belegt gewesen, manche Boote hätten zu dritt im Päckchen nebeneinander gelegen.

\u201eWer einmal hier war, kommt wieder\u201c, sagte er.

Die neuen Gebühren gelten ab dem 1. Mai. Dauerlieger bekommen ihre geänderten Verträge in den nächsten Wochen per Post.
"""),

dict(id="h92-de-002", lang="de", tpl="semantic",
     section="Menschen", date="2026-08-20", byline="Ulrike Hambrecht",
     title="Der letzte Schmied von Brunnwald hört auf",
     sub="Seit 46 Jahren steht Walter Kübler am Amboss. Ein Gespräch über Hufeisen, Nachwuchs und Funkenflug.",
     caption="Walter Kübler in seiner Schmiede in Brunnwald.", credit="Foto: Ulrike Hambrecht",
     low=0,
     look=[("italic", "\u201eEin bisschen Ruß an den Händen")],
     body="""
In der Schmiede am Brunnwalder Dorfplatz brennt das Feuer seit 1887. Walter Kübler, 64, führt sie in vierter Generation. Zum Jahresende will er aufhören. Einen Nachfolger gibt es nicht.

**Herr Kübler, was haben Sie heute schon geschmiedet?**

Zwei Gartentore und einen Haken für eine Hängematte. Hufeisen kaum noch, die Pferde im Dorf kann man an einer Hand abzählen.

**Wann haben Sie angefangen?**

Mit 18, nach der Lehre bei meinem Vater. Er hat mir am ersten Tag gesagt: Das Eisen wartet nicht auf dich. Das habe ich nie vergessen.

**Warum findet sich niemand, der weitermacht?**

Die Arbeit ist schwer, und reich wird man damit nicht. Zwei junge Leute waren im Sommer zum Probearbeiten hier. Beide haben nach einer Woche aufgegeben.

**Was passiert mit der Schmiede?**

Der Heimatverein möchte sie als Schauwerkstatt erhalten. Ich würde dann an den Sonntagen zeigen, wie man schmiedet. Das kann ich mir gut vorstellen.

\u201eEin bisschen Ruß an den Händen hat noch keinem geschadet.\u201c

**Und was machen Sie im Ruhestand?**

Angeln. Und endlich unser eigenes Gartentor reparieren. Das wartet seit zwanzig Jahren.

Am Sonntag, 13. Dezember, lädt Walter Kübler von 11 bis 16 Uhr zum letzten offenen Schmiedetag ein.
"""),

dict(id="h92-de-003", lang="de", tpl="magazine",
     section="Natur", date="2026-10-01", byline="Katrin Oberhauser",
     title="Die Apfelretter vom Ostermoor",
     sub="Auf verwilderten Streuobstwiesen fällt jeden Herbst das Obst ins Gras. Eine Gruppe aus Ostermoor macht Saft daraus.",
     caption="Freiwillige sammeln Äpfel auf einer Streuobstwiese bei Ostermoor.", credit="Foto: Katrin Oberhauser",
     pull="Jeder Apfel, der hier verfault, ist eine verpasste Gelegenheit",
     look=[("dropcap", "An einem nebligen Samstagmorgen"), ("box", "Streuobstwiesen gehören zu den artenreichsten")],
     body="""
An einem nebligen Samstagmorgen stehen zwölf Menschen mit Eimern und Leitern auf einer Wiese am Ortsrand von Ostermoor. Die alten Hochstämme hängen voller Äpfel, doch gepflückt hat hier seit Jahren niemand.

Die Eigentümer, eine Erbengemeinschaft aus Hamburg, haben nichts dagegen, dass die \u201eApfelretter\u201c ernten. Die Gruppe hat sich vor drei Jahren gegründet und inzwischen mit den Besitzern von 23 Wiesen in der Gegend Absprachen getroffen.

\u201eJeder Apfel, der hier verfault, ist eine verpasste Gelegenheit\u201c, sagt Mitgründerin Friederike Lanz, eine pensionierte Biologielehrerin.

Streuobstwiesen gehören zu den artenreichsten Lebensräumen Mitteleuropas. Auf ihnen leben Steinkauz, Gartenrotschwanz und Hunderte Insektenarten. Doch weil sich ihre Pflege kaum lohnt, verschwinden sie.

**Vom Baum in die Flasche**

Das Obst bringt die Gruppe zur Lohnmosterei in Brunnwald. Aus einem Zentner Äpfel werden dort rund 30 Liter Saft. In diesem Herbst rechnen die Apfelretter mit mehr als vier Tonnen.

Der Saft wird so verteilt:

- ein Drittel an die Helferinnen und Helfer
- ein Drittel an die Tafel in Ostermoor und an zwei Kindergärten
- ein Drittel wird verkauft, um Baumschnitt und Nachpflanzungen zu bezahlen

Im Winter schneiden die Mitglieder unter Anleitung eines Baumwarts die alten Bäume. Im vergangenen Jahr haben sie außerdem 40 junge Hochstämme alter Sorten gepflanzt, darunter Gravensteiner und Ostfriesischer Striebling.

Lanz hofft, dass sich noch mehr Wiesenbesitzer melden. \u201eWir machen die Arbeit, die Eigentümer haben eine gepflegte Wiese. Alle gewinnen.\u201c

Die nächste Sammelaktion ist am Samstag, 10. Oktober, ab 9 Uhr. Treffpunkt ist der Parkplatz am Friedhof.
"""),

dict(id="h92-fr-001", lang="fr", tpl="cms",
     section="Transports", date="2026-09-17", byline="Amandine Roussel",
     title="Le Noctibus relie enfin le centre de Sornac au campus des Aubiers",
     sub="Trois lignes de bus de nuit circuleront en fin de semaine dès octobre.",
     caption="Un bus de l'agglomération place du Marché, à Sornac.", credit="Photo : Amandine Roussel",
     carry=["nightbuses"], run_in=["nightbuses"],
     body="""
Les étudiants du campus des Aubiers n'auront plus à choisir entre un taxi hors de prix et une heure de marche le long de la départementale. À partir du jeudi 1er octobre, trois lignes de bus de nuit, baptisées Noctibus, relieront le centre de Sornac au campus, à la gare et à l'hôpital.

Les bus circuleront les jeudis, vendredis et samedis soir, de 22 heures à 4 heures du matin. Le ticket restera au prix d'un trajet ordinaire.

La demande venait de l'association étudiante des Aubiers, qui avait recueilli plus de 2 000 signatures au printemps. Sa présidente, Inès Bellahcène, rappelle qu'une étudiante avait été agressée en mars sur le chemin du retour.

« On nous conseillait de rentrer plus tôt. Nous, on voulait juste un bus », résume-t-elle.

Après 22 heures, les chauffeurs pourront laisser descendre les passagers entre deux arrêts, sur simple demande. Le dispositif existe déjà dans plusieurs grandes villes.

Le coût de l'expérimentation, environ 180 000 euros par an, sera partagé entre l'agglomération et l'université. Un premier bilan de fréquentation sera présenté au conseil communautaire en mars.

Les cafés et restaurants du centre-ville, dont les serveurs terminent souvent après minuit, se disent eux aussi intéressés. Les horaires détaillés sont affichés aux arrêts et sur le site de l'agglomération.
"""),

dict(id="h92-fr-002", lang="fr", tpl="ghost",
     section="Solidarité", date="2026-03-05", byline="Baptiste Mercadier",
     title="Une épicerie solidaire ouvre dans l'ancienne gare des Aubiers",
     sub="Les familles aux revenus modestes pourront y faire leurs courses pour 10 à 30 % du prix habituel.",
     caption="Les bénévoles installent les rayons dans l'ancienne gare.", credit="Photo : Baptiste Mercadier",
     look=[("callout", "L'accès se fait sur rendez-vous")],
     body="""
L'ancienne gare des Aubiers, fermée aux voyageurs depuis 1994, a trouvé une nouvelle vie. Depuis lundi, elle abrite une épicerie solidaire gérée par l'association Le Panier de la Sorne.

## Comment fonctionne l'épicerie

Les familles orientées par le centre communal d'action sociale y paient leurs achats entre 10 et 30 % du prix pratiqué en grande surface. Fruits et légumes, produits frais, conserves, produits d'hygiène : les rayons ressemblent à ceux d'une supérette ordinaire.

L'accès se fait sur rendez-vous, pour une durée de six mois renouvelable, après un entretien avec une assistante sociale.

La présidente de l'association, Martine Cazaubon, insiste sur la dignité. « Ici, on choisit ses produits, on passe à la caisse, on paie. Ce n'est pas un colis qu'on vous tend », explique-t-elle.

## Qui remplit les rayons

L'épicerie est approvisionnée par :

- la banque alimentaire départementale
- deux supermarchés de Sornac, qui donnent leurs invendus
- les maraîchers du marché du samedi
- une collecte organisée chaque trimestre dans les écoles

## L'association cherche des bénévoles

Une trentaine de bénévoles se relaient déjà, mais l'association cherche du renfort, notamment des chauffeurs pour la tournée de ramasse du mardi matin.

Les personnes intéressées peuvent passer à l'épicerie, ouverte le lundi, le mercredi et le vendredi de 14 heures à 18 heures, ou s'abonner à la lettre d'information de l'association pour suivre ses besoins.
"""),

dict(id="h92-fr-003", lang="fr", tpl="drupal",
     section="Économie", date="2026-06-11", byline="Solène Vidal",
     title="ZFE de Sornac : les artisans obtiennent un sursis jusqu'en 2027",
     sub="Plombiers, maçons et électriciens équipés de vieux utilitaires diesel ne paieront pas la redevance pendant un an.",
     caption="Une camionnette d'artisan dans une rue du centre historique de Sornac.", credit="Photo : Solène Vidal",
     carry=["cleanairzone"], run_in=["cleanairzone"],
     look=[("box", "Selon la mairie, 412 utilitaires")],
     body="""
Les artisans de Sornac ont obtenu gain de cause. Le conseil municipal a voté lundi soir une dérogation d'un an à la zone à faibles émissions pour les utilitaires des plombiers, maçons, électriciens et autres professionnels inscrits au répertoire des métiers du département.

Depuis le 1er janvier, les véhicules les plus polluants doivent payer une redevance journalière pour entrer dans le centre historique et le quartier de la gare. Pour une camionnette classée Crit'Air 4, elle s'élève à 7,50 euros par jour.

Le président de la chambre des métiers locale, Gilles Audoin, plombier lui-même, estimait que la mesure menaçait plusieurs petites entreprises. « Un artisan qui intervient trois fois par semaine en centre-ville, ça fait vite 1 000 euros par an. Et une camionnette neuve, c'est 35 000 euros », a-t-il rappelé.

Selon la mairie, 412 utilitaires d'artisans immatriculés dans l'agglomération ne respectent pas les normes de la zone.

L'adjointe à l'environnement, Camille Ferrand, défend la ZFE, qui a permis de faire baisser le dioxyde d'azote de 14 % en cinq mois sur le boulevard Gambetta. Mais elle reconnaît que les professionnels avaient besoin de plus de temps.

La dérogation s'accompagne d'une aide de la région pouvant atteindre 6 000 euros pour l'achat d'un utilitaire électrique ou au gaz.

Les artisans concernés doivent déposer leur demande de dérogation en mairie ou en ligne avant le 31 juillet.
"""),

dict(id="h92-es-001", lang="es", tpl="quintype",
     section="Movilidad", date="2026-05-07", byline="Nerea Castillejo",
     title="Valdeoria cobrará una tasa diaria a las furgonetas sin etiqueta ambiental",
     sub="La zona de bajas emisiones del casco antiguo empezará a aplicarse el 1 de septiembre.",
     caption="Furgonetas de reparto aparcadas en la calle Mayor de Valdeoria.", credit="Foto: Nerea Castillejo",
     carry=["cleanairzone"],
     look=[("highlight", "Las furgonetas y camiones ligeros sin etiqueta")],
     body="""
Las furgonetas y camiones ligeros sin etiqueta ambiental tendrán que pagar 6 euros al día para circular por el casco antiguo de Valdeoria a partir del 1 de septiembre. El pleno aprobó el jueves la ordenanza de la zona de bajas emisiones con los votos del equipo de gobierno y la abstención de la oposición.

Valdeoria, con algo más de 54.000 habitantes, está obligada por ley a tener una zona de bajas emisiones. Hasta ahora el Ayuntamiento se había limitado a colocar las señales.

**Qué cambia para los vecinos**

Los turismos de los vecinos quedan exentos, igual que los vehículos de personas con movilidad reducida. Las cámaras de lectura de matrículas, instaladas en las ocho entradas al centro, ya funcionan en pruebas.

La concejala de Medio Ambiente, Rocío Villalmanzo, recordó que la calle Mayor registró el año pasado los niveles de dióxido de nitrógeno más altos de la provincia. "No hay afán recaudatorio. Lo que queremos es que entren menos furgonetas viejas", dijo.

**Las quejas del comercio**

La asociación de comerciantes del centro teme que la tasa encarezca el reparto. Su presidente, Anselmo Rueda, pidió una moratoria para los proveedores pequeños. "El que trae el pan a las seis de la mañana no puede cambiar de furgoneta de un día para otro", advirtió.

El Ayuntamiento ha abierto una línea de ayudas de hasta 4.000 euros para que autónomos y pequeñas empresas del municipio compren furgonetas eléctricas o híbridas.

Las solicitudes pueden presentarse hasta el 30 de junio en el registro municipal o en la sede electrónica.
"""),

dict(id="h92-es-002", lang="es", tpl="storybody",
     section="Cultura", date="2026-04-23", byline="Ignacio Berzosa",
     title="La banda municipal de Valdeoria celebra su centenario con un concierto en la plaza",
     sub="La formación, fundada en 1926, reunirá a músicos de cuatro generaciones.",
     caption="Ensayo de la banda municipal en el antiguo cine Avenida.", credit="Foto: Ignacio Berzosa",
     only=["correction"],
     correction="Fe de errores: en una primera versión de esta noticia se decía que la banda tiene 58 músicos. Son 64.",
     body="""
La Banda Municipal de Música de Valdeoria cumple cien años y lo celebrará el sábado 2 de mayo con un concierto en la plaza Mayor en el que tocarán juntos músicos de cuatro generaciones.

La banda se fundó en 1926 con diecinueve músicos, casi todos ferroviarios y artesanos, que ensayaban en la trastienda de una sastrería. Hoy la forman 64 intérpretes de entre 11 y 83 años.

Su director, Álvaro Menéndez Prada, ha preparado un programa que recorre el siglo: pasodobles de los años veinte, la marcha que la banda estrenó en las fiestas de 1951 y arreglos de canciones pop elegidas por los músicos más jóvenes.

El veterano de la formación, el clarinetista Eusebio Carrascal, entró en la banda con nueve años, en 1952. "Mi padre tocaba el bombardino y me sentaba a su lado en los ensayos. De ahí no me he movido", cuenta.

La escuela de música de la banda tiene este curso 120 alumnos, la cifra más alta de su historia, y el Ayuntamiento ha prometido renovar los instrumentos más antiguos, algunos de los años sesenta.

Con motivo del aniversario, el archivo municipal ha reunido fotografías, partituras y uniformes en una exposición que puede visitarse en la Casa de Cultura hasta el 31 de mayo, de martes a domingo, de 11.00 a 14.00 y de 17.00 a 20.00.

El concierto del sábado comenzará a las 20.00 y la entrada es libre.
"""),

dict(id="h92-es-003", lang="es", tpl="hugo",
     section="Mar", date="2026-07-02", byline="Xoana Piñeiro",
     title="El puerto de Arcela rebaja el amarre a los barcos de bajura",
     sub="La nueva tarifa premia a la flota artesanal y sube el precio a las embarcaciones de recreo en verano.",
     caption="Barcos de bajura amarrados en el puerto de Arcela.", credit="Foto: Xoana Piñeiro",
     carry=["harbourdues"],
     look=[("br", "El director del puerto, Breixo Cendán")],
     body="""
Los pescadores de bajura de Arcela pagarán un 30 % menos por amarrar sus barcos a partir de este verano. El ente autonómico de puertos aprobó la semana pasada las nuevas tarifas del puerto, que por primera vez distinguen entre la flota profesional y las embarcaciones de recreo.

## Una flota que se achica

En Arcela quedan 27 barcos de bajura, frente a los 60 de hace veinte años. La cofradía de pescadores llevaba tiempo denunciando que el amarre le costaba casi lo mismo a un marinero que vive del mar que a un yate de paso.

"Aquí hay familias que llevan cinco generaciones saliendo a faenar. Algo había que hacer", dijo el patrón mayor de la cofradía, Manuel Outeiral.

## Las nuevas tarifas

El cambio se resume en tres puntos:

- rebaja del 30 % para los barcos profesionales con base en Arcela
- subida del 15 % para los barcos de recreo en julio y agosto
- nuevas plazas para visitantes en el pantalán sur, sin necesidad de reserva

## Un verano lleno

El puerto recibió el año pasado más de 1.100 escalas de embarcaciones de recreo, casi todas entre junio y septiembre. En agosto llegó a haber barcos abarloados en tres filas.

El director del puerto, Breixo Cendán, cree que la subida no ahuyentará a los visitantes. "Arcela sigue siendo más barato que cualquier puerto deportivo de la ría", aseguró.

La oficina del puerto, en el edificio de la lonja, atiende de lunes a sábado de 8.00 a 15.00.
"""),

dict(id="h92-ru-001", lang="ru", tpl="sanity",
     section="Люди", date="2026-05-20", byline="Дарья Полуэктова",
     title="Сорок лет за рулём школьного автобуса",
     sub="Водитель из Кедровки Геннадий Шестаков уходит на пенсию. Мы поговорили с ним в последнюю неделю учёбы.",
     caption="Геннадий Шестаков у школьного автобуса в Кедровке.", credit="Фото: Дарья Полуэктова",
     look=[("dropcap", "Геннадий Шестаков возит детей")],
     body="""
Геннадий Шестаков возит детей из Кедровки и соседних деревень в верхнеозёрскую школу с 1986 года. За это время он, по собственным подсчётам, проехал больше миллиона километров. В конце мая он уходит на пенсию, и мы поговорили с ним между рейсами.

**Помните свой первый рейс?**

Конечно. Старый «ПАЗик» без печки, январь, минус тридцать два. Дети ехали в валенках и всю дорогу пели, чтобы не замёрзнуть.

**Что изменилось с восемьдесят шестого года?**

Автобусы стали тёплыми, дороги стали чуть лучше. А дети всё те же. Так же забывают рюкзаки на сиденьях и так же машут из окна.

**Были страшные случаи?**

Однажды зимой на подъёме у Горелого лога нас развернуло поперёк дороги. Никто не пострадал, но я тогда, кажется, поседел.

**Вы уже возите детей своих бывших пассажиров?**

Да, и не одного. Как-то одна мама села в автобус вместе с сыном и говорит: «Дядя Гена, а ведь вы меня в первый класс возили».

**Чем думаете заняться на пенсии?**

Огородом и внуками. И рыбалкой, на которую сорок лет не хватало времени.

Проводить Геннадия Петровича школа приглашает всех желающих 29 мая в 12:00 на торжественную линейку у главного входа.
"""),

dict(id="h92-ru-002", lang="ru", tpl="amp",
     section="Город", date="2026-10-08", byline="Артём Вершинин",
     title="На набережной Верхнеозёрска высадили аллею из сорока лип",
     sub="Деревья посадили выпускники, ветераны и семьи с детьми.",
     caption="Посадка лип на набережной Верхнеозёрска.", credit="Фото: Артём Вершинин",
     low=0,
     body="""
В субботу на набережной Верхнеозёрска появилась новая аллея: сорок молодых лип высадили жители города вместе с сотрудниками горзеленхоза.

Идея принадлежит городскому совету ветеранов. Его председатель Валентина Дробышева вспомнила, что до войны вдоль набережной уже росли липы, но в пятидесятые годы их вырубили, когда строили новый причал.

«Мы хотели вернуть набережной её прежний вид. Пусть внуки гуляют в тени», — сказала она.

Саженцы высотой около трёх метров купили на деньги, собранные жителями: за два месяца горожане пожертвовали на них 312 тысяч рублей. Ещё сто тысяч добавила администрация города.

Каждое дерево получило табличку с именами тех, кто его посадил. Одну липу высадили выпускники школы № 3, другую — бригада местного лесозавода, третью — семья Корниловых, которая пришла на посадку сразу в четырёх поколениях.

Горзеленхоз будет поливать аллею до заморозков, а весной проверит, все ли деревья прижились. Погибшие саженцы обещают заменить бесплатно.

Следующую посадку совет ветеранов планирует весной, на этот раз вдоль улицы Советской. Желающих помочь просят записываться в городской библиотеке.
"""),

dict(id="h92-ru-003", lang="ru", tpl="fusion",
     section="Транспорт", date="2026-11-26", byline="Илья Сафонов",
     title="В Верхнеозёрске запустят ночные автобусы",
     sub="Два маршрута свяжут вокзал, больницу и Кедровку после полуночи.",
     caption="Автобус на конечной остановке у вокзала Верхнеозёрска.", credit="Фото: Илья Сафонов",
     carry=["nightbuses"],
     look=[("factbox", "Ночные маршруты в цифрах")],
     body="""
С 1 декабря в Верхнеозёрске начнут работать два ночных автобусных маршрута. Они будут ходить с полуночи до пяти утра и свяжут вокзал, центральную больницу, рынок и посёлок Кедровку.

Решение приняли после обращений работников больницы и железнодорожной станции, которые заканчивают смену поздно вечером. До сих пор добраться домой ночью можно было только на такси.

«Медсёстры после смены шли пешком через весь город. Зимой, в темноте. Так больше продолжаться не могло», — сказал заместитель главы города Олег Курбатов.

## Ночные маршруты в цифрах

- 2 маршрута и 4 автобуса
- 23 остановки, из них 6 с новым освещением
- 40 рублей за поездку
- около 3,8 млн рублей в год из городского бюджета

Перевозчиком станет муниципальное предприятие «Озёрский автотранс». Водители ночных рейсов прошли дополнительный инструктаж, в салонах установлены камеры.

Останавливаться по требованию между остановками после 23:00 будут для всех пассажиров, а не только для женщин, подчеркнули в администрации.

Первые три месяца маршруты будут работать в тестовом режиме. Если пассажиров окажется мало, интервалы увеличат, но рейсы совсем не отменят.

Расписание уже размещено на остановках и в мобильном приложении «Озёрский транспорт».
"""),
]
