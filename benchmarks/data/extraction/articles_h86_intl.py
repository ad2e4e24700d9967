# Turkish, German, French, Spanish and Russian stories for the eighty-sixth held-out part (h86-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h86_en.py.
ARTICLES = [
dict(id="h86-tr-001", lang="tr", tpl="amp", section="Kent", date="2026-03-19", byline="Sibel Karakaya",
     title="Halk plajındaki 40 kabin bu yaz kurayla kiraya verilecek",
     sub="Yeşilliman Belediyesi, kiralama sabahı yaşanan kavganın ardından sıra usulünü kaldırdı.",
     caption="Sahilevler halk plajındaki ahşap kabinler.", credit="Fotoğraf: Sibel Karakaya",
     carry=["beachhuts"],
     body="""
Yeşilliman Belediyesi, Sahilevler'deki halk plajında bulunan 40 ahşap kabini bu yaz kurayla sezonluk olarak kiraya verecek. Kura 2 Mayıs'ta belediye meclis salonunda noter huzurunda çekilecek.

Kabinler yıllardır "önce gelen alır" usulüyle kiralanıyordu. Geçen yıl kiralamanın başladığı sabah bazı vatandaşlar belediye binasının önünde sabaha kadar kuyrukta bekledi. Kuyruktaki iki kişinin tartışması kavgaya dönüşünce polis çağrıldı.

**Bu yıl neler değişiyor**

Başvurular 1-20 Nisan arasında belediyenin internet sitesinden ya da Beyaz Masa'dan yapılacak. Her hane yalnızca bir başvuru yapabilecek. İlçede oturmayanlar da başvurabilecek, ancak kabinlerin 30'u ilçe sakinlerine ayrıldı.

Kurada adı çıkanlar kabinlerini 1 Haziran ile 15 Eylül arasında kullanabilecek. Sezonluk kira, kabinin büyüklüğüne göre 9 bin ile 14 bin lira arasında değişiyor.

Belediye Başkan Yardımcısı Nurten Akbaş, kura usulünün herkese eşit şans tanıdığını söyledi.

"Kimse gece yarısı kapımızda beklemek zorunda kalmasın istedik," dedi.

Kabinlerden birini 12 yıldır kiralayan emekli öğretmen Selami Bozkurt ise yeni usulden memnun değil.

"Her yıl aynı kabini tutuyordum, komşularım belliydi. Artık şansıma kalmış," dedi.

Kurada kabin çıkmayanlar yedek listeye alınacak. Vazgeçenlerin yerine bu listeden sırayla kabin verilecek.
"""),

dict(id="h86-tr-002", lang="tr", tpl="wordpress", section="Yaşam", date="2026-05-06", byline="Barış Öztürkmen",
     title="Karaburç Feneri'nin bekçisi 32 yıl sonra kuleden iniyor",
     sub="Fener otomatik sisteme bağlanıyor; Hayri Karadağ burada çalışan son bekçi olarak emekli oluyor.",
     caption="Hayri Karadağ, Karaburç Feneri'nin önünde.", credit="Fotoğraf: Barış Öztürkmen",
     low=0,
     look=[("dropcap", "Hayri Karadağ, 1994'ten beri")],
     body="""
Hayri Karadağ, 1994'ten beri Karaburç Feneri'nin bekçisi. Fener gelecek ay tamamen otomatik sisteme bağlanıyor ve Hayri Usta, burada çalışan son bekçi olarak emekli oluyor. Kendisiyle fenerin 148 basamaklı merdiveninin dibinde konuştuk.

**Fenere nasıl geldiniz?**

Askerden yeni dönmüştüm. Babamın arkadaşı buranın bekçisiydi, yaşlanmıştı. "Gel, bir yaz yardım et" dedi. O yaz otuz iki yıl sürdü.

**Bir gününüz nasıl geçerdi?**

Güneş batmadan lambayı kontrol eder, camları silerdim. Gece iki kez kalkıp bakardım. Sabah da defteri doldururdum: rüzgâr, görüş, geçen gemiler.

**Hiç ışık söndü mü?**

Bir kere, 2003 kışında. Elektrik kesildi, jeneratör çalışmadı. Sabaha kadar el feneriyle kulede bekledim. Neyse ki o gece yakından geçen gemi olmadı.

**Yalnız değil miydiniz?**

Hanım vardı, kedilerimiz vardı. Bir de martılar. Her sabah gelip ne getirdin diye bakarlar.

**En zor kış hangisiydi?**

2012 kışı. Üç gün kar yağdı, köyün yolu kapandı. Ekmeği ve tüpü bize kayıkla getirdiler.

**Şimdi ne olacak?**

Fener artık kendi kendine yanacak. Bir teknisyen ayda bir gelip bakacak. Bekçi evini de müzeye çevirmek istiyorlar.

**Feneri özleyecek misiniz?**

Her gece pencereden bakacağım zaten. Evim köyde, fener tam karşıda.
"""),

dict(id="h86-tr-003", lang="tr", tpl="hugo", section="Etkinlik", date="2026-10-28", byline="Kadir Yalçınkaya",
     title="Yeşilliman'da Hamsi Şenliği bu yıl üç gün sürecek",
     sub="Şenliğe 20 bin kişinin gelmesi bekleniyor; kıyı yolu trafiğe kapatılacak.",
     caption="Geçen yılki şenlikte limandaki tezgâhlar.", credit="Fotoğraf: Kadir Yalçınkaya",
     carry=["calendar"],
     body="""
Yeşilliman'ın geleneksel Hamsi Şenliği bu yıl 14-16 Kasım tarihleri arasında yapılacak. Belediye, üç gün boyunca ilçeye 20 bin kişinin gelmesini bekliyor.

Şenlik, balıkçıların sezonun ilk bol avını kutlamak için 1987'de limanda kurdukları birkaç tezgâhla başlamıştı. Bugün ilçenin en kalabalık etkinliği.

## Programda neler var

- Cuma akşamı limanda ücretsiz hamsi ekmek dağıtımı
- Cumartesi günü hamsili pilav ve hamsi tatlısı yarışması
- Cumartesi gecesi Sahilevler parkında konser
- Pazar sabahı balıkçı teknelerinin geçit töreni

Bu yıl ilk kez tezgâhlarda plastik tabak ve çatal kullanılmayacak. Belediye, yıkanabilir tabakları depozitoyla verecek.

Limanda çocuklar için bir de ağ atölyesi kurulacak. Kooperatifin yaşlı balıkçıları, çocuklara yırtık ağın nasıl onarıldığını gösterecek.

Yeşilliman Su Ürünleri Kooperatifi Başkanı Erol Tütüncü, bu yıl denizden umutlu olduklarını söyledi.

"Geçen yıl hamsi geç geldi, şenliğe başka limanlardan balık getirdik. Bu yıl teknelerimiz şimdiden dolu dönüyor," dedi.

## Kıyı yolu kapanıyor

Şenlik süresince Liman Caddesi ve kıyı yolu araç trafiğine kapatılacak. Ziyaretçilerin araçlarını stadyum otoparkına bırakması, oradan kalkacak ücretsiz ring otobüslerini kullanması isteniyor.

Ring seferleri cuma saat 16.00'dan itibaren yarım saatte bir yapılacak.
"""),

dict(id="h86-de-001", lang="de", tpl="sanity", section="Sandhörn", date="2026-01-05", byline="Wiebke Janssen",
     title="Jugendfeuerwehr sammelt am Samstag die Weihnachtsbäume ein",
     sub="Für eine Spende holen die Jugendlichen die Bäume vor der Haustür ab. Das Geld ist für ein neues Zeltlager gedacht.",
     caption="Jugendliche laden Tannenbäume auf einen Anhänger.", credit="Foto: Jugendfeuerwehr Sandhörn",
     carry=["christmastrees"],
     look=[("dropcap", "Am Samstag, 10. Januar, ist die Jugendfeuerwehr")],
     body="""
Am Samstag, 10. Januar, ist die Jugendfeuerwehr Sandhörn wieder mit Treckern und Anhängern unterwegs: Die 34 Jungen und Mädchen sammeln in allen Ortsteilen die ausgedienten Weihnachtsbäume ein.

Wer seinen Baum loswerden möchte, legt ihn bis 8 Uhr gut sichtbar an den Straßenrand und befestigt einen Umschlag mit einer Spende daran. Lametta, Kugeln und Haken müssen vorher entfernt werden, sonst bleibt der Baum liegen.

## Bäume werden gehäckselt

Die Bäume werden zum Bauhof in Lütjenbrook gebracht und dort gehäckselt. Die Hackschnitzel verteilt die Gemeinde im Frühjahr auf den Wegen im Kurpark.

Im vergangenen Jahr kamen so gut 1.100 Bäume und 4.800 Euro zusammen. Jugendwart Timo Hinrichsen hofft, dass es diesmal mehr wird.

„Unser altes Zelt ist nach zwanzig Sommern am Deich so oft geflickt worden, dass man den Stoff kaum noch sieht“, sagt er.

Für die Jugendlichen ist die Aktion auch ein Ausflug. Mittags gibt es im Gerätehaus Erbsensuppe, gekocht von den Eltern.

## Auch am Bauhof möglich

Wer am Samstag nicht zu Hause ist, kann seinen Baum bis zum 17. Januar selbst zum Bauhof bringen. Dort steht ein Container bereit, eine Spendendose hängt daneben.

Die Jugendfeuerwehr bittet darum, keine Bäume aus Plastik an die Straße zu legen. Im vergangenen Jahr lagen drei davon am Straßenrand.
"""),

dict(id="h86-de-002", lang="de", tpl="storybody", section="Landkreis", date="2026-01-21", byline="Hauke Petersen",
     title="Landkreis bietet Grüngut-Tonne künftig im Abo an",
     sub="Ab März werden Rasenschnitt und Laub alle zwei Wochen abgeholt. Die Tonne kostet 48 Euro im Jahr.",
     caption="Eine der neuen Grüngut-Tonnen auf dem Betriebshof der AWH.", credit="Foto: Hauke Petersen",
     carry=["gardenwaste"],
     body="""
Wer im Landkreis Hörnmarsch einen Garten hat, muss seinen Rasenschnitt bald nicht mehr selbst zum Recyclinghof fahren. Die Abfallwirtschaft Hörnmarsch (AWH) bietet ab März eine Grüngut-Tonne im Abonnement an.

Die 240-Liter-Tonne wird von März bis November alle zwei Wochen geleert, im Dezember einmal. Sie kostet 48 Euro im Jahr und ist freiwillig. Die Biotonne für Küchenabfälle bleibt davon unberührt.

Der Kreistag hatte das Angebot im Herbst mit großer Mehrheit beschlossen. Bisher mussten Gartenbesitzer ihren Grünschnitt zu einem der vier Recyclinghöfe bringen, wo sich an Samstagen im Frühjahr oft lange Schlangen bildeten.

**Was in die Tonne darf**

Hinein dürfen Rasenschnitt, Laub, Blumen, Heckenschnitt und kleine Äste bis fünf Zentimeter Durchmesser. Erde, Steine und Küchenabfälle sind nicht erlaubt.

Größere Mengen Baum- und Strauchschnitt nehmen die Recyclinghöfe weiterhin kostenlos an.

Nicht alle sind begeistert. Der Kleingartenverein Wittmoor kritisiert, dass Pächter ohne eigene Hausnummer keine Tonne bekommen können.

„Unsere Gärten liegen alle an einem Weg ohne Anschrift. Für uns ändert sich also gar nichts“, sagt der Vorsitzende Klaus Ohlsen.

Die AWH prüft nach eigenen Angaben eine Sammeltonne für Kleingartenanlagen.

Abonnieren lässt sich die Tonne ab dem 1. Februar über das Kundenportal der AWH oder telefonisch. Die ersten Tonnen werden Ende Februar ausgeliefert.
"""),

dict(id="h86-de-003", lang="de", tpl="medium", site="Sandhörner Hefte", kind="indie",
     section="Menschen", date="2026-04-15", byline="Fenna Boysen",
     title="„Das Watt verzeiht keine Eile“: ein Gespräch mit Wattführerin Imke Carstens",
     sub="Seit 1999 führt sie Gäste von Sandhörn hinaus ins Watt. Ein Gespräch über Priele, Nebel und Gummistiefel.",
     caption="Imke Carstens am Deichübergang Ahlenfleth.", credit="Foto: Fenna Boysen",
     look=[("bold", "Kinder fragen immer zuerst nach den Wattwürmern."),
           ("italic", "„Das Watt verzeiht keine Eile“, sagt sie zum Abschied.")],
     body="""
Imke Carstens führt seit 1999 Gruppen von Sandhörn aus ins Wattenmeer. Rund 600 Wanderungen hat sie nach eigener Zählung gemacht, die längste führte bis zur Hallig Nordsand. Wir haben sie am Deich getroffen, kurz vor Niedrigwasser.

**Wie wird man Wattführerin?**

Mit viel Geduld. Man läuft jahrelang bei erfahrenen Führern mit, lernt die Priele, die Tiden, das Wetter. Dann kommt eine Prüfung beim Nationalparkamt.

**Was unterschätzen die Gäste am meisten?**

Die Zeit. Die Flut kommt schneller, als man denkt, und sie kommt von hinten. Wer trödelt, bekommt nasse Füße. Oder Schlimmeres.

**Und der Nebel?**

Der ist das Gefährlichste. Bei Nebel sieht man nach fünf Minuten das Land nicht mehr. Ich habe immer einen Kompass dabei, obwohl ich den Weg kenne.

**Barfuß oder Gummistiefel?**

Barfuß, wenn es warm ist. Der Schlick ist weich, das mögen die meisten nach der ersten Minute. Auf Muschelbänken Schuhe, sonst schneidet man sich.

Kinder fragen immer zuerst nach den Wattwürmern.

**Was hat sich in 25 Jahren verändert?**

Es kommen mehr Leute, und sie wissen mehr. Früher wollten alle nur laufen. Heute fragen viele nach den Vögeln und nach dem Klima.

„Das Watt verzeiht keine Eile“, sagt sie zum Abschied.

Die Wattwanderungen mit Imke Carstens beginnen ab April zweimal pro Woche am Deichübergang Ahlenfleth. Anmeldung bei der Tourist-Info Sandhörn.
"""),

dict(id="h86-fr-001", lang="fr", tpl="fusion", section="Littoral", date="2026-04-09", byline="Anne-Laure Guérin",
     title="Cabines de plage de Varenville : plus de 600 foyers sur liste d'attente",
     sub="La mairie étudie la construction d'une nouvelle rangée de cabines sur la digue nord.",
     caption="Les cabines blanches et bleues de la digue sud.", credit="Photo : Anne-Laure Guérin",
     carry=["beachhuts"],
     look=[("factbox", "Les cabines en chiffres")],
     body="""
À Varenville-sur-Mer, obtenir une cabine de plage relève presque de l'héritage. La liste d'attente compte aujourd'hui 612 foyers, et la mairie n'en attribue qu'une dizaine chaque printemps.

Les 148 cabines blanches à rayures bleues alignées sur la digue sud appartiennent à la commune. Elles sont louées à l'année, et la plupart des titulaires renouvellent leur contrat depuis des décennies.

## Les cabines en chiffres

- 148 cabines sur la digue sud
- 612 foyers sur la liste d'attente
- 11 cabines attribuées en 2025
- 780 euros de loyer annuel pour une cabine simple

Le conseil municipal a voté mardi une étude pour construire une trentaine de cabines supplémentaires sur la digue nord, près du poste de secours.

« On ne peut pas continuer à dire aux gens d'attendre quinze ans », a expliqué l'adjointe chargée du littoral, Sylvie Lemarchand.

L'opposition craint que les nouvelles cabines ne gâchent la vue depuis le front de mer. Le projet devra aussi obtenir l'accord de l'architecte des Bâtiments de France.

Chez les titulaires, on accueille la nouvelle avec prudence. Marcel Hébert loue la cabine numéro 67 depuis 1979.

« Ma cabine, c'est ma maison d'été. J'y ai appris à nager à mes petits-enfants. Qu'on en construise d'autres, très bien, tant qu'on ne touche pas aux anciennes », dit-il.

Les inscriptions sur la liste d'attente restent ouvertes toute l'année à l'accueil de la mairie.
"""),

dict(id="h86-fr-002", lang="fr", tpl="table", section="Portraits", date="2026-03-03", byline="Thibault Marie",
     title="Le cordonnier de Saint-Cyr-des-Landes ferme boutique après quarante ans",
     sub="Gérard Lecoq a réparé les chaussures de trois générations. Il part à la retraite sans repreneur.",
     caption="Gérard Lecoq à son établi, rue de l'Église.", credit="Photo : Thibault Marie",
     body="""
Gérard Lecoq a ouvert sa cordonnerie rue de l'Église, à Saint-Cyr-des-Landes, en 1985. Il baissera le rideau le 31 mars, faute de repreneur. Nous l'avons rencontré entre deux ressemelages.

**Pourquoi la cordonnerie ?**

Mon père était bourrelier. Il faisait des harnais pour les chevaux de la ferme d'à côté. Quand les chevaux sont partis, il s'est mis aux chaussures. Moi, j'ai suivi.

**Qu'est-ce qu'on vous apporte le plus souvent ?**

Des talons de femme et des bottes. Les bottes de chasse, à l'automne, j'en ai plein l'arrière-boutique.

**Et les baskets ?**

On m'en apporte de plus en plus. Des chaussures à 150 euros dont la semelle se décolle au bout d'un an. Ça se recolle, mais ce n'est plus du métier.

**Vous avez cherché un repreneur ?**

Pendant trois ans. Deux jeunes sont venus voir. L'un a trouvé le loyer trop cher, l'autre est parti travailler en ville.

**Que vont devenir vos machines ?**

La machine à coudre, je la garde. Elle a soixante ans, elle marche mieux que moi. Le reste ira au lycée professionnel du département.

**Vous n'allez pas vous ennuyer ?**

Non. J'ai trente paires de chaussures de ma famille à réparer. Ça fait quarante ans qu'elles attendent.

Les clients ont jusqu'au 28 mars pour récupérer les chaussures déposées à la boutique, ouverte du mardi au samedi de 9 h à 12 h 30.
"""),

dict(id="h86-fr-003", lang="fr", tpl="typo3", site="Commune de Hauteville-la-Mare", kind="public",
     section="Environnement", date="2026-02-10", byline="Service communication",
     title="Déchets verts : la collecte en porte-à-porte passe à l'abonnement",
     sub="À partir du 1er avril, les bacs de déchets verts des foyers abonnés seront collectés tous les quinze jours.",
     caption="Le nouveau bac à couvercle vert.", credit="Photo : mairie de Hauteville-la-Mare",
     carry=["gardenwaste"], avoid=["copyright", "continue"],
     body="""
À partir du 1er avril, la collecte des déchets verts en porte-à-porte sera réservée aux foyers abonnés. Cette décision a été prise par le conseil communautaire de la Côte de Varenne le 12 décembre dernier.

Jusqu'ici, les sacs de déchets verts étaient ramassés gratuitement chaque semaine d'avril à octobre. Ce service coûtait près de 210 000 euros par an à la communauté de communes, pour environ un tiers des foyers.

## Comment fonctionne l'abonnement

Les foyers qui s'abonnent reçoivent un bac de 240 litres à couvercle vert. Il est collecté tous les quinze jours, de mars à novembre. L'abonnement coûte 45 euros par an.

Les sacs déposés sur le trottoir ne seront plus ramassés à partir du 1er avril.

## Ce qui peut aller dans le bac

Tontes de gazon, feuilles, fleurs fanées, tailles de haies et petites branches de moins de 10 centimètres de diamètre. Les souches, la terre, les cailloux et les déchets de cuisine sont refusés.

## Et sans abonnement ?

Les déchetteries de Hauteville-la-Mare et de Gréville-Plage continuent d'accepter gratuitement les déchets verts des particuliers. Le broyage des branchages à domicile reste proposé deux fois par an, sur inscription.

Les habitants peuvent aussi composter chez eux. Des composteurs en bois sont vendus 15 euros en mairie.

Pour toute question, l'accueil de la mairie est ouvert du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h.
"""),

dict(id="h86-es-001", lang="es", tpl="ghost", section="Playas", date="2026-04-22", byline="Leire Olabarria",
     title="Vilamar sortea por primera vez las casetas de la playa de la Mota",
     sub="Hasta ahora se renovaban cada año a los mismos titulares. Hay 96 casetas y más de 700 solicitudes.",
     caption="Las casetas de rayas de la playa de la Mota.", credit="Foto: Leire Olabarria",
     carry=["beachhuts"],
     look=[("callout", "Las casetas se montan cada año el 15 de junio")],
     body="""
Las 96 casetas de rayas azules y blancas de la playa de la Mota, en Vilamar, cambiarán de manos por sorteo este verano por primera vez desde que se instalaron, en 1952.

Hasta ahora, los titulares renovaban la concesión cada temporada casi de forma automática. Algunas casetas llevan tres generaciones en la misma familia. Una sentencia que dio la razón a un vecino que llevaba once años en lista de espera obligó al Ayuntamiento a cambiar el sistema.

El plazo de solicitud terminó el viernes con 718 peticiones.

Las casetas se montan cada año el 15 de junio y se retiran el 15 de septiembre. Fuera de esas fechas se guardan en un almacén municipal del puerto.

El sorteo se celebrará el 20 de mayo en el salón de plenos y podrá seguirse en directo. Las familias que hayan tenido caseta en los últimos cinco años participarán, pero con una sola papeleta.

Compartir la caseta con otra familia está permitido, siempre que el titular sea el mismo todo el verano.

Maite Urrutia, cuya familia ha tenido la caseta número 14 desde 1961, reconoce que la noticia le dolió.

«Mi abuela cosió las cortinas de esa caseta. Pero entiendo que hay gente que lleva años esperando», dice.

El concejal de Playas, Íñigo Salazar, insiste en que el sorteo es la forma más justa.

«Nadie es dueño de un trozo de playa. Es de todos», afirma.

Las casetas miden dos metros por dos y no tienen luz ni agua. El precio de la temporada es de 410 euros.
"""),

dict(id="h86-es-002", lang="es", tpl="quintype", section="Torrebona", date="2026-09-14", byline="Rubén Escalante",
     title="El mercado de abastos de Torrebona reabre tras dos años de obras",
     sub="Veintidós puestos, una terraza en la planta alta y un horario nuevo: abrirá también por la tarde.",
     caption="El interior del mercado renovado el día de la reapertura.", credit="Foto: Rubén Escalante",
     carry=["map"],
     look=[("highlight", "Cientos de vecinos hicieron cola")],
     body="""
El mercado de abastos de Torrebona volvió a abrir sus puertas el sábado, dos años y tres meses después de que se cerrara para reformar la cubierta y el interior.

Cientos de vecinos hicieron cola desde las ocho de la mañana para ver el edificio renovado. La obra, que costó 2,4 millones de euros, ha conservado la fachada de ladrillo de 1928 y las columnas de hierro originales.

En la planta baja hay ahora 22 puestos:

- seis pescaderías
- cinco fruterías
- cuatro carnicerías y dos charcuterías
- una panadería, un puesto de encurtidos y una quesería
- dos puestos de comida para llevar

La planta alta, antes un almacén, se ha convertido en una terraza con mesas desde la que se ve el puerto.

Durante las obras, los comerciantes se trasladaron a unas carpas en la plaza de la Iglesia. Algunos no aguantaron: de los 27 puestos que había antes, solo 16 han vuelto. Los demás son nuevos.

«En la carpa pasamos un invierno de frío que no le deseo a nadie», contaba Rosario Lafuente, pescadera desde hace 34 años.

El alcalde, Andrés Pedrosa, destacó que el mercado abrirá también por las tardes, algo que los vecinos pedían desde hace años.

«Queremos que la gente que trabaja pueda comprar pescado fresco sin pedir permiso en la oficina», dijo.

El mercado abre de lunes a sábado de 8.00 a 14.00 y, de jueves a sábado, también de 17.30 a 20.30.
"""),

dict(id="h86-es-003", lang="es", tpl="orchardcore", site="Ayuntamiento de Vilamar", kind="public",
     section="Medio ambiente", date="2026-01-07", byline="Gabinete de Comunicación",
     title="Recogida de árboles de Navidad: cinco puntos para dejarlos hasta el 18 de enero",
     sub="Los árboles se triturarán en el vivero municipal y el material se usará en los jardines del municipio.",
     caption="Árboles recogidos en el vivero municipal tras la campaña anterior.", credit="Foto: Ayuntamiento de Vilamar",
     carry=["christmastrees"], avoid=["copyright"],
     look=[("bold", "No se recogerán árboles con espumillón, bolas ni luces."),
           ("br", "El año pasado se replantaron así 64 árboles"),
           ("italic", "«Un árbol tirado en la acera es un problema"),
           ("box", "Para cualquier duda, los vecinos pueden llamar")],
     body="""
El Ayuntamiento de Vilamar ha habilitado cinco puntos en el municipio donde los vecinos pueden dejar su árbol de Navidad natural una vez terminadas las fiestas. Los puntos estarán disponibles del 7 al 18 de enero.

Los árboles recogidos se llevarán al vivero municipal, donde se triturarán. El material resultante se utilizará como acolchado en los parques y jardines del municipio durante la primavera.

## Dónde dejar el árbol

Los puntos de recogida están en la plaza del Ayuntamiento, junto al mercado, en el parque de la Alameda, en el aparcamiento de la playa de la Mota y en la plaza Mayor de Torrebona.

Los árboles deben depositarse sin maceta, sin bolsa y sin adornos.

No se recogerán árboles con espumillón, bolas ni luces.

Los vecinos que tengan su árbol en maceta y con raíz pueden llevarlo directamente al vivero municipal, donde se replantará en zonas verdes.

El año pasado se replantaron así 64 árboles en el monte de San Telmo.

El concejal de Medio Ambiente, Jon Arrieta, recordó que los árboles naturales no deben tirarse al contenedor de restos ni dejarse junto a él.

«Un árbol tirado en la acera es un problema; en el vivero es abono para la primavera», señaló.

En la campaña anterior se recogieron 1.140 árboles.

Para cualquier duda, los vecinos pueden llamar al teléfono de atención ciudadana 010 o acercarse a la oficina de Medio Ambiente, en la calle del Puerto, 3, de lunes a viernes de 9.00 a 14.00.
"""),

dict(id="h86-ru-001", lang="ru", tpl="ucoz", site="Посёлок Луговое", kind="small",
     section="Новости посёлка", date="2026-09-21", byline="Admin_Lugovoe",
     title="Сельский клуб в Луговом открылся после ремонта",
     sub="Крышу, окна и полы поменяли за одно лето. Помогали всем посёлком.",
     caption="Клуб в Луговом после ремонта.", credit="Фото: администрация сайта",
     carry=["gallery"],
     body="""
В субботу в Луговом после ремонта открылся сельский клуб. Здание 1967 года не ремонтировали больше тридцати лет: крыша текла, а зимой в зале было так холодно, что на новогоднем утреннике дети сидели в куртках.

Деньги на ремонт, 1,8 миллиона рублей, посёлок получил по программе поддержки местных инициатив. Ещё 120 тысяч собрали сами жители.

За лето сделали:

- заменили крышу и водосточные трубы
- поставили новые окна и входную дверь
- перестелили пол в зрительном зале
- покрасили фасад и отремонтировали крыльцо
- провели в здание воду и оборудовали туалет

Многое делали своими силами. Мужчины по выходным разбирали старый пол, женщины красили стены и мыли окна. Школьники собрали и вывезли мусор с территории.

Заведующая клубом Татьяна Кузьмина работает здесь с 1996 года.

«Я уже думала, что клуб закроют. А теперь у нас светло, тепло и даже пахнет по-новому», — говорит она.

На открытии выступили хор ветеранов «Луговчанка» и детский танцевальный кружок. После концерта всех угощали пирогами.

Клуб работает со вторника по воскресенье с 14:00 до 21:00. Записаться в кружки можно у Татьяны Кузьминой.
"""),

dict(id="h86-ru-002", lang="ru", tpl="semantic", section="Город", date="2026-01-06", byline="Денис Харитонов",
     title="В Ольховце откроют шесть пунктов приёма новогодних ёлок",
     sub="Ёлки переработают в щепу для городских парков. Акция продлится до конца января.",
     caption="Пункт приёма ёлок у парка Победы в прошлом году.", credit="Фото: волонтёрский центр «Зелёный двор»",
     carry=["christmastrees"],
     look=[("italic", "«Ёлка простояла у вас две недели")],
     body="""
С 8 по 31 января жители Ольховца смогут сдать живые новогодние ёлки в шести пунктах приёма. Акцию проводят городская администрация и волонтёрский центр «Зелёный двор».

Ёлки отвезут на площадку городского зеленхоза, где их измельчат в щепу. Весной её используют для мульчирования клумб и дорожек в парке Победы и в сквере у вокзала.

Сдать можно только натуральные деревья: сосны, ели и пихты. С них нужно снять игрушки, мишуру и гирлянды, а также вынуть ствол из подставки.

## Почему не на контейнерную площадку

Каждый январь коммунальщикам приходится вывозить с контейнерных площадок сотни ёлок. Они занимают много места в мусоровозах и отправляются на полигон вместе с бытовыми отходами.

«В прошлом году мы сдали на переработку 870 ёлок. Это почти четыре грузовика щепы», — рассказала руководитель «Зелёного двора» Алина Сафонова.

Волонтёры надеются, что в этом году ёлок будет больше тысячи.

«Ёлка простояла у вас две недели, пусть теперь ещё полгода послужит городу».

За каждую сданную ёлку дети получат открытку и пакетик семян цветов. Желающие помочь волонтёрам в пунктах приёма могут записаться в группе центра «Зелёный двор».
"""),

dict(id="h86-ru-003", lang="ru", tpl="gutenberg", section="Культура", date="2026-07-10", byline="Вероника Лапшина",
     title="Водонапорная башня на Речной стала смотровой площадкой",
     sub="Башню 1912 года реставрировали три года. Подняться наверх можно по 96 ступеням.",
     caption="Водонапорная башня на улице Речной после реставрации.", credit="Фото: Вероника Лапшина",
     look=[("dropcap", "Фотографии старой водонапорной башни"), ("box", "Башня открыта со среды по воскресенье")],
     body="""
Фотографии старой водонапорной башни на улице Речной десятилетиями печатали на открытках с видами Ольховца. Теперь на неё можно подняться: в пятницу в башне открылась смотровая площадка.

Кирпичную башню построили в 1912 году для железнодорожной станции. Воду она перестала подавать ещё в 1970-х, а в последние годы стояла с выбитыми окнами и провалившейся кровлей.

Реставрация заняла три года и обошлась в 46 миллионов рублей. Деньги выделили из областного бюджета и собрали через краудфандинг: почти две тысячи горожан перечислили в общей сложности 3,1 миллиона.

## Что внутри

Внутри сохранили чугунный бак на 50 кубометров. На первом этаже открыли небольшую экспозицию об истории городского водопровода, а на верхнем ярусе сделали застеклённую площадку с видом на водохранилище и старый город.

«Мы специально оставили на стенах надписи рабочих 1912 года. Их нашли, когда сняли штукатурку», — рассказал руководитель реставрации Игорь Белоусов.

На открытие пришли несколько сотен человек. Очередь на площадку стояла до вечера.

Башня открыта со среды по воскресенье с 10:00 до 19:00. Билет стоит 150 рублей, для школьников и пенсионеров 70 рублей. Подъём по лестнице из 96 ступеней, лифта нет.
"""),
]
