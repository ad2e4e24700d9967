# Turkish, German, French, Spanish and Russian stories for the eighty-fourth held-out part (h84-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h84_en.py.
ARTICLES = [
dict(id="h84-tr-001", lang="tr", tpl="ucoz", site="Yalıçam Köyü", kind="small",
     section="Köyden haberler", date="2026-06-08", byline="yalicam_muhtarlik",
     title="Yalıçamlılar koyu bir günde temizledi",
     sub="İmeceye 58 köylü ve 20 öğrenci katıldı.",
     caption="İmeceden sonra Yalıçam koyu.", credit="Fotoğraf: muhtarlık",
     body="""
Geçen pazar sabahı Yalıçam'da 58 köylü ve ortaokuldan 20 öğrenci, kış fırtınalarının ardından çöple dolan koyu temizlemek için bir araya geldi.

İmece fikri köyün emekli öğretmeni Nuriye Aksoy'dan çıktı. Nuriye Hanım nisan ayında kıyıda yürürken, taşların arasına sıkışmış ağları ve plastik bidonları görünce muhtarlığa gitti.

Bir günde yapılanlar:

- kıyıdan 74 torba çöp toplandı
- taşlara dolanmış üç büyük balık ağı kesilerek çıkarıldı
- iskelenin kırık tahtaları yenilendi
- koyun girişine iki çöp kutusu ve bir tabela kondu

Toplanan çöpleri belediyenin kamyonu aynı akşam aldı. Öğle yemeğini köy kahvesinin önünde kadınlar hazırladı; kazanlarda keşkek ve ayran vardı.

Muhtar Rıza Demirtaş, koyun yaz boyunca her ay bir kez temizleneceğini söyledi.

"Bu koy bizim. Yazın gelen misafire de emanet ediyoruz ama önce biz sahip çıkmalıyız," dedi.

Öğrenciler de topladıkları şişe kapaklarıyla okul bahçesi için bir pano yapmaya karar verdi. Panoda koyun eski bir fotoğrafı da yer alacak.

Bir sonraki imece 5 Temmuz pazar günü saat sekizde, iskelenin başında buluşularak yapılacak. Eldiven ve torba muhtarlıktan verilecek.
"""),

dict(id="h84-tr-002", lang="tr", tpl="legacy-br", section="Yaşam", date="2026-11-03", byline="Gökhan Ertürk",
     title="Akyalı'nın en eski balıkçısı 46 yıl sonra ağlarını topluyor",
     sub="Hüsnü Kaptan denize ilk kez 14 yaşında babasıyla açıldı.",
     caption="Hüsnü Baltacı, Akyalı limanında teknesinin başında.", credit="Fotoğraf: Gökhan Ertürk",
     low=0,
     body="""
Hüsnü Baltacı, Akyalı limanında herkesin "Hüsnü Kaptan" diye tanıdığı balıkçı, 46 yıldır her sabah aynı tekneyle denize açılıyor. Bu kış ağlarını son kez toplayacak. Kendisiyle limanda, tekne boyanırken konuştuk.

**Denize ne zaman açıldınız?**

On dört yaşındaydım. Babam beni okuldan aldı, "Ya kitap ya kürek" dedi. Kürek daha kolay geldi, sonra pişman oldum ama iş işten geçmişti.

**En çok ne tutardınız?**

Eskiden lüfer, palamut, istavrit. Şimdi ne çıkarsa. Bazı sabahlar ağdan balıktan çok poşet çıkıyor.

**Denizde hiç korktunuz mu?**

Bir kere. 1998'de poyraz bastırdı, motor durdu. Altı saat sürüklendik. Sahil güvenlik bulduğunda oğlum da yanımdaydı, o daha çok korkmuştu.

**Tekne ne olacak?**

Torunum istiyor. Üniversiteyi bitirsin, sonra konuşuruz dedim.

**Limanda ne değişti?**

Eskiden kırk tekne vardı, şimdi on iki. Kahvede balıkçıdan çok turist oturuyor. Ağ örmeyi bilen gençlerin sayısı bir elin parmaklarını geçmez.

**Emeklilikte ne yapacaksınız peki?**

Oltayla balık tutacağım. Bu sefer keyfine.

Akyalı Balıkçılar Kooperatifi, Hüsnü Kaptan için cumartesi akşamı liman kahvesinde bir veda yemeği düzenliyor.
"""),

dict(id="h84-tr-003", lang="tr", tpl="nextjs", section="Çevre", date="2026-03-30", byline="Elif Sarıkaya",
     title="Akyalı'da 6 bin haneye mutfak atığı kovası dağıtılıyor",
     sub="Belediye, yemek artıklarını ayrı toplayıp kompost tesisine götürecek. Uygulama önce üç mahallede başlıyor.",
     caption="Belediye deposunda dağıtılmayı bekleyen kovalar.", credit="Fotoğraf: Elif Sarıkaya",
     carry=["foodcaddies"],
     look=[("bold", "Kova ücretsiz, poşet de ilk yıl belediyeden.")],
     body="""
Akyalı Belediyesi, mutfaktan çıkan yemek artıklarını çöpten ayırmak için Sahil, Çamlık ve Yenimahalle'deki 6 bin haneye küçük birer kova dağıtmaya başladı.

Kovalarda biriken atıklar haftada iki kez ayrı bir araçla toplanacak ve ilçenin dışındaki kompost tesisine götürülecek. Belediye, elde edilecek gübrenin parklarda ve okul bahçelerinde kullanılacağını söylüyor.

Kova ücretsiz, poşet de ilk yıl belediyeden.

Temizlik İşleri Müdürü Kenan Uysal, ev çöpünün yaklaşık yarısının yemek artığı olduğunu anlattı.

"Bu atık çöp sahasına gidince hem kokuyor hem de gaz çıkarıyor. Kompost olunca toprağa geri dönüyor," dedi.

**Kovaya neler atılabilir?**

Sebze ve meyve kabukları, ekmek, pişmiş yemek artıkları, çay posası ve yumurta kabuğu kovaya atılabiliyor. Plastik, cam ve kemik ise atılmamalı.

Çamlık Mahallesi'nde oturan Sevim Karaca, kovayı ilk hafta tezgâhın altına koyduğunu söyledi.

"Kokar diye korkuyordum ama kapağı sıkı. Çöp torbamız yarıya indi," dedi.

Uygulamanın başarılı olması halinde gelecek yıl bütün ilçeye yayılması planlanıyor. Belediye, ilk ayın sonunda çöp sahasına giden atığın ne kadar azaldığını açıklayacak. Kovası ulaşmayan haneler, Beyaz Masa'yı arayarak teslim gününü öğrenebiliyor.
"""),

dict(id="h84-de-001", lang="de", tpl="typo3", site="Gemeinde Möwenhagen", kind="public",
     section="Abfall und Umwelt", date="2026-02-17", byline="Ordnungsamt",
     title="Biotonne kommt: Jeder Haushalt erhält einen Vorsortierbehälter für die Küche",
     sub="Ab April holt der Abfallzweckverband Küchenabfälle in allen Ortsteilen getrennt ab.",
     caption="Die neuen Vorsortierbehälter im Bauhof der Gemeinde.", credit="Foto: Gemeinde Möwenhagen",
     carry=["foodcaddies"],
     body="""
Ab dem 1. April werden Küchen- und Speisereste in der Gemeinde Möwenhagen getrennt gesammelt. Alle Haushalte in Möwenhagen, Dünendorf und Kiefernwalde erhalten dafür bis Ende März eine braune Biotonne und einen kleinen Vorsortierbehälter für die Küche.

Die Behälter werden vom Abfallzweckverband Ostküste geliefert und bei den Grundstücken abgestellt. Eine Anmeldung ist nicht nötig.

## Warum die Gemeinde umstellt

Bisher landeten Essensreste in der Restmülltonne. Nach einer Sortieranalyse des Verbandes machen sie dort fast 40 Prozent des Gewichts aus. Künftig werden sie in einer Vergärungsanlage zu Biogas und Kompost verarbeitet.

## Was in die Biotonne gehört

In die Biotonne gehören Obst- und Gemüsereste, gekochte Speisereste, Kaffeesatz samt Filter, Teebeutel und Eierschalen. Plastiktüten, auch solche mit der Aufschrift „kompostierbar“, dürfen nicht hinein.

Zum Einwickeln der Abfälle im Vorsortierbehälter eignet sich Zeitungspapier.

## Abfuhr und Gebühren

Die Biotonne wird im Sommerhalbjahr wöchentlich und im Winterhalbjahr alle zwei Wochen geleert. Die Abfuhrtage stehen im Abfallkalender 2026, der allen Haushalten zugeht.

Die Gebühr für die Biotonne ist in der Grundgebühr enthalten. Wer nachweislich selbst kompostiert, kann sich auf Antrag von der Biotonne befreien lassen.

Fragen beantwortet das Ordnungsamt im Rathaus Möwenhagen, Zimmer 4, dienstags und donnerstags von 9 bis 12 Uhr.
"""),

dict(id="h84-de-002", lang="de", tpl="portal", section="Lokales", date="2026-05-26", byline="Henrike Stoltenberg",
     title="Rettungsschwimmer bewachen erstmals auch den Strand von Dünendorf",
     sub="Die Wasserrettung besetzt in diesem Sommer vier Türme statt drei. Gesucht werden noch Freiwillige für den August.",
     caption="Der neue Wachturm am Strandaufgang 7 in Dünendorf.", credit="Foto: Henrike Stoltenberg",
     carry=["lifeguardpatrols"],
     body="""
Zum ersten Mal seit der Wende wird in diesem Sommer auch der Strand von Dünendorf bewacht. Die Wasserrettung Möwenhagen hat dort am Strandaufgang 7 einen neuen Wachturm aufgestellt, der ab Pfingsten besetzt ist.

Bisher gab es bewachte Badestellen nur an der Seebrücke und am Campingplatz in Kiefernwalde.

**Mehr Badegäste, mehr Einsätze**

Der Dünendorfer Strand ist in den vergangenen Jahren immer beliebter geworden, seit dort ein neuer Parkplatz und ein Radweg entstanden sind. Im vergangenen August mussten Badegäste zweimal von Surfern aus der Strömung geholt werden.

„Wir konnten nicht länger zusehen, wie dort Tausende ohne Aufsicht ins Wasser gehen“, sagte der Leiter der Wasserrettung, Jörn Matthiesen.

**Freiwillige aus ganz Deutschland**

Die Türme werden von ehrenamtlichen Rettungsschwimmern besetzt, die meist zwei Wochen ihres Urlaubs an der Küste verbringen. Die Gemeinde stellt ihnen Unterkunft und Verpflegung in der ehemaligen Schule in Kiefernwalde.

Für den August fehlen noch etwa zwölf Freiwillige. Voraussetzung ist das Rettungsschwimmabzeichen in Silber.

Medizinstudentin Lea Brandt aus Kassel ist schon zum vierten Mal dabei.

„Man sitzt acht Stunden auf dem Turm und schaut aufs Wasser. Das klingt langweilig, ist es aber nie“, sagte sie.

Bürgermeister Frank Wollenberg bat Badegäste, auf die Flaggen an den Türmen zu achten und nur in den bewachten Bereichen zu schwimmen.
"""),

dict(id="h84-de-003", lang="de", tpl="gutenberg", section="Wirtschaft", date="2026-09-14", byline="Malte Rieckhoff",
     title="Kiefernwalde hat wieder einen Dorfladen – und 212 Eigentümer",
     sub="Die Bewohner haben Anteile gezeichnet, um den Laden in der alten Sparkasse zu eröffnen.",
     caption="Der neue Dorfladen in der ehemaligen Sparkassenfiliale.", credit="Foto: Malte Rieckhoff",
     look=[("dropcap", "Teilen ist in Kiefernwalde"), ("box", "Der Dorfladen hat montags bis samstags")],
     body="""
Teilen ist in Kiefernwalde seit diesem Wochenende Geschäftsprinzip: 212 Bewohner des Dorfes haben Anteile zu je 100 Euro gezeichnet und damit den ersten Laden seit neun Jahren möglich gemacht.

Der Dorfladen ist in die frühere Sparkassenfiliale an der Dorfstraße gezogen. Bis 2017 gab es in Kiefernwalde einen Edeka, danach mussten die Bewohner zum Einkaufen nach Möwenhagen fahren.

## Vom Stammtisch zur Genossenschaft

Die Idee entstand vor zwei Jahren am Stammtisch der Freiwilligen Feuerwehr. Eine Genossenschaft wurde gegründet, die Gemeinde vermietet die Räume für einen symbolischen Euro im Monat.

Im Sortiment sind rund 1.800 Artikel, darunter:

- Brot und Brötchen vom Bäcker aus Dünendorf
- Eier, Kartoffeln und Honig von Höfen aus dem Dorf
- Fisch vom Kutter, jeden Freitag
- ein Paketshop und ein kleiner Getränkemarkt

Verkauft wird von zwei angestellten Teilzeitkräften und einem Kreis von Ehrenamtlichen.

„Viele Ältere hatten kein Auto mehr und waren auf Nachbarn angewiesen. Jetzt können sie wieder selbst einkaufen“, sagte Vorstandsmitglied Ingrid Pahl.

Zur Eröffnung gab es Kaffee und Butterkuchen für alle, die Feuerwehrkapelle spielte.

Der Dorfladen hat montags bis samstags von 7 bis 12 Uhr und donnerstags zusätzlich von 15 bis 18 Uhr geöffnet. Neue Genossenschaftsmitglieder sind willkommen.
"""),

dict(id="h84-fr-001", lang="fr", tpl="framer", site="La Gazette des Genêts", kind="indie",
     section="Vie locale", date="2026-01-20", byline="Solène Kerhervé",
     title="Fibre : Sainte-Mélie-des-Genêts donne un nom à ses 38 chemins",
     sub="Pour que les techniciens et les secours trouvent chaque maison, la commune a dû baptiser routes, impasses et lieux-dits.",
     caption="Le chemin de la Lande aux Pies, qui n'avait jusqu'ici aucun nom officiel.", credit="Photo : Solène Kerhervé",
     carry=["streetnaming"],
     look=[("bold", "Il a fallu trouver 38 noms."), ("br", "Les habitants ont été invités"),
           ("italic", "« Je suis née au Gros Chêne, je veux y mourir au Gros Chêne. »")],
     body="""
À Sainte-Mélie-des-Genêts, on habitait jusqu'ici « à la ferme après le calvaire » ou « chez Le Goff, au bout du chemin ». Ce ne sera bientôt plus possible.

Pour le raccordement à la fibre, chaque habitation doit avoir une adresse précise, avec un nom de voie et un numéro. Or la commune, qui compte 640 habitants et une quarantaine de hameaux, n'avait de noms que pour cinq rues du bourg.

Il a fallu trouver 38 noms.

Un groupe de six habitants a travaillé tout l'automne avec le cadastre napoléonien et les souvenirs des anciens.

Les habitants ont été invités à faire des propositions dans une boîte à la mairie. Plus de 120 idées ont été déposées.

## Des noms de champs et de familles

La plupart des noms retenus viennent des anciens lieux-dits : chemin de la Lande aux Pies, route du Moulin Neuf, impasse du Gros Chêne. Deux voies porteront le nom d'habitants, dont l'ancienne institutrice Marie Le Floc'h.

Tout le monde n'est pas ravi. Certains hameaux ont été regroupés sous un même nom de route, ce qui fait disparaître des noms anciens des adresses.

Une habitante de quatre-vingt-onze ans a résumé son inquiétude devant le conseil municipal.

« Je suis née au Gros Chêne, je veux y mourir au Gros Chêne. »

Le maire, Yannick Le Bihan, a promis que les noms des hameaux resteraient sur les panneaux, sous celui de la route.

Les plaques et les numéros seront posés au printemps par les agents communaux. Les habitants recevront ensuite un certificat d'adressage à présenter aux services postaux.
"""),

dict(id="h84-fr-002", lang="fr", tpl="quintype", section="Littoral", date="2026-06-29", byline="Gaëlle Morvan",
     title="Cinq plages surveillées cet été sur la Côte des Genêts",
     sub="Les nageurs sauveteurs seront présents du 4 juillet au 30 août. La plage de Port-Genêt ouvre un poste supplémentaire.",
     caption="Le poste de secours de la Grande Plage à Port-Genêt.", credit="Photo : Gaëlle Morvan",
     carry=["lifeguardpatrols"],
     look=[("highlight", "Les nageurs sauveteurs prendront leur poste")],
     body="""
Les nageurs sauveteurs prendront leur poste le 4 juillet sur cinq plages de la Côte des Genêts. Ils y resteront jusqu'au 30 août, tous les jours de 11 heures à 19 heures.

Nouveauté cette année, un second poste de secours est installé à l'autre extrémité de la Grande Plage de Port-Genêt, où la zone de baignade surveillée a été allongée de 300 mètres.

## Quarante sauveteurs recrutés

La communauté de communes a recruté 40 sauveteurs, des étudiants pour la plupart, titulaires du brevet national de sécurité et de sauvetage aquatique. Une partie d'entre eux sont des CRS détachés pour l'été.

L'an dernier, les sauveteurs ont effectué 214 interventions, dont une trentaine pour des baigneurs pris dans des courants de baïne.

« Le danger, ce sont les baïnes à marée descendante. Elles paraissent calmes et elles emportent vers le large », explique le chef de poste, Erwan Guillou.

## Se baigner entre les drapeaux

Les élus rappellent qu'il est vivement conseillé de se baigner uniquement dans les zones délimitées par les drapeaux, et de ne pas s'éloigner du bord avec des engins gonflables.

Les enfants peuvent aussi récupérer au poste de secours un bracelet sur lequel les parents inscrivent leur numéro de téléphone.

Les horaires de marée et l'état de la mer sont affichés chaque matin à l'entrée des plages surveillées.
"""),

dict(id="h84-fr-003", lang="fr", tpl="drupal", section="Portraits", date="2026-12-01", byline="Loïc Tanguy",
     title="Quarante ans de fournées : la boulangère de Port-Genêt range son tablier",
     sub="Annick Quéré a ouvert sa boulangerie en 1986 avec son mari. Elle la cède à un jeune couple.",
     caption="Annick Quéré dans son fournil.", credit="Photo : Loïc Tanguy",
     look=[("box", "La boulangerie Quéré reste ouverte")],
     body="""
Depuis 1986, Annick Quéré se lève à trois heures et demie pour vendre du pain rue du Port. À la fin du mois, elle passe la main à un jeune couple venu de Rennes. Nous l'avons rencontrée entre deux fournées.

**Pourquoi la boulangerie ?**

Mon mari était boulanger, moi j'étais vendeuse chez lui. On a repris ensemble cette boutique qui était fermée depuis deux ans. On avait vingt-cinq ans et pas un sou.

**Le pain a changé ?**

La baguette, non. Mais on fait beaucoup plus de pains aux graines et de pains au levain. Les gens veulent du pain qui tienne trois jours.

**Et les clients ?**

Certains viennent depuis le début. J'ai vendu leur première baguette à des enfants qui viennent maintenant avec leurs petits-enfants.

**Un souvenir de fournil ?**

La tempête de 1999. Plus de courant dans tout le canton, sauf chez nous grâce au four à bois. Il y avait la queue jusqu'au port.

**Vous allez vous ennuyer ?**

Je vais dormir. Après, on verra.

La boulangerie Quéré reste ouverte pendant les travaux de rénovation prévus en janvier, avec des horaires réduits, de 7 heures à 13 heures.
"""),

dict(id="h84-es-001", lang="es", tpl="medium", site="Cuadernos del Lentisco", kind="indie",
     section="Barrio", date="2026-04-23", byline="Ainhoa Berenguer",
     title="La librería de la calle del Faro cumple cincuenta años sin cambiar de escaparate",
     sub="Remedios Albiol heredó la librería de su padre en 1989. Cada Día del Libro vuelve a llenarse la acera.",
     caption="La librería de la calle del Faro, en Cala Lentisca.", credit="Foto: Ainhoa Berenguer",
     look=[("bold", "No hay ordenador."), ("italic", "«Aquí los libros se recomiendan, no se buscan.»")],
     body="""
Suscribirse a una revista, encargar un libro que nadie tiene o simplemente charlar: para eso sigue entrando la gente en la librería de la calle del Faro, en Cala Lentisca, que este mes cumple cincuenta años.

La abrió en 1976 Vicente Albiol, maestro jubilado, con los libros de su propia biblioteca. Su hija Remedios la lleva desde 1989.

El escaparate es el mismo: madera pintada de verde, un cristal con una grieta que nadie ha querido reparar y los libros de la semana colocados a mano cada lunes.

No hay ordenador.

Los pedidos se apuntan en una libreta de tapas negras que Remedios guarda bajo el mostrador. Cuando un libro llega, llama por teléfono al cliente. Si no contesta, se lo dice a su vecina.

«Aquí los libros se recomiendan, no se buscan.»

La frase está escrita en una pizarra junto a la puerta desde los años ochenta. La escribió su padre, y ella la repasa con tiza cada vez que se borra.

En los últimos años han cerrado dos librerías en la comarca. Remedios dice que la suya aguanta porque el local es propio y porque no paga sueldos.

«Si un día tengo que pagar alquiler, cierro. Mientras tanto, aquí estoy», dice.

Para el aniversario, la librería organiza el sábado una lectura en la acera con autores de la comarca. Cada visitante podrá llevarse un marcapáginas dibujado por los alumnos del colegio de la calle.
"""),

dict(id="h84-es-002", lang="es", tpl="cms", section="Costa", date="2026-06-11", byline="Nerea Cabanilles",
     title="Socorristas en las nueve playas de Cala Lentisca desde el 15 de junio",
     sub="El Ayuntamiento amplía el servicio a la cala de Les Roques, donde el verano pasado hubo tres rescates.",
     caption="Torre de vigilancia en la playa de l'Arenal.", credit="Foto: Nerea Cabanilles",
     carry=["lifeguardpatrols"],
     body="""
Las nueve playas de Cala Lentisca tendrán socorristas desde el 15 de junio hasta el 15 de septiembre, dos semanas más que el año pasado. Por primera vez, el servicio llegará también a la cala de Les Roques, una de las más visitadas por los bañistas de fuera.

El verano pasado hubo allí tres rescates, uno de ellos a un niño de ocho años que fue arrastrado por la corriente junto a las rocas.

**Cuarenta y cuatro socorristas**

La empresa adjudicataria contratará a 44 socorristas y cinco patrones de embarcación. Habrá diez torres de vigilancia, dos puestos de primeros auxilios y una moto de agua para las calas de acceso difícil.

El concejal de Playas, Vicent Ferrando, explicó que la ampliación cuesta 96.000 euros más que el contrato anterior.

«No podemos poner un socorrista en cada roca, pero sí donde se baña la gente», dijo.

**Atención a las banderas**

El Ayuntamiento recuerda que en Les Roques no hay arena y que el fondo cae de golpe a pocos metros de la orilla. Pide a los bañistas que no se alejen nadando de la zona vigilada y que presten atención a las banderas de las torres.

Amparo Seguí, vecina que pasea cada mañana por la cala, celebró la noticia.

«Aquí se baña mucha gente que no conoce el sitio. Ya era hora», afirmó.

Las playas accesibles de l'Arenal y el Racó contarán además con sillas anfibias y personal de apoyo para el baño asistido, de 11.00 a 14.00.
"""),

dict(id="h84-es-003", lang="es", tpl="hugo", section="Medio ambiente", date="2026-10-19", byline="Jordi Mascarell",
     title="Benialgar reparte cubos de cocina para separar la basura orgánica",
     sub="Cada vivienda recibirá un cubo de diez litros y bolsas compostables. El contenedor marrón llega a todas las calles.",
     caption="Reparto de cubos en la plaza del Ayuntamiento de Benialgar.", credit="Foto: Jordi Mascarell",
     carry=["foodcaddies"],
     body="""
El Ayuntamiento de Benialgar ha empezado a repartir entre sus 3.400 viviendas un cubo de cocina de diez litros para separar los restos de comida, que desde noviembre irán al nuevo contenedor marrón.

Hasta ahora solo algunas calles del casco antiguo tenían contenedor de orgánica. A partir del mes que viene habrá uno en cada punto de recogida del pueblo y de las urbanizaciones.

## Qué va al contenedor marrón

En el contenedor marrón se pueden tirar restos de fruta y verdura, sobras de comida, cáscaras de huevo, posos de café, servilletas de papel usadas y flores marchitas. No se deben echar pañales, colillas ni bolsas de plástico.

La concejala de Medio Ambiente, Rosa Giner, explicó que la orgánica supone casi la mitad del peso de la bolsa de basura de un hogar.

«Si la separamos, el pueblo paga menos en la planta de tratamiento y el compost vuelve a nuestros campos», señaló.

## Un reparto casa por casa

El reparto lo hacen voluntarios de la asociación de vecinos y alumnos del instituto, que aprovechan para explicar a cada familia cómo usar el cubo.

Paquita Sendra, de 79 años, lo recibió el lunes en la puerta de casa.

«Mi madre ya separaba las mondas para las gallinas. Esto es lo mismo, pero sin gallinas», bromeó.

Quien no esté en casa durante el reparto puede recoger el cubo en la oficina de atención al ciudadano, por las mañanas, presentando un recibo del agua.
"""),

dict(id="h84-ru-001", lang="ru", tpl="chunks", section="Культура", date="2026-03-05", byline="Ольга Веретенникова",
     title="Библиотека в Борках переехала в бывшее здание почты",
     sub="Книги перевозили на тракторной тележке, помогали школьники и пенсионеры.",
     caption="Новый читальный зал библиотеки в Борках.", credit="Фото: Ольга Веретенникова",
     look=[("br", "Перевозка заняла три дня")],
     body="""
Сельская библиотека в Борках под Светлозёрском переехала из тесной комнаты в клубе в бывшее здание почты, которое пустовало с 2022 года.

Решение приняли после того, как зимой в клубе потёк потолок и часть книг пришлось сушить на батареях.

Книги перевозили на тракторной тележке, которую дал местный фермер. Помогали старшеклассники и члены совета ветеранов.

Перевозка заняла три дня. Всего перевезли около девяти тысяч книг и подшивки районной газеты с 1961 года.

В новом здании у библиотеки появилось:

- отдельный читальный зал на двенадцать мест
- детский уголок с ковром и настольными играми
- два компьютера с интернетом для жителей
- комната для краеведческого музея

Библиотекарь Галина Сомова работает в Борках тридцать один год.

«Раньше читатели ждали в коридоре, пока я найду книгу. Теперь можно сесть, полистать, поговорить», — сказала она.

Ремонт здания оплатили из районного бюджета и из гранта на развитие сельских библиотек. Стеллажи сделали в школьной мастерской.

Библиотека работает со вторника по субботу с 10 до 18 часов. Подписаться на новости библиотеки можно в её группе во «ВКонтакте».
"""),

dict(id="h84-ru-002", lang="ru", tpl="magazine", section="Общество", date="2026-05-18", byline="Андрей Лузгин",
     title="Паром через залив снова ходит в Заозерье",
     sub="Переправа не работала два года. Жителям приходилось объезжать водохранилище по дороге длиной 70 километров.",
     caption="Паром у причала в Заозерье.", credit="Фото: Андрей Лузгин",
     pull="Два года мы жили как на острове.",
     look=[("dropcap", "В субботу утром к причалу"), ("box", "Паром ходит ежедневно")],
     body="""
В субботу утром к причалу в Заозерье впервые за два года подошёл паром. На борту были машина скорой помощи, автолавка и три десятка местных жителей, которые ездили в Светлозёрск за покупками.

Переправа через залив водохранилища закрылась весной 2024 года, когда старый паром признали непригодным к эксплуатации. С тех пор жителям Заозерья приходилось объезжать водохранилище по дороге длиной 70 километров.

## Новый паром из Рыбинска

Новое судно построили на верфи в Рыбинске. Оно берёт на борт до восьми легковых машин и шестьдесят пассажиров. Переправу через залив шириной около двух километров паром проходит за двадцать минут.

Глава поселения Вера Кузьмичёва рассказала, что за два года из Заозерья уехали четыре семьи с детьми.

«Два года мы жили как на острове. Скорая ехала к нам полтора часа», — сказала она.

## Школьники и фельдшер

Для школьников, которые учатся в Светлозёрске, проезд бесплатный. Фельдшер из районной больницы будет приезжать в Заозерье два раза в неделю.

Паром ходит ежедневно с 6:30 до 21:00, каждые полтора часа. Проезд для пассажира стоит 50 рублей, для легкового автомобиля — 300 рублей.
"""),

dict(id="h84-ru-003", lang="ru", tpl="regional", section="Город", date="2026-08-25", byline="Марина Щеглова",
     title="Улицам нового микрорайона в Светлозёрске выбирают названия",
     sub="Жители предложили больше двухсот вариантов. Окончательный список утвердит городская дума.",
     caption="Строящиеся дома в микрорайоне Сосновый.", credit="Фото: Марина Щеглова",
     carry=["streetnaming"],
     body="""
Семь новых улиц в микрорайоне Сосновый на севере Светлозёрска пока существуют только на схеме застройки. Названий у них нет, и город впервые решил спросить жителей, как их назвать.

За месяц горожане прислали в администрацию 214 предложений.

**Что предлагали**

Больше всего предложений связано с историей водохранилища и затопленных деревень. Предлагали назвать улицы в честь деревень Старое Заозерье и Мологино, ушедших под воду в 1950-х годах.

Ещё одна группа предложений — имена жителей города: первого директора леспромхоза, военного лётчика и учительницы, которая сорок лет вела в школе литературный кружок.

**Что решила комиссия**

Городская комиссия по наименованиям отобрала одиннадцать вариантов. Из списка убрали названия, которые уже есть в городе, и имена ныне живущих людей.

«Мы получили письма от детей, от пенсионеров, от целых подъездов. Видно, что людям не всё равно, где они будут жить», — сказал председатель комиссии Игорь Лапшин.

Житель соседнего микрорайона Николай Брагин предложил назвать одну из улиц Сосновой, но такая в городе уже есть.

«Ну тогда пусть будет Сосновая Роща. Тут же сосны будут», — пошутил он.

**Что будет дальше с названиями**

Окончательный список утвердит городская дума на заседании в сентябре. Первые дома в микрорайоне Сосновый должны сдать в конце года.
"""),
]
