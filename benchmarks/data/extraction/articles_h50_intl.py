# Turkish, German, French, Spanish and Russian stories for the fiftieth held-out part (h50-*) of the newsflow
# extraction set.  Fictional; written for newsflow, each in its own language.  Markup and fields as in
# articles_h50_en.py.
ARTICLES = [
dict(id="h50-tr-001", lang="tr", tpl="drupal", site="Akçaköprü Belediyesi", kind="public", section="Duyurular",
     date="2026-04-14", byline="Basın Yayın Müdürlüğü",
     title="Kış sonrası yol seferberliği: altı haftada 1.260 çukur kapatıldı",
     sub="Fen İşleri ekipleri mart başından bu yana 38 mahallede asfalt yama çalışması yaptı.",
     caption="Fen İşleri ekipleri Sarıçam Caddesi'nde asfalt yama yaparken.", credit="Fotoğraf: Akçaköprü Belediyesi",
     carry=["potholes"],
     look=[("highlight", "En çok hasar gören yollar")],
     body="""
Akçaköprü Belediyesi Fen İşleri Müdürlüğü, karla ve dondan zarar gören kent yollarında başlattığı onarım çalışmalarında altı haftada 1.260 çukuru kapattı.

Ekipler mart başından bu yana 38 mahallede çalıştı. Çalışmalarda 2.150 ton sıcak asfalt kullanıldı.

Belediye Başkan Yardımcısı Orhan Kılavuz, bu kışın son on yılın en soğuk kışı olduğunu hatırlattı. "Gündüz eriyen kar gece donunca asfaltın altındaki su genişliyor ve yolu kırıyor. Bir günde 60 yeni ihbar aldığımız oldu," dedi.

En çok hasar gören yollar Sarıçam Caddesi, Değirmenaltı yolu ve sanayi sitesine çıkan bağlantı yolu oldu. Bu üç yolda yama yerine tamamen yeni asfalt serilecek.

Nisan ve mayıs aylarında çalışma yapılacak yollar şunlar:

- Sarıçam Caddesi (istasyon ile hal arası): 20–30 Nisan
- Değirmenaltı yolu: 4–15 Mayıs
- Sanayi sitesi bağlantı yolu: 18–29 Mayıs

Çalışma süresince bu yollarda tek şerit trafiğe açık olacak. Sürücülerin alternatif güzergâhları kullanması rica ediliyor.

Kılavuz, vatandaşların ihbarlarının büyük yardımı olduğunu söyledi. "Çukuru ilk gören mahalle sakini oluyor. Fotoğrafını çekip bize gönderen herkese teşekkür ederiz," dedi.

Yollardaki hasarları bildirmek için Fen İşleri Müdürlüğü'ne hafta içi 08.00–17.00 arasında 0322 000 41 53 numaralı telefondan ulaşılabilir.
"""),

dict(id="h50-tr-002", lang="tr", tpl="wordpress", section="Ekonomi", date="2026-10-21", byline="Nurcan Eryılmaz",
     title="Mantolama desteği başladı: eski binalara yüzde 60 hibe",
     sub="Valilik ve belediyenin ortak programıyla 1990 öncesi yapılmış apartmanlarda dış cephe yalıtımının büyük kısmı karşılanacak.",
     caption="Cumhuriyet Mahallesi'nde 1984'te yapılan yalıtımsız bir apartman.", credit="Fotoğraf: Nurcan Eryılmaz",
     carry=["billcheck"],
     look=[("dropcap", "Geçen kış doğalgaz faturası")],
     body="""
Geçen kış doğalgaz faturası bazı aylarda 4 bin lirayı aşan emekli öğretmen Hülya Sarıkaya, apartmanının dış cephesine yalıtım yaptırmayı yıllardır istiyordu. Bu yıl ilk kez bunun mümkün olduğunu düşünüyor.

Valilik ve belediyenin ortak yürüttüğü "Sıcak Yuva" programı kapsamında, 1990'dan önce yapılmış apartmanlarda mantolama masrafının yüzde 60'ı hibe olarak karşılanacak. Kalan kısım ise 24 ay faizsiz taksitle ödenebilecek.

## Kimler başvurabilir?

Programdan yararlanmak için apartmandaki daire sahiplerinin en az üçte ikisinin onay vermesi gerekiyor. Başvuruyu apartman yöneticisi yapıyor. Bina başına hibe üst sınırı 1,2 milyon lira olarak belirlendi.

İl Çevre Müdürü Tarkan Demirci, kentte yaklaşık 2 bin 800 binanın bu şartlara uyduğunu söyledi. "İyi yapılmış bir mantolama, ısınma giderini yüzde 30 ile 40 arasında düşürüyor. Hem aileler kazanıyor hem şehrin havası temizleniyor," dedi.

## Müteahhit listesi hazır

Belediye, yalıtım işini yapacak 46 firmayı onaylı listeye aldı. Bu listede olmayan firmalarla yapılan işler hibe kapsamına girmeyecek.

Sarıkaya'nın oturduğu 24 daireli binada onay toplamak iki hafta sürdü. "Üst kattaki komşumuz ikna olmadı, ama faturasını görünce fikrini değiştirdi," diye gülüyor.

Doğalgaz abonesi olan herkes, son iki yılın fatura dökümünü başvuru dosyasına eklemek zorunda. Dökümler dağıtım şirketinin müşteri merkezlerinden ücretsiz alınabiliyor.

Başvurular 31 Aralık'a kadar belediye binasının zemin katındaki Sıcak Yuva masasına yapılabilecek.
"""),

dict(id="h50-tr-003", lang="tr", tpl="amp", section="Yaşam", date="2026-08-09", byline="Mert Karagözlü",
     title="Bal yarışmasının birincisi Sevim Tokgöz: 'Arı, acele edeni sevmez'",
     sub="Yirmi iki yıldır yaylada arıcılık yapan Sevim Tokgöz'ün kestane balı bu yıl bölge birincisi oldu.",
     caption="Sevim Tokgöz, Dereağzı yaylasındaki kovanlarının başında.", credit="Fotoğraf: Mert Karagözlü",
     low=0,
     body="""
Dereağzı yaylasında 140 kovanla arıcılık yapan Sevim Tokgöz'ün kestane balı, geçen hafta sonu düzenlenen bölge bal yarışmasında 63 üretici arasında birinci seçildi. Kendisiyle kovanlarının başında konuştuk.

**Arıcılığa nasıl başladınız?**

Eşim rahmetli olunca onun bıraktığı on iki kovan kaldı bana. Satayım dedim, kimse almadı. Ben de öğrendim.

**Kimden öğrendiniz?**

Önce köydeki yaşlılardan, sonra kooperatifin kurslarından. İlk yıl kovanların yarısını kaybettim. İkinci yıl hiçbirini kaybetmedim.

**Birinciliği beklediniz mi?**

Hayır. Jüri adımı okuyunca önce başkası sandım. Torunum yanımdaydı, o bağırınca anladım.

**Sizce iyi balın sırrı ne?**

Sabır. Arı, acele edeni sevmez. Bal olgunlaşmadan sağarsan sulu olur, ekşir. Ben çerçevenin üçte ikisi mühürlenmeden dokunmam.

**Zorluklar?**

Kuraklık. Bu yıl kestane geç çiçek açtı, verim yarıya düştü. Bir de ilaçlama. Komşu bahçelerde yanlış saatte ilaç atılınca arı ölüyor.

**Ödül size ne kazandırdı?**

Telefonum susmuyor. Herkes bal istiyor, ama bu yılki balın hepsi satıldı. Gelecek yıla sipariş alıyorum.

Tokgöz, yarışmadan aldığı 50 bin liralık ödülle yaylaya küçük bir bal sağım evi yaptırmayı planlıyor.
"""),

dict(id="h50-de-001", lang="de", tpl="djangocms", site="Stadt Lindenfeld", kind="public", section="Rathaus aktuell",
     date="2026-02-24", byline="Pressestelle der Stadt Lindenfeld",
     title="Stadt verdoppelt Zuschuss für Wärmepumpen und Dämmung",
     sub="Eigentümer von Ein- und Zweifamilienhäusern erhalten ab März bis zu 6.000 Euro aus dem städtischen Klimafonds.",
     caption="Eine Luft-Wärmepumpe an einem Reihenhaus im Ortsteil Unterried.", credit="Foto: Stadt Lindenfeld",
     inset=("Energieberaterin Katrin Vollmer bei einer Hausbegehung in der Weidenstraße.", "Foto: Stadt Lindenfeld / J. Haberl"),
     carry=["billcheck"],
     look=[("dropcap", "Wer in Lindenfeld"), ("box", "Die Beratung im Rathaus")],
     body="""
Wer in Lindenfeld seine alte Öl- oder Gasheizung durch eine Wärmepumpe ersetzt oder sein Dach dämmen lässt, bekommt von der Stadt künftig doppelt so viel Geld wie bisher. Der Stadtrat hat am Donnerstag einstimmig beschlossen, den Zuschuss aus dem städtischen Klimafonds von 3.000 auf bis zu 6.000 Euro anzuheben.

Das Programm läuft seit 2023. Bisher haben 412 Haushalte einen Zuschuss erhalten, die meisten für Wärmepumpen. Im vergangenen Jahr war der Topf von 900.000 Euro bereits im September leer.

## Was gefördert wird

Gefördert werden Wärmepumpen, die Dämmung von Dach, Fassade und Kellerdecke sowie der Austausch alter Fenster. Der städtische Zuschuss kommt zu den Mitteln von Bund und Land hinzu. Haushalte mit geringem Einkommen erhalten einen Aufschlag von 1.500 Euro.

Oberbürgermeisterin Sabine Reuter-Kahl sagte, viele Familien hätten nach den hohen Heizkosten der letzten Winter Angst vor der nächsten Rechnung. „Jeder Euro, den wir hier geben, spart den Familien über Jahre Geld und der Stadt CO₂“, sagte sie.

## Erst beraten, dann bauen

Wichtig ist die Reihenfolge: Der Antrag muss gestellt werden, bevor der Auftrag an eine Fachfirma vergeben wird. Wer schon gebaut hat, kann nachträglich keinen Zuschuss mehr bekommen.

Die Beratung im Rathaus ist kostenlos. Energieberaterin Katrin Vollmer kommt auf Wunsch auch zu einer Begehung ins Haus.

Für das Jahr 2026 stehen 1,8 Millionen Euro bereit. Anträge werden ab dem 2. März in der Reihenfolge ihres Eingangs bearbeitet.
"""),

dict(id="h50-de-002", lang="de", tpl="fusion", section="Wendau", date="2026-03-17", byline="Jonas Kellermann",
     title="Nach dem Frostwinter: Bürger melden 3.100 Schlaglöcher",
     sub="Das Tiefbauamt kommt mit dem Flicken kaum hinterher. Auf drei Straßen gilt jetzt Tempo 30.",
     caption="Ein Schlagloch auf der Mühlenstraße am Montagmorgen.", credit="Foto: Jonas Kellermann",
     carry=["potholes"],
     look=[("factbox", "Die schlimmsten Strecken")],
     body="""
So viele Schlaglöcher wie in diesem Frühjahr hat das Wendauer Tiefbauamt noch nie gezählt. Seit Anfang Januar haben Bürgerinnen und Bürger 3.100 Löcher gemeldet, fast dreimal so viele wie im Vorjahr.

## Frost, Tauwetter, Frost

Schuld ist nach Angaben der Stadt der ständige Wechsel von Frost und Tauwetter. Wasser dringt in feine Risse ein, gefriert und sprengt den Asphalt von unten auf. Schwere Lastwagen erledigen den Rest.

Tiefbauamtsleiter Ralf Sendler sagte, seine zwei Kolonnen flickten an guten Tagen bis zu 80 Löcher. „Wir arbeiten die Meldungen nach Gefahr ab. Was für Radfahrer gefährlich ist, kommt zuerst“, sagte er.

## Die schlimmsten Strecken

- Mühlenstraße zwischen Bahnhof und Brückenplatz
- Am Sandberg im Gewerbegebiet Nord
- Kreisstraße nach Oberwendau ab dem Ortsausgang

Auf diesen drei Strecken gilt bis zur Reparatur Tempo 30. Die Mühlenstraße soll im Sommer eine neue Deckschicht bekommen, die Arbeiten werden rund 420.000 Euro kosten.

## Kritik aus dem Stadtrat

Die Opposition wirft der Verwaltung vor, jahrelang zu wenig in die Straßen gesteckt zu haben. „Man hat geflickt statt saniert, und jetzt kommt die Rechnung“, sagte Stadtrat Henrik Olbers.

Sendler räumte ein, dass der Sanierungsstau groß sei. Rund ein Viertel der städtischen Straßen sei in schlechtem Zustand.

Autofahrer, deren Wagen in einem Schlagloch beschädigt wurde, können sich an die Versicherung der Stadt wenden. Dafür braucht es Fotos des Lochs und der Schäden.
"""),

dict(id="h50-de-003", lang="de", tpl="nextjs", section="Menschen", date="2026-06-12", byline="Miriam Stöckl",
     title="„Ein Laden ist mehr als ein Regal“: Der Dorfladen von Hirschau gehört jetzt 212 Leuten",
     sub="Als der letzte Lebensmittelhändler schloss, gründeten die Hirschauer eine Genossenschaft. Vorstand Uwe Brenninger über das erste Jahr.",
     caption="Uwe Brenninger an der Kasse des Dorfladens in Hirschau.", credit="Foto: Miriam Stöckl",
     look=[("bold", "Wie kam es dazu?"), ("bold", "Wer arbeitet im Laden?"), ("bold", "Rechnet sich das?")],
     body="""
Vor einem Jahr hat in Hirschau der Dorfladen wieder aufgemacht, diesmal als Genossenschaft. 212 Mitglieder haben Anteile zu je 250 Euro gekauft. Wir haben mit Vorstand Uwe Brenninger gesprochen.

Wie kam es dazu?

Als Familie Pfaller aufgehört hat, musste man für jede Milch acht Kilometer fahren. Für die Älteren ohne Auto war das ein Problem. Im Wirtshaus haben wir dann gesagt: Das machen wir selber.

Wer arbeitet im Laden?

Zwei Verkäuferinnen in Teilzeit und 30 Ehrenamtliche. Die Rentner machen vormittags, die Schüler samstags. Ich sitze auch zweimal die Woche an der Kasse.

**Was gibt es zu kaufen?**

Alles für den Alltag, und viel aus der Gegend: Eier vom Hof Wimmer, Brot aus Altenried, Käse aus der Sennerei. Dazu eine Kaffeeecke mit vier Tischen.

Rechnet sich das?

Im ersten Jahr hatten wir 390.000 Euro Umsatz und ein kleines Plus. Reich wird keiner, aber das war auch nicht der Plan.

**Was war die größte Überraschung?**

Dass der Laden ein Treffpunkt geworden ist. Manche kommen jeden Tag, nur für einen Kaffee und ein Gespräch.

**Und was fehlt noch?**

Ein Lieferdienst für die, die nicht mehr herkommen können. Den wollen wir im Herbst anfangen, bestellt wird per Telefon oder über unseren Newsletter.

Der Dorfladen hat montags bis samstags von 7 bis 12 Uhr geöffnet, dienstags und freitags auch nachmittags.
"""),

dict(id="h50-fr-001", lang="fr", tpl="quintype", section="Environnement", date="2026-12-05", byline="Lucie Fabrègues",
     title="Dix mille arbres en trois hivers : la première forêt urbaine de la Brévenne sort de terre",
     sub="Écoliers, chasseurs et retraités ont planté samedi les 3 400 premiers plants sur une ancienne friche industrielle.",
     caption="Des écoliers de Saint-Alban plantent des chênes sur la friche des Tanneries.", credit="Photo : Lucie Fabrègues",
     carry=["treecount"],
     look=[("highlight", "Sur les 3 400 plants")],
     body="""
Il y avait samedi matin autant de bottes en caoutchouc que de pelles sur la friche des Tanneries, à Saint-Alban. Près de 300 bénévoles sont venus planter les premiers arbres de ce qui doit devenir la plus grande forêt urbaine de la vallée de la Brévenne.

La communauté de communes a racheté le terrain de six hectares en 2024, après la démolition de l'ancienne tannerie. Elle veut y planter 10 000 arbres en trois hivers.

Sur les 3 400 plants mis en terre samedi, on compte surtout des chênes sessiles, des érables champêtres, des charmes et des merisiers. Les essences ont été choisies pour résister à des étés plus secs.

« On plante serré, trois arbres au mètre carré, comme dans une forêt naturelle jeune. La moitié ne survivra pas, et c'est normal », explique Baptiste Ruffel, l'ingénieur forestier qui a dessiné le projet.

Les élèves des quatre écoles de la commune ont chacun planté un arbre et reçu une étiquette à leur nom. La société de chasse a fourni les protections contre les chevreuils.

Le projet coûte 186 000 euros, financés pour moitié par la région. La vice-présidente de la communauté de communes, Odile Perraudin, rappelle que la friche était « un terrain dont plus personne ne voulait ». Les analyses des sols ont été faites avant la plantation.

Les deux prochaines journées de plantation auront lieu en janvier et en février. Les inscriptions se font en mairie.
"""),

dict(id="h50-fr-002", lang="fr", tpl="storybody", section="Vie pratique", date="2026-11-03", byline="Antoine Gerbaud",
     title="Vieilles chaudières : le département double son aide aux ménages modestes",
     sub="La prime départementale peut désormais atteindre 4 000 euros pour remplacer une chaudière au fioul.",
     caption="Un chauffagiste installe une pompe à chaleur à Villemoirieu.", credit="Photo : Antoine Gerbaud",
     carry=["billcheck"],
     body="""
Partager sa maison avec une chaudière au fioul de trente ans, Jeannine Colomb en a l'habitude. À 74 ans, elle a pourtant décidé de franchir le pas cet hiver, grâce à une aide du département qui vient de doubler.

## Jusqu'à 4 000 euros

Le conseil départemental a voté lundi une hausse de sa prime « Chaleur durable », qui passe de 2 000 à 4 000 euros pour les ménages aux revenus modestes. Elle s'ajoute aux aides nationales et peut financer une pompe à chaleur, une chaudière à granulés ou le raccordement à un réseau de chaleur.

Selon le département, près de 11 000 logements chauffés au fioul subsistent sur son territoire, dont les deux tiers sont occupés par des personnes de plus de 65 ans.

« Ce sont souvent des maisons anciennes, mal isolées, où l'on vit avec une facture de fioul de 2 500 euros par an », résume Pascale Vernet, vice-présidente chargée du logement.

## Des artisans débordés

Les chauffagistes saluent la mesure, mais préviennent qu'il faudra patienter. « Nous avons quatre mois de délai. Ceux qui veulent être au chaud l'hiver prochain doivent se décider maintenant », explique Cédric Mazoyer, installateur à Crémieu.

Le département met aussi en garde contre les démarchages téléphoniques. Aucun agent public ne vend d'installation par téléphone.

## Comment faire

Les demandes passent par l'espace conseil du département, qui vérifie les devis avant les travaux. Jeannine Colomb, elle, attend la pose de sa pompe à chaleur pour le 12 décembre.
"""),

dict(id="h50-fr-003", lang="fr", tpl="table", section="Sports", date="2026-07-02", byline="Yannick Soulier",
     title="La piscine des Charmilles rouvre après deux ans de travaux",
     sub="Le bassin de 25 mètres a été entièrement refait et un bassin d'apprentissage a été ajouté.",
     caption="Les premiers nageurs dans le bassin rénové, mardi matin.", credit="Photo : Yannick Soulier",
     only=["correction"],
     correction="Rectificatif : une version précédente de cet article indiquait un coût de 3,4 millions d'euros. Le chantier a coûté 4,3 millions d'euros.",
     body="""
Il était 7 heures mardi quand les premiers nageurs ont plongé dans le bassin de la piscine des Charmilles, fermée depuis juin 2024.

Les travaux ont duré deux ans au lieu des quinze mois prévus. Il a fallu reprendre toute l'étanchéité du bassin de 25 mètres, changer la toiture et remplacer un système de traitement de l'eau qui datait de 1979.

Le chantier a coûté 4,3 millions d'euros, financés par la commune, le département et l'État.

La principale nouveauté est un bassin d'apprentissage de 12 mètres, peu profond, réservé aux écoles le matin et aux cours pour enfants le mercredi. « Avant, on faisait nager les CP dans un coin du grand bassin, avec une ligne d'eau. Ce n'était pas idéal », sourit le maître-nageur Fabien Lestrade.

Les habitués étaient au rendez-vous. Marie-Claude Perrin, 68 ans, nage ici depuis quarante ans. « Deux ans à aller jusqu'à Vienne en voiture pour faire mes longueurs. Je suis contente d'être rentrée à la maison », dit-elle.

Les tarifs restent inchangés : 3,20 euros l'entrée, 28 euros la carte de dix entrées. La piscine est ouverte tous les jours en juillet et en août, de 10 heures à 19 heures.
"""),

dict(id="h50-es-001", lang="es", tpl="legacy-br", section="Comarca", date="2026-10-18", byline="Rocío Villalgordo",
     title="Vuelve la feria de ganado de San Lucas a Valdemora tras seis años",
     sub="Unas 1.400 cabezas de ovino y vacuno pasaron este sábado por el recinto ferial.",
     caption="Ganaderos y tratantes en el recinto ferial de Valdemora.", credit="Foto: Rocío Villalgordo",
     low=0,
     body="""
A las seis de la mañana ya había camiones en la cola del recinto ferial. Valdemora recuperó este sábado su feria de ganado de San Lucas, la más antigua de la comarca, que no se celebraba desde 2020.

Por el recinto pasaron unas 1.400 cabezas, sobre todo ovejas y corderos, pero también terneros y una veintena de caballos. El ayuntamiento calcula que se acercaron más de 5.000 personas a lo largo del día.

La feria se suspendió primero por la pandemia y después por las obras del nuevo recinto, que han costado 620.000 euros. Los corrales antiguos, junto al río, se inundaban cada otoño.

El alcalde, Mariano Heredia, reconoció que no estaba claro que los ganaderos fueran a volver. "Seis años es mucho tiempo. Algunos tratantes se habían acostumbrado a ir a otras ferias", dijo.

Los precios acompañaron. Un cordero de buena raza se pagó a 130 euros, y los terneros rondaron los 1.100 euros. "Ha habido más compradores que otros años", contaba Eusebio Carrascal, ganadero de Torremocha, que vendió 40 ovejas antes del mediodía.

Por la tarde hubo concurso de perros pastores y comida popular en la plaza, con caldereta para 800 personas.

La feria seguirá celebrándose el tercer sábado de octubre.
"""),

dict(id="h50-es-002", lang="es", tpl="ghost", site="Vecinos de La Estación", kind="small", section="Barrio",
     date="2026-02-08", byline="Merche Alcañiz",
     title="Plantamos 120 árboles en el antiguo patio de mercancías",
     sub="Más de cuarenta vecinos y vecinas pasaron el domingo cavando hoyos junto a las vías.",
     caption="Vecinos plantando almeces en el patio de mercancías.", credit="Foto: Vecinos de La Estación",
     carry=["treecount"],
     look=[("callout", "Quien quiera apuntarse")],
     body="""
Síguenos la pista por el barrio estos días y verás barro en muchas zapatillas: el domingo plantamos 120 árboles en el antiguo patio de mercancías de la estación, un solar que llevaba veinte años lleno de escombros.

Fuimos más de cuarenta personas, de los cuatro a los ochenta y tantos años. El ayuntamiento trajo los árboles, la tierra y las herramientas, y la asociación puso las manos, el café y las magdalenas.

Hemos plantado almeces, moreras, fresnos y algunos olivos, que aguantan bien el calor y necesitan poco riego. Los técnicos de Parques y Jardines marcaron los hoyos la semana pasada, separados ocho metros unos de otros, para que den sombra dentro de unos años.

La idea salió de una asamblea del barrio en 2024. Aquel verano el termómetro de la farmacia marcó 44 grados, y varias vecinas mayores dijeron que no podían salir a la calle hasta que anochecía.

"Mi nieta ha plantado el suyo y le ha puesto nombre. Dice que vendrá a verlo crecer", nos contaba Pilar, del bloque 7.

El ayuntamiento se ha comprometido a poner riego por goteo antes de junio. Hasta entonces, los regaremos nosotros por turnos.

Quien quiera apuntarse a los turnos de riego puede hacerlo en el local de la asociación, los martes y jueves por la tarde.
"""),

dict(id="h50-es-003", lang="es", tpl="gutenberg", section="Deportes", date="2026-05-06", byline="Íñigo Landaburu",
     title="La Vuelta a la Ribera recorrerá doce pueblos en su 40.ª edición",
     sub="La prueba ciclista amateur llega a su aniversario con tres etapas y un final en alto inédito.",
     caption="El pelotón de la edición pasada a su paso por Castejón.", credit="Foto: Íñigo Landaburu",
     carry=["map"],
     look=[("dropcap", "La Vuelta a la Ribera cumple")],
     body="""
La Vuelta a la Ribera cumple cuarenta ediciones y lo celebrará a lo grande. La carrera ciclista amateur, que se disputará del 29 al 31 de mayo, pasará este año por doce pueblos y terminará por primera vez en lo alto del puerto de Santa Quiteria.

**Tres etapas**

La organización presentó el recorrido el lunes en el ayuntamiento de Alfaro del Ebro:

1. Viernes 29: Alfaro del Ebro – Castejón, 112 kilómetros, llana
2. Sábado 30: Cintruénigo – Valtierra, 134 kilómetros, media montaña
3. Domingo 31: Corella – alto de Santa Quiteria, 98 kilómetros

**Un final que hará daño**

El último kilómetro hasta la ermita tiene rampas del 14 por ciento. "Queríamos un final que se recordara. Aquí se va a ganar o perder la Vuelta", explicó el director de la carrera, Fermín Arbeloa.

Se esperan 160 corredores de 27 equipos, entre ellos dos formaciones francesas y una portuguesa. El ganador del año pasado, el riojano Unai Lasheras, ya ha confirmado que defenderá el título.

**Cortes de tráfico**

Las carreteras del recorrido se cerrarán al tráfico al paso de la carrera durante unos veinte minutos. La Guardia Civil y unos 90 voluntarios se encargarán de los cruces.

La salida del viernes será a las 16.00 desde la plaza de los Fueros.
"""),

dict(id="h50-ru-001", lang="ru", tpl="sanity", section="Город", date="2026-05-12", byline="Кирилл Шестаков",
     title="За месяц в Северодольске заделали 2 400 ям. Ещё 1 900 ждут очереди",
     sub="Дорожники работают в две смены, но жалоб на ямы меньше не становится.",
     caption="Ямочный ремонт на улице Трудовой во вторник.", credit="Фото: Кирилл Шестаков",
     carry=["potholes"],
     look=[("dropcap", "В Северодольске подвели")],
     body="""
В Северодольске подвели итоги первого месяца ямочного ремонта. С середины апреля дорожники заделали около 2 400 ям, но ещё примерно 1 900 ждут своей очереди.

**Две смены и литой асфальт**

Работы ведёт муниципальное предприятие «Горремдорстрой». По словам его директора Павла Ермолина, бригады выходят в две смены, с шести утра до одиннадцати вечера. Крупные ямы заделывают литым асфальтом, мелкие трещины заливают мастикой.

«Зима была тяжёлая: оттепели, потом морозы, потом опять оттепели. Асфальт просто не выдержал», — объяснил Ермолин.

**Где хуже всего**

Больше всего жалоб приходит с улиц Трудовой и Заводской, с Привокзальной площади и с объездной дороги у рынка. На Трудовой за апрель заделали 310 ям.

Жители недовольны качеством ремонта. «Латку положили в прошлом году, а весной она вылетела вместе с куском дороги», — рассказала пенсионерка Валентина Громова, которая живёт на Заводской.

**Что будет летом**

В мэрии обещают, что к концу июня ямочный ремонт закончат на всех главных улицах. Летом капитально отремонтируют три участка общей длиной 4,2 километра, на это заложено 96 миллионов рублей.

Водители, у которых яма повредила машину, могут требовать компенсацию через суд. Для этого нужно вызвать ГИБДД на место и сфотографировать яму.
"""),

dict(id="h50-ru-002", lang="ru", tpl="semantic", section="Природа", date="2026-05-03", byline="Ульяна Рожкова",
     title="На месте сгоревшего леса у Каменки посадили 15 тысяч сосен",
     sub="На субботник вышли около четырёхсот человек, от школьников до пенсионеров.",
     caption="Волонтёры сажают сосны на гари у Каменки.", credit="Фото: Ульяна Рожкова",
     carry=["treecount"],
     look=[("italic", "«Когда горело, мы с соседями")],
     body="""
Две весны подряд на гари у Каменки стояли только чёрные стволы. В субботу там посадили 15 тысяч молодых сосен: на лесной субботник вышли около четырёхсот человек.

Пожар летом 2024 года уничтожил около 60 гектаров леса между Каменкой и Ольховкой. Огонь тогда остановили в двухстах метрах от крайних домов.

Сеянцы вырастили в питомнике районного лесничества. Каждому саженцу два года, высота — около пятнадцати сантиметров. Лесники заранее нарезали борозды плугом, волонтёрам оставалось только сажать.

«Когда горело, мы с соседями всю ночь поливали крыши из шлангов. Сегодня пришли всей улицей», — рассказала жительница Каменки Тамара Кудрявцева.

Среди волонтёров были школьники, студенты лесного колледжа, сотрудники двух заводов и ветераны лесхоза. Обед — гречку с тушёнкой — готовили на полевой кухне.

Лесничий Игорь Баталов говорит, что приживётся, скорее всего, три четверти саженцев. «Первые три года самые трудные. Весной будем подсаживать там, где погибнут», — пояснил он.

Осенью лесничество планирует посадить ещё 20 тысяч сосен и берёз на соседних участках. Записаться на следующий субботник можно в администрации поселения.
"""),

dict(id="h50-ru-003", lang="ru", tpl="medium", site="Записки из Подгорного", kind="indie", section="Люди",
     date="2026-03-27", byline="Вера Онуфриева",
     title="«Книги у нас берут даже те, кто говорит, что не читает»",
     sub="Сорок один год Надежда Ивановна Клепикова заведует сельской библиотекой в Подгорном. Мы спросили, как она держится.",
     caption="Надежда Клепикова в читальном зале библиотеки в Подгорном.", credit="Фото: Вера Онуфриева",
     look=[("bold", "Сколько человек записано в библиотеку?")],
     body="""
Подписаться на журнал «Наука и жизнь» для библиотеки Надежда Ивановна Клепикова до сих пор ездит сама, на почту в райцентр. Библиотекой в Подгорном она заведует с 1985 года.

Сколько человек записано в библиотеку?

Записано 312 человек. Это почти полсела. Ходят постоянно человек восемьдесят.

**Что берут чаще всего?**

Детективы и книги про войну. Дети — всё, что с картинками. А мужики берут журналы про рыбалку и огороды. Говорят, что не читают, а сами берут.

**Как изменилась библиотека за эти годы?**

В девяностые нам четыре года не привозили ни одной новой книги. Люди сами приносили свои. Половина фонда до сих пор — подарки.

**Что вас держит?**

Люди. Ко мне приходят не только за книгами. Кто-то посидеть в тепле, кто-то поговорить. Бабушки приходят, я им помогаю записаться к врачу через интернет.

**Библиотеку хотели закрыть?**

Два раза. В 2012 году жители собрали 600 подписей, и её оставили.

**О чём вы мечтаете для библиотеки?**

Чтобы в библиотеке сделали нормальный туалет и новую крышу. И чтобы после меня сюда кто-то пришёл.

Библиотека открыта со вторника по субботу с десяти до пяти, в среду — до семи.
"""),
]
